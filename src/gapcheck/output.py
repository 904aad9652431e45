"""Writing output files atomically: a temp file in the same folder, renamed over the target.

A file being replaced keeps its permission bits; a new file gets the usual ``0o666`` less the process umask
(as ``open()`` would give it). The temp file is removed whatever stops the write, including an exception
raised by a signal handler (the CLI turns SIGTERM into one).
"""

from __future__ import annotations

import contextlib
import os
import secrets
import stat
from pathlib import Path

from gapcheck.errors import OutputError

_NEW_FILE_MODE = 0o666


def write_atomic(path: str | Path, text: str) -> None:
    """Write ``text`` to ``path`` so that it is either fully written or left as it was."""
    target = Path(path)
    folder = target.parent if str(target.parent) else Path(".")
    if not folder.is_dir():
        raise OutputError("the output folder does not exist; create it first", path=target)
    try:
        mode: int | None = stat.S_IMODE(target.stat().st_mode)
    except OSError:
        mode = None
    temp = folder / f".{target.name}.{secrets.token_hex(8)}.tmp"
    try:
        try:
            # the kernel applies the umask to a new file's mode, as for any file the user creates
            fd = os.open(temp, os.O_WRONLY | os.O_CREAT | os.O_EXCL | getattr(os, "O_CLOEXEC", 0), _NEW_FILE_MODE)
        except OSError as exc:
            raise OutputError(f"cannot write here ({exc.strerror})", path=target) from None
        with os.fdopen(fd, "w", encoding="utf-8", newline="\n") as handle:
            if mode is not None:
                if os.chmod in os.supports_fd:
                    os.chmod(handle.fileno(), mode)
                else:  # pragma: no cover - Windows
                    os.chmod(temp, mode)
            handle.write(text)
            handle.flush()
            os.fsync(handle.fileno())
        os.replace(temp, target)
    except BaseException as exc:
        with contextlib.suppress(OSError):
            os.unlink(temp)
        if isinstance(exc, OSError) and not isinstance(exc, OutputError):
            raise OutputError(f"cannot write ({exc.strerror})", path=target) from None
        raise
