"""Days written without their year ("on August 15", "११ मई"), whose year the
dateline gives only as a guess.

- Doubtful: its sentence opens with another year or gives another year's
  day before it ("In 2014, Modi took oath on a Monday, May 26", "Last year,
  on May 3"). No weekday is checked against it, and it dates no claim for
  certain.
- Doubtful too: its weekday is wrong for the dateline's year but right for
  a year the article named before it ("Twenty years have passed since
  2001. The
  attacks of Tuesday, September 11, ...", "In March 2020 ... Kamal Nath
  resigned on Friday, March 20"), or for the year before or
  after when its sentence counts a year back or on ("Exactly a year
  earlier, on Monday, August 5", "ठीक एक साल पहले, सोमवार 5 अगस्त को"); or
  its month was named with another year just before ("In September 2016,
  Modi went to Vietnam. In Hanoi on Saturday, September 3, ...").
- Contested: another year is named anywhere before it in its sentence
  ("approved in 2003, the year X spoke on August 15"), or the article gave
  the same day in another year before ("Monday, 11 May 1998 ... on 11 May").
  That year may be another clause's or another thing's ("started in 2012
  and will open on Wednesday, May 26"; "a bond due March 31, 1992 ... the
  payment date is March 31"), so the weekday is still checked; but the day
  dates no claim for certain, since a false error is worse than a missed one."""

from __future__ import annotations

import bisect
import dataclasses
import datetime as dt

import regex

from .dates import (
    _NUMBERS,
    FUTURE_AUXILIARIES,
    HINDI_FUTURE_VERB,
    NOT_PAST,
    PAST_VERBS,
    DateExpr,
    _number,
)
from .text import WORD, Sentence
from .timevalue import TimeValue

OPENING_WORDS = 2  # words before a year that opens its sentence: "Back in 2014, ..."
NEAR_SENTENCES = 3  # sentences before a day where its month named with a year gives its year
# "that year": a month or day of a year told before ("उसी साल सितंबर में", "later that year, in May")
THAT_YEAR = regex.compile(r"\b(?i:that|the\s+same)\s+year\b|(?:उसी|उस)\s+(?:साल|वर्ष|बरस)")
# A time told this long before the article's (or a weekday's) is of another story: a year ago
# and more, an anniversary's "a year ago" included
LONG_AGO = dt.timedelta(days=300)
THAT_YEAR_REACH = 30  # characters before the month
# A year counted back or on: "a year earlier", "the previous year", "a year later", "एक साल पहले"
YEAR_AWAY = regex.compile(
    r"\b(?i:a|one)\s+year\s+(?i:earlier|ago|before|later|after|on)\b|\b(?i:the\s+(?:previous|next|following)"
    r"|last|next)\s+year\b|(?:एक|1)\s+(?:साल|वर्ष)\s+(?:पहले|पूर्व|बाद)|(?:पिछले|अगले)\s+(?:साल|वर्ष)")


# What joins a yearless day to a dated one that gives both their year
PAIR_JOIN = regex.compile(r"\s*,?\s*(?:and|to|till|until|or|&|-|–|—|और|से|व|तथा|एवं)\s*", regex.I)
# "The year gone by" (बीता साल), which in the last weeks of December may be the year ending
YEAR_GONE_BY = regex.compile(r"(?:बीते|बीता|बीती)\s+(?:साल|वर्ष|बरस)")
YEAR_END_DAY = 15  # from this day of December
# A day's sentence told in the past (_told_in_the_past): words that make a day a deadline or a start,
# and Hindi's past verb forms at a sentence's end (its future ones: dates.HINDI_FUTURE_VERB)
UNTIL_OR_FROM_BEFORE = frozenset({"to", "from", "by", "until", "till", "through", "before", "starting",
                                  "effective", "due"})
UNTIL_OR_FROM_AFTER = frozenset({"तक", "से"})
HINDI_WAS = frozenset({"था", "थी", "थे", "थीं"})
HINDI_PERFECTIVE_ENDINGS = ("ा", "ी", "े", "ीं", "ए", "ई", "या", "ये", "यी")
HINDI_PRESENT = frozenset({"है", "हैं"})
_COUNT = "|".join(sorted((w for w in _NUMBERS if w not in {"a", "an"}), key=lambda w: (-len(w), w)))
_ORDINALS = {"first": 1, "second": 2, "third": 3, "fourth": 4, "fifth": 5, "sixth": 6, "seventh": 7,
             "eighth": 8, "ninth": 9, "tenth": 10, "पहली": 1, "दूसरी": 2, "तीसरी": 3, "चौथी": 4, "पांचवीं": 5}
# Years counted back from the article's time: "a year ago", "Three years have passed since",
# "ten years after the attack", "the second anniversary", "तीन साल हो गए", "आज एक साल पूरा हो गया"
YEARS_COUNTED = regex.compile(
    rf"(?<![\p{{L}}\p{{M}}\p{{Nd}}])(?:(?P<n>\d{{1,2}}|{_COUNT}|a|an)[ \t\u00a0-]+(?:years?|साल|वर्ष|बरस)"
    r"[ \t\u00a0]+(?:ago|back|earlier|after|on|since|have[ \t]+passed|has[ \t]+passed|पहले|पूर्व|बाद"
    r"|हो[ \t]+(?:गए|गये|गया)|पूरे|पूरा|बीत)"
    rf"|(?P<ordinal>{'|'.join(_ORDINALS)}|\d{{1,2}}(?:st|nd|rd|th))[ \t\u00a0]+(?:death[ \t]+)?(?:anniversary"
    r"|बरसी|वर्षगांठ)|(?P<last>last[ \t]+year|(?:पिछले|गत|बीते)[ \t]+(?:साल|वर्ष)))(?![\p{L}\p{M}])", regex.I)


YEAR_UNIT = regex.compile(r"year|साल|वर्ष|बरस|anniversary|बरसी|वर्षगांठ", regex.I)


def years_counted(text: str, start: int, end: int) -> set[int]:
    """How many years back each span counted in text[start:end] reaches."""
    counts: set[int] = set()
    if YEAR_UNIT.search(text, start, end) is None:
        return counts  # most stretches of text count no years
    for match in YEARS_COUNTED.finditer(text, start, end):
        if match.group("last"):
            counts.add(1)
        elif match.group("ordinal"):
            word = match.group("ordinal").lower()
            counts.add(_ORDINALS.get(word) or int(regex.sub(r"\D", "", word) or 0))
        else:
            word = match.group("n").lower()
            counts.add(1 if word in {"a", "an"} else _number(word))
    return counts - {0}


def _yearless_day(expr: DateExpr) -> bool:
    return (expr.kind == "date" and not expr.year_given and expr.value is not None
            and expr.value.precision == "day")


def _names_another_year(other: DateExpr, year: int) -> bool:
    if other.value is None or other.kind == "weekday" or (other.kind == "date" and not other.year_given):
        return False
    return not other.value.first.year <= year <= other.value.last.year


def _yearless_month(expr: DateExpr) -> bool:
    return (expr.kind == "relative" or expr.kind == "date" and not expr.year_given) and \
        expr.value is not None and expr.value.precision == "month"


def doubt_years(text: str, dates: list[DateExpr], sentences: list[Sentence],
                base: dt.date | None = None) -> list[DateExpr]:
    """The dates, each yearless day whose year is a guess marked so, each
    yearless month said to be of a year told before ("उसी साल सितंबर में"), and
    each yearless day read ahead of `base` (the day they were resolved from)
    whose weekday is that of the same day a year back moved there."""
    dates = [dataclasses.replace(d, year_doubtful=True) if (_yearless_month(d) and
             THAT_YEAR.search(text, max(0, d.start - THAT_YEAR_REACH), d.start)) or _year_ending(d, base)
             else d for d in dates]
    if not any(map(_yearless_day, dates)) and not any(map(_bare_weekday, dates)):
        return dates
    starts = [s.start for s in sentences]
    date_starts = [d.start for d in dates]
    days_given: dict[tuple[int, int], set[int]] = {}  # (month, day) -> years written with it
    settled: list[DateExpr] = []
    for index, expr in enumerate(dates):
        value = expr.value
        if value is not None and expr.kind == "date" and expr.year_given and value.precision == "day":
            days_given.setdefault((value.first.month, value.first.day), set()).add(value.first.year)
        if _bare_weekday(expr) and _told_long_before(text, expr, dates[:index], starts):
            expr = dataclasses.replace(expr, year_doubtful=True)
        elif _yearless_day(expr):
            assert value is not None
            day = value.first
            paired = _year_of_the_pair(text, expr, dates[index + 1] if index + 1 < len(dates) else None)
            if paired is not None and paired != day:
                # "30 जून और 1 जुलाई 2017 की दरम्यानी रात", "June 30 and July 1, 2017": one year for both
                day = paired
                expr = dataclasses.replace(expr, value=TimeValue.day(day))
            if base is not None and day > base and expr.weekday is not None and \
                    expr.weekday != day.weekday() and \
                    _weekday_in(day.year - 1, day.month, day.day) == expr.weekday and \
                    _told_in_the_past(text, expr, starts, bisect.bisect_right(starts, expr.start) - 1):
                # "Kejriwal was sworn in on February 14, a Saturday" in a review of the year
                # written on 30 December: the weekday says which February 14
                day = day.replace(year=day.year - 1)
                expr = dataclasses.replace(expr, value=TimeValue.day(day))
            year = day.year
            sentence = bisect.bisect_right(starts, expr.start) - 1
            opens = starts[sentence] if sentence >= 0 else 0
            before = [other for other in dates[bisect.bisect_left(date_starts, opens):index]
                      if _names_another_year(other, year)]
            doubtful = any(len(WORD.findall(text, opens, other.start)) <= OPENING_WORDS
                           or (other.kind == "date" and other.value is not None
                               and other.value.precision == "day")
                           for other in before)
            if not doubtful and expr.weekday is not None and expr.weekday != day.weekday():
                doubtful = _weekday_of_a_year_near(text, expr, dates[:index], starts, sentence)
            if not doubtful and expr.weekday is not None and expr.weekday != day.weekday():
                # "Three years have passed since the fire. It broke out on Friday, December 29"
                end = starts[sentence + 1] if sentence + 1 < len(starts) else len(text)
                doubtful = any(_weekday_in(day.year - count, day.month, day.day) == expr.weekday
                               for count in years_counted(text, 0, end))
            if not doubtful:
                doubtful = _month_of_another_year(text, expr, dates[:index], starts, sentence)
            contested = bool(before) or bool(days_given.get((day.month, day.day), set()) - {year})
            if doubtful or contested:
                expr = dataclasses.replace(expr, year_doubtful=doubtful, year_contested=contested)
        settled.append(expr)
    return settled


def _told_in_the_past(text: str, expr: DateExpr, starts: list[int], sentence: int) -> bool:
    """Is the day's clause told in the past, with nothing making the day a
    deadline or a start ("was sworn in on February 14", "बजट 1 फरवरी को आया"; not
    "will suspend flights from Sunday, May 15", "26 जुलाई तक", "सुनवाई होगी")?"""
    opens = starts[sentence] if sentence >= 0 else 0
    closes = starts[sentence + 1] if sentence + 1 < len(starts) else len(text)
    clause = max(opens, *(text.rfind(mark, opens, expr.start) + 1 for mark in ",;:"))
    before = [w.lower() for w in WORD.findall(text, clause, expr.start)]
    after = WORD.findall(text, expr.end, closes)
    if after[:1] and after[0] in UNTIL_OR_FROM_AFTER:
        return False
    if "\u0900" <= (after[-1][:1] if after else "") <= "\u097f":
        last = after[-1]
        return HINDI_FUTURE_VERB.search(text, expr.end, closes) is None and HINDI_PRESENT.isdisjoint(after) \
            and len(last) > 1 and (last in HINDI_WAS or last.endswith(HINDI_PERFECTIVE_ENDINGS))
    if any(w in FUTURE_AUXILIARIES for w in before) or set(before[-3:]) & UNTIL_OR_FROM_BEFORE:
        return False
    return any(w in PAST_VERBS or (len(w) > 4 and w.endswith("ed") and w.isalpha() and w not in NOT_PAST)
               for w in before)


def _year_ending(expr: DateExpr, base: dt.date | None) -> bool:
    """Is the expression "the year gone by" written as a year ends ("बीते साल के अहम फैसले",
    28 December): the year ending or the one before, a guess?"""
    return base is not None and base.month == 12 and base.day >= YEAR_END_DAY and \
        expr.kind == "relative" and YEAR_GONE_BY.match(expr.text) is not None


def _year_of_the_pair(text: str, expr: DateExpr, following: DateExpr | None) -> dt.date | None:
    """The day of a yearless date joined to a dated one that follows it ("30 June and 1 July
    2017", "28 से 30 दिसंबर 2016"), in the year written once for both (the year before when
    its month comes later: "30 December and 1 January 2017")."""
    if following is None or following.kind != "date" or not following.year_given or \
            following.value is None or following.value.precision != "day" or expr.value is None or \
            PAIR_JOIN.fullmatch(text, expr.end, following.start) is None:
        return None
    first, second = expr.value.first, following.value.first
    year = second.year - 1 if (first.month, first.day) > (second.month, second.day) else second.year
    try:
        return first.replace(year=year)
    except ValueError:
        return None


def _bare_weekday(expr: DateExpr) -> bool:
    return expr.kind == "weekday" and expr.value is not None




def _told_long_before(text: str, expr: DateExpr, earlier: list[DateExpr], starts: list[int]) -> bool:
    """Does the text just before a bare weekday tell of a time long before the
    week it is counted in ("Three years have passed since the fire ... Chief
    Minister X ordered an inquiry on Friday", "तीन साल पहले 19 अक्टूबर 2018 को
    ... अगले दिन शनिवार को")? Then whose Friday it is, is a guess."""
    assert expr.value is not None
    sentence = bisect.bisect_right(starts, expr.start) - 1
    since = _since(text, starts, sentence)
    opens = starts[sentence] if sentence >= 0 else 0
    if any(other.value is not None and other.value.precision == "month" and opens <= other.start
           and not other.value.first <= expr.value.first <= other.value.last for other in earlier):
        return True  # "नवंबर: 9 तारीख, शनिवार को ...", written in December: a Saturday of that month
    return any(other.value is not None and other.kind in {"date", "year", "relative"}
               and (other.year_given or other.kind == "relative")
               and expr.value.first - other.value.last > LONG_AGO and since <= other.start
               for other in earlier) or bool(years_counted(text, since, expr.start))


def _weekday_in(year: int, month: int, day: int) -> int | None:
    try:
        return dt.date(year, month, day).weekday()
    except ValueError:
        return None


def _since(text: str, starts: list[int], sentence: int) -> int:
    """Where the text that may give a day its year begins: NEAR_SENTENCES
    sentences before the day's, wherever paragraphs break."""
    return starts[max(sentence - NEAR_SENTENCES, 0)] if sentence >= 0 else 0


def _month_of_another_year(text: str, expr: DateExpr, earlier: list[DateExpr], starts: list[int],
                           sentence: int) -> bool:
    """Was the day's month named with another year just before ("In September
    2016, Modi went to Vietnam. In Hanoi on Saturday, September 3, ...")?"""
    assert expr.value is not None
    day, since = expr.value.first, _since(text, starts, sentence)
    return any(other.kind == "date" and other.year_given and other.value is not None
               and other.value.precision == "month" and other.value.first.month == day.month
               and other.value.first.year != day.year and since <= other.start < expr.start
               for other in earlier)


def _weekday_of_a_year_near(text: str, expr: DateExpr, earlier: list[DateExpr], starts: list[int],
                            sentence: int) -> bool:
    """Is the day's weekday right in a year the article named before it, or in
    the year before or after when its sentence counts a year away?"""
    assert expr.value is not None and expr.weekday is not None
    day = expr.value.first
    opens = starts[sentence] if sentence >= 0 else 0
    if YEAR_AWAY.search(text, opens, expr.start) and \
            expr.weekday in {_weekday_in(day.year + step, day.month, day.day) for step in (-1, 1)}:
        return True
    since = 0  # any year the article named before the day
    years = {year for other in earlier if since <= other.start < expr.start and other.value is not None
             and other.kind in {"year", "date", "range"} and other.year_given
             for year in {other.value.first.year, other.value.last.year}}
    return any(_weekday_in(year, day.month, day.day) == expr.weekday for year in years - {day.year})
