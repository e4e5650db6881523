"""The public data model: articles, findings with their related places, and reports.

Each model is a declared class (see declared.py): plain objects where
factcheck runs, so that a check imports no pydantic, and a pydantic model
made from the declaration when one is read from JSON, dumped, validated as
a user makes it, or put into a JSON Schema. A run makes its articles,
findings and report from values it has typed itself, with `model_construct`."""

from __future__ import annotations

import copy
import datetime as dt
from array import array
from bisect import bisect_right
from collections import Counter
from collections.abc import Collection, Iterable, Iterator, Mapping, MutableSequence, Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any, ClassVar, Literal, Self, overload

from .declared import Declared, option
from .span import KeptTexts, SourceText, Span

if TYPE_CHECKING:  # imported only by runs that read claims, or when a model is made
    from pydantic import BaseModel, GetCoreSchemaHandler
    from pydantic_core import core_schema

    from .claim_model import ClaimRecord

Severity = Literal["error", "warning", "info"]
JSON_LINES = (".jsonl", ".ndjson")
SEVERITY_RANK: dict[str, int] = {"info": 1, "warning": 2, "error": 3}
# The models' own settings: pydantic's defaults (a key of no field is ignored).
MODEL_SETTINGS: Mapping[str, Any] = {}


# Pydantic reads the signature of a default factory whenever it makes a model, and
# reading that of a builtin or a class costs a millisecond the first time; of a function, nothing.
def new_list() -> list[Any]:
    return []


def new_dict() -> dict[Any, Any]:
    return {}


def _rebuilt(model: type[Declared], values: tuple[Any, ...], at: Any = None) -> Declared:
    """An object pickled by its values (see _ByValues), made again as it was."""
    made = model.__new__(model)
    made.__dict__.update(zip(model.field_names(), values, strict=True))
    if at is not None:
        object.__setattr__(made, "_at", at)
    return made


class _ByValues(Declared):
    """Pickled as its class and its values in field order: the findings a
    worker sends its parent cross by the thousand, and without this each
    carried its field names (a worker's outcome was about three times as large)."""

    def __reduce__(self) -> tuple[Any, ...]:
        values = tuple(map(self.__dict__.__getitem__, type(self).field_names()))
        at = getattr(self, "_at", None)
        return (_rebuilt, (type(self), values) if at is None else (type(self), values, at))


class Article(_ByValues):
    """One article. `text` is the original file (or record) text; every offset
    in a finding indexes it. `body_start` is where the article's own words
    begin, after any dateline or front matter."""

    model_settings: ClassVar[Mapping[str, Any]] = {"frozen": True}
    frozen: ClassVar[bool] = True

    id: str
    path: str
    language: str = "en"
    date: dt.date | None = None
    title: str | None = None
    text: str
    body_start: int = 0
    metadata: dict[str, Any] = option(default_factory=new_dict)
    # For a JSON Lines record: the line of the file that holds it.
    record_line: int | None = None


POSITION = ("line", "column", "text")


def _line_column(at: SourceText | tuple[int, int, str], start: int) -> tuple[int, int]:
    if isinstance(at, SourceText):
        return at.position(start)
    return at[0], at[1]


def _located(place: Any) -> SourceText | tuple[int, int, str]:
    """A place's article text, or its line, column and text as given (a
    Positioned object, or its model's)."""
    at = getattr(place, "_at", None)
    if at is None:
        raise ValueError(f"{type(place).__name__} at {place.path}:{place.start}: "
                         "no line, column or text given, and no article text to work them out")
    return at


def _line_of(place: Any) -> int:
    return _line_column(_located(place), place.start)[0]


def _column_of(place: Any) -> int:
    return _line_column(_located(place), place.start)[1]


def _text_of(place: Any) -> str:
    at = _located(place)
    return at.marked(place.start, place.end) if isinstance(at, SourceText) else at[2]



class Positioned(_ByValues):
    """A place in an article, given by path and code-point offsets; `line`,
    `column` (1-based, in code points) and `text` (what the offsets mark) are
    worked out from the article's text when they are read, so a report keeps
    no copy of them. They can also be given (a report read back from JSON, a
    finding made by hand)."""

    # A slot, not a field: no dictionary per finding.
    __slots__ = ("_at",)
    model_settings: ClassVar[Mapping[str, Any]] = MODEL_SETTINGS

    def _adopt(self, made: Self) -> None:
        super()._adopt(made)
        object.__setattr__(self, "_at", getattr(made, "_at", None))

    @classmethod
    def _from_model(cls, value: BaseModel) -> Self:
        made = super()._from_model(value)
        object.__setattr__(made, "_at", value.__pydantic_private__.get("_at")
                           if value.__pydantic_private__ else None)
        return made

    def _to_model(self) -> BaseModel:
        made = super()._to_model()
        made._at = getattr(self, "_at", None)  # type: ignore[attr-defined]
        return made

    @classmethod
    def _model_namespace(cls) -> dict[str, Any]:
        """The model's line, column and text (worked out, or as given), and
        its dump with them after `end`, where they have always stood."""
        from pydantic import (
            PrivateAttr,
            SerializerFunctionWrapHandler,
            ValidatorFunctionWrapHandler,
            computed_field,
            model_serializer,
            model_validator,
        )

        def given_position(model: type[BaseModel], data: Any, handler: ValidatorFunctionWrapHandler) -> Any:
            given = None
            if isinstance(data, dict) and any(key in data for key in POSITION):
                data = dict(data)
                fields = _Given.model_validate({key: data.pop(key) for key in POSITION if key in data})
                given = (fields.line, fields.column, fields.text)
            made = handler(data)
            if given is not None:
                made._at = given
            return made

        def in_order(self: BaseModel, handler: SerializerFunctionWrapHandler) -> dict[str, Any]:
            data = handler(self)
            ordered = {}
            for key, value in data.items():
                if key in POSITION:
                    continue
                ordered[key] = value
                if key == "end":
                    ordered.update((name, data[name]) for name in POSITION if name in data)
            return ordered

        return {
            "_at": PrivateAttr(None),
            "_given_position": model_validator(mode="wrap")(classmethod(given_position)),  # type: ignore[arg-type]
            "_in_order": model_serializer(mode="wrap")(in_order),
            "line": computed_field(property(_line_of)),
            "column": computed_field(property(_column_of)),
            "text": computed_field(property(_text_of)),
        }

    def locate(self, source: SourceText) -> None:
        """Work out line, column and text from `source`, the article's text."""
        object.__setattr__(self, "_at", source)

    def _position(self) -> tuple[int, int, str] | None:
        at = getattr(self, "_at", None)
        if isinstance(at, SourceText):
            return (*_line_column(at, self.start), at.marked(self.start, self.end))  # type: ignore[attr-defined]
        return at

    line = property(_line_of, doc="1-based, in code points")
    column = property(_column_of, doc="1-based, in code points")
    text = property(_text_of, doc="what the span marks, as the file has it (no line index needed)")

    def __eq__(self, other: object) -> bool:
        if not isinstance(other, Positioned):
            return NotImplemented
        return (type(self) is type(other) and self.__dict__ == other.__dict__
                and self._position() == other._position())

    __hash__ = None  # type: ignore[assignment]

    def __deepcopy__(self, memo: dict[int, Any] | None = None) -> Self:
        copied = type(self).__new__(type(self))
        copied.__dict__.update(copy.deepcopy(self.__dict__, memo))
        object.__setattr__(copied, "_at", getattr(self, "_at", None))  # the article text is shared
        return copied


class _Given(Declared):
    model_settings: ClassVar[Mapping[str, Any]] = MODEL_SETTINGS

    line: int
    column: int
    text: str


class Related(Positioned):
    """Another place a finding rests on (another source, an earlier mention),
    with what it names there."""

    path: str
    start: int
    end: int
    message: str
    article: str | None = None
    # For a claim record (check_claims): the record's field the place is in.
    field: str | None = None


RecordKind = Literal["tenure", "membership", "fact", "event"]


class KnowledgeRef(_ByValues):
    """The pack record a finding rests on: where it is written (`file`,
    `line`; a pack bundled with factcheck is `bundled`, its file named as
    factcheck's repository has it, rules/...), what it is (`record`, and its
    `ids`: a tenure's office and person, a membership's person and
    organisation, a fact's or an event's id), where the pack says it comes
    from (`source`) and until when the pack's knowledge is current (`as_of`)."""

    model_settings: ClassVar[Mapping[str, Any]] = {"frozen": True}
    frozen: ClassVar[bool] = True

    record: RecordKind
    ids: tuple[str, ...]
    pack: str
    file: str
    line: int
    bundled: bool = False
    source: str | None = None
    as_of: str | None = None

    def details(self) -> str:
        """ids; source ...; as of ...: what the record is, without its place."""
        details = [", ".join(self.ids)]
        if self.source:
            details.append(f"source {self.source}")
        if self.as_of:
            details.append(f"as of {self.as_of}")
        return "; ".join(details)

    def label(self) -> str:
        """file:line (ids; source ...; as of ...), as reports show it."""
        owner = "factcheck's " if self.bundled else ""
        return f"{owner}{self.file}:{self.line} ({self.details()})"


class Finding(Positioned):
    rule: str
    kind: str
    severity: Severity
    message: str
    path: str
    article: str
    start: int
    end: int
    suggestion: str | None = None
    related: list[Related] = option(default_factory=new_list)
    fingerprint: str = ""
    # Why the finding does not count: the suppression that silences it.
    suppressed: str | None = None
    # With a baseline: "unchanged" when the baseline has this finding's fingerprint.
    baseline: Literal["new", "unchanged"] | None = None
    # For a claim record (check_claims): the record's field the finding is about.
    field: str | None = None
    # The pack records the finding rests on (office-holder, fact, date, membership, cross-source);
    # last, so the fields before it stand where they always have.
    knowledge: list[KnowledgeRef] = option(default_factory=new_list)

    @property
    def span(self) -> Span:
        return Span(self.path, self.article, self.start, self.end)

    @property
    def counts(self) -> bool:
        """Whether the finding can fail a run: not suppressed, not in the baseline."""
        return self.suppressed is None and self.baseline != "unchanged"


def _list_schema(cls: type, item: type, handler: GetCoreSchemaHandler) -> core_schema.CoreSchema:
    """The schema of a sequence class that stands for a list of `item`: an
    instance passes as it is, a list (or JSON's) is made into one, and it is
    written out as a list."""
    from pydantic_core import core_schema

    as_list = handler.generate_schema(list[item])  # type: ignore[valid-type]
    from_list = core_schema.no_info_after_validator_function(cls, as_list)
    return core_schema.json_or_python_schema(
        json_schema=from_list,
        python_schema=core_schema.union_schema([core_schema.is_instance_schema(cls), from_list]),
        serialization=core_schema.plain_serializer_function_ser_schema(list, return_schema=as_list),
    )


class Findings(MutableSequence[Finding]):
    """A report's findings: a list, except that a run keeps them on disk (an
    article's at a time, see finding_store.py) until they are first asked
    for, so that a run of millions of articles does not hold its findings in
    memory while its report is written. Reading, indexing or changing them
    reads them all into memory once, and from then on they are a list that
    keeps every change; `Report.each_finding` reads them without keeping them."""

    __slots__ = ("_held", "_kept")

    def __init__(self, findings: Iterable[Finding] = ()) -> None:
        self._held: list[Finding] | None = list(findings)
        self._kept: Collection[Finding] | None = None

    @classmethod
    def kept(cls, findings: Collection[Finding]) -> Findings:
        """Findings read from `findings` (which can be read more than once)
        when first asked for, not before."""
        made = cls()
        made._held, made._kept = None, findings
        return made

    def _list(self) -> list[Finding]:
        if self._held is None:
            assert self._kept is not None
            self._held, self._kept = list(self._kept), None
        return self._held

    def each(self) -> Iterator[Finding]:
        """Each finding in turn, read from disk when the run kept them there,
        and not kept: a change made to one is lost."""
        return iter(self._held if self._held is not None else self._kept or ())

    def __len__(self) -> int:
        return len(self._held if self._held is not None else self._kept or ())

    @overload
    def __getitem__(self, index: int) -> Finding: ...

    @overload
    def __getitem__(self, index: slice) -> list[Finding]: ...

    def __getitem__(self, index: int | slice) -> Finding | list[Finding]:
        return self._list()[index]

    @overload
    def __setitem__(self, index: int, value: Finding) -> None: ...

    @overload
    def __setitem__(self, index: slice, value: Iterable[Finding]) -> None: ...

    def __setitem__(self, index: int | slice, value: Any) -> None:
        self._list()[index] = value

    def __delitem__(self, index: int | slice) -> None:
        del self._list()[index]

    def insert(self, index: int, value: Finding) -> None:
        self._list().insert(index, value)

    def __iter__(self) -> Iterator[Finding]:
        return iter(self._list())

    def sort(self, *, key: Any = None, reverse: bool = False) -> None:
        self._list().sort(key=key, reverse=reverse)

    def __eq__(self, other: object) -> bool:
        if not isinstance(other, Sequence) or isinstance(other, str):
            return NotImplemented
        return self._list() == list(other)

    __hash__ = None  # type: ignore[assignment]

    def __repr__(self) -> str:
        return repr(self._list())

    def __reduce__(self) -> tuple[type[Findings], tuple[list[Finding]]]:
        return Findings, (self._list(),)

    @classmethod
    def __get_pydantic_core_schema__(cls, source: Any, handler: GetCoreSchemaHandler
                                     ) -> core_schema.CoreSchema:
        return _list_schema(cls, Finding, handler)


@dataclass(frozen=True, slots=True, kw_only=True)
class InputStatus:
    """Every input appears in a report: checked, or failed with a reason. (A
    plain class: a run of a million articles keeps a million.)"""

    path: str
    article: str | None = None
    status: Literal["checked", "failed"]
    reason: str | None = None


class InputStatuses(Sequence[InputStatus]):
    """A report's inputs in columns, read back as InputStatus one at a time: a
    path per run of inputs from one file, the article ids as UTF-8 back to
    back, and the failed ones' reasons by place. A run of a million articles
    keeps about 20 bytes an input, where a list of InputStatus kept 150."""

    __slots__ = ("_paths", "_path_ends", "_ids", "_id_ends", "_no_id", "_failed")

    def __init__(self, statuses: Iterable[InputStatus] = ()) -> None:
        self._paths: list[str] = []
        self._path_ends = array("q")  # the place after each path's run
        self._ids = bytearray()
        self._id_ends = array("q")
        self._no_id: set[int] = set()  # places of inputs with no article id
        self._failed: dict[int, str | None] = {}  # place -> reason
        for status in statuses:
            self.add(status.path, status.article, status.status == "failed", status.reason)

    def add(self, path: str, article: str | None, failed: bool = False, reason: str | None = None) -> None:
        place = len(self._id_ends)
        if self._paths and self._paths[-1] == path:
            self._path_ends[-1] = place + 1
        else:
            self._paths.append(path)
            self._path_ends.append(place + 1)
        if article is None:
            self._no_id.add(place)
        else:
            self._ids += article.encode("utf-8", "surrogatepass")
        self._id_ends.append(len(self._ids))
        if failed:
            self._failed[place] = reason

    def __len__(self) -> int:
        return len(self._id_ends)

    @overload
    def __getitem__(self, index: int) -> InputStatus: ...

    @overload
    def __getitem__(self, index: slice) -> list[InputStatus]: ...

    def __getitem__(self, index: int | slice) -> InputStatus | list[InputStatus]:
        if isinstance(index, slice):
            return [self[place] for place in range(*index.indices(len(self)))]
        place = index + len(self) if index < 0 else index
        if not 0 <= place < len(self):
            raise IndexError("input status index out of range")
        return self._status(place)

    def _status(self, place: int) -> InputStatus:
        path = self._paths[bisect_right(self._path_ends, place)]
        article = None
        if place not in self._no_id:
            start = self._id_ends[place - 1] if place else 0
            article = self._ids[start : self._id_ends[place]].decode("utf-8", "surrogatepass")
        failed = place in self._failed
        return InputStatus(path=path, article=article, status="failed" if failed else "checked",
                           reason=self._failed[place] if failed else None)

    def __iter__(self) -> Iterator[InputStatus]:
        return map(self._status, range(len(self)))

    def __eq__(self, other: object) -> bool:
        if not isinstance(other, Sequence) or isinstance(other, str):
            return NotImplemented
        return len(self) == len(other) and all(a == b for a, b in zip(self, other, strict=True))

    __hash__ = None  # type: ignore[assignment]

    def __repr__(self) -> str:
        return f"InputStatuses({list(self)!r})"

    @property
    def checked(self) -> int:
        return len(self) - len(self._failed)

    def by_path(self) -> InputStatuses:
        """The inputs listed by path, whatever order they came in; the records
        of one file stay in file order."""
        runs = sorted(range(len(self._paths)), key=self._paths.__getitem__)
        if runs == list(range(len(runs))):
            return self
        listed = InputStatuses()
        for run in runs:
            start = self._path_ends[run - 1] if run else 0
            for place in range(start, self._path_ends[run]):
                status = self._status(place)
                listed.add(status.path, status.article, status.status == "failed", status.reason)
        return listed

    @classmethod
    def __get_pydantic_core_schema__(cls, source: Any, handler: GetCoreSchemaHandler
                                     ) -> core_schema.CoreSchema:
        return _list_schema(cls, InputStatus, handler)


class Summary(Declared):
    """Counts of the findings that are not suppressed, by severity."""

    model_settings: ClassVar[Mapping[str, Any]] = MODEL_SETTINGS

    articles: int
    errors: int
    warnings: int
    infos: int
    failed: int = 0
    suppressed: int = 0


@dataclass(frozen=True)
class CheckInfo:
    """What a report says about a check that ran: for SARIF's rules and HTML filters."""

    id: str
    kind: str
    summary: str
    description: str
    explanation: str
    severity: Severity
    fixable: bool = False


def _new_inputs() -> InputStatuses:
    return InputStatuses()


class Report(Declared):
    # Not output as such: article texts by (path, article id) for excerpts,
    # the checks that ran, the file line of each JSON Lines record, and the
    # claims read (only when the run was asked for them); made when first asked for.
    __slots__ = ("_sources", "_checks", "_record_lines", "_claims")
    model_settings: ClassVar[Mapping[str, Any]] = MODEL_SETTINGS

    version: int = 1
    findings: Findings
    summary: Summary
    inputs: InputStatuses = option(default_factory=_new_inputs)

    def _kept(self, name: str, made: Any) -> Any:
        try:
            return getattr(self, name)
        except AttributeError:
            object.__setattr__(self, name, made)
            return made

    @property
    def sources(self) -> KeptTexts:
        return self._kept("_sources", KeptTexts())

    @property
    def checks(self) -> dict[str, CheckInfo]:
        return self._kept("_checks", {})

    @property
    def record_lines(self) -> dict[tuple[str, str], int]:
        return self._kept("_record_lines", {})

    @property
    def claims(self) -> list[ClaimRecord]:
        """The claims read from the articles, when the run was asked for them
        (`factcheck.check(..., claims=True)`, `--emit-claims`); else empty."""
        return self._kept("_claims", [])

    def each_finding(self) -> Iterator[Finding]:
        """Each finding in turn, as outputs read them: from disk when the run
        kept them there, and not kept in memory, so a change made to one is
        lost (change `findings` instead)."""
        findings = self.findings
        return findings.each() if isinstance(findings, Findings) else iter(findings)

    def worst(self) -> int:
        """Rank of the most severe finding that counts (0 when there is none)."""
        return max((SEVERITY_RANK[f.severity] for f in self.each_finding() if f.counts), default=0)

    def with_context(self, other: Report) -> Report:
        """This report with `other`'s sources, checks, record lines and claims."""
        self.sources.update(other.sources)
        self.checks.update(other.checks)
        self.record_lines.update(other.record_lines)
        self.claims.extend(other.claims)
        return self

    def at_least(self, level: Severity) -> Report:
        """The report without findings below `level`; the summary counts what is shown."""
        if level == "info":
            return self
        rank = SEVERITY_RANK[level]
        shown = [f for f in self.each_finding() if SEVERITY_RANK[f.severity] >= rank]
        return Report.model_construct(findings=Findings(shown), summary=summarise(
            shown, self.summary.articles, self.summary.failed), inputs=self.inputs).with_context(self)


def severity_counted(finding: Finding) -> str:
    """What a finding adds to a summary: its severity, or "suppressed"."""
    return finding.severity if finding.suppressed is None else "suppressed"


def summary_of(counts: Mapping[str, int], articles: int, failed: int) -> Summary:
    """The summary of findings counted by `severity_counted`."""
    return Summary.model_construct(
        articles=articles, errors=counts.get("error", 0), warnings=counts.get("warning", 0),
        infos=counts.get("info", 0), failed=failed, suppressed=counts.get("suppressed", 0))


def summarise(findings: Iterable[Finding], articles: int, failed: int) -> Summary:
    return summary_of(Counter(map(severity_counted, findings)), articles, failed)


def where(path: str, article: str, line: int, column: int, field: str | None = None) -> str:
    """path:line:column; for a JSON Lines record, the line and column are in
    the record's text, so the record's id stands after the path; for a claim
    record, its id and field: claims.csv[row 3].subject."""
    if field is not None:
        return f"{path}[{article}].{field}"
    if path.endswith(JSON_LINES):
        return f"{path}[{article}]:{line}:{column}"
    return f"{path}:{line}:{column}"
