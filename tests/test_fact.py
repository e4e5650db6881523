from __future__ import annotations

import pytest

from .conftest import findings, texts_of

D = "date 2021-07-01 "


@pytest.mark.parametrize(
    ("text", "wrong", "suggestion"),
    [
        (D + "India and Vietnam became Comprehensive Strategic Partners in 2015.", "2015", "2016"),
        (D + "In 2017, India and Vietnam upgraded ties to a Comprehensive Strategic Partnership.",
         "2017", "2016"),
        (D + "the India-Vietnam Comprehensive Strategic Partnership (2018) matters.", "2018", "2016"),
        (D + "India and Vietnam became Strategic Partners in 2016.", "2016", "2007"),
        (D + "the Joint Vision Statement of 2016-20 on defence with Vietnam.", "2016-20", "2015-20"),
        (D + "the Joint Vision Statement of 2012 on defence with Vietnam.", "2012", "2015"),
        (D + "India and Vietnam became Strategic Partners in the year 2016.", "2016", "2007"),
        (D + "India and Vietnam became Strategic Partners five years ago.", "five years ago", "2007"),
        ("भारत और वियतनाम ने 2015 में व्यापक रणनीतिक साझेदारी की।", "2015", "2016"),
        ("भारत और वियतनाम के बीच व्यापक रणनीतिक साझेदारी (2017) है।", "2017", "2016"),
    ],
)
def test_wrong_year_for_a_fact_is_an_error(rules, text, wrong, suggestion):
    found = findings(rules, text, "fact")
    assert texts_of(found) == [wrong]
    assert found[0].severity == "error"
    assert found[0].suggestion == suggestion


@pytest.mark.parametrize(
    "text",
    [
        D + "India and Vietnam became Comprehensive Strategic Partners in 2016.",
        D + "India and Vietnam became Strategic Partners in 2007 and Comprehensive Strategic "
            "Partners in 2016.",
        D + "the Joint Vision Statement of 2015-20 and the Joint Vision Statement of 2021-25 "
            "with Vietnam.",
        "भारत और वियतनाम ने 2016 में व्यापक रणनीतिक साझेदारी की। 2007 में रणनीतिक साझेदारी।",
        # a year within a known range: the one it began in, or one it covers
        D + "the Joint Vision Statement of 2015 on defence with Vietnam.",
        "वियतनाम के साथ 2015 से 2020 तक का संयुक्त विजन स्टेटमेंट।",
        D + "the Joint Vision Statement for 2015 to 2020 with Vietnam.",
        # a year a plan looks to
        "date 2022-06-09 They signed the Joint Vision Statement on India-Vietnam Defence Partnership "
        "towards 2030 in Hanoi.",
        "date 2022-06-09 The Joint Vision Statement with Vietnam sets goals to be met by 2030.",
        "दोनों ने '2030 की ओर भारत-वियतनाम रक्षा साझेदारी पर संयुक्त विजन स्टेटमेंट' पर हस्ताक्षर किए।",
        "वियतनाम के साथ संयुक्त विजन स्टेटमेंट 2030 तक के लिए है।",
        # a span of time said between the date and the fact, or a date back from another
        D + "In 2017, India and Vietnam marked ten years as strategic partners.",
        D + "The 2016 upgrade came nine years after India and Vietnam became strategic partners.",
        D + "India and Vietnam, which became strategic partners a decade ago, celebrated the "
            "anniversary in 2017.",
        "2022 में भारत-वियतनाम रणनीतिक साझेदारी के 15 साल भी पूरे हो रहे हैं।",
        "यानी भारत और वियतनाम 2016 में व्यापक रणनीतिक साझेदार बने, जबकि रणनीतिक साझेदार वे नौ साल "
        "पहले बन चुके थे।",
        # two cues within a date's reach: it may be either's
        D + "In 2016, the strategic partnership was upgraded to a comprehensive strategic partnership.",
        "2016 में रणनीतिक साझेदारी को व्यापक रणनीतिक साझेदारी में बदला गया।",
        # a known year within a range stated
        "वित्त वर्ष 2007-08 में, जब दोनों देश रणनीतिक साझेदार बने, व्यापार बढ़ा।",
        # a day whose year is a guess: its month was named with another year just before
        "date 2022-06-20 In September 2016, Modi visited Vietnam. In Hanoi on Saturday, September 3, "
        "India and Vietnam became Comprehensive Strategic Partners.",
        # Without Vietnam in the article, the India-Vietnam facts are not recognised.
        D + "India and Australia became Comprehensive Strategic Partners in 2020.",
    ],
)
def test_right_values_and_other_subjects_are_clean(rules, text):
    assert findings(rules, text, "fact") == []


@pytest.mark.parametrize("text", [
    D + "The leaders adopted the Joint Vision for Peace, Prosperity and People and a Plan of Action "
        "for 2021-2023 with Vietnam.",
    D + "The Joint Vision for Peace, Prosperity and People was adopted with a plan for 2021 to 2023 "
        "with Vietnam.",
    D + "Ties were established in 1972, and the Joint Vision for Peace, Prosperity and People was "
        "adopted 48 years later with Vietnam.",
])
def test_a_period_something_else_is_for_or_another_clauses_year_dates_no_event(rules, text):
    assert [f for f in findings(rules, text) if f.rule in {"date", "fact"}] == []
    assert texts_of(findings(rules, D + "The Joint Vision for Peace, Prosperity and People was adopted in "
                                        "2019 with Vietnam.", "date")) == ["2019"]


@pytest.mark.parametrize("text", [
    "date 2020-12-22 Modi and Phuc adopted a 2021-2023 Plan of Action at the virtual summit with Vietnam.",
    "date 2020-12-22 Modi and Phuc adopted the Plan of Action 2021-2023 at the virtual summit with Vietnam.",
    "date 2020-12-22 At the virtual summit with Vietnam the leaders set targets up to 2023.",
    "date 2020-12-22 मोदी और फुक ने वियतनाम के साथ वर्चुअल शिखर सम्मेलन में 2021-2023 की अवधि के लिए कार्य "
    "योजना अपनाई।",
    "date 2020-12-22 मोदी और फुक ने वियतनाम के साथ वर्चुअल शिखर सम्मेलन में 2021-23 की कार्य योजना अपनाई।",
    "date 2020-12-22 मोदी और फुक ने वियतनाम के साथ वर्चुअल शिखर सम्मेलन में 2021-2023 के लिए योजना अपनाई।",
])
def test_a_period_another_thing_is_labelled_with_or_aims_at_dates_no_event(rules, text):
    assert findings(rules, text, "date") == []
    for wrong in ("date 2020-12-22 Modi and Phuc held the 2021 virtual summit with Vietnam.",
                  "date 2020-12-22 Modi and Phuc held the virtual summit with Vietnam in 2021.",
                  "date 2020-12-22 मोदी और फुक ने वियतनाम के साथ 2021 में वर्चुअल शिखर सम्मेलन किया।"):
        assert texts_of(findings(rules, wrong, "date")) == ["2021"]


@pytest.mark.parametrize("text", [
    "date 2021-09-03 Five years ago today, India and Vietnam became Comprehensive Strategic Partners.",
    "date 2021-12-21 It is a year today since Modi and Phuc held the India-Vietnam Virtual Summit.",
    "date 2021-07-01 The Comprehensive Strategic Partnership between India and Vietnam, which will turn ten "
    "in 2026, spans defence.",
    "date 2021-07-01 2016 में स्थापित भारत-वियतनाम व्यापक रणनीतिक साझेदारी 2026 में दस वर्ष की हो जाएगी।",
    "date 2021-07-01 वर्ष 2017 में भारत-वियतनाम रणनीतिक साझेदारी के दस वर्ष पूरे हुए।",
])
def test_an_anniversary_or_an_age_dates_no_fact(rules, text):
    assert [f for f in findings(rules, text) if f.rule in {"date", "fact"}] == []
    for wrong in ("date 2021-07-01 भारत और वियतनाम की व्यापक रणनीतिक साझेदारी वर्ष 2017 में हुई।",
                  "date 2021-07-01 भारत और वियतनाम की व्यापक रणनीतिक साझेदारी साल 2017 में हुई।",
                  "date 2021-07-01 The Comprehensive Strategic Partnership between India and Vietnam "
                  "began in the year 2017."):
        assert texts_of(findings(rules, wrong, "fact")) == ["2017"]


@pytest.mark.parametrize("text", [
    "date 2024-08-02 The leaders adopted a plan of action for the comprehensive strategic partnership "
    "for the period 2024 to 2028 with Vietnam.",
    "date 2023-01-10 India and Vietnam signed a plan of action in 2020 to implement the comprehensive "
    "strategic partnership.",
    "date 2021-07-01 भारत और वियतनाम ने 2020 में व्यापक रणनीतिक साझेदारी के लिए कार्ययोजना अपनाई।",
])
def test_a_date_of_what_a_fact_is_the_object_of_is_not_the_facts(rules, text):
    assert findings(rules, text, "fact") == []


@pytest.mark.parametrize("text", [
    D + "Correction: An earlier version of this article said the strategic partnership with Vietnam "
        "was established in 2006. It was established in 2007.",
    D + "An earlier version misstated the year of the India-Vietnam virtual summit as 2019.",
])
def test_a_correction_names_the_mistake_it_corrects(rules, text):
    assert [f for f in findings(rules, text) if f.rule in {"date", "fact"}] == []


@pytest.mark.parametrize("text", [
    "date 2001-04-23 Last month Vietnam signed its first strategic partnership, with Russia.",
    "date 2012-08-10 Japan and Vietnam agreed in 2009 on a strategic partnership.",
    "date 2012-08-10 जापान और वियतनाम ने 2009 में रणनीतिक साझेदारी की।",
])
def test_a_cue_in_a_sentence_naming_another_country_is_not_the_facts(rules, text):
    assert findings(rules, text, "fact") == []
    assert texts_of(findings(rules, "date 2012-08-10 Indian and Vietnamese leaders became strategic "
                                    "partners in 2009.", "fact")) == ["2009"]


@pytest.mark.parametrize("text", [
    "date 2020-12-25 अक्टूबर 2010 में वियतनाम ने हनोई में पहली एडीएमएम-प्लस बैठक की मेजबानी की।",
    "date 2020-12-25 Vietnam hosted the first ADMM-Plus meeting in Hanoi in October 2010.",
    "date 2020-12-25 The 10th ADMM-Plus meeting in 2019 was in Bangkok.",
])
def test_one_of_a_series_is_not_the_event_the_packs_date(rules, text):
    assert findings(rules, text, "date") == []


def test_the_event_the_packs_date_is_still_checked(rules):
    text = "date 2020-12-25 Vietnam hosted the ADMM-Plus meeting in October 2010."
    assert [f.text for f in findings(rules, text, "date")] == ["October 2010"]


def test_a_relative_date_of_another_clause_beside_the_facts_own_year_is_not_the_facts(rules):
    text = ("date 2019-11-05 Vietnam, which takes over as ASEAN chair next year, has been a "
            "Comprehensive Strategic Partner of India since 2016.")
    assert findings(rules, text, "fact") == []
    # alone, a relative date is the fact's, and is checked
    text = "date 2021-07-01 India and Vietnam became Comprehensive Strategic Partners last year."
    assert [f.text for f in findings(rules, text, "fact")] == ["last year"]


@pytest.mark.parametrize("text", [
    # a wire dateline's day is the day the story was filed
    "date 2020-12-19 New Delhi [India], December 19 (ANI): Prime Minister Narendra Modi will hold a "
    "virtual summit with Vietnamese Prime Minister Nguyen Xuan Phuc on December 21.",
    "date 2020-12-19 नई दिल्ली, 19 दिसंबर (भाषा): प्रधानमंत्री नरेंद्र मोदी वियतनाम के प्रधानमंत्री के साथ "
    "21 दिसंबर को वर्चुअल शिखर सम्मेलन करेंगे।",
    # a page's time stamp on the line above: the page's, not the summit's
    "date 2020-12-18 PTI | New Delhi | Updated: 18-12-2020 23:32 IST\nModi will hold a virtual summit "
    "with his Vietnamese counterpart Nguyen Xuan Phuc on Monday.",
    # "Today's ceremony": the ceremony's day, not the partnership's
    "date 2023-07-23 Today's handing-over ceremony symbolises the strategic partnership between India "
    "and Vietnam.",
    "date 2022-06-08 Wednesday's signing reflects the comprehensive strategic partnership between India "
    "and Vietnam.",
])
def test_a_filing_day_a_page_stamp_or_another_nouns_day_dates_no_event(rules, text):
    assert [f for f in findings(rules, text) if f.rule in {"date", "fact"}] == []


@pytest.mark.parametrize(("text", "wrong"), [
    ("date 2020-12-19 Modi will hold a virtual summit with Vietnamese Prime Minister Nguyen Xuan Phuc "
     "on December 19.", "December 19"),
    ("date 2023-07-23 Today's ceremony marks the strategic partnership India and Vietnam began in 2009.",
     "2009"),
])
def test_the_events_own_day_is_still_checked(rules, text, wrong):
    assert [f.text for f in findings(rules, text) if f.rule in {"date", "fact"}] == [wrong]
