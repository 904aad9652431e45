"""Reading resumes: a PDF or text file becomes normalized lines that remember their page and position.

pdfminer.six groups characters into text lines and boxes; boxes are put in reading order column by
column, so that a sidebar never merges with the main column. Every line keeps its page, its line number
on that page and its block (a box or paragraph): the matcher never joins words from two blocks.
"""

from __future__ import annotations

import atexit
import codecs
import contextlib
import gc
import itertools
import json
import logging
import os
import threading
import time
import warnings
from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from gapcheck.errors import (
    CorruptPDF,
    EmptyInput,
    EncryptedPDF,
    InputError,
    InputNotFound,
    InputPermissionError,
    InputTimeout,
    InputTooLarge,
    NotAFile,
    NoTextLayer,
    UnsupportedFormat,
)
from gapcheck.normalize import clean_line, join_hyphenated

TEXT_SUFFIXES = frozenset({".txt", ".text", ".md", ".markdown"})
DEFAULT_MAX_PAGES = 50
DEFAULT_MAX_BYTES = 50 * 1024 * 1024
DEFAULT_TIMEOUT = 60.0
DEFAULT_MAX_MEMORY = 1024 * 1024 * 1024
_MIN_TEXT_CHARS = 20

# The library must not print: without a handler, pdfminer's warnings ("should not allow text
# extraction", ...) would reach stderr through logging's last-resort handler. Applications that
# configure logging still see them.
logging.getLogger("pdfminer").addHandler(logging.NullHandler())
# Longer lines are wrapped at a space: no resume line is this long, and matching time grows with the
# square of the skill mentions on one line ("Python Python ..." x 100k would take hours).
MAX_LINE_CHARS = 1000


@dataclass(frozen=True)
class Line:
    """One line of a resume after normalization."""

    text: str
    page: int
    number: int
    block: int


@dataclass(frozen=True)
class Document:
    """The text of one resume as lines in reading order."""

    source: str
    kind: str
    pages: int
    lines: tuple[Line, ...]
    warnings: tuple[str, ...] = field(default=())

    @property
    def text(self) -> str:
        """All lines, blocks separated by a blank line."""
        return "\n".join("" if line is None else line.text for line in self.line_map())

    def line_map(self) -> list[Line | None]:
        """The :class:`Line` behind every line of :attr:`text` (None for the blank line between blocks)."""
        out: list[Line | None] = []
        previous: int | None = None
        for line in self.lines:
            if previous is not None and line.block != previous:
                out.append(None)
            out.append(line)
            previous = line.block
        return out


def read_document(
    path: str | Path,
    *,
    password: str = "",
    max_pages: int = DEFAULT_MAX_PAGES,
    max_bytes: int = DEFAULT_MAX_BYTES,
    timeout: float | None = DEFAULT_TIMEOUT,
    max_memory: int | None = DEFAULT_MAX_MEMORY,
) -> Document:
    """Read a resume file (PDF, or plain text / Markdown) into a :class:`Document`.

    A PDF is parsed in a short-lived worker process (where ``os.fork`` exists) that is killed
    when it runs over ``timeout`` seconds (:class:`~gapcheck.errors.InputTimeout`) and may use at
    most ``max_memory`` bytes more memory than this process
    (:class:`~gapcheck.errors.InputTooLarge`), so that a decompression bomb or a pathological
    content stream cannot hang or exhaust the machine. Without ``os.fork``, or with
    ``timeout=None``, the PDF is parsed in this process; a timeout is then checked between pages
    and while characters are laid out.

    Raises a :class:`~gapcheck.errors.InputError` subclass that says what is wrong with the file.
    """
    return start_reading(path, password=password, max_pages=max_pages, max_bytes=max_bytes, timeout=timeout,
                         max_memory=max_memory).result()


class PendingDocument:
    """A document being read; :meth:`result` waits for it (a PDF is parsed in a worker process meanwhile)."""

    def __init__(self, finish: Callable[[], Document], cancel: Callable[[], None] | None = None) -> None:
        self._finish = finish
        self._cancel = cancel
        self._document: Document | None = None

    def result(self) -> Document:
        """The document, or the reading error."""
        if self._document is None:
            self._cancel = None
            self._document = self._finish()
        return self._document

    def cancel(self) -> None:
        """Stop the worker process if the result is no longer wanted."""
        if self._cancel is not None:
            self._cancel()
            self._cancel = None


def start_reading(
    path: str | Path,
    *,
    password: str = "",
    max_pages: int = DEFAULT_MAX_PAGES,
    max_bytes: int = DEFAULT_MAX_BYTES,
    timeout: float | None = DEFAULT_TIMEOUT,
    max_memory: int | None = DEFAULT_MAX_MEMORY,
) -> PendingDocument:
    """Like :func:`read_document`, but returns at once while a PDF is parsed in a worker process.

    The caller can do other work (load the spaCy pipeline) and then call ``.result()`` (or ``.cancel()``).
    Errors about the file itself (missing, empty, too large, not a PDF) are raised here, before any work.
    """
    file = Path(path)
    head = _check_file(file, max_bytes)
    if head.lstrip(b"\xef\xbb\xbf \t\r\n")[:5] == b"%PDF-" or (b"%PDF-" in head and file.suffix.lower() == ".pdf"):
        if timeout is not None and timeout <= 0:
            raise ValueError("timeout must be positive (or None for no limit)")
        if timeout is not None and hasattr(os, "fork"):
            reader = _ReaderProcess.acquire(max_memory)
            if reader is not None:
                return PendingDocument(*reader.submit(file, password=password, max_pages=max_pages, timeout=timeout))
            return PendingDocument(*_read_pdf_in_worker(file, password=password, max_pages=max_pages, timeout=timeout,
                                                        max_memory=max_memory))
        deadline = None if timeout is None else time.monotonic() + timeout
        return PendingDocument(lambda: _read_pdf(file, password=password, max_pages=max_pages, deadline=deadline,
                                                 timeout=timeout))
    suffix = file.suffix.lower()
    if suffix in TEXT_SUFFIXES:
        document = document_from_text(decode_text(file.read_bytes(), file), source=str(file), kind="text")
        return PendingDocument(lambda: document)
    if suffix == ".pdf":
        raise UnsupportedFormat(
            "is not a PDF although its name ends in .pdf (no %PDF header); check that the download is complete",
            path=file,
        )
    if suffix == ".docx":
        from gapcheck.docx import docx_text

        document = document_from_text(docx_text(file), source=str(file), kind="docx")
        if sum(len(line.text) for line in document.lines) < _MIN_TEXT_CHARS:
            raise EmptyInput("has no text in its document body", path=file)
        return PendingDocument(lambda: document)
    if suffix in (".doc", ".odt", ".rtf", ".pages"):
        raise UnsupportedFormat("is a word-processor format gapcheck does not read; save it as .docx or PDF", path=file)
    raise UnsupportedFormat("is not a PDF, .docx, .txt or .md file; gapcheck reads those", path=file)


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


def decode_text(data: bytes, file: Path | None = None) -> str:
    """Decode a text file: a BOM if there is one, else UTF-8, else Windows-1252."""
    for bom, encoding in (
        (codecs.BOM_UTF8, "utf-8-sig"),
        (codecs.BOM_UTF32_LE, "utf-32"),
        (codecs.BOM_UTF32_BE, "utf-32"),
        (codecs.BOM_UTF16_LE, "utf-16"),
        (codecs.BOM_UTF16_BE, "utf-16"),
    ):
        if data.startswith(bom):
            return data.decode(encoding, errors="replace")
    if b"\x00" in data[:4096] and data.count(b"\x00") > len(data) // 4:
        for encoding in ("utf-16-le", "utf-16-be"):
            try:
                return data.decode(encoding)
            except UnicodeDecodeError:
                continue
        raise UnsupportedFormat("looks like a binary file, not text", path=file)
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError:
        return data.decode("cp1252", errors="replace")


def document_from_text(text: str, *, source: str = "<text>", kind: str = "text") -> Document:
    """Turn text in memory into a one-page :class:`Document`; blank lines separate blocks."""
    raw_lines = text.replace("\r\n", "\n").replace("\r", "\n").split("\n")
    if kind == "text" and source.lower().endswith((".md", ".markdown")):
        raw_lines = [_strip_markdown(line) for line in raw_lines]
    pending: list[tuple[int, str, int]] = []
    block = 0
    for number, raw in enumerate(raw_lines, start=1):
        if not raw.strip():
            block += 1
            continue
        for part in _wrap_long(raw):
            pending.append((number, part, block))
            if len(raw) > MAX_LINE_CHARS:
                block += 1
    return Document(source=source, kind=kind, pages=1, lines=tuple(_finish_page(pending, page=1)))


def _strip_markdown(line: str) -> str:
    stripped = line.lstrip()
    while stripped.startswith(("#", ">")):
        stripped = stripped[1:].lstrip()
    for marker in ("**", "__", "`"):
        stripped = stripped.replace(marker, "")
    return stripped


def _finish_page(raw: Sequence[tuple[int, str, int]], *, page: int) -> Iterator[Line]:
    """Clean the raw (number, text, block) lines of one page, rejoin words hyphenated across lines, and
    keep a sentence that wraps into the next block in one block."""
    texts = join_hyphenated([clean_line(text) for _, text, _ in raw])
    kept = [(number, block, text) for (number, _, block), text in zip(raw, texts, strict=True) if text]
    merged: dict[int, int] = {}
    for (_, block, text), (_, next_block, next_text) in itertools.pairwise(kept):
        if next_block != block and _continues(text, next_text):
            merged[next_block] = merged.get(block, block)
    for number, block, text in kept:
        yield Line(text=text, page=page, number=number, block=merged.get(block, block))


def _continues(text: str, next_text: str) -> bool:
    """Whether ``next_text`` carries on the sentence that ``text`` leaves open."""
    return text[-1:] not in ".!?:;|)" and next_text[:1].islower()


def _wrap_long(text: str) -> list[str]:
    """A line over MAX_LINE_CHARS cut at spaces into pieces (each becomes a block of its own, so that
    no phrase runs across a cut and no line is too long to match quickly)."""
    if len(text) <= MAX_LINE_CHARS:
        return [text]
    parts: list[str] = []
    while text:
        cut = len(text)
        if cut > MAX_LINE_CHARS:
            cut = text.rfind(" ", MAX_LINE_CHARS // 2, MAX_LINE_CHARS + 1)
            cut = MAX_LINE_CHARS if cut < 0 else cut
        parts.append(text[:cut])
        text = text[cut:]
    return parts


def _timeout_error(file: Path, timeout: float | None) -> InputTimeout:
    return InputTimeout(
        f"reading took longer than the {timeout:g} s time limit; the PDF may be damaged or built "
        "to stall parsers - re-export it, or raise the limit with --timeout",
        path=file,
    )


def _read_pdf_in_worker(
    file: Path, *, password: str, max_pages: int, timeout: float, max_memory: int | None
) -> tuple[Callable[[], Document], Callable[[], None]]:
    """Start :func:`_read_pdf` in a forked child. Returns a function that waits for the result (killing the
    child at the deadline) and one that cancels it. No temp files: the result comes through a pipe."""
    import signal

    deadline = time.monotonic() + timeout
    read_fd, write_fd = os.pipe()
    pid = _fork()
    if pid == 0:  # pragma: no cover - the child process; coverage does not follow it
        code = 0
        try:
            os.close(read_fd)
            _child_read(file, password, max_pages, max_memory, write_fd)
        except BaseException:
            code = 70
        finally:
            os._exit(code)
    os.close(write_fd)

    def collect() -> Document:
        finished = False
        try:
            data = _read_message(read_fd, deadline)
            finished = True
        except _Deadline:
            raise _timeout_error(file, timeout) from None
        finally:
            os.close(read_fd)
            if not finished:
                with contextlib.suppress(ProcessLookupError):
                    os.kill(pid, signal.SIGKILL)
            _, status = os.waitpid(pid, 0)
        return _child_result(file, data or b"", status, max_memory)

    def cancel() -> None:
        os.close(read_fd)
        with contextlib.suppress(ProcessLookupError):
            os.kill(pid, signal.SIGKILL)
        os.waitpid(pid, 0)

    return collect, cancel


class _ReaderProcess:
    """A forked process that parses PDFs one after another, so that a PDF costs no fork of its own.

    One per process and memory budget; busy while a document is pending (another request then gets a
    one-off worker). It is killed, and replaced on the next request, when a PDF runs over its time limit,
    exhausts its memory budget or crashes it. It ends by itself when this process ends (its request pipe
    closes).
    """

    _current: _ReaderProcess | None = None
    _guard = threading.Lock()

    def __init__(self, max_memory: int | None) -> None:
        self.owner = os.getpid()
        self.max_memory = max_memory
        self.busy = False
        request_read, self.requests = os.pipe()
        self.results, result_write = os.pipe()
        self.pid = _fork()
        if self.pid == 0:  # pragma: no cover - the child process
            code = 0
            try:
                os.close(self.requests)
                os.close(self.results)
                _serve(request_read, result_write, max_memory)
            except BaseException:
                code = 70
            finally:
                os._exit(code)
        os.close(request_read)
        os.close(result_write)

    @classmethod
    def acquire(cls, max_memory: int | None) -> _ReaderProcess | None:
        """The idle reader of this process for this budget (started if needed), marked busy; None if busy."""
        with cls._guard:
            reader = cls._current
            if reader is not None and reader.owner != os.getpid():
                reader._forget()  # inherited through fork: it belongs to the parent process
                reader = cls._current = None
            if reader is not None and reader.max_memory != max_memory:
                if reader.busy:
                    return None
                reader.stop()
                reader = None
            if reader is None:
                reader = cls._current = _ReaderProcess(max_memory)
            if reader.busy:
                return None
            reader.busy = True
            return reader

    def submit(
        self, file: Path, *, password: str, max_pages: int, timeout: float
    ) -> tuple[Callable[[], Document], Callable[[], None]]:
        """Send one request; returns a function waiting for its document and one cancelling it."""
        deadline = time.monotonic() + timeout
        request = json.dumps({"file": str(file), "password": password, "max_pages": max_pages}) + "\n"
        try:
            _write_all(self.requests, request.encode("utf-8"))
        except OSError:
            self.stop()
            self.busy = False
            return _read_pdf_in_worker(file, password=password, max_pages=max_pages, timeout=timeout,
                                       max_memory=self.max_memory)

        def collect() -> Document:
            try:
                data = self._receive(file, deadline, timeout)
                return _child_result(file, data, 0, self.max_memory)
            except InputTooLarge:
                self.stop()  # its memory budget is used up; the next request gets a fresh process
                raise
            finally:
                self.busy = False

        def cancel() -> None:
            self.stop()
            self.busy = False

        return collect, cancel

    def _receive(self, file: Path, deadline: float, timeout: float) -> bytes:
        try:
            data = _read_message(self.results, deadline)
        except _Deadline:
            self.stop()
            raise _timeout_error(file, timeout) from None
        if data is None:
            _child_result(file, b"", self.stop(), self.max_memory)  # raises: the process died
            raise CorruptPDF("could not be parsed (the reader process ended)", path=file)
        return data

    def stop(self) -> int:
        """Kill the process and close its pipes; returns its wait status."""
        import signal

        status = 0
        if self.pid > 0 and self.owner == os.getpid():
            with contextlib.suppress(OSError):
                os.close(self.requests)
            with contextlib.suppress(OSError):
                os.close(self.results)
            with contextlib.suppress(ProcessLookupError):
                os.kill(self.pid, signal.SIGKILL)
            with contextlib.suppress(ChildProcessError):
                _, status = os.waitpid(self.pid, 0)
            self.pid = -1
        if _ReaderProcess._current is self:
            _ReaderProcess._current = None
        return status

    def _forget(self) -> None:
        with contextlib.suppress(OSError):
            os.close(self.requests)
        with contextlib.suppress(OSError):
            os.close(self.results)
        self.pid = -1


@atexit.register
def stop_reader() -> None:
    """End this process's PDF reader process now (it also ends by itself when this process exits)."""
    reader = _ReaderProcess._current
    if reader is not None:
        reader.stop()


def _fork() -> int:
    # Frozen objects are skipped by the child's garbage collector, so it does not copy the parent's heap.
    pid = -1
    gc.freeze()
    try:
        with warnings.catch_warnings():
            warnings.simplefilter("ignore", DeprecationWarning)  # fork() in a threaded process (3.12+)
            pid = os.fork()
    finally:
        if pid != 0:
            gc.unfreeze()
    return pid


def _write_all(fd: int, data: bytes) -> None:
    view = memoryview(data)
    while view:
        view = view[os.write(fd, view):]


def _write_message(fd: int, data: bytes) -> None:
    """One result through a pipe: its length (8 bytes, little-endian), then the bytes."""
    _write_all(fd, len(data).to_bytes(8, "little") + data)


def _read_message(fd: int, deadline: float) -> bytes | None:
    """The next message written by :func:`_write_message`; None when the pipe closes first.

    Raises :class:`_Deadline` when the deadline passes.
    """
    import select

    buffer = b""
    needed: int | None = None
    while needed is None or len(buffer) < needed:
        left = deadline - time.monotonic()
        if left <= 0:
            raise _Deadline
        ready, _, _ = select.select([fd], [], [], left)
        if not ready:
            continue
        chunk = os.read(fd, 1 << 16)
        if not chunk:
            return None
        buffer += chunk
        if needed is None and len(buffer) >= 8:
            needed = 8 + int.from_bytes(buffer[:8], "little")
    return buffer[8:needed]


def _serve(request_fd: int, result_fd: int, max_memory: int | None) -> None:  # pragma: no cover - the child
    logging.getLogger("pdfminer").setLevel(logging.CRITICAL)
    if max_memory is not None:
        _limit_memory(max_memory)
    with os.fdopen(request_fd, "rb") as requests:
        for raw in requests:
            request = json.loads(raw)
            data = _read_result(Path(request["file"]), str(request["password"]), int(request["max_pages"]))
            _write_message(result_fd, data)


def _read_result(file: Path, password: str, max_pages: int) -> bytes:  # pragma: no cover - runs in the child
    result: dict[str, Any]
    try:
        document = _read_pdf(file, password=password, max_pages=max_pages, deadline=None, timeout=None)
        result = {"pages": document.pages, "warnings": list(document.warnings),
                  "lines": [[ln.text, ln.page, ln.number, ln.block] for ln in document.lines]}
    except InputError as exc:
        result = {"error": type(exc).__name__, "message": exc.message}
    except MemoryError:
        result = {"error": "MemoryError", "message": ""}
    except Exception as exc:
        result = {"error": "crash", "message": f"{type(exc).__name__}: {_short(exc)}"}
    return json.dumps(result).encode("ascii")


def _child_read(  # pragma: no cover - runs in the child
    file: Path, password: str, max_pages: int, max_memory: int | None, write_fd: int
) -> None:
    if max_memory is not None:
        _limit_memory(max_memory)
    _write_message(write_fd, _read_result(file, password, max_pages))
    os.close(write_fd)


def _limit_memory(extra: int) -> None:  # pragma: no cover - runs in the child
    try:
        import resource
    except ImportError:
        return
    size = 0
    statm = "/proc/self/statm"
    with contextlib.suppress(OSError, ValueError), open(statm, encoding="ascii") as handle:
        size = int(handle.read().split()[0]) * os.sysconf("SC_PAGE_SIZE")
    if not size:
        return
    limit = size + extra
    with contextlib.suppress(ValueError, OSError):
        soft, hard = resource.getrlimit(resource.RLIMIT_AS)
        if hard != resource.RLIM_INFINITY:
            limit = min(limit, hard)
        if soft == resource.RLIM_INFINITY or limit < soft:
            resource.setrlimit(resource.RLIMIT_AS, (limit, hard))


def _memory_error(file: Path, max_memory: int | None) -> InputTooLarge:
    budget = "" if max_memory is None else f" more than {max_memory / 2**20:.0f} MB of"
    return InputTooLarge(
        f"needs{budget} memory to read (a compressed stream inflates too far); it may be a "
        "decompression bomb - re-export it",
        path=file,
    )


def _child_result(file: Path, data: bytes, status: int, max_memory: int | None) -> Document:
    from gapcheck import errors

    try:
        result = json.loads(data.decode("ascii")) if data else None
    except ValueError:
        result = None
    if not isinstance(result, dict):
        signalled = os.WIFSIGNALED(status)
        code = os.WTERMSIG(status) if signalled else os.WEXITSTATUS(status)
        # Status 70 is the child failing outside the parser (e.g. out of memory while reporting);
        # SIGKILL that we did not send is most often the system's out-of-memory killer.
        if (not signalled and code == 70) or (signalled and code == 9):
            raise _memory_error(file, max_memory)
        how = f"killed by signal {code}" if signalled else f"exit status {code}"
        raise CorruptPDF(
            f"could not be parsed (the reader process ended: {how}); re-export it as PDF", path=file
        )
    if "error" in result:
        name, message = str(result["error"]), str(result.get("message", ""))
        if name == "MemoryError":
            raise _memory_error(file, max_memory)
        cls = getattr(errors, name, None)
        if isinstance(cls, type) and issubclass(cls, InputError):
            raise cls(message, path=file)
        raise CorruptPDF(f"could not be parsed ({message}); re-export it as PDF", path=file)
    lines = tuple(
        Line(text=str(t), page=int(p), number=int(n), block=int(b))
        for t, p, n, b in result["lines"]
    )
    return Document(source=str(file), kind="pdf", pages=int(result["pages"]), lines=lines,
                    warnings=tuple(str(w) for w in result.get("warnings", ())))


def _read_pdf(
    file: Path, *, password: str, max_pages: int, deadline: float | None, timeout: float | None
) -> Document:
    from pdfminer.layout import LAParams
    from pdfminer.pdfdocument import PDFEncryptionError, PDFPasswordIncorrect
    from pdfminer.pdfparser import PDFSyntaxError
    from pdfminer.psexceptions import PSException

    laparams = LAParams(all_texts=True)
    lines: list[Line] = []
    block = 0
    pages = 0
    try:
        with file.open("rb") as handle:
            for layout in _layouts(file, handle, password, laparams, deadline, max_pages):
                if deadline is not None and time.monotonic() > deadline:
                    raise _Deadline
                pages += 1
                raw: list[tuple[int, str, int]] = []
                for box in _reading_order(_text_boxes(layout)):
                    block += 1
                    for text in _box_lines(box):
                        for part in _wrap_long(text):
                            raw.append((0, part, block))
                            if len(text) > MAX_LINE_CHARS:
                                block += 1
                lines.extend(_finish_page(raw, page=pages))
    except PDFPasswordIncorrect:
        if password:
            raise EncryptedPDF("the password is wrong; check it and try again", path=file) from None
        raise EncryptedPDF("is protected by a password; give it with --password", path=file) from None
    except PDFEncryptionError as exc:
        raise EncryptedPDF(f"uses an encryption gapcheck cannot open ({exc}); save an unprotected copy", path=file) from None
    except (PDFSyntaxError, PSException) as exc:
        raise CorruptPDF(f"is damaged or not a valid PDF ({_short(exc)}); re-export or re-download it", path=file) from None
    except _Deadline:
        raise _timeout_error(file, timeout) from None
    except (CorruptPDF, InputTooLarge):
        raise
    except (ValueError, TypeError, KeyError, IndexError, AttributeError, AssertionError, RecursionError,
            ZeroDivisionError, OverflowError, UnicodeError, NotImplementedError, OSError) as exc:
        raise CorruptPDF(f"could not be parsed ({type(exc).__name__}: {_short(exc)}); re-export it as PDF", path=file) from None
    if pages == 0:
        raise CorruptPDF("has no pages; the file may be damaged", path=file)
    _renumber(lines)
    chars = sum(len(line.text) for line in lines)
    if chars < _MIN_TEXT_CHARS:
        raise NoTextLayer(
            f"has {pages} page(s) but no extractable text; it looks scanned - run OCR first (e.g. ocrmypdf)",
            path=file,
        )
    return Document(source=str(file), kind="pdf", pages=pages, lines=tuple(lines))


def _short(exc: BaseException) -> str:
    text = "".join(ch if ch.isprintable() else " " for ch in str(exc)[:1000])
    text = " ".join(text.split()) or type(exc).__name__
    return text[:120]


class _Deadline(Exception):
    """The in-process time limit passed (turned into InputTimeout)."""


def _layouts(
    file: Path, handle: Any, password: str, laparams: Any, deadline: float | None, max_pages: int
) -> Iterator[Any]:
    """Lay out each page; refuse a document over ``max_pages`` before laying out any page."""
    from pdfminer.converter import PDFPageAggregator
    from pdfminer.pdfdocument import PDFDocument
    from pdfminer.pdfinterp import PDFPageInterpreter, PDFResourceManager
    from pdfminer.pdfpage import PDFPage
    from pdfminer.pdfparser import PDFParser
    from pdfminer.pdftypes import resolve1

    class DeadlineAggregator(PDFPageAggregator):
        """Checks the clock every few hundred characters, so a huge content stream stops in time."""

        calls = 0

        def render_char(self, *args: Any, **kwargs: Any) -> Any:
            self.calls += 1
            if deadline is not None and self.calls % 256 == 0 and time.monotonic() > deadline:
                raise _Deadline
            return super().render_char(*args, **kwargs)

    def too_many(count: int) -> InputTooLarge:
        return InputTooLarge(f"has {count} pages, over the {max_pages}-page limit; raise it with --max-pages", path=file)

    document = PDFDocument(PDFParser(handle), password=password, caching=True)
    declared = resolve1(resolve1(document.catalog.get("Pages")) or {}).get("Count") if document.catalog else None
    if isinstance(declared, int) and declared > max_pages:
        raise too_many(declared)
    manager = PDFResourceManager(caching=True)
    device = DeadlineAggregator(manager, laparams=laparams)
    interpreter = PDFPageInterpreter(manager, device)
    for number, page in enumerate(PDFPage.create_pages(document), start=1):
        if number > max_pages:
            raise too_many(number if not isinstance(declared, int) else max(declared, number))
        interpreter.process_page(page)
        yield device.get_result()


def _text_boxes(container: Iterable[Any]) -> list[Any]:
    from pdfminer.layout import LTFigure, LTTextBox, LTTextLine

    boxes: list[Any] = []
    for item in container:
        if isinstance(item, (LTTextBox, LTTextLine)):
            boxes.append(item)
        elif isinstance(item, LTFigure):
            boxes.extend(_text_boxes(item))
    return boxes


def _box_lines(box: Any) -> Iterator[str]:
    from pdfminer.layout import LTTextLine

    if isinstance(box, LTTextLine):
        yield box.get_text()
        return
    for line in box:
        if isinstance(line, LTTextLine):
            yield line.get_text()


def _reading_order(boxes: list[Any]) -> list[Any]:
    """Boxes top to bottom; when a vertical gutter splits the page into columns, each column in turn.

    Boxes that cross the gutter above the columns (a name banner) come first.
    """
    placed = [_Box(b, b.x0, b.x1, b.y0, b.y1, len(text)) for b in boxes if (text := b.get_text().strip())]
    if len(placed) < 2:
        return [p.box for p in placed]

    def by_height(p: _Box) -> tuple[float, float]:
        return (-round(p.y1, 0), p.x0)

    gutter = _find_gutter(placed)
    if gutter is None:
        return [p.box for p in sorted(placed, key=by_height)]
    top = [p for p in placed if p.x0 < gutter < p.x1]
    left = [p for p in placed if p.x1 <= gutter]
    right = [p for p in placed if p.x0 >= gutter]
    return [p.box for part in (top, left, right) for p in sorted(part, key=by_height)]


@dataclass(frozen=True)
class _Box:
    box: Any
    x0: float
    x1: float
    y0: float
    y1: float
    chars: int


def _find_gutter(boxes: list[_Box]) -> float | None:
    total = sum(b.chars for b in boxes)
    best: tuple[float, float] | None = None
    lo, hi = min(b.x0 for b in boxes), max(b.x1 for b in boxes)
    width = max(hi - lo, 1.0)
    for step in range(15, 86):
        x = lo + width * step / 100
        left = [b for b in boxes if b.x1 <= x]
        right = [b for b in boxes if b.x0 >= x]
        if len(left) < 2 or len(right) < 2:
            continue
        left_chars = sum(b.chars for b in left)
        right_chars = sum(b.chars for b in right)
        balance = min(left_chars, right_chars)
        if balance < 0.12 * total or (best is not None and balance <= best[1]):
            continue
        column_top = max(b.y1 for b in left + right)
        if any(b.x0 < x < b.x1 and b.y0 < column_top - 1 for b in boxes):
            continue
        if _columns_overlap_vertically(left, right):
            best = (x, balance)
    return None if best is None else best[0]


def _columns_overlap_vertically(left: list[_Box], right: list[_Box]) -> bool:
    left_span = (min(b.y0 for b in left), max(b.y1 for b in left))
    right_span = (min(b.y0 for b in right), max(b.y1 for b in right))
    overlap = min(left_span[1], right_span[1]) - max(left_span[0], right_span[0])
    shorter = min(left_span[1] - left_span[0], right_span[1] - right_span[0])
    return bool(shorter > 0 and overlap > 0.5 * shorter)


def _renumber(lines: list[Line]) -> None:
    """Number lines 1.. within each page in reading order."""
    counter: dict[int, int] = {}
    for i, line in enumerate(lines):
        counter[line.page] = counter.get(line.page, 0) + 1
        lines[i] = Line(text=line.text, page=line.page, number=counter[line.page], block=line.block)

