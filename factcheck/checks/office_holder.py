"""office-holder: a title with a name, checked at the time the claim is about."""

from __future__ import annotations

from collections.abc import Iterator

from pydantic import Field

from ..analysis import Analysis
from ..claims import OfficeClaim
from .base import CheckContext, Hit, Options, RuleKind


class OfficeHolderOptions(Options):
    report_unknown_time: bool = Field(
        True, description="report an info when a claim has no time to check it at")


def _right_holder(claim: OfficeClaim, ctx: CheckContext, lang: str) -> tuple[str, str] | None:
    """(office, holder's name) for the office the claim should have named."""
    knowledge = ctx.knowledge
    time = claim.time.value
    assert time is not None
    for office in [claim.office] if claim.office else list(claim.candidates):
        holders = knowledge.holders(office, time)
        if holders:
            return office, knowledge.name(holders[-1].person, lang)
    return None


def _describe_time(claim: OfficeClaim) -> str:
    time = claim.time
    assert time.value is not None
    label = time.value.label()
    when = f"on {label}" if time.value.precision == "day" else f"in {label}"
    if time.expr is not None and time.source == "relative":
        return f"{when}, read from '{time.expr.text}'"
    return when + {
        "event": ", the date of the event named in the same sentence",
        "dateline": ", the article's date",
        "anchor": ", the first date the article gives",
    }.get(time.source, "")


def check(analysis: Analysis, ctx: CheckContext) -> Iterator[Hit]:
    knowledge = ctx.knowledge
    lang = analysis.article.language
    for claim in analysis.office_claims:
        person = knowledge.name(claim.person, "en")
        mention = claim.person_mention
        offices = [claim.office] if claim.office else list(claim.candidates)
        ever = [o for o in offices if knowledge.tenures(claim.person, o)]
        time = claim.time.value
        if time is None:
            if not ever:
                office = offices[0]
                yield Hit(mention.start, mention.end,
                          f"{person} never held the office of {knowledge.office_label(office)}")
            elif ctx.options.report_unknown_time:
                yield Hit(mention.start, mention.end,
                          f"cannot check that {person} was {knowledge.office_label(ever[0])}: "
                          "the article gives no date for this claim", severity="info")
            continue
        if claim.former:
            if not any(knowledge.held_by(claim.person, o, time) for o in offices):
                office = (ever or offices)[0]
                detail = (f"first held it {knowledge.tenures(claim.person, office)[0].label()}"
                          if ever else "never held that office")
                yield Hit(mention.start, mention.end,
                          f"{person} is called a former holder of {knowledge.office_label(office)} "
                          f"but had not held it {_describe_time(claim)} ({detail})")
            continue
        if any(knowledge.held(claim.person, o, time) for o in offices):
            continue
        right = _right_holder(claim, ctx, lang)
        office = right[0] if right else offices[0]
        when = _describe_time(claim)
        tenures = knowledge.tenures(claim.person, office)
        if tenures:
            spans = ", ".join(t.label() for t in tenures)
            detail = f"held {spans}"
            successor = knowledge.successor(tenures[-1])
            if successor and tenures[-1].end and tenures[-1].end < time.first:
                detail += f"; then {knowledge.name(successor.person, 'en')}"
        else:
            detail = "never held that office"
            if right:
                holder = knowledge.holders(office, time)[-1].person
                detail += f"; {knowledge.name(holder, 'en')} held it then"
        yield Hit(
            mention.start, mention.end,
            f"{person} was not {knowledge.office_label(office)} {when} ({detail})",
            suggestion=right[1] if right else None,
        )


KIND = RuleKind(
    name="office-holder",
    summary="A title with a name whose holder, at the claim's time, was someone else.",
    explanation=(
        "Finds a title followed by a name ('Defence Minister Rajnath Singh', 'Vietnam's "
        "Minister of National Defence X', 'his Vietnamese counterpart X') and checks the "
        "pack's tenures at the time the claim is about: a date in the same sentence, a "
        "relative date or weekday resolved against the dateline, a dated event named in the "
        "sentence, the dateline, or the article's first full date. A wrong holder for that "
        "time, or a person who never held the office, is reported with the right holder. "
        "A title marked as past by a word of the lexicon's 'former' list ('former Prime "
        "Minister Manmohan Singh', 'पूर्व प्रधानमंत्री') claims only that the person held the "
        "office before that time."
    ),
    default_severity="error",
    options=OfficeHolderOptions,
    check_article=check,
)
