"""Timings for the assessment services on a store with many assessments and activities.

Run from the repository root: ``PYTHONPATH=. python benchmarks/assessment_bench.py``.
Prints figures; asserts nothing.
"""

from __future__ import annotations

import datetime as dt
import tempfile
import time
from pathlib import Path

from bygdeliv_desktop.db import open_database
from bygdeliv_desktop.services import AppServices

ASSESSMENTS = 20
ACTIVITIES = 5000


def timed(label: str, action, repeat: int = 20) -> None:
    start = time.perf_counter()
    for _ in range(repeat):
        action()
    print(f"{label:48s} {(time.perf_counter() - start) / repeat * 1000:8.1f} ms")


def main() -> None:
    with tempfile.TemporaryDirectory() as folder:
        database = open_database(Path(folder) / "bench.sqlite3")
        services = AppServices.for_database(database)
        store = services.stores.create({"name": "Benkbutikken"})
        today = dt.date.today()
        for n in range(ACTIVITIES):
            services.activities.add(store.id, {"date": today - dt.timedelta(days=n % 700),
                                               "kind_code": "quiz", "title": f"Quiz {n}"})
        catalogue = services.catalogues.load(services.catalogues.current().sha256)
        ids = []
        for n in range(ASSESSMENTS):
            summary = services.assessments.create(store.id, {"assessor_role": "consultant",
                                                             "assessor_name": "Kari"})
            for criterion in catalogue.criteria():
                services.assessments.save_answer(summary.id, criterion.id, {"value": n % 3})
            ids.append(summary.id)
        print(f"{ASSESSMENTS} assessments x {len(catalogue.criteria())} criteria, {ACTIVITIES} activities")
        timed("save_answer (autosave one criterion)",
              lambda: services.assessments.save_answer(ids[0], "M3", {"evidence": "x"}))
        timed("view (answers + scores + readiness)", lambda: services.assessments.view(ids[0]))
        timed(f"list_for_store ({ASSESSMENTS} with scores)",
              lambda: services.assessments.list_for_store(store.id))
        timed("compare two assessments", lambda: services.assessments.compare(ids[0], ids[1]))
        timed("evidence suggestions (all criteria)",
              lambda: services.evidence.suggestions(store.id, catalogue))
        database.close()


if __name__ == "__main__":
    main()
