"""Skill depth: months, first and last use and positions of every skill, by the issue's convention."""

from __future__ import annotations

import pytest

from gapcheck import analyze_text
from gapcheck.dates import month
from gapcheck.depth import describe, measure
from gapcheck.document import Document
from gapcheck.hits import SkillHit
from gapcheck.positions import find_positions
from gapcheck.report import FoundSkill
from tests.test_positions import lines_of, sections_of

AS_OF = month(2026, 12)

RESUME = """
Jane Roe
Summary
Machine learning engineer who loves Kubernetes.
Experience
Senior ML Engineer | Acme Corp | Mar 2021 – Present
Served PyTorch models with Docker behind a gRPC gateway for fraud scoring.
ML Engineer | Beta GmbH | Jan 2020 – Jun 2021
Trained PyTorch models on GPUs and packaged them with Docker for the platform.
Projects
Side project
Wrote a Rust chess engine with alpha-beta search and opening books for fun.
Skills
Python, Kubernetes, Tableau
"""


def _document() -> Document:
    lines = lines_of(RESUME)
    sections = sections_of(lines)
    return Document("resume.txt", "text", 1, tuple(lines), tuple(sections), find_positions(lines, sections, as_of=AS_OF))


def _hit(document: Document, skill: str, word: str, implied_by: str | None = None) -> list[SkillHit]:
    out = []
    offset = 0
    for index, line in enumerate(document.lines):
        at = line.text.find(word)
        if at >= 0:
            out.append(
                SkillHit(
                    skill,
                    word,
                    word,
                    offset + at,
                    offset + at + len(word),
                    index,
                    document.section_kinds()[index],
                    "implied" if implied_by else "exact",
                    100.0,
                    "test",
                    implied_by,
                )
            )
        offset += len(line.text) + 1
    return out


def test_months_are_the_union_of_overlapping_positions() -> None:
    document = _document()
    hits = _hit(document, "pytorch", "PyTorch") + _hit(document, "docker", "Docker")
    depth = measure(document, hits, AS_OF)
    pytorch = depth.of("pytorch")
    # Jan 2020 – Dec 2026 without counting Mar–Jun 2021 twice
    assert pytorch.months == 84
    assert (pytorch.first_used, pytorch.last_used) == ("2020-01", "2026-12")
    assert pytorch.positions == (0, 1)
    assert depth.experience_months == 84


def test_implied_evidence_dates_the_implied_skill() -> None:
    document = _document()
    hits = _hit(document, "python", "PyTorch", implied_by="pytorch") + _hit(document, "python", "Python")
    python = measure(document, hits, AS_OF).of("python")
    assert python.months == 84 and python.positions == (0, 1)
    assert python.attributions[0].implied_by == "pytorch"


def test_skills_and_summary_lines_are_listed_only() -> None:
    document = _document()
    hits = _hit(document, "kubernetes", "Kubernetes") + _hit(document, "tableau", "Tableau")
    depth = measure(document, hits, AS_OF)
    for skill in ("kubernetes", "tableau"):
        assert (depth.of(skill).months, depth.of(skill).first_used, depth.of(skill).last_used) == (None, None, None)
    assert describe(depth.of("tableau").months, depth.of("tableau").last_used, 0) == "listed only"


def test_a_single_position_counts_both_end_months() -> None:
    document = _document()
    grpc = measure(document, _hit(document, "grpc", "gRPC"), month(2026, 11)).of("grpc")
    assert (grpc.months, grpc.first_used, grpc.last_used) == (69, "2021-03", "2026-11")


def test_the_as_of_month_moves_open_ends() -> None:
    document = _document()
    depth = measure(document, _hit(document, "grpc", "gRPC"), month(2024, 2))
    assert depth.of("grpc").last_used == "2024-02"
    assert depth.positions[0].end == "2024-02"
    assert depth.as_of == "2024-02"


def test_undated_project_gives_no_depth() -> None:
    document = _document()
    assert measure(document, _hit(document, "rust", "Rust"), AS_OF).of("rust").months is None


def _found_skills(text: str) -> dict[str, FoundSkill]:
    """Every skill the resume ``text`` shows, by id, with its depth as of 2026-12."""
    from gapcheck import Analyzer

    report = Analyzer(as_of="2026-12").analyze_text(text)
    return report.found_skills


def test_description() -> None:
    assert describe(50, "2024-05", 2) == "4 yrs 2 mo · last used 2024 · 2 positions"
    assert describe(7, "2019-01", 1) == "7 mo · last used 2019 · 1 position"
    assert describe(12, "2019-01", 1) == "1 yr · last used 2019 · 1 position"


def test_repository_links_and_link_labels_date_no_skill() -> None:
    """A project's repository link or its "| GitHub" label names where the code lives: Git was not shown there."""
    from gapcheck import Analyzer

    text = """Jane Roe
Projects
Churn Model | GitHub | Jan 2023 - Jun 2023
Built a churn model with pandas; code at github.com/jane-roe/churn-model
Experience
Data Scientist | Acme Corp | Jul 2023 - Present
Reviewed pull requests and kept the team's Git history clean.
Skills
Git, Python
"""
    report = Analyzer(as_of="2026-12").analyze_text(text)
    git = report.found_skills["git"]
    assert (git.first_used, git.last_used, git.months) == ("2023-07", "2026-12", 42)
    python = report.found_skills["python"]
    assert python.first_used == "2023-01"  # the project's own line still dates what it shows


def test_a_repository_link_alone_leaves_git_listed_only() -> None:
    from gapcheck import Analyzer

    text = """Jane Roe
Experience
Data Scientist | Acme Corp | Jul 2023 - Present
Built a forecasting model in Python (github.com/jane-roe/forecast)
Skills
Git
"""
    report = Analyzer(as_of="2026-12").analyze_text(text)
    git = report.found_skills["git"]
    assert git.months is None and git.last_used is None


def test_a_link_word_in_brackets_after_a_project_title_leaves_git_listed_only() -> None:

    text = """Jane Roe
Projects
TrueContext – GenAI Document Intelligence System [GitHub]   Jan 2026 - Feb 2026
Built a retrieval pipeline in Python over scanned contracts.
Skills
Git, Python
"""
    found = _found_skills(text)
    assert found["git"].months is None and found["git"].last_used is None
    assert found["python"].last_used == "2026-02"


def test_a_site_named_as_where_work_is_kept_leaves_git_listed_only() -> None:
    """ "available on GitHub", "| GitHub Repository", "GitHub stars" say where the work is, not that Git was used."""

    text = """Jane Roe
Experience
Data Analyst | Acme Corp | Jul 2023 - Present
Built churn dashboards in Python; the code is available on GitHub.
Projects
Breathe NYC | GitHub Repository | Live Demo | Jan 2022 - Mar 2022
Air-quality maps in Python; 300+ GitHub stars.
Skills
Git, Python
"""
    found = _found_skills(text)
    assert found["git"].months is None and found["git"].last_used is None
    assert found["python"].first_used == "2022-01"


def test_an_overview_label_under_a_job_title_is_part_of_the_job() -> None:
    from gapcheck import Analyzer

    text = """Jane Roe
Objective
Computer applications student seeking a software engineering internship.
Experience
Machine Learning using Python
Overview
June 2025 - August 2025
Developed and trained machine learning models using Python and Scikit-learn for classification.
Created data visualizations using Matplotlib and Seaborn to identify patterns.
"""
    report = Analyzer(as_of="2026-12").analyze_text(text)
    found = report.found_skills
    assert (found["matplotlib"].months, found["matplotlib"].last_used) == (3, "2025-08")
    assert [(p.title, p.start, p.end) for p in report.positions] == [("Machine Learning using Python", "2025-06", "2025-08")]


def test_a_label_in_another_case_under_a_jobs_dates_is_part_of_the_job() -> None:

    text = """Jane Roe
SKILLS
Python, SQL, Docker
WORK EXPERIENCE
DATA SCIENTIST & ML ENGINEER
Gense Technologies Ltd, HK
(Oct, 2022 – Aug, 2025)
Projects & Technical Experience
• Built automated MLOps workflows with Docker and MLflow for experiment tracking.
DATA ANALYST
Anvipro IT Solutions, India
(December, 2021 – June, 2022)
• Wrote SQL queries for monthly reports.
EDUCATION
B.Sc. Computer Science, Utkal University   2017 - 2021
"""
    found = _found_skills(text)
    assert (found["docker"].months, found["docker"].last_used) == (35, "2025-08")
    assert (found["sql"].months, found["sql"].last_used) == (7, "2022-06")


def test_a_peer_heading_after_a_job_without_bullets_still_opens_its_own_section() -> None:

    text = """Jane Roe
EXPERIENCE
Data Intern, Acme Corp   Jun 2020 - Aug 2020
PROJECTS
Chatbot: a support bot built with Docker and FastAPI
"""
    found = _found_skills(text)
    assert found["docker"].months is None


def test_a_heading_recurring_under_jobs_printed_after_education_is_part_of_each_job() -> None:
    """ "Contact :" under every job is a part of the job, even where the jobs follow Education with no heading."""

    text = """Jane Roe
EDUCATION
B.Tech Computer Science, GEC Raipur   2019 - 2023
Full Stack Developer Intern
SkyLark Labs
05/2022 - 06/2022
Built scalable CDN networks using AWS. Python and Django
Contact :
Manoj Kapoor (Director of Engineering)
Full Stack Application Developer Intern
AMTDC KITE
12/2021 - 03/2022
Developed simulation software in Python with Tkinter and SQLite 3
Contact :
Sunil Mathur (Mentor)
"""
    found = _found_skills(text)
    assert (found["sql"].months, found["sql"].last_used) == (4, "2022-03")
    assert (found["python"].months, found["python"].first_used) == (6, "2021-12")


def test_work_on_a_narrower_skill_counts_for_the_broader_one_the_resume_shows() -> None:
    document = _document()
    hits = _hit(document, "pytorch", "PyTorch") + _hit(document, "machine_learning", "Machine learning")
    assert measure(document, hits, AS_OF).of("machine_learning").months is None
    depth = measure(document, hits, AS_OF, part_of={"pytorch": ("machine_learning",)})
    learning = depth.of("machine_learning")
    assert learning.months == 84 and learning.positions == (0, 1)
    assert learning.attributions[0].implied_by == "pytorch"
    # a broader skill the resume never shows gets no depth from it
    assert (
        measure(document, _hit(document, "pytorch", "PyTorch"), AS_OF, part_of={"pytorch": ("machine_learning",)})
        .of("machine_learning")
        .months
        is None
    )


@pytest.mark.parametrize("heading", ["SKILLS INVENTORY MATRIX", "Skill matrix"])
def test_skills_under_a_skills_matrix_heading_after_the_last_job_are_listed_only(heading: str) -> None:
    """`c109_de_01`: "SKILLS INVENTORY MATRIX", `c207_ds_02`: "Skill matrix" were no headings, so their tools dated the
    job printed above them."""
    from gapcheck import Analyzer

    text = f"""Jane Roe
Experience
Store Manager | Apple | 2002 - 2006
Staffed and optimized retail locations.
{heading}
Workers, Git & GitHub workflows, Docker
"""
    report = Analyzer(as_of="2026-12").analyze_text(text)
    docker = report.found_skills["docker"]
    assert docker.months is None and docker.last_used is None


@pytest.mark.parametrize("heading", ["EXECUTIVE SUMMARY", "Profile Summary", "Summary of Qualifications"])
def test_a_summary_under_a_degree_is_no_hands_on_work_of_that_degree(heading: str) -> None:
    """`c215_ds_01`: "EXECUTIVE SUMMARY" was no heading, so the summary's "hands-on experience in data analysis ... Python"
    made the degree (Oct 2022 - Jun 2027) a position of 51 months."""
    from gapcheck import Analyzer

    text = f"""Jane Roe
EDUCATION
SASTRA University | Thanjavur, India Oct 2022 – Jun 2027 (Expected)
M.Sc. Data Science (5 Years Integrated)
{heading}
MSc Data Science student with hands-on experience in data analysis, visualization, and machine learning through academic projects and
internship exposure. Skilled in Python, SQL, Power BI, R, and statistical analysis with the ability to derive actionable insights from real-
world datasets. Strong analytical thinking, problem-solving, and collaboration skills aligned with data-driven business environments.
"""
    report = Analyzer(as_of="2026-12").analyze_text(text)
    assert report.experience_months == 0
    python = report.found_skills["python"]
    assert python.months is None


def test_undated_projects_under_a_project_work_heading_after_a_degree_are_listed_only() -> None:
    """`c116_de_01`: "PROJECT WORK" was no heading, so the projects below dated their tools by the degree's years."""
    from gapcheck import Analyzer

    text = """Jane Roe
Education
Institute of Aeronautical Engineering | Aug 2017 - Jun 2021
B.Tech. in Electrical and Electronics Engineering
Relevant Courses: Data Structures, Algorithms, DBMS
Project Work
Vote Counting: Built a streaming data pipeline using Apache Kafka and Apache Spark on Docker.
"""
    report = Analyzer(as_of="2026-12").analyze_text(text)
    docker = report.found_skills["docker"]
    assert docker.months is None and docker.last_used is None


def test_a_label_with_a_colon_under_a_jobs_dates_is_part_of_the_job() -> None:
    # `c425_ai_03`: the job's projects under "PROJECTS:", where the resume's own headings have no colon
    text = """Jane Roe
SUMMARY
Software engineer.
PROFESSIONAL EXPERIENCE
GENERAL MOTORS
SOFTWARE ENGINEER   March 2021 – Present
Led the redesign of the design system website.
PROJECTS:
Migration of Spring Boot Applications to Azure
Transformed databases from Oracle to Postgres.
MY COMMUNITY CREDIT UNION
IT HELPDESK TECHNICIAN   August 2018 – March 2021
Created the intranet page with React.
EDUCATION
B.Sc. Computer Science, State University   2014 - 2018
"""
    found = _found_skills(text)
    assert (found["sql"].months, found["sql"].last_used) == (70, "2026-12")


def test_a_jobs_statistical_tests_count_in_the_months_of_statistics_the_resume_shows() -> None:
    # (written slices w553-w605: labellers read a job's significance tests as statistics work in it; the months of
    # statistics came out of the one job that said "statistics")
    text = (
        "Jane Doe\n\nEXPERIENCE\n\nData Scientist, Acme\nJan 2021 – Dec 2022\n- Statistical analysis of the member survey\n\n"
        "Analyst, Beta\nJan 2017 – Dec 2020\n- Checked the pilot with two-sample t-tests and chi-square tests\n"
    )
    report = analyze_text(text, as_of="2026-12")
    statistics = report.found_skills["statistics"]
    assert (statistics.months, statistics.first_used) == (72, "2017-01")
    # ... and a resume that never shows statistics gets none from its tests
    alone = analyze_text(text.replace("Statistical analysis of the member survey", "Cleaned the member survey"), as_of="2026-12")
    assert "statistics" not in alone.found_ids
