"""membership: a politician named with a party they were not in at the time
the claim is about.

The reader finds "<party> <noun> <name>" ("Congress leader Jyotiraditya
Scindia", "भाजपा सांसद X", "कांग्रेस के नेता X"), "<party>'s <name>" ("BJP's
Amit Shah"), "<name> (<party>)" and "<name> of the <party>,". Its words are
lexicon data (`lexicon.membership`: nouns, qualifiers, changes); the claim's
time comes from timing.py as for office titles, and the knowledge from
membership_data.py (the packs' `memberships:` and `membership_disputes:`).
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable, Iterator
from functools import cached_property

from .. import offices
from ..analysis import Analysis
from ..claims import Claim, ReadingContext
from ..knowledge import Knowledge
from ..membership_data import LEXICON, SECTIONS, SWITCH_MARGIN, Membership, Memberships, memberships_of
from ..mentions import Mention
from ..model import KnowledgeRef
from ..text import Sentence, Token, is_devanagari, name_key
from ..timevalue import TimeValue
from ..timing import PLAN_HORIZON
from .base import CheckContext, Comparator, Hit, KnowledgeEnds, Options, RuleKind
from .options import option

RELATION = "member-of"
MARKERS = ("former", "then", "future")
OF_WORDS = frozenset({"के", "की"})  # "कांग्रेस के नेता X"
# After "<name> of the <party>": words that end the phrase, so that the party is
# not the first word of a longer name ("of the Congress government").
PHRASE_ENDS = frozenset({"said", "says", "who", "has", "had", "is", "was", "and", "told", "on", "in"})
APOSTROPHES = ("'", "’")


class MembershipOptions(Options):
    report_after_knowledge: bool = option(
        True, description="report an info when a claim is later than the packs' knowledge of the "
                          "person's party (their as_of) and names another party than the last known")


class _Reader:
    def __init__(self, ctx: ReadingContext) -> None:
        self.ctx = ctx
        self.tokens = ctx.tokens
        tokens = ctx.tokens
        self.keys, self.starts, self.ends, self.texts = tokens.keys, tokens.starts, tokens.ends, tokens.texts
        self.text = ctx.text
        self.knowledge = ctx.knowledge
        self.memberships: Memberships = memberships_of(ctx.knowledge)
        self.longest_noun = self.memberships.longest_noun
        self._name_words: frozenset[str] | None = None
        self.hindi_changes = self.memberships.hindi_changes
        self._told: dict[int, bool] = {}  # does the sentence starting there tell a change of party?

    # --- words around the party ----------------------------------------------------

    def _gap(self, before: Token, after: Token) -> str:
        return self.text[before.end:after.start]

    def _noun_at(self, index: int, sentence: Sentence) -> int:
        """The token after a member noun starting at index, or index when none does."""
        keys = [t.key for t in self.tokens[index:index + self.longest_noun] if t.start < sentence.end]
        for size in range(len(keys), 0, -1):
            joined = all(self._gap(self.tokens[i], self.tokens[i + 1]) == " "
                         for i in range(index, index + size - 1))
            if tuple(keys[:size]) in self.memberships.nouns and joined:
                return index + size
        return index

    def _marker(self, index: int) -> str:
        mention = self.ctx.by_last.get(index)
        if mention is None:
            return ""
        return next((t.kind for t in mention.targets if t.kind in MARKERS), "")

    def organisation_words(self) -> frozenset[str]:
        """Words of organisations' longer names but their last: before a party's
        name, one of them may make it another party (Trinamool, Nationalist)."""
        if self._name_words is None:
            plain = {k[0] for k in self.knowledge.not_qualifiers if len(k) == 1}
            self._name_words = frozenset(
                key for e in self.knowledge.entities.values() if e.type == "organisation"
                for group in (e.names, e.aliases) for names in group.values() for n in names
                for key in name_key(n)[:-1] if key not in plain and len(key) > 2)
        return self._name_words

    def _before_party(self, party: Mention, sentence: Sentence) -> str | None:
        """What stands before a party's name: "" for nothing that matters, a
        marker ("former", "then", "future"), or None when a qualifier makes the
        name another body's (a unit, a wing, another party)."""
        first = self.ctx.first_token(sentence)
        index = party.first - 1
        if index < first:
            return ""
        token = self.tokens[index]
        gap = self._gap(token, self.tokens[party.first])
        if gap.strip() not in {"", "-"} or "\n" in gap:
            return ""
        marker = self._marker(index)
        if marker:
            if token.key in offices.AGO_WORDS and index - 1 >= first and \
                    self.keys[index - 1] in offices.BEFORE_WHAT:
                return None  # "दो दिन पूर्व": not "former", but nothing to read either
            return marker
        if gap.strip() == "-":
            return None  # "BJP-Congress", "Sena-BJP"
        if token.key in self.memberships.qualifiers or token.key in self.organisation_words():
            return None
        before = self.ctx.by_last.get(index)
        if before is not None and any(t.kind in {"country", "place", "organisation"} for t in before.targets):
            return None  # "Punjab Congress", "Nepali Congress"
        keys = tuple(self.keys[max(first, index - 1):index + 1])
        if any(keys[k:] in self.knowledge.place_names for k in range(len(keys))):
            return None
        if token.text.isascii() and token.text[:1].isupper() and (token.key,) not in \
                self.knowledge.not_qualifiers and (before is None or not any(
                    t.kind in {"honorific", "person"} for t in before.targets)):
            return None  # an unknown capitalised word: "Kerala Congress", "Youth Congress"
        return ""

    def _person_from(self, index: int, sentence: Sentence) -> Mention | None:
        """A person named at index, after at most a few honorifics."""
        return self.ctx.person_at(index, sentence, self._name_gap)

    def _name_gap(self, previous: Token, token: Token, skipped: int) -> bool:
        return self._gap(previous, token) in {" ", ". ", "."}

    # --- constructions ----------------------------------------------------------------

    def _party_first(self, party: Mention, sentence: Sentence) -> tuple[Mention, int, str] | None:
        """"<party> <noun> <name>", "<party>'s <name>", "<party> के <noun> <name>":
        the person, the token after the claim's words, a marker."""
        tokens, index = self.tokens, party.last
        if index >= len(tokens) or self.starts[index] >= sentence.end:
            return None
        gap = self._gap(tokens[index - 1], tokens[index])
        marker = ""
        possessive = False
        if gap in APOSTROPHES and self.keys[index] == "s":
            possessive, index = True, index + 1  # BJP's
        elif gap in {f"{a} " for a in APOSTROPHES}:
            possessive = True  # Congress' X
        elif gap != " ":
            return None
        elif self.keys[index] in OF_WORDS and not self.texts[index].isascii():
            index += 1
        if index < len(tokens) and self._marker(index):
            mention = self.ctx.by_first.get(index)
            assert mention is not None
            marker = self._marker(mention.last - 1)
            index = mention.last
        after_noun = self._noun_at(index, sentence)
        if after_noun == index and not possessive:
            return None
        covering = self.ctx.by_first.get(index)
        if after_noun > index and covering is not None and covering.refs("office"):
            return None  # "BJP President": the office-holder kind's claim
        person = self._person_from(after_noun, sentence)
        if person is None:
            return None
        return person, person.last, marker

    def _person_first(self, party: Mention, sentence: Sentence) -> Mention | None:
        """"<name> (<party>)", "<name> of the <party>,"."""
        tokens, text = self.tokens, self.text
        first = self.ctx.first_token(sentence)
        if party.first - 1 < first:
            return None
        before = text[self.ends[party.first - 1]:party.start]
        if before in {" (", "("} and text[party.end:party.end + 1] == ")":
            person = self.ctx.by_last.get(party.first - 1)
            return person if person is not None and person.refs("person") else None
        index = party.first - 1
        if self.keys[index] == "the" and index - 1 >= first:
            index -= 1
        if self.keys[index] != "of" or index - 1 < first:
            return None
        person = self.ctx.by_last.get(index - 1)
        if person is None or not person.refs("person"):
            return None
        following = text[party.end:party.end + 1]
        ends = following in {",", ".", ";", ":", ")", ""} or (
            party.last < len(tokens) and text[party.end:self.starts[party.last]] == " "
            and self.keys[party.last] in PHRASE_ENDS)
        return person if ends and party.end <= sentence.end else None

    # --- claims -----------------------------------------------------------------------

    def changed(self, person: str) -> bool:
        """Is the person named in a sentence that tells a change of party?
        Only the sentences they are named in are read, once each: a long
        article with a party's name costs what its parts would."""
        return any(map(self._tells_change, self._named_in.get(person, ())))

    @cached_property
    def _named_in(self) -> dict[str, list[Sentence]]:
        """The sentences each person is named in."""
        named: dict[str, list[Sentence]] = defaultdict(list)
        for mention in self.ctx.mentions:
            sentence = self.ctx.sentence_of(mention.start)
            if sentence is not None:
                for ref in mention.refs("person"):
                    named[ref].append(sentence)
        return named

    @cached_property
    def _hindi_endings(self) -> tuple[str, ...]:
        """The Hindi change words, which may have endings, in a Devanagari article."""
        return self.hindi_changes if self.hindi_changes and is_devanagari(self.text) else ()

    def _tells_change(self, sentence: Sentence) -> bool:
        told = self._told.get(sentence.start)
        if told is None:
            changes, endings = self.memberships.changes, self._hindi_endings
            told = self._told[sentence.start] = any(
                key in changes or (endings and key.startswith(endings))
                for key in self.ctx.keys_of(sentence))
        return told

    def claims(self) -> list[Claim]:
        if not self.memberships.by_person:
            return []
        claims: list[Claim] = []
        for party in self.ctx.mentions:
            if not party.targets or any(t.kind != "organisation" for t in party.targets):
                continue
            organisations = party.refs("organisation")
            if len(organisations) != 1:
                continue
            sentence = self.ctx.sentence_of(party.start)
            if sentence is None:
                continue
            marker = ""
            read = self._party_first(party, sentence)
            if read is not None:
                before = self._before_party(party, sentence)
                if before is None:
                    continue
                person, claim_end, inner = read
                marker = before or inner
                first, last = party.first, claim_end
            else:
                found = self._person_first(party, sentence)
                if found is None:
                    continue
                person, first, last = found, found.first, party.last
            people = [p for p in person.refs("person") if self.memberships.of(p)] or person.refs("person")
            if len(people) != 1:
                continue
            subject = people[0]
            if self.ctx.reported(min(party.start, person.start), max(party.end, person.end)):
                continue  # "a viral post claims that Congress leader X ...": not the article's claim
            if marker == "" and self.changed(subject):
                marker = "change"
            time = self.ctx.timeline.time_of(first, last, sentence, focus=person.first)
            if not (time.from_text and time.certain) and offices._Reader(self.ctx).past_construction(
                    party, person, sentence):
                time = time.before()
            claims.append(Claim(RELATION, subject, organisations[0], time, (party.start, party.end),
                                (party.start, self.ends[last - 1]), sentence, (organisations[0],),
                                marker, name=(person.start, person.end)))
        return claims


def read(ctx: ReadingContext, options: object = None) -> list[Claim]:
    """The member-of claims of an article: none without a party's name."""
    if not any(t.kind == "organisation" for mention in ctx.mentions for t in mention.targets):
        return []
    return _Reader(ctx).claims()


# --- the check -------------------------------------------------------------------------


def party_name(knowledge: Knowledge, organisation: str, lang: str, short: bool) -> str:
    """An organisation's name in a language: its full name, or its first short
    form (BJP, Congress, भाजपा)."""
    entity = knowledge.entities[organisation]
    names = entity.names.get(lang) or entity.names.get("en") or next(iter(entity.names.values()))
    return names[1] if short and len(names) > 1 else names[0]


def _written_short(knowledge: Knowledge, claim: Claim, text: str) -> bool:
    """Is the party written by a short form (BJP, Congress, भाजपा), not its full name?"""
    entity = knowledge.entities[claim.value or ""]
    written = text[claim.span[0]:claim.span[1]].casefold()
    full = [names[0].casefold() for names in entity.names.values() if names]
    return written not in full


def _since(membership: Membership) -> str:
    return f"since {membership.started.label()}" if membership.started else "from before the packs' records"


def _judge(claim: Claim, analysis: Analysis, ctx: CheckContext) -> Hit | None:
    """An error only when the knowledge is certain: the person's one party
    throughout the claim's time, with a margin around every switch, is another,
    the time is the claim's own, and no split makes the party disputed."""
    knowledge = ctx.knowledge
    memberships = memberships_of(knowledge)
    person, named, time = claim.subject, claim.value or "", claim.time.value
    if claim.marker in {"former", "future", "change"} or time is None or not memberships.of(person):
        return None
    if claim.time.scope == "before" or (claim.marker == "then" and not claim.time.from_text):
        return None
    near = memberships.near(person, time)
    if not near or any(m.organisation == named for m in near):
        return None
    if memberships.disputed({named, *(m.organisation for m in near)}, time) or any(
            memberships.split_apart(named, m.organisation, time) for m in near):
        return None
    if len(near) != 1 or not claim.time.certain:
        return None
    if analysis.base is not None and time.first - analysis.base.last > PLAN_HORIZON:
        return None  # a plan or a target, not a membership
    right = near[0]
    name = knowledge.name(person, "en")
    start, end = claim.span
    decided_by = _refs([right])
    if not right.known_to_cover(time.widened(SWITCH_MARGIN)):
        if right.ended is None and right.known_until and time.last > right.known_until \
                and ctx.options.report_after_knowledge:
            return Hit(start, end, f"cannot check that {name} was in {knowledge.name(named)} "
                                   f"{claim.time.describe()}: the packs' knowledge of their party ends "
                                   f"{right.known_until.isoformat()}, when they were in "
                                   f"{knowledge.name(right.organisation)} ({_since(right)})",
                       severity="info", knowledge=decided_by)
        return None
    lang = analysis.article.language
    short = _written_short(knowledge, claim, analysis.article.text)
    return Hit(start, end, f"{name} was not in {knowledge.name(named)} {claim.time.describe()}: "
                           f"in {knowledge.name(right.organisation)} {_since(right)}",
               suggestion=party_name(knowledge, right.organisation, lang, short), knowledge=decided_by)


def check(analysis: Analysis, ctx: CheckContext) -> Iterator[Hit]:
    for claim in analysis.claims_of(RELATION):
        hit = _judge(claim, analysis, ctx)
        if hit is not None:
            yield hit


def _record(claim: Claim, knowledge: Knowledge) -> tuple[str, str, TimeValue] | None:
    """A person and the party named, at a time that is the claim's own; not
    around a split, when both sides may be right."""
    time = claim.time.value
    if (time is None or not claim.value or claim.marker or claim.time.scope != "at"
            or not claim.time.certain or memberships_of(knowledge).disputed({claim.value}, time)):
        return None
    return claim.subject, claim.value, time


def _decided(knowledge: Knowledge, person: str) -> bool:
    return bool(memberships_of(knowledge).of(person))


def _held(knowledge: Knowledge, person: str, party: str, time: TimeValue) -> bool:
    memberships = memberships_of(knowledge)
    return any(m.organisation == party or memberships.split_apart(party, m.organisation, time)
               for m in memberships.near(person, time))


def _refs(spells: Iterable[Membership]) -> tuple[KnowledgeRef, ...]:
    """The pack records of these spells, each once, in order."""
    return tuple(dict.fromkeys(ref for m in spells if (ref := m.ref()) is not None))


def _evidence(knowledge: Knowledge, person: str, party: str, time: TimeValue) -> tuple[KnowledgeRef, ...]:
    """The person's spells near the time in the party (or a side of its split)."""
    memberships = memberships_of(knowledge)
    return _refs(m for m in memberships.near(person, time)
                 if m.organisation == party or memberships.split_apart(party, m.organisation, time))


def _knowledge_ends(knowledge: Knowledge, person: str, time: TimeValue) -> KnowledgeEnds | None:
    """No spell known to cover the time, and open ones known only up to before its end."""
    near = memberships_of(knowledge).near(person, time)
    if any(m.known_to_cover(time) for m in near):
        return None
    open_ended = [m for m in near if m.ended is None and m.known_until and m.known_until < time.last]
    if not open_ended:
        return None
    return KnowledgeEnds(max(m.known_until for m in open_ended if m.known_until), _refs(open_ended))


def _joined(knowledge: Knowledge, person: str, party: str, time: TimeValue) -> str:
    starts = [m.started for m in memberships_of(knowledge).of(person)
              if m.organisation == party and m.started and m.overlaps(time)]
    return starts[0].label() if starts else ""


PARTIES = Comparator(
    RELATION, "holder", _record, merge_into="membership", decided=_decided, held=_held, handover=_joined,
    evidence=_evidence, knowledge_ends=_knowledge_ends,
    holders_of="parties for {subject}", who_was="which party {subject} was in",
    named_as="{subject} as a member of the {value}", changed="{subject} changed party")


KIND = RuleKind(
    name="membership",
    summary="A politician named with a party they were not in at the claim's time.",
    explanation=(
        "Finds a party with a person: '<party> <noun> <name>' ('Congress leader Jyotiraditya "
        "Scindia', 'BJP MP X', 'भाजपा सांसद X', 'कांग्रेस के नेता X'), '<party>'s <name>' ('BJP's "
        "Amit Shah'), '<name> (<party>)' and '<name> of the <party>,'. The nouns are the lexicon's "
        "(`lexicon.membership.nouns`: leader, MP, MLA, spokesperson, नेता, सांसद, विधायक ...). A "
        "party's name after a qualifier that makes it another body (a unit or wing: 'Youth "
        "Congress', 'प्रदेश कांग्रेस'; another party: 'Nepali Congress', 'Kerala Congress'; an "
        "unknown capitalised word) makes no claim; nor does 'former', 'ex-' or 'पूर्व' before it, "
        "nor a claim about a person the article tells changing party (`lexicon.membership.changes`: "
        "joined, quit, शामिल, इस्तीफा). 'the then' checks at the event's time. The claim's time is "
        "worked out as for office titles. An error needs the claim's own time and the packs' "
        "`memberships:` to give the person one party throughout that time, with three months' "
        "margin around every switch, other than the one named; a split's parties "
        "(`membership_disputes:`) are not checked against each other. A person the packs know no "
        "party of at that time, or a time after the packs' as_of for an open membership, gives no "
        "error (an info in the second case). The suggestion is the right party written the way "
        "the article wrote the wrong one: a short form for a short form (BJP, भाजपा)."
    ),
    default_severity="error",
    options=MembershipOptions,
    check_article=check,
    reads=read,
    produces=(RELATION,),
    uses=(RELATION,),
    sections=SECTIONS,
    lexicon=LEXICON,
    compares=(PARTIES,),
)
