"""The membership kind: a politician named with a party they were not in at
the claim's time (factcheck/checks/membership.py, factcheck/membership_data.py)."""

from __future__ import annotations

import textwrap
from pathlib import Path

import pytest

import factcheck
from factcheck.membership_data import memberships_of
from factcheck.packs import PackError

from .conftest import findings, pack_rules, texts_of

ROOT = Path(__file__).resolve().parent.parent


def errors(rules, text):
    return [f for f in findings(rules, text, "membership") if f.severity == "error"]


def infos(rules, text):
    return [f for f in findings(rules, text, "membership") if f.severity == "info"]


@pytest.mark.parametrize(
    ("text", "wrong", "right"),
    [
        # <party> <noun> <name>, after Scindia joined the BJP (11 March 2020)
        ("date 2021-06-01 Congress leader Jyotiraditya Scindia addressed a rally.", "Congress", "BJP"),
        ("date 2021-06-01 Senior Congress leader Jyotiraditya Scindia met farmers.", "Congress", "BJP"),
        ("date 2023-05-10 Congress MP Jyotiraditya Scindia spoke in Gwalior.", "Congress", "BJP"),
        ("date 2021-06-01 BJP leader Sachin Pilot said so.", "BJP", "Congress"),
        ("date 2021-06-01 Bharatiya Janata Party leader Sachin Pilot said so.", "Bharatiya Janata Party",
         "Indian National Congress"),
        # <party>'s <name>
        ("date 2021-06-01 BJP's Sachin Pilot said so.", "BJP", "Congress"),
        ("date 2023-06-01 Congress's Hardik Patel spoke in Ahmedabad.", "Congress", "BJP"),
        # <name> (<party>), <name> of the <party>
        ("date 2021-06-01 Jyotiraditya Scindia (Congress) spoke.", "Congress", "BJP"),
        ("date 2021-06-01 Sachin Pilot of the BJP, said so.", "BJP", "Congress"),
        # a time the sentence gives
        ("date 2023-06-01 In 2021, Congress leader Jyotiraditya Scindia visited Bhopal.", "Congress", "BJP"),
        ("date 2023-06-01 In 2018, BJP leader Jyotiraditya Scindia visited Bhopal.", "BJP", "Congress"),
        # Hindi: <party> <noun> <name>, <party> के <noun> <name>, <name> (<party>)
        ("date 2021-06-01 कांग्रेस नेता ज्योतिरादित्य सिंधिया ने रैली को संबोधित किया।", "कांग्रेस", "भाजपा"),
        ("date 2021-06-01 भाजपा के नेता सचिन पायलट ने कहा।", "भाजपा", "कांग्रेस"),
        ("date 2021-06-01 भाजपा के वरिष्ठ नेता सचिन पायलट ने कहा।", "भाजपा", "कांग्रेस"),
        ("date 2021-06-01 ज्योतिरादित्य सिंधिया (कांग्रेस) ने कहा।", "कांग्रेस", "भाजपा"),
        ("date 2021-06-01 भारतीय जनता पार्टी के नेता सचिन पायलट ने कहा।", "भारतीय जनता पार्टी",
         "भारतीय राष्ट्रीय कांग्रेस"),
    ],
)
def test_a_party_the_person_was_not_in_then_is_an_error_naming_theirs(rules, text, wrong, right):
    found = errors(rules, text)
    assert texts_of(found) == [wrong]
    assert found[0].suggestion == right


@pytest.mark.parametrize(
    "text",
    [
        "date 2019-06-01 Congress leader Jyotiraditya Scindia addressed a rally.",
        "date 2021-06-01 BJP leader Jyotiraditya Scindia addressed a rally.",
        "date 2021-06-01 BJP's Jyotiraditya Scindia addressed a rally.",
        "date 2021-06-01 Jyotiraditya Scindia (BJP) spoke.",
        "date 2021-06-01 Congress leader Sachin Pilot said so.",
        "date 2021-06-01 भाजपा सांसद ज्योतिरादित्य सिंधिया ने रैली को संबोधित किया।",
        "date 2021-06-01 कांग्रेस के नेता सचिन पायलट ने कहा।",
        "date 2021-06-01 सचिन पायलट (कांग्रेस) ने कहा।",
        "date 2023-06-01 In 2018, Congress leader Jyotiraditya Scindia visited Bhopal.",
    ],
)
def test_the_party_the_person_was_in_then_is_no_finding(rules, text):
    assert findings(rules, text, "membership") == []


@pytest.mark.parametrize(
    "text",
    [
        # within the margin around the switch (Scindia: INC to 10 March 2020, BJP from 11 March)
        "date 2020-04-15 Congress leader Jyotiraditya Scindia spoke.",
        "date 2020-01-15 BJP leader Jyotiraditya Scindia spoke.",
        # another body: a unit, a wing, another party ending the same way
        "date 2021-06-01 Youth Congress leader Jyotiraditya Scindia spoke.",
        "date 2021-06-01 Mahila Congress leader Jyotiraditya Scindia spoke.",
        "date 2021-06-01 Kerala Congress leader Jyotiraditya Scindia spoke.",
        "date 2021-06-01 Nepali Congress leader Jyotiraditya Scindia spoke.",
        "date 2021-06-01 Madhya Pradesh Congress leader Jyotiraditya Scindia spoke.",
        "date 2021-06-01 युवा कांग्रेस नेता ज्योतिरादित्य सिंधिया ने कहा।",
        "date 2021-06-01 महिला कांग्रेस नेता ज्योतिरादित्य सिंधिया ने कहा।",
        "date 2021-06-01 प्रदेश कांग्रेस नेता ज्योतिरादित्य सिंधिया ने कहा।",
        # former: no claim that the person is a member now
        "date 2021-06-01 Former Congress leader Jyotiraditya Scindia spoke.",
        "date 2021-06-01 Ex-Congress leader Jyotiraditya Scindia spoke.",
        "date 2021-06-01 पूर्व कांग्रेस नेता ज्योतिरादित्य सिंधिया ने कहा।",
        "date 2021-06-01 कांग्रेस के पूर्व सांसद ज्योतिरादित्य सिंधिया ने कहा।",
        # the article tells the change of party
        "date 2021-06-01 Congress leader Jyotiraditya Scindia joined the BJP last year.",
        "date 2021-06-01 कांग्रेस नेता ज्योतिरादित्य सिंधिया भाजपा में शामिल हुए थे।",
        # 'then' with no time of its own: about some earlier time
        "date 2021-06-01 The then Congress leader Jyotiraditya Scindia had said so.",
        # a noun that does not state membership, or no noun
        "date 2021-06-01 Congress candidate Jyotiraditya Scindia spoke.",
        "date 2021-06-01 Congress and Jyotiraditya Scindia spoke.",
        # a person the packs know no party of
        "date 2021-06-01 Congress leader Phan Van Giang spoke.",
        # a time before the person's first known membership (Hardik Patel: INC from 2019-03)
        "date 2010-06-01 BJP leader Hardik Patel spoke.",
        # an uncertain time: a date of another clause of the sentence
        "date 2021-06-01 Congress leader Jyotiraditya Scindia, Rajnath Singh and others came, and in "
        "2016 the talks ended.",
    ],
)
def test_no_error_when_the_reading_or_the_knowledge_is_not_certain(rules, text):
    assert errors(rules, text) == []


FILLER = {"en": "The council met on the budget. ", "hi": "परिषद की बैठक बजट पर हुई। "}


@pytest.mark.parametrize(("told", "claim", "language"), [
    ("Jyotiraditya Scindia joined the BJP in 2020.", "Congress leader Jyotiraditya Scindia spoke.", "en"),
    ("ज्योतिरादित्य सिंधिया 2020 में भाजपा में शामिल हुए थे।", "कांग्रेस नेता ज्योतिरादित्य सिंधिया ने कहा।", "hi"),
])
def test_a_change_of_party_told_anywhere_in_the_article_is_read_for_the_person_it_names(
        rules, told, claim, language):
    far = FILLER[language] * 400  # a long article: the change is told 10,000 characters before the claim
    assert errors(rules, f"date 2021-06-01 {told} {far}{claim}") == []
    assert errors(rules, f"date 2021-06-01 {claim} {far}{told}") == []
    unrelated = (told.replace("Jyotiraditya Scindia", "Sachin Pilot")
                 .replace("ज्योतिरादित्य सिंधिया", "सचिन पायलट"))  # another person's change
    assert texts_of(errors(rules, f"date 2021-06-01 {unrelated} {far}{claim}")) == [claim.split()[0]]


def test_then_checks_at_the_time_the_sentence_gives(rules):
    text = "date 2023-06-01 In 2021, the then Congress leader Jyotiraditya Scindia visited Bhopal."
    assert texts_of(errors(rules, text)) == ["Congress"]
    assert errors(rules, "date 2023-06-01 In 2018, the then Congress leader Jyotiraditya Scindia "
                         "visited Bhopal.") == []


@pytest.mark.parametrize(
    "text",
    [
        # Shiv Sena split: June 2022 to the ECI order of 17 February 2023
        "date 2022-11-01 Shiv Sena leader Anant Geete spoke.",
        "date 2022-11-01 Shiv Sena (UBT) leader Eknath Shinde spoke.",
        # NCP split: July 2023 to 6 February 2024
        "date 2023-10-01 NCP leader Supriya Sule spoke.",
        # after a split, the old name for either side is not checked
        "date 2024-10-01 NCP leader Supriya Sule spoke.",
    ],
)
def test_a_split_party_is_not_checked_while_disputed(rules, text):
    assert errors(rules, text) == []


def test_after_the_packs_as_of_an_open_membership_gives_an_info_not_an_error(rules):
    text = "date 2026-03-01 Congress leader Jyotiraditya Scindia spoke."
    assert errors(rules, text) == []
    (found,) = infos(rules, text)
    assert "2025-06-30" in found.message and "Bharatiya Janata Party" in found.message


def test_message_says_which_party_and_since_when(rules):
    (found,) = errors(rules, "date 2021-06-01 Congress leader Jyotiraditya Scindia addressed a rally.")
    assert found.message == ("Jyotiraditya Scindia was not in Indian National Congress on 2021-06-01, "
                             "the article's date: in Bharatiya Janata Party since 2020-03-11")


@pytest.mark.parametrize(
    ("text", "suggestion"),
    [
        ("date 2021-06-01 BJP leader Sachin Pilot said so.", "Congress"),
        ("date 2021-06-01 Bharatiya Janata Party leader Sachin Pilot said so.", "Indian National Congress"),
        ("date 2021-06-01 Congress leader Jyotiraditya Scindia said so.", "BJP"),
        ("date 2021-06-01 Indian National Congress leader Jyotiraditya Scindia said so.",
         "Bharatiya Janata Party"),
        ("date 2021-06-01 कांग्रेस नेता ज्योतिरादित्य सिंधिया ने कहा।", "भाजपा"),
        ("date 2021-06-01 भारतीय राष्ट्रीय कांग्रेस के नेता ज्योतिरादित्य सिंधिया ने कहा।", "भारतीय जनता पार्टी"),
    ],
)
def test_the_suggestion_is_the_party_in_the_articles_language_and_style(rules, text, suggestion):
    (found,) = errors(rules, text)
    assert found.suggestion == suggestion


def test_the_bundled_kind_is_an_error_by_default(rules):
    from factcheck.checks import KINDS

    assert KINDS["membership"].default_severity == "error"


PACK = """\
    pack: t
    home_country: utopia
    as_of: 2024-12-31
    lexicon:
      membership:
        nouns: {en: [leader]}
    entities:
      - {id: utopia, type: country, names: {en: [Utopia]}}
      - {id: red, type: organisation, names: {en: [Red Party, Reds]}}
      - {id: blue, type: organisation, names: {en: [Blue Party, Blues]}}
      - {id: ann, type: person, country: utopia, names: {en: [Ann Lee]}}
    memberships:
      - {person: ann, organisation: red, end: 2015-06-30}
      - {person: ann, organisation: blue, start: 2015-07-01, source: test}
    checks:
      - {id: membership, kind: membership}
"""


def test_a_pack_of_its_own_extends_the_nouns_and_gives_the_knowledge(tmp_path):
    rules = pack_rules(tmp_path, PACK)
    assert texts_of(errors(rules, "date 2020-01-01 Reds leader Ann Lee spoke.")) == ["Reds"]
    assert errors(rules, "date 2020-01-01 Blues leader Ann Lee spoke.") == []
    assert errors(rules, "date 2010-01-01 Reds leader Ann Lee spoke.") == []


@pytest.mark.parametrize(
    ("change", "field", "message"),
    [
        ("{person: utopia, organisation: red}", "memberships[2].person", "not an entity of type person"),
        ("{person: ann, organisation: ann}", "memberships[2].organisation",
         "not an entity of type organisation"),
        ("{person: ann, organisation: nobody}", "memberships[2].organisation", "not an entity"),
        ("{person: ann, organisation: red, start: 2020, end: 2019}", "memberships[2].end",
         "ends before it starts"),
    ],
)
def test_pack_errors_name_the_file_line_and_field(tmp_path, change, field, message):
    pack = PACK.replace("    checks:", f"      - {change}\n    checks:")
    with pytest.raises(PackError) as caught:
        pack_rules(tmp_path, pack)
    (problem,) = caught.value.problems
    line = textwrap.dedent(pack).splitlines().index(f"  - {change}") + 1
    assert problem.startswith(f"{tmp_path / 'pack.yaml'}:{line}:")
    assert f": {field}: " in problem and message in problem


def test_a_dispute_naming_an_unknown_organisation_is_a_pack_error(tmp_path):
    pack = PACK + "    membership_disputes:\n      - {organisations: [red, green], start: 2020, end: 2021}\n"
    with pytest.raises(PackError) as caught:
        pack_rules(tmp_path, pack)
    assert "membership_disputes[0].organisations[1]" in caught.value.problems[0]


def test_a_dispute_between_two_parties_makes_them_unchecked_then(tmp_path):
    pack = PACK + ("    membership_disputes:\n"
                   "      - {organisations: [red, blue], start: 2015-01, end: 2016}\n")
    rules = pack_rules(tmp_path, pack)
    assert errors(rules, "date 2015-10-01 Reds leader Ann Lee spoke.") == []
    assert errors(rules, "date 2020-01-01 Reds leader Ann Lee spoke.") == []  # sides of a split


def test_the_bundled_pack_loads_people_and_parties_linked_to_the_other_packs():
    knowledge = factcheck.load_rules().knowledge
    scindia = memberships_of(knowledge).of("jyotiraditya-madhavrao-scindia") or next(
        memberships_of(knowledge).of(e.id) for e in knowledge.entities.values()
        if "Jyotiraditya Scindia" in e.names.get("en", []))
    assert {m.organisation for m in scindia} == {"indian-national-congress", "bharatiya-janata-party"}
    assert all(knowledge.entities[m.organisation].type == "organisation" for m in scindia)


def test_sources_naming_a_person_with_different_parties_are_compared_by_the_kinds_comparator(tmp_path):
    wrong = tmp_path / "a.txt"
    wrong.write_text("NEW DELHI, 1 June 2021\nCongress leader Jyotiraditya Scindia said on Tuesday that "
                     "the plan would work.\n", encoding="utf-8")
    right = tmp_path / "b.txt"
    right.write_text("NEW DELHI, 2 June 2021\nBJP leader Jyotiraditya Scindia said on Wednesday that the "
                     "plan would work.\n", encoding="utf-8")
    report = factcheck.check([wrong, right])
    assert [(f.rule, f.path, f.text, f.suggestion) for f in report.findings] == [
        ("membership", str(wrong), "Congress", "BJP")]
    assert [(r.path, r.text) for r in report.findings[0].related] == [(str(right), "BJP")]
    across = factcheck.load_rules().configured(select=["cross-source"])
    only_across = factcheck.check([wrong, right], rules=across)
    assert [(f.rule, f.path, f.text) for f in only_across.findings] == [
        ("cross-source", str(wrong), "Congress")]


def test_a_split_partys_old_name_may_mean_either_side_but_the_sides_are_told_apart(rules):
    """After the Lok Janshakti Party split, the press calls Chirag Paswan's LJP (Ram
    Vilas) "LJP": no error; the other side's new name is still wrong for him."""
    text = "date 2024-06-11 LJP leader Chirag Paswan took a Cabinet berth for the first time."
    assert errors(rules, text) == []
    other_side = text.replace("LJP leader", "Rashtriya Lok Janshakti Party leader")
    assert texts_of(errors(rules, other_side)) == ["Rashtriya Lok Janshakti Party"]
