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
from collections import Counter, defaultdict
from collections.abc import Iterator

import regex

from ..model import JSON_LINES, SEVERITY_RANK, Finding, InputStatus, Report
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
    return "".join(chunks(report, settings))


def chunks(report: Report, settings: Settings) -> Iterator[str]:
    """The suite in pieces, a testcase at a time, as ElementTree indents the
    whole suite. The suite's counts come first in the file, so the inputs
    are gone through twice."""
    by_article: dict[tuple[str, str | None], list[Finding]] = defaultdict(list)
    for finding in report.each_finding():
        by_article[(finding.path, finding.article)].append(finding)
    outcomes = Counter(_outcome(status, by_article, settings)[0] for status in report.inputs)
    suite = ElementTree.Element("testsuite", {
        "name": "factcheck", "timestamp": _timestamp(), "hostname": "factcheck",
        "tests": str(len(report.inputs)), "failures": str(outcomes["failure"]),
        "errors": str(outcomes["error"]), "skipped": str(outcomes["skipped"]), "time": "0",
    })
    yield "<?xml version='1.0' encoding='utf-8'?>\n" + _xml(suite).removesuffix(" />") + ">"
    yield "\n  " + _xml(ElementTree.Element("properties"))
    for status in report.inputs:
        yield "\n  " + _xml(_case(report, status, by_article, settings))
    s = report.summary
    out = ElementTree.Element("system-out")
    out.text = xml_text(f"{s.articles} articles checked, {s.failed} failed: {s.errors} errors, "
                        f"{s.warnings} warnings, {s.infos} infos, {s.suppressed} suppressed\n")
    err = ElementTree.Element("system-err")
    err.text = ""
    yield "\n  " + _xml(out) + "\n  " + _xml(err) + "\n</testsuite>\n"


def _xml(element: ElementTree.Element) -> str:
    """The element as it stands one level into the suite."""
    ElementTree.indent(element, level=1)
    return ElementTree.tostring(element, encoding="unicode")


Outcome = tuple[str | None, list[Finding], list[Finding]]  # "failure", "skipped", "error" or None


def _outcome(status: InputStatus, by_article: dict[tuple[str, str | None], list[Finding]],
             settings: Settings) -> Outcome:
    if status.status == "failed":
        return "error", [], []
    found = by_article.get((status.path, status.article), [])
    shown = [f for f in found if f.suppressed is None
             and (f.baseline != "unchanged" or settings.show_baselined)]
    failing = [f for f in found if f.counts and SEVERITY_RANK[f.severity] >= settings.fail_on]
    if failing:
        return "failure", shown, failing
    return ("skipped" if shown else None), shown, failing


def _case(report: Report, status: InputStatus, by_article: dict[tuple[str, str | None], list[Finding]],
          settings: Settings) -> ElementTree.Element:
    case = ElementTree.Element("testcase", {
        "name": _case_name(status.path, status.article), "classname": class_name(status.path), "time": "0",
    })
    outcome, shown, failing = _outcome(status, by_article, settings)
    if outcome == "error":
        reason = xml_text(status.reason or "")
        ElementTree.SubElement(case, "error", {"type": "input", "message": reason}).text = reason
    elif outcome is not None:
        source = report.sources.get((status.path, status.article or ""))
        shown_text = xml_text("\n\n".join(render_finding(f, source) for f in shown))
        if outcome == "failure":
            attributes = {"type": "factcheck", "message": _summary(failing)}
        else:  # findings below --fail-on: shown as GitLab and Jenkins show a skipped test's message
            attributes = {"message": _summary(shown)}
        ElementTree.SubElement(case, outcome, attributes).text = shown_text
    return case
