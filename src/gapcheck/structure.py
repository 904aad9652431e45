"""The structure found on top of a document's lines, once: its sections and the dated positions in them."""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Callable, Sequence

from gapcheck.dates import find_dates, mostly_date, this_month
from gapcheck.document import HEADER, Document, Line, Position, Section
from gapcheck.positions import NEXT_LINE, PROJECT_LABELS, SAME_EDGE, TABLE_ROW_LABELS, is_place, right_under
from gapcheck.sections import ACTIVITY_KINDS, SIDEBAR, heading_over_three_lines, heading_over_two_lines, heading_section
from gapcheck.sidebars import MAIN, SIDE, column_roles


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
    """Runs of lines under one heading, in reading order (the lines before the first heading are the header).

    When reading order passes from a sidebar to the main column or back (see :mod:`gapcheck.sidebars`) and
    the new column does not open with a heading, it carries on the last section of its own role; a sidebar
    without one opens a ``sidebar`` section. The main column's lines never fall under the sidebar's headings.
    """
    roles = column_roles(lines)
    sections: list[Section] = []
    kind, heading, start = HEADER, "", 0
    last: dict[str, tuple[str, str]] = {}
    heading_last = -1  # the last line of a heading broken over two or three lines
    for index, line in enumerate(lines):
        role = roles[index]
        heading_like = (
            index > heading_last
            and not _carries_on(lines, index)
            and not _pushed_right(lines, index)
            and not _ends_a_row(lines, index)
            and not _beside_a_larger_heading(lines, index)
        )
        opened = heading_section(line.text, bullet=line.bullet) if heading_like else None
        # a bullet is never the first of two stacked headings ("• Research" over "Experience" in a list)
        stacked = opened is not None and not line.bullet
        if heading_like and (opened is None or stacked) and index + 1 < len(lines) and _continued_below(line, lines[index + 1]):
            three_lines = (  # "RESEARCH" over "AND WORK" over "EXPERIENCE"
                heading_over_three_lines(line.text, lines[index + 1].text, lines[index + 2].text)
                if index + 2 < len(lines) and _continued_below(lines[index + 1], lines[index + 2])
                else None
            )
            two_lines = heading_over_two_lines(line.text, lines[index + 1].text)  # "INTERNSHIPS &" over "TRAININGS"
            if three_lines is not None:
                opened, heading_last = three_lines, index + 2
            elif two_lines is not None:
                opened, heading_last = two_lines, index + 1
        if opened is not None and (
            _level_with_a_place(lines, index)
            or _label_of_a_project_table(lines, index)
            or (opened == "projects" and _over_a_project_table(lines, index) and (kind == "experience" or _under_a_range(lines, index)))
            # a company named like a heading of the section it is in, right under a job's dates and not in capitals:
            # "07/2017 – 07/2019" over "Raya Customer Experience" (a table row read one cell a line)
            or (opened == kind == "experience" and _under_a_range(lines, index) and not line.text.isupper())
        ):
            opened = None
        switched = index > 0 and role is not None and roles[index - 1] not in (None, role)
        # text under the main column read after the sidebar (below the sidebar's end, or on a page without columns)
        # carries on the main column's section, not the sidebar's ("RESEARCH" going on after "LANGUAGES")
        resumed = role is None and MAIN in last and _main_column_resumes(lines, roles, index)
        if opened is not None or (switched and role is not None and (role in last or role == SIDE)) or resumed:
            if index > start:
                sections.append(Section(kind, heading, start, index))
            if opened is not None:
                kind, heading = opened, " ".join(lines[i].text for i in range(index, max(index, heading_last) + 1))
            else:
                kind, heading = last.get(MAIN if resumed else role or SIDE, (SIDEBAR, ""))
            start = index
        if role is not None:
            last[role] = (kind, heading)
    if len(lines) > start:
        sections.append(Section(kind, heading, start, len(lines)))
    folded = _fold_recurring(lines, _fold(_fold(sections, _papers_of_a_kind), _projects_of_a_job(lines, sections)))
    folded = _label_under_dates(lines, _overview_of_an_entry(lines, _coursework_of_a_degree(folded)))
    return tuple(_jobs_out_of_education(lines, _jobs_in_a_summary(lines, folded)))


def _label_of_a_project_table(lines: Sequence[Line], index: int) -> bool:
    """Whether a "Project" line is the first label of a table of a job's projects (the Naukri layout: "Project" /
    "Dynamic Pricing" / "Duration" / "Jun 2023 - Till Date" / "Role" / ...): a row of the job, no section heading."""
    if _label(lines[index].text) not in PROJECT_LABELS:
        return False
    return any(_label(lines[n].text) in TABLE_ROW_LABELS for n in range(index + 1, min(index + 4, len(lines))))


def _over_a_project_table(lines: Sequence[Line], index: int) -> bool:
    """Whether a "Projects" heading inside the jobs opens a table of the job's projects ("Projects" over "Project Title"
    / "Clinical Notes Copilot" / "Client" / ...): a part of the job above, no section of its own."""
    return index + 1 < len(lines) and _label_of_a_project_table(lines, index + 1)


def _under_a_range(lines: Sequence[Line], index: int) -> bool:
    """Whether the line above ``index`` prints a range ("Duration: Jul 2021 to Jun 2023"): the dates of a job."""
    return index > 0 and any(span.ranged for span in find_dates(lines[index - 1].text))


def _label(text: str) -> str:
    return text.strip().rstrip(":").strip().casefold()


def _main_column_resumes(lines: Sequence[Line], roles: Sequence[str | None], index: int) -> bool:
    """Whether line ``index``, outside any column, comes right after a sidebar's last line and sits left of where
    that sidebar began (under the main column): the main column going on below the sidebar's end or on a page
    without columns."""
    line, before = lines[index], lines[index - 1] if index else None
    if before is None or roles[index - 1] != SIDE or line.x1 <= line.x0:
        return False
    left: dict[str | None, float] = {}  # per role, the leftmost edge of its lines on the page before
    for other, role in zip(lines, roles, strict=True):
        if other.page == before.page and role in (SIDE, MAIN):
            left[role] = min(left.get(role, other.x0), other.x0)
    return SIDE in left and MAIN in left and left[MAIN] < left[SIDE] and line.x1 <= left[SIDE]


# a job's title word, and the words of a degree or a school: an entry under Education that names a job and no
# degree or school is a job (a resume whose jobs follow its Education block with no heading of their own)
_JOB_WORD = re.compile(
    r"\b(?:engineer|developer|scientist|analyst|intern|manager|consultant|researcher|architect|specialist|director|"
    r"officer|technician|administrator|designer|programmer|founder)s?\b(?!/)",  # not "Developer/2000", a product
    re.IGNORECASE,
)
_SCHOOL_WORD = re.compile(
    r"(?i:\b(?:bachelor|master|degree|diploma|major|minor|coursework|courses?|university|universit[äeé]|college|school|"
    r"institute|academy|student|training|bootcamp|practicum|nanodegree)\b)|\b(?:B\.?Sc|M\.?Sc|B\.?S|M\.?S|B\.?A|M\.?A|B\.?Eng|M\.?Eng|Ph\.?D|MBA|GPA)\b"
)


def _jobs_out_of_education(lines: Sequence[Line], sections: list[Section]) -> list[Section]:
    """An Education section runs on into jobs printed after it with no heading: from the first dated entry that
    names a job title and no degree or school, the lines are an experience section (until an entry names a degree
    or a school again)."""
    out: list[Section] = []
    for section in sections:
        if section.kind != "education":
            out.append(section)
            continue
        kind, start = section.kind, section.start
        today = this_month()
        for first, last in _entry_blocks(lines, section):
            text = " ".join(lines[i].text for i in _title_lines(lines, first, last, section.end))
            ranges = [span for i in range(first, min(last + 1, section.end)) for span in find_dates(lines[i].text) if span.ranged]
            if not ranges or first == section.start:
                continue
            wanted = kind
            # a range that ends after today is a course of study's expected end ("ENSEEIHT / Engineer from N7 ... 2025-2028")
            if _SCHOOL_WORD.search(text) or any(span.end is not None and span.end > today for span in ranges):
                wanted = "education"
            elif _JOB_WORD.search(text):
                wanted = "experience"
            if wanted != kind:
                if first > start:
                    out.append(Section(kind, section.heading if kind == "education" else "", start, first))
                kind, start = wanted, first
        out.append(Section(kind, section.heading if kind == "education" else "", start, section.end))
    return out


def _title_lines(lines: Sequence[Line], first: int, last: int, end: int) -> list[int]:
    """An entry's title lines: the first two of its block, and for a block of one line (an employer, a field of
    study) the next line after any dates printed beside it ("Dimension Studio, London UK", "Nov 2023 – Present",
    "Senior Engineer")."""
    title = list(range(first, min(last, first + 2)))
    if last - first == 1:
        after = last
        while after < end and mostly_date(lines[after].text):
            after += 1
        if after < end and (after > last or _DEGREE_FIRST.match(lines[after].text)):
            title.append(after)  # ... or the degree under a field of study ("2001 – 2005 Mechanical Engineer" over "BACHELOR OF ...")
    return title


_DEGREE_FIRST = re.compile(
    r"(?i)\W*(?:bachelor|master|doctor|diploma|associate\s+degree|b\.?\s?(?:sc|tech|eng|s|a)\b|m\.?\s?(?:sc|tech|eng|s|a)\b|ph\.?\s?d)"
)


def _jobs_in_a_summary(lines: Sequence[Line], sections: list[Section]) -> list[Section]:
    """A "Career Summary" that lists dated jobs ("2021 – 2023" beside "Site Reliability Engineer - Corpay", then
    bullets) is the work history: a summary section with two or more entries that open with a range next to a job
    title is an experience section."""
    out: list[Section] = []
    for section in sections:
        if section.kind == "summary" and _dated_jobs(lines, section) >= 2:
            section = Section("experience", section.heading, section.start, section.end)
        out.append(section)
    return out


_OVERVIEW_DATE_LINES = 3


_COURSEWORK_HEADING = re.compile(r"(?i)^\W*(?:(?:relevant|selected|related|key|graduate|undergraduate)\s+)?(?:course\s*work|courses)\W*$")


def _coursework_of_a_degree(sections: list[Section]) -> list[Section]:
    """ "Relevant Coursework" printed as a heading (often in a margin) under a degree goes on with that degree: a
    project line under it ("MS Project: Evaluating fairness techniques ...") is the degree's hands-on work."""
    return _fold(
        sections, lambda above, section: above.kind == section.kind == "education" and bool(_COURSEWORK_HEADING.match(section.heading))
    )


def _overview_of_an_entry(lines: Sequence[Line], sections: list[Section]) -> list[Section]:
    """A summary heading right under an entry's title whose date follows it ("Machine Learning using Python",
    "Overview", "June 2025 - August 2025", then bullets) labels a part of that entry: its lines join the activity
    section above."""

    def dated_part(above: Section, section: Section) -> bool:
        first = range(section.start + 1, min(section.end, section.start + 1 + _OVERVIEW_DATE_LINES))
        return (
            section.kind == "summary"
            and above.kind in ACTIVITY_KINDS
            and any(span.ranged for i in first for span in find_dates(lines[i].text))
        )

    return _fold(sections, dated_part)


def _label_under_dates(lines: Sequence[Line], sections: list[Section]) -> list[Section]:
    """A heading right under an entry's dates, written in another case than most of the resume's headings
    ("WORK EXPERIENCE", a job's title and dates, then "Projects & Technical Experience" over the job's bullets) or
    with a colon most of them lack ("PROJECTS:" over the job's projects), labels a part of that entry, not a section
    of the resume: its lines join the activity section above."""
    headed = [s for s in sections if s.heading]
    headings = [s.heading for s in headed]
    colons_unusual = 2 * sum(heading.rstrip().endswith(":") for heading in headings) < len(headings)

    def usual_case(section: Section) -> bool | None:
        """Whether most headings of the section's column are in capitals (None: no case most share); a sidebar's
        "SKILLS" and "LANGUAGES" say nothing of the main column's "Experience" and "Selected projects"."""
        column = lines[section.start].column
        same = [s.heading for s in headed if lines[s.start].column == column] or headings
        capitals = sum(heading.isupper() for heading in same)
        return None if 2 * capitals == len(same) else 2 * capitals > len(same)

    def label(above: Section, section: Section) -> bool:
        last = range(max(above.start + 1, above.end - 2), above.end)
        case = usual_case(section) if section.heading else None
        return (
            above.kind in ACTIVITY_KINDS
            and bool(section.heading)
            and ((case is not None and section.heading.isupper() != case) or (colons_unusual and section.heading.rstrip().endswith(":")))
            and any(span.ranged for i in last for span in find_dates(lines[i].text))
        )

    return _fold(sections, label)


def _fold(sections: list[Section], joins: Callable[[Section, Section], bool]) -> list[Section]:
    """``sections`` with each one that ``joins`` the section above it (as folded so far) made part of that one."""
    out: list[Section] = []
    for section in sections:
        if out and joins(out[-1], section):
            above = out[-1]
            out[-1] = Section(above.kind, above.heading, above.start, section.end)
        else:
            out.append(section)
    return out


def _dated_jobs(lines: Sequence[Line], section: Section) -> int:
    """How many ranges open a line of ``section`` with a job title on it or in the two lines under it, or stand alone on
    their line right under a title ("Tech Lead at PayPal India" over a right-aligned "Jun 2020 - *")."""
    count = 0
    for i in range(section.start, section.end):
        spans = [span for span in find_dates(lines[i].text) if span.ranged and span.begin == 0]
        if not spans:
            continue
        alone = not lines[i].text[spans[0].stop :].strip(" |,;")
        first = i - 1 if alone and i > section.start else i
        if any(_JOB_WORD.search(lines[k].text) for k in range(first, min(i + 3, section.end))):
            count += 1
    return count


def _entry_blocks(lines: Sequence[Line], section: Section) -> list[tuple[int, int]]:
    """The runs of lines of one block (a text box) in a section, as (first, end) indexes."""
    runs: list[tuple[int, int]] = []
    first = section.start
    for i in range(section.start + 1, section.end + 1):
        if i == section.end or lines[i].block != lines[first].block:
            runs.append((first, i))
            first = i
    return runs


_ENTRY_KINDS = ACTIVITY_KINDS | {"education"}  # sections of dated entries, whose parts a recurring heading may name


def _fold_recurring(lines: Sequence[Line], sections: list[Section]) -> list[Section]:
    """Sections whose heading recurs under the entries of an activity section ("Achievements" and
    "Responsibilities" under every job) are parts of those entries: they join the section above them. Every
    occurrence of such a heading must follow an activity section or another such part (a sidebar that prints
    "Publications" on two pages, once after Awards, is no part of the jobs). A section carried on into another
    column under the same heading is no recurrence: only sections that open with their heading count."""
    keys = [_heading_key(s.heading) if lines[s.start].text == s.heading else "" for s in sections]
    counts = Counter(key for key in keys if key)
    parts = {key for key, n in counts.items() if n > 1}
    parts = {key for key in parts if all(s.kind not in _ENTRY_KINDS for s, k in zip(sections, keys, strict=True) if k == key)}
    changed = True
    while changed:
        changed = False
        for key in list(parts):
            for index, k in enumerate(keys):
                above = sections[index - 1] if index else None
                if k == key and (above is None or not (above.kind in _ENTRY_KINDS or keys[index - 1] in parts)):
                    parts.discard(key)
                    changed = True
                    break
    return _fold(sections, lambda _, section: _heading_key(section.heading) in parts)


def _projects_of_a_job(lines: Sequence[Line], sections: Sequence[Section]) -> Callable[[Section, Section], bool]:
    """A projects heading in another style than the experience heading above it, with a dated job under it ("Key
    projects" under "EXPERIENCE", then "Analyst, Workforce Planning" over "Jun 2015 – Feb 2018"), heads a part of the
    job above: its projects are that job's and the jobs after it are still experience. So does one that comes back
    under each job ("Selected projects" under both jobs of "Work Experience")."""
    counts = Counter(_heading_key(s.heading) for s in sections if s.kind == "projects" and lines[s.start].text == s.heading)

    def joins(above: Section, section: Section) -> bool:
        if above.kind != "experience" or section.kind != "projects":
            return False
        if counts[_heading_key(section.heading)] > 1:
            return True
        return above.heading.isupper() and not section.heading.isupper() and _dated_jobs(lines, section) > 0

    return joins


def _papers_of_a_kind(above: Section, section: Section) -> bool:
    """A bare "Conferences" under publications lists conference papers (after "Journals"), not events taken part in."""
    return above.kind == "publications" and section.kind == "events" and _heading_key(section.heading) == "conferences"


def _heading_key(heading: str) -> str:
    return heading.strip().rstrip(":").strip().casefold()


def _carries_on(lines: Sequence[Line], index: int) -> bool:
    """Whether the line is the last word of a sentence wrapped from the line before it in the same block
    ("... a 100% increase in speed for certain" over "projects"): a lowercase word there is no heading, nor a
    capitalized one that ends the sentence ("... for the Financial Services" over "Industry.")."""
    line = lines[index]
    text = line.text.rstrip()
    if index == 0 or not (text[:1].islower() or text.endswith(".")):
        return False
    before = lines[index - 1]
    if before.text.rstrip()[-1:] in ".:;!?":
        return False
    height = before.bottom - before.top
    if before.block == line.block:
        return not _set_apart(before, line)
    # a hanging line of its own box right under the sentence it ends
    return text.endswith(".") and before.page == line.page and height > 0 and 0 < line.top - before.top <= 1.5 * height


def _beside_a_larger_heading(lines: Sequence[Line], index: int) -> bool:
    """Whether the line sits on the row of a heading, right of it, in clearly smaller type: a tag or a label printed
    beside the heading ("Experience" ... "Internal Tools  B2B  Fintech"), not a heading of its own."""
    line = lines[index]
    height = line.bottom - line.top
    if height <= 0:
        return False
    for other in lines[max(0, index - _AROUND) : index]:
        if (
            other.page == line.page
            and other.x1 <= line.x0
            and other.top < line.bottom
            and line.top < other.bottom
            and other.bottom - other.top > _LARGER_TYPE * height
            and heading_section(other.text) is not None
        ):
            return True
    return False


def _continued_below(line: Line, below: Line) -> bool:
    """Whether ``below`` may carry on ``line``: in its box, or right under it at its left edge ("Working" over
    "Experience" in a margin column, each a box of its own)."""
    return below.block == line.block or (right_under(line, below, NEXT_LINE) and abs(below.x0 - line.x0) <= SAME_EDGE)


def _ends_a_row(lines: Sequence[Line], index: int) -> bool:
    """Whether the line is the end of a row of its column whose start was read as a line of its own: a word or two
    a word's gap right of a line at the same height ("Researching UX-driven design" ... "tools" ... "that support"),
    which no heading is."""
    line = lines[index]
    height = line.bottom - line.top
    if height <= 0:
        return False
    for other in lines[max(0, index - _AROUND) : index + _AROUND + 1]:
        if (
            other is not line
            and other.page == line.page
            and other.column == line.column
            and abs(other.top - line.top) < height / 2
            and other.x1 <= line.x0
            and line.x0 - other.x1 < _WORD_GAP * height
            and sum(c.isalpha() for c in other.text) >= _ROW_START_LETTERS  # not an icon or a number before a heading
        ):
            return True
    return False


_WORD_GAP = 2.0  # line heights between the words of one row, as justified text spaces them
_ROW_START_LETTERS = 6


def _set_apart(before: Line, line: Line) -> bool:
    """Whether a line is set apart from the line above it, as no wrapped sentence is: in larger type, or after a
    gap taller than that line (a lowercase "employment history" heading in a box with the lines around it)."""
    height, own = before.bottom - before.top, line.bottom - line.top
    if before.page != line.page or height <= 0 or own <= 0:
        return False
    return own > _LARGER_TYPE * height or line.top - before.bottom > height


_LARGER_TYPE = 1.25


def _pushed_right(lines: Sequence[Line], index: int) -> bool:
    """Whether the line sits at the right of its column among the lines around it, not at its left edge and not
    centred: an entry's right-aligned title or place ("Honours"), which no section heading is."""
    line = lines[index]
    # the lines of its own section: a heading above or below parts another section's lines (a contact line flush right
    # above "Experience" says nothing of the entries' edges); headings level with it are its row's
    first, last = index, index
    while first > max(0, index - _AROUND) and not _heading_across(lines[first - 1], line):
        first -= 1
    while last < min(len(lines) - 1, index + _AROUND) and not _heading_across(lines[last + 1], line):
        last += 1
    around = [
        other
        for other in lines[first : last + 1]
        # a page number or a running "CV" in the margin marks no edge of the column
        if other.page == line.page and other.column == line.column and other.x1 > other.x0 and len(other.text.strip()) > _FURNITURE
    ]
    if line.x1 <= line.x0 or len(around) < 3 or _heads_a_cell(lines, index) or _larger_than(line, around):
        return False
    if sum(abs(o.x1 - line.x1) <= _RIGHT_EDGE for o in around if o is not line) >= 3:
        return False  # a column set flush right ("TOOLS" over "Sketch", "Figma"): its headings end where its lines end
    left, right = min(o.x0 for o in around), max(o.x1 for o in around)
    width = right - left
    middle = (line.x0 + line.x1) / 2
    return line.x0 - left > width / 2 and abs(middle - (left + right) / 2) > 0.15 * width


def _heading_across(other: Line, line: Line) -> bool:
    """Whether ``other`` is a heading on a row above or below ``line`` (a section boundary between them)."""
    return (other.bottom <= line.top or other.top >= line.bottom) and heading_section(other.text) is not None


def _larger_than(line: Line, around: Sequence[Line]) -> bool:
    """Whether the line is set in clearly larger type than the lines around it, as a heading is (a centred "Work
    experience" over a narrow list of skills is no entry's right-aligned title)."""
    if any(o is not line and abs(o.top - line.top) < _LEVEL for o in around):
        return False  # headings side by side over columns ("HARD SKILLS" beside "LANGUAGES"): the columns decide
    heights = sorted(o.bottom - o.top for o in around if o is not line and o.bottom > o.top)
    return bool(heights) and line.bottom - line.top > _HEADING_SIZE * heights[len(heights) // 2]


_HEADING_SIZE = 1.25  # times the usual line height around
_AROUND = 4  # lines either side that show where the column's edges are
_RIGHT_EDGE = 1.5  # points between the right ends of lines set flush right
_FURNITURE = 3  # characters of a page number or a running mark ("CV", "2/3")


def _heads_a_cell(lines: Sequence[Line], index: int) -> bool:
    """Whether the line is the left edge of the text right under it: a heading over a cell of a grid of sections
    ("SKILLS" over "Active listening" at the right of the page), not a title pushed to the right."""
    line = lines[index]
    if index + 1 >= len(lines):
        return False
    below = lines[index + 1]
    height = line.bottom - line.top
    return (
        below.page == line.page and 0 < below.top - line.top <= 3 * height and abs(below.x0 - line.x0) <= 2 and abs(below.x1 - line.x1) > 2
    )


def _level_with_a_place(lines: Sequence[Line], index: int) -> bool:
    """Whether a place is printed level with the line, at its right ("Education and Family Sabbatical   Berlin, DE"):
    a line that reads as a heading only loosely names an entry's organization or title there."""
    line = lines[index]
    if heading_section(line.text, bullet=True) is not None:
        return False  # a heading by its exact name ("Experience") with an employer's place beside it still opens its section
    for other in lines[max(0, index - 1) : index + 2]:
        if (
            other is not line
            and other.page == line.page
            and other.column == line.column
            and other.x0 > line.x1
            and abs(other.top - line.top) < _LEVEL
            and is_place(other.text.strip())
        ):
            return True
    return False


_LEVEL = 2.0  # points between the tops of two lines on one row


def find_positions(lines: Sequence[Line], sections: Sequence[Section]) -> tuple[Position, ...]:
    """The dated positions of the document (see :mod:`gapcheck.positions`); none until that module exists."""
    try:
        from gapcheck.positions import find_positions as find  # type: ignore[import-not-found,unused-ignore]
    except ImportError:
        return ()
    found: tuple[Position, ...] = find(lines, sections)
    return found
