"""The server's own last word on a contract's blanks and a packet's sensitive ticks (issue 14): a
login that skips the services — raw SQL, as psql would — cannot submit a contract with a blank,
sign one without its required documents, or tick key people's sensitive fields into a packet
without the right to see them; and the server's list of gaps is the one the services name."""

from __future__ import annotations

from datetime import date, timedelta

import psycopg
import pytest
from sqlalchemy.exc import DBAPIError

from desktop.rules.contracts import blanks
from desktop.services.contracts import drafts as contracts, settings as contract_settings
from desktop.services.office.errors import OfficeRefused, map_db_error
from tests.services.contracts_support import ready


def _draft(owner, dealer_id):
    today = date.today()
    return contracts.create(owner, dealer_id, start=today - timedelta(days=30), today=today)


def _python_gaps(owner, c) -> set[str]:
    found = blanks.blanks(c, contract_settings.get_template(owner, c.template_id))
    return {b.name for b in found}


def _refusal(conn, sql, params) -> psycopg.Error:
    with pytest.raises(psycopg.Error) as err:
        conn.execute(sql, params)
    return err.value


def test_a_draft_with_blanks_cannot_be_submitted_in_plain_sql(office_ctx_of, office_db, seed):
    owner = office_ctx_of(None)
    c = _draft(owner, seed.dealer_a)
    expected = _python_gaps(owner, c)
    assert expected, "a fresh draft has blanks (its own terms, the renewal target)"
    with office_db.connect("chan") as conn, conn.transaction(force_rollback=True):
        err = _refusal(conn, "UPDATE contracts SET status = 'under_review' WHERE id = %s", [c.id])
    assert err.sqlstate == "DD008", f"refused as incomplete, not {err.sqlstate}: {err}"
    assert set(err.diag.message_detail.split(",")) == expected, "the server names the same blanks as the services"

    mapped = map_db_error(DBAPIError("UPDATE contracts", {}, err))
    assert isinstance(mapped, OfficeRefused)
    words = mapped.message("zh_CN")
    assert words.startswith("合同尚有以下内容未完成") and "contract.ph" not in words and "target_" not in words, words

    c = ready(owner, c)
    assert _python_gaps(owner, c) == set()
    with office_db.connect("chan") as conn, conn.transaction(force_rollback=True):
        conn.execute("UPDATE contracts SET status = 'under_review' WHERE id = %s", [c.id])
        assert conn.execute("SELECT status FROM contracts WHERE id = %s", [c.id]).fetchone() == ("under_review",)


def test_a_blank_written_into_a_clause_is_a_gap_too(office_ctx_of, office_db, seed):
    owner = office_ctx_of(None)
    c = ready(owner, _draft(owner, seed.dealer_a))
    template_id = c.template_id
    with office_db.connect() as conn:  # the owner puts a hand-written blank into a copy of the template
        clauses = conn.execute("SELECT clauses::jsonb FROM contract_templates WHERE id = %s", [template_id]).fetchone()[0]
        clauses[1]["text_zh"] += "其他险种 ____ 。"
        new_id = conn.execute(
            "INSERT INTO contract_templates (kind, template_version, title_zh, title_en, clauses, service_zh, service_en,"
            " fields, source, note, version, created_at, created_by, updated_at, updated_by)"
            " SELECT kind, 900 + id, title_zh, title_en, %s::json, service_zh, service_en, fields, 'branch', '', 1, now(),"
            " '', now(), '' FROM contract_templates WHERE id = %s RETURNING id",
            [psycopg.types.json.Json(clauses), template_id]).fetchone()[0]
        conn.execute("UPDATE contracts SET template_id = %s WHERE id = %s", [new_id, c.id])
        conn.commit()
    try:
        with office_db.connect("chan") as conn, conn.transaction(force_rollback=True):
            err = _refusal(conn, "UPDATE contracts SET status = 'under_review' WHERE id = %s", [c.id])
        assert err.sqlstate == "DD008" and err.diag.message_detail == "clause:2", err.diag.message_detail
        assert _python_gaps(owner, contracts.get(owner, c.id)) == {"clause:2"}, "the services agree"
    finally:  # the copy would be the newest template every later draft is made from
        with office_db.connect() as conn:
            conn.execute("UPDATE contracts SET template_id = %s WHERE id = %s", [template_id, c.id])
            conn.execute("DELETE FROM contract_templates WHERE id = %s", [new_id])
            conn.commit()


def test_signing_without_the_required_documents_is_refused_by_the_server(office_ctx_of, office_db, seed):
    owner = office_ctx_of(None)
    c = ready(owner, _draft(owner, seed.dealer_a))
    with office_db.connect() as conn:
        conn.execute("DELETE FROM contract_attachments WHERE contract_id = %s AND doc_type = 'authorisation'", [c.id])
        conn.commit()
    with office_db.connect("chan") as conn:  # blanks filled: submitting needs no documents
        conn.execute("UPDATE contracts SET status = 'under_review' WHERE id = %s", [c.id])
        conn.commit()
    with office_db.connect("lead") as conn, conn.transaction(force_rollback=True):
        err = _refusal(conn, "UPDATE contracts SET status = 'signed', signed_on = current_date WHERE id = %s", [c.id])
    assert err.sqlstate == "DD008" and err.diag.message_detail == "doc:authorisation", err.diag.message_detail
    words = map_db_error(DBAPIError("UPDATE", {}, err)).message("zh_CN")
    assert "授权书" in words or "授权" in words, words

    with office_db.connect("lead") as conn, conn.transaction(force_rollback=True):  # a complete one signs
        conn.execute("UPDATE contracts SET status = 'signed', signed_on = current_date WHERE id = %s", [seed.contract_review])
        assert conn.execute("SELECT status FROM contracts WHERE id = %s", [seed.contract_review]).fetchone() == ("signed",)


def test_only_who_may_see_sensitive_fields_ticks_them_and_the_server_names_who(office_db, seed):
    with office_db.connect("spec") as conn, conn.transaction(force_rollback=True):
        err = _refusal(conn, "UPDATE meetings SET packet_sensitive = 'hobbies', packet_sensitive_by = 'x' WHERE id = %s",
                       [seed.meeting_a])
    assert err.sqlstate in ("DD006", "42501"), f"{err.sqlstate}: {err}"
    with office_db.connect("tm") as conn, conn.transaction(force_rollback=True):
        conn.execute("UPDATE meetings SET packet_sensitive = 'hobbies,age', packet_sensitive_by = 'someone else'"
                     " WHERE id = %s", [seed.meeting_a])
        got = conn.execute("SELECT packet_sensitive, packet_sensitive_by FROM meetings WHERE id = %s",
                           [seed.meeting_a]).fetchone()
        assert got == ("hobbies,age", office_db.logins["tm"]), f"who ticked comes from the server: {got}"
        conn.execute("UPDATE meetings SET packet_sensitive = '' WHERE id = %s", [seed.meeting_a])
        assert conn.execute("SELECT packet_sensitive_by FROM meetings WHERE id = %s", [seed.meeting_a]).fetchone() == ("",)
