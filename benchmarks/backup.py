"""Time a backup (online API copy + integrity_check + SHA-256 + manifest) of 100 000 activities.

Run: ``python benchmarks/backup.py`` from the repository root. Prints the median of 5 runs.
"""

from __future__ import annotations

import statistics
import sys
import tempfile
import time
from datetime import date, timedelta
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from bygdeliv_desktop.db import backups, checks, open_database  # noqa: E402
from bygdeliv_desktop.domain.models import Activity  # noqa: E402
from bygdeliv_desktop.services import AppServices  # noqa: E402

ACTIVITIES = 100_000
RUNS = 5


def build(db_path: Path) -> None:
    database = open_database(db_path)
    services = AppServices.for_database(database)
    store = services.stores.create({"name": "Benchmarkbutikken", "municipality_code": "3426"})
    start = date(2000, 1, 1)
    with database.transaction() as session:
        session.add_all(Activity(store_id=store.id, date=start + timedelta(days=i % 9000),
                                 kind_code="coffee_meetup", title=f"Kaffeprat {i}",
                                 participants=i % 30, target_groups="elderly,everyone",
                                 partners="Frivilligsentralen", note="Notat " * (i % 20))
                        for i in range(ACTIVITIES))
    database.close()


def main() -> None:
    with tempfile.TemporaryDirectory() as folder:
        db_path = Path(folder) / "bygdeliv.sqlite3"
        build(db_path)
        size_mb = db_path.stat().st_size / 1e6
        timings, checks_only = [], []
        for _ in range(RUNS):
            began = time.perf_counter()
            info = backups.create_backup(db_path, backups.REASON_MANUAL)
            timings.append(time.perf_counter() - began)
            began = time.perf_counter()
            checks.quick_check(db_path)
            checks_only.append(time.perf_counter() - began)
        print(f"{ACTIVITIES} activities, database {size_mb:.1f} MB, backup {info.size / 1e6:.1f} MB")
        print(f"create_backup median of {RUNS}: {statistics.median(timings):.2f} s "
              f"(min {min(timings):.2f}, max {max(timings):.2f})")
        print(f"start-up quick_check median of {RUNS}: {statistics.median(checks_only):.2f} s")


if __name__ == "__main__":
    main()
