"""pytest plugin: `pytest --factcheck PATH...` makes each article under the
paths a test item that fails with its findings.

All collected articles are checked in one run, so cross-source checks see
them together. Options: --factcheck-rules PACK (repeatable; default: the
bundled pack) and --factcheck-fail-on LEVEL (default: error).
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

REPORT = pytest.StashKey[Report]()
PATHS = pytest.StashKey[list[str]]()


def pytest_addoption(parser: pytest.Parser) -> None:
    group = parser.getgroup("factcheck", "checking articles with factcheck")
    group.addoption("--factcheck", action="store_true",
                    help="collect article files (.txt, .md, .jsonl) and check them with factcheck")
    group.addoption("--factcheck-rules", action="append", default=[], metavar="PACK",
                    help="rule pack, folder of packs or 'default' (repeatable; default: the "
                         "bundled pack)")
    group.addoption("--factcheck-fail-on", choices=["error", "warning", "info"], default="error",
                    help="the severity from which a finding fails its article (default: error)")


def pytest_collect_file(file_path: Path, parent: pytest.Collector) -> pytest.Collector | None:
    if parent.config.getoption("factcheck") and file_path.suffix.lower() in ARTICLE_SUFFIXES:
        return ArticleFile.from_parent(parent, path=file_path)
    return None


class ArticleFile(pytest.File):
    def collect(self) -> Iterator[ArticleItem]:
        if _leaves_tree(self.config, self.path):
            yield ArticleItem.from_parent(self, name=self.path.name, key=(shown_path(self.path), None),
                                         failure=LEAVES_TREE)
            return
        self.config.stash.setdefault(PATHS, []).append(str(self.path))
        for loaded in load([self.path]):
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
        level = SEVERITY_RANK[self.config.getoption("factcheck_fail_on")]
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
    """One run over every collected article file, made when the first item runs."""
    if REPORT not in config.stash:
        from .engine import run
        from .rules import load_rules

        rules = load_rules(config.getoption("factcheck_rules") or None)
        config.stash[REPORT] = run(config.stash.get(PATHS, []), rules)
    return config.stash[REPORT]


def pytest_configure(config: pytest.Config) -> None:
    config.addinivalue_line("markers", "factcheck: an article checked by factcheck")
