from __future__ import annotations

import pytest

from .conftest import findings, texts_of


@pytest.mark.parametrize(
    ("text", "repeated"),
    [
        ("सहयोग प्रमुख प्रमुख स्तंभ की पुष्टि", "प्रमुख प्रमुख"),
        ("He said the the talks went well.", "the the"),
        ("India and and Vietnam", "and and"),
    ],
)
def test_repeated_word_is_a_warning(rules, text, repeated):
    found = findings(rules, text, "repetition")
    assert texts_of(found) == [repeated]
    assert found[0].severity == "warning"


@pytest.mark.parametrize(
    "text",
    ["धीरे धीरे आगे बढ़ें", "अलग-अलग देशों", "He had had enough.", "very, very good",
     "the 10 10 rule", "the end\nend of it", "Boutros Boutros-Ghali spoke", "समय समय पर"],
)
def test_intended_doubles_are_clean(rules, text):
    assert findings(rules, text, "repetition") == []


@pytest.mark.parametrize("text", [
    "वे धीरे धीरे आगे बढ़े।", "घर घर जाकर प्रचार किया।", "अलग अलग राज्यों से लोग आए।", "वे साथ साथ चले।",
    "कोने कोने से लोग आए।", "होते होते देर हो गई।", "देखते देखते भीड़ जमा हो गई।", "करीब करीब सभी आए।",
    "सही सही बताइए।", "पल पल की खबर।", "केरल की स्वास्थ्य मंत्री के के शैलजा ने कहा।",
    "He had had enough.", "He said that that was all.", "He met Boutros Boutros-Ghali.",
])
def test_grammatical_doubles_are_not_reported(rules, text):
    assert findings(rules, text, "repetition") == []


@pytest.mark.parametrize(("text", "doubled"), [
    ("भारत के के लिए यह अहम है।", "के के"), ("दिल्ली में में बैठक हुई।", "में में"),
    ("मंत्री ने ने कहा।", "ने ने"), ("उन्हें को को बुलाया।", "को को"), ("भारत और और वियतनाम।", "और और"),
    ("उन्होंने कहा कि कि बैठक होगी।", "कि कि"),
    ("He said the the talks went well.", "the the"), ("He went in in the morning.", "in in"),
    ("The The talks went well.", "The The"),
    ("The Corporation Corporation said so.", "Corporation Corporation"),
])
def test_doubled_function_words_and_slips_are_reported(rules, text, doubled):
    assert texts_of(findings(rules, text, "repetition")) == [doubled]


def test_table_columns_and_names_are_not_doubles(rules):
    assert findings(rules, "Avge   Rate-X  Level    Price  Price\n", "repetition") == []
    assert findings(rules, "Egypt's minister, Boutros Boutros Ghali, said.", "repetition") == []


def test_the_end_of_a_compound_before_the_same_word_is_no_double(rules):
    assert findings(rules, "He would ban all non-bank bank activities.", "repetition") == []


@pytest.mark.parametrize(("text", "doubled"), [
    ("Shri Rajnath Singh thanked the Armed Armed Forces for their work.", "Armed Armed"),
    ("Stephens replaces Jack Jack Gill, who is retiring.", "Jack Jack"),
    ("Finance Finance Ministry officials said the debt fell.", "Finance Finance"),
    ("Murgold Resources Resources Inc said the zone was rich.", "Resources Resources"),
    ("The Jal Jeevan Jeevan Mission encourages participation.", "Jeevan Jeevan"),
])
def test_a_capitalised_double_is_a_slip(rules, text, doubled):
    assert texts_of(findings(rules, text, "repetition")) == [doubled]


@pytest.mark.parametrize("text", [
    "Wheat from Walla Walla reached the port.",
    "Tourists flew to Bora Bora and Pago Pago.",
    "Sri Sri Ravi Shankar spoke at the event.",
    "Boutros Boutros Ghali was Secretary-General.",
    "The flight landed at Dum Dum airport.",
])
def test_names_that_double_a_word_are_not_slips(rules, text):
    assert findings(rules, text, "repetition") == []


def test_a_doubled_name_the_packs_know_is_not_a_slip(tmp_path):
    from .conftest import pack_rules

    rules = pack_rules(tmp_path, """\
        pack: towns
        entities:
          - {id: baden-baden, type: place, names: {en: [Baden Baden]}}
          - {id: kuku, type: place, names: {en: [Kuku Kuku Town]}}
        checks:
          - {id: repetition, kind: repetition}
        """)
    assert findings(rules, "They met in Kuku Kuku Town and Baden Baden.", "repetition") == []
