"""The pdfium engine (``pip install "gapcheck[pdfium]"``): PDF text with positions from PDFium via pypdfium2.

It hands back the same raw data as the pdfminer engine, lines with their boxes grouped into text boxes,
about twenty times faster. PDFium's own text order and line breaks are kept; what pdfminer does
differently is redone here from character boxes, fetched only where they decide something (the ends of
every line and the characters either side of every space):

- a line is split where two words on it are further apart than ``CHAR_MARGIN`` times a character's
  width (pdfminer's ``char_margin``), so a sidebar or a right-hand column never joins the main text;
- PDFium joins a word hyphenated at a line end into one line and marks the hyphen (U+0002, or U+FFFE in
  its text); the two lines are given back as printed ("distri-", "buted") so the shared normalization
  rejoins them the same way for every engine;
- lines become boxes with pdfminer's rule (``gapcheck.line_boxes``).

PDFium is C++: like pdfminer it runs in the isolated worker (``gapcheck.sandbox``) when limits are set.
Errors are the pdfminer engine's, with the same messages.
"""

from __future__ import annotations

import ctypes
import itertools
import math
import os
import re
import threading
from collections.abc import Callable
from functools import lru_cache
from typing import Any

from gapcheck.engines import HIDDEN_SIZE, RawDocument, RawLine, RawPage, hidden_warning, off_the_page
from gapcheck.errors import CorruptPDF, EncryptedPDF, InputTooLarge, MissingExtra
from gapcheck.line_boxes import group_lines, rejoin_pieces

CHAR_MARGIN = 2.0
INSTALL_HINT = 'pip install "gapcheck[pdfium]"'

# PDFium is not thread-safe: one document at a time in a process.
_LOCK = threading.Lock()
# PDFium ends a line with a generated "\r\n"; a lone \r or \n is a character of the file (Word for Mac
# writes its spaces as "\t\r \xa0").
_SEGMENT = re.compile(r"(?:[^\r\x02\ufffe]|\r(?!\n))+[\x02\ufffe]?|[\x02\ufffe]")
_BLANKS = " \t\r\n\u00a0\u2000\u2001\u2002\u2003\u2004\u2005\u2006\u2007\u2008\u2009\u200a\u200b\u3000"
_GAP = re.compile(f"[{_BLANKS}]+")
_SURROGATE = re.compile("[\ud800-\udfff]")
_FPDF_ERR_FORMAT, _FPDF_ERR_PASSWORD, _FPDF_ERR_SECURITY = 3, 4, 5
_Box = tuple[float, float, float, float]  # x0, top, x1, bottom on the displayed page


@lru_cache(maxsize=1)
def _pdfium() -> Any:
    """pypdfium2's raw PDFium bindings (importing pypdfium2 initialises the library once per process)."""
    try:
        import pypdfium2  # noqa: F401  (initialises PDFium)
        import pypdfium2.raw as raw
    except ImportError:
        raise MissingExtra(f"the pdfium engine needs pypdfium2; install it with: {INSTALL_HINT}") from None
    return raw


class _Calls:
    """The PDFium functions called once per word or line, without ctypes' argument conversion: pypdfium2's
    bindings check every argument's type, which costs twice the call itself, and these run about a
    thousand times a resume. New function objects at the same addresses (pypdfium2's own are untouched);
    every argument passed is already a ctypes pointer or an int."""

    def __init__(self, raw: Any) -> None:
        self.loose_char_box = self._unchecked(raw.FPDFText_GetLooseCharBox, ctypes.c_int)
        self.matrix = self._unchecked(raw.FPDFText_GetMatrix, ctypes.c_int)
        self.font_size = self._unchecked(raw.FPDFText_GetFontSize, ctypes.c_double)

    @staticmethod
    def _unchecked(function: Any, restype: Any) -> Any:
        address = ctypes.cast(function, ctypes.c_void_p).value
        return ctypes.CFUNCTYPE(restype)(address) if address else function


@lru_cache(maxsize=1)
def _calls() -> _Calls:
    return _Calls(_pdfium())


def available() -> bool:
    """Whether the pdfium engine can run here (pypdfium2 imports)."""
    try:
        _pdfium()
    except MissingExtra:
        return False
    return True


def installed() -> bool:
    """Whether pypdfium2 is installed, without importing it (cheap: for the process that only dispatches).

    A yes is remembered (looking the package up costs about 0.1 ms, paid on every PDF otherwise)."""
    if not _FOUND:
        import importlib.util

        if importlib.util.find_spec("pypdfium2") is not None:
            _FOUND.append(True)
    return bool(_FOUND)


_FOUND: list[bool] = []


def extract(path: str, password: str, max_pages: int) -> RawDocument:
    """Read every page's lines with their boxes (points from the page's top-left corner).

    Raises :class:`~gapcheck.errors.EncryptedPDF` (no or wrong password, unsupported encryption),
    :class:`~gapcheck.errors.CorruptPDF` (not a PDF PDFium can repair, no pages) and
    :class:`~gapcheck.errors.InputTooLarge` (more than ``max_pages`` pages, checked before any page is read).
    """
    raw = _pdfium()
    with _LOCK:
        document = raw.FPDF_LoadDocument(os.fsencode(path), password.encode("utf-8") if password else None)
        if not document:
            raise _load_error(path, password, raw.FPDF_GetLastError())
        try:
            count = raw.FPDF_GetPageCount(document)
            if count > max_pages:
                raise InputTooLarge(f"has {count} pages, over the {max_pages}-page limit; raise it with --max-pages", path=path)
            if count <= 0:
                raise CorruptPDF("has no pages; the file may be damaged", path=path)
            hidden: list[str] = []
            pages = tuple(_read_page(raw, document, index, path, hidden) for index in range(count))
        finally:
            raw.FPDF_CloseDocument(document)
    return RawDocument(pages=pages, warnings=hidden_warning(len(hidden)))


def _load_error(path: str, password: str, code: int) -> Exception:
    if code == _FPDF_ERR_PASSWORD:
        if password:
            return EncryptedPDF("the password is wrong; check it and try again", path=path)
        return EncryptedPDF("is protected by a password; give it with --password", path=path)
    if code == _FPDF_ERR_SECURITY:
        return EncryptedPDF("uses an encryption gapcheck cannot open (unsupported security handler); save an unprotected copy", path=path)
    if code == _FPDF_ERR_FORMAT:
        return CorruptPDF("is damaged or not a valid PDF (PDFium cannot repair it); re-export or re-download it", path=path)
    return CorruptPDF(f"could not be parsed (PDFium error {code}); re-export it as PDF", path=path)


def _read_page(raw: Any, document: Any, index: int, path: str, hidden: list[str]) -> RawPage:
    page = raw.FPDF_LoadPage(document, index)
    if not page:
        raise CorruptPDF(f"page {index + 1} could not be parsed; re-export it as PDF", path=path)
    try:
        frame = _PageFrame(raw, page)
        text_page = raw.FPDFText_LoadPage(page)
        if not text_page:
            raise CorruptPDF(f"the text of page {index + 1} could not be parsed; re-export it as PDF", path=path)
        try:
            lines = _page_lines(raw, text_page, frame, hidden)
        finally:
            raw.FPDFText_ClosePage(text_page)
    finally:
        raw.FPDF_ClosePage(page)
    return RawPage(number=index + 1, width=frame.width, height=frame.height, boxes=rejoin_pieces(group_lines(lines)))


class _PageFrame:
    """Maps PDF user space (origin bottom-left, y up) to the displayed page (origin top-left, y down),
    with the page's /Rotate applied."""

    def __init__(self, raw: Any, page: Any) -> None:
        rect = raw.FS_RECTF()
        if not raw.FPDF_GetPageBoundingBox(page, ctypes.byref(rect)):
            rect.left, rect.bottom = 0.0, 0.0
            rect.right, rect.top = raw.FPDF_GetPageWidthF(page), raw.FPDF_GetPageHeightF(page)
        self.left, self.bottom, self.right, self.top = rect.left, rect.bottom, rect.right, rect.top
        self.rotation = raw.FPDFPage_GetRotation(page) % 4
        width, height = self.right - self.left, self.top - self.bottom
        self.width, self.height = (height, width) if self.rotation % 2 else (width, height)

    def box(self, left: float, top: float, right: float, bottom: float) -> _Box:
        """(x0, top, x1, bottom) on the displayed page of a box given in user space."""
        r = self.rotation
        if r == 0:
            return left - self.left, self.top - top, right - self.left, self.top - bottom
        if r == 1:
            return bottom - self.bottom, left - self.left, top - self.bottom, right - self.left
        if r == 2:
            return self.right - right, bottom - self.bottom, self.right - left, top - self.bottom
        return self.top - top, self.right - right, self.top - bottom, self.right - left


def _page_text(raw: Any, text_page: Any, count: int) -> str:
    """The page's text with exactly one character per PDFium character index (a character outside the
    BMP is two indexes, so two surrogates here)."""
    buffer = (ctypes.c_ushort * (count + 1))()
    written = raw.FPDFText_GetText(text_page, 0, count, buffer)
    text = ctypes.string_at(buffer, max(written - 1, 0) * 2).decode("utf-16-le", "surrogatepass")
    if len(text) == count:
        return text
    # Characters outside the BMP are two indexes (a surrogate pair), or PDFium left characters out.
    units = [raw.FPDFText_GetUnicode(text_page, k) for k in range(count)]
    return "".join(chr(u) if u < 0x110000 else "\ufffd" for u in units)


def _page_lines(raw: Any, text_page: Any, frame: _PageFrame, hidden: list[str]) -> list[RawLine]:
    """The page's lines, pdfminer's way; lines too small to read go to ``hidden`` instead."""
    count = raw.FPDFText_CountChars(text_page)
    if count <= 0:
        return []
    text = _page_text(raw, text_page, count)
    rect = raw.FS_RECTF()
    ref = ctypes.byref(rect)
    calls = _calls()
    get_box = calls.loose_char_box
    left, top = frame.left, frame.top

    def fetch(k: int) -> _Box:
        get_box(text_page, k, ref)
        return frame.box(rect.left, rect.top, rect.right, rect.bottom)

    def fetch_upright(k: int) -> _Box:  # the common case, without the rotation
        get_box(text_page, k, ref)
        return (rect.left - left, top - rect.top, rect.right - left, top - rect.bottom)

    if frame.rotation == 0:
        fetch = fetch_upright

    matrix = raw.FS_MATRIX()
    matrix_ref = ctypes.byref(matrix)

    def size(k: int) -> float:
        # pdfminer's line height: the font size scaled by the character's matrix (PDFium's own box is the
        # font's ascent to descent, taller by a font-dependent factor, which would change the grouping).
        calls.matrix(text_page, k, matrix_ref)
        return float(calls.font_size(text_page, k)) * math.hypot(matrix.c, matrix.d)

    lines: list[RawLine] = []

    def add(start: int, stop: int, first: _Box, end: _Box, bottom: float) -> None:
        if 0 < (height := size(start)) < HIDDEN_SIZE or off_the_page(first[0], end[2], first[1], bottom, frame.width, frame.height):
            hidden.append(text[start:stop])  # text too small to see or drawn off the page: hidden keywords
        else:
            lines.append(_line(text, start, stop, first, end, height, bottom))

    gaps = _GAP.finditer
    for segment in _SEGMENT.finditer(text):
        content = segment.group()
        start = segment.start() + len(content) - len(content.lstrip(_BLANKS))
        stop = segment.end() - len(content) + len(content.rstrip(_BLANKS))
        if start >= stop:
            continue
        piece = start
        first = last = fetch(start)  # the boxes of the piece's first character and of character `at`
        at = start
        bottom = first[3]
        for gap in gaps(text, start, stop):
            g0, g1 = gap.span()
            prev = last if at == g0 - 1 else fetch(g0 - 1)
            nxt = last = fetch(g1)
            at = g1
            if g1 - g0 == 1:
                prev_width, next_width = prev[2] - prev[0], nxt[2] - nxt[0]
                margin = CHAR_MARGIN * (next_width if next_width < prev_width else prev_width)
                if nxt[0] >= prev[0]:
                    narrow = nxt[0] - prev[2] < margin
                else:  # a step back to the left: an accent over the same row, or the next row PDFium ran on
                    overlap = min(prev[3], nxt[3]) - max(prev[1], nxt[1])
                    narrow = prev[0] - nxt[2] < margin and overlap > 0.5 * min(prev[3] - prev[1], nxt[3] - nxt[1])
            else:
                narrow = False
            if not narrow and _wide_gap(fetch, g0, g1, prev, nxt):
                add(piece, g0, first, prev, max(bottom, prev[3]))
                piece, first, bottom = g1, nxt, nxt[3]
                continue
            # most gaps are a space between two words: the line's bottom is the lowest of its characters
            if prev[3] > bottom:
                bottom = prev[3]
            if nxt[3] > bottom:
                bottom = nxt[3]
        end = last if at == stop - 1 else fetch(stop - 1)
        add(piece, stop, first, end, bottom)
    return lines


def _wide_gap(box: Callable[[int], _Box], g0: int, g1: int, prev: _Box, nxt: _Box) -> bool:
    """pdfminer's line break between two characters, along the chain from the last character before a
    run of spaces through the spaces in the file to the first character after it: a step wider than
    ``CHAR_MARGIN`` times the wider of its two characters. (PDFium's generated spaces have no width and
    are not characters to pdfminer.)"""
    chain = [prev]
    chain.extend(b for b in map(box, range(g0, g1)) if b[2] - b[0] > 0.01)
    chain.append(nxt)
    for a, b in itertools.pairwise(chain):
        distance = max(b[0] - a[2], a[0] - b[2])
        if distance >= CHAR_MARGIN * max(a[2] - a[0], b[2] - b[0]):
            return True
    return False


def _line(text: str, start: int, stop: int, first: _Box, end: _Box, size: float, bottom: float) -> RawLine:
    """The line ``text[start:stop]``, whose first and last characters' boxes are ``first`` and ``end``."""
    bottom = max(bottom, first[3], end[3])
    top = bottom - size if size > 0 else min(first[1], end[1])
    content = text[start:stop]
    if content[-1] in "\x02\ufffe":
        content = content[:-1] + "-"
    content = content.replace("\t", " ")
    if not content.isascii() and _SURROGATE.search(content):
        content = content.encode("utf-16-le", "surrogatepass").decode("utf-16-le", "replace")
    return RawLine(text=content, x0=min(first[0], end[0]), top=top, x1=max(first[2], end[2]), bottom=bottom)
