"""The pack of the tutorial in docs/rules.md, written from the docs alone."""

from __future__ import annotations

import factcheck
from factcheck.cli import main

from .conftest import ROOT

TUTORIAL = ROOT / "docs" / "tutorial"


def test_tutorial_pack_validates_and_its_examples_pass(capsys):
    pack = str(TUTORIAL / "uk-politics.yaml")
    assert main(["rules", "validate", pack]) == 0
    assert main(["rules", "test", pack]) == 0
    assert "10 examples of 4 checks behave as written" in capsys.readouterr().out


def test_tutorial_article_is_checked_against_the_tutorial_pack():
    rules = factcheck.load_rules([TUTORIAL / "uk-politics.yaml"])
    report = factcheck.check([TUTORIAL / "article.md"], rules=rules)
    found = [(f.rule, f.text, f.suggestion) for f in report.findings]
    assert found == [
        ("uk-office-holder", "Boris Johnson", "Liz Truss"),
        ("uk-facts", "2021", "2020"),
        ("uk-dates", "last month", None),
    ]
    assert "Kwasi Kwarteng" not in [f.text for f in report.findings]


def test_tutorial_is_in_the_docs():
    docs = (ROOT / "docs" / "rules.md").read_text(encoding="utf-8")
    assert "## Tutorial: a pack for UK politics" in docs
    assert "docs/tutorial/uk-politics.yaml" in docs
