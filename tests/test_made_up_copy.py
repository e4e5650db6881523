"""Correct articles written for this project by fresh readers (tests/data/made_up,
README there): every error and warning the bundled pack raises on them is in
the folder's verdicts.tsv, judged, so that a new false finding fails here and
one that goes away is taken out of the file."""

from __future__ import annotations

import csv
from pathlib import Path

import factcheck

from .conftest import ROOT

MADE_UP = ROOT / "tests" / "data" / "made_up"


def _verdicts() -> dict[tuple[str, str, str], tuple[str, str]]:
    with (MADE_UP / "verdicts.tsv").open(encoding="utf-8", newline="") as handle:
        rows = list(csv.DictReader(handle, delimiter="\t"))
    return {(row["file"], row["rule"], row["text"]): (row["verdict"], row["reason"]) for row in rows}


def _found(rules: factcheck.Rules) -> set[tuple[str, str, str]]:
    report = factcheck.check([MADE_UP], rules=rules)
    assert report.summary.failed == 0
    assert report.summary.articles == len([*MADE_UP.rglob("*.txt"), *MADE_UP.rglob("*.md")])
    return {(Path(f.path).relative_to(MADE_UP).as_posix(), f.rule, f.text) for f in report.findings
            if f.severity in {"error", "warning"}}


def test_every_error_and_warning_on_made_up_correct_copy_is_judged(rules):
    found, judged = _found(rules), _verdicts()
    assert sorted(found - judged.keys()) == [], "new findings on correct copy: judge them in verdicts.tsv"
    assert sorted(judged.keys() - found) == [], "judged findings no longer raised: take them out"
    assert {verdict for verdict, _ in judged.values()} <= {"real", "false"}
    assert all(reason.strip() for _, reason in judged.values())

