"""What a PDF engine (pdfminer.six, pypdfium2, OCR) hands back: raw positioned text, page by page.

Engines run inside the isolated worker (``gapcheck.sandbox``) and return plain, picklable data; reading
order, normalization, sections and positions are then built from it once, the same way for every engine
(``gapcheck.pdf_layout`` and ``gapcheck.reader``). Coordinates are points from the page's top-left corner.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import NamedTuple

# Text set smaller than this (points) is no text a reader can see: a block of keywords hidden for screening software
# ("white 2 pt keywords" under a resume). Engines leave such lines out; the smallest printed notes are 5 to 6 points.
HIDDEN_SIZE = 3.0


def hidden_warning(count: int) -> tuple[str, ...]:
    """The warning for ``count`` lines left out as too small to read or drawn off the page (none for none)."""
    if not count:
        return ()
    lines = "line" if count == 1 else "lines"
    return (
        f"left out {count} {lines} of text set under {HIDDEN_SIZE:g} pt, too small to read, or drawn off the page: hidden "
        "keywords count for nothing",
    )


def off_the_page(x0: float, x1: float, top: float, bottom: float, width: float, height: float) -> bool:
    """Whether a line (its box in points from the page's top left) lies wholly outside the page, where no reader sees it."""
    return x0 >= width or x1 <= 0 or top >= height or bottom <= 0


class RawLine(NamedTuple):
    """A line of text as the engine found it (not normalized), with its box; ``confidence`` for OCR.

    A named tuple, not a dataclass: a resume has hundreds of lines, made in the reader process and sent back
    pickled, and a tuple is several times cheaper to build and to unpickle."""

    text: str
    x0: float
    top: float
    x1: float
    bottom: float
    confidence: float | None = None


@dataclass(frozen=True)
class RawBox:
    """A group of lines the engine put together (a text box or paragraph), in top-to-bottom order."""

    lines: tuple[RawLine, ...]

    @property
    def x0(self) -> float:
        """Left edge."""
        return min(line.x0 for line in self.lines)

    @property
    def x1(self) -> float:
        """Right edge."""
        return max(line.x1 for line in self.lines)

    @property
    def top(self) -> float:
        """Top edge."""
        return min(line.top for line in self.lines)

    @property
    def bottom(self) -> float:
        """Bottom edge."""
        return max(line.bottom for line in self.lines)


@dataclass(frozen=True)
class RawPage:
    """One page: its number (1-based), size in points, and its text boxes in any order."""

    number: int
    width: float
    height: float
    boxes: tuple[RawBox, ...]
    ocr: bool = False


@dataclass(frozen=True)
class RawDocument:
    """Everything an engine read from one file."""

    pages: tuple[RawPage, ...]
    warnings: tuple[str, ...] = field(default=())

    def __reduce__(self) -> tuple[object, tuple[object, ...]]:
        # sent from the reader process as nested plain tuples: a third of the cost of pickling the objects
        pages = tuple((p.number, p.width, p.height, p.ocr, tuple(tuple(map(tuple, b.lines)) for b in p.boxes)) for p in self.pages)
        return _rebuild, (pages, self.warnings)


_Packed = tuple[tuple[int, float, float, bool, tuple[tuple[tuple[str, float, float, float, float, float | None], ...], ...]], ...]


def _rebuild(pages: _Packed, warnings: tuple[str, ...]) -> RawDocument:
    line = RawLine._make
    return RawDocument(
        pages=tuple(
            RawPage(number, width, height, tuple(RawBox(tuple(map(line, box))) for box in boxes), ocr)
            for number, width, height, ocr, boxes in pages
        ),
        warnings=warnings,
    )
