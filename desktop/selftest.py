"""``dealerdesk --self-test``: prove this installation works end to end, from source or frozen.

Every check works on files in one temporary folder and prints one line, ✓ or ✗ with a short
reason. A failure's traceback goes to ``self-test.log`` in the log folder, never to the screen.
Runs on the calling (main) thread; touches nothing of the user's but that log file.
"""

from __future__ import annotations

import logging
import os
import shutil
import sys
import tempfile
import traceback
from pathlib import Path
from typing import Callable

from desktop.errors import CheckFailed, require


def check_database(work: Path, state: dict) -> str:
    from desktop.persistence.migrate import HEAD, current_revision
    from desktop.services.context import ServiceContext

    url = "sqlite:///" + (work / "self-test.sqlite3").as_posix()
    ctx = ServiceContext.open(url, "self-test")
    state["ctx"] = ctx
    revision = current_revision(ctx.engine)
    require(revision == HEAD, f"schema at {revision}, expected {HEAD}")
    return f"temporary SQLite database migrated to {revision}"


def check_dealer(work: Path, state: dict) -> str:
    from desktop.rules.dealers import records as r
    from desktop.rules.dealers.uscc import make_uscc
    from desktop.services.dealers import files as dealers

    ctx = state.get("ctx")
    require(ctx is not None, "no database (see above)")
    dealer = r.Dealer(
        legal_name="杭州自检汽车销售服务有限公司", short_name="自检丰田", uscc=make_uscc("91330100MA2B3C4D5"),
        province="浙江省", city="杭州市", brands=["丰田"], dealer_type="4s", sources=["field", "web"],
        people=[r.KeyPerson(name="张自检", role="decision_maker")],
    )
    saved = dealers.save(ctx, dealer)
    again = dealers.get(ctx, saved.id)
    require(again.legal_name == dealer.legal_name, f"read back {again.legal_name!r}")
    require([p.name for p in again.people] == ["张自检"], "key person not read back")
    require(again.verified, "two sources but not verified")
    require(again.audit.created_by == "self-test", f"created by {again.audit.created_by!r}")
    return f"dealer #{again.id} saved and read back (version {again.audit.version})"


def check_spreadsheet(work: Path, state: dict) -> str:
    from openpyxl import Workbook
    from python_calamine import CalamineWorkbook

    path = work / "self-test.xlsx"
    rows = [["经销商名称", "城市", "年销量"], ["杭州自检汽车销售服务有限公司", "杭州市", 1200]]
    book = Workbook()
    for row in rows:
        book.active.append(row)
    book.save(path)
    read = CalamineWorkbook.from_path(str(path)).get_sheet_by_index(0).to_python()
    got = [[int(c) if isinstance(c, float) and c.is_integer() else c for c in row] for row in read]
    require(got == rows, f"read back {got!r}")
    return "xlsx written with openpyxl, read back with calamine"


def check_pdf(work: Path, state: dict) -> str:
    from pypdf import PdfReader

    from desktop.documents.selftest_pdf import render_selftest_pdf
    from desktop.documents.raster import render

    path = work / "self-test.pdf"
    expected = render_selftest_pdf(path)
    reader = PdfReader(str(path))
    require(len(reader.pages) == 1, f"{len(reader.pages)} pages")
    text = (reader.pages[0].extract_text() or "").replace("\n", "")
    require(expected in text, f"extracted {text.strip()[:40]!r}")
    fonts = reader.pages[0]["/Resources"]["/Font"]
    names = [str(fonts[key].get_object()["/BaseFont"]) for key in fonts]
    require(any("+" in name for name in names), f"CJK font not embedded as a subset: {names}")
    pixels = next(render(path, dpi=30))
    require(pixels.width > 0 and len(set(pixels.rgb[::97])) > 1, "pdfium rendered a blank page")
    return "one-page Chinese PDF rendered (font subset embedded), text extracted, page rasterised"


_progress: dict = {"check": "", "last_qt_warning": "", "log_path": None, "work": None}


def qt_message(message: str, fatal: bool) -> None:
    """Qt's messages go to the log; a fatal one (no platform plugin) still ends in one clear line."""
    logging.getLogger("dealerdesk.selftest").info("Qt: %s", message)
    first = message.strip().splitlines()[0] if message.strip() else ""
    if not fatal:
        _progress["last_qt_warning"] = first
        return
    # Qt aborts the process right after this: report first, then leave without a core dump.
    reason = _progress["last_qt_warning"] or first
    _say(f"{_marks()[1]} {_progress['check']}: Qt cannot start: {reason}"[:300])
    where = f"; details in {_progress['log_path']}" if _progress["log_path"] else ""
    _say(f"self-test failed: Qt aborted during the {_progress['check']} check{where}")
    logging.shutdown()
    if _progress["work"]:
        shutil.rmtree(_progress["work"], ignore_errors=True)
    os._exit(1)


def check_translations(work: Path, state: dict) -> str:
    from desktop.ui.selfcheck import check_translations as run  # the Qt half lives in desktop/ui

    return run(qt_message)


def check_window(work: Path, state: dict) -> str:
    ctx = state.get("ctx")
    require(ctx is not None, "no database (see above)")
    from desktop.ui.selfcheck import check_window as run

    return run(ctx, qt_message)


CHECKS: list[tuple[str, Callable[[Path, dict], str]]] = [
    ("database", check_database),
    ("dealer file", check_dealer),
    ("spreadsheet", check_spreadsheet),
    ("PDF", check_pdf),
    ("translations", check_translations),
    ("main window", check_window),
]


def _marks() -> tuple[str, str]:
    """✓/✗ where the console can show them (a GBK Windows console cannot), else OK/FAIL."""
    try:
        "✓✗".encode(sys.stdout.encoding or "ascii")
        return "✓", "✗"
    except (UnicodeEncodeError, LookupError):
        return "OK  ", "FAIL"


def _say(line: str) -> None:
    if sys.stdout is None:  # a windowed build without a console
        return
    try:
        sys.stdout.write(line + "\n")
    except UnicodeEncodeError:
        sys.stdout.write(line.encode("ascii", "replace").decode("ascii") + "\n")
    sys.stdout.flush()


def _log() -> tuple[logging.Logger, Path | None]:
    log = logging.getLogger("dealerdesk.selftest")
    log.propagate = False  # never let logging's last-resort handler print a traceback
    log.setLevel(logging.INFO)
    _close_log(log)
    try:
        from desktop.paths import log_dir

        path = log_dir() / "self-test.log"
        handler = logging.FileHandler(path, encoding="utf-8")
        handler.setFormatter(logging.Formatter("%(asctime)s %(levelname)s %(message)s"))
        log.addHandler(handler)
        return log, path
    except OSError:
        log.addHandler(logging.NullHandler())
        return log, None


def _close_log(log: logging.Logger) -> None:
    for handler in list(log.handlers):
        log.removeHandler(handler)
        handler.close()


def _reason(err: BaseException) -> str:
    if isinstance(err, CheckFailed):
        return str(err)
    text = str(err).strip().splitlines()[0] if str(err).strip() else ""
    return f"{type(err).__name__}: {text}"[:200] if text else type(err).__name__


def run_self_test() -> int:
    """Run every check; 0 when all pass, 1 otherwise. Prints one line per check."""
    ok_mark, fail_mark = _marks()
    log, log_path = _log()
    _progress["log_path"] = log_path
    failures = 0
    state: dict = {}
    saved_home = os.environ.get("DEALERDESK_HOME")
    with tempfile.TemporaryDirectory(prefix="dealerdesk-selftest-", ignore_cleanup_errors=True) as tmp:
        work = Path(tmp)
        _progress["work"] = work
        # Window state and settings go to the scratch folder, not the user's.
        os.environ["DEALERDESK_HOME"] = str(work / "home")
        try:
            for name, check in CHECKS:
                _progress["check"] = name
                try:
                    detail = check(work, state)
                except Exception as err:  # noqa: BLE001 — report every failure as one line
                    failures += 1
                    log.error("check %s failed:\n%s", name, traceback.format_exc())
                    _say(f"{fail_mark} {name}: {_reason(err)}")
                else:
                    _say(f"{ok_mark} {name}: {detail}")
        finally:
            if "ctx" in state:
                state["ctx"].dispose()
            if saved_home is None:
                os.environ.pop("DEALERDESK_HOME", None)
            else:
                os.environ["DEALERDESK_HOME"] = saved_home
            _close_log(log)
    where = "frozen bundle" if getattr(sys, "frozen", False) else "source"
    if failures:
        hint = f"; details in {log_path}" if log_path else ""
        _say(f"self-test failed: {failures} of {len(CHECKS)} checks ({where}){hint}")
        return 1
    _say(f"self-test passed: {len(CHECKS)} checks ({where})")
    return 0
