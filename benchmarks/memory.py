"""Peak memory of the app with the demo store open and every page visited, beside a bare
PySide6 QMainWindow (peak RSS of each process, median of 3). Target: under 200 MB.

    python benchmarks/memory.py
"""

from __future__ import annotations

import os
import statistics
import subprocess
import sys
import tempfile
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from _common import report  # noqa: E402

ROOT = Path(__file__).resolve().parent.parent
APP = """
import resource, sys, tempfile
from pathlib import Path
from PySide6.QtCore import QTimer
from bygdeliv_desktop.ui import application
app = application.make_application()
data = Path(sys.argv[1])
session = application.Session(application.database_file_for(data, True), demo=True)
assert session.start()
window = session.window
def visit(row=0):
    if row < len(window.pages):
        window.nav.setCurrentRow(row)
        QTimer.singleShot(50, lambda: visit(row + 1))
        return
    print("peak", resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024, flush=True)
    session.close_window()
    app.quit()
QTimer.singleShot(100, visit)
app.exec()
session.close()
"""
BARE = """
import resource
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QMainWindow
app = QApplication([])
window = QMainWindow()
window.show()
def done():
    print("peak", resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024, flush=True)
    app.quit()
QTimer.singleShot(100, done)
app.exec()
"""


def peak(code: str, *args: str) -> float:
    env = {**os.environ, "QT_QPA_PLATFORM": os.environ.get("QT_QPA_PLATFORM", "offscreen")}
    out = subprocess.run([sys.executable, "-c", code, *args], capture_output=True, text=True,
                         env=env, cwd=ROOT, check=True).stdout
    return float(next(line.split()[1] for line in out.splitlines() if line.startswith("peak")))


def main() -> None:
    with tempfile.TemporaryDirectory() as data:
        peak(APP, data)  # makes the demo database once
        app = statistics.median(peak(APP, data) for _ in range(3))
        bare = statistics.median(peak(BARE) for _ in range(3))
    report("peak RSS, demo store open, every page visited", app, bare, unit="MiB",
           absolute_target=200, floor_name="bare QMainWindow")


if __name__ == "__main__":
    main()
