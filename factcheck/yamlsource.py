"""YAML loading that remembers where every value came from.

The document is composed with PyYAML's SafeLoader (no arbitrary objects) and
walked once, giving both the plain data and a map from each field path
(("entities", 3, "names")) to its 1-based line and column.
"""

from __future__ import annotations

from dataclasses import dataclass, field

import yaml

FieldPath = tuple[str | int, ...]


class PackError(Exception):
    """A pack that cannot be used. The message names file, line and field."""

    def __init__(self, problems: list[str]) -> None:
        super().__init__("\n".join(problems))
        self.problems = problems


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


def format_path(path: FieldPath) -> str:
    out = ""
    for part in path:
        if isinstance(part, int):
            out += f"[{part}]"
        else:
            out += f".{part}" if out else str(part)
    return out or "(top level)"


def _walk(
    node: yaml.Node, path: FieldPath, positions: dict[FieldPath, tuple[int, int]], loader: yaml.SafeLoader
) -> object:
    positions[path] = (node.start_mark.line + 1, node.start_mark.column + 1)
    if isinstance(node, yaml.MappingNode):
        result: dict[object, object] = {}
        for key_node, value_node in node.value:
            key_value = loader.construct_object(key_node, deep=True)
            child = (*path, str(key_value))
            if key_value in result:
                line = key_node.start_mark.line + 1
                raise PackError([f"{{file}}:{line}:{key_node.start_mark.column + 1}: "
                                 f"{format_path(child)}: key appears twice"])
            result[key_value] = _walk(value_node, child, positions, loader)
            positions[child] = (key_node.start_mark.line + 1, key_node.start_mark.column + 1)
        return result
    if isinstance(node, yaml.SequenceNode):
        return [_walk(item, (*path, i), positions, loader) for i, item in enumerate(node.value)]
    try:
        return loader.construct_object(node, deep=True)
    except (ValueError, TypeError) as exc:  # e.g. 2020-13-01 read as a timestamp
        mark = node.start_mark
        raise PackError([f"{{file}}:{mark.line + 1}:{mark.column + 1}: {format_path(path)}: "
                         f"{node.value!r} is not a valid value ({exc}); a date is YYYY-MM-DD, "
                         "quote the value if it is text"]) from None


def load_yaml(text: str, file: str) -> Located:
    try:
        node = yaml.compose(text, Loader=getattr(yaml, "CSafeLoader", yaml.SafeLoader))
    except yaml.MarkedYAMLError as exc:
        mark = exc.problem_mark or exc.context_mark
        line, column = (mark.line + 1, mark.column + 1) if mark else (1, 1)
        raise PackError([f"{file}:{line}:{column}: YAML syntax error: {exc.problem}"]) from exc
    except yaml.YAMLError as exc:
        raise PackError([f"{file}:1:1: YAML error: {exc}"]) from exc
    positions: dict[FieldPath, tuple[int, int]] = {}
    if node is None:
        return Located({}, file, positions)
    loader = yaml.SafeLoader("")
    try:
        data = _walk(node, (), positions, loader)
    except PackError as exc:
        raise PackError([p.replace("{file}", file) for p in exc.problems]) from exc
    except yaml.YAMLError as exc:
        raise PackError([f"{file}:1:1: YAML error: {exc}"]) from exc
    finally:
        loader.dispose()
    return Located(data, file, positions)
