"""mkdocs hooks of the documentation site (mkdocs.yml, `hooks:`).

- README.md is the site's home page, index.md.
- The rule kinds' reference pages (kinds/) are generated from the code at
  every build by factcheck.rule_pages, never committed, so they cannot drift;
  the nav lists the page of every registered kind after kinds/index.md.
- Links written for the repository (README's `docs/ci.md`, a page's
  `../README.md` or `../action.yml`) are made links of the site: into docs/
  they point at the page, to README.md at the home page, and to another file
  of the repository at it on `repo_url` when mkdocs.yml sets one, else they
  become plain text. A link to a file that does not exist is left as written,
  so that `mkdocs build --strict` fails on it.
"""

from __future__ import annotations

import os
import re
from pathlib import Path
from typing import Any

from mkdocs.structure.files import File, Files

from factcheck import rule_pages

HOME = "index.md"
LINK = re.compile(r"(?P<text>!?\[[^\]\n]*\])\((?P<target>[^()\s]+)(?P<title>\s+\"[^\"\n]*\")?\)")
FENCE = re.compile(r"^\s*(```+|~~~+)")


def _root(config: Any) -> Path:
    return Path(config.config_file_path).resolve().parent


def _put(files: Files, file: File) -> None:
    """Add a generated page, in place of a file of the same name on disk."""
    existing = files.get_file_from_path(file.src_uri)
    if existing is not None:
        files.remove(existing)
    files.append(file)


def on_config(config: Any) -> Any:
    config["nav"] = rule_pages.nav_with_kind_pages(config["nav"] or [])
    return config


def on_files(files: Files, config: Any) -> Files:
    readme = (_root(config) / "README.md").read_text(encoding="utf-8")
    _put(files, File.generated(config, HOME, content=readme))
    for name, text in rule_pages.pages().items():
        _put(files, File.generated(config, f"{rule_pages.FOLDER}/{name}", content=text))
    return files


def _site_target(target: str, written_in: Path, page_dir: Path, docs: Path, root: Path,
                 repo_url: str | None) -> str | None:
    """Where a relative link written in folder `written_in` points in the site:
    a link relative to `page_dir`, a URL, or None for plain text."""
    path, hash_, fragment = target.partition("#")
    if not path or re.match(r"^[a-zA-Z][a-zA-Z0-9+.-]*:", path) or path.startswith("/"):
        return target
    resolved = Path(os.path.normpath(written_in / path))
    if resolved == root / "README.md":
        resolved = docs / HOME
    elif not resolved.is_relative_to(docs) and resolved.is_relative_to(root) and resolved.exists():
        if not repo_url:
            return None
        return f"{repo_url.rstrip('/')}/blob/HEAD/{resolved.relative_to(root).as_posix()}{hash_}{fragment}"
    if not resolved.is_relative_to(docs):
        return target  # a file that does not exist: mkdocs reports the broken link
    return Path(os.path.relpath(resolved, page_dir)).as_posix() + hash_ + fragment


def repository_links(markdown: str, written_in: Path, page_dir: Path, docs: Path, root: Path,
                     repo_url: str | None = None) -> str:
    """The page's Markdown with its links made the site's (fenced code left alone)."""
    def replace(match: re.Match[str]) -> str:
        target = _site_target(match["target"], written_in, page_dir, docs, root, repo_url)
        if target is None:
            return match["text"][1:-1] if match["text"].startswith("[") else match[0]
        return f"{match['text']}({target}{match['title'] or ''})"

    lines, fence = markdown.split("\n"), None
    for number, line in enumerate(lines):
        opened = FENCE.match(line)
        if fence is None and opened:
            fence = opened.group(1)
        elif fence is not None and line.strip().startswith(fence):
            fence = None
        elif fence is None:
            lines[number] = LINK.sub(replace, line)
    return "\n".join(lines)


def on_page_markdown(markdown: str, page: Any, config: Any, files: Files) -> str:
    root, docs = _root(config), Path(config.docs_dir).resolve()
    page_dir = (docs / page.file.src_uri).parent
    written_in = root if page.file.src_uri == HOME else page_dir
    return repository_links(markdown, written_in, page_dir, docs, root, config.repo_url)
