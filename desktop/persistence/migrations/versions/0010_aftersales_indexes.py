"""aftersales: indexes the scorecard needs at 200,000 policies (start date, VIN)

Revision ID: 0010_aftersales_indexes
Revises: 0009_contract_template_fields
Create Date: 2026-12-07

The scorecard sums the policies starting in a month and looks for each due policy's renewal by the
car's VIN; without these indexes both read the whole policy table (benchmarks/bench_aftersales.py).
"""
from alembic import op


revision = "0010_aftersales_indexes"
down_revision = "0009_contract_template_fields"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_index('ix_aftersales_policies_starts_on', 'aftersales_policies', ['starts_on'], unique=False)
    op.create_index('ix_aftersales_policies_vin', 'aftersales_policies', ['vin'], unique=False)


def downgrade() -> None:
    op.drop_index('ix_aftersales_policies_vin', table_name='aftersales_policies')
    op.drop_index('ix_aftersales_policies_starts_on', table_name='aftersales_policies')
