"""YAML loading that remembers where every value came from.

The document is composed with PyYAML's SafeLoader (no arbitrary objects) and
walked once (yaml_events, imported by the first text read), giving both the
plain data and a map from each field path (("entities", 3, "names")) to its
1-based line and column.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from .yaml_terms import (
    PACK_LIMITS,
    FieldPath,
    PackError,
    YamlLimitError,
    YamlLimits,
    YamlSyntaxError,
    format_path,
)

__all__ = ["PACK_LIMITS", "FieldPath", "Located", "PackError", "YamlLimitError", "YamlLimits",
           "YamlSyntaxError", "format_path", "load_data", "load_yaml"]


@dataclass
class Located:
    data: object
    file: str
    positions: dict[FieldPath, tuple[int, int]] = field(default_factory=dict)

    def where(self, path: FieldPath) -> tuple[int, int]:
        """Line and column of the deepest part of `path` the file has."""
        for cut in range(len(path), -1, -1):
            if path[:cut] in self.positions:
                return self.positions[path[:cut]]
        return (1, 1)

    def at(self, path: FieldPath) -> str:
        line, column = self.where(path)
        return f"{self.file}:{line}:{column}"

    def problem(self, path: FieldPath, message: str) -> str:
        line, column = self.where(path)
        return f"{self.file}:{line}:{column}: {format_path(path)}: {message}"


def load_data(text: str, limits: YamlLimits = PACK_LIMITS) -> tuple[object, dict[FieldPath, tuple[int, int]]]:
    """The data of one YAML text and each value's line and column. Raises
    YamlLimitError past a limit, YamlSyntaxError for bad YAML and PackError
    (with {file} to fill in) for a bad value."""
    if len(text) > limits.max_chars:
        raise YamlLimitError(f"larger than {limits.max_chars:,} characters; refused")
    from . import yaml_events

    return yaml_events.parse(text, limits)


def load_yaml(text: str, file: str, limits: YamlLimits = PACK_LIMITS) -> Located:
    try:
        data, positions = load_data(text, limits)
    except YamlLimitError as exc:
        raise PackError([f"{file}:{exc.line}:{exc.column}: {exc}"]) from None
    except PackError as exc:
        raise PackError([p.replace("{file}", file) for p in exc.problems]) from None
    except YamlSyntaxError as exc:
        raise PackError([f"{file}:{exc.line}:{exc.column}: {exc.problem}"]) from None
    return Located({} if data is None else data, file, positions)
