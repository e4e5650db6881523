"""Provenance and freshness: a finding that rests on knowledge names the pack
record it used (file, line, ids, source, as_of) in every format, and a claim
later than the packs' as_of that they cannot decide is an info, never an error."""

from __future__ import annotations

import json
import textwrap
from pathlib import Path

import pytest
import yaml

import factcheck
from factcheck.articles import article_from_text
from factcheck.cli import main
from factcheck.kb import import_csv, import_wikidata
from factcheck.model import Finding, KnowledgeRef, Report

from .conftest import ROOT, check_texts, shared_file


def render_sarif(report: Report) -> str:
    from factcheck.report.sarif_format import render
    from factcheck.report.settings import Settings

    return render(report, Settings())

PACK = """\
    pack: freedonia
    home_country: freedonia
    as_of: 2020-01-01
    lexicon:
      membership:
        nouns: {en: [leader], hi: [नेता]}
    entities:
      - {id: freedonia, type: country, names: {en: [Freedonia], hi: [फ्रीडोनिया]}}
      - {id: ann-lee, type: person, country: freedonia, names: {en: [Ann Lee], hi: [ऐन ली]}}
      - {id: cy-dee, type: person, country: freedonia, names: {en: [Cy Dee], hi: [साइ डी]}}
      - {id: red, type: organisation, names: {en: [Red Party, Reds], hi: [लाल पार्टी]}}
      - {id: blue, type: organisation, names: {en: [Blue Party, Blues], hi: [नीली पार्टी]}}
      - id: harvest-summit
        type: event
        names: {en: [Harvest Summit]}
        date: 2018-03-05
        wikidata: Q42
    offices:
      - {id: freedonia-agri, country: freedonia, names: {en: [Minister of Agriculture]}}
    tenures:
      - {person: cy-dee, office: freedonia-agri, start: 2005-01-01, end: 2009-12-31}
      - person: ann-lee
        office: freedonia-agri
        start: 2010-01-01
        source: Q1
    memberships:
      - {person: ann-lee, organisation: blue, start: 2015-07-01, source: "https://example.org/ann"}
    facts:
      - id: grain-treaty
        value: 2012
        cues: {en: [Grain Treaty]}
        description: Freedonia signed the Grain Treaty
        source: https://example.org/treaty
    checks:
      - {id: office-holder, kind: office-holder}
      - {id: membership, kind: membership}
      - {id: fact, kind: fact}
      - {id: date, kind: date}
      - {id: cross-source, kind: cross-source}
"""


@pytest.fixture
def pack(tmp_path: Path) -> Path:
    path = tmp_path / "freedonia.yaml"
    path.write_text(textwrap.dedent(PACK), encoding="utf-8")
    return path


@pytest.fixture
def rules(pack: Path) -> factcheck.Rules:
    return factcheck.load_rules([pack])


def line_of(pack: Path, needle: str) -> int:
    """The line of the pack that starts the entry holding `needle`."""
    lines = pack.read_text(encoding="utf-8").splitlines()
    at = next(i for i, line in enumerate(lines) if needle in line)
    while not lines[at].lstrip().startswith("- "):
        at -= 1
    return at + 1


def only(rules: factcheck.Rules, *texts: str, severity: str | None = None) -> Finding:
    (found,) = [f for f in check_texts(rules, *texts).findings if severity is None or f.severity == severity]
    return found


# --- which record a finding names ----------------------------------------------------

def test_a_wrong_holder_names_the_tenure_of_who_held_it_and_the_claimed_persons_own(rules, pack):
    found = only(rules, "date 2015-06-01 Agriculture Minister Cy Dee spoke.")
    assert found.severity == "error"
    assert found.knowledge == [
        KnowledgeRef(record="tenure", ids=("freedonia-agri", "ann-lee"), pack="freedonia", file=str(pack),
                     line=line_of(pack, "person: ann-lee"), source="Q1", as_of="2020-01-01"),
        KnowledgeRef(record="tenure", ids=("freedonia-agri", "cy-dee"), pack="freedonia", file=str(pack),
                     line=line_of(pack, "person: cy-dee"), source=None, as_of="2020-01-01"),
    ]


def test_a_hindi_claim_names_the_same_record(rules, pack):
    found = only(rules, "date 2015-06-01 कृषि मंत्री साइ डी ने कहा।")
    assert found.severity == "error"
    assert [(k.ids, k.line) for k in found.knowledge][0] == (("freedonia-agri", "ann-lee"),
                                                             line_of(pack, "person: ann-lee"))


def test_a_wrong_party_names_the_spell_that_decided_with_its_source(rules, pack):
    found = only(rules, "date 2019-06-01 Reds leader Ann Lee spoke.")
    assert found.severity == "error"
    (ref,) = found.knowledge
    assert (ref.record, ref.ids, ref.line, ref.source) == (
        "membership", ("ann-lee", "blue"), line_of(pack, "organisation: blue"), "https://example.org/ann")


def test_a_wrong_fact_names_the_fact_record(rules, pack):
    found = only(rules, "date 2019-06-01 Freedonia signed the Grain Treaty in 2013.")
    (ref,) = found.knowledge
    assert (ref.record, ref.ids, ref.line, ref.source) == (
        "fact", ("grain-treaty",), line_of(pack, "id: grain-treaty"), "https://example.org/treaty")


def test_a_wrong_event_date_names_the_event_with_its_wikidata_item(rules, pack):
    found = only(rules, "date 2019-06-01 The Harvest Summit on 6 March 2018 was long.")
    assert found.rule == "date"
    (ref,) = found.knowledge
    assert (ref.record, ref.ids, ref.line, ref.source) == (
        "event", ("harvest-summit",), line_of(pack, "id: harvest-summit"), "Q42")


def test_cross_source_names_the_record_that_confirms_the_other_source(rules, pack):
    subset = rules.configured(ignore=["office-holder"])
    found = only(subset, "date 2015-06-01 Agriculture Minister Ann Lee spoke.",
                 "date 2015-06-02 Agriculture Minister Cy Dee spoke.", severity="error")
    assert found.rule == "cross-source"
    assert [k.ids for k in found.knowledge] == [("freedonia-agri", "ann-lee")]


def test_a_finding_of_a_text_rule_names_no_record(rules):
    report = factcheck.check([article_from_text("The the minister spoke.", "a.txt")])
    assert report.findings and all(f.knowledge == [] for f in report.findings)


def test_bundled_records_name_their_generated_source_and_snapshot():
    found = only(factcheck.load_rules(), "date 2021-06-01 Congress leader Jyotiraditya Scindia spoke.")
    (ref,) = found.knowledge
    assert (ref.file, ref.bundled, ref.as_of) == ("rules/memberships.yaml", True, "2025-06-30")
    assert ref.source is not None and ref.source.startswith("https://")
    line = (ROOT / ref.file).read_text(encoding="utf-8").splitlines()[ref.line - 1]
    assert "person: jyotiraditya-scindia" in line


def test_a_bundled_pack_is_named_as_the_repository_has_it_never_by_this_installations_path(tmp_path):
    report = check_texts(factcheck.load_rules(), "date 2021-07-01 Defence Minister Narendra Modi spoke.")
    (ref,) = report.findings[0].knowledge
    assert ref.label().startswith("factcheck's rules/india-vietnam.yaml:")
    sarif = json.loads(render_sarif(report))
    (result,) = sarif["runs"][0]["results"]
    location = result["relatedLocations"][0]["physicalLocation"]["artifactLocation"]
    assert location == {"uri": "rules/india-vietnam.yaml", "uriBaseId": "FACTCHECK_REPOSITORY"}
    assert "FACTCHECK_REPOSITORY" in sarif["runs"][0]["originalUriBaseIds"]
    assert str(ROOT) not in json.dumps(sarif)


def test_moving_a_record_changes_the_line_named_not_the_fingerprint(tmp_path, pack):
    moved = tmp_path / "moved" / "freedonia.yaml"
    moved.parent.mkdir()
    moved.write_text("# a comment\n\n" + pack.read_text(encoding="utf-8"), encoding="utf-8")
    text = "date 2015-06-01 Agriculture Minister Cy Dee spoke."
    first = only(factcheck.load_rules([pack]), text)
    second = only(factcheck.load_rules([moved]), text)
    assert second.knowledge[0].line == first.knowledge[0].line + 2
    assert second.fingerprint == first.fingerprint


# --- freshness: after the packs' as_of -----------------------------------------------

@pytest.mark.parametrize("text", [
    "date 2023-06-01 Agriculture Minister Cy Dee spoke.",
    "date 2023-06-01 कृषि मंत्री साइ डी ने कहा।",
])
def test_a_holder_claim_after_as_of_is_an_info_naming_where_knowledge_ends(rules, text):
    found = only(rules, text)
    assert (found.rule, found.severity) == ("office-holder", "info")
    assert "the packs' knowledge of it ends 2020-01-01" in found.message
    assert [k.ids for k in found.knowledge] == [("freedonia-agri", "ann-lee")]


@pytest.mark.parametrize("text", [
    "date 2023-06-01 Reds leader Ann Lee spoke.",
    "date 2023-06-01 लाल पार्टी के नेता ऐन ली ने कहा।",
])
def test_a_membership_claim_after_as_of_is_an_info_naming_where_knowledge_ends(rules, text):
    found = only(rules, text)
    assert (found.rule, found.severity) == ("membership", "info")
    assert "knowledge of their party ends 2020-01-01" in found.message
    assert [k.ids for k in found.knowledge] == [("ann-lee", "blue")]


@pytest.mark.parametrize(("wrong", "right", "ignored"), [
    ("date 2023-06-01 Agriculture Minister Cy Dee spoke.",
     "date 2023-06-02 Agriculture Minister Ann Lee spoke.", "office-holder"),
    ("date 2023-06-01 कृषि मंत्री साइ डी ने कहा।", "date 2023-06-02 कृषि मंत्री ऐन ली ने कहा।", "office-holder"),
    ("date 2023-06-01 Reds leader Ann Lee spoke.", "date 2023-06-02 Blues leader Ann Lee spoke.",
     "membership"),
    ("date 2023-06-01 लाल पार्टी के नेता ऐन ली ने कहा।", "date 2023-06-02 नीली पार्टी के नेता ऐन ली ने कहा।",
     "membership"),
])
def test_sources_disagreeing_after_as_of_give_an_info_not_an_error(rules, wrong, right, ignored):
    found = only(rules.configured(ignore=[ignored]), wrong, right)
    assert (found.rule, found.severity, found.article) == ("cross-source", "info", "article0")
    assert "knowledge of" in found.message and "ends 2020-01-01" in found.message
    assert found.knowledge and found.knowledge[0].as_of == "2020-01-01"


def test_sources_disagreeing_after_as_of_beside_the_per_article_info_are_one_finding(rules):
    report = check_texts(rules, "date 2023-06-01 Agriculture Minister Cy Dee spoke.",
                         "date 2023-06-02 Agriculture Minister Ann Lee spoke.")
    (found,) = report.findings
    assert (found.rule, found.severity) == ("office-holder", "info")
    assert found.related[0].text == "Ann Lee"


def test_sources_disagreeing_before_as_of_stay_an_error(rules):
    found = only(rules.configured(ignore=["office-holder"]),
                 "date 2019-06-01 Agriculture Minister Cy Dee spoke.",
                 "date 2019-06-02 Agriculture Minister Ann Lee spoke.")
    assert (found.rule, found.severity) == ("cross-source", "error")


# --- every format ----------------------------------------------------------------------

@pytest.fixture
def wrong_holder(tmp_path, pack):
    article = tmp_path / "a.txt"
    article.write_text("date 2015-06-01 Agriculture Minister Cy Dee spoke.\n", encoding="utf-8")
    return ["check", str(article), "--rules", str(pack)], line_of(pack, "person: ann-lee")


def _render(tmp_path, args, fmt):
    out = tmp_path / f"report.{fmt}"
    main([*args, "--format", fmt, "--output", str(out)])
    return out.read_text(encoding="utf-8")


def test_text_shows_one_knowledge_line_per_record(tmp_path, pack, wrong_holder):
    args, line = wrong_holder
    shown = _render(tmp_path, args, "text")
    assert f"= knowledge: {pack}:{line} (freedonia-agri, ann-lee; source Q1; as of 2020-01-01)" in shown


def test_json_has_the_records_and_reads_back(tmp_path, pack, wrong_holder):
    args, line = wrong_holder
    data = json.loads(_render(tmp_path, args, "json"))
    (finding,) = data["findings"]
    assert finding["knowledge"][0] == {"record": "tenure", "ids": ["freedonia-agri", "ann-lee"],
                                       "pack": "freedonia", "file": str(pack), "line": line, "bundled": False,
                                       "source": "Q1", "as_of": "2020-01-01"}
    assert Report.model_validate(data).findings[0].knowledge[0].line == line


def test_json_of_an_older_version_without_the_field_still_reads(tmp_path, wrong_holder):
    args, _ = wrong_holder
    data = json.loads(_render(tmp_path, args, "json"))
    del data["findings"][0]["knowledge"]
    assert Report.model_validate(data).findings[0].knowledge == []


def test_sarif_points_at_the_pack_line_and_validates(tmp_path, pack, wrong_holder):
    import jsonschema

    args, line = wrong_holder
    sarif = json.loads(_render(tmp_path, args, "sarif"))
    schema = shared_file("schemas", "sarif-schema-2.1.0.json")
    jsonschema.Draft4Validator(json.loads(schema.read_text(encoding="utf-8"))).validate(sarif)
    (result,) = sarif["runs"][0]["results"]
    first = result["relatedLocations"][0]
    assert first["physicalLocation"]["artifactLocation"]["uri"].endswith("/freedonia.yaml")
    assert first["physicalLocation"]["region"] == {"startLine": line}
    assert first["message"]["text"].startswith("knowledge: tenure freedonia-agri, ann-lee; source Q1")
    assert result["properties"]["knowledge"][0]["line"] == line


@pytest.mark.parametrize("fmt", ["github", "gitlab", "html", "junit"])
def test_annotation_and_report_formats_name_the_record(tmp_path, pack, wrong_holder, fmt):
    args, line = wrong_holder
    shown = _render(tmp_path, args, fmt)
    assert f"{pack}:{line}" in shown
    assert "source Q1" in shown and "as of 2020-01-01" in shown


# --- generated packs carry their source per row ---------------------------------------

SECTIONS = ("tenures", "memberships")


@pytest.mark.parametrize("name", ["office-holders.yaml", "memberships.yaml", "organisations.yaml"])
def test_every_row_of_a_bundled_generated_pack_has_its_source(name):
    data = yaml.safe_load((ROOT / "rules" / name).read_text(encoding="utf-8"))
    rows = [row for section in SECTIONS for row in data.get(section) or []]
    assert rows and all(row.get("source") for row in rows)
    assert data["as_of"]


def test_a_table_without_sources_gives_each_row_its_line_as_source(tmp_path):
    table = tmp_path / "holders.csv"
    table.write_text("person,position,country,start,end\n"
                     "Ann Lee,Mayor of Utopia,Utopia,2009,2015\n"
                     "Bo Chan,Mayor of Utopia,Utopia,2015,\n", encoding="utf-8")
    text, _ = import_csv(table, "holders", [], tmp_path / "holders.yaml")
    rows = yaml.safe_load(text)["tenures"]
    assert [row["source"] for row in rows] == ["holders.csv line 2", "holders.csv line 3"]


def test_a_membership_table_row_without_a_source_gets_its_line(tmp_path):
    table = tmp_path / "members.csv"
    table.write_text("person,party,start,end,source\n"
                     "Ann Lee,Red Party,2010,,https://example.org/ann\n"
                     "Bo Chan,Blue Party,2012,,\n", encoding="utf-8")
    text, _ = import_csv(table, "members", [], tmp_path / "members.yaml")
    rows = yaml.safe_load(text)["memberships"]
    assert [row["source"] for row in rows] == ["https://example.org/ann", "members.csv line 3"]


def test_a_wikidata_import_gives_each_tenure_its_statement(tmp_path):
    extract = ROOT / "tests" / "data" / "wikidata_entities.json"
    text, _ = import_wikidata([extract], "holders", [], tmp_path / "holders.yaml", ["en"])
    rows = yaml.safe_load(text)["tenures"]
    assert len(rows) == 2 and all(row["source"].startswith("Wikidata Q") for row in rows)
