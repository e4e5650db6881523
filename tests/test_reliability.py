"""Bad inputs and packs: no input loses the report, nothing is dropped
silently, and the same input always gives the same findings
(docs/reliability.md lists each case and what factcheck answers)."""

from __future__ import annotations

import json
import os
import threading
import time
from pathlib import Path

import pytest

import factcheck
from factcheck.articles import Article, article_from_text, load
from factcheck.checks import KINDS
from factcheck.cli import main

from .conftest import SEEDS, SHARED, needs_shared

WRONG = "date 2021-07-01 Defence Minister Narendra Modi visited Hanoi.\n"
BOMB = ('a: &a ["lol","lol","lol","lol","lol","lol","lol","lol","lol"]\n'
        + "".join(f"{chr(98 + i)}: &{chr(98 + i)} [{', '.join(['*' + chr(97 + i)] * 9)}]\n"
                  for i in range(8)))


def _report(capsys, *args: str) -> tuple[int, dict]:
    code = main(["check", *args, "--format", "json"])
    return code, json.loads(capsys.readouterr().out)


def _statuses(report: dict) -> dict[str, str]:
    return {Path(s["path"]).name + (f"[{s['article']}]" if s["path"].endswith(".jsonl") else ""):
            s["status"] for s in report["inputs"]}


def test_an_alias_bomb_in_front_matter_fails_that_article_only(tmp_path, capsys):
    (tmp_path / "bomb.md").write_text("---\n" + BOMB + "---\nText.\n", encoding="utf-8")
    (tmp_path / "good.txt").write_text(WRONG, encoding="utf-8")
    code, report = _report(capsys, str(tmp_path))
    assert code == 1
    [failed] = [s for s in report["inputs"] if s["status"] == "failed"]
    assert failed["path"].endswith("bomb.md") and "values" in failed["reason"]
    assert [f["text"] for f in report["findings"]] == ["Narendra Modi"]


def test_an_alias_bomb_pack_is_refused_naming_file_and_line(tmp_path, capsys):
    pack = tmp_path / "bomb.yaml"
    pack.write_text("pack: bomb\n" + BOMB, encoding="utf-8")
    started = time.perf_counter()
    assert main(["rules", "validate", str(pack)]) == 2
    err = capsys.readouterr().err
    assert f"{pack}:" in err and "more than 2,000,000 values" in err
    assert time.perf_counter() - started < 30  # it used to take 40 s and 4 GB; the limit is what is tested


@pytest.mark.parametrize("nesting", ["[" * 10_000 + "]" * 10_000, "{a: " * 10_000 + "1" + "}" * 10_000])
def test_yaml_nested_ten_thousand_deep_is_refused_in_packs_and_front_matter(tmp_path, capsys, nesting):
    pack = tmp_path / "deep.yaml"
    pack.write_text(f"pack: deep\ndescription: {nesting}\n", encoding="utf-8")
    assert main(["rules", "validate", str(pack)]) == 2
    _assert_refused_at_line(capsys.readouterr().err, pack, 2)
    article = tmp_path / "deep.md"
    article.write_text(f"---\nx: {nesting}\n---\nText.\n", encoding="utf-8")
    code, report = _report(capsys, str(article))
    [status] = report["inputs"]
    assert code == 1 and status["status"] == "failed" and status["reason"]
    assert report["findings"] == []


def _assert_refused_at_line(err: str, pack, line: int) -> None:
    """Refused as a located pack problem (our own limit or the YAML library's,
    whichever reads that far first), never a traceback."""
    assert "Traceback" not in err
    assert f"{pack}:{line}:" in err


def test_yaml_nested_deeper_than_libyaml_survives_is_refused_not_crashed(tmp_path, capsys):
    pack = tmp_path / "deeper.yaml"
    pack.write_text("pack: deep\nx: " + "[" * 200_000 + "]" * 200_000 + "\n", encoding="utf-8")
    assert main(["rules", "validate", str(pack)]) == 2
    _assert_refused_at_line(capsys.readouterr().err, pack, 2)


@pytest.mark.parametrize("limit, where", [(100, "rules validate"), (20, "front matter")])
def test_our_own_nesting_limit_refuses_what_the_yaml_library_still_reads(tmp_path, capsys, limit, where):
    nesting = "[" * (limit + 1) + "]" * (limit + 1)
    if where == "rules validate":
        pack = tmp_path / "deep.yaml"
        pack.write_text(f"pack: deep\ndescription: {nesting}\n", encoding="utf-8")
        assert main(["rules", "validate", str(pack)]) == 2
        err = capsys.readouterr().err
        _assert_refused_at_line(err, pack, 2)
        assert f"nested more than {limit} deep" in err
    else:
        article = tmp_path / "deep.md"
        article.write_text(f"---\nx: {nesting}\n---\nText.\n", encoding="utf-8")
        code, report = _report(capsys, str(article))
        assert code == 1 and f"nested more than {limit} deep" in report["inputs"][0]["reason"]


def test_a_json_record_nested_ten_thousand_deep_fails_that_record(tmp_path, capsys):
    wire = tmp_path / "wire.jsonl"
    wire.write_text(json.dumps({"id": "ok", "text": WRONG}) + "\n"
                    + '{"id": "deep", "text": "x", "x": ' + "[" * 10_000 + "]" * 10_000 + "}\n",
                    encoding="utf-8")
    _, report = _report(capsys, str(wire))
    assert _statuses(report) == {"wire.jsonl[ok]": "checked", "wire.jsonl[wire:2]": "failed"}
    assert "nested too deep" in report["inputs"][1]["reason"]


def test_json_lines_are_read_line_by_line(tmp_path, capsys):
    wire = tmp_path / "wire.jsonl"
    lines = [json.dumps({"id": f"r{n}", "text": f"Record {n}."}).encode() for n in range(1, 201)]
    lines[100] = lines[100].replace(b"Record", b"R\xe9cord")
    wire.write_bytes(b"\n".join(lines) + b"\n")
    code, report = _report(capsys, str(wire))
    assert code == 1 and report["summary"]["articles"] == 199 and report["summary"]["failed"] == 1
    [failed] = [s for s in report["inputs"] if s["status"] == "failed"]
    offset = sum(len(line) + 1 for line in lines[:100]) + lines[100].index(b"\xe9")
    assert failed["article"] == "wire:101"
    assert f"line 101: not UTF-8 (invalid continuation byte at byte {offset} of the file" in failed["reason"]


def test_a_json_lines_file_with_a_byte_order_mark_reads_its_first_record(tmp_path, capsys):
    wire = tmp_path / "bom.jsonl"
    wire.write_bytes(b"\xef\xbb\xbf" + json.dumps({"id": "first", "text": WRONG}).encode() + b"\n")
    _, report = _report(capsys, str(wire))
    assert report["inputs"][0]["status"] == "checked"
    assert report["findings"][0]["text"] == "Narendra Modi"


def test_a_file_name_that_is_not_utf8_is_reported_escaped(tmp_path, capsys):
    folder = tmp_path / "articles"
    folder.mkdir()
    (folder / "good.txt").write_text(WRONG, encoding="utf-8")
    os.close(os.open(os.fsencode(folder) + b"/caf\xe9.txt", os.O_CREAT | os.O_WRONLY))
    with open(os.fsencode(folder) + b"/caf\xe9.txt", "wb") as handle:
        handle.write(WRONG.encode())
    code, report = _report(capsys, str(folder))
    assert code == 1
    names = sorted(Path(s["path"]).name for s in report["inputs"])
    assert names == ["caf\\xe9.txt", "good.txt"]
    assert {f["path"].rsplit("/", 1)[1] for f in report["findings"]} == {"caf\\xe9.txt", "good.txt"}
    assert main(["check", str(folder)]) == 1
    assert "caf\\xe9.txt:1:34: error [office-holder]" in capsys.readouterr().out


def test_symbolic_links_broken_looping_and_to_folders(tmp_path, capsys):
    root = tmp_path / "root"
    real = root / "real"
    elsewhere = tmp_path / "elsewhere"
    real.mkdir(parents=True)
    elsewhere.mkdir()
    (real / "linked.txt").write_text(WRONG, encoding="utf-8")
    (elsewhere / "outside.txt").write_text(WRONG, encoding="utf-8")
    (root / "folder").symlink_to(real, target_is_directory=True)
    (root / "away").symlink_to(elsewhere, target_is_directory=True)
    (root / "back").symlink_to(root, target_is_directory=True)
    (root / "dangling.txt").symlink_to(tmp_path / "missing.txt")
    (root / "self.txt").symlink_to(root / "self.txt")
    code, report = _report(capsys, str(root))
    statuses = {Path(s["path"]).name: (s["status"], s["reason"]) for s in report["inputs"]}
    assert statuses["linked.txt"] == ("checked", None)
    assert [f["text"] for f in report["findings"]] == ["Narendra Modi"]  # one real folder, read once
    assert statuses["folder"][0] == "failed" and "already checked" in statuses["folder"][1]
    assert statuses["away"][0] == "failed" and "out of the folder being checked" in statuses["away"][1]
    assert "outside.txt" not in statuses
    assert statuses["dangling.txt"][0] == "failed" and "broken" in statuses["dangling.txt"][1]
    assert statuses["self.txt"][0] == "failed" and "looping" in statuses["self.txt"][1]
    assert statuses["back"][0] == "failed" and "already checked" in statuses["back"][1]
    assert code == 1


def test_a_folder_that_cannot_be_read_is_reported(tmp_path, capsys, monkeypatch):
    (tmp_path / "ok.txt").write_text("Fine.\n", encoding="utf-8")
    locked = tmp_path / "locked"
    locked.mkdir()
    real_scandir = os.scandir

    def scandir(path):
        if Path(path) == locked:
            raise PermissionError(13, "Permission denied")
        return real_scandir(path)

    monkeypatch.setattr(os, "scandir", scandir)
    code, report = _report(capsys, str(tmp_path))
    statuses = {Path(s["path"]).name: s for s in report["inputs"]}
    assert statuses["locked"]["status"] == "failed"
    assert "cannot read folder: Permission denied" in statuses["locked"]["reason"]
    assert statuses["ok.txt"]["status"] == "checked"


@pytest.mark.parametrize("newline", ["\n", "\r\n", "\r"])
def test_line_endings_give_the_right_line_column_and_dateline(tmp_path, capsys, newline):
    text = newline.join(["date 2021-07-01 Defence Minister Rajnath Singh spoke.", "",
                         "Later, Defence Minister Narendra Modi visited Hanoi.", ""])
    article = tmp_path / "a.txt"
    article.write_bytes(text.encode())
    _, report = _report(capsys, str(article))
    [finding] = report["findings"]
    assert (finding["line"], finding["column"], finding["text"]) == (3, 25, "Narendra Modi")
    assert "the article's date" in finding["message"]
    assert text[finding["start"] : finding["end"]] == "Narendra Modi"


def test_an_article_over_the_size_limit_fails_cleanly(tmp_path, capsys):
    big = tmp_path / "big.txt"
    with big.open("wb") as handle:
        handle.truncate(11_000_000)
    (tmp_path / "small.txt").write_text(WRONG, encoding="utf-8")
    code, report = _report(capsys, str(tmp_path))
    statuses = {Path(s["path"]).name: s for s in report["inputs"]}
    assert "over the limit of 10,000,000 bytes" in statuses["big.txt"]["reason"]
    assert statuses["small.txt"]["status"] == "checked"
    code, report = _report(capsys, str(tmp_path / "small.txt"), "--max-article-size", "20")
    assert "over the limit of 20 bytes" in report["inputs"][0]["reason"]


def test_work_grows_linearly_with_article_length(rules):
    paragraph = (SEEDS / "000_4fd3e7492f48b50c.txt").read_text(encoding="utf-8").split("\n", 1)[1]

    def seconds(size: int) -> float:
        text = (paragraph * (size // len(paragraph) + 1))[:size]
        article = article_from_text("date 2021-07-01 " + text, "long.txt")
        best = float("inf")
        for _ in range(2):
            started = time.perf_counter()
            factcheck.check([article], rules=rules)
            best = min(best, time.perf_counter() - started)
        return best

    small, large = seconds(100_000), seconds(1_000_000)
    assert large / small < 25  # ten times the text; quadratic work would be about 100 times


def _corpus_articles() -> list[Article]:
    paths = [SEEDS, *sorted((SHARED / "corpus").glob("*.jsonl"))]
    return [a for a in load([p for p in paths if p.exists()]) if isinstance(a, Article)]


@needs_shared("corpus")
def test_eight_threads_on_shared_rules_give_the_sequential_findings(rules):
    articles = _corpus_articles()
    assert len(articles) > 2
    sequential = [factcheck.check([a], rules=rules).model_dump_json() for a in articles]
    results: list[str | None] = [None] * len(articles)

    def work(offset: int) -> None:
        for index in range(offset, len(articles), 8):
            results[index] = factcheck.check([articles[index]], rules=rules).model_dump_json()

    threads = [threading.Thread(target=work, args=(n,)) for n in range(8)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert results == sequential


def test_a_run_does_not_depend_on_input_order_per_article(rules):
    articles = _corpus_articles()[:200]
    forward = factcheck.check(articles, rules=rules)
    backward = factcheck.check(list(reversed(articles)), rules=rules)
    assert forward.model_dump_json(exclude={"inputs"}) == backward.model_dump_json(exclude={"inputs"})


def test_a_packs_options_share_nothing_with_the_defaults_or_other_packs(tmp_path):
    defaults = KINDS["repetition"].options().model_dump()
    pack = tmp_path / "mine.yaml"
    pack.write_text("pack: mine\nchecks:\n  - id: rep\n    kind: repetition\n"
                    "    options: {function_words: {en: [foo]}}\n", encoding="utf-8")
    mine = factcheck.load_rules([pack])
    bundled = factcheck.load_rules()
    mine_options = next(c for c in mine.checks if c.id == "rep").context.options
    bundled_options = next(c for c in bundled.checks if c.kind.name == "repetition").context.options
    assert mine_options.function_words == {"en": ["foo"]}
    assert bundled_options.function_words is None  # the lexicon's
    assert KINDS["repetition"].options().model_dump() == defaults
    mine_words = next(c for c in mine.checks if c.id == "rep").context.state.function_words
    bundled_check = next(c for c in bundled.checks if c.kind.name == "repetition")
    bundled_words = bundled_check.context.state.function_words
    assert "foo" not in bundled_words and "the" in bundled_words
    assert "the" not in mine_words and "foo" in mine_words


@pytest.mark.parametrize("value", [
    '!!python/object/apply:os.system ["touch {marker}"]',
    "!!python/object/new:os.system [touch {marker}]",
    '!!python/name:os.system ""',
    "!custom {{a: 1}}",
])
def test_packs_and_front_matter_are_data_nothing_in_them_runs(tmp_path, capsys, value):
    marker = tmp_path / "ran"
    pack = tmp_path / "code.yaml"
    pack.write_text(f"pack: code\ndescription: {value.format(marker=marker)}\n", encoding="utf-8")
    assert main(["rules", "validate", str(pack)]) == 2
    assert "is not allowed: this YAML is data" in capsys.readouterr().err
    article = tmp_path / "a.md"
    article.write_text(f"---\ntitle: {value.format(marker=marker)}\n---\nText.\n", encoding="utf-8")
    _, report = _report(capsys, str(article))
    assert report["inputs"][0]["status"] == "failed"
    assert not marker.exists()


def test_paths_holding_a_nul_byte_are_reported_not_fatal(tmp_path, capsys):
    pack = tmp_path / "nul.yaml"
    pack.write_text('pack: nul\ninclude: ["a\\0b.yaml"]\n', encoding="utf-8")
    assert main(["rules", "validate", str(pack)]) == 2
    assert "include: " in capsys.readouterr().err
    code, report = _report(capsys, str(SEEDS), str(tmp_path / "a\0b.txt"))
    assert code == 1 and report["summary"]["articles"] == 2
    assert [s["status"] for s in report["inputs"] if s["path"].endswith("b.txt")] == ["failed"]


def test_the_size_limit_can_be_configured(tmp_path, capsys):
    (tmp_path / "factcheck.toml").write_text("max-article-size = 30\n", encoding="utf-8")
    article = tmp_path / "a.txt"
    article.write_text(WRONG, encoding="utf-8")
    _, report = _report(capsys, str(article))
    assert "over the limit of 30 bytes" in report["inputs"][0]["reason"]
