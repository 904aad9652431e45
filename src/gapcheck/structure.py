"""The structure found on top of a document's lines, once: its sections and the dated positions in them."""

from __future__ import annotations

from collections.abc import Sequence

from gapcheck.document import HEADER, Document, Line, Position, Section
from gapcheck.sections import heading_section


def finish(
    lines: Sequence[Line],
    *,
    source: str,
    kind: str,
    pages: int,
    warnings: Sequence[str] = (),
    ocr_pages: Sequence[int] = (),
) -> Document:
    """A Document from normalized lines in reading order: sections and positions found once, here."""
    sections = find_sections(lines)
    positions = find_positions(lines, sections)
    return Document(
        source=source,
        kind=kind,
        pages=pages,
        lines=tuple(lines),
        sections=sections,
        positions=positions,
        warnings=tuple(warnings),
        ocr_pages=tuple(ocr_pages),
    )


def find_sections(lines: Sequence[Line]) -> tuple[Section, ...]:
    """Runs of lines under one heading, in reading order (the lines before the first heading are the header)."""
    sections: list[Section] = []
    kind, heading, start = HEADER, "", 0
    for index, line in enumerate(lines):
        opened = heading_section(line.text)
        if opened is None:
            continue
        if index > start:
            sections.append(Section(kind, heading, start, index))
        kind, heading, start = opened, line.text, index
    if len(lines) > start:
        sections.append(Section(kind, heading, start, len(lines)))
    return tuple(sections)


def find_positions(lines: Sequence[Line], sections: Sequence[Section]) -> tuple[Position, ...]:
    """The dated positions of the document (see :mod:`gapcheck.positions`); none until that module exists."""
    try:
        from gapcheck.positions import find_positions as find  # type: ignore[import-not-found,unused-ignore]
    except ImportError:
        return ()
    found: tuple[Position, ...] = find(lines, sections)
    return found
