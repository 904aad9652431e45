"""Normalization is linear in the text (issue 14.3): long lines of letters or spaces do not stall a resume."""

from __future__ import annotations

import random
import string
import time

from gapcheck import analyze_text
from gapcheck.normalize import clean_line, join_hyphenated


def _letters(count: int, width: int) -> list[str]:
    rng = random.Random(14)
    return ["".join(rng.choice(string.ascii_lowercase) for _ in range(width)) for _ in range(count)]


def test_hyphen_joining_is_linear_and_still_joins() -> None:
    lines = [*_letters(2000, 999), "Built distri-", "buted systems and fine-", "tuning pipelines", "x1-", "abc", "résu-", "mé"]
    started = time.perf_counter()
    joined = join_hyphenated(lines)
    elapsed = time.perf_counter() - started
    assert elapsed < 5, f"2,000 lines of 999 letters took {elapsed:.1f} s to join"  # quadratic: minutes
    assert joined[:2000] == lines[:2000]
    assert joined[2000:] == ["Built distributed", "systems and fine-tuning", "pipelines", "x1-", "abc", "résumé", ""]


def test_long_runs_of_spaces_are_cleaned_in_linear_time() -> None:
    started = time.perf_counter()
    cleaned = clean_line("Python" + " " * 200_000 + "Docker")
    elapsed = time.perf_counter() - started
    assert elapsed < 5, f"a line with 200,000 spaces took {elapsed:.1f} s to clean"
    assert cleaned == "Python Docker"
    assert clean_line("S K I L L S     •    Python   ") == "SKILLS | Python"


def test_a_resume_of_long_letter_lines_is_analyzed_quickly() -> None:
    analyze_text("warm up")
    text = "Skills\nPython, Docker, Kuber-\nnetes\n" + "\n".join(_letters(1900, 999))
    started = time.perf_counter()
    report = analyze_text(text)
    elapsed = time.perf_counter() - started
    assert {"python", "docker", "kubernetes"} <= {f.id for f in report.role("ai_engineer").found}
    assert elapsed < 30, f"took {elapsed:.1f} s"
