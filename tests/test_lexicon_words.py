"""The word classes the checks read live in the lexicon (rules/lexicon.yaml):
a pack's `lexicon:` section extends each of them, and the check follows.
Each test checks the same text with and without the pack's addition, so
that none passes whatever the check does."""

from __future__ import annotations

import datetime as dt
import re

import pytest

import factcheck
from factcheck.dates import find_dates
from factcheck.yamlsource import PackError

from .conftest import base_date_words, findings, pack_rules

CHECKS = """\
    pack: newsroom
    entities:
      - {id: phan-van-giang, type: person, names: {en: [Phan Van Giang]}}
      - {id: doordarshan, type: organisation, names: {hi: [दूरदर्शन]}}
    checks:
      - {id: spelling, kind: spelling}
      - {id: date, kind: date}
      - {id: repetition, kind: repetition}
"""
DATELINE = "date 2021-07-01 "


def with_and_without(tmp_path, lexicon: str, text: str, rule: str) -> tuple[list[str], list[str]]:
    """The spans `rule` reports in the text without the pack's lexicon
    addition, then with it."""
    (tmp_path / "plain").mkdir()
    (tmp_path / "extended").mkdir()
    plain = pack_rules(tmp_path / "plain", CHECKS)
    extended = pack_rules(tmp_path / "extended", CHECKS + "    lexicon:\n" + lexicon)
    return ([f.text for f in findings(plain, DATELINE + text, rule)],
            [f.text for f in findings(extended, DATELINE + text, rule)])


def test_a_packs_function_word_doubled_is_a_slip_even_in_speech(tmp_path):
    text = 'He said: "it was a strange strange day," and left.'
    assert with_and_without(tmp_path, "      function_words: {en: [strange]}\n", text,
                            "repetition") == ([], ["strange strange"])


def test_a_packs_reduplicating_word_doubled_is_no_slip(tmp_path):
    text = "एक प्रयोगशाला प्रयोगशाला की जांच हुई।"
    assert with_and_without(tmp_path, "      reduplicating: {hi: [प्रयोगशाला]}\n", text,
                            "repetition") == (["प्रयोगशाला प्रयोगशाला"], [])


def test_a_packs_grammatical_double_is_no_slip(tmp_path):
    text = "The donors donors met on Monday."
    assert with_and_without(tmp_path, "      grammatical_doubles: {en: [donors]}\n", text,
                            "repetition") == (["donors donors"], [])


def test_a_packs_doubled_name_is_no_slip(tmp_path):
    text = "Sales rose. Planned Planned investment fell by a third."
    assert with_and_without(tmp_path, "      doubled_names: {en: [planned]}\n", text,
                            "repetition") == (["Planned Planned"], [])


def test_a_packs_romanised_hindi_markers_make_a_double_reduplication(tmp_path):
    text = "The plan was zzz qqq ek ek for each team."
    assert with_and_without(tmp_path, "      romanised_hindi: {en: [zzz, qqq]}\n", text,
                            "repetition") == (["ek ek"], [])


def test_a_packs_glue_word_run_into_a_name_is_found(tmp_path):
    text = "General Phan Van Giangvia video link spoke."
    assert with_and_without(tmp_path, "      name_glue: {en: [via]}\n", text,
                            "spelling") == ([], ["Giangvia"])


def test_a_packs_word_that_begins_no_name_starts_no_misspelt_name(tmp_path):
    text = "यह दूर दर्शन पर दिखा।"
    assert with_and_without(tmp_path, "      not_name_starts: {hi: [दूर]}\n", text,
                            "spelling") == (["दूर दर्शन"], [])


def test_a_packs_month_spelling_is_read_as_a_date(tmp_path):
    text = "सोमवार, 4 फर्वरी 2020 को बैठक हुई।"  # 4 February 2020 was a Tuesday
    assert with_and_without(tmp_path, "      months: {february: {hi: [फर्वरी]}}\n", text,
                            "date") == ([], ["सोमवार"])


def test_a_packs_weekday_spelling_is_checked_against_its_date(tmp_path):
    text = "सोमबार, 4 फरवरी 2020 को बैठक हुई।"
    assert with_and_without(tmp_path, "      weekdays: {monday: {hi: [सोमबार]}}\n", text,
                            "date") == ([], ["सोमबार"])


def test_find_dates_reads_the_month_names_it_is_given(tmp_path):
    rules = pack_rules(tmp_path, "pack: mine\nlexicon:\n  months: {february: {en: [Febuary]}}\n")
    text = "on 4 Febuary 2020"
    given = find_dates(text, 0, len(text), dt.date(2021, 7, 1), "en",
                       date_words=rules.knowledge.date_words)
    assert [(d.text, d.value.label() if d.value else None) for d in given] == [
        ("4 Febuary 2020", "2020-02-04")]
    assert [d.text for d in find_dates(text, 0, len(text), dt.date(2021, 7, 1), "en",
                                                date_words=base_date_words())] == ["2020"]


def test_packs_with_the_same_date_words_share_their_tables():
    first, second = factcheck.load_rules(), factcheck.load_rules()
    assert first.knowledge.date_words is second.knowledge.date_words


def test_a_packs_given_name_in_place_of_a_known_persons_is_another_person(tmp_path):
    text = "Phan Van Giong arrived in Hanoi on Monday."
    assert with_and_without(tmp_path, "      given_names: {en: [Giong]}\n", text,
                            "spelling") == (["Phan Van Giong"], [])


def test_a_common_given_name_is_no_misspelling_of_a_known_persons_but_a_slip_is(tmp_path):
    rules = pack_rules(tmp_path, """\
        pack: commission
        entities:
          - {id: gyanesh-kumar, type: person, names: {en: [Gyanesh Kumar]}}
        checks:
          - {id: spelling, kind: spelling}
        """)
    topper = DATELINE + "Ganesh Kumar topped the state exam."
    assert [f.text for f in findings(rules, topper, "spelling")] == []
    assert [f.text for f in findings(rules, DATELINE + "Gyanesh Kumarr spoke on Monday.", "spelling")] == [
        "Gyanesh Kumarr"]


def test_a_packs_given_name_parts_make_compound_given_names(tmp_path):
    text = "Phan Van Giong arrived in Hanoi on Monday."
    assert with_and_without(tmp_path, "      given_name_parts: {en: [Gi-, -ong]}\n", text,
                            "spelling") == (["Phan Van Giong"], [])


def test_a_given_name_part_without_its_hyphen_is_a_pack_error(tmp_path):
    with pytest.raises(PackError) as raised:
        pack_rules(tmp_path, CHECKS + "    lexicon:\n      given_name_parts: {en: [Gi-, ong]}\n")
    # the file, the line and the field
    assert re.search(r"pack\.yaml:10:\d+: lexicon\.given_name_parts\.en\[1\]", str(raised.value))
