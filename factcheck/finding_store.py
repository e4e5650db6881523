"""A run's findings kept on disk, an article's at a time.

Each article's findings are pickled by their values, compressed and put on
the run's TextShelf (an unnamed temporary file), and read back in turn: a run
of millions of articles holds none of them in memory while its report is
written. An article's text, which a finding's place works out its line,
column and text from, is kept once by the report; a stored finding names it
by number.
"""

from __future__ import annotations

import io
import pickle
import zlib
from array import array
from collections.abc import Collection, Iterator
from typing import Any

from .model import Finding
from .span import SourceText, TextShelf


def pack_findings(findings: list[Finding]) -> bytes:
    """Findings not yet placed in their article's text, compressed; unpack_findings gives them back."""
    return zlib.compress(pickle.dumps(findings, protocol=pickle.HIGHEST_PROTOCOL), 1)


def unpack_findings(packed: bytes) -> list[Finding]:
    findings: list[Finding] = pickle.loads(zlib.decompress(packed))
    return findings


class _Pickler(pickle.Pickler):
    def __init__(self, file: io.BytesIO, texts: FindingStore) -> None:
        super().__init__(file, protocol=pickle.HIGHEST_PROTOCOL)
        self._texts = texts

    def persistent_id(self, obj: Any) -> int | None:
        return self._texts.text_number(obj) if type(obj) is SourceText else None


class _Unpickler(pickle.Unpickler):
    def __init__(self, file: io.BytesIO, texts: list[SourceText]) -> None:
        super().__init__(file)
        self._texts = texts

    def persistent_load(self, pid: Any) -> SourceText:
        return self._texts[pid]


class FindingStore(Collection[Finding]):
    """Findings added an article's worth at a time, read back in the order
    they were added, each time afresh (a change made to one is not kept)."""

    def __init__(self, shelf: TextShelf) -> None:
        self._shelf = shelf
        self._numbers = array("q")  # the shelf's number for each article's findings, in turn
        self._count = 0
        self._texts: list[SourceText] = []
        self._text_numbers: dict[int, int] = {}  # id of a SourceText (each kept in _texts) -> its number

    def text_number(self, text: SourceText) -> int:
        number = self._text_numbers.get(id(text))
        if number is None:
            number = self._text_numbers[id(text)] = len(self._texts)
            self._texts.append(text)
        return number

    def add(self, findings: list[Finding]) -> None:
        if not findings:
            return
        buffer = io.BytesIO()
        _Pickler(buffer, self).dump(findings)
        self._numbers.append(self._shelf.put_packed(zlib.compress(buffer.getvalue(), 1)))
        self._count += len(findings)

    def __len__(self) -> int:
        return self._count

    def __iter__(self) -> Iterator[Finding]:
        for number in self._numbers:
            packed = zlib.decompress(self._shelf.get_packed(number))
            yield from _Unpickler(io.BytesIO(packed), self._texts).load()

    def __contains__(self, item: object) -> bool:
        return any(finding == item for finding in self)
