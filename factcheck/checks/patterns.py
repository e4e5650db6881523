"""Per-language regular expressions for the text rule kinds: compiled once
with `regex` (Unicode-correct word boundaries in Devanagari).

Findings never depend on time, load or threads: a pattern whose work can
grow exponentially (a repeated group that itself repeats, as in (a+)+, or
overlapping alternatives under a repetition, as in (a|aa)+: see
regex_safety) is refused when the pack loads; the others run with the interpreter lock
released, under a generous time limit that only a runaway pattern reaches,
and one that does fails its article as an input (PatternTimeout), never as a
finding that comes and goes."""

from __future__ import annotations

import functools
from collections.abc import Iterable, Iterator

import regex

from ..analysis import Analysis
from .base import Options
from .options import option

ANY_LANGUAGE = "any"


class TextRuleOptions(Options):
    """Options every text rule kind has."""

    ignore_case: bool = option(False, description="match regardless of case")
    timeout_ms: int = option(5000, ge=1, description="time limit per pattern and article; an "
                                                     "article a pattern cannot finish in it fails (as "
                                                     "an input, never a finding)")


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


@functools.lru_cache(maxsize=1024)
def exponential_risk(pattern: str, ignore_case: bool = False) -> str | None:
    """Why a valid pattern can take exponential time on some text, or None."""
    from . import regex_safety  # only packs being read need it, not a run from the compiled cache

    try:
        return regex_safety.exponential_risk(pattern, ignore_case)
    except regex_safety.TooComplex:
        return ("is too complex for factcheck to show that it cannot take exponential time on "
                "some text; split it into simpler patterns")
    except (regex_safety.Unreadable, ValueError):  # syntax the reading does not know
        risky = nested_repetition(pattern)
        if risky is None:
            return None
        return (f"the group {risky!r} repeats a repetition, which can take exponential time on "
                "some text; repeat its content once, e.g. (a+)+ -> a+")


def compile_pattern(pattern: str, ignore_case: bool = False) -> regex.Pattern[str]:
    """Compile or raise ValueError with the reason (the pack loader reports it
    at the pattern's line)."""
    try:
        compiled = regex.compile(pattern, regex.IGNORECASE if ignore_case else 0)
    except regex.error as exc:
        raise ValueError(f"{pattern!r} is not a valid regular expression: {exc}") from None
    except RecursionError:
        raise ValueError(f"{pattern!r}: groups nested too deep to compile; refused") from None
    risk = exponential_risk(pattern, ignore_case)
    if risk is not None:
        raise ValueError(f"{pattern!r}: {risk}")
    return compiled


GROUP_REFERENCE = regex.compile(r"\\(?:g<([^>]*)>|(g)|([1-9][0-9]?)(?![0-7])|[0-7]{3}|.)", regex.S)


def replacement_problem(compiled: regex.Pattern[str], replacement: str) -> str | None:
    """What is wrong with a replacement's references to the pattern's groups
    (\\2, \\g<name>) that the pattern lacks, or None."""
    for match in GROUP_REFERENCE.finditer(replacement):
        name, bare_g, number = match.groups()
        if bare_g:
            return f"the replacement {replacement!r} has \\g without <group>"
        if name is None and number is None:
            continue
        ref = name if name is not None else number
        if ref.isdigit() and int(ref) <= compiled.groups or ref in compiled.groupindex:
            continue
        names = "".join(f", {n!r}" for n in sorted(compiled.groupindex))
        has = f"{compiled.groups} group{'s' if compiled.groups != 1 else ''}{names}"
        return (f"the replacement {replacement!r} refers to group {ref!r}, which the pattern "
                f"{compiled.pattern!r} does not have (it has {has})")
    return None


Location = tuple[str | int, ...]


def check_patterns(entries: Iterable[tuple[Location, str, str | None]], ignore_case: bool) -> None:
    """Every pattern compiled and read for exponential time, and every
    replacement's group references checked; raises a ValidationError naming
    each bad entry at its own place (`patterns.en[2]`, `swap.en.<pattern>`)."""
    from pydantic import ValidationError  # only packs being read check their patterns
    from pydantic_core import InitErrorDetails, PydanticCustomError

    errors: list[InitErrorDetails] = []
    for loc, pattern, replacement in entries:
        try:
            compiled = compile_pattern(pattern, ignore_case)
        except ValueError as exc:
            problem: str | None = str(exc)
        else:
            problem = replacement_problem(compiled, replacement) if replacement is not None else None
        if problem is not None:
            errors.append(InitErrorDetails(type=PydanticCustomError("pattern", "{problem}",
                                                                    {"problem": problem}),
                                           loc=loc, input=pattern))
    if errors:
        raise ValidationError.from_exception_data("options", errors)


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
