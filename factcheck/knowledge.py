"""Knowledge merged from packs: entities, offices, tenures and facts, with
the time queries the checks ask ("who held this office then?")."""

from __future__ import annotations

import copy
import datetime as dt
import functools
import os
from collections import defaultdict
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, replace
from dataclasses import field as dataclass_field
from pathlib import Path
from typing import TYPE_CHECKING, Any, NamedTuple

from .dates import DateWords, date_words
from .model import KnowledgeRef, RecordKind
from .packset import LoadedPack, PackSet, Section, default_pack_path
from .records import Entity, Fact, Office
from .text import name_key
from .timevalue import TimeValue
from .titles import Reading, Term, TitleLexicon
from .withdrawals import withdrawn
from .yamlsource import FieldPath, Located, PackError

if TYPE_CHECKING:  # the pack models: imported when packs are read, never by a check from the cache
    from .packs import AddNamesSpec, CountryTermSpec, FactSpec, LexiconSpec, TenureSpec

# The lexicon's word classes the checks read by name (see LexiconSpec), merged over the packs.
WORD_LISTS = ("function_words", "reduplicating", "grammatical_doubles", "doubled_names", "romanised_hindi",
              "name_glue", "not_name_starts", "given_names", "given_name_parts", "family_names",
              "person_nouns")
FOREVER = dt.date(9999, 12, 31)
# Tenure dates are a day's precision at best, and an article's date may be a day or
# two late: near a change of hands, either holder may be named.
HANDOVER_MARGIN = dt.timedelta(days=7)
DAWN = dt.date(1, 1, 1)
HANDOVER = dt.timedelta(days=1)  # a hand-over day may count for both holders


class Origin(NamedTuple):
    """Where a pack record is written, and what its pack says of its source
    and currency: kept per record, made a KnowledgeRef only for a finding."""

    pack: str
    file: str
    bundled: bool
    line: int
    source: str | None
    as_of: TimeValue | None

    def ref(self, record: RecordKind, *ids: str) -> KnowledgeRef:
        return KnowledgeRef.model_construct(
            record=record, ids=ids, pack=self.pack, file=self.file, line=self.line, bundled=self.bundled,
            source=self.source, as_of=self.as_of.spec() if self.as_of else None)


def overlap(first: tuple[dt.date | None, dt.date | None],
            second: tuple[dt.date | None, dt.date | None]) -> bool:
    """Do two (start, end) spans share more than a hand-over day?"""
    start = max(first[0] or DAWN, second[0] or DAWN)
    end = min(first[1] or FOREVER, second[1] or FOREVER)
    return end - start >= HANDOVER


@dataclass(frozen=True, slots=True)
class Tenure:
    """A person in an office. Start and end keep their precision: a tenure
    known only as "2009" to "2015" covers both whole years."""

    person: str
    office: str
    started: TimeValue | None
    ended: TimeValue | None
    # An open tenure is known to go on only up to its pack's `as_of` (or its start).
    known_until: dt.date | None = None
    origin: Origin | None = dataclass_field(default=None, compare=False)

    @property
    def start(self) -> dt.date | None:
        return self.started.first if self.started else None

    def ref(self) -> KnowledgeRef | None:
        return self.origin.ref("tenure", self.office, self.person) if self.origin else None

    @property
    def end(self) -> dt.date | None:
        return self.ended.last if self.ended else None

    def overlaps(self, time: TimeValue) -> bool:
        return (self.start or DAWN) <= time.last and time.first <= (self.end or FOREVER)

    def label(self) -> str:
        start = self.started.spec() if self.started else "?"
        end = self.ended.spec() if self.ended else "present"
        return f"{start} to {end}"


SHARED_SHARE = 0.2  # of an office's held time with two holders or more: several holders


def _shared_share(tenures: Sequence[Tenure]) -> float:
    """The share of the days an office was held on which two or more held it."""
    edges: list[tuple[dt.date, int]] = []
    for tenure in tenures:
        start = tenure.start or DAWN
        end = tenure.end or tenure.known_until or start
        edges += [(start, 1), (end + dt.timedelta(days=1) if end < FOREVER else end, -1)]
    edges.sort()
    held = shared = 0
    count, last = 0, None
    for day, step in edges:
        if last is not None and count:
            span = (day - last).days
            held += span
            shared += span if count > 1 else 0
        count, last = count + step, day
    return shared / held if held else 0.0


def _keys(groups: Iterable[dict[str, list[str]]]) -> frozenset[tuple[str, ...]]:
    return frozenset(name_key(n) for group in groups for names in group.values() for n in names)


def _names(*groups: dict[str, list[str]]) -> dict[str, list[str]]:
    merged: dict[str, list[str]] = defaultdict(list)
    for group in groups:
        for lang, names in group.items():
            merged[lang].extend(names)
    return dict(merged)


class Knowledge:
    def __init__(self, packs: PackSet, sections: Sequence[Section] = ()) -> None:
        from .packs import EntitySpec, OfficeSpec

        self.entities: dict[str, Entity] = {}
        self.offices: dict[str, Office] = {}
        self.facts: dict[str, Fact] = {}
        self.tenures_by_office: dict[str, list[Tenure]] = defaultdict(list)
        self.tenures_by_person: dict[str, list[Tenure]] = defaultdict(list)
        self.honorifics: dict[str, list[str]] = {}
        self.counterpart_words: dict[str, list[str]] = {}
        self.former_words: dict[str, list[str]] = {}
        self.origin: dict[str, str] = {}
        # Where each section entry is written, by id() while the indexes are built, and each
        # fact's and dated event's record by its id.
        self._origins: dict[int, Origin] = {}
        self.record_origins: dict[str, Origin] = {}
        problems: list[str] = []
        lexicons: list[LexiconSpec] = []
        additions: list[tuple[Located, int, AddNamesSpec]] = []

        for loaded in packs.packs:
            spec, source = loaded.spec, loaded.source
            lexicons.append(spec.lexicon)
            defined: tuple[tuple[str, Sequence[Any]], ...] = (
                ("entities", spec.entities), ("offices", spec.offices),
                *((section.name, loaded.section(section.name)) for section in sections if section.ids))
            for section, items in defined:
                for index, item in enumerate(items):
                    where = source.at((section, index, "id"))
                    if item.id in self.origin:
                        problems.append(source.problem(
                            (section, index, "id"),
                            f"id {item.id!r} is already defined at {self.origin[item.id]}; "
                            "ids of entities, offices and facts are unique across all packs",
                        ))
                        continue
                    self.origin[item.id] = where
                    if isinstance(item, EntitySpec):
                        self.entities[item.id] = Entity.of(item)
                        if item.date is not None:
                            self.record_origins[item.id] = _origin(loaded, (section, index), item.wikidata)
                    elif isinstance(item, OfficeSpec):
                        self.offices[item.id] = Office.of(item)
            additions.extend((loaded.source, index, item) for index, item in enumerate(spec.add_names))

        self.honorifics = _names(*(lex.honorifics for lex in lexicons))
        self.counterpart_words = _names(*(lex.counterpart for lex in lexicons))
        self.former_words = _names(*(lex.former for lex in lexicons))
        self.then_words = _names(*(lex.then for lex in lexicons))
        self.future_words = _names(*(lex.future for lex in lexicons))
        self.event_nouns = _keys(lex.event_nouns for lex in lexicons)
        self.not_qualifiers = _keys(lex.not_qualifiers for lex in lexicons)
        self.organisation_words = _keys(lex.organisations for lex in lexicons)
        self.organisation_heads = _keys(lex.organisation_heads for lex in lexicons)
        self.organisation_posts = _keys(lex.organisation_posts for lex in lexicons)
        self.word_lists: dict[str, dict[str, list[str]]] = {
            name: _names(*(getattr(lex, name) for lex in lexicons)) for name in WORD_LISTS}
        self.date_words: DateWords = date_words([lex.months for lex in lexicons],
                                                [lex.weekdays for lex in lexicons])
        homes = [loaded.spec.home_country for loaded in packs.packs if loaded.spec.home_country]
        self.home_country: str | None = homes[-1] if homes else None
        self.home_by_language: dict[str, str] = {}  # configuration's per-language choice
        self.titles = TitleLexicon([lex.titles for lex in lexicons])
        self.of_words = frozenset(w for words in self.titles.of.values() for w in words)
        self.event_noun_keys = frozenset(k[0] for k in self.event_nouns if len(k) == 1)
        problems.extend(self._check_references(packs))
        problems.extend(self._check_section_references(packs, sections))
        problems.extend(self._add_names(additions))
        withdrawn_entries, withdrawal_problems = withdrawn(packs, sections)
        problems.extend(withdrawal_problems)
        self._add_country_terms([term for lex in lexicons for term in lex.countries])
        # Every country the lexicon writes, defined by a pack or not, by its names' and demonyms'
        # word keys: what a sentence names when it names some country.
        self.country_name_keys = frozenset(
            key for lex in lexicons for term in lex.countries
            for group in (term.names, term.aliases, term.demonyms) for names in group.values()
            for n in names if (key := name_key(n)))
        if problems:
            raise PackError(problems)
        self.place_keys = frozenset(k for e in self.entities.values() if e.type in {"country", "place"}
                                    for names in e.names.values() for n in names for k in name_key(n))
        # Words of places the packs or the title lexicon name (Karnataka, Delhi, गुजरात).
        self.place_words = self.place_keys | frozenset(
            k for term in self.titles.places for names in term.names.values() for n in names
            for k in name_key(n))
        # Places' whole names as word keys: the packs' places and countries, and the lexicon's.
        self.place_names = frozenset(
            key for group in ([e.names, e.aliases] for e in self.entities.values()
                              if e.type in {"country", "place"})
            for names in group for values in names.values() for n in values if (key := name_key(n))
        ) | frozenset(key for term in self.titles.places for names in term.names.values()
                      for n in names if (key := name_key(n)))
        self.lexicons = lexicons  # the packs' lexicons, for the sections' indexes while they are built
        # What the rule kinds' own sections hold, indexed by each kind: section name -> index.
        # Built in registry order: an index may use an earlier section's.
        self.relations: dict[str, Any] = {}
        for brought in sections:
            entries: list[tuple[Any, TimeValue | None]] = []
            for loaded in packs.packs:
                for index, entry in enumerate(loaded.section(brought.name)):
                    if id(entry) in withdrawn_entries:
                        continue
                    entries.append((entry, loaded.spec.as_of))
                    self._origins[id(entry)] = _origin(loaded, (brought.name, index),
                                                       getattr(entry, "source", None))
            self.relations[brought.name] = (brought.index or _entries)(entries, self)
        self._origins = {}
        self.lexicons = []
        self._several: dict[str, bool] = {}
        self.title_forms: dict[str, dict[str, list[str]]] = {}
        self.readings: dict[str, Reading | None] = {}
        self.organisation_keys: dict[str, frozenset[tuple[str, ...]]] = {}  # office -> its owner's names
        for office in list(self.offices.values()):
            if office.organisation is not None and office.country is None:
                office = self.offices[office.id] = replace(
                    office, country=self.entities[office.organisation].country)
            self.readings[office.id] = self._reading(office)
            self.title_forms[office.id] = self.titles.forms(office, self.readings[office.id])

    def _reading(self, office: Office) -> Reading | None:
        """The first English name of the office the title lexicon can read
        ("Minister of Defence" where the first is "Defence Minister")."""
        labels = office.names.get("en", [])
        if office.organisation is not None:
            owner = self.entities[office.organisation]
            names = _names(owner.names, owner.aliases)
            self.organisation_keys[office.id] = frozenset(
                key for group in names.values() for n in group if (key := name_key(n)))
            term = Term(names)
            return next((r for label in labels if (r := self.titles.read_post(label, term))), None)
        country = self.entities.get(office.country or "")
        country_names = [n for v in (country.names if country else {}).values() for n in v]
        return next((r for label in labels if (r := self.titles.read(label, country_names))), None)

    def names_its_organisation(self, office_id: str, keys: tuple[str, ...]) -> bool:
        """Do these words (a title as written) name the organisation whose post
        the office is ("BJP President", "भाजपा के अध्यक्ष")?"""
        owners = self.organisation_keys.get(office_id, ())
        return any(keys[i:i + len(owner)] == owner for owner in owners for i in range(len(keys)))

    def _check_references(self, packs: PackSet) -> list[str]:
        problems = []

        def expect(kind: str, ref: str | None, source: Located, path: FieldPath) -> None:
            if ref is not None and not self.refers(ref, kind):
                problems.append(source.problem(path, _unknown(ref, kind)))

        for loaded in packs.packs:
            spec, source = loaded.spec, loaded.source
            expect("country", spec.home_country, source, ("home_country",))
            for i, entity in enumerate(spec.entities):
                expect("country", entity.country, source, ("entities", i, "country"))
                for j, ref in enumerate(entity.context):
                    expect("any", ref, source, ("entities", i, "context", j))
                if entity.date is not None and entity.type != "event":
                    problems.append(source.problem(("entities", i, "date"),
                                                   "only events have a date; remove it or make "
                                                   "the entity an event"))
            for i, office in enumerate(spec.offices):
                expect("country", office.country, source, ("offices", i, "country"))
                expect("organisation", office.organisation, source, ("offices", i, "organisation"))
        return problems

    def refers(self, ref: str, kind: str) -> bool:
        """Is `ref` an office ("office"), an entity ("any") or an entity of that type?"""
        if kind == "office":
            return ref in self.offices
        return ref in self.entities and (kind == "any" or self.entities[ref].type == kind)

    def _check_section_references(self, packs: PackSet, sections: Sequence[Section]) -> list[str]:
        problems = []
        for loaded in packs.packs:
            for section in sections:
                for index, entry in enumerate(loaded.section(section.name)):
                    for name, kind in section.references:
                        value = getattr(entry, name)
                        refs = list(enumerate(value)) if isinstance(value, list) else [(None, value)]
                        for position, ref in refs:
                            if ref is None or self.refers(ref, kind):
                                continue
                            path = (section.name, index, name) + ((position,) if position is not None else ())
                            problems.append(loaded.source.problem(path, _unknown(ref, kind)))
        return problems

    def _add_names(self, additions: list[tuple[Located, int, AddNamesSpec]]) -> list[str]:
        problems = []
        for source, index, addition in additions:
            entity = self.entities.get(addition.entity)
            if entity is None:
                problems.append(source.problem(
                    ("add_names", index, "entity"),
                    f"{addition.entity!r} is not an entity in the loaded packs; define it, include the "
                    "pack that defines it, or correct the id"))
                continue
            self.entities[entity.id] = _with_names(entity, names=addition.names,
                                                   aliases=addition.aliases)
        return problems

    def _add_country_terms(self, terms: list[CountryTermSpec]) -> None:
        """The lexicon's names and demonyms of the countries the packs define."""
        by_name = {name.casefold(): entity for entity in self.entities.values() if entity.type == "country"
                   for name in entity.names.get("en", [])}
        for term in terms:
            entity = next((by_name[n.casefold()] for n in term.names.get("en", [])
                           if n.casefold() in by_name), None)
            if entity is None:
                continue
            self.entities[entity.id] = _with_names(self.entities[entity.id], names=term.names,
                                                   aliases=term.aliases, demonyms=term.demonyms)

    def origin_of(self, entry: object) -> Origin | None:
        """Where a section entry is written: asked by a kind's index, while it is built."""
        return self._origins.get(id(entry))

    def record_ref(self, ref: str, record: RecordKind) -> KnowledgeRef | None:
        """The pack record of a fact or a dated event, by its id."""
        origin = self.record_origins.get(ref)
        return origin.ref(record, ref) if origin else None

    def _add_tenure(self, spec: TenureSpec, as_of: TimeValue | None) -> None:
        known = None
        if spec.end is None and as_of is not None:
            known = max(as_of.last, spec.start.first) if spec.start else as_of.last
        tenure = Tenure(spec.person, spec.office, spec.start, spec.end, known, self.origin_of(spec))
        # One tenure stated twice, open in one pack (a snapshot) and ended in another
        # (a later source): the ended one holds.
        same = [t for t in self.tenures_by_person[spec.person]
                if t.office == spec.office and t.started is not None and t.started == tenure.started]
        if tenure.ended is None and any(t.ended is not None for t in same):
            return
        for old in (t for t in same if t.ended is None and tenure.ended is not None):
            self.tenures_by_office[spec.office].remove(old)
            self.tenures_by_person[spec.person].remove(old)
        if tenure not in self.tenures_by_office[spec.office]:
            self.tenures_by_office[spec.office].append(tenure)
            self.tenures_by_person[spec.person].append(tenure)

    # --- queries -----------------------------------------------------------

    def name(self, ref: str, lang: str = "en") -> str:
        item = self.entities.get(ref) or self.offices.get(ref)
        if item is None:
            return ref
        names = item.names.get(lang) or item.names.get("en") or next(iter(item.names.values()))
        return names[0]

    def office_label(self, office_id: str, lang: str = "en") -> str:
        office = self.offices[office_id]
        owner = office.organisation or office.country
        if owner is None or (office.organisation and self.names_its_organisation(
                office_id, name_key(self.name(office_id, "en")))):
            return self.name(office_id, "en")
        return f"{self.name(owner, 'en')}'s {self.name(office_id, 'en')}"

    def holders(self, office_id: str, time: TimeValue) -> list[Tenure]:
        return [t for t in self.tenures_by_office.get(office_id, ()) if t.overlaps(time)]

    def held(self, person: str, office_id: str, time: TimeValue | None = None) -> bool:
        return any(
            t.office == office_id and (time is None or t.overlaps(time))
            for t in self.tenures_by_person.get(person, ())
        )

    def home_for(self, language: str) -> str | None:
        """The country whose offices an unqualified title means in this language."""
        return self.home_by_language.get(language, self.home_country)

    def with_home(self, home: str | dict[str, str]) -> Knowledge:
        """The same knowledge with the home country set by configuration: one
        country, or one per language ({"en": "india", "hi": "india"})."""
        chosen = {"": home} if isinstance(home, str) else dict(home)
        for country in chosen.values():
            entity = self.entities.get(country)
            if entity is None or entity.type != "country":
                known = sorted(e.id for e in self.entities.values() if e.type == "country")
                raise ValueError(f"home-country: {country!r} is not a country of the loaded packs "
                                 f"(known: {', '.join(known[:12])}{', ...' if len(known) > 12 else ''})")
        copied = copy.copy(self)
        copied.home_by_language = {k: v for k, v in chosen.items() if k}
        if "" in chosen:
            copied.home_country = chosen[""]
        return copied

    def several_holders(self, office_id: str) -> bool:
        """Does the office have several holders at once (judges, deputy prime
        ministers), so that one holder's tenure does not rule out another's?
        An office the pack marks as not single-holder only because an interim
        charge overlapped a tenure for a few weeks is still one holder's."""
        if office_id not in self._several:
            office = self.offices[office_id]
            self._several[office_id] = not office.single_holder and _shared_share(
                self.tenures_by_office.get(office_id, [])) > SHARED_SHARE
        return self._several[office_id]

    def held_near(self, person: str, office_id: str, time: TimeValue) -> bool:
        """Did the person hold the office at the time, or within a handover's margin of it?"""
        return self.held(person, office_id, time.widened(HANDOVER_MARGIN))

    def held_by(self, person: str, office_id: str, time: TimeValue) -> bool:
        """Had the person held the office at some time up to `time`?"""
        return any(t.office == office_id and (t.start or DAWN) <= time.last
                   for t in self.tenures_by_person.get(person, ()))

    def tenures(self, person: str, office_id: str) -> list[Tenure]:
        return [t for t in self.tenures_by_person.get(person, ()) if t.office == office_id]

    def successor(self, tenure: Tenure) -> Tenure | None:
        if tenure.end is None:
            return None
        later = [t for t in self.tenures_by_office[tenure.office]
                 if t.start and t.start >= tenure.end and t.person != tenure.person]
        return later[0] if later else None

    def offices_with_role(self, role: str) -> list[str]:
        return sorted(o.id for o in self.offices.values() if o.role == role)

    def country_of(self, ref: str) -> str | None:
        entity = self.entities.get(ref)
        return entity.country if entity else None

    def title_words(self, office_id: str, lang: str) -> tuple[frozenset[str], frozenset[str]]:
        """(word keys of the office's head noun, word keys of its portfolio or
        jurisdiction) in a language: what a title of this office is made of."""
        reading = self.readings.get(office_id)
        if reading is None:
            own = self.offices[office_id].names.get(lang, [])
            return frozenset(k for n in own for k in name_key(n)), frozenset()
        head = frozenset(k for n in reading.head.names.get(lang, []) for k in name_key(n))
        term = reading.jurisdiction or reading.portfolio
        detail = frozenset(k for n in (term.names.get(lang, []) if term else []) for k in name_key(n)
                           if len(k) > 2 and k not in {"and", "the", "और", "एवं"})
        return head, detail

    def event_date(self, ref: str) -> TimeValue | None:
        entity = self.entities.get(ref)
        return entity.date if entity else None


def index_facts(entries: list[tuple[FactSpec, TimeValue | None]], knowledge: Knowledge
                ) -> dict[str, Fact]:
    """Facts by id (ids were checked unique with the entities' and offices')."""
    for fact, _ in entries:
        knowledge.facts[fact.id] = Fact.of(fact)
        origin = knowledge.origin_of(fact)
        if origin is not None:
            knowledge.record_origins[fact.id] = origin
    return knowledge.facts


# The fact kind's section: the facts the gazetteer finds by their cues.
FACTS = Section("facts", "factcheck.packs:FactSpec", "facts with a value and the phrases that name them",
                references=(("subjects", "any"), ("context", "any")), ids=True, index=index_facts)


def index_tenures(entries: list[tuple[TenureSpec, TimeValue | None]], knowledge: Knowledge
                  ) -> dict[str, list[Tenure]]:
    """Who held which office when, by office and by person (the queries are Knowledge's)."""
    for tenure, as_of in entries:
        knowledge._add_tenure(tenure, as_of)
    for tenures in (*knowledge.tenures_by_office.values(), *knowledge.tenures_by_person.values()):
        tenures.sort(key=lambda t: (t.start or DAWN, t.end or FOREVER, t.person, t.office))
    return knowledge.tenures_by_office


# The office-holder kind's section: the knowledge the office queries above read.
TENURES = Section("tenures", "factcheck.packs:TenureSpec", "who held which office, from when to when",
                  references=(("person", "person"), ("office", "office")), index=index_tenures)


def _unknown(ref: str, kind: str) -> str:
    what = "an office" if kind == "office" else "an entity" if kind == "any" else f"an entity of type {kind}"
    return (f"{ref!r} is not {what} in the loaded packs; define it, include the pack that defines it, "
            "or correct the id")


def _origin(loaded: LoadedPack, path: FieldPath, source: str | None) -> Origin:
    return Origin(loaded.spec.pack, *_shown(loaded.source.file), loaded.source.where(path)[0], source,
                  loaded.spec.as_of)


@functools.lru_cache(maxsize=64)
def _shown(file: str) -> tuple[str, bool]:
    """A pack's file as a report names it, and whether factcheck bundles it: a
    bundled pack as factcheck's repository has it (rules/...), never the path
    of this installation, which no one gave."""
    bundled = default_pack_path().parent
    path = Path(os.path.normpath(file))
    if path.is_absolute() and path.is_relative_to(bundled):
        return f"rules/{path.relative_to(bundled).as_posix()}", True
    return file, False


def _entries(entries: list[tuple[Any, TimeValue | None]], knowledge: Knowledge) -> list[Any]:
    return [entry for entry, _ in entries]


def _with_names(entity: Entity, **extra: dict[str, list[str]]) -> Entity:
    """The entity with more names, aliases or demonyms, each once."""
    merged: dict[str, Any] = {}
    for field, more in extra.items():
        group = {lang: list(names) for lang, names in getattr(entity, field).items()}
        for lang, names in more.items():
            group.setdefault(lang, []).extend(n for n in names if n not in group[lang])
        merged[field] = group
    return replace(entity, **merged)
