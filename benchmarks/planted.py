"""The planted-error benchmark: real articles, one known error planted at a
known span at a time, and what factcheck finds.

    python benchmarks/planted.py [--corpus DIR] [--per-type N] [--seed S] [--json FILE]
                                 [--save-cases FILE | --load-cases FILE] [--verdicts TSV]
                                 [--claims] [--claims-table CSV]

For every article of ../shared/corpus (all its .jsonl files) it finds places
to plant an error, plants one at a time at a known span, checks the changed
article with the bundled packs through the public API (factcheck.check), and
counts per error type and language, with Wilson 95% intervals:

- cases: errors planted (at most --per-type per type, source and language,
  sampled with a fixed seed);
- detected: a warning or error whose span overlaps the planted span;
- suggestion right: the detection's suggestion, applied, gives back a right
  text (the original, or the right person written another attested way);
- controls: correct changes (another attested spelling of the person, the
  office's real holder written another way) that must stay clean: a warning
  or error there is a false alarm;
- findings on the unchanged articles, per language, rule and severity, per
  100 articles, and how many a verdict file judges real or false;
- with --claims, the same wrong holders, controls and misspelt holders as
  rows of a claims table (the name as the article writes it, the office, the
  article's date), checked with factcheck.check_claims: what the table finds
  beside what the article gave.

The sites are chosen WITHOUT the checker under test: people, their names in
both scripts, offices, tenures and title forms are read from the loaded packs
as data, and found in the text by plain regular expressions; dates and
weekdays by the calendar. Nothing here calls the checker's analysis (its
mentions, claims, dates, timing or spelling code) to choose or drop a case:
only the scoring runs the checker, on the changed article. See
docs/quality.md for how each type is planted and why each plant is wrong.
"""

from __future__ import annotations

import argparse
import csv
import datetime as dt
import json
import math
import random
import sys
import time
import unicodedata
from collections import Counter, defaultdict
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from pathlib import Path

import regex

import factcheck
from factcheck.articles import load
from factcheck.model import Article, Finding

ROOT = Path(__file__).resolve().parent.parent
DEFAULT_CORPUS = ROOT.parent / "shared" / "corpus"
DEFAULT_VERDICTS = ROOT / "benchmarks" / "corpus_verdicts.tsv"
SEED = 20201221
MARGIN = dt.timedelta(days=30)  # a plant is wrong throughout this much either side of the date
MIN_CASES = 20  # figures on fewer cases are shown but not judged
PLANTS = ("wrong-holder", "misspelt-name", "glued-name", "repeated-word", "weekday")
CONTROLS = ("alias-control", "holder-control")
SOURCES = ("predecessor", "successor", "unrelated")  # where a wrong holder comes from
FLAGGED = ("error", "warning")

# --- text: the benchmark's own regular expressions, not the checker's --------

WORD = regex.compile(r"[\p{L}\p{M}\p{Nd}\u200c\u200d]+")
DEVANAGARI = regex.compile(r"[\u0900-\u097f]")
BEFORE = r"(?<![\p{L}\p{M}\p{Nd}\u200c\u200d])"
AFTER = r"(?![\p{L}\p{M}\p{Nd}\u200c\u200d])"
SENTENCE_BREAK = regex.compile(r"(?<=[.!?।॥])\s+(?=\S)|\n\s*\n")
ZERO_WIDTH = "\u200c\u200d\ufeff"
NUKTA, VIRAMA, ANUSVARA = "\u093c", "\u094d", "\u0902"
NUKTA_LETTERS = {"क़": "क", "ख़": "ख", "ग़": "ग", "ज़": "ज", "ड़": "ड", "ढ़": "ढ", "फ़": "फ", "य़": "य"}
CANDRA = {"ॉ": "ा", "ॅ": "े", "ऑ": "आ", "ऍ": "ए", "\u0901": ANUSVARA}
NASAL_VIRAMA = regex.compile(r"[ङञणनम]\u094d(?=[\u0915-\u0939])")
CONSONANT = "[\u0915-\u0939\u0958-\u095f]"
# Spacing inside a name or a title, and between a title and its name: a line
# may wrap there, but a blank line (a heading above a paragraph) ends it.
NAME_SEP = r"(?:\.[ \t]*\n?[ \t]*|[ \t]+\n?[ \t]*|\n[ \t]*)"
TITLE_SEP = r"[ \t]*[\n-]?[ \t]*"


def script(text: str) -> str:
    return "hi" if DEVANAGARI.search(text) else "en"


def fold(text: str) -> str:
    """A comparison form: case, dots, spacing, invisible joiners, nukta,
    candra vowels and a nasal written with virama or anusvara do not count
    (नरेन्द्र = नरेंद्र, A.K. Antony = A. K. Antony)."""
    text = unicodedata.normalize("NFC", text)
    for letter, base in NUKTA_LETTERS.items():
        text = text.replace(letter, base)
    text = "".join(CANDRA.get(c, c) for c in text if c not in ZERO_WIDTH and c != NUKTA)
    text = NASAL_VIRAMA.sub(ANUSVARA, text).replace(".", " ")
    return " ".join(text.casefold().split())


def words(text: str) -> list[str]:
    return [fold(w) for w in WORD.findall(text)]


def name_pattern(name: str) -> str:
    """A regular expression that finds a name however it is spaced, dotted,
    or (in Devanagari) written with nukta, candra vowels or either nasal."""
    parts = []
    for part in WORD.findall(fold(name) if script(name) == "hi" else unicodedata.normalize("NFC", name)):
        if script(part) == "en":
            parts.append(regex.escape(part))
            continue
        pattern = ""
        for c in part:
            if c == ANUSVARA:
                pattern += r"(?:[\u0901\u0902]|[ङञणनम]\u094d[\u200c\u200d]?)"
            elif "\u0915" <= c <= "\u0939":
                nukta = next((k for k, v in NUKTA_LETTERS.items() if v == c), None)
                pattern += f"(?:{c}\u093c?{'|' + nukta if nukta else ''})"
            elif c == VIRAMA:
                pattern += "\u094d[\u200c\u200d]?"
            else:
                pattern += {"ा": "[ाॉ]", "े": "[ेॅ]", "आ": "[आऑ]", "ए": "[एऍ]"}.get(c, regex.escape(c))
        parts.append(pattern)
    return BEFORE + NAME_SEP.join(parts) + AFTER


def sentence_of(text: str, at: int) -> tuple[int, int]:
    start = 0
    for m in SENTENCE_BREAK.finditer(text, 0, at):
        start = m.end()
    nxt = SENTENCE_BREAK.search(text, at)
    return start, nxt.start() if nxt else len(text)


@dataclass(frozen=True)
class Token:
    start: int
    end: int
    text: str
    key: str


def tokens(text: str) -> list[Token]:
    return [Token(m.start(), m.end(), m.group(), fold(m.group())) for m in WORD.finditer(text)]


# --- the knowledge, read as data ------------------------------------------------


@dataclass(frozen=True)
class Form:
    words: tuple[str, ...]
    offices: frozenset[str]


class Data:
    """What the loaded packs say, as plain data: each person's names per script,
    each office's title forms per script, tenures with their precision."""

    def __init__(self, rules: factcheck.Rules) -> None:
        k = rules.knowledge
        self.knowledge = k
        self.people = {e.id: e for e in k.entities.values() if e.type == "person"}
        # (person, script) -> names: the pack's names first, then its aliases
        self.names: dict[tuple[str, str], list[str]] = defaultdict(list)
        self.written: dict[tuple[str, str], str] = {}  # the name a plant writes
        self.name_words: set[str] = set()  # every word of every known name
        self.name_keys: set[str] = set()
        by_first: dict[tuple[str, str], list[tuple[regex.Pattern, str, str]]] = defaultdict(list)
        for person in self.people.values():
            for group in (person.names, person.aliases):
                for lang, names in group.items():
                    for name in names:
                        s = script(name)
                        if fold(name) in {fold(n) for n in self.names[(person.id, s)]}:
                            continue
                        self.names[(person.id, s)].append(name)
                        self.name_words.update(words(name))
                        self.name_keys.add(fold(name))
                        first = words(name)[0]
                        by_first[(s, first)].append((regex.compile(name_pattern(name)), person.id, name))
                        if group is person.names and lang == s and (person.id, s) not in self.written:
                            self.written[(person.id, s)] = name
            for s in ("en", "hi"):  # a person the pack names only by aliases in a script
                if (person.id, s) not in self.written and self.names.get((person.id, s)):
                    self.written[(person.id, s)] = max(self.names[(person.id, s)], key=len)
        self.by_first = dict(by_first)
        # Title forms: the office's names, aliases and the forms the packs' lexicon builds.
        forms: dict[tuple[str, tuple[str, ...]], set[str]] = defaultdict(set)
        for office in k.offices.values():
            derived = k.title_forms.get(office.id, {})
            for group in (office.names, office.aliases, derived):
                for names in group.values():
                    for form in names:
                        if words(form):
                            forms[(script(form), tuple(words(form)))].add(office.id)
        self.forms_by_last: dict[tuple[str, str], list[Form]] = defaultdict(list)
        self.forms_by_first: dict[tuple[str, str], list[Form]] = defaultdict(list)
        for (s, ws), offices in forms.items():
            form = Form(ws, frozenset(offices))
            self.forms_by_last[(s, ws[-1])].append(form)
            self.forms_by_first[(s, ws[0])].append(form)
        self.honorific_words = {w for names in k.honorifics.values() for n in names for w in words(n)}
        # Words that put a title at another time (former, then, incoming, पूर्व, तत्कालीन).
        self.time_phrases = {tuple(words(n)) for group in (k.former_words, k.then_words, k.future_words)
                             for names in group.values() for n in names if words(n)}
        self.place_words = {w for term in k.titles.places for names in term.names.values()
                            for n in names for w in words(n)}
        self.place_words |= {w for e in k.entities.values() if e.type in {"country", "place"}
                             for group in (e.names, e.aliases, e.demonyms)
                             for names in group.values() for n in names for w in words(n)}
        # A country's names and demonyms (India, Indian, भारत, भारतीय): a title they qualify is that
        # country's office.
        self.countries: dict[tuple[str, ...], str] = {
            tuple(words(n)): e.id for e in k.entities.values() if e.type == "country"
            for group in (e.names, e.aliases, e.demonyms) for names in group.values() for n in names
            if words(n)}

    def time_phrase_at(self, keys: list[str], end: int) -> bool:
        """Does a time phrase end at keys[end - 1]?"""
        return any(tuple(keys[max(0, end - len(p)) : end]) == p for p in self.time_phrases)

    def country_offices(self, offices: Iterable[str], country: str) -> set[str]:
        return {o for o in offices if self.knowledge.offices[o].country == country}

    def held_throughout(self, person: str, office: str, first: dt.date, last: dt.date) -> bool:
        """Held for certain on every day from first to last: a tenure whose
        latest possible start and earliest possible end enclose them (a tenure
        with no end only up to the date its pack's knowledge is current to, its
        `as_of`)."""
        for t in self.knowledge.tenures_by_person.get(person, ()):
            if t.office != office or t.started is None:
                continue
            goes_on = (t.ended.first >= last if t.ended is not None
                       else t.known_until is None or t.known_until >= last)
            if t.started.last <= first and goes_on:
                return True
        return False

    def held_within(self, person: str, offices: Iterable[str], first: dt.date, last: dt.date) -> bool:
        """Possibly held one of the offices on some day from first to last."""
        chosen = set(offices)
        for t in self.knowledge.tenures_by_person.get(person, ()):
            if t.office not in chosen:
                continue
            begin = t.started.first if t.started else dt.date.min
            end = t.ended.last if t.ended else dt.date.max
            if begin <= last and end >= first:
                return True
        return False

    def ever_held(self, person: str, offices: Iterable[str]) -> bool:
        chosen = set(offices)
        return any(t.office in chosen for t in self.knowledge.tenures_by_person.get(person, ()))


# --- sites ---------------------------------------------------------------------------


@dataclass(frozen=True)
class Occurrence:
    """A known person's name, found by plain search."""

    start: int
    end: int
    text: str
    person: str
    first: int  # index of its first and last token
    last: int


@dataclass
class Site:
    """One planned change of one article: replace text[start:end] by `new`
    (and, for a control, every place in `also` too)."""

    kind: str
    lang: str
    article: int  # index into the article list
    start: int
    end: int
    new: str
    span: tuple[int, int]  # the planted span, relative to start in the changed text
    accept: list[str]  # what a right suggestion may write in place of the planted span
    detail: dict[str, str] = field(default_factory=dict)
    also: list[tuple[int, int]] = field(default_factory=list)


@dataclass(frozen=True)
class Case:
    kind: str
    lang: str
    article: Article  # the changed article
    start: int  # the planted span in the changed text
    end: int
    accept: tuple[str, ...]
    detail: dict[str, str]
    original: tuple[tuple[int, int], ...]  # the changed places in the unchanged article
    others: tuple[tuple[int, int], ...] = ()  # a control's other changed places, in the changed text

    def spans(self) -> list[tuple[int, int]]:
        return [(self.start, self.end), *self.others]

    @property
    def group(self) -> str:
        source = self.detail.get("source")
        return f"{self.kind}/{source}/{self.lang}" if source else f"{self.kind}/{self.lang}"


MONTHS_EN = ["January", "February", "March", "April", "May", "June", "July", "August", "September",
             "October", "November", "December"]
MONTH_NUMBER = {m.casefold(): i for i, m in enumerate(MONTHS_EN, 1)}
MONTH_NUMBER.update({m[:3].casefold(): i for i, m in enumerate(MONTHS_EN, 1)})
MONTH_NUMBER["sept"] = 9
MONTHS_HI = {"जनवरी": 1, "फरवरी": 2, "फ़रवरी": 2, "मार्च": 3, "अप्रैल": 4, "मई": 5, "जून": 6, "जुलाई": 7,
             "अगस्त": 8, "सितंबर": 9, "सितम्बर": 9, "अक्टूबर": 10, "अक्तूबर": 10, "नवंबर": 11,
             "नवम्बर": 11, "दिसंबर": 12, "दिसम्बर": 12}
WEEKDAYS = {
    "en": ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"],
    "hi": ["सोमवार", "मंगलवार", "बुधवार", "गुरुवार", "शुक्रवार", "शनिवार", "रविवार"],
}
_EN_MONTH = "|".join(sorted({*MONTHS_EN, *(m[:3] for m in MONTHS_EN), "Sept"}, key=len, reverse=True))
_HI_MONTH = "|".join(sorted(MONTHS_HI, key=len, reverse=True))
_DAY = r"(?P<d>\d{1,2})(?:st|nd|rd|th)?"
_YEAR = r"(?:,?\s+(?P<y>\d{4}))?"
_NOT_QUANTITY = r"(?![.,]\d)(?![\d,.]*\s*(?:pct|per|%|mln|billion|dlrs|crore|lakh|tonnes|km))"
DATES = {
    "en": [regex.compile(BEFORE + _DAY + rf"\s+(?P<m>{_EN_MONTH})\.?{_YEAR}" + AFTER + _NOT_QUANTITY),
           regex.compile(BEFORE + rf"(?P<m>{_EN_MONTH})\.?\s+" + _DAY + _YEAR + AFTER + _NOT_QUANTITY)],
    "hi": [regex.compile(BEFORE + r"(?P<d>\d{1,2})\s+(?P<m>" + _HI_MONTH + ")" + _YEAR + AFTER)],
}
RANGE_BEFORE = regex.compile(r"(?:\d\s*[-–/]\s*|\d\s+(?:and|to|or|से|व|और)\s+)$")
RANGE_AFTER = regex.compile(r"\s*[-–]\s*\d|\s+(?:and|to|or|से|व|और|तक)\s+\d")
# A date another word puts in another year ("November 1 last year", "पिछले साल 1 जून").
RELATIVE_NEAR = regex.compile(r"\b(?:last|next|of)\b|पिछले|पिछली|अगले|अगली|गत", regex.I)
TIME_HINTS = regex.compile(
    r"(?<!\d)(?:1[89]\d\d|20\d\d)(?!\d)|" + BEFORE + "(?:" + _EN_MONTH + "|" + _HI_MONTH
    + r"|ago|previous|previously|earlier|tenure|predecessor|successor|last year|next year"
    r"|पिछले|पिछली|कार्यकाल|वर्ष|साल)" + AFTER)
EN_MODIFIERS = {"deputy", "vice", "acting", "interim", "junior", "assistant", "shadow", "state",
                "provincial", "regional", "opposition", "party", "caretaker", "chief", "principal",
                "additional", "joint", "special", "senior", "ex"}
HI_MODIFIERS = {fold(w) for w in ("उप", "राज्य", "प्रदेश", "कार्यवाहक", "प्रभारी", "सह", "अतिरिक्त", "संयुक्त",
                                  "विशेष", "के", "की", "का", "में", "सरकार", "विपक्ष", "पार्टी")}
AFTER_TITLE = {"of", "for", "to", "in", "at", "on", "के", "की", "का", "में"}
ENGLISH_LEGIT_DOUBLES = {"had", "that"}  # "had had", "that that" are grammatical
HINDI_FUNCTION_WORDS = ("के", "में", "ने", "को", "और", "कि", "से", "का", "की")  # content words double on purpose
HYPHENS = {"-", "–", "'", "’"}
GLUE_KEEPS = {"ji", "जी", "s"}  # Modiji, मोदीजी: still right
VOWELS = "aeiou"
KEYBOARD = ["qwertyuiop", "asdfghjkl", "zxcvbnm"]
ASPIRATES = dict(zip("कगचजटडतदपबसश", "खघछझठढथधफभशस", strict=True)) | dict(
    zip("खघछझठढथधफभ", "कगचजटडतदपब", strict=True))
MATRA_PARTNERS = {"ि": "ी", "ी": "ि", "ु": "ू", "ू": "ु", "े": "ै", "ै": "े", "ो": "ौ", "ौ": "ो"}
VOWEL_PARTNERS = {"अ": "आ", "आ": "अ", "इ": "ई", "ई": "इ", "उ": "ऊ", "ऊ": "उ", "ए": "ऐ", "ऐ": "ए", "ओ": "औ",
                  "औ": "ओ"}
AKSHARA = regex.compile(
    r"(?:[अ-औ]|" + CONSONANT + r"\u093c?(?:\u094d[\u200c\u200d]?" + CONSONANT + r"\u093c?)*"
    r"(?:[\u093e-\u094c\u0962\u0963]|\u094d(?!" + CONSONANT + "))?)[\u0901-\u0903]?|.", regex.S)


def _neighbours(letter: str) -> str:
    for row in KEYBOARD:
        i = row.find(letter)
        if i >= 0:
            return row[max(0, i - 1) : i] + row[i + 1 : i + 2]
    return ""


def _recase(new: str, old: str) -> str:
    if old.isupper():
        return new.upper()
    return new[:1].upper() + new[1:] if old[:1].isupper() else new


def _long_vowels(word: str) -> int:
    return sum(word.count(v + v) for v in VOWELS)


def latin_misspellings(word: str) -> list[tuple[str, str, str]]:
    """(misspelling, position, operation) for every letter of the word:
    the first letter too. Not planted, because they are other romanisations
    of the same name rather than slips: a new doubled vowel (Thaawarchand,
    Maamta), a doubled letter made single (Parrikar, Parikar), a medial 'a'
    between consonants dropped (Gadakari, Gadkari), an 'h' after a consonant
    dropped (Sitharaman, Sitaraman), v for w and w for v."""
    if not (word.isalpha() and word.isascii()) or not (word[1:].islower() or word.isupper()):
        return []
    low = word.lower()
    n = len(low)
    out = []

    def add(new: str, i: int, op: str) -> None:
        position = "first" if i == 0 else "last" if i == n - 1 else "inner"
        if new != low and len(new) >= 3 and _long_vowels(new) <= _long_vowels(low):
            out.append((_recase(new, word), position, op))

    for i, c in enumerate(low):
        double = (i > 0 and low[i - 1] == c) or (i + 1 < n and low[i + 1] == c)
        if c in VOWELS:
            add(low[:i] + VOWELS[(VOWELS.index(c) + 1) % 5] + low[i + 1 :], i, "vowel changed")
        else:
            for other in _neighbours(c):
                if {c, other} != {"v", "w"} and other not in VOWELS:
                    add(low[:i] + other + low[i + 1 :], i, "neighbouring key")
        schwa = c == "a" and 0 < i < n - 1 and low[i - 1] not in VOWELS and low[i + 1] not in VOWELS
        aspirate = c == "h" and i > 0 and low[i - 1] not in VOWELS
        if not (double or schwa or aspirate):
            add(low[:i] + low[i + 1 :], i, "letter dropped")
        if c not in VOWELS and not double:
            add(low[:i] + c + low[i:], i, "letter doubled")
        j = i + 1 if i + 1 < n else i - 1
        if low[j] != c:
            a, b = sorted((i, j))
            add(low[:a] + low[b] + low[a] + low[b + 1 :], i, "letters swapped")
    return out


def devanagari_misspellings(word: str) -> list[tuple[str, str, str]]:
    """(misspelling, position, operation) for every akshara, the first too:
    a vowel sign or vowel changed to its short/long partner, a vowel sign
    dropped, a stop changed to its aspirated (or unaspirated) partner or
    स and श exchanged, a halant dropped. Nukta, candra vowels and the two
    ways of writing a nasal are never changed: they are the same spelling."""
    clusters = AKSHARA.findall(word)
    n = len(clusters)
    out = []
    for i, cluster in enumerate(clusters):
        position = "first" if i == 0 else "last" if i == n - 1 else "inner"
        options = []
        for j, c in enumerate(cluster):
            if c in VOWEL_PARTNERS:
                options.append((cluster[:j] + VOWEL_PARTNERS[c] + cluster[j + 1 :], "vowel changed"))
            if c in MATRA_PARTNERS:
                options.append((cluster[:j] + MATRA_PARTNERS[c] + cluster[j + 1 :], "vowel sign changed"))
            if "\u093e" <= c <= "\u094c":
                options.append((cluster[:j] + cluster[j + 1 :], "vowel sign dropped"))
            if c in ASPIRATES and cluster[j + 1 : j + 2] != NUKTA:
                options.append((cluster[:j] + ASPIRATES[c] + cluster[j + 1 :], "consonant changed"))
            if c == VIRAMA and j + 1 < len(cluster):
                options.append((cluster[:j] + cluster[j + 1 :].lstrip(ZERO_WIDTH), "halant dropped"))
        for new, op in options:
            out.append(("".join(clusters[:i]) + new + "".join(clusters[i + 1 :]), position, op))
    return [o for o in out if o[0] != word]


class Planter:
    def __init__(self, data: Data, seed: int) -> None:
        self.data = data
        self.seed = seed

    def rng(self, *parts: object) -> random.Random:
        """A generator for one site: the same choice whatever else is planted."""
        return random.Random(":".join(map(str, (self.seed, *parts))))

    # --- finding known people by plain search ----------------------------

    def occurrences(self, article: Article, toks: list[Token]) -> list[Occurrence]:
        s = script_for(article)
        text = article.text
        found: list[Occurrence] = []
        i = 0
        while i < len(toks):
            best: list[tuple[int, str]] = []
            best_end = -1
            for pattern, person, _ in self.data.by_first.get((s, toks[i].key), ()):
                m = pattern.match(text, toks[i].start)
                if m and m.end() >= best_end:
                    if m.end() > best_end:
                        best, best_end = [], m.end()
                    best.append((m.end(), person))
            people = {p for _, p in best}
            if not best:
                i += 1
                continue
            last = i
            while last + 1 < len(toks) and toks[last + 1].start < best_end:
                last += 1
            if len(people) == 1 and toks[i].start >= article.body_start and not self._inside_longer(
                    text, toks, i, last, s):
                found.append(Occurrence(toks[i].start, best_end, text[toks[i].start:best_end],
                                        people.pop(), i, last))
            i = last + 1
        # A single word stands for the person only where the article also names them in full.
        full = {o.person for o in found if o.last > o.first}
        return [o for o in found if o.last > o.first or o.person in full]

    def _inside_longer(self, text: str, toks: list[Token], first: int, last: int, s: str) -> bool:
        """Part of a longer name: an initial before it (N. K. Singh), or, in
        Latin letters, a capitalised word right after it (Jitendra Singh Tomar)."""
        if first > 0 and len(toks[first - 1].text) == 1 and regex.fullmatch(
                r"\.?\s*", text[toks[first - 1].end : toks[first].start]):
            return True
        if s == "en" and last + 1 < len(toks):
            nxt = toks[last + 1]
            return bool(nxt.text[:1].isupper() and regex.fullmatch(r"[ \t]+",
                                                                   text[toks[last].end : nxt.start]))
        return False

    # --- titles, by plain search of the pack's title forms -----------------

    def _gap(self, text: str, a: Token, b: Token, allowed: str) -> bool:
        return regex.fullmatch(allowed, text[a.end : b.start]) is not None

    def title_before(self, text: str, toks: list[Token], occ: Occurrence, s: str
                     ) -> tuple[Form, str] | None:
        j = occ.first - 1
        while j >= 0 and toks[j].key in self.data.honorific_words and self._gap(
                text, toks[j], toks[j + 1], r"\.?[ \t]*,?" + TITLE_SEP):
            j -= 1
        if j < 0 or not self._gap(text, toks[j], toks[j + 1], r"[ \t]*,?" + TITLE_SEP):
            return None
        best: Form | None = None
        for form in self.data.forms_by_last.get((s, toks[j].key), ()):
            n = len(form.words)
            if j - n + 1 < 0 or (best and n <= len(best.words)):
                continue
            run = toks[j - n + 1 : j + 1]
            if tuple(t.key for t in run) == form.words and all(
                    self._gap(text, a, b, TITLE_SEP) for a, b in zip(run, run[1:], strict=False)):
                best = form
        if best is None:
            return None
        start = j - len(best.words) + 1
        how = "title before the name"
        country = self._country_before(text, toks, start, s)
        if country is not None:
            # Indian Prime Minister, India's Prime Minister, वियतनाम के प्रधानमंत्री: that country's office.
            start, country_id = country
            best = Form(best.words, frozenset(o for o in best.offices
                                              if self.data.knowledge.offices[o].country == country_id))
            how = "country and title before the name"
        if start > 0 and self._qualified(text, toks, start - 1, s):
            return None
        return best, how

    def _country_before(self, text: str, toks: list[Token], start: int, s: str) -> tuple[int, str] | None:
        """A country's name or demonym right before the title at toks[start]
        (possessive in English, with के/की/का in Hindi): (its first token, the country)."""
        if start == 0 or not regex.fullmatch(r"[ \t]+", text[toks[start - 1].end : toks[start].start]):
            return None
        end = start  # the country phrase ends before toks[end]
        if start >= 2 and s == "en" and toks[start - 1].key == "s":
            if text[toks[start - 2].end : toks[start - 1].start] not in {"'", "’"}:
                return None
            end = start - 1
        elif start >= 2 and s == "hi" and toks[start - 1].key in {"के", "की", "का"}:
            if not regex.fullmatch(r"[ \t]+", text[toks[start - 2].end : toks[start - 1].start]):
                return None
            end = start - 1
        for n in (3, 2, 1):
            if end - n < 0:
                continue
            run = toks[end - n : end]
            country = self.data.countries.get(tuple(t.key for t in run))
            if country and all(self._gap(text, a, b, r"[ \t]+") for a, b in zip(run, run[1:], strict=False)):
                return end - n, country
        return None

    def _qualified(self, text: str, toks: list[Token], index: int, s: str) -> bool:
        """Does the word before a title (toks[index]) change what office it is, or when?"""
        before, title = toks[index], toks[index + 1]
        gap = text[before.end : title.start]
        if "-" in gap or "–" in gap:
            return True  # ex-Prime Minister
        if not regex.fullmatch(TITLE_SEP, gap):
            return False  # punctuation or a blank line between them
        if self.data.time_phrase_at([t.key for t in toks[: index + 1]], index + 1):
            return True
        if s == "en":
            return (before.text[:1].isupper() and before.key != "the") or before.key in EN_MODIFIERS
        return before.key in HI_MODIFIERS or before.key in self.data.place_words

    def title_after(self, text: str, toks: list[Token], occ: Occurrence, s: str) -> tuple[Form, str] | None:
        j = occ.last + 1
        if j >= len(toks) or not self._gap(text, toks[occ.last], toks[j], r"[ \t]*," + TITLE_SEP):
            return None
        if toks[j].key == "the" and j + 1 < len(toks):
            j += 1
        best: Form | None = None
        for form in self.data.forms_by_first.get((s, toks[j].key), ()):
            n = len(form.words)
            if j + n > len(toks) or (best and n <= len(best.words)):
                continue
            run = toks[j : j + n]
            if tuple(t.key for t in run) == form.words and all(
                    self._gap(text, a, b, TITLE_SEP) for a, b in zip(run, run[1:], strict=False)):
                best = form
        if best is None:
            return None
        end = j + len(best.words) - 1
        if end + 1 < len(toks) and toks[end + 1].key in AFTER_TITLE and self._gap(
                text, toks[end], toks[end + 1], TITLE_SEP):
            return None  # Chief Minister of (a state no form names)
        return best, "title after the name"

    # --- the plants -----------------------------------------------------------

    def sites(self, index: int, article: Article) -> Iterator[Site]:
        toks = tokens(article.text)
        occs = self.occurrences(article, toks)
        yield from self.office_sites(index, article, toks, occs)
        yield from self.name_sites(index, article, toks, occs)
        yield from self.repeated_words(index, article, toks)
        yield from self.weekdays(index, article)

    def office_sites(self, index: int, article: Article, toks: list[Token], occs: list[Occurrence]
                     ) -> Iterator[Site]:
        """Wrong holders and the real holder written another way, where a
        title form of a single-holder office stands next to the name of a
        person who held it throughout the margin around the article's date."""
        if article.date is None:
            return
        data, text, lang = self.data, article.text, article.language
        s = script_for(article)
        first, last = article.date - MARGIN, article.date + MARGIN
        chosen: dict[tuple[str, str], list[tuple[Occurrence, str, frozenset[str], str, str]]] = \
            defaultdict(list)
        for occ in occs:
            sentence = sentence_of(text, occ.start)
            keys = [t.key for t in toks if sentence[0] <= t.start < sentence[1]]
            when = _sentence_time(text[sentence[0] : sentence[1]], article.date, s)
            if when is None or any(data.time_phrase_at(keys, end) for end in range(1, len(keys) + 1)):
                continue  # the sentence may be about another time
            for found in (self.title_before(text, toks, occ, s), self.title_after(text, toks, occ, s)):
                if found is None:
                    continue
                form, how = found
                offices = [o for o in form.offices if data.knowledge.offices[o].single_holder
                           and data.held_throughout(occ.person, o, first, last)]
                if len(offices) != 1:
                    continue
                office = offices[0]
                if data.country_offices(form.offices, data.knowledge.offices[office].country) != {office}:
                    continue  # the title names more than one office of that country
                chosen[(occ.person, office)].append((occ, office, form.offices, how, when))
                break
        for (person, office), options in sorted(chosen.items()):
            occ, office, same_title, how, when = self.rng(article.id, person, office).choice(options)
            detail = {"person": person, "office": office, "written": occ.text, "title": how,
                      "sentence": when}
            right = self._right_names(person, s, occ.text)
            for source, wrong in self.wrong_holders(article, person, office, same_title, s).items():
                name = data.written[(wrong, s)]
                yield Site("wrong-holder", lang, index, occ.start, occ.end, name, (0, len(name)), right,
                           {**detail, "source": source, "planted": wrong})
            others = [n for n in data.names[(person, s)] if fold(n) != fold(occ.text)]
            if others:
                name = self.rng(article.id, occ.start, "holder").choice(others)
                yield Site("holder-control", lang, index, occ.start, occ.end, name, (0, len(name)), [name],
                           detail, _written_alike(occs, occ))

    def _right_names(self, person: str, s: str, written: str) -> list[str]:
        """What a right suggestion may write for the person: as written, any
        name the pack gives them in that script, or, in Latin letters, that
        name with the given names as initials (Parkash Singh Badal, P. S. Badal)."""
        names = [written, *(n for n in self.data.names[(person, s)] if n != written)]
        shortened = [" ".join([*(f"{w[0]}." for w in ws[:-1]), ws[-1]]) for n in names
                     if s == "en" and len(ws := n.split()) > 1]
        return names + [n for n in shortened if n not in names]

    def wrong_holders(self, article: Article, person: str, office: str, same_title: frozenset[str],
                      s: str) -> dict[str, str]:
        """A predecessor, a successor and a person who never held the office,
        each certainly wrong: none of them possibly held an office of that
        title at any day of the margin."""
        data = self.data
        assert article.date is not None
        first, last = article.date - MARGIN, article.date + MARGIN
        country = data.knowledge.offices[office].country

        own = {fold(n) for sc in ("en", "hi") for n in data.names.get((person, sc), ())}

        def eligible(who: str) -> bool:
            """Written in the article's script, not possibly in an office of
            that title then, and not the same person under another id."""
            return (who != person and (who, s) in data.written
                    and not data.held_within(who, same_title, first, last)
                    and not own & {fold(n) for sc in ("en", "hi") for n in data.names.get((who, sc), ())})

        before: dict[str, dt.date] = {}
        after: dict[str, dt.date] = {}
        for t in data.knowledge.tenures_by_office.get(office, ()):
            if not eligible(t.person):
                continue
            if t.ended is not None and t.ended.last < first:
                before[t.person] = max(before.get(t.person, dt.date.min), t.ended.last)
            if t.started is not None and t.started.first > last:
                after[t.person] = min(after.get(t.person, dt.date.max), t.started.first)
        found = {}
        if before:
            found["predecessor"] = max(before, key=lambda p: (before[p], p))
        if after:
            found["successor"] = min(after, key=lambda p: (after[p], p))
        strangers = sorted(p for p, e in data.people.items() if e.country == country and eligible(p)
                           and not data.ever_held(p, same_title))
        if strangers:
            found["unrelated"] = self.rng(article.id, person, office, "unrelated").choice(strangers)
        return found

    def name_sites(self, index: int, article: Article, toks: list[Token], occs: list[Occurrence]
                   ) -> Iterator[Site]:
        """Misspelt and glued names and another attested spelling, at most
        one of each per person and article (a random occurrence of them)."""
        s, lang, text = script_for(article), article.language, article.text
        by_person: dict[str, list[Occurrence]] = defaultdict(list)
        for occ in occs:
            by_person[occ.person].append(occ)
        for person, found in sorted(by_person.items()):
            rng = self.rng(article.id, person, "names")
            long_enough = [o for o in found if len(o.text) >= 6]
            if long_enough:
                occ = rng.choice(long_enough)
                site = self._misspelt(occ, s, rng)
                if site is not None:
                    new, span, detail = site
                    yield Site("misspelt-name", lang, index, occ.start, occ.end, new, span,
                               self._right_names(person, s, occ.text), {"person": person, **detail})
                glue = [o for o in long_enough if self._gluable(text, toks, o)]
                if glue:
                    occ = rng.choice(glue)
                    nxt = toks[occ.last + 1]
                    word_start = toks[occ.last].start
                    joined = text[word_start : occ.end] + nxt.text
                    yield Site("glued-name", lang, index, word_start, nxt.end, joined, (0, len(joined)),
                               [text[word_start : nxt.end]], {"person": person})
            occ = rng.choice(found)
            others = [n for n in self.data.names[(person, s)] if fold(n) != fold(occ.text)]
            if others:
                name = rng.choice(others)
                yield Site("alias-control", lang, index, occ.start, occ.end, name, (0, len(name)), [name],
                           {"person": person, "written": occ.text}, _written_alike(occs, occ))

    def _misspelt(self, occ: Occurrence, s: str, rng: random.Random
                  ) -> tuple[str, tuple[int, int], dict[str, str]] | None:
        parts = [m for m in WORD.finditer(occ.text) if len(m.group()) >= (4 if s == "en" else 3)]
        rng.shuffle(parts)
        for part in parts:
            word = part.group()
            options = latin_misspellings(word) if s == "en" else devanagari_misspellings(word)
            options = [o for o in options if fold(o[0]) not in self.data.name_words]
            if not options:
                continue
            wrong, position, op = rng.choice(options)
            new = occ.text[: part.start()] + wrong + occ.text[part.end() :]
            if fold(new) in self.data.name_keys:
                continue
            return new, (0, len(new)), {"word": word, "position": position, "operation": op}
        return None

    def _gluable(self, text: str, toks: list[Token], occ: Occurrence) -> bool:
        """The name is followed by one space and a word it may not be glued to."""
        if occ.last + 1 >= len(toks) or toks[occ.last].end != occ.end:
            return False
        nxt = toks[occ.last + 1]
        if text[occ.end : nxt.start] != " " or nxt.key in GLUE_KEEPS or nxt.text.isdigit():
            return False
        glued = toks[occ.last].key + nxt.key
        return glued not in self.data.name_words and fold(occ.text + nxt.text) not in self.data.name_keys

    def repeated_words(self, index: int, article: Article, toks: list[Token]) -> Iterator[Site]:
        """One word of the article doubled: in English any word of three or
        more letters (but "had", "that"); in Hindi a function word, since
        Hindi doubles content words on purpose (धीरे धीरे)."""
        text, lang = article.text, article.language
        options = []
        for i in range(1, len(toks) - 1):
            tok = toks[i]
            if tok.start < article.body_start:
                continue
            if lang == "hi":
                if tok.text not in HINDI_FUNCTION_WORDS:
                    continue
            elif not (tok.text.isascii() and tok.text.isalpha()) or len(tok.text) < 3 or \
                    tok.key in ENGLISH_LEGIT_DOUBLES:
                continue
            if toks[i - 1].key == tok.key or toks[i + 1].key == tok.key:
                continue
            if text[tok.end : toks[i + 1].start] != " " or text[tok.start - 1 : tok.start] in HYPHENS:
                continue  # the next word must follow one space; not half of grid-connected
            options.append(tok)
        if options:
            tok = self.rng(article.id, "repeat").choice(options)
            yield Site("repeated-word", lang, index, tok.end, tok.end, " " + tok.text,
                       (1, 1 + len(tok.text)), [""], {"word": tok.text})

    def weekdays(self, index: int, article: Article) -> Iterator[Site]:
        """A weekday that contradicts a date: a weekday written with the date
        changed to another, or one added before it. The date is the calendar's:
        its year is written, or it is within 60 days of the article's date in
        exactly one year."""
        if article.date is None:
            return
        lang = "hi" if script_for(article) == "hi" else "en"
        names = WEEKDAYS[lang]
        text = article.text
        options = []
        for pattern in DATES[lang]:
            for m in pattern.finditer(text, article.body_start):
                day = _resolve(m, article.date)
                if day is None or RANGE_BEFORE.search(text[max(0, m.start() - 12) : m.start()]) or \
                        RANGE_AFTER.match(text, m.end()):
                    continue
                if not m.group("y") and (RELATIVE_NEAR.search(" ".join(text[: m.start()].split()[-2:]))
                                         or RELATIVE_NEAR.search(" ".join(text[m.end() :].split()[:2]))):
                    continue
                options.append((m.start(), m.end(), day))
        if not options:
            return
        start, end, day = self.rng(article.id, "weekday").choice(sorted(options))
        actual = day.weekday()
        wrong = names[(actual + self.rng(article.id, start, "shift").randint(1, 6)) % 7]
        detail = {"date": day.isoformat()}
        written_before = regex.compile(BEFORE + r"(" + "|".join(names) + r"),?\s+\(?\Z", regex.I)
        written_after = regex.compile(r",?\s+\(?(" + "|".join(names) + r")" + AFTER, regex.I)
        window = max(0, start - 25)
        before = written_before.search(text[window:start])
        after = written_after.match(text, end)
        for m, shift in ((before, window), (after, 0)):
            if m is None:
                continue
            written = m.group(1)
            if written.casefold() != names[actual].casefold():
                return  # the text already disagrees, or its date is read another way: no plant
            new = _recase(wrong, written) if lang == "en" else wrong
            yield Site("weekday", article.language, index, m.start(1) + shift, m.end(1) + shift, new,
                       (0, len(new)),
                       [written], {**detail, "how": "weekday changed"})
            return
        yield Site("weekday", article.language, index, start, start, f"{wrong}, ", (0, len(wrong)),
                   [names[actual]], {**detail, "how": "weekday added"})


def _sentence_time(sentence: str, published: dt.date, s: str) -> str | None:
    """"undated": nothing in the sentence puts it at another time than the
    article's; "dated": its only time words are dates of the calendar within
    the margin around the article's date; None: it may be about another time."""
    lang = "hi" if s == "hi" else "en"
    rest, dated = sentence, False
    for pattern in DATES[lang]:
        for m in pattern.finditer(sentence):
            day = _resolve(m, published)
            if day is None or abs(day - published) > MARGIN:
                return None
            rest = rest.replace(m.group(), " ")
            dated = True
    if TIME_HINTS.search(rest):
        return None
    return "dated" if dated else "undated"


def _written_alike(occs: list[Occurrence], occ: Occurrence) -> list[tuple[int, int]]:
    """The other places the article writes the person as it does at occ: a
    control changes them all, so that the article still spells the person
    one way (a mix of spellings is a mistake of its own)."""
    return [(o.start, o.end) for o in occs
            if o is not occ and o.person == occ.person and fold(o.text) == fold(occ.text)]


def script_for(article: Article) -> str:
    return "hi" if article.language == "hi" else "en"


def _resolve(m: regex.Match, published: dt.date) -> dt.date | None:
    month_word = m.group("m")
    month = MONTHS_HI.get(month_word) or MONTH_NUMBER.get(month_word.casefold())
    if month is None:
        return None
    try:
        day = int(m.group("d"))
        if m.group("y"):
            return dt.date(int(m.group("y")), month, day)
        candidates = []
        for year in (published.year - 1, published.year, published.year + 1):
            try:
                candidates.append(dt.date(year, month, day))
            except ValueError:
                continue
    except ValueError:
        return None
    near = [c for c in candidates if abs((c - published).days) <= 60]
    return near[0] if len(near) == 1 else None


# --- sampling, saving, scoring ------------------------------------------------


def _changed(article: Article, site: Site) -> Case:
    places = sorted({(site.start, site.end), *site.also})
    text, shift, moved = article.text, 0, {}
    parts = []
    cursor = 0
    for start, end in places:
        parts += [text[cursor:start], site.new]
        moved[(start, end)] = start + shift
        shift += len(site.new) - (end - start)
        cursor = end
    parts.append(text[cursor:])
    body = article.body_start + sum(len(site.new) - (e - s) for s, e in places if s < article.body_start)
    changed = article.model_copy(update={"text": "".join(parts), "body_start": body})
    start = moved[(site.start, site.end)]
    others = tuple((moved[p], moved[p] + len(site.new)) for p in places if p != (site.start, site.end))
    return Case(site.kind, site.lang, changed, start + site.span[0], start + site.span[1],
                tuple(site.accept), site.detail, ((site.start, site.end), *site.also), others)


def plant(articles: list[Article], rules: factcheck.Rules, per_type: int, seed: int) -> list[Case]:
    planter = Planter(Data(rules), seed)
    pool: dict[str, list[Site]] = defaultdict(list)
    for index, article in enumerate(articles):
        for site in planter.sites(index, article):
            source = site.detail.get("source")
            pool[f"{site.kind}/{source}/{site.lang}" if source else f"{site.kind}/{site.lang}"].append(site)
    sampler = random.Random(seed)
    cases = []
    for key in sorted(pool):
        sites = pool[key] if len(pool[key]) <= per_type else sampler.sample(pool[key], per_type)
        cases.extend(_changed(articles[s.article], s) for s in sites)
    return cases


def save_cases(cases: list[Case], path: Path) -> None:
    rows = [{"kind": c.kind, "lang": c.lang, "article": c.article.model_dump(mode="json"),
             "start": c.start, "end": c.end, "accept": list(c.accept), "detail": c.detail,
             "original": [list(p) for p in c.original], "others": [list(p) for p in c.others]}
            for c in cases]
    path.write_text(json.dumps(rows, ensure_ascii=False) + "\n", encoding="utf-8")


def load_cases(path: Path) -> list[Case]:
    cases = []
    for row in json.loads(path.read_text(encoding="utf-8")):
        article = Article.model_validate(row.pop("article"))
        cases.append(Case(article=article, accept=tuple(row.pop("accept")),
                          original=tuple(tuple(p) for p in row.pop("original")),
                          others=tuple(tuple(p) for p in row.pop("others")), **row))
    return cases


def wilson(part: int, whole: int, z: float = 1.96) -> tuple[float, float]:
    """The Wilson score interval (95%) of a proportion."""
    if whole == 0:
        return (0.0, 1.0)
    p = part / whole
    centre = (p + z * z / (2 * whole)) / (1 + z * z / whole)
    half = z * math.sqrt(p * (1 - p) / whole + z * z / (4 * whole * whole)) / (1 + z * z / whole)
    return (max(0.0, centre - half), min(1.0, centre + half))


def _rate(part: int, whole: int) -> dict:
    low, high = wilson(part, whole)
    return {"n": whole, "k": part, "rate": round(part / whole, 4) if whole else None,
            "ci95": [round(low, 4), round(high, 4)]}


def _overlapping(findings: Iterable[Finding], spans: Iterable[tuple[int, int]]) -> list[Finding]:
    spans = list(spans)
    return [f for f in findings if f.severity in FLAGGED
            and any(f.start < max(end, start + 1) and start < f.end for start, end in spans)]


def restores(finding: Finding, case: Case) -> bool:
    """Does the finding's suggestion, put in place of its span, give a right text?"""
    if finding.suggestion is None:
        return False
    text = case.article.text
    fixed = _key(text[: finding.start] + finding.suggestion + text[finding.end :])
    return any(fixed == _key(text[: case.start] + right + text[case.end :]) for right in case.accept)


INITIALS = regex.compile(r"(?<=\b\w) (?=\w\b)")


def _key(text: str) -> str:
    """fold, and initials written together or apart alike (P. S. Badal, PS Badal)."""
    return INITIALS.sub("", fold(text))


def score(cases: list[Case], rules: factcheck.Rules, unchanged: dict[tuple[str, str], list[Finding]],
          flags: list[bool] | None = None) -> tuple[dict, list[dict]]:
    """Per group, the cases detected (or, for controls, flagged); `flags`, when
    given, gets whether each case was flagged, in case order."""
    groups: dict[str, Counter[str]] = defaultdict(Counter)
    breakdown: dict[str, Counter[str]] = defaultdict(Counter)
    listed: list[dict] = []
    for case in cases:
        report = factcheck.check([case.article], rules=rules)
        spans = case.spans() if case.kind in CONTROLS else [(case.start, case.end)]
        before = _overlapping(unchanged.get((case.article.path, case.article.id), ()), case.original)
        # What the unchanged article already had at that place, by the same rule, does not count.
        found = [f for f in _overlapping(report.findings, spans) if f.rule not in {b.rule for b in before}]
        if flags is not None:
            flags.append(bool(found))
        tally = groups[case.group]
        tally["cases"] += 1
        tally["already_flagged"] += bool(before)
        if found:
            tally["flagged"] += 1
            tally["suggestion_right"] += any(restores(f, case) for f in found)
        for label in _labels(case):
            key = f"{case.group}: {label}"
            breakdown[key]["cases"] += 1
            breakdown[key]["flagged"] += bool(found)
        if (case.kind in CONTROLS) == bool(found) and len(listed) < 600:
            line = case.article.text.rfind("\n", 0, case.start) + 1
            listed.append({"group": case.group, "article": case.article.id, "detail": case.detail,
                           "planted": case.article.text[case.start : case.end],
                           "context": case.article.text[max(line, case.start - 80) : case.end + 40],
                           "findings": [{"rule": f.rule, "severity": f.severity, "text": f.text,
                                         "suggestion": f.suggestion} for f in found]})
    results = {}
    for key, tally in sorted(groups.items()):
        row = {"cases": tally["cases"], "already_flagged_before": tally["already_flagged"]}
        if key.split("/")[0] in CONTROLS:
            row["false_alarms"] = _rate(tally["flagged"], tally["cases"])
        else:
            row["detected"] = _rate(tally["flagged"], tally["cases"])
            row["suggestion_right"] = _rate(tally["suggestion_right"], tally["flagged"])
        results[key] = row
    extra = {key: _rate(t["flagged"], t["cases"]) for key, t in sorted(breakdown.items())}
    return {"groups": results, "breakdown": extra}, listed


TABLE_KINDS = ("wrong-holder", "holder-control", "misspelt-name")
TABLE_COLUMNS = ["id", "subject", "relation", "value", "reference_date", "language"]


def claim_row(number: int, case: Case, data: Data) -> dict[str, str] | None:
    """The claim a case's sentence makes, as a claims-table row: the name as
    the changed article writes it, the office it holds the name to by the
    pack's name in the article's script, at the article's date. A misspelt
    name makes a row only when the person held one single-holder office
    throughout the margin around the date (else it claims no office)."""
    if case.kind not in TABLE_KINDS or case.article.date is None:
        return None
    office = case.detail.get("office")
    date = case.article.date
    if office is None:
        person = case.detail.get("person", "")
        held = sorted({t.office for t in data.knowledge.tenures_by_person.get(person, ())
                       if data.knowledge.offices[t.office].single_holder
                       and data.held_throughout(person, t.office, date - MARGIN, date + MARGIN)})
        if len(held) != 1:
            return None
        office = held[0]
    s = script_for(case.article)
    names = data.knowledge.offices[office].names
    value = next(iter(names.get(s) or names.get("en") or [office]))
    return {"id": f"case-{number}", "subject": case.article.text[case.start : case.end],
            "relation": "holds-office", "value": value, "reference_date": date.isoformat(),
            "language": case.lang}


def score_claims(cases: list[Case], rules: factcheck.Rules, text_flags: list[bool],
                 table: Path | None = None) -> dict:
    """The same cases as claims-table rows, checked with check_claims: per
    group, how many the table flags and the text flagged, and the cases the
    text flagged that the table does not (with the record's outcome)."""
    data = Data(rules)
    rows: list[tuple[Case, bool, dict[str, str]]] = []
    for number, (case, flagged) in enumerate(zip(cases, text_flags, strict=True)):
        row = claim_row(number, case, data)
        if row is not None:
            rows.append((case, flagged, row))
    if table is not None:
        with table.open("w", encoding="utf-8", newline="") as handle:
            writer = csv.DictWriter(handle, TABLE_COLUMNS)
            writer.writeheader()
            writer.writerows(row for _, _, row in rows)
    report = factcheck.check_claims([row for _, _, row in rows], rules)
    flagged_ids = {f.article for f in report.findings if f.severity in FLAGGED}
    failed = {s.article: s.reason for s in report.inputs if s.status == "failed"}
    groups: dict[str, Counter[str]] = defaultdict(Counter)
    only_text: list[dict] = []
    for case, in_text, row in rows:
        tally = groups[case.group]
        in_table = row["id"] in flagged_ids
        tally["cases"] += 1
        tally["text"] += in_text
        tally["table"] += in_table
        tally["failed"] += row["id"] in failed
        if in_text and not in_table and case.kind not in CONTROLS and len(only_text) < 100:
            only_text.append({"group": case.group, "row": row, "failed": failed.get(row["id"])})
    results = {}
    for key, tally in sorted(groups.items()):
        what = "false_alarms" if key.split("/")[0] in CONTROLS else "detected"
        results[key] = {"cases": tally["cases"], "records_failed": tally["failed"],
                        f"{what}_in_text": _rate(tally["text"], tally["cases"]),
                        f"{what}_in_table": _rate(tally["table"], tally["cases"])}
    return {"groups": results, "flagged_in_text_not_in_table": only_text}


def _labels(case: Case) -> list[str]:
    """What a plant's figures are also broken down by."""
    d = case.detail
    if case.kind == "misspelt-name":
        return [f"{d['position']} letter of a word", d["operation"]]
    if case.kind == "wrong-holder":
        return [d["title"], f"{d['sentence']} sentence"]
    if case.kind == "weekday":
        return [d["how"]]
    return []


# --- findings on the unchanged articles, against the verdict file --------------

VERDICT_FIELDS = ["file", "article", "rule", "text", "verdict", "reason"]


def read_verdicts(path: Path) -> dict[tuple[str, str, str], str]:
    """(article id, rule, finding text) -> real or false, from a tab-separated
    file with the header file, article, rule, text, verdict, reason."""
    verdicts: dict[tuple[str, str, str], str] = {}
    with path.open(encoding="utf-8", newline="") as handle:
        reader = csv.reader(handle, delimiter="\t", quoting=csv.QUOTE_NONE)
        header = next(reader, None)
        if header != VERDICT_FIELDS:
            raise ValueError(f"{path}: header is {header}, expected {VERDICT_FIELDS}")
        for number, row in enumerate(reader, 2):
            if not row or not any(row):
                continue
            if len(row) < 5 or row[4] not in {"real", "false"}:
                raise ValueError(f"{path}:{number}: expected {len(VERDICT_FIELDS)} fields with "
                                 f"verdict 'real' or 'false', got {row[:5]}")
            verdicts[(row[1], row[2], " ".join(row[3].split()))] = row[4]
    return verdicts


def tally_unchanged(findings: list[Finding], languages: dict[tuple[str, str], str],
                    articles: Counter[str], verdicts: dict[tuple[str, str, str], str]
                    ) -> tuple[dict, list[dict], int]:
    """Per language, rule and severity: findings, per 100 articles of that
    language, judged real, judged false, unjudged; the unjudged findings; and
    how many verdicts match no finding."""
    rows: dict[tuple[str, str, str], Counter[str]] = defaultdict(Counter)
    unjudged = []
    used = set()
    for f in findings:
        lang = languages.get((f.path, f.article), "?")
        key = (f.article, f.rule, " ".join(f.text.split()))
        verdict = verdicts.get(key)
        row = rows[(lang, f.rule, f.severity)]
        row["findings"] += 1
        row[verdict or "unjudged"] += 1
        if verdict:
            used.add(key)
        else:
            unjudged.append({"file": Path(f.path).name, "article": f.article, "rule": f.rule,
                             "severity": f.severity, "text": f.text, "message": f.message})
    table = {f"{lang}/{rule}/{severity}": {
        "findings": row["findings"],
        "per_100": round(100 * row["findings"] / articles[lang], 2) if articles[lang] else None,
        "real": row["real"], "false": row["false"], "unjudged": row["unjudged"]}
        for (lang, rule, severity), row in sorted(rows.items())}
    return table, unjudged, len(set(verdicts) - used)


# --- the run ------------------------------------------------------------------------


def corpus_articles(corpus: Path, limit: int | None = None) -> list[Article]:
    articles: list[Article] = []
    for path in sorted(corpus.glob("*.jsonl")):
        loaded = [a for a in load([path]) if isinstance(a, Article)]
        articles.extend(loaded[:limit] if limit else loaded)
    return articles


def run(corpus: Path, per_type: int = 300, seed: int = SEED, save: Path | None = None,
        restore: Path | None = None, limit: int | None = None, verdicts: Path | None = None,
        claims: bool = False, claims_table: Path | None = None) -> dict:
    started = time.perf_counter()
    rules = factcheck.load_rules()
    articles = corpus_articles(corpus, limit)
    per_lang = Counter(a.language for a in articles)
    report = factcheck.check(articles, rules=rules)
    unchanged: dict[tuple[str, str], list[Finding]] = defaultdict(list)
    for finding in report.findings:
        unchanged[(finding.path, finding.article)].append(finding)
    judged = read_verdicts(verdicts) if verdicts and verdicts.exists() else {}
    languages = {(a.path, a.id): a.language for a in articles}
    table, unjudged, stale = tally_unchanged(report.findings, languages, per_lang, judged)

    cases = load_cases(restore) if restore else plant(articles, rules, per_type, seed)
    if save:
        save_cases(cases, save)
    flags: list[bool] = []
    planted, listed = score(cases, rules, unchanged, flags)
    as_claims = score_claims(cases, rules, flags, claims_table) if claims or claims_table else None
    files = Counter(Path(a.path).name for a in articles)
    return {"seed": seed, "per_type": per_type, "margin_days": MARGIN.days, "articles": dict(per_lang),
            "files": dict(sorted(files.items())), **planted,
            "unchanged": table, "verdicts": {"file": str(verdicts) if judged else None,
                                             "rows": len(judged), "matching_no_finding": stale},
            "unjudged_findings": unjudged, "misses_and_false_alarms": listed,
            **({"claims_table": as_claims} if as_claims is not None else {}),
            "seconds": round(time.perf_counter() - started, 1)}


def _pct(rate: dict) -> str:
    if not rate["n"]:
        return "-"
    low, high = rate["ci95"]
    return f"{100 * rate['rate']:5.1f}% [{100 * low:5.1f}, {100 * high:5.1f}]"


def print_result(result: dict) -> None:
    print(f"articles: {result['articles']}  files: {len(result['files'])}  seed {result['seed']}  "
          f"margin ±{result['margin_days']} days")
    print(f"{'type / source / language':34} {'cases':>5}  {'detected [95% CI]':24}  "
          f"{'suggestion right [95% CI]':26} {'flagged before':>14}")
    for key, row in result["groups"].items():
        if "detected" in row:
            print(f"{key:34} {row['cases']:5}  {_pct(row['detected']):24}  "
                  f"{_pct(row['suggestion_right']):26} {row['already_flagged_before']:14}")
    print(f"{'control / language':34} {'cases':>5}  {'false alarms [95% CI]':24}  {'':26} "
          f"{'flagged before':>14}")
    for key, row in result["groups"].items():
        if "false_alarms" in row:
            print(f"{key:34} {row['cases']:5}  {_pct(row['false_alarms']):24}  {'':26} "
                  f"{row['already_flagged_before']:14}")
    print("(flagged before: the unchanged article already had a warning or error at that place; one by "
          "the same rule there does not count)")
    print("broken down (misspellings by letter and operation, wrong holders by title and sentence):")
    for key, rate in result["breakdown"].items():
        print(f"  {key:64} {rate['n']:5}  {_pct(rate)}")
    verdicts = result["verdicts"]
    print(f"findings on the unchanged articles (verdicts: {verdicts['file'] or 'none'}, "
          f"{verdicts['rows']} rows, {verdicts['matching_no_finding']} matching no finding):")
    print(f"  {'language/rule/severity':36} {'findings':>8} {'per 100':>8} {'real':>5} {'false':>5} "
          f"{'unjudged':>8}")
    for key, row in result["unchanged"].items():
        print(f"  {key:36} {row['findings']:8} {row['per_100']:8.2f} {row['real']:5} {row['false']:5} "
              f"{row['unjudged']:8}")
    if "claims_table" in result:
        print("the same cases as claims-table rows (check_claims), against the articles (check):")
        print(f"  {'type / source / language':34} {'rows':>5}  {'in text [95% CI]':24}  "
              f"{'in table [95% CI]':24} {'failed':>6}")
        for key, row in result["claims_table"]["groups"].items():
            what = "false_alarms" if "false_alarms_in_text" in row else "detected"
            print(f"  {key:34} {row['cases']:5}  {_pct(row[what + '_in_text']):24}  "
                  f"{_pct(row[what + '_in_table']):24} {row['records_failed']:6}")
        print(f"  flagged in the text but not in the table: "
              f"{len(result['claims_table']['flagged_in_text_not_in_table'])}")
    print(f"({result['seconds']} s)")


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=(__doc__ or "").split("\n\n")[0])
    parser.add_argument("--corpus", type=Path, default=DEFAULT_CORPUS)
    parser.add_argument("--per-type", type=int, default=300,
                        help="at most this many cases per error type, source and language (default 300)")
    parser.add_argument("--seed", type=int, default=SEED)
    parser.add_argument("--json", type=Path, help="also write every figure, miss and false alarm as JSON")
    parser.add_argument("--save-cases", type=Path,
                        help="write the planted cases, to score another version on the same cases")
    parser.add_argument("--load-cases", type=Path, help="score the cases a --save-cases run wrote")
    parser.add_argument("--articles", type=int, help="use only the first N articles of each corpus file")
    parser.add_argument("--verdicts", type=Path, default=DEFAULT_VERDICTS,
                        help="judged findings on the unchanged articles (tab-separated: file, article, "
                             "rule, text, verdict, reason)")
    parser.add_argument("--claims", action="store_true",
                        help="also plant into a claims table: each wrong holder, holder control and "
                             "misspelt holder as a row, checked with check_claims, beside the article")
    parser.add_argument("--claims-table", type=Path,
                        help="write that claims table (CSV) here (implies --claims)")
    args = parser.parse_args(argv)
    if not args.corpus.is_dir():
        sys.exit(f"no corpus at {args.corpus}")
    result = run(args.corpus, args.per_type, args.seed, args.save_cases, args.load_cases, args.articles,
                 args.verdicts, args.claims, args.claims_table)
    print_result(result)
    if args.json:
        args.json.write_text(json.dumps(result, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")


if __name__ == "__main__":
    main()
