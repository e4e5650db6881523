"""Human-readable report: path:line:column, severity, rule, message, the
line with the span marked, and the suggestion. Control characters and
bidirectional overrides from articles and file names are shown escaped, so
an article cannot clear or retitle the terminal or reorder what is shown."""

from __future__ import annotations

import itertools
import unicodedata
from collections.abc import Iterator

import regex

from ..model import Finding, InputStatus, Report, where
from ..text import cluster_boundary
from .settings import Settings

CONTEXT = 40
MAX_MARKED = 80  # a longer span is marked over its first 80 characters
# C0 and C1 controls (tab and newline are handled by the layout), bidirectional
# embeddings, overrides and isolates, and unpaired surrogates.
UNSAFE = regex.compile(r"[\x00-\x08\x0b-\x1f\x7f-\x9f\u202a-\u202e\u2066-\u2069\ud800-\udfff]")
COLOURS = {"error": "\x1b[1;31m", "warning": "\x1b[1;33m", "info": "\x1b[1;36m"}
BOLD, DIM, RESET = "\x1b[1m", "\x1b[2m", "\x1b[0m"


def visible(text: str) -> str:
    """Text safe to print: unsafe characters as escapes (\\x1b, \\u202e)."""
    return UNSAFE.sub(lambda m: m.group().encode("unicode_escape", "backslashreplace").decode(), text)


def one_line(text: str) -> str:
    """Text safe to print within one line: also line breaks and tabs as
    escapes, so a file name or message can never start a line of its own
    (a CI log would take a line starting with '::' for a command)."""
    return visible(text).replace("\n", "\\n").replace("\r", "\\r").replace("\t", "\\t")


def _width(text: str) -> int:
    width = 0
    for ch in text:
        if unicodedata.category(ch) in {"Mn", "Me", "Cf"}:
            continue
        width += 2 if unicodedata.east_asian_width(ch) in {"W", "F"} else 1
    return width


def _excerpt(finding: Finding, source: str) -> list[str]:
    # The line's ends, looked for only as far as the excerpt reaches (a line of
    # 10 MB is not read once per finding); past that, they are "further".
    near = max(0, finding.start - CONTEXT - 1)
    newline = source.rfind("\n", near, finding.start)
    line_start = newline + 1 if newline >= 0 else (0 if near == 0 else -1)
    far = min(len(source), finding.start + MAX_MARKED + CONTEXT + 1)
    line_end = source.find("\n", finding.start, far)  # a span over several lines shows its first
    line_end = (len(source) if far == len(source) else len(source) + 1) if line_end < 0 else line_end
    end = min(finding.end, line_end, finding.start + MAX_MARKED)
    left = cluster_boundary(source, max(line_start, finding.start - CONTEXT))
    right = cluster_boundary(source, min(line_end, end + CONTEXT))
    prefix = "…" if left > line_start else ""
    suffix = "…" if right < line_end else ""
    shown = prefix + visible(source[left:right].replace("\t", " ").replace("\r", " ")) + suffix
    before = prefix + visible(source[left : finding.start].replace("\t", " ").replace("\r", " "))
    gutter = f"{finding.line:>5} | "
    marker = " " * _width(before) + "^" * max(1, _width(visible(source[finding.start : end])))
    return [gutter + shown, " " * (len(gutter) - 2) + "| " + marker]


def render_finding(finding: Finding, source: str | None = None, color: bool = False) -> str:
    place = one_line(where(finding.path, finding.article, finding.line, finding.column, finding.field))
    severity = f"{COLOURS[finding.severity]}{finding.severity}{RESET}" if color else finding.severity
    if finding.suppressed is not None:
        head = f"{place}: suppressed {finding.severity} [{finding.rule}] {one_line(finding.message)}"
        return (f"{DIM}{head}{RESET}" if color else head) + \
            f"\n      = suppressed by {one_line(finding.suppressed)}"
    rule = f"{BOLD}[{finding.rule}]{RESET}" if color else f"[{finding.rule}]"
    lines = [f"{place}: {severity} {rule} {one_line(finding.message)}"]
    if finding.baseline == "unchanged":
        lines[0] += " (in the baseline)"
    if source is not None and finding.end <= len(source):
        lines.extend(_excerpt(finding, source))
    if finding.suggestion:
        lines.append(f"      = suggestion: {one_line(finding.suggestion)}")
    for related in finding.related:
        other = where(related.path, related.article or "", related.line, related.column, related.field)
        lines.append(f"      = related: {one_line(other)}: {one_line(related.message)}")
    for ref in finding.knowledge:
        lines.append(f"      = knowledge: {one_line(ref.label())}")
    return "\n".join(lines)


def _plural(count: int, noun: str) -> str:
    return f"{count} {noun}{'s' if count != 1 else ''}"


def render(report: Report, settings: Settings | None = None) -> str:
    return "".join(chunks(report, settings))


def chunks(report: Report, settings: Settings | None = None) -> Iterator[str]:
    """The report in pieces: a finding, a failed input, the summary, a blank line between."""
    color = settings.color if settings else False
    show_baselined = settings.show_baselined if settings else False
    sources = report.sources
    blocks = itertools.chain(
        (render_finding(f, sources.get((f.path, f.article)), color) for f in report.each_finding()
         if show_baselined or f.baseline != "unchanged"),
        (_failed(status) for status in report.inputs if status.status == "failed"))
    for block in blocks:
        yield block + "\n\n"
    yield _summary(report, show_baselined) + "\n"


def _failed(status: InputStatus) -> str:
    name = f"{status.path} ({status.article})" if status.article else status.path
    return f"{one_line(name)}: failed: {one_line(status.reason or '')}"


def _summary(report: Report, show_baselined: bool) -> str:
    s = report.summary
    summary = (f"{_plural(s.articles, 'article')} checked, {s.failed} failed: "
               f"{_plural(s.errors, 'error')}, {_plural(s.warnings, 'warning')}, "
               f"{_plural(s.infos, 'info')}")
    if s.suppressed:
        summary += f", {s.suppressed} suppressed"
    unchanged = sum(1 for f in report.each_finding() if f.baseline == "unchanged")
    if unchanged:
        summary += (f" ({unchanged} in the baseline)" if show_baselined else
                    f" ({unchanged} in the baseline, not shown: --show-baselined shows them)")
    return summary
