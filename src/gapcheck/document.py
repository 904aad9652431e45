"""The Document: what the reader found in a file, kept whole for every later step.

A Document holds its lines in reading order; every line keeps its page, its number on that page, its block
(a text box or paragraph: phrases never run across blocks), its place on the page (points, origin at the
top left; zero for text files), its column, and, for recognised (OCR) text, the engine's confidence. On top
of the lines it holds the sections (with their kind: experience, skills, education, ...) and the dated
positions found in them. Structure is found once, by the reader, and carried forward: the matcher, the
scorer and the renderers read it from here, never rebuild it.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass, field

HEADER = "header"


@dataclass(frozen=True)
class Line:
    """One line of a resume after normalization.

    ``page`` and ``number`` are 1-based (``number`` counts lines on the page in reading order); ``block``
    is unique in the document. ``x0``/``top``/``x1``/``bottom`` are its box on the page in points from
    the top-left corner (all zero when the input has no geometry). ``column`` is 0 for full-width text and
    1, 2, ... for the columns of a multi-column page in reading order. ``confidence`` is set (0..1) on
    lines recognised by OCR. ``bullet`` says the line began with a list marker (•, –, *, ...) that
    normalization removed from ``text``.
    """

    text: str
    page: int
    number: int
    block: int
    x0: float = 0.0
    top: float = 0.0
    x1: float = 0.0
    bottom: float = 0.0
    column: int = 0
    confidence: float | None = None
    bullet: bool = False


@dataclass(frozen=True)
class Section:
    """A run of lines under one heading: ``lines[start:end]`` of the document (the heading line included).

    ``kind`` is one of ``sections.SECTION_KINDS`` (``"header"`` before the first heading).
    """

    kind: str
    heading: str
    start: int
    end: int


@dataclass(frozen=True)
class Position:
    """A dated entry of a section that lists things the person did (a job, project, thesis, ...).

    ``start``/``end`` are ``"YYYY-MM"`` (``end`` is the as-of month when ``current``); ``first``/``last``
    are indexes into ``Document.lines`` of the lines the entry spans (its title line and bullets);
    ``page``/``line`` are where it starts, as printed. ``section`` indexes ``Document.sections``.
    """

    title: str
    organization: str
    start: str | None
    end: str | None
    current: bool
    page: int
    line: int
    first: int
    last: int
    section: int
    dates: str = ""
    lines: tuple[int, ...] = ()

    @property
    def members(self) -> tuple[int, ...]:
        """Indexes of the lines that are the entry's: ``lines`` when set (entries side by side in one column,
        the hands-on lines of an education entry), else every line from ``first`` to ``last``."""
        return self.lines or tuple(range(self.first, self.last + 1))


@dataclass(frozen=True)
class Document:
    """A resume (or posting) as read: lines in reading order, with sections and dated positions."""

    source: str
    kind: str
    pages: int
    lines: tuple[Line, ...]
    sections: tuple[Section, ...] = ()
    positions: tuple[Position, ...] = ()
    warnings: tuple[str, ...] = field(default=())
    ocr_pages: tuple[int, ...] = ()

    @property
    def text(self) -> str:
        """All lines joined by newlines: line ``i`` of the text is ``lines[i]``."""
        return "\n".join(line.text for line in self.lines)

    def line_starts(self) -> list[int]:
        """The offset in :attr:`text` at which each line starts."""
        starts, offset = [], 0
        for line in self.lines:
            starts.append(offset)
            offset += len(line.text) + 1
        return starts

    def line_ends(self) -> tuple[frozenset[int], frozenset[int]]:
        """How the lines of each paragraph end, read from the lines' boxes: the indexes of the lines whose text a
        narrow column wrapped onto the next line (the next line's first word would not have fitted in what is left of
        the box's width), and of the lines that end with room to spare for that word while it opens in capitals (the
        next line is a new item or sentence, "... deploy the recovery system" over "Design a GPS System", not the
        same phrase wrapped)."""
        room = self._room_for_next_word()
        runs_on = frozenset(i for i, (left, _) in room.items() if left < -1 and not self.lines[i + 1].bullet)
        stops_short = frozenset(
            i for i, (left, width) in room.items() if left > _SPARE_CHARACTERS * width and self.lines[i + 1].text.lstrip()[:1].isupper()
        )
        return runs_on, stops_short

    def _room_for_next_word(self) -> dict[int, tuple[float, float]]:
        """Per line followed by a line of its paragraph (same block and left edge, both with boxes): the room left at
        its end once the next line's first word and a space are added (points, negative when it would not fit), and
        the average width of a character on the line."""
        right: dict[int, float] = {}
        for line in self.lines:
            right[line.block] = max(right.get(line.block, 0.0), line.x1)
        out: dict[int, tuple[float, float]] = {}
        for index in range(len(self.lines) - 1):
            line, below = self.lines[index], self.lines[index + 1]
            if below.block != line.block or line.x1 <= line.x0 or not line.text or not below.text.strip():
                continue
            if abs(below.x0 - line.x0) > 12:  # not the same paragraph
                continue
            width = (line.x1 - line.x0) / len(line.text)  # the average width of a character on the line
            first_word = below.text.split()[0]
            out[index] = (right[line.block] - line.x1 - width * (len(first_word) + 1), width)
        return out

    def section_at(self, index: int) -> Section | None:
        """The section holding line ``index`` (None when there are no sections)."""
        for section in self.sections:
            if section.start <= index < section.end:
                return section
        return None

    def section_kinds(self) -> list[str]:
        """The section kind of every line."""
        kinds = [HEADER] * len(self.lines)
        for section in self.sections:
            kinds[section.start : section.end] = [section.kind] * (section.end - section.start)
        return kinds

    def positions_at(self, index: int) -> Iterator[int]:
        """Indexes of the positions whose lines include line ``index``."""
        for i, position in enumerate(self.positions):
            if position.first <= index <= position.last and (not position.lines or index in position.lines):
                yield i


_SPARE_CHARACTERS = 4  # a line that stopped this many characters before it had to: it was not wrapped
