"""Dated positions found in a Document's activity sections, wherever the resume prints the dates."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace
from typing import Any

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from gapcheck import read_document
from gapcheck.dates import month
from gapcheck.document import HEADER, Line, Position, Section
from gapcheck.limits import Limits
from gapcheck.positions import find_positions, is_place
from gapcheck.sections import heading_section

AS_OF = month(2026, 12)


def lines_of(text: str) -> list[Line]:
    """Lines without geometry, one per non-empty line of ``text``."""
    rows = [row.strip() for row in text.strip().splitlines() if row.strip()]
    return [Line(row, 1, i + 1, i) for i, row in enumerate(rows)]


def placed(rows: Sequence[tuple[str, float, float, float]], **fields: Any) -> list[Line]:
    """Lines 10 points high on page 1 from (text, x0, top, x1) rows, one block each; ``fields`` set on every line."""
    return [Line(text, 1, i + 1, i, x0=x0, top=top, x1=x1, bottom=top + 10, **fields) for i, (text, x0, top, x1) in enumerate(rows)]


def in_blocks(rows: Sequence[tuple[str, float, float, float, int]], *, height: float = 10) -> list[Line]:
    """Lines on page 1 from (text, x0, top, x1, block) rows: rows of one block are one box's lines."""
    return [Line(text, 1, i + 1, block, x0=x0, top=top, x1=x1, bottom=top + height) for i, (text, x0, top, x1, block) in enumerate(rows)]


def in_experience(lines: Sequence[Line]) -> tuple[Position, ...]:
    """The positions of ``lines`` read as one experience section, as of December 2026."""
    return find_positions(lines, [Section("experience", "Experience", 0, len(lines))], as_of=AS_OF)


def in_projects(lines: Sequence[Line]) -> tuple[Position, ...]:
    """The positions of ``lines`` read as one projects section, as of December 2026."""
    return find_positions(lines, [Section("projects", "Projects", 0, len(lines))], as_of=AS_OF)


def sections_of(lines: Sequence[Line]) -> list[Section]:
    """Sections opened by heading lines (as gapcheck.sections reads them)."""
    out: list[Section] = []
    start, kind = 0, "header"
    for i, line in enumerate(lines):
        opened = heading_section(line.text)
        if opened is not None:
            if i > start:
                out.append(Section(kind, lines[start].text, start, i))
            start, kind = i, opened
    out.append(Section(kind, lines[start].text, start, len(lines)))
    return out


def positions(text: str) -> tuple[Position, ...]:
    lines = lines_of(text)
    return find_positions(lines, sections_of(lines), as_of=AS_OF)


def spans(found: Sequence[Position]) -> list[tuple[str | None, str | None]]:
    return [(p.start, p.end) for p in found]


def test_dates_on_the_title_line_and_overlapping_jobs() -> None:
    found = positions("""
        Jane Roe
        Experience
        Senior Data Scientist | Acme Corp | Mar 2021 – Present
        Built churn models in Python and scikit-learn for four markets across Europe.
        Deployed the models with Docker on AWS for the marketing and sales teams.
        Data Scientist, Beta GmbH  Jan 2018 – Jun 2021
        Ran A/B tests for the growth team and wrote SQL dashboards every week.
        Skills
        Python, SQL
    """)
    assert spans(found) == [("2021-03", "2026-12"), ("2018-01", "2021-06")]
    assert found[0].current and not found[1].current
    assert (found[0].title, found[0].organization) == ("Senior Data Scientist", "Acme Corp")
    assert (found[1].title, found[1].organization) == ("Data Scientist", "Beta GmbH")
    assert (found[0].first, found[0].last) == (2, 4)
    assert (found[1].first, found[1].last) == (5, 6)
    assert found[0].dates == "Mar 2021 – Present"


def test_date_on_its_own_line_after_the_title() -> None:
    found = positions("""
        Work Experience
        Machine Learning Engineer
        Gamma Labs
        2019 - 2021
        Trained PyTorch models for fraud detection on transaction streams daily.
        Data Analyst
        Delta Bank
        Summer 2016
        Cleaned data and built Tableau dashboards for the risk management team.
    """)
    assert spans(found) == [("2019-01", "2021-12"), ("2016-06", "2016-08")]
    assert (found[0].title, found[0].organization) == ("Machine Learning Engineer", "Gamma Labs")
    assert (found[1].first, found[1].last) == (5, 8)


def test_date_on_its_own_line_before_the_title() -> None:
    found = positions("""
        Experience
        03/2021 – 12/2022
        Data Engineer, Epsilon
        Wrote Spark jobs in Python that moved ten terabytes of events every day.
        Q3 2020
        Intern, Zeta
        Built a forecasting prototype with statsmodels for the planning team.
    """)
    assert spans(found) == [("2021-03", "2022-12"), ("2020-07", "2020-09")]
    assert found[0].title == "Data Engineer" and found[1].title == "Intern"
    assert (found[0].first, found[0].last) == (1, 3)


def test_table_cells_joined_on_one_line() -> None:
    found = positions("""
        Employment
        Data Scientist | Acme | 2021-03 | Present
        Analyst | Beta | 3.2019 | 2.2021
    """)
    assert [p.start for p in found] == ["2021-03", "2019-03"]


def test_right_hand_date_column_matched_by_position_on_the_page() -> None:
    rows = [
        ("Experience", 50, 100, 150),
        ("Senior ML Engineer, Acme", 50, 120, 250),
        ("Served PyTorch models behind FastAPI for fraud scoring at scale.", 60, 134, 400),
        ("Data Scientist, Beta", 50, 160, 230),
        ("Built churn models with scikit-learn and SQL for the sales team.", 60, 174, 400),
        ("Jan 2022 – Present", 450, 120, 540),
        ("May 2018 – Dec 2021", 450, 160, 540),
    ]
    lines = placed(rows)
    found = in_experience(lines)
    assert spans(found) == [("2022-01", "2026-12"), ("2018-05", "2021-12")]
    assert (found[0].first, found[0].last) == (1, 2)
    assert (found[1].first, found[1].last) == (3, 4)
    assert found[1].organization == "Beta"


def test_a_season_and_its_year_stacked_in_a_narrow_date_column() -> None:
    """moderncv's left column: "Summer" level with the title, "2012" below it, level with the first bullet."""
    rows = [
        ("Internships", 143, 249, 200),
        ("Summer", 94, 271, 126),
        ("2012", 112, 284, 128),
        ("Data Analytics Engineer, Tyco Electronics, Hershey, PA.", 143, 271, 400),
        ("Automated hardware design and industrial measurement tasks using Python 2.7", 143, 285, 480),
        ("My code stopped $370,000 of defective hardware from shipment to the client", 143, 295, 480),
        ("Summer", 94, 310, 126),
        ("2011", 112, 323, 128),
        ("Project Manager, Traylor Heavy Civil, NYC.", 143, 310, 400),
        ("Managed a 14-week subproject for tunnel boring machine topside support", 143, 324, 480),
    ]
    lines = [Line(text, 1, i + 1, i, x0=x0, top=top, x1=x1, bottom=top + 9) for i, (text, x0, top, x1) in enumerate(rows)]
    found = find_positions(lines, [Section("experience", "Internships", 0, len(lines))], as_of=AS_OF)
    assert spans(found) == [("2012-06", "2012-08"), ("2011-06", "2011-08")]
    assert [p.title for p in found] == ["Data Analytics Engineer", "Project Manager"]


@pytest.mark.parametrize("open_end", ["Present", "Currently", "Ongoing", "Till date", "heute", "actualidad"])
def test_a_range_stacked_start_over_end_in_a_date_column(open_end: str) -> None:
    """A timeline column (R pagedown's resume, sidebar CVs) prints the start over the end, in one box: "2019"
    over "2022" with a bar between them, "Jun 2022" over "Present" (or "Currently")."""
    rows = [
        ("Experience", 99, 240, 200, 0),
        ("Mortgage Loan Originator", 99, 268, 217, 1),
        ("Loan Cabin", 99, 280, 145, 1),
        ("2019", 41, 270, 60, 2),
        ("2022", 41, 290, 60, 2),
        ("Analyzed real estate market data and wrote the marketing campaigns", 104, 293, 386, 3),
        ("Data Scientist, Alstom Transport", 99, 375, 300, 4),
        ("Jun 2022", 41, 377, 75, 5),
        (open_end, 41, 389, 70, 5),
        ("Built causal models of train failures in Python", 104, 401, 386, 6),
    ]
    lines = in_blocks(rows, height=8.4)
    found = in_experience(lines)
    assert spans(found) == [("2019-01", "2022-12"), ("2022-06", "2026-12")]
    assert [p.title for p in found] == ["Mortgage Loan Originator", "Data Scientist"]


def test_a_column_of_one_line_entries_years_is_no_stacked_range() -> None:
    rows = [
        ("Awards", 99, 100, 160, 0),
        ("2018", 41, 120, 60, 1),
        ("2019", 41, 132, 60, 1),
        ("2020", 41, 144, 60, 1),
        ("Dean's list of the faculty of science", 99, 120, 300, 2),
        ("Best poster at the data science symposium", 99, 132, 300, 3),
        ("Travel grant of the statistics society", 99, 144, 300, 4),
    ]
    lines = in_blocks(rows, height=9)
    found = find_positions(lines, [Section("projects", "Awards", 0, len(lines))], as_of=AS_OF)
    assert ("2018-01", "2019-12") not in spans(found) and ("2019-01", "2020-12") not in spans(found)


def test_a_projects_tool_list_ending_in_its_date_dates_the_project() -> None:
    found = positions("""
        Projects
        RAG-based WhatsApp Chatbot for Community Platform
        LangGraph, LangSmith, FastAPI, Docker, Qdrant, OpenAI API, Google Gemini API, WhatsApp Integration, Python Aug 2025
        Designed and implemented a multi-agent data retrieval pipeline using LangGraph to route user queries.
        Music Recommendation Platform
        Python, Django, Vue.js, RESTful APIs, Spotify API Nov 2023
        Engineered a collaborative filtering recommendation system from listening histories.
    """)
    assert spans(found) == [("2025-08", "2025-08"), ("2023-11", "2023-11")]
    assert [p.title for p in found] == ["RAG-based WhatsApp Chatbot for Community Platform", "Music Recommendation Platform"]


def test_a_projects_wrapped_sentences_and_skills_line_stay_in_the_project() -> None:
    found = positions("""
        Projects
        Uncertainty Quantification Benchmark
        February 2025 - August 2025
        Built reproducible benchmark evaluating 5
        uncertainty quantification methods for Deep RL.
        Discovered a noise paradox: moderate
        observation noise unexpectedly improved
        ensemble uncertainty estimates.
        Skills: Statistical Testing, Experiment Design, PyTorch
        Expedia Hotel Recommendation
        April 2024 - May 2024
        Built hotel recommendation system using
        LightGBM LambdaRank on 4.96M Expedia search
        records; engineered 50+ temporal, behavioral, and
        price-normalization features; achieved
        NDCG@5 = 0.392 on held-out Kaggle evaluation.
        Skills: LightGBM, Learning-to-Rank, Feature Eng.
    """)
    assert spans(found) == [("2025-02", "2025-08"), ("2024-04", "2024-05")]
    assert [p.title for p in found] == ["Uncertainty Quantification Benchmark", "Expedia Hotel Recommendation"]
    assert [(p.first, p.last) for p in found] == [(1, 8), (9, 16)]
    wrapped_title = positions("""
        Volunteering
        UCLA ACM AI research paper
        reading group presenter
        (2024-2025)
        Robotics President (2022-23)
    """)
    assert [p.title for p in wrapped_title] == ["UCLA ACM AI research paper", "Robotics President"]


def test_a_title_over_a_date_line_led_by_an_icon_glyph_keeps_its_entry() -> None:
    found = positions("""
        Experience
        Web Administrator
        z Jun 2024 – Present
        Managed and developed websites for the eMSIT program, a
        Coursera-offered MS Programme for students all over the world.
        Machine Learning Engineer @ Proxzar.AI
        z Jan 2024 – May 2024
        Part-Time Intern
        Led development and deployment of an automated knowledge graph.
    """)
    assert spans(found) == [("2024-06", "2026-12"), ("2024-01", "2024-05")]
    assert [p.title for p in found] == ["Web Administrator", "Machine Learning Engineer"]
    assert [(p.first, p.last) for p in found] == [(1, 4), (5, 8)]


def test_titles_each_with_its_range_in_parentheses_on_one_line_give_the_employers_range() -> None:
    found = positions("""
        Work Experience
        Aware, Columbus, OH
        Series D startup providing AI solutions for governance and compliance
        Intern (January 2022 - May 2022), Data Scientist (May 2022 - Present)
        Added pre-processing features to improve model performance.
        The Ohio State University Political Science Department Columbus, OH
        Research Data Analyst (May 2020 - May 2022)
        Negotiated partnership with LexisNexis.
    """)
    assert spans(found) == [("2022-01", "2026-12"), ("2020-05", "2022-05")]
    assert found[0].current and (found[0].first, found[0].last) == (1, 4)


def test_capital_headers_ending_in_a_full_stop_with_two_stints_in_parentheses_keep_their_work() -> None:
    """`c242_ds_01`: "SEQUENT INC., SOMERSET, NJ." and "L&T - DEFENCE AND AEROSPACE, POWAI-MUMBAI." were read as
    sentences, so each entry ended at its date line and the work under it joined no position; "(FEBRUARY 2023 –
    PRESENT), (JUNE 2022 – AUGUST 2022)" are two stints of the one job."""
    rows = [
        ("DATA ANALYTICS AND AI ANALYST – SUMMER INTERN", 36, 310, 300),
        ("SEQUENT INC., SOMERSET, NJ.", 36, 324, 200),
        ("(FEBRUARY 2023 – PRESENT), (JUNE 2022 – AUGUST 2022)", 36, 339, 320),
        ("Tested capabilities and limitations of Azure Synapse Analytics Platform for", 59, 351, 340),
        ("automating entire Data Science projects with Python and Apache Spark.", 59, 364, 340),
        ("TECHNICAL DOCUMENTATION ENGINEER", 36, 558, 250),
        ("L&T - DEFENCE AND AEROSPACE, POWAI-MUMBAI.", 36, 573, 280),
        ("(AUGUST 2019 – MARCH 2020)", 36, 588, 180),
        ("Created dashboards for tracking project progress.", 59, 600, 340),
    ]
    found = in_experience(placed(rows))
    assert spans(found) == [("2023-02", "2026-12"), ("2022-06", "2022-08"), ("2019-08", "2020-03")]
    assert [(p.first, p.last) for p in found] == [(0, 4), (0, 4), (5, 8)]
    assert found[2].organization == "L&T"


def test_a_long_row_of_fields_between_bars_closed_by_its_range_is_a_job_and_the_next_employers_row_is_not_its_title() -> None:
    """`c247_ai_01`: "Machine Learning Scientist | Training Generative and Reasoning Models for Protein Design | ... |
    2024-Present" has too many words for a title line, so the only dated job was lost; the undated row of another lab
    under it is a job of its own with no dates, not a second title at the same employer."""
    found = positions("""
        Experience
        Machine Learning Scientist | Training Generative and Reasoning Models for Protein Design | Prescient | New York | 2024-Present
        • Develop generative models for protein design in PyTorch.
        Research Assistant | Baker Lab, Institute for Protein Design, University of Washington | Seattle, WA
        • Developed generative machine learning methods for de novo protein design.
    """)
    assert spans(found) == [("2024-01", "2026-12")]
    assert found[0].title == "Machine Learning Scientist" and (found[0].first, found[0].last) == (1, 2)


def test_an_undated_row_naming_the_same_employer_is_another_title_there() -> None:
    found = positions("""
        Experience
        Senior Data Scientist | Acme Analytics | Berlin | 2021 - Present
        • Built churn models in Python.
        Data Scientist | Acme Analytics | Berlin
        • Wrote SQL reports for the sales team.
    """)
    assert spans(found) == [("2021-01", "2026-12")]
    assert (found[0].first, found[0].last) == (1, 4)


def test_a_project_dated_in_square_brackets_inside_the_range_of_the_project_above_is_a_project_of_its_own() -> None:
    """`c251_ds_01`: "Global Warming Prediction and Visualisation [ Nov 2020 ]" under "Spotify Recommendation System
    [ Nov 2020 – Dec 2020 ]" was read as a line of the Spotify project."""
    rows = [
        ("Spotify Recommendation System [ Nov 2020 – Dec 2020 ]", 200, 399, 420),
        ("• Implemented content-based recommenders in Python.", 218, 412, 400),
        ("Global Warming Prediction and Visualisation [ Nov 2020 ]", 200, 515, 430),
        ("• Used plotly and dash to create visualisations.", 218, 527, 400),
    ]
    lines = placed(rows)
    found = in_projects(lines)
    assert [(p.title, p.start, p.end) for p in found] == [
        ("Spotify Recommendation System", "2020-11", "2020-12"),
        ("Global Warming Prediction and Visualisation", "2020-11", "2020-11"),
    ]


def test_one_line_entries_whose_description_follows_the_range_on_the_same_line() -> None:
    found = positions("""
        Earlier Experience
        • Data Analyst, Brightway Retail (2017–2019) — weekly sales reports in SQL, forecasting, dashboards.
        • Account Executive, Harbor Leisure (2016) — cash flow, reconciliations.
        Associate, Fleet Payments | Nov 2014 – Jan 2016 - Automated payment reporting with Python and Excel
        • Reduced month-end reconciliation from five days to two (from 2014 – 2015 data).
    """)
    assert spans(found) == [("2017-01", "2019-12"), ("2016-01", "2016-12"), ("2014-11", "2016-01")]
    assert [(p.title, p.organization) for p in found[:2]] == [
        ("Data Analyst", "Brightway Retail"),
        ("Account Executive", "Harbor Leisure"),
    ]


def test_a_second_title_with_a_wider_range_below_the_first_widens_the_entry() -> None:
    found = positions("""
        Employment
        University Women's Golf Team NEWARK, DE
        Captain Sep 2019 – May 2020
        Scholarship Athlete Sep 2016 – May 2020
        Balanced year-round training with a full course load
    """)
    assert spans(found) == [("2016-09", "2020-05")]


def test_several_titles_under_one_employer_keep_the_employer_range() -> None:
    found = positions("""
        Experience
        Acme Corp — Berlin    2015 – 2021
        Senior Data Scientist
        Led the experimentation platform and the causal inference reviews of the team.
        Data Scientist
        Built demand forecasting models in Python for two hundred stores weekly.
        Beta GmbH    2021 – Present
        Machine Learning Engineer
        Shipped recommendation models to production with Kubernetes and Docker.
    """)
    assert spans(found) == [("2015-01", "2021-12"), ("2021-01", "2026-12")]
    assert found[0].title == "Senior Data Scientist / Data Scientist"
    assert found[0].organization.startswith("Acme Corp")
    assert (found[0].first, found[0].last) == (1, 5)


def test_titles_at_one_lab_a_summer_apart_share_their_lines() -> None:
    """`c300_un_01`: "PhD candidate  September 2021 - Present" over "Research Intern  February 2021 - July 2021" at one
    lab, then the bullets of both; the doctorate got no line (Python 6 months, last used 2021, not 70 and now)."""
    found = positions("""
        Research Experience
        Physics for Medicine Paris, Inserm, ESPCI Paris    Paris, France
        PhD candidate    September 2021 - Present
        Research Intern    February 2021 - July 2021
        • Studied spatial navigation in rats using functional ultrasound imaging.
        • Wrote the imaging analysis in Python and designed the 3D-printed implants.
        Harvard University, Rogulja Lab    Boston, USA
        Research Intern    May 2019 - August 2019
        • Focus: Insights in sleep deprivation in Drosophila melanogaster.
    """)
    assert spans(found) == [("2021-02", "2026-12"), ("2019-05", "2019-08")]
    assert (found[0].first, found[0].last) == (1, 5)


def test_undated_entries_are_not_positions() -> None:
    found = positions("""
        Projects
        Resume parser
        Wrote a resume parser in Python with spaCy and a small rule engine for fun.
        Chess engine (2023)
        Implemented alpha-beta search in Rust with a transposition table and tests.
    """)
    assert spans(found) == [("2023-01", "2023-12")]
    assert (found[0].first, found[0].last) == (3, 4)


def test_venues_listed_each_with_its_year_date_no_entry() -> None:
    # c358_ai_01: an academic CV's service section named the venues reviewed for; "Access 2022" dated no position
    found = positions("""
        Service
        Reviewed Papers for NAACL 2024, NAACL 2023, Springer Nature 2021, IEEE Access 2021, IEEE
        Access 2022, IEEE Access 2024
        Program committee: ICML 2023, NeurIPS 2024
    """)
    assert found == ()
    kept = positions("""
        Experience
        Research Intern, Google 2018, Mountain View
        Trained ranking models.
    """)
    assert spans(kept) == [("2018-01", "2018-12")]


def test_a_link_icon_on_the_title_row_is_not_the_title_of_the_date_beside_it() -> None:
    # c365_ai_02: each project's row holds its title, a link icon in a box of its own and the range; the icon, read
    # after the project's bullets, was nearer to the range than the title
    lines = in_blocks(
        [
            ("Transductive Zero-shot Learning [ \ufffd ]", 50, 378, 221, 71),
            ("Advisor: Prof. Biplab Banerjee", 54, 391, 165, 71),
            ("Explored zero-shot application on various domains.", 53, 420, 273, 71),
            ("May. 2019 - Jul. 2019", 461, 378, 545, 72),
            ("Vector Quantization Clustering [ \ufffd ]", 50, 458, 213, 73),
            ("Advisor: Prof. Amit Konar", 54, 470, 150, 73),
            ("In existing clustering algorithms, larger attributes weigh more in the distance", 53, 484, 545, 73),
            ("[ \ufffd ]", 220, 458, 240, 74),
            ("Mar. 2019 - Feb 2020", 462, 458, 545, 75),
            ("To overcome this problem, we have proposed a novel clustering algorithm", 53, 523, 545, 76),
            ("Identifying and Categorizing Offensive Language in Social Media", 50, 585, 358, 80),
            ("Sentiment analysis on a set of tweets.", 53, 611, 486, 80),
            ("[ \ufffd ]", 366, 585, 385, 81),
            ("Sep. 2018 - Feb. 2019", 461, 585, 545, 82),
        ]
    )
    assert [(p.title.split(" [")[0], p.start, p.end) for p in in_projects(lines)] == [
        ("Transductive Zero-shot Learning", "2019-05", "2019-07"),
        ("Vector Quantization Clustering", "2019-03", "2020-02"),
        ("Identifying and Categorizing Offensive Language in Social Media", "2018-09", "2019-02"),
    ]


def test_a_left_date_columns_end_read_into_the_title_beside_it_keeps_its_start_under_it() -> None:
    # c365_ai_02: the end of each range was read into its title's line, the start left alone under it
    lines = in_blocks(
        [
            ("Jun 2021 Artificial Intelligence Laboratory | Jadavpur University", 68, 304, 357, 20),
            ("Apr 2019", 66, 316, 105, 20),
            ("Kolkata, India", 490, 304, 551, 21),
            ("Undergraduate Research Assistant | Advisor: Prof. Amit Konar", 118, 316, 347, 22),
            ("Worked on exploring visual cognition with generative models.", 118, 328, 551, 22),
            ("Jul 2019 Visual and Image Processing Lab | IIT Bombay", 71, 409, 335, 26),
            ("Mumbai, India", 488, 409, 551, 27),
            ("May 2019", 64, 421, 105, 28),
            ("Summer Research Intern | Advisor: Prof. Biplab Banerjee", 118, 421, 326, 29),
            ("Explored zero-shot learning application on various domains.", 118, 433, 551, 29),
            ("May 2019 NLP Lab | Jadavpur University", 64, 468, 248, 30),
            ("Aug 2018", 66, 479, 105, 30),
            ("Kolkata, India", 490, 468, 551, 31),
            ("Undergraduate Research Assistant | Advisor: Prof. Sudip Kumar Naskar", 118, 479, 381, 32),
            ("Worked on sentiment analysis of tweets.", 118, 491, 460, 32),
        ]
    )
    found = in_experience(lines)
    assert spans(found) == [("2019-04", "2021-06"), ("2019-05", "2019-07"), ("2018-08", "2019-05")]
    assert "Kolkata" not in found[2].title


def test_an_internship_whose_certificate_is_a_remark_after_its_title_is_work() -> None:
    # c372_de_01: "Intern - Certificate" says the internship came with a certificate; a course's certificate stays none
    found = positions("""
        Experience
        WILLINGS                                   October 2021- December 2021
        Web Development Intern - Certificate       Remote, Japan
        Developed frontend components with ReactJS and Redux.
        IIT JODHPUR                                May 2021 – July 2021
        Data Scientist Intern - Certificate        Jodhpur, Rajasthan
        Implemented the technique using Graph Neural Networks.
        Tableau Business Intelligence Analyst Professional Certificate  Jan 2024 to Feb 2024
        Built dashboards for the course project.
    """)
    assert spans(found) == [("2021-10", "2021-12"), ("2021-05", "2021-07")]


def test_a_left_date_columns_start_over_its_end_around_the_title_beside_them_is_one_range() -> None:
    # c375_ds_02 (Word): "April 2025" then the title's two lines beside it, then "Present"; and a start read into the
    # title's line over its end alone ("October 2023 Fellow, ..." over "April 2024")
    lines = in_blocks(
        [
            ("April 2025", 72, 317, 104, 12),
            ("Lead Statistician (Consultant), Redwire Marketing Group, Lagos, Nigeria", 144, 317, 490, 13),
            ("(https://redwire-group.com)", 144, 330, 268, 13),
            ("Present", 72, 332, 111, 14),
            ("Multidimensional Poverty Research Project (19 Northern Nigeria states)", 72, 359, 414, 15),
            ("Design the project's statistical framework and overall methodology", 90, 409, 404, 17),
            ("October 2023 Fellow, Global Partnership for Sustainable Development Data", 72, 632, 438, 29),
            ("April 2024", 72, 646, 120, 29),
            ("(https://www.data4sdgs.org)", 144, 645, 272, 30),
            ("Built and evaluated predictive models to forecast cholera outbreaks.", 90, 723, 544, 34),
        ]
    )
    assert spans(in_experience(lines)) == [("2025-04", "2026-12"), ("2023-10", "2024-04")]


def test_education_counts_only_through_its_hands_on_lines() -> None:
    found = positions("""
        Education
        M.Sc. Computer Science, TU Munich   2016 – 2018
        Relevant coursework: Statistics, Databases, Machine Learning
        Thesis: Deep reinforcement learning for robot grasping with PyTorch
        B.Sc. Mathematics, LMU    2012 – 2016
        GPA 3.8, Dean's list
    """)
    assert spans(found) == [("2016-01", "2018-12")]
    assert found[0].first == found[0].last == 3


def test_a_degrees_list_of_subjects_naming_operations_research_is_no_research_work() -> None:
    """`c250_ds_01`: "• Optimization, operation research, machine learning, statistics, C++, Python, SQL" under a
    master's degree made the degree a position (fifteen months of experience too many)."""
    found = positions("""
        Education
        MSc. Applied Mathematics, Bordeaux University   Sep. 2014 - Jul. 2016
        • Optimization, operation research, machine learning, statistics, C++, Python, SQL
        BSc. Applied Mathematics, Toulon University   Sep. 2011 - Jul. 2012
        • Research project on Markov chains for queueing models
    """)
    assert spans(found) == [("2011-09", "2012-07")]


def test_a_degrees_lines_that_say_what_was_done_are_hands_on_but_applied_fields_are_not() -> None:
    """`c102_ai_03`: "Applied advanced machine learning models ... to diverse datasets" under a master's degree."""
    found = positions("""
        Education
        Master of Data Analytics, University of Niagara Falls   Jan 2025 – 2026
        Applied advanced machine learning models (Random Forest, XGBoost) to diverse datasets.
        Performed clustering on survey data for a retail partner.
        B.Sc. Statistics, Example University    2018 – 2022
        Applied Machine Learning, applied statistics and econometrics
    """)
    assert spans(found) == [("2025-01", "2026-12")]
    assert (found[0].first, found[0].last) == (2, 3)


def test_work_done_with_someone_during_a_degree_is_hands_on() -> None:
    """`c154_de_01`: "Worked with ... and Prof. ... on a fast, practical neural network framework" under an MSc."""
    found = positions("""
        Education
        MSc, Financial Engineering, WorldQuant University    2018 - 2020
        Worked with Prof. Jane Roe on a fast, practical neural network framework for calibrating pricing models
        B.Sc. Statistics, Example University    2014 - 2018
        GPA 3.8, Dean's list
    """)
    assert spans(found) == [("2018-01", "2020-12")]
    assert found[0].first == found[0].last == 2


def test_a_school_line_under_the_degree_line_keeps_the_study_going() -> None:
    found = positions("""
        Education Background
        Bachelor of Science (2017-2021)
        Geographic Information Science major, focusing on AI and remote sensing.
        Jiaying University - Meizhou, Guangdong
        Graduation Thesis: "Research on Individual Pomelo Tree Recognition Based on Faster R-CNN"
        Master of Science
        GPA 3.9
    """)
    assert spans(found) == [("2017-01", "2021-12")]
    assert found[0].members == (4,)


def test_publications_awards_and_certifications_are_never_positions() -> None:
    found = positions("""
        Publications
        Deep RL for grasping. NeurIPS 2019
        Fast inference with TensorRT (2021)
        Awards
        Best paper award 2020
        Certifications
        AWS Certified Machine Learning – Specialty, Mar 2022 – Mar 2025
        Skills
        Python (2015 – present)
    """)
    assert found == ()


def test_a_certificate_with_dates_and_bullets_in_another_section_is_no_position() -> None:
    found = positions("""
        Education
        Google Data Analytics Professional Certificate   June 2023 to January 2024
        Conducted case studies and analyzed data with SQL, R programming and Tableau dashboards.
        Experience
        Case Study: Bike-share Analysis   January 2024 to January 2024
        Conducted a data analysis for a bike-sharing service with SQL and Python.
    """)
    assert spans(found) == [("2024-01", "2024-01")]


def test_entries_starting_after_the_as_of_month_are_left_out() -> None:
    found = positions("""
        Experience
        Incoming ML Engineer, Acme   Jun 2027 – Present
        Data Scientist, Beta   2020 – 2023
        Built models in Python for the insurance pricing team every quarter.
    """)
    assert spans(found) == [("2020-01", "2023-12")]


def test_bullets_with_numbers_do_not_start_entries() -> None:
    found = positions("""
        Experience
        Data Scientist, Acme   Jan 2020 – Dec 2022
        Cut cloud costs by 35% in 2021 by moving 2000 jobs to spot instances on AWS.
        Upgraded 40 services to Python 3.10 and trained 12 analysts in SQL.
    """)
    assert spans(found) == [("2020-01", "2022-12")]
    assert (found[0].first, found[0].last) == (1, 3)


def test_dates_after_the_entry_lines() -> None:
    found = positions("""
        Experience
        Data Scientist, Kirana Credit
        Built credit-default propensity models with XGBoost on bureau data every quarter.
        April 2022 to Present
        Adjunct Lecturer (part-time), Christ University
        Taught an evening course on regression models in Python with statsmodels.
        August 2023 until May 2024
        Projects
        Cricket model (2021)
    """)
    assert spans(found) == [("2022-04", "2026-12"), ("2023-08", "2024-05"), ("2021-01", "2021-12")]
    assert (found[0].title, found[0].organization) == ("Data Scientist", "Kirana Credit")
    assert (found[1].first, found[1].last) == (4, 6)


def _placed(rows: list[tuple[str, float, float, float]]) -> list[Line]:
    return [Line(text, 1, i + 1, i, x0=x0, top=top, x1=x1, bottom=top + 8) for i, (text, x0, top, x1) in enumerate(rows)]


def test_table_with_the_date_cell_left_of_a_two_line_role_cell() -> None:
    lines = _placed(
        [
            ("Experience", 54, 105, 127),
            ("Junior AI Engineer,", 156, 141, 239),
            ("Prompt engineering with few-shot prompts for a triage", 275, 141, 521),
            ("2024-01 – Present", 54, 149, 139),
            ("Merlion Health", 156, 157, 222),
            ("chatbot; FastAPI backend; deployed with Docker on AWS ECS.", 275, 157, 555),
            ("2023-06 – 2023-12", 54, 172, 139),
            ("AI Intern, Merlion Health", 156, 172, 260),
        ]
    )
    found = in_experience(lines)
    assert spans(found) == [("2024-01", "2026-12"), ("2023-06", "2023-12")]
    assert found[0].title == "Junior AI Engineer"
    assert (found[0].first, found[0].last) == (1, 5)
    assert (found[1].title, found[1].organization) == ("AI Intern", "Merlion Health")


def test_a_sidebar_line_level_with_a_date_does_not_take_it() -> None:
    lines = _placed(
        [
            ("Skills", 20, 90, 60),
            ("Python, SQL, Docker", 20, 120, 150),
            ("Experience", 200, 90, 260),
            ("Data Scientist, Acme", 200, 105, 330),
            ("2019 – 2021", 200, 120, 260),
            ("Built churn models with scikit-learn for the retail banking team.", 200, 135, 560),
        ]
    )
    sections = [Section("skills", "Skills", 0, 2), Section("experience", "Experience", 2, len(lines))]
    found = find_positions(lines, sections, as_of=AS_OF)
    assert spans(found) == [("2019-01", "2021-12")]
    assert (found[0].title, found[0].first, found[0].last) == ("Data Scientist", 3, 5)


def test_jobs_side_by_side_in_one_column_are_read_side_by_side() -> None:
    lines = _placed(
        [
            ("Experience", 50, 80, 150),
            ("Research Associate", 58, 99, 202),
            ("Product Analyst", 319, 99, 413),
            ("Fraunhofer FHR | Aug 2022 – Aug 2024", 58, 136, 281),
            ("mobile.de | Nov 2020 – Jun 2022", 319, 136, 541),
            ("Built a RAG engine for research paper querying", 58, 173, 294),
            ("Ran A/B tests and built Tableau dashboards", 319, 173, 546),
        ]
    )
    found = in_experience(lines)
    assert spans(found) == [("2022-08", "2024-08"), ("2020-11", "2022-06")]
    assert found[0].members == (1, 3, 5)
    assert found[1].members == (2, 4, 6)


_WORDS = st.sampled_from(
    [
        "Experience",
        "Projects",
        "Education",
        "Skills",
        "Data Scientist, Acme",
        "2019 – 2021",
        "Mar 2020 – Present",
        "Summer 2016",
        "Built models in Python.",
        "Thesis: robots",
        "Berlin, DE",
        "Q3 2020",
        "'21",
        "2020",
        "",
    ]
)


@settings(max_examples=200, deadline=None)
@given(st.lists(st.tuples(_WORDS, st.integers(1, 3), st.floats(0, 600), st.floats(0, 800), st.floats(0, 300)), max_size=30))
def test_any_lines_give_positions_without_error(rows: list[tuple[str, int, float, float, float]]) -> None:
    lines = [
        Line(text, page, i + 1, i, x0=x0, top=top, x1=x0 + width, bottom=top + 9) for i, (text, page, x0, top, width) in enumerate(rows)
    ]
    found = find_positions(lines, sections_of(lines), as_of=AS_OF) if lines else ()
    for position in found:
        assert all(0 <= i < len(lines) for i in position.members)
        assert position.start is not None and position.end is not None and position.start <= position.end


def test_course_dates_inside_a_job_are_its_lines_but_a_dated_entry_is_not() -> None:
    found = positions("""
        Teaching Experience
        Teaching Assistant, New York University    Sep 2013 – Jan 2018
        Taught Italian language courses to undergraduates in small weekly seminars.
        CORE-UA 760 Fascism and Culture (Spring 2017)
        ITAL-UA 147 Machiavelli (Spring 2016)
    """)
    assert spans(found) == [("2013-09", "2018-01")]
    assert (found[0].first, found[0].last) == (1, 4)
    lines = _placed(
        [
            ("Experience", 250, 250, 350),
            ("Graduate Research Associate", 36, 367, 214),
            ("August 2018 – Present", 464, 368, 576),
            ("Wrote an R package for changepoint detection with higher accuracy than others.", 50, 382, 503),
            ("Instructor, Math Workshop", 36, 430, 348),
            ("July 2019", 523, 431, 570),
            ("Taught a graduate course on the mathematical foundations of applied statistics.", 50, 443, 522),
        ]
    )
    found = in_experience(lines)
    assert spans(found) == [("2018-08", "2026-12"), ("2019-07", "2019-07")]
    assert found[1].members == (4, 6)


def test_a_title_over_a_single_date_inside_an_entry_printed_the_same_way_is_another_entry() -> None:
    lines = _placed(
        [
            ("Research and work experience", 40, 100, 200),
            ("PhD Candidate, Graduate Training Centre of Neuroscience, University of Tübingen", 40, 114, 420),
            ("Oct 2022 – present", 40, 126, 130),
            ("Hierarchical Bayesian model of orientation tuning across animals in Stan", 52, 138, 440),
            ("Supervise one Master's student (lab rotation)", 52, 150, 300),
            ("Data Science Intern, Zalando SE, Berlin", 40, 166, 240),
            ("Summer 2025", 40, 178, 100),
            ("Analysed two A/B tests of the size-recommendation widget (t-tests, CUPED)", 52, 190, 440),
            ("Presented results and a ship / don't-ship recommendation to the product managers", 52, 202, 450),
        ]
    )
    found = in_experience(lines)
    assert spans(found) == [("2022-10", "2026-12"), ("2025-06", "2025-08")]
    assert found[1].title == "Data Science Intern"
    assert (found[0].last, found[1].first) == (4, 5)


def boxed(rows: Sequence[tuple[str, float, float, float]]) -> list[Line]:
    """Lines with geometry: (text, x0, x1, top), 12 points high, in the order given."""
    return [Line(text, 1, i + 1, i, x0=x0, top=top, x1=x1, bottom=top + 12) for i, (text, x0, x1, top) in enumerate(rows)]


def test_two_dates_alone_each_level_with_its_own_title_are_no_range() -> None:
    lines = boxed(
        [
            ("EXPERIENCE", 41, 90, 250),
            ("Microsoft Research – Research Intern, Redmond – work published at CSCW", 120, 454, 265),
            ("Microsoft Research – Research Intern, Beijing – work published at CHI EA", 120, 449, 277),
            ("Summer 2015", 499, 555, 265),
            ("Summer 2014", 499, 555, 277),
            ("Google Research – Software Engineering Intern, Mountain View", 120, 480, 294),
            ("Summer 2013", 499, 555, 294),
            ("Developed a machine learning system for detecting taps on the phone.", 120, 500, 306),
        ]
    )
    found = find_positions(lines, sections_of(lines), as_of=AS_OF)
    assert spans(found) == [("2015-06", "2015-08"), ("2014-06", "2014-08"), ("2013-06", "2013-08")]


def test_a_range_wrapped_over_two_lines_of_a_date_column_is_one_range() -> None:
    lines = boxed(
        [
            ("EXPERIENCE", 57, 130, 100),
            ("September 2017 —", 77, 150, 120),
            ("February 2021", 97, 150, 134),
            ("Data Scientist, Fieldnote Media", 170, 330, 120),
            ("Built churn prediction models in Python for the subscription products.", 177, 540, 150),
            ("January 2016 — August", 56, 150, 180),
            ("2017", 120, 150, 194),
            ("Research Assistant, University of Texas", 170, 380, 180),
            ("Ran survival analysis with Cox models in R for a public-health study.", 177, 540, 210),
        ]
    )
    found = find_positions(lines, sections_of(lines), as_of=AS_OF)
    assert spans(found) == [("2017-09", "2021-02"), ("2016-01", "2017-08")]
    assert [p.title for p in found] == ["Data Scientist", "Research Assistant"]


def test_a_range_printed_end_over_start_in_a_date_column() -> None:
    lines = boxed(
        [
            ("EXPERIENCE", 43, 200, 100),
            ("Present", 94, 125, 120),
            ("May2018 Field Researcher, Oak Ridge Laboratory", 89, 330, 132),
            ("Measured gas emissions with spectroscopy and wrote the analysis in Python.", 149, 557, 146),
            ("Aug2016", 90, 125, 170),
            ("Oct2015 Research Assistant, Morgan County study", 91, 330, 182),
            ("Fabricated static chambers and processed samples with a gas chromatograph.", 149, 557, 196),
        ]
    )
    found = find_positions(lines, sections_of(lines), as_of=AS_OF)
    assert spans(found) == [("2018-05", "2026-12"), ("2015-10", "2016-08")]
    assert found[0].current and not found[0].title.startswith("May2018")


def test_an_organization_line_ending_in_ltd_is_part_of_the_header() -> None:
    found = positions("""
        Professional experience
        Machine Learning Engineer, Reliance Jio
        Infocomm Ltd.
        Jul 2021 - Jul 2022
        Led the initiative to develop cost-effective solutions for improving the 4G
        experience for customers and providing network insights.
        Data Scientist, Reliance Jio Infocomm Ltd.
        Jul 2019 - Jun 2021
        Used statistical and machine learning methods to gain actionable
        insights into customer behavior and refine retention strategies.
    """)
    assert spans(found) == [("2021-07", "2022-07"), ("2019-07", "2021-06")]
    assert [p.title for p in found] == ["Machine Learning Engineer", "Data Scientist"]
    assert found[0].last == 5  # the bullets under the first title are its own, not the next entry's


def test_a_year_before_a_long_title_line_dates_it_and_single_years_stay_apart() -> None:
    found = positions("""
        Professional Experience
        2025 Post doctorate researcher, LVMT, ENPC, Institut Polytechnique de Paris, Univ Gustave Eiffel
        2019 Research internship in data science and cycling mobilities, IFPEN
        2018 Visiting International Research Student, Sauder School of Business, University
        of British Columbia
    """)
    assert spans(found) == [("2025-01", "2025-12"), ("2019-01", "2019-12"), ("2018-01", "2018-12")]
    assert found[0].title == "Post doctorate researcher"


def test_a_running_footer_with_a_date_is_no_position() -> None:
    rows: list[tuple[str, float, float, float]] = [
        ("Experience", 71, 200, 70),
        ("Data Analyst, Acme | Jan 2020 – Dec 2021", 71, 400, 90),
        ("Built SQL reports for the finance team every week of the year.", 80, 500, 104),
        ("December 2026", 71, 151, 792),
        ("Jane Roe | Curriculum Vitae", 217, 378, 792),
    ]
    lines = boxed(rows)
    lines += [
        Line("Projects", 2, 1, len(lines), x0=71, top=70, x1=200, bottom=82),
        Line("December 2026", 2, 2, len(lines) + 1, x0=71, top=792, x1=151, bottom=804),
        Line("Jane Roe | Curriculum Vitae", 2, 3, len(lines) + 2, x0=217, top=792, x1=378, bottom=804),
    ]
    found = find_positions(lines, sections_of(lines), as_of=AS_OF)
    assert spans(found) == [("2020-01", "2021-12")]


def test_numbered_entries_keep_their_own_titles() -> None:
    found = positions("""
        Experiences
        1.
        Senior Python Backend Developer (Software Technical Lead)
        Mehr-e Pars ICT | Dec 2019 – Present (2 yrs)
        Designed and developed architectures for all projects, scaling them to many users.
        2.
        Senior Python Backend Developer
        Mehr-e Pars ICT | Nov 2016 – Dec 2019 (3 yrs)
        Implemented dev automation using Docker, GitLab CI/CD, and other tools.
    """)
    assert spans(found) == [("2019-12", "2026-12"), ("2016-11", "2019-12")]
    assert [p.title for p in found] == ["Senior Python Backend Developer (Software Technical Lead)", "Senior Python Backend Developer"]
    assert [p.organization for p in found] == ["Mehr-e Pars ICT", "Mehr-e Pars ICT"]


def test_qualified_and_non_english_headings_open_their_sections() -> None:
    assert heading_section("Professional Skills") == "skills"
    assert heading_section("Selected Industry Experience") == "experience"
    assert heading_section("FORMAÇÃO ACADÉMICA") == "education"  # w186_ds_01: a Portuguese CV's education
    assert heading_section("Formación académica") == "education"
    assert heading_section("UTBILDNING") == "education"  # w189_ds_01: a Swedish CV's degrees were read as jobs
    assert heading_section("Arbetslivserfarenhet") == "experience"
    assert heading_section("ОПЫТ РАБОТЫ") == "experience"  # w195_ds_01: a Russian job was read as the summary's
    assert heading_section("PRACOVNÍ ZKUŠENOSTI / EXPERIENCE") == "experience"
    assert heading_section("Szakmai tapasztalat") == "experience"
    assert heading_section("Образование") == "education"
    assert heading_section("VZDĚLÁNÍ / EDUCATION") == "education"
    assert heading_section("Selected impact") == "awards"  # w195_ml_01: results listed after the jobs
    assert heading_section("Key achievements") is None  # a job's own sub-list as often
    assert heading_section("Languages & other") == "languages"  # w194_ml_01
    assert heading_section("Tech") is None  # w43_ai_01: "Tech" of "Tech lead of the GenAI squad" broken onto a line
    assert heading_section("Projets") == "projects"
    assert heading_section("Expérience professionnelle") == "experience"
    assert heading_section("Python and SQL skills for the warehouse team") is None
    assert heading_section("Educational Background") == "education"
    assert heading_section("Technical Background") == "skills"
    assert heading_section("Conference Presentations") == "publications"
    assert heading_section("PROJECT WORK") == "projects"
    assert heading_section("Research Work") == "research"
    assert heading_section("Academic assignment") == "projects"
    assert heading_section("Internship") == "experience"
    assert heading_section("Professional Timeline") == "experience"
    # `c329_ds_01`: the link after the heading, read whole once its pieces are one line
    assert heading_section("PROJECTS ( https://github.com/rkapoor-ex/Data-Science-portfolio )") == "projects"


def test_a_portfolio_or_a_technical_stack_heading_opens_its_section_but_a_row_of_links_does_not() -> None:
    assert heading_section("SYSTEMS ARCHITECTURE PORTFOLIO") == "projects"
    assert heading_section("TECHNICAL STACK") == "skills"
    assert heading_section("Github | Linkedin | Hackerrank | Portfolio") is None


def test_a_heading_with_a_remark_in_parentheses_and_consulting_headings_open_their_sections() -> None:
    assert heading_section("Occupation") == "experience"  # c350_de_01
    assert heading_section("TEACHING & SUPERVISION") == "experience"  # c354_ai_01
    # c352_un_02: an experience heading with a remark on how long ("- Project Manager with 2 years experience ...")
    assert heading_section("Working Experience- Project Manager with 2 years experience and overall more than 8 years") == "experience"
    assert heading_section("Data Analyst - Acme Corp, 3 years of SQL reporting and dashboards") is None
    assert heading_section("WORK EXPERIENCE (ordered by date)") == "experience"
    assert heading_section("Projects (selected)") == "projects"
    assert heading_section("ENGAGEMENTS") == "experience"
    assert heading_section("CERTIFICATION") == "certifications"
    assert heading_section("Python (3 years)") is None
    assert heading_section("(2020)") is None


def _table_lines(cells: Sequence[tuple[int, float, float, float, Sequence[str]]]) -> list[Line]:
    """Lines of table cells in the order an engine reads them: (block, x0, x1, top of the first line, lines)."""
    out: list[Line] = []
    for block, x0, x1, top, texts in cells:
        for k, text in enumerate(texts):
            out.append(Line(text, 1, len(out) + 1, block, x0=x0, top=top + 12.5 * k, x1=x1, bottom=top + 12.5 * k + 10))
    return out


DESCRIPTION = ["Built Bayesian models in Stan.", "Presented findings to clinicians."]


def test_table_rows_keep_a_long_description_that_starts_above_its_centred_date() -> None:
    # When | Role | What: the date and the role are centred beside a description of several lines whose first
    # lines reading order puts before the date (they start higher); the row, not the line level with the
    # date, is the entry
    lines = _table_lines(
        [
            (1, 45, 120, 150, ["EXPERIENCE"]),
            (2, 45, 75, 170, ["When"]),
            (3, 142, 165, 170, ["Role"]),
            (4, 284, 310, 170, ["What"]),
            (5, 284, 540, 190, ["Estimated readmission effects with propensity", "score matching and synthetic control.", *DESCRIPTION]),
            (6, 142, 250, 202, ["Senior Data Scientist", "Meridale Health"]),
            (7, 45, 130, 208, ["Q2 2022 – Ongoing"]),
            (8, 284, 540, 250, ["Cleaned EHR extracts with pandas and SQL.", "Forecast bed demand with ARIMA.", "Drew matplotlib charts."]),
            (9, 142, 250, 256, ["Data Analyst", "St Brendan's Hospital"]),
            (10, 45, 130, 262, ["Q4 2018 – Q2 2020"]),
            (11, 45, 130, 300, ["SKILLS"]),
            (12, 45, 300, 315, ["Python, SQL, R, Stan"]),
        ]
    )
    found = find_positions(lines, sections_of(lines), as_of=AS_OF)
    assert [(p.title, p.start, p.end) for p in found] == [
        ("Senior Data Scientist", "2022-04", "2026-12"),
        ("Data Analyst", "2018-10", "2020-06"),
    ]
    assert found[0].organization == "Meridale Health"  # not the table's header row ("When")
    texts = [{lines[i].text for i in p.members} for p in found]
    assert not {"When", "Role", "What"} & texts[0]
    assert "Built Bayesian models in Stan." in texts[0] and "Estimated readmission effects with propensity" in texts[0]
    assert "Cleaned EHR extracts with pandas and SQL." in texts[1]
    assert not texts[0] & texts[1]


def test_a_date_column_beside_titles_is_no_table() -> None:
    # two columns (dates, then titles over their bullets) keep reading order and the level title takes the date
    lines = _table_lines(
        [
            (1, 45, 120, 150, ["EXPERIENCE"]),
            (2, 45, 110, 170, ["2021 – 2024"]),
            (3, 140, 400, 170, ["ML Engineer, Fathom Maritime", "Containerised a model with Docker on AWS."]),
            (4, 45, 110, 200, ["2019 – 2021"]),
            (5, 140, 400, 200, ["Data Analyst, Kiln Co", "Built Plotly dashboards for clients."]),
        ]
    )
    found = find_positions(lines, sections_of(lines), as_of=AS_OF)
    assert [(p.title, p.start, p.end) for p in found] == [("ML Engineer", "2021-01", "2024-12"), ("Data Analyst", "2019-01", "2021-12")]


def test_a_wrapped_last_word_that_names_a_section_opens_none() -> None:
    from gapcheck.structure import find_sections

    texts = [
        ("Work experience", 1),
        ("Senior Data Analyst: Y2 Analytics (March 2020 – Present)", 2),
        ("Improved the codebase of report tools, a 100% increase in speed for certain", 3),
        ("projects", 3),
        ("Built XGBoost predictive models of voter turnout for clients", 4),
        ("projects", 5),  # a heading of its own (its own block) still opens its section
        ("Churn model in Python (2019)", 6),
    ]
    lines = [Line(text, 1, i + 1, block) for i, (text, block) in enumerate(texts)]
    sections = find_sections(lines)
    assert [(s.kind, s.start) for s in sections] == [("experience", 0), ("projects", 5)]
    found = find_positions(lines, sections, as_of=AS_OF)
    assert (found[0].start, found[0].end, found[0].last) == ("2020-03", "2026-12", 4)


def test_a_lowercase_heading_set_apart_in_the_box_of_the_line_before_opens_its_section() -> None:
    from gapcheck.structure import find_sections

    rows = [
        ("EDUCATION", 36, 110, 100, 1, 16),
        ("City College of New York, B.F.A Electronic Design, June 2026", 36, 130, 500, 2, 10),
        ("Relevant Coursework: Motion Design, Web Design I, 2D Imaging and Illustration", 36, 219, 500, 3, 12),
        ("employment history", 36, 251, 160, 3, 18),  # larger type, a gap above it: no wrapped word
        ("Harlem Public Arts Project July 2025 - September 2025", 36, 276, 560, 3, 10),
        ("Marketing and Administrative Intern", 36, 288, 300, 3, 10),
        ("Managed internal and external communications with donors and stakeholders.", 45, 300, 560, 3, 10),
        ("Blender, HTML, CSS, Microsoft Excel, Microsoft Outlook", 36, 600, 400, 4, 10),
        ("skills", 36, 628, 90, 4, 18),
        ("Soft Skills: Written and verbal communication, time management", 36, 655, 500, 4, 10),
    ]
    lines = [
        Line(text, 1, i + 1, block, x0=x0, top=top, x1=x1, bottom=top + height) for i, (text, x0, top, x1, block, height) in enumerate(rows)
    ]
    sections = find_sections(lines)
    assert [(s.kind, s.start) for s in sections][-3:] == [("education", 0), ("experience", 3), ("skills", 8)]
    found = find_positions(lines, sections, as_of=AS_OF)
    assert [(p.title, p.start, p.end, p.last) for p in found][-1:] == [("Marketing and Administrative Intern", "2025-07", "2025-09", 7)]


def test_jobs_under_a_name_with_no_headings_leave_the_name_and_profile_to_no_job() -> None:
    rows = [
        ("Javier Garcia Ruiz", 29, 18, 200),
        ("Embedded Systems Engineer for synchronization and space systems.", 58, 75, 500),
        ("Additional knowledge in Bash, Linux, Git and briefly Qt.", 58, 196, 500),
        ("Embedded Software Developer, Safran", 134, 303, 400),
        ("2024-09 - Present", 63, 318, 120),
        ("Develop, build and test software for space systems.", 134, 331, 500),
        ("Software Intern, Safran", 134, 400, 400),
        ("2024-04 - 2024-09", 63, 415, 120),
        ("Jointly develop, build and test software.", 134, 428, 500),
        ("Update: 11 - October- 2024", 37, 796, 200),
    ]
    lines = placed(rows)
    found = find_positions(lines, sections_of(lines), as_of=AS_OF)
    assert [(p.start, p.end) for p in found] == [("2024-09", "2026-12"), ("2024-04", "2024-09")]
    assert found[0].first >= 3 and "Javier" not in found[0].title  # the name and the profile lines are no job's


def test_a_doctorates_wrapped_list_of_technologies_is_part_of_its_research() -> None:
    """`c88_ai_03`: a PhD's "Technologies:" list wrapped over three lines under its research topic; the wrapped lines
    read as titles of no entry, so the tools of the research dated nothing."""
    rows = [
        ("Education", 214, 20, 290),
        ("PhD, Dalian University of Technology 2017 - Present", 214, 50, 560),
        ("Research topic: Spatial-Temporal traffic behaviour forecasting.", 284, 74, 560),
        ("Technologies: Probabilistic Diffusion Models, Stat Space Modeling", 284, 86, 580),
        ("(SSM), Recurrent Neural Networks (RNN), Convolution Neural Networks", 284, 98, 579),
        ("(CNN), Graph Neural Networks (GNN), Generative Adversarial", 284, 110, 575),
        ("Network (GAN), Python, Pytorch, Tensorflow.", 284, 122, 480),
        ("Publications", 214, 150, 290),
    ]
    lines = placed(rows)
    found = find_positions(lines, sections_of(lines), as_of=AS_OF)
    assert [(p.start, p.end) for p in found] == [("2017-01", "2026-12")]
    assert {2, 3, 4, 5, 6} <= set(found[0].members) and 1 not in found[0].members  # not the degree line


def test_a_word_of_a_justified_row_read_apart_is_no_heading() -> None:
    """`c101_ai_03`: "tools", the end of a justified bullet printed as pieces, opened a skills section that took the
    next two jobs out of experience; an icon printed before a heading still leaves it a heading."""
    from gapcheck.structure import find_sections

    rows = [
        ("Work Experience", 245, 250, 380),
        ("Microsoft Research, Software Developer Intern 2025", 242, 304, 560),
        ("Researching UX-driven design", 252, 435, 406),
        ("tools", 414, 435, 438),
        ("that support intuitive workflows", 447, 435, 558),
        ("The LEGO Group, Hardware A.I. Intern 2023-2024", 243, 479, 564),
        ("Built an LLM-powered toy prototype in Python.", 252, 515, 560),
        ("\uf0b1", 228, 600, 238),
        ("Skills", 242, 600, 280),
        ("Python, SwiftUI", 242, 620, 330),
    ]
    lines = placed(rows)
    sections = find_sections(lines)
    assert [(s.kind, s.start) for s in sections] == [("experience", 0), ("skills", 8)]
    assert spans(find_positions(lines, sections, as_of=AS_OF)) == [("2025-01", "2025-12"), ("2023-01", "2024-12")]


def test_an_end_said_inside_a_sentence_or_the_date_a_resume_was_updated_is_no_entry() -> None:
    """`c107_ds_01`: "Continued my research till November 2021, finishing with ..." under a job made a position of
    its own; "Update: 11 - October- 2024" at the foot of a page too."""
    text = """Experience
Research Engineer, ITMO University, 2019 - 2021
Published papers in several conferences' proceedings
Continued my research till November 2021, finishing with an international conference
Data Scientist at Acme until March 2023
Update: 11 - October- 2024
"""
    assert spans(positions(text)) == [("2019-01", "2021-12"), ("2023-03", "2023-03")]


def test_a_degrees_class_content_list_is_no_hands_on_work() -> None:
    """`c113_ai_02`: "Class content : Artificial neural networks - Clustering (..., processing pipeline) - ..." made
    a year of a master's a position."""
    rows = [
        ("Formation", 214, 20, 290),
        ("First year of master's degree - Computer science 09/2022 - 09/2023", 214, 50, 560),
        ("ICOM, Universite Lumiere Lyon II", 214, 62, 400),
        ("Class content : Artificial neural networks - Clustering (kmeans, cah, kohonen cards,", 214, 78, 580),
        ("tandem-clustering, processing pipeline) - Business intelligence system (Modelisation,", 214, 90, 579),
        ("MOLAP and ROLAP) - Machine learning (test and model comparison with R) - Python - SQL", 214, 102, 575),
        ("Projects", 214, 130, 290),
    ]
    lines = placed(rows)
    assert find_positions(lines, sections_of(lines), as_of=AS_OF) == ()


def test_a_margin_heading_over_two_lines_gives_its_row_no_date() -> None:
    """`c115_ai_01`: "Working" over "Experience" in the margin column; the first job, level with "Working", lost
    its date to that word and was no position."""
    from gapcheck.structure import find_sections

    rows = [
        ("Education", 72, 155, 120, 1),
        ("HSE University, Faculty of Computer Science", 166, 157, 400, 2),
        ("2020-2024", 170, 169, 220, 2),
        ("Working", 72, 206, 115, 3),
        ("Experience", 72, 218, 125, 3),
        ("SWE Internship in Yandex, 06/22 - 10/22", 166, 208, 380, 4),
        ("Worked with Chromium directly", 170, 220, 330, 4),
        ("ML Internship in Yandex, 04/23 - 09/23", 166, 255, 380, 5),
        ("Researched diffusion models in text-to-speech", 170, 267, 400, 5),
    ]
    lines = in_blocks(rows)
    sections = find_sections(lines)
    assert [(s.kind, s.start) for s in sections] == [("education", 0), ("experience", 3)]
    assert spans(find_positions(lines, sections, as_of=AS_OF)) == [("2022-06", "2022-10"), ("2023-04", "2023-09")]


def test_a_practicum_named_like_a_job_under_education_stays_schooling() -> None:
    """`c115_ds_01`: "Yandex.Practicum" over "Data Analyst" (the programme) under Education was read as a job,
    and the degree after it too."""
    from gapcheck.structure import find_sections

    rows = [
        ("Education", 29, 402, 97, 1),
        ("Yandex.Practicum", 29, 423, 129, 2),
        ("Data Analyst", 29, 437, 86, 2),
        ("Python", 44, 451, 85, 2),
        ("basics of A/B testing", 44, 465, 145, 2),
        ("2022 - 2023", 523, 424, 582, 3),
        ("Kutafin MSAL", 29, 524, 110, 4),
        ("Jurisprudence", 29, 539, 89, 4),
        ("2015 - 2021", 523, 525, 582, 5),
    ]
    lines = in_blocks(rows)
    assert [s.kind for s in find_sections(lines)] == ["education"]


def test_a_project_title_with_a_long_tool_list_after_a_bar_is_dated_by_its_month() -> None:
    """`c114_ai_02`: "Plant Disease Detector | Python,Pytorch,Deep Learning, TensorFlow,OpenCV,Streamlit,Pandas 05/2025"
    was read as a sentence (eleven words before the month), so the project's PyTorch work dated nothing."""
    text = """Projects
Movie-Recommender System | Python,Pandas,Streamlit 07/2024
Built a content-based movie recommender.
Plant Disease Detector | Python,Pytorch,Deep Learning, TensorFlow,OpenCV,Streamlit,Pandas 05/2025
Built a deep learning web application to detect plant leaf diseases.
"""
    assert spans(positions(text)) == [("2024-07", "2024-07"), ("2025-05", "2025-05")]


def test_a_job_read_before_its_margin_heading_is_no_title_of_the_next_employer() -> None:
    """`c108_un_01`: the first job, level with "PROFESSIONAL" / "EXPERIENCE" in the margin and read before it, was
    joined to the next employer's entry as a second title (their ranges meet), so both read as one job since 2013."""
    from gapcheck.structure import find_sections

    rows = [
        ("SKILLS", 40, 129, 90, 1),
        ("Design skills: Wireframes, Prototyping, Illustrator", 153, 140, 500, 2),
        ("Freelance UX/UI Web Designer", 153, 221, 330, 3),
        ("Freelance", 153, 233, 200, 3),
        ("12/2014-Present", 468, 221, 540, 4),
        ("PROFESSIONAL", 40, 222, 130, 5),
        ("EXPERIENCE", 40, 237, 120, 5),
        ("Co-Founder & Director of Growth", 153, 269, 330, 6),
        ("Besso Labs LLC, Chicago IL", 153, 281, 300, 6),
        ("Analyzed user data to identify opportunities for improvement.", 153, 296, 520, 6),
        ("12/2013-11/2014", 468, 269, 540, 7),
    ]
    lines = in_blocks(rows)
    found = find_positions(lines, find_sections(lines), as_of=AS_OF)
    assert spans(found) == [("2014-12", "2026-12"), ("2013-12", "2014-11")]


def test_a_line_naming_a_section_with_a_place_level_with_it_is_an_entry_line_not_a_heading() -> None:
    from gapcheck.structure import find_sections

    rows = [
        ("Experience", 222, 252, 278),
        ("Career break", 222, 408, 288),
        ("Jan 2021 to Jul 2023", 473, 408, 571),
        ("Education and Family Sabbatical", 222, 424, 380),
        ("Berlin, DE", 524, 424, 571),
        ("Relocated to Germany with my family and completed a data analyst course.", 243, 445, 548),
        ("J Theron Payroll Services", 222, 526, 346),
        ("Jul 2006 to Dec 2020", 470, 526, 571),
        ("Business owner, Payroll specialist", 222, 542, 450),
        ("Managed payroll processing and monthly reporting for 20+ clients with SQL.", 243, 562, 532),
        ("Education", 222, 620, 278),
        ("B.Com, University of Cape Town", 222, 640, 400),
    ]
    lines = placed(rows)
    sections = find_sections(lines)
    assert [(s.kind, s.start) for s in sections] == [("experience", 0), ("education", 10)]
    found = find_positions(lines, sections, as_of=AS_OF)
    assert spans(found) == [("2021-01", "2023-07"), ("2006-07", "2020-12")]


def test_a_heading_by_its_exact_name_with_an_employers_place_beside_it_still_opens_its_section() -> None:
    from gapcheck.structure import find_sections

    rows = [
        ("Certifications", 72, 470, 160),
        ("Cloud Digital Leader Certification", 86, 524, 275),
        ("Experience", 72, 550, 137),
        ("Factspan Analytics, Bangalore", 340, 550, 523),
        ("Jan 2026 – Present", 429, 570, 520),
        ("Senior Analyst (Data Engineering)", 72, 572, 374),
    ]
    sections = find_sections(placed(rows))
    assert [(s.kind, s.start) for s in sections] == [("certifications", 0), ("experience", 2)]


def test_an_entry_printed_with_two_ranges_is_two_stints() -> None:
    found = positions("""
        Experience
        Research Placement, The Rowett Institute of Nutrition and Health
        Sep 2018 - Dec 2018, Jun 2019 - Sep 2019
        Assisted with data processing and statistical analysis in R.
        Data Scientist, Spotify   May 2016 – May 2021; Aug 2022 – Mar 2024
        Built churn models in Python.
    """)
    assert spans(found) == [("2018-09", "2018-12"), ("2019-06", "2019-09"), ("2016-05", "2021-05"), ("2022-08", "2024-03")]
    assert [p.title for p in found][:2] == ["Research Placement", "Research Placement"]


def test_a_remark_on_one_of_an_entrys_ranges_keeps_the_ranges_after_it() -> None:
    found = positions("""
        Experience
        Arista Networks
        Mar 2022 - June 2022, Sep 2022 - Dec 2022 (Intern), Jan 2023 - Present
        Software Engineer, Infrastructure
        Designed and automated a scalable ML pipeline using Kubeflow.
    """)
    assert spans(found) == [("2022-03", "2022-06"), ("2022-09", "2022-12"), ("2023-01", "2026-12")]


def test_short_items_under_a_label_ending_in_a_colon_stay_in_their_project() -> None:
    rows = [
        ("Projects:", 108, 67, 153),
        ("Customer Support Engineer, Informatics Technologies Pvt Ltd (Aug2022 – May2023, Ahmedabad)", 108, 327, 544),
        ("Roles & Responsibilities:", 108, 350, 224),
        ("Developed backend functionality using Python", 97, 363, 318),
        ("Integrated PostgreSQL database", 97, 375, 256),
        ("Tested and debugged application features", 97, 399, 297),
        ("Software Support Engineer, Aidni Infotech Pvt Ltd (April 2019 – Sep2019 , Kolkata)", 108, 634, 475),
        ("Roles & Responsibilities:", 108, 657, 227),
        ("Provided software support", 97, 669, 229),
        ("Assisted clients in requirement gathering", 97, 681, 291),
    ]
    lines = placed(rows)
    found = find_positions(lines, sections_of(lines), as_of=AS_OF)
    assert spans(found) == [("2022-08", "2023-05"), ("2019-04", "2019-09")]
    assert [(p.first, p.last) for p in found] == [(1, 5), (6, 9)]


def test_a_period_a_wrapped_sentence_speaks_of_dates_no_entry() -> None:
    found = positions("""
        Projects
        TravelTide Segmentation and Rewards Project   May 2025
        Segmented customer base using Python and SQL, focusing on
        January 2023 to July 2023 and users with 7 sessions or more,
        leading to 7 tailored user segments.
    """)
    assert spans(found) == [("2025-05", "2025-05")]


def test_a_place_right_aligned_on_the_title_line_keeps_the_title_in_its_entry() -> None:
    # Title (place right-aligned level with it) / Organization / date on its own line, bullets under it: the
    # place is no indented body line, so the next job's title never joins the job above as a second title
    rows = [
        ("Experience", 54, 116, 113),
        ("Senior Platform Engineer", 54, 151, 168),
        ("Wrocław, Poland (remote)", 433, 152, 541),
        ("Akamai Technologies", 54, 166, 136),
        ("Sep 2023 — Present", 66, 182, 139),
        ("Working on the Linode Kubernetes Engine, a managed Kubernetes platform.", 54, 201, 368),
        ("Building REST APIs, client SDKs and an ORM for SQL-based databases.", 54, 219, 490),
        ("Cloud Software Engineer", 54, 374, 165),
        ("Gdańsk, Poland (remote)", 438, 374, 541),
        ("Intel Corporation", 54, 389, 120),
        ("Jul 2022 — Aug 2023", 66, 404, 142),
        ("Developed Python and Golang backend services with Docker and Helm.", 54, 423, 488),
    ]
    lines = placed(rows)
    found = find_positions(lines, sections_of(lines), as_of=AS_OF)
    assert [(p.title, p.start, p.end, p.first, p.last) for p in found] == [
        ("Senior Platform Engineer", "2023-09", "2026-12", 1, 6),
        ("Cloud Software Engineer", "2022-07", "2023-08", 7, 11),
    ]


def test_a_heading_led_by_a_known_section_noun_opens_that_section() -> None:
    assert heading_section("Personal projects and non-profit activity") == "projects"
    assert heading_section("Training and mentoring") is None
    assert heading_section("Python and SQL") is None


def test_a_heading_in_sentence_case_opens_its_section_but_a_sentence_led_by_a_verb_does_not() -> None:
    assert heading_section("Recent open-source projects") == "projects"
    assert heading_section("Relevant work experience") == "experience"
    assert heading_section("Led several open-source projects") is None
    assert heading_section("Managed key projects") is None
    found = positions("""
        Experience
        Developer at Urban Mapping, 2011-2013
        Built the first observability for the geospatial API with Python.
        Recent open-source projects
        tau-discernment grades agent discernment in balancing competing goals with LangGraph.
    """)
    assert [(p.title, p.first, p.last) for p in found] == [("Developer", 1, 2)]


def test_a_month_at_the_end_of_a_title_line_with_its_year_on_the_next_line() -> None:
    rows = [
        ("Work Experience", 80, 561, 259),
        ("Oracle (Associate Software Developer) : From August", 80, 604, 489),
        ("2023", 80, 624, 116),
        ("Added dashboards of customers' usage data in collaboration with the UI team.", 110, 658, 498),
        ("Oracle (Project Intern) : January 2023 to July 2023", 80, 690, 470),
        ("Documented the REST API generation process using OpenAPI for five services.", 110, 724, 505),
    ]
    lines = [Line(text, 1, i + 1, i, x0=x0, top=top, x1=x1, bottom=top + 12) for i, (text, x0, top, x1) in enumerate(rows)]
    found = find_positions(lines, sections_of(lines), as_of=AS_OF)
    assert [(p.start, p.end, p.current, p.first, p.last) for p in found] == [
        ("2023-08", "2026-12", True, 1, 3),
        ("2023-01", "2023-07", False, 4, 5),
    ]


def test_a_range_joined_by_a_tilde_wrapped_onto_the_next_line() -> None:
    """`c128_ai_02`: East Asian resumes join a range with "~"; "Mar. 2019 ~" over "Feb. 2025" in a date column and
    "(Jan. 2024 ~ Feb." over "2025)" at the end of a title line were read as open ranges (to the as-of month)."""
    rows = [
        ("Experience", 68, 226, 160),
        ("Mar. 2019 ~", 68, 251, 130),
        ("Feb. 2025", 68, 264, 118),
        ("Dankook University, Research Assistant", 146, 251, 400),
        ("Built lane detection models in PyTorch.", 146, 283, 400),
        ("Research Intern at Future Mobility Lab, Hanyang University, Korea (Mar. 2025 ~ Oct.", 107, 628, 560),
        ("2025) / Mobility Planning", 107, 641, 260),
        ("Trained trajectory planners with reinforcement learning.", 107, 661, 500),
    ]
    lines = [Line(text, 1, i + 1, i, x0=x0, top=top, x1=x1, bottom=top + 12) for i, (text, x0, top, x1) in enumerate(rows)]
    found = find_positions(lines, sections_of(lines), as_of=AS_OF)
    assert [(p.start, p.end, p.current) for p in found] == [("2019-03", "2025-02", False), ("2025-03", "2025-10", False)]


def test_a_range_wrapped_before_its_separator_is_one_range() -> None:
    """`c466_un_01`: "Teaching Assistant, Har Hath Kalam, Patiala - 2017" over "to 2020." was read as 2017 alone."""
    rows = [
        ("VOLUNTEER EXPERIENCE", 68, 226, 240),
        ("Organised several coding competitions on behalf of", 68, 240, 330),
        ("the institute.", 68, 252, 140),
        ("Teaching Assistant, Har Hath Kalam, Patiala - 2017", 68, 264, 330),
        ("to 2020.", 68, 276, 110),
        ("Active member of multiple tech related societies in", 68, 288, 330),
    ]
    lines = placed(rows)
    found = find_positions(lines, sections_of(lines), as_of=AS_OF)
    assert [(p.start, p.end) for p in found] == [("2017-01", "2020-12")]


def test_a_degrees_project_under_relevant_coursework_in_the_margin_stays_with_the_degree() -> None:
    """`c129_ai_01`: "Relevant" over "Coursework" in the left margin under an M.S. opened a section of its own, and
    the "MS Project ..." row under the courses was lost with it (the degree's 18 months of machine learning)."""
    from gapcheck.structure import find_sections

    lines = in_blocks(
        [
            ("Education", 146, 510, 204, 51),
            ("01/2023 -", 94, 532, 139, 52),
            ("06/2024", 99, 546, 137, 52),
            ("M.S. in Computer Science, University of California, Santa Cruz, Santa", 146, 532, 522, 53),
            ("California, GPA: 3.82/4.00", 146, 546, 267, 53),
            ("Relevant", 98, 563, 137, 54),
            ("Coursework", 85, 577, 137, 54),
            ("Computer Vision, Artificial Intelligence, Research and Teaching in Computer Science,", 146, 563, 522, 55),
            ("Applied Bayesian Statistics, Analysis of Algorithms, Computer Architecture, Compiler", 146, 577, 521, 55),
            ("Design, Introduction of Probability Theory", 146, 590, 340, 55),
            ("MS Project Evaluating the Effectiveness of Fairness Techniques for Decision Tree Classifiers.", 85, 608, 523, 56),
            ("Implemented and benchmarked five fairness interventions including rule-based pruning", 146, 621, 523, 56),
        ],
        height=11,
    )
    sections = find_sections(lines)
    assert [s.kind for s in sections] == ["education"]
    found = find_positions(lines, sections, as_of=AS_OF)
    assert [(p.start, p.end) for p in found] == [("2023-01", "2024-06")]
    assert {10, 11} <= set(found[0].members)  # the project and its bullet


def test_sub_headings_that_recur_under_every_job_stay_in_the_jobs() -> None:
    from gapcheck.structure import find_sections

    lines = lines_of("""
        Employment
        Renesas Electronics, Milpitas, CA (January 2020 – Present)
        Sr. Manager, Systems Design Engineering
        Achievements
        Automated status report generation using Python, Pandas and the JIRA API
        Responsibilities
        Mentor and guide the systems team to produce customer facing collateral
        Renesas Electronics, Milpitas, CA (March 2018 – January 2020)
        Staff Applications Engineer
        Achievements
        September 2018, Best IoT Software award for a medical adherence demonstration
        Managed the team for the mobile application improvement program
        Responsibilities
        Develop technical collateral like sales presentations and reference designs
        Education
        M.S. Electrical Engineering, 2009 - 2011
    """)
    sections = find_sections(lines)
    assert [(s.kind, s.heading) for s in sections] == [("experience", "Employment"), ("education", "Education")]
    found = find_positions(lines, sections, as_of=AS_OF)
    assert [(p.title, p.start, p.end, p.first, p.last) for p in found] == [
        ("Sr. Manager", "2020-01", "2026-12", 1, 6),
        ("Staff Applications Engineer", "2018-03", "2020-01", 7, 13),
    ]


def test_a_range_wrapped_after_a_month_with_a_comma() -> None:
    rows = [
        ("Experience", 76, 100, 200),
        ("Future Designs Inc., Huntsville, AL (Feb, 2011 – Apr,", 76, 149, 420),
        ("2011)", 76, 179, 110),
        ("Consultant Engineer (Intern)", 76, 221, 250),
        ("Tested and debugged firmware for the rapid application development platform.", 76, 250, 500),
    ]
    lines = [Line(text, 1, i + 1, i, x0=x0, top=top, x1=x1, bottom=top + 16) for i, (text, x0, top, x1) in enumerate(rows)]
    found = find_positions(lines, sections_of(lines), as_of=AS_OF)
    assert [(p.start, p.end) for p in found] == [("2011-02", "2011-04")]


def test_a_heading_printed_again_after_another_kind_of_section_is_no_part_of_the_entries() -> None:
    from gapcheck.structure import find_sections

    lines = lines_of("""
        Projects
        DRUID, a Python package for source finding (2024 - 2025)
        Publications
        Hughes, O. DRUID: source detection with persistent homology. RASTI, 2025.
        Awards
        Fundamentals of Accelerated Computing with CUDA C++, 2026
        Publications
        Hughes, O. STILTS-NLI: a natural language interface. RASTI, 2026.
    """)
    assert [s.kind for s in find_sections(lines)] == ["projects", "publications", "awards", "publications"]


def test_every_qualified_heading_noun_opens_the_same_section_as_the_noun_alone() -> None:
    for noun in ("skills", "experience", "projects", "publications", "education", "certifications", "awards", "interests"):
        assert heading_section(noun) is not None
        assert heading_section(f"Selected {noun.title()}") == heading_section(noun)


def test_a_right_aligned_date_grouped_with_the_paragraph_under_it_stays_with_its_title(make_pdf: Any) -> None:
    from fpdf import FPDF

    measure = FPDF()
    measure.set_font("Helvetica", size=11)
    body = [
        "Delivered twenty enhancements to the satellite processor and its",
        "ground pipeline, with a supervised classifica-",
        "tion model in Python.",
    ]
    right = 20 + measure.get_string_width(body[0])
    date = "July 2022 - January 2023"
    placed = [
        (10.0, 40.0, "Experience"),
        (10.0, 50.0, "Software Engineer"),
        (right - measure.get_string_width(date), 49.4, date),
        (20.0, 55.0, body[0]),
        (right - measure.get_string_width(body[1]), 60.0, body[1]),
        (20.0, 65.0, body[2]),
    ]
    document = read_document(make_pdf(placed=placed), limits=Limits.none())
    texts = [line.text for line in document.lines]
    assert texts.index("Software Engineer") < texts.index(body[0])
    assert [(p.title, p.start, p.end) for p in document.positions] == [("Software Engineer", "2022-07", "2023-01")]


def test_an_employer_range_over_a_titles_own_range_gives_the_title_its_own() -> None:
    from gapcheck.textfile import document_from_text

    document = document_from_text(
        "Experience\n\nHHAeXchange 04/2021 - 02/2025\nCloud Operations Engineer 01/2024 - 02/2025\n- Ran the AWS estate.\n\n"
        "System Operations Engineer 01/2022 - 12/2023\n- Kept the services up.\n"
    )
    spans = [(p.start, p.end) for p in document.positions]
    assert spans[0] == ("2024-01", "2025-02")
    assert ("2022-01", "2023-12") in spans


def test_bullets_and_a_link_label_beside_the_organization_stay_in_their_project() -> None:
    rows = [  # text, x0, top, x1, bullet (as a CV class sets them: the org indented, "Github" level with it)
        ("Projects", 40.0, 470.0, 90.0, False),
        ("Dynamic Agentic RAG system", 40.0, 483.0, 177.0, True),
        ("Dec. 2024", 508.0, 483.0, 550.0, False),
        ("13th Inter IIT-Tech Meet, IIT Bombay", 48.5, 495.0, 250.0, False),
        ("Github", 521.0, 495.0, 550.0, False),
        ("Implemented a Pathway integrated dynamic agentic RAG system with real-time data", 47.0, 507.0, 553.0, True),
        ("Behavior Simulation Challenge", 40.0, 530.0, 184.0, True),
        ("Nov. 2023", 507.0, 530.0, 550.0, False),
        ("12th Inter IIT-Tech Meet, IIT Madras", 48.5, 542.0, 250.0, False),
        ("Github", 521.0, 542.0, 550.0, False),
        ("Developed tweet-like prediction model with 96% accuracy and fine-tuned LLaMa for", 47.0, 554.0, 538.0, True),
        ("engagement optimization on a million rows of text, images and video", 56.0, 566.0, 400.0, False),
    ]
    lines = [
        Line(text, 1, n + 1, n, x0=x0, top=top, x1=x1, bottom=top + 10.0, bullet=bullet)
        for n, (text, x0, top, x1, bullet) in enumerate(rows)
    ]
    spans = {p.title: (p.first, p.last) for p in find_positions(lines, sections_of(lines), as_of=AS_OF)}
    assert spans == {"Dynamic Agentic RAG system": (1, 5), "Behavior Simulation Challenge": (6, 11)}


def test_a_year_inside_an_events_name_dates_no_entry() -> None:
    lines = lines_of(
        """
        Projects
        Empathy Detection – WASSA 2024 Shared Task   Northeastern University
        Fine-tuned BERT for regression on empathy and intensity prediction across 11K+ conversational turns.
        Kaggle Grandmaster Sprint 2023
        Ranked in the top 1% of 4,000 teams.
        """
    )
    positions = find_positions(lines, sections_of(lines), as_of=AS_OF)
    assert [(p.title, p.start, p.end) for p in positions] == [("Kaggle Grandmaster Sprint", "2023-01", "2023-12")]


def test_small_capital_headings_with_a_larger_initial_set_apart_open_their_sections() -> None:
    assert heading_section("E DUCATION") == "education"
    assert heading_section("E XPERIENCE (Not Employment)") == "experience"
    assert heading_section("P ROJECTS") == "projects"
    assert heading_section("A TEAM PLAYER") is None


def test_rows_of_fields_closed_by_a_date_are_entries_even_inside_the_previous_range() -> None:
    rows = [
        "Experience",
        "Pwc Switzerland Job Simulation ON Forage | Data Analyst Virtual | Sep’24",
        "Completed a job simulation where I strengthened my Power BI skills.",
        "Accenture Job Simulation ON Forage | Data Analyst Virtual | Aug'24- Sep'24",
        "Cleaned, modeled and analyzed 7 datasets to uncover insights.",
        "Deloitte Job Simulation ON Forage | Data Analyst Virtual | Aug’24",
        "Created a data dashboard using Power BI.",
    ]
    lines = [
        Line(row, 1, n + 1, n, x0=72.0 if n % 2 or n == 0 else 108.0, top=100.0 + 12 * n, x1=500.0, bottom=110.0 + 12 * n)
        for n, row in enumerate(rows)
    ]
    positions = find_positions(lines, sections_of(lines), as_of=AS_OF)
    assert [(p.start, p.end) for p in positions] == [("2024-09", "2024-09"), ("2024-08", "2024-09"), ("2024-08", "2024-08")]


def test_the_period_a_sentence_speaks_of_dates_no_entry() -> None:
    lines = lines_of(
        """
        Projects
        IPL Analysis: Developed an interactive Power BI dashboard analyzing IPL data from 2008–2025, featuring season-wise
        statistics, player performance and team standings.
        Churn model for a telecom, Python   2023
        """
    )
    positions = find_positions(lines, sections_of(lines), as_of=AS_OF)
    assert [(p.start, p.end) for p in positions] == [("2023-01", "2023-12")]


def test_relevant_employment_and_extracurricular_activities_hold_positions() -> None:
    assert heading_section("RELEVANT EMPLOYMENT") == "experience"
    assert heading_section("Jobs & Experiences") == "experience"
    assert heading_section("EXTRA-CURRICULAR ACTIVITIES") == "volunteering"
    assert heading_section("Hobbies") == "interests"
    lines = lines_of(
        """
        RELEVANT EMPLOYMENT
        Research Engineer with TRU (Telecom Research Unit)   Feb - June 2025
        Researched signal processing and ML techniques to support fault detection.
        EXTRA-CURRICULAR ACTIVITIES
        Girls Programming Network Tutor   Feb 2023 - Current
        Leading a classroom programming lecture with over 100 students.
        """
    )
    positions = find_positions(lines, sections_of(lines), as_of=AS_OF)
    assert [(p.start, p.end) for p in positions] == [("2025-02", "2025-06"), ("2023-02", "2026-12")]


def test_social_activities_and_leadership_hold_a_students_club_roles() -> None:
    """`c128_ai_01`: "SOCIAL ACTIVITIES & LEADERSHIP" was no heading, so a vice-presidency of a student club (2024 -
    Present) was read as part of the skills above: 12 months of experience lost."""
    assert heading_section("SOCIAL ACTIVITIES & LEADERSHIP") == "volunteering"
    lines = lines_of(
        """
        TECHNICAL SKILLS
        Tools: Pandas, NumPy, Scikit-Learn, Jupyter Notebook, Git
        SOCIAL ACTIVITIES & LEADERSHIP
        Vice President – Street Cause, MCET   2024–Present
        Led a team of 10+ volunteers to organize campus social initiatives.
        """
    )
    positions = find_positions(lines, sections_of(lines), as_of=AS_OF)
    assert [(p.start, p.end) for p in positions] == [("2024-01", "2026-12")]


def test_a_year_between_bars_before_a_projects_stack_dates_the_project() -> None:
    """`c130_de_01`: "FlavFinder | 2026 | Java | Jakarta EE | AWS Cognito | Hibernate | MySQL" was no entry (too many
    words after the year)."""
    found = positions(
        """
        PROJECTS
        FlavFinder | 2026 | Java | Jakarta EE | AWS Cognito | Hibernate | MySQL | JavaScript
        Built a full-stack restaurant discovery web app on AWS.
        Task Manager | 2025 | JavaScript | Node.js
        Built a task manager.
        """
    )
    assert spans(found) == [("2026-01", "2026-12"), ("2025-01", "2025-12")]


def test_a_range_whose_end_year_opens_the_next_line_of_prose() -> None:
    """`c131_de_01`: "Work for the government (Argentina) - SySAdmin, DBA (March 1995 - April" over "2006) Migrate
    servers from proprietary software to free software (Linux, PostgreSQL" was read as March 1995 and a job of 2006:
    eleven years lost."""
    lines = placed(
        [
            ("Professional Experience", 134, 309, 274),
            ("GNUtransfer – SySAdmin, DBA, software developer, (May 2005 – Present)", 134, 327, 463),
            ("Developer of the control panel (VPSControl) for managing virtual machines with KVM.", 134, 345, 477),
            ("Work for the government (Argentina) - SySAdmin, DBA (March 1995 - April", 133, 387, 477),
            ("2006) Migrate servers from proprietary software to free software (Linux, PostgreSQL", 134, 399, 479),
            (", MySQL, Postfix, among others).", 134, 411, 314),
        ]
    )
    found = find_positions(lines, sections_of(lines), as_of=AS_OF)
    assert spans(found) == [("2005-05", "2026-12"), ("1995-03", "2006-04")]
    assert 4 in found[1].members  # the line the end year opens is the job's


def test_a_year_before_a_title_is_an_entry_not_a_heading() -> None:
    """`c130_un_01`: "2024 Internship" over "M.G.F.K Energy Ltd" read as an "Internships" heading, so the internship
    had no date (12 months lost)."""
    assert heading_section("2024 Internship") is None
    assert heading_section("Internships") == "experience"
    found = positions(
        """
        WORK EXPERIENCE
        Junior IT Support Specialist, PHC Restaurants   March 2026 - Present
        Provide IT support across multiple corporate sites.
        2024 Internship
        M.G.F.K Energy Ltd
        Trained in PLC programming.
        """
    )
    assert spans(found) == [("2026-03", "2026-12"), ("2024-01", "2024-12")]


def test_plural_experiences_headings_open_their_sections() -> None:
    """`c133_ai_02`: "Teaching" over "Experiences" in a margin of headings was no heading, so the margin was read as a
    sidebar before the page's entries and every job fell under "Skills" (76 months lost)."""
    assert heading_section("Teaching Experiences") == "experience"
    assert heading_section("Research Experiences") == "research"
    assert heading_section("Volunteer Experiences") == "volunteering"


def test_a_sentence_that_opens_with_a_preposition_stays_in_its_entry() -> None:
    rows = [
        ("Projects", False),
        ("Canadian COVID-19 dashboard   2021", False),
        ("A dashboard built in Shiny that reported and visualized the latest case numbers", True),
        ("For daily data updates, created an R package", False),
        ("Wrote about the process in a series: exploring the data, creating the package.", True),
    ]
    lines = [Line(text, 1, n + 1, n, bullet=bullet) for n, (text, bullet) in enumerate(rows)]
    positions = find_positions(lines, sections_of(lines), as_of=AS_OF)
    assert [(p.first, p.last) for p in positions] == [(1, 4)]


def test_a_bulleted_sentence_about_skills_opens_no_section() -> None:
    assert heading_section("Excellent organizational skills.", bullet=True) is None
    assert heading_section("Communication skills", bullet=True) is None
    assert heading_section("Skills", bullet=True) == "skills"
    assert heading_section("Communication skills") == "skills"


def test_a_heading_with_a_note_after_a_bar_or_a_dash_opens_its_section() -> None:
    assert heading_section("VIRTUAL INTERNSHIPS | FORAGE") == "experience"
    assert heading_section("Projects — selected") == "projects"
    assert heading_section("Data Scientist | Acme") is None


def test_a_sentence_ending_in_a_heading_noun_is_no_heading_and_tools_are_skills() -> None:
    for sentence in ("Led several projects", "Gained relevant experience", "Built internal tools"):
        assert heading_section(sentence) is None
    assert heading_section("Software Tools") == heading_section("Physical Tools") == "skills"
    assert heading_section("professional skills") == "skills"


def test_a_phrase_whose_heading_noun_follows_a_preposition_is_no_heading() -> None:
    """ "Support for scientific publications" is a duty in a list, not a Publications heading."""
    assert heading_section("Support for scientific publications") is None
    assert heading_section("Selected Publications") == "publications"
    assert heading_section("List of Publications") == "publications"


def test_preprints_open_a_publications_section() -> None:
    assert heading_section("PREPRINTS") == heading_section("Selected Preprints") == "publications"


def test_involvements_headings_open_their_sections() -> None:
    assert heading_section("Corporate Involvements") == "experience"
    assert heading_section("Involvements") == "volunteering"


def test_an_entrys_right_aligned_title_that_names_a_section_opens_none() -> None:
    rows = [
        ("Experience", 230, 113, 290),
        ("2021 - Present Centre for Visual Information Technology, IIIT Hyderabad", 230, 141, 540),
        ("Honours", 549, 155, 580),
        ("The lab works on computer graphics and computer vision for medical equipment.", 285, 167, 560),
        ("July 2021 - Present Boltzmann Labs", 230, 210, 400),
        ("ML Intern", 543, 211, 580),
        ("Working on improving the deep learning model of the tool with PyTorch.", 285, 223, 560),
    ]
    lines = placed(rows, column=2)
    from gapcheck.structure import find_sections

    assert [s.kind for s in find_sections(lines)] == ["experience"]
    # the contact lines flush right above the heading are another section's: they mark no edge of the entries
    contact = [("Mob.: +91-5550148261", 492, 58, 580), ("Email.: nsharma.ex@example.com", 432, 70, 580)]
    with_contact = placed([*contact, *rows], column=2)
    assert [s.kind for s in find_sections(with_contact)] == ["header", "experience"]


def test_a_date_pushed_below_a_long_heading_dates_that_heading_not_the_bullet_beside_it() -> None:
    rows = [
        ("Experience", 68, 100, 150, 11),
        ("Postdoctoral Fellow | Cleveland Clinic - Cleveland, OH", 68, 120, 420, 11),
        ("11/2016 - 05/2020", 490, 120, 582, 11),
        ("Developed machine learning pipelines for classifying microbes.", 101, 139, 500, 11),
        ("Bioinformatics Engineer | Institute Of Cardiovascular And Metabolic Diseases - Toulouse, France", 68, 162, 546, 11),
        ("05/2015 - 06/2016", 490, 176, 582, 11),
        ("Analyzed clinical and metagenomic datasets", 101, 181, 457, 11),
        ("Developed pipelines for RNA-Seq datasets.", 101, 195, 470, 11),
    ]
    lines = [Line(text, 1, i + 1, i, x0=x0, top=top, x1=x1, bottom=top + h) for i, (text, x0, top, x1, h) in enumerate(rows)]
    found = in_experience(lines)
    assert spans(found) == [("2016-11", "2020-05"), ("2015-05", "2016-06")]
    assert found[1].title == "Bioinformatics Engineer"
    assert (found[1].first, found[1].last) == (4, 7)


def test_a_year_inside_a_sentence_that_goes_on_dates_no_entry() -> None:
    found = positions("""
        Experience
        Summer Internship in Cybersecurity
        Birla Institute of Technology
        June 10 - July 10, 2024
        Executed 50+ Ethereum transactions on a test network.
        o Studied DPDP Act 2023 and ISO standards,
        contributing to compliance reports.
    """)
    assert spans(found) == [("2024-06", "2024-07")]
    assert found[0].title == "Summer Internship in Cybersecurity"


def test_a_date_read_after_the_next_heading_but_printed_above_it_dates_the_job_beside_it() -> None:
    rows = [
        ("Experience", 42, 300, 120),
        ("Automation Engineer | Pearl Electricals", 48, 327, 239),
        ("Apr 2019 - Feb 2023", 486, 326, 566),
        ("Installed industrial automation systems with Python.", 47, 340, 520),
        ("Electrical Testing Engineer | Chintamani Laminations", 48, 364, 292),
        ("Performed quality checks on transformer parts.", 47, 376, 492),
        ("Projects", 42, 389, 86),
        ("Retail Analytics Dashboard (Power BI)", 42, 404, 202),
        ("Built a Power BI dashboard with executive KPIs.", 47, 416, 557),
        ("Aug 2016 - Mar 2019", 483, 364, 566),
    ]
    lines = placed(rows)
    sections = [Section("experience", "Experience", 0, 6), Section("projects", "Projects", 6, len(lines))]
    found = find_positions(lines, sections, as_of=AS_OF)
    assert [(p.title, p.start, p.end) for p in found] == [
        ("Automation Engineer", "2019-04", "2023-02"),
        ("Electrical Testing Engineer", "2016-08", "2019-03"),
    ]


def test_a_europass_cv_with_day_first_dates_keeps_every_job() -> None:
    found = positions("""
        Work experience
        Senior Software Developer
        Nvidia
        [ 17/01/2025 – Current ]
        Firmware for GPUs with Python.
        Senior Software developer (Contract)
        Scantist
        [ 11/09/2022 – 10/11/2024 ]
        Built FastAPI services on Kubernetes.
        Software Engineer (Contract)
        Netguru
        [ 30/11/2020 – 13/08/2022 ]
        Django back ends on AWS.
    """)
    assert [(p.start, p.end) for p in found][1:] == [("2022-09", "2024-11"), ("2020-11", "2022-08")]
    assert found[0].start == "2025-01" and found[0].current


def test_leadership_and_activities_sections_hold_positions_but_lists_of_honours_do_not() -> None:
    assert heading_section("Leadership") == "volunteering"
    assert heading_section("ACTIVITIES") == "volunteering"
    assert heading_section("Leadership and Awards") == "awards"
    assert heading_section("Skill-sets") == "skills"  # c365_ai_02: its lists were read into the last project
    assert heading_section("Technical Knowledge") == "skills"  # c383_de_01: its lists were read into the last job
    assert heading_section("Activities & Awards") == "awards"
    assert heading_section("Hobbies and Interests") == "interests"
    found = positions(
        """
        Leadership
        President, Data Science Club   Sep 2022 - May 2024
        Led weekly workshops on Python for 40 members.
        Leadership and Awards
        Secretary, Electrical Engineering Society, 2017-18
        """
    )
    assert [(p.title, p.start, p.end) for p in found] == [("President", "2022-09", "2024-05")]


def test_headings_listed_with_commas_are_the_first_ones_section() -> None:
    """`c122_ai_02`: under "EDUCATION, ACHIEVEMENTS, EXTRACURRICULAR" the B.Tech (2020-2024) was read as an activity."""
    assert heading_section("EDUCATION, ACHIEVEMENTS, EXTRACURRICULAR") == "education"
    assert heading_section("Experience, Projects") == "experience"
    assert heading_section("Languages, Frameworks & Tools") == "skills"  # a list of tools, not spoken languages
    found = positions(
        """
        Experience
        Data Analyst, Acme Corp   Jan 2023 - Dec 2024
        Built churn dashboards in Tableau.
        EDUCATION, ACHIEVEMENTS, EXTRACURRICULAR
        BMS College of Engineering, B.Tech in Computer Science (2020-2024)
        Finalist in RevaHack 2022
        """
    )
    assert [(p.start, p.end) for p in found] == [("2023-01", "2024-12")]


def test_a_relevant_or_recent_heading_is_that_heading() -> None:
    """`c125_ds_02`: under "RELEVANT WORK HISTORY" (a pagedown resume) no job was read, 96 months lost."""
    assert heading_section("RELEVANT WORK HISTORY") == "experience"
    assert heading_section("Recent Employment") == "experience"
    found = positions(
        """
        RELEVANT WORK HISTORY
        Data Migration Technician   2022
        Lions Foundation of Canada
        Managed ETL consolidation into Salesforce.
        """
    )
    assert [(p.start, p.end) for p in found] == [("2022-01", "2022-12")]


def test_a_details_heading_is_the_heading_it_details() -> None:
    """Written slice w75 (Naukri): "Employment Details" under an "IT Skills" table was no heading, so the jobs were
    read as skills and no position was found."""
    assert heading_section("Employment Details") == "experience"
    assert heading_section("Education Details") == "education"
    assert heading_section("Payment Details") is None
    found = positions(
        """
        IT Skills
        Python (pandas, scikit-learn)   2026   7 Yrs
        Employment Details
        Designation: Senior Data Scientist
        Organization: Myntra Designs Pvt. Ltd., Bengaluru
        Duration: Apr 2019 - Till date
        Built LightGBM quantile models to predict delivery days per pincode.
        """
    )
    assert [(p.title, p.start) for p in found] == [("Senior Data Scientist", "2019-04")]


def test_a_date_of_the_section_before_read_after_a_heading_opens_no_entry_there() -> None:
    # "2021 - 2024" sits level with the "Public Projects" heading (a section that is its own entry); reading order
    # put it under the next section's title lines, where it used to open an untitled entry that took their bullets
    rows = [
        ("Public Projects", 28, 536, 106),
        ("Recommender System from Scratch, Covid-19 cases vs deaths", 28, 550, 568),
        ("Leadership", 28, 560, 92),
        ("College of Computing, Data Science, and Society", 28, 576, 345),
        ("Advisory Board Coordinator + Student Representative", 28, 590, 442),
        ("2021 - 2024", 523, 536, 583),
        ("Aug 2023 - Present", 483, 577, 582),
        ("Lead bimonthly strategic meetings with the college leadership.", 43, 603, 532),
    ]
    lines = placed(rows)
    sections = [Section("projects", "Public Projects", 0, 2), Section("volunteering", "Leadership", 2, len(lines))]
    found = find_positions(lines, sections, as_of=AS_OF)
    assert [(p.start, p.end, p.title) for p in found] == [("2023-08", "2026-12", "Advisory Board Coordinator + Student Representative")]
    assert found[0].last == 7  # the bullet stays with the coordinator role


def test_a_heading_naming_one_employer_opens_its_entry_and_field_labels_are_no_titles() -> None:
    assert heading_section("Internship Experience - OgCloud (Guangdong Tianyun Technology Co., Ltd.)") == "experience"
    assert heading_section("Experience - 5 years building Python services at scale for banks") is None
    found = positions(
        """
        Professional Skills
        Prompt Engineering: Skilled in designing prompts.
        Internship Experience - OgCloud (Guangdong Tianyun Technology Co., Ltd.)
        Duration: 2023.04 - 2024.04
        Position: AI Intern
        Built RAG agents for internal documents.
        Internship Experience - The Home Depot (Shanghai)
        Duration: 2024.10 - 2025.02
        Position: AI Intern
        Deployed local models with Ollama.
        """
    )
    assert [(p.title, p.start, p.end) for p in found] == [("AI Intern", "2023-04", "2024-04"), ("AI Intern", "2024-10", "2025-02")]
    assert "Duration" not in {p.organization for p in found}


def test_a_place_level_with_the_employer_read_after_the_title_keeps_the_bullets_in_the_job() -> None:
    # Typst: employer with the place right-aligned on its row, the title under it, the date right-aligned under the
    # place, then the bullets; reading order puts the place after the title
    rows = [
        ("Work Experience", 59, 345, 194),
        ("Teamson", 59, 393, 111),
        ("Senior Data Engineer (Analytics Engineering)", 59, 414, 365),
        ("Taipei, Taiwan", 464, 393, 526),
        ("Jul 2022 - Sep 2025 (3 yrs 3 mos)", 395, 421, 526),
        ("Led migration from legacy reporting to a modern data stack using dbt, improving data", 71, 444, 524),
        ("reliability and consistency.", 71, 457, 250),
        ("MDF Instruments", 59, 621, 160),
        ("Data Analyst (Business Intelligence)", 59, 642, 329),
        ("Taipei, Taiwan (Remote)", 428, 621, 526),
        ("Feb 2018 - Jun 2022 (4 yrs 5 mos)", 392, 649, 526),
        ("Developed and deployed 10+ Python data pipelines integrating web scraping and APIs", 71, 672, 522),
    ]
    lines = placed(rows)
    found = find_positions(lines, [Section("experience", "Work Experience", 0, len(lines))], as_of=AS_OF)
    assert [(p.organization, p.start, p.end, p.first, p.last) for p in found] == [
        ("Teamson", "2022-07", "2025-09", 1, 6),
        ("MDF Instruments", "2018-02", "2022-06", 7, 11),
    ]


def test_a_range_drawn_in_pieces_on_one_row_is_one_range() -> None:
    # Chromium: "Jan '23", "Feb '24" and the dash between them come as three lines, in any reading order
    rows = [
        ("Lead ML Engineer", 21, 571, 98),
        ("Jan '24", 498, 570, 530),
        ("Mar '24", 542, 570, 573),
        ("Omdena", 21, 589, 58),
        ("Developed an LLM chatbot with a team of six members.", 33, 607, 551),
        ("-", 532, 571, 535),
        ("Jan '23", 500, 677, 530),
        ("Feb '24", 542, 677, 573),
        ("Student Consultant", 21, 678, 104),
        ("-", 534, 678, 537),
        ("Florida Atlantic University", 21, 696, 133),
        ("Guided peers in Python, R and SQL.", 33, 714, 423),
        ("Jul '22", 546, 771, 573),
        ("-", 538, 771, 542),
        ("Jan '20", 505, 771, 534),
        ("Data Analyst", 21, 772, 76),
        ("Conducted data analysis to align the curriculum with the industry.", 33, 790, 411),
    ]
    lines = placed(rows)
    found = in_experience(lines)
    assert [(p.title, p.start, p.end) for p in found] == [
        ("Lead ML Engineer", "2024-01", "2024-03"),
        ("Student Consultant", "2023-01", "2024-02"),
        ("Data Analyst", "2020-01", "2022-07"),
    ]
    assert found[1].last == 11  # the consultant's bullet stays with the consultant


def test_an_open_end_drawn_apart_on_the_row_of_its_start_keeps_the_range_open() -> None:
    """`c208_de_01` (a Hiration resume): "Oct '21", "-" and "Present" came as three pieces level with the title; the
    job was read as October 2021 alone (83 months of experience read as 21)."""
    rows = [
        ("Driver Trainer", 21, 501, 77),
        ("Amazon", 21, 516, 64),
        ("Oct '21", 501, 501, 530),
        ("-", 534, 501, 537),
        ("Present", 542, 501, 573),
        ("Conduct training sessions for groups of up to 8 employees.", 33, 531, 500),
        ("Receiving Operations Supervisor", 21, 614, 200),
        ("Feb '20 Oct '21", 502, 614, 573),
        ("Reported associate labor to improve station costs.", 33, 630, 500),
    ]
    found = in_experience(placed(rows))
    assert [(p.title, p.start, p.end) for p in found] == [
        ("Driver Trainer", "2021-10", "2026-12"),
        ("Receiving Operations Supervisor", "2020-02", "2021-10"),
    ]


def test_a_day_first_range_wrapped_in_a_date_column_is_read_day_first() -> None:
    """`c207_ds_02`: "7/2/2018-" over "21/6/2018" in a date column was read month first (July 2018, which the June end
    cannot follow), so the start became an open range and a 2018 project ran to the present."""
    rows = [
        ("26/10/2018-", 45, 231, 90, 1),
        ("12/3/2019", 51, 243, 88, 1),
        ("Data Science, National University of Colombia, Project: crops by remote sensing", 110, 231, 560, 2),
        ("7/2/2018-", 54, 261, 90, 3),
        ("21/6/2018", 51, 273, 88, 3),
        ("Data Science, National University of Colombia, Project: fault diagnosis in hydropower", 110, 261, 560, 4),
    ]
    found = in_experience(in_blocks(rows))
    assert spans(found) == [("2018-10", "2019-03"), ("2018-02", "2018-06")]


def test_a_sentence_that_ends_on_the_period_it_speaks_of_dates_no_entry() -> None:
    rows = [
        ("Projects", 40, 100, 100),
        ("AlphaGo Replica | Python, TensorFlow", 40, 115, 250),
        ("Nov 2022 - Feb 2023", 480, 115, 560),
        ("Created an encoder converting the game state into a NumPy array for the CNN", 50, 130, 500),
        ("Achieved 99.18% accuracy trained on past data collected from professional Go games from 2001 - 2019", 50, 142, 560),
    ]
    lines = [replace(line, bullet=i > 2) for i, line in enumerate(placed(rows))]
    found = in_projects(lines)
    assert [(p.title, p.start, p.end) for p in found] == [("AlphaGo Replica", "2022-11", "2023-02")]


def test_an_institution_named_for_research_and_research_interests_are_no_hands_on_study() -> None:
    found = positions("""
        Education
        Jaipur Engineering College and Research Centre   Aug 2018 - Jul 2022
        B.Tech in Computer Science, CGPA 8.1
        Washington State University   Dec 2025
        BA in Psychology
        Research Interest: AI and Ethics
        University of Oslo   2023 - 2025
        M.Sc. Informatics
        Thesis: Graph neural networks for traffic forecasting
    """)
    assert spans(found) == [("2023-01", "2025-12")]


def test_headings_in_spaced_capitals_broken_into_pieces_open_their_sections() -> None:
    assert heading_section("P R OF E SS I O NA L EXP ER I E NC E") == "experience"
    assert heading_section("TEC HN I CA L SKI LLS") == "skills"
    assert heading_section("SU MMARY") == "summary"
    assert heading_section("E DU CA TION") == "education"
    assert heading_section("AI ML") is None  # two acronyms are no broken heading
    found = positions(
        """
        TEC HN I CA L SKI LLS
        Python, SQL, Power BI
        P R OF E SS I O NA L EXP ER I E NC E
        Siemens Energy | Germany 2024-Present
        WORKING STUDENT – DATA ANALYTICS
        Built Power BI dashboards integrating survey and operational data.
        """
    )
    assert [(p.organization, p.start) for p in found] == [("Siemens Energy", "2024-01")]


def test_a_heading_in_spaced_capitals_joining_two_headings_opens_the_first_ones_section() -> None:
    # the PDF broke the words at other places than their spaces: read as English words run together
    assert heading_section("RESEA RC H & ENGINEERING EXPERIENCE") == "research"
    assert heading_section("T E AC HING & MEN TO RING") == "experience"
    assert heading_section("JO HN D OE") is None  # a name in spaced capitals is no heading
    found = positions(
        """
        TECHNICAL SKILLS
        Python, MATLAB, PyTorch
        RESEA RC H & ENGINEERING EXPERIENCE
        Graduate Research Assistant | Biorobotics Lab, University of Maine
        Sep 2023 - Present
        Implemented real-time algorithms in Python for sensor fusion.
        """
    )
    assert [(p.title, p.start) for p in found] == [("Graduate Research Assistant", "2023-09")]


def test_conferences_and_schools_attended_are_events_not_positions() -> None:
    assert heading_section("Events, Schools and Workshops Attended") == "events"
    assert heading_section("CONFERENCES ATTENDED") == "events"
    assert heading_section("Conferences and Meetings") == "events"
    assert heading_section("Schools attended") is None  # a list of schools is education, not events
    assert heading_section("Courses Attended") == "certifications"
    found = positions(
        """
        Work Experience
        Summer Intern, EloGroup
        Dec 2019 – Feb 2020
        Built forecasting models in Python.
        Events, Schools and Workshops Attended
        Lisbon Machine Learning School (LxMLS) 2024
        Presentation of a poster of the NAACL Findings 2024 paper.
        ELLIS Doctoral Symposium (EDS) 2024
        Paper presentation.
        """
    )
    assert [(p.title, p.start) for p in found] == [("Summer Intern", "2019-12")]


def test_conferences_listed_under_publications_are_conference_papers() -> None:
    """`c464_ds_01`: "Conferences" after "Publications" lists papers; as events its paper titles became evidence."""
    from gapcheck.structure import find_sections

    lines = lines_of(
        """
        Publications
        1. Rao and Sengupta, "Detection of Outliers", IEEE Transactions on Vehicular Technology, 2019.
        Conferences
        1. Jia and Rao, "Anomaly Detection using Supervised Learning", ICMLA, December 2019.
        Conferences Attended
        NeurIPS 2023
        """
    )
    assert [s.kind for s in find_sections(lines)] == ["publications", "events"]


def test_a_career_summary_that_lists_dated_jobs_is_the_work_history() -> None:
    from gapcheck.structure import find_sections

    lines = lines_of(
        """
        Career Summary
        2023 – Present   Senior Site Reliability Engineer - Corpay
        Led reliability improvements across Kubernetes workloads.
        2021 – 2023   Site Reliability Engineer - Corpay
        Supported production systems on AWS.
        Projects
        2025 – Present   TradeXSports - Client project
        """
    )
    sections = find_sections(lines)
    assert [s.kind for s in sections] == ["experience", "projects"]
    assert [(p.start, p.end) for p in find_positions(lines, sections, as_of=AS_OF)] == [
        ("2023-01", "2026-12"),
        ("2021-01", "2023-12"),
        ("2025-01", "2026-12"),
    ]
    prose = lines_of("Career Summary\nData scientist with eight years of experience in retail and banking.\n")
    assert [s.kind for s in find_sections(prose)] == ["summary"]


def test_a_career_summary_of_titles_over_their_own_date_lines_is_the_work_history() -> None:
    """`c415_ai_01` (Google Docs): each job of the "Career Summary" printed as a title with its range right-aligned on a
    line of its own ("Jun 2020 - *", the asterisk for ongoing); read as a summary, the resume had one job of twelve."""
    from gapcheck.structure import find_sections

    lines = lines_of(
        """
        Career Summary
        Tech Lead at PayPal India Pvt. Ltd.
        Jun 2020 - *
        Director of Technology at shivom.io
        Jun 2019 - May 2020
        Skills Summary
        Architecting scalable, distributed software systems.
        """
    )
    sections = find_sections(lines)
    assert [s.kind for s in sections] == ["experience", "skills"]
    found = find_positions(lines, sections, as_of=AS_OF)
    assert [(p.title, p.start, p.current) for p in found] == [
        ("Tech Lead", "2020-06", True),
        ("Director of Technology", "2019-06", False),
    ]


def test_numbered_projects_sharing_a_month_are_each_their_own() -> None:
    found = positions(
        """
        Projects
        7. 6-DOF Path Planning for Industrial Robot Arm - Dec 2023
        Engineered an algorithm to control a robotic arm between 3D coordinates.
        8. ML-DL Image Recognition based algorithms comparison for e-commerce - Dec 2023
        Conducted comparative tests using 3 ML-DL methods for image classification.
        """
    )
    assert [(p.title, p.first) for p in found] == [
        ("6-DOF Path Planning for Industrial Robot Arm", 1),
        ("ML-DL Image Recognition based algorithms comparison for e-commerce", 3),
    ]


def test_headings_drawn_with_a_rule_of_underscores_or_dashes_open_their_sections() -> None:
    assert heading_section("EDUCATION" + "_" * 80) == "education"
    assert heading_section("PROFESSIONAL EXPERIENCE__________") == "experience"
    assert heading_section("—— Skills ——") == "skills"
    assert heading_section("Jan 2021 - Jun 2024") is None
    found = positions(
        """
        SKILLS______________________________________
        Python, Docker, Kubernetes
        PROFESSIONAL EXPERIENCE_____________________
        TATA CONSULTANCY SERVICES LTD (TCS), Developer   Jan 2021 - Jun 2024
        Deployed containerized services using Docker and Kubernetes.
        """
    )
    assert [(p.start, p.end) for p in found] == [("2021-01", "2024-06")]


def test_a_paragraph_whose_sentences_wrap_stays_in_its_project() -> None:
    found = positions(
        """
        Projects
        Hotels Jobs Analysis
        2024 - 2024
        In this project, we can begin by web scraping using Selenium since I don't
        have access to real data.
        Once we've collected the data, we can proceed to clean the dataset. After
        cleaning the data, it will be ready for analysis with pyplot and seaborn.
        """
    )
    assert [(p.title, p.first, p.last) for p in found] == [("Hotels Jobs Analysis", 1, 6)]


def test_a_date_after_the_lines_that_says_from_and_a_fiscal_year_in_a_bullet() -> None:
    found = positions(
        """
        Work Experience
        BLUE YONDER: TECHNICAL CONSULTANT
        My main role is to create web solutions for the company.
        This role involved working with the company's database.
        FROM AUG 2020 - NOW
        Projects
        1. Pharmaceutical Sales Effectiveness | Python | SQL | Power BI
        Delivered a Power BI dashboard of territory KPIs across 4 territories for FY 2024–25
        """
    )
    assert [(p.title, p.start, p.first, p.last) for p in found] == [("BLUE YONDER: TECHNICAL CONSULTANT", "2020-08", 1, 4)]


def test_a_hands_on_sentence_of_a_study_keeps_the_lines_it_wraps_onto() -> None:
    found = positions("""
        Education
        PhD in Mathematics, University of Illinois   Sep 2020 - Aug 2025
        Developed methods for legal reasoning using large language models through context augmentation
        and Chain-of-Thought, applied to landlord-tenant disputes.
        Graduate fellowship, GPA 4.0
    """)
    assert spans(found) == [("2020-09", "2025-08")]
    assert (found[0].first, found[0].last) == (2, 3)


def test_a_thesis_sentence_broken_after_an_article_keeps_its_next_line() -> None:
    """`c475_ds_01`: "... on fathers' employment using a" over "Difference-in-Differences (DiD) identification
    strategy ...": the next line starts in capitals but finishes the sentence (the thesis's causal inference)."""
    found = positions("""
        Education
        Bachelor of Arts in Economics, University of St. Gallen   2019 - 2023
        Bachelor's thesis: Analyzed the impact of paternity leave on fathers' employment using a
        Difference-in-Differences (DiD) identification strategy and the Swiss Labour Force Survey.
        Specialization in Data Analytics and Data Handling
    """)
    assert (found[0].first, found[0].last) == (2, 3)


def test_a_hanging_line_under_a_hands_on_line_of_a_study_is_part_of_it() -> None:
    rows = [
        ("Education", 40, 10, 100),
        ("PhD in Mathematics   Sep 2020 - Aug 2025", 44, 22, 550),
        ("Designed an interpretability method for Graph Machine Learning models, focusing on", 48, 34, 550),
        ("Counterfactual explanations that provide recourse to users", 58, 46, 400),
        ("Teaching Fellowship 2021", 48, 58, 300),
    ]
    lines = placed(rows)
    found = find_positions(lines, sections_of(lines), as_of=AS_OF)
    assert (found[0].first, found[0].last) == (2, 3)


def test_joined_qualified_and_misspelled_headings_open_their_sections() -> None:
    assert heading_section("SELECTED AWARDS AND SCHOLARSHIPS") == "awards"
    assert heading_section("LEADERSHIP AND TEACHING EXPEREINCES") == "volunteering"
    assert heading_section("Work Experiance") == "experience"
    assert heading_section("Eduction") == "education"
    assert heading_section("SKILLS & TECHNIQUES") == "skills"
    assert heading_section("RESEARCH & ENGINEERING INTERESTS") == "interests"
    assert heading_section("Projects and Hobbies") == "projects"
    assert heading_section("Led several projets") is None  # a sentence, not a misspelled heading
    # `c393_ai_03`: three headings joined by slashes, and a table's "Personal Data" over its field labels
    assert heading_section("Awards / Prizes / Scholarships") == "awards"
    assert heading_section("Python / SQL / Java") is None
    assert heading_section("Personal Data") == "contact"


def test_awards_under_a_joined_heading_are_no_positions() -> None:
    found = positions("""
        Research
        Doctoral Researcher, Eckel-Mahan Lab   2019 - 2023
        Investigated chromatin dynamics with sequencing.
        Selected Awards and Scholarships
        President's Research Scholarship   2023
        Merit Award, SRBR Annual Conference   2022
    """)
    assert spans(found) == [("2019-01", "2023-12")]


def test_a_range_printed_as_its_years_over_its_months() -> None:
    rows = [
        ("Experience", 30, 10, 100),
        ("Technical Advisor, Vector Institute, Toronto.", 81, 22, 355),
        ("Provided technical insight on model deployment for three companies.", 81, 34, 560),
        ("2024–2024", 34, 46, 73),
        ("Jan–May", 40, 56, 72),
    ]
    lines = placed(rows)
    found = find_positions(lines, sections_of(lines), as_of=AS_OF)
    assert spans(found) == [("2024-01", "2024-05")]


def test_a_date_heading_a_project_title_with_a_full_stop() -> None:
    found = positions("""
        Projects
        May 2024 Multi-Camera Object Trajectory Forecasting.
        Fine-tuned detection and tracking models on a private dataset
        Jan 2024 Structured QA with Retrieval-Augmented Generation.
        Developed an automated QA system using GPT-4.
        2019 Promoted to the analytics team after the migration.
    """)
    assert spans(found) == [("2024-05", "2024-05"), ("2024-01", "2024-01")]


def test_jobs_listed_under_the_name_before_any_heading_are_positions() -> None:
    found = positions("""
        Vikram Saraogi
        Senior Machine Learning Engineer, Adobe   2022 - Present
        Created the video generation model behind the acquisition.
        (Failed as) Research Fellow, Microsoft Research   2019 - 2021
        Published a zero-shot extreme classification paper.
        Education
        BS in Mathematics, IIT Kanpur   2014 - 2018
    """)
    assert spans(found) == [("2022-01", "2026-12"), ("2019-01", "2021-12")]
    assert found[1].title == "(Failed as) Research Fellow"


def test_a_date_just_above_a_heading_dates_nothing_under_it() -> None:
    # "(May 2015)" ends the entry above; the heading below touches it by two points but is not level with it
    lines = placed(
        [
            ("Awards & Honors", 29, 239, 122),
            ("Riverview High School", 306, 258, 428),
            ("(May 2015)", 305, 287, 364),
            ("Extracurricular Activities", 29, 295, 156),
            ("Hackathons", 58, 315, 119),
            ("Kaggle Competitions", 58, 331, 165),
        ]
    )
    assert find_positions(lines, sections_of(lines), as_of=AS_OF) == ()


def test_a_margin_heading_keeps_the_first_entry_printed_level_with_it_and_below() -> None:
    # reading order puts the first job's lines (title level with the heading, employer just below it) before it
    lines = placed(
        [
            ("Staff Data Engineer, Data Science Enablement", 128, 109, 435),
            ("Socure", 128, 121, 157),
            ("June 2022 - January 2023", 472, 109, 586),
            ("Experience", 29, 111, 106),
            ("• Maintained the largest Airflow pipeline for onboarding", 137, 149, 488),
            ("Lead Engineer, Data Engineering", 128, 210, 296),
            ("June 2021 - December 2021", 472, 210, 592),
            ("• Centralized data engineering on dbt models", 137, 240, 400),
        ]
    )
    found = find_positions(lines, sections_of(lines), as_of=AS_OF)
    assert [(p.title, p.start, p.end, p.members[0]) for p in found] == [
        ("Staff Data Engineer", "2022-06", "2023-01", 0),
        ("Lead Engineer", "2021-06", "2021-12", 5),
    ]


def test_a_heading_that_joins_its_qualifiers_with_an_ampersand_opens_its_section() -> None:
    assert heading_section("PRODUCTION AI & SYSTEMS PROJECTS") == "projects"
    assert heading_section("Built dashboards and internal tools") is None


def test_a_title_level_with_its_date_keeps_its_entry_when_it_wraps_onto_a_second_line() -> None:
    # the first project sets the form "title, then its date line"; the second title wraps, so three header lines
    lines = placed(
        [
            ("Projects", 36, 34, 100),
            ("Enterprise RAG Platform", 36, 53, 182),
            ("Python FastAPI | LangGraph | pgvector | MCP | Angular 22 | 2026", 310, 53, 577),
            ("Designed a multi-agent RAG platform with citation-grounded streaming.", 49, 67, 553),
            ("Medha — Distributed Microservices Platform", 36, 253, 232),
            ("(Scale Proof)", 36, 267, 91),
            ("Go | PostgreSQL/PostGIS | Redis | Docker | k3s | Argo CD | Aug 2025 – Present", 260, 254, 577),
            ("Architected a backend with 21 bounded microservices and 200 endpoints.", 49, 281, 567),
        ]
    )
    found = find_positions(lines, sections_of(lines), as_of=AS_OF)
    assert [(p.title, p.start, p.members) for p in found] == [
        ("Enterprise RAG Platform", "2026-01", (1, 2, 3)),
        ("Medha", "2025-08", (4, 5, 6, 7)),
    ]


def test_a_second_page_that_repeats_the_first_keeps_its_dates() -> None:
    # a resume followed by its own translation: the dates repeat at the same heights, but in the body of the page,
    # not in its margins, so they are no running header
    rows = [
        ("Mateo Castell", 239, 40, 400),
        ("DATA SCIENTIST", 239, 60, 400),
        ("mcastell@example.com", 239, 80, 400),
        ("EXPERIENCE", 239, 137, 340),
        ("Grantia Capital", 239, 170, 361),
        ("Feb 2023 - Present", 463, 170, 550),
        ("Python Developer", 239, 186, 319),
        ("Development of programs for task automation in Python.", 239, 201, 549),
        ("Openbank", 239, 404, 291),
        ("Mar 2020 - Aug 2020", 453, 404, 550),
        ("Data Analyst", 239, 422, 357),
        ("Created dashboards in Amazon QuickSight.", 252, 537, 549),
        ("Universidad de la Habana", 239, 600, 400),
        ("Mathematics", 239, 620, 400),
        ("Page 1", 239, 760, 300),
    ]
    first = placed(rows)
    translated = [("EXPERIENCIA LABORAL", *row[1:]) if row[0] == "EXPERIENCE" else row for row in rows]
    second = [replace(line, page=2, number=line.number + len(first), block=line.block + len(first)) for line in placed(translated)]
    lines = [*first, *second]
    sections = sections_of(lines)
    positions = find_positions(lines, sections, as_of=month(2026, 12))
    assert {(p.title, p.start) for p in positions if p.line < len(first)} == {("Python Developer", "2023-02"), ("Data Analyst", "2020-03")}


def test_a_date_column_that_prints_the_start_over_the_end_with_the_dash_after_it() -> None:
    # moderncv's date column as extracted: "Sep 2018" over "Apr 2020—", the title and the organization beside them
    rows = [
        ("Work Experience", 101, 263, 200),
        ("Sep 2018", 40, 285, 80),
        ("Apr 2020—", 38, 299, 84),
        ("Lumped Markovian Clustering for Time-series Prediction", 101, 285, 450),
        ("Graduate Research Assistant - M.Sc. Thesis", 100, 299, 330),
        ("Building a model for multi-step ahead prediction", 102, 313, 450),
        ("May 2018", 38, 390, 80),
        ("May 2019—", 35, 404, 84),
        ("Machine Learning Engineer", 101, 390, 250),
        ("Telus, Internship", 100, 404, 200),
    ]
    lines = [replace(line, block=1 if line.number in (2, 3) else 2 if line.number in (7, 8) else 10 + line.number) for line in placed(rows)]
    found = find_positions(lines, sections_of(lines), as_of=AS_OF)
    assert spans(found) == [("2018-09", "2020-04"), ("2018-05", "2019-05")]
    assert not any(p.current for p in found)


def test_highlights_of_a_section_open_that_section_and_a_project_there_is_no_part_of_the_job_before() -> None:
    assert heading_section("KEY PROJECT HIGHLIGHT") == "projects"
    assert heading_section("Research Highlights") == "research"
    assert heading_section("Career Highlights") is None  # a summary's
    found = positions("""
        WORK EXPERIENCE
        BOSLEO LLC | AI/ML Software Developer Intern | Remote December 2024 - January 2025
        Developed a real-time clinical transcription service with FastAPI.
        KEY PROJECT HIGHLIGHT
        CYBERSAFEAI: ANALYSE TEXT FOR TOXIC CONTENT (Full-stack AI application)
        Deployed a BERT pipeline on GCP using Kubernetes and Docker.
    """)
    (job,) = found
    assert job.end == "2025-01" and len(job.members) < 4


def test_a_programming_heading_after_the_jobs_opens_a_skills_section() -> None:
    # moderncv "Computer skills" block titled "Programming": its years per language are no lines of the last job
    found = positions("""
        Work Experience
        Jan 2015 – Oct 2017 Member of a scientific project, University of Silesia in Katowice.
        Preparing and conducting Electrical Resistivity Tomography surveys.
        Programming
        Python 5 years of experience (Obspy, Scipy, Numpy, Matplotlib, Pandas)
        SQL 2 years of experience
    """)
    (project,) = found
    assert heading_section("Programming") == "skills"
    assert len(project.members) == 2


def test_a_spaced_out_date_column_printing_the_end_over_the_start_is_one_range() -> None:
    # PowerPoint resume: a left column of dates 2.3 lines apart in one box, the title level with the end and the first
    # bullet, indented, level with the start
    rows = [
        ("EXPERIENCES", 241, 269, 307),
        ("Consultant in Data Engineering & Architecture / Ekimetrics", 82, 287, 409),
        ("Now", 36, 288, 54),
        ("Dec 2021", 26, 309, 64),
        ("Worked with different technology stacks (Azure/GCP/AWS/Databricks) on multiple projects", 95, 307, 521),
        ("Engr Project Specialist I (Innovation Lab)/ Hewlett Packard Enterprise", 82, 406, 474),
        ("Dec 2021", 26, 408, 64),
        ("Jun 2020", 27, 429, 63),
        ("Provided technology consulting around HPE Enterprise-grade Lakehouse Platform –", 95, 426, 521),
        ("Built demo and Proof-of-Concept of Machine Learning and Data Pipeline using Python", 95, 446, 521),
    ]
    boxes = {2: 1, 3: 1, 6: 2, 7: 2}
    lines = [replace(line, top=line.top, bottom=line.top + 9, block=boxes.get(i, 10 + i)) for i, line in enumerate(placed(rows))]
    found = find_positions(lines, sections_of(lines), as_of=AS_OF)
    assert spans(found) == [("2021-12", "2026-12"), ("2020-06", "2021-12")]


def test_a_competences_heading_after_the_degrees_opens_a_skills_section() -> None:
    # European English: "Competences" closes the last entry; the libraries listed under it are no part of a degree
    assert heading_section("Competences") == heading_section("Key Competences") == "skills"
    found = positions("""
        Experiences
        2017–2020 Statistics for the Technologies and the Sciences
        BACHELOR OF SCIENCE | University of Padova
        Thesis: forecasting river levels with LSTMs in Python.
        Competences
        Skills: Machine/Deep learning, statistical analysis, reporting, programming
        Python, I worked with: SkLearn, Pytorch, Tensorflow, Keras, Pandas, Numpy, Matplotlib
    """)
    (degree,) = found
    assert max(degree.members) < 4


def test_a_professional_training_heading_under_a_running_cv_mark_closes_the_projects() -> None:
    from gapcheck.structure import find_sections

    # page 2 of a two-page CV: a running "CV" in the left margin, then the courses taken year by year
    page1 = [("Projects", 216, 517, 270), ("R online community", 216, 580, 330), ("Editor for the Rweekly newsletter", 216, 592, 380)]
    page2 = [
        ("CV", 23, 4, 41),
        ("Professional training", 216, 26, 377),
        ("2024", 216, 67, 238),
        ("Mixed models and ANOVA (4 days)", 216, 77, 366),
        ("Introduction to Python (3 days)", 216, 89, 350),
        ("2023", 216, 114, 238),
        ("Statistics with R (3 days)", 216, 125, 340),
    ]
    lines = [*placed(page1), *(replace(line, page=2, number=line.number + 3, block=line.block + 3) for line in placed(page2))]
    sections = find_sections(lines)
    assert [s.kind for s in sections][-1] == "certifications"
    assert find_positions(lines, sections, as_of=AS_OF) == ()


def test_a_current_position_heading_opens_the_experience_it_dates() -> None:
    assert heading_section("Current Position") == heading_section("Current Role") == "experience"
    found = positions("""
        Paolo Ventrelli
        Current Position
        PhD Student in Smart Computing | University of Florence | Nov 2024 – Present
        Research on diffusion models for drug discovery.
        Education
        Master's Degree: AI & Automation Eng. | University of Siena | Oct 2022 – May 2024
    """)
    assert [(p.title, p.start) for p in found if p.current] == [("PhD Student in Smart Computing", "2024-11")]


def test_papers_after_an_undated_degree_are_a_publications_list_not_the_degrees_hands_on_work() -> None:
    assert heading_section("RESEARCH PAPERS") == "publications"
    assert heading_section("Selected Papers") == "publications"
    found = positions("""
        Education
        Shanghai Jiao Tong University
        B.S. in Mathematics and Physics Sep. 2009 – Jun. 2013
        Research Papers
        “Measuring learning effects in search via query-randomized experiments” (SIGIR 2023)
    """)
    assert found == ()


def test_a_heading_that_says_how_many_years_still_opens_its_section() -> None:
    assert heading_section("Experience : 4 Years") == "experience"
    assert heading_section("Work Experience: 5+ yrs") == "experience"
    assert heading_section("Python: 5 years") is None
    found = positions("""
        Experience : 4 Years
        Brightway Retail, Bengaluru: Software Engineer
        MARCH 2022 - PRESENT
        Harbor Foods, Bengaluru: Junior Software Developer
        OCT 2020 - MARCH 2022
    """)
    assert spans(found) == [("2022-03", "2026-12"), ("2020-10", "2022-03")]


def test_a_date_column_dates_the_title_level_with_it_not_a_smaller_organization_far_right() -> None:
    """A study in a date / title / school grid: the school, set smaller at the right margin, sits a point nearer the
    date's middle than the title does; the title beside the date still takes it (the study had been lost)."""
    rows = [
        ("Education", 214, 20, 260),
        ("2017 –", 214, 50.2, 246.5),
        ("currently", 214, 62.1, 250),
        ("PhD", 284, 51.3, 300),
        ("Research topic: Spatial-temporal traffic forecasting with graph neural networks.", 284, 74, 460),
        ("Dalian University of Technology", 471, 51.6, 580),
        ("2011 – 2014 Bachelor", 214, 136, 330),
        ("University of Oran", 284, 148, 400),
    ]
    lines = placed(rows)
    lines[5] = replace(lines[5], bottom=59.6)  # the school's smaller italic line
    found = find_positions(lines, sections_of(lines), as_of=AS_OF)
    assert [(p.title, p.start, p.end) for p in found] == [("PhD", "2017-01", "2026-12")]


def test_years_printed_end_over_start_two_and_a_half_lines_apart_in_one_box_are_one_range() -> None:
    """R pagedown's timeline: "2022" over "2020" in one box of the date column, the title level with the end."""
    rows = [
        ("Research", 97, 598, 165),
        ("2022", 40, 627.5, 60),
        ("2020", 40, 648.5, 61),
        ("Statistician", 99, 626.6, 147),
        ("Nuremberg Hospital", 315, 636.9, 410),
        ("Nuremberg, GER", 99, 641.3, 175),
        ("Prepared, analyzed and visualized data with R for publications in the health sector.", 104, 658.2, 392),
    ]
    lines = [
        replace(line, block=7 if line.text in ("2022", "2020") else 10 + i, bottom=line.top + 8.4) for i, line in enumerate(placed(rows))
    ]
    found = find_positions(lines, sections_of(lines), as_of=AS_OF)
    assert spans(found) == [("2020-01", "2022-12")]


def test_an_open_end_over_a_year_two_and_a_half_lines_apart_in_one_box_is_one_range() -> None:
    """`c191_ds_02`: a timeline column prints "Present" over "2021" with a bar between them; the job ran from 2021 to
    now (read as the year 2021 alone, it lost five years of machine learning)."""
    rows = [
        ("Professional and Research Experience", 75.6, 184.05, 353.8),
        ("Present", 14.6, 216.2736, 42.9),
        ("2021", 19.4, 237.2736, 38.1),
        ("Research Geneticist", 77.1, 215.5596, 164.6),
        ("United States Department of Agriculture", 77.1, 229.311, 364.4),
        ("Designed and implemented a machine learning pipeline for identifying viruses.", 84.4, 247.7736, 422.4),
    ]
    # the bottoms as the PDF gave them: the pair sits 2.5 of its line heights apart, a hair more by rounding
    blocks = [10, 11, 11, 12, 12, 14]
    bottoms = [197.25, 224.67359999999996, 245.67359999999996, 225.15959999999995, 238.31100000000004, 256.18183594799996]
    lines = [replace(line, block=blocks[i], bottom=bottoms[i], column=1) for i, line in enumerate(placed(rows))]
    found = find_positions(lines, sections_of(lines), as_of=AS_OF)
    assert spans(found) == [("2021-01", "2026-12")]


def test_a_date_under_its_title_is_the_titles_not_the_place_printed_level_with_the_title() -> None:
    """A job's title over its date in one box, the city right-aligned level with the title: the city sits nearer
    the date's row than any other line beside it, but it is on the title's row, so the date stays the title's."""
    rows = [
        ("Experience", 40, 142, 118),
        ("Incoming Full-Stack AI Intern – SecureRx", 40, 160, 253),
        ("Sept. 2025 – Dec. 2025", 40, 171.9, 143),
        ("Will integrate OCR and detection models into a Django backend.", 40, 184.9, 484),
        ("Mobile Developer Intern – Ora Medical", 40, 222.7, 239),
        ("May 2024 – Aug. 2024", 40, 234.7, 140),
        ("Built a React Native app with a cloud backend for 40 patients.", 40, 247.7, 563),
        ("Montreal, QC", 512, 160, 572),
        ("Montreal, QC", 512, 222.7, 572),
    ]
    lines = [replace(line, block=9 if i < 7 else 10 + i) for i, line in enumerate(placed(rows))]
    found = find_positions(lines, sections_of(lines), as_of=AS_OF)
    assert [(p.title, p.start, p.end) for p in found] == [
        ("Incoming Full-Stack AI Intern", "2025-09", "2025-12"),
        ("Mobile Developer Intern", "2024-05", "2024-08"),
    ]


def test_a_timeline_entry_with_its_place_under_the_title_keeps_its_thesis_and_its_single_year() -> None:
    """R pagedown: years in a left column (end over start, or one year twice), the title, the school at the right, the
    place under the title at the title's edge, then the thesis lines indented."""
    rows = [
        ("Education", 97, 213, 160),
        ("MSc. Psychology", 99, 240.3, 169),
        ("2022", 40, 242.0, 60),
        ("2019", 41, 262.2, 60),
        ("University of Mannheim", 301, 251.4, 410),
        ("Mannheim, GER", 99, 255.8, 172),
        ("Thesis: Comparing learning trajectories in two species using Bayes Factors.", 104, 276.5, 400),
        ("Industry", 97, 449, 160),
        ("Research Assistant", 99, 229.0 + 300, 179),
        ("2020", 40, 231.0 + 300, 60),
        ("2020", 40, 251.0 + 300, 60),
        ("Max Planck Institute", 316, 240.0 + 300, 410),
        ("Puerto de la Cruz (Tenerife), ESP", 99, 245.0 + 300, 230),
        ("Designed two cognitive experiments and analysed the data in R.", 104, 261.0 + 300, 390),
    ]
    blocks = {1: 6, 2: 7, 3: 7, 4: 8, 5: 9, 6: 11, 8: 20, 9: 21, 10: 21, 11: 22, 12: 23, 13: 24}
    lines = [replace(line, block=blocks.get(i, 30 + i), bottom=line.top + 8.4) for i, line in enumerate(placed(rows))]
    found = find_positions(lines, sections_of(lines), as_of=AS_OF)
    assert [(p.title, p.start, p.end) for p in found] == [
        ("MSc. Psychology", "2019-01", "2022-12"),
        ("Research Assistant", "2020-01", "2020-12"),
    ]
    assert heading_section("INDUSTRY") == "experience"


def test_a_city_with_a_country_code_is_a_place_even_when_the_code_spells_a_title() -> None:
    assert is_place("Stockholm, SWE") and is_place("Mannheim, GER")
    assert not is_place("Senior Engineer, Acme")


def test_a_capitalized_word_ending_a_wrapped_sentence_opens_no_section() -> None:
    from gapcheck.structure import find_sections

    rows = [
        ("Work Experience", 28, 100, 200),
        ("Software Engineer II, Microsoft, Feb 2024 - Apr 2025", 28, 120, 400),
        ("Made the product ready for selling to the Financial Services", 28, 330.5, 560),
        ("Industry.", 39, 342.6, 80),
        ("Reviewed the security design of the team's", 28, 354.4, 560),
        ("Projects.", 39, 366.5, 80),
        ("Became the owner of authentication for the services.", 28, 378.4, 560),
    ]
    assert [s.kind for s in find_sections(placed(rows))] == ["experience"]
    assert heading_section("INDUSTRY") == "experience"  # a heading of its own


def test_the_season_or_dataset_a_project_line_speaks_of_dates_no_entry() -> None:
    found = positions("""
        Projects
        Shot Selection Study
        Utilized cutting-edge NBA player tracking data from the 2015-16 season.
        Day Ahead Occupancy Prediction
        Keras, Pandas
        Datasets: Booking data (Transactional) (2013-2017)
        Regime-Adaptive Portfolio System
        regime detection, achieving 20.6% CAGR with 0.89 Sharpe ratio over 2019-2026
        Churn model for a telecom, Python   2023
        Trained gradient boosting on call records.
    """)
    assert spans(found) == [("2023-01", "2023-12")]


def test_studies_is_an_education_heading() -> None:
    assert heading_section("Studies") == "education"
    assert heading_section("Academic Studies") == "education"
    found = positions("""
        Experience
        8/2021 - 11/2021   IT Team, Adsello
        Migrated a .NET program to Odoo and wrote modules in Python.
        Studies
        2018 - 2023   National School of Applied Sciences
        Engineer in Network and Telecommunications Systems
        a varied cycle with courses like Java, C, SQL and Python programming.
    """)
    assert spans(found) == [("2021-08", "2021-11")]


def test_talks_teaching_assistantships_and_outreach_are_headings_of_their_own() -> None:
    # an academic CV's lists after its skills: read as the skills table's "Languages" row, they lost the dated
    # teaching and outreach entries (c97_un_01)
    assert heading_section("SELECTED ORAL PRESENTATIONS") == "publications"
    assert heading_section("Poster Presentations") == "publications"
    assert heading_section("Professional Presentations (most recent)") == "publications"
    assert heading_section("SELECTED TEACHING ASSISTANTSHIPS") == "experience"
    assert heading_section("ACADEMIC EXTRACURRICULAR & OUTREACH") == "volunteering"
    assert heading_section("Client presentations") is None
    assert heading_section("Award, Honors, and Fellowships") == "awards"
    # a doctoral CV's courses, each dated by its year and its teacher, are no research jobs (c105_un_01)
    assert heading_section("Ph.D. Coursework") == "education"
    found = positions("""
        Teaching Experience
        Marketing Research & Insights - University of Tennessee   Summer 2021
        Overall Rating: 4.65 / 5.00
        Ph.D. Coursework
        Quantitative Research Methods - Alex Zablah - SPSS   2019
        Statistics for Research - Cheryl Hild - SPSS   2020
    """)
    assert spans(found) == [("2021-06", "2021-08")]
    with_degrees = positions("""
        Education and Relevant Coursework
        M.Sc. Data Science, University of Tennessee   2019 - 2021
        Thesis: built a churn model for a telecom in Python.
    """)
    assert spans(with_degrees) == [("2019-01", "2021-12")]
    found = positions("""
        Skills
        Languages
        Native: English, Intermediate: German
        Selected Oral Presentations
        International X-ray Conference   Sept. 2024
        Munich, Germany
        Selected Teaching Assistantships
        Black Holes, University of Chicago   Winter 2023
        Graded problem sets and led weekly discussion sections.
        Academic Extracurricular & Outreach
        Experiment lead, South Side Science Festival   2024
        Ran a hands-on optics booth for families.
    """)
    assert spans(found) == [("2022-12", "2023-02"), ("2024-01", "2024-12")]


def test_an_award_with_its_date_is_no_entry_of_its_own() -> None:
    # a dated honour under a degree took the degree's hands-on lines (c102_ai_03); scholarships level with their
    # dates after a teaching entry each made a one-month job (c98_ds_02)
    found = positions("""
        Education
        Master of Data Analytics — University of Niagara Falls Jan 2025 – 2026 (coursework completed) | Niagara Falls, ON | GPA: 4.13/4.3
        President's Academic Distinction List (Spring 2026) — university-wide honor for a term GPA of 4.00
        Applied machine learning models (Random Forest, XGBoost) to diverse datasets in a capstone project.
    """)
    assert spans(found) == [("2025-01", "2026-12")]
    from gapcheck.structure import find_sections

    rows = [
        ("Additional Experience and Awards", 43, 662, 220),
        ("Teaching Assistant, Topics in Modern Algorithms", 53, 682, 300),
        ("Fall 2023", 487, 682, 540),
        ("Responsible for designing, assigning, and marking homework.", 46, 707, 400),
        ("Bosch Scholarship", 53, 740, 140),
        ("Dec. 2025", 508, 740, 540),
        ("Zhiyuan Honor Scholarship (Top 10%)", 53, 752, 220),
        ("Dec. 2021", 508, 752, 540),
    ]
    lines = placed(rows)
    found = find_positions(lines, find_sections(lines), as_of=AS_OF)
    assert spans(found) == [("2023-09", "2023-11")]
    kept = positions("""
        Experience
        STEM Scholarship Research Paper: NILM, JCCC   Aug 2019 - May 2020
        Wrote a paper on non-intrusive load monitoring with Python.
    """)
    assert spans(kept) == [("2019-08", "2020-05")]


def test_a_grid_of_sections_and_titles_with_a_full_stop_before_their_year() -> None:
    # a Word CV: "Title. 2023" entries, and a second page of section headings over the cells of a grid, the right
    # ones far from the left edge like a right-aligned title (c103_ds_03: no position, courses read as jobs)
    from gapcheck.structure import find_sections

    rows = [
        ("WORK EXPERIENCE", 36, 100, 150),
        ("UNIVERSIDAD DE CHILE", 36, 118, 160),
        ("Teaching Assistant of Information Engineering. 2023", 36, 134, 300),
        ("Revised and administered tests covering SQL and supervised machine learning.", 36, 146, 500),
        ("TOOLSET", 36, 200, 80),
        ("Python Advanced", 36, 220, 110),
        ("SKILLS", 356, 200, 390),
        ("Active listening", 356, 222, 430),
        ("OTHER ACTIVITIES", 36, 260, 130),
        ("Lead Vocalist. 2019 – 2023", 36, 280, 160),
        ("LANGUAGES", 288, 260, 372),
        ("Native Spanish.", 288, 280, 363),
        ("ADDITIONAL COURSES", 36, 320, 140),
        ("DataCamp. Cleaning Data in R. 2024", 36, 340, 220),
    ]
    lines = placed(rows)
    sections = find_sections(lines)
    assert [(s.kind, s.heading) for s in sections] == [
        ("experience", "WORK EXPERIENCE"),
        ("skills", "TOOLSET"),
        ("skills", "SKILLS"),
        ("volunteering", "OTHER ACTIVITIES"),
        ("languages", "LANGUAGES"),
        ("certifications", "ADDITIONAL COURSES"),
    ]
    found = find_positions(lines, sections, as_of=AS_OF)
    assert spans(found) == [("2023-01", "2023-12"), ("2019-01", "2023-12")]
    assert [p.title for p in found] == ["Teaching Assistant of Information Engineering", "Lead Vocalist"]


def test_a_range_wrapped_twice_in_a_narrow_date_column() -> None:
    # moderncv's date column: "July 2014 -" over "January" over "2015" (c103_ds_02: read as July 2014 to now,
    # and 2015 as a job of its own)
    from gapcheck.structure import find_sections

    rows = [
        ("Experience", 102, 173, 160),
        ("July 2014 -", 41, 297, 90),
        ("January", 55, 311, 90),
        ("2015", 71, 324, 90),
        ("A-Syst SA, Data Analyst, 6 month contract.", 101, 297, 400),
        ("Constructed and evaluated predictive models of airline delays.", 101, 310, 500),
        ("July 2013 -", 41, 380, 90),
        ("January 2014", 41, 394, 90),
        ("Amazon EU Sarl, Data Analyst Intern.", 101, 380, 400),
        ("Built SQL reports for the retail team.", 101, 393, 500),
    ]
    lines = placed(rows)
    found = find_positions(lines, find_sections(lines), as_of=AS_OF)
    assert spans(found) == [("2014-07", "2015-01"), ("2013-07", "2014-01")]


def test_a_degrees_course_list_and_project_grade_are_no_hands_on_work() -> None:
    # "Final Project: 85/100" and a module list wrapping onto "... Application Project and Engineering Lab" made a
    # bachelor's three years of work (c103_ai_02: 10 months of experience read as 35)
    from gapcheck.structure import find_sections

    rows = [
        ("Education", 40, 100, 120),
        ("BEng in Electronic Engineering (First Class Honours), King's College London", 40, 120, 400),
        ("09/2019 - 06/2022", 500, 120, 560),
        ("Overall GPA: 89/100", 40, 134, 140),
        ("Final Project: 85/100", 150, 134, 220),
        ("Relevant modules: Machine Learning for Engineers | Computer Vision | Logic Design", 40, 146, 540),
        ("| Computer System | Electronics Application Project and Engineering Lab (I & II)", 48, 157, 540),
    ]
    lines = placed(rows)
    assert find_positions(lines, find_sections(lines), as_of=AS_OF) == ()
    lines = placed([*rows, ("Thesis: Built a federated learning simulator for UAV networks in PyTorch.", 40, 171, 540)])
    assert spans(find_positions(lines, find_sections(lines), as_of=AS_OF)) == [("2019-09", "2022-06")]
    # a college named "... of Engineering and Research" with its grade beside it (c86_ai_02)
    lines = placed(
        [
            ("Education", 40, 100, 120),
            ("Pimpri Chinchwad College of Engineering and Research (PCCOER), Pune | CGPA: 8.7 / 10", 40, 120, 420),
            ("2022 - 2026", 500, 120, 560),
            ("B.E. in Information Technology", 40, 134, 220),
        ]
    )
    assert find_positions(lines, find_sections(lines), as_of=AS_OF) == ()


def test_a_paper_with_its_author_role_and_date_is_no_position() -> None:
    # papers listed after the jobs, each with "AUTHOR" or "CO-AUTHOR" beside its conference's date (c84_ds_01)
    found = positions("""
        Experience
        Data Analyst, Yandex   June 2023 - June 2024
        Built demand forecasts in SQL and Python.
        Thesis, Symbolic Calculus for Optimal Control in Economic Models
        AUTHOR   June 2023
        Article, Support system for modeling socioeconomic processes
        CO‐AUTHOR   Dec. 2022
    """)
    assert spans(found) == [("2023-06", "2024-06")]


def test_a_heading_broken_after_its_ampersand_opens_its_section_with_the_entry_level_with_it() -> None:
    # "INTERNSHIPS &" over "TRAININGS" in a margin, the first internship's line one point higher than the heading
    # (c105_ai_03: both internships read as courses of the degree above)
    from gapcheck.structure import find_sections

    rows = [
        ("EDUCATION", 36, 125, 89, 0),
        ("MANIPAL INSTITUTE OF TECHNOLOGY 2013-2017", 122, 177, 580, 1),
        ("Department of Electronics – Bachelor of Technology CGPA – 9.07/ 10", 122, 190, 560, 1),
        ("Nanyang Technological University, Singapore January, 2017 – June, 2017", 109, 250, 569, 2),
        ("INTERNSHIPS &", 36, 251, 104, 3),
        ("TRAININGS", 36, 266, 90, 3),
        ("Research Assistant, School of Computer Science and Engineering", 122, 265, 405, 4),
        ("Techniche Universitat Dresden, Germany May, 2016 – August, 2016", 122, 280, 562, 5),
        ("Visiting Researcher, School of Vehicle Mechatronics", 122, 295, 345, 6),
    ]
    lines = in_blocks(rows, height=11)
    sections = find_sections(lines)
    assert [s.kind for s in sections] == ["education", "experience"]
    assert spans(find_positions(lines, sections, as_of=AS_OF)) == [("2017-01", "2017-06"), ("2016-05", "2016-08")]


def test_a_margin_heading_broken_over_three_lines_heads_the_entries_beside_it() -> None:
    """`c299_ai_01`: "RESEARCH" over "AND WORK" over "EXPERIENCE" in a margin column; "AND WORK" was read as the title
    of the first job, beside it, and the research assistantship since 2023 lost its title ("Research Assistant")."""
    from gapcheck.structure import find_sections

    rows = [
        ("PUBLICATIONS", 50, 219, 118, 0),
        ("Chirag P. Chhablani, Sarthak Jain, \u201cGame-theoretic Counterfactual Explanation\u201d, WWW, 2024", 137, 218, 560, 1),
        ("RESEARCH", 50, 253, 100, 2),
        ("AND WORK", 50, 264, 101, 2),
        ("EXPERIENCE", 50, 275, 109, 2),
        ("Research Assistant at UIC under Prof. Sourav Medya", 137, 252, 366, 3),
        ("Jun 2023\u2013 Ongoing", 483, 252, 562, 3),
        ("My work is on explainable AI with game theoretic methods for Graph Neural Networks.", 141, 264, 560, 3),
        ("Intern at Indian Institute of Science (IISc) under Prof. Y. Narahari", 137, 288, 450, 4),
        ("Jan 2019\u2013 Jan 2020", 480, 288, 562, 4),
        ("PROJECTS", 50, 399, 100, 5),
        ("AND SEMINARS", 50, 410, 118, 5),
        ("Assembly Interpreter in C++ (Systems Programming)", 137, 399, 420, 6),
        ("Jan 2023", 524, 399, 562, 6),
    ]
    lines = in_blocks(rows, height=11)
    sections = find_sections(lines)
    assert [(s.kind, s.heading) for s in sections][1:] == [
        ("research", "RESEARCH AND WORK EXPERIENCE"),
        ("projects", "PROJECTS AND SEMINARS"),
    ]
    found = find_positions(lines, sections, as_of=AS_OF)
    assert [(p.title, p.start) for p in found] == [
        ("Research Assistant", "2023-06"),
        ("Intern", "2019-01"),
        ("Assembly Interpreter in C++ (Systems Programming)", "2023-01"),
    ]


def test_a_thesis_label_over_its_title_stays_with_the_degree_above() -> None:
    """`c126_ds_02`: "Thesis" printed in the date column over the thesis title opened an entry of its own, so the
    MSc had no hands-on line (24 months of statistics lost)."""
    rows = [
        ("Education and Thesis", 217, 22, 354),
        ("2021 - 2022 MSc in Mathematical. Sciences", 218, 84, 418),
        ("African Institute for Mathematical Sciences, Ghana (AIMS).", 278, 106, 553),
        ("Thesis", 218, 124, 247),
        ("A regression method estimation of the extreme value index using", 278, 136, 567),
        ("decreasing dependent random weights.", 278, 148, 454),
        ("2016 - 2020 BSc Statistics (1st Class).", 215, 164, 396),
        ("Kwame Nkrumah University of Science and Technology (KNUST).", 278, 187, 581),
    ]
    lines = placed(rows)
    found = find_positions(lines, sections_of(lines), as_of=AS_OF)
    assert spans(found) == [("2021-01", "2022-12")]


def test_a_paper_published_or_accepted_under_research_work_is_no_position() -> None:
    """`c126_ai_01`: two papers under "Research Work" ("Published in ICACCTech 2024 | Nov 17, 2024") made a year each
    of experience (13 months became 25)."""
    found = positions("""
        Research Work
        Train Waitlisted Ticket Confirmation Prediction Using Machine Learning
        Published in ICACCTech 2024 | Nov 17, 2024
        Developed a machine learning model to predict the confirmation probability of waitlisted tickets.
        Weather-Integrated Traffic Routing with Dynamic Speed Prediction
        Accepted at ICRAAI 2025 | Feb 21-22, 2025
        Designed AI models for speed prediction and path optimization.
        Research Assistant, Vision Lab   Jan 2023 - Jun 2023
        Trained segmentation models in PyTorch.
    """)
    assert spans(found) == [("2023-01", "2023-06")]


def test_a_job_whose_first_line_published_a_paper_or_presented_a_seminar_stays_a_job() -> None:
    """`c45_ai_02`, `c2_un_02`: a fellowship over "Published Generalized Zero-Shot ... (KDD'21)" and a conference
    talk over "Presented a seminar on ..." are work, not a paper's venue line."""
    found = positions("""
        Experience
        Research Fellow, Microsoft Research
        2019-2021
        Published Generalized Zero-Shot Extreme Multi-label Learning (KDD'21)
        Created extreme scale zero shot research datasets.
        Renesas Devcon 2015 (Anaheim, CA)
        Presented a seminar on Capacitive Touch Sensing and Hardware based design
    """)
    assert spans(found) == [("2019-01", "2021-12"), ("2015-01", "2015-12")]


def test_a_degrees_list_of_clubs_joined_is_no_hands_on_work() -> None:
    """`c124_ds_01`: "Member: ..., Data Science Club, Project ODY-C" under a B.S. made the degree a job (21 months)."""
    found = positions("""
        Education
        University of Houston, B.S. in Management Information Systems   Aug 2022 - May 2024
        Relevant Coursework: Database Systems (SQL), Business Analytics & Visualization
        Member: Pathway to STEM Careers, Data Science Club, Student Government, Project ODY-C
    """)
    assert found == ()


def test_a_masters_by_research_is_research_like_a_doctorate() -> None:
    """`c125_ds_01`: "MSc Research Machine Learning ... 2006-2009" over its topic line was no position (48 months lost)."""
    found = positions("""
        Education
        MSc Research Machine Learning
        Indian Institute of Science Bangalore 2006-2009
        • Speech Recognition using Support Vector Machines
        M.Sc. Computer Science
        Example University 2004 - 2006
        • Speech Recognition using Hidden Markov Models
    """)
    assert spans(found) == [("2006-01", "2009-12")]


def test_a_doctorate_is_research_through_the_lines_saying_what_it_studies() -> None:
    found = positions("""
        Education
        PhD in Computer Science, University of Montreal   Oct 2018 - Dec 2022
        Study solutions (including regularization and data augmentation) to make Deep Learning methods more resistant to biases.
        MEng in Computer Science, Mines de Nancy   Sep 2015 - Sep 2018
        Double MSc Degree in Natural Language Processing.
    """)
    assert spans(found) == [("2018-10", "2022-12")]
    advised_only = positions("""
        Education
        PhD in Physics, University of Utrecht   2019 - 2023
        Advisor: Prof. Jane Doe
        GPA: 3.9 / 4.0
    """)
    assert advised_only == ()
    courses_and_field = positions("""
        Education
        Ph.D. in Computational Linguistics, Stony Brook University   Sep 2022 - Present
        Specialization in Natural Language Processing with a focus on Retrieval-Augmented Generation.
        Selected Courses: CSE 548 Analysis of Algorithms, A-; CSE 538
        Natural Language Processing, A; AMS 580 Machine Learning, A.
    """)
    assert courses_and_field == ()
    # `c50_ai_01`: a date line with an icon's letter before the range says nothing the doctorate studied
    icon_dated = positions("""
        Education
        Ph.D. in Computational Linguistics
        Stony Brook University
        z Sep 2022 – Present
        Advisor: Owen Rambow
    """)
    assert icon_dated == ()
    titled_above_its_dates = positions("""
        Education
        CY Cergy Paris University
        PhD in Economics
        Title: Development of a Dynamic Transport Simulator for Policy Evaluation
        Supervisor: Andre de Palma
        Cergy, FR
        2020 - 2024
    """)
    assert spans(titled_above_its_dates) == [("2020-01", "2024-12")]
    # `c236_ai_02`: a lab's name under the doctorate says where, not what it studies (100 months of experience more)
    lab_only = positions("""
        Education
        PH.D CANDIDATE IN SCHOOL OF COMPUTER SCIENCE AND ENGINEERING   Sept. 2018 - PRESENT
        STATISTICAL MACHINE INTELLIGENCE LEARNING LABORATORY (SMILELAB)
        ADVISER: ZENGLIN XU (PROFESSOR)
    """)
    assert lab_only == ()


def test_foundations_built_at_school_are_no_hands_on_work() -> None:
    found = positions("""
        Education
        Bachelor's Degree in Computer Science, University of Catania   09/2019 - 04/2023
        Built strong foundations in software engineering, algorithms, data structures, and advanced programming
        Master's Degree in Data Science, University of Pisa   09/2023 - 07/2025
        Built a fraud detection pipeline in Python for the thesis.
    """)
    assert spans(found) == [("2023-09", "2025-07")]


def test_a_project_supervisor_named_under_a_degree_is_no_hands_on_work() -> None:
    found = positions("""
        Education
        Honours BSc in Computer Science - Project Supervisor: Leila Kosseim - GPA: 4.02/4.3   2018-2021
        Experience
        Software Developer Intern, Smart Trade   Feb 2020 - April 2020
        Developed currency trading algorithms in C++.
    """)
    assert spans(found) == [("2020-02", "2020-04")]


def test_an_additional_information_section_dates_no_entry() -> None:
    assert heading_section("ADDITIONAL INFORMATION") == "skills"
    assert heading_section("Miscellaneous") == "skills"
    # in title case a bare "Additional" labels more of a job's bullets
    assert heading_section("Additional") is None
    found = positions("""
        Projects
        Fake News Classification   October 2020 - December 2020
        Trained a BERT classifier on news articles.
        ADDITIONAL
        Relevant Coursework: Deep Learning, Machine Learning, Data Analytics.
        Concordia's Dean's List (2018, 2019, 2020)
    """)
    assert spans(found) == [("2020-10", "2020-12")]


def test_a_course_in_project_management_is_no_hands_on_study() -> None:
    found = positions("""
        Education
        University of Maryland, Baltimore   10. 2020 – 11. 2020
        Applied Scrum for Agile Project Management
        Online Programme
        Work Experience
        Division manager, Norma   09. 2017 – 12. 2020
        Led a division of twelve stores.
    """)
    assert spans(found) == [("2017-09", "2020-12")]


def test_a_range_opening_a_line_then_a_name_and_its_description_after_a_colon() -> None:
    # moderncv's one-line entries (c105_ai_01: three volunteer roles lost, 49 months of experience missing)
    found = positions("""
        Volunteering
        2019-26 Mentor at LeadTheFuture: mentorship organization for selected top students in STEM from Italy.
        2017-19 Member and Treasurer at Master Committee: organizing educational events for master students at UvA.
    """)
    assert spans(found) == [("2019-01", "2026-12"), ("2017-01", "2019-12")]
    assert [(p.title, p.organization) for p in found] == [("Mentor", "LeadTheFuture"), ("Member and Treasurer", "Master Committee")]


def test_a_heading_with_a_bar_over_a_range_is_also_its_entrys_header() -> None:
    """ "INTERNSHIPS | RESEARCH INTERN" in the form of the jobs above it, its ranges right under it: a heading and the
    header of the one entry it holds (c105_ai_02: the internships were lost)."""
    rows = [
        ("EXPERIENCE", 219, 380, 300),
        ("ASPIRING MINDS RESEARCH | RESEARCH ENGINEER", 219, 461, 480),
        ("July 2013 – May 2017 | Gurgaon, India", 219, 475, 400),
        ("Devised and implemented a semi-supervised framework to grade programs.", 234, 488, 560),
        ("INTERNSHIPS | RESEARCH INTERN", 219, 546, 400),
        ("Feb 2012 – May 2012 and June 2011 – July 2011 | India", 219, 560, 480),
        ("Indian Institute of Science - Worked on matrix completion of sparse matrices.", 234, 574, 560),
    ]
    lines = placed(rows)
    found = find_positions(lines, sections_of(lines), as_of=AS_OF)
    assert spans(found) == [("2013-07", "2017-05"), ("2012-02", "2012-05"), ("2011-06", "2011-07")]
    assert found[1].title.casefold() == "research intern"


def test_two_ranges_joined_by_and_are_two_stints_of_one_entry() -> None:
    found = positions("""
        Experience
        Research Intern, Indian Institute of Science
        Feb 2012 – May 2012 and June 2011 – July 2011
        Worked on matrix completion to recover sparse matrices.
    """)
    assert spans(found) == [("2012-02", "2012-05"), ("2011-06", "2011-07")]


def test_two_ranges_split_by_a_bar_are_two_stints_of_one_entry() -> None:
    """`c224_ds_01`: "GSK | Collegeville, PA   Apr 2022 – Sep 2022 | Apr 2023 – Sep 2023" (two summers at one
    employer) counted only the first summer."""
    found = positions("""
        Experience
        Bioinformatics Data Scientist
        GSK | Collegeville, PA                                   Apr 2022 – Sep 2022 | Apr 2023 – Sep 2023
        Developed data integration pipelines for spatial transcriptomics data
    """)
    assert spans(found) == [("2022-04", "2022-09"), ("2023-04", "2023-09")]


def test_two_degrees_one_after_the_other_are_two_entries() -> None:
    """A master's begun the month after a bachelor's ended is a second degree, not a promotion at one employer
    (c82_ds_03: the bachelor's thesis was dated to the master's end)."""
    found = positions("""
        Education
        University of Liverpool | MSc Geographic Data Science | 2025 – Present
        University of Liverpool | BSc (Hons) Geography | 2021 – 2024
        Dissertation: Stratospheric Volcanic Aerosols and Climate Change: A Thirty Year Analysis.
    """)
    assert spans(found) == [("2021-01", "2024-12")]


def test_terms_listed_one_after_another_span_from_the_first_to_the_last() -> None:
    """ "Fall 2018, Spring 2019, Fall 2019": a post held term after term, from the first term's start to the last's end
    (c106_ai_02: read as the first term alone)."""
    found = positions("""
        Teaching
        Teaching Assistant, Columbia University    Fall 2018, Spring 2019, Fall 2019
        COMS 4762: Machine Learning for Functional Genomics, 1 semester
    """)
    assert spans(found) == [("2018-09", "2019-11")]


def test_an_honour_for_the_best_project_makes_no_schooling_hands_on() -> None:
    """ "Best Senior Project" among a school's honours is a prize, not the project (c92_ds_02: fourteen years of school
    read as a job)."""
    found = positions("""
        Education
        2006-2020 Colegio Bolivar (Cali)
        Academic excellence
        Best Senior Project
        Honor society
    """)
    assert found == ()


def test_since_a_date_inside_a_sentence_opens_no_entry() -> None:
    """ "... and been a core contributor since May 2014." goes on the entry it is written under (c57_ai_01: a job
    from 2014 to this day)."""
    found = positions("""
        Experience
        Summer Intern, MLPACK   May 2014 - Aug 2014
        Implemented fast multipole methods in C++ for the library, which now has 4000+ stars on
        Github and multiple citations - and been a core contributor since May 2014.
    """)
    assert spans(found) == [("2014-05", "2014-08")]
    assert spans(positions("Experience\nData Scientist, Acme since May 2014\nBuilt models.")) == [("2014-05", "2026-12")]


def test_fields_a_full_stop_and_one_term_date_an_entry() -> None:
    """ "STATS 485: Capstone Seminar, University of Michigan – Ann Arbor. Winter 2023." (an academic CV's teaching list,
    `c38_ds_01`: seven posts lost); a sentence that ends in a term is still no entry."""
    found = positions("""
        Teaching
        Graduate Student Instructor (Teaching)
        STATS 485: Capstone Seminar, University of Michigan – Ann Arbor. Winter 2023.
        Led weekly labs on regression for 40 students.
    """)
    assert spans(found) == [("2022-12", "2023-02")]
    assert positions("Experience\nPresented our results to the board of the company at the annual meeting. Winter 2023.") == ()


@pytest.mark.parametrize(
    "heading",
    ["1. Positions of Leadership", "Leadership Positions", "Leadership Roles", "3. Voluntary & Community Activities", "Voluntary Work"],
)
def test_leadership_and_voluntary_headings_open_activities(heading: str) -> None:
    """`c37_ai_02`: "1. Positions of Leadership" was no heading, so its dated roles stayed under the awards above."""
    assert heading_section(heading) == "volunteering"


@pytest.mark.parametrize("heading", ["Service", "Professional Service", "Additional Service and Outreach Efforts"])
def test_an_academic_cvs_service_heading_opens_activities(heading: str) -> None:
    """`c54_ai_03`: "Additional Service and Outreach Efforts" was no heading, so reviewing and volunteering stayed in
    the skills above; "Customer Service" in a skills list stays a skill."""
    assert heading_section(heading) == "volunteering"
    assert heading_section("Customer Service") is None


def test_numbered_academic_achievements_close_the_roles_above() -> None:
    """`c37_ai_02`: "2. Academic Achievements" under "1. Positions of Leadership" lists medals and scholarships."""
    assert heading_section("2. Academic Achievements") == "awards"


def test_a_year_that_ends_a_wrapped_sentence_dates_no_entry() -> None:
    """`c117_ds_02`: "... among college students : The case of Nantes Université in" over "2022" at the same left
    edge read as one more entry dated 2022 (grades and all)."""
    rows = [
        ("Academic assignments", 43, 20, 160),
        ("Advanced Linear Econometrics With the guidance of M. Travers", 53, 40, 372),
        ("November 2022", 484, 40, 552),
        ("A survey of meat consumption among college students : The case of Nantes Université in", 53, 52, 458),
        ("2022", 53, 64, 73),
        ("Data and descriptive analysis With the guidance of D. Girard", 53, 80, 358),
        ("October 2022", 493, 80, 552),
        ("Determinants of happiness : a principal component analysis (PCA)", 53, 92, 361),
    ]
    found = find_positions(placed(rows), sections_of(placed(rows)), as_of=AS_OF)
    assert spans(found) == [("2022-11", "2022-11"), ("2022-10", "2022-10")]
    assert found[0].last == 4  # the wrapped year stays in the sentence it ends


def test_a_range_on_the_wrapped_end_of_a_bullet_dates_no_entry() -> None:
    """`c118_ds_03`: "... the Annual Talent Planning (ATP) for the Financial" over "Year 2022-23 and 2023-24." read
    as a job dated 2022-2024 that took the bullets below it from the job they belong to."""
    rows = [
        ("Associate Executive - Talent Analytics", 59, 20, 242),
        ("Apr 2022 - Feb 2023", 437, 20, 536),
        ("• Worked with Talent Management team to develop the Annual Talent Planning (ATP) for the Financial", 60, 34, 536),
        ("Year 2022-23 and 2023-24.", 70, 46, 185),
        ("• Created OLAP models, Power Queries, and Python scripts to visualize data from multiple sources.", 60, 58, 536),
        ("Trainee - Talent Analytics", 59, 80, 185),
        ("Sep 2021 - Mar 2022", 435, 80, 536),
        ("• Prepared and maintained Power BI Dashboards to track organizational KPIs.", 60, 94, 466),
    ]
    lines = placed(rows)
    found = in_experience(lines)
    assert spans(found) == [("2022-04", "2023-02"), ("2021-09", "2022-03")]
    assert found[0].last == 4  # the Python bullet stays the first job's


def test_a_title_at_the_edge_of_a_long_line_above_is_no_wrap_of_it() -> None:
    """`c113_ds_01`: an employer's one-line description with no full stop over "Data Analyst Intern 06.2025-08.2025"
    at the same left edge: the title line keeps its dates."""
    rows = [
        ("Sberbank, Moscow, Russia", 36, 20, 609),
        ("The largest bank in Russia and CEE, assets ~EUR 503 billion (2024), ~308,000 employees (2024)", 36, 32, 560),
        ("Data Analyst Intern 06.2025-08.2025", 36, 44, 589),
        ("Developed 15 BI dashboards across 3 business units.", 54, 56, 517),
    ]
    lines = placed(rows)
    found = in_experience(lines)
    assert spans(found) == [("2025-06", "2025-08")]


def test_a_centred_heading_in_larger_type_over_a_narrow_list_opens_its_section() -> None:
    """`c121_de_01` (a VisualCV export): "Work experience" centred in larger type under two narrow columns of skills
    looked pushed right among the lines around it, so the jobs below stayed in the skills section and none was
    found."""
    from gapcheck.structure import find_sections

    rows = [
        ("Skills", 282, 252, 313, 14),
        ("Programming Languages", 41, 279, 158, 11),
        ("Other Skills", 306, 279, 360, 11),
        ("Typescript", 56, 302, 98, 10),
        ("Git", 321, 302, 332, 10),
        ("Python", 56, 315, 85, 10),
        ("Docker", 321, 315, 349, 10),
        ("Work experience", 250, 426, 345, 14),
        ("September 2020 - Present", 41, 450, 123, 11),
        ("Software developer", 154, 450, 245, 11),
        ("SG Digital", 153, 467, 201, 11),
        ("Backend development (Java)", 168, 484, 285, 10),
    ]
    lines = [Line(text, 1, i + 1, i, x0=x0, top=top, x1=x1, bottom=top + h) for i, (text, x0, top, x1, h) in enumerate(rows)]
    sections = find_sections(lines)
    assert [(s.kind, s.start) for s in sections][-1] == ("experience", 7)
    found = find_positions(lines, sections, as_of=AS_OF)
    assert spans(found) == [("2020-09", "2026-12")]


def test_jobs_under_a_professional_timeline_heading_are_dated() -> None:
    """`c123_de_01` (Apple Pages): "Professional Timeline" was no heading, so its jobs stayed in the profile above and
    none was found."""
    found = positions("""
        Profile
        More than 4 years of experience in design, development and maintenance of web applications.
        Professional Timeline
        FULL-STACK DEVELOPER, GLOBALSTD JALISCO — 2017-PRESENTE
        Design, Develop and Maintain a NodeJS app that is used by the company.
        WEB DEVELOPER, TATA TECHNOLOGIES JALISCO — 2015-2017
        Interpret customer requirements and designs and then provide effective solutions.
    """)
    assert spans(found) == [("2017-01", "2026-12"), ("2015-01", "2017-12")]


def test_a_spanish_or_french_final_degree_project_line_makes_the_degree_a_position() -> None:
    """`c123_ai_01`: "TFG: Comparative study on K-Means algorithm ..." (Trabajo Fin de Grado) under a bachelor's was no
    hands-on line, so the clustering study dated nothing."""
    found = positions("""
        Education
        Universidad Rey Juan Carlos   Sep. 2019 - Jun. 2023
        BS in Mathematics
        TFG: "Comparative study on K-Means algorithm in some metric spaces". Grade: 9.2
    """)
    assert spans(found) == [("2019-09", "2023-06")]


def test_a_singular_extracurricular_activity_heading_ends_the_skills_above_it() -> None:
    """`c70_ai_01`: "Extra-Curricular Activity" was no heading, so the roles under it stayed in the skills list above
    and were no positions."""
    found = positions("""
        Skills
        PyTorch, TensorFlow, JAX
        Extra-Curricular Activity
        Monash DeepNeuron    Jan 2020 – Dec 2020
        HPC Branch Lead
        Led the weekly training and built a scalable ML training pipeline.
    """)
    assert spans(found) == [("2020-01", "2020-12")]


def test_a_passion_grown_during_a_degree_is_no_hands_on_work() -> None:
    """`c134_un_01`: "I've developed a deep passion for technology" under a bachelor's made the degree a position (36
    months of experience added); a project built during it still does."""
    text = """
        Education
        The Superior College Lahore, Bachelor of Computer Science
        2016 – 2018
        With a Bachelor of Computer Science,
        I've developed a deep passion for
        technology and problem-solving.
    """
    assert positions(text) == ()
    assert spans(positions(text + "    Developed a web app for the library in PHP.\n")) == [("2016-01", "2018-12")]


def test_a_project_named_with_the_hackathon_it_was_made_at_takes_its_year_and_award_lines_date_nothing() -> None:
    """`c135_de_01`: "QJAM (2026 WSU Hackathon) | Real-time ... web app" was undated, and "2024 WSU Game Jam Winner"
    further down dated it and every undated project between them."""
    found = positions("""
        Projects and Achievements
        QJAM (2026 WSU Hackathon) | Real-time collaborative music queueing web app
        Developed a high-performance backend using FastAPI and WebSockets.
        PowerTrip | Flutter app to track car fuel usage
        Flutter + Python/Flask API: tracked car fuel usage via RESTful endpoints.
        2024 WSU Game Jam Winner
        Awarded both the TAs' choice and students' choice at the 2024 WSU Game Jam.
    """)
    assert spans(found) == [("2026-01", "2026-12")]
    assert found[0].last - found[0].first <= 1


def test_an_organization_its_range_in_parentheses_and_a_long_title_head_an_entry() -> None:
    """`c141_ai_03`: "2. T-Mobile (May ‘21 – Dec’21), Technology Strategy intern: 5G and AI" and "Intel Corp. (May ‘20 –
    Jan’21), Graduate Intern for Network AI" were taken for lines of the entry above (titles of five words or more)."""
    found = positions("""
        Professional Experience:
        1. SPAN (Sept ‘22 – Dec’22), Machine learning intern
        Implemented an anomaly notification system using Python.
        2. T-Mobile (May ‘21 – Dec’21), Technology Strategy intern: 5G and AI
        Developed a UAV-based streaming infrastructure with Azure VM.
        Intel Corp. (May ‘20 – Jan’21), Graduate Intern for Network AI
        Multi-objective Bayesian optimization experiments.
    """)
    assert spans(found) == [("2022-09", "2022-12"), ("2021-05", "2021-12"), ("2020-05", "2021-01")]
    assert [p.organization for p in found] == ["SPAN", "T-Mobile", "Intel Corp."]
    # a study's period inside a sentence stays no entry
    assert (
        positions("""
        Education
        Dissertation: Using five-year (2019–2023) Dutch grassland experimental data and linear mixed-effects modeling, this
    """)
        == ()
    )


def test_an_award_for_a_thesis_and_a_list_of_research_fields_are_no_hands_on_study() -> None:
    """`c143_ai_03`: "Outstanding Thesis Award; Honors College Graduates." and "Research - Software Security & Analysis;
    Deep Learning; ..." made a bachelor's degree a position (46 months more experience); a thesis done still counts."""
    degree = """
        Education
        BS, Communication Engineering - Nanjing University, Sep 2012 - Jun 2016
        {line}
    """
    assert positions(degree.format(line="Outstanding Thesis Award; Honors College Graduates.")) == ()
    assert positions(degree.format(line="Research - Software Security & Analysis; Deep Learning; Network Optimization.")) == ()
    # `w201_ds_02`: a line of awards under the degree names a prize among others
    assert positions(degree.format(line="Awards: 'Star Performer' Q3 FY23; Best Dissertation, Dept. of Statistics (2018)")) == ()
    assert spans(positions(degree.format(line="Thesis: built a traffic classifier in Python"))) == [("2012-09", "2016-06")]


def test_a_range_level_with_a_title_that_prints_its_year_gives_the_months() -> None:
    """`c146_un_01`: "Open Source Contributor | GirlScript Summer of Code (GSSoC) 2026" with "May 2026 – July 2026" at
    the right margin was a whole year and a second entry called "Remote"."""
    rows = [
        ("Experience", 36, 135, 104),
        ("Open Source Contributor | GirlScript Summer of Code (GSSoC) 2026", 47, 156, 433),
        ("GirlScript Foundation", 47, 170, 143),
        ("May 2026 – July 2026", 466, 156, 571),
        ("Remote", 537, 170, 570),
        ("Merged 5 pull requests into open-source projects using Git and GitHub.", 62, 186, 502),
    ]
    lines = placed(rows)
    found = in_experience(lines)
    assert spans(found) == [("2026-05", "2026-07")]
    assert found[0].title.startswith("Open Source Contributor")


def test_an_organization_named_like_a_heading_with_its_range_stays_in_its_section() -> None:
    # "Constellation Outdoor Education | 2015-2018" opened an education section: the rest of the jobs were lost
    found = positions("""
        Experience
        Strategy Consultant
        Last Minute Gear | 2018-2019
        Defined growth strategies for an outdoor retail startup.
        Co-Founder / Designer
        Constellation Outdoor Education | 2015-2018
        Built a roadmap for all digital assets with developers.
        Experience Design Lead
        Hack Reactor | 2014-2015
        Designed the student experience.
        """)
    assert spans(found) == [("2018-01", "2019-12"), ("2015-01", "2018-12"), ("2014-01", "2015-12")]
    assert [p.organization for p in found] == ["Last Minute Gear", "Constellation Outdoor Education", "Hack Reactor"]
    assert heading_section("Teaching Experience | 2019-2023") == "experience"


def test_a_range_that_ends_a_wrapped_sentence_opens_no_entry() -> None:
    """`c155_ai_03`: "... statements and meeting minutes from" / (the project's date, right-aligned) / "Jan 2019 to July
    2024." (the period of the data, not a second entry)."""
    found = positions("""
        Projects
        FOMC Statement Hawkish-Dovish Analysis Using LLMs | Transformers, BeautifulSoup
        Used CentralBankRoBERTa to predict hawkishness from FOMC statements and meeting minutes from
        Jun 2024 - Aug 2024
        Jan 2019 to July 2024.
        Web scraped, cleaned, and extended the dataset, then prompt-engineered GPT-4 to classify text.
        Inference Acceleration of Stable Diffusion | PyTorch Lightning
        Apr 2024 - May 2024
        Devised time-step calibrated quantization for Stable Diffusion.
        """)
    assert spans(found) == [("2024-06", "2024-08"), ("2024-04", "2024-05")]


def test_a_period_a_sentence_speaks_of_opens_no_entry() -> None:
    """`c156_ds_03`: "Rebuilt a consumption database in the Grand Casablanca region over the period 2015-" wrapped
    before "2019." (the data's years, not a stint from 2015)."""
    found = positions("""
        Projects
        MODELING OF THE EVOLUTION OF THE DEMAND FOR DRINKING WATER, LYDEC
        ECOLE CENTRALE CASABLANCA — Sep 2019- June 2021
        Rebuilt a consumption database in the Grand Casablanca region over the period 2015-
        2019.
        Developed a machine learning model of forecasting for drinking water.
        """)
    assert spans(found) == [("2019-09", "2021-06")]


def test_a_plural_heading_said_in_the_singular_opens_its_section() -> None:
    """`c157_un_01`: "EDUCATIONAL QUALIFICATION" under two dated roles: read as a line of the last role, it merged both
    roles and the degrees into one entry from 2021 to now."""
    assert heading_section("EDUCATIONAL QUALIFICATION") == "education"
    assert heading_section("Academic Project") is None  # `c16_ai_01`: the label under a project's title
    found = positions("""
        RESEARCH EXPERIENCE
        2022-ongoing: Post-doctoral scholar at National Cheng Kung University, Taiwan.
        2021-2022: Research Associate at National Centre for Geodesy, Indian Institute of Technology, Kanpur.
        EDUCATIONAL QUALIFICATION
        2021: Doctor of Philosophy in Mathematics, Birla Institute of Science & Technology, Pilani, Pilani Campus,
        India.
        """)
    assert spans(found) == [("2022-01", "2026-12"), ("2021-01", "2022-12")]


def test_labels_of_a_projects_parts_stay_in_the_project() -> None:
    """`c171_ds_02`: "Methodology & Scope:" and "Result:" at the left edge of a dated project are parts of it; read as
    entries of their own they cut its method and results (the tests and recommendations) off the project."""
    lines = placed(
        [
            ("Projects", 56, 210, 120),
            ("Analytical Research Project - MSc Dissertation, University of Exeter", 56, 227, 400),
            ("Jun - Sep 2025", 476, 227, 540),
            ("Objective: Investigated the relationship between airport activity and regional productivity", 74, 249, 540),
            ("Methodology & Scope:", 56, 268, 150),
            ("Statistical Analysis: Applied panel unit root testing and Granger causality", 74, 278, 540),
            ("Result:", 56, 324, 90),
            ("Policy Impact: Produced evidence-based recommendations on airport connectivity", 74, 352, 540),
            ("Credit Risk Analysis and Modelling", 56, 380, 300),
            ("Apr - May 2026", 470, 380, 540),
            ("Objective: Develop a credit risk framework", 74, 392, 400),
        ]
    )
    found = in_projects(lines)
    assert spans(found) == [("2025-06", "2025-09"), ("2026-04", "2026-05")]
    assert 7 in found[0].members


def test_a_project_named_with_its_year_then_a_colon_is_an_entry_but_a_client_stint_stays_in_its_job() -> None:
    """`c173_de_01`: "• Chest X-Ray Detection (2019): Designed and implemented a model ..." is a dated project of its
    own; `r_mlops_01`: "◇ DevOps Consultant – DTCC (Aug 2025 – Dec 2025): Modernized ..." under an AWS job's Aug
    2024 - Present is a line of that job."""
    found = positions("""
        Technical Projects
        Pacando (2021): Prototyped and pitched a fantasy football app at a three-day startup bootcamp
        Chest X-Ray Detection (2019): Designed and implemented a model that detected diseases on X-Ray images
        Companion (2016-2019): Revamped and enhanced the existing college portal for 2000+ students
    """)
    assert spans(found) == [("2021-01", "2021-12"), ("2019-01", "2019-12"), ("2016-01", "2019-12")]
    assert [p.title for p in found] == ["Pacando", "Chest X-Ray Detection", "Companion"]
    job = positions("""
        Experience
        Cloud Consultant, Amazon Web Services (AWS) Aug 2024 – Present
        MLOps Pipeline – SME Program Graduate (Jun 2025 – Aug 2025): Architected an end-to-end SageMaker platform
        DevOps Consultant – DTCC (Aug 2025 – Dec 2025): Modernized legacy Terraform on financial workloads
        Associate Professional Services, Amazon Web Services (AWS) Mar 2024 – Jul 2024
    """)
    assert spans(job) == [("2024-08", "2026-12"), ("2024-03", "2024-07")]


def test_clients_named_with_their_ranges_over_their_own_bullets_stay_lines_of_the_employers_job() -> None:
    """`c214_ai_01`: "• Vodafone Group (09/2019–11/2020, London):" with its bullets under "2016–2020 DataReply" made
    three positions of their own, so what was done for each client counted months of that client only."""
    found = positions("""
        Experience
        2016–2020 DataReply, London, UK                               Data Scientist | ML Engineer
        Progressed from Data Scientist to ML Engineer. Specifics outlined below:
        • Vodafone Group (09/2019–11/2020, London):
        • Co-led Vodafone's internal MLOps platform on GCP using Kubeflow
        • CNHi (05/2019–09/2019, Chicago):
        • Built time-series forecasting models for agricultural vehicles
        """)
    assert spans(found) == [("2016-01", "2020-12")]
    assert found[0].last == 6  # the last client's bullet


def test_bullets_dated_inside_the_jobs_range_are_lines_of_the_job() -> None:
    """`c222_ds_02`: under "Senior Software Engineer ... Dec 2016 - present", bullets opening with their own dates
    ("• Oct 2020- present: Built ...", "• 2018- Built new evaluation techniques ...") each opened an entry: the job
    began in 2020 and a bullet became a job of 2018 (36 months of experience lost)."""
    rows = [
        ("Experience", False),
        ("Senior Software Engineer, Apple Inc.                   Dec 2016 - present", False),
        ("• Oct 2020- present: Built from scratch a Python based research framework and data API layer", True),
        ("• 2019- Lead an effort for vendor-independence for traffic data in over 150 countries.", True),
        ("• 2018- Built new evaluation techniques to proactively detect emergent traffic patterns", True),
        ("• Co-supervised two interns and helped them reach their goals with regular check-ins.", True),
        ("Data Analyst, Uber                                     2014 - 2016", False),
        ("• 2015 - 2016: Lead Analyst for the pricing team in three markets", True),
        ("• 2019: Advised the pricing team as a contractor after leaving", True),
    ]
    lines = [Line(text, 1, n + 1, n, bullet=bullet) for n, (text, bullet) in enumerate(rows)]
    found = in_experience(lines)
    assert spans(found)[:2] == [("2016-12", "2026-12"), ("2014-01", "2016-12")]
    assert found[0].last == 5
    assert spans(found)[2:] == [("2019-01", "2019-12")]  # a date outside the job's range is an entry of its own


def test_a_bullet_naming_a_programme_with_its_years_inside_the_jobs_years_is_a_line_of_the_job() -> None:
    """`c263_ds_01`: "• ADVENT Combat Management System (2016–2019): led the software test division ..." under a
    job of "Aug 2005 — Mar 2019" opened a project of 2016 to 2019 that took the job's last bullets and its tool line:
    Python and Tableau lost eleven years of the job."""
    rows = [
        ("Enterprise Systems Lead, Defense Sector                      Aug 2005 — Mar 2019", False),
        ("• Designed and deployed an enterprise decision support system for cost-effectiveness analysis", True),
        ("• ADVENT Combat Management System (2016–2019): led the software test division and sat on the board", True),
        ("• Built Plotly Dash dashboards for C-level decision makers and authored software requirements", True),
        ("• Tools: Java, Spring, Oracle, Python, Plotly Dash and Tableau in every part of the work", True),
        ("Analyst, Acme                                                2001 - 2004", False),
        ("• Program X (2010–2012): built a scheduling model for the fleet and its crews", True),
    ]
    lines = [Line(text, 1, n + 1, n, bullet=bullet) for n, (text, bullet) in enumerate(rows)]
    found = in_experience(lines)
    assert spans(found)[:2] == [("2005-08", "2019-03"), ("2001-01", "2004-12")]
    assert found[0].last == 4  # the bullets after the programme's are the job's
    assert spans(found)[2:] == [("2010-01", "2012-12")]  # years outside the job's are an entry of their own


def test_years_in_a_sentence_wrapped_onto_a_line_of_its_own_open_no_entry() -> None:
    """`c221_ds_02`: "custom weighting to improve prediction fairness, and validated results on real-world 2024–2025
    Grand Prix data", the second line of a project's sentence, was a project of 2024 to 2025."""
    found = positions("""
        Projects
        Project Lead, Analyzing Unstructured Data                        Mar 2025
        Engineered 15+ high-impact features (e.g., podium rate, wet-weather DNF rates) with
        custom weighting to improve prediction fairness, and validated results on real-world 2024–2025 Grand Prix data
        """)
    assert spans(found) == [("2025-03", "2025-03")]
    ios = positions("""
        Professional Experience
        iOS developer : New Jersey Institute of Technology, Newark, NJ (Jan, 2017 - June, 2017)
        Managed REST API requests and responses using the TRON framework
        """)
    assert spans(ios) == [("2017-01", "2017-06")]


def test_a_margin_of_years_end_over_start_with_the_title_read_between_is_one_range() -> None:
    """`c195_ai_01`: "2022" beside "Graduate Research Assistant" and "2020 UTHSC Houston ..." two lines lower in a
    margin column of years were two single years (12 months each, not 36); years each level with an entry of
    their own stay apart."""
    lines = placed(
        [
            ("PROFESSIONAL EXPERIENCE", 47, 64, 200),
            ("2022", 10, 290, 30),
            ("Graduate Research Assistant", 41, 297, 200),
            ("Houston, TX", 387, 306, 430),
            ("2020 UTHSC Houston Graduate School of Biomedical Sciences", 10, 309, 300),
            ("Built a convolutional neural network in Python using Tensorflow and Keras", 48, 326, 380),
            ("2020", 10, 484, 30),
            ("Research Assistant I", 41, 490, 200),
            ("Houston, TX", 387, 500, 430),
            ("2019 MD Anderson Cancer Center", 10, 501, 200),
        ]
    )
    found = find_positions(lines, sections_of(lines), as_of=AS_OF)
    assert spans(found) == [("2020-01", "2022-12"), ("2019-01", "2020-12")]
    awards = placed(
        [
            ("Honours", 43, 40, 90),
            ("Visiting Research Scholar, Massey University", 128, 74, 400),
            ("2020", 533, 75, 553),
            ("Key Student Scholarship, Hebei University of Technology", 128, 93, 400),
            ("2016", 533, 95, 553),
        ]
    )
    apart = find_positions(awards, [Section("volunteering", "Honours", 0, 5)], as_of=AS_OF)
    assert all(p.start != "2016-01" or p.end != "2020-12" for p in apart)


def test_a_project_named_with_its_course_and_school_before_a_single_date_is_an_entry() -> None:
    """`c231_ds_02`: "Price Prediction Model for Airbnb Listings, Data Science in Practice, UC San Diego 06/2023" (names
    between commas, the month last) was read as a sentence with a date: three projects were lost."""
    found = positions("""
        Projects
        Predictive Modeling & Profit Analysis for Credit Card Marketing, Customer Analytics, UC San Diego 03/2025
        Built logistic regression and neural network models to predict customer response rates
        Price Prediction Model for Airbnb Listings, Data Science in Practice, UC San Diego 06/2023
        Engineered features from listing text and photos
        """)
    assert spans(found) == [("2025-03", "2025-03"), ("2023-06", "2023-06")]


def test_a_long_project_title_in_title_case_before_a_single_month_is_an_entry() -> None:
    """`c468_ds_01`: "Ads Optimization and the Multi-Armed Bandit Problem – Reinforcement Learning September 2021" (ten
    words in title case, the month last) was read as a sentence with a date, and its bandit work was listed only."""
    found = positions("""
        Academic and Research Projects
        Ads Optimization and the Multi-Armed Bandit Problem – Reinforcement Learning September 2021
        Data was modeled with Thompson Sampling with Beta Distribution
        LSTM-Based Auto-Encoder for Multi-Sensor Anomaly Detection December 2020
        Trained an LSTM autoencoder on sensor data
        Worked on building and evaluating forecasting models for the sales team in September 2021
        """)
    assert spans(found) == [("2021-09", "2021-09"), ("2020-12", "2020-12")]


def test_since_before_a_jobs_date_is_no_employer() -> None:
    """`c214_ai_01`: "since 12/2020 Vortexa Ltd, London, UK" named the job's organization "since"."""
    found = positions("""
        Experience
        since 12/2020 Vortexa Ltd, London, UK
        ML Tech Lead
        • Lead the design and delivery of real-time ML systems
        """)
    assert spans(found) == [("2020-12", "2026-12")]
    assert "since" not in (found[0].title, found[0].organization)


def test_years_inside_a_bullets_sentence_open_no_entry() -> None:
    """`c179_ds_01`: "• Designed an executive-level Q1 sales report using real-world 2022–2023 business data." under a
    dated project made a project of its own from 2022 to 2023 (22 months of experience more)."""
    found = positions("""
        Projects
        Quarter One Sales Report – Adventure Works | Microsoft Excel          May 2025 – Jun 2025
        • Designed an executive-level Q1 sales report using real-world 2022–2023 business data.
        • Built summary KPIs, monthly trends, and year-over-year comparisons.
        """)
    assert spans(found) == [("2025-05", "2025-06")]


def test_a_universitys_numbered_programme_and_course_scores_are_no_hands_on_work() -> None:
    """`c179_ai_01`: "M.S. in Control Engineering | Project 985, Double First-Class" (a Chinese university programme);
    `c179_un_01`: "Primary Course Scores: ... Operations Research and Optimization Methods (98)": degrees read as
    positions added 44 and 25 months of experience. A thesis still counts."""
    found = positions("""
        Education
        Beihang University – School of Automation Science                          2024.09 – 2027.06
        M.S. in Control Engineering | Project 985, Double First-Class
        Xi'an Polytechnic University                                                2020.09 – 2024.06
        Primary Course Scores: Mathematical Foundations of Security (98), Operations Research and
        Optimization Methods (98), Computer Fundamentals (94)
        """)
    assert found == ()
    thesis = positions("""
        Education
        Tianjin University – B.Eng. in Automation                                  2020.09 – 2024.06
        Thesis: Built a multi-vehicle encirclement controller in Python
        """)
    assert spans(thesis) == [("2020-09", "2024-06")]


def test_two_headings_joined_by_a_slash_open_the_first() -> None:
    """`c181_ai_02`: "RESEARCH PROJECTS / EXPERIENCES" after PUBLICATIONS was read as more publications, so the four
    dated research internships below it (BERT, PySpark, Docker, Google Cloud) showed no skill at all."""
    assert heading_section("RESEARCH PROJECTS / EXPERIENCES") == "research"
    assert heading_section("Projects / Experiences") == "projects"
    # `c46_ds_03`: "EXTRACURRICULAR / CERTIFICATES" over three dated online courses: courses, no volunteering roles
    assert heading_section("EXTRACURRICULAR / CERTIFICATES") == "certifications"
    assert heading_section("CI/CD Pipelines") is None


def _members(text: str) -> list[list[str]]:
    """Each position's own lines, for ``text`` read as :func:`positions` reads it."""
    lines = lines_of(text)
    return [[lines[i].text for i in p.members] for p in find_positions(lines, sections_of(lines), as_of=AS_OF)]


def test_an_undated_job_at_another_employer_ends_the_dated_one_above() -> None:
    """`c178_ds_02`: "Registrar at Colorado Height University" and two undated lecturer jobs under "Business
    Intelligence Analyst Intern at LÍLLÉbaby LLC (August 2018 -Present)" were read as titles of that internship, so
    their SQL and statistics counted for eight years of it. A second title at the same employer stays in its range."""
    other = """
        PROFESSIONAL EXPERIENCE
        Business Intelligence Analyst Intern at LILLEbaby LLC     Golden, CO (August 2018 -Present)
        • Building and analyzing dashboards and reports for the sales team every week.
        Registrar at Colorado Height University     Denver, CO
        • Oversaw the successful migration and data mapping to a new academic software.
        Lecturer at Addis Ababa University
        • Designed and developed databases in SQL and taught several statistics courses.
        """
    assert spans(positions(other)) == [("2018-08", "2026-12")]
    assert not any("SQL" in line for line in _members(other)[0])
    same = """
        EXPERIENCE
        Senior Analyst at Acme Corp     Denver, CO (Jan 2019 - Dec 2022)
        • Built the forecasting dashboards for the finance team and its leadership.
        Analyst at Acme Corp
        • Wrote the SQL behind the monthly revenue reports for the finance team.
        """
    assert spans(positions(same)) == [("2019-01", "2022-12")]
    assert any("SQL" in line for line in _members(same)[0])


def test_papers_published_during_a_degree_are_no_hands_on_work() -> None:
    """`c184_ai_02`: "GPA: 3.97/4.0; Published 5 Machine Learning research papers" made the bachelor's degree a position
    of machine learning (20 months of experience more); publications are listed, not positions."""
    found = positions("""
        Education
        National Taiwan University                                   09/2020 – 06/2024
        BSE. in Electrical Engineering
        GPA: 3.97/4.0; Published 5 Machine Learning research papers, including 2 as first author
        """)
    assert found == ()


def test_a_single_month_at_the_end_of_a_title_line_with_its_year_on_the_next_line() -> None:
    """`c186_ds_01`: "COVID-19 EDA – Personal Project – Navoi, UZB December" over "2025" read as the whole of 2025
    (12 months of Python and SQL for a one-month project)."""
    rows = [
        ("Projects", 36, 326, 90),
        ("COVID-19 EDA – Personal Project – Navoi, UZB December", 36, 353, 560),
        ("2025", 36, 365, 60),
        ("• Developed Python (Pandas) and SQL Server workflows to clean and analyze global COVID-19 data", 36, 382, 560),
    ]
    lines = placed(rows)
    found = find_positions(lines, sections_of(lines), as_of=AS_OF)
    assert [(p.start, p.end) for p in found] == [("2025-12", "2025-12")]


def test_one_line_roles_at_different_organizations_are_positions_of_their_own() -> None:
    found = positions(
        """
        LEADERSHIP & TEACHING
        Undergraduate Teaching Assistant, CSCI 2470 Deep Learning   Aug 2026 - Present
        Co-Organizer, CNTR Technology Policy Summit   May 2026 - Present
        Student Liaison, Center for Technological Responsibility   May 2026 - Present
        Co-President, AI Robotics Ethics Society   Sep 2025 - May 2026
        AI Governance Panel Director, Brown China Summit   Sep 2024 - Mar 2025
        """
    )
    assert [p.title for p in found] == [
        "Undergraduate Teaching Assistant",
        "Co-Organizer",
        "Student Liaison",
        "Co-President",
        "AI Governance Panel Director",
    ]
    assert spans(found)[1] == ("2026-05", "2026-12")


def test_titles_at_one_employer_naming_the_same_client_share_their_lines() -> None:
    found = positions(
        """
        EXPERIENCE
        Infosys Ltd.   Hyderabad, India
        Senior Software Engineer, Module Lead, Client: Verizon   Aug 2022 - Aug 2023
        Software Engineer, Client: Verizon   Dec 2020 - Aug 2022
        • Built data synchronization workflows using REST APIs and Oracle SQL.
        """
    )
    assert spans(found) == [("2020-12", "2023-08")]


def test_a_final_year_project_under_a_degree_is_part_of_the_degree() -> None:
    lines = lines_of(
        """
        EDUCATION
        Master of Science in Computer Science, September 2022 – August 2023
        National University of Ireland Galway, Ireland
        • Built regression and classification models in Python.
        Final Year Project - Semantic Text Similarity with Explainable AI
        Worked on Python libraries like PyTorch and Keras for model implementation.
        """
    )
    found = find_positions(lines, sections_of(lines), as_of=AS_OF)
    assert len(found) == 1
    assert len(lines) - 1 in found[0].members


def test_years_listed_after_a_range_are_stints_of_their_own() -> None:
    """`c283_ai_01`: "2018 - 2019, 2021, 2022" (three internships at one employer) counted 2018-2019 alone."""
    found = positions("""
        Experience
        Development internship, Ericsson
        2018 - 2019, 2021, 2022
        Three internships at the network development business area, program development and a TCO study.
    """)
    assert spans(found) == [("2018-01", "2019-12"), ("2021-01", "2021-12"), ("2022-01", "2022-12")]
    # after a range of seasons, a year alone repeats its months (`c286_un_04`: "Spring-Summer 2024, 2025")
    assert spans(
        positions("""
        Experience
        Camp Counselor, Lakeside Camp   Spring-Summer 2024, 2025
        Led outdoor activities for groups of campers and planned the weekly schedule.
    """)
    ) == [("2024-03", "2024-08"), ("2025-03", "2025-08")]
    # a list of years alone is a year per stint (`c284_sw_04`: "2025, 2023, 2022", three years of teaching read as 2025)
    assert spans(
        positions("""
        Teaching
        Graduate teaching assistant, Compilers and Interpreters   2025, 2023, 2022
        Taught lectures, created and graded course materials, held office hours.
    """)
    ) == [("2025-01", "2025-12"), ("2023-01", "2023-12"), ("2022-01", "2022-12")]
    # a year in the words after the range is no stint
    assert spans(
        positions("""
        Experience
        Data Scientist, Acme   2018 - 2019, top performer 2021
        Built churn models for the sales teams in Python.
    """)
    ) == [("2018-01", "2019-12")]


def test_a_title_at_the_text_edge_of_a_bulleted_employer_heads_the_entry() -> None:
    """`c283_ai_01`: "• Netcompany" over "Consultant" (set where the bullet's text starts, 14 points right of the glyph)
    and "2024 - Current" read the date as closing an entry, and the job's paragraph below it joined none."""
    lines = placed(
        [
            ("Netcompany", 36, 170, 120),
            ("Consultant", 50, 188, 99),
            ("2024 - Current", 50, 204, 113),
            ("Consultant on public sector digitalization projects in Denmark and Sweden, working", 50, 220, 292),
            ("with stakeholders through workshops, translating business needs into system designs.", 50, 236, 292),
            ("Ericsson", 36, 260, 96),
            ("Development internship", 50, 278, 158),
            ("2018 - 2019", 50, 294, 110),
            ("Program development, graphic design and a multi-year TCO study.", 50, 310, 292),
        ]
    )
    lines = [replace(line, bullet=line.x0 == 36) for line in lines]
    found = in_experience(lines)
    assert [(p.title, p.organization, p.start, p.first, p.last) for p in found] == [
        ("Consultant", "Netcompany", "2024-01", 0, 4),
        ("Development internship", "Ericsson", "2018-01", 5, 8),
    ]


def test_a_programme_that_prepares_for_a_doctorate_is_no_research_degree() -> None:
    """`c282_de_01`: "• Pre-Doctoral Program" under a master's made the degree research work: 16 months of experience
    too many."""
    found = positions("""
        Education
        The University of Chicago
        Masters of Science, Computer Science   Sep 2024 — Dec 2025 (Expected)
        Cumulative GPA: 3.85/4.00
        Pre-Doctoral Program
    """)
    assert found == ()


def test_a_range_wrapped_in_a_date_column_read_between_the_lines_of_the_text_column() -> None:
    # c302_un_01: a left date column whose ranges wrap ("02.2022 –" over "07.2024"); the text column's lines sit
    # a little lower, so the reading order puts one of them between the two halves of each range
    lines = in_blocks(
        [
            ("Work experience", 56, 190, 160, 0),
            ("Coop – IT Business Analyst – 100% (System architecture):", 133, 216, 440, 1),
            ("08.2024 –", 65, 223, 102, 2),
            ("Defining and maintaining multiple services on premise and on the cloud.", 133, 229, 540, 3),
            ("Now", 65, 236, 83, 4),
            ("Ideating and discussing technical solutions for about ~ 40k scanners + mobile solutions.", 133, 242, 473, 3),
            ("jacando AG – Backend developer – 80% (MongoDB, NodeJS, Docker, Go):", 133, 265, 493, 5),
            ("02.2022 –", 65, 271, 102, 6),
            ("managing translations processes (CI) for multiple projects, improving db performance", 133, 278, 516, 7),
            ("07.2024", 65, 284, 96, 8),
            ("architecture, building services and containerization", 133, 291, 331, 7),
            ("08.2019 –", 65, 320, 102, 9),
            ("jacando AG – Intern developer – 100% (MongoDB, NodeJS, ReactJS)", 133, 320, 421, 10),
            ("08.2020", 65, 333, 96, 11),
            ("refactoring old code to newest technologies, fullstack features implementation", 133, 333, 438, 12),
        ],
        height=8,
    )
    found = find_positions(lines, sections_of(lines), as_of=AS_OF)
    assert spans(found) == [("2024-08", "2026-12"), ("2022-02", "2024-07"), ("2019-08", "2020-08")]
    assert [p.title for p in found] == ["IT Business Analyst", "Backend developer", "Intern developer"]


def test_a_job_goes_on_after_a_sidebar_read_in_the_middle_of_it() -> None:
    # c329_un_02: the sidebar's Skills list is read between a job's first lines and the rest of its bullets; the main
    # column's lines after it are the same job's, not lines of no job
    lines = lines_of("""
        Employment history
        SDE, Flipkart Internet Pvt Ltd. Bangalore
        May. 2015 – May. 2020
        Design and architect the RESTful web services and platformize the same
        Skills
        Kafka
        MySQL , HBase
        Scaling of MicroServices for BBD(BigBillionDay)
        Setup alerts , dashboards to monitor system health .
        TechStack: Locust ,Grafana , Nagios ,Java, Dropwizard ,Python ,MySQL .
        Software Engineer, Samsung Electronics Noida
        May. 2014 – Apr. 2015
        Worked on the Development of the Samsung Messaging Application .
    """)
    sections = [
        Section("experience", "Employment history", 0, 4),
        Section("skills", "Skills", 4, 7),
        Section("experience", "Employment history", 7, len(lines)),
    ]
    found = find_positions(lines, sections, as_of=AS_OF)
    assert spans(found) == [("2015-05", "2020-05"), ("2014-05", "2015-04")]
    assert found[0].members == (1, 2, 3, 7, 8, 9)


def test_a_heading_whose_remark_in_parentheses_the_line_cuts_off_opens_its_section() -> None:
    # c329_ds_01: "PROJECTS ( https://github.com/" with the rest of the address on the next line
    assert heading_section("PROJECTS ( https://github.com/") == "projects"
    assert heading_section("Work Experience (selected,") == "experience"
    assert heading_section("Python (3 years") is None
    assert heading_section("Built dashboards (Tableau,") is None


def test_a_title_over_its_date_line_ends_the_list_a_label_opened_in_the_job_above() -> None:
    # c329_un_02: "Database Management :" opens a list of short items; the next job's title, over a line that holds
    # only its range, is that job's title, not one more item of the list
    found = in_experience(
        lines_of("""
        SDE, Flipkart Internet Pvt Ltd. Bangalore
        May. 2015 – May. 2020
        Worked in Accounting Platform , which is responsible for payments and invoicing .
        Database Management :
        Automated MySQL Cluster creation master , slave and hot-stand-by
        Setup regular backups for disaster recovery
        Software Engineer, Samsung Electronics Noida
        May. 2014 – Apr. 2015
        Worked on the Development, feature implementation of the existing Samsung Messaging Application .
        """)
    )
    assert spans(found) == [("2015-05", "2020-05"), ("2014-05", "2015-04")]
    assert [(p.title, p.organization) for p in found] == [
        ("SDE", "Flipkart Internet Pvt Ltd. Bangalore"),
        ("Software Engineer", "Samsung Electronics Noida"),
    ]


def test_a_job_printed_with_several_ranges_keeps_its_title_after_them() -> None:
    # c350_de_01: "Mar 2023 - Sept 2023, Apr 2024 - Aug 2024, Apr 2025 - Aug 2025 ICR, Inc, Aurora" over the title
    found = in_experience(
        lines_of("""
        Occupation
        Mar 2023 - Sept 2023, Apr 2024 - Aug 2024, Apr 2025 - Aug 2025 ICR, Inc, Aurora
        Software Engineer Intern
        Created custom python scripts tuned for extracting open source data.
        """)
    )
    assert spans(found) == [("2023-03", "2023-09"), ("2024-04", "2024-08"), ("2025-04", "2025-08")]
    assert {(p.title, p.organization) for p in found} == {("Software Engineer Intern", "ICR")}


def test_titles_centered_over_their_dates_above_a_wider_body_head_their_entries() -> None:
    """`c397_un_01` (Canva): each job's title and date line are centered over its justified paragraph, so both start
    far right of the paragraph's edge; the titles were read as indented body lines and every job had no title."""
    rows = [
        ("IT Specialist - Bereket Döner", 372, 180, 522),
        ("APRIL 2025 - CURRENTLY", 374, 200, 519),
        ("Responsible for IT infrastructure management, system", 314, 219, 575),
        ("and network administration, and smooth daily IT operations.", 314, 234, 575),
        ("Software Developer - PXL Digital Solutions", 334, 296, 557),
        ("AUGUST 2023 - FEBRUARY 2024", 356, 316, 535),
        ("I took an active role in the development and bug fixing", 316, 335, 575),
        ("processes of different projects within the company.", 318, 350, 572),
    ]
    found = in_experience(placed(rows))
    assert [(p.title, p.organization, p.start) for p in found] == [
        ("IT Specialist", "Bereket Döner", "2025-04"),
        ("Software Developer", "PXL Digital Solutions", "2023-08"),
    ]
    # an indented bullet's last line over the next entry's date line keeps to its own entry
    rows = [
        ("Data Analyst, Acme", 40, 100, 300),
        ("Jan 2020 - Dec 2021", 40, 112, 140),
        ("Built weekly revenue dashboards for", 60, 124, 400),
        ("the sales team.", 60, 136, 140),
        ("Jan 2022 - Present", 40, 148, 140),
        ("Data Scientist, Beta", 40, 160, 300),
    ]
    found = in_experience(placed(rows))
    assert found[0].title == "Data Analyst"
    assert all(p.title != "the sales team." for p in found)


def test_an_initiatives_heading_opens_projects_whose_dated_entries_are_positions() -> None:
    # `c430_ai_01`: "A I & DATA INITIATIVES" after the profile (its dated projects had counted as summary lines)
    found = positions("""
        PROFILE
        Graduate focused on building practical AI applications.
        A I & DATA INITIATIVES
        AI Lead Matcher | Next.js, PostgreSQL (Supabase)
        August, 2026
        Implemented hybrid search in PostgreSQL combining SQL filters with embeddings.
    """)
    assert spans(found) == [("2026-08", "2026-08")]
    assert heading_section("Key Initiatives") == "projects"


def test_a_one_line_entry_of_a_year_and_fields_ending_in_a_full_stop_is_a_position() -> None:
    """`c496_un_01` (moderncv, whose entries end in a full stop): "2011 Rayonist, E. Leclerc mall, Montmorillon (86),
    France." under two ranged jobs was lost (read as a sentence); a year before a sentence stays none."""
    found = positions("""
        Seasonal jobs
        2016–2017 Assistant secretary, Saint-Nicolas pharmacy, Montmorillon (86), France.
        2011 Rayonist, E. Leclerc mall, Montmorillon (86), France.
    """)
    assert spans(found) == [("2016-01", "2017-12"), ("2011-01", "2011-12")]
    assert found[1].title == "Rayonist"
    assert positions("Experience\n2011 Won the regional contest with a team of four students.\n") == ()


def test_exposure_consulting_and_freelance_headings_open_the_jobs() -> None:
    """`c503_un_01`: "Industrial Exposure" over "Digital Specialist Engineer – Infosys [February 2022 – Present]" was no
    heading, so its three jobs stayed in the objective above them and were lost."""
    assert heading_section("Industrial Exposure") == "experience"
    assert heading_section("PROFESSIONAL EXPOSURE") == "experience"
    # `c501_ai_02`: consulting work under its own heading, after the jobs ("Consulting Services (@)", an icon lost)
    assert heading_section("Consulting Services (@)") == "experience"
    assert heading_section("Freelancing") == "experience"
    found = positions("""
        Career Objective
        To secure a developer position in a reputed organization.
        Industrial Exposure
        Digital Specialist Engineer – Infosys [February 2022 – Present]
        Worked on multiple technologies including Java, React, Spring Boot etc.
    """)
    assert [(p.title, p.organization, p.start, p.current) for p in found] == [("Digital Specialist Engineer", "Infosys", "2022-02", True)]


def test_a_job_stated_in_a_sentence_with_its_range_is_a_position() -> None:
    """`c511_ds_01` (Word): "Worked as a GET for 10 months at ISGEC Heavy Engineering Yammunanagar," over "Haryana from
    20-07-2015 to 30-05-2016." and "Working as intern with Intellipaat from 11-09-2021 to present." were no positions."""
    found = positions("""
        Working Experience
        Worked as a GET for 10 months at ISGEC Heavy Engineering Yammunanagar,
        Haryana from 20-07-2015 to 30-05-2016.
        Working as intern with Intellipaat from 11-09-2021 to present.
        Publication
        INNOVATORS at SemEval-2021 Task-11: A Dependency Parsing and BERT-based model.
    """)
    assert [(p.title, p.organization, p.start, p.end) for p in found] == [
        ("GET", "ISGEC Heavy Engineering Yammunanagar", "2015-07", "2016-05"),
        ("intern", "Intellipaat", "2021-09", "2026-12"),
    ]
    # a sentence with a period that is no job stays none
    assert positions("Experience\nWorked with survey data from 2010 to 2015 on soil erosion.\n") == ()


def test_a_dated_sentence_inside_an_entry_whose_bullets_are_drawn_stays_in_the_entry() -> None:
    """`w1_ai_01` (reportlab, bullets drawn as shapes): "2021–22, as MLE: neural re-ranker for hotel search in PyTorch
    ..." under "Mar 2021 – Present" opened a position of its own, which took the entry's last lines (PyTorch, the A/B
    test, mentoring) away from the employer's range; the second title line of a promotion was read as the employer."""
    found = positions("""
        Experience
        Senior Machine Learning Engineer
        Mar 2021 – Present
        Machine Learning Engineer
        Booking.com — Amsterdam, Netherlands
        Tech lead of the RAG platform behind the partner-support assistant.
        Moved LLM inference from a vendor API to self-hosted vLLM on EKS.
        Built the offline eval harness and the regression suites on every prompt change.
        2021–22, as MLE: neural re-ranker for hotel search in PyTorch, served from the internal Triton cluster.
        Promoted to Senior in 2023. Mentor 3 engineers.
        Machine Learning Engineer (NLP)
        Jan 2020 – Feb 2021
        Comarch — Kraków, Poland
        Invoice understanding for the e-invoicing product.
    """)
    assert [(p.title, p.organization, p.start, p.end) for p in found] == [
        ("Senior Machine Learning Engineer", "Booking.com", "2021-03", "2026-12"),
        ("Machine Learning Engineer (NLP)", "Comarch", "2020-01", "2021-02"),
    ]
    # a one-line job of its own, in title case, stays a position
    found = positions("""
        Experience
        Data Scientist, Acme
        Mar 2021 – Present
        Built churn models for the retail bank.
        Wrote the quarterly forecasts for finance.
        Answered questions from the sales team.
        2019–20, Analyst at Initech: weekly sales reports for the regional managers and the board.
    """)
    assert [(p.start, p.end) for p in found] == [("2021-03", "2026-12"), ("2019-01", "2020-12")]


def test_since_opening_a_field_of_its_own_is_an_open_range() -> None:
    """`w9_ds_02`: "RWE Supply & Trading GmbH, Essen | since 2021" (six words before "since") was read as how long,
    said inside a sentence, so the current job and its six years were lost."""
    found = positions("""
        Professional experience
        Senior Quantitative Researcher / Data Scientist
        RWE Supply & Trading GmbH, Essen | since 2021
        Short-term forecasting of day-ahead and intraday power prices.
    """)
    assert [(p.organization, p.start, p.current) for p in found] == [("RWE Supply & Trading GmbH", "2021-01", True)]
    assert positions("Experience\nI have run the regional trading desk of the company since 2021 with care.\n") == ()


def test_since_after_a_comma_with_its_capital_closes_a_title_line() -> None:
    """Written slice w348: "Macmillan Cancer Support, London — Data Scientist (Supporter Insight), Since January 2022"
    was read as how long, said inside a sentence: the current job and its five years were lost."""
    found = positions("""
        Experience
        Macmillan Cancer Support, London — Data Scientist (Supporter Insight), Since January 2022
        Built donor lifetime-value and lapse models in R (tidymodels, logistic regression)
        Shelter, London — Insight Analyst, 2018–21
        Analysed supporter and campaign data in R and Excel
    """)
    assert [(p.start, p.end) for p in found] == [("2022-01", "2026-12"), ("2018-01", "2021-12")]
    assert positions("Experience\nI have run the regional trading desk of the company, since 2021 with care.\n") == ()


def test_a_bullet_wrapped_under_its_hanging_indent_stays_in_its_project() -> None:
    """Written slice w20: "• Engineered attendance-streak and assessment-trend features from 5 years of de-identified"
    over "OneSchool records." (set under the bullet's text, a capital after the wrap, each bullet a box of its own) is
    one bullet: the bullets after it still belong to the dated capstone, not to a new undated entry."""
    rows = [
        ("Capstone project", 63, 632, 140, 33),
        ("Jul – Nov 2023", 57, 653, 110, 34),
        ("Predicting student disengagement in senior maths", 156, 654, 400, 35),
        ("UQ capstone with the Queensland Department of Education", 156, 666, 420, 35),
        ("Logistic regression and random forests (R tidymodels, cross-checked in Python /", 156, 679, 540, 35),
        ("scikit-learn) predicting which Year 11 students drop Methods; AUC 0.81 on a hold-out", 165, 691, 540, 35),
        ("year.", 165, 704, 185, 35),
        ("Engineered attendance-streak and assessment-trend features from 5 years of de-identified", 156, 717, 540, 37),
        ("OneSchool records.", 165, 729, 240, 38),
        ("Presented results and recommendations to the Department's Senior Secondary team; final", 156, 742, 540, 39),
        ("report and Shiny app handed over.", 165, 754, 300, 39),
    ]
    bullets = {4, 7, 9}
    lines = [replace(line, bullet=i in bullets) for i, line in enumerate(in_blocks(rows))]
    found = find_positions(lines, [Section("projects", "Capstone project", 0, len(lines))], as_of=month(2026, 12))
    assert [(p.start, p.end, p.last) for p in found] == [("2023-07", "2023-11", 10)]


def test_linkedin_names_the_company_over_the_length_of_its_roles() -> None:
    """Written slice w40: LinkedIn prints "Bumble" / "2 yrs" / "Marketing Analyst" / "Jan 2022 - May 2023 · 1 yr 5 mos":
    the company is Bumble, not the length."""
    rows = [
        ("Pantrio", 50, 100, 100, 0),
        ("Growth Analyst", 50, 112, 150, 0),
        ("Jun 2023 - Present · 3 yrs 7 mos", 50, 124, 250, 0),
        ("Austin, Texas, United States", 50, 136, 250, 0),
        ("Own the activation funnel (install -> signup) in Amplitude.", 50, 148, 400, 0),
        ("Bumble", 50, 160, 100, 0),
        ("2 yrs", 50, 172, 90, 0),
        ("Marketing Analyst", 50, 184, 150, 0),
        ("Jan 2022 - May 2023 · 1 yr 5 mos", 50, 196, 250, 0),
        ("Austin, Texas, United States", 50, 208, 250, 0),
        ("Campaign performance reporting for the brand team in Tableau;", 50, 220, 400, 0),
    ]
    assert [(p.title, p.organization) for p in in_experience(in_blocks(rows))] == [
        ("Growth Analyst", "Pantrio"),
        ("Marketing Analyst", "Bumble"),
    ]


def test_a_line_over_a_whole_dated_header_ends_the_entry_above() -> None:
    """Written slice w44 (Word, no bullet marks): "Coach 4 junior consultants; run the internal Copilot Studio guild" over
    "Client: Vesta Verzekeringen (insurance) — claims assistant Jun 2025 – present" is the last line of the job above,
    not the next entry's title."""
    rows = [
        "Senior Consultant, AI & Data — Northlight Digital B.V., Amsterdam Apr 2023 – present",
        "Microsoft partner boutique (60 people). I lead AI engagements for financial services clients.",
        "Pre-sales: scoping, effort estimates and proposals for 15+ GenAI engagements",
        "Coach 4 junior consultants; run the internal Copilot Studio guild",
        "Client: Vesta Verzekeringen (insurance) — claims assistant Jun 2025 – present",
        "Retrieval-augmented generation over 9,000 policy documents and claim handling procedures",
    ]
    found = in_experience([Line(text, 1, i + 1, 0) for i, text in enumerate(rows)])
    assert [(p.title, p.line) for p in found] == [("Senior Consultant", 1), ("claims assistant", 5)]


def test_a_final_year_project_and_a_thesis_in_another_language_date_their_degree() -> None:
    """`w195_ai_01`, `w193_ds_01`: a degree's "FYP: ..." line and a Czech "Diplomová práce: ..." are its hands-on work;
    the degrees were dropped and their years of Python and statistics lost."""
    found = positions("""
        Education
        B.Eng. Computer Engineering (Hons)
        National University of Singapore
        2016 – 2020
        FYP: CNN fruit-grading classifier on a Raspberry Pi with TF Lite (A grade).
        Ing., Ekonometrie a operační výzkum, Vysoká škola ekonomická v Praze
        2011 – 2016
        Diplomová práce: Bayesovské modely přežití pro předčasné splacení hypoték (R, Stan).
        M.Sc. Data Science, University of Lagos
        2009 – 2011
        Second Class Upper. Coursework: Probability Theory, Regression Analysis.
    """)
    assert spans(found) == [("2016-01", "2020-12"), ("2011-01", "2016-12")]


def test_a_degree_listed_among_the_jobs_counts_as_an_education_entry() -> None:
    """`w194_ml_01`: with no education heading, the degrees printed under Experience were read as jobs; a BSc with no
    line of its own work added four years to the total experience."""
    found = positions("""
        Experience
        08/2017 – 02/2020
        Data Engineer, Elisa Oyj (Helsinki)
        Batch ETL with Spark on the Hadoop cluster (Hive tables) for telecommunications usage data.
        2015 – 2017
        MSc (Tech), Machine Learning, Data Science and AI — Aalto University
        Thesis: session-based churn prediction for mobile games with recurrent neural networks (PyTorch).
        2011 – 2015
        BSc (Tech), Computer Science — Aalto University
        Skills
        Python, Scala, SQL
    """)
    assert spans(found) == [("2017-08", "2020-02"), ("2015-01", "2017-12")]


def test_a_thesis_or_project_line_dated_inside_its_degree_gives_its_own_months() -> None:
    """`w220_ai_01`: "Final-year project (Aug 2018 – Apr 2019): ..." under a 2015 – 2019 degree was dated with the whole
    degree (five years of TensorFlow instead of nine months)."""
    found = positions("""
        Education
        B.Comp. Computer Science (Hons)
        2015 – 2019
        National University of Singapore
        Final-year project (Aug 2018 – Apr 2019): intent classification for a campus chatbot
        with LSTMs in TensorFlow/Keras.
    """)
    assert spans(found) == [("2018-08", "2019-04")]


def test_a_title_over_bar_fields_ending_in_since_and_a_date_is_a_position() -> None:
    """Written slice w241: six capitalised words of a header before "since 04/22" were read as a sentence."""
    found = positions("""
        Experience
        AI Engineer | Moniepoint Inc., Lagos since 04/22
        Built the LLM customer-support assistant.
    """)
    assert [(p.title, p.start, p.current) for p in found] == [("AI Engineer", "2022-04", True)]


def test_a_cohort_year_in_parentheses_under_a_dated_title_opens_no_entry() -> None:
    """Written slice w242: "Avtalsbolaget AI AB, Stockholm (Spark Accelerator batch 2021)" under "AI Engineer" dated
    "2021-03 – now" became a job of its own, 2021 alone, with all the bullets."""
    found = positions("""
        Experience
        AI Engineer (employee #4)    2021-03 – now
        Avtalsbolaget AI AB, Stockholm (Spark Accelerator batch 2021)
        Built the RAG pipeline behind the contract search.
        Backend Developer    2018-06 – 2021-02
        Klarna, Stockholm
        Kotlin microservices in the checkout domain.
    """)
    assert [(p.title, p.start, p.end) for p in found] == [
        ("AI Engineer (employee #4)", "2021-03", "2026-12"),
        ("Backend Developer", "2018-06", "2021-02"),
    ]


def test_a_graduate_certificate_with_a_capstone_is_a_hands_on_education_entry() -> None:
    """Written slice w244: a university's "Graduate Certificate in Data Science" was dropped as a vendor certificate,
    and its capstone's Jupyter and Python months with it; a professional certificate stays no position."""
    found = positions("""
        Education
        Graduate Certificate in Data Science (part-time)    Feb 2020 – Nov 2021
        Monash University, Clayton (online)
        Capstone project: segmented 2M loyalty-card transactions with k-means (scikit-learn) in Jupyter notebooks.
        Google Data Analytics Professional Certificate    Jan 2024 – Feb 2024
        Built a capstone dashboard in Tableau.
    """)
    assert [(p.title, p.start, p.end) for p in found] == [("Graduate Certificate in Data Science (part-time)", "2020-02", "2021-11")]


def test_a_later_title_noted_in_parentheses_leaves_the_employers_range() -> None:
    """Written slice w250: "Registered Nurse (Clinical Nurse from 2019)" over "... Hospital 01/2015 – 06/2023" ran the
    job from 2015 to the present."""
    found = positions("""
        Other Experience
        Registered Nurse (Clinical Nurse from 2019)
        Royal Brisbane and Women's Hospital    01/2015 – 06/2023
        Patient care for 6-8 patients per shift.
    """)
    assert [(p.start, p.end, p.current) for p in found] == [("2015-01", "2023-06", False)]


def test_a_paragraph_opening_with_its_jobs_name_run_in_belongs_to_that_job() -> None:
    """Written slice w272: a table of jobs, then "Key responsibilities" paragraphs opening "Seplat Energy Plc (Data
    Scientist): ..." — every paragraph went to the last row, a graduate traineeship."""
    text = """
        Professional experience
        Data Scientist, Seplat Energy Plc    Jan 2022 – Present
        Data Analyst (Loss Reduction Unit), Ikeja Electric Plc    Jun 2018 – Dec 2021
        Key responsibilities
        Seplat Energy Plc (Data Scientist): Build and maintain the monthly gas demand forecasting models
        used by the Gas Commercial team.
        Ikeja Electric Plc (Data Analyst): Analysed customer billing and prepaid metering data to find
        energy theft hot-spots by feeder.
    """
    lines = lines_of(text)
    found = in_experience(lines)
    owner = {lines[i].text.split(":")[0]: p.start for p in found for i in p.members if ":" in lines[i].text}
    assert owner == {"Seplat Energy Plc (Data Scientist)": "2022-01", "Ikeja Electric Plc (Data Analyst)": "2018-06"}


def test_a_table_of_jobs_with_from_and_to_columns_then_a_paragraph_per_job() -> None:
    """Written slice w362: "Employer / Designation / From / To" read one cell a line ("Jan 2022" / "Till Date"): each
    job was one month long, and the paragraphs headed "Meezan Bank Limited – Job Responsibilities" went to the last row."""
    lines = lines_of("""
        Professional Experience
        Employer
        Designation
        From
        To
        Meezan Bank Limited, Karachi
        Data Scientist – Risk Analytics
        Jan 2022
        Till Date
        Habib Bank Limited (HBL), Karachi
        Assistant Manager, Credit Risk MIS
        Jul 2018
        Dec 2021
        Jazz (Mobilink), Islamabad
        Intern – Business Intelligence
        Jun 2017
        Aug 2017
        Meezan Bank Limited – Job Responsibilities
        Developed application scorecards using logistic regression in SAS and Python
        Habib Bank Limited – Job Responsibilities
        Prepared daily and monthly MIS reports and Power BI dashboards on NPLs
        Jazz – Internship
        Churn analysis of prepaid subscribers using Excel and SQL
    """)
    found = find_positions(lines, sections_of(lines), as_of=AS_OF)
    assert spans(found) == [("2022-01", "2026-12"), ("2018-07", "2021-12"), ("2017-06", "2017-08")]
    texts = [" ".join(lines[i].text for i in p.members) for p in found]
    assert "scorecards" in texts[0] and "Power BI" in texts[1] and "Churn" in texts[2]
    assert "Churn" not in texts[1]


def test_dates_in_a_left_margin_above_its_first_heading_go_to_the_titles_level_with_them() -> None:
    """Written slice w379: a German CV prints each job's dates and city in a left margin ("04/2022 – heute" over
    "München"), above that margin's "SKILLS" heading; the margin has headings of its own, so its dates went nowhere and
    every job was undated."""
    rows = [
        ("04/2022 – heute", 77, 200, 140, 2),
        ("München", 109, 211, 140, 2),
        ("10/2018 – 03/2022", 69, 343, 140, 3),
        ("Stuttgart", 112, 354, 140, 3),
        ("SKILLS", 40, 600, 100, 4),
        ("Python, C++17, CUDA", 40, 615, 140, 4),
        ("Berufserfahrung / Experience", 170, 183, 324, 13),
        ("Senior ML Engineer, Grasping", 170, 199, 313, 14),
        ("Greifwerk Robotics GmbH", 170, 212, 275, 14),
        ("Train 6-DoF grasp pose networks in PyTorch on synthetic and real depth data.", 170, 224, 551, 14),
        ("Research Engineer", 170, 342, 261, 23),
        ("Fraunhofer IPA – Robot and Assistive Systems", 170, 355, 358, 23),
        ("Bin-picking perception: instance segmentation networks in TensorFlow.", 170, 367, 557, 23),
    ]
    lines = [replace(line, column=1 if line.x0 < 160 else 2) for line in in_blocks(rows)]
    sections = [Section(HEADER, "", 0, 4), Section("skills", "SKILLS", 4, 6), Section("experience", "Experience", 6, len(lines))]
    found = find_positions(lines, sections, as_of=AS_OF)
    assert spans(found) == [("2022-04", "2026-12"), ("2018-10", "2022-03")]
    assert [p.title for p in found] == ["Senior ML Engineer", "Research Engineer"]


def test_a_range_in_an_aside_is_a_note_beside_the_entrys_own_range() -> None:
    """Written slice w387: "Data Analyst | Zendesk, San Francisco, CA (remote from 2020) Jun 2019 – Feb 2023" opened no
    entry (the open range in the aside was read as the line's date), so its four years went to the job above."""
    found = positions("""
        Experience
        Experimentation Lead (interim) Jan 2025 – Present
        Run the A/B testing program: 30+ experiments a quarter on the pricing page.
        Data Analyst | Zendesk, San Francisco, CA (remote from 2020) Jun 2019 – Feb 2023
        Built and maintained weekly Tableau dashboards on ticket volume for Support Ops.
    """)
    assert spans(found) == [("2025-01", "2026-12"), ("2019-06", "2023-02")]


def test_a_career_summary_table_then_its_details_past_the_education() -> None:
    """Written slice w399: "Career Summary" rows (Years / Role / Company), then Education, Technical Skills and
    Interests, then "Career Details" with a paragraph per job: the paragraphs went to no job."""
    lines = lines_of("""
        Career Summary
        Years
        Role
        Company
        2021 – present
        Senior Data Scientist
        eir
        2018 – 2021
        Data Scientist
        Three Ireland
        Education
        MSc Data Analytics, University College Dublin, 2015 – 2016
        Dissertation: predicting readmissions with logistic regression in R.
        Technical Skills
        Python, SQL, R
        Career Details
        Senior Data Scientist – eir (Consumer Analytics)
        Churn prediction in PySpark on Databricks.
        Data Scientist – Three Ireland (Network Performance)
        Anomaly detection on network alarm streams.
    """)
    sections = [
        Section("experience", "Career Summary", 0, 10),
        Section("education", "Education", 10, 13),
        Section("skills", "Technical Skills", 13, 15),
        Section("experience", "Career Details", 15, len(lines)),
    ]
    found = find_positions(lines, sections, as_of=AS_OF)
    texts = {p.organization: " ".join(lines[i].text for i in p.members) for p in found}
    assert "Churn prediction" in texts["eir"] and "Anomaly detection" in texts["Three Ireland"]


def test_a_jobs_project_table_after_a_line_of_its_own_stays_in_the_job() -> None:
    """Written slice w420 (a Naukri resume): "Project" over the project's name, its "Duration" inside the job's range,
    after a line of the job's own; the project's lines were in no position."""
    found = positions(
        """
        Work Experience
        Tejas Imaging Solutions, Bangalore — Computer Vision Engineer
        Jun 2020 to Dec 2022
        Joined as Graduate Engineer Trainee; four weeks of induction on Linux and the company's camera SDK.
        Project
        PCB Solder Defect Inspection
        Client
        Electronics contract manufacturer, Hosur
        Duration:
        Jul 2020 to Dec 2022
        Responsibilities
        Built a CNN defect classifier in Keras (TensorFlow 2) for six solder-defect classes.
        """
    )
    assert [(p.title, p.start, p.end) for p in found] == [
        ("Computer Vision Engineer", "2020-06", "2022-12"),
        ("PCB Solder Defect Inspection", "2020-07", "2022-12"),
    ]
    assert found[1].last == found[1].first + 6  # the project's lines, down to its responsibilities


def test_a_promotion_noted_beside_a_title_leaves_the_range_above_it() -> None:
    """Written slice w553: "(Senior from 2022)" beside a title under its range; the promotion's year became the job's
    start and the range above was lost."""
    found = positions(
        """
        Experience
        Sept 2019 – to date
        Pricing Data Scientist (Senior from 2022)
        Aer Liath Airways, Dublin
        Built fare elasticity models for the revenue team.
        Mar 2016 – Aug 2019
        Commercial Insights Analyst
        Celtic Link Ferries, Dublin
        Built weekly booking reports.
        """
    )
    assert [(p.start, p.end) for p in found] == [("2019-09", "2026-12"), ("2016-03", "2019-08")]


def test_a_thesis_dated_on_the_line_under_its_label_is_the_degrees_position() -> None:
    """Written slice w684: "Undergraduate thesis — ..." over "Aug 2025 – May 2026" and its lines ("Cleaned and explored
    ... records", "Fitted ... models") gave no position: the range was read as an entry with no title."""
    found = positions(
        """
        Education
        BS Statistics
        University of the Philippines Diliman, School of Statistics
        2022 – 2026
        Undergraduate thesis — Who goes hungry? Household food insecurity
        Aug 2025 – May 2026
        Cleaned and explored 160,000 household records from the survey in R.
        Fitted survey-weighted logistic regression models of food insecurity.
        """
    )
    assert [(p.start, p.end) for p in found] == [("2025-08", "2026-05")]
    assert found[0].last - found[0].first == 3


def test_a_bootcamp_under_training_and_education_is_a_position_and_reports_are_no_degree_work() -> None:
    """Written slices w681 and w683: "TRAINING & EDUCATION" was read as certifications (its bootcamp's capstone was no
    position), and a "SELECTED REPORTS" title under the degrees ("... Evidence from the Rift Valley, Kilimo Research")
    made a degree a position of five years."""
    found = positions(
        """
        Training & Education
        Data Analytics Bootcamp — Loop Academy, Chicago | Fall 2023
        Capstone: explored two years of bike-share trips in pandas and presented a recommendation.
        """
    )
    assert [(p.title, p.start, p.end) for p in found] == [("Data Analytics Bootcamp", "2023-09", "2023-11")]
    assert not positions(
        """
        Education
        BSc Agricultural Economics
        Egerton University | 2011 – 2015
        Selected Reports
        Who benefits from input subsidies? Evidence from the Rift Valley, Kilimo Research
        Trust working paper (2021).
        """
    )


def test_since_a_year_in_a_wrapped_sentence_heads_no_entry() -> None:
    """Written slice w731 (`w731_un_01`): "(about 1,100" over "clients, filed by surname since 1961)." made a position
    from 1961 to now, and total experience 66 years."""
    found = positions(
        """
        Experience
        Head Cutter and Workroom Manager    Mar 2014 – Present
        Sartoria Esposito & Figli, Naples
        Draft every client's paper patterns by hand and keep the pattern archive (about 1,100
        clients, filed by surname since 1961).
        """
    )
    assert [(p.title, p.start) for p in found] == [("Head Cutter and Workroom Manager", "2014-03")]


def test_where_i_have_worked_heads_the_jobs() -> None:
    """Written slice w754 (`w754_ds_02`): "Where I have worked" was no heading, so the jobs under it stayed in the header (and
    in the PDF the current one took the person's name as its title)."""
    from gapcheck.sections import heading_section

    assert heading_section("Where I have worked") == "experience"
    assert heading_section("What I do") == "summary"


def test_a_title_line_of_fields_ending_in_since_a_year_is_a_current_job() -> None:
    """Written slice w809: "Senior Scientist, Quantitative Pharmacology, Rheinau Pharma AG, since 2020" headed no job."""
    from gapcheck import analyze_text

    report = analyze_text(
        "Professional experience\nSenior Scientist, Quantitative Pharmacology, Rheinau Pharma AG, since 2020\n"
        "I build Bayesian dose-response models in Stan and present the results to the project teams.\n"
        "Postdoctoral Researcher, Biozentrum, University of Basel, 2017 to 2020\nKinetics of receptor binding in R.\n",
        as_of="2026-12",
    )
    assert [(p.start, p.end) for p in report.positions] == [("2020-01", "2026-12"), ("2017-01", "2020-12")]


def test_an_indonesian_or_portuguese_thesis_dates_its_degree() -> None:
    """`w853_ds_05`, `w883_ai_05`: a degree's "Skripsi: ..." (Indonesian) or "Dissertação: ..." (Portuguese) line was not
    read as its hands-on work, and the degree's years of its skills were lost."""
    found = positions("""
        Education
        S.Si. Statistika (BSc Statistics), Universitas Gadjah Mada
        2015 – 2019
        Skripsi: survival analysis of customer churn in a telco using Cox regression in R.
        Bacharelado em Estatística, Universidade de São Paulo
        2010 – 2014
        TCC: modelos de sobrevivência para inadimplência em R.
        Mestrado em Engenharia Informática, Instituto Superior Técnico
        2007 – 2009
        Dissertação: destilação de conhecimento para modelos de linguagem compactos.
    """)
    assert spans(found) == [("2015-01", "2019-12"), ("2010-01", "2014-12"), ("2007-01", "2009-12")]
