"""The ``gapcheck`` command: a thin layer over :class:`gapcheck.Analyzer` and the renderers."""

from __future__ import annotations

import logging
import sys
from enum import Enum
from pathlib import Path
from typing import Annotated, Optional

import typer

from gapcheck.errors import GapcheckError
from gapcheck.version import __version__

EXIT_OK = 0
EXIT_ERROR = 2


class OutputFormat(str, Enum):
    """Report formats the CLI can write."""

    text = "text"
    json = "json"
    markdown = "markdown"


def _version(value: bool) -> None:
    if value:
        typer.echo(f"gapcheck {__version__}")
        raise typer.Exit(EXIT_OK)


def _error_line(message: str) -> str:
    """One inert line: control characters (ESC, CR, ...) from a file name or message become "?"."""
    import unicodedata

    controls = ("Cc", "Cf", "Zl", "Zp")
    safe = "".join("?" if unicodedata.category(ch) in controls else ch for ch in message)
    return f"gapcheck: error: {safe}"


def _fail(message: str) -> None:
    typer.echo(_error_line(message), err=True)
    raise typer.Exit(EXIT_ERROR)


def command(
    paths: Annotated[list[Path], typer.Argument(help="Resume files: PDF, .txt or .md.", show_default=False, metavar="RESUME")],
    role: Annotated[
        Optional[list[str]],  # noqa: UP045 (typer needs Optional on Python 3.10)
        typer.Option("--role", "-r", metavar="ROLE", help="Only this role (repeatable): ai_engineer, data_scientist, ..."),
    ] = None,
    fmt: Annotated[OutputFormat, typer.Option("--format", "-f", help="Report format.", metavar="text|json|markdown")] = OutputFormat.text,
    output: Annotated[
        Optional[Path],  # noqa: UP045
        typer.Option("--output", "-o", metavar="FILE", help="Write the report to this file instead of the terminal."),
    ] = None,
    password: Annotated[str, typer.Option(help="Password of an encrypted PDF.", metavar="TEXT")] = "",
    taxonomy: Annotated[
        Optional[Path],  # noqa: UP045
        typer.Option(help="Use the taxonomy folder DIR instead of the built-in one.", metavar="DIR"),
    ] = None,
    extend: Annotated[bool, typer.Option("--extend", help="Add --taxonomy DIR to the built-in taxonomy.")] = False,
    model: Annotated[
        Optional[str],  # noqa: UP045
        typer.Option(metavar="NAME", help="An installed spaCy pipeline to use, e.g. en_core_web_sm (default: blank English)."),
    ] = None,
    max_pages: Annotated[int, typer.Option(help="Refuse PDFs with more pages.", min=1, metavar="N")] = 50,
    max_size: Annotated[float, typer.Option(help="Refuse files larger than this many MB.", min=0.001, metavar="MB")] = 50.0,
    timeout: Annotated[
        float,
        typer.Option(help="Give up on a PDF that takes longer than this to read (0: no limit).",
                     min=0, metavar="SECONDS"),
    ] = 60.0,
    debug: Annotated[bool, typer.Option("--debug", help="Show tracebacks and library warnings.")] = False,
    version: Annotated[
        bool, typer.Option("--version", callback=_version, is_eager=True, help="Show the version and exit.")
    ] = False,
) -> None:
    """How far is a resume from the AI Engineer and Data Scientist roles?

    Prints, for each role, the share of its skills the resume shows, the evidence line for every skill
    found and the skills still missing. Nothing leaves this machine.
    """
    logging.getLogger("pdfminer").setLevel(logging.DEBUG if debug else logging.ERROR)
    try:
        _run(paths, role, fmt, output, password, taxonomy, extend, model, max_pages, max_size,
             timeout or None)
    except GapcheckError as exc:
        if debug:
            raise
        _fail(str(exc))
    except KeyboardInterrupt:
        _fail("interrupted")


def _run(
    paths: list[Path],
    roles: list[str] | None,
    fmt: OutputFormat,
    output: Path | None,
    password: str,
    taxonomy: Path | None,
    extend: bool,
    model: str | None,
    max_pages: int,
    max_size: float,
    timeout: float | None = None,
) -> None:
    from gapcheck.analyzer import Analyzer
    from gapcheck.output import write_atomic
    from gapcheck.render import render

    analyzer = Analyzer(taxonomy=taxonomy, extend=extend, model=model)
    for role_id in roles or ():
        analyzer.taxonomy.role(role_id)
    color = output is None and sys.stdout.isatty()
    rendered: list[str] = []
    failures = 0
    for path in paths:
        try:
            report = analyzer.analyze(path, password=password, roles=roles, max_pages=max_pages,
                                      max_bytes=int(max_size * 1024 * 1024), timeout=timeout)
        except GapcheckError as exc:
            if len(paths) == 1:
                raise
            typer.echo(_error_line(str(exc)), err=True)
            failures += 1
            continue
        text = render(report, fmt.value, color=color)
        if fmt is OutputFormat.json and len(paths) > 1:
            text = text.replace("\n", " ").strip() + "\n"
        rendered.append(text)
    if output is not None:
        if rendered:
            write_atomic(output, "".join(rendered))
    else:
        for text in rendered:
            typer.echo(text, nl=False)
    if failures:
        raise typer.Exit(EXIT_ERROR)


app = typer.Typer(add_completion=False, pretty_exceptions_enable=False, rich_markup_mode=None)
app.command()(command)


def main() -> None:
    """Console-script entry point."""
    app()


if __name__ == "__main__":  # pragma: no cover
    main()
