"""The rule-kind registry: one module per kind, one line here per module."""

from __future__ import annotations

from . import (
    consistency,
    cross_source,
    dates,
    existence,
    fact,
    membership,
    office_holder,
    repetition,
    spelling,
    substitution,
    trailing_text,
)
from .base import CheckContext, Comparator, Hit, RuleKind, RunHit

KINDS: dict[str, RuleKind] = {
    module.KIND.name: module.KIND
    for module in (spelling, office_holder, fact, dates, repetition, cross_source,
                   existence, substitution, consistency, trailing_text, membership)
}
BUILTIN_KINDS: dict[str, RuleKind] = dict(KINDS)  # as shipped, before any kind is registered

__all__ = ["BUILTIN_KINDS", "KINDS", "CheckContext", "Comparator", "Hit", "RuleKind", "RunHit"]
