from __future__ import annotations

import datetime as dt

import pytest

from factcheck.dates import find_dates

from .conftest import findings, texts_of

BASE = dt.date(2021, 7, 1)


def read(text, base=BASE, lang="en"):
    return [(d.text, d.kind, d.value.label() if d.value else None)
            for d in find_dates(text, 0, len(text), base, lang)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("on 10 December 2020.", [("10 December 2020", "date", "2020-12-10")]),
        ("on December 10, 2020.", [("December 10, 2020", "date", "2020-12-10")]),
        ("in December 2020.", [("December 2020", "date", "December 2020")]),
        ("(2016)", [("2016", "year", "2016")]),
        ("of 2015-20 and 2021-2025", [("2015-20", "range", "2015–2020"),
                                      ("2021-2025", "range", "2021–2025")]),
        ("In December last year", [("In December last year", "relative", "December 2020")]),
        ("in March last year", [("in March last year", "relative", "March 2020")]),
        ("last month", [("last month", "relative", "June 2021")]),
        ("on Thursday", [("Thursday", "weekday", "2021-07-01")]),
        ("on Monday", [("Monday", "weekday", "2021-06-28")]),
        ("2020-12-21", [("2020-12-21", "date", "2020-12-21")]),
        ("We have achieved", []),
        ("you may go", []),
        ("COVID-19 cases", []),
    ],
)
def test_english_date_expressions(text, expected):
    assert read(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("27 नवंबर, 2020 को", [("27 नवंबर, 2020", "date", "2020-11-27")]),
        ("10 दिसंबर 2020 को", [("10 दिसंबर 2020", "date", "2020-12-10")]),
        ("१० दिसंबर २०२० को", [("१० दिसंबर २०२०", "date", "2020-12-10")]),
        ("पिछले साल दिसंबर में", [("पिछले साल दिसंबर", "relative", "December 2020")]),
        ("पिछले महीने", [("पिछले महीने", "relative", "June 2021")]),
        ("गुरुवार को", [("गुरुवार", "weekday", "2021-07-01")]),
    ],
)
def test_hindi_date_expressions(text, expected):
    assert read(text, lang="hi") == expected


def test_relative_expressions_without_a_dateline_stay_unresolved():
    assert read("on Thursday and last year", base=None) == [
        ("Thursday", "weekday", None), ("last year", "relative", None)]


def test_other_languages_fall_back_to_dateparser():
    assert read("le 10 décembre 2020", lang="fr") == [("10 décembre 2020", "date", "2020-12-10")]


@pytest.mark.parametrize(
    ("text", "wrong", "suggestion"),
    [
        ("The leaders met on Wednesday, 10 December 2020 in Hanoi.", "Wednesday, 10 December 2020",
         "Thursday, 10 December 2020"),
        ("They met on Friday, December 10, 2020.", "Friday, December 10, 2020",
         "Thursday, December 10, 2020"),
        ("बैठक बुधवार, 10 दिसंबर 2020 को हुई।", "बुधवार, 10 दिसंबर 2020", "गुरुवार, 10 दिसंबर 2020"),
    ],
)
def test_weekday_contradicting_its_date_is_an_error(rules, text, wrong, suggestion):
    found = findings(rules, text, "date")
    assert texts_of(found) == [wrong]
    assert found[0].severity == "error"
    assert found[0].suggestion == suggestion


@pytest.mark.parametrize(
    ("text", "wrong"),
    [
        ("date 2021-07-01 Last month at the India-Vietnam Virtual Summit, Modi spoke of Vietnam.",
         "Last month"),
        ("date 2021-07-01 In March last year at the India-Vietnam Virtual Summit, Modi spoke of "
         "Vietnam.", "In March last year"),
        ("date 2021-07-01 At the India-Vietnam Virtual Summit on 21 November 2020, Modi spoke.",
         "21 November 2020"),
        ("date 2021-07-01 पिछले महीने भारत-वियतनाम वर्चुअल शिखर सम्मेलन में मोदी ने वियतनाम की बात की।",
         "पिछले महीने"),
    ],
)
def test_event_dated_against_the_pack_is_an_error(rules, text, wrong):
    found = findings(rules, text, "date")
    assert texts_of(found) == [wrong]
    assert found[0].severity == "error"


@pytest.mark.parametrize(
    "text",
    [
        "date 2021-07-01 In December last year at the India-Vietnam bilateral summit, Modi spoke "
        "of Vietnam.",
        "date 2021-07-01 The leaders met on Thursday, 10 December 2020.",
        "date 2021-07-01 the Joint Vision Statement of 2015-20 with Vietnam.",
        "10 दिसंबर 2020 को वियतनाम द्वारा आयोजित एडीएमएम प्लस बैठक में भाग लिया।",
    ],
)
def test_consistent_dates_are_clean(rules, text):
    assert findings(rules, text, "date") == []


def test_event_without_a_pack_date_is_checked_against_the_articles_own_date(tmp_path):
    import factcheck
    from factcheck.articles import article_from_text

    pack = tmp_path / "p.yaml"
    pack.write_text("pack: p\nentities:\n  - {id: gala, type: event, names: {en: [Harbour Gala]}}\n"
                    "checks:\n  - {id: date, kind: date}\n", encoding="utf-8")
    rules = factcheck.load_rules([pack])
    text = ("date 2021-07-01 The Harbour Gala on 12 May 2021 was a success. "
            "Last month the Harbour Gala drew crowds.")
    (found,) = factcheck.check([article_from_text(text, "a.txt")], rules=rules).findings
    assert found.text == "Last month"
    assert "'12 May 2021' in this article" in found.message


@pytest.mark.parametrize(("text", "wrong", "suggestion"), [
    ("date 2020-06-01 The pact was signed on 29 May (Thursday).", "29 May (Thursday)", "29 May (Friday)"),
    ("date 2020-06-01 The pact was signed on Thursday (29 May).", "Thursday (29 May)", "Friday (29 May)"),
    ("date 2020-06-01 It was signed on May 29, a Thursday.", "May 29, a Thursday", "May 29, a Friday"),
    ("date 2020-06-01 He was born on 17 September 1950, a Monday.", "17 September 1950, a Monday",
     "17 September 1950, a Sunday"),
    ("date 2020-06-01 28 मई (शुक्रवार) को बैठक हुई।", "28 मई (शुक्रवार)", "28 मई (गुरुवार)"),
    ("date 2020-06-01 1 जून, रविवार को बैठक हुई।", "1 जून, रविवार", "1 जून, सोमवार"),
])
def test_a_weekday_written_beside_its_date_is_checked(rules, text, wrong, suggestion):
    [found] = findings(rules, text, "date")
    assert (found.text, found.suggestion) == (wrong, suggestion)


@pytest.mark.parametrize("text", [
    "date 2020-06-01 The pact was signed on 29 May (Friday).",
    "date 2020-06-01 The pact was signed on Friday (29 May).",
    "date 2020-06-01 It was signed on May 29, a Friday.",
    "date 2020-06-01 28 मई (गुरुवार) को बैठक हुई।",
    "date 2020-06-01 1 जून, सोमवार को बैठक हुई।",
    "date 2020-06-01 On May 29, Thursday's meeting was moved.",
    "date 2020-06-01 It ran from 29 May (a Friday) to Thursday.",
])
def test_weekdays_beside_their_dates_that_agree_are_clean(rules, text):
    assert findings(rules, text, "date") == []
