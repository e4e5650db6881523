"""Instructions per article, counted, not timed: a comparison of two
versions of the code that the machine's noise cannot blur.

    python benchmarks/instructions.py --against REF [--after REF] [--articles N] [CORPUS_DIR]

Runs the checker under valgrind's callgrind, which counts the instructions
the CPU executes (deterministic for one input, PYTHONHASHSEED fixed), for
the code of a git revision (before) and the working tree or a second
revision (after; give one when you edit while it runs): once
loading the bundled packs and N articles of each corpus file without
checking them, and once checking them, for each corpus file, with the pack cache warm (as in any
run after the first). What a file's
articles cost is the second count less the first. Wall-clock speeds
on this shared machine drift by a third from minute to minute (see
throughput.py --against); these counts move by well under 1%. Needs
valgrind; about ten minutes on two cores for N = 100.
"""

from __future__ import annotations

import argparse
import os
import re
import shutil
import subprocess
import sys
import tempfile
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

from throughput import export_revision

ROOT = Path(__file__).resolve().parent.parent
REFS = re.compile(r"I\s+refs:\s+([\d,]+)")

WORKLOAD = """
import gc, sys
from pathlib import Path
import factcheck
from factcheck.articles import Article, load
from factcheck.engine import check_article
rules = factcheck.load_rules(None)
gc.freeze()
count, mode, paths = int(sys.argv[1]), sys.argv[2], sys.argv[3:]
articles = [a for p in paths for a in list(load([Path(p)]))[:count] if isinstance(a, Article)]
if mode == "check":
    for article in articles:
        check_article(article, rules)
"""


def instructions(tree: Path, count: int, mode: str, paths: list[Path]) -> int:
    environment = {**os.environ, "PYTHONPATH": str(tree), "PYTHONHASHSEED": "0"}
    done = subprocess.run(
        ["valgrind", "--tool=callgrind", "--callgrind-out-file=/dev/null",
         sys.executable, "-c", WORKLOAD, str(count), mode, *map(str, paths)],
        cwd=tree, env=environment, capture_output=True, text=True, check=True)
    found = REFS.search(done.stderr)
    if found is None:
        raise SystemExit(f"no instruction count in valgrind's output:\n{done.stderr[-2000:]}")
    return int(found.group(1).replace(",", ""))


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("corpus", nargs="?", type=Path, default=ROOT.parent / "shared" / "corpus")
    parser.add_argument("--against", metavar="REF", required=True, help="the git revision to compare with")
    parser.add_argument("--after", metavar="REF", help="the revision to compare (default: the working tree)")
    parser.add_argument("--articles", type=int, default=100, help="articles per corpus file (default 100)")
    args = parser.parse_args()
    if shutil.which("valgrind") is None:
        raise SystemExit("valgrind is not installed: this benchmark counts instructions with it")
    paths = sorted(args.corpus.glob("*.jsonl"))
    with tempfile.TemporaryDirectory() as folder:
        trees = {"before": export_revision(args.against, Path(folder) / "before"),
                 "after": export_revision(args.after, Path(folder) / "after") if args.after else ROOT}
        for tree in trees.values():  # the pack cache written first, so that every count reads it
            subprocess.run([sys.executable, "-c", "import factcheck; factcheck.load_rules(None)"], cwd=tree,
                           env={**os.environ, "PYTHONPATH": str(tree)}, check=True)
        jobs = [(side, mode, path) for side in trees for path in paths for mode in ("load", "check")]
        with ThreadPoolExecutor(os.cpu_count() or 1) as pool:
            counts = dict(zip(jobs, pool.map(
                lambda job: instructions(trees[job[0]], args.articles, job[1], [job[2]]), jobs), strict=True))
    print(f"{'file':32} {'before':>14} {'after':>14} {'after/before':>13}   "
          f"(instructions per article, first {args.articles} articles of each file)")
    for path in paths:
        per_article = {side: (counts[(side, "check", path)] - counts[(side, "load", path)]) / args.articles
                       for side in trees}
        print(f"{path.name:32} {per_article['before']:14,.0f} {per_article['after']:14,.0f} "
              f"{per_article['after'] / per_article['before']:13.3f}")
    first = paths[0]
    print(f"loading the packs and {first.name}'s articles: {counts[('before', 'load', first)]:,} -> "
          f"{counts[('after', 'load', first)]:,} instructions")


if __name__ == "__main__":
    main()
