"""Regenerate the README screenshots from the real windows (Chinese, demo territory).

    QT_QPA_PLATFORM=offscreen python tools/screenshots.py   # or under xvfb-run

Writes docs/screenshot-*.png: the dealer list, a dealer file, preparation, pipeline, contracts
and the roster import history (``--only import-history`` writes just that one).
"""

from __future__ import annotations

import os
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))


def main(argv: list[str]) -> int:
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    home = Path(tempfile.mkdtemp(prefix="dd-shots-"))
    os.environ["DEALERDESK_HOME"] = str(home)
    from PySide6.QtTest import QTest

    from desktop.app import build_main_window, create_application
    from desktop.services.demo import territory as demo
    from desktop.services.context import ServiceContext
    from desktop.ui.operations import wait_for_idle

    app = create_application(["shots"], "zh_CN")
    ctx = ServiceContext.open("sqlite:///" + (home / "demo.sqlite3").as_posix(), "王春梅")
    demo.generate(ctx, 400, seed=1)
    window = build_main_window(ctx, "zh_CN")
    window.resize(1440, 820)
    window.show()
    window.after_shown()  # as the app does: sections built later load their data too
    view = window.sections["dealers"]
    loaded = []
    view.loaded.connect(loaded.append)
    view.reload()
    while not loaded:
        QTest.qWait(20)
    QTest.qWait(200)
    out = ROOT / "docs"
    if argv[-2:] == ["--only", "import-history"]:
        _import_history(window, home, out, QTest, wait_for_idle)
        return 0
    window.grab().save(str(out / "screenshot-dealers.png"))
    row = next(i for i in range(view.model.rowCount()) if view.model.row_at(i).verified)
    view.table.selectRow(row)
    view.open_selected()
    dialog = view.last_dialog
    while not dialog.ui.tabs.isEnabled() or not dialog.dealer.id:
        QTest.qWait(20)
    dialog.resize(960, 760)
    QTest.qWait(200)
    dialog.grab().save(str(out / "screenshot-dealer-file.png"))
    dialog.ui.tabs.setCurrentIndex(1)
    QTest.qWait(100)
    dialog.grab().save(str(out / "screenshot-dealer-findings.png"))
    dialog.close()
    _sections(window, out, QTest, wait_for_idle)
    _import_history(window, home, out, QTest, wait_for_idle)
    wait_for_idle()
    print("screenshots written to docs/")
    return 0


def _sections(window, out: Path, QTest, wait_for_idle) -> None:
    """Preparation (a dealer with a held meeting), pipeline and contracts."""
    from desktop.services.negotiation import meetings

    keys = [window.nav_list.item(i).data(0x0100) for i in range(window.nav_list.count())]
    meeting = meetings.list_meetings(window.app.ctx)[0]
    window.nav_list.setCurrentRow(keys.index("dossier"))
    window.sections["dossier"].open_dealer(meeting.dealer_id, meeting.id)
    for key, name in (("dossier", "preparation"), ("pipeline", "pipeline"), ("contracts", "contracts")):
        window.nav_list.setCurrentRow(keys.index(key))
        for _ in range(40):
            QTest.qWait(50)
        wait_for_idle()
        QTest.qWait(300)
        window.grab().save(str(out / f"screenshot-{name}.png"))


def _import_history(window, home: Path, out: Path, QTest, wait_for_idle) -> None:
    """File ▸ Import history after three rosters (one by a colleague, the last one undone)."""
    from openpyxl import Workbook

    from desktop.services.dealers import listing
    from desktop.services.rosters import history as roster_history, read as roster_import, commit as roster_write
    from desktop.services.context import ServiceContext

    ctx = window.app.ctx
    colleague = ServiceContext.open(ctx.engine.url.render_as_string(hide_password=False), "李明")
    known = [row for row in listing.list_rows(ctx) if row.city == "杭州"][:3]
    head = ["车商名称", "城市", "区县", "联系人", "联系电话", "年新车销量"]
    hangzhou = [[row.legal_name, "杭州", row.district, row.contact_name, row.contact_phone, (row.annual_sales or 0) + 120]
                for row in known]
    hangzhou += [[f"杭州{name}汽车销售服务有限公司", "杭州", district, "", f"1385711{n:04d}", 900 + 37 * n]
                 for n, (name, district) in enumerate((("骏通丰田", "拱墅区"), ("运通奥迪", "西湖区"), ("宏达别克", "余杭区"),
                                                       ("东恒吉利", "萧山区"), ("骏通丰田", "拱墅区")))]
    hangzhou.append(["杭州新程汽车有限公司", "杭州", "临平区", "", "0571-8888", 300])
    ningbo = [[f"宁波{name}汽车销售有限公司", "宁波", "鄞州区", "", "", 600 + 45 * n]
              for n, name in enumerate(("中升雷克萨斯", "永达宝马", "远通比亚迪", "华顺红旗", "利星奔驰", "中通大众", "骏达长安"))]
    wenzhou = [[f"温州{name}汽车服务有限公司", "温州", "鹿城区", "", "", 400 + 25 * n]
               for n, name in enumerate(("瑞立现代", "天和日产"))]
    for who, name, sheet, rows, mode in ((ctx, "2026年杭州市车商名录.xlsx", "杭州", hangzhou, "upsert"),
                                         (colleague, "宁波车商摸底表.xlsx", "摸底", ningbo, "create"),
                                         (ctx, "温州补充名单.xlsx", "Sheet1", wenzhou, "upsert")):
        book = Workbook()
        book.active.title = sheet
        for row in [head, *rows]:
            book.active.append(row)
        path = home / name
        book.save(path)
        result = roster_write.commit(who, roster_import.analyse(who, roster_import.open_roster(who, path), mode))
    roster_history.undo(ctx, result.import_id)
    colleague.dispose()
    view = window.sections["dealers"]
    view.import_history()
    dialog = view.import_history_dialog
    dialog.resize(1180, 320)
    for _ in range(20):
        QTest.qWait(50)
    wait_for_idle()
    QTest.qWait(300)
    dialog.table.selectRow(1)
    QTest.qWait(100)
    dialog.grab().save(str(out / "screenshot-import-history.png"))
    dialog.close()


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
