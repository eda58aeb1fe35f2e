"""SessionThread: one unit of work on a thread of its own — calls in order on one session, the first
error fails the rest and rolls everything back, nothing committed unless asked and clean."""

from __future__ import annotations

import sys
import threading

import pytest
from sqlalchemy import func, select
from sqlalchemy.exc import IntegrityError

from desktop.persistence import models as m
from desktop.services.session_thread import SessionThread, quick_switches
from tests.spreadsheets import roster_files as rf


class Boom(Exception):
    """A call's own error."""


def fail(_s):
    raise Boom("the call failed")


def add(legal_name: str, uscc: str | None = None, *, flush: bool = True):
    """A call that adds one dealer (flushed at once, or only when the unit commits)."""
    def call(s):
        s.add(m.Dealer(legal_name=legal_name, uscc=uscc, created_by="t", updated_by="t"))
        if flush:
            s.flush()
        return legal_name
    return call


def names(ctx) -> list[str]:
    with ctx.unit() as s:
        return list(s.scalars(select(m.Dealer.legal_name).order_by(m.Dealer.id)))


def alive(name: str) -> list[threading.Thread]:
    return [t for t in threading.enumerate() if t.name == name]


def test_calls_run_in_order_on_one_session_off_the_callers_thread(ctx):
    seen = []
    writer = SessionThread(ctx, "unit-under-test")

    def note(s, n):
        seen.append((n, id(s), threading.current_thread().name))
        return n * 10

    futures = [writer.submit(note, n) for n in range(20)]
    assert writer.call(lambda s: s.scalar(select(func.count()).select_from(m.Dealer))) == 0, "call waits for its own result"
    assert [f.result() for f in futures] == [n * 10 for n in range(20)], "each future holds its call's result"
    assert [n for n, _s, _t in seen] == list(range(20)), f"calls ran in the order submitted: {seen}"
    assert len({s for _n, s, _t in seen}) == 1, "every call got the same session"
    assert {t for _n, _s, t in seen} == {"unit-under-test"}, "calls ran on the writer's own, named thread"
    writer.close(commit=True)
    assert alive("unit-under-test") == [], "the thread ends on close"


def test_commit_writes_what_the_calls_did(ctx):
    writer = SessionThread(ctx)
    writer.submit(add("甲"))
    writer.submit(add("乙"))
    writer.check()  # no error so far: nothing raised
    writer.close(commit=True)
    assert names(ctx) == ["甲", "乙"], "close(commit=True) commits every call's work"
    writer.close(commit=False)  # a second close is a no-op
    assert names(ctx) == ["甲", "乙"], "closing again changes nothing"


def test_close_without_commit_rolls_back(ctx):
    writer = SessionThread(ctx)
    assert writer.call(add("甲")) == "甲", "the call ran"
    writer.close(commit=False)
    assert names(ctx) == [], "close(commit=False) rolls the unit back"


def test_an_error_fails_every_later_call_and_nothing_is_committed(ctx):
    ran = []
    writer = SessionThread(ctx, "failing-unit")
    first = writer.submit(add("甲"))
    bad = writer.submit(fail)
    later = [writer.submit(lambda s, n=n: ran.append(n)) for n in range(3)]
    assert first.result() == "甲", "calls before the error succeed"
    with pytest.raises(Boom):
        bad.result()
    for future in later:
        assert isinstance(future.exception(timeout=60), Boom), "every later call fails with the first error"
    assert ran == [], "later calls are not run at all"
    with pytest.raises(Boom):
        writer.check()
    with pytest.raises(Boom):
        writer.close(commit=True)
    assert names(ctx) == [], "the work before the error is rolled back too"
    assert alive("failing-unit") == [], "the thread ends"


def test_close_without_commit_does_not_raise_a_calls_error(ctx):
    writer = SessionThread(ctx)
    writer.submit(add("甲"))
    writer.submit(fail)
    writer.close(commit=False)  # the caller is already leaving on another error: no second one
    assert names(ctx) == [], "rolled back"


def test_a_failing_commit_is_raised_by_close_and_nothing_is_committed(ctx):
    code = rf.uscc(1)
    writer = SessionThread(ctx)
    writer.call(add("甲", code))
    writer.call(add("乙", code, flush=False))  # the clash shows only when the unit flushes to commit
    writer.check()  # no call failed
    with pytest.raises(IntegrityError):
        writer.close(commit=True)
    assert names(ctx) == [], "the failed commit leaves nothing behind"
    with pytest.raises(IntegrityError):
        writer.check()


def test_quick_switches_restores_the_interval():
    before = sys.getswitchinterval()
    try:
        sys.setswitchinterval(0.004)
        with quick_switches():
            assert sys.getswitchinterval() == pytest.approx(0.001), "the GIL changes hands every millisecond inside"
        assert sys.getswitchinterval() == pytest.approx(0.004), "the previous interval is restored"
        with pytest.raises(Boom), quick_switches(0.002):
            raise Boom()
        assert sys.getswitchinterval() == pytest.approx(0.004), "restored after an error too"
        sys.setswitchinterval(0.0005)
        with quick_switches():
            assert sys.getswitchinterval() == pytest.approx(0.0005), "an interval already shorter is kept"
        assert sys.getswitchinterval() == pytest.approx(0.0005), "and restored as it was"
    finally:
        sys.setswitchinterval(before)
