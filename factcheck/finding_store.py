"""A run's findings kept on disk, an article's at a time.

Each article's findings are pickled by their values, compressed and put on
the run's TextShelf (an unnamed temporary file), and read back in turn: a run
of millions of articles holds none of them in memory while its report is
written. An article's text, which a finding's place works out its line,
column and text from, is kept once by the report, not with its findings:
they are placed in it again as they are read.
"""

from __future__ import annotations

import io
import pickle
import zlib
from array import array
from collections.abc import Collection, Iterator
from typing import Any

from .model import Finding
from .span import KeptTexts, SourceText, TextShelf


class _Pickler(pickle.Pickler):
    """Pickles findings without their article's text (a SourceText), which the report keeps."""

    def persistent_id(self, obj: Any) -> int | None:
        return 0 if type(obj) is SourceText else None


class _Unpickler(pickle.Unpickler):
    def persistent_load(self, pid: Any) -> None:
        return None


def pack_findings(findings: list[Finding]) -> bytes:
    """Findings by their values, compressed, without their articles' texts
    (placed or not); unpack_findings gives them back, not placed."""
    buffer = io.BytesIO()
    _Pickler(buffer, protocol=pickle.HIGHEST_PROTOCOL).dump(findings)
    return zlib.compress(buffer.getvalue(), 1)


def unpack_findings(packed: bytes) -> list[Finding]:
    findings: list[Finding] = _Unpickler(io.BytesIO(zlib.decompress(packed))).load()
    return findings


class FindingStore(Collection[Finding]):
    """Findings added an article's worth at a time, read back in the order
    they were added, each time afresh (a change made to one is not kept),
    and placed again in their articles' texts, `texts` by (path, article id)."""

    def __init__(self, shelf: TextShelf, texts: KeptTexts) -> None:
        self._shelf = shelf
        self._texts = texts
        self._numbers = array("q")  # the shelf's number for each article's findings, in turn
        self._count = 0

    def add(self, findings: list[Finding]) -> None:
        if not findings:
            return
        self._numbers.append(self._shelf.put_packed(pack_findings(findings)))
        self._count += len(findings)

    def __len__(self) -> int:
        return self._count

    def __iter__(self) -> Iterator[Finding]:
        held = self._texts.held
        for number in self._numbers:
            findings = unpack_findings(self._shelf.get_packed(number))
            for finding in findings:
                source = held.get((finding.path, finding.article))
                if isinstance(source, SourceText):
                    finding.locate(source)
                for related in finding.related:
                    source = held.get((related.path, related.article or finding.article))
                    if isinstance(source, SourceText):
                        related.locate(source)
            yield from findings

    def __contains__(self, item: object) -> bool:
        return any(finding == item for finding in self)
