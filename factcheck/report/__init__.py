"""Formatters: each turns one Report into text (docs/output.md)."""

from __future__ import annotations

from collections.abc import Callable

from ..model import Report
from . import github_format, gitlab_format, html_format, json_format, junit_format, sarif_format, text_format
from .settings import Settings

FORMATTERS: dict[str, Callable[[Report, Settings], str]] = {
    "text": text_format.render,
    "json": json_format.render,
    "sarif": sarif_format.render,
    "junit": junit_format.render,
    "github": github_format.render,
    "gitlab": gitlab_format.render,
    "html": html_format.render,
}

__all__ = ["FORMATTERS", "Settings"]
