"""Render the anonymized CV sources in tests/real/cv3/sources/ to PDFs in tests/real/cv3/pdf/.

Every CV was published by its owner as a web page in their own GitHub repository; each is printed the way a reader
of that page would print it, with headless Chromium, after building the page the way its site generator does:

``page``         A Jekyll / GitHub Pages Markdown page -> pandoc (kramdown-like markdown, or gfm for GitHub READMEs)
                 -> HTML in a theme-like page -> Chromium. Styles: ``academicpages`` (the _config.yml author block
                 printed as a left sidebar), ``github`` (a README rendered by GitHub Pages), ``minima`` (fastpages /
                 minima: site title header, page title, footer with the site description and GitHub handle).
``hugoresume``   A Hugo resume page whose front matter ``basic_info`` the theme prints as a "Basic Information" list
                 under the page title, followed by the Markdown body (goldmark; pandoc gfm here).
``pandoccss``    The owner's own pipeline (generatePdfViaPandoc.sh): ``sed`` drops the "Click to reveal" summaries,
                 pandoc markdown -> HTML with the script's title and author, the owner's stylesheet -> Chromium. The
                 ``<details>`` tags go too (pandoc's LaTeX writer, the owner's print path, drops raw HTML).
``htmlpage``     A Jekyll page whose body is raw HTML (front matter dropped) in a theme-like stylesheet -> Chromium.
``astro``        An Astro site's resume tab built from its data files (experience/*.md, skills.md, contact.json) and
                 the About and Interests text of its Resume component, all tab panels printed -> Chromium.

Requirements (none of them is a dependency of gapcheck):
  apt-get install -y chromium pandoc fonts-dejavu fonts-liberation poppler-utils
  a venv with: pip install pyyaml

Usage:
  python tests/real/cv3/render.py [--only NAME ...]

Everything runs offline; every temporary file goes to one temporary directory that is removed at the end. PDF bytes
change between runs (creation dates), the text does not.
"""

from __future__ import annotations

import argparse
import html
import json
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
    "c3_aieng_01": ("cv.md", "page", "academicpages"),
    "c3_aieng_02": ("llm-engineer.en.md", "hugoresume", ""),
    "c3_ds_01": ("CV.md", "page", "minima"),
    "c3_ds_02": ("cv.md", "page", "academicpages"),
    "c3_an_01": ("README.md", "page", "github"),
    "c3_swe_01": ("CV.md", "pandoccss", "CV.css"),
    "c3_un_01": ("index.md", "htmlpage", ""),
    "c3_un_02": ("index.astro", "astro", ""),
}

BASE_CSS = """
@page { size: Letter; margin: 0.6in; }
body { font-family: 'DejaVu Sans', 'Liberation Sans', sans-serif; font-size: 10.5pt; line-height: 1.38; color: #222; }
h1 { font-size: 20pt; margin: 0 0 6pt; } h2 { font-size: 14pt; margin: 14pt 0 5pt; } h3 { font-size: 11.5pt; margin: 10pt 0 3pt; }
h4 { font-size: 10.5pt; margin: 8pt 0 2pt; } h5, h6 { font-size: 9.5pt; margin: 4pt 0 2pt; }
table { border-collapse: collapse; } td, th { padding: 2pt 6pt; vertical-align: middle; }
a { color: #1a55a5; text-decoration: none; } ul, ol { margin: 3pt 0 6pt; padding-left: 18pt; } li { margin: 1pt 0; }
blockquote { margin: 2pt 0 4pt; padding-left: 10pt; border-left: 3px solid #ddd; color: #555; }
"""
STYLES = {
    "github": BASE_CSS + "h1, h2 { border-bottom: 1px solid #d8dee4; padding-bottom: 3pt; } hr { border: 0; border-top: 3px solid #eee; }",
    "academicpages": BASE_CSS
    + "body { font-size: 10pt; } h1 { font-size: 14pt; border-bottom: 1px solid #f2f3f3; padding-bottom: 2pt; margin-top: 12pt; }"
    " h1.title { font-size: 22pt; border: 0; } .page { display: grid; grid-template-columns: 1.7in 1fr; gap: 0.3in; }"
    " .author { font-size: 9pt; color: #494e52; } .author h3 { font-size: 12pt; margin: 0 0 4pt; }"
    " .author ul { list-style: none; padding: 0; }",
    "minima": BASE_CSS + "body { font-family: 'Liberation Sans', sans-serif; color: #111; }"
    " header.site { border-top: 5px solid #424242; border-bottom: 1px solid #e8e8e8; padding: 6pt 0; margin-bottom: 12pt; }"
    " header.site .site-title { font-size: 16pt; color: #424242; } h1.post-title { font-size: 24pt; }"
    " footer.site { border-top: 1px solid #e8e8e8; margin-top: 18pt; padding-top: 8pt; font-size: 9pt; color: #828282; }"
    " blockquote { color: #111; border-left: 4px solid #e8e8e8; font-size: 10.5pt; }",
    "hugoresume": BASE_CSS + "body { font-family: 'Liberation Sans', sans-serif; color: #1f2937; }"
    " h1.title { font-size: 24pt; font-weight: 800; } .basic h2 { font-size: 14pt; margin-top: 0; }",
    "htmlpage": BASE_CSS + "body { font-family: 'Liberation Sans', sans-serif; color: #333; }"
    " .font-size-h3 { font-size: 15pt; } .font-size-h4 { font-size: 12pt; margin-bottom: 0; }"
    " .font-size-small { font-size: 9.5pt; color: #777; margin: 2pt 0 4pt; } hr { border: 0; border-top: 1px solid #ddd; }",
    "astro": BASE_CSS + "body { font-family: 'Liberation Sans', sans-serif; color: #1e293b; }"
    " header { text-align: center; margin-bottom: 12pt; } header h1 { font-size: 26pt; } header p { font-size: 13pt; margin: 0; }"
    " .tab { border: 2px solid #cbd5e1; border-radius: 4px; padding: 6pt 10pt; margin: 6pt 0; } .tab h3 { text-align: center; }"
    " .tab em { font-style: normal; color: #64748b; } .tags span { display: inline-block; margin: 2pt 3pt 2pt 0;"
    " padding: 2pt 6pt; border-radius: 3px; background: #e2e8f0; font-size: 9pt; } footer { margin-top: 14pt;"
    " text-align: center; font-size: 9.5pt; } footer span { margin: 0 6pt; }",
}

# Link labels the academicpages author sidebar prints for each _config.yml author field.
AUTHOR_LINKS = {
    "email": "Email",
    "googlescholar": "Google Scholar",
    "researchgate": "ResearchGate",
    "github": "Github",
    "linkedin": "LinkedIn",
    "orcid": "ORCID",
    "twitter": "Twitter",
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
    """Split Jekyll/Hugo (YAML, ---) front matter from a page body."""
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
    """Markdown (with raw HTML) -> HTML5 fragment with pandoc."""
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
    esc = html.escape
    title = str(meta.get("title") or "Resume")
    if style == "academicpages":
        inner = f'<h1 class="title">{esc(title)}</h1>' + inner
        inner = author_sidebar(meta["author"], inner)
    elif style == "minima":
        head = f'<header class="site"><span class="site-title">{esc(str(meta["site_title"]))}</span></header>'
        foot = (
            f'<footer class="site"><p>{esc(str(meta["site_title"]))}</p><p>{esc(str(meta["site_description"]))}</p>'
            f"<p>{esc(str(meta['github_username']))}</p></footer>"
        )
        inner = f'{head}<h1 class="post-title">{esc(title)}</h1>{inner}{foot}'
    chromium_pdf(page_html(title, inner, STYLES[style]), out, tmp)
    return f"chromium (pandoc -> html5, {style} page)"


def render_hugoresume(src: pathlib.Path, out: pathlib.Path, tmp: pathlib.Path) -> str:
    """A Hugo resume page: title, the front matter's Basic Information list, then the Markdown body -> Chromium."""
    meta, body = split_front_matter(src.read_text(encoding="utf-8"))
    esc = html.escape
    info = meta.get("basic_info", {})
    fields = [("Name", "name"), ("Target Position", "target_position"), ("Email", "email"), ("Phone", "phone")]
    items = "".join(f"<li><strong>{label}</strong>: {esc(str(info[key]))}</li>" for label, key in fields if info.get(key))
    head = f'<h1 class="title">{esc(str(meta["title"]))}</h1><div class="basic"><h2>Basic Information</h2><ul>{items}</ul></div>'
    inner = head + pandoc_html(body, tmp, out.stem, "gfm")
    chromium_pdf(page_html(str(meta["title"]), inner, STYLES["hugoresume"]), out, tmp)
    return "chromium (pandoc gfm -> html5, Hugo resume page with its Basic Information block)"


def render_pandoccss(src: pathlib.Path, out: pathlib.Path, tmp: pathlib.Path, css_name: str) -> str:
    """The owner's pipeline (summaries removed, pandoc markdown) with a title/author block and the owner's CSS."""
    text = re.sub(r"<summary>Click to reveal</summary>", "", src.read_text(encoding="utf-8"), flags=re.I)
    text = re.sub(r"^</?details>\n", "", text, flags=re.M)  # raw HTML the owner's pandoc -> LaTeX run drops
    inner = pandoc_html(text, tmp, out.stem)
    css = (src.parent / css_name).read_text(encoding="utf-8") + "\n@page { size: A4; margin: 0.35in; }"
    script = (src.parent / "generatePdfViaPandoc.sh").read_text(encoding="utf-8")
    title = re.search(r'-V title="([^"]*)"', script)
    author = re.search(r'-V author="([^"]*)"', script)
    if not (title and author):
        raise SystemExit(f"{src}: title/author not found in generatePdfViaPandoc.sh")
    esc = html.escape
    head = f'<header><h1 class="title">{esc(title.group(1))}</h1><p class="author">{esc(author.group(1))}</p></header>'
    chromium_pdf(page_html("CV", f'<div class="markdown-body">{head}{inner}</div>', css), out, tmp)
    return "chromium (pandoc markdown -> html5 with the owner's CV.css)"


def render_htmlpage(src: pathlib.Path, out: pathlib.Path, tmp: pathlib.Path) -> str:
    """A Jekyll page whose body is raw HTML: front matter dropped, theme-like stylesheet -> Chromium."""
    _, body = split_front_matter(src.read_text(encoding="utf-8"))
    chromium_pdf(page_html("Resume", body, STYLES["htmlpage"]), out, tmp)
    return "chromium (raw-HTML Jekyll page, theme-like style)"


def render_astro(src: pathlib.Path, out: pathlib.Path, tmp: pathlib.Path) -> str:
    """The Astro site's resume tab: header, About, every experience tab, Technologies, Interests, contact footer."""
    esc = html.escape
    index = src.read_text(encoding="utf-8")
    name = re.search(r"<h1[^>]*>(.*?)</h1>", index, re.S)
    role = re.search(r"<h1[^>]*>.*?</h1>\s*<p[^>]*>(.*?)</p>", index, re.S)
    resume = (src.parent / "Resume.astro").read_text(encoding="utf-8")
    about = re.search(r"<h2>About</h2>\s*<p>(.*?)</p>", resume, re.S)
    interests = re.findall(r'"([^"]+)"', resume.split("<h2>Interests</h2>", 1)[1])
    if not (name and role and about):
        raise SystemExit(f"{src}: header or About text not found")
    parts = [f"<header><h1>{esc(name.group(1).strip())}</h1><p>{esc(' '.join(role.group(1).split()))}</p></header>"]
    parts.append(f"<h2>About</h2><p>{esc(' '.join(about.group(1).split()))}</p><h2>Experience</h2>")
    for exp in sorted((src.parent / "experience").glob("*.md")):
        meta, body = split_front_matter(exp.read_text(encoding="utf-8"))
        parts.append(f'<div class="tab"><h3>{esc(str(meta["title"]))}</h3>{pandoc_html(body, tmp, exp.stem, "gfm")}</div>')
    skills, _ = split_front_matter((src.parent / "skills.md").read_text(encoding="utf-8"))
    parts.append("<h2>Technologies</h2>")
    for group, tags in skills.items():
        spans = "".join(f"<span>{esc(str(t))}</span>" for t in tags)
        parts.append(f'<p><strong>{esc(str(group))}</strong></p><div class="tags">{spans}</div>')
    spans = "".join(f"<span>{esc(t)}</span>" for t in interests)
    parts.append(f'<h2>Interests</h2><div class="tags">{spans}</div>')
    contacts = json.loads((src.parent / "contact.json").read_text(encoding="utf-8"))
    parts.append("<footer>" + "".join(f'<span><a href="{esc(c["link"])}">{esc(c["name"])}</a></span>' for c in contacts) + "</footer>")
    chromium_pdf(page_html("Resume", "".join(parts), STYLES["astro"]), out, tmp)
    return "chromium (Astro resume tab from the site's data files, all tabs printed)"


def main() -> int:
    parser = argparse.ArgumentParser(description=(__doc__ or "").splitlines()[0])
    parser.add_argument("--only", nargs="*", default=None, help="render only these names")
    args = parser.parse_args()
    PDF_DIR.mkdir(exist_ok=True)
    names = args.only or list(CVS)
    with tempfile.TemporaryDirectory(prefix="cv3-render-") as tmpdir:
        tmp = pathlib.Path(tmpdir)
        for name in names:
            entry, kind, style = CVS[name]
            src = SOURCES / name / entry
            out = PDF_DIR / f"{name}.pdf"
            if kind == "page":
                producer = render_page(src, out, tmp, style)
            elif kind == "hugoresume":
                producer = render_hugoresume(src, out, tmp)
            elif kind == "pandoccss":
                producer = render_pandoccss(src, out, tmp, style)
            elif kind == "htmlpage":
                producer = render_htmlpage(src, out, tmp)
            else:
                producer = render_astro(src, out, tmp)
            pages = run(["pdfinfo", str(out)]).stdout
            count = re.search(r"^Pages:\s+(\d+)", pages, re.M)
            print(f"{name}\t{producer}\t{count.group(1) if count else '?'} pages", flush=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
