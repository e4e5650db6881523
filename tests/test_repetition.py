"""The repetition check: a doubled word is a slip or grammar by its word
class and construction. Each clean sentence below is checked next to a slip
the check must still report, in the same text where that is natural, so
that no test passes whatever the check does."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from factcheck.model import Finding

from .conftest import findings, pack_rules


def doubles(rules, text: str) -> list[Finding]:
    """The repetition findings of one article, each checked to point at its
    own text."""
    found = findings(rules, text, "repetition")
    for finding in found:
        assert finding.text == text[finding.start : finding.end]
    return found


def warned(rules, text: str) -> list[str]:
    """The spans of the warnings, after checking that each offers the single
    word as its fix."""
    found = [f for f in doubles(rules, text) if f.severity == "warning"]
    for finding in found:
        assert finding.suggestion is not None and finding.text.startswith(finding.suggestion)
    return [f.text for f in found]


# --- function words: always slips --------------------------------------------

@pytest.mark.parametrize(("text", "doubled"), [
    ("He said the the talks went well.", "the the"),
    ("The minister spoke to to reporters.", "to to"),
    ("He went in in the morning.", "in in"),
    ("The company has has filed its results.", "has has"),
    ("The plan is is ready.", "is is"),
    ("She will will attend the meeting.", "will will"),
    ("He has been been ill for a week.", "been been"),
    ("The bank had not not paid the bonus.", "not not"),
    ("Police called him him to the station.", "him him"),
    ("Later, I I sent him the trailer.", "I I"),
    ("It was a a case of fraud.", "a a"),
    ("The The talks went well.", "The The"),
    ("Writing in the report, the The World Bank said growth rose.", "the The"),
    ("भारत के के लिए यह अहम है।", "के के"),
    ("दिल्ली में में बैठक हुई।", "में में"),
    ("मंत्री ने ने कहा।", "ने ने"),
    ("उन्हें को को बुलाया।", "को को"),
    ("भारत और और वियतनाम।", "और और"),
    ("उन्होंने कहा कि कि बैठक होगी।", "कि कि"),
    ("वे दिल्ली से से लौटे।", "से से"),
    ("वह कल यहां था था।", "था था"),
    ("परिजनों का का आरोप है।", "का का"),
    ("सड़क पर पर भीड़ थी।", "पर पर"),
    ("तकनीक विकसित की गई गई है।", "गई गई"),
    ("शव वहीं रखा रहा रहा।", "रहा रहा"),
    ("उसके बाद बाद लोग लौटे।", "बाद बाद"),
    ("मोदी जी जी ने कहा।", "जी जी"),
])
def test_a_doubled_function_word_is_a_warning(rules, text, doubled):
    assert warned(rules, text) == [doubled]
    assert [f.severity for f in doubles(rules, text)] == ["warning"]


@pytest.mark.parametrize(("clean", "slip", "doubled"), [
    ("His will will be read on Monday.", "The party will will win.", "will will"),
    ("A can can hold two litres.", "He said he can can come.", "can can"),
    ("What it is is a scam.", "The plan is is ready.", "is is"),
    ("What he has has no value.", "The firm has has filed.", "has has"),
])
def test_two_words_of_one_spelling_are_no_double(rules, clean, slip, doubled):
    assert doubles(rules, clean) == []
    assert warned(rules, slip) == [doubled]


def test_the_honorific_doubled_before_a_pause_is_a_yes(rules):
    assert warned(rules, "उन्होंने कहा, जी जी, हम आएंगे और और लोग भी।") == ["और और"]
    assert warned(rules, "मंत्री जी जी ने कहा।") == ["जी जी"]


def test_a_function_word_doubled_in_speech_is_still_a_slip(rules):
    text = '"We need the the support of every state," he said.'
    assert warned(rules, text) == ["the the"]


def test_the_finding_offers_the_single_word(rules):
    text = "He said the the talks went well."
    [finding] = doubles(rules, text)
    fixed = text[: finding.start] + (finding.suggestion or "") + text[finding.end :]
    assert fixed == "He said the talks went well."


# --- initials and letter-by-letter acronyms -----------------------------------

@pytest.mark.parametrize("text", [
    "Governor N N Vohra met the delegation.",
    "V V Giri became President in 1969.",
    "The bench included Justices R F Nariman and U U Lalit.",
    "Neurologist Dr Sanjiv C C who treats musicians spoke.",
    "Senior advocate K K Venugopal argued the case.",
    "A A Rahim was elected to the council.",
])
def test_english_initials_are_not_doubles(rules, text):
    assert doubles(rules, text) == []
    assert warned(rules, text + " It was was late.") == ["was was"]


@pytest.mark.parametrize("text", [
    "जी जी शर्मा ने बैठक ली।",
    "एम एम टी सी के अधिकारी पहुंचे।",
    "आई आई टी इंदौर में शोध हुआ।",
    "पी पी चौधरी ने जवाब दिया।",
    "केरल की स्वास्थ्य मंत्री के के शैलजा ने कहा।",
])
def test_hindi_initials_and_acronyms_are_not_doubles(rules, text):
    assert doubles(rules, text) == []
    assert warned(rules, text + " वह वहां था था।") == ["था था"]


@pytest.mark.parametrize(("text", "doubled"), [
    ("Later, I I even sent him the first look.", "I I"),  # the pronoun, not an initial
    ("It was a a case of fraud.", "a a"),
    ("भारत के के प्रधानमंत्री आए।", "के के"),  # के is a word: initials need a name after it
    ("मोदी जी जी ने कहा।", "जी जी"),  # जी before a function word: the honorific
])
def test_letters_that_are_words_are_initials_only_before_a_name(rules, text, doubled):
    assert warned(rules, text) == [doubled]


# --- Hindi reduplication by class and construction ----------------------------

@pytest.mark.parametrize("double", [
    "बड़े बड़े",  # inflected adjective
    "छोटी छोटी",  # inflected adjective, feminine
    "नए नए",
    "चलते चलते",  # imperfective participle
    "हंसते हंसते",
    "गांव गांव",  # distributive noun (lexicon)
    "घर घर",
    "अलग अलग",
    "कौन कौन",  # question word
    "रात रात",  # time noun
    "दो दो",  # numeral, distributive
    "जो जो",  # relative
])
def test_hindi_reduplication_is_grammar(rules, double):
    text = f"उन्होंने कहा कि {double} लोग आए और और भी आएंगे।"
    assert warned(rules, text) == ["और और"]


@pytest.mark.parametrize(("text", "double"), [
    ("उसने डंडे से पीट पीट कर मार डाला।", "पीट पीट"),  # a verb stem before कर
    ("बच्चे दौड़ दौड़ कर थक गए।", "दौड़ दौड़"),
    ("मंदिर मंदिर में दीप जले।", "मंदिर मंदिर"),  # a noun before a locative postposition
    ("बस्ती बस्ती तक पानी पहुंचा।", "बस्ती बस्ती"),
    ("वे रात रात भर जागे।", "रात रात"),
])
def test_hindi_reduplicating_constructions_are_grammar(rules, text, double):
    assert double in text
    assert doubles(rules, text) == []
    assert warned(rules, text.replace("।", " है है।", 1)) == ["है है"]


@pytest.mark.parametrize(("text", "doubled"), [
    ("कई लोगों लोगों ने शिकायत की।", "लोगों लोगों"),  # oblique plural noun
    ("महिलाओं महिलाओं को सम्मानित किया गया।", "महिलाओं महिलाओं"),
    ("सहयोग प्रमुख प्रमुख स्तंभ है।", "प्रमुख प्रमुख"),  # no class explains it
    ("एक प्रयोगशाला प्रयोगशाला वाहन बनाती है।", "प्रयोगशाला प्रयोगशाला"),
    ("काम करने करने के लिए लोग आए।", "करने करने"),  # oblique infinitive, not an adjective
])
def test_hindi_content_doubles_no_class_explains_are_slips(rules, text, doubled):
    assert warned(rules, text) == [doubled]


@pytest.mark.parametrize("text", [
    "उसका दिल धक धक करने लगा।",  # onomatopoeia
    "छत से पानी टप टप गिरता रहा।",
    "उसने कहा चल चल, देर हो गई।",  # an imperative doubled
    "भाषण पर वाह वाह हुई।",  # an interjection
])
def test_a_short_hindi_word_doubled_is_an_echo_not_a_slip(rules, text):
    assert doubles(rules, text) == []
    assert warned(rules, text.replace("।", " है है।", 1)) == ["है है"]


def test_a_hindi_title_in_quotes_is_no_double(rules):
    text = 'नृत्य में "ता थई थई तत" की प्रस्तुति हुई और और तालियां बजीं।'
    assert warned(rules, text) == ["और और"]


# --- English: emphasis, speech, romanised Hindi -------------------------------

@pytest.mark.parametrize("double", ["really really", "very very", "much much", "long long",
                                    "do do", "tut tut", "fifty fifty", "pom pom"])
def test_english_intensifiers_are_emphasis(rules, double):
    text = f"It was {double} good, and the the crowd cheered."
    assert warned(rules, text) == ["the the"]


def test_content_doubles_in_speech_are_not_slips_but_in_prose_are(rules):
    speech = '"It is a strange strange industry," she said. Other donors donors stepped up.'
    assert warned(rules, speech) == ["donors donors"]
    curly = "“A strange strange year,” he wrote. Car sales sales fell."
    assert warned(rules, curly) == ["sales sales"]


def test_a_quoted_social_post_is_speech(rules):
    text = ("The comments are shameful shameful. Support him fully. pic.twitter.com/abc123 "
            "Some Player (@player) December 25, 2016. The the board met.")
    assert warned(rules, text) == ["The the"]


@pytest.mark.parametrize("text", [
    "He said: Do do bodies alag alag jagah pe kaise le jayenge? Then the the police came.",
    "Supporters shouted Ghar ghar Modi, Har har Modi as the the convoy passed.",
])
def test_romanised_hindi_doubles_are_not_slips(rules, text):
    assert warned(rules, text) == ["the the"]


def test_romanised_hindi_needs_two_marker_words(rules):
    assert warned(rules, "The ek ek plan failed.") == ["ek ek"]
    assert warned(rules, "Woh ek ek karke aaye hai.") == []


@pytest.mark.parametrize("text", [
    "Unlock 1 starts Monday: restaurants and malls will reopen dheere dheere, from 8 June.",
    "BJP workers celebrated jagah jagah after the results on Thursday.",
    "Tonight at 9 pm, people will light diyas ghar ghar on the PM's appeal.",
    "Farmers want the payments jaldi jaldi now.",
    "The alag alag plan failed.",
    "Jis jis zile mein corona ke cases kam hain, us us zile mein Monday se zyada chhoot milegi.",
    "Are are, ghar mein raho! Police ne logon ko samjhaya.",
])
def test_a_romanised_hindi_word_doubled_is_reduplication_even_in_english(rules, text):
    assert warned(rules, text) == []


def test_a_correlative_doubled_without_its_relative_is_still_a_slip(rules):
    assert warned(rules, "He gave us us the report on Monday.") == ["us us"]
    assert warned(rules, "Are are the ministers home?") == ["Are are"]


def test_a_romanised_hindi_articles_short_sentences_keep_their_doubles(rules):
    text = ("Rafale ek ek kar ke Ambala me utre. France se aaye paanch Rafale vimaan Budhvar ko "
            "pahunche. Raksha Mantri Rajnath Singh ne tweet kar unka swagat kiya.")
    assert warned(rules, text) == []
    # an English article with one Hindi word is still English
    assert warned(rules, "The ek ek plan failed. Sabka saath, he said.") == ["ek ek"]


# --- capitalised doubles: at most info ----------------------------------------

@pytest.mark.parametrize("text", [
    "She danced in Chaiyya Chaiyya from Dil Se.",
    "He proposed in Kuch Kuch Hota Hai.",
    "The film stars actor Zhu Zhu.",
    "Nolan loved La La Land.",
    "A rabbit named Zsa Zsa lived there.",
])
def test_a_name_or_title_made_of_a_doubled_word_is_nothing(rules, text):
    assert doubles(rules, text) == []
    assert warned(rules, text + " The the end.") == ["The the"]


@pytest.mark.parametrize("text", [
    "ALSO READ: Donald Trump TRUMP SLAMS DISNEY",
    "MANIPUR SUCCESS HARD-EARNED: SARMA Sarma added that work paid off.",
    "Modi personally involved, says Rahul RAHUL RAISES STAKES",
])
def test_differing_case_is_a_boundary_not_a_double(rules, text):
    assert doubles(rules, text) == []
    assert warned(rules, text + " and and more.") == ["and and"]


def test_a_capitalised_double_of_a_word_used_alone_is_an_info_without_a_fix(rules):
    text = "A Park opened in May. The Mega Food Park Park has been set up on 100 acres."
    [finding] = doubles(rules, text)
    assert (finding.text, finding.severity, finding.suggestion) == ("Park Park", "info", None)


@pytest.mark.parametrize(("text", "double"), [
    # the article writes the same name once elsewhere: doubled, it is a slip
    ("The Food Park opened in May. The Mega Food Park Park has been set up.", "Park Park"),
    ("The Supreme Court heard it. On Monday the Supreme Court Court ruled.", "Court Court"),
    # a common word the article also writes in lower case
    ("It was due in May. Due Due to the rain, it was put off.", "Due Due"),
    # a place the packs or the title lexicon name
    ("The Karnataka Karnataka Solar Power Corporation has won.", "Karnataka Karnataka"),
])
def test_a_capitalised_double_that_no_name_explains_is_a_warning(rules, text, double):
    assert warned(rules, text) == [double]


@pytest.mark.parametrize("text", [
    "The song Chaiyya Chaiyya was a hit, and Kuch Kuch Hota Hai ran for months.",
    "\"It is a strange strange industry,\" she said.",  # emphasis in speech
])
def test_titles_and_emphasis_stay_clean(rules, text):
    assert [f for f in doubles(rules, text) if f.severity != "info"] == []


def test_capitalised_doubles_can_be_switched_off(tmp_path):
    rules = pack_rules(tmp_path, """\
        pack: mine
        checks:
          - {id: repetition, kind: repetition, options: {capitalised: "off"}}
        """)
    text = "The Food Park opened. The Mega Food Park Park has been set up. It is is big."
    assert [(f.text, f.severity) for f in doubles(rules, text)] == [("is is", "warning")]


@pytest.mark.parametrize("text", [
    "Fans chanted 'Sachin Sachin' as he walked out.",
    'Songs like "Hamma Hamma" or "Tamma Tamma" are being recreated.',
    "Supporters cheer 'Modi Modi' as the roadshow proceeds.",
    'The "Jayamu Jayamu" item set a record.',
    "The crowd shouted 'Saurabh Tiwary Hai Hai' at him.",
])
def test_a_short_quotation_is_a_title_or_chant(rules, text):
    assert doubles(rules, text) == []
    assert warned(rules, text + " Then then the the show began.") == ["the the"]


# --- line breaks --------------------------------------------------------------

WRAPPED = (
    "The company said it would pay one-fifth of a share of common\n"
    "stock of the new holding company, and that earnings fell by\n"
    "two cents a share from a year ago, it said in a statement.\n"
)


def test_a_double_across_a_line_break_in_wrapped_text_is_reported(rules):
    text = WRAPPED.replace("common\nstock", "common\nstock\nstock").replace(
        "of the new", "of the\nthe new")
    # one line longer than the others is still hard-wrapped text
    found = warned(rules, text)
    assert found == ["stock\nstock", "the\nthe"]


def test_a_function_word_across_a_line_break_is_reported_in_any_text(rules):
    text = ("The report, published on Monday by the ministry after a long delay, covers half of\n"
            "of all the exports that the country made to its neighbours in the past year and more.")
    assert warned(rules, text) == ["of\nof"]


@pytest.mark.parametrize("text", [
    # a paragraph's last word and the next paragraph's first, one paragraph a line
    "शिवम वर्मा, निगमायुक्त इंदौर नगर निगम\nनिगम चौराहा से अहिल्याश्रम तक सड़क बनेगी।\nइससे शहर को राहत मिलेगी।",
    # a heading, then a paragraph that starts with the same word
    "Best of the Rest\n\nAssam\n\nAssam Gas has invited bids for its new plant.",
    "Galaxy Note recall, confirms Samsung\nSamsung initially recalled two million phones.",
    # a capital after the break: a new sentence or heading
    "He wrote about the\nThe minister said the plan was ready.",
    # an indented line starts a paragraph in wrapped text
    WRAPPED + "    Stock\nstock prices rose on the news, traders said.",
])
def test_a_line_break_that_ends_a_paragraph_or_heading_is_no_double(rules, text):
    assert doubles(rules, text) == []
    slip = text.replace("।", " है है।", 1).replace(".", " by by.", 1)
    assert len(warned(rules, slip)) == 1


# --- addresses, names, compounds ----------------------------------------------

@pytest.mark.parametrize("text", [
    "Here is the correct pic pic.twitter.com/ETcRYmJL4b from the match.",
    "Follow us: @PIBMumbai /pibmumbai pibmumbai@gmail.com for news.",
])
def test_words_of_an_address_are_not_doubles(rules, text):
    assert doubles(rules, text) == []
    assert warned(rules, text + " It is is here.") == ["is is"]


@pytest.mark.parametrize(
    "text",
    ["धीरे धीरे आगे बढ़ें", "अलग-अलग देशों", "He had had enough.", "very, very good",
     "the 10 10 rule", "Boutros Boutros-Ghali spoke", "समय समय पर", "He said that that was all.",
     "He would ban all non-bank bank activities."],
)
def test_intended_doubles_are_clean(rules, text):
    assert doubles(rules, text) == []


def test_table_columns_and_names_are_not_doubles(rules):
    assert findings(rules, "Avge   Rate-X  Level    Price  Price\n", "repetition") == []
    assert findings(rules, "Egypt's minister, Boutros Boutros Ghali, said.", "repetition") == []


@pytest.mark.parametrize("text", [
    "Wheat from Walla Walla reached the port.",
    "Tourists flew to Bora Bora and Pago Pago.",
    "Sri Sri Ravi Shankar spoke at the event.",
    "Boutros Boutros Ghali was Secretary-General, and Ghali was Egyptian.",
    "The flight landed at Dum Dum airport near Dum.",
])
def test_names_that_double_a_word_are_not_slips(rules, text):
    assert doubles(rules, text) == []


def test_a_doubled_name_the_packs_know_is_not_a_slip(tmp_path):
    rules = pack_rules(tmp_path, """\
        pack: towns
        entities:
          - {id: baden-baden, type: place, names: {en: [Baden Baden]}}
          - {id: kuku, type: place, names: {en: [Kuku Kuku Town]}}
        checks:
          - {id: repetition, kind: repetition}
        """)
    text = "They met in Kuku Kuku Town and Baden Baden; Kuku and Baden are towns."
    assert findings(rules, text, "repetition") == []


# --- options ------------------------------------------------------------------

def test_the_word_lists_are_options(tmp_path):
    rules = pack_rules(tmp_path, """\
        pack: mine
        checks:
          - id: repetition
            kind: repetition
            options:
              grammatical: {en: [the]}
              function_words: {en: [report], hi: [प्रमुख]}
              reduplicating: {hi: [प्रयोगशाला]}
              romanised_hindi: {en: [zzz]}
        """)
    text = "The the report report said. alag alag plan. एक प्रयोगशाला प्रयोगशाला और प्रमुख प्रमुख।"
    assert warned(rules, text) == ["report report", "alag alag", "प्रमुख प्रमुख"]


@pytest.mark.parametrize(("text", "expected"), [
    # a sentence or line opening with a word doubled is a slip
    ("Sales rose. Planned Planned investment fell by a third.", ["Planned Planned"]),
    ("Net profit rose.\nRevs Revs 1,309,000 vs 3,289,000\n", ["Revs Revs"]),
    # a title after a label's colon, or an exclamation, is not
    ("Watch: Udi Udi Jaye from the film is a hit.", []),
    ("The film stays special. Bonding Bonding... wrote the director.", []),
    # a name made of a word doubled, which the article writes again mid-sentence
    ("Abdullah Abdullah took the oath as chief executive. Rivals Ashraf Ghani and Abdullah Abdullah "
     "shared power.", []),
    ("Ghani and Abdullah Abdullah signed the deal. Abdullah will lead the talks.\n"
     "Abdullah Abdullah and Ghani served side by side.", []),  # at most an info, as within a sentence
])
def test_a_capitalised_double_opening_a_sentence(rules, text, expected):
    assert warned(rules, text) == expected


@given(st.lists(st.sampled_from(["Zhu", "zhu", "Park", "a", "ZHU", "के", "कि", "Zhuzhu"]), max_size=40),
       st.lists(st.sampled_from(["zhu", "park", "a", "के", "zhuzhu", "absent"]), min_size=1, max_size=4))
def test_a_word_is_found_at_every_place_the_article_writes_it_and_nowhere_else(words, asked_for):
    """In whatever order the words are asked about, each more than once."""
    from factcheck.checks.repetition import _Page
    from factcheck.text import tokenize

    text = " ".join(words)
    tokens = tokenize(text)
    page = _Page(text)
    for key in asked_for:
        assert list(page._places(tokens, key)) == [i for i, token in enumerate(tokens) if token.key == key]
        assert list(page._places(tokens, key)) == list(page._places(tokens, key))  # asked again, the same


@pytest.mark.parametrize("text", [
    "There has been a sharp fall in in-person diplomacy during the pandemic.",
    "Officials on on-site visits checked the plant.",
    "Supporters outside the BJP headquarters chanted Modi Modi as the results came in.",
    "कार्यकर्ताओं ने मोदी मोदी के नारे लगाए।",
    "कार्यकर्ता हाथ में भगवा झंडा लिए लिए राजवाड़ा तक पहुँचे।",
    "Nitish Kumar was sworn in in Patna on Monday.",
    "Those who logged on on Monday found the portal down.",
    "Foreign funds, which poured in in record amounts last year, have been sellers.",
    "The debate dragged on on Saturday until the vote.",
])
def test_a_word_before_a_compound_it_begins_or_a_chant_is_no_double(rules, text):
    assert findings(rules, text, "repetition") == []
    assert [f.text for f in findings(rules, "He went to to the meeting of Modi Modi supporters.",
                                     "repetition")] == ["to to", "Modi Modi"]
    assert [f.text for f in findings(rules, "यह योजना किसानों के लिए लिए लाई गई।", "repetition")] == ["लिए लिए"]
    assert [f.text for f in findings(rules, "He worked in in Delhi.", "repetition")] == ["in in"]


@pytest.mark.parametrize("text", [
    "कारोबारियों का कहना है कि जितना जितना कर्ज सस्ता होगा, उतना उतना उत्पादन बढ़ेगा।",
    "नीरज ने जो जो लक्ष्य तय किए, वो वो हासिल किए।",
    "जिस जिस स्टॉल पर बच्चे पहुंचे, उस उस स्टॉल पर किताबें बिकीं।",
    "जिसे जिसे बुलाया, उसे उसे टिकट मिला।",
])
def test_a_doubled_relative_and_its_doubled_correlative_are_no_doubles(rules, text):
    assert findings(rules, text, "repetition") == []
    assert [f.text for f in findings(rules, "उसने कहा कि वह वह काम करेगा।", "repetition")] == ["वह वह"]


def test_a_noun_doubled_before_as_a_role_is_two_phrases(rules):
    # "the joint secretary will work as secretary": the first सचिव ends संयुक्त सचिव
    assert warned(rules, "संयुक्त सचिव सचिव के रूप में काम करेंगे।") == []
    assert warned(rules, "उपाध्यक्ष अध्यक्ष अध्यक्ष के तौर पर काम करेंगे।") == []
    assert warned(rules, "संयुक्त सचिव सचिव की बैठक में गए।") == ["सचिव सचिव"]


def test_a_possessive_before_an_initial_is_no_double(rules):
    assert warned(rules, "यह मंत्रालय तेदेपा के के. राममोहन नायडू को मिला है।") == []
    assert warned(rules, "यह मंत्रालय पार्टी के के नेता को मिला है।") == ["के के"]


def test_for_then_taken_is_no_double(rules):
    assert warned(rules, "राज्यों को मुआवजा देने के लिए लिए गए कर्ज का भुगतान होगा।") == []
    assert warned(rules, "राज्यों को मुआवजा देने के लिए लिए कर्ज का भुगतान होगा।") == ["लिए लिए"]


def test_a_noun_doubled_before_a_verb_of_going_is_distributive(rules):
    assert warned(rules, "बच्चों ने गली गली और दफ़्तर दफ़्तर जाकर सफ़ाई की।") == []
    assert warned(rules, "बच्चों ने दफ़्तर दफ़्तर की सफ़ाई की।") == ["दफ़्तर दफ़्तर"]


def test_a_run_of_one_word_is_one_finding_whose_fix_leaves_it_once(rules):
    text = "He said the the the bill was passed."
    assert warned(rules, text) == ["the the the"]


def test_doubled_hindi_initials_before_a_family_name_are_initials(rules):
    initials = "date 2021-07-01 इस दौरान जिलाधिकारी के के सिंह और एसएसपी मौजूद थे।"
    assert findings(rules, initials, "repetition") == []
    slip = "date 2021-07-01 सरकार के के कार्यक्रम में लोग आए।"
    assert [f.text for f in findings(rules, slip, "repetition")] == ["के के"]


def test_the_slogan_bhai_bhai_is_no_repetition(rules):
    text = "date 2021-07-01 In the 1950s the slogan for China had been Hindi-Chini bhai bhai; it changed."
    assert findings(rules, text, "repetition") == []


@pytest.mark.parametrize("credit", ["भाषा दीपक दीपक राजकुमार", "PTI Amit Amit Ravi"])
def test_a_wire_agencys_credit_line_naming_one_staffer_twice_is_no_slip(rules, credit):
    story = ("नयी दिल्ली, 19 नवंबर (भाषा) प्रधानमंत्री नरेंद्र मोदी ने शुक्रवार को तीनों कृषि कानून वापस लेने की "
             "घोषणा की।\n")
    assert doubles(rules, story + credit) == []
    # the same name doubled in the story's own sentence is still a slip
    slip = story.replace("प्रधानमंत्री", "प्रधानमंत्री दीपक दीपक ने कहा कि प्रधानमंत्री")
    assert [f.text for f in doubles(rules, slip + credit)] == ["दीपक दीपक"]


def test_a_counted_title_before_the_first_titled_name_of_a_list_is_no_slip(rules):
    """"तीन जस्टिस जस्टिस X, जस्टिस Y": three justices, then the first one's title."""
    bench = ("date 2018-09-28 पांच में से चार जस्टिस जस्टिस दीपक मिश्रा, जस्टिस आरएफ नरीमन, जस्टिस एएम खानविलकर और "
             "जस्टिस डीवाई चंद्रचूड़ ने फैसला दिया।")
    assert doubles(rules, bench) == []
    slip = bench.replace("चार जस्टिस जस्टिस", "चार जस्टिस")
    slip = slip.replace("और जस्टिस", "और जस्टिस जस्टिस")  # no count before it: a slip
    assert [f.text for f in doubles(rules, slip)] == ["जस्टिस जस्टिस"]


@pytest.mark.parametrize("text", [
    "Counting of votes was still going on on 4 June 2024 when the alliance crossed the mark.",
    "Polling for the Assembly went on on 8 February 2020 in calm weather.",
])
def test_a_phrasal_go_on_before_on_a_date_is_no_slip(rules, text):
    assert doubles(rules, "date 2024-06-05 " + text) == []
    assert [f.text for f in doubles(rules, "date 2024-06-05 " + text.replace("on on", "the the"))] == [
        "the the"]


@pytest.mark.parametrize("word", ["वगैरह", "इत्यादि"])
def test_hindi_and_so_on_doubled_is_idiom(rules, word):
    text = f"date 2019-02-01 बजट में किसान, मजदूर, व्यापारी {word} {word} सबका जिक्र हुआ।"
    assert doubles(rules, text) == []
    assert [f.text for f in doubles(rules, text.replace(f"{word} {word}", "सबका"))] == ["सबका सबका"]
