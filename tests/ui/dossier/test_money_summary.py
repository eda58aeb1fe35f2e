"""The windows' summaries write money by the documents' one rule: 900万元, not ¥9,000,000."""

from __future__ import annotations

from PySide6.QtWidgets import QLabel

from desktop.ui.operations import wait_for_idle
from tests.services.negotiation_setup import make_dealer


def test_the_dossier_summary_writes_money_in_wan_yuan(qtbot, make_window, ctx):
    dealer = make_dealer(ctx, name="嘉兴𠮷祥汽车销售服务有限公司（嘉兴分公司）")  # premium scale 9,000,000, new-car 70%
    window = make_window(qtbot, ctx, "zh_CN")
    try:
        view = window.sections["dossier"]
        with qtbot.waitSignal(view.loaded, timeout=20000):
            view.open_dealer(dealer.id)
        summary = view.findChild(QLabel, "file_summary_label").text()
        assert "900万元" in summary and "9,000,000" not in summary, f"money by the one rule: {summary}"
        assert "70%" in summary, "percentages without a space"
    finally:
        wait_for_idle()
        window.close()
        make_window(qtbot, ctx, "en").close()
        wait_for_idle()
