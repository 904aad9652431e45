"""One reading path: the Document keeps its structure, the matcher reads it, the taxonomy has one route."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest

from gapcheck import Analyzer, read_document
from gapcheck.document import Document, Line, Section
from gapcheck.limits import Limits
from tests.conftest import SAMPLES

CUSTOM_ROLES = '[[role]]\nid = "brewer"\nname = "Brewer"\ntaxonomies = ["brewing"]\n'
CUSTOM_SKILLS = (
    '[taxonomy]\nid = "brewing"\nname = "Brewing"\n\n[[group]]\nid = "mash"\nname = "Mashing"\n\n'
    '[[skill]]\nid = "decoction"\nname = "Decoction mashing"\ngroup = "mash"\naliases = ["decoction mash"]\n'
)


@pytest.fixture
def custom_taxonomy(tmp_path: Path) -> Path:
    folder = tmp_path / "brewing"
    folder.mkdir()
    (folder / "roles.toml").write_text(CUSTOM_ROLES, encoding="utf-8")
    (folder / "brewing.toml").write_text(CUSTOM_SKILLS, encoding="utf-8")
    return folder


def test_a_saved_pipeline_keeps_its_custom_taxonomy_in_a_new_process(tmp_path: Path, custom_taxonomy: Path) -> None:
    import spacy

    nlp = spacy.blank("en")
    matcher: Any = nlp.add_pipe("gapcheck_skills")
    matcher.initialize(taxonomy=custom_taxonomy)
    saved = tmp_path / "pipeline"
    nlp.to_disk(saved)
    custom_taxonomy.joinpath("brewing.toml").unlink()  # the saved pipeline must not need the original folder
    script = (
        "import json, spacy, sys\n"
        f"nlp = spacy.load({str(saved)!r})\n"
        "doc = nlp('Ran a decoction mash every week; wrote Python scripts')\n"
        "print(json.dumps([s.label_ for s in doc.spans['gapcheck_skills']]))\n"
    )
    out = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True, check=True, timeout=120)
    assert json.loads(out.stdout) == ["decoction"]  # the custom skill, and nothing from the built-in taxonomy


def test_a_custom_taxonomy_never_indexes_the_builtin_one(monkeypatch: pytest.MonkeyPatch, custom_taxonomy: Path) -> None:
    import gapcheck.matcher as matcher

    built: list[tuple[str, ...]] = []
    real = matcher.build_index

    def counting(taxonomy, tokenize):
        built.append(tuple(sorted(taxonomy.skills)))
        return real(taxonomy, tokenize)

    monkeypatch.setattr(matcher, "build_index", counting)
    monkeypatch.setattr(matcher, "_INDEXES", {})
    report = Analyzer(taxonomy=custom_taxonomy).analyze_text("Decoction mash, Python and Kubernetes")
    assert built == [("decoction",)]
    assert [f.id for f in report.role("brewer").found] == ["decoction"]


def test_the_document_keeps_sections_blocks_and_positions_on_the_page() -> None:
    document = read_document(SAMPLES / "data_scientist.pdf")
    kinds = [section.kind for section in document.sections]
    assert {"experience", "skills", "education"} <= set(kinds)
    for section in document.sections:
        assert 0 <= section.start < section.end <= len(document.lines)
    assert [s.start for s in document.sections] == sorted(s.start for s in document.sections)
    for line in document.lines:
        assert 0 <= line.x0 < line.x1 and 0 <= line.top < line.bottom, line
    skills = next(s for s in document.sections if s.kind == "skills")
    assert document.lines[skills.start].text.lower().startswith("skills")


def test_a_two_column_page_reads_the_sidebar_as_its_own_column(make_pdf) -> None:
    main = [(80.0, 30.0 + 6 * i, f"Built a ranking service in Go and Rust, release {i}") for i in range(12)]
    side = [(12.0, 30.0 + 6 * i, f"Skill {i}: Kubernetes") for i in range(12)]
    document = read_document(make_pdf(placed=main + side))
    columns = {line.text.split(":")[0][:5]: line.column for line in document.lines}
    assert columns["Skill"] != columns["Built"]
    sidebar = [i for i, line in enumerate(document.lines) if line.text.startswith("Skill")]
    assert sidebar == list(range(sidebar[0], sidebar[0] + 12))  # read as one run, never interleaved


def test_hit_lines_are_document_lines() -> None:
    analyzer = Analyzer()
    document = analyzer.read(SAMPLES / "ai_engineer.pdf")
    hits, _ = analyzer.match(document)
    assert len(hits) > 20
    starts = [0]
    for line in document.lines:
        starts.append(starts[-1] + len(line.text) + 1)
    for hit in hits:
        assert document.text[hit.start : hit.end] == hit.text
        assert starts[hit.line] <= hit.start < starts[hit.line + 1]  # the hit starts on lines[hit.line]


def test_reading_without_limits_is_in_process_and_gives_the_same_document() -> None:
    limited = read_document(SAMPLES / "ai_engineer.pdf")
    unlimited = read_document(SAMPLES / "ai_engineer.pdf", limits=Limits.none())
    assert limited == unlimited


def test_a_relative_path_is_read_after_the_working_folder_changed(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """Reader workers outlive a chdir of the host process; a relative path must still name the caller's file."""
    import shutil

    read_document(SAMPLES / "ai_engineer.pdf")  # a warm worker, started in the old working folder
    shutil.copy(SAMPLES / "ai_engineer.pdf", tmp_path / "cv.pdf")
    (tmp_path / "broken.pdf").write_bytes((SAMPLES / "ai_engineer.pdf").read_bytes()[:700])
    monkeypatch.chdir(tmp_path)
    assert read_document("cv.pdf").lines
    from gapcheck.errors import CorruptPDF

    with pytest.raises(CorruptPDF) as info:
        read_document("broken.pdf")
    assert info.value.path == "broken.pdf" and str(tmp_path) not in str(info.value)


def test_pdfs_read_from_eight_threads_at_once_while_other_threads_log() -> None:
    """One isolated reader path, safe in threaded hosts: the same documents as reading one at a time."""
    import logging
    import threading
    from concurrent.futures import ThreadPoolExecutor

    files = sorted(SAMPLES.glob("*.pdf")) * 4
    alone = {path: read_document(path) for path in set(files)}
    logger = logging.getLogger("gapcheck.test.threads")
    logger.setLevel(logging.DEBUG)
    logger.addHandler(logging.NullHandler())
    stop = threading.Event()

    def chatter() -> None:
        while not stop.is_set():
            logger.debug("noise %s", "x" * 100)

    noise = [threading.Thread(target=chatter) for _ in range(2)]
    for thread in noise:
        thread.start()
    try:
        with ThreadPoolExecutor(8) as pool:
            documents = list(pool.map(lambda p: read_document(p, limits=Limits(timeout=60)), files))
    finally:
        stop.set()
        for thread in noise:
            thread.join()
    assert documents == [alone[path] for path in files]


def _found(report: Any, skill: str) -> Any:
    return report.found_skills[skill]


def test_jobs_printed_after_education_without_a_heading_are_jobs() -> None:
    text = (
        "Jane Roe\n\nEducation\n\nBSc Physics, Queen Mary University of London\n2017 – 2020\n\n"
        "Dimension Studio, London\nSenior Machine Learning Engineer   Nov 2023 – Present\n"
        "Optimised PyTorch video matting on Kubernetes for live events.\n\n"
        "Expedia, London\nMachine Learning Engineer   Feb 2022 – Oct 2023\n"
        "Ran bidding models in PyTorch on Kubernetes for the growth team.\n"
    )
    report = Analyzer(as_of="2026-12").analyze_text(text)
    assert [p.organization.split(",")[0] for p in report.positions][:2] == ["Dimension Studio", "Expedia"]
    pytorch = _found(report, "pytorch")
    assert pytorch.last_used == "2026-12" and pytorch.months == 59  # Feb 2022 - Dec 2026, both jobs
    assert pytorch.in_work


def test_a_programme_under_education_with_a_title_word_and_an_expected_end_stays_education() -> None:
    """`c117_de_03`: "ENSEEIHT / Engineer from N7 specializing in Computer Science 2025-2028" read as a job."""
    from gapcheck.textfile import document_from_text

    document = document_from_text(
        "Education\n\nLycée Moulay Al Hassan Tanger\nBaccalaureate in Mathematical Sciences\n2023\n\n"
        "ENSEEIHT\nEngineer from N7 specializing in Computer Science and Telecommunications.\n2025-2038\n"
    )
    kinds = dict(zip((line.text for line in document.lines), document.section_kinds(), strict=True))
    assert kinds["Engineer from N7 specializing in Computer Science and Telecommunications."] == "education"
    assert not [p for p in document.positions if document.sections[p.section].kind == "experience"]


def test_a_course_under_education_naming_a_product_stays_education() -> None:
    from gapcheck.textfile import document_from_text

    document = document_from_text(
        "Education\n\nMA History, Erasmus University Rotterdam\n1986 - 1993\n\n"
        "Oracle design and build, Fast Lane, Bussum [aug. 1996 - feb. 1997]. SQLPlus, PL/SQL, Developer/2000\n\n"
        "Experience\n\nData Engineer, Booking.com\n2023-10 - 2025-10\nBuilt SQL pipelines in Airflow.\n"
    )
    kinds = dict(zip((line.text for line in document.lines), document.section_kinds(), strict=True))
    assert kinds["Oracle design and build, Fast Lane, Bussum [aug. 1996 - feb. 1997]. SQLPlus, PL/SQL, Developer/2000"] == "education"


def _column(rows: list[tuple[str, float]], *, x0: float = 35.0) -> Document:
    lines = tuple(Line(text, 1, i + 1, 0, x0=x0, top=100.0 + 12 * i, x1=x1, bottom=110.0 + 12 * i) for i, (text, x1) in enumerate(rows))
    return Document("cv.pdf", "pdf", 1, lines, (Section("research", "", 0, len(lines)),))


def test_a_phrase_that_a_narrow_column_wrapped_onto_the_next_line_is_read_whole() -> None:
    analyzer = Analyzer()
    narrow = _column(
        [
            ("Work with Prof. Kim to research Cloud", 200.0),
            ("Computing, Edge Computing,", 159.0),
            ("Performance Optimization, and Deep", 193.0),
            ("Learning.", 74.0),
        ]
    )
    hits, _ = analyzer.match(narrow)
    assert {"cloud", "machine_learning"} <= {hit.skill for hit in hits}
    # the same short lines in a box four times as wide are lines that ended early, not wrapped ones
    wide = _column([*((text, x1) for text, x1 in ((line.text, line.x1) for line in narrow.lines)), ("x" * 150, 800.0)])
    hits, _ = analyzer.match(wide)
    assert not {"cloud", "machine_learning"} & {hit.skill for hit in hits}


@pytest.mark.parametrize(
    ("first", "second", "kind"),
    [
        ("RESEARCH", "EXPERIENCE", "research"),  # one heading stacked over two lines of a margin
        ("Teaching", "Experience", "experience"),
        ("COURSEWORK", "LANGUAGES", None),  # two headings, each beside its own line
        ("Portfolio & code:", "EDUCATION", None),  # a project's link label over the next heading
        ("INTERNSHIPS &", "TRAININGS", "experience"),
        ("PROJECTS", "AND SEMINARS", "projects"),  # `c299_ai_01`: broken before its "and"
    ],
)
def test_two_stacked_headings_are_one_only_when_they_name_one(first: str, second: str, kind: str | None) -> None:
    from gapcheck.sections import heading_over_two_lines

    assert heading_over_two_lines(first, second) == kind


def test_tags_printed_in_small_type_beside_a_heading_open_no_section() -> None:
    from gapcheck.structure import find_sections

    def line(text: str, x0: float, top: float, x1: float, height: float) -> Line:
        return Line(text, 1, 0, 0, x0=x0, top=top, x1=x1, bottom=top + height)

    rows = [
        line("Experience", 224.0, 286.5, 274.7, 9.5),
        line("Internal Tools", 386.2, 291.2, 422.6, 6.0),
        line("B2B", 438.6, 291.2, 449.9, 6.0),
        line("Alfa-Bank", 224.0, 307.3, 263.7, 8.5),
        line("Senior Product Manager   Jul 2025–Present", 224.0, 320.0, 560.0, 8.5),
        line("Owned the motivation engine: ETL pipelines across 30 data marts.", 224.0, 333.0, 560.0, 8.5),
    ]
    assert [s.kind for s in find_sections(rows)] == ["experience"]
    # the same label in the heading's own type beside it is a heading of its own ("HARD SKILLS" beside "LANGUAGES")
    rows[1] = line("Internal Tools", 386.2, 286.5, 450.0, 9.5)
    assert [s.kind for s in find_sections(rows)] == ["experience", "skills"]


@pytest.mark.parametrize(
    ("line", "kind"),
    [("ProfessionalExperience", "experience"), ("TechnicalProjects", "projects"), ("JavaScript", None), ("TensorFlow", None)],
)
def test_a_heading_whose_spaces_the_pdf_lost_still_opens_its_section(line: str, kind: str | None) -> None:
    """`c217_de_01`: "ProfessionalExperience" and "TechnicalProjects" opened nothing, so both jobs and both projects
    were read as skills lines (32 months of experience read as none)."""
    from gapcheck.sections import heading_section

    assert heading_section(line) == kind


def test_headings_of_a_column_set_flush_right_open_their_sections() -> None:
    """`c216_un_01`: a right-hand column set flush right ("TOOLS" over "Adobe Creative Suite", "Sketch", "GitHub")
    had its headings taken for right-aligned titles, so its tools list was no skills section and "GitHub" a link."""
    from gapcheck.structure import find_sections

    def line(text: str, x0: float, top: float) -> Line:
        return Line(text, 1, 0, 0, x0=x0, top=top, x1=560.0, bottom=top + 9)

    rows = [
        line("EXPERIENCE", 36, 40),
        line("example.com", 504, 107),
        line("TOOLS", 525, 143),
        line("Adobe Creative Suite", 462, 170),
        line("Sketch", 526, 187),
        line("Figma", 528, 203),
        line("GitHub", 525, 236),
        line("SKILL SET", 511, 291),
        line("Visual Design", 496, 318),
        line("UX/UI Design", 497, 335),
    ]
    kinds = [(s.heading, s.kind) for s in find_sections(rows)]
    assert ("TOOLS", "skills") in kinds and ("SKILL SET", "skills") in kinds


@pytest.mark.parametrize(
    ("line", "kind"),
    [
        ("Onderwijs", "education"),
        ("Opleiding", "education"),
        ("Werkervaring", "experience"),
        ("Vaardigheden", "skills"),
        ("Esperienze lavorative", "experience"),
        ("Esperienza lavorativa", "experience"),  # written slice w410: the whole resume's jobs fell under its header
        ("Esperienze professionali", "experience"),
        ("Istruzione", "education"),
        ("Competenze", "skills"),
    ],
)
def test_dutch_and_italian_headings_open_their_sections(line: str, kind: str) -> None:
    """`c264_ai_02`: an English resume with Dutch headings read its master's and bachelor's ("Onderwijs") as jobs,
    and the titles of its jobs were lost (48 months of experience too many)."""
    from gapcheck.sections import heading_section

    assert heading_section(line) == kind


@pytest.mark.parametrize(("line", "kind"), [("Current Organization", "experience"), ("Previous Organization", "experience")])
def test_naukri_headings_open_their_sections(line: str, kind: str) -> None:
    """Written slice w417: a Naukri resume's "Current Organization" and "Previous Organization" opened nothing, so both
    jobs fell under "Key Skills" and every month of the resume was lost."""
    from gapcheck.sections import heading_section

    assert heading_section(line) == kind


def test_a_heading_with_a_remark_longer_than_a_heading_alone_still_opens_its_section() -> None:
    """Written slice w249: "Competency examples (Success Profiles behaviours)" (49 characters) opened nothing, so its
    stories were read as the last job's lines."""
    from gapcheck.sections import heading_section

    assert heading_section("Competency examples (Success Profiles behaviours)") == "summary"
    assert heading_section("Professional Experience (selected, most recent first)") == "experience"
    assert heading_section("Analysed Key Stage 4 attainment data (for the report)") is None


@pytest.mark.parametrize("heading", ["Software & data", "Computing"])
def test_an_academic_tools_heading_opens_a_skills_section(heading: str) -> None:
    """Written slice w254: "Software & data" after "Invited talks" was read as the talks' lines."""
    from gapcheck.sections import heading_section

    assert heading_section(heading) == "skills"


def test_credits_head_a_stage_managers_jobs() -> None:
    """Written slice w810: a stage manager's "Credits" heading over dated productions gave no positions at all."""
    from gapcheck import analyze_text

    report = analyze_text(
        "Profile\nStage manager with eight years on new work.\nCredits\nProduction Stage Manager – PYTHON (national tour)\n"
        "Bluestone Theatre Company | Mar 2024 – Nov 2025\nManaged a $180k production budget, reconciling against actuals.\n",
        as_of="2026-12",
    )
    assert [(p.start, p.end) for p in report.positions] == [("2024-03", "2025-11")]
