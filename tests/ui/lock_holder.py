"""Child for the single-instance tests: take the lock, say so, wait to be killed."""

import sys
import time
from pathlib import Path

from bygdeliv_desktop.ui.single_instance import acquire_instance_lock

lock = acquire_instance_lock(Path(sys.argv[1]))
print("locked", flush=True)
time.sleep(60)
