"""Small module-level functions for tests/test_sandbox.py to run in the sandbox's worker processes."""

from __future__ import annotations

import os
import signal
import sys
import time
from pathlib import Path

from gapcheck import errors


def echo(value: object) -> object:
    """The value itself (it went to the worker and back)."""
    return value


def worker_pid() -> int:
    """The pid of the process running the call."""
    return os.getpid()


def spacy_imported() -> bool:
    """Whether spaCy has been imported in the process running the call."""
    return "spacy" in sys.modules


def note_pid_and_sleep(note: str, seconds: float) -> int:
    """Write this process's pid to ``note`` (whole: a reader never sees it empty), then sleep."""
    partial = Path(f"{note}.partial")
    partial.write_text(str(os.getpid()), encoding="ascii")
    os.replace(partial, note)
    time.sleep(seconds)
    return os.getpid()


def allocate(megabytes: int) -> int:
    """Hold ``megabytes`` of memory at once (a decompression bomb's inflated stream)."""
    block = bytearray(megabytes * 2**20)
    return len(block)


def raise_encrypted(path: str) -> None:
    """A typed gapcheck error naming ``path``."""
    raise errors.EncryptedPDF("is protected by a password; give it with --password", path=path)


def raise_taxonomy_error(path: str) -> None:
    """A gapcheck error with an extra attribute (the skill)."""
    raise errors.TaxonomyError("unknown group 'x'", path=path, skill="python")


def raise_value_error() -> None:
    """A bug in a parsing library: not a gapcheck error."""
    raise ValueError("unexpected token in content stream")


def abort() -> None:
    """Crash the worker (as a segfault in a C parser would)."""
    os.abort()


def killed_once(marker: str) -> str:
    """Killed by SIGKILL from "outside" the first time (no ``marker`` yet), fine the second time."""
    note = Path(marker)
    if not note.exists():
        note.write_text(str(os.getpid()), encoding="ascii")
        os.kill(os.getpid(), signal.SIGKILL)
    return "second try"


def always_killed() -> None:
    """Killed by SIGKILL every time."""
    os.kill(os.getpid(), signal.SIGKILL)


def square_slowly(value: int) -> int:
    """value * value after a short pause (calls overlap)."""
    time.sleep(0.02)
    return value * value


def sandboxed_pid_from_dask(value: int) -> tuple[int, int, bool]:
    """Run in a Dask worker: a sandboxed call from there; (its result, the worker's pid, whether the Dask
    worker process is daemonic)."""
    import multiprocessing

    from gapcheck import sandbox
    from gapcheck.limits import Limits

    result = sandbox.run(square_slowly, value, limits=Limits(timeout=20), path="dask.pdf")
    pid = sandbox.run(worker_pid, limits=Limits(timeout=20), path="dask.pdf")
    return result, pid, bool(multiprocessing.current_process().daemon)


def sandboxed_pid_in_forked_child(_: int) -> tuple[int, int]:
    """Run in a forked child of a process that already has workers: (this process's pid, its worker's pid)."""
    from gapcheck import sandbox
    from gapcheck.limits import Limits

    return os.getpid(), sandbox.run(worker_pid, limits=Limits(timeout=20), path="fork.pdf")
