"""The pre-commit hook, tried with pre-commit's try-repo on a temporary git
repository (pre-commit installs factcheck from this checkout into its own
environment, from the package registry). The hook repository is a snapshot
of this working tree, new files included."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
WRONG = "date 2021-07-01 Defence Minister Narendra Modi visited Hanoi.\n"
RIGHT = "date 2021-07-01 Defence Minister Rajnath Singh visited Hanoi.\n"


def _pre_commit() -> list[str]:
    if shutil.which("git") is None:
        pytest.skip("git is not installed")
    try:
        import pre_commit  # noqa: F401
    except ImportError:
        pytest.skip("pre-commit is not installed (pip install '.[test]')")
    return [sys.executable, "-m", "pre_commit"]


def _git(repo: Path, *args: str) -> None:
    subprocess.run(["git", "-C", str(repo), *args], check=True, capture_output=True)


def _snapshot(target: Path) -> Path:
    """This working tree (new files too) as a git repository of one commit:
    the hook repository pre-commit installs from."""
    listed = subprocess.run(["git", "-C", str(ROOT), "ls-files", "--cached", "--others",
                             "--exclude-standard", "-z"], check=True, capture_output=True)
    for name in filter(None, listed.stdout.decode().split("\0")):
        source = ROOT / name
        if source.is_file():
            (target / name).parent.mkdir(parents=True, exist_ok=True)
            shutil.copy2(source, target / name)
    _git(target, "init", "-q")
    _git(target, "add", ".")
    _git(target, "-c", "user.email=ci@example.invalid", "-c", "user.name=CI", "commit", "-q", "-m", "x")
    return target


def test_the_hook_fails_a_commit_with_a_wrong_article_and_passes_a_right_one(tmp_path):
    command = _pre_commit()
    if not (ROOT / ".git").exists():
        pytest.skip("not a git checkout: nothing for pre-commit to install from")
    hooks = _snapshot(tmp_path / "factcheck")
    repo = tmp_path / "newsroom"
    repo.mkdir()
    _git(repo, "init", "-q")
    _git(repo, "config", "user.email", "ci@example.invalid")
    _git(repo, "config", "user.name", "CI")
    (repo / "story.txt").write_text(WRONG, encoding="utf-8")
    (repo / "notes.py").write_text("print('not an article')\n", encoding="utf-8")
    (repo / "README.md").write_text(WRONG, encoding="utf-8")  # excluded by default, though named
    _git(repo, "add", ".")
    env = {**os.environ, "PRE_COMMIT_HOME": str(tmp_path / "cache"), "NO_COLOR": "1"}
    env.pop("PYTHONPATH", None)

    def try_repo() -> subprocess.CompletedProcess[str]:
        return subprocess.run([*command, "try-repo", str(hooks), "factcheck", "--all-files"],
                              cwd=repo, env=env, capture_output=True, text=True, timeout=900)

    failed = try_repo()
    assert failed.returncode == 1, failed.stdout + failed.stderr
    assert "story.txt:1:34: error [office-holder]" in failed.stdout
    assert "notes.py" not in failed.stdout and "README.md" not in failed.stdout

    (repo / "story.txt").write_text(RIGHT, encoding="utf-8")
    _git(repo, "add", ".")
    passed = try_repo()
    assert passed.returncode == 0, passed.stdout + passed.stderr
    assert "factcheck" in passed.stdout and "Passed" in passed.stdout
