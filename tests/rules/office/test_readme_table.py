"""The README's permissions tables are the code's (tools/permissions_table.py writes them)."""

from __future__ import annotations

import importlib.util
from pathlib import Path

ROOT = Path(__file__).resolve().parents[3]


def test_the_readme_carries_the_permissions_table_of_the_code():
    spec = importlib.util.spec_from_file_location("permissions_table", ROOT / "tools" / "permissions_table.py")
    tool = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(tool)
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    for lang in ("zh_CN", "en"):
        assert tool.table(lang) in readme, f"README's {lang} permissions table is stale: run python tools/permissions_table.py"
    assert tool.render(readme) == readme, "run python tools/permissions_table.py"
