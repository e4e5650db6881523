"""factcheck: check news articles for factual consistency.

    import factcheck
    report = factcheck.check(["articles/"])          # the bundled pack
    rules = factcheck.load_rules(["my-pack.yaml"])
    report = factcheck.check(["a.txt"], rules=rules)
    for finding in report.findings: print(finding.message)
    report = factcheck.check_claims("claims.csv")    # claims another tool extracted
"""

from __future__ import annotations

from .claim_model import ClaimRecord, Evidence
from .claim_run import check_claims
from .engine import run as check
from .model import Article, Finding, InputStatus, Related, Report, Summary
from .rules import Rules, load_rules
from .yamlsource import PackError

__all__ = [
    "Article", "ClaimRecord", "Evidence", "Finding", "InputStatus", "PackError", "Related", "Report",
    "Rules", "Summary", "check", "check_claims", "load_rules",
]
__version__ = "0.2.0"
