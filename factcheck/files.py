"""Reading files that a pull request may hold, safely.

Articles, packs and configuration can come from anyone. A symbolic link may
point at the CI token in .git/config, at /dev/zero or at a FIFO that never
ends; a file may be larger than its size says. So: only regular files are
read (a FIFO, a device or a socket is refused before it is opened, and what
was opened is checked again), at most limit + 1 bytes of them; and what a
folder walk finds must stay in its tree (see `in_tree`).
"""

from __future__ import annotations

import os
import stat
from pathlib import Path
from typing import BinaryIO

_KINDS = ((stat.S_ISDIR, "a folder"), (stat.S_ISFIFO, "a FIFO (named pipe)"),
          (stat.S_ISCHR, "a character device"), (stat.S_ISBLK, "a block device"),
          (stat.S_ISSOCK, "a socket"))
# Opening a FIFO without O_NONBLOCK waits for a writer; O_NOCTTY keeps a terminal
# from becoming ours. Neither exists on Windows, where neither is needed.
_NONBLOCK = getattr(os, "O_NONBLOCK", 0)
_OPEN_FLAGS = os.O_RDONLY | _NONBLOCK | getattr(os, "O_NOCTTY", 0) | getattr(os, "O_BINARY", 0)


class NotRegular(OSError):
    """A path that is not a regular file: never read."""

    def __init__(self, kind: str) -> None:
        super().__init__(f"not a regular file but {kind}; not read")
        self.strerror = str(self)


class TooLarge(OSError):
    """A file over the limit; `size` is what its size says, or None when it
    holds more than its size says (it is not read further)."""

    def __init__(self, limit: int, size: int | None) -> None:
        held = f"{size:,}" if size is not None else f"more than {limit:,}"
        super().__init__(f"{held} bytes, over the limit of {limit:,}")
        self.strerror = str(self)
        self.limit, self.size = limit, size


def _kind(mode: int) -> str:
    return next((name for test, name in _KINDS if test(mode)), "a special file")


def open_regular(path: str | Path) -> BinaryIO:
    """A regular file opened for reading in binary. Raises NotRegular for
    anything else (following links, as open does), OSError when it cannot
    be opened."""
    mode = os.stat(path).st_mode
    if not stat.S_ISREG(mode):
        raise NotRegular(_kind(mode))
    descriptor = os.open(path, _OPEN_FLAGS)
    try:
        opened = os.fstat(descriptor).st_mode  # the file may have been swapped since the stat
        if not stat.S_ISREG(opened):
            raise NotRegular(_kind(opened))
        if _NONBLOCK:
            os.set_blocking(descriptor, True)
        return os.fdopen(descriptor, "rb")
    except BaseException:
        os.close(descriptor)
        raise


def read_limited(handle: BinaryIO, limit: int) -> bytes:
    """At most `limit` bytes of an open file. Raises TooLarge when it holds
    more, having read no more than limit + 1 bytes: the limit is on what is
    read, whatever the file's size says (/proc says 0)."""
    data = handle.read(limit + 1)
    if len(data) > limit:
        size = os.fstat(handle.fileno()).st_size
        raise TooLarge(limit, size if size > limit else None)
    return data


def read_regular(path: str | Path, limit: int) -> bytes:
    """The bytes of a regular file of at most `limit` bytes (see open_regular
    and read_limited for what it raises)."""
    with open_regular(path) as handle:
        return read_limited(handle, limit)


def in_tree(path: str | Path, root: Path) -> bool:
    """Whether `path`, its links followed, lies in the tree of the folder
    `root` (resolved): at or below it, and through no name that starts with
    '.' below it (.git, .env: what a walk of the folder never reads)."""
    real = Path(os.path.realpath(path))
    if real == root:
        return True
    try:
        parts = real.relative_to(root).parts
    except ValueError:
        return False
    return not any(part.startswith(".") for part in parts)


def tree_of(folder: str | Path) -> Path:
    """The resolved folder whose tree `in_tree` checks against."""
    return Path(os.path.realpath(folder))
