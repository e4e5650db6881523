"""The bundled packs, compiled once: the loaded and validated Rules (packs,
knowledge, gazetteer, each check's prepared state) pickled to a cache folder,
so that a fresh process starts without parsing and compiling them again.

An entry holds the path and SHA-256 of every pack file that was read, and is
used only while each of those files still has those bytes, for this
factcheck version and code (its modules' sizes and times of change), this
Python and the shipped rule kinds. Writing is atomic
(a temporary file, then a rename); an entry that cannot be read, or a folder
that cannot be written, is passed over silently: the packs are then loaded
as without a cache. Only a pack set that loaded cleanly is ever cached, so
pack errors are reported as ever.

Where: $FACTCHECK_CACHE_DIR, else $XDG_CACHE_HOME/factcheck, else
~/.cache/factcheck. FACTCHECK_NO_CACHE=1 turns it off.
"""

from __future__ import annotations

import dataclasses
import gc
import hashlib
import io
import os
import pickle
import sys
import tempfile
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, Any, cast

from .files import read_regular
from .yamlsource import PACK_LIMITS

if TYPE_CHECKING:
    from .rules import Rules

FORMAT = 1  # of an entry; raise it when what is pickled changes shape
_OFF = {"", "0", "false", "no", "off"}


def cache_dir() -> Path | None:
    """The folder compiled packs are kept in, or None when the cache is off."""
    if os.environ.get("FACTCHECK_NO_CACHE", "").strip().lower() not in _OFF:
        return None
    given = os.environ.get("FACTCHECK_CACHE_DIR")
    if given:
        return Path(given)
    xdg = os.environ.get("XDG_CACHE_HOME")
    base = Path(xdg) if xdg and os.path.isabs(xdg) else Path.home() / ".cache"
    return base / "factcheck"


def _digest(path: str) -> str | None:
    try:
        return hashlib.sha256(read_regular(path, PACK_LIMITS.max_chars)).hexdigest()
    except (OSError, ValueError):
        return None


def _code_stamp() -> list[tuple[str, int, int]]:
    """Each module of factcheck with its size and time of change: a checkout
    whose code changes (the same version) compiles its packs anew."""
    stamp = []
    root = Path(__file__).parent
    for folder, _, names in sorted(os.walk(root)):
        for name in sorted(names):
            if name.endswith(".py"):
                path = os.path.join(folder, name)
                info = os.stat(path)
                stamp.append((os.path.relpath(path, root), info.st_size, info.st_mtime_ns))
    return stamp


def _entry_path(folder: Path, top: list[str]) -> Path:
    from . import __version__

    header = repr((FORMAT, __version__, sys.version, sys.implementation.cache_tag, top, _code_stamp()))
    return folder / f"packs-{hashlib.sha256(header.encode()).hexdigest()[:32]}.pickle"


def _builtin_kinds_only() -> bool:
    from .checks import BUILTIN_KINDS, KINDS

    return KINDS.keys() == BUILTIN_KINDS.keys() and all(KINDS[k] is BUILTIN_KINDS[k] for k in KINDS)


# What pickle cannot name by itself: the pack model the registered kinds make
# (built at run time) and the kinds, which checks compare by identity.
def _pack_models() -> dict[str, type]:
    from .rules import registry

    model = registry().pack_format.model
    return {"pack": model, "lexicon": cast(type, model.model_fields["lexicon"].annotation)}


def _pack_model_instance(label: str, state: dict[str, Any]) -> Any:
    cls = _pack_models()[label]
    obj: Any = object.__new__(cls)
    obj.__setstate__(state)
    return obj


def _kind(name: str) -> Any:
    from .checks import BUILTIN_KINDS

    return BUILTIN_KINDS[name]


class _Pickler(pickle.Pickler):
    def __init__(self, file: io.BytesIO) -> None:
        super().__init__(file, protocol=pickle.HIGHEST_PROTOCOL)
        from .checks.base import RuleKind

        self._models = {cls: label for label, cls in _pack_models().items()}
        self._kind_type = RuleKind
        self._fields: dict[type, list[str] | None] = {}

    def reducer_override(self, obj: Any) -> Any:
        cls = type(obj)
        if cls in self._models:
            return _pack_model_instance, (self._models[cls], obj.__getstate__())
        if cls is self._kind_type:
            return _kind, (obj.name,)
        if cls not in self._fields:
            self._fields[cls] = _slotted_fields(cls)
        names = self._fields[cls]
        if names is None:
            return NotImplemented
        return cls, tuple(getattr(obj, name) for name in names)


def _slotted_fields(cls: type) -> list[str] | None:
    """A dataclass with slots unpickles through dataclasses.fields() per
    object, ten times slower than calling the class (and there are thousands):
    the fields to call it with, when that makes the same object."""
    if not dataclasses.is_dataclass(cls) or "__slots__" not in cls.__dict__ or hasattr(cls, "__post_init__"):
        return None
    fields = dataclasses.fields(cls)
    return [f.name for f in fields] if all(f.init for f in fields) else None


def _read(entry: Path) -> Rules | None:
    try:
        with open(entry, "rb") as handle:
            files = pickle.load(handle)
            if not isinstance(files, list) or not files or any(_digest(p) != d for p, d in files):
                return None
            enabled = gc.isenabled()
            gc.disable()  # millions of new objects: no point walking them while they are made
            try:
                rules = pickle.load(handle)
            finally:
                if enabled:
                    gc.enable()
    except Exception:  # noqa: BLE001 - a damaged or foreign entry is rebuilt, never an error
        return None
    from .rules import Rules

    return rules if isinstance(rules, Rules) else None


def _write(entry: Path, rules: Rules) -> None:
    files = [(p, _digest(p)) for p in rules.files]
    if any(d is None for _, d in files):
        return
    try:
        buffer = io.BytesIO()
        pickle.dump(files, buffer, protocol=pickle.HIGHEST_PROTOCOL)
        _Pickler(buffer).dump(rules)
    except Exception:  # noqa: BLE001 - what cannot be pickled is simply not cached
        return
    try:
        entry.parent.mkdir(parents=True, exist_ok=True)
        handle, temporary = tempfile.mkstemp(dir=entry.parent, prefix=".packs-", suffix=".tmp")
        try:
            with os.fdopen(handle, "wb") as out:
                out.write(buffer.getvalue())
            os.replace(temporary, entry)
        except BaseException:
            os.unlink(temporary)
            raise
    except OSError:  # a folder that cannot be written: no cache, same result
        return


def cached(top: list[str], bundled: Path, load: Callable[[], Rules]) -> Rules:
    """The Rules `load` makes from the packs `top` (the bundled ones, in
    the folder `bundled`): from the cache when an entry for them is current,
    else loaded and, when every file read lies in that folder, stored."""
    folder = cache_dir()
    if folder is None or not _builtin_kinds_only():
        return load()
    entry = _entry_path(folder, top)
    found = _read(entry)
    if found is not None:
        return found
    rules = load()
    inside = bundled.resolve()
    if all(Path(p).resolve().parent == inside for p in rules.files):
        _write(entry, rules)
    return rules
