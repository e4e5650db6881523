from __future__ import annotations

import pytest
import regex
from hypothesis import given
from hypothesis import strategies as st

from factcheck.text import detect_language, fold, sentences, skeleton, tokenize


def test_fold_removes_vietnamese_diacritics_and_case():
    assert fold("Ngô") == fold("ngo") == "ngo"
    assert fold("Lịch") == "lich"
    assert fold("Đam") == "dam"


def test_fold_unifies_nukta_and_devanagari_digits():
    assert fold("ज़ुआन") == fold("जुआन")
    assert fold("\u095b") == fold("\u091c\u093c") == "\u091c"
    assert fold("२०२०") == "2020"


def test_tokens_keep_combining_marks_and_original_offsets():
    text = "पीएम मोदी ने, वियतनामी"
    tokens = tokenize(text)
    assert [t.text for t in tokens] == ["पीएम", "मोदी", "ने", "वियतनामी"]
    for token in tokens:
        assert text[token.start:token.end] == token.text


def test_devanagari_word_boundaries_unlike_re():
    assert regex.search(r"(?<![\p{L}\p{M}])मोदी(?![\p{L}\p{M}])", "पीएम मोदी ने")
    words = [t.key for t in tokenize("वियतनामी लोग")]
    assert "वियतनाम" not in words


def test_skeleton_merges_vowel_sign_slips():
    assert skeleton(fold("अत्मानिर्भारभारत")) == skeleton(fold("आत्मनिर्भरभारत"))


def test_sentences_split_on_danda_and_full_stop_not_initials():
    text = "A. K. Antony spoke. दूसरा वाक्य। Third"
    parts = [text[s.start:s.end] for s in sentences(text)]
    assert parts == ["A. K. Antony spoke.", "दूसरा वाक्य।", "Third"]


@pytest.mark.parametrize(("text", "parts"), [
    ("From the archives | Modi sworn in\nNEW DELHI, MAY 26, 2014: Modi took oath.",
     ["From the archives | Modi sworn in", "NEW DELHI, MAY 26, 2014: Modi took oath."]),
    ("मोदी ने शपथ ली\nनई दिल्ली, 26 मई। मोदी ने शपथ ली।",
     ["मोदी ने शपथ ली", "नई दिल्ली, 26 मई।", "मोदी ने शपथ ली।"]),
    # a line of a timeline begins a sentence; a span of years on the next line does not
    ("Key dates\n2016 – Defence Minister X signs it\n• May 26, 2014: Modi sworn in",
     ["Key dates", "2016 – Defence Minister X signs it", "• May 26, 2014: Modi sworn in"]),
    ("समयरेखा\n2018 – वायुसेना प्रमुख धनोआ\n26 मई 2014 - शपथ",
     ["समयरेखा", "2018 – वायुसेना प्रमुख धनोआ", "26 मई 2014 - शपथ"]),
    ("the period from\n2014 – 2019 saw growth", ["the period from\n2014 – 2019 saw growth"]),
    # a hard-wrapped line goes on: a name on the next line is no dateline
    ("said Defence Minister\nRajnath Singh, who came.", ["said Defence Minister\nRajnath Singh, who came."]),
    # a caption's line begins a sentence, and so does the line after a headline in capitals
    ("Kovind to take oath on Tuesday\nFile photo: Kovind, then Governor, in Patna.",
     ["Kovind to take oath on Tuesday", "File photo: Kovind, then Governor, in Patna."]),
    ("कोविंद लेंगे शपथ\nफाइल फोटो: बिहार के तत्कालीन राज्यपाल कोविंद",
     ["कोविंद लेंगे शपथ", "फाइल फोटो: बिहार के तत्कालीन राज्यपाल कोविंद"]),
    ("KOVIND TO TAKE OATH ON TUESDAY\nPranab bids farewell to the nation",
     ["KOVIND TO TAKE OATH ON TUESDAY", "Pranab bids farewell to the nation"]),
    ("the photo\ngallery opened", ["the photo\ngallery opened"]),
    # each row of a table laid out in columns
    ("Day        Date          Oath by\nMonday     26 May 2014   President Pranab Mukherjee",
     ["Day        Date          Oath by", "Monday     26 May 2014   President Pranab Mukherjee"]),
    ("२६ मई २०१४ | शपथ | राष्ट्रपति प्रणब मुखर्जी\n३० मई २०१९ | शपथ | राष्ट्रपति राम नाथ कोविंद",
     ["२६ मई २०१४ | शपथ | राष्ट्रपति प्रणब मुखर्जी", "३० मई २०१९ | शपथ | राष्ट्रपति राम नाथ कोविंद"]),
    ("By Staff Reporter | New Delhi\nThe minister spoke on Monday.",
     ["By Staff Reporter | New Delhi\nThe minister spoke on Monday."]),
    # two spaces after a sentence's end are no column: a hard-wrapped sentence goes on
    ("The company said.  It expects profits to rise\nin 1987.  Shares rose.",
     ["The company said.", "It expects profits to rise\nin 1987.", "Shares rose."]),
    # a possessive's "s." ends a sentence; an initial does not
    ("2019 was Amit Shah's. On Monday, he spoke.", ["2019 was Amit Shah's.", "On Monday, he spoke."]),
    ("Justice A. K. Sikri spoke.", ["Justice A. K. Sikri spoke."]),
])
def test_a_dateline_a_caption_or_the_line_after_a_headline_in_capitals_begins_a_sentence(text, parts):
    assert [text[s.start:s.end] for s in sentences(text)] == parts


def test_language_detection():
    assert detect_language("भारत और वियतनाम") == "hi"
    assert detect_language("India and Vietnam") == "en"
    assert detect_language("") == "en"


@given(st.text())
def test_tokens_always_index_the_text_and_have_keys(text):
    for token in tokenize(text):
        assert text[token.start:token.end] == token.text
        assert token.key


def test_a_lone_combining_mark_is_no_word():
    assert tokenize("\u0300 a") == tokenize("\u0300 a")[:1]
    assert [t.text for t in tokenize("\u0300 a")] == ["a"]


def test_excerpts_never_begin_or_end_inside_a_character():
    from factcheck.text import cluster_boundary

    text = "नरेंद्र मोदी"
    assert cluster_boundary(text, 1) == 1  # र is a letter: a boundary
    assert cluster_boundary(text, 2) == 4  # े and ं are marks of र: the boundary is after them
    assert cluster_boundary(text, 5) == 6  # after the virama of द्
    assert cluster_boundary(text, 9) == 10  # ो is a mark of म
    assert cluster_boundary(text, 0) == 0 and cluster_boundary(text, len(text)) == len(text)


_NEWS_ALPHABET = st.sampled_from(
    list("aZ09 _-.,'’“”—–…₹%\n\t\u00a0éüßÀĐđơư\u0301\u0300")  # Latin, marks, punctuation
    + list("अकखनमरसहािीुूृेैोौंःँ़्०१९।॥ॐॽ\u200c\u200d")  # Devanagari, its marks, digits, danda
    + ["\u00ad", "\u200b", "\u2060", "\ufeff", "²", "½", "Ⅻ", "ǅ", "😀", "中", "\U0001d173"])  # and the rest


@given(st.text(alphabet=_NEWS_ALPHABET, max_size=60))
def test_the_fast_word_scan_finds_the_words_the_unicode_scan_finds(text):
    """Text of the common blocks is read by the standard library's scan: the
    same words, at the same offsets, as the Unicode property scan."""
    import factcheck.text as module

    fast = tokenize(text)
    saved = module._COMMON_SPLIT, module._BEYOND_COMMON
    try:
        module._COMMON_SPLIT, module._BEYOND_COMMON = module._PLAIN_SPLIT, regex.compile("")
        assert tokenize(text) == fast
    finally:
        module._COMMON_SPLIT, module._BEYOND_COMMON = saved


@given(st.text(alphabet=_NEWS_ALPHABET, max_size=80), st.integers(0, 90), st.integers(0, 90))
def test_the_columns_hold_the_words_the_word_pattern_finds(text, start, end):
    """Tokens in columns: each word where WORD finds it in text[start:end], with
    its key; a token asked for by index or slice is the same word."""
    from factcheck.text import WORD, Token, _abbreviation_zero

    start, end = min(start, len(text)), min(max(start, end), len(text))
    expected = []
    for match in WORD.finditer(text, start, end):
        word = match.group()
        key = _abbreviation_zero(word.lower() if word.isascii() else fold(word))
        if key:
            expected.append(Token(match.start(), match.end(), word, key))
    tokens = tokenize(text, start, end)
    assert list(tokens) == expected and tokens == expected
    assert len(tokens) == len(tokens.starts) == len(tokens.ends) == len(tokens.texts) == len(tokens.keys)
    assert [tokens[i] for i in range(len(tokens))] == expected
    assert tokens[1:-1] == expected[1:-1] and (not expected or tokens[-1] == expected[-1])
    assert [tokens.at(t.start) for t in expected] == list(range(len(expected)))
    for first in expected:
        inside = [t for t in expected if first.start <= t.start < first.end + 3]
        assert tokens[tokens.within(first.start, first.end + 3)] == inside


_SENTENCE_WORDS = st.sampled_from(["Dr", "dr", "Mr", "approx", "Govt", "Ltd", "e.g", "U", "S", "a", "said",
                                   "minister", "government", "approxim", "Ministers", "Shri", "प्रो", "डॉ",
                                   "मंत्री", "Ngô", "Café", "ab1", "2020"])
_SENTENCE_GLUE = st.sampled_from([" ", ". ", ".\n", ".\n\n", "! ", "। ", ", ", ".", "). ", ".) "])


@given(st.lists(st.tuples(_SENTENCE_WORDS, _SENTENCE_GLUE), max_size=30), st.integers(0, 20))
def test_sentences_cut_as_without_the_long_word_shortcut(parts: list[tuple[str, str]], start: int) -> None:
    """A full stop after more Latin letters than any abbreviation has is taken as a
    sentence's end without reading the word: the sentences are those read word by word."""
    import factcheck.text as text_module

    text = "".join(word + glue for word, glue in parts)
    start = min(start, len(text))
    shortcut = text_module._long_word_before
    text_module._long_word_before = lambda text, begin, stop: False
    try:
        word_by_word = sentences(text, start)
    finally:
        text_module._long_word_before = shortcut
    assert sentences(text, start) == word_by_word


@given(st.lists(st.sampled_from(["a", "b", "c", "d"]), max_size=20),
       st.dictionaries(st.sampled_from(["a", "b", "x"]), st.integers(0, 9)))
def test_a_word_the_memo_lacks_is_answered_once_at_its_first_place(words, held):
    from factcheck.text import memo_answers

    memo = dict(held)
    asked: list[int] = []
    answers = memo_answers(words, memo, lambda i: asked.append(i) or 100 + ord(words[i]))
    assert answers == [held.get(word, 100 + ord(word)) for word in words]
    assert [words[i] for i in asked] == list(dict.fromkeys(w for w in words if w not in held))
    assert all(memo[word] == answer for word, answer in zip(words, answers, strict=True))
