"""A fresh `factcheck check` imports only what its run needs: no dateparser
for English and Hindi articles (the fast path reads their dates), no
multiprocessing without --jobs > 1, no claim modules unless claims are read,
and only the report formats asked for."""

from __future__ import annotations

import json
import subprocess
import sys

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


def modules_after(*args: str) -> set[str]:
    done = subprocess.run([sys.executable, "-c", PROBE, *args], capture_output=True, text=True, check=False)
    return set(json.loads(done.stderr.strip().splitlines()[-1]))


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
