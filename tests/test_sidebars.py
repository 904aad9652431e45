"""Sidebars: a narrow column beside the main one keeps its own sections, and its skills are listed only."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest

from gapcheck.analyzer import Analyzer
from gapcheck.dates import format_month, this_month
from gapcheck.document import Document, Line
from gapcheck.engines import RawBox, RawLine, RawPage
from gapcheck.layout import ordered_boxes
from gapcheck.reader import read_document
from gapcheck.report import FoundSkill
from gapcheck.sidebars import MAIN, SIDE, column_roles
from gapcheck.structure import find_sections

from .conftest import REPO, corpus_dir

Placed = tuple[float, float, str]
NOW = format_month(this_month())  # the end of an open range read without an as-of month
MAIN_X, DATE_X, SIDE_X = 15.0, 92.0, 148.0
JOBS: list[Placed] = [
    (MAIN_X, 42, "Senior Data Engineer, Acme Corp"),
    (DATE_X, 42, "Mar 2021 - Present"),
    (MAIN_X + 3, 48, "- Built batch pipelines in Python and SQL"),
    (MAIN_X + 3, 54, "  on the warehouse for the finance team."),
    (MAIN_X + 3, 60, "- Ran the nightly loads and their alerts."),
    (MAIN_X, 70, "Data Analyst, Beta GmbH"),
    (DATE_X, 70, "Jan 2018 - Feb 2021"),
    (MAIN_X + 3, 76, "- Wrote SQL reports and Excel models for"),
    (MAIN_X + 3, 82, "  the sales team, presented every month."),
]
SIDEBAR_SKILLS: list[Placed] = [
    (SIDE_X, 42, "Kubernetes"),
    (SIDE_X, 48, "Tableau dashboards"),
    (SIDE_X, 54, "Docker containers"),
    (SIDE_X, 60, "Apache Airflow"),
    (SIDE_X, 70, "Git and GitHub"),
    (SIDE_X, 76, "Jupyter notebooks"),
]


def _kinds_of(document: Document, prefix: str) -> set[str]:
    kinds = document.section_kinds()
    return {kinds[i] for i, line in enumerate(document.lines) if line.text.startswith(prefix)}


def _found(path: Path) -> dict[str, FoundSkill]:
    report = Analyzer(as_of="2026-12").analyze(path)
    return report.found_skills


def test_a_skills_sidebar_beside_dated_experience_keeps_its_section(make_pdf: Callable[..., Path]) -> None:
    # a name centred over the main column and a contact line across both columns: the banner above the sidebar
    banner: list[Placed] = [
        (45, 15, "Jane Roe"),
        (MAIN_X, 24, "jane.roe@example.com | +49 30 555 0100 | Berlin, Germany | github.com/janeroe"),
    ]
    main = [(MAIN_X, 35, "EXPERIENCE"), *JOBS, (MAIN_X, 92, "EDUCATION"), (MAIN_X, 98, "BSc Statistics, Uni Leipzig, 2017")]
    side = [(SIDE_X, 35, "SKILLS"), *SIDEBAR_SKILLS, (SIDE_X, 86, "LANGUAGES"), (SIDE_X, 92, "German, English")]
    path = make_pdf(placed=banner + main + side)
    document = read_document(path)

    sidebar = [i for i, line in enumerate(document.lines) if line.x0 >= SIDE_X * 72 / 25.4 - 2]
    assert sidebar == list(range(sidebar[0], sidebar[0] + len(side)))  # one run, never interleaved with the jobs
    kinds = document.section_kinds()
    assert {kinds[i] for i in sidebar} == {"skills", "languages"}
    assert not any(i in position.members for position in document.positions for i in sidebar)
    # the dates right-aligned in the main column stay with their jobs
    assert [(p.title, p.start, p.end) for p in document.positions] == [
        ("Senior Data Engineer", "2021-03", NOW),
        ("Data Analyst", "2018-01", "2021-02"),
    ]
    found = _found(path)
    for skill in ("kubernetes", "tableau", "docker"):
        shown = found[skill]
        assert shown.months is None and shown.positions == (), skill
        assert {e.section for e in shown.evidence} == {"skills"}, skill
    assert found["sql"].months == 108  # both jobs: 2018-01 to 2026-12


def test_a_sidebar_that_opens_without_a_heading_is_not_the_main_columns_last_section(make_pdf: Callable[..., Path]) -> None:
    main = [(MAIN_X, 35, "EXPERIENCE"), *JOBS]
    side: list[Placed] = [
        (SIDE_X, 35, "jane.roe@example.com"),
        (SIDE_X, 41, "github.com/janeroe"),
        (SIDE_X, 47, "Kubernetes and Docker"),
        (SIDE_X, 53, "Tableau and Power BI"),
        (SIDE_X, 66, "LANGUAGES"),
        (SIDE_X, 72, "German, English, Polish"),
        (SIDE_X, 78, "Spanish (basic)"),
    ]
    path = make_pdf(placed=main + side)
    document = read_document(path)
    assert _kinds_of(document, "Kubernetes") == {"sidebar"}
    assert _kinds_of(document, "German") == {"languages"}
    assert [(p.start, p.end) for p in document.positions] == [("2021-03", NOW), ("2018-01", "2021-02")]
    found = _found(path)
    assert found["kubernetes"].months is None
    assert {e.section for e in found["kubernetes"].evidence} == {"sidebar"}


def _section_kinds(lines: list[Line]) -> list[str]:
    """The kind of the section each line falls in."""
    sections = find_sections(lines)
    return [next(s.kind for s in sections if s.start <= i < s.end) for i in range(len(lines))]


def _line(text: str, page: int, column: int, x0: float, x1: float, top: float) -> Line:
    return Line(text=text, page=page, number=1, block=1, x0=x0, top=top, x1=x1, bottom=top + 10, column=column)


def test_each_column_carries_on_its_own_section_over_a_page_break() -> None:
    lines = [
        _line("Experience", 1, 1, 200, 560, 100),
        _line("Data Engineer, Acme, 2021 - Present", 1, 1, 200, 560, 120),
        _line("Skills", 1, 2, 30, 180, 100),
        _line("Kubernetes", 1, 2, 30, 120, 120),
        _line("Terraform", 2, 1, 30, 120, 40),  # the sidebar goes on, on the left of page 2
        _line("Analyst, Beta, 2018 - 2021", 2, 2, 200, 560, 40),  # so does the main column
    ]
    assert column_roles(lines) == [MAIN, MAIN, SIDE, SIDE, SIDE, MAIN]
    kinds = _section_kinds(lines)
    assert kinds == ["experience", "experience", "skills", "skills", "skills", "experience"]


def test_a_one_column_page_after_a_page_read_last_in_its_sidebar_carries_on_the_main_columns_section() -> None:
    """R pagedown: page 1 has the main column (Research) and a sidebar (Contact, Languages) read after it; page 2 has
    one column, under the main column's edge: its entries go on with Research, not with Languages."""
    lines = [
        _line("Research", 1, 1, 97, 400, 100),
        _line("Statistician, Nuremberg Hospital, 2020 - 2022", 1, 1, 99, 400, 120),
        _line("Languages", 1, 2, 448, 560, 100),
        _line("R", 1, 2, 451, 470, 120),
        _line("Julia", 1, 2, 451, 480, 140),
        _line("Research Assistant, Lund University, 2022", 2, 0, 99, 400, 80),
        _line("Gathered and analyzed data on rhythmic behavior.", 2, 0, 104, 400, 100),
        _line("Teaching", 2, 0, 97, 400, 140),
    ]
    assert column_roles(lines)[:5] == [MAIN, MAIN, SIDE, SIDE, SIDE]
    kinds = _section_kinds(lines)
    assert kinds[5:7] == ["research", "research"]
    assert kinds[3] == "languages"


def test_main_column_text_read_after_the_sidebar_on_the_same_page_keeps_the_main_columns_section() -> None:
    """The main column's last bullets, below the sidebar's end, are read after the sidebar: they go on with Teaching."""
    lines = [
        _line("Teaching", 1, 1, 97, 400, 578),
        _line("Teacher Assistant, Catholic University, Mar 2025 - Jul 2025", 1, 1, 99, 400, 606),
        _line("Skills", 1, 2, 442, 560, 100),
        _line("R (advanced)", 1, 2, 442, 520, 120),
        _line("STATA (basic)", 1, 2, 442, 495, 548),
        _line("Taught quantitative research design and data collection.", 1, 0, 105, 382, 655),
        _line("Teacher Instructor, The GRAPH Network, May 2023 - Now", 2, 0, 99, 400, 57),
    ]
    assert column_roles(lines)[:5] == [MAIN, MAIN, SIDE, SIDE, SIDE]
    kinds = _section_kinds(lines)
    assert kinds[4:] == ["skills", "experience", "experience"]


def test_columns_of_equal_width_have_no_sidebar() -> None:
    lines = [
        _line("Experience", 1, 1, 30, 290, 100),
        _line("Built models", 1, 1, 30, 290, 120),
        _line("Research work continues here", 1, 2, 310, 570, 100),
    ]
    assert column_roles(lines) == [MAIN, MAIN, MAIN]
    assert [s.kind for s in find_sections(lines)] == ["experience"]


def test_the_corpus_sidebar_is_read_as_its_own_column() -> None:
    folder = corpus_dir()
    path = folder / "software_chromium_two_column.pdf" if folder else None
    if path is None or not path.is_file():
        pytest.skip("the shared corpus file software_chromium_two_column.pdf is not here")
    document = read_document(path)
    kinds = document.section_kinds()
    sidebar = [i for i, line in enumerate(document.lines) if line.x0 > 390]
    assert {kinds[i] for i in sidebar} == {"education", "skills", "contact"}
    assert not any(i in position.members for position in document.positions for i in sidebar)
    assert [(p.organization, p.start, p.end) for p in document.positions if p.organization] == [
        ("Stripe", "2023-01", NOW),
        ("Figma", "2021-06", "2022-12"),
        ("Notion", "2019-07", "2021-05"),
        ("Creator", "2022-01", "2022-12"),
    ]
    found = _found(path)
    for skill in ("kubernetes", "grpc", "ab_testing"):  # shown only in the sidebar's skill tags (and the summary)
        assert found[skill].months is None, skill
    assert "skills" in {e.section for e in found["grpc"].evidence}


def test_a_typst_sidebar_with_education_and_skills_beside_the_jobs() -> None:
    document = read_document(REPO / "tests" / "real" / "latex" / "pdf" / "r_astro_01.pdf")
    kinds = document.section_kinds()
    left = [i for i, line in enumerate(document.lines) if line.page == 1 and line.x1 < 200 and line.top > 130]
    assert {kinds[i] for i in left} == {"summary", "education", "skills", "awards"}
    # the sidebar's lines join no job; its PhD is a position of its own through its thesis line
    jobs = [position for position in document.positions if kinds[position.first] != "education"]
    assert not any(i in position.members for position in jobs for i in left)
    dated = {p.title: (p.start, p.end) for p in document.positions}
    assert dated["PhD in Physics"] == ("2026-01", "2026-12")
    assert dated["Astrophysics Developer Group co-Lead"] == ("2025-01", "2026-12")


def _box(text: str, x0: float, top: float, x1: float) -> RawBox:
    return RawBox((RawLine(text, x0, top, x1, top + 10),))


@pytest.mark.parametrize("headings", [True, False], ids=["sidebar-with-headings", "table-cells"])
def test_boxes_beside_the_banner_split_the_page_only_when_both_columns_have_headings(headings: bool) -> None:
    banner = [_box("Jane Roe", 150, 20, 220), _box("jane@example.com | Berlin | github.com/jane | +49 30 555", 40, 40, 520)]
    left = [_box("Experience" if headings else "Dates and roles", 40, 70, 120)]
    left += [_box(f"Data Engineer at Acme Corporation, release {i}", 40, 90 + 20 * i, 330) for i in range(8)]
    right = [_box("Skills" if headings else "Highlights", 400, 70, 450)]
    right += [_box(f"Kubernetes, Docker {i}", 400, 90 + 20 * i, 520) for i in range(8)]
    page = RawPage(number=1, width=595, height=842, boxes=tuple(banner + left + right))
    columns = {box.lines[0].text: column for column, box in ordered_boxes(page)}
    assert columns["Jane Roe"] == 0
    if headings:
        assert {columns[b.lines[0].text] for b in left} == {1} and {columns[b.lines[0].text] for b in right} == {2}
    else:  # the cells of a table keep their rows
        assert set(columns.values()) == {0}


def test_a_gutter_narrower_than_a_hundredth_of_the_page_still_splits_the_columns() -> None:
    # a sidebar ending at x 213 beside jobs starting at x 216 (c236_ds_01): no step of a grid of hundredths of
    # the page falls in between, the box edges do
    left = [_box("Education", 40, 70, 120), _box("Skills", 40, 250, 100)]
    left += [_box(f"R, Bash, Web APIs, PostgreSQL and {i}", 40, 90 + 20 * i, 213) for i in range(8)]
    right = [_box("Experience", 216, 70, 300)]
    right += [_box(f"Developer and data scientist for the database {i}", 216, 90 + 20 * i, 560) for i in range(12)]
    page = RawPage(number=1, width=595, height=842, boxes=tuple(left + right))
    columns = {box.lines[0].text: column for column, box in ordered_boxes(page)}
    assert {columns[b.lines[0].text] for b in left} == {1}
    assert {columns[b.lines[0].text] for b in right} == {2}


def test_a_short_headed_sidebar_beside_a_main_column_with_its_own_date_column_is_a_column() -> None:
    # Skills and Links in a short right-hand sidebar (a small share of the page's text) beside Experience whose
    # dates are right-aligned inside the main column: the clear gutter and the sidebar's headings split the page,
    # the date column (no headings) does not
    main = [_box("Jane Roe", 45, 43, 200), _box("Summary", 45, 105, 120), _box("Engineer building LLM products.", 45, 125, 300)]
    main.append(_box("Experience", 45, 150, 120))
    for job in range(4):
        top = 170 + 80 * job
        main.append(_box(f"Machine Learning Engineer {job}", 45, top, 200))
        main.append(_box("Sep 2021 - Present", 323, top, 403))
        bullet = "Built retrieval services over contracts with embeddings and rerankers, part"
        main += [_box(f"{bullet} {k}.", 46, top + 14 * (k + 1), 400) for k in range(4)]
    side = [_box("SKILLS", 425, 48, 466), *(_box(f"Python, FastAPI {k}", 425, 66 + 13 * k, 510) for k in range(6))]
    side += [_box("LINKS", 425, 164, 460), _box("github.com/jroe", 425, 183, 520), _box("jroe.example.com", 425, 196, 520)]
    page = RawPage(number=1, width=595, height=842, boxes=tuple(main + side))
    columns = {box.lines[0].text: column for column, box in ordered_boxes(page)}
    assert {columns[b.lines[0].text] for b in side} == {2}
    assert {columns[b.lines[0].text] for b in main} == {1}


def test_a_margin_column_of_headings_and_date_ranges_stays_with_its_entries() -> None:
    # headings and date ranges in a narrow left margin, level with their entries: no sidebar, one column
    margin = [_box("Experience", 54, 161, 125), _box("Oct 2019 - Present", 70, 184, 156), _box("Jan 2017 - Sep 2019", 61, 272, 156)]
    margin += [_box("Education", 54, 318, 119), _box("Skills", 54, 371, 93)]
    content = [_box("Carlos Mendoza, BI analyst who builds the reports the sales teams run on.", 173, 60, 557)]
    content += [_box(f"Own the Power BI workspace: 25 dashboards on sales and margin, part {k}.", 174, 184 + 14 * k, 540) for k in range(6)]
    content += [_box(f"Built Excel and Tableau reports on prepaid churn, part {k}.", 174, 272 + 14 * k, 540) for k in range(3)]
    content += [_box("Lic. en Actuaria, UNAM, 2016", 173, 339, 305), _box("Power BI, DAX, T-SQL, Tableau", 173, 392, 416)]
    page = RawPage(number=1, width=595, height=842, boxes=tuple(margin + content))
    assert {column for column, _ in ordered_boxes(page)} == {0}


def test_a_margin_of_headings_under_the_name_and_title_heads_the_entries_level_with_it() -> None:
    """`c162_de_01` (Canva): the name and title over a margin of headings ("Computer Related" / "Work Experience",
    "Skills", "Education") level with their entries; the margin was read as a sidebar, so the skills list under the
    job was read as that job's lines."""
    name = [_box("Liam", 22, 55, 98), _box("Carter", 22, 97, 116), _box("Data Analyst", 22, 190, 134)]
    margin = [
        RawBox((RawLine("Computer Related", 22, 257, 148, 271), RawLine("Work Experience", 22, 275, 140, 289))),
        _box("Skills", 22, 432, 64),
        _box("Education", 22, 581, 90),
    ]
    content = [_box("liam@example.com", 235, 51, 341), _box("Calgary, AB", 230, 92, 301)]
    content += [_box("Canada Revenue Agency", 219, 255, 407), _box("IT Analyst", 219, 276, 276)]
    content += [_box("May 2021 - current | Calgary, AB", 219, 293, 380)]
    content += [_box(f"Support, design, develop and implement application systems, part {k}.", 244, 309 + 15 * k, 560) for k in range(6)]
    content += [_box("SQL (MySQL, PostgreSQL, NoSQL)", 244, 430, 410), _box("Tableau, ArcGIS, Latex, Git", 244, 445, 438)]
    content += [_box("B.S., Computer Science", 219, 579, 390), _box("University of Calgary", 219, 600, 334)]
    page = RawPage(number=1, width=595, height=842, boxes=tuple(name + margin + content))
    order = [box.lines[0].text for _, box in ordered_boxes(page)]
    assert order.index("Liam") < order.index("Computer Related Work Experience") < order.index("Canada Revenue Agency")
    assert order.index("Skills") < order.index("SQL (MySQL, PostgreSQL, NoSQL)") < order.index("Education")
    assert order.index("Education") < order.index("B.S., Computer Science")


def test_a_canva_sidebar_of_headings_with_a_degrees_dates_is_still_a_sidebar() -> None:
    """The left column (Contact, Education 2010-2014, Expertise) holds 12% of the text and one date range: it is
    read as a sidebar, so the jobs on the right keep their own dates and lines."""
    document = read_document(REPO / "tests" / "real" / "cv29" / "pdf" / "c29_un_01.pdf")
    left = [i for i, line in enumerate(document.lines) if line.x1 < 200]
    assert not any(i in position.members for position in document.positions for i in left)
    assert [(p.title, p.start, p.current) for p in document.positions][:2] == [
        ("Sr Staff Engineer", "2019-01", True),
        ("Contract Software Engineer", "2018-01", False),
    ]


def test_a_strip_of_dates_between_a_sidebar_and_the_jobs_dates_the_jobs(make_pdf: Callable[..., Path]) -> None:
    """A sidebar, then a narrow strip of dates ("Jun 2022" over "Present"), then the jobs: the dates are read
    with the jobs they stand level with, not among the sidebar's lines."""
    side_x, strip_x, jobs_x = 5.0, 76.0, 98.0
    side: list[Placed] = [
        (side_x, 50, "Vikram Iyer"),
        (side_x, 58, "Data Scientist"),
        (side_x, 70, "vikram.iyer@example.com"),
        (side_x, 90, "About me"),
        (side_x, 98, "Built robust data solutions to derive"),
        (side_x, 103, "insights from large and complex data."),
        (side_x, 126, "Acted as a liaison between the people"),
        (side_x, 131, "who asked and the technical teams."),
        (side_x, 160, "Mentored team members in learning"),
        (side_x, 165, "new tools and better processes."),
    ]
    strip: list[Placed] = [
        (strip_x, 30, "Jun 2022"),
        (strip_x, 34.5, "Present"),
        (strip_x, 124, "May 2018"),
        (strip_x, 128.5, "Dec 2021"),
    ]
    jobs: list[Placed] = [
        (strip_x, 20, "Experience"),
        (jobs_x, 30, "Data Scientist, Alstom Transport"),
        (jobs_x, 36, "Built causal Bayesian network models in Python"),
        (jobs_x, 41, "for the failures of urban transit systems and"),
        (jobs_x, 46, "deployed them as a web application for the"),
        (jobs_x, 51, "engineers who maintain the signalling fleet."),
        (jobs_x, 124, "Data Engineer, Alstom Transport"),
        (jobs_x, 130, "Designed data pipelines in Spark and Airflow"),
        (jobs_x, 135, "for the data science applications of the fleet"),
        (jobs_x, 140, "and served them as REST API services to teams."),
    ]
    document = read_document(make_pdf(placed=side + strip + jobs))
    found = [(p.title, p.start, p.end) for p in document.positions]
    assert found == [("Data Scientist", "2022-06", NOW), ("Data Engineer", "2018-05", "2021-12")]
    kinds = document.section_kinds()
    assert {kinds[i] for i, line in enumerate(document.lines) if line.text.startswith(("Acted", "Mentored"))} == {"summary"}


def test_a_sidebar_carried_on_beside_the_jobs_on_the_next_page_is_no_part_of_the_jobs() -> None:
    # the sidebar's section carried on into page 2 repeats its heading but is not a heading recurring under every job
    lines = [
        _line("Experience", 1, 1, 200, 560, 100),
        _line("Data Engineer, Acme, 2021 - Present", 1, 1, 200, 560, 120),
        _line("Skills", 1, 2, 30, 180, 100),
        _line("Kubernetes", 1, 2, 30, 120, 120),
        _line("Analyst, Beta, 2018 - 2021", 2, 2, 200, 560, 40),
        _line("Terraform", 2, 1, 30, 120, 40),
    ]
    assert column_roles(lines) == [MAIN, MAIN, SIDE, SIDE, MAIN, SIDE]
    kinds = _section_kinds(lines)
    assert kinds == ["experience", "experience", "skills", "skills", "experience", "skills"]
