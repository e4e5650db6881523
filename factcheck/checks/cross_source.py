"""cross-source: articles of one run that disagree about the same office,
fact or event.

Each article contributes compact records keyed by what they are about; the
run-level step groups records by key and compares each record only with one
representative of every other value in its group, never all pairs.
"""

from __future__ import annotations

import datetime as dt
from bisect import bisect_left
from collections import defaultdict
from collections.abc import Iterator
from dataclasses import dataclass

from pydantic import Field

from ..analysis import Analysis, Place
from ..knowledge import Knowledge
from ..model import Related, where
from ..timevalue import TimeValue
from .base import CheckContext, Hit, Options, RuleKind, RunHit
from .fact import agrees

# Each record is compared with the records of at most this many other values of
# its key (the first in id order): the work stays linear in the records even when
# a run names a great many holders of one office or values of one fact.
MAX_VALUES = 8


class CrossSourceOptions(Options):
    window_days: int = Field(
        30, ge=0, description="claims this many days apart or closer are about the same time"
    )


@dataclass(frozen=True, slots=True)
class Record:
    key: tuple[str, str]  # ("office", id) | ("fact", id) | ("event", id)
    value: str  # a person id, or the stated time's pack form
    time: TimeValue  # when the claim holds (offices) or what it states (facts, events)
    place: Place
    order: int = 0
    record_line: int = 0  # a JSON Lines record's line: the records of one file in file order


def collect(analysis: Analysis, ctx: CheckContext, hits: list[Hit]) -> list[Record]:
    records = []
    line = analysis.article.record_line or 0
    for claim in analysis.claims:
        time = claim.time.value
        if time is None:
            continue
        if claim.relation == "holds-office":
            certain = claim.office_certain and claim.time.certain and claim.time.scope == "at"
            if claim.value and certain and claim.marker not in {"former", "then"}:
                records.append(Record(("office", claim.value), claim.subject, time,
                                      analysis.place(*claim.span), record_line=line))
            continue
        if claim.relation not in {"fact-date", "event-date"}:
            continue  # membership claims: no cross-source record (yet)
        ref = claim.subject
        if claim.relation == "fact-date":
            facts = [ctx.knowledge.facts[r] for r in claim.options]
            ref = next((f.id for f in facts if agrees(f.value, time)), ref)
        records.append(Record((claim.relation.removesuffix("-date"), ref), time.spec(), time,
                              analysis.place(*claim.span), record_line=line))
    return records


def _related(place: Place, message: str) -> Related:
    return Related(path=place.path, start=place.start, end=place.end, line=place.line,
                   column=place.column, text=place.text, message=message, article=place.article)


def _where(place: Place) -> str:
    return where(place.path, place.article, place.line, place.column)


def _close(a: TimeValue, b: TimeValue, days: int) -> bool:
    reach = dt.timedelta(days=days)
    return a.first - b.last <= reach and b.first - a.last <= reach  # no date past the calendar's ends


def _source(place: Place) -> tuple[str, str]:
    """An article is its (path, id): two story.txt in two folders are two sources."""
    return place.path, place.article


def _handover(knowledge: Knowledge, person: str, office: str, time: TimeValue) -> str:
    starts = [t.started for t in knowledge.tenures(person, office) if t.started and t.overlaps(time)]
    return starts[0].label() if starts else ""


def _explained(office: str, sides: dict[tuple[str, str], tuple[list[Record], list[Record]]],
               ctx: CheckContext) -> Iterator[RunHit]:
    """One info per office and hand-over, listing the sources on each side."""
    knowledge = ctx.knowledge
    label = knowledge.office_label(office)
    for (later_person, changed), (before, after) in sorted(sides.items()):
        first = min(after, key=lambda r: r.order)
        others = sorted({r for r in after if r is not first} | set(before), key=lambda r: r.order)
        related = tuple(_related(r.place, f"{knowledge.name(r.value)}, {r.time.label()}") for r in others)
        mine = knowledge.name(later_person)
        theirs = " or ".join(sorted({knowledge.name(r.value) for r in before}))
        when = f" on {changed}" if changed else ""
        here = f"{mine} here ({first.time.label()})"
        if len(after) > 1:
            here += f" and in {len(after) - 1} other source{'s' if len(after) > 2 else ''} after the change"
        there = f"{theirs} at {_where(before[0].place)} ({before[0].time.label()})"
        if len(before) > 1:
            there += f" and in {len(before) - 1} other source{'s' if len(before) > 2 else ''} before it"
        yield RunHit(first.place, Hit(
            first.place.start, first.place.end,
            f"sources name different holders of {label}: {here}, {there}; the office changed "
            f"hands{when}, between those dates",
            severity="info", related=related,
        ))


class _Nearest:
    """One value's records by date, to find the record nearest in time to
    another record that comes from another source (ties: the first in
    input order) in logarithmic time, however many records there are."""

    def __init__(self, records: list[Record]) -> None:
        by_day: dict[dt.date, list[Record]] = defaultdict(list)
        for record in sorted(records, key=lambda r: (r.time.first, r.order)):
            by_day[record.time.first].append(record)
        self.days = sorted(by_day)
        self.first: list[Record] = []  # each day's first record
        self.other: list[Record | None] = []  # its first record from another source than that
        self.only: list[tuple[str, str] | None] = []  # the day's one source, if it has one
        for day in self.days:
            group = by_day[day]
            sources = {_source(r.place) for r in group}
            self.first.append(group[0])
            self.other.append(next((r for r in group if _source(r.place) != _source(group[0].place)), None))
            self.only.append(_source(group[0].place) if len(sources) == 1 else None)
        # Runs of days that one source alone has: skipped in one step.
        count = len(self.days)
        self.run_end = [count] * count
        self.run_start = [-1] * count
        for i in range(count - 2, -1, -1):
            same = self.only[i] is not None and self.only[i + 1] == self.only[i]
            self.run_end[i] = self.run_end[i + 1] if same else i + 1
        for i in range(1, count):
            same = self.only[i] is not None and self.only[i - 1] == self.only[i]
            self.run_start[i] = self.run_start[i - 1] if same else i - 1

    def _on(self, index: int, source: tuple[str, str]) -> Record | None:
        first = self.first[index]
        return first if _source(first.place) != source else self.other[index]

    def closest(self, record: Record) -> Record | None:
        source, day = _source(record.place), record.time.first
        right = bisect_left(self.days, day)
        left = right - 1
        while right < len(self.days) and self.only[right] == source:
            right = self.run_end[right]
        while left >= 0 and self.only[left] == source:
            left = self.run_start[left]
        found = [(abs((self.days[i] - day).days), r.order, r) for i in (left, right)
                 if 0 <= i < len(self.days) and (r := self._on(i, source)) is not None]
        return min(found, key=lambda f: (f[0], f[1]))[2] if found else None


def _offices(group: list[Record], ctx: CheckContext) -> Iterator[RunHit]:
    knowledge = ctx.knowledge
    office = group[0].key[1]
    label = knowledge.office_label(office)
    decided = bool(knowledge.tenures_by_office.get(office))
    by_value: dict[str, list[Record]] = defaultdict(list)
    for record in group:
        by_value[record.value].append(record)
    nearest = {value: _Nearest(records) for value, records in sorted(by_value.items())}
    compared = list(nearest)[:MAX_VALUES]
    sides: dict[tuple[str, str], tuple[dict[Record, None], dict[Record, None]]] = {}
    for record in group:
        for value in compared:
            if value == record.value:
                continue
            other = nearest[value].closest(record)
            if other is None:
                continue
            mine, theirs = knowledge.name(record.value), knowledge.name(other.value)
            here_ok = knowledge.held_near(record.value, office, record.time)
            there_ok = knowledge.held_near(other.value, office, other.time)
            related = (_related(other.place, f"{theirs}, {other.time.label()}"),)
            later = (record.time.first, record.order) > (other.time.first, other.order)
            if here_ok and there_ok:
                key = ((record.value, _handover(knowledge, record.value, office, record.time)) if later
                       else (other.value, _handover(knowledge, other.value, office, other.time)))
                before, after = sides.setdefault(key, ({}, {}))
                for side, item in ((after, record), (before, other)) if later else (
                        (before, record), (after, other)):
                    side.setdefault(item)
            elif not _close(record.time, other.time, ctx.options.window_days):
                continue
            elif decided and not here_ok and there_ok:
                yield RunHit(record.place, Hit(
                    record.place.start, record.place.end,
                    f"this source names {mine} as {label} ({record.time.label()}); "
                    f"{_where(other.place)} names {theirs} ({other.time.label()}), "
                    "and the pack confirms the other source",
                    suggestion=knowledge.name(other.value, "en"), related=related,
                    merge_into="office-holder",
                ))
            elif not decided and later:
                yield RunHit(record.place, Hit(
                    record.place.start, record.place.end,
                    f"sources disagree on who was {label}: {mine} here "
                    f"({record.time.label()}), {theirs} at {_where(other.place)} "
                    f"({other.time.label()})",
                    severity="warning", related=related,
                ))
    ordered = {key: (sorted(before, key=lambda r: r.order), sorted(after, key=lambda r: r.order))
               for key, (before, after) in sides.items()}
    yield from _explained(office, ordered, ctx)


def _values(group: list[Record], ctx: CheckContext) -> Iterator[RunHit]:
    kind, ref = group[0].key
    knowledge = ctx.knowledge
    known = knowledge.facts[ref].value if kind == "fact" else knowledge.event_date(ref)
    name = (knowledge.facts[ref].description or ref) if kind == "fact" else knowledge.name(ref)
    first_of: dict[str, Record] = {}
    for record in group:
        first_of.setdefault(record.value, record)
    compared = sorted(first_of.items())[:MAX_VALUES]
    for record in group:
        for value, other in compared:
            if value == record.value or _source(other.place) == _source(record.place):
                continue
            if agrees(record.time, other.time) or agrees(other.time, record.time):
                continue
            related = (_related(other.place, f"{other.time.label()} here"),)
            if known is not None:
                if not agrees(known, record.time) and agrees(known, other.time):
                    yield RunHit(record.place, Hit(
                        record.place.start, record.place.end,
                        f"sources disagree on {name}: {record.time.label()} here, "
                        f"{other.time.label()} at {_where(other.place)}, which the pack confirms",
                        related=related, merge_into="fact" if kind == "fact" else "date",
                    ))
            elif record.order > other.order:
                yield RunHit(record.place, Hit(
                    record.place.start, record.place.end,
                    f"sources disagree on {name}: {record.time.label()} here, "
                    f"{other.time.label()} at {_where(other.place)}",
                    severity="warning", related=related,
                ))


def check_run(records: list[Record], ctx: CheckContext) -> Iterator[RunHit]:
    groups: dict[tuple[str, str], list[Record]] = defaultdict(list)
    # Sources in a fixed order (path, then file order, then place), never the order
    # they were given in: which source a message names, and which one it is on, stay
    # the same.
    fixed = sorted(records, key=lambda r: (r.place.path, r.record_line, r.place.article, r.place.start,
                                           r.place.end))
    for order, record in enumerate(fixed):
        groups[record.key].append(Record(record.key, record.value, record.time, record.place, order,
                                         record.record_line))
    for key in sorted(groups):
        group = groups[key]
        if len({r.value for r in group}) < 2:
            continue
        yield from (_offices(group, ctx) if key[0] == "office" else _values(group, ctx))


KIND = RuleKind(
    name="cross-source",
    summary="Articles of one run that disagree on an office holder, a fact or an event.",
    explanation=(
        "Compares the claims of all articles checked together. The same office at "
        "overlapping times (within window_days) with different holders, or the same fact or event with "
        "different values, is reported with both places. Where the pack decides which "
        "source is right, only the wrong one is reported, as an error; where no "
        "knowledge decides, as a warning; where the pack explains the difference (the "
        "office changed hands between the two dates), as info."
    ),
    default_severity="error",
    options=CrossSourceOptions,
    collect=collect,
    check_run=check_run,
)
