"""The JSON report of DESIGN.md (every field in docs/output.md): byte-identical
for identical inputs."""

from __future__ import annotations

import json

from ..model import Report
from .settings import Settings

OPTIONAL = ("suppressed", "baseline", "field", "knowledge")  # present only when they say something


def render(report: Report, settings: Settings | None = None) -> str:
    data = report.model_dump(mode="json")
    for finding in data["findings"]:
        for key in OPTIONAL:
            if finding[key] in (None, []):
                del finding[key]
        for related in finding["related"]:
            if related["field"] is None:
                del related["field"]
    return json.dumps(data, ensure_ascii=False, indent=2) + "\n"
