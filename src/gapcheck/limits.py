"""The limits every entry point applies by default (CLI, library, batch, Dask), defined once.

A resume is untrusted input: reading it is bounded in time, memory, size and pages unless the caller asks
for no limits (``Limits.none()``). The CLI options map onto these fields (``--timeout``, ``--max-size``,
``--max-pages``, ``--ocr-max-pages``, ``--ocr-page-timeout``).
"""

from __future__ import annotations

import math
from dataclasses import dataclass, replace

DEFAULT_MAX_PAGES = 50
DEFAULT_MAX_BYTES = 50 * 1024 * 1024
DEFAULT_TIMEOUT = 60.0
DEFAULT_MAX_MEMORY = 1024 * 1024 * 1024
MAX_TEXT_CHARS = 2_000_000
DEFAULT_OCR_MAX_PAGES = 20
DEFAULT_OCR_PAGE_TIMEOUT = 120.0


@dataclass(frozen=True)
class Limits:
    """Bounds on reading one file.

    ``timeout`` (seconds) and ``max_memory`` (bytes beyond the worker's start) apply to the isolated worker
    that parses the file; ``None`` means no limit. ``max_bytes`` and ``max_pages`` are checked before any
    parsing; ``max_chars`` bounds the text of a document.

    OCR (the ``ocr`` extra) recognises at most ``ocr_max_pages`` pages of a file (scanned PDF pages, or the
    pages of an image) and gives each ``ocr_page_timeout`` seconds (``None``: no limit); a file over either is
    an error. The worker that recognises a file may take the per-page time for each page (plus loading the
    models) even when that is longer than ``timeout``.
    """

    timeout: float | None = DEFAULT_TIMEOUT
    max_memory: int | None = DEFAULT_MAX_MEMORY
    max_bytes: int = DEFAULT_MAX_BYTES
    max_pages: int = DEFAULT_MAX_PAGES
    max_chars: int = MAX_TEXT_CHARS
    ocr_max_pages: int = DEFAULT_OCR_MAX_PAGES
    ocr_page_timeout: float | None = DEFAULT_OCR_PAGE_TIMEOUT

    def __post_init__(self) -> None:
        if self.timeout is not None and not (self.timeout > 0 and math.isfinite(self.timeout)):
            raise ValueError("timeout must be a positive, finite number of seconds (or None for no limit)")
        if self.max_memory is not None and self.max_memory <= 0:
            raise ValueError("max_memory must be positive (or None for no limit)")
        if self.max_bytes <= 0 or self.max_pages <= 0 or self.max_chars <= 0:
            raise ValueError("max_bytes, max_pages and max_chars must be positive")
        if isinstance(self.ocr_max_pages, bool) or not isinstance(self.ocr_max_pages, int) or self.ocr_max_pages <= 0:
            raise ValueError("ocr_max_pages must be a positive whole number of pages")
        if self.ocr_page_timeout is not None and not (self.ocr_page_timeout > 0 and math.isfinite(self.ocr_page_timeout)):
            raise ValueError("ocr_page_timeout must be a positive, finite number of seconds (or None for no limit)")

    @property
    def isolated(self) -> bool:
        """Whether reading runs in an isolated worker process (any time or memory limit set)."""
        return self.timeout is not None or self.max_memory is not None

    @classmethod
    def none(cls) -> Limits:
        """No time or memory limit (nor an OCR time limit per page): files are read in this process (trusted input only)."""
        return cls(timeout=None, max_memory=None, ocr_page_timeout=None)

    def with_(self, **changes: object) -> Limits:
        """A copy with some fields changed."""
        return replace(self, **changes)  # type: ignore[arg-type]


DEFAULT_LIMITS = Limits()
