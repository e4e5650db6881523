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


REPEATED = "date 2021-07-01 Defence Minister Rajnath Singh said the the talks went well.\n"


def test_the_plugin_reads_the_configuration_the_cli_reads(pytester):
    """A repeated word is a warning by default; the project's factcheck.toml
    makes it an error. The CLI fails the article, so must the plugin."""
    from factcheck.cli import main

    pytester.makefile(".toml", factcheck='severity = {repetition = "error"}\n'
                                         'extend-exclude = ["drafts/"]\n'
                                         '[per-file."opinion/*"]\nignore = ["repetition"]\n')
    pytester.makefile(".txt", story=REPEATED)
    pytester.mkdir("opinion").joinpath("column.txt").write_text(REPEATED, encoding="utf-8")
    pytester.mkdir("drafts").joinpath("draft.txt").write_text(WRONG, encoding="utf-8")
    pytester.makefile(".md", README=WRONG)
    root = str(pytester.path)
    assert main(["check", root, "--format", "json"]) == 1
    result = pytester.runpytest_subprocess("--factcheck", "-v")
    result.assert_outcomes(passed=1, failed=1)  # README.md and drafts/ are not collected
    result.stdout.fnmatch_lines(["*column.txt::column PASSED*", "*story.txt::story FAILED*",
                                 "*error [[]repetition[]]*"])
    assert "README" not in result.stdout.str() and "draft" not in result.stdout.str()


def test_the_plugin_takes_fail_on_from_the_configuration_and_its_flag_wins(pytester):
    pytester.makefile(".toml", factcheck='fail-on = "warning"\n')
    pytester.makefile(".txt", story=REPEATED)
    pytester.runpytest_subprocess("--factcheck").assert_outcomes(failed=1)
    pytester.runpytest_subprocess("--factcheck", "--factcheck-fail-on", "error").assert_outcomes(passed=1)


def test_a_file_named_to_the_plugin_is_collected_even_if_excluded(pytester):
    readme = pytester.makefile(".md", README=WRONG)
    pytester.runpytest_subprocess("--factcheck", str(readme)).assert_outcomes(failed=1)


def test_an_article_that_fails_in_the_run_fails_its_item(pytester):
    pytester.makefile(".yaml", slow="pack: slow\nchecks:\n  - id: slow\n    kind: existence\n"
                                    "    options: {patterns: {en: ['(?:a|ab)+$']}, timeout_ms: 20}\n")
    pytester.makefile(".toml", factcheck='rules = ["slow.yaml"]\n')
    pytester.makefile(".txt", long="a" * 20000 + "!")
    result = pytester.runpytest_subprocess("--factcheck")
    result.assert_outcomes(failed=1)
    result.stdout.fnmatch_lines(["*not checked: the pattern*could not finish within 20 ms*"])
