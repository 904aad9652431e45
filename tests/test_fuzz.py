"""Fuzzing (issue 4): the text path raises nothing but GapcheckError on arbitrary Unicode, and
byte-mutated PDFs give a report or a gapcheck error within the time limit."""

from __future__ import annotations

import contextlib
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

import gapcheck
from gapcheck.errors import GapcheckError
from gapcheck.report import Report

from .fixtures import mutate, pdfs

_FRAGMENTS = st.sampled_from(
    [
        "Python",
        "PyTorch",
        "A/B testing",
        "Kubernetes",
        "k8s",
        "scikit-learn",
        "\x00",
        "\x1b[31m",
        "\x1b]8;;",
        "\u202e",
        "\u200f",
        "\u0645\u0631\u062d\u0628\u0627",
        "\u05e9\u05dc\u05d5\u05dd",
        "\ufeff",
        "\u00ad",
        "\r",
        "\n",
        "\n\n",
        "\t",
        "\u2028",
        "\ud7ff",
        "\U0001f600",
        "(cid:12)",
        "fi\ufb01",
        "-\n",
        "|",
        "•",
        "#",
        "**",
        "S K I L L S",
        "e\u0301",
        "\x85",
        "\x7f",
        "\u0000\u0000",
    ]
)
_TEXT = st.lists(
    st.one_of(_FRAGMENTS, st.text(max_size=40), st.characters(codec="utf-8").map(lambda c: c * 50)),
    max_size=30,
).map("".join)


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(text=_TEXT)
def test_analyze_text_only_raises_gapcheck_errors(text: str) -> None:
    try:
        report = gapcheck.analyze_text(text)
    except GapcheckError:
        return
    assert isinstance(report, Report)


@settings(max_examples=15, deadline=None)
@given(text=st.text(min_size=1, max_size=200), source=st.text(max_size=30))
def test_analyze_text_any_source_name(text: str, source: str) -> None:
    with contextlib.suppress(GapcheckError):
        gapcheck.analyze_text(text, source=source)


@pytest.mark.parametrize(
    "line",
    [
        "x" * 1_000_000,
        "Python " * 30_000,
        "\u202e\x00\x1b[2J" * 100_000,
        "Kubernetes|" * 20_000,
    ],
    ids=["1MB-word", "repeated-skill", "controls", "pipes"],
)
def test_very_long_lines(line: str) -> None:
    report = gapcheck.analyze_text(line)
    assert isinstance(report, Report)


def test_text_over_limit_is_a_gapcheck_error() -> None:
    from gapcheck.errors import InputTooLarge

    with pytest.raises(InputTooLarge):
        gapcheck.analyze_text("a" * 2_000_001)


def _bases(tmp: Path) -> list[Path]:
    bases = [pdfs.text_pdf(tmp / "generated.pdf"), pdfs.encrypted_pdf(tmp / "owner.pdf", user="")]
    bases += pdfs.sample_pdfs()
    corpus = pdfs.corpus_dir()
    if corpus is not None:
        # The smallest corpus files keep the CI run fast; the benchmark uses all of them.
        bases += sorted(corpus.glob("*.pdf"), key=lambda p: p.stat().st_size)[:6]
    return bases


@pytest.mark.parametrize(
    ("count", "seed", "in_process"),
    [(60, 4, False), (20, 5, True)],  # through the reader process, and in-process (no os.fork, or timeout=None)
    ids=["reader-process", "in-process"],
)
def test_mutated_pdfs_give_report_or_gapcheck_error(tmp_path: Path, count: int, seed: int, in_process: bool) -> None:
    bases_dir = tmp_path / "bases"
    bases_dir.mkdir()
    work = tmp_path / "work"
    work.mkdir()
    tally = mutate.run(
        gapcheck.analyzer.default_analyzer(),
        _bases(bases_dir),
        count=count,
        seed=seed,
        folder=work,
        timeout=10.0,
        in_process=in_process,
    )
    assert tally.tried == count
    assert tally.uncaught == []
    assert tally.overran == []
    assert tally.reports + sum(tally.errors.values()) == count
    assert list(work.iterdir()) == []
