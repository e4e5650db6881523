"""Claims out: the claims read from an article as public records
(`ClaimRecord`), for `Report.claims` and `factcheck check --emit-claims`.

A record is built only when a run asks for claims (`factcheck.check(...,
claims=True)`); a run that does not pays nothing for them.

Each record gives what the reader saw (docs/claims.md, "Claims out"):
subject (a knowledge id), relation, value, time (pack form; a week is given
as the expression that names it, to resolve against reference_date),
reference_date (the article's date, or its first full date), language,
qualifier, scope, time_basis, value_certain, options (when the words leave
more than one), and where it is: path, article, start and end are the span
where its finding goes. Its evidence spans index the article's text: the
subject's name (for a claim whose span is its stated date, fact-date and
event-date, the cue that names the fact or event), the words that make it a
claim (the title, the party's name, the cue), the time expression with its
text, and why that time governs the claim, in words.

Whether it was checked against the knowledge, by this rule:

1. no enabled check judges the claim's relation (a check of a kind whose
   `uses` names it): not checked, "no enabled check judges <relation> claims";
2. such a check reported a finding at the claim's span (start, end):
   checked when one of those findings is not an info; when all are infos (a
   check's "cannot check ..."), not checked, with the first info's message;
3. no finding there, and the claim was read from another claim of its
   sentence (a counterpart) that such a check found wrong: not checked, as
   the check leaves it aside;
4. no finding there, and the claim has no time (unless it says 'former' in
   an article with a date, which is judged at that date): not checked, "the
   article gives no date for this claim";
5. otherwise checked: a check read it and found nothing against it. A
   check that stays silent when its knowledge cannot decide (membership
   does, except after the packs' knowledge ends) counts as having checked.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from typing import TYPE_CHECKING

from .claim_model import ClaimRecord, Evidence
from .claims import Claim, ClaimTime
from .knowledge import Knowledge

if TYPE_CHECKING:
    from .analysis import Analysis
    from .checks.base import Hit
    from .rules import Check

QUALIFIERS = frozenset({"former", "then", "counterpart"})
LANGUAGES = frozenset({"en", "hi"})
NO_DATE = "the article gives no date for this claim"
# Why a time governs, where ClaimTime.describe() does not say it.
BASIS = {
    "date": "the date of the claim's own clause, or one that opens its sentence",
    "relative": "counted from the article's date (or its first full date)",
    "carried": "the time of the previous sentence, which tells the same event",
    "nearby": "a date of another clause of the sentence (a guess)",
    "generic-event": "the date of an event a generic noun of the sentence may name (a guess)",
    "yearless": "a day written without its year, which the article gives in another year or "
                "beside another year, or counted from an undated article's first full date (a guess)",
}


def _time_spec(time: ClaimTime) -> str | None:
    value = time.value
    if value is None:
        return None
    if value.precision == "week":  # no pack form: the expression, to resolve against reference_date
        return time.expr.text if time.expr is not None else None
    return value.spec()


def _states_its_time(claim: Claim) -> bool:
    """Is the claim's span its stated time (fact-date, event-date), not a name?"""
    expr = claim.time.expr
    return expr is not None and (expr.start, expr.end) == claim.span


def why_time(claim: Claim, knowledge: Knowledge, dated: bool) -> str:
    """Why the claim's time governs it, in words; `dated`: does the article have a date?"""
    time = claim.time
    if time.value is None:
        return ("no time: the date of the claim's sentence could not be read" if dated
                else "no time: no date of the article governs the claim, and the article has no date")
    said = time.describe()
    if _states_its_time(claim):
        return f"{said}: the time the text states for it, beside its cue"
    if time.source in BASIS and (time.expr is not None or time.source != "carried"):
        said += ", " + BASIS[time.source]
    if time.source == "event" and time.event:
        said += f" ({knowledge.name(time.event)})"
    if time.scope == "before":
        said += "; the claim is about some time up to then (a past construction: 'under', 'appointed by')"
    return said


def to_record(claim: Claim, analysis: Analysis, knowledge: Knowledge) -> ClaimRecord:
    """The claim as a public record, with its evidence; checked and not_checked are left unset."""
    article, time, base = analysis.article, claim.time, analysis.base
    expr = time.expr
    name = claim.name or (claim.anchor if _states_its_time(claim) else claim.span)
    evidence = Evidence(
        name=name, title=claim.anchor,
        time=(expr.start, expr.end) if expr is not None else None,
        time_text=expr.text if expr is not None else None,
        why_time=why_time(claim, knowledge, base is not None),
    )
    return ClaimRecord(
        subject=claim.subject, relation=claim.relation, value=claim.value, time=_time_spec(time),
        reference_date=base.first if base is not None and base.precision == "day" else None,
        language=article.language if article.language in LANGUAGES else None,
        qualifier=claim.marker if claim.marker in QUALIFIERS else None,
        scope=time.scope, time_basis=time.source, value_certain=claim.office_certain,
        options=list(claim.options) if len(claim.options) > 1 else [],
        path=article.path, article=article.id, start=claim.span[0], end=claim.span[1],
        evidence=evidence,
    )


def judged(claim: Claim, analysis: Analysis, hits: Sequence[tuple[Check, Sequence[Hit]]]) -> str | None:
    """Why the claim was not checked (the module's rule), or None when it was."""
    judges = [found for check, found in hits if claim.relation in check.kind.uses]
    if not judges:
        return f"no enabled check judges {claim.relation} claims"
    start, end = claim.span
    here = [hit for found in judges for hit in found if (hit.start, hit.end) == (start, end)]
    if here:
        if any(hit.severity != "info" for hit in here):
            return None
        return here[0].message
    if claim.depends_on is not None and any(
            (hit.start, hit.end) == claim.depends_on and hit.severity != "info"
            for found in judges for hit in found):
        return "read from another claim of its sentence that was found wrong"
    if claim.time.value is None and not (claim.marker == "former" and analysis.base is not None):
        return NO_DATE
    return None


def records(analysis: Analysis, knowledge: Knowledge,
            hits: Sequence[tuple[Check, Sequence[Hit]]]) -> list[ClaimRecord]:
    """Every claim of the analysis as a record, in text order, each with
    whether the enabled checks (with the hits they gave) checked it."""
    made = []
    for claim in _in_text_order(analysis.claims):
        record = to_record(claim, analysis, knowledge)
        reason = judged(claim, analysis, hits)
        record.checked = reason is None
        record.not_checked = reason
        made.append(record)
    return made


def _in_text_order(claims: Iterable[Claim]) -> list[Claim]:
    return sorted(claims, key=lambda c: (c.span, c.relation, c.subject))


def as_json_lines(claims: Iterable[ClaimRecord]) -> str:
    """One record a line, as --emit-claims writes them."""
    return "".join(claim.model_dump_json(exclude_none=True) + "\n" for claim in claims)
