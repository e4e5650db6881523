"""False findings on real, unchanged articles, by the verdicts kept in the repository.

    python benchmarks/corpus.py [--corpus DIR] [--verdicts FILE] [--unjudged FILE]

Checks every file of ../shared/corpus with the bundled packs and joins each
error and warning with benchmarks/corpus_verdicts.tsv, a tab-separated file
(header `file article rule text verdict reason`; verdict `real` or `false`)
keyed by (article id, rule, finding text): what an editor decided that
finding is. It prints, per language and per rule and severity, the findings
per 100 articles and how many were judged real, judged false and not yet
judged. A finding nobody has judged is listed (`--unjudged FILE` writes them
in the verdict file's shape, verdict left empty, for a reader to fill in), so
a regression shows as new unjudged or false findings.

The targets (issue 13): no false error, and at most 1 false warning per 100
articles in each language.
"""

from __future__ import annotations

import argparse
import sys
from collections import Counter, defaultdict
from pathlib import Path

from planted import VERDICT_FIELDS as FIELDS  # one reader of the verdict file, the benchmark's
from planted import read_verdicts

import factcheck

ROOT = Path(__file__).resolve().parent.parent
VERDICTS = ROOT / "benchmarks" / "corpus_verdicts.tsv"


def one_line(text: str) -> str:
    return " ".join(text.split())


def judge(corpus: Path, verdicts: dict[tuple[str, str, str], str]
          ) -> tuple[Counter, dict[tuple[str, str, str, str], Counter], list[dict[str, str]]]:
    articles: Counter = Counter()
    table: dict[tuple[str, str, str, str], Counter] = defaultdict(Counter)
    unjudged: list[dict[str, str]] = []
    rules = factcheck.load_rules(None)
    files = sorted(corpus.glob("*.jsonl"))
    report = factcheck.check([str(f) for f in files], rules=rules)
    language_of: dict[tuple[str, str], str] = {}
    for status in report.inputs:
        if status.status == "checked":
            lang = "hi" if Path(status.path).name.endswith("_hi.jsonl") else "en"
            language_of[(status.path, status.article or "")] = lang
            articles[lang] += 1
    for finding in report.findings:
        if finding.severity not in {"error", "warning"}:
            continue
        lang = language_of.get((finding.path, finding.article or ""), "en")
        key = (finding.article or "", finding.rule, one_line(finding.text))
        verdict = verdicts.get(key, "unjudged")
        table[(lang, finding.rule, finding.severity, Path(finding.path).name)][verdict] += 1
        if verdict == "unjudged":
            unjudged.append({"file": Path(finding.path).name, "article": key[0], "rule": key[1],
                             "text": key[2], "verdict": "", "reason": one_line(finding.message)})
    return articles, table, unjudged


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--corpus", type=Path, default=ROOT.parent / "shared" / "corpus")
    parser.add_argument("--verdicts", type=Path, default=VERDICTS)
    parser.add_argument("--unjudged", type=Path, help="write the unjudged findings here (TSV)")
    args = parser.parse_args()
    if not args.corpus.is_dir():
        sys.exit(f"no corpus at {args.corpus}")
    articles, table, unjudged = judge(args.corpus, read_verdicts(args.verdicts))
    print(f"articles: {dict(articles)}")
    print(f"{'lang':4} {'rule':16} {'severity':8} {'file':30} {'found':>5} {'real':>5} {'false':>5} "
          f"{'unjudged':>8} {'false/100':>9}")
    totals: dict[tuple[str, str], Counter] = defaultdict(Counter)
    for (lang, rule, severity, name), counts in sorted(table.items()):
        found = sum(counts.values())
        totals[(lang, severity)].update(counts)
        print(f"{lang:4} {rule:16} {severity:8} {name:30} {found:5} {counts['real']:5} "
              f"{counts['false']:5} {counts['unjudged']:8} {100 * counts['false'] / articles[lang]:9.2f}")
    print()
    for (lang, severity), counts in sorted(totals.items()):
        print(f"{lang} {severity}s: {sum(counts.values())} found, {counts['real']} real, "
              f"{counts['false']} false ({100 * counts['false'] / articles[lang]:.2f} per 100 "
              f"articles), {counts['unjudged']} unjudged")
    if args.unjudged:
        with args.unjudged.open("w", encoding="utf-8", newline="") as handle:
            for row in [dict(zip(FIELDS, FIELDS, strict=True)), *unjudged]:
                handle.write("\t".join(row[field] for field in FIELDS) + "\n")
        print(f"wrote {len(unjudged)} unjudged findings to {args.unjudged}")


if __name__ == "__main__":
    main()
