"""The bundled packs, compiled once: the loaded and validated Rules (packs,
knowledge, gazetteer, each check's prepared state) pickled to a cache folder,
so that a fresh process starts without parsing and compiling them again.

An entry holds the path and SHA-256 of every pack file that was read, then
the Rules, then, in a section of their own unpickled when first asked for,
the parts a check does not use (Later: the packs as read). It is used only
while each of those files still has those bytes, for this factcheck version
and code (its modules' sizes and times of change), this Python and the
shipped rule kinds. Writing is atomic (a temporary file,
then a rename); an entry that cannot be read, or a folder that cannot be
written, is passed over silently: the packs are then loaded as without a
cache. Only a pack set that loaded cleanly is ever cached, so pack errors
are reported as ever.

Where: $FACTCHECK_CACHE_DIR, else $XDG_CACHE_HOME/factcheck, else
~/.cache/factcheck. FACTCHECK_NO_CACHE=1 turns it off. An entry is a
pickle, which can run code: only entries this user owns and no one else may
write are read, and the folder belongs outside any checkout a pull request
can write to.
"""

from __future__ import annotations

import dataclasses
import gc
import hashlib
import io
import os
import pickle
import sys
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from pathlib import Path
from typing import Any, BinaryIO, Generic, TypeVar

from .files import read_regular
from .yamlsource import PACK_LIMITS

Loaded = TypeVar("Loaded")
Value = TypeVar("Value")

FORMAT = 3  # of an entry; raise it when what is pickled changes shape
_HEAP_TYPE = 1 << 9  # Py_TPFLAGS_HEAPTYPE: a class made by a class statement
_OFF = {"", "0", "false", "no", "off"}


def cache_dir() -> Path | None:
    """The folder compiled packs are kept in, or None when the cache is off."""
    if os.environ.get("FACTCHECK_NO_CACHE", "").strip().lower() not in _OFF:
        return None
    given = os.environ.get("FACTCHECK_CACHE_DIR")
    if given:
        return Path(given)
    xdg = os.environ.get("XDG_CACHE_HOME")
    if xdg and os.path.isabs(xdg):
        return Path(xdg) / "factcheck"
    try:
        return Path.home() / ".cache" / "factcheck"
    except (RuntimeError, KeyError):  # no home to be found: no cache
        return None


def _trusted(handle: BinaryIO) -> bool:
    """An entry is code to Python's pickle: only one this user owns, which
    no other user may write, is read."""
    if not hasattr(os, "getuid"):  # Windows: the user's profile folder guards it
        return True
    info = os.fstat(handle.fileno())
    return info.st_uid == os.getuid() and not info.st_mode & 0o022


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
    # factcheck's version (the package is imported before any of its modules)
    version = getattr(sys.modules.get(__package__ or ""), "__version__", "")
    header = repr((FORMAT, version, sys.version, sys.implementation.cache_tag, top, _code_stamp()))
    return folder / f"packs-{hashlib.sha256(header.encode()).hexdigest()[:32]}.pickle"


@dataclass(frozen=True)
class Shared:
    """What an entry names instead of holding: objects used by identity (the
    rule kinds, which checks compare with `is`) and classes made at run time
    (the pack model of the registered kinds), which pickle cannot name."""

    objects: Mapping[str, object]
    classes: Mapping[str, type]


class Later(Generic[Value]):
    """A part of a cached object that its use seldom needs (the packs as
    read, for authoring and the rule guide; a check needs none of it): an
    entry keeps it in a section of its own, unpickled when first asked for,
    so that a fresh process does not make its objects to start. Made with
    its value, or (`reading`) with how to read it."""

    __slots__ = ("_read", "_value")

    def __init__(self, value: Value) -> None:
        self._value: Value | None = value
        self._read: Callable[[], Value] | None = None

    @classmethod
    def reading(cls, read: Callable[[], Value]) -> Later[Value]:
        later: Later[Value] = cls(None)  # type: ignore[arg-type]
        later._read = read
        return later

    def get(self) -> Value:
        if self._read is not None:
            self._value, self._read = self._read(), None
        return self._value  # type: ignore[return-value]

    def __reduce__(self) -> tuple[type[Later[Value]], tuple[Value]]:
        return Later, (self.get(),)  # to a worker process, whole


class _Pickler(pickle.Pickler):
    def __init__(self, file: io.BytesIO, shared: Shared) -> None:
        super().__init__(file, protocol=pickle.HIGHEST_PROTOCOL)
        self._objects = {id(obj): name for name, obj in shared.objects.items()}
        self._classes = {cls: name for name, cls in shared.classes.items()}
        self._plans: dict[type, list[str] | bool] = {}  # per class: _plan(cls)
        self.later: list[Any] = []  # the values of the Later parts met, pickled after the rest
        self._later_places: dict[int, int] = {}  # a Later part's place in it, by id

    def persistent_id(self, obj: Any) -> Any:
        if type(obj) is Later:
            place = self._later_places.get(id(obj))
            if place is None:
                place = self._later_places[id(obj)] = len(self.later)
                self.later.append(obj.get())
            return ("later", place)
        if id(obj) in self._objects:
            return ("object", self._objects[id(obj)])
        if type(obj) in self._classes:
            return ("instance", self._classes[type(obj)], obj.__getstate__())
        return None

    def reducer_override(self, obj: Any) -> Any:
        cls = type(obj)
        plan = self._plans.get(cls)
        if plan is None:
            plan = self._plans[cls] = _plan(cls)
        if isinstance(plan, list):
            return cls, tuple(getattr(obj, name) for name in plan)
        if plan:
            return _new, (cls,), dict(obj.__dict__), None, None, _set_attributes
        return NotImplemented


class _Unpickler(pickle.Unpickler):
    def __init__(self, file: BinaryIO, shared: Shared) -> None:
        super().__init__(file)
        self._shared = shared
        self.rest = b""  # the entry's bytes after this pickle: its Later parts
        self._later: list[Any] | None = None
        self._parts: dict[int, Later[Any]] = {}  # one Later object for each

    def _later_part(self, index: int) -> Any:
        if self._later is None:
            self._later = _Unpickler(io.BytesIO(self.rest), self._shared).load()
        return self._later[index]

    def persistent_load(self, pid: Any) -> Any:
        if pid[0] == "later":
            part = self._parts.get(pid[1])
            if part is None:
                part = self._parts[pid[1]] = Later.reading(lambda: self._later_part(pid[1]))
            return part
        if pid[0] == "object":
            return self._shared.objects[pid[1]]
        obj: Any = object.__new__(self._shared.classes[pid[1]])
        obj.__setstate__(pid[2])
        return obj


def _plan(cls: type) -> list[str] | bool:
    """How an object of the class is pickled: called with the fields it
    lists, set attribute by attribute (True), or the default way (False)."""
    fields = _slotted_fields(cls)
    return fields if fields is not None else _plain_instance(cls)


def _plain_instance(cls: type) -> bool:
    """An object pickled the default way whose attributes live in its
    __dict__. Unpickled the default way, its __dict__ is filled as a dict,
    which leaves Python's fast attribute reads (inline values, shared keys)
    for a dictionary lookup on every read: in per-article code that reads
    such objects, a few per cent of all the work. Set attribute by attribute,
    it is laid out as when it was made."""
    if issubclass(cls, type) or getattr(cls, "__dictoffset__", 0) == 0:
        return False
    if cls.__reduce_ex__ is not object.__reduce_ex__ or cls.__reduce__ is not object.__reduce__:
        return False
    if getattr(cls, "__getstate__", None) is not getattr(object, "__getstate__", None):
        return False
    return (not hasattr(cls, "__setstate__") and cls.__new__ is object.__new__
            and not _slots_or_builtin_base(cls))


def _slots_or_builtin_base(cls: type) -> bool:
    """Slots, or a built-in base (a dict or list subclass holds more than
    its attributes)."""
    return any("__slots__" in klass.__dict__ or not klass.__flags__ & _HEAP_TYPE
               for klass in cls.__mro__[:-1])


def _new(cls: type) -> Any:
    return object.__new__(cls)


def _set_attributes(obj: object, state: dict[str, Any]) -> None:
    for name, value in state.items():
        object.__setattr__(obj, name, value)


def _slotted_fields(cls: type) -> list[str] | None:
    """A dataclass with slots unpickles through dataclasses.fields() per
    object, ten times slower than calling the class (and there are thousands):
    the fields to call it with, when that makes the same object."""
    if not dataclasses.is_dataclass(cls) or "__slots__" not in cls.__dict__ or hasattr(cls, "__post_init__"):
        return None
    fields = dataclasses.fields(cls)
    return [f.name for f in fields] if all(f.init for f in fields) else None


def _read(entry: Path, shared: Shared, kind: type[Loaded]) -> Loaded | None:
    try:
        with open(entry, "rb") as handle:
            if not _trusted(handle):
                return None
            files = pickle.load(handle)
            if not isinstance(files, list) or not files or any(_digest(p) != d for p, d in files):
                return None
            enabled = gc.isenabled()
            gc.disable()  # a great many new objects: no point walking them while they are made
            try:
                unpickler = _Unpickler(handle, shared)
                loaded = unpickler.load()
                unpickler.memo.clear()  # a reference to every object it made: the Later parts need none
                unpickler.rest = handle.read()  # read now: the file may be replaced before it is used
            finally:
                if enabled:
                    gc.enable()
    except Exception:  # noqa: BLE001 - a damaged or foreign entry is rebuilt, never an error
        return None
    return loaded if isinstance(loaded, kind) else None


def _write(entry: Path, loaded: Any, files_read: list[str], shared: Shared) -> None:
    files = [(p, _digest(p)) for p in files_read]
    if any(d is None for _, d in files):
        return
    try:
        buffer = io.BytesIO()
        pickle.dump(files, buffer, protocol=pickle.HIGHEST_PROTOCOL)
        pickler = _Pickler(buffer, shared)
        pickler.dump(loaded)
        _Pickler(buffer, shared).dump(pickler.later)
    except Exception:  # noqa: BLE001 - what cannot be pickled is simply not cached
        return
    try:
        entry.parent.mkdir(parents=True, exist_ok=True)
        import tempfile  # only a load that writes an entry needs it

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


def cached(top: list[str], bundled: Path, load: Callable[[], Loaded], kind: type[Loaded],
           files: Callable[[Loaded], list[str]], shared: Shared) -> Loaded:
    """What `load` makes (a `kind`) from the packs `top`, the bundled ones in
    the folder `bundled`: from the cache when an entry for them is current,
    else loaded and, when every file it read (`files`) lies in that folder,
    stored."""
    folder = cache_dir()
    if folder is None:
        return load()
    entry = _entry_path(folder, top)
    found = _read(entry, shared, kind)
    if found is not None:
        return found
    loaded = load()
    read = files(loaded)
    inside = bundled.resolve()
    if all(Path(p).resolve().parent == inside for p in read):
        _write(entry, loaded, read, shared)
    return loaded
