#!/usr/bin/env python3
"""The two commands of a fresh clone (standard library only; Linux, macOS, Windows):

    python3 dev.py run  [dealerdesk arguments]   set up, then open DealerDesk
    python3 dev.py test [pytest arguments]       set up, then run the whole test suite (Qt offscreen)

Set-up: create ``.venv`` when missing; ``pip install -e .[test]`` when pyproject.toml changed
since the last install (a stamp in .venv); on Linux as root with apt-get, install what is
missing of the system libraries Qt needs and the PDF tools the tests use (poppler-utils).
"""

from __future__ import annotations

import ctypes.util
import hashlib
import importlib.util
import os
import shutil
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent
VENV = ROOT / ".venv"
STAMP_NAME = ".dealerdesk-install-stamp"
INSTALL_SPEC = ".[test]"

# What Qt's libraries and its offscreen platform plugin link against (readelf -d on the
# PySide6 wheel), each with the Debian/Ubuntu package providing it. Core, zlib, zstd, libstdc++
# are in every Debian base system.
QT_LIBRARIES = {
    "EGL": "libegl1",
    "GL": "libgl1",
    "X11": "libx11-6",
    "xkbcommon": "libxkbcommon0",
    "fontconfig": "libfontconfig1",
    "freetype": "libfreetype6",
    "glib-2.0": "libglib2.0-0",
    "dbus-1": "libdbus-1-3",
}
# The xcb platform plugin (a real X display) needs these on top.
XCB_LIBRARIES = {
    "xcb-cursor": "libxcb-cursor0",
    "xkbcommon-x11": "libxkbcommon-x11-0",
    "X11-xcb": "libx11-xcb1",
    "xcb-icccm": "libxcb-icccm4",
    "xcb-image": "libxcb-image0",
    "xcb-keysyms": "libxcb-keysyms1",
    "xcb-randr": "libxcb-randr0",
    "xcb-render-util": "libxcb-render-util0",
    "xcb-shape": "libxcb-shape0",
    "xcb-xkb": "libxcb-xkb1",
}

# Programs the test suite calls (tests/documents read PDFs back with poppler's tools).
TEST_TOOLS = {"pdftotext": "poppler-utils", "pdffonts": "poppler-utils"}


def say(message: str) -> None:
    print(f"dev.py: {message}", flush=True)


def venv_bin(name: str, venv: Path = VENV, windows: bool = os.name == "nt") -> Path:
    """A program inside the virtual environment (Scripts\\x.exe on Windows, bin/x elsewhere)."""
    return venv / "Scripts" / f"{name}.exe" if windows else venv / "bin" / name


def missing_libraries(wanted: dict[str, str], find=ctypes.util.find_library) -> list[str]:
    """Debian packages providing the libraries in ``wanted`` that the system cannot find."""
    return sorted({package for lib, package in wanted.items() if not find(lib)})


def can_apt() -> bool:
    return sys.platform.startswith("linux") and hasattr(os, "geteuid") and os.geteuid() == 0 and bool(shutil.which("apt-get"))


def apt_install(packages: list[str]) -> None:
    env = dict(os.environ, DEBIAN_FRONTEND="noninteractive")
    say("installing system packages: " + " ".join(packages))
    subprocess.run(["apt-get", "update", "-qq"], check=True, env=env)
    subprocess.run(["apt-get", "install", "-y", "-qq", "--no-install-recommends", *packages], check=True, env=env)


def ensure_system_packages(with_display: bool, for_tests: bool) -> None:
    if not sys.platform.startswith("linux"):
        return
    wanted = dict(QT_LIBRARIES, **(XCB_LIBRARIES if with_display else {}))
    missing = missing_libraries(wanted)
    if for_tests:
        missing = sorted(set(missing) | {package for tool, package in TEST_TOOLS.items() if not shutil.which(tool)})
    if not missing:
        return
    if can_apt():
        apt_install(missing)
    else:
        say("missing system packages (Qt or the tests need them); install: " + " ".join(missing))


def ensure_venv(recreate: bool = False) -> None:
    if venv_bin("python").exists() and not recreate:
        return
    if importlib.util.find_spec("ensurepip") is None:  # Debian/Ubuntu ship venv support separately
        package = f"python3.{sys.version_info.minor}-venv"
        if not can_apt():
            sys.exit(f"dev.py: Python cannot create virtual environments here; install {package}")
        apt_install([package])
    say(f"creating {VENV}")
    subprocess.run([sys.executable, "-m", "venv", "--clear", str(VENV)], check=True)


def stamp_value(pyproject: Path = ROOT / "pyproject.toml") -> str:
    digest = hashlib.sha256(pyproject.read_bytes() + INSTALL_SPEC.encode()).hexdigest()
    return f"{digest} {sys.version_info.major}.{sys.version_info.minor}"


def needs_install(venv: Path = VENV, pyproject: Path = ROOT / "pyproject.toml") -> bool:
    try:
        return (venv / STAMP_NAME).read_text(encoding="utf-8").strip() != stamp_value(pyproject)
    except OSError:
        return True


def ensure_installed() -> None:
    if not needs_install():
        return
    say(f"installing DealerDesk and its test tools into {VENV.name} (the first time takes a few minutes)")
    python = str(venv_bin("python"))
    if subprocess.call([python, "-m", "pip", "--version"], stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL):
        ensure_venv(recreate=True)  # a half-made venv (created without ensurepip) has no pip
    subprocess.run([python, "-m", "pip", "install", "-q", "--disable-pip-version-check", "-e", INSTALL_SPEC],
                   check=True, cwd=ROOT)
    (VENV / STAMP_NAME).write_text(stamp_value() + "\n", encoding="utf-8")


def setup(with_display: bool, for_tests: bool = False) -> None:
    if sys.version_info < (3, 10):
        sys.exit("dev.py: DealerDesk needs Python 3.10 or newer")
    ensure_venv()
    ensure_installed()
    ensure_system_packages(with_display, for_tests)


def main(argv: list[str]) -> int:
    if not argv or argv[0] not in ("run", "test"):
        print(__doc__.strip())
        return 2
    command, rest = argv[0], argv[1:]
    try:
        if command == "test":
            setup(with_display=False, for_tests=True)
            env = dict(os.environ, QT_QPA_PLATFORM="offscreen")
            return subprocess.call([str(venv_bin("python")), "-m", "pytest", *rest], cwd=ROOT, env=env)
        headless = sys.platform.startswith("linux") and not (os.environ.get("DISPLAY") or os.environ.get("WAYLAND_DISPLAY"))
        setup(with_display=not headless and not os.environ.get("QT_QPA_PLATFORM"))
        return subprocess.call([str(venv_bin("dealerdesk")), *rest], cwd=ROOT)
    except subprocess.CalledProcessError as err:
        say(f"failed: {' '.join(map(str, err.cmd))} (exit {err.returncode})")
        return err.returncode or 1
    except KeyboardInterrupt:
        return 130


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
