"""One span type: checks and the engine pass spans (path, article, start,
end); a finding's line, column and text are worked out from the article text
the report keeps when they are read, and the outputs stay what they were."""

from __future__ import annotations

import json
import pickle
import shutil
from pathlib import Path

import pytest

import factcheck
from factcheck.articles import article_from_text
from factcheck.cli import main
from factcheck.model import Finding, Related, Report
from factcheck.span import SourceText, Span

from .conftest import SEEDS

DATA = Path(__file__).parent / "data"
# Inputs beside the seeds for the reports written before spans (tests/data/*_before_spans.json):
# an article with old Mac line ends (a lone CR) whose finding's text holds one, and JSON Lines
# records that disagree with it and with each other.
OLD_MAC = ("date 2021-07-01\rThe minister said that the\rthe bridge would open soon.\r"
           "Vietnam's Minister of National Defence Ngo Xuan Lich visited Delhi.\r")
WIRE = [
    {"id": "r1", "text": "date 2021-07-01 Vietnam's Minister of National Defence Phan Van Giang "
                         "visited Delhi. He said that that the talks went well."},
    {"id": "r2", "text": "date 2021-07-02 Vietnam's Minister of National Defence Ngo Xuan Lich "
                         "visited Delhi."},
]


def write_inputs(folder: Path) -> list[str]:
    folder.mkdir(parents=True, exist_ok=True)
    (folder / "oldmac.txt").write_bytes(OLD_MAC.encode("utf-8"))
    (folder / "wire.jsonl").write_text("".join(json.dumps(r) + "\n" for r in WIRE), encoding="utf-8")
    shutil.copytree(SEEDS, folder / "seeds")
    return [str(folder / "oldmac.txt"), str(folder / "wire.jsonl"), str(folder / "seeds")]


def positions(report: dict[str, object]) -> list[dict[str, object]]:
    """What a JSON report says of each finding's place, its related places' too; paths by file name."""
    kept = ("rule", "article", "start", "end", "line", "column", "text", "fingerprint")
    found = []
    for finding in report["findings"]:  # type: ignore[attr-defined]
        entry = {key: finding[key] for key in kept}
        entry["file"] = Path(finding["path"]).name
        entry["related"] = [{"file": Path(r["path"]).name, **{k: r[k] for k in
                             ("article", "start", "end", "line", "column", "text")}}
                            for r in finding["related"]]
        found.append(entry)
    return found


def test_the_json_report_gives_every_place_as_it_did_before_spans(tmp_path, capsys):
    inputs = write_inputs(tmp_path / "in")
    assert main(["check", *inputs, "--format", "json"]) == 1
    report = json.loads(capsys.readouterr().out)
    before = json.loads((DATA / "findings_before_spans.json").read_text(encoding="utf-8"))
    assert positions(report) == before
    assert any("\r" in f["text"] for f in before)  # the lone CR stays in the text, as the file has it


def test_a_baseline_written_before_spans_still_matches_every_finding(tmp_path, capsys):
    inputs = write_inputs(tmp_path / "in")
    baseline = DATA / "baseline_before_spans.json"
    assert main(["check", *inputs, "--format", "json", "--baseline", str(baseline)]) == 0
    report = json.loads(capsys.readouterr().out)
    assert len(report["findings"]) == 9
    assert {f["baseline"] for f in report["findings"]} == {"unchanged"}


def test_json_findings_keep_their_field_order(tmp_path, capsys):
    inputs = write_inputs(tmp_path / "in")
    main(["check", *inputs, "--format", "json"])
    finding = next(f for f in json.loads(capsys.readouterr().out)["findings"] if f["related"])
    assert list(finding) == ["rule", "kind", "severity", "message", "path", "article", "start", "end",
                             "line", "column", "text", "suggestion", "related", "fingerprint",
                             *(["knowledge"] if "knowledge" in finding else [])]
    assert list(finding["related"][0]) == ["path", "start", "end", "line", "column", "text", "message",
                                           "article"]


def test_findings_hold_a_span_and_the_shared_article_text_not_copies(rules):
    text = "date 2021-07-01 He said that the the talks went well.\nAnd then the the end."
    article = article_from_text(text, "a.txt")
    report = factcheck.check(article, rules=rules)
    first, second = [f for f in report.findings if f.rule == "repetition"]
    for finding in (first, second):
        assert not {"line", "column", "text"} & set(finding.__dict__)
        assert finding._at is first._at and first._at.text is report.sources[("a.txt", "a")]  # type: ignore[attr-defined]
    assert (first.line, first.column, first.text) == (1, 30, "the the")
    assert (second.line, second.column, second.text) == (2, 10, "the the")
    assert first.span == Span("a.txt", "a", 29, 36)
    assert not hasattr(first.span, "__dict__")  # slots: compact


def test_a_finding_made_by_hand_keeps_the_place_it_was_given():
    finding = Finding(rule="r", kind="k", severity="error", message="m", path="a.txt", article="a",
                      start=3, end=5, line=2, column=1, text="xy",
                      related=[Related(path="b.txt", start=0, end=1, line=1, column=1, text="z",
                                       message="there", article="b")])
    assert (finding.line, finding.column, finding.text) == (2, 1, "xy")
    assert finding.related[0].text == "z"
    assert Finding.model_validate_json(finding.model_dump_json()) == finding


def test_a_place_given_only_in_part_is_refused():
    with pytest.raises(ValueError, match="column"):
        Finding(rule="r", kind="k", severity="error", message="m", path="a.txt", article="a",
                start=3, end=5, line=2)


def test_a_finding_with_neither_a_place_nor_a_text_says_so():
    finding = Finding(rule="r", kind="k", severity="error", message="m", path="a.txt", article="a",
                      start=3, end=5)
    with pytest.raises(ValueError, match="no line, column or text"):
        _ = finding.line
    finding.locate(SourceText("one\ntwo"))
    assert (finding.line, finding.column, finding.text) == (1, 4, "\nt")


def test_a_report_read_back_from_its_json_or_pickled_gives_the_same_places(tmp_path, capsys):
    inputs = write_inputs(tmp_path / "in")
    report = factcheck.check(inputs)
    dumped = report.model_dump_json()
    assert Report.model_validate_json(dumped).model_dump_json() == dumped
    copied = pickle.loads(pickle.dumps(report))
    assert copied.findings == report.findings
    assert copied.model_dump_json() == dumped
    assert report.model_copy(deep=True).findings == report.findings


def test_two_processes_give_the_same_places_as_one(tmp_path):
    inputs = write_inputs(tmp_path / "in")
    one, two = factcheck.check(inputs), factcheck.check(inputs, jobs=2)
    assert two.model_dump_json() == one.model_dump_json()
