"""The documentation site's reference pages of the rule kinds, generated from
the code: each kind's summary, explanation and options (their types,
defaults and descriptions), and the bundled pack's check of that kind with
its examples and what they report, run through the engine. The site's build
(docs/hooks.py) makes them afresh each time, so they cannot drift from the
code; `python -m factcheck.rule_pages DIR` writes them to a folder."""

from __future__ import annotations

import argparse
import sys
import types
import typing
from pathlib import Path
from typing import Any

import yaml
from pydantic.fields import FieldInfo

from .articles import article_from_text
from .checks import KINDS, RuleKind
from .engine import run
from .packs import ExampleSpec
from .report.text_format import render_finding
from .rules import Check, Rules, load_rules

FOLDER = "kinds"  # the pages' folder in the site, beside docs/rules.md
INLINE_DEFAULT = 40  # a longer default is shown in full below the options table
NOTICE = ("<!-- Generated from the code by factcheck.rule_pages when the site is built; "
          "edit the rule kind's module or the bundled pack, not this page. -->")
BOUNDS = {"ge": "≥", "gt": ">", "le": "≤", "lt": "<"}  # pydantic's Field(ge=...) and so on
SCALARS = {bool: "true or false", int: "integer", float: "number", str: "text", type(None): "none"}


def type_label(annotation: Any) -> str:
    """An option's type as a pack author writes it."""
    if annotation in SCALARS:
        return SCALARS[annotation]
    origin, args = typing.get_origin(annotation), typing.get_args(annotation)
    if origin is typing.Literal:
        return " or ".join(f"`{value}`" for value in args)
    if origin in (types.UnionType, typing.Union):
        return " or ".join(type_label(arg) for arg in args)
    if origin in (list, set, frozenset, tuple):
        return f"list of {type_label(args[0])}" if args else "list"
    if origin is dict:
        return f"mapping of {type_label(args[0])} to {type_label(args[1])}" if args else "mapping"
    return getattr(annotation, "__name__", str(annotation))


def constraints(info: FieldInfo) -> str:
    shown = []
    for item in info.metadata:
        for bound, sign in BOUNDS.items():
            if getattr(item, bound, None) is not None:
                shown.append(f"{sign} {getattr(item, bound)}")
        least = getattr(item, "min_length", None)
        if least:
            shown.append(f"at least {least} item{'s' if least > 1 else ''}")
    return ", ".join(shown)


def plain(value: Any) -> Any:
    """A default as YAML shows it: sets sorted into lists."""
    if isinstance(value, dict):
        return {key: plain(item) for key, item in value.items()}
    if isinstance(value, set | frozenset):
        return sorted(plain(item) for item in value)
    if isinstance(value, list | tuple):
        return [plain(item) for item in value]
    return value


class _Dumper(yaml.SafeDumper):
    """Lists indented under their key, as the packs are written."""

    def increase_indent(self, flow: bool = False, indentless: bool = False) -> None:
        super().increase_indent(flow, False)


def as_yaml(value: Any, flow: bool | None = None) -> str:
    text = yaml.dump(plain(value), Dumper=_Dumper, allow_unicode=True, sort_keys=False, width=100,
                     default_flow_style=flow)
    return text.removesuffix("...\n").strip()


def is_scalar(value: Any) -> bool:
    return value is None or isinstance(value, bool | int | float | str)


def scalar(value: Any) -> str:
    """A scalar default as a pack author writes it (bare, as the options table shows it)."""
    if value is None:
        return "none"
    if isinstance(value, bool):
        return "true" if value else "false"
    return str(value)


def cell(text: str) -> str:
    return " ".join(text.split()).replace("|", "\\|")


def code(text: str) -> str:
    """Inline code whose delimiters outnumber the backticks inside it."""
    fence = "`" * (text.count("`") + 1)
    padding = " " if text.startswith("`") or text.endswith("`") else ""
    return f"{fence}{padding}{text}{padding}{fence}"


def fenced(text: str, language: str = "text") -> list[str]:
    longest = max((len(line) - len(line.lstrip("`")) for line in text.splitlines()), default=0)
    fence = "`" * max(3, longest + 1)
    return [f"{fence}{language}", text, fence]


def long_default_heading(name: str) -> str:
    return f"Default of `{name}`"


def long_default_anchor(name: str) -> str:
    """The anchor mkdocs gives long_default_heading(name)."""
    return f"default-of-{name.lower()}"


def option_rows(kind: RuleKind) -> tuple[list[str], list[str]]:
    """The options table, and the defaults too long for it, shown below it."""
    rows = ["| option | type | default | meaning |", "| --- | --- | --- | --- |"]
    below: list[str] = []
    for name, info in kind.options.model_fields.items():
        assert isinstance(info, FieldInfo)
        kind_of = type_label(info.annotation)
        limits = constraints(info)
        if limits:
            kind_of += f", {limits}"
        if info.is_required():
            default = "(required)"
        else:
            value = info.get_default(call_default_factory=True)
            written = scalar(value) if is_scalar(value) else as_yaml(value, flow=True)
            if "\n" not in written and len(written) <= INLINE_DEFAULT:
                default = code(written)
            else:
                default = f"[below](#{long_default_anchor(name)})"
                below += ["", f"### {long_default_heading(name)}", "", *fenced(as_yaml(value), "yaml")]
        rows.append(f"| `{name}` | {cell(kind_of)} | {default} | {cell(info.description or '')} |")
    return rows, below


def in_a_pack(check: Check) -> list[str]:
    spec = check.spec
    shown: dict[str, Any] = {"id": spec.id, "kind": spec.kind}
    if spec.severity:
        shown["severity"] = spec.severity
    if spec.options:
        shown["options"] = spec.options
    reported = [e for e in spec.examples if e.finds][:1]
    clean = [e for e in spec.examples if not e.finds][:1]
    examples = [e.model_dump(exclude_defaults=True, exclude_none=True) for e in reported + clean]
    for example in examples:
        example["finds"] = [{k: v for k, v in find.items() if v is not None}
                            for find in example.get("finds", [])]
        if not example["finds"]:
            del example["finds"]
    if examples:
        shown["examples"] = examples
    return fenced(as_yaml({"checks": [shown]}, flow=False), "yaml")


def example_report(check: Check, example: ExampleSpec, rules: Rules) -> str:
    """What `factcheck check` prints for the example, with only its check on."""
    texts = example.texts()
    names = ["example.txt"] if len(texts) == 1 else [f"article{n}.txt" for n in range(1, len(texts) + 1)]
    articles = [article_from_text(text, name) for text, name in zip(texts, names, strict=True)]
    report = run(articles, rules.only({check.id}))
    if report.summary.failed:
        reasons = "; ".join(s.reason or "" for s in report.inputs if s.status == "failed")
        raise ValueError(f"the example of check {check.id!r} could not be checked: {reasons}")
    sources = report.sources
    return "\n".join(render_finding(f, sources.get((f.path, f.article))) for f in report.findings)


def _examples(check: Check, rules: Rules) -> list[str]:
    lines = ["## Examples", "",
             f"The bundled pack's check `{check.id}` carries these examples, and `factcheck rules test` "
             "runs them. Each is shown with what `factcheck check` reports on it with only this "
             "check switched on."]
    for number, example in enumerate(check.spec.examples, 1):
        texts = example.texts()
        verdict = "reported" if example.finds else "not reported"
        lines += ["", f"### Example {number}: {verdict}", ""]
        if len(texts) == 1:
            lines += fenced(texts[0])
        else:
            lines += ["Articles checked together:", ""]
            for name_number, text in enumerate(texts, 1):
                lines += [f"`article{name_number}.txt`:", "", *fenced(text)]
        if example.finds:
            lines += ["", "Reports:", "", *fenced(example_report(check, example, rules))]
        else:
            lines += ["", "Reports nothing."]
    return lines


def kind_page(kind: RuleKind, checks: list[Check], rules: Rules) -> str:
    fixable = "yes: `factcheck check --fix` applies its suggestions" if kind.fixable else "no"
    scope = "the articles of a run together, and each article" if kind.check_run else "each article"
    lines = [
        f"# {kind.name}", "", NOTICE, "", kind.summary, "",
        "| | |", "| --- | --- |",
        f"| kind | `{kind.name}` |",
        f"| default severity | {kind.default_severity} |",
        f"| fixable | {fixable} |",
        f"| looks at | {scope} |",
        f"| in the rule packs' guide | [{kind.name}](../rules.md#{kind.name}) |",
        "", "## What it checks", "", kind.explanation, "", "## Options", "",
    ]
    if kind.options.model_fields:
        rows, below = option_rows(kind)
        lines += ["Set in a check's `options`; an option not given takes its default, and an "
                  "unknown one stops the pack from loading.", "", *rows, *below]
    else:
        lines.append("This kind has no options.")
    bundled = [c for c in checks if c.kind is kind]
    lines += ["", "## In a pack", ""]
    if bundled:
        check = bundled[0]
        lines += ["The bundled pack switches it on like this (shown with the first example it must "
                  "report and the first it must leave alone; [examples](../rules.md#examples) "
                  "explains them):",
                  "", *in_a_pack(check)]
    else:
        lines += ["```yaml", "checks:", f"  - id: my-{kind.name}", f"    kind: {kind.name}", "```"]
    lines += ["", "A finding names the check's id as its rule and the kind as `kind`; every field "
                  "and every report format: [Output formats](../output.md)."]
    if bundled:
        lines += ["", *_examples(bundled[0], rules)]
    return "\n".join(lines) + "\n"


def index_page() -> str:
    lines = ["# Rule kinds", "", NOTICE, "",
             "Each check of a pack is an instance of one of these kinds. The pages are generated "
             "from the code each time this site is built: what each kind checks, its options with "
             "their defaults, and the bundled pack's examples with what they report. "
             "[Rule packs](../rules.md) explains packs and the kinds at length.", "",
             "| kind | what it reports | default severity | fixable |",
             "| --- | --- | --- | --- |"]
    for name, kind in sorted(KINDS.items()):
        fixable = "yes" if kind.fixable else "no"
        lines.append(f"| [{name}]({name}.md) | {cell(kind.summary)} | {kind.default_severity} | {fixable} |")
    return "\n".join(lines) + "\n"


def pages(rules: Rules | None = None) -> dict[str, str]:
    """Every page by its file name in the kinds folder: index.md and KIND.md."""
    rules = rules or load_rules()
    generated = {"index.md": index_page()}
    for name, kind in sorted(KINDS.items()):
        generated[f"{name}.md"] = kind_page(kind, rules.checks, rules)
    return generated


def nav_with_kind_pages(nav: list[Any]) -> list[Any]:
    """The site's nav (mkdocs.yml's), with the page of every registered kind
    after the kinds' index wherever the nav lists it: a new kind needs no
    edit of mkdocs.yml."""
    index = f"{FOLDER}/index.md"
    kind_pages = [f"{FOLDER}/{name}.md" for name in KINDS]

    def filled(item: Any) -> Any:
        if isinstance(item, dict):
            return {title: filled(value) for title, value in item.items()}
        if isinstance(item, list):
            listed = [filled(value) for value in item if value not in kind_pages]
            if index in listed:
                at = listed.index(index) + 1
                listed[at:at] = kind_pages
            return listed
        return item

    result: list[Any] = filled(nav)
    return result


def write(folder: Path) -> list[Path]:
    folder.mkdir(parents=True, exist_ok=True)
    written = []
    for name, text in pages().items():
        path = folder / name
        path.write_text(text, encoding="utf-8")
        written.append(path)
    return written


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(
        prog="python -m factcheck.rule_pages",
        description="Write the documentation site's page of every rule kind (and their index) "
                    "into DIR, as the site's build makes them.")
    parser.add_argument("folder", metavar="DIR", type=Path, help="the folder to write the pages in")
    args = parser.parse_args(argv)
    try:
        written = write(args.folder)
    except OSError as exc:
        print(f"factcheck: cannot write the pages to {args.folder}: {exc.strerror or exc}",
              file=sys.stderr)
        return 2
    print(f"wrote {len(written)} pages to {args.folder}", file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main())
