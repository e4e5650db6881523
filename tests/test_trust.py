"""An error only when the reading is certain (docs/rules.md, "When a claim is
an error"): constructions of real copy, each in English and in Hindi where
the language has it, with the correct sentences that must stay clean beside
the wrong ones that must still be errors."""

from __future__ import annotations

import pytest

from factcheck.authoring import lint

from .conftest import error_texts, findings, pack_rules


def errors(rules, text: str) -> list[str]:
    return [f.text for f in findings(rules, text, "office-holder") if f.severity == "error"]


def severities(rules, text: str) -> list[str]:
    return [f.severity for f in findings(rules, text, "office-holder")]


# --- organisations' posts ---------------------------------------------------------

@pytest.mark.parametrize("text", [
    "date 2017-07-17 BJP national president Amit Shah met the MPs.",
    "date 2017-03-27 RLD working president Amit Shah spoke to farmers.",
    "date 2017-06-22 The poster shows the party's national president Amit Shah.",
    "date 2017-06-22 The union elected its president Amit Shah again.",
    "date 2017-02-17 The BCCI is changing. It led to the removal of president Anurag Thakur.",
    "date 2017-02-17 The state president Anurag Thakur spoke.",
    "date 2018-06-01 भाजपा के राष्ट्रीय अध्यक्ष अमित शाह ने कहा।",
    "date 2020-06-01 पार्टी के कार्यकारी अध्यक्ष अमित शाह ने बैठक ली।",
])
def test_an_organisations_post_makes_no_claim_about_the_countrys_office(rules, text):
    assert errors(rules, text) == []


@pytest.mark.parametrize(("text", "wrong"), [
    ("date 2017-07-17 President Rajnath Singh addressed the nation.", "Rajnath Singh"),
    ("date 2020-06-01 राष्ट्रपति अमित शाह ने देश को संबोधित किया।", "अमित शाह"),
])
def test_the_countrys_president_is_still_checked(rules, text, wrong):
    assert errors(rules, text) == [wrong]


# --- the time a past construction is about ----------------------------------------

@pytest.mark.parametrize("text", [
    "date 2020-06-01 The envoy was appointed by Prime Minister Manmohan Singh.",
    "date 2020-06-01 Under Prime Minister Manmohan Singh, the economy grew fast.",
    "date 2020-06-01 The scheme launched by Prime Minister Manmohan Singh continues.",
    "date 2020-06-01 Prime Minister Manmohan Singh has resigned.",
    "date 2020-06-01 Defence Minister Manohar Parrikar quit the post.",
    "date 2020-06-01 प्रधानमंत्री मनमोहन सिंह ने इस्तीफा दे दिया।",
    "date 2020-06-01 प्रधानमंत्री मनमोहन सिंह द्वारा शुरू की गई योजना जारी है।",
    "date 2020-06-01 प्रधानमंत्री मनमोहन सिंह के कार्यकाल में योजना शुरू हुई।",
])
def test_a_past_construction_is_about_some_time_before_the_article(rules, text):
    assert errors(rules, text) == []


@pytest.mark.parametrize(("text", "wrong"), [
    ("date 2020-06-01 Prime Minister Manmohan Singh said today that the plan works.", "Manmohan Singh"),
    # a meeting chaired by, an attack on, a talk with: the article's own event
    ("date 2020-06-01 The Cabinet chaired by Prime Minister Manmohan Singh approved it.", "Manmohan Singh"),
    ("date 2020-06-01 He launched an attack on Prime Minister Manmohan Singh.", "Manmohan Singh"),
    ("date 2020-06-01 Prime Minister Manmohan Singh hailed the minister's resignation.", "Manmohan Singh"),
    ("date 2020-06-01 प्रधानमंत्री श्री मनमोहन सिंह द्वारा सभी के लिए विकास के दृष्टिकोण पर काम हुआ।",
     "मनमोहन सिंह"),
    ("date 2020-06-01 प्रधानमंत्री मनमोहन सिंह ने आज कहा कि योजना सफल है।", "मनमोहन सिंह"),
    # by a person who never held the office by then: not right at any time before
    ("date 2016-06-01 The envoy was appointed by Prime Minister Amit Shah.", None),
])
def test_a_claim_about_the_articles_day_is_still_checked(rules, text, wrong):
    assert errors(rules, text) == ([wrong] if wrong else [])
    if wrong is None:
        assert severities(rules, text) == ["info"]  # could not be confirmed: said, not an error


# --- clause scope -------------------------------------------------------------------

@pytest.mark.parametrize("text", [
    "date 2020-06-01 She said on Monday that the idea went back to 2016, when Finance Minister "
    "Arun Jaitley proposed it.",
    "date 2020-06-01 She said that talks would resume. In 2016, Finance Minister Arun Jaitley spoke.",
    "date 2020-06-01 उन्होंने कहा कि वार्ता फिर होगी। 2016 में वित्त मंत्री अरुण जेटली ने कहा।",
    "date 2020-06-01 The pact was signed in 2009 and renewed in 2016 during Prime Minister "
    "Narendra Modi's visit.",
    "date 2020-06-01 Despite the 2016 talks, Finance Minister Arun Jaitley held firm.",
    "date 2020-06-01 Amid the 2016 protests, Finance Minister Arun Jaitley held firm.",
    "date 2020-06-01 On the morning of 3 March 2016, Finance Minister Arun Jaitley spoke.",
    "date 2020-06-01 2016 की वार्ता के बावजूद, वित्त मंत्री अरुण जेटली ने कहा।",
])
def test_the_date_that_governs_the_clause_dates_the_claim(rules, text):
    assert errors(rules, text) == []


@pytest.mark.parametrize(("text", "wrong"), [
    ("date 2020-06-01 She said on Monday that the idea went back to 2020, when Finance Minister "
     "Arun Jaitley proposed it.", "Arun Jaitley"),
    ("date 2020-06-01 The pact was signed in 2009 during Prime Minister Narendra Modi's visit.",
     "Narendra Modi"),
    ("date 2020-06-01 Despite the 2020 talks, Finance Minister Arun Jaitley held firm.", "Arun Jaitley"),
    ("date 2020-06-01 2020 की वार्ता के बावजूद, वित्त मंत्री अरुण जेटली ने कहा।", "अरुण जेटली"),
])
def test_the_same_constructions_with_a_date_that_makes_them_wrong(rules, text, wrong):
    assert errors(rules, text) == [wrong]


def test_a_first_clause_about_another_titled_person_does_not_open_the_sentence(rules):
    text = ("date 2018-02-02 Finance Minister Arun Jaitley presented his Budget on Thursday, just as "
            "Finance Minister P. Chidambaram had presented the interim Budget of 2014.")
    assert errors(rules, text) == []
    # a phrase opening the sentence, naming nobody, still dates the claim after it
    text = "date 2018-02-02 On Thursday, just before noon, Finance Minister P. Chidambaram presented it."
    assert errors(rules, text) == ["P. Chidambaram"]


def test_a_date_of_the_saying_does_not_date_what_is_reported(rules):
    text = "date 2020-06-01 She said on 3 March 2016 that Finance Minister Arun Jaitley was right."
    assert errors(rules, text) == []  # at most an info: the claim's own time is not said
    text = "date 2020-06-01 Finance Minister Arun Jaitley said on 3 March 2020 that it works."
    assert errors(rules, text) == ["Arun Jaitley"]  # the saying's own subject: certain


def test_sentences_glued_without_a_space_are_two_sentences(rules):
    text = ("date 2017-05-14 Assam Chief Minister Sarbananda Sonowal told PTI.The construction "
            "of the bridge began in 2011.")
    assert errors(rules, text) == []
    assert errors(rules, text.replace("2017-05-14", "2012-05-14")) == ["Sarbananda Sonowal"]


# --- years that name things -----------------------------------------------------------

@pytest.mark.parametrize("text", [
    "date 2020-06-01 Finance Minister Nirmala Sitharaman spoke about Agenda 2015.",
    "date 2020-06-01 Finance Minister Nirmala Sitharaman defended the Finance Bill 2016.",
    "date 2020-06-01 Finance Minister Nirmala Sitharaman recalled Budget 2016-17.",
    "date 2020-06-01 Finance Minister Nirmala Sitharaman spoke of the 2016 Olympics.",
    "date 2020-06-01 वित्त मंत्री निर्मला सीतारमण ने विजन 2016 पर बात की।",
])
def test_a_year_that_names_a_thing_never_dates_a_claim(rules, text):
    assert errors(rules, text) == []


@pytest.mark.parametrize("text", [
    "date 2021-06-04 The 2016-batch IAS officer was praised by Home Minister Amit Shah.",
    "date 2021-06-04 Home Minister Amit Shah swore in the 2017-batch IPS probationers.",
    "date 2021-06-04 Finance Minister Nirmala Sitharaman launched the 2015-built vessel.",
    "date 2021-06-04 Kumar, 1994 batch officer of the Bihar cadre, met Home Minister Amit Shah.",
    "date 2021-06-04 गृह मंत्री अमित शाह ने 2016 बैच के आईपीएस अधिकारियों को संबोधित किया।",
    "date 2021-06-04 2012 बैच की आईएएस अधिकारी ने वित्त मंत्री निर्मला सीतारमण से मुलाकात की।",
])
def test_a_year_that_is_a_cohorts_or_a_things_attribute_never_dates_a_claim(rules, text):
    assert errors(rules, text) == []


@pytest.mark.parametrize("text", [
    "date 2022-03-07 Petroleum Minister Hardeep Singh Puri met 2016 Ujjwala scheme beneficiaries.",
    "date 2020-08-20 Prime Minister Narendra Modi hailed 2011 World Cup winner M.S. Dhoni.",
    "date 2020-06-23 Census 2011 figures will decide the wards, Chief Minister Y. S. Jaganmohan Reddy said.",
    "date 2018-03-22 मुख्यमंत्री योगी आदित्यनाथ की सरकार ने 2013 मुजफ्फरनगर दंगों के मुकदमे वापस लिए।",
    "date 2020-08-20 2011 विश्व कप विजेता टीम के कप्तान धोनी को प्रधानमंत्री नरेंद्र मोदी ने पत्र लिखा।",
])
def test_a_year_written_before_the_name_it_qualifies_never_dates_a_claim(rules, text):
    assert errors(rules, text) == []


@pytest.mark.parametrize(("text", "wrong"), [
    ("date 2021-03-07 In 2016 Petroleum Minister Hardeep Singh Puri met Ujjwala beneficiaries.",
     "Hardeep Singh Puri"),
    ("date 2021-03-07 2016 में पेट्रोलियम मंत्री हरदीप सिंह पुरी ने उज्ज्वला लाभार्थियों से मुलाकात की।", "हरदीप सिंह पुरी"),
    ("date 2013-08-20 Around 2011, Prime Minister Narendra Modi wrote to Dhoni.", "Narendra Modi"),
])
def test_a_year_that_dates_its_clause_before_a_name_still_dates_the_claim(rules, text, wrong):
    assert errors(rules, text) == [wrong]


@pytest.mark.parametrize("text", [
    # a participle's own clause after a common noun
    "date 2021-06-04 Railway Minister Ashwini Vaishnaw rode a train built in 2016 by ICF.",
    "date 2021-06-04 Home Minister Amit Shah praised constables recruited in 2015 for their work.",
    # a year before a common noun it qualifies
    "date 2021-06-04 Home Minister Amit Shah released 2015 data on crime.",
    "date 2021-06-04 External Affairs Minister S. Jaishankar recalled 2015 talks with Nepal.",
    # a credit or a file name
    "date 2019-08-01 Photo: Rajya Sabha TV/2013 | Vice President M. Venkaiah Naidu spoke on Thursday.",
    # a quarter of a fiscal year is its time, not a name with a year ("Budget 2018")
    "date 2020-02-01 In Q4 FY19, interim Finance Minister Piyush Goyal presented the Budget.",
    # a year ahead: the holder of the time of writing is named
    "date 2016-06-01 Ahead of the 2017 Assembly elections, Gujarat Chief Minister Anandiben Patel spoke.",
    "date 2016-06-01 Gujarat Chief Minister Anandiben Patel said the scheme would be completed in 2017.",
    # a Hindi participle qualifying a noun the claim is not in
    "date 2020-01-05 रक्षा मंत्री राजनाथ सिंह ने दिसंबर 2016 में सेना प्रमुख नियुक्त किए गए बिपिन रावत को बधाई दी।",
    "date 2021-09-01 2013 में हुए मुजफ्फरनगर दंगों से जुड़े मुकदमे मुख्यमंत्री योगी आदित्यनाथ की सरकार ने वापस लिए।",
    "date 2018-03-10 मुख्यमंत्री योगी आदित्यनाथ ने 2015 में बने एक फ्लाईओवर की मरम्मत के आदेश दिए।",
    "date 2020-01-20 उत्तर प्रदेश की राज्यपाल आनंदीबेन पटेल ने 2015 में स्थापित एक विश्वविद्यालय का दौरा किया।",
    "date 2018-09-29 थलसेना प्रमुख जनरल बिपिन रावत ने 29 सितंबर 2016 को हुई सर्जिकल स्ट्राइक की वर्षगांठ पर बधाई दी।",
    "date 2019-11-26 प्रधानमंत्री नरेंद्र मोदी ने २६ नवंबर २००८ के मुंबई हमले के शहीदों को श्रद्धांजलि दी।",
])
def test_a_date_of_another_noun_or_of_a_plan_never_makes_the_claim_an_error(rules, text):
    assert errors(rules, text) == []


@pytest.mark.parametrize(("text", "wrong"), [
    ("date 2021-06-04 Railway Minister Ashwini Vaishnaw launched in 2016 a new train.", "Ashwini Vaishnaw"),
    ("date 2021-09-01 2016 में दंगे हुए और मुख्यमंत्री योगी आदित्यनाथ ने कहा।", "योगी आदित्यनाथ"),
    ("date 2021-09-01 2016 में मुख्यमंत्री योगी आदित्यनाथ ने कहा कि दंगे हुए थे।", "योगी आदित्यनाथ"),
    ("date 2021-09-01 2015 में पुल बना था और मुख्यमंत्री योगी आदित्यनाथ ने उसका उद्घाटन किया।", "योगी आदित्यनाथ"),
    ("date 2021-09-01 12 मई 2016 को मुख्यमंत्री योगी आदित्यनाथ ने पुल का उद्घाटन किया।", "योगी आदित्यनाथ"),
    ("date 2020-02-24 President Ram Nath Kovind will host a banquet on Tuesday.", None),
    ("date 2016-06-01 Gujarat Chief Minister Vijay Rupani said on Friday the scheme would be ready.",
     "Vijay Rupani"),
])
def test_the_claims_own_date_or_the_time_of_writing_still_makes_it_an_error(rules, text, wrong):
    assert errors(rules, text) == ([wrong] if wrong else [])


@pytest.mark.parametrize(("text", "wrong"), [
    ("date 2018-06-04 In 2016-end, Home Minister Amit Shah visited the state.", "Amit Shah"),
    ("date 2018-06-04 In 2016, Home Minister Amit Shah praised the officers.", "Amit Shah"),
])
def test_a_year_with_a_part_of_it_still_dates_a_claim(rules, text, wrong):
    assert errors(rules, text) == [wrong]


# --- Hindi पूर्व and पहले ------------------------------------------------------------

@pytest.mark.parametrize("text", [
    "date 2020-06-01 तीन दिन पूर्व मुख्यमंत्री योगी आदित्यनाथ ने कहा।",
    "date 2020-06-01 इससे पूर्व मुख्यमंत्री योगी आदित्यनाथ ने सभा को संबोधित किया।",
    "date 2020-06-01 कुछ समय पहले मुख्यमंत्री योगी आदित्यनाथ ने कहा।",
])
def test_purv_and_pahle_as_before_or_ago_are_not_former(rules, text):
    assert errors(rules, text) == []


def test_purv_before_a_title_is_former(rules):
    assert errors(rules, "date 2020-06-01 पूर्व मुख्यमंत्री योगी आदित्यनाथ ने कहा।") == ["योगी आदित्यनाथ"]
    # after "lately" (बीते दिनों), पूर्व opens the title: former, not "ago"
    text = "date 2019-06-10 सीतारमण ने बीते दिनों पूर्व वित्त मंत्री अरुण जेटली की जगह ली।"
    assert errors(rules, text) == []
    assert errors(rules, text.replace("2019-06-10", "2018-06-10")) == ["अरुण जेटली"]


def test_previous_before_a_title_is_former(rules):
    text = "date 2019-11-28 The previous Chief Minister, Devendra Fadnavis, was present."
    assert errors(rules, text) == []
    assert errors(rules, text.replace("2019-11-28", "2017-11-28")) == ["Devendra Fadnavis"]


# --- a day or two from a change of hands ------------------------------------------------

@pytest.mark.parametrize("text", [
    "date 2017-07-26 President Pranab Mukherjee gave his last speech.",
    "date 2017-07-23 President Ram Nath Kovind will take the oath.",
    "date 2017-07-24 राष्ट्रपति प्रणब मुखर्जी ने विदाई भाषण दिया।",
])
def test_near_a_change_of_hands_either_holder_may_be_named(rules, text):
    assert errors(rules, text) == []


def test_well_past_a_change_of_hands_the_old_holder_is_an_error(rules):
    assert errors(rules, "date 2017-09-01 President Pranab Mukherjee gave a speech.") == ["Pranab Mukherjee"]


HANDOVER_PACK = """
    pack: handover
    home_country: freedonia
    entities:
      - {id: freedonia, type: country, names: {en: [Freedonia]}}
      - {id: ann-lee, type: person, country: freedonia, names: {en: [Ann Lee]}}
      - {id: cy-dee, type: person, country: freedonia, names: {en: [Cy Dee]}}
      - {id: bo-chan, type: person, country: freedonia, names: {en: [Bo Chan]}}
    offices:
      - {id: home-minister, country: freedonia, names: {en: [Home Minister]}}
      - {id: prime-minister, country: freedonia, names: {en: [Prime Minister]}}
      - {id: governor, country: freedonia, names: {en: [Governor]}}
    tenures:
      # a vacancy of a week between two known governors
      - {person: ann-lee, office: governor, start: 2013-07-09, end: 2016-12-22}
      - {person: bo-chan, office: governor, start: 2016-12-31}
      # who held the office before Ann Lee, the packs do not know
      - {person: ann-lee, office: home-minister, start: 2012-07-31}
      # re-appointed the next day: one holding
      - {person: bo-chan, office: prime-minister, start: 2014-05-26, end: 2019-05-29}
      - {person: bo-chan, office: prime-minister, start: 2019-05-30}
    checks:
      - {id: office-holder, kind: office-holder}
"""


@pytest.mark.parametrize("text", [
    "date 2012-07-31 Home Minister Cy Dee handed over to Ann Lee.",
    "date 2012-08-03 Home Minister Cy Dee spoke.",
])
def test_in_a_new_holders_first_days_an_outgoing_one_the_packs_lack_is_no_error(tmp_path, text):
    rules = pack_rules(tmp_path, HANDOVER_PACK)
    assert [f.severity for f in findings(rules, text, "office-holder")] == ["info"]


def test_past_the_first_days_or_across_a_reappointment_another_name_is_an_error(tmp_path):
    rules = pack_rules(tmp_path, HANDOVER_PACK)
    assert error_texts(rules, "date 2012-08-20 Home Minister Cy Dee spoke.") == ["Cy Dee"]
    assert error_texts(rules, "date 2019-05-31 Prime Minister Cy Dee spoke.") == ["Cy Dee"]
    # the last day of a tenure whose successor is known: neither the outgoing nor the incoming one
    assert error_texts(rules, "date 2016-12-22 Governor Cy Dee spoke.") == ["Cy Dee"]
    assert error_texts(rules, "date 2016-12-26 Governor Bo Chan spoke.") == []


@pytest.mark.parametrize("text", [
    "date 2012-07-31 गृह मंत्री पी. चिदंबरम को वित्त मंत्रालय और बिजली मंत्री सुशील कुमार शिंदे को गृह "
    "मंत्रालय सौंप दिया गया।",
    "date 2017-09-03 बिजली मंत्री पीयूष गोयल को रेल मंत्रालय मिला है।",
    "date 2021-07-08 Hours earlier, Law and IT Minister Ravi Shankar Prasad and Education Minister "
    "Ramesh Pokhriyal resigned.",
])
def test_a_reshuffles_outgoing_ministers_are_no_error(rules, text):
    assert errors(rules, text) == []


@pytest.mark.parametrize("text", [
    # a state cabinet's Finance Minister, in a story that names the state
    "date 2016-12-06 CHENNAI: In Tamil Nadu, O. Panneerselvam, the Finance Minister who had been "
    "handling her portfolios, was sworn in as Chief Minister.",
    # the title the person holds when the article is written, beside the office held then
    "date 2018-10-31 प्रधानमंत्री मोदी ने गुजरात के मुख्यमंत्री रहते हुए 31 अक्टूबर 2013 को इस प्रतिमा की "
    "आधारशिला रखी थी।",
    "date 2018-10-31 Prime Minister Narendra Modi, then Gujarat's chief minister, laid the foundation "
    "stone on October 31, 2013.",
    # Hindi copy with the other title in Latin letters
    "date 2018-10-31 PM मोदी ने 31 October 2013 को, बतौर Gujarat CM, इसकी आधारशिला रखी थी।",
])
def test_a_title_that_may_be_a_states_or_todays_is_no_error(rules, text):
    assert errors(rules, text) == []


def test_a_state_story_makes_a_portfolio_of_someone_known_in_no_office_a_guess(rules):
    story = ("date 2021-09-21 Channi takes oath\n\nCHANDIGARH: Charanjit Singh Channi was sworn in as "
             "Chief Minister of Punjab on Monday. Finance Minister Manpreet Singh Badal is expected to "
             "continue in the new cabinet.")
    assert errors(rules, story) == []
    # the same sentence in a Delhi story, or with no state's minister named, is checked
    assert errors(rules, story.replace("CHANDIGARH", "NEW DELHI")) == ["Manpreet Singh Badal"]
    assert errors(rules, "date 2021-09-21 Finance Minister Manpreet Singh Badal spoke.") == [
        "Manpreet Singh Badal"]


@pytest.mark.parametrize(("text", "wrong"), [
    # the state is not named, or the title says it is the Union's
    ("date 2016-12-06 Finance Minister O. Panneerselvam presented the budget.", "O. Panneerselvam"),
    ("date 2016-12-06 In Tamil Nadu, Union Finance Minister O. Panneerselvam spoke.", "O. Panneerselvam"),
    # no other office of the person is named beside today's title
    ("date 2018-10-31 Prime Minister Narendra Modi laid the foundation stone on October 31, 2013.",
     "Narendra Modi"),
    # the other title says not whose office it is
    ("date 2018-10-31 Chief Minister Arvind Kejriwal said Prime Minister Narendra Modi spoke on "
     "October 31, 2013.", "Narendra Modi"),
])
def test_the_same_titles_without_those_signs_are_still_errors(rules, text, wrong):
    assert errors(rules, text) == [wrong]


@pytest.mark.parametrize("text", [
    "date 2019-06-01 Who presented the 1991 Budget? Dr Manmohan Singh, Finance Minister in the "
    "P.V. Narasimha Rao government.",
    "date 2004-05-23 12. H.D. Deve Gowda (Janata Dal): 1996-1997.",
])
def test_a_government_gone_by_or_a_span_of_years_is_not_the_articles_day(rules, text):
    assert [f.text for f in findings(rules, text, "office-holder") + findings(rules, text, "membership")
            if f.severity == "error"] == []


@pytest.mark.parametrize("text", [
    "date 2019-06-01 Finance Minister Rajnath Singh in the Uttar Pradesh government said so.",
    "date 2019-06-01 Finance Minister Rajnath Singh said the Narendra Modi government would act.",
])
def test_a_government_of_today_or_of_a_place_leaves_the_claim_in_the_present(rules, text):
    assert errors(rules, text) == ["Rajnath Singh"]


@pytest.mark.parametrize("text", [
    # a secretary is a minister in Britain, a civil servant in India
    "date 2022-03-31 British Foreign Secretary Liz Truss held talks with her Indian counterpart "
    "S. Jaishankar.",
    # the date is of the clause about the other leader becoming Prime Minister
    "date 2014-09-06 Abbott, who became Prime Minister last September, held talks with his Indian "
    "counterpart Narendra Modi.",
    "date 2014-09-06 पिछले साल सितंबर में प्रधानमंत्री बने एबट की यह पहली भारत यात्रा है, जिसमें अपने "
    "भारतीय समकक्ष नरेंद्र मोदी के साथ उनकी बातचीत हुई।",
    # a governor moves between states: a bare title says not which
    "date 2014-10-27 पंचकूला में राज्यपाल कप्तान सिंह सोलंकी ने उन्हें शपथ दिलाई।",
])
def test_a_counterpart_or_a_governor_whose_office_is_a_guess_is_no_error(rules, text):
    assert errors(rules, text) == []


def test_a_governor_whose_state_is_named_is_still_checked(rules):
    assert errors(rules, "date 2014-10-27 Tripura Governor Kaptan Singh Solanki spoke.") == [
        "Kaptan Singh Solanki"]


@pytest.mark.parametrize("text", [
    "date 2019-08-08 In his first term, the Prime Minister's Home Minister, Rajnath Singh, spoke of "
    "the five Cs.",
    "date 2020-09-25 In the UPA years, Agriculture Minister Sharad Pawar wrote to chief ministers.",
    "date 2020-09-25 यूपीए सरकार के दौर में कृषि मंत्री शरद पवार ने मुख्यमंत्रियों को पत्र लिखा।",
    "date 2013-06-01 When Narasimha Rao took over that summer, the country had to pledge gold, and his "
    "Finance Minister, Manmohan Singh, devalued the rupee.",
])
def test_a_term_an_era_or_a_past_when_is_some_time_before_the_article(rules, text):
    assert errors(rules, text) == []


@pytest.mark.parametrize(("text", "wrong"), [
    ("date 2013-06-01 When the budget is presented next month, Finance Minister Manmohan Singh will "
     "speak.", "Manmohan Singh"),
    ("date 2020-09-25 In the years since, Agriculture Minister Sharad Pawar wrote to chief ministers.",
     "Sharad Pawar"),
])
def test_a_coming_when_or_years_since_leave_the_claim_in_the_present(rules, text, wrong):
    assert errors(rules, text) == [wrong]


def test_a_paragraph_that_opens_in_a_time_gone_by_makes_its_undated_claims_a_guess(rules):
    opening = "date 2016-01-10 1991 में जब नरसिंह राव ने कमान संभाली, तब देश संकट में था। "
    claim = "लेखक कहते हैं कि सुधारों का श्रेय केवल वित्त मंत्री मनमोहन सिंह को देना अधूरी कहानी है।"
    assert errors(rules, opening + claim) == []
    # a new paragraph, or a paragraph that opens in the present, is about the article's day
    assert errors(rules, opening + "\n\n" + claim) == ["मनमोहन सिंह"]
    assert errors(rules, "date 2016-01-10 देश संकट में था। 1991 में नरसिंह राव ने कमान संभाली। " + claim) == [
        "मनमोहन सिंह"]


def test_a_title_owning_the_next_noun_is_no_apposition(rules):
    text = ("date 2014-08-28 श्रीमती निर्मला सीतारमण, प्रधानमंत्री के प्रधान सचिव श्री नृपेंद्र मिश्र "
            "उपस्थित थे।")
    assert [f for f in findings(rules, text, "office-holder") if "Sitharaman" in f.message] == []


@pytest.mark.parametrize("text", [
    # a government said to be gone by, or dated by years gone by
    "date 2019-07-26 Nirmala Sitharaman, Defence Minister in the previous government, moved to Finance.",
    "date 2019-07-26 Nirmala Sitharaman, Defence Minister in the last NDA government, is now in Finance.",
    "date 2019-07-26 In Modi's first term, Defence Minister Nirmala Sitharaman bought the jets.",
    "date 2019-07-26 In the Modi government of 2014-19, Defence Minister Nirmala Sitharaman signed it.",
    "date 2019-07-26 पिछली सरकार में रक्षा मंत्री निर्मला सीतारमण ने राफेल सौदा किया।",
    "date 2019-07-26 मोदी सरकार के पहले कार्यकाल में रक्षा मंत्री निर्मला सीतारमण ने सौदा किया।",
    "date 2019-07-26 2014 से 2019 तक चली मोदी सरकार में रक्षा मंत्री निर्मला सीतारमण ने सौदा किया।",
    "date 2019-07-26 2017 से 2019 तक रक्षा मंत्री निर्मला सीतारमण ने तीन सौदे किए।",
    # a cleft, a year the titled name owns, a photograph from the archive
    "date 2019-07-26 It was Defence Minister Nirmala Sitharaman who signed the deal in 2018.",
    "date 2019-07-26 Defence Minister Nirmala Sitharaman's 2018 visit to Moscow sealed the deal.",
    "date 2019-07-26 File photo: Defence Minister Nirmala Sitharaman.",
    "date 2019-07-26 फाइल फोटो: रक्षा मंत्री निर्मला सीतारमण।",
    # a rank among the office's holders
    "date 2019-07-26 The 14th Prime Minister, Manmohan Singh, spoke.",
    "date 2019-07-26 India's first full-time woman Defence Minister Nirmala Sitharaman is now in Finance.",
    "date 2019-07-26 The country's youngest Chief Minister Akhilesh Yadav is now an MP.",
    "date 2019-07-26 देश की पहली पूर्णकालिक महिला रक्षा मंत्री निर्मला सीतारमण अब वित्त मंत्री हैं।",
    "date 2019-07-26 देश के 14वें प्रधानमंत्री मनमोहन सिंह ने कहा।",
])
def test_a_title_of_a_time_gone_by_is_no_error(rules, text):
    assert errors(rules, text) == []


@pytest.mark.parametrize("text", [
    # a memory, a past perfect of the clause, "once"
    "date 2020-03-17 Retired officers recalled how Defence Minister Manohar Parrikar would come in sandals.",
    "date 2021-05-10 Sarma had quit the Congress after falling out with Chief Minister Tarun Gogoi.",
    "date 2020-01-01 Defence Minister Nirmala Sitharaman's decision to open the roads had drawn protests.",
    "date 2019-07-31 The court had struck down the law in a verdict by Chief Justice J.S. Khehar.",
    "date 2021-08-06 External Affairs Minister Sushma Swaraj once tweeted that the embassy would help.",
    "date 2019-08-07 Back when she was External Affairs Minister, Sushma Swaraj once told a user she "
    "could not help with fridges.",
    # a Hindi clause ending in a past copula, a tenure, a death
    "date 2020-05-10 विदेश मंत्री सुषमा स्वराज संयुक्त राष्ट्र महासभा में हिंदी में भाषण देती थीं।",
    "date 2019-08-25 नोटबंदी के समय भी वित्त मंत्री अरुण जेटली ही थे।",
    "date 2016-05-10 गतिरोध के बाद विदेश मंत्री सलमान खुर्शीद चीन की यात्रा पर गए थे।",
    "date 2020-05-10 गृह मंत्री राजनाथ सिंह अपने कार्यकाल में कई बार जम्मू-कश्मीर के दौरे पर गए।",
    "date 2021-01-10 राष्ट्रपति प्रणब मुखर्जी के संस्मरण उनके निधन के बाद प्रकाशित हुए।",
    "date 2020-05-10 During his tenure, Home Minister Rajnath Singh visited Kashmir many times.",
    # a time told by a past event the text names, another title held now, a memory told after
    "date 2022-03-10 During the Doklam standoff, Foreign Secretary S. Jaishankar briefed the panel.",
    "date 2020-03-10 Defence Minister Manohar Parrikar, speaking days after the surgical strikes, said so.",
    "date 2020-03-10 At the height of demonetisation, Finance Minister Arun Jaitley said ATMs would adapt.",
    "date 2020-03-10 उरी हमले के बाद रक्षा मंत्री मनोहर पर्रिकर श्रीनगर पहुंचे।",
    "date 2020-03-10 नोटबंदी के दौरान वित्त मंत्री अरुण जेटली ने कहा कि हालात सुधरेंगे।",
    "date 2022-03-10 Foreign Secretary S. Jaishankar, now the External Affairs Minister, told the panel.",
    "date 2022-03-10 विदेश सचिव एस जयशंकर, जो अब विदेश मंत्री हैं, ने समिति को बताया।",
    "date 2022-03-10 Chief Minister Amarinder Singh had promised to waive loans, Charanjit Singh Channi "
    "recalled.",
    "date 2020-03-10 'Prime Minister Manmohan Singh wanted the talks to go on,' Salman Khurshid said of "
    "his time as External Affairs Minister.",
    # a year of another calendar dates nothing
    "date 2025-03-30 शक संवत 1947 का नववर्ष रविवार को शुरू हुआ, प्रधानमंत्री नरेंद्र मोदी ने बधाई दी।",
    # "now" in the name's clause, the year in another's
    "date 2018-03-20 अप्रैल 2014 में गृह मंत्री सुशीलकुमार शिंदे थे, मगर आज देश के गृह मंत्री राजनाथ सिंह हैं।",
    "date 2022-03-01 2015 में पेट्रोलियम मंत्री धर्मेंद्र प्रधान थे और अब पेट्रोलियम मंत्री हरदीप सिंह पुरी हैं।",
    # each line of a timeline dated by its own year
    "date 2020-01-01 Key dates\n2016 – Defence Minister Manohar Parrikar signs the Rafale deal\n"
    "2018 – Defence Minister Nirmala Sitharaman visits Paris",
    # a sentence told in the past after a day long gone, in a paragraph of a feature
    "date 2021-12-01 The Congress formed the government with outside support. On Monday, December 17, "
    "2018, Kamal Nath, the party's state chief, was sworn in at Bhopal.\n\nChief Minister Kamal "
    "Nath's government lasted fifteen months. Its loan-waiver scheme was slow.",
    "date 2022-06-10 On Saturday, February 14, 2015, Kejriwal took oath. Within months he was at war "
    "with Lieutenant Governor Najeeb Jung over appointments.",
    # an older story published again is told as of its first day
    "date 2019-05-26 This article was first published on 26 May 2014 and is republished on the "
    "anniversary. President Pranab Mukherjee administered the oath on Monday.",
    "date 2019-05-16 [From our archives, 16 May 2014] Narendra Modi, the Chief Minister of Gujarat, "
    "is set to become Prime Minister.",
    "date 2020-07-25 (यह खबर पहली बार 25 जुलाई 2017 को प्रकाशित हुई थी) मुख्य न्यायाधीश जगदीश सिंह खेहर ने "
    "उन्हें शपथ दिलाई।",
    # a title with its years, or the time it was held up to, after it
    "date 2021-01-02 Rajnath Singh, Home Minister (2014-19) and Defence Minister (2019-), spoke.",
    "date 2019-11-29 Devendra Fadnavis, the Chief Minister before the election, completed his term.",
    "date 2021-08-15 J. P. Nadda, Health Minister for most of the first Modi government, leads the BJP.",
    # a month of a year told before
    "date 2021-01-10 2014 में नई सरकार बनी। उसी साल सितंबर में राष्ट्रपति प्रणब मुखर्जी वियतनाम गए।",
    # a Devanagari initial with a full stop does not end the sentence
    "date 2019-08-22 आरोप है कि वित्त मंत्री पी. चिदंबरम के कार्यकाल में मंजूरी दी गई थी।",
])
def test_a_title_told_of_a_time_gone_by_is_no_error(rules, text):
    assert errors(rules, text) == []


@pytest.mark.parametrize("text", [
    "date 2019-07-26 Defence Minister Nirmala Sitharaman said the army had done its job.",
    "date 2019-07-26 Defence Minister Nirmala Sitharaman had a meeting with the chiefs.",
    "date 2019-07-26 Defence Minister Nirmala Sitharaman had warned Pakistan of a response.",
    "date 2019-07-26 Defence Minister Nirmala Sitharaman once again said the deal was clean.",
    "date 2019-07-26 2015 में रक्षा मंत्री मनोहर पर्रिकर थे और अब रक्षा मंत्री निर्मला सीतारमण हैं।",
    "date 2019-07-26 On Monday, December 17, 2018, the deal was signed. Defence Minister Nirmala "
    "Sitharaman says it is clean.",
    "date 2019-07-26 During the meeting, Defence Minister Nirmala Sitharaman said the deal was clean.",
    "date 2019-07-26 Defence Minister Nirmala Sitharaman recalled her visit to Leh.",
    "date 2019-07-26 रक्षा मंत्री निर्मला सीतारमण ने कहा कि सेना तैयार थी।",
    "date 2019-07-26 रक्षा मंत्री निर्मला सीतारमण आज लेह में थीं।",
])
def test_a_title_of_the_articles_day_beside_a_past_is_still_an_error(rules, text):
    assert errors(rules, text) == ["Nirmala Sitharaman" if "Nirmala" in text else "निर्मला सीतारमण"]


@pytest.mark.parametrize("text", [
    "date 2019-07-26 Nirmala Sitharaman, Defence Minister in this government, spoke.",
    "date 2019-07-26 It is Defence Minister Nirmala Sitharaman who will decide.",
    "date 2019-07-26 Photo: Defence Minister Nirmala Sitharaman.",
    "date 2019-07-26 First, Defence Minister Nirmala Sitharaman spoke.",
    "date 2019-07-26 The first letter declared Defence Minister Nirmala Sitharaman's order void.",
    "date 2019-07-26 They backed a second term for Defence Minister Nirmala Sitharaman.",
])
def test_the_same_titles_of_today_are_still_errors(rules, text):
    assert errors(rules, text) == ["Nirmala Sitharaman"]


@pytest.mark.parametrize("text", [
    # named to an office, perhaps not yet sworn in
    "date 2021-04-07 Newly appointed Chief Justice N. V. Ramana will take oath later this month.",
    "date 2018-09-15 Soon-to-be Chief Justice Ranjan Gogoi met the judges.",
    "date 2018-01-02 New Foreign Secretary Vijay Keshav Gokhale was India's ambassador in Beijing.",
    "date 2019-07-21 West Bengal's new Governor, Jagdeep Dhankhar, thanked the President.",
    "date 2015-08-08 बिहार के नवनियुक्त राज्यपाल रामनाथ कोविंद ने आभार जताया।",
    "date 2019-12-17 नए थलसेना प्रमुख मनोज मुकुंद नरवणे अभी उप प्रमुख हैं।",
    "date 2016-12-19 नामित थलसेना प्रमुख बिपिन रावत ने कहा।",
])
def test_a_title_someone_is_named_to_is_no_error(rules, text):
    assert errors(rules, text) == []


def test_new_delhis_new_is_no_mark_of_a_title_to_come(rules):
    text = "date 2019-01-09 New Delhi Lieutenant Governor Najeeb Jung invoked the Act."
    assert errors(rules, text) == ["Najeeb Jung"]


@pytest.mark.parametrize("text", [
    "date 2019-07-26 The Prime Minister is Narendra Modi, the Defence Minister is Rajnath Singh.",
    "date 2019-07-26 The Prime Minister was Narendra Modi, India's Defence Minister was Rajnath Singh.",
    "date 2019-07-26 The meeting was chaired by Narendra Modi, the Defence Minister being away.",
    "date 2019-07-26 It was Narendra Modi, the Home Minister told reporters, who made the call.",
])
def test_a_title_that_is_the_next_verbs_subject_is_no_apposition(rules, text):
    assert errors(rules, text) == []


@pytest.mark.parametrize("text", [
    "date 2019-07-26 Narendra Modi, the Defence Minister, said nothing.",
    "date 2019-07-26 Narendra Modi, the Defence Minister of India, said nothing.",
    "date 2019-07-26 Narendra Modi, the Defence Minister who visited Leh, said nothing.",
])
def test_a_title_in_apposition_is_still_checked(rules, text):
    assert errors(rules, text) == ["Narendra Modi"]


@pytest.mark.parametrize("text", [
    "date 2015-11-20 नीतीश कुमार पांचवीं बार बने बिहार के मुख्यमंत्री, तेजस्वी यादव उपमुख्यमंत्री",
    "date 2017-09-03 मंत्रिमंडल में फेरबदल: निर्मला सीतारमण बनीं रक्षा मंत्री, पीयूष गोयल को रेलवे",
])
def test_a_title_someone_became_is_not_the_next_names(rules, text):
    assert errors(rules, text) == []


FACT_CHECK = ("date 2019-08-20 FACT CHECK: The viral post is false. A viral post claims that \"Home "
              "Minister Rajnath Singh moved the resolution to scrap Article 370\". Amit Shah moved it.")
FACT_CHECK_HI = ("date 2019-08-20 फैक्ट चेक: यह दावा गलत है। वायरल पोस्ट में लिखा है: \"गृह मंत्री राजनाथ सिंह "
                 "ने अनुच्छेद 370 हटाने का प्रस्ताव रखा\"। प्रस्ताव अमित शाह ने रखा था।")


@pytest.mark.parametrize("text", [FACT_CHECK, FACT_CHECK_HI])
def test_a_fact_check_quoting_the_claim_it_refutes_makes_no_claim(rules, text):
    assert errors(rules, text) == []


def test_news_that_quotes_a_title_still_has_it_checked(rules):
    # no fact check: a quotation is what someone says, and it is checked
    text = ("date 2019-08-20 A post on social media said \"Home Minister Rajnath Singh moved the "
            "resolution\", officials said.")
    assert errors(rules, text) == ["Rajnath Singh"]


@pytest.mark.parametrize(("text", "wrong"), [
    ("date 2018-05-12 After Pokhran, Prime Minister Atal Bihari Vajpayee added two words to it.", []),
    ("date 2018-05-12 पोखरण के बाद, प्रधानमंत्री अटल बिहारी वाजपेयी ने इसमें दो शब्द जोड़े।", []),
    # after something unnamed: no time gone by is said
    ("date 2018-05-12 After the meeting, Finance Minister Rajnath Singh spoke.", ["Rajnath Singh"]),
])
def test_after_a_named_event_is_some_time_before(rules, text, wrong):
    assert errors(rules, text) == wrong


def test_before_someone_became_the_holder_is_some_time_before(rules):
    text = ("date 2018-11-20 The Sabarimala judgment was delivered by a bench headed by CJI Dipak Misra, "
            "before Ranjan Gogoi became CJI.")
    assert errors(rules, text) == []


# --- the home country, a foreigner's title, knowledge that ends ---------------------------

PACK = """
    pack: two-countries
    home_country: freedonia
    as_of: 2020-01-01
    entities:
      - {id: freedonia, type: country, names: {en: [Freedonia]}, demonyms: {en: [Freedonian]}}
      - {id: sylvania, type: country, names: {en: [Sylvania]}, demonyms: {en: [Sylvanian]}}
      - {id: ann-lee, type: person, country: freedonia, names: {en: [Ann Lee]}}
      - {id: cy-dee, type: person, country: freedonia, names: {en: [Cy Dee]}}
      - {id: bo-chan, type: person, country: sylvania, names: {en: [Bo Chan]}}
    offices:
      - {id: freedonia-agri, country: freedonia, names: {en: [Minister of Agriculture]}}
      - {id: sylvania-agri, country: sylvania, names: {en: [Minister of Agriculture]}}
    tenures:
      - {person: ann-lee, office: freedonia-agri, start: 2010-01-01}
      - {person: bo-chan, office: sylvania-agri, start: 2010-01-01, end: 2019-12-31}
    checks:
      - {id: office-holder, kind: office-holder}
"""


def test_an_unqualified_title_is_the_home_countrys_office(tmp_path):
    rules = pack_rules(tmp_path, PACK)
    assert error_texts(rules, "date 2015-06-01 Agriculture Minister Cy Dee spoke.") == ["Cy Dee"]
    assert error_texts(rules, "date 2015-06-01 Agriculture Minister Ann Lee spoke.") == []
    # another country's minister, unqualified: whose office is a guess; no error
    assert error_texts(rules, "date 2015-06-01 Agriculture Minister Bo Chan spoke.") == []
    assert error_texts(rules, "date 2015-06-01 Sylvanian Agriculture Minister Ann Lee spoke.") == ["Ann Lee"]


@pytest.mark.parametrize("text", [
    "date 2018-11-21 Prime Minister Nguyen Xuan Phuc met President Ram Nath Kovind in Hanoi.",
    "date 2018-11-21 प्रधानमंत्री न्गुयेन शुआन फुक ने हनोई में राष्ट्रपति रामनाथ कोविंद से मुलाकात की।",
    "date 2016-09-03 Modi met President Tran Dai Quang and Prime Minister Nguyen Xuan Phuc.",
])
def test_a_foreigners_bare_title_is_read_as_their_own_countrys_office(rules, text):
    # held then: nothing to report (it was "cannot check that X was India's Prime Minister")
    assert findings(rules, text, "office-holder") == []


def test_a_foreigners_bare_title_they_did_not_hold_is_an_info_about_their_own_country(rules):
    text = "date 2018-11-21 President Nguyen Xuan Phuc met President Ram Nath Kovind in Hanoi."
    found = findings(rules, text, "office-holder")
    assert [(f.severity, f.text) for f in found] == [("info", "Nguyen Xuan Phuc")]
    assert "Vietnam's President" in found[0].message and "India" not in found[0].message
    # a home national's bare title is still the home country's office, and checked
    assert errors(rules, "date 2018-11-21 Prime Minister Rajnath Singh met officials.") == ["Rajnath Singh"]


def test_a_claim_after_the_knowledge_ends_is_info_not_an_error(tmp_path):
    rules = pack_rules(tmp_path, PACK)
    assert error_texts(rules, "date 2019-06-01 Agriculture Minister Cy Dee spoke.") == ["Cy Dee"]
    found = findings(rules, "date 2023-06-01 Agriculture Minister Cy Dee spoke.", "office-holder")
    assert [f.severity for f in found] == ["info"]
    assert "2020-01-01" in found[0].message


def test_a_home_country_the_packs_do_not_define_is_a_located_pack_error(tmp_path):
    with pytest.raises(Exception) as raised:
        pack_rules(tmp_path, PACK.replace("home_country: freedonia", "home_country: atlantis"))
    assert "home_country" in str(raised.value) and "atlantis" in str(raised.value)


# --- one person, one entity ------------------------------------------------------------

@pytest.mark.parametrize(("second", "why"), [
    ("{id: droupadi, type: person, country: freedonia, names: {en: [Droupadi Murmu]}}", "romanisation"),
    ("{id: ann-lea, type: person, country: freedonia, names: {en: [Anne Leigh]}, wikidata: Q1}",
     "Wikidata"),
])
def test_one_person_as_two_entities_is_reported(tmp_path, second, why):
    pack = f"""
        pack: people
        entities:
          - {{id: freedonia, type: country, names: {{en: [Freedonia]}}}}
          - {{id: draupadi, type: person, country: freedonia, names: {{en: [Draupadi Murmu]}}, wikidata: Q1}}
          - {second}
    """
    problems = lint(pack_rules(tmp_path, pack))
    assert len(problems) == 1 and why in problems[0] and "pack.yaml:" in problems[0]


def test_different_people_with_different_names_are_not_reported(tmp_path):
    pack = """
        pack: people
        entities:
          - {id: freedonia, type: country, names: {en: [Freedonia]}}
          - {id: ram-singh, type: person, country: freedonia, names: {en: [Ram Singh]}}
          - {id: rama-singh, type: person, country: freedonia, names: {en: [Raman Singh]}}
    """
    assert lint(pack_rules(tmp_path, pack)) == []


# --- titles as the press writes them -----------------------------------------------------

@pytest.mark.parametrize(("text", "wrong"), [
    ("date 2020-06-01 यूपी के मुख्यमंत्री अखिलेश यादव ने कहा।", "अखिलेश यादव"),
    ("date 2020-06-01 एमपी के मुख्यमंत्री कमलनाथ ने कहा।", "कमलनाथ"),
    ("date 2020-06-01 लोकसभा अध्यक्ष सुमित्रा महाजन ने कहा।", "सुमित्रा महाजन"),
    ("date 2017-07-15 J&K CM Omar Abdullah met the Prime Minister.", "Omar Abdullah"),
    ("date 2017-07-15 CM of Jammu & Kashmir Omar Abdullah met the Prime Minister.", "Omar Abdullah"),
])
def test_title_forms_built_by_rule_are_checked(rules, text, wrong):
    assert errors(rules, text) == [wrong]
    right = {"अखिलेश यादव": "योगी आदित्यनाथ", "कमलनाथ": "शिवराज सिंह चौहान", "सुमित्रा महाजन": "ओम बिरला",
             "Omar Abdullah": "Mehbooba Mufti"}[wrong]
    assert errors(rules, text.replace(wrong, right)) == []


# --- counterparts, coordination, resignations ------------------------------------------------

@pytest.mark.parametrize(("text", "wrong"), [
    ("date 2020-06-01 The Russian Foreign Minister met his Indian counterpart Rajnath Singh.",
     "Rajnath Singh"),
    ("date 2020-06-01 रूस के विदेश मंत्री ने अपने भारतीय समकक्ष राजनाथ सिंह से मुलाकात की।", "राजनाथ सिंह"),
    ("date 2020-06-01 The Russian Foreign Minister met his counterpart Rajnath Singh.", None),
    ("date 2020-06-01 The Prime Minister and Home Minister Rajnath Singh spoke.", "Rajnath Singh"),
    ("date 2020-06-01 Gujarat's deputy chief minister and finance minister Rajnath Singh spoke.", None),
])
def test_counterparts_and_coordinated_titles(rules, text, wrong):
    assert errors(rules, text) == ([wrong] if wrong else [])


@pytest.mark.parametrize("text", [
    "date 2014-05-27 Sushma Swaraj is External Affairs Minister, M. Venkaiah Naidu gets Urban Development.",
    "date 2019-06-01 Amit Shah is the Home Minister, S. Jaishankar is External Affairs Minister.",
    "date 2019-06-01 Present were Rajnath Singh, Defence Minister, Amit Shah, Home Minister, and others.",
    "date 2019-06-01 Modi named Rajnath Singh as Defence Minister, Amit Shah as Home Minister.",
    "date 2019-06-01 Rajnath Singh has been made Defence Minister, Amit Shah takes Home.",
    "date 2021-07-01 राजनाथ सिंह को रक्षा मंत्री, अमित शाह को गृह मंत्री बनाया गया।",
])
def test_a_title_said_of_the_name_before_it_is_not_given_to_the_name_after_its_comma(rules, text):
    assert errors(rules, text) == []


@pytest.mark.parametrize("text", [
    "date 2021-07-01 The Defence Minister, Amit Shah, said so.",
    "date 2021-07-01 Modi's Defence Minister, Amit Shah, said so.",
    "date 2021-07-01 Earlier, Defence Minister, Amit Shah said so.",
    "date 2021-07-01 Rajnath Singh met Defence Minister Amit Shah.",
])
def test_a_title_before_a_comma_and_a_name_is_still_that_names(rules, text):
    assert errors(rules, text) == ["Amit Shah"]


@pytest.mark.parametrize("text", [
    "date 2020-06-01 HANOI, Vietnam - Defence Minister Rajnath Singh met officials.",
    "date 2020-06-01 HANOI, Vietnam (Reuters) - Defence Minister Rajnath Singh met officials.",
    "date 2020-06-01 हनोई, वियतनाम। रक्षा मंत्री राजनाथ सिंह ने अधिकारियों से मुलाकात की।",
])
def test_a_datelines_place_is_not_the_titles_country(rules, text):
    assert errors(rules, text) == []
    assert errors(rules, "date 2020-06-01 Vietnam's Defence Minister Rajnath Singh met officials.") == [
        "Rajnath Singh"]


@pytest.mark.parametrize(("text", "wrong"), [
    ("date 2020-06-01 HM Rajnath Singh said so.", "Rajnath Singh"),
    ("date 2020-06-01 RM Nirmala Sitharaman said so.", "Nirmala Sitharaman"),
    ("date 2020-06-01 Union Minister for Defence Nirmala Sitharaman said so.", "Nirmala Sitharaman"),
])
def test_abbreviations_and_forms_of_any_english_name_of_the_office(rules, text, wrong):
    assert errors(rules, text) == [wrong]
    right = {"Rajnath Singh": "Amit Shah", "Nirmala Sitharaman": "Rajnath Singh"}[wrong]
    assert errors(rules, text.replace(wrong, right)) == []


# --- events ----------------------------------------------------------------------------

@pytest.mark.parametrize("text", [
    "date 2021-07-01 Defence Minister Nirmala Sitharaman spoke at length on trade, energy and many "
    "other matters of common concern with officials of the other side in the India-Vietnam Virtual "
    "Summit.",
    "date 2021-07-01 रक्षा मंत्री निर्मला सीतारमण ने अन्य पक्ष के अधिकारियों के साथ कई विषयों पर लंबी "
    "बातचीत की और भारत-वियतनाम वर्चुअल शिखर सम्मेलन में भाग लिया।",
])
def test_a_definite_event_dates_its_sentence_however_far_it_stands(rules, text):
    [found] = [f for f in findings(rules, text, "office-holder") if f.severity == "error"]
    assert "2020-12-21" in found.message
    assert errors(rules, text.replace("Nirmala Sitharaman", "Rajnath Singh")
                  .replace("निर्मला सीतारमण", "राजनाथ सिंह")) == []


def test_an_indefinite_event_noun_binds_no_event_the_articles_time_does_not_fit(rules):
    # "a virtual summit" in 2018 is not the 2020 summit: the claim is about 2018
    assert errors(rules, "date 2018-06-01 At a virtual summit, Defence Minister Nirmala Sitharaman "
                         "spoke.") == []


def test_an_event_of_a_relative_clause_does_not_date_the_main_claim(rules):
    text = ("date 2021-07-01 Defence Minister Nirmala Sitharaman, who spoke at the India-Vietnam "
            "Virtual Summit, is visiting Hanoi.")
    [found] = [f for f in findings(rules, text, "office-holder") if f.severity == "error"]
    assert "2021-07-01" in found.message


def test_a_past_construction_whose_sentence_has_a_date_of_another_clause(rules):
    # "under X" is about some time before; Sunday dates the opening, not the approval
    text = ("date 2019-03-10 The bridge, which was approved under Chief Minister Prithviraj Chavan, "
            "opened on Sunday.")
    assert findings(rules, text, "office-holder") == []


# --- a role phrase, a lower rank, the late, a past copula, a year-only tenure -------------

@pytest.mark.parametrize("text", [
    "date 2022-01-07 As Defence Minister, Manohar Parrikar visited Cam Ranh Bay.",
    "date 2019-05-30 As Foreign Secretary, S. Jaishankar handled the Doklam talks with China.",
    "date 2020-06-15 In his five years as Home Minister, Rajnath Singh served under Modi.",
    "date 2021-01-15 While Home Minister, Rajnath Singh visited Kashmir often.",
    "date 2021-01-15 During his tenure as Defence Minister, Manohar Parrikar pushed reforms.",
])
def test_a_role_phrase_set_off_by_a_comma_is_about_some_time_before_the_article(rules, text):
    assert errors(rules, text) == []


@pytest.mark.parametrize("text", [
    "date 2021-01-15 As Defence Minister, Amit Shah visited Hanoi on Monday.",
    "date 2021-01-15 He spoke as Defence Minister Amit Shah looked on.",
])
def test_a_role_phrase_with_its_own_date_and_as_a_conjunction_are_still_checked(rules, text):
    assert errors(rules, text) == ["Amit Shah"]


@pytest.mark.parametrize("text", [
    "date 2016-12-17 सरकार ने उप थल सेनाध्यक्ष लेफ्टिनेंट जनरल बिपिन रावत को अगला थल सेनाध्यक्ष नियुक्त किया।",
    "date 2021-07-01 उप वायुसेनाध्यक्ष एयर मार्शल विवेक राम चौधरी ने कार्यभार संभाला।",
    "date 2018-06-15 Deputy Army Chief Lt Gen Sarath Chand reviewed it.",
])
def test_a_deputy_is_not_the_office_his_title_names(rules, text):
    assert errors(rules, text) == []
    assert errors(rules, "date 2018-06-15 थल सेनाध्यक्ष लेफ्टिनेंट जनरल शरत चंद ने समीक्षा की।") == ["शरत चंद"]


@pytest.mark.parametrize("text", [
    "date 2021-08-22 स्वर्गीय प्रधानमंत्री अटल बिहारी वाजपेयी की जोड़ी ने भाजपा को मज़बूत किया।",
    "date 2021-03-15 स्वर्गीय रक्षा मंत्री मनोहर पर्रिकर की सादगी के किस्से सुनाए जाते हैं।",
    "date 2022-06-20 स्व. विदेश मंत्री सुषमा स्वराज की याद में भवन का नाम रखा गया।",
    "date 2022-06-20 मरहूम विदेश मंत्री सुषमा स्वराज की याद में भवन का नाम रखा गया।",
    "date 2021-03-15 नवंबर 2014 से मार्च 2017 तक रक्षा मंत्री मनोहर पर्रिकर थे।",
    "date 2019-08-07 मई 2014 से मई 2019 तक विदेश मंत्री सुषमा स्वराज थीं।",
])
def test_the_late_and_a_past_copula_put_a_hindi_title_in_the_past(rules, text):
    assert errors(rules, text) == []


def test_a_tenure_known_only_by_its_year_of_ending_is_no_holder_in_that_year(rules):
    # the packs have Omar Abdullah 2009 to 2015, years only: he left in January 2015
    assert severities(rules, "date 2015-06-15 Jammu and Kashmir Chief Minister Mufti Mohammad Sayeed "
                             "met the Prime Minister.") == ["info"]
    assert errors(rules, "date 2012-06-15 Jammu and Kashmir Chief Minister Mufti Mohammad Sayeed "
                         "met the Prime Minister.") == ["Mufti Mohammad Sayeed"]


# --- a state's title without its state, a "then" list, a body's title ---------------------

@pytest.mark.parametrize("text", [
    # only Punjab's deputy chief minister is in the packs: a bare title may be any state's
    "date 2021-12-15 In Maharashtra, Deputy Chief Minister Ajit Pawar also holds the finance portfolio.",
    "date 2016-06-10 Bihar's road department is headed by Deputy Chief Minister Tejashwi Yadav.",
    # a place before a comma is where, not whose
    "date 2021-08-23 In Delhi, Chief Minister Nitish Kumar said the meeting went well.",
])
def test_a_states_title_that_does_not_name_the_state_is_no_error_for_someone_who_never_held_it(
        rules, text):
    assert errors(rules, text) == []


@pytest.mark.parametrize(("text", "wrong"), [
    ("date 2020-06-01 Chief Minister Akhilesh Yadav opened the road.", "Akhilesh Yadav"),
    ("date 2020-06-01 Delhi Chief Minister Nitish Kumar opened the road.", "Nitish Kumar"),
])
def test_a_states_title_is_still_checked_for_its_holders_and_when_it_names_the_state(rules, text, wrong):
    assert errors(rules, text) == [wrong]


@pytest.mark.parametrize("text", [
    "date 2020-10-27 उसमें भारत की ओर से तत्कालीन विदेश मंत्री सुषमा स्वराज और रक्षा मंत्री निर्मला सीतारमण "
    "शामिल हुए थे।",
    "date 2021-06-01 The then Defence Minister Manohar Parrikar and Home Minister Rajnath Singh praised it.",
    "date 2021-06-01 Former Defence Minister Manohar Parrikar and Home Minister Rajnath Singh praised it.",
    "date 2021-06-01 सर्जिकल स्ट्राइक सितंबर 2016 में हुई थी। तब रक्षा मंत्री मनोहर पर्रिकर ने सराहना की।",
])
def test_a_then_or_former_title_carries_over_to_the_title_coordinated_with_it(rules, text):
    assert errors(rules, text) == []
    assert errors(rules, "date 2021-06-01 Defence Minister Rajnath Singh and Home Minister Rajnath Singh "
                         "praised it.") == ["Rajnath Singh"]


def test_a_title_whose_name_is_followed_by_of_the_and_a_body_is_that_bodys(rules):
    assert errors(rules, "date 2013-12-10 Chief Justice N. V. Ramana of the Delhi High Court heads the "
                         "collegium.") == []
    assert errors(rules, "date 2013-12-10 Chief Justice N. V. Ramana heads the collegium.") == [
        "N. V. Ramana"]


@pytest.mark.parametrize("text", [
    "date 2024-12-14 उसी दिन पूर्व प्रधानमंत्री अटल बिहारी वाजपेयी की जन्मशती भी है।",
    "date 2024-12-14 उसी समय पूर्व प्रधानमंत्री मनमोहन सिंह का संदेश पढ़ा गया।",
    "date 2021-06-01 सोमवार के दिन पूर्व प्रधानमंत्री मनमोहन सिंह ने कहा।",
])
def test_purva_after_that_day_is_former_not_ago(rules, text):
    assert errors(rules, text) == []


@pytest.mark.parametrize("text", [
    "date 2019-12-05 He offered to resign at the time, but Prime Minister Manmohan Singh rejected the offer.",
    "date 2019-12-01 At the time, Defence Minister Manohar Parrikar signed it with his French counterpart.",
    "date 2019-12-01 Prime Minister Manmohan Singh then rejected Chidambaram's offer to resign.",
    "date 2019-01-11 संजय बारू 2004 से 2008 तक प्रधानमंत्री मनमोहन सिंह के मीडिया सलाहकार रहे थे।",
    "date 2020-01-01 पुलक चटर्जी 2011 से 2014 तक प्रधानमंत्री मनमोहन सिंह के प्रधान सचिव रहे।",
    "date 2021-07-01 An earlier version of this story wrongly said Arun Jaitley was Home Minister in 2016.",
])
def test_a_time_told_before_and_a_correction_make_no_error(rules, text):
    assert errors(rules, text) == []
    assert errors(rules, "date 2019-12-01 Prime Minister Manmohan Singh rejected the offer.") == [
        "Manmohan Singh"]


@pytest.mark.parametrize("text", [
    "date 2020-06-10 Amit Shah, like Home Minister Rajnath Singh before him, chairs the Zonal Councils.",
    "date 2017-09-04 रक्षा मंत्री मनोहर पर्रिकर (2014-17) ने वन रैंक वन पेंशन योजना की घोषणा की थी।",
    "date 2017-09-04 Defence Minister Manohar Parrikar (2014-17) announced the scheme.",
    "date 2019-08-25 जीएसटी लागू होने के बाद वित्त मंत्री अरुण जेटली ने कहा था कि कर आधार बढ़ेगा।",
    "date 2022-03-01 गृह मंत्री राजनाथ सिंह ने नक्सल नीति की घोषणा की थी।",
    "date 2019-08-07 2014-19 के दौरान विदेश मंत्री सुषमा स्वराज ने हजारों भारतीयों की मदद की।",
    "date 2019-03-19 2015 के दौरान रक्षा मंत्री मनोहर पर्रिकर ने इस योजना की घोषणा की।",
    "date 2019-08-25 2017 की गर्मियों में वित्त मंत्री अरुण जेटली ने बैठकों की अध्यक्षता की।",
])
def test_a_span_of_years_a_past_perfect_and_a_predecessor_are_about_the_past(rules, text):
    assert errors(rules, text) == []


@pytest.mark.parametrize(("text", "wrong"), [
    ("date 2019-03-19 2015 के दौरान रक्षा मंत्री अमित शाह ने इस योजना की घोषणा की।", "अमित शाह"),
    ("date 2022-03-01 गृह मंत्री राजनाथ सिंह ने नक्सल नीति की घोषणा की।", "राजनाथ सिंह"),
])
def test_a_part_of_a_year_dates_a_hindi_claim_and_a_simple_past_is_still_checked(rules, text, wrong):
    assert errors(rules, text) == [wrong]


@pytest.mark.parametrize("text", [
    "date 2014-06-05 निवर्तमान प्रधानमंत्री मनमोहन सिंह ने नई सरकार को शुभकामनाएं दीं।",
    "date 2017-08-05 निवर्तमान राष्ट्रपति प्रणब मुखर्जी ने नए राष्ट्रपति को शुभकामनाएं दीं।",
    "date 2014-06-10 पिछले प्रधानमंत्री मनमोहन सिंह ने कहा।",
    "date 2017-08-10 पूर्ववर्ती राष्ट्रपति प्रणब मुखर्जी ने कहा।",
    "date 2014-06-05 Outgoing Prime Minister Manmohan Singh attended the ceremony.",
])
def test_outgoing_and_previous_holders_are_then_and_former(rules, text):
    assert errors(rules, text) == []
    assert errors(rules, "date 2021-07-01 पिछले सप्ताह रक्षा मंत्री अमित शाह ने कहा।") == ["अमित शाह"]


# --- an undated article's first full date --------------------------------------------

@pytest.mark.parametrize("text", [
    # a photo's caption gives the first full date
    "Sushma Swaraj speaks to reporters in New Delhi, May 28, 2018. REUTERS/File Photo\n\n"
    "NEW DELHI (Reuters) - India's former foreign minister Sushma Swaraj died on Tuesday (August 6), "
    "officials said.",
    "Arun Jaitley at a conference in Mumbai, February 1, 2018. Photo: PTI\n\n"
    "Former finance minister Arun Jaitley died on Saturday (August 24) in New Delhi.",
    # a deadline in the story gives it
    "Home Minister Amit Shah on Tuesday said the reorganisation would take effect from October 31, 2019.",
    "Defence Minister Rajnath Singh on Friday said those who served till March 31 2014 would get "
    "the arrears.",
    "गृह मंत्री अमित शाह ने मंगलवार को कहा कि 31 दिसंबर 2014 तक आए शरणार्थियों को नागरिकता मिलेगी।",
    "यह तस्वीर 12 जनवरी 2017 की है।\n\nपूर्व रक्षा मंत्री मनोहर पर्रिकर का रविवार (17 मार्च) को निधन हो गया।",
])
def test_an_undated_articles_first_full_date_elsewhere_than_its_head_is_a_guess(rules, text):
    assert [f for f in findings(rules, text) if f.severity == "error"] == []


@pytest.mark.parametrize(("text", "wrong"), [
    # a first full date that heads the article stands as its date
    ("New Delhi, 5 March 2014: Home Minister Amit Shah said on Monday that the bill would pass.",
     "Amit Shah"),
    ("5 March 2014\n\nHome Minister Amit Shah said the bill would pass.", "Amit Shah"),
    ("Published on: Wednesday, 5 March 2014\n\nHome Minister Amit Shah said the bill would pass.",
     "Amit Shah"),
    ("दिनांक: 5 मार्च 2020\n\nरक्षा मंत्री अमित शाह ने कहा कि सेना तैयार है।", "अमित शाह"),
    # a date of the claim's own clause is the claim's, whatever the article's date
    ("Home Minister Amit Shah inaugurated the bridge on 5 March 2014.", "Amit Shah"),
])
def test_a_first_full_date_heading_the_article_or_the_claims_own_date_is_still_checked(rules, text, wrong):
    assert errors(rules, text) == [wrong]


def test_a_weekday_beside_a_day_whose_year_only_a_guess_gives_is_not_checked(rules):
    caption = "Parrikar at a seminar in Mumbai, January 12, 2017. REUTERS/File Photo\n\n"
    said = "India's former defence minister Manohar Parrikar died on Sunday (March 17)."
    assert [f.rule for f in findings(rules, caption + said) if f.severity == "error"] == []
    headed = "Panaji, 20 March 2017: " + said  # its own date: 17 March 2017 was a Friday
    assert "date" in [f.rule for f in findings(rules, headed) if f.severity == "error"]


@pytest.mark.parametrize("text", [
    "date 2021-05-01 Live updates.\n\nAssam CM Himanta Biswa Sarma's ministers also take the oath. "
    "pic.twitter.com/Ab12Cd34— ANI (@ANI) May 10, 2021",
    "date 2021-05-01 Live updates.\n\nAssam Chief Minister Himanta Biswa Sarma chairs his first cabinet "
    "meeting. pic.twitter.com/Ef56 — Press Trust of India (@PTI_News) May 11, 2021",
    "date 2021-05-01 ताज़ा अपडेट।\n\nअसम के मुख्यमंत्री हिमंत बिस्व सरमा ने पहली बैठक की। "
    "pic.twitter.com/Gh78 — ANI_HindiNews (@AHindinews) May 11, 2021",
])
def test_an_embedded_posts_signature_dates_the_words_of_its_line(rules, text):
    assert errors(rules, text) == []


def test_a_line_without_a_posts_signature_keeps_the_articles_date(rules):
    text = ("date 2021-05-01 Assam CM Himanta Biswa Sarma's ministers also take the oath.\n\n"
            "Leaders greet him. pic.twitter.com/Ab12 — ANI (@ANI) May 10, 2021")
    assert errors(rules, text) == ["Himanta Biswa Sarma"]


@pytest.mark.parametrize("text", [
    # a title set before a name the packs do not know is that name's, not the one before the comma
    "date 2019-10-27 समारोह में जगत प्रकाश नड्डा, पंजाब के राज्यपाल वीपी सिंह बदनोरे और अन्य नेता मौजूद थे।",
    "date 2018-05-02 बैठक में अमरिंदर सिंह, पंजाब के राज्यपाल वीपी सिंह बदनोरे और मुख्य सचिव मौजूद थे।",
    # a known name after the title: it was always that name's
    "date 2021-03-10 मंच पर योगी आदित्यनाथ, उत्तराखंड के मुख्यमंत्री तीरथ सिंह रावत और अन्य नेता बैठे थे।",
])
def test_a_hindi_title_before_an_unknown_name_in_a_list_is_not_the_previous_names(rules, text):
    assert errors(rules, text) == []


@pytest.mark.parametrize(("text", "wrong"), [
    # set after a name, with a postposition or a comma after it, the title is still that name's
    ("date 2019-10-27 जगत प्रकाश नड्डा, पंजाब के राज्यपाल, ने कहा।", "जगत प्रकाश नड्डा"),
    ("date 2019-10-27 जगत प्रकाश नड्डा, पंजाब के राज्यपाल ने कहा।", "जगत प्रकाश नड्डा"),
])
def test_a_hindi_title_set_after_a_name_is_still_that_names(rules, text, wrong):
    assert errors(rules, text) == [wrong]


STATE_STORY = ("date 2021-08-18 Haryana Chief Minister Manohar Lal Khattar honoured the javelin champion at "
               "his residence on Wednesday. He said the state government would build a new stadium. ")


def test_a_bare_ministers_title_in_a_state_governments_story_may_be_the_states(rules):
    # the packs know a Sandeep Singh only as an air marshal: a namesake's office says nothing
    assert errors(rules, STATE_STORY + "Sports Minister Sandeep Singh was also present.") == []
    assert errors(rules, STATE_STORY.replace("state government", "government") +
                  "Sports Minister Sandeep Singh was also present.") == ["Sandeep Singh"]
    # a national minister of another portfolio so titled is still wrong
    assert errors(rules, STATE_STORY + "Sports Minister Rajnath Singh was also present.") == ["Rajnath Singh"]


@pytest.mark.parametrize("text", [
    "date 2019-11-10 On November 10, 2019, leaders including Shri Narendra Modi, the Honourable Prime "
    "Minister, Shri Amit Shah, the Union Home Minister, and others spoke.",
    "date 2021-08-14 On 14 August 2021, greetings came from Shri Ram Nath Kovind, the Hon'ble President, "
    "Shri M. Venkaiah Naidu, the Vice President, and others.",
])
def test_a_title_honouring_the_name_before_it_in_a_list_is_not_the_next_names(rules, text):
    assert errors(rules, text) == []


def test_a_yearless_day_in_another_clause_than_an_undated_articles_dated_day_is_a_guess(rules):
    said = ("The regulator named a new chair on Thursday. Buch, who took over as chair on March 2, 2022, "
            "had her last working day on February 28 (Friday).")  # 28 February 2025, three years on
    assert [f.rule for f in findings(rules, said) if f.severity == "error"] == []
    listed = "The leaders met on Thu, 10 Dec 2020 and on Friday (11 December)."  # one clause: its year
    assert [f.rule for f in findings(rules, listed) if f.severity == "error"] == []
    wrong = "The leaders met on Wed, 10 Dec 2020 and on Saturday (11 December)."
    assert [f.text for f in findings(rules, wrong) if f.severity == "error"] == ["Wed", "Saturday"]


@pytest.mark.parametrize("text", [
    "date 2017-01-04 The bench's verdict restored the ousted Chief Minister Nabam Tuki to office.",
    "date 2017-01-10 The ruling brought back the deposed Arunachal Pradesh Chief Minister Nabam Tuki.",
    "date 2017-01-10 फैसले ने अपदस्थ मुख्यमंत्री नबाम तुकी की सरकार बहाल कर दी।",
])
def test_an_ousted_holder_is_a_former_one(rules, text):
    assert errors(rules, text) == []
    wrong = "date 2021-07-01 The ousted Defence Minister Rajnath Singh spoke."
    assert errors(rules, wrong) == ["Rajnath Singh"]


@pytest.mark.parametrize("text", [
    "date 2019-07-05 लोकसभा सांसद और पूर्व राज्य वित्त मंत्री जयंत सिन्हा ने बजट की बारीकियां समझाईं।",
    "date 2020-02-01 राज्य वित्त मंत्री अनुराग ठाकुर बजट के दौरान वित्त मंत्री के साथ रहे।",
    "date 2019-06-10 पूर्व राज्य रक्षा मंत्री सुभाष भामरे ने धुले में कार्यकर्ताओं से मुलाकात की।",
])
def test_a_hindi_minister_of_state_written_rajya_first_is_not_the_cabinets(rules, text):
    assert errors(rules, text) == []
    assert errors(rules, "date 2020-02-01 वित्त मंत्री अनुराग ठाकुर ने कहा।") == ["अनुराग ठाकुर"]
