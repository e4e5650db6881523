from __future__ import annotations

import datetime as dt
import json
import shlex
import textwrap

import pytest

import factcheck
from factcheck.articles import article_from_text
from factcheck.authoring import lint
from factcheck.cli import main
from factcheck.kb import import_csv, import_wikidata, organisation_map
from factcheck.membership_data import memberships_of

from .conftest import ROOT, SHARED, needs_shared

CSV = textwrap.dedent("""\
    person,position,country,start,end,source,wikidata_person,note
    Ngô Xuân Lịch,Minister of Defence,Vietnam,2016-04-09,2021-04-07,test,Q10800424,
    Phan Văn Giang,Minister of Defence,Vietnam,2021-04-08,,test,Q20026119,open-ended
    Ann Lee,Mayor of Utopia,Utopia,2009,2015,test,,
    Ann Lee,President,Utopia,2015-06,,test,,open-ended
    Ann Lee,President,Utopia,2015-06,2019-01-02,test,,later supplement
""")


@pytest.fixture
def generated(tmp_path):
    source = tmp_path / "holders.csv"
    source.write_text(CSV, encoding="utf-8")
    pack = tmp_path / "holders.yaml"
    text, counts = import_csv(source, "holders", [], pack)
    pack.write_text(text + "checks:\n  - {id: office-holder, kind: office-holder}\n",
                    encoding="utf-8")
    return pack, counts


def test_import_makes_a_loadable_pack(generated):
    pack, counts = generated
    assert counts == {"countries": 2, "people": 3, "offices": 3, "tenures": 4}
    rules = factcheck.load_rules([pack])
    tenures = rules.knowledge.tenures("ann-lee", "utopia-president")
    assert [t.label() for t in tenures] == ["2015-06 to 2019-01-02"]  # the supplement wins


@pytest.mark.parametrize("name", ["Ngo Xuan Lich", "Ngô Xuân Lịch"])
def test_names_with_and_without_diacritics_both_match(generated, name):
    rules = factcheck.load_rules([generated[0]])
    article = article_from_text(f"date 2021-07-01 Minister of Defence {name} spoke.", "a.txt")
    (finding,) = factcheck.check([article], rules=rules).findings
    assert finding.text == name
    assert finding.suggestion == "Phan Văn Giang"


def test_year_precision_tenures_cover_the_whole_year(generated):
    rules = factcheck.load_rules([generated[0]])
    clean = article_from_text("date 2015-12-30 Mayor of Utopia Ann Lee spoke.", "a.txt")
    assert factcheck.check([clean], rules=rules).findings == []


def test_bad_date_in_csv_is_exit_2_with_line(tmp_path, capsys):
    source = tmp_path / "bad.csv"
    source.write_text("person,position,country,start,end\nA B,Mayor,U,someday,\n", encoding="utf-8")
    assert main(["kb", "import-csv", str(source), "-o", str(tmp_path / "o.yaml")]) == 2
    assert "line 2: column start: 'someday' is not a date" in capsys.readouterr().err


@needs_shared("data", "office_holders.csv")
def test_shipped_office_holder_pack_is_what_the_command_generates(tmp_path):
    out = ROOT / "rules" / "office-holders.yaml"
    text, _ = import_csv(SHARED / "data" / "office_holders.csv", "office-holders",
                         [ROOT / "rules" / "india-vietnam.yaml"], out, as_of=dt.date(2022, 7, 22),
                         organisations=organisation_map([RBI_MAPPING]))
    assert text == out.read_text(encoding="utf-8")
    assert f"--organisation '{RBI_MAPPING}'" in text.splitlines()[1]  # the command, as documented


RBI_MAPPING = "Governor of the Reserve Bank=Reserve Bank of India|RBI|Reserve Bank"


def test_documented_commands_are_the_ones_the_shipped_packs_record():
    documented = " ".join((ROOT / "rules" / "sources" / "README.md").read_text(encoding="utf-8").split())
    docs = " ".join((ROOT / "docs" / "rules.md").read_text(encoding="utf-8").split())
    assert f"--organisation '{RBI_MAPPING}'" in docs
    assert "--pack-name organisations" in documented and "--as-of 2025-06-30" in documented


def test_the_rbi_governor_is_one_office_in_the_shipped_packs(rules):
    """The snapshot's Governor of the Reserve Bank is the RBI's post, the office the
    organisations pack adds its governors to: no second office for one post."""
    knowledge = rules.knowledge
    offices = [o for o in knowledge.offices.values() if "reserve" in o.id]
    assert [o.organisation for o in offices] == ["reserve-bank-of-india"]
    holders = [t.person for t in knowledge.tenures_by_office[offices[0].id]]
    assert holders[-4:] == ["raghuram-rajan", "urjit-patel", "shaktikanta-das", "sanjay-malhotra"]
    assert knowledge.entities["reserve-bank-of-india"].names["hi"][:1] == ["भारतीय रिज़र्व बैंक"]


def test_shipped_office_holders_know_real_tenures(rules):
    knowledge = rules.knowledge
    article = article_from_text(
        "date 2016-01-10 Defence Minister Manohar Parrikar met Vietnam's Minister of National "
        "Defence Phung Quang Thanh.", "a.txt")
    assert factcheck.check([article], rules=rules).findings == []
    assert knowledge.entities["manohar-parrikar"].wikidata == "Q1391309"


WIKIDATA = ROOT / "tests" / "data" / "wikidata_entities.json"


def test_wikidata_entities_become_a_pack(tmp_path, capsys):
    out = tmp_path / "wd.yaml"
    assert main(["kb", "import-wikidata", str(WIKIDATA), "-o", str(out)]) == 0
    assert "1 countries, 2 people, 1 offices, 2 tenures" in capsys.readouterr().err
    rules = factcheck.load_rules([out])
    knowledge = rules.knowledge
    assert knowledge.entities["ann-lee"].names == {"en": ["Ann Lee"], "hi": ["ऐन ली"]}
    assert knowledge.entities["ann-lee"].wikidata == "Q100"
    assert knowledge.offices["utopia-mayor-of-utopia"].names["hi"] == ["यूटोपिया के महापौर"]
    tenures = knowledge.tenures_by_office["utopia-mayor-of-utopia"]
    assert [(t.person, t.label()) for t in tenures] == [
        ("ann-lee", "2018-01-01 to 2021-12"), ("bo-chan", "2022 to present")]


def test_wikidata_pack_checks_hindi_articles(tmp_path):
    out = tmp_path / "wd.yaml"
    text, _ = import_wikidata([WIKIDATA], "wd", [], out, ["en", "hi"])
    out.write_text(text + "checks:\n  - {id: office-holder, kind: office-holder}\n",
                   encoding="utf-8")
    rules = factcheck.load_rules([out])
    article = article_from_text("यूटोपिया के महापौर ऐन ली ने 5 मार्च 2023 को भाषण दिया।", "a.txt")
    (finding,) = factcheck.check([article], rules=rules).findings
    assert finding.text == "ऐन ली"
    assert finding.suggestion == "Bo Chan"


def test_wikidata_extract_missing_the_position_is_a_clear_error(tmp_path, capsys):
    data = json.loads(WIKIDATA.read_text(encoding="utf-8"))
    del data["entities"]["Q10"]
    partial = tmp_path / "partial.json"
    partial.write_text(json.dumps(data), encoding="utf-8")
    assert main(["kb", "import-wikidata", str(partial), "-o", str(tmp_path / "o.yaml")]) == 2
    assert "lacks entities or labels the import needs: Q10 (position)" in capsys.readouterr().err


@pytest.mark.parametrize(("head", "joint", "tail"), [("[\n", ",\n", "\n]\n"), ("", "\n", "\n")])
def test_wikidata_dumps_and_json_lines_are_read(tmp_path, head, joint, tail):
    data = json.loads(WIKIDATA.read_text(encoding="utf-8"))["entities"]
    dump = tmp_path / "dump.json"
    dump.write_text(head + joint.join(json.dumps(e) for e in data.values()) + tail,
                    encoding="utf-8")
    _, counts = import_wikidata([dump], "wd", [], None, ["en"])
    assert counts == {"countries": 1, "people": 2, "offices": 1, "tenures": 2}


def test_wikidata_import_keeps_every_alias_the_source_gives(tmp_path):
    import json

    data = json.loads(WIKIDATA.read_text(encoding="utf-8"))
    data["entities"]["Q100"]["aliases"] = {
        "en": [{"language": "en", "value": "Annie Lee"}, {"language": "en", "value": "A. Lee"}],
        "hi": [{"language": "hi", "value": "ऐनी ली"}]}
    source = tmp_path / "wd.json"
    source.write_text(json.dumps(data, ensure_ascii=False), encoding="utf-8")
    out = tmp_path / "wd.yaml"
    text, _ = import_wikidata([source], "wd", [], out, ["en", "hi"])
    out.write_text(text, encoding="utf-8")
    names = factcheck.load_rules([out]).knowledge.entities["ann-lee"].names
    assert names == {"en": ["Ann Lee", "Annie Lee", "A. Lee"], "hi": ["ऐन ली", "ऐनी ली"]}


def test_shipped_organisations_pack_is_what_the_command_generates():
    out = ROOT / "rules" / "organisations.yaml"
    text, counts = import_csv(ROOT / "rules" / "sources" / "organisation_posts.csv", "organisations",
                              [ROOT / "rules" / "office-holders.yaml", ROOT / "rules" / "hindi-names.yaml"],
                              out, as_of=dt.date(2025, 6, 30))
    assert text == out.read_text(encoding="utf-8")
    assert counts["organisations"] >= 15 and counts["tenures"] >= 40


ORGANISATION_CSV = textwrap.dedent("""\
    person,person_hi,position,country,organisation,organisation_hi,start,end,source
    Ann Lee,एन ली,President of the Utopian Party,Utopia,Utopian Party|UP,यूटोपियन पार्टी|यूपा,2015,,test
    Bo Chen,,Chief Executive Officer of Acme,Utopia,Acme,,2019-02-01,,test
""")


def test_an_organisation_column_makes_organisations_posts_and_hindi_names(tmp_path):
    source = tmp_path / "posts.csv"
    source.write_text(ORGANISATION_CSV, encoding="utf-8")
    pack = tmp_path / "posts.yaml"
    text, counts = import_csv(source, "posts", [], pack)
    pack.write_text(text + "checks:\n  - {id: office-holder, kind: office-holder}\n", encoding="utf-8")
    assert counts["organisations"] == 2 and counts["offices"] == 2
    rules = factcheck.load_rules([ROOT / "rules" / "lexicon.yaml", pack])
    party = rules.knowledge.entities["utopian-party"]
    assert party.type == "organisation" and party.country == "utopia"
    assert party.names == {"en": ["Utopian Party", "UP"], "hi": ["यूटोपियन पार्टी", "यूपा"]}
    office = rules.knowledge.offices["utopian-party-president-of-the-utopian-party"]
    assert office.organisation == "utopian-party"
    assert rules.knowledge.entities["ann-lee"].names["hi"] == ["एन ली"]
    forms = rules.knowledge.title_forms[office.id]
    assert "UP President" in forms["en"] and "यूपा अध्यक्ष" in forms["hi"]


def test_a_linked_person_gets_the_names_in_languages_its_pack_lacks(tmp_path):
    base = tmp_path / "base.yaml"
    base.write_text(textwrap.dedent("""\
        pack: base
        entities:
          - {id: utopia, type: country, names: {en: [Utopia]}}
          - {id: ann-lee, type: person, country: utopia, names: {en: [Ann Lee]}}
        """), encoding="utf-8")
    source = tmp_path / "posts.csv"
    source.write_text(ORGANISATION_CSV, encoding="utf-8")
    text, counts = import_csv(source, "posts", [base], tmp_path / "posts.yaml")
    assert counts["people"] == 1  # Bo Chen; Ann Lee is the linked pack's
    assert "add_names:\n- entity: ann-lee\n  names:\n    hi:\n    - एन ली\n" in text


def test_shipped_memberships_pack_is_what_the_command_generates():
    out = ROOT / "rules" / "memberships.yaml"
    rules = ROOT / "rules"
    text, counts = import_csv(rules / "sources" / "party_membership.csv", "memberships",
                              [rules / "office-holders.yaml", rules / "hindi-names.yaml",
                               rules / "organisations.yaml"],
                              out, as_of=dt.date(2025, 6, 30), certainty=["high", "medium"])
    assert text == out.read_text(encoding="utf-8")
    assert counts["memberships"] >= 300 and counts["people"] >= 100


MEMBERSHIP_CSV = textwrap.dedent("""\
    person_en,person_hi,party_id,party_en,party_hi,start,end,source,certainty,note
    A. Lee,ए. ली,red,Red Party|Reds,रेड पार्टी,,2015-06,test,high,
    A. Lee,ए. ली,blue,Blue Party|Blues|SAD,ब्लू पार्टी|हम,2015-07,,test,medium,switched
    Bo Chen,बो चेन,red,Red Party|Reds,रेड पार्टी,2019,,test,low,vague
    Bo Chen,बो चेन,ind,Independent,निर्दलीय,2010,2018,test,high,
    Cy Dee,सी डी,red,Red Party|Reds,रेड पार्टी,2012,,test,high,
    Ann Lee Smith,,red,Red Party|Reds,रेड पार्टी,2012,,test,high,
""")


def test_a_membership_table_makes_memberships_of_the_rows_of_the_certainties_asked(tmp_path):
    base = tmp_path / "base.yaml"
    base.write_text(textwrap.dedent("""\
        pack: base
        entities:
          - {id: utopia, type: country, names: {en: [Utopia]}}
          - {id: ann-lee, type: person, country: utopia, names: {en: [Ann Lee]}}
          - {id: cy-ann-dee, type: person, country: utopia, names: {en: [Cy Ann Dee]}}
          - {id: reds, type: organisation, names: {en: [Red Party]}}
        """), encoding="utf-8")
    source = tmp_path / "members.csv"
    source.write_text(MEMBERSHIP_CSV, encoding="utf-8")
    out = tmp_path / "members.yaml"
    text, counts = import_csv(source, "members", [base], out, as_of=dt.date(2024, 1, 1),
                              certainty=["high", "medium"])
    out.write_text(text, encoding="utf-8")
    knowledge = factcheck.load_rules([out]).knowledge
    spells = memberships_of(knowledge).of("ann-lee")  # A. Lee: Ann Lee by her initials
    assert [(m.organisation, m.end.isoformat() if m.ended else None) for m in spells] == [
        ("reds", "2015-06-30"), ("blue-party", None)]
    assert knowledge.entities["blue-party"].names == {"en": ["Blue Party", "Blues"], "hi": ["ब्लू पार्टी"]}
    assert memberships_of(knowledge).of("bo-chen") == []  # a low row, and a spell outside any party
    # Cy Dee is a part of Cy Ann Dee's name: which one is meant is a guess, so no rows
    assert memberships_of(knowledge).of("cy-dee") == [] and "cy-dee" not in knowledge.entities
    # Ann Lee Smith ends with no linked name and is no part of one: a new person
    assert knowledge.entities["ann-lee-smith"].type == "person"
    assert counts["memberships"] == 3 and counts["people left out (their name may name others)"] == 1


def test_import_csv_of_a_membership_table_on_the_command_line(tmp_path, capsys):
    source = tmp_path / "members.csv"
    source.write_text(MEMBERSHIP_CSV, encoding="utf-8")
    out = tmp_path / "members.yaml"
    assert main(["kb", "import-csv", str(source), "--pack-name", "members", "-o", str(out),
                 "--certainty", "high"]) == 0
    assert "--certainty high" in out.read_text(encoding="utf-8").splitlines()[1]
    assert "memberships" in capsys.readouterr().err


def test_certainty_on_an_office_holder_table_is_a_usage_error(tmp_path, capsys):
    source = tmp_path / "holders.csv"
    source.write_text(CSV, encoding="utf-8")
    assert main(["kb", "import-csv", str(source), "--pack-name", "h", "-o", str(tmp_path / "h.yaml"),
                 "--certainty", "high"]) == 2
    err = capsys.readouterr().err
    assert err.startswith("factcheck: ") and "--certainty" in err and err.count("\n") == 1


def _item(qid: str) -> dict:
    return {"snaktype": "value", "datavalue": {"type": "wikibase-entityid",
                                               "value": {"entity-type": "item", "id": qid}}}


def _with_bank(where: str | None) -> dict:
    """The test extract with a central bank (Q20) whose Governor (Q11) Bo Chan is:
    said by the position's P2389, by the statement's "of" (P642), or not at all."""
    data = json.loads(WIKIDATA.read_text(encoding="utf-8"))
    entities = data["entities"]
    entities["Q20"] = {"id": "Q20", "labels": {"en": {"language": "en", "value": "Bank of Utopia"},
                                               "hi": {"language": "hi", "value": "यूटोपिया बैंक"}},
                       "aliases": {"en": [{"language": "en", "value": "BoU"}]}}
    entities["Q11"] = {"id": "Q11", "labels": {"en": {"language": "en", "value": "Governor"},
                                               "hi": {"language": "hi", "value": "गवर्नर"}},
                       "claims": {"P17": [{"mainsnak": _item("Q1")}]}}
    if where == "P2389":
        entities["Q11"]["claims"]["P2389"] = [{"mainsnak": _item("Q20")}]
    statement = {"rank": "normal", "mainsnak": _item("Q11"), "qualifiers": {"P580": [
        {"snaktype": "value", "datavalue": {"type": "time", "value": {
            "time": "+2015-01-01T00:00:00Z", "precision": 11}}}]}}
    if where == "P642":
        statement["qualifiers"]["P642"] = [_item("Q20")]
    entities["Q101"]["claims"]["P39"].append(statement)
    return data


@pytest.mark.parametrize("where", ["P2389", "P642"])
def test_wikidata_says_whose_post_a_position_is(tmp_path, where):
    source = tmp_path / "wd.json"
    source.write_text(json.dumps(_with_bank(where), ensure_ascii=False), encoding="utf-8")
    out = tmp_path / "wd.yaml"
    text, counts = import_wikidata([source], "wd", [], out, ["en", "hi"])
    out.write_text(text, encoding="utf-8")
    assert counts["organisations"] == 1
    rules = factcheck.load_rules([ROOT / "rules" / "lexicon.yaml", out])
    office = rules.knowledge.offices["bank-of-utopia-governor"]
    assert office.organisation == "bank-of-utopia" and office.country == "utopia"
    assert rules.knowledge.entities["bank-of-utopia"].names == {
        "en": ["Bank of Utopia", "BoU"], "hi": ["यूटोपिया बैंक"]}
    forms = rules.knowledge.title_forms[office.id]
    assert "BoU Governor" in forms["en"] and "यूटोपिया बैंक के गवर्नर" in forms["hi"]
    assert "Governor" not in forms["en"]  # never the bare head
    # the Mayor of Utopia stays the country's office
    assert rules.knowledge.offices["utopia-mayor-of-utopia"].organisation is None


@pytest.mark.parametrize("mapping", ["Q11=Q20", "governor=Q20", "Q11=Bank of Utopia|BoU"])
def test_the_organisation_option_maps_a_position_wikidata_leaves_unowned(tmp_path, capsys, mapping):
    source = tmp_path / "wd.json"
    source.write_text(json.dumps(_with_bank(None), ensure_ascii=False), encoding="utf-8")
    out = tmp_path / "wd.yaml"
    assert main(["kb", "import-wikidata", str(source), "-o", str(out), "--organisation", mapping]) == 0
    assert "1 organisations" in capsys.readouterr().err
    text = out.read_text(encoding="utf-8")
    assert f"--organisation {shlex.quote(mapping)}" in text.splitlines()[1]  # the command, to regenerate it
    knowledge = factcheck.load_rules([ROOT / "rules" / "lexicon.yaml", out]).knowledge
    assert knowledge.offices["bank-of-utopia-governor"].organisation == "bank-of-utopia"
    assert "BoU" in knowledge.entities["bank-of-utopia"].names["en"]


def test_without_p642_p2389_or_the_option_a_position_is_the_countrys(tmp_path):
    source = tmp_path / "wd.json"
    source.write_text(json.dumps(_with_bank(None), ensure_ascii=False), encoding="utf-8")
    _, counts = import_wikidata([source], "wd", [], None, ["en"])
    assert "organisations" not in counts and counts["offices"] == 2


def test_wikidata_organisation_missing_from_the_extract_is_a_clear_error(tmp_path, capsys):
    data = _with_bank("P2389")
    del data["entities"]["Q20"]
    source = tmp_path / "wd.json"
    source.write_text(json.dumps(data), encoding="utf-8")
    assert main(["kb", "import-wikidata", str(source), "-o", str(tmp_path / "o.yaml")]) == 2
    assert "Q20 (organisation of Q11)" in capsys.readouterr().err


@pytest.mark.parametrize("value", ["Governor", "=Bank", "Governor=", "Governor=|"])
def test_a_malformed_organisation_option_is_exit_2(tmp_path, capsys, value):
    source = tmp_path / "posts.csv"
    source.write_text(ORGANISATION_CSV, encoding="utf-8")
    assert main(["kb", "import-csv", str(source), "-o", str(tmp_path / "o.yaml"),
                 "--organisation", value]) == 2
    assert "POSITION=ORGANISATION" in capsys.readouterr().err


def test_the_organisation_option_maps_csv_positions_and_a_rows_own_column_wins(tmp_path):
    source = tmp_path / "posts.csv"
    source.write_text(ORGANISATION_CSV + "Cy Dee,,Mayor of Utopia,Utopia,,,2019,,test\n", encoding="utf-8")
    text, counts = import_csv(source, "posts", [], None, organisations=organisation_map([
        "mayor of utopia=Utopia City Council", "President of the Utopian Party=Other Party"]))
    assert counts["organisations"] == 3 and "other-party" not in text
    assert "organisation: utopia-city-council" in text


def test_an_international_bodys_post_needs_no_country(tmp_path):
    source = tmp_path / "un.csv"
    source.write_text(
        "person,position,position_hi,country,organisation,organisation_hi,start,end,source\n"
        "Ann Lee,Secretary-General of the League of Worlds|LoW chief,लीग प्रमुख,,League of Worlds|LoW,"
        "लीग,2017-01-01,,test\n", encoding="utf-8")
    pack = tmp_path / "un.yaml"
    text, counts = import_csv(source, "un", [], pack)
    pack.write_text(text + "checks:\n  - {id: office-holder, kind: office-holder}\n", encoding="utf-8")
    assert counts["countries"] == 0
    rules = factcheck.load_rules([ROOT / "rules" / "lexicon.yaml", pack])
    office = rules.knowledge.offices["league-of-worlds-secretary-general-of-the-league-of-worlds"]
    assert office.country is None and office.names["en"] == [
        "Secretary-General of the League of Worlds", "LoW chief"]
    assert rules.knowledge.entities["ann-lee"].country is None
    wrong = article_from_text("date 2016-05-01 LoW chief Ann Lee spoke.", "a.txt")
    right = article_from_text("date 2018-05-01 LoW chief Ann Lee spoke.", "b.txt")
    assert factcheck.check([right], rules=rules).findings == []
    assert [f.severity for f in factcheck.check([wrong], rules=rules).findings] == ["info"]


def test_a_row_without_country_or_organisation_is_exit_2(tmp_path, capsys):
    source = tmp_path / "bad.csv"
    source.write_text("person,position,country,start,end\nA B,Mayor,,2015,\n", encoding="utf-8")
    assert main(["kb", "import-csv", str(source), "-o", str(tmp_path / "o.yaml")]) == 2
    assert "line 2: person, position and country (or organisation) are required" in capsys.readouterr().err


SNAPSHOT = """\
    pack: snapshot
    as_of: 2022-07-22
    entities:
      - {id: utopia, type: country, names: {en: [Utopia]}}
      - {id: ann-lee, type: person, country: utopia, names: {en: [Ann Lee]}}
      - {id: bo-chan, type: person, country: utopia, names: {en: [Bo Chan]}}
    offices:
      - {id: mayor, country: utopia, names: {en: [Mayor of Utopia]}}
    tenures:
      - {person: ann-lee, office: mayor, start: 2021-04-13}
    checks:
      - {id: office-holder, kind: office-holder}
    """


def test_a_later_packs_ended_record_ends_a_snapshots_open_tenure(tmp_path):
    snapshot = tmp_path / "snapshot.yaml"
    snapshot.write_text(textwrap.dedent(SNAPSHOT), encoding="utf-8")
    source = tmp_path / "later.csv"
    source.write_text("person,position,country,start,end,source\n"
                      "Ann Lee,Mayor of Utopia,Utopia,2021-04-13,2022-05-14,test\n"
                      "Bo Chan,Mayor of Utopia,Utopia,2022-05-15,,test\n", encoding="utf-8")
    later = tmp_path / "later.yaml"
    text, counts = import_csv(source, "later", [snapshot], later, as_of=dt.date(2025, 6, 30))
    later.write_text(text, encoding="utf-8")
    assert counts["tenures"] == 2
    for packs in ([snapshot, later], [later]):  # either order of loading
        rules = factcheck.load_rules(packs)
        tenures = rules.knowledge.tenures("ann-lee", "mayor")
        assert [t.label() for t in tenures] == ["2021-04-13 to 2022-05-14"]
        assert lint(rules) == []  # the open record no longer overlaps Bo Chan's
        stale = article_from_text("date 2023-03-10 Mayor of Utopia Ann Lee spoke.", "a.txt")
        (finding,) = factcheck.check([stale], rules=rules).findings
        assert finding.severity == "error" and finding.suggestion == "Bo Chan"
