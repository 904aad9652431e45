"""gapcheck.distributed on a real LocalCluster: same results as one process, worker kill, rerun skip, bad files."""

from __future__ import annotations

import contextlib
import json
import os
import subprocess
import sys
import tempfile
import time
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

distributed = pytest.importorskip("distributed")
pytest.importorskip("pyarrow")
pytest.importorskip("fsspec")

from gapcheck import distributed as gd  # noqa: E402
from gapcheck.analyzer import Analyzer  # noqa: E402
from gapcheck.batch import AnalyzerOptions, BatchRow, role_ids  # noqa: E402
from gapcheck.errors import GapcheckError, OutputError  # noqa: E402
from gapcheck.limits import Limits  # noqa: E402
from tests.conftest import REPO, SAMPLES, corpus_pdfs  # noqa: E402

SAMPLE_PDFS = sorted(SAMPLES.glob("*.pdf"))


# The cluster runs in a child process of its own, so that its worker processes (and multiprocessing's
# resource tracker) are not children of the test process, whose other tests check it has none left.
_CLUSTER = """
import sys, tempfile
import dask
from distributed import LocalCluster
if __name__ == "__main__":
    with tempfile.TemporaryDirectory() as scratch, dask.config.set({"temporary-directory": scratch}):
        with LocalCluster(n_workers=2, threads_per_worker=1, processes=True, dashboard_address=":0") as cluster:
            print(cluster.scheduler_address, flush=True)
            sys.stdin.read()
"""


@pytest.fixture(scope="module")
def client() -> Iterator[Any]:
    env = {**os.environ, "PYTHONPATH": os.pathsep.join(filter(None, [str(REPO / "src"), os.environ.get("PYTHONPATH")]))}
    proc = subprocess.Popen(
        [sys.executable, "-c", _CLUSTER], stdin=subprocess.PIPE, stdout=subprocess.PIPE, stderr=subprocess.DEVNULL, text=True, env=env
    )
    try:
        assert proc.stdout is not None and proc.stdin is not None
        address = proc.stdout.readline().strip()
        assert address.startswith("tcp://"), "the LocalCluster did not start"
        with distributed.Client(address) as dask_client:
            dask_client.register_plugin(gd.QuietPdfminer())
            yield dask_client
    finally:
        if proc.stdin is not None:
            proc.stdin.close()
        try:
            proc.wait(timeout=60)
        except subprocess.TimeoutExpired:
            proc.kill()
            proc.wait()


@pytest.fixture(scope="module")
def expected() -> dict[str, dict[str, Any]]:
    """Single-process rows (BatchRow.to_row plus the report as a dict) for the samples and the corpus."""
    analyzer = Analyzer()
    out: dict[str, dict[str, Any]] = {}
    for path in [*SAMPLE_PDFS, *corpus_pdfs()]:
        try:
            report = analyzer.analyze(path)
        except GapcheckError as exc:
            out[str(path)] = {"row": BatchRow(str(path), error=str(exc)).to_row(), "report": None}
        else:
            out[str(path)] = {"row": BatchRow(str(path), report=report).to_row(), "report": report.to_dict()}
    return out


def _check_row(row: dict[str, Any], want: dict[str, Any]) -> None:
    assert set(row) >= set(want["row"])
    for key, value in want["row"].items():
        assert row[key] == value, key
    assert (None if row["report_json"] is None else json.loads(row["report_json"])) == want["report"]


def test_same_results_as_one_process_on_samples_and_corpus(client: Any, expected: dict[str, Any], tmp_path: Path) -> None:
    inputs = [str(SAMPLES), *(str(p) for p in corpus_pdfs())]
    rows = list(gd.analyze_many(inputs, client, options=AnalyzerOptions(), output=tmp_path / "r.parquet", partition_size=4))
    assert sorted(r["file"] for r in rows) == sorted(expected)
    for row in rows:
        _check_row(row, expected[row["file"]])
    written = gd.read_results(tmp_path / "r.parquet")
    assert sorted(json.dumps(r, sort_keys=True) for r in written) == sorted(json.dumps(r, sort_keys=True) for r in rows)
    # The analyzer (spaCy pipeline) was built once per worker process, not per task.
    loads = client.run(gd.analyzer_loads)
    assert all(n <= 1 for n in loads.values()) and sum(loads.values()) >= 1


def test_corpus_part_runs_when_present() -> None:
    if not corpus_pdfs():
        pytest.skip("no corpus (../shared/corpus or $GAPCHECK_CORPUS): only the samples were compared")


def test_bad_files_are_error_rows_not_failed_tasks(client: Any, tmp_path: Path) -> None:
    broken = tmp_path / "broken.pdf"
    broken.write_bytes(b"%PDF-1.4\n1 0 obj << /Type /Catalog >> garbage")
    empty = tmp_path / "empty.pdf"
    empty.write_bytes(b"")
    word = tmp_path / "cv.docx"
    word.write_bytes(b"PK\x03\x04 not really a docx")
    missing = tmp_path / "missing.pdf"
    good = SAMPLE_PDFS[0]
    out = tmp_path / "r.jsonl"
    rows = {r["file"]: r for r in gd.analyze_many([broken, empty, word, missing, good], client, output=out, partition_size=5)}
    assert set(rows) == {str(broken), str(empty), str(word), str(missing), str(good)}
    for bad in (broken, empty, word, missing):
        assert rows[str(bad)]["error"].startswith(str(bad)), rows[str(bad)]
        assert rows[str(bad)]["report_json"] is None and rows[str(bad)]["best_fit"] == ""
    assert rows[str(good)]["error"] == "" and rows[str(good)]["best_fit"]
    parts = sorted(out.glob("part-*.jsonl"))
    assert len(parts) == 1 and len(parts[0].read_text().splitlines()) == 5


def test_rerun_skips_done_partitions_and_recomputes_a_deleted_one(client: Any, tmp_path: Path) -> None:
    inputs = [*SAMPLE_PDFS, *corpus_pdfs()[:6]]
    out = tmp_path / "results.parquet"
    first: list[gd.PartitionResult] = []
    rows1 = list(gd.analyze_many(inputs, client, output=out, partition_size=3, on_partition=first.append))
    parts = sorted(out.glob("part-*.parquet"))
    assert len(parts) == len(first) == -(-len(inputs) // 3) and not any(r.skipped for r in first)
    mtimes = {p.name: p.stat().st_mtime_ns for p in parts}
    victim = parts[len(parts) // 2]
    victim.unlink()

    second: list[gd.PartitionResult] = []
    rows2 = list(gd.analyze_many(inputs, client, output=out, partition_size=3, on_partition=second.append))
    recomputed = [r for r in second if not r.skipped]
    assert len(recomputed) == 1 and recomputed[0].path is not None and Path(recomputed[0].path).name == victim.name
    assert victim.is_file()
    for p in out.glob("part-*.parquet"):
        if p.name != victim.name:
            assert p.stat().st_mtime_ns == mtimes[p.name], f"{p.name} was rewritten"
    assert sorted(mtimes) == sorted(p.name for p in out.glob("part-*.parquet"))
    key = lambda r: r["file"]  # noqa: E731
    assert sorted(rows1, key=key) == sorted(rows2, key=key)
    assert not list(out.glob(".*.tmp"))


def test_partition_ids_are_stable_hashes_of_sorted_paths() -> None:
    files = [f"/data/cv{i:03d}.pdf" for i in range(10)]
    a = gd.make_partitions(files, 4)
    b = gd.make_partitions(list(reversed(files)), 4)
    assert [p.id for p in a] == [p.id for p in b] and [len(p.inputs) for p in a] == [4, 4, 2]
    assert a[0].id == gd.partition_id(list(reversed(a[0].inputs)))
    twice = gd.make_partitions(["x.pdf", "x.pdf"], 1)
    assert len({p.id for p in twice}) == 2


def test_remote_url_is_read_through_a_temp_copy_that_is_removed() -> None:
    fsspec = pytest.importorskip("fsspec")
    memory = fsspec.filesystem("memory")
    memory.pipe("/gapcheck-test/cvs/ai.pdf", SAMPLE_PDFS[0].read_bytes())
    memory.pipe("/gapcheck-test/cvs/notes.xlsx", b"ignored: not a resume format")
    try:
        urls = gd.expand_inputs(["memory://gapcheck-test/cvs/"])
        assert len(urls) == 1 and urls[0].startswith("memory://") and urls[0].endswith("/gapcheck-test/cvs/ai.pdf")
        before = set(os.listdir(tempfile.gettempdir()))
        options = AnalyzerOptions()
        analyzer = gd.worker_analyzer(options)
        roles = role_ids(options)
        row = gd.analyze_input(analyzer, options, urls[0], roles)
        missing = gd.analyze_input(analyzer, options, "memory://gapcheck-test/cvs/gone.pdf", roles)
        assert {n for n in os.listdir(tempfile.gettempdir()) if n.startswith("gapcheck-")} <= before
    finally:
        memory.rm("/gapcheck-test", recursive=True)
    want = Analyzer().analyze(SAMPLE_PDFS[0]).to_dict()
    got = json.loads(row["report_json"])
    assert got["source"] == urls[0] and row["file"] == urls[0] and row["error"] == ""
    assert {k: v for k, v in got.items() if k != "source"} == {k: v for k, v in want.items() if k != "source"}
    assert missing["error"].startswith("memory://gapcheck-test/cvs/gone.pdf") and missing["report_json"] is None


@pytest.mark.parametrize("installed", [True, False])
def test_folders_give_their_images_when_ocr_can_read_them(tmp_path: Path, monkeypatch: pytest.MonkeyPatch, installed: bool) -> None:
    import fsspec

    from gapcheck import ocr

    monkeypatch.setattr(ocr, "installed", lambda: installed)
    names = ["a.pdf", "b.png", "c.JPG", "d.jpeg", "e.tif", "f.tiff", "g.gif"]
    for name in names:
        (tmp_path / name).write_bytes(b"x")
    memory = fsspec.filesystem("memory")
    for name in names:
        memory.pipe(f"/gapcheck-images/{name}", b"x")
    try:
        for ocr_mode in ("auto", "always", "never"):
            want = ["a.pdf", *(names[1:6] if installed and ocr_mode != "never" else [])]
            assert [Path(p).name for p in gd.expand_inputs([tmp_path], ocr=ocr_mode)] == want
            assert [p.rsplit("/", 1)[1] for p in gd.expand_inputs(["memory://gapcheck-images/"], ocr=ocr_mode)] == want
    finally:
        memory.rm("/gapcheck-images", recursive=True)


def test_cli_scheduler_address(client: Any, tmp_path: Path) -> None:
    from typer.testing import CliRunner

    from gapcheck.cli import app

    out = tmp_path / "cli.parquet"
    runner = CliRunner()
    result = runner.invoke(app, [str(SAMPLES), "--scheduler", client.scheduler.address, "--output", str(out)])
    assert result.exit_code == 0, result.output
    assert sorted(r["file"] for r in gd.read_results(out)) == [str(p) for p in SAMPLE_PDFS]
    again = runner.invoke(app, [str(SAMPLES), "--scheduler", client.scheduler.address, "--output", str(out)])
    assert again.exit_code == 0 and "(3 already done)" in again.output
    bad = runner.invoke(app, [str(SAMPLES), "--scheduler", "local", "--output", str(tmp_path / "r.csv")])
    assert bad.exit_code == 2 and "--output" in bad.output
    import dask

    with dask.config.set({"distributed.comm.timeouts.connect": "2s"}):
        unreachable = runner.invoke(app, [str(SAMPLES), "--scheduler", "tcp://127.0.0.1:9", "--output", str(out)])
    assert unreachable.exit_code == 2 and "gapcheck: error: --scheduler tcp://127.0.0.1:9" in unreachable.output


def test_cli_scheduler_local_starts_a_cluster_and_leaves_no_scratch_space(tmp_path: Path) -> None:
    """The local cluster's workers kept Dask's "dask-scratch-space" folder (two lock files) in the system's temp folder
    after the run; now the whole scratch space is a temporary folder removed with the cluster."""
    out = tmp_path / "local.jsonl"
    temp = tmp_path / "tmp"
    temp.mkdir()
    env = {
        **os.environ,
        "PYTHONPATH": os.pathsep.join(filter(None, [str(REPO / "src"), os.environ.get("PYTHONPATH")])),
        "TMPDIR": str(temp),
    }
    result = subprocess.run(
        [sys.executable, "-m", "gapcheck.cli", str(SAMPLES), "--scheduler", "local", "--workers", "1", "--output", str(out)],
        capture_output=True,
        text=True,
        env=env,
        timeout=300,
    )
    assert result.returncode == 0, result.stderr[-2000:]
    assert "3 resumes in 1 partitions (0 already done)" in result.stderr
    assert sorted(r["file"] for r in gd.read_results(out)) == [str(p) for p in SAMPLE_PDFS]
    assert sorted(p.name for p in temp.iterdir()) == []


def test_cli_passes_urls_to_dask_as_given(monkeypatch: pytest.MonkeyPatch) -> None:
    """Arguments stay strings: a Path would turn s3://bucket/cvs/ into s3:/bucket/cvs."""
    from typer.testing import CliRunner

    from gapcheck.cli import app

    seen: dict[str, object] = {}

    def analyze_many(inputs, client, **kwargs):
        seen.update(inputs=inputs, output=kwargs["output"])
        return iter(())

    monkeypatch.setattr(gd, "connect", lambda *a, **k: contextlib.nullcontext(None))
    monkeypatch.setattr(gd, "analyze_many", analyze_many)
    urls = ["s3://bucket/cvs/", "gs://bucket/*.pdf", "file:///tmp/cvs"]
    result = CliRunner().invoke(app, [*urls, "--scheduler", "tcp://x:8786", "-o", "s3://bucket/out.parquet"])
    assert result.exit_code == 0, result.output
    assert seen == {"inputs": urls, "output": "s3://bucket/out.parquet"}


def test_cli_without_the_extra_says_what_to_install(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    from typer.testing import CliRunner

    import gapcheck
    from gapcheck.cli import app

    # As without the extra: importing gapcheck.distributed fails on its `from distributed import ...`.
    monkeypatch.delitem(sys.modules, "gapcheck.distributed")
    monkeypatch.delattr(gapcheck, "distributed")
    monkeypatch.setitem(sys.modules, "distributed", None)
    result = CliRunner().invoke(app, [str(SAMPLES), "--scheduler", "local", "--output", str(tmp_path / "r.parquet")])
    assert result.exit_code == 2 and "gapcheck[dask]" in result.output


def test_worker_killed_mid_run_every_row_exactly_once(client: Any, tmp_path: Path) -> None:
    inputs = [*SAMPLE_PDFS, *corpus_pdfs()]
    if len(inputs) < 24:  # without the corpus: copies of the samples under other names
        for i in range(8):
            for pdf in SAMPLE_PDFS:
                copy = tmp_path / "copies" / f"{i}_{pdf.name}"
                copy.parent.mkdir(exist_ok=True)
                copy.write_bytes(pdf.read_bytes())
                inputs.append(copy)
    out = tmp_path / "killed.parquet"
    killed: list[str] = []

    def kill_one_busy_worker(result: gd.PartitionResult) -> None:
        if killed:
            return
        # a fast worker may sit between two tasks when the first partition comes back: wait for one to take the next
        deadline = time.monotonic() + 10
        busy = [addr for addr, keys in client.processing().items() if keys]
        while not busy and time.monotonic() < deadline:
            time.sleep(0.02)
            busy = [addr for addr, keys in client.processing().items() if keys]
        if busy:
            killed.append(busy[0])
            with contextlib.suppress(Exception):
                client.run(os._exit, 1, workers=[busy[0]], on_error="ignore")

    rows = list(gd.analyze_many(inputs, client, output=out, partition_size=2, on_partition=kill_one_busy_worker))
    assert killed, "no worker was busy after the first partition"
    # The worker really died (its nanny starts a new one under a new address) and its partition was rerun.
    assert killed[0] not in client.scheduler_info()["workers"]
    files = [r["file"] for r in rows]
    assert sorted(files) == sorted(str(p) for p in inputs) and len(set(files)) == len(files)
    written = [r["file"] for r in gd.read_results(out)]
    assert sorted(written) == sorted(files)
    assert len(list(out.glob("part-*.parquet"))) == -(-len(inputs) // 2)


def test_partitions_are_keyed_by_the_options() -> None:
    files = [f"/data/cv{i:03d}.pdf" for i in range(4)]
    keys = {
        gd.options_key(AnalyzerOptions()),
        gd.options_key(AnalyzerOptions(roles=("ai_engineer",))),
        gd.options_key(AnalyzerOptions(limits=Limits(max_pages=3))),
        gd.options_key(AnalyzerOptions(limits=Limits(ocr_max_pages=3))),
        gd.options_key(AnalyzerOptions(limits=Limits(ocr_page_timeout=30.0))),
        gd.options_key(AnalyzerOptions(ocr="never")),
    }
    assert len(keys) == 6
    ids = {tuple(p.id for p in gd.make_partitions(files, 2, key=key)) for key in keys}
    assert len(ids) == 6
    assert gd.options_key(AnalyzerOptions(password="x")) == gd.options_key(AnalyzerOptions())  # never in a file name


def test_rerun_with_other_options_never_reuses_old_partitions(client: Any, tmp_path: Path) -> None:
    inputs = SAMPLE_PDFS[:2]
    out = tmp_path / "results.jsonl"
    rows = list(gd.analyze_many(inputs, client, options=AnalyzerOptions(roles=("ai_engineer",)), output=out))
    assert all("ai_engineer_coverage" in r and "data_scientist_coverage" not in r for r in rows)
    before = sorted(p.name for p in out.glob("part-*"))
    with pytest.raises(OutputError, match="other options"):
        list(gd.analyze_many(inputs, client, options=AnalyzerOptions(roles=("data_scientist",)), output=out))
    assert sorted(p.name for p in out.glob("part-*")) == before
    fresh = tmp_path / "other.jsonl"
    again = list(gd.analyze_many(inputs, client, options=AnalyzerOptions(roles=("data_scientist",)), output=fresh))
    assert all("data_scientist_coverage" in r and "ai_engineer_coverage" not in r for r in again)
    assert not {p.name for p in fresh.glob("part-*")} & set(before)


def test_a_stalling_pdf_is_an_error_row_within_its_limit_on_dask(client: Any, tmp_path: Path) -> None:
    """Dask workers read through the same isolated reader and limits: a PDF built to stall ends at the time limit."""
    import time

    from tests.fixtures import pdfs

    stall = pdfs.pathological_pdf(tmp_path / "stall.pdf", operators=300_000)
    start = time.monotonic()
    rows = list(gd.analyze_many([stall, SAMPLE_PDFS[0]], client, options=AnalyzerOptions(limits=Limits(timeout=2.0))))
    assert time.monotonic() - start < 60
    by_file = {row["file"]: row for row in rows}
    assert "time limit" in by_file[str(stall)]["error"] and by_file[str(SAMPLE_PDFS[0])]["error"] == ""


def test_the_ocr_page_cap_reaches_dask_workers(client: Any, tmp_path: Path) -> None:
    """The OCR limits travel in the options' Limits: a scan over the page cap is an error row naming the option."""
    from gapcheck import ocr

    if not ocr.available():
        pytest.skip('needs the OCR extra: pip install "gapcheck[ocr]"')
    from PIL import Image

    tiff = tmp_path / "scan.tiff"
    page = Image.new("L", (400, 200), 255)
    page.save(tiff, save_all=True, append_images=[page])
    rows = list(gd.analyze_many([tiff, SAMPLE_PDFS[0]], client, options=AnalyzerOptions(limits=Limits(ocr_max_pages=1))))
    by_file = {row["file"]: row for row in rows}
    assert "over the 1-page OCR limit; raise it with --ocr-max-pages" in by_file[str(tiff)]["error"]
    assert by_file[str(SAMPLE_PDFS[0])]["error"] == ""
