"""office: dealers in teams, the people who sign in, work assignments, the change history

Revision ID: 0006_office
Revises: 0005_contract_followups
Create Date: 2026-12-01

Issue 11 (the branch office on one database). Adds ``dealers.team`` ('' = not assigned), the
``app_users`` (login → display name, team, disabled), ``work_assignments`` (owner and due date of
a preparation step or meeting task) and the append-only ``history``. Every database also gets a
``database_id`` in ``app_meta``, so copying a single-user file into an office database knows what
it already copied. The triggers that write the history are not part of this revision: on SQLite
``migrate.upgrade`` (re)installs them from the models, on PostgreSQL ``office init`` does.
"""
import uuid
from datetime import datetime, timezone

from alembic import op
import sqlalchemy as sa
from sqlalchemy.dialects import postgresql


revision = "0006_office"
down_revision = "0005_contract_followups"
branch_labels = None
depends_on = None

JSON = sa.JSON().with_variant(postgresql.JSONB(), "postgresql")


def _audit() -> list:
    return [sa.Column('version', sa.Integer(), nullable=False),
            sa.Column('created_at', sa.DateTime(), nullable=False),
            sa.Column('created_by', sa.String(length=60), nullable=False),
            sa.Column('updated_at', sa.DateTime(), nullable=False),
            sa.Column('updated_by', sa.String(length=60), nullable=False)]


def upgrade() -> None:
    op.add_column('dealers', sa.Column('team', sa.String(length=40), server_default='', nullable=False))
    op.create_index('ix_dealers_team', 'dealers', ['team'], unique=False)
    op.create_table('app_users',
    sa.Column('login', sa.String(length=63), nullable=False),
    sa.Column('display_name', sa.String(length=60), nullable=False),
    sa.Column('team', sa.String(length=40), server_default='', nullable=False),
    sa.Column('disabled', sa.Boolean(), server_default=sa.text('false'), nullable=False),
    *_audit(),
    sa.PrimaryKeyConstraint('login', name=op.f('pk_app_users'))
    )
    op.create_table('work_assignments',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('dealer_id', sa.Integer(), nullable=False),
    sa.Column('meeting_id', sa.Integer(), nullable=True),
    sa.Column('step', sa.Integer(), nullable=False),
    sa.Column('owner', sa.String(length=63), nullable=False),
    sa.Column('due_on', sa.Date(), nullable=True),
    sa.Column('done_on', sa.Date(), nullable=True),
    sa.Column('note', sa.Text(), nullable=False),
    *_audit(),
    sa.ForeignKeyConstraint(['dealer_id'], ['dealers.id'], name=op.f('fk_work_assignments_dealer_id_dealers'), ondelete='CASCADE'),
    sa.ForeignKeyConstraint(['meeting_id'], ['meetings.id'], name=op.f('fk_work_assignments_meeting_id_meetings'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_work_assignments'))
    )
    op.create_index(op.f('ix_work_assignments_dealer_id'), 'work_assignments', ['dealer_id'], unique=False)
    op.create_index(op.f('ix_work_assignments_meeting_id'), 'work_assignments', ['meeting_id'], unique=False)
    op.create_index(op.f('ix_work_assignments_owner'), 'work_assignments', ['owner'], unique=False)
    op.create_index('uq_work_assignments_dealer_step', 'work_assignments', ['dealer_id', 'step'], unique=True,
                    sqlite_where=sa.text('meeting_id IS NULL'), postgresql_where=sa.text('meeting_id IS NULL'))
    op.create_index('uq_work_assignments_meeting_step', 'work_assignments', ['meeting_id', 'step'], unique=True,
                    sqlite_where=sa.text('meeting_id IS NOT NULL'), postgresql_where=sa.text('meeting_id IS NOT NULL'))
    op.create_table('history',
    sa.Column('id', sa.BigInteger().with_variant(sa.Integer(), 'sqlite'), autoincrement=True, nullable=False),
    sa.Column('at', sa.DateTime(), nullable=False),
    sa.Column('login', sa.String(length=63), nullable=False),
    sa.Column('table_name', sa.String(length=60), nullable=False),
    sa.Column('record_id', sa.String(length=120), nullable=False),
    sa.Column('dealer_id', sa.Integer(), nullable=True),
    sa.Column('op', sa.String(length=1), nullable=False),
    sa.Column('changes', JSON, nullable=False),
    sa.Column('private', JSON, nullable=True),
    sa.Column('prev_hash', sa.String(length=64), nullable=False),
    sa.Column('hash', sa.String(length=64), nullable=True),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_history'))
    )
    op.create_index(op.f('ix_history_at'), 'history', ['at'], unique=False)
    op.create_index(op.f('ix_history_dealer_id'), 'history', ['dealer_id'], unique=False)
    op.create_index('ix_history_record', 'history', ['table_name', 'record_id'], unique=False)
    op.create_index('ix_history_unsealed', 'history', ['id'], unique=False,
                    sqlite_where=sa.text('hash IS NULL'), postgresql_where=sa.text('hash IS NULL'))
    meta = sa.table('app_meta', sa.column('key', sa.String), sa.column('value', sa.Text), sa.column('updated_at', sa.DateTime))
    conn = op.get_bind()
    if conn.execute(sa.text("SELECT count(*) FROM app_meta WHERE key = 'database_id'")).scalar() == 0:
        op.bulk_insert(meta, [dict(key='database_id', value=uuid.uuid4().hex,
                                   updated_at=datetime.now(timezone.utc).replace(tzinfo=None))])


def downgrade() -> None:
    conn = op.get_bind()
    if conn.dialect.name == 'sqlite':  # the history triggers name the history table
        for (name,) in conn.execute(sa.text("SELECT name FROM sqlite_master WHERE type = 'trigger' AND name LIKE 'dd_hist_%'")).all():
            op.execute(f'DROP TRIGGER IF EXISTS "{name}"')
    op.drop_index('ix_history_unsealed', table_name='history')
    op.drop_index('ix_history_record', table_name='history')
    op.drop_index(op.f('ix_history_dealer_id'), table_name='history')
    op.drop_index(op.f('ix_history_at'), table_name='history')
    op.drop_table('history')
    op.drop_index('uq_work_assignments_meeting_step', table_name='work_assignments')
    op.drop_index('uq_work_assignments_dealer_step', table_name='work_assignments')
    op.drop_index(op.f('ix_work_assignments_owner'), table_name='work_assignments')
    op.drop_index(op.f('ix_work_assignments_meeting_id'), table_name='work_assignments')
    op.drop_index(op.f('ix_work_assignments_dealer_id'), table_name='work_assignments')
    op.drop_table('work_assignments')
    op.drop_table('app_users')
    op.drop_index('ix_dealers_team', table_name='dealers')
    # Not a batch (copy-and-move) on SQLite: dropping the old dealers table would trip the foreign
    # keys pointing at it. SQLite drops a plain column in place since 3.35.
    op.execute('ALTER TABLE dealers DROP COLUMN team')
