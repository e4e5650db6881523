"""What reading YAML shares with those who call it: field paths, the
limits on one text and the errors (yaml_events, which needs PyYAML, and
yamlsource, which does not, both use them)."""

from __future__ import annotations

from dataclasses import dataclass

FieldPath = tuple[str | int, ...]


class PackError(Exception):
    """A pack that cannot be used. The message names file, line and field."""

    def __init__(self, problems: list[str]) -> None:
        super().__init__("\n".join(problems))
        self.problems = problems


def format_path(path: FieldPath) -> str:
    out = ""
    for part in path:
        if isinstance(part, int):
            out += f"[{part}]"
        else:
            out += f".{part}" if out else str(part)
    return out or "(top level)"


@dataclass(frozen=True)
class YamlLimits:
    """What one YAML text may hold. Past a limit it is refused with the reason,
    quickly: libyaml itself crashes on very deep nesting, and aliases can
    expand a small text into billions of values."""

    max_chars: int = 64_000_000
    max_depth: int = 100  # nested lists and mappings
    max_values: int = 2_000_000  # values, counting each alias as all it stands for


PACK_LIMITS = YamlLimits()


class YamlLimitError(ValueError):
    """A YAML text past a limit; `line` and `column` are 1-based."""

    def __init__(self, message: str, line: int = 1, column: int = 1) -> None:
        super().__init__(message)
        self.line, self.column = line, column


class YamlSyntaxError(ValueError):
    """A text that is not YAML: PyYAML's message, and the `problem` a pack
    error gives, at 1-based `line` and `column` when the parser marked where."""

    def __init__(self, message: str, problem: str, line: int = 1, column: int = 1) -> None:
        super().__init__(message)
        self.problem, self.line, self.column = problem, line, column
