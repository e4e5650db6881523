"""The rule-kind registry: one module per kind, one line here per module."""

from __future__ import annotations

from . import cross_source, dates, fact, office_holder, repetition, spelling
from .base import CheckContext, Hit, RuleKind, RunHit

KINDS: dict[str, RuleKind] = {
    module.KIND.name: module.KIND
    for module in (spelling, office_holder, fact, dates, repetition, cross_source)
}

__all__ = ["KINDS", "CheckContext", "Hit", "RuleKind", "RunHit"]
