"""What a rule kind is: its documentation, its options and its functions."""

from __future__ import annotations

import copy
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from typing import Any

from pydantic import BaseModel, ConfigDict

from ..analysis import Analysis, Reader
from ..knowledge import Knowledge
from ..mentions import Gazetteer
from ..model import Severity
from ..span import RelatedSpan, Span


class Options(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)

    def model_post_init(self, context: Any, /) -> None:
        """Each check owns its option values: a default list or mapping is
        copied, never shared with the defaults or another pack's check."""
        for name in type(self).model_fields:
            value = getattr(self, name)
            if isinstance(value, dict | list | set):
                object.__setattr__(self, name, copy.deepcopy(value))


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


@dataclass
class CheckContext:
    knowledge: Knowledge
    gazetteer: Gazetteer
    options: Any
    state: Any = None


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
    # Reads the claims this kind checks from an article (every check sees the
    # claims of every reader).
    reads: Reader | None = None
    check_article: Callable[[Analysis, CheckContext], Iterable[Hit]] | None = None
    # What the run-level check needs of an article, given the article's own hits.
    collect: Callable[[Analysis, CheckContext, list[Hit]], list[Any]] | None = None
    check_run: Callable[[list[Any], CheckContext], Iterable[RunHit]] | None = None
    # The regular expressions of a text rule, so `rules test` can require
    # that each matches in one of the check's examples.
    patterns: Callable[[Any], list[str]] | None = None
    examples: dict[str, list[str]] = field(default_factory=dict)
