"""consistency: one article, one spelling of a name."""

from __future__ import annotations

from collections.abc import Iterator

import regex

from ..analysis import Analysis
from .base import CheckContext, Hit, RuleKind
from .options import option, validates
from .patterns import TextRuleOptions, for_language, matches

EDGE = r"(?<![\p{L}\p{M}\p{Nd}])"
END = r"(?![\p{L}\p{M}\p{Nd}])"


class ConsistencyOptions(TextRuleOptions):
    variants: dict[str, list[list[str]]] = option(
        min_length=1,
        description="per language (or 'any' for every language), groups of two or more literal "
                    "spellings of one thing, matched at word boundaries; an article should use one "
                    "spelling of each group",
    )

    @validates("variants")
    def _groups(cls, value: dict[str, list[list[str]]]) -> dict[str, list[list[str]]]:
        for groups in value.values():
            for group in groups:
                if len(group) < 2:
                    raise ValueError("each group needs at least two spellings")
        return value


def prepare(ctx: CheckContext) -> dict[str, list]:
    options: ConsistencyOptions = ctx.options
    flags = regex.IGNORECASE if options.ignore_case else 0
    compiled: dict[str, list] = {}
    for lang, groups in options.variants.items():
        for group in groups:
            ordered = sorted(group, key=len, reverse=True)  # "Viet Nam" before "Viet"
            alternation = "|".join(f"(?P<v{group.index(v)}>{regex.escape(v)})" for v in ordered)
            compiled.setdefault(lang, []).append(
                (regex.compile(f"{EDGE}(?:{alternation}){END}", flags), group))
    return compiled


# A spelling that a newspaper's, airline's or company's name goes on with.
IN_A_NAME = regex.compile(r"[ \t]+(?:News|Daily|Times|Post|Herald|Express|Today|Television|Radio|Airlines|"
                          r"Airways|Bank|Group|Corporation|Company|Agency|Journal|Review|Mail)\b")


def check(analysis: Analysis, ctx: CheckContext) -> Iterator[Hit]:
    options: ConsistencyOptions = ctx.options
    text = analysis.article.text
    for pattern, group in for_language(ctx.state, analysis.article.language):
        if not options.ignore_case and sum(variant in text for variant in group) < 2:
            continue  # a finding needs two spellings of the group, and these are literal
        chosen: str | None = None
        for match in matches(pattern, analysis, options.timeout_ms):
            if IN_A_NAME.match(text, match.end()):
                continue  # "the Viet Nam News daily": the paper's name, not the article's spelling
            variant = group[int((match.lastgroup or "v0")[1:])]
            if chosen is None:
                chosen = variant
            elif variant != chosen:
                yield Hit(match.start(), match.end(),
                          f"'{match.group()}' is spelt '{chosen}' earlier in this article",
                          suggestion=chosen)


def patterns(options: ConsistencyOptions) -> list[str]:
    return []  # literal spellings: the bad examples show that the group is used


KIND = RuleKind(
    name="consistency",
    summary="An article that spells one thing two ways.",
    explanation=(
        "Each language lists groups of spellings of one thing ('Vietnam' / 'Viet Nam'; "
        "'Rajnath Singh' / 'Raj Nath Singh'). The first spelling an article uses is its "
        "spelling; every later use of another spelling of the group is reported, with the "
        "first as the suggestion. Spellings are literal text matched at word boundaries; one "
        "that a newspaper's or company's name goes on with ('the Viet Nam News daily') is that "
        "name's, not the article's."
    ),
    default_severity="warning",
    options=ConsistencyOptions,
    prepare=prepare,
    check_article=check,
    patterns=patterns,
)
