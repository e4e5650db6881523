"""office-holder: a title with a name, checked at the time the claim is about.

The claims come from factcheck.offices (which office a title means) and
factcheck.timing (which time the claim is about)."""

from __future__ import annotations

from collections.abc import Iterator

from pydantic import Field

from .. import offices
from ..analysis import Analysis
from ..claims import Claim
from ..knowledge import Knowledge
from .base import CheckContext, Hit, Options, RuleKind


class OfficeHolderOptions(Options):
    report_unknown_time: bool = Field(
        True, description="report an info when a claim has no time to check it at")


def written_name(analysis: Analysis, knowledge: Knowledge, person: str) -> str:
    """A person's name as this article would write it: as the article itself
    writes it elsewhere, else the packs' name in the article's script."""
    lang = analysis.article.language
    latin = lang != "hi"
    text = analysis.article.text
    seen = [text[m.start:m.end] for m in analysis.mentions
            if person in m.refs("person") and text[m.start:m.end].isascii() == latin]
    if seen:
        return max(seen, key=lambda name: (len(name.split()), len(name)))
    name = knowledge.name(person, lang)
    return name if name.isascii() == latin else knowledge.name(person, "en")


def _right_holder(claim: Claim, knowledge: Knowledge) -> tuple[str, str] | None:
    """(office, holder) for the office the claim should have named, when the
    title means one office."""
    time = claim.time.value
    assert time is not None
    if claim.value is None and len(claim.options) > 1:
        return None
    for office in claim.values:
        holders = knowledge.holders(office, time)
        if holders:
            return office, holders[-1].person
    return None


def _describe_time(claim: Claim) -> str:
    time = claim.time
    assert time.value is not None
    label = time.value.label()
    when = f"on {label}" if time.value.precision == "day" else f"in {label}"
    if time.expr is not None and time.source in {"relative", "carried"}:
        return f"{when}, read from '{time.expr.text}'"
    return when + {
        "event": ", the date of the event named in the same sentence",
        "carried": ", the date of the event the paragraph tells",
        "dateline": ", the article's date",
        "anchor": ", the first date the article gives",
    }.get(time.source, "")


def _office_words(claim: Claim, knowledge: Knowledge, analysis: Analysis) -> str:
    if claim.value is not None or len(claim.options) == 1:
        return knowledge.office_label(claim.values[0])
    title = analysis.article.text[claim.anchor[0] : claim.anchor[1]]
    return f"'{title}' (any of {len(claim.options)} offices)"


def _judge(claim: Claim, analysis: Analysis, ctx: CheckContext) -> Hit | None:
    knowledge = ctx.knowledge
    person = knowledge.name(claim.subject, "en")
    start, end = claim.span
    offices = claim.values
    ever = [o for o in offices if knowledge.tenures(claim.subject, o)]
    time = claim.time.value
    what = _office_words(claim, knowledge, analysis)
    if time is None:
        if not ever:
            return Hit(start, end, f"{person} never held the office of {what}")
        if ctx.options.report_unknown_time:
            return Hit(start, end, f"cannot check that {person} was {knowledge.office_label(ever[0])}: "
                                   "the article gives no date for this claim", severity="info")
        return None
    if claim.marker == "former":
        if any(knowledge.held(claim.subject, o, time) for o in offices):
            held = next(o for o in offices if knowledge.held(claim.subject, o, time))
            return Hit(start, end, f"{person} is called a former holder of {knowledge.office_label(held)} "
                                   f"but held it {_describe_time(claim)}")
        if not any(knowledge.held_by(claim.subject, o, time) for o in offices):
            office = (ever or list(offices))[0]
            detail = (f"first held it {knowledge.tenures(claim.subject, office)[0].label()}"
                      if ever else "never held that office")
            return Hit(start, end, f"{person} is called a former holder of {knowledge.office_label(office)} "
                                   f"but had not held it {_describe_time(claim)} ({detail})")
        return None
    if claim.marker == "then" and not claim.time.from_text:
        # No date for the event told: "the then X" claims only a tenure by the article's date.
        if any(knowledge.held_by(claim.subject, o, time) for o in offices):
            return None
        office = (ever or list(offices))[0]
        return Hit(start, end, f"{person} is called the then {knowledge.office_label(office)} but had "
                               f"not held that office by {time.label()}")
    if any(knowledge.held(claim.subject, o, time) for o in offices):
        return None
    right = _right_holder(claim, knowledge)
    if not all(knowledge.holders(o, time) for o in offices):
        # The packs know no holder then: they do not contradict the text.
        if ctx.options.report_unknown_time:
            return Hit(start, end, f"cannot check that {person} was {what} {_describe_time(claim)}: "
                                   "the packs know no holder of it then", severity="info")
        return None
    office = right[0] if right else (ever or list(offices))[0]
    when = _describe_time(claim)
    tenures = knowledge.tenures(claim.subject, office)
    if tenures:
        detail = f"held {', '.join(t.label() for t in tenures)}"
        successor = knowledge.successor(tenures[-1])
        if successor and tenures[-1].end and tenures[-1].end < time.first:
            detail += f"; then {knowledge.name(successor.person, 'en')}"
        what = knowledge.office_label(office)
    else:
        detail = "never held that office"
        if right:
            detail += f"; {knowledge.name(right[1], 'en')} held it then"
    return Hit(start, end, f"{person} was not {what} {when} ({detail})",
               suggestion=written_name(analysis, knowledge, right[1]) if right else None)


def check(analysis: Analysis, ctx: CheckContext) -> Iterator[Hit]:
    wrong: set[tuple[int, int]] = set()
    for claim in analysis.claims_of("holds-office"):
        if claim.depends_on is not None and claim.depends_on in wrong:
            continue  # a wrong title does not make its counterpart wrong too
        hit = _judge(claim, analysis, ctx)
        if hit is None:
            continue
        if hit.severity != "info":
            wrong.add(claim.span)
        yield hit


KIND = RuleKind(
    name="office-holder",
    summary="A title with a name whose holder, at the claim's time, was someone else.",
    explanation=(
        "Finds a title with a name ('Defence Minister Rajnath Singh', 'Union Home Minister "
        "Shri Amit Shah', 'Gujarat CM Vijay Rupani', 'गृह मंत्री अमित शाह', 'Rajnath Singh, "
        "India's Defence Minister', 'his Vietnamese counterpart X'). Title forms are built from "
        "each office's name with the lexicon (docs/rules.md, 'Titles'); a title qualified by a "
        "party, an organisation or a country the packs do not hold that office for makes no "
        "claim. The claim is checked at the time it is about: a date governing its clause, a "
        "date opening the sentence, an event's date, the date of the event the paragraph "
        "tells, the dateline, or the article's first full date. A wrong holder for that time, "
        "or a person who never held the office, is reported with the right holder. 'former "
        "X' claims the person held the office before that time and not at it; 'the then X' "
        "that they held it at the time of the event told (or, with no date for it, at some "
        "time before the article's date). A counterpart takes the role of a title in the "
        "same sentence, and is not checked when that title is itself wrong."
    ),
    default_severity="error",
    options=OfficeHolderOptions,
    check_article=check,
    reads=offices.read,
)
