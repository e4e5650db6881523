"""Keeping CI useful: baselines, suppressions in articles, --fix and --diff,
and packs combined without doubled findings."""

from __future__ import annotations

import contextlib
import json
import os
import shutil
import subprocess
import textwrap
from collections import Counter
from pathlib import Path

import pytest
import regex
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

import factcheck
from factcheck import fixes
from factcheck.articles import article_from_text
from factcheck.cli import main

from .conftest import ENGLISH_SEED, SEEDS

ARTICLE = """\
date 2021-07-01 Defence Minister Rajnath Singh met the press.

Defence Minister Narendra Modi visited Hanoi.

Narendra Mody spoke to the the press.
"""


def _json(capsys) -> dict:
    return json.loads(capsys.readouterr().out)


def _write(path: Path, text: str) -> Path:
    path.write_text(text, encoding="utf-8")
    return path


def test_baseline_reports_only_new_findings_as_failing(tmp_path, capsys):
    article = _write(tmp_path / "a.txt", ARTICLE)
    baseline = tmp_path / "baseline.json"
    assert main(["check", str(article), "--write-baseline", str(baseline)]) == 0  # accepted
    capsys.readouterr()
    recorded = json.loads(baseline.read_text(encoding="utf-8"))["findings"]
    assert {f["rule"] for f in recorded} == {"office-holder", "spelling", "repetition"}

    assert main(["check", str(article), "--baseline", str(baseline), "--format", "json",
                 "--fail-on", "warning"]) == 0
    assert {f["baseline"] for f in _json(capsys)["findings"]} == {"unchanged"}

    # Lines added above move every finding to another line: none becomes new.
    moved = "date 2021-07-01 A new first paragraph.\n\nAnd another one.\n\n" + ARTICLE.split("\n", 2)[2]
    _write(article, "date 2021-07-01 Defence Minister Rajnath Singh met the press.\n\n" + moved)
    assert main(["check", str(article), "--baseline", str(baseline), "--format", "json"]) == 0
    found = _json(capsys)["findings"]
    assert {f["baseline"] for f in found} == {"unchanged"} and len(found) == 3

    _write(article, ARTICLE + "\nDefence Minister Nirmala Sitharaman spoke.\n")
    assert main(["check", str(article), "--baseline", str(baseline), "--format", "json"]) == 1
    new = [f for f in _json(capsys)["findings"] if f["baseline"] == "new"]
    assert [f["text"] for f in new] == ["Nirmala Sitharaman"]


def test_fingerprints_do_not_depend_on_other_articles_or_the_path(tmp_path):
    first = article_from_text(ARTICLE, "one/a.txt", "a")
    moved = article_from_text(ARTICLE, "two/a.txt", "a")
    other = article_from_text("date 2020-01-01 Something else entirely.\n", "b.txt")
    alone = factcheck.check([first])
    together = factcheck.check([other, moved])
    prints = [f.fingerprint for f in alone.findings]
    assert prints == [f.fingerprint for f in together.findings if f.article == "a"]
    assert len(set(prints)) == len(prints)


def test_sarif_carries_the_baseline_state(tmp_path, capsys):
    article = _write(tmp_path / "a.txt", ARTICLE)
    baseline, out = tmp_path / "baseline.json", tmp_path / "r.sarif"
    main(["check", str(article), "--write-baseline", str(baseline)])
    _write(article, ARTICLE + "\nDefence Minister Nirmala Sitharaman spoke.\n")
    main(["check", str(article), "--baseline", str(baseline), "--format", "sarif", "--output", str(out)])
    results = json.loads(out.read_text(encoding="utf-8"))["runs"][0]["results"]
    states = {r["locations"][0]["physicalLocation"]["region"]["snippet"]["text"]: r["baselineState"]
              for r in results}
    assert states["Nirmala Sitharaman"] == "new" and states["Narendra Modi"] == "unchanged"


def test_a_bad_baseline_is_a_configuration_error(tmp_path, capsys):
    bad = _write(tmp_path / "b.json", '{"something": 1}')
    assert main(["check", str(SEEDS), "--baseline", str(bad)]) == 2
    assert "not a factcheck baseline" in capsys.readouterr().err


def test_a_paragraph_suppression_silences_its_paragraph_only(rules):
    text = ARTICLE.replace("Narendra Mody spoke",
                           "<!-- factcheck-ignore: spelling -- the wire's spelling -->\n"
                           "Narendra Mody spoke")
    text += "\nNarendra Mody again.\n"
    report = factcheck.check([article_from_text(text, "a.md")], rules=rules)
    spelling = [f for f in report.findings if f.rule == "spelling"]
    assert [(f.text, f.suppressed is not None) for f in spelling] == [
        ("Narendra Mody", True), ("Narendra Mody", False)]
    assert "the wire's spelling" in (spelling[0].suppressed or "")
    assert report.summary.suppressed == 1 and report.summary.warnings == 2


def test_a_suppression_alone_in_its_paragraph_silences_the_next(rules):
    text = ARTICLE.replace("Defence Minister Narendra Modi",
                           "<!-- factcheck-ignore: office-holder -->\n\nDefence Minister Narendra Modi")
    report = factcheck.check([article_from_text(text, "a.md")], rules=rules)
    [holder] = [f for f in report.findings if f.rule == "office-holder"]
    assert holder.suppressed is not None
    assert report.worst() == 2  # the error no longer counts


def test_file_suppressions_in_a_comment_and_in_front_matter(rules):
    comment = "<!-- factcheck-ignore-file: repetition, spelling -->\n" + ARTICLE
    front = "---\nfactcheck-ignore: [office-holder]\n---\n" + ARTICLE
    report = factcheck.check([article_from_text(comment, "a.md"), article_from_text(front, "b.md")],
                             rules=rules)
    suppressed = {(f.path, f.rule) for f in report.findings if f.suppressed}
    assert suppressed == {("a.md", "repetition"), ("a.md", "spelling"), ("b.md", "office-holder")}


def test_a_suppression_that_silences_nothing_is_reported(rules):
    text = ("<!-- factcheck-ignore: date -->\nDefence Minister Rajnath Singh spoke.\n\n"
            "<!-- factcheck-ignore-file: no-such-check -->\n" + ARTICLE)
    report = factcheck.check([article_from_text(text, "a.md")], rules=rules)
    unused = [f for f in report.findings if f.rule == "unused-suppression"]
    assert [f.text for f in unused] == ["<!-- factcheck-ignore: date -->",
                                        "<!-- factcheck-ignore-file: no-such-check -->"]
    assert "no loaded check" in unused[1].message
    assert all(text[f.start : f.end] == f.text for f in unused)


def test_a_suppression_of_a_check_not_selected_is_not_unused(rules):
    text = "<!-- factcheck-ignore: date -->\nDefence Minister Rajnath Singh spoke.\n"
    report = factcheck.check([article_from_text(text, "a.md")], rules=rules.configured(select=["spelling"]))
    assert report.findings == []


def test_suppressed_findings_are_sarif_suppressions(tmp_path):
    article = _write(tmp_path / "a.md", "<!-- factcheck-ignore-file: office-holder -->\n" + ARTICLE)
    out = tmp_path / "r.sarif"
    assert main(["check", str(article), "--format", "sarif", "--output", str(out)]) == 0
    results = json.loads(out.read_text(encoding="utf-8"))["runs"][0]["results"]
    [holder] = [r for r in results if r["ruleId"] == "office-holder"]
    assert holder["suppressions"][0]["kind"] == "inSource"


def test_diff_shows_and_fix_applies_only_safe_suggestions(tmp_path, capsys):
    article = _write(tmp_path / "a.txt", ARTICLE)
    assert main(["check", str(article), "--diff"]) == 1
    diff = capsys.readouterr().out
    assert "-Narendra Mody spoke to the the press." in diff
    assert "+Narendra Modi spoke to the press." in diff
    assert "Rajnath Singh visited" not in diff  # an office-holder suggestion is not applied
    assert article.read_text(encoding="utf-8") == ARTICLE

    assert main(["check", str(article), "--fix", "--format", "json"]) == 1
    assert "fixed 2 findings in 1 files" in capsys.readouterr().err
    fixed = article.read_text(encoding="utf-8")
    assert fixed == ARTICLE.replace("Narendra Mody spoke to the the", "Narendra Modi spoke to the")
    assert main(["check", str(article), "--diff"]) == 0


def test_fix_leaves_suppressed_findings_alone(tmp_path, capsys):
    text = "<!-- factcheck-ignore-file: spelling -->\n" + ARTICLE
    article = _write(tmp_path / "a.md", text)
    main(["check", str(article), "--fix"])
    assert "Narendra Mody" in article.read_text(encoding="utf-8")


def test_a_users_pack_beside_the_default_reports_each_mistake_once(tmp_path, capsys):
    pack = _write(tmp_path / "mine.yaml", textwrap.dedent("""\
        pack: mine
        checks:
          - id: my-spelling
            kind: spelling
          - id: my-repetition
            kind: repetition
        """))
    article = _write(tmp_path / "a.txt", ARTICLE)
    main(["check", str(article), "--format", "json"])
    alone = _json(capsys)["findings"]
    main(["check", str(article), "--rules", "default", "--rules", str(pack), "--format", "json"])
    both = _json(capsys)["findings"]
    assert [(f["rule"], f["start"]) for f in both] == [(f["rule"], f["start"]) for f in alone]


def test_rules_default_and_folders_of_packs(tmp_path, capsys):
    root = Path(__file__).resolve().parent.parent
    assert main(["rules", "validate", str(root / "rules")]) == 0
    assert "pack files valid" in capsys.readouterr().out
    assert main(["check", str(SEEDS), "--rules", "default", "--format", "json"]) == 0
    assert _json(capsys)["summary"]["warnings"] == 5
    empty = tmp_path / "empty"
    empty.mkdir()
    assert main(["rules", "validate", str(empty)]) == 2
    assert "holds no .yaml" in capsys.readouterr().err


def test_diff_with_report_options_is_a_usage_error(tmp_path, capsys):
    article = _write(tmp_path / "a.txt", ARTICLE)
    assert main(["check", str(article), "--diff", "--output", str(tmp_path / "r.json")]) == 2
    assert "--diff prints the changes" in capsys.readouterr().err
    assert not (tmp_path / "r.json").exists()


def test_baselined_findings_are_counted_not_shown_unless_asked(tmp_path, capsys):
    article = _write(tmp_path / "a.txt", ARTICLE)
    baseline = tmp_path / "baseline.json"
    assert main(["check", str(article), "--write-baseline", str(baseline)]) == 0
    capsys.readouterr()
    _write(article, ARTICLE + "\nDefence Minister Nirmala Sitharaman spoke.\n")
    assert main(["check", str(article), "--baseline", str(baseline)]) == 1
    out = capsys.readouterr().out
    assert "Nirmala Sitharaman" in out
    assert "Narendra Mody" not in out and "Narendra Modi" not in out
    assert out.rstrip().endswith("(3 in the baseline, not shown: --show-baselined shows them)")
    assert main(["check", str(article), "--baseline", str(baseline), "--format", "github"]) == 1
    annotations = [line for line in capsys.readouterr().out.splitlines() if line.startswith("::")]
    assert len(annotations) == 1 and "Nirmala" in annotations[0]
    assert main(["check", str(article), "--baseline", str(baseline), "--show-baselined"]) == 1
    out = capsys.readouterr().out
    assert "Narendra Mody" in out and "(in the baseline)" in out
    assert out.rstrip().endswith("(3 in the baseline)")


def test_write_baseline_exits_1_only_when_an_input_could_not_be_read(tmp_path, capsys):
    _write(tmp_path / "a.txt", ARTICLE)
    (tmp_path / "b.txt").write_bytes(b"caf\xe9")
    assert main(["check", str(tmp_path / "a.txt"), str(tmp_path / "b.txt"),
                 "--write-baseline", str(tmp_path / "baseline.json")]) == 1
    assert len(json.loads((tmp_path / "baseline.json").read_text(encoding="utf-8"))["findings"]) == 3


def test_a_renamed_article_keeps_its_baselined_findings_a_copy_does_not(tmp_path, capsys):
    desk = tmp_path / "desk"
    desk.mkdir()
    article = _write(desk / "a.txt", ARTICLE)
    baseline = tmp_path / "baseline.json"
    assert main(["check", str(desk), "--write-baseline", str(baseline)]) == 0
    capsys.readouterr()
    moved = tmp_path / "archive" / "2021" / "renamed.txt"
    moved.parent.mkdir(parents=True)
    article.rename(moved)
    assert main(["check", str(tmp_path / "archive"), "--baseline", str(baseline), "--format", "json",
                 "--fail-on", "warning"]) == 0
    assert {f["baseline"] for f in _json(capsys)["findings"]} == {"unchanged"}
    # The text changed as well as the name: a new article, its findings new.
    _write(moved, ARTICLE.replace("met the press", "met reporters"))
    assert main(["check", str(moved), "--baseline", str(baseline), "--format", "json"]) == 1
    assert {f["baseline"] for f in _json(capsys)["findings"]} == {"new"}
    # A copy beside the original is a new article: the original keeps the entries.
    _write(moved, ARTICLE)
    _write(article, ARTICLE)
    assert main(["check", str(article), str(moved), "--baseline", str(baseline), "--format", "json"]) == 1
    states = {(Path(f["path"]).name, f["baseline"]) for f in _json(capsys)["findings"]}
    assert states == {("a.txt", "unchanged"), ("renamed.txt", "new")}


GLUED = "date 2021-07-01 He thanked Sr Lt Gen Phan Van Giangfor for inviting him to Hanoi.\n"


def test_fix_settles_a_glued_name_whose_word_follows_in_one_run(tmp_path, capsys):
    article = _write(tmp_path / "a.txt", GLUED)
    assert main(["check", str(article), "--diff"]) == 1
    assert "+date 2021-07-01 He thanked Sr Lt Gen Phan Van Giang for inviting him to Hanoi." in \
        capsys.readouterr().out
    assert main(["check", str(article), "--fix", "--format", "json"]) == 0
    assert _json(capsys)["findings"] == []  # none of the fixed findings, nothing new
    assert article.read_text(encoding="utf-8") == GLUED.replace("Giangfor for", "Giang for")
    assert main(["check", str(article), "--diff"]) == 0


def _pack(tmp_path: Path, swap: dict[str, str]) -> Path:
    lines = "".join(f'          "{pattern}": "{text}"\n' for pattern, text in swap.items())
    return _write(tmp_path / "house.yaml", "pack: house\nchecks:\n  - id: house-style\n"
                  "    kind: substitution\n    options:\n      swap:\n        en:\n" + lines)


def test_a_fix_that_would_make_a_new_finding_is_left_for_a_person(tmp_path, capsys):
    pack = _pack(tmp_path, {"\\\\bthe PM\\\\b": "Defence Minister Narendra Modi"})
    text = "date 2021-07-01 Yesterday the PM spoke to the the press.\n"
    article = _write(tmp_path / "a.txt", text)
    rules = ["--rules", "default", "--rules", str(pack)]
    assert main(["check", str(article), *rules, "--fix", "--format", "json"]) == 0
    captured = capsys.readouterr()
    # "Defence Minister Narendra Modi" on 2021-07-01 would be a new office-holder error.
    assert article.read_text(encoding="utf-8") == text.replace("the the press", "the press")
    assert "not fixed, as fixing it made a finding" in captured.err and "the PM" in captured.err
    assert {f["rule"] for f in json.loads(captured.out)["findings"]} == {"house-style"}


def test_fixes_that_undo_each_other_stop_at_the_bound_and_change_nothing(tmp_path, capsys):
    pack = _pack(tmp_path, {"\\\\bcolour\\\\b": "color", "\\\\bcolor\\\\b": "colour"})
    text = "date 2021-07-01 The colour of the sky.\n"
    article = _write(tmp_path / "a.txt", text)
    assert main(["check", str(article), "--rules", str(pack), "--fix", "--fail-on", "never"]) == 0
    assert article.read_text(encoding="utf-8") == text
    assert "not fixed" in capsys.readouterr().err


def test_fix_writes_through_a_link_and_keeps_it(tmp_path, capsys):
    (tmp_path / "stories").mkdir()
    target = _write(tmp_path / "stories" / "a.txt", ARTICLE)
    link = tmp_path / "a.txt"
    link.symlink_to(target)
    assert main(["check", str(link), "--fix", "--fail-on", "never"]) == 0
    assert link.is_symlink() and os.readlink(link) == str(target)
    assert "Narendra Modi spoke to the press." in target.read_text(encoding="utf-8")
    assert sorted(p.name for p in target.parent.iterdir()) == ["a.txt"]


def test_a_fix_stopped_while_writing_leaves_the_article_and_no_temporary_file(tmp_path, capsys,
                                                                             monkeypatch):
    article = _write(tmp_path / "a.txt", ARTICLE)

    def stop(*args: object) -> None:
        raise KeyboardInterrupt

    monkeypatch.setattr("factcheck.outputs.os.replace", stop)
    with contextlib.suppress(KeyboardInterrupt):
        main(["check", str(article), "--fix"])
    assert article.read_text(encoding="utf-8") == ARTICLE
    assert [p.name for p in tmp_path.iterdir()] == ["a.txt"]


@pytest.mark.skipif(not (shutil.which("git") and shutil.which("patch")), reason="needs git and patch")
def test_diff_is_a_patch_git_apply_and_patch_accept(tmp_path, capsys, monkeypatch):
    monkeypatch.chdir(tmp_path)
    _write(tmp_path / "no newline.txt", "He spoke to the the press.")
    (tmp_path / "crlf.md").write_bytes(b"Narendra Mody spoke.\r\n\r\nA line.\r\nAnother.\r\n")
    _write(tmp_path / "last.txt", "One.\n\nTwo.\n\nThree.\n\nFour.\n\nFive spoke to the the press.")
    assert main(["check", ".", "--diff"]) == 1
    patch = capsys.readouterr().out
    assert patch.count("\\ No newline at end of file") == 4
    (tmp_path / "fix.patch").write_text(patch, encoding="utf-8", newline="")
    for command in (["git", "apply", "--check", "fix.patch"],
                    ["patch", "-p1", "--dry-run", "-i", "fix.patch"]):
        done = subprocess.run(command, capture_output=True, text=True, check=False)
        assert done.returncode == 0, (command, done.stdout, done.stderr)
    subprocess.run(["git", "apply", "fix.patch"], check=True)
    assert (tmp_path / "no newline.txt").read_text(encoding="utf-8") == "He spoke to the press."
    assert (tmp_path / "crlf.md").read_bytes() == b"Narendra Modi spoke.\r\n\r\nA line.\r\nAnother.\r\n"
    assert main(["check", ".", "--diff"]) == 0


# --fix over seed sentences with one planted slip each: checked again, the fixed
# text has none of the fixed findings and no finding the fixes made.
SENTENCES = [s.strip().rstrip(".") + "." for s in
             regex.split(r"(?<=\.)\s+", ENGLISH_SEED.read_text(encoding="utf-8").strip().removeprefix(
                 "date 2021-07-01 ") + " " + GLUED.removeprefix("date 2021-07-01 "))
             if len(s.split()) > 4]
SLIPS = ("repeat", "glue", "swap")


def _plant(sentence: str, slip: str, at: int) -> str:
    words = sentence.split(" ")
    at %= len(words) - 1
    if slip == "repeat":
        words[at:at + 1] = [words[at], words[at]]
    elif slip == "glue":
        words[at:at + 2] = [words[at] + words[at + 1]]
    elif len(words[at]) > 3:
        word = words[at]
        words[at] = word[0] + word[2] + word[1] + word[3:]
    return " ".join(words)


def _check_one(rules: factcheck.Rules, texts: dict[str, str]) -> factcheck.Report:
    return factcheck.check([article_from_text(text, path) for path, text in texts.items()], rules=rules)


@settings(max_examples=int(os.environ.get("FACTCHECK_EXAMPLES", "60")), deadline=None,
          suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(number=st.integers(0, len(SENTENCES) - 1), slips=st.lists(
    st.tuples(st.sampled_from(SLIPS), st.integers(0, 60)), min_size=1, max_size=3))
def test_fixed_text_checked_again_has_no_fixed_finding_and_no_new_one(rules, number, slips):
    text = "date 2021-07-01 " + SENTENCES[number]
    for slip, at in slips:
        text = _plant(text, slip, at + 2)
    report = _check_one(rules, {"a.txt": text})
    plan = fixes.plan(report, lambda texts: _check_one(rules, texts), {"a.txt": text})
    fixed = plan.fixes[0].after if plan.fixes else text
    again = _check_one(rules, {"a.txt": fixed})
    # What may be left: findings no fix applies to, and fixes left for a person.
    left = Counter(f.rule for f in report.findings if not fixes.fixable(report, f))
    left += Counter(f.rule for f in plan.withheld)
    assert Counter(f.rule for f in again.findings) <= left, (text, fixed, again.findings)
    assert not fixes.plan(again, lambda texts: _check_one(rules, texts), {"a.txt": fixed}).fixes
