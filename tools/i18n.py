"""Qt translations of the windows: extract, fill, compile.

    python tools/i18n.py update [--tracked] # pyside6-lupdate: sources → resources/translations/*.ts
    python tools/i18n.py fill FILE.tsv     # set translations from 'English<TAB>中文' lines (unfinished ones)
    python tools/i18n.py release           # pyside6-lrelease: .ts → .qm (loaded at run time)
    python tools/i18n.py check             # exit 1 on an unfinished/missing entry or a stale .ts/.qm

The .ts file is the source of truth for the Chinese text (editable in Qt Linguist).
"""

from __future__ import annotations

import subprocess
import sys
import tempfile
import xml.etree.ElementTree as ET
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
TS = ROOT / "resources" / "translations" / "dealerdesk_zh_CN.ts"
QM = TS.with_suffix(".qm")


def _tool(name: str) -> str:
    exe = Path(sys.executable).with_name(name + (".exe" if sys.platform == "win32" else ""))
    return str(exe) if exe.exists() else name


def sources(tracked_only: bool = False) -> list[str]:
    files = sorted((ROOT / "desktop" / "ui").rglob("*.py")) + sorted((ROOT / "forms").glob("*.ui"))
    files = [str(f.relative_to(ROOT)) for f in files if "generated" not in f.parts]  # forms come from the .ui files
    if tracked_only:  # leave out work in progress that is not committed yet
        listed = subprocess.run(["git", "ls-files", "desktop/ui", "forms"], cwd=ROOT, capture_output=True, text=True).stdout
        files = [f for f in files if f.replace("\\", "/") in set(listed.split())]
    return files


def update(ts: Path = TS, tracked_only: bool = False) -> None:
    subprocess.run([_tool("pyside6-lupdate"), *sources(tracked_only), "-no-obsolete", "-locations", "none", "-ts", str(ts)],
                   cwd=ROOT, check=True, capture_output=True)


QT_EXTRA = ROOT / "resources" / "translations" / "qt_extra_zh_CN.ts"  # Qt's own strings its Chinese lacks


def release(ts: Path = TS, qm: Path = QM) -> None:
    subprocess.run([_tool("pyside6-lrelease"), str(ts), "-qm", str(qm)], cwd=ROOT, check=True, capture_output=True)
    if ts == TS and qm == QM and QT_EXTRA.exists():
        subprocess.run([_tool("pyside6-lrelease"), str(QT_EXTRA), "-qm", str(QT_EXTRA.with_suffix(".qm"))],
                       cwd=ROOT, check=True, capture_output=True)


def messages(ts: Path = TS):
    """(context, source, translation, unfinished?) for every message of the .ts file."""
    tree = ET.parse(ts)
    for context in tree.getroot().iter("context"):
        name = context.findtext("name")
        for message in context.iter("message"):
            translation = message.find("translation")
            unfinished = translation is None or translation.get("type") in ("unfinished", "vanished", "obsolete")
            yield name, message.findtext("source"), (translation.text or "") if translation is not None else "", unfinished


def fill(tsv: Path, ts: Path = TS) -> int:
    table = {}
    for line in tsv.read_text(encoding="utf-8").splitlines():
        if "\t" in line and not line.startswith("#"):
            en, zh = line.split("\t", 1)
            table[en.replace("\\n", "\n")] = zh.replace("\\n", "\n")
    tree = ET.parse(ts)
    filled = 0
    for message in tree.getroot().iter("message"):
        translation = message.find("translation")
        source = message.findtext("source")
        if translation is not None and translation.get("type") == "unfinished" and source in table:
            translation.text = table[source]
            del translation.attrib["type"]
            filled += 1
    tree.write(ts, encoding="utf-8", xml_declaration=True)
    return filled


def check() -> list[str]:
    problems = [f"unfinished: [{c}] {s!r}" for c, s, t, u in messages() if u or not t.strip()]
    with tempfile.TemporaryDirectory() as tmp:
        fresh = Path(tmp) / "fresh.ts"
        fresh.write_bytes(TS.read_bytes())
        update(fresh)
        known = {(c, s) for c, s, _t, _u in messages(TS)}
        problems += [f"not in the .ts (run tools/i18n.py update): [{c}] {s!r}" for c, s, _t, _u in messages(fresh) if (c, s) not in known]
        qm = Path(tmp) / "fresh.qm"
        release(TS, qm)
        if not QM.exists() or QM.read_bytes() != qm.read_bytes():
            problems.append("the .qm is out of date with the .ts (run tools/i18n.py release)")
    return problems


def main(argv: list[str]) -> int:
    command = argv[0] if argv else "check"
    if command == "update":
        update(tracked_only="--tracked" in argv)
    elif command == "fill":
        print(f"filled {fill(Path(argv[1]))} translations")
    elif command == "release":
        release()
    elif command == "check":
        problems = check()
        print("\n".join(problems) if problems else "translations complete and up to date")
        return 1 if problems else 0
    else:
        print(__doc__)
        return 2
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
