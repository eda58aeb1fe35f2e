"""One word for one thing in the Chinese windows: the branch's shared database is 机构数据库 (as the README
and the SOP say), never the literal 办公室数据库; the product is 车商渠道工作台 (the main window's name)."""

from __future__ import annotations

import xml.etree.ElementTree as ET
from pathlib import Path

TS = Path(__file__).resolve().parents[3] / "resources" / "translations" / "dealerdesk_zh_CN.ts"


def _translations() -> list[tuple[str, str]]:
    root = ET.parse(TS).getroot()
    return [(m.findtext("source") or "", m.findtext("translation") or "") for m in root.iter("message")]


def test_the_office_database_and_the_product_have_one_chinese_name():
    stray = [(src, zh) for src, zh in _translations() if "办公室数据库" in zh or "车商工作台" in zh]
    assert not stray, f"say 机构数据库 / 车商渠道工作台: {stray}"
    office = [zh for src, zh in _translations() if "office database" in src.lower() and "机构数据库" not in zh]
    assert not office, f"'office database' said otherwise: {office}"


def test_the_catalogues_below_the_windows_agree():
    from desktop.i18n import catalog_office

    stray = {key: zh for key, (_en, zh) in catalog_office.ENTRIES.items() if "办公室数据库" in zh or "车商工作台" in zh}
    assert not stray, stray
