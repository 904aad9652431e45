"""Readiness score (issue 12): weights in the taxonomy, evidence and depth, no fit, ranking, advice, postings."""

from __future__ import annotations

import json
import shutil
from dataclasses import replace
from pathlib import Path

import pytest
from typer.testing import CliRunner

import gapcheck.report as report_module
from gapcheck import TaxonomyError, load_taxonomy
from gapcheck.analyzer import Analyzer
from gapcheck.batch import BatchRow, rows_to_csv
from gapcheck.cli import app
from gapcheck.document import Document, Line, Position, Section
from gapcheck.eval import evaluate, format_depth, format_evaluation
from gapcheck.reader import document_from_text
from gapcheck.readiness import IN_WORK, LISTED, REFRESH_YEARS, is_stale, skill_strength
from gapcheck.render import render
from gapcheck.render.batch import render_batch
from gapcheck.report import FoundSkill
from gapcheck.taxonomy import builtin_taxonomy_dir

runner = CliRunner()
SAMPLES = Path(__file__).resolve().parents[1] / "samples"

ML_ENGINEER = """Experience
Machine Learning Engineer | Acme | 2021 - 2024
- Trained PyTorch models and deployed models to production behind a FastAPI service in Docker.
- Machine learning for fraud detection in Python.
"""
BACKEND_ENGINEER = """Experience
Senior Backend Engineer | Shopco | 2016 - 2024
- Designed microservices and a distributed system on Kubernetes and AWS; Docker images for every service.
- REST API and gRPC endpoints; system design reviews; Git workflow; Python and Go.
- Wrote Spark jobs on Databricks; built the distributed architecture for checkout.
"""
ACCOUNTANT = """Summary
Chartered accountant, 12 years in audit and tax.
Experience
Senior Accountant | Ledger & Co | 2014 - 2024
- Monthly close, reconciliations, VAT returns; presented results to the board.
Skills
Excel, SAP, SQL
"""


@pytest.fixture(scope="module")
def analyzer() -> Analyzer:
    return Analyzer()


# -- weights are taxonomy data ---------------------------------------------------------------------


def test_builtin_weights_follow_the_roles_emphasis() -> None:
    taxonomy = load_taxonomy()
    shared = [s for s in taxonomy.skills.values() if s.taxonomy == "shared"]
    own = [s for s in taxonomy.skills.values() if s.taxonomy != "shared"]
    assert max(taxonomy.weight(s.id) for s in shared) < min(taxonomy.weight(s.id) for s in own)
    assert taxonomy.weight("model_serving") > taxonomy.weight("docker")
    assert taxonomy.weight("predictive_modeling") > taxonomy.weight("tableau")


@pytest.fixture
def folder(tmp_path: Path) -> Path:
    target = tmp_path / "tax"
    shutil.copytree(builtin_taxonomy_dir(), target, ignore=shutil.ignore_patterns("__pycache__", "*.py"))
    return target


def _edit(path: Path, old: str, new: str) -> None:
    text = path.read_text(encoding="utf-8")
    assert old in text, old
    path.write_text(text.replace(old, new, 1), encoding="utf-8")


def test_a_skill_weight_overrides_its_groups(folder: Path) -> None:
    _edit(folder / "shared.toml", 'id = "git"\n', 'id = "git"\nweight = 4\n')
    taxonomy = load_taxonomy(folder)
    assert taxonomy.weight("git") == 4.0
    assert taxonomy.weight("python") == taxonomy.groups["python_programming"].weight


@pytest.mark.parametrize("value", ["0", "-1", '"heavy"', "true", "1000"])
def test_a_bad_skill_weight_names_file_and_skill(folder: Path, value: str) -> None:
    _edit(folder / "shared.toml", 'id = "git"\n', f'id = "git"\nweight = {value}\n')
    with pytest.raises(TaxonomyError) as info:
        load_taxonomy(folder)
    message = str(info.value)
    assert "shared.toml" in message and "skill 'git'" in message and "'weight' must be a positive number" in message


def test_a_bad_group_weight_names_file_and_group(folder: Path) -> None:
    _edit(folder / "ai_engineer.toml", "weight = 2.5\n", "weight = -2\n")
    with pytest.raises(TaxonomyError, match=r"ai_engineer\.toml.*group 'inference_serving': 'weight' must"):
        load_taxonomy(folder)


# -- strength: evidence, depth, recency -------------------------------------------------------------


def test_strength_grows_with_evidence_and_months_and_falls_when_stale() -> None:
    missing = skill_strength(found=False, in_work=False, months=None, last_used=None, as_of="2026-12")
    listed = skill_strength(found=True, in_work=False, months=None, last_used=None, as_of="2026-12")
    short = skill_strength(found=True, in_work=True, months=6, last_used="2026-12", as_of="2026-12")
    long = skill_strength(found=True, in_work=True, months=60, last_used="2026-12", as_of="2026-12")
    stale = skill_strength(found=True, in_work=True, months=60, last_used="2019-01", as_of="2026-12")
    assert missing.value == 0 < listed.value == LISTED < IN_WORK < short.value < long.value == 1.0
    assert stale.value < long.value and "last used 2019-01" in stale.why
    assert is_stale("2023-11", "2026-12") and not is_stale("2024-01", "2026-12")
    assert not is_stale(None, "2026-12")


def test_a_skill_shown_in_work_counts_more_than_one_only_listed(analyzer: Analyzer) -> None:
    worked = analyzer.analyze_text("Experience\nData Scientist | Acme | 2020 - 2024\n- A/B testing and SQL.\n")
    listed = analyzer.analyze_text("Skills\nA/B testing, SQL\n")
    assert worked.role("data_scientist").coverage == listed.role("data_scientist").coverage
    assert worked.role("data_scientist").score > listed.role("data_scientist").score


def test_ml_engineer_outranks_a_backend_engineer_without_ml_for_ai_engineer(analyzer: Analyzer) -> None:
    ml = analyzer.analyze_text(ML_ENGINEER).role("ai_engineer")
    backend = analyzer.analyze_text(BACKEND_ENGINEER).role("ai_engineer")
    assert backend.coverage > ml.coverage  # counting skill names gets this wrong ...
    assert ml.score > backend.score  # ... weighing them by importance does not


def test_explained_contributions_add_up_to_the_score(analyzer: Analyzer) -> None:
    role = analyzer.analyze_text(ML_ENGINEER).role("ai_engineer")
    assert sum(c.share for c in role.contributions) == pytest.approx(role.score, abs=1e-3)
    assert [c.share for c in role.contributions] == sorted((c.share for c in role.contributions), reverse=True)
    assert {c.id for c in role.contributions} == {f.id for f in role.found} | {m.id for m in role.missing}


# -- no fit, close second, every format -------------------------------------------------------------


def test_an_accountant_fits_neither_role(analyzer: Analyzer) -> None:
    report = analyzer.analyze_text(ACCOUNTANT, source="accountant.txt")
    assert report.best_fit is None and not any(r.fits for r in report.roles)
    text = render(report, "text")
    assert "Neither role fits yet" in text and f"closer one is {report.ranked[0].name}" in text
    data = json.loads(render(report, "json"))
    assert data["best_fit"] is None and all("score" in r and "coverage" in r for r in data["roles"])
    assert "Neither role fits yet" in render(report, "markdown") and "Neither role fits yet" in render(report, "html")


def test_close_scores_say_close_second(analyzer: Analyzer) -> None:
    report = analyzer.analyze(SAMPLES / "ai_engineer.pdf")
    ai, ds = report.role("ai_engineer"), report.role("data_scientist")
    near = replace(report, roles=(ai, replace(ds, score=ai.fit_score - 0.01)))
    assert "Data Scientist is a close second" in render(near, "text")
    assert "close second" not in render(report, "text")


def test_batch_marks_no_fit_and_ranks_by_score(analyzer: Analyzer) -> None:
    rows = [
        BatchRow(name, report=analyzer.analyze_text(text, source=name))
        for name, text in (("accountant", ACCOUNTANT), ("backend", BACKEND_ENGINEER), ("ml", ML_ENGINEER))
    ]
    csv_text = rows_to_csv(rows)
    header = csv_text.splitlines()[0].split(",")
    assert {"ai_engineer_score", "ai_engineer_coverage", "experience_years"} <= set(header)
    assert csv_text.splitlines()[1].split(",")[1] == "no fit"
    summary = render_batch(rows, width=160)
    assert "no fit" in summary
    ranking = summary[summary.index("Best matches for AI Engineer") :]
    assert ranking.index("ml") < ranking.index("backend")


# -- advice: learn, show, refresh -------------------------------------------------------------------


def test_learn_steps_never_name_a_skill_the_resume_shows_in_other_words(analyzer: Analyzer) -> None:
    report = analyzer.analyze_text(
        "Experience\nML Engineer | Acme | 2021 - 2024\n- Deployed models to production for three teams.\n"
        "- Led a team of five engineers and presented to leadership every quarter.\n"
        "- Forecasting weekly demand; query optimization on large tables; processed events at scale with Spark.\n"
        "- Designed the architecture of the ingestion platform.\n"
    )
    shown = {
        "model_serving",
        "communication",
        "data_storytelling",
        "predictive_modeling",
        "advanced_sql",
        "distributed_computing",
        "system_design",
    }
    assert shown <= report.found_ids
    learn = {s.id for r in report.roles for s in r.next_steps if s.kind == "learn"}
    assert not learn & shown


def _position(title: str, organization: str, start: str, end: str, first: int, last: int) -> Position:
    return Position(title, organization, start, end, False, 1, first + 1, first, last, 1, f"{start} - {end}")


def test_show_step_names_a_position_for_a_listed_only_skill(analyzer: Analyzer) -> None:
    texts = [
        "Experience",
        "Data Scientist, Acme, 2021-01 - 2024-06",
        "- Churn models in Python with SQL.",
        "Skills",
        "Python, Matplotlib, Plotly",
    ]
    lines = tuple(Line(t, 1, i + 1, i) for i, t in enumerate(texts))
    document = Document(
        "x.txt",
        "text",
        1,
        lines,
        sections=(Section("experience", "Experience", 0, 3), Section("skills", "Skills", 3, 5)),
        positions=(_position("Data Scientist", "Acme", "2021-01", "2024-06", 1, 2),),
    )
    role = analyzer.analyze_document(document).role("data_scientist")
    show = [s for s in role.next_steps if s.kind == "show"]
    assert {s.id for s in show} == {"matplotlib", "plotly"}  # Python is shown in work too: nothing to show
    assert "Data Scientist, Acme" in show[0].reason
    assert "Show what you listed" in render(analyzer.analyze_document(document), "text")


def test_refresh_step_when_last_used_long_before_as_of(analyzer: Analyzer, monkeypatch: pytest.MonkeyPatch) -> None:
    original = report_module._found_skills

    def dated(*args: object, **kwargs: object) -> dict[str, FoundSkill]:
        found = original(*args, **kwargs)  # type: ignore[arg-type]
        return {k: replace(v, months=24, first_used="2016-01", last_used="2017-12", positions=(0,)) for k, v in found.items()}

    monkeypatch.setattr(report_module, "_found_skills", dated)
    report = analyzer.analyze_text("Experience\nAnalyst | Acme | 2016 - 2017\n- A/B testing with SQL.\n")
    steps = [s for s in report.role("data_scientist").next_steps if s.kind == "refresh"]
    assert {s.id for s in steps} >= {"ab_testing", "sql"}
    assert f"more than {REFRESH_YEARS} years" in steps[0].reason


# -- job postings ------------------------------------------------------------------------------------

POSTING = """Senior ML Engineer

Responsibilities
You will run online experiments and train models with PyTorch or TensorFlow.
Use Kubernetes to run training jobs.

Requirements
One of Python/R.
Strong SQL. PostgreSQL experience preferred.

Nice to have
Kubernetes and Docker experience.
"""


def test_posting_reads_either_or_nice_to_have_and_duties(analyzer: Analyzer) -> None:
    job = analyzer.read_job(text=POSTING)
    assert ("pytorch", "tensorflow") in job.alternatives and ("python", "r_language") in job.alternatives
    assert "docker" in job.optional and "docker" not in job.required
    assert "kubernetes" in job.required and "kubernetes" not in job.optional  # the duty needs it, whatever the heading adds
    assert {"ab_testing", "sql"} <= set(job.required)  # a duty, and a sentence without "preferred"
    resume = document_from_text("Experience\nML Engineer | Acme | 2020 - 2024\n- TensorFlow models in Python.\n")
    report = analyzer.analyze_document(resume, job=job)
    role = report.role("job")
    chosen = {c.options: c.chosen for c in role.choices}
    assert chosen[("pytorch", "tensorflow")] == "tensorflow"
    assert "pytorch" not in {m.id for m in role.missing}
    assert "one of PyTorch or TensorFlow / Keras: TensorFlow / Keras shown" in render(report, "text")
    weights = {c.id: c.weight for c in role.contributions}
    assert weights["docker"] < load_taxonomy().weight("docker")  # optional weighs less


# -- evaluation -------------------------------------------------------------------------------------


def test_evaluation_orders_pairs_and_checks_best_fit(tmp_path: Path) -> None:
    (tmp_path / "ml.txt").write_text(ML_ENGINEER, encoding="utf-8")
    (tmp_path / "acc.txt").write_text(ACCOUNTANT, encoding="utf-8")
    (tmp_path / "labels.toml").write_text(
        'as_of = "2026-12"\n'
        '[[resume]]\nname = "ml"\nfile = "ml.txt"\nsplit = "dev"\nskills = []\n'
        'level = { ai_engineer = 2, data_scientist = 0 }\nbest = "ai_engineer"\n'
        '[[resume]]\nname = "acc"\nfile = "acc.txt"\nsplit = "dev"\nskills = []\n'
        'level = { ai_engineer = 0, data_scientist = 1 }\nbest = "data_scientist"\n'
        '[[resume]]\nname = "hidden"\nfile = "acc.txt"\nsplit = "blind"\nskills = []\n',
        encoding="utf-8",
    )
    evaluation = evaluate(tmp_path, split="dev")
    assert [r.name for r in evaluation.results] == ["ml", "acc"]
    assert evaluation.pair_order("ai_engineer").agree == evaluation.pair_order("ai_engineer").total == 1
    assert [r.best_fit_right for r in evaluation.fit_results] == [True, False]
    printed = "\n".join(format_evaluation(evaluation))
    assert "best fit right: 1/2" in printed and "acc: best fit none, labelled data_scientist" in printed


def test_cli_explain_score_lists_each_skills_share() -> None:
    result = runner.invoke(app, [str(SAMPLES / "ai_engineer.pdf"), "--explain-score", "ai_engineer"])
    assert result.exit_code == 0, result.stderr
    assert "AI Engineer: readiness score" in result.stdout and "Model serving" in result.stdout
    assert "sum(weight x strength) / sum(weight) x factor" in result.stdout
    unknown = runner.invoke(app, [str(SAMPLES / "ai_engineer.pdf"), "--explain-score", "nope"])
    assert unknown.exit_code == 2 and "unknown role 'nope'" in unknown.stderr


def test_report_json_keeps_old_keys_and_adds_score(analyzer: Analyzer) -> None:
    data: dict[str, object] = json.loads(render(analyzer.analyze(SAMPLES / "data_scientist.pdf"), "json"))
    assert data["best_fit"] == "data_scientist"
    roles = data["roles"]
    assert isinstance(roles, list)
    for role in roles:
        assert {"coverage", "score", "found", "missing", "next_steps", "groups"} <= set(role)
        assert all(step["kind"] in ("learn", "show", "refresh") for step in role["next_steps"])


def test_a_core_skill_outside_the_role_names_roles_toml_and_skill(folder: Path) -> None:
    _edit(folder / "roles.toml", 'core = ["statistics",', 'core = ["pytorch", "statistics",')
    with pytest.raises(TaxonomyError, match=r"roles\.toml.*skill 'pytorch'.*not one of its skills"):
        load_taxonomy(folder)


def test_a_requirements_heading_after_nice_to_have_ends_the_optional_part(analyzer: Analyzer) -> None:
    job = analyzer.read_job(
        text="Nice to have:\n- Matplotlib or Plotly charts\n\n## Other requirements\n- Excellent communication skills\n"
    )
    assert "plotly" in job.optional and "communication" in job.required


def test_evaluation_names_resumes_whose_total_experience_is_off(tmp_path: Path) -> None:
    (tmp_path / "ml.txt").write_text(ML_ENGINEER, encoding="utf-8")
    (tmp_path / "labels.toml").write_text(
        'as_of = "2026-12"\n'
        '[[resume]]\nname = "ml"\nfile = "ml.txt"\nsplit = "dev"\nskills = []\n'
        '[[resume.position]]\ntitle = "Machine Learning Engineer"\norganization = "Acme"\n'
        'start = "2019-01"\nend = "2024-12"\nskills = []\n',
        encoding="utf-8",
    )
    printed = "\n".join(format_depth(evaluate(tmp_path, split="dev")))
    assert "total experience within max(2, 10%):    0/1" in printed
    assert "    ml: 72 -> 48" in printed  # labelled 2019-2024, the resume says 2021-2024


def test_one_tool_in_an_unrelated_job_is_no_fit() -> None:
    """A store manager who once built dashboards in Tableau fits neither role yet (labelled resumes of other fields
    were given a best fit at this strength 42 times in 872)."""
    text = """Jane Roe
Experience
Store Manager | Fresh Foods | 2018 - Present
Ran the store team of 14 and the weekly stock orders; built the sales dashboards in Tableau.
Skills
Excel
"""
    report = Analyzer(as_of="2026-12").analyze_text(text)
    assert report.best_fit is None
    assert report.role("data_scientist").score > 0  # the dashboards still count towards the role


def test_best_fit_compares_scores_on_each_roles_scale(analyzer: Analyzer) -> None:
    """The AI Engineer's score runs lower for the same readiness (more, rarer skills): a resume that serves PyTorch
    models in production and also analyses data is an AI Engineer first, as its labellers said of such resumes."""
    text = (
        "Jane Roe\nExperience\nML Engineer | Acme | Jan 2022 - Present\n"
        "Trained PyTorch models and served them with FastAPI in Docker on Kubernetes.\n"
        "Analyzed sales data with SQL and pandas and built Tableau dashboards for the finance team.\n"
        "Ran A/B tests and hypothesis tests on pricing experiments.\nSkills\nPython, SQL, statistics\n"
    )
    report = analyzer.analyze_text(text)
    ai, ds = report.role("ai_engineer"), report.role("data_scientist")
    assert ai.score < ds.score < ai.fit_score
    assert report.best_fit == "ai_engineer" and report.closest is ai
    # JSON readers see the score the roles were compared by, not only the raw scores that rank them the other way
    roles = {r["id"]: r for r in json.loads(render(report, "json"))["roles"]}
    assert roles["ai_engineer"]["fit_score"] > roles["data_scientist"]["fit_score"]
    assert roles["ai_engineer"]["score"] < roles["data_scientist"]["score"]
