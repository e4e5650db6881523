"""The YAML rule-pack format: schema, loading, includes and validation.

Every problem found while loading is collected and raised together as one
PackError whose lines read `file:line:column: field: what is wrong`.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field
from importlib import resources
from pathlib import Path
from typing import Annotated, Any, Literal

from pydantic import (
    BaseModel,
    BeforeValidator,
    ConfigDict,
    Field,
    StringConstraints,
    ValidationError,
    WithJsonSchema,
    model_validator,
)

from .files import TooLarge, in_tree, read_regular, tree_of
from .problems import problems
from .timevalue import TimeValue
from .yamlsource import PACK_LIMITS, Located, PackError, load_yaml

Id = Annotated[str, StringConstraints(pattern=r"^[a-z0-9][a-z0-9._-]*$")]
Lang = Annotated[str, StringConstraints(pattern=r"^[a-z]{2,3}$")]
Text = Annotated[str, StringConstraints(min_length=1, strip_whitespace=True)]
Names = dict[Lang, list[Text]]
Month = Literal["january", "february", "march", "april", "may", "june", "july", "august", "september",
                "october", "november", "december"]
Weekday = Literal["monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"]


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
    model_config = ConfigDict(extra="forbid", frozen=True, arbitrary_types_allowed=True)


class EntitySpec(Strict):
    id: Id
    type: Literal["person", "country", "organisation", "place", "event", "term"]
    names: Names = Field(min_length=1)
    aliases: Names = {}
    demonyms: Names = {}
    country: Id | None = None
    date: Time | None = None
    context: list[Id] = []
    wikidata: Annotated[str, StringConstraints(pattern=r"^Q[0-9]+$")] | None = None
    description: str | None = None


class OfficeSpec(Strict):
    id: Id
    names: Names = Field(min_length=1)
    aliases: Names = {}
    country: Id | None = Field(
        None, description="the country whose office this is (India's Prime Minister; a state's Chief "
                          "Minister is India's, its state is in its name); for an organisation's post, "
                          "taken from the organisation's own country when not given")
    organisation: Id | None = Field(
        None, description="the organisation (an entity of type organisation: a party, company, central "
                          "bank, sports body, international body) whose post this is; its title forms "
                          "are the organisation's names with the post's head: BJP President, Twitter "
                          "CEO, भाजपा अध्यक्ष, and never the bare head")
    role: Id | None = None
    single_holder: bool = True
    derive_titles: bool = Field(
        True, description="build the ways the press writes this title (Gujarat CM, गृह मंत्री) from "
                          "its English name and the lexicon's titles; false: only names and aliases")
    description: str | None = None

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

    entity: Id
    names: Names = {}
    aliases: Names = {}


class TenureSpec(Strict):
    person: Id
    office: Id
    start: Time | None = None
    end: Time | None = None
    source: str | None = None
    note: str | None = None


class FactSpec(Strict):
    id: Id
    value: Time
    cues: Names = Field(min_length=1)
    subjects: list[Id] = []
    context: list[Id] = []
    description: str | None = None


class ExpectedFinding(Strict):
    text: Text
    suggestion: str | None = None
    severity: Literal["error", "warning", "info"] | None = None


def _expected(value: object) -> object:
    return {"text": value} if isinstance(value, str) else value


class ExampleSpec(Strict):
    """An article (or several, for checks across sources) and exactly what the
    check must report in it: nothing for a good example."""

    text: Text | None = None
    articles: list[Text] = []
    finds: list[Annotated[ExpectedFinding, BeforeValidator(_expected), WithJsonSchema({
        "description": "the text of a finding the check must report, or {text, suggestion, severity}",
        "anyOf": [
            {"type": "string", "minLength": 1},
            {"type": "object", "required": ["text"], "additionalProperties": False,
             "properties": {"text": {"type": "string", "minLength": 1},
                            "suggestion": {"type": "string"},
                            "severity": {"enum": ["error", "warning", "info"]}}},
        ],
    })]] = []

    @model_validator(mode="after")
    def _one_source(self) -> ExampleSpec:
        if (self.text is None) == (not self.articles):
            raise ValueError("an example has either 'text' or 'articles' (a list of texts)")
        return self

    def texts(self) -> list[str]:
        return [self.text] if self.text is not None else list(self.articles)


class CheckSpec(Strict):
    id: Id
    kind: str
    severity: Literal["error", "warning", "info"] | None = None
    description: str | None = None
    options: dict[str, Any] = {}
    examples: list[ExampleSpec] = []


class TermSpec(Strict):
    """One word or phrase of the title lexicon, in every language it is known in.
    The first English form is the one matched in offices' English names."""

    names: Names = Field(min_length=1)
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
                                                  "Officer (CEO, सीईओ), Governor (गवर्नर)")
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
    honorifics: Names = {}
    counterpart: Names = {}
    former: Names = {}
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
                        "jagah), where a doubled word is reduplication")
    name_glue: Names = Field(
        {}, description="words that may be run into the end of a name (Giangfor, मोदीद्वारा) and never "
                        "begin or end a misspelt one (spelling)")
    not_name_starts: Names = Field(
        {}, description="common words that never begin a name: no misspelt name is looked for from "
                        "them (spelling)")
    months: dict[Month, Names] = Field(
        {}, description="each month's names per language, the full name first, then shortenings "
                        "(a Latin one may end in a full stop): read in dates")
    weekdays: dict[Weekday, Names] = Field(
        {}, description="each weekday's names per language, the full name first (how a corrected "
                        "weekday is written), then shortenings, read only beside a date")
    titles: TitleLexiconSpec = TitleLexiconSpec()
    countries: list[CountryTermSpec] = Field([], description="countries' other names and demonyms, "
                                                            "for the countries the packs define")


class PackSpec(Strict):
    pack: Id
    description: str | None = None
    home_country: Id | None = Field(
        None, description="the country whose offices an unqualified title means (India for the "
                          "bundled pack); the last loaded pack that sets it wins")
    as_of: Time | None = Field(
        None, description="the date this pack's tenures were last known to be complete (a "
                          "snapshot's date): a tenure with no end is known to go on only until "
                          "then, so a later claim it cannot decide is an info, never an error")
    include: list[Text] = []
    lexicon: LexiconSpec = LexiconSpec()
    entities: list[EntitySpec] = []
    offices: list[OfficeSpec] = []
    tenures: list[TenureSpec] = []
    facts: list[FactSpec] = []
    add_names: list[AddNamesSpec] = []
    checks: list[CheckSpec] = []


@dataclass
class LoadedPack:
    spec: PackSpec
    source: Located


@dataclass
class PackSet:
    """The packs of one run, includes resolved, in load order."""

    packs: list[LoadedPack] = field(default_factory=list)

    @property
    def files(self) -> list[str]:
        return [p.source.file for p in self.packs]


def default_pack_path() -> Path:
    """The bundled default pack: inside the installed package, or in the
    source tree's rules/ when running from a checkout."""
    installed = resources.files("factcheck") / "bundled_rules" / "default.yaml"
    if installed.is_file():
        return Path(str(installed))
    return Path(__file__).resolve().parent.parent / "rules" / "default.yaml"


def lexicon_pack_path() -> Path:
    """The base lexicon, loaded with every set of packs."""
    return default_pack_path().parent / "lexicon.yaml"


def read_pack(path: Path) -> LoadedPack:
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
        spec = PackSpec.model_validate(source.data)
    except ValidationError as exc:
        from .rules import raw_check_problems  # rules reads packs: imported when needed

        found = problems(exc.errors(), source, model=PackSpec)
        found += [p for p in raw_check_problems(source) if p not in found]
        raise PackError(found) from None
    return LoadedPack(spec, source)


@dataclass(frozen=True)
class PackRef:
    """A pack to read, and the folder whose tree (files.in_tree) its includes,
    and theirs, must stay in."""

    path: Path
    tree: Path


def pack_ref(path: Path | PackRef) -> PackRef:
    """A pack named on its own: its includes stay in its own folder's tree."""
    return path if isinstance(path, PackRef) else PackRef(path, tree_of(path.absolute().parent))


OUTSIDE = ("lies outside the folder of the pack named at the top (or in a hidden folder in it); "
           "refused: includes stay in that folder, --rules names any pack")


def read_packs(paths: Sequence[Path | PackRef]) -> PackSet:
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
            loaded = read_pack(path)
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
