"""Article loaders: dateline text, front matter, JSON Lines, folders.

Loading never raises for a bad input: each input yields either an Article or
a Failure with a reason, so the report can account for every input.
"""

from __future__ import annotations

import datetime as dt
import json
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from pathlib import Path

import regex
import yaml

from .model import Article
from .text import detect_language

ARTICLE_SUFFIXES = {".txt", ".md", ".markdown", ".jsonl", ".ndjson"}
DATELINE = regex.compile(r"\A\ufeff?\s*date[ \t]+(\d{4}-\d{2}-\d{2})(?:[ \t]+|[ \t]*\r?\n|\Z)", regex.I)
FRONT_MATTER = regex.compile(r"\A\ufeff?---[ \t]*\r?\n(.*?)\r?\n(?:---|\.\.\.)[ \t]*(?:\r?\n|\Z)", regex.S)


@dataclass(frozen=True, slots=True)
class Failure:
    path: str
    reason: str
    article: str | None = None


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


def _language(declared: object, text: str, default: str) -> str:
    if isinstance(declared, str) and declared.strip():
        return declared.strip().lower()
    detected = detect_language(text)
    return detected if detected != "en" else default


SUPPRESS_KEY = "factcheck-ignore"


def _article(text: str, path: str, fields: dict[str, object], body_start: int, identity: str,
             default_language: str, record_line: int | None = None) -> Article:
    """An article from its text and metadata fields (front matter or a JSON
    record); a dateline at the start of the body is metadata too."""
    date = _parse_date(fields.get("date"))
    dateline = DATELINE.match(text, body_start)
    if dateline:
        date = date or dt.date.fromisoformat(dateline.group(1))
        body_start = dateline.end()
    title = fields.get("title")
    metadata: dict[str, object] = {key: fields[key] for key in ("url", SUPPRESS_KEY) if fields.get(key)}
    return Article(
        id=str(fields.get("id") or identity),
        path=path,
        language=_language(fields.get("lang"), text[body_start:], default_language),
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
        loaded = yaml.safe_load(front.group(1)) or {}
        if not isinstance(loaded, dict):
            raise ValueError("front matter is not a mapping of fields")
        fields = {str(k): v for k, v in loaded.items()}
        body_start = front.end()
    return _article(text, path, fields, body_start, article_id or Path(path).stem,
                    default_language)


def article_from_record(record: object, path: str, line: int,
                        default_language: str = "en") -> Article:
    if not isinstance(record, dict):
        raise ValueError("record is not a JSON object")
    text = record.get("text")
    if not isinstance(text, str):
        raise ValueError("record has no string field 'text'")
    return _article(text, path, record, 0, f"{Path(path).stem}:{line}", default_language, line)


def _read_jsonl(path: Path, shown: str, language: str) -> Iterator[Article | Failure]:
    try:
        handle = path.open(encoding="utf-8")
    except OSError as exc:
        yield Failure(shown, f"cannot read: {exc.strerror}")
        return
    with handle:
        try:
            for number, line in enumerate(handle, 1):
                if not line.strip():
                    continue
                try:
                    yield article_from_record(json.loads(line), shown, number, language)
                except (ValueError, TypeError) as exc:
                    yield Failure(shown, f"line {number}: {exc}", article=f"{path.stem}:{number}")
        except UnicodeDecodeError as exc:
            yield Failure(shown, f"not UTF-8 text ({exc.reason})")


def _read_text(path: Path, shown: str, language: str) -> Article | Failure:
    try:
        text = path.read_bytes().decode("utf-8")
    except OSError as exc:
        return Failure(shown, f"cannot read: {exc.strerror}")
    except UnicodeDecodeError as exc:
        return Failure(shown, f"not UTF-8 text ({exc.reason} at byte {exc.start})")
    try:
        return article_from_text(text, shown, default_language=language)
    except (ValueError, yaml.YAMLError) as exc:
        return Failure(shown, f"bad front matter or dateline: {exc}")


def article_files(path: Path) -> list[Path]:
    """The article files in a folder and its subfolders, in path order."""
    return sorted(
        p for p in path.rglob("*")
        if p.is_file() and p.suffix.lower() in ARTICLE_SUFFIXES and not p.name.startswith(".")
    )


def load(paths: Iterable[str | Path], default_language: str = "en") -> Iterator[Article | Failure]:
    """Stream articles from files and folders (recursively), in path order.
    Articles that neither declare a language nor are in Devanagari get
    `default_language`."""
    for given in paths:
        path = Path(given)
        if path.is_dir():
            files = article_files(path)
            if not files:
                yield Failure(str(path), "folder holds no .txt, .md or .jsonl files")
        elif path.exists():
            files = [path]
        else:
            yield Failure(str(path), "no such file or folder")
            continue
        for file in files:
            shown = str(file)
            if file.suffix.lower() in {".jsonl", ".ndjson"}:
                yield from _read_jsonl(file, shown, default_language)
            else:
                yield _read_text(file, shown, default_language)
