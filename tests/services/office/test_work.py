"""Work assignment and 我的待办: on the single-user database, and on the office database where only
who may assign_work gives work and the owner marks their own item done."""

from __future__ import annotations

from datetime import date, timedelta

import pytest

from desktop.rules.errors import RuleError
from desktop.services import meetings
from desktop.services.office import work
from desktop.services.office.errors import OfficeRefused
from tests.services.contracts_support import make_dealer

TODAY = date(2026, 12, 7)


def test_my_work_lists_overdue_first_on_the_single_user_database(ctx):
    a, b = make_dealer(ctx, 1), make_dealer(ctx, 2)
    meeting = meetings.save(ctx, meetings.new_meeting(ctx, a.id))
    work.assign(ctx, a.id, 2, "tester", TODAY + timedelta(days=3))
    work.assign(ctx, b.id, 1, "tester", TODAY - timedelta(days=2), note="补齐名录来源")
    work.assign(ctx, a.id, 6, "tester", TODAY, meeting_id=meeting.id)
    work.assign(ctx, b.id, 5, "tester")
    mine = work.my_work(ctx, TODAY)
    assert [(x.dealer_id, x.step) for x in mine] == [(b.id, 1), (a.id, 6), (a.id, 2), (b.id, 5)], mine
    assert mine[0].overdue(TODAY) and mine[0].note == "补齐名录来源" and mine[0].step_title("zh_CN") != "readiness.step1.title"
    due, overdue = work.due_now(ctx, TODAY)
    assert [x.step for x in due] == [6] and [x.step for x in overdue] == [1]
    done = work.mark_done(ctx, mine[0].id, mine[0].audit.version, today=TODAY)
    assert done.done_on == TODAY and len(work.my_work(ctx, TODAY)) == 3, "done items leave the list"
    again = work.assign(ctx, a.id, 2, "tester", TODAY + timedelta(days=9))
    assert len([x for x in work.assignments_of(ctx, a.id) if x.step == 2]) == 1 and again.due_on == TODAY + timedelta(days=9)
    with pytest.raises(RuleError):
        work.assign(ctx, a.id, 3, "tester", meeting_id=meeting.id)  # step 3 is not a meeting's
    with pytest.raises(RuleError):
        work.assign(ctx, a.id, 3, "someone else")


def test_on_the_office_database_who_may_give_work_and_who_marks_it_done(office_ctx_of, office_db, seed):
    tm, spec, spec_b = office_ctx_of("tm"), office_ctx_of("spec"), office_ctx_of("spec_b")
    item = work.assign(tm, seed.dealer_a, 4, office_db.logins["spec"], TODAY)
    assert item.owner_name == "测试spec", item
    with pytest.raises(OfficeRefused) as err:
        work.assign(spec, seed.dealer_a, 5, office_db.logins["spec"])
    assert err.value.action == "assign_work" and "团队经理" in err.value.message("zh_CN")
    mine = work.my_work(spec, TODAY)
    assert [x.id for x in mine if x.dealer_id == seed.dealer_a and x.step == 4] == [item.id], mine
    done = work.mark_done(spec, item.id, item.audit.version, today=TODAY)
    assert done.done_on == TODAY, "the owner marks their own item done"
    other = work.assign(tm, seed.dealer_a, 5, office_db.logins["tm"], TODAY)
    with pytest.raises(OfficeRefused):
        work.mark_done(spec, other.id, other.audit.version, today=TODAY)  # not theirs
    assert work.my_work(spec_b, TODAY) == [] and work.assignments_of(spec_b, seed.dealer_a) == [], "another team sees none"
    for x in (done, other):
        current = next(y for y in work.assignments_of(tm, seed.dealer_a) if y.id == x.id)
        work.unassign(tm, current.id, current.audit.version)
