"""Clauses: where each clause of a sentence begins.

A clause begins where its sentence begins, at the word after a punctuation
mark (a mark inside a date is none: "April 8, 2010") and at a word that opens
a clause (who, which, that, when, जो, कि, जब). A clause is named by the
offset it begins at. A sentence's clauses are worked out when an offset of
it is first asked about: an article's claims stand in a few of its sentences.
"""

from __future__ import annotations

import bisect
import itertools

import regex

from .dates import DateExpr
from .text import Sentence, Tokens

CLAUSE_MARK = regex.compile(r"[,;:()\[\]\"“”—]|\s[-–]\s")
# Words that open a subordinate clause (a relative clause, reported speech):
# its dates are about its own events, not the claims of the clause it hangs on.
RELATIVE_PRONOUNS = frozenset({"who", "which", "whom", "whose", "जो", "जिन्होंने", "जिसने", "जिन्हें",
                               "जिसे", "जिनके", "जिसके", "जिनकी", "जिसकी", "जिनका", "जिसका"})
CLAUSE_WORDS = RELATIVE_PRONOUNS | {"that", "कि"}
WHEN_WORDS = frozenset({"when", "जब"})
OPENS_CLAUSE = CLAUSE_WORDS | WHEN_WORDS
BEFORE_ANY = -1  # the clause of an offset before the first sentence


class Clauses:
    """The clauses of an article's sentences, each named by its start."""

    def __init__(self, text: str, tokens: Tokens, sentences: list[Sentence], dates: list[DateExpr]) -> None:
        self.text = text
        self.token_starts, self.token_ends, self.keys = tokens.starts, tokens.ends, tokens.keys
        self.sentence_starts = [s.start for s in sentences]
        self.date_starts = [d.start for d in dates]  # dates never overlap
        self.date_ends = [d.end for d in dates]
        self._starts: dict[int, list[int]] = {}  # a sentence's index -> its clauses' starts
        self._relative: set[int] = set()  # the starts of clauses a clause word opens

    def of(self, offset: int) -> int:
        """The clause the offset stands in (BEFORE_ANY before the first sentence)."""
        index = bisect.bisect_right(self.sentence_starts, offset) - 1
        if index < 0:
            return BEFORE_ANY
        starts = self._of_sentence(index)
        return starts[bisect.bisect_right(starts, offset) - 1]

    def end(self, clause: int) -> int | None:
        """Where the next clause begins, in this sentence or the next (None after the last)."""
        index = bisect.bisect_right(self.sentence_starts, clause) - 1
        if index >= 0:
            starts = self._of_sentence(index)
            following = bisect.bisect_right(starts, clause)
            if following < len(starts):
                return starts[following]
        return self.sentence_starts[index + 1] if index + 1 < len(self.sentence_starts) else None

    def is_relative(self, clause: int) -> bool:
        """Does a clause word open the clause (who, that, कि)?"""
        return clause in self._relative

    def _of_sentence(self, index: int) -> list[int]:
        starts = self._starts.get(index)
        if starts is None:
            starts = self._starts[index] = self._work_out(index)
        return starts

    def _work_out(self, index: int) -> list[int]:
        """The starts of the clauses from the sentence's start to the next
        sentence's: the sentence's, the word after each mark (a mark in the
        space before the sentence's first word counts for it), and each clause word."""
        low = self.sentence_starts[index]
        found = {low}
        token_starts = self.token_starts
        if not token_starts:
            return [low]
        high = self.sentence_starts[index + 1] if index + 1 < len(self.sentence_starts) else len(self.text)
        first = bisect.bisect_left(token_starts, low)
        last = bisect.bisect_left(token_starts, high, lo=first)
        # marks from the end of the word before the sentence's first (never before the text's first word)
        scan_from = self.token_ends[first - 1] if first > 0 else self.token_ends[0]
        date_starts, date_ends = self.date_starts, self.date_ends
        for mark in CLAUSE_MARK.finditer(self.text, scan_from, high):
            at = mark.start()
            date = bisect.bisect_right(date_starts, at) - 1
            if date >= 0 and at < date_ends[date]:
                continue  # inside a date
            following = bisect.bisect_left(token_starts, mark.end(), lo=first)
            if following < last:
                found.add(token_starts[following])
        relative = set(itertools.compress(token_starts[first:last],
                                          map(OPENS_CLAUSE.__contains__, self.keys[first:last])))
        self._relative |= relative
        return sorted(found | relative)
