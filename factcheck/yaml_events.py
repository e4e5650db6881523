"""PyYAML's events made into Python values, with every value's line and
column, counting values and depth as they come: the half of yamlsource
that needs PyYAML, imported by the first YAML text a run reads (a run
whose packs come from the cache and whose articles have no front matter
reads none)."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass, field
from typing import Any

import yaml

from .yaml_terms import FieldPath, PackError, YamlLimitError, YamlLimits, YamlSyntaxError, format_path

_LOADER = getattr(yaml, "CSafeLoader", yaml.SafeLoader)
_RESOLVER = yaml.resolver.Resolver()
_STR = "tag:yaml.org,2002:str"
_SCALAR, _ALIAS = yaml.ScalarEvent, yaml.AliasEvent
_MAP_START, _SEQ_START = yaml.MappingStartEvent, yaml.SequenceStartEvent
_MAP_END, _SEQ_END, _DOCUMENT_START = yaml.MappingEndEvent, yaml.SequenceEndEvent, yaml.DocumentStartEvent
_NODE_EVENTS = frozenset({_SCALAR, _ALIAS, _MAP_START, _SEQ_START})
_RESOLVED: dict[tuple[str, bool, bool], str] = {}  # a plain scalar's implied type, memoised
MEMO_LIMIT = 200_000
_DATA_TAGS = frozenset(f"tag:yaml.org,2002:{name}" for name in (
    "str", "int", "float", "bool", "null", "timestamp", "binary", "seq", "map", "set", "omap",
    "pairs", "merge", "value"))
_PLAIN_TAGS = frozenset({None, "!", *_DATA_TAGS})


def _at(mark: Any) -> tuple[int, int]:
    """1-based line and column of a mark (1, 1 when there is none)."""
    return (mark.line + 1, mark.column + 1) if mark is not None else (1, 1)


def _data_tag(event: yaml.NodeEvent) -> None:
    """Packs and front matter are data: a tag that asks for anything but
    YAML's own types (!!python/object, a local !tag) is refused."""
    tag = getattr(event, "tag", None)
    if tag not in (None, "!") and tag not in _DATA_TAGS:
        raise YamlLimitError(f"the tag {tag!r} is not allowed: this YAML is data, nothing in it "
                             "runs; remove the tag", *_at(event.start_mark))


@dataclass
class _Open:
    """A list or mapping being built."""

    value: Any
    path: FieldPath
    anchor: str | None
    key: object = None
    has_key: bool = False
    inside: int = 0  # values inside it, aliases counted in full
    is_map: bool = False
    merged: set[object] = field(default_factory=set)  # keys a merge key (<<) filled in
    merge_into: _Open | None = None  # the value of a merge key: merged into this when complete


class _Builder:
    """Python values from YAML events, with every value's position, counting
    values and depth as it goes (no recursion: any depth is safe to refuse)."""

    def __init__(self, limits: YamlLimits) -> None:
        self.limits = limits
        self.positions: dict[FieldPath, tuple[int, int]] = {}
        self.anchors: dict[str, tuple[object, int]] = {}  # value and how many values it stands for
        self.anchor_paths: dict[str, FieldPath] = {}  # where each anchored mapping was written
        self.alias: str | None = None  # the alias being attached, if any
        self.values = 0
        self.constructor = yaml.SafeLoader("")

    def count(self, amount: int, mark: Any) -> None:
        self.values += amount
        if self.values > self.limits.max_values:
            raise YamlLimitError(f"more than {self.limits.max_values:,} values (aliases that expand "
                                 "into too much?); refused", *_at(mark))

    def scalar(self, event: yaml.ScalarEvent, path: FieldPath) -> object:
        tag = event.tag
        if tag in (None, "!"):
            key = (event.value, *event.implicit)
            tag = _RESOLVED.get(key)
            if tag is None:
                if len(_RESOLVED) > MEMO_LIMIT:
                    _RESOLVED.clear()
                tag = _RESOLVED[key] = _RESOLVER.resolve(yaml.ScalarNode, event.value, event.implicit)
        if tag == _STR:
            return event.value
        node = yaml.ScalarNode(tag, event.value, None, None, event.style)
        try:
            return self.constructor.construct_object(node, deep=True)
        except (ValueError, TypeError, yaml.constructor.ConstructorError) as exc:
            line, column = _at(event.start_mark)
            raise PackError([f"{{file}}:{line}:{column}: {format_path(path)}: {event.value!r} is not "
                             f"a valid value ({exc}); a date is YYYY-MM-DD, quote the value if it is "
                             "text"]) from None

    def build(self, events: Iterator[Any]) -> object:  # yaml events, dispatched by type
        stack: list[_Open] = []
        root: object = None
        documents = 0
        positions = self.positions
        for event in events:
            kind = type(event)  # one look-up per event: a large pack has millions
            if kind in _NODE_EVENTS:
                mark = event.start_mark
                if kind is not _ALIAS and event.tag not in _PLAIN_TAGS:
                    _data_tag(event)
                top = stack[-1] if stack else None
                if top is not None and top.is_map and not top.has_key:
                    self._key(event, top)
                    continue
                if top is None:
                    path: FieldPath = ()
                elif top.is_map:
                    path = (*top.path, str(top.key))
                else:
                    path = (*top.path, len(top.value))
                if path not in positions:
                    positions[path] = (mark.line + 1, mark.column + 1)
                if kind is _MAP_START or kind is _SEQ_START:
                    self.count(1, mark)
                    if len(stack) >= self.limits.max_depth:
                        raise YamlLimitError(f"nested more than {self.limits.max_depth} deep; refused",
                                             *_at(mark))
                    opened = _Open({} if kind is _MAP_START else [], path, event.anchor,
                                   is_map=kind is _MAP_START)
                    if event.anchor:
                        self.anchor_paths[event.anchor] = path
                    if top is not None and top.is_map and top.key == "<<":
                        opened.merge_into, top.key, top.has_key = top, None, False
                    else:
                        self._attach(stack, opened.value)
                    stack.append(opened)
                    if len(stack) == 1:
                        root = opened.value
                    continue
                if kind is _ALIAS:
                    if event.anchor not in self.anchors:
                        raise YamlLimitError(f"unknown alias *{event.anchor}", *_at(mark))
                    value, size = self.anchors[event.anchor]
                else:
                    value, size = self.scalar(event, path), 1
                    if event.anchor:
                        self.anchors[event.anchor] = (value, 1)
                self.count(size, mark)
                if top is None:
                    root = value
                else:
                    self.alias = event.anchor if kind is _ALIAS else None
                    self._attach(stack, value)
                    top.inside += size
            elif kind is _MAP_END or kind is _SEQ_END:
                done = stack.pop()
                if done.anchor:
                    self.anchors[done.anchor] = (done.value, done.inside + 1)
                if done.merge_into is not None:
                    self.alias = None
                    self._merge(done.merge_into, done.value)
                if stack:
                    stack[-1].inside += done.inside + 1
            elif kind is _DOCUMENT_START:
                documents += 1
                if documents > 1:
                    raise YamlLimitError("a pack holds one YAML document; remove the second '---'",
                                         *_at(event.start_mark))
        return root

    def _key(self, event: yaml.NodeEvent, parent: _Open) -> None:
        if not isinstance(event, yaml.ScalarEvent):
            raise YamlLimitError("a key must be a plain value, not a list, mapping or alias",
                                 *_at(event.start_mark))
        key = event.value if event.value == "<<" else self.scalar(event, parent.path)
        line, column = _at(event.start_mark)
        child = (*parent.path, str(key))
        if key in parent.merged:  # a key written out wins over one a merge key brought
            parent.merged.discard(key)
        elif key in parent.value:
            raise PackError([f"{{file}}:{line}:{column}: {format_path(child)}: key appears twice"])
        self.positions[child] = (line, column)
        parent.key, parent.has_key = key, True

    def _attach(self, stack: list[_Open], value: object) -> None:
        if not stack:
            return
        parent = stack[-1]
        if not parent.is_map:
            parent.value.append(value)
            return
        key, parent.key, parent.has_key = parent.key, None, False
        if key == "<<":
            self._merge(parent, value)
            return
        if key in parent.merged:
            parent.merged.discard(key)
        parent.value[key] = value

    def _merge(self, parent: _Open, value: object) -> None:
        """A merge key (`<<: *defaults`, `<<: [*a, *b]`): the keys of the
        mapping(s) that the mapping does not write out itself, the first
        mapping of a list winning; each merged key is placed where its
        anchor wrote it."""
        given = value if isinstance(value, list) else [value]
        mappings = [m for m in given if isinstance(m, dict)]
        if len(mappings) != len(given) or not given:
            line, column = self.positions.get((*parent.path, "<<"), (1, 1))
            raise PackError([f"{{file}}:{line}:{column}: {format_path((*parent.path, '<<'))}: a merge "
                             "key takes a mapping (<<: *name) or a list of them"])
        written = self.anchor_paths.get(self.alias) if self.alias else None
        for mapping in mappings:
            for k, v in mapping.items():
                if k in parent.value:
                    continue
                parent.value[k] = v
                parent.merged.add(k)
                if written is not None and (*written, str(k)) in self.positions:
                    self.positions.setdefault((*parent.path, str(k)),
                                              self.positions[(*written, str(k))])


def parse(text: str, limits: YamlLimits) -> tuple[object, dict[FieldPath, tuple[int, int]]]:
    """The data of one YAML text and each value's line and column (see yamlsource.load_data)."""
    builder = _Builder(limits)
    try:
        return builder.build(yaml.parse(text, Loader=_LOADER)), builder.positions
    except yaml.MarkedYAMLError as exc:
        raise YamlSyntaxError(str(exc), f"YAML syntax error: {exc.problem}",
                              *_at(exc.problem_mark or exc.context_mark)) from None
    except yaml.YAMLError as exc:
        raise YamlSyntaxError(str(exc), f"YAML error: {exc}") from None
    finally:
        builder.constructor.dispose()
