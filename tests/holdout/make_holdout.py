#!/usr/bin/env python3
"""Render tests/holdout/sources/*.md to tests/holdout/pdf/*.pdf.

Each resume's producer and layout come from labels.toml. Producers: fpdf2, reportlab, headless Chromium
(HTML -> PDF), LibreOffice (.docx from python-docx -> PDF) and pdflatex. Layouts: one-column, two-column
(a real side-by-side sidebar) and table (the source's tables are drawn as real tables).

Usage:  python make_holdout.py [name ...]      (default: every entry in labels.toml)

Source dialect (deliberately small): first line "# Name"; lines before the first "## " are header lines;
the header ends at the first blank line (text after it and before the first "## " is an untitled section);
"## Title" starts a section; "### Role | Company | Dates" is a job line; "- " a bullet; "|"-rows a table
(first row = header, "|---|" rows skipped); other lines are paragraph text (blank line ends a paragraph).
"""

from __future__ import annotations

import html
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path
from typing import Any

if sys.version_info >= (3, 11):
    import tomllib
else:  # pragma: no cover - Python 3.10
    import tomli as tomllib

HERE = Path(__file__).resolve().parent
SRC, OUT = HERE / "sources", HERE / "pdf"
FONTS = Path("/usr/share/fonts/truetype")

# Sections that go into the sidebar column of two-column resumes.
SIDEBAR = {
    "ai_02": ["Toolbox", "Education"],
    "ds_02": ["Skills", "Languages", "Education"],
    "forester_01": ["Skills", "Licences", "Education"],
    "mix_01": ["Stack", "Spoken", "Education"],
    "ds_03": ["Tools", "Langues", "Education"],
    "bartender_01": ["Bar toolbox", "Certs", "Also"],
    "ai_09": ["Stack", "Spoken", "Education"],
    "student_02": ["Skills", "Languages", "Education"],
    "ai_05": ["Stack", "Compute", "Languages", "Education"],
    "music_producer_01": ["Gear", "Genres", "Education"],
}

# Per-resume visual variety: font family, heading style, bullet glyph, base size.
STYLE: dict[str, dict[str, Any]] = {
    # fpdf2
    "ai_01": dict(font="DejaVuSansMono", head="lower", bullet="-", size=9),
    "ai_06": dict(font="LiberationSans", head="upper_rule", bullet="•", size=9.5),
    "ds_02": dict(font="DejaVuSans", head="spaced", bullet="▸", size=9),
    "student_01": dict(font="LiberationSerif", head="plain", bullet="•", size=11),
    "forester_01": dict(font="LiberationSerif", head="upper", bullet="–", size=10),
    "teacher_01": dict(font="DejaVuSerif", head="plain", bullet="✓", size=10),
    # reportlab
    "ai_02": dict(font="Times", head="upper_rule", bullet="■", size=11.5),
    "ai_08": dict(font="Helvetica", head="spaced", bullet="◦", size=10),
    "ds_05": dict(font="Helvetica", head="plain", bullet="•", size=10),
    "mix_01": dict(font="Times", head="upper", bullet="➤", size=10),
    "hvac_01": dict(font="Courier", head="upper", bullet="*", size=9),
    "sommelier_01": dict(font="Times", head="smallcaps", bullet="·", size=11),
    # chromium
    "ai_03": dict(font="DejaVu Sans", head="upper_rule", bullet="●", size=10),
    "ai_07": dict(font="Liberation Serif", head="plain", bullet="–", size=11),
    "ds_03": dict(font="DejaVu Serif", head="smallcaps", bullet="▪", size=10),
    "ds_08": dict(font="Liberation Sans", head="spaced", bullet="•", size=10),
    "mix_03": dict(font="DejaVu Sans", head="upper", bullet="—", size=10),
    "bartender_01": dict(font="Liberation Mono", head="upper", bullet="o", size=9.5),
    # libreoffice
    "ai_04": dict(font="Liberation Serif", head="plain", bullet="•", size=11),
    "ai_09": dict(font="DejaVu Sans", head="upper", bullet="word", size=9.5),
    "ds_04": dict(font="Liberation Sans", head="plain", bullet="•", size=10),
    "ds_09": dict(font="Liberation Serif", head="smallcaps", bullet="•", size=11),
    "student_02": dict(font="Liberation Sans", head="upper", bullet="word", size=10),
    "lawyer_01": dict(font="Liberation Serif", head="upper", bullet="–", size=10.5),
    # pdflatex
    "ai_05": dict(font="helvet", head="smallcaps", bullet=r"$\triangleright$", size=10),
    "ds_01": dict(font="charter", head="plain", bullet=r"$\bullet$", size=11),
    "ds_06": dict(font="mathptmx", head="upper", bullet=r"$\bullet$", size=10),
    "ds_07": dict(font="lmodern", head="plain", bullet=r"$\circ$", size=11),
    "mix_02": dict(font="lmodern", head="smallcaps", bullet=r"--", size=10),
    "music_producer_01": dict(font="mathptmx", head="upper", bullet=r"$\bullet$", size=10),
}


# ----------------------------------------------------------------------------------------------- parsing
def parse(path: Path) -> dict[str, Any]:
    lines = path.read_text(encoding="utf-8").splitlines()
    doc: dict[str, Any] = {"name": lines[0].lstrip("# ").strip(), "header": [], "sections": []}
    cur: dict[str, Any] | None = None
    in_body = False
    gap = False
    para: list[str] = []

    def flush():
        if para and cur is not None:
            cur["blocks"].append(("para", " ".join(para)))
        para.clear()

    for raw in lines[1:]:
        line = raw.rstrip()
        if line.startswith("## "):
            flush()
            cur = {"title": line[3:].strip(), "blocks": []}
            doc["sections"].append(cur)
            continue
        if cur is None:
            if line.strip() and not in_body:
                doc["header"].append(line.strip())
                continue
            if not line.strip() and not doc["header"]:
                continue
            # the header ends at the first blank line; text before the first "## " forms an untitled section
            in_body = True
            cur = {"title": "", "blocks": []}
            doc["sections"].append(cur)
            if not line.strip():
                continue
        if not line.strip():
            flush()
            gap = True
            continue
        was_gap, gap = gap, False
        if line.startswith("### "):
            flush()
            cur["blocks"].append(("job", [p.strip() for p in line[4:].split("|")]))
        elif line.startswith("- "):
            flush()
            if cur["blocks"] and cur["blocks"][-1][0] == "bullets":
                cur["blocks"][-1][1].append(line[2:].strip())
            else:
                cur["blocks"].append(("bullets", [line[2:].strip()]))
        elif line.startswith("|"):
            flush()
            cells = [c.strip() for c in line.strip().strip("|").split("|")]
            if all(set(c) <= set("-: ") and c for c in cells):
                continue
            if cur["blocks"] and cur["blocks"][-1][0] == "table" and not was_gap:
                cur["blocks"][-1][1].append(cells)
            else:
                cur["blocks"].append(("table", [cells]))
        else:
            para.append(line.strip())
    flush()
    doc["sections"] = [sec for sec in doc["sections"] if sec["title"] or sec["blocks"]]
    return doc


def split_sidebar(name: str, doc: dict[str, Any]):
    side_titles = SIDEBAR.get(name, [])
    side = [s for s in doc["sections"] if s["title"] in side_titles]
    main = [s for s in doc["sections"] if s["title"] not in side_titles]
    return side, main


def head_text(title: str, style: str) -> str:
    if style in ("upper", "upper_rule"):
        return title.upper()
    if style == "spaced":
        return " ".join(title.upper())
    if style == "lower":
        return title.lower()
    return title


# ----------------------------------------------------------------------------------------------- fpdf2
def render_fpdf2(name, doc, layout, out: Path):
    from fpdf import FPDF
    from fpdf.fonts import FontFace

    st = STYLE[name]
    pdf = FPDF(format="A4")
    pdf.set_creation_date(__import__("datetime").datetime(2025, 1, 1))
    fam = st["font"]
    files = {
        "DejaVuSans": ("dejavu/DejaVuSans.ttf", "dejavu/DejaVuSans-Bold.ttf"),
        "DejaVuSerif": ("dejavu/DejaVuSerif.ttf", "dejavu/DejaVuSerif-Bold.ttf"),
        "DejaVuSansMono": ("dejavu/DejaVuSansMono.ttf", "dejavu/DejaVuSansMono-Bold.ttf"),
        "LiberationSans": ("liberation/LiberationSans-Regular.ttf", "liberation/LiberationSans-Bold.ttf"),
        "LiberationSerif": ("liberation/LiberationSerif-Regular.ttf", "liberation/LiberationSerif-Bold.ttf"),
    }[fam]
    pdf.add_font(fam, "", str(FONTS / files[0]))
    pdf.add_font(fam, "B", str(FONTS / files[1]))
    # glyphs missing from Liberation fall back to DejaVu
    if fam != "DejaVuSans":
        pdf.add_font("DejaVuSans", "", str(FONTS / "dejavu/DejaVuSans.ttf"))
    pdf.set_fallback_fonts(["DejaVuSans"])
    size = st["size"]
    pdf.set_auto_page_break(True, 15)
    pdf.add_page()
    pdf.set_margins(15, 15, 15)
    pdf.set_y(15)
    pdf.set_font(fam, "B", size + 8)
    pdf.cell(0, 10, doc["name"], new_x="LMARGIN", new_y="NEXT")
    pdf.set_font(fam, "", size)
    for h in doc["header"]:
        pdf.multi_cell(0, size * 0.5, h, new_x="LMARGIN", new_y="NEXT")
    pdf.ln(3)

    def section(sec, width):
        pdf.ln(2)
        pdf.set_font(fam, "B", size + 2)
        if not sec["title"]:
            pass
        elif st["head"] == "spaced":
            pdf.set_char_spacing(1.5)
            pdf.cell(width, 7, sec["title"].upper(), new_x="LMARGIN", new_y="NEXT")
            pdf.set_char_spacing(0)
        else:
            pdf.cell(width, 7, head_text(sec["title"], st["head"]), new_x="LMARGIN", new_y="NEXT")
        if st["head"] == "upper_rule" and sec["title"]:
            y = pdf.get_y()
            pdf.line(pdf.l_margin, y, pdf.l_margin + width, y)
            pdf.ln(1)
        lh = size * 0.48
        for kind, data in sec["blocks"]:
            pdf.set_font(fam, "", size)
            if kind == "para":
                pdf.multi_cell(width, lh, data, new_x="LMARGIN", new_y="NEXT")
                pdf.ln(1)
            elif kind == "job":
                title = " — ".join(data[:2])
                pdf.set_font(fam, "B", size)
                y = pdf.get_y()
                pdf.multi_cell(width * 0.72, lh + 1, title, new_x="LMARGIN", new_y="NEXT")
                y2 = pdf.get_y()
                if len(data) > 2:
                    pdf.set_font(fam, "", size)
                    pdf.set_xy(pdf.l_margin + width * 0.72, y)
                    pdf.cell(width * 0.28, lh + 1, data[2], align="R")
                pdf.set_xy(pdf.l_margin, y2)
            elif kind == "bullets":
                for item in data:
                    pdf.set_x(pdf.l_margin)
                    pdf.cell(5, lh, st["bullet"])
                    pdf.multi_cell(width - 5, lh, item, new_x="LMARGIN", new_y="NEXT")
            elif kind == "table":
                ncol = max(len(r) for r in data)
                with pdf.table(width=width, align="LEFT", line_height=lh + 1, headings_style=FontFace(emphasis="BOLD"), padding=1) as t:
                    for row in data:
                        r = t.row()
                        for c in row + [""] * (ncol - len(row)):
                            r.cell(c)
                pdf.ln(2)

    if layout == "two-column":
        side, main = split_sidebar(name, doc)
        top = pdf.get_y()
        sw = 52
        pdf.set_fill_color(235, 238, 242)
        pdf.rect(15, top, sw + 4, 297 - top - 15, style="F")
        pdf.set_left_margin(17)
        pdf.set_right_margin(210 - 17 - sw)
        pdf.set_y(top)
        for s in side:
            section(s, sw)
        pdf.set_left_margin(15 + sw + 10)
        pdf.set_right_margin(15)
        pdf.page = 1
        pdf.set_y(top)
        for s in main:
            section(s, 210 - 15 - (15 + sw + 10))
    else:
        for s in doc["sections"]:
            section(s, 180)
    pdf.output(str(out))


# ----------------------------------------------------------------------------------------------- reportlab
def render_reportlab(name, doc, layout, out: Path):
    from reportlab import rl_config

    rl_config.invariant = 1
    from reportlab.lib import colors
    from reportlab.lib.pagesizes import A4
    from reportlab.lib.styles import ParagraphStyle
    from reportlab.lib.units import mm
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.ttfonts import TTFont
    from reportlab.platypus import (
        BaseDocTemplate,
        Frame,
        FrameBreak,
        HRFlowable,
        NextPageTemplate,
        PageTemplate,
        Paragraph,
        Spacer,
        Table,
        TableStyle,
    )

    st = STYLE[name]
    # Unicode-safe fonts: the "Times"/"Helvetica"/"Courier" style names map onto Liberation TTFs.
    fmap = {"Times": "LiberationSerif", "Helvetica": "LiberationSans", "Courier": "LiberationMono"}
    base = fmap[st["font"]]
    pdfmetrics.registerFont(TTFont(base, str(FONTS / f"liberation/{base}-Regular.ttf")))
    pdfmetrics.registerFont(TTFont(base + "-B", str(FONTS / f"liberation/{base}-Bold.ttf")))
    pdfmetrics.registerFont(TTFont("DejaVuSans", str(FONTS / "dejavu/DejaVuSans.ttf")))
    size = st["size"]
    body = ParagraphStyle("b", fontName=base, fontSize=size, leading=size * 1.3)
    bold = ParagraphStyle("bb", parent=body, fontName=base + "-B")
    name_st = ParagraphStyle("n", parent=bold, fontSize=size + 9, leading=size + 13)
    h_st = ParagraphStyle("h", parent=bold, fontSize=size + 2, leading=size + 5, spaceBefore=6, spaceAfter=2)
    bul = ParagraphStyle("bl", parent=body, leftIndent=10, bulletIndent=0, bulletFontName="DejaVuSans")

    def esc(s: str) -> str:
        return html.escape(s, quote=False)

    def heading(title):
        if not title:
            return []
        if st["head"] == "smallcaps":  # faked small caps: first letter bigger, the rest upper case smaller
            words = []
            for w in title.split():
                words.append(f'<font size="{size + 3}">{esc(w[0].upper())}</font><font size="{size}">{esc(w[1:].upper())}</font>')
            fl = [Paragraph(" ".join(words), h_st)]
        elif st["head"] == "spaced":
            fl = [Paragraph(esc(title.upper()), ParagraphStyle("hs", parent=h_st, charSpace=2))]
        else:
            fl = [Paragraph(esc(head_text(title, st["head"])), h_st)]
        if st["head"] == "upper_rule":
            fl.append(HRFlowable(width="100%", thickness=0.6, color=colors.grey, spaceAfter=3))
        return fl

    def blocks(sec, width):
        fl = heading(sec["title"])
        for kind, data in sec["blocks"]:
            if kind == "para":
                fl += [Paragraph(esc(data), body), Spacer(1, 3)]
            elif kind == "job":
                t = Table(
                    [
                        [
                            Paragraph(esc(" · ".join(data[:2])), bold),
                            Paragraph(esc(data[2]) if len(data) > 2 else "", ParagraphStyle("r", parent=body, alignment=2)),
                        ]
                    ],
                    colWidths=[width * 0.7, width * 0.3],
                )
                t.setStyle(
                    TableStyle(
                        [("LEFTPADDING", (0, 0), (-1, -1), 0), ("RIGHTPADDING", (0, 0), (-1, -1), 0), ("VALIGN", (0, 0), (-1, -1), "TOP")]
                    )
                )
                fl.append(t)
            elif kind == "bullets":
                fl += [Paragraph(esc(i), bul, bulletText=st["bullet"]) for i in data]
            elif kind == "table":
                ncol = max(len(r) for r in data)
                rows = [[Paragraph(esc(c), bold if i == 0 else body) for c in r + [""] * (ncol - len(r))] for i, r in enumerate(data)]
                lens = [max(len(r[j]) if j < len(r) else 0 for r in data) + 4 for j in range(ncol)]
                cw = [width * n / sum(lens) for n in lens]
                t = Table(rows, colWidths=cw, repeatRows=1)
                t.setStyle(
                    TableStyle(
                        [
                            ("GRID", (0, 0), (-1, -1), 0.4, colors.grey),
                            ("BACKGROUND", (0, 0), (-1, 0), colors.HexColor("#e8e8e8")),
                            ("VALIGN", (0, 0), (-1, -1), "TOP"),
                        ]
                    )
                )
                fl += [t, Spacer(1, 4)]
        return fl

    W, H = A4
    m = 18 * mm
    head = [Paragraph(esc(doc["name"]), name_st)] + [Paragraph(esc(h), body) for h in doc["header"]]
    d = BaseDocTemplate(
        str(out), pagesize=A4, leftMargin=m, rightMargin=m, topMargin=m, bottomMargin=m, title=doc["name"], author="gapcheck holdout"
    )
    full = Frame(m, m, W - 2 * m, H - 2 * m, id="full")
    if layout == "two-column":
        hh = 30 * mm
        sw = 55 * mm
        gap = 7 * mm
        fh = Frame(m, H - m - hh, W - 2 * m, hh, id="head")
        fs = Frame(m, m, sw, H - 2 * m - hh, id="side", showBoundary=0)
        fm = Frame(m + sw + gap, m, W - 2 * m - sw - gap, H - 2 * m - hh, id="main")

        def shade(c, _d):
            c.saveState()
            c.setFillColor(colors.HexColor("#f0efe9"))
            c.rect(m - 2, m, sw + 4, H - 2 * m - hh, stroke=0, fill=1)
            c.restoreState()

        d.addPageTemplates([PageTemplate("first", [fh, fs, fm], onPage=shade), PageTemplate("later", [full])])
        side, main = split_sidebar(name, doc)
        story = [*head, FrameBreak()]
        for s in side:
            story += blocks(s, sw - 12)
        story += [FrameBreak(), NextPageTemplate("later")]
        for s in main:
            story += blocks(s, W - 2 * m - sw - gap - 12)
    else:
        d.addPageTemplates([PageTemplate("one", [full])])
        story = [*head, Spacer(1, 6)]
        for s in doc["sections"]:
            story += blocks(s, W - 2 * m - 12)
    d.build(story)


# ----------------------------------------------------------------------------------------------- HTML (chromium)
def build_html(name, doc, layout) -> str:
    st = STYLE[name]

    def e(s: str) -> str:
        return html.escape(s)

    hcss = {
        "upper": "text-transform:uppercase;",
        "upper_rule": "text-transform:uppercase;border-bottom:1px solid #888;",
        "spaced": "text-transform:uppercase;letter-spacing:0.25em;",
        "smallcaps": "font-variant:small-caps;",
        "plain": "",
        "lower": "text-transform:lowercase;",
    }[st["head"]]

    def sec_html(sec):
        out = [f"<h2>{e(sec['title'])}</h2>"] if sec["title"] else []
        for kind, data in sec["blocks"]:
            if kind == "para":
                out.append(f"<p>{e(data)}</p>")
            elif kind == "job":
                out.append(f"<div class='job'><b>{e(' — '.join(data[:2]))}</b><span>{e(data[2]) if len(data) > 2 else ''}</span></div>")
            elif kind == "bullets":
                out.append("<ul>" + "".join(f"<li>{e(i)}</li>" for i in data) + "</ul>")
            elif kind == "table":
                rows = [
                    ("<tr>" + "".join(f"<{'th' if i == 0 else 'td'}>{e(c)}</{'th' if i == 0 else 'td'}>" for c in r) + "</tr>")
                    for i, r in enumerate(data)
                ]
                out.append("<table>" + "".join(rows) + "</table>")
        return "\n".join(out)

    head = f"<header><h1>{e(doc['name'])}</h1>" + "".join(f"<div>{e(h)}</div>" for h in doc["header"]) + "</header>"
    if layout == "two-column":
        side, main = split_sidebar(name, doc)
        body = (
            head
            + "<div class='grid'><aside>"
            + "".join(sec_html(s) for s in side)
            + "</aside><main>"
            + "".join(sec_html(s) for s in main)
            + "</main></div>"
        )
    else:
        body = head + "<main>" + "".join(sec_html(s) for s in doc["sections"]) + "</main>"
    css = f"""
@page {{ size: A4; margin: 16mm 15mm; }}
body {{ font-family: '{st["font"]}'; font-size: {st["size"]}pt; line-height: 1.35; color: #222; }}
h1 {{ font-size: {st["size"] + 9}pt; margin: 0 0 2pt 0; }}
h2 {{ font-size: {st["size"] + 2}pt; margin: 10pt 0 3pt 0; {hcss} }}
p {{ margin: 0 0 4pt 0; text-align: justify; }}
ul {{ margin: 2pt 0 4pt 0; padding-left: 14pt; list-style: none; }}
li::before {{ content: '{st["bullet"]}'; display: inline-block; width: 12pt; margin-left: -12pt; }}
.job {{ display: flex; justify-content: space-between; margin-top: 5pt; }}
table {{ border-collapse: collapse; width: 100%; margin: 3pt 0 6pt 0; }}
th, td {{ border: 0.6pt solid #999; padding: 2pt 4pt; vertical-align: top; text-align: left; }}
th {{ background: #eee; }}
.grid {{ display: grid; grid-template-columns: 30% 1fr; gap: 8mm; }}
aside {{ background: #f2f4f7; padding: 4pt 6pt; }}
"""
    return f"<!doctype html><html><head><meta charset='utf-8'><style>{css}</style></head><body>{body}</body></html>"


def render_chromium(jobs, tmp: Path):
    exe = shutil.which("chromium") or shutil.which("chromium-browser")
    if not exe:
        print("chromium not found; skipping", [j[0] for j in jobs])
        return
    for name, doc, layout, out in jobs:
        src = tmp / f"{name}.html"
        src.write_text(build_html(name, doc, layout), encoding="utf-8")
        prof = tempfile.mkdtemp(dir=tmp)
        subprocess.run(
            [
                exe,
                "--headless",
                "--no-sandbox",
                "--disable-gpu",
                "--disable-background-networking",
                "--disable-component-update",
                "--disable-sync",
                "--no-first-run",
                f"--user-data-dir={prof}",
                f"--print-to-pdf={out}",
                "--no-pdf-header-footer",
                src.as_uri(),
            ],
            check=True,
            capture_output=True,
            timeout=120,
        )


# ----------------------------------------------------------------------------------------------- LibreOffice
def build_docx(name, doc, layout, path: Path):
    from docx import Document
    from docx.enum.section import WD_SECTION
    from docx.enum.text import WD_BREAK
    from docx.oxml import OxmlElement
    from docx.oxml.ns import qn
    from docx.shared import Mm, Pt

    st = STYLE[name]
    d = Document()
    sec0 = d.sections[0]
    sec0.page_width, sec0.page_height = Mm(210), Mm(297)
    for attr in ("left_margin", "right_margin", "top_margin", "bottom_margin"):
        setattr(sec0, attr, Mm(17))
    normal = d.styles["Normal"]
    normal.font.name = st["font"]
    normal.font.size = Pt(st["size"])
    normal.paragraph_format.space_after = Pt(2)
    for sname in ("Title", "Heading 1", "Heading 2", "List Bullet"):
        s = d.styles[sname]
        s.font.name = st["font"]
        rpr = s.element.get_or_add_rPr()
        fonts = rpr.find(qn("w:rFonts"))
        if fonts is None:
            fonts = OxmlElement("w:rFonts")
            rpr.append(fonts)
        for a in ("w:ascii", "w:hAnsi", "w:cs", "w:eastAsia"):
            fonts.set(qn(a), st["font"])

    p = d.add_paragraph()
    r = p.add_run(doc["name"])
    r.bold = True
    r.font.size = Pt(st["size"] + 9)
    for h in doc["header"]:
        d.add_paragraph(h)

    def heading(title):
        if not title:
            return
        p = d.add_paragraph()
        p.paragraph_format.space_before = Pt(8)
        r = p.add_run(title.upper() if st["head"] == "upper" else title)
        r.bold = True
        r.font.size = Pt(st["size"] + 2)
        if st["head"] == "smallcaps":
            r.font.small_caps = True

    def add_sec(sec):
        heading(sec["title"])
        for kind, data in sec["blocks"]:
            if kind == "para":
                d.add_paragraph(data)
            elif kind == "job":
                p = d.add_paragraph()
                p.paragraph_format.space_before = Pt(5)
                p.add_run(", ".join(data[:2])).bold = True
                if len(data) > 2:
                    p.add_run("\t" + data[2])
                    p.paragraph_format.tab_stops.add_tab_stop(Mm(170 if layout != "two-column" else 120), alignment=2)
            elif kind == "bullets":
                for item in data:
                    if st["bullet"] == "word":
                        d.add_paragraph(item, style="List Bullet")
                    else:
                        p = d.add_paragraph(f"{st['bullet']} {item}")
                        p.paragraph_format.left_indent = Mm(4)
                        p.paragraph_format.first_line_indent = Mm(-4)
            elif kind == "table":
                ncol = max(len(r) for r in data)
                t = d.add_table(rows=0, cols=ncol)
                t.style = "Table Grid"
                for i, row in enumerate(data):
                    cells = t.add_row().cells
                    for j, c in enumerate(row):
                        cells[j].text = c
                        if i == 0:
                            for run in cells[j].paragraphs[0].runs:
                                run.bold = True
                d.add_paragraph()

    if layout == "two-column":
        side, main = split_sidebar(name, doc)
        new = d.add_section(WD_SECTION.CONTINUOUS)
        cols = new._sectPr.xpath("./w:cols")
        cols = cols[0] if cols else OxmlElement("w:cols")
        if cols.getparent() is None:
            new._sectPr.append(cols)
        cols.set(qn("w:num"), "2")
        cols.set(qn("w:equalWidth"), "0")
        cols.set(qn("w:space"), "400")
        for w in ("3000", "6500"):
            c = OxmlElement("w:col")
            c.set(qn("w:w"), w)
            c.set(qn("w:space"), "400")
            cols.append(c)
        for s in side:
            add_sec(s)
        d.add_paragraph().add_run().add_break(WD_BREAK.COLUMN)
        for s in main:
            add_sec(s)
    else:
        for s in doc["sections"]:
            add_sec(s)
    d.core_properties.author = "gapcheck holdout"
    d.save(str(path))


def render_libreoffice(jobs, tmp: Path):
    exe = shutil.which("soffice") or shutil.which("libreoffice")
    if not exe:
        print("soffice not found; skipping", [j[0] for j in jobs])
        return
    ddir = tmp / "docx"
    ddir.mkdir()
    for name, doc, layout, _out in jobs:
        build_docx(name, doc, layout, ddir / f"{name}.docx")
    prof = tempfile.mkdtemp(dir=tmp)
    subprocess.run(
        [
            exe,
            f"-env:UserInstallation=file://{prof}",
            "--headless",
            "--convert-to",
            "pdf",
            "--outdir",
            str(tmp / "lo_out"),
            *sorted(str(p) for p in ddir.glob("*.docx")),
        ],
        check=True,
        capture_output=True,
        timeout=300,
    )
    for name, _doc, _layout, out in jobs:
        shutil.move(str(tmp / "lo_out" / f"{name}.pdf"), out)


# ----------------------------------------------------------------------------------------------- pdflatex
def tex_escape(s: str) -> str:
    rep = {
        "\\": r"\textbackslash{}",
        "&": r"\&",
        "%": r"\%",
        "$": r"\$",
        "#": r"\#",
        "_": r"\_",
        "{": r"\{",
        "}": r"\}",
        "~": r"\textasciitilde{}",
        "^": r"\textasciicircum{}",
        "·": r"\textperiodcentered{}",
        "<": r"\textless{}",
        ">": r"\textgreater{}",
    }
    return "".join(rep.get(ch, ch) for ch in s)


def build_tex(name, doc, layout) -> str:
    st = STYLE[name]
    x = tex_escape
    font = {
        "lmodern": r"\usepackage{lmodern}",
        "mathptmx": r"\usepackage{mathptmx}",
        "helvet": "\\usepackage[scaled]{helvet}\n\\renewcommand{\\familydefault}{\\sfdefault}",
        "charter": r"\usepackage{charter}",
    }[st["font"]]

    def heading(t):
        if not t:
            return ""
        if st["head"] == "smallcaps":
            return rf"\par\medskip{{\large\scshape {x(t)}}}\par\smallskip" + "\n"
        if st["head"] == "upper":
            return rf"\par\medskip{{\large\bfseries {x(t.upper())}}}\par\hrule\smallskip" + "\n"
        return rf"\par\medskip{{\large\bfseries {x(t)}}}\par\smallskip" + "\n"

    def sec_tex(sec, width):
        out = heading(sec["title"])
        for kind, data in sec["blocks"]:
            if kind == "para":
                out += x(data) + "\n\n"
            elif kind == "job":
                out += (
                    r"\par\smallskip\noindent\textbf{"
                    + x(", ".join(data[:2]))
                    + r"}\hfill "
                    + (x(data[2]) if len(data) > 2 else "")
                    + "\\par\n"
                )
            elif kind == "bullets":
                out += (
                    r"\renewcommand{\labelitemi}{"
                    + st["bullet"]
                    + r"}\begin{itemize}\setlength{\itemsep}{1pt}\setlength{\parskip}{0pt}"
                    + "\n"
                    + "".join(r"\item " + x(i) + "\n" for i in data)
                    + r"\end{itemize}"
                    + "\n"
                )
            elif kind == "table":
                ncol = max(len(r) for r in data)
                lens = [max(len(r[j]) if j < len(r) else 0 for r in data) for j in range(ncol)]
                spec = "|" + "|".join("X" if n > 30 else "l" for n in lens) + "|"
                if "X" not in spec:
                    spec = spec[:-2] + "X|"
                out += rf"\noindent\begin{{tabularx}}{{{width}}}{{{spec}}}\hline" + "\n"
                for i, r in enumerate(data):
                    cells = [x(c) for c in r + [""] * (ncol - len(r))]
                    if i == 0:
                        cells = [r"\textbf{" + c + "}" for c in cells]
                    out += " & ".join(cells) + r" \\ \hline" + "\n"
                out += r"\end{tabularx}\par\medskip" + "\n"
        return out

    head = (
        r"{\LARGE\bfseries "
        + x(doc["name"])
        + r"}\par\smallskip"
        + "\n"
        + "".join(x(h) + r"\par" + "\n" for h in doc["header"])
        + r"\medskip"
        + "\n"
    )
    if layout == "two-column":
        side, main = split_sidebar(name, doc)
        body = (
            head
            + r"\noindent\begin{minipage}[t]{0.29\textwidth}\raggedright"
            + "\n"
            + "".join(sec_tex(s, r"\linewidth") for s in side)
            + r"\end{minipage}\hfill\vrule\hfill\begin{minipage}[t]{0.66\textwidth}"
            + "\n"
            + "".join(sec_tex(s, r"\linewidth") for s in main)
            + r"\end{minipage}"
            + "\n"
        )
    else:
        body = head + "".join(sec_tex(s, r"\textwidth") for s in doc["sections"])
    return (
        rf"\documentclass[{int(st['size'])}pt,a4paper]{{article}}" + "\n"
        r"\pdfinfoomitdate=1 \pdftrailerid{}" + "\n"
        r"\usepackage[utf8]{inputenc}\usepackage[T1]{fontenc}\usepackage{textcomp}" + "\n" + font + "\n"
        r"\usepackage[margin=17mm]{geometry}\usepackage{tabularx}" + "\n"
        r"\setlength{\parindent}{0pt}\setlength{\parskip}{3pt}\pagestyle{empty}" + "\n"
        r"\begin{document}" + "\n" + body + r"\end{document}" + "\n"
    )


def render_pdflatex(jobs, tmp: Path):
    exe = shutil.which("pdflatex")
    if not exe:
        print("pdflatex not found; skipping", [j[0] for j in jobs])
        return
    for name, doc, layout, out in jobs:
        (tmp / f"{name}.tex").write_text(build_tex(name, doc, layout), encoding="utf-8")
        r = subprocess.run(
            [exe, "-interaction=nonstopmode", "-halt-on-error", f"{name}.tex"], cwd=tmp, capture_output=True, text=True, timeout=120
        )
        if r.returncode:
            sys.exit(f"pdflatex failed for {name}:\n{r.stdout[-2000:]}")
        shutil.move(str(tmp / f"{name}.pdf"), out)


# ----------------------------------------------------------------------------------------------- main
def main(argv):
    entries = tomllib.loads((HERE / "labels.toml").read_text())["resume"]
    if argv:
        entries = [e for e in entries if e["name"] in argv]
    OUT.mkdir(exist_ok=True)
    by_prod: dict[str, list[tuple[str, dict[str, Any], str, Path]]] = {}
    for e in entries:
        doc = parse(SRC / f"{e['name']}.md")
        by_prod.setdefault(e["producer"], []).append((e["name"], doc, e["layout"], OUT / f"{e['name']}.pdf"))
    with tempfile.TemporaryDirectory(prefix="holdout_") as t:
        tmp = Path(t)
        for name, doc, layout, out in by_prod.get("fpdf2", []):
            render_fpdf2(name, doc, layout, out)
        for name, doc, layout, out in by_prod.get("reportlab", []):
            render_reportlab(name, doc, layout, out)
        if by_prod.get("chromium"):
            render_chromium(by_prod["chromium"], tmp)
        if by_prod.get("libreoffice"):
            render_libreoffice(by_prod["libreoffice"], tmp)
        if by_prod.get("pdflatex"):
            render_pdflatex(by_prod["pdflatex"], tmp)
    for e in entries:
        p = OUT / f"{e['name']}.pdf"
        print(f"{e['name']:20s} {e['producer']:12s} {e['layout']:11s} {p.stat().st_size:>8d} bytes")


if __name__ == "__main__":
    main(sys.argv[1:])
