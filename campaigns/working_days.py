"""Working-day arithmetic: periods and reminders counted the way an office counts them.

A working day is a Monday to Friday that is not a public holiday of Vietnam (the PyPI
package ``holidays``: New Year, the Tết days off the government sets, Hùng Kings, 30/4,
1/5, 2/9 and their substitutes) nor a day off the office added for that year
(``CalendarDay``); a Saturday or Sunday the office marked as a make-up working day counts.

Conventions, used by every caller:

- ``add_working_days(start, n)`` is the n-th working day *after* ``start``
  (``start`` itself is not counted; n = 0 gives ``start``).
- ``period_end(start, n)`` is the last day of a period of n working days that opens on
  ``start`` (``start`` counts when it is a working day): a comment period of 5 working
  days opening on Monday 02/03 ends on Friday 06/03.
- ``working_days_between(a, b)`` counts the working days d with a < d <= b (negative
  when b is before a), so ``add_working_days(a, working_days_between(a, b)) <= b``.
"""

from datetime import date, timedelta

import holidays

from .models.calendar import CalendarDay, CalendarDayKind

ONE_DAY = timedelta(days=1)


class WorkingCalendar:
    """The working days of the years one computation touches, read from the database once per year."""

    def __init__(self):
        self._years: dict[int, tuple[frozenset, frozenset]] = {}

    def _year(self, year: int) -> tuple[frozenset, frozenset]:
        if year not in self._years:
            public = holidays.country_holidays("VN", years=year, language="vi")
            days_off = set(public)
            extra_working = set()
            for day, kind in CalendarDay.objects.filter(date__year=year).values_list("date", "kind"):
                if kind == CalendarDayKind.DAY_OFF:
                    days_off.add(day)
                else:
                    extra_working.add(day)
            self._years[year] = (frozenset(days_off), frozenset(extra_working))
        return self._years[year]

    def is_working_day(self, day: date) -> bool:
        days_off, extra_working = self._year(day.year)
        if day in extra_working:
            return True
        return day.weekday() < 5 and day not in days_off

    def holiday_name(self, day: date) -> str:
        """The public holiday's name (in Vietnamese, from ``holidays``), or the office's reason."""
        extra = CalendarDay.objects.filter(date=day).first()
        if extra is not None:
            return extra.reason
        return holidays.country_holidays("VN", years=day.year, language="vi").get(day, "")

    def add_working_days(self, start: date, n: int) -> date:
        step = ONE_DAY if n >= 0 else -ONE_DAY
        day, left = start, abs(n)
        while left:
            day += step
            if self.is_working_day(day):
                left -= 1
        return day

    def period_end(self, start: date, n: int) -> date:
        return self.add_working_days(start - ONE_DAY, n) if n > 0 else start

    def working_days_between(self, a: date, b: date) -> int:
        if b < a:
            return -self.working_days_between(b, a)
        count, day = 0, a
        while day < b:
            day += ONE_DAY
            count += self.is_working_day(day)
        return count


def is_working_day(day: date) -> bool:
    return WorkingCalendar().is_working_day(day)


def add_working_days(start: date, n: int) -> date:
    return WorkingCalendar().add_working_days(start, n)


def period_end(start: date, n: int) -> date:
    return WorkingCalendar().period_end(start, n)


def working_days_between(a: date, b: date) -> int:
    return WorkingCalendar().working_days_between(a, b)
