"""Entries of a pack's sections that another pack withdraws: a generated
pack's wrong record (a bogus Wikidata tenure) taken out of the run without
editing the generated file, with the reason written beside it."""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING, Any

from .packset import PackSet, Section
from .timevalue import TimeValue

if TYPE_CHECKING:
    from .packs import WithdrawSpec


def _equal(value: Any, wanted: Any) -> bool:
    if isinstance(value, TimeValue):
        try:
            return value == TimeValue.parse(wanted)
        except ValueError:
            return False
    if value is None or wanted is None:
        return value is wanted
    return str(value) == str(wanted)


def _matches(entry: Any, match: dict[str, Any]) -> bool:
    return all(_equal(getattr(entry, name), wanted) for name, wanted in match.items())


def withdrawn(packs: PackSet, sections: Sequence[Section]) -> tuple[set[int], list[str]]:
    """The id() of every section entry a loaded pack withdraws, and the
    problems of withdrawals that name no section, no field of its entries,
    or match nothing (a withdrawal left behind once the record was mended)."""
    by_name = {section.name: section for section in sections}
    gone: set[int] = set()
    problems: list[str] = []
    for loaded in packs.packs:
        withdrawals: list[WithdrawSpec] = list(getattr(loaded.spec, "withdraw", []))
        for index, withdrawal in enumerate(withdrawals):
            section = by_name.get(withdrawal.section)
            if section is None:
                problems.append(loaded.source.problem(
                    ("withdraw", index, "section"),
                    f"{withdrawal.section!r} is not a section entries can be withdrawn from; "
                    f"one of: {', '.join(sorted(by_name))}"))
                continue
            fields = section.item_model().model_fields
            unknown = [name for name in withdrawal.match if name not in fields]
            for name in unknown:
                problems.append(loaded.source.problem(
                    ("withdraw", index, "match", name),
                    f"{section.name} entries have no field {name!r}; fields: {', '.join(fields)}"))
            if unknown:
                continue
            found = [id(entry) for other in packs.packs for entry in other.section(section.name)
                     if _matches(entry, withdrawal.match)]
            if not found:
                problems.append(loaded.source.problem(
                    ("withdraw", index, "match"),
                    f"matches no entry of {section.name} in the loaded packs; correct it, or remove "
                    "the withdrawal if the record is gone"))
            gone.update(found)
    return gone, problems
