"""spelling: a known name written nearly, but not exactly, as the pack has it.

The check is in four parts: index (the known names, indexed), candidates
(which words may be a name misspelt), comparison (how close, slip or
variant, and the spelling to suggest) and variants (the run's attested
spellings, and a person written two ways in one article)."""

from __future__ import annotations

import bisect
from collections.abc import Iterator
from typing import Literal

import regex
from rapidfuzz.distance import OSA

from ...analysis import Analysis
from ...text import Token
from ..base import CheckContext, Hit, Options, RuleKind
from ..options import option
from .candidates import Glue, Windows, word_facts
from .comparison import closest_spelling, credible, cut_at_the_end, letters, respelt, variant, written_by_ref
from .index import SHORT_VOWELS, Index, Name, build_index
from .namesakes import introduced_as_another
from .variants import Slip, check_run, collect, inconsistent


class SpellingOptions(Options):
    max_edits_per: int = option(6, ge=2, description="one edit allowed per this many letters")
    min_length: int = option(6, ge=3, description="shortest name (letters) checked")
    glue_words: dict[str, list[str]] | None = option(
        None,
        description="words that may be glued to the end of a name, per language; given, they replace "
                    "the lexicon's `name_glue`",
    )
    variants: Literal["none", "info", "warning", "error"] = option(
        "info",
        description="severity of a variant: a name written with other spacing, or romanised another "
                    "attested way (Chouhan for Chauhan); 'warning' makes the packs' spelling house "
                    "style, 'none' reports none",
    )
    attested_by: int = option(
        3, ge=0,
        description="a misspelling written the same way by this many independent articles of one run "
                    "(not copies of one text) is an attested spelling: reported as a variant; 0 turns "
                    "this off",
    )


def prepare(ctx: CheckContext) -> Index:
    options: SpellingOptions = ctx.options
    glue = options.glue_words if options.glue_words is not None else ctx.knowledge.word_lists["name_glue"]
    return build_index(ctx.knowledge, ctx.gazetteer, glue, options.min_length, options.max_edits_per)


def check(analysis: Analysis, ctx: CheckContext) -> Iterator[Hit]:
    """One finding per span: the readings below never share one, and this
    keeps it so whatever reading is added."""
    spans: set[tuple[int, int]] = set()
    for hit in _hits(analysis, ctx):
        if (hit.start, hit.end) not in spans:
            spans.add((hit.start, hit.end))
            yield hit


def _held_to(text: str, written: str, right: str, keys: tuple[str, ...], name: Name) -> bool:
    """Is a Devanagari name written with another vowel length than the packs'
    (पर्रीकर, पर्रिकर; नरवाणे, नरवणे), each word that differs written so twice
    or more (the surname alone counts: "जनरल नरवाणे") and never the packs' way,
    in the article: a spelling held to (the person's own language's, or as
    Hindi hears the Latin one), not a slip?"""
    def lengthless(word: str) -> str:
        return word.translate(SHORT_VOWELS).replace(AA, "")

    if not (name.devanagari and name.person and len(keys) == len(name.keys)
            and lengthless("".join(keys)) == lengthless(name.joined)):
        return False
    written_words, right_words = written.split(), right.split()
    if len(written_words) != len(right_words):
        return text.count(written) >= 2 and right not in text
    differing = [(w, r) for w, r in zip(written_words, right_words, strict=True) if w != r]
    return bool(differing) and all(_count_word(text, w) >= 2 and _count_word(text, r) == 0
                                   for w, r in differing)


def _count_word(text: str, word: str) -> int:
    """How often the word stands whole in the text (not inside a longer word)."""
    return len(regex.findall(rf"(?<![\p{{L}}\p{{M}}]){regex.escape(word)}(?![\p{{L}}\p{{M}}])", text))


AA = "\u093e"  # ा, which Hindi writes for a Latin a or leaves out (Naravane: नरवणे, नरवाणे)


def _names_another(analysis: Analysis, start: int, keys: tuple[str, ...], name: Name) -> bool:
    """Is a word of the window that is not the name's word a name the packs
    know of something else, whole ("नेशनल कांग्रेस" beside the packs' नेशनल
    कॉन्फ्रेंस, कांग्रेस being a party)? Another name, not a slip."""
    if len(keys) != len(name.keys) or name.person:
        return False
    mentions = analysis.mentions  # in text order
    at = bisect.bisect_left(mentions, start, key=lambda m: m.first)
    stop = start + len(keys)
    while at < len(mentions) and mentions[at].first < stop:
        found = mentions[at]
        if found.last - found.first == 1 and keys[found.first - start] != name.keys[found.first - start] \
                and name.ref not in found.refs():
            return True
        at += 1
    return False


def _hits(analysis: Analysis, ctx: CheckContext) -> Iterator[Hit]:
    index: Index = ctx.state
    taken: set[int] = set()
    facts = word_facts(index, analysis.tokens)
    for hit in Glue(analysis, index, ctx.gazetteer, facts):
        taken.add(hit.start)
        yield hit
    tokens = analysis.tokens
    starts = tokens.starts
    candidates = []
    for start, end, name in Windows(analysis, index, facts):
        joined = "".join(tokens.keys[start:end])
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
        if span & used or any(starts[j] in taken for j in span):
            continue
        used |= span
        first, last = starts[start], tokens.ends[end - 1]
        written = text[first:last]
        if own_spellings is None:
            own_spellings = written_by_ref(analysis)
        right = closest_spelling(ctx.knowledge, own_spellings, name, written)
        keys = tuple(tokens.keys[start:end])
        exact = "".join(keys) == name.joined
        if not exact and _names_another(analysis, start, keys, name):
            continue  # "इंडियन नेशनल कांग्रेस" beside नेशनल कॉन्फ्रेंस: a word there names another party
        if not exact and cut_at_the_end(text, last, keys[-1], name.keys[-1]):
            continue  # "राज्यपाल आनंदीबेन पटे" ending an excerpt: the name cut off, not misspelt
        if not exact and start > 0 and "".join(tokens.keys[start - 1 : end]) == name.joined:
            continue  # "ओ.पी. रावत" for "ओपी रावत": the name, its initials set apart, read from the second
        if not exact and _other_initials(_initials_apart(tokens[start:end]), name.keys):
            continue  # "Justice K.S. Radhakrishnan" beside the packs' K. Radhakrishnan: as likely another
        if not exact and not credible(tokens[start:end], name, index):
            continue
        if exact:
            if letters(written) == letters(right) or variants == "none":
                continue  # apostrophes or hyphens only: a substitution rule's business
            yield Hit(first, last, f"'{written}' is a variant of the packs' form '{right}' (spacing or "
                                   "punctuation)", suggestion=right, severity=variants)
        elif variant(keys, name, index) or _held_to(text, written, right, keys, name):
            if variants == "none" or (name.abbreviated and len(name.keys[0]) == 1
                                     and len([k for k in name.keys if len(k) == 1]) == 1):
                continue  # one initial and a surname spelt another way: as likely someone else
            # an attested spelling: rewritten to the packs' only where the pack makes that house style
            how = "another spelling" if name.devanagari else "another romanisation"
            yield Hit(first, last, f"'{written}' is a variant of the packs' '{right}' ({how})",
                      suggestion=right if variants != "info" else None, severity=variants)
        elif introduced_as_another(text, first, last, index.person_nouns) and not _titled(analysis, first):
            # "Narendra Mody, a 52-year-old grocer": someone else as likely as a slip
            yield Hit(first, last, f"'{written}' is near '{right}', but the text introduces it as a person "
                                   "of its own: perhaps someone else", severity="info")
        else:
            if name.abbreviated:
                right = respelt(tokens[start:end], text, name)
            yield Slip(first, last, f"'{written}' looks like a misspelling of '{right}'", suggestion=right,
                       written=written, right=right)
    yield from inconsistent(analysis, taken | {starts[i] for i in used}, ctx.knowledge)


def _titled(analysis: Analysis, start: int) -> bool:
    """Does a title (an office's mention) stand right before the offset ("Prime
    Minister Narendra Mody, a BJP leader")? Then the name is the office holder's."""
    before = len(analysis.article.text[:start].rstrip())
    return any(m.end == before and m.refs("office") for m in analysis.mentions)


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
        "a spelling the press uses is no slip. A foreign person's name in Devanagari written "
        "with another sibilant or vowel length (न्गो सुआन लिच for न्गो जुआन लिच) is a variant too, "
        "and an adjective made of an organisation's Devanagari name (कांग्रेसी) no slip, nor a "
        "long Devanagari name with one word replaced by another ('जनता' for 'लोगों'). A near name "
        "the text introduces as a person of its own, untitled ('Narendra Mody, a 52-year-old grocer', "
        "'a grocer named ...', 'टैक्सी चालक अमित साह', the lexicon's `person_nouns`), is as likely "
        "someone else: an info. So is a known name with an initial added (Justice K.S. "
        "Radhakrishnan beside K. Radhakrishnan): not reported."
    ),
    default_severity="warning",
    options=SpellingOptions,
    prepare=prepare,
    check_article=check,
    collect=collect,
    check_run=check_run,
)


RUN_TOGETHER_INITIALS = regex.compile(r"[A-Z]{2,3}")  # "KP Anbazhagan", "TTV Dhinakaran"


def _initials_apart(tokens: list[Token]) -> tuple[str, ...]:
    """The keys of a written name, its initials written together in capitals
    (KP) set apart (k, p)."""
    return tuple(letter for token in tokens
                 for letter in (token.key if RUN_TOGETHER_INITIALS.fullmatch(token.text) else (token.key,)))


def _other_initials(written: tuple[str, ...], known: tuple[str, ...]) -> bool:
    """Does the written name add a Latin initial to the known one's words ("K.S.
    Radhakrishnan" beside K. Radhakrishnan): another person or a fuller form? Not
    one initial for another ("V S Sasikala" for V. K. Sasikala), a slip."""
    def words(keys: tuple[str, ...]) -> list[str]:
        return [key for key in keys if not (len(key) == 1 and key.isascii())]

    written_words = words(written)
    return written_words == words(known) and \
        len(written) - len(written_words) > len(known) - len(written_words)
