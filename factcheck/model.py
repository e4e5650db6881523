"""The public data model: articles, spans, findings and reports."""

from __future__ import annotations

import datetime as dt
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


class InputStatus(BaseModel):
    """Every input appears in a report: checked, or failed with a reason."""

    path: str
    article: str | None = None
    status: Literal["checked", "failed"]
    reason: str | None = None


class Summary(BaseModel):
    articles: int
    errors: int
    warnings: int
    infos: int
    failed: int = 0


class Report(BaseModel):
    version: int = 1
    findings: list[Finding]
    summary: Summary
    inputs: list[InputStatus] = Field(default_factory=list)
    # Article texts by (path, article id), kept for showing excerpts; not output.
    _sources: dict[tuple[str, str], str] = PrivateAttr(default_factory=dict)

    @property
    def sources(self) -> dict[tuple[str, str], str]:
        return self._sources

    def worst(self) -> int:
        """Rank of the most severe finding (0 when there is none)."""
        return max((SEVERITY_RANK[f.severity] for f in self.findings), default=0)


def where(path: str, article: str, line: int, column: int) -> str:
    """path:line:column; for a JSON Lines record, the line and column are in
    the record's text, so the record's id stands after the path."""
    if path.endswith(JSON_LINES):
        return f"{path}[{article}]:{line}:{column}"
    return f"{path}:{line}:{column}"
