"""The planted-error benchmark runs, in one command, and is deterministic."""

from __future__ import annotations

import json
import subprocess
import sys

import pytest

from .conftest import ROOT, SHARED

CORPUS = SHARED / "corpus"


@pytest.mark.skipif(not (CORPUS / "pib_en.jsonl").exists(),
                    reason="../shared/corpus is not beside the checkout")
def test_planted_benchmark_runs_and_is_deterministic(tmp_path):
    def once(name: str) -> dict:
        out = tmp_path / name
        subprocess.run([sys.executable, str(ROOT / "benchmarks" / "planted.py"), "--articles", "25",
                        "--per-type", "20", "--json", str(out)], check=True, capture_output=True)
        return json.loads(out.read_text(encoding="utf-8"))

    first, second = once("a.json"), once("b.json")
    assert first["planted"] == second["planted"]
    kinds = {key.split("/")[0] for key in first["planted"]}
    assert {"wrong-holder", "misspelt-name", "glued-name", "repeated-word", "weekday"} <= kinds
    for row in first["planted"].values():
        assert 0 <= row["suggestion_right"] <= row["detected"] <= row["cases"] <= 20
    assert not [a for a in first["false_alarms"] if a.endswith("/error")]
