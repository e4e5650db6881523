"""date: a weekday contradicting its date; an event dated against what is known."""

from __future__ import annotations

from collections.abc import Iterator

from ..analysis import Analysis
from ..dates import WEEKDAYS
from .base import CheckContext, Hit, Options, RuleKind
from .fact import agrees

_WEEKDAY_NAMES = {
    "en": ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"],
    "hi": ["सोमवार", "मंगलवार", "बुधवार", "गुरुवार", "शुक्रवार", "शनिवार", "रविवार"],
}


def _weekdays(analysis: Analysis) -> Iterator[Hit]:
    for expr in analysis.dates:
        if expr.kind != "date" or expr.weekday is None or expr.value is None:
            continue
        actual = expr.value.first.weekday()
        if actual == expr.weekday:
            continue
        word = next(w for w in expr.text.replace(",", " ").split() if w.lower() in WEEKDAYS)
        names = _WEEKDAY_NAMES["hi" if not word.isascii() else "en"]
        right = names[actual]
        yield Hit(
            expr.start, expr.end,
            f"{expr.value.first.isoformat()} was a {_WEEKDAY_NAMES['en'][actual]}, "
            f"not a {_WEEKDAY_NAMES['en'][expr.weekday]}",
            suggestion=expr.text.replace(word, right, 1),
        )


def _events(analysis: Analysis, ctx: CheckContext) -> Iterator[Hit]:
    knowledge = ctx.knowledge
    claims = [c for c in analysis.value_claims if c.kind == "event" and c.expr.value]
    for claim in claims:
        stated = claim.expr.value
        assert stated is not None
        for ref in claim.refs:
            known = knowledge.event_date(ref)
            source = "the pack"
            if known is None:
                explicit = [c for c in claims if ref in c.refs and c.expr.kind != "relative"]
                if not explicit or claim.expr.kind != "relative":
                    continue
                known, source = explicit[0].expr.value, f"'{explicit[0].expr.text}' in this article"
            assert known is not None
            if agrees(known, stated):
                continue
            how = f" ('{claim.expr.text}' read as {stated.label()})" if claim.expr.kind == "relative" else ""
            yield Hit(
                claim.expr.start, claim.expr.end,
                f"{knowledge.name(ref)} was {known.label()} according to {source}, "
                f"but the text dates it {stated.label()}{how}",
                suggestion=known.label() if claim.expr.kind != "relative" else None,
            )
            break


def check(analysis: Analysis, ctx: CheckContext) -> Iterator[Hit]:
    yield from _weekdays(analysis)
    yield from _events(analysis, ctx)


KIND = RuleKind(
    name="date",
    summary="A weekday that contradicts its date, or an event dated against what is known.",
    explanation=(
        "Reports an explicit weekday that is not the weekday of its date ('Wednesday, 10 "
        "December 2020' was a Thursday). Reports a date or relative expression ('last "
        "month', 'in March last year', resolved against the dateline) attached to a known "
        "event when it does not agree with the event's date in the pack, or with an explicit "
        "date the same article gives that event. Year ranges such as 2015-20 are ranges."
    ),
    default_severity="error",
    options=Options,
    check_article=check,
)
