"""Analyzing many resumes: one row per file, in input order, with optional worker processes.

A file that cannot be read gives a row with its error and the batch goes on. With ``workers > 1``
each worker process builds its own :class:`~gapcheck.analyzer.Analyzer` once and reuses it, so the
results are the same as analyzing every file alone.
"""

from __future__ import annotations

import csv
import io
import json
from collections.abc import Callable, Iterable, Iterator, Sequence
from concurrent.futures import ProcessPoolExecutor
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from gapcheck.analyzer import Analyzer
from gapcheck.errors import GapcheckError, InputNotFound
from gapcheck.limits import DEFAULT_LIMITS, Limits
from gapcheck.report import Report

FOLDER_SUFFIXES = frozenset({".pdf", ".docx", ".txt", ".md", ".markdown"})


@dataclass(frozen=True)
class AnalyzerOptions:
    """What every analyzer of a batch is built with (picklable, sent to worker processes)."""

    taxonomy: str | None = None
    extend: bool = False
    model: str | None = None
    roles: tuple[str, ...] | None = None
    password: str = ""
    limits: Limits = DEFAULT_LIMITS
    engine: str = "pdfminer"
    as_of: str | None = None


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

    def to_row(self) -> dict[str, Any]:
        """The flat row written to CSV / JSON Lines: file, best fit, coverage and counts per role, error."""
        row: dict[str, Any] = {"file": self.file, "best_fit": "", "error": self.error or ""}
        if self.report is not None:
            row["best_fit"] = self.report.best_fit
            months = self.report.experience_months
            row["experience_years"] = None if months is None else round(months / 12, 1)
            for role in self.report.roles:
                row[f"{role.id}_coverage"] = round(role.coverage, 4)
                row[f"{role.id}_found"] = len(role.found)
                row[f"{role.id}_missing"] = len(role.missing)
                row[f"{role.id}_found_ids"] = ";".join(f.id for f in role.found)
                row[f"{role.id}_missing_ids"] = ";".join(m.id for m in role.missing)
        return row


_NOT_RESUMES = frozenset({"readme", "license", "licence", "changelog", "notice", "contributing"})


def _in_folder(path: Path) -> bool:
    """Whether a file found in a folder is a resume to read (not hidden, not an Office lock file, not the
    folder's README or licence)."""
    return (path.suffix.lower() in FOLDER_SUFFIXES and not path.name.startswith((".", "~$"))
            and path.stem.lower() not in _NOT_RESUMES)


def collect_inputs(paths: Iterable[str | Path]) -> list[Path]:
    """Files to analyze: files as given, folders expanded (recursively) to the resumes they hold
    (.pdf, .docx, .txt, .md, .markdown; hidden files, Office lock files and READMEs are left out)."""
    out: list[Path] = []
    for raw in paths:
        path = Path(raw)
        if path.is_dir():
            out.extend(sorted(p for p in path.rglob("*") if p.is_file() and _in_folder(p)))
        else:
            out.append(path)
    return out


def skipped_in_folders(paths: Iterable[str | Path]) -> dict[str, int]:
    """What :func:`collect_inputs` leaves out of the folders among ``paths``: a count per reason."""
    reasons: dict[str, int] = {}
    for raw in paths:
        path = Path(raw)
        if not path.is_dir():
            continue
        for file in path.rglob("*"):
            if not file.is_file() or _in_folder(file):
                continue
            if file.name.startswith((".", "~$")):
                reason = "hidden or lock files"
            elif file.stem.lower() in _NOT_RESUMES:
                reason = "README or licence files"
            elif file.suffix.lower() in (".doc", ".odt", ".rtf", ".pages"):
                reason = f"{file.suffix.lower()} files (save them as .docx or PDF)"
            else:
                reason = f"{file.suffix.lower() or 'extensionless'} files (not a resume format)"
            reasons[reason] = reasons.get(reason, 0) + 1
    return reasons


_WORKER_ANALYZER: Analyzer | None = None
_WORKER_OPTIONS: AnalyzerOptions | None = None


def _build(options: AnalyzerOptions) -> Analyzer:
    return Analyzer(taxonomy=options.taxonomy, extend=options.extend, model=options.model, engine=options.engine,
                    limits=options.limits, as_of=options.as_of)


def _init_worker(options: AnalyzerOptions) -> None:
    global _WORKER_ANALYZER, _WORKER_OPTIONS
    _WORKER_ANALYZER = _build(options)
    _WORKER_OPTIONS = options


def _analyze_one(analyzer: Analyzer, options: AnalyzerOptions, path: Path) -> BatchRow:
    try:
        report = analyzer.analyze(path, password=options.password, roles=options.roles, limits=options.limits)
    except GapcheckError as exc:
        return BatchRow(str(path), error=str(exc))
    return BatchRow(str(path), report=report)


def _worker_task(path: Path) -> BatchRow:
    assert _WORKER_ANALYZER is not None and _WORKER_OPTIONS is not None
    return _analyze_one(_WORKER_ANALYZER, _WORKER_OPTIONS, path)


def analyze_many(
    paths: Sequence[str | Path],
    *,
    options: AnalyzerOptions | None = None,
    workers: int = 1,
    analyzer: Analyzer | None = None,
    on_row: Callable[[BatchRow], None] | None = None,
) -> Iterator[BatchRow]:
    """Analyze files (folders are expanded) and yield one :class:`BatchRow` per file, in input order.

    ``workers > 1`` uses that many processes. ``on_row`` is called after each file (for progress).
    """
    options = options or AnalyzerOptions()
    files = collect_inputs(paths)
    if not files:
        raise InputNotFound("no resume files to analyze (a folder gives its .pdf .docx .txt .md files)",
                            path=", ".join(str(p) for p in paths) or None)
    if workers <= 1 or len(files) == 1:
        local = analyzer or _build(options)
        for path in files:
            row = _analyze_one(local, options, path)
            if on_row:
                on_row(row)
            yield row
        return
    with ProcessPoolExecutor(max_workers=workers, initializer=_init_worker, initargs=(options,)) as pool:
        for row in pool.map(_worker_task, files, chunksize=1):
            if on_row:
                on_row(row)
            yield row


def rows_to_csv(rows: Iterable[BatchRow]) -> str:
    """Rows as CSV text with a header; the columns are the union of all rows' keys."""
    flat = [row.to_row() for row in rows]
    columns: list[str] = ["file", "best_fit"]
    for row in flat:
        columns += [key for key in row if key not in columns and key != "error"]
    columns.append("error")
    buffer = io.StringIO()
    writer = csv.DictWriter(buffer, fieldnames=columns, extrasaction="ignore", lineterminator="\n")
    writer.writeheader()
    writer.writerows(flat)
    return buffer.getvalue()


def rows_to_jsonl(rows: Iterable[BatchRow], *, full: bool = False) -> str:
    """Rows as JSON Lines; ``full=True`` adds each file's whole report under ``report``."""
    lines = []
    for row in rows:
        data = row.to_row()
        if full:
            data["report"] = None if row.report is None else row.report.to_dict()
        lines.append(json.dumps(data, ensure_ascii=False))
    return "\n".join(lines) + ("\n" if lines else "")
