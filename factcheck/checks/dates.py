"""date: a weekday contradicting its date; an event dated against what is known."""

from __future__ import annotations

from collections.abc import Iterator

import regex

from .. import framing
from ..analysis import Analysis
from ..dates import DateWords
from ..text import WORD
from ..timevalue import agrees
from .base import CheckContext, Hit, Options, RuleKind


def _written_like(word: str, weekday: int, names: DateWords) -> str:
    """The weekday's name as the text wrote the wrong one: Hindi, English in
    full or short ("Tues" → "Wed"), in capitals or not."""
    if not word.isascii():
        return names.weekday_names[("hi", weekday)]
    name = names.weekday_names[("en", weekday)]
    if len(word) < len("Monday"):
        name = name[:3]
    return name.upper() if word.isupper() else name


INFERRED_YEAR_REACH = 183  # days: a weekday is checked against a date whose year is inferred only this close


# Words that join weekdays or days in a list: "on Thursday and Friday, April 21 and 22".
LIST_JOINERS = frozenset({"and", "or", "to", "through", "&", "और", "व", "या", "से", "तथा", "एवं"})
DAY_LISTED = regex.compile(r"\s*(?:,|and|&|और|व|-|–|to)\s*\d{1,2}(?!\d)")  # ", 22", not ",\n1986"
LIST_REACH = 24  # characters either side looked at for the list's other weekday or day


def _in_a_list(text: str, weekday_start: int, date_end: int, names: DateWords) -> bool:
    """Is the weekday the last of weekdays listed before the date, or the date
    the first of days listed after it? Which weekday is which day's is then
    unclear ("on Thursday and Friday, April 21 and 22")."""
    before = WORD.findall(text, max(0, weekday_start - LIST_REACH), weekday_start)
    if len(before) >= 2 and before[-2].lower() in names.weekdays and (
            before[-1].lower() in LIST_JOINERS):
        return True
    gap = text[max(0, weekday_start - 3) : weekday_start]
    if before and before[-1].lower() in names.weekdays and gap.strip() in {"-", "–", ",", "/"}:
        return True
    after = text[date_end : date_end + LIST_REACH]
    return DAY_LISTED.match(after) is not None


def _weekdays(analysis: Analysis, names: DateWords) -> Iterator[Hit]:
    base = analysis.base
    reported: list[tuple[int, int]] | None = None  # worked out at the first wrong weekday
    for expr in analysis.dates:
        if (expr.kind != "date" or expr.weekday is None or expr.value is None
                or expr.value.precision != "day"):
            continue  # "March 2020 (Mon)" names no one day to check the weekday against
        if not expr.year_given and (
                expr.year_doubtful or (base is not None
                                       and abs((expr.value.first - base.first).days) > INFERRED_YEAR_REACH)):
            continue  # "Tuesday, March 3" far from the dateline: which year is meant is unclear (an
            # undated article's yearless day is checked only beside a year of its sentence: analysis.py)
        actual = expr.value.first.weekday()
        if actual == expr.weekday:
            continue
        word = next((w for w in WORD.finditer(expr.text) if w.group().lower() in names.weekdays), None)
        if word is None or _in_a_list(analysis.article.text, expr.start + word.start(), expr.end, names):
            continue
        if reported is None:
            reported = framing.reported_spans(analysis.article.text, analysis.sentences)
        if framing.within(reported, expr.start, expr.end):
            continue  # a forward the article quotes to refute: "It reads: 'On Monday, 8 November ...'"
        sentence = next((s for s in analysis.sentences if s.start <= expr.start < s.end), None)
        if sentence is not None and framing.corrects(analysis.article.text, sentence):
            continue  # "Correction: An earlier version misstated the day as Tuesday, October 3"
        yield Hit(
            expr.start + word.start(), expr.start + word.end(),
            f"{expr.value.first.isoformat()} was a {names.weekday_names[('en', actual)]}, "
            f"not a {names.weekday_names[('en', expr.weekday)]}",
            suggestion=_written_like(word.group(), actual, names),
        )


def _events(analysis: Analysis, ctx: CheckContext) -> Iterator[Hit]:
    knowledge = ctx.knowledge
    claims = [c for c in analysis.claims_of("event-date") if c.time.expr is not None]
    for claim in claims:
        stated, expr = claim.time.value, claim.time.expr
        assert stated is not None and expr is not None
        for ref in claim.options:
            known = knowledge.event_date(ref)
            source = "the pack"
            record = knowledge.record_ref(ref, "event") if known is not None else None
            if known is None:
                explicit = [c.time for c in claims if ref in c.options and c.time.source != "relative"]
                if not explicit or claim.time.source != "relative" or explicit[0].expr is None:
                    continue
                known, source = explicit[0].value, f"'{explicit[0].expr.text}' in this article"
            assert known is not None
            if agrees(known, stated):
                continue
            how = f" ('{expr.text}' read as {stated.label()})" if claim.time.source == "relative" else ""
            yield Hit(
                expr.start, expr.end,
                f"{knowledge.name(ref)} was {known.label()} according to {source}, "
                f"but the text dates it {stated.label()}{how}",
                suggestion=known.label() if claim.time.source != "relative" else None,
                knowledge=(record,) if record is not None else (),
            )
            break


def check(analysis: Analysis, ctx: CheckContext) -> Iterator[Hit]:
    yield from _weekdays(analysis, ctx.knowledge.date_words)
    yield from _events(analysis, ctx)


KIND = RuleKind(
    name="date",
    summary="A weekday that contradicts its date, or an event dated against what is known.",
    explanation=(
        "Reports an explicit weekday that is not the weekday of its date ('Wednesday, 10 "
        "December 2020' was a Thursday), at the weekday, with the right one as the "
        "suggestion; a short weekday ('Tue', 'Sat') is read only right before its date or in "
        "brackets beside it. A date written without its year takes the dateline's, and its "
        "weekday is checked only within half a year of the dateline and when its sentence "
        "does not open with another year ('In 2014, Modi took oath on a Monday, May 26') or give "
        "another year's day before it ('on Monday, May 11, 1998, and on Wednesday, May 13'). "
        "Weekdays listed before days listed ('on Thursday and Friday, April 21 and 22') are "
        "not paired. "
        "Reports a date or relative expression ('last "
        "month', 'in March last year', resolved against the dateline) attached to a known "
        "event when it does not agree with the event's date in the pack, or with an explicit "
        "date the same article gives that event. Year ranges such as 2015-20 are ranges."
    ),
    default_severity="error",
    options=Options,
    check_article=check,
    uses=("event-date",),
)
