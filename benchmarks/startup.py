"""Cold start to first shown window: ``bygdeliv --demo`` beside a bare PySide6 QMainWindow.

Each run is a fresh process that shows its window, lets the event loop paint it once and quits.
Usage: ``python benchmarks/startup.py [--runs 5]`` (prints medians and the ratio).
Inner use: ``python benchmarks/startup.py --probe app|bare DATA_DIR``.
"""

from __future__ import annotations

import argparse
import os
import statistics
import subprocess
import sys
import tempfile
import time


def probe(kind: str, data_dir: str) -> None:
    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QApplication, QMainWindow

    if kind == "bare":
        app = QApplication([])
        window = QMainWindow()
        window.show()
        QTimer.singleShot(0, app.quit)
        app.exec()
        return
    from bygdeliv_desktop.app import gui_parser
    from bygdeliv_desktop.ui import application

    app = application.make_application()
    QTimer.singleShot(0, app.quit)  # runs once the window is shown and the loop is running
    application.run_gui(gui_parser().parse_args(["--demo", "--data-dir", data_dir]))


def measure(kind: str, data_dir: str) -> float:
    start = time.perf_counter()
    subprocess.run([sys.executable, __file__, "--probe", kind, data_dir], check=True,
                   env={**os.environ, "QT_QPA_PLATFORM": os.environ.get("QT_QPA_PLATFORM",
                                                                          "offscreen")})
    return time.perf_counter() - start


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--runs", type=int, default=5)
    parser.add_argument("--probe", nargs=2)
    args = parser.parse_args()
    if args.probe:
        probe(*args.probe)
        return
    with tempfile.TemporaryDirectory() as data_dir:
        measure("app", data_dir)  # warm-up; also creates the demo database once
        measure("bare", data_dir)
        app_times, bare_times = [], []
        for _ in range(args.runs):
            app_times.append(measure("app", data_dir))
            bare_times.append(measure("bare", data_dir))
    app_median, bare_median = statistics.median(app_times), statistics.median(bare_times)
    print(f"bygdeliv --demo, shown and quit: median {app_median * 1000:.0f} ms "
          f"(min {min(app_times) * 1000:.0f}, max {max(app_times) * 1000:.0f})")
    print(f"bare QMainWindow, shown and quit: median {bare_median * 1000:.0f} ms "
          f"(min {min(bare_times) * 1000:.0f}, max {max(bare_times) * 1000:.0f})")
    print(f"ratio: {app_median / bare_median:.2f}x")


if __name__ == "__main__":
    main()
