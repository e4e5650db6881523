"""The generated regions of the rule packs' guide, docs/rules.md: what the
guide would otherwise restate from the code, so that it cannot drift.

A region is written in the guide as

    <!-- generated: WHAT -->
    ...
    <!-- end generated -->

and `python -m factcheck.rule_guide --write docs/rules.md` fills every
region afresh, leaving the hand-written text around them as it is. WHAT is

- `pack-fields`: the table of a pack's top-level fields;
- `pack-fields PATH`: the table of the fields of the section at PATH
  (`offices`, `lexicon.titles`, `checks.examples`);
- `other-pack-sections`: a heading and a table for every section of a pack
  that no region of its own shows, so that a new section is documented
  with no edit of the guide;
- `kind NAME`: a rule kind's summary, default severity, explanation,
  options table and the bundled pack's check of it with an example;
- `other-kinds`: a heading and that block for every kind that no region
  of its own shows.

Everything is read from the registered kinds (KINDS) and the pack models
(PackSpec and the models of its fields), never from a list of names."""

from __future__ import annotations

import argparse
import re
import sys
import types
import typing
import unicodedata
from collections.abc import Mapping
from dataclasses import dataclass
from pathlib import Path
from typing import Annotated, Any

from pydantic import BaseModel, StringConstraints
from pydantic.fields import FieldInfo

from . import rule_pages
from .checks import KINDS, RuleKind
from .packs import Id, Lang, Names, PackSpec, Text
from .rules import Rules, load_rules, registry
from .timevalue import TimeValue

COMMAND = "python -m factcheck.rule_guide --write docs/rules.md"
START = re.compile(r"^<!-- generated: (?P<what>[^>]*?) -->$")
END = "<!-- end generated -->"
FENCE = re.compile(r"^\s*(```+|~~~+)")
HEADING = re.compile(r"^(?P<level>#{1,6}) (?P<text>.+?)\s*#*$")
BRIEF_ITEMS = 6  # items of a long default's list shown in the guide's options table

# Types of the pack format by name, and as a list of them.
NAMED: tuple[tuple[Any, str, str], ...] = (
    (Id, "id", "ids"), (Text, "text", "texts"), (Names, "names", "names"), (Lang, "language code",
                                                                             "language codes"),
)
SCALARS = {bool: ("true or false", "true or false values"), str: ("text", "texts"),
           int: ("integer", "integers"), float: ("number", "numbers"), TimeValue: ("time", "times"),
           Any: ("any value", "values")}


class GuideError(ValueError):
    """A region of the guide that cannot be filled: `line: what is wrong`."""


@dataclass(frozen=True)
class Region:
    what: str
    start: int  # the index of its opening line
    end: int  # the index of its closing line
    heading: str  # the heading it stands under


def slug(heading: str) -> str:
    """The anchor Python-Markdown's toc (mkdocs) and GitHub give a plain heading."""
    text = unicodedata.normalize("NFKD", heading).encode("ascii", "ignore").decode()
    text = re.sub(r"[^\w\s-]", "", text).strip().lower()
    return re.sub(r"[-\s]+", "-", text)


def regions(lines: list[str]) -> list[Region]:
    found: list[Region] = []
    fence: str | None = None
    heading = ""
    opened: tuple[str, int] | None = None
    for number, line in enumerate(lines):
        fenced = FENCE.match(line)
        if fence is None and fenced and opened is None:
            fence = fenced.group(1)
            continue
        if fence is not None:
            if line.strip().startswith(fence):
                fence = None
            continue
        start = START.match(line)
        if start:
            if opened is not None:
                raise GuideError(f"{opened[1] + 1}: region '{opened[0]}' has no '{END}' "
                                 "before the next region")
            opened = (start["what"].strip(), number)
        elif line == END:
            if opened is None:
                raise GuideError(f"{number + 1}: '{END}' closes no region")
            found.append(Region(opened[0], opened[1], number, heading))
            opened = None
        elif opened is None and (titled := HEADING.match(line)):
            heading = titled["text"]
    if opened is not None:
        raise GuideError(f"{opened[1] + 1}: region '{opened[0]}' has no '{END}'")
    return found


# The pack's sections.


def _unwrapped(annotation: Any) -> Any:
    """The type inside Optional, Annotated and lists."""
    origin = typing.get_origin(annotation)
    if origin is Annotated:
        return _unwrapped(typing.get_args(annotation)[0])
    if origin in (types.UnionType, typing.Union):
        kept = [arg for arg in typing.get_args(annotation) if arg is not type(None)]
        return _unwrapped(kept[0]) if len(kept) == 1 else annotation
    if origin in (list, set, frozenset, tuple):
        return _unwrapped(typing.get_args(annotation)[0])
    return annotation


def _model(annotation: Any) -> type[BaseModel] | None:
    inner = _unwrapped(annotation)
    return inner if isinstance(inner, type) and issubclass(inner, BaseModel) else None


def pack_format() -> type[PackSpec]:
    """The pack format with the sections of the registered kinds."""
    return registry().pack_format.model


def sections(root: type[BaseModel] | None = None) -> dict[type[BaseModel], str]:
    """Every model of the pack format, each with the path of the field it is
    first reached by, in the order of the fields, a section before the
    sections inside it: the root's path is ''."""
    root = root or pack_format()
    paths: dict[type[BaseModel], str] = {}

    def visit(model: type[BaseModel], path: str) -> None:
        paths[model] = path
        for name, info in model.model_fields.items():
            inner = _model(info.annotation)
            if inner is not None and inner not in paths:
                visit(inner, f"{path}.{name}".lstrip("."))

    visit(root, "")
    return paths


def section_at(path: str, root: type[BaseModel] | None = None) -> type[BaseModel]:
    model = root or pack_format()
    for name in filter(None, path.split(".")):
        info = model.model_fields.get(name)
        inner = _model(info.annotation) if info is not None else None
        if inner is None:
            raise GuideError(f"a pack has no section '{path}'")
        model = inner
    return model


def _field_type(info: FieldInfo, links: Mapping[type[BaseModel], str]) -> str:
    constraints = [m for m in info.metadata if isinstance(m, StringConstraints)]
    annotation = Annotated[(info.annotation, *constraints)] if constraints else info.annotation
    return _type(annotation, links)


def _type(annotation: Any, links: Mapping[type[BaseModel], str], plural: bool = False) -> str:
    for alias, one, many in NAMED:
        if annotation == alias:
            return many if plural else one
    if annotation in SCALARS:
        return SCALARS[annotation][plural]
    if isinstance(annotation, type) and issubclass(annotation, BaseModel):
        return f"{'' if plural else 'mapping: '}{links[annotation]}"
    origin, args = typing.get_origin(annotation), typing.get_args(annotation)
    if origin is Annotated:
        pattern = next((m.pattern for m in args[1:] if isinstance(m, StringConstraints) and m.pattern), None)
        if args[0] is str and pattern:
            return f"{'texts' if plural else 'text'} matching `{pattern}`"
        return _type(args[0], links, plural)
    if origin is typing.Literal:
        return ", ".join(f"`{value}`" for value in args)
    if origin in (types.UnionType, typing.Union):
        return " or ".join(_type(arg, links, plural) for arg in args if arg is not type(None))
    if origin in (list, set, frozenset, tuple):
        return f"list of {_type(args[0], links, plural=True)}" if args else "list"
    if origin is dict:
        return "mapping"
    return getattr(annotation, "__name__", str(annotation))


def _required(info: FieldInfo) -> str:
    if info.is_required():
        return "yes"
    default = info.get_default(call_default_factory=True)
    if default is None or isinstance(default, BaseModel) or default in ({}, [], ""):
        return "no"
    return f"no ({rule_pages.code(rule_pages.scalar(default))})"


def field_table(model: type[BaseModel], links: Mapping[type[BaseModel], str]) -> list[str]:
    rows = ["| field | type | required | meaning |", "| --- | --- | --- | --- |"]
    for name, info in model.model_fields.items():
        rows.append(f"| `{name}` | {rule_pages.cell(_field_type(info, links))} | {_required(info)} "
                    f"| {rule_pages.cell(info.description or '')} |")
    return rows


# The rule kinds.


def _brief(value: Any) -> str:
    """A default as the guide's options table shows it: a long list cut short."""
    value = rule_pages.plain(value)
    if rule_pages.is_scalar(value):
        return rule_pages.code(rule_pages.scalar(value))
    if isinstance(value, dict):
        if not value:
            return "none"
        return "; ".join(f"{key}: {_brief_list(item)}" for key, item in value.items())
    if isinstance(value, list):
        return _brief_list(value)
    return rule_pages.code(rule_pages.as_yaml(value, flow=True))


def _brief_list(value: Any) -> str:
    if not isinstance(value, list) or not all(rule_pages.is_scalar(item) for item in value):
        return rule_pages.code(rule_pages.as_yaml(value, flow=True))
    shown = ", ".join(rule_pages.scalar(item) for item in value[:BRIEF_ITEMS])
    return f"{shown}, … ({len(value)} in all)" if len(value) > BRIEF_ITEMS else shown or "none"


def option_table(kind: RuleKind) -> list[str]:
    rows = ["| option | type | default | meaning |", "| --- | --- | --- | --- |"]
    for name, info in kind.options.model_fields.items():
        kind_of = rule_pages.type_label(info.annotation)
        limits = rule_pages.constraints(info)
        default = "(required)" if info.is_required() else _brief(info.get_default(call_default_factory=True))
        rows.append(f"| `{name}` | {rule_pages.cell(f'{kind_of}, {limits}' if limits else kind_of)} "
                    f"| {rule_pages.cell(default)} | {rule_pages.cell(info.description or '')} |")
    return rows


def kind_block(kind: RuleKind, rules: Rules) -> list[str]:
    fixable = "; `factcheck check --fix` applies its suggestions" if kind.fixable else ""
    lines = [f"**{kind.summary}** Default severity: {kind.default_severity}{fixable}.", "",
             kind.explanation, ""]
    if kind.options.model_fields:
        lines += option_table(kind)
        if any(not rule_pages.is_scalar(info.get_default(call_default_factory=True))
               for info in kind.options.model_fields.values() if not info.is_required()):
            lines += ["", f"`factcheck rules explain {kind.name}` prints the defaults in full."]
    else:
        lines.append("No options.")
    bundled = [check for check in rules.checks if check.kind is kind]
    if not bundled:
        return lines
    check = bundled[0]
    lines += ["", f"The bundled pack's check `{check.id}`, with the first example it must report and the "
                  "first it must leave alone:", "", *rule_pages.in_a_pack(check)]
    reported = next((example for example in check.spec.examples if example.finds), None)
    if reported is not None:
        lines += ["", "What `factcheck check` reports on the first, with only this check on:", "",
                  *rule_pages.fenced(rule_pages.example_report(check, reported, rules))]
    return lines


# Filling the guide.


def _headings(found: list[Region], root: type[BaseModel]) -> dict[type[BaseModel], str]:
    """The heading each model's table stands under: that of a region of its
    own, or the one other-pack-sections gives it."""
    headings: dict[type[BaseModel], str] = {}
    for region in found:
        what, _, path = region.what.partition(" ")
        if what == "pack-fields":
            try:
                headings.setdefault(section_at(path, root), region.heading)
            except GuideError as exc:
                raise GuideError(f"{region.start + 1}: {exc}") from None
    for model, path in sections(root).items():
        headings.setdefault(model, path.rsplit(".", 1)[-1])
    return headings


def fill(guide: str, rules: Rules | None = None, root: type[BaseModel] | None = None,
         kinds: Mapping[str, RuleKind] | None = None) -> str:
    """The guide with every region filled from the code."""
    kinds = KINDS if kinds is None else kinds
    root = root or pack_format()
    lines = guide.split("\n")
    found = regions(lines)
    rules = rules or load_rules()
    links = {model: f"[{heading}](#{slug(heading)})" for model, heading in _headings(found, root).items()}
    placed_kinds = {r.what.partition(" ")[2] for r in found if r.what.startswith("kind ")}
    placed_models = {section_at(r.what.partition(" ")[2], root) for r in found
                     if r.what.partition(" ")[0] == "pack-fields"}

    def body(region: Region) -> list[str]:
        what, _, argument = region.what.partition(" ")
        if what == "pack-fields":
            return field_table(section_at(argument, root), links)
        if what == "kind":
            if argument not in kinds:
                raise GuideError(f"no rule kind is named '{argument}'")
            return kind_block(kinds[argument], rules)
        if what == "other-pack-sections" and not argument:
            shown: list[str] = []
            for model, path in sections(root).items():
                if model not in placed_models:
                    level = "#" * min(6, 2 + path.count("."))
                    shown += [f"{level} {path.rsplit('.', 1)[-1]}", "", *field_table(model, links), ""]
            return shown[:-1]
        if what == "other-kinds" and not argument:
            shown = []
            for name, kind in kinds.items():
                if name not in placed_kinds:
                    shown += [f"### {name}", "", *kind_block(kind, rules), ""]
            return shown[:-1]
        raise GuideError(f"unknown region '{region.what}'; see factcheck/rule_guide.py")

    filled: list[str] = []
    done = 0
    for region in found:
        try:
            inner = body(region)
        except GuideError as exc:
            raise GuideError(f"{region.start + 1}: {exc}") from None
        filled += lines[done : region.start + 1]
        filled += ["", *inner, ""] if inner else [""]
        filled.append(lines[region.end])
        done = region.end + 1
    filled += lines[done:]
    return "\n".join(filled)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(
        prog="python -m factcheck.rule_guide",
        description="Fill the generated regions of the rule packs' guide (docs/rules.md) from the code: "
                    "the pack's fields and the rule kinds' summaries, options and examples.")
    action = parser.add_mutually_exclusive_group(required=True)
    action.add_argument("--write", metavar="FILE", type=Path, help="fill the regions of FILE in place")
    action.add_argument("--check", metavar="FILE", type=Path,
                        help="exit 1 if FILE differs from what the code generates, changing nothing")
    args = parser.parse_args(argv)
    path: Path = args.write or args.check
    try:
        current = path.read_text(encoding="utf-8")
        generated = fill(current)
        if args.write and generated != current:
            path.write_text(generated, encoding="utf-8")
    except GuideError as exc:
        print(f"factcheck: {path}:{exc}", file=sys.stderr)
        return 2
    except (OSError, UnicodeDecodeError) as exc:
        print(f"factcheck: cannot {'write' if args.write else 'read'} {path}: "
              f"{getattr(exc, 'strerror', None) or exc}", file=sys.stderr)
        return 2
    if args.check and generated != current:
        print(f"factcheck: {path} differs from what the code generates; run `{COMMAND}`", file=sys.stderr)
        return 1
    print(f"{path}: {'written' if args.write and generated != current else 'up to date'}", file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main())
