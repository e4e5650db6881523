"""The pytest plugin (pytest --factcheck) and factcheck.testing."""

from __future__ import annotations

import json
from importlib.metadata import entry_points
from pathlib import Path

import pytest

from factcheck.testing import assert_consistent

from .conftest import ENGLISH_SEED, HINDI_SEED

pytest_plugins = ["pytester"]
WRONG = "date 2021-07-01 Defence Minister Narendra Modi visited Hanoi.\n"


def test_the_plugin_is_registered_as_a_pytest_entry_point():
    assert [e.value for e in entry_points(group="pytest11") if e.name == "factcheck"] == [
        "factcheck.pytest_plugin"]


def test_each_article_is_a_test_item_failing_with_its_findings(pytester):
    pytester.makefile(".txt", good="date 2021-07-01 Defence Minister Rajnath Singh spoke.\n",
                      bad=WRONG)
    pytester.makefile(".jsonl", wire=json.dumps({"id": "r1", "text": WRONG}) + "\n"
                      + json.dumps({"id": "r2", "text": "Nothing wrong."}) + "\n")
    result = pytester.runpytest_subprocess("--factcheck", "-v")
    result.assert_outcomes(passed=2, failed=2)
    result.stdout.fnmatch_lines(["*bad.txt::bad FAILED*", "*wire.jsonl::r1 FAILED*",
                                 "*wire.jsonl::r2 PASSED*",
                                 "*error [[]office-holder[]] Narendra Modi was not*",
                                 "*suggestion: Rajnath Singh*"])


def test_without_the_flag_articles_are_not_collected(pytester):
    pytester.makefile(".txt", bad=WRONG)
    result = pytester.runpytest_subprocess()
    assert result.ret == pytest.ExitCode.NO_TESTS_COLLECTED


def test_fail_on_and_cross_source_in_the_plugin(pytester):
    pytester.makefile(".txt", en=ENGLISH_SEED.read_text(encoding="utf-8"),
                      hi=HINDI_SEED.read_text(encoding="utf-8"))
    pytester.runpytest_subprocess("--factcheck").assert_outcomes(passed=2)
    result = pytester.runpytest_subprocess("--factcheck", "--factcheck-fail-on", "info")
    result.assert_outcomes(failed=2)
    result.stdout.fnmatch_lines(["*info [[]cross-source[]]*"])


def test_assert_consistent_passes_a_correct_text_and_fails_a_wrong_one(tmp_path: Path):
    report = assert_consistent("date 2021-07-01 Defence Minister Rajnath Singh spoke.")
    assert report.summary.articles == 1
    with pytest.raises(AssertionError, match=r"(?s)office-holder.*suggestion: Rajnath Singh"):
        assert_consistent(WRONG)
    article = tmp_path / "a.txt"
    article.write_text("date 2021-07-01 Narendra Mody spoke.\n", encoding="utf-8")
    with pytest.raises(AssertionError, match="Narendra Modi"):
        assert_consistent(article)
    assert_consistent(article, fail_on="error")
