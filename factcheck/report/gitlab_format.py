"""GitLab's code quality report (a JSON list of issues), for merge request
widgets: `artifacts: reports: codequality: factcheck.json`. Suppressed
findings and findings in the baseline are left out."""

from __future__ import annotations

import json

from ..model import Report
from .github_format import with_related
from .settings import Settings

SEVERITIES = {"error": "critical", "warning": "major", "info": "info"}


def render(report: Report, settings: Settings | None = None) -> str:
    issues = []
    for finding in report.findings:
        if not finding.counts:
            continue
        line = report.record_lines.get((finding.path, finding.article), finding.line)
        description = finding.message
        if finding.suggestion:
            description += f" Suggestion: {finding.suggestion}"
        issues.append({
            "type": "issue",
            "check_name": finding.rule,
            "description": with_related(description, finding),
            "categories": ["Bug Risk"],
            "severity": SEVERITIES[finding.severity],
            "fingerprint": finding.fingerprint,
            "location": {"path": finding.path, "lines": {"begin": line}},
        })
    return json.dumps(issues, ensure_ascii=False, indent=2) + "\n"
