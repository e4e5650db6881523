"""Claims: what the text asserts, as one record shape.

A claim has a subject (a person, a fact, an event), a relation, a value (an
office, a stated time), the time it is about with the expression that gave
it (timing.py), and the spans that support it. Readers turn an article's
mentions and dates into claims; each knowledge-backed rule kind brings its
reader (see checks/base.py, RuleKind.reads), and every check sees the claims
of all readers.
"""

from __future__ import annotations

import bisect
from collections.abc import Callable
from dataclasses import dataclass
from functools import cached_property

from . import framing
from .dates import DateExpr
from .knowledge import Knowledge
from .mentions import Mention
from .model import Article
from .text import Sentence, Token, Tokens
from .timing import ClaimTime, Timeline

__all__ = ["Claim", "ClaimTime", "ReadingContext"]

# Words of a correction notice: what it names is the mistake it corrects.
HONORIFIC_GAP = 4  # honorifics between a title (or a party's noun) and the name


@dataclass(frozen=True, slots=True)
class Claim:
    relation: str  # "holds-office", "fact-date", "event-date"
    subject: str  # a person, fact or event id
    # holds-office: the office id (None while several offices remain possible);
    # fact-date and event-date: the stated time, in pack form (2016, 2020-12)
    value: str | None
    # holds-office: the time the claim is about; fact-date, event-date: the stated time
    time: ClaimTime
    span: tuple[int, int]  # where a finding about it goes: the name, the stated date
    anchor: tuple[int, int]  # the words that make it a claim: the title, the fact's cue
    sentence: Sentence
    options: tuple[str, ...] = ()  # the values it may mean: candidate offices, facts sharing a cue
    marker: str = ""  # "former", "then" or "counterpart"
    depends_on: tuple[int, int] | None = None  # the span of the claim it was read from
    # holds-office: did the words name the office's country (or is it the home
    # country's, or the only country's)? An error needs this, and a certain time.
    office_certain: bool = True
    # The subject's name, where it is not `span` (member-of: the span is the party's name).
    name: tuple[int, int] | None = None

    @property
    def values(self) -> tuple[str, ...]:
        return (self.value,) if self.value else self.options


@dataclass
class ReadingContext:
    """What readers of claims see: the article and everything found in it so far."""

    article: Article
    knowledge: Knowledge
    tokens: Tokens
    sentences: list[Sentence]
    mentions: list[Mention]
    dates: list[DateExpr]
    timeline: Timeline
    def __post_init__(self) -> None:
        self.text = self.article.text
        self.keys = self.tokens.keys
        self._token_starts = self.tokens.starts

    # Indexes, built when a reader first asks: most articles make no claim.
    @cached_property
    def by_first(self) -> dict[int, Mention]:
        return {m.first: m for m in self.mentions}

    @cached_property
    def by_last(self) -> dict[int, Mention]:
        return {m.last - 1: m for m in self.mentions}

    @cached_property
    def _sentence_starts(self) -> list[int]:
        return [s.start for s in self.sentences]

    def corrects(self, sentence: Sentence) -> bool:
        """Is the sentence a correction, which names the wrong value it
        corrects ("An earlier version said the partnership began in 2006")?"""
        return framing.corrects(self.text, sentence)

    @cached_property
    def _reported(self) -> list[tuple[int, int]]:
        return framing.reported_spans(self.text, self.sentences)

    def reported(self, start: int, end: int) -> bool:
        """Are the words from start to end a claim the article reports to
        examine, not its own ("A viral post claims that ...", a quoted forward)?"""
        return framing.within(self._reported, start, end)

    def sentence_index(self, sentence: Sentence) -> int:
        """Where one of the article's sentences stands among them."""
        return bisect.bisect_left(self._sentence_starts, sentence.start)

    def sentence_of(self, offset: int) -> Sentence | None:
        index = bisect.bisect_right(self._sentence_starts, offset) - 1
        if index >= 0 and offset < self.sentences[index].end:
            return self.sentences[index]
        return None

    def first_token(self, sentence: Sentence) -> int:
        return bisect.bisect_left(self._token_starts, sentence.start)

    def tokens_of(self, sentence: Sentence) -> list[Token]:
        """The tokens that start in the sentence."""
        return self.tokens[self.tokens.within(sentence.start, sentence.end)]

    def keys_of(self, sentence: Sentence) -> list[str]:
        """The keys of the tokens that start in the sentence."""
        return self.keys[self.tokens.within(sentence.start, sentence.end)]

    def person_at(self, position: int, sentence: Sentence,
                  joined: Callable[[Token, Token, int], bool]) -> Mention | None:
        """A person named from the token at `position` on, after at most
        HONORIFIC_GAP honorifics, within the sentence; `joined(previous, token,
        honorifics so far)` says whether what stands between two words lets
        the name go on."""
        skipped = 0
        while position < len(self.tokens) and skipped <= HONORIFIC_GAP:
            token = self.tokens[position]
            if token.start >= sentence.end:
                return None
            if position > 0 and not joined(self.tokens[position - 1], token, skipped):
                return None
            mention = self.by_first.get(position)
            if mention is None:
                return None
            if mention.refs("person"):
                return mention
            if not any(t.kind == "honorific" for t in mention.targets):
                return None
            position, skipped = mention.last, skipped + 1
        return None
