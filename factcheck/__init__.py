"""factcheck: check news articles for factual consistency.

    import factcheck
    report = factcheck.check(["articles/"])          # the bundled pack
    rules = factcheck.load_rules(["my-pack.yaml"])
    report = factcheck.check(["a.txt"], rules=rules)
    for finding in report.findings: print(finding.message)
"""

from __future__ import annotations

from .engine import run as check
from .model import Article, Finding, InputStatus, Related, Report, Summary
from .rules import Rules, load_rules
from .yamlsource import PackError

__all__ = [
    "Article", "Finding", "InputStatus", "PackError", "Related", "Report", "Rules",
    "Summary", "check", "load_rules",
]
__version__ = "0.2.0"
