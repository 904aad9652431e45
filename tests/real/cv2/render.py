"""Render every CV in ``sources/<name>/`` to ``pdf/<name>.pdf`` with the producer its owner's site or repository uses.

The sources are real CVs that people published in their own GitHub repositories (see MANIFEST.tsv), anonymized.
How each one is rendered is set in ``CVS`` below (entry file, kind, page style):

``typst``        Typst source with the template files of the owner's repository -> the Typst compiler (PyPI ``typst``).
``page``         Markdown page of a GitHub Pages / Jekyll site -> pandoc (Debian) -> HTML with a stylesheet like the
                 site theme's -> headless Chromium. Front matter gives the page title; Liquid tags, kramdown attribute
                 lists and images are dropped, as the site generator drops them (no photos are printed).
                 ``academicpages``: a front matter ``author`` block (the site's _config.yml author, copied into the
                 page) is printed as the academicpages author sidebar (name, bio, location, link labels).
                 ``minimal``: jekyll-theme-minimal, whose left column prints the site title and description.
``mdtemplate``   Markdown with raw HTML -> pandoc -> the owner's own ``template.html`` and stylesheet -> Chromium
                 (the owner renders it with markdown-it and Puppeteer, i.e. Chromium as well).
``pandoccss``    Markdown -> ``pandoc --css=<owner's stylesheet>`` (the command in the owner's CI workflow) -> Chromium.
``html``         An HTML fragment of a built page (the article of a Jekyll Chirpy page) -> stylesheet -> Chromium.

Requirements (none of them is a dependency of gapcheck):
  apt-get install -y chromium pandoc fonts-dejavu fonts-liberation fonts-inter poppler-utils
  a venv with: pip install typst pyyaml

Usage:
  python tests/real/cv2/render.py [--only NAME ...]

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

import typst
import yaml

HERE = pathlib.Path(__file__).resolve().parent
SOURCES = HERE / "sources"
PDF_DIR = HERE / "pdf"

# name -> (entry file in sources/<name>/, kind, style)
CVS: dict[str, tuple[str, str, str]] = {
    "c2_aieng_01": ("cv.md", "mdtemplate", ""),
    "c2_aieng_02": ("resume.md", "page", "chirpy"),
    "c2_aieng_03": ("resume.article.html", "html", "chirpy"),
    "c2_aieng_04": ("cv.md", "page", "academicpages"),
    "c2_mixed_01": ("resume.typ", "typst", ""),
    "c2_ds_01": ("cv.typ", "typst", ""),
    "c2_ds_02": ("resume.md", "page", "github"),
    "c2_ds_03": ("README.md", "page", "github"),
    "c2_an_01": ("cv.md", "page", "academicpages"),
    "c2_an_02": ("README.md", "page", "github"),
    "c2_de_01": ("index.md", "page", "minimal"),
    "c2_swe_01": ("cv.typ", "typst", ""),
    "c2_un_01": ("cv.md", "page", "academicpages"),
    "c2_un_02": ("README.md", "pandoccss", "github-pandoc.css"),
}

BASE_CSS = """
@page { size: Letter; margin: 0.6in; }
body { font-family: 'DejaVu Sans', 'Liberation Sans', sans-serif; font-size: 10.5pt; line-height: 1.38; color: #222; }
h1 { font-size: 20pt; margin: 0 0 6pt; } h2 { font-size: 14pt; margin: 14pt 0 5pt; } h3 { font-size: 11.5pt; margin: 10pt 0 3pt; }
h4 { font-size: 10.5pt; margin: 8pt 0 2pt; }
table { border-collapse: collapse; } td, th { padding: 2pt 6pt; vertical-align: middle; }
a { color: #1a55a5; text-decoration: none; } ul { margin: 3pt 0 6pt; padding-left: 18pt; } li { margin: 1pt 0; }
blockquote { margin: 2pt 0 4pt; padding-left: 10pt; border-left: 3px solid #ddd; color: #555; }
"""
STYLES = {
    "github": BASE_CSS + "h1, h2 { border-bottom: 1px solid #d8dee4; padding-bottom: 3pt; } hr { border: 0; border-top: 3px solid #eee; }",
    "chirpy": BASE_CSS + "body { font-family: 'Liberation Sans', sans-serif; color: #34343c; } h1.dynamic-title { font-size: 22pt; }"
    " h1 { font-size: 16pt; margin-top: 14pt; } h2 { font-size: 14pt; } hr { border: 0; border-top: 1px solid #e9ecef; }"
    " blockquote { border-left: 4px solid #cacbcc; color: #6c757d; font-style: normal; }",
    "academicpages": BASE_CSS
    + "body { font-size: 10pt; } h1 { font-size: 14pt; border-bottom: 1px solid #f2f3f3; padding-bottom: 2pt; margin-top: 12pt; }"
    " h1.title { font-size: 22pt; border: 0; } .page { display: grid; grid-template-columns: 1.7in 1fr; gap: 0.3in; }"
    " .author { font-size: 9pt; color: #494e52; } .author h3 { font-size: 12pt; margin: 0 0 4pt; }"
    " .author ul { list-style: none; padding: 0; }",
    "minimal": BASE_CSS + "body { font-family: 'Liberation Sans', sans-serif; font-size: 10pt; color: #727272; }"
    " .wrapper { display: grid; grid-template-columns: 1.9in 1fr; gap: 0.35in; } header h1 { color: #222; font-size: 18pt; }"
    " section h3, section h4 { color: #222; } td { padding: 1pt 4pt; }",
}

# Link labels the academicpages author sidebar prints for each _config.yml author field.
AUTHOR_LINKS = {
    "email": "Email",
    "googlescholar": "Google Scholar",
    "researchgate": "ResearchGate",
    "github": "Github",
    "linkedin": "LinkedIn",
    "orcid": "ORCID",
}


def run(cmd: list[str], **kwargs: Any) -> subprocess.CompletedProcess[str]:
    """Run a command, failing loudly with its stderr."""
    done = subprocess.run(cmd, capture_output=True, text=True, timeout=300, **kwargs)
    if done.returncode != 0:
        raise SystemExit(f"{cmd[0]} failed ({done.returncode}): {done.stderr.strip()[-2000:]}")
    return done


def chromium_pdf(page: str, out: pathlib.Path, tmp: pathlib.Path) -> None:
    """Print an HTML page (images removed: no photos, no icons) to PDF with headless Chromium, offline."""
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
    """Split Jekyll (YAML, ---) front matter from a page body."""
    m = re.match(r"\A---\n(.*?)\n---\n?(.*)\Z", text, re.S)
    if m:
        return yaml.safe_load(m.group(1)) or {}, m.group(2)
    return {}, text


def site_markdown(body: str) -> str:
    """Drop what a static-site generator consumes before printing: Liquid tags, kramdown IALs, images."""
    body = re.sub(r"\{%.*?%\}", "", body, flags=re.S)
    body = re.sub(r"\{:[^}]*\}", "", body)
    return re.sub(r"!\[[^\]]*\]\([^)]*\)", "", body)


def page_html(title: str, body_html: str, css: str) -> str:
    """Wrap a page body in a standalone HTML document."""
    return (
        f'<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>{html.escape(title)}</title>'
        f"<style>{css}</style></head><body>{body_html}</body></html>"
    )


def pandoc_html(markdown_text: str, tmp: pathlib.Path, name: str, reader: str = "markdown-implicit_figures") -> str:
    """Markdown (with raw HTML) -> HTML5 fragment with pandoc (``gfm`` where GitHub or markdown-it render the page)."""
    md = tmp / (name + ".md")
    md.write_text(markdown_text, encoding="utf-8")
    return run(["pandoc", "-f", reader, "-t", "html5", str(md)]).stdout


def author_sidebar(author: dict[str, Any], main: str) -> str:
    """Put a page beside the academicpages author sidebar (name, bio, location, link labels; no avatar)."""
    esc = html.escape
    links = "".join(f"<li>{label}</li>" for key, label in AUTHOR_LINKS.items() if author.get(key))
    extra = "".join(f"<li>{esc(str(author[k]))}</li>" for k in ("location", "employer") if author.get(k))
    side = f"<h3>{esc(author['name'])}</h3><p>{esc(author.get('bio', ''))}</p><ul>{extra}{links}</ul>"
    return f'<div class="page"><aside class="author">{side}</aside><main>{main}</main></div>'


def render_page(src: pathlib.Path, out: pathlib.Path, tmp: pathlib.Path, style: str) -> str:
    """A Jekyll/GitHub Pages Markdown page -> pandoc HTML in a theme-like page -> Chromium."""
    meta, body = split_front_matter(src.read_text(encoding="utf-8"))
    # kramdown (Jekyll) lets a heading or a list follow a paragraph line directly; pandoc's markdown needs options for that
    reader = "gfm" if style == "github" else "markdown-implicit_figures-blank_before_header+lists_without_preceding_blankline"
    inner = pandoc_html(site_markdown(body), tmp, out.stem, reader)
    title = str(meta.get("title") or "Resume")
    if style == "academicpages":
        inner = f'<h1 class="title">{html.escape(title)}</h1>' + inner
        inner = author_sidebar(meta["author"], inner)
    elif style == "chirpy":  # Chirpy prints a tab page's name as its title
        inner = f'<h1 class="dynamic-title">{html.escape(title)}</h1>' + inner
    elif style == "minimal":
        head = f"<header><h1>{html.escape(title)}</h1><p>{html.escape(str(meta.get('description', '')))}</p></header>"
        inner = f'<div class="wrapper">{head}<section>{inner}</section></div>'
    chromium_pdf(page_html(title, inner, STYLES[style]), out, tmp)
    return f"chromium (pandoc -> html5, {style} page)"


def render_mdtemplate(src: pathlib.Path, out: pathlib.Path, tmp: pathlib.Path) -> str:
    """Markdown + raw HTML -> the owner's template.html (mustache slots) with the owner's stylesheet -> Chromium."""
    inner = pandoc_html(src.read_text(encoding="utf-8"), tmp, out.stem, "gfm")
    style = "<style>\n" + (src.parent / "cv-markdown-style.css").read_text(encoding="utf-8") + "\n</style>"
    page = (src.parent / "template.html").read_text(encoding="utf-8")
    page = page.replace("{{{title}}}", "CV").replace("{{{style}}}", style).replace("{{{content}}}", inner)
    chromium_pdf(page, out, tmp)
    return "chromium (pandoc -> owner's template.html + stylesheet)"


def render_pandoccss(src: pathlib.Path, out: pathlib.Path, tmp: pathlib.Path, css_name: str) -> str:
    """``pandoc README.md --css=<stylesheet>`` as in the owner's workflow (stylesheet inlined) -> Chromium."""
    inner = pandoc_html(src.read_text(encoding="utf-8"), tmp, out.stem)
    css = (src.parent / css_name).read_text(encoding="utf-8")
    chromium_pdf(page_html("README", inner, css), out, tmp)
    return "chromium (pandoc -> html5 with the owner's github-pandoc.css)"


def render_html(src: pathlib.Path, out: pathlib.Path, tmp: pathlib.Path, style: str) -> str:
    """An article taken from a built Jekyll page -> theme-like stylesheet -> Chromium."""
    chromium_pdf(page_html("Resume", src.read_text(encoding="utf-8"), STYLES[style]), out, tmp)
    return f"chromium (built {style} page article)"


def render_typst(src: pathlib.Path, out: pathlib.Path) -> str:
    """Typst source -> PDF with the Typst compiler (system fonts allowed; missing fonts fall back)."""
    typst.compile(str(src), output=str(out), root=str(src.parent))
    return "typst"


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--only", nargs="*", default=None, help="render only these names")
    args = parser.parse_args()
    PDF_DIR.mkdir(exist_ok=True)
    names = args.only or list(CVS)
    with tempfile.TemporaryDirectory(prefix="cv2-render-") as tmpdir:
        tmp = pathlib.Path(tmpdir)
        for name in names:
            entry, kind, style = CVS[name]
            src = SOURCES / name / entry
            out = PDF_DIR / f"{name}.pdf"
            if kind == "typst":
                producer = render_typst(src, out)
            elif kind == "page":
                producer = render_page(src, out, tmp, style)
            elif kind == "mdtemplate":
                producer = render_mdtemplate(src, out, tmp)
            elif kind == "pandoccss":
                producer = render_pandoccss(src, out, tmp, style)
            else:
                producer = render_html(src, out, tmp, style)
            pages = run(["pdfinfo", str(out)]).stdout
            count = re.search(r"^Pages:\s+(\d+)", pages, re.M)
            print(f"{name}\t{producer}\t{count.group(1) if count else '?'} pages", flush=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
