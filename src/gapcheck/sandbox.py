"""Running a function on untrusted input with limits: the one isolation path every reading engine uses.

``run(func, *args, limits=..., path=...)`` calls ``func(*args)`` in a worker process and returns its result,
or raises a :mod:`gapcheck.errors` class that names ``path``:

- over ``limits.timeout`` seconds: the worker is killed (and replaced) -> :class:`~gapcheck.errors.InputTimeout`;
- over ``limits.max_memory`` more bytes than the worker held when the call began (RLIMIT_AS, set in the
  worker around the call: enforced on Linux; not on macOS, whose kernel ignores
  RLIMIT_AS, nor on Windows) -> :class:`~gapcheck.errors.InputTooLarge` ("may be a decompression bomb");
- the function raises a gapcheck error -> the same error (class, message and path);
- it raises anything else, or the worker crashes -> :class:`~gapcheck.errors.CorruptPDF`;
- the worker is killed from outside (a signal gapcheck did not send): the call is retried once in a fresh
  worker, then :class:`~gapcheck.errors.ReaderKilled`.

``func`` must be a module-level function (it is sent by name) whose arguments and result pickle. Workers
are ``python -I -c ...`` subprocesses speaking pickled, length-prefixed messages over pipes: no fork of this
process, so it is safe in threaded hosts and in daemonic processes (Dask workers). Each concurrent call gets
its own worker; a couple of idle ones are kept warm. Workers die with this process (Linux: parent-death
signal; elsewhere a watchdog notices within a second; and they end when their request pipe closes). With
``Limits.none()`` the function runs in this process, with the same error mapping.
"""

from __future__ import annotations

import atexit
import contextlib
import os
import pickle
import queue
import signal
import subprocess
import sys
import threading
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any, Generic, TypeVar

from gapcheck.errors import CorruptPDF, GapcheckError, InputError, InputTimeout, InputTooLarge, ReaderKilled
from gapcheck.limits import Limits
from gapcheck.sandbox_worker import MEMORY_EXIT, read_frame, write_frame

T = TypeVar("T")

KEEP_IDLE = 2
"""Idle workers kept warm for the next calls; more are stopped when their call ends."""
START_TIMEOUT = 60.0
"""Seconds a new worker may take to start (a loaded machine) before it counts as broken."""

_BOOT = "import sys;sys.path[:]=sys.argv[2:];from gapcheck.sandbox_worker import serve;serve(int(sys.argv[1]))"
_OUTSIDE_SIGNALS = frozenset(
    getattr(signal, name) for name in ("SIGKILL", "SIGTERM", "SIGINT", "SIGHUP", "SIGQUIT") if hasattr(signal, name)
)


def run(func: Callable[..., T], *args: Any, limits: Limits, path: str | Path) -> T:
    """``func(*args)`` under ``limits`` (in a worker process unless ``limits.isolated`` is False).

    Blocks until the result; errors name ``path``. See the module documentation for what is raised.
    """
    return submit(func, *args, limits=limits, path=path).result()


def submit(func: Callable[..., T], *args: Any, limits: Limits, path: str | Path) -> Pending[T]:
    """Start ``func(*args)`` under ``limits`` and return at once; ``.result()`` waits for it.

    The time limit counts from when the worker is ready, so a worker still starting does not eat into it.
    Without isolation the call runs here and now, and the returned :class:`Pending` is already finished.
    """
    if not limits.isolated:
        return Pending.finished(lambda: _run_here(func, args, str(path)))
    call = _Call(pickle.dumps((func, args, limits.max_memory)), limits, str(path))
    return Pending(call.finish, call.cancel)


def prestart(limits: Limits, count: int = 1) -> None:
    """Start ``count`` idle workers now (in the background), so that the next calls do not wait for one.

    Does nothing when ``limits`` ask for no isolation.
    """
    if limits.isolated:
        _pool().prestart(count)


def shutdown() -> None:
    """Stop this process's idle workers (calls under way keep theirs until they finish)."""
    _pool().shutdown()


class Pending(Generic[T]):
    """A call under way: :meth:`result` waits for it (once; later calls give the same outcome), :meth:`cancel`
    stops it.

    ``wait`` produces the result (or raises); ``cancel`` stops the work behind it. A caller may wrap another
    Pending: ``Pending(lambda: build(inner.result()), inner.cancel)``.
    """

    def __init__(self, wait: Callable[[], T], cancel: Callable[[], None] | None = None) -> None:
        self._wait = wait
        self._cancel = cancel
        self._outcome: Callable[[], T] | None = None
        self._lock = threading.Lock()

    @classmethod
    def finished(cls, compute: Callable[[], T]) -> Pending[T]:
        """A Pending for a call run here and now (its error, if any, is raised by :meth:`result`)."""
        pending: Pending[T] = cls(compute)
        pending._settle()
        return pending

    def result(self) -> T:
        """The function's result, or the error it ended with."""
        with self._lock:
            outcome = self._settle()
        return outcome()

    def cancel(self) -> None:
        """Stop the call if it is still under way (its worker is killed); a later :meth:`result` raises."""
        with self._lock:
            cancel, self._cancel = self._cancel, None
            if self._outcome is None and cancel is not None:
                cancel()

                def cancelled() -> T:
                    raise InputError("reading was cancelled")

                self._outcome = cancelled

    def _settle(self) -> Callable[[], T]:
        if self._outcome is None:
            self._cancel = None
            try:
                value = self._wait()
            except BaseException as exc:
                error = exc

                def fail() -> T:
                    raise error

                self._outcome = fail
            else:
                self._outcome = lambda: value
        return self._outcome

    def __del__(self) -> None:
        cancel = self._cancel
        if cancel is not None and self._outcome is None:
            with contextlib.suppress(Exception):
                cancel()


def _run_here(func: Callable[..., T], args: tuple[Any, ...], path: str) -> T:
    try:
        return func(*args)
    except GapcheckError:
        raise
    except MemoryError:
        raise _memory_error(path, None) from None
    except Exception as exc:
        raise _crash_error(path, f"{type(exc).__name__}: {_short(exc)}") from exc


class _Call:
    """One request in flight: the worker it runs on and when its time is up."""

    def __init__(self, request: bytes, limits: Limits, path: str) -> None:
        self.request = request
        self.limits = limits
        self.path = path
        self.retried = False
        self.worker: _Worker | None = None
        self._send()

    def _send(self) -> None:
        pool = _pool()
        for _ in range(3):  # an idle worker may have died since: take another
            try:
                worker = pool.take()
            except OSError as exc:
                raise GapcheckError(f"gapcheck could not start its reader process ({exc}); check the installation") from exc
            self.sent_at = time.monotonic()
            try:
                write_frame(worker.requests, self.request)
            except OSError:
                worker.kill()
                continue
            self.worker = worker
            return
        raise GapcheckError("gapcheck could not start its reader process; check that Python can start subprocesses")

    def finish(self) -> Any:
        while True:
            worker = self.worker
            assert worker is not None
            try:
                kind, value = self._receive(worker)
            except BaseException:
                worker.kill()  # timed out, interrupted, or the worker is gone
                self.worker = None
                raise
            if kind == "retry":
                self.retried = True
                self._send()
                continue
            self.worker = None
            if kind == "memory":
                worker.kill()
                raise _memory_error(self.path, self.limits.max_memory)
            _pool().give_back(worker)
            if kind == "ok":
                return value
            if kind == "error" and isinstance(value, GapcheckError):
                if isinstance(value, InputError) and value.path is None:
                    value.path = self.path
                raise value
            raise _crash_error(self.path, str(value))

    def cancel(self) -> None:
        if self.worker is not None:
            self.worker.kill()
            self.worker = None

    def _receive(self, worker: _Worker) -> tuple[str, Any]:
        if worker.ready_at is None:
            frame = worker.read(time.monotonic() + START_TIMEOUT)
            if frame is None:
                return self._ended(worker, starting=True)
            kind, stamp = pickle.loads(frame)
            if kind != "ready":
                raise _crash_error(self.path, "the reader process sent an unexpected message")
            worker.ready_at = min(max(float(stamp), self.sent_at), time.monotonic())
        start = max(worker.ready_at, self.sent_at)
        deadline = None if self.limits.timeout is None else start + self.limits.timeout
        try:
            frame = worker.read(deadline)
        except _Deadline:
            raise _timeout_error(self.path, self.limits.timeout) from None
        if frame is None:
            return self._ended(worker, starting=False)
        try:
            kind, value = pickle.loads(frame)
        except Exception as exc:  # a result this process cannot rebuild (a class it cannot import)
            return "crash", f"its result could not be received ({type(exc).__name__}: {_short(exc)})"
        return str(kind), value

    def _ended(self, worker: _Worker, *, starting: bool) -> tuple[str, Any]:
        """The worker closed its pipe without a reply: why, and whether to try again."""
        status = worker.reap()
        if status == MEMORY_EXIT:
            return "memory", None
        if status < 0 and -status in _OUTSIDE_SIGNALS:
            name = _signal_name(-status)
            if not self.retried:
                return "retry", None
            raise ReaderKilled(
                f"could not be read: the reader process was stopped from outside gapcheck ({name}) twice, "
                "perhaps by the system's out-of-memory killer or another program; try again",
                path=self.path,
            )
        if starting:
            raise GapcheckError(
                f"gapcheck's reader process could not start ({_describe(status)}); check the installation "
                f"(python -c 'import gapcheck.sandbox_worker' must work)"
            )
        return "crash", f"the reader process crashed: {_describe(status)}"


class _Deadline(Exception):
    """The time limit passed while waiting for a reply."""


class _Worker:
    """One worker process and the two pipes to it."""

    def __init__(self, process: subprocess.Popen[bytes]) -> None:
        assert process.stdin is not None and process.stdout is not None
        self.process = process
        self.pid = process.pid
        self.requests = process.stdin.fileno()
        self.replies = process.stdout.fileno()
        self.ready_at: float | None = None
        self.killed = False

    @classmethod
    def start(cls) -> _Worker:
        paths = [os.getcwd() if entry == "" else entry for entry in sys.path if isinstance(entry, str)]
        command = [sys.executable, "-I", "-c", _BOOT, str(os.getpid()), *paths]
        process = _launcher().popen(command)
        return cls(process)

    def alive(self) -> bool:
        return not self.killed and self.process.poll() is None

    def read(self, deadline: float | None) -> bytes | None:
        """The next message; None if the worker closed its pipe. Raises _Deadline when time is up before
        the message starts (once it starts, it is read to the end)."""
        import select

        if not hasattr(select, "poll"):  # pragma: no cover - Windows cannot wait on a pipe: read in a thread
            return _read_in_thread(self.replies, deadline)
        if not _wait_readable(self.replies, deadline):
            raise _Deadline
        return read_frame(self.replies)

    def reap(self) -> int:
        """Wait for the worker to end (it closed its pipe, so it is ending); its exit status."""
        try:
            status = self.process.wait(timeout=5)
        except subprocess.TimeoutExpired:
            self.kill()
            status = self.process.returncode
        self._close()
        return int(status) if status is not None else -1

    def kill(self) -> None:
        """Kill the worker now and reap it."""
        self.killed = True
        with contextlib.suppress(OSError):
            self.process.kill()
        with contextlib.suppress(Exception):
            self.process.wait()
        self._close()

    def _close(self) -> None:
        for stream in (self.process.stdin, self.process.stdout):
            with contextlib.suppress(OSError):
                stream.close()  # type: ignore[union-attr]


def _wait_readable(fd: int, deadline: float | None) -> bool:
    """Wait until ``fd`` has data (or is closed); False if ``deadline`` passes first."""
    import select

    poller = select.poll()
    poller.register(fd, select.POLLIN | select.POLLHUP | select.POLLERR)
    while True:
        if deadline is None:
            left = None
        else:
            left = deadline - time.monotonic()
            if left <= 0:
                return bool(poller.poll(0))
        if poller.poll(None if left is None else max(1, int(left * 1000 + 1))):
            return True


def _read_in_thread(fd: int, deadline: float | None) -> bytes | None:  # pragma: no cover - Windows
    box: list[bytes | None] = []
    reader = threading.Thread(target=lambda: box.append(read_frame(fd)), daemon=True)
    reader.start()
    reader.join(None if deadline is None else max(0.0, deadline - time.monotonic()))
    if reader.is_alive():
        raise _Deadline  # the caller kills the worker, which ends the read
    return box[0] if box else None


class _Pool:
    """This process's workers: idle ones kept warm, one taken per call."""

    def __init__(self) -> None:
        self.owner = os.getpid()
        self.lock = threading.Lock()
        self.idle: list[_Worker] = []

    def take(self) -> _Worker:
        with self.lock:
            while self.idle:
                worker = self.idle.pop()
                if worker.alive():
                    return worker
                worker.kill()
        return _Worker.start()

    def give_back(self, worker: _Worker) -> None:
        if worker.alive() and os.getpid() == self.owner:
            with self.lock:
                if len(self.idle) < KEEP_IDLE:
                    self.idle.append(worker)
                    return
        worker.kill()

    def prestart(self, count: int) -> None:
        with self.lock:
            missing = min(count, KEEP_IDLE) - len(self.idle)
        for _ in range(missing):
            worker = _Worker.start()
            with self.lock:
                if len(self.idle) < KEEP_IDLE:
                    self.idle.append(worker)
                    continue
            worker.kill()

    def shutdown(self) -> None:
        with self.lock:
            idle, self.idle = self.idle, []
        for worker in idle:
            worker.kill()


class _Launcher:
    """Starts workers from one long-lived thread.

    Linux sends the parent-death signal when the *thread* that started a child ends: a worker started by
    a short-lived thread (a thread pool's) would be killed with it.
    """

    def __init__(self) -> None:
        self.requests: queue.SimpleQueue[tuple[list[str], list[Any]]] = queue.SimpleQueue()
        self.thread = threading.Thread(target=self._serve, name="gapcheck-sandbox-launcher", daemon=True)
        self.thread.start()

    def popen(self, command: list[str]) -> subprocess.Popen[bytes]:
        box: list[Any] = []
        done = threading.Event()
        self.requests.put((command, [box, done]))
        if not done.wait(START_TIMEOUT):
            raise OSError("the thread that starts worker processes does not answer")
        if isinstance(box[0], BaseException):
            raise box[0]
        process: subprocess.Popen[bytes] = box[0]
        return process

    def _serve(self) -> None:
        while True:
            command, (box, done) = self.requests.get()
            try:
                box.append(
                    subprocess.Popen(command, stdin=subprocess.PIPE, stdout=subprocess.PIPE, stderr=subprocess.DEVNULL, close_fds=True)
                )
            except BaseException as exc:
                box.append(exc)
            done.set()


_state_lock = threading.Lock()
_current_pool: _Pool | None = None
_current_launcher: _Launcher | None = None
_inherited: list[_Pool] = []


def _pool() -> _Pool:
    global _current_pool
    pool = _current_pool
    if pool is None or pool.owner != os.getpid():
        with _state_lock:
            if _current_pool is None or _current_pool.owner != os.getpid():
                _current_pool = _Pool()
            pool = _current_pool
    return pool


def _launcher() -> _Launcher:
    global _current_launcher
    launcher = _current_launcher
    if launcher is None or not launcher.thread.is_alive():
        with _state_lock:
            if _current_launcher is None or not _current_launcher.thread.is_alive():
                _current_launcher = _Launcher()
            launcher = _current_launcher
    return launcher


def _after_fork_in_child() -> None:
    """A forked child must not use its parent's workers (or wait for them): start afresh."""
    global _current_pool, _current_launcher, _state_lock
    _state_lock = threading.Lock()
    old = _current_pool
    if old is not None:
        for worker in old.idle:
            worker._close()
        _inherited.append(old)  # never reaped here: they are the parent's children
    _current_pool = None
    _current_launcher = None


if hasattr(os, "register_at_fork"):
    os.register_at_fork(after_in_child=_after_fork_in_child)
atexit.register(shutdown)


def _short(exc: BaseException) -> str:
    text = "".join(ch if ch.isprintable() else " " for ch in str(exc)[:1000])
    return (" ".join(text.split()) or type(exc).__name__)[:160]


def _signal_name(number: int) -> str:
    try:
        return signal.Signals(number).name
    except ValueError:
        return f"signal {number}"


def _describe(status: int) -> str:
    return f"killed by {_signal_name(-status)}" if status < 0 else f"exit status {status}"


def _timeout_error(path: str, timeout: float | None) -> InputTimeout:
    return InputTimeout(
        f"reading took longer than the {timeout:g} s time limit; the file may be damaged or built "
        "to stall parsers - re-export it, or raise the limit with --timeout",
        path=path,
    )


def _memory_error(path: str, max_memory: int | None) -> InputTooLarge:
    budget = "" if max_memory is None else f" more than {max_memory / 2**20:.0f} MB of"
    return InputTooLarge(
        f"needs{budget} memory to read (a compressed stream inflates too far); it may be a decompression bomb - re-export it",
        path=path,
    )


def _crash_error(path: str, detail: str) -> CorruptPDF:
    return CorruptPDF(f"could not be parsed ({detail}); re-export it as PDF", path=path)
