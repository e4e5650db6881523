"""repetition: the same word twice in a row.

Whether a doubled word is a slip depends on its word class. A doubled
function word (के के, में में, the the, to to) always is. Hindi doubles
content words on purpose (reduplication: धीरे धीरे, घर घर, अलग अलग, देखते
देखते), so a doubled Hindi word is not reported when it belongs to a class
that reduplicates: the imperfective participle (-ते, -ती), or the
`reduplicating` lexicon of adverbs, adjectives and nouns (extendable per
pack). English allows a few grammatical doubles (had had, that that).
Initials doubled before a name (के के शैलजा, K K Singh) are not slips. A
capitalised double is a slip (Armed Armed Forces, Jack Jack Gill) unless
names double that word (Walla Walla, Boutros Boutros-Ghali: the
`doubled_names` lexicon, a hyphen after it) or the packs know the name.
"""

from __future__ import annotations

from collections.abc import Iterator

from pydantic import Field

from ..analysis import Analysis
from ..text import fold
from .base import CheckContext, Hit, Options, RuleKind

DEFAULT_GRAMMATICAL = {
    "en": ["had", "that", "bye", "very", "no", "yes", "so", "ha", "shri", "sri", "win"],
}
DEFAULT_FUNCTION_WORDS = {
    "hi": ["के", "का", "की", "को", "में", "ने", "से", "पर", "तक", "और", "या", "कि", "तो", "भी", "ही",
           "है", "हैं", "था", "थे", "थी", "वाला", "वाले", "वाली", "जबकि", "लेकिन", "परंतु", "एवं",
           "तथा", "व", "यह", "वह", "ये", "वे", "इस", "उस", "इन", "उन", "द्वारा", "लिए"],
    "en": ["the", "a", "an", "of", "to", "in", "on", "at", "by", "for", "and", "or", "but", "is",
           "are", "was", "were", "has", "have", "it", "its", "with", "from", "as", "this", "be"],
}
DEFAULT_REDUPLICATING = {
    "hi": [
        # adverbs
        "धीरे", "जल्दी", "कभी", "कहीं", "बार", "करीब", "लगभग", "ठीक", "साफ", "जोर", "बीच", "पास",
        "आगे", "पीछे", "ऊपर", "नीचे", "अंदर", "बाहर", "कम", "ज्यादा", "थोड़ा", "थोड़ी", "बहुत",
        "रोज", "हर", "सुबह", "शाम", "सच", "चुप", "जैसे", "साथ",
        # adjectives
        "अलग", "सही", "बड़े", "बड़ी", "छोटे", "छोटी", "नए", "नई", "पुराने", "तेज", "कई", "एक", "दो",
        "अपने", "अपनी", "ऊंचे", "लंबे", "अच्छे", "अच्छी", "गरम", "ताजा", "हरे", "भरे", "खाली",
        # nouns used distributively
        "घर", "गांव", "शहर", "देश", "कोने", "पल", "दिन", "साल", "जगह", "तरह", "समय", "बात", "हाथ",
        "गली", "कदम", "राज्य", "जिले", "बूंद", "रग", "कण",
        # pronouns and question words that reduplicate
        "कौन", "क्या", "किस", "जिस", "जो", "कुछ", "कोई", "ज्यों",
    ],
}
# Names and words that are a word said twice: not slips when capitalised and doubled.
DEFAULT_DOUBLED_NAMES = {
    "en": ["boutros", "walla", "bora", "pago", "sing", "baden", "dum", "duran", "talk", "mahi",
           "tora", "can", "yo", "bye", "ylang", "cous", "chop", "hush", "tom", "bonga", "kuala",
           "wagga", "baba", "sri", "shri", "jai", "dhan", "bam", "bar", "no", "night", "hari",
           "ram", "radhe", "bol", "chak", "mayday", "aye"],
}
PARTICIPLE_ENDINGS = ("ते", "ती")  # देखते देखते, होते होते, चलते चलते
# The letters' names, as Hindi writes initials: के के शैलजा (K. K. Shailaja).
LETTER_NAMES = frozenset(["के", "एस", "एम", "जी", "पी", "आर", "बी", "डी", "ए", "सी", "एन", "टी", "वी", "एल",
                          "एच", "यू", "जे", "एफ"])


class RepetitionOptions(Options):
    grammatical: dict[str, list[str]] = Field(
        default_factory=lambda: DEFAULT_GRAMMATICAL,
        description="words whose doubling is grammar (had had), per language")
    function_words: dict[str, list[str]] = Field(
        default_factory=lambda: DEFAULT_FUNCTION_WORDS,
        description="function words: doubled, always reported (के के, the the), per language")
    reduplicating: dict[str, list[str]] = Field(
        default_factory=lambda: DEFAULT_REDUPLICATING,
        description="content words a language doubles on purpose (धीरे धीरे, घर घर), per language")
    doubled_names: dict[str, list[str]] = Field(
        default_factory=lambda: DEFAULT_DOUBLED_NAMES,
        description="capitalised words that names double (Walla Walla, Bora Bora, Sri Sri), "
                    "per language; names in the packs are never reported either")


def _words(groups: dict[str, list[str]]) -> frozenset[str]:
    return frozenset(fold(w) for words in groups.values() for w in words)


def _initials(analysis: Analysis, index: int, function_words: frozenset[str]) -> bool:
    """Doubled initials of a name: a letter's name (K, के) after a title or
    honorific, or before a known name (मंत्री के के शैलजा, श्री के के सिंह)."""
    tokens = analysis.tokens
    word = tokens[index].key
    if not (word in LETTER_NAMES or (len(word) == 1 and word.isalpha())):
        return False
    following = tokens[index + 2] if index + 2 < len(tokens) else None
    if following is None or following.key in function_words:
        return False
    for mention in analysis.mentions:
        if mention.last == index and any(t.kind in {"honorific", "office"} for t in mention.targets):
            return True
        if mention.first == index + 2 and mention.refs("person"):
            return True
    return False


def prepare(ctx: CheckContext) -> tuple[frozenset[str], ...]:
    options: RepetitionOptions = ctx.options
    return (_words(options.grammatical), _words(options.function_words), _words(options.reduplicating),
            _words(options.doubled_names))


def _known_name(analysis: Analysis, index: int) -> bool:
    """Both words belong to one name the packs know."""
    return any(m.first <= index and index + 2 <= m.last for m in analysis.mentions)


def check(analysis: Analysis, ctx: CheckContext) -> Iterator[Hit]:
    grammatical, function_words, reduplicating, doubled_names = ctx.state
    text, tokens = analysis.article.text, analysis.tokens
    for index, (first, second) in enumerate(zip(tokens, tokens[1:], strict=False)):
        key = first.key
        if key != second.key or key in grammatical or key.isdigit():
            continue
        gap = text[first.end : second.start]
        if gap not in {" ", "\u00a0"}:
            continue  # another line, punctuation between, or table columns
        if _initials(analysis, index, function_words):
            continue
        if first.start > 0 and text[first.start - 1] in "-‐–":
            continue  # the first is the end of a compound: "non-bank bank activities"
        if key not in function_words:
            if not first.text.isascii() and (key in reduplicating or key.endswith(PARTICIPLE_ENDINGS)):
                continue  # Hindi reduplication
            if first.text[:1].isupper() and (
                    key in doubled_names or text[second.end : second.end + 1] == "-"
                    or _known_name(analysis, index)):
                continue  # a name: Walla Walla, Boutros Boutros-Ghali
        yield Hit(first.start, second.end, f"'{first.text}' is repeated", suggestion=first.text)


KIND = RuleKind(
    name="repetition",
    fixable=True,
    summary="The same word twice in a row, separated only by spaces.",
    explanation=(
        "Reports a word immediately repeated on the same line ('प्रमुख प्रमुख', 'के के', 'the "
        "the'). A doubled function word is always reported. Hindi doubles content words on "
        "purpose: a participle in -ते/-ती (देखते देखते) or a word of the 'reduplicating' lexicon "
        "(धीरे धीरे, घर घर, अलग अलग) is not reported; neither are grammatical doubles ('had "
        "had', 'that that'), doubled initials before a name (के के शैलजा) or a name like Boutros "
        "Boutros-Ghali. Hyphenated and comma-separated doubles are never reported."
    ),
    default_severity="warning",
    options=RepetitionOptions,
    prepare=prepare,
    check_article=check,
)
