"""Suppressions an article carries: named checks silenced for the whole
article or for one paragraph. A suppressed finding stays in the report,
marked with the suppression; a suppression that silences nothing is itself
reported (check `unused-suppression`).

    <!-- factcheck-ignore: spelling -->                 the paragraph it stands in,
                                                        or the next when it stands alone
    <!-- factcheck-ignore-file: spelling, date -->      the whole article
    <!-- factcheck-ignore: spelling -- house style -->  with a reason after " -- "
    factcheck-ignore: [spelling]                        front matter or JSON record key:
                                                        the whole article
"""

from __future__ import annotations

import heapq
from bisect import bisect_right
from collections import defaultdict
from collections.abc import Iterable
from dataclasses import dataclass

import regex

from .articles import SUPPRESS_KEY
from .model import Article, CheckInfo, Finding
from .text import LineIndex

# A directive's body is at most MAX_BODY characters: an unclosed "<!-- factcheck-ignore:"
# is then looked at once, not read to the end of a long line for each one.
MAX_BODY = 1000
DIRECTIVE = regex.compile(r"<!--[ \t]*factcheck-ignore(?P<file>-file)?[ \t]*:"
                          rf"(?P<body>[^\n]{{0,{MAX_BODY}}}?)-->")
BLANK_LINES = regex.compile(r"\n(?:[ \t\r]*\n)+")  # a run of them: paragraphs lie between
NOT_SPACE = regex.compile(r"\S")
UNUSED = CheckInfo(
    id="unused-suppression", kind="suppression",
    summary="A factcheck-ignore that silences nothing",
    description="A suppression in an article that names no loaded check, or silences no finding "
                "of the check it names.",
    explanation="Remove it, or correct the check id it names: a stale suppression would hide "
                "the next real mistake in its paragraph.",
    severity="warning",
)


@dataclass(frozen=True, slots=True)
class Suppression:
    ids: tuple[str, ...]
    start: int  # the directive, in the article text
    end: int
    line: int
    column: int
    scope: tuple[int, int]  # the span of text it silences
    reason: str | None
    label: str  # the directive, in one line, for messages
    text: str  # the article's text at start:end

    def describe(self) -> str:
        """Where it is and what it says: "line 6: factcheck-ignore: spelling -- house style"."""
        return f"line {self.line}: {self.label}"


def _ids_and_reason(body: str) -> tuple[tuple[str, ...], str | None]:
    ids, _, reason = body.partition(" -- ")
    return (tuple(part.strip() for part in ids.split(",") if part.strip()),
            reason.strip() or None)


class _Paragraphs:
    """The article's paragraphs, found once: each directive's scope is then
    a look-up, whatever the number of directives."""

    def __init__(self, text: str) -> None:
        self.text = text
        self.breaks = [(m.start(), m.end()) for m in BLANK_LINES.finditer(text)] if "\n" in text else []
        self.starts = [end for _, end in self.breaks]
        self.scopes: dict[int, tuple[int, int]] = {}

    def around(self, at: int) -> tuple[int, int]:
        """The paragraph holding the character at `at` (not a blank line)."""
        index = bisect_right(self.starts, at)
        start = self.breaks[index - 1][1] if index else 0
        end = self.breaks[index][0] if index < len(self.breaks) else len(self.text)
        return start, end

    def scope(self, directive: regex.Match[str]) -> tuple[int, int]:
        """The paragraph the directive stands in; when nothing else stands
        there, the next paragraph."""
        start, end = self.around(directive.start())
        if start not in self.scopes:
            own = DIRECTIVE.sub("", self.text[start:end]).strip()
            following = NOT_SPACE.search(self.text, end) if not own else None
            self.scopes[start] = ((start, end) if own else
                                  self.around(following.start()) if following else (end, end))
        return self.scopes[start]


def _from_metadata(article: Article, lines: LineIndex) -> list[Suppression]:
    value = article.metadata.get(SUPPRESS_KEY)
    if not value:
        return []
    reasons: dict[str, str | None]
    if isinstance(value, dict):
        reasons = {str(k).strip(): (str(v) if v else None) for k, v in value.items()}
    elif isinstance(value, list):
        reasons = {str(v).strip(): None for v in value}
    else:
        reasons = dict.fromkeys(_ids_and_reason(str(value))[0])
    at = article.text.find(SUPPRESS_KEY, 0, article.body_start)
    start, end = (at, at + len(SUPPRESS_KEY)) if at >= 0 else (0, 0)
    line, column = lines.position(start)
    return [Suppression((check,), start, end, line, column, (0, len(article.text)), reason,
                        f"{SUPPRESS_KEY}: {check}" + (f" -- {reason}" if reason else ""),
                        article.text[start:end])
            for check, reason in reasons.items() if check]


def read(article: Article) -> list[Suppression]:
    """The suppressions an article carries, in text order."""
    text = article.text
    lines = LineIndex(text)
    found = _from_metadata(article, lines)
    if "factcheck-ignore" not in text:
        return found
    paragraphs = _Paragraphs(text)
    for directive in DIRECTIVE.finditer(text):
        ids, reason = _ids_and_reason(directive.group("body"))
        line, column = lines.position(directive.start())
        scope = (0, len(text)) if directive.group("file") else paragraphs.scope(directive)
        found.append(Suppression(ids, directive.start(), directive.end(), line, column, scope,
                                 reason, " ".join(directive.group()[4:-3].split()), directive.group()))
    return found


@dataclass
class _Scope:
    """The suppressions that share one scope: the first naming each check,
    and the checks (id, kind) of the findings in the scope."""

    first: dict[str, int]
    members: list[int]
    seen: set[tuple[str, str | None]]


def _mark(findings: list[Finding], items: list[Suppression], kind_of: dict[str, str],
          used: set[tuple[int, str]]) -> None:
    """One article: each finding gets the first suppression (in text order)
    whose scope holds it and that names its check; each suppression that
    names the check of a finding in its scope is used. Scopes are swept
    along the text, so the work is linear in findings and suppressions."""
    scopes: dict[tuple[int, int], _Scope] = {}
    for index, suppression in enumerate(items):
        scope = scopes.setdefault(suppression.scope, _Scope({}, [], set()))
        scope.members.append(index)
        for name in suppression.ids:
            scope.first.setdefault(name, index)
    ordered = sorted(scopes.items())
    active: list[tuple[int, int, _Scope]] = []  # heap of (end, order, scope) of open scopes
    opened = 0
    for finding in sorted(findings, key=lambda f: f.start):
        while opened < len(ordered) and ordered[opened][0][0] <= finding.start:
            (_, last), scope = ordered[opened]
            heapq.heappush(active, (last, opened, scope))
            opened += 1
        while active and active[0][0] <= finding.start:
            heapq.heappop(active)
        names = (finding.rule, kind_of.get(finding.rule))
        best: int | None = None
        for _, _, scope in active:
            scope.seen.add(names)
            for check in names:
                earliest = scope.first.get(check) if check is not None else None
                if earliest is not None and (best is None or earliest < best):
                    best = earliest
        if best is not None:
            finding.suppressed = finding.suppressed or items[best].describe()
    for scope in scopes.values():
        for index in scope.members:
            for names in scope.seen:
                named = next((name for name in items[index].ids if name in names), None)
                if named is not None:
                    used.add((index, named))


def apply(findings: list[Finding], suppressions: dict[tuple[str, str], list[Suppression]],
          checks: Iterable[CheckInfo], ran: Iterable[CheckInfo]) -> list[Finding]:
    """Mark the findings the suppressions silence; return a finding for each
    suppression (and check id in it) that silenced nothing."""
    known = {name for c in checks for name in (c.id, c.kind)}
    kind_of = {c.id: c.kind for c in ran}
    ran_names = {*kind_of, *kind_of.values()}
    by_article: dict[tuple[str, str], list[Finding]] = defaultdict(list)
    for finding in findings:
        if (finding.path, finding.article) in suppressions:
            by_article[(finding.path, finding.article)].append(finding)
    unused = []
    for (path, article), items in suppressions.items():
        used: set[tuple[int, str]] = set()
        _mark(by_article.get((path, article), []), items, kind_of, used)
        for index, suppression in enumerate(items):
            for name in suppression.ids:
                if name not in known:
                    message = (f"{suppression.label!r} names {name!r}, which is no loaded check "
                               f"id or rule kind")
                elif name in ran_names and (index, name) not in used:
                    message = f"{suppression.label!r} silences no {name!r} finding here; remove it"
                else:
                    continue
                unused.append(Finding.model_construct(
                    rule=UNUSED.id, kind=UNUSED.kind, severity=UNUSED.severity, message=message,
                    path=path, article=article, start=suppression.start, end=suppression.end,
                ))
    return unused
