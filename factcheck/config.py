"""Project configuration: `factcheck.toml`, or `[tool.factcheck]` in
`pyproject.toml`, found by walking up from each checked file (as ruff does).
Command-line flags win over it."""

from __future__ import annotations

import os
import tomllib
from pathlib import Path
from typing import Literal

from pydantic import BaseModel, ConfigDict, Field, ValidationError

from .articles import Failure, walk
from .files import TooLarge, in_tree, read_regular, tree_of
from .yamlsource import PackError, format_path

Level = Literal["error", "warning", "info"]


class Config(BaseModel):
    model_config = ConfigDict(extra="forbid", populate_by_name=True)

    rules: list[str] = Field(
        default_factory=list,
        description="packs to load, relative to the configuration file and in its folder; "
                    "'default' is the bundled pack (default: the bundled pack alone)",
    )
    select: list[str] = Field(default_factory=list,
                              description="only these checks (ids or kinds) run")
    ignore: list[str] = Field(default_factory=list,
                              description="these checks (ids or kinds) do not run")
    severity: dict[str, Level] = Field(default_factory=dict,
                                       description="severity overrides by check id or kind")
    language: str | None = Field(None, pattern=r"^[a-z]{2,3}$",
                                 description="language of articles that are not in Devanagari "
                                             "and do not say (default: en)")
    fail_on: Literal["error", "warning", "info", "never"] | None = Field(
        None, alias="fail-on", description="the --fail-on level (default: error)")
    home_country: str | dict[str, str] | None = Field(
        None, alias="home-country",
        description="the country (a country id of the packs) whose offices an unqualified title "
                    "means: one for all articles, or a table by language (default: the packs' "
                    "home_country)")
    max_article_size: int | None = Field(
        None, alias="max-article-size", ge=1,
        description="bytes above which an article fails (default: 10,000,000)")
    path: Path | None = Field(None, exclude=True)

    def pack_paths(self) -> list[str]:
        """The packs `rules` names. A configuration may come with the articles
        (a pull request), so each pack must lie in the tree of the file's
        folder (files.in_tree): no absolute path, '..' or link out of it."""
        from .packs import default_pack_path

        base = self.path.parent if self.path else Path.cwd()
        outside = [name for name in self.rules if name != "default" and not _inside(base, name)]
        if outside:
            raise PackError([f"{self.path}:{_line_of(self.path, 'rules') if self.path else 1}:1: rules: "
                             f"{name!r} lies outside the folder of this file (or in a hidden folder in "
                             "it); a configuration names packs in its own folder, --rules names any"
                             for name in outside])
        return [str(default_pack_path()) if name == "default" else str(base / name)
                for name in self.rules]


def _inside(folder: Path, name: str) -> bool:
    try:
        return in_tree(folder / name, tree_of(folder))
    except (OSError, ValueError):  # a NUL byte, a name too long: no pack of the folder
        return False


CONFIG_LIMIT = 1_000_000  # bytes of a configuration file


def _table(path: Path) -> dict | None:
    try:
        data = tomllib.loads(read_regular(path, CONFIG_LIMIT).decode("utf-8"))
    except TooLarge:
        raise PackError([f"{path}:1:1: cannot read configuration: larger than {CONFIG_LIMIT:,} "
                         "bytes"]) from None
    except (OSError, UnicodeDecodeError) as exc:
        raise PackError([f"{path}:1:1: cannot read configuration: {exc}"]) from None
    except tomllib.TOMLDecodeError as exc:
        raise PackError([f"{path}: TOML syntax error: {exc}"]) from None
    if path.name == "pyproject.toml":
        table = data.get("tool", {}).get("factcheck")
        return table if isinstance(table, dict) else None
    return data


def _line_of(path: Path, key: str) -> int:
    for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
        if line.strip().startswith((key, f'"{key}"')):
            return number
    return 1


def read_config(path: Path) -> Config:
    table = _table(path)
    if table is None:
        return Config(path=path)
    try:
        config = Config.model_validate(table)
    except ValidationError as exc:
        prefix = "tool.factcheck." if path.name == "pyproject.toml" else ""
        problems = []
        for error in exc.errors():
            field = format_path(tuple(error["loc"]))
            message = "unknown setting" if error["type"] == "extra_forbidden" else error["msg"]
            line = _line_of(path, str(error["loc"][0]))
            problems.append(f"{path}:{line}:1: {prefix}{field}: {message}")
        raise PackError(problems) from None
    config.path = path
    return config


def by_config(paths: list[str]) -> list[tuple[Config, list[str | Failure]]]:
    """The checked paths grouped by the configuration nearest to each file,
    folders opened into their files (and what could not be read in them, as
    Failures), groups in order of first appearance."""
    nearest: dict[Path, Config | None] = {}
    groups: dict[Path | None, tuple[Config, list[str | Failure]]] = {}
    for given in paths:
        path = Path(given)
        try:
            files = (walk(path) or [path]) if path.is_dir() else [path]
            path.resolve()
        except (OSError, ValueError):  # not a readable path: the loader reports it
            groups.setdefault(None, (Config(), []))[1].append(str(given))
            continue
        for file in files:
            if isinstance(file, Failure):
                folder = path.resolve()
            else:  # the folder the file is in, even when it is a link to a file elsewhere
                folder = file.absolute().parent.resolve() if not file.is_dir() else file.resolve()
            if folder not in nearest:
                nearest[folder] = find_config(folder)
            config = nearest[folder]
            key = config.path if config else None
            groups.setdefault(key, (config or Config(), []))[1].append(
                file if isinstance(file, Failure) else str(file))
    return list(groups.values())


def find_config(start: Path) -> Config | None:
    """The nearest factcheck.toml, or pyproject.toml with [tool.factcheck],
    in the folder of `start` or above it."""
    folder = start.resolve()
    if not folder.is_dir():
        folder = folder.parent
    for candidate in (folder, *folder.parents):
        own = candidate / "factcheck.toml"
        if _present(own):
            return read_config(own)
        project = candidate / "pyproject.toml"
        if _present(project) and _table(project) is not None:
            return read_config(project)
    return None


def _present(path: Path) -> bool:
    """A configuration file is there, to read or to fail on: a FIFO, a device
    or a broken link of that name is an error, never silently passed over."""
    return os.path.lexists(path) and not path.is_dir()
