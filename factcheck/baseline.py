"""Baselines: the findings a project has accepted. With a baseline, only
findings whose fingerprint it lacks are new, and only new findings fail the
run (docs/output.md, "Fingerprints").

A fingerprint leaves out the path but holds the article's id, which for a
text file is its name: so each entry also records a `content` print, made
from the article's whole text and the finding's place in it. A finding whose
fingerprint the baseline lacks still matches an entry with its content print
when that entry's file is gone from the run and from the disk: the file was
renamed or moved and its text is the same. Each such entry matches once."""

from __future__ import annotations

import hashlib
import json
import os
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path

from .files import TooLarge, read_regular
from .model import Finding, Report

VERSION = 1
BASELINE_LIMIT = 1_000_000_000  # bytes; a baseline may come with a pull request: a regular file only


@dataclass(frozen=True)
class Baseline:
    fingerprints: set[str]
    # content print -> the paths of the entries that have it
    content: dict[str, list[str]] = field(default_factory=dict)


def content_print(report: Report, finding: Finding) -> str | None:
    """The finding by its article's whole text: the same in any file of that
    text. None when the report does not hold the article's text."""
    text = report.sources.get((finding.path, finding.article))
    if text is None:
        return None
    article = hashlib.sha256(text.encode("utf-8", "surrogatepass")).hexdigest()
    parts = (finding.rule, article, str(finding.start), str(finding.end))
    return hashlib.sha256("\0".join(parts).encode("utf-8", "surrogatepass")).hexdigest()[:20]


def render(report: Report) -> str:
    """Today's findings that count, as a baseline file."""
    entries = []
    for f in report.findings:
        if f.suppressed is not None:
            continue
        entry = {"fingerprint": f.fingerprint, "rule": f.rule, "path": f.path, "article": f.article,
                 "text": f.text}
        content = content_print(report, f)
        if content is not None:
            entry["content"] = content
        entries.append(entry)
    entries.sort(key=lambda e: (e["path"], e["article"], e["fingerprint"]))
    return json.dumps({"version": VERSION, "tool": "factcheck", "findings": entries},
                      ensure_ascii=False, indent=2) + "\n"


def read(path: str | Path) -> Baseline:
    """A baseline file; ValueError with the reason when it is not one."""
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
    content: dict[str, list[str]] = {}
    for number, entry in enumerate(data["findings"]):
        if not isinstance(entry, dict) or not isinstance(entry.get("fingerprint"), str):
            raise ValueError(f"baseline {path}: findings[{number}] has no string 'fingerprint'")
        prints.add(entry["fingerprint"])
        if isinstance(entry.get("content"), str) and isinstance(entry.get("path"), str):
            content.setdefault(entry["content"], []).append(entry["path"])
    return Baseline(prints, content)


def apply(report: Report, baseline: Baseline | set[str]) -> None:
    """Mark each finding new or unchanged."""
    if isinstance(baseline, set):
        baseline = Baseline(baseline)
    unmatched = []
    for finding in report.findings:
        if finding.fingerprint in baseline.fingerprints:
            finding.baseline = "unchanged"
        else:
            finding.baseline = "new"
            unmatched.append(finding)
    if not unmatched or not baseline.content:
        return
    present = {status.path for status in report.inputs}
    gone = Counter({key: sum(1 for path in paths if path not in present and not os.path.lexists(path))
                    for key, paths in baseline.content.items()})
    for finding in unmatched:
        key = content_print(report, finding)
        if key is not None and gone[key] > 0:
            gone[key] -= 1
            finding.baseline = "unchanged"
