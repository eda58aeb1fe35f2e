"""aftersales: the renewal worklist — an owner per expiring policy, the contact attempts

Revision ID: 0008_renewals
Revises: 0007_aftersales
Create Date: 2026-12-07

Issue 16 (续保管理, SOP 2.6): each expiring policy claimed by one of our staff, and every attempt to
reach its holder (date, channel, result: renewed with us, renewed elsewhere, car sold, lapsed …).
"""
from alembic import op
import sqlalchemy as sa


revision = "0008_renewals"
down_revision = "0007_aftersales"
branch_labels = None
depends_on = None


def _audit() -> list:
    return [sa.Column('version', sa.Integer(), nullable=False),
            sa.Column('created_at', sa.DateTime(), nullable=False),
            sa.Column('created_by', sa.String(length=60), nullable=False),
            sa.Column('updated_at', sa.DateTime(), nullable=False),
            sa.Column('updated_by', sa.String(length=60), nullable=False)]


def upgrade() -> None:
    op.create_table('aftersales_renewals',
    sa.Column('policy_id', sa.Integer(), nullable=False),
    sa.Column('dealer_id', sa.Integer(), nullable=False),
    sa.Column('owner_staff_id', sa.Integer(), nullable=True),
    *_audit(),
    sa.ForeignKeyConstraint(['policy_id'], ['aftersales_policies.id'], name='fk_aftersales_renewals_policy_id_aftersales_policies',
                            ondelete='CASCADE'),
    sa.ForeignKeyConstraint(['dealer_id'], ['dealers.id'], name='fk_aftersales_renewals_dealer_id_dealers', ondelete='CASCADE'),
    sa.ForeignKeyConstraint(['owner_staff_id'], ['staff.id'], name='fk_aftersales_renewals_owner_staff_id_staff', ondelete='SET NULL'),
    sa.PrimaryKeyConstraint('policy_id', name='pk_aftersales_renewals')
    )
    op.create_index('ix_aftersales_renewals_dealer_id', 'aftersales_renewals', ['dealer_id'], unique=False)
    op.create_index('ix_aftersales_renewals_owner_staff_id', 'aftersales_renewals', ['owner_staff_id'], unique=False)
    op.create_table('aftersales_renewal_contacts',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('policy_id', sa.Integer(), nullable=False),
    sa.Column('dealer_id', sa.Integer(), nullable=False),
    sa.Column('contacted_on', sa.Date(), nullable=False),
    sa.Column('channel', sa.String(length=12), nullable=False),
    sa.Column('result', sa.String(length=20), nullable=False),
    sa.Column('note', sa.Text(), nullable=False),
    *_audit(),
    sa.ForeignKeyConstraint(['policy_id'], ['aftersales_policies.id'],
                            name='fk_aftersales_renewal_contacts_policy_id_aftersales_policies', ondelete='CASCADE'),
    sa.ForeignKeyConstraint(['dealer_id'], ['dealers.id'], name='fk_aftersales_renewal_contacts_dealer_id_dealers', ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id', name='pk_aftersales_renewal_contacts')
    )
    op.create_index('ix_aftersales_renewal_contacts_dealer_id', 'aftersales_renewal_contacts', ['dealer_id'], unique=False)
    op.create_index('ix_aftersales_renewal_contacts_policy_id', 'aftersales_renewal_contacts', ['policy_id'], unique=False)


def downgrade() -> None:
    conn = op.get_bind()
    if conn.dialect.name == 'sqlite':
        for (name,) in conn.execute(sa.text("SELECT name FROM sqlite_master WHERE type = 'trigger'"
                                            " AND name LIKE 'dd_hist_aftersales_renewal%'")).all():
            op.execute(f'DROP TRIGGER IF EXISTS "{name}"')
    op.drop_index('ix_aftersales_renewal_contacts_policy_id', table_name='aftersales_renewal_contacts')
    op.drop_index('ix_aftersales_renewal_contacts_dealer_id', table_name='aftersales_renewal_contacts')
    op.drop_table('aftersales_renewal_contacts')
    op.drop_index('ix_aftersales_renewals_owner_staff_id', table_name='aftersales_renewals')
    op.drop_index('ix_aftersales_renewals_dealer_id', table_name='aftersales_renewals')
    op.drop_table('aftersales_renewals')
