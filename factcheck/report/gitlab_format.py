"""GitLab's code quality report (a JSON list of issues), for merge request
widgets: `artifacts: reports: codequality: factcheck.json`. Suppressed
findings and findings in the baseline are left out."""

from __future__ import annotations

from collections.abc import Iterator

from ..model import Finding, Report
from .github_format import with_related
from .settings import Settings
from .streamed_json import Items, pieces

SEVERITIES = {"error": "critical", "warning": "major", "info": "info"}


def render(report: Report, settings: Settings | None = None) -> str:
    return "".join(chunks(report, settings))


def chunks(report: Report, settings: Settings | None = None) -> Iterator[str]:
    """The list in pieces, an issue at a time."""
    yield from pieces(Items(_issue(report, finding) for finding in report.each_finding() if finding.counts))
    yield "\n"


def _issue(report: Report, finding: Finding) -> dict[str, object]:
    line = report.record_lines.get((finding.path, finding.article), finding.line)
    description = finding.message
    if finding.suggestion:
        description += f" Suggestion: {finding.suggestion}"
    return {
        "type": "issue",
        "check_name": finding.rule,
        "description": with_related(description, finding),
        "categories": ["Bug Risk"],
        "severity": SEVERITIES[finding.severity],
        "fingerprint": finding.fingerprint,
        "location": {"path": finding.path, "lines": {"begin": line}},
    }
