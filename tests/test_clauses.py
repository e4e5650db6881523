"""Clauses, worked out a sentence at a time, are those of the whole text at once."""

from __future__ import annotations

import bisect
import datetime as dt

from hypothesis import given, settings
from hypothesis import strategies as st

from factcheck.clauses import BEFORE_ANY, CLAUSE_MARK, OPENS_CLAUSE, Clauses
from factcheck.dates import find_dates
from factcheck.text import sentences, tokenize

from .conftest import base_date_words

_PIECES = st.sampled_from([
    "Minister", "Singh", "said", "the", "talks", "who", "which", "that", "when", "Who", "जो", "कि", "जब",
    "मंत्री", "ने", "कहा", "April 8, 2010", "8 April 2010", "2016", "(2016)", "on Monday,", "12:30",
    ",", ";", ":", " - ", " – ", "(", ")", "[", "]", '"', "“", "”", "—", ".", "!", "?", "।", ". ", "\n\n",
    "\n", "  ", "'", "*", "-"])


def _whole_text(text, tokens, found_sentences, dates):
    """The clauses' starts as the text gives them all at once: every sentence's
    start, the word after each mark from the end of the text's first word on
    (none inside a date), and every clause word."""
    starts = tokens.starts
    bounds = {s.start for s in found_sentences}
    relative = {start for start, key in zip(starts, tokens.keys, strict=True) if key in OPENS_CLAUSE}
    for mark in CLAUSE_MARK.finditer(text, tokens.ends[0] if tokens.ends else 0):
        if any(d.start <= mark.start() < d.end for d in dates):
            continue
        following = bisect.bisect_left(starts, mark.end())
        if following < len(starts):
            bounds.add(starts[following])
    return sorted(bounds | relative), relative


@settings(deadline=None)  # the first example loads the date words
@given(st.lists(_PIECES, max_size=30), st.lists(st.sampled_from([" ", ""]), min_size=30, max_size=30))
def test_a_sentences_clauses_are_those_the_whole_text_gives(pieces, gaps):
    text = "".join(piece + gap for piece, gap in zip(pieces, gaps, strict=False))
    tokens = tokenize(text)
    found_sentences = sentences(text)
    dates = find_dates(text, 0, len(text), dt.date(2021, 7, 1), "en", tokens, date_words=base_date_words())
    bounds, relative = _whole_text(text, tokens, found_sentences, dates)
    clauses = Clauses(text, tokens, found_sentences, dates)
    for offset in range(len(text)):
        at = bisect.bisect_right(bounds, offset)
        clause = clauses.of(offset)
        assert clause == (bounds[at - 1] if at else BEFORE_ANY)
        assert clauses.end(clause) == (bounds[at] if at < len(bounds) else None)
        assert clauses.is_relative(clause) == (at > 0 and bounds[at - 1] in relative)
