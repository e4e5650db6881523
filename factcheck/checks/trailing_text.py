"""trailing-text: text at the end of an article that is not about its subject
(headlines of other stories pasted after the article, as in the Hindi seed)."""

from __future__ import annotations

from collections.abc import Iterator

from pydantic import Field

from ..analysis import Analysis
from ..text import Sentence
from .base import CheckContext, Hit, Options, RuleKind

TERMINATORS = (".", "।", "॥", "!", "?", ")")
CLOSERS = " \t\r\n\"'”’»/*"
SIGN_OFF_WORDS = 4  # closing lines with fewer words are sign-offs (NB/AKJ/OA, *****)
SUBJECT_KINDS = frozenset({"person", "country", "organisation", "place", "event", "term",
                           "office", "fact"})
DEFAULT_STOPWORDS = {
    "en": ["the", "and", "for", "with", "that", "this", "from", "was", "were", "has", "have",
           "had", "are", "its", "their", "his", "her", "also", "which", "who", "will", "been",
           "said", "not", "but", "into", "between", "both", "two"],
    "hi": ["के", "की", "का", "को", "में", "से", "ने", "और", "है", "हैं", "था", "थी", "थे", "पर",
           "लिए", "कि", "यह", "ये", "वह", "भी", "एक", "बाद", "साथ", "बीच", "तक", "कर", "किया",
           "गया", "गई", "दिया", "करने", "करेंगे", "सकते", "वाली", "वाले", "बात", "कही", "रूप"],
}


class TrailingTextOptions(Options):
    lede_sentences: int = Field(2, ge=1, description="how many opening sentences define the "
                                                     "article's subject")
    min_words: int = Field(8, ge=1, description="a shorter unterminated ending (a sign-off) "
                                                "is not judged")
    max_shared: float = Field(0.25, ge=0, le=1, description="a closing passage sharing more "
                                                            "than this share of its words with "
                                                            "the article is related")
    stopwords: dict[str, list[str]] = Field(
        default_factory=lambda: DEFAULT_STOPWORDS,
        description="words that say nothing about the subject, per language",
    )


def _subject(analysis: Analysis, sentence: Sentence) -> set[str]:
    return {
        t.ref for m in analysis.mentions if sentence.start <= m.start < sentence.end
        for t in m.targets if t.kind in SUBJECT_KINDS
    }


def _is_word(key: str) -> bool:
    """A word of running text, not a sign-off code, number or URL part."""
    return len(key) > 1 and not key.isdigit() and (
        not key.isascii() or (key.isalpha() and len(key) > 3))


def _without_sign_off(analysis: Analysis, last: Sentence) -> Sentence | None:
    """The last sentence without the short lines that close press releases."""
    text, end = analysis.article.text, last.end
    while end > last.start:
        line_start = max(text.rfind("\n", last.start, end) + 1, last.start)
        words = [t for t in analysis.tokens if line_start <= t.start < end]
        line = text[line_start:end].strip()
        if len(words) >= SIGN_OFF_WORDS and any(ch.isspace() for ch in line):
            break  # a line of running text, not initials run together (NB/AKJ/OA)
        end = max(line_start - 1, last.start)
    return Sentence(last.start, end) if end > last.start else None


def check(analysis: Analysis, ctx: CheckContext) -> Iterator[Hit]:
    options: TrailingTextOptions = ctx.options
    text, sentences = analysis.article.text, analysis.sentences
    lede = options.lede_sentences
    if len(sentences) <= lede + 1:
        return
    tail = _without_sign_off(analysis, sentences[-1])
    if tail is None or text[tail.start:tail.end].rstrip(CLOSERS).endswith(TERMINATORS):
        return  # the article ends with a complete sentence of its own
    subject = set().union(*(_subject(analysis, s) for s in sentences[:lede]))
    if not subject or _subject(analysis, tail) & subject:
        return  # nothing known of the subject, or the tail names it
    stop = {w for words in options.stopwords.values() for w in words}

    def words(start: int, end: int) -> set[str]:
        return {t.key for t in analysis.tokens
                if start <= t.start < end and t.key not in stop and _is_word(t.key)}

    own = words(tail.start, tail.end)
    if len(own) < options.min_words:
        return
    shared = len(own & words(analysis.article.body_start, tail.start)) / len(own)
    if shared > options.max_shared:
        return
    yield Hit(tail.start, tail.end,
              "the article ends with text unrelated to its subject: it follows the last "
              f"complete sentence, names nothing its opening names, and shares {shared:.0%} "
              "of its words with the article; was something pasted after it?")


KIND = RuleKind(
    name="trailing-text",
    summary="Text at the end of an article that is not about the article's subject.",
    explanation=(
        "The subject of an article is what the packs recognise in its opening sentences "
        "(people, offices, countries, events, facts). Text after the article's last "
        "complete sentence that names none of the subject and shares few of its words with "
        "the article is reported: other stories' headlines pasted after the article, as at "
        "the end of the Hindi seed. Articles that end with a complete sentence, short "
        "endings such as sign-offs, and articles whose opening names nothing the packs know "
        "are not judged."
    ),
    default_severity="warning",
    options=TrailingTextOptions,
    check_article=check,
)
