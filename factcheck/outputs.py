"""Files factcheck writes: reports, baselines and fixed articles.

- A regular file, or a path that does not exist yet, is written whole or not
  at all: the content goes to a temporary file in the target's folder, which
  then replaces the target, so a run killed while writing leaves the last good
  file in place, and a run stopped while writing (Ctrl-C) leaves no temporary
  file behind.
- A symbolic link is written through: its target is written (as above) and
  the link stays a link.
- Anything else that exists (a device such as /dev/null, a FIFO, a terminal)
  is written in place and never replaced; /dev/stdout, /dev/stderr and
  /dev/fd/N write to that open descriptor of this process.
- A path ending in "/", or naming a folder, is an error.
"""

from __future__ import annotations

import contextlib
import os
import re
import stat
import sys
from collections.abc import Iterable
from pathlib import Path

# A path that names one of this process's open file descriptors.
DESCRIPTOR = re.compile(r"/dev/(?:(stdin)|(stdout)|(stderr)|fd/(\d+))|/proc/(?:self|(\d+))/fd/(\d+)")
STANDARD = {1: 0, 2: 1, 3: 2}  # regex group of stdin, stdout, stderr -> descriptor
MAX_LINKS = 40


def descriptor_of(path: str | Path) -> int | None:
    """The file descriptor a path names (/dev/stdout, /dev/fd/3, a link to
    one, /proc/self/fd/3), or None."""
    current = os.path.abspath(os.fspath(path))
    for _ in range(MAX_LINKS):
        match = DESCRIPTOR.fullmatch(current)
        if match:
            for group, number in STANDARD.items():
                if match.group(group):
                    return number
            if match.group(5) and int(match.group(5)) != os.getpid():
                return None
            return int(match.group(4) or match.group(6))
        if not os.path.islink(current):
            return None
        try:
            target = os.readlink(current)
        except OSError:
            return None
        current = os.path.normpath(os.path.join(os.path.dirname(current), target))
    return None


def _error(path: str | Path, reason: str | None) -> OSError:
    return OSError(f"cannot write {os.fspath(path)}: {reason or 'unknown error'}")


class AtomicFile:
    """A file to be written later (see the module's docstring for how). Making
    one checks at once that the path can be written, so that a bad path is
    reported before any work is done; nothing is created until `commit`."""

    def __init__(self, path: str | Path) -> None:
        given = os.fspath(path)
        self.path = Path(given)
        if given.endswith(("/", os.sep)):
            raise _error(given, "a path ending in '/' names a folder, not a file")
        self.descriptor = descriptor_of(given)
        if self.descriptor is not None:
            try:
                os.fstat(self.descriptor)
            except OSError as exc:
                raise _error(given, exc.strerror) from None
            self.target = self.path
            self.in_place = True
            return
        # os.path.realpath follows every link, also one whose target does not exist yet.
        self.target = Path(os.path.realpath(given))
        try:
            mode: int | None = os.stat(self.target).st_mode
        except FileNotFoundError:
            mode = None
        except OSError as exc:
            raise _error(given, exc.strerror) from None
        if mode is not None and stat.S_ISDIR(mode):
            raise _error(given, "it is a folder")
        self.in_place = mode is not None and not stat.S_ISREG(mode)
        if self.in_place:
            if not os.access(self.target, os.W_OK):
                raise _error(given, "Permission denied")
            return
        try:  # a file can be created beside the target: the only way to know for sure
            import tempfile  # only a run that writes a file needs it

            handle, probe = tempfile.mkstemp(prefix=f".{self.target.name}.", suffix=".tmp",
                                             dir=self.target.parent)
        except OSError as exc:
            raise _error(given, exc.strerror) from None
        os.close(handle)
        os.unlink(probe)

    def commit(self, text: str | Iterable[str]) -> None:
        """Write `text`, or its pieces one after another as they come (a long
        report is never held whole)."""
        pieces = [text] if isinstance(text, str) else text
        data = (piece.encode("utf-8", errors="surrogateescape") for piece in pieces)
        try:
            if self.descriptor is not None:
                for stream in (sys.stdout, sys.stderr):
                    with contextlib.suppress(Exception):
                        stream.flush()
                _write_pieces(self.descriptor, data)
            elif self.in_place:
                handle = os.open(self.target, os.O_WRONLY | os.O_NOCTTY)
                try:
                    _write_pieces(handle, data)
                finally:
                    os.close(handle)
            else:
                self._replace(data)
        except OSError as exc:
            raise _error(self.path, exc.strerror) from None

    def _replace(self, data: Iterable[bytes]) -> None:
        import tempfile

        handle, name = tempfile.mkstemp(prefix=f".{self.target.name}.", suffix=".tmp",
                                        dir=self.target.parent)
        temporary = Path(name)
        try:
            try:
                _write_pieces(handle, data)
            finally:
                os.close(handle)
            try:  # keep the target's permissions when it had any
                os.chmod(temporary, os.stat(self.target).st_mode & 0o7777)
            except FileNotFoundError:
                os.chmod(temporary, 0o666 & ~_umask())
            os.replace(temporary, self.target)
        except BaseException:  # an error, Ctrl-C or SIGTERM while writing: leave nothing behind
            with contextlib.suppress(OSError):
                temporary.unlink()
            raise

    def discard(self) -> None:
        """Nothing to clean up: no file exists before `commit` (kept for callers
        that pair every AtomicFile with a discard)."""


WRITE_SIZE = 1 << 16  # pieces are gathered up to this many bytes before a write


def _write_pieces(handle: int, pieces: Iterable[bytes]) -> None:
    gathered: list[bytes] = []
    size = 0
    for piece in pieces:
        gathered.append(piece)
        size += len(piece)
        if size >= WRITE_SIZE:
            _write_all(handle, b"".join(gathered))
            gathered, size = [], 0
    _write_all(handle, b"".join(gathered))


def _write_all(handle: int, data: bytes) -> None:
    view = memoryview(data)
    while view:
        view = view[os.write(handle, view):]


def _umask() -> int:
    mask = os.umask(0)
    os.umask(mask)
    return mask


def write_atomically(path: str | Path, text: str) -> None:
    AtomicFile(path).commit(text)


def input_it_replaces(output: AtomicFile, inputs: list[str]) -> str | None:
    """The input PATH given to the run that `output` would replace: the same
    file, or an article file under a given folder (where this run reads it or
    the next run would). None when there is none."""
    from .articles import ARTICLE_SUFFIXES

    if output.in_place:
        return None
    target = output.target
    for given in inputs:
        if given == "-":
            continue
        try:
            if os.path.isdir(given):
                folder = Path(os.path.realpath(given))
                inside = target.relative_to(folder)
                if (target.suffix.lower() in ARTICLE_SUFFIXES
                        and not any(part.startswith(".") for part in inside.parts)):
                    return given
            elif target == Path(os.path.realpath(given)) or (
                    target.exists() and os.path.samefile(target, given)):
                return given
        except (OSError, ValueError):  # not under that folder, or not a path: no conflict
            continue
    return None
