"""Render the ten resumes of tests/depth2 (resumes.py) to tests/depth2/pdf/<name>.pdf.

Two producers, chosen per resume by its `producer` field:
  fpdf2      one-column, two-column (skills sidebar) and table layouts
  reportlab  one-column, two-column (sidebar frame + date column) and table layouts

How the dates of an entry are printed is the resume's `placement`:
  right      same row as the title, right-aligned at the column's right edge
  titleline  on the title line itself ("Title | Organisation | dates")
  before     on a line of its own above the title
  after      on a line of its own below the title and organisation
  datecol    in a separate right-hand date column next to the title block (reportlab two-column)
  table      in the first cell of a table row (When | Role | What)

Fonts: DejaVu Sans (fonts-dejavu) so that dashes, apostrophes and accents survive extraction.
Output is deterministic (fixed creation dates, ReportLab invariant mode).

    python tests/depth2/make_depth2.py           # render all
    python tests/depth2/make_depth2.py --check   # also print the pdfminer text of each PDF
Requires fpdf2 and reportlab (and pdfminer.six for --check).
"""

import datetime
import pathlib
import sys
from xml.sax.saxutils import escape

sys.path.insert(0, str(pathlib.Path(__file__).resolve().parent))
from resumes import RESUMES  # type: ignore[import-not-found]

HERE = pathlib.Path(__file__).resolve().parent
OUT = HERE / "pdf"
FONT_DIR = pathlib.Path("/usr/share/fonts/truetype/dejavu")
FIXED_DATE = datetime.datetime(2026, 11, 30, 9, 0, 0, tzinfo=datetime.timezone.utc)


def bullets_of(item):
    for b in item.get("bullets", []):
        if isinstance(b, tuple):
            yield b[0], list(b[1])
        else:
            yield b, []


# ---------------------------------------------------------------------------------------------- fpdf2
def render_fpdf2(r, path):
    from fpdf import FPDF

    pdf = FPDF(format="A4", unit="mm")
    pdf.set_creation_date(FIXED_DATE)
    pdf.set_title(f"{r['header']['name']} - Resume")
    pdf.set_author(r["header"]["name"])
    pdf.add_font("DejaVu", "", str(FONT_DIR / "DejaVuSans.ttf"))
    pdf.add_font("DejaVu", "B", str(FONT_DIR / "DejaVuSans-Bold.ttf"))
    pdf.add_font("DejaVu", "I", str(FONT_DIR / "DejaVuSans-Oblique.ttf"))
    pdf.set_margins(15, 14, 15)
    pdf.set_auto_page_break(True, 14)
    pdf.add_page()
    lh = 4.6

    def header(x0, w):
        h = r["header"]
        pdf.set_xy(x0, pdf.get_y())
        pdf.set_font("DejaVu", "B", 17)
        pdf.cell(w, 8, h["name"], new_x="LMARGIN", new_y="NEXT")
        pdf.set_x(x0)
        pdf.set_font("DejaVu", "", 10.5)
        pdf.cell(w, 5.5, h["headline"], new_x="LMARGIN", new_y="NEXT")
        pdf.set_x(x0)
        pdf.set_font("DejaVu", "", 8.5)
        pdf.set_text_color(80, 80, 80)
        pdf.cell(w, 5, h["contact"], new_x="LMARGIN", new_y="NEXT")
        pdf.set_text_color(0, 0, 0)
        pdf.ln(2)

    def heading(text, x0, w):
        pdf.ln(1.5)
        pdf.set_x(x0)
        pdf.set_font("DejaVu", "B", 10.5)
        pdf.set_text_color(20, 60, 110)
        pdf.cell(w, 6, text.upper(), new_x="LMARGIN", new_y="NEXT")
        pdf.set_draw_color(20, 60, 110)
        pdf.line(x0, pdf.get_y(), x0 + w, pdf.get_y())
        pdf.set_text_color(0, 0, 0)
        pdf.ln(1.2)

    def para(text, x0, w, size=9.2, style=""):
        pdf.set_x(x0)
        pdf.set_font("DejaVu", style, size)
        pdf.multi_cell(w, lh, text, align="L", new_x="LMARGIN", new_y="NEXT")

    def bullet(text, x0, w, level=0):
        ind = 3.5 + 4 * level
        pdf.set_font("DejaVu", "", 9.2)
        pdf.set_x(x0 + ind - 3.2)
        pdf.cell(3.2, lh, "•" if level == 0 else "–")
        pdf.set_x(x0 + ind)
        pdf.multi_cell(w - ind, lh, text, align="L", new_x="LMARGIN", new_y="NEXT")

    def entry(it, x0, w):
        pdf.ln(0.8)
        pl = r["placement"]
        title, org, dates = it["title"], it["org"], it["dates"]
        if it.get("titles"):  # one employer, several titles under one range
            pdf.set_x(x0)
            pdf.set_font("DejaVu", "B", 9.8)
            pdf.cell(w, 5, f"{org} | {dates}" if pl == "titleline" else org, new_x="LMARGIN", new_y="NEXT")
            for t in it["titles"]:
                pdf.set_x(x0)
                pdf.set_font("DejaVu", "I", 9.4)
                pdf.cell(w, 4.6, t, new_x="LMARGIN", new_y="NEXT")
        elif pl == "titleline":
            pdf.set_x(x0)
            pdf.set_font("DejaVu", "B", 9.8)
            text = " | ".join(p for p in (title, org, dates) if p)
            pdf.multi_cell(w, 5, text, align="L", new_x="LMARGIN", new_y="NEXT")
        elif pl == "right":
            pdf.set_font("DejaVu", "", 9.2)
            dw = pdf.get_string_width(dates) + 1 if dates else 0
            pdf.set_x(x0)
            pdf.set_font("DejaVu", "B", 9.8)
            pdf.cell(w - dw, 5, title)
            pdf.set_font("DejaVu", "", 9.2)
            pdf.cell(dw, 5, dates, align="R", new_x="LMARGIN", new_y="NEXT")
            pdf.set_x(x0)
            pdf.set_font("DejaVu", "I", 9.2)
            pdf.cell(w, 4.6, org, new_x="LMARGIN", new_y="NEXT")
        else:
            raise ValueError(pl)
        for b, subs in bullets_of(it):
            bullet(b, x0, w)
            for s in subs:
                bullet(s, x0, w, 1)

    def section_body(sec, x0, w, size=9.2):
        for it in sec["items"]:
            if it["kind"] == "para":
                para(it["text"], x0, w, size)
            elif it["kind"] == "lines":
                for ln in it["lines"]:
                    para(ln, x0, w, size)
            elif it["kind"] == "bullets":
                for b in it["bullets"]:
                    bullet(b, x0, w)
            elif it["kind"] == "entry":
                entry(it, x0, w)

    def table_section(sec, x0, w):
        entries = [it for it in sec["items"] if it["kind"] == "entry"]
        others = [it for it in sec["items"] if it["kind"] != "entry"]
        if others:
            section_body(dict(items=others), x0, w)
        if not entries:
            return
        pdf.set_font("DejaVu", "", 8.8)
        with pdf.table(
            col_widths=(34, 50, w - 84),
            width=w,
            align="LEFT",
            line_height=4.4,
            first_row_as_headings=True,
            text_align=("LEFT", "LEFT", "LEFT"),
            padding=1.2,
        ) as table:
            row = table.row()
            for h in ("When", "Role", "What"):
                row.cell(h)
            for it in entries:
                row = table.row()
                row.cell(it["dates"])
                row.cell(f"{it['title']}\n{it['org']}")
                row.cell("\n".join(f"• {b}" for b, _ in bullets_of(it)) or "")

    if r["layout"] == "two-column":
        # main column on the left, skills sidebar on the right (drawn first, then the main column)
        main_w, gap = 128, 6
        side_x = 15 + main_w + gap
        side_w = 210 - 15 - side_x
        top = pdf.get_y()
        header(15, main_w)
        y_main = pdf.get_y()
        pdf.set_fill_color(238, 242, 247)
        pdf.rect(side_x - 2, top - 2, side_w + 4, 297 - top - 12, style="F")
        pdf.set_y(top)
        for sec in r["sidebar"]:
            heading(sec["heading"], side_x, side_w)
            section_body(sec, side_x, side_w, 8.8)
        pdf.set_y(y_main)
        for sec in r["sections"]:
            heading(sec["heading"], 15, main_w)
            section_body(sec, 15, main_w)
    else:
        w = 210 - 30
        header(15, w)
        for sec in r["sections"]:
            heading(sec["heading"], 15, w)
            if r["layout"] == "table":
                table_section(sec, 15, w)
            else:
                section_body(sec, 15, w)
    pdf.output(str(path))


# ------------------------------------------------------------------------------------------ reportlab
def render_reportlab(r, path):
    from reportlab.lib import colors
    from reportlab.lib.enums import TA_RIGHT
    from reportlab.lib.pagesizes import A4
    from reportlab.lib.styles import ParagraphStyle
    from reportlab.lib.units import mm
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.ttfonts import TTFont
    from reportlab.platypus import (
        BaseDocTemplate,
        Frame,
        FrameBreak,
        KeepTogether,
        PageTemplate,
        Paragraph,
        SimpleDocTemplate,
        Spacer,
        Table,
        TableStyle,
    )

    for nm, fn in (("DV", "DejaVuSans.ttf"), ("DV-B", "DejaVuSans-Bold.ttf"), ("DV-I", "DejaVuSans-Oblique.ttf")):
        pdfmetrics.registerFont(TTFont(nm, str(FONT_DIR / fn)))
    pdfmetrics.registerFontFamily("DV", normal="DV", bold="DV-B", italic="DV-I", boldItalic="DV-B")

    base = ParagraphStyle("base", fontName="DV", fontSize=9.2, leading=12, bulletFontName="DV")
    st = dict(
        name=ParagraphStyle("name", base, fontName="DV-B", fontSize=18, leading=22),
        headline=ParagraphStyle("headline", base, fontSize=10.5, leading=14),
        contact=ParagraphStyle("contact", base, fontSize=8.5, textColor=colors.HexColor("#555555")),
        h=ParagraphStyle(
            "h", base, fontName="DV-B", fontSize=10.5, leading=14, spaceBefore=7, spaceAfter=3, textColor=colors.HexColor("#7a2e12")
        ),
        title=ParagraphStyle("title", base, fontName="DV-B", fontSize=9.8, leading=12.5, spaceBefore=4),
        org=ParagraphStyle("org", base, fontName="DV-I"),
        dates=ParagraphStyle("dates", base, fontSize=9),
        datesr=ParagraphStyle("datesr", base, fontSize=8.6, alignment=TA_RIGHT),
        b=ParagraphStyle("b", base, leftIndent=11, bulletIndent=3),
        b2=ParagraphStyle("b2", base, leftIndent=22, bulletIndent=14),
        side=ParagraphStyle("side", base, fontSize=8.8, leading=11.5),
        cell=ParagraphStyle("cell", base, fontSize=8.8, leading=11),
        cellb=ParagraphStyle("cellb", base, fontSize=8.8, leading=11, leftIndent=8, bulletIndent=0),
        cellh=ParagraphStyle("cellh", base, fontName="DV-B", fontSize=8.8, leading=11),
    )
    e = escape

    def header():
        h = r["header"]
        return [
            Paragraph(e(h["name"]), st["name"]),
            Paragraph(e(h["headline"]), st["headline"]),
            Paragraph(e(h["contact"]), st["contact"]),
            Spacer(1, 4),
        ]

    def bullets(it, sb="b"):
        out = []
        for b, subs in bullets_of(it):
            out.append(Paragraph(e(b), st[sb], bulletText="•"))
            for s in subs:
                out.append(Paragraph(e(s), st["b2"], bulletText="◦"))
        return out

    def entry(it, width):
        pl = r["placement"]
        title, org, dates = it["title"], it["org"], it["dates"]
        fl = []
        if pl == "before":
            if dates:
                fl.append(Paragraph(e(dates), ParagraphStyle("db", st["dates"], spaceBefore=5)))
            fl.append(Paragraph(e(title), ParagraphStyle("t0", st["title"], spaceBefore=0)))
            fl.append(Paragraph(e(org), st["org"]))
        elif pl == "after":
            fl.append(Paragraph(e(title), st["title"]))
            fl.append(Paragraph(e(org), st["org"]))
            if dates:
                fl.append(Paragraph(e(dates), st["dates"]))
        elif pl == "datecol":
            dw = 40 * mm
            left = [Paragraph(e(title), ParagraphStyle("t0", st["title"], spaceBefore=0)), Paragraph(e(org), st["org"])]
            # long ranges break after the dash, as narrow date columns do
            shown = e(dates).replace(" — ", " —<br/>") if len(dates) > 22 else e(dates)
            t = Table([[left, Paragraph(shown, st["datesr"])]], colWidths=[width - dw, dw])
            t.setStyle(
                TableStyle(
                    [
                        ("VALIGN", (0, 0), (-1, -1), "TOP"),
                        ("LEFTPADDING", (0, 0), (-1, -1), 0),
                        ("RIGHTPADDING", (0, 0), (-1, -1), 0),
                        ("TOPPADDING", (0, 0), (-1, -1), 4),
                        ("BOTTOMPADDING", (0, 0), (-1, -1), 1),
                    ]
                )
            )
            fl.append(t)
        else:
            raise ValueError(pl)
        return [KeepTogether(fl), *bullets(it)]

    def body(sec, width, side=False):
        fl = []
        for it in sec["items"]:
            if it["kind"] == "para":
                fl.append(Paragraph(e(it["text"]), st["side" if side else "b"].clone("p", leftIndent=0)))
            elif it["kind"] == "lines":
                for ln in it["lines"]:
                    fl.append(Paragraph(e(ln), st["side"] if side else base))
            elif it["kind"] == "bullets":
                for b in it["bullets"]:
                    fl.append(Paragraph(e(b), st["b"], bulletText="•"))
            elif it["kind"] == "entry":
                fl += entry(it, width)
        return fl

    def table_sec(sec, width):
        entries = [it for it in sec["items"] if it["kind"] == "entry"]
        fl = body(dict(items=[it for it in sec["items"] if it["kind"] != "entry"]), width)
        if not entries:
            return fl
        rows = [[Paragraph("When", st["cellh"]), Paragraph("Role", st["cellh"]), Paragraph("What", st["cellh"])]]
        for it in entries:
            rows.append(
                [
                    Paragraph(e(it["dates"]), st["cell"]),
                    [Paragraph(f"<b>{e(it['title'])}</b>", st["cell"]), Paragraph(e(it["org"]), st["cell"])],
                    [Paragraph(e(b), st["cellb"], bulletText="•") for b, _ in bullets_of(it)],
                ]
            )
        t = Table(rows, colWidths=[26 * mm, 50 * mm, width - 76 * mm], repeatRows=1)
        t.setStyle(
            TableStyle(
                [
                    ("GRID", (0, 0), (-1, -1), 0.4, colors.HexColor("#999999")),
                    ("BACKGROUND", (0, 0), (-1, 0), colors.HexColor("#eeeeee")),
                    ("VALIGN", (0, 0), (-1, -1), "TOP"),
                    ("TOPPADDING", (0, 0), (-1, -1), 3),
                    ("BOTTOMPADDING", (0, 0), (-1, -1), 3),
                ]
            )
        )
        return [*fl, t]

    W, H = A4
    margin = 16 * mm
    common = dict(
        pagesize=A4,
        leftMargin=margin,
        rightMargin=margin,
        topMargin=14 * mm,
        bottomMargin=14 * mm,
        title=f"{r['header']['name']} - CV",
        author=r["header"]["name"],
        invariant=1,
    )
    if r["layout"] == "two-column":
        doc = BaseDocTemplate(str(path), **common)
        side_w, gap = 52 * mm, 7 * mm
        main_w = W - 2 * margin - side_w - gap
        fh = H - 28 * mm

        def bg(canv, _doc):
            canv.saveState()
            canv.setFillColor(colors.HexColor("#f3ede6"))
            canv.rect(0, 0, margin + side_w + 3 * mm, H, stroke=0, fill=1)
            canv.restoreState()

        frames = [
            Frame(margin, 14 * mm, side_w, fh, id="side", leftPadding=0, rightPadding=0),
            Frame(margin + side_w + gap, 14 * mm, main_w, fh, id="main", leftPadding=0, rightPadding=0),
        ]
        doc.addPageTemplates([PageTemplate(id="two", frames=frames, onPage=bg), PageTemplate(id="rest", frames=[frames[1]])])
        story = []
        for sec in r["sidebar"]:
            story.append(Paragraph(e(sec["heading"]).upper(), st["h"]))
            story += body(sec, side_w, side=True)
        story.append(FrameBreak())
        story += header()
        for sec in r["sections"]:
            story.append(Paragraph(e(sec["heading"]).upper(), st["h"]))
            story += body(sec, main_w)
        doc.build(story)
        return
    doc = SimpleDocTemplate(str(path), **common)
    width = W - 2 * margin
    story = header()
    for sec in r["sections"]:
        story.append(Paragraph(e(sec["heading"]).upper(), st["h"]))
        story += table_sec(sec, width) if r["layout"] == "table" else body(sec, width)
    doc.build(story)


def main(argv):
    OUT.mkdir(exist_ok=True)
    for r in RESUMES:
        path = OUT / f"{r['name']}.pdf"
        {"fpdf2": render_fpdf2, "reportlab": render_reportlab}[r["producer"]](r, path)
        print(f"{path.relative_to(HERE)}  ({r['producer']}, {r['layout']}, dates: {r['placement']})")
        if "--check" in argv:
            from pdfminer.high_level import extract_text

            print(extract_text(str(path)))
            print("=" * 100)


if __name__ == "__main__":
    main(sys.argv[1:])
