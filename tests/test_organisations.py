"""Organisations' posts: a company's chief executive (from a pack written here,
which declares the companies as `type: organisation` and needs no lexicon
edit) and a party's president (from the bundled rules/organisations.yaml),
checked like a country's offices, in English and Hindi."""

from __future__ import annotations

import textwrap

import pytest

import factcheck
from factcheck.authoring import lint
from factcheck.model import Article
from factcheck.yamlsource import PackError

from .conftest import ROOT

COMPANIES = """\
    pack: companies
    entities:
      - {id: usa, type: country, names: {en: [United States]}}
      - {id: twitter, type: organisation, country: usa, names: {en: [Twitter], hi: [ट्विटर]}}
      - {id: microsoft, type: organisation, country: usa, names: {en: [Microsoft], hi: [माइक्रोसॉफ्ट]}}
      - {id: dorsey, type: person, country: usa, names: {en: [Jack Dorsey], hi: [जैक डोर्सी]}}
      - {id: agrawal, type: person, country: usa, names: {en: [Parag Agrawal], hi: [पराग अग्रवाल]}}
      - {id: nadella, type: person, country: usa, names: {en: [Satya Nadella], hi: [सत्य नडेला]}}
    offices:
      - {id: twitter-ceo, organisation: twitter, names: {en: [Chief Executive Officer of Twitter]}}
      - {id: microsoft-ceo, organisation: microsoft, names: {en: [Chief Executive Officer of Microsoft]}}
    tenures:
      - {person: dorsey, office: twitter-ceo, start: 2015-10-05, end: 2021-11-29}
      - {person: agrawal, office: twitter-ceo, start: 2021-11-29, end: 2022-10-27}
      - {person: nadella, office: microsoft-ceo, start: 2014-02-04}
    """

def rules_with(tmp_path, pack: str) -> factcheck.Rules:
    path = tmp_path / "pack.yaml"
    path.write_text(textwrap.dedent(pack), encoding="utf-8")
    return factcheck.load_rules([ROOT / "rules" / "default.yaml", path])


@pytest.fixture(scope="module")
def companies(tmp_path_factory):
    return rules_with(tmp_path_factory.mktemp("companies"), COMPANIES)


@pytest.fixture(scope="module")
def parties():
    """The bundled packs: rules/organisations.yaml knows parties' presidents."""
    return factcheck.load_rules()


def office_errors(rules: factcheck.Rules, text: str, date: str) -> list[str]:
    language = "en" if text.isascii() else "hi"
    article = Article(path="a.txt", id="a", text=text, date=date, language=language)
    report = factcheck.check([article], rules=rules)
    return [f.text for f in report.findings if f.kind == "office-holder" and f.severity == "error"]


@pytest.mark.parametrize(("text", "date", "errors"), [
    ("Twitter CEO Jack Dorsey said the company would act.", "2020-05-01", []),
    ("Twitter CEO Jack Dorsey said the company would act.", "2022-05-01", ["Jack Dorsey"]),
    ("Twitter's chief executive Parag Agrawal spoke to staff.", "2022-05-01", []),
    ("The chief executive of Twitter, Parag Agrawal, spoke to staff.", "2022-05-01", []),
    ("The chief executive of Twitter, Parag Agrawal, spoke to staff.", "2020-05-01", ["Parag Agrawal"]),
    ("Microsoft CEO Parag Agrawal spoke to staff.", "2022-05-01", ["Parag Agrawal"]),
    ("Microsoft CEO Satya Nadella spoke to staff.", "2022-05-01", []),
    ("Former Twitter CEO Jack Dorsey spoke to staff.", "2022-05-01", []),
    # the head alone is many organisations' post: no claim
    ("CEO Parag Agrawal spoke to staff.", "2020-05-01", []),
    ("The company's chief executive Satya Nadella spoke to staff.", "2012-05-01", []),
    ("ट्विटर के सीईओ जैक डोर्सी ने कर्मचारियों से बात की।", "2020-05-01", []),
    ("ट्विटर के सीईओ जैक डोर्सी ने कर्मचारियों से बात की।", "2022-05-01", ["जैक डोर्सी"]),
    ("माइक्रोसॉफ्ट के सीईओ पराग अग्रवाल ने कहा।", "2022-05-01", ["पराग अग्रवाल"]),
    ("माइक्रोसॉफ्ट के सीईओ सत्य नडेला ने कहा।", "2022-05-01", []),
    ("सीईओ पराग अग्रवाल ने कहा।", "2020-05-01", []),
])
def test_a_companys_chief_executive_is_checked_at_the_claims_time(companies, text, date, errors):
    assert office_errors(companies, text, date) == errors


@pytest.mark.parametrize(("text", "date", "errors"), [
    ("BJP president Amit Shah addressed the rally.", "2018-06-01", []),
    ("BJP president Amit Shah addressed the rally.", "2021-06-01", ["Amit Shah"]),
    ("The President of the BJP, J. P. Nadda, addressed the rally.", "2021-06-01", []),
    ("BJP national president Jagat Prakash Nadda addressed the rally.", "2021-06-01", []),
    ("Former BJP president Amit Shah addressed the rally.", "2021-06-01", []),
    ("BJP president J. P. Nadda addressed the rally.", "2018-06-01", ["J. P. Nadda"]),
    ("Samajwadi Party president Amit Shah addressed the rally.", "2021-06-01", ["Amit Shah"]),
    ("Samajwadi Party president Akhilesh Yadav addressed the rally.", "2021-06-01", []),
    ("Congress president Rahul Gandhi addressed the rally.", "2018-06-01", []),
    ("Congress president Rahul Gandhi addressed the rally.", "2021-06-01", ["Rahul Gandhi"]),
    # a party the packs do not know, or the party's post with the party unnamed: no claim
    ("Rashtriya Lok Dal president Amit Shah addressed the rally.", "2021-06-01", []),
    ("The party's president Amit Shah addressed the rally.", "2021-06-01", []),
    ("भाजपा अध्यक्ष अमित शाह ने रैली को संबोधित किया।", "2018-06-01", []),
    ("भाजपा अध्यक्ष अमित शाह ने रैली को संबोधित किया।", "2021-06-01", ["अमित शाह"]),
    ("भाजपा के राष्ट्रीय अध्यक्ष जेपी नड्डा ने रैली को संबोधित किया।", "2021-06-01", []),
    ("भारतीय जनता पार्टी के अध्यक्ष जेपी नड्डा ने रैली को संबोधित किया।", "2018-06-01", ["जेपी नड्डा"]),
    ("पार्टी अध्यक्ष अमित शाह ने रैली को संबोधित किया।", "2021-06-01", []),
    ("सपा अध्यक्ष अखिलेश यादव ने रैली को संबोधित किया।", "2021-06-01", []),
    ("कांग्रेस अध्यक्ष राहुल गांधी ने रैली को संबोधित किया।", "2021-06-01", ["राहुल गांधी"]),
    ("पूर्व कांग्रेस अध्यक्ष राहुल गांधी ने रैली को संबोधित किया।", "2021-06-01", []),
])
def test_a_partys_president_is_checked_at_the_claims_time(parties, text, date, errors):
    assert office_errors(parties, text, date) == errors


def test_an_organisations_post_is_named_with_its_organisation_in_the_message(companies):
    article = Article(path="a.txt", id="a", text="Twitter CEO Jack Dorsey spoke.", date="2022-05-01",
                      language="en")
    [finding] = [f for f in factcheck.check([article], rules=companies).findings if f.severity == "error"]
    assert "Twitter" in finding.message and "Parag Agrawal" in finding.message


def test_an_office_belongs_to_a_country_or_an_organisation(tmp_path):
    pack = COMPANIES.replace("organisation: twitter, names", "names")
    with pytest.raises(PackError) as caught:
        rules_with(tmp_path, pack)
    assert "pack.yaml" in str(caught.value) and "offices[0]" in str(caught.value)


def test_an_organisation_that_is_not_one_is_a_pack_error(tmp_path):
    pack = COMPANIES.replace("organisation: twitter, names", "organisation: dorsey, names")
    with pytest.raises(PackError) as caught:
        rules_with(tmp_path, pack)
    assert "offices[0].organisation" in str(caught.value) and "'dorsey'" in str(caught.value)


def test_a_post_the_lexicon_cannot_read_is_a_validation_problem(tmp_path):
    pack = COMPANIES.replace("[Chief Executive Officer of Twitter]", "[Big Boss of Twitter]")
    problems = lint(rules_with(tmp_path, pack))
    assert len(problems) == 1 and "offices[0].names" in problems[0] and "Big Boss" in problems[0]
    assert lint(rules_with(tmp_path, COMPANIES)) == []


@pytest.mark.parametrize(("text", "date"), [
    # a unit of the party: a state's, a district's, a wing's
    ("Punjab Congress president Amarinder Singh sought a probe.", "2017-02-15"),
    ("Youth Congress president Amit Shah sought a probe.", "2017-02-15"),
    ("पंजाब कांग्रेस अध्यक्ष अमरिंदर सिंह ने जांच की मांग की।", "2017-02-15"),
    ("प्रदेश भाजपा अध्यक्ष अमित शाह ने जांच की मांग की।", "2021-02-15"),
    # a bare title said of the party's post the person held then
    ("She questioned the leadership of Vice President Rahul Gandhi.", "2017-04-20"),
])
def test_a_units_post_or_the_post_a_person_held_makes_no_error(parties, text, date):
    assert office_errors(parties, text, date) == []


@pytest.mark.parametrize(("text", "severity"), [
    ("The Telangana Rashtra Samiti backed the bill.", "info"),  # th/t, as the press romanises
    ("The Telengana Rashtra Samithi backed the bill.", "warning"),  # a slip
    ("The Indian Nationlal Congress backed the bill.", "warning"),
])
def test_an_indian_organisations_name_romanised_another_way_is_a_variant(parties, text, severity):
    article = Article(path="a.txt", id="a", text=text, date="2018-06-01", language="en")
    found = [f.severity for f in factcheck.check([article], rules=parties).findings if f.kind == "spelling"]
    assert found == [severity]
