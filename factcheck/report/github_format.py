"""GitHub Actions workflow commands: each finding annotates the pull request
at its line. Every value is escaped as the Actions toolkit escapes it, so no
article text or file name can end a command or start another."""

from __future__ import annotations

from collections.abc import Iterator

from ..model import Finding, Report, where
from .sarif_format import span_end
from .settings import Settings

LEVELS = {"error": "error", "warning": "warning", "info": "notice"}


def escape_data(text: str) -> str:
    return text.replace("%", "%25").replace("\r", "%0D").replace("\n", "%0A")


def escape_property(text: str) -> str:
    return escape_data(text).replace(":", "%3A").replace(",", "%2C")


def _command(level: str, properties: dict[str, object], message: str) -> str:
    fields = ",".join(f"{name}={escape_property(str(value))}" for name, value in properties.items())
    return f"::{level} {fields}::{escape_data(message)}"


def _place(report: Report, finding: Finding) -> dict[str, object]:
    """line, col, endLine and endColumn, the place of the span's last character
    (GitHub's end column is inclusive); a span over several lines gives its
    lines only, as GitHub takes columns on one line only."""
    last_line, last_column = span_end(report.sources.get((finding.path, finding.article)),
                                      finding.start, max(finding.start, finding.end - 1),
                                      finding.line, finding.column)
    if last_line != finding.line:
        return {"line": finding.line, "endLine": last_line}
    return {"line": finding.line, "endLine": last_line, "col": finding.column, "endColumn": last_column}


def with_related(message: str, finding: Finding) -> str:
    """The message followed by the places and pack records it rests on, for
    formats that show a finding at one place only."""
    for related in finding.related:
        place = where(related.path, related.article or finding.article, related.line, related.column,
                      related.field)
        message += f" Related: {place}: {related.message}."
    for ref in finding.knowledge:
        message += f" Knowledge: {ref.label()}."
    return message


def render(report: Report, settings: Settings) -> str:
    return "".join(chunks(report, settings))


def chunks(report: Report, settings: Settings) -> Iterator[str]:
    """The commands in pieces, a line at a time."""
    for finding in report.each_finding():
        if finding.suppressed is not None:
            continue
        if finding.baseline == "unchanged" and not settings.show_baselined:
            continue
        yield _annotation(report, finding) + "\n"
    for status in report.inputs:
        if status.status == "failed":
            yield _command("error", {"file": status.path, "title": "factcheck: input failed"},
                           status.reason or "failed") + "\n"
    s = report.summary
    yield (f"factcheck: {s.articles} articles checked, {s.failed} failed: {s.errors} errors, "
           f"{s.warnings} warnings, {s.infos} infos, {s.suppressed} suppressed\n")


def _annotation(report: Report, finding: Finding) -> str:
    record_line = report.record_lines.get((finding.path, finding.article))
    properties: dict[str, object] = {"file": finding.path}
    if record_line is None:
        properties.update(_place(report, finding))
    else:
        properties["line"] = record_line
    properties["title"] = f"factcheck [{finding.rule}]"
    message = finding.message
    if finding.field is not None:
        message = f"record {finding.article}, field {finding.field}: {message}"
    elif record_line is not None:
        message = f"record {finding.article}, line {finding.line}, column {finding.column}: {message}"
    if finding.suggestion:
        message += f" Suggestion: {finding.suggestion}"
    message = with_related(message, finding)
    return _command(LEVELS[finding.severity], properties, message)
