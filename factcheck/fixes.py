"""--fix and --diff: apply the suggestions of fixable checks (spelling,
substitution, repetition) to article files, as ruff applies safe fixes.
Findings of other checks, suppressed findings and findings in JSON Lines
records are left for a person; so is a fix that overlaps another."""

from __future__ import annotations

import difflib
from collections import defaultdict
from dataclasses import dataclass
from pathlib import Path

from .model import JSON_LINES, Finding, Report
from .outputs import write_atomically


@dataclass(frozen=True)
class FileFix:
    path: str
    before: str
    after: str
    count: int


def _fixable(report: Report, finding: Finding) -> bool:
    info = report.checks.get(finding.rule)
    return (info is not None and info.fixable and finding.suggestion is not None
            and finding.suppressed is None and not finding.path.endswith(JSON_LINES))


def plan(report: Report) -> list[FileFix]:
    """The fixes the report allows, file by file. A file that changed since it
    was checked is left alone."""
    by_path: dict[str, list[Finding]] = defaultdict(list)
    for finding in report.findings:
        if _fixable(report, finding):
            by_path[finding.path].append(finding)
    fixes = []
    for path, found in sorted(by_path.items()):
        try:
            before = Path(path).read_bytes().decode("utf-8")
        except (OSError, UnicodeDecodeError):
            continue
        pieces, position, count = [], 0, 0
        for finding in sorted(found, key=lambda f: (f.start, f.end)):
            if finding.start < position or before[finding.start : finding.end] != finding.text:
                continue
            pieces += [before[position : finding.start], finding.suggestion or ""]
            position = finding.end
            count += 1
        if count:
            fixes.append(FileFix(path, before, "".join(pieces) + before[position:], count))
    return fixes


def apply(fixes: list[FileFix]) -> None:
    for fix in fixes:
        write_atomically(fix.path, fix.after)


def diff(fixes: list[FileFix]) -> str:
    return "".join(
        "".join(difflib.unified_diff(fix.before.splitlines(keepends=True),
                                     fix.after.splitlines(keepends=True),
                                     fromfile=f"a/{fix.path}", tofile=f"b/{fix.path}"))
        for fix in fixes
    )
