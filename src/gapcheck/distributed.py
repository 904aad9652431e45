"""Screening many resumes on a Dask cluster with the same analyzer (the ``gapcheck[dask]`` extra).

One entry point, :func:`analyze_many`. The inputs (local files, folders and globs, or fsspec URLs such as
``s3://bucket/resumes/`` and ``gs://bucket/*.pdf``) are sorted and cut into partitions of
``partition_size`` files; each partition is one Dask task. Every worker process takes its
:class:`~gapcheck.analyzer.Analyzer` from the per-process cache (:func:`~gapcheck.analyzer.shared_analyzer`)
once and reuses it for all the partitions it runs. Files are read with the options' limits (by default
the CLI's time and memory limits: the inputs are untrusted).

A partition's id is a stable hash of the sorted paths it holds and of what shapes its rows (roles,
taxonomy and its content, model, limits, gapcheck version): a rerun with other options never reuses
partitions written with the old ones. With ``output``, each partition is written
by the worker as one file ``part-<id>.parquet`` (or ``.jsonl``) in the output folder, atomically (a hidden
temp name, then a rename), and a rerun with the same inputs and output skips the partitions whose file is
already there: an interrupted job finishes the rest, and a worker killed mid-task is simply rerun by Dask,
so no resume is lost or counted twice.

A file that cannot be read (or that the analyzer fails on) is a row with ``error`` set, never a failed task.
Remote files are copied by the worker into a private temp folder that is always removed; the row and the
report name the URL, not the temp copy.
"""

from __future__ import annotations

import contextlib
import glob
import hashlib
import json
import logging
import os
import tempfile
import uuid
from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass, field, replace
from pathlib import Path, PurePosixPath
from typing import Any

import dask
import fsspec
import pyarrow as pa
import pyarrow.parquet as pq
from distributed import Client, LocalCluster, WorkerPlugin, as_completed, default_client

from gapcheck.analyzer import Analyzer, shared_analyzer_builds
from gapcheck.batch import (
    AnalyzerOptions,
    analyze_file,
    collect_inputs,
    failure_message,
    folder_suffixes,
    options_analyzer,
    role_ids,
)
from gapcheck.errors import GapcheckError, InputNotFound, OutputError
from gapcheck.report import Report
from gapcheck.rows import columns as row_columns
from gapcheck.rows import jsonl_line, result_row
from gapcheck.taxonomy import load_taxonomy
from gapcheck.version import __version__

DEFAULT_PARTITION_SIZE = 64
DEFAULT_RETRIES = 3
OPTIONS_FILE = "_gapcheck_options.json"  # in an output folder: the options its partitions were written with
FORMATS = ("parquet", "jsonl")
_GLOB_CHARS = frozenset("*?[")


@dataclass(frozen=True)
class Partition:
    """A slice of the inputs that one task analyzes; ``id`` is stable for the same sorted paths."""

    id: str
    index: int
    inputs: tuple[str, ...]


@dataclass
class PartitionResult:
    """What one partition gave: its rows (unless ``keep_rows=False``), errors, and whether it was skipped."""

    id: str
    index: int
    count: int
    errors: list[tuple[str, str]] = field(default_factory=list)
    rows: list[dict[str, Any]] | None = None
    skipped: bool = False
    path: str | None = None


# -- inputs and partitions -------------------------------------------------------------------------


def _is_remote(raw: str) -> bool:
    return "://" in raw and not raw.startswith("file://")


def expand_inputs(paths: Iterable[str | Path], *, ocr: str = "auto") -> list[str]:
    """Every resume to analyze, sorted: files as given, folders (recursively) and globs expanded to the files
    a batch folder gives (:func:`gapcheck.batch.folder_suffixes`: PDF, Word, text, Markdown, and images when the
    OCR mode ``ocr`` can read them on this machine).

    ``s3://``, ``gs://`` and other fsspec URLs are expanded on their filesystem and kept as URLs;
    ``file://`` URLs become local paths. A path that does not exist is kept (it becomes an error row).
    """
    out: list[str] = []
    for item in paths:
        raw = str(item)
        if _is_remote(raw):
            out.extend(_expand_remote(raw, ocr))
            continue
        if raw.startswith("file://"):
            raw = raw[len("file://") :]
        if any(c in raw for c in _GLOB_CHARS) and not Path(raw).exists():
            matches = sorted(glob.glob(raw, recursive=True))
            out.extend(str(p) for p in collect_inputs(matches, ocr=ocr))
        else:
            out.extend(str(p) for p in collect_inputs([raw], ocr=ocr))
    return sorted(out)


def _expand_remote(url: str, ocr: str) -> list[str]:
    suffixes = folder_suffixes(ocr)
    fs, _, found = fsspec.get_fs_token_paths(url)
    if not found and not any(c in url for c in _GLOB_CHARS):
        return [url]  # kept: it becomes an error row
    out: list[str] = []
    for path in found:
        if fs.isdir(path):
            out.extend(fs.unstrip_protocol(p) for p in sorted(fs.find(path)) if PurePosixPath(p).suffix.lower() in suffixes)
        else:
            out.append(fs.unstrip_protocol(path))
    return out


def partition_id(inputs: Sequence[str], key: str = "") -> str:
    """A stable id for a partition: a hash of its sorted paths and of ``key`` (see :func:`options_key`)."""
    return hashlib.sha256("\n".join([key, *sorted(inputs)]).encode("utf-8", "surrogatepass")).hexdigest()[:20]


def options_key(options: AnalyzerOptions) -> str:
    """What shapes a row besides its file: the options (not the password), the taxonomy's content and the
    gapcheck version. Partitions written with another key are not reused."""
    taxonomy = load_taxonomy(options.taxonomy, extend=options.extend)
    shape = {
        "roles": options.roles,
        "taxonomy": taxonomy.fingerprint,
        "extend": options.extend,
        "model": options.model,
        "limits": repr(options.limits),
        "engine": options.engine,
        "ocr": options.ocr,
        "as_of": options.as_of,
        "version": __version__,
    }
    return json.dumps(shape, sort_keys=True, default=str)


def make_partitions(inputs: Sequence[str], partition_size: int = DEFAULT_PARTITION_SIZE, key: str = "") -> list[Partition]:
    """Cut the sorted inputs into partitions of ``partition_size`` files with stable ids (hashes of the
    paths and ``key``)."""
    if partition_size < 1:
        raise ValueError("partition_size must be at least 1")
    ordered = sorted(inputs)
    parts: list[Partition] = []
    seen: dict[str, int] = {}
    for index, start in enumerate(range(0, len(ordered), partition_size)):
        chunk = tuple(ordered[start : start + partition_size])
        pid = partition_id(chunk, key)
        seen[pid] = seen.get(pid, 0) + 1
        if seen[pid] > 1:  # the same paths listed again: a distinct, still stable, id
            pid = f"{pid}-{seen[pid] - 1}"
        parts.append(Partition(pid, index, chunk))
    return parts


# -- rows -----------------------------------------------------------------------------------------


def columns(roles: Sequence[str]) -> list[str]:
    """The row columns: those of the batch CSV (:func:`gapcheck.rows.columns`) plus ``report_json``."""
    return [*row_columns(roles), "report_json"]


def arrow_schema(roles: Sequence[str]) -> pa.Schema:
    """The Parquet schema of the rows (role columns are null on error rows)."""
    fields = [pa.field("file", pa.string()), pa.field("best_fit", pa.string()), pa.field("experience_years", pa.float64())]
    for role in roles:
        fields += [
            pa.field(f"{role}_score", pa.float64()),
            pa.field(f"{role}_coverage", pa.float64()),
            pa.field(f"{role}_found", pa.int64()),
            pa.field(f"{role}_missing", pa.int64()),
            pa.field(f"{role}_found_ids", pa.string()),
            pa.field(f"{role}_missing_ids", pa.string()),
        ]
    fields += [pa.field("error", pa.string()), pa.field("report_json", pa.string())]
    return pa.schema(fields)


def _row(file: str, roles: Sequence[str], report: Report | None = None, error: str | None = None) -> dict[str, Any]:
    row = result_row(file, report, error, roles=roles)
    row["report_json"] = None if report is None else json.dumps(report.to_dict(), ensure_ascii=False)
    return row


# -- on the worker ---------------------------------------------------------------------------------


def worker_analyzer(options: AnalyzerOptions) -> Analyzer:
    """This process's analyzer for ``options`` (the per-process cache), with its spaCy pipeline loaded."""
    analyzer = options_analyzer(options)
    _ = analyzer.nlp  # load the pipeline now, once
    return analyzer


def analyzer_loads() -> int:
    """How many analyzers this process has built (one per distinct taxonomy / model)."""
    return shared_analyzer_builds()


def _analyze_remote(analyzer: Analyzer, options: AnalyzerOptions, url: str) -> Report:
    """Copy ``url`` into a private temp folder (always removed), analyze it, name the URL in the report."""
    name = PurePosixPath(url.split("://", 1)[-1]).name or "resume.pdf"
    with tempfile.TemporaryDirectory(prefix="gapcheck-") as folder:
        local = os.path.join(folder, name)
        with fsspec.open(url, "rb") as src, open(local, "wb") as dst:
            # Read one byte past the limit: the reader then refuses the file as too large.
            dst.write(src.read(options.limits.max_bytes + 1))
        try:
            report = analyze_file(analyzer, options, local)
        except GapcheckError as exc:
            if exc.path == local:
                exc.path = url
            exc.message = exc.message.replace(local, url)
            raise
        return replace(report, source=url)


def analyze_input(analyzer: Analyzer, options: AnalyzerOptions, path: str, roles: Sequence[str]) -> dict[str, Any]:
    """One row for one input; any failure is an error row."""
    try:
        report = _analyze_remote(analyzer, options, path) if _is_remote(path) else analyze_file(analyzer, options, path)
    except GapcheckError as exc:
        return _row(path, roles, error=str(exc))
    except FileNotFoundError:
        return _row(path, roles, error=str(InputNotFound("no such file", path=path)))
    except Exception as exc:  # a bad file must never fail the task
        return _row(path, roles, error=failure_message(path, exc))
    return _row(path, roles, report=report)


def _part_name(pid: str, fmt: str) -> str:
    return f"part-{pid}.{fmt}"


def _write_partition(fs: Any, folder: str, pid: str, fmt: str, rows: list[dict[str, Any]], roles: Sequence[str]) -> str:
    """Write rows to ``folder/part-<id>.<fmt>`` atomically: a hidden temp name, then a rename."""
    final = f"{folder}/{_part_name(pid, fmt)}"
    temp = f"{folder}/.{_part_name(pid, fmt)}.{uuid.uuid4().hex}.tmp"
    try:
        with fs.open(temp, "wb") as handle:
            if fmt == "parquet":
                pq.write_table(pa.Table.from_pylist(rows, schema=arrow_schema(roles)), handle)
            else:
                handle.write("".join(jsonl_line(row) for row in rows).encode("utf-8"))
        fs.mv(temp, final)
    finally:
        with contextlib.suppress(OSError):
            if fs.exists(temp):
                fs.rm(temp)
    return final


def run_partition(
    partition: Partition,
    options: AnalyzerOptions,
    roles: Sequence[str],
    output: str | None = None,
    fmt: str = "parquet",
    keep_rows: bool = True,
) -> PartitionResult:
    """The task: analyze one partition on a worker, write it when there is an output, return its result."""
    fs, folder = fsspec.core.url_to_fs(output) if output else (None, "")
    if fs is not None and fs.exists(f"{folder}/{_part_name(partition.id, fmt)}"):
        # A rerun of a task whose write had finished (e.g. its worker died just after): nothing to do.
        return _read_partition_result(fs, folder, partition, fmt, keep_rows)
    analyzer = worker_analyzer(options)
    rows = [analyze_input(analyzer, options, path, roles) for path in partition.inputs]
    written = _write_partition(fs, folder, partition.id, fmt, rows, roles) if fs is not None else None
    return PartitionResult(partition.id, partition.index, len(rows), _errors(rows), rows if keep_rows else None, path=written)


def _errors(rows: Iterable[dict[str, Any]]) -> list[tuple[str, str]]:
    return [(row["file"], row["error"]) for row in rows if row["error"]]


def _read_rows(fs: Any, path: str, fmt: str) -> list[dict[str, Any]]:
    with fs.open(path, "rb") as handle:
        if fmt == "parquet":
            rows: list[dict[str, Any]] = pq.read_table(handle).to_pylist()
            return rows
        return [json.loads(line) for line in handle.read().decode("utf-8").splitlines() if line.strip()]


def _read_partition_result(fs: Any, folder: str, partition: Partition, fmt: str, keep_rows: bool) -> PartitionResult:
    path = f"{folder}/{_part_name(partition.id, fmt)}"
    rows = _read_rows(fs, path, fmt)
    return PartitionResult(partition.id, partition.index, len(rows), _errors(rows), rows if keep_rows else None, skipped=True, path=path)


# -- on the client ---------------------------------------------------------------------------------


def output_format(output: str | Path) -> str:
    """``jsonl`` for an output ending in ``.jsonl``, else ``parquet``."""
    return "jsonl" if str(output).rstrip("/").lower().endswith(".jsonl") else "parquet"


def read_results(output: str | Path) -> list[dict[str, Any]]:
    """Every row of an output folder written by :func:`analyze_many`, partition by partition."""
    fmt = output_format(output)
    fs, folder = fsspec.core.url_to_fs(str(output))
    rows: list[dict[str, Any]] = []
    for path in sorted(fs.glob(f"{folder}/part-*.{fmt}")):
        rows.extend(_read_rows(fs, path, fmt))
    return rows


def analyze_many(
    paths: Iterable[str | Path],
    client: Client | None = None,
    *,
    options: AnalyzerOptions | None = None,
    output: str | Path | None = None,
    partition_size: int = DEFAULT_PARTITION_SIZE,
    retries: int = DEFAULT_RETRIES,
    keep_rows: bool = True,
    on_partition: Callable[[PartitionResult], None] | None = None,
) -> Iterator[dict[str, Any]]:
    """Analyze resumes on a Dask cluster; yield one row per resume as partitions finish.

    ``paths``: local files, folders, globs, or fsspec URLs (``s3://``, ``gs://``, ``file://``). ``client``:
    a :class:`distributed.Client`; None uses the current client, or starts a local cluster for this call.
    ``output``: a folder (``results.parquet`` or ``results.jsonl``) that gets one file per partition;
    partitions already there are skipped, and their rows are read back. ``keep_rows=False`` yields nothing
    and only writes (for very large jobs; ``on_partition`` still reports counts and errors).
    Rows have the columns of the batch CSV plus ``report_json``; they come partition by partition, in
    order of completion. The inputs are expanded and checked when this is called; the work starts when the
    returned iterator is consumed.
    """
    options = options or AnalyzerOptions()
    if output is None and not keep_rows:
        raise ValueError("keep_rows=False needs an output folder")
    inputs = expand_inputs(paths, ocr=options.ocr)
    if not inputs:
        raise InputNotFound(
            f"no resume files to analyze (a folder gives its {' '.join(folder_suffixes(options.ocr))} files)",
            path=", ".join(str(p) for p in paths) or None,
        )
    roles = role_ids(options)
    key = options_key(options)
    partitions = make_partitions(inputs, partition_size, key=key)
    fmt = output_format(output) if output is not None else "parquet"
    fs, folder, out = None, "", None
    if output is not None:
        fs, folder = fsspec.core.url_to_fs(str(output))
        fs.makedirs(folder, exist_ok=True)
        _claim_output(fs, folder, key, output)
        out = fs.unstrip_protocol(folder) if _is_remote(str(output)) else folder
        for stale in fs.glob(f"{folder}/.part-*.tmp"):  # left by a task killed mid-write
            with contextlib.suppress(OSError):
                fs.rm(stale)
    return _run(partitions, client, options, roles, out, fmt, fs, folder, retries, keep_rows, on_partition)


def _claim_output(fs: Any, folder: str, key: str, output: str | Path) -> None:
    """Record the options of an output folder; refuse one written with other options (its rows would mix)."""
    marker = f"{folder}/{OPTIONS_FILE}"
    if fs.exists(marker):
        written = fs.cat_file(marker).decode("utf-8", "replace")
        if written != key:
            raise OutputError(
                "holds results written with other options (roles, limits, taxonomy or version); "
                "write to a new output folder, or delete this one to start over",
                path=str(output),
            )
    else:
        fs.pipe_file(marker, key.encode("utf-8"))


def _run(
    partitions: list[Partition],
    client: Client | None,
    options: AnalyzerOptions,
    roles: list[str],
    out: str | None,
    fmt: str,
    fs: Any,
    folder: str,
    retries: int,
    keep_rows: bool,
    on_partition: Callable[[PartitionResult], None] | None,
) -> Iterator[dict[str, Any]]:
    todo: list[Partition] = []
    for partition in partitions:
        if fs is not None and fs.exists(f"{folder}/{_part_name(partition.id, fmt)}"):
            result = _read_partition_result(fs, folder, partition, fmt, keep_rows)
            if on_partition:
                on_partition(result)
            yield from result.rows or ()
        else:
            todo.append(partition)
    if not todo:
        return
    with contextlib.ExitStack() as stack:
        if client is None:
            client = _current_client()
        if client is None:
            cluster = _local_cluster(stack)
            client = stack.enter_context(Client(cluster))  # type: ignore[no-untyped-call]
        futures = [
            client.submit(
                run_partition,
                p,
                options,
                roles,
                out,
                fmt,
                keep_rows,
                retries=retries,
                pure=False,
                key=f"gapcheck-partition-{p.id}-{uuid.uuid4().hex[:8]}",
            )
            for p in todo
        ]
        pending = set(futures)
        try:
            for future in as_completed(futures):  # type: ignore[no-untyped-call]
                done: PartitionResult = future.result()
                pending.discard(future)
                future.release()
                if on_partition:
                    on_partition(done)
                yield from done.rows or ()
        finally:
            if pending:  # the caller stopped early or a task failed: do not leave work running
                client.cancel(list(pending))


def _current_client() -> Client | None:
    try:
        client: Client = default_client()  # type: ignore[no-untyped-call]
    except ValueError:
        return None
    return client


class QuietPdfminer(WorkerPlugin):
    """A worker plugin that keeps pdfminer's font warnings out of the workers' logs (as the CLI does)."""

    name = "gapcheck-quiet-pdfminer"

    def setup(self, worker: Any) -> None:
        logging.getLogger("pdfminer").setLevel(logging.ERROR)


def _local_cluster(stack: contextlib.ExitStack, **workers: Any) -> LocalCluster:
    """A local cluster of one-thread worker processes, closed with ``stack``. Dask's scratch space
    (``dask-scratch-space`` and its lock files, which it leaves in the system's temp folder) goes to a temporary folder
    removed after the cluster."""
    scratch = stack.enter_context(tempfile.TemporaryDirectory(prefix="gapcheck-dask-"))
    stack.enter_context(dask.config.set({"temporary-directory": scratch}))
    cluster: LocalCluster = stack.enter_context(
        LocalCluster(threads_per_worker=1, processes=True, dashboard_address=":0", **workers)  # type: ignore[no-untyped-call]
    )
    return cluster


@contextlib.contextmanager
def connect(scheduler: str, *, workers: int = 1, quiet: bool = True) -> Iterator[Client]:
    """A client for ``scheduler``: an address such as ``tcp://host:8786``, or ``local`` for a local cluster
    of ``workers`` processes with one thread each (closed on exit)."""
    with contextlib.ExitStack() as stack:
        if scheduler == "local":
            cluster = _local_cluster(stack, n_workers=workers)
            client = stack.enter_context(Client(cluster))  # type: ignore[no-untyped-call]
        else:
            client = stack.enter_context(Client(scheduler))  # type: ignore[no-untyped-call]
        if quiet:
            client.register_plugin(QuietPdfminer())
        yield client
