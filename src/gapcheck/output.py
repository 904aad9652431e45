"""Writing output files atomically: a temp file in the same folder, renamed over the target."""

from __future__ import annotations

import contextlib
import os
import tempfile
from pathlib import Path

from gapcheck.errors import OutputError


def write_atomic(path: str | Path, text: str) -> None:
    """Write ``text`` to ``path`` so that it is either fully written or left as it was."""
    target = Path(path)
    folder = target.parent if str(target.parent) else Path(".")
    if not folder.is_dir():
        raise OutputError("the output folder does not exist; create it first", path=target)
    try:
        fd, temp = tempfile.mkstemp(prefix=f".{target.name}.", suffix=".tmp", dir=folder)
    except OSError as exc:
        raise OutputError(f"cannot write here ({exc.strerror})", path=target) from None
    try:
        with os.fdopen(fd, "w", encoding="utf-8", newline="\n") as handle:
            handle.write(text)
            handle.flush()
            os.fsync(handle.fileno())
        os.replace(temp, target)
    except BaseException as exc:
        with contextlib.suppress(OSError):
            os.unlink(temp)
        if isinstance(exc, OSError):
            raise OutputError(f"cannot write ({exc.strerror})", path=target) from None
        raise
