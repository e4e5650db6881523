"""One article, analysed: tokens, sentences, mentions, dates and claims.

This is a pure function of (article, compiled rules); the checks read it and
never change it. Data flows one way: text → tokens and sentences → mentions
→ dates, resolved once → claims, each with its time.
"""

from __future__ import annotations

import bisect
import dataclasses
import datetime as dt
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import Any, NamedTuple

import regex

from .claims import Claim, ReadingContext
from .dates import DATELINE_PLACE, DATELINE_REACH, DateExpr, DateWords, find_dates, is_dateline
from .knowledge import Knowledge
from .mentions import Gazetteer, Mention, Sounds
from .model import Article
from .span import Span
from .text import WORD, LineIndex, Sentence, Token, Tokens, sentences, tokenize
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
    base: TimeValue | None  # the day the article is written, when known (its date, or a dateline heading it)
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



def _first_full_date(dates: list[DateExpr]) -> DateExpr | None:
    return next((d for d in dates if d.kind == "date" and d.year_given and d.value
                 and d.value.precision == "day"), None)


# What may stand before an undated article's first full date on its line for
# the date to head the article: nothing, a label ("Published on:", "दिनांक:"),
# or a place and a comma (a dateline: "New Delhi, 5 March 2020:").
HEADING_LABEL = regex.compile(r"[ \t]*(?:[\p{L}\p{M}][\p{L}\p{M} .]{0,30}:[ \t]*)?\Z")
# What may follow it: the line's end, a dateline's end, a time of day ("| 07:27 PM IST").
HEADING_END = regex.compile(r"[ \t]*(?:$|[-–—:।|(]|,?[ \t]*\d{1,2}[:.]\d\d)", regex.MULTILINE)


def _heads_the_article(text: str, begin: int, expr: DateExpr) -> bool:
    """Does an undated article's first full date stand where an article's own
    date stands: near its top, alone on its line, after a label, or as a
    dateline? Elsewhere (a photo's caption, a bill's deadline) it is only a
    guess at when the article was written."""
    if expr.start - begin > DATELINE_REACH:
        return False
    line_start = text.rfind("\n", begin, expr.start) + 1 or begin
    before = text[line_start:expr.start]
    if HEADING_END.match(text, expr.end) is None:
        return False
    return HEADING_LABEL.match(before) is not None or DATELINE_PLACE.search(
        text[max(line_start - 1, begin):expr.start]) is not None


YEAR_LENT_REACH = 8  # words from a dated day to a yearless one of its clause that takes its year


def _guessed(text: str, dates: list[DateExpr], bounds: list[Sentence]) -> list[DateExpr]:
    """The dates of an article resolved against a guess at its day, those
    whose value depends on that day marked doubtful: relative ones ("on
    Monday", "last year"), and days without their year ("17 March") but one
    a dated day just before lends its year to, in the same clause ("on Wed,
    10 Dec 2020 and on Saturday (11 December)"; not "who took over on March
    2, 2022, had her last day on February 28")."""
    starts = [s.start for s in bounds]

    def sentence(expr: DateExpr) -> int:
        return bisect.bisect_right(starts, expr.start) - 1

    def lent_a_year(index: int) -> bool:
        day = dates[index]
        for at in range(index - 1, -1, -1):
            before = dates[at]
            if sentence(before) != sentence(day):
                return False
            if before.kind == "date" and before.year_given and before.value is not None:
                between = text[before.end : day.start]
                return not any(mark in between for mark in ",;:") and \
                    len(WORD.findall(between)) <= YEAR_LENT_REACH
        return False

    return [dataclasses.replace(d, year_doubtful=True)
            if d.kind in {"relative", "weekday"} or (not d.year_given and not lent_a_year(k)) else d
            for k, d in enumerate(dates)]


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
    return day if is_dateline(text, begin, first) else None


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
    first_full = _first_full_date(dates)
    if first_full is None:
        return ResolvedDates(doubt_years(text, dates, bounds, None), None, None)
    assert first_full.value is not None
    day = first_full.value.first
    dates = doubt_years(text, find_dates(text, begin, len(text), day, article.language, tokens,
                                         date_words=date_words), bounds, day)
    if _heads_the_article(text, begin, first_full):
        return ResolvedDates(dates, None, day)  # the article's own date, as a dateline gives it
    # Only a guess at the article's time: what is counted from it is a guess too.
    return ResolvedDates(_guessed(text, dates, bounds), first_full.value, None)


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
        timeline = Timeline(text, tokens, bounds, mentions, dates, knowledge, told_as_of, anchor, begin)
        ctx = ReadingContext(article, knowledge, tokens, bounds, mentions, dates, timeline)
        claims = [claim for read, options in readers for claim in read(ctx, options)]
    # the day the article is written, when known: an undated article's first full date is a guess
    told = article.date or told_as_of
    base = TimeValue.day(told) if told else None
    return Analysis(article, tokens, bounds, mentions, dates, claims, LineIndex(text), base, sounds)
