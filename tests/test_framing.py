"""framing: what a fact check reports but does not say."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from factcheck import framing
from factcheck.text import Sentence

EXAMINING = ["FACT CHECK: x", "Fact-check", "a fact check", "debunked", "HOAX", "a hoax", "a false claim",
             "the claim is wrong", "Verdict: False", "viral post", "VIRAL CLAIM", "फैक्ट चेक", "पड़ताल",
             "फर्जी दावा", "दावा गलत", "factcheck"]


@pytest.mark.parametrize("text", EXAMINING)
def test_every_fact_checks_word_passes_the_quick_scan(text):
    assert framing.EXAMINES_CLAIMS.search(text.lower()) is not None
    assert any(word in text.lower() for word in framing.EXAMINES_WORDS)


@given(st.text(alphabet="factFACTcheckCHECK hoaxfalseclaimviralverdict:-दावागलतफैक्टचेक ", max_size=60))
def test_the_quick_scan_never_drops_a_text_the_pattern_matches(text):
    if framing.EXAMINES_CLAIMS.search(text.lower()) is not None:
        assert any(word in text.lower() for word in framing.EXAMINES_WORDS)


def test_news_with_no_fact_checks_words_reports_nothing():
    text = 'A post said "Home Minister Rajnath Singh moved it", and the opposition claimed so.'
    assert framing.reported_spans(text, [Sentence(0, len(text))]) == []


def test_the_tools_own_directive_is_no_fact_check():
    assert framing.EXAMINES_CLAIMS.search("<!-- factcheck-ignore: office-holder -->".lower()) is None
