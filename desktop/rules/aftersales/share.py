"""Our share of a dealer's insurance (pure): the premium we wrote through the dealer ÷ all the motor
premium the dealer places over the same months.

The dealer's total is not in the insurer's lists (they hold only our policies). It is the dealer
file's 自有保费规模 (``premium_scale``: the dealer's own premium a year, every insurer together, as
the survey found it), prorated: × months ÷ 12. Without it, the share is undefined (None), never
guessed from the sales figures, which count cars, not premium.
"""

from __future__ import annotations

from decimal import Decimal

from desktop.rules.aftersales.kpis import fraction


def dealer_volume(premium_scale, months: int) -> Decimal | None:
    """The dealer's whole insurance premium over ``months`` months, from its yearly scale."""
    if premium_scale is None or months <= 0 or Decimal(str(premium_scale)) <= 0:
        return None
    return (Decimal(str(premium_scale)) * months / 12).quantize(Decimal("0.01"))


def share(premium, premium_scale, months: int = 1) -> Decimal | None:
    """Our premium over ``months`` ÷ the dealer's volume then, as a fraction (4 places), or None."""
    return fraction(premium, dealer_volume(premium_scale, months))
