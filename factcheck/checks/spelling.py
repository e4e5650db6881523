"""spelling: a known name written nearly, but not exactly, as the pack has it."""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterator
from dataclasses import dataclass

from pydantic import Field
from rapidfuzz.distance import Indel, Levenshtein

from ..analysis import Analysis
from ..mentions import ENTITY_KINDS
from ..text import is_devanagari, skeleton
from .base import CheckContext, Hit, Options, RuleKind

DEFAULT_GLUE = {
    "en": ["for", "and", "to", "of", "in", "on", "at", "the", "with", "from", "is", "was",
           "has", "had", "said", "who", "as", "by"],
    "hi": ["ने", "को", "का", "की", "के", "से", "में", "और", "पर"],
}
INFLECTIONS = frozenset({"s", "es", "ों", "ओं", "े", "ो"})


class SpellingOptions(Options):
    max_edits_per: int = Field(6, ge=2, description="one edit allowed per this many letters")
    min_length: int = Field(6, ge=3, description="shortest name (letters) checked")
    glue_words: dict[str, list[str]] = Field(
        default_factory=lambda: DEFAULT_GLUE,
        description="words that may be glued to the end of a name, per language",
    )


@dataclass(frozen=True, slots=True)
class Name:
    keys: tuple[str, ...]
    joined: str
    written: str
    ref: str
    devanagari: bool


@dataclass
class Index:
    by_token: dict[str, list[tuple[int, Name]]]
    by_skeleton: dict[str, list[Name]]
    by_prefix: dict[tuple[str, ...], list[Name]]
    single: dict[str, list[Name]]
    glue: frozenset[str]
    known: frozenset[str]


def prepare(ctx: CheckContext) -> Index:
    options: SpellingOptions = ctx.options
    by_token: dict[str, list[tuple[int, Name]]] = defaultdict(list)
    by_skeleton: dict[str, list[Name]] = defaultdict(list)
    by_prefix: dict[tuple[str, ...], list[Name]] = defaultdict(list)
    single: dict[str, list[Name]] = defaultdict(list)
    known = set()
    for keys, targets in ctx.gazetteer.entries.items():
        known.add("".join(keys))
        target = next((t for t in targets if t.kind in ENTITY_KINDS or t.kind == "office"), None)
        if target is None:
            continue
        joined = "".join(keys)
        name = Name(keys, joined, target.name, target.ref, is_devanagari(joined))
        if len(joined) < options.min_length:
            continue
        if len(keys) > 1:
            for position, key in enumerate(keys):
                if len(key) >= 3:
                    by_token[key].append((position, name))
            by_prefix[keys[:-1]].append(name)
        elif not name.devanagari:
            single[joined[0]].append(name)
        if name.devanagari and len(skeleton(joined)) >= 4:
            by_skeleton[skeleton(joined)].append(name)
    glue = frozenset(w for words in options.glue_words.values() for w in words)
    return Index(dict(by_token), dict(by_skeleton), dict(by_prefix), dict(single), glue,
                 frozenset(known))


def _close(window: str, name: Name, per: int) -> bool:
    if window == name.joined:
        return True
    if name.devanagari:
        if skeleton(window) == skeleton(name.joined) and Indel.normalized_similarity(
            window, name.joined
        ) >= 0.7:
            return True
    elif window[:1] != name.joined[:1]:
        return False
    allowed = max(1, len(name.joined) // per)
    return Levenshtein.distance(window, name.joined, score_cutoff=allowed) <= allowed


def _inflected(window: str, name: Name) -> bool:
    """A plural or case form of the name itself (Ministers, मंत्रियों)."""
    return window.startswith(name.joined) and window[len(name.joined):] in INFLECTIONS


def _windows(analysis: Analysis, index: Index, per: int) -> Iterator[tuple[int, int, Name]]:
    tokens = analysis.tokens
    covered = {i for m in analysis.mentions if m.last - m.first > 1 for i in range(m.first, m.last)}
    exact = {(m.first, m.last) for m in analysis.mentions}
    named_at = {m.first: {t.ref for t in m.targets} for m in analysis.mentions}

    def plausible(start: int, end: int, name: Name) -> bool:
        """Not a known name itself, and not a known name of the same thing
        with other words around it (वियतनाम के समाजवादी गणराज्य), unless only
        the spacing differs (Naren dra Modi)."""
        if (start, end) in exact or any(j in covered for j in range(start, end)):
            return False
        if any(name.ref in named_at.get(j, ()) for j in range(start, end)):
            return "".join(t.key for t in tokens[start:end]) == name.joined
        return True

    for i, token in enumerate(tokens):
        if i in covered:
            continue
        candidates = index.by_token.get(token.key, ())
        if is_devanagari(token.key):
            for size in range(1, 5):
                if i + size > len(tokens):
                    break
                joined = "".join(t.key for t in tokens[i : i + size])
                for name in index.by_skeleton.get(skeleton(joined), ()):
                    if plausible(i, i + size, name) and _close(joined, name, per):
                        yield i, i + size, name
        elif token.text[:1].isupper() and len(token.key) >= 5 and (i, i + 1) not in exact:
            for name in index.single.get(token.key[0], ()):
                if (abs(len(name.joined) - len(token.key)) <= 2 and not _inflected(token.key, name)
                        and _close(token.key, name, per)):
                    yield i, i + 1, name
        for position, name in candidates:
            n = len(name.keys)
            for start in range(i - position - 1, i - position + 2):
                for end in range(start + max(1, n - 1), start + n + 2):
                    if start < 0 or end > len(tokens) or not start <= i < end:
                        continue
                    if not plausible(start, end, name):
                        continue
                    if not name.devanagari and not tokens[start].text[:1].isupper():
                        continue
                    joined = "".join(t.key for t in tokens[start:end])
                    if not _inflected(joined, name) and _close(joined, name, per):
                        yield start, end, name


def _glued(analysis: Analysis, index: Index) -> Iterator[Hit]:
    tokens = analysis.tokens
    for i, token in enumerate(tokens):
        for back in range(1, 5):
            if i - back < 0:
                break
            prefix = tuple(t.key for t in tokens[i - back : i])
            for name in index.by_prefix.get(prefix, ()):
                last = name.keys[-1]
                rest = token.key[len(last):]
                if token.key.startswith(last) and rest in index.glue:
                    cut = len(last)
                    head, tail = token.text[:cut], token.text[cut:]
                    yield Hit(
                        token.start, token.end,
                        f"'{token.text}' runs the name '{name.written}' into the next word "
                        f"'{tail}'",
                        suggestion=f"{head} {tail}",
                    )


def check(analysis: Analysis, ctx: CheckContext) -> Iterator[Hit]:
    index: Index = ctx.state
    per = ctx.options.max_edits_per
    taken: set[int] = set()
    for hit in _glued(analysis, index):
        taken.add(hit.start)
        yield hit
    best: dict[tuple[int, int], Name] = {}
    for start, end, name in _windows(analysis, index, per):
        best.setdefault((start, end), name)
    used: set[int] = set()
    text, tokens = analysis.article.text, analysis.tokens
    for (start, end), name in sorted(best.items(), key=lambda kv: (kv[0][0], kv[0][0] - kv[0][1])):
        span = set(range(start, end))
        if span & used or tokens[start].start in taken:
            continue
        used |= span
        first, last = tokens[start].start, tokens[end - 1].end
        written = text[first:last]
        if "".join(t.key for t in tokens[start:end]) == name.joined:
            message = f"'{written}' differs from the name '{name.written}' in spacing or punctuation"
        else:
            message = f"'{written}' looks like a misspelling of '{name.written}'"
        yield Hit(first, last, message, suggestion=name.written)


KIND = RuleKind(
    name="spelling",
    summary="A name that is almost, but not exactly, a name the pack knows.",
    explanation=(
        "Compares the words of the article with every name, alias and office title in the "
        "loaded packs. Reports a word or run of words that differs from a known name by a "
        "few letters (Rajnat Singh, Narendra Mody), by spacing (अत्मा निर्भार भारत for "
        "आत्मनिर्भर भारत), or that runs a name into the next word (Giangfor). Devanagari "
        "names are compared by their consonants first, so vowel-sign slips are found. "
        "Names written exactly as in the pack are never reported."
    ),
    default_severity="warning",
    options=SpellingOptions,
    prepare=prepare,
    check_article=check,
)
