"""Where factcheck lives on the web: the repository (pyproject.toml's
[project.urls] says the same; a test holds them together) and the stable
anchors of its documentation, for SARIF's helpUri and informationUri."""

from __future__ import annotations

REPOSITORY = "https://github.com/factcheck-news/factcheck"
DOCS = f"{REPOSITORY}/blob/main/docs"

# Rule kinds documented outside docs/rules.md's "Rule kinds".
OTHER_PAGES = {"suppression": "output.md#suppressions-in-articles"}


def rule_help_uri(kind: str) -> str:
    """The documentation of a rule kind: its heading in docs/rules.md."""
    return f"{DOCS}/{OTHER_PAGES.get(kind, 'rules.md#' + kind)}"
