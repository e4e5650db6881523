"""Articles whose text the run holds instead of their file: standard input
(`factcheck check - --stdin-filename NAME`) and a fixed text checked again
before it is written. Each is read as its file would be, under its name."""

from __future__ import annotations

import io
from collections.abc import Iterator
from pathlib import Path

from . import articles as loaders
from .model import Article


def _articles(path: str, content: str | bytes, language: str, limits: loaders.Limits
              ) -> Iterator[Article | loaders.Failure]:
    if Path(path).suffix.lower() in loaders.JSON_LINES_SUFFIXES:
        data = content.encode("utf-8", "surrogateescape") if isinstance(content, str) else content
        offset = 0
        for number, raw in enumerate(io.BytesIO(data), 1):  # lines as a file gives them
            start = offset
            offset += len(raw)
            if number == 1 and raw.startswith(b"\xef\xbb\xbf"):
                raw, start = raw[3:], start + 3
            if raw.strip():
                yield loaders._record(raw, number, start, path, Path(path).stem, language, limits)
        return
    if isinstance(content, bytes):
        if len(content) > limits.max_article_bytes:
            yield loaders.Failure(path, f"{len(content):,} bytes, over the limit of "
                                        f"{limits.max_article_bytes:,} bytes per article "
                                        "(--max-article-size)")
            return
        try:
            content = content.decode("utf-8")
        except UnicodeDecodeError as exc:
            yield loaders.Failure(path, f"not UTF-8 text ({exc.reason} at byte {exc.start})")
            return
    try:
        yield loaders.article_from_text(content, path, default_language=language)
    except ValueError as exc:  # a YamlSyntaxError among them
        yield loaders.Failure(path, f"bad front matter or dateline: {exc}")


def inputs(paths: list[str | loaders.Failure], texts: dict[str, str | bytes], language: str,
           limits: loaders.Limits) -> list[str | loaders.Failure | Article]:
    """The run's inputs, with the paths `texts` holds read from it."""
    given: list[str | loaders.Failure | Article] = []
    for path in paths:
        if isinstance(path, str) and path in texts:
            given.extend(_articles(path, texts[path], language, limits))
        else:
            given.append(path)
    return given
