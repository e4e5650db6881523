"""One article, analysed: tokens, sentences, mentions, dates and claims.

This is a pure function of (article, compiled rules); the checks read it and
never change it. Data flows one way: text → tokens and sentences → mentions
→ dates, resolved once → claims, each with its time.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import Any

from .claims import Claim, ReadingContext
from .dates import DateExpr, find_dates
from .knowledge import Knowledge
from .mentions import Gazetteer, Mention, Sounds
from .model import Article
from .span import Span
from .text import LineIndex, Sentence, Token, Tokens, sentences, tokenize
from .timevalue import TimeValue
from .timing import Timeline

# Reads claims from an article, given its kind's options.
Reader = Callable[[ReadingContext, Any], list[Claim]]


@dataclass(frozen=True, slots=True)
class Analysis:
    article: Article
    tokens: Tokens
    sentences: list[Sentence]
    mentions: list[Mention]
    dates: list[DateExpr]
    claims: list[Claim]
    lines: LineIndex
    base: TimeValue | None  # what relative dates were resolved against
    # How the words sound (see Sounds), when the gazetteer's scan worked it
    # out: for a text with Devanagari words, if the packs name people only in
    # Latin letters; None otherwise.
    sounds: Sounds | None

    def place(self, start: int, end: int) -> Span:
        return Span(self.article.path, self.article.id, start, end)

    def tokens_in(self, start: int, end: int) -> list[Token]:
        """The tokens that start in [start, end)."""
        return self.tokens[self.tokens.within(start, end)]

    def keys_in(self, start: int, end: int) -> list[str]:
        """The keys of the tokens that start in [start, end)."""
        return self.tokens.keys[self.tokens.within(start, end)]

    def claims_of(self, relation: str) -> list[Claim]:
        return [c for c in self.claims if c.relation == relation]



def _first_full_date(dates: list[DateExpr]) -> TimeValue | None:
    return next((d.value for d in dates if d.kind == "date" and d.year_given and d.value
                 and d.value.precision == "day"), None)


def analyse(article: Article, knowledge: Knowledge, gazetteer: Gazetteer,
            readers: Sequence[tuple[Reader, Any]] = ()) -> Analysis:
    """The article analysed, with the claims of `readers` (each with its options):
    those of the enabled checks."""
    text, begin = article.text, article.body_start
    tokens = tokenize(text, begin)
    bounds = sentences(text, begin)
    mentions, sounds = gazetteer.scan_with_sounds(text, tokens)
    dates = find_dates(text, begin, len(text), article.date, article.language, tokens,
                       date_words=knowledge.date_words)
    anchor = None
    if article.date is None:
        # Without a dateline, relative dates count from the article's first full date.
        anchor = _first_full_date(dates)
        if anchor is not None:
            dates = find_dates(text, begin, len(text), anchor.first, article.language, tokens,
                               date_words=knowledge.date_words)
    claims: list[Claim] = []
    if readers:
        timeline = Timeline(text, tokens, bounds, mentions, dates, knowledge, article.date, anchor)
        ctx = ReadingContext(article, knowledge, tokens, bounds, mentions, dates, timeline)
        claims = [claim for read, options in readers for claim in read(ctx, options)]
    base = TimeValue.day(article.date) if article.date else anchor
    return Analysis(article, tokens, bounds, mentions, dates, claims, LineIndex(text), base, sounds)
