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

if TYPE_CHECKING:
    from .claim_model import ClaimRecord, Evidence
    from .claim_run import check_claims
    from .engine import run as check
    from .model import Article, Finding, InputStatus, Related, Report, Summary
    from .rules import Rules, load_rules
    from .yamlsource import PackError

# Each name is imported when first used, so that importing the package costs
# nothing until then: the `factcheck` command (factcheck.console) makes its
# imports with the garbage collector off, and `factcheck check` never reads a
# claims table.
_LAZY = {
    "check": ("engine", "run"), "Article": ("model", "Article"), "Finding": ("model", "Finding"),
    "InputStatus": ("model", "InputStatus"), "Related": ("model", "Related"), "Report": ("model", "Report"),
    "Summary": ("model", "Summary"), "Rules": ("rules", "Rules"), "load_rules": ("rules", "load_rules"),
    "PackError": ("yamlsource", "PackError"), "ClaimRecord": ("claim_model", "ClaimRecord"),
    "Evidence": ("claim_model", "Evidence"), "check_claims": ("claim_run", "check_claims"),
}


def __getattr__(name: str) -> Any:
    if name in _LAZY:
        import importlib

        module, attribute = _LAZY[name]
        value = getattr(importlib.import_module(f".{module}", __name__), attribute)
        globals()[name] = value
        return value
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")


def __dir__() -> list[str]:
    return sorted({*globals(), *_LAZY})


__all__ = [
    "Article", "ClaimRecord", "Evidence", "Finding", "InputStatus", "PackError", "Related", "Report",
    "Rules", "Summary", "check", "check_claims", "load_rules",
]
__version__ = "0.2.0"
