from __future__ import annotations

import datetime as dt

import pytest
from hypothesis import given
from hypothesis import strategies as st

from factcheck.dates import MAY_START_LIMIT, find_dates
from factcheck.text import sentences
from factcheck.yearless import doubt_years

from .conftest import base_date_words, findings, texts_of

BASE = dt.date(2021, 7, 1)


def read(text, base=BASE, lang="en"):
    return [(d.text, d.kind, d.value.label() if d.value else None)
            for d in find_dates(text, 0, len(text), base, lang, date_words=base_date_words())]


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
        ("on the last day of June", [("last day of June", "date", "2021-06-30")]),
        ("the first day of March", [("first day of March", "date", "2021-03-01")]),
        ("the last day of February", [("last day of February", "date", "2021-02-28")]),
        ("the first time", []),
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
        ("Ten years ago today, he went.", [("Ten years ago today", "relative", "2011-07-01")]),
        ("Ten years ago to the day, he went.", [("Ten years ago to the day", "relative", "2011-07-01")]),
        ("It is ten years today since he went.", [("ten years today", "relative", "2011-07-01")]),
        ("It is 2 years today that he went.", [("2 years today", "relative", "2019-07-01")]),
        ("दस साल पहले आज ही के दिन वह गए।", [("दस साल पहले आज ही के दिन", "relative", "2011-07-01")]),
        ("ten years ago, today's leaders", [("ten years ago", "relative", "2011"),
                                            ("today", "relative", "2021-07-01")]),
        ("For years today has meant little.", [("today", "relative", "2021-07-01")]),
        ("In FY18 and FY2016-17, and Q2FY20.", [("FY18", "range", "2017–2018"),
                                               ("FY2016-17", "range", "2016–2017"),
                                               ("Q2FY20", "range", "2019–2020")]),
        ("Last fiscal, it grew.", [("Last fiscal", "range", "2020–2021")]),
        ("this financial year", [("this financial year", "range", "2021–2022")]),
        ("पिछले वित्त वर्ष में", [("पिछले वित्त वर्ष", "range", "2020–2021")]),
        ("FY2016-18 is no fiscal year", []),
    ],
)
def test_anniversaries_and_fiscal_years(text, expected):
    assert read(text) == expected


def test_the_dates_read_do_not_depend_on_what_the_word_memo_holds():
    """The memo of which words may begin a date is cleared when full, at any
    point of a run: a text reads the same with it empty, warm, or over its limit,
    and a word the text writes many times is in it once it has been read."""
    text = ("Mr Rao said on 10 December 2020 that the plan, which began last month, "
            "would end by March 2022; he spoke again on Thursday. " * 3)
    memo = base_date_words().may_start
    memo.clear()
    cold = read(text)
    warm = read(text)
    memo.update({f"filler{n}": False for n in range(MAY_START_LIMIT + 1)})
    over = read(text)
    assert cold == warm == over
    assert [expr[0] for expr in cold].count("10 December 2020") == 3
    assert memo.get("december") is True and memo.get("rao") is False


def test_an_article_whose_words_fit_the_word_memos_finds_them_in_the_date_memo_when_checked_again():
    """A long article (1 MB of English news writes 16,800 distinct words) is
    not met by a memo it cleared itself: whatever its own words, up to the
    limit of the other per-word memos, stay for its next check."""
    from factcheck.text import MEMO_LIMIT

    words = " ".join(f"w{n}x" for n in range(MEMO_LIMIT - 100))
    memo = base_date_words().may_start
    memo.clear()
    read(words)
    memo["sentinel"] = False
    assert read(words + " on 10 December 2020") == [("10 December 2020", "date", "2020-12-10")]
    assert "sentinel" in memo and "w0x" in memo


_SHIFT_WORDS = st.sampled_from(["this", "This", "THIS", "last", "next", "coming", "previous", "past", "इस",
                                "पिछले", "अगले", "आगामी", "in", "two"])
_AFTER_SHIFT = st.sampled_from(["week", "Week", "WEEK", "weeks", "month", "year", "years", "day", "Monday",
                                "monday", "Tue", "Thursday's", "May", "Sept.", "sept", "December", "time",
                                "said", "the", "2020", "10", "साल", "वर्ष", "हफ़्ते", "हफ्ते", "बार", "सोमवार",
                                "दिसंबर", "महीने", "ago", "of", "-", ",", ""])
_BETWEEN = st.sampled_from([" ", "  ", "\t", "\u00a0", "-", " - ", "\n", ", ", ""])


@given(st.lists(st.tuples(_SHIFT_WORDS, _BETWEEN, _AFTER_SHIFT, _BETWEEN), min_size=1, max_size=4))
def test_a_shift_word_begins_a_date_only_before_a_month_a_unit_or_a_weekday(parts):
    """"this", "last", "इस" are passed over unless the next word is a month, a unit or
    a weekday: the dates read are those read when every one of them is tried."""
    import factcheck.dates as module

    text = "".join(f"{shift}{gap}{word}{after}" for shift, gap, word, after in parts) + " x"
    saved = module.SHIFTS
    module.SHIFTS = frozenset()
    try:
        tried = read(text)
    finally:
        module.SHIFTS = saved
    assert read(text) == tried


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("27 नवंबर, 2020 को", [("27 नवंबर, 2020", "date", "2020-11-27")]),
        ("10 दिसंबर 2020 को", [("10 दिसंबर 2020", "date", "2020-12-10")]),
        ("१० दिसंबर २०२० को", [("१० दिसंबर २०२०", "date", "2020-12-10")]),
        ("पिछले साल दिसंबर में", [("पिछले साल दिसंबर", "relative", "December 2020")]),
        ("पिछले महीने", [("पिछले महीने", "relative", "June 2021")]),
        ("गुरुवार को", [("गुरुवार", "weekday", "2021-07-01")]),
        ("जून के आखिरी दिन", [("जून के आखिरी दिन", "date", "2021-06-30")]),
        ("मार्च की पहली तारीख को", [("मार्च की पहली तारीख", "date", "2021-03-01")]),
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
    ("text", "suggestion"),
    [
        ("The leaders met on Wednesday, 10 December 2020 in Hanoi.", "Thursday"),
        ("They met on Friday, December 10, 2020.", "Thursday"),
        ("बैठक बुधवार, 10 दिसंबर 2020 को हुई।", "गुरुवार"),
    ],
)
def test_weekday_contradicting_its_date_is_an_error_at_the_weekday(rules, text, suggestion):
    (found,) = findings(rules, text, "date")
    assert found.severity == "error"
    assert found.text == text[found.start:found.end]
    assert found.text in {"Wednesday", "Friday", "बुधवार"}
    assert found.suggestion == suggestion


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
    ("date 2020-06-01 The pact was signed on 29 May (Thursday).", "Thursday", "Friday"),
    ("date 2020-06-01 The pact was signed on Thursday (29 May).", "Thursday", "Friday"),
    ("date 2020-06-01 It was signed on May 29, a Thursday.", "Thursday", "Friday"),
    ("date 2020-06-01 He was born on 17 September 1950, a Monday.", "Monday", "Sunday"),
    ("date 2020-06-01 28 मई (शुक्रवार) को बैठक हुई।", "शुक्रवार", "गुरुवार"),
    ("date 2020-06-01 1 जून, रविवार को बैठक हुई।", "रविवार", "सोमवार"),
])
def test_a_weekday_written_beside_its_date_is_checked(rules, text, wrong, suggestion):
    [found] = findings(rules, text, "date")
    assert (found.text, found.suggestion) == (wrong, suggestion)


# 3 March 2020 was a Tuesday. Each common way of writing a weekday with its
# date, in English and Hindi: written right it is clean, written wrong it is
# one finding at the weekday, suggesting the right one in the same form
# (a short one as the three-letter short form).
WEEKDAY_FORMS = [
    ("The hearing opened on {} 3 March 2020 in the high court.", "Tue,", "Wed,", "Tue"),
    ("The hearing opened on {} (March 3) in the high court.", "Tuesday", "Wednesday", "Tuesday"),
    ("The hearing opened on {} March 3, 2020 in the high court.", "Tuesday,", "Thursday,", "Tuesday"),
    ("The hearing opened on {} 3 March in the high court.", "Tuesday,", "Monday,", "Tuesday"),
    ("The hearing opened {} 3 March in the high court.", "Tue.", "Thurs.", "Tue"),
    ("The hearing opened {} 3 March in the high court.", "Tues.", "Wed.", "Tue"),
    ("The hearing opened {} 3 MARCH 2020 in the high court.", "TUE", "SAT", "TUE"),
    ("The hearing opened on 3 March ({}) in the high court.", "Tue", "Sun", "Tue"),
    ("The hearing opened on March 3, {} in the high court.", "Tuesday,", "Sunday,", "Tuesday"),
    ("Hearings: Day 1 (3rd March, {}) and Day 2.", "Tuesday", "Saturday", "Tuesday"),
    ("Hearings will resume this {} March 3, in the high court.", "Tuesday,", "Wednesday,", "Tuesday"),
    ("हाई कोर्ट में सुनवाई {} 3 मार्च 2020 को शुरू हुई।", "मंगलवार,", "बुधवार,", "मंगलवार"),
    ("हाई कोर्ट में सुनवाई 3 मार्च ({}) को शुरू हुई।", "मंगलवार", "गुरुवार", "मंगलवार"),
    ("हाई कोर्ट में सुनवाई {} (3 मार्च) को शुरू हुई।", "मंगलवार", "शुक्रवार", "मंगलवार"),
    ("हाई कोर्ट में सुनवाई 3 मार्च, {} को शुरू हुई।", "मंगलवार", "शनिवार", "मंगलवार"),
]


@pytest.mark.parametrize(("template", "right", "wrong", "suggestion"), WEEKDAY_FORMS)
def test_every_common_weekday_form_that_agrees_is_clean(rules, template, right, wrong, suggestion):
    assert findings(rules, "date 2020-03-05 " + template.format(right), "date") == []


@pytest.mark.parametrize(("template", "right", "wrong", "suggestion"), WEEKDAY_FORMS)
def test_every_common_weekday_form_that_disagrees_is_one_finding_at_the_weekday(
        rules, template, right, wrong, suggestion):
    text = "date 2020-03-05 " + template.format(wrong)
    (found,) = findings(rules, text, "date")
    word = wrong.rstrip(",.")
    assert (found.text, found.start) == (word, text.index(word))
    assert found.suggestion == suggestion


@pytest.mark.parametrize("text", [
    # short weekdays that are words or names, not weekdays
    "date 2020-03-05 Sun Pharma shares rose on 4 March 2020.",
    "date 2020-03-05 Sat Paul, the coach, arrived on 4 March.",
    "date 2020-03-05 The couple will Wed to 4 March guests.",
    "date 2020-03-05 The couple wed 4 March 2020 in Goa.",
    "date 2020-03-05 The Sun, 4 March 2020, carried the story.",
    "date 2020-03-05 The Toronto Sun (4 March) carried the story.",
    "date 2020-03-05 Mon, the youngest, left on 4 March.",
    # a weekday beside a month, which has no one weekday
    "date 2020-03-05 The budget of March 2020 (Mon) was passed.",
    "date 2020-03-05 The budget of March 2020, a Monday, was passed.",
    # a weekday after the date's comma that begins another clause
    "date 2020-03-05 On March 4, Tuesday's hearing was put off.",
    "date 2020-03-05 By March 4, Monday was chosen for the vote.",
])
def test_weekday_words_not_attached_to_a_date_are_not_read_as_its_weekday(rules, text):
    assert findings(rules, text, "date") == []


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


@pytest.mark.parametrize("text", [
    "date 2022-05-26 Eight years ago, on Monday, May 26, the ceremony drew leaders.",
    "date 2022-05-26 In 2014, Modi took oath on a Monday, May 26, four days after.",
    "date 2022-05-26 आठ साल पहले सोमवार, 26 मई को शपथ हुई।",
])
def test_a_weekday_of_a_date_without_its_year_is_not_checked_when_the_sentence_says_another_year(
        rules, text):
    assert findings(rules, text, "date") == []
    assert [f.text for f in findings(rules, "date 2022-05-26 In 2022, the rally was on Tuesday, May 23.",
                                     "date")] == ["Tuesday"]


@pytest.mark.parametrize("text", [
    "date 2022-04-25 Johnson was in India on Thursday and Friday, April 21 and 22.",
    "date 2021-03-28 Modi was in Bangladesh on Friday and Saturday, March 26 and 27.",
])
def test_weekdays_listed_before_days_listed_are_not_paired_crosswise(rules, text):
    assert findings(rules, text, "date") == []
    wrong = "date 2022-06-10 He was in Vietnam on Thursday, June 8, and left."
    assert [f.text for f in findings(rules, wrong, "date")] == ["Thursday"]


@pytest.mark.parametrize("text", [
    "date 2021-03-10 Banks shut from March 13 to 16: March 13 is the second Saturday, March 14 is a Sunday.",
    "date 2021-03-10 March 13 is the second Saturday, March 14 a Sunday, and both are holidays.",
    "date 2021-03-10 The fair opens on the first Saturday, 13 March (Saturday) being its first day too.",
    "date 2022-08-10 Holidays: the second Saturday, 14 August (Sunday) and 15 August (Monday).",
    "date 2021-03-10 13 मार्च को दूसरा शनिवार है, 14 मार्च रविवार है।",
])
def test_a_weekday_before_a_date_that_states_its_own_weekday_is_not_the_dates(rules, text):
    assert findings(rules, text, "date") == []
    assert [f.text for f in findings(rules, "date 2021-03-10 Banks shut on Saturday, March 14, for a strike.",
                                     "date")] == ["Saturday"]


@pytest.mark.parametrize("text", [
    "date 2023-05-20 India tested on Monday, May 11, 1998, and again on Wednesday, May 13, at Pokhran.",
    "date 2024-01-05 Modi arrived on Friday, September 2, 2016, and signed it on Saturday, September 3.",
])
def test_a_yearless_date_after_another_years_day_in_its_sentence_is_not_checked(rules, text):
    assert findings(rules, text, "date") == []
    assert [f.text for f in findings(rules, "date 2022-06-10 He came on Monday, June 6, 2022, and left on "
                                            "Thursday, June 8.", "date")] == ["Thursday"]


@pytest.mark.parametrize("text", [
    "date 2021-09-11 Twenty years have passed since 2001. The attacks of Tuesday, September 11, killed "
    "nearly 3,000 people.",
    "date 2020-08-06 The temple rite was on Wednesday, August 5. Exactly a year earlier, on Monday, "
    "August 5, the resolution was moved.",
    "date 2020-08-06 ठीक एक साल पहले, सोमवार 5 अगस्त को प्रस्ताव पेश हुआ था।",
    "date 2021-12-01 In March 2020, the government fell. Kamal Nath resigned on Friday, March 20.",
    "date 2022-03-15 The 2018 election was close.\n\nOn Wednesday, May 23, Kumaraswamy took oath.",
    # a year named earlier in the same sentence, with a month
    "date 2022-01-05 Jayalalithaa was admitted to Apollo Hospitals in September 2016 and died on the "
    "night of Monday, December 5.",
    "date 2022-07-20 He resigned from the Cabinet in July 2017 and won the election on Saturday, August 5.",
    # a year the article named paragraphs before
    "date 2022-01-05 Parrikar's story began in May 2014.\n\nHe was a chief minister then. Goa voted. "
    "The party won.\n\nSix months later, on Sunday, November 9, he took oath in Delhi.",
])
def test_a_weekday_right_in_a_year_the_text_points_to_is_not_checked_against_the_datelines(rules, text):
    assert findings(rules, text, "date") == []


@pytest.mark.parametrize(("text", "wrong"), [
    ("date 2021-09-11 Twenty years have passed since 2001. The attacks of Wednesday, September 11, "
     "killed nearly 3,000 people.", "Wednesday"),
    ("date 2020-08-06 Exactly a year earlier, on Tuesday, August 5, the resolution was moved.", "Tuesday"),
])
def test_a_weekday_wrong_in_every_year_the_text_points_to_is_still_reported(rules, text, wrong):
    assert [f.text for f in findings(rules, text, "date")] == [wrong]


def test_a_correction_names_the_wrong_weekday_it_corrects(rules):
    text = ("date 2018-10-05 Correction: An earlier version of this article misstated the day of the "
            "ceremony as Tuesday, October 3. It took place on Wednesday, October 3.")
    assert findings(rules, text, "date") == []
    text = "date 2018-10-05 The ceremony took place on Tuesday, October 3."
    assert [f.text for f in findings(rules, text, "date")] == ["Tuesday"]


def test_a_wrong_weekday_in_a_forward_a_fact_check_quotes_is_not_reported(rules):
    text = ("date 2016-11-10 FACT CHECK: A viral WhatsApp forward reads: \"On Monday, 8 November 2016, "
            "at 8 pm, PM Modi announced demonetisation.\" 8 November 2016 was a Tuesday.")
    assert findings(rules, text, "date") == []
    # the same weekday in the article's own words is reported
    text = "date 2016-11-10 On Monday, 8 November 2016, at 8 pm, PM Modi announced demonetisation."
    assert [f.text for f in findings(rules, text, "date")] == ["Monday"]


@pytest.mark.parametrize(("text", "day"), [
    ("वित्त मंत्री निर्मला सीतारमण सोमवार सुबह 11 बजे लोकसभा में बजट पेश करेंगी।", "2021-07-05"),
    ("सोमवार को बैठक होगी।", "2021-07-05"),
    ("सोमवार को हुई बैठक में तय हुआ कि कल फैसला होगा।", "2021-06-28"),
    ("सोमवार सुबह 11 बजे बैठक हुई।", "2021-06-28"),
])
def test_a_hindi_weekday_takes_the_tense_of_its_clauses_verb(text, day):
    assert [value for _, _, value in read(text, lang="hi")] == [day]


@pytest.mark.parametrize(("text", "day"), [
    # the auxiliary far before the weekday, nothing of the past between
    ("President Kovind will host a banquet for the visiting leader in New Delhi on Tuesday.", "2021-07-06"),
    ("The board said it will announce the results of the first quarter at its meeting on Tuesday.",
     "2021-07-06"),
    ("The Chief Minister shall lay the foundation stone at 10 a.m. on Tuesday.", "2021-07-06"),
    ("The envoy said she'll present her credentials to the President of India on Tuesday.", "2021-07-06"),
    # a verb of the past, or a new sentence, between the auxiliary and the weekday
    ("The governor, who will retire soon, inaugurated the bridge over the river on Tuesday.",
     "2021-06-29"),
    ("The leader, who will step down soon, spoke in the House on Tuesday.", "2021-06-29"),
    ("He says he will not resign. On Tuesday the party met.", "2021-06-29"),
    ("Against the will of the council, the mayor signed the order on Tuesday.", "2021-06-29"),
    ("Ministers will be judged by what the Cabinet approved on Tuesday.", "2021-06-29"),
    ("The minister said on Tuesday that he will resign.", "2021-06-29"),
    # a passive future, and a headline's or a plan's "to" before a verb
    ("Murmu, who will be sworn in as President on Tuesday by the Chief Justice, met him.", "2021-07-06"),
    ("Murmu was sworn in on Tuesday.", "2021-06-29"),
    ("Kovind to take oath as President on Tuesday", "2021-07-06"),
    ("KOVIND TO TAKE OATH AS PRESIDENT ON TUESDAY", "2021-07-06"),
    ("The President is to visit Hanoi on Tuesday.", "2021-07-06"),
    ("Modi went to Delhi on Tuesday.", "2021-06-29"),
    ("He wanted to meet the minister on Tuesday.", "2021-06-29"),
    ("According to officials, the meeting was held on Tuesday.", "2021-06-29"),
    # the auxiliary right after the weekday: "A on Tuesday will ..."
    ("The Speaker on Tuesday will open the debate on the farm Bills.", "2021-07-06"),
    ("The tribunal on Tuesday is set to deliver its verdict in the land case.", "2021-07-06"),
    ("The tribunal on Tuesday is to hear the land case.", "2021-07-06"),
    ("The tribunal on Tuesday heard the land case and will rule soon.", "2021-06-29"),
    ("The tribunal met on Tuesday. It will rule soon.", "2021-06-29"),
    ("The tribunal on Tuesday said it will rule soon.", "2021-06-29"),
])
def test_an_english_weekday_takes_the_tense_of_its_clauses_auxiliary(text, day):
    assert [value for _, _, value in read(text)] == [day]


# --- reviews of a year: a weekday picks the year, a month heads its line ------------------------

REVIEW = "---\ndate: {date}\n{lang}---\n{body}\n"


def review(rules, date, body, lang=""):
    text = REVIEW.format(date=date, body=body, lang=f"lang: {lang}\n" if lang else "")
    return [(f.rule, f.severity, f.text) for f in findings(rules, text) if f.severity in {"error", "warning"}]


@pytest.mark.parametrize(("date", "body", "lang"), [
    ("2015-12-30", "Delhi got a new government when Arvind Kejriwal was sworn in as Chief Minister on "
                   "February 14, a Saturday.", ""),
    ("2017-12-28", "MARCH: Amarinder Singh was sworn in as Punjab Chief Minister on March 16, a "
                   "Thursday.", ""),
    ("2018-01-01", "बीता साल: ४ जनवरी, बुधवार को जगदीश सिंह खेहर मुख्य न्यायाधीश बने।", "hi"),
    ("2019-12-30", "गोयल का अंतरिम बजट 1 फरवरी, शुक्रवार को आया।", "hi"),
])
def test_a_weekday_of_the_same_day_a_year_back_places_a_day_read_ahead_there(rules, date, body, lang):
    assert review(rules, date, body, lang) == []


@pytest.mark.parametrize(("date", "body", "wrong"), [
    ("2015-12-30", "The minister will visit on February 14, a Monday.", "Monday"),  # neither year's
    ("2018-03-20", "The Chief Minister spoke on March 16, a Thursday.", "Thursday"),  # a day gone by
    # a year back's weekday, but the day is told as coming, a deadline or a start
    ("2015-12-30", "The minister will visit on February 14, a Saturday.", "Saturday"),
    ("2015-12-30", "The minister set a deadline of February 14, a Saturday.", "Saturday"),
    ("2015-12-30", "The airline said it suspended flights from February 14, a Saturday.", "Saturday"),
    ("2015-12-30", "सुनवाई 14 फरवरी, शनिवार को होगी।", "शनिवार"),
    ("2015-12-30", "मंत्री ने 14 फरवरी, शनिवार तक रिपोर्ट देने के निर्देश दिए।", "शनिवार"),
])
def test_a_weekday_of_no_year_near_or_of_a_day_gone_by_is_still_wrong(rules, date, body, wrong):
    assert review(rules, date, body) == [("date", "error", wrong)]


@pytest.mark.parametrize(("date", "body", "lang"), [
    ("2014-12-31", "JANUARY: Prime Minister Manmohan Singh held his last big press conference.", ""),
    ("2019-12-29", "फरवरी: अंतरिम वित्त मंत्री पीयूष गोयल ने बजट पेश किया।", "hi"),
    ("2019-12-30", "नवंबर: 9 तारीख, शनिवार को मुख्य न्यायाधीश रंजन गोगोई की पीठ ने फैसला सुनाया।", "hi"),
])
def test_a_month_heading_its_line_dates_it(rules, date, body, lang):
    assert review(rules, date, body, lang) == []


def test_the_year_gone_by_written_as_a_year_ends_is_a_guess(rules):
    body = "बीते साल के अहम फैसले: गृह मंत्री अमित शाह ने राज्यसभा में प्रस्ताव रखा।"
    assert review(rules, "2019-12-28", body, "hi") == []
    assert review(rules, "2019-11-20", body, "hi") == [("office-holder", "error", "अमित शाह")]


def test_a_month_heading_still_dates_a_wrong_holder(rules):
    body = "JANUARY: Prime Minister Narendra Modi held his last big press conference."
    assert review(rules, "2014-12-31", body) == [("office-holder", "error", "Narendra Modi")]
    unheaded = "The meeting: Prime Minister Manmohan Singh held his last big press conference."
    assert review(rules, "2014-12-31", unheaded) == [("office-holder", "error", "Manmohan Singh")]


@pytest.mark.parametrize(("text", "expected"), [
    ("30 जून और 1 जुलाई 2017 की दरम्यानी रात", ["2017-06-30", "2017-07-01"]),
    ("on June 30 and July 1, 2017", ["2017-06-30", "2017-07-01"]),
    ("from 30 December to 1 January 2017", ["2016-12-30", "2017-01-01"]),
])
def test_a_yearless_day_joined_to_a_dated_one_takes_its_year(text, expected):
    words = base_date_words()
    found = find_dates(text, 0, len(text), dt.date(2020, 7, 1), "hi" if "जून" in text else "en",
                       date_words=words)
    resolved = doubt_years(text, found, sentences(text), dt.date(2020, 7, 1))
    assert [d.value.label() for d in resolved] == expected


def test_a_yearless_day_not_joined_to_a_dated_one_keeps_its_reading(rules):
    text = "on June 30, and in July 2017"
    found = find_dates(text, 0, len(text), dt.date(2020, 7, 1), "en", date_words=base_date_words())
    resolved = doubt_years(text, found, sentences(text), dt.date(2020, 7, 1))
    assert resolved[0].value.label() == "2020-06-30"
