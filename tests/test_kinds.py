"""Rule kinds plug in: a kind brings its pack section, its knowledge index,
its reader, its check and its cross-source comparator, and nothing else in
the package changes; only the readers of enabled checks run."""

from __future__ import annotations

import json
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from pydantic import Field

import factcheck
from factcheck import offices
from factcheck.analysis import Analysis
from factcheck.checks import KINDS, Comparator, Hit, RuleKind
from factcheck.checks import fact as fact_kind
from factcheck.checks import membership as membership_kind
from factcheck.checks.base import CheckContext, Options
from factcheck.claims import Claim, ReadingContext
from factcheck.knowledge import Knowledge
from factcheck.packs import Id, Section, Strict, Time
from factcheck.rules import load_rules, registry
from factcheck.schema import pack_schema
from factcheck.timevalue import TimeValue
from factcheck.yamlsource import PackError

# --- a kind of its own, as one module would define it: "Yangon, the capital of Myanmar" ---


class CapitalSpec(Strict):
    country: Id = Field(description="the country (an entity of type country)")
    city: Id = Field(description="its capital (an entity of type place)")
    start: Time | None = Field(None, description="since when")
    end: Time | None = Field(None, description="until when")


def index_capitals(entries: list[tuple[CapitalSpec, Any]],
                   knowledge: Knowledge) -> dict[str, list[CapitalSpec]]:
    by_country: dict[str, list[CapitalSpec]] = {}
    for entry, _as_of in entries:
        by_country.setdefault(entry.country, []).append(entry)
    return by_country


def _capital_then(knowledge: Knowledge, country: str, time: TimeValue) -> str | None:
    for spec in knowledge.relations["capitals"].get(country, []):
        since = spec.start is None or spec.start.first <= time.first
        if since and (spec.end is None or time.last <= spec.end.last):
            return spec.city
    return None


def read_capitals(ctx: ReadingContext, options: Any) -> list[Claim]:
    claims = []
    for city, country in zip(ctx.mentions, ctx.mentions[1:], strict=False):
        between = ctx.text[city.end:country.start]
        if between != ", the capital of " or not city.refs("place") or not country.refs("country"):
            continue
        sentence = ctx.sentence_of(city.start)
        assert sentence is not None
        time = ctx.timeline.time_of(city.first, country.last, sentence)
        claims.append(Claim("capital-of", country.refs("country")[0], city.refs("place")[0], time,
                            (city.start, city.end), (city.end, country.start), sentence))
    return claims


def check_capitals(analysis: Analysis, ctx: CheckContext) -> Iterator[Hit]:
    for claim in analysis.claims_of("capital-of"):
        time = claim.time.value
        right = _capital_then(ctx.knowledge, claim.subject, time) if time and claim.time.certain else None
        if right is not None and right != claim.value:
            yield Hit(*claim.span, f"the capital of {ctx.knowledge.name(claim.subject)} was then "
                                   f"{ctx.knowledge.name(right)}", suggestion=ctx.knowledge.name(right))


def _capital_record(claim: Claim, knowledge: Knowledge) -> tuple[str, str, TimeValue] | None:
    time = claim.time.value
    return (claim.subject, claim.value or "", time) if time and claim.time.certain else None


def _was_capital(knowledge: Knowledge, country: str, city: str, time: TimeValue) -> bool:
    return _capital_then(knowledge, country, time) == city


CAPITAL = RuleKind(
    name="capital-of", summary="A city named as a country's capital when it was not.",
    explanation="Reads 'CITY, the capital of COUNTRY' at the claim's time.",
    default_severity="error", options=Options, check_article=check_capitals, reads=read_capitals,
    produces=("capital-of",), uses=("capital-of",),
    sections=(Section("capitals", CapitalSpec, "countries' capitals with dates",
                      references=(("country", "country"), ("city", "place")), index=index_capitals),),
    compares=(Comparator("capital-of", "holder", _capital_record, merge_into="capital-of",
                         decided=lambda knowledge, country: country in knowledge.relations["capitals"],
                         held=_was_capital, holders_of="capitals of {subject}",
                         who_was="the capital of {subject}", named_as="{value} as the capital of {subject}",
                         changed="the capital moved"),),
)

PACK = """\
pack: capitals
entities:
  - {id: myanmar, type: country, names: {en: [Myanmar]}}
  - {id: yangon, type: place, names: {en: [Yangon]}}
  - {id: naypyidaw, type: place, names: {en: [Naypyidaw]}}
capitals:
  - {country: myanmar, city: yangon, end: 2005-11-05}
  - {country: myanmar, city: naypyidaw, start: 2005-11-06}
checks:
  - {id: capital-of, kind: capital-of}
  - {id: cross-source, kind: cross-source}
"""


@pytest.fixture
def capital_kind(monkeypatch: pytest.MonkeyPatch) -> RuleKind:
    monkeypatch.setitem(KINDS, CAPITAL.name, CAPITAL)
    return CAPITAL


def _write(folder: Path, name: str, text: str) -> Path:
    path = folder / name
    path.write_text(text, encoding="utf-8")
    return path


def test_a_new_kind_is_its_module_and_its_data(capital_kind, tmp_path):
    pack = _write(tmp_path, "capitals.yaml", PACK)
    wrong = _write(tmp_path, "wrong.txt", "In March 2010, Yangon, the capital of Myanmar, hosted talks.\n")
    right = _write(tmp_path, "right.txt", "In March 2001, Yangon, the capital of Myanmar, hosted talks.\n")
    report = factcheck.check([wrong, right], rules=load_rules([pack]))
    assert [(f.rule, f.path, f.text, f.suggestion) for f in report.findings] == [
        ("capital-of", str(wrong), "Yangon", "Naypyidaw")]


def test_a_new_kinds_claims_are_compared_across_sources_by_its_comparator(capital_kind, tmp_path):
    pack = _write(tmp_path, "capitals.yaml", PACK.replace("  - {id: capital-of, kind: capital-of}\n", ""))
    one = _write(tmp_path, "one.txt", "In March 2010, Yangon, the capital of Myanmar, hosted talks.\n")
    two = _write(tmp_path, "two.txt", "In March 2010, Naypyidaw, the capital of Myanmar, hosted talks.\n")
    report = factcheck.check([one, two], rules=load_rules([pack]))
    assert [(f.rule, f.path, f.text, f.suggestion) for f in report.findings] == [
        ("cross-source", str(one), "Yangon", "Naypyidaw")]
    assert report.findings[0].related[0].path == str(two)


def test_a_new_kinds_section_is_in_the_pack_schema_and_its_errors_name_the_field(capital_kind, tmp_path):
    schema = json.loads(pack_schema())
    assert "capitals" in schema["properties"]
    assert "capital-of" in schema["$defs"]["CheckSpec"]["properties"]["kind"]["enum"]
    bad = _write(tmp_path, "bad.yaml", PACK.replace("city: naypyidaw,", "city: napyidaw,"))
    with pytest.raises(PackError) as caught:
        load_rules([bad])
    assert any(f"{bad}:8:24:" in p and "capitals[1].city" in p and "'napyidaw'" in p
               for p in caught.value.problems)


def test_a_section_no_registered_kind_brings_is_an_unknown_field(tmp_path):
    pack = _write(tmp_path, "capitals.yaml", PACK.replace("  - {id: capital-of, kind: capital-of}\n", ""))
    with pytest.raises(PackError) as caught:
        load_rules([pack])
    assert any("capitals" in p for p in caught.value.problems)


def test_the_registry_is_built_from_the_registered_kinds(capital_kind):
    built = registry()
    assert "capitals" in [s.name for s in built.sections]
    assert {"capital-of", "holds-office", "fact-date", "event-date"} <= set(built.comparators)


# --- analysis on demand ---


def test_only_the_readers_of_enabled_checks_run():
    rules = load_rules()
    assert rules.configured(select=["spelling", "repetition"]).readers == ()
    assert [r for r, _ in rules.configured(select=["office-holder"]).readers] == [offices.read]
    assert [r for r, _ in rules.configured(select=["date"]).readers] == [fact_kind.read]
    assert {r for r, _ in rules.configured(select=["cross-source"]).readers} == {
        offices.read, fact_kind.read, membership_kind.read}


def test_an_article_checked_without_claim_checks_makes_no_claims_but_the_same_other_findings(tmp_path):
    text = ("NEW DELHI, 1 March 2021\nDefence Minister Rajnath Singh met the the Vietnamese "
            "delegation on Wednesday, 3 March 2021.\n")
    article = _write(tmp_path, "a.txt", text)
    rules = load_rules()
    every = factcheck.check(article, rules=rules)
    few = factcheck.check(article, rules=rules.configured(select=["repetition", "date"]))
    assert [(f.rule, f.start) for f in few.findings] == [
        (f.rule, f.start) for f in every.findings if f.rule in {"repetition", "date"}]
    assert any(f.rule == "repetition" for f in few.findings)
