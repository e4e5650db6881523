"""factcheck.toml and [tool.factcheck], found upward from the checked paths;
command-line flags win."""

from __future__ import annotations

import json
import textwrap

from factcheck.cli import main

from .conftest import HINDI_SEED

ARTICLE = "date 2021-07-01 Defence Minister Narendra Modi said the the talks went well."


def project(tmp_path, config: str, name: str = "factcheck.toml"):
    (tmp_path / name).write_text(textwrap.dedent(config), encoding="utf-8")
    articles = tmp_path / "news" / "2021"
    articles.mkdir(parents=True)
    (articles / "a.txt").write_text(ARTICLE, encoding="utf-8")
    return articles / "a.txt"


def rules_of(capsys):
    report = json.loads(capsys.readouterr().out)
    return sorted((f["rule"], f["severity"]) for f in report["findings"])


def test_without_configuration(tmp_path, capsys):
    article = project(tmp_path, "", name="unrelated.txt")
    assert main(["check", str(article), "--format", "json"]) == 1
    assert rules_of(capsys) == [("office-holder", "error"), ("repetition", "warning")]


def test_factcheck_toml_is_found_upward_and_applied(tmp_path, capsys):
    article = project(tmp_path, """\
        ignore = ["office-holder"]
        severity = {repetition = "error"}
        """)
    assert main(["check", str(article), "--format", "json"]) == 1
    assert rules_of(capsys) == [("repetition", "error")]


def test_pyproject_tool_table(tmp_path, capsys):
    article = project(tmp_path, """\
        [project]
        name = "newsroom"

        [tool.factcheck]
        select = ["repetition"]
        fail-on = "never"
        """, name="pyproject.toml")
    assert main(["check", str(article), "--format", "json"]) == 0
    assert rules_of(capsys) == [("repetition", "warning")]


def test_flags_win_over_configuration(tmp_path, capsys):
    article = project(tmp_path, 'ignore = ["office-holder"]\nfail-on = "never"\n')
    assert main(["check", str(article), "--format", "json", "--ignore", "repetition",
                 "--fail-on", "error"]) == 1
    assert rules_of(capsys) == [("office-holder", "error")]


def test_rules_in_configuration_are_relative_to_it(tmp_path, capsys):
    (tmp_path / "mine.yaml").write_text(
        "pack: mine\ninclude: []\nchecks:\n  - {id: rep, kind: repetition}\n", encoding="utf-8")
    article = project(tmp_path, 'rules = ["mine.yaml"]\n')
    assert main(["check", str(article), "--format", "json"]) == 0
    assert rules_of(capsys) == [("rep", "warning")]


def test_default_language(tmp_path, capsys):
    (tmp_path / "hi.yaml").write_text(textwrap.dedent("""\
        pack: hi-only
        checks:
          - {id: said, kind: existence, options: {patterns: {hi: ['\\bsaid\\b']}}}
        """), encoding="utf-8")
    article = project(tmp_path, 'rules = ["hi.yaml"]\nlanguage = "hi"\n')
    assert main(["check", str(article), "--format", "json"]) == 0
    assert rules_of(capsys) == [("said", "warning")]
    assert main(["check", str(article), "--format", "json", "--language", "en"]) == 0
    assert rules_of(capsys) == []


def test_a_bad_setting_is_exit_2_naming_file_line_and_field(tmp_path, capsys):
    article = project(tmp_path, 'select = ["repetition"]\nseverity = {repetition = "fatal"}\n')
    assert main(["check", str(article)]) == 2
    err = capsys.readouterr().err
    assert f"{tmp_path / 'factcheck.toml'}:2:1: severity.repetition: Input should be" in err


def test_unknown_check_in_select_is_exit_2(tmp_path, capsys):
    assert main(["check", str(HINDI_SEED), "--select", "nonsense"]) == 2
    assert "unknown check id or kind: nonsense" in capsys.readouterr().err


def test_each_file_uses_its_nearest_configuration(tmp_path, capsys):
    strict = tmp_path / "strict"
    relaxed = tmp_path / "relaxed"
    for folder, config in ((strict, 'severity = {repetition = "error"}\n'),
                           (relaxed, 'ignore = ["repetition", "office-holder"]\n')):
        (folder / "news").mkdir(parents=True)
        (folder / "factcheck.toml").write_text(config, encoding="utf-8")
        (folder / "news" / "a.txt").write_text(ARTICLE, encoding="utf-8")
    assert main(["check", str(strict), str(relaxed / "news" / "a.txt"), "--format", "json"]) == 1
    report = json.loads(capsys.readouterr().out)
    assert sorted((f["path"].split("/")[-3], f["rule"], f["severity"]) for f in report["findings"]) == [
        ("strict", "office-holder", "error"), ("strict", "repetition", "error")]
    assert report["summary"]["articles"] == 2


def test_without_a_failing_group_the_run_passes(tmp_path, capsys):
    article = project(tmp_path, 'fail-on = "never"\n')
    assert main(["check", str(article), str(HINDI_SEED)]) == 0


VIETNAMESE_COPY = "date 2021-07-01 Defence Minister Ngo Xuan Lich met the press."


def _errors_with(tmp_path, capsys, config: str, text: str = VIETNAMESE_COPY) -> list[str]:
    (tmp_path / "factcheck.toml").write_text(textwrap.dedent(config), encoding="utf-8")
    article = tmp_path / "a.txt"
    article.write_text(text, encoding="utf-8")
    main(["check", str(article), "--format", "json"])
    report = json.loads(capsys.readouterr().out)
    return [f["text"] for f in report["findings"] if f["severity"] == "error"]


def test_home_country_by_configuration(tmp_path, capsys):
    # India is the bundled pack's home: a Vietnamese minister's unqualified title is a guess
    assert _errors_with(tmp_path, capsys, "") == []
    # a Vietnamese newsroom's folder: the unqualified title is Vietnam's (Phan Van Giang then)
    assert _errors_with(tmp_path, capsys, 'home-country = "vietnam"\n') == ["Ngo Xuan Lich"]
    assert _errors_with(tmp_path, capsys, 'home-country = {en = "vietnam", hi = "india"}\n') == [
        "Ngo Xuan Lich"]
    assert _errors_with(tmp_path, capsys, 'home-country = {hi = "vietnam"}\n') == []


def test_a_home_country_the_packs_do_not_know_is_a_usage_error(tmp_path, capsys):
    (tmp_path / "factcheck.toml").write_text('home-country = "atlantis"\n', encoding="utf-8")
    (tmp_path / "a.txt").write_text(VIETNAMESE_COPY, encoding="utf-8")
    assert main(["check", str(tmp_path / "a.txt")]) == 2
    err = capsys.readouterr().err
    assert "home-country" in err and "atlantis" in err and "Traceback" not in err


# A repository: articles, and files and folders that are not articles.
REPOSITORY = {
    "README.md": ARTICLE, "CHANGELOG.md": ARTICLE, "docs/guide.md": ARTICLE,
    "node_modules/pkg/readme.md": ARTICLE, "vendor/lib/notes.txt": ARTICLE, "venv/lib/x.txt": ARTICLE,
    ".venv/lib/y.txt": ARTICLE, "articles/a.txt": ARTICLE, "articles/opinion/b.md": ARTICLE,
    "articles/wire.jsonl": json.dumps({"id": "w1", "text": ARTICLE}) + "\n",
}


def repository(tmp_path, monkeypatch, config: str | None = None):
    for name, text in REPOSITORY.items():
        (tmp_path / name).parent.mkdir(parents=True, exist_ok=True)
        (tmp_path / name).write_text(text, encoding="utf-8")
    if config is not None:
        (tmp_path / "factcheck.toml").write_text(textwrap.dedent(config), encoding="utf-8")
    monkeypatch.chdir(tmp_path)


def shown_files(capsys, *args: str) -> list[str]:
    assert main(["check", *args, "--show-files"]) == 0
    return capsys.readouterr().out.splitlines()


def checked(capsys, *args: str) -> list[str]:
    main(["check", *args, "--format", "json"])
    return [s["path"] for s in json.loads(capsys.readouterr().out)["inputs"]]


ARTICLES = ["articles/a.txt", "articles/opinion/b.md", "articles/wire.jsonl"]


def test_checking_a_repository_skips_readme_changelog_docs_and_vendor_folders(tmp_path, monkeypatch,
                                                                               capsys):
    repository(tmp_path, monkeypatch)
    assert shown_files(capsys, ".") == ARTICLES
    assert checked(capsys, ".") == ARTICLES
    assert checked(capsys, ".", "--no-config") == ARTICLES  # the default excludes are no configuration


def test_a_file_named_on_the_command_line_is_checked_even_if_excluded(tmp_path, monkeypatch, capsys):
    repository(tmp_path, monkeypatch)
    assert checked(capsys, "README.md", "docs/guide.md") == ["README.md", "docs/guide.md"]
    assert checked(capsys, "README.md", "articles/a.txt", "--force-exclude") == ["articles/a.txt"]
    repository(tmp_path, monkeypatch, "force-exclude = true\n")
    assert shown_files(capsys, "README.md", "docs/guide.md", "articles/a.txt") == ["articles/a.txt"]


def test_exclude_replaces_the_defaults_extend_exclude_adds_include_narrows(tmp_path, monkeypatch, capsys):
    repository(tmp_path, monkeypatch, 'exclude = ["node_modules/", "venv", "vendor/"]\n')
    assert shown_files(capsys, ".") == ["CHANGELOG.md", "README.md", *ARTICLES, "docs/guide.md"]
    repository(tmp_path, monkeypatch, 'extend-exclude = ["opinion/", "articles/*.jsonl"]\n')
    assert shown_files(capsys, ".") == ["articles/a.txt"]
    repository(tmp_path, monkeypatch, 'include = ["articles/**/*.md"]\n')
    assert shown_files(capsys, ".") == ["articles/opinion/b.md"]


def test_pyproject_tool_table_excludes_too(tmp_path, monkeypatch, capsys):
    repository(tmp_path, monkeypatch)
    (tmp_path / "pyproject.toml").write_text('[tool.factcheck]\nextend-exclude = ["wire.jsonl"]\n',
                                             encoding="utf-8")
    assert shown_files(capsys, ".") == ARTICLES[:2]


def test_per_file_settings_apply_to_the_files_their_glob_matches(tmp_path, monkeypatch, capsys):
    repository(tmp_path, monkeypatch, """\
        severity = {office-holder = "warning"}

        [per-file."articles/opinion/**"]
        ignore = ["office-holder"]
        severity = {repetition = "error"}

        [per-file."*.jsonl"]
        select = ["repetition"]
        fail-on = "never"
        """)
    assert main(["check", "articles", "--format", "json"]) == 1
    report = json.loads(capsys.readouterr().out)
    found = sorted((f["path"], f["rule"], f["severity"]) for f in report["findings"])
    assert found == [
        ("articles/a.txt", "office-holder", "warning"), ("articles/a.txt", "repetition", "warning"),
        ("articles/opinion/b.md", "repetition", "error"),  # its own table, and the file's severity kept
        ("articles/wire.jsonl", "repetition", "warning"),
    ]
    assert main(["check", "articles/wire.jsonl", "articles/a.txt"]) == 0  # no group reaches its fail-on


def test_show_settings_prints_the_settings_a_file_gets_as_toml(tmp_path, monkeypatch, capsys):
    import tomllib

    repository(tmp_path, monkeypatch, """\
        language = "en"
        [per-file."opinion/"]
        severity = {repetition = "error"}
        """)
    assert main(["check", "articles/opinion/b.md", "README.md", "--show-settings", "--ignore", "date"]) == 0
    out = capsys.readouterr().out
    opinion, readme = out.split("# settings for README.md\n")
    assert f"# configuration: {tmp_path / 'factcheck.toml'}" in opinion
    assert '# per-file: "opinion/"' in opinion
    settings = tomllib.loads(opinion)
    assert settings["severity"] == {"repetition": "error"} and settings["ignore"] == ["date"]
    assert settings["fail-on"] == "error" and settings["max-article-size"] == 10_000_000
    assert "README.*" in settings["exclude"]
    assert '# excluded by "README.*": left out of folder walks; checked when named on the command line' \
        in readme
    assert tomllib.loads(readme)["severity"] == {}


def test_a_bad_per_file_setting_is_exit_2_naming_it(tmp_path, monkeypatch, capsys):
    repository(tmp_path, monkeypatch, '[per-file."*.md"]\ncolour = "red"\n')
    assert main(["check", "."]) == 2
    err = capsys.readouterr().err
    assert f"{tmp_path / 'factcheck.toml'}:1:1: per-file.*.md.colour: unknown setting" in err
