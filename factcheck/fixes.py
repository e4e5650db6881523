"""--fix and --diff: apply the suggestions of fixable checks (spelling,
substitution, repetition) to article files, as ruff applies safe fixes.

Fixing loops to a fixed point, as ruff's does: the fixed texts are checked
again, and a fixable finding the text before did not have (a glued name
"Giangfor for" fixed to "Giang for for" gives a repeated "for") is fixed too,
up to MAX_ROUNDS rounds. A fix whose result still has a finding the text
before did not have, or the finding it fixed, is left for a person, and so
are findings of other checks, suppressed findings and findings in JSON Lines
records."""

from __future__ import annotations

import difflib
from collections import defaultdict
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

from .model import JSON_LINES, SEVERITY_RANK, Finding, Report
from .outputs import write_atomically

MAX_ROUNDS = 10

# The report of checking these texts (by path) again, with the run's settings.
Recheck = Callable[[dict[str, str]], Report]


@dataclass(frozen=True)
class FileFix:
    path: str
    before: str
    after: str
    count: int


@dataclass(frozen=True)
class Plan:
    fixes: list[FileFix]
    # Fixable findings left for a person: fixing them made a finding or did not settle.
    withheld: list[Finding] = field(default_factory=list)
    # The report of checking the fixed texts, when the last check was of them all.
    checked: Report | None = None

    @property
    def count(self) -> int:
        return sum(fix.count for fix in self.fixes)


@dataclass(frozen=True)
class Edit:
    start: int
    end: int
    text: str


Span = tuple[str, int, int]  # rule, start, end


@dataclass
class _File:
    """One file being fixed: its text now, and where the findings it had that
    are not being fixed are, in the text's present offsets."""

    path: str
    before: str
    text: str
    kept: list[Span]
    count: int = 0
    latest: list[Finding] = field(default_factory=list)

    def had(self, finding: Finding) -> bool:
        """Whether the text before the fixes had this finding (one not fixed)."""
        return any(rule == finding.rule and finding.start <= end and finding.end >= start
                   for rule, start, end in self.kept)

    def made(self) -> list[Finding]:
        """The findings of the fixed text that the text before did not have:
        made by a fix, or a fixed one still there."""
        return [f for f in self.latest if f.suppressed is None and not self.had(f)]


def fixable(report: Report, finding: Finding) -> bool:
    info = report.checks.get(finding.rule)
    return (info is not None and info.fixable and finding.suggestion is not None
            and finding.suppressed is None and not finding.path.endswith(JSON_LINES))


def _forward(position: int, edits: list[Edit], end: bool) -> int:
    """Where a position of the text is after the edits (sorted, apart): inside
    an edited span, at its start, or at its end when `end`."""
    shift = 0
    for edit in edits:
        if position >= edit.end:
            shift += len(edit.text) - (edit.end - edit.start)
            continue
        if position > edit.start:
            return edit.start + shift + (len(edit.text) if end else 0)
        break
    return position + shift


def _edits(text: str, found: list[Finding]) -> list[Edit]:
    """The fixes that can be made together: a span whose text is still the
    finding's, not overlapping an earlier one."""
    edits: list[Edit] = []
    for finding in sorted(found, key=lambda f: (f.start, f.end)):
        if edits and finding.start < edits[-1].end:
            continue
        if text[finding.start : finding.end] != finding.text or finding.suggestion is None:
            continue
        edits.append(Edit(finding.start, finding.end, finding.suggestion))
    return edits


def _edit(file: _File, found: list[Finding]) -> bool:
    edits = _edits(file.text, found)
    if not edits:
        return False
    pieces, position = [], 0
    for edit in edits:
        pieces += [file.text[position : edit.start], edit.text]
        position = edit.end
    file.text = "".join(pieces) + file.text[position:]
    file.kept = [(rule, _forward(a, edits, False), _forward(b, edits, True)) for rule, a, b in file.kept]
    file.count += len(edits)
    return True


def _read(path: str, texts: dict[str, str | bytes] | None) -> str | None:
    try:
        if texts is not None and path in texts:
            given = texts[path]
            return given if isinstance(given, str) else given.decode("utf-8")
        return Path(path).read_bytes().decode("utf-8")
    except (OSError, UnicodeDecodeError):
        return None


def _start(path: str, before: str, found: list[Finding], chosen: list[Finding]) -> _File:
    """A file to fix: `found` are all its findings, `chosen` those to fix."""
    fixing = {id(f) for f in chosen}
    kept = [(f.rule, f.start, f.end) for f in found if id(f) not in fixing and f.suppressed is None]
    return _File(path, before, before, kept)


@dataclass
class _Fixer:
    recheck: Recheck | None
    rounds: int
    others: dict[str, str] = field(default_factory=dict)  # fixed texts of files not being settled
    last: Report | None = None  # the last report, and the texts it was of
    last_texts: dict[str, str] = field(default_factory=dict)

    def settle(self, files: dict[str, _File], first: dict[str, list[Finding]]) -> set[str]:
        """Fix `first` in each file, then, round after round, what checking the
        fixed texts again finds that the texts before did not have; the paths
        that have not settled within the rounds."""
        pending = first
        for _ in range(self.rounds):
            changed = {path for path, found in pending.items() if _edit(files[path], found)}
            if not changed or self.recheck is None:
                return set()
            texts = {**self.others, **{path: file.text for path, file in files.items()}}
            report = self.recheck(texts)
            self.last, self.last_texts = report, texts
            by_path: dict[str, list[Finding]] = defaultdict(list)
            for finding in report.findings:
                by_path[finding.path].append(finding)
            pending = {}
            for path in changed:
                file = files[path]
                file.latest = by_path.get(path, [])
                pending[path] = [f for f in file.latest if fixable(report, f) and not file.had(f)]
        return {path for path, found in pending.items() if found}

    def one_by_one(self, files: dict[str, _File], candidates: dict[str, list[Finding]],
                   every: dict[str, list[Finding]]) -> list[Finding]:
        """For files whose fixes made a finding: keep each fix (in text order)
        that, with those kept before it, makes none. The fixes left out."""
        accepted: dict[str, list[Finding]] = {path: [] for path in candidates}
        withheld: list[Finding] = []
        for path in candidates:
            files[path] = _start(path, files[path].before, every[path], [])
        self.others = {path: file.text for path, file in files.items() if path not in candidates}
        ordered = {path: sorted(found, key=lambda f: (f.start, f.end)) for path, found in candidates.items()}
        for number in range(max(len(found) for found in ordered.values())):
            trying = {path: found[number] for path, found in ordered.items() if number < len(found)}
            trial = {path: _start(path, files[path].before, every[path], [*accepted[path], finding])
                     for path, finding in trying.items()}
            self.others.update({path: files[path].text for path in candidates if path not in trying})
            unsettled = self.settle(trial, {path: [*accepted[path], finding]
                                            for path, finding in trying.items()})
            for path, finding in trying.items():
                if path in unsettled or trial[path].made():
                    withheld.append(finding)
                else:
                    accepted[path].append(finding)
                    files[path] = trial[path]
            for path in trying:
                self.others.pop(path, None)
        return withheld


def plan(report: Report, recheck: Recheck | None = None, texts: dict[str, str | bytes] | None = None,
         rounds: int = MAX_ROUNDS, min_rank: int = 1) -> Plan:
    """The fixes the report allows (of findings at `min_rank` or above), file by
    file, settled with `recheck`, which is best a check of the whole run with
    these texts in place (without it: one round). `texts` gives a path's text
    when it is not its file's (standard input). A span whose text changed since
    it was checked is left alone."""
    by_path: dict[str, list[Finding]] = defaultdict(list)
    every: dict[str, list[Finding]] = defaultdict(list)
    for finding in report.findings:
        every[finding.path].append(finding)
        if fixable(report, finding) and SEVERITY_RANK[finding.severity] >= min_rank:
            by_path[finding.path].append(finding)
    befores = {path: text for path in sorted(by_path) if (text := _read(path, texts)) is not None}
    files = {path: _start(path, before, every[path], by_path[path]) for path, before in befores.items()}
    fixer = _Fixer(recheck, rounds)
    unsettled = fixer.settle(files, {path: by_path[path] for path in files})
    troubled = {path for path, file in files.items() if path in unsettled or file.made()}
    withheld: list[Finding] = []
    if troubled:
        withheld = fixer.one_by_one(files, {path: by_path[path] for path in sorted(troubled)}, every)
    final = {path: file.text for path, file in files.items()}
    checked = fixer.last if fixer.last is not None and fixer.last_texts == final else None
    fixes = [FileFix(path, file.before, file.text, file.count)
             for path, file in sorted(files.items()) if file.text != file.before]
    return Plan(fixes, withheld, checked)


def apply(fixes: list[FileFix]) -> None:
    for fix in fixes:
        write_atomically(fix.path, fix.after)


def _lines(text: str) -> list[str]:
    """Lines as patch tools see them: ended by LF only (a CR stays in its line)."""
    lines = text.split("\n")
    return [line + "\n" for line in lines[:-1]] + ([lines[-1]] if lines[-1] else [])


def _name(prefix: str, path: str) -> str:
    """A file name for a patch header as git writes it: C-quoted when it holds
    a control character, a quote or a backslash; followed by a tab when it
    holds a space, so that patch reads the whole name."""
    name = prefix + path
    if any(ch in name for ch in '"\\') or any(ord(ch) < 32 or ord(ch) == 127 for ch in name):
        escapes = {"\\": "\\\\", '"': '\\"', "\t": "\\t", "\n": "\\n", "\r": "\\r"}
        name = '"' + "".join(escapes.get(ch, f"\\{ord(ch):03o}" if ord(ch) < 32 or ord(ch) == 127
                                         else ch) for ch in name) + '"'
    return name + ("\t" if " " in name else "")


def diff(fixes: list[FileFix]) -> str:
    """A unified diff that `git apply` and `patch -p1` accept: a last line without
    a line break is marked '\\ No newline at end of file'."""
    out: list[str] = []
    for fix in fixes:
        lines = difflib.unified_diff(_lines(fix.before), _lines(fix.after), n=3, lineterm="\n")
        for number, line in enumerate(lines):
            if number == 0:
                out.append(f"--- {_name('a/', fix.path)}\n")
            elif number == 1:
                out.append(f"+++ {_name('b/', fix.path)}\n")
            elif line.endswith("\n"):
                out.append(line)
            else:
                out.append(line + "\n\\ No newline at end of file\n")
    return "".join(out)
