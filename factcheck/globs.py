"""Globs of files and folders for `include`, `exclude` and `per-file`, read
as .gitignore reads them:

- a glob without "/" matches a file or folder name at any depth
  (`README.*`, `node_modules`, `*.bak`);
- a glob with "/" matches a path from the configuration file's folder
  (`docs/archive`, `news/*/draft-*.md`, `wire/**/*.jsonl`): `**` stands for
  any number of folders, `*` and `?` for characters within one name;
- a glob ending in "/" matches folders only (`docs/`).

A glob matching a folder matches every file under it.
"""

from __future__ import annotations

import os
from fnmatch import fnmatchcase
from functools import lru_cache
from pathlib import Path


def parts_below(path: Path, root: Path) -> tuple[str, ...]:
    """The names from root down to path (no link is followed); for a path
    outside root, its own names."""
    absolute = os.path.abspath(path)
    try:
        relative = os.path.relpath(absolute, root)
    except ValueError:  # another drive
        relative = os.pardir
    if relative == os.curdir:
        return ()
    if relative == os.pardir or relative.startswith(os.pardir + os.sep):
        return tuple(part for part in Path(absolute).parts[1:] if part)
    return Path(relative).parts


@lru_cache(maxsize=4096)
def _pattern(glob: str) -> tuple[tuple[str, ...], bool, bool]:
    """A glob's names, whether it is anchored at the root, and whether it
    matches folders only."""
    folders_only = glob.endswith("/")
    core = glob.strip("/")
    return tuple(part for part in core.split("/") if part), "/" in core or glob.startswith("/"), \
        folders_only


def _matches(names: tuple[str, ...], parts: tuple[str, ...]) -> bool:
    """Do the glob's names match these path names, `**` standing for any
    number of them? (Each pair of positions is tried once.)"""
    seen: set[tuple[int, int]] = set()
    pending = [(0, 0)]
    while pending:
        i, j = pending.pop()
        if (i, j) in seen:
            continue
        seen.add((i, j))
        if i == len(names):
            if j == len(parts):
                return True
            continue
        if names[i] == "**":
            pending.extend((i + 1, k) for k in range(j, len(parts) + 1))
        elif j < len(parts) and fnmatchcase(parts[j], names[i]):
            pending.append((i + 1, j + 1))
    return False


def first_match(globs: list[str], path: Path, root: Path, folder: bool = False,
                ancestors: bool = False) -> str | None:
    """The first glob that matches the path (a file, or a folder when
    `folder`), or with `ancestors` a folder it is in below root; None if
    none does."""
    parts = parts_below(path, root)
    depths = range(1, len(parts) + 1) if ancestors else range(len(parts), len(parts) + 1)
    for glob in globs:
        names, anchored, folders_only = _pattern(glob)
        if not names:
            continue
        for depth in depths:
            if depth == 0 or (folders_only and depth == len(parts) and not folder):
                continue
            if anchored:
                if _matches(names, parts[:depth]):
                    return glob
            elif len(names) == 1 and fnmatchcase(parts[depth - 1], names[0]):
                return glob
    return None
