"""Article loaders: dateline text, front matter, JSON Lines, folders.

Loading never raises for a bad input: each input yields either an Article or
a Failure with a reason, so the report can account for every input: every
file a folder holds, broken links and unreadable folders included, and every
line of a JSON Lines file, each read on its own.
"""

from __future__ import annotations

import datetime as dt
import json
import os
import stat
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import BinaryIO

import regex

from .files import NotRegular, TooLarge, in_tree, open_regular, read_regular, tree_of
from .model import Article
from .text import detect_language
from .yamlsource import PackError, YamlLimitError, YamlLimits, load_data

ARTICLE_SUFFIXES = {".txt", ".md", ".markdown", ".jsonl", ".ndjson"}
JSON_LINES_SUFFIXES = {".jsonl", ".ndjson"}
_BREAK = r"(?:\r\n|\r|\n)"  # LF, CRLF or a lone CR
DATELINE = regex.compile(rf"\A\ufeff?\s*date[ \t]+(\d{{4}}-\d{{2}}-\d{{2}})(?:[ \t]+|[ \t]*{_BREAK}|\Z)",
                         regex.I)
FRONT_MATTER = regex.compile(rf"\A\ufeff?---[ \t]*{_BREAK}(.*?){_BREAK}(?:---|\.\.\.)[ \t]*(?:{_BREAK}|\Z)",
                             regex.S)


@dataclass(frozen=True)
class Limits:
    """What one article may be. Past a limit the article fails with the reason."""

    max_article_bytes: int = 10_000_000
    front_matter: YamlLimits = YamlLimits(max_chars=65_536, max_depth=20, max_values=10_000)


DEFAULT_LIMITS = Limits()


@dataclass(frozen=True, slots=True)
class Failure:
    path: str
    reason: str
    article: str | None = None


def shown_path(path: str | Path) -> str:
    """A path as reports show it: bytes that are not UTF-8 as \\xNN escapes."""
    return os.fspath(path).encode("utf-8", "surrogateescape").decode("utf-8", "backslashreplace")


def _parse_date(value: object) -> dt.date | None:
    if value is None or value == "":
        return None
    if isinstance(value, dt.datetime):
        return value.date()
    if isinstance(value, dt.date):
        return value
    text = str(value).strip()
    try:
        return dt.date.fromisoformat(text[:10])
    except ValueError as exc:
        raise ValueError(f"date {text!r} is not an ISO date (YYYY-MM-DD)") from exc


def _language(declared: object, text: str, body_start: int, default: str) -> str:
    if isinstance(declared, str) and declared.strip():
        return declared.strip().lower()
    detected = detect_language(text[body_start:])
    return detected if detected != "en" else default


SUPPRESS_KEY = "factcheck-ignore"


SURROGATE = regex.compile(r"[\ud800-\udfff]")
USED_FIELDS = ("id", "title", "lang", "date", "url", SUPPRESS_KEY)


def _lone_surrogate(value: object) -> str | None:
    """The first lone surrogate (a \\ud800 escape without its pair, which
    JSON and YAML let through but no text can hold) in a value, or None."""
    pending = [value]
    while pending:
        item = pending.pop()
        if isinstance(item, str):
            found = SURROGATE.search(item)
            if found:
                return found.group()
        elif isinstance(item, dict):
            pending.extend(item.keys())
            pending.extend(item.values())
        elif isinstance(item, list):
            pending.extend(item)
    return None


def _text_only(text: str, fields: dict[str, object]) -> None:
    for name, value in (("text", text), *((key, fields.get(key)) for key in USED_FIELDS)):
        surrogate = _lone_surrogate(value)
        if surrogate is not None:
            raise ValueError(f"field {name!r} holds the escape \\u{ord(surrogate):04x}, half of a "
                             "surrogate pair and no character")


def _article(text: str, path: str, fields: dict[str, object], body_start: int, identity: str,
             default_language: str, record_line: int | None = None, escapes: bool = True) -> Article:
    """An article from its text and metadata fields (front matter or a JSON
    record); a dateline at the start of the body is metadata too. Without
    `escapes` (a JSON record written without any \\u escape) no field can hold
    a lone surrogate, and none is looked for."""
    if escapes:
        _text_only(text, fields)
    date = _parse_date(fields.get("date"))
    dateline = DATELINE.match(text, body_start)
    if dateline:
        date = date or dt.date.fromisoformat(dateline.group(1))
        body_start = dateline.end()
    title = fields.get("title")
    metadata: dict[str, object] = {key: fields[key] for key in ("url", SUPPRESS_KEY) if fields.get(key)}
    return Article.model_construct(
        id=str(fields.get("id") or identity),
        path=path,
        language=_language(fields.get("lang"), text, body_start, default_language),
        date=date,
        title=str(title) if title is not None else None,
        text=text,
        body_start=body_start,
        metadata=metadata,
        record_line=record_line,
    )


def article_from_text(text: str, path: str, article_id: str | None = None,
                      default_language: str = "en") -> Article:
    """Build an article from a plain-text or Markdown file's contents."""
    fields: dict[str, object] = {}
    body_start = 0
    front = FRONT_MATTER.match(text)
    if front:
        try:
            loaded, _ = load_data(front.group(1), DEFAULT_LIMITS.front_matter)
        except YamlLimitError as exc:
            raise ValueError(f"front matter line {exc.line + 1}: {exc}") from None
        except PackError as exc:  # "{file}:L:C: field: why", L counted from the front matter
            raise ValueError(exc.problems[0].split(": ", 1)[-1]) from None
        loaded = loaded or {}
        if not isinstance(loaded, dict):
            raise ValueError("front matter is not a mapping of fields")
        fields = {str(k): v for k, v in loaded.items()}
        body_start = front.end()
    return _article(text, path, fields, body_start, article_id or Path(path).stem,
                    default_language)


def article_from_record(record: object, path: str, line: int,
                        default_language: str = "en", identity: str | None = None,
                        escapes: bool = True) -> Article:
    """An article from a JSON record, the `line`th of a file at `path`; its id, when the
    record has none, is `identity` (the file's stem and the line number by default).
    `escapes=False` says the record's JSON holds no \\u escape (only an escape
    gives a string a lone surrogate)."""
    if not isinstance(record, dict):
        raise ValueError("record is not a JSON object")
    text = record.get("text")
    if not isinstance(text, str):
        raise ValueError("record has no string field 'text'")
    return _article(text, path, record, 0, identity or f"{Path(path).stem}:{line}", default_language,
                    line, escapes)


def _record(raw: bytes, number: int, offset: int, shown: str, stem: str, language: str,
            limits: Limits) -> Article | Failure:
    """One line of a JSON Lines file; `offset` is its first byte in the file."""
    identity = f"{stem}:{number}"
    if len(raw) > limits.max_article_bytes:
        return Failure(shown, f"line {number}: {_size_reason(len(raw), limits.max_article_bytes)}",
                       identity)
    try:
        line = raw.decode("utf-8")
    except UnicodeDecodeError as exc:
        return Failure(shown, f"line {number}: not UTF-8 ({exc.reason} at byte {offset + exc.start} "
                              f"of the file, byte {exc.start + 1} of the line)", identity)
    try:
        return article_from_record(json.loads(line), shown, number, language, identity,
                                   escapes="\\u" in line)
    except RecursionError:
        return Failure(shown, f"line {number}: JSON nested too deep", identity)
    except (ValueError, TypeError) as exc:
        return Failure(shown, f"line {number}: {exc}", identity)


def _size_reason(size: int | None, limit: int) -> str:
    held = f"{size:,} bytes" if size is not None else f"more than {limit:,} bytes"
    return f"{held}, over the limit of {limit:,} bytes per article (--max-article-size)"


def _unreadable(exc: OSError) -> str:
    if isinstance(exc, NotRegular):
        return str(exc)
    return f"cannot read: {exc.strerror or exc}"


def _lines(handle: BinaryIO, limit: int) -> Iterator[tuple[int, int, bytes | int]]:
    """Each line of a file: its number, its first byte in the file, and its
    bytes; or, for a line longer than `limit`, its length, having kept no
    more than limit + 1 bytes of it."""
    offset, number = 0, 0
    while raw := handle.readline(limit + 1):
        number += 1
        start = offset
        offset += len(raw)
        if len(raw) <= limit or raw.endswith(b"\n"):
            yield number, start, raw
            continue
        while rest := handle.readline(1 << 20):  # the rest of an overlong line, counted, not kept
            offset += len(rest)
            if rest.endswith(b"\n"):
                break
        yield number, start, offset - start


def _distinct(item: Article | Failure, ids: set[str]) -> Article | Failure:
    """A record whose id an earlier record of its file has is another article:
    its id gets its line, "a (line 7)", so that its findings, suppressions and
    fingerprints stay its own."""
    if isinstance(item, Failure) or item.record_line is None:
        return item
    unique = item.id
    while unique in ids:
        unique = f"{unique} (line {item.record_line})"
    ids.add(unique)
    return item if unique == item.id else item.model_copy(update={"id": unique})


def _read_jsonl(path: Path, shown: str, language: str, limits: Limits) -> Iterator[Article | Failure]:
    try:
        handle = open_regular(path)
    except OSError as exc:
        yield Failure(shown, _unreadable(exc))
        return
    stem = Path(shown).stem
    ids: set[str] = set()
    with handle:
        offset = 0
        try:
            for number, start, raw in _lines(handle, limits.max_article_bytes):
                offset = start
                if isinstance(raw, int):
                    yield Failure(shown, f"line {number}: {_size_reason(raw, limits.max_article_bytes)}",
                                  f"{stem}:{number}")
                    continue
                if number == 1 and raw.startswith(b"\xef\xbb\xbf"):
                    raw, start = raw[3:], start + 3
                if raw.strip():
                    yield _distinct(_record(raw, number, start, shown, stem, language, limits), ids)
        except OSError as exc:
            yield Failure(shown, f"cannot read past byte {offset}: {exc.strerror}")


def _read_text(path: Path, shown: str, language: str, limits: Limits) -> Article | Failure:
    try:
        text = read_regular(path, limits.max_article_bytes).decode("utf-8")
    except TooLarge as exc:
        return Failure(shown, _size_reason(exc.size, exc.limit))
    except OSError as exc:
        return Failure(shown, _unreadable(exc))
    except UnicodeDecodeError as exc:
        return Failure(shown, f"not UTF-8 text ({exc.reason} at byte {exc.start})")
    try:
        return article_from_text(text, shown, default_language=language)
    except ValueError as exc:  # a YamlSyntaxError among them
        return Failure(shown, f"bad front matter or dateline: {exc}")


def _is_article(name: str) -> bool:
    return not name.startswith(".") and os.path.splitext(name)[1].lower() in ARTICLE_SUFFIXES


LEAVES_TREE = ("symbolic link leading out of the folder being checked (or into a hidden folder "
               "in it); not read")


def walk(folder: Path, skip: Callable[[Path], bool] | None = None) -> list[Path | Failure]:
    """The article files under a folder, in path order. Symbolic links are
    followed while they stay in the folder's tree (see files.in_tree; each
    real folder once); one that leaves it, a broken or looping link and a
    folder that cannot be read are Failures. Names starting with '.' are
    skipped, and the folders `skip` says to (the configuration's excludes)."""
    found: list[tuple[str, Path | Failure]] = []
    seen: set[tuple[int, int]] = set()
    root = tree_of(folder)
    pending = [folder]
    while pending:
        current = pending.pop()
        try:
            info = current.stat()
            if (info.st_dev, info.st_ino) in seen:
                found.append((str(current), Failure(shown_path(current), "symbolic link to a folder "
                                                    "already checked (a loop?); skipped")))
                continue
            seen.add((info.st_dev, info.st_ino))
            with os.scandir(current) as entries:
                listed = sorted(entries, key=lambda e: e.name)
        except OSError as exc:
            found.append((str(current), Failure(shown_path(current), f"cannot read folder: {exc.strerror}")))
            continue
        for entry in listed:
            if entry.name.startswith("."):
                continue
            path = Path(entry.path)
            try:
                mode = os.stat(entry.path).st_mode
            except OSError as exc:
                if entry.is_symlink():
                    found.append((entry.path, Failure(shown_path(path), "broken or looping symbolic "
                                                      f"link ({exc.strerror})")))
                else:
                    found.append((entry.path, Failure(shown_path(path), f"cannot read: {exc.strerror}")))
                continue
            folder_here = stat.S_ISDIR(mode)
            if not (folder_here or _is_article(entry.name)):
                continue
            if entry.is_symlink() and not in_tree(entry.path, root):
                found.append((entry.path, Failure(shown_path(path), LEAVES_TREE)))
            elif folder_here:
                if skip is None or not skip(path):
                    pending.append(path)
            else:
                found.append((entry.path, path))
    return [item for _, item in sorted(found, key=lambda pair: pair[0])]


def load(paths: Iterable[str | Path], default_language: str = "en",
         limits: Limits = DEFAULT_LIMITS) -> Iterator[Article | Failure]:
    """Stream articles from files and folders (recursively), in path order.
    A file named in `paths` is read as named, through a symbolic link too
    (naming it is the caller's choice), when it is a regular file; what a
    folder's walk finds stays in that folder's tree (see walk). Articles that
    neither declare a language nor are in Devanagari get `default_language`."""
    for given in paths:
        path = Path(given)
        try:
            kind = "folder" if path.is_dir() else "file" if path.exists() else \
                "link" if path.is_symlink() else None
        except (OSError, ValueError) as exc:  # a NUL byte, a name too long
            yield Failure(shown_path(path).replace("\0", "\\x00"), f"not a path that can be read ({exc})")
            continue
        if kind == "folder":
            items = walk(path)
            if not items:
                yield Failure(shown_path(path), "folder holds no .txt, .md or .jsonl files")
        elif kind == "file":
            items = [path]
        elif kind == "link":
            yield Failure(shown_path(path), "broken or looping symbolic link")
            continue
        else:
            yield Failure(shown_path(path), "no such file or folder")
            continue
        for item in items:
            if isinstance(item, Failure):
                yield item
            elif item.suffix.lower() in JSON_LINES_SUFFIXES:
                yield from _read_jsonl(item, shown_path(item), default_language, limits)
            else:
                yield _read_text(item, shown_path(item), default_language, limits)
