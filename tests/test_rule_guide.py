"""docs/rules.md's generated regions: the pack's fields and the rule kinds'
summaries, options and examples, filled from the code by
`python -m factcheck.rule_guide --write docs/rules.md`."""

from __future__ import annotations

import pytest
from pydantic import Field

from factcheck import rule_guide
from factcheck.checks import KINDS, RuleKind
from factcheck.checks.base import Options
from factcheck.packs import Strict
from factcheck.rules import registry

from .conftest import ROOT

GUIDE = ROOT / "docs" / "rules.md"


@pytest.fixture(scope="module")
def filled(rules) -> str:
    return rule_guide.fill(GUIDE.read_text(encoding="utf-8"), rules)


def test_rules_md_is_what_the_code_generates(filled):
    current = GUIDE.read_text(encoding="utf-8")
    assert current == filled, (f"docs/rules.md differs from what the code generates: run "
                               f"`{rule_guide.COMMAND}` and commit the result")


def test_every_field_of_a_pack_and_every_option_of_a_kind_is_documented():
    undocumented = [f"{model.__name__}.{name}" for model in rule_guide.sections()
                    for name, info in model.model_fields.items() if not (info.description or "").strip()]
    undocumented += [f"{kind}: {name}" for kind, rule_kind in KINDS.items()
                     for name, info in rule_kind.options.model_fields.items()
                     if not (info.description or "").strip()]
    assert undocumented == [], "add a Field(description=...) to each"


def test_rules_md_has_a_table_of_every_section_of_a_pack_with_every_field(filled):
    sections = rule_guide.sections()
    assert {"", "entities", "offices", "tenures", "facts", "add_names", "lexicon", "lexicon.titles",
            "checks", "checks.examples"} <= set(sections.values())
    rows = [line for line in filled.splitlines() if line.startswith("| `")]
    for model in sections:
        for name, info in model.model_fields.items():
            meaning = f" | {rule_guide.rule_pages.cell(info.description or '')} |"
            required = {row.split(" | ")[2] for row in rows
                        if row.startswith(f"| `{name}` |") and row.endswith(meaning)}
            assert required, (model.__name__, name)
            assert all((cell == "yes") == info.is_required() for cell in required), (model.__name__, name)


def test_a_required_field_says_so_and_a_default_is_shown():
    rows = rule_guide.field_table(rule_guide.section_at("offices"), _links())
    cells = {row.split(" | ")[0].strip("| `"): row.split(" | ") for row in rows[2:]}
    assert cells["id"][1:3] == ["id", "yes"]
    assert cells["names"][1:3] == ["names", "yes"]
    assert cells["single_holder"][1:3] == ["true or false", "no (`true`)"]
    assert cells["country"][2] == "no"
    top = {row.split(" | ")[0].strip("| `"): row.split(" | ") for row in
           rule_guide.field_table(rule_guide.pack_format(), _links())[2:]}
    assert top["entities"][1] == "list of [entities](#entities)"
    assert top["lexicon"][1] == "mapping: [lexicon](#lexicon)"


def _links() -> dict:
    return {model: f"[{path.rsplit('.', 1)[-1]}](#{path.rsplit('.', 1)[-1]})"
            for model, path in rule_guide.sections().items()}


def test_rules_md_gives_every_kind_its_summary_explanation_options_and_bundled_example(filled, rules):
    for name, kind in KINDS.items():
        section = filled.split(f"\n### {name}\n", 1)[1].split("<!-- end generated -->", 1)[0]
        assert f"<!-- generated: kind {name} -->" in section
        assert kind.summary in section and kind.explanation in section
        assert f"Default severity: {kind.default_severity}" in section
        for option, info in kind.options.model_fields.items():
            assert f"| `{option}` |" in section
            assert rule_guide.rule_pages.cell(info.description or "") in section
        if not kind.options.model_fields:
            assert "No options." in section
        bundled = [c for c in rules.checks if c.kind is kind]
        if bundled:
            assert f"  - id: {bundled[0].id}\n" in section
            assert f" [{bundled[0].id}] " in section


class _AffiliationSpec(Strict):
    person: str = Field(description="the member")
    party: str = Field(description="the party they belong to")


class _ExtendedPack(registry().pack_format.model):  # type: ignore[misc]
    affiliations: list[_AffiliationSpec] = Field([], description="who belongs to which party")


_NEW_KIND = RuleKind(name="party-line", summary="A party named for a person who is not its member.",
                     explanation="Compares a person's party with the packs' affiliations.",
                     default_severity="error", options=Options)


def test_a_new_pack_section_and_a_new_kind_appear_in_the_guide_with_no_edit_of_it(rules):
    guide = GUIDE.read_text(encoding="utf-8")
    filled = rule_guide.fill(guide, rules, root=_ExtendedPack, kinds={**KINDS, "party-line": _NEW_KIND})
    assert ("| `affiliations` | list of [affiliations](#affiliations) | no | who belongs to which party |"
            in filled)
    section = filled.split("\n## affiliations\n", 1)[1]
    assert "| `person` | text | yes | the member |" in section
    kind = filled.split("\n### party-line\n", 1)[1]
    assert kind.startswith("\n**A party named for a person who is not its member.** Default severity: error.")
    assert "No options." in kind
    # Both where the guide keeps what no section of its own shows: before the rule kinds, and after them.
    assert filled.index("\n## affiliations\n") < filled.index("\n## Rule kinds\n")
    assert filled.index("\n### party-line\n") < filled.index("\n## Tools for rule authors\n")
    # Everything else as it was: only the regions of what is new changed.
    assert rule_guide.fill(guide, rules) == guide


@pytest.mark.parametrize(("region", "named"), [
    ("pack-fields affiliations", "a pack has no section 'affiliations'"),
    ("kind no-such-kind", "no rule kind is named 'no-such-kind'"),
    ("table-of-everything", "unknown region 'table-of-everything'"),
])
def test_a_region_the_code_cannot_fill_is_an_error_naming_its_line(rules, region, named):
    guide = f"# Guide\n\n## Part\n\n<!-- generated: {region} -->\n<!-- end generated -->\n"
    with pytest.raises(rule_guide.GuideError) as raised:
        rule_guide.fill(guide, rules)
    assert str(raised.value).startswith(f"5: {named}")


def test_a_region_left_open_is_an_error_naming_its_line(rules):
    with pytest.raises(rule_guide.GuideError, match=r"^3: region 'kind fact' has no"):
        rule_guide.fill("# Guide\n\n<!-- generated: kind fact -->\ntext\n", rules)


def test_a_marker_inside_a_code_block_is_text(rules):
    guide = "# Guide\n\n```\n<!-- generated: kind nothing -->\n```\n"
    assert rule_guide.fill(guide, rules) == guide


def test_the_command_checks_and_writes_the_guide_keeping_the_hand_written_text(tmp_path, capsys):
    stale = tmp_path / "rules.md"
    stale.write_text("# Guide\n\nHand-written.\n\n### fact\n\n<!-- generated: kind fact -->\nold\n"
                     "<!-- end generated -->\n\nMore hand-written.\n", encoding="utf-8")
    assert rule_guide.main(["--check", str(stale)]) == 1
    err = capsys.readouterr().err
    assert rule_guide.COMMAND in err and err.count("\n") == 1
    assert "old" in stale.read_text(encoding="utf-8")
    assert rule_guide.main(["--write", str(stale)]) == 0
    written = stale.read_text(encoding="utf-8")
    assert "\nold\n" not in written and KINDS["fact"].summary in written
    assert written.startswith("# Guide\n\nHand-written.\n") and written.endswith("\n\nMore hand-written.\n")
    assert rule_guide.main(["--check", str(stale)]) == 0


def test_the_command_fails_in_one_line_on_a_broken_region_or_a_missing_file(tmp_path, capsys):
    broken = tmp_path / "rules.md"
    broken.write_text("# Guide\n\n<!-- generated: kind nothing -->\n<!-- end generated -->\n",
                      encoding="utf-8")
    assert rule_guide.main(["--write", str(broken)]) == 2
    err = capsys.readouterr().err
    assert err == f"factcheck: {broken}:3: no rule kind is named 'nothing'\n"
    assert rule_guide.main(["--check", str(tmp_path / "missing.md")]) == 2
    err = capsys.readouterr().err
    assert err.startswith("factcheck: cannot read ") and err.count("\n") == 1
