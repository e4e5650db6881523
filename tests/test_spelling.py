from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from .conftest import findings, texts_of

DATELINE = "date 2021-07-01 "


@pytest.mark.parametrize(
    ("text", "wrong", "suggestion"),
    [
        ("Defence Minister Rajnat Singh spoke.", "Rajnat Singh", "Rajnath Singh"),
        ("It was Narendra Mody who spoke.", "Narendra Mody", "Narendra Modi"),
        ("He thanked Sr Lt Gen Phan Van Giangfor for inviting him.", "Giangfor", "Giang for"),
        ("He met Nguyen Xuan Phucc in Hanoi.", "Nguyen Xuan Phucc", "Nguyen Xuan Phuc"),
    ],
)
def test_english_misspellings(rules, text, wrong, suggestion):
    found = findings(rules, DATELINE + text, "spelling")
    assert texts_of(found) == [wrong]
    assert found[0].suggestion == suggestion
    assert found[0].severity == "warning"


@pytest.mark.parametrize(
    ("text", "wrong", "suggestion"),
    [
        ('प्रधान मंत्री के "अत्मा निर्भार भारत" के दृष्टिकोण पर', "अत्मा निर्भार भारत", "आत्मनिर्भर भारत"),
        ("रक्षा मंत्री राजनथ सिंह ने कहा", "राजनथ सिंह", "राजनाथ सिंह"),
        ("उन्होंने राजनाथ सिंहने कहा", "सिंहने", "सिंह ने"),
    ],
)
def test_hindi_misspellings(rules, text, wrong, suggestion):
    found = findings(rules, text, "spelling")
    assert texts_of(found) == [wrong]
    assert found[0].suggestion == suggestion


@pytest.mark.parametrize(
    "text",
    [
        "Defence Minister Rajnath Singh met Sr Lt Gen Phan Van Giang and Phan Văn Giang.",
        "Nguyễn Xuân Phúc, Nguyen Xuan Phuc, Ngô Xuân Lịch and Ngo Xuan Lich met.",
        "PM Narendra Modi and PM Modi spoke of Atmanirbhar Bharat and the Indo-Pacific Oceans' Initiative.",
        "Both Defence Ministers and the Prime Ministers of India and Vietnam met the Vietnamese side.",
        "Mohan Singh and Manmohan Singh are different people.",
        "Anup Kumar Singh is not Arun Kumar Singh, and Mansukh Mandaviya is Mansukh L. Mandaviya.",
        "The Video Conferencing on Monday, in Indiana, with Indians and the Ministry of Defence.",
        "भारतीयों ने वीडियो कॉन्फ्रेंस के बाद और को वीडियो कॉन्फ्रेंसिंग की।",
        "The last word is a first name: Rajnath",
        "राजनाथ सिंह ने आत्मनिर्भर भारत और आत्म निर्भर भारत की बात की। वियतनाम के समाजवादी गणराज्य के मंत्री।",
        "उन्होंने आत्मनिर्भरता बढ़ाने पर जोर दिया। न्गो जुआन लिच और नरेंद्र मोदी ने बात की।",
    ],
)
def test_correct_names_are_not_flagged(rules, text):
    assert findings(rules, DATELINE + text, "spelling") == []


@pytest.mark.parametrize(
    ("text", "wrong", "suggestion"),
    [
        ("Prime Minister Narendr Modi spoke.", "Narendr Modi", "Narendra Modi"),
        ("Prime Minister Narednra Modi spoke.", "Narednra Modi", "Narendra Modi"),
        ("Prime Minister Narendra Mdoi spoke.", "Narendra Mdoi", "Narendra Modi"),
        ("Shri Prakash Javadekr spoke.", "Prakash Javadekr", "Prakash Javadekar"),
        ("Shri Rjanath Singh spoke.", "Rjanath Singh", "Rajnath Singh"),
        ("Shri Narendra Singh Tomr spoke.", "Narendra Singh Tomr", "Narendra Singh Tomar"),
    ],
)
def test_one_edit_in_any_word_of_a_name_even_around_a_correct_alias(rules, text, wrong, suggestion):
    found = findings(rules, DATELINE + text, "spelling")
    assert [(f.text, f.suggestion, f.severity) for f in found] == [(wrong, suggestion, "warning")]


@pytest.mark.parametrize(
    ("text", "glued", "suggestion"),
    [
        ("Prime Minister Narendra Moditoday spoke.", "Moditoday", "Modi today"),
        ("Home Minister Amit Shahwill speak.", "Shahwill", "Shah will"),
        ("Shri Nitin Gadkarialso spoke.", "Gadkarialso", "Gadkari also"),
        ("Shri Prakash Javadekarchaired the meeting.", "Javadekarchaired", "Javadekar chaired"),
        ("प्रधानमंत्री नरेंद्र मोदीने कहा।", "मोदीने", "मोदी ने"),
        ("श्री नितिन गडकरीको बधाई।", "गडकरीको", "गडकरी को"),
        ("झारखंड के मुख्यमंत्री हेमंत सोरेनने कहा।", "सोरेनने", "सोरेन ने"),
        ("श्री प्रकाश जावड़ेकरकी अध्यक्षता में बैठक हुई।", "जावड़ेकरकी", "जावड़ेकर की"),
    ],
)
def test_a_name_glued_to_any_following_word(rules, text, glued, suggestion):
    found = findings(rules, DATELINE + text, "spelling")
    assert [(f.text, f.suggestion) for f in found] == [(glued, suggestion)]


@pytest.mark.parametrize("text", [
    "Prime Minister Narendra Modiji spoke.",
    "प्रधानमंत्री नरेंद्र मोदीजी ने कहा।",
    "Nitin Gadakari and Thaawarchand Gehlot spoke.",
    "Governor Bhagat Singh Koshyari spoke.",
    "Shri Narendra Modi's visit and the Narendra Modis of this world.",
    "He met Rajnath Singh, Narendra Modi and Amit Shah today.",
])
def test_suffixes_variants_and_correct_names_are_clean(rules, text):
    assert [f for f in findings(rules, DATELINE + text, "spelling") if f.severity != "info"] == []


@pytest.mark.parametrize(("text", "variant"), [
    ("President Ramnath Kovind spoke.", "Ramnath Kovind"),
    ("PM Naren dra Modi spoke.", "Naren dra Modi"),
])
def test_other_spacing_is_a_variant_at_most_info(rules, text, variant):
    found = findings(rules, DATELINE + text, "spelling")
    assert [(f.text, f.severity) for f in found] == [(variant, "info")]
    assert "variant" in found[0].message


def test_hindi_orthographic_equivalents_are_the_same_spelling(rules):
    for text in ("राजनाथ सिंह ने वीडियो कॉन्फ्रेंसिंग से बात की।", "राजनाथ सिंह ने वीडियो कांफ्रेंसिंग से बात की।",
                 "प्रधानमंत्री नरेन्द्र मोदी ने कहा।", "प्रधानमंत्री नरेंद्र मोदी ने कहा।"):
        assert findings(rules, DATELINE + text, "spelling") == [], text


def test_a_spelling_span_never_takes_in_a_neighbouring_word(rules):
    text = DATELINE + "राजनाथ सिंह ने आज वीडियो कांफ्रेसिंग के माध्यम से बात की।"
    # the slip (a missing nasal) is reported, without the "आज" before it
    assert [(f.text, f.suggestion) for f in findings(rules, text, "spelling")] == [
        ("वीडियो कांफ्रेसिंग", "वीडियो कॉन्फ्रेंसिंग")]


def test_loanword_vowel_length_is_a_variant_but_a_persons_is_a_misspelling(rules):
    assert findings(rules, DATELINE + "राजनाथ सिंह ने विडियो कॉन्फ्रेंसिंग से बात की।", "spelling") == []
    found = findings(rules, DATELINE + "प्रधानमंत्री नरेंद्र मोदि ने कहा।", "spelling")
    assert [(f.text, f.suggestion) for f in found] == [("नरेंद्र मोदि", "नरेंद्र मोदी")]


@pytest.mark.parametrize("text", [
    "Chief Minister M.K. Stalin spoke.", "Chief Minister MK Stalin spoke.", "Minister RK Singh spoke.",
    "Chief Minister Jagan Mohan Reddy spoke.", "Shri Ramnath Kovind spoke.",
    "राजनाथ सिंह ने वीडियो-कॉन्फ्रेंसिंग से बात की।", "श्री प्रकाश जावडेकर ने कहा।",
])
def test_variants_with_other_spacing_dots_initials_or_nukta_are_at_most_info(rules, text):
    found = findings(rules, DATELINE + text, "spelling")
    assert [f for f in found if f.severity != "info"] == []
    assert all("variant" in f.message for f in found)


WORLD_PACK = """\
    pack: world-names
    entities:
      - {id: australia, type: country, names: {en: [Australia], hi: [ऑस्ट्रेलिया]}}
      - {id: argentina, type: country, names: {en: [Argentina]}}
      - {id: aisha, type: person, names: {en: [Aisha Musa el-Said]}}
      - {id: andrea, type: person, names: {en: [Andrea Thompson]}}
      - {id: roberto, type: person, names: {en: [Roberto White]}}
      - {id: mugabe, type: person, names: {en: [Robert Mugabe]}}
      - {id: chen, type: person, names: {en: [Chen Shui-bian]}}
      - {id: rossi, type: person, names: {en: [Alessandro Rossi]}}
      - {id: kalyan, type: person, names: {en: [Kalyan Singh]}}
      - {id: jaishankar, type: person, names: {en: [Subrahmanyam Jaishankar]}}
    checks:
      - {id: spelling, kind: spelling}
    """


@pytest.fixture(scope="module")
def world_rules(tmp_path_factory):
    from .conftest import pack_rules

    return pack_rules(tmp_path_factory.mktemp("world"), WORLD_PACK)


@pytest.mark.parametrize("text", [
    "Australian exports rose and Argentine wheat fell.",
    "ऑस्ट्रेलियाई निर्यात बढ़ा।",
    "AMC said profits rose.",
    "A Thomson spokesman said the deal was done.",
    "Robert White said the deal was done.",
    "Chen Shibiao spoke for the ministry.",
    "A Rossignol spokesman declined to comment.",
    "The commission headed by N. K. Singhh met.",
])
def test_demonyms_lowercase_words_other_people_and_lone_initials_are_no_slips(world_rules, text):
    assert findings(world_rules, text, "spelling") == []


@pytest.mark.parametrize(("text", "slip", "suggestion"), [
    ("Austrailia exports rose.", "Austrailia", "Australia"),
    ("Roberto Whyte said the deal was done.", "Roberto Whyte", "Roberto White"),
    ("EAM S. Jaishanker met his counterpart.", "S. Jaishanker", "S. Jaishankar"),
    ("Chen Shuibean spoke for the ministry.", "Chen Shuibean", "Chen Shui-bian"),
])
def test_slips_of_the_same_names_are_still_found(world_rules, text, slip, suggestion):
    [found] = findings(world_rules, text, "spelling")
    assert (found.text, found.suggestion) == (slip, suggestion)


def test_more_initials_than_a_shortened_name_is_someone_else(world_rules):
    from factcheck.analysis import analyse
    from factcheck.articles import article_from_text

    article = article_from_text("N. K. Singh and K. Singh spoke.", "a.txt")
    analysis = analyse(article, world_rules.knowledge, world_rules.gazetteer, world_rules.readers)
    assert [m.text for m in analysis.mentions if m.refs("person")] == ["K. Singh"]
    assert analysis.mentions[-1].start == article.text.index("K. Singh spoke")


# --- Names as the press writes them (issue 13) --------------------------------------------


def _not_warned(found):
    return [(f.text, f.severity) for f in found if f.severity != "info"]


@pytest.mark.parametrize(("text", "variant"), [
    ("Chief Minister Shivraj Singh Chouhan opened the fair.", "Shivraj Singh Chouhan"),  # au/ou (चौहान)
    ("Chief Minister K Chandrasekhar Rao chaired it.", "K Chandrasekhar Rao"),  # sh/s, kh as in चंद्रशेखर
    ("Chief Minister K Chandrashekhar Rao chaired it.", "K Chandrashekhar Rao"),
    ("The bench of Justice Amitav Roy heard it.", "Amitav Roy"),  # a final schwa
    ("The bench of Justice Kurien Joseph heard it.", "Kurien Joseph"),  # ie/ia
    ("Chief Minister N Rangasamy was sworn in.", "N Rangasamy"),  # swamy/samy
    ("High Commissioner Taranjith Singh Sandhu spoke.", "Taranjith Singh Sandhu"),  # th/t
    ("Finance Minister Nirmala Sitaraman spoke.", "Nirmala Sitaraman"),  # th/t, त in सीतारमण
    ("Minister Prakash Jawadekar spoke.", "Prakash Jawadekar"),  # v/w
    ("Chief Minister Vijai Rupani spoke.", "Vijai Rupani"),  # a final ay/ai
    ("Minister Nitin Gadakari spoke.", "Nitin Gadakari"),  # a medial schwa
    ("मुख्यमंत्री विजय रूपानी ने कहा।", "विजय रूपानी"),  # ण/न
    ("मुख्यमंत्री रघुबर दास ने कहा।", "रघुबर दास"),  # व/ब
    ("मुख्यमंत्री विजय रुपानी ने कहा।", "विजय रुपानी"),  # ण/न, and a length the pack lists both ways
    ("Minister Najma Heptullah spoke.", "Najma Heptullah"),  # -ullah with or without its h
    ("T T V Dinakaran won the by-election.", "T T V Dinakaran"),  # the initials, and दिनाकरन's surname
    ("कांग्रेस अध्यक्ष मल्लिकार्जुन खरगे ने कहा।", "मल्लिकार्जुन खरगे"),  # र for a flapped ड़ (खड़गे)
])
def test_attested_romanisations_are_variants_reported_as_info_without_a_fix(rules, text, variant):
    found = findings(rules, DATELINE + text, "spelling")
    assert [(f.text, f.severity, f.suggestion) for f in found] == [(variant, "info", None)]
    assert "variant" in found[0].message


@pytest.mark.parametrize(("text", "variant"), [
    ("मुख्य निर्वाचन आयुक्त सुशील चंद्र ने तारीखों की घोषणा की।", "सुशील चंद्र"),  # चंद्रा: a final ा after a conjunct
    ("पूर्व मुख्यमंत्री चंपई सोरेन ने इस्तीफा दिया।", "चंपई सोरेन"),  # चंपाई: an ा before a vowel letter
])
def test_an_aa_hindi_writes_or_leaves_out_in_a_name_is_a_variant(rules, text, variant):
    found = findings(rules, DATELINE + text, "spelling")
    assert [(f.text, f.severity) for f in found] == [(variant, "info")]
    assert "another spelling" in found[0].message
    slip = text.replace(variant, variant.replace("पई", "पोई").replace("चंद्र", "चंद्रे"))  # another vowel: a slip
    assert [f.severity for f in findings(rules, DATELINE + slip, "spelling")] == ["warning"]


@pytest.mark.parametrize(("text", "variant"), [
    ("जियांग ने न्गो सुआन लिच की जगह ली।", "न्गो सुआन लिच"),  # Vietnamese x: स, श or ज
    ("जियांग ने न्गो शुआन लिच की जगह ली।", "न्गो शुआन लिच"),
    ("प्रधानमंत्री गुयेन सुआन फुक ने कहा।", "गुयेन सुआन फुक"),
    ("रक्षा मंत्री फान वान सियांग ने कहा।", "फान वान सियांग"),  # gi
])
def test_a_foreign_name_in_devanagari_with_another_sibilant_is_a_variant(rules, text, variant):
    found = findings(rules, DATELINE + text, "spelling")
    assert [(f.text, f.severity) for f in found] == [(variant, "info")]


@pytest.mark.parametrize("text", [
    "नेताओं ने शांति, समृद्धि और जनता के लिए संयुक्त विजन को अपनाया।",
    # a whole word a syllable or more short of the name's: "दृष्टि पत्र" (vision document)
    "नेताओं ने शांति, समृद्धि और जनता के लिए संयुक्त दृष्टि पत्र अपनाया।",
])
def test_a_word_of_a_long_devanagari_name_replaced_by_another_is_no_misspelling(rules, text):
    assert findings(rules, DATELINE + text, "spelling") == []


def test_a_word_written_with_its_own_diacritics_is_another_name(rules):
    text = "Phạm Minh Chánh, a fisherman from Quảng Ngãi, said the storm destroyed his boat."
    assert [f for f in findings(rules, DATELINE + text, "spelling") if f.severity != "info"] == []
    slip = "Prime Minister Pham Minh Chinhh met him."
    assert [f.severity for f in findings(rules, DATELINE + slip, "spelling")] == ["warning"]


def test_a_spelling_pib_writes_is_a_name_of_the_person(rules):
    text = "उपराष्ट्रपति श्री एम. वेंकैया नायडु ने समारोह का शुभारम्भ किया।"
    assert [f for f in findings(rules, DATELINE + text, "spelling") if f.severity != "info"] == []


def test_a_name_with_its_initials_set_apart_is_no_misspelling(rules):
    text = "सुनील अरोड़ा ने ओ.पी. रावत का स्थान लिया, जो शनिवार को सेवानिवृत्त हुए।"
    assert [f for f in findings(rules, DATELINE + text, "spelling") if f.severity != "info"] == []


def test_a_devanagari_names_word_with_a_letter_changed_is_still_a_misspelling(rules):
    text = "नेताओं ने शांति, समृद्धि और जनता के लिए संयुक्त दृष्टिकण अपनाया।"
    assert [f.severity for f in findings(rules, DATELINE + text, "spelling")] == ["warning"]


@pytest.mark.parametrize("text", ["कई पुराने कांग्रेसी नेता हैरान हैं।", "भाजपाई नेता खुश हैं।"])
def test_an_adjective_made_of_a_partys_name_is_no_misspelling(rules, text):
    assert findings(rules, DATELINE + text, "spelling") == []


@pytest.mark.parametrize(("text", "slip"), [
    ("जियांग ने न्गो जुआन लिक की जगह ली।", "न्गो जुआन लिक"),  # another letter, not a sibilant
    ("रक्षा मंत्री रासनाथ सिंह ने कहा।", "रासनाथ सिंह"),  # an Indian name has one spelling in Devanagari
])
def test_other_slips_in_devanagari_names_are_still_misspellings(rules, text, slip):
    found = findings(rules, DATELINE + text, "spelling")
    assert [(f.text, f.severity) for f in found] == [(slip, "warning")]


@pytest.mark.parametrize(("text", "slip", "suggestion"), [
    ("Delhi Chief Minister Arvind Kejirwal said so.", "Arvind Kejirwal", "Arvind Kejriwal"),
    ("Prime Minister Narendra Nodi said so.", "Narendra Nodi", "Narendra Modi"),
    ("Finance Minister Arun Jaitely said so.", "Arun Jaitely", "Arun Jaitley"),
    ("Justices Diapk Misra and others heard it.", "Diapk Misra", "Dipak Misra"),
    ("Chief Minister Yogi Adiyanath said so.", "Yogi Adiyanath", "Yogi Adityanath"),
    ("President Pranad Mukherjee said so.", "Pranad Mukherjee", "Pranab Mukherjee"),
    ("President Pranabh Mukherjee said so.", "Pranabh Mukherjee", "Pranab Mukherjee"),  # भ is no ब
    ("Defence Minister Rajnat Singh said so.", "Rajnat Singh", "Rajnath Singh"),  # थ: th is no t
    ("Home Minister Amit Sah said so.", "Amit Sah", "Amit Shah"),  # a short word: one letter is a name
    ("Chief Minister Haris Rawat said so.", "Haris Rawat", "Harish Rawat"),  # a final sh is no s
    ("Chief Minister Akilesh Yadav said so.", "Akilesh Yadav", "Akhilesh Yadav"),
    ("Chief Justice J S Khekar said so.", "J S Khekar", "J S Khehar"),  # the article's initials kept
    ("Vice President M Vankaiah Naidu said so.", "M Vankaiah Naidu", "M Venkaiah Naidu"),
    ("आज भरतीय सेना ने कहा।", "भरतीय", "भारतीय"),
    ("मुख्यमंत्री शिवराज सिंह चोहान ने कहा।", "शिवराज सिंह चोहान", "शिवराज सिंह चौहान"),
])
def test_real_misspellings_stay_warnings_with_the_right_suggestion(rules, text, slip, suggestion):
    found = findings(rules, DATELINE + text, "spelling")
    assert [(f.text, f.severity, f.suggestion) for f in found] == [(slip, "warning", suggestion)]


@pytest.mark.parametrize(("text", "person"), [
    ("Meghalaya Chief Minister Conrad K Sangma spoke.", "conrad-sangma"),  # a middle initial
    ("A bench of Justice Madan B. Lokur heard it.", "madan-lokur"),
    ("Chief Minister K0 Chandrashekar Rao spoke.", "k-chandrashekar-rao"),  # 0 for the stop
    ("मंत्री आर0 के0 सिंह ने कहा।", "r-k-singh"),
])
def test_a_name_with_a_middle_initial_or_a_zero_for_a_stop_is_that_person(rules, text, person):
    from factcheck.analysis import analyse
    from factcheck.articles import article_from_text

    assert findings(rules, DATELINE + text, "spelling") == []
    analysis = analyse(article_from_text(DATELINE + text, "a.txt"), rules.knowledge, rules.gazetteer)
    assert [m.refs("person") for m in analysis.mentions if m.refs("person")] == [[person]]


@pytest.mark.parametrize("text", [
    "Madhya Pradesh Chief Minister Shivraj Chouhan spoke.",  # first and last of three words
    "Agriculture Minister Narendra Tomar spoke.",
    "मुख्यमंत्री शिवराज चौहान ने कहा।",
])
def test_first_and_last_name_of_a_three_word_name_is_no_slip(rules, text):
    assert findings(rules, DATELINE + text, "spelling") == []


@pytest.mark.parametrize("text", [
    "A bench also comprising Justices A M Khanwilkar and D Y Chandrachud said so.",  # no cut in a word
    "The petitioner K Rajashekaran, a film producer, sought a stay.",  # an initial and another surname
    "The accountant Rajesh Agarwal was arrested.",  # near a short form only: someone else
    "Leader of the legislature party Ram Govind Chaudhary said so.",
    "एडिशनल डीसीपी अमरेंद्रसिंह ने बताया कि आरोपी पकड़ा गया।",  # अमरेंद्र is another name than अमरिंदर
    "The opposition gets defamed: Kiren Rijiju6:23 pm: the next update.",  # a time's digit
    "Nothing is possible in this alliance: Nitish Kumar7.02pm: I tried.",
    "मंत्री नीतीश कुमार7 ने कहा।",
])
def test_other_people_words_and_digits_after_a_name_are_no_slips(rules, text):
    assert findings(rules, DATELINE + text, "spelling") == []


@pytest.mark.parametrize(("text", "glued", "suggestion"), [
    ("Former minister P. Chidambaramsaid the bill was flawed.", "Chidambaramsaid", "Chidambaram said"),
    ("External Affairs Minister S. Jaishankarsaid so.", "Jaishankarsaid", "Jaishankar said"),
    ("Bihar Chief Minister Nitish Kumargave an ultimatum.", "Kumargave", "Kumar gave"),
])
def test_a_name_glued_after_an_initial_or_to_a_lowercase_word_is_a_warning(rules, text, glued, suggestion):
    found = findings(rules, DATELINE + text, "spelling")
    assert [(f.text, f.severity, f.suggestion) for f in found] == [(glued, "warning", suggestion)]


@pytest.mark.parametrize(("text", "glued"), [
    ("Helping victims is the priority, says Railway Minister Suresh PrabhuThe ministry said.", "PrabhuThe"),
    ("ALL ABOUT RAM NATH KOVINDBorn on October 1 in Kanpur.", "KOVINDBorn"),
    ("Minister Arvind KejriwalThe decision irked commuters.", "KejriwalThe"),
])
def test_a_name_run_into_a_capitalised_word_is_a_lost_break_reported_as_info(rules, text, glued):
    found = findings(rules, DATELINE + text, "spelling")
    assert [(f.text, f.severity) for f in found] == [(glued, "info")]
    assert "line break" in found[0].message


HOUSE_STYLE = """\
    pack: house-style
    entities:
      - {id: india, type: country, names: {en: [India]}}
      - {id: chauhan, type: person, country: india,
         names: {en: [Shivraj Singh Chauhan], hi: [शिवराज सिंह चौहान]}}
      - {id: kovind, type: person, country: india, names: {en: [Ram Nath Kovind]}}
    checks:
      - {id: spelling, kind: spelling, options: {variants: VARIANTS}}
    """


@pytest.mark.parametrize(("variants", "expected"), [
    ("warning", [("Shivraj Singh Chouhan", "warning", "Shivraj Singh Chauhan"),
                 ("Ramnath Kovind", "warning", "Ram Nath Kovind")]),
    ("info", [("Shivraj Singh Chouhan", "info", None), ("Ramnath Kovind", "info", "Ram Nath Kovind")]),
    ("none", []),
])
def test_a_pack_makes_variants_house_style_or_silent(tmp_path, variants, expected):
    from .conftest import pack_rules

    rules = pack_rules(tmp_path, HOUSE_STYLE.replace("VARIANTS", variants))
    found = findings(rules, "Shivraj Singh Chouhan met Ramnath Kovind.", "spelling")
    assert [(f.text, f.severity, f.suggestion) for f in found] == expected


def test_one_finding_per_span(rules):
    text = DATELINE + " ".join([
        "Shivraj Singh Chouhan met Arvind Kejirwal and Narendra Nodi.", "Nitish Kumar7.02pm: we met.",
        "Suresh PrabhuThe ministry and P. Chidambaramsaid so.", "Justices A M Khanwilkar and Amitav Roy.",
        "नरेंद्र मोदीने कहा। नितिन गडकरी और नितिन गडकरि मिले। विजय रूपानी ने कहा।"])
    found = findings(rules, text, "spelling")
    spans = [(f.start, f.end) for f in found]
    assert len(spans) == len(set(spans)) and len(found) >= 6


# --- spellings attested by the run -------------------------------------------

ATTESTING = {
    "en": ["Prime Minister Narendra Mody visited Pune on Monday.",
           "The opposition criticised Narendra Mody over the budget.",
           "Supporters of Narendra Mody gathered in the square in large numbers."],
    "hi": ["रक्षा मंत्री राजनथ सिंह ने कहा कि सेना तैयार है।",
           "विपक्ष ने राजनथ सिंह की आलोचना की।",
           "लखनऊ में राजनथ सिंह के समर्थक जुटे।"],
}


def _run_articles(texts: list[str], language: str) -> list:
    from factcheck.model import Article

    return [Article(path="run.jsonl", id=f"a{k}", text=text, date="2021-07-01", language=language)
            for k, text in enumerate(texts)]


def _spelling_of_run(rules, texts: list[str], language: str, jobs: int = 1
                     ) -> list[tuple[str, str, str | None]]:
    import factcheck

    report = factcheck.check(_run_articles(texts, language), rules=rules, jobs=jobs)
    return [(f.article, f.severity, f.suggestion) for f in report.findings if f.kind == "spelling"]


@pytest.mark.parametrize("language", ["en", "hi"])
def test_a_misspelling_written_alike_by_several_independent_articles_is_a_variant(rules, language):
    texts = ATTESTING[language]
    two = _spelling_of_run(rules, texts[:2], language)
    assert [severity for _, severity, _ in two] == ["warning", "warning"]
    three = _spelling_of_run(rules, texts, language)
    assert [(article, severity, suggestion) for article, severity, suggestion in three] == [
        ("a0", "info", None), ("a1", "info", None), ("a2", "info", None)]
    assert _spelling_of_run(rules, texts, language, jobs=2) == three


@pytest.mark.parametrize("language", ["en", "hi"])
def test_copies_of_one_text_attest_nothing(rules, language):
    copies = [ATTESTING[language][0]] * 4
    assert [severity for _, severity, _ in _spelling_of_run(rules, copies, language)] == ["warning"] * 4


def test_one_article_writing_a_slip_often_attests_nothing(rules):
    text = " ".join(ATTESTING["en"])
    found = _spelling_of_run(rules, [text], "en")
    assert found and all(severity == "warning" for _, severity, _ in found)


ATTESTED_BY = """\
    pack: attested
    entities:
      - {id: india, type: country, names: {en: [India]}}
      - {id: modi, type: person, country: india, names: {en: [Narendra Modi]}}
    checks:
      - {id: spelling, kind: spelling, options: OPTIONS}
    """


@pytest.mark.parametrize(("options", "expected"), [
    ("{attested_by: 0}", ["warning"] * 3),
    ("{attested_by: 4}", ["warning"] * 3),
    ("{attested_by: 2}", ["info"] * 3),
    ("{variants: warning}", ["warning"] * 3),
    ("{variants: none}", []),
])
def test_how_many_articles_attest_a_spelling_is_an_option(tmp_path, options, expected):
    from .conftest import pack_rules

    rules = pack_rules(tmp_path, ATTESTED_BY.replace("OPTIONS", options))
    found = _spelling_of_run(rules, ATTESTING["en"], "en")
    assert [severity for _, severity, _ in found] == expected


def test_an_attested_spelling_under_house_style_is_a_warning_with_the_packs_form(tmp_path):
    import factcheck

    from .conftest import pack_rules

    rules = pack_rules(tmp_path, ATTESTED_BY.replace("OPTIONS", "{variants: warning}"))
    report = factcheck.check(_run_articles(ATTESTING["en"], "en"), rules=rules)
    assert [(f.text, f.suggestion, "variant" in f.message) for f in report.findings] == [
        ("Narendra Mody", "Narendra Modi", True)] * 3


def test_the_gazetteer_gives_spelling_its_names_short_forms_and_sounds(rules):
    """What the spelling check reads of the gazetteer, through its public methods."""
    gazetteer = rules.gazetteer
    known = {name.keys: name for name in gazetteer.known_names()}
    assert known[("n", "modi")].abbreviated and not known[("narendra", "modi")].abbreviated
    assert {t.ref for t in known[("narendra", "modi")].targets} == {"narendra-modi"}
    refs = gazetteer.refs_by_name()
    # a three-word name's short form is no slip for anyone, though the scan does not find it
    assert refs[("shivraj", "chauhan")] == {"shivraj-singh-chauhan"}
    assert ("shivraj", "chauhan") not in known
    sounds = gazetteer.latin_only_sounds()
    assert sounds.skeletons and sounds.leading


@given(st.lists(st.sampled_from(["a", "b", "ab", "ba", "c", "", None]), max_size=12))
def test_words_after_a_leading_sound_are_found_as_word_by_word(sounds):
    """The C passes find the words a loop over the words finds: a word with a
    sound after one whose sound, or whose sound joined to the one before, leads."""
    from factcheck.checks.spelling.candidates import after_leading_sounds
    from factcheck.mentions import SILENT, Sounds

    leading = frozenset({"a", "ab", "ba", "bc", "abc", ""})
    words = [SILENT if sound is None else sound for sound in sounds]
    expected = {i for i in range(1, len(sounds))
                if sounds[i] is not None and sounds[i - 1] is not None
                and (sounds[i - 1] in leading
                     or (i >= 2 and sounds[i - 2] is not None and sounds[i - 2] + sounds[i - 1] in leading))}
    pairs = [a + b for a, b in zip(words, words[1:], strict=False)]
    assert after_leading_sounds(Sounds(words, pairs), leading) == expected


_WINDOW_WORDS = st.sampled_from([
    "N. K. Singhh", "N. K.", "N K Sinhg", "a", "A", "I", "EU", "Dr", "Mr", "5", "S. Jaishanker", "Singh",
    "Kumar", "Narndra Modi", "Narendra Mody", "Nrendra Modi", "Naren dra Modi", "Narendra Modi",
    "Rajnat Singh", "Rajnath Singh", "Vietnm", "Hanio", "India", "Indai", "Nitin Gadakari", "Mandaviya",
    "Shivraj Singh Chauhan", "Shivraj Chouhan", "the", "said", "The", "Minister", "Prime", "met",
    "Phan Van Giang", "Phan Vn Giang", "Ngo Xuan Lich", "Ngo Xuan Lick", "Nitish Kumar7", "Khanwilkar",
    "Siddaramiah", "Mayavati", "Congres", "Vietnamise", "Videoconferance", "Lalduhma", "नरेंद्र मोदी",
    "नरेंद्र मोदि", "नरेन्द्र मोदी", "राजनाथ सिंह", "राजनाथ सिहं", "ने", "कहा", "वियतनाम", "वियतनम",
    "आत्मनिर्भर भारत", "अत्मा निर्भार भारत", "भारत"])


@given(st.lists(_WINDOW_WORDS, max_size=14), st.sampled_from([" ", ", ", ". "]))
def test_the_windows_are_those_found_when_every_word_is_tried(rules, words, gap):
    """Windows are looked for only from the words that can touch a name (a
    name's word, a word a one-word name is near, a word after an initial): they
    are the windows found when every word of the text is tried (of names and
    their slips, run together)."""
    from factcheck.analysis import analyse
    from factcheck.articles import article_from_text
    from factcheck.checks.spelling.candidates import Windows, word_facts

    class EveryWord(Windows):
        def wanted(self) -> list[int]:
            return list(range(len(self.keys)))

    [check] = [c for c in rules.checks if c.id == "spelling"]
    index = check.context.state
    analysis = analyse(article_from_text(gap.join(words), "a.txt"), rules.knowledge, rules.gazetteer)
    facts = word_facts(index, analysis.tokens)
    assert list(Windows(analysis, index, facts)) == list(EveryWord(analysis, index, facts))


def test_a_word_an_article_writes_many_times_is_worked_out_once(rules, monkeypatch):
    """The facts of a word the memo lacks are worked out at its first place in
    the article; its other places take them from the memo."""
    from factcheck.checks.spelling import candidates
    from factcheck.text import tokenize

    [check] = [c for c in rules.checks if c.id == "spelling"]
    index = check.context.state
    asked: list[str] = []
    facts_of = candidates._facts_of
    monkeypatch.setattr(candidates, "_facts_of", lambda *args: asked.append(args[1]) or facts_of(*args))
    index.word_facts.clear()
    tokens = tokenize("Zyxwq met Zyxwq and Qwzyx; Zyxwq left.")
    facts = candidates.word_facts(index, tokens)
    assert sorted(asked) == ["Qwzyx", "Zyxwq", "and", "left", "met"]
    assert facts == [facts_of(index, text, key) for text, key in zip(tokens.texts, tokens.keys, strict=True)]


_GLUE_WORDS = st.sampled_from([
    "Phan Van Giangfor", "Phan Van Giangand", "Van Giangs", "Van Giang", "Lich", "Ngo Xuan Lichsaid",
    "Narendra Modisaid", "Modiji", "Rajnath Singhsaid", "Mayawatisaid", "Mayawatiki", "Mayawatifor",
    "N. K.", "a", "A. Rajafor", "the", "The", "for", "and", "said", "KejriwalThe", "Shivraj Singh Chouhanand",
    "Shivraj Singh Chauhanfor", "नरेंद्र मोदीने", "मोदीद्वारा", "नितिन गडकरीने", "राजनाथ सिंहने", "ने", "कहा",
    "की", "के", "जे पी नड्डाने", "अमित शाहने", "मायावतीने", "मायावती", "कमलनाथद्वारा", "Atishisaid", "Atishis",
    "Van", "Singh", "Giangfor", "अनिल बैजलने", "अनिल बैजल", "अभय मनोहर सप्रेने", "उपराज्यपाल"])


@given(st.lists(_GLUE_WORDS, max_size=12), st.sampled_from([" ", ", ", ". "]))
def test_glued_names_are_those_found_when_every_word_is_tried(rules, words, gap):
    """A name run into the next word is looked for only after a person's word
    before the last, in a word that begins with a one-word name, or after the
    sound of a Latin-only name's first words: the same as trying every word
    (of names and parts of names, glued or not, run together)."""
    from factcheck.analysis import analyse
    from factcheck.articles import article_from_text
    from factcheck.checks.spelling.candidates import Glue, word_facts

    class EveryWord(Glue):
        def wanted(self) -> tuple[set[int], set[int]]:
            every = set(range(1, len(self.keys)))
            return every, every

    [check] = [c for c in rules.checks if c.id == "spelling"]
    index = check.context.state
    analysis = analyse(article_from_text(gap.join(words), "a.txt"), rules.knowledge, rules.gazetteer)
    facts = word_facts(index, analysis.tokens)
    found = list(Glue(analysis, index, rules.gazetteer, facts))
    assert found == list(EveryWord(analysis, index, rules.gazetteer, facts))


@pytest.mark.parametrize("text", [
    "Karnataka Chief Minister B. S. Yeddyurappa said the demands had been ignored.",
    "Prime Minister Atal Behari Vajpayee signed the declaration.",
    "Minister of State Shripad Yesso Naik spoke.",
    "केरल के मुख्यमंत्री पिनाराई विजयन ने कहा।",
    "मुख्यमंत्री ईके पलानीस्वामी एडप्पाडी से जीत गए।",
    "मुख्यमंत्री ममता बैनर्जी की रैली में बीसीसीआई अध्यक्ष सौरभ गांगुली भी थे।",
])
def test_the_bundled_name_spellings_are_no_misspellings(rules, text):
    assert findings(rules, DATELINE + text, "spelling") == []


def test_a_name_with_initials_is_not_an_inconsistent_spelling_of_it_written_out(rules):
    text = "date 2019-06-01 जगत प्रकाश नड्डा ने बैठक की। बाद में जे.पी. नड्डा ने कहा कि पार्टी तैयार है।"
    assert findings(rules, text, "spelling") == []
    text = "date 2019-06-01 के चंद्रशेखर राव ने बैठक की। बाद में के. चंद्रशेखर राव ने कहा कि राज्य तैयार है।"
    assert [f.severity for f in findings(rules, text, "spelling")] in ([], ["info"])
    # written out twice, two ways: still reported
    text = "date 2019-06-01 जगत प्रकाश नड्डा ने बैठक की। बाद में जगत प्रकास नड्डा ने कहा कि पार्टी तैयार है।"
    assert [f.severity for f in findings(rules, text, "spelling")] == ["warning"]


@pytest.mark.parametrize("text", [
    # a private person: Shaha is a family name of its own
    "date 2017-10-27 Amit Shaha, a 20-year-old engineering student, said so.",
    "date 2017-10-27 कॉलेज छात्र अमित शाहा ने कहा।",
    # a common word before a party's second word: "including the party's leaders"
    "date 2017-10-27 प्रधानमंत्री नरेंद्र मोदी और भाजपा अध्यक्ष अमित शाह समेत पार्टी के कई नेता मौजूद रहे।",
    # the party's own spelling
    "date 2017-03-11 The BJP won 312 seats, and its allies the Apna Dal (Sonelal) won nine.",
])
def test_namesakes_common_words_and_a_partys_own_spelling_are_no_slips(rules, text):
    assert [f for f in findings(rules, text, "spelling") if f.severity != "info"] == []


def test_a_foreign_name_with_a_dental_for_a_retroflex_is_a_variant(rules):
    found = findings(rules, "date 2022-10-20 संयुक्त राष्ट्र महासचिव एंतोनियो गुतारेस ने कहा।", "spelling")
    assert [f.severity for f in found] == ["info"]


@pytest.mark.parametrize(("text", "slip"), [
    ("date 2017-10-27 Student Amit Shahh said so.", "Amit Shahh"),
    ("date 2017-10-27 समाता पार्टी के नेता आए।", "समाता पार्टी"),
])
def test_the_same_names_misspelt_are_still_slips(rules, text, slip):
    assert [f.text for f in findings(rules, text, "spelling") if f.severity == "warning"] == [slip]


def test_an_honorific_is_no_misspelt_initial(rules):
    text = "date 2012-06-01 Both served their full terms, and Dr Subbarao was given an extension."
    assert findings(rules, text, "spelling") == []
    text = "date 2012-06-01 Governor D. Subarao spoke."
    assert [f.text for f in findings(rules, text, "spelling") if f.severity == "warning"] == ["D. Subarao"]


@pytest.mark.parametrize("text", [
    "date 2021-07-01 Narendra Mody, a 52-year-old grocer in Surat, says customers ask about the PM.",
    "date 2021-07-01 Amit Shaw, a mathematics teacher in Howrah, is no relation of the Home Minister.",
    "date 2021-07-01 Nitesh Kumar, 41, an auto-rickshaw driver in Patna, has never met the Chief Minister.",
    "date 2021-07-01 A grocer named Narendra Mody runs the shop.",
    "date 2021-07-01 वडोदरा में चाय की दुकान चलाने वाले नरेंद्र मोडी का प्रधानमंत्री से कोई रिश्ता नहीं है।",
    "date 2021-07-01 पटना के ऑटो चालक नीतेश कुमार बताते हैं कि सवारियां उनका नाम पूछती हैं।",
    "date 2021-07-01 देहरादून के टैक्सी चालक अमित साह ने बैग लौटाया।",
])
def test_a_near_name_the_text_introduces_as_another_person_is_at_most_an_info(rules, text):
    found = findings(rules, text, "spelling")
    assert found and all(f.severity == "info" for f in found)


@pytest.mark.parametrize(("text", "wrong"), [
    ("date 2021-07-01 Prime Minister Narendra Mody, a BJP leader, spoke.", "Narendra Mody"),
    ("date 2021-07-01 प्रधानमंत्री नरेंद्र मोडी ने कहा।", "नरेंद्र मोडी"),
    ("date 2021-07-01 Defence Minister Rajnath Singh met Narendra Mody on Monday.", "Narendra Mody"),
])
def test_a_near_name_titled_or_not_introduced_is_still_a_misspelling(rules, text, wrong):
    assert [f.text for f in findings(rules, text, "spelling") if f.severity == "warning"] == [wrong]


@pytest.mark.parametrize(("text", "wrong"), [
    ("date 2017-07-01 Before Ram Nath Kovind vs Meirra Kumar, a look at the contests.", "Meirra Kumar"),
    ("date 2019-03-18 Menohar Parrikar, an IIT graduate, was popular in Goa.", "Menohar Parrikar"),
])
def test_an_apposition_that_says_no_ordinary_person_excuses_no_slip(rules, text, wrong):
    assert [f.text for f in findings(rules, text, "spelling") if f.severity == "warning"] == [wrong]


def test_an_added_initial_is_another_person_or_a_fuller_form_not_a_slip(rules):
    added = "A bench of Justices K.S. Radhakrishnan and A.K. Sikri ruled on Tuesday."
    assert findings(rules, DATELINE + added, "spelling") == []
    # one initial for another is a slip; so is a letter of the word
    other = "AIADMK leader V S Sasikala met the Governor."
    assert texts_of(findings(rules, DATELINE + other, "spelling")) == ["V S Sasikala"]
    word = "ISRO chief K. Radhakrishnn spoke."
    assert texts_of(findings(rules, DATELINE + word, "spelling")) == ["K. Radhakrishnn"]


@pytest.mark.parametrize(("text", "cut"), [
    ("समारोह में मुख्यमंत्री योगी आदित्यनाथ और राज्यपाल आनंदीबेन पटे", "आनंदीबेन पटे"),
    ("The oath was administered by Governor Anandiben Pate", "Anandiben Pate"),
    ("शपथ के बाद पुष्कर सिंह धामी ने कहा कि राज्य आगे बढ़ेगा। मंच पर पुष्कर सिंह धाम", "पुष्कर सिंह धाम"),
])
def test_a_name_cut_off_where_the_text_stops_is_no_misspelling(rules, text, cut):
    assert _not_warned(findings(rules, DATELINE + text, "spelling")) == []
    going_on = DATELINE + text + (" said so." if text.isascii() else " ने कहा।")  # the same words mid-text
    assert [f.text for f in findings(rules, going_on, "spelling") if f.severity == "warning"] == [cut]


@pytest.mark.parametrize("text", [
    "इंडियन नेशनल कांग्रेस विधायक दल के नेता भूपेश बघेल ने रविवार को कहा।",
    "इस बार नेशनल कांग्रेस ने भी उम्मीदवार उतारे।",
])
def test_a_word_that_names_another_party_is_no_slip_for_a_name(rules, text):
    assert _not_warned(findings(rules, DATELINE + text, "spelling")) == []
    slip = text.replace("कांग्रेस", "कॉन्फ्रेस")  # a slip of the Conference's name, no other party's
    assert [f.severity for f in findings(rules, DATELINE + slip, "spelling")] == ["warning"]


def test_other_slips_beside_a_final_llah_are_still_misspellings(rules):
    found = findings(rules, DATELINE + "Minister Najma Heptula spoke.", "spelling")
    assert [(f.text, f.severity) for f in found] == [("Najma Heptula", "warning")]


def test_a_vowel_length_an_article_holds_to_is_a_variant_but_once_or_mixed_a_slip(rules):
    held = "रक्षा मंत्री मनोहर पर्रीकर ने शो का उद्घाटन किया। बाद में मनोहर पर्रीकर ने कहा कि देश तैयार है।"
    assert [(f.text, f.severity) for f in findings(rules, DATELINE + held, "spelling")] == [
        ("मनोहर पर्रीकर", "info"), ("मनोहर पर्रीकर", "info")]
    once = "रक्षा मंत्री मनोहर पर्रीकर ने शो का उद्घाटन किया।"
    assert [f.severity for f in findings(rules, DATELINE + once, "spelling")] == ["warning"]
    mixed = "रक्षा मंत्री मनोहर पर्रिकर ने शो का उद्घाटन किया। बाद में मनोहर पर्रीकर ने कहा। मनोहर पर्रीकर लौटे।"
    assert "warning" in [f.severity for f in findings(rules, DATELINE + mixed, "spelling")]


@pytest.mark.parametrize("text", [
    "Kapurthala MLA Rana Gurjit Singh took oath as a cabinet minister in Chandigarh.",
    "Sukhjit Singh, a Ludhiana councillor, opened the fair.",
    "हरजीत सिंह ने गांव में नई सड़क का उद्घाटन किया।",
])
def test_a_compound_given_name_beside_a_known_ones_surname_is_another_person(rules, text):
    """Gur-jit and Gur-mit are both given names: Gurjit Singh is someone else
    than the packs' Gurmit Singh, not a slip of his name."""
    assert _not_warned(findings(rules, DATELINE + text, "spelling")) == []


@pytest.mark.parametrize(("text", "slip"), [
    ("Home Minister Rajnatt Singh spoke to reporters.", "Rajnatt Singh"),
    ("Governor Gurmitt Singh spoke to reporters.", "Gurmitt Singh"),
])
def test_a_word_no_compound_makes_is_still_a_slip_beside_a_common_surname(rules, text, slip):
    assert [f.text for f in findings(rules, DATELINE + text, "spelling") if f.severity == "warning"] == [slip]


def test_initials_run_together_in_capitals_are_initials(rules):
    """"KP Anbazhagan" adds an initial to the packs' K. Anbazhagan: another
    person, as "K. P. Anbazhagan" is; a slip of the word is still one."""
    for added in ("Higher education minister KP Anbazhagan opened the hostel.",
                  "Higher education minister K. P. Anbazhagan opened the hostel."):
        assert _not_warned(findings(rules, DATELINE + added, "spelling")) == []
    slip = "DMK leader K. Anbazhagam opened the hostel."
    assert [f.text for f in findings(rules, DATELINE + slip, "spelling") if f.severity == "warning"] == [
        "K. Anbazhagam"]


def test_a_name_written_two_ways_equally_often_gets_no_guessed_fix(rules):
    """Once each, and both sound alike to the packs' Latin spelling: one is a
    slip, but which is a guess, so the finding suggests no fix."""
    text = ("date 2021-07-10 पुष्कार सिंह धामी ने देहरादून में बैठक की। बाद में पुष्कर सिंह धामी ने "
            "कहा कि राज्य तैयार है।")
    found = [f for f in findings(rules, text, "spelling") if f.severity == "warning"]
    assert len(found) == 1 and found[0].suggestion is None
    # written more often one way: that way is meant, and the fix says so
    text = text.replace("कहा कि", "कहा कि पुष्कर सिंह धामी जल्द लौटेंगे और")
    found = [f for f in findings(rules, text, "spelling") if f.severity == "warning"]
    assert [(f.text, f.suggestion) for f in found] == [("पुष्कार सिंह धामी", "पुष्कर सिंह धामी")]


def test_an_aa_an_article_holds_to_in_a_name_is_a_variant(rules):
    held = ("date 2019-12-17 लेफ्टिनेंट जनरल मनोज मुकुंद नरवाणे अगले सेना प्रमुख होंगे। मनोज मुकुंद नरवाणे "
            "अभी उप सेना प्रमुख हैं।")
    assert [(f.text, f.severity) for f in findings(rules, held, "spelling")] == [
        ("मनोज मुकुंद नरवाणे", "info"), ("मनोज मुकुंद नरवाणे", "info")]
    once = "date 2019-12-17 लेफ्टिनेंट जनरल मनोज मुकुंद नरवाणे अगले सेना प्रमुख होंगे।"
    assert [f.severity for f in findings(rules, once, "spelling")] == ["warning"]


def test_a_surname_held_to_alone_counts_toward_the_articles_spelling(rules):
    text = ("date 2022-04-30 जनरल मनोज पांडे ने थल सेना प्रमुख का पदभार संभाला। उन्होंने जनरल मनोज मुकुंद नरवाणे "
            "की जगह ली। जनरल नरवाणे ने 31 दिसंबर 2019 को कमान संभाली थी।")
    assert [f.severity for f in findings(rules, text, "spelling")] == ["info"]
    # the packs' spelling written too: the other one is a slip
    mixed = text.replace("जनरल नरवाणे ने", "जनरल नरवणे ने")
    assert [f.severity for f in findings(rules, mixed, "spelling")] == ["warning"]
