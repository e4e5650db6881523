"""Project configuration: `factcheck.toml`, or `[tool.factcheck]` in
`pyproject.toml`, found by walking up from each checked file (as ruff does).
Command-line flags win over it."""

from __future__ import annotations

import os
import tomllib
from collections.abc import Mapping
from pathlib import Path
from typing import Any, ClassVar, Literal

from . import globs
from .declared import Declared, option
from .files import TooLarge, in_tree, read_regular, tree_of
from .yamlsource import PackError, format_path

Level = Literal["error", "warning", "info"]
FailOn = Literal["error", "warning", "info", "never"]

# What a folder's walk leaves out unless the configuration says otherwise
# (`exclude` replaces it, `extend-exclude` adds to it): a repository's own
# files that are not articles, documentation, and folders of dependencies,
# environments and build output. Names starting with "." are never walked.
DEFAULT_EXCLUDE = [
    "README.*", "CHANGELOG.*", "CHANGES.*", "HISTORY.*", "CONTRIBUTING.*", "CODE_OF_CONDUCT.*",
    "SECURITY.*", "LICENSE*", "LICENCE*", "AUTHORS*", "NOTICE*",
    "docs/", "node_modules/", "vendor/", "third_party/", "venv/", "site-packages/",
    "__pypackages__/", "_build/", "build/", "dist/",
]
DEFAULT_INCLUDE = ["*.txt", "*.md", "*.markdown", "*.jsonl", "*.ndjson"]


class PerFile(Declared):
    """Settings for the files a `per-file` glob matches; what it leaves out
    comes from the configuration."""

    model_settings: ClassVar[Mapping[str, Any]] = {"extra": "forbid", "populate_by_name": True}

    rules: list[str] | None = None
    select: list[str] | None = None
    ignore: list[str] | None = None
    severity: dict[str, Level] | None = None
    language: str | None = option(None, pattern=r"^[a-z]{2,3}$")
    fail_on: FailOn | None = option(None, alias="fail-on")
    home_country: str | dict[str, str] | None = option(None, alias="home-country")
    max_article_size: int | None = option(None, alias="max-article-size", ge=1)


class Config(Declared):
    """A project's settings: plain values where factcheck runs; a file's are
    read through the model made from this declaration (see declared.py), so
    that a project without one imports no pydantic."""

    model_settings: ClassVar[Mapping[str, Any]] = {"extra": "forbid", "populate_by_name": True}

    rules: list[str] = option(
        default_factory=list,
        description="packs to load, relative to the configuration file and in its folder; "
                    "'default' is the bundled pack (default: the bundled pack alone)",
    )
    select: list[str] = option(default_factory=list,
                               description="only these checks (ids or kinds) run")
    ignore: list[str] = option(default_factory=list,
                               description="these checks (ids or kinds) do not run")
    severity: dict[str, Level] = option(default_factory=dict,
                                        description="severity overrides by check id or kind")
    language: str | None = option(None, pattern=r"^[a-z]{2,3}$",
                                  description="language of articles that are not in Devanagari "
                                              "and do not say (default: en)")
    fail_on: FailOn | None = option(
        None, alias="fail-on", description="the --fail-on level (default: error)")
    home_country: str | dict[str, str] | None = option(
        None, alias="home-country",
        description="the country (a country id of the packs) whose offices an unqualified title "
                    "means: one for all articles, or a table by language (default: the packs' "
                    "home_country)")
    max_article_size: int | None = option(
        None, alias="max-article-size", ge=1,
        description="bytes above which an article fails (default: 10,000,000)")
    include: list[str] = option(
        default_factory=lambda: list(DEFAULT_INCLUDE),
        description="globs of the article files a folder's walk checks (default: every .txt, .md, "
                    ".markdown, .jsonl and .ndjson file)")
    exclude: list[str] = option(
        default_factory=lambda: list(DEFAULT_EXCLUDE),
        description="globs of files and folders a folder's walk leaves out (default: README.*, "
                    "CHANGELOG.*, docs/, node_modules/, vendor/ and the like; see docs/rules.md); "
                    "a file named on the command line is still checked")
    extend_exclude: list[str] = option(
        default_factory=list, alias="extend-exclude",
        description="globs left out as well as `exclude`'s")
    force_exclude: bool = option(
        False, alias="force-exclude",
        description="leave out excluded files even when named on the command line (for pre-commit, "
                    "which names every changed file)")
    per_file: dict[str, PerFile] = option(
        default_factory=dict, alias="per-file",
        description="settings for the files a glob matches, over the others; later globs win")
    path: Path | None = option(None, exclude=True)
    matched: tuple[str, ...] = option((), exclude=True)  # the per-file globs these settings took in

    @classmethod
    def defaults(cls) -> Config:
        """The settings of a project with no configuration file."""
        return cls()

    @property
    def root(self) -> Path:
        """The folder the globs are relative to: the configuration file's."""
        return Path(os.path.abspath(self.path.parent if self.path else Path.cwd()))

    def excluded(self, path: Path, folder: bool = False, ancestors: bool = False) -> str | None:
        """The glob that leaves the file (or folder; with `ancestors`, also a
        folder it is in) out of a folder's walk, or None: an exclude glob, or
        the include globs a file matches none of (as "not include")."""
        found = globs.first_match([*self.exclude, *self.extend_exclude], path, self.root, folder,
                                  ancestors)
        if found is None and not folder and globs.first_match(self.include, path, self.root) is None:
            return "not in include"
        return found

    def for_file(self, path: Path) -> Config:
        """These settings with those of every per-file glob matching the file,
        in the order written (later wins; severity tables add up)."""
        matched = [pattern for pattern in self.per_file
                   if globs.first_match([pattern], path, self.root, ancestors=True) is not None]
        if not matched:
            return self
        update: dict[str, object] = {"matched": tuple(matched)}
        severity = dict(self.severity)
        for pattern in matched:
            given = self.per_file[pattern].model_dump(exclude_none=True)
            severity.update(given.pop("severity", {}))
            update.update(given)
        update["severity"] = severity
        return self.model_copy(update=update)

    def pack_paths(self) -> list[str]:
        """The packs `rules` names. A configuration may come with the articles
        (a pull request), so each pack must lie in the tree of the file's
        folder (files.in_tree): no absolute path, '..' or link out of it."""
        from .packset import default_pack_path

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
        if line.strip().lstrip("[").startswith((key, f'"{key}"', f"tool.factcheck.{key}")):
            return number
    return 1


def read_config(path: Path) -> Config:
    table = _table(path)
    if table is None:
        return Config(path=path)
    from pydantic import ValidationError  # a configuration file's settings are validated

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
