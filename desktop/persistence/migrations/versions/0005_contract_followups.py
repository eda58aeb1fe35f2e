"""contracts: one renewal per contract, one open revision per contract number

Revision ID: 0005_contract_followups
Revises: 0004_contracts
Create Date: 2026-11-27

Issue 6 follow-up. The services refuse a second renewal or a second open amendment, but they
check before they write: two users acting at the same moment could both pass the check. Two
unique indexes make the database refuse the second one:

- ``uq_contracts_renews_id`` on ``renews_id``: a contract is renewed by at most one contract
  (NULLs do not collide, so contracts that renew nothing are unaffected);
- ``uq_contracts_open_revision`` on ``number`` where the status is draft or under review: a
  contract number has at most one revision that is not yet binding.

Partial unique indexes are plain ``CREATE UNIQUE INDEX … WHERE`` on SQLite and PostgreSQL. A
database that already holds such duplicates (the race happened before this revision) is not
changed: the upgrade stops, naming them, so a person decides which draft goes.
"""
from alembic import op
import sqlalchemy as sa


revision = "0005_contract_followups"
down_revision = "0004_contracts"
branch_labels = None
depends_on = None

OPEN_WHERE = "status IN ('draft', 'under_review')"  # copied, not imported: this revision never changes


def _duplicates() -> list[str]:
    conn = op.get_bind()
    found = []
    renewed = conn.execute(sa.text(
        "SELECT old.number, old.revision, new.number FROM contracts new JOIN contracts old ON old.id = new.renews_id"
        " WHERE new.renews_id IN (SELECT renews_id FROM contracts WHERE renews_id IS NOT NULL"
        " GROUP BY renews_id HAVING count(*) > 1) ORDER BY old.number, old.revision, new.number")).all()
    by_old: dict[tuple, list[str]] = {}
    for number, rev, renewal in renewed:
        by_old.setdefault((number, rev), []).append(renewal)
    found += [f"contract {n}/{r} is renewed by {', '.join(rs)}" for (n, r), rs in by_old.items()]
    open_revisions = conn.execute(sa.text(
        f"SELECT number, revision FROM contracts WHERE {OPEN_WHERE} AND number IN (SELECT number FROM contracts"
        f" WHERE {OPEN_WHERE} GROUP BY number HAVING count(*) > 1) ORDER BY number, revision")).all()
    by_number: dict[str, list[str]] = {}
    for number, rev in open_revisions:
        by_number.setdefault(number, []).append(str(rev))
    found += [f"contract {n} has open revisions {', '.join(rs)}" for n, rs in by_number.items()]
    return found


def upgrade() -> None:
    clashes = _duplicates()
    if clashes:
        raise RuntimeError("delete the extra draft(s) with the previous version of DealerDesk, then start again: "
                           + "; ".join(clashes))
    op.create_index("uq_contracts_renews_id", "contracts", ["renews_id"], unique=True)
    op.create_index("uq_contracts_open_revision", "contracts", ["number"], unique=True,
                    sqlite_where=sa.text(OPEN_WHERE), postgresql_where=sa.text(OPEN_WHERE))


def downgrade() -> None:
    op.drop_index("uq_contracts_open_revision", table_name="contracts")
    op.drop_index("uq_contracts_renews_id", table_name="contracts")
