"""Render every resume source in ``sources/`` to ``pdf/<name>.pdf`` with the producer people use for that kind of file.

The sources are real resumes that people published in their own GitHub repositories (see MANIFEST.tsv), anonymized.
A source's file name says how it is rendered:

``<name>.md``              Markdown page of a Jekyll/Hugo/GitHub site -> pandoc (Debian) -> HTML -> headless Chromium.
                           Front matter is used for the page title; Liquid tags, kramdown attribute lists and images are
                           dropped, as the site generator would drop them (no photos are printed).
                           Names in ``MKDOCS`` use python-markdown with the pymdown extensions of an mkdocs-material site.
                           Names in ``LIBREOFFICE`` go Markdown -> pandoc -> .docx -> LibreOffice Writer (Word-like PDF).
                           Names in ``XELATEX`` go Markdown -> pandoc -> LaTeX -> xelatex (pandoc's default template).
                           A front matter with ``author_profile: true`` and an ``author`` block is printed as the
                           academicpages author sidebar (name, bio, location, link labels) beside the page.
``<name>.resume.json``     JSON Resume -> the npm theme in ``JSONRESUME_THEME`` (its ``render(resume)``) -> Chromium.
``<name>.resume.yml``      JSON Resume written as YAML (Jekyll ``_data/resume.yml``) -> same as above.
``<name>.rendercv.yaml``   RenderCV input -> ``rendercv render`` (its Typst source) -> the Typst compiler.
``<name>.yml.md``          Jekyll page whose body is the resume as YAML data -> sidebar HTML template -> Chromium.
``<name>.kirby.yml``       Kirby CMS resume blocks (merged to one YAML file) -> definition-list HTML template -> Chromium.
``<name>.toml.md``         Hugo Academic "experience" widget (TOML front matter) -> timeline-table HTML template -> Chromium.

Requirements (none of them is a dependency of gapcheck):
  apt-get install -y chromium pandoc fonts-dejavu fonts-liberation poppler-utils libreoffice-writer-nogui texlive-xetex
  a venv with: pip install markdown pymdown-extensions pyyaml "rendercv[full]" click
  npm install --prefix DIR jsonresume-theme-even jsonresume-theme-elegant   (pass DIR/node_modules as --node-modules)

Usage:
  python tests/real/web/render.py --node-modules DIR/node_modules [--only NAME ...]

RenderCV's Typst template imports the ``fontawesome`` Typst package from the Typst registry, which is out of reach here;
the import is replaced by a no-op ``fa-icon`` so the PDF is the same minus the contact-line icons.
Every temporary file goes to one temporary directory that is removed at the end.
"""

from __future__ import annotations

import argparse
import html
import json
import pathlib
import re
import shutil
import subprocess
import sys
import tempfile
from collections.abc import Callable
from datetime import date
from typing import Any

import markdown
import yaml

if sys.version_info >= (3, 11):
    import tomllib
else:  # pragma: no cover - Python 3.10
    import tomli as tomllib

HERE = pathlib.Path(__file__).resolve().parent
SOURCES = HERE / "sources"
PDF_DIR = HERE / "pdf"

MKDOCS = {"w_mixed_01"}
LIBREOFFICE = {"w_an_01", "w_swe_02"}
XELATEX = {"w_un_04"}
JSONRESUME_THEME = {"w_ds_01": "jsonresume-theme-even", "w_swe_03": "jsonresume-theme-elegant"}
# Stylesheet per Markdown page, mimicking the site theme it came from.
PAGE_STYLE = {
    "w_aieng_02": "github",
    "w_aieng_03": "github",
    "w_aieng_04": "alfolio",
    "w_mixed_02": "minimal_mistakes",
    "w_ds_02": "github",
    "w_ds_03": "jekyll_minima",
    "w_an_02": "github",
    "w_un_02": "minimal_mistakes",
}

BASE_CSS = """
@page { size: Letter; margin: 0.6in; }
body { font-family: 'DejaVu Sans', 'Liberation Sans', sans-serif; font-size: 10.5pt; line-height: 1.38; color: #222; }
h1 { font-size: 20pt; margin: 0 0 6pt; } h2 { font-size: 14pt; margin: 14pt 0 5pt; } h3 { font-size: 11.5pt; margin: 10pt 0 3pt; }
table { border-collapse: collapse; } td, th { border: 1px solid #ccc; padding: 3pt 6pt; vertical-align: top; }
a { color: #1a55a5; text-decoration: none; } ul { margin: 3pt 0 6pt; padding-left: 18pt; } li { margin: 1pt 0; }
"""
STYLES = {
    "github": BASE_CSS + "h1, h2 { border-bottom: 1px solid #d8dee4; padding-bottom: 3pt; } hr { border: 0; border-top: 3px solid #eee; }",
    "jekyll_minima": BASE_CSS + "body { font-family: 'Liberation Serif', serif; font-size: 11pt; } h2 { color: #333; }",
    "alfolio": BASE_CSS + "h1.title { font-weight: 300; font-size: 26pt; } h2 { color: #b509ac; font-weight: 400; }",
    "minimal_mistakes": BASE_CSS + "body { font-size: 10pt; } h1 { border-bottom: 1px solid #f2f3f3; } "
    "h1.title { font-size: 22pt; } em { color: #555; }",
}


def run(cmd: list[str], **kwargs: Any) -> subprocess.CompletedProcess[str]:
    """Run a command, failing loudly with its stderr."""
    done = subprocess.run(cmd, capture_output=True, text=True, timeout=300, **kwargs)
    if done.returncode != 0:
        raise SystemExit(f"{cmd[0]} failed ({done.returncode}): {done.stderr.strip()[-2000:]}")
    return done


def drop_images(page: str) -> str:
    """No photos: remove every <img> element from a rendered page."""
    return re.sub(r"<img\b[^>]*>", "", page)


def chromium_pdf(page: str, out: pathlib.Path, tmp: pathlib.Path) -> None:
    """Print an HTML page to PDF with headless Chromium, offline and without header/footer."""
    src = tmp / (out.stem + ".html")
    src.write_text(drop_images(page), encoding="utf-8")
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
    """Split Jekyll (YAML, ---) or Hugo (TOML, +++) front matter from a page body."""
    m = re.match(r"\A---\n(.*?)\n---\n?(.*)\Z", text, re.S)
    if m:
        return yaml.safe_load(m.group(1)) or {}, m.group(2)
    m = re.match(r"\A\+\+\+\n(.*?)\n\+\+\+\n?(.*)\Z", text, re.S)
    if m:
        return tomllib.loads(m.group(1)), m.group(2)
    return {}, text


def site_markdown(body: str) -> str:
    """Drop what a static-site generator consumes before printing: Liquid tags, kramdown IALs, images."""
    body = re.sub(r"\{%.*?%\}", "", body, flags=re.S)
    body = re.sub(r"\{:[^}]*\}", "", body)
    body = re.sub(r"!\[[^\]]*\]\([^)]*\)", "", body)
    return body


def page_html(title: str | None, body_html: str, css: str) -> str:
    """Wrap a page body in a standalone HTML document."""
    head = f"<title>{html.escape(title or 'Resume')}</title>"
    return f'<!DOCTYPE html><html lang="en"><head><meta charset="utf-8">{head}<style>{css}</style></head><body>{body_html}</body></html>'


def render_markdown(src: pathlib.Path, out: pathlib.Path, tmp: pathlib.Path, name: str) -> str:
    """Markdown page -> HTML (pandoc, or python-markdown for mkdocs) -> PDF; returns the producer."""
    meta, body = split_front_matter(src.read_text(encoding="utf-8"))
    body = site_markdown(body)
    title = meta.get("title") if isinstance(meta.get("title"), str) else None
    if name in MKDOCS:
        body = re.sub(r":(material|fontawesome|octicons|simple)-[a-z0-9-]+:(\{[^}]*\})?", "", body)
        exts = ["tables", "attr_list", "md_in_html", "admonition", "pymdownx.details", "pymdownx.superfences", "pymdownx.tabbed"]
        inner = markdown.markdown(body, extensions=exts, extension_configs={"pymdownx.tabbed": {"alternate_style": True}})
        css = BASE_CSS + (
            ".grid.cards > ul { display: grid; grid-template-columns: 1fr 1fr; gap: 8pt; list-style: none; padding: 0; }"
            ".grid.cards > ul > li { border: 1px solid #ddd; border-radius: 4pt; padding: 6pt 8pt; }"
            ".admonition { border-left: 4px solid #448aff; padding: 2pt 8pt; margin: 8pt 0; background: #f5f8ff; }"
            ".admonition-title { font-weight: bold; margin: 2pt 0; } .tabbed-set input { display: none; }"
            ".tabbed-labels label { font-weight: bold; color: #3f51b5; margin-right: 10pt; }"
            ".md-button { border: 1px solid #3f51b5; padding: 2pt 6pt; }"
        )
        chromium_pdf(page_html(title, inner, css), out, tmp)
        return "chromium (python-markdown + pymdown-extensions, mkdocs-material page)"
    md = tmp / (name + ".md")
    md.write_text(body, encoding="utf-8")
    reader = "gfm" if src.name.endswith(".md") and not meta else "markdown-implicit_figures"
    if name in LIBREOFFICE:
        docx = tmp / (name + ".docx")
        run(["pandoc", "-f", reader, "-t", "docx", "-o", str(docx), str(md)])
        run(
            [
                "soffice",
                "--headless",
                f"-env:UserInstallation={(tmp / 'lo-profile').as_uri()}",
                "--convert-to",
                "pdf",
                "--outdir",
                str(tmp),
                str(docx),
            ]
        )
        shutil.move(tmp / (name + ".pdf"), out)
        return "libreoffice (pandoc -> docx -> LibreOffice Writer)"
    if name in XELATEX:
        pdf_args = ["--pdf-engine=xelatex", "-V", "geometry:margin=0.9in", "-V", "mainfont=DejaVu Serif", "-V", "fontsize=10pt"]
        run(["pandoc", "-f", reader, "-o", str(out), *pdf_args, "--metadata", f"title={title or 'Resume'}", str(md)], cwd=tmp)
        return "xelatex (pandoc -> LaTeX)"
    inner = run(["pandoc", "-f", reader, "-t", "html5", str(md)]).stdout
    if title:
        inner = f'<h1 class="title">{html.escape(title)}</h1>' + inner
    css = STYLES[PAGE_STYLE.get(name, "github")]
    if meta.get("author_profile") and isinstance(meta.get("author"), dict):
        inner, css = author_sidebar(meta["author"], inner), css + SIDEBAR_CSS
    chromium_pdf(page_html(title, inner, css), out, tmp)
    return f"chromium (pandoc {reader} -> html5)"


SIDEBAR_CSS = (
    ".page { display: grid; grid-template-columns: 1.7in 1fr; gap: 0.3in; } .author { font-size: 9pt; color: #494e52; }"
    ".author h3 { font-size: 12pt; margin: 0 0 4pt; } .author ul { list-style: none; padding: 0; }"
)
# Link labels the academicpages author sidebar prints for each _config.yml author field.
AUTHOR_LINKS = {"email": "Email", "googlescholar": "Google Scholar", "orcid": "ORCID", "github": "Github", "twitter": "Twitter"}


def author_sidebar(author: dict[str, Any], main: str) -> str:
    """Put a page beside the academicpages author sidebar (name, bio, location, link labels; no avatar)."""
    esc = html.escape
    links = "".join(f"<li>{label}</li>" for key, label in AUTHOR_LINKS.items() if author.get(key))
    side = f"<h3>{esc(author['name'])}</h3><p>{esc(author.get('bio', ''))}</p><ul><li>{esc(author.get('location', ''))}</li>{links}</ul>"
    return f'<div class="page"><aside class="author">{side}</aside><main>{main}</main></div>'


def json_resume_from(src: pathlib.Path) -> dict[str, Any]:
    """Load a JSON Resume (JSON or YAML); map the pre-1.0 keys the themes no longer read; drop pictures."""
    text = src.read_text(encoding="utf-8")
    resume: dict[str, Any] = json.loads(text) if src.suffix == ".json" else yaml.safe_load(text)
    basics = resume.setdefault("basics", {})
    if "website" in basics:
        basics.setdefault("url", basics.pop("website"))
    basics.pop("picture", None)
    basics.pop("image", None)
    for job in resume.get("work", []):
        if "company" in job:
            job.setdefault("name", job["company"])
        if "website" in job:
            job.setdefault("url", job["website"])
    return resume


NODE_RENDER = """
const [nodeModules, themeName, input, output] = process.argv.slice(2);
const fs = require('fs');
const path = require('path');
const { pathToFileURL } = require('url');
const dir = path.join(nodeModules, themeName);
const pkg = JSON.parse(fs.readFileSync(path.join(dir, 'package.json'), 'utf8'));
const dot = pkg.exports && pkg.exports['.'];
const pick = (e) => (typeof e === 'string' ? e : e && (pick(e.import) || pick(e.default)));
const entry = pick(dot) || pkg.module || pkg.main || 'index.js';
import(pathToFileURL(path.join(dir, entry)).href)
  .then((mod) => (mod.render || (mod.default && mod.default.render))(JSON.parse(fs.readFileSync(input, 'utf8'))))
  .then((page) => fs.writeFileSync(output, page));
"""


def render_json_resume(src: pathlib.Path, out: pathlib.Path, tmp: pathlib.Path, name: str, node_modules: pathlib.Path) -> str:
    """JSON Resume -> theme.render(resume) in node -> Chromium."""
    theme = JSONRESUME_THEME[name]
    data = tmp / (name + ".json")
    data.write_text(json.dumps(json_resume_from(src)), encoding="utf-8")
    script = tmp / "render-theme.cjs"
    script.write_text(NODE_RENDER, encoding="utf-8")
    page = tmp / (name + ".theme.html")
    run(["node", str(script), str(node_modules.resolve()), theme, str(data), str(page)])
    chromium_pdf(page.read_text(encoding="utf-8"), out, tmp)
    return f"chromium ({theme})"


def render_rendercv(src: pathlib.Path, out: pathlib.Path, tmp: pathlib.Path, name: str) -> str:
    """RenderCV YAML -> its Typst source -> Typst compiler (same Python env)."""
    import rendercv_fonts
    import typst

    work = tmp / name
    work.mkdir()
    shutil.copy(src, work / "cv.yaml")
    rendercv = pathlib.Path(sys.executable).with_name("rendercv")
    run(
        [
            str(rendercv),
            "render",
            "cv.yaml",
            "--dont-generate-pdf",
            "--dont-generate-png",
            "--dont-generate-html",
            "--dont-generate-markdown",
        ],
        cwd=work,
    )
    typ = next((work / "rendercv_output").glob("*.typ"))
    source = re.sub(
        r'^#import "@preview/fontawesome:[^"]+": fa-icon$', "#let fa-icon(..args) = []", typ.read_text(encoding="utf-8"), flags=re.M
    )
    typ.write_text(source, encoding="utf-8")
    typst.compile(str(typ), output=str(out), font_paths=[str(pathlib.Path(rendercv_fonts.__file__).parent)])
    return "typst (rendercv classic theme)"


def sidebar_template(src: pathlib.Path, out: pathlib.Path, tmp: pathlib.Path, name: str) -> str:
    """Jekyll page whose body is the resume as YAML data -> two-column page (sidebar + main) -> Chromium."""
    front, body = split_front_matter(src.read_text(encoding="utf-8"))
    meta: dict[str, Any] = yaml.safe_load(body.strip().removesuffix("---"))
    esc = html.escape
    contact = "".join(f"<li>{esc(str(v))}</li>" for v in meta.get("contact", {}).values())
    skills = "".join(
        f"<h4>{esc(k.replace('_', ' ').title())}</h4><p>{esc(', '.join(map(str, v)))}</p>" for k, v in meta.get("skills", {}).items()
    )
    certs = "".join(f"<li>{esc(c['name'])}</li>" for c in meta.get("certifications", []))
    edu = "".join(
        f"<p><b>{esc(e['institution'])}</b><br>{esc(e['degree'])}<br>{esc(e.get('location', ''))}<br>{esc(e['dates'])}</p>"
        for e in meta.get("education", [])
    )
    jobs = "".join(
        f'<div class="job"><div class="row"><b>{esc(j["title"])}</b><span>{esc(j["dates"])}</span></div>'
        f'<div class="row"><i>{esc(j["company"])}</i><span>{esc(j.get("location", ""))}</span></div>'
        f"<ul>{''.join(f'<li>{esc(d)}</li>' for d in j.get('details', []))}</ul></div>"
        for j in meta.get("experience", [])
    )
    page = (
        f'<div class="grid"><aside><h1>{esc(meta["name"])}</h1><h3>Contact</h3><ul class="plain">{contact}</ul>'
        f"<h3>Skills</h3>{skills}<h3>Certifications</h3><ul class='plain'>{certs}</ul><h3>Education</h3>{edu}</aside>"
        f"<main><h2>Experience</h2>{jobs}</main></div>"
    )
    css = BASE_CSS + (
        ".grid { display: grid; grid-template-columns: 2.1in 1fr; gap: 0.25in; }"
        "aside { background: #f1f4f8; padding: 8pt; font-size: 9pt; }"
        "aside h1 { font-size: 17pt; } aside h4 { margin: 6pt 0 1pt; } aside p { margin: 0 0 4pt; }"
        "ul.plain { list-style: none; padding: 0; }"
        ".row { display: flex; justify-content: space-between; } .job { margin-bottom: 8pt; } main h2 { margin-top: 0; }"
    )
    chromium_pdf(page_html(front.get("title"), page, css), out, tmp)
    return "chromium (HTML/CSS grid sidebar template)"


def kirby_template(src: pathlib.Path, out: pathlib.Path, tmp: pathlib.Path, name: str) -> str:
    """Kirby CMS resume blocks -> definition lists (date on its own line under the title) -> Chromium."""
    data = yaml.safe_load(src.read_text(encoding="utf-8"))
    esc = html.escape
    parts = [f"<h1>{esc(data['name'])}</h1><h2 class='page'>{esc(data['title'])}</h2>"]
    for block in data["blocks"]:
        parts.append(f"<h2>{esc(block['title'])}</h2><dl>")
        for item in block["list"]:
            if "items" in item:
                parts.append(f"<dt>{esc(item['title'])}</dt><dd>{markdown.markdown(item['items'])}</dd>")
                continue
            sub = f"<div class='sub'>{esc(item['subhead'])}</div>" if item.get("subhead") else ""
            parts.append(f"<dt>{esc(item['title'])}</dt><dd>{sub}<p>{item.get('text', '')}</p></dd>")
        parts.append("</dl>")
    css = (
        BASE_CSS
        + "dt { font-weight: bold; margin-top: 8pt; } dd { margin-left: 0; }"
        + ".sub { color: #777; font-size: 9.5pt; } h2.page { color: #888; }"
    )
    chromium_pdf(page_html(data["title"], "".join(parts), css), out, tmp)
    return "chromium (HTML definition-list template)"


def hugo_experience_template(src: pathlib.Path, out: pathlib.Path, tmp: pathlib.Path, name: str) -> str:
    """Hugo Academic experience widget -> two-cell timeline table (dates in the left cell) -> Chromium."""
    meta, _ = split_front_matter(src.read_text(encoding="utf-8"))
    esc = html.escape
    rows = []
    for exp in meta["experience"]:
        start = date.fromisoformat(exp["date_start"]).strftime("%b %Y")
        end = date.fromisoformat(exp["date_end"]).strftime("%b %Y") if exp.get("date_end") else "Present"
        desc = markdown.markdown(exp.get("description", "").strip())
        rows.append(
            f"<tr><td class='when'>{start} – {end}</td><td><b>{esc(exp['title'])}</b><br>"
            f"<i>{esc(exp['company'])}</i> · {esc(exp.get('location', ''))}{desc}</td></tr>"
        )
    body = f"<h1>{esc(meta['title'])}</h1><table>{''.join(rows)}</table>"
    css = BASE_CSS + "table, td { border: 0; } td.when { width: 1.6in; color: #555; white-space: nowrap; } tr td { padding-bottom: 10pt; }"
    chromium_pdf(page_html(meta["title"], body, css), out, tmp)
    return "chromium (HTML table template)"


def renderer_for(src: pathlib.Path) -> tuple[str, Callable[..., str]]:
    """Pick the renderer from the source file name; returns (resume name, function)."""
    for suffix, fn in (
        (".rendercv.yaml", render_rendercv),
        (".resume.json", render_json_resume),
        (".resume.yml", render_json_resume),
        (".yml.md", sidebar_template),
        (".kirby.yml", kirby_template),
        (".toml.md", hugo_experience_template),
        (".md", render_markdown),
    ):
        if src.name.endswith(suffix):
            return src.name[: -len(suffix)], fn
    raise SystemExit(f"{src}: no renderer for this file name")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--node-modules", type=pathlib.Path, help="node_modules folder holding the JSON Resume themes")
    parser.add_argument("--only", nargs="*", help="render only these resume names")
    args = parser.parse_args()
    PDF_DIR.mkdir(exist_ok=True)
    with tempfile.TemporaryDirectory(prefix="gapcheck-web-render-") as tmpdir:
        tmp = pathlib.Path(tmpdir)
        for src in sorted(SOURCES.iterdir()):
            name, fn = renderer_for(src)
            if args.only and name not in args.only:
                continue
            out = PDF_DIR / f"{name}.pdf"
            if fn is render_json_resume:
                if args.node_modules is None:
                    raise SystemExit("--node-modules is required for JSON Resume sources")
                producer = fn(src, out, tmp, name, args.node_modules)
            else:
                producer = fn(src, out, tmp, name)
            print(f"{name}\t{producer}")


if __name__ == "__main__":
    main()
