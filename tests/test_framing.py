"""framing: what a fact check reports but does not say."""

from __future__ import annotations

import pytest

from factcheck import framing
from factcheck.text import Sentence


@pytest.mark.parametrize("text", [
    "FACT CHECK: x", "Fact-check", "a fact\ncheck", "debunked", "HOAX", "a false  claim",
    "the claim is wrong", "Verdict: False", "viral post", "VIRAL CLAIM", "फैक्ट चेक", "पड़ताल", "फर्जी दावा",
    "दावा गलत"])
def test_a_fact_checks_words_mark_an_article_that_examines_claims(text):
    assert framing.examines_claims(text)


@pytest.mark.parametrize("text", [
    "He is being falsely implicated.", "The opposition claimed so.", "The video went viral.",
    "<!-- factcheck-ignore: office-holder -->", "फर्जी दस्तावेज बरामद हुए।"])
def test_news_is_no_fact_check(text):
    assert not framing.examines_claims(text)


def test_news_with_no_fact_checks_words_reports_nothing():
    text = 'A post said "Home Minister Rajnath Singh moved it", and the opposition claimed so.'
    assert framing.reported_spans(text, [Sentence(0, len(text))]) == []


def test_a_fact_check_reports_its_framed_quotation_and_its_framing_sentences():
    text = ('FACT CHECK: the post is false. A viral post reads: "Home Minister X moved it". '
            "It claims that Y was there.")
    first, second, third = text.index("FACT"), text.index("A viral"), text.index("It claims")
    sentences = [Sentence(first, second - 1), Sentence(second, third - 1), Sentence(third, len(text))]
    quote = text.index('"Home'), text.index('it".') + 3
    assert framing.reported_spans(text, sentences) == [(0, second - 1), quote, (third, len(text))]
