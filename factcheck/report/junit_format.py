"""JUnit XML (the Apache Ant schema): one testsuite for the run, one testcase
per article. An article fails when a finding that counts reaches the
--fail-on level; the failure carries all its findings. An article with findings
below that level is skipped, its message and text naming them (the Ant schema
allows no output per testcase; GitLab and Jenkins show a skipped test's
message). An input that could not be read is a testcase with an error.

Reports are byte-identical for identical inputs, so the suite's timestamp
is SOURCE_DATE_EPOCH when set (else the Unix epoch), its hostname is
"factcheck" and every time is 0.
"""

from __future__ import annotations

import datetime as dt
import os
import xml.etree.ElementTree as ElementTree
from collections import defaultdict

import regex

from ..model import JSON_LINES, SEVERITY_RANK, Finding, Report
from .settings import Settings
from .text_format import render_finding

# Characters XML 1.0 cannot carry, shown as \xNN (or \uNNNN) instead.
NOT_XML = regex.compile(r"[^\t\n\r\x20-\ud7ff\ue000-\ufffd\U00010000-\U0010ffff]")


def xml_text(text: str) -> str:
    return NOT_XML.sub(lambda m: m.group().encode("unicode_escape", "backslashreplace").decode(), text)


def _timestamp() -> str:
    seconds = int(os.environ.get("SOURCE_DATE_EPOCH", "0") or 0)
    return dt.datetime.fromtimestamp(seconds, dt.UTC).strftime("%Y-%m-%dT%H:%M:%S")


def _case_name(path: str, article: str | None) -> str:
    return xml_text(f"{path}[{article}]" if article is not None and path.endswith(JSON_LINES) else path)


def class_name(path: str) -> str:
    """The path with its dots as underscores: Jenkins takes a class name's part
    after its last dot for the class, so "seeds/a.txt" would show as class
    "txt" of package "seeds/a"."""
    return xml_text(path.replace(".", "_"))


def _summary(findings: list[Finding]) -> str:
    first = findings[0]
    noun = "finding" if len(findings) == 1 else "findings"
    return xml_text(f"{len(findings)} {noun}: {first.severity} [{first.rule}] {first.message}")


def render(report: Report, settings: Settings) -> str:
    by_article: dict[tuple[str, str | None], list[Finding]] = defaultdict(list)
    for finding in report.findings:
        by_article[(finding.path, finding.article)].append(finding)
    suite = ElementTree.Element("testsuite", {
        "name": "factcheck", "timestamp": _timestamp(), "hostname": "factcheck",
        "tests": "0", "failures": "0", "errors": "0", "skipped": "0", "time": "0",
    })
    ElementTree.SubElement(suite, "properties")
    failures = errors = skipped = 0
    for status in report.inputs:
        key = (status.path, status.article)
        case = ElementTree.SubElement(suite, "testcase", {
            "name": _case_name(status.path, status.article), "classname": class_name(status.path),
            "time": "0",
        })
        if status.status == "failed":
            errors += 1
            error = ElementTree.SubElement(case, "error", {"type": "input",
                                                           "message": xml_text(status.reason or "")})
            error.text = xml_text(status.reason or "")
            continue
        found = by_article.get(key, [])
        shown = [f for f in found if f.suppressed is None
                 and (f.baseline != "unchanged" or settings.show_baselined)]
        failing = [f for f in found if f.counts and SEVERITY_RANK[f.severity] >= settings.fail_on]
        if not shown and not failing:
            continue
        source = report.sources.get((found[0].path, found[0].article))
        if failing:
            failures += 1
            failure = ElementTree.SubElement(case, "failure", {"type": "factcheck",
                                                               "message": _summary(failing)})
            failure.text = xml_text("\n\n".join(render_finding(f, source) for f in shown))
        else:  # findings below --fail-on: shown as GitLab and Jenkins show a skipped test's message
            skipped += 1
            note = ElementTree.SubElement(case, "skipped", {"message": _summary(shown)})
            note.text = xml_text("\n\n".join(render_finding(f, source) for f in shown))
    suite.set("tests", str(len(report.inputs)))
    suite.set("failures", str(failures))
    suite.set("errors", str(errors))
    suite.set("skipped", str(skipped))
    s = report.summary
    ElementTree.SubElement(suite, "system-out").text = xml_text(
        f"{s.articles} articles checked, {s.failed} failed: {s.errors} errors, {s.warnings} warnings, "
        f"{s.infos} infos, {s.suppressed} suppressed\n")
    ElementTree.SubElement(suite, "system-err").text = ""
    ElementTree.indent(suite)
    return ElementTree.tostring(suite, encoding="unicode", xml_declaration=True) + "\n"
