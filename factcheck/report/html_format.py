"""One self-contained HTML page for a reviewer: a summary, each article's text
with every finding's span highlighted and its message and suggestion beside
it, the claim a finding rests on with the words it was read from (when the
report has its claims), cross-source findings side by side, and filters by
severity and rule.

Every piece of article, file name and pack text is escaped. The page's one
script is static; a Content-Security-Policy allows only that script (by its
hash) and inline styles, so even text that escaped escaping could run nothing.
"""

from __future__ import annotations

import base64
import hashlib
import html
from collections import Counter, defaultdict
from collections.abc import Iterator

from ..claim_model import ClaimRecord
from ..model import Finding, Related, Report, where
from ..text import cluster_boundary
from .settings import Settings

CONTEXT = 80  # characters either side of a related span shown side by side

STYLE = """
body{font-family:system-ui,sans-serif;margin:0;color:#222;background:#fafafa}
header{padding:1em 2em;background:#fff;border-bottom:1px solid #ddd;position:sticky;top:0;z-index:2}
h1{font-size:1.3em;margin:0 0 .4em}
h2{font-size:1.05em;margin:0;padding:.6em 1em;background:#eee;word-break:break-all}
table{border-collapse:collapse;margin:.4em 0}
td,th{padding:.15em .8em;text-align:left;border-bottom:1px solid #eee}
.filters label{margin-right:1em;white-space:nowrap}
main{padding:1em 2em}
section.article{background:#fff;border:1px solid #ddd;margin:0 0 1.5em}
.columns{display:flex;gap:1em;padding:1em}
.text{flex:3;white-space:pre-wrap;line-height:1.6;font-family:Georgia,serif;min-width:0;
 overflow-wrap:anywhere}
.findings{flex:2;min-width:0}
mark{background:#fff3b0;border-bottom:2px solid #d9a400;padding:0}
mark.error{background:#ffd6d6;border-color:#d00}
mark.info{background:#dcefff;border-color:#2a7ac0}
mark.off{background:none;border:none}
.card{border-left:4px solid #d9a400;padding:.4em .6em;margin:0 0 .6em;background:#fcfcfc}
.card.error{border-color:#d00}.card.info{border-color:#2a7ac0}
.card.suppressed{opacity:.55}
.hidden{display:none}
.badge{font-weight:bold;text-transform:uppercase;font-size:.75em}
.rule{font-family:monospace}
.where{color:#666;font-size:.85em}
.suggestion{color:#064;margin-top:.2em}
.knowledge{color:#555;font-size:.85em;margin-top:.2em;overflow-wrap:anywhere}
.side{display:flex;gap:.6em;margin-top:.4em}
.side>div{flex:1;background:#f3f3f3;padding:.4em;font-size:.9em;white-space:pre-wrap;min-width:0;
 overflow-wrap:anywhere}
.failed{color:#b00}
.claim{margin-top:.4em;padding:.3em .5em;background:#f3f6fa;font-size:.9em}
.claim dl{margin:.2em 0 0;display:grid;grid-template-columns:max-content 1fr;gap:0 .6em}
.claim dt{color:#666}.claim dd{margin:0;overflow-wrap:anywhere}
"""

SCRIPT = """
(function () {
  var boxes = document.querySelectorAll('.filters input');
  function update() {
    var on = {};
    boxes.forEach(function (box) { on[box.name + ':' + box.value] = box.checked; });
    var visible = {};
    document.querySelectorAll('.card').forEach(function (card) {
      var show = on['severity:' + card.dataset.severity] && on['rule:' + card.dataset.rule];
      card.classList.toggle('hidden', !show);
      if (show) { visible[card.dataset.finding] = true; }
    });
    document.querySelectorAll('.text mark').forEach(function (mark) {
      var ids = mark.dataset.findings.split(' ');
      mark.classList.toggle('off', !ids.some(function (id) { return visible[id]; }));
    });
  }
  boxes.forEach(function (box) { box.addEventListener('change', update); });
  document.querySelectorAll('.card').forEach(function (card) {
    card.addEventListener('click', function () {
      var mark = document.querySelector('.text mark[data-first="' + card.dataset.finding + '"]');
      if (mark) { mark.scrollIntoView({block: 'center'}); }
    });
  });
  update();
})();
"""
SCRIPT_HASH = base64.b64encode(hashlib.sha256(SCRIPT.encode()).digest()).decode()
POLICY = (f"default-src 'none'; style-src 'unsafe-inline'; script-src 'sha256-{SCRIPT_HASH}'; "
          "img-src 'none'; form-action 'none'; base-uri 'none'")
RANK = {"info": 1, "warning": 2, "error": 3}


def _e(text: str) -> str:
    return html.escape(text, quote=True)


def _highlighted(text: str, findings: list[tuple[int, Finding]]) -> str:
    """The article text, each stretch covered by findings in one <mark>
    naming them all (spans may overlap)."""
    cuts = sorted({0, len(text), *(f.start for _, f in findings), *(f.end for _, f in findings)})
    firsts = {f.start: number for number, f in reversed(findings)}
    starting: dict[int, list[tuple[int, Finding]]] = defaultdict(list)
    ending: dict[int, list[int]] = defaultdict(list)
    for number, finding in findings:
        if finding.end > finding.start:
            starting[finding.start].append((number, finding))
            ending[finding.end].append(number)
    active: dict[int, Finding] = {}  # the findings over the piece, swept along the text
    out = []
    for start, end in zip(cuts, cuts[1:], strict=False):
        piece = _e(text[start:end])
        for number in ending.pop(start, ()):
            del active[number]
        active.update(starting.pop(start, ()))
        covering = sorted(active.items())
        if not covering:
            out.append(piece)
            continue
        worst = max((f.severity for _, f in covering), key=RANK.__getitem__)
        ids = " ".join(f"f{n}" for n, _ in covering)
        first = f' data-first="f{firsts[start]}"' if start in firsts else ""
        out.append(f'<mark class="{worst}" data-findings="{ids}"{first}>{piece}</mark>')
    return "".join(out)


def _excerpt(text: str | None, span: Finding | Related) -> str:
    if text is None or span.end > len(text):
        return f"<mark>{_e(span.text)}</mark>"
    left = cluster_boundary(text, max(0, span.start - CONTEXT))
    right = cluster_boundary(text, min(len(text), span.end + CONTEXT))
    return (("…" if left else "") + _e(text[left : span.start]) + f"<mark>{_e(span.text)}</mark>"
            + _e(text[span.end : right]) + ("…" if right < len(text) else ""))


ClaimKey = tuple[str, str, int, int]


def _claims_by_span(report: Report) -> dict[ClaimKey, list[ClaimRecord]]:
    """The report's claims by where their finding would go: path, article, start, end."""
    found: dict[ClaimKey, list[ClaimRecord]] = defaultdict(list)
    for claim in report.claims:
        if claim.path is not None and claim.start is not None and claim.end is not None:
            found[(claim.path, claim.article or "", claim.start, claim.end)].append(claim)
    return found


def _words(text: str | None, span: tuple[int, int] | None) -> str | None:
    if span is None:
        return None
    if text is None or span[1] > len(text):
        return f"characters {span[0]}–{span[1]}"
    return f"“{text[span[0]:span[1]]}”"


def _claim(claim: ClaimRecord, text: str | None) -> str:
    """A claim a finding rests on, with the words it was read from."""
    said = f"{claim.subject} {claim.relation} {claim.value or ' | '.join(claim.options) or '?'}"
    if claim.time and claim.time != claim.value:
        said += f" at {claim.time}"
    if claim.qualifier:
        said += f" ({claim.qualifier})"
    checked = "yes" if claim.checked else f"no: {claim.not_checked or 'not judged'}"
    rows: list[tuple[str, str | None]] = [("checked", checked)]
    evidence = claim.evidence
    if evidence is not None:
        rows += [("name", _words(text, evidence.name)), ("title", _words(text, evidence.title)),
                 ("time", _words(text, evidence.time)), ("why this time", evidence.why_time)]
    shown = "".join(f"<dt>{label}</dt><dd>{_e(value)}</dd>" for label, value in rows if value)
    return f'<div class="claim"><b>claim read</b> <span class="rule">{_e(said)}</span><dl>{shown}</dl></div>'


def _card(number: int, finding: Finding, report: Report, claims: list[ClaimRecord] | None = None) -> str:
    place = where(finding.path, finding.article, finding.line, finding.column, finding.field)
    parts = [
        f'<div class="card {finding.severity}{" suppressed" if finding.suppressed else ""}" '
        f'data-finding="f{number}" data-severity="{finding.severity}" data-rule="{_e(finding.rule)}">',
        f'<span class="badge">{finding.severity}</span> <span class="rule">[{_e(finding.rule)}]</span> '
        f'<span class="where">{_e(place)}</span>',
        f"<div>{_e(finding.message)}</div>",
    ]
    if finding.suggestion:
        parts.append(f'<div class="suggestion">suggestion: {_e(finding.suggestion)}</div>')
    parts.extend(f'<div class="knowledge">knowledge: {_e(ref.label())}</div>' for ref in finding.knowledge)
    if finding.suppressed:
        parts.append(f'<div class="where">suppressed by {_e(finding.suppressed)}</div>')
    if finding.baseline == "unchanged":
        parts.append('<div class="where">in the baseline</div>')
    own = report.sources.get((finding.path, finding.article))
    parts.extend(_claim(claim, own) for claim in claims or ())
    for related in finding.related:
        other = report.sources.get((related.path, related.article or finding.article))
        shown = where(related.path, related.article or "", related.line, related.column, related.field)
        parts.append(
            '<div class="side">'
            f"<div><b>here</b>\n{_excerpt(own, finding)}</div>"
            f"<div><b>{_e(shown)}</b>: {_e(related.message)}\n{_excerpt(other, related)}</div>"
            "</div>")
    parts.append("</div>")
    return "".join(parts)


def _filters(report: Report) -> str:
    severities = "".join(
        f'<label><input type="checkbox" name="severity" value="{level}" checked> {level}</label>'
        for level in ("error", "warning", "info"))
    rules = "".join(
        f'<label><input type="checkbox" name="rule" value="{_e(rule)}" checked> {_e(rule)}</label>'
        for rule in sorted({f.rule for f in report.each_finding()}))
    return (f'<div class="filters"><b>severity</b> {severities}</div>'
            f'<div class="filters"><b>rule</b> {rules}</div>')


def _summary(report: Report) -> str:
    s = report.summary
    by_rule = Counter((f.rule, f.severity) for f in report.each_finding() if not f.suppressed)
    rows = "".join(f"<tr><td class=rule>{_e(rule)}</td><td>{severity}</td><td>{count}</td></tr>"
                   for (rule, severity), count in sorted(by_rule.items()))
    return (f"<p>{s.articles} articles checked, {s.failed} failed: {s.errors} errors, "
            f"{s.warnings} warnings, {s.infos} infos, {s.suppressed} suppressed</p>"
            f"<table><tr><th>rule</th><th>severity</th><th>findings</th></tr>{rows}</table>")


def render(report: Report, settings: Settings | None = None) -> str:
    return "".join(chunks(report, settings))


def chunks(report: Report, settings: Settings | None = None) -> Iterator[str]:
    """The page in pieces: an article's section at a time."""
    by_article: dict[tuple[str, str], list[tuple[int, Finding]]] = defaultdict(list)
    for number, finding in enumerate(report.each_finding()):
        by_article[(finding.path, finding.article)].append((number, finding))
    claims = _claims_by_span(report)
    yield ("<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"utf-8\">"
           f'<meta http-equiv="Content-Security-Policy" content="{POLICY}">'
           '<meta name="viewport" content="width=device-width, initial-scale=1">'
           f"<title>factcheck report</title><style>{STYLE}</style></head><body>"
           f"<header><h1>factcheck report</h1>{_summary(report)}{_filters(report)}</header><main>")
    for (path, article), numbered in by_article.items():
        text = report.sources.get((path, article))
        body = (_highlighted(text, numbered) if text is not None
                else "<i>the article's text is not kept in this report</i>")
        cards = "".join(_card(n, f, report, claims.get((f.path, f.article, f.start, f.end)))
                        for n, f in numbered)
        title = path if (path, article) not in report.record_lines else f"{path} [{article}]"
        yield (f'<section class="article" data-path="{_e(path)}" data-article="{_e(article)}">'
               f'<h2>{_e(title)}</h2><div class="columns"><div class="text">{body}</div>'
               f'<div class="findings">{cards}</div></div></section>')
    failed = "".join(f'<li class="failed">{_e(s.path)}{" [" + _e(s.article) + "]" if s.article else ""}: '
                     f"{_e(s.reason or '')}</li>" for s in report.inputs if s.status == "failed")
    clean = sum(1 for s in report.inputs
                if s.status == "checked" and (s.path, s.article or "") not in by_article)
    yield ((f"<h2>Inputs that failed</h2><ul>{failed}</ul>" if failed else "")
           + f"<p>{clean} articles checked with no finding.</p>"
           + f"</main><script>{SCRIPT}</script></body></html>\n")
