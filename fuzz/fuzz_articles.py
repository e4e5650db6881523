"""Coverage-guided fuzzing of the article readers and the checker (atheris).

    pip install atheris
    mkdir -p /tmp/fuzz-articles
    python fuzz/fuzz_articles.py -max_total_time=600 -timeout=20 -rss_limit_mb=4096 \
        -artifact_prefix=/tmp/fuzz-articles/ /tmp/fuzz-articles fuzz/corpus/articles

Each input is read as a text file (dateline, front matter), as a JSON Lines
file and as an article checked against the bundled packs. Any exception
other than a reported failure is a crash; so is a span that does not index
the text. Findings of the last run are in docs/reliability.md.
"""

from __future__ import annotations

import sys
import tempfile
from pathlib import Path

import atheris

with atheris.instrument_imports():
    import factcheck
    from factcheck.articles import Article, Failure, load
    from factcheck.engine import run

RULES = factcheck.load_rules()
FOLDER = Path(tempfile.mkdtemp(prefix="factcheck-fuzz-"))


def test_one_input(data: bytes) -> None:
    results = []
    for name in ("article.txt", "article.md", "wire.jsonl"):
        path = FOLDER / name
        path.write_bytes(data)
        results.extend(load([path]))
    articles = [item for item in results if isinstance(item, Article)]
    assert all(isinstance(item, Article | Failure) for item in results)
    report = run(articles, RULES)
    texts = {(a.path, a.id): a.text for a in articles}
    for finding in report.findings:
        text = texts[(finding.path, finding.article)]
        assert text[finding.start : finding.end] == finding.text, finding
    assert not [s for s in report.inputs if s.reason and s.reason.startswith("internal error")], \
        report.inputs


def main() -> None:
    atheris.Setup(sys.argv, test_one_input)
    atheris.Fuzz()


if __name__ == "__main__":
    main()
