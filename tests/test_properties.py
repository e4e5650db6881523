"""Properties that hold for any input."""

from __future__ import annotations

import datetime as dt
import os

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

import factcheck
from factcheck.model import Article
from factcheck.report import json_format

from .conftest import ENGLISH_SEED, HINDI_SEED

SEED_TEXT = ENGLISH_SEED.read_text(encoding="utf-8") + "\n" + HINDI_SEED.read_text(encoding="utf-8")
WORDS = SEED_TEXT.split() + ["Rajnat", "Mody", "Wednesday,", "10", "December", "2020", "२०२०",
                             "\u093c", "\u0301", "\u200d", "प्रमुख", "\n\n", "2015-20", "last",
                             "month", "(2016)", "Giangfor",
                             # titles, qualifiers and time words that claims are read from
                             "Minister", "Prime", "Chief", "Gujarat", "CM", "of", "former", "the", "then",
                             "who", "since", "in", "ago", "two", "years", "Congress", "President",
                             "Vietnamese", "counterpart", "Amit", "Shah", "Home", ",", "Dr.", "S.",
                             "Jaishankar", "(SP)", "summit.", "will", "Friday", "27", "November",
                             "पूर्व", "तत्कालीन", "के", "मुख्यमंत्री", "गृह", "मंत्री", "अमित", "शाह",
                             "पिछले", "गुरुवार", "को", "जो", "से", "तक", "।"]

articles_text = st.one_of(
    st.text(max_size=400),
    st.lists(st.sampled_from(WORDS), max_size=80).map(" ".join),
    st.builds(lambda a, b: a + b, st.lists(st.sampled_from(WORDS), max_size=40).map(" ".join),
              st.text(max_size=60)),
)
dates = st.one_of(st.none(), st.dates(min_value=dt.date(1900, 1, 1), max_value=dt.date(2100, 1, 1)))
languages = st.sampled_from(["en", "hi"])
EXAMPLES = int(os.environ.get("FACTCHECK_EXAMPLES", "150"))  # raise it for a thorough run
SETTINGS = settings(max_examples=EXAMPLES, deadline=None,
                    suppress_health_check=[HealthCheck.function_scoped_fixture])


def article(text, date, language, ident="a"):
    return Article(id=ident, path=f"{ident}.txt", language=language, date=date, text=text)


@SETTINGS
@given(text=articles_text, date=dates, language=languages)
def test_spans_index_the_text_exactly_and_nothing_crashes(rules, text, date, language):
    report = factcheck.check([article(text, date, language)], rules=rules)
    assert report.summary.failed == 0, report.inputs
    for finding in report.findings:
        assert 0 <= finding.start <= finding.end <= len(text)
        assert text[finding.start:finding.end] == finding.text
        line_start = text.rfind("\n", 0, finding.start) + 1
        assert finding.line == text.count("\n", 0, finding.start) + 1
        assert finding.column == finding.start - line_start + 1


@SETTINGS
@given(first=articles_text, second=articles_text, date=dates)
def test_same_input_gives_byte_identical_json(rules, first, second, date):
    def once():
        report = factcheck.check(
            [article(first, date, "en", "a"), article(second, date, "hi", "b")], rules=rules)
        return json_format.render(report).encode()

    assert once() == once()


@SETTINGS
@given(text=st.text(max_size=300))
def test_files_with_any_text_are_checked_not_crashed(rules, tmp_path_factory, text):
    path = tmp_path_factory.mktemp("p") / "a.txt"
    path.write_text(text, encoding="utf-8", newline="")
    report = factcheck.check([path], rules=rules)
    assert [s.status for s in report.inputs] == ["checked"]
    source = path.read_bytes().decode("utf-8")  # no newline translation: offsets are the file's
    for finding in report.findings:
        assert source[finding.start:finding.end] == finding.text

