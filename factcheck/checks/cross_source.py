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

from ..analysis import Analysis
from ..span import RelatedSpan, Span
from ..timevalue import TimeValue, agrees
from .base import CheckContext, Comparator, Hit, Options, RuleKind, RunHit
from .options import option

# Each record is compared with the records of at most this many other values of
# its key (the first in id order): the work stays linear in the records even when
# a run names a great many holders of one office or values of one fact.
MAX_VALUES = 8


class CrossSourceOptions(Options):
    window_days: int = option(
        30, ge=0, description="claims this many days apart or closer are about the same time"
    )


@dataclass(frozen=True, slots=True)
class Record:
    """A claim as the run keeps it until every article is read: its place as
    fields (path, article, start, end), not a Span of its own, and its key
    one object among the records of a process, since a run of millions of
    articles keeps millions of records."""

    key: tuple[str, str]  # (relation, what the claim is about): ("holds-office", office id)
    value: str  # the value it gives: a holder's id, a stated time's pack form
    time: TimeValue  # when the claim holds (holders) or what it states (values)
    path: str
    article: str
    start: int
    end: int
    order: int = 0
    record_line: int = 0  # a JSON Lines record's line: the records of one file in file order

    @property
    def span(self) -> Span:
        return Span(self.path, self.article, self.start, self.end)

    @property
    def source(self) -> tuple[str, str]:
        """The article the claim is in."""
        return self.path, self.article


_KEYS: dict[tuple[str, str], tuple[str, str]] = {}  # one of each key: as many as the packs' subjects


def collect(analysis: Analysis, ctx: CheckContext, hits: list[Hit]) -> list[Record]:
    """The claims of the relations the registered kinds compare across sources."""
    records = []
    line = analysis.article.record_line or 0
    for claim in analysis.claims:
        comparator = ctx.comparators.get(claim.relation)
        found = comparator.record(claim, ctx.knowledge) if comparator is not None else None
        if found is not None:
            subject, value, time = found
            key = (claim.relation, subject)
            span = analysis.place(*claim.span)
            records.append(Record(_KEYS.setdefault(key, key), value, time, span.path, span.article,
                                  span.start, span.end, record_line=line))
    return records


def _named(record: Record, value: str, subject: str, compare: Comparator) -> RelatedSpan:
    """The other source's place, naming the value (the holder) it gives."""
    named = compare.named_as.format(value=value, subject=subject)
    return RelatedSpan(record.span, f"this source names {named} ({record.time.label()})")


def _close(a: TimeValue, b: TimeValue, days: int) -> bool:
    reach = dt.timedelta(days=days)
    return a.first - b.last <= reach and b.first - a.last <= reach  # no date past the calendar's ends


def _explained(subject: str, sides: dict[tuple[str, str], tuple[list[Record], list[Record]]],
               compare: Comparator, ctx: CheckContext) -> Iterator[RunHit]:
    """One info per subject and hand-over, listing the sources on each side."""
    knowledge = ctx.knowledge
    label = compare.subject_label(knowledge, subject)
    for (later_person, changed), (before, after) in sorted(sides.items()):
        first = min(after, key=lambda r: r.order)
        others = sorted({r for r in after if r is not first} | set(before), key=lambda r: r.order)
        related = tuple(_named(r, compare.value_label(knowledge, r.value), label, compare) for r in others)
        mine = compare.value_label(knowledge, later_person)
        theirs = " or ".join(sorted({compare.value_label(knowledge, r.value) for r in before}))
        when = f" on {changed}" if changed else ""
        here = f"{mine} here ({first.time.label()})"
        if len(after) > 1:
            here += f" and in {len(after) - 1} other source{'s' if len(after) > 2 else ''} after the change"
        there = f"{theirs} in another source ({before[0].time.label()})"
        if len(before) > 1:
            there += f" and in {len(before) - 1} other source{'s' if len(before) > 2 else ''} before it"
        yield RunHit(first.span, Hit(
            first.start, first.end,
            f"sources name different {compare.holders_of.format(subject=label)}: {here}, {there}; "
            f"{compare.changed.format(subject=label)}{when}, between those dates",
            severity="info", related=related,
            knowledge=compare.evidence(knowledge, subject, later_person, first.time),
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
            sources = {r.source for r in group}
            self.first.append(group[0])
            self.other.append(next((r for r in group if r.source != group[0].source), None))
            self.only.append(group[0].source if len(sources) == 1 else None)
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
        return first if first.source != source else self.other[index]

    def closest(self, record: Record) -> Record | None:
        source, day = record.source, record.time.first
        right = bisect_left(self.days, day)
        left = right - 1
        while right < len(self.days) and self.only[right] == source:
            right = self.run_end[right]
        while left >= 0 and self.only[left] == source:
            left = self.run_start[left]
        found = [(abs((self.days[i] - day).days), r.order, r) for i in (left, right)
                 if 0 <= i < len(self.days) and (r := self._on(i, source)) is not None]
        return min(found, key=lambda f: (f[0], f[1]))[2] if found else None


def _holders(group: list[Record], compare: Comparator, ctx: CheckContext) -> Iterator[RunHit]:
    knowledge = ctx.knowledge
    subject = group[0].key[1]
    label = compare.subject_label(knowledge, subject)
    decided = compare.decided(knowledge, subject)
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
            mine = compare.value_label(knowledge, record.value)
            theirs = compare.value_label(knowledge, other.value)
            here_ok = compare.held(knowledge, subject, record.value, record.time)
            there_ok = compare.held(knowledge, subject, other.value, other.time)
            related = (_named(other, theirs, label, compare),)
            later = (record.time.first, record.order) > (other.time.first, other.order)
            if here_ok and there_ok:
                newer = record if later else other
                key = (newer.value, compare.handover(knowledge, subject, newer.value, newer.time))
                before, after = sides.setdefault(key, ({}, {}))
                for side, item in ((after, record), (before, other)) if later else (
                        (before, record), (after, other)):
                    side.setdefault(item)
            elif not _close(record.time, other.time, ctx.options.window_days):
                continue
            elif decided and not here_ok and there_ok:
                ends = compare.knowledge_ends(knowledge, subject, record.time)
                if ends is not None:  # a later holder is no news to the packs: no error
                    yield RunHit(record.span, Hit(
                        record.start, record.end,
                        f"sources name different {compare.holders_of.format(subject=label)}: {mine} here "
                        f"({record.time.label()}), {theirs} in another source ({other.time.label()}); "
                        f"the packs' knowledge of {label} ends {ends.until.isoformat()}",
                        severity="info", related=related, merge_into=compare.merge_into,
                        knowledge=ends.records,
                    ))
                    continue
                yield RunHit(record.span, Hit(
                    record.start, record.end,
                    f"this source names {compare.named_as.format(value=mine, subject=label)} "
                    f"({record.time.label()}); "
                    f"another source names {theirs} ({other.time.label()}), "
                    "and the pack confirms the other source",
                    suggestion=theirs, related=related,
                    merge_into=compare.merge_into,
                    knowledge=compare.evidence(knowledge, subject, other.value, other.time),
                ))
            elif not decided and later:
                yield RunHit(record.span, Hit(
                    record.start, record.end,
                    f"sources disagree on {compare.who_was.format(subject=label)}: {mine} here "
                    f"({record.time.label()}), {theirs} in another source ({other.time.label()})",
                    severity="warning", related=related,
                ))
    ordered = {key: (sorted(before, key=lambda r: r.order), sorted(after, key=lambda r: r.order))
               for key, (before, after) in sides.items()}
    yield from _explained(subject, ordered, compare, ctx)


def _values(group: list[Record], compare: Comparator, ctx: CheckContext) -> Iterator[RunHit]:
    ref = group[0].key[1]
    knowledge = ctx.knowledge
    known = compare.known(knowledge, ref)
    name = compare.subject_label(knowledge, ref)
    first_of: dict[str, Record] = {}
    for record in group:
        first_of.setdefault(record.value, record)
    compared = sorted(first_of.items())[:MAX_VALUES]
    for record in group:
        for value, other in compared:
            if value == record.value or other.source == record.source:
                continue
            if agrees(record.time, other.time) or agrees(other.time, record.time):
                continue
            related = (RelatedSpan(other.span, f"this source gives {other.time.label()} for {name}"),)
            if known is not None:
                if not agrees(known, record.time) and agrees(known, other.time):
                    yield RunHit(record.span, Hit(
                        record.start, record.end,
                        f"sources disagree on {name}: {record.time.label()} here, "
                        f"{other.time.label()} in another source, which the pack confirms",
                        related=related, merge_into=compare.merge_into,
                        knowledge=compare.evidence(knowledge, ref, other.value, other.time),
                    ))
            elif record.order > other.order:
                yield RunHit(record.span, Hit(
                    record.start, record.end,
                    f"sources disagree on {name}: {record.time.label()} here, "
                    f"{other.time.label()} in another source",
                    severity="warning", related=related,
                ))


def record_key(record: Record) -> tuple[str, str]:
    """What check_run compares a record by: only records of one key meet."""
    return record.key


def check_run(records: list[Record], ctx: CheckContext) -> Iterator[RunHit]:
    groups: dict[tuple[str, str], list[Record]] = defaultdict(list)
    # Sources in a fixed order (path, then file order, then place), never the order
    # they were given in: which source a message names, and which one it is on, stay
    # the same.
    fixed = sorted(records, key=lambda r: (r.path, r.record_line, r.article, r.start, r.end))
    for order, record in enumerate(fixed):
        # numbered in place: a run of millions of articles has millions of records, and a
        # numbered copy of each would hold twice their memory at the run's end
        object.__setattr__(record, "order", order)
        groups[record.key].append(record)
    for key in sorted(groups):
        group = groups[key]
        if len({r.value for r in group}) < 2:
            continue
        compare = ctx.comparators[key[0]]
        yield from (_holders if compare.style == "holder" else _values)(group, compare, ctx)


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
    run_key=record_key,
    uses_compared=True,
)
