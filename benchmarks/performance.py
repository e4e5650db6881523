"""Performance against issue 17's targets, every figure a ratio measured in the same run.

    python benchmarks/performance.py [--parts files,floors,cold,scale,jobs,long] [--big]
                                     [--json FILE] [--quick] [CORPUS_DIR]

With all the shipped packs (factcheck.load_rules()) and ../shared/corpus:

1. files: each corpus file checked on one core, warm (packs loaded once, 20
   articles of each file checked first), as factcheck.check runs it:
   articles/s and MB/s (UTF-8 bytes of article text) per file; then a
   second, staged pass that times each pipeline stage (reading, tokenize,
   sentences, gazetteer scan, dates, claims, each check, the run-level
   checks) and prints its share; the process's peak resident
   memory (VmHWM on Linux, else ru_maxrss: the whole process, the packs too).
2. floors: floor 1 (read the file, json.loads and str.split() each text),
   floor 2 (a plain token regex, a dict look-up of every token, one date
   regex) and a naive baseline (dateparser.search.search_dates in the
   article's language, rapidfuzz.process.extractOne of every word n-gram,
   n <= 3, against the packs' names) on a sample; factcheck's speed (a
   factcheck.check pass of each file, run just before its floors) as a ratio
   to each, and whether issue 17's targets (1/15 of floor 1, 1/2.5 of
   floor 2) are met.
3. cold: `factcheck check` on one seed in a fresh process against importing
   dateparser and parsing one date (best of N each), as a ratio.
4. scale: replicated corpora (the corpus articles shuffled, then copied with
   new ids and dates shifted a day per copy) of 1k and 10k articles (100k
   with --big), each written to a JSON Lines file and checked by
   factcheck.check in a fresh process, which streams it, and its JSON report
   written to a file as `factcheck check --format json --output` writes it:
   time per article and peak memory (the report written) at each size, and
   their ratios to the smallest size (targets: time within 1.3x, memory
   within 1.5x).
5. jobs: jobs=2 against jobs=1 on one replicated corpus: the speed-up, and
   whether the two JSON reports are byte-identical.
6. long: one 1 MB article against ten 100 KB articles of the same text
   (corpus texts joined), English and Hindi (target: within 1.1x).

Speeds on a shared machine drift from minute to minute: compare the ratios,
which are measured side by side, not absolute speeds across runs.
"""

from __future__ import annotations

import argparse
import compileall
import datetime as dt
import gc
import importlib.util
import itertools
import json
import os
import random
import re
import resource
import shutil
import subprocess
import sys
import tempfile
import time
from collections import defaultdict
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import factcheck
from factcheck.analysis import Analysis, resolve_dates
from factcheck.articles import Article, load
from factcheck.claims import ReadingContext
from factcheck.outputs import AtomicFile
from factcheck.report import json_format
from factcheck.text import LineIndex, sentences, tokenize
from factcheck.timevalue import TimeValue
from factcheck.timing import Timeline

ROOT = Path(__file__).resolve().parent.parent
CORPUS = ROOT.parent / "shared" / "corpus"
SEED = ROOT / "seeds" / "000_4fd3e7492f48b50c.txt"
PARTS = ("files", "floors", "cold", "scale", "jobs", "long")
FLOOR_1_TARGET = 15.0  # factcheck at least 1/15 of floor 1's speed
FLOOR_2_TARGET = 2.5  # and 1/2.5 of floor 2's
SCALE_TIME_TARGET = 1.3
SCALE_MEMORY_TARGET = 1.5
LONG_TARGET = 1.1
LONG_RUNS = 3
FLOOR_RUNS = 3  # the floors are quick: the fastest of three passes
MB = 1_000_000
WARM_UP = 20  # articles of each file checked before the timed passes
DATEPARSER = "import dateparser; dateparser.parse('1 May 2020', languages=['en'])"

TOKEN = re.compile(r"[\w\u0900-\u097F]+")
MONTHS = ("January|February|March|April|May|June|July|August|September|October|November|December|"
          "जनवरी|फरवरी|मार्च|अप्रैल|मई|जून|जुलाई|अगस्त|सितंबर|अक्टूबर|नवंबर|दिसंबर")
DATE = re.compile(rf"\b\d{{1,2}} (?:{MONTHS}),? \d{{4}}|\b(?:{MONTHS}) \d{{1,2}},? \d{{4}}"
                  r"|\b\d{4}-\d\d-\d\d")


def met(reached: bool) -> str:
    return "MET" if reached else "NOT MET"


def load_text(load: float | None) -> str:
    return "unknown" if load is None else f"{load:.1f}"


def maxrss_mb() -> float:
    """The peak resident memory of this process so far, in MB: Linux's VmHWM,
    the peak of this program's own memory. (ru_maxrss, the fallback, keeps
    across exec the peak of the process that forked it: a child started by
    this script would report at least this script's memory.)"""
    try:
        for line in Path("/proc/self/status").read_text().splitlines():
            if line.startswith("VmHWM:"):
                return int(line.split()[1]) * 1024 / MB
    except (OSError, IndexError, ValueError):
        pass
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss * 1024 / MB


def rss_mb() -> float | None:
    """This process's resident memory now (Linux only: None elsewhere)."""
    try:
        pages = int(Path("/proc/self/statm").read_text().split()[1])
    except (OSError, IndexError, ValueError):
        return None
    return pages * os.sysconf("SC_PAGE_SIZE") / MB


def corpus_files(corpus: Path) -> list[Path]:
    return sorted(corpus.glob("*.jsonl"))


def articles_of(path: Path, limit: int | None) -> list[Article]:
    found = [a for a in load([path]) if isinstance(a, Article)]
    return found[:limit] if limit else found


def text_bytes(articles: list[Article]) -> int:
    return sum(len(a.text.encode("utf-8")) for a in articles)


def head_file(path: Path, limit: int | None, into: Path) -> Path:
    """The file itself, or a copy of its first `limit` records."""
    if not limit:
        return path
    copy = into / path.name
    with path.open(encoding="utf-8") as source, copy.open("w", encoding="utf-8") as target:
        for number, line in enumerate(source):
            if number >= limit:
                break
            target.write(line)
    return copy


# 1. One core, warm: the speed per file and the share of each stage.

def check_file(path: Path, rules: factcheck.Rules) -> tuple[int, float, int]:
    """Articles checked and seconds taken by factcheck.check on one file, and its findings."""
    started = time.perf_counter()
    report = factcheck.check([path], rules=rules)
    return report.summary.articles, time.perf_counter() - started, len(report.findings)


class Stages:
    """Seconds spent in each named stage, in the order they were first seen."""

    def __init__(self) -> None:
        self.seconds: dict[str, float] = {}

    def add(self, stage: str, seconds: float) -> None:
        self.seconds[stage] = self.seconds.get(stage, 0.0) + seconds


def _name(reader: Any) -> str:
    return getattr(reader, "__qualname__", type(reader).__name__)


def staged_check(article: Article, rules: factcheck.Rules, stages: Stages,
                 records: dict[str, list[Any]]) -> int:
    """check_article's work, stage by stage, as factcheck.analysis.analyse and
    factcheck.engine.check_article do it (the test holds the two to the same
    hits): the hits found, the records for run-level checks added to `records`."""
    clock = time.perf_counter
    knowledge, text, begin = rules.knowledge, article.text, article.body_start
    at = clock()
    tokens = tokenize(text, begin)
    now = clock()
    stages.add("tokenize", now - at)
    at = now
    bounds = sentences(text, begin)
    now = clock()
    stages.add("sentences", now - at)
    at = now
    mentions, sounds = rules.gazetteer.scan_with_sounds(text, tokens)
    now = clock()
    stages.add("gazetteer scan", now - at)
    at = now
    dates, anchor, told_as_of = resolve_dates(article, tokens, bounds, knowledge.date_words)
    now = clock()
    stages.add("dates", now - at)
    at = now
    claims = []
    if rules.readers:
        timeline = Timeline(text, tokens, bounds, mentions, dates, knowledge, told_as_of, anchor,
                            article.body_start)
        context = ReadingContext(article, knowledge, tokens, bounds, mentions, dates, timeline)
        now = clock()
        stages.add("claims: timeline", now - at)
        for read, options in rules.readers:
            at = clock()
            claims.extend(read(context, options))
            stages.add(f"claims: {_name(read)}", clock() - at)
    at = clock()
    base = TimeValue.day(article.date) if article.date else anchor
    analysis = Analysis(article, tokens, bounds, mentions, dates, claims,
                        LineIndex(text), base, sounds)
    stages.add("line index", clock() - at)
    hits = 0
    for check in rules.checks:
        at = clock()
        found = list(check.kind.check_article(analysis, check.context)) if check.kind.check_article else []
        if check.kind.collect:
            records.setdefault(check.id, []).extend(check.kind.collect(analysis, check.context, found))
        stages.add(f"check: {check.id}", clock() - at)
        hits += len(found)
    return hits


def run_level(rules: factcheck.Rules, records: dict[str, list[Any]], stages: Stages) -> int:
    hits = 0
    for check in rules.checks:
        if check.kind.check_run:
            at = time.perf_counter()
            hits += sum(1 for _ in check.kind.check_run(records.get(check.id, []), check.context))
            stages.add(f"run level: {check.id}", time.perf_counter() - at)
    return hits


def staged_file(path: Path, rules: factcheck.Rules, stages: Stages) -> int:
    at = time.perf_counter()
    articles = articles_of(path, None)
    stages.add("read (articles.load)", time.perf_counter() - at)
    records: dict[str, list[Any]] = {}
    hits = sum(staged_check(article, rules, stages, records) for article in articles)
    return hits + run_level(rules, records, stages)


def part_files(files: list[Path], rules: factcheck.Rules, out: dict[str, Any]) -> None:
    print("\n## 1. One core, warm: each corpus file checked by factcheck.check (packs loaded once)")
    print(f"{'file':30} {'articles':>8} {'MB':>6} {'articles/s':>10} {'MB/s':>6} {'findings':>8}")
    rows = {}
    for path in files:
        articles = articles_of(path, None)
        size = text_bytes(articles)
        del articles
        count, seconds, findings = check_file(path, rules)
        rows[path.name] = {"articles": count, "bytes": size, "seconds": seconds,
                           "articles_per_s": count / seconds, "mb_per_s": size / seconds / MB,
                           "findings": findings}
        print(f"{path.name:30} {count:8} {size / MB:6.2f} {count / seconds:10.1f} "
              f"{size / seconds / MB:6.2f} {findings:8}")
    total = {key: sum(row[key] for row in rows.values()) for key in ("articles", "bytes", "seconds")}
    print(f"{'all':30} {total['articles']:8} {total['bytes'] / MB:6.2f} "
          f"{total['articles'] / total['seconds']:10.1f} {total['bytes'] / total['seconds'] / MB:6.2f}")
    out["files"] = {"per_file": rows, "articles": total["articles"], "bytes": total["bytes"],
                    "seconds": total["seconds"], "articles_per_s": total["articles"] / total["seconds"],
                    "mb_per_s": total["bytes"] / total["seconds"] / MB}

    stages = Stages()
    for path in files:
        staged_file(path, rules, stages)
    spent = sum(stages.seconds.values())
    grouped: dict[str, float] = defaultdict(float)
    for stage, seconds in stages.seconds.items():
        grouped[stage.split(":")[0] if stage.startswith(("check:", "claims:", "run level:")) else stage] \
            += seconds
    print(f"\nStages (a second, staged pass over the same files: {spent:.1f} s in all; the plain pass, "
          f"which also builds the report (locating, fingerprints, sorting), took {total['seconds']:.1f} s)")
    for stage, seconds in sorted(grouped.items(), key=lambda item: -item[1]):
        print(f"  {stage:40} {seconds / spent:6.1%} {seconds:7.2f} s")
    print("Each check, reader and run-level check (those above 0.5%):")
    for stage, seconds in sorted(stages.seconds.items(), key=lambda item: -item[1]):
        if ":" in stage and seconds / spent >= 0.005:
            print(f"  {stage:60} {seconds / spent:6.1%}")
    memory = maxrss_mb()
    print(f"Peak memory: {memory:.0f} MB (VmHWM: the whole process's peak resident set, "
          f"packs and Python included; not tracemalloc)")
    out["files"].update(stage_seconds=stages.seconds, stage_groups=dict(grouped), staged_seconds=spent,
                        maxrss_mb=memory)


# 2. Floors and the naive baseline.

def floor_1(path: Path) -> tuple[int, float]:
    """Read the file and split each text on white space."""
    started = time.perf_counter()
    count = words = 0
    with path.open(encoding="utf-8") as handle:
        for line in handle:
            words += len(json.loads(line)["text"].split())
            count += 1
    return count, time.perf_counter() - started


def name_words(rules: factcheck.Rules) -> dict[str, int]:
    """Every word of every name the packs know, lower-cased."""
    words: dict[str, int] = {}
    for name in known_names(rules):
        for word in TOKEN.findall(name.lower()):
            words[word] = words.get(word, 0) + 1
    return words


def known_names(rules: factcheck.Rules) -> list[str]:
    return sorted({name for entity in rules.knowledge.entities.values()
                   for names in entity.names.values() for name in names})


def floor_2(path: Path, words: dict[str, int]) -> tuple[int, float]:
    """Read the file, a plain regex for tokens, a dict look-up of each, one date regex."""
    started = time.perf_counter()
    count = known = dates = 0
    with path.open(encoding="utf-8") as handle:
        for line in handle:
            text = json.loads(line)["text"]
            known += sum(1 for token in TOKEN.findall(text) if token.lower() in words)
            dates += len(DATE.findall(text))
            count += 1
    return count, time.perf_counter() - started


def naive(articles: list[Article], names: list[str]) -> float:
    """Seconds the obvious way takes on `articles`: dateparser's search_dates in the
    article's language, and the closest known name of every word n-gram (n <= 3)."""
    from dateparser.search import search_dates
    from rapidfuzz import process

    started = time.perf_counter()
    for article in articles:
        search_dates(article.text, languages=[article.language])
        words = article.text.split()
        for n in (1, 2, 3):
            for at in range(len(words) - n + 1):
                process.extractOne(" ".join(words[at:at + n]), names, score_cutoff=90)
    return time.perf_counter() - started


def part_floors(files: list[Path], rules: factcheck.Rules, sample: int, out: dict[str, Any]) -> None:
    print("\n## 2. Floors and the naive baseline (articles/s, reading the file included in each; for each "
          f"file a factcheck.check pass, then the floors, the fastest of {FLOOR_RUNS} passes each, so that "
          "the ratios compare passes run side by side)")
    words, names = name_words(rules), known_names(rules)
    print(f"{'file':30} {'factcheck':>9} {'floor 1':>9} {'floor 2':>9} {'naive':>7} "
          f"{'floor1/fc':>10} {'floor2/fc':>10} {'fc/naive':>9}")
    rows: dict[str, dict[str, float]] = {}
    totals: dict[str, float] = defaultdict(float)
    for path in files:
        count, seconds, _ = check_file(path, rules)
        _, seconds_1 = min((floor_1(path) for _ in range(FLOOR_RUNS)), key=lambda run: run[1])
        _, seconds_2 = min((floor_2(path, words) for _ in range(FLOOR_RUNS)), key=lambda run: run[1])
        sample_articles = articles_of(path, sample)
        seconds_naive = naive(sample_articles, names)
        row = {"factcheck": count / seconds, "floor_1": count / seconds_1, "floor_2": count / seconds_2,
               "naive": len(sample_articles) / seconds_naive, "naive_sample": len(sample_articles)}
        rows[path.name] = row
        for key, value in (("articles", count), ("factcheck", seconds), ("floor_1", seconds_1),
                           ("floor_2", seconds_2), ("naive", seconds_naive),
                           ("naive_articles", len(sample_articles))):
            totals[key] += value
        print(f"{path.name:30} {row['factcheck']:9.1f} {row['floor_1']:9.0f} {row['floor_2']:9.0f} "
              f"{row['naive']:7.2f} {seconds / seconds_1:10.1f} {seconds / seconds_2:10.1f} "
              f"{row['factcheck'] / row['naive']:9.0f}")
    articles = totals["articles"]
    speed, floor1, floor2 = (articles / totals[key] for key in ("factcheck", "floor_1", "floor_2"))
    naive_speed = totals["naive_articles"] / totals["naive"]
    print(f"{'all':30} {speed:9.1f} {floor1:9.0f} {floor2:9.0f} {naive_speed:7.2f} "
          f"{floor1 / speed:10.1f} {floor2 / speed:10.1f} {speed / naive_speed:9.0f}")
    print(f"(floorN/fc: how many times as fast as factcheck the floor is; naive: the first {sample} "
          "articles of each file)")
    met_1, met_2 = speed * FLOOR_1_TARGET >= floor1, speed * FLOOR_2_TARGET >= floor2
    print(f"Target: at least 1/{FLOOR_1_TARGET:g} of floor 1 = {floor1 / FLOOR_1_TARGET:.0f} articles/s: "
          f"factcheck is 1/{floor1 / speed:.1f} of it: {met(met_1)}")
    print(f"Target: at least 1/{FLOOR_2_TARGET:g} of floor 2 = {floor2 / FLOOR_2_TARGET:.0f} articles/s: "
          f"factcheck is 1/{floor2 / speed:.1f} of it: {met(met_2)}")
    print(f"factcheck is {speed / naive_speed:.0f} times as fast as the naive baseline")
    out["floors"] = {"per_file": rows, "factcheck": speed, "floor_1": floor1, "floor_2": floor2,
                     "naive": naive_speed, "naive_sample_per_file": sample,
                     "floor_1_over_factcheck": floor1 / speed, "floor_2_over_factcheck": floor2 / speed,
                     "factcheck_over_naive": speed / naive_speed,
                     "floor_1_target_met": met_1, "floor_2_target_met": met_2}


# 3. Cold start.

def best_of(command: list[str], runs: int) -> float:
    times = []
    for _ in range(runs):
        started = time.perf_counter()
        subprocess.run(command, capture_output=True, check=False)
        times.append(time.perf_counter() - started)
    return min(times)


def factcheck_command() -> list[str]:
    script = Path(sys.executable).parent / "factcheck"
    return [str(script)] if script.exists() else [sys.executable, "-m", "factcheck.cli"]


def compiled_bytecode() -> bool:
    """factcheck's modules byte-compiled, as installing a wheel leaves them and
    as a first run leaves them unless PYTHONDONTWRITEBYTECODE is set (it is on
    some machines, this one included): whether there was any to write."""
    package = Path(factcheck.__file__).parent
    stale = [path for path in package.rglob("*.py")
             if not Path(importlib.util.cache_from_source(str(path))).exists()]
    compileall.compile_dir(str(package), quiet=1)
    return bool(stale)


def part_cold(runs: int, out: dict[str, Any]) -> None:
    print(f"\n## 3. Cold start (a fresh process, best of {runs})")
    if compiled_bytecode():
        print("(factcheck's modules byte-compiled first, as an installed package has them; dateparser's are)")
    ours = best_of([*factcheck_command(), "check", str(SEED)], runs)
    theirs = best_of([sys.executable, "-c", DATEPARSER], runs)
    print(f"factcheck check {SEED.name}: {ours:.2f} s")
    print(f"python -c \"{DATEPARSER}\": {theirs:.2f} s")
    print(f"ratio: {ours / theirs:.2f}")
    out["cold"] = {"factcheck_s": ours, "dateparser_s": theirs, "ratio": ours / theirs, "runs": runs}


# 4 and 5. Replicated corpora, checked in a fresh process each.

def pooled(files: list[Path], limit: int | None) -> list[dict[str, Any]]:
    """The corpus records, shuffled the same way every run (so every size has the same mix)."""
    records = []
    for path in files:
        with path.open(encoding="utf-8") as handle:
            for number, line in enumerate(handle):
                if limit and number >= limit:
                    break
                records.append(json.loads(line))
    random.Random(17).shuffle(records)
    return records


def replicated(records: list[dict[str, Any]], size: int) -> Iterator[dict[str, Any]]:
    """`size` records: the corpus over and over, each copy with new ids and its dates a day later."""
    for number in range(size):
        copy, record = divmod(number, len(records))
        item = records[record]
        if copy:
            item = {**item, "id": f"{item['id']}~{copy}"}
            if item.get("date"):
                item["date"] = (dt.date.fromisoformat(item["date"]) + dt.timedelta(days=copy)).isoformat()
        yield item


def write_corpus(records: list[dict[str, Any]], size: int, folder: Path) -> Path:
    path = folder / f"replicated-{size}.jsonl"
    with path.open("w", encoding="utf-8") as handle:
        for item in replicated(records, size):
            handle.write(json.dumps(item, ensure_ascii=False) + "\n")
    return path


def child(path: Path, jobs: int, report: Path | None) -> None:
    """In a fresh process: load the packs, check the first articles (what is built at first
    use), then check the file and write its JSON report as `factcheck check --format json
    --output` does (to `report`, or to a file deleted after), and print what that took as JSON."""
    rules = factcheck.load_rules()
    factcheck.check(list(itertools.islice(load([path]), WARM_UP)), rules=rules)  # first-use costs
    loaded = maxrss_mb()
    started = time.perf_counter()
    result = factcheck.check([path], rules=rules, jobs=jobs)
    seconds = time.perf_counter() - started
    checked, now = maxrss_mb(), rss_mb()
    written = report if report is not None else path.with_suffix(".report.json")
    chunks = getattr(json_format, "chunks", None)  # written whole by versions before it streamed
    AtomicFile(written).commit(chunks(result) if chunks else json_format.render(result))
    peak = maxrss_mb()
    if report is None:
        written.unlink()
    print(json.dumps({"articles": result.summary.articles, "failed": result.summary.failed,
                      "findings": len(result.findings), "seconds": seconds, "loaded_mb": loaded,
                      "checked_mb": checked, "peak_mb": peak, "end_mb": now}))


def in_child(path: Path, jobs: int = 1, report: Path | None = None) -> dict[str, Any]:
    command = [sys.executable, __file__, "--child", str(path), str(jobs)]
    if report is not None:
        command.append(str(report))
    done = subprocess.run(command, capture_output=True, text=True, check=True)
    result: dict[str, Any] = json.loads(done.stdout.splitlines()[-1])
    return result


def part_scale(records: list[dict[str, Any]], sizes: list[int], folder: Path, out: dict[str, Any]) -> None:
    print("\n## 4. Scale: replicated corpora streamed from a JSON Lines file through factcheck.check, "
          "one fresh process each; the smallest again after each larger one, whose time per article is "
          "compared with the mean of the smallest's runs either side of it")
    print(f"{'articles':>8} {'ms/article':>10} {'peak MB':>8} {'checked':>8} {'packs MB':>8} {'end MB':>7} "
          f"{'findings':>8}")
    smallest, larger = sizes[0], sizes[1:]
    small_path = write_corpus(records, smallest, folder)

    def measured(size: int, path: Path) -> dict[str, Any]:
        result = in_child(path)
        result["ms_per_article"] = result["seconds"] / result["articles"] * 1000
        end = f"{result['end_mb']:7.0f}" if result["end_mb"] is not None else f"{'?':>7}"
        print(f"{size:8} {result['ms_per_article']:10.2f} {result['peak_mb']:8.0f} "
              f"{result['checked_mb']:8.0f} {result['loaded_mb']:8.0f} {end} {result['findings']:8}")
        return result

    small_runs = [measured(smallest, small_path)]
    rows: dict[int, dict[str, Any]] = {}
    ratios = {}
    for size in larger:
        path = write_corpus(records, size, folder)
        rows[size] = measured(size, path)
        path.unlink()
        small_runs.append(measured(smallest, small_path))
        either_side = (small_runs[-2]["ms_per_article"] + small_runs[-1]["ms_per_article"]) / 2
        time_ratio = rows[size]["ms_per_article"] / either_side
        memory_ratio = rows[size]["peak_mb"] / small_runs[0]["peak_mb"]
        end_ratio = rows[size]["end_mb"] / small_runs[0]["end_mb"] if small_runs[0]["end_mb"] else None
        ratios[f"{size}/{smallest}"] = {"time": time_ratio, "memory": memory_ratio, "end_memory": end_ratio,
                                        "time_met": time_ratio <= SCALE_TIME_TARGET,
                                        "memory_met": memory_ratio <= SCALE_MEMORY_TARGET}
    small_path.unlink()
    for key, ratio in ratios.items():
        print(f"{key}: time per article x{ratio['time']:.2f} (target {SCALE_TIME_TARGET}: "
              f"{met(ratio['time_met'])}), peak memory x{ratio['memory']:.2f} "
              f"(target {SCALE_MEMORY_TARGET}: {met(ratio['memory_met'])})"
              + (f"; memory at the end x{ratio['end_memory']:.2f}" if ratio["end_memory"] else ""))
    print("(peak MB: the checking process's own peak resident memory (VmHWM), its whole run, the JSON "
          "report written to a file as `factcheck check --format json --output FILE` writes it; checked: "
          "the same before the report was written; packs MB: "
          "the same once the packs were loaded and 20 articles checked to warm up, before the timed run; "
          "end MB: its resident memory with the report built)")
    out["scale"] = {"sizes": {str(k): v for k, v in rows.items()},
                    "smallest": {"articles": smallest, "runs": small_runs}, "ratios": ratios}


def part_jobs(records: list[dict[str, Any]], size: int, folder: Path, out: dict[str, Any]) -> None:
    print(f"\n## 5. jobs=2 against jobs=1 on a replicated corpus of {size} articles (a fresh process each)")
    path = write_corpus(records, size, folder)
    reports = {jobs: folder / f"report-{jobs}.json" for jobs in (1, 2)}
    load = os.getloadavg()[0] if hasattr(os, "getloadavg") else None
    results = {jobs: in_child(path, jobs, reports[jobs]) for jobs in (1, 2)}
    same = reports[1].read_bytes() == reports[2].read_bytes()
    speedup = results[1]["seconds"] / results[2]["seconds"]
    for jobs, result in results.items():
        speed = result["articles"] / result["seconds"]
        print(f"jobs={jobs}: {result['seconds']:.1f} s ({speed:.1f} articles/s)")
    print(f"speed-up: x{speedup:.2f} on {os.cpu_count()} cores; JSON reports byte-identical: "
          f"{'yes' if same else 'NO'}"
          + f" (the machine's load average before the runs: {load_text(load)})")
    path.unlink()
    out["jobs"] = {"articles": size, "jobs_1_s": results[1]["seconds"], "jobs_2_s": results[2]["seconds"],
                   "speedup": speedup, "identical": same, "cpus": os.cpu_count(),
                   "load_average": load}


# 6. A long article against short ones.

def joined_texts(files: list[Path], language: str, pieces: int, piece_bytes: int
                 ) -> tuple[list[str], dt.date | None]:
    """`pieces` texts of at least `piece_bytes` each, corpus texts of `language` joined."""
    made: list[str] = []
    current: list[str] = []
    size, date = 0, None
    for path in files:
        for article in load([path]):
            if not isinstance(article, Article) or article.language != language:
                continue
            date = date or article.date
            current.append(article.text)
            size += len(article.text.encode("utf-8")) + 2
            if size >= piece_bytes:
                made.append("\n\n".join(current))
                current, size = [], 0
                if len(made) == pieces:
                    return made, date
    return made, date


def fastest_checks(sides: list[list[Article]], rules: factcheck.Rules, runs: int = LONG_RUNS) -> list[float]:
    """The fastest factcheck.check of each list of articles, the lists taking turns run by run
    (the machine's drift falls on each alike)."""
    times: list[list[float]] = [[] for _ in sides]
    for _ in range(runs):
        for side, given in zip(times, sides, strict=True):
            started = time.perf_counter()
            factcheck.check(given, rules=rules)
            side.append(time.perf_counter() - started)
    return [min(side) for side in times]


def part_long(files: list[Path], rules: factcheck.Rules, total: int, out: dict[str, Any]) -> None:
    print(f"\n## 6. One article of {total / MB:g} MB against ten of {total / 10 / MB:g} MB, the same "
          f"text (factcheck.check, best of {LONG_RUNS}, taking turns; then, staged, the stages that take 2% "
          "or more of the long one's check_article)")
    rows: dict[str, dict[str, Any]] = {}
    for language in ("en", "hi"):
        pieces, date = joined_texts(files, language, 10, total // 10)
        if len(pieces) < 10:
            print(f"{language}: not enough text in the corpus")
            continue
        short = [Article(id=f"short-{n}", path=f"short-{language}.txt", text=text, date=date,
                         language=language) for n, text in enumerate(pieces)]
        long = Article(id="long", path=f"long-{language}.txt", text="\n\n".join(pieces), date=date,
                       language=language)
        size = len(long.text.encode("utf-8"))
        long_s, short_s = fastest_checks([[long], short], rules)
        ratio = long_s / short_s
        rows[language] = {"bytes": size, "long_s": long_s, "short_s": short_s, "ratio": ratio,
                          "met": ratio <= LONG_TARGET}
        print(f"{language}: one of {size / MB:.2f} MB {long_s:.2f} s, ten {short_s:.2f} s: ratio {ratio:.2f} "
              f"(target {LONG_TARGET}: {met(ratio <= LONG_TARGET)})")
        rows[language]["stages"] = long_stages(long, short, rules)
    out["long"] = rows


def long_stages(long: Article, short: list[Article], rules: factcheck.Rules) -> dict[str, dict[str, float]]:
    """The stages of check_article on the long article against the short ones (a staged pass each):
    which stage grows faster than the text."""
    ones, tens = Stages(), Stages()
    staged_check(long, rules, ones, {})
    for article in short:
        staged_check(article, rules, tens, {})
    spent, spent_ten = sum(ones.seconds.values()), sum(tens.seconds.values())
    print(f"    check_article, staged: one {spent:.2f} s, ten {spent_ten:.2f} s; the rest of factcheck.check "
          "(the report: locating, fingerprints, sorting) is the difference from the figures above")
    rows = {}
    for stage, seconds in sorted(ones.seconds.items(), key=lambda item: -item[1]):
        ten = tens.seconds.get(stage, 0.0)
        rows[stage] = {"long_s": seconds, "short_s": ten}
        if seconds >= 0.02 * spent:
            print(f"    {stage:48} one {seconds:6.2f} s, ten {ten:6.2f} s"
                  + (f" (x{seconds / ten:.2f})" if ten else ""))
    return rows


def main(argv: list[str] | None = None) -> dict[str, Any]:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("corpus", nargs="?", type=Path, default=CORPUS)
    parser.add_argument("--parts", default=",".join(PARTS),
                        help=f"comma-separated parts to run (default: all of {','.join(PARTS)})")
    parser.add_argument("--articles", type=int, metavar="N",
                        help="only the first N articles of each corpus file (default: all)")
    parser.add_argument("--sizes",
                        help="replicated corpus sizes for the scale part (default 1000,10000)")
    parser.add_argument("--big", action="store_true", help="add a replicated corpus of 100,000 articles")
    parser.add_argument("--jobs-size", type=int,
                        help="articles of the replicated corpus for the jobs part (default 10000)")
    parser.add_argument("--naive-sample", type=int,
                        help="articles per file for the naive baseline (default 10)")
    parser.add_argument("--cold-runs", type=int, help="fresh processes per cold start (default 5)")
    parser.add_argument("--long-bytes", type=int,
                        help="size of the long article in UTF-8 bytes (default 1,000,000)")
    parser.add_argument("--quick", action="store_true",
                        help="a smoke run (each figure can still be set): 20 articles a file, sizes 40 "
                             "and 80, jobs on 40, 1 naive article a file, 1 cold run, a long article "
                             "of 50 KB")
    parser.add_argument("--json", type=Path, metavar="FILE", help="write every figure to FILE as JSON")
    args = parser.parse_args(argv)
    parts = [p.strip() for p in args.parts.split(",") if p.strip()]
    unknown = set(parts) - set(PARTS)
    if unknown:
        parser.error(f"unknown parts: {', '.join(sorted(unknown))} (known: {', '.join(PARTS)})")
    given = args.sizes or ("40,80" if args.quick else "1000,10000")
    sizes = sorted({int(size) for size in given.split(",")} | ({100_000} if args.big else set()))
    for option, default, quick in (("articles", None, 20), ("jobs_size", 10_000, 40), ("naive_sample", 10, 1),
                                   ("cold_runs", 5, 1), ("long_bytes", MB, 50_000)):
        if getattr(args, option) is None:
            setattr(args, option, quick if args.quick else default)

    out: dict[str, Any] = {"cpus": os.cpu_count(), "python": sys.version.split()[0],
                           "started": dt.datetime.now(dt.UTC).isoformat(timespec="seconds")}
    with tempfile.TemporaryDirectory(prefix="factcheck-perf-") as temporary:
        folder = Path(temporary)
        heads = folder / "heads"
        heads.mkdir()
        files = [head_file(path, args.articles, heads) for path in corpus_files(args.corpus)]
        if not files:
            parser.error(f"no .jsonl files in {args.corpus}")
        started = time.perf_counter()
        rules = factcheck.load_rules()
        out["packs_load_s"] = time.perf_counter() - started
        out["load_average"] = os.getloadavg()[0] if hasattr(os, "getloadavg") else None
        load = load_text(out["load_average"])
        print(f"all shipped packs loaded in {out['packs_load_s']:.2f} s: {len(rules.checks)} checks, "
              f"{len(rules.files)} pack files; {os.cpu_count()} CPUs, load average {load} "
              "(on a shared machine absolute speeds drift: the ratios are measured side by side)")
        gc.freeze()  # as `factcheck check` does: the packs are not walked by every collection
        for path in files:  # warm: what is built at first use (patterns, tables) is charged to no file
            factcheck.check(articles_of(path, WARM_UP), rules=rules)
        if "files" in parts:
            part_files(files, rules, out)
        if "floors" in parts:
            part_floors(files, rules, args.naive_sample, out)
        if "cold" in parts:
            part_cold(args.cold_runs, out)
        if "scale" in parts or "jobs" in parts:
            records = pooled(files, None)
            if "scale" in parts:
                part_scale(records, sizes, folder, out)
            if "jobs" in parts:
                part_jobs(records, args.jobs_size, folder, out)
            del records
        if "long" in parts:
            part_long(files, rules, args.long_bytes, out)
        shutil.rmtree(heads)
    if args.json:
        args.json.write_text(json.dumps(out, indent=2, ensure_ascii=False) + "\n", encoding="utf-8")
        print(f"\nevery figure written to {args.json}")
    return out


if __name__ == "__main__":
    if sys.argv[1:2] == ["--child"]:
        child(Path(sys.argv[2]), int(sys.argv[3]), Path(sys.argv[4]) if len(sys.argv) > 4 else None)
    else:
        main()
