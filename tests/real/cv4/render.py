"""Render the anonymized CV sources in tests/real/cv4/sources/ to PDFs in tests/real/cv4/pdf/.

Every CV was published by its owner in their own GitHub repository (a resume Markdown file, a GitHub Pages README or
a page of a personal site); each is printed the way a reader of that page would print it, with headless Chromium,
after building the page the way its host does:

``gfm``   A Markdown file shown by GitHub / GitHub Pages (README or resume.md without front matter) -> pandoc gfm ->
          HTML in a GitHub-like style -> Chromium.
``page``  A static-site page with YAML front matter (Jekyll ``minima`` / ``academicpages``, Quartz): the front
          matter's ``title`` printed as the page title, the body (Markdown with raw HTML blocks) -> pandoc gfm
          (CommonMark block rules: an ATX heading followed by ``---`` stays a heading plus a rule, as kramdown and
          remark print it; HTML blocks pass through) -> HTML in a theme-like style -> Chromium.

Requirements (none of them is a dependency of gapcheck):
  apt-get install -y chromium pandoc fonts-dejavu fonts-liberation poppler-utils
  a venv with: pip install pyyaml

Usage:
  python tests/real/cv4/render.py [--only NAME ...]
  python tests/real/cv4/render.py --root tests/real/cv5 [--only NAME ...]

``--root DIR`` renders DIR/sources/ -> DIR/pdf/ with the name table of that folder (``CVS_BY_FOLDER``, keyed by the
folder's name); the default is this script's own folder (tests/real/cv4), rendered exactly as before.

Everything runs offline; every temporary file goes to one temporary directory that is removed at the end. PDF bytes
change between runs (creation dates), the text does not.
"""

from __future__ import annotations

import argparse
import html
import pathlib
import re
import subprocess
import sys
import tempfile
from typing import Any

import yaml

HERE = pathlib.Path(__file__).resolve().parent
SOURCES = HERE / "sources"
PDF_DIR = HERE / "pdf"

# name -> (entry file in sources/<name>/, kind, style)
CVS: dict[str, tuple[str, str, str]] = {
    "c4_aieng_01": ("README.md", "gfm", "github"),
    "c4_aieng_02": ("experience.md", "page", "quartz"),
    "c4_ds_01": ("resume.md", "gfm", "github"),
    "c4_ds_02": ("resume.md", "page", "minima"),
    "c4_swe_01": ("resume.md", "gfm", "github"),
    "c4_un_01": ("cv.md", "page", "academicpages"),
}

# tests/real/cv5 (the fifth slice), rendered with the same kinds and styles
CVS5: dict[str, tuple[str, str, str]] = {
    "c5_ai_01": ("experience.md", "page", "minima"),
    "c5_ai_02": ("experience.md", "gfm", "github"),
    "c5_ai_03": ("cv.md", "page", "academicpages"),
    "c5_ds_01": ("cv.md", "page", "academicpages"),
    "c5_ds_02": ("resume.md", "page", "minima"),
    "c5_ds_03": ("cv.md", "page", "academicpages"),
    "c5_de_01": ("index.md", "page", "minima"),
    "c5_un_01": ("resume.md", "gfm", "github"),
}

CVS_BY_FOLDER: dict[str, dict[str, tuple[str, str, str]]] = {"cv4": CVS, "cv5": CVS5}

BASE_CSS = """
@page { size: Letter; margin: 0.6in; }
body { font-family: 'DejaVu Sans', 'Liberation Sans', sans-serif; font-size: 10.5pt; line-height: 1.38; color: #222; }
h1 { font-size: 20pt; margin: 0 0 6pt; } h2 { font-size: 14pt; margin: 14pt 0 5pt; } h3 { font-size: 11.5pt; margin: 10pt 0 3pt; }
h4 { font-size: 10.5pt; margin: 8pt 0 2pt; } h5, h6 { font-size: 9.5pt; margin: 4pt 0 2pt; }
a { color: #1a55a5; text-decoration: none; } ul, ol { margin: 3pt 0 6pt; padding-left: 18pt; } li { margin: 1pt 0; }
blockquote { margin: 2pt 0 4pt; padding-left: 10pt; border-left: 3px solid #ddd; color: #555; }
"""
STYLES = {
    "github": BASE_CSS + "h1, h2 { border-bottom: 1px solid #d8dee4; padding-bottom: 3pt; } hr { border: 0; border-top: 3px solid #eee; }",
    "minima": BASE_CSS + "body { font-family: 'Liberation Sans', sans-serif; color: #111; }"
    " h1.title { font-size: 24pt; } hr { border: 0; border-top: 1px solid #e8e8e8; }",
    "academicpages": BASE_CSS + "body { font-size: 10pt; } h1.title { font-size: 22pt; }"
    " h2 { border-bottom: 1px solid #f2f3f3; padding-bottom: 2pt; }",
    "quartz": BASE_CSS + "body { font-family: 'Liberation Sans', sans-serif; color: #2b2b2b; } h1.title { font-size: 26pt; }",
}


def run(cmd: list[str], **kwargs: Any) -> subprocess.CompletedProcess[str]:
    """Run a command, failing loudly with its stderr."""
    done = subprocess.run(cmd, capture_output=True, text=True, timeout=300, **kwargs)
    if done.returncode != 0:
        raise SystemExit(f"{cmd[0]} failed ({done.returncode}): {done.stderr.strip()[-2000:]}")
    return done


def chromium_pdf(page: str, out: pathlib.Path, tmp: pathlib.Path) -> None:
    """Print an HTML page (images removed: no photos, no figures) to PDF with headless Chromium, offline."""
    src = tmp / (out.stem + ".html")
    src.write_text(re.sub(r"<img\b[^>]*>", "", page), encoding="utf-8")
    profile = tmp / "chromium-profile"
    profile.mkdir(exist_ok=True)
    run(
        [
            "chromium",
            "--headless",
            "--no-sandbox",
            "--disable-gpu",
            "--no-first-run",
            "--disable-background-networking",
            "--disable-component-update",
            "--disable-sync",
            f"--user-data-dir={profile}",
            f"--print-to-pdf={out}",
            "--no-pdf-header-footer",
            src.as_uri(),
        ]
    )


def split_front_matter(text: str) -> tuple[dict[str, Any], str]:
    """Split Jekyll/Hugo/Quartz (YAML, ---) front matter from a page body."""
    m = re.match(r"\A---\n(.*?)\n---\n?(.*)\Z", text, re.S)
    if m:
        return yaml.safe_load(m.group(1)) or {}, m.group(2)
    return {}, text


def page_html(title: str, body_html: str, css: str) -> str:
    """Wrap a page body in a standalone HTML document."""
    return (
        f'<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>{html.escape(title)}</title>'
        f"<style>{css}</style></head><body>{body_html}</body></html>"
    )


def pandoc_html(markdown_text: str, tmp: pathlib.Path, name: str, reader: str) -> str:
    """Markdown (with raw HTML) -> HTML5 fragment with pandoc."""
    md = tmp / (name + ".md")
    md.write_text(markdown_text, encoding="utf-8")
    return run(["pandoc", "-f", reader, "-t", "html5", str(md)]).stdout


def render(src: pathlib.Path, out: pathlib.Path, tmp: pathlib.Path, kind: str, style: str) -> str:
    """Build the page the way its host does and print it with Chromium; returns the producer description."""
    text = src.read_text(encoding="utf-8")
    if kind == "gfm":
        inner = pandoc_html(re.sub(r"!\[[^\]]*\]\([^)]*\)", "", text), tmp, out.stem, "gfm")
        chromium_pdf(page_html("Resume", inner, STYLES[style]), out, tmp)
        return "chromium (pandoc gfm -> html5, GitHub-like page)"
    meta, body = split_front_matter(text)
    body = re.sub(r"\{%.*?%\}", "", body, flags=re.S)  # Liquid tags
    title = str(meta.get("title") or "Resume")
    inner = f'<h1 class="title">{html.escape(title)}</h1>' + pandoc_html(body, tmp, out.stem, "gfm")
    chromium_pdf(page_html(title, inner, STYLES[style]), out, tmp)
    return f"chromium (pandoc gfm -> html5, {style} page)"


def main() -> int:
    parser = argparse.ArgumentParser(description=(__doc__ or "").splitlines()[0])
    parser.add_argument("--only", nargs="*", default=None, help="render only these names")
    parser.add_argument("--root", type=pathlib.Path, default=HERE, help="slice folder (default: this script's folder)")
    args = parser.parse_args()
    root = args.root.resolve()
    table = CVS if root == HERE else CVS_BY_FOLDER[root.name]
    sources, pdf_dir = root / "sources", root / "pdf"
    pdf_dir.mkdir(exist_ok=True)
    names = args.only or list(table)
    with tempfile.TemporaryDirectory(prefix=f"{root.name}-render-") as tmpdir:
        tmp = pathlib.Path(tmpdir)
        for name in names:
            entry, kind, style = table[name]
            out = pdf_dir / f"{name}.pdf"
            producer = render(sources / name / entry, out, tmp, kind, style)
            pages = run(["pdfinfo", str(out)]).stdout
            count = re.search(r"^Pages:\s+(\d+)", pages, re.M)
            print(f"{name}\t{producer}\t{count.group(1) if count else '?'} pages", flush=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
