"""The command line: `factcheck check`, `factcheck check-claims`, `factcheck kb import-csv`."""

from __future__ import annotations

import argparse
import datetime as dt
import gc
import os
import signal
import sys
import threading
from pathlib import Path
from typing import TYPE_CHECKING

from . import baseline, claims_cli
from .articles import shown_path
from .cli_common import FAIL_ON, FORMATS, ids, severities, write_reports
from .cli_common import destinations as report_destinations
from .model import SEVERITY_RANK, Report
from .outputs import AtomicFile
from .project import RulesCache
from .yamlsource import PackError

if TYPE_CHECKING:
    from . import fixes
    from .progress import ProgressBar
    from .project import Finder, Flags



def _pack_output_arguments(command: argparse.ArgumentParser) -> None:
    command.add_argument("--output", "-o", metavar="FILE", required=True,
                         help="where to write the pack")
    command.add_argument("--pack-name", default="office-holders",
                         help="the generated pack's name (default: office-holders)")
    command.add_argument("--link", action="append", metavar="PACK", default=[],
                         help="reuse the people, offices and countries this pack defines "
                              "instead of defining them again (repeatable)")
    command.add_argument("--as-of", metavar="YYYY-MM-DD", type=_as_of,
                         help="the source's snapshot date: a tenure with no end is known to go "
                              "on only until then (the pack's as_of)")
    command.add_argument("--organisation", action="append", metavar="POSITION=ORGANISATION", default=[],
                         help="make a position an organisation's post, for sources that do not say "
                              "whose it is: the position's English name (or Wikidata Q-id) = the "
                              "organisation's names separated by '|' (or its Q-id in the extract), "
                              "e.g. 'Governor of the Reserve Bank=Reserve Bank of India|RBI|Reserve "
                              "Bank'; a row's own organisation column wins (repeatable)")


def _as_of(value: str) -> dt.date:
    try:
        return dt.date.fromisoformat(value)
    except ValueError:
        raise argparse.ArgumentTypeError(f"{value!r} is not a date (YYYY-MM-DD)") from None


def _parser() -> argparse.ArgumentParser:
    from . import __version__

    parser = argparse.ArgumentParser(
        prog="factcheck",
        description="Check news articles for factual consistency against YAML rule packs.",
    )
    parser.add_argument("--version", action="version", version=f"factcheck {__version__}")
    commands = parser.add_subparsers(dest="command", required=True, metavar="COMMAND")

    check = commands.add_parser(
        "check", help="check articles and report findings",
        description="Check articles (.txt, .md, .jsonl files or folders of them).",
        epilog="The bundled packs are compiled once and kept in $FACTCHECK_CACHE_DIR, else "
               "$XDG_CACHE_HOME/factcheck, else ~/.cache/factcheck; FACTCHECK_NO_CACHE=1 turns that off.",
    )
    check.add_argument("paths", nargs="+", metavar="PATH",
                       help="article file or folder; '-' reads one article from standard input")
    check.add_argument("--rules", action="append", metavar="PACK", default=[],
                       help="rule pack or folder of packs to load (repeatable; 'default' is the "
                            "bundled pack, which is also what is loaded when none is given)")
    check.add_argument("--format", action="append", choices=FORMATS, default=[],
                       help="output format (default: text); repeatable, each paired in order "
                            "with an --output")
    check.add_argument("--output", "-o", action="append", metavar="FILE", default=[],
                       help="write the report to FILE instead of standard output (repeatable: "
                            "the Nth --output takes the Nth --format): a file is written whole or "
                            "not at all, a link through to its target, a device or FIFO "
                            "(/dev/null, /dev/stdout) in place; never an article this run checks")
    check.add_argument("--min-severity", choices=["info", "warning", "error"], default="info",
                       help="show only findings of this severity or above, in every format "
                            "(default: info); --fail-on still sees them all")
    check.add_argument("--fail-on", choices=list(FAIL_ON), default=None,
                       help="exit 1 when a finding reaches this severity, or an input "
                            "fails to load (default: error; 'never' always exits 0)")
    check.add_argument("--baseline", metavar="FILE",
                       help="findings whose fingerprints this baseline holds are reported as "
                            "unchanged and never fail the run; only new ones do")
    check.add_argument("--write-baseline", metavar="FILE",
                       help="record this run's findings as the baseline in FILE, and exit 0 "
                            "(1 only if an input could not be read)")
    check.add_argument("--show-baselined", action="store_true",
                       help="show the findings in the --baseline in full (text, github and junit "
                            "formats count them only)")
    check.add_argument("--fix", action="store_true",
                       help="apply the suggestions of fixable checks (spelling, substitution, "
                            "repetition) to the files, checking the fixed text again until "
                            "nothing more is to fix (a fix that would make a new finding is "
                            "left out), then report what is left; links are fixed in their target")
    check.add_argument("--diff", action="store_true",
                       help="print the changes --fix would make, as a patch that git apply and "
                            "patch -p1 accept, and change nothing (exit 1 when there are some)")
    check.add_argument("--statistics", action="store_true",
                       help="print how many findings each rule reported, by severity, instead "
                            "of the report on standard output (JSON with --format json)")
    check.add_argument("--stdin-filename", metavar="NAME",
                       help="the name of the article read from '-' (standard input): shown in "
                            "the report, and where its configuration is looked for")
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
    check.add_argument("--no-config", action="store_true",
                       help="ignore configuration files (the default excludes still apply)")
    check.add_argument("--force-exclude", action="store_true",
                       help="leave out excluded files even when named as PATH (for pre-commit, "
                            "which names every changed file)")
    check.add_argument("--show-files", action="store_true",
                       help="list the files the run would check (folders walked, excludes "
                            "applied), then exit")
    check.add_argument("--show-settings", action="store_true",
                       help="print the settings each PATH gets (its configuration file, per-file "
                            "globs and flags, as TOML), then exit")
    check.add_argument("--max-article-size", type=_size, default=None, metavar="SIZE",
                       help="fail an article (a file, or a JSON Lines record) larger than this, "
                            "e.g. 500kB or 20MB (default: 10MB)")
    check.add_argument("--jobs", "-j", type=int, default=None, metavar="N",
                       help="check articles in N processes (0: one per core; 1: no worker "
                            "processes; default: one per core once a run has more than 32 "
                            "articles, none before); the report is the same")
    check.add_argument("--scheduler", metavar="ADDRESS",
                       help="check the articles on the Dask cluster whose scheduler is at ADDRESS "
                            "(tcp://host:8786): the paths are read here and sent to the workers as "
                            "articles; each worker needs factcheck and the same packs at the same "
                            "paths (pip install 'factcheck-news[dask]'); the report is the same")
    check.add_argument("--scheduler-timeout", type=float, default=10.0, metavar="SECONDS",
                       help="how long to try to reach the --scheduler (default: 10)")
    check.add_argument("--emit-claims", metavar="FILE",
                       help="also write every claim read from the articles to FILE as JSON Lines, "
                            "one claim a line with its evidence and whether it was checked "
                            "(the shape `factcheck claims schema` prints; docs/claims.md)")

    claims_cli.add_parser(commands, FORMATS, FAIL_ON)
    rules = commands.add_parser("rules", help="work with rule packs")
    rules_commands = rules.add_subparsers(dest="rules_command", required=True,
                                          metavar="RULES_COMMAND")
    rules_commands.add_parser(
        "schema", help="print the JSON Schema of packs",
        description="Print the JSON Schema of packs, for editors. The bundled packs have it "
                    "beside them as pack.schema.json; save it beside your own packs with "
                    "`factcheck rules schema > pack.schema.json` and start each pack with "
                    "`# yaml-language-server: $schema=pack.schema.json`.",
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

    claims = commands.add_parser("claims", help="work with claims")
    claims_commands = claims.add_subparsers(dest="claims_command", required=True,
                                            metavar="CLAIMS_COMMAND")
    claims_commands.add_parser(
        "schema", help="print the JSON Schema of a claim",
        description="Print the JSON Schema of one claim record: a line that --emit-claims writes, "
                    "a row that check-claims reads. The bundled packs have it beside them as "
                    "claim.schema.json.",
    )
    claims_commands.add_parser(
        "relations", help="list the relations a claim may have",
        description="List the relations claims may have (check-claims reads them; the registered "
                    "rule kinds read them from articles), one a line with the kind that reads it.",
    )

    kb = commands.add_parser("kb", help="build knowledge packs")
    kb_commands = kb.add_subparsers(dest="kb_command", required=True, metavar="KB_COMMAND")
    importer = kb_commands.add_parser(
        "import-csv", help="make a pack of office holders or party memberships from a CSV file",
        description="Make a pack from a CSV with columns person, position, country, start, "
                    "end (and optionally person_hi, position_hi, organisation, organisation_hi, "
                    "source, wikidata_person, note; names may list aliases after '|'). A row with "
                    "an organisation is that organisation's post; its country may then be empty "
                    "(an international body's). Or, from a table with a party (or party_en) column, "
                    "a pack of party memberships: columns person (or person_en), person_hi, party "
                    "(or party_en), party_hi, party_id, start, end, source, note, certainty "
                    "(docs/rules.md, 'Party memberships').",
    )
    importer.add_argument("csv", metavar="CSV")
    importer.add_argument("--certainty", metavar="LEVELS", type=lambda text: ids([text]),
                          help="membership tables: keep only rows whose certainty column is one of "
                               "these, comma-separated (e.g. high,medium)")
    _pack_output_arguments(importer)
    wikidata = kb_commands.add_parser(
        "import-wikidata", help="make a pack of office holders from Wikidata entity JSON",
        description="Make a pack from Wikidata entities in JSON (Special:EntityData files, a "
                    "JSON list, or a dump with one entity per line): each person's P39 "
                    "'position held' statements with P580/P582 start and end qualifiers. "
                    "The positions and their countries (P17 or P1001) must be in the files "
                    "too, for their labels. A position is an organisation's post when the "
                    "statement has an 'of' (P642) qualifier, the position has 'organization "
                    "directed by the office or position' (P2389), or --organisation maps it; "
                    "the organisation must then be in the files too.",
    )
    wikidata.add_argument("files", nargs="+", metavar="JSON")
    _pack_output_arguments(wikidata)
    wikidata.add_argument("--languages", default="en,hi",
                          help="label languages to import, comma-separated (default: en,hi)")
    return parser


SIZE_UNITS = {"": 1, "b": 1, "kb": 1000, "k": 1000, "mb": 1000**2, "m": 1000**2, "gb": 1000**3,
              "g": 1000**3}


def _size(text: str) -> int:
    number = text.strip().lower().rstrip("bkmg ")
    unit = text.strip().lower()[len(number):].strip()
    try:
        value = float(number) * SIZE_UNITS[unit]
    except (ValueError, KeyError):
        raise argparse.ArgumentTypeError(f"{text!r} is not a size such as 500kB or 20MB") from None
    if value < 1:
        raise argparse.ArgumentTypeError("the size must be at least 1 byte")
    return int(value)


_RULES = RulesCache(freeze=True)  # packs loaded in this run, by their paths (--fix checks again with them)


def _progress_bar(paths: list[object]) -> ProgressBar:
    from .progress import ProgressBar, count_inputs

    return ProgressBar(sys.stderr, count_inputs(paths))


def _flags(args: argparse.Namespace) -> Flags:
    from .project import Flags

    return Flags(rules=list(args.rules), select=ids(args.select), ignore=ids(args.ignore),
                 severity=severities(args.severity), language=args.language, fail_on=args.fail_on,
                 max_article_size=args.max_article_size, force_exclude=args.force_exclude)


def _finder(args: argparse.Namespace) -> Finder:
    from .project import Finder

    return Finder(Path(args.config) if args.config else None, args.no_config)


def _wants_claims(args: argparse.Namespace) -> bool:
    """Claims are read into the report for --emit-claims and for the HTML
    report, which shows each finding's claim."""
    return bool(args.emit_claims) or "html" in args.format


def _run(args: argparse.Namespace, jobs: int | None, texts: dict[str, str | bytes] | None = None
         ) -> tuple[Report, bool, int]:
    """The report of the run, whether it fails, and the --fail-on rank. `texts`
    holds the text of paths that is not (yet) their file's."""
    from .engine import merge
    from .project import check_group, select, settled

    flags = _flags(args)
    groups = select(list(args.paths), _finder(args), flags.force_exclude)
    progress = (_progress_bar([path for _, paths in groups for path in paths])
                if sys.stderr.isatty() and not args.diff and not texts else None)
    reports, failing = [], False
    fail_on = FAIL_ON[args.fail_on or "error"]
    for config, paths in groups:
        settings = settled(config, flags)
        # The loaded packs live as long as the run: keep the garbage collector from
        # walking their millions of objects again and again (a large pack halved throughput).
        gc.freeze()
        report = check_group(settings, paths, flags, _RULES, jobs=jobs, progress=progress, texts=texts,
                             claims=_wants_claims(args), client=getattr(args, "dask_client", None))
        if progress:
            progress.next_group(len(report.inputs))
        if args.baseline:
            baseline.apply(report, baseline.read(args.baseline))
        fail_on = FAIL_ON[settings.fail_on or "error"]
        worst = max(report.worst(), SEVERITY_RANK["error"] if report.summary.failed else 0)
        failing |= worst >= fail_on
        reports.append(report)
    if progress:
        progress.close()
    return (reports[0] if len(reports) == 1 else merge(reports)), failing, fail_on


def _stdin(args: argparse.Namespace) -> dict[str, str | bytes] | None:
    """Standard input's article when a PATH is '-', under --stdin-filename
    (which then stands for '-' in args.paths)."""
    if "-" not in args.paths:
        if args.stdin_filename is not None:
            raise ValueError("--stdin-filename names the article read from standard input: "
                             "give '-' as its PATH")
        return None
    if args.paths.count("-") > 1:
        raise ValueError("'-' (standard input) can be given once")
    if args.fix:
        raise ValueError("--fix cannot write to standard input: --diff shows the changes")
    name = "-" if args.stdin_filename is None else str(Path(args.stdin_filename))
    if not args.stdin_filename and args.stdin_filename is not None:
        raise ValueError("--stdin-filename needs a name")
    if name != "-" and (name in args.paths or Path(name).is_dir()):
        raise ValueError(f"--stdin-filename {name}: name an article that is not a folder "
                         "nor another PATH of the run")
    args.paths = [name if path == "-" else path for path in args.paths]
    return {name: sys.stdin.buffer.read()}


def _refuse_replacing_inputs(args: argparse.Namespace, outputs: list[tuple[str, AtomicFile]]) -> None:
    """A report or baseline never replaces an article the run checks (or, under a
    folder it checks, one the next run would)."""
    from .outputs import input_it_replaces

    for flag, output in outputs:
        given = input_it_replaces(output, args.paths)
        if given is not None:
            where = (f"an article under {given}, which this run checks" if Path(given).is_dir()
                     else f"the article {given} this run checks")
            raise ValueError(f"{flag} {output.path} would replace {where}: write it elsewhere")


def _plan_fixes(args: argparse.Namespace, jobs: int | None, report: Report,
                texts: dict[str, str | bytes] | None) -> tuple[fixes.Plan, tuple[Report, bool, int] | None]:
    """--fix and --diff: the fixes, the whole run checked again with the fixed
    texts in place until they settle; and the run's outcome with the fixed
    texts, when the last check was of them."""
    from . import fixes  # and difflib: only --fix and --diff need them

    outcomes: dict[int, tuple[Report, bool, int]] = {}

    def recheck(fixed: dict[str, str]) -> Report:
        outcome = _run(args, jobs, {**(texts or {}), **fixed})
        outcomes[id(outcome[0])] = outcome
        return outcome[0]

    planned = fixes.plan(report, recheck, texts, min_rank=SEVERITY_RANK[args.min_severity])
    return planned, outcomes.get(id(planned.checked)) if planned.checked is not None else None


def _say_withheld(plan: fixes.Plan) -> None:
    from .model import where
    from .report.text_format import one_line

    for finding in plan.withheld:
        place = where(finding.path, finding.article, finding.line, finding.column, finding.field)
        print(f"factcheck: not fixed, as fixing it made a finding: {one_line(place)} "
              f"[{finding.rule}] {one_line(finding.text)} -> {one_line(finding.suggestion or '')}",
              file=sys.stderr)


def _show_files(args: argparse.Namespace) -> int:
    """The files a run would check, one a line; what would fail to load, on
    standard error."""
    from .project import select

    for _, items in select(list(args.paths), _finder(args), args.force_exclude):
        for item in items:
            if isinstance(item, str):
                print(shown_path(item))
            else:
                print(f"factcheck: {item.path}: {item.reason}", file=sys.stderr)
    return 0


def _show_settings(args: argparse.Namespace) -> int:
    """The settings each path gets, as TOML."""
    from .project import describe, settled

    finder, flags = _finder(args), _flags(args)
    for given in args.paths:
        path = Path(given)
        config = finder(path if path.is_dir() else path.parent)
        resolved = settled(config if path.is_dir() else config.for_file(path), flags)
        sys.stdout.write(describe(resolved, path, flags.rules))
    return 0


def _check(args: argparse.Namespace) -> int:
    if args.show_files:
        return _show_files(args)
    if args.show_settings:
        return _show_settings(args)
    if args.jobs is not None and args.jobs < 0:
        raise ValueError("--jobs must be 0 (one per core) or more")
    jobs = None if args.jobs is None else args.jobs or os.cpu_count() or 1
    if args.fix and args.diff:
        raise ValueError("--fix and --diff do not go together: --diff shows what --fix would do")
    if args.diff and (args.format or args.output or args.write_baseline or args.statistics
                      or args.emit_claims):
        raise ValueError("--diff prints the changes --fix would make and nothing else: leave out "
                         "--format, --output, --write-baseline, --statistics and --emit-claims")
    if args.statistics and any(fmt not in ("text", "json") for fmt in args.format[len(args.output):]):
        raise ValueError("--statistics replaces the report on standard output with text or JSON: "
                         "give the other --format an --output")
    texts = _stdin(args)
    destinations = [] if args.diff else report_destinations(args.format, args.output)
    baseline_file = AtomicFile(args.write_baseline) if args.write_baseline else None
    claims_file = AtomicFile(args.emit_claims) if args.emit_claims else None
    _refuse_replacing_inputs(args, [("--output", d) for _, d in destinations if d is not None]
                             + ([("--write-baseline", baseline_file)] if baseline_file else [])
                             + ([("--emit-claims", claims_file)] if claims_file else []))
    _RULES.clear()
    if args.scheduler:
        if args.jobs not in (None, 1):
            raise ValueError("--jobs and --scheduler do not go together: the cluster's workers do the work")
        from .distributed import connect

        args.dask_client = connect(args.scheduler, args.scheduler_timeout)
    try:
        report, failing, fail_on = _run(args, jobs, texts)
        if args.diff or args.fix:
            planned, fixed = _plan_fixes(args, jobs, report, texts)
            from . import fixes

            if args.diff:
                sys.stdout.write(fixes.diff(planned.fixes))
                _say_withheld(planned)
                return 1 if planned.fixes else 0
            if planned.fixes:
                fixes.apply(planned.fixes)
                print(f"factcheck: fixed {planned.count} findings in {len(planned.fixes)} files",
                      file=sys.stderr)
                report, failing, fail_on = fixed or _run(args, jobs, texts)
            _say_withheld(planned)
        if baseline_file:
            baseline_file.commit(baseline.render(report))
        if claims_file:
            from .claim_export import as_json_lines

            claims_file.commit(as_json_lines(report.claims))
        write_reports(args, report.at_least(args.min_severity), destinations, fail_on)
    finally:
        _RULES.clear()
        if args.scheduler:
            args.dask_client.close()
    if baseline_file:  # the findings are accepted; an input that could not be read is not
        return 1 if report.summary.failed else 0
    return 1 if failing else 0


def _import(args: argparse.Namespace) -> int:
    from .kb import import_csv, import_wikidata, organisation_map

    link = [Path(p) for p in args.link]
    organisations = organisation_map(args.organisation)
    if args.kb_command == "import-csv":
        text, counts = import_csv(Path(args.csv), args.pack_name, link, Path(args.output),
                                  as_of=args.as_of, certainty=args.certainty,
                                  organisations=organisations)
    else:
        text, counts = import_wikidata([Path(f) for f in args.files], args.pack_name, link,
                                       Path(args.output), ids([args.languages]), as_of=args.as_of,
                                       organisations=organisations)
    Path(args.output).write_text(text, encoding="utf-8")
    print(f"wrote {args.output}: " + ", ".join(f"{n} {what}" for what, n in counts.items()),
          file=sys.stderr)
    return 0


def _claims(args: argparse.Namespace) -> int:
    from .claim_model import claim_schema

    if args.claims_command == "relations":
        from .checks import KINDS
        from .claim_import import relations
        from .claim_run import produced_relations

        readers = {relation: kind.name for kind in KINDS.values() for relation in kind.produces}
        for relation in relations(produced_relations()):
            print(f"{relation}\t{readers[relation]}")
        return 0
    sys.stdout.write(claim_schema())
    return 0


def _rules(args: argparse.Namespace) -> int:
    from . import authoring
    from .rules import load_rules
    from .schema import pack_schema

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


class Stopped(BaseException):
    """The run was asked to stop by a signal (SIGTERM): not an error of ours,
    so no `except Exception` catches it on its way out."""


def _stop(signum: int, frame: object) -> None:
    raise Stopped


def _stopped(how: str, code: int) -> int:
    """One line, no traceback: workers are stopped and temporary files
    removed on the way out."""
    clear = "\r\x1b[K" if sys.stderr.isatty() else ""
    print(f"{clear}factcheck: {how}; stopped", file=sys.stderr)
    return code


def main(argv: list[str] | None = None) -> int:
    args = _parser().parse_args(argv)
    on_terminate = None
    if threading.current_thread() is threading.main_thread():
        on_terminate = signal.signal(signal.SIGTERM, _stop)
    thawed = gc.get_freeze_count() == 0
    try:
        return _main(args)
    except KeyboardInterrupt:
        return _stopped("interrupted (Ctrl-C)", 130)
    except Stopped:
        return _stopped("terminated (SIGTERM)", 143)
    finally:
        if on_terminate is not None:
            signal.signal(signal.SIGTERM, on_terminate)
        if thawed:  # the packs _RULES froze, collected again in a process that goes on (a test's)
            gc.unfreeze()


def _main(args: argparse.Namespace) -> int:
    try:
        if args.command == "check":
            return _check(args)
        if args.command == "rules":
            return _rules(args)
        if args.command == "check-claims":
            return claims_cli.run(args, FAIL_ON)
        if args.command == "claims":
            return _claims(args)
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


def command() -> int:
    """The `factcheck` command: `main`, then everything the process made
    moved out of the garbage collector's sight (gc.freeze) before the
    interpreter ends, whose last collection would otherwise walk the packs
    and free them one by one (50 ms of a cold start of 0.3 s) for a process
    that is ending anyway."""
    code = main()
    gc.freeze()
    return code


if __name__ == "__main__":
    sys.exit(command())
