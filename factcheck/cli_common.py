"""What the commands that write reports share: the formats, the --fail-on
levels, option parsing and writing each format to its destination."""

from __future__ import annotations

import argparse
import os
import sys
from collections.abc import Iterable
from typing import cast

from .model import SEVERITY_RANK, Report, Severity
from .outputs import AtomicFile

FAIL_ON = {"error": 3, "warning": 2, "info": 1, "never": 99}
FORMATS = ["text", "json", "sarif", "junit", "github", "gitlab", "html"]


def ids(values: list[str]) -> list[str]:
    return [part.strip() for value in values for part in value.split(",") if part.strip()]


def severities(values: list[str]) -> dict[str, Severity]:
    levels: dict[str, Severity] = {}
    for value in values:
        check_id, _, level = value.partition("=")
        if level not in SEVERITY_RANK:
            raise ValueError(f"--severity {value!r}: use ID=error, ID=warning or ID=info")
        levels[check_id.strip()] = cast(Severity, level)
    return levels


def destinations(formats: list[str], outputs: list[str]) -> list[tuple[str, AtomicFile | None]]:
    """Each format with the file it goes to (None: standard output), opened
    now so that a path that cannot be written is reported before any work."""
    if len(outputs) > max(1, len(formats)):
        raise ValueError("more --output than --format: give each --output its --format")
    formats = formats or ["text"]
    if len(formats) - len(outputs) > 1:
        raise ValueError("only one --format can go to standard output: give the others an --output")
    return [(fmt, AtomicFile(outputs[i]) if i < len(outputs) else None)
            for i, fmt in enumerate(formats)]


def write_reports(args: argparse.Namespace, shown: Report,
                   destinations: list[tuple[str, AtomicFile | None]], fail_on: int) -> None:
    """Each format to its destination; with --statistics, standard output gets
    the statistics (JSON when its format is json) instead of the report."""
    from .report import Settings, pieces, statistics_format

    to_stdout = False
    for fmt, destination in destinations:
        settings = Settings(fail_on=fail_on, color=destination is None and colour(sys.stdout),
                            show_baselined=args.show_baselined)
        if destination is None and args.statistics:
            output: Iterable[str] = [statistics_format.render(shown, settings, as_json=fmt == "json")]
        else:
            output = pieces(fmt, shown, settings)
        if destination is None:
            to_stdout = True
            for piece in output:
                sys.stdout.write(piece)
        else:
            destination.commit(output)
    if args.statistics and not to_stdout:
        sys.stdout.write(statistics_format.render(shown, Settings(show_baselined=args.show_baselined)))


def colour(stream: object) -> bool:
    """Colour on a terminal, unless NO_COLOR is set (or FORCE_COLOR asks for it anyway)."""
    if os.environ.get("NO_COLOR"):
        return False
    if os.environ.get("FORCE_COLOR"):
        return True
    isatty = getattr(stream, "isatty", None)
    return bool(isatty and isatty()) and os.environ.get("TERM") != "dumb"
