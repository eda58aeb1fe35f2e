"""roster import batches (issue 3: filled by the roster work)

Revision ID: 0002_rosters
Revises: 0001_initial
Create Date: 2026-11-26

Reserved in advance so that parallel work on separate areas keeps one linear history.
"""

revision = "0002_rosters"
down_revision = "0001_initial"
branch_labels = None
depends_on = None


def upgrade() -> None:
    pass


def downgrade() -> None:
    pass
