"""Batch rows: the one flat row of a file's outcome, and its safe CSV and JSON Lines forms.

Every batch writer (the batch CSV/JSONL, the Dask partitions) builds its rows with :func:`result_row`.
File names and error messages are data from outside: in CSV, control, format and terminal characters
become visible escapes (``\\x1b``) and a cell that a spreadsheet would run as a formula gets a leading
``'`` (as OWASP recommends for CSV injection); in JSON Lines they are written as ``\\u`` escapes, so the
data stays exact but no raw terminal sequence reaches a terminal or a log.

:class:`RowWriter` writes rows as they are produced, flushed one by one: an interrupted batch keeps the
rows already written, and :func:`done_files` reads them back so that a rerun can skip those files.
"""

from __future__ import annotations

import csv
import io
import json
import os
import re
import unicodedata
from collections.abc import Sequence
from pathlib import Path
from typing import IO, TYPE_CHECKING, Any

from gapcheck.errors import OutputError

if TYPE_CHECKING:
    from gapcheck.report import Report

FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")
_UNSAFE_CATEGORIES = frozenset({"Cc", "Cf", "Cs", "Zl", "Zp"})
_NOT_PLAIN_ASCII = re.compile(r"[^\x20-\x7e]")


NO_FIT = "no fit"
"""The ``best_fit`` of a row when neither role fits."""


def columns(roles: Sequence[str]) -> list[str]:
    """The columns of a row: file, best fit (``no fit`` when no role fits), years of experience, per role the
    readiness score, the coverage, the counts and the ids (``;``-separated) of the skills found and missing,
    then the error."""
    cols = ["file", "best_fit", "experience_years"]
    for role in roles:
        cols += [f"{role}_score", f"{role}_coverage", f"{role}_found", f"{role}_missing", f"{role}_found_ids", f"{role}_missing_ids"]
    return [*cols, "error"]


def result_row(file: str, report: Report | None = None, error: str | None = None, *, roles: Sequence[str] = ()) -> dict[str, Any]:
    """The flat row of one file: :func:`columns` of ``roles`` (empty on an error row), plus any other
    role the report has, then ``error`` ("" when the file was analyzed)."""
    row: dict[str, Any] = {"file": file, "best_fit": "", "experience_years": None}
    for role_id in roles:
        row.update(
            dict.fromkeys(
                [
                    f"{role_id}_score",
                    f"{role_id}_coverage",
                    f"{role_id}_found",
                    f"{role_id}_missing",
                    f"{role_id}_found_ids",
                    f"{role_id}_missing_ids",
                ]
            )
        )
    if report is not None:
        row["best_fit"] = report.best_fit or NO_FIT
        months = report.experience_months
        row["experience_years"] = None if months is None else round(months / 12, 1)
        for role in report.roles:
            row[f"{role.id}_score"] = round(role.score, 4)
            row[f"{role.id}_coverage"] = round(role.coverage, 4)
            row[f"{role.id}_found"] = len(role.found)
            row[f"{role.id}_missing"] = len(role.missing)
            row[f"{role.id}_found_ids"] = ";".join(f.id for f in role.found)
            row[f"{role.id}_missing_ids"] = ";".join(m.id for m in role.missing)
    row["error"] = error or ""
    return row


def _unsafe(ch: str) -> bool:
    return unicodedata.category(ch) in _UNSAFE_CATEGORIES


def visible(text: str) -> str:
    """``text`` with control, format, separator and lone-surrogate characters as visible escapes."""

    def escape(match: re.Match[str]) -> str:
        ch = match.group()
        if not _unsafe(ch):
            return ch
        code = ord(ch)
        return f"\\x{code:02x}" if code < 0x100 else f"\\u{code:04x}" if code < 0x10000 else f"\\U{code:08x}"

    return _NOT_PLAIN_ASCII.sub(escape, text)


def csv_cell(value: Any) -> Any:
    """A value as a safe CSV cell: text made visible, and prefixed with ``'`` when it would be a formula."""
    if not isinstance(value, str):
        return "" if value is None else value
    text = visible(value)
    return "'" + text if text.startswith(FORMULA_STARTS) else text


def jsonl_line(data: dict[str, Any]) -> str:
    """One JSON object on one line; characters a terminal would act on are ``\\u`` escapes (same data)."""
    line = json.dumps(data, ensure_ascii=False)

    def escape(match: re.Match[str]) -> str:
        ch = match.group()
        return json.dumps(ch)[1:-1] if _unsafe(ch) else ch

    return _NOT_PLAIN_ASCII.sub(escape, line) + "\n"


def csv_line(values: Sequence[Any]) -> str:
    """One CSV record (already safe cells) ending in a newline."""
    buffer = io.StringIO()
    csv.writer(buffer, lineterminator="\n").writerow(values)
    return buffer.getvalue()


class RowWriter:
    """Writes rows as CSV or JSON Lines to a file or a stream, each one flushed as soon as it is written.

    To a file, ``resume=True`` keeps the rows already there (a last line cut short by an interrupt is
    dropped) and appends; otherwise the file is replaced when the first row comes. CSV has a fixed
    header (``cols``): resuming a file written with other columns is refused.
    """

    def __init__(
        self, fmt: str, cols: Sequence[str], *, output: str | Path | None = None, stream: IO[str] | None = None, resume: bool = False
    ) -> None:
        if fmt not in ("csv", "jsonl"):
            raise ValueError(f"unknown row format {fmt!r}")
        if (output is None) == (stream is None):
            raise ValueError("give either an output file or a stream")
        self.fmt = fmt
        self.cols = list(cols)
        self.output = None if output is None else Path(output)
        self._stream = stream
        self._resume = resume
        self._header = fmt == "csv"
        if self.output is not None and resume and self.output.exists():
            try:
                kept = _keep_complete_lines(self.output)
                self._header = fmt == "csv" and kept == 0
                if fmt == "csv" and not self._header:
                    self._check_header()
            except OSError as exc:
                raise OutputError(f"cannot be resumed ({exc.strerror or exc})", path=self.output) from None

    def _check_header(self) -> None:
        assert self.output is not None
        with open(self.output, encoding="utf-8", newline="") as handle:
            header = next(csv.reader(handle), [])
        if header != self.cols:
            raise OutputError(
                "was written with other columns (other roles?); resume into the file it was started with, or write a new file",
                path=self.output,
            )

    def _open(self) -> IO[str]:
        if self._stream is None:
            assert self.output is not None
            folder = self.output.parent if str(self.output.parent) else Path(".")
            if not folder.is_dir():
                raise OutputError("the output folder does not exist; create it first", path=self.output)
            mode = "a" if self._resume else "w"
            try:
                self._stream = open(self.output, mode, encoding="utf-8", newline="")  # noqa: SIM115
            except OSError as exc:
                raise OutputError(f"cannot write here ({exc.strerror})", path=self.output) from None
        return self._stream

    def write(self, row: dict[str, Any]) -> None:
        """Write one row (a :func:`result_row`, possibly with more keys for JSON Lines) and flush it."""
        stream = self._open()
        if self.fmt == "csv":
            text = csv_line([csv_cell(row.get(col)) for col in self.cols])
            if self._header:
                text = csv_line(self.cols) + text
                self._header = False
        else:
            text = jsonl_line(row)
        try:
            stream.write(text)
            stream.flush()
        except OSError as exc:
            raise OutputError(f"cannot write ({exc.strerror})", path=self.output or "<stdout>") from None

    def finish(self) -> None:
        """Write the CSV header if no row came, and close the file (a stream is left open)."""
        if self._header and (self.output is not None or self._stream is not None):
            stream = self._open()
            try:
                stream.write(csv_line(self.cols))
                stream.flush()
            except OSError as exc:
                raise OutputError(f"cannot write ({exc.strerror})", path=self.output or "<stdout>") from None
            self._header = False
        if self.output is not None and self._stream is not None:
            try:
                self._stream.close()
            except OSError as exc:
                raise OutputError(f"cannot write ({exc.strerror})", path=self.output) from None
            self._stream = None

    def close(self) -> None:
        """Close the file without writing anything more (after an error or an interrupt)."""
        if self.output is not None and self._stream is not None:
            self._stream.close()
            self._stream = None


def _keep_complete_lines(path: Path) -> int:
    """Cut a last line left unfinished by an interrupt; the size kept. Reads only the end of the file."""
    with open(path, "rb+") as handle:
        size = end = handle.seek(0, os.SEEK_END)
        while end > 0:
            start = max(0, end - 65_536)
            handle.seek(start)
            newline = handle.read(end - start).rfind(b"\n")
            if newline != -1:
                keep = start + newline + 1
                break
            end = start
        else:
            keep = 0
        if keep != size:
            handle.truncate(keep)
            handle.flush()
            os.fsync(handle.fileno())
    return keep


def done_files(output: str | Path, fmt: str) -> set[str]:
    """The ``file`` cells of the rows already in ``output`` (as written: CSV cells are in their safe form)."""
    path = Path(output)
    if not path.exists():
        return set()
    done: set[str] = set()
    with open(path, encoding="utf-8", newline="", errors="replace") as handle:
        if fmt == "csv":
            reader = csv.reader(handle)
            header = next(reader, [])
            if "file" not in header:
                return set()
            at = header.index("file")
            done.update(record[at] for record in reader if len(record) > at)
        else:
            for line in handle:
                try:
                    data = json.loads(line)
                except ValueError:
                    continue  # a line cut short by an interrupt
                if isinstance(data, dict) and isinstance(data.get("file"), str):
                    done.add(data["file"])
    return done


def written_name(file: str, fmt: str) -> str:
    """How ``file`` appears in the ``file`` cell of a row read back by :func:`done_files`."""
    return str(csv_cell(file)) if fmt == "csv" else file
