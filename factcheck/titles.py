"""Title forms: the ways the press writes an office, built from the office's
English name, its country and the lexicon's titles.

"Chief Minister of Gujarat" is read as a head noun ("Chief Minister") and a
jurisdiction ("Gujarat"); "Minister of External Affairs" as a head noun and
a portfolio ("External Affairs"). From these the forms follow, per language:
"Gujarat Chief Minister", "Gujarat CM", "गुजरात के मुख्यमंत्री", the bare
"Chief Minister" (shared by every state's office, resolved by who held
which); "External Affairs Minister", "Foreign Minister", "Union External
Affairs Minister", "EAM", "विदेश मंत्री", "केंद्रीय विदेश मंत्री".
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from .records import Office
from .text import name_key
from .translit import spelled_in_devanagari

if TYPE_CHECKING:  # the pack models: imported when packs are read
    from .packs import TermSpec, TitleLexiconSpec

CONNECTORS_EN = ("of", "for", "to")
# A first conjunct that is only one of these is not a portfolio on its own:
# "New and Renewable Energy" is never "New".
NOT_ALONE = frozenset({"new", "micro", "small", "women", "heavy", "public", "national", "social"})


@dataclass
class Term:
    names: dict[str, list[str]]
    short: dict[str, list[str]] = field(default_factory=dict)

    @property
    def label(self) -> str:
        return self.names.get("en", [""])[0]


@dataclass(frozen=True)
class Reading:
    """An office name split into its head noun and what it is of."""

    head: Term
    complement: str | None  # as written in the name, "the" removed
    jurisdiction: Term | None = None
    portfolio: Term | None = None
    organisation: Term | None = None  # an organisation's post: its forms always name the organisation


def _merge(terms: Iterable[TermSpec]) -> list[Term]:
    """Terms with the same first English form are one term."""
    merged: dict[str, Term] = {}
    order: list[str] = []
    for spec in terms:
        key = spec.names.get("en", [""])[0].casefold() or repr(sorted(spec.names.items()))
        if key not in merged:
            merged[key] = Term(defaultdict(list), defaultdict(list))
            order.append(key)
        for target, source in ((merged[key].names, spec.names), (merged[key].short, spec.short)):
            for lang, names in source.items():
                target[lang].extend(n for n in names if n not in target[lang])
    return [Term(dict(merged[k].names), dict(merged[k].short)) for k in order]


def _strip_the(text: str) -> str:
    return text[4:] if text.casefold().startswith("the ") else text


class TitleLexicon:
    def __init__(self, specs: list[TitleLexiconSpec]) -> None:
        self.heads = sorted(_merge(t for s in specs for t in s.heads),
                            key=lambda t: -len(t.label))
        self.portfolios = _merge(t for s in specs for t in s.portfolios)
        self.places = _merge(t for s in specs for t in s.places)
        self.posts = sorted(_merge(t for s in specs for t in s.posts), key=lambda t: -len(t.label))
        self.union: dict[str, list[str]] = defaultdict(list)
        self.of: dict[str, list[str]] = defaultdict(list)
        for spec in specs:
            for lang, words in spec.union.items():
                self.union[lang].extend(words)
            for lang, words in spec.of.items():
                self.of[lang].extend(words)
        self._portfolio_by = {_strip_the(n).casefold(): t for t in self.portfolios
                              for n in t.names.get("en", [])}
        self._place_by = {_strip_the(n).casefold(): t for t in self.places
                          for n in t.names.get("en", [])}

    def read(self, label: str, country_names: list[str]) -> Reading | None:
        folded = " ".join(label.split()).casefold()
        for head in self.heads:
            for form in head.names.get("en", [])[:1]:
                lowered = form.casefold()
                if folded == lowered:
                    return Reading(head, None)
                if not folded.startswith(lowered + " "):
                    continue
                rest = folded[len(lowered) + 1 :]
                word, _, complement = rest.partition(" ")
                if word not in CONNECTORS_EN or not complement:
                    continue
                complement = _strip_the(complement)
                written = _strip_the(" ".join(label.split())[len(lowered) + len(word) + 2 :])
                if complement in {c.casefold() for c in country_names}:
                    return Reading(head, None)
                if complement in self._place_by:
                    return Reading(head, written, jurisdiction=self._place_by[complement])
                if complement in self._portfolio_by:
                    return Reading(head, written, portfolio=self._portfolio_by[complement])
                return Reading(head, written, portfolio=Term({"en": _raw_portfolio(written)}))
        return None

    def read_post(self, label: str, organisation: Term) -> Reading | None:
        """An organisation's post named in English: the head alone ("President"),
        the head of the organisation ("Chief Executive Officer of Twitter",
        "President of the Bharatiya Janata Party") or after it ("BJP
        President", "Twitter's CEO")."""
        folded = " ".join(label.replace("’", "'").split()).casefold()
        owners = {_strip_the(n).casefold() for n in organisation.names.get("en", [])}
        for head in (*self.posts, *self.heads):
            for form in (*head.names.get("en", []), *head.short.get("en", [])):
                lowered = form.casefold()
                if folded == lowered:
                    return Reading(head, None, organisation=organisation)
                rest = folded.removeprefix(lowered + " ")
                word, _, owner = rest.partition(" ")
                if rest != folded and word in CONNECTORS_EN and _strip_the(owner) in owners:
                    return Reading(head, None, organisation=organisation)
                owner = folded.removesuffix(" " + lowered)
                if owner != folded and _strip_the(owner.removesuffix("'s")) in owners:
                    return Reading(head, None, organisation=organisation)
        return None

    def _post_forms(self, head: Term, organisation: Term) -> dict[str, list[str]]:
        """"BJP President", "President of the BJP", "Twitter's CEO", "भाजपा
        अध्यक्ष", "भाजपा के अध्यक्ष": every name of the organisation with every
        form of the head; never the head alone, which is many organisations'."""
        forms: dict[str, list[str]] = defaultdict(list)
        for lang, owners in organisation.names.items():
            heads = [*head.names.get(lang, []), *head.short.get(lang, [])]
            for owner in owners:
                for h in heads:
                    forms[lang].append(f"{owner} {h}")
                    if lang == "en":
                        forms[lang].extend((f"{owner}'s {h}", f"{h} of {owner}", f"{h} of the {owner}"))
                    for joiner in self.of.get(lang, []):
                        forms[lang].append(f"{owner} {joiner} {h}")
        return forms

    def forms(self, office: Office, reading: Reading | None) -> dict[str, list[str]]:
        """Every title form of an office read as `reading`, per language (its
        own names excluded)."""
        if not office.derive_titles or reading is None:
            return {}
        forms: dict[str, list[str]] = defaultdict(list)
        head = reading.head
        if reading.organisation is not None:
            forms = self._post_forms(head, reading.organisation)
        for lang, heads in ({} if reading.organisation is not None else head.names).items():
            if reading.jurisdiction is not None:
                places = list(reading.jurisdiction.names.get(lang, []))
                if lang == "hi":  # यूपी, एमपी: the English abbreviation spelled out
                    places += [spelled for short in reading.jurisdiction.names.get("en", [])
                               if short.replace("&", "").isupper()
                               and (spelled := spelled_in_devanagari(short))]
                for place in places:
                    for h in heads:
                        forms[lang].append(f"{place} {h}")
                        if lang == "en":
                            forms[lang].append(f"{h} of {place}")
                        for joiner in self.of.get(lang, []):
                            forms[lang].append(f"{place} {joiner} {h}")
                forms[lang].extend(heads)  # the bare title, shared by every jurisdiction
            elif reading.portfolio is not None:
                portfolio = reading.portfolio
                titles = []
                for area in portfolio.names.get(lang, []):
                    for h in heads:
                        titles.append(f"{area} {h}")
                        if lang == "en":
                            titles.extend(f"{h} {c} {area}" for c in ("of", "for"))
                forms[lang].extend(titles)
                if head.label.casefold() == "minister":
                    forms[lang].extend(f"{u} {t}" for u in self.union.get(lang, []) for t in titles)
                forms[lang].extend(portfolio.short.get(lang, []))
            else:
                forms[lang].extend(heads)
        own = {name_key(n) for group in (office.names, office.aliases) for v in group.values() for n in v}
        result: dict[str, list[str]] = {}
        for lang, names in forms.items():
            seen: set[tuple[str, ...]] = set()
            kept = []
            for name in names:
                key = name_key(name)
                if key and key not in own and key not in seen:
                    seen.add(key)
                    kept.append(name)
            if kept:
                result[lang] = kept
        return result


def _raw_portfolio(written: str) -> list[str]:
    """A portfolio the lexicon does not know: as written, and its first
    conjunct ("Petroleum and Natural Gas" → "Petroleum")."""
    forms = [written]
    first = written.replace(",", " and ").split(" and ")[0].strip()
    if first and first != written and (len(first.split()) > 1 or first.casefold() not in NOT_ALONE):
        forms.append(first)
    return forms
