"""Compiled rules: packs loaded and validated, knowledge merged, the
gazetteer built and every check's options validated, once per run."""

from __future__ import annotations

import copy
import dataclasses
import functools
from collections.abc import Iterable, Iterator, Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Any

from . import packcache
from .analysis import Reader
from .checks import BUILTIN_KINDS, KINDS, CheckContext, Comparator, RuleKind
from .declared import Declared
from .files import in_tree, tree_of
from .knowledge import Knowledge
from .mentions import Gazetteer
from .model import Severity
from .packset import LexiconPart, PackFormat, PackRef, PackSet, Section, default_pack_path, lexicon_pack_path
from .yamlsource import Located, PackError, format_path

if TYPE_CHECKING:
    from .packs import CheckSpec


@dataclass
class Check:
    id: str
    kind: RuleKind
    severity: Severity
    context: CheckContext
    origin: str  # file:line:column of its id
    description: str | None  # its pack's, as reports show it
    index: int  # its place in its pack's checks list
    pack: int  # its pack's place among the packs read
    read: packcache.Later[PackSet] = field(repr=False, compare=False)  # the packs as read

    @property
    def spec(self) -> CheckSpec:
        """The check as its pack writes it (examples, options as given)."""
        return self.read.get().packs[self.pack].spec.checks[self.index]

    @property
    def source(self) -> Located:
        """Its pack's YAML, with the place of every field."""
        return self.read.get().packs[self.pack].source


def option_problems(kind_name: object, options: object, source: Located, index: int
                    ) -> tuple[RuleKind | None, Any, list[str]]:
    """A check's kind and validated options, or the problems with them."""
    kind = KINDS.get(kind_name) if isinstance(kind_name, str) else None
    if kind is None:
        return None, None, [source.problem(
            ("checks", index, "kind"),
            f"unknown rule kind {kind_name!r}; known kinds: {', '.join(sorted(KINDS))}")]
    from pydantic import ValidationError  # only packs being read validate options

    from .problems import problems as pack_problems

    try:
        return kind, kind.options.model_validate(options if options is not None else {}), []
    except ValidationError as exc:
        options_model = kind.options.model() if issubclass(kind.options, Declared) else kind.options
        return kind, None, pack_problems(exc.errors(), source, ("checks", index, "options"),
                                         options_model, "option")


def raw_check_problems(source: Located) -> list[str]:
    """The kind and option problems of a pack's checks, read from its raw data:
    reported with the pack's other problems even when the pack as a whole
    does not validate."""
    data = source.data
    checks = data.get("checks") if isinstance(data, dict) else None
    found: list[str] = []
    for index, check in enumerate(checks if isinstance(checks, list) else []):
        if isinstance(check, dict) and "kind" in check:
            found.extend(option_problems(check["kind"], check.get("options"), source, index)[2])
    return found


@dataclass(frozen=True)
class Registry:
    """What is built from the registered kinds: the pack sections and lexicon
    parts they bring, the pack format with them (made when packs are first
    read or documented), and how their relations compare across sources."""

    sections: tuple[Section, ...]
    lexicon: tuple[LexiconPart, ...]
    comparators: dict[str, Comparator]

    @functools.cached_property
    def pack_format(self) -> PackFormat:
        from .packs import pack_model

        return PackFormat(pack_model(self.sections, self.lexicon), raw_check_problems)


_REGISTRIES: dict[tuple[tuple[str, int], ...], Registry] = {}


def registry() -> Registry:
    """Built once per set of registered kinds (a kind registered later gets its own)."""
    key = tuple((name, id(kind)) for name, kind in KINDS.items())
    if key not in _REGISTRIES:
        sections = tuple(section for kind in KINDS.values() for section in kind.sections)
        lexicon = tuple(part for kind in KINDS.values() for part in kind.lexicon)
        _REGISTRIES[key] = Registry(
            sections, lexicon, {c.relation: c for kind in KINDS.values() for c in kind.compares})
    return _REGISTRIES[key]


def readers_for(checks: Iterable[Check]) -> tuple[tuple[Reader, Any], ...]:
    """The readers whose claims the checks use, each with the options of its
    kind's first check (or the kind's defaults), in registry order."""
    checks = list(checks)
    needed: set[str] = set()
    for check in checks:
        needed.update(check.kind.uses)
        if check.kind.uses_compared:
            needed.update(check.context.comparators)
    chosen = []
    for kind in KINDS.values():
        if kind.reads is not None and needed.intersection(kind.produces):
            options = next((c.context.options for c in checks if c.kind is kind), None)
            chosen.append((kind.reads, options if options is not None else kind.options()))
    return tuple(chosen)


class Rules:
    def __init__(self, packs: PackSet) -> None:
        # The packs as read: for authoring and the rule guide; a check needs only
        # what is compiled from them, so the cache reads them when first asked for.
        self._read = packcache.Later(packs)
        problems: list[str] = []
        try:
            self.knowledge = Knowledge(packs, registry().sections)
        except PackError as exc:  # reported with the checks' problems below
            problems.extend(exc.problems)
        self.checks: list[Check] = []
        checks: list[tuple[str, RuleKind, Any, str, CheckSpec, int, int]] = []
        seen: dict[str, str] = {}
        for pack, loaded in enumerate(packs.packs):
            source = loaded.source
            for index, spec in enumerate(loaded.spec.checks):
                where = source.at(("checks", index, "id"))
                if spec.id in seen:
                    problems.append(f"{where}: checks[{index}].id: check id {spec.id!r} is "
                                    f"already defined at {seen[spec.id]}")
                    continue
                seen[spec.id] = where
                kind, options, found = option_problems(spec.kind, spec.options, source, index)
                problems.extend(found)
                if kind is not None and not found:
                    checks.append((spec.id, kind, options, where, spec, pack, index))
        if problems:
            raise PackError(problems)
        self.gazetteer = Gazetteer(self.knowledge)
        comparators = registry().comparators
        for check_id, kind, options, where, spec, pack, index in checks:
            context = CheckContext(self.knowledge, self.gazetteer, options, comparators=comparators)
            self.checks.append(Check(check_id, kind, spec.severity or kind.default_severity,
                                     context, where, spec.description, index, pack, self._read))
        self.all_checks = list(self.checks)  # before any selection
        self.readers = readers_for(self.checks)
        for check in self.checks:
            if check.kind.prepare:
                check.context.state = check.kind.prepare(check.context)

    @property
    def packs(self) -> PackSet:
        return self._read.get()

    @property
    def files(self) -> list[str]:
        return self.packs.files

    def only(self, ids: set[str]) -> Rules:
        """The same knowledge with a subset of the checks."""
        subset = copy.copy(self)
        subset.checks = [c for c in self.checks if c.id in ids]
        subset.readers = readers_for(subset.checks)
        return subset

    def configured(self, select: list[str] | None = None, ignore: list[str] | None = None,
                   severities: dict[str, Severity] | None = None,
                   home_country: str | dict[str, str] | None = None) -> Rules:
        """Checks switched on or off and severities overridden, by check id or
        kind; the home country (one, or one per language) set."""
        known = {c.id for c in self.checks} | {c.kind.name for c in self.checks}
        unknown = sorted({*(select or []), *(ignore or []), *(severities or {})} - known)
        if unknown:
            raise ValueError(f"unknown check id or kind: {', '.join(unknown)} "
                             f"(known: {', '.join(sorted(known))})")
        chosen = [c for c in self.checks
                  if (not select or c.id in select or c.kind.name in select)
                  and not (ignore and (c.id in ignore or c.kind.name in ignore))]
        subset = copy.copy(self)
        if home_country:
            subset.knowledge = self.knowledge.with_home(home_country)
        subset.checks = []
        for check in chosen:
            level = (severities or {}).get(check.id) or (severities or {}).get(check.kind.name)
            subset.checks.append(dataclasses.replace(check, severity=level) if level else check)
        subset.readers = readers_for(subset.checks)
        return subset


PACK_SUFFIXES = (".yaml", ".yml")


def pack_files(paths: Iterable[str | Path]) -> list[Path | PackRef]:
    """Pack files named by paths: "default" names the bundled pack (unless a
    file or folder of that name exists); a folder stands for the packs in it
    and its subfolders, in path order, but for names starting with '.'. What
    a folder holds must stay in its tree (files.in_tree), its packs' includes
    too: a link out of it is refused."""
    files: list[Path | PackRef] = []
    for given in paths:
        path = Path(given)
        if str(given) == "default" and not path.exists():
            files.append(default_pack_path())
        elif path.is_dir():
            tree = tree_of(path)
            found = sorted(p for p in path.rglob("*") if p.suffix in PACK_SUFFIXES and not p.is_dir()
                           and not any(part.startswith(".") for part in p.relative_to(path).parts))
            if not found:
                raise PackError([f"{path}:1:1: folder holds no .yaml or .yml pack"])
            outside = [p for p in found if not in_tree(p, tree)]
            if outside:
                raise PackError([f"{p}:1:1: symbolic link leading out of the folder {path} (or into a "
                                 "hidden folder in it); not read" for p in outside])
            files.extend(PackRef(p, tree) for p in found)
        else:
            files.append(path)
    return files


def load_rules(paths: Iterable[str | Path] | None = None) -> Rules:
    """Load packs (the bundled default pack when none are given): files,
    folders of packs, or "default".

    Raises PackError, whose lines name file, line and field, for any problem.
    """
    chosen = pack_files(paths) if paths else [default_pack_path()]
    top = [lexicon_pack_path(), *chosen]

    def load() -> Rules:
        from .packs import read_packs

        return Rules(read_packs(top, registry().pack_format))

    shared = _cache_shared()
    if chosen == [default_pack_path()] and shared:  # the bundled packs: compiled once, kept in the cache
        return packcache.cached([str(p) for p in top], default_pack_path().parent, load, Rules,
                                lambda rules: rules.files, shared)
    return load()


def _cache_shared() -> packcache.Shared | None:
    """What a cached Rules names rather than holds: the rule kinds and the
    pack model they make. None when a kind was registered beyond the shipped
    ones (such packs are not cached)."""
    if KINDS.keys() != BUILTIN_KINDS.keys() or any(KINDS[k] is not BUILTIN_KINDS[k] for k in KINDS):
        return None
    return packcache.Shared({f"kind:{name}": kind for name, kind in KINDS.items()}, _PackModels())


class _PackModels(Mapping[str, type]):
    """The pack model of the registered kinds and its lexicon's, by name: made
    when first named (an entry written, or its packs as read unpickled),
    never by a check."""

    @functools.cached_property
    def _models(self) -> dict[str, type]:
        model = registry().pack_format.model
        lexicon = model.model_fields["lexicon"].annotation
        assert isinstance(lexicon, type)
        return {"pack": model, "lexicon": lexicon}

    def __getitem__(self, name: str) -> type:
        return self._models[name]

    def __iter__(self) -> Iterator[str]:
        return iter(self._models)

    def __len__(self) -> int:
        return len(self._models)


__all__ = ["Check", "PackError", "Registry", "Rules", "format_path", "load_rules", "registry"]
