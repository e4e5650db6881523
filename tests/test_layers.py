"""The package's modules import downwards only: text and dates, knowledge,
analysis, checks, rules, engine, outputs, CLI. No module imports one that
imports it back, even lazily inside a function."""

from __future__ import annotations

import ast
from pathlib import Path

PACKAGE = Path(__file__).resolve().parent.parent / "factcheck"

# Lower layers never import a module of a higher one.
LAYERS: list[set[str]] = [
    {"text", "timevalue", "translit", "files", "yamlsource", "problems", "model", "span", "dates",
     "declared"},
    {"packset", "records", "packs", "titles", "knowledge", "membership_data", "membership_specs"},
    {"mentions", "timing", "claims", "offices", "analysis"},
    {"checks"},
    {"rules", "schema"},
    {"engine"},
    {"report", "outputs", "cli"},
]


def _module_name(path: Path) -> str:
    parts = path.relative_to(PACKAGE.parent).with_suffix("").parts
    return ".".join(parts[:-1] if parts[-1] == "__init__" else parts)


def import_graph() -> dict[str, set[str]]:
    """Every module's imports of other modules of the package, wherever in the
    module they stand (`from .. import x` imports the submodule x)."""
    files = {_module_name(f): f for f in PACKAGE.rglob("*.py")}
    graph: dict[str, set[str]] = {name: set() for name in files}
    for name, path in files.items():
        package = name if path.name == "__init__.py" else name.rpartition(".")[0]
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            targets: list[str] = []
            if isinstance(node, ast.ImportFrom):
                base = package.split(".")[: len(package.split(".")) - node.level + 1] if node.level else []
                target = ".".join([*base, *([node.module] if node.module else [])])
                submodules = [f"{target}.{a.name}" for a in node.names if f"{target}.{a.name}" in files]
                targets = submodules or [target]
            elif isinstance(node, ast.Import):
                targets = [a.name for a in node.names]
            graph[name].update(t for t in targets if t in files and t != name)
    return graph


def cycles(graph: dict[str, set[str]]) -> list[list[str]]:
    """The strongly connected groups of more than one module (Tarjan)."""
    index: dict[str, int] = {}
    low: dict[str, int] = {}
    stack: list[str] = []
    found: list[list[str]] = []

    def visit(node: str) -> None:
        index[node] = low[node] = len(index)
        stack.append(node)
        for other in sorted(graph[node]):
            if other not in index:
                visit(other)
                low[node] = min(low[node], low[other])
            elif other in stack:
                low[node] = min(low[node], index[other])
        if low[node] == index[node]:
            group = []
            while True:
                other = stack.pop()
                group.append(other)
                if other == node:
                    break
            if len(group) > 1:
                found.append(sorted(group))

    for node in sorted(graph):
        if node not in index:
            visit(node)
    return found


def _layer(module: str) -> int | None:
    first = module.split(".")[1] if "." in module else ""
    return next((rank for rank, names in enumerate(LAYERS) if first in names), None)


def test_no_module_imports_one_that_imports_it_back():
    assert cycles(import_graph()) == []


def test_the_cycle_finder_finds_a_cycle():
    assert cycles({"a": {"b"}, "b": {"c"}, "c": {"a"}, "d": {"a"}}) == [["a", "b", "c"]]


def test_imports_go_downwards_through_the_layers():
    upward = []
    for module, imported in import_graph().items():
        mine = _layer(module)
        for other in imported:
            theirs = _layer(other)
            if mine is not None and theirs is not None and theirs > mine:
                upward.append(f"{module} imports {other}")
    assert upward == []


def test_the_analysis_is_handed_its_readers():
    graph = import_graph()
    assert "factcheck.checks" not in graph["factcheck.analysis"]
    assert "factcheck.rules" not in graph["factcheck.packs"]


def test_no_rule_kind_imports_another():
    """A kind's module imports the shared parts of checks (base, patterns) and
    its own package, never another kind: what kinds share lives lower down."""
    from factcheck.checks import KINDS

    kind_modules = {kind.check_article.__module__ if kind.check_article else kind.check_run.__module__
                    for kind in KINDS.values() if kind.check_article or kind.check_run}
    kind_modules = {m.rpartition(".")[0] if m.count(".") > 2 else m for m in kind_modules}
    graph = import_graph()
    crossing = [f"{module} imports {other}" for module in graph for other in graph[module]
                if any(module == k or module.startswith(k + ".") for k in kind_modules)
                and any(other == k or other.startswith(k + ".") for k in kind_modules - {
                    next(k for k in kind_modules if module == k or module.startswith(k + "."))})]
    assert len(kind_modules) == len(KINDS)
    assert crossing == []
