"""Titles for every office the knowledge holds, however the press writes them,
and qualifiers that make a title another body's."""

from __future__ import annotations

import textwrap

import pytest

import factcheck
from factcheck.articles import article_from_text

from .conftest import error_texts, findings, pack_rules, texts_of


def office_errors(rules, text):
    return [(f.text, f.suggestion) for f in findings(rules, text, "office-holder") if f.severity == "error"]


# (a wrong holder in 2020 written with the title, the person who held it then)
WRONG_HOLDERS = [
    ("Gujarat Chief Minister Anandiben Patel met officials.", "Anandiben Patel", "Vijay Rupani"),
    ("Chief Minister of Gujarat Anandiben Patel met officials.", "Anandiben Patel", "Vijay Rupani"),
    ("Gujarat CM Anandiben Patel met officials.", "Anandiben Patel", "Vijay Rupani"),
    ("गुजरात के मुख्यमंत्री आनंदीबेन पटेल ने बैठक की।", "आनंदीबेन पटेल", "विजय रूपाणी"),
    ("External Affairs Minister Sushma Swaraj spoke.", "Sushma Swaraj", "Subrahmanyam Jaishankar"),
    ("Minister of External Affairs Sushma Swaraj spoke.", "Sushma Swaraj", "Subrahmanyam Jaishankar"),
    ("EAM Sushma Swaraj spoke.", "Sushma Swaraj", "Subrahmanyam Jaishankar"),
    ("Foreign Minister Sushma Swaraj spoke.", "Sushma Swaraj", "Subrahmanyam Jaishankar"),
    ("विदेश मंत्री सुषमा स्वराज ने कहा।", "सुषमा स्वराज", "सुब्रह्मण्यम जयशंकर"),
    ("Home Minister Rajnath Singh spoke.", "Rajnath Singh", "Amit Shah"),
    ("Union Home Minister Rajnath Singh spoke.", "Rajnath Singh", "Amit Shah"),
    ("Minister of Home Affairs Rajnath Singh spoke.", "Rajnath Singh", "Amit Shah"),
    ("केंद्रीय गृह मंत्री राजनाथ सिंह ने कहा।", "राजनाथ सिंह", "अमित शाह"),
    ("Finance Minister Arun Jaitley spoke.", "Arun Jaitley", "Nirmala Sitharaman"),
    ("President Pranab Mukherjee spoke.", "Pranab Mukherjee", "Ram Nath Kovind"),
    ("राष्ट्रपति प्रणब मुखर्जी ने कहा।", "प्रणब मुखर्जी", "राम नाथ कोविंद"),
    ("Vice President Mohammad Hamid Ansari spoke.", "Mohammad Hamid Ansari", "Muppavarapu Venkaiah Naidu"),
    ("उपराष्ट्रपति मोहम्मद हामिद अंसारी ने कहा।", "मोहम्मद हामिद अंसारी", "मुप्पवरपु वेंकैया नायडू"),
    ("Uttar Pradesh Chief Minister Akhilesh Yadav spoke.", "Akhilesh Yadav", "Yogi Adityanath"),
    ("उत्तर प्रदेश के मुख्यमंत्री अखिलेश यादव ने कहा।", "अखिलेश यादव", "योगी आदित्यनाथ"),
]


@pytest.mark.parametrize(("text", "wrong", "right"), WRONG_HOLDERS)
def test_any_title_form_of_any_office_is_checked(rules, text, wrong, right):
    assert office_errors(rules, "date 2020-06-01 " + text) == [(wrong, right)]


RIGHT_HOLDERS = [
    "Gujarat Chief Minister Vijay Rupani met officials.",
    "Gujarat CM Vijay Rupani met officials.",
    "Chief Minister Vijay Rupani met officials.",
    "गुजरात के मुख्यमंत्री श्री विजय रूपाणी ने बैठक की।",
    "EAM Dr. S. Jaishankar spoke.",
    "External Affairs Minister Dr S Jaishankar spoke.",
    "Union Home Minister Shri Amit Shah spoke.",
    "केंद्रीय गृह मंत्री श्री राजनाथ सिंह ने 2016 में कहा।",
    "The President of India, Shri Ram Nath Kovind, spoke.",
    "Sh Ram Nath Kovind, President, spoke.",
    "Finance Minister Nirmala Sitharaman and Home Minister Amit Shah spoke.",
]


@pytest.mark.parametrize("text", RIGHT_HOLDERS)
def test_right_holders_in_any_form_are_clean(rules, text):
    assert findings(rules, "date 2020-06-01 " + text, "office-holder") == []


@pytest.mark.parametrize("text", [
    "Samajwadi Party (SP) President Akhilesh Yadav spoke.",
    "Rashtriya Lok Dal President Akhilesh Yadav spoke.",
    "RLD President Akhilesh Yadav spoke.",
    "French President Akhilesh Yadav spoke.",
    "President of Brazil Akhilesh Yadav spoke.",
    "The party president Akhilesh Yadav spoke.",
    "पार्टी के अध्यक्ष अखिलेश यादव ने कहा।",
    "समाजवादी पार्टी के राष्ट्रपति अखिलेश यादव ने कहा।",
])
def test_a_title_qualified_by_a_party_organisation_or_unknown_country_makes_no_claim(rules, text):
    assert findings(rules, "date 2020-06-01 " + text, "office-holder") == []


@pytest.mark.parametrize("text", ["Congress President Akhilesh Yadav spoke.",
                                  "BJP President Akhilesh Yadav spoke."])
def test_a_known_partys_title_is_that_partys_post_never_the_countrys(rules, text):
    [finding] = findings(rules, "date 2020-06-01 " + text, "office-holder")
    assert "Party" in finding.message or "Congress" in finding.message
    assert "India's President" not in finding.message


def test_a_country_qualifier_selects_that_countrys_office(rules):
    text = "date 2021-07-01 Vietnamese Prime Minister Nguyen Xuan Phuc spoke."
    assert office_errors(rules, text) == [("Nguyen Xuan Phuc", "Pham Minh Chinh")]
    text = "date 2020-06-01 Prime Minister of Vietnam Nguyen Xuan Phuc spoke."
    assert office_errors(rules, text) == []


def test_initial_forms_of_a_known_person_resolve_to_that_person(rules):
    (found,) = [f for f in findings(rules, "date 2016-06-01 EAM S. Jaishankar spoke.", "office-holder")
                if f.severity == "error"]
    assert found.text == "S. Jaishankar"
    assert "Subrahmanyam Jaishankar was not" in found.message


def test_a_bare_title_shared_by_offices_resolves_by_who_held_which(rules):
    assert office_errors(rules, "date 2020-06-01 Chief Minister Yogi Adityanath spoke.") == []
    # Anandiben Patel held only Gujarat's: the right holder is Gujarat's.
    assert office_errors(rules, "date 2020-06-01 Chief Minister Anandiben Patel spoke.") == [
        ("Anandiben Patel", "Vijay Rupani")]


def test_no_known_holder_then_is_not_an_error(tmp_path):
    rules = pack_rules(tmp_path, """
        pack: p
        entities:
          - {id: freedonia, type: country, names: {en: [Freedonia]}}
          - {id: ann-lee, type: person, country: freedonia, names: {en: [Ann Lee]}}
        offices:
          - {id: freedonia-minister-of-finance, country: freedonia, names: {en: [Minister of Finance]}}
        tenures:
          - {person: ann-lee, office: freedonia-minister-of-finance, start: 2001, end: 2005}
        checks:
          - {id: office-holder, kind: office-holder}
        """)
    report = factcheck.check([article_from_text("date 2020-06-01 Finance Minister Ann Lee spoke.", "a.txt")],
                             rules=rules)
    assert [f.severity for f in report.findings] == ["info"]
    assert "know no holder" in report.findings[0].message


def test_a_pack_can_add_forms_and_switch_derived_forms_off(tmp_path):
    rules = pack_rules(tmp_path, """
        pack: p
        entities:
          - {id: freedonia, type: country, names: {en: [Freedonia]}}
          - {id: ann-lee, type: person, country: freedonia, names: {en: [Ann Lee]}}
          - {id: bo-chan, type: person, country: freedonia, names: {en: [Bo Chan]}}
        offices:
          - id: freedonia-minister-of-finance
            country: freedonia
            names: {en: [Minister of Finance]}
            aliases: {en: [Exchequer Chief]}
            derive_titles: false
        tenures:
          - {person: ann-lee, office: freedonia-minister-of-finance, start: 2001}
          - {person: bo-chan, office: freedonia-minister-of-finance, start: 1990, end: 2000}
        checks:
          - {id: office-holder, kind: office-holder}
        """)

    def errors(text):
        return error_texts(rules, "date 2020-06-01 " + text)

    assert errors("Exchequer Chief Bo Chan spoke.") == ["Bo Chan"]
    assert errors("Minister of Finance Bo Chan spoke.") == ["Bo Chan"]
    assert errors("Finance Minister Bo Chan spoke.") == []  # derived forms switched off


@pytest.mark.parametrize("honorific", ["Dr.", "Dr", "Shri", "Sh", "Mr.", "Gen.", "Adm.", "Sri", "Dr. Shri"])
def test_honorifics_between_title_and_name(rules, honorific):
    text = f"date 2020-06-01 Home Minister {honorific} Rajnath Singh spoke."
    assert office_errors(rules, text) == [("Rajnath Singh", "Amit Shah")]


@pytest.mark.parametrize("honorific", ["श्री", "डॉ.", "डॉ", "माननीय श्री", "श्रीमति"])
def test_hindi_honorifics_between_title_and_name(rules, honorific):
    text = f"date 2020-06-01 गृह मंत्री {honorific} राजनाथ सिंह ने कहा।"
    assert office_errors(rules, text) == [("राजनाथ सिंह", "अमित शाह")]


def test_a_country_qualifier_selects_another_countrys_office_when_a_pack_has_it(tmp_path):
    from factcheck.packs import default_pack_path

    france = tmp_path / "france.yaml"
    france.write_text(textwrap.dedent("""
        pack: france
        entities:
          - {id: france, type: country, names: {en: [France], hi: [फ्रांस]},
             demonyms: {en: [French], hi: [फ्रांसीसी]}}
          - {id: emmanuel-macron, type: person, country: france, names: {en: [Emmanuel Macron]}}
          - {id: francois-hollande, type: person, country: france, names: {en: [Francois Hollande]}}
        offices:
          - {id: france-president, country: france, role: president, names: {en: [President]}}
        tenures:
          - {person: francois-hollande, office: france-president, start: 2012-05-15, end: 2017-05-14}
          - {person: emmanuel-macron, office: france-president, start: 2017-05-14}
        """), encoding="utf-8")
    rules = factcheck.load_rules([default_pack_path(), france])
    assert error_texts(rules, "date 2020-06-01 French President Francois Hollande spoke.") == [
        "Francois Hollande"]
    assert error_texts(rules, "date 2020-06-01 French President Emmanuel Macron met President Ram Nath "
                              "Kovind.") == []
    assert error_texts(rules, "date 2020-06-01 President of France Emmanuel Macron spoke.") == []
    assert error_texts(rules, "date 2020-06-01 Indian President Emmanuel Macron spoke.") == [
        "Emmanuel Macron"]


GENERATED_STYLE = """\
    pack: far-away
    entities:
      - {id: japan, type: country, names: {en: [Japan]}}
      - {id: united-states, type: country, names: {en: [United States]}}
      - {id: abe, type: person, names: {en: [Shinzo Abe]}}
      - {id: suga, type: person, names: {en: [Yoshihide Suga]}}
      - {id: trump, type: person, names: {en: [Donald Trump]}}
      - {id: obama, type: person, names: {en: [Barack Obama]}}
    offices:
      - {id: japan-pm, names: {en: [Prime Minister of Japan]}, country: japan}
      - {id: us-president, names: {en: [President of the United States]}, country: united-states}
    tenures:
      - {person: abe, office: japan-pm, start: 2012-12-26, end: 2020-09-16}
      - {person: suga, office: japan-pm, start: 2020-09-16, end: 2021-10-04}
      - {person: obama, office: us-president, start: 2009-01-20, end: 2017-01-20}
      - {person: trump, office: us-president, start: 2017-01-20, end: 2021-01-20}
    checks:
      - {id: office-holder, kind: office-holder}
    """


@pytest.mark.parametrize(("text", "wrong"), [
    ("date 2020-06-01 Japanese Prime Minister Yoshihide Suga spoke.", "Yoshihide Suga"),
    ("date 2020-06-01 US President Barack Obama called.", "Barack Obama"),
    ("date 2020-06-01 American President Barack Obama called.", "Barack Obama"),
    ("date 2020-06-01 जापान के प्रधानमंत्री योशिहिदे सुगा ने कहा।", "योशिहिदे सुगा"),
    ("date 2020-06-01 अमेरिकी राष्ट्रपति बराक ओबामा ने कहा।", "बराक ओबामा"),
])
def test_the_lexicon_names_countries_a_generated_pack_knows_only_by_name(tmp_path, text, wrong):
    rules = pack_rules(tmp_path, GENERATED_STYLE)
    assert texts_of(findings(rules, text, "office-holder")) == [wrong]


@pytest.mark.parametrize("text", [
    "date 2020-06-01 Japanese Prime Minister Shinzo Abe spoke.",
    "date 2020-06-01 U.S. President Donald Trump called.",
    "date 2020-06-01 जापानी प्रधानमंत्री शिंजो आबे ने कहा।",
    "date 2020-06-01 Former US President Barack Obama spoke.",
])
def test_right_holders_of_a_generated_packs_offices_are_clean(tmp_path, text):
    rules = pack_rules(tmp_path, GENERATED_STYLE)
    assert findings(rules, text, "office-holder") == []


@pytest.mark.parametrize("text", [
    "date 2020-09-14 Japan's incoming Prime Minister Yoshihide Suga spoke.",
    "date 2020-09-14 Japan's next Prime Minister Yoshihide Suga spoke.",
    "date 2020-09-14 Yoshihide Suga, Japan's Prime Minister-elect, spoke.",
    "date 2020-09-14 Japanese Prime Minister-designate Yoshihide Suga spoke.",
    "date 2020-09-14 जापान के भावी प्रधानमंत्री योशिहिदे सुगा ने कहा।",
    "date 2020-09-14 जापान के नवनिर्वाचित प्रधानमंत्री योशिहिदे सुगा ने कहा।",
])
def test_a_title_not_yet_held_makes_no_claim(tmp_path, text):
    rules = pack_rules(tmp_path, GENERATED_STYLE)
    assert findings(rules, text, "office-holder") == []
