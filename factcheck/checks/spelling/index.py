"""spelling: the known names, indexed by what a misspelling of each leaves intact."""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass, field

from ... import translit
from ...knowledge import Knowledge
from ...mentions import ENTITY_KINDS, Gazetteer, LatinOnlySounds
from ...text import WORD, fold, is_devanagari, name_key, skeleton

INDEXED_WORDS = 2
SINGLE_WORD_MIN = 8  # one-word names shorter than this are too easily other words
SHORT_VOWELS = str.maketrans({"\u0940": "\u093f", "\u0942": "\u0941", "ई": "इ", "ऊ": "उ"})
DEVANAGARI_COUNTRIES = frozenset({"india", "nepal"})  # whose people's names are written in it at home


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


@dataclass
class Index:
    by_token: dict[str, list[tuple[int, Name]]]
    # by_token's Latin names: word -> its position in the name -> the name's first
    # letter -> (the entry's place in by_token[word], the name)
    latin_by_token: dict[str, dict[int, dict[str, list[tuple[int, Name]]]]]
    devanagari_by_token: dict[str, list[tuple[int, Name]]]  # by_token's others: (place, name)
    by_skeleton: dict[str, list[Name]]
    skeleton_prefixes: frozenset[str]
    ends: frozenset[str]  # people's names' words before their last (Van: Phan Van Giang)
    short_people: dict[str, list[Name]]  # one-word names of people by their first four letters
    by_deletes: dict[str, list[tuple[int, Name]]]  # Latin name words and their one-letter deletions
    glue: frozenset[str]
    never_starts: frozenset[str]  # words no misspelt name is looked for from
    honorifics: frozenset[str]  # single-word honorifics (dr, shri, श्री): a name's title, never its slip
    single: dict[str, list[Name]]
    refs_of: dict[tuple[str, ...], frozenset[str]]  # every exact name, context or not
    longest: int
    # word as written -> what the checks need to know of it (see word_facts)
    word_facts: dict[str, int] = field(default_factory=dict)  # bits: see word_facts
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
    # how the people the packs name only in Latin letters sound in Devanagari
    sounds: LatinOnlySounds = LatinOnlySounds(frozenset(), frozenset())
    max_edits_per: int = 6  # a slip has at most one edit per this many letters (the check's option)
    # people of countries that do not write in Devanagari: their names in it are
    # transliterations, which Hindi papers spell in many ways
    transliterated: frozenset[str] = frozenset()
    # words that introduce an ordinary person right before a name (the lexicon's person_nouns)
    person_nouns: frozenset[str] = frozenset()


@dataclass(frozen=True, slots=True)
class Attested:
    """A person's names as the packs give them, in Latin letters (those in
    Devanagari romanised): what a variant of the name is compared with."""

    forms: tuple[tuple[str, ...], ...]
    aspirated_t: bool  # written with थ in Devanagari: its th is no t


LengthFree = dict[str, list[tuple[str, frozenset[int]]]]


def _attested(knowledge: Knowledge) -> tuple[dict[str, Attested], LengthFree]:
    """People and organisations of India or named in Devanagari, with what the
    packs attest of their names; and the Devanagari words listed with both
    vowel lengths (of people)."""
    attested: dict[str, Attested] = {}
    length_free: dict[str, list[tuple[str, frozenset[int]]]] = defaultdict(list)
    for entity in knowledge.entities.values():
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


def _compounds(parts: dict[str, list[str]]) -> set[str]:
    """Every first part of a compound given name joined to every last part
    (Gur- and -jit: gurjit)."""
    words = [fold(w) for listed in parts.values() for w in listed]
    firsts = [w[:-1] for w in words if w.endswith("-")]
    lasts = [w[1:] for w in words if w.startswith("-")]
    return {first + last for first in firsts for last in lasts}


def _by_script(by_token: dict[str, list[tuple[int, Name]]]
               ) -> tuple[dict[str, dict[int, dict[str, list[tuple[int, Name]]]]],
                          dict[str, list[tuple[int, Name]]]]:
    """by_token's entries with their places in it, Latin names grouped by
    where they sit in the name and their first letter (a window may be a slip
    for one only where it begins with that letter: a common word, Singh or
    Kumar, then wakes only the names a window at its place can begin like),
    Devanagari names listed."""
    latin: dict[str, dict[int, dict[str, list[tuple[int, Name]]]]] = {}
    devanagari: dict[str, list[tuple[int, Name]]] = {}
    for key, entries in by_token.items():
        for place, (position, name) in enumerate(entries):
            if name.devanagari:
                devanagari.setdefault(key, []).append((place, name))
            else:
                by_letter = latin.setdefault(key, {}).setdefault(position, {})
                by_letter.setdefault(name.joined[:1], []).append((place, name))
    return latin, devanagari


def build_index(knowledge: Knowledge, gazetteer: Gazetteer, glue_words: dict[str, list[str]],
                min_length: int, max_edits_per: int) -> Index:
    """The gazetteer's names of entities at least `min_length` letters long,
    indexed; `glue_words` may be run into a name's end; a slip has at most one
    edit per `max_edits_per` letters."""
    by_token: dict[str, list[tuple[int, Name]]] = defaultdict(list)
    by_skeleton: dict[str, list[Name]] = defaultdict(list)
    ends: set[str] = set()
    ends_by_start: dict[tuple[str, str], list[Name]] = defaultdict(list)
    short_people: dict[str, list[Name]] = defaultdict(list)
    by_deletes: dict[str, list[tuple[int, Name]]] = defaultdict(list)
    glue = frozenset(fold(w) for words in glue_words.values() for w in words)
    never_starts = frozenset(fold(w) for words in knowledge.word_lists["not_name_starts"].values()
                             for w in words)
    honorifics = frozenset(key[0] for words in knowledge.honorifics.values() for w in words
                           if len(key := name_key(w)) == 1)
    single: dict[str, list[Name]] = defaultdict(list)
    # Words of people's names: a known name with one of them in place of its own word is another person.
    person_words: set[str] = {key for group in ("given_names", "family_names")
                              for words in knowledge.word_lists[group].values()
                              for w in words for key in name_key(w) if len(key) >= 3}
    person_words |= _compounds(knowledge.word_lists["given_name_parts"])
    refs_of = gazetteer.refs_by_name()
    first_words: set[str] = set()
    for known in gazetteer.known_names():
        keys, targets = known.keys, known.targets
        if is_devanagari(keys[0]):
            first_words.add(keys[0])
        target = next((t for t in targets if t.kind in ENTITY_KINDS), None)
        joined = "".join(keys)
        if target is None or len(joined) < min_length:
            continue
        person = any(t.kind == "person" for t in targets)
        written_words = WORD.findall(target.name)
        name = Name(keys, joined, target.name, target.ref, is_devanagari(joined), person,
                    place=any(t.kind in {"country", "place"} for t in targets),
                    abbreviated=known.abbreviated,
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
    attested, length_free = _attested(knowledge)
    # Foreign people, whom Hindi papers transliterate many ways: another country's, or
    # written in Latin letters with diacritics no Indian name has (António Guterres).
    transliterated = frozenset(
        entity.id for entity in knowledge.entities.values() if entity.type == "person" and (
            (entity.country is not None and entity.country not in DEVANAGARI_COUNTRIES)
            or any(not name.isascii() for name in entity.names.get("en", []))))
    return Index(dict(by_token), *_by_script(by_token), dict(by_skeleton), prefixes, frozenset(ends),
                 dict(short_people),
                 dict(by_deletes), glue, never_starts, honorifics, dict(single), refs_of,
                 max((len(k) for k in refs_of), default=1),
                 first_words=frozenset(first_words), ends_by_start=dict(ends_by_start),
                 person_words=frozenset(person_words), attested=attested, length_free=length_free,
                 sounds=gazetteer.latin_only_sounds(), max_edits_per=max_edits_per,
                 transliterated=transliterated,
                 person_nouns=frozenset(fold(w) for words in knowledge.word_lists["person_nouns"].values()
                                        for w in words))
