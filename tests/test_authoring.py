"""Tools for rule authors: rules validate, rules test, rules explain."""

from __future__ import annotations

import textwrap

import pytest

from factcheck.cli import main

PACK = """\
pack: club
entities:
  - {id: utopia, type: country, names: {en: [Utopia]}}
  - {id: ann-lee, type: person, country: utopia, names: {en: [Ann Lee]}}
  - {id: bo-chan, type: person, country: utopia, names: {en: [Bo Chan]}}
offices:
  - {id: utopia-mayor, country: utopia, names: {en: [Mayor]}}
tenures:
  - {person: ann-lee, office: utopia-mayor, start: 2018-01-01, end: 2021-12-31}
  - {person: bo-chan, office: utopia-mayor, start: 2022-01-01}
checks:
  - id: office-holder
    kind: office-holder
    examples:
      - text: "date 2022-06-01 Mayor Ann Lee opened the fair."
        finds: [{text: Ann Lee, suggestion: Bo Chan}]
      - text: "date 2020-06-01 Mayor Ann Lee opened the fair."
"""


def write(tmp_path, text, name="club.yaml"):
    path = tmp_path / name
    path.write_text(textwrap.dedent(text), encoding="utf-8")
    return str(path)


def test_shipped_packs_validate(capsys):
    assert main(["rules", "validate"]) == 0
    assert "10 pack files valid" in capsys.readouterr().out


def test_every_shipped_check_has_examples_that_pass(capsys):
    assert main(["rules", "test"]) == 0
    assert "behave as written" in capsys.readouterr().out


def test_a_good_pack_passes_its_examples(tmp_path, capsys):
    assert main(["rules", "test", write(tmp_path, PACK)]) == 0


def test_an_example_that_does_not_produce_its_finding_fails(tmp_path, capsys):
    path = write(tmp_path, PACK.replace("date 2022-06-01 Mayor Ann Lee", "date 2022-06-01 Mayor Bo Chan"))
    assert main(["rules", "test", path]) == 2
    err = capsys.readouterr().err
    assert f"{path}:15:9: checks[0].examples[0]: office-holder: expected 'Ann Lee', got nothing" in err


def test_a_wrong_suggestion_fails(tmp_path, capsys):
    path = write(tmp_path, PACK.replace("suggestion: Bo Chan", "suggestion: Bob Chan"))
    assert main(["rules", "test", path]) == 2
    assert "expected suggestion 'Bob Chan', got 'Bo Chan'" in capsys.readouterr().err


def test_a_check_without_a_bad_example_fails_closed(tmp_path, capsys):
    lines = PACK.splitlines(keepends=True)
    path = write(tmp_path, "".join(lines[:14]) + "".join(lines[16:]))
    assert main(["rules", "test", path]) == 2
    assert "has no example it must report" in capsys.readouterr().err


def test_overlapping_tenures_of_a_single_holder_office(tmp_path, capsys):
    path = write(tmp_path, PACK.replace("start: 2022-01-01}", "start: 2021-06-01}"))
    assert main(["rules", "validate", path]) == 2
    err = capsys.readouterr().err
    assert f"{path}:10:5: tenures[1]: overlaps Ann Lee's tenure (2018-01-01 to 2021-12-31)" in err
    assert "single_holder: false" in err


def test_a_name_shared_by_two_entities(tmp_path, capsys):
    path = write(tmp_path, PACK.replace("names: {en: [Bo Chan]}", "names: {en: [Ann Lee]}"))
    assert main(["rules", "validate", path]) == 2
    assert "the name 'Ann Lee' is also a name of 'ann-lee'" in capsys.readouterr().err


@pytest.mark.parametrize("rule", ["office-holder", "spelling", "cross-source"])
def test_explain_a_rule(rule, capsys):
    assert main(["rules", "explain", rule]) == 0
    out = capsys.readouterr().out
    assert out.startswith(f"{rule}: ")
    assert "Options:" in out
    assert "Examples of check" in out


def test_explain_an_unknown_rule(capsys):
    assert main(["rules", "explain", "nonsense"]) == 2
    assert "no rule kind or check 'nonsense'" in capsys.readouterr().err


BROKEN = [
    ("yaml syntax", PACK.replace("names: {en: [Utopia]}", "names: {en: [Utopia]"),
     ":4:3: YAML syntax error"),
    ("unknown field", PACK.replace("  - {id: utopia-mayor,", "  - {colour: red, id: utopia-mayor,"),
     ":7:6: offices[0].colour: unknown field"),
    ("wrong type", PACK.replace("start: 2018-01-01,", "start: [2018],"),
     ":9:45: tenures[0].start: [2018] is not a time"),
    ("unknown reference", PACK.replace("{person: bo-chan,", "{person: bob,"),
     ":10:6: tenures[1].person: 'bob' is not an entity of type person"),
    ("overlapping tenures", PACK.replace("start: 2022-01-01}", "start: 2021-06-01}"),
     ":10:5: tenures[1]: overlaps Ann Lee's tenure"),
]


@pytest.mark.parametrize(("case", "text", "expected"), BROKEN, ids=[b[0] for b in BROKEN])
def test_broken_packs_exit_2_with_file_line_and_field(tmp_path, capsys, case, text, expected):
    path = write(tmp_path, text)
    assert main(["rules", "validate", path]) == 2
    err = capsys.readouterr().err
    assert f"{path}{expected}" in err, err
    assert "Traceback" not in err


def test_duplicate_id_across_files_exit_2_naming_both(tmp_path, capsys):
    first = write(tmp_path, PACK)
    second = write(tmp_path, "pack: other\nentities:\n  - {id: ann-lee, type: person, "
                             "names: {en: [Ann]}}\n", "other.yaml")
    assert main(["rules", "validate", first, second]) == 2
    err = capsys.readouterr().err
    assert f"{second}:3:6: entities[0].id: id 'ann-lee' is already defined at {first}:4:6" in err


def test_explain_shows_required_options_and_multi_article_examples_as_one(capsys):
    assert main(["rules", "explain", "substitution"]) == 0
    out = capsys.readouterr().out
    assert "swap (required)" in out and "Pydantic" not in out
    assert main(["rules", "explain", "cross-source"]) == 0
    out = capsys.readouterr().out
    assert "articles checked together:\n      1. date 2021-07-01" in out
    assert "\n      2. date" in out


@pytest.mark.parametrize(("options", "expected"), [
    ("{windw_days: 3}", "checks[0].options.windw_days: unknown option 'windw_days'; "
                        "known options: window_days"),
    ("{window_days: abc}", "checks[0].options.window_days: expected a whole number, got the text 'abc'"),
])
def test_option_problems_say_what_is_wrong_in_words(tmp_path, capsys, options, expected):
    pack = tmp_path / "p.yaml"
    pack.write_text(f"pack: p\nchecks:\n  - id: c\n    kind: cross-source\n    options: {options}\n",
                    encoding="utf-8")
    assert main(["rules", "validate", str(pack)]) == 2
    assert f"p.yaml:5:15: {expected}" in capsys.readouterr().err


def test_a_yaml_value_of_the_wrong_type_is_named_in_words(tmp_path, capsys):
    pack = tmp_path / "p.yaml"
    pack.write_text("pack: p\nentities:\n  - id: x\n    type: person\n    names: {en: [Yes, 2020]}\n",
                    encoding="utf-8")
    assert main(["rules", "validate", str(pack)]) == 2
    err = capsys.readouterr().err
    assert "entities[0].names.en[0]: expected text, got true (YAML reads yes, no" in err
    assert "entities[0].names.en[1]: expected text, got the number 2020; put it in quotes" in err
    assert "class" not in err and "Input should be" not in err
