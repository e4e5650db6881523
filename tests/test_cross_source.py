from __future__ import annotations

import textwrap

import factcheck
from factcheck.articles import article_from_text

from .conftest import check_texts

GIANG = "date 2021-07-01 Vietnam's Minister of National Defence Phan Van Giang visited Delhi."
LICH_SAME_TIME = "date 2021-07-02 Vietnam's Minister of National Defence Ngo Xuan Lich visited Delhi."
LICH_EARLIER = "date 2020-11-27 Vietnam's Minister of National Defence Ngo Xuan Lich visited Delhi."


def cross(report):
    return [f for f in report.findings if f.rule == "cross-source"]


def test_knowledge_decides_only_the_wrong_source_is_an_error(rules):
    found = cross(check_texts(rules, GIANG, LICH_SAME_TIME))
    assert [(f.article, f.text, f.severity) for f in found] == [("article1", "Ngo Xuan Lich", "error")]
    assert found[0].related[0].text == "Phan Van Giang"
    assert found[0].related[0].path == "article0.txt"
    assert found[0].suggestion == "Phan Van Giang"


def test_knowledge_explains_a_change_of_hands_as_info(rules):
    found = cross(check_texts(rules, GIANG, LICH_EARLIER))
    assert [(f.text, f.severity) for f in found] == [("Phan Van Giang", "info")]
    assert "2021-04-08" in found[0].message
    assert found[0].related[0].text == "Ngo Xuan Lich"


def test_same_holder_everywhere_is_silent(rules):
    assert cross(check_texts(rules, GIANG, GIANG.replace("07-01", "07-03"))) == []


def test_fact_values_disagreeing_across_sources(rules):
    right = "date 2021-07-01 India and Vietnam became Comprehensive Strategic Partners in 2016."
    wrong = "date 2021-07-02 Vietnam and India became Comprehensive Strategic Partners in 2015."
    found = cross(check_texts(rules, right, wrong))
    assert [(f.article, f.text, f.severity) for f in found] == [("article1", "2015", "error")]
    assert found[0].related[0].text == "2016"


def test_event_dates_disagreeing_across_sources(rules):
    right = "date 2021-07-01 The India-Vietnam Virtual Summit on 21 December 2020 was a success."
    wrong = "date 2021-07-02 The India-Vietnam Virtual Summit on 22 December 2020 was a success."
    found = cross(check_texts(rules, right, wrong))
    assert [(f.article, f.text, f.severity) for f in found] == [("article1", "22 December 2020", "error")]


def test_without_knowledge_disagreement_is_a_warning(tmp_path):
    pack = tmp_path / "club.yaml"
    pack.write_text(textwrap.dedent("""
        pack: club
        entities:
          - {id: utopia, type: country, names: {en: [Utopia]}}
          - {id: ann-lee, type: person, names: {en: [Ann Lee]}}
          - {id: bo-chan, type: person, names: {en: [Bo Chan]}}
        offices:
          - {id: utopia-mayor, country: utopia, names: {en: [Mayor]}}
        checks:
          - {id: cross-source, kind: cross-source}
    """), encoding="utf-8")
    rules = factcheck.load_rules([pack])
    articles = [article_from_text("date 2021-07-01 Mayor Ann Lee spoke.", "a.txt"),
                article_from_text("date 2021-07-05 Mayor Bo Chan spoke.", "b.txt")]
    found = factcheck.check(articles, rules=rules).findings
    assert [(f.path, f.text, f.severity) for f in found] == [("b.txt", "Bo Chan", "warning")]
    assert found[0].related[0].path == "a.txt"


def test_event_dates_without_knowledge_disagreeing_are_a_warning(tmp_path):
    pack = tmp_path / "gala.yaml"
    pack.write_text(textwrap.dedent("""
        pack: gala
        entities:
          - {id: gala, type: event, names: {en: [Harbour Gala]}}
        checks:
          - {id: cross-source, kind: cross-source}
    """), encoding="utf-8")
    rules = factcheck.load_rules([pack])
    articles = [article_from_text("The Harbour Gala on 12 May 2021 drew crowds.", "a.txt"),
                article_from_text("The Harbour Gala on 19 May 2021 drew crowds.", "b.txt")]
    found = factcheck.check(articles, rules=rules).findings
    assert [(f.path, f.text, f.severity) for f in found] == [("b.txt", "19 May 2021", "warning")]
    assert found[0].related[0].text == "12 May 2021"
