"""Packs as a run holds them: which packs were read and where, and the pack
sections and lexicon parts rule kinds bring. The models a pack must match
are packs.py's, imported when packs are read or documented: a check whose
packs come from the compiled cache needs none of them."""

from __future__ import annotations

import importlib
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from .timevalue import TimeValue
from .yamlsource import Located


def _model(model: type[Any] | str) -> type[Any]:
    """A model given as itself or as "module:Class" (imported when first asked for)."""
    if isinstance(model, str):
        module, name = model.split(":")
        found: type[Any] = getattr(importlib.import_module(module), name)
        return found
    return model


@dataclass(frozen=True)
class Section:
    """A pack section a rule kind brings (party memberships): its key, the
    model of one entry (a pydantic model, or "module:Class" naming one, so
    that registering the kind imports no pydantic), and the fields of an
    entry that name an entity or office of the loaded packs, with what they
    must name."""

    name: str
    item: type[Any] | str
    description: str
    # (field, "person" | "organisation" | "country" | "place" | "event" | "any" | "office")
    references: tuple[tuple[str, str], ...] = ()
    # Its entries have an `id` unique with those of entities, offices and other such sections.
    ids: bool = False
    # Builds the kind's index of the knowledge from every pack's entries, each
    # with its pack's as_of; the knowledge's own entities and offices are ready.
    index: Callable[[list[tuple[Any, TimeValue | None]], Any], Any] | None = None

    def item_model(self) -> type[Any]:
        return _model(self.item)


@dataclass(frozen=True)
class LexiconPart:
    """A group of words a rule kind reads, which its kind brings to the
    lexicon (`lexicon.membership`): its key, its model (or "module:Class")
    and what it is."""

    name: str
    model: type[Any] | str
    description: str

    def model_class(self) -> type[Any]:
        return _model(self.model)


@dataclass(frozen=True)
class PackFormat:
    """How packs are read: the model a pack must match (packs.PackSpec, with
    the sections of the registered kinds), and what more to say about a pack
    that does not (its checks' kinds and options, read raw)."""

    model: type[Any]
    more_problems: Callable[[Located], list[str]] | None = None


@dataclass
class LoadedPack:
    spec: Any  # a PackSpec (packs.py) or one with the registered kinds' sections
    source: Located

    def section(self, name: str) -> list[Any]:
        """The entries of a section a rule kind brings (none when the pack's format lacks it)."""
        return list(getattr(self.spec, name, []))


@dataclass
class PackSet:
    """The packs of one run, includes resolved, in load order."""

    packs: list[LoadedPack] = field(default_factory=list)

    @property
    def files(self) -> list[str]:
        return [p.source.file for p in self.packs]


@dataclass(frozen=True)
class PackRef:
    """A pack to read, and the folder whose tree (files.in_tree) its includes,
    and theirs, must stay in."""

    path: Path
    tree: Path


def default_pack_path() -> Path:
    """The bundled default pack: inside the installed package, or in the
    source tree's rules/ when running from a checkout."""
    package = Path(__file__).resolve().parent  # importlib.resources' answer for a package on disk
    installed = package / "bundled_rules" / "default.yaml"
    if installed.is_file():
        return installed
    return package.parent / "rules" / "default.yaml"


def lexicon_pack_path() -> Path:
    """The base lexicon, loaded with every set of packs."""
    return default_pack_path().parent / "lexicon.yaml"
