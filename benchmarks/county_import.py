"""Benchmark: import 600 stores' exchange files (a year of data each) into the county overview.

    python benchmarks/county_import.py [--stores 600] [--workdir DIR]

Phase 1 (a child process, not measured) makes one store database with N stores, each with a year
of weekly activities, some events, eight services, a finalised assessment (every criterion
answered) and three actions, and exports every store to its own
``.bygdeliv`` file with the real exporter. Phase 2 (this process, measured) opens an empty county
database, imports the folder the way ``bygdeliv county import`` does, and builds the table.
Reports wall-clock seconds and peak RSS (``resource.getrusage``). Not a test: nothing is asserted.
"""

from __future__ import annotations

import argparse
import json
import random
import resource
import subprocess
import sys
import tempfile
import time
import zipfile
from datetime import date, timedelta
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
sys.path.insert(0, str(Path(__file__).resolve().parent))
from _common import report as report_line  # noqa: E402

KINDS = ["quiz", "market", "village_evening", "course", "dugnad", "youth"]
SERVICES = ["post", "pharmacy", "cash", "coffee_corner", "library", "defibrillator",
            "transport_elderly", "fuel"]


def generate(folder: Path, stores: int) -> None:
    from datetime import datetime, timezone

    from bygdeliv_desktop.db import open_database
    from bygdeliv_desktop.domain.assessment_models import ActionItem, Answer, Assessment
    from bygdeliv_desktop.domain.models import Activity, ServiceOffering, Store
    from bygdeliv_desktop.exchange.writer import export_file
    from bygdeliv_desktop.services import AppServices

    rng = random.Random(600)
    database = open_database(folder / "source" / "bygdeliv.sqlite3")
    catalogue_info = AppServices.for_database(database).catalogues.current()
    catalogue = AppServices.for_database(database).catalogues.load(catalogue_info.sha256)
    criteria = [c.id for category in catalogue.categories for c in category.criteria]
    today = date(2025, 6, 30)
    ids = []
    # Real Innlandet codes: an import checks each store's municipality like the form does.
    from bygdeliv_desktop.domain import catalogs

    municipalities = [m.code for m in catalogs.municipalities() if m.code.startswith("34")]
    with database.transaction() as session:  # bulk: one transaction for the whole fixture
        for number in range(stores):
            store = Store(name=f"Bygdebutikk {number:03d}",
                          municipality_code=municipalities[number % len(municipalities)])
            session.add(store)
            session.flush()  # no ORM relationships: the parent row must exist before children
            ids.append(store.id)
            for kind in SERVICES:
                session.add(ServiceOffering(store_id=store.id, kind_code=kind,
                                            started_on=date(2015 + rng.randint(0, 9), 1, 1)))
            for week in range(52):
                session.add(Activity(store_id=store.id, date=today - timedelta(days=7 * week),
                                     kind_code="coffee_meetup", title="Kaffeprat torsdag",
                                     participants=rng.randint(3, 15), target_groups="elderly"))
            for _ in range(rng.randint(6, 14)):
                session.add(Activity(store_id=store.id,
                                     date=today - timedelta(days=rng.randint(0, 364)),
                                     kind_code=rng.choice(KINDS), title="Arrangement",
                                     participants=rng.randint(10, 90), cost_nok=1500,
                                     funding="Kommunen", note="Godt oppmøte. " * 5))
            # A finalised assessment with every criterion answered, and three actions.
            assessment = Assessment(store_id=store.id, assessed_on=today - timedelta(days=60),
                                    assessor_role="consultant", assessor_name="Konsulent",
                                    catalog_id=catalogue.id, catalog_version=catalogue.version,
                                    catalog_sha256=catalogue_info.sha256,
                                    finalised_at=datetime(2025, 5, 1, tzinfo=timezone.utc))
            session.add(assessment)
            session.flush()
            for criterion in criteria:
                session.add(Answer(id=Answer.id_for(assessment.id, criterion),
                                   assessment_id=assessment.id, criterion_id=criterion,
                                   level=rng.randint(0, 2), evidence="Sett ved besøk."))
            for n in range(3):
                session.add(ActionItem(store_id=store.id, title=f"Tiltak {n}", status="planned",
                                       deadline=today + timedelta(days=30 * n - 30),
                                       criterion_ids=criteria[n], estimated_cost_nok=5000))
    inbox = folder / "inbox"
    for store_id in ids:
        export_file(database, inbox / f"{store_id}.bygdeliv", [store_id])
    database.close()


def measure(folder: Path) -> None:
    from bygdeliv_desktop.db import open_database
    from bygdeliv_desktop.services.county_import import import_folder
    from bygdeliv_desktop.services.county_table import build_table

    inbox = folder / "inbox"
    files = list(inbox.glob("*.bygdeliv"))
    size = sum(p.stat().st_size for p in files)
    database = open_database(folder / "county" / "fylke.sqlite3")
    start = time.perf_counter()
    report = import_folder(database, inbox)
    imported = time.perf_counter()
    rows = build_table(database, date(2025, 6, 30))
    done = time.perf_counter()
    again = import_folder(database, inbox)
    rerun = time.perf_counter()
    database.close()
    peak_mib = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024  # KiB on Linux
    floor_start = time.perf_counter()
    for path in files:  # the floor: open each zip and parse its data.json, nothing else
        with zipfile.ZipFile(path) as archive:
            json.loads(archive.read("data.json"))
    floor = time.perf_counter() - floor_start
    print(f"files: {len(files)} ({size / 1e6:.1f} MB), imported {len(report.imported)}, "
          f"refused {len(report.refused)}")
    report_line("county import", imported - start, floor, unit="s", absolute_target=30,
                floor_name="unzip + json.loads of every file")
    print(f"  ({(imported - start) / len(files) * 1000:.0f} ms/file)")
    print(f"table:  {done - imported:.2f} s for {len(rows)} rows")
    print(f"re-run of the same folder (all skipped: {len(again.skipped)}): {rerun - done:.1f} s")
    report_line("peak RSS of the measuring process", peak_mib, unit="MiB", absolute_target=500)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--stores", type=int, default=600)
    parser.add_argument("--workdir")
    parser.add_argument("--phase", choices=["all", "generate", "measure"], default="all")
    args = parser.parse_args()
    folder = Path(args.workdir or tempfile.mkdtemp(prefix="bygdeliv-bench-"))
    if args.phase == "generate":
        generate(folder, args.stores)
    elif args.phase == "measure":
        measure(folder)
    else:
        started = time.perf_counter()
        subprocess.run([sys.executable, __file__, "--phase", "generate", "--stores",
                        str(args.stores), "--workdir", str(folder)], check=True)
        print(f"(fixture: {args.stores} stores generated and exported in "
              f"{time.perf_counter() - started:.0f} s, in {folder})")
        measure(folder)


if __name__ == "__main__":
    main()
