"""office-holder: a title with a name, checked at the time the claim is about.

The claims come from factcheck.offices (which office a title means) and
factcheck.timing (which time the claim is about)."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable, Iterator

from .. import offices
from ..analysis import Analysis
from ..claims import Claim
from ..knowledge import DAWN, HANDOVER, HANDOVER_MARGIN, TENURES, Knowledge, Tenure
from ..model import KnowledgeRef
from ..timevalue import TimeValue
from ..timing import PLAN_HORIZON
from .base import CheckContext, Comparator, Hit, KnowledgeEnds, Options, RuleKind
from .options import option


class OfficeHolderOptions(Options):
    report_unknown_time: bool = option(
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


def _office_words(claim: Claim, knowledge: Knowledge, analysis: Analysis) -> str:
    if claim.value is not None or len(claim.options) == 1:
        return knowledge.office_label(claim.values[0])
    title = analysis.article.text[claim.anchor[0] : claim.anchor[1]]
    return f"'{title}' (any of {len(claim.options)} offices)"




def _covers(tenure: Tenure, time: TimeValue) -> bool:
    """Is the tenure known to hold the whole of the time? A start or end known
    only as a month or year is somewhere in it: "2009" to "2015" is known to
    hold from the end of 2009 to the start of 2015."""
    start, end = _known_span(tenure)
    return start <= time.first and (end is None or time.last <= end)


# A gap between two known tenures of an office up to this long is a vacancy, not a holder
# the packs lack.
VACANCY = dt.timedelta(days=31)


def _held_throughout(knowledge: Knowledge, tenure: Tenure, time: TimeValue) -> bool:
    """Did the tenure's holder hold its office through the whole of the time
    (in this tenure or the ones joined to it, a re-appointment), and is whoever
    held it within a hand-over's margin either side known? Only then is another
    name for the holder wrong: on a new holder's first days, the outgoing one,
    whom the packs may not know, is still named."""
    spans = sorted((_known_span(t) for t in knowledge.tenures(tenure.person, tenure.office)),
                   key=lambda span: span[0])
    runs: list[tuple[dt.date, dt.date | None]] = []  # the spans joined where one takes over from another
    for start, end in spans:
        if runs and (runs[-1][1] is None or start <= runs[-1][1] + HANDOVER):
            run_end = runs[-1][1]
            runs[-1] = (runs[-1][0], None if run_end is None or end is None else max(run_end, end))
        else:
            runs.append((start, end))
    run = next((r for r in runs if r[0] <= time.first and (r[1] is None or r[1] >= time.last)), None)
    if run is None:
        return False
    first, last = run
    window = time.widened(HANDOVER_MARGIN)
    others = [_known_span(t) for t in knowledge.tenures_by_office.get(tenure.office, ())
              if t.person != tenure.person]
    if first > window.first and not any(
            end is not None and first - VACANCY <= end <= first + HANDOVER_MARGIN for _, end in others):
        return False  # who held it just before is unknown: perhaps the person named
    # and if who held it just after is unknown, the person named may be them
    return last is None or last >= window.last or any(
        last - HANDOVER_MARGIN <= start <= last + VACANCY for start, _ in others)


def _known_span(tenure: Tenure) -> tuple[dt.date, dt.date | None]:
    """The days the tenure is known to hold: a start or end known only as a
    month or year is somewhere in it; None: no end known."""
    started, ended = tenure.started, tenure.ended
    start = started.last if started is not None and started.precision != "day" else tenure.start
    end = tenure.known_until if ended is None else ended.first if ended.precision != "day" else ended.last
    return start or DAWN, end


def refs(tenures: Iterable[Tenure]) -> tuple[KnowledgeRef, ...]:
    """The pack records of these tenures, each once, in order."""
    return tuple(dict.fromkeys(ref for t in tenures if (ref := t.ref()) is not None))


def _cannot_check(claim: Claim, ctx: CheckContext, message: str,
                  knowledge: tuple[KnowledgeRef, ...] = ()) -> Hit | None:
    if not ctx.options.report_unknown_time:
        return None
    start, end = claim.span
    return Hit(start, end, message, severity="info", knowledge=knowledge)


def _judge(claim: Claim, analysis: Analysis, ctx: CheckContext) -> Hit | None:
    """An error only when every part of the reading is certain and the
    knowledge gives positive evidence against it; an info when it cannot be
    checked; nothing when it is right."""
    knowledge = ctx.knowledge
    person = knowledge.name(claim.subject, "en")
    start, end = claim.span
    offices = claim.values
    ever = [o for o in offices if knowledge.tenures(claim.subject, o)]
    what = _office_words(claim, knowledge, analysis)
    single = claim.value if claim.value is not None else (offices[0] if len(offices) == 1 else None)
    time = claim.time.value
    if claim.marker == "former":
        return _judge_former(claim, analysis, ctx, single)
    if time is None:
        if ever:
            return _cannot_check(claim, ctx, f"cannot check that {person} was "
                                             f"{knowledge.office_label(ever[0])}: the article gives "
                                             "no date for this claim")
        return _cannot_check(claim, ctx, f"cannot check that {person} was {what}: the article gives "
                                         "no date for this claim and the packs know no tenure of theirs")
    if claim.time.scope == "before" or (claim.marker == "then" and not claim.time.from_text):
        # About some time up to `time`: right if the person held the office by then.
        if any(knowledge.held_by(claim.subject, o, time) for o in offices):
            return None
        return _cannot_check(claim, ctx, f"cannot confirm that {person} was {what} at some time "
                                         f"before {time.label()}: the packs know no such tenure")
    if any(knowledge.held_near(claim.subject, o, time) for o in offices):
        return None
    if not all(knowledge.holders(o, time) for o in offices):
        return _cannot_check(claim, ctx, f"cannot check that {person} was {what} "
                                         f"{claim.time.describe()}: the packs know no holder of it then")
    doubt = _doubt(claim, knowledge, single, analysis.base)
    if doubt:
        return _cannot_check(claim, ctx, f"cannot check that {person} was {what} "
                                         f"{claim.time.describe()}: {doubt}")
    assert single is not None
    holders = [t for t in knowledge.holders(single, time) if _held_throughout(knowledge, t, time)]
    if not holders:
        open_ended = [t for t in knowledge.holders(single, time) if t.known_until]
        ends = [t.known_until for t in open_ended if t.known_until]
        why = (f"the packs' knowledge of it ends {max(ends).isoformat()}" if ends
               else "the office changed hands then")
        return _cannot_check(claim, ctx, f"cannot check that {person} was {what} "
                                         f"{claim.time.describe()}: {why}", refs(open_ended))
    right = holders[-1].person
    what = knowledge.office_label(single)
    tenures = knowledge.tenures(claim.subject, single)
    if tenures:
        detail = f"held {', '.join(t.label() for t in tenures)}"
        successor = knowledge.successor(tenures[-1])
        if successor and tenures[-1].end and tenures[-1].end < time.first:
            detail += f"; then {knowledge.name(successor.person, 'en')}"
    else:
        detail = f"{knowledge.name(right, 'en')} held it then"
    return Hit(start, end, f"{person} was not {what} {claim.time.describe()} ({detail})",
               suggestion=written_name(analysis, knowledge, right), knowledge=refs([holders[-1], *tenures]))


def _doubt(claim: Claim, knowledge: Knowledge, single: str | None, base: TimeValue | None) -> str | None:
    """Why a reading is a guess, or None when every part of it is certain."""
    if single is None:
        return "the title may mean several offices"
    if not claim.office_certain:
        return "the title does not say whose office it is"
    if not claim.time.certain:
        return f"the time is a guess ({_time_basis(claim, base)})"
    time = claim.time.value
    if time is not None and base is not None and time.first - base.last > PLAN_HORIZON:
        return "the time is well after the article's (a plan or a target, not a tenure)"
    if knowledge.several_holders(single):
        return "the office has several holders at once, and the packs may not know them all"
    return None


def _time_basis(claim: Claim, base: TimeValue | None) -> str:
    if claim.time.source == "anchor" or (claim.time.source == "yearless" and base is None):
        return "counted from the first date the article gives, not known to be its own"
    return {
        "nearby": "a date of another clause of the sentence",
        "carried": "the date of the previous sentence",
        "generic-event": "the date of an event a generic noun may name",
        "yearless": "a day written without its year, beside another year",
    }.get(claim.time.source, claim.time.source)


def _judge_former(claim: Claim, analysis: Analysis, ctx: CheckContext, single: str | None) -> Hit | None:
    """'former', 'ex-', 'पूर्व' describe the person when the article is written:
    wrong only if they held the office then, well inside a tenure."""
    knowledge = ctx.knowledge
    person = knowledge.name(claim.subject, "en")
    start, end = claim.span
    base = analysis.base
    if base is None:
        return None
    offices = claim.values
    if any(knowledge.held_by(claim.subject, o, base) for o in offices):
        if single is None or not claim.office_certain:
            return None
        window = base.widened(HANDOVER_MARGIN)
        covering = [t for t in knowledge.tenures(claim.subject, single) if _covers(t, window)]
        if covering:
            when = "on " + base.label() if base.precision == "day" else "in " + base.label()
            return Hit(start, end, f"{person} is called a former holder of "
                                   f"{knowledge.office_label(single)} but held it {when}, when the "
                                   "article was written", knowledge=refs(covering[:1]))
        return None
    what = _office_words(claim, knowledge, analysis)
    return _cannot_check(claim, ctx, f"cannot confirm that {person} once was {what}: the packs know "
                                     "no tenure of theirs before the article's date")


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


def _record(claim: Claim, knowledge: Knowledge) -> tuple[str, str, TimeValue] | None:
    """An office, its holder and the time: only a claim certain of all three."""
    time = claim.time.value
    certain = claim.office_certain and claim.time.certain and claim.time.scope == "at"
    if time is None or not claim.value or not certain or claim.marker in {"former", "then"}:
        return None
    return claim.value, claim.subject, time


def _decided(knowledge: Knowledge, office: str) -> bool:
    return bool(knowledge.tenures_by_office.get(office))


def _held(knowledge: Knowledge, office: str, person: str, time: TimeValue) -> bool:
    return knowledge.held_near(person, office, time)


def _handover(knowledge: Knowledge, office: str, person: str, time: TimeValue) -> str:
    starts = [t.started for t in knowledge.tenures(person, office) if t.started and t.overlaps(time)]
    return starts[0].label() if starts else ""


def _label(knowledge: Knowledge, office: str) -> str:
    return knowledge.office_label(office)


def _evidence(knowledge: Knowledge, office: str, person: str, time: TimeValue) -> tuple[KnowledgeRef, ...]:
    """The person's tenures of the office at the time, within a handover's margin."""
    window = time.widened(HANDOVER_MARGIN)
    return refs(t for t in knowledge.tenures(person, office) if t.overlaps(window))


def _knowledge_ends(knowledge: Knowledge, office: str, time: TimeValue) -> KnowledgeEnds | None:
    """No tenure known to cover the time, and open ones known only up to before its end."""
    holders = knowledge.holders(office, time)
    if any(_covers(t, time) for t in holders):
        return None
    open_ended = [t for t in holders if t.known_until and t.known_until < time.last]
    if not open_ended:
        return None
    return KnowledgeEnds(max(t.known_until for t in open_ended if t.known_until), refs(open_ended))


HOLDERS = Comparator("holds-office", "holder", _record, merge_into="office-holder", subject_label=_label,
                     decided=_decided, held=_held, handover=_handover, evidence=_evidence,
                     knowledge_ends=_knowledge_ends)


KIND = RuleKind(
    name="office-holder",
    summary="A title with a name whose holder, at the claim's time, was someone else.",
    explanation=(
        "Finds a title with a name ('Defence Minister Rajnath Singh', 'Union Home Minister "
        "Shri Amit Shah', 'Gujarat CM Vijay Rupani', 'गृह मंत्री अमित शाह', 'Rajnath Singh, "
        "India's Defence Minister', 'his Vietnamese counterpart X'). Title forms are built from "
        "each office's name with the lexicon (docs/rules.md, 'Titles'); a title qualified by a "
        "party, an organisation or a country the packs do not hold that office for makes no "
        "claim, nor does an organisation's post ('BJP national president'), a lower rank's "
        "title ('Deputy Army Chief', 'उप थल सेनाध्यक्ष'), or a title said of a name before it "
        "('A is External Affairs Minister, B gets Finance': not B's), nor a name followed by 'of the' "
        "and a body ('Chief Justice X of the Delhi High Court'). A state's title that does not "
        "name the state ('Deputy Chief Minister X', 'In Delhi, Chief Minister X') is certain only "
        "for someone who held that state's office; a bare title before another country's "
        "national ('Prime Minister Nguyen Xuan Phuc' in Indian copy) is read as that country's "
        "office with the same role, a guess (at most an info); so is a national portfolio "
        "('the Finance Minister') given to someone known only as a state's minister, in an "
        "article naming that state, unless the title says 'Union'. The claim is "
        "checked at the time it is about: a date governing its clause, a date opening the "
        "sentence, a named event's date, or the article's date for the present; a past "
        "construction ('under Prime Minister X', 'appointed by President X', 'As Defence "
        "Minister, X visited ...', 'रक्षा मंत्री X थे', 'at the time', 'X then ...', 'X before him', "
        "'X (2014-17)', a span of years gone by, a Hindi past perfect 'X ने ... की थी', a government "
        "gone by ('in the previous government', 'पिछली सरकार में'), a rank among the office's "
        "holders ('India's 14th Prime Minister X', 'the first woman Defence Minister X'), a memory "
        "('recalled how Defence Minister X would ...'), a past perfect not the person's own verb "
        "('Sarma had quit after falling out with Chief Minister X'), 'X once tweeted', a Hindi "
        "habitual or pluperfect past ('X भाषण देती थीं', 'X यात्रा पर गए थे'), a cleft "
        "('It was Defence Minister X who ...'), a year the name owns ('X's 2018 visit'), an "
        "archive photograph's caption ('File photo:', 'फाइल फोटो')) is about some "
        "time before the article; a title a verb follows after 'the' ('The Prime Minister was A, "
        "the Defence Minister was B') is that verb's subject, not A's; a correction notice ('An "
        "earlier version wrongly said ...') "
        "makes no claim, nor does a title the person holds when the article is written, in a "
        "sentence about an earlier time that names the office they held then ('Prime Minister "
        "Modi, then Gujarat's chief minister, laid it in 2013'). "
        "An error needs every part certain (the office's country "
        "said or the home country's, the time the claim's own) and positive evidence: someone "
        "else held that one-holder office throughout the time, a week's margin either side "
        "(a tenure's start or end known only as a year or month is somewhere in it). "
        "Otherwise the claim is at most an info: a missing tenure is no proof. A title someone "
        "is named to ('incoming', 'newly appointed', 'new', 'नवनियुक्त') makes no claim. 'former X' "
        "claims the person did not hold the office when the article was written; 'the then "
        "X' that they held it at the time of the event told, as does a title coordinated with such "
        "a title ('the then Foreign Minister A and Defence Minister B', 'तत्कालीन ... A और ... B'). "
        "A counterpart takes the role of "
        "a title in the same sentence, and is not checked when that title is itself wrong."
    ),
    default_severity="error",
    options=OfficeHolderOptions,
    check_article=check,
    reads=offices.read,
    produces=("holds-office",),
    uses=("holds-office",),
    sections=(TENURES,),
    compares=(HOLDERS,),
)
