"""From an engine's raw pages to a :class:`~gapcheck.document.Document`: reading order, normalization, blocks.

Boxes are put in reading order column by column, so that a sidebar never merges with the main column: when a
vertical gutter splits a page into columns, the boxes that cross it above the columns (a name banner) come
first, then each column top to bottom. Every line keeps its page, its number on the page, its block (the box
it came from; a sentence that wraps into the next box stays in one block), its box on the page and its column.
The same code serves every engine (pdfminer.six, PDFium, OCR).
"""

from __future__ import annotations

import bisect
import itertools
from collections import defaultdict
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass

from gapcheck.dates import OPEN_END_ALONE, find_dates, mostly_date
from gapcheck.document import Document, Line
from gapcheck.engines import RawBox, RawDocument, RawLine, RawPage
from gapcheck.normalize import clean_line, join_hyphenated, starts_with_marker
from gapcheck.sections import heading_section, stacked_heading

# Longer lines are cut at a space: no resume line is this long, and matching time grows with the square of
# the skill mentions on one line ("Python Python ..." x 100k would take hours).
MAX_LINE_CHARS = 1000


@dataclass(frozen=True)
class RawText:
    """One line on its way into a Document: raw text, its block and where it sits."""

    text: str
    block: int
    box: RawLine | None = None
    column: int = 0
    number: int = 0  # the line's own number (a text file's line number); 0: count lines in reading order


def build_document(raw: RawDocument, *, source: str, kind: str) -> Document:
    """Lay out every page of ``raw`` in reading order and normalize its lines into a Document."""
    from gapcheck.structure import finish

    lines: list[Line] = []
    block = 0
    for page in raw.pages:
        pending: list[RawText] = []
        for column, box in ordered_boxes(page):
            block += 1
            for line in box.lines:
                for part in wrap_long(line.text):
                    pending.append(RawText(part, block, line, column))
                    if len(line.text) > MAX_LINE_CHARS:
                        block += 1
        lines.extend(finish_page(pending, page=page.number))
    ocr_pages = tuple(page.number for page in raw.pages if page.ocr)
    return finish(lines, source=source, kind=kind, pages=len(raw.pages), warnings=raw.warnings, ocr_pages=ocr_pages)


def finish_page(raw: Sequence[RawText], *, page: int) -> Iterator[Line]:
    """Clean the raw lines of one page, rejoin words hyphenated across lines, keep a sentence that wraps into
    the next block in one block, and number the lines 1.. in reading order."""
    texts = join_hyphenated([clean_line(item.text) for item in raw])
    kept = [(item, text) for item, text in zip(raw, texts, strict=True) if text]
    dated = _date_blocks(kept)
    merged: dict[int, int] = {}
    for k in range(1, len(kept)):
        (item, text), (next_item, next_text) = kept[k - 1], kept[k]
        if next_item.block == item.block or not (_continues(text, next_text) or _hangs_under(item, next_item, text)):
            continue
        if dated[item.block]:
            # a right-aligned date (and the place under it) read between the two lines of a wrapped bullet
            # carries no sentence on: the line before it does
            back = k - 1
            while back >= 0 and dated[kept[back][0].block] and k - back <= _DATE_LINES:
                back -= 1
            if back < 0 or dated[kept[back][0].block]:
                continue
            item, text = kept[back]
            if next_item.block == item.block or not _continues(text, next_text):
                continue
        merged[next_item.block] = merged.get(item.block, item.block)
    for number, (item, text) in enumerate(kept, start=1):
        box = item.box
        yield Line(
            text=text,
            page=page,
            number=item.number or number,
            block=merged.get(item.block, item.block),
            x0=box.x0 if box else 0.0,
            top=box.top if box else 0.0,
            x1=box.x1 if box else 0.0,
            bottom=box.bottom if box else 0.0,
            column=item.column,
            confidence=box.confidence if box else None,
            bullet=starts_with_marker(item.text),
        )


def _date_blocks(kept: Sequence[tuple[RawText, str]]) -> defaultdict[int, bool]:
    """The blocks that hold a date and what is printed beside it: a first line that is mostly a date, and at most
    ``_DATE_LINES`` short lines in all ("Aug 2020 – Dec 2020" over "West Lafayette, IN")."""
    lines: defaultdict[int, list[str]] = defaultdict(list)
    for item, text in kept:
        lines[item.block].append(text)
    out: defaultdict[int, bool] = defaultdict(bool)
    for block, texts in lines.items():
        out[block] = len(texts) <= _DATE_LINES and mostly_date(texts[0]) and all(len(t.split()) <= 4 for t in texts[1:])
    return out


_DATE_LINES = 2


def _continues(text: str, next_text: str) -> bool:
    """Whether ``next_text`` carries on the sentence that ``text`` leaves open."""
    return text[-1:] not in ".!?:;|)" and next_text[:1].islower()


def _hangs_under(item: RawText, below: RawText, text: str) -> bool:
    """Whether ``below`` is the wrapped second line of the bullet ``item``, printed right under it and indented to
    the bullet's text ("• ... adapted Stable Diffusion" over "XL to 4M licensed design assets"), though it opens with
    a capital."""
    line, under = item.box, below.box
    if line is None or under is None or item.column != below.column or text[-1:] in ".!?:;|)":
        return False
    if not starts_with_marker(item.text) or starts_with_marker(below.text):
        return False
    height = line.bottom - line.top
    return 2.0 <= under.x0 - line.x0 <= 30.0 and 0.0 <= under.top - line.bottom <= 0.6 * height


def wrap_long(text: str) -> list[str]:
    """A line over MAX_LINE_CHARS cut into pieces (each becomes a block of its own, so that no phrase runs across a
    cut and no line is too long to match quickly): after a sentence where one ends late enough, else after an item of
    a list, else at a space, so "5+ years of experience with Python" stays in one piece. Linear in the length of the
    line."""
    if len(text) <= MAX_LINE_CHARS:
        return [text]
    parts: list[str] = []
    start = 0
    while start < len(text):
        cut = len(text)
        if cut - start > MAX_LINE_CHARS:
            low, high = start + MAX_LINE_CHARS // 2, start + MAX_LINE_CHARS
            sentence_end = max(text.rfind(mark, low, high) for mark in (". ", "; ", "! ", "? "))
            item_end = max(text.rfind(mark, low, high) for mark in ("- ", "• ", "· "))  # a list run into one line
            cut = sentence_end + 1 if sentence_end >= 0 else item_end + 1 if item_end >= 0 else text.rfind(" ", low, high + 1)
            cut = start + MAX_LINE_CHARS if cut < 0 else cut
        parts.append(text[start:cut])
        start = cut
    return parts


def ordered_boxes(page: RawPage) -> list[tuple[int, RawBox]]:
    """The page's boxes in reading order, each with its column (0: full width or single column; 1, 2: columns)."""
    boxes = [part for b in page.boxes for part in _date_apart(b)]
    placed = [_placed(b) for b in boxes]
    placed = _between_its_row(_apart_at_gaps(_apart_from_titles([p for p in placed if p.chars])))
    if len(placed) < 2:
        return [(0, p.box) for p in placed]

    def by_height(p: _Box) -> tuple[float, float]:  # top edge first, measured from the bottom as PDF does
        return (-round(page.height - p.top, 0), p.x0)

    found = _find_gutter(placed)
    if found is None:
        placed = [part for p in _head_line_apart(placed) for part in _stacked_headings_apart(p)]
        heads = _entry_heads(placed)
        if heads is not None:
            return [(0, p.box) for p in sorted(placed, key=heads)]
        tops = _heading_tops(placed)
        return [(0, p.box) for p in sorted(placed, key=lambda p: (-round(page.height - tops.get(id(p), p.top), 0), p.x0))]
    gutter, banner = found
    # a heading set a little left of its column's text crosses the gutter by a sliver: it is the column's, not the banner's
    slivers = {id(p) for p in placed if gutter - _SLIVER <= p.x0 < gutter < p.x1}
    if slivers:
        banner = _banner_bottom([p for p in placed if id(p) not in slivers], gutter)
    placed, banner = _column_heads_apart(placed, gutter, banner)
    top = [p for p in placed if p.top < banner]
    left = [p for p in placed if p.x1 <= gutter and p.top >= banner]
    right = [p for p in placed if (p.x0 >= gutter or id(p) in slivers) and p.top >= banner]
    top, left, right = _date_strips_across(top, left, right)
    # across the page under the columns
    foot = [p for p in placed if p.x0 < gutter < p.x1 and id(p) not in slivers and p.top >= banner]
    margin = _margin_headings(left, right)
    if margin is not None:  # one flow: each heading before the entries level with it and below
        headings, lead = margin
        # a heading set a little lower than the first line of its entry still heads it, and so does one level with a
        # later line of the entry's box ("Experience" beside the date line under "E-nov@tors / Vice President")
        flow = [*((_heading_place(h, right), 0, h) for h in headings), *((p.top, 1, p) for p in right)]
        body = [p.box for _, _, p in sorted(flow, key=lambda item: (-round(page.height - item[0], 0), item[1], item[2].x0))]
        head = sorted([*top, *lead], key=by_height)
        return [(0, p.box) for p in head] + [(0, b) for b in body] + [(0, p.box) for p in sorted(foot, key=by_height)]
    rows = _label_rows(left, right)
    if rows is None:
        rows = _table_rows(left, right)
    if rows is not None:
        return [(0, p.box) for p in sorted(top, key=by_height)] + [(0, b) for b in rows] + [(0, p.box) for p in sorted(foot, key=by_height)]
    bands = _heading_bands(left, right, foot)
    if bands is not None:
        return [(0, p.box) for p in sorted(top, key=by_height)] + [(0, p.box) for band in bands for p in band]
    parts = ((0, top), (1, left), (2, right), (0, foot))
    return [(column, p.box) for column, part in parts for p in sorted(part, key=by_height)]


def _entry_heads(placed: list[_Box]) -> Callable[[_Box], tuple[float, int, float]] | None:
    """A strip of entry heads set flush right against the bullets beside them (a timeline: "Junior Energy Market Analyst /
    Niroo Boors Iran" over "Sep 2023 - Mar 2024" at the left, the job's bullets at the right, too close for a gutter):
    the reading order, as a sort key, that puts each head (its boxes one above the other) before the bullets from its
    level down to the next head's. Boxes clear of both (headings at the page's edge, the header) keep their place.
    None unless at least three boxes end at one right edge, left of every line beside them, and two at least are
    dates."""
    ends: defaultdict[int, list[_Box]] = defaultdict(list)
    for p in placed:
        ends[round(p.x1)].append(p)
    edge, strip = max(ends.items(), key=lambda item: len(item[1]) + len(ends.get(item[0] + 1, ())))
    strip = [*strip, *ends.get(edge + 1, ())]
    # a head whose date label and the title beside it the engine joined into one line ("01/03/2021 – Current Senior
    # Data Scientist", a Europass row) crosses the strip's edge: it is a head all the same
    strip += [p for p in placed if p.x0 < edge < p.x1 and len(p.box.lines) == 1 and _opens_with_a_range(p.box.lines[0].text)]
    if len(strip) < _MARGIN_HEADINGS or sum(any(_date_or_open_end(line.text) for line in p.box.lines) for p in strip) < 2:
        return None

    def level_with_a_head(p: _Box) -> bool:
        return any(p.top < h.bottom and h.top < p.bottom for h in strip)

    beside = [p for p in placed if p.x0 >= edge and level_with_a_head(p)]
    if len(beside) < len(strip) or min(p.x0 for p in beside) - edge > _GUTTER:
        return None
    ids = {id(p) for p in strip}
    if any(id(p) not in ids and p.x0 < edge < p.x1 and level_with_a_head(p) for p in placed):
        return None  # a line across the strip's edge beside a head: no strip
    heads: list[list[_Box]] = []
    for p in sorted(strip, key=lambda p: p.top):
        if heads and p.top - heads[-1][-1].bottom <= (p.bottom - p.top) / max(1, len(p.box.lines)):
            heads[-1].append(p)
        else:
            heads.append([p])
    tops = [group[0].top for group in heads]
    order = {id(p): (group[0].top, k) for group in heads for k, p in enumerate(group)}
    text_edge = min(p.x0 for p in beside)

    def key(p: _Box) -> tuple[float, int, float]:
        if id(p) in order:
            top, k = order[id(p)]
            return (top, 1, k)
        at = bisect.bisect_right(tops, p.top + _LEVEL) - 1
        if p.x0 >= text_edge - _LEVEL and at >= 0:
            return (tops[at], 2, p.top)
        return (p.top, 0, p.x0)

    return key


def _opens_with_a_range(text: str) -> bool:
    """Whether ``text`` opens with a date range and goes on with words ("01/03/2021 – Current Senior Data Scientist")."""
    spans = find_dates(text)
    return bool(spans) and spans[0].ranged and not text[: spans[0].begin].strip() and any(c.isalpha() for c in text[spans[0].stop :])


def _stacked_headings_apart(p: _Box) -> list[_Box]:
    """A box of headings stacked one per line ("COURSEWORK" over "LANGUAGES", each level with its own entry) comes
    apart into one box per heading; one heading read over two lines ("RESEARCH" over "EXPERIENCE") stays whole."""
    lines = p.box.lines
    texts = [clean_line(line.text) for line in lines]
    if len(lines) < 2 or not all(heading_section(text) for text in texts):
        return [p]
    if len(lines) == 2 and stacked_heading(*texts):
        return [p]
    return [_placed(RawBox((line,))) for line in lines]


def _heading_tops(placed: list[_Box]) -> dict[int, float]:
    """Where headings at the page's left edge sit for reading order: half a line higher, so that one set a little
    lower than the first line of its entry beside it ("RESEARCH" a point under "Stanford - PhD ...") heads that line
    instead of closing the section before. A heading never passes another heading that way (the next column's)."""
    edge = min(p.x0 for p in placed)
    headings = [p for p in placed if heading_section(clean_line(p.box.lines[0].text))]
    tops: dict[int, float] = {}
    for p in headings:
        first = p.box.lines[0]
        lifted = p.top - (first.bottom - first.top) / 2
        if p.x0 <= edge + _LEVEL and not any(o is not p and lifted <= o.top <= p.top for o in headings):
            tops[id(p)] = lifted
    return tops


def _heading_place(heading: _Box, right: list[_Box]) -> float:
    """Where a margin heading sits in the flow of the entries beside it: at the top of the box it is level with, else
    half a line above its own top."""
    box = next((b for b in right if b.top < heading.top < b.bottom), None)
    return box.top if box is not None else heading.top - (heading.bottom - heading.top) / 2


def _margin_headings(left: list[_Box], right: list[_Box]) -> tuple[list[_Box], list[_Box]] | None:
    """A left column that holds nothing but section headings ("Education", "Positions of" over "Responsibility")
    beside the entries is a margin of headings, not a sidebar: each heading, its wrapped lines joined into one, heads
    the entries level with it. The column may open with the name and title above its first heading: those boxes
    come back apart, as the page's head. None when the column holds anything else."""
    if len(left) < _MARGIN_HEADINGS or sum(b.chars for b in left) * 4 > sum(b.chars for b in right):
        return None
    # a rule drawn with one glyph between the headings ("ㅡ") is decoration, no heading
    lines = sorted((line for b in left for line in b.box.lines if len(line.text.strip()) > 1), key=lambda line: line.top)
    groups: list[list[RawLine]] = []
    for line in lines:
        last = groups[-1][-1] if groups else None
        if last is not None and line.top - last.bottom <= 0.5 * (last.bottom - last.top):
            groups[-1].append(line)
        else:
            groups.append([line])
    joined = [" ".join(line.text.strip() for line in group) for group in groups]
    first = next((n for n, text in enumerate(joined) if heading_section(clean_line(text))), len(joined))
    if len(groups) - first < _MARGIN_HEADINGS or not all(heading_section(clean_line(text)) for text in joined[first:]):
        return None
    lead: list[_Box] = []
    if first:
        opening = groups[first][0].top
        if any(b.top < opening < b.bottom for b in left):
            return None  # a box that holds both the name and a heading
        lead = [b for b in left if b.bottom <= opening]
    merged = [
        RawLine(text, min(g.x0 for g in group), group[0].top, max(g.x1 for g in group), group[-1].bottom)
        for text, group in zip(joined[first:], groups[first:], strict=True)
    ]
    return [_placed(RawBox((line,))) for line in merged], lead


# Headings a margin of headings holds at least.
_MARGIN_HEADINGS = 3


def _label_rows(left: list[_Box], right: list[_Box]) -> list[RawBox] | None:
    """A left column of row labels beside what they label (a table of a Word or Google Docs CV: "Jan 2023 – 2024 Dec"
    beside "Software Developer, Radiant ...", "Education" beside the degree, "Phone" beside the number): the page is
    read row by row, each label before the lines of the right column from the one level with it down to the next
    label's. None unless every line on the left is a heading or a date or short label level with a line on the right,
    at least two are dates or three are field names ("Project:", "Duration:", "Technologies:" beside each project's
    values), and the left holds far less text than the right."""
    labels = sorted((line for b in left for line in b.box.lines if line.text.strip()), key=lambda line: line.top)
    lines = [line for b in right for line in b.box.lines]
    if len(labels) < _MARGIN_HEADINGS or sum(b.chars for b in left) * 4 > sum(b.chars for b in right):
        return None

    def level(label: RawLine, line: RawLine) -> bool:
        return _level_tops(label.top, line.top, label.bottom - label.top)

    dates = fields = rows = 0
    for label in labels:
        text = clean_line(label.text)
        fields += text.endswith(":")  # "Project:" and "Technologies:" are field names too, though they name sections
        if heading_section(text) and not (len(lines) <= 2 * len(labels) and any(level(label, line) for line in lines)):
            continue  # a heading may hold a row of its own
        dated = _date_or_open_end(text)
        dates += dated
        if (not dated and len(text.split()) > _LABEL_WORDS) or not any(level(label, line) for line in lines):
            return None
        rows += 1
    # (or a short table of labelled rows, each label level with its one line: "Plant data" | "OSIsoft PI, Seeq",
    # "Methods" | "Soft sensors, PLS", "Tools" | "Jupyter, Git", a skills table run onto a new page)
    if dates < 2 and fields < _FIELD_LABELS and not (rows >= _FIELD_LABELS and len(lines) <= rows):
        return None
    flow: list[tuple[float, int, float, RawBox]] = [(label.top, 0, label.x0, RawBox((label,))) for label in labels]

    def row_part(part: list[RawLine]) -> tuple[float, int, float, RawBox]:
        """A run of right-hand lines, placed at the top of the label level with its first line (it follows the label)."""
        return (min([part[0].top, *(x.top for x in labels if level(x, part[0]))]), 1, part[0].x0, RawBox(tuple(part)))

    for b in right:
        part: list[RawLine] = []
        for line in b.box.lines:
            if part and any(level(label, line) for label in labels):
                flow.append(row_part(part))
                part = []
            part.append(line)
        flow.append(row_part(part))
    return [box for *_, box in sorted(flow, key=lambda item: item[:3])]


_FIELD_LABELS = 3


def _table_rows(left: list[_Box], right: list[_Box]) -> list[RawBox] | None:
    """A table of rows read across ("Mar 2023 – Present" | "Senior Data Scientist, Casa Alba" | the row's bullets): each
    row's cells on the left, then its cell on the right, before the next row. None unless every box on the right starts
    level with a box on the left, at least two of those are dates, and no box on the right opens a section."""
    if len(right) < _MARGIN_HEADINGS - 1 or not left:
        return None

    def height(b: _Box) -> float:
        return b.box.lines[0].bottom - b.box.lines[0].top

    starts: list[float] = []
    centred: set[float] = set()  # rows whose cells sit in the middle of the row, read left to right
    dated = 0
    for b in right:
        beside = [o for o in left if _level_tops(b.top, o.top, height(b))]
        if not beside and (beside := [o for o in left if _centred_beside(o, b)]):
            centred.add(min(b.top, *(o.top for o in beside)))
        if not beside or heading_section(clean_line(b.box.lines[0].text)):
            return None
        dated += any(_dates_only(o.box) for o in beside)
        starts.append(min(b.top, *(o.top for o in beside)))
    if dated < 2:
        return None
    # a row begins at its cells' top, and so does a heading on the left, which heads the rows below it
    starts += [b.top for b in left if heading_section(clean_line(b.box.lines[0].text))]
    rows = sorted(set(starts))

    def row(b: _Box) -> float:
        return max((top for top in rows if top <= b.top + _LEVEL), default=rows[0])

    def place(b: _Box) -> tuple[float, float]:
        return (b.x0, b.top) if row(b) in centred else (b.top, b.x0)

    flow = [(row(b), 0, *place(b), b.box) for b in left] + [(row(b), 1, b.top, b.x0, b.box) for b in right]
    return [box for *_, box in sorted(flow, key=lambda item: item[:4])]


def _centred_beside(cell: _Box, b: _Box) -> bool:
    """Whether ``cell`` sits in the middle of the row ``b`` spans: a table's cells centred vertically beside a taller
    cell of bullets ("Jan 2023 - Now" and "Data Scientist / Gojek" level with the middle of the job's bullets)."""
    return (
        b.top - _LEVEL <= cell.top
        and cell.bottom <= b.bottom + _LEVEL
        and abs((cell.top + cell.bottom) - (b.top + b.bottom)) / 2 <= (b.bottom - b.top) / 4
    )


def _level_tops(top: float, other: float, height: float) -> bool:
    """Whether a line of ``height`` at ``top`` and something at ``other`` are on one row (within half the line)."""
    return abs(other - top) <= max(_LEVEL, height / 2)


# Words a row label holds at most ("Frameworks & Libraries", "Workshops & Certifications").
_LABEL_WORDS = 4


def _heading_bands(left: list[_Box], right: list[_Box], foot: list[_Box]) -> list[list[_Box]] | None:
    """Headings in a margin of their own at the page's left edge, over two columns of entries ("EMPLOYMENT" beside
    two jobs side by side): each heading's band of the page is read whole, its left column then its right, before
    the next heading. None unless at least three boxes at that edge are headings, all of them clear of the entries
    to their right (a sidebar's headings sit over its own items), and the right column opens no section of another
    kind than its band's ("PROGRAMMING LANGUAGES" beside "SKILLS")."""
    if not left or not right:
        return None
    edge = min(b.x0 for b in left)
    at_edge = [b for b in left if b.x0 <= edge + _LEVEL]
    rest = [b for b in left if b.x0 > edge + _LEVEL]
    if len(at_edge) < _MARGIN_HEADINGS or not rest or any(len(b.box.lines) != 1 for b in at_edge):
        return None
    if max(b.x1 for b in at_edge) > min(b.x0 for b in rest) - _GUTTER:
        return None
    heads = sorted(at_edge, key=lambda b: b.top)
    kinds = [None, *(heading_section(clean_line(h.box.lines[0].text)) for h in heads)]
    if not all(kinds[1:]):
        return None
    bands: list[list[_Box]] = [[] for _ in range(len(heads) + 1)]
    for side in (rest, foot, right):  # within a band: the left column, what spans both, then the right column
        for b in sorted(side, key=lambda b: b.top):
            band = sum(1 for h in heads if h.top <= b.top + _LEVEL)
            opens = heading_section(clean_line(b.box.lines[0].text))
            if side is right and opens is not None and opens != kinds[band]:
                return None
            bands[band].append(b)
    return [bands[0], *([h, *band] for h, band in zip(heads, bands[1:], strict=True))]


def _date_strips_across(top: list[_Box], left: list[_Box], right: list[_Box]) -> tuple[list[_Box], list[_Box], list[_Box]]:
    """A strip of dates at the gutter's edge of one column, level with the entries of the other column, is that
    column's (a sidebar, then a narrow column of dates, then the jobs they date): read with the sidebar, the
    dates would land among its lines, far from their entries. A banner box over the strip and the column it
    joins, clear of the column it leaves, is then the head of the column it joins ("Experience")."""
    to_right = _date_strip(left, right, lambda b, rest: b.x0 >= max(r.x1 for r in rest) - _LEVEL)
    to_left = _date_strip(right, left, lambda b, rest: b.x1 <= min(r.x0 for r in rest) + _LEVEL)
    if not to_right and not to_left:
        return top, left, right
    stay_left = [b for b in left if id(b) not in to_right]
    stay_right = [b for b in right if id(b) not in to_left]
    left_edge = max((b.x1 for b in stay_left), default=0.0)
    right_edge = min((b.x0 for b in stay_right), default=float("inf"))
    heads_right = [b for b in top if to_right and b.x0 >= left_edge - _LEVEL]
    heads_left = [b for b in top if to_left and b.x1 <= right_edge + _LEVEL]
    return (
        [b for b in top if b not in heads_right and b not in heads_left],
        stay_left + [b for b in right if id(b) in to_left] + heads_left,
        stay_right + [b for b in left if id(b) in to_right] + heads_right,
    )


def _date_strip(column: list[_Box], other: list[_Box], at_edge: Callable[[_Box, list[_Box]], bool]) -> set[int]:
    """The date boxes of ``column`` that date the other column's entries: every one at the edge, level with the
    top of a box over there and with none of its own column's (whose titles right-aligned dates sit beside)."""
    dated = [b for b in column if _dates_only(b.box)]
    rest = [b for b in column if not _dates_only(b.box)]
    if len(dated) < 2 or not rest:
        return set()
    strip = [b for b in dated if at_edge(b, rest)]

    def level(b: _Box, boxes: list[_Box]) -> bool:
        height = b.box.lines[0].bottom - b.box.lines[0].top
        return any(_level_tops(b.top, o.top, height) for o in boxes)

    if len(strip) < 2 or not all(level(b, other) and not level(b, rest) for b in strip):
        return set()
    return {id(b) for b in strip}


def _dates_only(box: RawBox) -> bool:
    """Whether every line of a short box is a date or an open end ("Jun 2022" over "Present")."""
    lines = box.lines
    return 0 < len(lines) <= 3 and all(_date_or_open_end(line.text) for line in lines)


def _date_or_open_end(text: str) -> bool:
    return mostly_date(text) or bool(OPEN_END_ALONE.match(text.strip(" -–—")))


def _column_heads_apart(placed: list[_Box], gutter: float, banner: float) -> tuple[list[_Box], float]:
    """The first lines of the columns that the engine grouped with the banner above them ("Technical Skills"
    under the objective's last line) are cut from it, one box per column, and the banner ends above them.
    Lines that start where the columns' own boxes start ("Professional Experience" level with "Technical
    Skills") and sit wholly on one side of the gutter are the columns' heads."""
    crossing = [p for p in placed if p.x0 < gutter < p.x1 and p.top < banner]
    beside_tops = [p.top for p in placed if not p.x0 < gutter < p.x1 and p.top < banner]
    out: list[_Box] = [p for p in placed if not (p.x0 < gutter < p.x1 and p.top < banner)]
    cut = False
    for box in crossing:
        lines = box.box.lines
        across = [line.bottom for line in lines if line.x0 < gutter < line.x1]
        below = [top for top in beside_tops if across and top >= max(across)]
        if not below:
            out.append(box)
            continue
        start = min(below) - _LEVEL
        heads = [line for line in lines if line.top >= start and not line.x0 < gutter < line.x1]
        rest = [line for line in lines if line not in heads]
        if not heads or not rest:
            out.append(box)
            continue
        cut = True
        out.append(_placed(RawBox(tuple(rest))))
        for side in ([line for line in heads if line.x1 <= gutter], [line for line in heads if line.x0 >= gutter]):
            if side:
                out.append(_placed(RawBox(tuple(side))))
    if not cut:
        return placed, banner
    return out, max((p.bottom for p in out if p.x0 < gutter < p.x1 and p.top < banner), default=banner + 1) - 1


def _date_apart(box: RawBox) -> tuple[RawBox, ...]:
    """A right-aligned date that the engine grouped with the justified paragraph under it (their right edges
    align) is a box of its own, level with the title beside it: read with the paragraph, it would come before
    the title it dates."""
    lines = box.lines
    # the date may have its place under or over it ("Aug 2020 – Dec 2020" / "West Lafayette, IN") before the paragraph
    for cut in (1, 2):
        head, rest = lines[:cut], lines[cut:]
        if not rest or rest[0].x0 > min(line.x0 for line in head) - _DATE_INDENT:
            continue
        dated = [line for line in head if mostly_date(line.text)]
        if dated and all(len(line.text.split()) <= 4 for line in head if line not in dated):
            return (RawBox(head), RawBox(rest))
    return (box,)


def _apart_from_titles(placed: list[_Box]) -> list[_Box]:
    """A one-line box (an entry's title) that the engine left beside the middle of a wider box which runs on
    from the entry before (its last bullet, then this entry's date and bullets) cuts that box in two: read
    whole, the box would put this entry's date and bullets before its title."""
    singles = sorted((p for p in placed if len(p.box.lines) == 1), key=lambda p: p.top)
    if not singles:
        return placed
    tops = [p.top for p in singles]
    out: list[_Box] = []
    for box in placed:
        lines = box.box.lines
        if len(lines) < 2:
            out.append(box)
            continue
        first = bisect.bisect_right(tops, lines[0].bottom - _LEVEL)
        last = bisect.bisect_right(tops, lines[-1].top + _LEVEL)
        cuts = [
            title.top
            for title in singles[first:last]
            if title.x0 <= box.x0 + _LEVEL and title.x1 > box.x0 and 2 * (title.x1 - title.x0) <= box.x1 - box.x0
        ]
        start = 0
        for cut in cuts:
            end = next((k for k in range(start, len(lines)) if lines[k].top >= cut - _LEVEL), len(lines))
            if 0 < end < len(lines) and end > start and lines[end - 1].bottom <= cut + _LEVEL:
                out.append(_placed(RawBox(lines[start:end])))
                start = end
        out.append(box if start == 0 else _placed(RawBox(lines[start:])))
    return out


def _apart_at_gaps(placed: list[_Box]) -> list[_Box]:
    """A box whose lines leave a gap that another box fills ("Skills" and, far below it, "Experience" and the first
    job in one box, the skills list indented between them with only its bullets in the box; a job's title boxed with
    a bullet four lines lower, the job's other lines between them) comes apart at that gap: read whole, the box would
    put what fills the gap after the lines below it."""
    out: list[_Box] = []
    for box in placed:
        lines = box.box.lines
        words = [k for k, line in enumerate(lines) if any(c.isalnum() for c in line.text)]
        start = 0
        for k, n in itertools.pairwise(words):
            above, below = lines[k], lines[n]
            if any(
                other is not box
                and other.chars
                and any(
                    line.top >= above.bottom - _LEVEL and line.bottom <= below.top + _LEVEL and line.x0 < box.x1 and line.x1 > box.x0
                    for line in other.box.lines
                )
                for other in placed
            ):
                out.append(_placed(RawBox(lines[start:n])))
                start = n
        out.append(box if start == 0 else _placed(RawBox(lines[start:])))
    return out


def _between_its_row(placed: list[_Box]) -> list[_Box]:
    """A one-line box printed between two lines of another box's row ("Software Development Intern" between
    "Intradiem Inc" and "May 2024 – Present") cuts that box after the row: read whole, the box would put the lines
    under the row (the job's bullets) before the title."""
    singles = [p for p in placed if len(p.box.lines) == 1]
    out: list[_Box] = []
    for box in placed:
        lines = box.box.lines
        if len(lines) < 2:
            out.append(box)
            continue
        row_end = 0
        # only a single level with one of the box's lines before its last can cut it
        low, high = min(line.top for line in lines) - _LEVEL, max(line.top for line in lines[:-1]) + _LEVEL
        for single in singles:
            if single is box or not low <= single.top <= high:
                continue
            level = [k for k, line in enumerate(lines) if abs(line.top - single.top) <= _LEVEL]
            left = any(lines[k].x1 <= single.x0 for k in level)
            right = any(lines[k].x0 >= single.x1 for k in level)
            if left and right and level[-1] + 1 < len(lines):
                row_end = max(row_end, level[-1] + 1)
        if row_end:
            out.extend((_placed(RawBox(lines[:row_end])), _placed(RawBox(lines[row_end:]))))
        else:
            out.append(box)
    return out


def _head_line_apart(placed: list[_Box]) -> list[_Box]:
    """A line of a box (an entry's title) that has one-line boxes printed next to it on its right (the employer,
    the dates) and lines under it in the box gets a box of its own: read whole, the box would put the entry's
    bullets before its employer and dates, and the dates would open the next entry."""
    out: list[_Box] = []
    for box in placed:
        lines = box.box.lines
        start = 0
        if any(other.x1 <= box.x0 and other.top < box.bottom and other.bottom > box.top for other in placed):
            out.append(box)  # headings in a margin beside the box are placed by its lines as they are
            continue
        others = [p for p in placed if p is not box]
        for k in range(len(lines) - 1):
            if _date_or_open_end(lines[k].text) or _date_or_open_end(lines[k + 1].text):
                continue  # "Jun 2022" over "Present" in a date column level with the titles
            if _body_under(lines[k], lines[k + 1]) and _single_beside(lines[k], lines[k + 1], others):
                out.extend(_placed(RawBox(part)) for part in (lines[start:k], lines[k : k + 1]) if part)
                start = k + 1
        out.append(box if start == 0 else _placed(RawBox(lines[start:])))
    return out


def _body_under(line: RawLine, below: RawLine) -> bool:
    """Whether ``below`` reads as the body under a title: a bullet, or a line much wider than the title (not the
    second line of a heading, "RESEARCH" over "EXPERIENCE")."""
    return starts_with_marker(below.text) or below.x1 - below.x0 > _BODY_WIDTH * (line.x1 - line.x0)


_BODY_WIDTH = 1.5


def _single_beside(line: RawLine, below: RawLine, others: list[_Box]) -> bool:
    """Whether ``line`` opens its row and the nearest text printed level with it on its right is a one-line box that
    ends above ``below`` (a heading beside the line would be read between the line and the rest of its box)."""
    half = (line.bottom - line.top) / 2
    row = [(other, len(box.box.lines) == 1) for box in others for other in box.box.lines if abs(other.top - line.top) <= half]
    if any(other.x1 <= line.x0 for other, _ in row):
        return False
    right = [(other.x0, single and other.bottom <= below.top + _LEVEL) for other, single in row if other.x0 > line.x1]
    return bool(right) and min(right)[1]


def _placed(box: RawBox) -> _Box:
    return _Box(box, box.x0, box.x1, box.top, box.bottom, sum(len(line.text.strip()) for line in box.lines))


# Points within which two edges are level.
_LEVEL = 1.0

# Points by which a date line starts right of the paragraph under it to stand apart from it.
_DATE_INDENT = 24.0


# Points of clear space between two columns that make a gutter (words and cells sit closer).
_GUTTER = 12.0
# ... or of a gutter no box crosses at all
_UNCROSSED_GUTTER = 9.0
# The least share of the page's text each column holds; a column beyond a clear gutter that opens a section of
# its own (a short Skills/Links sidebar) may hold less. A column of right-aligned dates has no headings, and
# a margin column of headings beside their entries holds the entries' date ranges.
_SHARE = 0.12
_HEADED_SHARE = 0.04


@dataclass(frozen=True)
class _Box:
    box: RawBox
    x0: float
    x1: float
    top: float
    bottom: float
    chars: int


def _find_gutter(boxes: list[_Box]) -> tuple[float, float] | None:
    """The x of the gutter that splits the page into two columns, and the bottom of the banner above them.

    The banner is every box that crosses the gutter; when some boxes start beside it (a name centred over
    one column, beside a contact line that spans both), they join it, and then both columns below must open
    sections of their own (a sidebar with Skills beside Experience, not the cells of a table). The columns
    must hold most of the page's text, each side a fair share of it, side by side. Of several such splits, one
    with a clear gutter of at least ``_GUTTER`` points wins over a narrower one (the gap between a bullet and
    a right-aligned date), then the most balanced one."""
    total = sum(b.chars for b in boxes)
    headed: dict[int, bool] = {}  # whether a box opens a section, looked up only for splits that need it
    ranged: dict[int, bool] = {}  # whether a box holds a date range, likewise

    def opens_section(b: _Box) -> bool:
        found = headed.get(id(b))
        if found is None:
            found = headed[id(b)] = any(heading_section(clean_line(line.text)) for line in b.box.lines)
        return found

    def holds_range(b: _Box) -> bool:
        found = ranged.get(id(b))
        if found is None:
            found = ranged[id(b)] = any(s.ranged for line in b.box.lines for s in find_dates(line.text))
        return found

    best: tuple[float, float, float, float] | None = None  # wide enough, balance, x, banner bottom
    lo, hi = min(b.x0 for b in boxes), max(b.x1 for b in boxes)
    width = max(hi - lo, 1.0)
    starts, ends = sorted(b.x0 for b in boxes), sorted(b.x1 for b in boxes)
    seen: set[tuple[int, int]] = set()
    first, last = lo + width * 0.15, lo + width * 0.85
    # a grid finer than any gutter, and every box edge: a 5-point gutter falls between two grid steps
    edges = {b.x0 for b in boxes} | {b.x1 for b in boxes}
    for x in sorted({lo + width * step / 100 for step in range(15, 86)} | {e for e in edges if first <= e <= last}):
        # every x between the same box edges splits the boxes alike: the first such x decides for all of them
        split = (bisect.bisect_left(starts, x), bisect.bisect_right(ends, x))
        if split in seen:
            continue
        seen.add(split)
        banner = _banner_bottom(boxes, x)
        crossing = sum(1 for b in boxes if b.x0 < x < b.x1)
        left: list[_Box] = []
        right: list[_Box] = []
        left_chars = right_chars = 0
        for b in boxes:
            if b.top < banner:
                continue
            if b.x1 <= x:
                left.append(b)
                left_chars += b.chars
            elif b.x0 >= x:
                right.append(b)
                right_chars += b.chars
        if len(left) < 2 or len(right) < 2:
            continue
        balance = min(left_chars, right_chars)
        # (a sidebar no box crosses may sit closer: "Azure ML, MLflow" ends 11 points left of the jobs' column)
        clear = float(min(b.x0 for b in right) - max(b.x1 for b in left) >= (_GUTTER if crossing else _UNCROSSED_GUTTER))
        smaller = left if left_chars < right_chars else right
        # a narrow column of headings (Contact, Education, Expertise) is a sidebar, even with a degree's dates in it;
        # one of dates beside the jobs (more ranges than headings) is not
        headings = sum(1 for b in smaller if opens_section(b))
        short_sidebar = (
            clear
            and _HEADED_SHARE * total <= balance < _SHARE * total
            and headings > 0
            and sum(1 for b in smaller if holds_range(b)) < min(headings, 2)
        )
        share = _HEADED_SHARE if short_sidebar else _SHARE
        if balance < share * total or left_chars + right_chars < 0.5 * total or (best is not None and (clear, balance) <= best[:2]):
            continue
        beside = len(left) + len(right) < len(boxes) - crossing
        if beside and not all(any(opens_section(b) for b in side) for side in (left, right)):
            continue
        if _columns_overlap_vertically(left, right):
            best = (clear, balance, x, banner)
    return None if best is None else (best[2], best[3])


_SLIVER = 3.0  # points a column's heading may start left of the gutter


def _banner_bottom(boxes: list[_Box], x: float) -> float:
    """The bottom of the boxes that cross ``x`` above the columns. A box that crosses it lower than nine in ten
    of the boxes beside it start is a footer under the columns (a row of degrees across the page's foot), not
    part of the banner."""
    beside = sorted(b.top for b in boxes if not b.x0 < x < b.x1)
    columns_begun = beside[len(beside) * 9 // 10] if beside else float("inf")
    bottoms = [b.bottom for b in boxes if b.x0 < x < b.x1 and b.top <= columns_begun]
    return max(bottoms, default=-1.0) - 1


def _columns_overlap_vertically(left: list[_Box], right: list[_Box]) -> bool:
    left_span = (min(b.top for b in left), max(b.bottom for b in left))
    right_span = (min(b.top for b in right), max(b.bottom for b in right))
    overlap = min(left_span[1], right_span[1]) - max(left_span[0], right_span[0])
    shorter = min(left_span[1] - left_span[0], right_span[1] - right_span[0])
    return bool(shorter > 0 and overlap > 0.5 * shorter)
