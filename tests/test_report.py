"""Scoring a known text: coverage numbers, evidence and the JSON schema."""

from __future__ import annotations

import json

import pytest

from gapcheck import Report, analyze_text
from gapcheck.taxonomy import load_taxonomy

TEXT = """Jane Doe
Summary
Machine learning engineer.

Experience
Built RAG assistants with LangGraph agents and served them with vLLM on Kubernetes.
Fine-tuned Llama 3 with LoRA; tracked runs in MLflow.

Skills
Python, Docker, Kubernetes, Git
"""


@pytest.fixture(scope="module")
def report() -> Report:
    return analyze_text(TEXT, source="jane.txt")


def test_found_skills_and_coverage(report: Report) -> None:
    ai = report.role("ai_engineer")
    found = {f.id for f in ai.found}
    assert found == {
        "machine_learning",
        "rag",
        "ai_agents",
        "model_serving",
        "kubernetes",
        "llm_fine_tuning",
        "model_registry",
        "python",
        "docker",
        "git",
    }
    total = len(load_taxonomy().skills_of("ai_engineer"))
    assert ai.total == total
    assert ai.coverage == pytest.approx(len(found) / total)
    ds = report.role("data_scientist")
    assert {f.id for f in ds.found} == {"machine_learning", "python", "git"}
    assert report.best_fit == "ai_engineer"


def test_group_coverage_adds_up(report: Report) -> None:
    for role in report.roles:
        assert sum(g.found for g in role.groups) == len(role.found)
        assert sum(g.total for g in role.groups) == role.total
        containers = [g for g in role.groups if g.id == "containers_cloud"]
        if containers:
            assert (containers[0].found, containers[0].total) == (2, 3)


def test_best_evidence_prefers_experience_prose_over_skills_list(report: Report) -> None:
    kube = next(f for f in report.role("ai_engineer").found if f.id == "kubernetes")
    assert kube.evidence[0].section == "experience"
    assert "served them with vLLM" in kube.evidence[0].text
    assert kube.count == 2 and kube.evidence[1].section == "skills"


def test_to_dict_has_the_documented_keys(report: Report) -> None:
    data = json.loads(json.dumps(report.to_dict()))
    assert data["schema_version"] == 2 and data["best_fit"] == "ai_engineer"
    assert set(data) >= {"as_of", "experience_months", "positions"}
    assert [r["id"] for r in data["roles"]] == ["ai_engineer", "data_scientist"]
    for role in data["roles"]:
        assert set(role) >= {"id", "name", "coverage", "groups", "found", "missing"}
        assert 0 <= role["coverage"] <= 1
        for group in role["groups"]:
            assert set(group) >= {"id", "name", "coverage"}
        for skill in role["found"]:
            assert set(skill) >= {"id", "name", "group", "match", "score", "evidence", "months", "first_used", "last_used", "positions"}
            assert skill["match"] in ("exact", "lemma", "fuzzy", "implied")
            assert all(set(e) >= {"text", "page"} for e in skill["evidence"])
        for skill in role["missing"]:
            assert set(skill) >= {"id", "name", "group"}


def test_roles_filter(report: Report) -> None:
    only = analyze_text(TEXT, roles=["data_scientist"])
    assert [r.id for r in only.roles] == ["data_scientist"]
    # machine learning, Python and Git alone do not make a data scientist: the only role asked for does not fit
    assert only.best_fit is None and only.closest is not None and only.closest.id == "data_scientist"
