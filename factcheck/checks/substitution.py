"""substitution: a form that has a preferred replacement."""

from __future__ import annotations

from collections.abc import Iterator

from ..analysis import Analysis
from .base import CheckContext, Hit, RuleKind
from .options import option, validates
from .patterns import TextRuleOptions, check_patterns, compile_pattern, for_language, matches


class SubstitutionOptions(TextRuleOptions):
    swap: dict[str, dict[str, str]] = option(
        min_length=1,
        description="per language (or 'any' for every language), a regular expression mapped to "
                    "its preferred form; `\\1` and `\\g<name>` refer to groups (a group the pattern "
                    "lacks is a pack error at the pattern's line)",
    )

    @validates()
    def _compiles(self) -> SubstitutionOptions:
        check_patterns([(("swap", lang, pattern), pattern, replacement)
                        for lang, pairs in self.swap.items()
                        for pattern, replacement in pairs.items()], self.ignore_case)
        return self


def prepare(ctx: CheckContext) -> dict[str, list]:
    options: SubstitutionOptions = ctx.options
    return {lang: [(compile_pattern(p, options.ignore_case), replace) for p, replace in pairs.items()]
            for lang, pairs in options.swap.items()}


def check(analysis: Analysis, ctx: CheckContext) -> Iterator[Hit]:
    options: SubstitutionOptions = ctx.options
    for pattern, replace in for_language(ctx.state, analysis.article.language):
        for match in matches(pattern, analysis, options.timeout_ms):
            preferred = match.expand(replace)
            if preferred == match.group():
                continue
            yield Hit(match.start(), match.end(),
                      f"write '{preferred}', not '{match.group()}'", suggestion=preferred)


def patterns(options: SubstitutionOptions) -> list[str]:
    return [p for pairs in options.swap.values() for p in pairs]


KIND = RuleKind(
    name="substitution",
    fixable=True,
    summary="A form that has a preferred replacement, reported with the replacement.",
    explanation=(
        "Each language maps regular expressions to the preferred form ('Indo-Pacific "
        "Ocean's Initiative' → 'Indo-Pacific Oceans' Initiative'). Every match whose "
        "replacement differs from what is written is reported with the replacement as the "
        "suggestion."
    ),
    default_severity="warning",
    options=SubstitutionOptions,
    prepare=prepare,
    check_article=check,
    patterns=patterns,
)
