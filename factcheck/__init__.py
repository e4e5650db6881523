"""factcheck: check news articles for factual consistency.

    import factcheck
    report = factcheck.check(["articles/"])          # the bundled pack
    rules = factcheck.load_rules(["my-pack.yaml"])
    report = factcheck.check(["a.txt"], rules=rules)
    for finding in report.findings: print(finding.message)
    report = factcheck.check_claims("claims.csv")    # claims another tool extracted
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from .engine import run as check
from .model import Article, Finding, InputStatus, Related, Report, Summary
from .rules import Rules, load_rules
from .yamlsource import PackError

if TYPE_CHECKING:
    from .claim_model import ClaimRecord, Evidence
    from .claim_run import check_claims

# Imported when first used: `factcheck check` never reads a claims table.
_LAZY = {"ClaimRecord": "claim_model", "Evidence": "claim_model", "check_claims": "claim_run"}


def __getattr__(name: str) -> Any:
    if name in _LAZY:
        import importlib

        value = getattr(importlib.import_module(f".{_LAZY[name]}", __name__), name)
        globals()[name] = value
        return value
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")


__all__ = [
    "Article", "ClaimRecord", "Evidence", "Finding", "InputStatus", "PackError", "Related", "Report",
    "Rules", "Summary", "check", "check_claims", "load_rules",
]
__version__ = "0.2.0"
