"""Nothing is quadratic in what an article (or a run of articles) controls:
one very long line, thousands of suppression directives in one paragraph,
thousands of findings in the HTML report, many articles naming one office.

Each test doubles the input twice and compares the work: the CPU time of
this thread (not wall time, which other processes on the machine change),
the best of a few runs. Linear work grows about 4 times over two doublings,
quadratic work 16 times; the bound, 9, leaves room for a noisy machine."""

from __future__ import annotations

import datetime as dt
import json
import os
import pickle
import sys
import tempfile
import time
from collections.abc import Callable

from hypothesis import given
from hypothesis import strategies as st

import factcheck
from factcheck import engine
from factcheck.articles import article_from_text
from factcheck.model import InputStatus, InputStatuses, Report, Summary
from factcheck.report import FORMATTERS, Settings
from factcheck.span import KeptTexts, SourceText, TextShelf

from .conftest import ENGLISH_SEED

LINEAR_BOUND = 9  # two doublings: linear about 4, quadratic about 16


def _cpu(work: Callable[[], object], repeats: int = 3) -> float:
    best = float("inf")
    for _ in range(repeats):
        started = time.thread_time()
        work()
        best = min(best, time.thread_time() - started)
    return best


def _growth(work_of_size: Callable[[int], Callable[[], object]], size: int) -> float:
    """How much the work grows from `size` to four times it."""
    small, large = work_of_size(size), work_of_size(4 * size)
    return _cpu(large) / max(_cpu(small), 1e-3)


def _seed_as_one_line() -> str:
    return " ".join(ENGLISH_SEED.read_text(encoding="utf-8").split("\n", 1)[1].split())


def test_one_very_long_line_costs_linear_work(rules):
    paragraph = _seed_as_one_line() + " "

    def check_and_report(size: int) -> Callable[[], object]:
        article = article_from_text("date 2021-07-01 " + (paragraph * (size // len(paragraph) + 1))[:size],
                                    "long.txt")
        assert "\n" not in article.text

        def work() -> None:
            report = factcheck.check([article], rules=rules)
            assert report.findings
            for fmt in ("text", "html", "sarif", "json"):
                FORMATTERS[fmt](report, Settings())
        return work

    assert _growth(check_and_report, 150_000) < LINEAR_BOUND


def test_thousands_of_suppression_directives_in_one_paragraph_cost_linear_work(rules):
    def check(count: int) -> Callable[[], object]:
        directives = " ".join(f"<!-- factcheck-ignore: {('spelling', 'repetition')[n % 2]} -- reason {n} -->"
                              for n in range(count))
        unclosed = " <!-- factcheck-ignore: repetition" * count  # never closed, on the same line
        text = f"date 2021-07-01 He thanked Sr Lt Gen Phan Van Giangfor for it. {directives}{unclosed}\n"
        article = article_from_text(text, "many.txt")

        def work() -> None:
            report = factcheck.check([article], rules=rules)
            assert report.summary.suppressed == 1
            assert len([f for f in report.findings if f.rule == "unused-suppression"]) == count // 2
            FORMATTERS["text"](report, Settings())
        return work

    assert _growth(check, 1000) < LINEAR_BOUND


def test_thousands_of_findings_in_the_html_report_cost_linear_work(rules):
    def render(count: int) -> Callable[[], object]:
        text = "date 2021-07-01 " + " ".join(
            f"Sr Lt Gen Phan Van Giangfor met them on day {n}." for n in range(count))
        report = factcheck.check([article_from_text(text, "many.txt")], rules=rules)
        assert len(report.findings) >= count
        return lambda: FORMATTERS["html"](report, Settings())

    assert _growth(render, 1000) < LINEAR_BOUND


def test_many_articles_naming_one_office_cost_linear_work(rules, monkeypatch):
    """Cross-source groups claims by office and compares each with the
    nearest claim of each other holder, never all pairs."""
    run_level = engine._run_level
    spent = [0.0]

    def timed(*args):
        started = time.thread_time()
        try:
            return run_level(*args)
        finally:
            spent[0] += time.thread_time() - started

    monkeypatch.setattr(engine, "_run_level", timed)
    holders = ["Rajnath Singh", "Nirmala Sitharaman", "Manohar Parrikar"]

    def articles(count: int) -> list:
        return [article_from_text(f"date {dt.date(2018, 1, 1) + dt.timedelta(days=n % 900)} Defence "
                                  f"Minister {holders[n % 3]} spoke in Delhi.", f"{n:05}.txt")
                for n in range(count)]

    def cross_source_work(count: int) -> float:
        given = articles(count)
        best = float("inf")
        for _ in range(3):
            spent[0] = 0.0
            report = factcheck.check(given, rules=rules)
            best = min(best, spent[0])
        assert any(f.related for f in report.findings)
        return best

    small, large = cross_source_work(600), cross_source_work(2400)
    assert large / max(small, 1e-3) < LINEAR_BOUND


def test_a_report_keeps_the_text_only_of_articles_it_has_findings_in():
    """Memory grows with what a run finds, not with what it reads: a clean
    article's text is not held to the end of the run."""
    clean = [article_from_text(f"The council met on Tuesday. Item {n} was agreed.", f"clean{n}.txt")
             for n in range(200)]
    faulty = article_from_text("The the council met on Tuesday.", "faulty.txt")
    report = factcheck.check([*clean, faulty])
    assert report.summary.articles == 201
    assert {path for path, _ in report.sources} == {"faulty.txt"}
    assert report.findings and all(f.path == "faulty.txt" for f in report.findings)
    assert report.findings[0].text == "The the"


def _two_sources_disagreeing(second_dateline: str) -> factcheck.Report:
    """Two articles naming different ministers for one office a day apart:
    a finding of the run, in the second (its dateline as given)."""
    first = article_from_text("date 2021-07-01 Vietnam's Minister of National Defence Phan Van Giang "
                              "visited Delhi.", "article1.txt")
    second = article_from_text(f"{second_dateline}Vietnam's Minister of National Defence Ngo Xuan Lich "
                               "visited Delhi.", "article2.txt")
    return factcheck.check([first, second], rules=factcheck.load_rules().only({"cross-source"}))


def test_a_finding_of_the_run_keeps_the_text_of_its_article_for_its_excerpt():
    report = _two_sources_disagreeing("date 2021-07-02 ")
    across = [f for f in report.findings if f.kind == "cross-source"]
    assert across and {f.path for f in across} <= {path for path, _ in report.sources}
    shown = FORMATTERS["text"](report, Settings())
    assert "^^^^^^^^^^^^^" in shown and "| … Vietnam's Minister of National Defence Ngo Xuan Lich" in shown


def test_a_run_level_finding_in_an_article_with_old_mac_line_ends_is_placed_on_its_line():
    report = _two_sources_disagreeing("date 2021-07-02 Hanoi.\r")
    [finding] = [f for f in report.findings if f.path == "article2.txt"]
    assert (finding.line, finding.column, finding.text) == (2, 40, "Ngo Xuan Lich")


def test_a_report_holds_its_texts_compressed_and_gives_them_back_whole():
    """The texts a report keeps are packed in a temporary file: only the last
    few read are held unpacked, and each comes back exactly, as read (a lone
    CR a line break) and marks included."""
    texts = [f"पैरा {n}\rमोदी ने कहा। The the council met.\u0301 " * 40 for n in range(3 * SourceText.AT_HAND)]
    report = factcheck.check([article_from_text(text, f"a{n}.txt") for n, text in enumerate(texts)])
    assert len(report.sources) == len(texts)
    for n, text in enumerate(texts):
        assert report.sources[(f"a{n}.txt", f"a{n}")] == text.replace("\r", "\n")
    held = [source for source in report.sources._held.values() if isinstance(source, SourceText)]
    assert len(held) == len(texts)
    assert sum(source._unpacked is not None for source in held) <= SourceText.AT_HAND
    assert all(isinstance(source._packed, int) for source in held)  # a place on the shelf, not bytes
    stored = [len(source._shelf.get_packed(source._packed)) for source in held]  # bytes on the shelf
    assert all(size < len(texts[0]) / 4 for size in stored)
    finding = next(f for f in report.findings if f.path == "a0.txt" and f.text.lower() == "the the")
    assert finding.line == 2


def test_the_shelf_of_texts_leaves_no_file_behind(tmp_path, monkeypatch):
    monkeypatch.setenv("TMPDIR", str(tmp_path))
    monkeypatch.setattr(tempfile, "tempdir", None)
    monkeypatch.setattr(TextShelf, "IN_MEMORY", 0)  # every text goes to the file
    report = factcheck.check([article_from_text("The the council met.", "a.txt")])
    assert report.sources[("a.txt", "a")] == "The the council met."
    assert list(tmp_path.iterdir()) == []


def test_without_a_temporary_file_the_texts_stay_in_memory(monkeypatch):
    def refused(*args: object, **kwargs: object) -> None:
        raise OSError("no space left on device")

    monkeypatch.setattr(tempfile, "TemporaryFile", refused)
    monkeypatch.setattr(TextShelf, "IN_MEMORY", 0)
    texts = {f"a{n}.txt": f"Item {n}: the the council met.\n" for n in range(3)}
    report = factcheck.check([article_from_text(text, path) for path, text in texts.items()])
    assert {path: report.sources[(path, path[:-4])] for path in texts} == texts
    assert [f.text for f in report.findings if f.rule == "repetition"] == ["the the"] * 3


def test_a_shelf_whose_disk_fills_keeps_the_rest_in_memory(monkeypatch):
    monkeypatch.setattr(TextShelf, "IN_MEMORY", 0)
    shelf = TextShelf()
    first = shelf.put("first")
    assert shelf._file is not None

    def full(*args: object) -> None:
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(os, "pwrite", full)
    second = shelf.put("second")
    assert (shelf.get(first), shelf.get(second)) == ("first", "second")


def test_a_short_run_makes_no_temporary_file(monkeypatch):
    def unwanted(*args: object, **kwargs: object) -> None:
        raise AssertionError("a temporary file was made")

    monkeypatch.setattr(tempfile, "TemporaryFile", unwanted)
    report = factcheck.check([article_from_text("The the council met.", "a.txt")])
    assert [f.text for f in report.findings] == ["The the"]
    assert report.sources[("a.txt", "a")] == "The the council met."


@given(st.lists(st.text(max_size=40), max_size=30), st.integers(0, 200))
def test_a_shelf_gives_back_every_text_before_and_after_it_moves_them_to_its_file(texts, in_memory):
    shelf = TextShelf()
    shelf.IN_MEMORY = in_memory
    numbers = [shelf.put(text) for text in texts]
    assert [shelf.get(number) for number in numbers] == texts
    held = sum(len(shelf.get_packed(number)) for number in numbers)
    assert (shelf._file is not None) == (held > in_memory)


def test_a_reports_input_statuses_are_compact():
    report = factcheck.check([article_from_text("The council met.", "a.txt")])
    [status] = report.inputs
    assert not hasattr(status, "__dict__")
    assert (status.path, status.article, status.status, status.reason) == ("a.txt", "a", "checked", None)


def test_a_run_of_many_inputs_keeps_them_in_columns_and_gives_each_back(tmp_path):
    lines = [json.dumps({"id": f"r{n}-\u0938\u092e\u093e\u091a\u093e\u0930", "text": "The council met."})
             if n % 7 else "{not json" for n in range(3000)]
    (tmp_path / "b.jsonl").write_text("\n".join(lines) + "\n", encoding="utf-8")
    report = factcheck.check([tmp_path / "b.jsonl", article_from_text("The council met.", "a.txt")])
    inputs = report.inputs
    assert isinstance(inputs, InputStatuses) and len(inputs) == 3001
    assert sys.getsizeof(inputs._ids) + sys.getsizeof(inputs._id_ends) < 40 * len(inputs)
    assert inputs[-1] == InputStatus(path="a.txt", article="a", status="checked")  # "/tmp/..." sorts first
    records = [s for s in inputs if s.path.endswith("b.jsonl")]
    assert [s.article for s in records if s.status == "checked"] == [
        f"r{n}-समाचार" for n in range(3000) if n % 7]
    assert all(s.reason and s.article for s in records if s.status == "failed")
    assert len([s for s in records if s.status == "failed"]) == 3000 // 7 + 1
    assert inputs[-2] == records[-1] and inputs[0:2] == records[:2]
    assert report.summary.failed == 3000 // 7 + 1 and report.summary.articles == 3000 - 3000 // 7
    again = pickle.loads(pickle.dumps(report))  # as a Dask worker or a cache would keep it
    assert isinstance(again.inputs, InputStatuses) and list(again.inputs) == list(inputs)


@given(st.lists(st.tuples(st.sampled_from(["b.txt", "a.jsonl", "c/d.txt"]),
                          st.none() | st.text(max_size=8),
                          st.booleans(), st.none() | st.text(max_size=8)), max_size=30))
def test_input_statuses_in_columns_are_the_statuses_given_listed_by_path(given):
    statuses = [InputStatus(path=path, article=article, status="failed" if failed else "checked",
                            reason=reason if failed else None) for path, article, failed, reason in given]
    columns = InputStatuses(statuses)
    assert list(columns) == statuses and columns == statuses and len(columns) == len(statuses)
    assert list(columns.by_path()) == sorted(statuses, key=lambda s: s.path)
    assert columns.checked == sum(s.status == "checked" for s in statuses)
    again = Report.model_validate_json(Report(findings=[], summary=Summary(articles=0, errors=0, warnings=0,
                                                                           infos=0), inputs=columns
                                              ).model_dump_json())
    assert list(again.inputs) == statuses


def test_a_reports_findings_hold_their_values_and_nothing_more():
    """Thousands of findings: each holds its fields' values and its place,
    no record of which fields were given (a pydantic model keeps one each),
    and what each holds reads back unchanged."""
    report = factcheck.check([article_from_text("The the council met. The the mayor spoke.", "a.txt")])
    first, second = report.findings[:2]
    assert list(vars(first)) == list(vars(second)) == list(type(first).field_names())
    again = type(first).model_validate(first.model_dump())
    assert first.model_dump(mode="json") == again.model_dump(mode="json")


def test_a_reports_texts_read_from_many_threads_come_back_whole():
    from concurrent.futures import ThreadPoolExecutor

    texts = {f"a{n}.txt": f"Item {n}: the the council met.\n" * (20 + n)
             for n in range(4 * SourceText.AT_HAND)}
    report = factcheck.check([article_from_text(text, path) for path, text in texts.items()])

    def read(path: str) -> bool:
        return all(report.sources[(path, path[:-4])] == texts[path] for _ in range(20))

    with ThreadPoolExecutor(8) as pool:
        assert all(pool.map(read, list(texts) * 4))


def _live_findings() -> int:
    import gc

    from factcheck.model import Finding

    gc.collect()
    return sum(isinstance(obj, Finding) for obj in gc.get_objects())


def test_a_run_holds_none_of_its_findings_in_memory_while_its_report_is_written():
    """A run's findings wait on disk, an article's at a time: an output reads
    them one after another and keeps none; reading report.findings keeps them."""
    articles = [article_from_text(f"Item {n}: the the council met. The the mayor spoke.", f"a{n}.txt")
                for n in range(40)]
    before = _live_findings()  # those other tests' objects hold
    report = factcheck.check(articles)
    assert _live_findings() == before
    assert len(report.findings) == 80 and report.summary.warnings == 80
    written = FORMATTERS["json"](report, Settings())
    assert _live_findings() == before and written.count('"rule": "repetition"') == 80
    assert report.worst() == 2 and _live_findings() == before
    assert [f.path for f in report.each_finding()] == sorted(f"a{n}.txt" for n in range(40) for _ in "ab")
    assert _live_findings() == before
    assert report.findings[0].text == "the the" and _live_findings() == before + 80
    assert FORMATTERS["json"](report, Settings()) == written


def test_a_change_to_a_reports_findings_is_kept_once_they_are_read():
    """What a library user does to report.findings (mark, remove, add) stays,
    and every output shows it; each_finding gives what there is without keeping it."""
    articles = [article_from_text(f"Item {n}: the the council met.", f"a{n}.txt") for n in range(3)]
    report = factcheck.check(articles)
    next(report.each_finding()).baseline = "unchanged"  # read without keeping: the change is lost
    assert all(f.baseline is None for f in report.findings)
    for finding in report.findings:
        finding.baseline = "new"
    del report.findings[0]
    assert [f.path for f in report.findings] == ["a1.txt", "a2.txt"]
    assert [f.baseline for f in report.each_finding()] == ["new", "new"]
    assert '"baseline": "new"' in FORMATTERS["json"](report, Settings())
    again = pickle.loads(pickle.dumps(report))
    assert again.findings == report.findings and [f.line for f in again.findings] == [1, 1]


@given(st.lists(st.sampled_from(["append", "pop", "insert", "delete", "set", "sort", "reverse", "extend"]),
                max_size=12), st.booleans())
def test_findings_kept_on_disk_behave_as_the_list_they_hold(operations, read_first):
    from factcheck.finding_store import FindingStore
    from factcheck.model import Finding, Findings

    def finding(n: int) -> Finding:
        return Finding(rule="r", kind="k", severity="info", message=f"m{n}", path="a.txt", article="a",
                       start=n, end=n + 1, line=1, column=n + 1, text="x")

    store = FindingStore(TextShelf(), KeptTexts())
    store.add([finding(n) for n in range(3)])
    store.add([finding(n) for n in range(3, 5)])
    kept, plain = Findings.kept(store), [finding(n) for n in range(5)]
    assert len(kept) == 5 and list(kept.each()) == plain
    if read_first:
        assert kept == plain
    for number, operation in enumerate(operations, 10):
        for findings in (kept, plain):
            if operation == "append":
                findings.append(finding(number))
            elif operation == "pop" and findings:
                findings.pop()
            elif operation == "insert":
                findings.insert(1, finding(number))
            elif operation == "delete" and findings:
                del findings[0]
            elif operation == "set" and findings:
                findings[-1] = finding(number)
            elif operation == "sort":
                findings.sort(key=lambda f: -f.start)
            elif operation == "reverse":
                findings.reverse()
            elif operation == "extend":
                findings.extend([finding(number), finding(number + 100)])
    assert kept == plain and list(kept) == plain and len(kept) == len(plain) and list(kept.each()) == plain
    assert kept[:2] == plain[:2]
    assert [f.model_dump(mode="json") for f in kept] == [f.model_dump(mode="json") for f in plain]
