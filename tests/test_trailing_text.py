"""trailing-text: what is pasted after an article is reported, the article's own words never."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from .conftest import findings, texts_of

OPENING = ("Defence Minister Rajnath Singh held talks with his Vietnamese counterpart Phan Van "
           "Giang by video link. The two ministers agreed to widen training for their forces. ")
HINDI_OPENING = ("रक्षा मंत्री राजनाथ सिंह ने वियतनाम के रक्षा मंत्री फान वान जियांग से वीडियो के जरिए "
                 "बात की। दोनों मंत्रियों ने प्रशिक्षण बढ़ाने पर सहमति जताई। ")


def trailing(rules, text):
    return texts_of(findings(rules, text, "trailing-text"))


@pytest.mark.parametrize(
    ("ending", "pasted"),
    [
        # glued to the full stop of the last sentence: two sentences, only the list reported
        ("Singh also visited a naval base, officials said.ALSO READ: Heavy rain shuts schools "
         "in the hills", "ALSO READ: Heavy rain shuts schools in the hills"),
        # several labels and headlines run together, as scraped pages keep them
        ("The talks ended on a warm note. Also read: Film star opens a bakery in his home town"
         "Also read | Farmers cheer as monsoon arrives early",
         "Also read: Film star opens a bakery in his home townAlso read | Farmers cheer as "
         "monsoon arrives early"),
        ("Officials will meet again in spring.READCity opens two new parks for childrenTraffic "
         "eases on the ring road after repairs",
         "READCity opens two new parks for childrenTraffic eases on the ring road after repairs"),
        ("Both sides called the meeting useful. Read more: Ten tips to keep your garden green",
         "Read more: Ten tips to keep your garden green"),
    ],
)
def test_a_link_list_at_the_end_is_reported_from_its_label(rules, ending, pasted):
    assert trailing(rules, OPENING + ending) == [pasted]


@pytest.mark.parametrize("label", ["इसे भी पढ़ें...", "यह भी पढ़ें : ", "ये भी पढ़ें-"])
def test_a_hindi_link_list_at_the_end_is_reported(rules, label):
    text = HINDI_OPENING + "बैठक अच्छे माहौल में हुई।\n" + label + "शहर में बारिश से कई सड़कें डूबीं"
    assert trailing(rules, text) == [label + "शहर में बारिश से कई सड़कें डूबीं"]


def test_a_hindi_link_in_the_middle_is_not_reported_with_the_text_after_it(rules):
    text = (HINDI_OPENING + "बैठक अच्छे माहौल में हुई।\nयह भी पढ़ें : शहर में बारिश से कई सड़कें डूबीं\n"
            "दोनों देश अगले साल फिर मिलेंगे। तब तक अभ्यास जारी रहेगा - रक्षा प्रवक्ता")
    assert trailing(rules, text) == []


@pytest.mark.parametrize(
    "ending",
    [
        # a label whose links the text no longer holds: only a layout remnant
        "The ministers will meet again next year.ALSO READ:",
        # a link in the middle, and the article's own sentences after it
        "Also read: Film star opens a bakery in his home townThe ministers then toured a "
        "shipyard. They will meet again next year.",
        # a video or a picture of the story itself
        "The ministers will meet again next year.WATCH: Ministers tour the shipyard in Hanoi",
        "The ministers will meet again next year. SEE PIC: The two ministers at the shipyard",
        # an embedded post after the label
        "The ministers will meet again next year. Also read: Navy ships dock in port "
        "pic.twitter.com/abc123",
        # "Read" as a verb is no label
        "Read the joint statement on the ministry's website",
    ],
)
def test_labels_that_do_not_end_the_article_with_headlines_are_not_reported(rules, ending):
    assert trailing(rules, OPENING + ending) == []


# Each ending names someone the packs know and the article does not, as pasted
# headlines do; each is still the article's own.
@pytest.mark.parametrize(
    "ending",
    [
        # the article's own last sentence, its full stop missing: a quotation, reported speech
        '"Even at sea there can be more trust between navies," Narendra Modi wrote once',
        "Even at sea there can be more trust and understanding between navies, Narendra Modi "
        "had said once",
        # a subheading glued to the last sentence
        "They will meet again.NARENDRA MODI GREETS PEOPLE ON FESTIVAL DAY AND VISITS TEMPLES",
        # a team list and the tags of an embedded post
        "The squad for the joint drill was named on Friday.Navy Team:Arun Kumar (Captain)Vivek "
        "RaoSanjay MenonPrakash NairRohit SharmaAmit Das",
        "PM Narendra Modi greets people on festival day across cities #navy #defence #friendship",
        # a table closing a release, and the line that introduces it
        "Places offered so far, as Narendra Modi announced on his visit to the academy:\nArmy 40"
        "\nNavy 25\nAir Force 15",
        "Places offered so far, as Narendra Modi announced on his visit to the academy, per "
        "service:\nArmy 40 places\nNavy 25 places\nAir Force 15 places",
    ],
)
def test_the_articles_own_endings_are_not_reported(rules, ending):
    assert trailing(rules, OPENING + ending) == []


def test_the_same_words_run_on_as_a_headline_are_reported(rules):
    pasted = "Narendra Modi greets people on festival day across cities and visits temples"
    assert trailing(rules, OPENING + "They will meet again." + pasted) == [pasted]


def test_headlines_run_on_without_a_label_are_reported_after_the_last_sentence(rules):
    pasted = ("आज करेंगे पीएम मोदी मन की बात, किसानों से कर सकते हैं चर्चा शहर में तेज बारिश से कई सड़कें "
              "डूबीं")
    # glued to the danda of the last sentence, and after a space
    for joint in ("", " "):
        assert trailing(rules, HINDI_OPENING + "बैठक अच्छे माहौल में हुई।" + joint + pasted) == [pasted]


def test_a_timelines_last_line_is_the_articles_own(rules):
    text = ("date 2020-01-01 नॉर्थ ब्लॉक का घटनाक्रम:\n2013 – गृह मंत्री सुशील कुमार शिंदे ने हैदराबाद का दौरा किया\n"
            "2016 – गृह मंत्री राजनाथ सिंह ने सार्क बैठक में हिस्सा लिया\n"
            "2019 – गृह मंत्री अमित शाह ने राज्यसभा में अनुच्छेद 370 पर संकल्प पेश किया")
    assert findings(rules, text, "trailing-text") == []


SESSION = ("date 2024-06-20 राष्ट्रपति द्रौपदी मुर्मू गुरुवार को दोनों सदनों की संयुक्त बैठक को संबोधित करेंगी। "
           "अभिभाषण में सरकार की आगे की योजनाएं होंगी।\n\nअभिभाषण के बाद सत्ताधारी दल धन्यवाद प्रस्ताव लाएगा।\n\n")


def test_a_last_sentence_cut_short_is_the_articles_own(rules):
    cut = "प्रधानमंत्री नरेंद्र मोदी लोकसभा में बहस का जवाब अगले सप्ताह के"  # ends on a postposition
    assert trailing(rules, SESSION + cut) == []
    headline = "प्रधानमंत्री नरेंद्र मोदी लोकसभा में बहस का जवाब अगले सप्ताह"
    assert trailing(rules, SESSION + headline) == [headline]
    for cut_word in ("औ", "द"):  # a word cut off: of "और", of "देंगे"
        assert trailing(rules, SESSION + headline + " " + cut_word) == []


def test_run_on_text_that_names_nothing_known_is_not_judged(rules):
    ending = "Stocks fell sharply as investors worried about inflation and central bank rates"
    assert trailing(rules, OPENING + "They will meet again next year. " + ending) == []


@pytest.mark.parametrize(
    ("text", "found"),
    [
        ("The death toll rose to TK, officials said.", ["TK"]),
        ("The minister will visit Hanoi on TK.", ["TK"]),
        ("He alerted Captain TK Guha too late.", []),  # initials before a surname
        ("The statement was read by Rajeev TK, a spokesman.", []),  # initials after a name
    ],
)
def test_tk_is_a_placeholder_only_where_it_cannot_be_initials(rules, text, found):
    assert texts_of(findings(rules, text, "no-placeholders")) == found


_LABEL_PIECES = st.sampled_from([
    " इसे भी देखें: ", " यह भी \u092a\u0922\u093c\u0947\u0902 | ", " ALSO WATCH: ", " Also read: ",
    " READ MORE: ",
    "ALSO READ", "ALSOREAD", "ALSO WATCH", "READ MORE", "READ", "Also read", "Also Watch", "Read more",
    "Read", "read", "Watch", "इसे भी देखें", "यह भी \u092a\u095d\u0947\u0902", "ये भी \u092a\u0922\u093c\u0947",
    "इसे भी \u092a\u0922\u093c\u0947\u0902", " ", "\t", "\u00a0", "?", ":", "|", "||", "-", "–", "—", "..",
    "…", "\n", "said.", "The", "Modi", "PM", "x"])


@given(st.lists(_LABEL_PIECES, max_size=12))
def test_a_text_without_a_label_word_has_no_label(pieces):
    """The link-list scan is skipped for a text holding none of LABEL_WORDS:
    every label holds one."""
    from factcheck.checks.trailing_text import LABEL, LABEL_WORDS

    text = "".join(pieces)
    assert LABEL.search(text) is None or any(word in text for word in LABEL_WORDS)


@pytest.mark.parametrize("cut", ["Scholz gave a brief s", "Scholz met the leaders of the"])
def test_a_label_in_a_text_that_stops_mid_sentence_is_no_link_list(rules, cut):
    story = (OPENING + "They will meet again.\n\nRead more: Who is Germany's new foreign minister?\n\n"
             "What happens next\n\n")
    assert trailing(rules, story + cut) == []
    assert trailing(rules, story.rstrip()) != []  # ending on the headlines: a link list


def test_a_summary_in_the_other_script_after_the_story_is_not_judged_by_shared_words(rules):
    summary = "Finance Minister Nirmala Sitharaman delivered the longest budget speech in the Lok Sabha"
    assert trailing(rules, SESSION + "वित्त मंत्री ने लोकसभा में लंबा बजट भाषण दिया।\n" + summary) == []
    # in the story's own script, the same run-on is still judged
    hindi = "वित्त मंत्री निर्मला सीतारमण ने लोकसभा में सबसे लंबा बजट भाषण पढ़ा सांसदों ने मेजें थपथपाईं"
    assert trailing(rules, SESSION + "संसद में बजट पेश हुआ।" + hindi) == [hindi]


@pytest.mark.parametrize("going_on", [
    "Both ministers also praised Nirmala Sitharaman for raising the budget for coastal defence posts",
    "They further called on Amit Shah to speed up the fencing of coastal districts in Gujarat",
])
def test_a_last_passage_going_on_from_the_one_before_is_the_articles_own(rules, going_on):
    """A passage that opens with a pronoun or a link word refers back: the
    article's own text, cut short, never a headline pasted after it."""
    before = OPENING + "Singh later toured the shipyard in Hai Phong. "
    assert trailing(rules, before + going_on) == []
    rest = going_on.split(" ", 2)[2]
    headline = rest[0].upper() + rest[1:]  # the same words without the opening ones
    assert trailing(rules, before + headline) == [headline]


def test_a_hindi_passage_going_on_from_the_one_before_is_the_articles_own(rules):
    going_on = "इसके साथ ही वित्त मंत्री निर्मला सीतारमण ने बजट भाषण में किसानों के लिए नई योजनाओं की"
    assert trailing(rules, SESSION + going_on) == []


def test_a_promotion_inside_the_article_is_no_link_list_when_the_article_goes_on(rules):
    story = OPENING + "They will meet again.\n\nAlso read | Who are the new faces in the cabinet\n\n"
    for going_on in ("Meanwhile", "Meanwhi", "However"):
        assert trailing(rules, story + going_on) == []
    assert trailing(rules, story.rstrip()) != []  # ending on the headline: a link list


@pytest.mark.parametrize("going_on", [
    "अब देखना होगा कि क्या नेता प्रतिपक्ष राहुल गांधी बहस में सरकार को घेर पाते हैं",
    "इस दौरान दोनों नेताओं ने व्यापार और रक्षा सहयोग बढ़ाने के साथ भारत की हिंद प्रशांत नीति पर",
])
def test_a_hindi_last_line_looking_ahead_or_back_is_the_articles_own(rules, going_on):
    """"देखना होगा कि ..." looks ahead from the story, "इस दौरान ..." back to
    it: the story's own last line, with or without its danda."""
    assert trailing(rules, SESSION + going_on) == []


def test_a_link_list_with_its_last_word_cut_after_a_virama_is_an_excerpts_cut(rules):
    story = HINDI_OPENING + "बैठक अच्छे माहौल में हुई।\nइसे भी पढ़ें: शहर में तेज बारिश से कई सड़कें डूबीं\n"
    going_on = "बैठक के बाद दोनों मंत्रियों ने पत्रकारों से बात की और ऑस्ट्"
    assert trailing(rules, story + going_on) == []
    assert trailing(rules, story.rstrip()) != []  # ending on the headline: a link list


PROFILE = ("date 2019-08-24 पूर्व वित्त मंत्री अरुण जेटली का शनिवार को निधन हो गया। वह 66 वर्ष के थे। "
           "उन्होंने 2014 से 2019 तक वित्त मंत्रालय संभाला और जीएसटी लागू करवाया। ")


def test_a_hindi_closing_passage_with_a_word_of_the_subjects_name_is_the_articles_own(rules):
    """Hindi has no capitals: a word of a name the article gives ("जेटली" after
    "अरुण जेटली") ties the closing passage to the article."""
    tail = "देश के जाने माने वकील जेटली अटल बिहारी वाजपेयी की सरकार में भी कानून और सूचना प्रसारण मंत्री रहे"
    assert trailing(rules, PROFILE + tail) == []
    other = tail.replace("जेटली", "वह")  # the same passage without the name: judged as before
    assert trailing(rules, PROFILE + other) == [other]


def test_a_closing_passage_cut_after_a_virama_is_the_articles_own(rules):
    """"... हरदीप सिंह पुरी लखनऊ में, मीनाक्": no Hindi word ends on a virama; the
    excerpt stopped in the article's own sentence."""
    listing = ("केंद्रीय मंत्री अनुराग ठाकुर अहमदाबाद में, केंद्रीय मंत्री स्मृति ईरानी पुणे में, हरदीप सिंह पुरी "
               "लखनऊ में, राजनाथ सिंह भोपाल में और धर्मेंद्र प्रधान कटक में मीनाक्")
    assert trailing(rules, SESSION + listing) == []
    whole = listing.rsplit(" ", 1)[0]  # without the cut word: judged as before
    assert trailing(rules, SESSION + whole) == [whole]


@pytest.mark.parametrize("tail", [
    "बैठक में भाजपा अध्यक्ष जेपी नड्डा के नेतृत्व के समर्थन में प्रस्ताव पारित हुआ और गृह मंत्री अमित शाह मौजूद रहे",
    "समारोह में पूर्व मुख्यमंत्री नवीन पटनायक और केंद्रीय मंत्री धर्मेंद्र प्रधान भी उपस्थित",
])
def test_a_closing_passage_at_the_event_the_article_tells_is_its_own(rules, tail):
    story = ("date 2024-06-07 प्रधानमंत्री नरेंद्र मोदी के साथ एनडीए के नवनिर्वाचित सांसदों ने शुक्रवार को संसद के "
             "सेंट्रल हॉल में बैठक की। "
             "बैठक के बाद शपथ ग्रहण समारोह की तैयारी शुरू हुई। समारोह रविवार को होगा। ")
    assert trailing(rules, story + tail) == []
    other = story.replace("बैठक", "चर्चा").replace("समारोह", "कार्यक्रम")  # the event not named before
    assert trailing(rules, other + tail) == [tail]


def test_a_closing_passage_after_the_incident_told_is_the_articles_own(rules):
    tail = "इस घटना के बाद शोक में पूरा देश डूब गया राष्ट्रपति रामनाथ कोविंद और प्रधानमंत्री नरेंद्र मोदी ने दुख जताया"
    story = ("date 2021-12-08 तमिलनाडु के कुन्नूर में बुधवार को सेना का हेलिकॉप्टर दुर्घटनाग्रस्त हो गया। उसमें सीडीएस "
             "जनरल बिपिन रावत सवार थे। हादसे की जांच के आदेश दिए गए। ")
    assert trailing(rules, story + tail) == []
