"""Reading resumes: which reader a file needs, run within the limits, giving one :class:`Document`.

PDFs go to an engine (pdfminer.six by default) that runs in an isolated worker process
(:mod:`gapcheck.sandbox`) with the time and memory limits of :class:`~gapcheck.limits.Limits`; its raw pages
are laid out into a Document by :mod:`gapcheck.layout`. Word .docx files are read in the same worker; text
and Markdown files in this process, after a size check. Every file gets its structure (sections, dated
positions) once, here.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any, TypeVar

from gapcheck import sandbox
from gapcheck.document import Document, Line
from gapcheck.engines import RawDocument
from gapcheck.errors import (
    EmptyInput,
    GapcheckError,
    InputNotFound,
    InputPermissionError,
    InputTooLarge,
    NotAFile,
    NoTextLayer,
    UnsupportedFormat,
)
from gapcheck.layout import build_document
from gapcheck.limits import DEFAULT_LIMITS, Limits
from gapcheck.sandbox import Pending
from gapcheck.textfile import decode_text, document_from_text

TEXT_SUFFIXES = frozenset({".txt", ".text", ".md", ".markdown"})
WORD_SUFFIXES = frozenset({".docx"})
ENGINES = ("pdfminer", "pdfium")
MIN_TEXT_CHARS = 20
T = TypeVar("T")
# Text may take up to 4 bytes a character (UTF-8); a larger file cannot fit the character limit.
_BYTES_PER_CHAR = 4

__all__ = ["ENGINES", "Document", "Line", "document_from_text", "read_document", "start_reading"]


def read_document(
    path: str | Path,
    *,
    password: str = "",
    limits: Limits = DEFAULT_LIMITS,
    engine: str = "pdfminer",
) -> Document:
    """Read a resume file (PDF, Word .docx, plain text or Markdown) into a :class:`Document`.

    With the default ``limits`` a PDF or .docx is parsed in an isolated worker process that is killed when it
    runs over ``limits.timeout`` seconds (:class:`~gapcheck.errors.InputTimeout`) or ``limits.max_memory``
    bytes (:class:`~gapcheck.errors.InputTooLarge`); ``Limits.none()`` reads in this process. ``engine``
    picks the PDF engine: ``"pdfminer"`` (pdfminer.six, always installed) or ``"pdfium"`` (the ``pdfium``
    extra). Raises a :class:`~gapcheck.errors.InputError` subclass that says what is wrong with the file.
    """
    return start_reading(path, password=password, limits=limits, engine=engine).result()


def start_reading(
    path: str | Path,
    *,
    password: str = "",
    limits: Limits = DEFAULT_LIMITS,
    engine: str = "pdfminer",
) -> Pending[Document]:
    """Like :func:`read_document`, but returns at once while the file is parsed in its worker process.

    The caller can do other work (load the spaCy pipeline) and then call ``.result()`` (or ``.cancel()``).
    Errors about the file itself (missing, empty, too large, unknown format) are raised here, before any work.
    """
    if engine not in ENGINES:
        raise ValueError(f"unknown engine {engine!r}; choose one of {', '.join(ENGINES)}")
    file = Path(path)
    head = _check_file(file, limits.max_bytes)
    suffix = file.suffix.lower()
    if head.lstrip(b"\xef\xbb\xbf \t\r\n")[:5] == b"%PDF-" or (b"%PDF-" in head and suffix == ".pdf"):
        pending = _isolated(_engine(engine), file, password, limits.max_pages, limits=limits)
        return Pending(lambda: _pdf_document(_as_given(pending, file), file, limits), pending.cancel)
    if suffix in TEXT_SUFFIXES:
        document = _text_document(file, limits)
        return Pending(lambda: document)
    if suffix == ".pdf":
        raise UnsupportedFormat(
            "is not a PDF although its name ends in .pdf (no %PDF header); check that the download is complete",
            path=file,
        )
    if suffix in WORD_SUFFIXES:
        text = _as_given(_isolated(_docx_text, file, limits=limits), file)
        document = _checked(document_from_text(text, source=str(file), kind="docx"), limits)
        if sum(len(line.text) for line in document.lines) < MIN_TEXT_CHARS:
            raise EmptyInput("has no text in its document body", path=file)
        return Pending(lambda: document)
    if suffix in (".doc", ".odt", ".rtf", ".pages"):
        raise UnsupportedFormat("is a word-processor format gapcheck does not read; save it as .docx or PDF", path=file)
    raise UnsupportedFormat("is not a PDF, .docx, .txt or .md file; gapcheck reads those", path=file)


def _isolated(func: Callable[..., T], file: Path, *args: Any, limits: Limits) -> Pending[T]:
    """``func(absolute path of file, *args)`` in the sandbox: a worker's working folder is not this process's."""
    return sandbox.submit(func, str(file.absolute()), *args, limits=limits, path=file)


def _as_given(pending: Pending[T], file: Path) -> T:
    """The result of :func:`_isolated`; an error names the file as the caller gave it."""
    try:
        return pending.result()
    except GapcheckError as exc:
        absolute = str(file.absolute())
        if exc.path == absolute:
            exc.path = str(file)
        exc.message = exc.message.replace(absolute, str(file))
        raise


def _docx_text(path: str) -> str:
    from gapcheck.docx import docx_text

    return docx_text(Path(path))


def _engine(name: str) -> Callable[[str, str, int], RawDocument]:
    if name == "pdfium":
        try:
            from gapcheck.pdf_pdfium import extract  # type: ignore[import-not-found,unused-ignore]
        except ImportError:
            raise UnsupportedFormat('the pdfium engine needs the pdfium extra: pip install "gapcheck[pdfium]"') from None
        engine: Callable[[str, str, int], RawDocument] = extract
        return engine
    from gapcheck import pdf_pdfminer

    return pdf_pdfminer.extract


def _pdf_document(raw: RawDocument, file: Path, limits: Limits) -> Document:
    document = _checked(build_document(raw, source=str(file), kind="pdf"), limits)
    if sum(len(line.text) for line in document.lines) < MIN_TEXT_CHARS:
        raise NoTextLayer(
            f"has {document.pages} page(s) but no extractable text; it looks scanned - run OCR first (e.g. ocrmypdf)",
            path=file,
        )
    return document


def _text_document(file: Path, limits: Limits) -> Document:
    """A text or Markdown file, refused before decoding when it cannot fit the character limit."""
    with file.open("rb") as handle:
        data = handle.read(limits.max_chars * _BYTES_PER_CHAR + 1)
    if len(data) > limits.max_chars * _BYTES_PER_CHAR:
        raise _too_much_text(file, None, limits)
    text = decode_text(data, file)
    if len(text) > limits.max_chars:
        raise _too_much_text(file, len(text), limits)
    return document_from_text(text, source=str(file), kind="text")


def _checked(document: Document, limits: Limits) -> Document:
    size = sum(len(line.text) + 1 for line in document.lines)
    if size > limits.max_chars:
        raise _too_much_text(document.source, size, limits)
    return document


def _too_much_text(source: str | Path, size: int | None, limits: Limits) -> InputTooLarge:
    has = "more" if size is None else f"{size:,}"
    return InputTooLarge(f"has {has} characters of text, over the {limits.max_chars:,} limit; is it really a resume?",
                         path=source)


def _check_file(file: Path, max_bytes: int) -> bytes:
    try:
        stat = file.stat()
    except FileNotFoundError:
        raise InputNotFound("no such file; check the path", path=file) from None
    except PermissionError:
        raise InputPermissionError("permission denied; check the file's permissions", path=file) from None
    except OSError as exc:
        raise InputNotFound(f"cannot be opened ({exc.strerror})", path=file) from None
    except ValueError:  # an embedded NUL byte
        raise InputNotFound("is not a valid file name", path=repr(str(file))) from None
    if file.is_dir():
        raise NotAFile("is a folder, not a file; give a resume file", path=file)
    if not file.is_file():
        raise NotAFile("is not a regular file", path=file)
    if stat.st_size == 0:
        raise EmptyInput("is empty (0 bytes); check the file", path=file)
    if stat.st_size > max_bytes:
        raise InputTooLarge(
            f"is {stat.st_size / 1e6:.1f} MB, over the {max_bytes / 1e6:.0f} MB limit; raise it with --max-size",
            path=file,
        )
    try:
        with file.open("rb") as handle:
            return handle.read(1024)
    except PermissionError:
        raise InputPermissionError("permission denied; check the file's permissions", path=file) from None
