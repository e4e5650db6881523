"""Times with their precision: a day, a month, a year or a range of years."""

from __future__ import annotations

import calendar
import datetime as dt
from dataclasses import dataclass
from typing import Literal

import regex

Precision = Literal["day", "week", "month", "year", "range"]
_SPEC = regex.compile(r"^(\d{4})(?:-(\d{1,2})(?:-(\d{1,2}))?)?(?:/(\d{4}))?$")


@dataclass(frozen=True, slots=True)
class TimeValue:
    first: dt.date
    last: dt.date
    precision: Precision

    @classmethod
    def day(cls, value: dt.date) -> TimeValue:
        return cls(value, value, "day")

    @classmethod
    def month(cls, year: int, month: int) -> TimeValue:
        last_day = calendar.monthrange(year, month)[1]
        return cls(dt.date(year, month, 1), dt.date(year, month, last_day), "month")

    @classmethod
    def year(cls, year: int) -> TimeValue:
        return cls(dt.date(year, 1, 1), dt.date(year, 12, 31), "year")

    @classmethod
    def years(cls, first: int, last: int) -> TimeValue:
        return cls(dt.date(first, 1, 1), dt.date(last, 12, 31), "range")

    @classmethod
    def parse(cls, value: object) -> TimeValue:
        """Read a pack value: 2016, "2020-12", 2020-12-21 or "2015/2020"."""
        if isinstance(value, dt.datetime):
            return cls.day(value.date())
        if isinstance(value, dt.date):
            return cls.day(value)
        if isinstance(value, bool):
            raise ValueError("expected a year, YYYY-MM, YYYY-MM-DD or YYYY/YYYY")
        match = _SPEC.match(str(value).strip())
        if not match:
            raise ValueError(
                f"{value!r} is not a time: use a year (2016), a month (2020-12), "
                "a day (2020-12-21) or a range of years (2015/2020)"
            )
        year, month, day, until = match.groups()
        if until:
            if month or int(until) < int(year):
                raise ValueError(f"{value!r}: a range is two years, the first not after the second")
            return cls.years(int(year), int(until))
        if day:
            return cls.day(dt.date(int(year), int(month), int(day)))
        if month:
            if not 1 <= int(month) <= 12:
                raise ValueError(f"{value!r}: month must be 1 to 12")
            return cls.month(int(year), int(month))
        return cls.year(int(year))

    def widened(self, margin: dt.timedelta) -> TimeValue:
        """The same time with a margin either side (kept inside the calendar)."""
        first = self.first - margin if self.first > dt.date.min + margin else dt.date.min
        last = self.last + margin if self.last < dt.date.max - margin else dt.date.max
        return TimeValue(first, last, self.precision)

    def overlaps(self, other: TimeValue) -> bool:
        return self.first <= other.last and other.first <= self.last

    def label(self) -> str:
        if self.precision == "day":
            return self.first.isoformat()
        if self.precision == "month":
            return self.first.strftime("%B %Y")
        if self.precision == "year":
            return str(self.first.year)
        if self.precision == "week":
            return f"the week of {self.first.isoformat()}"
        return f"{self.first.year}–{self.last.year}"

    def spec(self) -> str:
        """The pack form of this value."""
        if self.precision == "day":
            return self.first.isoformat()
        if self.precision == "month":
            return f"{self.first.year}-{self.first.month:02d}"
        if self.precision == "year":
            return str(self.first.year)
        return f"{self.first.year}/{self.last.year}"


def agrees(known: TimeValue, stated: TimeValue) -> bool:
    """Does a stated time agree with a known one? A range stated for a known
    range must be that range ("the 2016-20 plan" is not the 2015-20 one);
    anything else need only overlap: a year within a known range may be the
    one it began in or one it covers ("the Joint Vision Statement of 2015", of
    2015-2020), and a known year within a range stated may be when in it the
    thing happened ("in financial year 2007-08")."""
    if stated.precision == "range" and known.precision == "range":
        return (known.first.year, known.last.year) == (stated.first.year, stated.last.year)
    return known.overlaps(stated)
