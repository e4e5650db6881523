"""Per-language regular expressions for the text rule kinds: compiled once
with `regex` (Unicode-correct word boundaries in Devanagari).

Findings never depend on time, load or threads: a pattern whose work can
grow exponentially (a repeated group that itself repeats, as in (a+)+) is
refused when the pack loads; the others run with the interpreter lock
released, under a generous time limit that only a runaway pattern reaches,
and one that does fails its article as an input (PatternTimeout), never as a
finding that comes and goes."""

from __future__ import annotations

from collections.abc import Iterator

import regex
from pydantic import Field

from ..analysis import Analysis
from .base import Options

ANY_LANGUAGE = "any"


class TextRuleOptions(Options):
    """Options every text rule kind has."""

    ignore_case: bool = Field(False, description="match regardless of case")
    timeout_ms: int = Field(5000, ge=1, description="time limit per pattern and article; an "
                                                    "article a pattern cannot finish in it fails")


class PatternTimeout(Exception):
    """A pattern that could not finish on an article within its time limit."""


UNBOUNDED = regex.compile(r"[*+]|\{\d*,\}")


def nested_repetition(pattern: str) -> str | None:
    r"""The first group that repeats without bound and holds a repetition
    without bound itself ((a+)+, (\w*\s?)*): its text, or None."""
    stack: list[tuple[int, bool]] = []  # each open group: its start, whether it repeats inside
    i, escaped, in_class = 0, False, False
    while i < len(pattern):
        ch = pattern[i]
        if escaped:
            escaped = False
        elif ch == "\\":
            escaped = True
        elif in_class:
            in_class = ch != "]"
        elif ch == "[":
            in_class = True
            if pattern[i + 1 : i + 2] == "]":
                i += 1
        elif ch == "(":
            stack.append((i, False))
        elif ch == ")" and stack:
            start, repeats_inside = stack.pop()
            after = UNBOUNDED.match(pattern, i + 1)
            if after and repeats_inside:
                return pattern[start : after.end()]
            if stack and (repeats_inside or after):
                stack[-1] = (stack[-1][0], True)
        elif UNBOUNDED.match(pattern, i) and stack:
            stack[-1] = (stack[-1][0], True)
        i += 1
    return None


def compile_pattern(pattern: str, ignore_case: bool = False) -> regex.Pattern[str]:
    """Compile or raise ValueError with the reason (the pack loader reports it
    at the option's line)."""
    risky = nested_repetition(pattern)
    if risky is not None:
        raise ValueError(f"{pattern!r}: the group {risky!r} repeats a repetition, which can take "
                         "exponential time on some text; repeat its content once, e.g. (a+)+ -> a+")
    try:
        return regex.compile(pattern, regex.IGNORECASE if ignore_case else 0)
    except regex.error as exc:
        raise ValueError(f"{pattern!r} is not a valid regular expression: {exc}") from None


def for_language(groups: dict[str, list], language: str) -> list:
    return [*groups.get(ANY_LANGUAGE, []), *groups.get(language, [])]


def matches(pattern: regex.Pattern[str], analysis: Analysis, timeout_ms: int
            ) -> Iterator[regex.Match[str]]:
    """Non-empty matches in the article body. Raises PatternTimeout when the
    pattern cannot finish in time: the article then fails, as an input."""
    article = analysis.article
    try:
        for match in pattern.finditer(article.text, article.body_start, timeout=timeout_ms / 1000,
                                      concurrent=True):
            if match.end() > match.start():
                yield match
    except TimeoutError:
        raise PatternTimeout(f"the pattern {pattern.pattern!r} could not finish within "
                             f"{timeout_ms} ms on this article, so it was not checked") from None
