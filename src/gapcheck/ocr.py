"""The OCR engine (``pip install "gapcheck[ocr]"``): scanned PDF pages and resume images become positioned lines.

Recognition is RapidOCR's ONNX pipeline (PP-OCR text detection and recognition; the models ship inside the
``rapidocr`` wheel, run by ``onnxruntime``: nothing is downloaded, no system package is needed), and PDF
pages are rendered with pypdfium2. Pages are rendered and recognised one at a time, so memory stays that of
one page whatever the page count. Every recognised line keeps its box (points from the page's top-left
corner) and the engine's confidence (0..1); lines become boxes with the same rule as the other engines
(``gapcheck.line_boxes``), so reading order, sections and evidence work unchanged.

Limits: a page cap per file and a time limit per page (``Limits.ocr_max_pages`` and ``Limits.ocr_page_timeout``,
``--ocr-max-pages`` and ``--ocr-page-timeout``; the time is checked after each page, and the isolated worker
running this is killed when every page has used its time), and images of more than ``MAX_PIXELS`` pixels (a
page is rendered at a lower resolution rather than over it; an image file over it is refused: an image bomb).
The models are loaded once per process (``_engine``).
"""

from __future__ import annotations

import math
import time
import warnings
from collections.abc import Iterator, Sequence
from functools import lru_cache
from pathlib import Path
from typing import Any

from gapcheck.engines import RawDocument, RawLine, RawPage
from gapcheck.errors import CorruptPDF, EncryptedPDF, InputTimeout, InputTooLarge, MissingExtra, UnsupportedFormat
from gapcheck.limits import DEFAULT_OCR_MAX_PAGES, DEFAULT_OCR_PAGE_TIMEOUT
from gapcheck.line_boxes import group_lines

INSTALL_HINT = 'pip install "gapcheck[ocr]"'
DEFAULT_DPI = 200
"""Resolution PDF pages are rendered at for recognition."""
MAX_PIXELS = 60_000_000
"""Largest image recognised (an A3 page at 300 dpi is 17.4 million pixels)."""
MIN_DPI = 100
"""A page that only fits under MAX_PIXELS below this resolution is refused (its text would be unreadable)."""
IMAGE_SUFFIXES = frozenset({".png", ".jpg", ".jpeg", ".tif", ".tiff"})
_DETECTION_SIDE = 1600
_THREADS = 1
_PACKAGES = ("rapidocr", "onnxruntime", "pypdfium2", "PIL", "numpy")


def available() -> bool:
    """Whether the OCR extra is installed (its packages import; the models are not loaded)."""
    try:
        _modules()
    except MissingExtra:
        return False
    return True


def installed() -> bool:
    """Whether the OCR extra's packages are installed, without importing them (cheap: for the process that
    only dispatches; :func:`available` imports them)."""
    import importlib.util

    return all(importlib.util.find_spec(name) is not None for name in _PACKAGES)


@lru_cache(maxsize=1)
def _modules() -> tuple[Any, Any]:
    try:
        import pypdfium2
        import rapidocr
    except ImportError:
        raise MissingExtra(f"reading scans and images needs the OCR extra; install it with: {INSTALL_HINT}") from None
    return rapidocr, pypdfium2


@lru_cache(maxsize=1)
def _engine() -> Any:
    """The recognition pipeline, loaded once per process (a second or two: three ONNX models)."""
    import logging

    rapidocr, _ = _modules()
    engine = rapidocr.RapidOCR(
        params={
            "Global.log_level": "critical",
            "Global.use_cls": False,  # upright pages: the orientation classifier only costs time
            "Det.limit_type": "max",
            "Det.limit_side_len": _DETECTION_SIDE,
            # One thread per model: ONNX Runtime's default pool (a thread per core) spins while it waits, which on
            # shared or busy cores costs more CPU than the second thread saves; files run in parallel through the
            # batch's --workers and Dask workers instead.
            "EngineConfig.onnxruntime.intra_op_num_threads": _THREADS,
            "EngineConfig.onnxruntime.inter_op_num_threads": _THREADS,
        }
    )
    # The library must not print: RapidOCR logs through its own handlers.
    for name in ("RapidOCR", "rapidocr"):
        logger = logging.getLogger(name)
        logger.setLevel(logging.CRITICAL)
        logger.propagate = False
    return engine


def recognise_pdf_pages(
    path: str,
    password: str,
    pages: list[int],
    dpi: int = DEFAULT_DPI,
    page_timeout: float | None = DEFAULT_OCR_PAGE_TIMEOUT,
    max_pages: int = DEFAULT_OCR_MAX_PAGES,
) -> RawDocument:
    """Render the given pages (1-based) of a PDF and recognise their text; the pages come back with
    ``ocr=True`` in the order asked. Raises :class:`~gapcheck.errors.InputTooLarge` for more than
    ``max_pages`` pages to recognise, :class:`~gapcheck.errors.InputTimeout` for a page over ``page_timeout``."""
    _, pdfium = _modules()
    if len(pages) > max_pages:
        raise too_many_pages(path, len(pages), max_pages, scanned=True)
    try:
        document = pdfium.PdfDocument(path, password=password or None)
    except pdfium.PdfiumError as exc:
        raise _open_error(path, password, str(exc)) from None
    out: list[RawPage] = []
    try:
        count = len(document)
        for number in pages:
            if not 1 <= number <= count:
                raise ValueError(f"page {number} is not in the document (1..{count})")
            page = document[number - 1]
            try:
                width, height = page.get_size()
                scale = _render_scale(path, width, height, dpi)
                started = time.monotonic()
                bitmap = page.render(scale=scale, grayscale=True)
                try:
                    image = bitmap.to_numpy()
                    lines = _recognise(image, 1 / scale)
                finally:
                    bitmap.close()
                _check_time(path, number, started, page_timeout)
            finally:
                page.close()
            out.append(RawPage(number=number, width=width, height=height, boxes=group_lines(lines), ocr=True))
    finally:
        document.close()
    return RawDocument(pages=tuple(out))


def recognise_image(
    path: str, max_pages: int = DEFAULT_OCR_MAX_PAGES, page_timeout: float | None = DEFAULT_OCR_PAGE_TIMEOUT, *, dpi: int | None = None
) -> RawDocument:
    """Recognise a PNG, JPEG or TIFF resume: one page per image (per frame of a multi-page TIFF).

    Page sizes are in points at the image's own resolution (``dpi`` overrides it; 300 when it has none).
    Raises :class:`~gapcheck.errors.InputTooLarge` for an image over ``MAX_PIXELS`` pixels or more frames
    than ``max_pages``, before decoding any pixels.
    """
    _modules()
    from PIL import Image, ImageSequence, UnidentifiedImageError

    try:
        with warnings.catch_warnings():
            # Pillow's own check warns below twice its limit; the size is checked here, per frame.
            warnings.simplefilter("ignore", Image.DecompressionBombWarning)
            image = Image.open(path)
        with image:
            frames = getattr(image, "n_frames", 1)
            if frames > max_pages:
                raise too_many_pages(path, frames, max_pages, scanned=False)
            pages: list[RawPage] = []
            for number, frame in enumerate(ImageSequence.Iterator(image), start=1):
                _check_pixels(path, frame.size)
                resolution = dpi or _image_dpi(frame)
                started = time.monotonic()
                grey = frame.convert("L")
                lines = _recognise(_as_array(grey), 72 / resolution)
                _check_time(path, number, started, page_timeout)
                width, height = (side * 72 / resolution for side in frame.size)
                pages.append(RawPage(number=number, width=width, height=height, boxes=group_lines(lines), ocr=True))
    except Image.DecompressionBombError:
        raise InputTooLarge(
            "is an image of too many pixels to decode; it may be an image bomb - scale it down",
            path=path,
        ) from None
    except UnidentifiedImageError:
        raise UnsupportedFormat("is not an image gapcheck can read (PNG, JPEG or TIFF)", path=path) from None
    except (OSError, SyntaxError, ValueError) as exc:
        if isinstance(exc, (InputTooLarge, InputTimeout)):
            raise
        raise CorruptPDF(f"is a damaged image ({type(exc).__name__}); re-export it", path=path) from None
    return RawDocument(pages=tuple(pages))


def image_frames(path: str) -> int:
    """How many pages (frames) an image file has, read from its header (no pixels decoded)."""
    _modules()
    from PIL import Image, UnidentifiedImageError

    try:
        with warnings.catch_warnings():
            warnings.simplefilter("ignore", Image.DecompressionBombWarning)
            with Image.open(path) as image:
                return int(getattr(image, "n_frames", 1))
    except Image.DecompressionBombError:
        raise InputTooLarge("is an image of too many pixels to decode; it may be an image bomb - scale it down", path=path) from None
    except UnidentifiedImageError:
        raise UnsupportedFormat("is not an image gapcheck can read (PNG, JPEG or TIFF)", path=path) from None
    except (OSError, SyntaxError, ValueError) as exc:
        raise CorruptPDF(f"is a damaged image ({type(exc).__name__}); re-export it", path=path) from None


def too_many_pages(path: str | Path, count: int, cap: int, *, scanned: bool) -> InputTooLarge:
    """The error for a file with more pages to recognise than the OCR page cap (``--ocr-max-pages``)."""
    what = "scanned pages" if scanned else "pages (images)"
    return InputTooLarge(f"has {count} {what}, over the {cap}-page OCR limit; raise it with --ocr-max-pages, or split the file", path=path)


def _open_error(path: str, password: str, message: str) -> Exception:
    if "password" in message.lower():
        if password:
            return EncryptedPDF("the password is wrong; check it and try again", path=path)
        return EncryptedPDF("is protected by a password; give it with --password", path=path)
    return CorruptPDF("is damaged or not a valid PDF (PDFium cannot repair it); re-export or re-download it", path=path)


def _render_scale(path: str, width: float, height: float, dpi: int) -> float:
    """Points to pixels for rendering a page at ``dpi``, lowered to stay under MAX_PIXELS."""
    scale = dpi / 72
    if width * height * scale * scale > MAX_PIXELS:
        scale = math.sqrt(MAX_PIXELS / max(width * height, 1.0))
        if scale * 72 < MIN_DPI:
            raise InputTooLarge(
                f"has a page of {width / 72:.0f} x {height / 72:.0f} inches, too large to recognise; it may be built to "
                "exhaust memory - re-export it at a normal page size",
                path=path,
            )
    return scale


def _check_pixels(path: str, size: tuple[int, int]) -> None:
    width, height = size
    if width * height > MAX_PIXELS:
        raise InputTooLarge(
            f"is an image of {width} x {height} pixels, over the {MAX_PIXELS // 1_000_000}-million-pixel limit; it may be an "
            "image bomb - scale it down",
            path=path,
        )


def _check_time(path: str, number: int, started: float, page_timeout: float | None) -> None:
    if page_timeout is not None and time.monotonic() - started > page_timeout:
        raise InputTimeout(
            f"recognising page {number} took longer than the {page_timeout:g} s OCR time limit per page; raise it with "
            "--ocr-page-timeout (a damaged or huge scan can take very long)",
            path=path,
        )


def _image_dpi(image: Any) -> float:
    info = image.info.get("dpi")
    try:
        value = float(info[0]) if info else 0.0
    except (TypeError, ValueError, IndexError):
        value = 0.0
    return value if 50 <= value <= 2400 else 300.0


def _as_array(image: Any) -> Any:
    import numpy as np

    return np.asarray(image, dtype=np.uint8)


def _recognise(image: Any, points_per_pixel: float) -> list[RawLine]:
    """The text lines of one greyscale page image, boxes in points."""
    if image.ndim == 3:
        image = image[:, :, 0]
    result = _engine()(image)
    return list(_lines(result, points_per_pixel))


def _lines(result: Any, k: float) -> Iterator[RawLine]:
    boxes: Sequence[Any] | None = getattr(result, "boxes", None)
    if boxes is None:
        return
    for polygon, text, score in zip(boxes, result.txts, result.scores, strict=False):
        text = str(text).strip()
        if not text:
            continue
        xs = [float(point[0]) for point in polygon]
        ys = [float(point[1]) for point in polygon]
        yield RawLine(
            text=text, x0=min(xs) * k, top=min(ys) * k, x1=max(xs) * k, bottom=max(ys) * k, confidence=max(0.0, min(1.0, float(score)))
        )
