"""The gazetteer: every known name, in every language, as token keys, and
the scan that finds them in an article (longest match first).

The gazetteer is compiled once per set of packs; a scan is one dictionary
look-up per token plus a comparison for each name starting with that token.
"""

from __future__ import annotations

import itertools
import operator
from collections import Counter, defaultdict
from collections.abc import Iterator
from dataclasses import dataclass
from functools import partial
from operator import attrgetter
from typing import Any, NamedTuple

import regex
from rapidfuzz import fuzz

from . import translit
from .knowledge import Knowledge
from .text import (
    DEVANAGARI,
    INVISIBLE,
    MEMO_LIMIT,
    WORD,
    Tokens,
    fold,
    is_devanagari,
    memo_answers,
    name_key,
)

# What may separate the words of one name: spaces, hyphens, apostrophes,
# a comma ("Peace, Prosperity"), and a full stop after an initial ("A. K. Antony").
NAME_GAP = regex.compile(rf"[ \t\u00a0\-–'’,{INVISIBLE}]*\n?[ \t\u00a0\-–'’{INVISIBLE}]*"
                         r"|[ \t]*[.&][ \t]*")  # J&K, J. P.

ENTITY_KINDS = ("person", "country", "organisation", "place", "event", "term")
CROSS_SCRIPT_MIN = 4  # consonants in a name's skeleton, below which sound-alikes are too many
CROSS_SCRIPT_SCORE = 85  # similarity (0-100) of the romanised spellings
NAME_END = ""  # marks a whole name in the gazetteer's tree (no word is empty)
_REF = attrgetter("ref")  # a target's entity or fact id
_TARGETS = attrgetter("targets")
SILENT = "\0"  # the sound of a word that is no part of a Devanagari name (no skeleton holds it)


@dataclass(frozen=True, slots=True)
class Target:
    kind: str  # an entity type, "office", "fact", "honorific", "counterpart", "former" or "then"
    ref: str
    name: str
    lang: str
    alias: bool = False


class Sounds(NamedTuple):
    """How an article's words sound (see translit): each word's consonant
    skeleton, or SILENT for a word that is no part of a Devanagari name (a
    function word, a Latin word, a word of a name found as written); and each
    word's sound joined to the next's."""

    words: list[str]
    pairs: list[str]  # words[k] + words[k + 1]


class Mention(NamedTuple):
    """A name found in an article (a named tuple: articles have many)."""

    first: int  # token index
    last: int  # token index, exclusive
    start: int
    end: int
    text: str
    targets: tuple[Target, ...]

    @property
    def kind(self) -> str:
        return self.targets[0].kind

    def refs(self, kind: str | None = None) -> list[str]:
        return sorted({t.ref for t in self.targets if kind is None or t.kind == kind})


_make_mention = partial(tuple.__new__, Mention)  # Mention's own __new__ is a Python function


@dataclass(frozen=True, slots=True)
class KnownName:
    """A name the scan finds exactly, as the spelling check compares words with it."""

    keys: tuple[str, ...]
    targets: tuple[Target, ...]
    abbreviated: bool  # a person's name with its first words as initials here (S. Jaishankar)


@dataclass(frozen=True, slots=True)
class LatinOnlySounds:
    """The consonant skeletons (see translit) of the people the packs name
    only in Latin letters: what a Devanagari spelling of them sounds like."""

    skeletons: frozenset[str]  # of whole names
    leading: frozenset[str]  # of the words before a name's last


def _spoken_variants(words: list[str]) -> list[list[str]]:
    """A name with its initials as Hindi says them: its single letters
    (A. K. Antony -> e ke Antony), or every word but the last as an initial
    (Jagat Prakash Nadda -> je pi Nadda)."""
    variants = []
    if any(len(w) == 1 for w in words):
        variants.append([translit.spoken_initial(w) if len(w) == 1 else w for w in words])
    if len(words) > 2:
        variants.append([translit.spoken_initial(w[0]) for w in words[:-1]] + words[-1:])
    return variants


def _initial_forms(knowledge: Knowledge) -> list[tuple[tuple[str, ...], Target]]:
    """A person's name with its first words as initials ("S. Jaishankar",
    "Y S Jagan Mohan Reddy", "YS Jagan Mohan Reddy"), kept only when they
    name one person."""
    found: dict[tuple[str, ...], set[Target]] = defaultdict(set)
    for entity in knowledge.entities.values():
        if entity.type != "person":
            continue
        for name in entity.names.get("en", []):
            words = [m.group() for m in WORD.finditer(name)]
            if len(words) < 2 or not all(w[0].isalpha() and w.isascii() for w in words):
                continue
            for count in range(1, len(words)):
                if len(words[count]) < 3:
                    continue
                rest = tuple(fold(w) for w in words[count:])
                initials = tuple(w[0].lower() for w in words[:count])
                target = Target("person", entity.id, name, "en", alias=True)
                found[initials + rest].add(target)
                if count > 1:
                    found[("".join(initials), *rest)].add(target)
    return [(keys, next(iter(targets))) for keys, targets in found.items()
            if len({t.ref for t in targets}) == 1]


SHORT_FORM_MIN = 4  # letters of each word a three-word name's short form keeps
SHARED_MIDDLE = 3  # names with the same middle name for the press to drop it


def _short_forms(knowledge: Knowledge) -> list[tuple[tuple[str, ...], Target]]:
    """An Indian person's three-word name by its first and last words, as the
    Indian press shortens it (Shivraj Chauhan for Shivraj Singh Chauhan,
    नरेंद्र तोमर), in either script: only a middle name that many names share
    (Singh, Kumar, Nath) is dropped so, and the form is kept when it names one
    person and neither word is short nor the last a shared middle name. Other naming orders (Vietnamese family
    names first) are not shortened so."""
    honorifics = {name_key(h)[0] for names in knowledge.honorifics.values() for h in names}
    named = [(entity.id, lang, name, name_key(name)) for entity in knowledge.entities.values()
             if entity.type == "person" and entity.country == "india"
             for lang, names in (*entity.names.items(), *entity.aliases.items()) for name in names]
    middles = Counter(keys[1] for *_, keys in named if len(keys) == 3)
    found: dict[tuple[str, ...], set[Target]] = defaultdict(set)
    for ref, lang, name, keys in named:
        if (len(keys) == 3 and keys[0] not in honorifics and middles[keys[1]] >= SHARED_MIDDLE
                and middles[keys[2]] < SHARED_MIDDLE  # Arun Kumar Singh: "Arun Singh" is anyone
                and len(keys[1]) >= 3 and len(keys[0]) >= SHORT_FORM_MIN and len(keys[2]) >= SHORT_FORM_MIN):
            found[(keys[0], keys[2])].add(Target("person", ref, name, lang, alias=True))
    return [(keys, min(targets, key=lambda t: t.name)) for keys, targets in found.items()
            if len({t.ref for t in targets}) == 1]


def _initial(key: str) -> bool:
    """A Latin initial (K, K., K0): one letter, as the tokenizer keys it."""
    return len(key) == 1 and key.isascii() and key.isalpha()


class Gazetteer:
    def __init__(self, knowledge: Knowledge) -> None:
        self.knowledge = knowledge
        entries: dict[tuple[str, ...], list[Target]] = defaultdict(list)

        added: set[tuple[tuple[str, ...], Target]] = set()

        def add(keys: tuple[str, ...], target: Target) -> None:
            if keys and (keys, target) not in added:
                added.add((keys, target))
                entries[keys].append(target)

        for entity in knowledge.entities.values():
            for alias, group in ((False, entity.names), (True, entity.aliases),
                                 (True, entity.demonyms)):
                for lang, names in group.items():
                    for name in names:
                        add(name_key(name), Target(entity.type, entity.id, name, lang, alias))
        for office in knowledge.offices.values():
            for alias, group in ((False, office.names), (True, office.aliases),
                                 (True, knowledge.title_forms.get(office.id, {}))):
                for lang, names in group.items():
                    for name in names:
                        add(name_key(name), Target("office", office.id, name, lang, alias))
        self.abbreviated: set[tuple[str, ...]] = set()  # names shortened to initials here
        for keys, target in _initial_forms(knowledge):
            if keys not in entries:
                add(keys, target)
                self.abbreviated.add(keys)
        # First and last names of three-word names (Shivraj Chauhan): that person
        # to the spelling check, which reports no slip for them nor any name as
        # their slip; not mentions, which claims would be read from (a short
        # name is more often someone else than a full one).
        self.shortened: dict[tuple[str, ...], Target] = {
            keys: target for keys, target in _short_forms(knowledge) if keys not in entries}
        for fact in knowledge.facts.values():
            for lang, names in fact.cues.items():
                for name in names:
                    add(name_key(name), Target("fact", fact.id, name, lang))
        for kind, groups in (("honorific", knowledge.honorifics),
                             ("counterpart", knowledge.counterpart_words),
                             ("former", knowledge.former_words),
                             ("then", knowledge.then_words),
                             ("future", knowledge.future_words)):
            for lang, names in groups.items():
                for name in names:
                    add(name_key(name), Target(kind, kind, name, lang))

        self.entries = dict(entries)
        self._cross_script(knowledge)
        # Names word by word, in a tree: a token costs one look-up per word of
        # the longest name it begins, whatever the number of names that start
        # with a common word ("Prime Minister of ..." for 174 countries).
        self.trie: dict[str, Any] = {}
        for keys in self.entries:
            node = self.trie
            for key in keys:
                node = node.setdefault(key, {})
            node[NAME_END] = keys
        self.first_keys = frozenset(self.trie)
        # A word that begins names but is none alone begins one only before a word
        # that follows it in some name (or an initial the name may lack): most
        # starts end there, before the walk down the tree.
        self.whole_first = frozenset(key for key, node in self.trie.items() if NAME_END in node)
        self.first_pairs = frozenset((key, second) for key, node in self.trie.items()
                                     for second in node if second != NAME_END)
        self.context: dict[str, frozenset[str]] = {
            **{e.id: frozenset(e.context) for e in knowledge.entities.values() if e.context},
            **{f.id: frozenset(f.context) for f in knowledge.facts.values() if f.context},
        }
        # One-word names of context entities count inside longer names too:
        # "India-Vietnam Virtual Summit" mentions Vietnam.
        needed = set().union(*self.context.values()) if self.context else set()
        self.context_words: dict[str, set[str]] = defaultdict(set)
        for keys, targets in self.entries.items():
            for target in targets:
                if len(keys) == 1 and target.ref in needed:
                    self.context_words[keys[0]].add(target.ref)

    def _cross_script(self, knowledge: Knowledge) -> None:
        """Latin-script names of people, keyed so that the same name in
        Devanagari finds them (see translit)."""
        self.by_sound: dict[str, list[tuple[str, Target]]] = defaultdict(list)
        # The consonants of those names but their last word: what stands
        # before a last word that may be glued to the next one.
        self.leading_sounds: set[str] = set()
        # Initials as Hindi writes them ("जे. पी. नड्डा"): kept only when no
        # other person's name gives the same initials and surname.
        initial_owners: dict[str, set[str]] = defaultdict(set)  # consonants -> people
        latin_only: list[tuple[str, str, list[str]]] = []
        for entity in knowledge.entities.values():
            if entity.type != "person":
                continue
            written = [n for group in (entity.names, entity.aliases) for v in group.values() for n in v]
            for name in (n for group in (entity.names, entity.aliases) for n in group.get("en", [])):
                words = [m.group() for m in WORD.finditer(name)]
                for variant in _spoken_variants(words):
                    initial_owners[translit.name_key(tuple(variant))[0]].add(entity.id)
                if not any(is_devanagari(n) for n in written):
                    latin_only.append((entity.id, name, words))
        for person, name, words in latin_only:
            variants = [words, [w for w in words if len(w) > 1]] + [
                v for v in _spoken_variants(words)
                if initial_owners[translit.name_key(tuple(v))[0]] == {person}]
            for variant in variants:
                skeleton, spelling = translit.name_key(tuple(variant))
                if len(variant) > 1 and len(skeleton) >= CROSS_SCRIPT_MIN:
                    target = Target("person", person, name, "en", alias=True)
                    if (spelling, target) not in self.by_sound[skeleton]:
                        self.by_sound[skeleton].append((spelling, target))
                    leading = translit.name_key(tuple(variant[:-1]))[0]
                    if len(leading) >= 3:  # fewer consonants would come before too many words
                        self.leading_sounds.add(leading)
        self.function_words = frozenset(keys[0] for keys in knowledge.not_qualifiers if len(keys) == 1)
        self.sound_of_word: dict[str, str] = {}  # word -> skeleton (SILENT: not Devanagari), a memo
        self.sound_prefixes = frozenset(
            k[:n] for k in self.by_sound for n in range(1, len(k) + 1))

    def known_names(self) -> Iterator[KnownName]:
        """Every name the scan finds exactly, with what it names."""
        for keys, targets in self.entries.items():
            yield KnownName(keys, tuple(targets), keys in self.abbreviated)

    def refs_by_name(self) -> dict[tuple[str, ...], frozenset[str]]:
        """What each exact name names, and each short form of a three-word
        name (Shivraj Chauhan): word runs that are no slip for any name."""
        refs = {keys: frozenset(t.ref for t in targets) for keys, targets in self.entries.items()}
        refs.update({keys: frozenset({t.ref}) for keys, t in self.shortened.items()})
        return refs

    def latin_only_sounds(self) -> LatinOnlySounds:
        """How the names of people the packs name only in Latin letters sound
        (person_by_sound says who a run of Devanagari words names)."""
        return LatinOnlySounds(frozenset(self.by_sound), frozenset(self.leading_sounds))

    def person_by_sound(self, words: tuple[str, ...]) -> Target | None:
        """The person the packs name only in Latin script whom these
        Devanagari words name, if any (नितिन गडकरी -> Nitin Gadkari)."""
        best = self._best_by_sound(words, *translit.name_key(words))
        return best[1] if best else None

    def _best_by_sound(self, words: tuple[str, ...], skeleton: str, spelling: str | None = None
                       ) -> tuple[float, Target] | None:
        """The Latin-only person with these consonants whose spelling is
        nearest, if near enough: (score, target)."""
        named = self.by_sound.get(skeleton)
        if not named:
            return None
        spelling = spelling or translit.name_key(words)[1]
        best: tuple[float, Target] | None = None
        for known, target in named:
            score = fuzz.ratio(spelling, known)
            if score >= CROSS_SCRIPT_SCORE and (best is None or score > best[0]):
                best = (score, target)
        return best

    def _sounds_like(self, text: str, tokens: Tokens, found: list[Mention]) -> tuple[list[Mention], Sounds]:
        """People named in Devanagari whom the packs name only in Latin script,
        added to those found; and how the words sound."""
        cache = self.sound_of_word
        if len(cache) > MEMO_LIMIT:
            cache.clear()
        words, keys = tokens.texts, tokens.keys
        function_words = self.function_words

        def sound_of(index: int) -> str:
            # a function word (में, के, हमारे) is never part of a name: it has no sound to match
            key = keys[index]
            devanagari = "\u0900" <= key[0] <= "\u097f"
            return translit.word_key(words[index])[0] if devanagari and key not in function_words else SILENT

        sounds = memo_answers(words, cache, sound_of)
        for m in found:
            sounds[m.first : m.last] = [SILENT] * (m.last - m.first)
        extra: list[Mention] = []
        prefixes, by_sound = self.sound_prefixes, self.by_sound
        # A name by sound has two words or more: its first word's consonants and
        # the next word's begin some name's (no skeleton holds the silent mark).
        pairs = list(map(operator.add, sounds, sounds[1:]))
        starts = itertools.compress(itertools.count(), map(operator.and_, map(prefixes.__contains__, sounds),
                                                           map(prefixes.__contains__, pairs)))
        after = 0  # the token after the last name found
        for i in list(starts):
            if i < after:
                continue
            best: tuple[float, int, Target] | None = None
            skeleton = sounds[i]
            for end in range(i + 1, min(i + 3, len(tokens))):
                if sounds[end] == SILENT:
                    break
                skeleton += sounds[end]
                if skeleton not in prefixes:
                    break
                if skeleton not in by_sound:
                    continue  # the start of a name's consonants, not yet all of them
                found_here = self._best_by_sound(tuple(words[i : end + 1]), skeleton)
                if found_here and (best is None or found_here[0] > best[0]):
                    best = (found_here[0], end + 1, found_here[1])
            if best is None or not self._joined(text, tokens, i, best[1] - i):
                continue
            start, stop = tokens.starts[i], tokens.ends[best[1] - 1]
            extra.append(Mention(i, best[1], start, stop, text[start:stop], (best[2],)))
            after = best[1]
        return (sorted(found + extra, key=lambda m: m.first) if extra else found), Sounds(sounds, pairs)

    def _joined(self, text: str, tokens: Tokens, first: int, count: int) -> bool:
        starts, ends, keys = tokens.starts, tokens.ends, tokens.keys
        for i in range(first, first + count - 1):
            gap = text[ends[i] : starts[i + 1]]
            if gap and not NAME_GAP.fullmatch(gap):
                return False
            if "." in gap and len(keys[i]) > 3:
                return False
        return True

    def scan(self, text: str, tokens: Tokens) -> list[Mention]:
        """The names in an article, longest first."""
        return self.scan_with_sounds(text, tokens)[0]

    def scan_with_sounds(self, text: str, tokens: Tokens) -> tuple[list[Mention], Sounds | None]:
        """The names in an article, longest first; and, for a text with
        Devanagari words when some people are named only in Latin letters, how
        its words sound (the checks that look for them need it)."""
        found: list[Mention] = []
        count = len(tokens)
        first_keys, trie = self.first_keys, self.trie
        whole_first, first_pairs = self.whole_first, self.first_pairs
        after = 0  # the token after the last name found
        keys = tokens.keys
        next_keys = keys[1:]
        next_keys.append("")
        for i in list(itertools.compress(itertools.count(), map(first_keys.__contains__, keys))):
            if i < after:
                continue
            key = keys[i]
            if key not in whole_first and len(next_keys[i]) != 1 and (key, next_keys[i]) not in first_pairs:
                continue  # no name is this word alone, nor begins with it and the next
            node = trie[key]
            match = node.get(NAME_END)
            last = i + 1 if match else i  # the token after the longest name found so far
            j = i + 1  # the longest name whose words follow, joined as names are
            skipped = False
            while j < count:
                key = keys[j]
                child = node.get(key)
                if (child is None and len(key) == 1 and not skipped and j + 1 < count
                        and _initial(keys[j])
                        and len(keys[j - 1]) > 1 and keys[j + 1] in node
                        and self._joined(text, tokens, j - 1, 3)):
                    # a middle initial the packs' name lacks (Conrad K Sangma): the same person
                    following = node[keys[j + 1]].get(NAME_END)
                    if following is not None and all(t.kind == "person" for t in self.entries[following]):
                        skipped = True
                        j += 1
                        child = node.get(keys[j])
                if child is None or not self._joined(text, tokens, j - 1, 2):
                    break
                node = child
                ending = node.get(NAME_END)
                if ending is not None:
                    match, last = ending, j + 1
                j += 1
            if match is None:
                continue
            if match in self.abbreviated and i > 0 and len(keys[i - 1]) == 1 \
                    and self._joined(text, tokens, i - 1, 2):
                continue  # "N. K. Singh" is not "K. Singh" (Kalyan Singh): more initials, someone else
            start, end = tokens.starts[i], tokens.ends[last - 1]
            found.append(_make_mention((i, last, start, end, text[start:end], tuple(self.entries[match]))))
            after = last
        sounds = None
        if self.by_sound and DEVANAGARI.search(text):
            found, sounds = self._sounds_like(text, tokens, found)
        return self._in_context(found, keys), sounds

    def _in_context(self, found: list[Mention], keys: list[str]) -> list[Mention]:
        """Drop targets that need another entity mentioned in the article."""
        context = self.context
        if not context:
            return found
        needed = context.keys()
        needing = [k for k, m in enumerate(found) if not needed.isdisjoint(map(_REF, m.targets))]
        if not needing:
            return found  # nothing named needs another entity
        present = set(map(_REF, itertools.chain.from_iterable(map(_TARGETS, found))))
        # What the names found leave unsettled is settled by the one-word names of
        # the entities still wanted, wherever the article writes them.
        wanted = {ref for k in needing for t in found[k].targets
                  if t.ref in context and context[t.ref].isdisjoint(present) for ref in context[t.ref]}
        if wanted:
            context_words = self.context_words
            words = {word for word, refs in context_words.items() if not refs.isdisjoint(wanted)}
            for key in set(itertools.compress(keys, map(words.__contains__, keys))):
                present |= context_words[key]
        kept = found.copy()
        for k in reversed(needing):  # only the mentions that need context change
            mention = found[k]
            targets = tuple(
                t for t in mention.targets
                if t.ref not in context or not context[t.ref].isdisjoint(present)
            )
            if targets:
                kept[k] = Mention(mention.first, mention.last, mention.start, mention.end,
                                  mention.text, targets)
            else:
                del kept[k]
        return kept
