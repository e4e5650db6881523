from __future__ import annotations

import textwrap

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

import factcheck
from factcheck.articles import article_from_text

from .conftest import check_texts

GIANG = "date 2021-07-01 Vietnam's Minister of National Defence Phan Van Giang visited Delhi."
LICH_SAME_TIME = "date 2021-07-02 Vietnam's Minister of National Defence Ngo Xuan Lich visited Delhi."
LICH_EARLIER = "date 2020-11-27 Vietnam's Minister of National Defence Ngo Xuan Lich visited Delhi."


def cross(report):
    return [f for f in report.findings if f.rule == "cross-source"]


def errors(report):
    return [f for f in report.findings if f.severity == "error"]


def test_knowledge_decides_one_error_on_the_wrong_source_with_the_other_as_related(rules):
    report = check_texts(rules, GIANG, LICH_SAME_TIME)
    found = errors(report)
    assert [(f.rule, f.article, f.text) for f in found] == [("office-holder", "article1", "Ngo Xuan Lich")]
    assert found[0].related[0].text == "Phan Van Giang"
    assert found[0].related[0].path == "article0.txt"
    assert "names Phan Van Giang" in found[0].related[0].message
    assert found[0].suggestion == "Phan Van Giang"
    assert cross(report) == []


def test_knowledge_decides_without_the_knowledge_check_cross_source_reports_it(rules):
    subset = rules.configured(ignore=["office-holder"])
    found = errors(factcheck.check([article_from_text(GIANG, "a.txt"),
                                    article_from_text(LICH_SAME_TIME, "b.txt")], rules=subset))
    assert [(f.rule, f.text) for f in found] == [("cross-source", "Ngo Xuan Lich")]
    assert "another source names Phan Van Giang" in found[0].message
    (other,) = found[0].related
    assert (other.path, other.line, other.column, other.text) == ("a.txt", 1, 56, "Phan Van Giang")
    assert other.message == ("this source names Phan Van Giang as Vietnam's Minister of National Defence "
                             "(2021-07-01)")


def test_knowledge_explains_a_change_of_hands_as_info(rules):
    found = cross(check_texts(rules, GIANG, LICH_EARLIER))
    assert [(f.text, f.severity) for f in found] == [("Phan Van Giang", "info")]
    assert "2021-04-08" in found[0].message
    assert found[0].related[0].text == "Ngo Xuan Lich"
    assert "names Ngo Xuan Lich" in found[0].related[0].message


def test_same_holder_everywhere_is_silent(rules):
    assert cross(check_texts(rules, GIANG, GIANG.replace("07-01", "07-03"))) == []


def test_fact_values_disagreeing_across_sources(rules):
    right = "date 2021-07-01 India and Vietnam became Comprehensive Strategic Partners in 2016."
    wrong = "date 2021-07-02 Vietnam and India became Comprehensive Strategic Partners in 2015."
    found = errors(check_texts(rules, right, wrong))
    assert [(f.rule, f.article, f.text) for f in found] == [("fact", "article1", "2015")]
    assert found[0].related[0].text == "2016"
    assert found[0].related[0].message.startswith("this source gives 2016 for ")


def test_event_dates_disagreeing_across_sources(rules):
    right = "date 2021-07-01 The India-Vietnam Virtual Summit on 21 December 2020 was a success."
    wrong = "date 2021-07-02 The India-Vietnam Virtual Summit on 22 December 2020 was a success."
    found = errors(check_texts(rules, right, wrong))
    assert [(f.rule, f.article, f.text) for f in found] == [("date", "article1", "22 December 2020")]
    assert found[0].related[0].text == "21 December 2020"


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
    assert found[0].related[0].message == "this source names Ann Lee as Utopia's Mayor (2021-07-01)"


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
    assert found[0].related[0].message == "this source gives 2021-05-12 for Harbour Gala"


def test_an_explained_change_of_hands_is_one_info_per_office_and_handover(rules):
    before = [f"date 2020-11-{day:02d} Vietnam's Minister of National Defence Ngo Xuan Lich spoke."
              for day in range(10, 17)]
    after = [f"date 2021-07-{day:02d} Vietnam's Minister of National Defence Phan Van Giang spoke."
             for day in range(1, 8)]
    report = check_texts(rules, *before, *after)
    infos = [f for f in report.findings if f.severity == "info" and f.rule == "cross-source"]
    assert len(infos) == 1
    assert "2021-04-08" in infos[0].message
    assert len(infos[0].related) == 13  # every other source, on both sides
    assert {r.text for r in infos[0].related} == {"Ngo Xuan Lich", "Phan Van Giang"}
    assert [f for f in report.findings if f.severity != "info"] == []


def test_two_files_with_one_name_in_two_folders_are_two_sources(rules, tmp_path):
    for folder, text in (("a", GIANG), ("b", LICH_SAME_TIME)):
        (tmp_path / folder).mkdir()
        (tmp_path / folder / "story.txt").write_text(text, encoding="utf-8")
    report = factcheck.check([tmp_path / "a", tmp_path / "b"], rules=rules)
    (error,) = [f for f in report.findings if f.severity == "error"]
    assert error.text == "Ngo Xuan Lich" and error.path.endswith("b/story.txt")
    assert error.related[0].path.endswith("a/story.txt")


def test_fingerprints_do_not_change_when_other_articles_or_other_lines_change(rules):
    first = check_texts(rules, GIANG, LICH_SAME_TIME)
    other_changed = check_texts(rules, GIANG.replace("visited Delhi", "went to Hanoi"), LICH_SAME_TIME)
    line_added = check_texts(rules, GIANG, LICH_SAME_TIME.replace(
        "date 2021-07-02 ", "date 2021-07-02 A new first line.\n\n"))

    def prints(report):
        return {(f.rule, f.text): f.fingerprint for f in report.findings}

    assert prints(first) == prints(other_changed) == prints(line_added)
    assert len(set(prints(first).values())) == len(first.findings)


def test_three_holders_in_turn_give_one_info_per_handover(rules):
    texts = ["date 2016-06-01 Defence Minister Manohar Parrikar spoke.",
             "date 2018-06-01 Defence Minister Nirmala Sitharaman spoke.",
             "date 2020-06-01 Defence Minister Rajnath Singh spoke."]
    infos = [f for f in check_texts(rules, *texts).findings if f.rule == "cross-source"]
    assert sorted((f.text, f.severity) for f in infos) == [
        ("Nirmala Sitharaman", "info"), ("Rajnath Singh", "info")]


ORDER_PACK = """
pack: club
entities:
  - {id: utopia, type: country, names: {en: [Utopia]}}
  - {id: ann-lee, type: person, names: {en: [Ann Lee]}}
  - {id: bo-chan, type: person, names: {en: [Bo Chan]}}
  - {id: cy-dunn, type: person, names: {en: [Cy Dunn]}}
  - {id: gala, type: event, names: {en: [Harbour Gala]}}
  - {id: fair, type: event, names: {en: [Summer Fair]}, date: 2021-06-05}
offices:
  - {id: utopia-mayor, country: utopia, names: {en: [Mayor]}}
  - {id: utopia-governor, country: utopia, names: {en: [Governor]}}
tenures:
  - {person: ann-lee, office: utopia-governor, start: 2020-01-01, end: 2020-12-31}
  - {person: bo-chan, office: utopia-governor, start: 2021-01-01}
checks:
  - {id: cross-source, kind: cross-source}
  - {id: office-holder, kind: office-holder}
"""
ORDER_TEXTS = [
    "date 2021-07-01 Mayor Ann Lee spoke. The Harbour Gala on 12 May 2021 drew crowds.",
    "date 2021-07-01 Mayor Bo Chan spoke. The Summer Fair on 5 June 2021 drew crowds.",
    "date 2021-07-03 Mayor Cy Dunn spoke. The Harbour Gala on 13 May 2021 drew crowds.",
    "date 2021-07-03 Mayor Ann Lee spoke. The Summer Fair on 6 June 2021 drew crowds.",
    "date 2020-06-01 Governor Ann Lee spoke. Mayor Bo Chan agreed.",
    "date 2021-06-01 Governor Bo Chan spoke. The Harbour Gala on 12 May 2021 drew crowds.",
    "date 2021-06-02 Governor Ann Lee spoke. Governor Cy Dunn replied.",
    "date 2020-06-02 Governor Ann Lee spoke.",
]


@pytest.fixture(scope="module")
def order_rules(tmp_path_factory):
    pack = tmp_path_factory.mktemp("order") / "club.yaml"
    pack.write_text(ORDER_PACK, encoding="utf-8")
    return factcheck.load_rules([pack])


def _rendered(report) -> tuple[str, str]:
    from factcheck.report import FORMATTERS, Settings

    return FORMATTERS["json"](report, Settings()), FORMATTERS["text"](report, Settings())


@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(order=st.permutations(range(len(ORDER_TEXTS))))
def test_a_report_messages_included_does_not_depend_on_the_order_of_the_inputs(order_rules, order):
    articles = [article_from_text(text, f"{n:02}.txt") for n, text in enumerate(ORDER_TEXTS)]
    expected = factcheck.check(articles, rules=order_rules)
    assert {f.rule for f in expected.findings} >= {"cross-source", "office-holder"}
    assert any(f.rule == "cross-source" and f.severity == "warning" for f in expected.findings)
    shuffled = factcheck.check([articles[n] for n in order], rules=order_rules)
    assert _rendered(shuffled) == _rendered(expected)


def test_a_message_names_no_other_place_the_related_places_do(rules, tmp_path):
    """Every disagreement, in each of its forms, says what disagrees; where the
    other source is stands in its related places, which name what it says."""
    texts = {"a.txt": GIANG, "b.txt": LICH_SAME_TIME, "c.txt": LICH_EARLIER,
             "d.txt": "date 2021-07-01 India and Vietnam became Comprehensive Strategic Partners in 2016.",
             "e.txt": "date 2021-07-02 India and Vietnam became Comprehensive Strategic Partners in 2015."}
    subset = rules.configured(ignore=["office-holder", "fact"])
    report = factcheck.check([article_from_text(text, name) for name, text in texts.items()], rules=subset)
    found = cross(report)
    assert {f.severity for f in found} == {"error", "info"} and len(found) >= 3
    for finding in found:
        assert not any(name in finding.message for name in texts), finding.message
        assert ":1:" not in finding.message
        assert finding.related
        for other in finding.related:
            assert other.path in texts and other.path != finding.path
            assert texts[other.path][other.start : other.end] == other.text
            assert other.text in other.message or other.message.startswith("this source gives")
