"""A fresh virtual environment that can install and run factcheck without the
network: this project is not in it, but the dependencies installed in the
environment running the tests are (links to them, this project left out, on
a .pth line after its own site-packages), so `pip install --no-index` finds
them already satisfied."""

from __future__ import annotations

import os
import subprocess
import sysconfig
import venv
from pathlib import Path


def fresh_venv(path: Path) -> Path:
    """Make a virtual environment at `path` and return its scripts folder."""
    venv.EnvBuilder(with_pip=True, symlinks=os.name != "nt").create(path)
    scripts = path / ("Scripts" if os.name == "nt" else "bin")
    purelib = subprocess.run([str(scripts / "python"), "-c",
                              "import sysconfig; print(sysconfig.get_paths()['purelib'])"],
                             check=True, capture_output=True, text=True).stdout.strip()
    dependencies = path / "test-dependencies"
    dependencies.mkdir()
    for site in sorted({sysconfig.get_paths()["purelib"], sysconfig.get_paths()["platlib"]}):
        for entry in Path(site).iterdir():
            if "factcheck" not in entry.name.lower() and not (dependencies / entry.name).exists():
                (dependencies / entry.name).symlink_to(entry, target_is_directory=entry.is_dir())
    Path(purelib, "zz-test-dependencies.pth").write_text(f"{dependencies}\n", encoding="utf-8")
    return scripts


def offline_env(scripts: Path, **extra: str) -> dict[str, str]:
    """The environment for commands run in the fresh venv: its scripts first on
    PATH, no package index, builds with what is installed (hatchling)."""
    env = {k: v for k, v in os.environ.items() if k not in ("PYTHONPATH", "VIRTUAL_ENV")}
    env.update(PATH=f"{scripts}{os.pathsep}{env.get('PATH', '')}", VIRTUAL_ENV=str(scripts.parent),
               PIP_NO_INDEX="1", PIP_NO_BUILD_ISOLATION="0", PIP_DISABLE_PIP_VERSION_CHECK="1",
               NO_COLOR="1", **extra)
    return env


def where_factcheck_is_imported_from(scripts: Path, env: dict[str, str], cwd: Path) -> Path:
    done = subprocess.run([str(scripts / "python"), "-c", "import factcheck; print(factcheck.__file__)"],
                          check=True, capture_output=True, text=True, env=env, cwd=cwd)
    return Path(done.stdout.strip())

