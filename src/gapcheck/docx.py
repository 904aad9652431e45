"""Word .docx files: the paragraphs and table cells of ``word/document.xml``.

A .docx is a zip archive of XML, and an untrusted one. The main document part is read up to a size cap
(no zip bomb, whatever sizes the archive claims), parsed by defusedxml with DTDs forbidden (no entity
expansion, in any encoding), and walked once as a stream of events: every paragraph is read once however
deeply tables nest, and nesting depth and total text are capped. Every failure of the archive, the XML or
its encoding is a :mod:`gapcheck.errors` error naming the file.

:func:`docx_text` is a module-level function of a path, so that it can run in an isolated worker.
"""

from __future__ import annotations

import io
import struct
import zipfile
import zlib
from pathlib import Path
from xml.etree.ElementTree import Element, ParseError

from gapcheck.errors import InputTooLarge, UnsupportedFormat
from gapcheck.limits import MAX_TEXT_CHARS

_W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"
_P, _T, _TBL, _TR, _TC, _TAB, _TABS, _BR, _CR, _BODY = (
    f"{_W}{name}" for name in ("p", "t", "tbl", "tr", "tc", "tab", "tabs", "br", "cr", "body")
)
_ROW_CELL_CHARS = 120  # a table row whose cells are each one short paragraph reads as one line
DOCUMENT_PART = "word/document.xml"
MAX_XML_BYTES = 20 * 1024 * 1024
MAX_TABLE_DEPTH = 32
MAX_XML_DEPTH = 256

# What zipfile and zlib raise on a damaged archive besides BadZipFile: a broken deflate stream (zlib.error),
# a member name marked UTF-8 that is not (UnicodeDecodeError), truncated records (EOFError, struct.error),
# an encrypted member (RuntimeError), an unknown compression method (NotImplementedError), bad offsets.
_ARCHIVE_ERRORS = (
    zipfile.BadZipFile,
    zipfile.LargeZipFile,
    zlib.error,
    UnicodeDecodeError,
    EOFError,
    struct.error,
    RuntimeError,
    NotImplementedError,
    ValueError,
    OverflowError,
    OSError,
)


def docx_text(file: Path, max_chars: int = MAX_TEXT_CHARS) -> str:
    """The text of a .docx: one line per paragraph, a blank line around each table cell; a table row of short
    one-paragraph cells ("Jul 2022 – Till date | InMobi Technologies | Senior ML Engineer") is one line.

    Raises :class:`~gapcheck.errors.UnsupportedFormat` for a damaged archive or document part (or one with a
    DTD) and :class:`~gapcheck.errors.InputTooLarge` over the size, nesting or ``max_chars`` limits.
    """
    return "\n".join(_lines(_document_part(file), file, max_chars))


def _document_part(file: Path) -> bytes:
    try:
        archive = zipfile.ZipFile(file)
    except zipfile.BadZipFile:
        raise UnsupportedFormat("is not a valid .docx (not a zip archive); re-save it or export it as PDF", path=file) from None
    except _ARCHIVE_ERRORS as exc:
        raise _damaged(file, exc) from None
    with archive:
        try:
            info = archive.getinfo(DOCUMENT_PART)
        except KeyError:
            raise UnsupportedFormat("is a zip file without a Word document inside; export it as PDF", path=file) from None
        if info.file_size > MAX_XML_BYTES:
            raise _too_large(file, info.file_size)
        try:
            with archive.open(info) as member:
                data = member.read(MAX_XML_BYTES + 1)  # the declared size may lie: never read past the cap
        except _ARCHIVE_ERRORS as exc:
            raise _damaged(file, exc) from None
    if len(data) > MAX_XML_BYTES:
        raise _too_large(file, len(data))
    return data


def _lines(data: bytes, file: Path, max_chars: int) -> list[str]:
    from defusedxml import DefusedXmlException
    from defusedxml.ElementTree import iterparse

    out: list[str] = []
    open_paragraphs: list[list[str]] = []  # a text box holds paragraphs inside a paragraph
    rows: list[_Row] = []  # the table rows open around this point, innermost last
    cells: list[int] = []  # where each open cell's lines start in ``out``
    path: list[Element] = []
    tables = chars = 0
    body = False
    try:
        for event, element in iterparse(io.BytesIO(data), events=("start", "end"), forbid_dtd=True):
            tag = element.tag
            if event == "start":
                path.append(element)
                if len(path) > MAX_XML_DEPTH:
                    raise InputTooLarge(
                        f"has XML elements nested more than {MAX_XML_DEPTH} deep; re-save it or export it as PDF", path=file
                    )
                if tag == _P:
                    open_paragraphs.append([])
                elif tag == _TBL:
                    tables += 1
                    if tables > MAX_TABLE_DEPTH:
                        raise InputTooLarge(
                            f"has tables nested more than {MAX_TABLE_DEPTH} deep; re-save it or export it as PDF", path=file
                        )
                    for row in rows:
                        row.simple = False  # a table inside a cell: its rows are read as they are
                elif tag == _TR:
                    rows.append(_Row(len(out)))
                elif tag == _TC:
                    out.append("")
                    cells.append(len(out))
                elif tag == _BODY:
                    body = True
                continue
            path.pop()
            if open_paragraphs:
                parts = open_paragraphs[-1]
                if tag == _T and element.text:
                    parts.append(element.text)
                    chars += len(element.text)
                elif tag == _TAB and not (path and path[-1].tag == _TABS):  # not a tab-stop definition
                    parts.append(" ")
                elif tag in (_BR, _CR):
                    parts.append("\n")
            if tag == _P:
                out.append("".join(open_paragraphs.pop()))
                chars += 1
            elif tag == _TBL:
                tables -= 1
            elif tag == _TC:
                written = [line for line in out[cells.pop() if cells else len(out) :] if line.strip()]
                if rows:
                    rows[-1].take(written)
                out.append("")
            elif tag == _TR and rows:
                row = rows.pop()
                if row.simple and len(row.texts) > 1:
                    out[row.start :] = ["", " | ".join(row.texts), ""]
            if chars > max_chars:
                raise InputTooLarge(f"has over {max_chars:,} characters of text, over the limit; is it really a resume?", path=file)
            # Done with this element: drop it so that memory stays flat over a long document.
            element.clear()
            if path:
                path[-1].remove(element)
    except InputTooLarge:
        raise
    except DefusedXmlException:
        raise UnsupportedFormat("has a document part with a DOCTYPE or entity declarations; export it as PDF", path=file) from None
    except (ParseError, ValueError, LookupError) as exc:
        raise UnsupportedFormat(f"has a damaged document part ({_short(exc)}); re-save it or export it as PDF", path=file) from None
    if not body:
        raise UnsupportedFormat("has no document body; re-save it or export it as PDF", path=file)
    return out


class _Row:
    """A table row being read: where its lines start, its cells' texts, and whether each cell is one short paragraph."""

    def __init__(self, start: int) -> None:
        self.start = start
        self.texts: list[str] = []
        self.simple = True

    def take(self, lines: list[str]) -> None:
        """Take one cell's non-blank lines."""
        if len(lines) > 1 or any("\n" in line or len(line) > _ROW_CELL_CHARS for line in lines):
            self.simple = False
        elif lines:
            self.texts.append(lines[0].strip())


def _damaged(file: Path, exc: BaseException) -> UnsupportedFormat:
    return UnsupportedFormat(f"is a damaged .docx ({_short(exc)}); re-save it or export it as PDF", path=file)


def _too_large(file: Path, size: int) -> InputTooLarge:
    return InputTooLarge(f"holds {size / 1e6:.0f} MB of document XML, over the {MAX_XML_BYTES // 2**20} MB limit", path=file)


def _short(exc: BaseException) -> str:
    """The exception as a short printable phrase (its message may quote bytes or names from the file)."""
    text = f"{type(exc).__name__}: {exc}" if str(exc) else type(exc).__name__
    text = "".join(ch if ch.isprintable() else "?" for ch in text)
    return text if len(text) <= 120 else text[:117] + "..."
