"""Per-language regular expressions for the text rule kinds: compiled once
with `regex` (Unicode-correct word boundaries in Devanagari), run with a time
limit per pattern so that a pathological pattern cannot stall a run."""

from __future__ import annotations

from collections.abc import Iterator

import regex
from pydantic import Field

from ..analysis import Analysis
from .base import Hit, Options

ANY_LANGUAGE = "any"


class TextRuleOptions(Options):
    """Options every text rule kind has."""

    ignore_case: bool = Field(False, description="match regardless of case")
    timeout_ms: int = Field(100, ge=1, description="time limit per pattern and article")


def compile_pattern(pattern: str, ignore_case: bool = False) -> regex.Pattern[str]:
    """Compile or raise ValueError with the reason (the pack loader reports it
    at the option's line)."""
    try:
        return regex.compile(pattern, regex.IGNORECASE if ignore_case else 0)
    except regex.error as exc:
        raise ValueError(f"{pattern!r} is not a valid regular expression: {exc}") from None


def for_language(groups: dict[str, list], language: str) -> list:
    return [*groups.get(ANY_LANGUAGE, []), *groups.get(language, [])]


def matches(
    pattern: regex.Pattern[str], analysis: Analysis, timeout_ms: int, timeouts: list[Hit]
) -> Iterator[regex.Match[str]]:
    """Non-empty matches in the article body. A pattern that runs out of time
    adds one hit to `timeouts` instead of stalling or vanishing silently."""
    article = analysis.article
    try:
        for match in pattern.finditer(article.text, article.body_start, timeout=timeout_ms / 1000):
            if match.end() > match.start():
                yield match
    except TimeoutError:
        timeouts.append(Hit(
            article.body_start, article.body_start,
            f"pattern {pattern.pattern!r} ran out of time ({timeout_ms} ms) on this article; "
            "it was not fully checked",
            severity="warning",
        ))
