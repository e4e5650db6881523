"""What a run checks and with which settings, the same for the command line
and the pytest plugin: the files the paths name (folders walked, leaving out
what the configuration excludes), each with the settings of its nearest
configuration and the per-file globs it matches, flags winning; and a run
of each group of files that share settings."""

from __future__ import annotations

import gc
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Any

from .articles import DEFAULT_LIMITS, Failure, Limits, shown_path, walk
from .config import Config, find_config, read_config

if TYPE_CHECKING:
    from .model import Report, Severity
    from .rules import Rules


@dataclass(frozen=True)
class Flags:
    """Settings given on the command line (or to the pytest plugin): they
    win over the configuration files. Empty or None: not given."""

    rules: list[str] = field(default_factory=list)
    select: list[str] = field(default_factory=list)
    ignore: list[str] = field(default_factory=list)
    severity: dict[str, Severity] = field(default_factory=dict)
    language: str | None = None
    fail_on: str | None = None
    max_article_size: int | None = None
    force_exclude: bool = False


def settled(config: Config, flags: Flags) -> Config:
    """The settings of a group of files with the flags applied."""
    update: dict[str, object] = {"severity": {**config.severity, **flags.severity}}
    for name in ("select", "ignore", "language", "fail_on", "max_article_size"):
        if getattr(flags, name):
            update[name] = getattr(flags, name)
    if flags.force_exclude:
        update["force_exclude"] = True
    return config.model_copy(update=update)


class Finder:
    """The configuration for each folder: one given file, none, or the
    nearest factcheck.toml / pyproject.toml [tool.factcheck] (found once per folder)."""

    def __init__(self, config_file: Path | None = None, no_config: bool = False) -> None:
        self.fixed = Config.defaults() if no_config else read_config(config_file) if config_file else None
        self.nearest: dict[Path, Config] = {}

    def __call__(self, folder: Path) -> Config:
        if self.fixed is not None:
            return self.fixed
        try:
            key = folder.resolve()
        except (OSError, ValueError):
            return Config.defaults()
        if key not in self.nearest:
            self.nearest[key] = find_config(key) or Config.defaults()
        return self.nearest[key]


Group = tuple[Config, list[str | Failure]]
PARTITIONS = 64  # partitions of the articles a run sends to a Dask cluster


def select(paths: list[str], finder: Finder, force_exclude: bool = False) -> list[Group]:
    """The files the paths name, grouped by their settings, groups in order
    of first appearance. Folders are walked, leaving out what the
    configuration excludes; a file named here is checked even if excluded
    (unless `force_exclude`, or `force-exclude` in its configuration)."""
    groups: dict[tuple[object, ...], Group] = {}

    def add(config: Config, item: str | Failure) -> None:
        key = (config.path, config.matched)
        groups.setdefault(key, (config, []))[1].append(item)

    def skip_folder(folder: Path) -> bool:
        return finder(folder.parent).excluded(folder, folder=True) is not None

    for given in paths:
        path = Path(given)
        try:
            is_folder = path.is_dir()
            folder = path if is_folder else path.parent
            config = finder(folder)
        except (OSError, ValueError):  # not a readable path: the loader reports it
            add(Config.defaults(), str(given))
            continue
        if (force_exclude or config.force_exclude) and \
                config.excluded(path, folder=is_folder, ancestors=True) is not None:
            continue
        if not is_folder:
            add(config.for_file(path), str(given))
            continue
        found = walk(path, skip=skip_folder)
        kept = 0
        for item in found:
            if isinstance(item, Failure):
                add(config, item)
                continue
            own = finder(item.parent)
            if own.excluded(item) is not None:
                continue
            add(own.for_file(item), str(item))
            kept += 1
        if not found:
            add(config, str(given))  # the loader says the folder holds no articles
        elif not kept and all(not isinstance(item, Failure) for item in found):
            add(config, Failure(shown_path(path), "folder holds no article files the configuration "
                                                  "includes (all left out by exclude or include)"))
    return list(groups.values())


class RulesCache:
    """Packs loaded once per run for each list of pack files. With `freeze`
    (a process that lives for one command: the CLI), what a load leaves is
    moved out of the garbage collector's sight (gc.freeze): the packs are
    some 185,000 objects, which its first collection would walk (14 ms of a
    cold start of 0.29 s) only to keep them all. `cli.main` thaws them at
    its end."""

    def __init__(self, freeze: bool = False) -> None:
        self.loaded: dict[tuple[str, ...], Rules] = {}
        self.freeze = freeze

    def clear(self) -> None:
        self.loaded.clear()

    def get(self, packs: list[str]) -> Rules:
        from .rules import load_rules

        key = tuple(packs)
        if key not in self.loaded:
            self.loaded[key] = load_rules(packs or None)
            if self.freeze:
                gc.freeze()
        return self.loaded[key]


def rules_for(config: Config, flags: Flags, cache: RulesCache) -> Rules:
    """The loaded packs with the settings' checks, severities and home country."""
    rules = cache.get(flags.rules or config.pack_paths())
    return rules.configured(select=config.select, ignore=config.ignore, severities=config.severity,
                            home_country=config.home_country)


def limits_for(config: Config) -> Limits:
    size = config.max_article_size
    return Limits(max_article_bytes=size) if size else DEFAULT_LIMITS


def check_group(config: Config, paths: list[str | Failure], flags: Flags, cache: RulesCache,
                jobs: int | None = 1, progress: Callable[[int], None] | None = None,
                texts: dict[str, str | bytes] | None = None, claims: bool = False,
                client: Any = None) -> Report:
    """One run over a group of inputs that share settings (`config` settled);
    `texts` holds the text of paths that is not (yet) their file's; `claims`
    reads the claims into the report; with a Dask `client`, the articles are
    read here and checked on its cluster."""
    from . import memory
    from .engine import run

    language, limits = config.language or "en", limits_for(config)
    given = memory.inputs(paths, texts, language, limits) if texts else paths
    if client is not None:
        from .distributed import check_on_dask

        return check_on_dask(given, flags.rules or config.pack_paths(), client, partitions=PARTITIONS,
                             language=language, limits=limits, claims=claims, select=config.select,
                             ignore=config.ignore, severities=config.severity,
                             home_country=config.home_country)
    return run(given, rules_for(config, flags, cache), language=language, jobs=jobs,
               progress=progress, limits=limits, claims=claims)


def describe(config: Config, path: Path, packs: list[str] | None = None) -> str:
    """The settings a file (or folder) gets, as TOML one can copy into
    factcheck.toml, with where they come from in comments."""
    lines = [f"# settings for {shown_path(path)}"]
    if config.path is None:
        lines.append("# configuration: none found (defaults and flags)")
    else:
        lines.append(f"# configuration: {shown_path(config.path)}")
    if config.matched:
        lines.append("# per-file: " + ", ".join(_toml(glob) for glob in config.matched))
    is_folder = path.is_dir()
    glob = config.excluded(path, folder=is_folder, ancestors=True)
    if glob is not None:
        checked = "left out even when named (force-exclude)" if config.force_exclude else \
            "left out of folder walks; checked when named on the command line"
        lines.append(f"# excluded by {_toml(glob)}: {checked}")
    shown = config.model_dump(by_alias=True, exclude={"per_file"})
    shown["rules"] = packs or config.pack_paths() or ["default"]
    shown["language"] = config.language or "en"
    shown["fail-on"] = config.fail_on or "error"
    shown["max-article-size"] = limits_for(config).max_article_bytes
    for name, value in shown.items():
        if value is None:
            lines.append(f"# {name}: not set (the packs' own)")
        else:
            lines.append(f"{name} = {_toml(value)}")
    return "\n".join(lines) + "\n"


def _toml(value: object) -> str:
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, int | float):
        return str(value)
    if isinstance(value, str):
        return '"' + value.replace("\\", "\\\\").replace('"', '\\"') + '"'
    if isinstance(value, list | tuple):
        return "[" + ", ".join(_toml(v) for v in value) + "]"
    if isinstance(value, dict):
        return "{" + ", ".join(f"{_key(k)} = {_toml(v)}" for k, v in value.items()) + "}"
    return _toml(str(value))


def _key(key: object) -> str:
    text = str(key)
    return text if text.replace("-", "").replace("_", "").isalnum() and text.isascii() else _toml(text)
