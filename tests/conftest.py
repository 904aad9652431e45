"""Shared fixtures: paths to samples and the real-resume corpus, and a small PDF maker."""

from __future__ import annotations

import os
from collections.abc import Callable, Sequence
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parents[1]


def pytest_configure(config: pytest.Config) -> None:
    """Keep gapcheck's cache of public lookup data out of the real home folder during tests."""
    import tempfile

    folder = tempfile.mkdtemp(prefix="gapcheck-test-cache-")
    config.stash[_CACHE_KEY] = folder
    os.environ["GAPCHECK_CACHE_DIR"] = folder


def pytest_unconfigure(config: pytest.Config) -> None:
    import shutil

    folder = config.stash.get(_CACHE_KEY, None)
    if folder:
        shutil.rmtree(folder, ignore_errors=True)


_CACHE_KEY = pytest.StashKey[str]()
SAMPLES = REPO / "samples"
DEJAVU = Path("/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf")


def corpus_dir() -> Path | None:
    """The real-resume corpus: $GAPCHECK_CORPUS, or shared/corpus beside the repository."""
    candidates = [os.environ.get("GAPCHECK_CORPUS"), REPO.parent / "shared" / "corpus"]
    for candidate in candidates:
        if candidate and Path(candidate).is_dir() and any(Path(candidate).glob("*.pdf")):
            return Path(candidate)
    return None


def corpus_pdfs() -> list[Path]:
    folder = corpus_dir()
    return sorted(folder.glob("*.pdf")) if folder else []


Placed = tuple[float, float, str]  # x, y (mm from top-left), text


@pytest.fixture
def make_pdf(tmp_path: Path) -> Callable[..., Path]:
    """Write a one-page PDF with text at given positions (or as flowing lines) and return its path."""
    from fpdf import FPDF

    def make(
        lines: Sequence[str] = (),
        *,
        placed: Sequence[Placed] = (),
        name: str = "resume.pdf",
        unicode_font: bool = False,
        size: float = 11,
    ) -> Path:
        pdf = FPDF(format="A4")
        pdf.add_page()
        if unicode_font:
            if not DEJAVU.is_file():
                pytest.skip("DejaVu font not installed")
            pdf.add_font("DejaVu", "", str(DEJAVU))
            pdf.set_font("DejaVu", size=size)
        else:
            pdf.set_font("Helvetica", size=size)
        for line in lines:
            pdf.cell(0, 6, line, new_x="LMARGIN", new_y="NEXT")
        for x, y, text in placed:
            pdf.text(x, y, text)
        path = tmp_path / name
        pdf.output(str(path))
        return path

    return make
