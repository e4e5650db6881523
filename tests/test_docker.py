"""The Docker image (Dockerfile): a slim Python base, factcheck installed with
the bundled packs, run as a user without privileges, `factcheck` as the entry
point. Built and run where docker works; skipped, saying why, where the
daemon is not running or the base image cannot be pulled (only package
registries may be reachable)."""

from __future__ import annotations

import re
import shutil
import subprocess
import uuid
from collections.abc import Iterator

import pytest

import factcheck

from .conftest import ROOT, SEEDS

DOCKERFILE = (ROOT / "Dockerfile").read_text(encoding="utf-8")


def _instructions() -> list[tuple[str, str]]:
    joined = re.sub(r"\\\n", " ", DOCKERFILE)
    return [(line.split(None, 1)[0].upper(), line.split(None, 1)[1].strip())
            for line in joined.splitlines() if line.strip() and not line.lstrip().startswith("#")]


def _base_image() -> str:
    args = dict(value.split("=", 1) for kind, value in _instructions() if kind == "ARG" and "=" in value)
    [base] = [value for kind, value in _instructions() if kind == "FROM"]
    return re.sub(r"\$\{(\w+)\}", lambda m: args[m[1]], base)


def _docker(*args: str, timeout: float = 120) -> subprocess.CompletedProcess[str]:
    return subprocess.run(["docker", *args], capture_output=True, text=True, timeout=timeout)


def _last_line(text: str) -> str:
    lines = text.strip().splitlines()
    return lines[-1] if lines else "no message"


@pytest.fixture(scope="module")
def image() -> Iterator[str]:
    if shutil.which("docker") is None:
        pytest.skip("docker is not installed")
    info = _docker("info")
    if info.returncode != 0:
        pytest.skip(f"the docker daemon does not answer: {_last_line(info.stderr)}")
    base = _base_image()
    if _docker("image", "inspect", base).returncode != 0:
        pulled = _docker("pull", base, timeout=600)
        if pulled.returncode != 0:
            pytest.skip(f"cannot pull the base image {base}: {_last_line(pulled.stderr)}")
    tag = f"factcheck-test:{uuid.uuid4().hex[:12]}"
    built = _docker("build", "--tag", tag, str(ROOT), timeout=1200)
    assert built.returncode == 0, built.stdout[-3000:] + built.stderr[-3000:]
    try:
        yield tag
    finally:
        _docker("image", "rm", "--force", tag)


def test_the_dockerfile_is_slim_non_root_with_factcheck_as_entry_point():
    instructions = _instructions()
    assert _base_image().startswith("python:") and _base_image().endswith("-slim")
    users = [value for kind, value in instructions if kind == "USER"]
    assert users and users[-1] not in ("root", "0")
    assert [value for kind, value in instructions if kind == "ENTRYPOINT"] == ['["factcheck"]']
    assert any(kind == "COPY" and value.split()[0] == "rules" for kind, value in instructions)
    ignored = (ROOT / ".dockerignore").read_text(encoding="utf-8").splitlines()
    assert "*" in ignored, ".dockerignore should leave out everything the image does not need (.venv, .git)"


def test_the_image_prints_its_version(image):
    done = _docker("run", "--rm", image, "--version")
    assert done.returncode == 0, done.stderr
    assert done.stdout.strip() == f"factcheck {factcheck.__version__}"


def test_the_image_checks_mounted_articles_with_the_bundled_packs(image):
    done = _docker("run", "--rm", "--network", "none", "-v", f"{SEEDS}:/work:ro", image, "check", ".")
    assert done.returncode == 0, done.stderr
    assert "Giangfor" in done.stdout
    assert done.stdout.rstrip().endswith("2 articles checked, 0 failed: 0 errors, 5 warnings, 1 info")


def test_the_image_runs_as_a_user_without_privileges(image):
    done = _docker("run", "--rm", "--entrypoint", "id", image, "-u")
    assert done.returncode == 0, done.stderr
    assert done.stdout.strip() != "0"
