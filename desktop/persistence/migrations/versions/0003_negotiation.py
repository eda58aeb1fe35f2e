"""negotiation preparation (issue 4: filled by the negotiation work)

Revision ID: 0003_negotiation
Revises: 0002_rosters
Create Date: 2026-11-26

Reserved in advance so that parallel work on separate areas keeps one linear history.
"""

revision = "0003_negotiation"
down_revision = "0002_rosters"
branch_labels = None
depends_on = None


def upgrade() -> None:
    pass


def downgrade() -> None:
    pass
