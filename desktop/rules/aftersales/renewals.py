"""The renewal worklist's rules (续保, SOP 2.6), pure: which bucket an expiring policy is in, what
its follow-up status is, when it has lapsed (脱保)."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from desktop.rules.aftersales.kpis import RENEW_AFTER

BUCKETS = (30, 60, 90)  # days left: within 30, 31–60, 61–90
CHANNELS = ("phone", "wechat", "sms", "visit")
RESULTS = ("no_answer", "call_back", "quoted", "renewed_us", "renewed_elsewhere", "car_sold", "lapsed")
CLOSING = ("renewed_us", "renewed_elsewhere", "car_sold", "lapsed")  # a result that ends the follow-up
CONTACT_EVERY = 7  # days: an open policy in the 30-day bucket not contacted for this long is due a contact


def bucket(ends_on: date, today: date) -> int | None:
    """30, 60 or 90 for a policy ending within that many days (0 or more); None otherwise."""
    left = (ends_on - today).days
    if left < 0:
        return None
    for limit in BUCKETS:
        if left <= limit:
            return limit
    return None


def status(ends_on: date, today: date, renewed: bool, last_result: str) -> str:
    """renewed (a renewal policy with us is on file), closed (the last contact ended the follow-up),
    lapsed (脱保: ended more than RENEW_AFTER days ago, or today past its end with no renewal), open."""
    if renewed or last_result == "renewed_us":
        return "renewed"
    if last_result in CLOSING:
        return "closed" if last_result != "lapsed" else "lapsed"
    if (today - ends_on).days > 0:
        return "lapsed"
    return "open"


def contact_due(state: str, ends_on: date, today: date, last_contact: date | None) -> bool:
    """An open policy ending within 30 days that nobody has contacted in CONTACT_EVERY days, or a lapsed one never followed up after its end."""
    if state == "lapsed":
        return last_contact is None or last_contact <= ends_on
    if state != "open" or bucket(ends_on, today) != 30:
        return False
    return last_contact is None or (today - last_contact).days >= CONTACT_EVERY


@dataclass
class RenewalLine:
    """One policy of the worklist."""

    policy_id: int
    policy_no: str
    dealer_id: int
    dealer_name: str
    plate: str
    coverage: str
    premium: object
    ends_on: date
    days_left: int
    bucket: int | None
    status: str
    owner_staff_id: int | None = None
    owner: str = ""
    last_contact: date | None = None
    last_result: str = ""
    contacts: int = 0
    due: bool = False
    holder_name: str = ""  # personal data: filled only when asked for
    holder_phone: str = ""
