"""Job-posting gap, what to learn next, why-not-found, HTML report, custom taxonomies and batches."""

from __future__ import annotations

import csv
import io
import json
import re
import shutil
import subprocess
from pathlib import Path

import pytest
from typer.testing import CliRunner

from gapcheck import Analyzer
from gapcheck.batch import AnalyzerOptions, analyze_many
from gapcheck.cli import app
from gapcheck.render import render
from gapcheck.taxonomy import builtin_taxonomy_dir

from .conftest import SAMPLES, corpus_dir

runner = CliRunner()
AI = SAMPLES / "ai_engineer.pdf"
DS = SAMPLES / "data_scientist.pdf"
CHEMIST = SAMPLES / "chemist.pdf"

POSTING = """Senior ML Platform Engineer

Requirements:
- 4+ years of Python and PyTorch
- Docker and Kubernetes in production
- Experience with causal inference

Nice to have
- Tableau dashboards
- Bayesian modelling
"""


@pytest.fixture(scope="module")
def analyzer() -> Analyzer:
    return Analyzer()


def test_job_posting_becomes_a_role_with_optional_skills(analyzer: Analyzer) -> None:
    job = analyzer.read_job(text=POSTING)
    # the title names ML, so machine learning counts as required too
    assert set(job.required) == {"machine_learning", "python", "pytorch", "docker", "kubernetes", "causal_inference"}
    assert set(job.optional) == {"tableau", "dashboards", "bayesian_methods"}
    report = analyzer.analyze(AI)
    with_job = analyzer.analyze_document(analyzer_document(AI), job=job)
    role = with_job.role("job")
    assert role.name == "This job" and with_job.best_fit == report.best_fit
    assert {f.id for f in role.found} == {"machine_learning", "python", "pytorch", "docker", "kubernetes"}
    missing = {m.id: m.optional for m in role.missing}
    assert missing == {"causal_inference": False, "tableau": True, "dashboards": True, "bayesian_methods": True}
    # required skills weigh 1, optional 0.5: 5 / (6 + 3 * 0.5)
    assert role.coverage == pytest.approx(5 / 7.5)
    assert role.next_steps[0].id == "causal_inference" and not role.next_steps[0].optional


def analyzer_document(path: Path):
    from gapcheck.reader import read_document

    return read_document(path)


def test_job_from_stdin_and_file_in_the_cli(tmp_path: Path) -> None:
    posting = tmp_path / "posting.md"
    posting.write_text(POSTING, encoding="utf-8")
    from_file = runner.invoke(app, [str(AI), "--job", str(posting), "-f", "json"])
    from_stdin = runner.invoke(app, [str(AI), "--job", "-", "-f", "json"], input=POSTING)
    assert from_file.exit_code == 0 and from_stdin.exit_code == 0, from_file.output + from_stdin.output
    a, b = json.loads(from_file.stdout), json.loads(from_stdin.stdout)
    assert [r["id"] for r in a["roles"]] == ["ai_engineer", "data_scientist", "job"]
    assert a["roles"][2]["coverage"] == b["roles"][2]["coverage"]
    assert a["job"]["optional"] and b["job"]["required"]
    empty = runner.invoke(app, [str(AI), "--job", "-"], input="")
    assert empty.exit_code == 2 and "empty" in empty.stderr


def test_next_steps_learn_the_most_important_missing_skills_first(analyzer: Analyzer) -> None:
    role = analyzer.analyze(AI).role("ai_engineer")
    learn = [s for s in role.next_steps if s.kind == "learn"]
    assert learn and len(learn) <= 5
    weights = [analyzer.taxonomy.weight(s.id) for s in learn]
    assert weights == sorted(weights, reverse=True), "the skills that matter most to the role come first"
    missing = {m.id for m in role.missing}
    assert all(s.id in missing for s in learn)
    shared = {s.id for s in analyzer.taxonomy.skills_of("ai_engineer") if s.taxonomy == "shared"}
    # the role-only groups weigh more than the shared basics, so a role-only gap leads the list
    assert learn[0].id not in shared


def test_explain_shows_context_rejection_and_fuzzy_scores(tmp_path: Path) -> None:
    result = runner.invoke(app, [str(CHEMIST), "--explain", "distillation"])
    assert result.exit_code == 0
    # (the chemist's "distillation column" is rejected by its context: the word beside it, or no word of the field)
    assert "NOT FOUND" in result.stdout and ("beside 'column'" in result.stdout or "ambiguous word without context" in result.stdout)
    typo = tmp_path / "typo.txt"
    typo.write_text("Experience\nRan clusters on Kubrnetis and Kubernetis.\n", encoding="utf-8")
    out = runner.invoke(app, [str(typo), "--explain", "kubernetes", "-f", "json"])
    data = json.loads(out.stdout)
    assert data["found"] is True and data["fuzzy_threshold"] == 88
    accepted = [p for p in data["places"] if p["accepted"]]
    rejected = [p for p in data["places"] if not p["accepted"]]
    assert accepted[0]["matched"] == "Kubernetis" and accepted[0]["score"] == 90
    assert rejected[0]["matched"] == "Kubrnetis" and "below threshold" in rejected[0]["rule"]
    unknown = runner.invoke(app, [str(typo), "--explain", "cooking"])
    assert unknown.exit_code == 2 and "unknown skill 'cooking'" in unknown.stderr


HOSTILE = """Jane <script>alert('x')</script> Doe
Experience
Built RAG services with <img src=x onerror=alert(1)> FastAPI and [a link](http://evil.example) on Kubernetes
"""


def test_html_report_is_self_contained_and_escaped(analyzer: Analyzer, tmp_path: Path) -> None:
    html = render(analyzer.analyze_text(HOSTILE, source="<b>cv</b>.txt"), "html")
    assert "<script" not in html and "<img" not in html and "<b>cv" not in html
    assert "&lt;script&gt;" in html or "&lt;img" in html
    assert "<svg" in html and 'class="bar"' in html
    assert re.findall(r"<[^>]*\s(?:src|href|on\w+)=", html) == []
    assert "@import" not in html and "url(" not in html
    out = tmp_path / "report.html"
    result = runner.invoke(app, [str(AI), "-o", str(out)])
    assert result.exit_code == 0 and out.read_text(encoding="utf-8").startswith("<!doctype html>")


def _chromium() -> str | None:
    for name in ("chromium", "chromium-browser", "google-chrome"):
        if path := shutil.which(name):
            return path
    return None


@pytest.mark.skipif(_chromium() is None, reason="no headless Chromium installed")
def test_html_report_renders_in_headless_chromium(analyzer: Analyzer, tmp_path: Path) -> None:
    page = tmp_path / "report.html"
    page.write_text(render(analyzer.analyze_text(HOSTILE + "\nSkills: Python, SQL, Tableau dashboards"), "html"), encoding="utf-8")
    profile = tmp_path / "profile"
    result = subprocess.run(
        [
            str(_chromium()),
            "--headless",
            "--no-sandbox",
            "--disable-gpu",
            "--disable-background-networking",
            "--disable-component-update",
            "--disable-sync",
            "--no-first-run",
            f"--user-data-dir={profile}",
            "--enable-logging=stderr",
            "--v=0",
            "--dump-dom",
            page.as_uri(),
        ],
        capture_output=True,
        text=True,
        timeout=120,
    )
    dom = result.stdout
    assert "<svg" in dom and dom.count('class="bar"') >= 2, result.stderr[-2000:]
    assert "<script" not in dom.lower()
    console = [line for line in result.stderr.splitlines() if "CONSOLE" in line or "Uncaught" in line]
    assert console == []


def test_check_taxonomy_prints_roles_groups_and_counts(tmp_path: Path) -> None:
    result = runner.invoke(app, ["--check-taxonomy"])
    assert result.exit_code == 0 and "role ai_engineer (AI Engineer): 26 skills" in result.stdout
    custom = tmp_path / "tax"
    shutil.copytree(builtin_taxonomy_dir(), custom, ignore=shutil.ignore_patterns("*.py", "__pycache__"))
    (custom / "extra.toml").write_text(
        '[taxonomy]\nid = "mlops"\nname = "MLOps"\n\n[[group]]\nid = "orchestration"\nname = "Orchestration"\n\n'
        '[[skill]]\nid = "airflow"\nname = "Airflow"\ngroup = "orchestration"\naliases = ["Airflow"]\n',
        encoding="utf-8",
    )
    roles = (custom / "roles.toml").read_text(encoding="utf-8")
    (custom / "roles.toml").write_text(
        roles + '\n[[role]]\nid = "mlops_engineer"\nname = "MLOps Engineer"\ntaxonomies = ["shared", "mlops"]\n',
        encoding="utf-8",
    )
    checked = runner.invoke(app, ["--check-taxonomy", "--taxonomy", str(custom)])
    assert "role mlops_engineer (MLOps Engineer): 6 skills" in checked.stdout
    resume = tmp_path / "cv.txt"
    resume.write_text("Scheduled Airflow DAGs in Python.\n", encoding="utf-8")
    report = json.loads(runner.invoke(app, [str(resume), "--taxonomy", str(custom), "-f", "json"]).stdout)
    mlops = next(r for r in report["roles"] if r["id"] == "mlops_engineer")
    assert {f["id"] for f in mlops["found"]} == {"airflow", "python"}
    (custom / "extra.toml").write_text("[taxonomy]\nid = 'x'\n[[skill]]\nid = 'y'\n", encoding="utf-8")
    broken = runner.invoke(app, ["--check-taxonomy", "--taxonomy", str(custom)])
    assert broken.exit_code == 2 and "extra.toml" in broken.stderr and "skill 'y'" in broken.stderr


def _batch_folder(tmp_path: Path, corpus_files: int | None = 6) -> Path:
    folder = tmp_path / "batch"
    folder.mkdir()
    source = corpus_dir()
    pdfs = sorted(source.glob("*.pdf"))[:corpus_files] if source else []
    for pdf in [*pdfs, AI, DS, CHEMIST]:
        shutil.copy(pdf, folder / pdf.name)
    (folder / "zz_corrupt.pdf").write_bytes(AI.read_bytes()[:600])
    return folder


def test_batch_gives_one_row_per_file_and_marks_the_bad_one(tmp_path: Path) -> None:
    folder = _batch_folder(tmp_path, corpus_files=None)  # the whole corpus, the samples and a corrupted file
    out = tmp_path / "results.csv"
    result = runner.invoke(app, [str(folder), "-o", str(out)])
    assert result.exit_code == 2  # one file failed; the others are in the table
    rows = list(csv.DictReader(io.StringIO(out.read_text(encoding="utf-8"))))
    assert len(rows) == len(list(folder.glob("*.pdf")))
    bad = [r for r in rows if r["error"]]
    assert [Path(r["file"]).name for r in bad] == ["zz_corrupt.pdf"]
    good = {Path(r["file"]).name: r for r in rows if not r["error"]}
    assert good["ai_engineer.pdf"]["best_fit"] == "ai_engineer"
    assert float(good["data_scientist.pdf"]["data_scientist_coverage"]) > 0.5
    summary = runner.invoke(app, [str(folder)])
    assert "Best matches for AI Engineer" in summary.stdout and "zz_corrupt.pdf" in summary.stdout


def test_workers_give_the_same_results_as_one_process(tmp_path: Path, analyzer: Analyzer) -> None:
    folder = _batch_folder(tmp_path)
    one = list(analyze_many([folder], analyzer=analyzer))
    two = list(analyze_many([folder], options=AnalyzerOptions(), workers=2))
    assert [r.file for r in one] == [r.file for r in two]
    assert [r.to_row() for r in one] == [r.to_row() for r in two]
    alone = analyzer.analyze(folder / "data_scientist.pdf")
    row = next(r for r in two if r.file.endswith("data_scientist.pdf"))
    assert row.report is not None and row.report.to_dict() == alone.to_dict()


def test_jsonl_rows_carry_the_full_report(tmp_path: Path) -> None:
    out = tmp_path / "rows.jsonl"
    result = runner.invoke(app, [str(AI), str(DS), "-o", str(out)])
    assert result.exit_code == 0
    rows = [json.loads(line) for line in out.read_text(encoding="utf-8").splitlines()]
    assert [r["best_fit"] for r in rows] == ["ai_engineer", "data_scientist"]
    full = runner.invoke(app, [str(AI), str(DS), "-f", "json"])
    assert all("report" in json.loads(line) for line in full.stdout.splitlines())


def test_markdown_shows_entities_and_links_from_a_resume_as_text(analyzer: Analyzer) -> None:
    report = analyzer.analyze_text("Experience\nBuilt RAG on K8s &lt;script&gt; [click](http://evil.example) | AT&T\n")
    md = render(report, "markdown")
    assert "&amp;lt;script&amp;gt;" in md and "AT&amp;T" in md
    assert "\\[click\\]\\(http://evil.example\\)" in md and "\\|" in md


def test_found_skills_gives_each_skill_once_with_its_depth() -> None:
    """`Report.found_skills`: a library user looks a skill up by id, with its depth, however many roles list it."""
    report = Analyzer(as_of="2026-12").analyze_text(
        "Experience\nData Scientist, Acme Ltd\nMar 2021 - Present\n- Built churn models in Python and SQL on Snowflake.\n"
    )
    python = report.found_skills["python"]
    assert sum(f.id == "python" for role in report.roles for f in role.found) >= 2
    assert (python.months, python.last_used) == (70, "2026-12")
    assert set(report.found_skills) == report.found_ids
