"""Date, year and relative-time expressions in English and Hindi.

A regex fast path reads the common forms (10 December 2020, December 10,
2020, December 2020, 27 नवंबर, 2020, 2020-12-21, 2015-20, in December last
year, on Thursday, पिछले साल). In articles of other languages, a
day-word-year candidate goes to dateparser, imported only then. Every
expression keeps its precision: "2016" is a year, never 1 July 2016.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from typing import Literal

import regex

from .text import Token, fold, tokenize
from .timevalue import TimeValue

FAST_PATH_LANGUAGES = frozenset({"en", "hi"})
YEARISH = regex.compile(r"(?:1[89]|20)\d\d$")  # keys have ASCII digits
DAYISH = regex.compile(r"[0-3]?\d(?:st|nd|rd|th)?$")
IN_BEFORE = regex.compile(r"(?<![\p{L}\p{M}\p{Nd}])in[ \t\u00a0]+\Z", regex.I)
Kind = Literal["date", "year", "range", "relative", "weekday"]

MONTHS: dict[str, int] = {}
for number, names in enumerate(
    [
        "january jan जनवरी",
        "february feb फरवरी फ़रवरी",
        "march mar मार्च",
        "april apr अप्रैल अप्रेल",
        "may मई",
        "june jun जून",
        "july jul जुलाई",
        "august aug अगस्त",
        "september sep sept सितंबर सितम्बर",
        "october oct अक्टूबर अक्तूबर",
        "november nov नवंबर नवम्बर",
        "december dec दिसंबर दिसम्बर",
    ],
    start=1,
):
    for name in names.split():
        MONTHS[name] = number

WEEKDAYS: dict[str, int] = {}
for number, names in enumerate(
    [
        "monday mon सोमवार",
        "tuesday tue tues मंगलवार",
        "wednesday wed बुधवार",
        "thursday thu thur thurs गुरुवार बृहस्पतिवार वीरवार",
        "friday fri शुक्रवार",
        "saturday sat शनिवार",
        "sunday sun रविवार",
    ]
):
    for name in names.split():
        WEEKDAYS[name] = number

_EN_MONTH = (
    r"(?:January|February|March|April|May|June|July|August|September|October|November|December"
    r"|(?:Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept|Sep|Oct|Nov|Dec)\.?)"
)
_HI_MONTH = "(?:" + "|".join(sorted((k for k in MONTHS if not k.isascii()), key=len, reverse=True)) + ")"
MONTH = rf"(?P<month>{_EN_MONTH}|{_HI_MONTH})"
_EN_WEEKDAY = r"(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)"
_HI_WEEKDAY = "(?:" + "|".join(k for k in WEEKDAYS if not k.isascii()) + ")"
WEEKDAY = rf"(?P<weekday>{_EN_WEEKDAY}|{_HI_WEEKDAY})"
B = r"(?<![\p{L}\p{M}\p{Nd}])"
E = r"(?![\p{L}\p{M}\p{Nd}])"
DAY = r"(?P<day>[0-3०-३]?\d)(?:st|nd|rd|th)?"
YEAR = r"(?P<year>(?:1[89]|20|२०|१[८९])[\d]{2})"
SEP = r"[ \t\u00a0]+"

_PATTERNS: list[tuple[str, str]] = [
    ("dmy", rf"{B}(?:{WEEKDAY},?{SEP}(?:the{SEP})?)?{DAY}{SEP}(?:of{SEP})?{MONTH},?{SEP}{YEAR}{E}"),
    ("mdy", rf"{B}(?:{WEEKDAY},?{SEP})?{MONTH}{SEP}{DAY},?{SEP}{YEAR}{E}"),
    ("iso", rf"{B}(?P<iso>\d{{4}}-\d{{2}}-\d{{2}}){E}"),
    ("rel_month", rf"{B}(?:in{SEP})?{MONTH}{SEP}(?:of{SEP})?(?P<rel>last|this|next|previous){SEP}year{E}"),
    ("rel_month", rf"{B}(?P<rel>पिछले|पिछला|बीते|इस|अगले){SEP}(?:साल|वर्ष){SEP}{MONTH}{E}"),
    ("my", rf"{B}{MONTH},?{SEP}{YEAR}{E}"),
    ("range", rf"{B}(?P<y1>(?:19|20)\d{{2}})[ ]?[-–—/][ ]?(?P<y2>\d{{4}}|\d{{2}}){E}"),
    ("year", rf"{B}{YEAR}{E}"),
    ("rel_unit", rf"{B}(?P<rel>last|this|next|previous|past){SEP}(?P<unit>week|month|year){E}"),
    ("rel_unit", rf"{B}(?P<rel>पिछले|पिछला|बीते|इस|अगले){SEP}(?P<unit>साल|वर्ष|महीने|माह|सप्ताह|हफ्ते|हफ़्ते){E}"),
    ("rel_day", rf"{B}(?P<word>yesterday|today|tomorrow){E}"),
    ("weekday", rf"{B}{WEEKDAY}{E}"),
    ("unknown_month", rf"{B}{DAY}{SEP}(?P<word>\p{{L}}{{3,}})\.?,?{SEP}{YEAR}{E}"),
]
_UNNAMED = regex.compile(r"\(\?P<\w+>")
SCANNER = regex.compile(
    "|".join(f"(?P<_{i}>{_UNNAMED.sub('(?:', p)})" for i, (_, p) in enumerate(_PATTERNS)), regex.I
)
COMPILED = [(name, regex.compile(p, regex.I)) for name, p in _PATTERNS]
_REL_SHIFT = {"last": -1, "previous": -1, "past": -1, "this": 0, "next": 1,
              "पिछले": -1, "पिछला": -1, "बीते": -1, "इस": 0, "अगले": 1}
_UNIT = {"week": "week", "month": "month", "year": "year", "साल": "year", "वर्ष": "year",
         "महीने": "month", "माह": "month", "सप्ताह": "week", "हफ्ते": "week", "हफ़्ते": "week"}


@dataclass(frozen=True, slots=True)
class DateExpr:
    start: int
    end: int
    text: str
    kind: Kind
    value: TimeValue | None
    weekday: int | None = None


def _month(word: str) -> int | None:
    return MONTHS.get(word.lower().rstrip("."))


def _shift_month(year: int, month: int, shift: int) -> tuple[int, int]:
    index = year * 12 + (month - 1) + shift
    return index // 12, index % 12 + 1


def _relative(match: regex.Match[str], name: str, base: dt.date | None) -> TimeValue | None:
    if base is None:
        return None
    if name == "rel_month":
        year = base.year + _REL_SHIFT[match.group("rel").lower()]
        return TimeValue.month(year, _month(match.group("month")) or 1)
    if name == "rel_day":
        shift = {"yesterday": -1, "today": 0, "tomorrow": 1}[match.group("word").lower()]
        return TimeValue.day(base + dt.timedelta(days=shift))
    shift = _REL_SHIFT[match.group("rel").lower()]
    unit = _UNIT[match.group("unit").lower()]
    if unit == "year":
        return TimeValue.year(base.year + shift)
    if unit == "month":
        return TimeValue.month(*_shift_month(base.year, base.month, shift))
    monday = base - dt.timedelta(days=base.weekday()) + dt.timedelta(weeks=shift)
    return TimeValue(monday, monday + dt.timedelta(days=6), "week")


def _weekday_day(weekday: int, base: dt.date | None) -> TimeValue | None:
    """"on Thursday" in news means the dateline's day if it is a Thursday,
    else the latest Thursday before it."""
    if base is None:
        return None
    back = (base.weekday() - weekday) % 7
    return TimeValue.day(base - dt.timedelta(days=back))


def _dateparser_day(text: str, language: str) -> dt.date | None:
    import dateparser  # imported here: costly, and needed only for other languages

    parsed = dateparser.parse(
        text,
        languages=[language, "en"] if language != "en" else ["en"],
        settings={"STRICT_PARSING": True, "REQUIRE_PARTS": ["day", "month", "year"]},
    )
    return parsed.date() if parsed else None


def _read(name: str, match: regex.Match[str], base: dt.date | None, language: str) -> DateExpr | None:
    text = match.group()
    start, end = match.span()
    weekday_word = match.groupdict().get("weekday")
    weekday = WEEKDAYS.get(weekday_word.lower()) if weekday_word else None
    try:
        if name in {"dmy", "mdy"}:
            month = _month(match.group("month"))
            day = dt.date(int(match.group("year")), month or 0, int(match.group("day")))
            return DateExpr(start, end, text, "date", TimeValue.day(day), weekday)
        if name == "iso":
            return DateExpr(start, end, text, "date", TimeValue.day(dt.date.fromisoformat(text)))
        if name == "my":
            word = match.group("month")
            if word.lower() == "may" and word != "May":
                return None
            month = _month(word) or 1
            return DateExpr(start, end, text, "date", TimeValue.month(int(match.group("year")), month))
        if name == "range":
            first, second = int(match.group("y1")), match.group("y2")
            last = int(second) if len(second) == 4 else first // 100 * 100 + int(second)
            if not first < last <= first + 30:
                return None
            return DateExpr(start, end, text, "range", TimeValue.years(first, last))
        if name == "year":
            return DateExpr(start, end, text, "year", TimeValue.year(int(match.group("year"))))
        if name in {"rel_month", "rel_unit", "rel_day"}:
            return DateExpr(start, end, text, "relative", _relative(match, name, base))
        if name == "weekday":
            if weekday_word and weekday_word[0].islower() and weekday_word.isascii():
                return None
            return DateExpr(start, end, text, "weekday", _weekday_day(weekday or 0, base), weekday)
        if name == "unknown_month":
            if language in FAST_PATH_LANGUAGES or match.group("word").lower() in MONTHS:
                return None
            parsed = _dateparser_day(text, language)
            return DateExpr(start, end, text, "date", TimeValue.day(parsed)) if parsed else None
    except ValueError:
        return None
    return None


TRIGGERS = frozenset(
    {fold(w) for w in (*MONTHS, *WEEKDAYS, *_REL_SHIFT, "yesterday", "today", "tomorrow")}
)


def _day_before_month(words: list[Token], index: int) -> bool:
    """"10 December", "10th of December": a day number followed by a month."""
    if not DAYISH.match(words[index].key):
        return False
    following = [w.key for w in words[index + 1 : index + 3]]
    return bool(following) and (following[0] in MONTHS or (
        following[0] == "of" and len(following) > 1 and following[1] in MONTHS))


def find_dates(text: str, start: int, end: int, base: dt.date | None, language: str,
               tokens: list[Token] | None = None) -> list[DateExpr]:
    """Date expressions in text[start:end], left to right, never overlapping.

    Only words that can begin a date expression (a digit, a month, a weekday,
    a relative word) are tried, so most of the text costs one set look-up."""
    words = tokens if tokens is not None else tokenize(text, start, end)
    found: list[DateExpr] = []
    position = start
    fast = language in FAST_PATH_LANGUAGES
    for index, token in enumerate(words):
        if token.start < position or token.start >= end:
            continue
        key = token.key
        if key[0].isdigit():
            if not (YEARISH.match(key) or not fast or _day_before_month(words, index)):
                continue  # a number that starts no date: 45 people, 1,000 crore
        elif key not in TRIGGERS:
            continue
        hit = None
        if token.key in MONTHS and IN_BEFORE.search(text, max(start, token.start - 4), token.start):
            # "in December last year" reads from its "in"
            hit = SCANNER.match(text, text.rindex("n", 0, token.start) - 1, end)
        hit = hit or SCANNER.match(text, token.start, end)
        if hit is None:
            continue
        name, pattern = COMPILED[int((hit.lastgroup or "_0")[1:])]
        match = pattern.match(text, hit.start(), hit.end())
        expr = _read(name, match, base, language) if match else None
        if expr is not None:
            found.append(expr)
            position = hit.end()
    return found
