"""Date, year and relative-time expressions in English and Hindi.

A regex fast path reads the common forms (10 December 2020, December 10,
2020, December 2020, 27 नवंबर, 2020, 2020-12-21, 2015-20, in December last
year, on Thursday, पिछले साल). In articles of other languages, a
day-word-year candidate goes to dateparser, imported only then. Every
expression keeps its precision: "2016" is a year, never 1 July 2016.
"""

from __future__ import annotations

import calendar
import datetime as dt
import itertools
import operator
from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass
from typing import Any, Literal, TypeVar, get_args

import regex

from .text import MEMO_LIMIT, Tokens, fold, tokenize
from .timevalue import TimeValue

Resolved = TypeVar("Resolved")

FAST_PATH_LANGUAGES = frozenset({"en", "hi"})
# The limit of the other per-word memos: one article's own words must fit, or an
# article of more distinct words (1 MB of English news has 16,800) clears the
# memo for the next and meets it empty every time it is checked.
MAY_START_LIMIT = MEMO_LIMIT
YEARISH = regex.compile(r"(?:1[89]|20)\d\d$")  # keys have ASCII digits
DAYISH = regex.compile(r"[0-3]?\d(?:st|nd|rd|th)?$")
IN_BEFORE = regex.compile(r"(?<![\p{L}\p{M}\p{Nd}])in[ \t\u00a0]+\Z", regex.I)
Kind = Literal["date", "year", "range", "relative", "weekday"]

B = r"(?<![\p{L}\p{M}\p{Nd}])"
E = r"(?![\p{L}\p{M}\p{Nd}])"
DAY = r"(?P<day>[0-3०-३]?\d)(?:st|nd|rd|th)?"
YEAR = r"(?P<year>(?:1[89]|20|२०|१[८९])[\d]{2})"
SEP = r"[ \t\u00a0]+"

_REL_WORDS = r"(?P<rel>last|next|this|coming|previous|past|पिछले|पिछली|पिछला|बीते|गत|इस|अगले|अगली|आगामी)"
_TENS = "twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety"
# Not the end of a compound ("Twenty-five years ago" is no "five years ago"): a tens
# word and its unit are read together.
_NUMBER = (rf"(?<![-‐])(?P<n>\d{{1,2}}|[०-९]{{1,2}}|(?:{_TENS})(?:[-‐ ](?:one|two|three|four|five|six"
           r"|seven|eight|nine))?|a|an|one|two|three|four|five|six|seven|eight|nine|ten|eleven"
           r"|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen"
           r"|एक|दो|तीन|चार|पांच|पाँच|छह|छः|सात|आठ|नौ|दस)")
_AGO_UNIT = r"(?P<unit>years?|months?|weeks?|days?|साल|वर्ष|महीने|महीना|माह|सप्ताह|हफ्ते|हफ़्ते|दिन)"
# A bare month must not be the start of a fuller expression ("in December 2020").
_NOT_FULLER = r"(?![ \t\u00a0,]*(?:[\d०-९]|of\b|last\b|this\b|next\b|previous\b))(?![.,:\-–][\d०-९])"


_REL_SHIFT = {"last": -1, "previous": -1, "past": -1, "this": 0, "next": 1, "coming": 1,
              "पिछले": -1, "पिछली": -1, "पिछला": -1, "बीते": -1, "गत": -1, "इस": 0, "अगले": 1,
              "अगली": 1, "आगामी": 1}
_UNIT = {"week": "week", "month": "month", "year": "year", "साल": "year", "वर्ष": "year",
         "महीने": "month", "महीना": "month", "माह": "month", "सप्ताह": "week", "हफ्ते": "week",
         "हफ़्ते": "week", "day": "day", "दिन": "day"}
_NUMBERS = {"a": 1, "an": 1, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6,
            "seven": 7, "eight": 8, "nine": 9, "ten": 10, "eleven": 11, "twelve": 12,
            "एक": 1, "दो": 2, "तीन": 3, "चार": 4, "पांच": 5, "पाँच": 5, "छह": 6, "छः": 6, "सात": 7,
            "आठ": 8, "नौ": 9, "दस": 10, "thirteen": 13, "fourteen": 14, "fifteen": 15, "sixteen": 16,
            "seventeen": 17, "eighteen": 18, "nineteen": 19, "twenty": 20, "thirty": 30, "forty": 40,
            "fifty": 50, "sixty": 60, "seventy": 70, "eighty": 80, "ninety": 90}
# What kind of word each pattern can begin with: a scanner per kind tries only those.
_STARTS: dict[str, set[str]] = {
    "dmy": {"weekday", "digit"}, "mdy": {"weekday", "month"}, "iso": {"digit"},
    "numeric": {"weekday", "digit"}, "rel_month": {"word", "month"}, "my": {"month"},
    "range": {"digit"}, "year": {"digit"}, "rel_unit": {"word"}, "rel_weekday": {"word"},
    "rel_day": {"word"}, "ago": {"digit", "word"}, "dm": {"weekday", "digit"},
    "md": {"weekday", "month"}, "bare_month": {"word", "month"}, "weekday": {"weekday"},
    "unknown_month": {"digit"}, "fiscal": {"word"}, "rel_fiscal": {"word"}, "month_edge": {"word", "month"},
}
_UNNAMED = regex.compile(r"\(\?P<\w+>")


def _patterns(month: str, weekday: str, attached: str, en_month: str, other_month: str
              ) -> list[tuple[str, str]]:
    """The date expressions, in the order they are tried, with the month and
    weekday names of one lexicon."""
    month = rf"(?P<month>{month})"
    weekday = rf"(?P<weekday>{weekday})"
    attached = rf"(?P<weekday>{attached})"
    # A weekday with a date right after it ("this Wednesday, March 4") is the date's.
    date_follows = (rf"(?!,?{SEP}(?:[0-3०-३]?[\d०-९](?:st|nd|rd|th)?{SEP}(?:of{SEP})?"
                    rf"(?:{en_month}|{other_month})|{en_month}{SEP}[0-3]?\d){E})")
    return [
        ("dmy", rf"{B}(?:{attached},?{SEP}(?:the{SEP})?)?{DAY}{SEP}(?:of{SEP})?{month},?{SEP}{YEAR}{E}"),
        ("mdy", rf"{B}(?:{attached},?{SEP})?{month}{SEP}{DAY},?{SEP}{YEAR}{E}"),
        ("iso", rf"{B}(?P<iso>\d{{4}}-\d{{2}}-\d{{2}}){E}"),
        ("numeric", rf"{B}(?:{attached},?{SEP})?(?P<a>[0-3]?\d)(?P<sep>[./-])(?P<b>[01]?\d)"
                    rf"(?P<sep2>[./-])(?P<y>(?:19|20)\d\d){E}"),
        ("rel_month",
         rf"{B}(?:in{SEP})?{month}{SEP}(?:of{SEP})?(?P<rel>last|this|next|previous){SEP}year{E}"),
        ("rel_month", rf"{B}(?P<rel>पिछले|पिछला|बीते|गत|इस|अगले){SEP}(?:साल|वर्ष){SEP}{month}{E}"),
        ("my", rf"{B}{month},?{SEP}{YEAR}{E}"),
        ("range", rf"{B}(?P<y1>(?:19|20)\d{{2}})[ ]?[-–—/][ ]?(?P<y2>\d{{4}}|\d{{2}}){E}"),
        ("year", rf"{B}{YEAR}{E}"),
        # India's fiscal years, April to March: "FY18", "FY2017-18", "Q2FY18", "H1 FY19"
        ("fiscal", rf"{B}(?:[QH][1-4][ \t]?)?FY[ \t]?'?(?P<fy>\d{{4}}|\d{{2}})"
                   rf"(?:[-–/](?P<fy2>\d{{4}}|\d{{2}}))?{E}"),
        ("rel_fiscal", rf"{B}(?P<rel>last|this|next|previous|past|coming){SEP}"
                       rf"(?:fiscal|financial{SEP}year){E}"),
        ("rel_fiscal", rf"{B}(?P<rel>पिछले|पिछला|बीते|गत|इस|अगले|आगामी){SEP}(?:वित्त|वित्तीय){SEP}(?:वर्ष|साल){E}"),
        ("rel_unit", rf"{B}(?P<rel>last|this|next|previous|past){SEP}(?P<unit>week|month|year){E}"),
        ("rel_unit", rf"{B}(?P<rel>पिछले|पिछली|पिछला|बीते|गत|इस|अगले|अगली|आगामी){SEP}"
                     rf"(?P<unit>साल|वर्ष|महीने|माह|सप्ताह|हफ्ते|हफ़्ते){E}"),
        ("rel_weekday", rf"{B}{_REL_WORDS}{SEP}{weekday}{E}{date_follows}"),
        # an anniversary: "आज ही के दिन दस साल पहले", "आज से दस साल पहले" (the day, N years back)
        ("ago", rf"{B}(?P<today>आज){SEP}(?:ही{SEP})?(?:के{SEP}दिन|से){SEP}{_NUMBER}{SEP}{_AGO_UNIT}{SEP}"
                rf"(?:पहले|पूर्व){E}"),
        ("rel_day", rf"{B}(?P<word>yesterday|today|tomorrow){E}"),
        # "ten years ago", and the day itself: "ten years ago today", "ten years ago to the day",
        # "दस साल पहले आज ही के दिन", "It is ten years today since ..."
        ("ago", rf"{B}{_NUMBER}{SEP}{_AGO_UNIT}{SEP}(?:(?:ago|पहले|पूर्व)(?:{SEP}(?P<today>today(?![\'’])"
                rf"|to{SEP}the{SEP}day|आज{SEP}(?:ही{SEP})?के{SEP}दिन))?"
                rf"|(?P<since>today)(?={SEP}(?:since|that){E})){E}"),
        # the first or last day of a month: "on the last day of June", "जून के आखिरी दिन"
        ("month_edge", rf"{B}(?P<edge>first|last|final){SEP}day{SEP}of{SEP}{month}{E}{_NOT_FULLER}"),
        ("month_edge", rf"{B}{month}{SEP}(?:के|की){SEP}(?P<edge>पहले|पहली|आखिरी|आख़िरी|अंतिम){SEP}"
                       rf"(?:दिन|तारीख){E}"),
        ("dm", rf"{B}(?:{attached},?{SEP}(?:the{SEP})?)?{DAY}{SEP}(?:of{SEP})?{month}{E}{_NOT_FULLER}"),
        ("md", rf"{B}(?:{attached},?{SEP})?{month}{SEP}{DAY}{E}{_NOT_FULLER}"),
        ("bare_month", rf"{B}(?P<rel>in|during|since|until|till|by|last|this|next|early|late|mid|पिछले"
                       rf"|पिछली|गत|बीते|इस|अगले|अगली|आगामी)[ \t\u00a0-]+{month}{E}{_NOT_FULLER}"),
        ("bare_month", rf"{B}{month}{SEP}(?:(?:माह|महीने){SEP})?में{E}"),
        # a month heading the line it dates, as reviews of a year write it: "MARCH: ...", "जुलाई: ..."
        ("bare_month", rf"(?<=(?:\A|\n)[ \t#*>-]{{0,6}}){month}[ \t]*[:–—](?![\d०-९])"),
        ("weekday", rf"{B}{weekday}{E}"),
        ("unknown_month", rf"{B}{DAY}{SEP}(?P<word>\p{{L}}{{3,}})\.?,?{SEP}{YEAR}{E}"),
    ]


def _either(names: Iterable[str]) -> str:
    """One alternation of the names, the longest first; none: what never matches."""
    ordered = sorted(set(names), key=lambda n: (-len(n), n))
    return "(?:" + "|".join(regex.escape(n) for n in ordered) + ")" if ordered else "(?!)"


def _numbered(groups: Iterable[Mapping[Any, Mapping[str, Sequence[str]]]], numbers: dict[str, int]
              ) -> list[tuple[int, dict[str, list[str]]]]:
    """Months' or weekdays' names per language, in calendar order, the
    lexicons' lists joined in load order (the base lexicon's full name first)."""
    merged: dict[str, dict[str, list[str]]] = {}
    for group in groups:
        for key, names in group.items():
            for lang, words in names.items():
                known = merged.setdefault(key, {}).setdefault(lang, [])
                known.extend(w for w in words if w not in known)
    return sorted((numbers[key], names) for key, names in merged.items())


Month = Literal["january", "february", "march", "april", "may", "june", "july", "august", "september",
                "october", "november", "december"]
Weekday = Literal["monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"]
MONTH_NUMBERS = {name: number for number, name in enumerate(get_args(Month), start=1)}
WEEKDAY_NUMBERS = {name: number for number, name in enumerate(get_args(Weekday))}  # as date.weekday()


class DateWords:
    """The month and weekday names of one set of lexicons, with the lookup
    tables and expressions built from them: built once per lexicon (see
    date_words), never per article."""

    def __init__(self, months: list[tuple[int, dict[str, list[str]]]],
                 weekdays: list[tuple[int, dict[str, list[str]]]]) -> None:
        self.key: tuple[Frozen, Frozen] | None = None  # the words it was built from, when shared
        self.months: dict[str, int] = {}  # any name, lower-case and folded -> 1..12
        self.weekdays: dict[str, int] = {}  # any name, lower-case and folded -> 0..6
        # each weekday's first name per language: how a corrected weekday is written
        self.weekday_names: dict[tuple[str, int], str] = {}
        full_months, short_months, other_months = [], [], []
        full_days, short_days, other_days = [], [], []
        for number, names in months:
            for words in names.values():
                latin = [w for w in words if w.isascii()]
                full_months += latin[:1]
                short_months += latin[1:]
                other_months += [w for w in words if not w.isascii()]
                for word in words:
                    self.months[word.lower()] = self.months[fold(word)] = number
        for number, names in weekdays:
            for lang, words in names.items():
                self.weekday_names[(lang, number)] = words[0]
                latin = [w for w in words if w.isascii()]
                full_days += latin[:1]
                short_days += latin[1:]
                other_days += [w for w in words if not w.isascii()]
                for word in words:
                    self.weekdays[word.lower()] = self.weekdays[fold(word)] = number
        self.en_month = rf"(?:{_either(full_months)}|{_either(short_months)}\.?)"
        self.other_month = _either(other_months)
        self.en_weekday = _either(full_days)
        other_weekday = _either(other_days)
        # "Tue", "Tues.", "SAT": read only directly before a date ("Tue, 3 March
        # 2020", "Tues. 3 March") or in brackets beside one ("3 March (Tue)"), never
        # alone, where they are words and names (Sun Pharma, Sat Paul, "wed").
        self.short_weekday = (rf"(?-i:{_either(w for s in short_days for w in (s.capitalize(), s.upper()))}"
                              r"(?![\p{L}\p{M}])\.?)")
        patterns = _patterns(f"{self.en_month}|{self.other_month}", f"{self.en_weekday}|{other_weekday}",
                             f"{self.en_weekday}|{other_weekday}|{self.short_weekday}",
                             self.en_month, self.other_month)
        self.scanners = {
            kind: regex.compile("|".join(f"(?P<_{i}>{_UNNAMED.sub('(?:', p)})"
                                         for i, (name, p) in enumerate(patterns) if kind in _STARTS[name]),
                                regex.I)
            for kind in ("digit", "month", "weekday", "word")
        }
        self.compiled = [(name, regex.compile(p, regex.I)) for name, p in patterns]
        self.triggers = frozenset(
            {fold(w) for w in (*self.months, *self.weekdays, *_REL_SHIFT, *_NUMBERS, "yesterday", "today",
                               "tomorrow", "in", "during", "since", "until", "till", "by", "early", "late",
                               "mid", "first", "final")}
            - {"a", "an"}
        )
        self.may_start: dict[str, bool] = {}  # word key -> may a date begin with it (a memo)
        # A weekday written beside its date: "29 May (Friday)", "Friday (29 May)",
        # "May 29, a Friday", "June 23, Friday.", "(10 Feb, Friday)", "1 जून, सोमवार".
        # After a comma, an English weekday is the date's only where its clause ends
        # ("On May 29, Thursday's meeting..." is not).
        self.weekday_after = regex.compile(r"[ \t]*\([ \t]*|,[ \t]+a[ \t]+|,[ \t]*(?=\p{Devanagari})"
                                           rf"|,[ \t]*(?={self.en_weekday}[ \t]*(?:[.,;:)\n]|\Z))")
        # A short weekday in brackets beside its date: "3 March (Tue)", "Tue (3 March)".
        self.short_after = regex.compile(rf"[ \t]*\([ \t]*(?P<weekday>{self.short_weekday})[ \t]*\)")
        self.short_before = regex.compile(
            rf"(?<![\p{{L}}\p{{M}}])(?P<weekday>{self.short_weekday})[ \t]*\([ \t]*\Z")
        # A weekday the date goes on to state for itself: "March 13 is the second Saturday,
        # March 14 is a Sunday", "14 मार्च रविवार है": the weekday before the date is another's.
        self.weekday_stated_after = regex.compile(
            rf"[ \t]*(?:\([ \t]*(?:{self.en_weekday}|{other_weekday})[ \t]*\)"
            rf"|,?[ \t]*(?:(?:is|was|will[ \t]+be|falls[ \t]+on|fell[ \t]+on|being)[ \t]+(?:a[ \t]+)?"
            rf"|a[ \t]+)(?:{self.en_weekday})(?![\p{{L}}\p{{M}}])"
            rf"|,?[ \t]*(?:को[ \t]+)?(?:{other_weekday})[ \t]+(?:है|था|थी|होगा|होगी|पड़|को[ \t]+(?:है|था|पड़)))",
            regex.I)

    def __reduce__(self) -> tuple[Any, ...]:
        return _unpickled_date_words, (self.key, self.__dict__)

    def kind_of(self, key: str) -> str:
        if key[0].isdigit():
            return "digit"
        if key in self.months:
            return "month"
        return "weekday" if key in self.weekdays else "word"

    def month(self, word: str) -> int | None:
        return self.months.get(word.lower().rstrip("."))

    def weekday(self, word: str) -> int | None:
        return self.weekdays.get(word.lower().rstrip("."))


Frozen = tuple[tuple[int, tuple[tuple[str, tuple[str, ...]], ...]], ...]
_SHARED: dict[tuple[Frozen, Frozen], DateWords] = {}  # the last few built, by their words
_SHARED_MAX = 8


def _share(key: tuple[Frozen, Frozen], words: DateWords) -> DateWords:
    _SHARED[key] = words
    while len(_SHARED) > _SHARED_MAX:
        del _SHARED[next(iter(_SHARED))]
    words.key = key
    return words


def _date_words(months: Frozen, weekdays: Frozen) -> DateWords:
    def unpacked(groups: Frozen) -> list[tuple[int, dict[str, list[str]]]]:
        return [(number, {lang: list(words) for lang, words in names}) for number, names in groups]

    key = (months, weekdays)
    found = _SHARED.get(key)
    return found if found is not None else _share(key, DateWords(unpacked(months), unpacked(weekdays)))


def _unpickled_date_words(key: tuple[Frozen, Frozen] | None, state: dict[str, Any]) -> DateWords:
    """Date words read back from the compiled packs cache: the ones already
    built in this process for the same words, if any, so that they stay
    shared (and their memo with them)."""
    found = _SHARED.get(key) if key is not None else None
    if found is not None:
        return found
    words = DateWords.__new__(DateWords)
    words.__dict__.update(state)
    return _share(key, words) if key is not None else words


def date_words(months: Iterable[Mapping[Any, Mapping[str, Sequence[str]]]],
               weekdays: Iterable[Mapping[Any, Mapping[str, Sequence[str]]]]) -> DateWords:
    """The date words of the lexicons' months and weekdays (each a mapping
    of month or weekday to names per language), in load order. Lexicons with
    the same words share one DateWords: the bundled one is built once."""
    def frozen(groups: list[tuple[int, dict[str, list[str]]]]) -> Frozen:
        return tuple((number, tuple((lang, tuple(words)) for lang, words in names.items()))
                     for number, names in groups)

    return _date_words(frozen(_numbered(months, MONTH_NUMBERS)), frozen(_numbered(weekdays, WEEKDAY_NUMBERS)))


# "HANOI, Dec 31 (Reuters) -", "नई दिल्ली, 3 जनवरी (भाषा)": a place and a comma
# open the line of a wire story's dateline, before its day.
DATELINE_PLACE = regex.compile(r"(?:^|\n)[ \t]*[\p{L}\p{M}.'’ -]{1,40},[ \t]*\Z")
# After the day: the agency in brackets, or a dash, colon or danda before the story.
DATELINE_END = regex.compile(r"[ \t]*(?:\([\p{L}\p{M}][\p{L}\p{M} ./&-]{0,30}\)|[-–—:।])")
DATELINE_REACH = 400  # characters from the body's start to a dateline


def is_dateline(text: str, begin: int, expr: DateExpr) -> bool:
    """Is the date a wire story's dateline: near the top, after a place and a
    comma that open its line, before the agency or a dash, colon or danda?"""
    if expr.start - begin > DATELINE_REACH or DATELINE_END.match(text, expr.end) is None:
        return False
    line_start = text.rfind("\n", begin, expr.start) + 1 or begin
    return DATELINE_PLACE.search(text[max(line_start - 1, begin) : expr.start]) is not None


# Within a few words (FUTURE_NEAR) of a weekday, these make it the coming one ("will visit on Friday").
FUTURE_NEAR = 8
FUTURE_BEFORE = frozenset({"will", "shall", "scheduled", "due", "expected", "set", "slated",
                           "plans", "plan", "planned", "going"})
# After a "to": words that are not a verb to come ("to the", "to his"); before it, capitalised
# words that are no headline's subject ("According to", "Next to")
NOT_A_VERB = frozenset({"the", "a", "an", "his", "her", "their", "its", "our", "this", "that", "these",
                        "those", "be", "been", "date"})
NOT_A_SUBJECT = frozenset({"according", "next", "due", "thanks", "up", "prior", "owing", "close", "back",
                           "in", "on", "from", "and", "but", "or", "welcome", "tribute"})
FUTURE_AFTER = regex.compile(r"(?:ेगा|ेगी|ेंगे|ेंगी|एगा|एगी|एंगे|एंगी|ूंगा|ऊंगा)$")
# A Hindi clause's future verb, up to its end: "पेश करेंगी", "बैठक होगी"
HINDI_FUTURE_VERB = regex.compile(r"\p{Devanagari}(?:ेगा|ेगी|ेंगे|ेंगी|एगा|एगी|एंगे|एंगी|ूंगा|ऊंगा|ोगा|ोगी|ोंगे)"
                                  r"(?![\p{L}\p{M}])")
HINDI_CLAUSE_END = regex.compile(r"[।.?!;,\n]|(?<![\p{L}\p{M}])(?:कि|जो|जब|लेकिन|मगर)(?![\p{L}\p{M}])")
HINDI_CLAUSE_REACH = 160  # characters after a weekday searched for its clause's verb
# Further back than those few words, an English future auxiliary still makes the weekday the
# coming one when no verb of the past stands between and the sentence does not begin between:
# "will host a banquet for him in New Delhi on Tuesday", not "who will retire, hosted ... on Tuesday".
FUTURE_AUXILIARIES = frozenset({"will", "shall", "ll"})
FUTURE_REACH = 24  # words before a weekday its clause's auxiliary may stand
PAST_VERBS = frozenset({
    "was", "were", "had", "did", "said", "told", "met", "held", "made", "took", "taken", "gave", "given",
    "went", "gone", "came", "come", "left", "won", "lost", "led", "sent", "spoke", "spoken", "saw", "seen",
    "shown", "wrote", "written", "began", "begun", "became", "swore", "sworn", "chose", "chosen", "knew",
    "known", "got", "brought", "bought", "thought", "found", "kept", "paid", "put", "ran", "sat", "stood",
    "fell", "felt", "heard", "hit", "cut", "quit", "struck", "rose", "broke", "broken", "ago", "last",
    "yesterday"})
NOT_PAST = frozenset({"scheduled", "expected", "planned", "need", "needed", "hundred", "red", "bed",
                      "united", "limited", "seed", "speed", "feed", "indeed", "proceed", "succeed"})
SENTENCE_BEGINS = regex.compile(r"[.!?]['\"’”)]*\s+(?=[\p{Lu}\d'\"‘“])|[;\n]")


@dataclass(frozen=True, slots=True)
class DateExpr:
    start: int
    end: int
    text: str
    kind: Kind
    value: TimeValue | None
    weekday: int | None = None
    year_given: bool = True  # False: "10 December", its year inferred from the base date
    # its inferred year a guess: its sentence opens with another year (yearless.py)
    year_doubtful: bool = False
    # another year named before it in its sentence, or its day given in another year before
    # (yearless.py): perhaps another clause's or thing's, but no claim is certain of its year
    year_contested: bool = False


def _shift_month(year: int, month: int, shift: int) -> tuple[int, int]:
    index = year * 12 + (month - 1) + shift
    return index // 12, index % 12 + 1


def _fiscal_start(named: str, until: str | None) -> int | None:
    """The calendar year an Indian fiscal year begins in (April): FY18 and
    FY2018 end in March 2018; FY2017-18 and FY17-18 are that year too."""
    def full(digits: str) -> int:
        number = int(digits)
        return number if len(digits) == 4 else 2000 + number if number < 50 else 1900 + number

    if until is None:
        return full(named) - 1
    first = full(named)
    return first if int(until) % 100 == (first + 1) % 100 else None


def _years_back(day: dt.date, count: int) -> dt.date:
    return day.replace(year=day.year - count)  # 29 February in a common year: ValueError, no date


def _months_back(day: dt.date, count: int) -> dt.date:
    year, month = _shift_month(day.year, day.month, -count)
    return day.replace(year=year, month=month)


def _number(word: str) -> int:
    folded = fold(word)
    if folded.isdigit():
        return int(folded)
    return sum(_NUMBERS.get(part, 0) for part in regex.split(r"[-‐ ]", folded)) or 1


def _latest_month(month: int, base: dt.date, shift: str) -> TimeValue:
    """"in December": the latest December not after the base month; "last
    December": the latest before it; "next/this December" as they say."""
    year = base.year if month <= base.month else base.year - 1
    if shift in {"last", "पिछले", "पिछली", "गत", "बीते"} and month == base.month:
        year -= 1
    elif shift in {"next", "अगले", "अगली", "आगामी", "coming"}:
        year = base.year if month > base.month else base.year + 1
    elif shift in {"this", "इस"}:
        year = base.year
    return TimeValue.month(year, month)


def _nearest_day(month: int, day: int, base: dt.date) -> dt.date | None:
    """"10 December" without a year: the latest 10 December up to four months
    after the base date (news tells what happened more than what will)."""
    options = []
    for year in (base.year - 1, base.year, base.year + 1):
        try:
            options.append(dt.date(year, month, day))
        except ValueError:
            continue
    soon = [d for d in options if d <= base + dt.timedelta(days=120)]
    best = max(soon) if soon else min(options) if options else None
    if best is None or abs((best - base).days) > 240:
        return None  # "February 29" a year and a half back: the year is a guess
    return best


def _relative(match: regex.Match[str], name: str, base: dt.date | None, words: DateWords) -> TimeValue | None:
    if base is None:
        return None
    if name == "ago":
        count, unit = _number(match.group("n")), _UNIT[match.group("unit").lower().rstrip("s")]
        if match.groupdict().get("today") or match.groupdict().get("since"):
            return TimeValue.day(_years_back(base, count) if unit == "year" else _months_back(base, count)
                                 if unit == "month" else base - dt.timedelta(days=count * (7 if unit == "week"
                                                                                          else 1)))
        if unit == "year":
            return TimeValue.year(base.year - count)
        if unit == "month":
            return TimeValue.month(*_shift_month(base.year, base.month, -count))
        days = count * (7 if unit == "week" else 1)
        return TimeValue.day(base - dt.timedelta(days=days))
    if name == "bare_month":
        month = words.month(match.group("month")) or 1
        return _latest_month(month, base, (match.groupdict().get("rel") or "in").lower())
    if name == "rel_weekday":
        weekday = words.weekdays[match.group("weekday").lower()]
        rel = match.group("rel").lower()
        if _REL_SHIFT[rel] < 0:
            back = (base.weekday() - weekday) % 7 or 7
            return TimeValue.day(base - dt.timedelta(days=back))
        if _REL_SHIFT[rel] > 0:
            ahead = (weekday - base.weekday()) % 7 or 7
            return TimeValue.day(base + dt.timedelta(days=ahead))
        monday = base - dt.timedelta(days=base.weekday())
        return TimeValue.day(monday + dt.timedelta(days=weekday))
    if name == "rel_month":
        year = base.year + _REL_SHIFT[match.group("rel").lower()]
        return TimeValue.month(year, words.month(match.group("month")) or 1)
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


def _weekday_day(weekday: int, base: dt.date | None, future: bool = False) -> TimeValue | None:
    """"on Thursday" in news means the dateline's day if it is a Thursday,
    else the latest Thursday before it; in a sentence about what will happen,
    the coming Thursday."""
    if base is None:
        return None
    if future:
        return TimeValue.day(base + dt.timedelta(days=(weekday - base.weekday()) % 7))
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


# After "the" or a capitalised word, a short weekday may be part of a name
# ("The Sun, 3 March 2020", "Toronto Sun (3 March)"); after these it opens a date.
_BEFORE_SHORT_WEEKDAY = frozenset({"on", "from", "to", "till", "until", "by", "since", "and",
                                   "or", "before", "after", "between", "through", "dated"})
_WORD_BEFORE = regex.compile(r"([\p{L}\p{M}]+)[ \t\u00a0]+\Z")


def _may_open_date(weekday: str, text: str, start: int) -> bool:
    if len(weekday.rstrip(".")) > 5 or not weekday.isascii():
        return True  # a weekday's full name
    before = _WORD_BEFORE.search(text, max(0, start - 24), start)
    if before is None:
        return True
    word = before.group(1)
    return word.lower() in _BEFORE_SHORT_WEEKDAY or not (word.lower() == "the" or word[0].isupper())


def _resolved(resolve: Callable[..., Resolved | None], *args: object) -> Resolved | None:
    """A date resolved against the base date, or None (not known) when it
    falls off the calendar: "yesterday" in an article dated 0001-01-01."""
    try:
        return resolve(*args)
    except (OverflowError, ValueError):
        return None


THE_BEFORE = regex.compile(r"(?<![\p{L}\p{M}])(?i:the)[ \t\u00a0]+\Z")
_WEEKDAY_LEADS = frozenset({"dmy", "mdy", "numeric", "dm", "md"})  # a weekday may stand before the date


def _read(name: str, match: regex.Match[str], base: dt.date | None, language: str, words: DateWords,
          future: bool = False) -> DateExpr | None:
    text = match.group()
    start, end = match.span()
    weekday_word = match.groupdict().get("weekday")
    if weekday_word and not _may_open_date(weekday_word, match.string, start):
        return None  # "The Sun, 3 March 2020": a name; the date is read from its day
    if weekday_word and name in _WEEKDAY_LEADS and match.start("weekday") == start and \
            words.weekday_stated_after.match(match.string, end):
        return None  # "... the second Saturday, March 14 is a Sunday": read from the date's own day
    weekday = words.weekday(weekday_word) if weekday_word else None
    try:
        if name in {"dmy", "mdy"}:
            month = words.month(match.group("month"))
            day = dt.date(int(match.group("year")), month or 0, int(match.group("day")))
            return DateExpr(start, end, text, "date", TimeValue.day(day), weekday)
        if name == "numeric":
            first, second = int(match.group("a")), int(match.group("b"))
            if match.group("sep") != match.group("sep2"):
                return None
            if match.group("sep") == "/" and first <= 12 and second <= 12:
                return None  # 03/04/2020: day or month first? Unclear, so no date
            number, month = (second, first) if match.group("sep") == "/" and second > 12 else (first, second)
            written = TimeValue.day(dt.date(int(match.group("y")), month, number))
            return DateExpr(start, end, text, "date", written, weekday)
        if name == "iso":
            return DateExpr(start, end, text, "date", TimeValue.day(dt.date.fromisoformat(text)))
        if name == "my":
            word = match.group("month")
            if word.lower() == "may" and word != "May":
                return None
            month = words.month(word) or 1
            return DateExpr(start, end, text, "date", TimeValue.month(int(match.group("year")), month))
        if name == "range":
            first, second = int(match.group("y1")), match.group("y2")
            last = int(second) if len(second) == 4 else first // 100 * 100 + int(second)
            if not first < last <= first + 30:
                return None
            return DateExpr(start, end, text, "range", TimeValue.years(first, last))
        if name == "year":
            return DateExpr(start, end, text, "year", TimeValue.year(int(match.group("year"))))
        if name == "fiscal":
            first_year = _fiscal_start(match.group("fy"), match.group("fy2"))
            return DateExpr(start, end, text, "range", TimeValue.years(first_year, first_year + 1)) \
                if first_year else None
        if name == "rel_fiscal":
            if base is None:
                return DateExpr(start, end, text, "range", None)
            current = base.year if base.month >= 4 else base.year - 1
            first_year = current + _REL_SHIFT[match.group("rel").lower()]
            return DateExpr(start, end, text, "range", TimeValue.years(first_year, first_year + 1))
        if name == "month_edge":
            word = match.group("month")
            if word.isascii() and not word[0].isupper():
                return None
            month = words.month(word) or 1
            opening = match.group("edge").lower() in {"first", "पहले", "पहली"}
            edge = 1 if opening else calendar.monthrange(base.year if base else 2001, month)[1]
            nearest = _resolved(_nearest_day, month, edge, base) if base else None
            if nearest is not None and not opening:
                nearest = nearest.replace(day=calendar.monthrange(nearest.year, month)[1])
            return DateExpr(start, end, text, "date", TimeValue.day(nearest) if nearest else None,
                            year_given=False)
        if name in {"dm", "md"}:
            word = match.group("month")
            if word.isascii() and not word[0].isupper():
                return None  # "may 5": the verb
            month = words.month(word) or 1
            number = int(fold(match.group("day")))
            nearest = _resolved(_nearest_day, month, number, base) if base else None
            inferred = TimeValue.day(nearest) if nearest else None
            return DateExpr(start, end, text, "date", inferred, weekday, year_given=False)
        if name == "bare_month":
            word = match.group("month")
            if word.isascii() and not word[0].isupper():
                return None
            return DateExpr(start, end, text, "relative", _resolved(_relative, match, name, base, words))
        if name == "rel_weekday" and THE_BEFORE.search(match.string, max(0, start - 5), start):
            # "the previous Sunday", "the last Sunday of the month": the story's, not the dateline's
            return DateExpr(start, end, text, "relative", None, weekday)
        if name in {"rel_month", "rel_unit", "rel_day", "ago", "rel_weekday"}:
            relative = _resolved(_relative, match, name, base, words)
            return DateExpr(start, end, text, "relative", relative, weekday)
        if name == "weekday":
            if weekday_word and weekday_word[0].islower() and weekday_word.isascii():
                return None
            return DateExpr(start, end, text, "weekday", _resolved(_weekday_day, weekday or 0, base, future),
                            weekday)
        if name == "unknown_month":
            if language in FAST_PATH_LANGUAGES or match.group("word").lower() in words.months:
                return None
            parsed = _dateparser_day(text, language)
            return DateExpr(start, end, text, "date", TimeValue.day(parsed)) if parsed else None
    except ValueError:
        return None
    return None


FISCAL_KEY = regex.compile(r"(?:[qh][1-4])?fy(?:'?\d{2,4})?")  # "FY18", "Q2FY18", "FY" before its year
FISCAL_WORDS = frozenset({"fiscal", "financial", "वित्त", "वित्तीय"})  # "last fiscal", "पिछले वित्त वर्ष"
TODAY_SINCE = regex.compile(rf"{SEP}(?:since|that){E}", regex.I)  # "ten years today since"
NUMERIC_START = regex.compile(r"[./-][01]?\d[./-](?:19|20)\d\d")  # "31.08.2020" after its day
AGO_UNITS = frozenset(fold(u) for u in (*_UNIT, "years", "months", "weeks", "days"))
TENS = frozenset(_TENS.split("|"))
NEEDS_MONTH_OR_UNIT = frozenset(
    {fold(w) for w in (*_NUMBERS, "in", "during", "since", "until", "till", "by", "early", "late", "mid")})
# "this", "last", "इस": a date only before a month, a unit or a weekday ("this week", "last Monday")
SHIFTS = frozenset(fold(w) for w in _REL_SHIFT)


def _future(keys: list[str], starts: list[int], index: int, text: str, after: int) -> bool:
    """Does the sentence around a weekday speak of what will happen? A Hindi
    clause ends in its verb, however far: "सोमवार सुबह 11 बजे वित्त मंत्री लोकसभा में
    बजट पेश करेंगी" (to the clause's end, text[after:])."""
    if any(FUTURE_AFTER.search(key) for key in keys[index + 1 : index + 7]):
        return True
    if not "\u0900" <= keys[index][:1] <= "\u097f":
        return _future_before(keys, starts, index, text) or _future_after(keys, starts, index, text)
    if not FUTURE_BEFORE.isdisjoint(keys[max(0, index - FUTURE_NEAR) : index]):
        return True
    clause_end = HINDI_CLAUSE_END.search(text, after, after + HINDI_CLAUSE_REACH)
    stop = clause_end.start() if clause_end else after + HINDI_CLAUSE_REACH
    return HINDI_FUTURE_VERB.search(text, after, stop) is not None


def _future_before(keys: list[str], starts: list[int], index: int, text: str) -> bool:
    """Before an English weekday, in its sentence and with no verb of the
    past between: a word of FUTURE_BEFORE within FUTURE_NEAR words, or an
    auxiliary (FUTURE_AUXILIARIES) within FUTURE_REACH."""
    first = max(0, index - FUTURE_REACH)
    begins = [m.end() for m in SENTENCE_BEGINS.finditer(text, starts[first], starts[index])]
    sentence_start = begins[-1] if begins else -1
    for at in range(index - 1, first - 1, -1):
        if starts[at] < sentence_start:
            return False
        key = keys[at]
        if key in FUTURE_AUXILIARIES or (key in FUTURE_BEFORE and index - at <= FUTURE_NEAR):
            return True
        if key == "to" and index - at <= FUTURE_NEAR and _to_come(keys, starts, at, text):
            return True
        if (key in PAST_VERBS or (key.endswith("ed") and key not in NOT_PAST)) and \
                not (at > 0 and keys[at - 1] in {"be", "being"}):  # "will be sworn in on Monday"
            return False
    return False


# Words that may stand between an English weekday and the auxiliary right after it
# ("on Tuesday evening will"); any other word ends the search ("on Tuesday said it will").
WEEKDAY_AFTER = frozenset({"morning", "afternoon", "evening", "night", "also", "too"})
TO_BE = frozenset({"is", "are", "am"})


def _future_after(keys: list[str], starts: list[int], index: int, text: str) -> bool:
    """Does a future auxiliary follow an English weekday in its clause: "A on
    Monday will hand over charge", "the Bill on Friday is set to be passed"?"""
    for at in range(index + 1, len(keys)):
        if any(mark in text[starts[at - 1] : starts[at]] for mark in ".;:!?"):
            return False
        key = keys[at]
        if key in FUTURE_AUXILIARIES:
            return True
        if key in TO_BE:
            following = keys[at + 1] if at + 1 < len(keys) else ""
            return following in FUTURE_BEFORE or following == "to"
        if key not in WEEKDAY_AFTER:
            return False
    return False


def _to_come(keys: list[str], starts: list[int], at: int, text: str) -> bool:
    """Is the "to" at `at` a verb's to come: "Kovind to take oath on Tuesday" (a
    headline's future), "The PM is to visit Hanoi on Friday"; not "went to Delhi"?"""
    if at == 0 or at + 1 >= len(keys):
        return False
    subject, verb = text[starts[at - 1] : starts[at]].strip(), keys[at + 1]
    written = text[starts[at + 1] : starts[at + 1] + len(verb)]
    shouted = subject.isupper() and written.isupper()
    if not (verb.isascii() and verb.isalpha() and (written.islower() or shouted)) or verb in NOT_A_VERB:
        return False
    return keys[at - 1] in {"is", "are", "am"} or (subject[:1].isupper() and subject.isalpha() and
                                                 keys[at - 1] not in NOT_A_SUBJECT)


def _day_before_month(keys: list[str], index: int, months: dict[str, int]) -> bool:
    """"10 December", "10th of December": a day number followed by a month."""
    if index + 1 >= len(keys):
        return False
    following = keys[index + 1]
    if following == "of" and index + 2 < len(keys):
        following = keys[index + 2]
    return following in months and DAYISH.match(keys[index]) is not None


def find_dates(text: str, start: int, end: int, base: dt.date | None, language: str,
               tokens: Tokens | None = None, *, date_words: DateWords) -> list[DateExpr]:
    """Date expressions in text[start:end], left to right, never overlapping,
    with the month and weekday names of `date_words` (the knowledge's:
    `knowledge.date_words`).

    Only words that can begin a date expression (a digit, a month, a weekday,
    a relative word) are tried, so most of the text costs one set look-up."""
    known = date_words
    months, weekdays, triggers, scanners = known.months, known.weekdays, known.triggers, known.scanners
    words = tokens if tokens is not None else tokenize(text, start, end)
    keys, starts, ends = words.keys, words.starts, words.ends
    found: list[DateExpr] = []
    position = start
    fast = language in FAST_PATH_LANGUAGES
    # Most words begin no date: find those that may, in one pass over the keys.
    may_start = known.may_start
    if len(may_start) > MAY_START_LIMIT:
        may_start.clear()
    begins = list(map(may_start.get, keys))
    if None in begins:
        # each new word answered once, however often the article writes it
        unknown = list(itertools.compress(itertools.count(),
                                          map(operator.is_, begins, itertools.repeat(None))))
        # answered here, not read back from the memo, which another thread may clear meanwhile
        answered = {key: key in triggers or key[0].isdigit() or key == "ago"
                    or (key[0] in "fqh" and FISCAL_KEY.fullmatch(key) is not None)
                    for key in set(map(keys.__getitem__, unknown))}
        may_start.update(answered)
        if len(unknown) * 8 < len(keys):  # a few new words: only theirs answered again
            for index in unknown:
                begins[index] = answered[keys[index]]
        else:  # a long article meeting the memo cold: all again, in C
            begins = list(map(answered.get, keys, begins))
    maybe = list(itertools.compress(itertools.count(), begins))
    count = len(keys)
    for index in maybe:
        at = starts[index]
        if at < position or at >= end:
            continue
        key = keys[index]
        first = index  # the word the date is read from
        if key == "ago" and index >= 2 and keys[index - 1] in AGO_UNITS:
            first = index - 2  # "a year ago" reads from its "a"
            if first >= 1 and keys[first - 1] in TENS:
                first -= 1  # "twenty-five years ago" from its "twenty"
            at = starts[first]
            if at < position:
                continue
        elif key == "today" and index >= 2 and keys[index - 1] in AGO_UNITS and \
                TODAY_SINCE.match(text, ends[index]) and starts[index - 2] >= position:
            first = index - 2  # "It is ten years today since ..." reads from its "ten"
            if first >= 1 and keys[first - 1] in TENS:
                first -= 1
            at = starts[first]
        elif key[0].isdigit():
            after = ends[index]
            if not (YEARISH.match(key) or not fast or _day_before_month(keys, index, months)
                    or (index + 1 < count and keys[index + 1] in AGO_UNITS)
                    or (text[after : after + 1] in {".", "/", "-"}
                        and NUMERIC_START.match(text, after))):
                continue  # a number that starts no date: 45 people, 1,000 crore
        elif key not in triggers:
            if key[0] not in "fqh" or FISCAL_KEY.fullmatch(key) is None:
                continue
        elif index and keys[index - 1] in TENS and key in _NUMBERS:
            continue  # "twenty five years ago": read from its "twenty", at "ago"
        elif key in NEEDS_MONTH_OR_UNIT and (
                index + 1 >= count or (keys[index + 1] not in months
                                       and keys[index + 1] not in AGO_UNITS)):
            continue  # "in", "by", "two": a date only before a month ("in December") or a unit
        elif key in SHIFTS and (index + 1 >= count or (keys[index + 1] not in months
                                                       and keys[index + 1] not in AGO_UNITS
                                                       and keys[index + 1] not in weekdays
                                                       and keys[index + 1] not in FISCAL_WORDS)):
            continue  # "this time", "last said", "इस बार"
        first_key = keys[first]
        hit = None
        if first_key in months and IN_BEFORE.search(text, max(start, at - 4), at):
            # "in December last year" reads from its "in"
            hit = scanners["word"].match(text, text.rindex("n", 0, at) - 1, end)
        hit = hit or scanners[known.kind_of(first_key)].match(text, at, end)
        if hit is None:
            continue
        name, pattern = known.compiled[int((hit.lastgroup or "_0")[1:])]
        # as the scanner matched; "ago" looks ahead past its match ("ten years today since")
        match = pattern.match(text, hit.start(), end if name == "ago" else hit.end())
        future = name == "weekday" and _future(keys, starts, index, text, ends[index])
        expr = _read(name, match, base, language, known, future) if match else None
        if expr is not None:
            found.append(expr)
            position = hit.end()
    return _with_weekdays(found, text, known) if found else found


WEEKDAY_CLOSE = regex.compile(r"[ \t]*\)")


def _with_weekdays(found: list[DateExpr], text: str, words: DateWords) -> list[DateExpr]:
    """Dates joined with the weekday written beside them, so that the
    weekday is checked against the date."""
    joined: list[DateExpr] = []
    index = 0
    while index < len(found):
        expr = found[index]
        following = found[index + 1] if index + 1 < len(found) else None
        pair = _pair(expr, following, text, words) if following is not None else None
        if pair is not None:
            joined.append(pair)
            index += 2
        else:
            joined.append(_short_beside(expr, text, words))
            index += 1
    return joined


def _short_beside(expr: DateExpr, text: str, words: DateWords) -> DateExpr:
    """A date with the short weekday in brackets beside it, or the date as it was."""
    if expr.kind != "date" or expr.weekday is not None:
        return expr
    start, end = expr.start, expr.end
    after = words.short_after.match(text, end)
    before = words.short_before.search(text, max(0, start - 12), start)
    closing = WEEKDAY_CLOSE.match(text, end)
    if after is not None:
        word, end = after.group("weekday"), after.end()
    elif before is not None and closing is not None and _may_open_date(
            before.group("weekday"), text, before.start()):
        word, start, end = before.group("weekday"), before.start(), closing.end()
    else:
        return expr
    return DateExpr(start, end, text[start:end], "date", expr.value,
                    words.weekday(word), expr.year_given)


def _pair(first: DateExpr, second: DateExpr, text: str, words: DateWords) -> DateExpr | None:
    between = text[first.end : second.start]
    if first.kind == "date" and first.weekday is None and second.kind == "weekday":
        date, weekday, opener = first, second, words.weekday_after.match(text, first.end)
        if opener is None or opener.end() != second.start or (opener.group().strip().startswith("(")
                              and not WEEKDAY_CLOSE.match(text, second.end)):
            return None
    elif first.kind == "weekday" and second.kind == "date" and second.weekday is None:
        date, weekday = second, first
        if not regex.fullmatch(r"[ \t]*\([ \t]*", between) or not WEEKDAY_CLOSE.match(text, second.end):
            return None
    else:
        return None
    start, end = min(first.start, second.start), max(first.end, second.end)
    closing = WEEKDAY_CLOSE.match(text, end)
    if closing and "(" in between:
        end = closing.end()
    return DateExpr(start, end, text[start:end], "date", date.value, weekday.weekday, date.year_given)
