"""How the scorecard windows show figures: the rows of a scorecard, money and rates in the user's
language, the traffic-light colours. GUI thread, no database."""

from __future__ import annotations

from PySide6.QtGui import QBrush, QColor

from desktop.i18n import t
from desktop.rules.aftersales.kpis import Figures
from desktop.rules.money import fmt_percent, fmt_yuan

# (figure, is a rate, the contract term judging it)
ROWS = (("premium", False, "monthly_premium"), ("premium_new_car", False, ""), ("premium_renewal", False, ""),
        ("premium_transfer", False, ""), ("referral_amount", False, "referral"), ("referral_ratio", True, ""),
        ("new_car_rate", True, "take_up"), ("renewal_rate", True, "renewal_rate"))
LIGHTS = {"met": "#2e7d32", "at_risk": "#ef8f00", "missed": "#c62828", "green": "#2e7d32", "amber": "#ef8f00", "red": "#c62828"}


def label(figure: str, lang: str) -> str:
    return t(f"aftersales.kpi.{figure}", lang)


def value(f: Figures, figure: str, rate: bool, lang: str) -> str:
    v = getattr(f, figure)
    if v is None:
        return "—"
    return fmt_percent(v * 100) if rate else fmt_yuan(v, lang)


def target_text(mark, rate: bool, lang: str) -> str:
    if mark is None or mark.target is None:
        return ""
    return fmt_percent(mark.target * 100) if rate else fmt_yuan(mark.target, lang)


def status_text(status: str | None, lang: str) -> str:
    return t(f"aftersales.status.{status}", lang) if status else ""


def brush(status: str | None) -> QBrush | None:
    colour = LIGHTS.get(status or "")
    return QBrush(QColor(colour)) if colour else None


SHORT = {name: f"aftersales.kpi.short.{name}" for name in ("referral_amount", "premium_new_car", "premium_renewal",
                                                          "referral_ratio", "new_car_rate", "renewal_rate")}


def short_label(figure: str, lang: str) -> str:
    """A figure's name where a table heading has little room (the full one as its tooltip)."""
    return t(SHORT[figure], lang) if figure in SHORT else label(figure, lang)


def share_text(v) -> str:
    return "—" if v is None else fmt_percent(v * 100)
