from __future__ import annotations

import io
import json
import shutil
import subprocess
import sys
from collections import Counter

import pytest

from factcheck.cli import main

from .conftest import ENGLISH_SEED, HINDI_SEED, SEEDS


def run_cli(*args, cwd=None):
    exe = shutil.which("factcheck")
    command = [exe, *args] if exe else [sys.executable, "-m", "factcheck.cli", *args]
    return subprocess.run(command, capture_output=True, text=True, cwd=cwd, check=False)


def test_installed_command_checks_seeds_from_any_directory_with_the_bundled_pack(tmp_path):
    done = run_cli("check", str(SEEDS), cwd=tmp_path)
    assert done.returncode == 0, done.stderr
    assert "Giangfor" in done.stdout
    assert done.stdout.rstrip().endswith("2 articles checked, 0 failed: 0 errors, 5 warnings, 1 info")


def test_text_format_shows_position_rule_line_marker_and_suggestion(capsys):
    assert main(["check", str(ENGLISH_SEED)]) == 0
    out = capsys.readouterr().out
    block = next(b for b in out.split("\n\n") if "Giangfor" in b)
    lines = block.splitlines()
    assert lines[0].startswith(f"{ENGLISH_SEED}:7:156: warning [spelling] ")
    assert "Giangfor for inviting" in lines[1]
    caret = lines[2].index("^")
    assert lines[1][caret:caret + 8] == "Giangfor"
    assert lines[2].count("^") == len("Giangfor")
    assert lines[3].strip() == "= suggestion: Giang for"


def test_json_format_follows_the_contract(capsys):
    assert main(["check", str(SEEDS), "--format", "json"]) == 0
    report = json.loads(capsys.readouterr().out)
    assert report["version"] == 1
    assert report["summary"] == {"articles": 2, "errors": 0, "warnings": 5, "infos": 1, "failed": 0,
                                 "suppressed": 0}
    keys = {"rule", "kind", "severity", "message", "path", "article", "start", "end", "line",
            "column", "text", "suggestion", "related", "fingerprint"}
    for finding in report["findings"]:
        # knowledge: only on a finding that rests on pack records
        assert set(finding) - {"knowledge"} == keys
        assert ("knowledge" in finding) == (finding["kind"] == "cross-source")
        with open(finding["path"], encoding="utf-8", newline="") as handle:
            source = handle.read()
        assert source[finding["start"]:finding["end"]] == finding["text"]
    assert [i["status"] for i in report["inputs"]] == ["checked", "checked"]


@pytest.mark.parametrize(
    ("fail_on", "code"), [("error", 0), ("warning", 1), ("info", 1), ("never", 0)]
)
def test_fail_on_levels(fail_on, code, capsys):
    assert main(["check", str(HINDI_SEED), "--fail-on", fail_on]) == code


def test_errors_exit_1_by_default(tmp_path, capsys):
    article = tmp_path / "a.txt"
    article.write_text("date 2021-07-01 Defence Minister Narendra Modi spoke.", encoding="utf-8")
    assert main(["check", str(article)]) == 1
    assert main(["check", str(article), "--fail-on", "never"]) == 0


def test_an_input_that_fails_is_reported_and_fails_the_run(tmp_path, capsys):
    bad = tmp_path / "bad.txt"
    bad.write_bytes(b"\xff\xfe")
    assert main(["check", str(bad), str(HINDI_SEED)]) == 1
    out = capsys.readouterr().out
    assert f"{bad}: failed: not UTF-8" in out
    assert "1 article checked, 1 failed" in out


def test_output_file(tmp_path, capsys):
    target = tmp_path / "report.json"
    assert main(["check", str(HINDI_SEED), "--format", "json", "-o", str(target)]) == 0
    assert json.loads(target.read_text(encoding="utf-8"))["summary"]["articles"] == 1


def test_usage_error_is_exit_2():
    done = run_cli("check", "--format", "xml", str(SEEDS))
    assert done.returncode == 2
    assert "invalid choice" in done.stderr


def test_jsonl_findings_name_the_record(tmp_path, capsys):
    records = tmp_path / "news.jsonl"
    records.write_text(
        json.dumps({"id": "r1", "text": "fine"}) + "\n"
        + json.dumps({"id": "r2", "date": "2021-07-01", "text": "One.\nHe said the the word."})
        + "\n", encoding="utf-8")
    assert main(["check", str(records)]) == 0
    out = capsys.readouterr().out
    assert f"{records}[r2]:2:9: warning [repetition] 'the' is repeated" in out
    assert "2 articles checked" in out


def test_jobs_give_the_same_report(tmp_path, capsys):
    bad = tmp_path / "bad.txt"
    bad.write_bytes(b"\xff")
    args = ["check", str(SEEDS), str(bad), "--format", "json", "--fail-on", "never"]
    assert main(args) == 0
    alone = capsys.readouterr().out
    assert main([*args, "--jobs", "2"]) == 0
    assert capsys.readouterr().out == alone
    assert json.loads(alone)["summary"]["failed"] == 1


def test_negative_jobs_is_a_usage_error(capsys):
    assert main(["check", str(SEEDS), "--jobs", "-1"]) == 2
    assert "--jobs must be 0" in capsys.readouterr().err


def test_statistics_count_the_findings_per_rule_and_severity(capsys):
    assert main(["check", str(SEEDS), "--format", "json"]) == 0
    findings = json.loads(capsys.readouterr().out)["findings"]
    expected = Counter((f["rule"], f["severity"]) for f in findings)
    assert main(["check", str(SEEDS), "--statistics", "--format", "json"]) == 0
    rows = json.loads(capsys.readouterr().out)
    assert Counter({(r["rule"], r["severity"]): r["count"] for r in rows}) == expected
    assert [r["count"] for r in rows] == sorted((r["count"] for r in rows), reverse=True)
    assert {r["rule"]: r["fixable"] for r in rows}["repetition"] == 1
    assert main(["check", str(SEEDS), "--statistics"]) == 0
    lines = capsys.readouterr().out.splitlines()
    assert lines[-1] == f"{len(findings)} findings; [*] 4 fixable with --fix"
    assert [line.split()[:3] for line in lines[:-1]] == [
        [str(r["count"]), r["severity"], r["rule"]] for r in rows]


def test_statistics_with_a_report_format_on_standard_output_is_a_usage_error(capsys):
    assert main(["check", str(SEEDS), "--statistics", "--format", "sarif"]) == 2
    assert "--statistics" in capsys.readouterr().err


def _stdin(monkeypatch, data: bytes) -> None:
    monkeypatch.setattr("sys.stdin", io.TextIOWrapper(io.BytesIO(data)))


def test_standard_input_is_checked_under_its_stdin_filename_with_that_folders_configuration(
        tmp_path, capsys, monkeypatch):
    monkeypatch.chdir(tmp_path)
    desk = tmp_path / "desk"
    desk.mkdir()
    (desk / "factcheck.toml").write_text('ignore = ["repetition"]\n', encoding="utf-8")
    story = b"date 2021-07-01 Narendra Mody spoke to the the press.\n"
    _stdin(monkeypatch, story)
    assert main(["check", "-", "--stdin-filename", "desk/story.txt", "--format", "json"]) == 0
    report = json.loads(capsys.readouterr().out)
    assert [(f["path"], f["article"], f["rule"]) for f in report["findings"]] == [
        ("desk/story.txt", "story", "spelling")]
    assert report["inputs"] == [{"path": "desk/story.txt", "article": "story", "status": "checked",
                                 "reason": None}]
    _stdin(monkeypatch, story)  # without a name: '-', and the configuration of the folder run in
    assert main(["check", "-", "--format", "json"]) == 0
    assert {(f["path"], f["rule"]) for f in json.loads(capsys.readouterr().out)["findings"]} == {
        ("-", "spelling"), ("-", "repetition")}


def test_standard_input_that_is_not_utf8_fails_as_an_input(capsys, monkeypatch):
    _stdin(monkeypatch, b"caf\xe9\n")
    assert main(["check", "-", "--stdin-filename", "a.txt"]) == 1
    assert "a.txt: failed: not UTF-8 text" in capsys.readouterr().out


def test_standard_input_shows_its_fixes_as_a_diff_and_cannot_be_fixed_in_place(capsys, monkeypatch):
    _stdin(monkeypatch, b"He spoke to the the press.\n")
    assert main(["check", "-", "--stdin-filename", "a.txt", "--diff"]) == 1
    assert capsys.readouterr().out.splitlines()[:5] == [
        "--- a/a.txt", "+++ b/a.txt", "@@ -1 +1 @@", "-He spoke to the the press.", "+He spoke to the press."]
    _stdin(monkeypatch, b"He spoke to the the press.\n")
    assert main(["check", "-", "--fix"]) == 2
    assert "--fix cannot write to standard input" in capsys.readouterr().err


def test_stdin_filename_without_dash_is_a_usage_error(capsys):
    assert main(["check", str(SEEDS), "--stdin-filename", "a.txt"]) == 2
    assert "give '-' as its PATH" in capsys.readouterr().err


def test_help_documents_the_new_options():
    done = run_cli("check", "--help")
    for option in ("--statistics", "--stdin-filename", "--show-baselined", "--write-baseline", "--fix"):
        assert option in done.stdout
