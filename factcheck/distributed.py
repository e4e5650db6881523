"""Checks articles on a Dask cluster, with the report `factcheck.check` gives.

    import dask.bag as db
    from factcheck.distributed import check_on_dask
    report = check_on_dask(db.from_sequence(articles, npartitions=8), client="tcp://host:8786")

The articles (factcheck.Article objects, or paths the workers can read) are
checked partition by partition on the workers; each worker loads the packs
once, by their paths, and keeps them for later runs (`worker_rules`). A
worker sends back compact outcomes (hits, not findings) and keeps the
records of the run-level checks, which are grouped by their claim key on
the cluster (a task shuffle) so that each key's records, from whichever
partitions, are compared together. The client makes the report from the
outcomes and the run-level hits with the engine's own steps (engine.Tally).

Needs the `dask` extra: pip install 'factcheck-news[dask]'.
"""

from __future__ import annotations

import threading
from collections.abc import Callable, Hashable, Iterable
from dataclasses import dataclass, field
from functools import partial
from pathlib import Path
from typing import TYPE_CHECKING, Any

from . import articles as loaders
from . import engine, suppressions
from .checks import Hit, RunHit
from .claim_model import ClaimRecord
from .model import Article, Report, Severity
from .rules import Check, Rules, load_rules
from .span import Span

if TYPE_CHECKING:
    from dask.bag import Bag
    from distributed import Client

INSTALL = "pip install 'factcheck-news[dask]'"
CONNECT_TIMEOUT = 10.0  # seconds to reach a scheduler


@dataclass(frozen=True)
class RulesSpec:
    """Which packs a run checks with, and how they are configured: what a
    worker needs to load them itself. Pack paths are read where the work runs."""

    packs: tuple[str, ...] = ()  # none: the bundled pack
    select: tuple[str, ...] = ()
    ignore: tuple[str, ...] = ()
    severities: tuple[tuple[str, Severity], ...] = ()
    home_country: str | tuple[tuple[str, str], ...] | None = None

    @classmethod
    def of(cls, packs: Iterable[str | Path] | None = None, select: Iterable[str] | None = None,
           ignore: Iterable[str] | None = None, severities: dict[str, Severity] | None = None,
           home_country: str | dict[str, str] | None = None) -> RulesSpec:
        home = tuple(sorted(home_country.items())) if isinstance(home_country, dict) else home_country
        return cls(tuple(str(p) for p in packs or ()), tuple(select or ()), tuple(ignore or ()),
                   tuple(sorted((severities or {}).items())), home)

    def load(self) -> Rules:
        home = dict(self.home_country) if isinstance(self.home_country, tuple) else self.home_country
        return load_rules(list(self.packs) or None).configured(
            select=list(self.select) or None, ignore=list(self.ignore) or None,
            severities=dict(self.severities) or None, home_country=home)


_LOADED: dict[RulesSpec, Rules] = {}
_LOADING = threading.Lock()


def worker_rules(spec: RulesSpec) -> Rules:
    """The packs of `spec`, loaded once per process (a worker's threads share them)."""
    with _LOADING:
        if spec not in _LOADED:
            _LOADED[spec] = spec.load()
        return _LOADED[spec]


@dataclass(frozen=True, slots=True)
class Checked:
    """One input's outcome as a worker sends it back: failed with a reason,
    or its hits (by check id), suppressions and claims, and its text only
    when the report needs it (for its findings' lines and excerpts)."""

    path: str
    article: str | None
    reason: str | None = None
    hits: tuple[tuple[str, Span, Hit], ...] = ()
    written: tuple[suppressions.Suppression, ...] = ()
    claims: tuple[ClaimRecord, ...] = ()
    collected: bool = False
    text: str | None = None
    body_start: int = 0
    record_line: int | None = None


# A record for a run-level check: (check id, group key, place in input order, the record).
Entry = tuple[str, Hashable, tuple[int, int, int], Any]


@dataclass
class _Partition:
    outcomes: list[Checked] = field(default_factory=list)
    entries: list[Entry] = field(default_factory=list)


def check_partition(items: list[Any], spec: RulesSpec, number: int, language: str,
                    limits: loaders.Limits, claims: bool) -> tuple[list[Checked], list[Entry]]:
    """A worker's part: the outcome of each input of partition `number`, and
    the records the run-level checks compare, each with its group key."""
    rules = worker_rules(spec)
    done = _Partition()
    for position, item in enumerate(engine._inputs(items, language, limits)):
        if isinstance(item, loaders.Failure):
            done.outcomes.append(Checked(item.path, item.article, item.reason))
            continue
        outcome = engine.guarded(partial(_work, item, rules, claims))
        if isinstance(outcome, str):
            done.outcomes.append(Checked(item.path, item.id, outcome))
            continue
        located, records, written, claimed = outcome
        collected = any(records.values())
        needed = bool(located or written or collected or claimed)
        done.outcomes.append(Checked(
            item.path, item.id, None, tuple((check.id, span, hit) for check, span, hit in located),
            tuple(written), tuple(claimed), collected, item.text if needed else None, item.body_start,
            item.record_line))
        for check in rules.checks:
            run_key = check.kind.run_key
            for k, record in enumerate(records.get(check.id, [])):
                done.entries.append((check.id, run_key(record) if run_key else None,
                                     (number, position, k), record))
    return done.outcomes, done.entries


def _work(item: Article, rules: Rules, claims: bool
          ) -> tuple[list[engine.Located], dict[str, list[Any]], list[suppressions.Suppression],
                     list[ClaimRecord]]:
    read = engine.readable(item)
    located, records, claimed = engine.article_hits(read, rules, claims)
    return located, records, suppressions.read(read), claimed


def _group_of(entry: Entry) -> tuple[str, Hashable]:
    return entry[0], entry[1]


def check_group(group: tuple[tuple[str, Hashable], list[Entry]], spec: RulesSpec
                ) -> tuple[str, Hashable, list[RunHit]]:
    """A worker's part of the run-level step: one check's records of one key,
    from every partition, in input order."""
    (check_id, key), entries = group
    check = _by_id(worker_rules(spec))[check_id]
    assert check.kind.check_run is not None
    records = [entry[3] for entry in sorted(entries, key=lambda e: e[2])]
    return check_id, key, list(check.kind.check_run(records, check.context))


def _by_id(rules: Rules) -> dict[str, Check]:
    return {check.id: check for check in rules.checks}


def connect(address: str, timeout: float = CONNECT_TIMEOUT) -> Client:
    """A client of the scheduler at `address` (tcp://host:8786); ValueError
    with the reason when Dask is not installed or the scheduler is not reached."""
    try:
        from distributed import Client
    except ImportError:
        raise ValueError(f"running on a Dask cluster needs Dask: {INSTALL}") from None
    try:
        return Client(address, timeout=timeout, set_as_default=False)
    except (OSError, TimeoutError, ValueError) as exc:
        raise ValueError(f"cannot reach the Dask scheduler at {address} within {timeout:g} s "
                         f"({type(exc).__name__})") from None


def check_on_dask(
    articles: Bag | Iterable[Article | str | Path | loaders.Failure],
    rules_paths: Iterable[str | Path] | None = None,
    client: Client | str | None = None,
    partitions: int | None = None,
    language: str = "en",
    limits: loaders.Limits = loaders.DEFAULT_LIMITS,
    claims: bool = False,
    select: Iterable[str] | None = None,
    ignore: Iterable[str] | None = None,
    severities: dict[str, Severity] | None = None,
    home_country: str | dict[str, str] | None = None,
    timeout: float = CONNECT_TIMEOUT,
) -> Report:
    """Check articles on a Dask cluster: a dask.bag of Article objects or
    paths (which the workers read), or any iterable of them (read here, and
    sent as a bag of `partitions` partitions of articles). `client` is a distributed Client, a
    scheduler address, or None for Dask's current scheduler. The packs
    (`rules_paths`, None: the bundled pack) and the settings are the same as
    factcheck.check's with `Rules.configured`; the report is the one
    factcheck.check gives for the same inputs."""
    try:
        import dask
        import dask.bag as db
    except ImportError:
        raise ValueError(f"factcheck.distributed needs Dask: {INSTALL}") from None
    spec = RulesSpec.of(rules_paths, select, ignore, severities, home_country)
    rules = worker_rules(spec)  # the client's own copy, for the checks' ids, order and infos
    tally = engine.Tally()
    bag: Bag
    kept: list[loaders.Failure | None] = []  # inputs in order: a failure known here, or None: the next sent
    if not isinstance(articles, db.Bag):
        items: list[Any] = []
        for item in engine._inputs(articles, language, limits):  # read here, sent as articles
            kept.append(item if isinstance(item, loaders.Failure) else None)
            if not isinstance(item, loaders.Failure):  # a failure is never sent
                items.append(item)
        if not items:
            return _report(tally, kept, [], [], rules)
        bag = db.from_sequence(items, npartitions=max(1, min(partitions or 1, len(items))))
    else:
        bag = articles.repartition(npartitions=partitions) if partitions else articles
    parts = [dask.delayed(check_partition, pure=True)(part, spec, number, language, limits, claims)
             for number, part in enumerate(bag.to_delayed())]
    entries = db.from_delayed([part[1] for part in parts])
    groups = entries.groupby(_group_of, shuffle="tasks").map(check_group, spec)
    owned = isinstance(client, str)
    connected = connect(client, timeout) if isinstance(client, str) else client
    try:
        scheduler: Callable[..., Any] | None = connected.get if connected is not None else None
        outcomes, run_level = dask.compute([part[0] for part in parts], groups, scheduler=scheduler)
    finally:
        if owned and connected is not None:
            connected.close()
    return _report(tally, kept, [checked for part in outcomes for checked in part], run_level, rules)


def _report(tally: engine.Tally, kept: list[loaders.Failure | None], outcomes: list[Checked],
            run_level: list[tuple[str, Hashable, list[RunHit]]], rules: Rules) -> Report:
    """The report, with the inputs in the order they were given (the
    records of a JSON Lines file in file order, its bad lines among them)."""
    by_id = _by_id(rules)
    sent = iter(outcomes)
    for failure in kept:
        if failure is not None:
            tally.failed(failure.path, failure.article, failure.reason)
        else:
            _tally(tally, next(sent), by_id)
    for checked in sent:  # a bag's inputs: none kept here
        _tally(tally, checked, by_id)
    return tally.report(rules, _ordered(run_level, rules))


def _tally(tally: engine.Tally, checked: Checked, by_id: dict[str, Check]) -> None:
    if checked.reason is not None:
        tally.failed(checked.path, checked.article, checked.reason)
        return
    article = Article.model_construct(id=checked.article or "", path=checked.path, text=checked.text or "",
                                      body_start=checked.body_start, record_line=checked.record_line)
    found = [engine._finding(by_id[check_id], span, hit) for check_id, span, hit in checked.hits]
    tally.checked(article, found, list(checked.written), list(checked.claims), checked.collected)


def _ordered(run_level: list[tuple[str, Hashable, list[RunHit]]], rules: Rules
             ) -> list[tuple[Check, RunHit]]:
    """The run-level hits in the order one process gives them: check by
    check, and within a check, key by key in key order."""
    by_check: dict[str, list[tuple[Any, list[RunHit]]]] = {}
    for check_id, key, hits in run_level:
        by_check.setdefault(check_id, []).append((key, hits))
    ordered: list[tuple[Check, RunHit]] = []
    for check in rules.checks:
        if check.kind.check_run is None:
            continue
        if check.id not in by_check:  # no records: the check still runs, as it does in one process
            ordered.extend((check, hit) for hit in check.kind.check_run([], check.context))
            continue
        for _, hits in sorted(by_check[check.id], key=lambda pair: (pair[0] is not None, pair[0])):
            ordered.extend((check, hit) for hit in hits)
    return ordered
