"""Packaging: what build.spec puts in the bundle, and the helpers behind dev.py's two commands.

build.spec runs here with PyInstaller's build steps replaced by recorders, so these tests need
neither PyInstaller nor a build; CI's real build and its --self-test cover the rest.
"""

from __future__ import annotations

import importlib.util
import os
import pkgutil
import shutil
import subprocess
import sys
import types
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]

# Fake binaries for the plugin filter: the GTK3 theme needs cairo (only it) and glib (shared).
GTK = "/qt/plugins/platformthemes/libqgtk3.so"
XCB = "/qt/plugins/platforms/libqxcb.so"
IMPORTS = {GTK: ["/sys/libcairo.so.2", "/sys/libglib-2.0.so.0"], XCB: ["/sys/libglib-2.0.so.0"]}
FAKE_BINARIES = [
    ("PySide6/Qt/plugins/platformthemes/libqgtk3.so", GTK, "BINARY"),
    ("PySide6/Qt/plugins/platforms/libqxcb.so", XCB, "BINARY"),
    ("libcairo.so.2", "/sys/libcairo.so.2", "BINARY"),
    ("libglib-2.0.so.0", "/sys/libglib-2.0.so.0", "BINARY"),
]
FAKE_DATAS = [
    ("PySide6/Qt/translations/qtbase_de.qm", "/qt/translations/qtbase_de.qm", "DATA"),
    ("PySide6/Qt/translations/qtbase_zh_CN.qm", "/qt/translations/qtbase_zh_CN.qm", "DATA"),
    ("libcairo.so", "libcairo.so.2", "SYMLINK"),
    ("libglib-2.0.so", "libglib-2.0.so.0", "SYMLINK"),
]


def _walk(package: str, filter=lambda _name: True) -> list[str]:
    """PyInstaller's collect_submodules, without descending into what the filter rejects."""
    found = [package] if filter(package) else []
    module = importlib.import_module(package)
    for info in pkgutil.iter_modules(getattr(module, "__path__", []), package + "."):
        if not filter(info.name):
            continue
        found += _walk(info.name, filter) if info.ispkg else [info.name]
    return found


@pytest.fixture(scope="module")
def spec():
    """Execute build.spec with recording stand-ins; returns its namespace and what Analysis got."""
    recorded: dict = {}

    class Analysis:
        def __init__(self, scripts, **kwargs):
            recorded.update(kwargs, scripts=scripts)
            self.datas = [(dest + "/" + Path(src).name, src, "DATA") for src, dest in kwargs["datas"]] + FAKE_DATAS
            self.binaries = list(FAKE_BINARIES)
            self.pure = self.scripts = []

    def stub(name, **attrs):
        module = types.ModuleType(name)
        module.__dict__.update(attrs)
        return module

    fakes = {
        "PyInstaller": stub("PyInstaller"),
        "PyInstaller.utils": stub("PyInstaller.utils"),
        "PyInstaller.utils.hooks": stub("PyInstaller.utils.hooks", collect_submodules=_walk),
        "PyInstaller.depend": stub("PyInstaller.depend"),
        "PyInstaller.depend.bindepend": stub(
            "PyInstaller.depend.bindepend", get_imports=lambda path: [(Path(p).name, p) for p in IMPORTS.get(path, [])]),
    }
    saved = {name: sys.modules.get(name) for name in fakes}
    sys.modules.update(fakes)
    try:
        namespace = {"SPECPATH": str(ROOT), "__file__": str(ROOT / "build.spec"),
                     "Analysis": Analysis, "PYZ": lambda *a, **k: "pyz", "EXE": lambda *a, **k: "exe",
                     "COLLECT": lambda *a, **k: recorded.update(collect=(a, k))}
        exec(compile((ROOT / "build.spec").read_text(encoding="utf-8"), "build.spec", "exec"), namespace)
    finally:
        for name, module in saved.items():
            if module is None:
                sys.modules.pop(name, None)
            else:
                sys.modules[name] = module
    return namespace, recorded


def _bundled(recorded) -> set[str]:
    return {Path(dest, Path(src).name).as_posix() for src, dest in recorded["datas"]}


def test_every_resource_and_migration_file_is_bundled(spec):
    _ns, recorded = spec
    bundled = _bundled(recorded)
    wanted = {
        p.relative_to(ROOT).as_posix()
        for folder in ("resources", "desktop/persistence/migrations")
        for p in (ROOT / folder).rglob("*")
        if p.is_file() and "__pycache__" not in p.parts and p.suffix not in (".ts", ".pyc")
    }
    assert wanted - bundled == set(), f"files build.spec leaves out of the bundle: {sorted(wanted - bundled)}"
    assert not {b for b in bundled if "__pycache__" in b or b.endswith((".ts", ".pyc"))}, \
        f"caches or translation sources bundled: {sorted(b for b in bundled if '__pycache__' in b or b.endswith('.ts'))}"


def test_the_bundle_carries_font_licence_migrations_and_compiled_translations(spec):
    bundled = _bundled(spec[1])
    for needed in ("resources/fonts/wqy-microhei.ttc", "resources/fonts/LICENSE-Apache-2.0.txt",
                   "desktop/persistence/migrations/env.py", "desktop/persistence/migrations/versions/0001_initial.py"):
        assert needed in bundled, f"{needed} missing from the bundle"
    qm = sorted(p.name for p in (ROOT / "resources" / "translations").glob("*.qm"))
    assert qm, "no compiled translations (resources/translations/*.qm) to bundle"
    assert {f"resources/translations/{name}" for name in qm} <= bundled, f"compiled translations not all bundled: {qm}"


def test_every_module_is_a_hidden_import(spec):
    """Modules imported inside functions (subcommands, demo stage data, renderers) are bundled too."""
    hidden = set(spec[1]["hiddenimports"])
    ours = [name for name in _walk("desktop") if not name.startswith("desktop.persistence.migrations")]
    assert len(ours) > 100 and set(ours) <= hidden, f"modules PyInstaller would miss: {sorted(set(ours) - hidden)}"
    assert {"alembic.runtime.migration", "alembic.op", "sqlalchemy.dialects.sqlite"} <= hidden, \
        "what the migration scripts need at run time must be hidden imports"
    assert not [n for n in hidden if n.startswith("desktop.persistence.migrations.")], \
        "migration scripts are read from disk by Alembic, not imported from the archive"


def test_qt_translations_keep_only_chinese_and_english(spec):
    namespace, _recorded = spec
    names = {entry[0] for entry in namespace["a"].datas}
    assert "PySide6/Qt/translations/qtbase_zh_CN.qm" in names, "Qt's Chinese translation must stay"
    assert "PySide6/Qt/translations/qtbase_de.qm" not in names, "other Qt translations should be dropped"


def test_gtk_theme_plugin_goes_with_the_libraries_only_it_needed(spec):
    binaries = {entry[0] for entry in spec[0]["a"].binaries}
    links = {entry[0] for entry in spec[0]["a"].datas if entry[2] == "SYMLINK"}
    assert "PySide6/Qt/plugins/platformthemes/libqgtk3.so" not in binaries, "GTK3 theme plugin should be dropped"
    assert "libcairo.so.2" not in binaries, "cairo was only needed by the GTK3 theme"
    assert {"PySide6/Qt/plugins/platforms/libqxcb.so", "libglib-2.0.so.0"} <= binaries, \
        f"the xcb platform and shared libraries must stay: {sorted(binaries)}"
    assert links == {"libglib-2.0.so"}, f"a symlink to a dropped library would dangle: {sorted(links)}"


@pytest.mark.parametrize("plugin, dropped", [
    ("PySide6/Qt/plugins/platforms/libqxcb.so", False),
    ("PySide6/Qt/plugins/platforms/qwindows.dll", False),
    ("PySide6/Qt/plugins/platforms/libqwayland.so", False),
    ("PySide6/Qt/plugins/platforms/libqoffscreen.so", False),
    ("PySide6/Qt/plugins/platforms/libqvnc.so", True),
    ("PySide6/Qt/plugins/platforms/libqeglfs.so", True),
    ("PySide6/Qt/plugins/egldeviceintegrations/libqeglfs-x11-integration.so", True),
    ("PySide6/Qt/plugins/platformthemes/libqgtk3.so", True),
    ("PySide6/Qt/plugins/platformthemes/libqxdgdesktopportal.so", False),
])
def test_unwanted_plugin_pattern(spec, plugin, dropped):
    assert bool(spec[0]["UNWANTED_PLUGIN"].search("/" + plugin)) is dropped, f"{plugin}: dropped should be {dropped}"


def test_one_folder_console_program_named_dealerdesk(spec):
    (exe, *_rest), options = spec[1]["collect"]
    assert options.get("name") == "dealerdesk", f"bundle folder name: {options.get('name')!r}"


# --- dev.py ---------------------------------------------------------------------------------


@pytest.fixture(scope="module")
def dev():
    loaded = importlib.util.spec_from_file_location("dev_script", ROOT / "dev.py")
    module = importlib.util.module_from_spec(loaded)
    loaded.loader.exec_module(module)
    return module


def test_venv_programs_on_windows_and_elsewhere(dev, tmp_path):
    assert dev.venv_bin("python", tmp_path, windows=True) == tmp_path / "Scripts" / "python.exe", "Windows layout"
    assert dev.venv_bin("dealerdesk", tmp_path, windows=False) == tmp_path / "bin" / "dealerdesk", "POSIX layout"


def test_install_runs_again_only_when_pyproject_changes(dev, tmp_path):
    pyproject = tmp_path / "pyproject.toml"
    pyproject.write_text("[project]\nname = 'x'\n", encoding="utf-8")
    assert dev.needs_install(tmp_path, pyproject), "no stamp yet: must install"
    (tmp_path / dev.STAMP_NAME).write_text(dev.stamp_value(pyproject) + "\n", encoding="utf-8")
    assert not dev.needs_install(tmp_path, pyproject), "unchanged pyproject: no reinstall"
    pyproject.write_text("[project]\nname = 'x'\ndependencies = ['y']\n", encoding="utf-8")
    assert dev.needs_install(tmp_path, pyproject), "changed pyproject: must reinstall"


def test_missing_libraries_name_debian_packages(dev):
    present = {"GL", "X11"}
    missing = dev.missing_libraries({"GL": "libgl1", "X11": "libx11-6", "EGL": "libegl1", "dbus-1": "libdbus-1-3"},
                                    find=lambda lib: f"lib{lib}.so" if lib in present else None)
    assert missing == ["libdbus-1-3", "libegl1"], f"packages to install: {missing}"


def test_usage_without_a_command(dev, capsys):
    assert dev.main([]) == 2, "no command: usage and exit 2"
    assert "python3 dev.py test" in capsys.readouterr().out, "usage names both commands"


@pytest.mark.skipif(not sys.platform.startswith("linux") or not shutil.which("readelf"), reason="needs Linux and readelf")
def test_dev_py_knows_every_system_library_qt_offscreen_links(dev):
    """A PySide6 upgrade that links a new system library must extend dev.py's apt list."""
    import PySide6

    qt = Path(PySide6.__file__).parent / "Qt"
    files = [qt / "lib" / f"libQt6{m}.so.6" for m in ("Core", "Gui", "Widgets", "DBus")]
    files.append(qt / "plugins" / "platforms" / "libqoffscreen.so")
    needed = set()
    for path in files:
        out = subprocess.run(["readelf", "-d", str(path)], capture_output=True, text=True, check=True).stdout
        needed |= {line.split("[", 1)[1].split("]", 1)[0] for line in out.splitlines() if "(NEEDED)" in line}
    base = {"libc", "libm", "libstdc++", "libgcc_s", "libz", "libzstd", "libgthread-2.0", "libpthread", "libdl",
            "ld-linux-x86-64", "ld-linux-aarch64", "librt"}
    known = {f"lib{name}" for name in dev.QT_LIBRARIES}
    unknown = {n for n in needed if not n.startswith(("libQt6", "libicu")) and n.split(".so")[0] not in base | known}
    assert not unknown, f"system libraries Qt needs that dev.py does not check: {sorted(unknown)}"


def test_ci_runs_the_readme_test_command_and_the_bundle_self_test():
    script = (ROOT / ".ci" / "run").read_text(encoding="utf-8")
    assert os.access(ROOT / ".ci" / "run", os.X_OK), ".ci/run must be executable"
    assert "set -euo pipefail" in script, "CI must stop at the first failure"
    assert "python3 dev.py test" in script, "CI runs exactly the README's test command"
    assert "--self-test" in script and "build.spec" in script, "CI builds the bundle and runs its self-test"
