"""contracts (issue 6: filled by the contract work)

Revision ID: 0004_contracts
Revises: 0003_negotiation
Create Date: 2026-11-26

Reserved in advance so that parallel work on separate areas keeps one linear history.
"""

revision = "0004_contracts"
down_revision = "0003_negotiation"
branch_labels = None
depends_on = None


def upgrade() -> None:
    pass


def downgrade() -> None:
    pass
