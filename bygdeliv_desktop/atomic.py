"""Write a file so that it is either complete under its final name or not there at all."""

from __future__ import annotations

import os
import tempfile
from pathlib import Path


def write_atomic(path: Path, data: bytes, mode: int | None = None) -> None:
    """Write ``data`` to a temp file beside ``path``, fsync it, then rename it into place.

    A crash or an error leaves any earlier file untouched and no half-written file behind.
    ``mode`` (e.g. 0o600 for a private key) is applied before the rename.
    """
    path.parent.mkdir(parents=True, exist_ok=True)
    handle, temp_name = tempfile.mkstemp(dir=path.parent, prefix=f".{path.name}.", suffix=".tmp")
    try:
        with os.fdopen(handle, "wb") as stream:
            stream.write(data)
            stream.flush()
            os.fsync(stream.fileno())
        if mode is not None:
            os.chmod(temp_name, mode)
        os.replace(temp_name, path)
    except BaseException:
        # Also on KeyboardInterrupt: never leave the temp file lying around.
        Path(temp_name).unlink(missing_ok=True)
        raise
