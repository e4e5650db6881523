"""Tables of claims: CSV, JSON Lines, Parquet files and DataFrames read as
claim records, row by row (never the whole table in memory but a DataFrame).

Each row becomes a ClaimRecord with its id (the `id` column, else "row N",
N counting data rows from 1) and the file line that holds it. A row that is
not a claim (a missing subject, a date that is no date) is a Failure with
its reason; a file that cannot be read, or that has columns no claim has, is
one Failure for the file. Nothing is dropped silently. Parquet needs pyarrow
(`pip install 'factcheck-news[parquet]'`); pandas and polars DataFrames are
read through their own methods, and neither is imported unless given."""

from __future__ import annotations

import csv
import datetime as dt
import json
from collections.abc import Iterable, Iterator, Mapping
from pathlib import Path
from typing import Any

from pydantic import ValidationError

from .articles import Failure
from .claim_model import ClaimRecord

TABLE_SUFFIXES = (".csv", ".jsonl", ".ndjson", ".parquet")
COLUMNS = frozenset(ClaimRecord.model_fields)
PARQUET_BATCH = 10_000  # rows read from a Parquet file at a time

Row = ClaimRecord | Failure


def read_table(path: str | Path) -> Iterator[Row]:
    """The claims of a table file, by its suffix."""
    shown = str(path)
    suffix = Path(path).suffix.lower()
    try:
        if suffix == ".csv":
            yield from _csv(Path(path), shown)
        elif suffix in {".jsonl", ".ndjson"}:
            yield from _json_lines(Path(path), shown)
        elif suffix == ".parquet":
            yield from _parquet(Path(path), shown)
        else:
            yield Failure(shown, f"not a claims table: give a .csv, .jsonl or .parquet file "
                                 f"(not {suffix or 'a file without a suffix'})")
    except OSError as exc:
        yield Failure(shown, f"cannot read it: {exc.strerror or exc}")
    except UnicodeDecodeError:
        yield Failure(shown, "cannot read it: not UTF-8 text")


def rows(given: Iterable[Mapping[str, Any]], path: str, first_line: int | None = None) -> Iterator[Row]:
    """Claim records of rows (mappings of column to value); with first_line,
    row N stands on line first_line + N - 1 of the file."""
    for number, row in enumerate(given, 1):
        line = first_line + number - 1 if first_line is not None else None
        yield record(row, path, number, line)


def record(row: Mapping[str, Any], path: str, number: int, line: int | None = None) -> Row:
    """One row as a claim record, or why it is none."""
    data = {key: cell for key, value in row.items() if (cell := _cell(value)) is not None}
    record_id = str(data.get("id") or f"row {number}")
    data["id"] = record_id
    if line is not None:
        data.setdefault("line", line)
    data.setdefault("path", path)
    try:
        return ClaimRecord.model_validate(data)
    except ValidationError as exc:
        problems = "; ".join(_problem(error) for error in exc.errors())
        return Failure(path, f"record {record_id}: {problems}", record_id)


def _problem(error: Mapping[str, Any]) -> str:
    field = ".".join(str(part) for part in error["loc"]) or "record"
    if error["type"] == "missing":
        return f"{field}: missing"
    if error["type"] == "extra_forbidden":
        return f"{field}: no claim has this field"
    return f"{field}: {error['msg']}"


def _cell(value: Any) -> Any:
    """A cell as the model reads it: empty cells and NaN are no value; numbers
    (a year) and timestamps are read as text and dates."""
    if value is None or _missing(value):
        return None
    if isinstance(value, str):
        return value.strip() or None
    if isinstance(value, dt.datetime):
        return value.date().isoformat()
    if isinstance(value, dt.date):
        return value.isoformat()
    if isinstance(value, bool):
        return value
    if isinstance(value, int | float):
        return str(int(value)) if float(value).is_integer() else str(value)
    if hasattr(value, "to_pydatetime"):  # a pandas Timestamp
        return value.to_pydatetime().date().isoformat()
    if isinstance(value, list | tuple):
        return [str(v) for v in value]
    return value


def _missing(value: Any) -> bool:
    """NaN, pandas' NaT and NA: values that are not equal to themselves (NA
    cannot even say so)."""
    if isinstance(value, str | int | bool):
        return False
    try:
        return bool(value != value)
    except TypeError:
        return True


def _unknown_columns(columns: Iterable[str], path: str) -> Failure | None:
    unknown = sorted(set(columns) - COLUMNS)
    if not unknown:
        return None
    return Failure(path, f"columns no claim has: {', '.join(unknown)} "
                         f"(a claim's columns: {', '.join(sorted(COLUMNS))})")


def _csv(path: Path, shown: str) -> Iterator[Row]:
    with path.open(encoding="utf-8-sig", newline="") as handle:
        reader = csv.DictReader(handle)
        if reader.fieldnames is None:
            yield Failure(shown, "the table is empty: no header row")
            return
        header = [name.strip() for name in reader.fieldnames]
        failure = _unknown_columns(header, shown)
        if failure is not None:
            yield failure
            return
        line = reader.line_num
        for number, row in enumerate(reader, 1):
            cells = {name.strip(): value for name, value in row.items() if name is not None}
            if None in row:
                yield Failure(shown, f"record row {number}: more cells than columns", f"row {number}")
            else:
                yield record(cells, shown, number, line + 1)
            line = reader.line_num


def _json_lines(path: Path, shown: str) -> Iterator[Row]:
    with path.open(encoding="utf-8-sig") as handle:
        number = 0
        for line_number, line in enumerate(handle, 1):
            if not line.strip():
                continue
            number += 1
            try:
                data = json.loads(line)
            except json.JSONDecodeError as exc:
                yield Failure(shown, f"record row {number}: not JSON ({exc.msg} at column {exc.colno})",
                              f"row {number}")
                continue
            if not isinstance(data, dict):
                yield Failure(shown, f"record row {number}: a JSON object is needed", f"row {number}")
                continue
            yield record(data, shown, number, line_number)


def _parquet(path: Path, shown: str) -> Iterator[Row]:
    try:
        import pyarrow.parquet as parquet  # type: ignore[import-not-found,import-untyped,unused-ignore]
    except ImportError:
        yield Failure(shown, "reading Parquet needs pyarrow: pip install 'factcheck-news[parquet]'")
        return
    try:
        table = parquet.ParquetFile(path)
    except Exception as exc:  # pyarrow's own errors: not a Parquet file, a broken one
        yield Failure(shown, f"cannot read it as Parquet: {exc}")
        return
    failure = _unknown_columns(table.schema_arrow.names, shown)
    if failure is not None:
        yield failure
        return
    number = 0
    for batch in table.iter_batches(batch_size=PARQUET_BATCH):
        for row in batch.to_pylist():
            number += 1
            yield record(row, shown, number)


def dataframe_rows(frame: Any) -> Iterator[Mapping[str, Any]] | None:
    """The rows of a pandas or polars DataFrame, or None when `frame` is
    neither (recognised by its type's module: neither library is imported)."""
    module = type(frame).__module__.split(".")[0]
    if module == "pandas":
        return iter(frame.to_dict("records"))
    if module == "polars":
        return iter(frame.iter_rows(named=True))
    return None
