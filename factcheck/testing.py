"""Helpers for users' own tests.

    from factcheck.testing import assert_consistent

    def test_our_story_names_the_right_minister():
        assert_consistent("date 2021-07-01 Defence Minister Rajnath Singh spoke.")
"""

from __future__ import annotations

from collections.abc import Iterable
from pathlib import Path

from .articles import article_from_text
from .engine import run
from .model import SEVERITY_RANK, Article, Report, Severity
from .report.text_format import render
from .rules import Rules, load_rules

_bundled: Rules | None = None


def _rules(rules: Rules | Iterable[str | Path] | None) -> Rules:
    global _bundled
    if isinstance(rules, Rules):
        return rules
    if rules is not None:
        return load_rules(rules)
    if _bundled is None:
        _bundled = load_rules()
    return _bundled


def assert_consistent(article: str | Path | Article,
                      rules: Rules | Iterable[str | Path] | None = None,
                      fail_on: Severity = "warning",
                      language: str = "en") -> Report:
    """Check one article (its text as a str, a Path to its file, or an
    Article) and raise
    AssertionError, with the text report, when a finding that counts reaches
    `fail_on` (default: warning). `rules`: loaded Rules, pack paths, or None
    for the bundled pack. Returns the report when the article passes."""
    if isinstance(article, str):
        article = article_from_text(article, "<text>", "text", default_language=language)
    report = run(article, _rules(rules), language=language)
    failing = [f for f in report.findings
               if f.counts and SEVERITY_RANK[f.severity] >= SEVERITY_RANK[fail_on]]
    if failing or report.summary.failed:
        raise AssertionError("factcheck found what it must not:\n" + render(report))
    return report
