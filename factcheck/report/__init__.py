"""Formatters: each turns one Report into text (docs/output.md). A format's
module is imported when the format is first asked for; it has `render`, the
whole text, and `chunks`, the same text in the pieces it is written in (a
finding or an input at a time), which `pieces` gives."""

from __future__ import annotations

import importlib
from collections.abc import Callable, Iterator, Mapping

from ..model import Report
from .settings import Settings

Formatter = Callable[[Report, Settings], str]

_MODULES = {
    "text": "text_format",
    "json": "json_format",
    "sarif": "sarif_format",
    "junit": "junit_format",
    "github": "github_format",
    "gitlab": "gitlab_format",
    "html": "html_format",
}


class _Formatters(Mapping[str, Formatter]):
    """Each format's render function, by format name."""

    def __getitem__(self, name: str) -> Formatter:
        render: Formatter = importlib.import_module(f"{__name__}.{_MODULES[name]}").render
        return render

    def __iter__(self) -> Iterator[str]:
        return iter(_MODULES)

    def __len__(self) -> int:
        return len(_MODULES)


FORMATTERS: Mapping[str, Formatter] = _Formatters()


def pieces(name: str, report: Report, settings: Settings) -> Iterator[str]:
    """Format `name`'s text of `report`, in the pieces the format writes it in."""
    chunks: Callable[[Report, Settings], Iterator[str]] = importlib.import_module(
        f"{__name__}.{_MODULES[name]}").chunks
    return chunks(report, settings)


__all__ = ["FORMATTERS", "Formatter", "Settings", "pieces"]
