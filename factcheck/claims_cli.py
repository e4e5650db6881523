"""`factcheck check-claims`: claims from tables, checked and reported in
every format `factcheck check` writes."""

from __future__ import annotations

import argparse
import os
from typing import Any


def add_parser(commands: Any, formats: list[str], fail_on: dict[str, int]) -> None:
    command = commands.add_parser(
        "check-claims", help="check claims from tables (CSV, JSON Lines, Parquet)",
        description="Check claims another tool extracted (docs/claims.md): each row of a .csv, "
                    ".jsonl or .parquet file is a claim with the columns id, subject, relation, "
                    "value, time, reference_date, language (and the others of `factcheck claims "
                    "schema`). A finding names the record and the field it is about "
                    "(claims.csv[row 3].subject); a row that is not a claim fails with its reason "
                    "and the run goes on. Parquet needs pip install 'factcheck-news[parquet]'.",
    )
    command.add_argument("paths", nargs="+", metavar="TABLE",
                         help="a .csv, .jsonl or .parquet file of claims")
    command.add_argument("--rules", action="append", metavar="PACK", default=[],
                         help="rule pack or folder of packs (repeatable; default: the bundled pack)")
    command.add_argument("--format", action="append", choices=formats, default=[],
                         help="output format (default: text); repeatable, each paired in order "
                              "with an --output")
    command.add_argument("--output", "-o", action="append", metavar="FILE", default=[],
                         help="write the report to FILE instead of standard output (repeatable)")
    command.add_argument("--min-severity", choices=["info", "warning", "error"], default="info",
                         help="show only findings of this severity or above (default: info)")
    command.add_argument("--fail-on", choices=list(fail_on), default="error",
                         help="exit 1 when a finding reaches this severity or a record fails "
                              "(default: error; 'never' always exits 0)")
    command.add_argument("--select", action="append", metavar="IDS", default=[],
                         help="run only these checks: ids or kinds, comma-separated (repeatable)")
    command.add_argument("--ignore", action="append", metavar="IDS", default=[],
                         help="do not run these checks: ids or kinds, comma-separated (repeatable)")
    command.add_argument("--severity", action="append", metavar="ID=LEVEL", default=[],
                         help="override a check's severity, e.g. office-holder=warning (repeatable)")
    command.add_argument("--jobs", "-j", type=int, default=None, metavar="N",
                         help="check records in N processes (0: one per core; 1: no worker "
                              "processes; default: one per core once a run has more than 32 "
                              "records, none before)")


def run(args: argparse.Namespace, fail_on: dict[str, int]) -> int:
    from .claim_run import check_claims
    from .cli_common import destinations, ids, severities, write_reports
    from .model import SEVERITY_RANK
    from .rules import load_rules

    if args.jobs is not None and args.jobs < 0:
        raise ValueError("--jobs must be 0 (one per core) or more")
    outputs = destinations(args.format, args.output)
    rules = load_rules(args.rules or None).configured(
        select=ids(args.select), ignore=ids(args.ignore), severities=severities(args.severity))
    jobs = None if args.jobs is None else args.jobs or os.cpu_count() or 1
    report = check_claims(list(args.paths), rules, jobs=jobs)
    rank = fail_on[args.fail_on]
    shown_args = argparse.Namespace(show_baselined=False, statistics=False)
    write_reports(shown_args, report.at_least(args.min_severity), outputs, rank)
    worst = max(report.worst(), SEVERITY_RANK["error"] if report.summary.failed else 0)
    return 1 if worst >= rank else 0
