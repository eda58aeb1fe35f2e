"""What the database enforces beyond the table's cells, through the services (as the windows use
them) and through raw SQL (as anyone with another SQL tool would): segregation of duties, caps at
submission, immutability for everyone, masking that keeps the ORM working, team scope, stamps."""

from __future__ import annotations

from dataclasses import replace
from decimal import Decimal

import psycopg
import pytest

from desktop.rules.dealers import records as r
from desktop.rules.errors import RuleError
from desktop.rules.negotiation.policy_records import PolicyVersion
from desktop.services.contracts import drafts as contracts
from desktop.services.dealers import files as dealers
from desktop.services.dealers import listing
from desktop.services.negotiation import policies
from desktop.services.negotiation.common import Refused
from desktop.services.office import errors as office_errors
from desktop.services.office.errors import OfficeRefused
from tests.services.contracts_support import make_dealer
from tests.services.office.seed import SECRET


def test_nobody_approves_their_own_submission(office_ctx_of, seed):
    chan2 = office_ctx_of("chan2")  # submitted seed.submitted_policy
    v = policies.get(chan2, seed.submitted_policy)
    with pytest.raises(OfficeRefused) as err:
        policies.approve(chan2, v.id, v.audit.version)
    assert err.value.code == "office.approve_own" and "须由其他人审批" in err.value.message("zh_CN"), err.value.message("zh_CN")
    assert policies.get(chan2, v.id).status == "submitted", "nothing changed"


def test_a_cap_breach_is_refused_at_submission_and_named(office_ctx_of, office_db, seed):
    chan = office_ctx_of("chan")
    v = policies.save_draft(chan, PolicyVersion(dealer_id=seed.dealer_a, rates={"compulsory": "4", "commercial": "16"},
                                                 vehicle_types=["private_car"], new_car_ratio=Decimal("0.6")))
    assert v.breaches, "flagged when saved"
    with pytest.raises(Refused) as err:  # the window's way: the service names the breach before asking the server
        policies.submit(chan, v.id, v.audit.version)
    message = err.value.message("zh_CN")
    assert message == "无法提交审批：商业险：16% 超过上限 15%", message
    assert policies.get(chan, v.id).status == "draft", "still a draft"
    with office_db.connect("chan") as conn, conn.transaction(force_rollback=True):  # any other SQL client
        with pytest.raises(psycopg.Error) as raw:
            conn.execute("UPDATE policy_versions SET status = 'submitted' WHERE id = %s", [v.id])
    assert raw.value.sqlstate == "DD004", "the server refuses the breach whoever asks"
    worded = office_errors.caps_text(raw.value.diag.message_detail or "", "zh_CN")
    assert "商业险 16.00%（上限 15.00%）" in worded, worded
    policies.delete_draft(chan, v.id, policies.get(chan, v.id).audit.version)


def test_who_submitted_and_approved_comes_from_the_server(office_db, seed):
    with office_db.connect("lead") as conn, conn.transaction(force_rollback=True):
        conn.execute("UPDATE policy_versions SET status = 'approved', approved_by = 'someone else' WHERE id = %s",
                     [seed.submitted_policy])
        got = conn.execute("SELECT approved_by, approver_role, submitted_by FROM policy_versions WHERE id = %s",
                           [seed.submitted_policy]).fetchone()
    assert got == (office_db.logins["lead"], "leadership", office_db.logins["chan2"]), f"the logins, not what was written: {got}"
    with office_db.connect("chan") as conn, conn.transaction(force_rollback=True):
        done = conn.execute("UPDATE policy_versions SET submitted_by = 'someone' WHERE id = %s", [seed.submitted_policy])
        forged = conn.execute("SELECT submitted_by FROM policy_versions WHERE id = %s", [seed.submitted_policy]).fetchone()
    assert done.rowcount == 1 and forged == (office_db.logins["chan2"],), "nobody writes another name into submitted_by"
    with office_db.connect("chan") as conn, conn.transaction(force_rollback=True):
        with pytest.raises(psycopg.Error) as err:
            conn.execute(
                "INSERT INTO policy_versions (dealer_id, number, status, region, bonuses, vehicle_types, conditions,"
                " exclusions, exclusions_text, referral_brands, note, submitted_by, approved_by, approver_role, version,"
                " created_at, created_by, updated_at, updated_by) VALUES (%s, 98, 'approved', '', '[]', '[]', '',"
                " '[]', '', '[]', '', '', 'me', '', 1, now(), '', now(), '')", [seed.dealer_a])
    assert err.value.sqlstate == "DD005", "a version is born a draft, never approved"


def test_signed_contracts_never_change_not_even_for_the_owner(office_db, seed):
    for key in ("lead", "admin", None):  # leadership, the administrator, the owner (a superuser)
        with office_db.connect(key) as conn, conn.transaction(force_rollback=True):
            with pytest.raises(psycopg.Error) as err:
                conn.execute("UPDATE contracts SET dealer_name = 'changed' WHERE id = %s", [seed.contract_signed])
            assert err.value.sqlstate in ("DD003", "42501"), f"{key}: {err.value.sqlstate}"
    with office_db.connect() as conn, conn.transaction(force_rollback=True):
        with pytest.raises(psycopg.Error) as err:
            conn.execute("DELETE FROM contracts WHERE id = %s", [seed.contract_signed])
        assert err.value.sqlstate == "DD003", "never deleted"
    with office_db.connect() as conn, conn.transaction(force_rollback=True):
        with pytest.raises(psycopg.Error) as err:
            conn.execute("UPDATE contracts SET signed_by = 'x' WHERE id = %s", [seed.contract_signed])
        assert err.value.sqlstate == "DD003", "the signature itself stays as signed"
    with office_db.connect() as conn, conn.transaction(force_rollback=True):
        pack = conn.execute("INSERT INTO contract_packs (uid, contract_id, number, revision, sha256, pages, lang, file_name,"
                            " snapshot, created_at, created_by) SELECT 'probe', id, number, revision, 'x', 1, 'zh_CN', 'x.pdf',"
                            " '{}', now(), '' FROM contracts WHERE id = %s RETURNING id", [seed.contract_signed]).fetchone()[0]
        with pytest.raises(psycopg.Error) as err:
            conn.execute("UPDATE contract_packs SET file_name = 'y.pdf' WHERE id = %s", [pack])
        assert err.value.sqlstate == "DD003", "a pack stored for a signed contract is never changed (printing adds new ones)"


def test_masked_fields_for_a_specialist_and_the_orm_still_works(office_ctx_of, seed):
    spec, tm = office_ctx_of("spec"), office_ctx_of("tm")
    seen = dealers.get(spec, seed.dealer_a).people[0]
    assert (seen.background, seen.hobbies, seen.phone, seen.birth_year) == ("***", "***", "***", 0), seen
    assert dealers.get(tm, seed.dealer_a).people[0].background == SECRET, "a team manager prepares negotiations"
    d = dealers.get(spec, seed.dealer_a)
    saved = dealers.save(spec, replace(d, notes="专员补充", people=[replace(d.people[0], position="总经理")]))
    assert saved.people[0].position == "总经理" and saved.notes == "专员补充", "a specialist edits what they see"
    assert dealers.get(tm, seed.dealer_a).people[0].background == SECRET, "the masked value never overwrote the secret"
    with pytest.raises(OfficeRefused) as err:
        dealers.save(spec, replace(saved, people=[replace(saved.people[0], hobbies="钓鱼")]))
    assert err.value.code == "office.sensitive_refused" and "团队经理" in err.value.message("zh_CN"), err.value.message("zh_CN")
    added = dealers.save(spec, replace(saved, people=saved.people + [r.KeyPerson(name="李娜", role="sales_head")]))
    assert [p.name for p in added.people] == ["王伟", "李娜"], "a specialist adds a key person through the view"
    dealers.save(spec, replace(added, people=added.people[:1]))


def test_each_team_sees_and_edits_its_own_dealers(office_ctx_of, office_db, seed):
    spec, spec_b, chan = office_ctx_of("spec"), office_ctx_of("spec_b"), office_ctx_of("chan")
    assert {row.id for row in listing.list_rows(spec)} >= {seed.dealer_a} and seed.dealer_b not in {
        row.id for row in listing.list_rows(spec)}, "team A sees A's dealers only"
    assert seed.dealer_a not in {row.id for row in listing.list_rows(spec_b)}, "team B does not see A's"
    assert {seed.dealer_a, seed.dealer_b} <= {row.id for row in listing.list_rows(chan)}, "the channel dept sees all"
    mine = make_dealer(spec_b, 7, people=[])  # a key person's phone is sensitive: not a specialist's to write
    with office_db.connect() as conn:
        assert conn.execute("SELECT team, created_by FROM dealers WHERE id = %s", [mine.id]).fetchone() == (
            "B组", office_db.logins["spec_b"]), "a member's new dealer lands in their team, stamped with their login"
    with office_db.connect("spec_b") as conn, conn.transaction(force_rollback=True):
        assert conn.execute("SELECT count(*) FROM key_people WHERE dealer_id = %s", [seed.dealer_a]).fetchone()[0] == 0
        assert conn.execute("UPDATE dealers SET notes = 'x' WHERE id = %s", [seed.dealer_a]).rowcount == 0
        with pytest.raises(psycopg.errors.InsufficientPrivilege):
            conn.execute("INSERT INTO visits (dealer_id, visited_on, people_met, findings, next_step, version, created_at,"
                         " created_by, updated_at, updated_by) VALUES (%s, current_date, '', '', '', 1, now(), '', now(), '')",
                         [seed.dealer_a])
    with office_db.connect("spec") as conn, conn.transaction(force_rollback=True):
        with pytest.raises(psycopg.Error) as err:
            conn.execute("UPDATE dealers SET team = 'B组' WHERE id = %s", [seed.dealer_a])
        assert err.value.sqlstate == "DD001" and err.value.diag.message_detail == "assign_team"
    with pytest.raises(RuleError) as err:
        make_dealer(spec, 7, people=[])  # the same credit code as team B's new dealer
    assert err.value.problems[0].code == "dealer.duplicate_uscc_elsewhere", err.value.problems


def test_stamps_come_from_the_server(office_db, seed):
    with office_db.connect("spec") as conn, conn.transaction(force_rollback=True):
        conn.execute("UPDATE dealers SET notes = 'x', updated_by = 'boss', created_by = 'boss',"
                     " created_at = '2000-01-01' WHERE id = %s", [seed.dealer_a])
        row = conn.execute("SELECT updated_by, created_by, created_at > '2001-01-01' FROM dealers WHERE id = %s",
                           [seed.dealer_a]).fetchone()
    assert row[0] == office_db.logins["spec"] and row[1] != "boss" and row[2], f"not forgeable: {row}"


def test_the_contract_lifecycle_through_the_services_follows_the_roles(office_ctx_of, seed):
    chan, lead = office_ctx_of("chan"), office_ctx_of("lead")
    from desktop.services.contracts import lifecycle as lc
    from tests.services.office.seed import contract_in

    c = contracts.get(chan, contract_in(office_ctx_of(None), seed.dealer_a, "under_review"))
    with pytest.raises(OfficeRefused) as err:
        lc.sign(chan, c.id, c.audit.version)
    assert err.value.action == "sign_contract" and "机构班子" in err.value.message("zh_CN"), err.value.message("zh_CN")
    signed = lc.sign(lead, c.id, c.audit.version)
    assert signed.status in ("signed", "in_force") and signed.signed_by == lead.user, signed
    assert lc.advance(chan) >= 0, "anyone may apply the moves due by date"


def test_moves_due_by_date_are_applied_for_whoever_opens_the_contracts(office_ctx_of, office_db, seed):
    from desktop.services.contracts import lifecycle as lc

    with office_db.connect() as conn:  # make the signed contract due: its start has come
        conn.execute("SET session_replication_role = replica")  # past the immutability guard, as a test fixture only
        conn.execute("UPDATE contracts SET start_date = current_date - 1 WHERE id = %s", [seed.contract_signed])
        conn.commit()
    try:
        spec = office_ctx_of("spec")  # no contract rights at all
        assert lc.advance(spec) >= 1, "the database applied the due move for a specialist"
        with office_db.connect() as conn:
            assert conn.execute("SELECT status FROM contracts WHERE id = %s", [seed.contract_signed]).fetchone() == ("in_force",)
        with office_db.connect("spec") as conn, conn.transaction(force_rollback=True):
            with pytest.raises(psycopg.errors.InsufficientPrivilege):
                conn.execute("UPDATE contracts SET status = 'expired' WHERE id = %s", [seed.contract_signed])
    finally:
        with office_db.connect() as conn:
            conn.execute("SET session_replication_role = replica")
            conn.execute("UPDATE contracts SET status = 'signed', start_date = current_date + 30 WHERE id = %s",
                         [seed.contract_signed])
            conn.commit()


def test_a_specialist_in_psql_is_refused_and_nothing_changes(office_db, seed):
    """The issue's own words: a specialist's login running a plain UPDATE in psql is refused."""
    import os
    import shutil
    import subprocess

    from sqlalchemy.engine import make_url

    psql = shutil.which("psql")
    if psql is None:
        pytest.skip("psql is not installed")
    url = make_url(office_db.url("spec"))
    env = {**os.environ, "PGPASSWORD": url.password, "PGCLIENTENCODING": "UTF8", "LC_MESSAGES": "C"}

    def run(sql: str) -> subprocess.CompletedProcess:
        return subprocess.run([psql, "-X", "-v", "ON_ERROR_STOP=1", "-h", url.host, "-p", str(url.port or 5432), "-U",
                               url.username, "-d", url.database, "-At", "-c", sql], env=env, capture_output=True,
                              text=True, timeout=60)

    for sql in (f"UPDATE policy_versions SET status = 'approved' WHERE id = {seed.submitted_policy}",
                f"UPDATE contracts SET status = 'signed', signed_on = current_date WHERE id = {seed.contract_review}",
                f"UPDATE dealers SET team = 'B组' WHERE id = {seed.dealer_a}",
                "DELETE FROM history"):
        done = run(sql)
        assert done.returncode != 0 and "ERROR" in done.stderr, f"{sql}: psql said {done.returncode} {done.stdout} {done.stderr}"
    assert run(f"SELECT status FROM policy_versions WHERE id = {seed.submitted_policy}").stdout.strip() == "submitted"
    assert run(f"SELECT team FROM dealers WHERE id = {seed.dealer_a}").stdout.strip() == "A组", "nothing changed"
    assert run(f"UPDATE dealers SET notes = notes WHERE id = {seed.dealer_a}").stdout.strip() == "UPDATE 1", \
        "what the table permits (editing the own team's dealer) succeeds"
