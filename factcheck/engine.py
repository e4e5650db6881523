"""Runs the pipeline: articles → analysis → per-article checks → run-level
checks → one deterministic Report."""

from __future__ import annotations

import contextlib
import gc
import hashlib
import itertools
import os
import re
from collections import Counter, defaultdict
from collections.abc import Callable, Generator, Iterable, Iterator
from pathlib import Path
from typing import TYPE_CHECKING, Any, TypeVar

from . import articles as loaders
from . import markup, suppressions
from .analysis import Analysis, analyse
from .checks import Hit, RunHit
from .checks.patterns import PatternTimeout
from .finding_store import FindingStore, pack_findings, unpack_findings
from .model import (
    Article,
    CheckInfo,
    Finding,
    Findings,
    InputStatus,
    InputStatuses,
    Related,
    Report,
    Summary,
    severity_counted,
    summary_of,
)
from .rules import Check, Rules, load_rules
from .span import KeptTexts, RelatedSpan, SourceText, Span, TextShelf

if TYPE_CHECKING:  # each imported only by the runs that need it
    from .claim_model import ClaimRecord

Input = str | Path | Article | loaders.Failure  # a Failure: an input already known to be bad
PROGRESS_EVERY = 50
# With jobs=None (one process per core) the first articles are checked in this process and workers start
# only for the rest: a worker costs about as much to start as checking these.
IN_PROCESS_FIRST = 32


def _inputs(given: Input | Iterable[Input], language: str, limits: loaders.Limits
            ) -> Iterator[Article | loaders.Failure]:
    items = [given] if isinstance(given, str | Path | Article | loaders.Failure) else list(given)
    paths: list[str | Path] = []
    for item in items:
        if isinstance(item, Article | loaders.Failure):
            yield from loaders.load(paths, language, limits)
            paths = []
            yield item
        else:
            paths.append(item)
    yield from loaders.load(paths, language, limits)


def _related(related: RelatedSpan) -> Related:
    span = related.span
    return Related.model_construct(path=span.path, start=span.start, end=span.end,
                                   message=related.message, article=span.article)


def _finding(check: Check, span: Span, hit: Hit) -> Finding:
    """The finding of a hit at `span`: line, column and text come when the
    run has located it in its article's text (see `run`)."""
    return Finding.model_construct(
        rule=check.id, kind=check.kind.name, severity=hit.severity or check.severity,
        message=hit.message, path=span.path, article=span.article, start=span.start, end=span.end,
        suggestion=hit.suggestion, related=[_related(r) for r in hit.related],
        knowledge=list(hit.knowledge),
    )


Located = tuple[Check, Span, Hit]  # a per-article hit, placed in its article


def article_hits(article: Article, rules: Rules, claims: bool = False
                 ) -> tuple[list[Located], dict[str, list[Any]], list[ClaimRecord]]:
    """Per-article work: a pure function of (article, rules). The hits, each
    with its check and span; the records for run-level checks; the claims
    read, as records, only when asked."""
    analysis: Analysis = analyse(prose_view(article), rules.knowledge, rules.gazetteer, rules.readers)
    located: list[Located] = []
    records: dict[str, list[Any]] = {}
    judged: list[tuple[Check, list[Hit]]] = []
    for check in rules.checks:
        hits = list(check.kind.check_article(analysis, check.context)) if check.kind.check_article else []
        located.extend((check, analysis.place(hit.start, hit.end), hit) for hit in hits)
        if check.kind.collect:
            records[check.id] = check.kind.collect(analysis, check.context, hits)
        if claims:
            judged.append((check, hits))
    read: list[ClaimRecord] = []
    if claims:
        from . import claim_export

        read = claim_export.records(analysis, rules.knowledge, judged)
    return located, records, read


def check_article(article: Article, rules: Rules, claims: bool = False
                  ) -> tuple[list[Finding], dict[str, list[Any]], list[ClaimRecord]]:
    """Per-article work: a pure function of (article, rules). The findings
    are spans, not yet located in the text (no line, column or text); the
    claims read, as records, only when asked."""
    located, records, read = article_hits(article, rules, claims)
    return [_finding(check, span, hit) for check, span, hit in located], records, read


# An article's findings (from a worker, packed: finding_store.pack_findings), its
# records for run-level checks, its suppressions and its claims (when asked);
# or a str: why the article failed.
Outcome = (tuple[list[Finding] | bytes, dict[str, list[Any]], list[suppressions.Suppression],
                 list["ClaimRecord"]]
           | str)
_worker_rules: Rules | None = None
_worker_claims = False


LONE_CR = re.compile(r"\r(?!\n)")


def readable(article: Article) -> Article:
    """The article with each lone CR (old Mac line ends) read as a line break:
    the same offsets, so lines and paragraphs come out right."""
    text = readable_text(article.text)
    return article if text is article.text else article.model_copy(update={"text": text})


def prose_view(article: Article) -> Article:
    """The article as its checks read it: a Markdown article's markup blanked
    (markup.prose), at the same offsets; any other article as it is."""
    if not markup.is_markdown(article.path):
        return article
    text = markup.prose(article.text, article.body_start)
    return article if text is article.text else article.model_copy(update={"text": text})


def readable_text(text: str) -> str:
    """The text with each lone CR read as a line break; the same object when it has none."""
    if "\r" not in text or not LONE_CR.search(text):
        return text
    return LONE_CR.sub("\n", text)


def _outcome(item: Article | loaders.Failure, rules: Rules, claims: bool = False) -> Outcome | None:
    if isinstance(item, loaders.Failure):
        return None

    def work() -> Outcome:
        read = readable(item)
        found, records, claimed = check_article(read, rules, claims)
        return found, records, suppressions.read(read), claimed

    return guarded(work)


Done = TypeVar("Done")


def guarded(work: Callable[[], Done]) -> Done | str:
    """What `work` gives, or why it failed: a bad article never stops the run."""
    try:
        return work()
    except PatternTimeout as exc:
        return str(exc)
    except Exception as exc:
        return f"internal error: {type(exc).__name__}: {exc}"


def _start_worker(rules: Rules, claims: bool = False) -> None:
    global _worker_rules, _worker_claims
    _worker_rules, _worker_claims = rules, claims


def _in_worker(item: Article | loaders.Failure) -> Outcome | None:
    """An outcome, its findings packed as the parent keeps them (it need not unpack them)."""
    assert _worker_rules is not None
    outcome = _outcome(item, _worker_rules, _worker_claims)
    if not isinstance(outcome, tuple):
        return outcome
    found, records, written, claimed = outcome
    return (pack_findings(found) if isinstance(found, list) and found else found), records, written, claimed


def _died(item: Article | loaders.Failure, how: str) -> Outcome | None:
    if isinstance(item, loaders.Failure):
        return None
    return f"the worker process checking it stopped ({how}), so it was not checked"


def _outcomes(items: Iterator[Article | loaders.Failure], rules: Rules, jobs: int | None, claims: bool = False
              ) -> Generator[tuple[Article | loaders.Failure, Outcome | None], None, None]:
    """Each input with its outcome, in input order; with jobs > 1 the
    per-article work runs in that many processes (with None, one per core
    after the first IN_PROCESS_FIRST inputs), and an article whose
    worker dies on it fails with the reason."""
    first_here = 0
    if jobs is None:
        jobs, first_here = os.cpu_count() or 1, IN_PROCESS_FIRST
    if jobs <= 1:
        for item in items:
            yield item, _outcome(item, rules, claims)
        return
    for _ in range(first_here):
        here = next(items, None)
        if here is None:
            return  # a short run: starting workers would cost more than they save
        yield here, _outcome(here, rules, claims)
    first = next(items, None)
    if first is None:
        return
    items = itertools.chain([first], items)
    from . import workers  # multiprocessing: imported only by a run that shares its work

    pool: workers.Pool[Article | loaders.Failure, Outcome | None] = workers.Pool(
        jobs, _start_worker, (rules, claims), _in_worker, _died)
    yield from pool.map(items)


def _by_path(status: InputStatus) -> str:
    """Inputs are listed by path, whatever order they were given in; the
    records of one file stay in file order (the sort is stable)."""
    return status.path


def merge(reports: list[Report]) -> Report:
    """One report of several runs (articles checked under different settings)."""
    findings = sorted((f for r in reports for f in r.findings),
                      key=lambda f: (f.path, f.article, f.start, f.end, f.rule, f.message))
    merged = Report.model_construct(
        findings=Findings(findings),
        summary=Summary.model_construct(**{field: sum(getattr(r.summary, field) for r in reports)
                                           for field in Summary.field_names()}),
        inputs=InputStatuses(sorted((status for r in reports for status in r.inputs), key=_by_path)),
    )
    for report in reports:
        merged.with_context(report)
    merged.claims.sort(key=_claim_path)
    return merged


def _claim_path(claim: ClaimRecord) -> str:
    """Claims are listed by path, as inputs are; in file and text order within one."""
    return claim.path or ""


CONTEXT_WORDS = 4  # words either side of a finding that its fingerprint hashes


def words_before(text: str, floor: int, at: int, count: int) -> list[str]:
    """The last `count` words before `at` on its line (and after `floor`),
    reading back only as far as they need: a finding on a line of 10 MB
    does not read the line."""
    window = 256
    while True:
        start = max(floor, at - window)
        newline = text.rfind("\n", start, at)
        if newline >= 0:
            return text[newline + 1 : at].split()[-count:]
        words = text[start:at].split()
        if start == floor or len(words) > count:  # the first may be cut: more than enough
            return words[-count:]
        window *= 4


def words_after(text: str, at: int, count: int) -> list[str]:
    """The first `count` words after `at` on its line, reading only as far as
    they need."""
    window = 256
    while True:
        end = min(len(text), at + window)
        newline = text.find("\n", at, end)
        if newline >= 0:
            return text[at:newline].split()[:count]
        words = text[at:end].split()
        if end == len(text) or len(words) > count:
            return words[:count]
        window *= 4


def _fingerprints(findings: list[Finding], kept: dict[tuple[str, str], _Kept],
                  seen: Counter[bytes] | None = None) -> None:
    """What a finding is, hashed: its check, its article's id, the text it
    marks with the words around it on its line, and its rank among findings
    alike (those before it in report order, counted in `seen` when given). No
    path, line number or other article's place, so it stays the same when
    other sentences, lines or articles change."""
    seen = Counter() if seen is None else seen
    for finding in findings:
        article = kept.get((finding.path, finding.article))
        source = article.source() if article is not None else None
        text, body = ("", 0) if source is None or article is None else (source.text, article.body_start)
        before = words_before(text, min(body, finding.start), finding.start, CONTEXT_WORDS)
        after = words_after(text, finding.end, CONTEXT_WORDS)
        identity = "\0".join((finding.rule, finding.article, finding.text, " ".join([*before, "|", *after])))
        alike = hashlib.sha256(identity.encode()).digest()
        seen[alike] += 1
        digest = hashlib.sha256("\0".join((identity, str(seen[alike]))).encode())
        finding.fingerprint = digest.hexdigest()[:20]


def run(
    given: Input | Iterable[Input],
    rules: Rules | Iterable[str | Path] | None = None,
    language: str = "en",
    jobs: int | None = 1,
    progress: Callable[[int], None] | None = None,
    limits: loaders.Limits = loaders.DEFAULT_LIMITS,
    claims: bool = False,
) -> Report:
    """Check articles (paths, folders or Article objects) against rules (a
    loaded Rules, pack paths, or None for the bundled pack). `language` is
    for articles that neither declare one nor are in Devanagari; `jobs` is
    how many processes do the per-article work (None: one per core, and
    none for a run of a few articles; the report is the same);
    `progress`, when given, is called with the count of inputs done so far
    every PROGRESS_EVERY inputs; `limits` bound each article (size, front
    matter); `claims` fills `report.claims` with every claim read from each
    article (claim_export.py), in path order, then file and text order."""
    compiled = rules if isinstance(rules, Rules) else load_rules(rules)
    tally = Tally()
    outcomes = contextlib.closing(_outcomes(_inputs(given, language, limits), compiled, jobs, claims))
    with outcomes as each, _collector_for_a_run():  # closed at once when interrupted
        for done, (item, outcome) in enumerate(each, 1):
            if progress is not None and done % PROGRESS_EVERY == 0:
                progress(done)
            if isinstance(item, loaders.Failure):
                tally.failed(item.path, item.article, item.reason)
            elif not isinstance(outcome, tuple):
                tally.failed(item.path, item.id, outcome)
            else:
                found, collected, written, claimed = outcome
                tally.checked(item, found, written, claimed, any(collected.values()))
                tally.collect(collected)
    return tally.report(compiled)


# The collector during a run: an article makes many short-lived objects, and
# a long one many that live as long as it is checked; collected every 700
# allocations, as by default, a 1 MB article cost 1.12 times ten of 100 KB (1.02
# without collection), every 10,000: 1.04 to 1.07, and less time throughout.
RUN_THRESHOLDS = (10_000, 50, 50)


@contextlib.contextmanager
def _collector_for_a_run() -> Iterator[None]:
    """The collector runs less often during the run, as often as before after
    it. (Nothing is frozen here: a pipeline that calls factcheck.check for
    each article would see its young objects, garbage included, moved for good
    to the oldest generation at every call.)"""
    thresholds = gc.get_threshold()
    gc.set_threshold(*RUN_THRESHOLDS)
    try:
        yield
    finally:
        gc.set_threshold(*thresholds)


class _Kept:
    """What a run keeps of an article a finding may be placed in (one of its
    own, a run-level one, an unused suppression): its findings as they came
    (the shelf's numbers for them), its text (a SourceText; or, while no
    finding is known to be in it, the shelf's number for its text as the file
    has it), where its body starts and, for a JSON Lines record, its line.
    One small object an article: a run may keep many thousand."""

    __slots__ = ("findings", "text", "body_start", "record_line")

    def __init__(self) -> None:
        self.findings: tuple[int, ...] = ()
        self.text: SourceText | int | None = None
        self.body_start = 0
        self.record_line: int | None = None

    def source(self) -> SourceText | None:
        return self.text if isinstance(self.text, SourceText) else None


class Tally:
    """A run's outcomes as they come in, article by article, and the report
    they make: the same whichever processes or machines did the per-article work."""

    def __init__(self) -> None:
        self.statuses = InputStatuses()
        self.records: dict[str, list[Any]] = defaultdict(list)
        # The texts and findings kept, compressed in a temporary file: a run may have millions.
        self.shelf = TextShelf()
        self.kept: dict[tuple[str, str], _Kept] = {}
        self.carried: dict[tuple[str, str], list[suppressions.Suppression]] = {}
        self.read: list[ClaimRecord] = []

    def failed(self, path: str, article: str | None, reason: str | None) -> None:
        self.statuses.add(path, article, failed=True, reason=reason)

    def checked(self, item: Article, found: list[Finding] | bytes, written: list[suppressions.Suppression],
                claimed: list[ClaimRecord], collected: bool) -> None:
        """An article checked: its findings (or them packed, by pack_findings),
        suppressions, claims and whether it gave records to run-level checks.
        Its text is kept only when the report may place a finding in it, and
        unpacked only when one is known to be (most that give run-level
        records never get one)."""
        self.read.extend(claimed)
        self.statuses.add(item.path, item.id)
        if not (found or written or collected):
            return
        key = (item.path, item.id)
        kept = self.kept.get(key)
        if kept is None:
            kept = self.kept[key] = _Kept()
        if found:
            packed = found if isinstance(found, bytes) else pack_findings(found)
            kept.findings += (self.shelf.put_packed(packed),)
        if written:
            self.carried[key] = written
        kept.record_line = item.record_line if item.record_line is not None else kept.record_line
        kept.body_start = item.body_start
        if found or written:
            kept.text = SourceText(readable_text(item.text), item.text, self.shelf)
        else:
            kept.text = self.shelf.put(item.text)

    def _unpack(self, findings: list[Finding]) -> None:
        """The texts of packed articles a finding or related place is in, kept as a SourceText."""
        for finding in findings:
            for key in [(finding.path, finding.article),
                        *((r.path, r.article or finding.article) for r in finding.related)]:
                kept = self.kept.get(key)
                if kept is not None and isinstance(kept.text, int):
                    original = self.shelf.get(kept.text)
                    kept.text = SourceText(readable_text(original), original, self.shelf)

    def collect(self, collected: dict[str, list[Any]]) -> None:
        for check_id, items in collected.items():
            self.records[check_id].extend(items)

    def report(self, compiled: Rules, run_hits: Iterable[tuple[Check, RunHit]] | None = None) -> Report:
        """The report: `run_hits` are the run-level checks' hits, worked out
        from the records collected when not given. Every step works on one
        article's findings (each key below holds the article's path and id),
        article after article in report order, and stores them on the shelf
        when done: the report reads them back when they are asked for."""
        hits_at: dict[tuple[str, str], list[tuple[Check, RunHit]]] = defaultdict(list)
        for check, run_hit in (run_hits if run_hits is not None else _run_hits(self.records, compiled)):
            hits_at[(run_hit.span.path, run_hit.span.article)].append((check, run_hit))
        ran = [_info(check) for check in compiled.checks]
        known = [_info(check) for check in compiled.all_checks]
        sources = KeptTexts()
        store = FindingStore(self.shelf, sources)
        counts: Counter[str] = Counter()
        alike: Counter[bytes] = Counter()
        with_findings = (key for key, kept in self.kept.items() if kept.findings)
        for key in sorted({*with_findings, *hits_at, *self.carried}):
            kept = self.kept.get(key)
            arrived = [finding for number in (kept.findings if kept is not None else ())
                       for finding in unpack_findings(self.shelf.get_packed(number))]
            findings = _once(_run_level(arrived, hits_at.pop(key, ())))
            carried = {key: self.carried[key]} if key in self.carried else {}
            findings.extend(suppressions.apply(findings, carried, known, ran))
            findings.sort(key=lambda f: (f.path, f.article, f.start, f.end, f.rule, f.message))
            self._unpack(findings)
            sources.update(_locate(findings, self.kept))
            _fingerprints(findings, self.kept, alike)
            counts.update(severity_counted(f) for f in findings)
            store.add(findings)
        statuses = self.statuses.by_path()
        checked = statuses.checked
        report = Report.model_construct(
            findings=Findings.kept(store), summary=summary_of(counts, checked, len(statuses) - checked),
            inputs=statuses)
        report._sources = sources
        report.checks.update({info.id: info for info in ran})
        if self.carried:
            report.checks[suppressions.UNUSED.id] = suppressions.UNUSED
        report.record_lines.update((key, line) for key in sources
                                   if (line := self.kept[key].record_line) is not None)
        report.claims.extend(sorted(self.read, key=_claim_path))
        return report


def _locate(findings: list[Finding], kept: dict[tuple[str, str], _Kept]) -> dict[tuple[str, str], SourceText]:
    """Each finding and related place gets its article's text, which works
    out its line, column and text when they are read (one SourceText per
    article, no copies). Returns the texts the report keeps: those of the
    articles a finding or a related place is in, and no other."""
    sources: dict[tuple[str, str], SourceText] = {}
    for finding in findings:
        for key, place in [((finding.path, finding.article), finding),
                           *(((r.path, r.article or finding.article), r) for r in finding.related)]:
            source = kept[key].source() if key in kept else None
            if source is not None:
                place.locate(source)
                sources.setdefault(key, source)
    return sources


def _run_hits(records: dict[str, list[Any]], rules: Rules) -> Iterator[tuple[Check, RunHit]]:
    """The run-level checks' hits, check by check."""
    for check in rules.checks:
        if check.kind.check_run:
            for run_hit in check.kind.check_run(records.get(check.id, []), check.context):
                yield check, run_hit


def _run_level(findings: list[Finding], run_hits: Iterable[tuple[Check, RunHit]]) -> list[Finding]:
    """The findings with the run-level checks' hits: new findings, related
    places joined to a finding of another kind at the same span, or a check's
    own per-article findings restated or withdrawn."""
    at_span = {(f.path, f.article, f.start, f.end, f.kind): f for f in findings}
    own = {(f.path, f.article, f.start, f.end, f.rule): k for k, f in enumerate(findings)}
    restated: dict[int, Finding | None] = {}
    added: list[Finding] = []
    for check, run_hit in run_hits:
        span, hit = run_hit.span, run_hit.hit
        if run_hit.restates:
            index = own.get((span.path, span.article, span.start, span.end, check.id))
            if index is not None:
                restated[index] = None if hit is None else _finding(check, span, hit)
            continue
        if hit is None:
            continue
        same = at_span.get((span.path, span.article, span.start, span.end, hit.merge_into or ""))
        if same is not None:
            joined = [_related(r) for r in hit.related]
            same.related.extend(r for r in joined if r not in same.related)
            same.knowledge.extend(k for k in hit.knowledge if k not in same.knowledge)
        else:
            added.append(_finding(check, span, hit))
    kept = [restated.get(k, f) for k, f in enumerate(findings)]
    return [f for f in kept if f is not None] + added


def _info(check: Check) -> CheckInfo:
    return CheckInfo(id=check.id, kind=check.kind.name, summary=check.kind.summary,
                     description=check.description or check.kind.summary,
                     explanation=check.kind.explanation, severity=check.severity,
                     fixable=check.kind.fixable)


def _once(findings: list[Finding]) -> list[Finding]:
    """One finding per mistake: two checks of one kind (from two packs) that
    report the same thing at the same place give one finding, the first's."""
    seen: set[tuple[object, ...]] = set()
    kept = []
    for finding in findings:
        key = (finding.path, finding.article, finding.start, finding.end, finding.kind,
               finding.message, finding.suggestion)
        if key not in seen:
            seen.add(key)
            kept.append(finding)
    return kept
