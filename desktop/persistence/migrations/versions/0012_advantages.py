"""advantages: our figures for 优势介绍, competitors' terms, the branch's logo

Revision ID: 0012_advantages
Revises: 0011_packet
Create Date: 2026-12-07

Issue 14 (our advantages and the competition, with figures).

- ``branch_advantages``: one row per advantage the SOP names for step 4 of the negotiation (brand,
  market rank, claims-service rank, 闪赔, 车商客户出险双调度, 赔款集中支付, 信息共享): the figure as
  the branch states it, its source and the month it holds for ('YYYY-MM'). No rows = nothing set yet
  (the packet prints 未填写 and readiness lists it).
- ``dealer_insurers.fee_terms`` / ``repair_terms`` / ``other_terms``: what is known of a competing
  insurer's terms with the dealer ('' for the insurers recorded before).
- ``contract_branch.logo`` / ``logo_name``: the branch's logo image for the brochure (none before).
"""
from alembic import op
import sqlalchemy as sa


revision = "0012_advantages"
down_revision = "0011_packet"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        'branch_advantages',
        sa.Column('code', sa.String(length=30), nullable=False),
        sa.Column('value', sa.String(length=300), nullable=False),
        sa.Column('source', sa.String(length=120), nullable=False),
        sa.Column('as_of', sa.String(length=7), nullable=False),
        sa.Column('version', sa.Integer(), nullable=False),
        sa.Column('created_at', sa.DateTime(), nullable=False),
        sa.Column('created_by', sa.String(length=60), nullable=False),
        sa.Column('updated_at', sa.DateTime(), nullable=False),
        sa.Column('updated_by', sa.String(length=60), nullable=False),
        sa.PrimaryKeyConstraint('code', name=op.f('pk_branch_advantages')),
    )
    for column in ('fee_terms', 'repair_terms', 'other_terms'):
        op.add_column('dealer_insurers', sa.Column(column, sa.Text(), server_default='', nullable=False))
    op.add_column('contract_branch', sa.Column('logo', sa.LargeBinary(), nullable=True))
    op.add_column('contract_branch', sa.Column('logo_name', sa.String(length=200), server_default='', nullable=False))


def downgrade() -> None:
    conn = op.get_bind()
    if conn.dialect.name == 'sqlite':  # the history triggers name these tables' columns; the older
        # program reinstalls its own at start
        for (name,) in conn.execute(sa.text("SELECT name FROM sqlite_master WHERE type = 'trigger' AND tbl_name IN "
                                            "('dealer_insurers', 'contract_branch', 'branch_advantages')")).all():
            op.execute(f'DROP TRIGGER IF EXISTS "{name}"')
    op.execute('ALTER TABLE contract_branch DROP COLUMN logo_name')
    op.execute('ALTER TABLE contract_branch DROP COLUMN logo')
    for column in ('other_terms', 'repair_terms', 'fee_terms'):
        op.execute(f'ALTER TABLE dealer_insurers DROP COLUMN {column}')
    op.drop_table('branch_advantages')
