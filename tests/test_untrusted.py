"""An untrusted pull request: articles, file names, packs and configuration
written by an attacker or a careless author, with a CI token in .git/config
(docs/reliability.md, "An untrusted pull request")."""

from __future__ import annotations

import datetime as dt
import io
import json
import os
import socket
import stat
import subprocess
import sys
import tempfile
import textwrap
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

import factcheck
from factcheck.articles import article_from_text
from factcheck.cli import main
from factcheck.files import TooLarge, open_regular, read_limited
from factcheck.model import Article

from .test_properties import WORDS

pytest_plugins = ["pytester"]
WRONG = "date 2021-07-01 Defence Minister Narendra Modi visited Hanoi.\n"
SECRET = "ghp_SECRET0123456789"
# What the token file holds: read as an article it would give a finding, so reading it shows.
TOKEN_FILE = f"date 2021-07-01 Defence Minister Narendra Modi visited Hanoi. {SECRET}\n"
INVISIBLES = ["\u00ad", "\u200b", "\u2060", "\ufeff", "\u180e", "\u200e", "\ufe0f"]
no_fifos = pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="no FIFOs on this system")


def _cli(*args: str | Path, cwd: Path | None = None) -> subprocess.CompletedProcess[str]:
    """factcheck in a process of its own: a read that hangs fails the test
    (the timeout) instead of hanging the suite."""
    return subprocess.run([sys.executable, "-m", "factcheck.cli", *map(str, args)], cwd=cwd,
                          capture_output=True, text=True, timeout=300, check=False)


def _json(done: subprocess.CompletedProcess[str]) -> dict:
    return json.loads(done.stdout)


def _inputs(report: dict) -> dict[str, tuple[str, str | None]]:
    return {Path(s["path"]).name: (s["status"], s["reason"]) for s in report["inputs"]}


def _repository(tmp_path: Path) -> Path:
    """A checkout as CI has it: the token in .git/config, articles in a folder."""
    repo = tmp_path / "repo"
    (repo / ".git").mkdir(parents=True)
    (repo / ".git" / "config").write_text(TOKEN_FILE, encoding="utf-8")
    (repo / "articles").mkdir()
    (repo / "articles" / "good.txt").write_text(WRONG, encoding="utf-8")
    return repo


# --- Paths -----------------------------------------------------------------


@no_fifos
def test_links_out_of_the_checked_folder_fail_unread(tmp_path):
    repo = _repository(tmp_path)
    articles = repo / "articles"
    os.mkfifo(tmp_path / "pipe")
    (tmp_path / "elsewhere.txt").write_text(TOKEN_FILE, encoding="utf-8")
    (repo / "articles" / ".drafts").mkdir()
    (repo / "articles" / ".drafts" / "draft.txt").write_text(TOKEN_FILE, encoding="utf-8")
    (articles / "git.txt").symlink_to("../.git/config")
    (articles / "zero.txt").symlink_to("/dev/zero")
    (articles / "pipe.txt").symlink_to(tmp_path / "pipe")
    (articles / "outside.txt").symlink_to("../../elsewhere.txt")
    (articles / "absolute.md").symlink_to(tmp_path / "elsewhere.txt")
    (articles / "hidden.txt").symlink_to(".drafts/draft.txt")
    (articles / "up").symlink_to("..", target_is_directory=True)
    (articles / "inside.md").symlink_to("good.txt")
    done = _cli("check", articles, "--format", "json")
    assert SECRET not in done.stdout + done.stderr
    inputs = _inputs(_json(done))
    for name in ("git.txt", "zero.txt", "pipe.txt", "outside.txt", "absolute.md", "hidden.txt", "up"):
        status, reason = inputs[name]
        assert status == "failed" and "symbolic link leading out of the folder being checked" in reason
    assert inputs["good.txt"] == inputs["inside.md"] == ("checked", None)
    assert sorted(f["path"].rsplit("/", 1)[1] for f in _json(done)["findings"]) == ["good.txt", "inside.md"]
    assert done.returncode == 1


def test_a_link_into_a_hidden_folder_of_the_checked_tree_fails_unread(tmp_path):
    repo = _repository(tmp_path)
    (repo / "token.txt").symlink_to(".git/config")
    done = _cli("check", ".", "--format", "json", cwd=repo)
    assert SECRET not in done.stdout + done.stderr
    inputs = _inputs(_json(done))
    assert inputs["token.txt"][0] == "failed" and "hidden folder" in inputs["token.txt"][1]
    assert inputs["good.txt"] == ("checked", None)


@no_fifos
def test_only_regular_files_are_read_even_when_named_on_the_command_line(tmp_path):
    os.mkfifo(tmp_path / "pipe.txt")
    (tmp_path / "zero.txt").symlink_to("/dev/zero")
    folder = Path(tempfile.mkdtemp(dir="/tmp" if os.path.isdir("/tmp") else None))  # short: socket paths
    server = socket.socket(socket.AF_UNIX)
    try:
        server.bind(str(folder / "s.txt"))
        (tmp_path / "elsewhere").mkdir()
        (tmp_path / "elsewhere" / "real.txt").write_text(WRONG, encoding="utf-8")
        (tmp_path / "named.txt").symlink_to(tmp_path / "elsewhere" / "real.txt")
        done = _cli("check", tmp_path / "pipe.txt", tmp_path / "zero.txt", folder / "s.txt",
                    tmp_path / "named.txt", "--format", "json")
    finally:
        server.close()
        (folder / "s.txt").unlink()
        folder.rmdir()
    inputs = _inputs(_json(done))
    assert inputs["pipe.txt"] == ("failed", "not a regular file but a FIFO (named pipe); not read")
    assert inputs["zero.txt"] == ("failed", "not a regular file but a character device; not read")
    assert inputs["s.txt"] == ("failed", "not a regular file but a socket; not read")
    # A file named on the command line is the user's choice: a link to anywhere is read.
    assert inputs["named.txt"] == ("checked", None)


@no_fifos
def test_a_fifo_with_an_article_name_in_a_checked_folder_fails_unread(tmp_path):
    os.mkfifo(tmp_path / "pipe.jsonl")
    (tmp_path / "good.txt").write_text(WRONG, encoding="utf-8")
    done = _cli("check", tmp_path, "--format", "json")
    assert _inputs(_json(done)) == {"pipe.jsonl": ("failed", "not a regular file but a FIFO (named pipe); "
                                                             "not read"),
                                    "good.txt": ("checked", None)}


def test_the_size_limit_counts_what_is_read_not_what_stat_says(tmp_path, monkeypatch):
    path = tmp_path / "a.txt"
    path.write_bytes(b"x" * 1000)
    real_fstat = os.fstat

    def understated(descriptor: int) -> os.stat_result:
        info = real_fstat(descriptor)
        return os.stat_result((*info[:stat.ST_SIZE], 10, *info[stat.ST_SIZE + 1:]))

    monkeypatch.setattr(os, "fstat", understated)
    with open_regular(path) as handle:
        with pytest.raises(TooLarge):
            read_limited(handle, 100)
        assert handle.tell() == 101  # limit + 1 bytes read, no more
    report = factcheck.check([path], limits=factcheck.articles.Limits(max_article_bytes=100))
    assert report.inputs[0].reason == ("more than 100 bytes, over the limit of 100 bytes per article "
                                       "(--max-article-size)")


@pytest.mark.skipif(not os.path.isfile("/proc/cpuinfo"), reason="no /proc/cpuinfo (stat says 0 bytes)")
def test_a_file_whose_size_stat_gives_as_zero_is_held_to_the_limit(capsys):
    assert os.stat("/proc/cpuinfo").st_size == 0
    code = main(["check", "/proc/cpuinfo", "--max-article-size", "20", "--format", "json"])
    [status] = json.loads(capsys.readouterr().out)["inputs"]
    assert status["reason"].startswith("more than 20 bytes, over the limit of 20 bytes")
    assert code == 1


def test_an_overlong_json_lines_record_fails_alone_and_is_not_kept(tmp_path, capsys):
    from factcheck.articles import _lines

    path = tmp_path / "a.jsonl"
    long = json.dumps({"id": "long", "text": "x" * 5000})
    path.write_text("\n".join([json.dumps({"id": "one", "text": WRONG}), long,
                               json.dumps({"id": "three", "text": WRONG})]) + "\n", encoding="utf-8")
    kept = [raw for _, _, raw in _lines(io.BytesIO(path.read_bytes()), 1000)]
    assert [len(raw) if isinstance(raw, bytes) else raw for raw in kept][1] == len(long) + 1
    assert max(len(raw) for raw in kept if isinstance(raw, bytes)) <= 1001
    code = main(["check", str(path), "--max-article-size", "1000", "--format", "json"])
    report = json.loads(capsys.readouterr().out)
    assert [(s["article"], s["status"]) for s in report["inputs"]] == [
        ("one", "checked"), ("a:2", "failed"), ("three", "checked")]
    assert report["inputs"][1]["reason"] == (f"line 2: {len(long) + 1:,} bytes, over the limit of 1,000 "
                                             "bytes per article (--max-article-size)")
    assert code == 1


# --- Packs, includes and configuration ------------------------------------


def _pack(path: Path, text: str) -> Path:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(textwrap.dedent(text), encoding="utf-8")
    return path


GOOD_PACK = "pack: {name}\nchecks:\n  - {{id: {name}-rep, kind: repetition}}\n"


@no_fifos
def test_a_packs_includes_stay_in_the_folder_of_the_pack_named(tmp_path):
    repo = _repository(tmp_path)
    packs = repo / "packs"
    _pack(tmp_path / "outside.yaml", GOOD_PACK.format(name="outside"))
    _pack(packs / "common" / "shared.yaml", GOOD_PACK.format(name="shared"))
    _pack(packs / ".private" / "hidden.yaml", GOOD_PACK.format(name="hidden"))
    (packs / "token.yaml").symlink_to("../.git/config")
    (packs / "zero.yaml").symlink_to("/dev/zero")
    os.mkfifo(packs / "pipe.yaml")
    main_pack = _pack(packs / "main.yaml", """\
        pack: main
        include:
          - common/shared.yaml
          - ../../outside.yaml
          - {outside}
          - token.yaml
          - zero.yaml
          - .private/hidden.yaml
          - pipe.yaml
        """.format(outside=tmp_path / "outside.yaml"))
    done = _cli("rules", "validate", main_pack)
    assert done.returncode == 2
    assert SECRET not in done.stdout + done.stderr
    problems = [line.strip() for line in done.stderr.splitlines()[1:]]
    outside = "lies outside the folder of the pack named at the top (or in a hidden folder in it); refused"
    assert problems == [
        f"{main_pack}:4:5: include: '../../outside.yaml' {outside}: includes stay in that folder, "
        "--rules names any pack",
        f"{main_pack}:5:5: include: '{tmp_path / 'outside.yaml'}' {outside}: includes stay in that "
        "folder, --rules names any pack",
        f"{main_pack}:6:5: include: 'token.yaml' {outside}: includes stay in that folder, --rules names "
        "any pack",
        f"{main_pack}:7:5: include: 'zero.yaml' {outside}: includes stay in that folder, --rules names "
        "any pack",
        f"{main_pack}:8:5: include: '.private/hidden.yaml' {outside}: includes stay in that folder, "
        "--rules names any pack",
        f"{packs / 'pipe.yaml'}:1:1: cannot read pack: not a regular file but a FIFO (named pipe); not read",
    ]
    # What --rules names is the user's choice, a link too; its own includes stay in its folder.
    (tmp_path / "named.yaml").symlink_to(packs / "common" / "shared.yaml")
    assert _cli("rules", "validate", tmp_path / "named.yaml").returncode == 0


@no_fifos
def test_a_folder_of_packs_reads_no_link_out_of_it_and_no_fifo(tmp_path):
    repo = _repository(tmp_path)
    packs = repo / "packs"
    _pack(packs / "a.yaml", GOOD_PACK.format(name="a"))
    (packs / "token.yaml").symlink_to("../.git/config")
    done = _cli("rules", "validate", packs)
    assert done.returncode == 2 and SECRET not in done.stdout + done.stderr
    assert f"{packs / 'token.yaml'}:1:1: symbolic link leading out of the folder {packs}" in done.stderr
    (packs / "token.yaml").unlink()
    os.mkfifo(packs / "pipe.yaml")
    done = _cli("rules", "validate", packs)
    assert done.returncode == 2
    assert "pipe.yaml:1:1: cannot read pack: not a regular file but a FIFO (named pipe)" in done.stderr
    (packs / "pipe.yaml").unlink()
    _pack(packs / ".drafts" / "broken.yaml", "not: a pack\n")  # hidden: not a pack of the folder
    assert _cli("rules", "validate", packs).returncode == 0


@pytest.mark.parametrize("name", ["../outside.yaml", "OUTSIDE", "token.yaml", ".packs/hidden.yaml"])
def test_rules_in_configuration_stay_in_its_folder(tmp_path, capsys, name):
    repo = _repository(tmp_path)
    _pack(tmp_path / "outside.yaml", GOOD_PACK.format(name="outside"))
    _pack(repo / ".packs" / "hidden.yaml", GOOD_PACK.format(name="hidden"))
    (repo / "token.yaml").symlink_to(".git/config")
    name = str(tmp_path / "outside.yaml") if name == "OUTSIDE" else name
    (repo / "factcheck.toml").write_text(f'language = "en"\nrules = ["{name}"]\n', encoding="utf-8")
    assert main(["check", str(repo / "articles")]) == 2
    err = capsys.readouterr().err
    assert SECRET not in err
    assert (f"{repo / 'factcheck.toml'}:2:1: rules: {name!r} lies outside the folder of this file (or in a "
            "hidden folder in it)") in err


def test_rules_in_configuration_may_name_packs_below_it(tmp_path, capsys):
    repo = _repository(tmp_path)
    _pack(repo / "packs" / "mine.yaml", GOOD_PACK.format(name="mine"))
    (repo / "factcheck.toml").write_text('rules = ["packs/mine.yaml"]\n', encoding="utf-8")
    main(["check", str(repo / "articles"), "--format", "json"])
    assert json.loads(capsys.readouterr().out)["summary"]["articles"] == 1


@no_fifos
@pytest.mark.parametrize("special", ["fifo", "/dev/zero", "broken"])
def test_a_configuration_file_that_is_not_a_regular_file_is_an_error_not_a_hang(tmp_path, special):
    repo = _repository(tmp_path)
    config = repo / "factcheck.toml"
    if special == "fifo":
        os.mkfifo(config)
    else:
        config.symlink_to(special if special.startswith("/") else "nowhere.toml")
    done = _cli("check", repo / "articles")
    assert done.returncode == 2
    assert f"{config}:1:1: cannot read configuration: " in done.stderr
    assert "Traceback" not in done.stderr


def test_a_pack_over_the_size_limit_is_refused_unread(tmp_path, monkeypatch, capsys):
    from factcheck import packs
    from factcheck.yamlsource import YamlLimits

    monkeypatch.setattr(packs, "PACK_LIMITS", YamlLimits(max_chars=100))
    big = _pack(tmp_path / "big.yaml", "pack: big\ndescription: " + "x" * 200 + "\n")
    assert main(["rules", "validate", str(big)]) == 2
    assert f"{big}:1:1: larger than 100 bytes; refused" in capsys.readouterr().err


# --- Text ------------------------------------------------------------------


def test_a_lone_surrogate_escape_fails_its_record_only(tmp_path, capsys):
    path = tmp_path / "a.jsonl"
    path.write_text("\n".join([
        json.dumps({"id": "one", "text": WRONG}),
        '{"id": "two", "text": "Defence Minister Narendra Modi \\ud800 visited."}',
        '{"id": "three", "title": "\\udc00", "text": "Fine."}',
        '{"id": "pair", "text": "A smile \\ud83d\\ude00 is one character."}',
        json.dumps({"id": "five", "text": WRONG}),
    ]) + "\n", encoding="utf-8")
    for fmt in ("json", "sarif", "junit", "github", "gitlab", "html", "text"):
        assert main(["check", str(path), "--format", fmt]) == 1
        assert capsys.readouterr().out
    main(["check", str(path), "--format", "json"])
    report = json.loads(capsys.readouterr().out)
    assert [(s["article"], s["status"], s["reason"]) for s in report["inputs"]] == [
        ("one", "checked", None),
        ("a:2", "failed", "line 2: field 'text' holds the escape \\ud800, half of a surrogate pair and no "
                          "character"),
        ("a:3", "failed", "line 3: field 'title' holds the escape \\udc00, half of a surrogate pair and no "
                          "character"),
        ("pair", "checked", None),
        ("five", "checked", None)]
    assert [f["article"] for f in report["findings"]] == ["five", "one"]


@given(st.dictionaries(st.sampled_from(["text", "title", "id", "url", "lang", "other"]),
                       st.text(alphabet="a\u00e9\u0915\ud800\udc00\U0001f600\\\"", max_size=6)),
       st.booleans())
def test_a_record_reads_the_same_whether_it_is_looked_at_for_surrogates_or_not(fields, ascii_only):
    """A record whose JSON holds no \\u escape holds no lone surrogate: read
    without looking for one, it reads as when every field is looked at."""
    from factcheck.articles import DEFAULT_LIMITS, _record, article_from_record

    line = json.dumps(fields, ensure_ascii=ascii_only)
    raw = line.encode("utf-8", "surrogatepass")
    read = _record(raw, 1, 0, "a.jsonl", "a", "en", DEFAULT_LIMITS)
    try:
        expected = article_from_record(json.loads(raw.decode("utf-8")), "a.jsonl", 1, "en", "a:1")
    except UnicodeDecodeError:
        assert not hasattr(read, "text")  # not UTF-8: the record fails before it is read
        return
    except ValueError as exc:
        assert getattr(read, "reason", None) == f"line 1: {exc}"
        return
    assert read == expected


def test_a_failed_record_of_a_file_named_in_no_utf8_is_named_as_its_path(tmp_path, capsys):
    with open(os.fsencode(tmp_path) + b"/caf\xe9.jsonl", "wb") as handle:
        handle.write(b'not json\n{"text": "\\ud800"}\n')
    main(["check", str(tmp_path), "--format", "json"])
    report = json.loads(capsys.readouterr().out)
    assert [s["article"] for s in report["inputs"]] == ["caf\\xe9:1", "caf\\xe9:2"]


def test_a_lone_surrogate_in_front_matter_fails_that_article(tmp_path, capsys):
    (tmp_path / "a.md").write_text('---\ntitle: "\\ud800"\n---\nText.\n', encoding="utf-8")
    (tmp_path / "b.txt").write_text(WRONG, encoding="utf-8")
    main(["check", str(tmp_path), "--format", "json"])
    inputs = _inputs(json.loads(capsys.readouterr().out))
    assert inputs["a.md"][0] == "failed" and inputs["a.md"][1].startswith("bad front matter or dateline: ")
    assert inputs["b.txt"] == ("checked", None)


def _spans(rules: factcheck.Rules, text: str, language: str = "en") -> list[tuple[str, str, str]]:
    report = factcheck.check([Article(id="a", path="a.txt", text=text, language=language,
                                      date=dt.date(2021, 7, 1))], rules=rules)
    assert all(text[f.start:f.end] == f.text for f in report.findings)
    return [(f.rule, f.severity, f.text) for f in report.findings]


@pytest.mark.parametrize("invisible", INVISIBLES)
def test_an_invisible_character_inside_a_name_hides_it_from_no_check(rules, invisible):
    assert _spans(rules, f"Defence Minister Narendra Mo{invisible}di visited Hanoi.") == [
        ("office-holder", "error", f"Narendra Mo{invisible}di")]
    assert _spans(rules, f"Defence Minister Nare{invisible}ndra{invisible} Modi visited Hanoi.") == [
        ("office-holder", "error", f"Nare{invisible}ndra{invisible} Modi")]
    assert _spans(rules, f"Defence Minister Narendra{invisible}Modi visited Hanoi.") == [
        ("office-holder", "error", f"Narendra{invisible}Modi")]
    assert _spans(rules, f"Prime Minister Narendra Mo{invisible}dy visited Hanoi.") == [
        ("spelling", "warning", f"Narendra Mo{invisible}dy")]
    assert _spans(rules, f"रक्षा मंत्री नरेंद्र मो{invisible}दी ने हनोई का दौरा किया।", "hi") == [
        ("office-holder", "error", f"नरेंद्र मो{invisible}दी")]


def test_zero_width_joiners_stay_part_of_devanagari_words():
    from factcheck.text import INVISIBLE, tokenize

    assert "\u200c" not in INVISIBLE and "\u200d" not in INVISIBLE
    [token] = tokenize("क्\u200dष")
    assert token.text == "क्\u200dष"


def _with_invisibles(text: str, picks: list[tuple[int, str]]) -> str:
    """The text with invisible characters put between two letters of a word
    (before a capital they part two words, as a lost space would)."""
    from factcheck.text import tokenize

    inside = [i for token in tokenize(text) for i in range(token.start + 1, token.end)
              if text[i - 1].isalpha() and text[i].isalpha() and not text[i].isupper()]
    chosen = sorted({inside[p % len(inside)]: ch for p, ch in picks}.items(), reverse=True) if inside else []
    for position, ch in chosen:
        text = text[:position] + ch + text[position:]
    return text


@settings(max_examples=int(os.environ.get("FACTCHECK_EXAMPLES", "150")), deadline=None,
          suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(words=st.lists(st.sampled_from(WORDS), min_size=1, max_size=60),
       picks=st.lists(st.tuples(st.integers(0, 10_000), st.sampled_from(INVISIBLES)), max_size=12),
       language=st.sampled_from(["en", "hi"]))
def test_invisible_characters_inside_words_leave_the_names_found_the_same(rules, words, picks, language):
    plain = " ".join(words)
    hidden = _with_invisibles(plain, picks)

    def names(text: str) -> list[tuple[str, ...]]:
        analysis = factcheck.engine.analyse(Article(id="a", path="a.txt", text=text, language=language),
                                            rules.knowledge, rules.gazetteer)
        assert all(text[m.start:m.end] == m.text for m in analysis.mentions)
        return [tuple(sorted({(t.kind, t.ref) for t in m.targets})) for m in analysis.mentions]

    assert names(hidden) == names(plain)


EDGE_DAYS = [dt.date(1, 1, 1), dt.date(1, 1, 2), dt.date(1, 12, 31), dt.date(9998, 12, 31),
             dt.date(9999, 1, 1), dt.date(9999, 12, 30), dt.date(9999, 12, 31)]
CALENDAR_ENDS = st.one_of(st.sampled_from(EDGE_DAYS),
                          st.dates(min_value=dt.date(1, 1, 1), max_value=dt.date(2, 12, 31)),
                          st.dates(min_value=dt.date(9998, 1, 1), max_value=dt.date(9999, 12, 31)))
WHEN = ["yesterday", "today", "tomorrow", "next year", "last year", "this year", "last Monday",
        "next Friday", "on Thursday", "next week", "last week", "next month", "last month",
        "in December last year", "in January next year", "in December", "two years ago", "ten days ago",
        "three months ago", "on 31 December", "on 1 January", "on 10 December", "in 2016", "the next day",
        "पिछले साल", "अगले साल", "कल", "पिछले गुरुवार", "अगले महीने", "दो साल पहले"]
TITLES = ["Defence Minister", "Prime Minister", "former Defence Minister", "then Prime Minister",
          "Vietnamese Prime Minister", "Gujarat Chief Minister", "रक्षा मंत्री", "प्रधानमंत्री", "पूर्व रक्षा मंत्री"]
PEOPLE = ["Narendra Modi", "Rajnath Singh", "Nguyen Xuan Phuc", "Amit Shah", "नरेंद्र मोदी", "राजनाथ सिंह"]
VERBS = ["visited Hanoi", "will visit Hanoi", "met his counterpart", "said", "ने हनोई का दौरा किया",
         "will meet"]
CLAIM = st.builds(lambda when, title, person, verb, first: (f"{when.capitalize()}, {title} {person} {verb}."
                                                            if first else f"{title} {person} {verb} {when}."),
                  st.sampled_from(WHEN), st.sampled_from(TITLES), st.sampled_from(PEOPLE),
                  st.sampled_from(VERBS), st.booleans())


@settings(max_examples=int(os.environ.get("FACTCHECK_EXAMPLES", "150")), deadline=None,
          suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(date=CALENDAR_ENDS, language=st.sampled_from(["en", "hi"]), dateline=st.booleans(),
       sentences=st.lists(CLAIM, min_size=1, max_size=6))
def test_articles_dated_at_the_ends_of_the_calendar_fail_nothing(rules, date, language, dateline, sentences):
    text = " ".join(sentences)
    if dateline:
        article = article_from_text(f"date {date.isoformat()} {text}\n", "a.txt", default_language=language)
    else:  # relative dates count from the article's first full date
        article = Article(id="a", path="a.txt", text=f"On {date.day} {date:%B} {date.year:04d}, {text}",
                          language=language)
    report = factcheck.check([article, article.model_copy(update={"id": "b", "path": "b.txt"})],
                             rules=rules)
    assert report.summary.failed == 0, report.inputs


@pytest.mark.parametrize("text", [
    "date 0001-01-01 Defence Minister Narendra Modi visited Hanoi on 1 January.",
    "date 0001-01-03 HANOI, Jan 1 (Reuters) - Defence Minister Narendra Modi visited Hanoi today.",
])
def test_a_yearless_day_early_in_the_calendar_fails_nothing(rules, text):
    report = factcheck.check([article_from_text(text + "\n", "a.txt")], rules=rules)
    assert report.summary.failed == 0, report.inputs


# --- Identity --------------------------------------------------------------


def test_records_with_one_id_are_two_inputs_each_with_its_own_findings(tmp_path, capsys):
    path = tmp_path / "a.jsonl"
    ignored = "date 2021-07-01 <!-- factcheck-ignore: office-holder -->\n" + WRONG[16:]
    path.write_text("\n".join(json.dumps({"id": "same", "text": text})
                              for text in (WRONG, ignored, WRONG)) + "\n", encoding="utf-8")
    assert main(["check", str(path), "--format", "json"]) == 1
    report = json.loads(capsys.readouterr().out)
    assert [(s["article"], s["status"]) for s in report["inputs"]] == [
        ("same", "checked"), ("same (line 2)", "checked"), ("same (line 3)", "checked")]
    found = {f["article"]: f for f in report["findings"]}
    assert sorted(found) == ["same", "same (line 2)", "same (line 3)"]
    assert "suppressed" not in found["same"] and "suppressed" not in found["same (line 3)"]
    assert found["same (line 2)"]["suppressed"] == "line 1: factcheck-ignore: office-holder"
    assert len({f["fingerprint"] for f in found.values()}) == 3
    assert report["summary"]["errors"] == 2
    # An id that a later record takes on purpose is told apart too.
    path.write_text("\n".join(json.dumps({"id": ident, "text": WRONG})
                              for ident in ("same", "same (line 3)", "same")) + "\n", encoding="utf-8")
    main(["check", str(path), "--format", "json"])
    report = json.loads(capsys.readouterr().out)
    assert [s["article"] for s in report["inputs"]] == ["same", "same (line 3)", "same (line 3) (line 3)"]


def _configured_project(tmp_path: Path) -> Path:
    """strict/ switches office-holder off; loose/ has no configuration of its own."""
    root = tmp_path / "root"
    _pack(root / "strict" / "factcheck.toml", 'ignore = ["office-holder"]\n')
    (root / "strict" / "real.txt").write_text(WRONG, encoding="utf-8")
    (root / "loose").mkdir()
    (root / "loose" / "link.txt").symlink_to("../strict/real.txt")
    return root


def test_a_linked_article_takes_the_configuration_of_its_own_folder(tmp_path, capsys):
    root = _configured_project(tmp_path)
    main(["check", str(root), "--format", "json"])
    report = json.loads(capsys.readouterr().out)
    assert {Path(s["path"]).name for s in report["inputs"]} == {"link.txt", "real.txt"}
    assert [Path(f["path"]).name for f in report["findings"] if f["rule"] == "office-holder"] == ["link.txt"]
    main(["check", str(root / "loose" / "link.txt"), "--format", "json"])
    report = json.loads(capsys.readouterr().out)
    assert [f["rule"] for f in report["findings"]] == ["office-holder"]


def test_the_pytest_plugin_reads_no_link_out_of_the_folder_it_collects(pytester):
    root = pytester.path
    (root / ".git").mkdir()
    (root / ".git" / "config").write_text(TOKEN_FILE, encoding="utf-8")
    articles = root / "articles"
    articles.mkdir()
    (articles / "good.txt").write_text("date 2021-07-01 Defence Minister Rajnath Singh spoke.\n",
                                       encoding="utf-8")
    (articles / "token.txt").symlink_to("../.git/config")
    result = pytester.runpytest_subprocess("--factcheck", "articles", "-v")
    result.assert_outcomes(passed=1, failed=1)
    result.stdout.fnmatch_lines(["*token.txt: failed to load: symbolic link leading out of the folder*"])
    assert SECRET not in result.stdout.str() + result.stderr.str()
