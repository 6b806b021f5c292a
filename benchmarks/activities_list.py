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
sys.path.insert(0, str(Path(__file__).resolve().parent))

from _common import report  # noqa: E402
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


def gui_cases(activities, store_id: str, path: Path, repeat: int) -> None:
    """Open, sort and filter through the real table model (what the Aktiviteter page does), each
    against a floor: the same rows read with the sqlite3 module and nothing else."""
    import os
    import sqlite3

    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtCore import Qt
    from PySide6.QtWidgets import QApplication

    from bygdeliv_desktop.ui.models.activity_table import ActivityTableModel

    app = QApplication.instance() or QApplication([])  # noqa: F841
    model = ActivityTableModel(activities, language="nb")
    raw = sqlite3.connect(path)
    floor, _ = median_ms(lambda: raw.execute(
        "SELECT id, date, end_date, kind_code, title, participants, target_groups, partners "
        "FROM activity WHERE store_id = ? AND deleted_at IS NULL", (store_id,)).fetchall(), repeat)
    raw.close()

    def shown(call):
        """Run ``call``, then read the first screenful as the view would (40 rows)."""
        def run():
            call()
            for row in range(min(40, model.rowCount())):
                for column in range(model.columnCount()):
                    model.index(row, column).data()
            return range(model.rowCount())
        return run

    def open_year():  # what the page shows when it opens: the newest year (see years())
        model.set_text_filter("")
        model.set_filter(store_id, year=activities.years(store_id)[0])

    def open_all():
        model.set_text_filter("")
        model.set_filter(store_id, year=None)

    columns = {"date": 0, "kind": 1, "title": 2, "participants": 3, "groups": 4, "partners": 5}
    print(f"model cases, median of {repeat}, each followed by reading the first 40 rows"
          " (floor: plain sqlite3 SELECT of all the rows)")
    cases = [("open as the page does (newest year)", open_year),
             ("open all years", open_all)]
    for name, column in columns.items():
        for order in (Qt.AscendingOrder, Qt.DescendingOrder):
            label = "ascending" if order == Qt.AscendingOrder else "descending"
            cases.append((f"sort by {name}, {label}",
                          lambda c=column, o=order: model.sort(c, o)))
    cases += [
        ("sort back to date, newest first", lambda: model.sort(0, Qt.DescendingOrder)),
        ("filter text 'quiz' (title, partners, kind)", lambda: model.set_text_filter("quiz")),
        ("filter text 'akt' (matches every row)", lambda: model.set_text_filter("akt")),
        ("filter text 'grende' (partners of every row), sorted by title",
         lambda: model.set_text_filter("grende")),
        ("filter text 'aktivitet 777', sorted by title",
         lambda: model.set_text_filter("aktivitet 777")),
        ("filter off, sorted by title", lambda: model.set_text_filter("")),
        ("filter year 2020", lambda: model.set_filter(store_id, year=2020)),
        ("filter kind 'quiz', all years", lambda: model.set_filter(store_id, kind_code="quiz")),
    ]
    open_all()
    for name, call in cases:
        if "sorted by title" in name:  # the order is chosen before the timing starts
            model.sort(2, Qt.AscendingOrder)
        ms, count = median_ms(shown(call), repeat)
        report(f"{name} ({count} rows)", ms, floor, absolute_target=100,
               floor_name="sqlite3 SELECT")
    model.set_filter(store_id)
    started = time.perf_counter()
    for row in range(0, model.rowCount(), 97):  # a scroll through every block, end to end
        model.index(row, 2).data()
    print(f"scroll through all {model.rowCount()} rows (every block read once): "
          f"{(time.perf_counter() - started) * 1000:.0f} ms")


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
            gui_cases(activities, store_id, database.path, args.repeat)
        finally:
            database.close()


if __name__ == "__main__":
    main()
