"""The ``gapcheck`` command: a thin layer over :class:`gapcheck.Analyzer`, the batch module and the renderers.

One command, no sub-commands: ``gapcheck resume.pdf`` reports one resume (``-`` reads it from standard input);
several files or a folder make a batch (each report, then a summary; one row per file in CSV/JSON Lines);
``--explain SKILL`` shows why a skill was or was not found; ``--check-taxonomy`` validates a taxonomy folder.

Arguments and options are checked here, at the edge (paths stay strings, so ``s3://`` keeps its slashes;
limits become one :class:`~gapcheck.limits.Limits`), then each mode calls one library function.
"""

from __future__ import annotations

import logging
import sys
from collections.abc import Callable, Iterator, Sequence
from contextlib import contextmanager, suppress
from dataclasses import dataclass
from enum import Enum
from typing import TYPE_CHECKING, Annotated, NoReturn, Optional, TypeVar

import typer

from gapcheck.errors import GapcheckError
from gapcheck.limits import DEFAULT_OCR_MAX_PAGES, DEFAULT_OCR_PAGE_TIMEOUT, Limits
from gapcheck.version import __version__

if TYPE_CHECKING:
    from types import FrameType

    from gapcheck.analyzer import Analyzer
    from gapcheck.batch import AnalyzerOptions, BatchRow
    from gapcheck.document import Document
    from gapcheck.report import JobPosting

_T = TypeVar("_T")
EXIT_OK = 0
EXIT_ERROR = 2
EXIT_TERMINATED = 128 + 15
MB = 1024 * 1024
MAX_SIZE_MB = 1_000_000.0
MAX_TIMEOUT = 86_400.0
MAX_OCR_PAGES = 10_000
MIN_WIDTH = 60
MAX_WIDTH = 120
STDIN = "-"


class OutputFormat(str, Enum):
    """Formats the CLI can write: reports (text, json, markdown, html) and batch rows (csv, jsonl)."""

    text = "text"
    json = "json"
    markdown = "markdown"
    html = "html"
    csv = "csv"
    jsonl = "jsonl"


_SUFFIX_FORMATS = {
    ".json": OutputFormat.json,
    ".md": OutputFormat.markdown,
    ".markdown": OutputFormat.markdown,
    ".html": OutputFormat.html,
    ".htm": OutputFormat.html,
    ".csv": OutputFormat.csv,
    ".jsonl": OutputFormat.jsonl,
    ".txt": OutputFormat.text,
}
_BATCH_FORMATS = (OutputFormat.csv, OutputFormat.jsonl)
_DOCUMENT_SUFFIXES = (".pdf", ".docx", ".doc", ".odt", ".rtf", ".png", ".jpg", ".jpeg", ".tif", ".tiff")
_FORMATS_NAMED = ".txt (text), .json, .md (markdown), .html, .csv or .jsonl"


class PdfEngine(str, Enum):
    """PDF engines: pdfminer.six (always installed) and PDFium (the pdfium extra)."""

    pdfminer = "pdfminer"
    pdfium = "pdfium"


class OcrMode(str, Enum):
    """When scanned pages are recognised by OCR (the ocr extra)."""

    auto = "auto"
    always = "always"
    never = "never"


@dataclass(frozen=True)
class _Options:
    """Everything the command line asked for, checked."""

    inputs: tuple[str, ...]
    roles: tuple[str, ...] | None
    fmt: OutputFormat | None
    output: str | None
    job: str | None
    explain: str | None
    workers: int
    scheduler: str | None
    password: str
    limits: Limits
    taxonomy: str | None
    extend: bool
    model: str | None
    summary: bool
    as_of: str | None = None
    resume: bool = False
    explain_score: str | None = None
    engine: str = "pdfminer"
    ocr: str = "auto"

    @property
    def format(self) -> OutputFormat:
        """The format asked for, else the one the --output suffix names, else text."""
        return self.fmt or _suffix_format(self.output) or OutputFormat.text

    @property
    def color(self) -> bool:
        return self.output is None and sys.stdout.isatty()

    @property
    def width(self) -> int:
        """The terminal's width (or $COLUMNS), kept within MIN_WIDTH..MAX_WIDTH; 100 for a file."""
        if self.output is not None:
            return 100
        import shutil

        return max(MIN_WIDTH, min(MAX_WIDTH, shutil.get_terminal_size((100, 24)).columns))

    def batch_options(self) -> AnalyzerOptions:
        from gapcheck.batch import AnalyzerOptions

        return AnalyzerOptions(
            taxonomy=self.taxonomy,
            extend=self.extend,
            model=self.model,
            roles=self.roles,
            password=self.password,
            limits=self.limits,
            as_of=self.as_of,
            engine=self.engine,
            ocr=self.ocr,
        )


class _Terminated(KeyboardInterrupt):
    """SIGTERM, raised where the program is so that temp files are removed on the way out."""


def _version(value: bool) -> None:
    if value:
        typer.echo(f"gapcheck {__version__}")
        raise typer.Exit(EXIT_OK)


def _error_line(message: str) -> str:
    """One inert line: control characters (ESC, CR, ...) from a file name or message become "?"."""
    import unicodedata

    safe = "".join("?" if unicodedata.category(ch) in ("Cc", "Cf", "Zl", "Zp") else ch for ch in message)
    return f"gapcheck: error: {safe}"


def _month(value: str | None) -> str | None:
    import re

    if value is not None and not (re.fullmatch(r"\d{4}-\d{2}", value) and 1 <= int(value[5:]) <= 12):
        raise typer.BadParameter(f"{value!r} is not a month such as 2026-03 (YYYY-MM)")
    return value


def _fail(message: str) -> NoReturn:
    typer.echo(_error_line(message), err=True)
    raise typer.Exit(EXIT_ERROR)


def command(
    inputs: Annotated[
        Optional[list[str]],  # noqa: UP045 (typer needs Optional on Python 3.10)
        typer.Argument(
            help="Resume files (PDF, .docx, .txt, .md, PNG/JPEG/TIFF images), folders of them, or - for standard input.",
            show_default=False,
            metavar="RESUME",
        ),
    ] = None,
    role: Annotated[
        Optional[list[str]],  # noqa: UP045
        typer.Option("--role", "-r", metavar="ROLE", help="Only this role (repeatable): ai_engineer, data_scientist, ..."),
    ] = None,
    fmt: Annotated[
        Optional[OutputFormat],  # noqa: UP045
        typer.Option(
            "--format",
            "-f",
            metavar="FORMAT",
            help="text, json, markdown or html for a report; csv or jsonl for batch rows (default: from the --output suffix, else text).",
        ),
    ] = None,
    output: Annotated[
        Optional[str],  # noqa: UP045
        typer.Option(
            "--output",
            "-o",
            metavar="FILE",
            help="Write to this file (atomically) instead of the terminal: .txt, .json, .md, .html, .csv, .jsonl.",
        ),
    ] = None,
    summary: Annotated[bool, typer.Option("--summary", help="For several resumes, print only the summary table, not each report.")] = False,
    job: Annotated[
        Optional[str],  # noqa: UP045
        typer.Option(metavar="POSTING", help="A job posting (.txt, .md, .pdf, or - for stdin): adds the role 'This job'."),
    ] = None,
    explain: Annotated[
        Optional[str],  # noqa: UP045
        typer.Option(
            metavar="SKILL",
            help="Show every place that matched or nearly matched SKILL (an id, name or alias: 'A/B testing', rag), and why.",
        ),
    ] = None,
    explain_score: Annotated[
        Optional[str],  # noqa: UP045
        typer.Option(
            "--explain-score",
            metavar="ROLE",
            help="Show how ROLE's readiness score adds up: each skill's weight, strength and share.",
        ),
    ] = None,
    workers: Annotated[int, typer.Option(help="Worker processes for a batch.", min=1, metavar="N")] = 1,
    resume: Annotated[
        bool, typer.Option("--resume", help="Batch to a CSV/JSONL --output: keep its rows and analyze only the other files.")
    ] = False,
    scheduler: Annotated[
        Optional[str],  # noqa: UP045
        typer.Option(
            metavar="ADDRESS",
            help="Run the batch on a Dask cluster: tcp://host:8786, or 'local' for a local "
            "cluster of --workers processes; needs --output DIR.parquet or .jsonl "
            "and gapcheck[dask].",
        ),
    ] = None,
    password: Annotated[str, typer.Option(help="Password of an encrypted PDF.", metavar="TEXT")] = "",
    taxonomy: Annotated[
        Optional[str],  # noqa: UP045
        typer.Option(help="Use the taxonomy folder DIR instead of the built-in one.", metavar="DIR"),
    ] = None,
    extend: Annotated[bool, typer.Option("--extend", help="Add --taxonomy DIR to the built-in taxonomy.")] = False,
    check_taxonomy: Annotated[
        bool, typer.Option("--check-taxonomy", help="Validate the taxonomy, print its roles, groups and skill counts.")
    ] = False,
    model: Annotated[
        Optional[str],  # noqa: UP045
        typer.Option(
            metavar="NAME",
            help="Tokenize with this installed spaCy pipeline (e.g. en_core_web_sm) instead "
            "of the built-in blank English one. Rarely needed: matching uses no "
            "tagger or parser, so results barely change.",
        ),
    ] = None,
    max_pages: Annotated[int, typer.Option(help="Refuse PDFs with more pages.", min=1, metavar="N")] = 50,
    max_size: Annotated[float, typer.Option(help="Refuse files larger than this many MB.", min=0.001, metavar="MB")] = 50.0,
    timeout: Annotated[
        float,
        typer.Option(help="Give up on a file that takes longer than this to read (0: no limit).", min=0, metavar="SECONDS"),
    ] = 60.0,
    engine: Annotated[
        PdfEngine,
        typer.Option(help='PDF engine: pdfminer, or pdfium (several times faster; pip install "gapcheck[pdfium]").', metavar="ENGINE"),
    ] = PdfEngine.pdfminer,
    ocr: Annotated[
        OcrMode,
        typer.Option(
            help='Recognise scans and images (pip install "gapcheck[ocr]"): auto (pages without text), always (every page), never.',
            metavar="MODE",
        ),
    ] = OcrMode.auto,
    ocr_max_pages: Annotated[
        float,
        typer.Option(
            "--ocr-max-pages",
            help="Refuse a file with more pages to recognise by OCR (scanned pages, or an image's pages).",
            metavar="N",
        ),
    ] = DEFAULT_OCR_MAX_PAGES,
    ocr_page_timeout: Annotated[
        float,
        typer.Option(
            "--ocr-page-timeout", help="Give up on a file when OCR takes longer than this on one of its pages.", metavar="SECONDS"
        ),
    ] = DEFAULT_OCR_PAGE_TIMEOUT,
    as_of: Annotated[
        Optional[str],  # noqa: UP045
        typer.Option(
            "--as-of",
            metavar="YYYY-MM",
            callback=_month,
            help="Measure skill depth as of this month: 'Present' means it (default: the current month).",
        ),
    ] = None,
    debug: Annotated[bool, typer.Option("--debug", help="Show tracebacks and library warnings.")] = False,
    version: Annotated[bool, typer.Option("--version", callback=_version, is_eager=True, help="Show the version and exit.")] = False,
) -> None:
    """How far is a resume from the AI Engineer and Data Scientist roles?

    Prints, for each role, the share of its skills the resume shows, the sentence that proves every skill
    found, the skills still missing and what to learn next. Several files or a folder print each report
    and then a summary (or one row per file with --output results.csv). Nothing leaves this machine:
    gapcheck never fetches URLs.
    """
    logging.getLogger("pdfminer").setLevel(logging.DEBUG if debug else logging.ERROR)
    with _sigterm_raises():
        try:
            options = _Options(
                inputs=tuple(inputs or ()),
                roles=tuple(role) if role else None,
                fmt=fmt,
                output=output,
                job=job,
                explain=explain,
                workers=workers,
                scheduler=scheduler,
                password=password,
                limits=_limits(max_pages, max_size, timeout, ocr_max_pages, ocr_page_timeout),
                taxonomy=taxonomy,
                extend=extend,
                model=model,
                summary=summary,
                as_of=as_of,
                resume=resume,
                explain_score=explain_score,
                engine=engine.value,
                ocr=ocr.value,
            )
            _check(options, check_taxonomy)
            from gapcheck.analyzer import Analyzer

            analyzer = Analyzer(
                taxonomy=taxonomy, extend=extend, model=model, limits=options.limits, as_of=as_of, engine=options.engine, ocr=options.ocr
            )
            for role_id in options.roles or ():
                analyzer.taxonomy.role(role_id)
            if check_taxonomy:
                analyzer.warm_up()  # builds the skill index, whose checks see the aliases as matching reads them
                typer.echo(_taxonomy_summary(analyzer), nl=False)
                return
            _mode(options)(analyzer, options)
        except GapcheckError as exc:
            if debug:
                raise
            _fail(str(exc))
        except _Terminated:
            _stop_children()
            typer.echo("gapcheck: terminated", err=True)
            raise typer.Exit(EXIT_TERMINATED) from None
        except KeyboardInterrupt:
            _stop_children()
            _fail("interrupted")


def _limits(max_pages: int, max_size: float, timeout: float, ocr_max_pages: float, ocr_page_timeout: float) -> Limits:
    """The reading limits the options ask for; an impossible value is a one-line error."""
    import math

    if not math.isfinite(max_size) or max_size > MAX_SIZE_MB:
        _fail(f"--max-size {max_size:g}: give a number of MB up to {MAX_SIZE_MB:,.0f}")
    if not math.isfinite(timeout) or timeout > MAX_TIMEOUT:
        _fail(f"--timeout {timeout:g}: give a number of seconds up to {MAX_TIMEOUT:,.0f}, or 0 for no limit")
    if not (math.isfinite(ocr_max_pages) and ocr_max_pages == int(ocr_max_pages) and 1 <= ocr_max_pages <= MAX_OCR_PAGES):
        _fail(f"--ocr-max-pages {ocr_max_pages:g}: give a whole number of pages from 1 up to {MAX_OCR_PAGES:,}")
    if not (math.isfinite(ocr_page_timeout) and 0 < ocr_page_timeout <= MAX_TIMEOUT):
        _fail(f"--ocr-page-timeout {ocr_page_timeout:g}: give a number of seconds above 0, up to {MAX_TIMEOUT:,.0f}")
    try:
        return Limits(
            timeout=timeout or None,
            max_bytes=max(1, int(max_size * MB)),
            max_pages=max_pages,
            ocr_max_pages=int(ocr_max_pages),
            ocr_page_timeout=ocr_page_timeout,
        )
    except ValueError as exc:
        _fail(f"bad limit: {exc}")


def _check(options: _Options, check_taxonomy: bool) -> None:
    """Refuse what cannot work before loading anything: URLs, stdin twice, unknown output suffixes, models."""
    import re

    for raw in options.inputs:
        if re.match(r"(?i)https?://", raw):
            _fail(f"{raw}: gapcheck never fetches URLs; download the file first (for example curl -fLo resume.pdf 'URL') and give its path")
        if re.match(r"[A-Za-z][A-Za-z0-9+.-]*://", raw) and not options.scheduler:
            _fail(f"{raw}: storage URLs are read only by a --scheduler batch (gapcheck[dask]); copy the file here and give its path")
    if STDIN in options.inputs and (len(options.inputs) > 1 or options.scheduler):
        _fail("- (a resume on standard input) must be the only resume")
    if STDIN in options.inputs and options.job == STDIN:
        _fail("standard input can hold the resume or the --job posting, not both")
    if options.job and re.match(r"(?i)https?://", options.job):
        _fail(f"--job {options.job}: gapcheck never fetches URLs; save the posting as a file first and give its path")
    if options.output is not None and options.fmt is None and not options.scheduler:
        suffix = _suffix(options.output)
        if suffix not in _SUFFIX_FORMATS:
            _fail(f"--output {options.output}: gapcheck writes {_FORMATS_NAMED}; give one of those suffixes (or --format)")
    if options.output is not None and _suffix(options.output) in _DOCUMENT_SUFFIXES and not options.scheduler:
        _fail(f"--output {options.output}: gapcheck does not write {_suffix(options.output)} files; it writes {_FORMATS_NAMED}")
    if options.model and not check_taxonomy:
        _check_model(options.model)
    if not options.inputs and not check_taxonomy:
        _fail("give a resume file or folder, or - for standard input (see --help)")


def _check_model(model: str) -> None:
    """A --model that is neither an installed package nor a pipeline folder is a one-line error."""
    import importlib.util
    from pathlib import Path

    if model.startswith("blank:") or Path(model).is_dir():
        return
    try:
        found = importlib.util.find_spec(model) is not None
    except (ImportError, ValueError):
        found = False
    if not found:
        _fail(
            f"--model {model}: no spaCy pipeline of that name is installed; install it (python -m spacy download "
            f"{model}) or leave --model out: gapcheck needs no model"
        )


def _suffix(name: str) -> str:
    from pathlib import PurePath

    return PurePath(name).suffix.lower()


def _suffix_format(output: str | None) -> OutputFormat | None:
    return None if output is None else _SUFFIX_FORMATS.get(_suffix(output))


def _mode(options: _Options) -> Callable[[Analyzer, _Options], None]:
    """Which mode the options ask for: explain, a Dask batch, one report, or a batch."""
    from pathlib import Path

    single = len(options.inputs) == 1 and (options.inputs[0] == STDIN or not Path(options.inputs[0]).is_dir())
    if options.explain:
        if not single or options.scheduler:
            _fail("--explain takes one resume")
        return _explain
    if options.explain_score:
        if not single or options.scheduler:
            _fail("--explain-score takes one resume")
        return _explain_score
    if options.scheduler:
        return _distributed
    if single and options.format not in _BATCH_FORMATS:
        return _report
    return _batch


# --- the modes: each calls one library function -------------------------------------------------------------


def _report(analyzer: Analyzer, options: _Options) -> None:
    """One resume: ``Analyzer.analyze`` (or ``analyze_document`` for standard input), rendered."""
    from gapcheck.render import render

    job = _read_job(analyzer, options) if options.job else None
    source = options.inputs[0]
    if source == STDIN:
        report = analyzer.analyze_document(_stdin_document(options), roles=options.roles, job=job)
    else:
        report = analyzer.analyze(source, password=options.password, roles=options.roles, limits=options.limits, job=job)
    _emit(render(report, options.format.value, color=options.color, width=options.width), options.output)


def _explain_score(analyzer: Analyzer, options: _Options) -> None:
    """``--explain-score ROLE``: the report of the one resume, with each skill's part of ROLE's score."""
    from gapcheck.render.explain import render_score_explanation

    assert options.explain_score is not None
    job = _read_job(analyzer, options) if options.job else None
    source = options.inputs[0]
    if source == STDIN:
        report = analyzer.analyze_document(_stdin_document(options), roles=options.roles, job=job)
    else:
        report = analyzer.analyze(source, password=options.password, roles=options.roles, limits=options.limits, job=job)
    text = render_score_explanation(report, options.explain_score, json_output=options.format is OutputFormat.json)
    _emit(text, options.output)


def _explain(analyzer: Analyzer, options: _Options) -> None:
    """``--explain SKILL``: ``Analyzer.explain`` on the one resume."""
    from gapcheck.render.explain import render_explanation

    assert options.explain is not None
    source = options.inputs[0]
    document: Document | str = _stdin_document(options) if source == STDIN else source
    explanation = analyzer.explain(options.explain, document, password=options.password, limits=options.limits)
    _emit(render_explanation(explanation, json_output=options.format is OutputFormat.json), options.output)


def _batch(analyzer: Analyzer, options: _Options) -> None:
    """Several resumes or a folder: ``batch.analyze_many``; each report then a summary, or rows."""
    from gapcheck.batch import analyze_many, folder_suffixes, run_batch, skipped_in_folders

    fmt = options.format
    if fmt in (OutputFormat.markdown, OutputFormat.html) or options.job:
        _fail("several resumes make a batch: use --format text, csv, jsonl or json (--job takes one resume)")
    skipped = skipped_in_folders(options.inputs, ocr=options.ocr)
    if skipped:
        typer.echo(
            "gapcheck: skipped "
            + ", ".join(f"{n} {why}" for why, n in skipped.items())
            + f" in the folders (read: {' '.join(folder_suffixes(options.ocr))})",
            err=True,
        )
    if fmt in (OutputFormat.csv, OutputFormat.jsonl, OutputFormat.json):
        # Rows are written as they come (flushed one by one): an interrupted batch keeps them, --resume skips them.
        if options.resume and options.output is None:
            _fail("--resume needs --output FILE (the CSV or JSONL file of the batch to finish)")
        summary = _with_progress(
            lambda on_row: run_batch(
                options.inputs,
                fmt="csv" if fmt is OutputFormat.csv else "jsonl",
                full=fmt is OutputFormat.json,
                output=options.output,
                options=options.batch_options(),
                workers=options.workers,
                analyzer=analyzer,
                resume=options.resume,
                on_row=on_row,
            ),
            options,
        )
        errors = summary.errors
    else:
        rows = _with_progress(
            lambda on_row: list(
                analyze_many(options.inputs, options=options.batch_options(), workers=options.workers, analyzer=analyzer, on_row=on_row)
            ),
            options,
        )
        _emit(_batch_text(rows, options), options.output)
        errors = [row.error for row in rows if row.error]
    for error in errors:
        typer.echo(_error_line(error), err=True)
    if errors:
        raise typer.Exit(EXIT_ERROR)


def _batch_text(rows: Sequence[BatchRow], options: _Options) -> str:
    from gapcheck.render.batch import render_batch
    from gapcheck.render.text import render_text

    parts = (
        []
        if options.summary
        else [render_text(r.report, color=options.color, width=options.width) + "\n" for r in rows if r.report is not None]
    )
    return "".join(parts) + render_batch(rows, color=options.color, width=options.width)


def _distributed(analyzer: Analyzer, options: _Options) -> None:
    """The batch on a Dask cluster (``gapcheck.distributed.analyze_many``): rows go to partition files."""
    output = options.output
    if output is None or _suffix(output.rstrip("/")) not in (".parquet", ".jsonl"):
        _fail("--scheduler needs --output results.parquet (a folder of Parquet files) or results.jsonl")
    if options.job:
        _fail("--job takes one resume, not a --scheduler batch")
    try:
        import gapcheck.distributed as dist
    except ImportError:
        _fail("--scheduler needs the dask extra: install gapcheck[dask] (pip install 'gapcheck[dask]')")
    results: list[dist.PartitionResult] = []
    try:
        with dist.connect(options.scheduler or "local", workers=options.workers) as client:
            for _ in dist.analyze_many(
                list(options.inputs), client, options=options.batch_options(), output=output, keep_rows=False, on_partition=results.append
            ):
                pass
    except (OSError, ValueError, TypeError) as exc:  # no such scheduler, or the storage refused us
        if isinstance(exc, GapcheckError):
            raise
        _fail(f"--scheduler {options.scheduler}: {exc}")
    errors = [error for result in results for _, error in result.errors]
    done = sum(r.count for r in results if not r.skipped)
    skipped = sum(r.count for r in results if r.skipped)
    typer.echo(
        _error_line(
            f"{done + skipped} resumes in {len(results)} partitions ({skipped} already done) -> {output}; {len(errors)} errors"
        ).replace("gapcheck: error: ", "", 1),
        err=True,
    )
    for error in errors:
        typer.echo(_error_line(error), err=True)
    if errors:
        raise typer.Exit(EXIT_ERROR)


# --- input and output ---------------------------------------------------------------------------------------


def _read_job(analyzer: Analyzer, options: _Options) -> JobPosting:
    """The --job posting, read under the same limits as a resume (``-``: standard input)."""
    assert options.job is not None
    if options.job != STDIN:
        return analyzer.read_job(options.job, limits=options.limits)
    from gapcheck.textfile import decode_text

    data = _stdin_bytes(options.limits, "the job posting on standard input")
    if _is_pdf(data):
        with _temp_file(data, ".pdf") as path:
            return analyzer.read_job(path, limits=options.limits)
    return analyzer.read_job("<stdin>", text=decode_text(data), limits=options.limits)


def _stdin_bytes(limits: Limits, what: str = "<stdin>") -> bytes:
    from gapcheck.errors import EmptyInput, InputTooLarge

    data = sys.stdin.buffer.read(limits.max_bytes + 1)
    if len(data) > limits.max_bytes:
        raise InputTooLarge(f"is over the {limits.max_bytes / 1e6:.0f} MB limit; raise it with --max-size", path=what)
    if not data.strip():
        raise EmptyInput("is empty; pipe a resume (PDF or text) into gapcheck -", path=what)
    return data


def _is_pdf(data: bytes) -> bool:
    return data.lstrip(b"\xef\xbb\xbf \t\r\n")[:5] == b"%PDF-"


def _stdin_document(options: _Options) -> Document:
    """A resume piped into ``gapcheck -``: a PDF or .docx (by content) or text, within the size limit."""
    import dataclasses

    from gapcheck.reader import read_document
    from gapcheck.textfile import decode_text, document_from_text

    data = _stdin_bytes(options.limits)
    suffix = ".pdf" if _is_pdf(data) else ".docx" if data[:4] == b"PK\x03\x04" else None
    if suffix is None:
        return document_from_text(decode_text(data), source="<stdin>")
    with _temp_file(data, suffix) as path:
        try:
            document = read_document(path, password=options.password, limits=options.limits, engine=options.engine, ocr=options.ocr)
        except GapcheckError as exc:
            exc.path = "<stdin>"
            raise
    return dataclasses.replace(document, source="<stdin>")


@contextmanager
def _temp_file(data: bytes, suffix: str) -> Iterator[str]:
    """``data`` in a private temp file (the readers take paths), removed whatever happens."""
    import os
    import tempfile

    fd, path = tempfile.mkstemp(prefix="gapcheck-stdin-", suffix=suffix)
    try:
        with os.fdopen(fd, "wb") as handle:
            handle.write(data)
        yield path
    finally:
        os.unlink(path)


def _emit(text: str, output: str | None) -> None:
    from gapcheck.errors import OutputError
    from gapcheck.output import write_atomic

    if output is not None:
        write_atomic(output, text)
        return
    try:
        sys.stdout.write(text)
        sys.stdout.flush()
    except OSError as exc:
        raise OutputError(f"cannot write to standard output ({exc.strerror or exc})") from None


def _with_progress(run: Callable[[Callable[[BatchRow], None] | None], _T], options: _Options) -> _T:
    """Run a batch, with a progress bar on stderr when it is a terminal."""
    from gapcheck.batch import collect_inputs

    if not sys.stderr.isatty():
        return run(None)
    from rich.console import Console
    from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeRemainingColumn

    total = len(collect_inputs(options.inputs, ocr=options.ocr))
    with Progress(
        TextColumn("analyzing"), BarColumn(), MofNCompleteColumn(), TimeRemainingColumn(), console=Console(stderr=True), transient=True
    ) as progress:
        task = progress.add_task("resumes", total=total)
        return run(lambda _row: progress.advance(task))


def _taxonomy_summary(analyzer: Analyzer) -> str:
    taxonomy = analyzer.taxonomy
    lines = [
        f"taxonomy: {', '.join(taxonomy.sources)}",
        f"{len(taxonomy.skills)} skills, {len(taxonomy.groups)} groups, "
        f"{sum(len(s.aliases) for s in taxonomy.skills.values())} aliases: valid",
    ]
    for role in taxonomy.roles:
        skills = taxonomy.skills_of(role.id)
        lines.append(f"role {role.id} ({role.name}): {len(skills)} skills from {', '.join(role.taxonomies)}")
        groups: dict[str, int] = {}
        for skill in skills:
            groups[skill.group] = groups.get(skill.group, 0) + 1
        lines += [f"  {taxonomy.groups[g].name}: {n}" for g, n in groups.items()]
    return "\n".join(lines) + "\n"


# --- signals and the process ---------------------------------------------------------------------------------


@contextmanager
def _sigterm_raises() -> Iterator[None]:
    """While the command runs, SIGTERM stops worker processes and raises :class:`_Terminated` where the
    program is, so that ``finally`` blocks remove temp files (the atomic write's, standard input's)."""
    import signal

    def on_sigterm(signum: int, frame: FrameType | None) -> None:
        _stop_children()
        raise _Terminated

    try:
        previous = signal.signal(signal.SIGTERM, on_sigterm)
    except ValueError:  # not the main thread: leave signals alone
        yield
        return
    try:
        yield
    finally:
        signal.signal(signal.SIGTERM, previous)


def _stop_children() -> None:
    """Stop this process's worker processes (batch pool, PDF reader) at once."""
    import multiprocessing

    for child in multiprocessing.active_children():
        child.terminate()
    if "gapcheck.sandbox" in sys.modules:
        from gapcheck.sandbox import shutdown

        shutdown()


app = typer.Typer(add_completion=False, pretty_exceptions_enable=False, rich_markup_mode=None)
app.command()(command)


def main() -> None:
    """Console-script entry point.

    Output that cannot be written (a full disk, a closed pipe) is one error line and exit code 2. Once spaCy
    is loaded, tearing the interpreter down takes a few hundred milliseconds that a finished command does
    not need: after flushing its output it ends the process at once (``os._exit``).
    """
    import os

    code: int | str | None
    try:
        app()
        code = 0
    except SystemExit as exc:
        code = exc.code
    except OSError as exc:  # --help or --version written to a full disk or a closed pipe
        code = _output_failed(exc)
    if isinstance(code, str):
        typer.echo(code, err=True)
        code = 1
    try:
        sys.stdout.flush()
    except (OSError, ValueError) as exc:
        code = _output_failed(exc)
    if "spacy" not in sys.modules or "distributed" in sys.modules:
        sys.exit(code)
    from gapcheck.sandbox import shutdown

    shutdown()
    with suppress(OSError, ValueError):
        sys.stderr.flush()
    os._exit(code or 0)


def _output_failed(exc: BaseException) -> int:
    """Standard output could not be written: one error line, and the unwritten rest goes to /dev/null
    instead of failing again when Python exits."""
    import os

    strerror = getattr(exc, "strerror", None) or str(exc)
    with suppress(OSError, ValueError):
        sys.stderr.write(_error_line(f"cannot write to standard output ({strerror})") + "\n")
    with suppress(OSError, ValueError):
        os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
    return EXIT_ERROR


if __name__ == "__main__":  # pragma: no cover
    main()
