"""The issue's acceptance criteria on the two seed articles."""

from __future__ import annotations

import pytest

import factcheck

from .conftest import ENGLISH_SEED, HINDI_SEED, SEEDS


@pytest.fixture(scope="module")
def report(rules):
    return factcheck.check([SEEDS], rules=rules)


def by_text(report, text):
    return [f for f in report.findings if f.text == text]


def test_both_seeds_are_checked(report):
    assert report.summary.articles == 2
    assert report.summary.failed == 0
    assert {s.status for s in report.inputs} == {"checked"}


def test_giangfor_is_a_spelling_warning_suggesting_giang_for(report):
    (finding,) = by_text(report, "Giangfor")
    assert finding.rule == "spelling"
    assert finding.severity == "warning"
    assert finding.suggestion == "Giang for"


def test_repeated_word_in_hindi_seed(report):
    (finding,) = by_text(report, "प्रमुख प्रमुख")
    assert finding.rule == "repetition"
    assert finding.severity == "warning"


def test_misspelt_atmanirbhar_bharat(report):
    (finding,) = by_text(report, "अत्मा निर्भार भारत")
    assert finding.rule == "spelling"
    assert finding.suggestion == "आत्मनिर्भर भारत"


def test_lich_giang_difference_is_info_with_both_places(report):
    infos = [f for f in report.findings if f.rule == "cross-source"]
    assert len(infos) == 1
    (info,) = infos
    assert info.severity == "info"
    assert {info.text, info.related[0].text} == {"Phan Van Giang", "न्गो जुआन लिच"}
    assert {info.path, info.related[0].path} == {str(ENGLISH_SEED), str(HINDI_SEED)}


@pytest.mark.parametrize(
    "text",
    ["Nguyen Xuan Phuc", "Ngo Xuan Lich", "Phan Van Giang", "Rajnath Singh", "2016",
     "December 2020", "Thursday", "on Thursday", "न्गो जुआन लिच", "राजनाथ सिंह"],
)
def test_no_error_or_warning_on_correct_claims(report, text):
    assert not [f for f in report.findings if f.text == text and f.severity != "info"]


def test_no_errors_at_all_on_seeds(report):
    assert report.summary.errors == 0


def test_seed_pack_covers_the_seeds(rules):
    knowledge = rules.knowledge
    for ref in ["rajnath-singh", "phan-van-giang", "ngo-xuan-lich", "narendra-modi",
                "nguyen-xuan-phuc", "pham-minh-chinh", "india-vietnam-virtual-summit-2020",
                "joint-vision-peace-prosperity-people", "east-asia-summit-bangkok-2019",
                "defence-ministers-video-conference-2020", "hydrography-arrangement-2020",
                "admm-plus-2020", "atmanirbhar-bharat"]:
        entity = knowledge.entities[ref]
        assert "en" in entity.names and "hi" in entity.names, ref
    assert knowledge.facts["india-vietnam-comprehensive-strategic-partnership"].value.spec() == "2016"
    assert knowledge.facts["india-vietnam-strategic-partnership"].value.spec() == "2007"
    assert knowledge.facts["joint-vision-statement-2015-2020"].value.spec() == "2015/2020"
    assert knowledge.facts["joint-vision-statement-2021-2025"].value.spec() == "2021/2025"


def test_ipoi_is_reported_with_its_preferred_form(report):
    (finding,) = by_text(report, "Indo-Pacific Ocean's Initiative")
    assert finding.kind == "substitution"
    assert finding.suggestion == "Indo-Pacific Oceans' Initiative"


def test_trailing_headlines_are_unrelated_text_but_the_last_sentence_is_not(report):
    (finding,) = [f for f in report.findings if f.kind == "trailing-text"]
    assert finding.path == str(HINDI_SEED)
    assert finding.text.startswith("आज करेंगे पीएम मोदी मन की बात")
    assert finding.text.endswith("कड़ी टक्कर")
    last_sentence = "राजनाथ सिंह को निमंत्रण दिया गया था।"
    source = HINDI_SEED.read_text(encoding="utf-8")
    assert finding.start >= source.index(last_sentence) + len(last_sentence)
