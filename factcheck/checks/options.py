"""A rule kind's options: a declared class (see declared.py), read by its
check as plain attributes, and validated, documented and written into the
JSON Schema by a pydantic model made from the declaration when packs are
read or documented. A run whose packs come from the compiled cache holds
the values of each check's options and makes no model.

    class SpellingOptions(Options):
        min_length: int = option(6, ge=3, description="shortest name (letters) checked")

        @validates("min_length")
        def _even(cls, value: int) -> int: ...
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar

from ..declared import Declared, option, validates

__all__ = ["Options", "option", "validates"]


class Options(Declared):
    """The options of a rule kind with none; the base of every kind's options.
    An unknown option is an error, and a check's options cannot be changed."""

    model_settings: ClassVar[Mapping[str, Any]] = {"extra": "forbid", "frozen": True}
    frozen: ClassVar[bool] = True
