"""Throughput and cold start, on the real articles in ../shared/corpus.

    python benchmarks/throughput.py [CORPUS_DIR]
    python benchmarks/throughput.py --against REF [--rounds N] [CORPUS_DIR]

Prints articles per second on one core for each corpus file (rules loaded
once, per-article work only), findings per corpus, and the cold start of
`factcheck check` on one seed against importing dateparser and parsing one
date. Timing belongs here, not in the tests.

With --against, compares the code of a git revision (before) with the
working tree (after) in the same run: each round measures every file with
one and then the other, each in a fresh process, best of three passes, and
the table gives the best of the rounds and the ratio after/before. Speeds on
a shared machine drift from minute to minute, so only this side-by-side
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


def best_speeds(paths: list[Path], passes: int = 3) -> dict[str, float]:
    """Articles/s of each file, best of `passes`, with the factcheck this
    process imports (the tree on PYTHONPATH)."""
    rules = factcheck.load_rules()
    gc.freeze()
    speeds = {}
    for path in paths:
        articles = [a for a in load([path]) if isinstance(a, Article)]
        best = float("inf")
        for _ in range(passes):
            started = time.perf_counter()
            for article in articles:
                check_article(article, rules)
            best = min(best, time.perf_counter() - started)
        speeds[path.name] = len(articles) / best
    return speeds


def _export(revision: str, into: Path) -> Path:
    """The tree of a git revision, unpacked into a folder."""
    archive = subprocess.run(["git", "-C", str(ROOT), "archive", "--format=tar", revision],
                             capture_output=True, check=True).stdout
    tree = into / "before"
    tree.mkdir()
    archive_path = into / "before.tar"
    archive_path.write_bytes(archive)
    with tarfile.open(archive_path) as tar:
        tar.extractall(tree, filter="data")
    return tree


def _measure(tree: Path, paths: list[Path]) -> dict[str, float]:
    environment = {**os.environ, "PYTHONPATH": str(tree)}
    output = subprocess.run([sys.executable, __file__, "--measure", *map(str, paths)], cwd=tree,
                            env=environment, capture_output=True, text=True, check=True).stdout
    return json.loads(output)


def compare(revision: str, corpus: Path, rounds: int) -> None:
    paths = sorted(corpus.glob("*.jsonl"))
    with tempfile.TemporaryDirectory() as folder:
        before_tree = _export(revision, Path(folder))
        best: dict[str, dict[str, float]] = {"before": {}, "after": {}}
        for round_number in range(1, rounds + 1):
            measured = {"before": _measure(before_tree, paths), "after": _measure(ROOT, paths)}
            for side, speeds in measured.items():
                for name, speed in speeds.items():
                    best[side][name] = max(best[side].get(name, 0.0), speed)
            ratios = {name: measured["after"][name] / measured["before"][name] for name in measured["after"]}
            shown = ", ".join(f"{name} {ratio:.2f}" for name, ratio in ratios.items())
            print(f"round {round_number} (after/before): {shown}", flush=True)
    print(f"\n{'file':32} {'before':>8} {'after':>8} {'after/before':>12}"
          f"   (articles/s, best of {rounds} rounds)")
    for name in best["after"]:
        before, after = best["before"][name], best["after"][name]
        print(f"{name:32} {before:8.0f} {after:8.0f} {after / before:12.2f}")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("corpus", nargs="?", type=Path, default=ROOT.parent / "shared" / "corpus")
    parser.add_argument("--against", metavar="REF", help="compare with the code of this git revision")
    parser.add_argument("--rounds", type=int, default=3, help="rounds of the comparison (default 3)")
    args = parser.parse_args()
    if args.against:
        compare(args.against, args.corpus, args.rounds)
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
    if sys.argv[1:2] == ["--measure"]:
        print(json.dumps(best_speeds([Path(p) for p in sys.argv[2:]])))
    else:
        main()
