"""The worker process of :mod:`gapcheck.sandbox`: runs one function call at a time on untrusted input.

Started by the sandbox as ``python -I -c BOOT <parent pid> <sys.path...>``; it reads pickled requests
``(function, args, max_memory)`` from its stdin and writes pickled replies to its stdout, each message framed
by its length. It ends when its parent ends (Linux: parent-death signal; elsewhere: a watchdog thread), or
when the request pipe closes. It imports nothing heavy itself: the function's module is imported when the
first request naming it arrives.
"""

from __future__ import annotations

import contextlib
import os
import pickle
import signal
import sys
import threading
import time
from typing import Any

MEMORY_EXIT = 70
"""Exit status of a worker that ran out of memory and could not even say so."""

_HEADER = 8


def read_frame(fd: int) -> bytes | None:
    """The next length-prefixed message on ``fd``; None when the pipe closes first."""
    header = _read_exactly(fd, _HEADER)
    if header is None:
        return None
    return _read_exactly(fd, int.from_bytes(header, "little"))


def _read_exactly(fd: int, size: int) -> bytes | None:
    chunks: list[bytes] = []
    left = size
    while left:
        chunk = os.read(fd, min(left, 1 << 20))
        if not chunk:
            return None
        chunks.append(chunk)
        left -= len(chunk)
    return b"".join(chunks)


def write_frame(fd: int, data: bytes) -> None:
    """Write one message: its length (8 bytes, little-endian), then the bytes."""
    view = memoryview(len(data).to_bytes(_HEADER, "little") + data)
    while view:
        view = view[os.write(fd, view) :]


def serve(parent: int) -> None:  # pragma: no cover - runs in the worker process (tested through the sandbox)
    """The worker's main loop."""
    requests = os.dup(0)
    replies = os.dup(1)
    quiet = os.open(os.devnull, os.O_RDWR)
    os.dup2(quiet, 0)
    os.dup2(quiet, 1)
    os.close(quiet)
    sys.stdout = open(os.devnull, "w")  # noqa: SIM115 - kept open for the life of the process
    signal.signal(signal.SIGINT, signal.SIG_IGN)  # Ctrl-C is the parent's to handle; it stops us
    sys.unraisablehook = lambda _: None  # no "Exception ignored in ..." lines, even with stderr kept
    die_with_parent(parent)
    out_of_memory = pickle.dumps(("memory", None))
    write_frame(replies, pickle.dumps(("ready", time.monotonic())))
    while True:
        frame = read_frame(requests)
        if frame is None:
            return
        try:
            func, args, max_memory = pickle.loads(frame)
        except BaseException as exc:
            write_frame(replies, pickle.dumps(("crash", f"the request could not be read ({type(exc).__name__}: {exc})")))
            continue
        reply = _call(func, args, max_memory)
        if reply is None:
            _send_or_exit(replies, out_of_memory)
            os._exit(0)  # memory may be fragmented or half-freed: the parent starts a fresh worker
        try:
            data = pickle.dumps(reply)
        except MemoryError:
            _send_or_exit(replies, out_of_memory)
            os._exit(0)
        except BaseException as exc:
            data = pickle.dumps(("crash", f"its result could not be sent back ({type(exc).__name__}: {_short(exc)})"))
        del reply
        write_frame(replies, data)


def _call(func: Any, args: tuple[Any, ...], max_memory: int | None) -> tuple[str, Any] | None:  # pragma: no cover
    """Run ``func(*args)``; the reply to send, or None when it ran out of memory."""
    from gapcheck.errors import GapcheckError

    previous = _limit_memory(max_memory)
    try:
        return ("ok", func(*args))
    except MemoryError:
        return None
    except GapcheckError as exc:
        exc.__traceback__ = None
        return ("error", exc)
    except BaseException as exc:  # the function's bug or its library's: reported as a damaged file
        return ("crash", f"{type(exc).__name__}: {_short(exc)}")
    finally:
        _restore_memory(previous)


def _send_or_exit(fd: int, data: bytes) -> None:  # pragma: no cover
    try:
        write_frame(fd, data)
    except BaseException:
        os._exit(MEMORY_EXIT)


def _short(exc: BaseException) -> str:
    text = "".join(ch if ch.isprintable() else " " for ch in str(exc)[:1000])
    return (" ".join(text.split()) or type(exc).__name__)[:160]


def die_with_parent(parent: int) -> None:  # pragma: no cover - runs in the worker process
    """End this process when ``parent`` ends, even while a call is stuck in C code (Linux), or within a
    second (elsewhere, through a watchdog thread)."""
    if sys.platform.startswith("linux"):
        with contextlib.suppress(Exception):
            import ctypes

            libc = ctypes.CDLL(None, use_errno=True)
            pr_set_pdeathsig = 1
            libc.prctl(pr_set_pdeathsig, signal.SIGKILL, 0, 0, 0)
    if os.getppid() != parent:  # the parent ended before the signal was armed
        os._exit(0)

    def watch() -> None:
        while os.getppid() == parent:
            time.sleep(1.0)
        os._exit(0)

    threading.Thread(target=watch, name="gapcheck-parent-watch", daemon=True).start()


def die_with_process(pid: int) -> None:  # pragma: no cover - runs in a worker process
    """End this process within moments of process ``pid`` ending, when ``pid`` is not its parent (a worker started by a
    fork server): a thread waits on the process (a pidfd on Linux, else a check twice a second)."""

    def watch() -> None:
        opened = getattr(os, "pidfd_open", None)
        if opened is not None:
            import select

            try:
                handle = opened(pid)
            except OSError:
                os._exit(0)  # already gone
            select.select([handle], [], [])
            os._exit(0)
        while True:
            try:
                os.kill(pid, 0)
            except ProcessLookupError:
                os._exit(0)
            except OSError:
                pass
            time.sleep(0.5)

    threading.Thread(target=watch, name="gapcheck-batch-watch", daemon=True).start()


def _address_space() -> int | None:
    """This process's virtual memory size in bytes (Linux), or None where it cannot be read.

    The file stays open: opening a /proc file costs 0.2 ms on a cold CPU, re-reading it 0.05 ms, on every call."""
    try:
        if _STATM[0] != os.getpid():  # "self" was resolved when it was opened: a forked child opens its own
            _STATM[:] = [os.getpid(), os.open("/proc/self/statm", os.O_RDONLY | getattr(os, "O_CLOEXEC", 0))]
        return int(os.pread(_STATM[1], 128, 0).split()[0]) * _PAGE_SIZE
    except (OSError, ValueError, IndexError, AttributeError):  # no /proc (or no pread: Windows)
        return None


_STATM: list[int] = [-1, -1]  # [pid that opened it, descriptor]
_PAGE_SIZE = os.sysconf("SC_PAGE_SIZE") if hasattr(os, "sysconf") else 4096


def _limit_memory(extra: int | None) -> tuple[int, int] | None:  # pragma: no cover - runs in the worker
    """Let this process grow by at most ``extra`` bytes from now (RLIMIT_AS); the previous limits, to restore.

    Not enforced where the platform has no RLIMIT_AS or no way to read the current size (Windows, and
    macOS, which does not honour RLIMIT_AS).
    """
    if extra is None:
        return None
    try:
        import resource
    except ImportError:
        return None
    size = _address_space()
    if size is None:
        return None
    try:
        soft, hard = resource.getrlimit(resource.RLIMIT_AS)
        limit = size + extra
        if hard != resource.RLIM_INFINITY:
            limit = min(limit, hard)
        resource.setrlimit(resource.RLIMIT_AS, (limit, hard))
    except (ValueError, OSError):
        return None
    return soft, hard


def _restore_memory(previous: tuple[int, int] | None) -> None:  # pragma: no cover - runs in the worker
    if previous is None:
        return
    import resource

    with contextlib.suppress(ValueError, OSError):
        resource.setrlimit(resource.RLIMIT_AS, previous)
