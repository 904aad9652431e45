"""Quoting evidence: the sentence or bullet of a resume that holds a skill's match.

A PDF line is often a fragment ("algorithms. Utilized TensorFlow to ...", or a bullet whose skill sits on the
line it wraps onto). The quote joins the lines a bullet or sentence wraps over (consecutive lines of the same
block of the :class:`~gapcheck.document.Document`), keeps the sentence that holds the match, and shortens it
around the match when it is long, never cutting the match itself.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from functools import lru_cache
from typing import Protocol

MAX_QUOTE_CHARS = 160
# a bullet or sentence rarely wraps over more lines; a block without bullets or full stops stops here
_MAX_LINES_AROUND = 6
_ELLIPSIS = "…"
# a line that starts a new item: a bullet, "1." / "(2)", or a label such as "Languages:"
_BULLET_START = re.compile(r"^\s*(?:[-–—*•·▪●◦‣⁃■□➢►▶✓✔]|\(?\d{1,2}[.)]\s|[A-Z][\w/&+ -]{0,30}:\s)")
_MARKER = re.compile(r"^\s*[-–—*•·▪●◦‣⁃■□➢►▶✓✔]\s*")
# a sentence ends at . ! ? or ; followed by a space and a capital, digit, quote or bullet
_SENTENCE_END = re.compile(r"(?<=[.!?;])\s+(?=[\"'“(]?[A-Z0-9•·▪●◦-])")
_ABBREVIATIONS = re.compile(r"(?:\b(?:e\.g|i\.e|etc|vs|approx|incl|Inc|Ltd|Co|Corp|Dr|Mr|Ms|Mrs|Jr|Sr|St|No|Fig)\.|\b[A-Z]\.)$")


class _Line(Protocol):
    @property
    def text(self) -> str: ...

    @property
    def block(self) -> int: ...


class _Lines(Protocol):
    @property
    def lines(self) -> Sequence[_Line]: ...


def quote(document: _Lines, line_index: int, matched_text: str, *, limit: int = MAX_QUOTE_CHARS) -> str:
    """The sentence or bullet around ``matched_text`` on line ``line_index`` of ``document.lines``.

    Lines of the same block that the bullet or sentence wraps over are joined with spaces; a quote longer than
    ``limit`` characters is shortened at word boundaries on both sides of the match (marked with "…"), and
    always contains the whole match.
    """
    lines = document.lines
    if not 0 <= line_index < len(lines):
        return matched_text
    first, last = _span(lines, line_index)
    parts = [lines[k].text.strip() for k in range(first, last + 1)]
    text = " ".join(p for p in parts if p)
    offset = sum(len(p) + 1 for p in parts[: line_index - first] if p)
    start, end = _locate(text, matched_text, offset, len(parts[line_index - first]))
    s_start, s_end = _sentence(text, start, end)
    return _shorten(text, s_start, s_end, start, end, limit)


def _span(lines: Sequence[_Line], index: int) -> tuple[int, int]:
    """First and last line of the bullet holding line ``index``: the same block, no new bullet in between,
    and no line ending short of the block's right edge (a title or date line) before the next."""
    block = lines[index].block
    low, high = index, index
    while index - low < _MAX_LINES_AROUND and low > 0 and lines[low - 1].block == block:
        low -= 1
    while high - index < _MAX_LINES_AROUND and high + 1 < len(lines) and lines[high + 1].block == block:
        high += 1
    right = max(getattr(line, "x1", 0.0) for line in lines[low : high + 1])
    left = min(getattr(line, "x0", 0.0) for line in lines[low : high + 1])
    short = right - 0.15 * (right - left)

    indented = left + 0.3 * (right - left)

    def joined(a: _Line, b: _Line) -> bool:
        # a line ending short of the right edge, or one set far to the right (a date), stands alone
        apart = right > 0 and (getattr(a, "x1", 0.0) < short or getattr(a, "x0", 0.0) > indented or getattr(b, "x0", 0.0) > indented)
        return not _BULLET_START.match(b.text) and not apart

    first = index
    while first > low and joined(lines[first - 1], lines[first]):
        first -= 1
    last = index
    while last < high and joined(lines[last], lines[last + 1]):
        last += 1
    return first, last


def _locate(text: str, matched: str, offset: int, length: int) -> tuple[int, int]:
    """Where the match is in the joined text: searched on its own line first, then anywhere."""
    found = _pattern(matched)
    if found is not None:
        hit = found.search(text, offset, offset + length + len(matched)) or found.search(text)
        if hit:
            return hit.start(), hit.end()
    return offset, min(len(text), offset + length)


@lru_cache(maxsize=4096)
def _pattern(matched: str) -> re.Pattern[str] | None:
    """The matched words with any spacing between them (a match may wrap over lines)."""
    pattern = r"\s+".join(re.escape(word) for word in matched.split())
    return re.compile(pattern, re.IGNORECASE) if pattern else None


def _sentence(text: str, start: int, end: int) -> tuple[int, int]:
    """The sentence (or list item) that holds ``text[start:end]``."""
    s_start, s_end = 0, len(text)
    for boundary in _SENTENCE_END.finditer(text):
        if boundary.start() > start and boundary.start() >= end:
            s_end = boundary.start()
            break
        if boundary.end() <= start and not _ABBREVIATIONS.search(text[: boundary.start()]):
            s_start = boundary.end()
    return s_start, s_end


def _shorten(text: str, s_start: int, s_end: int, start: int, end: int, limit: int) -> str:
    """``text[s_start:s_end]``, cut at word boundaries to about ``limit`` characters around the match."""
    if s_end - s_start <= limit or end - start >= limit:
        left, right = s_start, s_end
        if end - start >= limit:
            left, right = start, end
    else:
        room = limit - (end - start)
        before = min(start - s_start, max(room // 3, room - (s_end - end)))
        after = min(s_end - end, room - before)
        left, right = start - before, end + after
        if left > s_start:
            space = text.find(" ", left, start)
            left = space + 1 if space != -1 else start
        if right < s_end:
            space = text.rfind(" ", end, right)
            right = space if space != -1 else end
    out = text[left:right].strip()
    if left == s_start and (bullet := _MARKER.match(out)) and bullet.end() <= start - left:
        out = out[bullet.end() :].lstrip()
    if left > s_start:
        out = _ELLIPSIS + out
    if right < s_end:
        out = out + _ELLIPSIS
    return out
