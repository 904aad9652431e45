"""Skill depth end to end: small PDFs made here with fpdf2, read, matched, scored and rendered."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from typer.testing import CliRunner

from gapcheck.analyzer import Analyzer
from gapcheck.cli import app
from gapcheck.reader import read_document
from gapcheck.render import render

AS_OF = "2026-12"
_UNICODE_FONT = Path("/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf")
JOBS = [
    (
        "Senior ML Engineer, Acme Corp",
        "Mar 2021 – Present",
        ["Served PyTorch models with Docker and Kubernetes for fraud scoring at scale."],
    ),
    (
        "Data Scientist, Beta GmbH",
        "Jan 2018 – Feb 2021",
        ["Built churn models with scikit-learn and wrote SQL reports for the sales team."],
    ),
]


def _resume(path: Path, *, right_column: bool) -> Path:
    """A one-column resume with the dates on the title line, or the dates right-aligned in their own column."""
    from fpdf import FPDF

    pdf = FPDF()
    pdf.add_page()
    if _UNICODE_FONT.is_file():
        pdf.add_font("body", fname=str(_UNICODE_FONT))
        pdf.set_font("body", size=11)
    else:  # the core fonts have no en dash
        pdf.set_font("Helvetica", size=11)

    def line(text: str) -> None:
        pdf.cell(0, 7, text if _UNICODE_FONT.is_file() else text.replace("–", "-"), new_x="LMARGIN", new_y="NEXT")

    line("Jane Roe")
    line("Summary")
    line("Machine learning engineer who enjoys mentoring.")
    line("Experience")
    for title, dates, bullets in JOBS:
        if right_column:
            pdf.cell(120, 7, title)
            pdf.cell(0, 7, dates if _UNICODE_FONT.is_file() else dates.replace("–", "-"), align="R", new_x="LMARGIN", new_y="NEXT")
        else:
            line(f"{title} | {dates}")
        for bullet in bullets:
            pdf.set_x(20)
            pdf.cell(0, 7, "- " + bullet, new_x="LMARGIN", new_y="NEXT")
    line("Skills")
    line("Python, Tableau, Git")
    pdf.output(str(path))
    return path


@pytest.fixture(scope="module")
def analyzer() -> Analyzer:
    return Analyzer(as_of=AS_OF)


@pytest.mark.parametrize("right_column", [False, True], ids=["dates-on-title-line", "right-hand-date-column"])
def test_depth_of_skills(tmp_path: Path, analyzer: Analyzer, right_column: bool) -> None:
    report = analyzer.analyze(_resume(tmp_path / "resume.pdf", right_column=right_column))
    found = report.found_skills
    assert report.as_of == AS_OF
    assert [(p.start, p.end, p.current) for p in report.positions] == [
        ("2021-03", "2026-12", True),
        ("2018-01", "2021-02", False),
    ]
    assert report.experience_months == 108
    pytorch, python, sql = found["pytorch"], found["python"], found["sql"]
    assert (pytorch.months, pytorch.first_used, pytorch.last_used, pytorch.positions) == (70, "2021-03", "2026-12", (0,))
    # Python only implied (PyTorch, scikit-learn) in both jobs, and listed under Skills
    assert (python.months, python.first_used, python.last_used, python.positions) == (108, "2018-01", "2026-12", (0, 1))
    assert (sql.months, sql.last_used) == (38, "2021-02")
    tableau = found["tableau"]
    assert (tableau.months, tableau.first_used, tableau.last_used, tableau.positions) == (None, None, None, ())


def test_as_of_moves_open_ends(tmp_path: Path) -> None:
    report = Analyzer(as_of="2024-02").analyze(_resume(tmp_path / "r.pdf", right_column=False))
    found = report.found_skills
    assert found["pytorch"].last_used == "2024-02"
    assert report.positions[0].end == "2024-02"


def test_renderers_show_depth(tmp_path: Path, analyzer: Analyzer) -> None:
    report = analyzer.analyze(_resume(tmp_path / "resume.pdf", right_column=False))
    data = json.loads(render(report, "json"))
    assert data["schema_version"] == 2 and data["as_of"] == AS_OF and data["experience_months"] == 108
    assert data["positions"][0] == {
        "title": "Senior ML Engineer",
        "organization": "Acme Corp",
        "start": "2021-03",
        "end": "2026-12",
        "current": True,
        "page": 1,
        "line": 5,
    }
    skill = next(f for role in data["roles"] for f in role["found"] if f["id"] == "pytorch")
    assert (skill["months"], skill["first_used"], skill["last_used"], skill["positions"]) == (70, "2021-03", "2026-12", [0])
    for fmt in ("text", "markdown", "html"):
        out = render(report, fmt)
        assert "As of 2026-12" in out, fmt
        assert "5 yrs 10 mo · last used 2026 · 1 position" in out, fmt
        assert "listed only" in out, fmt


def test_job_years_met_or_short(tmp_path: Path, analyzer: Analyzer) -> None:
    resume = _resume(tmp_path / "resume.pdf", right_column=False)
    job = analyzer.read_job(
        text="Requirements\n5+ years of Python\nAt least two years with Kubernetes\nAt least 10 years of experience\n4+ years of SQL\n"
    )
    assert dict(job.years) == {"python": 5, "kubernetes": 2, "sql": 4}
    assert job.years_overall == 10
    report = analyzer.analyze_document(read_document(resume), job=job)
    status = {skill: (months, met) for skill, _, months, met in report.requirement_status()}
    assert status == {"python": (108, True), "kubernetes": (70, True), "sql": (38, False), "overall": (108, False)}
    text = render(report, "text", width=140)
    assert "Years asked" in text and "short" in text and "met" in text
    assert json.loads(render(report, "json"))["job"]["years"] == {"kubernetes": 2, "python": 5, "sql": 4}


def test_cli_as_of_explain_and_csv(tmp_path: Path) -> None:
    resume = _resume(tmp_path / "resume.pdf", right_column=True)
    runner = CliRunner()
    result = runner.invoke(app, [str(resume), "--as-of", "2025-06", "--format", "json"])
    assert result.exit_code == 0, result.output
    assert json.loads(result.stdout)["as_of"] == "2025-06"
    result = runner.invoke(app, [str(resume), "--as-of", "2025-13"])
    assert result.exit_code == 2 and "YYYY-MM" in result.output
    result = runner.invoke(app, [str(resume), "--as-of", AS_OF, "--explain", "python"])
    assert result.exit_code == 0, result.output
    assert "Senior ML Engineer at Acme Corp (2021-03 – 2026-12): implied by pytorch" in result.stdout
    assert "Data Scientist at Beta GmbH (2018-01 – 2021-02)" in result.stdout
    other = _resume(tmp_path / "other.pdf", right_column=False)
    result = runner.invoke(app, [str(resume), str(other), "--as-of", AS_OF, "--format", "csv"])
    assert result.exit_code == 0, result.output
    header, *rows = result.stdout.strip().splitlines()
    column = header.split(",").index("experience_years")
    assert [row.split(",")[column] for row in rows] == ["9.0", "9.0"]


def test_months_of_fine_tuning_llms_are_months_of_machine_learning() -> None:
    from gapcheck import analyze_text

    text = (
        "Experience\n"
        "Software Engineer | Acme | Jan 2020 – Dec 2021\n"
        "Fine-tuned LLaMA models with LoRA on support tickets.\n"
        "Data Scientist | Beta | Jan 2022 – Dec 2023\n"
        "Built machine learning models for churn.\n"
    )
    report = analyze_text(text, as_of="2026-12")
    learning = report.found_skills["machine_learning"]
    assert learning.months == 48


def test_courses_taken_on_a_thesis_line_give_the_degree_no_months() -> None:
    """`c278_ds_01`: "Completed coursework in epidemiology, statistics, causal inference, and experimental design.
    Dissertation research focused on the development of prediction models ..." gave causal inference eight years of
    use at the doctorate; the thesis sentence on the same line still dates its own work."""
    from gapcheck import analyze_text

    text = (
        "Education\n"
        "Queen's University — Doctor of Philosophy: Public Health Sciences    2016 - 2023\n"
        "• Completed coursework in epidemiology, causal inference, and experimental design. Dissertation research focused\n"
        "on the development of prediction models for outdoor play of children.\n"
        "Skills\n"
        "Causal Inference, Python\n"
    )
    report = analyze_text(text, as_of="2026-12")
    found = report.found_skills
    assert found["causal_inference"].months is None
    assert found["predictive_modeling"].months == 96
    # a line about teaching courses is work done at the school
    taught = analyze_text(text.replace("Completed coursework in", "Taught graduate courses in"), as_of="2026-12")
    assert taught.found_skills["causal_inference"].months == 96


def test_the_classes_a_model_tells_apart_are_no_courses_taken() -> None:
    """`w4_ai_01`: "Final year project: Tamil handwritten character recognition using CNN (Keras), 94% accuracy on 156
    classes." read "classes" as courses taken, so the degree's project dated neither the CNN nor Keras."""
    from gapcheck import analyze_text

    text = (
        "Education\n"
        "B.E. Computer Science and Engineering - Anna University\n"
        "Final year project: Tamil handwritten character recognition using CNN (Keras), 94% accuracy on 156 classes.\n"
        "2016 – 2020\n"
    )
    report = analyze_text(text, as_of="2026-12")
    found = report.found_skills
    assert found["tensorflow"].months == 60
    assert found["machine_learning"].months == 60
    courses = analyze_text(text.replace("94% accuracy on 156 classes", "alongside evening classes in statistics"), as_of="2026-12")
    assert courses.found_skills["machine_learning"].months is None
