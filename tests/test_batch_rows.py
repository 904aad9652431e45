"""Batches keep every row (issue 14.2, 14.7, 14.8, 14.9, 10.4): one strange file is one error row, rows are
written as they come and a rerun with --resume finishes the rest, cells are safe in spreadsheets and terminals."""

from __future__ import annotations

import csv
import io
import json
import multiprocessing
import os
import zipfile
from collections.abc import Sequence
from pathlib import Path
from typing import Any

import pytest
from typer.testing import CliRunner

from gapcheck.analyzer import Analyzer, default_analyzer
from gapcheck.batch import AnalyzerOptions, BatchRow, analyze_many, options_analyzer, run_batch
from gapcheck.cli import app
from gapcheck.limits import DEFAULT_LIMITS, Limits
from gapcheck.report import Report

from .fixtures import pdfs

RESUME = "Experience\nServed models with vLLM on Kubernetes; Python, PyTorch, SQL and Tableau.\n"
runner = CliRunner()


class _Flaky(Analyzer):
    """An analyzer that fails the way a bug or a hostile file might, on files whose name says so."""

    def __init__(self, **kwargs: Any) -> None:
        super().__init__(**kwargs)
        self.seen: list[str] = []

    def analyze(self, path: str | Path, **kwargs: Any) -> Report:
        name = Path(path).name
        self.seen.append(name)
        if name.startswith("boom"):
            raise RuntimeError("unexpected\nmulti-line failure")
        if name.startswith("oom"):
            raise MemoryError
        if name.startswith("stop"):
            raise KeyboardInterrupt
        return super().analyze(path, **kwargs)


@pytest.fixture(scope="module")
def flaky() -> _Flaky:
    return _Flaky()


def _files(folder: Path, names: Sequence[str]) -> list[Path]:
    folder.mkdir(exist_ok=True)
    out = []
    for name in names:
        path = folder / name
        path.write_text(RESUME, encoding="utf-8")
        out.append(path)
    return out


def test_any_exception_on_one_file_is_that_files_error_row(tmp_path: Path, flaky: _Flaky) -> None:
    files = _files(tmp_path / "in", ["a.txt", "boom.txt", "oom.txt", "b.txt"])
    rows = list(analyze_many(files, analyzer=flaky))
    assert [Path(r.file).name for r in rows] == ["a.txt", "boom.txt", "oom.txt", "b.txt"]
    assert [r.ok for r in rows] == [True, False, False, True]
    assert "RuntimeError" in (rows[1].error or "") and "\n" not in (rows[1].error or "")
    assert str(files[2]) in (rows[2].error or "") and "MemoryError" in (rows[2].error or "")


def _corrupt_docx(path: Path) -> Path:
    w = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
    with zipfile.ZipFile(path, "w", compression=zipfile.ZIP_DEFLATED) as archive:
        archive.writestr("word/document.xml", f'<w:document xmlns:w="{w}"><w:body>' + "<w:p/>" * 300 + "</w:body></w:document>")
    data = bytearray(path.read_bytes())
    start = 30 + len("word/document.xml")
    for i in range(start + 3, start + 30):
        data[i] ^= 0x5A
    path.write_bytes(bytes(data))
    return path


def test_a_bad_docx_is_an_error_row_and_the_batch_writes_every_row(tmp_path: Path) -> None:
    good = _files(tmp_path, ["good.txt"])[0]
    bad = _corrupt_docx(tmp_path / "bad.docx")
    out = tmp_path / "rows.csv"
    result = runner.invoke(app, [str(good), str(bad), "-o", str(out)])
    assert result.exit_code == 2, result.output
    assert "Traceback" not in result.output
    rows = list(csv.DictReader(io.StringIO(out.read_text(encoding="utf-8"))))
    assert [r["file"] for r in rows] == [str(good), str(bad)]
    assert rows[0]["error"] == "" and rows[0]["best_fit"]
    assert rows[1]["error"].startswith(str(bad)) and "damaged" in rows[1]["error"]
    assert result.stderr.count("gapcheck: error: ") == 1


@pytest.mark.parametrize("fmt", ["csv", "jsonl"])
def test_rows_are_written_as_they_come_and_resume_skips_them(tmp_path: Path, flaky: _Flaky, fmt: str) -> None:
    names = ["a.txt", "b.txt", "stop.txt", "c.txt", "d.txt"]
    files = _files(tmp_path / "in", names)
    out = tmp_path / f"rows.{fmt}"
    with pytest.raises(KeyboardInterrupt):
        run_batch(files, fmt=fmt, output=out, analyzer=flaky)
    kept = out.read_text(encoding="utf-8").splitlines()
    assert len(kept) == (3 if fmt == "csv" else 2)  # the rows done before the interrupt (and the header)
    if fmt == "jsonl":
        with open(out, "a", encoding="utf-8") as handle:
            handle.write('{"file": "' + str(files[3])[:8])  # a row cut short by a kill mid-write
    seen: list[str] = []
    summary = run_batch(
        files, fmt=fmt, output=out, analyzer=default_analyzer(), resume=True, on_row=lambda row: seen.append(Path(row.file).name)
    )
    assert seen == ["stop.txt", "c.txt", "d.txt"]
    assert summary.skipped == 2
    if fmt == "csv":
        rows = list(csv.DictReader(io.StringIO(out.read_text(encoding="utf-8"))))
    else:
        rows = [json.loads(line) for line in out.read_text(encoding="utf-8").splitlines()]
    assert [r["file"] for r in rows] == [str(f) for f in files]  # each once, in order, none lost


def test_cli_resume_finishes_a_batch(tmp_path: Path) -> None:
    files = _files(tmp_path / "in", ["a.txt", "b.txt", "c.txt"])
    out = tmp_path / "rows.csv"
    first = runner.invoke(app, [*map(str, files[:2]), "-o", str(out)])
    assert first.exit_code == 0, first.output
    before = out.read_text(encoding="utf-8")
    again = runner.invoke(app, [*map(str, files), "-o", str(out), "--resume"])
    assert again.exit_code == 0, again.output
    after = out.read_text(encoding="utf-8")
    assert after.startswith(before) and after.count("\n") == 4
    assert [r["file"] for r in csv.DictReader(io.StringIO(after))] == [str(f) for f in files]
    assert runner.invoke(app, [*map(str, files), "--resume", "-f", "csv"]).exit_code == 2


HOSTILE_NAMES = [
    '=HYPERLINK("http:evil","x").txt',
    "+SUM(1).txt",
    "-2+3.txt",
    "@cmd.txt",
    "red\x1b[31mname.txt",
    "csi\x9b2Jname.txt",
    "rtl\u202eexe.txt.txt",
]


def test_csv_cells_are_never_formulas_or_terminal_sequences(tmp_path: Path) -> None:
    folder = tmp_path / "in"
    files = _files(folder, HOSTILE_NAMES)
    result = runner.invoke(app, [*map(str, files), "-f", "csv"], color=True)
    assert result.exit_code == 0, result.output
    for bad in ("\x1b", "\x9b", "\u202e"):
        assert bad not in result.stdout
    cells = [r["file"] for r in csv.DictReader(io.StringIO(result.stdout))]
    for cell in cells:
        assert not cell.startswith(("=", "+", "-", "@", "\t", "\r"))
    # Cells start with the folder, so prefix the bare names to check the formula guard itself.
    from gapcheck.rows import csv_cell

    assert [csv_cell(name)[0] for name in HOSTILE_NAMES[:4]] == ["'"] * 4
    assert csv_cell(HOSTILE_NAMES[4]) == "red\\x1b[31mname.txt"


def test_jsonl_escapes_terminal_characters_but_keeps_the_names(tmp_path: Path) -> None:
    files = _files(tmp_path / "in", HOSTILE_NAMES)
    result = runner.invoke(app, [*map(str, files), "-f", "jsonl"], color=True)
    assert result.exit_code == 0, result.output
    for bad in ("\x1b", "\x9b", "\u202e"):
        assert bad not in result.stdout
    assert [json.loads(line)["file"] for line in result.stdout.splitlines()] == [str(f) for f in files]


def test_batch_options_read_with_the_cli_limits_by_default(tmp_path: Path) -> None:
    assert AnalyzerOptions().limits == DEFAULT_LIMITS and AnalyzerOptions().limits.timeout is not None
    long = pdfs.text_pdf(tmp_path / "long.pdf", pages=3)
    short = pdfs.text_pdf(tmp_path / "short.pdf")
    rows = list(analyze_many([long, short], options=AnalyzerOptions(limits=Limits(max_pages=2))))
    assert rows[0].error is not None and "page" in rows[0].error and rows[1].ok


def test_one_analyzer_cache_and_one_row_builder() -> None:
    assert options_analyzer(AnalyzerOptions()) is default_analyzer()
    report = default_analyzer().analyze_text(RESUME, source="x.txt")
    roles = [role.id for role in report.roles]
    batch_row = BatchRow("x.txt", report=report).to_row(roles)
    assert list(batch_row)[:2] == ["file", "best_fit"] and list(batch_row)[-1] == "error"
    gd = pytest.importorskip("gapcheck.distributed")
    assert gd.worker_analyzer(AnalyzerOptions()) is default_analyzer()
    dask_row = gd._row("x.txt", roles, report)
    assert {k: v for k, v in dask_row.items() if k != "report_json"} == batch_row
    error_row = gd._row("y.txt", roles, error="y.txt: bad")
    assert {k: v for k, v in error_row.items() if k != "report_json"} == BatchRow("y.txt", error="y.txt: bad").to_row(roles)


def test_a_worker_that_dies_is_replaced_and_its_file_gets_an_error_row(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    import gapcheck.batch as batch

    real = batch.analyze_file

    def dying(analyzer: Analyzer, options: AnalyzerOptions, path: str | Path) -> Report:
        if Path(path).name.startswith("die"):
            os._exit(9)  # as if killed from outside (or by the out-of-memory killer)
        return real(analyzer, options, path)

    monkeypatch.setattr(batch, "analyze_file", dying)
    # workers forked from this process inherit the patch (batches start theirs from a clean process)
    monkeypatch.setattr(batch, "_pool_context", lambda: multiprocessing.get_context("fork"))
    files = _files(tmp_path / "in", ["a.txt", "die.txt", "b.txt", "c.txt"])
    rows = list(analyze_many(files, workers=2))
    assert [Path(r.file).name for r in rows] == ["a.txt", "die.txt", "b.txt", "c.txt"]
    assert [r.ok for r in rows] == [True, False, True, True]
    assert "stopped" in (rows[1].error or "")


@pytest.mark.skipif(not Path("/proc/self/task").is_dir(), reason="reads child processes from /proc (Linux)")
def test_a_killed_batch_leaves_no_worker_running(tmp_path: Path) -> None:
    import os
    import shutil
    import signal
    import subprocess
    import sys
    import time

    from tests.conftest import REPO, SAMPLES

    folder = tmp_path / "many"
    folder.mkdir()
    for i in range(40):
        for pdf in SAMPLES.glob("*.pdf"):
            shutil.copy(pdf, folder / f"{i:02d}_{pdf.name}")
    # a process killed with SIGKILL cannot remove its multiprocessing folder: keep it in this test's own folder
    env = {**os.environ, "PYTHONPATH": str(REPO / "src"), "TMPDIR": str(tmp_path)}
    batch = subprocess.Popen(
        [sys.executable, "-m", "gapcheck.cli", str(folder), "--workers", "2", "-o", str(tmp_path / "rows.csv")],
        env=env,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )

    def children() -> list[int]:
        found: list[int] = []
        for task in Path(f"/proc/{batch.pid}/task").glob("*"):
            found += [int(pid) for pid in (task / "children").read_text().split()]
        return found

    deadline = time.monotonic() + 90
    while len(children()) < 2 and time.monotonic() < deadline and batch.poll() is None:
        time.sleep(0.2)
    workers = children()
    assert len(workers) >= 2, "the batch started no worker processes"
    batch.send_signal(signal.SIGKILL)
    batch.wait()
    time.sleep(3)
    alive = [pid for pid in workers if Path(f"/proc/{pid}").exists() and "Z" not in Path(f"/proc/{pid}/stat").read_text().split()[2]]
    assert alive == []


@pytest.mark.skipif("forkserver" not in multiprocessing.get_all_start_methods(), reason="forkserver start method")
def test_a_batch_started_while_another_thread_reads_a_pdf_does_not_hang(tmp_path: Path) -> None:
    """A host application reads a PDF in one thread (holding the PDF engine's lock) while it starts a batch in another:
    workers forked at that moment would inherit the held lock and wait on it forever."""
    import subprocess
    import sys

    from tests.conftest import REPO, SAMPLES

    script = (
        "import threading, time\n"
        "from gapcheck import pdf_pdfium\n"
        "from gapcheck.batch import AnalyzerOptions, analyze_many\n"
        "from gapcheck.limits import Limits\n"
        "held = threading.Event()\n"
        "def read_elsewhere():\n"
        "    with pdf_pdfium._LOCK:\n"
        "        held.set()\n"
        "        time.sleep(3)\n"
        "threading.Thread(target=read_elsewhere, daemon=True).start()\n"
        "held.wait()\n"
        "options = AnalyzerOptions(engine='pdfium', limits=Limits.none())\n"
        f"rows = list(analyze_many([{str(SAMPLES / 'ai_engineer.pdf')!r}, {str(SAMPLES / 'chemist.pdf')!r}], options=options, workers=2))\n"
        "print(sum(r.ok for r in rows))\n"
    )
    env = {**os.environ, "PYTHONPATH": str(REPO / "src")}
    try:
        done = subprocess.run([sys.executable, "-c", script], env=env, capture_output=True, text=True, timeout=150)
    except subprocess.TimeoutExpired:
        pytest.fail("the batch hung on a lock another thread held when its workers started")
    assert done.returncode == 0, done.stderr[-2000:]
    assert done.stdout.strip() == "2"
