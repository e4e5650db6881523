"""A wrong pack fails loudly, naming file, line and field."""

from __future__ import annotations

import textwrap

import pytest

import factcheck
from factcheck.articles import article_from_text
from factcheck.cli import main

GOOD = """\
pack: tiny
entities:
  - id: utopia
    type: country
    names: {en: [Utopia]}
  - id: ann-lee
    type: person
    names: {en: [Ann Lee]}
offices:
  - id: utopia-mayor
    country: utopia
    names: {en: [Mayor]}
tenures:
  - {person: ann-lee, office: utopia-mayor, start: 2020-01-01}
checks:
  - {id: office-holder, kind: office-holder}
"""


def write(tmp_path, text, name="pack.yaml"):
    path = tmp_path / name
    path.write_text(textwrap.dedent(text), encoding="utf-8")
    return path


def problems(path):
    with pytest.raises(factcheck.PackError) as caught:
        factcheck.load_rules([path])
    return caught.value.problems


def test_good_pack_loads(tmp_path):
    rules = factcheck.load_rules([write(tmp_path, GOOD)])
    assert [c.id for c in rules.checks] == ["office-holder"]


@pytest.mark.parametrize(
    ("old", "new", "expected"),
    [
        ("    type: person\n", "    type: persn\n", ":7:5: entities[1].type: Input should be"),
        ("    country: utopia\n", "    country: utopia\n    colour: red\n",
         ":12:5: offices[0].colour: unknown field"),
        ("start: 2020-01-01}", "start: 2020-13-01}",
         ":14:52: tenures[0].start: '2020-13-01' is not a valid value"),
        ("{person: ann-lee,", "{person: bob,",
         ":14:6: tenures[0].person: 'bob' is not an entity of type person"),
        ("kind: office-holder}", "kind: office-holders}", ":16:25: checks[0].kind: unknown rule kind"),
        ("kind: office-holder}", "kind: office-holder, options: {colour: 1}}",
         ":16:56: checks[0].options.colour: unknown option"),
        ("    names: {en: [Ann Lee]}\n", "", ":6:5: entities[1].names: required field is missing"),
        ("pack: tiny\n", "pack: tiny\npack: again\n", ":2:1: pack: key appears twice"),
        ("names: {en: [Mayor]}", "names: {en: [Mayor]", ":13:1: YAML syntax error"),
    ],
)
def test_each_problem_names_file_line_and_field(tmp_path, old, new, expected):
    assert old in GOOD
    path = write(tmp_path, GOOD.replace(old, new))
    found = problems(path)
    assert any(p.startswith(str(path)) and expected in p for p in found), found


def test_duplicate_id_across_files_names_both(tmp_path):
    first = write(tmp_path, GOOD, "first.yaml")
    second = write(tmp_path, "pack: other\nentities:\n"
                   "  - {id: utopia, type: country, names: {en: [U]}}\n", "second.yaml")
    found = problems_of([first, second])
    assert any(str(second) in p and str(first) in p and "utopia" in p for p in found), found


def problems_of(paths):
    with pytest.raises(factcheck.PackError) as caught:
        factcheck.load_rules(paths)
    return caught.value.problems


def test_include_of_a_missing_file(tmp_path):
    path = write(tmp_path, "pack: a\ninclude: [nowhere.yaml]\n")
    found = problems(path)
    assert found == [f"{path}:2:11: include: {tmp_path / 'nowhere.yaml'} does not exist"]


def test_only_events_have_a_date(tmp_path):
    path = write(tmp_path, "pack: a\nentities:\n  - {id: e, type: term, date: 2020, names: {en: [X]}}\n")
    assert any(":3:25: entities[0].date: only events have a date" in p for p in problems(path))


def test_cli_stops_with_exit_2_and_the_message(tmp_path, capsys):
    path = write(tmp_path, GOOD.replace("type: person", "type: persn"))
    article = write(tmp_path, "Mayor Ann Lee spoke.", "a.txt")
    assert main(["check", str(article), "--rules", str(path)]) == 2
    err = capsys.readouterr().err
    assert f"{path}:7:5: entities[1].type" in err
    assert "Traceback" not in err


def test_missing_pack_file_is_exit_2(tmp_path, capsys):
    article = write(tmp_path, "text", "a.txt")
    assert main(["check", str(article), "--rules", str(tmp_path / "none.yaml")]) == 2
    assert "pack file not found" in capsys.readouterr().err


def test_shipped_json_schema_is_current_and_validates_the_shipped_packs():
    import json

    import jsonschema
    import yaml

    from factcheck.schema import pack_schema

    from .conftest import ROOT

    shipped = (ROOT / "rules" / "pack.schema.json").read_text(encoding="utf-8")
    assert shipped == pack_schema()
    schema = json.loads(shipped)
    for pack in sorted((ROOT / "rules").glob("*.yaml")):
        text = pack.read_text(encoding="utf-8")
        assert text.startswith("# yaml-language-server: $schema=pack.schema.json")
        data = json.loads(json.dumps(yaml.safe_load(text), default=str))
        jsonschema.validate(data, schema)


def test_the_schema_types_each_kinds_options_and_knows_the_kinds():
    import json

    import jsonschema

    from factcheck.packs import default_pack_path
    from factcheck.schema import pack_schema

    schema = json.loads(pack_schema())
    validator = jsonschema.Draft7Validator(schema)

    def errors(check: dict) -> list[str]:
        return [e.message for e in validator.iter_errors({"pack": "p", "checks": [check]})]

    assert errors({"id": "a", "kind": "cross-source", "options": {"window_days": 3}}) == []
    assert any("office_holder" in e for e in errors({"id": "a", "kind": "office_holder"}))
    assert any("windw_days" in e for e in errors({"id": "a", "kind": "cross-source",
                                                  "options": {"windw_days": 3}}))
    assert any("'abc' is not of type 'integer'" in e
               for e in errors({"id": "a", "kind": "cross-source", "options": {"window_days": "abc"}}))
    assert {f"options.{k}" for k in ("spelling", "repetition", "substitution")} <= set(schema["$defs"])
    # The bundled packs' $schema comment names a file beside them, wherever they are installed.
    assert (default_pack_path().parent / "pack.schema.json").is_file()


MERGED = """\
pack: merged
checks:
  - &placeholders
    id: placeholders
    kind: existence
    severity: info
    options: &words
      patterns: {en: ['\\bTK\\b']}
      message: "placeholder '{match}'"
  - <<: *placeholders
    id: placeholders-strict
    severity: error
    options:
      <<: *words
      ignore_case: true
"""


def test_yaml_merge_keys_fill_in_what_a_mapping_does_not_write_itself(tmp_path):
    rules = factcheck.load_rules([write(tmp_path, MERGED)])
    first, second = (c for c in rules.checks if c.id.startswith("placeholders"))
    assert (first.id, first.severity, first.context.options.ignore_case) == ("placeholders", "info", False)
    assert (second.id, second.severity, second.kind.name) == ("placeholders-strict", "error", "existence")
    assert second.context.options.ignore_case is True
    assert second.context.options.patterns == first.context.options.patterns
    found = factcheck.check([article_from_text("tk and TK", "a.txt")], rules=rules)
    # the strict check's 'TK' is the same finding as the first's: reported once, under the first
    assert sorted((f.rule, f.text) for f in found.findings) == [
        ("placeholders", "TK"), ("placeholders-strict", "tk")]


def test_a_problem_in_a_merged_value_is_named_where_the_anchor_wrote_it(tmp_path):
    strict = "    id: placeholders-strict\n"
    text = MERGED.replace(strict, strict + "    kind: substitution\n")
    path = write(tmp_path, text)
    assert problems(path) == [
        f"{path}:14:5: checks[1].options.swap: required option is missing; add it (see docs/rules.md)",
        f"{path}:8:7: checks[1].options.patterns: unknown option 'patterns'; known options: "
        "ignore_case, timeout_ms, swap",
        f"{path}:9:7: checks[1].options.message: unknown option 'message'; known options: "
        "ignore_case, timeout_ms, swap",
    ]


def test_a_merge_key_takes_mappings_first_one_winning(tmp_path):
    path = write(tmp_path, """\
        pack: merged
        checks:
          - &a {id: a, kind: existence, severity: info, options: {patterns: {en: [x]}}}
          - &b {id: b, kind: existence, severity: error, options: {patterns: {en: [y]}}}
          - {<<: [*b, *a], id: c}
        """)
    checks = {c.id: c for c in factcheck.load_rules([path]).checks}
    assert (checks["c"].severity, checks["c"].context.options.patterns) == ("error", {"en": ["y"]})
    bad = write(tmp_path, "pack: merged\nchecks:\n  - id: a\n    <<: 3\n    kind: existence\n", "bad.yaml")
    assert problems(bad) == [f"{bad}:4:5: checks[0].<<: a merge key takes a mapping (<<: *name) or a "
                             "list of them"]


WRONG_RECORD = """\
pack: generated
entities:
  - {id: utopia, type: country, names: {en: [Utopia]}}
  - {id: ann-lee, type: person, names: {en: [Ann Lee]}}
  - {id: bob-roe, type: person, names: {en: [Bob Roe]}}
offices:
  - {id: utopia-mayor, country: utopia, names: {en: [Mayor]}}
tenures:
  - {person: bob-roe, office: utopia-mayor, start: 2010-01-01, end: 2019-12-31}
  - {person: ann-lee, office: utopia-mayor, start: 2020-01-01}
checks:
  - {id: office-holder, kind: office-holder}
"""

CORRECTIONS = """\
pack: corrections
include: [generated.yaml]
withdraw:
  - section: tenures
    match: {person: ann-lee, office: utopia-mayor}
    reason: Ann Lee never held the office; Bob Roe was re-elected.
tenures:
  - {person: bob-roe, office: utopia-mayor, start: 2020-01-01}
"""


def _office_findings(rules, text):
    report = factcheck.check([article_from_text(text, "a.txt")], rules=rules)
    return sorted((f.severity, f.text) for f in report.findings if f.rule == "office-holder")


def test_a_withdrawn_record_no_longer_decides_a_claim(tmp_path):
    generated = write(tmp_path, WRONG_RECORD, "generated.yaml")
    corrected = write(tmp_path, CORRECTIONS, "corrections.yaml")
    as_generated = factcheck.load_rules([generated])
    with_corrections = factcheck.load_rules([corrected])
    right, wrong = "date 2021-06-01 Mayor Bob Roe spoke.", "date 2021-06-01 Mayor Ann Lee spoke."
    assert _office_findings(as_generated, right) == [("error", "Bob Roe")]
    assert _office_findings(as_generated, wrong) == []
    assert _office_findings(with_corrections, right) == []
    assert _office_findings(with_corrections, wrong) == [("error", "Ann Lee")]
    # The withdrawal takes out that record only: Bob Roe's first tenure still counts.
    earlier = "date 2015-06-01 Mayor Ann Lee spoke."
    assert _office_findings(with_corrections, earlier) == [("error", "Ann Lee")]


@pytest.mark.parametrize(
    ("old", "new", "expected"),
    [
        ("section: tenures", "section: tenure",
         ":4:5: withdraw[0].section: 'tenure' is not a section entries can be withdrawn from"),
        ("{person: ann-lee, office", "{persn: ann-lee, office",
         ":5:13: withdraw[0].match.persn: tenures entries have no field 'persn'"),
        ("{person: ann-lee, office", "{person: ann-lea, office",
         ":5:5: withdraw[0].match: matches no entry of tenures in the loaded packs"),
        ("{person: ann-lee, office: utopia-mayor}", "{person: ann-lee, office: utopia-mayor, start: 2021}",
         ":5:5: withdraw[0].match: matches no entry"),
        ("    reason: Ann Lee never held the office; Bob Roe was re-elected.\n", "",
         ":4:5: withdraw[0].reason: required field is missing"),
        ("match: {person: ann-lee, office: utopia-mayor}", "match: {}",
         ":5:5: withdraw[0].match: "),
    ],
)
def test_a_wrong_withdrawal_names_file_line_and_field(tmp_path, old, new, expected):
    assert old in CORRECTIONS
    write(tmp_path, WRONG_RECORD, "generated.yaml")
    path = write(tmp_path, CORRECTIONS.replace(old, new), "corrections.yaml")
    found = problems(path)
    assert any(p.startswith(str(path)) and expected in p for p in found), found


def test_a_withdrawal_matches_a_start_written_as_the_pack_writes_it(tmp_path):
    write(tmp_path, WRONG_RECORD, "generated.yaml")
    path = write(tmp_path, CORRECTIONS.replace("{person: ann-lee, office: utopia-mayor}",
                                               "{person: ann-lee, office: utopia-mayor, start: 2020-01-01}"),
                 "corrections.yaml")
    assert _office_findings(factcheck.load_rules([path]), "date 2021-06-01 Mayor Bob Roe spoke.") == []
