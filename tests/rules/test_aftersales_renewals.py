"""Renewal buckets at 90/60/30 days across month ends, lapse (脱保) and when a contact is due."""

from __future__ import annotations

from datetime import date

import pytest

from desktop.rules.aftersales.renewals import bucket, contact_due, status

TODAY = date(2026, 1, 31)  # month end: 30 days on is 2 March, 60 is 1 April, 90 is 1 May


@pytest.mark.parametrize("ends_on, expected", [
    (date(2026, 1, 31), 30), (date(2026, 3, 2), 30), (date(2026, 3, 3), 60), (date(2026, 4, 1), 60),
    (date(2026, 4, 2), 90), (date(2026, 5, 1), 90), (date(2026, 5, 2), None), (date(2026, 1, 30), None),
])
def test_buckets_across_month_ends(ends_on, expected):
    assert bucket(ends_on, TODAY) == expected, f"{ends_on} seen on {TODAY}"


def test_status_and_lapse():
    assert status(date(2026, 2, 10), TODAY, False, "") == "open"
    assert status(date(2026, 1, 30), TODAY, False, "") == "lapsed", "a day past its end with no renewal: 脱保"
    assert status(date(2026, 1, 30), TODAY, True, "") == "renewed", "a renewal policy on file"
    assert status(date(2026, 2, 10), TODAY, False, "car_sold") == "closed", "the follow-up ended"
    assert status(date(2026, 2, 10), TODAY, False, "renewed_us") == "renewed", "said so on the phone"


def test_contact_due_in_the_last_30_days_weekly_and_after_a_lapse():
    assert contact_due("open", date(2026, 2, 20), TODAY, None), "30-day bucket, never contacted"
    assert not contact_due("open", date(2026, 3, 20), TODAY, None), "60-day bucket: not yet"
    assert not contact_due("open", date(2026, 2, 20), TODAY, date(2026, 1, 25)), "contacted six days ago"
    assert contact_due("open", date(2026, 2, 20), TODAY, date(2026, 1, 24)), "seven days ago"
    assert contact_due("lapsed", date(2026, 1, 20), TODAY, date(2026, 1, 10)), "lapsed, not followed up since its end"
    assert not contact_due("lapsed", date(2026, 1, 20), TODAY, date(2026, 1, 25)), "followed up after the lapse"
