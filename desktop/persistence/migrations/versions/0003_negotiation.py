"""negotiation preparation: settings, classification, policies, strategy, meetings, outcomes

Revision ID: 0003_negotiation
Revises: 0002_rosters
Create Date: 2026-11-26

Issue 4. Creates the area's tables and seeds the SOP's defaults (thresholds, mainstream
brands, 报行合一 caps, rank mapping, cooperation models, agenda templates); the branch edits
them afterwards. Seed values are copied here, not imported, so this revision never changes.
"""
from datetime import datetime, timezone

from alembic import op
import sqlalchemy as sa


revision = "0003_negotiation"
down_revision = "0002_rosters"
branch_labels = None
depends_on = None

TABLES_DROP_ORDER = (
    "next_actions",
    "agreed_terms",
    "team_members",
    "meeting_outcomes",
    "meeting_materials",
    "meeting_attendees",
    "meeting_agenda_steps",
    "dossier_scripts",
    "bottom_lines",
    "target_assessments",
    "strategies",
    "rank_requirements",
    "policy_versions",
    "meetings",
    "classifications",
    "agenda_template_steps",
    "user_roles",
    "scripts",
    "repair_resources",
    "mainstream_brands",
    "fee_caps",
    "cooperation_models",
    "classification_settings",
    "agenda_templates",
)


def _audit() -> list[sa.Column]:
    return [
        sa.Column('version', sa.Integer(), nullable=False),
        sa.Column('created_at', sa.DateTime(), nullable=False),
        sa.Column('created_by', sa.String(length=60), nullable=False),
        sa.Column('updated_at', sa.DateTime(), nullable=False),
        sa.Column('updated_by', sa.String(length=60), nullable=False),
    ]


def upgrade() -> None:
    op.create_table('agenda_templates',
    sa.Column('kind', sa.String(length=20), nullable=False),
    *_audit(),
    sa.PrimaryKeyConstraint('kind', name=op.f('pk_agenda_templates'))
    )
    op.create_table('classification_settings',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('loss_ratio_max', sa.Numeric(precision=7, scale=2), nullable=False),
    sa.Column('rating_min', sa.Integer(), nullable=False),
    sa.Column('sales_large_min', sa.Integer(), nullable=False),
    sa.Column('premium_large_min', sa.Numeric(precision=16, scale=2), nullable=False),
    sa.Column('scale_rule', sa.String(length=10), nullable=False),
    sa.Column('new_within_months', sa.Integer(), nullable=False),
    sa.Column('repair_weight', sa.Integer(), nullable=False),
    sa.Column('network_weight', sa.Integer(), nullable=False),
    sa.Column('repair_years', sa.Integer(), nullable=False),
    *_audit(),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_classification_settings'))
    )
    op.create_table('cooperation_models',
    sa.Column('code', sa.String(length=30), nullable=False),
    sa.Column('name_en', sa.String(length=100), nullable=False),
    sa.Column('name_zh', sa.String(length=100), nullable=False),
    sa.Column('description_en', sa.Text(), nullable=False),
    sa.Column('description_zh', sa.Text(), nullable=False),
    sa.Column('position', sa.Integer(), nullable=False),
    sa.Column('active', sa.Boolean(), nullable=False),
    *_audit(),
    sa.PrimaryKeyConstraint('code', name=op.f('pk_cooperation_models'))
    )
    op.create_table('fee_caps',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('region', sa.String(length=40), nullable=False),
    sa.Column('line', sa.String(length=20), nullable=False),
    sa.Column('cap', sa.Numeric(precision=7, scale=2), nullable=False),
    *_audit(),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_fee_caps')),
    sa.UniqueConstraint('region', 'line', name='uq_fee_caps_region_line')
    )
    op.create_table('mainstream_brands',
    sa.Column('brand', sa.String(length=60), nullable=False),
    *_audit(),
    sa.PrimaryKeyConstraint('brand', name=op.f('pk_mainstream_brands'))
    )
    op.create_table('repair_resources',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('brand', sa.String(length=60), nullable=False),
    sa.Column('city', sa.String(length=40), nullable=False),
    sa.Column('year', sa.Integer(), nullable=False),
    sa.Column('claim_count', sa.Integer(), nullable=False),
    sa.Column('repair_amount', sa.Numeric(precision=16, scale=2), nullable=False),
    *_audit(),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_repair_resources')),
    sa.UniqueConstraint('brand', 'city', 'year', name='uq_repair_resources_key')
    )
    op.create_table('scripts',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('situation', sa.String(length=300), nullable=False),
    sa.Column('script', sa.Text(), nullable=False),
    sa.Column('tags', sa.JSON(), nullable=False),
    sa.Column('uses', sa.Integer(), nullable=False),
    *_audit(),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_scripts'))
    )
    op.create_table('user_roles',
    sa.Column('profile_name', sa.String(length=60), nullable=False),
    sa.Column('role', sa.String(length=20), nullable=False),
    *_audit(),
    sa.PrimaryKeyConstraint('profile_name', 'role', name=op.f('pk_user_roles'))
    )
    op.create_table('agenda_template_steps',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('kind', sa.String(length=20), nullable=False),
    sa.Column('position', sa.Integer(), nullable=False),
    sa.Column('code', sa.String(length=30), nullable=False),
    sa.Column('title', sa.String(length=200), nullable=False),
    sa.Column('owner', sa.String(length=200), nullable=False),
    sa.Column('standard', sa.Text(), nullable=False),
    *_audit(),
    sa.ForeignKeyConstraint(['kind'], ['agenda_templates.kind'], name=op.f('fk_agenda_template_steps_kind_agenda_templates'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_agenda_template_steps'))
    )
    op.create_index(op.f('ix_agenda_template_steps_kind'), 'agenda_template_steps', ['kind'])

    op.create_table('classifications',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('dealer_id', sa.Integer(), nullable=False),
    sa.Column('tier', sa.String(length=12), nullable=False),
    sa.Column('computed_tier', sa.String(length=12), nullable=False),
    sa.Column('rule', sa.String(length=20), nullable=False),
    sa.Column('facts', sa.JSON(), nullable=False),
    sa.Column('manual', sa.Boolean(), nullable=False),
    sa.Column('reason', sa.Text(), nullable=False),
    *_audit(),
    sa.ForeignKeyConstraint(['dealer_id'], ['dealers.id'], name=op.f('fk_classifications_dealer_id_dealers'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_classifications'))
    )
    op.create_index(op.f('ix_classifications_dealer_id'), 'classifications', ['dealer_id'])

    op.create_table('meetings',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('dealer_id', sa.Integer(), nullable=False),
    sa.Column('kind', sa.String(length=20), nullable=False),
    sa.Column('day', sa.Date(), nullable=True),
    sa.Column('start', sa.Time(), nullable=True),
    sa.Column('duration_minutes', sa.Integer(), nullable=False),
    sa.Column('place', sa.String(length=300), nullable=False),
    sa.Column('content', sa.Text(), nullable=False),
    sa.Column('status', sa.String(length=12), nullable=False),
    sa.Column('notes', sa.Text(), nullable=False),
    sa.Column('packet_printed_at', sa.DateTime(), nullable=True),
    *_audit(),
    sa.ForeignKeyConstraint(['dealer_id'], ['dealers.id'], name=op.f('fk_meetings_dealer_id_dealers'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_meetings'))
    )
    op.create_index(op.f('ix_meetings_day'), 'meetings', ['day'])
    op.create_index(op.f('ix_meetings_dealer_id'), 'meetings', ['dealer_id'])

    op.create_table('policy_versions',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('dealer_id', sa.Integer(), nullable=False),
    sa.Column('number', sa.Integer(), nullable=False),
    sa.Column('status', sa.String(length=12), nullable=False),
    sa.Column('region', sa.String(length=40), nullable=False),
    sa.Column('compulsory_rate', sa.Numeric(precision=7, scale=2), nullable=True),
    sa.Column('commercial_rate', sa.Numeric(precision=7, scale=2), nullable=True),
    sa.Column('other_rate', sa.Numeric(precision=7, scale=2), nullable=True),
    sa.Column('bonuses', sa.JSON(), nullable=False),
    sa.Column('vehicle_types', sa.JSON(), nullable=False),
    sa.Column('max_vehicle_age', sa.Integer(), nullable=True),
    sa.Column('conditions', sa.Text(), nullable=False),
    sa.Column('exclusions', sa.JSON(), nullable=False),
    sa.Column('exclusions_text', sa.Text(), nullable=False),
    sa.Column('new_car_ratio', sa.Numeric(precision=8, scale=3), nullable=True),
    sa.Column('renewal_ratio', sa.Numeric(precision=8, scale=3), nullable=True),
    sa.Column('min_monthly_premium', sa.Numeric(precision=16, scale=2), nullable=True),
    sa.Column('min_sales_share', sa.Numeric(precision=7, scale=2), nullable=True),
    sa.Column('referral_brands', sa.JSON(), nullable=False),
    sa.Column('take_up', sa.Numeric(precision=7, scale=2), nullable=True),
    sa.Column('average_premium', sa.Numeric(precision=16, scale=2), nullable=True),
    sa.Column('renewal_premium', sa.Numeric(precision=16, scale=2), nullable=True),
    sa.Column('mix_compulsory', sa.Numeric(precision=7, scale=2), nullable=True),
    sa.Column('mix_commercial', sa.Numeric(precision=7, scale=2), nullable=True),
    sa.Column('note', sa.Text(), nullable=False),
    sa.Column('based_on', sa.Integer(), nullable=True),
    sa.Column('submitted_by', sa.String(length=60), nullable=False),
    sa.Column('submitted_at', sa.DateTime(), nullable=True),
    sa.Column('approved_by', sa.String(length=60), nullable=False),
    sa.Column('approved_at', sa.DateTime(), nullable=True),
    sa.Column('approver_role', sa.String(length=20), nullable=False),
    *_audit(),
    sa.ForeignKeyConstraint(['dealer_id'], ['dealers.id'], name=op.f('fk_policy_versions_dealer_id_dealers'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_policy_versions')),
    sa.UniqueConstraint('dealer_id', 'number', name='uq_policy_versions_number')
    )
    op.create_index(op.f('ix_policy_versions_dealer_id'), 'policy_versions', ['dealer_id'])

    op.create_table('rank_requirements',
    sa.Column('role', sa.String(length=20), nullable=False),
    sa.Column('rank_code', sa.String(length=30), nullable=False),
    *_audit(),
    sa.ForeignKeyConstraint(['rank_code'], ['staff_ranks.code'], name=op.f('fk_rank_requirements_rank_code_staff_ranks'), ondelete='RESTRICT'),
    sa.PrimaryKeyConstraint('role', name=op.f('pk_rank_requirements'))
    )
    op.create_table('strategies',
    sa.Column('dealer_id', sa.Integer(), nullable=False),
    sa.Column('cooperation_model', sa.String(length=30), nullable=False),
    sa.Column('model_content', sa.Text(), nullable=False),
    sa.Column('decision_analysis', sa.Text(), nullable=False),
    sa.Column('common_interests', sa.Text(), nullable=False),
    *_audit(),
    sa.ForeignKeyConstraint(['dealer_id'], ['dealers.id'], name=op.f('fk_strategies_dealer_id_dealers'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('dealer_id', name=op.f('pk_strategies'))
    )
    op.create_table('target_assessments',
    sa.Column('dealer_id', sa.Integer(), nullable=False),
    sa.Column('loss_ratio', sa.Numeric(precision=7, scale=2), nullable=True),
    sa.Column('manager_rating', sa.Integer(), nullable=True),
    sa.Column('terms_changeable', sa.Boolean(), nullable=False),
    sa.Column('business_selectable', sa.Boolean(), nullable=False),
    sa.Column('repair_need_amount', sa.Numeric(precision=16, scale=2), nullable=True),
    sa.Column('note', sa.Text(), nullable=False),
    *_audit(),
    sa.ForeignKeyConstraint(['dealer_id'], ['dealers.id'], name=op.f('fk_target_assessments_dealer_id_dealers'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('dealer_id', name=op.f('pk_target_assessments'))
    )
    op.create_table('bottom_lines',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('dealer_id', sa.Integer(), nullable=False),
    sa.Column('item', sa.String(length=200), nullable=False),
    sa.Column('direction', sa.String(length=4), nullable=False),
    sa.Column('value', sa.Numeric(precision=18, scale=4), nullable=False),
    sa.Column('unit', sa.String(length=20), nullable=False),
    sa.Column('note', sa.Text(), nullable=False),
    sa.Column('position', sa.Integer(), nullable=False),
    *_audit(),
    sa.ForeignKeyConstraint(['dealer_id'], ['strategies.dealer_id'], name=op.f('fk_bottom_lines_dealer_id_strategies'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_bottom_lines'))
    )
    op.create_index(op.f('ix_bottom_lines_dealer_id'), 'bottom_lines', ['dealer_id'])

    op.create_table('dossier_scripts',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('dealer_id', sa.Integer(), nullable=False),
    sa.Column('library_id', sa.Integer(), nullable=True),
    sa.Column('situation', sa.String(length=300), nullable=False),
    sa.Column('script', sa.Text(), nullable=False),
    sa.Column('tags', sa.JSON(), nullable=False),
    sa.Column('position', sa.Integer(), nullable=False),
    *_audit(),
    sa.ForeignKeyConstraint(['dealer_id'], ['strategies.dealer_id'], name=op.f('fk_dossier_scripts_dealer_id_strategies'), ondelete='CASCADE'),
    sa.ForeignKeyConstraint(['library_id'], ['scripts.id'], name=op.f('fk_dossier_scripts_library_id_scripts'), ondelete='SET NULL'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_dossier_scripts'))
    )
    op.create_index(op.f('ix_dossier_scripts_dealer_id'), 'dossier_scripts', ['dealer_id'])

    op.create_table('meeting_agenda_steps',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('meeting_id', sa.Integer(), nullable=False),
    sa.Column('position', sa.Integer(), nullable=False),
    sa.Column('code', sa.String(length=30), nullable=False),
    sa.Column('title', sa.String(length=200), nullable=False),
    sa.Column('owner', sa.String(length=200), nullable=False),
    sa.Column('standard', sa.Text(), nullable=False),
    sa.Column('note', sa.Text(), nullable=False),
    *_audit(),
    sa.ForeignKeyConstraint(['meeting_id'], ['meetings.id'], name=op.f('fk_meeting_agenda_steps_meeting_id_meetings'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_meeting_agenda_steps'))
    )
    op.create_index(op.f('ix_meeting_agenda_steps_meeting_id'), 'meeting_agenda_steps', ['meeting_id'])

    op.create_table('meeting_attendees',
    sa.Column('meeting_id', sa.Integer(), nullable=False),
    sa.Column('key_person_id', sa.Integer(), nullable=False),
    sa.Column('confirmed', sa.Boolean(), nullable=False),
    sa.Column('position', sa.Integer(), nullable=False),
    *_audit(),
    sa.ForeignKeyConstraint(['key_person_id'], ['key_people.id'], name=op.f('fk_meeting_attendees_key_person_id_key_people'), ondelete='CASCADE'),
    sa.ForeignKeyConstraint(['meeting_id'], ['meetings.id'], name=op.f('fk_meeting_attendees_meeting_id_meetings'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('meeting_id', 'key_person_id', name=op.f('pk_meeting_attendees'))
    )
    op.create_table('meeting_materials',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('meeting_id', sa.Integer(), nullable=False),
    sa.Column('code', sa.String(length=30), nullable=False),
    sa.Column('label', sa.String(length=200), nullable=False),
    sa.Column('ready', sa.Boolean(), nullable=False),
    sa.Column('position', sa.Integer(), nullable=False),
    *_audit(),
    sa.ForeignKeyConstraint(['meeting_id'], ['meetings.id'], name=op.f('fk_meeting_materials_meeting_id_meetings'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_meeting_materials'))
    )
    op.create_index(op.f('ix_meeting_materials_meeting_id'), 'meeting_materials', ['meeting_id'])

    op.create_table('meeting_outcomes',
    sa.Column('meeting_id', sa.Integer(), nullable=False),
    sa.Column('result', sa.String(length=12), nullable=False),
    sa.Column('summary', sa.Text(), nullable=False),
    *_audit(),
    sa.ForeignKeyConstraint(['meeting_id'], ['meetings.id'], name=op.f('fk_meeting_outcomes_meeting_id_meetings'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('meeting_id', name=op.f('pk_meeting_outcomes'))
    )
    op.create_table('team_members',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('meeting_id', sa.Integer(), nullable=False),
    sa.Column('staff_id', sa.Integer(), nullable=False),
    sa.Column('is_main', sa.Boolean(), nullable=False),
    sa.Column('scope', sa.Text(), nullable=False),
    sa.Column('position', sa.Integer(), nullable=False),
    *_audit(),
    sa.ForeignKeyConstraint(['meeting_id'], ['meetings.id'], name=op.f('fk_team_members_meeting_id_meetings'), ondelete='CASCADE'),
    sa.ForeignKeyConstraint(['staff_id'], ['staff.id'], name=op.f('fk_team_members_staff_id_staff'), ondelete='RESTRICT'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_team_members')),
    sa.UniqueConstraint('meeting_id', 'staff_id', name='uq_team_members_pair')
    )
    op.create_index(op.f('ix_team_members_meeting_id'), 'team_members', ['meeting_id'])
    op.create_index(op.f('ix_team_members_staff_id'), 'team_members', ['staff_id'])

    op.create_table('agreed_terms',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('meeting_id', sa.Integer(), nullable=False),
    sa.Column('bottom_line_id', sa.Integer(), nullable=True),
    sa.Column('item', sa.String(length=200), nullable=False),
    sa.Column('value', sa.Numeric(precision=18, scale=4), nullable=False),
    sa.Column('unit', sa.String(length=20), nullable=False),
    sa.Column('note', sa.Text(), nullable=False),
    sa.Column('position', sa.Integer(), nullable=False),
    *_audit(),
    sa.ForeignKeyConstraint(['bottom_line_id'], ['bottom_lines.id'], name=op.f('fk_agreed_terms_bottom_line_id_bottom_lines'), ondelete='SET NULL'),
    sa.ForeignKeyConstraint(['meeting_id'], ['meeting_outcomes.meeting_id'], name=op.f('fk_agreed_terms_meeting_id_meeting_outcomes'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_agreed_terms'))
    )
    op.create_index(op.f('ix_agreed_terms_meeting_id'), 'agreed_terms', ['meeting_id'])

    op.create_table('next_actions',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('meeting_id', sa.Integer(), nullable=False),
    sa.Column('action', sa.Text(), nullable=False),
    sa.Column('owner_staff_id', sa.Integer(), nullable=True),
    sa.Column('due', sa.Date(), nullable=True),
    sa.Column('done', sa.Boolean(), nullable=False),
    sa.Column('position', sa.Integer(), nullable=False),
    *_audit(),
    sa.ForeignKeyConstraint(['meeting_id'], ['meeting_outcomes.meeting_id'], name=op.f('fk_next_actions_meeting_id_meeting_outcomes'), ondelete='CASCADE'),
    sa.ForeignKeyConstraint(['owner_staff_id'], ['staff.id'], name=op.f('fk_next_actions_owner_staff_id_staff'), ondelete='SET NULL'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_next_actions'))
    )
    op.create_index(op.f('ix_next_actions_meeting_id'), 'next_actions', ['meeting_id'])
    _seed()


SEED_CLASSIFICATION = dict(id=1, loss_ratio_max=65, rating_min=3, sales_large_min=1500, premium_large_min=5000000,
                           scale_rule="any", new_within_months=24, repair_weight=60, network_weight=40, repair_years=3)
SEED_BRANDS = ("丰田", "本田", "大众", "奥迪", "宝马", "奔驰", "别克", "日产", "比亚迪", "吉利", "长安", "雷克萨斯", "特斯拉")
SEED_CAPS = (("", "compulsory", 4), ("", "commercial", 15))
SEED_RANKS = (("decision_maker", "leadership"), ("insurance_head", "team_manager"), ("sales_head", "department_head"),
              ("aftersales_head", "department_head"), ("other", "specialist"))
SEED_MODELS = (
    ("win_win", "Win-win model", "共赢模式", "Premium and repair referrals traded both ways, shared customer operations",
     "保费与送修双向互换，共同经营客户"),
    ("agency", "Part-time agency", "兼业代理", "The dealer sells our motor insurance as a part-time agent for commission",
     "车商作为兼业代理销售我司车险并收取手续费"),
    ("repair_exchange", "Repairs for premium", "以修换保",
     "Accident repairs referred to the dealer in proportion to the premium it brings", "按车商带来的保费比例向其送修事故车"),
    ("strategic", "Strategic partnership", "战略合作", "Group-level agreement covering several stores and services",
     "集团层面覆盖多家门店及服务的战略合作协议"),
)
SEED_AGENDA = {
    "decision_maker": ("dm.introductions", "dm.small_talk", "dm.subject", "dm.advantages", "dm.model", "dm.resources", "dm.intent"),
    "insurance_sales": ("is.introductions", "is.business", "is.policy", "is.quote", "is.renewal", "is.next"),
    "aftersales": ("as.introductions", "as.needs", "as.referral", "as.claims", "as.next"),
}


def _seed() -> None:
    now = datetime.now(timezone.utc).replace(tzinfo=None)
    audit = dict(version=1, created_at=now, created_by="setup", updated_at=now, updated_by="setup")

    def table(name, *cols):
        return sa.table(name, *(sa.column(c) for c in cols + tuple(audit)))

    op.bulk_insert(table("classification_settings", *SEED_CLASSIFICATION), [{**SEED_CLASSIFICATION, **audit}])
    op.bulk_insert(table("mainstream_brands", "brand"), [dict(brand=b, **audit) for b in SEED_BRANDS])
    op.bulk_insert(table("fee_caps", "region", "line", "cap"), [dict(region=r, line=l, cap=c, **audit) for r, l, c in SEED_CAPS])
    ranks = {row[0] for row in op.get_bind().execute(sa.text("SELECT code FROM staff_ranks"))}
    op.bulk_insert(table("rank_requirements", "role", "rank_code"),
                   [dict(role=role, rank_code=code, **audit) for role, code in SEED_RANKS if code in ranks])
    op.bulk_insert(table("cooperation_models", "code", "name_en", "name_zh", "description_en", "description_zh", "position", "active"),
                   [dict(code=c, name_en=en, name_zh=zh, description_en=de, description_zh=dz, position=i, active=True, **audit)
                    for i, (c, en, zh, de, dz) in enumerate(SEED_MODELS)])
    op.bulk_insert(table("agenda_templates", "kind"), [dict(kind=k, **audit) for k in SEED_AGENDA])
    op.bulk_insert(table("agenda_template_steps", "kind", "position", "code", "title", "owner", "standard"),
                   [dict(kind=k, position=i, code=c, title="", owner="", standard="", **audit)
                    for k, codes in SEED_AGENDA.items() for i, c in enumerate(codes)])


def downgrade() -> None:
    for name in TABLES_DROP_ORDER:
        op.drop_table(name)
