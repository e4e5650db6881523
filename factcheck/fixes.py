"""--fix and --diff: apply the suggestions of fixable checks (spelling,
substitution, repetition) to article files, as ruff applies safe fixes.

Fixing loops to a fixed point: the fixed text is checked again, and a
fixable finding the fix made (a glued name "Giangfor for" fixed to "Giang
for for" gives a repeated "for") is fixed too, up to MAX_ROUNDS rounds. A fix
whose result still has a finding it made, or the finding it fixed, is left
for a person, and so are findings of other checks, suppressed findings,
findings in JSON Lines records and a fix overlapping another."""

from __future__ import annotations

import difflib
from collections import defaultdict
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

from .model import JSON_LINES, Finding, Report
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
    """One file being fixed: its text now, where it was edited and where the
    findings it had that were not fixed are, all in the text's present offsets."""

    path: str
    before: str
    text: str
    kept: list[Span]
    regions: list[tuple[int, int]] = field(default_factory=list)
    count: int = 0
    latest: list[Finding] = field(default_factory=list)

    def touches(self, finding: Finding) -> bool:
        return any(finding.start <= end and finding.end >= start for start, end in self.regions)


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
    pieces, position, shift, added = [], 0, 0, []
    for edit in edits:
        pieces += [file.text[position : edit.start], edit.text]
        position = edit.end
        added.append((edit.start + shift, edit.start + shift + len(edit.text)))
        shift += len(edit.text) - (edit.end - edit.start)
    file.text = "".join(pieces) + file.text[position:]
    file.regions = [(_forward(a, edits, False), _forward(b, edits, True)) for a, b in file.regions]
    file.regions += added
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


def _settle(files: dict[str, _File], first: dict[str, list[Finding]], recheck: Recheck | None,
            rounds: int) -> set[str]:
    """Fix `first` in each file, then what the fixes made, round after round;
    the paths that have not settled within `rounds`."""
    pending = first
    for _ in range(rounds):
        changed = {path for path, found in pending.items() if _edit(files[path], found)}
        if not changed or recheck is None:
            return set()
        report = recheck({path: files[path].text for path in sorted(changed)})
        by_path: dict[str, list[Finding]] = defaultdict(list)
        for finding in report.findings:
            by_path[finding.path].append(finding)
        pending = {}
        for path in changed:
            file = files[path]
            file.latest = by_path.get(path, [])
            pending[path] = [f for f in file.latest if fixable(report, f) and file.touches(f)]
    return {path for path, found in pending.items() if found}


def _made(file: _File) -> list[Finding]:
    """The findings of the fixed text at an edit that the text before it did
    not have there: made by a fix, or a fixed one still there."""
    return [f for f in file.latest
            if f.suppressed is None and file.touches(f)
            and not any(rule == f.rule and f.start <= end and f.end >= start
                        for rule, start, end in file.kept)]


def _start(path: str, before: str, found: list[Finding], chosen: list[Finding]) -> _File:
    """A file to fix: `found` are all its findings, `chosen` those to fix."""
    fixed = {id(f) for f in chosen}
    kept = [(f.rule, f.start, f.end) for f in found if id(f) not in fixed and f.suppressed is None]
    return _File(path, before, before, kept)


def plan(report: Report, recheck: Recheck | None = None, texts: dict[str, str | bytes] | None = None,
         rounds: int = MAX_ROUNDS) -> Plan:
    """The fixes the report allows, file by file, settled with `recheck` (one
    round without it). `texts` gives a path's text when it is not its file's
    (standard input). A span whose text changed since it was checked is left alone."""
    by_path: dict[str, list[Finding]] = defaultdict(list)
    every: dict[str, list[Finding]] = defaultdict(list)
    for finding in report.findings:
        every[finding.path].append(finding)
        if fixable(report, finding):
            by_path[finding.path].append(finding)
    befores = {path: text for path in sorted(by_path) if (text := _read(path, texts)) is not None}
    files = {path: _start(path, before, every[path], by_path[path]) for path, before in befores.items()}
    unsettled = _settle(files, {path: by_path[path] for path in files}, recheck, rounds)
    troubled = {path for path, file in files.items() if path in unsettled or _made(file)}
    withheld: list[Finding] = []
    if troubled:
        withheld = _one_by_one(files, {path: by_path[path] for path in sorted(troubled)}, every,
                               recheck, rounds)
    fixes = [FileFix(path, file.before, file.text, file.count)
             for path, file in sorted(files.items()) if file.text != file.before]
    return Plan(fixes, withheld)


def _one_by_one(files: dict[str, _File], candidates: dict[str, list[Finding]],
                every: dict[str, list[Finding]], recheck: Recheck | None, rounds: int) -> list[Finding]:
    """For files whose fixes made a finding: keep each fix (in text order)
    that, with those kept before it, makes none. The fixes left out."""
    accepted: dict[str, list[Finding]] = {path: [] for path in candidates}
    withheld: list[Finding] = []
    for path in candidates:
        files[path] = _start(path, files[path].before, every[path], [])
    longest = max(len(found) for found in candidates.values())
    for number in range(longest):
        trying = {path: sorted(found, key=lambda f: (f.start, f.end))[number]
                  for path, found in candidates.items() if number < len(found)}
        trial = {path: _start(path, files[path].before, every[path], [*accepted[path], finding])
                 for path, finding in trying.items()}
        unsettled = _settle(trial, {path: [*accepted[path], finding] for path, finding in trying.items()},
                            recheck, rounds)
        for path, finding in trying.items():
            if path in unsettled or _made(trial[path]):
                withheld.append(finding)
            else:
                accepted[path].append(finding)
                files[path] = trial[path]
    return withheld


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
