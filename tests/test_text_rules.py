"""The text rule kinds: existence, substitution, consistency, trailing-text."""

from __future__ import annotations

import textwrap

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

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


@pytest.mark.parametrize(("ignore_case", "text", "expected"), [
    (False, "Viet Nam and India. Later, Vietnam said.", [("Vietnam", "Viet Nam")]),
    (False, "VIET NAM and India. Later, Vietnam said.", []),  # one spelling of the group, as written
    (False, "Vietnamese officials met. Later, Viet Nam said.", []),  # "Vietnam" inside a word only
    (True, "VIET NAM and India. Later, vietnam said.", [("vietnam", "Viet Nam")]),
    (True, "viet nam and India. Later, VIETNAM said.", [("VIETNAM", "Viet Nam")]),
])
def test_consistency_finds_two_spellings_in_any_case_when_told_to(tmp_path, ignore_case, text, expected):
    path = pack(tmp_path, f"""\
        - id: one-spelling
          kind: consistency
          options:
            ignore_case: {str(ignore_case).lower()}
            variants: {{en: [[Viet Nam, Vietnam]]}}
        """)
    found = findings(factcheck.load_rules([path]), text, "one-spelling")
    assert [(f.text, f.suggestion) for f in found] == expected


def test_a_pattern_that_runs_out_of_time_fails_its_article_not_a_finding(tmp_path):
    path = pack(tmp_path, """\
        - id: slow
          kind: existence
          options:
            patterns: {en: ['(?:a|ab)+$']}
            timeout_ms: 20
        """)
    rules = factcheck.load_rules([path])  # quadratic on a long run of a's, not exponential: it loads
    report = factcheck.check([article_from_text("a" * 20000 + "!", "slow.txt"),
                              article_from_text("ab", "fast.txt")], rules=rules)
    assert [f.path for f in report.findings] == ["fast.txt"]
    failed = [s for s in report.inputs if s.status == "failed"]
    assert [s.path for s in failed] == ["slow.txt"]
    assert "could not finish within 20 ms" in (failed[0].reason or "")


@pytest.mark.parametrize("pattern", [
    "(x+x+)+y", "(\\w*\\s?)*$", "(?:a|b+){2,}c", "(?:x+x+){1,100}y",  # a repetition repeated
    "(a|aa)+$", "(a|a?)+", "(\\w|\\d)+x", "(?i)(?:a|A)+", "(?:ab|a(?:b))+",  # overlapping alternatives
    "(?:a?b?)*c", "(?:a(?:b?|c?))+$",  # parts that match the same text, or the empty text, two ways
    "(?=(a|aa)+b)", "(?:(?:a|aa)+)++",  # inside a look-around or a possessive repetition
])
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
    assert f"{path}:6:" in err and "checks[0].options.patterns.en[0]:" in err
    assert "exponential time" in err


@pytest.mark.parametrize("pattern", [
    "(ab)+", "(?:Shri )?[A-Z]\\w+", "[(+]+x", "\\(a+\\)+", "(a|b){2,5}", "((ab)*c)+",
    "[A-Z][a-z]+(?: [A-Z][a-z]+)*", "(?:[A-Z]\\.|[A-Z][a-z]+)+", "(?:\\w|-)+", "(?:a|ab)+$",
    "(?:\\p{L}|\\d)+!", "\\d{1,3}(?:,\\d{3})*", "(?:x+x+){1,3}y", "a++b", "(?>a|ab)+c",
    "(?<!\\p{Lu}\\p{L}*[ \\t])\\bTK\\b(?![ \\t]+\\p{Lu})", "(?x) (?: a | b ) +  # spaced",
])
def test_patterns_that_read_each_text_one_way_load(pattern):
    from factcheck.checks.patterns import compile_pattern

    assert compile_pattern(pattern).pattern == pattern


def test_an_exponential_pattern_is_named_at_its_own_line_among_many(tmp_path, capsys):
    path = pack(tmp_path, """\
        - id: many
          kind: existence
          options:
            patterns:
              en:
                - '\\bfine\\b'
                - '(?:\\w|\\d)+x'
        """)
    with pytest.raises(factcheck.PackError) as raised:
        factcheck.load_rules([path])
    assert len(raised.value.problems) == 1
    assert raised.value.problems[0].startswith(f"{path}:9:13: checks[0].options.patterns.en[1]: ")
    assert repr("(?:\\w|\\d)+") in raised.value.problems[0]


@pytest.mark.parametrize("replacement", ["\\2", "\\g<2>", "\\g<missing>", "x \\g<word> \\3"])
def test_a_replacement_that_refers_to_a_group_the_pattern_lacks_is_a_pack_error(tmp_path, capsys,
                                                                               replacement):
    path = pack(tmp_path, f"""\
        - id: swap
          kind: substitution
          options:
            swap:
              en:
                '(?P<word>Shri) (Ravi)': '\\1 Ravi'
                '(?P<word>ji)\\b': '{replacement}'
        """)
    article = tmp_path / "a.txt"
    article.write_text("text", encoding="utf-8")
    assert main(["check", str(article), "--rules", str(path)]) == 2
    err = capsys.readouterr().err
    assert f"{path}:9:11: checks[0].options.swap.en.(?P<word>ji)\\b: " in err
    assert "refers to group" in err and "(it has 1 group, 'word')" in err
    assert err.count("refers to group") == 1  # the first swap's \\1 exists


def test_a_replacement_may_use_every_group_the_pattern_has(tmp_path):
    path = pack(tmp_path, """\
        - id: swap
          kind: substitution
          options:
            swap: {en: {'(?P<first>Shri) (Ravi)': '\\g<first> \\2 \\g<0> \\g<1> \\\\2 \\0'}}
        """)
    found = run(path, "Shri Ravi spoke")
    assert [f.suggestion for f in found] == ["Shri Ravi Shri Ravi Shri \\2 \x00"]


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
    assert f"{path}:6:23: checks[0].options.patterns.en[0]:" in err
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


def test_a_pattern_too_large_to_read_is_refused_quickly():
    import time

    from factcheck.checks.patterns import compile_pattern

    started = time.perf_counter()
    with pytest.raises(ValueError, match="too complex for factcheck to show"):
        compile_pattern("(?:" + "|".join(["a"] * 2000) + ")+")
    assert time.perf_counter() - started < 20  # a budget, not a benchmark: it gives up, it does not hang


@pytest.mark.parametrize(("pattern", "refused"), [("(a(?R)?b)", False), ("(x+(?R)?)+", True)])
def test_syntax_the_reading_does_not_know_falls_back_to_refusing_nested_repetitions(pattern, refused):
    from factcheck.checks.patterns import exponential_risk

    assert (exponential_risk(pattern) is not None) is refused


@pytest.mark.parametrize(("depth", "reason"),
                         [(3000, "nested too deep"), (400, "too complex|nested too deep")])
def test_groups_nested_hundreds_deep_are_refused_not_a_crash(depth, reason):
    from factcheck.checks.patterns import compile_pattern

    with pytest.raises(ValueError, match=reason):
        compile_pattern("(" * depth + "a" + ")" * depth + "+")


REGEX_PIECES = ["a", "b", "(", ")", "[", "]", "{2,3}", "|", "*", "+", "?", ".", "^", "$", "\\", "\\p{L}",
                "\\0", "\\P", "(?:", "(?P<n>", "(?<=", "(?<!", "(?>", "(?|", "(?i)", "(?x)", " ", "#",
                "(?(1)", "(?#c)", "\\g<1>", "[[:alpha:]]", "(?V1)", "[[a-z]--[b]]", "++", "*?", "\\x41",
                "\\N{LATIN SMALL LETTER A}", "\\d", "\\w", "-", ",", ":"]


@settings(max_examples=300, deadline=None)
@given(st.lists(st.sampled_from(REGEX_PIECES), min_size=1, max_size=12))
def test_any_pattern_the_matcher_accepts_is_read_or_refused_never_a_crash(pieces):
    import regex

    from factcheck.checks.patterns import compile_pattern

    pattern = "".join(pieces)
    try:
        regex.compile(pattern)
    except regex.error:
        return
    try:
        compile_pattern(pattern)
    except ValueError as exc:
        assert "exponential time" in str(exc)


def test_a_spelling_a_newspapers_name_goes_on_with_is_that_names(rules):
    text = "date 2012-08-10 Vietnam met India. The English-language Viet Nam News daily carried it."
    assert [f for f in findings(rules, text) if f.kind == "consistency"] == []
    assert [f.text for f in findings(rules, "date 2012-08-10 Vietnam is large. Viet Nam is larger.")
            if f.kind == "consistency"] == ["Viet Nam"]
