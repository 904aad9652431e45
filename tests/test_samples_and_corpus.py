"""The samples rank as intended, and every real resume in the corpus goes through without error."""

from __future__ import annotations

from pathlib import Path

import pytest

from gapcheck import Analyzer, Report

from .conftest import SAMPLES, corpus_pdfs


@pytest.fixture(scope="module")
def analyzer() -> Analyzer:
    return Analyzer()


def coverage(report: Report, role: str) -> float:
    return report.role(role).coverage


def test_ai_engineer_sample_fits_ai_engineer(analyzer: Analyzer) -> None:
    report = analyzer.analyze(SAMPLES / "ai_engineer.pdf")
    assert coverage(report, "ai_engineer") > coverage(report, "data_scientist")
    assert report.best_fit == "ai_engineer"


def test_data_scientist_sample_fits_data_scientist(analyzer: Analyzer) -> None:
    report = analyzer.analyze(SAMPLES / "data_scientist.pdf")
    assert coverage(report, "data_scientist") > coverage(report, "ai_engineer")
    assert report.best_fit == "data_scientist"


def test_chemist_sample_shows_no_engineering_skills(analyzer: Analyzer) -> None:
    report = analyzer.analyze(SAMPLES / "chemist.pdf")
    ai_only = {f.id for f in report.role("ai_engineer").found} - {"python", "machine_learning", "statistics", "git", "communication"}
    assert ai_only == set()
    assert coverage(report, "ai_engineer") < 0.15 and coverage(report, "data_scientist") < 0.2


@pytest.mark.parametrize("pdf", corpus_pdfs(), ids=lambda p: p.name)
def test_corpus_resume_is_analyzed(analyzer: Analyzer, pdf: Path) -> None:
    report = analyzer.analyze(pdf)
    assert report.pages >= 1
    assert {r.id for r in report.roles} == {"ai_engineer", "data_scientist"}
    for role in report.roles:
        for skill in role.found:
            assert skill.evidence and all(e.page >= 1 and e.text for e in skill.evidence)


def test_corpus_is_present_or_skipped() -> None:
    if not corpus_pdfs():
        pytest.skip("no ../shared/corpus folder (set GAPCHECK_CORPUS to use one)")
    assert len(corpus_pdfs()) >= 20
