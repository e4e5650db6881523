"""The public data model: articles, spans, findings and reports."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from typing import Any, Literal

from pydantic import BaseModel, ConfigDict, Field, PrivateAttr

Severity = Literal["error", "warning", "info"]
JSON_LINES = (".jsonl", ".ndjson")
SEVERITY_RANK: dict[str, int] = {"info": 1, "warning": 2, "error": 3}


class Article(BaseModel):
    """One article. `text` is the original file (or record) text; every offset
    in a finding indexes it. `body_start` is where the article's own words
    begin, after any dateline or front matter."""

    model_config = ConfigDict(frozen=True)

    id: str
    path: str
    language: str = "en"
    date: dt.date | None = None
    title: str | None = None
    text: str
    body_start: int = 0
    metadata: dict[str, Any] = Field(default_factory=dict)
    # For a JSON Lines record: the line of the file that holds it.
    record_line: int | None = None


class Span(BaseModel):
    """Code-point offsets into the original text, with 1-based line/column."""

    path: str
    start: int
    end: int
    line: int
    column: int
    text: str


class Related(Span):
    message: str
    article: str | None = None


class Finding(BaseModel):
    rule: str
    kind: str
    severity: Severity
    message: str
    path: str
    article: str
    start: int
    end: int
    line: int
    column: int
    text: str
    suggestion: str | None = None
    related: list[Related] = Field(default_factory=list)
    fingerprint: str = ""
    # Why the finding does not count: the suppression that silences it.
    suppressed: str | None = None
    # With a baseline: "unchanged" when the baseline has this finding's fingerprint.
    baseline: Literal["new", "unchanged"] | None = None

    @property
    def counts(self) -> bool:
        """Whether the finding can fail a run: not suppressed, not in the baseline."""
        return self.suppressed is None and self.baseline != "unchanged"


class InputStatus(BaseModel):
    """Every input appears in a report: checked, or failed with a reason."""

    path: str
    article: str | None = None
    status: Literal["checked", "failed"]
    reason: str | None = None


class Summary(BaseModel):
    """Counts of the findings that are not suppressed, by severity."""

    articles: int
    errors: int
    warnings: int
    infos: int
    failed: int = 0
    suppressed: int = 0


@dataclass(frozen=True)
class CheckInfo:
    """What a report says about a check that ran: for SARIF's rules and HTML filters."""

    id: str
    kind: str
    summary: str
    description: str
    explanation: str
    severity: Severity
    fixable: bool = False


class Report(BaseModel):
    version: int = 1
    findings: list[Finding]
    summary: Summary
    inputs: list[InputStatus] = Field(default_factory=list)
    # Not output as such: article texts by (path, article id) for excerpts,
    # the checks that ran, and the file line of each JSON Lines record.
    _sources: dict[tuple[str, str], str] = PrivateAttr(default_factory=dict)
    _checks: dict[str, CheckInfo] = PrivateAttr(default_factory=dict)
    _record_lines: dict[tuple[str, str], int] = PrivateAttr(default_factory=dict)

    @property
    def sources(self) -> dict[tuple[str, str], str]:
        return self._sources

    @property
    def checks(self) -> dict[str, CheckInfo]:
        return self._checks

    @property
    def record_lines(self) -> dict[tuple[str, str], int]:
        return self._record_lines

    def worst(self) -> int:
        """Rank of the most severe finding that counts (0 when there is none)."""
        return max((SEVERITY_RANK[f.severity] for f in self.findings if f.counts), default=0)

    def with_context(self, other: Report) -> Report:
        """This report with `other`'s sources, checks and record lines."""
        self._sources.update(other.sources)
        self._checks.update(other.checks)
        self._record_lines.update(other.record_lines)
        return self

    def at_least(self, level: Severity) -> Report:
        """The report without findings below `level`; the summary counts what is shown."""
        if level == "info":
            return self
        rank = SEVERITY_RANK[level]
        shown = [f for f in self.findings if SEVERITY_RANK[f.severity] >= rank]
        return Report(findings=shown, summary=summarise(shown, self.summary.articles,
                                                        self.summary.failed),
                      inputs=self.inputs).with_context(self)


def summarise(findings: list[Finding], articles: int, failed: int) -> Summary:
    counting = [f.severity for f in findings if f.suppressed is None]
    return Summary(articles=articles, errors=counting.count("error"),
                   warnings=counting.count("warning"), infos=counting.count("info"),
                   failed=failed, suppressed=len(findings) - len(counting))


def where(path: str, article: str, line: int, column: int) -> str:
    """path:line:column; for a JSON Lines record, the line and column are in
    the record's text, so the record's id stands after the path."""
    if path.endswith(JSON_LINES):
        return f"{path}[{article}]:{line}:{column}"
    return f"{path}:{line}:{column}"
