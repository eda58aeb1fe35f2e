"""contracts: a clause template names its own terms

Revision ID: 0009_contract_template_fields
Revises: 0008_renewals
Create Date: 2026-12-07

Issue 14. A branch's contract template carries, beside its clauses, the terms it names itself
(settlement cycle and account, notice contacts, the penalty amount …): each a placeholder with its
label in Chinese and English, a kind (text or an amount in 元) and the value a new contract starts
with. They are stored with the template version as JSON (``fields``); a contract keeps its values in
its terms (``terms.extra``, already JSON). Versions stored before this revision name no terms of
their own: ``[]``.
"""
from alembic import op
import sqlalchemy as sa


revision = "0009_contract_template_fields"
down_revision = "0008_renewals"
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table("contract_templates") as batch:
        batch.add_column(sa.Column("fields", sa.JSON(), nullable=True))
    op.execute(sa.text("UPDATE contract_templates SET fields = '[]'"))
    with op.batch_alter_table("contract_templates") as batch:
        batch.alter_column("fields", existing_type=sa.JSON(), nullable=False)


def downgrade() -> None:
    with op.batch_alter_table("contract_templates") as batch:
        batch.drop_column("fields")
