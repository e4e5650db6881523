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

from collections.abc import Iterable
from dataclasses import dataclass

import regex

from .articles import SUPPRESS_KEY
from .model import Article, CheckInfo, Finding
from .text import LineIndex

DIRECTIVE = regex.compile(r"<!--[ \t]*factcheck-ignore(?P<file>-file)?[ \t]*:(?P<body>[^\n]*?)-->")
BLANK_LINE = regex.compile(r"\n[ \t\r]*\n")
LAST_BLANK_LINE = regex.compile(r"\n[ \t\r]*\n", regex.REVERSE)
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


def _paragraph(text: str, at: int) -> tuple[int, int]:
    before = LAST_BLANK_LINE.search(text, 0, at)
    after = BLANK_LINE.search(text, at)
    return (before.end() if before else 0, after.start() if after else len(text))


def _scope(text: str, directive: regex.Match[str]) -> tuple[int, int]:
    """The paragraph the directive stands in; when nothing else stands there,
    the next paragraph."""
    start, end = _paragraph(text, directive.start())
    if DIRECTIVE.sub("", text[start:end]).strip():
        return start, end
    following = regex.search(r"\S", text[end:])
    return _paragraph(text, end + following.start()) if following else (end, end)


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
    for directive in DIRECTIVE.finditer(text):
        ids, reason = _ids_and_reason(directive.group("body"))
        line, column = lines.position(directive.start())
        scope = (0, len(text)) if directive.group("file") else _scope(text, directive)
        found.append(Suppression(ids, directive.start(), directive.end(), line, column, scope,
                                 reason, " ".join(directive.group()[4:-3].split()), directive.group()))
    return found


def apply(findings: list[Finding], suppressions: dict[tuple[str, str], list[Suppression]],
          checks: Iterable[CheckInfo], ran: Iterable[CheckInfo]) -> list[Finding]:
    """Mark the findings the suppressions silence; return a finding for each
    suppression (and check id in it) that silenced nothing."""
    known = {name for c in checks for name in (c.id, c.kind)}
    kind_of = {c.id: c.kind for c in ran}
    ran_names = {*kind_of, *kind_of.values()}
    used: set[tuple[int, str]] = set()
    for finding in findings:
        for suppression in suppressions.get((finding.path, finding.article), ()):
            first, last = suppression.scope
            named = next((name for name in suppression.ids
                          if name in (finding.rule, kind_of.get(finding.rule))), None)
            if named is not None and first <= finding.start < last:
                finding.suppressed = finding.suppressed or suppression.describe()
                used.add((id(suppression), named))
    unused = []
    for (path, article), items in suppressions.items():
        for suppression in items:
            for name in suppression.ids:
                if name not in known:
                    message = (f"{suppression.label!r} names {name!r}, which is no loaded check "
                               f"id or rule kind")
                elif name in ran_names and (id(suppression), name) not in used:
                    message = f"{suppression.label!r} silences no {name!r} finding here; remove it"
                else:
                    continue
                unused.append(Finding(
                    rule=UNUSED.id, kind=UNUSED.kind, severity=UNUSED.severity, message=message,
                    path=path, article=article, start=suppression.start, end=suppression.end,
                    line=suppression.line, column=suppression.column,
                    text=suppression.text,
                ))
    return unused
