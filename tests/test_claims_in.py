"""Claims in: claims another tool extracted, checked by the checks that check
articles (factcheck.check_claims, factcheck check-claims)."""

from __future__ import annotations

import csv
import json
import subprocess
import sys
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

import factcheck
from factcheck.cli import main
from factcheck.model import Report

from .conftest import SHARED

SARIF_SCHEMA = SHARED / "schemas" / "sarif-schema-2.1.0.json"
WRONG_MINISTER = {"subject": "Nirmala Sitharaman", "relation": "holds-office", "value": "Defence Minister",
                  "time": "2021-05-01"}
RIGHT_MINISTER = {"subject": "Rajnath Singh", "relation": "holds-office", "value": "Defence Minister",
                  "time": "2021-05-01"}


def only(report: Report, rule: str | None = None) -> list[factcheck.Finding]:
    return [f for f in report.findings if rule is None or f.rule == rule]


def write_csv(path: Path, rows: list[dict[str, str]]) -> Path:
    columns = sorted({key for row in rows for key in row})
    with path.open("w", encoding="utf-8", newline="") as handle:
        writer = csv.DictWriter(handle, columns)
        writer.writeheader()
        writer.writerows(rows)
    return path


def test_a_claim_naming_who_did_not_hold_the_office_then_is_an_error_on_its_subject(rules):
    report = factcheck.check_claims([WRONG_MINISTER], rules)
    [finding] = only(report)
    assert (finding.rule, finding.severity, finding.field, finding.text) == (
        "office-holder", "error", "subject", "Nirmala Sitharaman")
    assert finding.suggestion == "Rajnath Singh"
    assert report.summary.articles == 1 and report.summary.failed == 0


def test_a_right_claim_gives_no_finding(rules):
    report = factcheck.check_claims([RIGHT_MINISTER], rules)
    assert report.findings == [] and report.inputs[0].status == "checked"


def test_the_claim_is_checked_at_its_own_time(rules):
    earlier = {**WRONG_MINISTER, "time": "2018-06-01"}
    assert factcheck.check_claims([earlier], rules).findings == []


def test_names_in_devanagari_are_resolved_and_the_suggestion_is_in_their_script(rules):
    claim = {"subject": "निर्मला सीतारमण", "relation": "holds-office", "value": "रक्षा मंत्री",
             "time": "2021-05-01"}
    [finding] = only(factcheck.check_claims([claim], rules), "office-holder")
    assert finding.suggestion == "राजनाथ सिंह"


def test_knowledge_ids_stand_for_names(rules):
    office = next(o for o in rules.knowledge.offices if o.startswith("india-") and "defence" in o)
    person = next(e.id for e in rules.knowledge.entities.values()
                  if "Nirmala Sitharaman" in e.names.get("en", []))
    claim = {"subject": person, "relation": "holds-office", "value": office, "time": "2021-05-01"}
    [finding] = only(factcheck.check_claims([claim], rules), "office-holder")
    assert finding.severity == "error"


def test_a_misspelt_subject_is_a_spelling_finding_with_the_name_it_is_a_slip_for(rules):
    claim = {**RIGHT_MINISTER, "subject": "Rajnth Singh"}
    report = factcheck.check_claims([claim], rules)
    [finding] = only(report, "spelling")
    assert (finding.field, finding.suggestion) == ("subject", "Rajnath Singh")
    assert report.inputs[0].status == "checked"


def test_a_subject_no_pack_knows_fails_the_record_saying_so(rules):
    report = factcheck.check_claims([{**RIGHT_MINISTER, "subject": "Zorblax Quintavius"}], rules)
    assert report.findings == []
    [status] = report.inputs
    assert status.status == "failed" and "Zorblax Quintavius" in (status.reason or "")


def test_a_party_a_person_was_not_in_then_is_an_error_on_the_value(rules):
    claim = {"subject": "Amit Shah", "relation": "member-of", "value": "Congress", "time": "2021-05-01"}
    [finding] = only(factcheck.check_claims([claim], rules), "membership")
    assert (finding.severity, finding.field, finding.text, finding.suggestion) == (
        "error", "value", "Congress", "BJP")


def test_a_party_switch_is_checked_at_the_claims_time(rules):
    before = {"subject": "Jyotiraditya Scindia", "relation": "member-of", "value": "Congress",
              "time": "2019-05"}
    after = {**before, "time": "2023-01"}
    assert only(factcheck.check_claims([before], rules)) == []
    [finding] = only(factcheck.check_claims([after], rules), "membership")
    assert finding.suggestion == "BJP"


def test_a_fact_with_a_wrong_year_is_an_error_with_the_packs_year(rules):
    wrong = {"subject": "Comprehensive Strategic Partnership", "relation": "fact-date", "value": "2017"}
    [finding] = only(factcheck.check_claims([wrong], rules), "fact")
    assert (finding.field, finding.text, finding.suggestion) == ("value", "2017", "2016")
    assert only(factcheck.check_claims([{**wrong, "value": "2016"}], rules)) == []


def test_an_event_dated_wrongly_is_an_error(rules):
    wrong = {"subject": "India-Vietnam Virtual Summit", "relation": "event-date", "value": "2020-12-22"}
    [finding] = only(factcheck.check_claims([wrong], rules), "date")
    assert finding.field == "value" and finding.severity == "error"
    assert only(factcheck.check_claims([{**wrong, "value": "2020-12-21"}], rules)) == []


def test_a_relative_time_resolves_against_the_reference_date(rules):
    claim = {**WRONG_MINISTER, "time": "last year", "reference_date": "2022-03-01"}
    [finding] = only(factcheck.check_claims([claim], rules), "office-holder")
    assert "2021" in finding.message
    [failed] = factcheck.check_claims([{**WRONG_MINISTER, "time": "last year"}], rules).inputs
    assert failed.status == "failed" and "time" in (failed.reason or "")


def test_former_is_checked_at_the_reference_date(rules):
    claim = {"subject": "Rajnath Singh", "relation": "holds-office", "value": "Defence Minister",
             "qualifier": "former", "reference_date": "2021-05-01"}
    [finding] = only(factcheck.check_claims([claim], rules), "office-holder")
    assert finding.severity == "error"
    before = only(factcheck.check_claims([{**claim, "reference_date": "2018-05-01"}], rules))
    assert [f.severity for f in before] == ["info"]  # no tenure before then: cannot be confirmed, no error


def test_a_time_that_is_a_guess_gives_no_error(rules):
    claim = {**WRONG_MINISTER, "time_basis": "nearby"}
    assert all(f.severity == "info" for f in factcheck.check_claims([claim], rules).findings)


def test_bad_rows_fail_one_by_one_and_the_run_goes_on(rules):
    rows = [RIGHT_MINISTER, {**RIGHT_MINISTER, "subject": ""}, {**RIGHT_MINISTER, "relation": "capital-of"},
            {**RIGHT_MINISTER, "time": "the thirty-first of Smarch"}, WRONG_MINISTER,
            {"subject": "Amit Shah", "relation": "member-of"}]
    report = factcheck.check_claims(rows, rules)
    assert [s.status for s in report.inputs] == ["checked", "failed", "failed", "failed", "checked", "failed"]
    reasons = [s.reason or "" for s in report.inputs]
    assert "subject" in reasons[1] and "capital-of" in reasons[2] and "time" in reasons[3]
    assert "value" in reasons[5]
    assert [f.article for f in report.findings] == ["row 5"]


def test_every_row_is_reported_checked_or_failed(rules, tmp_path):
    rows = [RIGHT_MINISTER, {"subject": "x"}, WRONG_MINISTER, {**WRONG_MINISTER, "id": "dup"},
            {**RIGHT_MINISTER, "id": "dup"}]
    report = factcheck.check_claims(write_csv(tmp_path / "c.csv", rows), rules)
    assert len(report.inputs) == len(rows)
    assert report.inputs[-1].status == "failed" and "dup" in (report.inputs[-1].reason or "")


def test_a_table_with_columns_no_claim_has_fails_as_a_whole(rules, tmp_path):
    path = tmp_path / "c.csv"
    path.write_text("subject,relation,colour\nRajnath Singh,holds-office,blue\n", encoding="utf-8")
    [status] = factcheck.check_claims(path, rules).inputs
    assert status.status == "failed" and "colour" in (status.reason or "")


def test_csv_json_lines_and_parquet_tables_give_the_same_findings(rules, tmp_path):
    rows = [RIGHT_MINISTER, WRONG_MINISTER, {**RIGHT_MINISTER, "subject": "Rajnth Singh"}]
    csv_path = write_csv(tmp_path / "c.csv", rows)
    jsonl = tmp_path / "c.jsonl"
    jsonl.write_text("".join(json.dumps(r) + "\n" for r in rows), encoding="utf-8")
    pyarrow = pytest.importorskip("pyarrow")
    parquet = pytest.importorskip("pyarrow.parquet")
    parquet.write_table(pyarrow.Table.from_pylist(rows), tmp_path / "c.parquet")
    seen = []
    for path in (csv_path, jsonl, tmp_path / "c.parquet"):
        report = factcheck.check_claims(path, rules)
        seen.append([(f.article, f.field, f.rule, f.message) for f in report.findings])
    assert seen[0] == seen[1] == seen[2] and len(seen[0]) == 2


def test_a_csv_finding_points_at_the_rows_line(rules, tmp_path):
    report = factcheck.check_claims(write_csv(tmp_path / "c.csv", [RIGHT_MINISTER, WRONG_MINISTER]), rules)
    [finding] = report.findings
    assert report.record_lines[(finding.path, finding.article)] == 3


def test_dataframes_are_accepted(rules):
    pandas = pytest.importorskip("pandas")
    polars = pytest.importorskip("polars")
    rows = [RIGHT_MINISTER, WRONG_MINISTER]
    for frame in (pandas.DataFrame(rows), polars.DataFrame(rows)):
        [finding] = factcheck.check_claims(frame, rules).findings
        assert finding.article == "row 2"


def test_checking_claims_imports_no_dataframe_library():
    code = ("import sys, factcheck; factcheck.check_claims([{'subject': 'Rajnath Singh', "
            "'relation': 'holds-office', 'value': 'Defence Minister', 'time': '2021'}]); "
            "print(sorted(m for m in ('pandas', 'polars', 'pyarrow') if m in sys.modules))")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True).stdout
    assert out.strip() == "[]"


def test_claims_of_one_run_that_disagree_are_related(rules):
    report = factcheck.check_claims([RIGHT_MINISTER, WRONG_MINISTER], rules)
    [finding] = report.findings
    assert finding.article == "row 2"
    assert [(r.article, r.field) for r in finding.related] == [("row 1", "subject")]


def test_claims_the_knowledge_cannot_decide_are_compared_with_each_other(tmp_path):
    pack = tmp_path / "pack.yaml"
    pack.write_text(
        "pack: clubs\nentities:\n"
        "  - {id: ann-lee, type: person, names: {en: [Ann Lee]}}\n"
        "  - {id: bo-chan, type: person, names: {en: [Bo Chan]}}\n"
        "  - {id: zedland, type: country, names: {en: [Zedland]}}\n"
        "offices:\n  - {id: zedland-chancellor, country: zedland, names: {en: [Chancellor of Zedland]}}\n"
        "checks:\n  - {id: office-holder, kind: office-holder}\n  - {id: cross-source, kind: cross-source}\n",
        encoding="utf-8")
    rules = factcheck.load_rules([pack])
    claims = [{"subject": name, "relation": "holds-office", "value": "zedland-chancellor",
               "time": "2020-03-01"} for name in ("Ann Lee", "Bo Chan")]
    report = factcheck.check_claims(claims, rules)
    cross = only(report, "cross-source")
    assert cross and cross[0].related and cross[0].severity == "warning"


def test_every_format_writes_a_claims_report(tmp_path, capsys):
    table = write_csv(tmp_path / "c.csv", [RIGHT_MINISTER, WRONG_MINISTER, {"subject": "x", "relation": "y"}])
    for fmt in ("text", "json", "sarif", "junit", "github", "gitlab", "html"):
        code = main(["check-claims", str(table), "--format", fmt])
        out = capsys.readouterr().out
        assert code == 1 and "Nirmala Sitharaman" in out, fmt
    main(["check-claims", str(table), "--format", "json"])
    data = json.loads(capsys.readouterr().out)
    [finding] = data["findings"]
    assert (finding["article"], finding["field"]) == ("row 2", "subject")
    assert [i["status"] for i in data["inputs"]] == ["checked", "checked", "failed"]


def test_the_sarif_of_claims_is_valid(tmp_path, capsys):
    if not SARIF_SCHEMA.exists():
        pytest.skip("needs ../shared/schemas")
    jsonschema = pytest.importorskip("jsonschema")
    table = write_csv(tmp_path / "c.csv", [RIGHT_MINISTER, WRONG_MINISTER])
    main(["check-claims", str(table), "--format", "sarif"])
    log = json.loads(capsys.readouterr().out)
    jsonschema.validate(log, json.loads(SARIF_SCHEMA.read_text(encoding="utf-8")))
    [result] = log["runs"][0]["results"]
    assert result["locations"][0]["properties"]["field"] == "subject"


def test_text_output_names_the_record_and_field(tmp_path, capsys):
    table = write_csv(tmp_path / "c.csv", [WRONG_MINISTER])
    main(["check-claims", str(table)])
    assert f"{table}[row 1].subject" in capsys.readouterr().out


def test_a_clean_table_exits_0_and_jobs_give_the_same_report(tmp_path, capsys):
    table = write_csv(tmp_path / "c.csv", [RIGHT_MINISTER] * 3)
    assert main(["check-claims", str(table)]) == 0
    capsys.readouterr()
    mixed = write_csv(tmp_path / "m.csv", [RIGHT_MINISTER, WRONG_MINISTER, {"subject": "Rajnth Singh",
                                                                            "relation": "holds-office"}])
    main(["check-claims", str(mixed), "--format", "json", "--jobs", "1"])
    one = capsys.readouterr().out
    main(["check-claims", str(mixed), "--format", "json", "--jobs", "2"])
    assert capsys.readouterr().out == one


def test_a_table_that_cannot_be_read_is_reported_not_raised(tmp_path, capsys):
    assert main(["check-claims", str(tmp_path / "missing.csv")]) == 1
    assert "missing.csv" in capsys.readouterr().out
    odd = tmp_path / "claims.xlsx"
    odd.write_text("x", encoding="utf-8")
    [status] = factcheck.check_claims(odd).inputs
    assert status.status == "failed"


FIELD_TEXT = st.text(st.characters(codec="utf-8", exclude_categories=("Cs",)), max_size=40)


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(subject=FIELD_TEXT, relation=st.sampled_from(["holds-office", "member-of", "fact-date", "event-date",
                                                     "other"]),
       value=st.one_of(st.none(), FIELD_TEXT), time=st.one_of(st.none(), FIELD_TEXT))
def test_no_record_crashes_the_check_and_spans_index_the_record(rules, subject, relation, value, time):
    row = {"subject": subject, "relation": relation, "value": value, "time": time}
    report = factcheck.check_claims([row], rules)
    assert len(report.inputs) == 1
    assert not any((s.reason or "").startswith("internal error") for s in report.inputs)
    for finding in report.findings:
        text = report.sources[(finding.path, finding.article)]
        assert text[finding.start:finding.end] == finding.text
        assert finding.field in {"subject", "relation", "value", "time"}


def test_the_documented_example_report_is_what_the_command_prints(capsys, monkeypatch):
    root = Path(__file__).resolve().parent.parent
    monkeypatch.chdir(root)
    assert main(["check-claims", "docs/claims/claims.csv"]) == 1
    assert capsys.readouterr().out == (root / "docs" / "claims" / "report.txt").read_text(encoding="utf-8")


def test_claims_relations_lists_what_a_record_may_claim(capsys):
    assert main(["claims", "relations"]) == 0
    listed = dict(line.split("\t") for line in capsys.readouterr().out.splitlines())
    assert listed == {"event-date": "fact", "fact-date": "fact", "holds-office": "office-holder",
                      "member-of": "membership"}


KNOWLEDGE_KINDS = {"office-holder", "membership", "fact", "date", "cross-source"}


def _round_trip(paths: list[Path], rules: factcheck.Rules) -> tuple[dict, dict, Report]:
    """The knowledge findings of checking articles, and of checking the claims
    they emit, both by the article span of the claim: (path, article, start, end, kind)."""
    report = factcheck.check(paths, rules=rules, claims=True)
    # Ids that sort as the claims do: cross-source reports a group's disagreement at its first source.
    records = [c.model_copy(update={"id": f"claim-{i:06d}"}) for i, c in enumerate(report.claims)]
    from_claims = factcheck.check_claims(records, rules)
    spans = {(c.path, c.article, c.start, c.end) for c in records}
    by_article: dict[tuple, list[str]] = {}
    for f in report.findings:
        if f.kind in KNOWLEDGE_KINDS and (f.path, f.article, f.start, f.end) in spans:
            by_article.setdefault((f.path, f.article, f.start, f.end, f.kind), []).append(f.severity)
    index = {r.id: r for r in records}
    by_record: dict[tuple, list[str]] = {}
    for f in from_claims.findings:
        if f.kind in KNOWLEDGE_KINDS:
            r = index[f.article]
            by_record.setdefault((r.path, r.article, r.start, r.end, f.kind), []).append(f.severity)
    return by_article, by_record, from_claims


def test_the_claims_the_seeds_emit_checked_as_claims_give_the_seeds_knowledge_findings(rules):
    root = Path(__file__).resolve().parent.parent
    by_article, by_record, from_claims = _round_trip([root / "seeds"], rules)
    assert all(s.status == "checked" for s in from_claims.inputs)
    assert by_article and by_record == by_article


def test_the_claims_the_corpus_emits_checked_as_claims_give_its_knowledge_findings(rules):
    corpus = SHARED / "corpus"
    if not corpus.is_dir():
        pytest.skip("needs ../shared/corpus")
    by_article, by_record, from_claims = _round_trip(sorted(corpus.glob("*.jsonl")), rules)
    assert all(s.status == "checked" for s in from_claims.inputs)
    assert len(by_article) > 50 and by_record == by_article
