"""Write the permissions table (desktop/rules/office/permissions.py) into README.md, in Chinese and
English, between the <!-- permissions:LANG --> markers. tests/rules/office/test_readme_table.py
keeps the README in step with the code."""

from __future__ import annotations

import re
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))


def table(lang: str) -> str:
    from desktop.i18n import t
    from desktop.rules.office import permissions

    return permissions.markdown(lambda r: t(f"office.role.{r}", lang), lambda a: t(f"office.action.{a.value}", lang))


def render(readme: str) -> str:
    for lang in ("zh_CN", "en"):
        pattern = re.compile(rf"(<!-- permissions:{lang} -->\n)(?:.*?\n)?(<!-- /permissions:{lang} -->)", re.S)
        readme = pattern.sub(lambda m: m.group(1) + table(lang) + "\n" + m.group(2), readme)
    return readme


if __name__ == "__main__":
    path = ROOT / "README.md"
    path.write_text(render(path.read_text(encoding="utf-8")), encoding="utf-8")
