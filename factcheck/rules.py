"""Compiled rules: packs loaded and validated, knowledge merged, the
gazetteer built and every check's options validated, once per run."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path

from pydantic import ValidationError

from .checks import KINDS, CheckContext, RuleKind
from .knowledge import Knowledge
from .mentions import Gazetteer
from .model import Severity
from .packs import PackSet, default_pack_path, read_packs
from .yamlsource import PackError, format_path


@dataclass
class Check:
    id: str
    kind: RuleKind
    severity: Severity
    context: CheckContext
    origin: str


class Rules:
    def __init__(self, packs: PackSet) -> None:
        self.packs = packs
        self.knowledge = Knowledge(packs)
        self.gazetteer = Gazetteer(self.knowledge)
        self.checks: list[Check] = []
        problems: list[str] = []
        seen: dict[str, str] = {}
        for loaded in packs.packs:
            source = loaded.source
            for index, spec in enumerate(loaded.spec.checks):
                where = source.at(("checks", index, "id"))
                if spec.id in seen:
                    problems.append(f"{where}: checks[{index}].id: check id {spec.id!r} is "
                                    f"already defined at {seen[spec.id]}")
                    continue
                seen[spec.id] = where
                kind = KINDS.get(spec.kind)
                if kind is None:
                    problems.append(source.problem(
                        ("checks", index, "kind"),
                        f"unknown rule kind {spec.kind!r}; known kinds: {', '.join(sorted(KINDS))}",
                    ))
                    continue
                try:
                    options = kind.options.model_validate(spec.options)
                except ValidationError as exc:
                    for error in exc.errors():
                        path = ("checks", index, "options", *error["loc"])
                        message = ("unknown option" if error["type"] == "extra_forbidden"
                                   else error["msg"])
                        problems.append(source.problem(path, message))
                    continue
                context = CheckContext(self.knowledge, self.gazetteer, options)
                self.checks.append(Check(spec.id, kind, spec.severity or kind.default_severity,
                                         context, where))
        if problems:
            raise PackError(problems)
        for check in self.checks:
            if check.kind.prepare:
                check.context.state = check.kind.prepare(check.context)

    @property
    def files(self) -> list[str]:
        return self.packs.files


def load_rules(paths: Iterable[str | Path] | None = None) -> Rules:
    """Load packs (the bundled default pack when none are given).

    Raises PackError, whose lines name file, line and field, for any problem.
    """
    chosen = [Path(p) for p in paths] if paths else [default_pack_path()]
    return Rules(read_packs(chosen))


__all__ = ["Check", "PackError", "Rules", "format_path", "load_rules"]
