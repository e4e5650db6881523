"""One article, analysed: tokens, sentences, mentions, dates and claims.

This is a pure function of (article, compiled rules); the checks read it and
never change it. Data flows one way: text → tokens and sentences → mentions
→ dates, resolved once → claims, each with its time.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import Any, NamedTuple

import regex

from .claims import Claim, ReadingContext
from .dates import DateExpr, DateWords, find_dates
from .knowledge import Knowledge
from .mentions import Gazetteer, Mention, Sounds
from .model import Article
from .span import Span
from .text import LineIndex, Sentence, Token, Tokens, sentences, tokenize
from .timevalue import TimeValue
from .timing import Timeline
from .yearless import doubt_years

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


# "HANOI, Dec 31 (Reuters) -", "नई दिल्ली, 3 जनवरी (भाषा)": a place and a comma
# open the line of a wire story's dateline, before its day.
DATELINE_PLACE = regex.compile(r"(?:^|\n)[ \t]*[\p{L}\p{M}.'’ -]{1,40},[ \t]*\Z")
# After the day: the agency in brackets, or a dash, colon or danda before the story.
DATELINE_END = regex.compile(r"[ \t]*(?:\([\p{L}\p{M}][\p{L}\p{M} ./&-]{0,30}\)|[-–—:।])")
DATELINE_REACH = 400  # characters from the body's start to a dateline
STORY_LAG = dt.timedelta(days=7)  # a story published at most this long after its dateline's day


def _story_day(text: str, begin: int, dates: list[DateExpr], published: dt.date) -> dt.date | None:
    """The day a wire story's dateline gives, when it is another day shortly
    before publication ("HANOI, Dec 31" on a page dated 1 January): "this
    year" and "on Monday" count from it. Only a day without its year, the
    first date of the article, on the line it opens."""
    first = dates[0] if dates else None
    if (first is None or first.kind != "date" or first.year_given or first.value is None
            or first.value.precision != "day" or first.start - begin > DATELINE_REACH):
        return None
    day = first.value.first
    if not 0 < (published - day).days <= STORY_LAG.days:
        return None
    line_start = text.rfind("\n", begin, first.start) + 1 or begin
    opening = text[max(line_start - 1, begin):first.start]
    if DATELINE_END.match(text, first.end) is None:
        return None
    return day if DATELINE_PLACE.search(opening) else None


# A note that the text is an older story published again: "first published on 26 May 2014",
# "[From our archives, 16 May 2014]", "(यह खबर पहली बार 25 जुलाई 2017 को प्रकाशित हुई थी)"
ARCHIVE_NOTE = regex.compile(
    r"(?i:\b(?:first|originally)\s+(?:published|appeared)|\bfrom\s+(?:our|the)\s+archives?\b)"
    r"|पहली\s+बार|(?:अभिलेखागार|आर्काइव|पुरालेख)\s+से")
ARCHIVE_WORDS = ("published", "appeared", "rchive", "प्रकाशित", "अभिलेखागार", "आर्काइव", "पुरालेख")
ARCHIVE_REACH = 60  # characters from such a note's words to its date


def _first_published(text: str, dates: list[DateExpr], published: dt.date) -> dt.date | None:
    """The day an older story published again first came out, when a note says
    so with a full date before the article's own: the story is told as of it."""
    if not any(map(text.__contains__, ARCHIVE_WORDS)):
        return None
    for note in ARCHIVE_NOTE.finditer(text):
        if note.group().startswith("पहली") and "प्रकाशित" not in text[note.end() : note.end() + ARCHIVE_REACH]:
            continue  # "पहली बार" (for the first time) of anything else
        for expr in dates:
            if note.start() - ARCHIVE_REACH <= expr.start <= note.end() + ARCHIVE_REACH and \
                    expr.kind == "date" and expr.year_given and expr.value is not None and \
                    expr.value.precision == "day" and expr.value.first < published:
                return expr.value.first
    return None


class ResolvedDates(NamedTuple):
    dates: list[DateExpr]
    anchor: TimeValue | None  # an undated article's first full date, when it was used
    told_as_of: dt.date | None  # the day claims of the present are about: the article's, or the day
    # an older story published again first came out


def resolve_dates(article: Article, tokens: Tokens, bounds: list[Sentence], date_words: DateWords
                  ) -> ResolvedDates:
    """The article's date expressions, resolved against its date, the day of
    its wire dateline or of its first publication, or (undated) its first full
    date, the days whose year is a guess marked (yearless.py)."""
    text, begin = article.text, article.body_start
    dates = find_dates(text, begin, len(text), article.date, article.language, tokens,
                       date_words=date_words)
    if article.date is not None:
        first = _first_published(text, dates, article.date)
        story = _story_day(text, begin, dates, article.date) or first
        if story is not None:
            dates = find_dates(text, begin, len(text), story, article.language, tokens,
                               date_words=date_words)
        resolved = doubt_years(text, dates, bounds, story or article.date)
        return ResolvedDates(resolved, None, first or article.date)
    # Without a dateline, relative dates count from the article's first full date.
    anchor = _first_full_date(dates)
    if anchor is not None:
        dates = find_dates(text, begin, len(text), anchor.first, article.language, tokens,
                           date_words=date_words)
    return ResolvedDates(doubt_years(text, dates, bounds, anchor.first if anchor else None), anchor, None)


def analyse(article: Article, knowledge: Knowledge, gazetteer: Gazetteer,
            readers: Sequence[tuple[Reader, Any]] = ()) -> Analysis:
    """The article analysed, with the claims of `readers` (each with its options):
    those of the enabled checks."""
    text, begin = article.text, article.body_start
    tokens = tokenize(text, begin)
    bounds = sentences(text, begin)
    mentions, sounds = gazetteer.scan_with_sounds(text, tokens)
    dates, anchor, told_as_of = resolve_dates(article, tokens, bounds, knowledge.date_words)
    claims: list[Claim] = []
    if readers:
        timeline = Timeline(text, tokens, bounds, mentions, dates, knowledge, told_as_of, anchor)
        ctx = ReadingContext(article, knowledge, tokens, bounds, mentions, dates, timeline)
        claims = [claim for read, options in readers for claim in read(ctx, options)]
    base = TimeValue.day(article.date) if article.date else anchor
    return Analysis(article, tokens, bounds, mentions, dates, claims, LineIndex(text), base, sounds)
