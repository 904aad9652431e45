"""The accuracy floor on the labelled evaluation set (tests/eval): precision >= 0.97, recall >= 0.93."""

from __future__ import annotations

import pytest

from gapcheck.eval import Evaluation, evaluate, format_evaluation

from .conftest import REPO

EVAL = REPO / "tests" / "eval"


@pytest.fixture(scope="module")
def evaluation() -> Evaluation:
    return evaluate(EVAL)


def test_micro_precision_and_recall_hold_the_floor(evaluation: Evaluation) -> None:
    micro = evaluation.micro
    report = "\n".join(format_evaluation(evaluation))
    assert len(evaluation.results) >= 40
    assert micro.precision >= 0.97, report
    assert micro.recall >= 0.93, report


def test_holdout_set_holds_the_floor_too() -> None:
    holdout = evaluate(REPO / "tests" / "holdout")
    report = "\n".join(format_evaluation(holdout))
    assert len(holdout.results) >= 30
    assert holdout.micro.precision >= 0.97, report
    assert holdout.micro.recall >= 0.93, report


def test_no_skill_is_invented_on_unrelated_resumes(evaluation: Evaluation) -> None:
    unrelated = [r for r in evaluation.results if r.profile == "unrelated"]
    assert len(unrelated) >= 8
    assert [(r.name, r.false_positives) for r in unrelated if r.false_positives] == []


def test_every_labelled_pdf_is_read(evaluation: Evaluation) -> None:
    assert [r.name for r in evaluation.results if r.error] == []
