"""What the distribution carries: the bundled packs with their JSON Schema,
py.typed, the licence and the pytest plugin's entry point."""

from __future__ import annotations

import subprocess
import sys
import zipfile

import pytest

from .conftest import ROOT


def test_the_wheel_carries_packs_schema_types_licence_and_plugin(tmp_path):
    built = subprocess.run([sys.executable, "-m", "pip", "wheel", "-q", "--no-deps", "-w",
                            str(tmp_path), str(ROOT)], capture_output=True, text=True, timeout=600)
    if built.returncode != 0:
        pytest.skip(f"cannot build a wheel here: {built.stderr.strip()[-300:]}")
    [wheel] = tmp_path.glob("factcheck-*.whl")
    with zipfile.ZipFile(wheel) as archive:
        names = set(archive.namelist())
        entry_points = next(archive.read(n).decode() for n in names if n.endswith("entry_points.txt"))
    assert {"factcheck/py.typed", "factcheck/bundled_rules/default.yaml",
            "factcheck/bundled_rules/pack.schema.json"} <= names
    assert any(n.endswith("/LICENSE") for n in names)
    assert "[pytest11]\nfactcheck = factcheck.pytest_plugin" in entry_points
