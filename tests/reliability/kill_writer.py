"""Child process of the kill test: adds activities through the app's own services forever.

Usage: python -m tests.reliability.kill_writer DB_PATH STORE_ID
Prints "ready" once the database is open, then one activity id per line, each only after
its transaction has committed. The parent kills this process with SIGKILL at random moments.
"""

from __future__ import annotations

import sys
from datetime import date, timedelta
from pathlib import Path

from bygdeliv_desktop.db import open_database
from bygdeliv_desktop.services import AppServices


def main(db_path: str, store_id: str) -> None:
    services = AppServices.for_database(open_database(Path(db_path)))
    print("ready", flush=True)
    day = date(2025, 1, 1)
    counter = 0
    while True:
        counter += 1
        activity = services.activities.add(store_id, {
            "date": day + timedelta(days=counter % 365), "kind_code": "quiz",
            "title": f"Quiz {counter}", "participants": counter % 40,
            "target_groups": ["everyone"], "note": "x" * (counter % 300)})
        if counter % 5 == 0:  # updates too: a kill may land inside an UPDATE transaction
            services.activities.update(activity.id, {"participants": 99})
        print(activity.id, flush=True)  # acknowledged: the commit has returned


if __name__ == "__main__":
    main(sys.argv[1], sys.argv[2])
