"""Alembic's script directory (``env.py``, ``versions/``) and how to point Alembic at it."""

from __future__ import annotations

from functools import lru_cache

from desktop.paths import package_dir


def alembic_config(engine):
    """An Alembic Config for these migrations, running on ``engine`` (see ``env.py``)."""
    from alembic.config import Config

    cfg = Config()
    cfg.set_main_option("script_location", str(package_dir() / "persistence" / "migrations"))
    cfg.attributes["engine"] = engine
    return cfg


@lru_cache(maxsize=1)
def head_revision() -> str:
    from alembic.script import ScriptDirectory

    return ScriptDirectory.from_config(alembic_config(None)).get_current_head()
