"""The sandbox runs untrusted-input work in worker processes with time and memory limits (gapcheck.sandbox)."""

from __future__ import annotations

import logging
import os
import signal
import subprocess
import sys
import threading
import time
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

import pytest

from gapcheck import errors, sandbox
from gapcheck.limits import Limits
from tests import sandbox_helpers as helpers

LIMITS = Limits(timeout=20)
linux_only = pytest.mark.skipif(not Path("/proc/self/stat").exists(), reason="reads process states from /proc")


def _gone(pid: int) -> bool:
    """Whether the process has ended (a zombie waiting for a reaper counts as ended)."""
    try:
        stat = Path(f"/proc/{pid}/stat").read_text()
    except (FileNotFoundError, ProcessLookupError):
        return True
    return stat.rsplit(")", 1)[1].split()[0] in ("Z", "X")


def _wait_until(condition: object, seconds: float = 5.0) -> bool:
    end = time.monotonic() + seconds
    while time.monotonic() < end:
        if condition():  # type: ignore[operator]
            return True
        time.sleep(0.02)
    return False


def test_result_comes_back_from_a_worker_process_that_never_imports_spacy() -> None:
    assert sandbox.run(helpers.echo, {"text": "Python", "page": 1}, limits=LIMITS, path="a.pdf") == {"text": "Python", "page": 1}
    assert sandbox.run(helpers.worker_pid, limits=LIMITS, path="a.pdf") != os.getpid()
    assert sandbox.run(helpers.spacy_imported, limits=LIMITS, path="a.pdf") is False


@linux_only
def test_timeout_kills_the_worker_and_the_next_call_works(tmp_path: Path) -> None:
    note = tmp_path / "pid"
    start = time.monotonic()
    with pytest.raises(errors.InputTimeout, match="time limit") as info:
        sandbox.run(helpers.note_pid_and_sleep, str(note), 60, limits=Limits(timeout=0.5), path="stall.pdf")
    assert time.monotonic() - start < 3
    assert info.value.path == "stall.pdf" and isinstance(info.value, TimeoutError)
    assert _gone(int(note.read_text()))
    assert sandbox.run(helpers.echo, "next", limits=LIMITS, path="good.pdf") == "next"


def test_memory_limit_is_a_one_line_input_too_large(capfd: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(errors.InputTooLarge, match="decompression bomb") as info:
        sandbox.run(helpers.allocate, 1024, limits=Limits(timeout=20, max_memory=64 * 2**20), path="bomb.pdf")
    assert info.value.path == "bomb.pdf" and "64 MB" in str(info.value)
    assert sandbox.run(helpers.allocate, 16, limits=Limits(timeout=20, max_memory=64 * 2**20), path="ok.pdf") == 16 * 2**20
    out, err = capfd.readouterr()
    assert out == "" and err == ""


def test_typed_errors_keep_class_message_and_path() -> None:
    with pytest.raises(errors.EncryptedPDF) as info:
        sandbox.run(helpers.raise_encrypted, "/cv/locked file.pdf", limits=LIMITS, path="/cv/locked file.pdf")
    assert isinstance(info.value, PermissionError)
    assert info.value.path == "/cv/locked file.pdf"
    assert info.value.message == "is protected by a password; give it with --password"
    assert str(info.value) == "/cv/locked file.pdf: is protected by a password; give it with --password"
    with pytest.raises(errors.TaxonomyError) as taxonomy_info:
        sandbox.run(helpers.raise_taxonomy_error, "skills.toml", limits=LIMITS, path="skills.toml")
    assert taxonomy_info.value.skill == "python"
    assert str(taxonomy_info.value) == "skills.toml: skill 'python': unknown group 'x'"


def test_other_exceptions_and_crashes_are_corrupt_input_errors_naming_the_file() -> None:
    with pytest.raises(errors.CorruptPDF, match="ValueError: unexpected token") as info:
        sandbox.run(helpers.raise_value_error, limits=LIMITS, path="odd.pdf")
    assert info.value.path == "odd.pdf"
    with pytest.raises(errors.CorruptPDF, match="crashed: killed by SIGABRT"):
        sandbox.run(helpers.abort, limits=LIMITS, path="crash.pdf")
    assert sandbox.run(helpers.echo, 1, limits=LIMITS, path="good.pdf") == 1


def test_a_worker_killed_from_outside_is_retried_once(tmp_path: Path) -> None:
    marker = tmp_path / "killed"
    assert sandbox.run(helpers.killed_once, str(marker), limits=LIMITS, path="a.pdf") == "second try"
    assert marker.exists()
    start = time.monotonic()
    with pytest.raises(errors.ReaderKilled, match=r"stopped from outside gapcheck \(SIGKILL\) twice") as info:
        sandbox.run(helpers.always_killed, limits=LIMITS, path="b.pdf")
    assert info.value.path == "b.pdf"
    assert "decompression bomb" not in str(info.value)
    assert time.monotonic() - start < 5


def test_eight_threads_at_once_while_other_threads_log_at_debug() -> None:
    """The fork bug: a child inheriting a logging lock held by another thread hung until the time limit."""
    logger = logging.getLogger("gapcheck.test.noise")
    handler = logging.StreamHandler(open(os.devnull, "w"))  # noqa: SIM115 - closed below
    logger.addHandler(handler)
    logger.setLevel(logging.DEBUG)
    stop = threading.Event()

    def chatter() -> None:
        while not stop.is_set():
            logger.debug("busy %s", "x" * 200)
            time.sleep(0.0001)

    noise = [threading.Thread(target=chatter) for _ in range(2)]
    for thread in noise:
        thread.start()
    try:
        limits = Limits(timeout=15)
        with ThreadPoolExecutor(8) as pool:
            results = list(pool.map(lambda v: sandbox.run(helpers.square_slowly, v, limits=limits, path=f"{v}.pdf"), range(24)))
    finally:
        stop.set()
        for thread in noise:
            thread.join()
        logger.removeHandler(handler)
        handler.stream.close()
    assert results == [v * v for v in range(24)]


@linux_only
def test_concurrent_calls_get_their_own_workers_and_extra_ones_stop(tmp_path: Path) -> None:
    notes = [tmp_path / f"pid{i}" for i in range(4)]
    pending = [sandbox.submit(helpers.note_pid_and_sleep, str(n), 0.5, limits=LIMITS, path="a.pdf") for n in notes]
    pids = [p.result() for p in pending]
    assert len(set(pids)) == 4
    assert _wait_until(lambda: sum(not _gone(pid) for pid in pids) <= sandbox.KEEP_IDLE)
    sandbox.shutdown()
    assert _wait_until(lambda: all(_gone(pid) for pid in pids))


def test_cancel_stops_the_worker_and_result_then_raises(tmp_path: Path) -> None:
    note = tmp_path / "pid"
    pending = sandbox.submit(helpers.note_pid_and_sleep, str(note), 60, limits=LIMITS, path="a.pdf")
    assert _wait_until(note.exists)
    pending.cancel()
    if Path("/proc").is_dir():
        assert _gone(int(note.read_text()))
    with pytest.raises(errors.InputError, match="cancelled"):
        pending.result()


def test_the_time_limit_counts_from_a_ready_worker_and_a_late_result_call_still_gets_the_result() -> None:
    """A worker still starting (hundreds of ms on a busy machine) does not eat into a small limit, and the
    CLI may ask for the result well after the work is done (it loads spaCy meanwhile)."""
    sandbox.shutdown()  # no warm worker: this call pays the start
    assert sandbox.run(helpers.echo, "cold", limits=Limits(timeout=0.25), path="a.pdf") == "cold"
    pending = sandbox.submit(helpers.echo, "late", limits=Limits(timeout=0.25), path="a.pdf")
    time.sleep(0.8)
    assert pending.result() == "late"


def test_no_limits_runs_in_this_process() -> None:
    none = Limits.none()
    assert sandbox.run(helpers.worker_pid, limits=none, path="a.txt") == os.getpid()
    pending = sandbox.submit(helpers.raise_value_error, limits=none, path="a.txt")  # runs now, raises on result()
    with pytest.raises(errors.CorruptPDF, match="ValueError"):
        pending.result()
    with pytest.raises(errors.EncryptedPDF):
        sandbox.run(helpers.raise_encrypted, "a.pdf", limits=none, path="a.pdf")


def test_prestarted_worker_serves_the_next_call() -> None:
    sandbox.shutdown()
    sandbox.prestart(LIMITS)
    idle = list(sandbox._pool().idle)
    assert len(idle) == 1
    assert sandbox.run(helpers.worker_pid, limits=LIMITS, path="a.pdf") == idle[0].pid


@pytest.mark.skipif(not hasattr(os, "fork"), reason="needs os.fork")
def test_a_forked_child_starts_its_own_workers() -> None:
    """A fork (a multiprocessing pool) must not use, or wait for, the workers of the process it came from."""
    import multiprocessing

    parent_worker = sandbox.run(helpers.worker_pid, limits=LIMITS, path="a.pdf")
    with multiprocessing.get_context("fork").Pool(1) as pool:
        child, child_worker = pool.apply(helpers.sandboxed_pid_in_forked_child, (0,))
    assert child != os.getpid() and child_worker not in (parent_worker, child, os.getpid())
    assert sandbox.run(helpers.worker_pid, limits=LIMITS, path="a.pdf") == parent_worker  # still ours, still warm


PARENT = """
import sys, time
from pathlib import Path
from gapcheck import sandbox
from gapcheck.limits import Limits
from tests import sandbox_helpers as helpers

limits = Limits(timeout=60)
idle = sandbox.run(helpers.worker_pid, limits=limits, path="a.pdf")
note = Path(sys.argv[1])
busy = sandbox.submit(helpers.note_pid_and_sleep, str(note), 60, limits=limits, path="b.pdf")
while not note.exists() or not note.read_text():
    time.sleep(0.01)
print(idle, note.read_text(), flush=True)
time.sleep(60)
"""


@linux_only
@pytest.mark.parametrize("how", [signal.SIGKILL, signal.SIGTERM])
def test_workers_die_with_their_parent(tmp_path: Path, how: signal.Signals) -> None:
    env = {**os.environ, "PYTHONPATH": os.pathsep.join(p for p in sys.path if p)}
    parent = subprocess.Popen(
        [sys.executable, "-c", PARENT, str(tmp_path / "busy")],
        stdout=subprocess.PIPE,
        text=True,
        env=env,
        cwd=str(Path(__file__).resolve().parents[1]),
    )
    assert parent.stdout is not None
    line = parent.stdout.readline()
    idle, busy = (int(v) for v in line.split())
    assert not _gone(idle) and not _gone(busy)
    parent.send_signal(how)
    parent.wait()
    assert _wait_until(lambda: _gone(idle) and _gone(busy)), "a worker outlived its parent"


def test_inside_a_dask_worker_process(tmp_path: Path) -> None:
    """Dask's worker processes are daemonic: multiprocessing would refuse to start children there."""
    distributed = pytest.importorskip("distributed")
    dask = pytest.importorskip("dask")
    with (
        dask.config.set({"temporary-directory": str(tmp_path)}),  # Dask's scratch space, not the system's temp folder
        distributed.LocalCluster(n_workers=1, threads_per_worker=2, processes=True, dashboard_address=None) as cluster,
        distributed.Client(cluster) as client,
    ):
        futures = client.map(helpers.sandboxed_pid_from_dask, [3, 4, 5])
        results = client.gather(futures)
        dask_pids = set(client.run(os.getpid).values())
    assert [r[0] for r in results] == [9, 16, 25]
    assert all(daemonic for _, _, daemonic in results)  # what this test is about
    assert all(pid not in dask_pids and pid != os.getpid() for _, pid, _ in results)
