"""Knowledge import: office holders, from a CSV file or from Wikidata's JSON
entity format, into a reviewable pack.

Both sources become `Holding` rows (a person in a position of a country,
from a start to an end, with names per language); one builder turns rows into
the pack. With --link, people, offices and countries that another pack
already defines are referred to by that pack's ids instead of being defined
again, and tenures that pack already states are left out.
"""

from __future__ import annotations

import csv
import datetime as dt
import json
import os
import shlex
from collections import Counter, defaultdict
from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import regex
import yaml

from .knowledge import DAWN, FOREVER, Knowledge, overlap
from .packs import read_packs
from .rules import registry
from .text import fold, name_key
from .timevalue import TimeValue
from .translit import romanisation_key

REQUIRED = ("person", "position", "country", "start", "end")
Names = dict[str, list[str]]


@dataclass
class Holding:
    person: Names
    position: Names
    country: Names  # empty for an international body's post (the UN's Secretary-General)
    start: dt.date | str | None
    end: dt.date | str | None
    person_qid: str | None = None
    source: str | None = None
    note: str | None = None
    organisation: Names | None = None  # the organisation whose post the position is


@dataclass
class _Linker:
    by_wikidata: dict[str, str] = field(default_factory=dict)
    by_name: dict[tuple[str, str], str] = field(default_factory=dict)
    offices: dict[tuple[str, str], str] = field(default_factory=dict)
    tenures: set[tuple[str, str, object, object]] = field(default_factory=set)
    names: dict[str, Names] = field(default_factory=dict)  # entity id -> its names and aliases
    home: str | None = None  # the linked packs' home country

    @classmethod
    def of(cls, packs: list[Path]) -> _Linker:
        linker = cls()
        if not packs:
            return linker
        knowledge = Knowledge(read_packs(packs, registry().pack_format), registry().sections)
        linker.home = knowledge.home_country
        for entity in knowledge.entities.values():
            if entity.wikidata:
                linker.by_wikidata[entity.wikidata] = entity.id
            for names in (*entity.names.values(), *entity.aliases.values()):
                for name in names:
                    linker.by_name[(entity.type, _key(name))] = entity.id
            linker.names[entity.id] = {lang: [*entity.names.get(lang, []), *entity.aliases.get(lang, [])]
                                       for lang in {*entity.names, *entity.aliases}}
        for office in knowledge.offices.values():
            for names in (*office.names.values(), *office.aliases.values()):
                for name in names:
                    linker.offices[(office.organisation or office.country or "", _key(name))] = office.id
        for tenures in knowledge.tenures_by_office.values():
            linker.tenures.update((t.person, t.office, _plain(t.started), _plain(t.ended))
                                  for t in tenures)
        return linker


def slug(text: str) -> str:
    return regex.sub(r"[^a-z0-9]+", "-", fold(text)).strip("-") or "x"


def _key(name: str) -> str:
    return " ".join(name_key(name))


def _plain(value: TimeValue | None) -> dt.date | str | None:
    if value is None:
        return None
    return value.first if value.precision == "day" else value.spec()


def _bounds(tenure: dict) -> tuple[dt.date, dt.date]:
    start, end = tenure.get("start"), tenure.get("end")
    return (TimeValue.parse(start).first if start else DAWN,
            TimeValue.parse(end).last if end else FOREVER)


def _first(names: Names) -> str:
    return (names.get("en") or next(iter(names.values())))[0]


def _merge(target: Names, names: Names) -> None:
    for lang, values in names.items():
        have = target.setdefault(lang, [])
        for value in values:
            if not any(fold(value) == fold(h) for h in have):
                have.append(value)


def build_pack(holdings: Iterable[Holding], pack_name: str, link: list[Path], output: Path | None,
               command: str, as_of: dt.date | None = None) -> tuple[str, dict[str, int]]:
    linker = _Linker.of(link)
    countries: dict[str, dict] = {}
    organisations: dict[str, dict] = {}
    people: dict[str, dict] = {}
    offices: dict[str, dict] = {}
    tenures: dict[tuple[str, str, object], dict[str, Any]] = {}
    person_of_qid: dict[str, str] = {}
    added: dict[str, Names] = {}  # names for linked people in languages their pack lacks
    person_of_sound: dict[tuple[str | None, str], str] = {}  # (country, romanisation key): person

    def country_id(names: Names) -> str | None:
        if not names:
            return None
        for values in names.values():
            for name in values:
                if ("country", _key(name)) in linker.by_name:
                    return linker.by_name[("country", _key(name))]
        ident = slug(_first(names))
        record = countries.setdefault(ident, {"id": ident, "type": "country", "names": {}})
        _merge(record["names"], names)
        return ident

    def person_id(holding: Holding, nation: str | None) -> str:
        qid = holding.person_qid
        linked = linker.by_wikidata.get(qid or "") or next(
            (linker.by_name[("person", _key(n))] for v in holding.person.values() for n in v
             if ("person", _key(n)) in linker.by_name), None)
        if linked:
            # a language the linked pack lacks (a Hindi name for a person it names in English)
            known = linker.names.get(linked, {})
            for lang, names in holding.person.items():
                if not known.get(lang):
                    _merge(added.setdefault(linked, {}), {lang: names})
            return linked
        sounds = [(nation, key) for v in holding.person.values() for n in v
                  if (key := romanisation_key(n)) is not None]
        same = None if qid else next((person_of_sound[s] for s in sounds if s in person_of_sound), None)
        # One person is one entity: a row without a Wikidata id whose name is another
        # romanisation of a known person's (Droupadi, Draupadi) is that person.
        ident = person_of_qid.get(qid or "") or same or slug(_first(holding.person))
        existing = people.get(ident)
        if existing and qid and existing.get("wikidata") not in (None, qid):
            ident = f"{ident}-{qid.lower()}"
        record = people.setdefault(ident, {"id": ident, "type": "person",
                                           **({"country": nation} if nation else {}), "names": {}})
        _merge(record["names"], holding.person)
        if qid:
            record["wikidata"] = qid
            person_of_qid[qid] = ident
        for sound in sounds:
            person_of_sound.setdefault(sound, ident)
        return ident

    def organisation_id(names: Names, nation: str | None) -> str:
        for values in names.values():
            for name in values:
                if ("organisation", _key(name)) in linker.by_name:
                    return linker.by_name[("organisation", _key(name))]
        ident = slug(_first(names))
        record = organisations.setdefault(ident, {"id": ident, "type": "organisation",
                                                  **({"country": nation} if nation else {}), "names": {}})
        _merge(record["names"], names)
        return ident

    def linked_organisation(names: Names) -> str | None:
        return next((linker.by_name[("organisation", _key(n))] for v in names.values() for n in v
                     if ("organisation", _key(n)) in linker.by_name), None)

    def office_id(holding: Holding, nation: str | None, owner: str | None) -> str:
        within = owner or nation or ""
        for values in holding.position.values():
            for name in values:
                if (within, _key(name)) in linker.offices:
                    return linker.offices[(within, _key(name))]
        position = _first(holding.position)
        ident = f"{within}-{slug(position)}"
        record = offices.setdefault(ident, {"id": ident, **({"country": nation} if nation else {}),
                                            "role": slug(position), "names": {}})
        if owner:
            record["organisation"] = owner
        _merge(record["names"], holding.position)
        return ident

    for holding in holdings:
        nation = country_id(holding.country)
        person = person_id(holding, nation)
        owner = organisation_id(holding.organisation, nation) if holding.organisation else None
        if owner and holding.organisation and owner == linked_organisation(holding.organisation):
            # names in languages the linked pack lacks (an organisation it names only in English)
            known = linker.names.get(owner, {})
            for lang, names in holding.organisation.items():
                if not known.get(lang):
                    _merge(added.setdefault(owner, {}), {lang: names})
        office = office_id(holding, nation, owner)
        tenure: dict[str, Any] = {"person": person, "office": office}
        for name in ("start", "end", "source", "note"):
            value = getattr(holding, name)
            if value:
                tenure[name] = value
        key = (person, office, holding.start)
        if key in tenures and "end" in tenures[key] and not holding.end:
            continue  # a dated end (a later supplement) beats an open-ended snapshot row
        tenures[key] = tenure

    kept: list[dict[str, Any]] = [t for t in tenures.values()
            if (t["person"], t["office"], t.get("start"), t.get("end")) not in linker.tenures]
    kept.sort(key=lambda t: (t["office"], _bounds(t)[0], t["person"]))
    by_office: dict[str, list[dict]] = defaultdict(list)
    for tenure in kept:
        by_office[tenure["office"]].append(tenure)
    for ident, office_record in offices.items():
        spans = sorted(_bounds(t) for t in by_office.get(ident, []))
        if any(overlap(a, b) for i, a in enumerate(spans) for b in spans[i + 1:]):
            office_record["single_holder"] = False  # acting holders, or overlapping records

    pack = _pack_head(pack_name, "Office holders", command, as_of, link, output)
    pack["entities"] = ([countries[k] for k in sorted(countries)]
                        + [organisations[k] for k in sorted(organisations)]
                        + [people[k] for k in sorted(people)])
    pack["offices"] = [offices[k] for k in sorted(offices)]
    pack["tenures"] = kept
    if added:
        pack["add_names"] = [{"entity": ident, "names": added[ident]} for ident in sorted(added)]
    text = _pack_text(pack, command)
    counts = {"countries": len(countries), **({"organisations": len(organisations)} if organisations else {}),
              "people": len(people), "offices": len(offices), "tenures": len(kept)}
    return text, counts


def _pack_head(pack_name: str, what: str, command: str, as_of: dt.date | None, link: list[Path],
               output: Path | None) -> dict[str, Any]:
    """A generated pack's first fields: its name, what made it, its as_of and
    its includes (the linked packs, relative to where it is written)."""
    pack: dict[str, Any] = {"pack": pack_name, "description": (
        f"{what} imported by `{command}`. Regenerate rather than edit by hand.")}
    if as_of:
        pack["as_of"] = as_of
    if link:
        base = output.parent if output else Path.cwd()
        pack["include"] = [os.path.relpath(p.resolve(), base.resolve()) for p in link]
    return pack


def _pack_text(pack: dict[str, Any], command: str) -> str:
    return ("# yaml-language-server: $schema=pack.schema.json\n"
            f"# Generated by: {command}\n") + yaml.safe_dump(pack, allow_unicode=True, sort_keys=False,
                                                              width=100)


# --- CSV ---------------------------------------------------------------------


def _csv_time(value: str, where: str, column: str) -> dt.date | str | None:
    """A day as a date; a month or year as its string (precision is kept)."""
    value = value.strip()
    if not value:
        return None
    try:
        parsed = TimeValue.parse(value)
    except ValueError:
        raise ValueError(
            f"{where}: column {column}: {value!r} is not a date (YYYY-MM-DD, YYYY-MM or YYYY)"
        ) from None
    return parsed.first if parsed.precision == "day" else value


def read_csv(path: Path) -> list[Holding]:
    with path.open(encoding="utf-8", newline="") as handle:
        reader = csv.DictReader(handle)
        missing = [c for c in REQUIRED if c not in (reader.fieldnames or [])]
        if missing:
            raise ValueError(f"{path}: missing columns: {', '.join(missing)}")
        holdings = []
        for row in reader:
            where = f"{path}: line {reader.line_num}"
            person, position, country = (row[c].strip() for c in ("person", "position", "country"))
            organisation = _names_of(row, "organisation") or None
            if not person or not position or not (country or organisation):
                raise ValueError(f"{where}: person, position and country (or organisation) are required")
            holdings.append(Holding(
                person=_names_of(row, "person"), position=_names_of(row, "position"),
                country={"en": [country]} if country else {}, organisation=organisation,
                start=_csv_time(row["start"], where, "start"),
                end=_csv_time(row["end"], where, "end"),
                person_qid=(row.get("wikidata_person") or "").strip() or None,
                source=(row.get("source") or "").strip() or _row_of(path, reader.line_num),
                note=(row.get("note") or "").strip() or None,
            ))
        return holdings


def _row_of(path: Path, line: int) -> str:
    """A row's source when the table gives none: the table and the row's line in it."""
    return f"{path.name} line {line}"


def _names_of(row: dict[str, str], column: str) -> Names:
    """A thing's names from its columns: `column` in English and `column_hi` in
    Hindi, each one name or several separated by "|" (the first is the name)."""
    names: Names = {}
    for lang, key in (("en", column), ("hi", f"{column}_hi")):
        found = [n.strip() for n in (row.get(key) or "").split("|") if n.strip()]
        if found:
            names[lang] = found
    return names


def organisation_map(values: Iterable[str]) -> dict[str, list[str]]:
    """`--organisation POSITION=ORGANISATION` options: a position (its English
    name, or in a Wikidata extract its Q-id) is the post of an organisation
    (its names separated by "|", the first its name; or a Q-id whose labels
    the extract holds)."""
    mapping: dict[str, list[str]] = {}
    for value in values:
        position, _, organisation = value.partition("=")
        names = [n.strip() for n in organisation.split("|") if n.strip()]
        if not position.strip() or not names:
            raise ValueError(f"--organisation {value!r}: use POSITION=ORGANISATION, for example "
                             "'Governor of the Reserve Bank=Reserve Bank of India|RBI|Reserve Bank'")
        mapping[position.strip()] = names
    return mapping


def _organisation_options(mapping: dict[str, list[str]]) -> str:
    return "".join(f" --organisation {shlex.quote(p + '=' + '|'.join(n))}" for p, n in mapping.items())


def _map_organisations(holdings: list[Holding], mapping: dict[str, list[str]]) -> list[Holding]:
    """Holdings whose position the mapping names become that organisation's post
    (a row's own organisation wins)."""
    folded = {fold(position): names for position, names in mapping.items()}
    for holding in holdings:
        if holding.organisation:
            continue
        names = next((folded[fold(n)] for v in holding.position.values() for n in v
                      if fold(n) in folded), None)
        if names:
            holding.organisation = {"en": names}
    return holdings


def import_csv(path: Path, pack_name: str, link: list[Path], output: Path | None = None,
               as_of: dt.date | None = None, certainty: list[str] | None = None,
               organisations: dict[str, list[str]] | None = None,
               ) -> tuple[str, dict[str, int]]:
    """A pack from a table of office holders, or of party memberships (a table
    with a `party` or `party_en` column: see import_memberships)."""
    mapping = organisations or {}
    command = f"factcheck kb import-csv {path.name} --pack-name {pack_name}" + "".join(
        f" --link {p.name}" for p in link) + (f" --as-of {as_of.isoformat()}" if as_of else "") + (
        f" --certainty {','.join(certainty)}" if certainty else "") + _organisation_options(mapping)
    if is_membership_table(path):
        if mapping:
            raise ValueError(f"{path}: --organisation applies to a table of office holders only")
        return import_memberships(path, pack_name, link, output, command, as_of, certainty)
    if certainty:
        raise ValueError(f"{path}: --certainty applies to a membership table only")
    return build_pack(_map_organisations(read_csv(path), mapping), pack_name, link, output, command, as_of)


# --- party memberships ---------------------------------------------------------

# Columns of a membership table; `person` and `party` may be written `person_en`, `party_en`.
MEMBERSHIP_REQUIRED = ("person", "party", "start", "end")
# A party id that marks a spell outside any party: no membership is made of it.
NO_PARTY = frozenset({"ind"})
# Short names of parties that are everyday words (the gazetteer matches names
# whatever their case): SAD, HAM, हम ("we"), आप ("you"), PPP, NC. Left out.
EVERYDAY_NAMES = frozenset({"sad", "ham", "हम", "आप", "ppp", "nc", "independent", "स्वतंत्र"})


def _column(fields: list[str], name: str) -> str | None:
    return next((f for f in (name, f"{name}_en") if f in fields), None)


def is_membership_table(path: Path) -> bool:
    with path.open(encoding="utf-8", newline="") as handle:
        fields = next(csv.reader(handle), [])
    return _column(fields, "party") is not None


def import_memberships(path: Path, pack_name: str, link: list[Path], output: Path | None, command: str,
                       as_of: dt.date | None = None, certainty: list[str] | None = None
                       ) -> tuple[str, dict[str, int]]:
    """A pack of party memberships from a table with columns person (or person_en),
    person_hi, party (or party_en), party_hi, party_id, start, end, source, note and
    certainty: one row a spell of one person in one party. Names are "|"-separated,
    the full name first. With `certainty`, only rows whose certainty is one of
    those are kept. People and parties another pack defines (--link) are referred
    to by its ids, with the names it gives them (a person is found also by the
    initials of their name: J. P. Nadda is Jagat Prakash Nadda); the others are
    defined, with their Hindi names and the linked packs' home country, unless
    their name is a part of a linked person's (Praful Patel, Praful Khoda
    Patel) or little more than a common surname (V. K. Singh): which one an
    article means is a guess, and their rows are left out."""
    linker = _Linker.of(link)
    initials = _initials_of(linker)
    people: dict[str, dict] = {}
    parties: dict[str, dict] = {}
    rows: list[dict[str, Any]] = []
    left_out: set[str] = set()  # people whose name may name someone a linked pack defines
    country = {"country": linker.home} if linker.home else {}  # of the people and parties defined
    surnames = Counter(key.split()[-1] for (kind, key) in linker.by_name
                       if kind == "person" and key.isascii())
    with path.open(encoding="utf-8", newline="") as handle:
        reader = csv.DictReader(handle)
        fields = list(reader.fieldnames or [])
        columns = {name: _column(fields, name) or name for name in MEMBERSHIP_REQUIRED}
        missing = [name for name, column in columns.items() if column not in fields]
        if missing:
            raise ValueError(f"{path}: missing columns: {', '.join(missing)}")
        if certainty and "certainty" not in fields:
            raise ValueError(f"{path}: --certainty needs a certainty column")
        for row in reader:
            where = f"{path}: line {reader.line_num}"
            if certainty and (row.get("certainty") or "").strip() not in certainty:
                continue
            if (row.get("party_id") or "").strip() in NO_PARTY:
                continue
            person_names = _names_of({**row, "person": row[columns["person"]]}, "person")
            party_names = _names_of({**row, "party": row[columns["party"]]}, "party")
            if not person_names or not party_names:
                raise ValueError(f"{where}: person and party are required")
            written = _first(person_names)
            person = (_linked("person", person_names, linker) or initials.get(_key(written))
                      or initials.get(_run_together(_key(written))))
            if not person:
                person, ambiguous = _by_part(written, linker)
                if (ambiguous and not person) or (not person and _many_named(written, surnames)):
                    left_out.add(written)
                    continue
            if not person:
                # A linked person keeps the names of their pack: one named there only in
                # Latin letters is found in Devanagari by sound, with every spelling.
                person = slug(written)
                record = people.setdefault(person, {"id": person, "type": "person", **country,
                                                    "names": {}})
                _merge(record["names"], person_names)
            party = _linked("organisation", party_names, linker)
            if not party:
                party = slug(_first(party_names))
                record = parties.setdefault(party, {"id": party, "type": "organisation", **country,
                                                    "names": {}})
                _merge(record["names"], {lang: [n for n in names if fold(n) not in EVERYDAY_NAMES]
                                         for lang, names in party_names.items()})
            spell: dict[str, Any] = {"person": person, "organisation": party}
            for name in ("start", "end"):
                value = _csv_time(row[columns[name]], where, name)
                if value:
                    spell[name] = value
            spell["source"] = (row.get("source") or "").strip() or _row_of(path, reader.line_num)
            note = (row.get("note") or "").strip()
            if note:
                spell["note"] = note
            rows.append(spell)
    pack = _pack_head(pack_name, "Party memberships", command, as_of, link, output)
    pack["entities"] = [parties[k] for k in sorted(parties)] + [people[k] for k in sorted(people)]
    pack["memberships"] = rows
    text = _pack_text(pack, command)
    return text, {"organisations": len(parties), "people": len(people), "memberships": len(rows),
                  "people left out (their name may name others)": len(left_out)}


def _run_together(name: str) -> str:
    return "=" + (romanisation_key(name) or name).replace(" ", "")


def _linked(kind: str, names: Names, linker: _Linker) -> str | None:
    return next((linker.by_name[(kind, _key(n))] for v in names.values() for n in v
                 if (kind, _key(n)) in linker.by_name), None)


def _initials_of(linker: _Linker) -> dict[str, str]:
    """Linked people by their names with their first words as initials ("n
    chandrababu naidu", "n c naidu" for Nara Chandrababu Naidu), and by their
    romanisation with the words run together (Jaganmohan, Jagan Mohan), where
    that names one person only."""
    found: dict[str, set[str]] = defaultdict(set)
    for (kind, key), ident in linker.by_name.items():
        words = key.split()
        if kind != "person" or not key.isascii():
            continue
        for count in range(1, len(words)):
            found[" ".join([w[0] for w in words[:count]] + words[count:])].add(ident)
        found[_run_together(key)].add(ident)
    return {key: next(iter(idents)) for key, idents in found.items() if len(idents) == 1}


COMMON_SURNAME = 3  # linked people sharing a surname, from which it names many
VERY_COMMON_SURNAME = 10


def _many_named(written: str, surnames: Counter[str]) -> bool:
    """Does a name give little more than a common surname: initials with it
    (V. K. Singh, C. R. Patil), or one first name with a very common one
    (Vijender Singh)? Many people are so named, and other people's names
    would read as its misspellings (V. P. Singh, विजेंद्रसिंह)."""
    *rest, surname = _key(written).split() or [""]
    if surnames[surname] >= COMMON_SURNAME and all(len(word) == 1 for word in rest):
        return True
    return len(rest) == 1 and surnames[surname] >= VERY_COMMON_SURNAME


def _within(short: list[str], long: list[str]) -> bool:
    """Are the words of one name, in order, some of another's words?"""
    rest = iter(long)
    return len(short) < len(long) and all(word in rest for word in short)


def _by_part(written: str, linker: _Linker) -> tuple[str | None, bool]:
    """(the linked person whose name ends with this one, or whose name this one
    ends with, at least two words shared: Kiran Kumar Reddy, Nallari Kiran Kumar
    Reddy; whether the name is otherwise a part of a linked person's name
    (Praful Patel of Praful Khoda Patel, Birender Singh of Birender Singh
    Dhanoa), so that it may name them: a guess either way)."""
    words = _key(written).split()
    suffixes, parts = set(), set()
    for (kind, key), ident in linker.by_name.items():
        other = key.split()
        if kind != "person" or not key.isascii():
            continue
        shorter, longer = sorted((words, other), key=len)
        if len(shorter) >= 2 and len(shorter) < len(longer) and longer[-len(shorter):] == shorter:
            suffixes.add(ident)
        elif _within(words, other):
            parts.add(ident)
    linked = next(iter(suffixes)) if len(suffixes) == 1 else None
    return linked, bool(parts) or len(suffixes) > 1


# --- Wikidata JSON -----------------------------------------------------------

POSITION_HELD, START, END = "P39", "P580", "P582"
COUNTRY, JURISDICTION = "P17", "P1001"
DIRECTS, OF = "P2389", "P642"  # organization directed by the office or position; "of" (a qualifier)
QID = regex.compile(r"Q[0-9]+")
PRECISION = {11: "day", 10: "month", 9: "year"}


def _entities(path: Path) -> dict[str, dict]:
    """Entities from Special:EntityData JSON ({"entities": {...}}), a JSON list
    of entities, or a dump with one entity per line."""
    text = path.read_text(encoding="utf-8")
    try:
        data = json.loads(text)
    except json.JSONDecodeError:
        data = [json.loads(line.rstrip().rstrip(","))
                for line in text.splitlines() if line.strip() not in {"", "[", "]"}]
    if isinstance(data, dict):
        data = list(data.get("entities", {data.get("id"): data} if "id" in data else {}).values())
    if not isinstance(data, list):
        raise ValueError(f"{path}: not Wikidata entity JSON")
    return {e["id"]: e for e in data if isinstance(e, dict) and "id" in e}


def _labels(entity: dict, languages: list[str]) -> Names:
    names: Names = {}
    for lang in languages:
        label = entity.get("labels", {}).get(lang, {}).get("value")
        aliases = [a["value"] for a in entity.get("aliases", {}).get(lang, [])]
        if label or aliases:
            names[lang] = [label, *aliases] if label else aliases
    return names


def _item(snak: dict) -> str | None:
    value = snak.get("datavalue", {}).get("value")
    return value.get("id") if isinstance(value, dict) else None


def _time(statement: dict, prop: str) -> dt.date | str | None:
    for snak in statement.get("qualifiers", {}).get(prop, []):
        value = snak.get("datavalue", {}).get("value")
        if not isinstance(value, dict) or "time" not in value:
            continue
        precision = PRECISION.get(int(value.get("precision") or 0))
        stamp = value["time"].lstrip("+")[:10]
        year, month, day = stamp.split("-")
        if precision == "day":
            return dt.date(int(year), int(month), int(day))
        if precision == "month":
            return f"{year}-{month}"
        if precision == "year":
            return year
    return None


def _organisation_of(statement: dict, position: dict,
                     mapping: dict[str, list[str]]) -> str | list[str] | None:
    """The organisation whose post the statement's position is: the option's
    mapping (by the position's Q-id or English name), else the statement's "of"
    qualifier, else the position's "organization directed by" (P2389). A
    Q-id, or the names the mapping gives."""
    folded = {fold(key): names for key, names in mapping.items()}
    labels = [position["id"], *(n for v in _labels(position, ["en"]).values() for n in v)]
    mapped = next((folded[fold(label)] for label in labels if fold(label) in folded), None)
    if mapped:
        return mapped[0] if len(mapped) == 1 and QID.fullmatch(mapped[0]) else mapped
    for snak in statement.get("qualifiers", {}).get(OF, []):
        if _item(snak):
            return _item(snak)
    return next((_item(c.get("mainsnak", {})) for c in position.get("claims", {}).get(DIRECTS, [])
                 if _item(c.get("mainsnak", {}))), None)


def read_wikidata(paths: list[Path], languages: list[str],
                  organisations: dict[str, list[str]] | None = None) -> list[Holding]:
    mapping = organisations or {}
    entities: dict[str, dict] = {}
    for path in paths:
        entities.update(_entities(path))
    holdings, missing = [], set()
    for entity in sorted(entities.values(), key=lambda e: e["id"]):
        statements = entity.get("claims", {}).get(POSITION_HELD, [])
        if not statements:
            continue
        person = _labels(entity, languages)
        for statement in statements:
            if statement.get("rank") == "deprecated":
                continue
            position_id = _item(statement.get("mainsnak", {}))
            position = entities.get(position_id or "")
            if position is None:
                missing.add(f"{position_id} (position)")
                continue
            claims = position.get("claims", {})
            country_id = next((_item(c.get("mainsnak", {})) for prop in (COUNTRY, JURISDICTION)
                               for c in claims.get(prop, []) if _item(c.get("mainsnak", {}))), None)
            country = entities.get(country_id or "")
            if country is None:
                missing.add(f"{country_id or 'country of ' + position['id']} (country)")
                continue
            if not person or not _labels(position, languages) or not _labels(country, languages):
                missing.add(f"labels in {', '.join(languages)} of {entity['id']}, "
                            f"{position['id']} or {country['id']}")
                continue
            owner = _organisation_of(statement, position, mapping)
            organisation: Names | None = {"en": owner} if isinstance(owner, list) else None
            if isinstance(owner, str):
                if owner not in entities or not _labels(entities[owner], languages):
                    missing.add(f"{owner} (organisation of {position['id']})")
                    continue
                organisation = _labels(entities[owner], languages)
            holdings.append(Holding(
                person=person, position=_labels(position, languages),
                country=_labels(country, languages), organisation=organisation,
                start=_time(statement, START), end=_time(statement, END),
                person_qid=entity["id"], source=f"Wikidata {entity['id']} P39 {position['id']}",
            ))
    if missing:
        raise ValueError("the extract lacks entities or labels the import needs: "
                         + "; ".join(sorted(missing)))
    return holdings


def import_wikidata(paths: list[Path], pack_name: str, link: list[Path], output: Path | None,
                    languages: list[str], as_of: dt.date | None = None,
                    organisations: dict[str, list[str]] | None = None) -> tuple[str, dict[str, int]]:
    command = ("factcheck kb import-wikidata " + " ".join(p.name for p in paths)
               + f" --pack-name {pack_name}" + "".join(f" --link {p.name}" for p in link)
               + (f" --as-of {as_of.isoformat()}" if as_of else "")
               + _organisation_options(organisations or {}))
    try:
        holdings = read_wikidata(paths, languages, organisations)
    except (KeyError, TypeError, AttributeError) as exc:
        raise ValueError(f"not Wikidata entity JSON as expected ({type(exc).__name__}: {exc})"
                         ) from None
    return build_pack(holdings, pack_name, link, output, command, as_of)
