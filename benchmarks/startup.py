"""Cold start to the first shown window: ``bygdeliv --demo`` beside a bare PySide6 QMainWindow.

Each run is a fresh process. The parent notes when the child says its window is shown (after
one pass of the event loop, i.e. painted), for the bare window, for the app's first window and
for the app's main window with the demo store's data. Target: first window <= 1.5x the bare one.

    python benchmarks/startup.py [--runs 5]
"""

from __future__ import annotations

import argparse
import os
import subprocess
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from _common import median_ms, report  # noqa: E402

ROOT = Path(__file__).resolve().parent.parent
BARE = """
import sys
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QMainWindow
app = QApplication(sys.argv[:1])
window = QMainWindow()
window.show()
def shown():
    print("first-window", flush=True)
    app.quit()
QTimer.singleShot(0, shown)
app.exec()
"""


def run(command: list[str], env: dict) -> dict[str, float]:
    """Seconds from spawning ``command`` to each line it prints, and to its exit."""
    start = time.perf_counter()
    child = subprocess.Popen(command, stdout=subprocess.PIPE, text=True, env=env, cwd=ROOT)
    seen: dict[str, float] = {}
    for line in child.stdout:
        seen.setdefault(line.split()[0], time.perf_counter() - start)
    if child.wait() != 0:
        raise SystemExit(f"{command} failed")
    seen["exit"] = time.perf_counter() - start
    return seen


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=5)
    args = parser.parse_args()
    base = {**os.environ, "QT_QPA_PLATFORM": os.environ.get("QT_QPA_PLATFORM", "offscreen")}
    with tempfile.TemporaryDirectory() as data_dir:
        env = {**base, "BYGDELIV_PRINT_SHOWN": "1", "BYGDELIV_QUIT_AFTER_MS": "0",
               "XDG_CONFIG_HOME": str(Path(data_dir) / "config")}
        app = [sys.executable, "-m", "bygdeliv_desktop", "--demo", "--data-dir", data_dir]
        bare = [sys.executable, "-c", BARE]
        run(app, env)  # warm-up; also makes the demo database once
        run(bare, base)
        first, main_window, bare_shown = [], [], []
        for _ in range(args.runs):
            timings = run(app, env)
            first.append(timings["first-window"])
            main_window.append(timings["main-window"])
            bare_shown.append(run(bare, base)["first-window"])
    print(f"median of {args.runs} fresh processes, QT_QPA_PLATFORM={base['QT_QPA_PLATFORM']}")
    report("first window (bygdeliv --demo)", median_ms(first), median_ms(bare_shown),
           ratio_target=1.5, floor_name="bare QMainWindow")
    report("main window with the demo store's data", median_ms(main_window), median_ms(bare_shown),
           floor_name="bare QMainWindow")


if __name__ == "__main__":
    main()
