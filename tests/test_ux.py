"""What a new user runs into (issue 17) and the command line's edges (issues 10 and 14): terminal width,
--explain by name, quoted evidence, batch folders and rows, standard input and URLs, output files, --model,
several resumes, option values, full disks and SIGTERM."""

from __future__ import annotations

import csv
import io
import json
import os
import re
import signal
import stat
import subprocess
import sys
import zipfile
from pathlib import Path
from typing import Any

import pytest
from typer.testing import CliRunner

from gapcheck.cli import app

from .conftest import REPO, SAMPLES

runner = CliRunner()
AI = SAMPLES / "ai_engineer.pdf"
DS = SAMPLES / "data_scientist.pdf"
SRC = str(REPO / "src")


def _words(text: str) -> list[str]:
    return re.findall(r"[A-Za-z0-9]{2,}", text)


def _one_error_line(result: object, *needles: str) -> str:
    stderr = result.stderr  # type: ignore[attr-defined]
    lines = stderr.strip().splitlines()
    assert result.exit_code == 2, (result.exit_code, stderr)  # type: ignore[attr-defined]
    assert len(lines) == 1 and lines[0].startswith("gapcheck: error: "), lines
    assert "Traceback" not in stderr
    for needle in needles:
        assert needle in lines[0], lines[0]
    return lines[0]


# --- 1: the terminal report fits the terminal -------------------------------------------------------------


@pytest.mark.parametrize("columns", [60, 80, 100])
def test_text_report_fits_the_terminal_width_and_loses_nothing(columns: int) -> None:
    result = runner.invoke(app, [str(AI)], env={"COLUMNS": str(columns)})
    assert result.exit_code == 0, result.output
    lines = result.stdout.splitlines()
    assert max(len(line) for line in lines) <= columns
    data = json.loads(runner.invoke(app, [str(AI), "-f", "json"]).stdout)
    shown = set(_words(result.stdout))
    for role in data["roles"]:
        for skill in role["found"]:
            assert set(_words(skill["name"] + " " + skill["evidence"][0]["text"])) <= shown, skill["name"]
        for miss in role["missing"]:
            assert set(_words(miss["name"])) <= shown


def test_narrower_than_60_columns_is_drawn_at_60() -> None:
    result = runner.invoke(app, [str(DS)], env={"COLUMNS": "30"})
    assert result.exit_code == 0 and max(len(line) for line in result.stdout.splitlines()) == 60


# --- 2: --explain takes what the report prints --------------------------------------------------------------


@pytest.mark.parametrize(
    ("asked", "skill_id"),
    [
        ("Python", "python"),
        ("A/B testing", "ab_testing"),
        ("RAG", "rag"),
        ("Data storytelling", "data_storytelling"),
        ("k8s", "kubernetes"),
        ("SQL", "sql"),
    ],
)
def test_explain_accepts_names_and_aliases_in_any_case(asked: str, skill_id: str) -> None:
    result = runner.invoke(app, [str(DS), "--explain", asked])
    assert result.exit_code == 0, result.output
    assert f"({skill_id}, group" in result.stdout.splitlines()[0]


def test_unknown_skill_suggests_the_closest_names() -> None:
    line = _one_error_line(runner.invoke(app, [str(DS), "--explain", "Pyton"]), "unknown skill 'Pyton'")
    assert "'Python'" in line
    from gapcheck.errors import UnknownSkill
    from gapcheck.taxonomy import load_taxonomy

    taxonomy = load_taxonomy()
    assert taxonomy.find_skill("a/b TESTING").id == "ab_testing"
    with pytest.raises(UnknownSkill, match="Kubernetes"):
        taxonomy.find_skill("Kubernets clusters")


# --- 3: evidence quotes the sentence or bullet ---------------------------------------------------------------


def _document(*lines: tuple[Any, ...]) -> Any:
    """A Document of (text, block) or (text, block, x1) or (text, block, x1, x0) lines."""
    from gapcheck.document import Document, Line

    return Document(
        "cv",
        "pdf",
        1,
        tuple(
            Line(spec[0], 1, i + 1, spec[1], x0=spec[3] if len(spec) > 3 else 50.0, x1=spec[2] if len(spec) > 2 else 0.0)
            for i, spec in enumerate(lines)
        ),
    )


def test_quote_joins_the_lines_a_bullet_wraps_over_and_keeps_its_sentence() -> None:
    from gapcheck.quote import quote

    doc = _document(
        ("• Designed ranking algorithms. Utilized TensorFlow", 3),
        ("to train deep models for 20M users.", 3),
        ("• Built dashboards in Tableau.", 3),
        ("Other block about SQL", 4),
    )
    assert quote(doc, 0, "TensorFlow") == "Utilized TensorFlow to train deep models for 20M users."
    assert quote(doc, 1, "deep models") == "Utilized TensorFlow to train deep models for 20M users."
    assert quote(doc, 2, "Tableau") == "Built dashboards in Tableau."
    assert quote(doc, 3, "SQL") == "Other block about SQL"


def test_quote_is_limited_around_the_match_and_never_cuts_it() -> None:
    from gapcheck.quote import MAX_QUOTE_CHARS, quote

    words = " ".join(f"word{i}" for i in range(60))
    doc = _document((f"{words} Kubernetes {words}", 1))
    text = quote(doc, 0, "Kubernetes")
    assert "Kubernetes" in text and len(text) <= MAX_QUOTE_CHARS + 2
    assert text.startswith("…word") and text.endswith("…")
    long_match = "x" * 300
    assert long_match in quote(_document((f"a {long_match} b", 1)), 0, long_match)


def test_quote_stops_at_a_short_title_line() -> None:
    from gapcheck.quote import quote

    doc = _document(
        ("Machine Learning Engineer, Parcelwise", 7, 300.0),
        ("Jul 2019 - Feb 2022", 7, 560.0, 452.0),
        ("Trained PyTorch models for parcel-label OCR and exported", 7, 560.0),
        ("them to ONNX.", 7, 200.0),
    )
    assert quote(doc, 0, "Machine Learning") == "Machine Learning Engineer, Parcelwise"
    assert quote(doc, 3, "ONNX") == "Trained PyTorch models for parcel-label OCR and exported them to ONNX."


def test_report_evidence_is_the_whole_bullet_and_says_how_many_more_places(tmp_path: Path) -> None:
    resume = tmp_path / "cv.txt"
    resume.write_text(
        "Experience\n- Built recommendation models and ranking algorithms. Utilized\n"
        "  TensorFlow to train deep models for 20M users.\n- Wrote Python services.\n"
        "- Tuned Python jobs.\n- Python scripts for Docker builds.\n",
        encoding="utf-8",
    )
    data = json.loads(runner.invoke(app, [str(resume), "-f", "json"]).stdout)
    found = {f["id"]: f for f in data["roles"][0]["found"]}
    assert found["tensorflow"]["evidence"][0]["text"] == "Utilized TensorFlow to train deep models for 20M users."
    text = runner.invoke(app, [str(resume)], env={"COLUMNS": "100"}).stdout
    count = next(f["count"] for f in data["roles"][0]["found"] if f["id"] == "python")
    assert f"{count - 1} more places" in text and f"+{count - 1}" not in text
    html = runner.invoke(app, [str(resume), "-f", "html"]).stdout
    assert f"{count - 1} more places" in html


# --- 4: batches ----------------------------------------------------------------------------------------------


def _docx(path: Path, text: str) -> Path:
    w = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
    body = "".join(f'<w:p><w:r><w:t xml:space="preserve">{line}</w:t></w:r></w:p>' for line in text.splitlines())
    with zipfile.ZipFile(path, "w") as archive:
        archive.writestr("[Content_Types].xml", "<Types/>")
        archive.writestr("word/document.xml", f'<w:document xmlns:w="{w}"><w:body>{body}</w:body></w:document>')
    return path


def _image_resume(path: Path, lines: list[str]) -> Path:
    """A PNG 'photo' of a resume: a PDF with these lines rendered at 200 dpi, greyscale (the top of the page)."""
    import pypdfium2

    from tests.fixtures.pdfs import text_pdf

    document = pypdfium2.PdfDocument(str(text_pdf(path.with_suffix(".source.pdf"), lines)))
    try:
        image = document[0].render(scale=200 / 72, grayscale=True).to_pil()
    finally:
        document.close()
    path.with_suffix(".source.pdf").unlink()
    image.crop((0, 0, image.width, image.height // 4)).save(path, dpi=(200, 200))
    return path


@pytest.mark.parametrize("ocr", ["usable", "not installed", "never"])
def test_a_folder_gives_every_supported_format_and_says_what_it_skipped(tmp_path: Path, ocr: str, monkeypatch: pytest.MonkeyPatch) -> None:
    """Images are read when OCR can read them (the extra installed, --ocr not never); otherwise the skip line says why."""
    from gapcheck import ocr as ocr_engine

    if ocr == "usable" and not ocr_engine.available():
        pytest.skip('needs the OCR extra: pip install "gapcheck[ocr]"')
    if ocr == "not installed":
        monkeypatch.setattr(ocr_engine, "installed", lambda: False)
    folder = tmp_path / "resumes"
    (folder / "sub").mkdir(parents=True)
    prose = "Experience\nBuilt Python services on Kubernetes with Docker and SQL reports.\n"
    (folder / "a.pdf").write_bytes(AI.read_bytes())
    _docx(folder / "b.docx", prose)
    (folder / "c.txt").write_text(prose, encoding="utf-8")
    (folder / "sub" / "d.md").write_text("# Experience\n" + prose, encoding="utf-8")
    (folder / "e.markdown").write_text(prose, encoding="utf-8")
    (folder / "f.doc").write_bytes(b"\xd0\xcf\x11\xe0 word")
    _image_resume(folder / "photo.png", ["Jane Doe", "EXPERIENCE", "Built Python services on Kubernetes with Docker and SQL"])
    (folder / ".notes.txt").write_text(prose, encoding="utf-8")
    (folder / "README.md").write_text("# Resumes of the spring intake\n", encoding="utf-8")
    out = tmp_path / "rows.csv"
    result = runner.invoke(app, [str(folder), "-o", str(out), *(["--ocr", "never"] if ocr == "never" else [])])
    assert result.exit_code == 0, result.output
    rows = list(csv.DictReader(io.StringIO(out.read_text(encoding="utf-8"))))
    read = ["a.pdf", "b.docx", "c.txt", "d.md", "e.markdown"]
    assert sorted(Path(r["file"]).name for r in rows) == sorted(read + (["photo.png"] if ocr == "usable" else []))
    assert ".doc" in result.stderr and "hidden" in result.stderr and "README" in result.stderr
    if ocr == "usable":
        assert ".png" not in result.stderr.split("(read:")[0] and "(read: .pdf .docx .txt .md .markdown .png .jpg" in result.stderr
        photo = next(r for r in rows if r["file"].endswith("photo.png"))
        assert {"python", "kubernetes", "docker", "sql"} <= set(photo["ai_engineer_found_ids"].split(";")) | set(
            photo["data_scientist_found_ids"].split(";")
        )
    elif ocr == "not installed":
        assert '1 .png files (reading images needs the OCR extra: pip install "gapcheck[ocr]")' in result.stderr
    else:
        assert "1 .png files (--ocr never turns OCR off)" in result.stderr
    ai = next(r for r in rows if r["file"].endswith("a.pdf"))
    found, missing = ai["ai_engineer_found_ids"].split(";"), ai["ai_engineer_missing_ids"].split(";")
    assert "kubernetes" in found and "tensorflow" in missing and len(found) == int(ai["ai_engineer_found"])
    assert ai["data_scientist_found_ids"] and ai["data_scientist_missing_ids"]


def test_long_paths_in_the_summary_are_shortened_not_wrapped(tmp_path: Path) -> None:
    deep = tmp_path / ("a_rather_long_folder_name_" * 3) / "and_another_level_below_it"
    deep.mkdir(parents=True)
    (deep / "senior_machine_learning_engineer.pdf").write_bytes(AI.read_bytes())
    (deep / "data_scientist.pdf").write_bytes(DS.read_bytes())
    result = runner.invoke(app, [str(tmp_path), "--summary"], env={"COLUMNS": "80"})
    assert result.exit_code == 0, result.output
    assert max(len(line) for line in result.stdout.splitlines()) <= 80
    assert "senior_machine_learning_engineer.pdf" in result.stdout  # the file name is whole, on one line


# --- 5: inputs ----------------------------------------------------------------------------------------------


def test_dash_reads_a_pdf_or_text_resume_from_stdin() -> None:
    pdf = runner.invoke(app, ["-", "-f", "json"], input=AI.read_bytes())
    assert pdf.exit_code == 0, pdf.output
    data = json.loads(pdf.stdout)
    assert data["source"] == "<stdin>" and data["best_fit"] == "ai_engineer"
    text = runner.invoke(app, ["-", "-f", "json"], input="Experience\nBuilt Kubernetes and Docker platforms.\n")
    assert text.exit_code == 0 and "kubernetes" in {f["id"] for f in json.loads(text.stdout)["roles"][0]["found"]}
    _one_error_line(runner.invoke(app, ["-", "--max-size", "0.001"], input="x" * 5000), "<stdin>", "limit")
    _one_error_line(runner.invoke(app, ["-"], input=""), "<stdin>", "empty")


@pytest.mark.parametrize("url", ["https://example.com/cv.pdf", "HTTP://example.com/a b.pdf"])
def test_a_url_gets_one_line_saying_gapcheck_never_fetches(url: str) -> None:
    _one_error_line(runner.invoke(app, [url]), "never fetches URLs", "download", url)


def test_storage_urls_stay_strings() -> None:
    """A Path would turn s3://bucket/cv.pdf into s3:/bucket/cv.pdf."""
    _one_error_line(runner.invoke(app, ["s3://bucket/cv.pdf"]), "s3://bucket/cv.pdf", "--scheduler")


# --- 6: output files ----------------------------------------------------------------------------------------


def test_output_keeps_the_mode_of_the_file_it_replaces_and_new_files_follow_the_umask(tmp_path: Path) -> None:
    kept = tmp_path / "shared.json"
    kept.write_text("{}", encoding="utf-8")
    kept.chmod(0o664)
    assert runner.invoke(app, [str(DS), "-o", str(kept)]).exit_code == 0
    assert stat.S_IMODE(kept.stat().st_mode) == 0o664 and json.loads(kept.read_text())["best_fit"]
    old = os.umask(0o027)
    try:
        new = tmp_path / "new.md"
        assert runner.invoke(app, [str(DS), "-o", str(new)]).exit_code == 0
    finally:
        os.umask(old)
    assert stat.S_IMODE(new.stat().st_mode) == 0o640


@pytest.mark.parametrize("name", ["report.pdf", "report.out", "report"])
def test_an_output_suffix_gapcheck_cannot_write_is_an_error_naming_the_formats(tmp_path: Path, name: str) -> None:
    _one_error_line(runner.invoke(app, [str(DS), "-o", str(tmp_path / name)]), name, ".json", ".html", ".csv")
    assert list(tmp_path.iterdir()) == []


# --- 7: --model ----------------------------------------------------------------------------------------------


def test_a_model_that_is_not_installed_is_one_line_saying_how_to_install() -> None:
    _one_error_line(
        runner.invoke(app, [str(DS), "--model", "en_core_web_nonexistent"]), "en_core_web_nonexistent", "python -m spacy download"
    )
    help_text = runner.invoke(app, ["--help"], env={"COLUMNS": "200"}).stdout
    assert re.search(r"--model NAME\s+Tokenize with this installed spaCy pipeline", help_text)


# --- 8: several resumes ---------------------------------------------------------------------------------------


def test_several_resumes_print_each_report_then_the_summary() -> None:
    result = runner.invoke(app, [str(AI), str(DS)], env={"COLUMNS": "100"})
    assert result.exit_code == 0, result.output
    out = result.stdout
    first, second, summary = out.index(f"gapcheck: {AI}"), out.index(f"gapcheck: {DS}"), out.index("2 resumes, 0 with errors")
    assert first < second < summary and "What to learn next" in out[first:summary]
    alone = runner.invoke(app, [str(AI), str(DS), "--summary"]).stdout
    assert alone.startswith("2 resumes, 0 with errors") and "What to learn next" not in alone


# --- issue 14: option values, --job limits, full disk, SIGTERM -------------------------------------------------


@pytest.mark.parametrize(
    "option",
    [
        ["--max-size", "inf"],
        ["--max-size", "1e308"],
        ["--timeout", "inf"],
        ["--timeout", "1e308"],
        *([name, value] for name in ("--ocr-max-pages", "--ocr-page-timeout") for value in ("0", "-1", "inf", "nan", "1e308")),
        ["--ocr-max-pages", "2.5"],
    ],
)
def test_impossible_limits_are_one_line(option: list[str]) -> None:
    _one_error_line(runner.invoke(app, [str(DS), *option]), option[0])


def test_a_bad_scheduler_is_one_clean_line(tmp_path: Path) -> None:
    pytest.importorskip("distributed")
    line = _one_error_line(
        runner.invoke(app, [str(DS), "--scheduler", "bogus://x\x1b[31mred", "-o", str(tmp_path / "out.jsonl")]), "--scheduler bogus://x"
    )
    assert "\x1b" not in line


def test_job_postings_obey_the_size_limit(tmp_path: Path) -> None:
    posting = tmp_path / "posting.txt"
    posting.write_text("Requirements\n" + "- Python and Kubernetes experience\n" * 2000, encoding="utf-8")
    _one_error_line(runner.invoke(app, [str(DS), "--job", str(posting), "--max-size", "0.01"]), "posting.txt", "limit")


def _gapcheck(*args: str, **kwargs: object) -> subprocess.CompletedProcess[bytes]:
    env = {**os.environ, "PYTHONPATH": SRC}
    return subprocess.run(
        [sys.executable, "-m", "gapcheck.cli", *args], env=env, capture_output=False, stderr=subprocess.PIPE, timeout=120, **kwargs
    )  # type: ignore[call-overload]


@pytest.mark.skipif(not Path("/dev/full").exists(), reason="needs /dev/full")
@pytest.mark.parametrize("args", [[str(DS)], [str(DS), "-f", "json"], ["--help"]])
def test_a_full_disk_on_stdout_is_one_line_and_exit_2(args: list[str]) -> None:
    with open("/dev/full", "w") as full:
        done = _gapcheck(*args, stdout=full)
    lines = done.stderr.decode().strip().splitlines()
    assert done.returncode == 2 and lines == ["gapcheck: error: cannot write to standard output (No space left on device)"]


def test_sigterm_during_the_atomic_write_leaves_no_temp_file(tmp_path: Path) -> None:
    """SIGTERM arrives while the output file is being written (from inside fsync): the temp file goes."""
    out = tmp_path / "out"
    out.mkdir()
    script = (
        "import os, signal, sys\n"
        "real = os.fsync\n"
        "def fsync(fd):\n    os.kill(os.getpid(), signal.SIGTERM)\n    real(fd)\n"
        "os.fsync = fsync\n"
        "from gapcheck.cli import main\n"
        f"sys.argv = ['gapcheck', {str(DS)!r}, '-o', {str(out / 'x.json')!r}]\n"
        "main()\n"
    )
    done = subprocess.run([sys.executable, "-c", script], env={**os.environ, "PYTHONPATH": SRC}, capture_output=True, timeout=120)
    assert done.returncode == 128 + signal.SIGTERM, done.stderr
    assert list(out.iterdir()) == [] and b"Traceback" not in done.stderr
