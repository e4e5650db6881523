"""existence: a phrase that must not appear."""

from __future__ import annotations

from collections.abc import Iterator

from ..analysis import Analysis
from .base import CheckContext, Hit, RuleKind
from .options import option, validates
from .patterns import TextRuleOptions, check_patterns, compile_pattern, for_language, matches


class ExistenceOptions(TextRuleOptions):
    patterns: dict[str, list[str]] = option(
        min_length=1,
        description="regular expressions per language ('any' for every language)",
    )
    message: str = option("'{match}' should not appear here",
                          description="the message; {match} is the text found")
    suggestion: str | None = option(None, description="what to write instead, if anything")

    @validates()
    def _compiles(self) -> ExistenceOptions:
        check_patterns([(("patterns", lang, index), pattern, None)
                        for lang, patterns in self.patterns.items()
                        for index, pattern in enumerate(patterns)], self.ignore_case)
        return self


def prepare(ctx: CheckContext) -> dict[str, list]:
    options: ExistenceOptions = ctx.options
    return {lang: [compile_pattern(p, options.ignore_case) for p in patterns]
            for lang, patterns in options.patterns.items()}


def check(analysis: Analysis, ctx: CheckContext) -> Iterator[Hit]:
    options: ExistenceOptions = ctx.options
    for pattern in for_language(ctx.state, analysis.article.language):
        for match in matches(pattern, analysis, options.timeout_ms):
            yield Hit(match.start(), match.end(), options.message.replace("{match}", match.group()),
                      suggestion=options.suggestion)


def patterns(options: ExistenceOptions) -> list[str]:
    return [p for group in options.patterns.values() for p in group]


KIND = RuleKind(
    name="existence",
    summary="A phrase that must not appear.",
    explanation=(
        "Reports every match of the given regular expressions, per language, as Vale's "
        "existence rules do: banned words, house-style slips, boilerplate that must not be "
        "published. Patterns are compiled with the `regex` package, so \\b and look-arounds "
        "respect Devanagari combining marks; each pattern has a time limit per article."
    ),
    default_severity="warning",
    options=ExistenceOptions,
    prepare=prepare,
    check_article=check,
    patterns=patterns,
)
