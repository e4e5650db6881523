"""Throughput and cold start, on the real articles in ../shared/corpus.

    python benchmarks/throughput.py [CORPUS_DIR]

Prints articles per second on one core for each corpus file (rules loaded
once, per-article work only), findings per corpus, and the cold start of
`factcheck check` on one seed against importing dateparser and parsing one
date. Timing belongs here, not in the tests.
"""

from __future__ import annotations

import gc
import statistics
import subprocess
import sys
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


def main() -> None:
    corpus = Path(sys.argv[1]) if len(sys.argv) > 1 else ROOT.parent / "shared" / "corpus"
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
    main()
