"""Comparison keys that let a name written in Devanagari match the same name
written in Latin letters (निर्मला सीतारमण ~ Nirmala Sitharaman).

Both scripts are reduced to the same rough phonetic spelling: Devanagari is
romanised with the rules Hindi spelling needs (the inherent vowel, the
silent final schwa, anusvara before ह as "ng"), and on both sides aspiration
(h), doubled letters and look-alike letters (w/v, z/j, f/p, q/k) are merged.
A name's consonant skeleton finds candidates; the vowelled spelling confirms.
"""

from __future__ import annotations

import re
from functools import lru_cache

from .text import MEMO_LIMIT, fold

CONSONANTS = {
    "क": "k", "ख": "kh", "ग": "g", "घ": "gh", "ङ": "n", "च": "ch", "छ": "chh", "ज": "j",
    "झ": "jh", "ञ": "n", "ट": "t", "ठ": "th", "ड": "d", "ढ": "dh", "ण": "n", "त": "t",
    "थ": "th", "द": "d", "ध": "dh", "न": "n", "प": "p", "फ": "ph", "ब": "b", "भ": "bh",
    "म": "m", "य": "y", "र": "r", "ल": "l", "ळ": "l", "व": "v", "श": "sh", "ष": "sh",
    "स": "s", "ह": "h",
}
VOWEL_SIGNS = {
    "\u093e": "a", "\u093f": "i", "\u0940": "i", "\u0941": "u", "\u0942": "u", "\u0943": "ri",
    "\u0947": "e", "\u0948": "ai", "\u094b": "o", "\u094c": "au", "\u0945": "e", "\u0949": "o",
}
VOWELS = {
    "अ": "a", "आ": "a", "इ": "i", "ई": "i", "उ": "u", "ऊ": "u", "ऋ": "ri", "ए": "e",
    "ऐ": "ai", "ओ": "o", "औ": "au", "ऑ": "o", "ऍ": "e",
}
VIRAMA = "\u094d"
LABIALS = frozenset("पफबभम")
NASALS = {"\u0902", "\u0901"}  # anusvara, chandrabindu
LOOK_ALIKE = str.maketrans({"w": "v", "z": "j", "f": "p", "q": "k", "x": "s"})
# Latin-only patterns: the standard library's engine is faster on them.
REPEATED = re.compile(r"(.)(?=\1)")  # every letter but the last of a run
NOT_LETTER = re.compile(r"[^a-z]")
NO_VOWELS = str.maketrans("", "", "aeiouy")


def romanise_word(word: str) -> str:
    """One Devanagari word in rough Latin letters (सिंह -> singh). Not
    memoised: word_key, which keeps its result, is nearly all that asks."""
    out: list[str] = []
    chars = list(fold(word))
    for i, ch in enumerate(chars):
        following = chars[i + 1] if i + 1 < len(chars) else ""
        if ch in CONSONANTS:
            out.append(CONSONANTS[ch])
            last = i + 1 == len(chars)
            if not last and following not in VOWEL_SIGNS and following != VIRAMA:
                out.append("a")  # the inherent vowel; silent at the end of a word
        elif ch in VOWEL_SIGNS:
            out.append(VOWEL_SIGNS[ch])
        elif ch in VOWELS:
            out.append(VOWELS[ch])
        elif ch in NASALS:
            out.append("ng" if following == "ह" else "m" if following in LABIALS else "n")
    return "".join(out)


def _normal(latin: str) -> str:
    """Aspiration, doubled letters and look-alike letters merged."""
    text = NOT_LETTER.sub("", latin.lower()).replace("ee", "i").replace("oo", "u")
    return REPEATED.sub("", text.replace("h", "").translate(LOOK_ALIKE))


def _skeleton(normal: str) -> str:
    """Consonants only, doubled ones merged: a halant dropped between two
    like consonants (नडडा for नड्डा) leaves the skeleton as it was."""
    return REPEATED.sub("", normal.translate(NO_VOWELS))


# How Hindi writes a Latin initial: by the letter's English name (J. P. -> जे. पी.).
LETTER_NAMES = {"a": "e", "b": "bi", "c": "si", "d": "di", "e": "i", "f": "ef", "g": "ji", "h": "ech",
                "i": "ai", "j": "je", "k": "ke", "l": "el", "m": "em", "n": "en", "o": "o", "p": "pi",
                "q": "kyu", "r": "ar", "s": "es", "t": "ti", "u": "yu", "v": "vi", "w": "dablyu",
                "x": "eks", "y": "vai", "z": "jed"}


# The Latin letters as Hindi writes their names: UP -> यूपी, MP -> एमपी, J&K -> जेएंडके.
DEVANAGARI_LETTER_NAMES = dict(zip(
    "abcdefghijklmnopqrstuvwxyz",
    ["ए", "बी", "सी", "डी", "ई", "एफ", "जी", "एच", "आई", "जे", "के", "एल", "एम", "एन", "ओ", "पी",
     "क्यू", "आर", "एस", "टी", "यू", "वी", "डब्ल्यू", "एक्स", "वाई", "जेड"], strict=True))


def spelled_in_devanagari(abbreviation: str) -> str | None:
    """A Latin abbreviation as Hindi copy writes it, letter by letter (UP ->
    यूपी), or None if it is not one."""
    letters = [c for c in abbreviation.lower() if c != "&"]
    if not 2 <= len(letters) <= 4 or not all("a" <= c <= "z" for c in letters):
        return None
    return "".join(DEVANAGARI_LETTER_NAMES[c] for c in letters)


def spoken_initial(letter: str) -> str:
    """A Latin initial as Hindi writes it, in Latin letters ("J" -> "je")."""
    return LETTER_NAMES.get(fold(letter)[:1], letter)


# English spelling of a hard or soft c, as Hindi writes it: Barack -> बराक, Macron -> मैक्रों,
# Vincent -> विंसेंट. "ch" stays (च).
HARD_C = re.compile(r"ck|c(?![hiey])")
SOFT_C = re.compile(r"c(?=[iey])")


def _latin_sounds(word: str) -> str:
    return SOFT_C.sub("s", HARD_C.sub("k", word)) if "c" in word else word


@lru_cache(maxsize=MEMO_LIMIT)
def word_key(word: str) -> tuple[str, str]:
    """(consonant skeleton, vowelled spelling) of one word, in either script."""
    devanagari = "\u0900" <= word[:1] <= "\u097f"
    normal = _normal(romanise_word(word) if devanagari else _latin_sounds(fold(word)))
    return _skeleton(normal), normal


def name_key(words: tuple[str, ...]) -> tuple[str, str]:
    """(consonant skeleton, vowelled spelling) of a name: its words' keys joined."""
    keys = [word_key(w) for w in words if w]
    return "".join(k[0] for k in keys), "".join(k[1] for k in keys)


# --- Romanisation variants of one name -----------------------------------
#
# The press romanises an Indian name in several attested ways. These rules
# map each spelling of a word to one key, so that two spellings with the same
# key are variants of one name, not slips: au/ou/o (Chauhan, Chouhan), v/w,
# ee/i, oo/u, aa/a, ie/ia (Kurian, Kurien), sh/s inside a word (Chandrashekar,
# Chandrasekar; not at its end: Harish is not Haris), th/t (Taranjit,
# Taranjith; where the name has no aspirated थ), swamy/samy/swami (Rangaswamy,
# Rangasamy), a final ay/ai (Vijay, Vijai), i before a glide (Koshiyari,
# Koshyari), a final schwa after one consonant (Amitava, Amitav). The
# consonant rules need a word of five letters or more: in a shorter word one
# letter more or less is another name (Shah, Sah).
ALTERNATION_MIN = 5
_SAMY = re.compile(r"s(?:w)?am[iy]$")
_IE = re.compile(r"ie(?=[^aeiou]|$)")
_SH = re.compile(r"sh(?=.)")
_FINAL_AY = re.compile(r"ai$")
_FINAL_SCHWA = re.compile(r"([aeiou][bcdfgjklmnpqrstvxz]h?)a$")
_GLIDE = re.compile(r"(?<=[^aeiou])iy(?=[aeiou])")


def variant_key(word: str, aspirated_t: bool = False) -> str:
    """One Latin word of a name with its romanisation alternations undone
    (see above); `aspirated_t`: the name is written with थ in Devanagari,
    so its th is no t."""
    text = NOT_LETTER.sub("", fold(word))
    long = len(text) >= ALTERNATION_MIN
    for double, single in (("aa", "a"), ("ee", "i"), ("oo", "u")):
        text = text.replace(double, single)
    text = _GLIDE.sub("y", text)
    if not long:
        return text
    text = _SAMY.sub("sami", text)
    text = text.replace("ou", "o").replace("au", "o").replace("w", "v")
    text = _IE.sub("ia", text)
    text = _SH.sub("s", text)
    if not aspirated_t:
        text = text.replace("th", "t")
    text = _FINAL_AY.sub("ay", text)
    return _FINAL_SCHWA.sub(r"\1", text)


def latin_forms(name: str) -> list[str]:
    """The Latin words of a name as written, or of a Devanagari name as
    romanised (के. चंद्रशेखर राव -> ke, chandrashekhar, rav): what a Latin
    spelling of the same name may be compared with."""
    words = [w for w in re.split(r"[\s.\-–'’]+", name) if w]
    return [_latin_spelling(w) if "\u0900" <= w[:1] <= "\u097f" else fold(w) for w in words]


def _latin_spelling(word: str) -> str:
    """A Devanagari word as the press romanises it: the final schwa silent,
    except after a conjunct, where Latin spelling writes it (नरेंद्र, Narendra)."""
    folded = fold(word)
    latin = romanise_word(word)
    if len(folded) > 2 and folded[-1] in CONSONANTS and folded[-2] == VIRAMA:
        return latin + "a"
    return latin


def romanisation_key(name: str) -> str | None:
    """A Latin name with the romanisation alternations of `variant_key`
    undone in each word (Droupadi, Draupadi; Chouhan, Chauhan): two spellings
    with one key are one name written two ways. None for a name not in Latin
    letters."""
    folded = fold(name)
    if not folded.isascii():
        return None
    words = [w for w in re.split(r"[\s.\-–'’]+", folded) if w]
    return " ".join(variant_key(w) for w in words)
