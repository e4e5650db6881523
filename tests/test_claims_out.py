"""Claims out: every claim read from an article, as a public record with its
evidence and whether it was checked (factcheck/claim_export.py,
`factcheck.check(..., claims=True)`, `factcheck check --emit-claims`,
`factcheck claims schema`, the HTML report)."""

from __future__ import annotations

import json
import re
from pathlib import Path

import jsonschema
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

import factcheck
from factcheck.articles import article_from_text
from factcheck.claim_model import ClaimRecord, claim_schema
from factcheck.cli import main

from .conftest import ENGLISH_SEED, HINDI_SEED, ROOT

SCHEMA = json.loads(claim_schema())


def _claims(rules: factcheck.Rules, text: str, path: str = "a.txt") -> list[ClaimRecord]:
    return factcheck.check([article_from_text(text, path)], rules=rules, claims=True).claims


def _words(text: str, span: tuple[int, int] | None) -> str | None:
    return None if span is None else text[span[0]:span[1]]


def _spans(claim: ClaimRecord) -> list[tuple[int, int]]:
    evidence = claim.evidence
    assert evidence is not None
    assert claim.start is not None and claim.end is not None
    return [(claim.start, claim.end),
            *(span for span in (evidence.name, evidence.title, evidence.time) if span is not None)]


def test_a_run_gives_no_claims_unless_asked():
    report = factcheck.check([ENGLISH_SEED])
    assert report.claims == []
    assert "claims" not in report.model_dump(mode="json")


def test_the_english_seed_emits_its_holds_office_claim_with_evidence_indexing_the_text(rules):
    text = ENGLISH_SEED.read_text(encoding="utf-8")
    claims = factcheck.check([ENGLISH_SEED], rules=rules, claims=True).claims
    rajnath = next(c for c in claims if c.subject == "rajnath-singh")
    assert (rajnath.relation, rajnath.value) == ("holds-office", "india-defence-minister")
    assert rajnath.language == "en"
    assert Path(rajnath.path or "").name == ENGLISH_SEED.name
    assert rajnath.evidence is not None
    assert _words(text, rajnath.evidence.name) == "Rajnath Singh"
    assert _words(text, rajnath.evidence.title) == "Defence Minister"
    assert rajnath.evidence.time_text is not None
    assert _words(text, rajnath.evidence.time) == rajnath.evidence.time_text
    assert rajnath.evidence.why_time
    assert (rajnath.time, str(rajnath.reference_date)) == ("2021-07-01", "2021-07-01")
    assert rajnath.time_basis == "relative"  # 'Thursday', counted from the dateline
    assert rajnath.checked is True and rajnath.not_checked is None
    assert text[rajnath.start:rajnath.end] == "Rajnath Singh"


def test_the_seeds_emit_their_fact_dates_with_the_cue_as_the_name(rules):
    text = ENGLISH_SEED.read_text(encoding="utf-8")
    claims = factcheck.check([ENGLISH_SEED], rules=rules, claims=True).claims
    vision = [c for c in claims if c.relation == "fact-date" and c.subject.startswith("joint-vision")]
    assert [c.value for c in vision] == ["2015/2020", "2021/2025"]
    for claim in vision:
        assert claim.evidence is not None
        assert _words(text, claim.evidence.name) == "Joint Vision Statement"
        assert text[claim.start:claim.end] == claim.evidence.time_text  # its finding goes on the date
        assert len(claim.options) == 2  # two facts share the cue


def test_the_hindi_seed_emits_claims_in_devanagari_its_first_full_date_a_guess_at_its_own(rules):
    text = HINDI_SEED.read_text(encoding="utf-8")
    claims = factcheck.check([HINDI_SEED], rules=rules, claims=True).claims
    rajnath = [c for c in claims if c.subject == "rajnath-singh"]
    assert rajnath and all(c.language == "hi" for c in rajnath)
    for claim in rajnath:
        assert claim.evidence is not None
        assert _words(text, claim.evidence.name) == "राजनाथ सिंह"
    # the seed is undated, and its first full date stands in its first sentence, not at its head:
    # the day of the talks that sentence tells, not known to be the article's
    assert [c.reference_date for c in claims if c.reference_date] == []
    assert (rajnath[0].time, rajnath[0].time_basis) == ("2020-11-27", "date")
    assert {c.time_basis for c in rajnath[1:]} <= {"anchor", "yearless", "nearby", "carried", "date"}


def test_a_member_of_claim_names_the_person_and_the_party(rules):
    text = "date 2021-06-01 BJP leader Sachin Pilot said so."
    (claim,) = [c for c in _claims(rules, text) if c.relation == "member-of"]
    assert claim.evidence is not None
    assert (claim.subject, claim.value) == ("sachin-pilot", "bharatiya-janata-party")
    assert _words(text, claim.evidence.name) == "Sachin Pilot"
    assert text[claim.start:claim.end] == "BJP"
    assert claim.time == "2021-06-01" and claim.time_basis == "dateline"
    assert claim.checked is True  # the membership check judged it (and found it wrong)


def test_a_claim_with_no_date_is_not_checked_with_the_checks_reason(rules):
    text = "Defence Minister Rajnath Singh visited Hanoi."
    report = factcheck.check([article_from_text(text, "a.txt")], rules=rules, claims=True)
    (claim,) = report.claims
    (info,) = [f for f in report.findings if f.rule == "office-holder"]
    assert claim.checked is False
    assert claim.not_checked == info.message
    assert claim.time is None and claim.time_basis == "unknown" and claim.reference_date is None


def test_a_member_of_claim_with_no_date_is_not_checked(rules):
    (claim,) = _claims(rules, "BJP leader Sachin Pilot said so.")
    assert claim.checked is False
    assert claim.not_checked is not None and "no date" in claim.not_checked


def test_a_claim_no_enabled_check_judges_is_not_checked(rules):
    text = "date 2021-07-01 Defence Minister Narendra Modi spoke."
    (claim,) = _claims(rules.configured(select=["cross-source"]), text)
    assert claim.checked is False
    assert claim.not_checked is not None and "holds-office" in claim.not_checked


def test_a_counterpart_of_a_wrong_title_is_not_checked(rules):
    text = ("date 2021-07-01 Defence Minister Narendra Modi met his Vietnamese counterpart "
            "Phan Van Giang in Hanoi.")
    claims = {c.subject: c for c in _claims(rules, text)}
    assert claims["narendra-modi"].checked is True
    assert claims["phan-van-giang"].qualifier == "counterpart"
    assert claims["phan-van-giang"].checked is False


def test_a_finding_on_a_claim_has_the_claims_span(rules):
    text = "date 2021-07-01 Defence Minister Narendra Modi visited Hanoi."
    report = factcheck.check([article_from_text(text, "a.txt")], rules=rules, claims=True)
    (finding,) = [f for f in report.findings if f.severity == "error"]
    (claim,) = report.claims
    assert (claim.path, claim.article, claim.start, claim.end) == (
        finding.path, finding.article, finding.start, finding.end)


def _many_articles() -> list[factcheck.Article]:
    seeds = [ENGLISH_SEED.read_text(encoding="utf-8"), HINDI_SEED.read_text(encoding="utf-8")]
    extra = ["date 2021-07-01 Defence Minister Narendra Modi visited Hanoi.",
             "BJP leader Sachin Pilot said so.", "Nothing to claim here."]
    texts = (seeds + extra) * 5
    return [article_from_text(text, f"article{i:02d}.txt") for i, text in enumerate(texts)]


def test_claims_are_the_same_whatever_the_jobs(rules):
    alone = factcheck.check(_many_articles(), rules=rules, claims=True)
    shared = factcheck.check(_many_articles(), rules=rules, claims=True, jobs=2)
    assert alone.claims and shared.claims == alone.claims
    assert [c.path for c in alone.claims] == sorted(c.path or "" for c in alone.claims)


TITLES = ["Defence Minister ", "Prime Minister ", "PM ", "BJP leader ", "former Prime Minister ",
          "रक्षा मंत्री ", "his Vietnamese counterpart "]
NAMES = ["Rajnath Singh", "Narendra Modi", "Phan Van Giang", "Sachin Pilot", "राजनाथ सिंह"]
GLUE = [" said so. ", " visited Hanoi in 2019. ", " met ", ", who joined in 1978, ", " on Thursday. ",
        "\n\n", "\r", " last year, ", " the Joint Vision Statement of 2015-20 ", " (BJP) ", " 27 नवंबर, 2020 "]


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(head=st.sampled_from(["", "date 2021-07-01\n", "---\ndate: 2020-11-27\n---\n"]),
       pieces=st.lists(st.tuples(st.sampled_from(TITLES), st.sampled_from(NAMES), st.sampled_from(GLUE)),
                       max_size=6))
def test_every_emitted_span_indexes_the_original_text(rules, head, pieces):
    text = head + "".join(title + name + glue for title, name, glue in pieces)
    for claim in _claims(rules, text, "a.md"):
        for start, end in _spans(claim):
            assert 0 <= start < end <= len(text)
        assert claim.evidence is not None
        if claim.evidence.time is not None:
            assert _words(text, claim.evidence.time) == claim.evidence.time_text
        if claim.relation in {"holds-office", "member-of"}:
            assert _words(text, claim.evidence.name) in NAMES
        assert ClaimRecord.model_validate_json(claim.model_dump_json()) == claim


def test_the_cli_writes_claims_as_json_lines_that_validate_against_the_schema(tmp_path):
    out = tmp_path / "claims.jsonl"
    code = main(["check", str(ENGLISH_SEED), str(HINDI_SEED), "--emit-claims", str(out),
                 "--format", "json", "--output", str(tmp_path / "report.json")])
    assert code == 0
    lines = out.read_text(encoding="utf-8").splitlines()
    assert len(lines) == len(factcheck.check([ENGLISH_SEED, HINDI_SEED], claims=True).claims) > 0
    for line in lines:
        record = json.loads(line)
        jsonschema.validate(record, SCHEMA)
        assert None not in record.values()
        ClaimRecord.model_validate_json(line)
    assert "claims" not in json.loads((tmp_path / "report.json").read_text(encoding="utf-8"))


def test_an_unwritable_claims_file_is_one_line_and_exit_2(tmp_path, capsys):
    code = main(["check", str(ENGLISH_SEED), "--emit-claims", str(tmp_path / "missing" / "claims.jsonl")])
    err = capsys.readouterr().err
    assert code == 2
    assert err.count("\n") == 1 and "claims.jsonl" in err and "Traceback" not in err


def test_emit_claims_does_not_go_with_diff(tmp_path, capsys):
    assert main(["check", str(ENGLISH_SEED), "--diff", "--emit-claims", str(tmp_path / "c.jsonl")]) == 2
    assert "--emit-claims" in capsys.readouterr().err


def test_claims_schema_prints_the_shipped_schema(capsys):
    assert main(["claims", "schema"]) == 0
    printed = capsys.readouterr().out
    assert printed == (ROOT / "rules" / "claim.schema.json").read_text(encoding="utf-8")
    assert json.loads(printed)["title"] == "factcheck claim"


def test_the_html_report_shows_the_claim_a_finding_rests_on(tmp_path):
    article, page = tmp_path / "a.txt", tmp_path / "report.html"
    article.write_text("date 2021-07-01\nDefence Minister Narendra Modi visited Hanoi on Thursday.\n",
                       encoding="utf-8")
    main(["check", str(article), "--format", "html", "--output", str(page)])
    html = page.read_text(encoding="utf-8")
    (card,) = re.findall(r'<div class="card error".*?</dl></div>', html)
    assert "narendra-modi holds-office india-defence-minister" in card
    for words in ("“Narendra Modi”", "“Defence Minister”", "“Thursday”", "read from"):
        assert words in card


def test_the_html_report_says_why_a_claim_was_not_checked(tmp_path):
    article, page = tmp_path / "a.txt", tmp_path / "report.html"
    article.write_text("Defence Minister Rajnath Singh visited Hanoi.\n", encoding="utf-8")
    main(["check", str(article), "--format", "html", "--output", str(page)])
    html = page.read_text(encoding="utf-8")
    assert re.search(r"<dt>checked</dt><dd>no: cannot check that Rajnath Singh", html)


@pytest.mark.parametrize("claims", [False, True])
def test_asking_for_claims_changes_no_finding(rules, claims):
    articles = _many_articles()
    plain = factcheck.check(articles, rules=rules)
    assert factcheck.check(articles, rules=rules, claims=claims).findings == plain.findings


def test_the_documented_claim_line_is_what_the_english_seed_emits(tmp_path, monkeypatch):
    page = (ROOT / "docs" / "claims.md").read_text(encoding="utf-8")
    documented = re.search(r"```json\n(\{.*\})\n```", page)
    assert documented is not None
    monkeypatch.chdir(ROOT)
    out = tmp_path / "claims.jsonl"
    assert main(["check", "seeds/000_4fd3e7492f48b50c.txt", "--emit-claims", str(out)]) == 0
    assert out.read_text(encoding="utf-8").splitlines()[0] == documented.group(1)
