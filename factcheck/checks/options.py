"""A rule kind's options: declared as a plain class, read by its check as
plain attributes, and validated, documented and written into the JSON Schema
by a pydantic model made from the declaration when first asked for.

    class SpellingOptions(Options):
        min_length: int = option(6, ge=3, description="shortest name (letters) checked")

        @validates("min_length")
        def _even(cls, value: int) -> int: ...

A run whose packs come from the compiled cache holds the values of each
check's options and never makes the model, so it imports no pydantic. The
class keeps pydantic's API where the rest of factcheck and a kind's author
use it: `model_validate`, `model_fields`, `model_json_schema`, `model_dump`. A
declaration may also give pydantic's own `Field(...)` and validators, at
the price of importing pydantic with its module."""

from __future__ import annotations

import copy
import typing
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any, Self

if TYPE_CHECKING:
    from pydantic import BaseModel
    from pydantic.fields import FieldInfo

_NO_DEFAULT: Any = object()


@dataclass(frozen=True)
class Option:
    """One option as declared: what pydantic's Field takes."""

    default: Any = _NO_DEFAULT
    default_factory: Callable[[], Any] | None = None
    description: str = ""
    constraints: dict[str, Any] = field(default_factory=dict)  # ge, le, min_length, ...

    @property
    def required(self) -> bool:
        return self.default is _NO_DEFAULT and self.default_factory is None

    def value(self) -> Any:
        """The default value; a list or mapping, a copy of its own for each check."""
        value = self.default_factory() if self.default_factory is not None else self.default
        return copy.deepcopy(value) if isinstance(value, dict | list | set) else value

    def field_info(self) -> FieldInfo:
        from pydantic import Field

        if self.default_factory is not None:
            made: FieldInfo = Field(default_factory=self.default_factory, description=self.description,
                                    **self.constraints)
        elif self.required:
            made = Field(description=self.description, **self.constraints)
        else:
            made = Field(self.default, description=self.description, **self.constraints)
        return made


def option(default: Any = _NO_DEFAULT, *, default_factory: Callable[[], Any] | None = None,
           description: str, **constraints: Any) -> Any:
    """An option: its default (none given: the option is required), its
    description for the docs and the JSON Schema, and constraints as
    pydantic's Field takes them (ge=1, le=1, min_length=1)."""
    return Option(default, default_factory, description, constraints)


def validates(*fields: str) -> Callable[[Callable[..., Any]], Callable[..., Any]]:
    """A check of the values read, run after their types are: given the value
    of each field named (`(cls, value) -> value`), or, with no field named,
    the options made (`(self) -> self`). It raises ValueError, or pydantic's
    ValidationError for errors at places inside a value."""

    def mark(function: Callable[..., Any]) -> Callable[..., Any]:
        function.__validates__ = fields  # type: ignore[attr-defined]
        return function

    return mark


class _OptionsClass(type):
    @property
    def model_fields(cls) -> dict[str, FieldInfo]:
        """The options, as the pydantic model has them (for the docs)."""
        return cls.model().model_fields  # type: ignore[attr-defined]


_ROOT: list[type[BaseModel]] = []  # the model every options model derives from, once made


def _root_model() -> type[BaseModel]:
    if not _ROOT:
        from pydantic import BaseModel, ConfigDict

        class OptionsModel(BaseModel):
            model_config = ConfigDict(extra="forbid", frozen=True)

            def model_post_init(self, context: Any, /) -> None:
                """Each check owns its option values: a default list or mapping
                is copied, never shared with the defaults or another check."""
                for name in type(self).model_fields:
                    value = getattr(self, name)
                    if isinstance(value, dict | list | set):
                        object.__setattr__(self, name, copy.deepcopy(value))

        _ROOT.append(OptionsModel)
    return _ROOT[0]


class Options(metaclass=_OptionsClass):
    """The options of a rule kind with none; the base of every kind's options."""

    def __init__(self, **values: Any) -> None:
        """The options given, validated; none given, the defaults (made
        without the model when every option is declared with `option`)."""
        declared = type(self)._declared()
        if values or declared is None:
            values = dict(type(self).model().model_validate(values).__dict__)
        else:
            values = {name: spec.value() for name, spec in declared.items()}
        self.__dict__.update(values)

    @classmethod
    def _declared(cls) -> dict[str, Option] | None:
        """Each option by name, bases' first, when all are declared with
        `option` and none is required; else None."""
        found: dict[str, Option] = {}
        for klass in reversed(cls.__mro__):
            for name in vars(klass).get("__annotations__", {}):
                spec = vars(klass).get(name)
                if not isinstance(spec, Option) or spec.required:
                    return None
                found[name] = spec
        return found

    @classmethod
    def model(cls) -> type[BaseModel]:
        """The pydantic model of these options, made when first asked for."""
        made = vars(cls).get("_model")
        if made is None:
            made = _model_of(cls)
            type.__setattr__(cls, "_model", made)
        return made

    @classmethod
    def model_validate(cls, data: Any) -> Self:
        """The options read from `data` (a mapping), or pydantic's ValidationError."""
        validated = cls.model().model_validate(data)
        made = cls.__new__(cls)
        made.__dict__.update(validated.__dict__)
        return made

    @classmethod
    def model_json_schema(cls, **settings: Any) -> dict[str, Any]:
        return cls.model().model_json_schema(**settings)

    def model_dump(self, **settings: Any) -> dict[str, Any]:
        """The values as pydantic's model_dump gives them (mode="json", exclude=...)."""
        return type(self).model().model_construct(**self.__dict__).model_dump(**settings)

    def __setattr__(self, name: str, value: Any) -> None:
        raise AttributeError(f"{type(self).__name__} is frozen: {name} cannot be set")

    def __eq__(self, other: object) -> bool:
        if not isinstance(other, Options):
            return NotImplemented
        return type(self) is type(other) and self.__dict__ == other.__dict__

    __hash__ = None  # type: ignore[assignment]

    def __repr__(self) -> str:
        values = ", ".join(f"{name}={value!r}" for name, value in self.__dict__.items())
        return f"{type(self).__name__}({values})"


def _model_of(cls: type[Options]) -> type[BaseModel]:
    """The pydantic model of an options class: its parent's model with the
    class's own options and validators."""
    from pydantic import create_model, field_validator, model_validator
    from pydantic.fields import FieldInfo

    parent = next((base for base in cls.__mro__[1:] if issubclass(base, Options)), None)
    base_model = _root_model() if parent is None or parent is Options else parent.model()
    hints = typing.get_type_hints(cls)
    fields: dict[str, Any] = {}
    for name in vars(cls).get("__annotations__", {}):
        declared = vars(cls).get(name, _NO_DEFAULT)
        if isinstance(declared, Option):
            fields[name] = (hints[name], declared.field_info())
        elif isinstance(declared, FieldInfo):
            fields[name] = (hints[name], declared)
        else:
            fields[name] = (hints[name], ... if declared is _NO_DEFAULT else declared)
    validators: dict[str, Any] = {}
    for name, value in vars(cls).items():
        function = getattr(value, "__func__", value)
        marked = getattr(function, "__validates__", None)
        if marked is not None:
            validators[name] = (field_validator(*marked)(classmethod(function)) if marked
                                else model_validator(mode="after")(function))
        elif type(value).__name__ == "PydanticDescriptorProxy":  # pydantic's own decorators
            validators[name] = value
    model: type[BaseModel] = create_model(
        cls.__name__, __base__=base_model, __module__=cls.__module__, __doc__=cls.__doc__,
        __validators__=validators, **fields)
    return model
