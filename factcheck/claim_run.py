"""check_claims: claims another tool extracted, checked as articles are.

    import factcheck
    report = factcheck.check_claims("claims.csv")
    report = factcheck.check_claims([{"subject": "Rajnath Singh", "relation": "holds-office",
                                      "value": "Defence Minister", "time": "2021-05-01"}])

The checks that decide are the knowledge checks of the rules (office-holder,
membership, fact, date, and cross-source between the claims of the run) and
spelling, which reads the subject's name. A finding's `field` names the
record's field it is about; its `article` is the record's id.
"""

from __future__ import annotations

import copy
from collections.abc import Iterable, Iterator, Mapping
from pathlib import Path
from typing import Any

from . import claim_import, claim_tables
from .articles import Failure
from .checks import KINDS
from .claim_model import ClaimRecord
from .engine import run
from .model import Article, InputStatus, Report, summarise
from .rules import Rules, load_rules

# Text checks that read a record's names as they read an article's.
NAME_CHECKS = frozenset({"spelling"})
DEFAULT_PATH = "<claims>"

ClaimsInput = str | Path | ClaimRecord | Mapping[str, Any] | Iterable[Any] | Any


def claim_rules(rules: Rules) -> Rules:
    """The rules with the checks that decide claims, and the record reader."""
    subset = copy.copy(rules)
    subset.checks = [c for c in rules.checks
                     if c.kind.uses or c.kind.uses_compared or c.kind.name in NAME_CHECKS]
    subset.readers = ((claim_import.read, None),)
    return subset


def produced_relations() -> set[str]:
    return {relation for kind in KINDS.values() for relation in kind.produces}


def _rows(given: ClaimsInput) -> Iterator[claim_tables.Row]:
    """Claim records (or failures) of what check_claims was given."""
    if isinstance(given, str | Path):
        yield from claim_tables.read_table(given)
        return
    if isinstance(given, ClaimRecord | Mapping):
        given = [given]
    frame = claim_tables.dataframe_rows(given)
    if frame is not None:
        yield from claim_tables.rows(frame, DEFAULT_PATH)
        return
    number = 0
    for item in given:
        if isinstance(item, str | Path):
            yield from claim_tables.read_table(item)
            continue
        number += 1
        if isinstance(item, ClaimRecord):
            yield item if item.id is not None else item.model_copy(update={"id": f"row {number}"})
        elif isinstance(item, Mapping):
            yield claim_tables.record(item, DEFAULT_PATH, number)
        else:
            yield Failure(DEFAULT_PATH, f"record row {number}: not a claim but a {type(item).__name__}",
                          f"row {number}")


class _Records:
    """The record articles of the rows, remembering what the report needs
    afterwards: the records that named nothing known."""

    def __init__(self, rows: Iterator[claim_tables.Row], rules: Rules) -> None:
        self.rows = rows
        self.rules = rules
        self.unresolved: dict[tuple[str, str], str] = {}
        self.seen: set[tuple[str, str]] = set()

    def __iter__(self) -> Iterator[Article | Failure]:
        produced = produced_relations()
        for row in self.rows:
            if isinstance(row, Failure):
                yield row
                continue
            path, record_id = row.path or DEFAULT_PATH, row.id or ""
            if (path, record_id) in self.seen:
                yield Failure(path, f"record {record_id}: an earlier record has this id", record_id)
                continue
            self.seen.add((path, record_id))
            made = claim_import.record_article(row, path, record_id, self.rules.knowledge,
                                               self.rules.gazetteer, produced)
            if isinstance(made, Article):
                resolved: claim_import.Resolved = made.metadata["resolved"]
                if resolved.unresolved is not None:
                    self.unresolved[(path, record_id)] = resolved.unresolved
            yield made


def check_claims(claims: ClaimsInput, rules: Rules | Iterable[str | Path] | None = None,
                 jobs: int | None = 1) -> Report:
    """Check claims: a table file (CSV, JSON Lines, Parquet), ClaimRecords,
    mappings of field to value, a pandas or polars DataFrame, or a list of
    these. Returns the Report `check` returns for articles, one input per record."""
    compiled = rules if isinstance(rules, Rules) else load_rules(rules)
    records = _Records(_rows(claims), compiled)
    report = run(iter(records), claim_rules(compiled), jobs=jobs)
    _name_fields(report)
    return _unresolved_failed(report, records.unresolved)


def _field_of(report: Report, path: str, article: str, line: int) -> str | None:
    text = report.sources.get((path, article))
    if text is None:
        return None
    lines = text.split("\n")
    return lines[line - 1].split(":", 1)[0] if 0 < line <= len(lines) else None


def _name_fields(report: Report) -> None:
    for finding in report.findings:
        finding.field = _field_of(report, finding.path, finding.article, finding.line)
        for related in finding.related:
            related.field = _field_of(report, related.path, related.article or finding.article, related.line)


def _unresolved_failed(report: Report, unresolved: dict[tuple[str, str], str]) -> Report:
    """A record that named nothing known and got no finding was not checked: it fails, with why."""
    if not unresolved:
        return report
    found = {(f.path, f.article) for f in report.findings}
    inputs = []
    for status in report.inputs:
        key = (status.path, status.article or "")
        if status.status == "checked" and key in unresolved and key not in found:
            status = InputStatus(path=status.path, article=status.article, status="failed",
                                 reason=f"record {status.article}: {unresolved[key]}")
        inputs.append(status)
    checked = sum(1 for s in inputs if s.status == "checked")
    summary = summarise(report.findings, checked, len(inputs) - checked)
    return Report(findings=report.findings, summary=summary, inputs=inputs).with_context(report)
