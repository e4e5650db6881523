"""A rule kind's options: declared as a plain class, read as plain values,
validated and documented by a pydantic model made from the declaration."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from typing import Literal

import pytest
from pydantic import Field, ValidationError, field_validator

from factcheck.checks import KINDS
from factcheck.checks.options import Options, option, validates

from .conftest import ENGLISH_SEED


class WindowOptions(Options):
    width: int = option(3, ge=1, description="words either side")
    words: dict[str, list[str]] = option(default_factory=lambda: {"en": ["the"]},
                                         description="words per language")
    mode: Literal["strict", "loose"] = option("strict", description="how strict")

    @validates("words")
    def _some(cls, value: dict[str, list[str]]) -> dict[str, list[str]]:
        if not any(value.values()):
            raise ValueError("give at least one word")
        return value


class NarrowOptions(WindowOptions):
    limit: int = option(description="a required option")

    @validates()
    def _within(self) -> NarrowOptions:
        if self.limit < self.width:
            raise ValueError("limit must be at least width")
        return self


class PydanticStyleOptions(Options):
    """Declared as a kind written for the pydantic model of earlier releases would."""

    level: int = Field(2, ge=0, description="a level")

    @field_validator("level")
    @classmethod
    def _even(cls, value: int) -> int:
        if value % 2:
            raise ValueError("level must be even")
        return value


def test_options_read_are_plain_values_with_their_defaults():
    read = WindowOptions.model_validate({"width": 5})
    assert type(read) is WindowOptions
    assert (read.width, read.words, read.mode) == (5, {"en": ["the"]}, "strict")
    assert WindowOptions() == WindowOptions.model_validate({})
    assert WindowOptions() != WindowOptions.model_validate({"mode": "loose"})


def test_each_check_owns_its_default_lists_and_mappings():
    first, second = WindowOptions(), WindowOptions.model_validate({})
    first.words["en"].append("a")
    assert second.words == {"en": ["the"]} and WindowOptions().words == {"en": ["the"]}


def test_options_cannot_be_changed_once_read():
    with pytest.raises(AttributeError):
        WindowOptions().width = 4


@pytest.mark.parametrize(("data", "where", "kind"), [
    ({"width": 0, "limit": 9}, ("width",), "greater_than_equal"),
    ({"mode": "lax", "limit": 9}, ("mode",), "literal_error"),
    ({"words": {"en": []}, "limit": 9}, ("words",), "value_error"),
    ({"colour": "red", "limit": 9}, ("colour",), "extra_forbidden"),
    ({"width": 5, "limit": 2}, (), "value_error"),
    ({}, ("limit",), "missing"),
])
def test_a_wrong_option_is_an_error_at_its_field(data, where, kind):
    with pytest.raises(ValidationError) as caught:
        NarrowOptions.model_validate(data)
    assert [(tuple(e["loc"]), e["type"]) for e in caught.value.errors()] == [(where, kind)]


def test_a_validator_says_what_is_wrong_in_its_own_words():
    with pytest.raises(ValidationError, match="give at least one word"):
        WindowOptions.model_validate({"words": {"en": []}})
    with pytest.raises(ValidationError, match="limit must be at least width"):
        NarrowOptions.model_validate({"width": 5, "limit": 2})


def test_options_dump_as_pydantic_dumps_them():
    assert NarrowOptions.model_validate({"limit": 4}).model_dump() == {
        "width": 3, "words": {"en": ["the"]}, "mode": "strict", "limit": 4}


def test_a_subclass_has_its_bases_options_first_then_its_own():
    assert list(NarrowOptions.model_fields) == ["width", "words", "mode", "limit"]
    assert NarrowOptions.model_fields["width"].description == "words either side"
    schema = NarrowOptions.model_json_schema()
    assert schema["required"] == ["limit"]
    assert schema["properties"]["width"]["minimum"] == 1
    assert NarrowOptions.model_validate({"limit": 7}).limit == 7


def test_options_declared_with_pydantic_field_and_validators_still_work():
    assert PydanticStyleOptions().level == 2
    assert PydanticStyleOptions.model_validate({"level": 4}).level == 4
    with pytest.raises(ValidationError, match="level must be even"):
        PydanticStyleOptions.model_validate({"level": 3})


def test_every_kind_gives_its_options_defaults_or_requires_them():
    for kind in KINDS.values():
        required = [name for name, info in kind.options.model_fields.items() if info.is_required()]
        if required:
            with pytest.raises(ValidationError):
                kind.options()
        else:
            assert kind.options() == kind.options.model_validate({})


def test_a_check_with_its_packs_from_the_cache_makes_no_options_model(tmp_path):
    probe = f"""
import json, sys
from factcheck.checks import KINDS
from factcheck.cli import main
main(["check", {str(ENGLISH_SEED)!r}, "--fail-on", "never"])
made = {{name for name, kind in KINDS.items() for klass in kind.options.__mro__ if "_model" in vars(klass)}}
print(json.dumps(sorted(made)), file=sys.stderr)
"""
    env = {**os.environ, "FACTCHECK_CACHE_DIR": str(tmp_path)}

    def made() -> list[str]:
        done = subprocess.run([sys.executable, "-c", probe], capture_output=True, text=True, check=True,
                              env=env)
        return json.loads(done.stderr.strip().splitlines()[-1])

    assert made()  # reading the packs validates every check's options
    assert made() == []  # the cached packs hold their values, and nothing makes a model


def test_a_kind_whose_options_are_a_pydantic_model_still_names_its_options_in_errors(monkeypatch):
    from pydantic import BaseModel, ConfigDict

    from factcheck.checks.base import RuleKind
    from factcheck.rules import option_problems
    from factcheck.yamlsource import load_yaml

    class Plain(BaseModel):
        model_config = ConfigDict(extra="forbid")
        level: int = 2

    kind = RuleKind(name="plain-options", summary="s", explanation="e", default_severity="info",
                    options=Plain)  # type: ignore[arg-type]
    monkeypatch.setitem(KINDS, kind.name, kind)
    source = load_yaml("checks:\n  - id: x\n    kind: plain-options\n    options: {colour: red}\n", "p.yaml")
    found, options, problems = option_problems(kind.name, {"colour": "red"}, source, 0)
    assert found is kind and options is None
    assert len(problems) == 1 and "'colour'" in problems[0] and "level" in problems[0]
    assert option_problems(kind.name, {"level": 4}, source, 0)[1] == Plain(level=4)
