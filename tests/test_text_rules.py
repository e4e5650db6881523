"""The text rule kinds: existence, substitution, consistency, trailing-text."""

from __future__ import annotations

import textwrap

import pytest

import factcheck
from factcheck.articles import article_from_text
from factcheck.cli import main

from .conftest import findings, texts_of


def pack(tmp_path, checks: str):
    path = tmp_path / "text.yaml"
    path.write_text("pack: text\nchecks:\n" + textwrap.indent(textwrap.dedent(checks), "  "),
                    encoding="utf-8")
    return path


def run(path, text):
    rules = factcheck.load_rules([path])
    return factcheck.check([article_from_text(text, "a.txt")], rules=rules).findings


def test_existence_per_language_with_word_boundaries_in_devanagari(tmp_path):
    path = pack(tmp_path, """\
        - id: banned
          kind: existence
          options:
            patterns: {hi: ['\\bवियतनाम\\b'], en: ['\\bVietnam\\b']}
        """)
    assert texts_of(run(path, "पीएम मोदी ने वियतनाम और वियतनामी सेना की बात की")) == ["वियतनाम"]
    assert texts_of(run(path, "Vietnam and Vietnamese")) == ["Vietnam"]


def test_substitution_suggests_the_preferred_form(rules):
    found = findings(rules, "He proposed the Indo-Pacific Ocean’s Initiative.", "preferred-forms")
    assert [(f.text, f.suggestion) for f in found] == [
        ("Indo-Pacific Ocean’s Initiative", "Indo-Pacific Oceans' Initiative")]


def test_consistency_reports_the_later_spelling(rules):
    found = findings(rules, "Viet Nam and India. Later, Vietnam said.", "one-spelling")
    assert [(f.text, f.suggestion) for f in found] == [("Vietnam", "Viet Nam")]


def test_a_pattern_that_runs_out_of_time_fails_its_article_not_a_finding(tmp_path):
    path = pack(tmp_path, """\
        - id: slow
          kind: existence
          options:
            patterns: {en: ['(?:x+x+){1,100}y']}
            timeout_ms: 20
        """)
    rules = factcheck.load_rules([path])
    report = factcheck.check([article_from_text("x" * 5000, "slow.txt"),
                              article_from_text("xxy", "fast.txt")], rules=rules)
    assert [f.path for f in report.findings] == ["fast.txt"]
    failed = [s for s in report.inputs if s.status == "failed"]
    assert [s.path for s in failed] == ["slow.txt"]
    assert "could not finish within 20 ms" in (failed[0].reason or "")


@pytest.mark.parametrize("pattern", ["(x+x+)+y", "(\\w*\\s?)*$", "(?:a|b+){2,}c", "((ab)*c)+"])
def test_a_pattern_that_can_take_exponential_time_is_refused_when_the_pack_loads(tmp_path, capsys,
                                                                                pattern):
    path = pack(tmp_path, f"""\
        - id: risky
          kind: existence
          options:
            patterns: {{en: ['{pattern}']}}
        """)
    article = tmp_path / "a.txt"
    article.write_text("text", encoding="utf-8")
    assert main(["check", str(article), "--rules", str(path)]) == 2
    err = capsys.readouterr().err
    assert f"{path}:6:7: checks[0].options.patterns" in err and "exponential time" in err


@pytest.mark.parametrize("pattern", ["(ab)+", "(?:Shri )?[A-Z]\\w+", "[(+]+x", "\\(a+\\)+", "(a|b){2,5}"])
def test_safe_repetitions_load(tmp_path, pattern):
    from factcheck.checks.patterns import nested_repetition

    assert nested_repetition(pattern) is None


def test_an_invalid_pattern_names_file_line_and_option(tmp_path, capsys):
    path = pack(tmp_path, """\
        - id: broken
          kind: existence
          options:
            patterns: {en: ['(unclosed']}
        """)
    article = tmp_path / "a.txt"
    article.write_text("text", encoding="utf-8")
    assert main(["check", str(article), "--rules", str(path)]) == 2
    err = capsys.readouterr().err
    assert f"{path}:6:7: checks[0].options.patterns:" in err
    assert "not a valid regular expression" in err


def test_a_pattern_that_matches_no_bad_example_fails_rules_test(tmp_path, capsys):
    path = pack(tmp_path, """\
        - id: never
          kind: existence
          options:
            patterns: {en: ['\\bfoo\\b', 'a(?!x)x']}
          examples:
            - text: "a foo here"
              finds: [foo]
        """)
    assert main(["rules", "test", str(path)]) == 2
    assert "the pattern 'a(?!x)x' matches none of the check's bad examples" in capsys.readouterr().err


@pytest.mark.parametrize(
    "ending",
    [
        "10 दिसंबर 2020 को वियतनाम द्वारा आयोजित एडीएमएम प्लस बैठक में भाग लेने के लिए राजनाथ सिंह को "
        "निमंत्रण दिया गया था।",
        "राजनाथ सिंह ने वियतनाम के मंत्री को धन्यवाद दिया और रक्षा सहयोग बढ़ाने की बात कही",
        "*****\nएएम/आरके",
    ],
)
def test_trailing_text_leaves_related_endings_and_sign_offs_alone(rules, ending):
    text = ("माननीय रक्षा मंत्री राजनाथ सिंह और वियतनाम के राष्ट्रीय रक्षा मंत्री जनरल न्गो जुआन लिच ने "
            "27 नवंबर, 2020 को वार्ता की। मंत्रियों ने रक्षा सहयोग की पुष्टि की। ") + ending
    assert findings(rules, text, "trailing-text") == []
