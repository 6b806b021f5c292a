"""How long the activity list takes to load for a store with 100 000 activities.

Run from the repository root:  python benchmarks/activities_list.py [--rows N] [--repeat 5]
Prints the median of the repeats for the full list, a year filter and a kind filter.
"""

from __future__ import annotations

import argparse
import random
import statistics
import sys
import tempfile
import time
from datetime import date, timedelta
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from sqlalchemy import insert  # noqa: E402

from bygdeliv_desktop.db import open_database  # noqa: E402
from bygdeliv_desktop.domain import catalogs  # noqa: E402
from bygdeliv_desktop.domain.models import Activity, new_id, utc_now  # noqa: E402
from bygdeliv_desktop.services import AppServices  # noqa: E402


def fill(services: AppServices, rows: int, seed: int = 1) -> str:
    """One store with ``rows`` activities spread over ten years, inserted in one transaction."""
    store = services.stores.create({"name": "Benchmarkbutikken", "municipality_code": "3426"})
    rng = random.Random(seed)
    kinds = sorted(catalogs.activity_kinds().codes)
    groups = sorted(catalogs.target_groups().codes)
    start = date(2016, 1, 1)
    now = utc_now()
    values = [{
        "id": new_id(), "created_at": now, "updated_at": now, "version": 1, "deleted_at": None,
        "store_id": store.id, "date": start + timedelta(days=rng.randrange(3653)), "end_date": None,
        "kind_code": rng.choice(kinds), "title": f"Aktivitet {i}",
        "participants": rng.randint(0, 80), "target_groups": ",".join(rng.sample(groups, 2)),
        "partners": "Grendelaget", "cost_nok": None, "funding": "", "note": "",
    } for i in range(rows)]
    with services.database.transaction() as session:
        session.execute(insert(Activity), values)
    return store.id


def median_ms(call, repeat: int) -> tuple[float, int]:
    times, count = [], 0
    for _ in range(repeat):
        started = time.perf_counter()
        count = len(call())
        times.append((time.perf_counter() - started) * 1000)
    return statistics.median(times), count


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--rows", type=int, default=100_000)
    parser.add_argument("--repeat", type=int, default=5)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as folder:
        database = open_database(Path(folder) / "bench.sqlite3")
        try:
            services = AppServices.for_database(database)
            started = time.perf_counter()
            store_id = fill(services, args.rows)
            print(f"insert {args.rows} activities (one transaction): "
                  f"{(time.perf_counter() - started) * 1000:.0f} ms")
            activities = services.activities
            cases = {
                "list_rows (all)": lambda: activities.list_rows(store_id),
                "list_rows (year=2020)": lambda: activities.list_rows(store_id, year=2020),
                "list_rows (kind=quiz)": lambda: activities.list_rows(store_id, kind_code="quiz"),
                "list_rows (year=2020, kind=quiz)":
                    lambda: activities.list_rows(store_id, year=2020, kind_code="quiz"),
                "totals_by_kind (2020)": lambda: activities.totals_by_kind(store_id, 2020),
                "years": lambda: activities.years(store_id),
            }
            for name, call in cases.items():
                ms, count = median_ms(call, args.repeat)
                print(f"{name:34} median of {args.repeat}: {ms:8.1f} ms  ({count} rows)")
        finally:
            database.close()


if __name__ == "__main__":
    main()
