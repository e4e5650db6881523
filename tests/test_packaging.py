"""What a release builds and carries (docs/release.md): the sdist and wheel of
`python -m build`, checked by `twine check`, under the distribution name
factcheck-news at the version factcheck/__init__.py holds; the wheel with the
bundled packs and their JSON Schema, py.typed, the licence and the pytest
plugin's entry point, and working when installed alone in a fresh venv."""

from __future__ import annotations

import importlib.util
import re
import subprocess
import sys
import tarfile
import zipfile
from email.parser import HeaderParser
from pathlib import Path

import pytest

import factcheck

from .conftest import ENGLISH_SEED, ROOT
from .freshenv import fresh_venv, offline_env, where_factcheck_is_imported_from

DISTRIBUTION = "factcheck-news"
INSTALL_TEST_EXTRA = "pip install -c constraints.txt '.[test]'"


def _require(*modules: str) -> None:
    missing = [m for m in modules if importlib.util.find_spec(m) is None]
    if missing:
        pytest.skip(f"{', '.join(missing)} not installed ({INSTALL_TEST_EXTRA})")


@pytest.fixture(scope="module")
def dist(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The sdist and the wheel built from it, as `python -m build` makes them
    (with the installed hatchling, so that no network is needed)."""
    _require("build", "hatchling")
    out = tmp_path_factory.mktemp("dist")
    built = subprocess.run([sys.executable, "-m", "build", "--no-isolation", "--outdir", str(out), str(ROOT)],
                           capture_output=True, text=True, timeout=600)
    assert built.returncode == 0, built.stdout[-2000:] + built.stderr[-2000:]
    return out


def _wheel(dist: Path) -> Path:
    [wheel] = dist.glob("factcheck_news-*.whl")
    return wheel


def _sdist(dist: Path) -> Path:
    [sdist] = dist.glob("factcheck_news-*.tar.gz")
    return sdist


def test_the_wheel_carries_packs_schema_types_licence_and_plugin(dist):
    with zipfile.ZipFile(_wheel(dist)) as archive:
        names = set(archive.namelist())
        entry_points = next(archive.read(n).decode() for n in names if n.endswith("entry_points.txt"))
    assert {"factcheck/py.typed", "factcheck/bundled_rules/default.yaml",
            "factcheck/bundled_rules/pack.schema.json", "factcheck/bundled_rules/claim.schema.json"} <= names
    assert any(n.endswith("/LICENSE") for n in names)
    assert "[pytest11]\nfactcheck = factcheck.pytest_plugin" in entry_points
    assert "[console_scripts]\nfactcheck = factcheck.console:command" in entry_points


def test_the_distribution_is_factcheck_news_at_the_version_in_one_place(dist):
    with zipfile.ZipFile(_wheel(dist)) as archive:
        metadata_name = next(n for n in archive.namelist() if n.endswith(".dist-info/METADATA"))
        metadata = HeaderParser().parsestr(archive.read(metadata_name).decode())
    assert metadata["Name"] == DISTRIBUTION
    assert metadata["Version"] == factcheck.__version__
    assert _wheel(dist).name == f"factcheck_news-{factcheck.__version__}-py3-none-any.whl"
    assert _sdist(dist).name == f"factcheck_news-{factcheck.__version__}.tar.gz"
    pyproject = (ROOT / "pyproject.toml").read_text(encoding="utf-8")
    assert not re.search(r"(?m)^version\s*=", pyproject), "the version belongs in factcheck/__init__.py only"


def test_the_sdist_carries_what_building_and_testing_from_it_need(dist):
    with tarfile.open(_sdist(dist)) as archive:
        names = {n.split("/", 1)[1] for n in archive.getnames() if "/" in n}
    assert {"pyproject.toml", "README.md", "CHANGELOG.md", "LICENSE", "constraints.txt",
            ".pre-commit-hooks.yaml", "rules/default.yaml", "seeds/000_4fd3e7492f48b50c.txt",
            "tests/conftest.py", "factcheck/__init__.py"} <= names


def test_twine_check_passes_the_sdist_and_the_wheel(dist):
    _require("twine")
    files = [str(_sdist(dist)), str(_wheel(dist))]
    checked = subprocess.run([sys.executable, "-m", "twine", "check", "--strict", *files],
                             capture_output=True, text=True, timeout=300)
    assert checked.returncode == 0, checked.stdout + checked.stderr


def test_the_wheel_installed_alone_in_a_fresh_venv_prints_its_version_and_checks_a_seed(dist, tmp_path):
    scripts = fresh_venv(tmp_path / "venv")
    env = offline_env(scripts)
    work = tmp_path / "work"
    work.mkdir()
    seed = work / ENGLISH_SEED.name
    seed.write_bytes(ENGLISH_SEED.read_bytes())

    installed = subprocess.run([str(scripts / "python"), "-m", "pip", "install", "--no-deps", "--no-index",
                                str(_wheel(dist))], capture_output=True, text=True, env=env, cwd=work)
    assert installed.returncode == 0, installed.stdout + installed.stderr
    assert where_factcheck_is_imported_from(scripts, env, work).is_relative_to(tmp_path / "venv")

    version = subprocess.run([str(scripts / "factcheck"), "--version"], capture_output=True, text=True,
                             env=env, cwd=work)
    assert version.returncode == 0, version.stderr
    assert version.stdout.strip() == f"factcheck {factcheck.__version__}"

    checked = subprocess.run([str(scripts / "factcheck"), "check", seed.name, "--rules", "default"],
                             capture_output=True, text=True, env=env, cwd=work)
    assert checked.returncode == 0, checked.stderr
    assert f"{seed.name}:7:156: warning [spelling]" in checked.stdout
    assert checked.stdout.rstrip().endswith("1 article checked, 0 failed: 0 errors, 2 warnings, 0 infos")


def _changelog_releases() -> list[str]:
    changelog = (ROOT / "CHANGELOG.md").read_text(encoding="utf-8")
    return re.findall(r"(?m)^## \[(\d+\.\d+\.\d+)\] - \d{4}-\d{2}-\d{2}$", changelog)


def test_the_changelog_has_a_dated_section_for_this_version_unless_it_is_a_dev_version():
    releases = _changelog_releases()
    assert releases, "CHANGELOG.md has no '## [X.Y.Z] - YYYY-MM-DD' section"
    if ".dev" not in factcheck.__version__:
        assert releases[0] == factcheck.__version__


def test_the_docs_pin_the_newest_release_for_pip_git_pre_commit_and_the_action():
    newest = _changelog_releases()[0]
    pins: list[tuple[str, str]] = []
    pages = [ROOT / "README.md", *sorted((ROOT / "docs").glob("*.md")), ROOT / "action.yml",
             ROOT / ".pre-commit-hooks.yaml"]
    for page in pages:
        text = page.read_text(encoding="utf-8")
        for pin in (r"factcheck-news==", r"(?m)^[#\s]*rev:\s*v", r"OWNER/factcheck@v", r"--branch v",
                    r"\bfactcheck:"):
            pins += [(page.name, v) for v in re.findall(pin + r"(\d+\.\d+\.\d+[\w.]*)", text)]
    assert pins, "no pinned install in README.md or docs/"
    assert all(version == newest for _, version in pins), pins


def test_no_install_command_in_the_docs_takes_the_unrelated_factcheck_from_the_registry():
    command = re.compile(r"pip install\b[^\n`&;|]*")
    for page in [ROOT / "README.md", *sorted((ROOT / "docs").glob("*.md"))]:
        for line in command.findall(page.read_text(encoding="utf-8")):
            names = [w.strip("'\"") for w in line.split()[2:] if not w.startswith("-")]
            assert "factcheck" not in names and not any(n.startswith("factcheck[") for n in names), \
                f"{page.name}: {line}"
