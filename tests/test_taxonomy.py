"""The built-in taxonomy holds the contract skills; broken taxonomy folders give errors naming file and skill."""

from __future__ import annotations

import re
import shutil
from pathlib import Path

import pytest
from typer.testing import CliRunner

from gapcheck import Analyzer, TaxonomyError, load_taxonomy
from gapcheck.cli import app
from gapcheck.taxonomy import builtin_taxonomy_dir

CONTRACT = {
    "python": ("shared", "Python programming"),
    "machine_learning": ("shared", "ML fundamentals"),
    "statistics": ("shared", "Statistics basics"),
    "git": ("shared", "Git version control"),
    "communication": ("shared", "Communication"),
    "system_design": ("ai_engineer", "Systems design and distributed computing"),
    "distributed_computing": ("ai_engineer", "Systems design and distributed computing"),
    "docker": ("ai_engineer", "Docker, Kubernetes, cloud infrastructure"),
    "kubernetes": ("ai_engineer", "Docker, Kubernetes, cloud infrastructure"),
    "cloud": ("ai_engineer", "Docker, Kubernetes, cloud infrastructure"),
    "pytorch": ("ai_engineer", "Deep learning frameworks"),
    "model_serving": ("ai_engineer", "Inference pipelines and serving"),
    "inference_optimization": ("ai_engineer", "Model optimization"),
    "quantization": ("ai_engineer", "Model optimization"),
    "distillation": ("ai_engineer", "Model optimization"),
    "pruning": ("ai_engineer", "Model optimization"),
    "fastapi": ("ai_engineer", "API development"),
    "grpc": ("ai_engineer", "API development"),
    "rest_api": ("ai_engineer", "API development"),
    "prompt_engineering": ("ai_engineer", "LLM engineering"),
    "rag": ("ai_engineer", "LLM engineering"),
    "ai_agents": ("ai_engineer", "LLM engineering"),
    "llm_fine_tuning": ("ai_engineer", "LLM engineering"),
    "gpu_infrastructure": ("ai_engineer", "ML infrastructure"),
    "model_registry": ("ai_engineer", "ML infrastructure"),
    "bayesian_methods": ("data_scientist", "Advanced statistics"),
    "causal_inference": ("data_scientist", "Advanced statistics"),
    "ab_testing": ("data_scientist", "Experiment design"),
    "multi_armed_bandits": ("data_scientist", "Experiment design"),
    "hypothesis_testing": ("data_scientist", "Statistical modeling and hypothesis testing"),
    "statistical_modeling": ("data_scientist", "Statistical modeling and hypothesis testing"),
    "matplotlib": ("data_scientist", "Data visualization"),
    "plotly": ("data_scientist", "Data visualization"),
    "tableau": ("data_scientist", "Data visualization"),
    "dashboards": ("data_scientist", "Dashboards and reporting"),
    "business_acumen": ("data_scientist", "Business acumen and storytelling"),
    "data_storytelling": ("data_scientist", "Business acumen and storytelling"),
    "sql": ("data_scientist", "SQL mastery"),
    "advanced_sql": ("data_scientist", "SQL mastery"),
    "jupyter": ("data_scientist", "Data science tools"),
    "predictive_modeling": ("data_scientist", "Predictive modeling"),
    "feature_engineering": ("data_scientist", "Feature engineering and data exploration"),
    "data_exploration": ("data_scientist", "Feature engineering and data exploration"),
}


def test_every_contract_skill_is_in_the_taxonomy_with_its_role_and_group() -> None:
    taxonomy = load_taxonomy()
    for skill_id, (taxonomy_id, group_name) in CONTRACT.items():
        skill = taxonomy.skill(skill_id)
        assert skill.taxonomy == taxonomy_id, skill_id
        assert taxonomy.groups[skill.group].name == group_name, skill_id


def test_roles_are_shared_plus_their_own_skills() -> None:
    taxonomy = load_taxonomy()
    ai = {s.id for s in taxonomy.skills_of("ai_engineer")}
    ds = {s.id for s in taxonomy.skills_of("data_scientist")}
    shared = {k for k, (t, _) in CONTRACT.items() if t == "shared"}
    assert shared <= ai and shared <= ds
    assert "pytorch" in ai and "pytorch" not in ds
    assert "tableau" in ds and "tableau" not in ai


@pytest.fixture
def folder(tmp_path: Path) -> Path:
    target = tmp_path / "tax"
    shutil.copytree(builtin_taxonomy_dir(), target, ignore=shutil.ignore_patterns("__pycache__", "*.py"))
    return target


# the git skill's first aliases, however GitHub's table is written ('"Git", "GitHub",' or '"Git", { text = "GitHub", ... },')
GIT_AND_GITHUB = "<Git and GitHub aliases>"


def _edit(path: Path, old: str, new: str) -> None:
    text = path.read_text(encoding="utf-8")
    if old == GIT_AND_GITHUB:
        match = re.search(r'(?:"Git"|\{ text = "Git"[^{}]*\}), (?:"GitHub"|\{ text = "GitHub"[^{}]*\}),', text)
        assert match is not None
        old = match.group()
    assert old in text, old
    path.write_text(text.replace(old, new, 1), encoding="utf-8")


@pytest.mark.parametrize(
    ("file", "old", "new", "expected"),
    [
        ("shared.toml", 'id = "git"\n', 'id = "git"\ncolour = "red"\n', "unknown key 'colour'"),
        ("shared.toml", 'id = "git"\n', 'id = "python"\n', "duplicate skill id"),
        ("ai_engineer.toml", '"Kubeflow", ', '"Kubeflow", "GitHub", ', "alias 'GitHub' is also claimed by skill"),
        ("shared.toml", GIT_AND_GITHUB, '"Git", "GitHub", { text = "github", fuzzy = false },', "alias 'github' is listed twice"),
        ("shared.toml", GIT_AND_GITHUB, '"Git", { text = "GitHub", unless = "forks" },', "alias 'GitHub' unless"),
        ("shared.toml", GIT_AND_GITHUB, '"Git", { text = "GitHub", unless = ["stack overflow"] },', "'stack overflow' is not one word"),
        ("shared.toml", GIT_AND_GITHUB, '"Git", { text = "GitHub", listed_act = "yes" },', "'listed_act' must be true or false"),
        ("shared.toml", GIT_AND_GITHUB, '"Git", { text = "GitHub", claim = 1 },', "'claim' must be true or false"),
        ("shared.toml", GIT_AND_GITHUB, "", "non-empty 'aliases'"),
        ("shared.toml", GIT_AND_GITHUB, '"Git", { text = [] },', "'text' list is empty"),
        ("shared.toml", GIT_AND_GITHUB, '"Git", { text = ["GitHub", 3] },', "an alias must be a non-empty string"),
        ("shared.toml", GIT_AND_GITHUB, '"Git", { text = ["GitHub", "github"] },', "alias 'github' is listed twice"),
        ("shared.toml", GIT_AND_GITHUB, '"Git", { text = ["GitHub", "Gitea"], context = "words" },', "alias 'GitHub, ...'"),
        ("shared.toml", 'group = "version_control"', 'group = "vcs"', "unknown group 'vcs'"),
        ("roles.toml", 'taxonomies = ["shared", "ai_engineer"]', 'taxonomies = ["shared", "ai_eng"]', "unknown taxonomy 'ai_eng'"),
        ("ai_engineer.toml", 'broader = ["machine_learning"]', 'broader = ["ml"]', "'broader' names 'ml', which is not another skill"),
        (
            "data_scientist.toml",
            'months_in = ["statistics"]',
            'months_in = ["stats"]',
            "'months_in' names 'stats', which is not another skill",
        ),
        ("roles.toml", "fit_scale = 1.3", "fit_scale = -1", "'fit_scale' must be a positive number"),
    ],
)
def test_broken_taxonomy_names_file_and_skill(folder: Path, file: str, old: str, new: str, expected: str) -> None:
    target = folder / file
    if file == "shared.toml" and new == "":
        # empty the alias list of git
        text = target.read_text(encoding="utf-8")
        start = text.index('id = "git"')
        a = text.index("aliases = [", start)
        b = text.index("\n]", a)  # the list closes on a line of its own (its aliases may hold lists too)
        target.write_text(text[:a] + "aliases = []" + text[b + 2 :], encoding="utf-8")
    else:
        _edit(target, old, new)
    with pytest.raises(TaxonomyError) as info:
        load_taxonomy(folder)
    message = str(info.value)
    assert expected in message
    assert file in message or ("also claimed" in message and ".toml" in message)
    if file != "roles.toml":
        assert "skill '" in message


def test_invalid_toml_names_the_file(folder: Path) -> None:
    (folder / "shared.toml").write_text("[[skill]\nid = ", encoding="utf-8")
    with pytest.raises(TaxonomyError, match=r"shared\.toml: not valid TOML"):
        load_taxonomy(folder)


def test_extend_adds_a_role_to_the_builtin_taxonomy(tmp_path: Path) -> None:
    extra = tmp_path / "extra"
    extra.mkdir()
    (extra / "roles.toml").write_text(
        '[[role]]\nid = "ml_ops"\nname = "MLOps Engineer"\ntaxonomies = ["shared", "mlops"]\n', encoding="utf-8"
    )
    (extra / "mlops.toml").write_text(
        '[taxonomy]\nid = "mlops"\nname = "MLOps"\n\n[[group]]\nid = "orchestration"\nname = "Orchestration"\n\n'
        '[[skill]]\nid = "airflow"\nname = "Airflow"\ngroup = "orchestration"\naliases = ["Airflow"]\n',
        encoding="utf-8",
    )
    taxonomy = load_taxonomy(extra, extend=True)
    assert [r.id for r in taxonomy.roles] == ["ai_engineer", "data_scientist", "ml_ops"]
    assert {s.id for s in taxonomy.skills_of("ml_ops")} >= {"airflow", "python", "git"}


def test_an_exclusion_that_reads_as_its_own_alias_is_refused(folder: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    # "my" is skipped in matching, so excluding "my mentor" would silence "mentor" (and "Mentored two interns")
    monkeypatch.setenv("GAPCHECK_NO_CACHE", "1")
    _edit(folder / "shared.toml", '"receive mentoring",', '"receive mentoring", "my mentor",')
    with pytest.raises(TaxonomyError, match=r"shared\.toml: skill 'communication': exclude 'my mentor' reads as 'mentor'"):
        Analyzer(taxonomy=folder).analyze_text("Mentored two interns")


def test_an_alias_table_with_several_texts_gives_each_text_its_settings(folder: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("GAPCHECK_NO_CACHE", "1")
    _edit(folder / "shared.toml", GIT_AND_GITHUB, '"Git", { text = ["GitHub", "Gitea"], context = "words", words = ["repository"] },')
    analyzer = Analyzer(taxonomy=folder)
    for name in ("GitHub", "Gitea"):
        assert "git" in analyzer.analyze_text(f"Kept the {name} repository of our lab.").found_ids, name
        assert "git" not in analyzer.analyze_text(f"Wrote an article about {name} for the school paper.").found_ids, name


def test_an_alias_whose_determiners_leave_one_word_is_refused(folder: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    # "the" is skipped in matching, so the alias "present the" would be "present": every "Jan 2024 - Present" a talk
    monkeypatch.setenv("GAPCHECK_NO_CACHE", "1")
    _edit(folder / "shared.toml", '"liaise", "liaised",', '"present the", "liaise", "liaised",')
    with pytest.raises(TaxonomyError, match=r"shared\.toml: skill 'communication': alias 'present the' reads as 'present' alone"):
        Analyzer(taxonomy=folder).analyze_text("Data Analyst, Acme, Jan 2024 - Present")


def test_check_taxonomy_refuses_an_alias_that_matching_would_shrink(folder: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("GAPCHECK_NO_CACHE", "1")
    _edit(folder / "shared.toml", '"liaise", "liaised",', '"present the", "liaise", "liaised",')
    result = CliRunner().invoke(app, ["--check-taxonomy", "--taxonomy", str(folder)])
    assert result.exit_code == 2, result.output
    assert "alias 'present the' reads as 'present' alone" in result.stderr and "valid" not in result.output
