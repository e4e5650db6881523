"""Formatters: each turns one Report into text."""

from __future__ import annotations

from collections.abc import Callable

from ..model import Report
from . import json_format, text_format

FORMATTERS: dict[str, Callable[[Report], str]] = {
    "text": text_format.render,
    "json": json_format.render,
}
