"""Report formats (SARIF, JUnit, GitHub, text), several at once, --min-severity,
and reports written whole or not at all."""

from __future__ import annotations

import contextlib
import io
import json
import os
import stat
import subprocess
import sys
import threading
import tomllib
from collections.abc import Iterator
from pathlib import Path

import jsonschema
import pytest
from hypothesis import given
from hypothesis import strategies as st

import factcheck
from factcheck import links
from factcheck.articles import article_from_text
from factcheck.checks import KINDS
from factcheck.cli import main
from factcheck.model import Report
from factcheck.outputs import WRITE_SIZE, AtomicFile
from factcheck.progress import ProgressBar
from factcheck.report import FORMATTERS, Settings, json_format, pieces, streamed_json
from factcheck.report.github_format import escape_data, escape_property
from factcheck.report.streamed_json import Items

from .conftest import HINDI_SEED, ROOT, SEEDS, SHARED, needs_shared, shared_file

SARIF_SCHEMA = SHARED / "schemas" / "sarif-schema-2.1.0.json"
JUNIT_SCHEMA = SHARED / "schemas" / "junit.xsd"
WRONG_HOLDER = "date 2021-07-01 Defence Minister Narendra Modi visited Hanoi.\n"


def _sarif(tmp_path: Path, *args: str) -> dict:
    out = tmp_path / "report.sarif"
    main(["check", *args, "--format", "sarif", "--output", str(out)])
    sarif = json.loads(out.read_text(encoding="utf-8"))
    schema = shared_file("schemas", SARIF_SCHEMA.name)
    jsonschema.Draft4Validator(json.loads(schema.read_text(encoding="utf-8"))).validate(sarif)
    return sarif


def _source(uri: str) -> str:
    path = uri.removeprefix("file://")
    with open(path, encoding="utf-8", newline="") as handle:
        return handle.read()


def test_sarif_of_the_seeds_validates_and_its_regions_index_the_files(tmp_path):
    sarif = _sarif(tmp_path, str(SEEDS))
    run = sarif["runs"][0]
    assert sarif["version"] == "2.1.0" and run["columnKind"] == "unicodeCodePoints"
    rules = {rule["id"]: rule for rule in run["tool"]["driver"]["rules"]}
    assert {"spelling", "office-holder", "repetition", "cross-source"} <= set(rules)
    assert all(rule["shortDescription"]["text"] and rule["help"]["text"] for rule in rules.values())
    results = run["results"]
    assert len(results) == 6
    for result in results:
        assert run["tool"]["driver"]["rules"][result["ruleIndex"]]["id"] == result["ruleId"]
        location = result["locations"][0]["physicalLocation"]
        source = _source(location["artifactLocation"]["uri"])
        region = location["region"]
        start, length = region["charOffset"], region["charLength"]
        assert source[start : start + length] == region["snippet"]["text"]
        line_start = source.rfind("\n", 0, start) + 1
        assert region["startLine"] == source.count("\n", 0, start) + 1
        assert region["startColumn"] == start - line_start + 1
        assert region["endColumn"] == region["startColumn"] + length
        assert result["partialFingerprints"]["factcheckFingerprint/v1"]
    hindi = [r for r in results if r["ruleId"] == "repetition"][0]
    assert hindi["locations"][0]["physicalLocation"]["region"]["snippet"]["text"] == "प्रमुख प्रमुख"
    assert hindi["fixes"][0]["artifactChanges"][0]["replacements"][0]["insertedContent"]["text"] == "प्रमुख"
    cross = [r for r in results if r["ruleId"] == "cross-source"][0]
    related = cross["relatedLocations"][0]
    region = related["physicalLocation"]["region"]
    other = _source(related["physicalLocation"]["artifactLocation"]["uri"])
    assert other[region["charOffset"] : region["charOffset"] + region["charLength"]] == "न्गो जुआन लिच"


def test_sarif_names_json_lines_records_and_failed_inputs(tmp_path):
    records = tmp_path / "wire.jsonl"
    records.write_text(json.dumps({"id": "r1", "text": "ok"}) + "\n"
                       + json.dumps({"id": "r2", "text": WRONG_HOLDER}) + "\n{broken\n",
                       encoding="utf-8")
    run = _sarif(tmp_path, str(records))["runs"][0]
    [result] = [r for r in run["results"] if r["ruleId"] == "office-holder"]
    location = result["locations"][0]
    assert location["physicalLocation"]["region"] == {"startLine": 2}
    assert location["logicalLocations"][0]["name"] == "r2"
    assert location["properties"]["charOffset"] == WRONG_HOLDER.index("Narendra Modi")
    [notification] = run["invocations"][0]["toolExecutionNotifications"]
    assert "line 3" in notification["message"]["text"]


def test_sarif_uris_of_odd_file_names_are_percent_encoded(tmp_path):
    article = tmp_path / "a b#%.txt"
    article.write_text(WRONG_HOLDER, encoding="utf-8")
    run = _sarif(tmp_path, str(article))["runs"][0]
    uri = run["results"][0]["locations"][0]["physicalLocation"]["artifactLocation"]["uri"]
    assert uri.endswith("/a%20b%23%25.txt")


@needs_shared("schemas", JUNIT_SCHEMA.name)
def test_junit_validates_with_a_testcase_per_article_and_failures_carrying_findings(tmp_path, capsys):
    xmlschema = pytest.importorskip("xmlschema")
    (tmp_path / "good.txt").write_text("date 2021-07-01 Rajnath Singh spoke.\n", encoding="utf-8")
    (tmp_path / "bad.txt").write_text(WRONG_HOLDER + "Control \x1b[2J char.\n", encoding="utf-8")
    (tmp_path / "latin1.txt").write_bytes(b"caf\xe9\n")
    out = tmp_path / "report.xml"
    assert main(["check", str(tmp_path), "--format", "junit", "--output", str(out)]) == 1
    schema = xmlschema.XMLSchema(str(JUNIT_SCHEMA))
    schema.validate(str(out))
    suite = schema.to_dict(str(out))
    assert (suite["@tests"], suite["@failures"], suite["@errors"]) == (3, 1, 1)
    cases = {Path(case["@name"]).name: case for case in suite["testcase"]}
    assert "failure" not in cases["good.txt"]
    assert "Narendra Modi" in cases["bad.txt"]["failure"]["$"]
    assert "UTF-8" in cases["latin1.txt"]["error"]["@message"]


@needs_shared("schemas", JUNIT_SCHEMA.name)
def test_junit_fails_articles_from_the_fail_on_level(tmp_path):
    xmlschema = pytest.importorskip("xmlschema")
    out = tmp_path / "report.xml"
    main(["check", str(HINDI_SEED), "--format", "junit", "--output", str(out), "--fail-on", "warning"])
    suite = xmlschema.XMLSchema(str(JUNIT_SCHEMA)).to_dict(str(out))
    assert suite["@failures"] == 1
    assert "3 findings" in suite["testcase"][0]["failure"]["@message"]


def test_github_commands_cannot_be_injected_by_file_names_or_article_text(tmp_path, capsys):
    folder = tmp_path / "x\n::error file=evil::pwned"
    folder.mkdir()
    (folder / "a,b:c.txt").write_text(WRONG_HOLDER.replace("Hanoi.", "Hanoi.\r\n::error::%0A"),
                                      encoding="utf-8")
    assert main(["check", str(folder), "--format", "github"]) == 1
    lines = capsys.readouterr().out.splitlines()
    commands = [line for line in lines if line.startswith("::")]
    assert len(commands) == 1 and len(lines) == 2
    command = commands[0]
    assert command.startswith("::error file=") and "%0A%3A%3Aerror file=evil%3A%3Apwned" in command
    assert "a%2Cb%3Ac.txt,line=1,endLine=1,col=34,endColumn=46,title=factcheck [office-holder]::" in command
    assert escape_data("50%\r\n") == "50%25%0D%0A"
    assert escape_property("a:b,c") == "a%3Ab%2Cc"


def test_text_format_escapes_control_characters_and_colours_only_when_asked(tmp_path, capsys,
                                                                              monkeypatch):
    article = tmp_path / "t\x1b]0;x\x07.txt"
    article.write_text("date 2021-07-01 \x1b[2J\u202eDefence Minister Narendra Modi visited.\n",
                       encoding="utf-8")
    main(["check", str(article)])
    out = capsys.readouterr().out
    assert "\x1b" not in out and "\u202e" not in out and "\x07" not in out
    assert "\\x1b[2J\\u202eDefence" in out and "t\\x1b]0;x\\x07.txt" in out
    marked = out.splitlines()[1:3]
    assert marked[1].index("^") == marked[0].index("Narendra")
    monkeypatch.setenv("FORCE_COLOR", "1")
    main(["check", str(article)])
    assert "\x1b[1;31merror\x1b[0m" in capsys.readouterr().out


def test_several_formats_in_one_run(tmp_path, capsys):
    json_out, sarif_out = tmp_path / "a.json", tmp_path / "a.sarif"
    assert main(["check", str(SEEDS), "--format", "json", "--output", str(json_out),
                 "--format", "sarif", "--output", str(sarif_out), "--format", "text"]) == 0
    assert "2 articles checked" in capsys.readouterr().out
    assert len(json.loads(json_out.read_text(encoding="utf-8"))["findings"]) == 6
    assert len(json.loads(sarif_out.read_text(encoding="utf-8"))["runs"][0]["results"]) == 6


@pytest.mark.parametrize("args", [
    ["--format", "json", "--format", "sarif"],
    ["--output", "a", "--output", "b"],
])
def test_formats_and_outputs_that_do_not_pair_are_usage_errors(args, capsys):
    assert main(["check", str(SEEDS), *args]) == 2
    assert "--output" in capsys.readouterr().err


def test_min_severity_hides_findings_in_every_format_but_not_from_fail_on(tmp_path, capsys):
    assert main(["check", str(SEEDS), "--format", "json", "--min-severity", "warning"]) == 0
    report = json.loads(capsys.readouterr().out)
    assert {f["severity"] for f in report["findings"]} == {"warning"}
    assert report["summary"]["infos"] == 0 and report["summary"]["warnings"] == 5
    assert main(["check", str(SEEDS), "--min-severity", "error", "--fail-on", "warning"]) == 1
    assert "0 warnings" in capsys.readouterr().out


def test_an_output_that_cannot_be_written_fails_before_checking(tmp_path, capsys):
    assert main(["check", str(SEEDS), "--output", str(tmp_path / "missing" / "r.json")]) == 2
    assert "cannot write" in capsys.readouterr().err


def test_a_failed_run_leaves_the_last_report_in_place(tmp_path, capsys):
    out = tmp_path / "r.json"
    out.write_text("last good report", encoding="utf-8")
    pack = tmp_path / "bad.yaml"
    pack.write_text("pack: bad\nchecks: [{id: x, kind: nope}]\n", encoding="utf-8")
    assert main(["check", str(SEEDS), "--rules", str(pack), "--output", str(out)]) == 2
    assert out.read_text(encoding="utf-8") == "last good report"
    assert [p.name for p in tmp_path.iterdir() if p.name.startswith(".")] == []
    assert main(["check", str(SEEDS), "--format", "json", "--output", str(out)]) == 0
    assert json.loads(out.read_text(encoding="utf-8"))["summary"]["articles"] == 2


def test_version(capsys):
    with pytest.raises(SystemExit) as exit_:
        main(["--version"])
    assert exit_.value.code == 0
    assert capsys.readouterr().out.startswith("factcheck 0.")


@needs_shared("schemas", JUNIT_SCHEMA.name)
def test_junit_of_the_seeds_validates(tmp_path):
    xmlschema = pytest.importorskip("xmlschema")
    out = tmp_path / "seeds.xml"
    assert main(["check", str(SEEDS), "--format", "junit", "--output", str(out)]) == 0
    suite = xmlschema.XMLSchema(str(JUNIT_SCHEMA)).to_dict(str(out))
    assert (suite["@tests"], suite["@failures"], suite["@errors"]) == (2, 0, 0)


def test_gitlab_code_quality_of_the_seeds(tmp_path, capsys):
    assert main(["check", str(SEEDS), "--format", "gitlab"]) == 0
    issues = json.loads(capsys.readouterr().out)
    assert len(issues) == 6
    for issue in issues:
        assert set(issue) == {"type", "check_name", "description", "categories", "severity",
                              "fingerprint", "location"}
        assert issue["severity"] in {"info", "minor", "major", "critical", "blocker"}
        assert Path(issue["location"]["path"]).is_file() and issue["location"]["lines"]["begin"] >= 1
    assert len({issue["fingerprint"] for issue in issues}) == 6


def test_github_format_of_the_seeds_annotates_every_finding(capsys):
    assert main(["check", str(SEEDS), "--format", "github"]) == 0
    lines = capsys.readouterr().out.splitlines()
    assert [line.split(" ", 1)[0] for line in lines[:-1]] == ["::notice"] + ["::warning"] * 5
    assert lines[-1].startswith("factcheck: 2 articles checked")


def test_a_progress_bar_with_total_and_rate_goes_to_a_terminal_only(tmp_path, capsys, monkeypatch):
    folder = tmp_path / "many"
    folder.mkdir()
    for number in range(119):
        (folder / f"{number:03}.txt").write_text("date 2021-07-01 Nothing here.\n", encoding="utf-8")
    (folder / "wire.jsonl").write_text('{"id": "w", "text": "Nothing."}\n', encoding="utf-8")
    assert main(["check", str(folder)]) == 0
    quiet = capsys.readouterr()
    assert quiet.err == ""
    monkeypatch.setattr("sys.stderr.isatty", lambda: True)
    assert main(["check", str(folder)]) == 0
    shown = capsys.readouterr()
    assert shown.out == quiet.out  # nothing of the bar on standard output
    assert "\rfactcheck [#" in shown.err and "] 50/120 articles" in shown.err and "/s" in shown.err
    assert shown.err.endswith("\r\x1b[K")  # the bar is cleared before the report


def test_the_progress_bar_shows_rate_and_time_left_within_the_terminal_width(monkeypatch):
    monkeypatch.setenv("COLUMNS", "80")
    now = [0.0]
    stream = io.StringIO()
    bar = ProgressBar(stream, total=1000, clock=lambda: now[0])
    now[0] = 5.0
    bar(250)
    line = stream.getvalue().removeprefix("\r").removesuffix("\x1b[K")
    assert line.endswith("] 250/1,000 articles  50/s  0:15 left") and len(line) == 79
    assert line.count("#") == (79 - len("factcheck [] 250/1,000 articles  50/s  0:15 left")) // 4
    bar(260)  # within MIN_INTERVAL of the last drawing: not drawn
    assert stream.getvalue().count("\r") == 1
    bar.close()
    assert stream.getvalue().endswith("\r\x1b[K")


def test_no_line_of_the_text_report_can_be_a_ci_command(tmp_path, capsys):
    folder = tmp_path / "x\n::error file=evil::pwned"
    folder.mkdir()
    (folder / "a\n::warning::b.txt").write_text(
        "date 2021-07-01 Defence Minister Narendra\nModi visited.\n::error::from the article\n"
        + WRONG_HOLDER, encoding="utf-8")
    (folder / "bad\n::error::c.txt").write_bytes(b"caf\xe9")
    main(["check", str(folder)])
    for line in capsys.readouterr().out.splitlines():
        assert not line.startswith("::"), line


def test_a_span_over_two_lines_shows_its_first_line_marked(tmp_path, capsys):
    article = tmp_path / "a.txt"
    article.write_text("date 2021-07-01 Defence Minister Narendra\nModi visited.\n", encoding="utf-8")
    main(["check", str(article)])
    lines = capsys.readouterr().out.splitlines()
    assert lines[1] == "    1 | date 2021-07-01 Defence Minister Narendra"
    assert lines[2] == "      |                                  " + "^" * 8


# Where reports go: links, devices, FIFOs, folders, inputs, a stopped run.

def _json_report(out: Path | str, *extra: str) -> list[str]:
    return ["check", str(HINDI_SEED), "--format", "json", "--output", str(out), *extra]


def test_an_output_through_a_link_writes_its_target_and_keeps_the_link(tmp_path, capsys):
    reports = tmp_path / "reports"
    reports.mkdir()
    target = reports / "r.json"
    target.write_text("last report", encoding="utf-8")
    target.chmod(0o640)
    link = tmp_path / "r.json"
    link.symlink_to(target)
    assert main(_json_report(link)) == 0
    assert link.is_symlink() and os.readlink(link) == str(target)
    assert json.loads(target.read_text(encoding="utf-8"))["summary"]["articles"] == 1
    assert stat.S_IMODE(target.stat().st_mode) == 0o640
    assert sorted(p.name for p in reports.iterdir()) == ["r.json"]


def test_an_output_to_a_fifo_is_written_in_place(tmp_path, capsys):
    fifo = tmp_path / "report.fifo"
    os.mkfifo(fifo)
    received: list[bytes] = []
    reader = threading.Thread(target=lambda: received.append(fifo.read_bytes()), daemon=True)
    reader.start()
    try:
        assert main(_json_report(fifo)) == 0
        reader.join(timeout=60)
    finally:
        if reader.is_alive():  # let the reader go if nothing was written
            with open(fifo, "wb"):
                pass
    assert stat.S_ISFIFO(os.stat(fifo).st_mode)
    assert json.loads(received[0])["summary"]["articles"] == 1
    assert [p.name for p in tmp_path.iterdir()] == ["report.fifo"]


def test_an_output_to_dev_null_or_a_link_to_it_leaves_the_device_alone(tmp_path, capsys):
    if not stat.S_ISCHR(os.stat(os.devnull).st_mode):
        pytest.skip(f"{os.devnull} on this machine is not a device: something else replaced it")
    link = tmp_path / "null.json"
    link.symlink_to(os.devnull)
    assert main(_json_report(link)) == 0
    assert link.is_symlink() and stat.S_ISCHR(os.stat(os.devnull).st_mode)
    assert [p.name for p in tmp_path.iterdir()] == ["null.json"]
    # As root, a temporary file renamed over /dev/null would make it a plain file.
    assert main(_json_report(os.devnull)) == 0
    assert stat.S_ISCHR(os.stat(os.devnull).st_mode)
    assert not [p for p in Path(os.devnull).parent.iterdir() if p.name.startswith(".null.")]


def _cli(*args: str, **kwargs) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-m", "factcheck.cli", *args], check=False, **kwargs)


def test_an_output_to_dev_stdout_goes_to_standard_output_without_replacing_it(tmp_path):
    done = _cli("check", str(HINDI_SEED), "--format", "json", "--output", "/dev/stdout",
                "--format", "text", capture_output=True, text=True)
    assert done.returncode == 0, done.stderr
    report, text = done.stdout.split("\n}\n", 1)
    assert json.loads(report + "}")["summary"]["articles"] == 1
    assert text.rstrip().endswith("1 article checked, 0 failed: 0 errors, 3 warnings, 0 infos")
    log = tmp_path / "log.txt"
    log.write_text("earlier lines\n", encoding="utf-8")
    inode = log.stat().st_ino
    with open(log, "a", encoding="utf-8") as out:
        done = _cli("check", str(HINDI_SEED), "--format", "json", "--output", "/dev/stdout", stdout=out)
    assert done.returncode == 0
    assert log.stat().st_ino == inode  # written through, not replaced
    kept, report = log.read_text(encoding="utf-8").split("\n", 1)
    assert kept == "earlier lines" and json.loads(report)["summary"]["articles"] == 1


@pytest.mark.parametrize("flag", ["--output", "--write-baseline"])
def test_a_path_ending_in_a_slash_or_naming_a_folder_is_one_line_error(tmp_path, capsys, flag):
    for path in (f"{tmp_path / 'reports'}/", str(tmp_path)):
        assert main(["check", str(HINDI_SEED), flag, path]) == 2
        err = capsys.readouterr().err
        assert err.count("\n") == 1 and err.startswith("factcheck: cannot write") and "folder" in err
    assert list(tmp_path.iterdir()) == []


def test_a_report_or_baseline_never_replaces_an_article_the_run_checks(tmp_path, capsys):
    folder = tmp_path / "articles"
    folder.mkdir()
    article = folder / "a.txt"
    article.write_text(WRONG_HOLDER, encoding="utf-8")
    link = tmp_path / "link.txt"
    link.symlink_to(article)
    for paths, flag, out in [([folder], "--output", article), ([article], "--output", article),
                             ([folder], "--write-baseline", article), ([article], "--output", link),
                             ([link], "--write-baseline", article),
                             ([folder], "--output", folder / "next.md")]:
        assert main(["check", *map(str, paths), flag, str(out)]) == 2
        err = capsys.readouterr().err
        assert err.startswith(f"factcheck: {flag} {out} would replace") and err.count("\n") == 1
    assert article.read_text(encoding="utf-8") == WRONG_HOLDER
    assert sorted(p.name for p in folder.iterdir()) == ["a.txt"]
    # A report beside the articles that is not an article is fine.
    assert main(["check", str(folder), "--format", "json", "--output", str(folder / "r.json")]) == 1
    assert json.loads((folder / "r.json").read_text(encoding="utf-8"))["summary"]["articles"] == 1


@pytest.mark.parametrize("where", ["factcheck.outputs._write_all", "factcheck.outputs.os.replace"])
def test_a_run_stopped_while_writing_leaves_the_last_report_and_no_temporary_file(
        tmp_path, capsys, monkeypatch, where):
    out = tmp_path / "r.json"
    out.write_text("last good report", encoding="utf-8")

    def stop(*args: object) -> None:
        raise KeyboardInterrupt

    monkeypatch.setattr(where, stop)
    with contextlib.suppress(KeyboardInterrupt):
        main(_json_report(out))
    assert out.read_text(encoding="utf-8") == "last good report"
    assert [p.name for p in tmp_path.iterdir()] == ["r.json"]


def test_a_report_written_piece_by_piece_fails_whole_and_leaves_the_last_report(tmp_path):
    """A format that fails halfway through its pieces leaves the last report
    and no temporary file, as one that fails before writing."""
    out = tmp_path / "r.json"
    out.write_text("last good report", encoding="utf-8")

    def pieces() -> Iterator[str]:
        yield "{" * WRITE_SIZE  # one write done
        yield "more"
        raise RuntimeError("the format failed halfway")

    with pytest.raises(RuntimeError):
        AtomicFile(out).commit(pieces())
    assert out.read_text(encoding="utf-8") == "last good report"
    assert [p.name for p in tmp_path.iterdir()] == ["r.json"]
    AtomicFile(out).commit(iter(["a", "é" * WRITE_SIZE, "z"]))
    assert out.read_text(encoding="utf-8") == "a" + "é" * WRITE_SIZE + "z"


def _json_whole(report: Report) -> str:
    """The JSON report as one json.dumps of the whole report writes it."""
    data = report.model_dump(mode="json")
    for finding in data["findings"]:
        for key in json_format.OPTIONAL:
            if finding[key] in (None, []):
                del finding[key]
        for related in finding["related"]:
            if related["field"] is None:
                del related["field"]
    return json.dumps(data, ensure_ascii=False, indent=2) + "\n"


@pytest.mark.parametrize("given", [
    [],
    ["The council met."],
    [WRONG_HOLDER, "date 2021-07-02 Vietnam's Minister of National Defence Ngo Xuan Lich visited Delhi.\n",
     "मोदी ने कहा कहा कि \u0000 \"उद्धरण\" \\ ठीक है।", "The the council met. <!-- factcheck: ignore -->"],
])
def test_the_json_report_in_pieces_is_the_document_written_whole(tmp_path, given):
    articles = [article_from_text(text, f"a{n}.txt") for n, text in enumerate(given)]
    bad = tmp_path / "bad.jsonl"
    bad.write_text('{"id": "x", "text": 5}\n', encoding="utf-8")
    report = factcheck.check([*articles, bad] if given else [])
    assert json_format.render(report) == _json_whole(report)
    assert len(list(json_format.chunks(report))) > 2 * len(report.findings)  # a finding at a time


_JSON_LEAVES = st.none() | st.booleans() | st.integers() | st.floats(allow_nan=False) | st.text(max_size=6)


class _Streamed(list):
    """A list to be written as an Items."""


def _json_values() -> st.SearchStrategy:
    def grow(inner: st.SearchStrategy) -> st.SearchStrategy:
        return (st.lists(inner, max_size=4) | st.lists(inner, max_size=4).map(_Streamed)
                | st.dictionaries(st.text(max_size=4), inner, max_size=4))
    return st.recursive(_JSON_LEAVES, grow, max_leaves=20)


def _made(value: object, streamed: bool) -> object:
    """The value with each _Streamed list an Items of a fresh iterator (or a plain list)."""
    if isinstance(value, dict):
        return {key: _made(item, streamed) for key, item in value.items()}
    if isinstance(value, list):
        items = [_made(item, streamed) for item in value]
        return Items(iter(items)) if streamed and isinstance(value, _Streamed) else items
    return value


@given(_json_values())
def test_json_in_pieces_is_the_document_json_dumps_writes(value):
    streamed = "".join(streamed_json.pieces(_made(value, streamed=True)))
    assert streamed == json.dumps(_made(value, streamed=False), ensure_ascii=False, indent=2)


@pytest.mark.parametrize("fmt", sorted(FORMATTERS))
def test_every_format_writes_its_report_a_finding_at_a_time(fmt):
    """Each format's pieces make its whole text, and a report of many findings
    comes in about as many pieces: none is made whole first."""
    texts = [f"Item {n}: the the council met.\n" for n in range(30)]
    report = factcheck.check([article_from_text(text, f"a{n}.txt") for n, text in enumerate(texts)])
    settings = Settings(fail_on=1)
    written = list(pieces(fmt, report, settings))
    assert "".join(written) == FORMATTERS[fmt](report, settings)
    assert len(written) >= len(report.findings) >= 30


def _anchors(markdown: str) -> set[str]:
    """The anchors GitHub gives a Markdown file's headings."""
    anchors = set()
    for line in markdown.splitlines():
        if line.startswith("#"):
            title = line.lstrip("#").strip().lower()
            anchors.add("".join(ch for ch in title if ch.isalnum() or ch in "-_ ").replace(" ", "-"))
    return anchors


def test_sarif_rules_link_their_documentation_and_the_driver_the_project(tmp_path):
    project = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))["project"]
    assert links.REPOSITORY in project["urls"].values()
    assert project["urls"]["Documentation"] == links.DOCS
    driver = _sarif(tmp_path, str(SEEDS))["runs"][0]["tool"]["driver"]
    assert driver["informationUri"] == links.REPOSITORY
    uris = {rule["id"]: rule["helpUri"] for rule in driver["rules"]}
    assert uris["spelling"] == f"{links.DOCS}/rules.md#spelling"
    assert uris["office-holder"] == f"{links.DOCS}/rules.md#office-holder"
    # Every rule kind, and the suppression check, has a heading its link lands on.
    for kind in [*KINDS, "suppression"]:
        page, anchor = links.rule_help_uri(kind).removeprefix(links.DOCS + "/").split("#")
        assert anchor in _anchors((ROOT / "docs" / page).read_text(encoding="utf-8")), kind


def test_github_annotations_give_the_end_line_and_column_of_each_span(tmp_path, capsys):
    (tmp_path / "one.txt").write_text(WRONG_HOLDER, encoding="utf-8")
    (tmp_path / "two.txt").write_text("date 2021-07-01 Defence Minister Narendra\nModi visited.\n",
                                      encoding="utf-8")
    assert main(["check", str(tmp_path), "--format", "github"]) == 1
    one, two = capsys.readouterr().out.splitlines()[:2]
    start = WRONG_HOLDER.index("Narendra Modi") + 1
    assert f"one.txt,line=1,endLine=1,col={start},endColumn={start + len('Narendra Modi') - 1}," in one
    # Over two lines: GitHub takes no columns then.
    assert "two.txt,line=1,endLine=2,title=" in two


def test_junit_shows_warnings_as_skipped_tests_and_keeps_the_file_name_in_one_class(tmp_path):
    xmlschema = pytest.importorskip("xmlschema")
    out = tmp_path / "seeds.xml"
    assert main(["check", str(SEEDS), "--format", "junit", "--output", str(out)]) == 0
    schema = xmlschema.XMLSchema(str(JUNIT_SCHEMA))
    schema.validate(str(out))
    suite = schema.to_dict(str(out))
    assert (suite["@tests"], suite["@failures"], suite["@errors"], suite["@skipped"]) == (2, 0, 0, 2)
    english = next(case for case in suite["testcase"] if case["@name"].endswith("000_4fd3e7492f48b50c.txt"))
    assert english["skipped"]["@message"].startswith("3 findings: ")
    assert "Giangfor" in english["skipped"]["$"] and "= suggestion: Giang for" in english["skipped"]["$"]
    for case in suite["testcase"]:
        # Jenkins splits a class name at its last dot: none, so "a.txt" is not class "txt".
        assert "." not in case["@classname"] and case["@classname"].endswith("_txt")
    main(["check", str(SEEDS), "--format", "junit", "--output", str(out), "--fail-on", "warning"])
    suite = schema.to_dict(str(out))
    assert (suite["@failures"], suite["@skipped"]) == (2, 0)


DEFENCE = "date 2021-07-01 Vietnam's Minister of National Defence {} visited Delhi.\n"


@pytest.mark.parametrize("fmt", ["text", "html", "junit", "github", "gitlab", "sarif"])
def test_every_format_shows_the_other_source_of_a_disagreement(tmp_path, capsys, fmt):
    """A cross-source message names no place; each format shows the related
    place (path, line and column) and what that source says there."""
    (tmp_path / "a.txt").write_text(DEFENCE.format("Phan Van Giang"), encoding="utf-8")
    (tmp_path / "b.txt").write_text("\n" + DEFENCE.format("Ngo Xuan Lich").replace("07-01", "07-02"),
                                    encoding="utf-8")
    args = ["check", str(tmp_path / "a.txt"), str(tmp_path / "b.txt"), "--ignore", "office-holder"]
    out = tmp_path / "report"
    assert main([*args, "--format", fmt, "--output", str(out)]) == 1
    shown = out.read_text(encoding="utf-8")
    said = "this source names Phan Van Giang as Vietnam&#x27;s" if fmt == "html" else \
        "this source names Phan Van Giang as Vietnam's"
    if fmt == "sarif":
        (result,) = json.loads(shown)["runs"][0]["results"]
        assert "a.txt" not in result["message"]["text"]
        related, *knowledge = result["relatedLocations"]
        assert [k["message"]["text"].split()[:2] for k in knowledge] == [["knowledge:", "tenure"]]
        assert related["physicalLocation"]["artifactLocation"]["uri"].endswith("/a.txt")
        assert related["physicalLocation"]["region"]["startLine"] == 1
        assert related["physicalLocation"]["region"]["startColumn"] == 56
        assert related["message"]["text"].startswith(said)
        return
    place = f"{tmp_path / 'a.txt'}:1:56"
    assert (f"<b>{place}</b>: {said}" if fmt == "html" else f"{place}: {said}") in shown
    assert "another source names Phan Van Giang" in shown
