"""Tokens, sentences, scripts and comparison keys.

Nothing here rewrites the article text: tokens and sentences carry offsets
into the original string, and normalisation happens per token, in its key.
"""

from __future__ import annotations

import bisect
import operator
import re
import unicodedata
from array import array
from bisect import bisect_left
from collections.abc import Callable, Iterator, Sequence
from functools import lru_cache, partial
from itertools import accumulate, compress, count, repeat
from typing import NamedTuple, TypeVar, overload

import regex

# Characters nobody sees that a careless paste or a hostile author leaves inside
# a word (soft hyphen, zero-width space, word joiner, zero-width no-break space,
# bidirectional marks, variation selectors, tag characters): Unicode's
# default-ignorable code points, but for ZWNJ and ZWJ (U+200C, U+200D), which
# Devanagari words hold in their own right. Between two letters, the second not
# a capital, they join the word and drop out of its key, so "Mo\u00addi" is Modi
# to every check while its span still covers the text as written; before a
# capital they part two words, as a lost space would ("said.\u200bModi").
INVISIBLE = ("\u00ad\u034f\u061c\u115f\u1160\u17b4\u17b5\u180b-\u180f\u200b\u200e\u200f\u202a-\u202e"
             "\u2060-\u206f\u3164\ufe00-\ufe0f\ufeff\uffa0\ufff0-\ufff8\U0001bca0-\U0001bca3"
             "\U0001d173-\U0001d17a\U000e0000-\U000e0fff")
_INVISIBLE_CLASS = re.compile(f"[{INVISIBLE}]")  # the standard library's scan is the faster here
_WORD_CHARS = rf"[[\p{{L}}\p{{M}}\p{{Nd}}\u200c\u200d]--[{INVISIBLE}]]"  # variation selectors are marks
WORD = regex.compile(rf"{_WORD_CHARS}+(?:[{INVISIBLE}]+(?!\p{{Lu}}){_WORD_CHARS}+)*", regex.V1)
# WORD on a text without invisible characters, at less than half the cost.
_PLAIN_WORD = regex.compile(r"[\p{L}\p{M}\p{Nd}\u200c\u200d]+")
DEVANAGARI = regex.compile(r"\p{Devanagari}")


def _class_of(code_points: list[int]) -> str:
    """A character class (without brackets) of these code points, as ranges."""
    runs: list[list[int]] = []
    for point in code_points:
        if runs and runs[-1][1] == point - 1:
            runs[-1][1] = point
        else:
            runs.append([point, point])
    return "".join(re.escape(chr(first)) + ("" if first == last else "-" + re.escape(chr(last)))
                   for first, last in runs)


# News copy is written in a few Unicode blocks (Latin, Devanagari, punctuation,
# currency). On a text of those alone, and without invisible characters, the
# standard library's scan of an explicit class (a bitmap for these blocks) finds
# the same words as _PLAIN_WORD at less than half the cost: the class is
# _PLAIN_WORD's own, character by character.
_COMMON_BLOCKS = [point for first, last in ((0x0000, 0x036F), (0x0900, 0x097F), (0x1E00, 0x1EFF),
                                            (0x2000, 0x20CF)) for point in range(first, last + 1)
                  if not _INVISIBLE_CLASS.match(chr(point))]
_COMMON_WORD = re.compile(f"[{_class_of([p for p in _COMMON_BLOCKS if _PLAIN_WORD.fullmatch(chr(p))])}]+")
# The same three, as one group each, to split a text into words and what stands between them.
_COMMON_SPLIT = re.compile(f"({_COMMON_WORD.pattern})")
_PLAIN_SPLIT = regex.compile(f"({_PLAIN_WORD.pattern})")
_WORD_SPLIT = regex.compile(f"({WORD.pattern})", regex.V1)
_BEYOND_COMMON = re.compile(f"[^{_class_of(_COMMON_BLOCKS)}]")
NOT_CONSONANT = regex.compile(r"[^\u0915-\u0939]+")
LETTER = regex.compile(r"\p{L}")
# A sentence ends at . ! ? । ॥ followed by space, or at a blank line.
# A sentence ends at . ! ? । ॥ (and closing quotes) followed by space (group 1), at
# a blank line (group 2), or where two sentences are glued because a space was
# lost: "told PTI.The bridge", "said.A smooth" (group 3, empty). Every
# alternative starts with a literal, so the scan skips ahead to candidates.
# A line of a timeline: a date or year, then a dash or colon ("2016 – Defence Minister X signs",
# "• May 26, 2014: ...", "26 मई 2014 - ..."), not a span of years ("2014 – 2019 saw")
TIMELINE_ENTRY = (r"[ \t]*(?:[-•*·▪][ \t]*)?(?:(?:\p{L}[\p{L}\p{M}]{2,}\.?[ \t]+)?[\d०-९]{1,2},?[ \t]+"
                  r"|[\d०-९]{1,2}[ \t]+\p{L}[\p{L}\p{M}]+\.?,?[ \t]+)?(?:1[89]|20|१[८९]|२०)[\d०-९]{2}"
                  r"[ \t]*[-–—:][ \t]*[^\d\s०-९]")
CAPTION_LABEL = (r"(?:(?i:file[ \t]+)?(?i:photo|picture|pic|image|caption)s?[ \t]*[:|]"
                 r"|(?:फ\u093c?|\u095e)ाइल[ \t]+(?:(?:फ\u093c?|\u095e)ोटो|चित्र|तस्वीर)"
                 r"|(?:(?:फ\u093c?|\u095e)ोटो|तस्वीर|चित्र)[ \t]*[:|])")
SENTENCE_BREAK = regex.compile(r"[.!?।॥][\"'”’)\]]*(\s+)|(\n\s*\n)"
                               r"|(?<=\p{L}\p{L})[.!?][\"'”’)\]]*()(?=\p{Lu})"
                               # a line that opens with a dateline begins a sentence, even after a
                               # headline's line: "...\nNEW DELHI, MAY 26, 2014: ...", "\nपटना, 3 मई।"
                               r"|(\n)(?=[ \t]*(?:\p{Lu}[\p{Lu} .'-]{2,30}"
                               r"|\p{Devanagari}[\p{Devanagari} ]{1,20}),"
                               r"[ \t]*(?:\p{L}{3,}\.?[ \t]+)?[\d०-९]{1,2}\b)"
                               # ... and so does a line of a timeline: "\n2016 – Defence Minister X ...",
                               # "\n• May 26, 2014: ...", "\n26 मई 2014 - ..."
                               r"|(\n)(?=" + TIMELINE_ENTRY + ")"
                               # ... and so does a caption's line ("\nFile photo: ...", "\nफाइल फोटो: ..."),
                               # and any line after a headline in capitals ("KOVIND TO TAKE OATH\n...")
                               r"|(\n)(?=[ \t]*" + CAPTION_LABEL + ")"
                               r"|(\n)(?<=(?:\A|\n)[ \t]*\p{Lu}[\p{Lu}\d \t,.'’\":;!?&()/-]{8,200}\n)"
                               # a Hindi line ending on its verb's auxiliary, without its danda ("...
                               # इस्लामाबाद गए थे\nगृह मंत्री ..."), unless the next line goes on ("कि ...")
                               r"|(?:था|थे|थी|थीं|है|हैं)(?<![\p{L}\p{M}](?:था|थे|थी|थीं|है|हैं))"
                               r"[ \t]*(\n\s*+)(?!(?:कि|और|लेकिन|पर|तो|तथा|एवं|या|व)(?![\p{L}\p{M}]))")
# Each row of a table laid out in columns (a gap on its line and on the next: _column_gaps)
# is a sentence of its own (_table_rows).
GAP_RUN = re.compile(r"[ \t]*\|[ \t]*|\t[ \t]*|  +")  # candidates, found in C; _column_gaps keeps some
NOT_BEFORE_A_GAP = frozenset(".!?।,;:")
LINE_END = re.compile(r"\n")
# Words that, before a full stop, never end a sentence: titles and ranks,
# months, and the like. Single letters (initials, U.S.) never do either.
ABBREVIATIONS = frozenset(
    {"dr", "mr", "mrs", "ms", "gen", "lt", "col", "maj", "capt", "sgt", "adm", "amb", "sen", "rep",
     "gov", "jr", "sr", "st", "no", "vs", "shri", "sh", "smt", "prof", "hon", "brig", "cmdr", "mt",
     "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec",
     "inc", "co", "corp", "ltd", "govt", "dept", "approx", "fig", "vol", "ft", "e.g", "i.e",
     "डॉ", "प्रो", "स्व", "श्री", "सुश्री",
     # initials, as Hindi copy spells the Latin letters ("पी. चिदंबरम", "ए. के. एंटनी"); not जी,
     # the honorific that may end a sentence
     "ए", "बी", "सी", "डी", "ई", "एफ", "जे", "एच", "आई", "के", "एल", "एम", "एन", "ओ", "पी", "क्यू",
     "आर", "एस", "टी", "यू", "वी", "डब्ल्यू", "एक्स", "वाई", "जेड"}
)
# A word of more letters than this before a full stop is no abbreviation.
_LONGEST_ABBREVIATION = max(map(len, ABBREVIATIONS))

NUKTA = "\u093c"
CHANDRABINDU = "\u0901"
ANUSVARA = "\u0902"
_NUKTA_FORMS = {
    "\u0958": "\u0915", "\u0959": "\u0916", "\u095a": "\u0917", "\u095b": "\u091c",
    "\u095c": "\u0921", "\u095d": "\u0922", "\u095e": "\u092b", "\u095f": "\u092f",
    "\u0929": "\u0928", "\u0931": "\u0930", "\u0934": "\u0933",
}
_LATIN_EXTRA = {"đ": "d", "Đ": "d", "ø": "o", "ł": "l", "ß": "ss", "æ": "ae", "œ": "oe"}
# Hindi spellings that are the same word: the candra vowels of English
# loanwords and their plain vowels (कॉन्फ्रेंस, कान्फ्रेंस), and a nasal consonant
# with virama before a stop, which anusvara also writes (नरेन्द्र, नरेंद्र).
_CANDRA = {"ॉ": "ा", "ॅ": "े", "ऑ": "आ", "ऍ": "ए"}
_NASAL_CONSONANTS = frozenset("ङञणनम")  # ङ ञ ण न म
VIRAMA = "्"


class Token(NamedTuple):
    """A word: offsets into the original text, the text, its comparison key."""

    start: int
    end: int
    text: str
    key: str


_make_token = partial(tuple.__new__, Token)  # Token's own __new__ is a Python function


class Tokens(Sequence[Token]):
    """An article's words in columns: where each starts and ends, its text and
    its key, each a list in text order. A pass over every word reads a column
    (in C: map, compress, slices); a Token is made only for a word asked for
    by its index, or for each of a slice's. An article has hundreds of thousands
    of words at most and only a few are ever asked for."""

    __slots__ = ("starts", "ends", "texts", "keys")

    def __init__(self, starts: list[int], ends: list[int], texts: list[str], keys: list[str]) -> None:
        self.starts, self.ends, self.texts, self.keys = starts, ends, texts, keys

    def __len__(self) -> int:
        return len(self.keys)

    @overload
    def __getitem__(self, index: int) -> Token: ...

    @overload
    def __getitem__(self, index: slice) -> list[Token]: ...

    def __getitem__(self, index: int | slice) -> Token | list[Token]:
        if isinstance(index, slice):
            return list(map(_make_token, zip(self.starts[index], self.ends[index], self.texts[index],
                                             self.keys[index], strict=True)))
        return _make_token((self.starts[index], self.ends[index], self.texts[index], self.keys[index]))

    def __iter__(self) -> Iterator[Token]:
        return map(_make_token, zip(self.starts, self.ends, self.texts, self.keys, strict=True))

    def __eq__(self, other: object) -> bool:
        if isinstance(other, Tokens):
            return (self.starts, self.ends, self.texts, self.keys) == (
                other.starts, other.ends, other.texts, other.keys)
        if isinstance(other, list):
            return list(self) == other
        return NotImplemented

    __hash__ = None  # type: ignore[assignment]

    def __repr__(self) -> str:
        return f"Tokens({list(self)!r})"

    def at(self, offset: int) -> int:
        """The index of the first word that starts at or after `offset`."""
        return bisect.bisect_left(self.starts, offset)

    def within(self, start: int, end: int) -> slice:
        """The indexes of the words that start in [start, end), as a slice of any column."""
        first = bisect.bisect_left(self.starts, start)
        return slice(first, bisect.bisect_left(self.starts, end, lo=first))


# Entries of a per-word memo (a word's key, its facts, its sound); it starts again beyond this. The
# words that recur are back in it within an article or two; a run of years of articles meets more
# distinct words (names, numbers, typos) than any memo should keep. Up to 21,845 a memo's table
# keeps 32,768 slots; one word more and it doubles. At 21,000 a run of 100,000 articles peaks
# 4 MB lower than at 40,000 (lru memos hold a node per word too), for about 1% more time.
MEMO_LIMIT = 21_000
_FOLDED: dict[str, str] = {}
Answer = TypeVar("Answer")


def memo_answers(words: list[str], memo: dict[str, Answer], answer: Callable[[int], Answer]) -> list[Answer]:
    """Each word's answer from `memo` (in C); a word it lacks is answered by
    `answer(index)` at its first place, and its other places take that from the
    memo. An answer is never None."""
    found: list[Answer | None] = list(map(memo.get, words))
    if None in found:
        for i in list(compress(count(), map(operator.is_, found, repeat(None)))):
            word = words[i]
            known = memo.get(word)
            if known is None:
                known = memo[word] = answer(i)
            found[i] = known
    return found  # type: ignore[return-value]  # no None is left


class Sentence(NamedTuple):
    """Offsets of a sentence in the original text (a named tuple: articles have many)."""

    start: int
    end: int


def is_devanagari(text: str) -> bool:
    return DEVANAGARI.search(text) is not None


def detect_language(text: str) -> str:
    """hi when Devanagari letters outnumber Latin ones, else en."""
    sample = text[:4000]
    deva = len(DEVANAGARI.findall(sample))
    letters = len(LETTER.findall(sample))
    return "hi" if deva and deva * 2 >= letters else "en"


def _devanagari_table() -> dict[int, str | None]:
    table: dict[int, str | None] = {ord(k): v for k, v in _NUKTA_FORMS.items()}
    table.update({ord(k): v for k, v in _CANDRA.items()})
    table.update({ord(NUKTA): None, 0x200C: None, 0x200D: None, ord(CHANDRABINDU): ANUSVARA})
    table.update({0x0966 + d: str(d) for d in range(10)})
    return table


_DEVANAGARI_TABLE = _devanagari_table()
# a nasal consonant with virama before a stop that is not itself a nasal
_NASAL_BEFORE_STOP = regex.compile(
    r"[\u0919\u091e\u0923\u0928\u092e]\u094d(?=[\u0915-\u092d])(?![\u0919\u091e\u0923\u0928])")
_PLAIN_DEVANAGARI = regex.compile(r"[\u0900-\u097f\u200c\u200d]+")


@lru_cache(maxsize=MEMO_LIMIT)
def fold(word: str) -> str:
    if _PLAIN_DEVANAGARI.fullmatch(word):  # the common case in Hindi text, by table
        folded = _NASAL_BEFORE_STOP.sub(ANUSVARA, word.translate(_DEVANAGARI_TABLE))
    else:
        folded = _fold_letters(word)
    return word if folded == word else folded  # the memo keeps one string where the word is its key


def _fold_letters(word: str) -> str:
    """Comparison key of one word: case-folded, Latin diacritics removed
    (Ngô → ngo), Devanagari nukta and chandrabindu unified, candra vowels as
    plain ones, a nasal with virama before a stop as anusvara, digits as ASCII."""
    if word.isascii():
        return word.lower()
    if _INVISIBLE_CLASS.search(word):
        word = _INVISIBLE_CLASS.sub("", word)
    out: list[str] = []
    nasal = ""  # a nasal consonant with virama, decided when the next letter comes
    for ch in word:
        if ch in "\u200c\u200d":
            continue
        if ch == VIRAMA and out and out[-1] in _NASAL_CONSONANTS and not nasal:
            nasal = out.pop()
            continue
        if nasal:
            stop = "\u0915" <= ch <= "\u092d" and ch not in _NASAL_CONSONANTS
            out.extend([ANUSVARA] if stop else [nasal, VIRAMA])
            nasal = ""
        if ch in _CANDRA:
            out.append(_CANDRA[ch])
        elif ch in _NUKTA_FORMS:
            out.append(_NUKTA_FORMS[ch])
        elif ch == NUKTA or ch in "\u200c\u200d":
            continue
        elif ch == CHANDRABINDU:
            out.append(ANUSVARA)
        elif ch in _LATIN_EXTRA:
            out.append(_LATIN_EXTRA[ch])
        elif "\u0900" <= ch <= "\u097f":
            digit = unicodedata.decimal(ch, None)
            out.append(str(digit) if digit is not None else ch)
        else:
            decomposed = unicodedata.normalize("NFD", ch)
            out.append("".join(c for c in decomposed if not unicodedata.combining(c)))
    if nasal:
        out.extend([nasal, VIRAMA])
    return "".join(out).casefold()


@lru_cache(maxsize=MEMO_LIMIT)
def skeleton(key: str) -> str:
    """Devanagari consonants only, in order: a key that survives vowel-sign
    and spacing misspellings (अत्मा निर्भार ~ आत्मनिर्भर)."""
    return NOT_CONSONANT.sub("", key)


_ZERO_MARKED = regex.compile(r"(?:[a-z]|[\u0900-\u097f]{1,3})0")


def _abbreviation_zero(key: str) -> str:
    """A "0" that typists and OCR put for the full stop after an initial or a
    short abbreviation (K0 Singh, के0 सिंह, डा0) is keyed as the stop is: not at all."""
    return key[:-1] if key.endswith("0") and _ZERO_MARKED.fullmatch(key) else key


def tokenize(text: str, start: int = 0, end: int | None = None) -> Tokens:
    """The words of text[start:end], in columns."""
    stop = len(text) if end is None else end
    folded = _FOLDED
    if len(folded) > MEMO_LIMIT:
        folded.clear()
    if text.isascii() or _BEYOND_COMMON.search(text, start, stop) is None:
        pattern: re.Pattern[str] | regex.Pattern[str] = _COMMON_SPLIT
    elif _INVISIBLE_CLASS.search(text, start, stop) is None:
        pattern = _PLAIN_SPLIT
    else:
        pattern = _WORD_SPLIT
    # All in C: the text split into runs between words and words, in turn
    # (between, word, between, ..., between); where each piece ends is the sum of
    # the lengths before it.
    pieces = pattern.split(text if start == 0 and stop == len(text) else text[start:stop])
    texts = pieces[1::2]
    if not texts:
        return Tokens([], [], [], [])
    offsets = list(accumulate(map(len, pieces), initial=start))

    def key_of(index: int) -> str:
        word = texts[index]
        key = _abbreviation_zero(word.lower() if word.isascii() else fold(word))
        return word if key == word else key  # one string where the word is its key

    keys = memo_answers(texts, folded, key_of)
    if "" in keys:  # a lone combining mark folds to nothing: no word
        words = list(map(bool, keys))
        return Tokens(*(list(compress(column, words))
                        for column in (offsets[1:-1:2], offsets[2::2], texts, keys)))
    return Tokens(offsets[1:-1:2], offsets[2::2], texts, keys)


@lru_cache(maxsize=100_000)
def name_key(name: str) -> tuple[str, ...]:
    """Token keys of a name, as the tokenizer sees it in running text."""
    return tuple(fold(m.group()) for m in WORD.finditer(name))


def _long_word_before(text: str, begin: int, stop: int) -> bool:
    """Are the characters before a full stop at `stop` Latin letters, more than
    any abbreviation has (from `begin` on)? Then the stop ends no abbreviation."""
    first = stop - _LONGEST_ABBREVIATION - 1
    if first < begin:
        return False
    before = text[first:stop]
    return before.isascii() and before.isalpha()


def sentences(text: str, start: int = 0, end: int | None = None) -> list[Sentence]:
    stop = len(text) if end is None else end
    result: list[Sentence] = []
    begin = start
    for m in SENTENCE_BREAK.finditer(text, start, stop):
        group = m.lastindex or 0
        cut, after = m.span(group)
        # A full stop that may belong to an abbreviation stands just before the break.
        if cut > begin and text[cut - 1] == "." and "\n" not in m.group(group) and not _long_word_before(
                text, begin, cut - 1):
            last_word = WORD.findall(text, max(begin, cut - 12), cut)
            if last_word and (last_word[-1].lower() in ABBREVIATIONS
                              or (len(last_word[-1]) == 1 and last_word[-1].isalpha()
                                  and text[cut - 3 : cut - 2] not in {"'", "’"})):
                continue  # "Dr.", "U.S.", "A. K." (not a possessive's "s": "was Amit Shah's. On ...")
        if begin < cut:
            result.append(Sentence(begin, cut))
        begin = after
    if begin < stop and text[begin:stop].strip():
        result.append(Sentence(begin, stop))
    return _table_rows(text, result)


def _column_gaps(text: str, start: int, stop: int) -> list[int]:
    """Where each gap between two columns stands: a tab, two spaces and more, or a "|",
    between two words, not after a sentence's end."""
    if "  " not in text and "\t" not in text and "|" not in text:
        return []
    gaps = []
    for run in GAP_RUN.finditer(text, start, stop):
        before, after = run.start() - 1, run.end()
        if before >= start and after < stop and not text[before].isspace() and \
                text[before] not in NOT_BEFORE_A_GAP and not text[after].isspace():
            gaps.append(run.start())
    return gaps


def _table_rows(text: str, found: list[Sentence]) -> list[Sentence]:
    """The sentences, each split at the line breaks between rows of a table laid out in
    columns: a column gap on the line before the break and on the line after."""
    if not found:
        return found
    start, stop = found[0].start, found[-1].end
    gaps = _column_gaps(text, start, stop)
    if len(gaps) < 2:
        return found  # most texts: no table
    breaks = [m.start() for m in LINE_END.finditer(text, start, stop)]
    gapped = {bisect_left(breaks, gap) for gap in gaps}  # the lines holding a gap, by number
    cuts = [breaks[line] for line in sorted(gapped) if line + 1 in gapped and line < len(breaks)]
    if not cuts:
        return found
    rows: list[Sentence] = []
    at = 0
    for sentence in found:
        begin = sentence.start
        while at < len(cuts) and cuts[at] < sentence.end:
            cut = cuts[at]
            at += 1
            if cut <= begin:
                continue
            rows.append(Sentence(begin, cut))
            begin = cut + 1
        if begin < sentence.end and text[begin:sentence.end].strip():
            rows.append(Sentence(begin, sentence.end))
    return rows


class LineIndex:
    """Maps an offset to a 1-based line and column, in code points."""

    def __init__(self, text: str) -> None:
        starts = [0]
        found = text.find("\n")
        while found >= 0:
            starts.append(found + 1)
            found = text.find("\n", found + 1)
        self.starts = array("q", starts)  # 8 bytes a line, where a list of ints takes 36

    def position(self, offset: int) -> tuple[int, int]:
        line = bisect.bisect_right(self.starts, offset) - 1
        return line + 1, offset - self.starts[line] + 1


def _mark(ch: str) -> bool:
    return unicodedata.category(ch) in {"Mn", "Mc", "Me"} or ch in "\u200c\u200d"


def cluster_boundary(text: str, index: int) -> int:
    """The first index at or after `index` that does not split a character
    from its combining marks (a vowel sign, a virama): where a shown excerpt
    may begin or end."""
    while 0 < index < len(text) and _mark(text[index]):
        index += 1
    return index
