"""Human-readable report: path:line:column, severity, rule, message, the
line with the span marked, and the suggestion."""

from __future__ import annotations

import unicodedata

from ..model import Finding, Report, where

CONTEXT = 40
MAX_MARKED = 80  # a longer span is marked over its first 80 characters


def _width(text: str) -> int:
    width = 0
    for ch in text:
        if unicodedata.category(ch) in {"Mn", "Me", "Cf"}:
            continue
        width += 2 if unicodedata.east_asian_width(ch) in {"W", "F"} else 1
    return width


def _excerpt(finding: Finding, source: str) -> list[str]:
    line_start = source.rfind("\n", 0, finding.start) + 1
    line_end = source.find("\n", finding.end)
    line_end = len(source) if line_end < 0 else line_end
    end = min(finding.end, line_end, finding.start + MAX_MARKED)
    left = max(line_start, finding.start - CONTEXT)
    right = min(line_end, end + CONTEXT)
    prefix = "…" if left > line_start else ""
    suffix = "…" if right < line_end else ""
    shown = prefix + source[left:right].replace("\t", " ") + suffix
    before = prefix + source[left : finding.start]
    gutter = f"{finding.line:>5} | "
    marker = " " * _width(before) + "^" * max(1, _width(source[finding.start : end]))
    return [gutter + shown, " " * (len(gutter) - 2) + "| " + marker]


def render_finding(finding: Finding, source: str | None = None) -> str:
    lines = [
        f"{where(finding.path, finding.article, finding.line, finding.column)}: "
        f"{finding.severity} [{finding.rule}] {finding.message}"
    ]
    if source is not None and finding.end <= len(source):
        lines.extend(_excerpt(finding, source))
    if finding.suggestion:
        lines.append(f"      = suggestion: {finding.suggestion}")
    for related in finding.related:
        place = where(related.path, related.article or "", related.line, related.column)
        lines.append(f"      = related: {place}: {related.message}")
    return "\n".join(lines)


def render(report: Report) -> str:
    sources = report.sources
    blocks = [render_finding(f, sources.get((f.path, f.article))) for f in report.findings]
    for status in report.inputs:
        if status.status == "failed":
            name = f"{status.path} ({status.article})" if status.article else status.path
            blocks.append(f"{name}: failed: {status.reason}")
    s = report.summary
    blocks.append(
        f"{s.articles} article{'s' if s.articles != 1 else ''} checked, {s.failed} failed: "
        f"{s.errors} error{'s' if s.errors != 1 else ''}, "
        f"{s.warnings} warning{'s' if s.warnings != 1 else ''}, "
        f"{s.infos} info{'s' if s.infos != 1 else ''}"
    )
    return "\n\n".join(blocks) + "\n"
