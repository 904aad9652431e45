"""The default PDF engine: pdfminer.six lays out each page into text boxes and lines with their positions.

``extract`` runs inside the isolated worker (:mod:`gapcheck.sandbox`) when limits are set, and returns plain
data (:class:`~gapcheck.engines.RawDocument`); reading order and normalization happen once, in
:mod:`gapcheck.layout`, the same way for every engine.
"""

from __future__ import annotations

import functools
import logging
import math
import unicodedata
from collections.abc import Iterable, Iterator
from pathlib import Path
from typing import Any

from gapcheck.engines import HIDDEN_SIZE, RawBox, RawDocument, RawLine, RawPage, hidden_warning, off_the_page
from gapcheck.errors import CorruptPDF, EncryptedPDF, InputTooLarge
from gapcheck.line_boxes import rejoin_pieces

# The library must not print: without a handler, pdfminer's warnings ("should not allow text
# extraction", ...) would reach stderr through logging's last-resort handler.
logging.getLogger("pdfminer").addHandler(logging.NullHandler())


def extract(path: str, password: str, max_pages: int) -> RawDocument:
    """Every page's text boxes and lines, with positions (points from the top-left corner).

    Raises :class:`~gapcheck.errors.EncryptedPDF`, :class:`~gapcheck.errors.CorruptPDF` or
    :class:`~gapcheck.errors.InputTooLarge` (over ``max_pages``, refused before any page is laid out).
    """
    from pdfminer.layout import LAParams
    from pdfminer.pdfdocument import PDFEncryptionError, PDFPasswordIncorrect
    from pdfminer.pdfparser import PDFSyntaxError
    from pdfminer.psexceptions import PSException

    file = Path(path)
    pages: list[RawPage] = []
    hidden: list[str] = []
    try:
        with file.open("rb") as handle:
            for number, layout in enumerate(_layouts(file, handle, password, LAParams(all_texts=True), max_pages), 1):
                width, height = float(layout.width), float(layout.height)
                drawn: set[tuple[str, int, int]] = set()
                boxes = rejoin_pieces(
                    [box for item in _text_boxes(layout) if (box := _raw_box(item, width, height, drawn, hidden)) is not None]
                )
                pages.append(RawPage(number=number, width=width, height=height, boxes=boxes))
    except PDFPasswordIncorrect:
        if password:
            raise EncryptedPDF("the password is wrong; check it and try again", path=file) from None
        raise EncryptedPDF("is protected by a password; give it with --password", path=file) from None
    except PDFEncryptionError as exc:
        raise EncryptedPDF(f"uses an encryption gapcheck cannot open ({exc}); save an unprotected copy", path=file) from None
    except (PDFSyntaxError, PSException) as exc:
        raise CorruptPDF(f"is damaged or not a valid PDF ({short(exc)}); re-export or re-download it", path=file) from None
    except (CorruptPDF, InputTooLarge):
        raise
    except (
        ValueError,
        TypeError,
        KeyError,
        IndexError,
        AttributeError,
        AssertionError,
        RecursionError,
        ZeroDivisionError,
        OverflowError,
        UnicodeError,
        NotImplementedError,
        OSError,
    ) as exc:
        raise CorruptPDF(f"could not be parsed ({type(exc).__name__}: {short(exc)}); re-export it as PDF", path=file) from None
    if not pages:
        raise CorruptPDF("has no pages; the file may be damaged", path=file)
    return RawDocument(pages=tuple(pages), warnings=hidden_warning(len(hidden)))


def short(exc: BaseException) -> str:
    """An exception's message on one printable line of at most 120 characters."""
    text = "".join(ch if ch.isprintable() else " " for ch in str(exc)[:1000])
    text = " ".join(text.split()) or type(exc).__name__
    return text[:120]


def _layouts(file: Path, handle: Any, password: str, laparams: Any, max_pages: int) -> Iterator[Any]:
    """Lay out each page; refuse a document over ``max_pages`` before laying out any page."""
    from pdfminer.pdfdocument import PDFDocument
    from pdfminer.pdfinterp import PDFPageInterpreter, PDFResourceManager
    from pdfminer.pdfpage import PDFPage
    from pdfminer.pdfparser import PDFParser
    from pdfminer.pdftypes import resolve1

    def too_many(count: int) -> InputTooLarge:
        return InputTooLarge(f"has {count} pages, over the {max_pages}-page limit; raise it with --max-pages", path=file)

    document = PDFDocument(PDFParser(handle), password=password, caching=True)
    declared = resolve1(resolve1(document.catalog.get("Pages")) or {}).get("Count") if document.catalog else None
    if isinstance(declared, int) and declared > max_pages:
        raise too_many(declared)
    manager = PDFResourceManager(caching=True)
    device = _actual_text_aggregator()(manager, laparams=laparams)
    interpreter = PDFPageInterpreter(manager, device)
    for number, page in enumerate(PDFPage.create_pages(document), start=1):
        if number > max_pages:
            raise too_many(number if not isinstance(declared, int) else max(declared, number))
        interpreter.process_page(page)
        yield device.get_result()


@functools.cache
def _actual_text_aggregator() -> type:
    """pdfminer's page aggregator that reads what a marked span says its glyphs are (``/ActualText``): macOS Quartz
    (Pages, Word for Mac) draws "ti" and "tf" as one ligature glyph its font maps to no letter, so pdfminer read
    "Scientist" as "ScienNst"; the span around the glyph says "ti" (PDFium and MuPDF read it so)."""
    from pdfminer.converter import PDFPageAggregator
    from pdfminer.layout import LTChar
    from pdfminer.utils import decode_text

    class ActualTextAggregator(PDFPageAggregator):
        def __init__(self, *args: Any, **kwargs: Any) -> None:
            super().__init__(*args, **kwargs)
            self._spans: list[tuple[str, Any, int] | None] = []

        def begin_tag(self, tag: Any, props: Any = None) -> None:
            actual = props.get("ActualText") if isinstance(props, dict) else None
            if isinstance(actual, bytes):
                actual = decode_text(actual)
            if isinstance(actual, str) and _readable(actual):
                self._spans.append((actual, self.cur_item, len(self.cur_item._objs)))
            else:
                self._spans.append(None)

        def end_tag(self) -> None:
            span = self._spans.pop() if self._spans else None
            if span is None:
                return
            actual, container, begin = span
            if container is not self.cur_item:  # a figure opened or closed inside the span: leave it as drawn
                return
            drawn = [item for item in container._objs[begin:] if isinstance(item, LTChar)]
            # a ligature's letters (two or three a glyph) or a symbol: not fewer letters than glyphs, nor an icon's
            # name ("place" for a map pin, "Date:" for a calendar) said for one glyph
            if not drawn or not len(drawn) <= len(actual) <= _LETTERS_A_GLYPH * len(drawn):
                return
            drawn[0]._text = actual
            gone = {id(item) for item in drawn[1:]}
            container._objs[begin:] = [item for item in container._objs[begin:] if id(item) not in gone]

    return ActualTextAggregator


def _readable(actual: str) -> bool:
    """Whether a span's ``/ActualText`` is text to read in place of its glyphs: a ligature's letters or a symbol, not
    an invisible mark (a soft hyphen for a line-end hyphen, zero-width spaces and direction marks Google Docs puts
    around its lines), nor a whole replaced line."""
    return bool(actual.strip()) and len(actual) <= _ACTUAL_TEXT_LIMIT and not any(unicodedata.category(ch)[0] == "C" for ch in actual)


_ACTUAL_TEXT_LIMIT = 16
_LETTERS_A_GLYPH = 3


def _text_boxes(container: Iterable[Any]) -> Iterator[Any]:
    from pdfminer.layout import LTFigure, LTTextBox, LTTextLine

    for item in container:
        if isinstance(item, (LTTextBox, LTTextLine)):
            yield item
        elif isinstance(item, LTFigure):
            yield from _text_boxes(item)


def _raw_box(box: Any, width: float, height: float, drawn: set[tuple[str, int, int]], hidden: list[str]) -> RawBox | None:
    """The box's lines; a line the page already drew within about a point of the same place (``drawn``: each line
    drawn, by its text and the 1-point cell its start falls in) is left out, and so is one too small to read or drawn
    wholly off the page (added to ``hidden``)."""
    from pdfminer.layout import LTTextLine

    members = [box] if isinstance(box, LTTextLine) else [line for line in box if isinstance(line, LTTextLine)]
    lines: list[RawLine] = []
    for line in members:
        text = _text_once(line)
        x, y = math.floor(line.x0), math.floor(line.y0)
        if not text.strip():
            continue
        if _hidden(line) or off_the_page(line.x0, line.x1, height - line.y1, height - line.y0, width, height):
            hidden.append(text)
            continue
        if any((text, x + dx, y + dy) in drawn for dx in (-1, 0, 1) for dy in (-1, 0, 1)):
            continue
        drawn.add((text, x, y))
        lines.append(RawLine(text=text, x0=float(line.x0), top=height - float(line.y1), x1=float(line.x1), bottom=height - float(line.y0)))
    return RawBox(tuple(lines)) if lines else None


def _hidden(line: Any) -> bool:
    """Whether the line's characters are all set too small to read (:data:`~gapcheck.engines.HIDDEN_SIZE`)."""
    from pdfminer.layout import LTChar

    sizes = [item.size for item in line if isinstance(item, LTChar) and item.get_text().strip()]
    return bool(sizes) and max(sizes) < HIDDEN_SIZE


@functools.cache
def _dingbats(fontname: str) -> bool:
    """Whether a font is a Dingbats font (asked once per font name, not per glyph)."""
    return "dingbats" in str(fontname).lower()


def _text_once(line: Any) -> str:
    """A line's text, each glyph once: some producers fake bold by drawing a word several times a fraction of a
    point apart, which pdfminer reads as "MiamiMiamiMiami" (PDFium drops such copies too). A glyph of a Dingbats font
    read as a letter or a digit (ZapfDingbats' square bullet comes out as "n") is a bullet."""
    from pdfminer.layout import LTChar

    parts: list[str] = []
    seen: set[tuple[str, int, int]] = set()
    for item in line:
        text = item.get_text()
        if isinstance(item, LTChar):
            key = (text, round(item.x0), round(item.y0))
            if key in seen:
                continue
            seen.add(key)
            if text.isascii() and text.isalnum() and _dingbats(item.fontname):
                text = "•"
        parts.append(text)
    return "".join(parts)
