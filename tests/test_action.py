"""The GitHub Action (action.yml) run as a script, since no local runner for
actions is available: its inputs are read from the file, its shell steps run
with bash as the runner runs them, its `${{ }}` expressions and `if:`
conditions evaluated from the inputs and the steps' outputs. This checkout
stands in for the pinned install (GitHub checks the action out at the tag a
workflow names and the install step installs from there), into a fresh venv
standing in for the job's Python; the SARIF upload is shown by what it would
be given."""

from __future__ import annotations

import json
import re
import shutil
import subprocess
import sys
from dataclasses import dataclass, field
from importlib import metadata
from pathlib import Path
from typing import Any

import pytest
import yaml

import factcheck

from .conftest import ROOT, SEEDS
from .freshenv import fresh_venv, offline_env, where_factcheck_is_imported_from

ACTION = yaml.safe_load((ROOT / "action.yml").read_text(encoding="utf-8"))
STEPS: list[dict[str, Any]] = ACTION["runs"]["steps"]
EXPRESSION = re.compile(r"\$\{\{\s*(.*?)\s*\}\}")
REFERENCE = re.compile(r"\b(inputs|steps|github)\.([\w.-]+)")
WRONG = "date 2021-07-01 Defence Minister Narendra Modi visited Hanoi.\n"
HOUSE_STYLE = """\
pack: newsroom
checks:
  - id: house-style
    kind: existence
    description: Words the desk does not use.
    options:
      patterns:
        en: ["\\\\bvisited\\\\b"]
      message: "say went to, not {match}"
"""


@dataclass
class Run:
    outputs: dict[str, dict[str, str]] = field(default_factory=dict)
    uploads: list[dict[str, str]] = field(default_factory=list)
    log: str = ""
    failed_with: int = 0
    action_path: Path = ROOT


def _pins_unmet() -> list[str]:
    """The pins of constraints.txt that the environment running the tests does
    not hold (a package it lacks is no conflict: nothing installs it)."""
    unmet = []
    for line in (ROOT / "constraints.txt").read_text(encoding="utf-8").splitlines():
        name, _, pinned = line.split("#", 1)[0].strip().partition("==")
        if pinned:
            try:
                installed = metadata.version(name)
            except metadata.PackageNotFoundError:
                continue
            if installed != pinned:
                unmet.append(f"{name}=={pinned} ({installed} installed)")
    return unmet


def _action_folder(root: Path) -> Path:
    """The folder the install step installs from, as GitHub checks the action
    out. This checkout, when the tests run where constraints.txt was installed
    (as CI runs them). Where they run on other releases (the newest, say), the
    offline install can only take what this environment holds: a copy of the
    checkout whose constraints.txt pins those, so that the step still installs
    pinned, this environment's pins."""
    if not _pins_unmet():
        return ROOT
    folder = root / "action-checkout"
    folder.mkdir()
    for name in ("pyproject.toml", "README.md", "LICENSE", "factcheck", "rules"):
        source = ROOT / name
        if source.is_dir():
            shutil.copytree(source, folder / name, ignore=shutil.ignore_patterns("__pycache__"))
        else:
            shutil.copy2(source, folder / name)
    pins = [line.split("==", 1)[0] for line in (ROOT / "constraints.txt").read_text(encoding="utf-8")
            .splitlines() if "==" in line.split("#", 1)[0]]
    held = []
    for name in pins:
        try:
            held.append(f"{name}=={metadata.version(name)}")
        except metadata.PackageNotFoundError:
            continue
    (folder / "constraints.txt").write_text("\n".join(held) + "\n", encoding="utf-8")
    return folder


def _lookup(context: str, path: str, inputs: dict[str, str], run: Run) -> str:
    if context == "inputs":
        return inputs[path]
    if context == "github":
        return {"action_path": str(run.action_path)}[path]
    step, outputs, name = path.split(".", 2)
    assert outputs == "outputs", path
    return run.outputs.get(step, {}).get(name, "")


def _evaluate(expression: str, inputs: dict[str, str], run: Run) -> Any:
    """A GitHub expression of context references, string literals, ==, !=, &&,
    || and parentheses (all that action.yml uses)."""
    python = REFERENCE.sub(lambda m: repr(_lookup(m[1], m[2], inputs, run)), expression)
    python = python.replace("&&", " and ").replace("||", " or ")
    return eval(python, {"__builtins__": {}}, {})  # our own action.yml; every reference is quoted


def _substitute(text: str, inputs: dict[str, str], run: Run) -> str:
    return EXPRESSION.sub(lambda m: str(_evaluate(m[1], inputs, run)), text)


def _run_steps(steps: list[dict[str, Any]], given: dict[str, str], workspace: Path, scripts: Path,
               action_path: Path = ROOT) -> Run:
    inputs = {name: spec.get("default", "") for name, spec in ACTION["inputs"].items()}
    unknown = set(given) - set(inputs)
    assert not unknown, f"not inputs of action.yml: {unknown}"
    inputs.update(given)
    run = Run(action_path=action_path)
    for step in steps:
        if "if" in step and not _evaluate(step["if"], inputs, run):
            continue
        if "uses" in step:
            with_ = {k: _substitute(str(v), inputs, run) for k, v in step.get("with", {}).items()}
            if step["uses"].startswith("github/codeql-action/upload-sarif@"):
                run.uploads.append(with_)
            else:
                assert step["uses"].startswith("actions/setup-python@"), step["uses"]
            continue
        output_file = workspace.parent / f"{workspace.name}-output-{len(run.outputs)}"
        output_file.write_text("", encoding="utf-8")
        env = offline_env(scripts, GITHUB_OUTPUT=str(output_file), GITHUB_ACTION_PATH=str(run.action_path),
                          GITHUB_WORKSPACE=str(workspace))
        env.update({k: _substitute(str(v), inputs, run) for k, v in step.get("env", {}).items()})
        assert step["shell"] == "bash"
        done = subprocess.run(["bash", "--noprofile", "--norc", "-eo", "pipefail", "-c", step["run"]],
                              cwd=workspace, env=env, capture_output=True, text=True, timeout=600)
        run.log += done.stdout + done.stderr
        lines = output_file.read_text(encoding="utf-8").splitlines()
        run.outputs[step.get("id", f"step{len(run.outputs)}")] = dict(line.split("=", 1) for line in lines)
        if done.returncode != 0:
            run.failed_with = done.returncode
            break
    return run


def _install_step() -> dict[str, Any]:
    [step] = [s for s in STEPS if "pip install" in s.get("run", "")]
    return step


def _after_install() -> list[dict[str, Any]]:
    return STEPS[STEPS.index(_install_step()) + 1:]


@pytest.fixture(scope="module")
def job_python(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A fresh venv (the job's Python) into which the action's install step
    has installed this checkout."""
    root = tmp_path_factory.mktemp("action")
    scripts = fresh_venv(root / "python")
    workspace = root / "workspace"
    workspace.mkdir()
    run = _run_steps(STEPS[:STEPS.index(_install_step()) + 1], {}, workspace, scripts,
                     _action_folder(root))
    assert run.failed_with == 0, run.log[-3000:]
    return scripts


def _workspace(tmp_path: Path, *articles: tuple[str, str]) -> Path:
    workspace = tmp_path / "workspace"
    shutil.copytree(SEEDS, workspace / "seeds")
    for name, text in articles:
        (workspace / name).parent.mkdir(parents=True, exist_ok=True)
        (workspace / name).write_text(text, encoding="utf-8")
    return workspace


def test_every_input_is_described_and_used_and_every_reference_is_declared():
    text = (ROOT / "action.yml").read_text(encoding="utf-8")
    used = set(re.findall(r"\binputs\.([\w-]+)", text))
    assert used == set(ACTION["inputs"])
    assert all(spec.get("description") for spec in ACTION["inputs"].values())
    assert all(spec.get("description") for spec in ACTION["outputs"].values())
    step_ids = {s["id"] for s in STEPS if "id" in s}
    assert set(re.findall(r"\bsteps\.([\w-]+)\.outputs", text)) <= step_ids
    assert ACTION["runs"]["using"] == "composite"


def test_inputs_reach_the_scripts_only_through_the_environment(job_python, tmp_path):
    assert not any("${{" in step.get("run", "") for step in STEPS)
    workspace = _workspace(tmp_path)
    run = _run_steps(_after_install(), {"paths": "seeds $(touch injected) `touch injected` ;touch injected",
                                        "args": "$(touch injected)", "upload-sarif": "false"},
                     workspace, job_python)
    assert not list(workspace.rglob("injected")) and not (tmp_path / "injected").exists()
    assert run.outputs["check"]["exit-code"] == "1"  # the odd words are inputs that do not exist


def test_the_install_step_installs_this_version_into_the_jobs_python(job_python, tmp_path):
    env = offline_env(job_python)
    assert where_factcheck_is_imported_from(job_python, env, tmp_path).is_relative_to(job_python.parent)
    version = subprocess.run([str(job_python / "factcheck"), "--version"], capture_output=True, text=True,
                             env=env, cwd=tmp_path)
    assert version.stdout.strip() == f"factcheck {factcheck.__version__}"
    assert "-c \"$ACTION_PATH/constraints.txt\"" in _install_step()["run"]


def test_the_seeds_are_annotated_and_their_sarif_uploaded_and_the_job_passes(job_python, tmp_path):
    workspace = _workspace(tmp_path)
    run = _run_steps(_after_install(), {"paths": "seeds"}, workspace, job_python)
    assert run.failed_with == 0, run.log
    assert run.outputs["check"] == {"exit-code": "0", "sarif-file": "factcheck.sarif"}
    assert "::warning file=seeds/000_4fd3e7492f48b50c.txt,line=7,endLine=7,col=156" in run.log
    assert run.uploads == [{"sarif_file": "factcheck.sarif", "category": "factcheck"}]
    sarif = json.loads((workspace / "factcheck.sarif").read_text(encoding="utf-8"))
    results = sarif["runs"][0]["results"]
    assert sarif["runs"][0]["tool"]["driver"]["name"] == "factcheck"
    assert {r["locations"][0]["physicalLocation"]["artifactLocation"]["uri"] for r in results} == {
        "seeds/000_4fd3e7492f48b50c.txt", "seeds/003_9b8b45bc252a4700.txt"}


def test_a_wrong_article_fails_the_job_after_its_sarif_is_uploaded(job_python, tmp_path):
    workspace = _workspace(tmp_path, ("articles/story.txt", WRONG))
    run = _run_steps(_after_install(), {"paths": "articles\nseeds", "sarif-file": "out/fc.sarif",
                                        "sarif-category": "news"}, workspace, job_python)
    assert run.failed_with == 1
    assert run.outputs["check"]["exit-code"] == "1"
    assert "::error file=articles/story.txt,line=1" in run.log
    assert run.uploads == [{"sarif_file": "out/fc.sarif", "category": "news"}]
    assert (workspace / "out" / "fc.sarif").is_file()


def test_rules_fail_on_format_and_args_reach_factcheck(job_python, tmp_path):
    workspace = _workspace(tmp_path, ("articles/story.txt", WRONG), ("packs/mine.yaml", HOUSE_STYLE))
    run = _run_steps(_after_install(), {"paths": "articles", "rules": "default packs/mine.yaml",
                                        "fail-on": "never", "format": "json",
                                        "args": "--select office-holder,house-style --format junit "
                                                "--output fc.xml"},
                     workspace, job_python)
    assert run.failed_with == 0, run.log
    printed = json.loads(run.log)
    assert [f["rule"] for f in printed["findings"]] == ["office-holder", "house-style"]
    assert "<testcase" in (workspace / "fc.xml").read_text(encoding="utf-8")
    sarif = json.loads((workspace / "factcheck.sarif").read_text(encoding="utf-8"))
    assert [r["ruleId"] for r in sarif["runs"][0]["results"]] == ["office-holder", "house-style"]


def test_a_usage_error_uploads_nothing_and_fails_with_2(job_python, tmp_path):
    workspace = _workspace(tmp_path)
    run = _run_steps(_after_install(), {"paths": "seeds", "args": "--max-article-size lots"},
                     workspace, job_python)
    assert run.outputs["check"]["exit-code"] == "2"
    assert run.uploads == []
    assert run.failed_with == 2


def _workflow_steps(markdown: Path) -> list[dict[str, Any]]:
    steps: list[dict[str, Any]] = []
    for block in re.findall(r"```yaml\n(.*?)```", markdown.read_text(encoding="utf-8"), re.S):
        workflow = yaml.safe_load(block)
        if isinstance(workflow, dict):
            steps += [step for job in (workflow.get("jobs") or {}).values() for step in job.get("steps", [])]
    return steps


def test_the_workflow_in_the_docs_uses_this_action_with_declared_inputs_only():
    uses = [step for step in _workflow_steps(ROOT / "docs" / "ci.md")
            if str(step.get("uses", "")).startswith("OWNER/factcheck@")]
    assert uses, "docs/ci.md shows no workflow using the action"
    for step in uses:
        assert set(step.get("with", {})) <= set(ACTION["inputs"]), step


def test_the_workflow_without_the_action_writes_sarif_and_html_and_annotates(tmp_path):
    steps = _workflow_steps(ROOT / "docs" / "ci.md")
    [step] = [s for s in steps if "factcheck check" in str(s.get("run", ""))]
    workspace = tmp_path / "workspace"
    shutil.copytree(SEEDS, workspace / "articles")
    done = subprocess.run(["bash", "--noprofile", "--norc", "-eo", "pipefail", "-c", step["run"]],
                          cwd=workspace, env=offline_env(Path(sys.executable).parent),
                          capture_output=True, text=True)
    assert done.returncode == 0, done.stderr
    assert "::warning file=articles/000_4fd3e7492f48b50c.txt,line=7,endLine=7,col=156" in done.stdout
    assert json.loads((workspace / "factcheck.sarif").read_text(encoding="utf-8"))["runs"][0]["results"]
    assert (workspace / "factcheck.html").read_text(encoding="utf-8").startswith("<!DOCTYPE html>")
