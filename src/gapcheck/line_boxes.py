"""Grouping positioned lines into text boxes the way pdfminer.six does, for engines that give lines only.

pdfium and OCR hand back lines; the shared layout code reads a page as boxes (a box is a run of lines
that belong together, e.g. a paragraph or a sidebar entry). Two lines share a box when they are
vertically within half a line height of each other, of about the same height, overlap horizontally, and
are left-, right- or centre-aligned within that tolerance: pdfminer's ``LAParams(line_margin=0.5)`` rule,
so every engine's boxes, and so its reading order, come out the same.
"""

from __future__ import annotations

from collections.abc import Sequence

from gapcheck.engines import RawBox, RawLine

LINE_MARGIN = 0.5


def group_lines(lines: Sequence[RawLine], *, line_margin: float = LINE_MARGIN) -> tuple[RawBox, ...]:
    """The boxes of one page's lines; each box's lines top to bottom, boxes in order of their first line."""
    count = len(lines)
    if count == 0:
        return ()
    parent = list(range(count))

    def root(i: int) -> int:
        while parent[i] != i:
            parent[i] = parent[parent[i]]
            i = parent[i]
        return i

    order = sorted(range(count), key=lambda i: lines[i].top)
    max_height = max(line.bottom - line.top for line in lines)
    for position, i in enumerate(order):
        a = lines[i]
        reach = a.bottom + line_margin * max(a.bottom - a.top, max_height)
        for j in order[position + 1 :]:
            if lines[j].top > reach:
                break
            if _neighbours(a, lines[j], line_margin) or _neighbours(lines[j], a, line_margin):
                parent[root(j)] = root(i)
    groups: dict[int, list[int]] = {}
    for i in range(count):
        groups.setdefault(root(i), []).append(i)
    boxes = [sorted(members, key=lambda i: (lines[i].top, lines[i].x0)) for members in groups.values()]
    boxes.sort(key=lambda members: members[0])
    return tuple(RawBox(tuple(lines[i] for i in members)) for members in boxes)


def _neighbours(a: RawLine, b: RawLine, ratio: float) -> bool:
    """pdfminer's ``LTTextLineHorizontal.find_neighbors`` test of ``b`` seen from ``a``."""
    height = a.bottom - a.top
    d = ratio * height
    if b.x1 <= a.x0 or b.x0 >= a.x1 or b.bottom <= a.top - d or b.top >= a.bottom + d:
        return False
    if abs((b.bottom - b.top) - height) > d:
        return False
    return abs(b.x0 - a.x0) <= d or abs(b.x1 - a.x1) <= d or abs((b.x0 + b.x1) - (a.x0 + a.x1)) / 2 <= d
