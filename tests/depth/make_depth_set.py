#!/usr/bin/env python3
"""Render the skill-depth set: tests/depth/sources/*.md -> tests/depth/pdf/*.pdf

    python tests/depth/make_depth_set.py            # render every resume of labels.toml
    python tests/depth/make_depth_set.py d03_mlops_before
    python tests/depth/make_depth_set.py --check    # render, then print what pdfminer extracts

``labels.toml`` is the single source of truth for which program renders a resume (``producer``:
fpdf2 or reportlab) and how the page is laid out (``layout``):

* ``one-column``: a date written after ``@@`` in a source heading is right-aligned on the same row,
  at the right margin; every other date stays where the source puts it (on the title line, on a
  line of its own before or after the title);
* ``two-column``: a narrow date column on the left holds the ``@@`` dates, right-aligned, level with
  their title; everything else goes in the main column;
* ``table``: markdown tables of the source become real ruled tables (dates inside table cells).

Source format (small on purpose):

    # Full Name
    header lines (every line before the first ##)
    ## Section
    ### Bold entry line @@ right-hand text      (the @@ part is optional)
    - bullet
      - sub-bullet (two spaces per level)
    | cell | cell |                             (table row; a |---| row is skipped)
    any other line is printed as it is

The PDFs carry a fixed creation date so that re-running the script gives the same files.
"""

from __future__ import annotations

import argparse
import sys
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import datetime, timezone
from pathlib import Path

if sys.version_info >= (3, 11):
    import tomllib
else:  # pragma: no cover - Python 3.10
    import tomli as tomllib

HERE = Path(__file__).resolve().parent
SOURCES = HERE / "sources"
PDF_DIR = HERE / "pdf"
LABELS = HERE / "labels.toml"
FIXED_DATE = datetime(2026, 11, 2, 9, 0, 0, tzinfo=timezone.utc)

FONT_FILES = {
    "dejavu-sans": ("/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf", "/usr/share/fonts/truetype/dejavu/DejaVuSans-Bold.ttf"),
    "dejavu-serif": ("/usr/share/fonts/truetype/dejavu/DejaVuSerif.ttf", "/usr/share/fonts/truetype/dejavu/DejaVuSerif-Bold.ttf"),
    "liberation-sans": (
        "/usr/share/fonts/truetype/liberation/LiberationSans-Regular.ttf",
        "/usr/share/fonts/truetype/liberation/LiberationSans-Bold.ttf",
    ),
    "liberation-serif": (
        "/usr/share/fonts/truetype/liberation/LiberationSerif-Regular.ttf",
        "/usr/share/fonts/truetype/liberation/LiberationSerif-Bold.ttf",
    ),
}
# Per-resume look: font family and body size (points). Unlisted resumes use DEFAULT_STYLE.
DEFAULT_STYLE = ("dejavu-sans", 10.0)
STYLES = {
    "d01_mleng_senior": ("dejavu-sans", 10.0),
    "d02_ds_senior": ("liberation-serif", 10.5),
    "d03_mlops_before": ("liberation-sans", 10.0),
    "d04_ds_after": ("dejavu-serif", 10.0),
    "d05_llm_table": ("dejavu-sans", 9.5),
    "d06_junior_ds": ("liberation-sans", 10.5),
    "d07_career_changer": ("liberation-serif", 11.0),
    "d08_nurse_unrelated": ("dejavu-sans", 10.0),
    "d09_mleng_overlap": ("dejavu-sans", 9.5),
    "d10_ds_overlap_projects": ("dejavu-serif", 10.0),
    "d11_one_employer_titles": ("liberation-sans", 10.0),
    "d12_research_thesis": ("dejavu-serif", 9.5),
    "d13_bi_datecolumn": ("liberation-sans", 10.0),
    "d14_junior_ai_table": ("dejavu-sans", 9.5),
}
BULLETS = ("\u2022", "\u25e6", "\u25aa")
DATE_COLUMN_MM = 38.0
RIGHT_COLUMN_MM = 48.0


@dataclass
class Item:
    """One source line, classified."""

    kind: str  # name | header | section | entry | text | bullet | table | blank
    text: str = ""
    right: str = ""
    level: int = 0
    rows: list[list[str]] = field(default_factory=list)


def parse(source: str) -> list[Item]:
    """Classify the lines of a source file; consecutive table rows become one table item."""
    items: list[Item] = []
    in_header = True
    for raw in source.splitlines():
        line = raw.rstrip()
        stripped = line.strip()
        if line.startswith("# "):
            items.append(Item("name", line[2:].strip()))
        elif line.startswith("## "):
            in_header = False
            items.append(Item("section", line[3:].strip()))
        elif in_header and stripped:
            items.append(Item("header", stripped))
        elif line.startswith("### "):
            left, _, right = line[4:].partition(" @@ ")
            items.append(Item("entry", left.strip(), right.strip()))
        elif stripped.startswith("|"):
            cells = [cell.strip() for cell in stripped.strip("|").split("|")]
            if all(set(cell) <= {"-", ":"} for cell in cells):
                continue
            if items and items[-1].kind == "table":
                items[-1].rows.append(cells)
            else:
                items.append(Item("table", rows=[cells]))
        elif stripped.startswith("- "):
            level = (len(line) - len(line.lstrip(" "))) // 2
            items.append(Item("bullet", stripped[2:], level=level))
        elif stripped:
            items.append(Item("text", stripped))
        else:
            items.append(Item("blank"))
    return items


# --------------------------------------------------------------------------- fpdf2


def render_fpdf2(items: list[Item], out: Path, font: str, size: float, layout: str) -> None:
    """Lay the items out with fpdf2 on a Letter page."""
    from fpdf import FPDF
    from fpdf.fonts import FontFace

    pdf = FPDF(format="letter", unit="mm")
    pdf.set_creation_date(FIXED_DATE)
    pdf.set_margins(18, 16, 18)
    pdf.set_auto_page_break(True, margin=16)
    regular, bold = FONT_FILES[font]
    pdf.add_font("body", "", regular)
    pdf.add_font("body", "B", bold)
    pdf.add_page()
    width = pdf.w - pdf.l_margin - pdf.r_margin
    main_x = pdf.l_margin + (DATE_COLUMN_MM + 4 if layout == "two-column" else 0)
    main_w = pdf.w - pdf.r_margin - main_x
    line_h = size * 0.5

    def write_block(text: str, x: float, w: float, style: str = "", pt: float = size) -> None:
        pdf.set_font("body", style, pt)
        pdf.set_x(x)
        pdf.multi_cell(w, line_h, text, align="L", new_x="LMARGIN", new_y="NEXT")

    for item in items:
        if item.kind == "name":
            pdf.set_font("body", "B", size + 7)
            pdf.cell(width, line_h * 2, item.text, new_x="LMARGIN", new_y="NEXT")
        elif item.kind == "header":
            write_block(item.text, pdf.l_margin, width, pt=size - 0.5)
        elif item.kind == "section":
            pdf.ln(line_h * 0.8)
            pdf.set_font("body", "B", size + 1)
            pdf.cell(width, line_h * 1.4, item.text.upper(), new_x="LMARGIN", new_y="NEXT")
            pdf.line(pdf.l_margin, pdf.get_y(), pdf.w - pdf.r_margin, pdf.get_y())
            pdf.ln(1.2)
        elif item.kind == "entry":
            pdf.ln(0.8)
            if item.right and layout == "two-column":
                top = pdf.get_y()
                pdf.set_font("body", "", size - 0.5)
                pdf.set_xy(pdf.l_margin, top)
                pdf.multi_cell(DATE_COLUMN_MM, line_h, item.right, align="R")
                date_bottom = pdf.get_y()
                pdf.set_xy(main_x, top)
                write_block(item.text, main_x, main_w, "B")
                pdf.set_y(max(pdf.get_y(), date_bottom))
            elif item.right:
                top = pdf.get_y()
                pdf.set_font("body", "", size)
                pdf.set_xy(pdf.w - pdf.r_margin - RIGHT_COLUMN_MM, top)
                pdf.cell(RIGHT_COLUMN_MM, line_h, item.right, align="R")
                pdf.set_xy(main_x, top)
                write_block(item.text, main_x, main_w - RIGHT_COLUMN_MM - 2, "B")
            else:
                write_block(item.text, main_x, main_w, "B")
        elif item.kind == "text":
            write_block(item.text, main_x, main_w)
        elif item.kind == "bullet":
            indent = 4 + 5 * item.level
            pdf.set_font("body", "", size)
            pdf.set_xy(main_x + indent - 3.5, pdf.get_y())
            pdf.cell(3.5, line_h, BULLETS[min(item.level, len(BULLETS) - 1)])
            write_block(item.text, main_x + indent, main_w - indent)
        elif item.kind == "table":
            pdf.set_font("body", "", size - 0.5)
            columns = len(item.rows[0])
            widths = (36, 42, width - 78) if columns == 3 else (36, width - 36)
            header_style = FontFace(emphasis="BOLD")
            with pdf.table(col_widths=widths, text_align="LEFT", headings_style=header_style, line_height=line_h + 0.6) as table:
                for row in item.rows:
                    cells = table.row()
                    for cell in row:
                        cells.cell(cell)
            pdf.ln(1)
        elif item.kind == "blank":
            pdf.ln(line_h * 0.3)
    pdf.output(str(out))


# --------------------------------------------------------------------------- reportlab


def render_reportlab(items: list[Item], out: Path, font: str, size: float, layout: str) -> None:
    """Lay the items out with ReportLab platypus on an A4 page."""
    from reportlab import rl_config
    from reportlab.lib.enums import TA_RIGHT
    from reportlab.lib.pagesizes import A4
    from reportlab.lib.styles import ParagraphStyle
    from reportlab.lib.units import mm
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.ttfonts import TTFont
    from reportlab.platypus import Flowable, HRFlowable, Paragraph, SimpleDocTemplate, Spacer, Table, TableStyle
    from reportlab.platypus.doctemplate import BaseDocTemplate

    rl_config.invariant = True
    regular, bold = FONT_FILES[font]
    pdfmetrics.registerFont(TTFont(f"{font}-r", regular))
    pdfmetrics.registerFont(TTFont(f"{font}-b", bold))
    lead = size * 1.3
    offset = (DATE_COLUMN_MM + 4) * mm if layout == "two-column" else 0.0
    body = ParagraphStyle("body", fontName=f"{font}-r", bulletFontName=f"{font}-r", fontSize=size, leading=lead, leftIndent=offset)
    header = ParagraphStyle("header", parent=body, leftIndent=0, fontSize=size - 0.5)
    name = ParagraphStyle("name", parent=body, leftIndent=0, fontName=f"{font}-b", fontSize=size + 8, leading=size + 12)
    section = ParagraphStyle("section", parent=body, leftIndent=0, fontName=f"{font}-b", fontSize=size + 1, spaceBefore=8)
    entry = ParagraphStyle("entry", parent=body, fontName=f"{font}-b", spaceBefore=3)
    entry_in_cell = ParagraphStyle("entry_cell", parent=entry, leftIndent=0, spaceBefore=0)
    date = ParagraphStyle("date", parent=body, leftIndent=0, alignment=TA_RIGHT)
    cell = ParagraphStyle("cell", parent=body, leftIndent=0, fontSize=size - 0.5, leading=(size - 0.5) * 1.25)
    cell_bold = ParagraphStyle("cell_bold", parent=cell, fontName=f"{font}-b")

    def escape(text: str) -> str:
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")

    doc: BaseDocTemplate = SimpleDocTemplate(
        str(out), pagesize=A4, leftMargin=18 * mm, rightMargin=18 * mm, topMargin=16 * mm, bottomMargin=16 * mm
    )
    doc.creator = "ReportLab"
    width = A4[0] - 36 * mm
    plain = TableStyle([("VALIGN", (0, 0), (-1, -1), "TOP"), ("LEFTPADDING", (0, 0), (-1, -1), 0), ("RIGHTPADDING", (0, 0), (-1, -1), 0)])
    story: list[Flowable] = []
    for item in items:
        if item.kind == "name":
            story.append(Paragraph(escape(item.text), name))
        elif item.kind == "header":
            story.append(Paragraph(escape(item.text), header))
        elif item.kind == "section":
            story.append(Paragraph(escape(item.text.upper()), section))
            story.append(HRFlowable(width="100%", thickness=0.6, spaceBefore=1, spaceAfter=3))
        elif item.kind == "entry" and item.right and layout == "two-column":
            row = [[Paragraph(escape(item.right), date), Paragraph(escape(item.text), entry_in_cell)]]
            table = Table(row, colWidths=[DATE_COLUMN_MM * mm, width - DATE_COLUMN_MM * mm], style=plain)
            table.setStyle(TableStyle([("LEFTPADDING", (1, 0), (1, 0), 4 * mm), ("TOPPADDING", (0, 0), (-1, -1), 3)]))
            story.append(table)
        elif item.kind == "entry" and item.right:
            row = [[Paragraph(escape(item.text), entry_in_cell), Paragraph(escape(item.right), date)]]
            table = Table(row, colWidths=[width - RIGHT_COLUMN_MM * mm, RIGHT_COLUMN_MM * mm], style=plain)
            table.setStyle(TableStyle([("TOPPADDING", (0, 0), (-1, -1), 3)]))
            story.append(table)
        elif item.kind == "entry":
            story.append(Paragraph(escape(item.text), entry))
        elif item.kind == "text":
            story.append(Paragraph(escape(item.text), body))
        elif item.kind == "bullet":
            indent = offset + (4 + 5 * item.level) * mm
            style = ParagraphStyle(f"bullet{item.level}", parent=body, leftIndent=indent, bulletIndent=indent - 3.5 * mm)
            story.append(Paragraph(escape(item.text), style, bulletText=BULLETS[min(item.level, len(BULLETS) - 1)]))
        elif item.kind == "table":
            columns = len(item.rows[0])
            widths = [36 * mm, 42 * mm, width - 78 * mm] if columns == 3 else [36 * mm, width - 36 * mm]
            data = [[Paragraph(escape(text), cell_bold if r == 0 else cell) for text in row] for r, row in enumerate(item.rows)]
            grid = TableStyle([("GRID", (0, 0), (-1, -1), 0.5, "#555555"), ("VALIGN", (0, 0), (-1, -1), "TOP")])
            story.append(Table(data, colWidths=widths, style=grid, repeatRows=1))
        elif item.kind == "blank":
            story.append(Spacer(1, lead * 0.3))
    doc.build(story)


RENDERERS: dict[str, Callable[[list[Item], Path, str, float, str], None]] = {"fpdf2": render_fpdf2, "reportlab": render_reportlab}


def extracted_text(path: Path) -> str:
    """What pdfminer.six reads out of a rendered file (for --check)."""
    from pdfminer.high_level import extract_text

    return str(extract_text(str(path)))


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("names", nargs="*", help="render only these resumes (default: all)")
    parser.add_argument("--check", action="store_true", help="print the text pdfminer extracts from each PDF")
    args = parser.parse_args(argv)
    labels = tomllib.loads(LABELS.read_text(encoding="utf-8"))
    PDF_DIR.mkdir(exist_ok=True)
    wanted = set(args.names)
    for resume in labels["resume"]:
        name = resume["name"]
        if wanted and name not in wanted:
            continue
        source = SOURCES / f"{name}.md"
        out = HERE / resume["file"]
        font, size = STYLES.get(name, DEFAULT_STYLE)
        RENDERERS[resume["producer"]](parse(source.read_text(encoding="utf-8")), out, font, size, resume["layout"])
        print(f"{name}: {resume['producer']}, {resume['layout']} -> {out.relative_to(HERE)}")
        if args.check:
            print(extracted_text(out))
    return 0


if __name__ == "__main__":
    sys.exit(main())
