"""Regenerate the README screenshots from the real windows (Chinese, demo territory).

    QT_QPA_PLATFORM=offscreen python tools/screenshots.py   # or under xvfb-run

Writes docs/screenshot-dealers.png and docs/screenshot-dealer-file.png.
"""

from __future__ import annotations

import os
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))


def main() -> int:
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    home = Path(tempfile.mkdtemp(prefix="dd-shots-"))
    os.environ["DEALERDESK_HOME"] = str(home)
    from PySide6.QtTest import QTest

    from desktop.app import build_main_window, create_application
    from desktop.services import demo
    from desktop.services.context import ServiceContext
    from desktop.ui.tasks import wait_for_idle

    app = create_application(["shots"], "zh_CN")
    ctx = ServiceContext.open("sqlite:///" + (home / "demo.sqlite3").as_posix(), "王春梅")
    demo.generate(ctx, 400, seed=1)
    window = build_main_window(ctx, "zh_CN")
    window.resize(1440, 820)
    window.show()
    view = window.sections["dealers"]
    loaded = []
    view.loaded.connect(loaded.append)
    view.reload()
    while not loaded:
        QTest.qWait(20)
    QTest.qWait(200)
    out = ROOT / "docs"
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
    wait_for_idle()
    print("screenshots written to docs/")
    return 0


def _sections(window, out: Path, QTest, wait_for_idle) -> None:
    """Preparation (a dealer with a held meeting), pipeline and contracts."""
    from desktop.services import meetings

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


if __name__ == "__main__":
    sys.exit(main())
