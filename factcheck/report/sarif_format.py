"""SARIF 2.1.0, for code scanning (GitHub uploads it as it is).

Regions are in code points (columnKind unicodeCodePoints). A finding in a
JSON Lines record points at the record's line of the file; its place in the
record's text is in the result's properties and logical location.
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import PurePath
from urllib.parse import quote

from .. import __version__
from ..links import REPOSITORY, rule_help_uri
from ..model import CheckInfo, Finding, KnowledgeRef, Related, Report
from .settings import Settings
from .streamed_json import Items, pieces

SCHEMA = "https://json.schemastore.org/sarif-2.1.0.json"
LEVELS = {"error": "error", "warning": "warning", "info": "note"}
FINGERPRINT = "factcheckFingerprint/v1"
BUNDLED = "FACTCHECK_REPOSITORY"  # the base of the bundled packs' files (rules/...)


def artifact_uri(path: str) -> str:
    """A path as a URI reference: relative paths stay relative (to the
    folder factcheck ran in), with every unsafe byte percent-encoded."""
    posix = PurePath(path).as_posix()
    quoted = quote(posix, safe="/", errors="surrogateescape")
    return f"file://{quoted}" if posix.startswith("/") else quoted


def span_end(text: str | None, start: int, end: int, line: int, column: int) -> tuple[int, int]:
    """The line and column just after the span."""
    if text is None:
        return line, column + (end - start)
    inside = text[start:end]
    breaks = inside.count("\n")
    if not breaks:
        return line, column + len(inside)
    return line + breaks, len(inside) - inside.rfind("\n")


def _region(report: Report, span: Finding | Related, article: str) -> dict[str, object]:
    end_line, end_column = span_end(report.sources.get((span.path, article)), span.start, span.end,
                                span.line, span.column)
    return {
        "startLine": span.line, "startColumn": span.column,
        "endLine": end_line, "endColumn": end_column,
        "charOffset": span.start, "charLength": span.end - span.start,
        "snippet": {"text": span.text},
    }


def _location(report: Report, span: Finding | Related, article: str) -> dict[str, object]:
    artifact = {"uri": artifact_uri(span.path)}
    record_line = report.record_lines.get((span.path, article))
    if record_line is None:
        return {"physicalLocation": {"artifactLocation": artifact,
                                     "region": _region(report, span, article)}}
    return {
        "physicalLocation": {"artifactLocation": artifact, "region": {"startLine": record_line}},
        "logicalLocations": [{"name": article, "kind": "record"}],
        "properties": {"record": article, "charOffset": span.start,
                       "charLength": span.end - span.start, "line": span.line, "column": span.column,
                       **({"field": span.field} if span.field is not None else {})},
    }


def _pack_file(ref: KnowledgeRef) -> dict[str, str]:
    """A pack's file; a bundled pack's, in factcheck's repository (BUNDLED)."""
    if ref.bundled:
        return {"uri": artifact_uri(ref.file), "uriBaseId": BUNDLED}
    return {"uri": artifact_uri(ref.file)}


def _rule(info: CheckInfo) -> dict[str, object]:
    return {
        "id": info.id,
        "name": info.kind,
        "shortDescription": {"text": info.summary},
        "fullDescription": {"text": info.description},
        "help": {"text": info.explanation},
        "helpUri": rule_help_uri(info.kind),
        "defaultConfiguration": {"level": LEVELS[info.severity]},
        "properties": {"kind": info.kind, "fixable": info.fixable, "tags": ["factcheck", info.kind]},
    }


def _result(report: Report, finding: Finding, index: dict[str, int], settings: Settings
            ) -> dict[str, object]:
    message = finding.message
    if finding.suggestion:
        message += f" Suggestion: {finding.suggestion}"
    result: dict[str, object] = {
        "ruleId": finding.rule,
        "level": LEVELS[finding.severity],
        "message": {"text": message},
        "locations": [_location(report, finding, finding.article)],
        "partialFingerprints": {FINGERPRINT: finding.fingerprint},
    }
    if finding.rule in index:
        result["ruleIndex"] = index[finding.rule]
    related = [{"id": number, **_location(report, related, related.article or finding.article),
                "message": {"text": related.message}}
               for number, related in enumerate(finding.related, 1)]
    related += [{"id": number, "physicalLocation": {"artifactLocation": _pack_file(ref),
                                                    "region": {"startLine": ref.line}},
                 "message": {"text": f"knowledge: {ref.record} {ref.details()}"}}
                for number, ref in enumerate(finding.knowledge, len(related) + 1)]
    if related:
        result["relatedLocations"] = related
    if finding.knowledge:
        result["properties"] = {"knowledge": [ref.model_dump(mode="json") for ref in finding.knowledge]}
    info = report.checks.get(finding.rule)
    key = (finding.path, finding.article)
    if (finding.suggestion is not None and info is not None and info.fixable
            and key not in report.record_lines):
        result["fixes"] = [{
            "description": {"text": f"Replace with {finding.suggestion!r}"},
            "artifactChanges": [{
                "artifactLocation": {"uri": artifact_uri(finding.path)},
                "replacements": [{
                    "deletedRegion": {"charOffset": finding.start,
                                      "charLength": finding.end - finding.start},
                    "insertedContent": {"text": finding.suggestion},
                }],
            }],
        }]
    if finding.suppressed is not None:
        result["suppressions"] = [{"kind": "inSource", "justification": finding.suppressed}]
    if finding.baseline is not None:
        result["baselineState"] = finding.baseline
    return result


def render(report: Report, settings: Settings) -> str:
    return "".join(chunks(report, settings))


def chunks(report: Report, settings: Settings) -> Iterator[str]:
    """The SARIF log in pieces: its results and notifications one at a time."""
    rules = sorted(report.checks.values(), key=lambda info: info.id)
    index = {info.id: number for number, info in enumerate(rules)}
    notifications = Items(
        {"level": "error", "message": {"text": f"{status.path}: {status.reason}"},
         "locations": [{"physicalLocation": {"artifactLocation": {"uri": artifact_uri(status.path)}}}]}
        for status in report.inputs if status.status == "failed"
    )
    run: dict[str, object] = {
        "tool": {"driver": {"name": "factcheck", "informationUri": REPOSITORY, "version": __version__,
                            "semanticVersion": __version__, "rules": [_rule(r) for r in rules]}},
        "columnKind": "unicodeCodePoints",
        "results": Items(_result(report, finding, index, settings) for finding in report.each_finding()),
        "invocations": [{"executionSuccessful": True,
                         "toolExecutionNotifications": notifications}],
        "properties": {"summary": report.summary.model_dump()},
    }
    if any(ref.bundled for finding in report.each_finding() for ref in finding.knowledge):
        run["originalUriBaseIds"] = {BUNDLED: {
            "uri": f"{REPOSITORY}/blob/main/",
            "description": {"text": "factcheck's repository: rules/ holds the packs bundled with it"}}}
    yield from pieces({"$schema": SCHEMA, "version": "2.1.0", "runs": [run]})
    yield "\n"
