"""Worker processes and signals: a worker killed as the out-of-memory
killer does fails the articles it had and the run ends; Ctrl-C and SIGTERM
stop a run with one line and exit 130 or 143, leaving no process behind."""

from __future__ import annotations

import multiprocessing
import os
import signal
import subprocess
import sys
import threading
import time
from pathlib import Path

import pytest

import factcheck
from factcheck import engine
from factcheck.articles import Article, article_from_text

needs_fork = pytest.mark.skipif("fork" not in multiprocessing.get_all_start_methods(),
                                reason="the test changes the worker's code in the parent, which only "
                                       "a forked worker inherits")


def _articles() -> list[Article]:
    return [article_from_text(f"date 2021-07-01 Story {n}: Defence Minister Rajnath Singh and "
                              f"Defence Minister Narendra Modi spoke.", f"{n:02}.txt") for n in range(40)]


def _in_thread(work, seconds: float = 300):
    """The result of work(), or a failure if it does not end: a hang fails the test, not the suite."""
    box: list = []
    thread = threading.Thread(target=lambda: box.append(work()), daemon=True)
    thread.start()
    thread.join(seconds)
    assert not thread.is_alive(), f"the run did not end within {seconds} s"
    return box[0]


@needs_fork
def test_a_worker_killed_fails_the_articles_it_had_and_the_run_ends(monkeypatch, rules):
    real = engine._outcome

    def dies_on_poison(item, rules, claims=False):
        if isinstance(item, Article) and "POISON" in item.text:
            os.kill(os.getpid(), signal.SIGKILL)
        return real(item, rules, claims)

    monkeypatch.setattr(engine, "_outcome", dies_on_poison)
    articles = _articles()
    for n in (7, 8, 31):
        articles[n] = article_from_text(f"POISON {n}", f"{n:02}.txt")
    report = _in_thread(lambda: factcheck.check(articles, rules=rules, jobs=2))
    failed = {s.path: s.reason for s in report.inputs if s.status == "failed"}
    assert sorted(failed) == ["07.txt", "08.txt", "31.txt"]
    assert all("killed by SIGKILL" in (reason or "") for reason in failed.values())
    assert len(report.inputs) == 40 and report.summary.failed == 3
    # the articles checked beside the poisoned ones in the dead worker were checked again, not lost
    healthy = [a for n, a in enumerate(articles) if n not in (7, 8, 31)]
    alone = factcheck.check(healthy, rules=rules)
    assert report.findings == alone.findings and len(alone.findings) == 37


@needs_fork
def test_a_worker_killed_from_outside_loses_nothing(monkeypatch, rules):
    real = engine._outcome
    killed = multiprocessing.get_context("fork").Event()

    def slow(item, rules, claims=False):
        if isinstance(item, Article) and item.id == "12" and not killed.is_set():
            killed.set()
            os.kill(os.getpid(), signal.SIGKILL)  # as if the kernel chose this worker
        return real(item, rules, claims)

    monkeypatch.setattr(engine, "_outcome", slow)
    report = _in_thread(lambda: factcheck.check(_articles(), rules=rules, jobs=2))
    assert report.summary.failed == 0 and report.summary.articles == 40
    assert report.findings == factcheck.check(_articles(), rules=rules).findings


SLOW_PACK = """\
pack: slow
checks:
  - id: slow
    kind: existence
    options:
      patterns: {en: ['(?:a|ab)+$']}
      timeout_ms: 600000
"""


def _default_signals() -> None:
    """As a shell starts a job in the foreground (one started in the background,
    as a test runner may be, inherits Ctrl-C ignored)."""
    signal.signal(signal.SIGINT, signal.SIG_DFL)
    signal.signal(signal.SIGTERM, signal.SIG_DFL)


def _session_processes(session: int) -> list[int]:
    found = []
    for entry in Path("/proc").iterdir():
        if entry.name.isdigit():
            try:
                fields = (entry / "stat").read_text().rsplit(")", 1)[1].split()
            except OSError:
                continue
            if int(fields[3]) == session and fields[0] != "Z":
                found.append(int(entry.name))
    return found


def _children(pid: int) -> int:
    count = 0
    for entry in Path("/proc").iterdir():
        if entry.name.isdigit():
            try:
                fields = (entry / "stat").read_text().rsplit(")", 1)[1].split()
            except OSError:
                continue
            count += int(fields[1]) == pid
    return count


@pytest.mark.skipif(not Path("/proc/self/stat").exists(), reason="reads processes from /proc")
@pytest.mark.parametrize(("signum", "code", "jobs", "to_group"), [
    (signal.SIGINT, 130, 1, True), (signal.SIGINT, 130, 2, True),
    (signal.SIGTERM, 143, 1, False), (signal.SIGTERM, 143, 2, False), (signal.SIGTERM, 143, 2, True),
])
def test_ctrl_c_and_sigterm_stop_the_run_with_one_line_and_no_process_left(tmp_path, signum, code,
                                                                           jobs, to_group):
    pack = tmp_path / "slow.yaml"
    pack.write_text(SLOW_PACK, encoding="utf-8")
    command = [sys.executable, "-m", "factcheck.cli", "check", "--rules", str(pack), "--jobs", str(jobs),
               "--format", "json", "--output", str(tmp_path / "out.json")]
    started = time.monotonic()  # how long this machine takes to start a run, now
    subprocess.run([*command[:-2], "--output", os.devnull, str(pack)], capture_output=True, check=False)
    start_up = time.monotonic() - started
    articles = tmp_path / "articles"
    articles.mkdir()
    for n in range(16):
        (articles / f"{n:02}.txt").write_text("a" * 4000 + "!", encoding="utf-8")  # about a second each
    process = subprocess.Popen([*command, str(articles)], stdout=subprocess.PIPE, stderr=subprocess.PIPE,
                               text=True, start_new_session=True, preexec_fn=_default_signals)
    deadline = time.monotonic() + 60
    while time.monotonic() < deadline and jobs > 1 and _children(process.pid) < jobs:
        time.sleep(0.05)
    time.sleep(start_up + 1 if jobs == 1 else 1)  # into the articles
    assert process.poll() is None, "the run ended before it could be stopped"
    if to_group:
        os.killpg(process.pid, signum)  # as a terminal's Ctrl-C, or a CI runner stopping a job
    else:
        process.send_signal(signum)  # as `kill PID`
    _, err = process.communicate(timeout=60)
    assert process.returncode == code
    lines = [line for line in err.splitlines() if line.strip()]
    assert len(lines) == 1 and "Traceback" not in err, err
    assert "stopped" in lines[0]
    time.sleep(0.2)
    assert _session_processes(process.pid) == []
    assert sorted(p.name for p in tmp_path.iterdir()) == ["articles", "slow.yaml"]  # no output, whole or part


def test_the_reason_a_worker_ended_in_words():
    from factcheck.workers import death

    assert death(-signal.SIGKILL) == "killed by SIGKILL, as the out-of-memory killer does"
    assert death(-signal.SIGSEGV) == "killed by SIGSEGV"
    assert death(3) == "exited with code 3"




def test_by_default_a_long_run_is_shared_by_one_process_per_core_and_a_short_one_is_not(monkeypatch, rules):
    from factcheck import workers

    started: list[int] = []
    real_init = workers.Pool.__init__

    def counted(self, jobs, *args, **kwargs):  # type: ignore[no-untyped-def]
        started.append(jobs)
        real_init(self, jobs, *args, **kwargs)

    monkeypatch.setattr(workers.Pool, "__init__", counted)
    monkeypatch.setattr(os, "cpu_count", lambda: 2)
    short = _articles()[: engine.IN_PROCESS_FIRST]
    alone_short = factcheck.check(short, rules=rules)
    assert factcheck.check(short, rules=rules, jobs=None).findings == alone_short.findings
    assert started == [], "a short run starts no worker"
    articles = _articles()
    shared = _in_thread(lambda: factcheck.check(articles, rules=rules, jobs=None))
    assert started == [2], "a longer run starts one worker per core"
    alone = factcheck.check(articles, rules=rules, jobs=1)
    assert shared.model_dump_json() == alone.model_dump_json()
    assert started == [2]


def test_the_cli_shares_the_work_unless_told_not_to(tmp_path):
    folder = tmp_path / "articles"
    folder.mkdir()
    for article in _articles():
        (folder / article.path).write_text(article.text, encoding="utf-8")
    reports = {}
    for jobs in ([], ["--jobs", "1"], ["--jobs", "2"]):
        out = tmp_path / f"report{len(jobs)}{''.join(jobs)}.json"
        command = [sys.executable, "-m", "factcheck.cli", "check", *jobs, "--format", "json",
                   "--output", str(out), str(folder)]
        done = subprocess.run(command, capture_output=True, text=True, check=False)
        assert done.returncode == 1, done.stderr  # the articles hold errors
        reports[" ".join(jobs)] = out.read_text(encoding="utf-8")
    assert len(set(reports.values())) == 1, "the same report whatever the jobs"


def test_a_run_with_workers_leaves_the_callers_garbage_collector_as_it_found_it(rules):
    import gc

    if gc.get_freeze_count():
        pytest.skip("objects were frozen before this test")
    report = _in_thread(lambda: factcheck.check(_articles(), rules=rules, jobs=2))
    assert report.summary.articles == 40
    assert gc.get_freeze_count() == 0, "objects frozen for the workers' fork are thawed after the run"


def test_a_run_in_one_process_leaves_the_callers_garbage_collector_as_it_found_it(rules):
    """The collector runs less often during a run and as often as before
    after it; nothing of the caller's is frozen (a pipeline calling check per
    article would see its young objects moved to the oldest generation)."""
    import gc

    if gc.get_freeze_count():
        pytest.skip("objects were frozen before this test")
    during: list[tuple[int, int]] = []
    thresholds = gc.get_threshold()

    def spying(article: Article) -> Article:
        during.append((gc.get_threshold()[0], gc.get_freeze_count()))
        return article

    report = factcheck.check(map(spying, _articles()), rules=rules, jobs=1)
    assert report.summary.articles == 40
    assert during and all(threshold > thresholds[0] and not frozen for threshold, frozen in during)
    assert gc.get_threshold() == thresholds, "the collector runs as often as before"
    assert gc.get_freeze_count() == 0


def test_a_finding_and_an_article_cross_between_processes_as_their_values(rules):
    """Articles go to workers and findings come back by the thousand: pickled
    as values in field order, without field names, and made again equal."""
    import pickle

    text = ("date 2021-07-02 Vietnam's Minister of National Defence Ngo Xuan Lich visited Delhi. "
            "The the council met.")
    report = factcheck.check([article_from_text(text, "a.txt")], rules=rules)
    assert {f.kind for f in report.findings} >= {"office-holder", "repetition"}
    for finding in report.findings:
        sent = pickle.dumps(finding)
        assert b"suggestion" not in sent and b"fingerprint" not in sent
        back = pickle.loads(sent)
        assert back == finding and back.knowledge == finding.knowledge
        assert back.model_dump(mode="json") == finding.model_dump(mode="json")
    article = article_from_text(text, "a.txt")
    sent = pickle.dumps(article)
    assert b"body_start" not in sent and pickle.loads(sent) == article
