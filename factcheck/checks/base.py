"""What a rule kind is: its documentation, its options and its functions."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Hashable, Iterable
from dataclasses import dataclass, field
from typing import Any, Literal

from ..analysis import Analysis, Reader
from ..claims import Claim
from ..knowledge import Knowledge
from ..mentions import Gazetteer
from ..model import KnowledgeRef, Severity
from ..packset import LexiconPart, Section
from ..span import RelatedSpan, Span
from ..timevalue import TimeValue
from .options import Options


@dataclass(frozen=True, slots=True)
class Hit:
    """A finding before the engine adds rule id, severity, article and
    fingerprint: start and end are code points of the article checked."""

    start: int
    end: int
    message: str
    suggestion: str | None = None
    severity: Severity | None = None  # overrides the check's severity
    related: tuple[RelatedSpan, ...] = ()
    # The pack records the hit rests on (made only for a hit, never per claim).
    knowledge: tuple[KnowledgeRef, ...] = ()
    # A run-level hit that repeats what a per-article check of this kind
    # already reports at the same span: its related places join that finding
    # instead (one mistake, one finding). Reported on its own when there is none.
    merge_into: str | None = None


@dataclass(frozen=True, slots=True)
class RunHit:
    """A run-level finding: its span, and the hit. With `restates`, it
    takes the place of this check's own per-article finding at that span
    (what the whole run shows decides it), and a hit of None withdraws it."""

    span: Span
    hit: Hit | None
    restates: bool = False


def _undecided(knowledge: Knowledge, subject: str) -> bool:
    return False


def _no_name(knowledge: Knowledge, ref: str) -> str:
    return knowledge.name(ref)


def _not_held(knowledge: Knowledge, subject: str, value: str, time: TimeValue) -> bool:
    return False


def _no_handover(knowledge: Knowledge, subject: str, value: str, time: TimeValue) -> str:
    return ""


def _nothing_known(knowledge: Knowledge, subject: str) -> TimeValue | None:
    return None


def _no_records(knowledge: Knowledge, subject: str, value: str, time: TimeValue) -> tuple[KnowledgeRef, ...]:
    return ()


def _never_ends(knowledge: Knowledge, subject: str, time: TimeValue) -> KnowledgeEnds | None:
    return None


@dataclass(frozen=True, slots=True)
class KnowledgeEnds:
    """The packs' knowledge of a subject ends before a time: open records
    (a holder, a party) known to go on only up to their packs' as_of."""

    until: dt.date
    records: tuple[KnowledgeRef, ...]


@dataclass(frozen=True)
class Comparator:
    """How the cross-source check compares one relation's claims across the
    articles of a run. `record` gives what a claim is about, the value it
    gives and its time, or None when the claim is not certain enough to
    compare. A "holder" relation has one value at a time (an office's holder,
    a person's party), which may change: the knowledge says who held it when.
    A "value" relation states one value (a fact's year, an event's date)."""

    relation: str
    style: Literal["holder", "value"]
    record: Callable[[Claim, Knowledge], tuple[str, str, TimeValue] | None]
    # The per-article kind whose finding a disagreement the knowledge decides restates.
    merge_into: str
    subject_label: Callable[[Knowledge, str], str] = _no_name
    value_label: Callable[[Knowledge, str], str] = _no_name
    # holder: does the knowledge decide this subject at all, and did the value hold it then?
    decided: Callable[[Knowledge, str], bool] = _undecided
    held: Callable[[Knowledge, str, str, TimeValue], bool] = _not_held
    # holder: when the value took the subject over (a label), if known near that time
    handover: Callable[[Knowledge, str, str, TimeValue], str] = _no_handover
    # value: the value the knowledge gives
    known: Callable[[Knowledge, str], TimeValue | None] = _nothing_known
    # The pack records that show the value of the subject at the time (holder: that the
    # value held it; value: the known value), named by the findings that rest on them.
    evidence: Callable[[Knowledge, str, str, TimeValue], tuple[KnowledgeRef, ...]] = _no_records
    # holder: when the time is later than the packs know the subject (as_of), until when they do
    knowledge_ends: Callable[[Knowledge, str, TimeValue], KnowledgeEnds | None] = _never_ends
    # holder: the words of its messages, {subject} and {value} filled in with labels
    holders_of: str = "holders of {subject}"
    who_was: str = "who was {subject}"
    named_as: str = "{value} as {subject}"
    changed: str = "the office changed hands"


@dataclass
class CheckContext:
    knowledge: Knowledge
    gazetteer: Gazetteer
    options: Any
    state: Any = None
    # The cross-source comparators of the registered kinds, by relation.
    comparators: dict[str, Comparator] = field(default_factory=dict)


@dataclass(frozen=True)
class RuleKind:
    name: str
    summary: str
    explanation: str
    default_severity: Severity
    options: type[Options] = Options
    # Its suggestions can replace the span as they are (`factcheck check --fix`).
    fixable: bool = False
    prepare: Callable[[CheckContext], Any] | None = None
    # Reads claims of the relations `produces` from an article, given the
    # options of the kind's first enabled check. Readers run only when an
    # enabled check uses what they produce.
    reads: Reader | None = None
    produces: tuple[str, ...] = ()
    # The claim relations this kind's checks look at; with `uses_compared`,
    # every relation a kind gives a cross-source comparator for.
    uses: tuple[str, ...] = ()
    uses_compared: bool = False
    # The pack sections it brings (PackSpec, the knowledge and the JSON Schema
    # are built from the registered kinds') and how its relations compare across sources.
    sections: tuple[Section, ...] = ()
    lexicon: tuple[LexiconPart, ...] = ()
    compares: tuple[Comparator, ...] = ()
    check_article: Callable[[Analysis, CheckContext], Iterable[Hit]] | None = None
    # What the run-level check needs of an article, given the article's own hits.
    collect: Callable[[Analysis, CheckContext, list[Hit]], list[Any]] | None = None
    check_run: Callable[[list[Any], CheckContext], Iterable[RunHit]] | None = None
    # The key of a record that check_run compares only with records of the same
    # key: a run may be split by it (factcheck.distributed groups the records by it).
    run_key: Callable[[Any], Hashable] | None = None
    # The regular expressions of a text rule, so `rules test` can require
    # that each matches in one of the check's examples.
    patterns: Callable[[Any], list[str]] | None = None
    examples: dict[str, list[str]] = field(default_factory=dict)
