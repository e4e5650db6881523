"""Baselines: the findings a project has accepted. With a baseline, only
findings whose fingerprint it lacks are new, and only new findings fail the
run (docs/output.md, "Fingerprints")."""

from __future__ import annotations

import json
from pathlib import Path

from .files import TooLarge, read_regular
from .model import Report

VERSION = 1
BASELINE_LIMIT = 1_000_000_000  # bytes; a baseline may come with a pull request: a regular file only


def render(report: Report) -> str:
    """Today's findings that count, as a baseline file."""
    entries = sorted(
        ({"fingerprint": f.fingerprint, "rule": f.rule, "path": f.path, "article": f.article,
          "text": f.text} for f in report.findings if f.suppressed is None),
        key=lambda e: (e["path"], e["article"], e["fingerprint"]),
    )
    return json.dumps({"version": VERSION, "tool": "factcheck", "findings": entries},
                      ensure_ascii=False, indent=2) + "\n"


def read(path: str | Path) -> set[str]:
    """The fingerprints of a baseline file; ValueError with the reason when it is not one."""
    try:
        data = json.loads(read_regular(path, BASELINE_LIMIT).decode("utf-8"))
    except TooLarge:
        raise ValueError(f"baseline {path}: larger than {BASELINE_LIMIT:,} bytes") from None
    except OSError as exc:
        raise ValueError(f"baseline {path}: cannot read: {exc.strerror}") from None
    except (UnicodeDecodeError, json.JSONDecodeError) as exc:
        raise ValueError(f"baseline {path}: not a factcheck baseline (JSON): {exc}") from None
    if not isinstance(data, dict) or not isinstance(data.get("findings"), list):
        raise ValueError(f"baseline {path}: not a factcheck baseline (no 'findings' list); "
                         "write one with --write-baseline")
    if data.get("version") != VERSION:
        raise ValueError(f"baseline {path}: version {data.get('version')!r} is not {VERSION}")
    prints = set()
    for number, entry in enumerate(data["findings"]):
        if not isinstance(entry, dict) or not isinstance(entry.get("fingerprint"), str):
            raise ValueError(f"baseline {path}: findings[{number}] has no string 'fingerprint'")
        prints.add(entry["fingerprint"])
    return prints


def apply(report: Report, fingerprints: set[str]) -> None:
    """Mark each finding new or unchanged."""
    for finding in report.findings:
        finding.baseline = "unchanged" if finding.fingerprint in fingerprints else "new"
