"""One article, analysed: tokens, sentences, mentions, dates and claims.

This is a pure function of (article, compiled rules); the checks read it and
never change it.
"""

from __future__ import annotations

from dataclasses import dataclass

from .claims import ClaimBuilder, OfficeClaim, ValueClaim
from .dates import DateExpr, find_dates
from .knowledge import Knowledge
from .mentions import Gazetteer, Mention
from .model import Article
from .text import LineIndex, Sentence, Token, sentences, tokenize


@dataclass(frozen=True, slots=True)
class Analysis:
    article: Article
    tokens: list[Token]
    sentences: list[Sentence]
    mentions: list[Mention]
    dates: list[DateExpr]
    office_claims: list[OfficeClaim]
    value_claims: list[ValueClaim]
    lines: LineIndex

    def place(self, start: int, end: int) -> Place:
        line, column = self.lines.position(start)
        article = self.article
        return Place(article.path, article.id, start, end, line, column, article.text[start:end])


@dataclass(frozen=True, slots=True)
class Place:
    """A span in one article, with its line and column: compact enough to
    keep after the article itself is gone."""

    path: str
    article: str
    start: int
    end: int
    line: int
    column: int
    text: str


def analyse(article: Article, knowledge: Knowledge, gazetteer: Gazetteer) -> Analysis:
    text, begin = article.text, article.body_start
    tokens = tokenize(text, begin)
    bounds = sentences(text, begin)
    mentions = gazetteer.scan(text, tokens)
    dates = find_dates(text, begin, len(text), article.date, article.language, tokens)
    builder = ClaimBuilder(knowledge, text, tokens, bounds, mentions, dates, article.date)
    value_claims = builder.value_claims()
    taken = {c.expr.start for c in value_claims if c.kind == "fact"}
    office_claims = builder.office_claims(taken)
    return Analysis(
        article, tokens, bounds, mentions, dates, office_claims, value_claims, LineIndex(text)
    )
