"""Claims: what the text asserts, built from mentions and dates, each with
the time it is about.

The time of a claim comes, in order, from the nearest dated expression in
its sentence (explicit, relative or a weekday, resolved against the
dateline), a dated event named in the sentence, the dateline, and for
articles without a dateline the first full date the article gives.
"""

from __future__ import annotations

import bisect
import datetime as dt
from collections.abc import Iterator
from dataclasses import dataclass

from .dates import DateExpr
from .knowledge import Knowledge
from .mentions import Mention
from .text import Sentence, Token
from .timevalue import TimeValue

HONORIFIC_GAP = 4
TIME_REACH = 20  # tokens between a claim and a date that gives its time
YEAR_REACH = 10  # the same, for a bare year
QUALIFIER_REACH = 6
ATTACH_REACH = 12
TITLE_NAME_GAPS = frozenset({",", ""})  # "Defence Minister, Rajnath Singh"
OF_WORDS = frozenset({"of", "के", "की", "का"})
APPOSITION_WORDS = frozenset({"the", "s"})


@dataclass(frozen=True, slots=True)
class ClaimTime:
    value: TimeValue | None
    source: str  # how it was found: "date", "relative", "event", "dateline", "anchor", "unknown"
    expr: DateExpr | None = None


@dataclass(frozen=True, slots=True)
class OfficeClaim:
    """ "<office> <person>": the person held the office at `time`."""

    office_mention: Mention
    person_mention: Mention
    person: str
    candidates: tuple[str, ...]
    office: str | None  # the candidate the claim is about, once resolved
    time: ClaimTime
    sentence: Sentence
    former: bool = False  # "former Prime Minister X": held it before `time`


@dataclass(frozen=True, slots=True)
class ValueClaim:
    """A fact or event, with the date or year the text attaches to it."""

    kind: str  # "fact" or "event"
    mention: Mention
    refs: tuple[str, ...]
    expr: DateExpr
    sentence: Sentence


def _between(starts: list[int], sentence: Sentence) -> slice:
    """The items (sorted by start) that start inside the sentence."""
    return slice(bisect.bisect_left(starts, sentence.start), bisect.bisect_left(starts, sentence.end))


class ClaimBuilder:
    def __init__(
        self,
        knowledge: Knowledge,
        text: str,
        tokens: list[Token],
        sentences: list[Sentence],
        mentions: list[Mention],
        dates: list[DateExpr],
        dateline: dt.date | None,
    ) -> None:
        self.knowledge = knowledge
        self.text = text
        self.tokens = tokens
        self.sentences = sentences
        self.mentions = mentions
        self.dates = dates
        self.dateline = dateline
        self.anchor = next(
            (d.value for d in dates if d.kind == "date" and d.value and d.value.precision == "day"),
            None,
        )
        self.by_first = {m.first: m for m in mentions}
        self.by_last = {m.last - 1: m for m in mentions}
        self.position = {m.first: i for i, m in enumerate(mentions)}
        self.token_starts = [t.start for t in tokens]
        self.sentence_starts = [s.start for s in sentences]
        self.mention_starts = [m.start for m in mentions]
        self.date_starts = [d.start for d in dates]

    def _sentence_of(self, offset: int) -> Sentence | None:
        index = bisect.bisect_right(self.sentence_starts, offset) - 1
        if index >= 0 and offset < self.sentences[index].end:
            return self.sentences[index]
        return None

    def _before(self, mention: Mention) -> Iterator[Mention]:
        """The mentions before this one, nearest first."""
        for index in range(self.position[mention.first] - 1, -1, -1):
            yield self.mentions[index]

    def _token_gap(self, mention: Mention, expr: DateExpr) -> int:
        first = bisect.bisect_left(self.token_starts, expr.start)
        last = bisect.bisect_left(self.token_starts, expr.end)
        return first - mention.last if first >= mention.last else mention.first - last

    # --- facts and events --------------------------------------------------

    def value_claims(self) -> list[ValueClaim]:
        """Attach each date expression to the nearest fact cue or dated event
        in its sentence (within ATTACH_REACH tokens)."""
        anchors = [m for m in self.mentions if any(t.kind in {"fact", "event"} for t in m.targets)]
        token_at = {t.start: i for i, t in enumerate(self.tokens)}
        token_end = {t.end: i for i, t in enumerate(self.tokens)}
        best: dict[int, tuple[int, DateExpr]] = {}
        anchor_starts = [m.start for m in anchors]
        for expr in self.dates:
            if expr.value is None or expr.kind == "weekday":
                continue
            first = token_at.get(expr.start)
            last = token_end.get(expr.end)
            sentence = self._sentence_of(expr.start)
            if first is None or last is None or sentence is None:
                continue
            nearest: tuple[int, int] | None = None
            inside = _between(anchor_starts, sentence)
            for index in range(len(anchors))[inside]:
                anchor = anchors[index]
                gap = first - anchor.last if first >= anchor.last else anchor.first - last - 1
                if 0 <= gap <= ATTACH_REACH and (nearest is None or gap < nearest[0]):
                    nearest = (gap, index)
            if nearest and (nearest[1] not in best or nearest[0] < best[nearest[1]][0]):
                best[nearest[1]] = (nearest[0], expr)
        claims = []
        for index, (_, expr) in sorted(best.items()):
            anchor = anchors[index]
            sentence = self._sentence_of(anchor.start)
            assert sentence is not None
            facts = tuple(t.ref for t in anchor.targets if t.kind == "fact")
            if facts:
                claims.append(ValueClaim("fact", anchor, facts, expr, sentence))
            else:
                events = tuple(sorted({t.ref for t in anchor.targets if t.kind == "event"}))
                claims.append(ValueClaim("event", anchor, events, expr, sentence))
        return claims

    # --- time --------------------------------------------------------------

    def time_at(self, mention: Mention, sentence: Sentence, taken: set[int]) -> ClaimTime:
        candidates = [
            d for d in self.dates[_between(self.date_starts, sentence)]
            if d.value is not None
            and d.kind != "range" and d.start not in taken
            and self._token_gap(mention, d) <= (YEAR_REACH if d.kind == "year" else TIME_REACH)
        ]
        if candidates:
            nearest = min(candidates, key=lambda d: self._token_gap(mention, d))
            source = "date" if nearest.kind in {"date", "year"} else "relative"
            return ClaimTime(nearest.value, source, nearest)
        for other in self.mentions[_between(self.mention_starts, sentence)]:
            for target in other.targets:
                date = self.knowledge.event_date(target.ref) if target.kind == "event" else None
                if date:
                    return ClaimTime(date, "event")
        if self.dateline:
            return ClaimTime(TimeValue.day(self.dateline), "dateline")
        if self.anchor:
            return ClaimTime(self.anchor, "anchor")
        return ClaimTime(None, "unknown")

    # --- offices -----------------------------------------------------------

    def _next_person(self, after: int, sentence: Sentence) -> Mention | None:
        position, skipped = after, 0
        while position < len(self.tokens) and skipped <= HONORIFIC_GAP:
            gap = self.text[self.tokens[position - 1].end : self.tokens[position].start].strip()
            if gap not in TITLE_NAME_GAPS or self.tokens[position].start >= sentence.end:
                return None
            mention = self.by_first.get(position)
            if mention is None:
                return None
            if any(t.kind == "person" for t in mention.targets):
                return mention
            if not any(t.kind == "honorific" for t in mention.targets):
                return None
            position, skipped = mention.last, skipped + 1
        return None

    def _apposed_person(self, mention: Mention, sentence: Sentence) -> Mention | None:
        """The person a title follows in apposition: "Rajnath Singh, India's
        Defence Minister", "Narendra Modi, the Prime Minister"."""
        index = mention.first - 1
        while index >= 0 and self.tokens[index].start >= sentence.start:
            before = self.by_last.get(index)
            if before and (before.refs("country") or before.refs("former")):
                index = before.first - 1
            elif before is None and self.tokens[index].key in APPOSITION_WORDS:
                index -= 1
            else:
                break
        person = self.by_last.get(index)
        if person is None or person.start < sentence.start or not person.refs("person"):
            return None
        after = self.tokens[index + 1].start if index + 1 < len(self.tokens) else person.end
        return person if self.text[person.end:after].strip() == "," else None

    def _qualifier(self, mention: Mention, sentence: Sentence) -> str | None:
        """The country named just before an office ("Vietnam's", "Vietnamese",
        "वियतनाम के ... राष्ट्रीय रक्षा मंत्री") or just after it ("of Vietnam")."""
        for other in self._before(mention):
            if other.start < sentence.start:
                break
            if mention.first - other.last > QUALIFIER_REACH:
                break
            countries = other.refs("country")
            if countries:
                return countries[0]
            if any(t.kind in {"person", "office", "event", "fact"} for t in other.targets):
                break
        after = mention.last
        if after + 1 < len(self.tokens) and self.tokens[after].key in OF_WORDS:
            following = self.by_first.get(after + 1)
            if following and following.refs("country"):
                return following.refs("country")[0]
        return None

    def _former(self, mention: Mention, sentence: Sentence) -> bool:
        """Is the title marked as past ("former", "ex-", "पूर्व") just before it?"""
        for other in self._before(mention):
            if other.start < sentence.start:
                break
            if mention.first - other.last > QUALIFIER_REACH:
                return False
            if any(t.kind == "former" for t in other.targets):
                return True
            if any(t.kind in {"person", "office", "event", "fact"} for t in other.targets):
                return False
        return False

    def _resolve(self, candidates: tuple[str, ...], person: str, time: ClaimTime,
                 former: bool) -> str | None:
        if len(candidates) == 1:
            return candidates[0]
        if former and time.value:
            held = [c for c in candidates if self.knowledge.held_by(person, c, time.value)]
        else:
            held = [c for c in candidates if self.knowledge.held(person, c, time.value)]
        if len(held) == 1:
            return held[0]
        country = self.knowledge.country_of(person)
        same = [c for c in candidates if self.knowledge.offices[c].country == country]
        return same[0] if len(same) == 1 else None

    def office_claims(self, taken: set[int]) -> list[OfficeClaim]:
        claims: list[OfficeClaim] = []
        context_role: str | None = None
        context_country: str | None = None
        for mention in self.mentions:
            offices = mention.refs("office")
            is_counterpart = any(t.kind == "counterpart" for t in mention.targets)
            if not offices and not is_counterpart:
                continue
            sentence = self._sentence_of(mention.start)
            if sentence is None:
                continue
            qualifier = self._qualifier(mention, sentence)
            if offices:
                roles = {r for o in offices if (r := self.knowledge.offices[o].role)}
                if qualifier:
                    chosen = [o for o in offices if self.knowledge.offices[o].country == qualifier]
                    if not chosen:
                        chosen = [o for role in roles for o in self.knowledge.offices_with_role(role)
                                  if self.knowledge.offices[o].country == qualifier]
                    offices = sorted(set(chosen))
                if len(roles) == 1:
                    context_role = next(iter(roles))
                    countries = {self.knowledge.offices[o].country for o in offices}
                    context_country = next(iter(countries)) if len(countries) == 1 else None
            else:
                if context_role is None:
                    continue
                offices = [
                    o for o in self.knowledge.offices_with_role(context_role)
                    if (self.knowledge.offices[o].country == qualifier if qualifier
                        else self.knowledge.offices[o].country != context_country)
                ]
            person_mention = self._next_person(mention.last, sentence) or (
                self._apposed_person(mention, sentence) if offices else None)
            if not offices or person_mention is None:
                continue
            time = self.time_at(person_mention, sentence, taken)
            former = self._former(mention, sentence)
            candidates = tuple(offices)
            people = person_mention.refs("person")
            holders = [p for p in people
                       if any(self.knowledge.held(p, c, time.value) for c in candidates)]
            person = (holders or people)[0]
            claims.append(OfficeClaim(
                mention, person_mention, person, candidates,
                self._resolve(candidates, person, time, former), time, sentence, former,
            ))
        return claims
