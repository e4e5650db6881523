"""A fresh `factcheck check` imports only what its run needs: no dateparser
for English and Hindi articles (the fast path reads their dates), no
multiprocessing without --jobs > 1, no claim modules unless claims are read,
only the report formats asked for, and, with its packs from the cache, no
YAML parser and no pydantic."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

from .conftest import ENGLISH_SEED, HINDI_SEED

PROBE = """
import json, sys
from factcheck.cli import main
try:
    main(sys.argv[1:])
except SystemExit:
    pass
print(json.dumps(sorted(sys.modules)), file=sys.stderr)
"""


def modules_after(*args: str, cache: Path | None = None) -> set[str]:
    env = {**os.environ, "FACTCHECK_CACHE_DIR": str(cache)} if cache is not None else None
    done = subprocess.run([sys.executable, "-c", PROBE, *args], capture_output=True, text=True, check=False,
                          env=env)
    return set(json.loads(done.stderr.strip().splitlines()[-1]))


def test_a_check_with_its_packs_from_the_cache_parses_no_yaml_and_imports_no_pydantic(tmp_path):
    first = modules_after("check", str(ENGLISH_SEED), str(HINDI_SEED), cache=tmp_path)
    assert "yaml" in first  # the packs read and validated, then cached
    assert "pydantic.plugin._loader" in first
    again = modules_after("check", str(ENGLISH_SEED), str(HINDI_SEED), cache=tmp_path)
    assert "factcheck.engine" in again
    assert not {m for m in again if m.split(".")[0] == "yaml"}
    assert "pydantic.plugin._loader" not in again  # imported by the first validator built
    assert not {m for m in again if m.split(".")[0] in {"pydantic", "pydantic_core"}}  # nor any model made
    assert "factcheck.packs" not in again and "factcheck.problems" not in again  # the pack models
    assert "importlib.metadata" not in again
    assert "factcheck.fixes" not in again and "difflib" not in again  # --fix and --diff only


def test_checking_the_seeds_imports_no_dateparser_multiprocessing_or_claim_modules():
    loaded = modules_after("check", str(ENGLISH_SEED), str(HINDI_SEED))
    assert "factcheck.engine" in loaded
    assert not {m for m in loaded if m.split(".")[0] in {"dateparser", "multiprocessing"}}
    assert not {m for m in loaded if m.startswith("factcheck.claim_")}
    assert "factcheck.report.text_format" in loaded
    others = {"html_format", "sarif_format", "junit_format", "github_format", "gitlab_format", "json_format"}
    assert not {m for m in loaded if m.rpartition(".")[2] in others}


def test_a_format_asked_for_is_imported_and_others_are_not():
    loaded = modules_after("check", str(ENGLISH_SEED), "--format", "sarif")
    assert "factcheck.report.sarif_format" in loaded
    assert "factcheck.report.html_format" not in loaded


def test_jobs_above_one_bring_in_the_worker_processes():
    loaded = modules_after("check", str(ENGLISH_SEED), str(HINDI_SEED), "--jobs", "2")
    assert "multiprocessing" in loaded and "factcheck.workers" in loaded


def test_asking_for_claims_brings_in_the_claim_modules(tmp_path):
    loaded = modules_after("check", str(ENGLISH_SEED), "--emit-claims", str(tmp_path / "claims.jsonl"))
    assert "factcheck.claim_export" in loaded and "factcheck.claim_model" in loaded
    assert (tmp_path / "claims.jsonl").read_text(encoding="utf-8").strip()


def test_the_claim_names_of_the_package_are_there_when_used():
    import factcheck

    assert factcheck.ClaimRecord(subject="a", relation="holds-office").subject == "a"
    assert callable(factcheck.check_claims)
    assert factcheck.Evidence().name is None


def test_the_command_freezes_its_packs_for_its_run_and_thaws_them_at_its_end(monkeypatch, capsys):
    import gc

    from factcheck.cli import main
    from factcheck.project import RulesCache

    RulesCache().get([])
    assert gc.get_freeze_count() == 0  # a library's cache freezes nothing
    freeze, frozen = gc.freeze, []

    def counted() -> None:
        freeze()
        frozen.append(gc.get_freeze_count())

    monkeypatch.setattr(gc, "freeze", counted)
    assert main(["check", str(ENGLISH_SEED), "--fail-on", "never"]) == 0
    assert frozen and frozen[0] > 0  # the packs, and all made before them, out of the collector's sight
    assert gc.get_freeze_count() == 0  # a process that goes on after the command collects as ever
    assert "Giangfor" in capsys.readouterr().out


def test_the_installed_command_leaves_what_it_made_frozen_for_the_process_to_end(monkeypatch, capsys):
    import gc

    from factcheck import cli

    monkeypatch.setattr(sys, "argv", ["factcheck", "check", str(ENGLISH_SEED), "--fail-on", "never"])
    try:
        assert cli.command() == 0
        assert gc.get_freeze_count() > 0  # the interpreter's last collection passes them over
    finally:
        gc.unfreeze()
    assert "Giangfor" in capsys.readouterr().out


def test_importing_the_package_imports_none_of_it_until_a_name_is_used():
    probe = ("import json, sys; import factcheck; before = sorted(sys.modules); factcheck.load_rules; "
             "print(json.dumps([before, sorted(sys.modules)]))")
    done = subprocess.run([sys.executable, "-c", probe], capture_output=True, text=True, check=True)
    before, after = map(set, json.loads(done.stdout))
    assert not {"factcheck.engine", "factcheck.model", "pydantic"} & before
    assert "factcheck.rules" in after


def test_the_command_makes_its_imports_with_the_collector_off_and_then_out_of_its_sight():
    probe = f"""
import gc, sys
sys.argv = ["factcheck", "check", {str(ENGLISH_SEED)!r}, "--fail-on", "never"]
from factcheck import console
imported = []  # at each collection: was the command line's module imported by then?
gc.callbacks.append(lambda phase, info: phase == "start" and imported.append(
    hasattr(sys.modules.get("factcheck.cli"), "command")))
assert "factcheck.engine" not in sys.modules
code = console.command()
print(code, gc.isenabled(), gc.get_freeze_count() > 1000, False in imported, file=sys.stderr)
"""
    done = subprocess.run([sys.executable, "-c", probe], capture_output=True, text=True, check=False)
    code, collecting, frozen, collected_while_importing = done.stderr.split()[-4:]
    assert (code, collecting, frozen, collected_while_importing) == ("0", "True", "True", "False")
    assert "Giangfor" in done.stdout
