"""The OCR engine on scans the tests make themselves: a PDF with text is rendered to an image, then wrapped
as an image-only PDF, saved as PNG and as a two-page TIFF."""

from __future__ import annotations

import builtins
import struct
import zlib
from pathlib import Path
from typing import Any

import pytest

from gapcheck import ocr
from gapcheck.errors import InputTooLarge, MissingExtra
from tests.fixtures.pdfs import text_pdf

SCAN_LINES = [
    "Jane Doe",
    "SKILLS",
    "Python, PyTorch, Kubernetes, Docker, SQL",
    "EXPERIENCE",
    "Machine Learning Engineer, Acme Corp",
]
needs_ocr = pytest.mark.skipif(not ocr.available(), reason='needs the OCR extra: pip install "gapcheck[ocr]"')


def render_page(pdf: Path, dpi: int = 200) -> Any:
    """The first page of a PDF as a greyscale PIL image (a 'scan')."""
    import pypdfium2

    document = pypdfium2.PdfDocument(str(pdf))
    try:
        return document[0].render(scale=dpi / 72, grayscale=True).to_pil()
    finally:
        document.close()


def image_only_pdf(image: Any, path: Path) -> Path:
    """A PDF whose page is only the image (no text layer), the size of an A4 page."""
    from fpdf import FPDF

    pdf = FPDF(unit="pt", format=(595.28, 841.89))
    pdf.add_page()
    pdf.image(image, x=0, y=0, w=595.28, h=841.89)
    pdf.output(str(path))
    return path


@pytest.fixture(scope="module")
def scan(tmp_path_factory: pytest.TempPathFactory) -> Any:
    folder = tmp_path_factory.mktemp("scan")
    return render_page(text_pdf(folder / "original.pdf", SCAN_LINES))


def _texts(raw: Any) -> list[str]:
    return [line.text for page in raw.pages for box in page.boxes for line in box.lines]


@needs_ocr
def test_an_image_only_pdf_page_is_recognised_with_positions_and_confidence(scan: Any, tmp_path: Path) -> None:
    path = image_only_pdf(scan, tmp_path / "scan.pdf")
    raw = ocr.recognise_pdf_pages(str(path), "", [1], 200)
    (page,) = raw.pages
    assert page.ocr and page.number == 1 and (round(page.width), round(page.height)) == (595, 842)
    lines = [line for box in page.boxes for line in box.lines]
    text = "\n".join(line.text for line in lines)
    for word in ("Jane Doe", "SKILLS", "Python", "PyTorch", "Kubernetes", "Docker", "Machine Learning Engineer"):
        assert word in text
    assert all(line.confidence is not None and 0.5 < line.confidence <= 1 for line in lines)
    # Where fpdf2 printed the text: 10 mm from the left, lines 8 mm apart from the top margin down.
    first = next(line for line in lines if line.text == "Jane Doe")
    assert 20 < first.x0 < 40 and 20 < first.top < 45


@needs_ocr
def test_png_and_multipage_tiff_resumes(scan: Any, tmp_path: Path) -> None:
    png = tmp_path / "resume.png"
    scan.save(png, dpi=(200, 200))
    (page,) = ocr.recognise_image(str(png), 5).pages
    assert page.ocr and (round(page.width), round(page.height)) == (595, 842)
    assert "Python, PyTorch, Kubernetes, Docker, SQL" in _texts(ocr.recognise_image(str(png), 5))
    tiff = tmp_path / "resume.tiff"
    small = scan.crop((0, 0, scan.width, scan.height // 5))
    small.save(tiff, save_all=True, append_images=[small], dpi=(200, 200))
    raw = ocr.recognise_image(str(tiff), 5)
    assert [page.number for page in raw.pages] == [1, 2]
    assert _texts(raw).count("Jane Doe") == 2
    with pytest.raises(InputTooLarge, match=r"has 2 pages \(images\), over the 1-page OCR limit; raise it with --ocr-max-pages"):
        ocr.recognise_image(str(tiff), 1)


def _png_header_only(path: Path, width: int, height: int) -> Path:
    """A PNG that claims huge dimensions (an image bomb) with a few bytes of data."""

    def chunk(kind: bytes, data: bytes) -> bytes:
        return struct.pack(">I", len(data)) + kind + data + struct.pack(">I", zlib.crc32(kind + data))

    ihdr = struct.pack(">IIBBBBB", width, height, 8, 0, 0, 0, 0)
    path.write_bytes(b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", ihdr) + chunk(b"IDAT", zlib.compress(b"\x00" * 64)) + chunk(b"IEND", b""))
    return path


@needs_ocr
@pytest.mark.parametrize("size", [(100_000, 100_000), (12_000, 6_000)], ids=["pillow-bomb-limit", "over-ocr-limit"])
def test_an_image_bomb_is_a_one_line_error(tmp_path: Path, size: tuple[int, int]) -> None:
    path = _png_header_only(tmp_path / "bomb.png", *size)
    with pytest.raises(InputTooLarge) as caught:
        ocr.recognise_image(str(path), 5)
    message = str(caught.value)
    assert "\n" not in message and str(path) in message and "image bomb" in message


@needs_ocr
def test_too_many_scanned_pages_are_refused_before_rendering(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    path = text_pdf(tmp_path / "long.pdf", pages=3)
    monkeypatch.setattr(ocr, "_recognise", lambda *a: pytest.fail("a page was recognised"))
    with pytest.raises(InputTooLarge, match="3 scanned pages, over the 2-page OCR limit; raise it with --ocr-max-pages"):
        ocr.recognise_pdf_pages(str(path), "", [1, 2, 3], 200, max_pages=2)


@needs_ocr
def test_a_giant_page_is_refused_instead_of_rendered(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    from fpdf import FPDF

    pdf = FPDF(unit="pt", format=(14_000, 14_000))  # 194 inches square
    pdf.add_page()
    path = tmp_path / "giant.pdf"
    pdf.output(str(path))
    with pytest.raises(InputTooLarge, match="too large to recognise"):
        ocr.recognise_pdf_pages(str(path), "", [1], 300)


def test_without_the_extra_the_error_names_it(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    real_import = builtins.__import__

    def no_rapidocr(name: str, *args: Any, **kwargs: Any) -> Any:
        if name.split(".")[0] == "rapidocr":
            raise ImportError(name)
        return real_import(name, *args, **kwargs)

    ocr._modules.cache_clear()
    monkeypatch.setattr(builtins, "__import__", no_rapidocr)
    try:
        assert not ocr.available()
        with pytest.raises(MissingExtra) as caught:
            ocr.recognise_image(str(tmp_path / "scan.png"), 5)
        assert str(caught.value) == 'reading scans and images needs the OCR extra; install it with: pip install "gapcheck[ocr]"'
    finally:
        ocr._modules.cache_clear()


# -- through the reader and the analyzer ------------------------------------------------------------------


def _mixed_pdf(scan: Any, path: Path) -> Path:
    """Page 1 has a text layer, page 2 is only an image (a scanned page)."""
    from fpdf import FPDF

    pdf = FPDF(unit="pt", format=(595.28, 841.89))
    pdf.set_font("Helvetica", size=11)
    pdf.add_page()
    pdf.cell(0, 20, "Profile: analyst who moved into engineering work over several years.")
    pdf.add_page()
    pdf.image(scan, x=0, y=0, w=595.28, h=841.89)
    pdf.output(str(path))
    return path


@needs_ocr
def test_a_mixed_pdf_is_read_page_by_page_and_the_report_says_which_pages_were_recognised(scan: Any, tmp_path: Path) -> None:
    from gapcheck import Analyzer
    from gapcheck.render import render

    report = Analyzer().analyze(_mixed_pdf(scan, tmp_path / "mixed.pdf"))
    assert report.pages == 2 and report.ocr_pages == (2,)
    assert {"python", "pytorch", "kubernetes", "docker", "sql"} <= report.found_ids
    python = report.found_skills["python"]
    assert python.evidence[0].page == 2 and python.evidence[0].confidence is not None
    header = " ".join(render(report, "text").split("Best fit")[0].split())
    assert header.endswith("(2 pages; recognised by OCR: page 2)")
    assert "*2 pages; recognised by OCR: page 2*" in render(report, "markdown")
    data = report.to_dict()
    assert data["ocr_pages"] == [2]
    assert any("confidence" in ev for role in data["roles"] for f in role["found"] for ev in f["evidence"])


@needs_ocr
def test_a_png_resume_is_analyzed_and_ocr_never_refuses_it(scan: Any, tmp_path: Path) -> None:
    from gapcheck import Analyzer
    from gapcheck.errors import UnsupportedFormat

    png = tmp_path / "resume.png"
    scan.save(png, dpi=(200, 200))
    report = Analyzer().analyze(png)
    assert report.ocr_pages == (1,) and {"python", "kubernetes", "machine_learning"} <= report.found_ids
    with pytest.raises(UnsupportedFormat, match="--ocr never"):
        Analyzer(ocr="never").analyze(png)


def test_a_scan_without_the_extra_names_it(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    from gapcheck.errors import NoTextLayer
    from gapcheck.reader import read_document
    from tests.fixtures.pdfs import image_only_pdf as grey_square_pdf

    path = grey_square_pdf(tmp_path / "scan.pdf")
    monkeypatch.setattr(ocr, "installed", lambda: False)
    with pytest.raises(NoTextLayer) as caught:
        read_document(path)
    assert (
        str(caught.value)
        == f'{path}: has 1 page(s) but no extractable text; it looks scanned - install OCR with: pip install "gapcheck[ocr]"'
    )
    with pytest.raises(MissingExtra, match=r'pip install "gapcheck\[ocr\]"'):
        read_document(path, ocr="always")
    png = tmp_path / "resume.png"
    png.write_bytes(_png_header_only(tmp_path / "x.png", 10, 10).read_bytes())
    with pytest.raises(MissingExtra, match=r'is an image; reading it needs the OCR extra: pip install "gapcheck\[ocr\]"'):
        read_document(png)
    with pytest.raises(NoTextLayer, match=r"run OCR first"):
        read_document(path, ocr="never")


def test_low_confidence_ocr_words_never_make_a_skill_by_a_fuzzy_match_alone() -> None:
    from gapcheck import Analyzer
    from gapcheck.document import Document, Line
    from gapcheck.structure import finish

    def document(confidence: float | None) -> Document:
        texts = ["SKILLS", "Python, SQL and Kubernetis"]
        lines = [Line(text=t, page=1, number=i + 1, block=1, confidence=confidence) for i, t in enumerate(texts)]
        return finish(lines, source="scan.png", kind="image", pages=1, ocr_pages=(1,) if confidence else ())

    analyzer = Analyzer()
    assert {"python", "sql", "kubernetes"} <= analyzer.analyze_document(document(0.98)).found_ids
    unsure = analyzer.analyze_document(document(0.6)).found_ids
    assert {"python", "sql"} <= unsure and "kubernetes" not in unsure  # exact matches stay, the typo match does not
    _, near = analyzer.match(document(0.6))
    assert any(miss.skill == "kubernetes" and "OCR confidence 0.60" in miss.reason for miss in near)


# -- the OCR limits: a page cap and a time limit per page (Limits, --ocr-max-pages, --ocr-page-timeout) ---------


def _two_page_scan(scan: Any, path: Path) -> Path:
    """An image-only PDF of two scanned pages."""
    from fpdf import FPDF

    pdf = FPDF(unit="pt", format=(595.28, 841.89))
    for _ in range(2):
        pdf.add_page()
        pdf.image(scan, x=0, y=0, w=595.28, h=841.89)
    pdf.output(str(path))
    return path


def _small_png(scan: Any, path: Path) -> Path:
    """A PNG of the top of the scan (a few lines: quick to recognise)."""
    scan.crop((0, 0, scan.width, scan.height // 4)).save(path, dpi=(200, 200))
    return path


def test_the_ocr_limits_are_checked_like_the_other_limits() -> None:
    from gapcheck.limits import DEFAULT_OCR_MAX_PAGES, DEFAULT_OCR_PAGE_TIMEOUT, Limits

    assert (Limits().ocr_max_pages, Limits().ocr_page_timeout) == (DEFAULT_OCR_MAX_PAGES, DEFAULT_OCR_PAGE_TIMEOUT) == (20, 120.0)
    assert Limits.none().ocr_page_timeout is None and Limits(ocr_max_pages=1, ocr_page_timeout=0.5).ocr_max_pages == 1
    for bad in ({"ocr_max_pages": 0}, {"ocr_max_pages": -3}, {"ocr_max_pages": 2.5}, {"ocr_max_pages": True}):
        with pytest.raises(ValueError, match="ocr_max_pages"):
            Limits(**bad)
    for value in (0.0, -1.0, float("inf"), float("nan")):
        with pytest.raises(ValueError, match="ocr_page_timeout"):
            Limits(ocr_page_timeout=value)


def test_the_ocr_worker_gets_time_for_every_page_and_memory_for_the_models() -> None:
    from gapcheck.limits import Limits
    from gapcheck.reader import OCR_LOAD_SECONDS, OCR_MIN_MEMORY, _ocr_limits

    limits = _ocr_limits(Limits(timeout=5.0, ocr_page_timeout=30.0), 3)
    assert limits.timeout == OCR_LOAD_SECONDS + 3 * 30.0 and limits.max_memory is not None and limits.max_memory >= OCR_MIN_MEMORY
    assert _ocr_limits(Limits(timeout=1000.0, ocr_page_timeout=1.0), 2).timeout == 1000.0  # the file's own limit is longer
    assert _ocr_limits(Limits(timeout=None), 2).timeout == OCR_LOAD_SECONDS + 2 * 120.0  # no file limit: the pages' still holds
    assert _ocr_limits(Limits(ocr_page_timeout=None), 2).timeout == 60.0  # no per-page limit: the file's
    assert _ocr_limits(Limits.none(), 2) == Limits.none()  # read in this process


@needs_ocr
def test_a_scan_over_the_ocr_page_cap_is_one_line_naming_the_file_and_the_option(scan: Any, tmp_path: Path) -> None:
    from typer.testing import CliRunner

    from gapcheck import Analyzer
    from gapcheck.cli import app
    from gapcheck.limits import Limits

    path = _two_page_scan(scan, tmp_path / "two-page scan.pdf")
    with pytest.raises(InputTooLarge) as caught:
        Analyzer(limits=Limits(ocr_max_pages=1)).analyze(path)
    assert str(caught.value) == (
        f"{path}: has 2 scanned pages, over the 1-page OCR limit; raise it with --ocr-max-pages, or split the file"
    )
    tiff = tmp_path / "resume.tiff"
    small = scan.crop((0, 0, scan.width, scan.height // 5))
    small.save(tiff, save_all=True, append_images=[small], dpi=(200, 200))
    for file in (path, tiff):
        result = CliRunner().invoke(app, [str(file), "--ocr-max-pages", "1"])
        lines = result.stderr.strip().splitlines()
        assert result.exit_code == 2 and len(lines) == 1, result.stderr
        assert lines[0].startswith(f"gapcheck: error: {file}: has 2 ") and "over the 1-page OCR limit" in lines[0]
        assert "--ocr-max-pages" in lines[0]


@needs_ocr
def test_a_page_over_the_ocr_time_limit_is_one_line_naming_the_file_and_the_option(scan: Any, tmp_path: Path) -> None:
    from typer.testing import CliRunner

    from gapcheck import Analyzer
    from gapcheck.cli import app
    from gapcheck.errors import InputTimeout
    from gapcheck.limits import Limits

    png = _small_png(scan, tmp_path / "resume.png")
    with pytest.raises(InputTimeout) as caught:
        Analyzer(limits=Limits(ocr_page_timeout=0.001)).analyze(png)
    assert str(caught.value).startswith(f"{png}: recognising page 1 took longer than the 0.001 s OCR time limit per page; ")
    assert "--ocr-page-timeout" in str(caught.value)
    result = CliRunner().invoke(app, [str(png), "--ocr-page-timeout", "0.001"])
    lines = result.stderr.strip().splitlines()
    assert result.exit_code == 2 and len(lines) == 1, result.stderr
    assert lines[0].startswith(f"gapcheck: error: {png}: recognising page 1 took longer") and "--ocr-page-timeout" in lines[0]


@needs_ocr
def test_a_stalled_ocr_worker_is_killed_at_the_ocr_deadline_and_the_error_names_the_option(
    scan: Any, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The worker's deadline is the per-page limit for each page plus loading the models; past it the worker is
    killed (a page stuck inside the engine never reaches the check after each page)."""
    import time

    from gapcheck import reader, sandbox
    from gapcheck.errors import InputTimeout
    from gapcheck.limits import Limits

    png = tmp_path / "resume.png"
    scan.save(png, dpi=(200, 200))
    sandbox.run(ocr.image_frames, str(png), limits=Limits(), path=png)  # a worker with the OCR packages imported
    # the deadline is then 1 page x 0.1 s: well under recognising a page, even in a worker whose models are already
    # loaded (under a second on a fast machine), so the worker is killed before the check after the page could run
    monkeypatch.setattr(reader, "OCR_LOAD_SECONDS", 0.0)
    start = time.monotonic()
    with pytest.raises(InputTimeout) as caught:
        reader.read_document(png, limits=Limits(timeout=0.05, ocr_page_timeout=0.1))
    assert time.monotonic() - start < 30
    message = str(caught.value)
    assert message.startswith(f"{png}: recognising its 1 page(s) took longer than 0.1 s (the 0.1 s OCR time limit per page")
    assert message.endswith("raise it with --ocr-page-timeout") and "\n" not in message


@needs_ocr
def test_batch_and_dask_options_carry_the_ocr_limits(scan: Any, tmp_path: Path) -> None:
    from gapcheck.batch import AnalyzerOptions, analyze_many
    from gapcheck.limits import Limits
    from tests.conftest import SAMPLES

    path = _two_page_scan(scan, tmp_path / "scan.pdf")
    options = AnalyzerOptions(limits=Limits(ocr_max_pages=1))
    rows = list(analyze_many([path, SAMPLES / "ai_engineer.pdf"], options=options, workers=2))
    assert rows[0].error is not None and "over the 1-page OCR limit; raise it with --ocr-max-pages" in rows[0].error
    assert rows[1].ok
