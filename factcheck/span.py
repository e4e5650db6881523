"""Where something is: one compact text range, and the article text that turns
a range into a line, a column and the text it marks when a report is shown.

Checks and the engine pass spans around; nothing works out a line or copies
the marked text until a report is output (like ruff's TextRange and its
source file's line index)."""

from __future__ import annotations

from dataclasses import dataclass

from .text import LineIndex


@dataclass(frozen=True, slots=True)
class Span:
    """Code points [start, end) of one article's original text; the article
    is (path, article id), as a JSON Lines file holds many."""

    path: str
    article: str
    start: int
    end: int

    @property
    def source(self) -> tuple[str, str]:
        """The article the span is in: two story.txt in two folders are two."""
        return self.path, self.article


@dataclass(frozen=True, slots=True)
class RelatedSpan:
    """Another place a finding rests on, and what that place names."""

    span: Span
    message: str


class SourceText:
    """An article's text as a report keeps it: `text` as read (a lone CR is a
    line break there, at the same offsets) and, only when it differs, the
    `original` the spans' text comes from. Line starts are found on first use."""

    __slots__ = ("text", "original", "_lines")

    def __init__(self, text: str, original: str | None = None) -> None:
        self.text = text
        self.original = None if original is None or original is text or original == text else original
        self._lines: LineIndex | None = None

    def position(self, offset: int) -> tuple[int, int]:
        """The 1-based line and column of `offset`, in code points."""
        if self._lines is None:
            self._lines = LineIndex(self.text)
        return self._lines.position(offset)

    def marked(self, start: int, end: int) -> str:
        """The text [start, end) as the file has it."""
        return (self.original if self.original is not None else self.text)[start:end]

    def __eq__(self, other: object) -> bool:
        if not isinstance(other, SourceText):
            return NotImplemented
        return self is other or (self.text == other.text and self.original == other.original)

    def __hash__(self) -> int:
        return hash(self.text)

    def __reduce__(self) -> tuple[type[SourceText], tuple[str, str | None]]:
        return SourceText, (self.text, self.original)
