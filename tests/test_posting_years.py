"""Years requirements read from job postings: per skill and overall."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from gapcheck import Analyzer
from gapcheck.posting import years_required

_SKILLS = {
    "python": r"\bPython\b",
    "kubernetes": r"\bKubernetes\b",
    "machine_learning": r"\bmachine learning\b|\bML\b",
    "sql": r"\bSQL\b",
    "pytorch": r"\bPyTorch\b",
    "model_serving": r"\bdeploying machine learning models\b",
}


def _years(*lines: str) -> tuple[dict[str, int], int | None]:
    hits = [
        (skill, index, m.start(), m.end())
        for index, line in enumerate(lines)
        for skill, pattern in _SKILLS.items()
        for m in re.finditer(pattern, line, re.IGNORECASE)
    ]
    return years_required(lines, hits)


@pytest.mark.parametrize(
    ("line", "skills", "overall"),
    [
        ("3+ years of Python", {"python": 3}, None),
        ("At least two years with Kubernetes", {"kubernetes": 2}, None),
        ("5+ years of experience in machine learning", {"machine_learning": 5}, None),
        ("A minimum of 3 years of professional experience", {}, 3),
        ("Minimum of 4 years", {}, 4),
        ("2-4 years of experience with SQL", {"sql": 2}, None),
        ("2 to 4 years of SQL", {"sql": 2}, None),
        ("8‐10+ years of enterprise software sales experience", {}, 8),  # a Unicode hyphen
        ("Experience: 4.00 + years", {}, 4),
        ("At least 10 years of relevant experience in a Market research or Data analytical function", {}, 10),
        ("At least 2.5 years of Python", {"python": 2}, None),
        ("Python (3+ years)", {"python": 3}, None),
        ("Kubernetes: 2+ years", {"kubernetes": 2}, None),
        ("Three years of Python and SQL", {"python": 3, "sql": 3}, None),
        ("5+ years of experience in software engineering; strong Python", {}, 5),
        ("5+ years in analytics engineering, deep dbt experience, strong SQL", {}, 5),
        ("4+ years of Python, SQL and PyTorch", {"python": 4, "sql": 4, "pytorch": 4}, None),
        ("3+ years of experience with Python, and 2 years with PyTorch", {"python": 3, "pytorch": 2}, None),
        ("8+ YOE with Bachelor's, 5+ YOE with Master's", {}, 5),
        ("5-7+ years with a bachelor's degree, 3+ years with a graduate degree", {}, 3),
        ("4+ yrs experience with advanced techniques such as machine learning and PyTorch", {}, 4),
        (
            "Strong Python and its libraries, and implementing machine learning techniques (6+ years)",
            {"python": 6, "machine_learning": 6},
            None,
        ),
        ("1-3 years professional experience as an ML Engineer/Data Engineer", {}, 1),
        ("3+ years experience as an ML engineer/researcher", {}, 3),  # a role's years (labellers of later slices)
        ("At least two years of industry experience in AI/ML/data-science roles", {}, 2),
        ("5+ years of relevant experience in roles that require strong machine learning", {}, 5),
        ("5+ years of Python development for ML solutions", {"python": 5}, None),
        ("At least 3 years of experience in machine learning methodologies and SQL", {"machine_learning": 3, "sql": 3}, None),
        ("More than 5 years of experience in Data Science and AI / ML domain", {}, 5),
        ("Commercial experience of Python and Linux (two years at least)", {"python": 2}, None),
        ("At least a year of professional experience in building software", {}, 1),
        ("2 or more years of experience in machine learning", {"machine_learning": 2}, None),
        ("3+ Experience in scalable Python development", {"python": 3}, None),
        ("3+ years in software engineering with AI/ML integration experience", {}, 3),
        # written slice w790: the years said to be the whole are the overall years
        (
            "At least two years' experience building products on top of large language models, and 4+ years of software "
            "engineering overall",
            {},
            4,
        ),
    ],
)
def test_years_requirements(line: str, skills: dict[str, int], overall: int | None) -> None:
    assert _years(line) == (skills, overall)


def test_a_table_of_skills_and_their_years_asks_each_skill_its_years() -> None:
    """Written slice w365: "| Python | 4+ years |" rows of a Markdown table were read as the overall years."""
    job = Analyzer().read_job(
        text="Requirements\n| Skill / area | Experience |\n|---|---|\n| Professional engineering experience | 5+ years |\n"
        "| Python | 4+ years |\n| PyTorch | 2+ years |\n"
    )
    assert (dict(job.years), job.years_overall) == ({"python": 4, "pytorch": 2}, 5)


def test_years_applying_either_field_and_the_span_a_forecast_covers() -> None:
    """Written slice w381: "(normally two or more years) applying statistics or data science" are the overall years,
    and "(monthly to 20-year) load forecasts" asks for no years at all."""
    job = Analyzer().read_job(
        text="Essential criteria\n* Substantial experience (normally two or more years) applying statistics or data "
        "science in a professional setting\n"
    )
    assert (dict(job.years), job.years_overall) == ({}, 2)
    job = Analyzer().read_job(
        text="Duties\n1. Develops long-term (monthly to 20-year) load forecasts using time-series and regression methods\n"
    )
    assert (dict(job.years), job.years_overall) == ({}, None)
    assert _years("3-year hands-on experience in Python") == ({"python": 3}, None)


def test_a_couple_of_years_are_two() -> None:
    """Written slice w392: "a couple of years doing this somewhere" asked for two years."""
    assert _years("a couple of years doing this somewhere") == ({}, 2)
    assert _years("A couple of years of Python") == ({"python": 2}, None)


def test_years_doing_a_field_are_the_overall_years() -> None:
    """Written slice w365: "~2 years doing product analytics or data science at a consumer company" ("doing" is a
    gerund of two letters before its "-ing")."""
    assert _years("~2 years doing data science at a consumer company") == ({}, 2)


def test_years_of_it_after_the_sentence_that_named_the_skill_are_that_skills() -> None:
    """Written slice w349: "python, like properly. 2 to 4 years of it in a real job" (the skill named in the item's
    sentence before the years)."""
    assert _years("Python, like properly. 2 to 4 years of it in a real job") == ({"python": 2}, None)


def test_a_shorter_degree_path_shortens_the_years_just_before_it_not_an_earlier_sentences() -> None:
    """Written slice w357: "... run backtests over ten years of weather grids with Dask ... We'd expect 4-6 years of
    industry experience with a Bachelor's, or 2+ years with a PhD" asked 2 years of Dask and 4 overall."""
    job = Analyzer().read_job(
        text="About the role\nYou'll run backtests over ten years of weather grids with Dask when a laptop won't do. We'd "
        "expect 4-6 years of industry experience with a Bachelor's, or 2+ years with a PhD in a quantitative field.\n"
    )
    assert (dict(job.years), job.years_overall) == ({}, 2)


@pytest.mark.parametrize(
    "line",
    [
        "Founded 20 years ago, we build Python tools",
        "Python 3.10 and SQL",
        "We have grown for 10 years and counting",
        "Employees older than 18 years of age",
        "Version 2 of our Python platform",
    ],
)
def test_numbers_that_ask_for_nothing(line: str) -> None:
    assert _years(line) == ({}, None)


def test_first_overall_requirement_wins_and_skills_keep_their_own() -> None:
    assert _years("7+ years of industry experience", "3+ years of Python", "10 years of experience preferred") == (
        {"python": 3},
        7,
    )


def test_years_after_a_role_named_by_a_skill_belong_to_that_skill() -> None:
    from gapcheck import Analyzer

    job = Analyzer().read_job(text="We are looking for an experienced ML engineer (+3 years) to work on our inference systems.")
    assert dict(job.years) == {"machine_learning": 3}
    assert job.years_overall is None


def test_years_in_parentheses_after_a_skill_beat_a_skill_later_on_the_line() -> None:
    from gapcheck import Analyzer

    job = Analyzer().read_job(text="Experienced ML engineer (+3 years) to work on our model inference systems and data platform.")
    assert dict(job.years) == {"machine_learning": 3}


def test_either_degree_path_asks_for_the_smaller_number_of_years() -> None:
    assert _years("- Bachelors + 8yrs of related experience OR Masters + 6 years of related experience.") == ({}, 6)
    # written slice w210: a degree named by its letters ("or an MS and 4+ years") is another path to the skill's years
    assert _years(
        "- PhD in Computer Science or a related field and 2+ years of experience building machine learning models, or an MS and 4+ years."
    ) == ({"machine_learning": 2}, None)


def test_a_wish_in_an_aside_wrapped_onto_the_next_line_softens_only_the_aside() -> None:
    """`w197_ai_02`: "(of which ideally a year or more on" ended the line, the aside's "ideally" read as the whole
    sentence's wish and the three years of Python were lost."""
    assert _years(
        "What they need to see: around three years building software in Python (of which ideally a year or more on",
        "LLM/GenAI use cases), solid understanding of machine learning basics.",
    ) == ({"python": 3}, None)


def test_years_of_a_skill_joined_to_a_kind_of_engineering_are_overall() -> None:
    """`w197_ml_01`: "software/ML engineering" is either field of work; the four years were read as machine learning's."""
    assert _years("- 4+ yrs software/ML engineering experience") == ({}, 4)
    assert _years("- 4+ yrs ML engineering experience") == ({"machine_learning": 4}, None)
    # written slice w222: a skill joined by a slash to a field that is no skill
    assert _years("- 10+ years of applied ML / data science experience") == ({}, 10)


def test_years_of_the_required_experience_that_must_include_a_skill_are_the_skills() -> None:
    """Written slice w221: "Two (2) years of the required experience must include writing SQL." was read as a third
    path to the job (two years overall) instead of SQL's part of the years."""
    assert _years(
        "A Bachelor's degree AND five (5) years of professional experience in research or analytics; OR a Master's degree "
        "AND three (3) years of such experience. Two (2) years of the required experience must include writing SQL."
    ) == ({"sql": 2}, 3)


def test_years_that_are_only_preferred_ask_for_nothing_but_the_next_sentence_does_not_soften_them() -> None:
    assert _years("- 5+ years of senior management experience preferred.") == ({}, None)
    assert _years("5+ years experience in digital marketing. Previous account management in an agency is a plus.") == ({}, 5)


def test_a_job_requirements_heading_ends_a_compensation_section() -> None:
    from gapcheck import Analyzer

    text = (
        "Compensation\nThe budgeted compensation range for this role is 58,000 to 64,000 a year.\n"
        "Job requirements\n* 1+ years of experience with relational databases (Postgres, MariaDB).\n"
        "* Familiarity with containerization and AWS.\n"
    )
    job = Analyzer().read_job(text=text)
    assert {"sql", "docker", "cloud"} <= set(job.required)
    assert dict(job.years) == {"sql": 1}


def test_a_skill_named_inside_the_skill_the_years_ask_for_gets_the_years_too() -> None:
    assert _years("4+ yrs developing and deploying machine learning models") == ({"model_serving": 4, "machine_learning": 4}, None)


def test_years_a_posting_only_prefers_count_when_nothing_else_asks_for_years() -> None:
    lines = ["5+ years of Python", "Nice to have", "2+ years applying large language models"]
    assert years_required(lines, [("python", 0, 11, 17)], optional={2}) == ({"python": 5}, None)
    only_preferred = ["Python and SQL", "Preferred experience", "1-3 years of professional experience as an engineer"]
    assert years_required(only_preferred, [("python", 0, 0, 6)], optional={2}) == ({}, 1)


def test_a_job_reads_no_years_from_its_nice_to_have_block() -> None:
    from gapcheck import Analyzer

    job = Analyzer().read_job(
        text="ML Engineer\n\nRequirements\n- 5+ years of Python development\n\nNice to have\n- 2+ years applying large language models\n"
    )
    assert dict(job.years) == {"python": 5} and job.years_overall is None


def test_a_skill_asked_at_several_levels_takes_the_least_years() -> None:
    assert _years("- 1 or more years of experience in ML", "- 3 or more years of experience in ML") == ({"machine_learning": 1}, None)


def test_how_long_the_team_has_stayed_asks_for_no_years() -> None:
    assert _years("All of the members of our team have worked with us for more than 2 years.") == ({}, None)
    assert _years("You have worked with Python for more than 2 years.") == ({"python": 2}, None)


def test_a_wish_for_the_domain_does_not_soften_the_years() -> None:
    assert _years("3 to 6 years of experience in data science, ideally in aerospace or manufacturing") == ({}, 3)
    assert _years("5+ years of management experience preferred") == ({}, None)


def test_years_in_a_kind_of_role_are_the_overall_years() -> None:
    assert _years("3-7 years in a solutions engineering or architect role or equivalent.") == ({}, 3)
    assert _years("2 years in a Python development role.") == ({"python": 2}, None)
    # a skill that names one of two roles is no skill the years are of
    assert _years("At least 4 years of relevant work experience in a machine learning or SQL analytics position.") == ({}, 4)


def test_years_cut_from_their_skill_by_a_line_too_long_to_match_stay_with_it() -> None:
    # a scraper that dropped every line break leaves one line of thousands of characters, cut into pieces for
    # matching: the cut falls after a sentence, not between "experience with" and "Python"
    from gapcheck import Analyzer

    filler = "We build software for public agencies and care about our people. " * 14
    requirement = "Required Qualifications: 5+ years of professional experience with Python and JavaScript. "
    text = filler + "Apply today from anywhere. " + requirement + filler
    assert text.index("5+ years") < 1000 < text.index("Python")
    job = Analyzer().read_job(text=text)
    assert dict(job.years) == {"python": 5}


def test_figures_repeated_in_parentheses_and_experience_of_any_kind() -> None:
    assert _years("Six to seven (6-7) years' relevant experience with high performance computation.") == ({}, 6)
    assert _years("1 to 3 years of professional or ML project experience.") == ({}, 1)
    assert _years("3+ years of ML and Python experience.") == ({"machine_learning": 3, "python": 3}, None)


def test_years_in_parentheses_after_a_role_and_a_comma_inside_the_experience_words() -> None:
    assert _years("We are looking for a senior engineer (9+ years) with hands-on ML and Python experience.") == ({}, 9)
    assert _years("At least 2+ year of relevant, practical experience in ML - Mandatory") == ({"machine_learning": 2}, None)


@pytest.mark.parametrize(
    "line",
    [
        "- 3+ years experience developing and deploying ML models",
        "+4 years of experience developing and shipping ML models in production environments",
        "3+ years building and deploying ML systems in production environments",
    ],
)
def test_years_of_deploying_models_are_years_of_machine_learning(line: str) -> None:
    from gapcheck import Analyzer

    job = Analyzer().read_job(text=f"ML Engineer\nRequirements\n{line}\n")
    assert dict(job.years) == {"machine_learning": int(line.lstrip("-+ ")[0])}
    assert "model_serving" in job.required


def test_years_of_a_skill_named_with_a_broader_one_are_the_broader_ones() -> None:
    line = "3+ years of Foo and Bar"
    hits = [("foo", 0, 12, 15), ("bar", 0, 20, 23)]
    assert years_required([line], hits)[0] == {"foo": 3, "bar": 3}
    assert years_required([line], hits, broader={"foo": ["bar"]})[0] == {"bar": 3}


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        (
            "An MS/BS in Computer Science and 2+ years of industry experience in ML; or a PhD and 0+ years of industry experience.",
            None,
        ),
        ("- Direct mentorship from ML veterans with 12+ years of experience", None),
        ("Join a team with over 20 years of experience in fintech", None),
        ("A team player with 3+ years of experience", 3),
        # the PhD path asks for no years: the least any path asks (the labelling rules, since 2026-12-03)
        ("PhD, or Master's degree and 6+ years of applied research experience", None),
        # how long the job lasts (postings81)
        ("This fully remote, grant-funded position has a minimum duration of 2 years, with the potential for extension.", None),
        ("The contract has an initial term of 3 years; 4+ years of experience required.", 4),
    ],
)
def test_years_that_ask_nothing_of_the_hire(line: str, expected: int | None) -> None:
    years, overall = years_required([line], [])
    assert (years, overall) == ({}, expected)


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        ("Between 2- and 5-years’ experience in the field", 2),
        ("Between 2 and 5 years of experience", 2),
        ("2-years experience in a similar role", 2),
    ],
)
def test_a_range_said_with_and_or_a_hyphen_before_years_counts_its_lower_bound(line: str, expected: int) -> None:
    assert years_required([line], []) == ({}, expected)


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        ("PayPal has been revolutionizing commerce globally for more than 25 years. Creating experiences", None),
        ("The ideal candidate has been working for over 3 years in data science", 3),
        ("1 to 3 years of professional sales experience, preferably business-to-business", 1),
        ("Nuro exists to better everyday life. Founded in 2016, Nuro has spent eight years developing AD technology.", None),
        ("Must have spent at least 3 years in a data analyst role", 3),
        ("QualificationsEducation & Experience3+ years of experience working with data", 3),
        ("• High School Diploma or equivalent • Basic understanding of accounting fundamentals or 1 year of accounting experience", None),
        ("A Bachelor degree in computer science or 3 years of relevant experience", None),
        ("3+ years of Python or 2+ years of Go", 2),
        (
            "0-2 years of experience in cloud engineering or a related field. In the absence of a degree, a minimum of "
            "4 years of related experience is required.",
            None,
        ),
    ],
)
def test_a_companys_history_asks_nothing_and_a_wish_after_the_years_leaves_them_standing(line: str, expected: int | None) -> None:
    assert years_required([line], []) == ({}, expected)


def test_years_of_activities_listed_before_the_skill_are_that_skills() -> None:
    from gapcheck import Analyzer

    job = Analyzer().read_job(text="Requirements\n2+ years' experience in designing, testing, and optimizing prompts for LLMs.\n")
    assert dict(job.years) == {"prompt_engineering": 2}
    assert job.years_overall is None


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        # "or similar technical roles" after a long list of fields: years of work in general
        ("4+ years of experience in AI/ML engineering, MLOps, systems architecture, or similar technical roles", ({}, 4)),
        # a word between the figure and "years"
        ("Typically has 2-3+ total years related experience, generally in financial or business analysis", ({}, 2)),
        # a path to the job without years
        ("A new graduate or 1-2 years of work experience in financial services or regulation", ({}, None)),
    ],
)
def test_years_of_similar_roles_total_years_and_a_graduate_path(line: str, expected: tuple[dict[str, int], int | None]) -> None:
    assert _years(line) == expected


def test_a_list_run_into_one_line_is_cut_after_an_item() -> None:
    from gapcheck import Analyzer

    items = "".join(f"- Experience with data system number {n} in production" for n in range(18))
    text = "What You Need" + items + "- Experience with Airflow DAGs- 2+ years of Python development experience- Spark" + items
    assert text.index("2+ years") < 1000 < text.index("Python")
    assert dict(Analyzer().read_job(text=text).years) == {"python": 2}


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        ("3-4 years building production software with a focus on backend services.", ({}, 3)),
        ("What You'll Need1-3 years of experience as a data scientist at a company with global operations.", ({}, 1)),
        ("Named a best place to work 3 years in a row and growing for 5 years running.", ({}, None)),
    ],
)
def test_years_of_doing_the_work_a_glued_range_and_years_in_a_row(line: str, expected: tuple[dict[str, int], int | None]) -> None:
    assert _years(line) == expected


def test_years_closing_a_requirement_skip_an_alternative_and_an_aside_that_is_a_plus() -> None:
    from gapcheck import Analyzer

    analyzer = Analyzer()
    job = analyzer.read_job(text="Strong proficiency in SQL and Python (or R) (+3 years of experience)\n")
    assert dict(job.years) == {"sql": 3, "python": 3}
    job = analyzer.read_job(
        text="Hands-on developer with 3+ years of experience and excellent programming skills (Python is a strong plus)\n"
    )
    assert (dict(job.years), job.years_overall, job.optional) == ({}, 3, ("python",))
    job = analyzer.read_job(text="5+ years of management experience (strongly preferred)\n")
    assert job.years_overall is None


def test_a_skill_row_with_a_version_like_figure_a_degrees_length_and_a_path_without_experience() -> None:
    from gapcheck import Analyzer

    analyzer = Analyzer()
    assert dict(analyzer.read_job(text="Necessary Skills:\nPython 2+ years\n").years) == {"python": 2}
    job = analyzer.read_job(text="Minimum 4 year degree in Electrical Engineering.\nMinimum 3 years engineering experience.\n")
    assert job.years_overall == 3
    job = analyzer.read_job(
        text="We want 1-2 years of experience; candidates with an MA or PhD will be considered in the absence of "
        "professional working experience.\n"
    )
    assert job.years_overall is None


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        ("5+ years of professional work experience as a machine learning and/or software engineer", ({}, 5)),
        ("1- 4 years of real-world work experience in software development for high-end machine learning algorithms.", ({}, 1)),
        ("2-7 years of food industry experience required, dairy and/or non-dairy is preferred", ({}, 2)),
    ],
)
def test_years_as_either_engineer_in_a_field_for_a_skill_and_a_preferred_aside(
    line: str, expected: tuple[dict[str, int], int | None]
) -> None:
    assert _years(line) == expected


def test_years_as_either_engineer_with_spaces_around_the_slash_are_overall() -> None:
    """`p112_ai_01`: "15+ years of experience as a software and / or ML engineer" (the ML skill is one of the roles)."""
    from gapcheck import Analyzer

    job = Analyzer().read_job(text="Requirements\n- 15+ years of experience as a software and / or ML engineer.\n")
    assert (dict(job.years), job.years_overall) == ({}, 15)


def test_years_with_experience_in_a_skill_are_the_skills() -> None:
    """`p113_de_01`: "10+ years with hands-on experience in AWS." ("with" opens the experience as "of" does)."""
    from gapcheck import Analyzer

    job = Analyzer().read_job(text="Requirements\n- 10+ years with hands-on experience in AWS.\n")
    assert (dict(job.years), job.years_overall) == ({"cloud": 10}, None)
    job = Analyzer().read_job(text="Requirements\n- 8+ years with DevOps experience using AWS\n")
    assert (dict(job.years), job.years_overall) == ({}, 8)


def test_a_wish_after_a_dash_leaves_the_years_and_the_skill_before_it_required() -> None:
    from gapcheck import Analyzer

    job = Analyzer().read_job(text="Requirements:\n3+ years in MLOps, DevOps, or platform engineering — ideally with LLM systems\n")
    assert job.years_overall == 3
    job = Analyzer().read_job(text="Requirements:\n3+ years of Python — ideally with PyTorch\n")
    assert job.required == ("python",) and job.optional == ("pytorch",) and dict(job.years) == {"python": 3}


def test_markdown_escapes_of_a_converted_posting_do_not_hide_its_years(tmp_path: Path) -> None:
    """Converters from HTML to Markdown escape punctuation ("3\\+ years of hands\\-on experience")."""
    from gapcheck import Analyzer

    path = tmp_path / "posting.md"
    path.write_text(
        "## Qualifications\n"
        "* 3\\+ years of Python programming experience\\. Familiarity with ML frameworks \\(e\\.g\\., PyTorch\\)\n"
        "* 2\\+ years of SQL experience working with large\\-scale data\n",
        encoding="utf-8",
    )
    job = Analyzer().read_job(path)
    assert dict(job.years) == {"python": 3, "sql": 2}


@pytest.mark.parametrize(
    "line",
    [
        "2+ years of professional experience as a Machine Learning Engineer, Data Scientist, or equivalent role",
        "3+ years of experience in machine learning or data engineering",
        "5 to 15+ years of experience in software architecture or AI/ML solution design",
        # `p180_ai_01`: fields set apart by slashes
        "8+ years in ML / Data Science / Research Engineering (Postdoc/Faculty can count towards this);",
    ],
)
def test_years_as_one_of_several_roles_or_in_either_of_two_fields_are_overall(line: str) -> None:
    from gapcheck import Analyzer

    job = Analyzer().read_job(text=f"Requirements:\n{line}\n")
    assert not job.years and job.years_overall is not None


def test_years_of_a_skill_used_in_a_role_stay_the_skills() -> None:
    from gapcheck import Analyzer

    job = Analyzer().read_job(text="Requirements:\n3 years of Python experience as a data engineer\n")
    assert dict(job.years) == {"python": 3}


def test_years_as_a_role_that_a_skill_names_are_the_roles_not_the_skills() -> None:
    assert _years("5+ years of professional experience as a Machine Learning Engineer with strong Python") == ({}, 5)
    assert _years("5+ years of experience in ML Ops, ML Engineering, with a strong focus on production") == ({}, 5)
    assert _years("3+ years of machine learning engineering experience") == ({"machine_learning": 3}, None)


def test_an_ad_flattened_onto_one_line_keeps_its_headings_apart() -> None:
    from gapcheck import Analyzer

    line = (
        "Responsibilities   Build reliable services for travellers   Minimum Qualifications   Love for building "
        "customer centric software 6+ years professional experience in backend development Deep comfort with a "
        "server-side stack   Preferred Qualifications   Experience with Scala   Our Tech Stack   Mostly Python and SQL "
        "on the backend, hosted on Google Cloud, with dashboards in Looker for every team in the company"
    )
    job = Analyzer().read_job(text=f"Senior Backend Engineer\n{line}\n")
    assert job.years_overall == 6
    assert {"python", "sql", "cloud"} <= set(job.required)


@pytest.mark.parametrize(
    ("line", "years", "overall"),
    [
        # "in Business Intelligence" is a field, not a company's years "in business"
        ("6+ years of experience in Business Intelligence, Analytics, or related fields.", {}, 6),
        ("We are proud of 20 years in business and counting; 2+ years of Python", {"python": 2}, None),
        # the work the years are of, the tools one way to do it
        ("5+ years of experience building complex web applications using Python, Django, React", {}, 5),
        ("3+ years building machine learning models using PyTorch", {"machine_learning": 3}, None),
        ("Minimum of 5 years of industry experience playing a critical role in machine learning", {"machine_learning": 5}, None),
        # one of several fields, a field noun before the last "or"
        ("5+ years of experience in machine learning, algorithm development, or deployment.", {}, 5),
        # a wish with no comma before it is the field's, the years stand
        ("2-3 years of experience in product management preferably with a focus on operations", {}, 2),
    ],
)
def test_years_of_work_a_field_or_a_wish_read_from_whole_postings(line: str, years: dict[str, int], overall: int | None) -> None:
    from gapcheck import Analyzer

    job = Analyzer().read_job(text=f"Engineer\nRequirements\n{line}\n")
    assert (dict(job.years), job.years_overall) == (years, overall)


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        # years of a field of work, its tools one part of it (postings53, postings79)
        ("4+ years of DevOps experience with Kubernetes and Linux-based systems.", ({}, 4)),
        ("3+ years of software development experience with strong Python proficiency", ({}, 3)),
        # ... but a word that only qualifies the experience leaves the years to the skill
        ("3+ years of programming experience in Python", ({"python": 3}, None)),
        ("3+ years of professional experience with Python and SQL", ({"python": 3, "sql": 3}, None)),
        ("4+ years of applied ML experience in production", ({"machine_learning": 4}, None)),
        ("Have 5+ years of significant, hands-on experience with ML/NLP", ({"machine_learning": 5}, None)),
        # tools in parentheses name what the years are of
        ("At least 4 years of software engineering experience (Python or Javascript)", ({"python": 4}, None)),
    ],
)
def test_years_of_a_field_with_its_tools_are_the_fields(line: str, expected: tuple[dict[str, int], int | None]) -> None:
    assert _years(line) == expected


def test_a_company_telling_its_own_years_asks_for_none() -> None:
    """ "We're an AI-first global tech company with 25+ years of engineering leadership": the company's age, not a
    requirement (p87_de_01: 25 years asked)."""
    text = (
        "We’re an AI-first global tech company with 25+ years of engineering leadership and 2,000+ team members.\n"
        "Requirements:\nStrong SQL and data modeling.\n"
    )
    job = Analyzer().read_job(text=text)
    assert job.years_overall is None and not job.years


@pytest.mark.parametrize(
    "about",
    [
        "About Intellect Design Arena Ltd.\nIntellect Design Arena Limited pioneers digital banking.\n",
        "Headquartered in Chennai, we are a $1.6B+ enterprise with the soul of a start-up.",
    ],
)
def test_a_company_telling_its_years_after_a_lead_in_or_under_its_legal_name_asks_for_none(about: str) -> None:
    """`p152_un_01`: under "About Intellect Design Arena Ltd.", "Headquartered in Chennai, we are a $1.6B+ enterprise
    ... With 30+ years of deep domain expertise" read as 30 years asked."""
    text = (
        "Position: Learning & Development Intern\n"
        f"{about} With 30+ years of deep domain expertise and 6,000+ specialists worldwide, we build banking software.\n"
        "Requirements:\nStrong communication skills.\n"
    )
    job = Analyzer().read_job(text=text)
    assert job.years_overall is None and not job.years


def test_years_of_a_focus_within_the_years_asked_are_no_second_path() -> None:
    """ "5+ years in data science, ML, or advanced analytics, with at least 2+ years focused on fraud detection": the
    two years are part of the five (p87_ds_02 read 2 overall; the "or" is the field list's)."""
    line = "Experience: 5+ years in data science, ML, or advanced analytics, with at least 2+ years focused on fraud detection."
    assert _years(line)[1] == 5


def test_years_after_a_skill_and_where_it_was_used_are_the_skills() -> None:
    """ "Worked with Python in a professional environment for 2+ years" (p86_ai_01: read as 2 years overall)."""
    assert _years("Worked with Python in a professional environment for 2+ years") == ({"python": 2}, None)
    assert _years("Used SQL in production for 3+ years") == ({"sql": 3}, None)


def test_years_in_a_field_joined_to_a_skill_are_years_overall() -> None:
    """`p91_ds_01`: "Proven experience (8+ years) in transport data engineering and AI/ML" asks for eight years of the
    two together, not eight years of machine learning; "5+ years in Python and SQL" still asks for both."""
    job = Analyzer().read_job(text="Requirements\n- Proven experience (8+ years) in transport data engineering and AI/ML.\n")
    assert (dict(job.years), job.years_overall) == ({}, 8)
    job = Analyzer().read_job(text="Requirements\n- 5+ years in Python and SQL\n")
    assert dict(job.years) == {"python": 5, "sql": 5}


def test_a_degree_wished_for_leaves_the_years_of_its_sentence_standing() -> None:
    """`p93_un_01`: "Advanced degree preferred in public policy ..., with 10+ years of senior-level experience in ..."
    asked for no years: the wish was the degree's."""
    job = Analyzer().read_job(
        text="Qualifications\n- Advanced degree preferred in public policy or a related field, with 10+ years of "
        "senior-level experience in financial inclusion or related fields.\n"
    )
    assert job.years_overall == 10
    assert Analyzer().read_job(text="Qualifications\n- 5+ years of experience preferred\n").years_overall is None


def test_years_of_ai_ml_written_in_lower_case_are_years_of_machine_learning() -> None:
    """`p50_ai_03`: "4+ years of experience building and deploying ai/ml systems" read as 4 years overall ("ML" is
    matched in capitals only, since "ml" is also millilitres)."""
    job = Analyzer().read_job(text="Requirements\n* 4+ years of experience building and deploying ai/ml systems in production")
    assert dict(job.years) == {"machine_learning": 4}
    assert "machine_learning" in job.required


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        # `p100_de_01`, `p100_de_02`: years of a field, the skill a tool of it or a kind of what it builds
        ("At least 5 years’ experience in data engineering using Python, including pandas or PySpark.", ({}, 5)),
        ("8+ years of software engineering experience building large-scale SaaS or cloud-native applications.", ({}, 8)),
        # ... but tools in parentheses, or the skill itself after a qualifier, keep the years
        ("At least 4 years of software engineering experience (Python or Javascript)", ({"python": 4}, None)),
        ("3+ years of industry experience in machine learning", ({"machine_learning": 3}, None)),
    ],
)
def test_years_of_a_field_before_its_tools_or_products_are_overall(line: str, expected: tuple[dict[str, int], int | None]) -> None:
    job = Analyzer().read_job(text=f"Engineer\nRequirements\n{line}\n")
    assert (dict(job.years), job.years_overall) == expected


@pytest.mark.parametrize(
    ("line", "overall"),
    [
        # `p119_de_01`: a range of years in a field is asked for like "8+ years" is
        ("A proven engineering leader (8–12+ years in software engineering, 3–5+ years in people leadership)", 8),
        ("3-5 years in data science", 3),
        # `p66_de_01`: the applicant's age; `p9_de_02`: a perk for staying
        ("Age Bracket: 30-36 years", None),
        ("We celebrate your 3 and 5 year anniversary with us by buying your family a holiday", None),
        # `p173_de_03`: how long the applicant has lived in the country
        ("You have been in the Netherlands for more than a year already, so you are familiar with the Dutch culture", None),
        ("You have been in the industry for more than 5 years", 5),
    ],
)
def test_a_range_of_years_in_a_field_is_asked_for_but_an_age_or_an_anniversary_is_not(line: str, overall: int | None) -> None:
    job = Analyzer().read_job(text=f"Engineering Manager\nRequirements\n{line}\n")
    assert job.years_overall == overall


@pytest.mark.parametrize(
    ("line", "overall"),
    [
        # `p123_ai_01`: the team's blurb gives a founder's years, not the hire's
        ("The Team: CEO: ex-McKinsey | CTO: +13 years of startup experience, previously founded a data startup", None),
        ("Co-founder - 10 years building search engines at scale", None),
        ("5+ years of startup experience as a software engineer", 5),
    ],
)
def test_the_years_of_a_founder_introduced_by_role_are_not_asked_of_the_hire(line: str, overall: int | None) -> None:
    job = Analyzer().read_job(text=f"Founding Engineer\nOur team\n{line}\n")
    assert job.years_overall == overall


def test_a_domain_wished_for_after_the_years_leaves_them_asked() -> None:
    """`p127_ds_02`: "5-8 years of relevant experience, B2B startup experience preferred"."""
    job = Analyzer().read_job(text="Data Scientist\nRequirements:\n5-8 years of relevant experience, B2B startup experience preferred\n")
    assert job.years_overall == 5
    wished = Analyzer().read_job(text="Data Scientist\nRequirements:\n3+ years of Python experience preferred\n")
    assert wished.years_overall is None and not wished.years


def test_years_working_as_one_of_several_roles_are_experience_in_general() -> None:
    """`p151_ai_01`: "3+ years of full-time experience working as a Statistician/ Machine Learning Engineer/ Data
    Scientist" gave machine learning and statistics three years each."""
    from gapcheck import Analyzer

    job = Analyzer().read_job(
        text="Requirements:\n- 3+ years of full-time experience working as a Statistician/ Machine Learning Engineer/ Data Scientist\n"
    )
    assert (dict(job.years), job.years_overall) == ({}, 3)


def test_a_lower_degree_with_years_as_the_other_path_to_a_higher_degree_asks_for_none() -> None:
    """`p160_ai_01`: "Master's degree or PhD in Data Science, ..., OR a Bachelor's degree with 3+ years of relevant
    industry experience" asked for 3 years; a candidate with a master's needs none."""
    line = (
        "Master's degree or PhD in Data Science, Statistics, Computer Science, or a related field, "
        "OR a Bachelor's degree with 3+ years of relevant industry experience"
    )
    assert _years(line) == ({}, None)
    assert _years("Bachelor's degree in Computer Science and 3+ years of experience with Python") == ({"python": 3}, None)


def test_years_in_one_or_more_of_a_list_are_the_years_of_each_one_listed() -> None:
    """`p153_ds_01`: "3+ years of experience in one or more programming languages used for data analysis (Python, R,
    etc.)" and `p153_ai_01`: "5+ years of experience in one or more of the following areas: Deep Learning, ..." were
    read as overall years; software development in one or more languages stays overall years (`p24_ai_01`)."""
    line = "3+ years of experience in one or more programming languages used for data analysis (Python, R, etc.)"
    job = Analyzer().read_job(text=f"Data Analyst\nRequirements\n- {line}\n")
    assert (dict(job.years).get("python"), dict(job.years).get("r_language"), job.years_overall) == (3, 3, None)
    areas = "5+ years of experience in one or more of the following areas: Deep Learning, GPU Architecture"
    job = Analyzer().read_job(text=f"AI Engineer\nRequirements\n- {areas}\n")
    assert (dict(job.years).get("machine_learning"), job.years_overall) == (5, None)
    years, overall = _years("1 year of experience with software development in one or more programming languages (e.g., Python, Java)")
    assert (years, overall) == ({}, 1)


def test_years_of_education_are_no_experience_asked() -> None:
    """`p179_de_01`: "Minimum of two years technical education" over "Three or more years of hands-on professional
    experience" asked for two years of experience (the least of the two figures)."""
    from gapcheck import Analyzer

    job = Analyzer().read_job(
        text="Requirements:\nMinimum of two years technical education\nThree or more years of hands-on professional experience\n"
    )
    assert job.years_overall == 3
    assert Analyzer().read_job(text="Requirements:\nAt least 2 years of study in statistics or mathematics\n").years_overall is None


def test_a_requirement_wrapped_at_a_fixed_width_is_read_as_one_sentence() -> None:
    """`p185_ai_01`: "Typically, a minimum of 2 years of relevant industry experience in developing and applying" over
    "machine learning methods." asked for two years of machine learning, not two years overall."""
    assert _years(
        "Typically, a minimum of 2 years of relevant industry experience in developing and applying",
        "machine learning methods.",
    ) == ({"machine_learning": 2}, None)
    # a sentence that ends, or a new item in capitals, is no wrap
    assert _years("A minimum of 4 years of industry experience in software engineering roles.", "machine learning is a plus") == ({}, 4)
    assert _years("- 3+ years of professional experience building web applications", "- Python and SQL") == ({}, 3)
    # `p56_de_02`: a run-together ad split after a name had lost its stop there, it was not wrapped
    assert _years("Required Skills & Experience5+ years of hands-on experience as a Data Engineer Deep", "knowledge of Python.") == ({}, 5)


def test_years_in_a_run_together_ad_are_not_the_wishes_listed_after_them() -> None:
    """`p218_ai_01`: an ad a job board ran into one paragraph with no full stop between its lists: "What we need: 3+
    years SWE ... Nice to have: RAG" read the years as part of the wishes, and asked for none."""
    ad = (
        "Portless | AI Engineer | Remote | Full-time. We're a company doing real operational work in logistics and this "
        "role ships agentic workflows that replace real manual work, and builds the platform other teams use. What we "
        "need: 3+ years SWE, 1-2+ of which building production AI systems (not prototypes) 10+ agentic workflows shipped "
        "end-to-end Strong Python and/or TypeScript Some background in e-commerce or comparable B2B ops Nice to have: "
        "RAG, vector DBs, multi-step orchestration, eval frameworks."
    )
    assert _years(ad) == ({}, 3)


def test_years_said_with_plus_as_a_word_and_a_place_wished_for_are_asked() -> None:
    """`p220_de_01`: "4 plus years of industry experience, preferred at a tech company" asked for no years: "plus" was
    no plus, and the wish for a kind of company read as a wish for the years."""
    assert _years("4 plus years of industry experience, preferred at a tech company") == ({}, 4)
    assert _years("5 plus years of Python experience") == ({"python": 5}, None)
    assert _years("5+ years of experience preferred") == ({}, None)


@pytest.mark.parametrize(
    "line",
    [
        "- At least 2 years deploying machine learning models to production",
        "- Two (2) years of experience deploying machine learning models to production",
        "- At least 2 years deploying and operating machine learning models in production",
    ],
)
def test_years_spent_deploying_models_are_years_of_serving_them(line: str) -> None:
    """Written slices w646, w622, w592: years whose work is deploying models (not building and deploying them) ask for
    model serving, as the labellers of six ads read them; they asked for machine learning."""
    job = Analyzer().read_job(text=f"ML Engineer\nRequirements\n{line}\n")
    assert dict(job.years) == {"model_serving": 2}


def test_years_of_work_said_after_its_tool_and_of_a_part_spent_on_it() -> None:
    """Written slices w647, w648: "writing SQL nearly every day for at least two years" asked for two years overall;
    "at least two of them spent working on deep learning models" asked for none of the part."""
    job = Analyzer().read_job(text="Data Scientist\nRequirements\n- You've been writing SQL nearly every day for at least two years.\n")
    assert dict(job.years) == {"sql": 2}
    assert job.years_overall is None
    job = Analyzer().read_job(
        text="ML Engineer\nRequirements\n- Roughly four years of professional software or ML engineering experience, at "
        "least two of them spent working on deep learning models in PyTorch.\n"
    )
    assert dict(job.years).get("machine_learning") == 2


def test_a_part_of_the_years_spent_on_the_same_skill_leaves_its_years() -> None:
    """Written slice w664: "5+ years building machine learning systems ..., at least two of them on recommender
    systems" asked for two years of machine learning; and "software engineering or ML engineering experience" (w663)
    asked the years of machine learning, where it asks years in either field."""
    assert _years("5+ years building machine learning systems in production, at least two of them on ML recommenders") == (
        {"machine_learning": 5},
        None,
    )
    assert _years("3-5 years of software engineering or ML engineering experience") == ({}, 3)


def test_years_of_forecasts_built_and_count_regressions_are_asked() -> None:
    """Written slice w655: "build short-term forecasts of hospital admissions" and "fit count regression models (Poisson
    and negative binomial)" asked for nothing."""
    job = Analyzer().read_job(
        text="Data Scientist\nRequirements\n- Build short-term forecasts of hospital admissions for ward planners.\n"
        "- Fit count regression models (Poisson and negative binomial).\n"
    )
    assert {"predictive_modeling", "statistical_modeling"} <= set(job.skills)


def test_years_of_a_field_with_its_own_engineering_or_a_skill_are_overall() -> None:
    """Left alone last stop: "5+ years of software engineering or machine learning experience" asked five years of
    machine learning, where the years may be spent in either field."""
    assert _years("- 5+ years of software engineering or machine learning experience") == ({}, 5)
    assert _years("- 3+ years of backend development or data science experience") == ({}, 3)
    assert _years("- 4+ years of Python or Java experience") != ({}, 4)
