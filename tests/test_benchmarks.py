"""The planted-error benchmark: it picks its cases without the checker, is
deterministic, and the checker detects each planted type at or above a floor
on a slice of the corpus while the controls stay clean."""

from __future__ import annotations

import ast
import importlib.util
import itertools
import json
import re
import subprocess
import sys
from collections import Counter

import pytest

from factcheck.model import Finding

from .conftest import ROOT, SHARED

CORPUS = SHARED / "corpus"
needs_corpus = pytest.mark.skipif(not CORPUS.is_dir() or not any(CORPUS.glob("*.jsonl")),
                                  reason=f"no corpus at {CORPUS} (../shared/corpus beside the checkout)")

SLICE = ["--articles", "100", "--per-type", "40"]  # the first 100 articles of each file
# Regression floors, for every type, wrong-holder source and language with
# MIN_CASES or more cases on the slice (the target on the whole corpus is 90%).
DETECTION_FLOOR = 0.85
SUGGESTION_FLOOR = 0.85


def _module(name: str = "planted"):
    spec = importlib.util.spec_from_file_location(f"{name}_benchmark", ROOT / "benchmarks" / f"{name}.py")
    assert spec and spec.loader
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module  # dataclasses look their module up
    spec.loader.exec_module(module)
    return module


planted = _module()
performance = _module("performance")


def test_the_planter_does_not_use_the_checkers_analysis():
    """Sites come from the packs' data and plain search: the benchmark
    imports nothing of the checker but the package, its loader and its model."""
    tree = ast.parse((ROOT / "benchmarks" / "planted.py").read_text(encoding="utf-8"))
    imported = {node.module for node in ast.walk(tree) if isinstance(node, ast.ImportFrom)}
    imported |= {alias.name for node in ast.walk(tree) if isinstance(node, ast.Import)
                 for alias in node.names}
    assert {m for m in imported if m and m.startswith("factcheck")} <= {
        "factcheck", "factcheck.articles", "factcheck.model"}


def test_misspellings_at_every_position_the_first_letter_too():
    for word in ("Rajnath", "Sitharaman"):
        positions = {position for _, position, _ in planted.latin_misspellings(word)}
        assert positions == {"first", "inner", "last"}
        assert all(new[0].isupper() and new != word for new, _, _ in planted.latin_misspellings(word))
    assert "Gadkari" not in {new for new, _, _ in planted.latin_misspellings("Gadakari")}  # schwa
    assert "Thaawarchand" not in {new for new, _, _ in planted.latin_misspellings("Thawarchand")}
    hindi = planted.devanagari_misspellings("गडकरी")
    assert {position for _, position, _ in hindi} == {"first", "inner", "last"}
    assert "घडकरी" in {new for new, _, _ in hindi}


def test_wilson_interval():
    low, high = planted.wilson(5, 10)
    assert round(low, 3) == 0.237 and round(high, 3) == 0.763
    assert planted.wilson(0, 10)[0] == 0 and round(planted.wilson(0, 10)[1], 3) == 0.278
    assert planted.wilson(20, 20)[1] == 1


def _finding(article: str, rule: str, severity: str, text: str) -> Finding:
    return Finding(rule=rule, kind=rule, severity=severity, message="m", path=f"corpus/{article}.jsonl",
                   article=article, start=0, end=len(text), line=1, column=1, text=text)


def test_findings_on_unchanged_articles_are_scored_against_verdicts(tmp_path):
    verdicts = tmp_path / "verdicts.tsv"
    verdicts.write_text(
        "file\tarticle\trule\ttext\tverdict\treason\n"
        "a.jsonl\ta1\trepetition\tthe the\treal\tdoubled\n"
        "a.jsonl\ta1\tspelling\tGadkarri\tfalse\tanother romanisation\n"
        "a.jsonl\tgone\tspelling\tx\tfalse\tno finding has it\n", encoding="utf-8")
    judged = planted.read_verdicts(verdicts)
    findings = [_finding("a1", "repetition", "warning", "the the"),
                _finding("a1", "repetition", "warning", "the\nthe"),  # the same text, wrapped
                _finding("a1", "spelling", "warning", "Gadkarri"),
                _finding("h1", "spelling", "warning", "गडकरि")]
    languages = {("corpus/a1.jsonl", "a1"): "en", ("corpus/h1.jsonl", "h1"): "hi"}
    articles = Counter({"en": 50, "hi": 10})
    table, unjudged, stale = planted.tally_unchanged(findings, languages, articles, judged)
    assert table["en/repetition/warning"] == {"findings": 2, "per_100": 4.0, "real": 2, "false": 0,
                                              "unjudged": 0}
    assert table["en/spelling/warning"]["false"] == 1
    assert table["hi/spelling/warning"] == {"findings": 1, "per_100": 10.0, "real": 0, "false": 0,
                                            "unjudged": 1}
    assert [u["text"] for u in unjudged] == ["गडकरि"] and stale == 1

    bad = tmp_path / "bad.tsv"
    bad.write_text("file\tarticle\trule\ttext\tverdict\treason\na\tb\tc\td\tmaybe\te\n", encoding="utf-8")
    with pytest.raises(ValueError, match="verdict"):
        planted.read_verdicts(bad)


@needs_corpus
def test_planted_benchmark_floors_controls_and_determinism(tmp_path, capsys):
    out, cases = tmp_path / "out.json", tmp_path / "cases.json"
    planted.main([*SLICE, "--json", str(out), "--save-cases", str(cases),
                  "--verdicts", str(tmp_path / "none")])
    capsys.readouterr()
    result = json.loads(out.read_text(encoding="utf-8"))

    kinds = {key.split("/")[0] for key in result["groups"]}
    assert {*planted.PLANTS, *planted.CONTROLS} <= kinds
    assert {key.split("/")[1] for key in result["groups"] if key.startswith("wrong-holder/")} == set(
        planted.SOURCES)
    low = []
    for key, row in result["groups"].items():
        assert row["cases"] <= 40
        if "false_alarms" in row:
            assert row["false_alarms"]["k"] == 0, f"{key}: a control was flagged"
            continue
        detected, right = row["detected"], row["suggestion_right"]
        assert 0 <= right["k"] <= detected["k"] <= row["cases"]
        assert detected["ci95"][0] <= detected["rate"] <= detected["ci95"][1]
        if row["cases"] >= planted.MIN_CASES and (
                detected["rate"] < DETECTION_FLOOR or (right["rate"] or 0) < SUGGESTION_FLOOR):
            low.append(f"{key}: {detected['rate']:.1%} detected, {right['rate']:.1%} suggestions right")
    assert not low, "below the floor: " + "; ".join(low)

    # The same seed plants the same cases; saved cases score the same.
    articles = planted.corpus_articles(CORPUS, 100)
    again = tmp_path / "again.json"
    planted.save_cases(planted.plant(articles, planted.factcheck.load_rules(), 40, planted.SEED), again)
    assert again.read_text(encoding="utf-8") == cases.read_text(encoding="utf-8")
    restored = planted.run(CORPUS, 40, restore=cases, limit=100)
    assert restored["groups"] == result["groups"]


def _tiny_corpus(folder, lines: int = 15):
    """The first `lines` records of an English and a Hindi corpus file."""
    folder.mkdir()
    for name in ("reuters_en.jsonl", "pib_hi.jsonl"):
        with (CORPUS / name).open(encoding="utf-8") as source:
            (folder / name).write_text("".join(itertools.islice(source, lines)), encoding="utf-8")
    return folder


@needs_corpus
def test_performance_benchmark_runs_every_part_on_a_tiny_corpus(tmp_path):
    corpus, figures = _tiny_corpus(tmp_path / "corpus"), tmp_path / "figures.json"
    script = ROOT / "benchmarks" / "performance.py"
    done = subprocess.run([sys.executable, str(script), str(corpus), "--quick", "--long-bytes", "5000",
                           "--json", str(figures)],
                          capture_output=True, text=True, timeout=300, check=False)
    assert done.returncode == 0, done.stderr
    for heading in ("## 1. One core", "## 2. Floors", "## 3. Cold start", "## 4. Scale", "## 5. jobs=2",
                    "## 6. One article"):
        assert heading in done.stdout
    for target in ("of floor 1", "of floor 2"):
        assert re.search(rf"Target: at least 1/[\d.]+ {target} .*: (MET|NOT MET)", done.stdout)
    result = json.loads(figures.read_text(encoding="utf-8"))
    assert set(result["files"]["per_file"]) == {"reuters_en.jsonl", "pib_hi.jsonl"}
    assert result["files"]["articles"] == 30
    assert {"tokenize", "sentences", "gazetteer scan", "dates"} <= set(result["files"]["stage_groups"])
    assert set(result["scale"]["sizes"]) == {"80"} and len(result["scale"]["smallest"]["runs"]) == 2
    assert result["scale"]["sizes"]["80"]["articles"] == 80
    assert result["jobs"]["identical"] is True
    assert set(result["long"]) == {"en", "hi"}


@needs_corpus
def test_performance_stages_do_the_work_check_article_does(rules):
    """The staged pass times the same work: the same hits as check_article's findings."""
    from factcheck.engine import check_article

    for name in ("reuters_en.jsonl", "pib_hi.jsonl"):
        for article in performance.articles_of(CORPUS / name, 15):
            stages = performance.Stages()
            hits = performance.staged_check(article, rules, stages, {})
            assert hits == len(check_article(article, rules)[0])
            assert {"tokenize", "sentences", "gazetteer scan", "dates"} <= set(stages.seconds)


def test_replicated_corpus_varies_ids_and_dates():
    records = [{"id": "a", "date": "2020-01-31", "text": "x"}, {"id": "b", "text": "y"}]
    made = list(performance.replicated(records, 5))
    assert [r["id"] for r in made] == ["a", "b", "a~1", "b~1", "a~2"]
    assert [r.get("date") for r in made] == ["2020-01-31", None, "2020-02-01", None, "2020-02-02"]
    assert records[0] == {"id": "a", "date": "2020-01-31", "text": "x"}  # the corpus is not changed
