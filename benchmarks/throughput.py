"""Throughput and cold start, on the real articles in ../shared/corpus.

    python benchmarks/throughput.py [CORPUS_DIR]
    python benchmarks/throughput.py --against REF [--rounds N] [--passes N] [CORPUS_DIR]

Prints articles per second on one core for each corpus file (rules loaded
once, per-article work only), findings per corpus, and the cold start of
`factcheck check` on one seed against importing dateparser and parsing one
date. Timing belongs here, not in the tests.

With --against, compares the code of a git revision (before) with the
working tree (after) in the same run: in each round a fresh process for
each loads its packs and the corpus once, then they take turns, one pass
over a file each, and the table gives the fastest pass of each side, their
ratio and the median ratio of passes run back to back. Speeds
on a shared machine drift from minute to minute, so only this side-by-side
ratio says whether a change made the checker slower.
"""

from __future__ import annotations

import argparse
import gc
import json
import os
import statistics
import subprocess
import sys
import tarfile
import tempfile
import time
from pathlib import Path

import factcheck
from factcheck.articles import Article, load
from factcheck.engine import check_article

ROOT = Path(__file__).resolve().parent.parent


def throughput(path: Path, rules: factcheck.Rules) -> tuple[int, int, float, int]:
    articles = [a for a in load([path]) if isinstance(a, Article)]
    started = time.perf_counter()
    findings = sum(len(check_article(article, rules)[0]) for article in articles)
    chars = sum(len(a.text) for a in articles)
    return len(articles), chars, time.perf_counter() - started, findings


def naive_baseline(path: Path, rules: factcheck.Rules, limit: int = 100) -> float:
    """Articles/s of the naive approach: dateparser's search_dates plus a fuzzy
    search of every known name over the text."""
    from dateparser.search import search_dates
    from rapidfuzz import fuzz, process

    names = [n for e in rules.knowledge.entities.values() for v in e.names.values() for n in v]
    articles = [a for a in load([path]) if isinstance(a, Article)][:limit]
    started = time.perf_counter()
    for article in articles:
        search_dates(article.text, languages=[article.language])
        for sentence in article.text.split(". "):
            process.extract(sentence, names, scorer=fuzz.partial_ratio, score_cutoff=90)
    return len(articles) / (time.perf_counter() - started)


def seconds(command: list[str], runs: int = 5) -> float:
    times = []
    for _ in range(runs):
        started = time.perf_counter()
        subprocess.run(command, capture_output=True, check=False)
        times.append(time.perf_counter() - started)
    return statistics.median(times)


def serve(paths: list[Path]) -> None:
    """Load the packs and the files once, then time one pass over the file
    whose index each input line names: the seconds, one line each."""
    rules = factcheck.load_rules()
    files = [[a for a in load([path]) if isinstance(a, Article)] for path in paths]
    gc.freeze()
    print(json.dumps([len(articles) for articles in files]), flush=True)
    for line in sys.stdin:
        articles = files[int(line)]
        started = time.perf_counter()
        for article in articles:
            check_article(article, rules)
        print(time.perf_counter() - started, flush=True)


def export_revision(revision: str, into: Path) -> Path:
    """The tree of a git revision, unpacked into a new folder `into`."""
    archive = subprocess.run(["git", "-C", str(ROOT), "archive", "--format=tar", revision],
                             capture_output=True, check=True).stdout
    into.mkdir(parents=True)
    archive_path = into.with_suffix(".tar")
    archive_path.write_bytes(archive)
    with tarfile.open(archive_path) as tar:
        tar.extractall(into, filter="data")
    return into


class _Side:
    """A process serving passes with the factcheck of one tree."""

    def __init__(self, tree: Path, paths: list[Path]) -> None:
        self.process = subprocess.Popen(
            [sys.executable, __file__, "--serve", *map(str, paths)], cwd=tree,
            env={**os.environ, "PYTHONPATH": str(tree)}, stdin=subprocess.PIPE, stdout=subprocess.PIPE,
            text=True)
        assert self.process.stdin is not None and self.process.stdout is not None
        self.stdin, self.stdout = self.process.stdin, self.process.stdout
        self.counts: list[int] = json.loads(self.stdout.readline())

    def seconds(self, index: int) -> float:
        self.stdin.write(f"{index}\n")
        self.stdin.flush()
        return float(self.stdout.readline())

    def close(self) -> None:
        self.stdin.close()
        self.process.wait()


def compare(revision: str, corpus: Path, passes: int, rounds: int) -> None:
    paths = sorted(corpus.glob("*.jsonl"))
    times: dict[str, dict[str, list[float]]] = {"before": {}, "after": {}}
    ratios: dict[str, list[float]] = {}
    counts: list[int] = []
    with tempfile.TemporaryDirectory() as folder:
        trees = {"before": export_revision(revision, Path(folder) / "before"), "after": ROOT}
        for round_number in range(rounds):
            sides = {side: _Side(tree, paths) for side, tree in trees.items()}
            counts = sides["after"].counts
            for index, path in enumerate(paths):
                for number in range(passes):
                    order = ("before", "after") if (number + round_number) % 2 == 0 else ("after", "before")
                    taken = {side: sides[side].seconds(index) for side in order}
                    for side, seconds in taken.items():
                        times[side].setdefault(path.name, []).append(seconds)
                    ratios.setdefault(path.name, []).append(taken["before"] / taken["after"])
            for side in sides.values():
                side.close()
            print(f"round {round_number + 1} of {rounds} done", flush=True)
    print(f"{'file':32} {'before':>8} {'after':>8} {'after/before':>13} {'median pair':>12}")
    for index, path in enumerate(paths):
        before = counts[index] / min(times["before"][path.name])
        after = counts[index] / min(times["after"][path.name])
        print(f"{path.name:32} {before:8.0f} {after:8.0f} {after / before:13.2f} "
              f"{statistics.median(ratios[path.name]):12.2f}")
    print(f"(articles/s, fastest of {rounds} rounds of {passes} passes each, the two sides taking "
          "turns; 'median pair': the median ratio of passes run back to back)")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("corpus", nargs="?", type=Path, default=ROOT.parent / "shared" / "corpus")
    parser.add_argument("--against", metavar="REF", help="compare with the code of this git revision")
    parser.add_argument("--passes", type=int, default=4, help="passes per file, side and round (default 4)")
    parser.add_argument("--rounds", type=int, default=3,
                        help="rounds, each with a fresh process per side (default 3)")
    args = parser.parse_args()
    if args.against:
        compare(args.against, args.corpus, args.passes, args.rounds)
        return
    corpus = args.corpus
    started = time.perf_counter()
    rules = factcheck.load_rules()
    print(f"bundled packs loaded in {time.perf_counter() - started:.2f} s")
    gc.freeze()  # as `factcheck check` does: the packs are not walked by every collection
    for path in sorted(corpus.glob("*.jsonl")):
        count, chars, elapsed, findings = throughput(path, rules)
        print(f"{path.name}: {count} articles of {chars // count} characters on average, "
              f"{count / elapsed:.0f} articles/s ({chars / elapsed / 1e6:.2f} M characters/s), "
              f"{findings} findings")
    reuters = corpus / "reuters_en.jsonl"
    if reuters.exists():
        count, _, elapsed, _ = throughput(reuters, rules)
        naive = naive_baseline(reuters, rules)
        print(f"naive dateparser + fuzzy search on reuters_en: {naive:.1f} articles/s; "
              f"factcheck is {count / elapsed / naive:.0f} times faster")
    seed = str(ROOT / "seeds" / "000_4fd3e7492f48b50c.txt")
    text = Path(seed).read_text(encoding="utf-8")
    for copies in (10, 100):
        article = Article(id="long", path="long.txt", text=(text + "\n\n") * copies,
                          date=None, language="en")
        started = time.perf_counter()
        check_article(article, rules)
        elapsed = time.perf_counter() - started
        print(f"one article of {len(article.text)} characters: {elapsed:.2f} s "
              f"({len(article.text) / elapsed / 1e6:.2f} M characters/s)")
    cold = seconds([sys.executable, "-m", "factcheck.cli", "check", seed])
    baseline = seconds([sys.executable, "-c",
                        "import dateparser; dateparser.parse('10 December 2020')"])
    print(f"cold start: factcheck check one.txt {cold:.2f} s; "
          f"import dateparser + one parse {baseline:.2f} s (ratio {cold / baseline:.1f})")


if __name__ == "__main__":
    if sys.argv[1:2] == ["--serve"]:
        serve([Path(p) for p in sys.argv[2:]])
    else:
        main()
