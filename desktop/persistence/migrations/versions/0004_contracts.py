"""contracts: branch entity, number sequences, clause templates, contracts, attachments, packs

Revision ID: 0004_contracts
Revises: 0003_negotiation
Create Date: 2026-11-26

Issue 6. Creates the contract area's tables and seeds our branch entity (id 1) with the demo
company's values and the default number pattern; the branch edits them afterwards. Seed values
are copied here, not imported, so this revision never changes.
"""
from datetime import datetime, timezone

from alembic import op
import sqlalchemy as sa


revision = "0004_contracts"
down_revision = "0003_negotiation"
branch_labels = None
depends_on = None

TABLES_DROP_ORDER = ("contract_packs", "contract_attachments", "contracts", "contract_templates", "contract_sequences",
                     "contract_branch")
SEED_BRANCH = dict(
    id=1, branch_code="ZJ", name="瀚海财产保险股份有限公司浙江分公司", uscc="91330000MA2HH00016", legal_rep="陈立群",
    address="浙江省杭州市上城区钱江路 1366 号", phone="0571-87650000", number_pattern="{branch}-车商-{yyyy}-{nnnn}",
    reminder_days=60,
)


def upgrade() -> None:
    op.create_table('contract_branch',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('branch_code', sa.String(length=20), nullable=False),
    sa.Column('name', sa.String(length=200), nullable=False),
    sa.Column('uscc', sa.String(length=18), nullable=False),
    sa.Column('legal_rep', sa.String(length=60), nullable=False),
    sa.Column('address', sa.String(length=300), nullable=False),
    sa.Column('phone', sa.String(length=40), nullable=False),
    sa.Column('number_pattern', sa.String(length=60), nullable=False),
    sa.Column('reminder_days', sa.Integer(), nullable=False),
    sa.Column('version', sa.Integer(), nullable=False),
    sa.Column('created_at', sa.DateTime(), nullable=False),
    sa.Column('created_by', sa.String(length=60), nullable=False),
    sa.Column('updated_at', sa.DateTime(), nullable=False),
    sa.Column('updated_by', sa.String(length=60), nullable=False),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_contract_branch'))
    )
    op.create_table('contract_sequences',
    sa.Column('scope', sa.String(length=80), nullable=False),
    sa.Column('value', sa.Integer(), nullable=False),
    sa.PrimaryKeyConstraint('scope', name=op.f('pk_contract_sequences'))
    )
    op.create_table('contract_templates',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('kind', sa.String(length=20), nullable=False),
    sa.Column('template_version', sa.Integer(), nullable=False),
    sa.Column('title_zh', sa.String(length=200), nullable=False),
    sa.Column('title_en', sa.String(length=200), nullable=False),
    sa.Column('clauses', sa.JSON(), nullable=False),
    sa.Column('service_zh', sa.JSON(), nullable=False),
    sa.Column('service_en', sa.JSON(), nullable=False),
    sa.Column('source', sa.String(length=10), nullable=False),
    sa.Column('note', sa.Text(), nullable=False),
    sa.Column('version', sa.Integer(), nullable=False),
    sa.Column('created_at', sa.DateTime(), nullable=False),
    sa.Column('created_by', sa.String(length=60), nullable=False),
    sa.Column('updated_at', sa.DateTime(), nullable=False),
    sa.Column('updated_by', sa.String(length=60), nullable=False),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_contract_templates')),
    sa.UniqueConstraint('kind', 'template_version', name='uq_contract_templates_kind_version')
    )
    op.create_table('contracts',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('number', sa.String(length=60), nullable=False),
    sa.Column('revision', sa.Integer(), nullable=False),
    sa.Column('dealer_id', sa.Integer(), nullable=False),
    sa.Column('kind', sa.String(length=20), nullable=False),
    sa.Column('status', sa.String(length=16), nullable=False),
    sa.Column('start_date', sa.Date(), nullable=True),
    sa.Column('end_date', sa.Date(), nullable=True),
    sa.Column('dealer_name', sa.String(length=200), nullable=False),
    sa.Column('dealer_uscc', sa.String(length=18), nullable=False),
    sa.Column('dealer_legal_rep', sa.String(length=60), nullable=False),
    sa.Column('dealer_address', sa.String(length=300), nullable=False),
    sa.Column('dealer_phone', sa.String(length=40), nullable=False),
    sa.Column('branch_code', sa.String(length=20), nullable=False),
    sa.Column('branch_name', sa.String(length=200), nullable=False),
    sa.Column('branch_uscc', sa.String(length=18), nullable=False),
    sa.Column('branch_legal_rep', sa.String(length=60), nullable=False),
    sa.Column('branch_address', sa.String(length=300), nullable=False),
    sa.Column('branch_phone', sa.String(length=40), nullable=False),
    sa.Column('terms', sa.JSON(), nullable=False),
    sa.Column('policy_version_id', sa.Integer(), nullable=True),
    sa.Column('meeting_id', sa.Integer(), nullable=True),
    sa.Column('template_id', sa.Integer(), nullable=True),
    sa.Column('template_version', sa.Integer(), nullable=False),
    sa.Column('qualification_no', sa.String(length=60), nullable=False),
    sa.Column('qualification_expiry', sa.Date(), nullable=True),
    sa.Column('amends_id', sa.Integer(), nullable=True),
    sa.Column('renews_id', sa.Integer(), nullable=True),
    sa.Column('signed_on', sa.Date(), nullable=True),
    sa.Column('signed_by', sa.String(length=60), nullable=False),
    sa.Column('terminated_on', sa.Date(), nullable=True),
    sa.Column('termination_reason', sa.Text(), nullable=False),
    sa.Column('note', sa.Text(), nullable=False),
    sa.Column('version', sa.Integer(), nullable=False),
    sa.Column('created_at', sa.DateTime(), nullable=False),
    sa.Column('created_by', sa.String(length=60), nullable=False),
    sa.Column('updated_at', sa.DateTime(), nullable=False),
    sa.Column('updated_by', sa.String(length=60), nullable=False),
    sa.ForeignKeyConstraint(['amends_id'], ['contracts.id'], name=op.f('fk_contracts_amends_id_contracts'), ondelete='RESTRICT'),
    sa.ForeignKeyConstraint(['dealer_id'], ['dealers.id'], name=op.f('fk_contracts_dealer_id_dealers'), ondelete='RESTRICT'),
    sa.ForeignKeyConstraint(['meeting_id'], ['meetings.id'], name=op.f('fk_contracts_meeting_id_meetings'), ondelete='SET NULL'),
    sa.ForeignKeyConstraint(['policy_version_id'], ['policy_versions.id'], name=op.f('fk_contracts_policy_version_id_policy_versions'), ondelete='RESTRICT'),
    sa.ForeignKeyConstraint(['renews_id'], ['contracts.id'], name=op.f('fk_contracts_renews_id_contracts'), ondelete='RESTRICT'),
    sa.ForeignKeyConstraint(['template_id'], ['contract_templates.id'], name=op.f('fk_contracts_template_id_contract_templates'), ondelete='RESTRICT'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_contracts')),
    sa.UniqueConstraint('number', 'revision', name='uq_contracts_number_revision')
    )
    op.create_index(op.f('ix_contracts_dealer_id'), 'contracts', ['dealer_id'], unique=False)
    op.create_index(op.f('ix_contracts_end_date'), 'contracts', ['end_date'], unique=False)
    op.create_index(op.f('ix_contracts_number'), 'contracts', ['number'], unique=False)
    op.create_index(op.f('ix_contracts_status'), 'contracts', ['status'], unique=False)
    op.create_table('contract_attachments',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('contract_id', sa.Integer(), nullable=False),
    sa.Column('position', sa.Integer(), nullable=False),
    sa.Column('doc_type', sa.String(length=30), nullable=False),
    sa.Column('label', sa.String(length=200), nullable=False),
    sa.Column('file_name', sa.String(length=255), nullable=False),
    sa.Column('media_type', sa.String(length=40), nullable=False),
    sa.Column('size', sa.Integer(), nullable=False),
    sa.Column('sha256', sa.String(length=64), nullable=False),
    sa.Column('pages', sa.Integer(), nullable=False),
    sa.Column('content', sa.LargeBinary(), nullable=False),
    sa.Column('version', sa.Integer(), nullable=False),
    sa.Column('created_at', sa.DateTime(), nullable=False),
    sa.Column('created_by', sa.String(length=60), nullable=False),
    sa.Column('updated_at', sa.DateTime(), nullable=False),
    sa.Column('updated_by', sa.String(length=60), nullable=False),
    sa.ForeignKeyConstraint(['contract_id'], ['contracts.id'], name=op.f('fk_contract_attachments_contract_id_contracts'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_contract_attachments'))
    )
    op.create_index(op.f('ix_contract_attachments_contract_id'), 'contract_attachments', ['contract_id'], unique=False)
    op.create_table('contract_packs',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('uid', sa.String(length=32), nullable=False),
    sa.Column('contract_id', sa.Integer(), nullable=False),
    sa.Column('number', sa.String(length=60), nullable=False),
    sa.Column('revision', sa.Integer(), nullable=False),
    sa.Column('sha256', sa.String(length=64), nullable=False),
    sa.Column('pages', sa.Integer(), nullable=False),
    sa.Column('lang', sa.String(length=8), nullable=False),
    sa.Column('file_name', sa.String(length=255), nullable=False),
    sa.Column('snapshot', sa.JSON(), nullable=False),
    sa.Column('created_at', sa.DateTime(), nullable=False),
    sa.Column('created_by', sa.String(length=60), nullable=False),
    sa.ForeignKeyConstraint(['contract_id'], ['contracts.id'], name=op.f('fk_contract_packs_contract_id_contracts'), ondelete='RESTRICT'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_contract_packs')),
    sa.UniqueConstraint('uid', name=op.f('uq_contract_packs_uid'))
    )
    op.create_index(op.f('ix_contract_packs_contract_id'), 'contract_packs', ['contract_id'], unique=False)
    op.create_index(op.f('ix_contract_packs_sha256'), 'contract_packs', ['sha256'], unique=False)
    _seed()


def _seed() -> None:
    now = datetime.now(timezone.utc).replace(tzinfo=None)
    audit = dict(version=1, created_at=now, created_by="setup", updated_at=now, updated_by="setup")
    table = sa.table("contract_branch", *(sa.column(c) for c in tuple(SEED_BRANCH) + tuple(audit)))
    op.bulk_insert(table, [{**SEED_BRANCH, **audit}])


def downgrade() -> None:
    for name in TABLES_DROP_ORDER:
        op.drop_table(name)
