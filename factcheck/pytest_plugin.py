"""pytest plugin: `pytest --factcheck PATH...` makes each article under the
paths a test item that fails with its findings.

It reads the same configuration as `factcheck check` (factcheck.toml or
[tool.factcheck], nearest to each article): excluded files are not
collected unless named on the command line, and each article is checked
with its own settings (rules, select, ignore, severity, language,
home-country, fail-on, max-article-size, per-file). All collected articles
are checked in one run per group of settings, so cross-source checks see
them together. Options, which win over the files: --factcheck-rules PACK
(repeatable) and --factcheck-fail-on LEVEL.
"""

from __future__ import annotations

import os
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from .articles import ARTICLE_SUFFIXES, LEAVES_TREE, Failure, load, shown_path
from .files import in_tree, tree_of
from .model import SEVERITY_RANK, Finding, Report
from .project import Finder, Flags, RulesCache, check_group, limits_for, select, settled

REPORT = pytest.StashKey[Report]()
PATHS = pytest.StashKey[list[str]]()
FINDER = pytest.StashKey[Finder]()
FAIL_ON = pytest.StashKey[dict[str, int]]()  # each checked file's --fail-on rank
NEVER = 99


def pytest_addoption(parser: pytest.Parser) -> None:
    group = parser.getgroup("factcheck", "checking articles with factcheck")
    group.addoption("--factcheck", action="store_true",
                    help="collect article files (.txt, .md, .jsonl) and check them with factcheck")
    group.addoption("--factcheck-rules", action="append", default=[], metavar="PACK",
                    help="rule pack, folder of packs or 'default' (repeatable; default: the "
                         "configuration's rules, else the bundled pack)")
    group.addoption("--factcheck-fail-on", choices=["error", "warning", "info", "never"], default=None,
                    help="the severity from which a finding fails its article (default: the "
                         "configuration's fail-on, else error)")


def _finder(config: pytest.Config) -> Finder:
    if FINDER not in config.stash:
        config.stash[FINDER] = Finder()
    return config.stash[FINDER]


def _flags(config: pytest.Config) -> Flags:
    return Flags(rules=list(config.getoption("factcheck_rules")),
                 fail_on=config.getoption("factcheck_fail_on"))


def _named(config: pytest.Config, path: Path) -> bool:
    """Was the file named on the command line (not found in a folder)?"""
    target = path.resolve()
    for arg in config.args:
        try:
            if Path(str(arg).split("::", 1)[0]).resolve() == target:
                return True
        except (OSError, ValueError):
            continue
    return False


def pytest_collect_file(file_path: Path, parent: pytest.Collector) -> pytest.Collector | None:
    config = parent.config
    if not config.getoption("factcheck") or file_path.suffix.lower() not in ARTICLE_SUFFIXES:
        return None
    settings = _finder(config)(file_path.parent)
    if (settings.force_exclude or not _named(config, file_path)) and \
            settings.excluded(file_path, ancestors=True) is not None:
        return None  # left out by the configuration, as `factcheck check` leaves it out
    return ArticleFile.from_parent(parent, path=file_path)


class ArticleFile(pytest.File):
    def collect(self) -> Iterator[ArticleItem]:
        if _leaves_tree(self.config, self.path):
            yield ArticleItem.from_parent(self, name=self.path.name, key=(shown_path(self.path), None),
                                         failure=LEAVES_TREE)
            return
        self.config.stash.setdefault(PATHS, []).append(str(self.path))
        settings = settled(_finder(self.config)(self.path.parent).for_file(self.path), _flags(self.config))
        for loaded in load([self.path], limits=limits_for(settings)):
            if isinstance(loaded, Failure):
                yield ArticleItem.from_parent(self, name=loaded.article or self.path.name,
                                             key=(loaded.path, loaded.article), failure=loaded.reason)
            else:
                yield ArticleItem.from_parent(self, name=loaded.id, key=(loaded.path, loaded.id))


def _leaves_tree(config: pytest.Config, path: Path) -> bool:
    """A file pytest found is read only when it lies in the tree of a folder
    pytest was asked to collect from (files.in_tree), as the command line's
    folder walk has it; a file named as an argument is the user's choice."""
    base = config.invocation_params.dir
    named = [Path(os.path.abspath(base / arg.split("::")[0])) for arg in config.args] or [base]
    if Path(os.path.abspath(path)) in named:
        return False
    return not any(in_tree(path, tree_of(folder)) for folder in named if folder.is_dir())


class ArticleItem(pytest.Item):
    def __init__(self, *, key: tuple[str, str | None], failure: str | None = None,
                 **kwargs: Any) -> None:
        super().__init__(**kwargs)
        self.key = key
        self.failure = failure
        self.add_marker("factcheck")

    def runtest(self) -> None:
        if self.failure is not None:
            pytest.fail(f"{self.key[0]}: failed to load: {self.failure}", pytrace=False)
        report = _report(self.config)
        failed = [s for s in report.inputs if (s.path, s.article) == self.key and s.status == "failed"]
        if failed:
            pytest.fail(f"{self.key[0]}: not checked: {failed[0].reason}", pytrace=False)
        level = self.config.stash[FAIL_ON].get(self.key[0], SEVERITY_RANK["error"])
        failing = [f for f in report.findings if (f.path, f.article) == self.key and f.counts
                   and SEVERITY_RANK[f.severity] >= level]
        if failing:
            pytest.fail(_describe(failing, report), pytrace=False)

    def reportinfo(self) -> tuple[Path, int | None, str]:
        return self.path, None, f"factcheck: {self.name}"


def _describe(findings: list[Finding], report: Report) -> str:
    from .report.text_format import render_finding

    source = report.sources.get((findings[0].path, findings[0].article))
    return "\n\n".join(render_finding(f, source) for f in findings)


def _report(config: pytest.Config) -> Report:
    """One run over every collected article file (one per group of files
    that share settings), made when the first item runs."""
    if REPORT not in config.stash:
        from .engine import merge

        flags = _flags(config)
        cache = RulesCache()
        reports = []
        fail_on: dict[str, int] = {}
        for group, paths in select(config.stash.get(PATHS, []), _finder(config)):
            settings = settled(group, flags)
            rank = NEVER if settings.fail_on == "never" else SEVERITY_RANK[settings.fail_on or "error"]
            fail_on.update((path, rank) for path in paths if isinstance(path, str))
            reports.append(check_group(settings, paths, flags, cache))
        config.stash[FAIL_ON] = fail_on
        config.stash[REPORT] = reports[0] if len(reports) == 1 else merge(reports)
    return config.stash[REPORT]


def pytest_configure(config: pytest.Config) -> None:
    config.addinivalue_line("markers", "factcheck: an article checked by factcheck")
