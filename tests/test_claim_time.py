"""The time each claim is about: the date governing its clause, relative
dates resolved once, sentences, carried event dates, then/former, counterparts."""

from __future__ import annotations

import datetime as dt
import functools

import pytest
from hypothesis import given
from hypothesis import strategies as st

import factcheck
from factcheck.analysis import analyse
from factcheck.articles import article_from_text
from factcheck.dates import find_dates
from factcheck.text import sentences

from .conftest import ENGLISH_SEED, base_date_words, error_texts, findings, pack_rules


def office_errors(rules, text):
    return [f.text for f in findings(rules, text, "office-holder") if f.severity == "error"]


def claim_times(rules, text):
    article = article_from_text(text, "a.txt")
    analysis = analyse(article, rules.knowledge, rules.gazetteer, rules.readers)
    return {text[c.span[0]:c.span[1]]: (c.time.source, c.time.value.label() if c.time.value else None)
            for c in analysis.claims_of("holds-office")}


# --- dates that govern the claim's clause -------------------------------------

@pytest.mark.parametrize("text", [
    "date 2020-06-01 In 2016, Finance Minister Arun Jaitley presented the budget.",
    "date 2020-06-01 On 1 February 2017, Finance Minister Arun Jaitley presented the budget.",
    "date 2020-06-01 Finance Minister Arun Jaitley presented the budget on 1 February 2017.",
    "date 2020-06-01 Ten years after Finance Minister Pranab Mukherjee presented it on "
    "February 26, 2010, the budget is remembered.",
    "date 2020-06-01 वर्ष 2016 में गृह मंत्री राजनाथ सिंह ने कहा।",
    "date 2020-06-01 1 फरवरी 2017 को गृह मंत्री राजनाथ सिंह ने कहा।",
])
def test_a_date_governing_the_clause_dates_the_claim(rules, text):
    assert office_errors(rules, text) == []
    undated = text.replace("In 2016, ", "").replace("On 1 February 2017, ", "")
    for date in (" on 1 February 2017", "Ten years after ", " on February 26, 2010,",
                 "वर्ष 2016 में ", "1 फरवरी 2017 को "):
        undated = undated.replace(date, "")
    assert len(office_errors(rules, undated)) == 1  # the same claim, at the dateline, is wrong


@pytest.mark.parametrize(("text", "wrong"), [
    ("date 2020-06-01 Finance Minister Arun Jaitley recalled the 2016 budget.", "Arun Jaitley"),
    ("date 2020-06-01 Defence Minister Nirmala Sitharaman, who joined the party in 2008, spoke.",
     "Nirmala Sitharaman"),
    ("date 2020-06-01 Finance Minister Arun Jaitley has led the party since 2014.", "Arun Jaitley"),
    ("date 2020-06-01 गृह मंत्री राजनाथ सिंह ने 2016 के बजट को याद किया।", "राजनाथ सिंह"),
    ("date 2020-06-01 गृह मंत्री राजनाथ सिंह, जो 2016 में मंत्री थे, ने कहा।", "राजनाथ सिंह"),
    ("date 2020-06-01 गृह मंत्री राजनाथ सिंह 2014 से काम कर रहे हैं।", "राजनाथ सिंह"),
    ("date 2020-06-01 Finance Minister Arun Jaitley praised the Joint Vision Statement of 2015-20.",
     "Arun Jaitley"),
])
def test_a_date_belonging_to_something_else_does_not_date_the_claim(rules, text, wrong):
    assert office_errors(rules, text) == [wrong]


@pytest.mark.parametrize(("text", "wrong"), [
    ("date 2019-06-10 In 2012, when Manmohan Singh was Prime Minister, the deal was signed; Defence "
     "Minister Rajnath Singh said on Monday that it still stands.", []),
    ("date 2020-06-01 In 2008 the treaty was signed; Finance Minister Nirmala Sitharaman now defends it.",
     []),
    ("date 2021-07-01 In 2016, the talks failed; Home Minister Amit Shah revived them.", []),
    # before the semicolon, the opening date is the claim's own
    ("date 2020-06-01 In 2016, Finance Minister Nirmala Sitharaman presented the budget; the opposition "
     "walked out.", ["Nirmala Sitharaman"]),
])
def test_a_date_opening_a_sentence_does_not_date_a_claim_after_its_semicolon(rules, text, wrong):
    assert office_errors(rules, text) == wrong


def test_a_retrospective_sentence_in_a_pack_written_from_the_docs(tmp_path):
    rules = pack_rules(tmp_path, """
        pack: cabinet
        entities:
          - {id: freedonia, type: country, names: {en: [Freedonia]}, demonyms: {en: [Freedonian]}}
          - {id: ann-lee, type: person, country: freedonia, names: {en: [Ann Lee]}}
          - {id: bo-chan, type: person, country: freedonia, names: {en: [Bo Chan]}}
        offices:
          - {id: freedonia-president, country: freedonia, names: {en: [President]}}
        tenures:
          - {person: ann-lee, office: freedonia-president, start: 2009-01-20, end: 2017-01-20}
          - {person: bo-chan, office: freedonia-president, start: 2017-01-20}
        checks:
          - {id: office-holder, kind: office-holder}
        """)

    def errors(text):
        return error_texts(rules, "date 2020-04-08 " + text)

    assert errors("Ten years after President Ann Lee signed the treaty in Prague on April 8, 2010, "
                  "the treaty holds.") == []
    assert errors("On April 8, 2010, President Ann Lee signed the treaty.") == []
    assert errors("In 2010, Freedonian President Ann Lee signed the treaty.") == []
    assert errors("President Ann Lee recalled the 2010 treaty.") == ["Ann Lee"]
    assert errors("President Bo Chan, who signed the treaty in 2010, spoke.") == []


# --- relative expressions -------------------------------------------------------

BASE = dt.date(2021, 7, 1)  # a Thursday


@pytest.mark.parametrize(("text", "lang", "expected"), [
    ("He spoke last Thursday.", "en", "2021-06-24"),
    ("He spoke on Thursday.", "en", "2021-07-01"),
    ("He spoke on Monday.", "en", "2021-06-28"),
    ("He will visit Hanoi on Friday.", "en", "2021-07-02"),
    ("He will speak next Monday.", "en", "2021-07-05"),
    ("In December, he spoke.", "en", "December 2020"),
    ("Last December he spoke.", "en", "December 2020"),
    ("He spoke in December last year.", "en", "December 2020"),
    ("He spoke last year.", "en", "2020"),
    ("He spoke two years ago.", "en", "2019"),
    ("Twenty-five years ago, he spoke.", "en", "1996"),
    ("He spoke twenty five years ago.", "en", "1996"),
    ("He spoke forty-two years ago.", "en", "1979"),
    ("He spoke a week ago.", "en", "2021-06-24"),
    ("He spoke earlier this month.", "en", "July 2021"),
    ("He spoke on 27 November.", "en", "2020-11-27"),
    ("वह पिछले गुरुवार को बोले।", "hi", "2021-06-24"),
    ("वह पिछली बार नहीं, पिछले साल बोले।", "hi", "2020"),
    ("गत वर्ष उन्होंने कहा।", "hi", "2020"),
    ("वे अगले सोमवार को आएंगे।", "hi", "2021-07-05"),
    ("वे शुक्रवार को वियतनाम जाएंगे।", "hi", "2021-07-02"),
    ("दिसंबर में उन्होंने कहा।", "hi", "December 2020"),
    ("दो साल पहले उन्होंने कहा।", "hi", "2019"),
    ("आगामी सप्ताह बैठक होगी।", "hi", "the week of 2021-07-05"),
])
def test_relative_expressions_resolve_against_the_dateline(text, lang, expected):
    found = [d for d in find_dates(text, 0, len(text), BASE, lang, date_words=base_date_words())
             if d.value is not None]
    assert [d.value.label() for d in found][-1:] == [expected]


def test_without_a_dateline_relative_dates_count_from_the_first_full_date(rules):
    # the first full date is the summit's, not known to be the article's: what is counted from it is a guess
    text = ("The summit opened on 10 December 2020. A year ago Defence Minister Nirmala Sitharaman "
            "had visited.")
    assert claim_times(rules, text)["Nirmala Sitharaman"] == ("yearless", "2019")
    assert office_errors(rules, text) == []
    headed = "New Delhi, 10 December 2020: The summit opened. A year ago Defence Minister Nirmala " \
             "Sitharaman had visited."
    assert claim_times(rules, headed)["Nirmala Sitharaman"] == ("relative", "2019")


def _resolved(rules, text):
    article = article_from_text(text, "a.txt")
    analysis = analyse(article, rules.knowledge, rules.gazetteer, rules.readers)
    return {d.text: d.value.label() for d in analysis.dates if d.value is not None}


@pytest.mark.parametrize(("text", "phrase", "expected"), [
    ("date 2008-01-01 VIETNAM ENDS ITS YEAR\n\nHANOI, Dec 31 (Reuters) - Investors pledged "
     "a record this year.", "this year", "2007"),
    ("date 2008-01-01 NEW DELHI, Dec 30: The Cabinet met on Monday.", "Monday", "2007-12-24"),
    ("date 2008-01-01 नई दिल्ली, 31 दिसंबर (भाषा) इस साल निवेश बढ़ा।", "इस साल", "2007"),
    ("date 2020-12-25 नई दिल्ली, 24 दिसंबर। तीन दिन पहले शिखर सम्मेलन हुआ।", "तीन दिन पहले", "2020-12-21"),
    ("date 2017-02-12 Greater Noida, Feb 11 (PTI) The court met today.", "today", "2017-02-11"),
])
def test_a_wire_datelines_day_before_publication_is_the_storys_own(rules, text, phrase, expected):
    assert _resolved(rules, text)[phrase] == expected


@pytest.mark.parametrize("text", [
    # not a dateline: a sentence about a day, no agency or dash after it
    "date 2008-01-01 For Munne Bharti, Dec 28 was a quiet day this year.",
    # a day after publication, or weeks before it: not the story's day
    "date 2008-01-01 HANOI, Jan 3 (Reuters) - Investors pledged a record this year.",
    "date 2008-01-20 HANOI, Dec 31 (Reuters) - Investors pledged a record this year.",
    # not the article's first date
    "date 2008-01-01 On 2 January 2008 it rained. HANOI, Dec 31 (Reuters) - A record this year.",
])
def test_other_days_near_the_start_do_not_move_the_story(rules, text):
    assert _resolved(rules, text)["this year"] == "2008"


@pytest.mark.parametrize("text", [
    "date 2008-10-22 The mission was approved in 2003, the year Prime Minister Atal Bihari Vajpayee "
    "announced it in his speech on August 15.",
    "date 2018-05-11 सोमवार, ११ मई १९९८ को पोखरण में परीक्षण हुए। तत्कालीन प्रधानमंत्री अटल बिहारी वाजपेयी "
    "ने ११ मई की शाम इसकी घोषणा की थी।",
    "date 2018-05-11 On Monday, May 11, 1998, India tested. Prime Minister Atal Bihari Vajpayee "
    "announced it on May 11.",
])
def test_a_day_without_its_year_beside_another_year_dates_no_claim_for_certain(rules, text):
    assert office_errors(rules, text) == []
    assert [t[0] for t in claim_times(rules, text).values()] == ["yearless"]


def test_a_day_without_its_year_alone_takes_the_datelines_year(rules):
    text = "date 2008-10-22 Prime Minister Atal Bihari Vajpayee announced it on August 15."
    assert office_errors(rules, text) == ["Atal Bihari Vajpayee"]


def test_a_weekday_is_still_checked_beside_a_year_of_another_thing(rules):
    text = ("date 1987-03-02 The bond is due March 31, 1992. The payment date is Saturday, March 31. "
            "The film started in 1980 and opens on Saturday, May 26.")
    assert [f.text for f in findings(rules, text, "date")] == ["Saturday", "Saturday"]


@pytest.mark.parametrize("text", [
    "date 2020-03-24 Under the Disaster Management Act, 2005, Home Minister Amit Shah chairs the authority.",
    "date 2020-03-24 आपदा प्रबंधन अधिनियम, 2005 के तहत गृह मंत्री अमित शाह प्राधिकरण की अध्यक्षता करते हैं।",
])
def test_the_year_a_law_is_cited_with_dates_no_claim(rules, text):
    assert [t[0] for t in claim_times(rules, text).values()] == ["dateline"]


def test_the_date_check_uses_the_same_resolution(rules):
    text = "date 2021-07-01 In December at the India-Vietnam Virtual Summit, Modi spoke."
    assert [f.text for f in findings(rules, text, "date")] == []
    text = "date 2021-07-01 Last month at the India-Vietnam Virtual Summit, Modi spoke."
    assert [f.text for f in findings(rules, text, "date")] == ["Last month"]


# --- sentences ----------------------------------------------------------------------

@pytest.mark.parametrize("text", [
    "Sen. Smith met Gen. Rawat and Lt. Col. Rao on Jan. 5 in the U.S. capital.",
    "Dr. S. Jaishankar met Y. S. Jagan Mohan Reddy in the U.K. office.",
    "Maj. Capt. Sgt. Adm. Amb. Mr. Mrs. Ms. Prof. Jr. Sr. St. Rep. Gov. and Sept. Dec. Feb. all stay.",
])
def test_abbreviations_and_initials_never_end_a_sentence(text):
    assert len(sentences(text)) == 1


def test_a_sentence_still_ends_after_a_number():
    assert len(sentences("He arrived on Jan. 5. The talks began.")) == 2


# --- carried dates and generic events -----------------------------------------------

def test_the_seed_phuc_sentence_is_dated_by_the_paragraphs_summit(rules):
    times = claim_times(rules, ENGLISH_SEED.read_text(encoding="utf-8"))
    assert times["Nguyen Xuan Phuc"] == ("carried", "December 2020")


def test_a_date_carries_only_within_the_paragraph_and_the_same_event(rules):
    same = ("date 2021-07-01 In December last year at the bilateral summit, Modi spoke. At the summit, "
            "Vietnamese Prime Minister Nguyen Xuan Phuc agreed.")
    assert office_errors(rules, same) == []
    other_event = ("date 2021-07-01 In December last year at the bilateral summit, Modi spoke. In a "
                   "statement, Vietnamese Prime Minister Nguyen Xuan Phuc agreed.")
    assert office_errors(rules, other_event) == ["Nguyen Xuan Phuc"]
    other_paragraph = ("date 2021-07-01 In December last year at the bilateral summit, Modi spoke.\n\nAt "
                       "the summit, Vietnamese Prime Minister Nguyen Xuan Phuc agreed.")
    assert office_errors(rules, other_paragraph) == ["Nguyen Xuan Phuc"]


def test_a_generic_event_name_dates_a_claim_only_when_the_articles_time_fits(rules):
    # "virtual summit" names the 2020-12-21 summit in the packs; an article of
    # 2020-06 cannot be about it.
    text = "date 2020-06-01 At a virtual summit, Vietnamese Prime Minister Pham Minh Chinh spoke."
    assert office_errors(rules, text) == ["Pham Minh Chinh"]
    times = claim_times(rules, text)
    assert times["Pham Minh Chinh"][0] == "dateline"


# --- then, former ------------------------------------------------------------------

@pytest.mark.parametrize(("text", "wrong"), [
    ("date 2020-06-01 Former Finance Minister Nirmala Sitharaman spoke.", ["Nirmala Sitharaman"]),
    ("date 2020-06-01 पूर्व वित्त मंत्री निर्मला सीतारमण ने कहा।", ["निर्मला सीतारमण"]),
    ("date 2020-06-01 Former Defence Minister Nirmala Sitharaman spoke.", []),
    ("date 2020-06-01 पूर्व रक्षा मंत्री निर्मला सीतारमण ने कहा।", []),
    ("date 2020-06-01 Former Finance Minister Amit Shah spoke.", []),  # no known tenure: info
    ("date 2020-06-01 Nirmala Sitharaman, a former minister, met Defence Minister Rajnath Singh.", []),
    ("date 2020-06-01 A former soldier met Finance Minister Nirmala Sitharaman.", []),
    ("date 2020-06-01 The then Finance Minister Arun Jaitley had said so.", []),
    ("date 2020-06-01 The then-Finance Minister Arun Jaitley had said so.", []),
    ("date 2020-06-01 Ex-Finance Minister Arun Jaitley had said so.", []),
    ("date 2020-06-01 Ex-Finance Minister Nirmala Sitharaman said so.", ["Nirmala Sitharaman"]),
    ("date 2020-06-01 तत्कालीन वित्त मंत्री अरुण जेटली ने कहा था।", []),
    ("date 2020-06-01 The then Finance Minister Amit Shah had said so.", []),  # no known tenure: info
    ("date 2020-06-01 In 2016, the then Finance Minister Arun Jaitley said so.", []),
    ("date 2020-06-01 In 2016, the then Finance Minister Nirmala Sitharaman said so.",
     ["Nirmala Sitharaman"]),
])
def test_then_and_former(rules, text, wrong):
    assert office_errors(rules, text) == wrong


# --- counterparts -------------------------------------------------------------------

def test_a_counterpart_takes_its_role_from_the_same_sentence_only(rules):
    text = ("date 2021-07-01 Defence Minister Rajnath Singh spoke. He later met his Vietnamese "
            "counterpart Ngo Xuan Lich.")
    assert office_errors(rules, text) == []


def test_a_wrong_title_does_not_cascade_to_its_counterpart(rules):
    text = ("date 2020-06-01 Finance Minister Rajnath Singh held talks with his Vietnamese counterpart "
            "Ngo Xuan Lich.")
    assert office_errors(rules, text) == ["Rajnath Singh"]
    text = ("date 2021-07-01 Defence Minister Rajnath Singh held talks with his Vietnamese counterpart "
            "Ngo Xuan Lich.")
    assert office_errors(rules, text) == ["Ngo Xuan Lich"]


def test_hindi_a_date_carries_to_the_next_sentence_of_the_same_event(rules):
    text = ("date 2021-07-01 पिछले साल दिसंबर में शिखर सम्मेलन में प्रधानमंत्री मोदी ने बात की। शिखर "
            "सम्मेलन में वियतनाम के प्रधानमंत्री न्गुयेन जुआन फुक ने भी भाग लिया।")
    assert claim_times(rules, text)["न्गुयेन जुआन फुक"] == ("carried", "December 2020")
    assert office_errors(rules, text) == []
    unrelated = text.replace("शिखर सम्मेलन में वियतनाम", "एक बयान में वियतनाम")
    assert office_errors(rules, unrelated) == ["न्गुयेन जुआन फुक"]


def test_hindi_counterpart(rules):
    text = "date 2021-07-01 रक्षा मंत्री राजनाथ सिंह ने अपने वियतनामी समकक्ष न्गो जुआन लिच से बात की।"
    assert office_errors(rules, text) == ["न्गो जुआन लिच"]
    assert office_errors(rules, text.replace("2021-07-01", "2020-11-27")) == []
    cascade = "date 2020-11-27 वित्त मंत्री राजनाथ सिंह ने अपने वियतनामी समकक्ष न्गो जुआन लिच से बात की।"
    assert office_errors(rules, cascade) == ["राजनाथ सिंह"]


def test_hindi_abbreviations_never_end_a_sentence():
    assert len(sentences("डॉ. राजेंद्र प्रसाद और प्रो. शर्मा ने कहा। बैठक हुई।")) == 2


@pytest.mark.parametrize("text", [
    "date 2020-06-01 The Defence Minister, Rajnath Singh said that the then Defence Minister Manohar "
    "Parrikar had started it in 2016.",
    "date 2020-06-01 रक्षा मंत्री राजनाथ सिंह ने कहा कि 2016 में रक्षा मंत्री मनोहर पर्रिकर ने इसे शुरू किया था।",
])
def test_a_date_in_reported_speech_dates_only_the_claims_inside_it(rules, text):
    assert office_errors(rules, text) == []
    swapped = text.replace("Manohar Parrikar", "Nitin Gadkari").replace("मनोहर पर्रिकर", "नितिन गडकरी")
    assert len(office_errors(rules, swapped)) == 1  # Nitin Gadkari was not Defence Minister in 2016


@pytest.mark.parametrize(("text", "expected"), [
    ("repayment upto 31.08.2020", ["2020-08-31"]),
    ("20-05-2020 को बैठक हुई", ["2020-05-20"]),
    ("on 15/04/2020", ["2020-04-15"]),
    ("on 04/15/2020", ["2020-04-15"]),
    ("on 03/04/2020", ["2020"]),  # day or month first is unclear: only the year is read
])
def test_numeric_dates_day_first(text, expected):
    found = find_dates(text, 0, len(text), BASE, "en" if text.isascii() else "hi",
                       date_words=base_date_words())
    assert [d.value.label() for d in found if d.value] == expected


def test_a_deadline_does_not_date_the_claim(rules):
    text = "date 2020-06-01 Home Minister Rajnath Singh extended the date upto 31.08.2016."
    assert office_errors(rules, text) == ["Rajnath Singh"]


_CONTEXT_WORDS = st.sampled_from(["Virtual Summit", "virtual summit", "India-Vietnam Virtual Summit",
                                  "video conference", "Vietnam", "Vietnamese", "वियतनाम", "वर्चुअल शिखर सम्मेलन",
                                  "Ngo Xuan Lich", "Modi", "the", "said", "Viet", "Nam", "."])


@functools.cache
def _bundled_gazetteer() -> object:
    return factcheck.load_rules().gazetteer


@given(st.lists(_CONTEXT_WORDS, max_size=12))
def test_names_that_need_context_keep_their_targets_as_when_every_word_was_looked_up(words):
    """An event named by a generic name is kept when the article names its context:
    the answer is the one given when every word of the article is looked up."""
    from factcheck.mentions import Mention
    from factcheck.text import tokenize

    gazetteer = _bundled_gazetteer()
    text = " ".join(words)
    tokens = tokenize(text)
    context, gazetteer.context = gazetteer.context, {}
    try:
        found = gazetteer.scan(text, tokens)  # every target, none dropped yet
    finally:
        gazetteer.context = context
    present = {t.ref for m in found for t in m.targets}
    for key in tokens.keys:
        present |= gazetteer.context_words.get(key, set())
    expected = []
    for mention in found:
        targets = tuple(t for t in mention.targets
                        if t.ref not in context or not context[t.ref].isdisjoint(present))
        if targets:
            expected.append(Mention(mention.first, mention.last, mention.start, mention.end, mention.text,
                                    targets))
    assert gazetteer.scan(text, tokens) == expected


def test_a_dates_role_is_the_same_worked_out_when_asked_or_all_at_once(monkeypatch):
    """The roles of an article's dates (blocked or not, their clause) are worked out
    for a sentence when one of its claims asks: the claims' times are those given
    when every date's role is worked out first."""
    from factcheck import timing
    from factcheck.articles import load
    from factcheck.model import Article

    rules = factcheck.load_rules()
    articles = [a for a in load([ENGLISH_SEED.parent]) if isinstance(a, Article)]
    asked = [analyse(a, rules.knowledge, rules.gazetteer, rules.readers).claims for a in articles]
    prepare = timing.Timeline._prepare

    def all_at_once(self: timing.Timeline) -> None:
        prepare(self)
        for sentence in self.sentences:
            self._in_sentence(sentence)

    monkeypatch.setattr(timing.Timeline, "_prepare", all_at_once)
    first = [analyse(a, rules.knowledge, rules.gazetteer, rules.readers).claims for a in articles]
    assert [[(c.relation, c.subject, c.time) for c in claims] for claims in asked] == [
        [(c.relation, c.subject, c.time) for c in claims] for claims in first]
    assert any(claims for claims in asked)


@pytest.mark.parametrize("text", [
    "date 2020-10-12 It is ten years today since Prime Minister Manmohan Singh visited Hanoi.",
    "date 2020-10-12 Ten years ago today, Prime Minister Manmohan Singh visited Hanoi.",
    "date 2019-07-06 Ayushman Bharat was announced by Finance Minister Arun Jaitley in Budget 2018.",
    "date 2019-07-06 Finance Minister Arun Jaitley announced Ayushman Bharat in the 2018 Budget.",
    "date 2019-07-06 In his last Budget (2018), Finance Minister Arun Jaitley announced Ayushman Bharat.",
    "date 2019-07-06 The slab rates changed in the 2017 Budget of Finance Minister Arun Jaitley.",
    "date 2020-07-06 Prime Minister Manmohan Singh attended the 2012 summit in Phnom Penh.",
    "date 2020-07-06 Defence Minister A.K. Antony signed the 2010 agreement.",
    "date 2019-07-06 In FY2017-18, Finance Minister Arun Jaitley presented his last full Budget.",
    "date 2022-03-01 Finance Minister Arun Jaitley rolled out the goods and services tax in Q2FY18.",
    "date 2019-12-13 Last fiscal, the GST Council chaired by Finance Minister Arun Jaitley cut rates.",
    "date 2019-12-13 पिछले वित्त वर्ष में वित्त मंत्री अरुण जेटली ने दरें घटाईं।",
])
def test_a_claim_in_a_clause_about_a_past_things_year_or_a_fiscal_year_is_not_of_the_articles_date(
        rules, text):
    assert office_errors(rules, text) == []


@pytest.mark.parametrize(("text", "wrong"), [
    ("date 2020-10-12 It is ten years today since Prime Minister Narendra Modi visited Hanoi.",
     "Narendra Modi"),
    ("date 2020-10-12 Ten years ago today, Prime Minister Narendra Modi visited Hanoi.", "Narendra Modi"),
    ("date 2020-07-06 Prime Minister Manmohan Singh, in office since 2004, is visiting Hanoi.",
     "Manmohan Singh"),
    ("date 2020-07-06 Prime Minister Manmohan Singh invoked the Disaster Management Act, 2005.",
     "Manmohan Singh"),
    ("date 2020-07-06 Prime Minister Manmohan Singh is recalling the 2012 summit.", "Manmohan Singh"),
])
def test_an_anniversarys_day_and_a_present_clause_still_date_the_claim(rules, text, wrong):
    assert office_errors(rules, text) == [wrong]


LOOK_BACK = {
    "weekday": [
        "date 2020-02-26 Indian jets struck a camp at Balakot a year ago. The Foreign Secretary announced "
        "the strike at a briefing on Tuesday, February 26, hours later.",
        "date 2020-12-25 Three years have passed since the Kamala Mills fire in Mumbai. The blaze broke out "
        "shortly after midnight on Friday, December 29, and killed 14 people.",
        "date 2021-06-15 It was on a Monday, June 15, exactly a year ago, that 20 soldiers were killed "
        "in the Galwan Valley.",
        "date 2021-06-15 गलवान घाटी की झड़प को आज एक साल पूरा हो गया। 15 जून (सोमवार) की रात 20 जवान शहीद हुए थे।",
        "date 2020-12-28 मुंबई के कमला मिल्स अग्निकांड को तीन साल हो गए। 28 दिसंबर, गुरुवार की देर रात आग लगी थी।",
    ],
    "office": [
        "date 2020-12-25 Three years have passed since the Kamala Mills fire in Mumbai. It killed 14 people. "
        "Chief Minister Devendra Fadnavis ordered an inquiry on Friday.",
        "date 2021-10-16 तीन साल पहले 19 अक्टूबर 2018 को अमृतसर में ट्रेन हादसा हुआ था। मुख्यमंत्री अमरिंदर सिंह ने अगले "
        "दिन शनिवार को घायलों से मुलाकात की थी।",
        "date 2020-02-14 It was a year ago today. The convoy was attacked on Thursday, February 14, near "
        "Lethpora. Home Minister Rajnath Singh reached Srinagar the next day.",
        "date 2022-02-07 A year ago on this day, a glacier burst in Chamoli. Chief Minister Trivendra Singh "
        "Rawat conducted an aerial survey of the area that Sunday.",
        "date 2022-02-07 पिछले साल 7 फरवरी को चमोली में ग्लेशियर टूटा। मुख्यमंत्री त्रिवेंद्र सिंह रावत उसी दिन जोशीमठ "
        "पहुंचे थे।",
    ],
}


@pytest.mark.parametrize("text", LOOK_BACK["weekday"])
def test_a_yearless_weekday_of_a_year_the_story_counts_back_to_is_not_checked(rules, text):
    assert findings(rules, text, "date") == []


@pytest.mark.parametrize("text", LOOK_BACK["office"])
def test_a_day_of_a_story_told_years_back_does_not_date_a_claim_for_certain(rules, text):
    assert office_errors(rules, text) == []


def test_without_the_look_back_the_same_weekday_and_claim_are_checked(rules):
    assert [f.text for f in findings(rules, "date 2020-02-26 The Foreign Secretary announced the strike on "
                                            "Tuesday, February 26.", "date")] == ["Tuesday"]
    assert office_errors(rules, "date 2020-12-25 The fire killed 14 people. Chief Minister Devendra "
                                "Fadnavis ordered an inquiry on Friday.") == ["Devendra Fadnavis"]
    assert office_errors(rules, "date 2022-02-07 A glacier burst in Chamoli on Sunday. Chief Minister "
                                "Trivendra Singh Rawat surveyed the area the next day.") == [
        "Trivendra Singh Rawat"]


@pytest.mark.parametrize("text", [
    "date 2020-08-18 On Saturday, August 18, 2018, the Prime Minister announced relief, on top of what Home "
    "Minister Rajnath Singh had announced during his visit the previous Sunday.",
    "date 2017-11-20 A year ago, in the early hours of Sunday, November 20, 2016, 14 coaches of the "
    "Indore-Patna Express derailed. Railway Minister Suresh Prabhu announced relief for the families.",
])
def test_the_stories_previous_sunday_and_a_sentence_after_a_date_a_year_gone_are_not_of_the_dateline(
        rules, text):
    assert office_errors(rules, text) == []


def test_a_names_number_is_no_time_but_a_name_with_a_year_after_in_is(rules):
    assert office_errors(rules, "date 2020-02-26 Defence Minister Arun Jaitley said the Mirage 2000 jets "
                                "struck the camp.") == ["Arun Jaitley"]
    assert office_errors(rules, "date 2019-07-06 Ayushman Bharat was announced by Finance Minister Arun "
                                "Jaitley in Budget 2018.") == []


def test_a_current_title_after_an_old_date_is_of_the_article(rules):
    hindi = ("date 2022-07-01 तत्कालीन वित्त मंत्री अरुण जेटली का 1 जुलाई 2017 का ट्वीट चर्चा में आया। "
             "वर्तमान वित्त मंत्री निर्मला सीतारमण ने भी उपलब्धियां गिनाईं।")
    assert claim_times(rules, hindi)["निर्मला सीतारमण"] == ("dateline", "2022-07-01")
    english = ("date 2022-07-01 Jaitley tweeted on July 1, 2017. The incumbent Finance Minister Arun Jaitley "
               "also listed the gains.")
    assert office_errors(rules, english) == ["Arun Jaitley"]


def test_a_year_looked_towards_is_not_the_claims_time(rules):
    text = ("date 2022-06-10 Defence Minister Rajnath Singh signed a vision statement towards 2030 in Hanoi "
            "on Wednesday.")
    assert claim_times(rules, text)["Rajnath Singh"] == ("relative", "2022-06-08")


# --- a clause a span is counted from, a comparison with another's year, a law report's year ---

@pytest.mark.parametrize("text", [
    "date 2022-02-01 Tuesday marked five years since Finance Minister Arun Jaitley presented the first "
    "Union Budget tabled on February 1.",
    "date 2022-02-01 It has been five years since Finance Minister Arun Jaitley presented the first Budget "
    "on February 1.",
    "date 2022-02-01 Five years have passed since Finance Minister Arun Jaitley presented the Budget.",
    "date 2022-02-01 Tuesday is the fifth anniversary of the day Finance Minister Arun Jaitley presented "
    "the Budget.",
    "date 2022-02-01 मंगलवार को वित्त मंत्री अरुण जेटली के बजट पेश किए पांच साल पूरे हो गए।",
    "date 2015-07-18 A decade on from the day Prime Minister Manmohan Singh and President George W Bush "
    "issued their statement, the deal is bearing fruit.",
    "date 2020-12-29 It's been a year since Chief Minister Hemant Soren took oath in Ranchi, ending Chief "
    "Minister Raghubar Das's five-year term.",
])
def test_a_clause_a_span_of_years_is_counted_from_is_of_a_time_before(rules, text):
    assert office_errors(rules, text) == []


@pytest.mark.parametrize(("text", "wrong"), [
    ("date 2022-02-01 Finance Minister Arun Jaitley said on Tuesday it has been five years since GST.",
     "Arun Jaitley"),
    ("date 2022-02-01 वित्त मंत्री अरुण जेटली ने मंगलवार को कहा कि जीएसटी के पांच साल पूरे हो गए।", "अरुण जेटली"),
    ("date 2022-02-01 Celebrating three years of Prime Minister Manmohan Singh in office on Tuesday, the "
     "party met.", "Manmohan Singh"),
    ("date 2014-11-20 His remarks came two days after External Affairs Minister Salman Khurshid said so.",
     "Salman Khurshid"),
])
def test_a_span_counted_from_something_else_leaves_the_claim_dated(rules, text, wrong):
    assert office_errors(rules, text) == [wrong]


@pytest.mark.parametrize("text", [
    "date 2018-09-05 Unlike Manmohan Singh in 2013, Prime Minister Narendra Modi faces a sliding rupee.",
    "date 2016-10-03 Unlike Manmohan Singh in 2008, Prime Minister Modi chose not to show restraint.",
    "date 2018-09-05 2013 में मनमोहन सिंह के उलट, प्रधानमंत्री नरेंद्र मोदी के पास बड़ा भंडार है।",
])
def test_a_year_of_someone_the_sentence_compares_with_does_not_date_the_claim(rules, text):
    assert office_errors(rules, text) == []


def test_a_year_opening_a_sentence_without_a_comparison_still_dates_the_claim(rules):
    assert office_errors(rules, "date 2018-09-05 In 2013, Prime Minister Narendra Modi faced a sliding "
                                "rupee.") == ["Narendra Modi"]


@pytest.mark.parametrize("text", [
    "date 2019-02-01 The Aadhaar judgment of the bench headed by Chief Justice Dipak Misra, reported as "
    "(2019) 1 SCC 1, upheld the Act but struck down Section 57.",
    "date 2019-05-01 Joseph Shine v Union of India, (2019) 3 SCC 39, in which Chief Justice Dipak Misra "
    "wrote the main opinion, decriminalised adultery.",
    "date 2019-05-01 In AIR 2019 SC 1461, Chief Justice Dipak Misra wrote the main opinion.",
    "date 2019-05-01 मुख्य न्यायाधीश दीपक मिश्रा ने जोसेफ शाइन मामले, (2019) 3 एससीसी 39, में मुख्य फैसला लिखा।",
])
def test_a_law_reports_year_makes_the_judgment_a_time_gone_by(rules, text):
    assert office_errors(rules, text) == []


def test_a_judgment_told_without_a_report_is_of_the_articles_time(rules):
    assert office_errors(rules, "date 2019-05-01 Chief Justice Dipak Misra wrote the main opinion in Joseph "
                                "Shine, decriminalising adultery.") == ["Dipak Misra"]


@pytest.mark.parametrize("text", [
    "date 2017-12-29 On July 25, Ram Nath Kovind took oath as President. He was sworn in by Chief Justice "
    "J.S. Khehar.",
    "date 2017-12-29 25 जुलाई, मंगलवार को रामनाथ कोविंद ने राष्ट्रपति पद की शपथ ली। उन्हें मुख्य न्यायाधीश "
    "जगदीश सिंह खेहर ने शपथ दिलाई।",
])
def test_a_sentence_going_on_with_one_of_a_day_gone_by_is_of_that_day_a_guess(rules, text):
    assert office_errors(rules, text) == []


@pytest.mark.parametrize(("text", "wrong"), [
    ("date 2017-07-27 On Tuesday, Ram Nath Kovind took oath as President. He was sworn in by Chief Justice "
     "Dipak Misra.", "Dipak Misra"),
    ("date 2017-12-29 On July 25, Ram Nath Kovind took oath as President.\n\nHe was sworn in by Chief "
     "Justice J.S. Khehar.", "J.S. Khehar"),
])
def test_a_recent_day_or_a_new_paragraph_leaves_the_sentence_the_articles(rules, text, wrong):
    assert office_errors(rules, text) == [wrong]


@pytest.mark.parametrize("text", [
    "date 2018-07-01 A year after GST came into force on July 1, 2017, Finance Minister Piyush Goyal, "
    "holding interim charge of the ministry, said collections had stabilised.",
    "date 2019-07-01 Two years after the rollout on July 1, 2017, Finance Minister Nirmala Sitharaman said "
    "it had worked.",
])
def test_a_date_a_span_is_counted_from_in_an_opening_phrase_is_not_the_claims(rules, text):
    assert office_errors(rules, text) == []


def test_an_opening_date_without_a_span_still_dates_the_claim(rules):
    text = "date 2018-07-01 On July 1, 2017, Finance Minister Piyush Goyal said collections had stabilised."
    assert office_errors(rules, text) == ["Piyush Goyal"]
