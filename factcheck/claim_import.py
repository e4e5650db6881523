"""Claims in: claims another tool extracted, checked by the checks that
check articles.

Each claim becomes a small record article whose text is its fields, one per
line ("subject: Rajnath Singh", "value: Defence Minister of India", "time:
2021-05-01"): a finding has a span in it, and the line it falls on names the
field. Names are resolved against the knowledge as an article's are (the
gazetteer's scan, in both scripts), or taken as knowledge ids; a subject
that names no one known is left to the spelling check, which suggests the
name it is a slip for. The record's one reader gives the claim in the form
the article readers give theirs, so the same checks decide.

A record that cannot be read (an unknown relation, a time that is no date,
a missing value) fails on its own with the reason; the run goes on.
"""

from __future__ import annotations

import datetime as dt
from collections import defaultdict
from dataclasses import dataclass

from .articles import Failure
from .claim_model import ClaimRecord
from .claims import Claim, ReadingContext
from .dates import DateExpr, find_dates
from .knowledge import Knowledge
from .mentions import Gazetteer, Mention
from .model import Article
from .text import Sentence, detect_language, name_key, tokenize
from .timevalue import TimeValue
from .timing import ClaimTime

# The fields a record article shows, one per line, in this order.
SHOWN = ("subject", "relation", "value", "time")
PERSON_RELATIONS = {"holds-office": "office", "member-of": "organisation"}
STATED_RELATIONS = {"fact-date": "fact", "event-date": "event"}
# A table's time basis "given" is a date the claim states: as certain as a date of its own clause.
GIVEN = "date"


@dataclass(frozen=True)
class Resolved:
    """What a record names, resolved against the knowledge."""

    subject: str | None
    values: tuple[str, ...]  # office or party ids; for a stated time, its spec
    time: TimeValue | None
    time_kind: str  # DateExpr kind of the time (or stated value) field
    time_source: str
    unresolved: str | None = None  # why the claim cannot be read, when it cannot
    # fact-date, event-date: the facts (or events) the subject may name (facts sharing a cue)
    subjects: tuple[str, ...] = ()
    chosen: str | None = None  # holds-office, member-of: the one value the value field names
    certain: bool = True  # holds-office: is the office named without doubt (ClaimRecord.value_certain)


def relations(produced: set[str]) -> list[str]:
    """The relations a record may have: those the registered kinds read and check."""
    return sorted(produced & (set(PERSON_RELATIONS) | set(STATED_RELATIONS)))


def render(record: ClaimRecord) -> tuple[str, dict[str, tuple[int, int]]]:
    """The record's text, and where each field's value stands in it."""
    parts: list[str] = []
    fields: dict[str, tuple[int, int]] = {}
    position = 0
    for name in SHOWN:
        value = getattr(record, name)
        if value is None:
            continue
        head = f"{name}: "
        fields[name] = (position + len(head), position + len(head) + len(value))
        line = f"{head}{value}\n"
        parts.append(line)
        position += len(line)
    return "".join(parts), fields


def field_at(fields: dict[str, tuple[int, int]], offset: int) -> str | None:
    """The field whose line holds `offset`."""
    for name, (start, end) in fields.items():
        if start - len(name) - 2 <= offset <= end:
            return name
    return None


def record_article(record: ClaimRecord, path: str, record_id: str, knowledge: Knowledge,
                   gazetteer: Gazetteer, produced: set[str]) -> Article | Failure:
    """The record as an article to check, or why it cannot be checked."""
    known = relations(produced)
    if record.relation not in known:
        return Failure(path, f"record {record_id}: unknown relation {record.relation!r} "
                             f"(known: {', '.join(known)})", record_id)
    text, fields = render(record)
    language = record.language or detect_language(f"{record.subject} {record.value or ''}")
    resolved = resolve(record, text, fields, language, knowledge, gazetteer)
    if isinstance(resolved, str):
        return Failure(path, f"record {record_id}: {resolved}", record_id)
    return Article(
        id=record_id, path=path, language=language, date=record.reference_date, text=text,
        metadata={"claim": record, "fields": fields, "resolved": resolved}, record_line=record.line)


def resolve(record: ClaimRecord, text: str, fields: dict[str, tuple[int, int]], language: str,
            knowledge: Knowledge, gazetteer: Gazetteer) -> Resolved | str:
    """The record's names and times resolved; a str says what is wrong with the record."""
    tokens = tokenize(text)
    mentions = gazetteer.scan(text, tokens)
    relation = record.relation
    if relation in STATED_RELATIONS:
        if record.value is None:
            return f"a {relation} claim needs a value: the time stated for the {STATED_RELATIONS[relation]}"
        stated = _time(record.value, fields["value"], record.reference_date, text, language, knowledge)
        if stated is None:
            return f"value {record.value!r} is not a time (2016, 2020-12, 2020-12-21, 2015/2020)"
        kind = STATED_RELATIONS[relation]
        unknown = [o for o in record.options if not _is(o, kind, knowledge)]
        if unknown:
            return f"options {', '.join(unknown)} are no {kind} ids the packs know"
        refs = _named(record.subject, fields["subject"], mentions, kind, knowledge)
        subject = refs[0] if refs else None
        if subject is not None and record.options:
            refs = tuple(dict.fromkeys((subject, *record.options)))  # the facts sharing the cue
        return Resolved(subject, (stated[0].spec(),), stated[0], stated[1], stated[2],
                        None if subject else _unknown(record, STATED_RELATIONS[relation]), refs)
    time: tuple[TimeValue, str, str] | None = None
    if record.time is not None:
        time = _time(record.time, fields["time"], record.reference_date, text, language, knowledge)
        if time is None:
            return (f"time {record.time!r} is not a date: give a day, month, year or range of years "
                    "(2021-05-01, 2021-05, 2021, 2015/2020), or an expression with a reference_date")
    elif record.reference_date is not None:
        time = (TimeValue.day(record.reference_date), "date", "dateline")
    value_kind = PERSON_RELATIONS[relation]
    options = tuple(record.options)
    unknown = [o for o in options if not _is(o, value_kind, knowledge)]
    if unknown:
        return f"options {', '.join(unknown)} are no {value_kind} ids the packs know"
    if record.value is None and not options:
        return f"a {relation} claim needs a value: the {value_kind}"
    named = (_values(record.value, fields["value"], mentions, value_kind, language, knowledge)
             if record.value is not None else ())
    values = options or named
    people = _named(record.subject, fields["subject"], mentions, "person", knowledge)
    subject = _one(people, values, time[0] if time else None, knowledge)
    certain = record.value_certain
    if (certain and relation == "holds-office" and subject is not None and record.value is not None
            and not _is(record.value, "office", knowledge)
            and not _names_country(record.value, fields["value"], mentions)):
        # A title that names no country is the home country's office; for a person of
        # another country it may well be their own country's: a guess, as in an article.
        nationality = knowledge.country_of(subject)
        certain = nationality is None or {knowledge.offices[v].country for v in values} == {nationality}
    unresolved = None
    if len(people) > 1 and subject is None:
        unresolved = f"subject {record.subject!r} names several people: {', '.join(people)}; give an id"
    elif subject is None:
        unresolved = _unknown(record, "person")
    elif not values:
        unresolved = f"value {record.value!r} names no {value_kind} the packs know"
    return Resolved(subject, values, time[0] if time else None, time[1] if time else "date",
                    time[2] if time else "unknown", unresolved,
                    chosen=named[0] if len(named) == 1 else None, certain=certain)


def _unknown(record: ClaimRecord, kind: str) -> str:
    return f"subject {record.subject!r} names no {kind} the packs know"


def _is(ref: str, kind: str, knowledge: Knowledge) -> bool:
    if kind == "office":
        return ref in knowledge.offices
    if kind == "fact":
        return ref in knowledge.facts
    entity = knowledge.entities.get(ref)
    if entity is None:
        return False
    return entity.type == kind if kind != "event" else entity.type == "event"


def _inside(mentions: list[Mention], span: tuple[int, int]) -> list[Mention]:
    return [m for m in mentions if span[0] <= m.start and m.end <= span[1]]


def _named(written: str, span: tuple[int, int], mentions: list[Mention], kind: str,
           knowledge: Knowledge) -> tuple[str, ...]:
    """What of `kind` a field names: its id, or the refs of the longest name in it."""
    if _is(written, kind, knowledge):
        return (written,)
    for mention in sorted(_inside(mentions, span), key=lambda m: m.start - m.end):
        refs = mention.refs(kind)
        if refs:
            return tuple(refs)
    # A fact's cue or a name the packs keep for articles that name its context
    # (Vietnam for the India-Vietnam partnership): a record is its own context.
    return tuple(sorted(_whole_names(knowledge).get((kind, name_key(written)), ())))


_WHOLE_NAMES: dict[int, tuple[Knowledge, dict[tuple[str, tuple[str, ...]], set[str]]]] = {}


def _whole_names(knowledge: Knowledge) -> dict[tuple[str, tuple[str, ...]], set[str]]:
    """(kind, a whole name's word keys) -> what it names: entities' names and
    aliases and facts' cues, in every language. Built once per knowledge."""
    kept = _WHOLE_NAMES.get(id(knowledge))
    if kept is not None and kept[0] is knowledge:
        return kept[1]
    index: dict[tuple[str, tuple[str, ...]], set[str]] = defaultdict(set)
    for entity in knowledge.entities.values():
        for group in (entity.names, entity.aliases):
            for names in group.values():
                for name in names:
                    index[(entity.type, name_key(name))].add(entity.id)
    for fact in knowledge.facts.values():
        for names in fact.cues.values():
            for cue in names:
                index[("fact", name_key(cue))].add(fact.id)
    _WHOLE_NAMES.clear()
    _WHOLE_NAMES[id(knowledge)] = (knowledge, index)
    return index


def _one(refs: tuple[str, ...], values: tuple[str, ...], time: TimeValue | None,
         knowledge: Knowledge) -> str | None:
    """The person a name means: the only one, or the only one of several who
    held one of the values at the time (else which one is a guess)."""
    if len(refs) <= 1:
        return refs[0] if refs else None
    holders = [p for p in refs if any(knowledge.held(p, v, time) for v in values)]
    return holders[0] if len(holders) == 1 else None


def _values(written: str, span: tuple[int, int], mentions: list[Mention], kind: str, language: str,
            knowledge: Knowledge) -> tuple[str, ...]:
    """The offices (or parties) a value field may name: an id, or the titles
    and names in it, narrowed by a country it names, else to the home country's."""
    if _is(written, kind, knowledge):
        return (written,)
    inside = _inside(mentions, span)
    found = sorted({ref for m in inside for ref in m.refs(kind)})
    if kind != "office" or len(found) <= 1:
        return tuple(found)
    countries = {ref for m in inside for ref in m.refs("country")}
    if countries:
        return tuple([o for o in found if knowledge.offices[o].country in countries] or found)
    # An unqualified title is the home country's office, as in an article.
    home = knowledge.home_for(language)
    return tuple([o for o in found if knowledge.offices[o].country == home] or found)


def _names_country(written: str, span: tuple[int, int], mentions: list[Mention]) -> bool:
    return any(m.refs("country") or m.refs("organisation") for m in _inside(mentions, span))


def _time(written: str, span: tuple[int, int], reference: dt.date | None, text: str, language: str,
          knowledge: Knowledge) -> tuple[TimeValue, str, str] | None:
    """A field's time: (value, DateExpr kind, claim time source)."""
    try:
        value = TimeValue.parse(written)
    except ValueError:
        pass
    else:
        kind = {"day": "date", "month": "date", "year": "year", "range": "range"}[value.precision]
        return value, kind, "date"
    found = [d for d in find_dates(text, span[0], span[1], reference, language,
                                   date_words=knowledge.date_words) if d.value is not None]
    if len(found) != 1 or (found[0].end - found[0].start) < len(written.strip()) // 2:
        return None
    expr = found[0]
    assert expr.value is not None
    return expr.value, expr.kind, "relative" if expr.kind in {"relative", "weekday"} else "date"


def read(ctx: ReadingContext, options: object = None) -> list[Claim]:
    """The record article's one claim, as article readers give claims."""
    metadata = ctx.article.metadata
    record: ClaimRecord = metadata["claim"]
    resolved: Resolved = metadata["resolved"]
    fields: dict[str, tuple[int, int]] = metadata["fields"]
    if resolved.unresolved is not None or resolved.subject is None:
        return []
    sentence = Sentence(0, len(ctx.text))
    subject_span = fields["subject"]
    if record.relation in STATED_RELATIONS:
        span = fields["value"]
        stated = DateExpr(span[0], span[1], ctx.text[span[0]:span[1]], resolved.time_kind,  # type: ignore[arg-type]
                          resolved.time)
        time = ClaimTime(resolved.time, resolved.time_source, stated)
        return [Claim(record.relation, resolved.subject, resolved.values[0], time, span, subject_span,
                      sentence, resolved.subjects)]
    time_span = fields.get("time")
    expr: DateExpr | None = None
    if time_span is not None and resolved.time is not None:
        expr = DateExpr(time_span[0], time_span[1], ctx.text[time_span[0]:time_span[1]],
                        resolved.time_kind, resolved.time)  # type: ignore[arg-type]
    source = resolved.time_source
    if record.time_basis != "given" and resolved.time is not None:
        source = record.time_basis
    time = ClaimTime(resolved.time, source, expr, scope=record.scope)
    values = resolved.values
    value_span = fields.get("value", subject_span)
    single = resolved.chosen or (values[0] if len(values) == 1 else None)
    marker = record.qualifier or ""
    if record.relation == "member-of":
        return [Claim(record.relation, resolved.subject, single, time, value_span, value_span, sentence,
                      values, marker, name=subject_span)]
    return [Claim(record.relation, resolved.subject, single, time, subject_span, value_span, sentence,
                  values, marker, None, resolved.certain)]
