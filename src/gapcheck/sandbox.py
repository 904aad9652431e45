"""Running a function on untrusted input in an isolated worker process with time and memory limits.

(Interim version: a one-worker process pool per call, spawn context. The sandbox work replaces it.)
"""

from __future__ import annotations

import contextlib
import multiprocessing
import os
import signal
from collections.abc import Callable
from concurrent.futures import Future, ProcessPoolExecutor
from concurrent.futures.process import BrokenProcessPool
from pathlib import Path
from typing import Any, Generic, TypeVar

from gapcheck.errors import CorruptPDF, InputTimeout, InputTooLarge
from gapcheck.limits import Limits

T = TypeVar("T")


class Pending(Generic[T]):
    """A call under way; :meth:`result` waits for it within its time limit."""

    def __init__(self, wait: Callable[[], T], cancel: Callable[[], None] | None = None) -> None:
        self._wait = wait
        self._cancel = cancel

    def result(self) -> T:
        """The function's result, or its error."""
        self._cancel = None
        return self._wait()

    def cancel(self) -> None:
        """Stop the call if its result is no longer wanted."""
        if self._cancel is not None:
            self._cancel()
            self._cancel = None


def run(func: Callable[..., T], *args: Any, limits: Limits, path: str | Path) -> T:
    """``func(*args)``, isolated when ``limits`` set a time or memory limit."""
    return submit(func, *args, limits=limits, path=path).result()


def submit(func: Callable[..., T], *args: Any, limits: Limits, path: str | Path) -> Pending[T]:
    """Start ``func(*args)`` and return at once."""
    if not limits.isolated:
        def here() -> T:
            return func(*args)

        return Pending(here)
    pool = ProcessPoolExecutor(max_workers=1, mp_context=multiprocessing.get_context("spawn"),
                               initializer=_limit_memory, initargs=(limits.max_memory,))
    future: Future[T] = pool.submit(func, *args)

    def kill() -> None:
        for process in list(getattr(pool, "_processes", {}).values()):
            with contextlib.suppress(OSError):
                os.kill(process.pid, signal.SIGKILL)
        pool.shutdown(wait=True, cancel_futures=True)

    def wait() -> T:
        try:
            return future.result(timeout=limits.timeout)
        except TimeoutError:
            kill()
            raise InputTimeout(
                f"reading took longer than the {limits.timeout:g} s time limit; the PDF may be damaged or built "
                "to stall parsers - re-export it, or raise the limit with --timeout", path=path) from None
        except MemoryError:
            raise _memory_error(path, limits) from None
        except BrokenProcessPool:
            raise CorruptPDF("could not be parsed (the reader process ended); re-export it as PDF", path=path) from None
        finally:
            pool.shutdown(wait=False)

    return Pending(wait, kill)


def _memory_error(path: str | Path, limits: Limits) -> InputTooLarge:
    budget = "" if limits.max_memory is None else f" more than {limits.max_memory / 2**20:.0f} MB of"
    return InputTooLarge(f"needs{budget} memory to read (a compressed stream inflates too far); it may be a "
                         "decompression bomb - re-export it", path=path)


def _limit_memory(extra: int | None) -> None:  # pragma: no cover - runs in the worker
    if extra is None:
        return
    try:
        import resource
    except ImportError:
        return
    size = 0
    with contextlib.suppress(OSError, ValueError), open("/proc/self/statm", encoding="ascii") as handle:
        size = int(handle.read().split()[0]) * os.sysconf("SC_PAGE_SIZE")
    if size:
        with contextlib.suppress(ValueError, OSError):
            resource.setrlimit(resource.RLIMIT_AS, (size + extra, resource.getrlimit(resource.RLIMIT_AS)[1]))


def shutdown() -> None:
    """Stop idle workers (nothing to do in this version)."""
