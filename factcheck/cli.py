"""The command line: `factcheck check`, `factcheck kb import-csv`."""

from __future__ import annotations

import argparse
import os
import sys
from pathlib import Path
from typing import cast

from .model import SEVERITY_RANK, Severity
from .yamlsource import PackError

FAIL_ON = {"error": 3, "warning": 2, "info": 1, "never": 99}


def _pack_output_arguments(command: argparse.ArgumentParser) -> None:
    command.add_argument("--output", "-o", metavar="FILE", required=True,
                         help="where to write the pack")
    command.add_argument("--pack-name", default="office-holders",
                         help="the generated pack's name (default: office-holders)")
    command.add_argument("--link", action="append", metavar="PACK", default=[],
                         help="reuse the people, offices and countries this pack defines "
                              "instead of defining them again (repeatable)")


def _parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="factcheck",
        description="Check news articles for factual consistency against YAML rule packs.",
    )
    commands = parser.add_subparsers(dest="command", required=True, metavar="COMMAND")

    check = commands.add_parser(
        "check", help="check articles and report findings",
        description="Check articles (.txt, .md, .jsonl files or folders of them).",
    )
    check.add_argument("paths", nargs="+", metavar="PATH", help="article file or folder")
    check.add_argument("--rules", action="append", metavar="PACK", default=[],
                       help="rule pack to load (repeatable; default: the bundled pack)")
    check.add_argument("--format", choices=["text", "json"], default="text",
                       help="output format (default: text)")
    check.add_argument("--fail-on", choices=list(FAIL_ON), default=None,
                       help="exit 1 when a finding reaches this severity, or an input "
                            "fails to load (default: error; 'never' always exits 0)")
    check.add_argument("--output", "-o", metavar="FILE",
                       help="write the report to FILE instead of standard output")
    check.add_argument("--select", action="append", metavar="IDS", default=[],
                       help="run only these checks: ids or kinds, comma-separated (repeatable)")
    check.add_argument("--ignore", action="append", metavar="IDS", default=[],
                       help="do not run these checks: ids or kinds, comma-separated (repeatable)")
    check.add_argument("--severity", action="append", metavar="ID=LEVEL", default=[],
                       help="override a check's severity, e.g. spelling=error (repeatable)")
    check.add_argument("--language", metavar="LANG",
                       help="language of articles that do not say and are not in "
                            "Devanagari (default: en)")
    check.add_argument("--config", metavar="FILE",
                       help="configuration file for all PATHs (default: for each article, "
                            "the nearest factcheck.toml or pyproject.toml with "
                            "[tool.factcheck] in its folder or above)")
    check.add_argument("--no-config", action="store_true", help="ignore configuration files")
    check.add_argument("--jobs", "-j", type=int, default=1, metavar="N",
                       help="check articles in N processes (0: one per core; default: 1); "
                            "the report is the same")

    rules = commands.add_parser("rules", help="work with rule packs")
    rules_commands = rules.add_subparsers(dest="rules_command", required=True,
                                          metavar="RULES_COMMAND")
    rules_commands.add_parser(
        "schema", help="print the JSON Schema of packs",
        description="Print the JSON Schema of packs, for editors (docs/pack.schema.json).",
    )
    validate = rules_commands.add_parser(
        "validate", help="load packs and report every problem",
        description="Load packs and report every problem: what loading checks, plus names "
                    "shared by two entities and overlapping tenures of single-holder offices.",
    )
    validate.add_argument("packs", nargs="*", metavar="PACK",
                          help="packs to validate (default: the bundled pack)")
    tester = rules_commands.add_parser(
        "test", help="run the examples the checks carry",
        description="Run every check's good and bad examples; exit 2 if any misbehaves or a "
                    "check has no example it must report.",
    )
    tester.add_argument("packs", nargs="*", metavar="PACK",
                        help="packs to test (default: the bundled pack)")
    explainer = rules_commands.add_parser(
        "explain", help="explain a rule kind or check",
        description="What a rule kind (or a check of the loaded packs) checks, its options "
                    "and its examples.",
    )
    explainer.add_argument("rule", metavar="RULE", help="a rule kind or check id")
    explainer.add_argument("--rules", action="append", metavar="PACK", default=[],
                           help="packs whose checks to look in (default: the bundled pack)")

    kb = commands.add_parser("kb", help="build knowledge packs")
    kb_commands = kb.add_subparsers(dest="kb_command", required=True, metavar="KB_COMMAND")
    importer = kb_commands.add_parser(
        "import-csv", help="make a pack of office holders from a CSV file",
        description="Make a pack from a CSV with columns person, position, country, start, "
                    "end (and optionally source, wikidata_person, note).",
    )
    importer.add_argument("csv", metavar="CSV")
    _pack_output_arguments(importer)
    wikidata = kb_commands.add_parser(
        "import-wikidata", help="make a pack of office holders from Wikidata entity JSON",
        description="Make a pack from Wikidata entities in JSON (Special:EntityData files, a "
                    "JSON list, or a dump with one entity per line): each person's P39 "
                    "'position held' statements with P580/P582 start and end qualifiers. "
                    "The positions and their countries (P17 or P1001) must be in the files "
                    "too, for their labels.",
    )
    wikidata.add_argument("files", nargs="+", metavar="JSON")
    _pack_output_arguments(wikidata)
    wikidata.add_argument("--languages", default="en,hi",
                          help="label languages to import, comma-separated (default: en,hi)")
    return parser


def _ids(values: list[str]) -> list[str]:
    return [part.strip() for value in values for part in value.split(",") if part.strip()]


def _severities(values: list[str]) -> dict[str, Severity]:
    levels: dict[str, Severity] = {}
    for value in values:
        check_id, _, level = value.partition("=")
        if level not in SEVERITY_RANK:
            raise ValueError(f"--severity {value!r}: use ID=error, ID=warning or ID=info")
        levels[check_id.strip()] = cast(Severity, level)
    return levels


def _check(args: argparse.Namespace) -> int:
    from .config import Config, by_config, read_config
    from .engine import merge, run
    from .report import FORMATTERS
    from .rules import load_rules

    if args.jobs < 0:
        raise ValueError("--jobs must be 0 (one per core) or more")
    jobs = args.jobs or os.cpu_count() or 1
    if args.no_config:
        groups = [(Config(), list(args.paths))]
    elif args.config:
        groups = [(read_config(Path(args.config)), list(args.paths))]
    else:
        groups = by_config(args.paths)
    reports, failing = [], False
    for config, paths in groups:
        rules = load_rules(args.rules or config.pack_paths() or None).configured(
            select=_ids(args.select) or config.select,
            ignore=_ids(args.ignore) or config.ignore,
            severities={**config.severity, **_severities(args.severity)},
        )
        report = run(paths, rules, language=args.language or config.language or "en", jobs=jobs)
        worst = max(report.worst(), SEVERITY_RANK["error"] if report.summary.failed else 0)
        failing |= worst >= FAIL_ON[args.fail_on or config.fail_on or "error"]
        reports.append(report)
    output = FORMATTERS[args.format](reports[0] if len(reports) == 1 else merge(reports))
    if args.output:
        Path(args.output).write_text(output, encoding="utf-8")
    else:
        sys.stdout.write(output)
    return 1 if failing else 0


def _import(args: argparse.Namespace) -> int:
    from .kb import import_csv, import_wikidata

    link = [Path(p) for p in args.link]
    if args.kb_command == "import-csv":
        text, counts = import_csv(Path(args.csv), args.pack_name, link, Path(args.output))
    else:
        text, counts = import_wikidata([Path(f) for f in args.files], args.pack_name, link,
                                       Path(args.output), _ids([args.languages]))
    Path(args.output).write_text(text, encoding="utf-8")
    print(f"wrote {args.output}: " + ", ".join(f"{n} {what}" for what, n in counts.items()),
          file=sys.stderr)
    return 0


def _rules(args: argparse.Namespace) -> int:
    from . import authoring
    from .packs import pack_schema
    from .rules import load_rules

    if args.rules_command == "schema":
        sys.stdout.write(pack_schema())
        return 0
    if args.rules_command == "explain":
        lines = authoring.explain(load_rules(args.rules or None), args.rule)
        if lines is None:
            from .checks import KINDS

            print(f"factcheck: no rule kind or check {args.rule!r}; kinds: "
                  f"{', '.join(sorted(KINDS))}", file=sys.stderr)
            return 2
        print("\n".join(lines))
        return 0
    rules = load_rules(args.packs or None)
    if args.rules_command == "validate":
        problems = authoring.lint(rules)
        if problems:
            raise PackError(problems)
        print(f"{len(rules.files)} pack files valid: " + ", ".join(rules.files))
        return 0
    count, problems = authoring.test_examples(rules)
    if problems:
        raise PackError(problems)
    print(f"{count} examples of {len(rules.checks)} checks behave as written")
    return 0


def main(argv: list[str] | None = None) -> int:
    args = _parser().parse_args(argv)
    try:
        if args.command == "check":
            return _check(args)
        if args.command == "rules":
            return _rules(args)
        return _import(args)
    except PackError as exc:
        print("factcheck: the rule packs have problems:", file=sys.stderr)
        for problem in exc.problems:
            print(f"  {problem}", file=sys.stderr)
        return 2
    except (OSError, ValueError) as exc:
        print(f"factcheck: {exc}", file=sys.stderr)
        return 2
    except Exception as exc:  # a bug of ours: say so plainly, keep the traceback on request
        if os.environ.get("FACTCHECK_DEBUG"):
            raise
        print(f"factcheck: internal error: {type(exc).__name__}: {exc} "
              "(set FACTCHECK_DEBUG=1 for the traceback, and please report it)", file=sys.stderr)
        return 2


if __name__ == "__main__":
    sys.exit(main())
