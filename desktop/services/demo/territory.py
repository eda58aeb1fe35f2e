"""A deterministic, realistic demo territory (dealers, key people, visits, staff, relationships).

In time linear in the number of dealers, up to 1,000,000 (``benchmarks/bench_demo.py``): one
executemany a table and chunk (demo/bulk.py) in one transaction, pinyin computed once per name
part, the history's entries of each chunk written already sealed (``sqlite_history.bulk_inserts``;
where the triggers write them instead — an office database — sealed chunk by chunk), under a page
cache that holds the indexes being written; nothing but the legal names in use is kept for the
whole territory. Later areas (classification, meetings, contracts) add their own stage data
through ``extensions``.
"""

from __future__ import annotations

import random
from dataclasses import dataclass
from datetime import date, timedelta
from typing import Callable

from sqlalchemy import func, insert, select

from desktop.persistence.models import dealers as m
from desktop.persistence.base import utcnow
from desktop.persistence.page_cache import roomy_cache
from desktop.rules.dealers.search import pinyin_keys
from desktop.rules.dealers.uscc import ALPHABET, make_uscc
from desktop.rules.dealers.vocab import PERSON_ROLES, SURVEY_SOURCES
from desktop.services.demo import names as N
from desktop.services.demo.bulk import insert_tables
from desktop.services.demo.legal_names import LegalNames
from desktop.services.context import ServiceContext

ProgressFn = Callable[[int, int], bool]  # (done, total) → False to cancel


class DemoRefused(Exception):
    """The database already holds dealers; the demo is for an empty one."""


class Cancelled(Exception):
    """The user stopped the demo; its transaction rolls back."""


@dataclass
class DemoResult:
    dealers: int
    people: int
    visits: int
    staff: int
    relationships: int


# Later areas add stage data (classifications, policies, meetings, contracts) to the territory:
# each has ``extend(session, rng, dealer_ids, staff_ids, today)`` (``dealer_ids`` a range), run in
# this order inside the same transaction.
def extensions() -> tuple[Callable, ...]:
    from desktop.services.demo import branch, contracts, negotiation  # on first use: they pull in PIL and the fonts

    return negotiation.extend, contracts.extend, branch.extend

TODAY = date(2026, 11, 26)  # fixed so that a seed always gives the same territory
CHUNK = 5000
BULK_CACHE_KB = (64 * 1024, 4, 1024 * 1024)  # SQLite's page cache while writing: KB, + KB a dealer, at most KB


def _code9(n: int) -> str:
    digits = []
    for _ in range(9):
        n, rem = divmod(n, 31)
        digits.append(ALPHABET[rem])
    return "".join(reversed(digits))


def _phone(rng: random.Random) -> str:
    return f"1{rng.choice('3578')}{rng.randrange(10**9):09d}"


def _landline(rng: random.Random, division: str) -> str:
    area = {"330100": "0571", "330200": "0574", "330300": "0577", "330600": "0575", "330400": "0573",
            "330500": "0572", "330700": "0579", "331000": "0576", "320500": "0512", "320100": "025",
            "500100": "023", "310100": "021"}[division]
    return f"{area}-{rng.randrange(10**7, 10**8)}"


def _person_name(rng: random.Random) -> str:
    return rng.choice(N.SURNAMES) + rng.choice(N.GIVEN)


def _seal_so_far(ctx: ServiceContext, s) -> None:
    """Seal the history the triggers wrote for this chunk now, while its pages are in the cache
    (on SQLite, where the triggers wrote it — the tests' Core path; the unit's commit seals the
    rest): sealing millions of entries at the end read them all back from the file."""
    if not ctx.office and ctx.engine.dialect.name == "sqlite":
        from desktop.persistence.office.sqlite_history import seal

        seal(s.connection(), ctx.user)


def generate(ctx: ServiceContext, dealers: int, seed: int = 1, progress: ProgressFn | None = None) -> DemoResult:
    """Fill an empty database with a territory of ``dealers`` dealers. Worker thread; one transaction."""
    rng = random.Random(seed)
    now = utcnow()
    audit = {"version": 1, "created_at": now, "created_by": ctx.user, "updated_at": now, "updated_by": ctx.user}
    brand_names = list(N.BRANDS)
    keys = {}

    def keys_of(*parts: str) -> tuple[str, str]:
        fulls, inits = zip(*(keys.get(p) or keys.setdefault(p, pinyin_keys(p)) for p in parts))  # computed once a part
        return "".join(fulls), "".join(inits)

    with ctx.write_unit() as s, roomy_cache(s, min(BULK_CACHE_KB[2], BULK_CACHE_KB[0] + BULK_CACHE_KB[1] * dealers)):
        if s.scalar(select(func.count()).select_from(m.Dealer)):
            raise DemoRefused()
        staff_rows = [dict(name=n, title=t, rank_code=rk, line=ln, phone=_phone(rng), archived=False, **audit) for n, t, rk, ln in N.STAFF]
        staff_rows += [dict(name=n, title="渠道专员", rank_code="specialist", line="channel", phone=_phone(rng), archived=False, **audit)
                       for n in N.SPECIALIST_NAMES]
        s.execute(insert(m.Staff), staff_rows)
        staff_ids = list(s.scalars(select(m.Staff.id).order_by(m.Staff.id)))
        field_staff = staff_ids[6:]
        first_id = (s.scalar(select(func.max(m.Dealer.id))) or 0) + 1
        person_id = (s.scalar(select(func.max(m.KeyPerson.id))) or 0) + 1
        visit_id = (s.scalar(select(func.max(m.Visit.id))) or 0) + 1
        totals = DemoResult(0, 0, 0, len(staff_ids), 0)
        names = LegalNames(rng)
        for start in range(0, dealers, CHUNK):
            batch = {k: [] for k in ("dealers", "brands", "sources", "insurers", "people", "visits", "visit_staff", "rels")}
            for n in range(start, min(dealers, start + CHUNK)):
                did = first_id + n
                province, city, division, districts = rng.choice(N.CITIES)
                district = rng.choice(districts)
                brand = rng.choice(brand_names)
                suffix = rng.choice(N.SUFFIXES)
                # Two dealers never share a legal name: in big territories (or on a clash) the
                # district joins the name, as real registrations do; see demo/legal_names.py.
                name = names.take(n, city, district, brand, suffix)
                legal, trade, parts = name.legal, name.trade, name.parts
                short = f"{city}{trade}{brand}"
                full, ini = keys_of(*parts)
                sfull, sini = keys_of(city, trade, brand)
                models, mainstream = N.BRANDS[brand]
                sales = rng.randrange(300, 6000) if mainstream else rng.randrange(150, 2500)
                dtype = rng.choices(["4s", "3s", "2s", "group", "other"], [70, 10, 8, 7, 5])[0]
                uscc = make_uscc("91" + division + _code9((did * 2654435761 + seed * 40503) % 31**9))  # scrambled, unique per id
                surveyed = rng.random()
                batch["dealers"].append(dict(
                    id=did, legal_name=legal, short_name=short, uscc=uscc, province=province, city=city,
                    district=district, address=f"{province}{city}市{district}{rng.choice(['环城', '迎宾', '建设', '汽车城', '世纪', '滨江'])}路{rng.randrange(1, 999)}号",
                    main_models=models, annual_sales=sales, dealer_type=dtype,
                    founded_on=TODAY - timedelta(days=rng.randrange(200, 8000)),
                    contact_name=_person_name(rng), contact_phone=_phone(rng) if rng.random() < 0.8 else _landline(rng, division),
                    premium_scale=round(sales * rng.uniform(2500, 6000), -3) if surveyed > 0.3 else None,
                    business_structure="新车保险约占六成，续保约占四成" if surveyed > 0.3 else "",
                    new_car_rate=round(rng.uniform(55, 98), 1) if surveyed > 0.3 else None,
                    renewal_rate=round(rng.uniform(25, 75), 1) if surveyed > 0.3 else None,
                    repair_needs=rng.choice(["希望每月送修事故车 80 台以上", "以钣喷业务为主，产能有富余", "机修为主，送修需求一般", ""]),
                    entity_structure=rng.choice(["独立法人", "集团下属独立法人", "分公司，合同由集团签署", ""]),
                    willingness=rng.choice(["", "high", "medium", "low"]), licence_no=f"{division}{rng.randrange(10**9):09d}" if surveyed > 0.4 else "",
                    licence_expiry=TODAY + timedelta(days=rng.randrange(-60, 1100)) if surveyed > 0.4 else None,
                    notes="", archived=False, name_pinyin=f"{full} {sfull}", name_initials=f"{ini} {sini}", **audit,
                ))
                batch["brands"].append(dict(dealer_id=did, kind="sold", brand=brand, position=0))
                if rng.random() < 0.15:
                    other = rng.choice(brand_names)
                    if other != brand:
                        batch["brands"].append(dict(dealer_id=did, kind="sold", brand=other, position=1))
                batch["brands"].append(dict(dealer_id=did, kind="repaired", brand=brand, position=2))
                for src in rng.sample(SURVEY_SOURCES, rng.choice([0, 1, 1, 2, 2, 3])):
                    batch["sources"].append(dict(dealer_id=did, source=src))
                if surveyed > 0.3:
                    lead = rng.choice([50, 60, 70])
                    for pos, (ins, share) in enumerate(zip(rng.sample(N.INSURERS, 2), (lead, 100 - lead))):
                        batch["insurers"].append(dict(dealer_id=did, insurer=ins, share=share, position=pos))
                roles = ["decision_maker"] + rng.sample(list(PERSON_ROLES[1:4]), rng.randrange(0, 3))
                people_here = []
                for role in roles:
                    batch["people"].append(dict(
                        id=person_id, dealer_id=did, name=_person_name(rng), gender=rng.choice(["male", "male", "female"]),
                        birth_year=rng.randrange(1965, 1992), position=rng.choice(N.POSITIONS[role]), role=role,
                        background=rng.choice(N.BACKGROUNDS) if role == "decision_maker" else "",
                        highlights=rng.choice(N.HIGHLIGHTS) if role == "decision_maker" and rng.random() < 0.7 else "",
                        hobbies="、".join(rng.sample(N.HOBBIES, 2)) if rng.random() < 0.6 else "",
                        phone=_phone(rng), notes="", **audit,
                    ))
                    people_here.append(person_id)
                    person_id += 1
                for _ in range(rng.choice([0, 0, 1, 1, 2, 3]) if surveyed > 0.2 else 0):
                    when = TODAY - timedelta(days=rng.randrange(3, 400))
                    batch["visits"].append(dict(
                        id=visit_id, dealer_id=did, visited_on=when, people_met="、".join(p["name"] for p in batch["people"][-len(people_here):]),
                        findings=rng.choice(N.FINDINGS), next_step=rng.choice(N.NEXT_STEPS),
                        next_date=when + timedelta(days=rng.randrange(5, 40)), **audit,
                    ))
                    for sid in rng.sample(field_staff, rng.randrange(1, 3)):
                        batch["visit_staff"].append(dict(visit_id=visit_id, staff_id=sid))
                    visit_id += 1
                if rng.random() < 0.3:
                    batch["rels"].append(dict(staff_id=rng.choice(staff_ids), key_person_id=people_here[0],
                                              strength=rng.randrange(1, 6), note=rng.choice(["老同学", "多年合作伙伴", "同乡", "朋友介绍", ""]), **audit))
            # One executemany a table (demo/bulk.py): the ORM's bulk path ran most rows one
            # statement each (≈70% of a big territory's time), Core's spent more on each row's
            # parameters than SQLite on storing it; their history entries written sealed, not by
            # the triggers and a seal's update pass.
            insert_tables(s.connection(), ctx.user, [
                (getattr(table, "__table__", table), batch[key])
                for table, key in ((m.Dealer, "dealers"), (m.DealerBrand, "brands"), (m.DealerSource, "sources"),
                                   (m.DealerInsurer, "insurers"), (m.KeyPerson, "people"), (m.Visit, "visits"),
                                   (m.visit_staff, "visit_staff"), (m.Relationship, "rels"))])
            _seal_so_far(ctx, s)  # what the triggers wrote, where they did (an office database, tests' Core path)
            totals.dealers += len(batch["dealers"])
            totals.people += len(batch["people"])
            totals.visits += len(batch["visits"])
            totals.relationships += len(batch["rels"])
            if progress is not None and progress(totals.dealers, dealers) is False:
                raise Cancelled()  # rolls the whole territory back
        dealer_ids = range(first_id, first_id + totals.dealers)  # consecutive: no list of the whole territory
        for extend in extensions():
            extend(s, rng, dealer_ids, staff_ids, TODAY)
    return totals
