"""spelling: which words of an article may be a known name misspelt, or a
name run into the next word."""

from __future__ import annotations

import itertools
import operator
import unicodedata
from collections.abc import Iterator
from itertools import compress, count
from operator import itemgetter, ne

from ... import translit
from ...analysis import Analysis
from ...mentions import SILENT, Gazetteer, Sounds
from ...text import MEMO_LIMIT, Tokens, fold, memo_answers, skeleton
from ..base import Hit
from .comparison import close
from .index import SINGLE_WORD_MIN, Index, Name

# What may follow a name inside its word without being another word: plurals,
# possessives, the honorific -ji.
NAME_SUFFIXES = frozenset({"s", "es", "ji", "जी", "ों", "ओं", "े", "ो", "ं"})
LONG_GLUED = {"en": 4, "hi": 5}  # a glued remainder this long is a word even when seen nowhere else
# What word_facts knows of a word, as bits.
TOUCHES, ENDS, SHORT, NEAR, STARTS_SLIP, INITIAL, LETTERLIKE = 1, 2, 4, 8, 16, 32, 64


_PLACE_AND_START = itemgetter(0, 1)


def word_facts(index: Index, tokens: Tokens) -> list[int]:
    """For each token, memoised by its text, as bits (plain ints, which the
    garbage collector never walks): TOUCHES may it be a word of a name or
    begin a Devanagari slip; ENDS is it a name's word before its last;
    SHORT does it begin a one-word person's name; NEAR is it a capitalised
    Latin word that a one-word name is near (single_near); STARTS_SLIP may a
    Devanagari slip begin with it; INITIAL is it a capitalised word of one or
    two letters; LETTERLIKE is it one character, or two capitals (what stands
    before a name's misspelt long word after an initial: N. K. Singhh)."""
    memo = index.word_facts
    if len(memo) > MEMO_LIMIT:
        memo.clear()
        index.single_near.clear()  # its words are the memo's: kept apart, they would outlive it
    texts, keys = tokens.texts, tokens.keys
    return memo_answers(texts, memo, lambda i: _facts_of(index, texts[i], keys[i]))


def _facts_of(index: Index, text: str, key: str) -> int:
    devanagari = "\u0900" <= key[0] <= "\u097f"
    consonants = skeleton(key) if devanagari else ""
    starts_slip = (devanagari and key not in index.never_starts and key not in index.glue
                   and consonants in index.skeleton_prefixes
                   and (len(consonants) > 1 or key in index.first_words))
    touches = key in index.by_token or starts_slip
    upper = text[0].isupper()
    initial = upper and len(text) <= 2
    # a capitalised word long enough for a one-word name, and one that some such name is near
    long_capital = upper and len(key) >= SINGLE_WORD_MIN - 2
    near = long_capital and not devanagari and bool(single_near(index, key))
    return ((TOUCHES if touches else 0) | (ENDS if key in index.ends else 0)
            | (SHORT if key[:4] in index.short_people else 0) | (NEAR if near else 0)
            | (STARTS_SLIP if starts_slip else 0) | (INITIAL if initial else 0)
            | (LETTERLIKE if len(text) == 1 or (len(text) == 2 and text.isupper()) else 0))


def single_near(index: Index, key: str) -> tuple[Name, ...]:
    """The one-word names this word is a slip for, once per word."""
    near = index.single_near.get(key)
    if near is None:
        near = index.single_near[key] = tuple(
            name for name in index.single.get(key[0], ())
            if abs(len(name.joined) - len(key)) <= 2 and close((key,), name, index.max_edits_per))
    return near


def marked(facts: list[int]) -> list[int]:
    """The positions of the tokens with any fact (a C loop): the few that may touch a name."""
    return list(compress(count(), facts))


class Windows:
    """Runs of words that may be a slip for a known name."""

    def __init__(self, analysis: Analysis, index: Index, facts: list[int] | None = None) -> None:
        self.tokens: Tokens = analysis.tokens
        self.keys, self.texts = analysis.tokens.keys, analysis.tokens.texts
        self.facts = facts if facts is not None else word_facts(index, analysis.tokens)
        self.index = index
        self.per = index.max_edits_per
        self.covered = {i for m in analysis.mentions if m.last - m.first > 1
                        for i in range(m.first, m.last)}


    def _keys(self, start: int, end: int) -> tuple[str, ...]:
        return tuple(self.keys[start:end])

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
        return self.texts[start][:1].isupper()

    def __iter__(self) -> Iterator[tuple[int, int, Name]]:
        index, keys, texts, count = self.index, self.keys, self.texts, len(self.keys)
        by_token = index.by_token
        facts = self.facts
        covered = self.covered
        for i in self.wanted():
            if i in covered:
                continue  # inside a name written right: no window holding it can be a slip
            key, text = keys[i], texts[i]
            if "\u0900" <= key[0] <= "\u097f":
                if facts[i] & STARTS_SLIP and self._may_spell(i):
                    yield from self._by_consonants(i)
            elif len(key) >= SINGLE_WORD_MIN - 2 and text[0].isupper():
                for name in single_near(index, key):
                    if self._plausible(i, i + 1, name):
                        yield i, i + 1, name
            entries = by_token.get(key, ())
            if (not entries and i > 0 and len(key) >= 3 and text[:1].isupper() and key.isascii()
                    and (len(texts[i - 1]) == 1 or (len(texts[i - 1]) == 2 and texts[i - 1].isupper()))):
                # after an initial (N. K. Singhh): the name's one long word, misspelt
                deletes = [c for variant in {key, *(key[:k] + key[k + 1:] for k in range(len(key)))}
                           for c in index.by_deletes.get(variant, ())]
                for position, name in deletes:
                    for start in range(max(0, i - position - 1), min(count, i - position + 2)):
                        if keys[start][:1] == name.joined[:1] and self._upper(start):
                            yield from self._latin_windows(i, start, name)
                continue
            latin = index.latin_by_token.get(key)
            if latin is None:  # Devanagari names only
                for position, name in entries:
                    window = self._devanagari_window(i, position, name)
                    if window is not None:
                        yield window
                continue
            # Each entry's windows in by_token's order (the closest reading is chosen
            # among equals by that order); Latin names only where a window can begin
            # with the name's first letter.
            starts: list[tuple[int, int, Name]] = []
            for position, by_letter in latin.items():
                for start in range(max(0, i - position - 1), min(count, i - position + 2)):
                    at_start = by_letter.get(keys[start][:1])
                    if at_start and self._upper(start):
                        for place, name in at_start:
                            starts.append((place, start, name))
            for place, name in index.devanagari_by_token.get(key, ()):
                starts.append((place, -1, name))
            if len(starts) > 1:
                starts.sort(key=_PLACE_AND_START)
            for place, start, name in starts:
                if start >= 0:
                    yield from self._latin_windows(i, start, name)
                else:
                    window = self._devanagari_window(i, entries[place][0], name)
                    if window is not None:
                        yield window

    def wanted(self) -> list[int]:
        """The tokens that can touch a name, in order: a name's word, a Devanagari
        word whose consonants begin a name's, a capitalised Latin word a one-word
        name is near, and a capitalised word after an initial (N. K. Singhh). From
        any other token no window is a slip."""
        facts, count = self.facts, len(self.keys)
        marks = marked(facts)
        wanted = [i for i in marks if facts[i] & (TOUCHES | NEAR)]
        after_initials = [i + 1 for i in marks if facts[i] & LETTERLIKE and i + 1 < count
                          and self._after_initial(i + 1, facts[i] & INITIAL)]
        return sorted({*wanted, *after_initials}) if after_initials else wanted

    def _after_initial(self, i: int, initial_before: int) -> bool:
        """May token i, after a letter or two capitals, be a name's long word
        misspelt (N. K. Singhh): capitalised, Latin, no name's word, and long
        enough for a one-word name, or itself an initial, or after one."""
        text, key = self.texts[i], self.keys[i]
        return (text[:1].isupper() and len(key) >= 3 and key.isascii() and key not in self.index.by_token
                and (bool(initial_before) or len(text) <= 2 or len(key) >= SINGLE_WORD_MIN - 2))

    def _devanagari_window(self, i: int, position: int, name: Name) -> tuple[int, int, Name] | None:
        """The window of a Devanagari name's own words holding token i (at
        `position` in the name), one word slipped: other spacing of the name is
        the consonant scan's to find."""
        n = len(name.keys)
        start = i - position
        if start >= 0 and start + n <= len(self.keys):
            keys = tuple(self.keys[start : start + n])
            if keys[0] != name.keys[0] and keys[0] in self.index.never_starts:
                return None  # "अमित शाह समेत पार्टी के नेता": a common word, no slip for समता
            if (sum(map(ne, keys, name.keys)) == 1 and close(keys, name, self.per)
                    and self._plausible(start, start + n, name)):
                return start, start + n, name
        return None

    def _latin_windows(self, i: int, start: int, name: Name) -> Iterator[tuple[int, int, Name]]:
        """Windows from `start` holding token i that may be a slip for a Latin name."""
        n = len(name.keys)
        for end in range(start + max(1, n - 1), min(len(self.keys), start + n + 1) + 1):
            if not start <= i < end:
                continue
            if end - start == n and sum(map(ne, self.keys[start:end], name.keys)) > 1:
                continue  # two words differ: not one slip
            keys = self._keys(start, end)
            if close(keys, name, self.per) and self._plausible(start, end, name):
                yield start, end, name

    def _may_spell(self, i: int) -> bool:
        """Whether a name's consonants are this word's, or begin with this word's
        and the next's: most words that begin a name's consonants go no further."""
        consonants = skeleton(self.keys[i])
        if consonants in self.index.by_skeleton:
            return True
        return i + 1 < len(self.tokens) and (
            consonants + skeleton(self.keys[i + 1])) in self.index.skeleton_prefixes

    def _by_consonants(self, i: int) -> Iterator[tuple[int, int, Name]]:
        """Devanagari runs of up to four words whose consonants spell a name."""
        key = self.keys[i]
        if i in self.covered or key in self.index.glue or key in self.index.never_starts:
            return  # a known name, or a function word, never starts a slip
        consonants = ""
        for end in range(i, min(i + 4, len(self.tokens))):
            consonants += skeleton(self.keys[end])
            if consonants not in self.index.skeleton_prefixes:
                return
            for name in self.index.by_skeleton.get(consonants, ()):
                keys = self._keys(i, end + 1)
                if close(keys, name, self.per) and self._plausible(i, end + 1, name):
                    yield i, end + 1, name


def _cut(text: str, key: str) -> int | None:
    """Where the letters of `key` (folded) end in a word's text, never
    inside a letter's combining marks."""
    for cut in range(1, len(text)):
        if fold(text[:cut]) == key and not unicodedata.category(text[cut]).startswith("M"):
            return cut
    return None


def after_leading_sounds(sounds: Sounds, leading: frozenset[str]) -> set[int]:
    """The words with a sound (not SILENT) after a word whose sound, or whose
    sound joined to the word's before it, is in `leading`: in C passes."""
    words = sounds.words
    leads = map(leading.__contains__, words[:-1])
    pairs_lead = [False, *map(leading.__contains__, sounds.pairs[:-1])]
    heard = map(operator.ne, words[1:], itertools.repeat(SILENT))
    return set(itertools.compress(range(1, len(words)), map(
        operator.and_, heard, map(operator.or_, leads, pairs_lead))))


class Glue:
    """Names run into the next word, whatever the word ("Giangfor", "Shahtoday",
    "मोदीद्वारा", "जावड़ेकरकी"): the name's earlier words stand before it as written,
    and what follows the name's last word is a word (a glue word, a word the
    article uses elsewhere, or a long one)."""

    def __init__(self, analysis: Analysis, index: Index, gazetteer: Gazetteer,
                 facts: list[int] | None = None) -> None:
        self.facts = facts if facts is not None else word_facts(index, analysis.tokens)
        self.analysis = analysis
        self.index = index
        self.gazetteer = gazetteer
        self.tokens = analysis.tokens
        self.keys, self.texts = analysis.tokens.keys, analysis.tokens.texts
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
            self._seen = set(self.keys)
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
        key = self.keys[i]
        devanagari = "\u0900" <= key[0] <= "\u097f"
        if i > 0:
            for name in self.index.ends_by_start.get((self.keys[i - 1], key[:3]), ()):
                last, before = name.keys[-1], len(name.keys) - 1
                if (key.startswith(last) and i >= before
                        and tuple(self.keys[i - before : i]) == name.keys[:-1]
                        and self._word(key[len(last):], devanagari, loose=True, long=not name.abbreviated)):
                    return self._hit(i, last, name.written)
        if (devanagari or self.texts[i][:1].isupper()) and key[:4] in self.index.short_people:
            for name in self.index.short_people[key[:4]]:
                if key.startswith(name.joined) and self._word(key[len(name.joined):], devanagari, False):
                    return self._hit(i, name.joined, name.written)
        return None

    def _sounds(self) -> list[str]:
        """The consonant skeleton (see translit) of each Devanagari token no
        exact name covers, as the gazetteer's scan worked them out (words in
        names are passed over where they are used), SILENT for the others."""
        return self.analysis.sounds.words if self.analysis.sounds is not None else []

    def _by_sound(self, i: int) -> Hit | None:
        """A Devanagari name of someone the packs name only in Latin letters."""
        key = self.keys[i]
        by_sound = self.index.sounds.skeletons
        if i == 0 or not by_sound or not "\u0900" <= self.keys[i - 1][0] <= "\u097f":
            return None
        sounds = self._sounds()
        leading = self.index.sounds.leading
        if not sounds:
            return None
        whole = sounds[i] if sounds[i] != SILENT else ""
        starts = []
        for first in (i - 1, i - 2):
            if first < 0 or SILENT in sounds[first:i]:
                continue
            before = "".join(sounds[first:i])
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
                before = "".join(translit.word_key(word)[0] for word in self.keys[first:i])
                if before + head not in by_sound:
                    continue  # no Latin-only name has these consonants
                target = self.gazetteer.person_by_sound((*self.keys[first:i], key[:j]))
                if target is None:
                    continue
                written = " ".join(self.texts[first:i])
                hit = self._hit(i, key[:j], written)
                if hit is not None and hit.suggestion:
                    named = hit.suggestion.split(" ")[0]
                    return Hit(hit.start, hit.end,
                               f"'{self.texts[i]}' runs the name '{written} {named}' ({target.name}) "
                               f"into the next word '{self.texts[i][len(named):]}'",
                               suggestion=hit.suggestion)
        return None

    def wanted(self) -> tuple[set[int], set[int]]:
        """The words that may run a name into the next word: after a person's
        word before the last, one whose first letters begin that person's last
        word (Phan Van Giangfor), and one that begins with a one-word name
        (मायावतीने); and, apart, the Devanagari words after the sound of a
        Latin-only name's first words. From any other word nothing is found."""
        keys, facts, count = self.keys, self.facts, len(self.keys)
        ends_by_start = self.index.ends_by_start
        marks = marked(facts)
        known = {i + 1 for i in marks if facts[i] & ENDS and i + 1 < count
                 and (keys[i], keys[i + 1][:3]) in ends_by_start}
        known.update(i for i in marks if facts[i] & SHORT and i > 0)
        by_sound: set[int] = set()
        if self.index.sounds.skeletons and self.analysis.sounds is not None:  # the scan met Devanagari words
            by_sound = after_leading_sounds(self.analysis.sounds, self.index.sounds.leading)
        return known, by_sound

    def __iter__(self) -> Iterator[Hit]:
        keys = self.keys
        known, by_sound = self.wanted()
        for i in sorted(known | by_sound):
            key = keys[i]
            if i in self.covered or len(key) < 4:
                continue
            hit = self._known(i) if i in known else None
            if hit is None and "\u0900" <= key[0] <= "\u097f":
                hit = self._by_sound(i)
            if hit is not None:
                yield hit
