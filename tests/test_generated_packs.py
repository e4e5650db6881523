"""Packs generated from the pack JSON Schema load, or fail with problems that
name file, line and field: never an internal error. Results do not depend
on PYTHONHASHSEED.

The generator below turns the schema into hypothesis strategies (the parts
of JSON Schema the pack schema uses), so every field the schema describes is
exercised, including values of the wrong type through `anyOf` branches and
random YAML scalars."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from functools import cache
from typing import Any

import yaml
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from factcheck.packs import lexicon_pack_path, read_packs
from factcheck.rules import Rules, registry
from factcheck.schema import pack_schema
from factcheck.yamlsource import PackError

from .conftest import ROOT, SEEDS, SHARED

SCHEMA = json.loads(pack_schema())
SCALARS = st.one_of(st.none(), st.booleans(), st.integers(-5, 3000), st.text(max_size=12),
                    st.sampled_from(["2020-01-01", "2021-13-40", "yes", "person", "office-holder",
                                     "india", "en", "hi", "~", "null"]))


def _resolve(schema: dict[str, Any]) -> dict[str, Any]:
    while "$ref" in schema:
        schema = SCHEMA["$defs"][schema["$ref"].rsplit("/", 1)[1]]
    return schema


def strategy(schema: dict[str, Any], depth: int = 0) -> st.SearchStrategy[Any]:
    schema = _resolve(schema)
    if depth > 6:
        return SCALARS
    if "const" in schema:
        return st.just(schema["const"])
    if "enum" in schema:
        return st.sampled_from(schema["enum"])
    for key in ("anyOf", "oneOf"):
        if key in schema:
            return st.one_of([strategy(s, depth + 1) for s in schema[key]])
    kind = schema.get("type")
    if isinstance(kind, list):
        return st.one_of([strategy({**schema, "type": k}, depth) for k in kind])
    if kind == "string":
        if "pattern" in schema:
            return st.from_regex(schema["pattern"], fullmatch=True).map(lambda s: s[:40])
        return st.text(min_size=schema.get("minLength", 0), max_size=20)
    if kind == "integer":
        return st.integers(-3, 400)
    if kind == "number":
        return st.floats(-3, 400, allow_nan=False)
    if kind == "boolean":
        return st.booleans()
    if kind == "null":
        return st.none()
    if kind == "array":
        return st.lists(strategy(schema.get("items", {}), depth + 1), max_size=3)
    if kind == "object" or "properties" in schema:
        properties = schema.get("properties", {})
        required = set(schema.get("required", []))
        extra = schema.get("additionalProperties")
        fixed = st.fixed_dictionaries(
            {name: strategy(properties[name], depth + 1) for name in sorted(required)},
            optional={name: strategy(sub, depth + 1) for name, sub in sorted(properties.items())
                      if name not in required})
        if isinstance(extra, dict):
            return st.tuples(fixed, st.dictionaries(st.text(min_size=1, max_size=8),
                                                    strategy(extra, depth + 1), max_size=2)
                             ).map(lambda pair: {**pair[1], **pair[0]})
        return fixed
    return SCALARS


@cache
def _packs() -> st.SearchStrategy[Any]:
    return strategy(SCHEMA)


def _corrupt(data: Any, choice: int) -> Any:
    """Replace one value somewhere with a scalar of another type."""
    if isinstance(data, dict) and data:
        key = sorted(data, key=str)[choice % len(data)]
        return {**data, key: _corrupt(data[key], choice // 3) if choice % 2 else choice}
    if isinstance(data, list) and data:
        return [*data[:-1], _corrupt(data[-1], choice // 3)]
    return [data] if choice % 3 == 0 else str(data)


@settings(max_examples=150, deadline=None, suppress_health_check=list(HealthCheck))
@given(pack=_packs(), choice=st.integers(0, 100), corrupt=st.booleans())
def test_generated_packs_load_or_fail_with_located_problems(tmp_path_factory, pack, choice, corrupt):
    data = _corrupt(pack, choice) if corrupt else pack
    path = tmp_path_factory.mktemp("pack") / "generated.yaml"
    path.write_text(yaml.safe_dump(data, allow_unicode=True), encoding="utf-8")
    try:
        Rules(read_packs([lexicon_pack_path(), path], registry().pack_format))
    except PackError as exc:
        assert exc.problems
        for problem in exc.problems:
            assert problem.startswith(f"{path}:") or problem.startswith(f"{lexicon_pack_path()}:"), problem
            file_line = problem[len(str(path)) + 1 :].split(":", 2)
            assert file_line[0].isdigit() and file_line[1].isdigit(), problem


def test_results_do_not_depend_on_the_hash_seed():
    paths = [str(SEEDS), *(str(p) for p in sorted((SHARED / "corpus").glob("*.jsonl")))]
    outputs = []
    for seed in ("0", "1", "12345"):
        done = subprocess.run([sys.executable, "-m", "factcheck.cli", "check", *paths, "--format", "json"],
                              capture_output=True, env={**os.environ, "PYTHONHASHSEED": seed},
                              cwd=ROOT, timeout=600)
        assert done.returncode in (0, 1), done.stderr.decode()[-500:]
        outputs.append(done.stdout)
    assert outputs[0] == outputs[1] == outputs[2]
    assert json.loads(outputs[0])["summary"]["articles"] >= 2
