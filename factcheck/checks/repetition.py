"""repetition: the same word twice in a row.

Whether a doubled word is a slip depends on its word class and on the
construction it stands in; where the reading is a guess, nothing is said.

- A doubled function word (के के, में में, से से, था था, the the, to to, has
  has, been been) is a slip, whatever its case, unless one of the two is in
  capitals and the other not (a heading glued to the text), or the two are
  two words of one spelling (his will will be read, what it is is a scam),
  or जी जी answers "yes, yes" before a pause.
- Initials and letter-by-letter acronyms are no doubles: a single Latin
  capital (N N Vohra, V V Giri) or a letter's Hindi name (जी जी शर्मा, एम एम
  टी सी, आई आई टी). I and A are words too: "I I even" is a slip.
- Hindi doubles content words on purpose (reduplication), so a Hindi
  content word is reported only when no reduplicating class or construction
  explains it: the `reduplicating` lexicon (अलग, घर, गांव, रात, कौन, एक),
  participles in -ते/-ती (चलते चलते), inflected adjectives and nouns in
  -े/-ी/-ए/-ई (बड़े बड़े, छोटी छोटी, कोने कोने; not the oblique infinitive in
  -ने), words of one or two letters (echoes and onomatopoeia: धक धक, टप टप,
  चल चल), a verb stem before कर (पीट पीट कर) and a noun before a locative
  postposition (मोहल्ले मोहल्ले में, जगह जगह पर). An oblique plural noun (लोगों
  लोगों, महिलाओं महिलाओं) never reduplicates: a slip.
- An English content word doubled is a slip in running prose (donors donors,
  achieved achieved); in speech (inside double quotes, in a quoted social
  post) it may be emphasis (strange strange), and in romanised Hindi (alag
  alag jagah pe) reduplication: nothing. Intensifiers, interjections and
  echo words (`grammatical`: very very, really really, much much, long long,
  had had, we do do, bye bye, tut tut) are never reported.
- A capitalised content word doubled (Title Case or capitals alike: Zhu Zhu,
  Kuch Kuch Hota Hai, Park Park) may be a name, a song or film title or a
  heading glued to the text: at most an info, without a fix (`capitalised`).
  Differing case (Trump TRUMP, SARMA Sarma, Har har) is a boundary or a
  phrase, not a slip: nothing. Known names (Walla Walla, Boutros
  Boutros-Ghali, the packs' names) and short quotations (a chant 'Modi Modi',
  a title "Hamma Hamma", a dance bol "ता थई थई तत") give nothing.
- A double across a line break is checked like one on a line when the line
  break is inside a paragraph: a function word when the next line goes on in
  lower case, a content word only in hard-wrapped text (every line short).
  A blank line, an indented line or a capital after the break starts a new
  paragraph, sentence or heading: no double.
- A word that is part of an address (pic pic.twitter.com, /pibmumbai
  pibmumbai@gmail.com) is not a word of the sentence.
"""

from __future__ import annotations

import dataclasses
from bisect import bisect_right
from collections.abc import Iterator
from dataclasses import dataclass, field
from itertools import compress, count, islice
from operator import eq
from typing import Literal

import regex

from ..analysis import Analysis
from ..text import Token, Tokens, fold
from .base import CheckContext, Hit, Options, RuleKind
from .options import option

# A modal that is also a noun: after a determiner, the noun before the modal
# ("his will will be read", "a can can hold").
MODAL_NOUNS = frozenset(["will", "can", "may", "might", "must"])
DETERMINERS = frozenset(["the", "a", "an", "his", "her", "their", "its", "our", "your", "my", "this",
                         "that", "every", "each", "no", "one"])
# A verb that ends a free relative before the main verb: "what it is is",
# "what he has has value", "whatever they did did harm".
FREE_RELATIVE_VERBS = frozenset(["is", "was", "has", "have", "does", "did", "are", "were"])
FREE_RELATIVES = frozenset(["what", "whatever", "whoever", "all"])
FREE_RELATIVE_REACH = 5  # words from "what" to the doubled verb
# A Hindi word of one or two letters and no conjunct doubled is an echo,
# onomatopoeia or imperative as often as a slip (टप टप, धक धक, थई थई, चल चल,
# बस बस): no class tells, so nothing is said.
SHORT_WORD_LETTERS = 2
PARTICIPLE_ENDINGS = ("ते", "ती")  # देखते देखते, होते होते, चलते चलते
# Inflected adjectives and nouns (बड़े, छोटी, नए, नई, कोने) reduplicate for a
# distributive or intensive plural; the oblique infinitive in -ने (करने) does not.
INFLECTED_ENDINGS = ("\u0947", "\u0940", "ए", "ई")  # -े -ी -ए -ई
NOT_INFLECTED_ENDING = "ने"
# The oblique plural of a noun (लोगों, महिलाओं) never reduplicates.
OBLIQUE_PLURAL_ENDINGS = ("\u094b\u0902", "ओं")  # -ों -ओं
# After a doubled verb stem: the conjunctive participle (पीट पीट कर, रो रो कर).
CONJUNCTIVE = frozenset(["कर", "करके", "कराकर"])
# After a doubled noun: a locative or distributive postposition (गांव गांव में,
# कोने कोने से, जगह जगह पर, घर घर तक, रात रात भर).
DISTRIBUTIVE_POSTPOSITIONS = frozenset(["में", "से", "पर", "तक", "भर",
                                        # or a verb of going: "दफ़्तर दफ़्तर जाकर", "शहर शहर घूमकर"
                                        "जाकर", "जाके", "घूमकर", "घूमे", "घूमते", "पहुंचकर", "भटकते"])
# The Latin letters' names as Hindi writes them. Some are also words:
# के (of), जी (the honorific), सी (like), आई (came), पी (drank), ए, ई, ओ.
LETTER_NAMES = frozenset(fold(w) for w in [
    "ए", "बी", "सी", "डी", "ई", "एफ", "जी", "एच", "आई", "जे", "के", "एल", "एम", "एन", "ओ", "पी",
    "क्यू", "आर", "एस", "टी", "यू", "वी", "डब्ल्यू", "एक्स", "वाई", "जेड", "ज़ेड"])
LETTER_NAMES_THAT_ARE_WORDS = frozenset(fold(w) for w in ["ए", "सी", "ई", "जी", "आई", "के", "ओ", "पी"])
LATIN_LETTERS_THAT_ARE_WORDS = frozenset("AI")
# Function words that, doubled before a pause, answer "yes, yes" (जी जी, ...).
INTERJECTIONS = frozenset([fold("जी")])  # the article, the pronoun
QUOTES = {'"': '"', "“": "”", "'": "'", "‘": "’"}
CLOSING_QUOTES = frozenset(QUOTES.values())
BACKWARD_MARKS = regex.compile(r"(?P<word>[\p{L}\p{M}\p{Nd}]+)|[\"“”‘’']")
FORWARD_MARKS = regex.compile(r"(?P<word>[\p{L}\p{M}\p{Nd}]+)|[\"”’']")
SENTENCE_REACH = 20  # words either side of a double read for romanised Hindi
# Distinct marker words that make a whole article romanised Hindi, so that a double in a short
# sentence of it ("Har Ghar Tiranga: ghar ghar lehraya tiranga.") is read as its reduplication
ARTICLE_MARKERS = 4
ARTICLE_SHARE = 0.08  # ... and this share of its words markers (an English story quoting Hindi has fewer)
SHORT_QUOTE_WORDS = 8  # a quotation this short is a title, chant or slogan
SOCIAL_POST_REACH = 600  # characters from a double to the end of the post it is in
SOCIAL_POST_END = regex.compile(
    r"pic\.twitter\.com/|\bA post shared by\b|\(@\w+\)\s+(?:on\s+)?[A-Z][a-z]+ \d")
CONTEXT_REACH = 3000  # characters either side of a double that its paragraph is read in
PARAGRAPH_BREAK = regex.compile(r"\n[ \t]*\n|\n[ \t]+")  # in hard-wrapped text
LINE_END = regex.compile(r"\n")  # a paragraph's end in other text
# Hard-wrapped text: no line longer than this, and at most half the lines end a sentence.
WRAPPED_WIDTH = 100
SENTENCE_ENDS = frozenset(".!?।॥\"”'’:")
LINE_BREAK = regex.compile(r"[ \t\u00a0]*\r?\n")  # a line break, the next line not indented
ADDRESS_BEFORE = frozenset("/@#")
DEVANAGARI_LETTER = regex.compile(r"[\u0904-\u0939\u0958-\u0961\u0972-\u097f]")  # vowels, consonants
VIRAMA = "\u094d"
ADDRESS_AFTER = regex.compile(r"[@/]|\.\w")


class RepetitionOptions(Options):
    grammatical: dict[str, list[str]] | None = option(
        default=None,
        description="words whose doubling is grammar, emphasis or an interjection (had had, very "
                    "very, really really, bye bye): never reported, per language; given, they replace "
                    "the lexicon's `grammatical_doubles`")
    function_words: dict[str, list[str]] | None = option(
        default=None,
        description="function words, auxiliaries and pronouns: doubled, reported whatever their case "
                    "(के के, से से, था था, the the, has has), per language; not 'her' (gave her "
                    "her book); given, they replace the lexicon's `function_words`")
    reduplicating: dict[str, list[str]] | None = option(
        default=None,
        description="content words a language doubles on purpose beyond the classes the check "
                    "knows by their endings (धीरे धीरे, घर घर, रात रात, कौन कौन), per language; given, "
                    "they replace the lexicon's `reduplicating`")
    doubled_names: dict[str, list[str]] | None = option(
        default=None,
        description="capitalised words that names double (Walla Walla, Bora Bora, Sri Sri), "
                    "per language; names in the packs are never reported either; given, they replace "
                    "the lexicon's `doubled_names`")
    romanised_hindi: dict[str, list[str]] | None = option(
        default=None,
        description="words that mark a sentence of English copy as romanised Hindi, where doubles "
                    "are reduplication (alag alag jagah pe); two of them in the sentence suffice, "
                    "or four in the article making 8% of its words; one of them doubled is "
                    "reduplication in any sentence (will reopen dheere dheere); "
                    "given, they replace the lexicon's `romanised_hindi`")
    capitalised: Literal["info", "off"] = option(
        default="info",
        description="a capitalised content word doubled (Park Park, Zhu Zhu): an info without a fix "
                    "(it may be a name or a title), or nothing (off)")


@dataclass(frozen=True, slots=True)
class Words:
    grammatical: frozenset[str]
    function_words: frozenset[str]
    reduplicating: frozenset[str]
    doubled_names: frozenset[str]
    romanised_hindi: frozenset[str]
    capitalised: str
    family_names: frozenset[str] = frozenset()  # the lexicon's: "के के सिंह" is K. K. Singh
    honorifics: frozenset[str] = frozenset()  # one-word titles before a name (जस्टिस, Justice)


def _words(groups: dict[str, list[str]]) -> frozenset[str]:
    return frozenset(fold(w) for words in groups.values() for w in words)


def prepare(ctx: CheckContext) -> Words:
    """The word classes of the loaded lexicons (see rules/lexicon.yaml), or
    the check's own lists where its options give them."""
    options: RepetitionOptions = ctx.options
    lexicon = ctx.knowledge.word_lists

    def chosen(given: dict[str, list[str]] | None, lexicon_list: str) -> frozenset[str]:
        return _words(given if given is not None else lexicon[lexicon_list])

    return Words(chosen(options.grammatical, "grammatical_doubles"),
                 chosen(options.function_words, "function_words"),
                 chosen(options.reduplicating, "reduplicating"),
                 chosen(options.doubled_names, "doubled_names"),
                 chosen(options.romanised_hindi, "romanised_hindi"), options.capitalised,
                 _words(lexicon["family_names"]),
                 frozenset(fold(w) for words in ctx.knowledge.honorifics.values() for w in words
                           if " " not in w))


@dataclass
class _Page:
    """What the check learns about one article's text, when it needs it."""

    text: str
    _wrapped: bool | None = field(default=None)
    _found: dict[str, list[int]] = field(default_factory=dict)  # word key -> its places
    # the answers about a word (or two side by side), once a word: a long article
    # doubles a word many times, and each answer walks all of the word's places
    _alone: dict[str, bool] = field(default_factory=dict)
    _lowercase: dict[str, bool] = field(default_factory=dict)
    _pairs: dict[tuple[str, str], bool] = field(default_factory=dict)
    _doubled: dict[str, list[int]] = field(default_factory=dict)  # a word's doubles not opening a sentence
    _known: tuple[set[int], set[int]] | None = field(default=None)
    _inside: set[int] | None = field(default=None)
    _breaks: list[tuple[int, int]] | None = field(default=None)

    def _places(self, tokens: Tokens, key: str) -> list[int]:
        """Where the word stands in the article, first to last: found by C
        scans of the keys, once a word (the questions about a double ask
        about its word more than once)."""
        places = self._found.get(key)
        if places is None:
            keys, at, places = tokens.keys, -1, []
            while True:
                try:
                    at = keys.index(key, at + 1)
                except ValueError:
                    break
                places.append(at)
            self._found[key] = places
        return places

    def alone_elsewhere(self, tokens: Tokens, key: str) -> bool:
        """The article also writes the word alone, not doubled: a word, not
        a name or title made of it doubled (Zhu Zhu, Kuch Kuch Hota Hai)."""
        alone = self._alone.get(key)
        if alone is None:
            keys, last = tokens.keys, len(tokens) - 1
            alone = self._alone[key] = any(
                (at == 0 or keys[at - 1] != key) and (at == last or keys[at + 1] != key)
                for at in self._places(tokens, key))
        return alone

    def doubled_elsewhere(self, tokens: Tokens, index: int) -> bool:
        """The article writes the same double again, away from a sentence's
        opening (Abdullah Abdullah): a name made of the word doubled."""
        key = tokens.keys[index]
        doubled = self._doubled.get(key)
        if doubled is None:
            keys = tokens.keys
            doubled = self._doubled[key] = [
                at for at in self._places(tokens, key) if at + 1 < len(keys) and keys[at + 1] == key
                and not _opens_sentence(self.text, tokens[at], tokens[at + 1])][:2]
        return any(at != index for at in doubled)

    def phrase_elsewhere(self, tokens: Tokens, index: int) -> bool:
        """The word with its neighbour before or after the double (Supreme
        Court, Court that) also stands elsewhere in the article, undoubled."""
        keys = tokens.keys
        key = keys[index]
        before = (keys[index - 1], key) if index > 0 else None
        after = (key, keys[index + 2]) if index + 2 < len(keys) else None
        return any(pair is not None and pair[0] != pair[1] and not pair[0].isdigit()
                   and not pair[1].isdigit() and pair != ("", "") and self._twice(tokens, pair)
                   for pair in (before, after))

    def _twice(self, tokens: Tokens, pair: tuple[str, str]) -> bool:
        """The two words stand side by side twice or more in the article."""
        twice = self._pairs.get(pair)
        if twice is None:
            first, second = pair
            keys, last = tokens.keys, len(tokens) - 1
            seen = 0
            for at in self._places(tokens, first):
                if at < last and keys[at + 1] == second:
                    seen += 1
                    if seen > 1:
                        break
            twice = self._pairs[pair] = seen > 1
        return twice

    def known_names(self, analysis: Analysis) -> tuple[set[int], set[int]]:
        """The tokens that end a name of a person, place, country or
        organisation, and those that begin one of two words or more."""
        if self._known is None:
            named = [m for m in analysis.mentions if any(t.kind in _KNOWN_KINDS for t in m.targets)]
            self._known = ({m.last - 1 for m in named}, {m.first for m in named if m.last - m.first > 1})
        return self._known

    def inside_names(self, analysis: Analysis) -> set[int]:
        """The tokens followed by the next word of the same name."""
        if self._inside is None:
            self._inside = {i for m in analysis.mentions for i in range(m.first, m.last - 1)}
        return self._inside

    def lowercase_elsewhere(self, tokens: Tokens, key: str) -> bool:
        """The article writes the word in lower case elsewhere: a common word."""
        lowercase = self._lowercase.get(key)
        if lowercase is None:
            texts = tokens.texts
            lowercase = self._lowercase[key] = any(texts[at].islower() for at in self._places(tokens, key))
        return lowercase

    @property
    def wrapped(self) -> bool:
        """Hard-wrapped text (newswire): every line short, most ending
        inside a sentence, so a line break is no paragraph's end unless a
        blank or indented line follows."""
        if self._wrapped is None:
            lines = [line.rstrip() for line in self.text.split("\n") if line.strip()]
            ends = sum(line[-1] in SENTENCE_ENDS for line in lines)
            self._wrapped = (len(lines) >= 3 and max(len(line) for line in lines) <= WRAPPED_WIDTH
                             and 2 * ends <= len(lines))
        return self._wrapped

    def paragraph(self, position: int) -> tuple[int, int]:
        """The paragraph around a position (lines in hard-wrapped text, a
        line otherwise), as far as CONTEXT_REACH either side."""
        if self._breaks is None:
            found = (PARAGRAPH_BREAK if self.wrapped else LINE_END).finditer(self.text)
            self._breaks = [(m.start(), m.end()) for m in found]
        breaks = self._breaks
        at = bisect_right(breaks, (position, position))
        start = breaks[at - 1][1] if at else 0
        end = breaks[at][0] if at < len(breaks) else len(self.text)
        return max(start, position - CONTEXT_REACH), min(end, position + CONTEXT_REACH)

    def in_speech(self, start: int, end: int) -> bool:
        """Inside a quotation in double quotes, or in a quoted social post."""
        begin, stop = self.paragraph(start)
        before = self.text[begin:start]
        if before.count('"') % 2 or before.count("“") > before.count("”"):
            return True
        return SOCIAL_POST_END.search(self.text, end, min(stop, end + SOCIAL_POST_REACH)) is not None

    def in_short_quote(self, start: int, end: int) -> bool:
        """Inside a quotation of a few words: a title, chant, slogan or bol
        ("Hamma Hamma", 'Modi Modi', "ता थई थई तत")."""
        text = self.text
        begin, stop = self.paragraph(start)
        opening = None
        words = 0
        for m in BACKWARD_MARKS.finditer(text[max(begin, start - 200):start][::-1]):
            mark = m.group()
            if m.group("word"):
                words += 1
                if words >= SHORT_QUOTE_WORDS:
                    return False
                continue
            at = start - m.end()  # the mark's offset in the text
            if mark in QUOTES and _opens(text, at):
                opening = mark
                break
            if mark in CLOSING_QUOTES and _closes(text, at):
                return False  # a quotation closes before the double
        if opening is None:
            return False
        closing = QUOTES[opening]
        for m in FORWARD_MARKS.finditer(text, end, min(stop, end + 200)):
            mark = m.group()
            if m.group("word"):
                words += 1
                if words >= SHORT_QUOTE_WORDS:
                    return False
            elif mark == closing and _closes(text, m.start()):
                return True
        return False


def _opens(text: str, at: int) -> bool:
    """A quote mark that opens: a word follows it, no word stands right before it."""
    after = text[at + 1 : at + 2]
    before = text[at - 1 : at] if at else " "
    return after.isalnum() and not before.isalnum()


def _closes(text: str, at: int) -> bool:
    """A quote mark that closes: a word or punctuation right before, no word after."""
    before = text[at - 1 : at] if at else ""
    after = text[at + 1 : at + 2]
    return bool(before) and not before.isspace() and not after.isalnum()


def _initials(analysis: Analysis, index: int, function_words: frozenset[str],
              family_names: frozenset[str] = frozenset()) -> bool:
    """Doubled initials or a letter-by-letter acronym: N N Vohra, जी जी
    शर्मा, एम एम टी सी, आई आई टी. A letter that is also a word (I, A; के,
    जी, सी, आई) needs more: another letter or a name after it, or a title
    before it (मंत्री के के शैलजा, श्री के के सिंह), or a family name after it (के के सिंह)."""
    tokens = analysis.tokens
    first = tokens[index]
    word = first.key
    latin = len(first.text) == 1 and first.text.isalpha() and first.text.isascii()
    if not (latin or word in LETTER_NAMES):
        return False
    if latin and not first.text.isupper():
        return False
    if latin and first.text not in LATIN_LETTERS_THAT_ARE_WORDS:
        return True
    if not latin and word not in LETTER_NAMES_THAT_ARE_WORDS:
        return True
    following = tokens[index + 2] if index + 2 < len(tokens) else None
    text = analysis.article.text
    if following is None or "\n" in text[tokens[index + 1].end : following.start]:
        return False
    if following.key in LETTER_NAMES or (len(following.text) == 1 and following.text.isupper()):
        return True  # an acronym: आई आई टी, A A B
    if latin and following.text[:1].isupper() and following.key not in function_words:
        return True  # A A Rahim, I I Chundrigar
    second = tokens[index + 1]
    if not latin and text[second.end : second.end + 2] == ". " and following.text[:1].isalpha():
        return True  # "तेदेपा के के. राममोहन नायडू": of the party, then K. the initial
    if following.key in family_names:
        return True  # "जिलाधिकारी के के सिंह": initials, then a family name
    for mention in analysis.mentions:
        if mention.last == index and any(t.kind in {"honorific", "office"} for t in mention.targets):
            return True
        if mention.first in {index + 1, index + 2} and mention.refs("person"):
            return True
    # जी जी शर्मा: before a word that is no function word. के के is the
    # commonest Hindi slip and needs the name itself.
    return not latin and word != fold("के") and following.key not in function_words


INFLECTED = regex.compile(r"(?:ing|ed|tion|sion|ment|ness|ity|ance|ence|ies|[^s]s)$")


def _inflected(key: str) -> bool:
    """A verb or noun form (discussing, allowed, reputation, supplies): no
    word the press doubles for emphasis, unlike strange strange or big big."""
    return len(key) > 4 and INFLECTED.search(key) is not None


def _opens_sentence(text: str, first: Token, second: Token) -> bool:
    """Does the double open a line or a sentence of running text (not a
    label's title after a colon, nor an exclamation: "Bonding Bonding...")?"""
    before = text[max(0, first.start - 3) : first.start].rstrip(" \t\u00a0")
    after = text[second.end : second.end + 1]
    return (not before or before.endswith(("\n", ".", "!", "?"))) and after not in {".", "!", "…", ","}


_KNOWN_KINDS = frozenset({"person", "place", "country", "organisation"})


def _names_something_known(page: _Page, analysis: Analysis, index: int) -> bool:
    """The first word is, or ends, a name the packs know that does not go on
    into the second (Karnataka Karnataka, Amarinder Amarinder Singh)."""
    ends, longer_starts = page.known_names(analysis)
    return index in ends or index + 1 in longer_starts


def _known_name(page: _Page, analysis: Analysis, index: int) -> bool:
    """Both words belong to one name the packs know."""
    return index in page.inside_names(analysis)


def _address(text: str, first: Token, second: Token) -> bool:
    """Part of a web address, handle or e-mail (pic pic.twitter.com,
    /pibmumbai pibmumbai@gmail.com): no word of the sentence."""
    return ((first.start > 0 and text[first.start - 1] in ADDRESS_BEFORE)
            or ADDRESS_AFTER.match(text, second.end) is not None)


def _romanised_hindi(analysis: Analysis, index: int, markers: frozenset[str]) -> bool:
    """The sentence around the double is romanised Hindi: two marker words
    in it, within SENTENCE_REACH words of the double; or the article is,
    with ARTICLE_MARKERS marker words in all, making ARTICLE_SHARE of its words."""
    tokens, bounds = analysis.tokens, analysis.sentences
    start = tokens[index].start
    at = bisect_right(bounds, start, key=lambda s: s.start) - 1
    if at < 0 or start >= bounds[at].end:
        return False
    sentence = bounds[at]
    window = tokens[max(0, index - SENTENCE_REACH) : index] + tokens[index + 2 : index + 2 + SENTENCE_REACH]
    found = {t.key for t in window if sentence.start <= t.start < sentence.end and t.key in markers}
    if len(found) >= 2:
        return True
    keys = tokens.keys
    return len(markers.intersection(keys)) >= ARTICLE_MARKERS and \
        sum(map(markers.__contains__, keys)) >= ARTICLE_SHARE * len(keys)


def _hindi_reduplication(key: str, following: Token | None, words: Words) -> bool:
    """A Hindi content word doubled by a reduplicating class or construction."""
    if key in words.reduplicating:
        return True
    if key.endswith(OBLIQUE_PLURAL_ENDINGS):
        return False  # लोगों लोगों
    if key.endswith(PARTICIPLE_ENDINGS):
        return True  # चलते चलते
    if VIRAMA not in key and len(DEVANAGARI_LETTER.findall(key)) <= SHORT_WORD_LETTERS:
        return True  # टप टप, धक धक, चल चल
    if key.endswith(INFLECTED_ENDINGS) and not key.endswith(NOT_INFLECTED_ENDING):
        return True  # बड़े बड़े, छोटी छोटी, नई नई
    # पीट पीट कर, मोहल्ले मोहल्ले में
    return following is not None and (following.key in CONJUNCTIVE
                                      or following.key in DISTRIBUTIVE_POSTPOSITIONS)


def _noun_then_verb(analysis: Analysis, index: int, key: str) -> bool:
    """Two words, one spelling: a noun then the modal ("his will will be
    read"), or the verb ending a free relative then the main verb ("what it
    is is a scam")."""
    tokens, text = analysis.tokens, analysis.article.text
    if key in MODAL_NOUNS:
        return index > 0 and tokens[index - 1].key in DETERMINERS
    if key not in FREE_RELATIVE_VERBS:
        return False
    for back in range(index - 1, max(-1, index - 1 - FREE_RELATIVE_REACH), -1):
        if not text[tokens[back].end : tokens[back + 1].start].isspace():
            return False  # punctuation: another clause
        if tokens[back].key in FREE_RELATIVES:
            return True
    return False


def _heading_glued(first: Token, second: Token) -> bool:
    """One of the two in capitals, the other not: a heading glued to the
    text (SARMA Sarma, Trump TRUMP)."""
    return (_case(first) == "capitals") != (_case(second) == "capitals")


def _case(token: Token) -> str:
    text = token.text
    if len(text) > 1 and text.isupper():
        return "capitals"
    return "title" if text[:1].isupper() else "lower"  # Devanagari: "lower"


# Hindi pairs a doubled relative with a doubled demonstrative: "जो जो ... वो वो", "जिस
# जिस ... उस उस", "जितना जितना ... उतना उतना", "जब जब ... तब तब".
RELATIVES = frozenset({"जो", "जिस", "जिन", "जिसे", "जिन्हें", "जितना", "जितने", "जितनी", "जैसे", "जैसा",
                       "जहां", "जहाँ", "जब",
                       # romanised: "Jis jis zile mein ..., us us zile mein ..."
                       "jo", "jis", "jin", "jise", "jinhe", "jitna", "jitne", "jitni", "jaise", "jahan"})
CORRELATIVES = frozenset({"वह", "वो", "वे", "उस", "उन", "उसे", "उन्हें", "उतना", "उतने", "उतनी", "वैसे",
                          "वैसा", "वहां", "वहाँ", "तब",
                          "woh", "wo", "vo", "us", "un", "use", "unhe", "utna", "utne", "utni", "waise",
                          "wahan"})
CORRELATIVE_REACH = 25  # words back to the doubled relative
# English function words that are Hindi words too when written in Latin letters ("are" for arre,
# "us" for that, "in" for these): doubled in a romanised Hindi sentence, Hindi's doubles
ROMANISED_HOMOGRAPHS = frozenset({"are", "us", "in"})


def _after_a_doubled_relative(keys: list[str], index: int) -> bool:
    """Is a relative doubled within CORRELATIVE_REACH words before `index`?"""
    start = max(0, index - CORRELATIVE_REACH)
    return any(keys[j] == keys[j + 1] and keys[j] in RELATIVES for j in range(start, index - 1))


# A verb's particle doubled by a preposition: "sworn in in Patna", "logged on on Monday".
PARTICLES = frozenset({"in", "on", "off", "over", "down", "through"})
PHRASAL_VERBS = frozenset({
    "swear", "log", "check", "move", "step", "fill", "hand", "turn", "sign", "carry", "pass", "switch",
    "call", "break", "set", "take", "give", "tune", "phase", "roll", "pull", "kick",
    "weigh", "chip", "cash", "drop", "plug", "join", "put", "get", "hold", "keep", "bring", "stand",
    "sit", "fall", "look", "pick", "back", "shut", "close", "sell", "buy", "pay", "wrap", "hang",
    "settle", "stay", "live", "lock", "write", "pour", "drag", "flood", "flow", "stream", "read",
    "run", "cut", "sort", "fight", "lay", "press", "wait",
})
IRREGULAR_FORMS = frozenset({
    "sworn", "swore", "took", "taken", "gave", "given", "got", "gotten", "held",
    "kept", "brought", "stood", "sat", "fell", "fallen", "broke", "broken", "sold", "bought", "paid",
    "hung", "wrote", "written", "ran", "fought", "laid", "shut", "cut", "set", "put", "read",
})
GOING_ON = frozenset({"go", "goes", "going", "went", "gone"})  # "go on" (carry on), before "on" a date


def _phrasal(word: str) -> bool:
    """Is the word a form of a verb that takes a particle (PHRASAL_VERBS)?"""
    if word in IRREGULAR_FORMS or word in PHRASAL_VERBS:
        return True
    if word.endswith(("ied", "ies")) and word[:-3] + "y" in PHRASAL_VERBS:
        return True  # carried, carries
    for ending in ("s", "es", "ed", "d", "ing", "ged", "ked", "ped", "ted", "ging", "king", "ping", "ting"):
        if word.endswith(ending) and (word[: -len(ending)] in PHRASAL_VERBS
                                      or word[: -len(ending)] + "e" in PHRASAL_VERBS):
            return True
    return False


# Function words that are participles too, with the words that make them
# function words: लिए is "for" after के, and "holding" elsewhere.
PARTICIPLES = {"लिए": frozenset({"के", "की", "का"})}
# After a participle, the passive's auxiliary: "लिए गए", "लिए जाने".
PASSIVE_AFTER = frozenset({"गए", "गई", "गये", "गयी", "जाते", "जाने", "जा", "जाएंगे", "जाएं", "हुए"})
# Words that say a doubled word is chanted: "chanted Modi Modi", "chants of Modi
# Modi", "मोदी मोदी के नारे".
CHANT_WORDS = frozenset({"chant", "chants", "chanted", "chanting", "shouted", "shouting", "shouts",
                         "slogan", "slogans", "cries", "cried", "नारा", "नारे", "नारों"})
CHANT_REACH = 3  # words between a chant's word and the doubled word


# "के रूप में", "के तौर पर" ("as ..."): after a doubled noun, the second is the role the
# phrase names, the first ends the words before it ("संयुक्त सचिव सचिव के रूप में काम करेंगे").
AS_A_ROLE = frozenset({("के", "रूप", "में"), ("के", "तौर", "पर")})


def _chanted(keys: list[str], index: int) -> bool:
    """Is the word doubled at `index` chanted: a CHANT_WORDS word within
    CHANT_REACH words before it or after its double?"""
    return not CHANT_WORDS.isdisjoint(keys[max(0, index - CHANT_REACH) : index]) or \
        not CHANT_WORDS.isdisjoint(keys[index + 2 : index + 2 + CHANT_REACH])


def check(analysis: Analysis, ctx: CheckContext) -> Iterator[Hit]:
    """The doubles, a run of one word written three or more times ("Joint Joint
    Joint Joint") as one hit across the run, whose fix leaves the word once."""
    text = analysis.article.text
    run: Hit | None = None
    for hit in _doubles(analysis, ctx):
        if run is not None and hit.start <= run.end + 1 and not text[run.end : hit.start].strip() and \
                _word(text, hit) == _word(text, run):
            kept = run if run.suggestion is not None or hit.suggestion is None else hit
            run = dataclasses.replace(kept, start=run.start, end=max(run.end, hit.end))
            continue
        if run is not None:
            yield run
        run = hit
    if run is not None:
        yield run


def _word(text: str, hit: Hit) -> str:
    return text[hit.start : hit.end].split()[0].casefold()


# Counts before a noun that Hindi does not inflect for the plural ("तीन जस्टिस")
COUNTED = frozenset({"दो", "तीन", "चार", "पांच", "पाँच", "छह", "सात", "आठ", "नौ", "दस", "दोनों", "तीनों", "चारों",
                     "सभी", "कई"})


# A wire agency's name opening a short line of its staff's names, which ends its copy
# ("भाषा अमित अमित मनीषा", "PTI AB CD")
AGENCY_CREDITS = frozenset({"भाषा", "वार्ता", "pti", "ians", "ani", "uni"})
CREDIT_WORDS = 6  # words of such a line at most


def _credit_line(text: str, at: int) -> bool:
    """Is the offset in a wire agency's credit line: its name, then a few staff names?"""
    line_start = text.rfind("\n", 0, at) + 1
    line_end = text.find("\n", at)
    words = text[line_start : line_end if line_end >= 0 else len(text)].split()
    return 1 < len(words) <= CREDIT_WORDS and words[0].casefold() in AGENCY_CREDITS


def _doubles(analysis: Analysis, ctx: CheckContext) -> Iterator[Hit]:
    words: Words = ctx.state
    text, tokens = analysis.article.text, analysis.tokens
    keys = tokens.keys
    page: _Page | None = None
    # the words written twice in a row, found in C passes over the keys
    for index in list(compress(count(), map(eq, keys, islice(keys, 1, None)))):
        first, second = tokens[index], tokens[index + 1]
        key = first.key
        if key in words.grammatical or key.isdigit():
            continue
        gap = text[first.end : second.start]
        across = False
        if gap not in {" ", "\u00a0"}:
            if LINE_BREAK.fullmatch(gap) is None or second.text[:1].isupper():
                continue  # punctuation, table columns, a new paragraph, sentence or heading
            across = True
        if first.start > 0 and text[first.start - 1] in "-‐–":
            continue  # the first is the end of a compound: "non-bank bank activities"
        if text[second.end : second.end + 1] in {"-", "‐"} and \
                text[second.end + 1 : second.end + 2].isalpha():
            continue  # the second begins a compound: "a fall in in-person talks", "on on-site visits"
        if _chanted(keys, index):
            continue  # "crowds chanted Modi Modi", "मोदी मोदी के नारे"
        if key in words.romanised_hindi:
            continue  # "will reopen dheere dheere", "ghar ghar": a Hindi word doubled as Hindi doubles it
        if _address(text, first, second) or _initials(analysis, index, words.function_words,
                                                      words.family_names):
            continue
        if len(key) == 1 and key.isascii() and key not in words.function_words:
            continue  # a lone letter, no word
        following = tokens[index + 2] if index + 2 < len(tokens) else None
        if key in PARTICLES and index > 0 and (_phrasal(keys[index - 1])
                                               or (key == "on" and keys[index - 1] in GOING_ON)):
            continue  # "sworn in in Patna", "logged on on Monday": a particle, then a preposition
        if key in CORRELATIVES and _after_a_doubled_relative(keys, index):
            continue  # "जो जो लक्ष्य तय किए, वो वो हासिल किए": each one who ..., that one
        if key in PARTICIPLES and (index == 0 or keys[index - 1] not in PARTICIPLES[key]
                                   or (following is not None and following.key in PASSIVE_AFTER)):
            # "झंडा लिए लिए": holding, doubled as participles are; "के लिए लिए गए कर्ज": "for",
            # then "taken"; a bare "के लिए लिए" is a slip
            continue
        if key in words.function_words:
            if _heading_glued(first, second):
                continue
            if key in ROMANISED_HOMOGRAPHS and _romanised_hindi(analysis, index, words.romanised_hindi):
                continue  # "Are are, ghar mein raho!", "us us zile mein": Hindi words in Latin letters
            if key in INTERJECTIONS and (following is None or text[second.end : following.start].strip()):
                continue  # जी जी, हम आएंगे: "yes, yes", before a pause
            if _noun_then_verb(analysis, index, key):
                continue  # his will will be read; what it is is a scam
            yield Hit(first.start, second.end, f"'{first.text}' is repeated", suggestion=first.text)
            continue
        page = page or _Page(text)
        if across and not page.wrapped:
            continue  # a line that ends a paragraph, caption or heading
        if _case(first) != _case(second):
            continue  # Trump TRUMP, Har har: a boundary or a phrase
        if page.in_short_quote(first.start, second.end):
            continue  # a title, chant or slogan
        if _credit_line(text, first.start):
            continue  # "भाषा जितेंद्र जितेंद्र सुरेश": a wire agency's staff by role, one in two roles
        if key in words.honorifics and index > 0 and (keys[index - 1] in COUNTED
                                                      or keys[index - 1].isdigit()):
            continue  # "तीन जस्टिस जस्टिस X, जस्टिस Y ...": three justices, then the first one's title
        if not first.text.isascii():
            if tuple(keys[index + 2 : index + 5]) in AS_A_ROLE:
                continue  # "संयुक्त सचिव सचिव के रूप में": the second begins "as secretary"
            if not _hindi_reduplication(key, following, words):
                yield Hit(first.start, second.end, f"'{first.text}' is repeated", suggestion=first.text)
            continue
        if _romanised_hindi(analysis, index, words.romanised_hindi):
            continue  # reduplication in romanised Hindi
        if page.in_speech(first.start, second.end) and not _inflected(key):
            continue  # emphasis in speech (a strange strange industry); an inflected form is none
        if first.text[:1].isupper():
            if (words.capitalised == "off" or key in words.doubled_names
                    or text[second.end : second.end + 1] == "-" or _known_name(page, analysis, index)):
                continue  # a name: Walla Walla, Boutros Boutros-Ghali
            if (page.lowercase_elsewhere(tokens, key) or _names_something_known(page, analysis, index)
                    or key in ctx.knowledge.place_words):
                # a common word ("Due Due to", "the Supreme Court Court") or a name the
                # packs know ("Karnataka Karnataka") doubled: no title or name doubles it
                yield Hit(first.start, second.end, f"'{first.text}' is repeated", suggestion=first.text)
                continue
            # a double the article writes again within a sentence is a name ("Abdullah
            # Abdullah took the oath. ... Ghani and Abdullah Abdullah signed"), wherever it stands
            again = page.doubled_elsewhere(tokens, index)
            opens = _opens_sentence(text, first, second) and not again
            if not page.alone_elsewhere(tokens, key) and not opens:
                continue  # a name or title made of the word doubled: Zhu Zhu, Kuch Kuch Hota Hai
            if not again and (page.phrase_elsewhere(tokens, index) or opens):
                # the article writes the same name once elsewhere ("the Supreme Court"), or a
                # sentence opens with a word the article also writes alone ("Planned Planned
                # investment"): doubled here, it is a slip
                yield Hit(first.start, second.end, f"'{first.text}' is repeated", suggestion=first.text)
                continue
            yield Hit(first.start, second.end,
                      f"'{first.text}' is repeated, or a name or title doubles it", severity="info")
            continue
        yield Hit(first.start, second.end, f"'{first.text}' is repeated", suggestion=first.text)


KIND = RuleKind(
    name="repetition",
    fixable=True,
    summary="The same word twice in a row, separated only by spaces or a line break.",
    explanation=(
        "Reports a word immediately repeated ('प्रमुख प्रमुख', 'के के', 'the the'), on one line or "
        "across a line break inside a paragraph. A doubled function word is always reported. "
        "Hindi doubles content words on purpose: participles (देखते देखते), inflected adjectives "
        "(बड़े बड़े), the 'reduplicating' lexicon (धीरे धीरे, घर घर, रात रात), a verb before कर (पीट "
        "पीट कर) and a noun before a locative postposition are not reported; an oblique plural "
        "(लोगों लोगों) is. English emphasis ('really really', 'long long'), doubles in speech or "
        "romanised Hindi, initials and acronyms (N N Vohra, आई आई टी), names and short quoted "
        "titles or chants are not reported; a capitalised double (Park Park) is an info without "
        "a fix. Hyphenated and comma-separated doubles are never reported, nor is a word "
        "before a compound it begins ('a fall in in-person talks'), a verb's particle before a "
        "preposition ('sworn in in Patna'), a chant ('chanted Modi Modi', 'मोदी मोदी के नारे') or a "
        "doubled correlative after its doubled relative ('जो जो ... वो वो', 'जितना जितना ... उतना "
        "उतना')."
    ),
    default_severity="warning",
    options=RepetitionOptions,
    prepare=prepare,
    check_article=check,
)
