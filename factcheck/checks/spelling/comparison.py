"""spelling: how close a run of words is to a known name, whether it is a
slip or a spelling the press also uses, and which spelling of the name to suggest."""

from __future__ import annotations

from collections import defaultdict

import regex
from rapidfuzz.distance import OSA, Indel

from ... import translit
from ...analysis import Analysis
from ...knowledge import Knowledge
from ...text import WORD, Token, fold, name_key, skeleton
from .index import SHORT_VOWELS, Index, Name

INFLECTIONS = frozenset({"s", "es", "ों", "ओं", "े", "ो"})
NOT_LETTERS = regex.compile(r"[^\p{L}\p{M}\p{N}\s]")
# Hindi spellings of one name that differ in a letter the press writes both ways.
HINDI_ALTERNATIONS = str.maketrans({"ब": "व", "ण": "न"})
# An ा that Hindi writes or leaves out in names: at the end after a conjunct, as
# Sanskrit has it or not (मिश्र, मिश्रा; सुशील चंद्र, चंद्रा), and before a vowel
# letter (चंपई, चंपाई).
HINDI_OPTIONAL_AA = regex.compile(r"(?<=\u094d\p{L})\u093e$|\u093e(?=[इईउऊए])")
# A flapped ड़ before a consonant, which Hindi also writes र in names from other
# languages (खड़गे, खरगे); ड and ड़ fold alike.
HINDI_FLAP = regex.compile(r"\u0921(?=[\u0915-\u0939])")
# A foreign name in Devanagari: the sounds Hindi has no one letter for (Vietnamese
# x and gi, Chinese x, q and zh) are written with any sibilant or affricate, vowels
# long or short, and a t or d dental or retroflex (Portuguese António: एंतोनियो,
# एंटोनियो): न्गो सुआन लिच, न्गो जुआन लिच, न्गो शुआन लिच.
TRANSLITERATED_ALIKE = str.maketrans({**{c: "स" for c in "शषजझचछ"}, "\u0940": "\u093f", "\u0942": "\u0941",
                                      "ई": "इ", "ऊ": "उ", "ब": "व", "ण": "न",
                                      "ट": "त", "ठ": "थ", "ड": "द", "ढ": "ध"})
# What a demonym adds to its place's name, after the name or its last letter:
# Australia-n, Indonesia-n, Argentin-e, Philippine-(s), भारत-ीय, जापान-ी.
DEMONYM_ENDINGS = ("n", "an", "ian", "ean", "ese", "i", "ish", "e", "ine", "ic", "", "ीय", "ी", "ई", "ाई")
ABBREVIATED_SLIP_MIN = 8  # after an initial, a misspelt name word is believed only this long


def _near(window: str, target: str, per: int) -> bool:
    """Within one edit per `per` letters; two letters swapped count as one edit."""
    allowed = max(1, len(target) // per)
    return OSA.distance(window, target, score_cutoff=allowed) <= allowed


def close(keys: tuple[str, ...], name: Name, per: int) -> bool:
    """Is this run of words a slip for the name, or a variant of it? Word by
    word when the counts agree (so Anup Kumar Singh is not Arun Kumar Singh),
    else as one string. Which of the two it is, check() decides."""
    joined = "".join(keys)
    if joined == name.joined:
        return True
    if abs(len(joined) - len(name.joined)) > max(2, len(name.joined) // per + 1):
        return False
    if joined.startswith(name.joined) and (joined[len(name.joined):] in INFLECTIONS
                                           or joined[len(name.joined):].isdigit()):
        return False  # Ministers; Nitish Kumar7, a footnote's or a time's digit run into the name
    if name.devanagari:
        if not name.person and joined.translate(SHORT_VOWELS) == name.joined.translate(SHORT_VOWELS):
            return False  # विडियो, वीडियो: a loanword's vowel length varies
        if name.person and (
                any(OSA.distance(a, b) > 1 for a, b in zip(keys, name.keys, strict=True))
                if len(keys) == len(name.keys) else OSA.distance(joined, name.joined) > 1):
            return False  # two letters of a word differ: another name (अमरेंद्र, अमरिंदर), not a slip
        return (skeleton(joined) == skeleton(name.joined)
                and Indel.normalized_similarity(joined, name.joined) >= 0.7) or _near(
            joined, name.joined, per)
    if joined[:1] != name.joined[:1]:
        return False  # a different word
    if len(keys) == len(name.keys):
        differing = [(a, b) for a, b in zip(keys, name.keys, strict=True) if a != b]
        return len(differing) == 1 and _near(*differing[0], per)
    return _near(joined, name.joined, per)


LATIN_VOWELS = frozenset("aeiou")


def _without_schwas(word: str) -> set[str]:
    """The word with one or two of its medial schwas dropped, as Hindi drops
    them: an "a" between consonants that a vowel follows, after the first
    syllable (Gadakari -> Gadkari), never before a final consonant (Javadekar
    is not Javadekr) nor in the first syllable (Narendra is not Nrendra)."""
    found = {word}
    for _ in range(2):
        for spelling in list(found):
            for k in range(1, len(spelling) - 2):
                if (spelling[k] == "a" and spelling[k - 1] not in LATIN_VOWELS
                        and any(c in LATIN_VOWELS for c in spelling[: k - 1])
                        and spelling[k + 1] not in LATIN_VOWELS and spelling[k + 2] in LATIN_VOWELS):
                    found.add(spelling[:k] + spelling[k + 1 :])
    return found


LONG_VOWELS = (("aa", "a"), ("ee", "i"), ("oo", "u"))
# A consonant with y, written with or without an i: Koshyari, Koshiyari (कोश्यारी).
GLIDE_I = regex.compile(r"(?<=[^aeiou\W])iy(?=[aeiou])")


# Arabic -ullah, -allah at a word's end, written with or without its h (Heptulla, Heptullah)
ARABIC_ALLAH = regex.compile(r"llah$")


def schwa_variant(first: str, second: str) -> bool:
    """Do two Latin spellings of an Indian name differ only as romanisations
    do: in vowel length written doubled (Thaawarchand, Thawarchand), in
    schwas Hindi may drop (Gadakari, Gadkari), in an i before a y
    (Koshiyari, Koshyari) or in the h of a final -llah (Heptullah, Heptulla)?"""
    if first == second:
        return False
    for long, short in LONG_VOWELS:
        first, second = first.replace(long, short), second.replace(long, short)
    first, second = GLIDE_I.sub("y", first), GLIDE_I.sub("y", second)
    first, second = ARABIC_ALLAH.sub("lla", first), ARABIC_ALLAH.sub("lla", second)
    if first == second:
        return True
    if abs(len(first) - len(second)) > 2:
        return False
    longer, shorter = (first, second) if len(first) > len(second) else (second, first)
    return shorter in _without_schwas(longer)


CUT_REACH = 16  # characters after a name cut off where the text stops: spaces and line ends


def cut_at_the_end(text: str, end: int, written: str, listed: str) -> bool:
    """Does the text stop in the name's last word, as an excerpt cut off
    mid-word does ("... राज्यपाल आनंदीबेन पटे")?"""
    return len(written) < len(listed) and listed.startswith(written) and len(text) - end <= CUT_REACH \
        and not text[end:].strip()


def _demonym(joined: str, name: str) -> bool:
    """Is this word the place's demonym (Australian, Argentine, भारतीय)?"""
    return any(joined == stem + ending for stem in (name, name[:-1]) for ending in DEMONYM_ENDINGS
               if stem + ending != name)


def credible(tokens: list[Token], name: Name, index: Index) -> bool:
    """Is this run of words, near a name, believably that name misspelt,
    rather than a demonym (or an adjective made of a name in Devanagari), a
    lowercase word, another person's name, or an initial and a word that
    merely resembles a name's?"""
    keys = tuple(t.key for t in tokens)
    if (name.place or (name.devanagari and not name.person)) and _demonym("".join(keys), name.joined):
        return False  # a demonym, or an adjective made of an organisation's name (कांग्रेसी, भाजपाई)
    if keys[0] != name.keys[0] and keys[0] in index.honorifics:
        return False  # "Dr Subbarao" is D. Subbarao with his title, not his initial misspelt
    if name.devanagari:
        # a word of a long name replaced by another, not misspelt: "शांति, समृद्धि और जनता के
        # लिए संयुक्त विजन" for "... लोगों के लिए ..."; a person's word replaced by a common
        # given or family name: another person ("अमित शाहा"); a whole word that begins the
        # name's, a syllable or more short of it, is another word ("संयुक्त दृष्टि पत्र" for the
        # name's "संयुक्त दृष्टिकोण"), not a slip
        return len(keys) != len(name.keys) or len(keys) == 1 or all(
            a == b or (OSA.distance(a, b) <= max(1, len(b) // 2)
                       and not (name.person and a in index.person_words)
                       and not (len(a) + 2 <= len(b) and b.startswith(a)))
            for a, b in zip(keys, name.keys, strict=True))
    if (tokens[0].text[:1].islower() and name.capitalised[0]) or (
            tokens[-1].text[:1].islower() and name.capitalised[1]):
        return False  # "AMC said" is not "Aisha Musa el-Said"
    differing = [k for k, n in zip(keys, name.keys, strict=False) if k != n] \
        if len(keys) == len(name.keys) else None
    if differing and any(_marked_letters(t.text) for t, k, n in zip(tokens, keys, name.keys, strict=True)
                         if k != n):
        return False  # "Phạm Minh Chánh" beside "Phạm Minh Chính": a word written with its marks, another
    if differing is None and OSA.distance("".join(keys), name.joined) > 1:
        return False  # other word breaks and more than one slip: another name (Chen Shibiao)
    if name.abbreviated:
        # "A Thomson" is no slip for Andrea Thompson: one initial stands for many
        # names, so only a long word is believed misspelt after it; two or more
        # initials as the name has them (N. K. Singhh) are evidence enough.
        initials = next(k for k, word in enumerate(name.keys) if len(word) > 1)
        if differing is None or len(differing) != 1 or keys[:initials] != name.keys[:initials]:
            return False
        # after one initial, one letter of a long word: "K Rajashekaran" is someone else
        return initials > 1 or (len(differing[0]) >= ABBREVIATED_SLIP_MIN
                                and OSA.distance("".join(keys), name.joined) <= 1)
    # "Robert White" is someone else, not "Roberto White" misspelt
    return not (len(name.keys) > 1 and differing is not None and len(differing) == 1
                and differing[0] in index.person_words)


def _marked_letters(word: str) -> bool:
    """Does the word have a Latin letter with a diacritic (not an invisible mark or a soft hyphen)?"""
    return not word.isascii() and any(ch.isalpha() and not ch.isascii() for ch in word)


def _same_word(written: str, listed: str, aspirated_t: bool) -> bool:
    """Is one Latin word of a name another romanisation of the listed one?"""
    if len(written) == 1:
        return listed[:1] == written  # an initial
    one, other = translit.variant_key(written, aspirated_t), translit.variant_key(listed, aspirated_t)
    if one == other:
        return True
    longer, shorter = (one, other) if len(one) > len(other) else (other, one)
    return len(longer) - len(shorter) <= 3 and shorter in _without_schwas(longer)


def _hindi_same_word(written: str, listed: str, index: Index) -> bool:
    """Is one Devanagari word of a person's name another attested spelling of
    the listed one: व for ब, न for ण, a final ा after a conjunct or an ा before
    a vowel written or not (HINDI_OPTIONAL_AA), र for a flapped ड़ before a
    consonant, or a vowel length the packs give both ways?"""
    one, other = written.translate(HINDI_ALTERNATIONS), listed.translate(HINDI_ALTERNATIONS)
    if one == other or HINDI_OPTIONAL_AA.sub("", one) == HINDI_OPTIONAL_AA.sub("", other) or \
            HINDI_FLAP.sub("र", one) == HINDI_FLAP.sub("र", other):
        return True
    if len(one) != len(other) or one.translate(SHORT_VOWELS) != other.translate(SHORT_VOWELS):
        return False
    differ = {k for k in range(len(one)) if one[k] != other[k]}
    return any(differ <= free for _, free in index.length_free.get(listed.translate(SHORT_VOWELS), ()))


def variant(keys: tuple[str, ...], name: Name, index: Index) -> bool:
    """Is this spelling of the name one the press also uses: word by word,
    another romanisation of a spelling the packs give for the person in either
    script (Chouhan: Chauhan, चौहान), or, for anyone, a doubled vowel or a
    dropped medial schwa (Thaawarchand, Gadakari); a foreign name in Devanagari
    with another sibilant or vowel length (TRANSLITERATED_ALIKE)?"""
    if name.devanagari:
        if not name.person:
            return False
        if name.ref in index.transliterated and "".join(keys).translate(TRANSLITERATED_ALIKE) == \
                name.joined.translate(TRANSLITERATED_ALIKE):
            return True
        if len(keys) != len(name.keys):
            return "".join(keys).translate(HINDI_ALTERNATIONS) == name.joined.translate(HINDI_ALTERNATIONS)
        return all(a == b or _hindi_same_word(a, b, index) for a, b in zip(keys, name.keys, strict=True))
    if len(keys) == len(name.keys) and all(
            a == b or schwa_variant(a, b) for a, b in zip(keys, name.keys, strict=True)):
        return True
    attested = index.attested.get(name.ref)
    if attested is None:
        return False
    for form in (*attested.forms, name.keys):
        if len(form) == len(keys):
            if all(_same_word(a, b, attested.aspirated_t) or a == c
                   for a, b, c in zip(keys, form, name.keys if len(name.keys) == len(keys) else keys,
                                      strict=True)):
                return True
        elif "".join(translit.variant_key(w, attested.aspirated_t) for w in keys) == "".join(
                translit.variant_key(w, attested.aspirated_t) for w in form):
            return True  # other word breaks too (Thawar Chand, Thawarchand)
    # the packs' initials, spaced or dotted, and a last word the packs attest in another form
    # ("T T V Dinakaran": T. T. V. Dhinakaran, and दिनाकरन)
    return len(keys) == len(name.keys) > 1 and keys[:-1] == name.keys[:-1] and \
        all(len(k) == 1 for k in keys[:-1]) and any(
            _same_word(keys[-1], form[-1], attested.aspirated_t) for form in attested.forms)


def respelt(tokens: list[Token], text: str, name: Name) -> str:
    """A name the article shortens to initials (J S Khekar), with the slipped
    word written as the packs write it and the rest as the article does."""
    if len(tokens) != len(name.keys):
        return name.written
    listed = WORD.findall(name.written)
    out, at = [], tokens[0].start
    for position, (token, key) in enumerate(zip(tokens, name.keys, strict=True)):
        out.append(text[at:token.start])
        at = token.end
        if token.key == key:
            out.append(token.text)
            continue
        word = listed[len(listed) - len(name.keys) + position] if len(listed) >= len(name.keys) else None
        if word is None or fold(word) != key:
            return name.written
        out.append(word)
    return "".join(out)


def letters(text: str) -> str:
    return " ".join(NOT_LETTERS.sub("", text).split()).casefold()


def written_by_ref(analysis: Analysis) -> dict[str, list[str]]:
    """How the article writes each thing it names: each spelling once, in
    the order of first appearance."""
    written: dict[str, dict[str, None]] = defaultdict(dict)
    text = analysis.article.text
    for mention in analysis.mentions:
        for target in mention.targets:
            written[target.ref][text[mention.start:mention.end]] = None
    return {ref: list(spellings) for ref, spellings in written.items()}


def closest_spelling(knowledge: Knowledge, own_spellings: dict[str, list[str]], name: Name,
                      written: str) -> str:
    """Of the spellings of this name that are the same name to the matcher
    (नरेन्द्र मोदी, नरेंद्र मोदी), the one nearest to what was written: the
    article's own first, then the packs', the first listed on a tie."""
    entity = knowledge.entities.get(name.ref)
    if entity is None:
        return name.written
    own = own_spellings.get(name.ref, [])
    listed = [n for group in (entity.names, entity.aliases) for names in group.values() for n in names]
    forms = [n for n in own + listed if "".join(name_key(n)) == name.joined]
    bare = written.replace(" ", "")
    return min(enumerate(forms), key=lambda f: (OSA.distance(f[1].replace(" ", ""), bare), f[0]),
               default=(0, name.written))[1]
