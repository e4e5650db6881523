"""The YAML rule-pack format: schema, loading, includes and validation.

Every problem found while loading is collected and raised together as one
PackError whose lines read `file:line:column: field: what is wrong`.
"""

from __future__ import annotations

from collections.abc import Sequence
from functools import lru_cache
from pathlib import Path
from typing import Annotated, Any, Literal

from pydantic import (
    BaseModel,
    BeforeValidator,
    ConfigDict,
    Field,
    StringConstraints,
    ValidationError,
    ValidationInfo,
    WithJsonSchema,
    create_model,
    field_validator,
    model_validator,
)

from .dates import Month, Weekday
from .files import TooLarge, in_tree, read_regular, tree_of
from .packset import (
    LexiconPart,
    LoadedPack,
    PackFormat,
    PackRef,
    PackSet,
    Section,
)
from .packset import default_pack_path as default_pack_path  # where it was before packset.py
from .packset import lexicon_pack_path as lexicon_pack_path
from .problems import problems
from .timevalue import TimeValue
from .yamlsource import PACK_LIMITS, PackError, load_yaml

Id = Annotated[str, StringConstraints(pattern=r"^[a-z0-9][a-z0-9._-]*$")]
Lang = Annotated[str, StringConstraints(pattern=r"^[a-z]{2,3}$")]
Text = Annotated[str, StringConstraints(min_length=1, strip_whitespace=True)]
Names = dict[Lang, list[Text]]
# A part of a compound given name: a first part ends in a hyphen (Gur-), a last part begins with one (-jit).
NamePart = Annotated[str, StringConstraints(pattern=r"^(?:[^\s-]+-|-[^\s-]+)$")]


def _time(value: object) -> TimeValue:
    if isinstance(value, TimeValue):
        return value
    return TimeValue.parse(value)


Time = Annotated[
    TimeValue,
    BeforeValidator(_time),
    WithJsonSchema({
        "description": "a year (2016), month (2020-12), day (2020-12-21) or range of years (2015/2020)",
        "anyOf": [
            {"type": "integer", "minimum": 1, "maximum": 9999},
            {"type": "string", "pattern": r"^\d{4}(-\d{1,2}(-\d{1,2})?)?(/\d{4})?$"},
        ],
    }),
]


class Strict(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True, arbitrary_types_allowed=True, defer_build=True)


class EntitySpec(Strict):
    id: Id = Field(description="unique id, shared by entities, offices and facts across the loaded packs")
    type: Literal["person", "country", "organisation", "place", "event", "term"] = Field(
        description="what it is")
    names: Names = Field(
        min_length=1, description="the names it is written as, per language; the first name in a "
                                  "language is the one suggestions use")
    aliases: Names = Field({}, description="other names that refer to it (short forms such as Modi, "
                                           "IPOI), matched like names")
    demonyms: Names = Field({}, description="for a country: its adjective (Vietnamese, वियतनामी); a "
                                            "demonym before a title picks that country's office")
    country: Id | None = Field(
        None, description="for a person: their country (an entity of type country), which picks the "
                          "right office when a title is shared (Defence Minister); for an "
                          "organisation: the country its posts belong to")
    date: Time | None = Field(
        None, description="for an event: when it happened; without it, an event's dates are still "
                          "compared within an article and across sources")
    context: list[Id] = Field(
        [], description="recognise this entity's names only in articles that also mention one of "
                        "these entities (for generic names: video conference, ADMM-Plus meeting)")
    wikidata: Annotated[str, StringConstraints(pattern=r"^Q[0-9]+$")] | None = Field(
        None, description="the Wikidata item (Q…); `kb import-csv --link` uses it to avoid defining a "
                          "person twice")
    description: str | None = Field(None, description="a note for readers; not used in matching")


class OfficeSpec(Strict):
    id: Id = Field(description="unique id, shared by entities, offices and facts across the loaded packs")
    names: Names = Field(
        min_length=1, description="the titles it is written as, per language (Minister of National "
                                  "Defence, राष्ट्रीय रक्षा मंत्री)")
    aliases: Names = Field(
        {}, description="titles it shares with other offices (Defence Minister for India's and "
                        "Vietnam's), resolved by a country or demonym beside the title, else by who "
                        "held which office at the time, else by the person's country")
    country: Id | None = Field(
        None, description="the country whose office this is (India's Prime Minister; a state's Chief "
                          "Minister is India's, its state is in its name); for an organisation's post, "
                          "taken from the organisation's own country when not given")
    organisation: Id | None = Field(
        None, description="the organisation (an entity of type organisation: a party, company, central "
                          "bank, sports body, international body) whose post this is; its title forms "
                          "are the organisation's names with the post's head: BJP President, Twitter "
                          "CEO, भाजपा अध्यक्ष, and never the bare head")
    role: Id | None = Field(
        None, description="the same role in different countries (defence-minister): 'his Vietnamese "
                          "counterpart X' means the office with the role of the last title named, in "
                          "Vietnam")
    single_holder: bool = Field(True, description="whether only one person holds it at a time")
    derive_titles: bool = Field(
        True, description="build the ways the press writes this title (Gujarat CM, गृह मंत्री) from "
                          "its English name and the lexicon's titles; false: only names and aliases")
    description: str | None = Field(None, description="a note for readers")

    @model_validator(mode="after")
    def _belongs(self) -> OfficeSpec:
        if self.country is None and self.organisation is None:
            raise ValueError("an office belongs to a country or an organisation: give 'country', "
                             "'organisation' or both")
        return self


class AddNamesSpec(Strict):
    """More names for an entity defined in any loaded pack: a language a
    generated pack lacks (Hindi spellings of people it names in English), or
    a newsroom's own spellings."""

    entity: Id = Field(description="the entity, defined in any loaded pack")
    names: Names = Field(
        {}, description="names to add, per language; the first added in a language the entity had "
                        "none in becomes the one suggestions use in it")
    aliases: Names = Field({}, description="aliases to add, per language")


class WithdrawSpec(Strict):
    """An entry of a section (a tenure, a membership) that a loaded pack has
    wrong, taken out of the run without editing that pack: a generated pack
    is regenerated, not edited, so its bad records are withdrawn here, each
    with its reason."""

    section: Id = Field(description="the section the entry is in: tenures, memberships, facts, ...")
    match: dict[str, Any] = Field(
        min_length=1, description="fields of the entry and their values, as the pack writes them "
                                  "(person, office, start); every entry with all of them is "
                                  "withdrawn, and at least one must be")
    reason: str = Field(min_length=1, description="why the entry is wrong, for reviewers of the pack; "
                                                    "required, never read by the checks")


def ends_after_start(end: TimeValue | None, info: ValidationInfo) -> TimeValue | None:
    """A validator of `end`: it may not come before `start`."""
    start = info.data.get("start")
    if end is not None and start is not None and end.last < start.first:
        raise ValueError("ends before it starts; swap or correct the dates")
    return end


class TenureSpec(Strict):
    person: Id = Field(description="the holder, an entity of type person")
    office: Id = Field(description="the office held")
    start: Time | None = Field(
        None, description="the first day (a year or month covers the whole of it); left out: held "
                          "since before anything known")
    end: Time | None = Field(None, description="the last day; left out while the person is still in office")
    source: str | None = Field(None, description="where the tenure comes from (a Wikidata id, a page that "
                                                 "states it); findings that rest on the tenure name it")
    note: str | None = Field(None, description="a note for readers")

    _ends_after_start = field_validator("end")(lambda end, info: ends_after_start(end, info))


class FactSpec(Strict):
    id: Id = Field(description="unique id, shared by entities, offices and facts across the loaded packs")
    value: Time = Field(description="the year, month, day or range of years the fact has")
    cues: Names = Field(
        min_length=1, description="phrases that show the text is talking about this fact, per language "
                                  "(Comprehensive Strategic Partnership, व्यापक रणनीतिक साझेदारी)")
    subjects: list[Id] = Field([], description="the entities the fact is about")
    context: list[Id] = Field(
        [], description="recognise the cues only in articles that mention one of these entities")
    description: str | None = Field(
        None, description="how messages name the fact (India and Vietnam became Comprehensive "
                          "Strategic Partners)")
    source: str | None = Field(None, description="where the fact comes from (a Wikidata id, a page "
                                                 "that states it); findings that rest on the fact name it")


class ExpectedFinding(Strict):
    text: Text = Field(description="the exact text the finding covers")
    suggestion: str | None = Field(None, description="the suggestion it must make, if given")
    severity: Literal["error", "warning", "info"] | None = Field(
        None, description="the severity it must have, if given")


def _expected(value: object) -> object:
    return {"text": value} if isinstance(value, str) else value


class ExampleSpec(Strict):
    """An article (or several, for checks across sources) and exactly what the
    check must report in it: nothing for a good example."""

    text: Text | None = Field(
        None, description="the article; it may start with a dateline (date 2021-07-01 …), and its "
                          "language comes from its script, as for files")
    articles: list[Text] = Field(
        [], description="instead of text, several articles checked together (for cross-source)")
    finds: list[Annotated[ExpectedFinding, BeforeValidator(_expected), WithJsonSchema({
        "description": "the text of a finding the check must report, or {text, suggestion, severity}",
        "anyOf": [
            {"type": "string", "minLength": 1},
            {"type": "object", "required": ["text"], "additionalProperties": False,
             "properties": {"text": {"type": "string", "minLength": 1},
                            "suggestion": {"type": "string"},
                            "severity": {"enum": ["error", "warning", "info"]}}},
        ],
    })]] = Field([], description="what the check must report, in order: each the exact text of a "
                                 "finding, or {text, suggestion, severity}; left out for a good "
                                 "example, which must stay clean")

    @model_validator(mode="after")
    def _one_source(self) -> ExampleSpec:
        if (self.text is None) == (not self.articles):
            raise ValueError("an example has either 'text' or 'articles' (a list of texts)")
        return self

    def texts(self) -> list[str]:
        return [self.text] if self.text is not None else list(self.articles)


class CheckSpec(Strict):
    id: Id = Field(description="the check's id, shown in every finding as its rule; unique across the "
                               "loaded packs' checks")
    kind: str = Field(description="the rule kind this check is an instance of (see Rule kinds)")
    severity: Literal["error", "warning", "info"] | None = Field(
        None, description="overrides the kind's default severity")
    description: str | None = Field(None, description="what this check is for")
    options: dict[str, Any] = Field({}, description="the kind's options; an unknown option is an error")
    examples: list[ExampleSpec] = Field(
        [], description="articles the check must report on, and ones it must leave alone; "
                        "`rules test` fails a check without one it must report")


class TermSpec(Strict):
    """One word or phrase of the title lexicon, in every language it is known in.
    The first English form is the one matched in offices' English names."""

    names: Names = Field(min_length=1, description="the term's forms, per language; the first English "
                                                   "one is matched in offices' English names")
    short: Names = Field({}, description="abbreviations of the whole title (EAM for External "
                                         "Affairs Minister)")


class TitleLexiconSpec(Strict):
    heads: list[TermSpec] = Field([], description="head nouns of titles: Minister, Chief Minister, "
                                                  "President, Governor")
    portfolios: list[TermSpec] = Field([], description="what a minister is minister of: External "
                                                       "Affairs, Finance")
    places: list[TermSpec] = Field([], description="jurisdictions: states, provinces, cities")
    posts: list[TermSpec] = Field([], description="head nouns of organisations' posts, in every "
                                                  "language: President (अध्यक्ष), Chief Executive "
                                                  "Officer (CEO, सीईओ), Governor (गवर्नर: the RBI's, "
                                                  "never a state's राज्यपाल; short: RBI chief)")
    union: Names = Field({}, description="words for the national government before a title "
                                         "(Union, केंद्रीय)")
    of: Names = Field({}, description="words joining a jurisdiction to its title: के, की")


class CountryTermSpec(Strict):
    """How the press writes a country: added to the country entity of any
    loaded pack whose English name is one of `names` (see docs/rules.md)."""

    names: Names = Field(min_length=1, description="the country's names; the English ones find "
                                                    "the entity, the others are added to it")
    aliases: Names = Field({}, description="other names (US, Britain, Czechia)")
    demonyms: Names = Field({}, description="adjectives of the country (Japanese, जापानी)")


class LexiconSpec(Strict):
    honorifics: Names = Field(
        {}, description="ranks and honorifics that may stand between a title and a name (Sr Lt Gen, "
                        "Dr., श्री), up to four in a row, each may end with a full stop")
    counterpart: Names = Field(
        {}, description="words meaning the holder of the same role in another country (counterpart, "
                        "समकक्ष); the role comes from a title earlier in the sentence")
    former: Names = Field(
        {}, description="words that mark a title as past (former, ex-, late, पूर्व), said of the "
                        "time the article is written")
    then: Names = Field({}, description="words marking a title as held at the time of the event "
                                        "told (then, the then, तत्कालीन)")
    future: Names = Field({}, description="words marking a title as not yet held (incoming, "
                                          "next, President-elect, नवनिर्वाचित): no claim")
    event_nouns: Names = Field({}, description="nouns naming an event (summit, meeting, बैठक); two "
                                               "sentences sharing one tell the same event")
    not_qualifiers: Names = Field({}, description="capitalised words that may stand before a title "
                                                  "without qualifying it (The, Hon'ble)")
    organisations: Names = Field({}, description="words that make the title before which they stand "
                                                 "an organisation's (party, पार्टी)")
    organisation_heads: Names = Field(
        {}, description="title heads that organisations share with countries (president, अध्यक्ष): "
                        "such a title makes a claim only when nothing marks it as an "
                        "organisation's post")
    organisation_posts: Names = Field(
        {}, description="words that make the organisation head after them an organisation's post "
                        "(national, working, state president; कार्यकारी, प्रदेश अध्यक्ष)")
    # Defaults made by model_construct: importing factcheck builds no validator.
    titles: TitleLexiconSpec = Field(TitleLexiconSpec.model_construct(),
                                     description="how titles are built from offices' names")
    function_words: Names = Field(
        {}, description="function words, auxiliaries and pronouns (के, से, था; the, to, has): doubled, "
                        "always a slip (repetition)")
    reduplicating: Names = Field(
        {}, description="content words a language doubles on purpose beyond the classes the "
                        "repetition check knows by their endings (धीरे धीरे, घर घर, रात रात, कौन कौन)")
    grammatical_doubles: Names = Field(
        {}, description="words whose doubling is grammar, emphasis or an interjection (had had, very "
                        "very, bye bye): never a repetition")
    doubled_names: Names = Field(
        {}, description="capitalised words that names double (Walla Walla, Bora Bora, Sri Sri): no "
                        "repetition")
    romanised_hindi: Names = Field(
        {}, description="words that mark a sentence of English copy as romanised Hindi (hai, ka, "
                        "jagah), where a doubled word is reduplication; one of them doubled is "
                        "reduplication in any sentence (will reopen dheere dheere)")
    name_glue: Names = Field(
        {}, description="words that may be run into the end of a name (Giangfor, मोदीद्वारा) and never "
                        "begin or end a misspelt one (spelling)")
    given_names: Names = Field(
        {}, description="common given names: a known person's name written with another of them in its "
                        "place is another person, not a misspelling (Ganesh Kumar, Gyanesh Kumar)")
    given_name_parts: dict[Lang, list[NamePart]] = Field(
        {}, description="the parts of compound given names, a first part written with a hyphen after "
                        "it (Gur-, Har-), a last part with one before it (-jit, -preet): every first part "
                        "joined to every last part is a given name, as in given_names (Gurjit Singh "
                        "beside Gurmit Singh is another person)")
    family_names: Names = Field(
        {}, description="common family names: a known person's name written with another of them in "
                        "its place is another person, not a misspelling (Amit Shaha, Amit Shah)")
    person_nouns: Names = Field(
        {}, description="words that say a person is an ordinary one, in an English apposition after "
                        "a name (X, a taxi driver) or in Hindi right before it (टैक्सी चालक X, X निवासी): a "
                        "name so introduced near a known one is as likely someone else, reported as info "
                        "(spelling)")
    not_name_starts: Names = Field(
        {}, description="common words that never begin a name: no misspelt name is looked for from "
                        "them (spelling)")
    months: dict[Month, Names] = Field(
        {}, description="each month's names per language, the full name first, then shortenings "
                        "(a Latin one may end in a full stop): read in dates")
    weekdays: dict[Weekday, Names] = Field(
        {}, description="each weekday's names per language, the full name first (how a corrected "
                        "weekday is written), then shortenings, read only beside a date")
    countries: list[CountryTermSpec] = Field([], description="countries' other names and demonyms, "
                                                            "for the countries the packs define")


class PackSpec(Strict):
    pack: Id = Field(description="the pack's name, used in messages")
    description: str | None = Field(None, description="what the pack covers")
    home_country: Id | None = Field(
        None, description="the country whose offices an unqualified title means (India for the "
                          "bundled pack); the last loaded pack that sets it wins")
    as_of: Time | None = Field(
        None, description="the date this pack's tenures were last known to be complete (a "
                          "snapshot's date): a tenure with no end is known to go on only until "
                          "then, so a later claim it cannot decide is an info, never an error")
    include: list[Text] = Field(
        [], description="other packs to load first, relative to this file and in the folder of the "
                        "pack named at the top or below it; each is loaded once, a cycle is an error")
    lexicon: LexiconSpec = Field(LexiconSpec.model_construct(),
                                 description="words that help read titles and time, added to the "
                                             "bundled base lexicon")
    entities: list[EntitySpec] = Field(
        [], description="people, countries, organisations, places, events and terms")
    offices: list[OfficeSpec] = Field([], description="offices that people hold")
    add_names: list[AddNamesSpec] = Field(
        [], description="more names for entities defined in any loaded pack")
    withdraw: list[WithdrawSpec] = Field(
        [], description="entries of any loaded pack's sections that are wrong (a generated pack's "
                        "bad record), left out of the run")
    checks: list[CheckSpec] = Field([], description="the checks to run")


@lru_cache(maxsize=8)
def pack_model(sections: tuple[Section, ...], lexicon: tuple[LexiconPart, ...] = ()) -> type[PackSpec]:
    """The pack format with the sections and lexicon parts the registered rule kinds bring."""
    if not sections and not lexicon:
        return PackSpec
    fields: dict[str, Any] = {
        section.name: (list.__class_getitem__(section.item_model()),
                       Field([], description=section.description))
        for section in sections
    }
    if lexicon:
        parts: dict[str, Any] = {
            part.name: (part.model_class(), Field(part.model_class().model_construct(),
                                                  description=part.description))
            for part in lexicon}
        words = create_model("LexiconSpec", __base__=LexiconSpec, __doc__=LexiconSpec.__doc__, **parts)
        fields["lexicon"] = (words, Field(words.model_construct(),
                                          description=PackSpec.model_fields["lexicon"].description))
    return create_model("PackSpec", __base__=PackSpec, __doc__=PackSpec.__doc__, **fields)


CORE_FORMAT = PackFormat(PackSpec)


def read_pack(path: Path, fmt: PackFormat = CORE_FORMAT) -> LoadedPack:
    shown = str(path)
    try:
        text = read_regular(path, PACK_LIMITS.max_chars).decode("utf-8")
    except FileNotFoundError:
        raise PackError([f"{shown}:1:1: pack file not found"]) from None
    except TooLarge:
        raise PackError([f"{shown}:1:1: larger than {PACK_LIMITS.max_chars:,} bytes; refused"]) from None
    except (OSError, UnicodeDecodeError) as exc:
        raise PackError([f"{shown}:1:1: cannot read pack: {exc}"]) from None
    source = load_yaml(text, shown)
    if not isinstance(source.data, dict):
        raise PackError([f"{shown}:1:1: a pack is a mapping with at least the field 'pack'"])
    try:
        spec = fmt.model.model_validate(source.data)
    except ValidationError as exc:
        found = problems(exc.errors(), source, model=fmt.model)
        if fmt.more_problems is not None:
            found += [p for p in fmt.more_problems(source) if p not in found]
        raise PackError(found) from None
    return LoadedPack(spec, source)


def pack_ref(path: Path | PackRef) -> PackRef:
    """A pack named on its own: its includes stay in its own folder's tree."""
    return path if isinstance(path, PackRef) else PackRef(path, tree_of(path.absolute().parent))


OUTSIDE = ("lies outside the folder of the pack named at the top (or in a hidden folder in it); "
           "refused: includes stay in that folder, --rules names any pack")


def read_packs(paths: Sequence[Path | PackRef], fmt: PackFormat = CORE_FORMAT) -> PackSet:
    """Read packs and, depth first, the packs they include (each once).
    Packs may come with the articles (a pull request): an include that leads
    out of the tree of the pack named at the top is refused, unread."""
    packs = PackSet()
    seen: set[Path] = set()
    problems: list[str] = []

    def visit(path: Path, tree: Path, stack: tuple[Path, ...], included_by: str | None) -> None:
        try:
            resolved = path.resolve()
        except (OSError, ValueError, RuntimeError) as exc:  # a NUL byte, a name too long, a link loop
            where = f"{included_by}: include" if included_by else f"{path}:1:1"
            problems.append(f"{where}: {str(path)!r} is not a path that can be read ({exc})")
            return
        if resolved in stack:
            problems.append(f"{included_by}: include: packs include each other in a cycle")
            return
        if resolved in seen:
            return
        seen.add(resolved)
        try:
            loaded = read_pack(path, fmt)
        except PackError as exc:
            if included_by and "pack file not found" in exc.problems[0]:
                problems.append(f"{included_by}: include: {path} does not exist")
            else:
                problems.extend(exc.problems)
            return
        for index, name in enumerate(loaded.spec.include):
            line, column = loaded.source.where(("include", index))
            where = f"{path}:{line}:{column}"
            target = path.parent / name
            try:
                inside = in_tree(target, tree)
            except (OSError, ValueError) as exc:
                problems.append(f"{where}: include: {name!r} is not a path that can be read ({exc})")
                continue
            if not inside:
                problems.append(f"{where}: include: {name!r} {OUTSIDE}")
                continue
            visit(target, tree, (*stack, resolved), where)
        packs.packs.append(loaded)

    for given in paths:
        try:
            ref = pack_ref(given if isinstance(given, PackRef) else Path(given))
        except (OSError, ValueError) as exc:  # a NUL byte, a name too long
            problems.append(f"{given}:1:1: {str(given)!r} is not a path that can be read ({exc})")
            continue
        visit(ref.path, ref.tree, (), None)
    if problems:
        raise PackError(problems)
    return packs
