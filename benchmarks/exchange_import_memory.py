"""Peak memory of importing the largest exchange file the app accepts (issue 19).

    python benchmarks/exchange_import_memory.py [--stores 20] [--activities N] [--workdir DIR]

Phase 1 (a child process, not measured) makes a consultant's database: ``--stores`` stores, each
with eight services, a finalised assessment (every criterion answered), three actions and
activities with realistic text, and exports them all to one ``.bygdeliv`` file with the real
exporter. Without ``--activities`` the number per store is chosen so that data.json comes just
under the import limit (``Limits.max_data_bytes``): the largest file the app accepts.
Phase 2 imports that file into an empty database in a fresh process, as ``bygdeliv import --yes``
does (read + check, plan, backup, one transaction), and reports its peak RSS beside the floor: a
process that imports the same modules and opens an empty database. Target: ≤ 200 MB.
"""

from __future__ import annotations

import argparse
import os
import subprocess
import sys
import tempfile
import time
import zipfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(Path(__file__).resolve().parent))
from _common import report  # noqa: E402

KINDS = ["quiz", "market", "village_evening", "course", "dugnad", "youth"]
SERVICES = ["post", "pharmacy", "cash", "coffee_corner", "library", "defibrillator",
            "transport_elderly", "fuel"]
NOTE = "Godt oppmøte, mange nye fjes. Kaffe og vafler fra butikken; neste gang i grendehuset. "


def generate(folder: Path, stores: int, activities: int) -> Path:
    import random
    from datetime import date, datetime, timedelta, timezone

    from bygdeliv_desktop.db import open_database
    from bygdeliv_desktop.domain.assessment_models import ActionItem, Answer, Assessment
    from bygdeliv_desktop.domain.models import Activity, ServiceOffering, Store
    from bygdeliv_desktop.exchange.writer import export_file
    from bygdeliv_desktop.services import AppServices

    rng = random.Random(19)
    database = open_database(folder / "source" / "bygdeliv.sqlite3")
    services = AppServices.for_database(database)
    info = services.catalogues.current()
    catalogue = services.catalogues.load(info.sha256)
    criteria = [c.id for category in catalogue.categories for c in category.criteria]
    today = date(2025, 6, 30)
    with database.transaction() as session:
        for number in range(stores):
            store = Store(name=f"Bygdebutikk {number:02d}", municipality_code="3441",
                          org_number="974760673", notes="Konsulentens notater. " * 20)
            session.add(store)
            session.flush()
            for kind in SERVICES:
                session.add(ServiceOffering(store_id=store.id, kind_code=kind, partner="Posten",
                                            started_on=date(2018, 1, 1), note="Åpent i butikktid."))
            for n in range(activities):
                session.add(Activity(
                    store_id=store.id, date=today - timedelta(days=n % 1800),
                    kind_code=rng.choice(KINDS), title=f"Arrangement nr. {n} i bygda",
                    participants=rng.randint(3, 90), target_groups="elderly,youth",
                    partners="Bygdekvinnelaget, idrettslaget", cost_nok=rng.choice([None, 1500]),
                    funding=rng.choice(["", "Kommunen"]), note=NOTE * rng.randint(0, 2)))
            assessment = Assessment(store_id=store.id, assessed_on=today - timedelta(days=60),
                                    assessor_role="consultant", assessor_name="Konsulent",
                                    catalog_id=catalogue.id, catalog_version=catalogue.version,
                                    catalog_sha256=info.sha256,
                                    finalised_at=datetime(2025, 5, 1, tzinfo=timezone.utc))
            session.add(assessment)
            session.flush()
            for criterion in criteria:
                session.add(Answer(id=Answer.id_for(assessment.id, criterion),
                                   assessment_id=assessment.id, criterion_id=criterion,
                                   level=rng.randint(0, 2), evidence="Sett ved besøk."))
            for n in range(3):
                session.add(ActionItem(store_id=store.id, title=f"Tiltak {n}", status="planned",
                                       deadline=today + timedelta(days=30 * n),
                                       criterion_ids=criteria[n], estimated_cost_nok=5000))
    out = export_file(database, folder / "largest.bygdeliv").path
    database.close()
    return out


IMPORT = """
import resource, sys
from pathlib import Path
from bygdeliv_desktop.db import open_database
from bygdeliv_desktop.exchange.importer import import_file, preview_import
database = open_database(Path(sys.argv[1]) / "bygdeliv.sqlite3")
if sys.argv[2] != "-":
    result = import_file(database, Path(sys.argv[2]))
    assert result.applied, "not imported"
database.close()
print("peak", resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024, flush=True)
"""


def peak(*args: str) -> float:
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    out = subprocess.run([sys.executable, "-c", IMPORT, *args], capture_output=True, text=True,
                         env=env, cwd=ROOT, check=True).stdout
    return float(next(line.split()[1] for line in out.splitlines() if line.startswith("peak")))


def data_size(path: Path) -> int:
    with zipfile.ZipFile(path) as archive:
        return archive.getinfo("data.json").file_size


def main() -> None:
    from bygdeliv_desktop.exchange.package_format import DEFAULT_LIMITS

    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--stores", type=int, default=20)
    parser.add_argument("--activities", type=int, help="per store (default: fill up to the limit)")
    parser.add_argument("--workdir")
    parser.add_argument("--phase", choices=["all", "generate"], default="all")
    args = parser.parse_args()
    folder = Path(args.workdir or tempfile.mkdtemp(prefix="bygdeliv-xmem-"))
    if args.phase == "generate":
        generate(folder, args.stores, args.activities)
        return
    limit = DEFAULT_LIMITS.max_data_bytes
    activities = args.activities
    if activities is None:  # a probe export gives the bytes per activity, then fill to ~97 %
        probe = folder / "probe"
        probe.mkdir(parents=True, exist_ok=True)
        subprocess.run([sys.executable, __file__, "--phase", "generate", "--stores", "1",
                        "--activities", "200", "--workdir", str(probe)], check=True)
        base = probe / "base"
        base.mkdir(exist_ok=True)
        subprocess.run([sys.executable, __file__, "--phase", "generate", "--stores", "1",
                        "--activities", "0", "--workdir", str(base)], check=True)
        per_activity = (data_size(probe / "largest.bygdeliv")
                        - data_size(base / "largest.bygdeliv")) / 200
        fixed = data_size(base / "largest.bygdeliv")
        activities = int((limit * 0.97 - fixed * args.stores) / per_activity / args.stores)
    started = time.perf_counter()
    subprocess.run([sys.executable, __file__, "--phase", "generate", "--stores", str(args.stores),
                    "--activities", str(activities), "--workdir", str(folder)], check=True)
    path = folder / "largest.bygdeliv"
    size = data_size(path)
    print(f"(fixture: {args.stores} stores × {activities} activities, generated in "
          f"{time.perf_counter() - started:.0f} s; file {path.stat().st_size / 1e6:.2f} MB, "
          f"data.json {size / 2**20:.1f} MiB of the {limit / 2**20:.0f} MiB limit)")
    floor = peak(str(folder / "floor"), "-")
    start = time.perf_counter()
    value = peak(str(folder / "target"), str(path))
    print(f"import took {time.perf_counter() - start:.1f} s (whole child process)")
    report("peak RSS, import of the largest accepted file", value, floor, unit="MiB",
           absolute_target=200, floor_name="modules + empty database")


if __name__ == "__main__":
    main()
