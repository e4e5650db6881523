"""A progress bar on standard error for runs at a terminal: articles done of
the total, the rate and the time left. Nothing is drawn anywhere else."""

from __future__ import annotations

import os
import shutil
import stat
import time
from collections.abc import Callable
from typing import TextIO

MIN_INTERVAL = 0.1  # seconds between two drawings


class ProgressBar:
    """Called with the count of inputs done in the current group of the run;
    `next_group` moves on after a group of `done` inputs."""

    def __init__(self, stream: TextIO, total: int | None,
                 clock: Callable[[], float] = time.monotonic) -> None:
        self.stream = stream
        self.total = total
        self.clock = clock
        self.started = clock()
        self.base = 0
        self.drawn_at: float | None = None

    def __call__(self, done: int) -> None:
        now = self.clock()
        if self.drawn_at is not None and now - self.drawn_at < MIN_INTERVAL:
            return
        self.drawn_at = now
        self.stream.write("\r" + self.line(self.base + done, now - self.started) + "\x1b[K")
        self.stream.flush()

    def next_group(self, done: int) -> None:
        self.base += done

    def line(self, done: int, elapsed: float) -> str:
        total = max(self.total or 0, done)
        rate = done / elapsed if elapsed > 0 else 0.0
        counts = f"{done:,}/{total:,} articles" if self.total else f"{done:,} articles"
        tail = f"  {rate:,.0f}/s"
        if self.total and rate > 0:
            tail += f"  {_clock((total - done) / rate)} left"
        width = shutil.get_terminal_size((80, 24)).columns - 1
        room = width - len("factcheck [] ") - len(counts) - len(tail)
        if not self.total or room < 10:
            return f"factcheck: {counts}{tail}"[:width]
        filled = room * done // total
        return f"factcheck [{'#' * filled}{'-' * (room - filled)}] {counts}{tail}"

    def close(self) -> None:
        if self.drawn_at is not None:
            self.stream.write("\r\x1b[K")
            self.stream.flush()


def _clock(seconds: float) -> str:
    seconds = int(seconds + 0.5)
    return f"{seconds // 3600}:{seconds // 60 % 60:02}:{seconds % 60:02}" if seconds >= 3600 \
        else f"{seconds // 60}:{seconds % 60:02}"


def count_inputs(paths: list[object]) -> int:
    """About how many inputs the paths of a run hold: a file is one, a JSON
    Lines file one per line (its records are inputs). Only regular files are
    opened."""
    from .articles import JSON_LINES_SUFFIXES

    total = 0
    for path in paths:
        name = path if isinstance(path, str) else None
        if name is None or not name.lower().endswith(tuple(JSON_LINES_SUFFIXES)):
            total += 1
            continue
        lines = 0
        try:
            if stat.S_ISREG(os.stat(name).st_mode):
                with open(name, "rb") as handle:
                    while chunk := handle.read(1 << 20):
                        lines += chunk.count(b"\n")
        except OSError:
            pass
        total += max(1, lines)
    return total
