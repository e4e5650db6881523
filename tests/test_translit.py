"""Names in Devanagari match the same people named only in Latin script."""

from __future__ import annotations

import pytest

from factcheck.translit import name_key, romanise_word

from .conftest import findings


@pytest.mark.parametrize(
    ("word", "latin"),
    [("राजनाथ", "rajanath"), ("सिंह", "singh"), ("नरेंद्र", "narendr"), ("सीतारमण", "sitaraman"),
     ("प्रह्लाद", "prahlad"), ("स्मृति", "smriti")],
)
def test_romanisation_drops_the_final_schwa_and_reads_anusvara(word, latin):
    assert romanise_word(word) == latin


@pytest.mark.parametrize(
    ("devanagari", "latin"),
    [("निर्मला सीतारमण", "Nirmala Sitharaman"), ("राजनाथ सिंह", "Rajnath Singh"),
     ("नितिन गडकरी", "Nitin Gadkari"), ("थावरचंद गहलोत", "Thawar Chand Gehlot"),
     ("हरदीप सिंह पुरी", "Hardeep Singh Puri"), ("पीयूष गोयल", "Piyush Goyal")],
)
def test_same_name_in_both_scripts_has_the_same_skeleton(devanagari, latin):
    assert name_key(tuple(devanagari.split()))[0] == name_key(tuple(latin.split()))[0]


def test_a_person_named_only_in_latin_is_found_in_a_hindi_article(rules):
    assert "hi" not in rules.knowledge.entities["mahesh-sharma"].names
    (found,) = findings(rules, "date 2021-07-01 संस्कृति मंत्री महेश शर्मा ने कहा।", "office-holder")
    assert found.text == "महेश शर्मा"
    assert found.suggestion == "प्रह्लाद सिंह पटेल"
    assert findings(rules, "date 2018-07-01 संस्कृति मंत्री महेश शर्मा ने कहा।", "office-holder") == []


def test_a_person_the_pack_names_in_devanagari_is_not_matched_by_sound(rules):
    (found,) = findings(rules, "रक्षा मंत्री राजनथ सिंह ने कहा", "spelling")
    assert found.suggestion == "राजनाथ सिंह"


@pytest.mark.parametrize("text", ["वित्त मंत्रालय ने कहा कि निर्माण सामग्री", "मनमाना सिंहासन"])
def test_other_words_do_not_sound_like_people(rules, text):
    from factcheck.analysis import analyse
    from factcheck.articles import article_from_text

    analysis = analyse(article_from_text(text, "a.txt"), rules.knowledge, rules.gazetteer)
    assert [m.text for m in analysis.mentions if m.refs("person")] == []


@pytest.mark.parametrize(("text", "person"), [
    ("महेश शर्मा ने कहा।", "mahesh-sharma"),          # as written
    ("महेष शर्मा ने कहा।", "mahesh-sharma"),          # ष for श
    ("महेश शरमा ने कहा।", "mahesh-sharma"),           # a halant dropped
    ("जगत प्रकाश नडडा ने कहा।", "jagat-prakash-nadda"),  # a halant dropped between like consonants
    ("जगत प्रकाश नड्‌डा ने कहा।", "jagat-prakash-nadda"),  # an invisible joiner
    ("जे. पी. नड्डा ने कहा।", "jagat-prakash-nadda"),   # initials as Hindi says them
    ("कलराज मिश्रा ने कहा।", "kalraj-mishra"),         # a final vowel added
    ("माहेश शर्मा ने कहा।", "mahesh-sharma"),          # a matra's length
    ("जगत प्रकाश नड़्डा ने कहा।", "jagat-prakash-nadda"),  # a nukta
    ("जगत प्रकाश नंड्डा ने कहा।", "jagat-prakash-nadda"),  # an anusvara
    ("सन्तोष गन्गवार ने कहा।", "santosh-gangwar"),       # a nasal consonant for anusvara
    ("संतोष गँगवार ने कहा।", "santosh-gangwar"),         # chandrabindu
])
def test_people_named_only_in_latin_are_found_however_hindi_writes_them(rules, text, person):
    from factcheck.analysis import analyse
    from factcheck.articles import article_from_text

    analysis = analyse(article_from_text(text, "a.txt"), rules.knowledge, rules.gazetteer)
    assert [m.refs("person") for m in analysis.mentions if m.refs("person")] == [[person]]


def test_initials_that_several_people_share_name_nobody(rules):
    from factcheck.analysis import analyse
    from factcheck.articles import article_from_text

    # "के सिंह" could be A. K. Singh, R. K. Singh and others: no one is named.
    analysis = analyse(article_from_text("श्री के सिंह ने कहा।", "a.txt"), rules.knowledge, rules.gazetteer)
    assert [m.refs("person") for m in analysis.mentions if m.refs("person")] == []


def test_hindi_function_words_are_never_part_of_a_name_heard_in_latin(tmp_path):
    from factcheck.analysis import analyse
    from factcheck.articles import article_from_text

    from .conftest import pack_rules

    rules = pack_rules(tmp_path, """\
        pack: far
        entities:
          - {id: ammar, type: person, names: {en: [Mohamed Naceur Ammar]}}
        """)
    article = article_from_text("भारत में हमारा लक्ष्य है। देश में हमारे किसान हैं।", "a.txt")
    analysis = analyse(article, rules.knowledge, rules.gazetteer, rules.readers)
    assert [m.text for m in analysis.mentions if m.refs("person")] == []


@pytest.mark.parametrize(("one", "other"), [
    ("Chouhan", "Chauhan"), ("Amitav", "Amitava"), ("Kurien", "Kurian"), ("Rangasamy", "Rangaswamy"),
    ("Taranjith", "Taranjit"), ("Chandrasekhar", "Chandrashekhar"), ("Vijai", "Vijay"),
    ("Jawadekar", "Javadekar"), ("Sarma", "Sharma"), ("Thaawarchand", "Thawarchand"),
])
def test_romanisation_alternations_share_a_variant_key(one, other):
    from factcheck.translit import variant_key

    assert variant_key(one) == variant_key(other)


@pytest.mark.parametrize(("one", "other", "aspirated"), [
    ("Haris", "Harish", False),  # a final sh
    ("Sah", "Shah", False),  # a short word
    ("Narendr", "Narendra", False),  # no schwa drops after a conjunct
    ("Munda", "Mund", False),
    ("Rajnat", "Rajnath", True),  # राजनाथ: its th is थ
    ("Bannerjee", "Banerjee", False),  # a doubled consonant
    ("Pranabh", "Pranab", False),
])
def test_slips_do_not_share_a_variant_key(one, other, aspirated):
    from factcheck.translit import variant_key

    assert variant_key(one, aspirated) != variant_key(other, aspirated)


def test_devanagari_names_are_romanised_as_the_press_writes_them():
    from factcheck.translit import latin_forms

    assert latin_forms("के. चंद्रशेखर राव") == ["ke", "chandrashekhar", "rav"]
    assert latin_forms("नरेंद्र मोदी") == ["narendra", "modi"]  # the schwa after a conjunct is written


@pytest.mark.parametrize(("text", "keys"), [
    ("K0 Singh", ["k", "singh"]), ("के0 सिंह", ["के", "सिंह"]), ("A0 paper 10", ["a", "paper", "10"]),
    ("Win10 K10", ["win10", "k10"]),
])
def test_a_zero_for_the_stop_after_an_initial_is_keyed_as_the_stop(text, keys):
    from factcheck.text import tokenize

    assert [t.key for t in tokenize(text)] == keys
