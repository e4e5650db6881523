"""A Markdown article's markup is no prose: code, comments, tags, link and
image destinations, reference definitions, footnote marks and bare URLs are
blanked for the checks, at the same offsets, while a plain-text article is
read as it is."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

import factcheck
from factcheck.articles import article_from_text
from factcheck.markup import OBJECT, is_markdown, prose

DATED = "---\ndate: 2014-10-03\n---\n"


def found(rules: factcheck.Rules, body: str, path: str = "a.md") -> list[tuple[str, str, str]]:
    report = factcheck.check([article_from_text(DATED + body, path)], rules=rules)
    assert report.summary.failed == 0
    return [(f.severity, f.rule, f.text) for f in report.findings if f.severity != "info"]


@pytest.mark.parametrize(
    "body",
    [
        # editors' notes in comments, one line or several
        "Modi spoke on Thursday, October 2, 2014. <!-- TODO: check check the date -->\n",
        "Modi spoke on Thursday, October 2, 2014.\n\n<!-- old draft said Wednesday, October 2, "
        "2014;\nfixed by the desk -->\n",
        "<!-- तारीख तारीख जांचें -->\nप्रधानमंत्री ने गुरुवार को भाषण दिया।\n",
        # a typo quoted as code in a style note, inline or in a fenced block
        "Style note: do not write `the the` or ``Pinarayi Vijayan Vijayan``.\n",
        "Style:\n\n```text\nSTYLE: \"the the Budget\" -> \"the Budget\"\n```\n\nThat is all.\n",
        "Style:\n\n~~~~\nWednesday, October 2, 2014\n~~~~\n",
        "Data:\n\n```json\n{\"date\": \"2014-10-02\", \"day\": \"Wednesday\"}\n",  # never closed
        # attributes of raw HTML
        "<span data-note=\"the the\">Modi spoke on Thursday.</span>\n",
        "<time datetime=\"2014-10-01\">Thursday, October 2, 2014</time> was the day.\n",
        # destinations, definitions and addresses
        "Read [the speech](https://example.com/the-the/Wednesday-October-2-2014 \"the the\").\n",
        "Read [the speech][speech].\n\n[speech]: https://example.com/x \"Wednesday, October 2, 2014\"\n",
        "See https://example.com/news/2014/budget-budget and <https://example.com/the the>.\n",
        "![Wednesday, October 2, 2014: the the launch](img/the-the.jpg)\n",
    ],
)
def test_nothing_is_read_inside_markdown_markup(rules, body):
    assert found(rules, body) == []


@pytest.mark.parametrize(
    "body",
    [
        "Modi spoke on Thursday, October 2, 2014. <!-- TODO: check check the date -->\n",
        "Style note: do not write `the the` in copy.\n",
    ],
)
def test_a_plain_text_article_is_read_as_it_is(rules, body):
    assert found(rules, body, "a.txt") != []


def test_prose_around_markup_is_still_checked_at_its_own_offsets(rules):
    body = ("**Modi** said [in a speech](https://example.com/2014) that the the plan `works` "
            "on Wednesday, October 2, 2014.\n")
    text = DATED + body
    report = factcheck.check([article_from_text(text, "a.md")], rules=rules)
    spans = {(f.rule, f.text) for f in report.findings if f.severity != "info"}
    assert ("repetition", "the the") in spans
    assert any(rule == "date" for rule, _ in spans)
    for finding in report.findings:
        assert text[finding.start:finding.end] == finding.text


def test_a_linked_line_at_the_end_is_the_page_not_a_pasted_list(rules):
    body = ("Om Birla was elected Speaker of the Lok Sabha on a voice vote in the House. He "
            "thanked the members.\n\nRead: [Speaker profile](https://example.com/om-birla)\n")
    assert found(rules, body) == []
    pasted = body.replace("[Speaker profile](https://example.com/om-birla)", "Speaker profile")
    assert [rule for _, rule, _ in found(rules, pasted)] == ["trailing-text"]


def test_suppressions_in_comments_still_silence(rules):
    body = "<!-- factcheck-ignore: repetition -->\nHe said the the plan works.\n"
    report = factcheck.check([article_from_text(DATED + body, "a.md")], rules=rules)
    doubled = [f for f in report.findings if f.rule == "repetition"]
    assert len(doubled) == 1 and doubled[0].suppressed is not None


def test_blanking_keeps_lines_and_words_outside_markup():
    text = ("# Title\n\nKept [shown](https://x.example/a) and `code`.\n<!-- a\nb -->\n```\nx y\n```\n"
            "[r]: https://x.example\nEnd[^1].\n")
    seen = prose(text)
    assert len(seen) == len(text)
    assert [i for i, c in enumerate(seen) if c == "\n"] == [i for i, c in enumerate(text) if c == "\n"]
    assert seen.startswith("# Title\n\nKept  shown")
    assert "code" not in seen and "x y" not in seen and "https" not in seen and "^1" not in seen
    assert OBJECT in seen and seen.rstrip().endswith("End    .")


def test_only_markdown_files_are_markdown():
    assert is_markdown("desk/a.md") and is_markdown("A.MARKDOWN")
    assert not is_markdown("a.txt") and not is_markdown("feed.jsonl") and not is_markdown("md")


PIECES = [*"ab 12\n`~<>![]()-:^/.\"'#*", "http://", "www.", "<!--", "-->", "```", "कि"]
MARKDOWNISH = st.lists(st.sampled_from(PIECES), max_size=60).map("".join)


@given(MARKDOWNISH, st.integers(min_value=0, max_value=40))
def test_prose_keeps_length_and_line_breaks_and_only_blanks(text, begin):
    seen = prose(text, begin)
    assert len(seen) == len(text)
    assert seen[:begin] == text[:begin]
    for was, now in zip(text, seen, strict=True):
        assert now == was or (now in {" ", OBJECT} and was != "\n")


@given(st.text(alphabet=st.characters(blacklist_characters="`~<>[]!\ufffc")))
def test_text_without_markup_is_the_same_object(text):
    if "http" not in text and "www." not in text:
        assert prose(text) is text
