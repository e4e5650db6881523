"""--statistics: how many findings each rule reported, by severity, as ruff
--statistics shows them; text, or JSON with --format json."""

from __future__ import annotations

import dataclasses
import json
from collections import Counter
from dataclasses import dataclass

from ..model import SEVERITY_RANK, Report
from .settings import Settings


@dataclass(frozen=True)
class Row:
    count: int
    rule: str
    severity: str
    fixable: int  # how many of them --fix can fix


def rows(report: Report, settings: Settings) -> list[Row]:
    """One row per rule and severity of the findings that count (and those in
    the baseline with show_baselined), most frequent first."""
    from ..fixes import fixable

    counts: Counter[tuple[str, str]] = Counter()
    fixables: Counter[tuple[str, str]] = Counter()
    for finding in report.each_finding():
        if finding.suppressed is not None:
            continue
        if finding.baseline == "unchanged" and not settings.show_baselined:
            continue
        key = (finding.rule, finding.severity)
        counts[key] += 1
        fixables[key] += fixable(report, finding)
    ordered = sorted(counts.items(), key=lambda item: (-item[1], -SEVERITY_RANK[item[0][1]], item[0][0]))
    return [Row(count, rule, severity, fixables[(rule, severity)]) for (rule, severity), count in ordered]


def render(report: Report, settings: Settings, as_json: bool = False) -> str:
    table = rows(report, settings)
    if as_json:
        return json.dumps([dataclasses.asdict(row) for row in table], ensure_ascii=False, indent=2) + "\n"
    width = max((len(row.rule) for row in table), default=0)
    lines = [(f"{row.count:>6}  {row.severity:<7}  {row.rule:<{width}}"
              + (f"  [*] {row.fixable} fixable" if row.fixable else "")).rstrip() for row in table]
    total = sum(row.count for row in table)
    summary = f"{total} {'finding' if total == 1 else 'findings'}"
    fixable_total = sum(row.fixable for row in table)
    if fixable_total:
        summary += f"; [*] {fixable_total} fixable with --fix"
    if report.summary.failed:
        summary += f"; {report.summary.failed} inputs failed"
    return "\n".join([*lines, summary]).rstrip() + "\n"
