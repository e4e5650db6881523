"""The documentation site: a page per rule kind generated from the code, the
hand-written docs in its nav, and a build that fails on a broken link."""

from __future__ import annotations

import importlib.util
import os
import re
import shutil
import subprocess
import sys
from pathlib import Path
from types import ModuleType
from typing import Any

import pytest
import yaml

from factcheck import rule_pages
from factcheck.checks import KINDS

from .conftest import ROOT

DOCS = ROOT / "docs"
FINDING_LINE = re.compile(r"^(?:example|article\d+)\.txt:\d+:\d+: (?:error|warning|info) \[", re.M)
MKDOCS_MISSING = importlib.util.find_spec("mkdocs") is None or importlib.util.find_spec("material") is None
needs_mkdocs = pytest.mark.skipif(
    MKDOCS_MISSING, reason="mkdocs and mkdocs-material are not installed: pip install -c constraints.txt "
                           "'.[docs]' (.ci/run does)")


@pytest.fixture(scope="module")
def pages(rules) -> dict[str, str]:
    return rule_pages.pages(rules)


def _section(page: str, heading: str) -> str:
    """The text under a '## heading' up to the next heading of that level."""
    start = page.index(f"\n## {heading}\n")
    end = page.find("\n## ", start + 1)
    return page[start : end if end >= 0 else len(page)]


def _option_rows(page: str) -> dict[str, list[str]]:
    rows = {}
    for line in _section(page, "Options").splitlines():
        cells = [cell.strip() for cell in line.strip().strip("|").split(" | ")]
        if len(cells) == 4 and cells[0].startswith("`"):
            rows[cells[0].strip("`")] = cells
    return rows


def _as_yaml(value: Any) -> Any:
    if isinstance(value, dict):
        return {key: _as_yaml(item) for key, item in value.items()}
    if isinstance(value, set | frozenset):
        return sorted(value)
    return value


def test_every_rule_kind_has_a_page_and_the_index_links_each(pages):
    assert set(pages) == {"index.md", *(f"{name}.md" for name in KINDS)}
    for name, kind in KINDS.items():
        assert f"[{name}]({name}.md)" in pages["index.md"]
        page = pages[f"{name}.md"]
        assert page.startswith(f"# {name}\n")
        assert kind.summary in page
        assert kind.explanation in page
        assert f"| default severity | {kind.default_severity} |" in page
        assert f"(../rules.md#{name})" in page  # the kind's section of the rule packs' guide


@pytest.mark.parametrize("name", sorted(KINDS))
def test_a_kind_page_lists_every_option_with_its_default_and_meaning(pages, name):
    kind, page = KINDS[name], pages[f"{name}.md"]
    rows = _option_rows(page)
    assert list(rows) == list(kind.options.model_fields)
    for option, info in kind.options.model_fields.items():
        _, _, default_cell, meaning = rows[option]
        assert meaning == (info.description or "").replace("|", "\\|")
        if info.is_required():
            assert default_cell == "(required)"
            continue
        default = info.get_default(call_default_factory=True)
        if isinstance(default, dict | list | set):
            # In full under the table, as YAML that reads back as the default.
            assert default_cell == f"[below](#default-of-{option})"
            shown = page.split(f"### Default of `{option}`\n\n```yaml\n", 1)[1].split("\n```", 1)[0]
            assert yaml.safe_load(shown) == _as_yaml(default)
        else:
            written = {None: "none", True: "true", False: "false"}.get(default, str(default))
            assert default_cell == f"`{written}`"


def test_an_option_type_says_its_values_and_limits(pages):
    rows = _option_rows(pages["spelling.md"])
    assert rows["max_edits_per"][1] == "integer, ≥ 2"
    assert rows["variants"][1] == "`none` or `info` or `warning` or `error`"
    assert rows["glue_words"][1] == "mapping of text to list of text or none"  # none: the lexicon's
    existence = _option_rows(pages["existence.md"])
    assert existence["suggestion"][1] == "text or none"
    assert existence["patterns"][1].endswith("at least 1 item")
    assert _option_rows(pages["trailing-text.md"])["max_shared"][1] == "number, ≥ 0, ≤ 1"


@pytest.mark.parametrize("name", ["fact", "date"])
def test_a_kind_without_options_says_so(pages, name):
    assert not KINDS[name].options.model_fields
    assert "This kind has no options." in _section(pages[f"{name}.md"], "Options")


def test_a_kind_page_shows_the_bundled_check_as_yaml_a_pack_can_hold(pages, rules):
    for check in rules.checks:
        section = _section(pages[f"{check.kind.name}.md"], "In a pack")
        shown = yaml.safe_load(section.split("```yaml\n", 1)[1].split("\n```", 1)[0])
        (written,) = shown["checks"]
        assert written["id"] == check.id and written["kind"] == check.kind.name
        assert written.get("options", {}) == check.spec.options
        assert [e for e in written.get("examples", []) if e.get("finds")], "an example it must report"


def test_a_kind_page_shows_what_each_example_reports_when_run(pages, rules):
    for check in rules.checks:
        examples = _section(pages[f"{check.kind.name}.md"], "Examples").split("\n### Example ")[1:]
        assert len(examples) == len(check.spec.examples), check.id
        for example, shown in zip(check.spec.examples, examples, strict=True):
            # What factcheck prints for it: one finding line per finding the example must report.
            assert len(FINDING_LINE.findall(shown)) == len(example.finds), (check.id, shown)
            assert ("Reports nothing." in shown) == (not example.finds)
            for find in example.finds:
                if find.suggestion:
                    assert f"      = suggestion: {find.suggestion}\n" in shown
                if find.severity:
                    assert f": {find.severity} [{check.id}]" in shown


def test_rule_pages_module_writes_every_page_into_a_folder(tmp_path, capsys):
    folder = tmp_path / "kinds"
    assert rule_pages.main([str(folder)]) == 0
    assert sorted(p.name for p in folder.iterdir()) == sorted(["index.md", *(f"{k}.md" for k in KINDS)])
    assert f"wrote {len(KINDS) + 1} pages" in capsys.readouterr().err


def test_rule_pages_module_fails_in_one_line_when_it_cannot_write(tmp_path, capsys):
    blocker = tmp_path / "file"
    blocker.write_text("", encoding="utf-8")
    assert rule_pages.main([str(blocker / "kinds")]) == 2
    err = capsys.readouterr().err
    assert err.startswith("factcheck: cannot write the pages to ") and err.count("\n") == 1


def test_rules_md_keeps_a_section_per_kind_naming_every_option():
    """The hand-written guide's headings stay (other docs and SARIF link to
    docs/rules.md#KIND) and its option tables keep up with the code."""
    guide = (DOCS / "rules.md").read_text(encoding="utf-8")
    for name, kind in KINDS.items():
        assert f"\n### {name}\n" in guide
        section = guide.split(f"\n### {name}\n", 1)[1]
        section = re.split(r"\n##+ ", section, maxsplit=1)[0]
        for option in kind.options.model_fields:
            assert f"`{option}`" in section, (name, option)
        if not kind.options.model_fields:
            assert "No options." in section, name


def _nav_pages(nav: Any) -> list[str]:
    if isinstance(nav, str):
        return [nav]
    if isinstance(nav, dict):
        return [page for value in nav.values() for page in _nav_pages(value)]
    return [page for item in nav for page in _nav_pages(item)]


class _ConfigLoader(yaml.SafeLoader):
    """mkdocs.yml with its mkdocs-only tags (!relative) read as plain values."""


_ConfigLoader.add_multi_constructor("!", lambda loader, suffix, node: loader.construct_scalar(node))


def _config() -> dict[str, Any]:
    return yaml.load((ROOT / "mkdocs.yml").read_text(encoding="utf-8"), Loader=_ConfigLoader)


def test_the_site_nav_holds_the_readme_every_hand_written_page_and_every_kind_page():
    written = _nav_pages(_config()["nav"])
    assert [page for page in written if page.startswith(f"{rule_pages.FOLDER}/")] == [
        f"{rule_pages.FOLDER}/index.md"]  # a new kind needs no edit of mkdocs.yml
    nav = _nav_pages(rule_pages.nav_with_kind_pages(_config()["nav"]))  # as docs/hooks.py makes it
    assert len(nav) == len(set(nav))
    hand_written = {p.relative_to(DOCS).as_posix() for p in DOCS.glob("*.md")}
    assert {"rules.md", "ci.md", "output.md", "reliability.md", "quality.md", "tutorial.md"} <= hand_written
    generated = {"index.md", *(f"{rule_pages.FOLDER}/{name}" for name in rule_pages.pages())}
    assert set(nav) == hand_written | generated


def test_the_tutorial_page_includes_the_tutorial_files():
    page = (DOCS / "tutorial.md").read_text(encoding="utf-8")
    for name in ("uk-politics.yaml", "article.md"):
        assert f'--8<-- "docs/tutorial/{name}"' in page
        assert (DOCS / "tutorial" / name).is_file()
    assert _config()["markdown_extensions"][-1]["pymdownx.snippets"]["check_paths"] is True


# The build, with mkdocs.


def _hooks() -> ModuleType:
    spec = importlib.util.spec_from_file_location("factcheck_docs_hooks", DOCS / "hooks.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


@needs_mkdocs
def test_repository_links_become_the_sites_links():
    hooks = _hooks()
    readme = ("See [CI](docs/ci.md), [a kind](docs/rules.md#spelling), [licence](LICENSE), "
              "[gone](docs/gone.md).\n```\n[code](docs/ci.md)\n```\n")
    assert hooks.repository_links(readme, ROOT, DOCS, DOCS, ROOT) == (
        "See [CI](ci.md), [a kind](rules.md#spelling), licence, [gone](gone.md).\n"
        "```\n[code](docs/ci.md)\n```\n")
    page = "[home](../README.md#run-the-tests), [licence](../LICENSE), [missing](../NOPE.md), [web](https://x.org)"
    assert hooks.repository_links(page, DOCS, DOCS, DOCS, ROOT, "https://example.org/factcheck/") == (
        "[home](index.md#run-the-tests), [licence](https://example.org/factcheck/blob/HEAD/LICENSE), "
        "[missing](../NOPE.md), [web](https://x.org)")


def _site_copy(tmp_path: Path) -> Path:
    copy = tmp_path / "repo"
    copy.mkdir()
    shutil.copy(ROOT / "mkdocs.yml", copy / "mkdocs.yml")
    for linked in ("README.md", "CHANGELOG.md", "LICENSE", "action.yml", "Dockerfile"):
        if (ROOT / linked).exists():  # files the README links to
            shutil.copy(ROOT / linked, copy / linked)
    shutil.copytree(DOCS, copy / "docs", ignore=shutil.ignore_patterns("__pycache__"))
    return copy


def _build(root: Path, site: Path) -> subprocess.CompletedProcess[str]:
    environment = {**os.environ, "NO_MKDOCS_2_WARNING": "1"}
    return subprocess.run(
        [sys.executable, "-m", "mkdocs", "build", "--strict", "--config-file", str(root / "mkdocs.yml"),
         "--site-dir", str(site)],
        capture_output=True, text=True, timeout=300, env=environment, cwd=site.parent)


@needs_mkdocs
def test_the_site_builds_strict_with_a_page_per_kind_and_the_guides_anchors(tmp_path):
    site = tmp_path / "site"
    result = _build(ROOT, site)
    assert result.returncode == 0, result.stderr
    home = (site / "index.html").read_text(encoding="utf-8")
    assert 'href="ci/"' in home  # README's docs/ci.md, as a page of the site
    guide = (site / "rules" / "index.html").read_text(encoding="utf-8")
    for name, kind in KINDS.items():
        assert f'id="{name}"' in guide  # docs/rules.md#KIND, as README, docs/ci.md and SARIF link it
        page = (site / rule_pages.FOLDER / name / "index.html").read_text(encoding="utf-8")
        for option in kind.options.model_fields:
            assert f"<code>{option}</code>" in page
    tutorial = (site / "tutorial" / "index.html").read_text(encoding="utf-8")
    assert "uk-office-holder" in tutorial and "Mini-budget unveiled" in tutorial


@needs_mkdocs
@pytest.mark.parametrize(("where", "link", "named"), [
    ("README.md", "[the new guide](docs/new-guide.md)", "new-guide.md"),
    ("docs/ci.md", "[a kind](rules.md#no-such-kind)", "no-such-kind"),
])
def test_a_broken_link_fails_the_build(tmp_path, where, link, named):
    copy = _site_copy(tmp_path)
    with (copy / where).open("a", encoding="utf-8") as page:
        page.write(f"\nSee {link}.\n")
    result = _build(copy, tmp_path / "site")
    assert result.returncode != 0
    assert named in result.stderr


@needs_mkdocs
def test_a_page_left_out_of_the_nav_fails_the_build(tmp_path):
    copy = _site_copy(tmp_path)
    (copy / "docs" / "orphan.md").write_text("# Orphan\n", encoding="utf-8")
    result = _build(copy, tmp_path / "site")
    assert result.returncode != 0
    assert "orphan.md" in result.stderr


@needs_mkdocs
def test_a_kind_page_left_on_disk_is_replaced_by_the_generated_one(tmp_path):
    copy = _site_copy(tmp_path)
    (copy / "docs" / rule_pages.FOLDER).mkdir()
    (copy / "docs" / rule_pages.FOLDER / "spelling.md").write_text("# spelling\n\nstale\n", encoding="utf-8")
    result = _build(copy, tmp_path / "site")
    assert result.returncode == 0, result.stderr
    page = (tmp_path / "site" / rule_pages.FOLDER / "spelling" / "index.html").read_text(encoding="utf-8")
    assert "stale" not in page and "<code>glue_words</code>" in page
