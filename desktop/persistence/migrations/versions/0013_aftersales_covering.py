"""aftersales: covering indexes for the branch-wide scorecard at 200,000 policies

Revision ID: 0013_aftersales_covering
Revises: 0012_advantages
Create Date: 2026-12-07

A month's scorecard for every dealer sums the policies starting in the month, counts its new cars,
reads the policies due (ending in it) and looks for their renewals by VIN, and sums the referred
claims. With an index on the date alone each of those rows is one more table lookup — about 13,000
a query, most of the second the table takes to fill at 200,000 policies. These indexes hold every
column the queries read, so they read index pages only (benchmarks/bench_aftersales.py); each
replaces the single-column index it starts with.
"""
from alembic import op


revision = "0013_aftersales_covering"
down_revision = "0012_advantages"
branch_labels = None
depends_on = None

POLICY_INDEXES = (
    ("ix_aftersales_policies_starts_cover", ["starts_on", "dealer_id", "business", "coverage", "premium", "vin", "plate", "policy_no"],
     "ix_aftersales_policies_starts_on", ["starts_on"]),
    ("ix_aftersales_policies_ends_cover", ["ends_on", "dealer_id", "coverage", "vin", "plate", "policy_no"],
     "ix_aftersales_policies_ends_on", ["ends_on"]),
    ("ix_aftersales_policies_vin_cover", ["vin", "coverage", "starts_on"], "ix_aftersales_policies_vin", ["vin"]),
)


def upgrade() -> None:
    for name, columns, old, _old_columns in POLICY_INDEXES:
        op.drop_index(old, table_name="aftersales_policies")
        op.create_index(name, "aftersales_policies", columns, unique=False)
    op.drop_index("ix_aftersales_claims_loss_on", table_name="aftersales_claims")
    op.create_index("ix_aftersales_claims_loss_cover", "aftersales_claims", ["loss_on", "referred", "dealer_id", "loss_amount"], unique=False)


def downgrade() -> None:
    op.drop_index("ix_aftersales_claims_loss_cover", table_name="aftersales_claims")
    op.create_index("ix_aftersales_claims_loss_on", "aftersales_claims", ["loss_on"], unique=False)
    for name, _columns, old, old_columns in reversed(POLICY_INDEXES):
        op.drop_index(name, table_name="aftersales_policies")
        op.create_index(old, "aftersales_policies", old_columns, unique=False)
