"""The office database: the dealer list and search with row-level security on PostgreSQL against
the same on SQLite, and a save in one client reaching another client as a change notice.

    python benchmarks/bench_office.py --pg postgresql+psycopg://postgres@127.0.0.1:5432/postgres [--dealers 100000]

(or DEALERDESK_TEST_PG_URL). Aims (issue 11): the list on PostgreSQL with RLS as a ratio to SQLite
(reported, no fixed target); save → notice received in the other client, median ≤ 0.5 s on
loopback (must be ≤ 2 s). The PostgreSQL side is a fresh office database (office init) holding the
same demo dealers as the SQLite file, copied in as the owner with triggers off, all in one team, so
both sides return the same rows: a team manager of that team (row-level security decides per row)
and the channel department (sees the whole branch) read it. Medians of interleaved runs.
"""

from __future__ import annotations

import argparse
import os
import queue
import statistics
import sys
import time
from dataclasses import replace

sys.path.insert(0, os.path.dirname(os.path.dirname(os.path.abspath(__file__))))

from benchmarks.common import Workspace, demo_database  # noqa: E402


def median_ms(samples) -> float:
    return statistics.median(samples) * 1000

QUERIES = ["hz", "杭州", "宝马", "cq", "1381"]
TEAM = "全辖"
PASSWORD = "bench-pass-1"


def _libpq(url) -> dict:
    from desktop.services.office.live import connect_args

    return connect_args(url)


def build_office(pg_url: str, sqlite_url: str, dealers: int) -> dict[str, str]:
    """A fresh office database with the SQLite file's dealers; returns login → URL."""
    import psycopg
    from sqlalchemy.engine import make_url

    from desktop.services.context import ServiceContext
    from desktop.services.office import users
    from desktop.services.office.setup import init_office

    name = f"office_db_bench{dealers}"
    server = make_url(pg_url)
    admin_conn = dict(_libpq(server.set(database="postgres").render_as_string(hide_password=False)))
    with psycopg.connect(autocommit=True, **admin_conn) as conn:
        conn.execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')
        conn.execute(f'CREATE DATABASE "{name}"')
        for login in ("oddb_bench_admin", "oddb_bench_tm", "oddb_bench_chan"):
            conn.execute(f'DROP ROLE IF EXISTS "{login}"')
    owner = server.set(database=name).render_as_string(hide_password=False)
    init_office(owner, admin="oddb_bench_admin", admin_password=PASSWORD)

    def url(login):
        return server.set(database=name, username=login, password=PASSWORD).render_as_string(hide_password=False)

    admin = ServiceContext.open(url("oddb_bench_admin"), "")
    users.add_user(admin, "oddb_bench_tm", "团队经理", ["team_manager"], TEAM, PASSWORD)
    users.add_user(admin, "oddb_bench_chan", "渠道部", ["channel_dept"], "", PASSWORD)
    admin.dispose()
    import sqlite3

    src = sqlite3.connect(make_url(sqlite_url).database)
    started = time.perf_counter()
    with psycopg.connect(**_libpq(owner)) as conn:
        conn.execute("SET session_replication_role = replica")  # a bulk copy, not business changes
        for table in ("dealers", "dealer_brands", "dealer_sources"):
            cols = [r[1] for r in src.execute(f"PRAGMA table_info({table})")]
            types = dict(conn.execute("SELECT column_name, data_type FROM information_schema.columns WHERE table_name = %s",
                                      [table]).fetchall())
            with conn.cursor().copy(f"COPY {table} ({', '.join(cols)}) FROM STDIN") as copy:
                for row in src.execute(f"SELECT {', '.join(cols)} FROM {table}"):
                    copy.write_row([bool(v) if types.get(c) == "boolean" and v is not None else v for c, v in zip(cols, row)])
        conn.execute("UPDATE dealers SET team = %s", [TEAM])
        conn.execute("SELECT setval(pg_get_serial_sequence('dealers', 'id'), (SELECT max(id) FROM dealers))")
        conn.commit()
        conn.execute("ANALYZE")
    print(f"office database {name}: {dealers:,} dealers copied in {time.perf_counter() - started:.1f} s")
    return {"tm": url("oddb_bench_tm"), "chan": url("oddb_bench_chan")}


def timed(fn, runs: int) -> list[float]:
    out = []
    for _ in range(runs):
        began = time.perf_counter()
        fn()
        out.append(time.perf_counter() - began)
    return out


def notice_latency(urls: dict[str, str], runs: int) -> list[float]:
    from desktop.services.dealers import files as dealers
    from desktop.services.dealers import listing
    from desktop.services.context import ServiceContext
    from desktop.services.office.live import ChangeListener

    events, states = queue.Queue(), queue.Queue()
    listener = ChangeListener(urls["chan"], events.put, states.put).start()
    while states.get(timeout=30) != "listening":
        pass
    writer = ServiceContext.open(urls["tm"], "")
    first = listing.list_rows(writer)[0].id
    samples = []
    try:
        for i in range(runs):
            d = dealers.get(writer, first)
            began = time.perf_counter()
            dealers.save(writer, replace(d, notes=f"bench {i}"))
            while True:
                e = events.get(timeout=30)
                if e.table == "dealers" and e.record_id == str(first):
                    break
            samples.append(time.perf_counter() - began)
    finally:
        listener.stop()
        writer.dispose()
    return samples


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--dealers", type=int, default=100_000)
    parser.add_argument("--runs", type=int, default=5)
    parser.add_argument("--pg", default=os.environ.get("DEALERDESK_TEST_PG_URL"), help="a superuser URL of a PostgreSQL server")
    args = parser.parse_args()
    if not args.pg:
        print("no PostgreSQL: give --pg URL or set DEALERDESK_TEST_PG_URL")
        return 2
    ws = Workspace("dd-office-")
    os.environ.setdefault("DEALERDESK_HOME", str(ws.home))
    sqlite_url = "sqlite:///" + demo_database(ws, args.dealers)[0].as_posix()
    urls = build_office(args.pg, sqlite_url, args.dealers)
    try:
        return measure(args, sqlite_url, urls)
    finally:
        drop_office(args.pg, args.dealers)


def drop_office(pg_url: str, dealers: int) -> None:
    import psycopg
    from sqlalchemy.engine import make_url

    server = make_url(pg_url).set(database="postgres").render_as_string(hide_password=False)
    with psycopg.connect(autocommit=True, **_libpq(server)) as conn:
        conn.execute(f'DROP DATABASE IF EXISTS "office_db_bench{dealers}" WITH (FORCE)')
        for login in ("oddb_bench_admin", "oddb_bench_tm", "oddb_bench_chan"):
            conn.execute(f'DROP ROLE IF EXISTS "{login}"')


def measure(args, sqlite_url: str, urls: dict[str, str]) -> int:
    from desktop.services.dealers import listing
    from desktop.services.context import ServiceContext

    contexts = {"sqlite": ServiceContext.open(sqlite_url, "bench"),
                "pg team manager (RLS per row)": ServiceContext.open(urls["tm"], ""),
                "pg channel dept (whole branch)": ServiceContext.open(urls["chan"], "")}
    counts = {k: len(listing.list_rows(c)) for k, c in contexts.items()}  # also warms caches
    assert len(set(counts.values())) == 1, f"every side must see the same dealers: {counts}"
    lists = {k: [] for k in contexts}
    searches = {k: [] for k in contexts}
    for _ in range(args.runs):  # interleaved
        for k, c in contexts.items():
            lists[k] += timed(lambda: listing.list_rows(c), 1)
            searches[k] += timed(lambda: [listing.search(c, listing.DealerFilter(text=q)) for q in QUERIES], 1)
    base_list, base_search = median_ms(lists["sqlite"]), median_ms(searches["sqlite"])
    print(f"dealer list, {counts['sqlite']:,} dealers (median of {args.runs}):")
    for k in contexts:
        print(f"  {k:34s} list {median_ms(lists[k]):8.0f} ms   search ×{len(QUERIES)} {median_ms(searches[k]):8.0f} ms")
    for k in list(contexts)[1:]:
        print(f"ratio {k} / sqlite: list {median_ms(lists[k]) / base_list:.2f}, search {median_ms(searches[k]) / base_search:.2f}")
    for c in contexts.values():
        c.dispose()
    samples = notice_latency(urls, max(args.runs * 4, 10))
    med = statistics.median(samples)
    print(f"save in one client → notice in another: median {med * 1000:.0f} ms, worst {max(samples) * 1000:.0f} ms "
          f"over {len(samples)} saves (aim ≤ 500 ms, must be ≤ 2000 ms)")
    return 0 if med <= 2.0 else 1


if __name__ == "__main__":
    sys.exit(main())
