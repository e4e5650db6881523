"""JSON written in pieces: the document json.dumps(value, ensure_ascii=False,
indent=2) writes, byte for byte, with each `Items` list made and written one
item at a time, so that a report of a million findings or inputs is never
one structure in memory."""

from __future__ import annotations

import json
from collections.abc import Iterable, Iterator
from typing import Any

INDENT = "  "


class Items:
    """A list whose items are made as the document is written."""

    __slots__ = ("items",)

    def __init__(self, items: Iterable[Any]) -> None:
        self.items = items


def pieces(value: Any, level: int = 0) -> Iterator[str]:
    """`value` as json.dumps writes it `level` lists or objects deep, in pieces."""
    pad = "\n" + INDENT * level
    if isinstance(value, Items):
        opened = False
        for item in value.items:
            yield ("," if opened else "[") + pad + INDENT
            opened = True
            yield from pieces(item, level + 1)
        yield pad + "]" if opened else "[]"
    elif isinstance(value, dict) and _streams(value):
        separator = "{"
        for key, item in value.items():
            yield f"{separator}{pad}{INDENT}{json.dumps(key, ensure_ascii=False)}: "
            separator = ","
            yield from pieces(item, level + 1)
        yield pad + "}"
    elif isinstance(value, list) and _streams(value):
        separator = "["
        for item in value:
            yield f"{separator}{pad}{INDENT}"
            separator = ","
            yield from pieces(item, level + 1)
        yield pad + "]"
    else:
        yield json.dumps(value, ensure_ascii=False, indent=len(INDENT)).replace("\n", pad)


def _streams(value: Any) -> bool:
    """Whether `value` holds an Items anywhere."""
    if isinstance(value, Items):
        return True
    if isinstance(value, dict):
        return any(map(_streams, value.values()))
    if isinstance(value, list):
        return any(map(_streams, value))
    return False
