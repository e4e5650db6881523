"""fact: a year or date given for a known fact that differs from the pack.

Its reader also gives the dates the text attaches to named events, which
the date check compares with the events' known dates."""

from __future__ import annotations

import bisect
from collections.abc import Iterator

import regex

from ..analysis import Analysis
from ..claims import Claim, ClaimTime, ReadingContext
from ..dates import DateExpr
from ..knowledge import FACTS, Knowledge
from ..mentions import Mention
from ..model import KnowledgeRef
from ..text import WORD, Sentence, name_key
from ..timevalue import TimeValue, agrees
from ..timing import DETERMINERS
from .base import CheckContext, Comparator, Hit, Options, RuleKind

ATTACH_REACH = 12  # tokens between a cue or event and the date given for it
# A year a plan looks to is not the time of a fact: "a vision towards 2030", "by
# 2030", "2030 तक", "2030 की ओर".
HORIZON_BEFORE = frozenset({"towards", "toward", "by", "till", "until", "through", "beyond"})
HORIZON_AFTER = frozenset({"तक"})
HORIZON_AFTER_की = frozenset({"ओर", "तरफ़", "तरफ"})


# Words that put a time between a date and a fact: "In 2017, India and Vietnam
# marked ten years as strategic partners", "the 2016 upgrade came nine years after
# ...", "... a decade ago, celebrated the anniversary in 2017", "दस साल पूरे".
OFFSET_WORDS = frozenset({"year", "years", "decade", "decades", "month", "months", "anniversary",
                          "jubilee", "turn", "turns", "turned", "turning", "साल", "सालों", "वर्ष", "वर्षों",
                          "दशक", "दशकों", "महीने", "महीनों", "वर्षगांठ", "सालगिरह"})
YEAR_WORDS = frozenset({"year", "साल", "वर्ष", "सन"})  # "in the year 2016", "वर्ष 2016 में": the date's own


# The last words of a time counted from another ("nine years before", "नौ साल
# पहले"), where "last month" or "पिछले साल" count from the dateline.
OFFSET_ENDS = frozenset({"ago", "before", "earlier", "later", "after", "back", "पहले", "बाद", "पूर्व"})


def _offset(text: str) -> bool:
    words = WORD.findall(text)
    return bool(words) and words[-1].lower() in OFFSET_ENDS


# A comma or semicolon and a conjunction: a date before it is another clause's
# ("Ties were established in 1972, and the Joint Vision ... was adopted later").
CLAUSE_JOIN = regex.compile(r"[,;]\s*(?:and|but|while|whereas|और|लेकिन|जबकि|पर)\b")
AFTER_CUE = 5  # words after a cue where a span of time said voids a date before it
# A wire dateline's day opening a line ("New Delhi [India], December 19 (ANI):",
# "HANOI, Dec 31 (Reuters) -"): the day the story was filed, no event's.
DATELINE_BEFORE = regex.compile(r"\A[ \t]*[\p{L}\p{M}][\p{L}\p{M}\[\]().'’ -]{0,50},[ \t]*\Z")
DATELINE_AFTER = regex.compile(r"[ \t]*(?:\([\p{L}\p{M}][\p{L}\p{M} ./&-]{0,30}\)[ \t]*)?[-–—:।]")


def _between(keys: list[str], anchor_first: int, anchor_last: int, first: int, last: int) -> list[str]:
    """The words between a cue and a date, with "year" just before the date
    ("in the year 2016") left out, and a date before its cue taking the
    AFTER_CUE words after it too ("2017 में ... साझेदारी के दस साल", "in 1972,
    and the Joint Vision ... was adopted 48 years later")."""
    if first >= anchor_last:
        words = keys[anchor_last:first]
        if words[-1:] and words[-1] in YEAR_WORDS:
            words = words[:-1]
        if last < len(keys) and "\u0900" <= keys[last][:1] <= "\u097f":
            # Hindi puts the span after the date: "साझेदारी 2026 में दस वर्ष की हो जाएगी"
            words = words + keys[last : last + AFTER_CUE]
        return words
    return keys[last:anchor_first] + keys[anchor_last : anchor_last + AFTER_CUE]


# Words before a fact's cue that make it part of another thing's name, which a
# date near it may be of: "a plan of action for the comprehensive strategic
# partnership (2024-2028)", "signed in 2020 to implement the ... partnership";
# and words after it, in Hindi: "साझेदारी के लिए कार्ययोजना", "साझेदारी के तहत".
NAMED_BY_BEFORE = frozenset({"for", "implement", "implementing", "implementation", "under"})
NAMED_BY_AFTER = (("के", "लिए"), ("के", "तहत"), ("को", "लागू"), ("के", "क्रियान्वयन"))


def _another_country(ctx: ReadingContext, anchor: Mention) -> bool:
    """Does the cue's sentence name a country none of its facts is about ("Vietnam
    signed its first strategic partnership, with Russia", "Japan and Vietnam
    agreed ...")? Then the cue may be that country's partnership, not the facts'."""
    knowledge = ctx.knowledge
    sentence = ctx.sentence_of(anchor.start)
    subjects = {s for t in anchor.targets if t.kind == "fact" for s in knowledge.facts[t.ref].subjects}
    if sentence is None or not subjects:
        return False
    theirs = {name_key(n) for s in subjects if s in knowledge.entities
              for group in (knowledge.entities[s].names, knowledge.entities[s].aliases,
                            knowledge.entities[s].demonyms) for names in group.values() for n in names}
    others = knowledge.country_name_keys - theirs
    keys = ctx.keys_of(sentence)
    return any(tuple(keys[i : i + width]) in others for i in range(len(keys)) for width in (1, 2, 3))


def _named_by_another(keys: list[str], first: int, last: int) -> bool:
    """Is the fact's cue (tokens first to last) named as what another thing is for or under?"""
    index = first - 1
    while index >= 0 and keys[index] in {"the", "a", "an", "its", "their", "our", "this"}:
        index -= 1
    return (index >= 0 and keys[index] in NAMED_BY_BEFORE) or tuple(keys[last : last + 2]) in NAMED_BY_AFTER


# Before an event's name, words that make it one of a series, not the event the packs know
# ("the first ADMM-Plus meeting", "पहली एडीएमएम-प्लस बैठक", "the 10th summit", "हर साल की बैठक").
SERIES_INSTANCE = regex.compile(
    r"(?:first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|inaugural|maiden|previous"
    r"|next|last|earlier|annual|\d+(?:st|nd|rd|th)|पहली|पहला|पहले|दूसरी|दूसरा|दूसरे|तीसरी|तीसरा|तीसरे"
    r"|चौथी|चौथा|चौथे|पिछली|पिछला|पिछले|अगली|अगला|अगले|वार्षिक|\d+(?:वीं|वां|वें))")


def _one_of_a_series(keys: list[str], first: int) -> bool:
    """Is the event named from token `first` said to be one of a series
    ("the first ADMM-Plus meeting"), another than the one the packs date?"""
    index = first - 1
    while index >= 0 and keys[index] in {"the", "a", "an", "its", "this", "that", "की", "का", "के"}:
        index -= 1
    return index >= 0 and SERIES_INSTANCE.fullmatch(keys[index]) is not None


RELATIVE_CLAUSE = regex.compile(r"[ \t]*(?:which|who|whose|where|जो|जिसने|जिसे|जिसकी|जिसका|जिसके|जिन्होंने)\b")


def _in_a_relative_clause(text: str, sentence: Sentence, expr: DateExpr) -> bool:
    """Is the date inside a relative clause set off by commas ("X, which takes
    over as ASEAN chair next year, has been ...")? It dates that clause, not a
    cue of the sentence."""
    opened = text.rfind(",", sentence.start, expr.start)
    closed = text.find(",", expr.end, sentence.end)
    return opened >= 0 and closed >= 0 and RELATIVE_CLAUSE.match(text, opened + 1) is not None


def _horizon(keys: list[str], first: int, last: int) -> bool:
    """Is the year from token `first` to `last` a horizon (see HORIZON_BEFORE)?"""
    after = keys[last : last + 2]
    return (first > 0 and keys[first - 1] in HORIZON_BEFORE) or (
        bool(after) and (after[0] in HORIZON_AFTER or (after[0] == "की" and after[1:2] != []
                                                        and after[1] in HORIZON_AFTER_की)))


# After a date in Hindi, a genitive that makes it a noun's attribute ("2021-23 की कार्य योजना", as
# timing's DETERMINERS do before it: "a 2021-2023 Plan of Action"); before a date that labels a
# name, words that are no name ("In 2016", "On 21 December").
GENITIVES = frozenset({"की", "का", "के"})
NOT_A_LABEL = frozenset({"in", "on", "at", "by", "since", "from", "of", "during", "until", "till", "to",
                         "before", "after", "around", "circa", "and", "or", "but", "between", "through",
                         "for", "as", "than", "year", "years", "fiscal", "financial", "session"})


def _another_things_time(ctx: ReadingContext, first: int, last: int, anchor: Mention) -> bool:
    """Is the date (tokens first to last) another thing's than the cue's or event's,
    written as its attribute or its label: "a 2021-2023 Plan of Action", "2021-23 की
    कार्य योजना", "the Plan of Action 2021-2023", "Vision 2030"?"""
    keys, texts, starts, ends = ctx.tokens.keys, ctx.tokens.texts, ctx.tokens.starts, ctx.tokens.ends
    count = len(keys)
    if first > 0 and keys[first - 1] in DETERMINERS and last < count and last != anchor.first \
            and keys[last].isalpha():
        return True
    if last + 1 < count and keys[last] in GENITIVES and last + 1 != anchor.first:
        return True
    before = first - 1
    return before >= 0 and before != anchor.last - 1 and texts[before][:1].isupper() and \
        texts[before].isascii() and texts[before].isalpha() and keys[before] not in NOT_A_LABEL and \
        not ctx.text[ends[before] : starts[first]].strip() and before > 0 and \
        ctx.text[ends[before - 1] : starts[before]].strip() == ""


def _filed_on(text: str, begin: int, expr: DateExpr) -> bool:
    """Is the date a wire dateline's day, opening its line (or the body) after a place?"""
    line_start = max(text.rfind("\n", max(0, expr.start - 80), expr.start) + 1, begin)
    return DATELINE_BEFORE.search(text[line_start : expr.start]) is not None and \
        DATELINE_AFTER.match(text, expr.end) is not None


def _possessed_by(ctx: ReadingContext, expr: DateExpr, last: int) -> int | None:
    """The token of the noun a possessive date qualifies ("Today's ceremony",
    "Monday's talks": their time, no cue's), else None."""
    keys = ctx.tokens.keys
    if last < len(keys) and keys[last] == "s" and ctx.text[expr.end : ctx.tokens.starts[last]] in {"'", "’"}:
        return last + 1
    return None


def read(ctx: ReadingContext, options: object = None) -> list[Claim]:
    """fact-date and event-date claims: each date expression attaches to the
    nearest fact cue or dated event of its sentence (within ATTACH_REACH tokens,
    with no span of time said between them: OFFSET_WORDS)."""
    anchors = [m for m in ctx.mentions if any(t.kind in {"fact", "event"} for t in m.targets)]
    if not anchors:
        return []
    token_starts, keys = ctx.tokens.starts, ctx.tokens.keys
    anchor_starts = [m.start for m in anchors]
    best: dict[int, tuple[int, int]] = {}  # anchor index -> (gap, date index)
    also: dict[int, set[str]] = {}  # date index -> the facts of every cue within its reach
    dated = [d for d in ctx.dates if d.value is not None and d.kind != "weekday"]
    dated_starts = [d.start for d in dated]
    for number, expr in enumerate(ctx.dates):
        if expr.value is None or expr.kind == "weekday":
            continue
        sentence = ctx.sentence_of(expr.start)
        if sentence is None or ctx.corrects(sentence) or ctx.reported(expr.start, expr.end):
            continue
        in_sentence = dated[bisect.bisect_left(dated_starts, sentence.start):
                            bisect.bisect_left(dated_starts, sentence.end)] if expr.kind == "relative" else []
        if len(in_sentence) > 1 and _offset(expr.text):
            continue  # "In 2016 ..., nine years before": back from which time is a guess
        if expr.kind == "relative" and _in_a_relative_clause(ctx.text, sentence, expr):
            continue  # "Vietnam, which takes over as ASEAN chair next year, has been a partner ..."
        first = bisect.bisect_left(token_starts, expr.start)
        last = bisect.bisect_left(token_starts, expr.end)
        if expr.kind == "year" and _horizon(keys, first, last):
            continue
        if _filed_on(ctx.text, ctx.article.body_start, expr):
            continue  # the day a wire story was filed
        owner = _possessed_by(ctx, expr, last)  # "Today's handing-over ceremony": the ceremony's
        # "a plan of action for 2021-2023": a period something is for, no event's date
        period = first > 0 and (keys[first - 1] == "for" or keys[first - 2 : first] == ["up", "to"] or (
            keys[first - 1] in {"to", "till", "until", "through"} and keys[first - 2 : first - 1] != []
            and keys[first - 2].isdigit())) or keys[last : last + 2] == ["के", "लिए"] or (
            expr.kind == "range" and keys[last : last + 1] == ["तक"])
        nearest: tuple[int, int] | None = None
        low = bisect.bisect_left(anchor_starts, sentence.start)
        high = bisect.bisect_left(anchor_starts, sentence.end)
        for index in range(low, high):
            anchor = anchors[index]
            gap = first - anchor.last if first >= anchor.last else anchor.first - last
            if 0 <= gap <= ATTACH_REACH and \
                    OFFSET_WORDS.isdisjoint(_between(keys, anchor.first, anchor.last, first, last)) and \
                    not (period and not any(t.kind == "fact" for t in anchor.targets)) and \
                    not _another_things_time(ctx, first, last, anchor) and \
                    (owner is None or owner == anchor.first) and \
                    "\n" not in ctx.text[min(expr.end, anchor.end) : max(expr.start, anchor.start)] and \
                    not (first < anchor.first and CLAUSE_JOIN.search(ctx.text, expr.end, anchor.start)):
                also.setdefault(number, set()).update(t.ref for t in anchor.targets if t.kind == "fact")
                if nearest is None or gap < nearest[0]:
                    nearest = (gap, index)
        if nearest and (nearest[1] not in best or nearest[0] < best[nearest[1]][0]):
            best[nearest[1]] = (nearest[0], number)
    claims = []
    for index, (_, number) in sorted(best.items()):
        anchor, expr = anchors[index], ctx.dates[number]
        if any(t.kind == "fact" for t in anchor.targets) and (
                _named_by_another(keys, anchor.first, anchor.last) or _another_country(ctx, anchor)):
            continue
        if not any(t.kind == "fact" for t in anchor.targets) and _one_of_a_series(keys, anchor.first):
            continue
        assert expr.value is not None
        sentence = ctx.sentence_of(anchor.start)
        assert sentence is not None
        time = ClaimTime.written(expr)
        facts = tuple(t.ref for t in anchor.targets if t.kind == "fact")
        # "In 2016 the strategic partnership became a comprehensive strategic partnership":
        # which of the cues within its reach a date is for is a guess, so any of their values agrees
        facts += tuple(sorted(also.get(number, set()).difference(facts))) if facts else ()
        relation, refs = ("fact-date", facts) if facts else (
            "event-date", tuple(sorted({t.ref for t in anchor.targets if t.kind == "event"})))
        claims.append(Claim(relation, refs[0], expr.value.spec(), time, (expr.start, expr.end),
                            (anchor.start, anchor.end), sentence, refs))
    return claims


def _written_like(known: TimeValue, kind: str) -> str:
    if kind == "year" or known.precision == "year":
        return str(known.first.year)
    if known.precision == "range" and kind == "range":
        return f"{known.first.year}-{known.last.year % 100:02d}"
    return known.label()


def check(analysis: Analysis, ctx: CheckContext) -> Iterator[Hit]:
    knowledge = ctx.knowledge
    text = analysis.article.text
    for claim in analysis.claims_of("fact-date"):
        expr = claim.time.expr
        stated = claim.time.value
        assert expr is not None and stated is not None
        if claim.time.source == "yearless":
            continue  # a day whose year is a guess ("In September 2016 ... on Saturday, September 3")
        facts = [knowledge.facts[ref] for ref in claim.options]
        if any(agrees(fact.value, stated) for fact in facts):
            continue
        fact = min(facts, key=lambda f: abs(f.value.first.year - stated.first.year))
        what = fact.description or text[claim.anchor[0] : claim.anchor[1]]
        relative = f" ('{expr.text}' read as {stated.label()})" if expr.kind == "relative" else ""
        yield Hit(
            expr.start, expr.end,
            f"{what}: the pack gives {fact.value.label()}, the text says {stated.label()}{relative}",
            suggestion=_written_like(fact.value, expr.kind), knowledge=_fact_refs(knowledge, [fact.id]),
        )


def _fact_refs(knowledge: Knowledge, facts: list[str]) -> tuple[KnowledgeRef, ...]:
    return tuple(ref for fact in facts if (ref := knowledge.record_ref(fact, "fact")) is not None)


def _fact_record(claim: Claim, knowledge: Knowledge) -> tuple[str, str, TimeValue] | None:
    """The fact the stated time agrees with, of the facts sharing the cue (else the first)."""
    time = claim.time.value
    if time is None or claim.time.source == "yearless":
        return None
    ref = next((r for r in claim.options if agrees(knowledge.facts[r].value, time)), claim.subject)
    return ref, time.spec(), time


def _event_record(claim: Claim, knowledge: Knowledge) -> tuple[str, str, TimeValue] | None:
    time = claim.time.value
    if time is None or claim.time.source == "yearless":
        return None  # a day whose year is a guess says nothing of the event's year
    return claim.subject, time.spec(), time


def _fact_label(knowledge: Knowledge, ref: str) -> str:
    return knowledge.facts[ref].description or ref


def _fact_value(knowledge: Knowledge, ref: str) -> TimeValue | None:
    return knowledge.facts[ref].value


def _event_value(knowledge: Knowledge, ref: str) -> TimeValue | None:
    return knowledge.event_date(ref)


def _fact_evidence(knowledge: Knowledge, ref: str, value: str, time: TimeValue) -> tuple[KnowledgeRef, ...]:
    return _fact_refs(knowledge, [ref])


def _event_evidence(knowledge: Knowledge, ref: str, value: str, time: TimeValue) -> tuple[KnowledgeRef, ...]:
    found = knowledge.record_ref(ref, "event")
    return (found,) if found is not None else ()


FACT_DATES = Comparator("fact-date", "value", _fact_record, merge_into="fact",
                        subject_label=_fact_label, known=_fact_value, evidence=_fact_evidence)
EVENT_DATES = Comparator("event-date", "value", _event_record, merge_into="date", known=_event_value,
                         evidence=_event_evidence)


KIND = RuleKind(
    name="fact",
    summary="A year or date given for a known fact that differs from the pack's value.",
    explanation=(
        "A fact has a value (a year, month, day or range of years) and cue phrases per "
        f"language. A year or date next to a cue in the same sentence (within {ATTACH_REACH} words; the "
        "nearest cue or event wins: 'became Comprehensive Strategic Partners in 2015') must "
        "agree with the value: a day, month or year agrees when it falls within it, and a "
        "range stated must be the same range ('Joint Vision Statement of 2016-20' is wrong "
        "when the pack has 2015/2020, and so is 'of 2012'; 'of 2015', within it, is not). "
        "A year a plan looks to is no time of the fact ('towards 2030', 'by 2030', "
        "'2030 तक', '2030 की ओर'), nor is a span of time said between a date and its cue ('ten "
        "years as strategic partners'), a period something is for ('a plan for 2021-2023', "
        "'2021-2023 के लिए', 'up to 2023'), a date that is another thing's attribute or label "
        "('a 2021-2023 Plan of Action', 'the Plan of Action 2021-2023', '2021-23 की कार्य योजना') or "
        "a date in another clause ('in 1972, and the ...'), nor the date of what the fact is the "
        "object of ('a plan of action for the comprehensive strategic partnership', 'in 2020 to "
        "implement the ...'), nor a date in a correction notice ('An earlier version said 2006'). "
        "Relative expressions ('last year') are resolved "
        "against the dateline first. The longest cue wins, so 'Comprehensive Strategic "
        "Partnership' is never read as 'Strategic Partnership'. Facts sharing a cue (Joint "
        "Vision Statement 2015-20 and 2021-25) accept the value of any of them; a wrong value "
        "is reported with the nearest one as the suggestion."
    ),
    default_severity="error",
    options=Options,
    check_article=check,
    reads=read,
    produces=("fact-date", "event-date"),
    uses=("fact-date",),
    sections=(FACTS,),
    compares=(FACT_DATES, EVENT_DATES),
)
