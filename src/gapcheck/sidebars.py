"""Side columns: which lines of a multi-column page sit in a sidebar and which in the main column.

Reading order (:mod:`gapcheck.layout`) reads the columns of a page one after the other. A column is a
sidebar (``SIDE``) when it is markedly narrower than the other column of its page, and the main column
(``MAIN``) otherwise; full-width text and single-column pages have no role. Sections are found per role:
a column that starts without a heading carries on the last section of its own role (the sidebar's Skills
on the next page, the main column's Experience), never the section the other column ended with.
"""

from __future__ import annotations

from collections.abc import Sequence

from gapcheck.document import Line

SIDE = "side"
MAIN = "main"
# A column this much narrower than the other column of its page is a sidebar.
_NARROW = 0.7


def column_roles(lines: Sequence[Line]) -> list[str | None]:
    """The role of every line: ``SIDE``, ``MAIN`` or None (full width, one column, no geometry)."""
    extents: dict[tuple[int, int], tuple[float, float]] = {}
    for line in lines:
        if line.column and line.x1 > line.x0:
            key = (line.page, line.column)
            low, high = extents.get(key, (line.x0, line.x1))
            extents[key] = (min(low, line.x0), max(high, line.x1))
    widths = {key: high - low for key, (low, high) in extents.items()}
    roles: dict[tuple[int, int], str] = {}
    for (page, column), width in widths.items():
        others = [w for (p, c), w in widths.items() if p == page and c != column]
        if others:
            roles[(page, column)] = SIDE if width < _NARROW * max(others) else MAIN
    return [roles.get((line.page, line.column)) for line in lines]
