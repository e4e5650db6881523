"""What a formatter needs to know beyond the report."""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class Settings:
    fail_on: int = 3  # the severity rank from which a finding fails the run (99: never)
    color: bool = False  # ANSI colours in the text format
    # Show findings in the baseline in full (text, github, junit); else the text counts them.
    show_baselined: bool = False
