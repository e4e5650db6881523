"""Checking on a Dask cluster (factcheck.distributed, `factcheck check --scheduler`):
the same report as one process, cross-source findings between articles of
different partitions included."""

from __future__ import annotations

import json
import socket
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

import factcheck
from factcheck import articles as loaders
from factcheck.cli import main

from .conftest import ENGLISH_SEED, HINDI_SEED, SHARED, needs_shared

DIGEST = SHARED / "corpus" / "india_states_digest_en.jsonl"  # cross-source infos between its records
GIANG = "date 2021-07-01 Vietnam's Minister of National Defence Phan Van Giang visited Delhi."
LICH = "date 2021-07-02 Vietnam's Minister of National Defence Ngo Xuan Lich visited Delhi."
LICH_EARLIER = "date 2020-11-27 Vietnam's Minister of National Defence Ngo Xuan Lich visited Delhi."


@pytest.fixture(scope="module")
def client() -> Iterator[Any]:
    pytest.importorskip("distributed", reason="needs the dask extra: pip install 'factcheck-news[dask]'")
    from distributed import Client, LocalCluster

    with LocalCluster(n_workers=2, threads_per_worker=1, processes=True, dashboard_address=None) as cluster, \
            Client(cluster) as connected:
        yield connected


@pytest.fixture
def holders(tmp_path: Path) -> list[str]:
    """Three articles that name different holders of one office: cross-source
    findings only between articles."""
    paths = []
    for name, text in (("giang.txt", GIANG), ("lich.txt", LICH), ("lich_earlier.txt", LICH_EARLIER)):
        (tmp_path / name).write_text(text, encoding="utf-8")
        paths.append(str(tmp_path / name))
    return paths


def _inputs(holders: list[str]) -> list[str]:
    return [str(ENGLISH_SEED), str(HINDI_SEED), *holders, *([str(DIGEST)] if DIGEST.exists() else [])]


def _json(report: factcheck.Report) -> str:
    from factcheck.report import json_format

    return json_format.render(report)


def _across_articles(report: factcheck.Report) -> list[factcheck.Finding]:
    return [f for f in report.findings
            if any((r.path, r.article or f.article) != (f.path, f.article) for r in f.related)]


def test_cluster_report_is_the_single_process_report_with_each_article_in_its_own_partition(client, holders):
    paths = _inputs(holders)
    alone = factcheck.check(paths)
    articles = [a for a in loaders.load(paths, "en", loaders.DEFAULT_LIMITS)]
    from factcheck.distributed import check_on_dask

    spread = check_on_dask(articles, client=client, partitions=len(articles))
    assert len(_across_articles(alone)) >= 3  # the holders' findings; the digest's with ../shared
    assert [f.fingerprint for f in spread.findings] == [f.fingerprint for f in alone.findings]
    assert _json(spread) == _json(alone)


@needs_shared("corpus", "india_states_digest_en.jsonl")
def test_cross_source_findings_between_records_of_different_partitions_are_found(client):
    alone = factcheck.check([str(DIGEST)])
    articles = list(loaders.load([str(DIGEST)], "en", loaders.DEFAULT_LIMITS))
    from factcheck.distributed import check_on_dask

    spread = check_on_dask(articles, client=client, partitions=7)
    crossing = [f for f in spread.findings if f.rule == "cross-source"]
    assert crossing and crossing == [f for f in alone.findings if f.rule == "cross-source"]
    assert _json(spread) == _json(alone)


def test_a_bag_of_paths_is_read_by_the_workers_with_the_same_report(client, holders):
    import dask.bag as db

    from factcheck.distributed import check_on_dask

    paths = _inputs(holders)
    spread = check_on_dask(db.from_sequence(paths, npartitions=3), client=client)
    assert _json(spread) == _json(factcheck.check(paths))


def test_knowledge_decides_between_articles_of_two_partitions_as_one_process_does(client, holders):
    from factcheck.distributed import check_on_dask

    rules = factcheck.load_rules().configured(ignore=["office-holder"])
    alone = factcheck.check(holders, rules=rules)
    spread = check_on_dask(holders, client=client, partitions=3, ignore=["office-holder"])
    errors = [(f.rule, f.text, f.related[0].path) for f in spread.findings if f.severity == "error"]
    assert errors == [("cross-source", "Ngo Xuan Lich", holders[0])]
    assert _json(spread) == _json(alone)


def test_a_bad_json_line_fails_on_the_cluster_as_in_one_process(client, tmp_path, holders):
    records = tmp_path / "wire.jsonl"
    records.write_text(json.dumps({"id": "a", "text": GIANG}) + "\n{not json\n"
                       + json.dumps({"id": "b", "text": LICH}) + "\n", encoding="utf-8")
    paths = [str(records), *holders]
    outputs = []
    for extra in ([], ["--scheduler", client.scheduler.address]):
        out = tmp_path / f"report{len(outputs)}.json"
        code = main(["check", *paths, "--no-config", "--format", "json", "-o", str(out), *extra])
        outputs.append((code, out.read_bytes()))
    assert outputs[0] == outputs[1]
    report = json.loads(outputs[1][1])
    failed = [s for s in report["inputs"] if s["status"] == "failed"]
    assert len(failed) == 1 and failed[0]["path"] == str(records)


@pytest.mark.parametrize("fmt", ["text", "sarif", "junit", "github", "html"])
def test_every_format_is_the_same_through_the_scheduler(client, tmp_path, holders, fmt):
    outputs = []
    for extra in ([], ["--scheduler", client.scheduler.address]):
        out = tmp_path / f"report{len(outputs)}.{fmt}"
        main(["check", *holders, "--no-config", "--format", fmt, "-o", str(out), *extra])
        outputs.append(out.read_bytes())
    assert outputs[0] == outputs[1]


def _free_port() -> int:
    with socket.socket() as listener:
        listener.bind(("127.0.0.1", 0))
        return int(listener.getsockname()[1])


def test_an_unreachable_scheduler_is_a_one_line_error_with_exit_2(capsys):
    pytest.importorskip("distributed", reason="needs the dask extra: pip install 'factcheck-news[dask]'")
    address = f"tcp://127.0.0.1:{_free_port()}"
    code = main(["check", str(ENGLISH_SEED), "--scheduler", address, "--scheduler-timeout", "1"])
    err = capsys.readouterr().err
    assert code == 2
    assert err.count("\n") == 1 and address in err and "Traceback" not in err


def test_without_dask_the_scheduler_option_says_how_to_install_it(capsys, monkeypatch):
    monkeypatch.setitem(sys.modules, "distributed", None)  # import distributed raises ImportError
    code = main(["check", str(ENGLISH_SEED), "--scheduler", "tcp://127.0.0.1:8786"])
    err = capsys.readouterr().err
    assert code == 2
    assert err.count("\n") == 1 and "pip install 'factcheck-news[dask]'" in err


def test_jobs_and_scheduler_together_are_refused(capsys):
    code = main(["check", str(ENGLISH_SEED), "--scheduler", "tcp://127.0.0.1:8786", "--jobs", "2"])
    assert code == 2 and "--scheduler" in capsys.readouterr().err


def test_without_the_scheduler_nothing_of_dask_is_imported():
    probe = ("import sys, factcheck\n"
             "from factcheck.cli import main\n"
             f"main(['check', {str(ENGLISH_SEED)!r}, '--fail-on', 'never'])\n"
             "print(sorted(m for m in sys.modules if m.split('.')[0] in ('dask', 'distributed')))\n")
    done = subprocess.run([sys.executable, "-c", probe], capture_output=True, text=True, check=True)
    assert done.stdout.strip().splitlines()[-1] == "[]"
