"""Working days skip weekends, Vietnam's public holidays (Tết included) and the office's extra days off."""

from datetime import date

import pytest

from campaigns.models import CalendarDay, CalendarDayKind
from campaigns.working_days import (
    WorkingCalendar,
    add_working_days,
    is_working_day,
    period_end,
    working_days_between,
)

pytestmark = pytest.mark.django_db


def test_tet_2026_days_off_are_not_working_days():
    # Tết Bính Ngọ: the government's days off run Mon 16/02 to Fri 20/02/2026.
    for day in range(16, 21):
        assert not is_working_day(date(2026, 2, day))
    assert is_working_day(date(2026, 2, 13))
    assert is_working_day(date(2026, 2, 23))


def test_one_working_day_after_the_friday_before_tet_is_the_monday_after_it():
    assert add_working_days(date(2026, 2, 13), 1) == date(2026, 2, 23)
    assert working_days_between(date(2026, 2, 13), date(2026, 2, 23)) == 1


def test_a_period_of_five_working_days_across_tet():
    # Opens Thursday 12/02: 12, 13, (Tết), 23, 24, 25.
    assert period_end(date(2026, 2, 12), 5) == date(2026, 2, 25)


def test_a_period_opening_on_a_weekend_starts_counting_on_monday():
    assert period_end(date(2026, 3, 7), 5) == date(2026, 3, 13)
    assert period_end(date(2026, 3, 9), 5) == date(2026, 3, 13)


def test_tet_2020_of_the_plan_year():
    # Tết Canh Tý: Thu 23/01 to Wed 29/01/2020.
    assert add_working_days(date(2020, 1, 22), 1) == date(2020, 1, 30)


def test_national_day_and_its_substitute_day_off_in_2026():
    # 2/9 and the day before it, plus Monday 31/08 (moved from Saturday 22/08).
    assert add_working_days(date(2026, 8, 28), 1) == date(2026, 9, 3)


def test_a_decreed_extra_day_off_is_not_counted():
    assert add_working_days(date(2026, 1, 1), 1) == date(2026, 1, 2)
    CalendarDay.objects.create(date=date(2026, 1, 2), reason="Nghỉ bù Tết Dương lịch theo thông báo")
    assert not is_working_day(date(2026, 1, 2))
    assert add_working_days(date(2026, 1, 1), 1) == date(2026, 1, 5)
    assert working_days_between(date(2025, 12, 31), date(2026, 1, 9)) == 5


def test_a_make_up_saturday_counts_as_a_working_day():
    CalendarDay.objects.create(date=date(2026, 1, 10), kind=CalendarDayKind.WORKING_DAY, reason="Làm bù")
    assert is_working_day(date(2026, 1, 10))
    assert add_working_days(date(2026, 1, 9), 1) == date(2026, 1, 10)


def test_counting_backwards_and_zero():
    assert add_working_days(date(2026, 2, 23), -1) == date(2026, 2, 13)
    assert add_working_days(date(2026, 2, 23), 0) == date(2026, 2, 23)
    assert working_days_between(date(2026, 2, 23), date(2026, 2, 13)) == -1
    assert period_end(date(2026, 2, 23), 0) == date(2026, 2, 23)


def test_holiday_names_are_vietnamese():
    calendar = WorkingCalendar()
    assert "Tết" in calendar.holiday_name(date(2026, 2, 17))


def test_the_calendar_reads_each_year_once(django_assert_max_num_queries):
    calendar = WorkingCalendar()
    with django_assert_max_num_queries(2):
        calendar.add_working_days(date(2026, 12, 20), 30)
