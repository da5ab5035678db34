"""Parse dates of day, month or year precision, and format them for people and machines."""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass

from briefing.fastpickle import fast_pickle

_ISO = re.compile(r"^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$")
_ISO_WITH_TIME = re.compile(r"^(\d{4}-\d{2}-\d{2})[T ]\d{2}:\d{2}(?::\d{2}(?:\.\d+)?)?\s*(?:Z|[+-]\d{2}:?\d{2})?$")
MONTHS = ("January", "February", "March", "April", "May", "June", "July", "August",
          "September", "October", "November", "December")


@fast_pickle
@dataclass(frozen=True, slots=True, order=True)
class PartialDate:
    """A publication date known to the day, the month or only the year."""

    year: int
    month: int = 0
    day: int = 0

    @property
    def precision(self) -> str:
        """Return "day", "month" or "year"."""
        return "day" if self.day else "month" if self.month else "year"

    def iso(self) -> str:
        """Return the ISO 8601 form at this precision: 2019-02-08, 2019-02 or 2019."""
        if self.day:
            return f"{self.year:04d}-{self.month:02d}-{self.day:02d}"
        return f"{self.year:04d}-{self.month:02d}" if self.month else f"{self.year:04d}"

    def human(self) -> str:
        """Return the date as a reader would write it: 8 February 2019, February 2019, 2019."""
        if self.day:
            return f"{self.day} {MONTHS[self.month - 1]} {self.year}"
        return f"{MONTHS[self.month - 1]} {self.year}" if self.month else str(self.year)

    def month_name(self) -> str:
        """Return the month's name, or "" when only the year is known."""
        return MONTHS[self.month - 1] if self.month else ""

    def first_day(self) -> dt.date:
        """Return the earliest calendar day this date can mean (for feeds and sorting)."""
        return dt.date(self.year, self.month or 1, self.day or 1)


def parse_date(value: object) -> PartialDate:
    """Parse YYYY-MM-DD, YYYY-MM, YYYY or an ISO timestamp; raise ValueError saying what is accepted."""
    if isinstance(value, dt.date):
        return PartialDate(value.year, value.month, value.day)
    text = str(value).strip()
    timestamp = _ISO_WITH_TIME.match(text)
    if timestamp:
        text = timestamp.group(1)
    match = _ISO.match(text)
    if not match:
        raise ValueError(f"expected a date as YYYY-MM-DD, YYYY-MM or YYYY, got {text!r}")
    year, month, day = (int(g) if g else 0 for g in match.groups())
    if match.group(2) and not 1 <= month <= 12:
        raise ValueError(f"{text!r} has no month {month}")
    if day:
        try:
            dt.date(year, month, day)
        except ValueError:
            raise ValueError(f"{text!r} is not a day of the calendar") from None
    return PartialDate(year, month, day)
