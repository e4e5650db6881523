"""Classes declared once and used two ways: as plain objects where factcheck
runs, and through a pydantic model made from the declaration when values
are read from a file (validated), written out, documented or put into the
JSON Schema. A check whose packs come from the compiled cache, in a project
without a configuration file, makes no model and imports no pydantic.

    class SpellingOptions(Declared):
        min_length: int = option(6, ge=3, description="shortest name (letters) checked")

        @validates("min_length")
        def _even(cls, value: int) -> int: ...

The class keeps pydantic's API where factcheck and its users use it:
`model_validate`, `model_fields`, `model_json_schema`, `model_dump` and
`model_copy`. A declaration may also give pydantic's own `Field(...)` and
validators, at the price of importing pydantic with its module. A field
whose type holds another declared class (dict[str, PerFile]) is validated
by that class's model and read back as its plain objects (the class gives
pydantic its schema: `__get_pydantic_core_schema__`)."""

from __future__ import annotations

import copy
import typing
from collections.abc import Callable, KeysView, Mapping
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any, ClassVar, Self

if TYPE_CHECKING:
    from pydantic import BaseModel
    from pydantic.fields import FieldInfo

_NO_DEFAULT: Any = object()
_CLASS_SETTINGS = frozenset({"model_settings", "frozen"})  # annotated on the class, no fields


@dataclass(frozen=True)
class Option:
    """One field as declared: what pydantic's Field takes."""

    default: Any = _NO_DEFAULT
    default_factory: Callable[[], Any] | None = None
    description: str | None = None
    settings: dict[str, Any] = field(default_factory=dict)  # ge, le, min_length, alias, exclude, ...

    @property
    def required(self) -> bool:
        return self.default is _NO_DEFAULT and self.default_factory is None

    def value(self) -> Any:
        """The default value; a list or mapping, a copy of its own for each object."""
        value = self.default_factory() if self.default_factory is not None else self.default
        return copy.deepcopy(value) if isinstance(value, dict | list | set) else value

    def field_info(self) -> FieldInfo:
        from pydantic import Field

        given = {**self.settings, "description": self.description}
        if self.default_factory is not None:
            made: FieldInfo = Field(default_factory=self.default_factory, **given)
        elif self.required:
            made = Field(**given)
        else:
            made = Field(self.default, **given)
        return made


def option(default: Any = _NO_DEFAULT, *, default_factory: Callable[[], Any] | None = None,
           description: str | None = None, **settings: Any) -> Any:
    """A field: its default (none given: the field is required), its
    description for the docs and the JSON Schema, and what else pydantic's
    Field takes (ge=1, min_length=1, pattern=..., alias="fail-on", exclude=True)."""
    return Option(default, default_factory, description, settings)


def validates(*fields: str) -> Callable[[Callable[..., Any]], Callable[..., Any]]:
    """A check of the values read, run after their types are: given the value
    of each field named (`(cls, value) -> value`), or, with no field named,
    the object made (`(self) -> self`). It raises ValueError, or pydantic's
    ValidationError for errors at places inside a value."""

    def mark(function: Callable[..., Any]) -> Callable[..., Any]:
        function.__validates__ = fields  # type: ignore[attr-defined]
        return function

    return mark


class _DeclaredClass(type):
    @property
    def model_fields(cls) -> dict[str, FieldInfo]:
        """The fields, as the pydantic model has them (for the docs)."""
        return cls.model().model_fields  # type: ignore[attr-defined]


def _from_pydantic(value: object) -> bool:
    return type(value).__module__.split(".")[0] == "pydantic"


class Declared(metaclass=_DeclaredClass):
    """The base of declared classes. `model_settings` are the model's
    ConfigDict (extra="forbid" unless a class says otherwise); `frozen`
    objects cannot be changed once made."""

    model_settings: ClassVar[Mapping[str, Any]] = {"extra": "forbid"}
    frozen: ClassVar[bool] = False

    def __init__(self, **values: Any) -> None:
        """The values given, validated; none given, the defaults (made
        without the model when every field has a plain default)."""
        defaults = type(self)._defaults()
        if values or defaults is None:
            self._adopt(type(self).model_validate(values))
        else:
            self.__dict__.update({name: spec.value() for name, spec in defaults.items()})

    def _adopt(self, made: Self) -> None:
        """Take the values of another object of the class (one just validated)."""
        self.__dict__.update(made.__dict__)

    @classmethod
    def _fields(cls) -> dict[str, Option | None]:
        """Each field by name, bases' first: as declared with `option` or a
        plain default (a required one with none), or None for one declared
        with pydantic's Field."""
        found = vars(cls).get("_declared_fields")
        if found is None:
            found = {}
            for klass in reversed(cls.__mro__):
                for name in vars(klass).get("__annotations__", {}):
                    if name in _CLASS_SETTINGS:
                        continue
                    spec = vars(klass).get(name, _NO_DEFAULT)
                    found[name] = (None if _from_pydantic(spec)
                                   else spec if isinstance(spec, Option) else Option(spec))
            type.__setattr__(cls, "_declared_fields", found)
        return found

    @classmethod
    def field_names(cls) -> KeysView[str]:
        """The fields' names, bases' first, as declared (no model made)."""
        return cls._fields().keys()

    @classmethod
    def _defaults(cls) -> dict[str, Option] | None:
        """Each field's declaration, when every one has a plain default; else None."""
        fields = cls._fields()
        if any(spec is None or spec.required for spec in fields.values()):
            return None
        return fields  # type: ignore[return-value]

    @classmethod
    def model_construct(cls, **values: Any) -> Self:
        """An object of these values, not validated (they are the caller's
        own, typed), each field not given its default."""
        made = cls.__new__(cls)
        for name, spec in cls._fields().items():
            if name not in values and spec is not None and not spec.required:
                values[name] = spec.value()
        made.__dict__.update(values)
        return made

    @classmethod
    def model(cls) -> type[BaseModel]:
        """The pydantic model of the declaration, made when first asked for."""
        made = vars(cls).get("_model")
        if made is None:
            made = _model_of(cls)
            type.__setattr__(cls, "_model", made)
            _DECLARED[made] = cls
        return made

    @classmethod
    def model_validate(cls, data: Any) -> Self:
        """The object read from `data` (a mapping), or pydantic's ValidationError."""
        made: Self = _plain(cls.model().model_validate(data))
        return made

    @classmethod
    def model_validate_json(cls, data: str | bytes) -> Self:
        made: Self = _plain(cls.model().model_validate_json(data))
        return made

    @classmethod
    def _from_model(cls, value: BaseModel) -> Self:
        """The plain object of a validated model's: a declared object among its
        values was made plain as it was read (__get_pydantic_core_schema__)."""
        made = cls.__new__(cls)
        made.__dict__.update(value.__dict__)
        return made

    def _to_model(self) -> BaseModel:
        """The model's object of this one, for dumping: a declared object among
        its values is dumped through its own model (__get_pydantic_core_schema__)."""
        return type(self).model().model_construct(**self.__dict__)

    @classmethod
    def _model_namespace(cls) -> dict[str, Any]:
        """More for the class's own model: pydantic's validators, serializers
        and computed fields, made when the model is (see model.Positioned)."""
        return {}

    @classmethod
    def __get_pydantic_core_schema__(cls, source: Any, handler: Any) -> Any:
        """As a field of another model: an object of the class as it is,
        anything else read by the class's model and made plain."""
        from pydantic_core import core_schema

        def read(value: Any, model: Any) -> Any:
            return value if isinstance(value, cls) else _plain(model(value))

        model_schema = handler.generate_schema(cls.model())
        return core_schema.no_info_wrap_validator_function(
            read, model_schema,
            serialization=core_schema.plain_serializer_function_ser_schema(
                _modelled, return_schema=model_schema))

    @classmethod
    def model_json_schema(cls, **settings: Any) -> dict[str, Any]:
        return cls.model().model_json_schema(**settings)

    def model_dump(self, **settings: Any) -> dict[str, Any]:
        """The values as pydantic's model_dump gives them (mode="json", by_alias, exclude...)."""
        return self._to_model().model_dump(**settings)

    def model_dump_json(self, **settings: Any) -> str:
        return self._to_model().model_dump_json(**settings)

    def model_copy(self, *, update: Mapping[str, Any] | None = None, deep: bool = False) -> Self:
        """A copy (`deep`: of its values too), with `update`'s values (not
        validated, as pydantic's)."""
        made = copy.deepcopy(self) if deep else copy.copy(self)
        made.__dict__.update(update or {})
        return made

    def __setattr__(self, name: str, value: Any) -> None:
        if self.frozen:
            raise AttributeError(f"{type(self).__name__} is frozen: {name} cannot be set")
        super().__setattr__(name, value)

    def __eq__(self, other: object) -> bool:
        if not isinstance(other, Declared):
            return NotImplemented
        return type(self) is type(other) and self.__dict__ == other.__dict__

    def __hash__(self) -> int:
        if not self.frozen:
            raise TypeError(f"unhashable type: {type(self).__name__!r} (it can be changed)")
        return hash((type(self), *self.__dict__.values()))

    def __repr__(self) -> str:
        values = ", ".join(f"{name}={value!r}" for name, value in self.__dict__.items())
        return f"{type(self).__name__}({values})"


_DECLARED: dict[type, type[Declared]] = {}  # model -> its declared class
_ROOTS: dict[tuple[tuple[str, Any], ...], type[BaseModel]] = {}


def _root_model(settings: Mapping[str, Any]) -> type[BaseModel]:
    """The model every model of these settings derives from: each object
    owns its values (a default list or mapping is copied, never shared)."""
    key = tuple(sorted(settings.items()))
    if key not in _ROOTS:
        from pydantic import BaseModel, ConfigDict

        class DeclaredModel(BaseModel):
            model_config = ConfigDict(**settings)  # type: ignore[typeddict-item]

            def model_post_init(self, context: Any, /) -> None:
                for name in type(self).model_fields:
                    value = getattr(self, name)
                    if isinstance(value, dict | list | set):
                        object.__setattr__(self, name, copy.deepcopy(value))

        _ROOTS[key] = DeclaredModel
    return _ROOTS[key]


def _model_of(cls: type[Declared]) -> type[BaseModel]:
    """The pydantic model of a declared class: its parent's model with the
    class's own fields and validators."""
    from pydantic import create_model, field_validator, model_validator
    from pydantic.fields import FieldInfo

    parent = next((base for base in cls.__mro__[1:] if issubclass(base, Declared)), None)
    base_model = (_root_model(cls.model_settings) if parent is None or parent is Declared
                  or vars(cls).get("model_settings") is not None else parent.model())
    hints = typing.get_type_hints(cls)
    fields: dict[str, Any] = {}
    for name in vars(cls).get("__annotations__", {}):
        if name in _CLASS_SETTINGS:
            continue
        declared = vars(cls).get(name, _NO_DEFAULT)
        hint = hints[name]
        if isinstance(declared, Option):
            fields[name] = (hint, declared.field_info())
        elif isinstance(declared, FieldInfo):
            fields[name] = (hint, declared)
        else:
            fields[name] = (hint, ... if declared is _NO_DEFAULT else declared)
    validators: dict[str, Any] = {}
    for name, value in vars(cls).items():
        function = getattr(value, "__func__", value)
        marked = getattr(function, "__validates__", None)
        if marked is not None:
            validators[name] = (field_validator(*marked)(classmethod(function)) if marked
                                else model_validator(mode="after")(function))
        elif type(value).__name__ == "PydanticDescriptorProxy":  # pydantic's own decorators
            validators[name] = value
    if "_model_namespace" in vars(cls):
        validators.update(cls._model_namespace())
    model: type[BaseModel] = create_model(
        cls.__name__, __base__=base_model, __module__=cls.__module__, __doc__=cls.__doc__,
        __validators__=validators, **fields)
    return model


def _plain(value: Any) -> Any:
    """A validated model's object made its declared class's plain one."""
    return _DECLARED[type(value)]._from_model(value)


def _modelled(value: Declared) -> BaseModel:
    """A declared object made its model's (for dumping)."""
    return value._to_model()
