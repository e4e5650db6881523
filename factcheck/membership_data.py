"""Party-membership knowledge, merged from packs: people's spells in parties
(`memberships:`), the times a split made allegiance disputed
(`membership_disputes:`), the lexicon's membership words, and the queries the
membership kind asks ("which party was X in then?").

The membership kind brings the two pack sections (SECTIONS: their indexes;
their models are membership_specs.py's) and the lexicon's `membership` words
(LEXICON).
"""

from __future__ import annotations

import datetime as dt
from collections import defaultdict
from dataclasses import dataclass, field
from functools import cached_property
from typing import Any

from .knowledge import Knowledge, Origin
from .model import KnowledgeRef
from .packset import LexiconPart, Section
from .text import name_key
from .timevalue import TimeValue

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
    origin: Origin | None = field(default=None, compare=False)

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

    def ref(self) -> KnowledgeRef | None:
        return self.origin.ref("membership", self.person, self.organisation) if self.origin else None


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

    @cached_property
    def longest_noun(self) -> int:
        return max((len(n) for n in self.nouns), default=0)

    @cached_property
    def hindi_changes(self) -> tuple[str, ...]:
        """Hindi change words, which begin their inflected forms too (इस्तीफा, इस्तीफे)."""
        return tuple(c for c in self.changes if not c.isascii() and len(c) > 2)

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


def index_memberships(entries: list[tuple[Any, TimeValue | None]], knowledge: Knowledge) -> Memberships:
    """People's spells by person (an open spell known up to its pack's as_of),
    with the lexicon's membership words."""
    by_person: dict[str, list[Membership]] = defaultdict(list)
    for item, as_of in entries:
        known = None
        if item.end is None and as_of is not None:
            known = max(as_of.last, item.start.first) if item.start else as_of.last
        membership = Membership(item.person, item.organisation, item.start, item.end, known,
                                knowledge.origin_of(item))
        if membership not in by_person[item.person]:
            by_person[item.person].append(membership)
    for spells in by_person.values():
        spells.sort(key=lambda m: (m.start, m.end, m.organisation))
    words = [lexicon.membership for lexicon in knowledge.lexicons if hasattr(lexicon, "membership")]

    def phrases(group: str) -> list[tuple[str, ...]]:
        return [key for lex in words for names in getattr(lex, group).values() for n in names
                if (key := name_key(n))]

    return Memberships(dict(by_person), [], frozenset(phrases("nouns")),
                       frozenset(k for key in phrases("qualifiers") for k in key),
                       frozenset(k for key in phrases("changes") for k in key))


def index_disputes(entries: list[tuple[Any, TimeValue | None]], knowledge: Knowledge) -> list[Dispute]:
    """The disputed times, joined to the memberships (indexed first)."""
    disputes = [Dispute(frozenset(item.organisations), item.start.first, item.end.last)
                for item, _ in entries]
    memberships_of(knowledge).disputes.extend(disputes)
    return disputes


def memberships_of(knowledge: Knowledge) -> Memberships:
    found: Memberships = knowledge.relations["memberships"]
    return found


SECTIONS = (
    Section("memberships", "factcheck.membership_specs:MembershipSpec",
            "people's spells in parties, for the membership kind",
            references=(("person", "person"), ("organisation", "organisation")), index=index_memberships),
    Section("membership_disputes", "factcheck.membership_specs:MembershipDisputeSpec",
            "times when a party's members' allegiance was disputed (a split): claims naming those "
            "parties then are not checked",
            references=(("organisations", "organisation"),), index=index_disputes),
)

LEXICON = (LexiconPart("membership", "factcheck.membership_specs:MembershipLexiconSpec",
                       "the words of party-membership claims (the membership kind): 'Congress leader X', "
                       "'भाजपा सांसद X'"),)
