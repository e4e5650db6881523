"""Validation errors in words a pack author understands: what was expected,
what the YAML gave (naming YAML's own readings: yes is true, 2020-01-01 is a
date, 12 is a number), and for an unknown field or option, the known ones."""

from __future__ import annotations

import datetime as dt
import types
import typing
from typing import Any

from pydantic import BaseModel
from pydantic_core import ErrorDetails

from .yamlsource import Located

EXPECTED = {
    "string_type": "text", "int_type": "a whole number", "int_parsing": "a whole number",
    "int_from_float": "a whole number", "float_type": "a number", "float_parsing": "a number",
    "bool_type": "true or false", "bool_parsing": "true or false", "list_type": "a list",
    "dict_type": "a mapping (key: value)", "date_type": "a date (YYYY-MM-DD)",
    "date_parsing": "a date (YYYY-MM-DD)", "date_from_datetime_parsing": "a date (YYYY-MM-DD)",
    "model_type": "a mapping (key: value)", "model_attributes_type": "a mapping (key: value)",
}


def describe_value(value: object) -> str:
    """A YAML value in words, as the YAML reader took it."""
    if value is None:
        return "nothing (an empty value)"
    if isinstance(value, bool):
        return f"{str(value).lower()} (YAML reads yes, no, on, off, true and false as true or false)"
    if isinstance(value, int | float):
        return f"the number {value}"
    if isinstance(value, dt.date):
        return f"the date {value.isoformat()} (YAML reads YYYY-MM-DD as a date)"
    if isinstance(value, list):
        return "a list"
    if isinstance(value, dict):
        return "a mapping"
    return f"the text {str(value)!r}"


def _inner(annotation: Any) -> Any:
    """The model inside list[X], dict[K, X], X | None and Annotated[X, ...]."""
    while True:
        origin = typing.get_origin(annotation)
        if origin is typing.Annotated or origin in (list, tuple, set, frozenset):
            annotation = typing.get_args(annotation)[0]
        elif origin is dict:
            annotation = typing.get_args(annotation)[1]
        elif origin in (typing.Union, types.UnionType):
            models = [a for a in typing.get_args(annotation)
                      if isinstance(a, type) and issubclass(a, BaseModel)]
            if not models:
                return None
            annotation = models[0]
        else:
            return annotation


def fields_at(model: type[BaseModel], loc: tuple[str | int, ...]) -> list[str]:
    """The fields of the model found at `loc` (the location of an unknown field)."""
    current: Any = model
    for part in loc[:-1]:
        if not (isinstance(current, type) and issubclass(current, BaseModel)):
            return []
        if isinstance(part, int):
            continue
        field = current.model_fields.get(part)
        if field is None:
            continue  # a dict key or a list index: the container's element model stays
        current = _inner(field.annotation)
    if isinstance(current, type) and issubclass(current, BaseModel):
        return list(current.model_fields)
    return []


def message(error: ErrorDetails, model: type[BaseModel] | None = None, what: str = "field") -> str:
    """One validation error in words."""
    kind = error["type"]
    if kind == "extra_forbidden":
        known = fields_at(model, tuple(error["loc"])) if model else []
        listed = f"; known {what}s: {', '.join(known)}" if known else ""
        return f"unknown {what} {str(error['loc'][-1])!r}{listed}"
    if kind == "missing":
        return f"required {what} is missing; add it (see docs/rules.md)"
    if kind in EXPECTED:
        value = error.get("input")
        hint = "; put it in quotes" if EXPECTED[kind] == "text" and value is not None \
            and not isinstance(value, list | dict) else ""
        return f"expected {EXPECTED[kind]}, got {describe_value(value)}{hint}"
    text = error["msg"].removeprefix("Value error, ")
    if kind in ("literal_error", "enum"):
        return f"{text}; got {describe_value(error.get('input'))}"
    return text


def problems(errors: list[ErrorDetails], source: Located, prefix: tuple[str | int, ...] = (),
             model: type[BaseModel] | None = None, what: str = "field") -> list[str]:
    """Each error as file:line:column: field: message."""
    found = []
    for error in errors:
        loc = (*prefix, *error["loc"])
        known = loc
        while known and known not in source.positions:
            known = known[:-1]
        shown = known + (loc[len(known)],) if error["type"] == "missing" and len(loc) > len(known) \
            else known
        found.append(source.problem(shown, message(error, model, what)))
    return found
