"""Tools for rule authors: validate packs, run the examples checks carry, and
explain a rule. Each returns lines of text; the CLI prints them."""

from __future__ import annotations

from collections import defaultdict

from pydantic.fields import FieldInfo

from .articles import article_from_text
from .checks import KINDS, RuleKind
from .checks.patterns import compile_pattern
from .engine import run
from .knowledge import overlap
from .packs import ExampleSpec
from .rules import Check, Rules
from .text import name_key
from .translit import romanisation_key


def lint(rules: Rules) -> list[str]:
    """What loading accepts but an author should fix."""
    problems: list[str] = []
    seen_names: dict[tuple[str, ...], tuple[str, str]] = {}
    seen_wikidata: dict[str, tuple[str, str]] = {}
    seen_sounds: dict[tuple[str, str], tuple[str, str]] = {}
    for loaded in rules.packs.packs:
        source = loaded.source
        for i, entity in enumerate(loaded.spec.entities):
            if entity.wikidata:
                first = seen_wikidata.setdefault(entity.wikidata, (entity.id, source.at(("entities", i))))
                if first[0] != entity.id:
                    problems.append(source.problem(
                        ("entities", i, "wikidata"),
                        f"{entity.wikidata} is also the Wikidata id of {first[0]!r} ({first[1]}): one "
                        "person is one entity; merge them, keeping the other names as aliases"))
            if entity.type == "person":
                for lang, names in entity.names.items():
                    for j, name in enumerate(names):
                        romanised = romanisation_key(name)
                        if romanised is None:
                            continue
                        sound = (entity.country or "", romanised)
                        first = seen_sounds.setdefault(sound, (entity.id, source.at(
                            ("entities", i, "names", lang, j))))
                        if first[0] != entity.id:
                            problems.append(source.problem(
                                ("entities", i, "names", lang, j),
                                f"{name!r} is another romanisation of a name of {first[0]!r} "
                                f"({first[1]}): one person is one entity; merge them, keeping this "
                                "spelling as an alias"))
            for group in ("names", "aliases", "demonyms"):
                for lang, names in getattr(entity, group).items():
                    for j, name in enumerate(names):
                        key = name_key(name)
                        first = seen_names.setdefault(key, (entity.id, source.at(
                            ("entities", i, group, lang, j))))
                        if first[0] != entity.id:
                            problems.append(source.problem(
                                ("entities", i, group, lang, j),
                                f"the name {name!r} is also a name of {first[0]!r} ({first[1]}); "
                                "give one of them a fuller name, or make it an alias of one only",
                            ))
        for i, office_spec in enumerate(loaded.spec.offices):
            # An organisation's post is found only by the forms its title gives (never
            # by the bare head), so a title the lexicon cannot read finds almost nothing.
            if office_spec.organisation and office_spec.derive_titles \
                    and rules.knowledge.readings.get(office_spec.id) is None:
                problems.append(source.problem(
                    ("offices", i, "names"),
                    "the title lexicon cannot read this organisation's post's English names "
                    f"({', '.join(office_spec.names.get('en', [])) or 'none'}): only its names and "
                    "aliases as written will be found. Add its head noun to the lexicon (titles: "
                    "posts), name it '<head> of <organisation>', or set derive_titles: false"))
        for i, tenure in enumerate(loaded.section("tenures")):
            office = rules.knowledge.offices.get(tenure.office)
            if office is None or not office.single_holder:
                continue
            if tenure.end is None and any(t.started == tenure.start and t.ended is not None for t in
                                          rules.knowledge.tenures(tenure.person, tenure.office)):
                continue  # a snapshot's open record that another pack ends
            span = (tenure.start.first if tenure.start else None,
                    tenure.end.last if tenure.end else None)
            for other in rules.knowledge.tenures_by_office[tenure.office]:
                if other.person != tenure.person and overlap(span, (other.start, other.end)):
                    problems.append(source.problem(
                        ("tenures", i),
                        f"overlaps {rules.knowledge.name(other.person)}'s tenure "
                        f"({other.label()}) in the single-holder office {tenure.office!r}; "
                        "correct the dates, or set single_holder: false on the office",
                    ))
    return problems


def _example_problem(check: Check, index: int, example: ExampleSpec, rules: Rules) -> str | None:
    articles = [article_from_text(text, f"{check.id}.example{index}.{k}.txt")
                for k, text in enumerate(example.texts())]
    report = run(articles, rules.only({check.id}))
    if report.summary.failed:
        return f"the example could not be checked: {report.inputs[0].reason}"
    found = report.findings
    expected = example.finds
    shown = ", ".join(repr(f.text) for f in found) or "nothing"
    if len(found) != len(expected):
        wanted = ", ".join(repr(e.text) for e in expected) or "nothing"
        return f"expected {wanted}, got {shown}"
    for want, got in zip(expected, found, strict=True):
        if want.text != got.text:
            return f"expected {want.text!r}, got {got.text!r}"
        if want.suggestion is not None and want.suggestion != got.suggestion:
            return f"{want.text!r}: expected suggestion {want.suggestion!r}, got {got.suggestion!r}"
        if want.severity is not None and want.severity != got.severity:
            return f"{want.text!r}: expected severity {want.severity}, got {got.severity}"
    return None


def test_examples(rules: Rules) -> tuple[int, list[str]]:
    """Run every check's examples. A check with no example it must report
    fails too: a rule that cannot be shown to fire is not trusted."""
    problems: list[str] = []
    count = 0
    for check in rules.checks:
        where = ("checks", check.index)
        if not any(example.finds for example in check.spec.examples):
            problems.append(check.source.problem(
                (*where, "examples"),
                f"check {check.id!r} has no example it must report; add one with 'finds'",
            ))
        if check.kind.patterns:
            texts = [t for example in check.spec.examples if example.finds for t in example.texts()]
            for pattern in check.kind.patterns(check.context.options):
                compiled = compile_pattern(pattern)
                if not any(compiled.search(t) for t in texts):
                    problems.append(check.source.problem(
                        (*where, "options"),
                        f"{check.id}: the pattern {pattern!r} matches none of the check's bad "
                        "examples; add an example it must report (or fix the pattern)",
                    ))
        for index, example in enumerate(check.spec.examples):
            count += 1
            problem = _example_problem(check, index, example, rules)
            if problem:
                problems.append(check.source.problem((*where, "examples", index),
                                                     f"{check.id}: {problem}"))
    return count, problems


def _option_lines(kind: RuleKind) -> list[str]:
    lines = []
    for name, info in kind.options.model_fields.items():
        assert isinstance(info, FieldInfo)
        about = f" — {info.description}" if info.description else ""
        if info.is_required():
            lines.append(f"  {name} (required){about}")
            continue
        value = info.get_default(call_default_factory=True)
        default = "none" if value is None else repr(value)
        default = default if len(default) <= 70 else default[:69] + "…"
        lines.append(f"  {name} (default: {default}){about}")
    return lines or ["  (none)"]


def explain(rules: Rules | None, name: str) -> list[str] | None:
    """What a rule kind, or a check of the loaded packs, does."""
    checks = [c for c in (rules.checks if rules else []) if name in (c.id, c.kind.name)]
    kind = KINDS.get(name) or (checks[0].kind if checks else None)
    if kind is None:
        return None
    lines = [f"{kind.name}: {kind.summary}", "", kind.explanation, "",
             f"Default severity: {kind.default_severity}", "", "Options:", *_option_lines(kind)]
    examples: dict[str, list[str]] = defaultdict(list)
    for check in checks:
        for example in check.spec.examples:
            label = "reports " + ", ".join(repr(f.text) for f in example.finds) \
                if example.finds else "clean"
            texts = example.texts()
            if len(texts) == 1:
                examples[check.id].append(f"    {texts[0]}\n      -> {label}")
                continue
            shown = ["    articles checked together:"]
            shown += [f"      {number}. {text}" for number, text in enumerate(texts, 1)]
            examples[check.id].append("\n".join(shown) + f"\n      -> {label}")
    for check_id, shown in examples.items():
        lines += ["", f"Examples of check {check_id!r}:", *shown]
    return lines
