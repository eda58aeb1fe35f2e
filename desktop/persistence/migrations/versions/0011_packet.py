"""packet: agenda steps owned by people, sensitive fields ticked per meeting

Revision ID: 0011_packet
Revises: 0010_aftersales_indexes
Create Date: 2026-12-07

Issue 14 (documents that win the meeting).

- ``meeting_agenda_steps.owner_staff_id``: the member of our team who leads the step (the team is
  chosen, then each step gets a name; an unowned step is a readiness gap).
- ``meetings.packet_sensitive`` / ``packet_sensitive_by``: which of the key people's sensitive fields
  (age, birth year, background, career highlights, hobbies) go into this meeting's packet, as a
  comma-separated list of codes, and who ticked them ('' = none: they stay out).
"""
from alembic import op
import sqlalchemy as sa


revision = "0011_packet"
down_revision = "0010_aftersales_indexes"
branch_labels = None
depends_on = None


def upgrade() -> None:
    # On SQLite a copy-and-move of this one table (nothing refers to it), so the reference is a named
    # table constraint exactly as the models declare it.
    with op.batch_alter_table('meeting_agenda_steps') as batch:
        batch.add_column(sa.Column('owner_staff_id', sa.Integer(), nullable=True))
        batch.create_foreign_key(op.f('fk_meeting_agenda_steps_owner_staff_id_staff'), 'staff',
                                 ['owner_staff_id'], ['id'], ondelete='SET NULL')
    op.create_index(op.f('ix_meeting_agenda_steps_owner_staff_id'), 'meeting_agenda_steps', ['owner_staff_id'], unique=False)
    op.add_column('meetings', sa.Column('packet_sensitive', sa.String(length=200), server_default='', nullable=False))
    op.add_column('meetings', sa.Column('packet_sensitive_by', sa.String(length=63), server_default='', nullable=False))


def downgrade() -> None:
    conn = op.get_bind()
    if conn.dialect.name == 'sqlite':  # the history triggers name these tables' columns; the older
        # program reinstalls its own at start
        for (name,) in conn.execute(sa.text("SELECT name FROM sqlite_master WHERE type = 'trigger' AND tbl_name IN "
                                            "('meetings', 'meeting_agenda_steps')")).all():
            op.execute(f'DROP TRIGGER IF EXISTS "{name}"')
    op.execute('ALTER TABLE meetings DROP COLUMN packet_sensitive_by')
    op.execute('ALTER TABLE meetings DROP COLUMN packet_sensitive')
    op.drop_index(op.f('ix_meeting_agenda_steps_owner_staff_id'), table_name='meeting_agenda_steps')
    if conn.dialect.name == 'sqlite':  # SQLite drops no column a foreign key names: copy-and-move this one table
        with op.batch_alter_table('meeting_agenda_steps') as batch:
            batch.drop_column('owner_staff_id')
    else:
        op.drop_constraint(op.f('fk_meeting_agenda_steps_owner_staff_id_staff'), 'meeting_agenda_steps', type_='foreignkey')
        op.drop_column('meeting_agenda_steps', 'owner_staff_id')
