"""Party-membership knowledge, merged from packs: people's spells in parties
(`memberships:`), the times a split made allegiance disputed
(`membership_disputes:`), the lexicon's membership words, and the queries the
membership kind asks ("which party was X in then?").

Knowledge builds one `Memberships` from the loaded packs (`build`); the pack
models are in packs.py (MembershipSpec, MembershipDisputeSpec,
MembershipLexiconSpec).
"""

from __future__ import annotations

import datetime as dt
from collections import defaultdict
from collections.abc import Callable
from dataclasses import dataclass, field

from .packs import PackSet
from .text import name_key
from .timevalue import TimeValue
from .yamlsource import FieldPath, Located

DAWN = dt.date(1, 1, 1)
FOREVER = dt.date(9999, 12, 31)
# Joining and leaving dates are often known only to the month or the year, and
# the press keeps the old party for a while: near a change, either party may be named.
SWITCH_MARGIN = dt.timedelta(days=92)


@dataclass(frozen=True, slots=True)
class Membership:
    """A person in an organisation. Start and end keep their precision: a
    spell known only as "2014" to "2019" covers both whole years."""

    person: str
    organisation: str
    started: TimeValue | None
    ended: TimeValue | None
    # An open spell is known to go on only up to its pack's `as_of` (or its start).
    known_until: dt.date | None = None

    @property
    def start(self) -> dt.date:
        return self.started.first if self.started else DAWN

    @property
    def end(self) -> dt.date:
        return self.ended.last if self.ended else FOREVER

    def overlaps(self, time: TimeValue) -> bool:
        return self.start <= time.last and time.first <= self.end

    def known_to_cover(self, time: TimeValue) -> bool:
        """Is the person known to be in it throughout the time?"""
        end = self.ended.last if self.ended else (self.known_until or FOREVER)
        return self.start <= time.first and time.last <= end

    def since(self) -> str:
        return self.started.spec() if self.started else "before the packs' records begin"


@dataclass(frozen=True, slots=True)
class Dispute:
    organisations: frozenset[str]
    start: dt.date
    end: dt.date


@dataclass
class Memberships:
    """The membership knowledge of a set of packs."""

    by_person: dict[str, list[Membership]] = field(default_factory=dict)
    disputes: list[Dispute] = field(default_factory=list)
    nouns: frozenset[tuple[str, ...]] = frozenset()  # word keys of member nouns
    qualifiers: frozenset[str] = frozenset()  # word keys of qualifiers
    changes: frozenset[str] = frozenset()  # word keys (or their beginnings, in Hindi) of changes

    def of(self, person: str) -> list[Membership]:
        return self.by_person.get(person, [])

    def near(self, person: str, time: TimeValue) -> list[Membership]:
        """The person's spells at the time, or within a switch's margin of it."""
        window = time.widened(SWITCH_MARGIN)
        return [m for m in self.of(person) if m.overlaps(window)]

    def disputed(self, organisations: set[str], time: TimeValue) -> bool:
        """Is the time, within a margin, one when any of these organisations' members'
        allegiance was disputed?"""
        window = time.widened(SWITCH_MARGIN)
        return any(d.organisations & organisations and d.start <= window.last and window.first <= d.end
                   for d in self.disputes)

    def split_apart(self, first: str, second: str, time: TimeValue) -> bool:
        """Are the two organisations sides of a split that had begun by the time?
        The press goes on calling both by the old name, so neither is checked
        against the other."""
        latest = time.widened(SWITCH_MARGIN).last
        return any({first, second} <= d.organisations and d.start <= latest for d in self.disputes)


def build(packs: PackSet, kinds: Callable[[str], str | None]) -> tuple[Memberships, list[str]]:
    """The memberships of the packs, and the problems of their rows: a reference
    that is not what it must be (kinds gives an id's entity type, None for no
    entity), a spell that ends before it starts; each names its file:line:field."""
    problems: list[str] = []

    def problem(source: Located, path: FieldPath, message: str) -> None:
        problems.append(source.problem(path, message))
    by_person: dict[str, list[Membership]] = defaultdict(list)
    disputes: list[Dispute] = []
    nouns: set[tuple[str, ...]] = set()
    qualifiers: set[str] = set()
    changes: set[str] = set()

    def expect(kind: str, ref: str, source: Located, path: FieldPath) -> bool:
        if kinds(ref) == kind:
            return True
        problem(source, path, f"{ref!r} is not an entity of type {kind} in the loaded packs; define "
                              "it, include the pack that defines it, or correct the id")
        return False

    for loaded in packs.packs:
        spec, source = loaded.spec, loaded.source
        lexicon = spec.lexicon.membership
        nouns.update(key for names in lexicon.nouns.values() for n in names if (key := name_key(n)))
        qualifiers.update(k for names in lexicon.qualifiers.values() for n in names for k in name_key(n))
        changes.update(k for names in lexicon.changes.values() for n in names for k in name_key(n))
        for i, item in enumerate(spec.memberships):
            ok = expect("person", item.person, source, ("memberships", i, "person"))
            ok = expect("organisation", item.organisation, source, ("memberships", i, "organisation")) and ok
            if item.start and item.end and item.end.last < item.start.first:
                problem(source, ("memberships", i, "end"), "ends before it starts; swap or correct the dates")
                ok = False
            if not ok:
                continue
            known = None
            if item.end is None and spec.as_of is not None:
                known = max(spec.as_of.last, item.start.first) if item.start else spec.as_of.last
            membership = Membership(item.person, item.organisation, item.start, item.end, known)
            if membership not in by_person[item.person]:
                by_person[item.person].append(membership)
        for i, dispute in enumerate(spec.membership_disputes):
            ok = all([expect("organisation", ref, source, ("membership_disputes", i, "organisations", j))
                      for j, ref in enumerate(dispute.organisations)])
            if dispute.end.last < dispute.start.first:
                problem(source, ("membership_disputes", i, "end"),
                        "ends before it starts; swap or correct the dates")
                ok = False
            if ok:
                disputes.append(Dispute(frozenset(dispute.organisations), dispute.start.first,
                                        dispute.end.last))
    for spells in by_person.values():
        spells.sort(key=lambda m: (m.start, m.end, m.organisation))
    return Memberships(dict(by_person), disputes, frozenset(nouns), frozenset(qualifiers),
                       frozenset(changes)), problems
