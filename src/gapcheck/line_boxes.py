"""Grouping positioned lines into text boxes the way pdfminer.six does, for engines that give lines only.

pdfium and OCR hand back lines; the shared layout code reads a page as boxes (a box is a run of lines
that belong together, e.g. a paragraph or a sidebar entry). Two lines share a box when they are
vertically within half a line height of each other, of about the same height, overlap horizontally, and
are left-, right- or centre-aligned within that tolerance: pdfminer's ``LAParams(line_margin=0.5)`` rule,
so every engine's boxes, and so its reading order, come out the same. :func:`rejoin_pieces` makes the pieces of
one printed line one line again, for every engine that reads PDF text.
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


def rejoin_pieces(boxes: Sequence[RawBox]) -> tuple[RawBox, ...]:
    """The page's boxes with the pieces of one printed line made one line again (:func:`_rejoin_once` until no piece
    is left: a joined piece may come to touch one it did not touch before). Engines read a line drawn in pieces as
    several lines: pdfminer joins characters only in the order the page draws them (a line drawn right to left comes
    out last piece first), and a link's text often stands apart from the words before it."""
    joined = tuple(boxes)
    while (again := _rejoin_once(joined)) is not joined:
        joined = again
    return joined


def _rejoin_once(boxes: tuple[RawBox, ...]) -> tuple[RawBox, ...]:
    """One pass of :func:`rejoin_pieces`: pieces level with each other and touching (less than :data:`_TOUCHING` of
    the line's height apart) are one line, read left to right and kept where its first piece was ("Present", "–",
    "Summer 2019" are "Summer 2019 – Present"); ``boxes`` itself when no piece touches another."""
    kept: list[tuple[int, RawLine]] = []
    rows: dict[int, list[int]] = {}  # indexes into ``kept`` by the point each line's top falls in
    for number, box in enumerate(boxes):
        for line in box.lines:
            near = (k for at in range(int(line.top) - _REACH, int(line.top) + _REACH + 1) for k in rows.get(at, ()))
            row = next((k for k in near if _touching(kept[k][1], line)), None)
            if row is None:
                rows.setdefault(int(line.top), []).append(len(kept))
                kept.append((number, line))
                continue
            left, right = sorted((kept[row][1], line), key=lambda piece: piece.x0)
            head = left.text.rstrip("\n")
            gap = "" if head[-1:].isspace() or right.x0 - left.x1 < _WORD_GAP * (left.bottom - left.top) else " "
            joined = RawLine(head + gap + right.text, left.x0, min(left.top, right.top), right.x1, max(left.bottom, right.bottom))
            kept[row] = (kept[row][0], joined)
    if len(kept) == sum(len(box.lines) for box in boxes):
        return boxes
    return tuple(RawBox(lines) for n in range(len(boxes)) if (lines := tuple(line for k, line in kept if k == n)))


def _touching(a: RawLine, b: RawLine) -> bool:
    """Whether ``a`` and ``b`` are level and side by side, touching or overlapping by a sliver as kerned or slanted
    pieces do (text printed over text stays apart)."""
    height = a.bottom - a.top
    level = abs(a.top - b.top) <= _LEVEL * height and abs(a.bottom - b.bottom) <= _LEVEL * height
    return level and -_TOUCHING * height < max(b.x0 - a.x1, a.x0 - b.x1) < _TOUCHING * height


_LEVEL = 0.2  # of the line's height: the pieces of one line share its top and bottom
_REACH = 4  # points between the tops of pieces compared (a level piece of a line up to 20 points high)
_TOUCHING = 0.3  # about a space: pieces farther apart are cells or columns of their own
_WORD_GAP = 0.15  # pieces this far apart that carry no space of their own are two words
