"""Files factcheck writes: whole or not at all. The content goes to a
temporary file in the target's folder, which then replaces the target, so a
run killed while writing leaves the last good file in place."""

from __future__ import annotations

import contextlib
import os
import tempfile
from pathlib import Path


class AtomicFile:
    """A file to be written later. Opening it at once reports a path that
    cannot be written before any work is done."""

    def __init__(self, path: str | Path) -> None:
        self.path = Path(path)
        if self.path.is_dir():
            raise OSError(f"cannot write {self.path}: it is a folder")
        folder = self.path.parent
        try:
            handle, temporary = tempfile.mkstemp(prefix=f".{self.path.name}.", suffix=".tmp",
                                                 dir=folder)
        except OSError as exc:
            raise OSError(f"cannot write {self.path}: {exc.strerror}") from None
        os.close(handle)
        self.temporary = Path(temporary)

    def commit(self, text: str) -> None:
        try:
            self.temporary.write_text(text, encoding="utf-8", errors="surrogateescape")
            with contextlib.suppress(OSError):  # keep the target's permissions when it had any
                os.chmod(self.temporary, self.path.stat().st_mode & 0o7777)
            if not self.path.exists():
                os.chmod(self.temporary, 0o666 & ~_umask())
            os.replace(self.temporary, self.path)
        except OSError as exc:
            self.discard()
            raise OSError(f"cannot write {self.path}: {exc.strerror}") from None

    def discard(self) -> None:
        with contextlib.suppress(OSError):
            self.temporary.unlink()


def _umask() -> int:
    mask = os.umask(0)
    os.umask(mask)
    return mask


def write_atomically(path: str | Path, text: str) -> None:
    AtomicFile(path).commit(text)
