"""A specialist (no view_sensitive) sees a key person's birth year hidden, not missing: readiness
lists the same gaps for them as for a team manager who reads every field, saving the person keeps
the stored year, and an export with the sensitive columns shows it masked like the text fields."""

from __future__ import annotations

from dataclasses import replace

from openpyxl import load_workbook

from desktop.rules.office.masking import MASK, MASKED_YEAR
from desktop.services.dealers import files as dealers
from desktop.services.negotiation import dossier
from desktop.services.rosters import export


def profile_gaps(ctx, dealer_id: int) -> set[tuple[str, str]]:
    _d, steps = dossier.readiness(ctx, dealer_id)
    return {(m.params["name"], m.params["field"]) for s in steps for m in s.missing if m.code == "readiness.strategy.profile"}


def test_a_hidden_birth_year_is_not_reported_missing(office_ctx_of, seed):
    spec, tm = office_ctx_of("spec"), office_ctx_of("tm")
    assert dealers.get(spec, seed.dealer_a).people[0].birth_year == MASKED_YEAR
    assert dealers.get(tm, seed.dealer_a).people[0].birth_year == 1970
    seen_by_manager = profile_gaps(tm, seed.dealer_a)
    assert ("王伟", "birth_year") not in seen_by_manager and ("王伟", "highlights") in seen_by_manager
    assert profile_gaps(spec, seed.dealer_a) == seen_by_manager, "the specialist is told what is missing, not what is hidden"


def test_a_year_that_is_really_missing_is_still_missing_for_the_specialist(office_ctx_of, seed):
    spec, tm = office_ctx_of("spec"), office_ctx_of("tm")
    d = dealers.get(tm, seed.dealer_a)
    dealers.save(tm, replace(d, people=[replace(d.people[0], birth_year=None)]))
    try:
        assert dealers.get(spec, seed.dealer_a).people[0].birth_year is None
        assert ("王伟", "birth_year") in profile_gaps(spec, seed.dealer_a)
    finally:
        d = dealers.get(tm, seed.dealer_a)
        dealers.save(tm, replace(d, people=[replace(d.people[0], birth_year=1970)]))


def test_the_specialist_saves_the_person_and_the_year_stays(office_ctx_of, seed):
    spec, tm = office_ctx_of("spec"), office_ctx_of("tm")
    d = dealers.get(spec, seed.dealer_a)
    position = d.people[0].position
    dealers.save(spec, replace(d, people=[replace(d.people[0], position="执行董事")]))
    try:
        assert dealers.get(tm, seed.dealer_a).people[0].birth_year == 1970
    finally:
        d = dealers.get(tm, seed.dealer_a)
        dealers.save(tm, replace(d, people=[replace(d.people[0], position=position)]))


def test_an_export_shows_the_hidden_year_masked(office_ctx_of, seed, tmp_path):
    spec = office_ctx_of("spec")
    out = tmp_path / "名册.xlsx"
    export.export(spec, out, ids=[seed.dealer_a], include_sensitive=True, lang="zh_CN")
    book = load_workbook(out, read_only=True)
    for sheet in book.worksheets:
        rows = list(sheet.iter_rows(values_only=True))
        header = next((row for row in rows if "出生年份" in row), None)
        person = next((row for row in rows if "王伟" in row), None)
        if header and person:
            assert person[header.index("出生年份")] == MASK, person  # hidden, as the text fields beside it
            assert person.count(MASK) >= 3 and 1970 not in person, person
            return
    raise AssertionError("no key-people sheet with the birth year column and 王伟's row")
