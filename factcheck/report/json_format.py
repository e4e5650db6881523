"""The JSON report of DESIGN.md (every field in docs/output.md): byte-identical
for identical inputs. Written piece by piece (`chunks`): a report of a
million inputs is never one document in memory."""

from __future__ import annotations

import dataclasses
from collections.abc import Iterator
from typing import Any

from ..model import Finding, InputStatus, Report
from .settings import Settings
from .streamed_json import Items, pieces

OPTIONAL = ("suppressed", "baseline", "field", "knowledge")  # present only when they say something
_STATUS_FIELDS = tuple(field.name for field in dataclasses.fields(InputStatus))


def render(report: Report, settings: Settings | None = None) -> str:
    return "".join(chunks(report, settings))


def chunks(report: Report, settings: Settings | None = None) -> Iterator[str]:
    """The report's text in pieces, in order: as json.dumps(..., indent=2)
    writes the whole report, one finding or input at a time."""
    yield from pieces({"version": report.version, "findings": Items(map(finding_data, report.each_finding())),
                       "summary": report.summary.model_dump(mode="json"),
                       "inputs": Items(map(status_data, report.inputs))})
    yield "\n"


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
