"""The --engine and --ocr options of the command, and the batch options that carry them to workers."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from typer.testing import CliRunner

from gapcheck.cli import app

from .conftest import SAMPLES

runner = CliRunner()
AI = SAMPLES / "ai_engineer.pdf"


def test_engine_pdfium_gives_the_same_report() -> None:
    pytest.importorskip("pypdfium2")
    default = runner.invoke(app, [str(AI), "--format", "json"])
    pdfium = runner.invoke(app, [str(AI), "--format", "json", "--engine", "pdfium"])
    assert default.exit_code == 0 and pdfium.exit_code == 0, pdfium.output
    mine, theirs = json.loads(pdfium.stdout), json.loads(default.stdout)
    assert mine["best_fit"] == theirs["best_fit"]
    assert [[f["id"] for f in r["found"]] for r in mine["roles"]] == [[f["id"] for f in r["found"]] for r in theirs["roles"]]


def test_unknown_engine_or_ocr_mode_is_a_usage_error() -> None:
    for option in (["--engine", "tesseract"], ["--ocr", "sometimes"]):
        result = runner.invoke(app, [str(AI), *option])
        assert result.exit_code == 2


def test_ocr_never_refuses_an_image_in_one_line(tmp_path: Path) -> None:
    image = tmp_path / "resume.png"
    image.write_bytes(b"\x89PNG\r\n\x1a\n" + b"\x00" * 64)
    result = runner.invoke(app, [str(image), "--ocr", "never"])
    assert result.exit_code == 2
    assert result.stderr.strip().count("\n") == 0 and "--ocr never" in result.stderr


def test_batch_options_carry_engine_and_ocr(tmp_path: Path) -> None:
    pytest.importorskip("pypdfium2")
    from gapcheck.batch import AnalyzerOptions, analyze_many

    options = AnalyzerOptions(engine="pdfium", ocr="never")
    rows = list(analyze_many([AI, SAMPLES / "chemist.pdf"], options=options, workers=2))
    assert [row.ok for row in rows] == [True, True], [row.error for row in rows]
    assert rows[0].report is not None and rows[0].report.best_fit == "ai_engineer"
