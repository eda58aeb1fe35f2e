"""roster import batches (issue 3: filled by the roster work)

Revision ID: 0002_rosters
Revises: 0001_initial
Create Date: 2026-11-26

Import batches with their per-dealer rows (for undo) and remembered header mappings.
"""

import sqlalchemy as sa
from alembic import op

revision = "0002_rosters"
down_revision = "0001_initial"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "roster_imports",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("file_name", sa.String(length=260), nullable=False),
        sa.Column("sha256", sa.String(length=64), nullable=False),
        sa.Column("sheet", sa.String(length=100), nullable=False),
        sa.Column("mode", sa.String(length=10), nullable=False),
        sa.Column("created", sa.Integer(), nullable=False),
        sa.Column("updated", sa.Integer(), nullable=False),
        sa.Column("unchanged", sa.Integer(), nullable=False),
        sa.Column("duplicates", sa.Integer(), nullable=False),
        sa.Column("invalid", sa.Integer(), nullable=False),
        sa.Column("excluded", sa.Integer(), nullable=False),
        sa.Column("imported_at", sa.DateTime(), nullable=False),
        sa.Column("imported_by", sa.String(length=60), nullable=False),
        sa.Column("undone_at", sa.DateTime(), nullable=True),
        sa.Column("undone_by", sa.String(length=60), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_roster_imports")),
    )
    with op.batch_alter_table("roster_imports", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_roster_imports_sha256"), ["sha256"], unique=False)
    op.create_table(
        "roster_import_rows",
        sa.Column("import_id", sa.Integer(), nullable=False),
        sa.Column("dealer_id", sa.Integer(), nullable=False),
        sa.Column("row_no", sa.Integer(), nullable=False),
        sa.Column("action", sa.String(length=10), nullable=False),
        sa.Column("version_after", sa.Integer(), nullable=False),
        sa.Column("before", sa.Text(), nullable=False),
        sa.ForeignKeyConstraint(["import_id"], ["roster_imports.id"], name=op.f("fk_roster_import_rows_import_id_roster_imports"), ondelete="CASCADE"),
        sa.PrimaryKeyConstraint("import_id", "dealer_id", name=op.f("pk_roster_import_rows")),
    )
    with op.batch_alter_table("roster_import_rows", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_roster_import_rows_dealer_id"), ["dealer_id"], unique=False)
    op.create_table(
        "roster_mappings",
        sa.Column("signature", sa.String(length=64), nullable=False),
        sa.Column("mapping", sa.Text(), nullable=False),
        sa.Column("updated_at", sa.DateTime(), nullable=False),
        sa.Column("updated_by", sa.String(length=60), nullable=False),
        sa.PrimaryKeyConstraint("signature", name=op.f("pk_roster_mappings")),
    )


def downgrade() -> None:
    op.drop_table("roster_mappings")
    with op.batch_alter_table("roster_import_rows", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_roster_import_rows_dealer_id"))
    op.drop_table("roster_import_rows")
    with op.batch_alter_table("roster_imports", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_roster_imports_sha256"))
    op.drop_table("roster_imports")
