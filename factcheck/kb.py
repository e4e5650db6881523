"""Knowledge import: office holders from a CSV file into a reviewable pack.

With --link, people, offices and countries that another pack already
defines are referred to by that pack's ids instead of being defined again,
and tenures that pack already states are left out.
"""

from __future__ import annotations

import csv
import datetime as dt
import os
from collections import defaultdict
from pathlib import Path

import regex
import yaml

from .knowledge import DAWN, FOREVER, Knowledge, overlap
from .packs import read_packs
from .text import fold, name_key
from .timevalue import TimeValue

REQUIRED = ("person", "position", "country", "start", "end")


def slug(text: str) -> str:
    return regex.sub(r"[^a-z0-9]+", "-", fold(text)).strip("-") or "x"


def _date(value: str, line: int, column: str) -> dt.date | str | None:
    """A day as a date; a month or year as its string (precision is kept)."""
    value = value.strip()
    if not value:
        return None
    try:
        parsed = TimeValue.parse(value)
    except ValueError:
        raise ValueError(
            f"line {line}: column {column}: {value!r} is not a date (YYYY-MM-DD, YYYY-MM or YYYY)"
        ) from None
    return parsed.first if parsed.precision == "day" else value


def _plain(value: TimeValue | None) -> dt.date | str | None:
    if value is None:
        return None
    return value.first if value.precision == "day" else value.spec()


def _bounds(tenure: dict) -> tuple[dt.date, dt.date]:
    start, end = tenure.get("start"), tenure.get("end")
    return (TimeValue.parse(start).first if start else DAWN,
            TimeValue.parse(end).last if end else FOREVER)


def _read_rows(path: Path) -> list[dict[str, str]]:
    with path.open(encoding="utf-8", newline="") as handle:
        reader = csv.DictReader(handle)
        missing = [c for c in REQUIRED if c not in (reader.fieldnames or [])]
        if missing:
            raise ValueError(f"{path}: missing columns: {', '.join(missing)}")
        rows = []
        for row in reader:
            row["_line"] = str(reader.line_num)
            rows.append(row)
        return rows


class _Linker:
    def __init__(self, packs: list[Path]) -> None:
        self.knowledge = Knowledge(read_packs(packs)) if packs else None
        self.by_wikidata: dict[str, str] = {}
        self.by_name: dict[tuple[str, str], str] = {}
        self.offices: dict[tuple[str, str], str] = {}
        self.tenures: set[tuple[str, str, object, object]] = set()
        if self.knowledge is None:
            return
        for entity in self.knowledge.entities.values():
            if entity.wikidata:
                self.by_wikidata[entity.wikidata] = entity.id
            for names in (*entity.names.values(), *entity.aliases.values()):
                for name in names:
                    self.by_name[(entity.type, " ".join(name_key(name)))] = entity.id
        for office in self.knowledge.offices.values():
            for names in (*office.names.values(), *office.aliases.values()):
                for name in names:
                    self.offices[(office.country, " ".join(name_key(name)))] = office.id
        for tenures in self.knowledge.tenures_by_office.values():
            self.tenures.update((t.person, t.office, _plain(t.started), _plain(t.ended))
                                for t in tenures)


def import_csv(path: Path, pack_name: str, link: list[Path], output: Path | None = None
               ) -> tuple[str, dict[str, int]]:
    rows = _read_rows(path)
    linker = _Linker(link)
    countries: dict[str, dict] = {}
    people: dict[str, dict] = {}
    offices: dict[str, dict] = {}
    tenures: dict[tuple[str, str, object], dict] = {}
    person_of_qid: dict[str, str] = {}

    def country_id(name: str) -> str:
        key = ("country", " ".join(name_key(name)))
        if key in linker.by_name:
            return linker.by_name[key]
        ident = slug(name)
        countries.setdefault(ident, {"id": ident, "type": "country", "names": {"en": [name]}})
        return ident

    for row in rows:
        line = int(row["_line"])
        person, position, country = (row[c].strip() for c in ("person", "position", "country"))
        if not person or not position or not country:
            raise ValueError(f"{path}: line {line}: person, position and country are required")
        start = _date(row["start"], line, "start")
        end = _date(row["end"], line, "end")
        qid = (row.get("wikidata_person") or "").strip() or None
        nation = country_id(country)
        ident = linker.by_wikidata.get(qid or "") or linker.by_name.get(
            ("person", " ".join(name_key(person))))
        if ident is None:
            ident = person_of_qid.get(qid or "") or slug(person)
            existing = people.get(ident)
            if existing and qid and existing.get("wikidata") not in (None, qid):
                ident = f"{ident}-{qid.lower()}"
            record = people.setdefault(ident, {"id": ident, "type": "person", "country": nation,
                                               "names": {"en": []}})
            if person not in record["names"]["en"] and not any(
                fold(person) == fold(n) for n in record["names"]["en"]
            ):
                record["names"]["en"].append(person)
            if qid:
                record["wikidata"] = qid
                person_of_qid[qid] = ident
        office = linker.offices.get((nation, " ".join(name_key(position))))
        if office is None:
            office = f"{slug(country)}-{slug(position)}"
            offices.setdefault(office, {"id": office, "country": nation, "role": slug(position),
                                        "names": {"en": [position]}})
        tenure = {"person": ident, "office": office}
        if start:
            tenure["start"] = start
        if end:
            tenure["end"] = end
        source = (row.get("source") or "").strip()
        if source:
            tenure["source"] = source
        note = (row.get("note") or "").strip()
        if note:
            tenure["note"] = note
        key = (ident, office, start)
        if key in tenures and "end" in tenures[key] and not end:
            continue  # a dated end (a later supplement) beats an open-ended snapshot row
        tenures[key] = tenure

    kept = [t for k, t in tenures.items()
            if (t["person"], t["office"], t.get("start"), t.get("end")) not in linker.tenures]
    kept.sort(key=lambda t: (t["office"], _bounds(t)[0], t["person"]))
    by_office: dict[str, list[dict]] = defaultdict(list)
    for tenure in kept:
        by_office[tenure["office"]].append(tenure)
    for ident, office in offices.items():
        spans = sorted(_bounds(t) for t in by_office.get(ident, []))
        if any(overlap(a, b) for i, a in enumerate(spans) for b in spans[i + 1:]):
            office["single_holder"] = False  # acting holders, or overlapping records

    pack: dict = {"pack": pack_name, "description": (
        f"Office holders imported from {path.name} by `factcheck kb import-csv`. "
        "Regenerate rather than edit by hand.")}
    if link:
        base = output.parent if output else Path.cwd()
        pack["include"] = [os.path.relpath(p.resolve(), base.resolve()) for p in link]
    pack["entities"] = [countries[k] for k in sorted(countries)] + [people[k] for k in sorted(people)]
    pack["offices"] = [offices[k] for k in sorted(offices)]
    pack["tenures"] = kept
    header = ("# yaml-language-server: $schema=../docs/pack.schema.json\n"
              f"# Generated by: factcheck kb import-csv {path.name} --pack-name {pack_name}"
              + "".join(f" --link {p.name}" for p in link) + "\n")
    text = header + yaml.safe_dump(pack, allow_unicode=True, sort_keys=False, width=100)
    counts = {"countries": len(countries), "people": len(people), "offices": len(offices),
              "tenures": len(kept)}
    return text, counts
