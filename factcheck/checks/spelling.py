"""spelling: a known name written nearly, but not exactly, as the pack has it."""

from __future__ import annotations

import unicodedata
from collections import defaultdict
from collections.abc import Iterator
from dataclasses import dataclass, field
from typing import Literal

import regex
from pydantic import Field
from rapidfuzz.distance import OSA, Indel

from .. import translit
from ..analysis import Analysis, Place
from ..mentions import ENTITY_KINDS, Gazetteer
from ..text import MEMO_LIMIT, WORD, Token, fold, is_devanagari, name_key, skeleton
from .base import CheckContext, Hit, Options, RuleKind, RunHit

# What may follow a name inside its word without being another word: plurals,
# possessives, the honorific -ji.
NAME_SUFFIXES = frozenset({"s", "es", "ji", "जी", "ों", "ओं", "े", "ो", "ं"})
LONG_GLUED = {"en": 4, "hi": 5}  # a glued remainder this long is a word even when seen nowhere else
NOT_LETTERS = regex.compile(r"[^\p{L}\p{M}\p{N}\s]")
INFLECTIONS = frozenset({"s", "es", "ों", "ओं", "े", "ो"})
INDEXED_WORDS = 2
SINGLE_WORD_MIN = 8  # one-word names shorter than this are too easily other words


class SpellingOptions(Options):
    max_edits_per: int = Field(6, ge=2, description="one edit allowed per this many letters")
    min_length: int = Field(6, ge=3, description="shortest name (letters) checked")
    glue_words: dict[str, list[str]] | None = Field(
        None,
        description="words that may be glued to the end of a name, per language; given, they replace "
                    "the lexicon's `name_glue`",
    )
    variants: Literal["none", "info", "warning", "error"] = Field(
        "info",
        description="severity of a variant: a name written with other spacing, or romanised another "
                    "attested way (Chouhan for Chauhan); 'warning' makes the packs' spelling house "
                    "style, 'none' reports none",
    )
    attested_by: int = Field(
        3, ge=0,
        description="a misspelling written the same way by this many independent articles of one run "
                    "(not copies of one text) is an attested spelling: reported as a variant; 0 turns "
                    "this off",
    )


@dataclass(frozen=True, slots=True)
class Slip(Hit):
    """A known name misspelt: what the run-level check weighs across articles."""

    written: str = ""
    right: str = ""


@dataclass(frozen=True, slots=True)
class SlipRecord:
    """A slip as the run-level check sees it: the spelling, the name it is a
    slip for, where it is, and the words around it (copies of one text share them)."""

    spelling: tuple[str, str]
    article: tuple[str, str]
    context: str
    place: Place
    slip: Slip


CONTEXT_CHARS = 60  # either side of a slip: two articles with the same text here are copies


@dataclass(frozen=True, slots=True)
class Name:
    keys: tuple[str, ...]
    joined: str
    written: str
    ref: str
    devanagari: bool
    person: bool = False
    place: bool = False  # a country or place: its demonyms are no slips (Australian)
    # the packs' full name shortened to initials here ("A. Rossi" for Alessandro Rossi)
    abbreviated: bool = False
    capitalised: tuple[bool, bool] = (False, False)  # its first and last written words


# What a demonym adds to its place's name, after the name or its last letter:
# Australia-n, Indonesia-n, Argentin-e, Philippine-(s), भारत-ीय, जापान-ी.
DEMONYM_ENDINGS = ("n", "an", "ian", "ean", "ese", "i", "ish", "e", "ine", "ic", "", "ीय", "ी", "ई", "ाई")
ABBREVIATED_SLIP_MIN = 8  # after an initial, a misspelt name word is believed only this long

@dataclass
class Index:
    by_token: dict[str, list[tuple[int, Name]]]
    by_skeleton: dict[str, list[Name]]
    skeleton_prefixes: frozenset[str]
    ends: frozenset[str]  # people's names' words before their last (Van: Phan Van Giang)
    short_people: dict[str, list[Name]]  # one-word names of people by their first four letters
    by_deletes: dict[str, list[tuple[int, Name]]]  # Latin name words and their one-letter deletions
    glue: frozenset[str]
    never_starts: frozenset[str]  # words no misspelt name is looked for from
    single: dict[str, list[Name]]
    refs_of: dict[tuple[str, ...], frozenset[str]]  # every exact name, context or not
    longest: int
    # word as written -> what the checks need to know of it (see _word_facts)
    word_facts: dict[str, int] = field(default_factory=dict)  # bits: see _word_facts
    single_near: dict[str, tuple[Name, ...]] = field(default_factory=dict)  # word -> one-word names near it
    first_words: frozenset[str] = frozenset()  # the first words of Devanagari names
    # people's names by their word before the last and the first three letters of the last
    ends_by_start: dict[tuple[str, str], list[Name]] = field(default_factory=dict)
    # the words of people's Latin names: a word that is one is no slip for another name's word
    person_words: frozenset[str] = frozenset()
    # people whose names the press romanises in several ways: what the packs attest of each
    attested: dict[str, Attested] = field(default_factory=dict)
    # Devanagari name words whose vowel length the packs give both ways (नीतीश, नितीश):
    # the word with short vowels -> (a listed spelling, the places its length may differ)
    length_free: dict[str, list[tuple[str, frozenset[int]]]] = field(default_factory=dict)


@dataclass(frozen=True, slots=True)
class Attested:
    """A person's names as the packs give them, in Latin letters (those in
    Devanagari romanised): what a variant of the name is compared with."""

    forms: tuple[tuple[str, ...], ...]
    aspirated_t: bool  # written with थ in Devanagari: its th is no t


# Hindi spellings of one name that differ in a letter the press writes both ways.
HINDI_ALTERNATIONS = str.maketrans({"ब": "व", "ण": "न"})


def _attested(ctx: CheckContext) -> tuple[dict[str, Attested], dict[str, list[tuple[str, frozenset[int]]]]]:
    """People and organisations of India or named in Devanagari, with what the
    packs attest of their names; and the Devanagari words listed with both
    vowel lengths (of people)."""
    attested: dict[str, Attested] = {}
    length_free: dict[str, list[tuple[str, frozenset[int]]]] = defaultdict(list)
    for entity in ctx.knowledge.entities.values():
        if entity.type not in {"person", "organisation"}:
            continue
        written = [n for group in (entity.names, entity.aliases) for names in group.values() for n in names]
        devanagari = [n for n in written if is_devanagari(n)]
        if entity.country == "india" or devanagari:
            forms = tuple(dict.fromkeys(tuple(translit.latin_forms(n)) for n in written))
            attested[entity.id] = Attested(forms, any("थ" in n for n in devanagari))
        spellings = [tuple(fold(w) for w in WORD.findall(n)) for n in devanagari]
        for a in spellings:
            for b in spellings:
                if len(a) != len(b) or a >= b:
                    continue
                for one, other in zip(a, b, strict=True):
                    if (one != other and len(one) == len(other)
                            and one.translate(SHORT_VOWELS) == other.translate(SHORT_VOWELS)):
                        free = frozenset(k for k in range(len(one)) if one[k] != other[k])
                        length_free[one.translate(SHORT_VOWELS)].append((one, free))
    return attested, dict(length_free)


def prepare(ctx: CheckContext) -> Index:
    options: SpellingOptions = ctx.options
    by_token: dict[str, list[tuple[int, Name]]] = defaultdict(list)
    by_skeleton: dict[str, list[Name]] = defaultdict(list)
    ends: set[str] = set()
    ends_by_start: dict[tuple[str, str], list[Name]] = defaultdict(list)
    short_people: dict[str, list[Name]] = defaultdict(list)
    by_deletes: dict[str, list[tuple[int, Name]]] = defaultdict(list)
    lexicon = ctx.knowledge.word_lists
    glue_words = options.glue_words if options.glue_words is not None else lexicon["name_glue"]
    glue = frozenset(fold(w) for words in glue_words.values() for w in words)
    never_starts = frozenset(fold(w) for words in lexicon["not_name_starts"].values() for w in words)
    single: dict[str, list[Name]] = defaultdict(list)
    person_words: set[str] = set()
    refs_of = {keys: frozenset(t.ref for t in targets)
               for keys, targets in ctx.gazetteer.entries.items()}
    refs_of.update({keys: frozenset({t.ref}) for keys, t in ctx.gazetteer.shortened.items()})
    for keys, targets in ctx.gazetteer.entries.items():
        target = next((t for t in targets if t.kind in ENTITY_KINDS), None)
        joined = "".join(keys)
        if target is None or len(joined) < options.min_length:
            continue
        person = any(t.kind == "person" for t in targets)
        written_words = WORD.findall(target.name)
        name = Name(keys, joined, target.name, target.ref, is_devanagari(joined), person,
                    place=any(t.kind in {"country", "place"} for t in targets),
                    abbreviated=keys in ctx.gazetteer.abbreviated,
                    capitalised=(bool(written_words) and written_words[0][:1].isupper(),
                                 bool(written_words) and written_words[-1][:1].isupper()))
        if person and not name.devanagari:
            person_words.update(k for k in keys if len(k) >= 3)
        if person and len(keys) > 1 and len(keys[-1]) >= 3:
            ends.add(keys[-2])
            ends_by_start[(keys[-2], keys[-1][:3])].append(name)
        elif person and len(keys) == 1 and len(joined) >= 4:
            short_people[joined[:4]].append(name)
        long_words = [p for p, w in enumerate(keys) if len(w) >= 3]
        if len(keys) > 1 and not name.devanagari and len(long_words) == 1:
            # Initials and one word (N. K. Singh): a slip in that word leaves no
            # word intact to find the name by, so its one-letter deletions do.
            position = long_words[0]
            word = keys[position]
            for variant in {word, *(word[:k] + word[k + 1:] for k in range(len(word)))}:
                by_deletes[variant].append((position, name))
        if len(keys) > 1:
            # A slip leaves at least one of a name's two longest words intact;
            # indexing only those keeps common words (में, of) from waking every name.
            longest = sorted(range(len(keys)), key=lambda p: -len(keys[p]))[:INDEXED_WORDS]
            for position in longest:
                if len(keys[position]) >= 3:
                    by_token[keys[position]].append((position, name))
        elif not name.devanagari and len(joined) >= SINGLE_WORD_MIN:
            single[joined[0]].append(name)
        if name.devanagari and len(skeleton(joined)) >= 4:
            by_skeleton[skeleton(joined)].append(name)
    prefixes = frozenset(k[:n] for k in by_skeleton for n in range(1, len(k) + 1))
    first_words = frozenset(k[0] for k in ctx.gazetteer.entries if is_devanagari(k[0]))
    attested, length_free = _attested(ctx)
    return Index(dict(by_token), dict(by_skeleton), prefixes, frozenset(ends), dict(short_people),
                 dict(by_deletes), glue, never_starts, dict(single), refs_of,
                 max((len(k) for k in refs_of), default=1),
                 first_words=first_words, ends_by_start=dict(ends_by_start),
                 person_words=frozenset(person_words), attested=attested, length_free=length_free)


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
SHORT_VOWELS = str.maketrans({"\u0940": "\u093f", "\u0942": "\u0941", "ई": "इ", "ऊ": "उ"})


def schwa_variant(first: str, second: str) -> bool:
    """Do two Latin spellings of an Indian name differ only as romanisations
    do: in vowel length written doubled (Thaawarchand, Thawarchand), in
    schwas Hindi may drop (Gadakari, Gadkari) or in an i before a y
    (Koshiyari, Koshyari)?"""
    if first == second:
        return False
    for long, short in LONG_VOWELS:
        first, second = first.replace(long, short), second.replace(long, short)
    first, second = GLIDE_I.sub("y", first), GLIDE_I.sub("y", second)
    if first == second:
        return True
    if abs(len(first) - len(second)) > 2:
        return False
    longer, shorter = (first, second) if len(first) > len(second) else (second, first)
    return shorter in _without_schwas(longer)


TOUCHES, ENDS, SHORT, WANTED, STARTS_SLIP = 1, 2, 4, 8, 16  # what _word_facts knows of a word


def _word_facts(index: Index, tokens: list[Token]) -> list[int]:
    """For each token, memoised by its text, as bits (plain ints, which the
    garbage collector never walks): TOUCHES may it be a word of a name or
    begin a Devanagari slip; ENDS is it a name's word before its last;
    SHORT does it begin a one-word person's name; WANTED is it a
    capitalised word long enough for a one-word name, or an initial;
    STARTS_SLIP may a Devanagari slip begin with it."""
    memo = index.word_facts
    if len(memo) > MEMO_LIMIT:
        memo.clear()
        index.single_near.clear()
    facts = []
    for token in tokens:
        known = memo.get(token.text)
        if known is None:
            key = token.key
            devanagari = "\u0900" <= key[0] <= "\u097f"
            consonants = skeleton(key) if devanagari else ""
            starts_slip = (devanagari and key not in index.never_starts and key not in index.glue
                           and consonants in index.skeleton_prefixes
                           and (len(consonants) > 1 or key in index.first_words))
            touches = key in index.by_token or starts_slip
            upper = token.text[0].isupper()
            # a capitalised word long enough for a one-word name, or an initial (N. K. Singhh)
            wanted = upper and (len(key) >= SINGLE_WORD_MIN - 2 or len(token.text) <= 2)
            known = memo[token.text] = (
                (TOUCHES if touches else 0) | (ENDS if key in index.ends else 0)
                | (SHORT if key[:4] in index.short_people else 0) | (WANTED if wanted else 0)
                | (STARTS_SLIP if starts_slip else 0))
        facts.append(known)
    return facts


def _near(window: str, target: str, per: int) -> bool:
    """Within one edit per `per` letters; two letters swapped count as one edit."""
    allowed = max(1, len(target) // per)
    return OSA.distance(window, target, score_cutoff=allowed) <= allowed


def _close(keys: tuple[str, ...], name: Name, per: int) -> bool:
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


class _Windows:
    """Runs of words that may be a slip for a known name."""

    def __init__(self, analysis: Analysis, index: Index, per: int,
                 facts: list[int] | None = None) -> None:
        self.tokens: list[Token] = analysis.tokens
        self.facts = facts if facts is not None else _word_facts(index, analysis.tokens)
        self.index = index
        self.per = per
        self.covered = {i for m in analysis.mentions if m.last - m.first > 1
                        for i in range(m.first, m.last)}


    def _keys(self, start: int, end: int) -> tuple[str, ...]:
        return tuple(t.key for t in self.tokens[start:end])

    def _plausible(self, start: int, end: int, name: Name) -> bool:
        """Not a known name itself, no known multi-word name inside, and no
        name of the same thing with other words around it (वियतनाम के
        समाजवादी गणराज्य), unless only the spacing differs (Naren dra Modi)."""
        if any(i in self.covered for i in range(start, end)):
            return False
        keys = self._keys(start, end)
        glue = self.index.glue
        if (keys[0] in glue and keys[0] != name.keys[0]) or (keys[-1] in glue and keys[-1] != name.keys[-1]):
            return False  # a function word next to a name is not part of it (की वीडियो कॉन्फ्रेंसिंग)
        refs_of = self.index.refs_of
        if keys in refs_of:
            return False
        bare = keys[-1].rstrip("0123456789")
        if bare != keys[-1] and (*keys[:-1], bare) in refs_of:
            return False  # Nitish Kumar7: a footnote's or a time's digit run into a name written right
        if tuple(k for k in name.keys if len(k) > 1) == keys:
            return False  # the name without its initials (Mansukh Mandaviya)
        if len(keys) < len(name.keys) and any(
            name.keys[i : i + len(keys)] == keys for i in range(len(name.keys))
        ):
            return False  # part of the name, not a slip for it
        for a in range(len(keys)):
            for b in range(a + 1, min(len(keys), a + self.index.longest) + 1):
                refs = refs_of.get(keys[a:b])
                if refs and (b - a > 1 or name.ref in refs):
                    if name.ref in refs and len(keys) == len(name.keys) and b - a < len(keys):
                        continue  # a correct alias (Modi) inside a slip for the full name (Narndra Modi)
                    return "".join(keys) == name.joined
        return True

    def _upper(self, start: int) -> bool:
        return self.tokens[start].text[:1].isupper()

    def __iter__(self) -> Iterator[tuple[int, int, Name]]:
        tokens, index, per = self.tokens, self.index, self.per
        by_token, single = index.by_token, index.single
        # Only tokens that can touch a name: a name's word, a Devanagari word whose
        # consonants begin a name's, a capitalised Latin word (one-word names, or
        # a misspelt word after an initial).
        facts = self.facts
        wanted = [i for i, f in enumerate(facts) if f & (TOUCHES | WANTED) or (
            i > 0 and facts[i - 1] & WANTED and len(tokens[i - 1].text) <= 2
            and tokens[i].text[:1].isupper())]
        covered = self.covered
        for i in wanted:
            if i in covered:
                continue  # inside a name written right: no window holding it can be a slip
            token = tokens[i]
            key = token.key
            if "\u0900" <= key[0] <= "\u097f":
                if facts[i] & STARTS_SLIP:
                    yield from self._by_consonants(i)
            elif len(key) >= SINGLE_WORD_MIN - 2 and token.text[0].isupper():
                near = index.single_near.get(key)
                if near is None:  # the one-word names this word is a slip for, once per word
                    near = index.single_near[key] = tuple(
                        name for name in single.get(key[0], ())
                        if abs(len(name.joined) - len(key)) <= 2 and _close((key,), name, per))
                for name in near:
                    if self._plausible(i, i + 1, name):
                        yield i, i + 1, name
            candidates = by_token.get(key, ())
            if (not candidates and i > 0 and len(key) >= 3 and token.text[:1].isupper() and key.isascii()
                    and (len(tokens[i - 1].text) == 1 or (len(tokens[i - 1].text) == 2
                                                          and tokens[i - 1].text.isupper()))):
                # after an initial (N. K. Singhh): the name's one long word, misspelt
                candidates = [c for variant in {key, *(key[:k] + key[k + 1:] for k in range(len(key)))}
                              for c in index.by_deletes.get(variant, ())]
            for position, name in candidates:
                n = len(name.keys)
                if name.devanagari:
                    # Other spacing of a Devanagari name is the consonant scan's to find:
                    # here only the window of the name's own words, one of them slipped.
                    start = i - position
                    if start >= 0 and start + n <= len(tokens) and sum(
                            tokens[start + k].key != name.keys[k] for k in range(n)) == 1:
                        keys = self._keys(start, start + n)
                        if _close(keys, name, per) and self._plausible(start, start + n, name):
                            yield start, start + n, name
                    continue
                for start in range(max(0, i - position - 1), min(len(tokens), i - position + 2)):
                    if tokens[start].key[:1] != name.joined[:1] or not self._upper(start):
                        continue
                    for end in range(start + max(1, n - 1), min(len(tokens), start + n + 1) + 1):
                        if not start <= i < end:
                            continue
                        if end - start == n and sum(
                                tokens[start + k].key != name.keys[k] for k in range(n)) > 1:
                            continue  # two words differ: not one slip
                        keys = self._keys(start, end)
                        if _close(keys, name, per) and self._plausible(start, end, name):
                            yield start, end, name

    def _by_consonants(self, i: int) -> Iterator[tuple[int, int, Name]]:
        """Devanagari runs of up to four words whose consonants spell a name."""
        key = self.tokens[i].key
        if i in self.covered or key in self.index.glue or key in self.index.never_starts:
            return  # a known name, or a function word, never starts a slip
        consonants = ""
        for end in range(i, min(i + 4, len(self.tokens))):
            consonants += skeleton(self.tokens[end].key)
            if consonants not in self.index.skeleton_prefixes:
                return
            for name in self.index.by_skeleton.get(consonants, ()):
                keys = self._keys(i, end + 1)
                if _close(keys, name, self.per) and self._plausible(i, end + 1, name):
                    yield i, end + 1, name


def _cut(text: str, key: str) -> int | None:
    """Where the letters of `key` (folded) end in a word's text, never
    inside a letter's combining marks."""
    for cut in range(1, len(text)):
        if fold(text[:cut]) == key and not unicodedata.category(text[cut]).startswith("M"):
            return cut
    return None


class _Glue:
    """Names run into the next word, whatever the word ("Giangfor", "Shahtoday",
    "मोदीद्वारा", "जावड़ेकरकी"): the name's earlier words stand before it as written,
    and what follows the name's last word is a word (a glue word, a word the
    article uses elsewhere, or a long one)."""

    def __init__(self, analysis: Analysis, index: Index, gazetteer: Gazetteer,
                 facts: list[int] | None = None) -> None:
        self.facts = facts if facts is not None else _word_facts(index, analysis.tokens)
        self.analysis = analysis
        self.index = index
        self.gazetteer = gazetteer
        self.tokens = analysis.tokens
        self._seen: set[str] | None = None
        self.covered = {i for m in analysis.mentions for i in range(m.first, m.last)}

    def _word(self, rest: str, devanagari: bool, loose: bool, long: bool = True) -> bool:
        """Is what follows a name inside its word a word: a glue word; when
        `loose`, also a word the article uses elsewhere; when `long` too, any
        long one. A name that only initials and a word make (A. M. Khan) is
        weak evidence: the rest of the word must be a word the article uses,
        or Khanwilkar would be cut into Khan and wilkar."""
        if len(rest) < 2 or rest in NAME_SUFFIXES or rest[:1].isdigit():
            return False
        if rest in self.index.glue:
            return True
        if not loose:
            return False
        if long and len(rest) >= LONG_GLUED["hi" if devanagari else "en"]:
            return True
        if self._seen is None:
            self._seen = {t.key for t in self.tokens}
        return rest in self._seen

    def _hit(self, i: int, head_key: str, written: str) -> Hit | None:
        token = self.tokens[i]
        cut = _cut(token.text, head_key)
        if cut is None:
            return None
        head, tail = token.text[:cut], token.text[cut:]
        if tail[:1].isupper():
            # KejriwalThe, KOVINDBorn, ThackerayALSO: a heading or paragraph run into
            # the name where the source lost a line break, rarely a missing space
            return Hit(token.start, token.end,
                       f"'{token.text}' runs the name '{written}' into a capitalised word '{tail}': "
                       "a space or line break may be missing", suggestion=f"{head} {tail}", severity="info")
        return Hit(token.start, token.end,
                   f"'{token.text}' runs the name '{written}' into the next word '{tail}'",
                   suggestion=f"{head} {tail}")

    def _known(self, i: int) -> Hit | None:
        tokens, key = self.tokens, self.tokens[i].key
        devanagari = "\u0900" <= key[0] <= "\u097f"
        if i > 0:
            for name in self.index.ends_by_start.get((tokens[i - 1].key, key[:3]), ()):
                last, before = name.keys[-1], len(name.keys) - 1
                if (key.startswith(last) and i >= before
                        and tuple(t.key for t in tokens[i - before : i]) == name.keys[:-1]
                        and self._word(key[len(last):], devanagari, loose=True, long=not name.abbreviated)):
                    return self._hit(i, last, name.written)
        if (devanagari or tokens[i].text[:1].isupper()) and key[:4] in self.index.short_people:
            for name in self.index.short_people[key[:4]]:
                if key.startswith(name.joined) and self._word(key[len(name.joined):], devanagari, False):
                    return self._hit(i, name.joined, name.written)
        return None

    def _sounds(self) -> list[str | None]:
        """The consonant skeleton (see translit) of each Devanagari token no
        exact name covers, as the gazetteer's scan worked them out (words in
        names are passed over where they are used)."""
        return self.analysis.sounds

    def _by_sound(self, i: int) -> Hit | None:
        """A Devanagari name of someone the packs name only in Latin letters."""
        tokens, key = self.tokens, self.tokens[i].key
        by_sound = self.gazetteer.by_sound
        if i == 0 or not by_sound or not "\u0900" <= tokens[i - 1].key[0] <= "\u097f":
            return None
        sounds = self._sounds()
        leading = self.gazetteer.leading_sounds
        whole = sounds[i] or ""
        starts = []
        for first in (i - 1, i - 2):
            if first < 0 or None in sounds[first:i]:
                continue
            before = "".join(sounds[first:i])  # type: ignore[arg-type]
            combined = before + whole
            if before in leading and any(combined[:n] in by_sound for n in range(len(before) + 1,
                                                                                 len(combined))):
                starts.append(first)
        if not starts:
            return None  # these words and part of this one are no Latin-only name
        for j in range(2, len(key) - 1):
            rest = key[j:]
            if not self._word(rest, True, loose=True) or unicodedata.category(rest[0]).startswith("M"):
                continue
            head = translit.word_key(key[:j])[0]
            for first in starts:
                if any(t in self.covered for t in range(first, i)):
                    continue
                before = "".join(translit.word_key(t.key)[0] for t in tokens[first:i])
                if before + head not in by_sound:
                    continue  # no Latin-only name has these consonants
                target = self.gazetteer.person_by_sound((*(t.key for t in tokens[first:i]), key[:j]))
                if target is None:
                    continue
                written = " ".join(t.text for t in tokens[first:i])
                hit = self._hit(i, key[:j], written)
                if hit is not None and hit.suggestion:
                    named = hit.suggestion.split(" ")[0]
                    return Hit(hit.start, hit.end,
                               f"'{tokens[i].text}' runs the name '{written} {named}' ({target.name}) "
                               f"into the next word '{tokens[i].text[len(named):]}'",
                               suggestion=hit.suggestion)
        return None

    def __iter__(self) -> Iterator[Hit]:
        tokens, facts = self.tokens, self.facts
        known = {i for i, (before, this) in enumerate(zip(facts, facts[1:], strict=False), start=1)
                 if before & ENDS or this & SHORT}
        by_sound: set[int] = set()
        if self.gazetteer.by_sound and self.analysis.sounds:  # the scan met Devanagari words
            sounds, leading = self._sounds(), self.gazetteer.leading_sounds
            previous = None
            for i in range(1, len(tokens)):
                one, here = sounds[i - 1], sounds[i]
                if one is not None and here is not None and (
                        one in leading or (previous is not None and previous + one in leading)):
                    by_sound.add(i)
                previous = one
        for i in sorted(known | by_sound):
            token = tokens[i]
            if i in self.covered or len(token.key) < 4:
                continue
            hit = self._known(i) if i in known else None
            if hit is None and "\u0900" <= token.key[0] <= "\u097f":
                hit = self._by_sound(i)
            if hit is not None:
                yield hit


def _demonym(joined: str, name: str) -> bool:
    """Is this word the place's demonym (Australian, Argentine, भारतीय)?"""
    return any(joined == stem + ending for stem in (name, name[:-1]) for ending in DEMONYM_ENDINGS
               if stem + ending != name)


def _credible(tokens: list[Token], name: Name, index: Index) -> bool:
    """Is this run of words, near a name, believably that name misspelt,
    rather than a demonym, a lowercase word, another person's name, or an
    initial and a word that merely resembles a name's?"""
    keys = tuple(t.key for t in tokens)
    if name.place and _demonym("".join(keys), name.joined):
        return False
    if name.devanagari:
        return True
    if (tokens[0].text[:1].islower() and name.capitalised[0]) or (
            tokens[-1].text[:1].islower() and name.capitalised[1]):
        return False  # "AMC said" is not "Aisha Musa el-Said"
    differing = [k for k, n in zip(keys, name.keys, strict=False) if k != n] \
        if len(keys) == len(name.keys) else None
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


def _letters(text: str) -> str:
    return " ".join(NOT_LETTERS.sub("", text).split()).casefold()


def check(analysis: Analysis, ctx: CheckContext) -> Iterator[Hit]:
    """One finding per span: the readings below never share one, and this
    keeps it so whatever reading is added."""
    spans: set[tuple[int, int]] = set()
    for hit in _hits(analysis, ctx):
        if (hit.start, hit.end) not in spans:
            spans.add((hit.start, hit.end))
            yield hit


def _hits(analysis: Analysis, ctx: CheckContext) -> Iterator[Hit]:
    index: Index = ctx.state
    taken: set[int] = set()
    facts = _word_facts(index, analysis.tokens)
    for hit in _Glue(analysis, index, ctx.gazetteer, facts):
        taken.add(hit.start)
        yield hit
    tokens = analysis.tokens
    candidates = []
    for start, end, name in _Windows(analysis, index, ctx.options.max_edits_per, facts):
        joined = "".join(t.key for t in tokens[start:end])
        surplus = abs((end - start) - len(name.keys))
        candidates.append((OSA.distance(joined, name.joined), start, -end, surplus, name.written, name))
    # The closest reading wins, so a span never takes in a neighbouring word
    # ("आज वीडियो कांफ्रेसिंग" is "वीडियो कांफ्रेसिंग").
    used: set[int] = set()
    text = analysis.article.text
    own_spellings: dict[str, list[str]] | None = None
    variants = ctx.options.variants
    for _, start, negative_end, _, _, name in sorted(candidates, key=lambda c: c[:5]):
        end = -negative_end
        span = set(range(start, end))
        if span & used or any(tokens[j].start in taken for j in span):
            continue
        used |= span
        first, last = tokens[start].start, tokens[end - 1].end
        written = text[first:last]
        if own_spellings is None:
            own_spellings = _written_by_ref(analysis)
        right = _closest_spelling(ctx, own_spellings, name, written)
        keys = tuple(t.key for t in tokens[start:end])
        exact = "".join(keys) == name.joined
        if not exact and not _credible(tokens[start:end], name, index):
            continue
        if exact:
            if _letters(written) == _letters(right) or variants == "none":
                continue  # apostrophes or hyphens only: a substitution rule's business
            yield Hit(first, last, f"'{written}' is a variant of the packs' form '{right}' (spacing or "
                                   "punctuation)", suggestion=right, severity=variants)
        elif _variant(keys, name, index):
            if variants == "none" or (name.abbreviated and len(name.keys[0]) == 1
                                     and len([k for k in name.keys if len(k) == 1]) == 1):
                continue  # one initial and a surname spelt another way: as likely someone else
            # an attested spelling: rewritten to the packs' only where the pack makes that house style
            yield Hit(first, last, f"'{written}' is a variant of the packs' '{right}' (another "
                                   "romanisation)", suggestion=right if variants != "info" else None,
                      severity=variants)
        else:
            if name.abbreviated:
                right = _respelt(tokens[start:end], text, name)
            yield Slip(first, last, f"'{written}' looks like a misspelling of '{right}'", suggestion=right,
                       written=written, right=right)
    yield from _inconsistent(analysis, taken | {tokens[i].start for i in used})


def collect(analysis: Analysis, ctx: CheckContext, hits: list[Hit]) -> list[SlipRecord]:
    if not ctx.options.attested_by:
        return []
    text = analysis.article.text
    return [SlipRecord((_letters(hit.written), _letters(hit.right)),
                       (analysis.article.path, analysis.article.id),
                       " ".join(text[max(0, hit.start - CONTEXT_CHARS):hit.end + CONTEXT_CHARS].split()),
                       analysis.place(hit.start, hit.end), hit)
            for hit in hits if isinstance(hit, Slip)]


def check_run(records: list[SlipRecord], ctx: CheckContext) -> Iterator[RunHit]:
    """A misspelling that several independent articles of the run write the
    same way is a spelling the press uses: a variant, not a slip."""
    by_spelling: dict[tuple[str, str], list[SlipRecord]] = defaultdict(list)
    for record in records:
        by_spelling[record.spelling].append(record)
    variants = ctx.options.variants
    for group in by_spelling.values():
        independent = min(len({r.article for r in group}), len({r.context for r in group}))
        if independent < ctx.options.attested_by:
            continue
        for record in group:
            slip = record.slip
            hit = None if variants == "none" else Hit(
                slip.start, slip.end,
                f"'{slip.written}' is a variant of the packs' '{slip.right}' ({independent} independent "
                "articles of this run spell it so)",
                suggestion=slip.right if variants != "info" else None, severity=variants)
            yield RunHit(record.place, hit, restates=True)


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
    the listed one: व for ब, न for ण, or a vowel length the packs give both ways?"""
    one, other = written.translate(HINDI_ALTERNATIONS), listed.translate(HINDI_ALTERNATIONS)
    if one == other:
        return True
    if len(one) != len(other) or one.translate(SHORT_VOWELS) != other.translate(SHORT_VOWELS):
        return False
    differ = {k for k in range(len(one)) if one[k] != other[k]}
    return any(differ <= free for _, free in index.length_free.get(listed.translate(SHORT_VOWELS), ()))


def _variant(keys: tuple[str, ...], name: Name, index: Index) -> bool:
    """Is this spelling of the name one the press also uses: word by word,
    another romanisation of a spelling the packs give for the person in either
    script (Chouhan: Chauhan, चौहान), or, for anyone, a doubled vowel or a
    dropped medial schwa (Thaawarchand, Gadakari)?"""
    if name.devanagari:
        if not name.person:
            return False
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
    return False


def _respelt(tokens: list[Token], text: str, name: Name) -> str:
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


def _inconsistent(analysis: Analysis, taken: set[int]) -> Iterator[Hit]:
    """A person written in Devanagari two ways in one article (नितिन गडकरी,
    नितिन गडकरि): the spelling the article uses most is taken as meant, on a tie
    the one that sounds most like the packs' Latin spelling."""
    from rapidfuzz import fuzz

    groups: dict[tuple[str, int], list[tuple[int, int, str]]] = defaultdict(list)
    if not any(is_devanagari(m.text[:1]) for m in analysis.mentions):
        return
    for mention in analysis.mentions:
        people = mention.refs("person")
        words = mention.last - mention.first
        if len(people) == 1 and words > 1 and is_devanagari(mention.text):
            groups[(people[0], words)].append((mention.start, mention.end, mention.text))
    for (_, _), found in sorted(groups.items()):
        spellings: dict[str, list[tuple[int, int, str]]] = defaultdict(list)
        for item in found:
            spellings["".join(name_key(item[2]))].append(item)
        if len(spellings) < 2:
            continue
        latin = next((t.name for m in analysis.mentions if m.start == found[0][0] for t in m.targets
                      if t.kind == "person"), "")
        sound = translit.name_key(tuple(latin.split()))[1]
        meant = max(spellings, key=lambda key: (
            len(spellings[key]),
            fuzz.ratio(translit.name_key(tuple(spellings[key][0][2].split()))[1], sound),  # noqa: B023
            key))
        right = spellings[meant][0][2]
        for key, items in sorted(spellings.items()):
            if key == meant:
                continue
            for start, end, written in items:
                if start not in taken:
                    yield Hit(start, end, f"'{written}' is written '{right}' elsewhere in this article",
                              suggestion=right)


def _written_by_ref(analysis: Analysis) -> dict[str, list[str]]:
    """How the article writes each thing it names: each spelling once, in
    the order of first appearance."""
    written: dict[str, dict[str, None]] = defaultdict(dict)
    text = analysis.article.text
    for mention in analysis.mentions:
        for target in mention.targets:
            written[target.ref][text[mention.start:mention.end]] = None
    return {ref: list(spellings) for ref, spellings in written.items()}


def _closest_spelling(ctx: CheckContext, own_spellings: dict[str, list[str]], name: Name,
                      written: str) -> str:
    """Of the spellings of this name that are the same name to the matcher
    (नरेन्द्र मोदी, नरेंद्र मोदी), the one nearest to what was written: the
    article's own first, then the packs', the first listed on a tie."""
    entity = ctx.knowledge.entities.get(name.ref)
    if entity is None:
        return name.written
    own = own_spellings.get(name.ref, [])
    listed = [n for group in (entity.names, entity.aliases) for names in group.values() for n in names]
    forms = [n for n in own + listed if "".join(name_key(n)) == name.joined]
    bare = written.replace(" ", "")
    return min(enumerate(forms), key=lambda f: (OSA.distance(f[1].replace(" ", ""), bare), f[0]),
               default=(0, name.written))[1]


KIND = RuleKind(
    name="spelling",
    fixable=True,
    summary="A name that is almost, but not exactly, a name the pack knows.",
    explanation=(
        "Compares the words of the article with every name and alias of the people, places, "
        "organisations, events and terms in the loaded packs. Reports a word or run of words "
        "that differs from a known name by a letter or two (Rajnat Singh, Narendra Mody), by "
        "spacing (अत्मा निर्भार भारत for आत्मनिर्भर भारत, Naren dra Modi), or that runs a "
        "name into the next word (Giangfor). Devanagari names are compared by their "
        "consonants first, so vowel-sign slips are found. Names written exactly as in the "
        "pack, their plurals and the name without its initials are not reported; a spelling "
        "that differs only as the press romanises names (Chouhan for Chauhan, Gadakari, "
        "Amitav for Amitava, रूपानी for रूपाणी) is a variant, reported as info (the option "
        "`variants` makes it a warning, as house style, or silent). So is a misspelling that "
        "several independent articles of one run write the same way (the option `attested_by`): "
        "a spelling the press uses is no slip."
    ),
    default_severity="warning",
    options=SpellingOptions,
    prepare=prepare,
    check_article=check,
    collect=collect,
    check_run=check_run,
)
