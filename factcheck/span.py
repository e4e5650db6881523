"""Where something is: one compact text range, and the article text that turns
a range into a line, a column and the text it marks when a report is shown.

Checks and the engine pass spans around; nothing works out a line or copies
the marked text until a report is output (like ruff's TextRange and its
source file's line index)."""

from __future__ import annotations

import os
import threading
import zlib
from array import array
from collections import OrderedDict
from collections.abc import Iterator, MutableMapping
from dataclasses import dataclass
from typing import Any, ClassVar

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
    `original` the spans' text comes from. A report may keep thousands, so
    they are kept compressed, on a `shelf` (a temporary file) when one is
    given, and unpacked when a line, column or excerpt is read; the last few
    unpacked stay at hand (a report's findings come article by article), and
    so do their line starts, found on first use."""

    __slots__ = ("_shelf", "_packed", "_packed_original", "_unpacked", "_lines")
    AT_HAND = 8
    _at_hand: ClassVar[OrderedDict[int, SourceText]] = OrderedDict()

    def __init__(self, text: str, original: str | None = None, shelf: TextShelf | None = None) -> None:
        self._shelf = shelf
        self._packed = self._put(text)
        differs = original is not None and original is not text and original != text
        self._packed_original = self._put(original) if differs and original is not None else None
        self._unpacked: tuple[str, str | None] | None = (text, original if differs else None)
        self._lines: LineIndex | None = None
        self._hold()

    def _put(self, text: str) -> bytes | int:
        return pack_text(text) if self._shelf is None else self._shelf.put(text)

    def _get(self, packed: bytes | int) -> str:
        if isinstance(packed, int):
            assert self._shelf is not None
            return self._shelf.get(packed)
        return unpack_text(packed)

    def _hold(self) -> None:
        """Keep this one's unpacked text at hand, and let the oldest go."""
        at_hand = SourceText._at_hand
        at_hand.pop(id(self), None)  # and in again, as the newest (no look-up another thread can break)
        at_hand[id(self)] = self
        while len(at_hand) > SourceText.AT_HAND:
            try:
                oldest = at_hand.popitem(last=False)[1]
            except KeyError:  # emptied by another thread meanwhile
                break
            if oldest is not self:
                oldest._unpacked = oldest._lines = None  # the line starts are found again with the text

    def _texts(self) -> tuple[str, str | None]:
        unpacked = self._unpacked
        if unpacked is None:
            original = self._packed_original
            unpacked = (self._get(self._packed), None if original is None else self._get(original))
            self._unpacked = unpacked
        self._hold()
        return unpacked

    @property
    def text(self) -> str:
        return self._texts()[0]

    @property
    def original(self) -> str | None:
        return self._texts()[1]

    def position(self, offset: int) -> tuple[int, int]:
        """The 1-based line and column of `offset`, in code points."""
        lines = self._lines
        if lines is None:
            lines = self._lines = LineIndex(self.text)  # reading the text holds it at hand
        else:
            self._hold()
        return lines.position(offset)

    def marked(self, start: int, end: int) -> str:
        """The text [start, end) as the file has it."""
        text, original = self._texts()
        return (original if original is not None else text)[start:end]

    def __eq__(self, other: object) -> bool:
        if not isinstance(other, SourceText):
            return NotImplemented
        return self is other or self._texts() == other._texts()

    def __hash__(self) -> int:
        return hash(self._texts())

    def __reduce__(self) -> tuple[type[SourceText], tuple[str, str | None]]:
        return SourceText, self._texts()


class TextShelf:
    """Texts of one run, compressed (pack_text), so that a run of millions of
    articles does not hold their texts in memory: the first IN_MEMORY bytes
    in memory, then all in a temporary file that has no name (nothing is left
    behind, however the run ends; a short run makes none). `put` gives a
    number that `get` takes; both are safe from several threads. Where no
    temporary file can be made, the texts stay in memory."""

    IN_MEMORY = 1 << 18

    def __init__(self) -> None:
        self._lock = threading.Lock()
        self._places = array("q")  # offset and length of each text in the file, or -1 and its place in memory
        self._end = 0  # of the file
        self._in_memory: list[bytes] = []
        self._held = 0  # bytes in memory
        self._file: Any = None
        self._writable = True  # until no file can be made or written

    def put(self, text: str) -> int:
        return self.put_packed(pack_text(text))

    def get(self, number: int) -> str:
        return unpack_text(self.get_packed(number))

    def put_packed(self, packed: bytes) -> int:
        """Bytes kept as they are given (already compressed): a number `get_packed` takes."""
        with self._lock:
            number = len(self._places) // 2
            if self._file is not None and self._writable and self._write(packed):
                self._places.extend((self._end, len(packed)))
                self._end += len(packed)
                return number
            self._in_memory.append(packed)
            self._places.extend((-1, len(self._in_memory) - 1))
            self._held += len(packed)
            if self._held > self.IN_MEMORY and self._writable:
                self._spill()
            return number

    def _write(self, packed: bytes) -> bool:
        try:
            os.pwrite(self._file.fileno(), packed, self._end)
            return True
        except OSError:  # the disk is full: the rest stay in memory
            self._writable = False
            return False

    def _spill(self) -> None:
        """The texts in memory moved to a new temporary file."""
        import tempfile

        try:
            self._file = tempfile.TemporaryFile(prefix="factcheck-texts-")  # noqa: SIM115 (lives as long as the shelf)
        except OSError:
            self._writable = False
            return
        places = self._places
        for at in range(0, len(places), 2):
            if places[at] < 0:
                packed = self._in_memory[places[at + 1]]
                if not self._write(packed):
                    return  # what is not yet moved stays in memory
                places[at], places[at + 1] = self._end, len(packed)
                self._end += len(packed)
        self._in_memory, self._held = [], 0

    def get_packed(self, number: int) -> bytes:
        with self._lock:  # a spill moves texts from memory to the file
            offset, length = self._places[2 * number], self._places[2 * number + 1]
            if offset < 0:
                return self._in_memory[length]
        return os.pread(self._file.fileno(), length, offset)


def pack_text(text: str) -> bytes:
    """Text compressed (a report keeps thousands); unpack_text gives it back exactly."""
    return zlib.compress(text.encode("utf-8", "surrogatepass"), 1)


def unpack_text(packed: bytes) -> str:
    return zlib.decompress(packed).decode("utf-8", "surrogatepass")


class KeptTexts(MutableMapping[tuple[str, str], str]):
    """Article texts by (path, article id), as a report keeps them: each read
    as a str, held as a SourceText (compressed) when one was given."""

    def __init__(self) -> None:
        self._held: dict[tuple[str, str], str | SourceText] = {}

    @property
    def held(self) -> dict[tuple[str, str], str | SourceText]:
        """The texts as held: a SourceText where one was given."""
        return self._held

    def __getitem__(self, key: tuple[str, str]) -> str:
        held = self._held[key]
        return held if isinstance(held, str) else held.text

    def __setitem__(self, key: tuple[str, str], value: str | SourceText) -> None:
        self._held[key] = value

    def __delitem__(self, key: tuple[str, str]) -> None:
        del self._held[key]

    def __iter__(self) -> Iterator[tuple[str, str]]:
        return iter(self._held)

    def __len__(self) -> int:
        return len(self._held)

    def __contains__(self, key: object) -> bool:
        return key in self._held

    def update(self, other: Any = (), /, **named: str) -> None:
        """As dict.update; another KeptTexts's texts are taken as they are held, not unpacked."""
        if isinstance(other, KeptTexts):
            self._held.update(other._held)
        else:
            super().update(other, **named)
