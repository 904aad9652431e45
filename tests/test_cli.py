"""The gapcheck command through typer's CliRunner: formats, options and exit codes."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest
from typer.testing import CliRunner

from gapcheck.cli import app
from gapcheck.version import __version__

from .conftest import SAMPLES

runner = CliRunner()
AI = SAMPLES / "ai_engineer.pdf"
DS = SAMPLES / "data_scientist.pdf"


def test_text_report_shows_both_roles_and_best_fit() -> None:
    result = runner.invoke(app, [str(AI)])
    assert result.exit_code == 0, result.output
    assert "AI Engineer" in result.stdout and "Data Scientist" in result.stdout
    assert "Best fit: AI Engineer" in result.stdout
    assert "Missing" in result.stdout


@pytest.mark.parametrize(("sample", "better", "worse"), [(AI, "ai_engineer", "data_scientist"), (DS, "data_scientist", "ai_engineer")])
def test_json_report_ranks_the_sample_roles(sample: Path, better: str, worse: str) -> None:
    result = runner.invoke(app, [str(sample), "--format", "json"])
    assert result.exit_code == 0, result.output
    data = json.loads(result.stdout)
    coverage = {r["id"]: r["coverage"] for r in data["roles"]}
    assert coverage[better] > coverage[worse]
    assert data["best_fit"] == better


def test_markdown_and_output_file(tmp_path: Path) -> None:
    out = tmp_path / "report.md"
    result = runner.invoke(app, [str(DS), "-f", "markdown", "-o", str(out)])
    assert result.exit_code == 0 and result.stdout == ""
    text = out.read_text(encoding="utf-8")
    assert text.startswith("# Skills gap") and "| Data Scientist |" in text
    assert [p.name for p in tmp_path.iterdir()] == ["report.md"]


def test_role_option_limits_the_report() -> None:
    result = runner.invoke(app, [str(DS), "-f", "json", "--role", "data_scientist"])
    assert [r["id"] for r in json.loads(result.stdout)["roles"]] == ["data_scientist"]
    bad = runner.invoke(app, [str(DS), "--role", "astronaut"])
    assert bad.exit_code == 2 and "unknown role 'astronaut'" in bad.stderr


def test_version() -> None:
    result = runner.invoke(app, ["--version"])
    assert result.exit_code == 0 and result.stdout.strip() == f"gapcheck {__version__}"


@pytest.mark.parametrize(
    ("make", "expected"),
    [
        (lambda d: d / "missing.pdf", "no such file"),
        (lambda d: d, "no resume files"),
        (lambda d: _write(d / "notes.pdf", b"just some text, not a PDF"), "is not a PDF"),
        (lambda d: _write(d / "empty.pdf", b""), "is empty"),
        (lambda d: _write(d / "cv.docx", b"PK\x03\x04 word"), "not a valid .docx"),
        (lambda d: _write(d / "cv.doc", b"\xd0\xcf\x11\xe0 word"), "save it as .docx or PDF"),
    ],
)
def test_bad_input_exits_2_with_one_line(tmp_path: Path, make, expected: str) -> None:
    path = make(tmp_path)
    result = runner.invoke(app, [str(path)])
    assert result.exit_code == 2
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1 and str(path) in lines[0] and expected in lines[0], lines
    assert "Traceback" not in result.output


def test_encrypted_pdf_needs_password(tmp_path: Path) -> None:
    fpdf = pytest.importorskip("fpdf")
    pdf = fpdf.FPDF()
    pdf.set_encryption(owner_password="owner", user_password="secret")
    pdf.add_page()
    pdf.set_font("Helvetica", size=12)
    pdf.cell(0, 10, "Python and Kubernetes engineer with Docker experience")
    path = tmp_path / "locked.pdf"
    pdf.output(str(path))
    result = runner.invoke(app, [str(path)])
    assert result.exit_code == 2 and "--password" in result.stderr
    opened = runner.invoke(app, [str(path), "--password", "secret", "-f", "json"])
    assert opened.exit_code == 0, opened.output
    assert "kubernetes" in {f["id"] for f in json.loads(opened.stdout)["roles"][0]["found"]}


def test_pdf_without_text_says_it_looks_scanned(tmp_path: Path) -> None:
    fpdf = pytest.importorskip("fpdf")
    pdf = fpdf.FPDF()
    pdf.add_page()
    pdf.rect(20, 20, 100, 50, style="F")
    path = tmp_path / "scan.pdf"
    pdf.output(str(path))
    result = runner.invoke(app, [str(path)])
    assert result.exit_code == 2 and "looks scanned" in result.stderr and "OCR" in result.stderr


def test_help_does_not_import_spacy() -> None:
    code = (
        "import sys; from gapcheck.cli import app\n"
        "try:\n    app(['--help'])\nexcept SystemExit:\n    pass\n"
        "print('spacy' in sys.modules, 'pdfminer' in sys.modules)"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True).stdout
    assert out.strip().splitlines()[-1] == "False False"


def test_readme_shows_the_real_help() -> None:
    readme = (SAMPLES.parent / "README.md").read_text(encoding="utf-8")
    result = runner.invoke(app, ["--help"], env={"COLUMNS": "100", "TERM": "dumb"})
    for line in result.stdout.splitlines():
        if line.strip().startswith(("-", "--")):
            assert line.split()[0] in readme, line


def _write(path: Path, data: bytes) -> Path:
    path.write_bytes(data)
    return path


def test_console_entry_point_flushes_everything_and_keeps_exit_codes(tmp_path: Path) -> None:
    """main() ends the process without interpreter teardown once spaCy is loaded; output and codes stay right."""
    ok = subprocess.run([sys.executable, "-m", "gapcheck.cli", str(AI), "-f", "json"], capture_output=True, text=True)
    assert ok.returncode == 0 and json.loads(ok.stdout)["best_fit"] == "ai_engineer"
    bad_job = subprocess.run(
        [sys.executable, "-m", "gapcheck.cli", str(AI), "--job", str(tmp_path / "nope.txt")], capture_output=True, text=True
    )
    assert bad_job.returncode == 2 and bad_job.stderr.count("\n") == 1 and "nope.txt" in bad_job.stderr
    missing = subprocess.run([sys.executable, "-m", "gapcheck.cli", str(tmp_path / "x.pdf")], capture_output=True, text=True)
    assert missing.returncode == 2 and "no such file" in missing.stderr
