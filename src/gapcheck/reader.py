"""Reading resumes: which reader a file needs, run within the limits, giving one :class:`Document`.

PDFs go to an engine (pdfminer.six by default) that runs in an isolated worker process
(:mod:`gapcheck.sandbox`) with the time and memory limits of :class:`~gapcheck.limits.Limits`; its raw pages
are laid out into a Document by :mod:`gapcheck.layout`. Pages without a text layer, and PNG, JPEG and TIFF
images, are recognised by the OCR engine (:mod:`gapcheck.ocr`, the ``ocr`` extra) in the same kind of worker.
Word .docx files are read in the same worker; text and Markdown files in this process, after a size check.
Every file gets its structure (sections, dated positions) once, here.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any, TypeVar

from gapcheck import sandbox
from gapcheck.document import Document, Line
from gapcheck.engines import RawDocument, RawPage
from gapcheck.errors import (
    EmptyInput,
    GapcheckError,
    InputNotFound,
    InputPermissionError,
    InputTimeout,
    InputTooLarge,
    MissingExtra,
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
OCR_MODES = ("auto", "always", "never")
"""``auto``: recognise pages without a text layer, and images, when the ocr extra is installed; ``always``:
recognise every page (a PDF whose text layer is garbage); ``never``: no OCR (a scan is an error)."""
IMAGE_SUFFIXES = frozenset({".png", ".jpg", ".jpeg", ".tif", ".tiff"})
_IMAGE_MAGIC = (b"\x89PNG\r\n\x1a\n", b"\xff\xd8\xff", b"II*\x00", b"MM\x00*")
OCR_MIN_MEMORY = 3 * 2**30
"""The OCR worker's memory budget is at least this (the ONNX runtime and models need about 1.5 GB of address space)."""
OCR_LOAD_SECONDS = 60.0
"""Time allowed on top of the per-page limits (``Limits.ocr_page_timeout``) for a worker to load the OCR models."""
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
    ocr: str = "auto",
) -> Document:
    """Read a resume file (PDF, Word .docx, plain text or Markdown) into a :class:`Document`.

    With the default ``limits`` a PDF or .docx is parsed in an isolated worker process that is killed when it
    runs over ``limits.timeout`` seconds (:class:`~gapcheck.errors.InputTimeout`) or ``limits.max_memory``
    bytes (:class:`~gapcheck.errors.InputTooLarge`); ``Limits.none()`` reads in this process. ``engine``
    picks the PDF engine: ``"pdfminer"`` (pdfminer.six, always installed) or ``"pdfium"`` (the ``pdfium``
    extra). ``ocr`` (``"auto"``, ``"always"``, ``"never"``; see :data:`OCR_MODES`) says when pages are recognised
    by OCR (the ``ocr`` extra); images (PNG, JPEG, TIFF) are read by OCR unless it is ``"never"``. Raises a
    :class:`~gapcheck.errors.InputError` subclass that says what is wrong with the file.
    """
    return start_reading(path, password=password, limits=limits, engine=engine, ocr=ocr).result()


def start_reading(
    path: str | Path,
    *,
    password: str = "",
    limits: Limits = DEFAULT_LIMITS,
    engine: str = "pdfminer",
    ocr: str = "auto",
) -> Pending[Document]:
    """Like :func:`read_document`, but returns at once while the file is parsed in its worker process.

    The caller can do other work (load the spaCy pipeline) and then call ``.result()`` (or ``.cancel()``).
    Errors about the file itself (missing, empty, too large, unknown format) are raised here, before any work.
    """
    if engine not in ENGINES:
        raise ValueError(f"unknown engine {engine!r}; choose one of {', '.join(ENGINES)}")
    if ocr not in OCR_MODES:
        raise ValueError(f"unknown OCR mode {ocr!r}; choose one of {', '.join(OCR_MODES)}")
    file = Path(path)
    head = _check_file(file, limits.max_bytes)
    suffix = file.suffix.lower()
    if head.lstrip(b"\xef\xbb\xbf \t\r\n")[:5] == b"%PDF-" or (b"%PDF-" in head and suffix == ".pdf"):
        pending = _isolated(_engine(engine), file, password, limits.max_pages, limits=limits)
        return Pending(lambda: _pdf_document(_as_given(pending, file), file, password, limits, ocr), pending.cancel)
    if suffix in IMAGE_SUFFIXES or head.startswith(_IMAGE_MAGIC):
        document = _image_document(file, limits, ocr)
        return Pending(lambda: document)
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
    raise UnsupportedFormat("is not a PDF, .docx, .txt, .md or image file; gapcheck reads those", path=file)


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
        from gapcheck import pdf_pdfium

        if not pdf_pdfium.installed():
            raise MissingExtra(f"the pdfium engine needs pypdfium2; install it with: {pdf_pdfium.INSTALL_HINT}")
        return pdf_pdfium.extract
    from gapcheck import pdf_pdfminer

    return pdf_pdfminer.extract


def _pdf_document(raw: RawDocument, file: Path, password: str, limits: Limits, ocr: str) -> Document:
    if ocr != "never":
        scanned = [page.number for page in raw.pages if ocr == "always" or _page_chars(page) < MIN_TEXT_CHARS]
        if scanned:
            raw = _recognise_pages(raw, scanned, file, password, limits, ocr)
    document = _checked(build_document(raw, source=str(file), kind="pdf"), limits)
    if sum(len(line.text) for line in document.lines) < MIN_TEXT_CHARS:
        from gapcheck import ocr as ocr_engine

        if document.ocr_pages:
            hint = "OCR found no text either; check that the scan is readable"
        elif ocr != "never" and not ocr_engine.installed():
            hint = f"it looks scanned - install OCR with: {ocr_engine.INSTALL_HINT}"
        else:
            hint = "it looks scanned - run OCR first (e.g. ocrmypdf)"
        raise NoTextLayer(f"has {document.pages} page(s) but no extractable text; {hint}", path=file)
    return document


def _page_chars(page: RawPage) -> int:
    return sum(len(line.text.strip()) for box in page.boxes for line in box.lines)


def _recognise_pages(raw: RawDocument, numbers: list[int], file: Path, password: str, limits: Limits, ocr: str) -> RawDocument:
    """``raw`` with the given pages recognised by OCR (in ``auto`` mode only where OCR finds text)."""
    from gapcheck import ocr as ocr_engine

    if not ocr_engine.installed():
        if ocr == "always":
            raise MissingExtra(f"--ocr always needs the OCR extra; install it with: {ocr_engine.INSTALL_HINT}")
        if len(numbers) == len(raw.pages):
            return raw  # the whole file looks scanned: NoTextLayer names the extra
        looks = "looks" if len(numbers) == 1 else "look"
        warning = f"{_pages(numbers)} {looks} scanned and could not be read; install OCR with: {ocr_engine.INSTALL_HINT}"
        return RawDocument(pages=raw.pages, warnings=(*raw.warnings, warning))
    if len(numbers) > limits.ocr_max_pages:
        raise ocr_engine.too_many_pages(file, len(numbers), limits.ocr_max_pages, scanned=True)
    pending = _isolated(
        ocr_engine.recognise_pdf_pages,
        file,
        password,
        numbers,
        ocr_engine.DEFAULT_DPI,
        limits.ocr_page_timeout,
        limits.ocr_max_pages,
        limits=_ocr_limits(limits, len(numbers)),
    )
    recognised = _ocr_result(pending, file, limits, len(numbers))
    by_number = {page.number: page for page in recognised.pages}
    pages = tuple(
        by_number[page.number] if page.number in by_number and (ocr == "always" or by_number[page.number].boxes) else page
        for page in raw.pages
    )
    return RawDocument(pages=pages, warnings=(*raw.warnings, *_ocr_warning(pages)))


def _image_document(file: Path, limits: Limits, ocr: str) -> Document:
    """A PNG, JPEG or TIFF resume, recognised page by page (one page an image or TIFF frame)."""
    from gapcheck import ocr as ocr_engine

    if ocr == "never":
        raise UnsupportedFormat("is an image; gapcheck reads images with OCR, which --ocr never turns off", path=file)
    if not ocr_engine.installed():
        raise MissingExtra(f"is an image; reading it needs the OCR extra: {ocr_engine.INSTALL_HINT}", path=file)
    frames = _as_given(_isolated(ocr_engine.image_frames, file, limits=limits), file)
    if frames > limits.max_pages:
        raise InputTooLarge(f"has {frames} pages, over the {limits.max_pages}-page limit; raise it with --max-pages", path=file)
    if frames > limits.ocr_max_pages:
        raise ocr_engine.too_many_pages(file, frames, limits.ocr_max_pages, scanned=False)
    pending = _isolated(ocr_engine.recognise_image, file, limits.ocr_max_pages, limits.ocr_page_timeout, limits=_ocr_limits(limits, frames))
    raw = _ocr_result(pending, file, limits, frames)
    raw = RawDocument(pages=raw.pages, warnings=(*raw.warnings, *_ocr_warning(raw.pages)))
    document = _checked(build_document(raw, source=str(file), kind="image"), limits)
    if sum(len(line.text) for line in document.lines) < MIN_TEXT_CHARS:
        raise NoTextLayer("is an image in which OCR found no text; check that it is a readable resume scan", path=file)
    return document


def _ocr_limits(limits: Limits, pages: int) -> Limits:
    """The limits of the worker that recognises ``pages`` pages: time for OCR (the per-page limit for each
    page plus loading the models, when that is longer than the file's time limit or the file has none;
    without a per-page limit, the file's) and the memory the OCR runtime needs. Without isolation (trusted
    input, read in this process) nothing changes: the per-page limit is checked after each page."""
    if not limits.isolated:
        return limits
    budget = _ocr_budget(limits, pages)
    timeout = limits.timeout if budget is None else max(limits.timeout or 0.0, budget)
    memory = limits.max_memory if limits.max_memory is None else max(limits.max_memory, OCR_MIN_MEMORY)
    return limits.with_(timeout=timeout, max_memory=memory)


def _ocr_budget(limits: Limits, pages: int) -> float | None:
    """Seconds the OCR of ``pages`` pages may take in all: each page's limit, plus loading the models."""
    return None if limits.ocr_page_timeout is None else OCR_LOAD_SECONDS + pages * limits.ocr_page_timeout


def _ocr_result(pending: Pending[T], file: Path, limits: Limits, pages: int) -> T:
    """The result of an OCR call; its worker killed at the OCR deadline is an error naming the per-page limit."""
    try:
        return _as_given(pending, file)
    except InputTimeout as exc:
        budget = _ocr_budget(limits, pages)
        if "--ocr-page-timeout" in exc.message or budget is None or (limits.timeout is not None and limits.timeout >= budget):
            raise  # a page over its limit (the message names it), or the file's own --timeout
        raise InputTimeout(
            f"recognising its {pages} page(s) took longer than {budget:g} s (the {limits.ocr_page_timeout:g} s OCR time limit "
            f"per page for each page, plus {OCR_LOAD_SECONDS:g} s to load the models): a page stalled; raise it with "
            "--ocr-page-timeout",
            path=file,
        ) from None


def _ocr_warning(pages: tuple[RawPage, ...]) -> tuple[str, ...]:
    numbers = [page.number for page in pages if page.ocr]
    if not numbers:
        return ()
    return (f"{_pages(numbers)} recognised by OCR: its text may contain errors (evidence shows the OCR confidence)",)


def _pages(numbers: list[int]) -> str:
    return ("page " if len(numbers) == 1 else "pages ") + ", ".join(map(str, numbers))


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
    return InputTooLarge(f"has {has} characters of text, over the {limits.max_chars:,} limit; is it really a resume?", path=source)


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
