"""The ``gapcheck`` command: a thin layer over :class:`gapcheck.Analyzer`, the batch module and the renderers.

One command, no sub-commands: ``gapcheck resume.pdf`` reports one resume; several files or a folder make a
batch (one row per file); ``--check-taxonomy`` validates a taxonomy folder instead of analyzing anything.
"""

from __future__ import annotations

import logging
import sys
from collections.abc import Callable
from dataclasses import dataclass
from enum import Enum
from pathlib import Path
from typing import TYPE_CHECKING, Annotated, Optional

import typer

from gapcheck.errors import GapcheckError
from gapcheck.limits import Limits
from gapcheck.version import __version__

if TYPE_CHECKING:
    from gapcheck.analyzer import Analyzer
    from gapcheck.batch import BatchRow
    from gapcheck.report import JobPosting

EXIT_OK = 0
EXIT_ERROR = 2
MB = 1024 * 1024


class OutputFormat(str, Enum):
    """Formats the CLI can write: reports (text, json, markdown, html) and batch rows (csv, jsonl)."""

    text = "text"
    json = "json"
    markdown = "markdown"
    html = "html"
    csv = "csv"
    jsonl = "jsonl"


_SUFFIX_FORMATS = {".json": OutputFormat.json, ".md": OutputFormat.markdown, ".markdown": OutputFormat.markdown,
                   ".html": OutputFormat.html, ".htm": OutputFormat.html, ".csv": OutputFormat.csv,
                   ".jsonl": OutputFormat.jsonl, ".txt": OutputFormat.text}
_BATCH_FORMATS = (OutputFormat.csv, OutputFormat.jsonl)


@dataclass(frozen=True)
class _Options:
    roles: tuple[str, ...] | None
    fmt: OutputFormat | None
    output: Path | None
    job: str | None
    explain: str | None
    workers: int
    password: str
    limits: Limits


def _version(value: bool) -> None:
    if value:
        typer.echo(f"gapcheck {__version__}")
        raise typer.Exit(EXIT_OK)


def _error_line(message: str) -> str:
    """One inert line: control characters (ESC, CR, ...) from a file name or message become "?"."""
    import unicodedata

    safe = "".join("?" if unicodedata.category(ch) in ("Cc", "Cf", "Zl", "Zp") else ch for ch in message)
    return f"gapcheck: error: {safe}"


def _fail(message: str) -> None:
    typer.echo(_error_line(message), err=True)
    raise typer.Exit(EXIT_ERROR)


def command(
    paths: Annotated[
        Optional[list[Path]],  # noqa: UP045 (typer needs Optional on Python 3.10)
        typer.Argument(help="Resume files (PDF, .txt, .md) or folders of them.", show_default=False, metavar="RESUME"),
    ] = None,
    role: Annotated[
        Optional[list[str]],  # noqa: UP045
        typer.Option("--role", "-r", metavar="ROLE", help="Only this role (repeatable): ai_engineer, data_scientist, ..."),
    ] = None,
    fmt: Annotated[
        Optional[OutputFormat],  # noqa: UP045
        typer.Option("--format", "-f", metavar="FORMAT",
                     help="text, json, markdown or html for a report; csv or jsonl for batch rows "
                          "(default: from the --output suffix, else text)."),
    ] = None,
    output: Annotated[
        Optional[Path],  # noqa: UP045
        typer.Option("--output", "-o", metavar="FILE", help="Write to this file (atomically) instead of the terminal."),
    ] = None,
    job: Annotated[
        Optional[str],  # noqa: UP045
        typer.Option(metavar="POSTING", help="A job posting (.txt, .md, .pdf, or - for stdin): adds the role 'This job'."),
    ] = None,
    explain: Annotated[
        Optional[str],  # noqa: UP045
        typer.Option(metavar="SKILL", help="Show every place that matched or nearly matched SKILL, and why."),
    ] = None,
    workers: Annotated[int, typer.Option(help="Worker processes for a batch.", min=1, metavar="N")] = 1,
    scheduler: Annotated[
        Optional[str],  # noqa: UP045
        typer.Option(metavar="ADDRESS", help="Run the batch on a Dask cluster: tcp://host:8786, or 'local' for a local "
                                             "cluster of --workers processes; needs --output DIR.parquet or .jsonl "
                                             "and gapcheck[dask]."),
    ] = None,
    password: Annotated[str, typer.Option(help="Password of an encrypted PDF.", metavar="TEXT")] = "",
    taxonomy: Annotated[
        Optional[Path],  # noqa: UP045
        typer.Option(help="Use the taxonomy folder DIR instead of the built-in one.", metavar="DIR"),
    ] = None,
    extend: Annotated[bool, typer.Option("--extend", help="Add --taxonomy DIR to the built-in taxonomy.")] = False,
    check_taxonomy: Annotated[
        bool, typer.Option("--check-taxonomy", help="Validate the taxonomy, print its roles, groups and skill counts.")
    ] = False,
    model: Annotated[
        Optional[str],  # noqa: UP045
        typer.Option(metavar="NAME", help="An installed spaCy pipeline to use, e.g. en_core_web_sm (default: blank English)."),
    ] = None,
    max_pages: Annotated[int, typer.Option(help="Refuse PDFs with more pages.", min=1, metavar="N")] = 50,
    max_size: Annotated[float, typer.Option(help="Refuse files larger than this many MB.", min=0.001, metavar="MB")] = 50.0,
    timeout: Annotated[
        float,
        typer.Option(help="Give up on a PDF that takes longer than this to read (0: no limit).", min=0, metavar="SECONDS"),
    ] = 60.0,
    debug: Annotated[bool, typer.Option("--debug", help="Show tracebacks and library warnings.")] = False,
    version: Annotated[
        bool, typer.Option("--version", callback=_version, is_eager=True, help="Show the version and exit.")
    ] = False,
) -> None:
    """How far is a resume from the AI Engineer and Data Scientist roles?

    Prints, for each role, the share of its skills the resume shows, the evidence line for every skill
    found, the skills still missing and what to learn next. Several files or a folder make a batch with
    one row per file. Nothing leaves this machine.
    """
    logging.getLogger("pdfminer").setLevel(logging.DEBUG if debug else logging.ERROR)
    options = _Options(
        roles=tuple(role) if role else None, fmt=fmt, output=output, job=job, explain=explain, workers=workers,
        password=password,
        limits=Limits(timeout=timeout or None, max_bytes=int(max_size * MB), max_pages=max_pages),
    )
    try:
        from gapcheck.analyzer import Analyzer

        analyzer = Analyzer(taxonomy=taxonomy, extend=extend, model=model)
        for role_id in options.roles or ():
            analyzer.taxonomy.role(role_id)
        if check_taxonomy:
            typer.echo(_taxonomy_summary(analyzer), nl=False)
            return
        if not paths:
            _fail("give a resume file or folder (see --help)")
            return
        if scheduler:
            _distributed(paths, options, scheduler, taxonomy, extend, model)
        elif len(paths) == 1 and not paths[0].is_dir() and (fmt or _suffix_format(output)) not in _BATCH_FORMATS:
            _single(analyzer, paths[0], options)
        else:
            _batch(analyzer, paths, options, taxonomy, extend, model)
    except GapcheckError as exc:
        if debug:
            raise
        _fail(str(exc))
    except KeyboardInterrupt:
        _fail("interrupted")


def _suffix_format(output: Path | None) -> OutputFormat | None:
    return None if output is None else _SUFFIX_FORMATS.get(output.suffix.lower())


def _emit(text: str, output: Path | None) -> None:
    from gapcheck.output import write_atomic

    if output is None:
        typer.echo(text, nl=False)
    else:
        write_atomic(output, text)


def _read_job(analyzer: Analyzer, source: str, limits: Limits) -> JobPosting:
    from gapcheck.errors import EmptyInput

    if source == "-":
        text = sys.stdin.read()
        if not text.strip():
            raise EmptyInput("the job posting read from stdin is empty", path="<stdin>")
        return analyzer.read_job("<stdin>", text=text)
    return analyzer.read_job(Path(source), limits=limits)


def _single(analyzer: Analyzer, path: Path, options: _Options) -> None:
    from gapcheck.reader import start_reading
    from gapcheck.render import render

    fmt = options.fmt or _suffix_format(options.output) or OutputFormat.text
    pending = start_reading(path, password=options.password, limits=options.limits, engine=analyzer.engine)
    try:
        analyzer.warm_up()  # load spaCy and the matcher while the PDF is parsed in its worker process
    except BaseException:
        pending.cancel()
        raise
    document = pending.result()
    if options.explain:
        from gapcheck.render.explain import render_explanation

        explanation = analyzer.explain(options.explain, document)
        _emit(render_explanation(explanation, json_output=fmt is OutputFormat.json), options.output)
        return
    job = _read_job(analyzer, options.job, options.limits) if options.job else None
    report = analyzer.analyze_document(document, roles=options.roles, job=job)
    color = options.output is None and sys.stdout.isatty()
    _emit(render(report, fmt.value, color=color), options.output)


def _batch(
    analyzer: Analyzer, paths: list[Path], options: _Options, taxonomy: Path | None, extend: bool, model: str | None
) -> None:
    from gapcheck.batch import AnalyzerOptions, analyze_many, rows_to_csv, rows_to_jsonl

    fmt = options.fmt or _suffix_format(options.output) or OutputFormat.text
    if fmt in (OutputFormat.markdown, OutputFormat.html) or options.explain or options.job:
        _fail("several resumes make a batch: use --format csv, jsonl, json or text (--explain and --job take one resume)")
    batch_options = AnalyzerOptions(
        taxonomy=None if taxonomy is None else str(taxonomy), extend=extend, model=model, roles=options.roles,
        password=options.password, limits=options.limits,
    )
    rows = _with_progress(lambda on_row: list(analyze_many(paths, options=batch_options, workers=options.workers,
                                                           analyzer=analyzer, on_row=on_row)), paths)
    if fmt is OutputFormat.csv:
        _emit(rows_to_csv(rows), options.output)
    elif fmt in (OutputFormat.jsonl, OutputFormat.json):
        _emit(rows_to_jsonl(rows, full=fmt is OutputFormat.json), options.output)
    else:
        from gapcheck.render.batch import render_batch

        _emit(render_batch(rows, color=options.output is None and sys.stdout.isatty()), options.output)
    for row in rows:
        if row.error:
            typer.echo(_error_line(row.error), err=True)
    if any(row.error for row in rows):
        raise typer.Exit(EXIT_ERROR)


def _distributed(
    paths: list[Path], options: _Options, scheduler: str, taxonomy: Path | None, extend: bool, model: str | None
) -> None:
    """The batch on a Dask cluster (gapcheck.distributed): rows go to partition files in the --output folder."""
    if options.output is None or options.output.suffix.lower() not in (".parquet", ".jsonl"):
        _fail("--scheduler needs --output results.parquet (a folder of Parquet files) or results.jsonl")
        return
    if options.explain or options.job:
        _fail("--explain and --job take one resume, not a --scheduler batch")
    try:
        import gapcheck.distributed as dist
    except ImportError:
        _fail("--scheduler needs the dask extra: install gapcheck[dask] (pip install 'gapcheck[dask]')")
        return
    from gapcheck.batch import AnalyzerOptions

    batch_options = AnalyzerOptions(
        taxonomy=None if taxonomy is None else str(taxonomy), extend=extend, model=model, roles=options.roles,
        password=options.password, limits=options.limits,
    )
    results: list[dist.PartitionResult] = []
    try:
        with dist.connect(scheduler, workers=options.workers) as client:
            for _ in dist.analyze_many([_as_input(p) for p in paths], client, options=batch_options,
                                       output=_as_input(options.output), keep_rows=False, on_partition=results.append):
                pass
    except OSError as exc:  # the scheduler cannot be reached, or the storage refused us
        _fail(f"--scheduler {scheduler}: {exc}")
    errors = [error for result in results for _, error in result.errors]
    done = sum(r.count for r in results if not r.skipped)
    skipped = sum(r.count for r in results if r.skipped)
    typer.echo(f"{done + skipped} resumes in {len(results)} partitions ({skipped} already done) -> {options.output}; "
               f"{len(errors)} errors", err=True)
    for error in errors:
        typer.echo(f"gapcheck: error: {error}", err=True)
    if errors:
        raise typer.Exit(EXIT_ERROR)


def _as_input(path: Path) -> str:
    """A path argument as given: Path turns ``s3://b/k`` into ``s3:/b/k`` and ``file:///x`` into ``file:/x``."""
    import re

    text = str(path)
    if text.startswith("file:/"):
        return text[len("file:"):]
    return re.sub(r"^([A-Za-z][A-Za-z0-9+.-]+):/(?!/)", r"\1://", text)


def _with_progress(run: Callable[[Callable[[BatchRow], None] | None], list[BatchRow]], paths: list[Path]) -> list[BatchRow]:
    """Run a batch, with a progress bar on stderr when it is a terminal."""
    from gapcheck.batch import collect_inputs

    if not sys.stderr.isatty():
        return run(None)
    from rich.console import Console
    from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeRemainingColumn

    total = len(collect_inputs(paths))
    with Progress(TextColumn("analyzing"), BarColumn(), MofNCompleteColumn(), TimeRemainingColumn(),
                  console=Console(stderr=True), transient=True) as progress:
        task = progress.add_task("resumes", total=total)
        return run(lambda _row: progress.advance(task))


def _taxonomy_summary(analyzer: Analyzer) -> str:
    taxonomy = analyzer.taxonomy
    lines = [f"taxonomy: {', '.join(taxonomy.sources)}", f"{len(taxonomy.skills)} skills, {len(taxonomy.groups)} groups, "
             f"{sum(len(s.aliases) for s in taxonomy.skills.values())} aliases: valid"]
    for role in taxonomy.roles:
        skills = taxonomy.skills_of(role.id)
        lines.append(f"role {role.id} ({role.name}): {len(skills)} skills from {', '.join(role.taxonomies)}")
        groups: dict[str, int] = {}
        for skill in skills:
            groups[skill.group] = groups.get(skill.group, 0) + 1
        lines += [f"  {taxonomy.groups[g].name}: {n}" for g, n in groups.items()]
    return "\n".join(lines) + "\n"


app = typer.Typer(add_completion=False, pretty_exceptions_enable=False, rich_markup_mode=None)
app.command()(command)


def main() -> None:
    """Console-script entry point.

    Once spaCy is loaded, tearing the interpreter down takes a few hundred milliseconds that a finished
    command does not need: after flushing its output it ends the process at once (``os._exit``).
    """
    import os

    try:
        app()
        code: int | str | None = 0
    except SystemExit as exc:
        code = exc.code
    if "spacy" not in sys.modules or "distributed" in sys.modules:
        sys.exit(code)
    from gapcheck.sandbox import shutdown

    shutdown()
    if isinstance(code, str):
        typer.echo(code, err=True)
        code = 1
    try:
        sys.stdout.flush()
        sys.stderr.flush()
    except (OSError, ValueError):
        code = code or 1
    os._exit(code or 0)


if __name__ == "__main__":  # pragma: no cover
    main()
