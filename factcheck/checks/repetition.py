"""repetition: the same word twice in a row."""

from __future__ import annotations

from collections.abc import Iterator

from pydantic import Field

from ..analysis import Analysis
from .base import CheckContext, Hit, Options, RuleKind

# Hindi doubles many words on purpose (धीरे धीरे, अलग अलग); English a few.
DEFAULT_ALLOWED = {
    "en": ["had", "that", "is", "bye", "very", "no", "yes", "so", "win", "shri", "sri", "ha"],
    "hi": ["धीरे", "अलग", "साथ", "बार", "कभी", "जगह", "घर", "एक", "बड़े", "छोटे", "कई",
           "दो", "तरह", "अपने", "जल्दी", "पास", "बीच", "थोड़ा", "रोज", "हर", "कौन", "क्या",
           "कहीं", "जो", "ज्यों", "बहुत", "सुबह", "गांव", "शहर", "देश", "तेज", "नए", "चलते",
           "समय", "कुछ", "किस", "जिस", "उस", "इस", "दिन", "धीरे", "श्री"],
}


class RepetitionOptions(Options):
    allowed: dict[str, list[str]] = Field(
        default_factory=lambda: DEFAULT_ALLOWED,
        description="words that may be repeated on purpose, per language",
    )


def check(analysis: Analysis, ctx: CheckContext) -> Iterator[Hit]:
    allowed = {w.lower() for words in ctx.options.allowed.values() for w in words}
    text, tokens = analysis.article.text, analysis.tokens
    for first, second in zip(tokens, tokens[1:], strict=False):
        if first.key != second.key or first.key in allowed or first.key.isdigit():
            continue
        gap = text[first.end : second.start]
        if gap.strip() or "\n" in gap:
            continue
        if first.text[:1].isupper() and second.text[:1].isupper() and first.text.isascii():
            continue  # Boutros Boutros-Ghali, table headings
        yield Hit(
            first.start, second.end,
            f"'{first.text}' is repeated",
            suggestion=first.text,
        )


KIND = RuleKind(
    name="repetition",
    summary="The same word twice in a row, separated only by spaces.",
    explanation=(
        "Reports a word immediately repeated on the same line ('प्रमुख प्रमुख', 'the the'). "
        "Words doubled on purpose, as Hindi does (धीरे धीरे), are listed per language in the "
        "option 'allowed'; hyphenated or comma-separated doubles, and capitalised Latin "
        "doubles (Boutros Boutros-Ghali), are never reported."
    ),
    default_severity="warning",
    options=RepetitionOptions,
    check_article=check,
)
