from __future__ import annotations

import atexit
import functools
import os
import shutil
import tempfile
import textwrap
from pathlib import Path

import pytest
from hypothesis import settings

import factcheck
from factcheck.articles import article_from_text
from factcheck.dates import DateWords
from factcheck.model import Finding, Report

# CI runs a fixed set of hypothesis examples, so that a rare failure cannot
# flip a green build; local runs draw new ones each time.
settings.register_profile("ci", derandomize=True)
if os.environ.get("CI"):
    settings.load_profile("ci")

ROOT = Path(__file__).resolve().parent.parent
SEEDS = ROOT / "seeds"
SHARED = ROOT.parent / "shared"
ENGLISH_SEED = SEEDS / "000_4fd3e7492f48b50c.txt"
HINDI_SEED = SEEDS / "003_9b8b45bc252a4700.txt"


def _shared_reason(path: Path) -> str:
    return (f"needs {path}: ../shared, the data this project's maintainers provide beside the checkout "
            "(README, 'Run the tests'), is not there")


def needs_shared(*parts: str) -> pytest.MarkDecorator:
    """Skip a test, saying why, when this part of ../shared is missing (a clone with nothing beside it)."""
    path = SHARED.joinpath(*parts)
    return pytest.mark.skipif(not path.exists(), reason=_shared_reason(path))


def shared_file(*parts: str) -> Path:
    """This part of ../shared, or skip the calling test, saying why."""
    path = SHARED.joinpath(*parts)
    if not path.exists():
        pytest.skip(_shared_reason(path))
    return path


# The compiled packs cache of this test session and of the processes its tests
# start: a folder of its own, never the user's ~/.cache/factcheck. Set here, not
# in a fixture, because some test modules load the packs when they are collected.
PACK_CACHE_DIR = tempfile.mkdtemp(prefix="factcheck-test-pack-cache-")
os.environ["FACTCHECK_CACHE_DIR"] = PACK_CACHE_DIR
atexit.register(shutil.rmtree, PACK_CACHE_DIR, ignore_errors=True)


@pytest.fixture(scope="session")
def rules() -> factcheck.Rules:
    return factcheck.load_rules()


def check_texts(rules: factcheck.Rules, *texts: str) -> Report:
    articles = [article_from_text(text, f"article{i}.txt") for i, text in enumerate(texts)]
    return factcheck.check(articles, rules=rules)


def findings(rules: factcheck.Rules, text: str, rule: str | None = None) -> list[Finding]:
    report = check_texts(rules, text)
    return [f for f in report.findings if rule is None or f.rule == rule]


def texts_of(found: list[Finding]) -> list[str]:
    return [f.text for f in found]


def pack_rules(tmp_path: Path, pack: str) -> factcheck.Rules:
    """Rules from one pack written in the test (YAML, indented as in the test)."""
    path = tmp_path / "pack.yaml"
    path.write_text(textwrap.dedent(pack), encoding="utf-8")
    return factcheck.load_rules([path])


def error_texts(rules: factcheck.Rules, text: str) -> list[str]:
    """The spans of the error findings in one article."""
    report = factcheck.check([article_from_text(text, "a.txt")], rules=rules)
    return [f.text for f in report.findings if f.severity == "error"]


@functools.cache
def base_date_words() -> DateWords:
    """The month and weekday names of the bundled lexicon, as the checker reads dates with them."""
    return factcheck.load_rules().knowledge.date_words
