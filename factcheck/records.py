"""What the compiled knowledge keeps of the packs' entities, offices and
facts: plain frozen records with the fields of their pack specs (see
packs.py, where each field is documented), made once the packs are read, so
that knowledge loaded from the cache holds no pydantic model."""

from __future__ import annotations

from dataclasses import dataclass, fields
from typing import Any, Self

from .timevalue import TimeValue

Names = dict[str, list[str]]


class _Record:
    __slots__ = ()

    @classmethod
    def of(cls, spec: Any) -> Self:
        """The record of a spec (or of another record), field by field."""
        return cls(**{f.name: getattr(spec, f.name) for f in fields(cls)})  # type: ignore[arg-type]


@dataclass(frozen=True, slots=True)
class Entity(_Record):
    id: str
    type: str
    names: Names
    aliases: Names
    demonyms: Names
    country: str | None
    date: TimeValue | None
    context: list[str]
    wikidata: str | None
    description: str | None


@dataclass(frozen=True, slots=True)
class Office(_Record):
    id: str
    names: Names
    aliases: Names
    country: str | None
    organisation: str | None
    role: str | None
    single_holder: bool
    derive_titles: bool
    description: str | None


@dataclass(frozen=True, slots=True)
class Fact(_Record):
    id: str
    value: TimeValue
    cues: Names
    subjects: list[str]
    context: list[str]
    description: str | None
    source: str | None
