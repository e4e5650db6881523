"""Metamorphic tests of the office-holder findings.

Each property changes an article in a way that must not change what the
checker says about one sentence (or changes it in one known way), and runs
over every sentence of ../shared/corpus that yields a holds-office claim, in
its own article, and over sentences of our own (hypothesis, English and Hindi).
The findings compared are the office-holder errors and warnings of the
sentence (infos are ignored), by rule, severity, text and span relative to the
sentence.

1. An unrelated sentence put before or after the sentence changes nothing.
2. A blank line inserted before the sentence (its paragraph split) changes nothing.
3. The article's date moved inside every tenure involved (and away from every
   change of hands) changes nothing, when the sentence's explicit dates keep
   their values and it has no relative date words.
4. A correct holder replaced by someone who held the office only far (more than
   60 days) from the claim's time gives exactly one error, at the new name.
5. A title replaced by another form of the same office changes nothing on the
   name (on the original sentence and on the sentence of property 4).

The corpus is read at collection time; without it the corpus tests skip.
"""

from __future__ import annotations

import datetime as dt
import json
from collections.abc import Iterable
from dataclasses import dataclass
from functools import cache

import pytest
import regex
from hypothesis import HealthCheck, assume, given, note, settings
from hypothesis import strategies as st

import factcheck
from factcheck.analysis import Analysis, analyse
from factcheck.claims import Claim
from factcheck.model import Article, Finding, Report
from factcheck.text import Sentence, sentences
from factcheck.timing import PLAN_HORIZON

from .conftest import SHARED

CORPUS = SHARED / "corpus"
NO_CORPUS = f"the shared corpus is absent ({CORPUS}): nothing to run the corpus properties over"

RULES = factcheck.load_rules(None)  # the bundled packs, once for the module
KNOWLEDGE = RULES.knowledge

FILLER = {"en": "The weather was mild.", "hi": "मौसम सुहावना था।"}
FAR = dt.timedelta(days=60)  # "far" from a date: more than this away
CERTAIN_SOURCES = frozenset({"date", "relative", "event", "dateline", "anchor"})
TERMINAL = regex.compile(r"[.!?।॥][\"'”’)\]]*$")
RELATIVE_WORDS = regex.compile(
    r"(?i)\b(?:today|tonight|yesterday|tomorrow|monday|tuesday|wednesday|thursday|friday|saturday|"
    r"sunday|ago|last|next|this\s+(?:week|month|year)|earlier|later|recently|current|currently|"
    r"now|upcoming|previous)\b"
    r"|(?<![\p{L}\p{M}])(?:आज|कल|परसों|सोमवार|मंगलवार|बुधवार|गुरुवार|बृहस्पतिवार|शुक्रवार|शनिवार|"
    r"रविवार|पिछले|पिछली|पिछला|अगले|अगली|अगला|बीते|इस\s+(?:साल|वर्ष|महीने|माह|सप्ताह|हफ्ते)|"
    r"हाल|अब|वर्तमान)(?![\p{L}\p{M}])"
)


# --- helpers ----------------------------------------------------------------

Key = tuple[str, str, int, int, str]


def check(article: Article) -> Report:
    return factcheck.check([article], rules=RULES)


def analysis_of(article: Article) -> Analysis:
    return analyse(article, KNOWLEDGE, RULES.gazetteer, RULES.readers)


def office_findings(report: Report, start: int, end: int) -> list[Finding]:
    """The office-holder errors and warnings whose span starts in [start, end)."""
    return [f for f in report.findings if f.kind == "office-holder" and f.severity != "info"
            and start <= f.start < end]


def keys(found: Iterable[Finding], origin: int) -> list[Key]:
    """Findings by rule, severity, span relative to `origin` and text."""
    return sorted((f.rule, f.severity, f.start - origin, f.end - origin, f.text) for f in found)


def describe(found: Iterable[Finding]) -> str:
    return "; ".join(f"{f.severity} {f.text!r}: {f.message}" for f in found) or "none"


def with_text(article: Article, text: str) -> Article:
    return article.model_copy(update={"text": text})


def with_date(article: Article, date: dt.date) -> Article:
    return article.model_copy(update={"date": date})


def claims_in(analysis: Analysis, sentence: Sentence) -> list[Claim]:
    return [c for c in analysis.claims_of("holds-office") if sentence.start <= c.span[0] < sentence.end]


def names_in(person: str, lang: str) -> list[str]:
    """The person's names in the article's own language (none: not written there)."""
    entity = KNOWLEDGE.entities.get(person)
    return list(entity.names.get(lang, [])) if entity else []


def written(person: str, lang: str) -> str | None:
    """The person's name as the knowledge writes it in the article's script, if it has one."""
    names = names_in(person, lang)
    if not names:
        return None
    name = KNOWLEDGE.name(person, lang)
    return name if name.isascii() == (lang != "hi") else None


def distance(tenure, time) -> dt.timedelta:
    """How far a tenure is from a time (zero when they overlap; an open tenure
    goes on for ever)."""
    start = tenure.start or dt.date.min
    end = tenure.end or dt.date.max
    if end < time.first:
        return time.first - end
    if start > time.last:
        return start - time.last
    return dt.timedelta(0)


def covers(tenure, time) -> bool:
    end = tenure.end or tenure.known_until
    return (tenure.start or dt.date.min) <= time.first and end is not None and time.last <= end


def eligible_for_replacement(claim: Claim) -> bool:
    """Property 4's certain claims: one single-holder office, a certain time
    the claim is about, the office's country said, no marker."""
    return (claim.value is not None and not KNOWLEDGE.several_holders(claim.value)
            and claim.time.value is not None and claim.time.source in CERTAIN_SOURCES
            and claim.time.scope == "at" and claim.office_certain and not claim.marker)


def far_holders(office: str, time, lang: str, exclude: str) -> list[tuple[str, str]]:
    """(person, written name) of the office's holders whose every tenure of it
    is far from the time, nearest first."""
    tenures: dict[str, list] = {}
    for tenure in KNOWLEDGE.tenures_by_office.get(office, []):
        tenures.setdefault(tenure.person, []).append(tenure)
    found = []
    for person, held in tenures.items():
        if person == exclude or any(distance(t, time) <= FAR for t in held):
            continue
        name = written(person, lang)
        if name:
            found.append((min(distance(t, time) for t in held), person, name))
    return [(person, name) for _, person, name in sorted(found)]


@cache
def form_owners() -> dict[tuple[str, str], set[str]]:
    """Which offices each title form (casefolded, by language) can name."""
    owners: dict[tuple[str, str], set[str]] = {}
    for office in KNOWLEDGE.offices:
        for lang in ("en", "hi"):
            for form in office_forms(office, lang):
                owners.setdefault((lang, form.casefold()), set()).add(office)
    return owners


def office_forms(office: str, lang: str) -> list[str]:
    """Every title form of the office in a language: its names, aliases and derived forms."""
    spec = KNOWLEDGE.offices[office]
    forms = [*spec.names.get(lang, []), *spec.aliases.get(lang, []),
             *KNOWLEDGE.title_forms.get(office, {}).get(lang, [])]
    return list(dict.fromkeys(forms))


def other_forms(office: str, lang: str, title: str) -> list[str]:
    """Other forms of the office that name it alone: the first, the shortest and the last."""
    owners = form_owners()
    forms = [f for f in office_forms(office, lang)
             if f.casefold() != title.casefold() and owners[(lang, f.casefold())] == {office}]
    if not forms:
        return []
    return list(dict.fromkeys([forms[0], min(forms, key=len), forms[-1]]))


def replace(text: str, span: tuple[int, int], new: str) -> str:
    return text[: span[0]] + new + text[span[1]:]


# --- the corpus ----------------------------------------------------------------


@dataclass(frozen=True)
class Case:
    """One corpus sentence that yields a holds-office claim, in its article."""

    source: str
    article: Article
    sentence: Sentence
    paragraph_start: bool  # first sentence of its paragraph (nothing before it to split from)

    @property
    def id(self) -> str:
        return f"{self.article.id}@{self.sentence.start}"

    @property
    def text(self) -> str:
        return self.article.text[self.sentence.start : self.sentence.end]

    @property
    def lang(self) -> str:
        return self.article.language


def _articles() -> Iterable[tuple[str, Article]]:
    for path in sorted(CORPUS.glob("*.jsonl")):
        with path.open(encoding="utf-8") as lines:
            for line in lines:
                if not line.strip():
                    continue
                record = json.loads(line)
                date = dt.date.fromisoformat(record["date"]) if record.get("date") else None
                yield path.name, Article(id=record["id"], path=f"{path.name}:{record['id']}",
                                         language=record.get("lang", "en"), date=date,
                                         text=record["text"])


_REPORTS: dict[str, Report] = {}
_ANALYSES: dict[str, Analysis] = {}


def _collect() -> list[Case]:
    if not CORPUS.is_dir():
        return []
    cases = []
    for source, article in _articles():
        analysis = analysis_of(article)
        claimed = {c.sentence for c in analysis.claims_of("holds-office")}
        if claimed:
            _ANALYSES[article.path] = analysis
        for index, sentence in enumerate(analysis.sentences):
            if sentence not in claimed:
                continue
            gap = article.text[analysis.sentences[index - 1].end : sentence.start] if index else "\n"
            cases.append(Case(source, article, sentence, "\n" in gap))
    return cases


CASES = _collect()



def base_report(article: Article) -> Report:
    """The corpus article's report, made once (its path names it)."""
    if article.path not in _REPORTS:
        _REPORTS[article.path] = check(article)
    return _REPORTS[article.path]


def base_analysis(article: Article) -> Analysis:
    if article.path not in _ANALYSES:
        _ANALYSES[article.path] = analysis_of(article)
    return _ANALYSES[article.path]


def base_findings(case: Case) -> list[Finding]:
    return office_findings(base_report(case.article), case.sentence.start, case.sentence.end)


def replacements(case: Case) -> list[tuple[Claim, str, str]]:
    """Property 4's (claim, replacement person, written name) for the sentence,
    when the original gives no office-holder error."""
    if any(f.severity == "error" for f in base_findings(case)):
        return []
    found = []
    for claim in claims_in(base_analysis(case.article), case.sentence):
        if not eligible_for_replacement(claim):
            continue
        time = claim.time.value
        if not any(covers(t, time) for t in KNOWLEDGE.tenures(claim.subject, claim.value)):
            continue  # not a correct holder (or the knowledge stops short of the time)
        if case.article.date and time.first - case.article.date > PLAN_HORIZON:
            continue  # "sets eye on 2019 polls" in 2017: a plan, which no claim of tenure checks
        others = far_holders(claim.value, time, case.lang, claim.subject)
        if others:
            found.append((claim, *others[0]))
    return found


def variants(case: Case) -> Iterable[tuple[str, Article, Sentence]]:
    """The sentence in its article as it is, and with each of property 4's
    wrong holders (properties 1-3 hold for those too, and there they have an
    error to keep)."""
    yield "", case.article, case.sentence
    for claim, _, name in replacements(case):
        article = with_text(case.article, replace(case.article.text, claim.span, name))
        shift = len(name) - (claim.span[1] - claim.span[0])
        yield f"(with {name!r}) ", article, Sentence(case.sentence.start, case.sentence.end + shift)


def params(cases: Iterable[Case]) -> list:
    chosen = [pytest.param(case, id=case.id) for case in cases]
    return chosen or [pytest.param(None, marks=pytest.mark.skip(reason=NO_CORPUS), id="no-corpus")]


def _p4_cases() -> list[Case]:
    return [case for case in CASES if replacements(case)]


def _p5_cases() -> list[Case]:
    return [case for case in CASES
            if any(c.value and other_forms(c.value, case.lang, case.article.text[c.anchor[0]:c.anchor[1]])
                   for c in claims_in(base_analysis(case.article), case.sentence))]


# --- property 1: an unrelated sentence before or after ---------------------------


def insert_filler(article: Article, sentence: Sentence, where: str) -> tuple[str, int, int]:
    """The article's text with the filler before or after the sentence, where
    the filler starts, and how far the sentence moved."""
    text, filler = article.text, FILLER[article.language]
    if where == "before":
        # A sentence split from the last one with no space ("...aspx?PRID") gets one.
        lead = " " if sentence.start and not text[sentence.start - 1].isspace() else ""
        return (text[: sentence.start] + lead + filler + " " + text[sentence.start:],
                sentence.start + len(lead), len(lead) + len(filler) + 1)
    # A sentence without a full stop ends at a blank line or the end of the text.
    joiner = " " if TERMINAL.search(text[sentence.start : sentence.end]) else "\n\n"
    return text[: sentence.end] + joiner + filler + text[sentence.end:], sentence.end + len(joiner), 0


def sentence_findings(article: Article, sentence: Sentence, report: Report | None = None) -> list[Finding]:
    return office_findings(report or check(article), sentence.start, sentence.end)


def failure(case: Case, problems: list[str]) -> str:
    return f"{case.id}: {case.text!r}\n  " + "\n  ".join(problems)


@pytest.mark.parametrize("case", params(CASES))
def test_unrelated_sentence_before_or_after_changes_nothing(case: Case) -> None:
    problems = []
    for label, article, sentence in variants(case):
        original = sentence_findings(article, sentence, base_report(article) if not label else None)
        for where in ("before", "after"):
            text, at, shift = insert_filler(article, sentence, where)
            assert Sentence(at, at + len(FILLER[case.lang])) in sentences(text), "the filler is no sentence"
            moved = Sentence(sentence.start + shift, sentence.end + shift)
            found = sentence_findings(with_text(article, text), moved)
            if keys(found, moved.start) != keys(original, sentence.start):
                problems.append(f"{label}filler {where}: {describe(original)} became {describe(found)}")
    assert not problems, failure(case, problems)


# --- property 2: the paragraph split before the sentence ------------------------


@pytest.mark.parametrize("case", params(c for c in CASES if not c.paragraph_start))
def test_paragraph_split_before_the_sentence_changes_nothing(case: Case) -> None:
    problems = []
    for label, article, sentence in variants(case):
        original = sentence_findings(article, sentence, base_report(article) if not label else None)
        text = article.text[: sentence.start] + "\n\n" + article.text[sentence.start:]
        moved = Sentence(sentence.start + 2, sentence.end + 2)
        found = sentence_findings(with_text(article, text), moved)
        if keys(found, moved.start) != keys(original, sentence.start):
            problems.append(f"{label}split: {describe(original)} became {describe(found)}")
    assert not problems, failure(case, problems)


# --- property 3: the article's date moved within the tenures --------------------


def segment(offices: Iterable[str], date: dt.date) -> tuple[dt.date, dt.date]:
    """The days around `date` on which no tenure of the offices starts, ends or
    stops being known, FAR inside each change (so no handover margin is reached)."""
    low, high = dt.date.min, dt.date.max
    for office in offices:
        for tenure in KNOWLEDGE.tenures_by_office.get(office, []):
            for edge in (tenure.start, tenure.end, tenure.known_until if tenure.end is None else None):
                if edge is None:
                    continue
                if edge <= date:
                    low = max(low, edge)
                else:
                    high = min(high, edge)
    low = low + FAR if low > dt.date.min + FAR else low
    high = high - FAR if high < dt.date.max - FAR else high
    return low, high


SHIFTS = (90, -90, 60, -60, 30, -30, 180, -180, 15, -15, 365, -365)


def dates_of(analysis: Analysis, sentence: Sentence) -> list[tuple[int, int, str, object]]:
    return [(d.start, d.end, d.kind, d.value) for d in analysis.dates
            if sentence.start <= d.start < sentence.end]


def _sides(dates: list[tuple[int, int, str, object]], day: dt.date) -> list[int]:
    """Where each date stands against the article's day: before it, around it,
    after it, or so far after it that it is a plan (PLAN_HORIZON)."""
    return [0 if value is None else -1 if value.last < day else 2 if value.first - day > PLAN_HORIZON
            else 1 if value.first > day else 0 for *_, value in dates]


def moved_date(article: Article, sentence: Sentence, claims: list[Claim]) -> dt.date | None:
    """Another date for the article inside every tenure the claims involve, far
    from each change of hands, that keeps the sentence's dates as they were, each
    on the same side of the article's date ("the 2017 policy" in 2017 is this
    year's, in 2018 last year's: another reading)."""
    if article.date is None:
        return None
    offices = {o for claim in claims for o in claim.values}
    low, high = segment(offices, article.date)
    if not low <= article.date <= high:
        return None
    original = dates_of(base_analysis(article), sentence)
    for days in SHIFTS:
        date = article.date + dt.timedelta(days=days)
        if low <= date <= high and dates_of(analysis_of(with_date(article, date)), sentence) == original \
                and _sides(original, date) == _sides(original, article.date):
            return date
    return None


def no_relative_words(case: Case) -> bool:
    return not RELATIVE_WORDS.search(case.text) and not any(
        kind in {"relative", "weekday"}
        for *_, kind, _ in dates_of(base_analysis(case.article), case.sentence))


@pytest.mark.parametrize("case", params(c for c in CASES if no_relative_words(c)))
def test_article_date_moved_within_the_tenures_changes_nothing(case: Case) -> None:
    claims = claims_in(base_analysis(case.article), case.sentence)
    date = moved_date(case.article, case.sentence, claims)
    if date is None:
        pytest.skip("no other date keeps the sentence's dates and stays inside the tenures")
    problems = []
    for label, article, sentence in variants(case):
        original = sentence_findings(article, sentence, base_report(article) if not label else None)
        found = sentence_findings(with_date(article, date), sentence)
        if keys(found, 0) != keys(original, 0):
            problems.append(f"{label}{case.article.date} -> {date}: "
                            f"{describe(original)} became {describe(found)}")
    assert not problems, failure(case, problems)


# --- property 4: a correct holder replaced by someone far from the time ------------


def replaced(case: Case, claim: Claim, name: str) -> tuple[Article, tuple[int, int]]:
    article = with_text(case.article, replace(case.article.text, claim.span, name))
    return article, (claim.span[0], claim.span[0] + len(name))


@pytest.mark.parametrize("case", params(_p4_cases()))
def test_wrong_holder_gives_exactly_one_error_at_the_name(case: Case) -> None:
    problems = []
    for claim, _, name in replacements(case):
        article, span = replaced(case, claim, name)
        shift = span[1] - claim.span[1]
        errors = [f for f in office_findings(check(article), case.sentence.start, case.sentence.end + shift)
                  if f.severity == "error"]
        if [(f.start, f.end) for f in errors] != [span]:
            problems.append(f"{case.article.text[claim.span[0]:claim.span[1]]!r} -> {name!r} "
                            f"({claim.value} at {claim.time.value.label()}, {claim.time.source}): "
                            f"{describe(errors)}")
    assert not problems, f"{case.id}: {case.text!r}\n  " + "\n  ".join(problems)


# --- property 5: another form of the title ----------------------------------------


def title_swaps(article: Article, sentence: Sentence) -> Iterable[tuple[Claim, str, Article, int]]:
    """(claim, new title, article with it, how far the name moved) for every
    claim of the sentence and other form of its office."""
    text = article.text
    for claim in claims_in(analysis_of(article), sentence):
        if claim.value is None:
            continue
        title = text[claim.anchor[0] : claim.anchor[1]]
        if text[: claim.anchor[0]].rstrip().endswith(("New", "new")):
            continue  # "New Delhi lieutenant governor X" as "New Lieutenant Governor of Delhi X": a new one
        for form in other_forms(claim.value, article.language, title):
            shift = len(form) - len(title) if claim.anchor[0] < claim.span[0] else 0
            yield claim, form, with_text(article, replace(text, claim.anchor, form)), shift


def name_findings(report: Report, span: tuple[int, int]) -> list[Finding]:
    return [f for f in office_findings(report, span[0], span[1]) if f.end <= span[1]]


def title_problems(article: Article, sentence: Sentence, report: Report) -> list[str]:
    problems = []
    for claim, form, swapped, shift in title_swaps(article, sentence):
        before = name_findings(report, claim.span)
        after = name_findings(check(swapped), (claim.span[0] + shift, claim.span[1] + shift))
        if keys(after, claim.span[0] + shift) != keys(before, claim.span[0]):
            title = article.text[claim.anchor[0] : claim.anchor[1]]
            problems.append(f"{title!r} -> {form!r} before {article.text[claim.span[0]:claim.span[1]]!r}: "
                            f"{describe(before)} became {describe(after)}")
    return problems


@pytest.mark.parametrize("case", params(_p5_cases()))
def test_other_form_of_the_title_changes_nothing_on_the_name(case: Case) -> None:
    problems = title_problems(case.article, case.sentence, base_report(case.article))
    # The same on the sentence with a wrong holder (property 4's), where there is an error to keep.
    for claim, _, name in replacements(case):
        article, span = replaced(case, claim, name)
        shift = span[1] - claim.span[1]
        sentence = Sentence(case.sentence.start, case.sentence.end + shift)
        problems += [f"(with {name!r}) {p}" for p in title_problems(article, sentence, check(article))]
    assert not problems, f"{case.id}: {case.text!r}\n  " + "\n  ".join(problems)


# --- our own sentences (hypothesis) ---------------------------------------------


def _own_offices() -> list[tuple[str, str, str, object]]:
    """(office, language, title, tenure) for single-holder offices whose title
    and holder's name the knowledge writes in the language, tenures known and
    long enough to move a date inside."""
    found = []
    for office, tenures in sorted(KNOWLEDGE.tenures_by_office.items()):
        if KNOWLEDGE.several_holders(office):
            continue
        for lang in ("en", "hi"):
            # A title that names this office alone (a bare "President" is the home country's).
            titles = [f for f in office_forms(office, lang)
                      if form_owners()[(lang, f.casefold())] == {office}]
            if not titles:
                continue
            for tenure in tenures:
                end = tenure.end or tenure.known_until
                if (tenure.start and end and (end - tenure.start).days > 4 * FAR.days
                        and tenure.start.year >= 1950 and written(tenure.person, lang)):
                    found.append((office, lang, titles[0], tenure))
    return found


OWN = _own_offices()
TEMPLATES = {
    "en": ["{title} {name} inaugurated a new hospital in the city.",
           "{title} {name} met farmers' representatives on the issue.",
           "The project was reviewed by {title} {name} at a meeting."],
    "hi": ["{title} {name} ने शहर में नए अस्पताल का उद्घाटन किया।",
           "{title} {name} ने किसानों के प्रतिनिधियों से मुलाकात की।",
           "बैठक में {title} {name} ने परियोजना की समीक्षा की।"],
}
OPENING = {"en": "Officials gathered in the capital.", "hi": "राजधानी में अधिकारी एकत्र हुए।"}
OWN_SETTINGS = settings(max_examples=40, deadline=None, derandomize=True,
                        suppress_health_check=[HealthCheck.filter_too_much, HealthCheck.too_slow])


@dataclass(frozen=True)
class Own:
    article: Article
    sentence: Sentence
    office: str
    tenure: object
    name_span: tuple[int, int]
    title_span: tuple[int, int]


@st.composite
def own_sentences(draw) -> Own:
    office, lang, title, tenure = draw(st.sampled_from(OWN))
    end = tenure.end or tenure.known_until
    date = draw(st.dates(min_value=tenure.start + FAR, max_value=end - FAR))
    template = draw(st.sampled_from(TEMPLATES[lang]))
    name = written(tenure.person, lang)
    prefix = OPENING[lang] + " "
    head, _, _ = template.partition("{title}")
    sentence_text = template.format(title=title, name=name)
    text = prefix + sentence_text
    title_start = len(prefix) + len(head)
    name_start = title_start + len(title) + 1
    article = Article(id="own", path="own.txt", language=lang, date=date, text=text)
    return Own(article, Sentence(len(prefix), len(text)), office, tenure,
               (name_start, name_start + len(name)), (title_start, title_start + len(title)))


def own_claim(own: Own) -> Claim:
    claims = [c for c in claims_in(analysis_of(own.article), own.sentence)
              if c.span == own.name_span and c.values == (own.office,)]
    assume(claims)  # our sentence makes the claim we wrote it for
    return claims[0]


def sentence_keys(article: Article, start: int, end: int) -> list[Key]:
    return keys(office_findings(check(article), start, end), start)


@OWN_SETTINGS
@given(own=own_sentences(), where=st.sampled_from(["before", "after"]))
def test_own_unrelated_sentence_changes_nothing(own: Own, where: str) -> None:
    own_claim(own)
    text, s = own.article.text, own.sentence
    filler = FILLER[own.article.language]
    before = sentence_keys(own.article, s.start, s.end)
    if where == "before":
        new, shift = text[: s.start] + filler + " " + text[s.start:], len(filler) + 1
    else:
        new, shift = text + " " + filler, 0
    note(new)
    assert sentence_keys(with_text(own.article, new), s.start + shift, s.end + shift) == before


@OWN_SETTINGS
@given(own=own_sentences())
def test_own_paragraph_split_changes_nothing(own: Own) -> None:
    own_claim(own)
    text, s = own.article.text, own.sentence
    new = text[: s.start] + "\n\n" + text[s.start:]
    note(new)
    assert (sentence_keys(with_text(own.article, new), s.start + 2, s.end + 2)
            == sentence_keys(own.article, s.start, s.end))


@OWN_SETTINGS
@given(own=own_sentences(), days=st.sampled_from(SHIFTS))
def test_own_date_moved_within_the_tenure_changes_nothing(own: Own, days: int) -> None:
    claim = own_claim(own)
    low, high = segment(claim.values, own.article.date)
    date = own.article.date + dt.timedelta(days=days)
    assume(low <= own.article.date <= high and low <= date <= high)
    note(f"{own.article.date} -> {date}")
    s = own.sentence
    assert (sentence_keys(with_date(own.article, date), s.start, s.end)
            == sentence_keys(own.article, s.start, s.end))


@OWN_SETTINGS
@given(own=own_sentences(), pick=st.integers(min_value=0, max_value=1000))
def test_own_wrong_holder_gives_exactly_one_error(own: Own, pick: int) -> None:
    claim = own_claim(own)
    assume(eligible_for_replacement(claim))
    s = own.sentence
    assume(not any(f.severity == "error" for f in office_findings(check(own.article), s.start, s.end)))
    others = far_holders(own.office, claim.time.value, own.article.language, own.tenure.person)
    assume(others)
    _, name = others[pick % len(others)]
    text = replace(own.article.text, own.name_span, name)
    note(text)
    shift = len(name) - (own.name_span[1] - own.name_span[0])
    errors = [f for f in office_findings(check(with_text(own.article, text)), s.start, s.end + shift)
              if f.severity == "error"]
    assert [(f.start, f.end) for f in errors] == [(own.name_span[0], own.name_span[0] + len(name))]


@OWN_SETTINGS
@given(own=own_sentences(), wrong=st.booleans(), pick=st.integers(min_value=0, max_value=1000))
def test_own_other_title_form_changes_nothing_on_the_name(own: Own, wrong: bool, pick: int) -> None:
    claim = own_claim(own)
    article, name_span = own.article, own.name_span
    if wrong:
        others = far_holders(own.office, claim.time.value, article.language, own.tenure.person)
        assume(others)
        _, name = others[pick % len(others)]
        article = with_text(article, replace(article.text, name_span, name))
        name_span = (name_span[0], name_span[0] + len(name))
    title = article.text[own.title_span[0] : own.title_span[1]]
    forms = [f for f in office_forms(own.office, article.language)
             if f.casefold() != title.casefold()
             and form_owners()[(article.language, f.casefold())] == {own.office}]
    assume(forms)
    form = forms[pick % len(forms)]
    swapped = with_text(article, replace(article.text, own.title_span, form))
    note(swapped.text)
    shift = len(form) - len(title)
    before = keys(name_findings(check(article), name_span), name_span[0])
    moved = (name_span[0] + shift, name_span[1] + shift)
    after = keys(name_findings(check(swapped), moved), moved[0])
    assert after == before
