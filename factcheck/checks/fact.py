"""fact: a year or date given for a known fact that differs from the pack."""

from __future__ import annotations

from collections.abc import Iterator

from ..analysis import Analysis
from ..timevalue import TimeValue
from .base import CheckContext, Hit, Options, RuleKind


def agrees(known: TimeValue, stated: TimeValue) -> bool:
    """A range must be stated as that range; anything else need only overlap."""
    if known.precision == "range" or stated.precision == "range":
        return (known.first.year, known.last.year) == (stated.first.year, stated.last.year)
    return known.overlaps(stated)


def _written_like(stated: str, known: TimeValue, kind: str) -> str:
    if kind == "year" or known.precision == "year":
        return str(known.first.year)
    if known.precision == "range" and kind == "range":
        return f"{known.first.year}-{known.last.year % 100:02d}"
    return known.label()


def check(analysis: Analysis, ctx: CheckContext) -> Iterator[Hit]:
    knowledge = ctx.knowledge
    for claim in analysis.value_claims:
        if claim.kind != "fact" or claim.expr.value is None:
            continue
        facts = [knowledge.facts[ref] for ref in claim.refs]
        stated = claim.expr.value
        if any(agrees(fact.value, stated) for fact in facts):
            continue
        fact = min(facts, key=lambda f: abs(f.value.first.year - stated.first.year))
        what = fact.description or claim.mention.text
        relative = f" ('{claim.expr.text}' read as {stated.label()})" if claim.expr.kind == "relative" else ""
        yield Hit(
            claim.expr.start, claim.expr.end,
            f"{what}: the pack gives {fact.value.label()}, the text says {stated.label()}{relative}",
            suggestion=_written_like(claim.expr.text, fact.value, claim.expr.kind),
        )


KIND = RuleKind(
    name="fact",
    summary="A year or date given for a known fact that differs from the pack's value.",
    explanation=(
        "A fact has a value (a year, month, day or range of years) and cue phrases per "
        "language. When a date expression stands next to a cue in the same sentence "
        "('became Comprehensive Strategic Partners in 2015'), it must agree with the "
        "value. The longest cue wins, so 'Comprehensive Strategic Partnership' is never "
        "read as 'Strategic Partnership'. Facts sharing a cue (Joint Vision Statement "
        "2015-20 and 2021-25) accept the value of any of them."
    ),
    default_severity="error",
    options=Options,
    check_article=check,
)
