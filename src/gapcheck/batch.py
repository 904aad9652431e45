"""Analyzing many resumes: one row per file, in input order, with optional worker processes.

Any failure reading or analyzing one file gives that file a row with its error and the batch goes on.
With ``workers > 1`` each worker process takes its analyzer from :func:`~gapcheck.analyzer.shared_analyzer`
once and reuses it, so the results are the same as analyzing every file alone; a worker that dies (killed,
out of memory) is replaced and its files are tried once more. Rows are produced one by one and nothing
keeps them: :func:`run_batch` writes each to CSV / JSON Lines as it comes, and with ``resume=True`` skips
the files already in its output file. A folder gives its PDF, Word, text and Markdown files, and its images
(PNG, JPEG, TIFF) when OCR can read them (:func:`folder_suffixes`).
"""

from __future__ import annotations

import multiprocessing
import multiprocessing.context
import os
import sys
from collections import deque
from collections.abc import Callable, Iterable, Iterator, Sequence
from concurrent.futures import Future, ProcessPoolExecutor
from concurrent.futures.process import BrokenProcessPool
from dataclasses import dataclass, field
from pathlib import Path
from typing import IO, Any

from gapcheck.analyzer import Analyzer, shared_analyzer
from gapcheck.errors import GapcheckError, InputNotFound
from gapcheck.limits import DEFAULT_LIMITS, Limits
from gapcheck.report import Report
from gapcheck.rows import RowWriter, columns, done_files, result_row, written_name
from gapcheck.taxonomy import load_taxonomy

DOCUMENT_SUFFIXES = (".pdf", ".docx", ".txt", ".md", ".markdown")
IMAGE_SUFFIXES = (".png", ".jpg", ".jpeg", ".tif", ".tiff")
AHEAD_PER_WORKER = 4  # files handed to the pool ahead of the one being written, per worker


@dataclass(frozen=True)
class AnalyzerOptions:
    """What every analyzer of a batch is built with and how files are read (picklable, sent to workers).

    ``limits`` bound the reading of each file (time, memory, size, pages); the default is the same as the
    CLI's, since a batch reads untrusted files.
    """

    taxonomy: str | None = None
    extend: bool = False
    model: str | None = None
    roles: tuple[str, ...] | None = None
    password: str = ""
    limits: Limits = DEFAULT_LIMITS
    engine: str = "pdfminer"
    as_of: str | None = None
    ocr: str = "auto"


@dataclass(frozen=True)
class BatchRow:
    """The outcome for one file: a report, or the error that stopped it."""

    file: str
    report: Report | None = None
    error: str | None = None

    @property
    def ok(self) -> bool:
        """Whether the file was analyzed."""
        return self.report is not None

    def to_row(self, roles: Sequence[str] = ()) -> dict[str, Any]:
        """The flat row written to CSV / JSON Lines (see :func:`gapcheck.rows.result_row`)."""
        return result_row(self.file, self.report, self.error, roles=roles)


@dataclass
class BatchSummary:
    """What :func:`run_batch` did: rows written, files skipped as already done, and the error messages."""

    written: int = 0
    skipped: int = 0
    errors: list[str] = field(default_factory=list)


_NOT_RESUMES = frozenset({"readme", "license", "licence", "changelog", "notice", "contributing"})


def images_readable(ocr: str = "auto") -> bool:
    """Whether image files can be read with the OCR mode ``ocr``: it is not ``"never"`` and the OCR extra is
    installed (checked without importing it)."""
    from gapcheck import ocr as ocr_engine

    return ocr != "never" and ocr_engine.installed()


def folder_suffixes(ocr: str = "auto") -> tuple[str, ...]:
    """The suffixes of the files a folder gives, in the order they are named: PDF, Word, text and Markdown,
    and images when OCR can read them (:func:`images_readable`)."""
    return DOCUMENT_SUFFIXES + IMAGE_SUFFIXES if images_readable(ocr) else DOCUMENT_SUFFIXES


def _in_folder(path: Path, suffixes: Sequence[str]) -> bool:
    """Whether a file found in a folder is a resume to read (not hidden, not an Office lock file, not the
    folder's README or licence)."""
    return path.suffix.lower() in suffixes and not path.name.startswith((".", "~$")) and path.stem.lower() not in _NOT_RESUMES


def collect_inputs(paths: Iterable[str | Path], *, ocr: str = "auto") -> list[Path]:
    """Files to analyze: files as given, folders expanded (recursively) to the resumes they hold
    (:func:`folder_suffixes`: .pdf, .docx, .txt, .md, .markdown, and images when OCR mode ``ocr`` can read
    them; hidden files, Office lock files and READMEs are left out)."""
    suffixes = folder_suffixes(ocr)
    out: list[Path] = []
    for raw in paths:
        path = Path(raw)
        if path.is_dir():
            out.extend(sorted(p for p in path.rglob("*") if p.is_file() and _in_folder(p, suffixes)))
        else:
            out.append(path)
    return out


def skipped_in_folders(paths: Iterable[str | Path], *, ocr: str = "auto") -> dict[str, int]:
    """What :func:`collect_inputs` leaves out of the folders among ``paths``: a count per reason."""
    suffixes = folder_suffixes(ocr)
    reasons: dict[str, int] = {}
    for raw in paths:
        path = Path(raw)
        if not path.is_dir():
            continue
        for file in path.rglob("*"):
            if file.is_file() and not _in_folder(file, suffixes):
                reason = _skip_reason(file, ocr)
                reasons[reason] = reasons.get(reason, 0) + 1
    return reasons


def _skip_reason(file: Path, ocr: str) -> str:
    suffix = file.suffix.lower()
    if file.name.startswith((".", "~$")):
        return "hidden or lock files"
    if file.stem.lower() in _NOT_RESUMES:
        return "README or licence files"
    if suffix in (".doc", ".odt", ".rtf", ".pages"):
        return f"{suffix} files (save them as .docx or PDF)"
    if suffix in IMAGE_SUFFIXES:
        from gapcheck import ocr as ocr_engine

        why = "--ocr never turns OCR off" if ocr == "never" else f"reading images needs the OCR extra: {ocr_engine.INSTALL_HINT}"
        return f"{suffix} files ({why})"
    return f"{suffix or 'extensionless'} files (not a resume format)"


def role_ids(options: AnalyzerOptions) -> list[str]:
    """The roles whose columns the rows have, in order."""
    if options.roles:
        return list(options.roles)
    taxonomy = load_taxonomy(options.taxonomy, extend=options.extend)
    return [role.id for role in taxonomy.roles]


def options_analyzer(options: AnalyzerOptions) -> Analyzer:
    """This process's analyzer for ``options`` (the per-process cache)."""
    return shared_analyzer(
        options.taxonomy, options.extend, options.model, engine=options.engine, limits=options.limits, as_of=options.as_of, ocr=options.ocr
    )


def analyze_file(analyzer: Analyzer, options: AnalyzerOptions, path: str | Path) -> Report:
    """Analyze one file with the options' password, roles and limits."""
    return analyzer.analyze(path, password=options.password, roles=options.roles, limits=options.limits)


def failure_message(path: str | Path, exc: BaseException) -> str:
    """The one-line error of a file that failed in a way gapcheck did not foresee."""
    text = " ".join(str(exc).split())
    detail = f"{type(exc).__name__}: {text}" if text else type(exc).__name__
    return f"{path}: could not be analyzed ({detail[:200]}); please report it"


def _analyze_one(analyzer: Analyzer, options: AnalyzerOptions, path: Path) -> BatchRow:
    try:
        report = analyze_file(analyzer, options, path)
    except GapcheckError as exc:
        return BatchRow(str(path), error=str(exc))
    except Exception as exc:  # one strange file must never stop the batch
        return BatchRow(str(path), error=failure_message(path, exc))
    return BatchRow(str(path), report=report)


_WORKER_OPTIONS: AnalyzerOptions | None = None


def _init_worker(options: AnalyzerOptions, batch: int) -> None:
    from gapcheck.sandbox_worker import die_with_parent, die_with_process

    global _WORKER_OPTIONS
    # a batch killed with SIGKILL leaves no worker behind: a spawned worker's parent is the batch; a fork server's
    # worker watches the batch (the fork server lives as long as its workers do)
    parent = os.getppid()
    die_with_parent(parent)
    if parent != batch:
        die_with_process(batch)
    _WORKER_OPTIONS = options
    options_analyzer(options)


def _pool_context() -> multiprocessing.context.BaseContext:
    """Workers start from a clean process, never a fork of this one: a fork copies locks other threads of the host
    hold at that moment (a PDF read in another thread), and the worker would wait on them forever."""
    methods = multiprocessing.get_all_start_methods()
    return multiprocessing.get_context("forkserver" if "forkserver" in methods else "spawn")


def _worker_task(path: Path) -> BatchRow:
    assert _WORKER_OPTIONS is not None
    return _analyze_one(options_analyzer(_WORKER_OPTIONS), _WORKER_OPTIONS, path)


def analyze_many(
    paths: Sequence[str | Path],
    *,
    options: AnalyzerOptions | None = None,
    workers: int = 1,
    analyzer: Analyzer | None = None,
    on_row: Callable[[BatchRow], None] | None = None,
    skip: Callable[[Path], bool] | None = None,
) -> Iterator[BatchRow]:
    """Analyze files (folders are expanded) and yield one :class:`BatchRow` per file, in input order.

    ``workers > 1`` uses that many processes. ``on_row`` is called after each file (for progress).
    ``skip`` leaves out the files it returns True for (e.g. those already done).
    """
    options = options or AnalyzerOptions()
    files = collect_inputs(paths, ocr=options.ocr)
    if not files:
        raise InputNotFound(
            f"no resume files to analyze (a folder gives its {' '.join(folder_suffixes(options.ocr))} files)",
            path=", ".join(str(p) for p in paths) or None,
        )
    if skip is not None:
        files = [path for path in files if not skip(path)]
    rows = _in_process(files, options, analyzer) if workers <= 1 or len(files) <= 1 else _pooled(files, options, workers)
    for row in rows:
        if on_row:
            on_row(row)
        yield row


def _in_process(files: list[Path], options: AnalyzerOptions, analyzer: Analyzer | None) -> Iterator[BatchRow]:
    local = analyzer or options_analyzer(options)
    for path in files:
        yield _analyze_one(local, options, path)


def _pooled(files: list[Path], options: AnalyzerOptions, workers: int) -> Iterator[BatchRow]:
    """Rows from a pool of worker processes, in input order, with a bounded number of files in flight."""

    def new_pool() -> ProcessPoolExecutor:
        return ProcessPoolExecutor(
            max_workers=workers, mp_context=_pool_context(), initializer=_init_worker, initargs=(options, os.getpid())
        )

    pool = new_pool()
    pending = iter(files)
    # (file, its task or None while it waits to be retried, the pool that runs the task)
    window: deque[tuple[Path, Future[BatchRow] | None, ProcessPoolExecutor | None]] = deque()
    retried: set[Path] = set()

    def fill() -> None:
        while len(window) < workers * AHEAD_PER_WORKER:
            path = next(pending, None)
            if path is None:
                return
            window.append((path, pool.submit(_worker_task, path), pool))

    try:
        fill()
        while window:
            path, future, owner = window[0]
            if future is None:  # retried only when it is next, so that a file that kills workers is found
                future, owner = pool.submit(_worker_task, path), pool
                window[0] = (path, future, owner)
            try:
                row = future.result()
            except BrokenProcessPool:
                if owner is pool:
                    # A worker died (killed from outside, out of memory) and every file in flight failed with it:
                    # start a new pool and try each of those files once more.
                    pool.shutdown(wait=False, cancel_futures=True)
                    pool = new_pool()
                    for i, (other, task, _) in enumerate(window):
                        broken = task is not None and not (task.done() and not task.cancelled() and task.exception() is None)
                        if broken and other not in retried:
                            retried.add(other)
                            window[i] = (other, None, None)
                if window[0][1] is None:
                    continue
                row = BatchRow(
                    str(path),
                    error=f"{path}: the process analyzing it stopped twice (killed, or out of memory); "
                    "try it alone with a lower --max-size or --max-pages",
                )
            window.popleft()
            fill()
            yield row
    finally:
        pool.shutdown(wait=False, cancel_futures=True)


def run_batch(
    paths: Sequence[str | Path],
    *,
    fmt: str = "csv",
    output: str | Path | None = None,
    stream: IO[str] | None = None,
    full: bool = False,
    options: AnalyzerOptions | None = None,
    workers: int = 1,
    analyzer: Analyzer | None = None,
    resume: bool = False,
    on_row: Callable[[BatchRow], None] | None = None,
) -> BatchSummary:
    """Analyze files and write each row as soon as it is produced: ``fmt`` ``"csv"`` or ``"jsonl"``
    (``full=True`` adds each report under ``report``), to the file ``output`` or to ``stream`` (stdout
    by default). Nothing is kept in memory but the error messages.

    ``resume=True`` keeps the rows already in ``output`` and analyzes only the other files, so that an
    interrupted batch is finished by running it again.
    """
    options = options or AnalyzerOptions()
    if resume and output is None:
        raise ValueError("resume needs an output file")
    roles = role_ids(options) if analyzer is None or options.roles else [role.id for role in analyzer.taxonomy.roles]
    writer = RowWriter(fmt, columns(roles), output=output, stream=None if output is not None else (stream or sys.stdout), resume=resume)
    summary = BatchSummary()
    done = done_files(output, fmt) if resume and output is not None else set()  # read after the writer cut a partial line

    def skip(path: Path) -> bool:
        if written_name(str(path), fmt) in done:
            summary.skipped += 1
            return True
        return False

    try:
        for row in analyze_many(paths, options=options, workers=workers, analyzer=analyzer, on_row=on_row, skip=skip if done else None):
            data = row.to_row(roles)
            if full and fmt == "jsonl":
                data["report"] = None if row.report is None else row.report.to_dict()
            writer.write(data)
            summary.written += 1
            if row.error:
                summary.errors.append(row.error)
        writer.finish()
    finally:
        writer.close()
    return summary


def rows_to_csv(rows: Iterable[BatchRow], roles: Sequence[str] | None = None) -> str:
    """Rows as CSV text with a header (safe cells); the role columns are ``roles`` or those of the reports."""
    import io

    rows = list(rows)
    if roles is None:
        roles = next(([r.id for r in row.report.roles] for row in rows if row.report is not None), [])
    buffer = io.StringIO()
    writer = RowWriter("csv", columns(roles), stream=buffer)
    for row in rows:
        writer.write(row.to_row(roles))
    writer.finish()
    return buffer.getvalue()


def rows_to_jsonl(rows: Iterable[BatchRow], *, full: bool = False) -> str:
    """Rows as JSON Lines; ``full=True`` adds each file's whole report under ``report``."""
    import io

    buffer = io.StringIO()
    writer = RowWriter("jsonl", [], stream=buffer)
    for row in rows:
        data = row.to_row()
        if full:
            data["report"] = None if row.report is None else row.report.to_dict()
        writer.write(data)
    return buffer.getvalue()
