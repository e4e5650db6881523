from __future__ import annotations

import datetime as dt
import json

from factcheck.articles import Failure, article_from_text, load

from .conftest import ENGLISH_SEED, HINDI_SEED


def test_dateline_on_the_same_line_is_metadata_and_offsets_stay_the_files():
    text = ENGLISH_SEED.read_text(encoding="utf-8")
    article = article_from_text(text, "a.txt")
    assert article.date == dt.date(2021, 7, 1)
    assert article.language == "en"
    assert article.text == text
    assert text[article.body_start:].startswith("Defence Minister")


def test_hindi_seed_has_no_date_and_is_hindi():
    article = article_from_text(HINDI_SEED.read_text(encoding="utf-8"), "h.txt")
    assert article.date is None
    assert article.language == "hi"
    assert article.body_start == 0


def test_front_matter():
    text = "---\nid: x1\ndate: 2020-12-21\nlang: en\ntitle: Summit\nurl: http://e.x\n---\nBody here."
    article = article_from_text(text, "x.md")
    assert (article.id, article.date, article.language, article.title) == (
        "x1", dt.date(2020, 12, 21), "en", "Summit")
    assert article.metadata == {"url": "http://e.x"}
    assert text[article.body_start:] == "Body here."


def test_jsonl_records_and_bad_lines_are_reported(tmp_path):
    path = tmp_path / "a.jsonl"
    path.write_text(
        json.dumps({"id": "r1", "date": "2021-07-01", "lang": "en", "text": "Hello."}) + "\n"
        + "{not json\n"
        + json.dumps({"id": "r3", "text": "भारत और वियतनाम"}) + "\n"
        + json.dumps({"id": "r4", "date": "yesterday", "text": "x"}) + "\n",
        encoding="utf-8",
    )
    items = list(load([path]))
    assert [type(i).__name__ for i in items] == ["Article", "Failure", "Article", "Failure"]
    assert items[0].id == "r1" and items[0].date == dt.date(2021, 7, 1)
    assert items[2].language == "hi" and items[2].date is None
    assert "line 2" in items[1].reason and "line 4" in items[3].reason


def test_folders_are_read_recursively_in_order_and_failures_kept(tmp_path):
    (tmp_path / "b").mkdir()
    (tmp_path / "b" / "two.txt").write_text("date 2021-01-01 Two.", encoding="utf-8")
    (tmp_path / "one.md").write_text("One.", encoding="utf-8")
    (tmp_path / "bad.txt").write_bytes(b"\xff\xfe\x00bad")
    (tmp_path / "ignored.png").write_bytes(b"x")
    items = list(load([tmp_path, tmp_path / "missing.txt"]))
    names = [i.path.rsplit("/", 1)[-1] for i in items]
    assert names == ["two.txt", "bad.txt", "one.md", "missing.txt"]
    assert isinstance(items[1], Failure) and "UTF-8" in items[1].reason
    assert isinstance(items[3], Failure)


def test_dateline_after_a_byte_order_mark_and_windows_line_ends():
    article = article_from_text("\ufeffdate 2021-07-01\r\nBody.\r\n", "a.txt")
    assert article.date == dt.date(2021, 7, 1)
    assert article.text[article.body_start:] == "Body.\r\n"


def test_an_impossible_dateline_fails_the_input_with_a_reason(tmp_path):
    path = tmp_path / "a.txt"
    path.write_text("date 2021-13-45 Body.", encoding="utf-8")
    (item,) = load([path])
    assert isinstance(item, Failure)
    assert "dateline" in item.reason
