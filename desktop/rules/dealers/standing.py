"""Where a dealer stands with us, as its file card prints it: tier, contract, next meeting.

A plain record the card's use case fills from the classification, contract and meeting areas;
the card words it. Pure data, no side effects.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, time


@dataclass
class Standing:
    tier: str = ""  # classification tier code ('' when never classified)
    contract_number: str = ""  # the newest contract's number with its revision ('' when none)
    contract_status: str = ""  # its status code
    contract_end: date | None = None
    meeting_day: date | None = None  # the next meeting not held or cancelled, from today on
    meeting_start: time | None = None
    meeting_kind: str = ""
    meeting_status: str = ""
