"""aftersales: policies and claims from the insurer's core system, dealer codes, import rows, new-car sales

Revision ID: 0007_aftersales
Revises: 0006_office
Create Date: 2026-12-07

Issue 16 (after signing, SOP 2.6–2.7). The policy list (keyed by 保单号) and the claims list (keyed by
报案号), each row matched to a dealer; the codes and names the branch mapped to each dealer; what each
import created or updated (its undo); monthly new-car sales. Imports are batches of the roster's
``roster_imports``, which gains ``kind`` (dealers, policies, claims; existing batches are dealers).
"""
from alembic import op
import sqlalchemy as sa


revision = "0007_aftersales"
down_revision = "0006_office"
branch_labels = None
depends_on = None


def _audit() -> list:
    return [sa.Column('version', sa.Integer(), nullable=False),
            sa.Column('created_at', sa.DateTime(), nullable=False),
            sa.Column('created_by', sa.String(length=60), nullable=False),
            sa.Column('updated_at', sa.DateTime(), nullable=False),
            sa.Column('updated_by', sa.String(length=60), nullable=False)]


def _dealer_fk(table: str):
    return sa.ForeignKeyConstraint(['dealer_id'], ['dealers.id'], name=f'fk_{table}_dealer_id_dealers', ondelete='CASCADE')


def upgrade() -> None:
    op.add_column('roster_imports', sa.Column('kind', sa.String(length=10), server_default='dealers', nullable=False))
    op.create_table('aftersales_policies',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('policy_no', sa.String(length=60), nullable=False),
    sa.Column('dealer_id', sa.Integer(), nullable=False),
    sa.Column('plate', sa.String(length=20), nullable=False),
    sa.Column('vin', sa.String(length=60), nullable=False),
    sa.Column('holder_name', sa.String(length=200), nullable=False),
    sa.Column('holder_phone', sa.String(length=40), nullable=False),
    sa.Column('coverage', sa.String(length=12), nullable=False),
    sa.Column('premium', sa.Numeric(precision=14, scale=2), nullable=False),
    sa.Column('starts_on', sa.Date(), nullable=False),
    sa.Column('ends_on', sa.Date(), nullable=False),
    sa.Column('business', sa.String(length=10), nullable=False),
    sa.Column('agency_code', sa.String(length=200), nullable=False),
    sa.Column('dealer_uscc', sa.String(length=18), nullable=False),
    sa.Column('dealer_name', sa.String(length=200), nullable=False),
    sa.Column('import_id', sa.Integer(), nullable=True),
    *_audit(),
    _dealer_fk('aftersales_policies'),
    sa.PrimaryKeyConstraint('id', name='pk_aftersales_policies'),
    sa.UniqueConstraint('policy_no', name='uq_aftersales_policies_policy_no')
    )
    op.create_index('ix_aftersales_policies_dealer_id', 'aftersales_policies', ['dealer_id'], unique=False)
    op.create_index('ix_aftersales_policies_ends_on', 'aftersales_policies', ['ends_on'], unique=False)
    op.create_table('aftersales_claims',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('claim_no', sa.String(length=60), nullable=False),
    sa.Column('dealer_id', sa.Integer(), nullable=False),
    sa.Column('policy_no', sa.String(length=60), nullable=False),
    sa.Column('plate', sa.String(length=20), nullable=False),
    sa.Column('loss_on', sa.Date(), nullable=False),
    sa.Column('loss_amount', sa.Numeric(precision=14, scale=2), nullable=False),
    sa.Column('repair_shop', sa.String(length=200), nullable=False),
    sa.Column('shop_code', sa.String(length=200), nullable=False),
    sa.Column('shop_uscc', sa.String(length=18), nullable=False),
    sa.Column('referred', sa.Boolean(), nullable=False),
    sa.Column('status', sa.String(length=200), nullable=False),
    sa.Column('import_id', sa.Integer(), nullable=True),
    *_audit(),
    _dealer_fk('aftersales_claims'),
    sa.PrimaryKeyConstraint('id', name='pk_aftersales_claims'),
    sa.UniqueConstraint('claim_no', name='uq_aftersales_claims_claim_no')
    )
    op.create_index('ix_aftersales_claims_dealer_id', 'aftersales_claims', ['dealer_id'], unique=False)
    op.create_index('ix_aftersales_claims_loss_on', 'aftersales_claims', ['loss_on'], unique=False)
    op.create_index('ix_aftersales_claims_policy_no', 'aftersales_claims', ['policy_no'], unique=False)
    op.create_table('aftersales_dealer_codes',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('dealer_id', sa.Integer(), nullable=False),
    sa.Column('kind', sa.String(length=10), nullable=False),
    sa.Column('key', sa.String(length=200), nullable=False),
    sa.Column('text', sa.String(length=200), nullable=False),
    *_audit(),
    _dealer_fk('aftersales_dealer_codes'),
    sa.PrimaryKeyConstraint('id', name='pk_aftersales_dealer_codes'),
    sa.UniqueConstraint('kind', 'key', name='uq_aftersales_dealer_codes_kind_key')
    )
    op.create_index('ix_aftersales_dealer_codes_dealer_id', 'aftersales_dealer_codes', ['dealer_id'], unique=False)
    op.create_table('aftersales_import_rows',
    sa.Column('import_id', sa.Integer(), nullable=False),
    sa.Column('list_kind', sa.String(length=10), nullable=False),
    sa.Column('record_id', sa.Integer(), nullable=False),
    sa.Column('dealer_id', sa.Integer(), nullable=False),
    sa.Column('row_no', sa.Integer(), nullable=False),
    sa.Column('action', sa.String(length=10), nullable=False),
    sa.Column('version_after', sa.Integer(), nullable=False),
    sa.Column('before', sa.Text(), nullable=False),
    sa.ForeignKeyConstraint(['import_id'], ['roster_imports.id'], name='fk_aftersales_import_rows_import_id_roster_imports',
                            ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('import_id', 'list_kind', 'record_id', name='pk_aftersales_import_rows')
    )
    op.create_index('ix_aftersales_import_rows_dealer_id', 'aftersales_import_rows', ['dealer_id'], unique=False)
    op.create_table('aftersales_new_car_sales',
    sa.Column('dealer_id', sa.Integer(), nullable=False),
    sa.Column('month', sa.String(length=7), nullable=False),
    sa.Column('units', sa.Integer(), nullable=False),
    *_audit(),
    _dealer_fk('aftersales_new_car_sales'),
    sa.PrimaryKeyConstraint('dealer_id', 'month', name='pk_aftersales_new_car_sales')
    )


def downgrade() -> None:
    conn = op.get_bind()
    if conn.dialect.name == 'sqlite':  # history triggers naming what goes (migrate.upgrade installs them anew)
        for (name,) in conn.execute(sa.text("SELECT name FROM sqlite_master WHERE type = 'trigger' AND"
                                            " (name LIKE 'dd_hist_aftersales%' OR name LIKE 'dd_hist_roster_imports%')")).all():
            op.execute(f'DROP TRIGGER IF EXISTS "{name}"')
    op.drop_table('aftersales_new_car_sales')
    op.drop_index('ix_aftersales_import_rows_dealer_id', table_name='aftersales_import_rows')
    op.drop_table('aftersales_import_rows')
    op.drop_index('ix_aftersales_dealer_codes_dealer_id', table_name='aftersales_dealer_codes')
    op.drop_table('aftersales_dealer_codes')
    op.drop_index('ix_aftersales_claims_policy_no', table_name='aftersales_claims')
    op.drop_index('ix_aftersales_claims_loss_on', table_name='aftersales_claims')
    op.drop_index('ix_aftersales_claims_dealer_id', table_name='aftersales_claims')
    op.drop_table('aftersales_claims')
    op.drop_index('ix_aftersales_policies_ends_on', table_name='aftersales_policies')
    op.drop_index('ix_aftersales_policies_dealer_id', table_name='aftersales_policies')
    op.drop_table('aftersales_policies')
    op.execute('ALTER TABLE roster_imports DROP COLUMN kind')
