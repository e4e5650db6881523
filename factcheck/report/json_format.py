"""The JSON report of DESIGN.md (every field in docs/output.md): byte-identical
for identical inputs. Written piece by piece (`chunks`): a report of a
million inputs is never one document in memory."""

from __future__ import annotations

import dataclasses
import json
from collections.abc import Iterable, Iterator
from typing import Any

from ..model import Finding, InputStatus, Report
from .settings import Settings

OPTIONAL = ("suppressed", "baseline", "field", "knowledge")  # present only when they say something
_STATUS_FIELDS = tuple(field.name for field in dataclasses.fields(InputStatus))


def render(report: Report, settings: Settings | None = None) -> str:
    return "".join(chunks(report, settings))


def chunks(report: Report, settings: Settings | None = None) -> Iterator[str]:
    """The report's text in pieces, in order: as json.dumps(..., indent=2)
    writes the whole report, one finding or input at a time."""
    yield f'{{\n  "version": {json.dumps(report.version)},\n  "findings": '
    yield from _array(map(finding_data, report.findings))
    summary = json.dumps(report.summary.model_dump(mode="json"), indent=2).replace("\n", "\n  ")
    yield f',\n  "summary": {summary},\n  "inputs": '
    yield from _array(map(status_data, report.inputs))
    yield "\n}\n"


def finding_data(finding: Finding) -> dict[str, Any]:
    data = finding.model_dump(mode="json")
    for key in OPTIONAL:
        if data[key] in (None, []):
            del data[key]
    for related in data["related"]:
        if related["field"] is None:
            del related["field"]
    return data


def status_data(status: InputStatus) -> dict[str, Any]:
    return {name: getattr(status, name) for name in _STATUS_FIELDS}


def _array(items: Iterable[dict[str, Any]]) -> Iterator[str]:
    """A list nested one level in the report, as indent=2 writes it."""
    opened = False
    for item in items:
        yield ",\n    " if opened else "[\n    "
        opened = True
        yield json.dumps(item, ensure_ascii=False, indent=2).replace("\n", "\n    ")
    yield "\n  ]" if opened else "[]"
