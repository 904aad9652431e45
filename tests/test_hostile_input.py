"""Hostile and broken input (issue 4): one clear answer per file, no hangs, nothing lost.

Each input class is checked through the library (the specific GapcheckError subclass) and the
CLI (exit 2, exactly one line on stderr naming the file, no traceback).
"""

from __future__ import annotations

import codecs
import os
import re
import time
import zipfile
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
from typer.testing import CliRunner

from gapcheck import errors
from gapcheck.analyzer import Analyzer
from gapcheck.cli import app
from gapcheck.limits import Limits
from gapcheck.report import Report

from .fixtures import pdfs

RESUME_TEXT = "\n".join(pdfs.RESUME_LINES) + "\n"


@pytest.fixture(scope="module")
def analyzer() -> Analyzer:
    return Analyzer()


def run_cli(*args: str) -> tuple[int, str, str]:
    # color=True: click would otherwise strip escape sequences, hiding what a terminal would get.
    result = CliRunner().invoke(app, [str(a) for a in args], color=True)
    return result.exit_code, result.stdout, result.stderr


def assert_cli_error(path: Path, *args: str, contains: str = "") -> str:
    """The CLI fails on ``path`` with exit 2 and one stderr line naming the file."""
    code, out, err = run_cli(str(path), *args)
    lines = err.splitlines()
    assert code == 2, (code, out, err)
    assert len(lines) == 1, err
    assert lines[0].startswith("gapcheck: error: ")
    assert str(path) in lines[0]
    assert "Traceback" not in err and "Traceback" not in out
    assert contains.lower() in lines[0].lower(), lines[0]
    return lines[0]


def assert_cli_ok(path: Path, *args: str) -> str:
    code, out, err = run_cli(str(path), "--format", "json", *args)
    assert code == 0, (code, out, err)
    assert '"roles"' in out
    return out


# --- one case per input class ---------------------------------------------------------------------

Maker = Callable[[Path], Path]


def _missing(tmp: Path) -> Path:
    return tmp / "no-such-resume.pdf"


def _directory(tmp: Path) -> Path:
    folder = tmp / "resumes.pdf"
    folder.mkdir()
    return folder


def _empty(tmp: Path) -> Path:
    path = tmp / "empty.pdf"
    path.write_bytes(b"")
    return path


def _not_a_pdf(tmp: Path) -> Path:
    path = tmp / "page.pdf"
    path.write_bytes(b"<!DOCTYPE html><html><body>404 Not Found</body></html>\n")
    return path


def _truncated(tmp: Path) -> Path:
    data = pdfs.text_pdf(tmp / "full.pdf").read_bytes()
    path = tmp / "truncated.pdf"
    path.write_bytes(data[: len(data) // 3])
    return path


def _corrupted(tmp: Path) -> Path:
    data = bytearray(pdfs.text_pdf(tmp / "full.pdf").read_bytes())
    for i in range(20, len(data), 7):
        data[i] ^= 0x5A
    path = tmp / "corrupted.pdf"
    path.write_bytes(bytes(data))
    return path


def _header_only(tmp: Path) -> Path:
    path = tmp / "header-only.pdf"
    path.write_bytes(b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n")
    return path


def _encrypted(tmp: Path) -> Path:
    return pdfs.encrypted_pdf(tmp / "locked.pdf", user="s3cret")


def _image_only(tmp: Path) -> Path:
    return pdfs.image_only_pdf(tmp / "scan.pdf")


def _docx(tmp: Path) -> Path:
    """A .docx whose document part is not valid XML (an unbound namespace prefix)."""
    path = tmp / "resume.docx"
    with zipfile.ZipFile(path, "w") as archive:
        archive.writestr("[Content_Types].xml", "<Types/>")
        archive.writestr("word/document.xml", "<w:document>Python</w:document>")
    return path


def _real_docx(tmp: Path, paragraphs: list[str], cells: list[str]) -> Path:
    """A minimal valid .docx written with the standard library: paragraphs, then a one-row table."""
    w = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"

    def para(text: str) -> str:
        return f'<w:p><w:r><w:t xml:space="preserve">{text}</w:t></w:r></w:p>'

    row = "".join(f"<w:tc>{para(c)}</w:tc>" for c in cells)
    body = "".join(para(p) for p in paragraphs) + f"<w:tbl><w:tr>{row}</w:tr></w:tbl>"
    path = tmp / "resume.docx"
    with zipfile.ZipFile(path, "w") as archive:
        archive.writestr("[Content_Types].xml", "<Types/>")
        archive.writestr("word/document.xml", f'<w:document xmlns:w="{w}"><w:body>{body}</w:body></w:document>')
    return path


def _binary_txt(tmp: Path) -> Path:
    path = tmp / "resume.txt"
    path.write_bytes(bytes(range(256)) * 8 + b"\x00" * 4096)
    return path


def _unknown_suffix(tmp: Path) -> Path:
    path = tmp / "resume.xyz"
    path.write_text(RESUME_TEXT)
    return path


CASES: list[tuple[str, Maker, type[errors.GapcheckError], str]] = [
    ("missing", _missing, errors.InputNotFound, "no such file"),
    ("directory", _directory, errors.NotAFile, "folder"),
    ("empty", _empty, errors.EmptyInput, "empty"),
    ("not-a-pdf", _not_a_pdf, errors.UnsupportedFormat, "not a PDF"),
    ("truncated", _truncated, errors.CorruptPDF, "damaged"),
    ("corrupted", _corrupted, errors.CorruptPDF, ""),
    ("header-only", _header_only, errors.CorruptPDF, ""),
    ("encrypted", _encrypted, errors.EncryptedPDF, "--password"),
    ("image-only", _image_only, errors.NoTextLayer, "scanned"),
    ("damaged docx", _docx, errors.UnsupportedFormat, "damaged document part"),
    ("binary-txt", _binary_txt, errors.UnsupportedFormat, "binary"),
    ("unknown-suffix", _unknown_suffix, errors.UnsupportedFormat, ""),
]


@pytest.mark.parametrize(("make", "error", "words"), [c[1:] for c in CASES], ids=[c[0] for c in CASES])
def test_library_raises_specific_error(
    analyzer: Analyzer, tmp_path: Path, make: Maker, error: type[errors.GapcheckError], words: str
) -> None:
    path = make(tmp_path)
    with pytest.raises(error) as info:
        analyzer.analyze(path)
    assert isinstance(info.value, errors.InputError)
    assert info.value.path == str(path)
    assert str(path) in str(info.value)
    assert words.lower() in str(info.value).lower()
    assert "\n" not in str(info.value)


@pytest.mark.parametrize(("make", "error", "words"), [c[1:] for c in CASES], ids=[c[0] for c in CASES])
def test_cli_one_clear_line(tmp_path: Path, make: Maker, error: type[errors.GapcheckError], words: str) -> None:
    assert_cli_error(make(tmp_path), contains=words)


def test_builtin_exception_types_still_catchable(analyzer: Analyzer, tmp_path: Path) -> None:
    with pytest.raises(FileNotFoundError):
        analyzer.analyze(tmp_path / "missing.pdf")
    with pytest.raises(IsADirectoryError):
        analyzer.analyze(tmp_path)


def test_odd_paths(analyzer: Analyzer, tmp_path: Path) -> None:
    with pytest.raises(errors.InputNotFound, match="not a valid file name"):
        analyzer.analyze(str(tmp_path / "bad\x00name.pdf"))
    with pytest.raises(errors.InputNotFound, match="cannot be opened"):
        analyzer.analyze(tmp_path / ("x" * 300 + ".pdf"))
    loop = tmp_path / "loop.pdf"
    loop.symlink_to(loop)
    with pytest.raises(errors.InputNotFound, match="cannot be opened"):
        analyzer.analyze(loop)
    assert_cli_error(loop, contains="cannot be opened")


@pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="no named pipes here")
def test_named_pipe_is_not_read(analyzer: Analyzer, tmp_path: Path) -> None:
    """Reading a FIFO would block for ever; it is refused before any read."""
    fifo = tmp_path / "resume.pdf"
    os.mkfifo(fifo)
    with pytest.raises(errors.NotAFile, match="not a regular file"):
        analyzer.analyze(fifo)
    assert_cli_error(fifo, contains="not a regular file")


def test_image_only_message_suggests_ocr(analyzer: Analyzer, tmp_path: Path) -> None:
    with pytest.raises(errors.NoTextLayer, match="ocrmypdf"):
        analyzer.analyze(_image_only(tmp_path))


def test_damaged_docx_message_is_clear(analyzer: Analyzer, tmp_path: Path) -> None:
    with pytest.raises(errors.UnsupportedFormat, match=r"damaged document part .*export it as PDF"):
        analyzer.analyze(_docx(tmp_path))


def test_docx_is_analyzed_with_sections_and_table_cells(analyzer: Analyzer, tmp_path: Path) -> None:
    path = _real_docx(
        tmp_path, ["Jane Doe", "Experience", "Served models with vLLM on K8s."], ["Skills", "Python, Docker &amp; Tableau dashboards"]
    )
    report = analyzer.analyze(path)
    found = {f.id: f for f in report.role("ai_engineer").found}
    assert {"model_serving", "kubernetes", "python", "docker"} <= set(found)
    assert found["kubernetes"].evidence[0].section == "experience"
    result = CliRunner().invoke(app, [str(path), "-f", "json"])
    assert result.exit_code == 0 and '"model_serving"' in result.stdout


@pytest.mark.parametrize("suffix", [".doc", ".odt", ".rtf"])
def test_other_word_processor_formats_say_what_to_do(analyzer: Analyzer, tmp_path: Path, suffix: str) -> None:
    path = tmp_path / f"resume{suffix}"
    path.write_bytes(b"\xd0\xcf\x11\xe0 legacy document")
    with pytest.raises(errors.UnsupportedFormat, match=r"save it as \.docx or PDF"):
        analyzer.analyze(path)


def test_docx_zip_bomb_and_entities_are_refused(analyzer: Analyzer, tmp_path: Path) -> None:
    bomb = tmp_path / "bomb.docx"
    with zipfile.ZipFile(bomb, "w", compression=zipfile.ZIP_DEFLATED) as archive:
        archive.writestr("word/document.xml", b"<a>" + b" " * (25 * 1024 * 1024) + b"</a>")
    with pytest.raises(errors.InputTooLarge):
        analyzer.analyze(bomb)
    laughs = tmp_path / "laughs.docx"
    with zipfile.ZipFile(laughs, "w") as archive:
        archive.writestr("word/document.xml", '<!DOCTYPE a [<!ENTITY x "xx">]><a>&x;</a>')
    with pytest.raises(errors.UnsupportedFormat, match="DOCTYPE"):
        analyzer.analyze(laughs)


# --- permissions ----------------------------------------------------------------------------------


@pytest.mark.skipif(not hasattr(os, "geteuid") or os.geteuid() == 0, reason="root can read any file")
def test_unreadable_file(analyzer: Analyzer, tmp_path: Path) -> None:
    path = pdfs.text_pdf(tmp_path / "private.pdf")
    path.chmod(0)
    try:
        with pytest.raises(errors.InputPermissionError, match="permission denied"):
            analyzer.analyze(path)
        assert_cli_error(path, contains="permission denied")
    finally:
        path.chmod(0o644)


def test_unreadable_file_simulated(analyzer: Analyzer, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """Runs as root too: opening the file fails with EACCES."""
    path = pdfs.text_pdf(tmp_path / "private.pdf")
    real_open = Path.open

    def deny(self: Path, *args: Any, **kwargs: Any) -> Any:
        if self == path:
            raise PermissionError(13, "Permission denied", str(self))
        return real_open(self, *args, **kwargs)

    monkeypatch.setattr(Path, "open", deny)
    with pytest.raises(errors.InputPermissionError, match="permission denied"):
        analyzer.analyze(path)
    assert_cli_error(path, contains="permission denied")


# --- encryption -----------------------------------------------------------------------------------


def test_encrypted_with_password(analyzer: Analyzer, tmp_path: Path) -> None:
    path = _encrypted(tmp_path)
    report = analyzer.analyze(path, password="s3cret")
    assert "python" in {s.id for r in report.roles for s in r.found}
    assert_cli_ok(path, "--password", "s3cret")


def test_encrypted_wrong_password(analyzer: Analyzer, tmp_path: Path) -> None:
    path = _encrypted(tmp_path)
    with pytest.raises(errors.EncryptedPDF, match="password is wrong"):
        analyzer.analyze(path, password="guess")
    assert_cli_error(path, "--password", "guess", contains="password is wrong")


def test_owner_password_only_is_analyzed(analyzer: Analyzer, tmp_path: Path) -> None:
    path = pdfs.encrypted_pdf(tmp_path / "restricted.pdf", user="")
    report = analyzer.analyze(path)
    assert "python" in {s.id for r in report.roles for s in r.found}
    assert_cli_ok(path)


@pytest.mark.parametrize("limits", [Limits(), Limits.none()], ids=["worker", "in-process"])
def test_library_does_not_print(analyzer: Analyzer, tmp_path: Path, capfd: pytest.CaptureFixture[str], limits: Limits) -> None:
    """pdfminer warns about the no-copy permission of this file; nothing may reach the terminal."""
    path = pdfs.encrypted_pdf(tmp_path / "restricted.pdf", user="")
    analyzer.analyze(path, limits=limits)
    with pytest.raises(errors.CorruptPDF):
        analyzer.analyze(_truncated(tmp_path), limits=limits)
    out, err = capfd.readouterr()
    assert out == "" and err == ""


def test_library_does_not_print_without_logging_config(tmp_path: Path) -> None:
    """Outside pytest (which installs log handlers) logging's last-resort handler would print."""
    import subprocess
    import sys

    import gapcheck

    path = pdfs.encrypted_pdf(tmp_path / "restricted.pdf", user="")
    code = (
        "import sys; from gapcheck.reader import read_document; from gapcheck.limits import Limits; "
        "read_document(sys.argv[1], limits=Limits.none()); read_document(sys.argv[1])"
    )
    src = str(Path(gapcheck.__file__).resolve().parents[1])
    env = {**os.environ, "PYTHONPATH": src}
    done = subprocess.run([sys.executable, "-c", code, str(path)], capture_output=True, text=True, env=env, timeout=60)
    assert done.returncode == 0, done.stderr
    assert done.stdout == "" and done.stderr == ""


# --- text files in other encodings ----------------------------------------------------------------

ENCODED = [
    ("utf-16-bom", lambda t: codecs.BOM_UTF16_LE + t.encode("utf-16-le")),
    ("utf-16-be-bom", lambda t: codecs.BOM_UTF16_BE + t.encode("utf-16-be")),
    ("utf-8-bom", lambda t: codecs.BOM_UTF8 + t.encode("utf-8")),
    ("cp1252", lambda t: t.encode("cp1252")),
    ("latin-1", lambda t: t.encode("latin-1")),
]


@pytest.mark.parametrize("encode", [e[1] for e in ENCODED], ids=[e[0] for e in ENCODED])
def test_text_encodings_are_analyzed(analyzer: Analyzer, tmp_path: Path, encode: Callable[[str], bytes]) -> None:
    text = "José Müller – Résumé\n" + RESUME_TEXT
    if encode("é") == "é".encode("latin-1"):
        text = text.replace("–", "-")  # latin-1 has no en dash
    path = tmp_path / "resume.txt"
    path.write_bytes(encode(text))
    report = analyzer.analyze(path)
    assert isinstance(report, Report)
    assert "python" in {s.id for r in report.roles for s in r.found}
    assert_cli_ok(path)


def test_latin1_accents_survive(tmp_path: Path) -> None:
    from gapcheck.reader import read_document

    path = tmp_path / "cv.txt"
    path.write_bytes("José Müller, Python développeur".encode("latin-1"))
    assert "José Müller" in read_document(path).text


# --- limits ---------------------------------------------------------------------------------------


def test_page_limit(analyzer: Analyzer, tmp_path: Path) -> None:
    path = pdfs.text_pdf(tmp_path / "long.pdf", pages=4)
    with pytest.raises(errors.InputTooLarge, match="--max-pages"):
        analyzer.analyze(path, limits=Limits(max_pages=3))
    assert_cli_error(path, "--max-pages", "3", contains="page limit")
    assert_cli_ok(path, "--max-pages", "4")


def test_size_limit(analyzer: Analyzer, tmp_path: Path) -> None:
    path = pdfs.text_pdf(tmp_path / "big.pdf", lines=pdfs.RESUME_LINES * 8, pages=3)
    size = path.stat().st_size
    with pytest.raises(errors.InputTooLarge, match="--max-size"):
        analyzer.analyze(path, limits=Limits(max_bytes=size - 1))
    assert_cli_error(path, "--max-size", f"{(size - 1) / 2**20:.6f}", contains="--max-size")
    assert_cli_ok(path, "--max-size", "1")


def test_text_file_over_character_limit(tmp_path: Path) -> None:
    """Text over the limit: a gapcheck error, not spaCy's ValueError (E088)."""
    small = tmp_path / "huge.txt"
    small.write_text("Python developer with Docker skills and a few more words\n" * 400)
    with pytest.raises(errors.InputTooLarge, match="characters"):
        Analyzer(limits=Limits(max_chars=20_000)).analyze(small)
    big = tmp_path / "bigger.txt"
    big.write_text("Python developer with Docker skills and a few more words\n" * 36_000)  # 2.1 M characters
    assert_cli_error(big, contains="characters")


# a CLI run stopped by a limit of 1.5-2 s, with the process and worker start-up on a loaded machine: well under the
# 60 s default limit, so a run that ignored the option would still fail
CLI_LIMIT_SECONDS = 20


@pytest.fixture(scope="module")
def pathological(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """Hundreds of thousands of text-show operators: minutes of pdfminer work, 2 KB on disk."""
    return pdfs.pathological_pdf(tmp_path_factory.mktemp("hostile") / "stall.pdf", operators=300_000)


def test_time_limit_library(analyzer: Analyzer, pathological: Path) -> None:
    start = time.monotonic()
    with pytest.raises(errors.InputTimeout, match="time limit") as info:
        analyzer.analyze(pathological, limits=Limits(timeout=1.5))
    assert time.monotonic() - start < 4
    assert info.value.path == str(pathological)
    assert isinstance(info.value, TimeoutError)


def test_time_limit_cli(pathological: Path) -> None:
    start = time.monotonic()
    assert_cli_error(pathological, "--timeout", "1.5", contains="--timeout")
    # the CLI's own start and its worker's come on top of the 1.5 s; far below the default 60 s limit either way
    assert time.monotonic() - start < CLI_LIMIT_SECONDS


def test_decompression_bomb_memory_limit(tmp_path: Path) -> None:
    from gapcheck.reader import read_document

    bomb = pdfs.bomb_pdf(tmp_path / "bomb.pdf", megabytes=200)
    start = time.monotonic()
    with pytest.raises((errors.InputTooLarge, errors.InputTimeout)) as info:
        read_document(bomb, limits=Limits(timeout=10, max_memory=64 * 2**20))
    assert time.monotonic() - start < 10.5
    assert isinstance(info.value, errors.InputTooLarge), info.value
    assert "memory" in str(info.value)


def test_decompression_bomb_cli(tmp_path: Path) -> None:
    bomb = pdfs.bomb_pdf(tmp_path / "bomb.pdf", megabytes=200)
    start = time.monotonic()
    assert_cli_error(bomb, "--timeout", "2")
    assert time.monotonic() - start < CLI_LIMIT_SECONDS
    assert sorted(p.name for p in tmp_path.iterdir()) == ["bomb.pdf"]


def _open_descriptors_settle_at(count: int, seconds: float = 3.0) -> bool:
    """Whether this process's open descriptors come back to ``count`` within ``seconds``: a leak stays open, while
    descriptors of objects the collector has not freed yet, or of another test's thread, close soon after."""
    import gc

    deadline = time.monotonic() + seconds
    while True:
        gc.collect()
        if len(os.listdir("/proc/self/fd")) <= count:
            return True
        if time.monotonic() > deadline:
            return False
        time.sleep(0.1)


def test_worker_leaves_nothing_behind(analyzer: Analyzer, tmp_path: Path, pathological: Path) -> None:
    """No temp files, zombie children or leaked descriptors after good and timed-out files."""
    from gapcheck.sandbox import shutdown

    good = pdfs.text_pdf(tmp_path / "good.pdf")
    shutdown()  # idle reader workers hold pipes while they run
    fds_before = len(os.listdir("/proc/self/fd")) if Path("/proc/self/fd").is_dir() else None
    for _ in range(3):
        analyzer.analyze(good)
        with pytest.raises(errors.InputTimeout):
            analyzer.analyze(pathological, limits=Limits(timeout=0.3))
        analyzer.analyze(good)
    shutdown()
    assert sorted(p.name for p in tmp_path.iterdir()) == ["good.pdf"]
    if fds_before is not None:
        assert _open_descriptors_settle_at(fds_before)
    try:
        reaped, _ = os.waitpid(-1, os.WNOHANG)
    except ChildProcessError:
        reaped = 0
    assert reaped == 0  # no zombie child left to reap
    assert _children_other_than_multiprocessing_helpers() == []


def _children_other_than_multiprocessing_helpers() -> list[int]:
    """This process's live children, leaving out the fork server and resource tracker that batch workers (an
    earlier test's) leave running for the life of the process, as multiprocessing does."""
    tasks = Path(f"/proc/{os.getpid()}/task")
    if not tasks.is_dir():
        return []
    found: list[int] = []
    for task in tasks.iterdir():
        for pid in (task / "children").read_text().split():
            try:
                command = Path(f"/proc/{pid}/cmdline").read_bytes()
            except OSError:
                continue
            if b"multiprocessing.forkserver" not in command and b"multiprocessing.resource_tracker" not in command:
                found.append(int(pid))
    return found


def test_bad_timeout_value() -> None:
    for bad in (0, -1, float("inf"), float("nan")):
        with pytest.raises(ValueError):
            Limits(timeout=bad)


# --- batches: one line per bad file, results for the good ones ------------------------------------


def test_batch_reports_every_good_file(tmp_path: Path) -> None:
    good = pdfs.text_pdf(tmp_path / "good.pdf")
    bad = [_empty(tmp_path), _not_a_pdf(tmp_path), _encrypted(tmp_path), _missing(tmp_path)]
    code, out, err = run_cli(str(good), *(str(b) for b in bad), "--format", "json")
    assert code == 2
    assert out.count('"roles"') == 1
    lines = err.splitlines()
    assert len(lines) == len(bad)
    for path, line in zip(bad, lines, strict=True):
        assert line.startswith("gapcheck: error: ") and str(path) in line


# --- nothing lost: --output is atomic -------------------------------------------------------------


def test_failed_run_leaves_existing_output_untouched(tmp_path: Path) -> None:
    out_dir = tmp_path / "out"
    out_dir.mkdir()
    target = out_dir / "report.md"
    target.write_text("previous report\n")
    code, _, err = run_cli(str(_truncated(tmp_path)), "--output", str(target), "--format", "markdown")
    assert code == 2 and "gapcheck: error:" in err
    assert target.read_text() == "previous report\n"
    assert sorted(p.name for p in out_dir.iterdir()) == ["report.md"]


def test_write_error_leaves_no_temp_file(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    from gapcheck import output

    target = tmp_path / "report.txt"
    target.write_text("old\n")

    def broken_replace(src: str, dst: str) -> None:
        raise OSError(28, "No space left on device")

    monkeypatch.setattr("gapcheck.output.os.replace", broken_replace)
    with pytest.raises(errors.OutputError, match="No space left"):
        output.write_atomic(target, "new report\n" * 1000)
    assert target.read_text() == "old\n"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["report.txt"]


def test_interrupted_write_leaves_no_temp_file(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    from gapcheck import output

    target = tmp_path / "report.txt"
    target.write_text("old\n")

    def interrupted(fd: int) -> None:
        raise KeyboardInterrupt

    monkeypatch.setattr("gapcheck.output.os.fsync", interrupted)
    with pytest.raises(KeyboardInterrupt):
        output.write_atomic(target, "new\n")
    assert target.read_text() == "old\n"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["report.txt"]


def test_successful_output_replaces_file(tmp_path: Path) -> None:
    target = tmp_path / "report.json"
    target.write_text("old\n")
    code, out, err = run_cli(str(pdfs.text_pdf(tmp_path / "cv.pdf")), "-o", str(target), "-f", "json")
    assert code == 0, err
    assert out == ""
    assert '"roles"' in target.read_text()
    assert sorted(p.name for p in tmp_path.iterdir()) == ["cv.pdf", "report.json"]


def test_output_into_missing_folder(tmp_path: Path) -> None:
    code, _, err = run_cli(str(pdfs.text_pdf(tmp_path / "cv.pdf")), "-o", str(tmp_path / "nope" / "r.txt"))
    assert code == 2
    assert len(err.splitlines()) == 1 and "output folder does not exist" in err


# --- security: what the renderers quote from a resume is inert ------------------------------------

HOSTILE_RESUME = (
    "Skills: Python <script>alert('x')</script> and [Docker](http://evil.example/x) "
    "\x1b[31mKubernetes\x1b[0m\n"
    "Built RAG services ![img](http://evil.example/p.png) with "
    "\x1b]8;;http://evil.example\x07FastAPI\x1b]8;;\x07\n"
    "Git | pipes | in | table <img src=x onerror=alert(1)> \u202eexploit\u202c\n"
)


@pytest.fixture(scope="module")
def hostile_report(analyzer: Analyzer) -> Report:
    report = analyzer.analyze_text(HOSTILE_RESUME, source="evil\x1b[2J<script>.txt")
    found = {s.id for r in report.roles for s in r.found}
    assert {"python", "docker", "kubernetes", "fastapi", "git"} <= found
    return report


@pytest.mark.parametrize("color", [False, True])
def test_text_renderer_is_inert(hostile_report: Report, color: bool) -> None:
    from gapcheck.render import render

    text = render(hostile_report, "text", color=color)
    if color:  # rich's own styling uses SGR sequences; none may come from the resume
        text = re.sub(r"\x1b\[[0-9;]*m", "", text)
    assert "\x1b" not in text
    assert "\x07" not in text
    assert "\u202e" not in text
    assert "<script>" in text  # shown literally, as text


def test_markdown_renderer_escapes(hostile_report: Report) -> None:
    from gapcheck.render import render

    md = render(hostile_report, "markdown")
    assert "\x1b" not in md and "\x07" not in md
    assert not re.search(r"(?<!\\)<(script|img|/script)", md)
    assert not re.search(r"(?<!\\)\]\(http", md)
    assert r"\[Docker\]\(http" in md
    assert r"\<script\>" in md
    # Pipes from the resume are escaped: every row of a table has as many cells as its header.
    tables: list[list[str]] = [[]]
    for line in md.splitlines():
        if line.startswith("|"):
            tables[-1].append(line)
        elif tables[-1]:
            tables.append([])
    for table in filter(None, tables):
        widths = {len(re.findall(r"(?<!\\)\|", row)) for row in table}
        assert len(widths) == 1, table


def test_json_renderer_round_trips(hostile_report: Report) -> None:
    import json

    from gapcheck.render import render

    data = json.loads(render(hostile_report, "json"))
    assert "roles" in data
    assert "\x1b" not in render(hostile_report, "json")  # json.dumps escapes control characters


def test_cli_error_line_is_inert(tmp_path: Path) -> None:
    """A file name with a terminal escape must not reach stderr raw."""
    path = tmp_path / "evil\x1b[31mname.pdf"
    path.write_bytes(b"")
    code, _, err = run_cli(str(path))
    assert code == 2
    assert len(err.splitlines()) == 1
    assert "\x1b" not in err


def test_second_pending_pdf_gets_its_own_worker_with_the_same_limits(tmp_path: Path, pathological: Path) -> None:
    """While the long-lived reader holds one pending document, another read uses a one-off worker."""
    from gapcheck.reader import start_reading

    good = pdfs.text_pdf(tmp_path / "good.pdf")
    held = start_reading(good)
    other = start_reading(good)
    assert other.result() == held.result()
    held = start_reading(good)
    with pytest.raises(errors.InputTimeout):
        start_reading(pathological, limits=Limits(timeout=0.3)).result()
    assert held.result().lines
