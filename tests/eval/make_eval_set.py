#!/usr/bin/env python3
"""Render the labelled evaluation set: tests/eval/sources/*.md -> tests/eval/pdf/*.pdf

    python tests/eval/make_eval_set.py              # render every entry of labels.toml
    python tests/eval/make_eval_set.py ai_eng_01    # render only the named entries
    python tests/eval/make_eval_set.py --check      # render, then print what pdfminer extracts

Which producer and layout each resume gets is read from ``labels.toml`` (the single source of
truth); the finer visual style (font, heading style, bullet glyph, hyphenation...) is in the
``STYLES`` table below.  Producers:

* ``fpdf2``       - fpdf2 (core fonts or an embedded DejaVu / Liberation TTF)
* ``reportlab``   - ReportLab platypus
* ``libreoffice`` - a .docx built with python-docx, converted by ``soffice --headless``
* ``chromium``    - an HTML page printed by headless Chromium (``--print-to-pdf``)
* ``pdflatex``    - a LaTeX file typeset by pdflatex

Layouts: ``one-column``; ``two-column`` (a real sidebar column next to the main column: sections
such as Skills / Education / Languages go into the sidebar); ``table`` (the markdown tables of the
source become real tables in the PDF).

A producer whose program or Python package is missing is skipped with a message; the PDFs
already on disk are then left untouched.  Temporary files go to a temporary directory that is
removed at the end.

Source format (deliberately small):

    # Full Name
    Headline line
    Contact line                      (every line before the first ## is a header line)

    ## Section title
    A paragraph; each source line stays a line of its own (write prose as one long line).
    ### Job title | Company | Dates     (a job line; the pipes become the layout)
    - bullet item ("*" and "•" work too; indented lines continue the item)
    | a table | row |                 (a markdown table; the |---| line is skipped)

Inline ``**bold**`` is the only markup.
"""

from __future__ import annotations

import argparse
import html
import os
import re
import shutil
import subprocess
import sys
import tempfile
import time
from dataclasses import dataclass, field
from datetime import datetime, timezone
from pathlib import Path
from typing import Any

if sys.version_info >= (3, 11):
    import tomllib
else:  # pragma: no cover - Python 3.10
    import tomli as tomllib

HERE = Path(__file__).resolve().parent
SOURCES = HERE / "sources"
PDF_DIR = HERE / "pdf"
LABELS = HERE / "labels.toml"
FIXED_DATE = datetime(2025, 1, 15, 12, 0, 0, tzinfo=timezone.utc)

FONT_DIRS = [Path("/usr/share/fonts/truetype/dejavu"), Path("/usr/share/fonts/truetype/liberation")]
TTF = {
    "dejavu-sans": ("DejaVuSans.ttf", "DejaVuSans-Bold.ttf"),
    "dejavu-serif": ("DejaVuSerif.ttf", "DejaVuSerif-Bold.ttf"),
    "liberation-sans": ("LiberationSans-Regular.ttf", "LiberationSans-Bold.ttf"),
    "liberation-serif": ("LiberationSerif-Regular.ttf", "LiberationSerif-Bold.ttf"),
}
# CSS / LibreOffice family names for the same fonts
FAMILY = {
    "dejavu-sans": "DejaVu Sans",
    "dejavu-serif": "DejaVu Serif",
    "liberation-sans": "Liberation Sans",
    "liberation-serif": "Liberation Serif",
    "core-sans": "Liberation Sans",
    "core-serif": "Liberation Serif",
}

# ---------------------------------------------------------------------------
# Per-resume visual style.  Anything not given falls back to DEFAULT_STYLE.
#   font:      core-sans | core-serif (PDF base-14 fonts, Latin-1 only; fpdf2/reportlab)
#              dejavu-sans | dejavu-serif | liberation-sans | liberation-serif (TTF)
#              for pdflatex: lmodern | times | helvet | charter
#   heading:   upper | plain | spaced (letter-spaced, drawn with character spacing) |
#              smallcaps | rule (upper case with a rule under it)
#   bullet:    the bullet glyph ("list" = a real Word list for libreoffice)
#   hyphenate: insert soft hyphens (U+00AD) so long words break across lines with a "-"
#              (fpdf2, reportlab, libreoffice; pdflatex hyphenates by itself; ignored for
#              chromium, see render_html)
#   ligatures: fpdf2/reportlab: write fi/fl/ffi as U+FB00..U+FB04 ligature characters;
#              pdflatex: leave out the cmap package (the fonts' own fi/fl glyphs are used
#              either way); chromium and libreoffice shape ligatures themselves when the
#              font has them (DejaVu does, so Chromium's PDFs carry U+FB01 etc.)
#   justify:   justified paragraphs
#   size:      body font size in points
#   sidebar:   section titles that go into the sidebar (two-column); default: see SIDEBAR_RE
DEFAULT_STYLE = {
    "font": "core-sans",
    "heading": "upper",
    "bullet": "-",
    "hyphenate": False,
    "ligatures": False,
    "justify": False,
    "size": 10,
    "sidebar": None,
}
STYLES: dict[str, dict[str, Any]] = {
    # --- AI engineers
    "ai_eng_01": {"font": "core-sans", "bullet": "-"},
    "ai_eng_02": {
        "font": "dejavu-sans",
        "heading": "rule",
        "bullet": "\u2022",
        "hyphenate": True,
        "justify": True,
        "size": 9.5,
        "ligatures": True,
    },
    "ai_eng_03": {"font": "dejavu-sans", "heading": "spaced", "bullet": "\u25aa", "ligatures": True},
    "ai_eng_04": {"font": "liberation-serif", "heading": "smallcaps", "bullet": "list", "size": 12},
    "ai_eng_05": {
        "font": "dejavu-serif",
        "heading": "upper",
        "bullet": "\u2013",
        "hyphenate": True,
        "justify": True,
        "size": 10.5,
        "ligatures": True,
    },
    "ai_eng_06": {"font": "lmodern", "heading": "smallcaps", "bullet": "$\\bullet$", "justify": True, "ligatures": True},
    "ai_eng_07": {"font": "core-serif", "heading": "plain", "bullet": "*", "size": 10.5},
    "ai_eng_08": {"font": "liberation-sans", "heading": "spaced", "bullet": "\u25b8"},
    "ai_eng_09": {"font": "dejavu-sans", "heading": "rule", "bullet": "\u2022", "hyphenate": True, "justify": True, "size": 9},
    "ai_eng_10": {"font": "helvet", "heading": "rule", "bullet": "--", "justify": True},
    "ai_eng_11": {"font": "liberation-sans", "heading": "upper", "bullet": "\u2022"},
    "ai_eng_12": {"font": "dejavu-sans", "heading": "spaced", "bullet": "\u27a4", "size": 9.5},
    # --- data scientists
    "ds_01": {"font": "core-serif", "heading": "rule", "bullet": "\xb7"},
    "ds_02": {"font": "dejavu-sans", "heading": "upper", "bullet": "\u2022", "ligatures": True},
    "ds_03": {"font": "liberation-serif", "heading": "smallcaps", "bullet": "\u2022", "hyphenate": True, "justify": True, "size": 12},
    "ds_04": {"font": "liberation-sans", "heading": "rule", "bullet": "list"},
    "ds_05": {"font": "charter", "heading": "smallcaps", "bullet": "$\\circ$", "justify": True, "ligatures": True},
    "ds_06": {"font": "core-sans", "heading": "spaced", "bullet": "-", "size": 9.5},
    "ds_07": {
        "font": "dejavu-serif",
        "heading": "upper",
        "bullet": "\u25e6",
        "hyphenate": True,
        "justify": True,
        "size": 9.5,
        "ligatures": True,
    },
    "ds_08": {"font": "liberation-sans", "heading": "upper", "bullet": "\u2713"},
    "ds_09": {"font": "times", "heading": "rule", "bullet": "$\\triangleright$", "justify": True, "size": 12},
    "ds_10": {"font": "dejavu-serif", "heading": "smallcaps", "bullet": "\u2022"},
    "ds_11": {"font": "liberation-serif", "heading": "spaced", "bullet": "\u25aa", "hyphenate": True, "justify": True},
    "ds_12": {"font": "dejavu-sans", "heading": "spaced", "bullet": "\u2022", "ligatures": True},
    # --- mixed profiles
    "mixed_01": {"font": "dejavu-sans", "heading": "upper", "bullet": "\u25cf", "size": 9.5, "ligatures": True},
    "mixed_02": {"font": "liberation-sans", "heading": "rule", "bullet": "\u2022"},
    "mixed_03": {"font": "lmodern", "heading": "rule", "bullet": "$\\bullet$", "justify": True, "ligatures": True},
    "mixed_04": {"font": "liberation-serif", "heading": "upper", "bullet": "list", "hyphenate": True},
    "mixed_05": {"font": "core-sans", "heading": "plain", "bullet": "o"},
    # --- juniors / students
    "junior_01": {"font": "dejavu-serif", "heading": "spaced", "bullet": "\u2022", "ligatures": True},
    "junior_02": {"font": "lmodern", "heading": "upper", "bullet": "--"},
    "junior_03": {"font": "core-sans", "heading": "upper", "bullet": "-", "size": 10.5},
    "junior_04": {"font": "liberation-sans", "heading": "smallcaps", "bullet": "\u2022"},
    # --- analysts
    "analyst_01": {"font": "dejavu-sans", "heading": "rule", "bullet": "\u25a0", "hyphenate": True, "ligatures": True},
    "analyst_02": {"font": "liberation-serif", "heading": "upper", "bullet": "\u2022"},
    "analyst_03": {"font": "core-serif", "heading": "upper", "bullet": "*"},
    "analyst_04": {"font": "times", "heading": "smallcaps", "bullet": "$\\bullet$", "justify": True},
    # --- unrelated fields
    "chemist_01": {"font": "lmodern", "heading": "rule", "bullet": "$\\bullet$", "justify": True, "ligatures": True},
    "arborist_01": {"font": "dejavu-sans", "heading": "upper", "bullet": "\u2022"},
    "insurance_agent_01": {"font": "core-sans", "heading": "rule", "bullet": "-"},
    "realtor_01": {"font": "liberation-serif", "heading": "smallcaps", "bullet": "\u2022"},
    "pipeline_eng_01": {"font": "liberation-sans", "heading": "upper", "bullet": "list", "hyphenate": True},
    "welder_01": {"font": "core-sans", "heading": "upper", "bullet": "\u2022"},
    "audio_dsp_01": {"font": "charter", "heading": "spaced", "bullet": "$\\bullet$", "justify": True},
    "nurse_docker_01": {"font": "dejavu-serif", "heading": "spaced", "bullet": "\u2022"},
    "sailor_01": {"font": "liberation-sans", "heading": "rule", "bullet": "\u2013"},
    "restaurant_01": {"font": "liberation-serif", "heading": "upper", "bullet": "\u2022"},
    "artist_01": {"font": "dejavu-serif", "heading": "smallcaps", "bullet": "\u2014", "ligatures": True},
    "psychologist_01": {"font": "times", "heading": "rule", "bullet": "$\\bullet$", "justify": True},
    "physicist_01": {"font": "lmodern", "heading": "smallcaps", "bullet": "$\\circ$", "ligatures": True},
    "logistics_01": {"font": "core-serif", "heading": "rule", "bullet": "-"},
    "executive_01": {"font": "liberation-sans", "heading": "spaced", "bullet": "\u25aa"},
    "zookeeper_01": {"font": "liberation-sans", "heading": "rule", "bullet": "\u2022"},
}

SIDEBAR_RE = re.compile(
    r"skill|tool|tech|stack|language|certif|interest|education|contact|competenc|strength|"
    r"award|link|course|profile links|expertise|software|equipment|licen|training",
    re.I,
)


def style_for(name: str) -> dict[str, Any]:
    style = dict(DEFAULT_STYLE)
    style.update(STYLES.get(name, {}))
    return style


# ---------------------------------------------------------------------------
# Source parsing
@dataclass
class Block:
    kind: str  # para | bullets | job | table
    text: str = ""
    items: list[str] = field(default_factory=list)
    rows: list[list[str]] = field(default_factory=list)


@dataclass
class Section:
    title: str
    blocks: list[Block] = field(default_factory=list)


@dataclass
class Doc:
    name: str
    header: list[str]
    sections: list[Section]

    def split(self, style: dict[str, Any]) -> tuple[list[Section], list[Section]]:
        """(sidebar sections, main sections) for the two-column layout."""
        wanted = style.get("sidebar")
        side: list[Section] = []
        main: list[Section] = []
        for sec in self.sections:
            key = sec.title.replace(" ", "")
            if wanted is not None:
                is_side = sec.title in wanted
            else:
                is_side = bool(SIDEBAR_RE.search(key)) and not re.search(r"experience|project", key, re.I)
            (side if is_side else main).append(sec)
        return side, main


def parse_source(path: Path) -> Doc:
    name, header, sections = "", [], []
    cur: Section | None = None
    para: list[str] = []
    bullets: Block | None = None
    table: Block | None = None

    def flush() -> None:
        nonlocal para, bullets, table
        if para and cur is not None:
            cur.blocks.append(Block("para", text="\n".join(para)))
        para = []
        if bullets is not None and cur is not None:
            cur.blocks.append(bullets)
        bullets = None
        if table is not None and cur is not None:
            cur.blocks.append(table)
        table = None

    for raw in path.read_text(encoding="utf-8").splitlines():
        line = raw.rstrip()
        stripped = line.strip()
        if line.startswith("# "):
            name = line[2:].strip()
            continue
        if line.startswith("## "):
            flush()
            cur = Section(line[3:].strip())
            sections.append(cur)
            continue
        if cur is None:
            if stripped:
                header.append(stripped)
            continue
        if not stripped:
            flush()
            continue
        if line.startswith("### "):
            flush()
            cur.blocks.append(Block("job", text=line[4:].strip()))
            continue
        if stripped.startswith("|"):
            if para or bullets is not None:
                flush()
            if re.fullmatch(r"\|[\s:|-]+\|?", stripped):
                continue
            cells = [c.strip() for c in stripped.strip("|").split("|")]
            if table is None:
                table = Block("table")
            table.rows.append(cells)
            continue
        m = re.match(r"^([-*\u2022])\s+(.*)", line)
        if m:
            if para or table is not None:
                flush()
            if bullets is None:
                bullets = Block("bullets")
            bullets.items.append(m.group(2).strip())
            continue
        if bullets is not None and raw.startswith("  "):
            bullets.items[-1] += " " + stripped
            continue
        if bullets is not None or table is not None:
            flush()
        if para and stripped.startswith("**"):
            flush()  # "**Label:** value" lines stay on their own line
        para.append(stripped)
    flush()
    return Doc(name, header, sections)


# ---------------------------------------------------------------------------
# Text helpers
LATIN1_MAP = {
    "\u2013": "-",
    "\u2014": "-",
    "\u2018": "'",
    "\u2019": "'",
    "\u201c": '"',
    "\u201d": '"',
    "\u2026": "...",
    "\u2022": "\xb7",
    "\u2192": "->",
    "\u2248": "~",
    "\u2212": "-",
    "\u00a0": " ",
    "\u2009": " ",
    "\u202f": " ",
    "\u2264": "<=",
    "\u2265": ">=",
    "\u00d7": "x",
}


def to_latin1(text: str) -> str:
    out = "".join(LATIN1_MAP.get(ch, ch) for ch in text)
    return out.encode("latin-1", "replace").decode("latin-1")


VOWELS = set("aeiouyAEIOUY")
SHY = "\u00ad"
ONSETS = {
    "bl",
    "br",
    "ch",
    "cl",
    "cr",
    "dr",
    "fl",
    "fr",
    "gl",
    "gr",
    "ph",
    "pl",
    "pr",
    "sc",
    "sh",
    "sk",
    "sl",
    "sm",
    "sn",
    "sp",
    "st",
    "sw",
    "th",
    "tr",
    "tw",
    "wh",
    "wr",
    "qu",
}
KEEP_TOGETHER = {"ck", "ng", "gh"}


def _hyphenate_word(word: str) -> str:
    """Insert soft hyphens at simple syllable boundaries (VCV -> V-CV, VCCV -> VC-CV).

    A rough, dependency-free rule; good enough to make long words break across lines
    the way word processors do, and deterministic so the PDFs are reproducible.
    """
    if len(word) < 7 or not word.isalpha():
        return word
    points = []
    low = word.lower()
    for i in range(2, len(word) - 2):
        a, b, c = word[i - 1], word[i], word[i + 1]
        if a in VOWELS and b not in VOWELS and c in VOWELS:
            points.append(i)  # V-CV
        elif a not in VOWELS and b not in VOWELS and word[i - 2] in VOWELS and c in VOWELS:
            if low[i - 1 : i + 1] in ONSETS:
                if i - 1 >= 2:
                    points.append(i - 1)  # V-CCV when CC starts syllables ("re-train")
            elif low[i - 1 : i + 1] not in KEEP_TOGETHER:
                points.append(i)  # VC-CV
    points = [p for p in points if 2 <= p <= len(word) - 3]
    for p in reversed(points):
        word = word[:p] + SHY + word[p:]
    return word


def hyphenate(text: str) -> str:
    return re.sub(r"[A-Za-z]{7,}", lambda m: _hyphenate_word(m.group(0)), text)


LIGS = [("ffi", "\ufb03"), ("ffl", "\ufb04"), ("ff", "\ufb00"), ("fi", "\ufb01"), ("fl", "\ufb02")]


def ligate(text: str, font: str = "dejavu-sans") -> str:
    """Write fi/fl (and ff/ffi/ffl where the font has them) as ligature characters."""
    for a, b in LIGS:
        if font.startswith("liberation") and a not in ("fi", "fl"):
            continue  # Liberation fonts only have U+FB01 and U+FB02
        text = text.replace(a, b)
    return text


def bold_segments(text: str) -> list[tuple[str, bool]]:
    parts = re.split(r"(\*\*.+?\*\*)", text)
    out = []
    for p in parts:
        if p.startswith("**") and p.endswith("**") and len(p) > 4:
            out.append((p[2:-2], True))
        elif p:
            out.append((p, False))
    return out


def split_job(text: str) -> tuple[str, str]:
    """'Title | Org | Dates' -> ('Title, Org', 'Dates')."""
    parts = [p.strip() for p in text.split("|")]
    if len(parts) >= 3:
        return ", ".join(parts[:-1]), parts[-1]
    if len(parts) == 2:
        return parts[0], parts[1]
    return text, ""


def prepare(text: str, style: dict[str, Any], *, core: bool) -> str:
    """Apply hyphenation / ligature / encoding options to body text."""
    if style["hyphenate"]:
        text = hyphenate(text)
    if style["ligatures"] and not core:
        text = ligate(text, style["font"])
    if core:
        text = to_latin1(text)
    return text


def spaced(title: str) -> str:
    return " ".join(title.upper())


# ---------------------------------------------------------------------------
# fpdf2
def render_fpdf2(doc: Doc, layout: str, style: dict[str, Any], out: Path, tmp: Path) -> None:
    from fpdf import FPDF
    from fpdf.enums import XPos, YPos

    NL: dict[str, Any] = {"new_x": XPos.LMARGIN, "new_y": YPos.NEXT}
    core = style["font"].startswith("core")
    pdf = FPDF(format="A4", unit="mm")
    pdf.set_creation_date(FIXED_DATE)
    pdf.set_creator("gapcheck tests/eval/make_eval_set.py (fpdf2)")
    pdf.set_title(f"Resume - {to_latin1(doc.name) if core else doc.name}")
    if core:
        fam = "Helvetica" if style["font"] == "core-sans" else "Times"
    else:
        fam = "Body"
        reg, bold = TTF[style["font"]]
        pdf.add_font(fam, "", find_font(reg))
        pdf.add_font(fam, "B", find_font(bold))
    size = style["size"]
    lh = size * 0.5
    pdf.set_margins(16, 14, 16)
    pdf.set_auto_page_break(True, 14)
    pdf.add_page()
    bullet = style["bullet"] if style["bullet"] != "list" else "\u2022"
    if core:
        bullet = to_latin1(bullet)
    T = lambda s: prepare(s, style, core=core)  # noqa: E731
    H = lambda s: to_latin1(s) if core else s  # noqa: E731
    md = lambda s: T(s).replace("--", "-")  # fpdf2 markdown uses -- for underline  # noqa: E731

    def heading(title: str) -> None:
        pdf.ln(1.5)
        hs = style["heading"]
        pdf.set_text_color(25, 55, 110)
        if hs == "spaced":
            pdf.set_font(fam, "B", size + 1.5)
            pdf.set_char_spacing(2.2)
            pdf.cell(0, lh + 2, H(title.upper()), **NL)
            pdf.set_char_spacing(0)
        elif hs == "smallcaps":  # faked: capital first letter, smaller capitals after
            for word in H(title).split():
                pdf.set_font(fam, "B", size + 3)
                pdf.cell(pdf.get_string_width(word[0]), lh + 2, word[0])
                pdf.set_font(fam, "B", size + 0.5)
                pdf.cell(pdf.get_string_width(word[1:].upper() + " "), lh + 2, word[1:].upper() + " ")
            pdf.ln(lh + 2)
        elif hs == "plain":
            pdf.set_font(fam, "B", size + 2)
            pdf.cell(0, lh + 2, H(title), **NL)
        else:
            pdf.set_font(fam, "B", size + 1.5)
            pdf.cell(0, lh + 2, H(title.upper()), **NL)
        if hs in ("rule", "upper"):
            pdf.set_draw_color(25, 55, 110)
            y = pdf.get_y()
            pdf.line(pdf.l_margin, y, pdf.w - pdf.r_margin, y)
            pdf.ln(1)
        pdf.set_text_color(0, 0, 0)
        pdf.ln(0.8)

    def block(b: Block, narrow: bool) -> None:
        align = "J" if style["justify"] else "L"
        if b.kind == "para":
            pdf.set_font(fam, "", size)
            pdf.multi_cell(0, lh, md(b.text), markdown=True, align=align, **NL)
            pdf.ln(1)
        elif b.kind == "job":
            left, right = split_job(b.text)
            pdf.set_font(fam, "B", size + 0.5)
            width = pdf.w - pdf.r_margin - pdf.get_x()
            rw = pdf.get_string_width(H(right)) + 2
            if right and pdf.get_string_width(H(left)) + rw + 3 > width:
                narrow = True  # title and dates do not fit on one line
            if right and not narrow:
                pdf.cell(width - rw, lh + 1, H(left))
                pdf.set_font(fam, "", size)
                pdf.cell(rw, lh + 1, H(right), align="R", **NL)
            else:
                pdf.multi_cell(0, lh + 1, H(left), **NL)
                if right:
                    pdf.set_font(fam, "", size - 0.5)
                    pdf.multi_cell(0, lh, H(right), **NL)
        elif b.kind == "bullets":
            pdf.set_font(fam, "", size)
            for item in b.items:
                x0 = pdf.get_x()
                pdf.cell(4, lh, bullet)
                pdf.multi_cell(0, lh, md(item), markdown=True, align=align, **NL)
                pdf.set_x(x0)
            pdf.ln(1)
        elif b.kind == "table":
            pdf.set_font(fam, "", size - 0.5)
            ncol = max(len(r) for r in b.rows)
            rows = [r + [""] * (ncol - len(r)) for r in b.rows]
            widths = col_widths(rows)
            with pdf.table(
                col_widths=widths, markdown=True, line_height=lh, padding=1.2, text_align="LEFT", first_row_as_headings=True
            ) as table:
                for r in rows:
                    row = table.row()
                    for c in r:
                        row.cell(md(c))
            pdf.ln(2)

    def section(sec: Section, narrow: bool = False) -> None:
        heading(sec.title)
        for b in sec.blocks:
            block(b, narrow)

    # header
    pdf.set_font(fam, "B", size + 10)
    pdf.cell(0, size * 0.9, H(doc.name), **NL)
    for i, line in enumerate(doc.header):
        pdf.set_font(fam, "B" if i == 0 else "", size + (1 if i == 0 else -0.5))
        pdf.multi_cell(0, lh + 0.5, H(line), **NL)
    pdf.ln(2)

    if layout != "two-column":
        for sec in doc.sections:
            section(sec)
    else:
        side, main = doc.split(style)
        y0 = pdf.get_y()
        side_w = 54
        gap = 7
        # main column first, so it may run on to a second page
        pdf.set_left_margin(16 + side_w + gap)
        pdf.set_xy(16 + side_w + gap, y0)
        for sec in main:
            section(sec)
        last_page = pdf.page
        # then the sidebar, back on page 1
        pdf.page = 1
        pdf.set_fill_color(238, 242, 248)
        pdf.rect(13, y0 - 2, side_w + 5, pdf.h - y0 - 12, style="F")
        pdf.set_left_margin(16)
        pdf.set_right_margin(pdf.w - 16 - side_w)
        pdf.set_xy(16, y0)
        for sec in side:
            section(sec, narrow=True)
        if pdf.page != 1:
            raise RuntimeError(f"{out.name}: sidebar does not fit on page 1")
        pdf.page = last_page
        pdf.set_right_margin(16)
    pdf.output(str(out))


def col_widths(rows: list[list[str]]) -> tuple[int, ...]:
    """Relative column widths from the longest text in each column."""
    ncol = len(rows[0])
    lens = [max(len(r[i]) for r in rows) for i in range(ncol)]
    return tuple(max(8, min(60, n)) for n in lens)


def find_font(filename: str) -> str:
    for d in FONT_DIRS:
        p = d / filename
        if p.exists():
            return str(p)
    raise FileNotFoundError(filename)


# ---------------------------------------------------------------------------
# reportlab
def render_reportlab(doc: Doc, layout: str, style: dict[str, Any], out: Path, tmp: Path) -> None:
    from reportlab import rl_config
    from reportlab.lib import colors
    from reportlab.lib.enums import TA_JUSTIFY, TA_LEFT, TA_RIGHT
    from reportlab.lib.pagesizes import A4
    from reportlab.lib.styles import ParagraphStyle
    from reportlab.lib.units import mm
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.ttfonts import TTFont
    from reportlab.platypus import (
        BaseDocTemplate,
        Flowable,
        Frame,
        FrameBreak,
        NextPageTemplate,
        PageTemplate,
        Paragraph,
        Spacer,
        Table,
        TableStyle,
    )

    rl_config.invariant = 1  # reproducible output
    core = style["font"].startswith("core")
    if core:
        reg, bold = ("Helvetica", "Helvetica-Bold") if style["font"] == "core-sans" else ("Times-Roman", "Times-Bold")
    else:
        fr, fb = TTF[style["font"]]
        reg, bold = style["font"] + "-R", style["font"] + "-B"
        if reg not in pdfmetrics.getRegisteredFontNames():
            pdfmetrics.registerFont(TTFont(reg, find_font(fr)))
            pdfmetrics.registerFont(TTFont(bold, find_font(fb)))
            pdfmetrics.registerFontFamily(reg, normal=reg, bold=bold, italic=reg, boldItalic=bold)
    size = style["size"]
    blue = colors.Color(0.1, 0.22, 0.45)
    body = ParagraphStyle(
        "body", fontName=reg, fontSize=size, leading=size * 1.3, alignment=TA_JUSTIFY if style["justify"] else TA_LEFT, spaceAfter=3
    )
    body.embeddedHyphenation = 1
    body.uriWasteReduce = 0.3
    small = ParagraphStyle("small", parent=body, fontSize=size - 0.5, leading=(size - 0.5) * 1.25, spaceAfter=0)
    job = ParagraphStyle("job", parent=body, fontName=bold, fontSize=size + 0.5, spaceBefore=3, spaceAfter=1, alignment=TA_LEFT)
    right = ParagraphStyle("right", parent=body, alignment=TA_RIGHT, spaceAfter=0)
    bullet_style = ParagraphStyle("bullet", parent=body, leftIndent=11, bulletIndent=2, spaceAfter=1.5, bulletFontName=reg)
    head = ParagraphStyle(
        "head",
        parent=body,
        fontName=bold,
        fontSize=size + 2,
        leading=(size + 2) * 1.3,
        textColor=blue,
        spaceBefore=7,
        spaceAfter=3,
        alignment=TA_LEFT,
    )
    name_style = ParagraphStyle("name", parent=body, fontName=bold, fontSize=size + 10, leading=size + 14, alignment=TA_LEFT)
    bullet = style["bullet"] if style["bullet"] != "list" else "\u2022"
    if core:
        bullet = to_latin1(bullet)

    def x(text: str, prep: bool = True) -> str:
        """Source text -> reportlab paragraph markup."""
        segs = []
        for seg, is_bold in bold_segments(text):
            seg = prepare(seg, style, core=core) if prep else (to_latin1(seg) if core else seg)
            seg = html.escape(seg, quote=False).replace("\n", "<br/>")
            segs.append(f"<b>{seg}</b>" if is_bold else seg)
        return "".join(segs)

    class SpacedHeading(Flowable):  # type: ignore[misc]  # reportlab ships no type hints: Flowable is Any
        """A heading drawn with real character spacing (letter-spaced)."""

        def __init__(self, text: str):
            super().__init__()
            self.text = to_latin1(text.upper()) if core else text.upper()

        def wrap(self, aw, ah):
            self.width = aw
            return aw, size + 9

        def draw(self):
            c = self.canv
            t = c.beginText(0, 5)
            t.setFont(bold, size + 1.5)
            t.setFillColor(blue)
            t.setCharSpace(3)
            t.textOut(self.text)
            c.drawText(t)
            c.setStrokeColor(blue)
            c.line(0, 2, self.width, 2)

    class Rule(Flowable):  # type: ignore[misc]  # reportlab ships no type hints: Flowable is Any
        def wrap(self, aw, ah):
            self.width = aw
            return aw, 3

        def draw(self):
            self.canv.setStrokeColor(blue)
            self.canv.setLineWidth(0.6)
            self.canv.line(0, 2, self.width, 2)

    def heading(title: str) -> list[Any]:
        hs = style["heading"]
        if hs == "spaced":
            return [Spacer(1, 5), SpacedHeading(title)]
        if hs == "smallcaps":  # faked with two sizes
            words = []
            for w in (to_latin1(title) if core else title).split():
                words.append(
                    f'<font size="{size + 3}">{html.escape(w[0])}</font><font size="{size + 0.5}">{html.escape(w[1:].upper())}</font>'
                )
            return [Paragraph(" ".join(words), head)]
        if hs == "plain":
            return [Paragraph(x(title, False), head)]
        out_ = [Paragraph(x(title.upper(), False), head)]
        if hs in ("rule", "upper"):
            out_.append(Rule())
        return out_

    def blocks(sec: Section, width: float, narrow: bool) -> list[Any]:
        flow = heading(sec.title)
        for b in sec.blocks:
            if b.kind == "para":
                flow.append(Paragraph(x(b.text), body))
            elif b.kind == "job":
                left, rgt = split_job(b.text)
                if rgt and not narrow:
                    t = Table([[Paragraph(x(left, False), job), Paragraph(x(rgt, False), right)]], colWidths=[width * 0.68, width * 0.32])
                    t.setStyle(
                        TableStyle(
                            [
                                ("VALIGN", (0, 0), (-1, -1), "BOTTOM"),
                                ("LEFTPADDING", (0, 0), (-1, -1), 0),
                                ("RIGHTPADDING", (0, 0), (-1, -1), 0),
                            ]
                        )
                    )
                    flow.append(t)
                else:
                    flow.append(Paragraph(x(left, False), job))
                    if rgt:
                        flow.append(Paragraph(x(rgt, False), small))
            elif b.kind == "bullets":
                for item in b.items:
                    flow.append(Paragraph(x(item), bullet_style, bulletText=bullet))
                flow.append(Spacer(1, 3))
            elif b.kind == "table":
                ncol = max(len(r) for r in b.rows)
                rows = [r + [""] * (ncol - len(r)) for r in b.rows]
                rel = col_widths(rows)
                tot = sum(rel)
                cell = ParagraphStyle("cell", parent=small, alignment=TA_LEFT)
                cellb = ParagraphStyle("cellb", parent=cell, fontName=bold)
                data = [[Paragraph(x(c), cellb if i == 0 else cell) for c in r] for i, r in enumerate(rows)]
                t = Table(data, colWidths=[width * w / tot for w in rel], repeatRows=1)
                t.setStyle(
                    TableStyle(
                        [
                            ("GRID", (0, 0), (-1, -1), 0.5, colors.grey),
                            ("BACKGROUND", (0, 0), (-1, 0), colors.Color(0.9, 0.92, 0.96)),
                            ("VALIGN", (0, 0), (-1, -1), "TOP"),
                        ]
                    )
                )
                flow += [Spacer(1, 2), t, Spacer(1, 5)]
        return flow

    W, Hh = A4
    margin = 16 * mm
    header = [Paragraph(x(doc.name, False), name_style)]
    for i, line in enumerate(doc.header):
        header.append(Paragraph(x(line, False), job if i == 0 else small))
    header.append(Spacer(1, 6))

    class SidebarEnd(Flowable):  # type: ignore[misc]  # reportlab ships no type hints: Flowable is Any
        """Zero-size marker placed after the sidebar; must still be in the sidebar frame."""

        def wrap(self, aw, ah):
            return 0, 0

        def draw(self):
            pass

    class Template(BaseDocTemplate):  # type: ignore[misc]  # reportlab ships no type hints: BaseDocTemplate is Any
        def afterFlowable(self, flowable):
            if isinstance(flowable, SidebarEnd) and self.frame.id != "side":
                raise RuntimeError(f"{out.name}: sidebar overflows its column")

    rdoc = Template(
        str(out),
        pagesize=A4,
        leftMargin=margin,
        rightMargin=margin,
        topMargin=margin,
        bottomMargin=margin,
        title=f"Resume - {doc.name}",
        author=doc.name,
        creator="gapcheck tests/eval/make_eval_set.py (reportlab)",
    )
    full_w = W - 2 * margin
    if layout != "two-column":
        frame = Frame(margin, margin, full_w, Hh - 2 * margin, id="f")
        rdoc.addPageTemplates([PageTemplate("one", [frame])])
        story = header[:]
        for sec in doc.sections:
            story += blocks(sec, full_w, False)
        rdoc.build(story)
        return

    side, main = doc.split(style)
    head_h = 32 * mm + 5 * max(0, len(doc.header) - 2) * mm
    side_w = 56 * mm
    gap = 7 * mm
    main_w = full_w - side_w - gap
    body_h = Hh - 2 * margin - head_h

    def sidebar_bg(canvas, _doc):
        canvas.saveState()
        canvas.setFillColor(colors.Color(0.93, 0.95, 0.97))
        canvas.rect(margin - 4, margin - 4, side_w + 8, body_h + 8, stroke=0, fill=1)
        canvas.restoreState()

    first = PageTemplate(
        "first",
        [
            Frame(margin, Hh - margin - head_h, full_w, head_h, id="head"),
            Frame(margin, margin, side_w, body_h, id="side", leftPadding=2, rightPadding=2),
            Frame(margin + side_w + gap, margin, main_w, body_h, id="main"),
        ],
        onPage=sidebar_bg,
    )
    later = PageTemplate("later", [Frame(margin + side_w + gap, margin, main_w, Hh - 2 * margin, id="main2")])
    rdoc.addPageTemplates([first, later])
    story = [NextPageTemplate("later"), *header, FrameBreak()]
    for sec in side:
        story += blocks(sec, side_w - 4, True)
    story += [SidebarEnd(), FrameBreak()]
    for sec in main:
        story += blocks(sec, main_w, False)
    rdoc.build(story)


# ---------------------------------------------------------------------------
# HTML (Chromium)
CSS_BASE = """
@page { size: A4; margin: 14mm 15mm; }
body { font-family: '%(family)s'; font-size: %(size)spt; line-height: 1.32; color: #111; margin: 0;
       font-variant-ligatures: common-ligatures; }
h1 { font-size: %(h1)spt; margin: 0 0 2pt 0; }
.headline { font-weight: bold; font-size: %(h3)spt; margin: 0; }
.contact { margin: 0; font-size: %(small)spt; color: #333; }
header { margin-bottom: 8pt; }
h2 { font-size: %(h2)spt; color: #1a3870; margin: 9pt 0 3pt 0; %(h2extra)s }
h3 { font-size: %(h3)spt; margin: 6pt 0 1pt 0; display: flex; justify-content: space-between; gap: 8pt; }
h3 .dates { font-weight: normal; white-space: nowrap; }
p { margin: 0 0 4pt 0; text-align: %(align)s; }
ul { margin: 1pt 0 4pt 0; padding-left: 13pt; list-style-type: %(bullet)s; }
li { margin: 0 0 2pt 0; text-align: %(align)s; }
table { border-collapse: collapse; width: 100%%; margin: 3pt 0 6pt 0; font-size: %(small)spt; }
th, td { border: 0.6pt solid #888; padding: 2pt 4pt; vertical-align: top; text-align: left; }
th { background: #e8edf5; }
.grid { display: grid; grid-template-columns: 30%% 1fr; column-gap: 18pt; }
aside { background: #eef2f7; padding: 2pt 8pt 6pt 8pt; }
aside h3 { display: block; }
"""


def render_html(doc: Doc, layout: str, style: dict[str, Any]) -> str:
    hs = style["heading"]
    h2extra = {
        "upper": "text-transform: uppercase; border-bottom: 0.8pt solid #1a3870;",
        "rule": "text-transform: uppercase; border-bottom: 1pt solid #1a3870;",
        "spaced": "text-transform: uppercase; letter-spacing: 0.35em;",
        "smallcaps": "font-variant: small-caps; font-size: 13pt;",
        "plain": "",
    }[hs]
    size = style["size"]
    bullet = style["bullet"] if style["bullet"] != "list" else "\u2022"
    css = CSS_BASE % {
        "family": FAMILY.get(style["font"], "DejaVu Sans"),
        "size": size,
        "h1": size + 11,
        "h2": size + 2,
        "h3": size + 0.5,
        "small": size - 0.5,
        "h2extra": h2extra,
        "align": "justify" if style["justify"] else "left",
        # "disc" = the browser's own bullet (drawn as a shape, not text); otherwise a text marker
        "bullet": "disc" if bullet == "disc" else "'" + bullet.replace("'", "\\'") + "\\a0 '",
    }

    def x(text: str, prep: bool = True) -> str:
        segs = []
        for seg, is_bold in bold_segments(text):
            # No soft hyphens here: Chromium/Skia splits the text run at every U+00AD, so
            # pdfminer would see a gap inside every long word.  Chromium entries don't hyphenate.
            seg = html.escape(seg, quote=False).replace("\n", "<br>")
            segs.append(f"<b>{seg}</b>" if is_bold else seg)
        return "".join(segs)

    def section(sec: Section) -> str:
        parts = [f"<section><h2>{x(sec.title, False)}</h2>"]
        for b in sec.blocks:
            if b.kind == "para":
                parts.append(f"<p>{x(b.text)}</p>")
            elif b.kind == "job":
                left, rgt = split_job(b.text)
                parts.append(f"<h3><span>{x(left, False)}</span><span class='dates'>{x(rgt, False)}</span></h3>")
            elif b.kind == "bullets":
                parts.append("<ul>" + "".join(f"<li>{x(i)}</li>" for i in b.items) + "</ul>")
            elif b.kind == "table":
                head, *rest = b.rows
                rows = "<tr>" + "".join(f"<th>{x(c)}</th>" for c in head) + "</tr>"
                rows += "".join("<tr>" + "".join(f"<td>{x(c)}</td>" for c in r) + "</tr>" for r in rest)
                parts.append(f"<table>{rows}</table>")
        parts.append("</section>")
        return "\n".join(parts)

    head = [f"<header><h1>{x(doc.name, False)}</h1>"]
    for i, line in enumerate(doc.header):
        head.append(f"<p class='{'headline' if i == 0 else 'contact'}'>{x(line, False)}</p>")
    head.append("</header>")
    if layout == "two-column":
        side, main = doc.split(style)
        body = (
            "<div class='grid'><aside>"
            + "".join(section(s) for s in side)
            + "</aside><main>"
            + "".join(section(s) for s in main)
            + "</main></div>"
        )
    else:
        body = "".join(section(s) for s in doc.sections)
    return (
        f"<!DOCTYPE html><html lang='en'><head><meta charset='utf-8'><title>Resume - {html.escape(doc.name)}"
        f"</title><style>{css}</style></head><body>{''.join(head)}{body}</body></html>"
    )


def render_chromium(doc: Doc, layout: str, style: dict[str, Any], out: Path, tmp: Path) -> None:
    exe = chromium_exe()
    if exe is None:
        raise RuntimeError("chromium is not on PATH")
    src = tmp / f"{out.stem}.html"
    src.write_text(render_html(doc, layout, style), encoding="utf-8")
    profile = tempfile.mkdtemp(prefix="chromium-", dir=tmp)
    cmd = [
        exe,
        "--headless",
        "--no-sandbox",
        "--disable-gpu",
        "--disable-background-networking",
        "--disable-component-update",
        "--disable-sync",
        "--no-first-run",
        f"--user-data-dir={profile}",
        f"--print-to-pdf={out}",
        "--no-pdf-header-footer",
        src.as_uri(),
    ]
    res = subprocess.run(cmd, capture_output=True, text=True, timeout=120)
    if res.returncode != 0 or not out.exists():
        raise RuntimeError(f"chromium failed for {out.name}: {res.stderr[-800:]}")


def chromium_exe() -> str | None:
    for name in ("chromium", "chromium-browser", "google-chrome", "google-chrome-stable"):
        p = shutil.which(name)
        if p:
            return p
    return None


# ---------------------------------------------------------------------------
# python-docx + LibreOffice
def build_docx(doc: Doc, layout: str, style: dict[str, Any], path: Path) -> None:
    import docx
    from docx.enum.section import WD_SECTION
    from docx.enum.table import WD_TABLE_ALIGNMENT
    from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_BREAK, WD_TAB_ALIGNMENT
    from docx.oxml import OxmlElement
    from docx.oxml.ns import qn
    from docx.shared import Mm, Pt, RGBColor

    d = docx.Document()
    family = FAMILY.get(style["font"], "Liberation Sans")
    size = style["size"]
    normal = d.styles["Normal"]
    normal.font.name = family
    normal.font.size = Pt(size)
    normal.element.rPr.rFonts.set(qn("w:eastAsia"), family)
    normal.paragraph_format.space_after = Pt(2)
    sec0 = d.sections[0]
    sec0.page_width, sec0.page_height = Mm(210), Mm(297)
    for margin_attr in ("left_margin", "right_margin"):
        setattr(sec0, margin_attr, Mm(17))
    sec0.top_margin = sec0.bottom_margin = Mm(15)
    core = d.core_properties
    core.title = f"Resume - {doc.name}"
    core.author = doc.name
    core.created = core.modified = FIXED_DATE.replace(tzinfo=None)
    core.last_modified_by = doc.name
    blue = RGBColor(0x1A, 0x38, 0x70)
    justify = style["justify"]
    text_width_mm = 210 - 34

    def add_runs(par, text: str, prep: bool = True, bold: bool = False) -> None:
        for seg, is_bold in bold_segments(text):
            if prep and style["hyphenate"]:
                seg = hyphenate(seg)
            for i, piece in enumerate(seg.split("\n")):
                if i:
                    par.add_run().add_break()
                r = par.add_run(piece)
                r.bold = bold or is_bold

    def heading(title: str) -> None:
        p = d.add_paragraph()
        p.paragraph_format.space_before = Pt(9)
        p.paragraph_format.space_after = Pt(3)
        p.paragraph_format.keep_with_next = True
        hs = style["heading"]
        r = p.add_run(title if hs in ("plain", "smallcaps") else title.upper())
        r.bold = True
        r.font.size = Pt(size + 2)
        r.font.color.rgb = blue
        if hs == "smallcaps":
            r.font.small_caps = True
            r.font.size = Pt(size + 3)
        if hs == "spaced":
            sp = OxmlElement("w:spacing")
            sp.set(qn("w:val"), "60")  # twentieths of a point: 3 pt letter spacing
            r._r.get_or_add_rPr().append(sp)
        if hs in ("rule", "upper"):
            pPr = p._p.get_or_add_pPr()
            bdr = OxmlElement("w:pBdr")
            bottom = OxmlElement("w:bottom")
            for k, v in (("w:val", "single"), ("w:sz", "6"), ("w:space", "1"), ("w:color", "1A3870")):
                bottom.set(qn(k), v)
            bdr.append(bottom)
            pPr.append(bdr)

    def body_par():
        p = d.add_paragraph()
        if justify:
            p.alignment = WD_ALIGN_PARAGRAPH.JUSTIFY
        return p

    def section(sec: Section, col_mm: float, narrow: bool) -> None:
        heading(sec.title)
        for b in sec.blocks:
            if b.kind == "para":
                add_runs(body_par(), b.text)
            elif b.kind == "job":
                left, rgt = split_job(b.text)
                p = d.add_paragraph()
                p.paragraph_format.space_before = Pt(5)
                p.paragraph_format.keep_with_next = True
                add_runs(p, left, prep=False, bold=True)
                if rgt:
                    if narrow:
                        p.add_run().add_break()
                    else:
                        p.paragraph_format.tab_stops.add_tab_stop(Mm(col_mm), WD_TAB_ALIGNMENT.RIGHT)
                        p.add_run("\t")
                    p.add_run(rgt)
            elif b.kind == "bullets":
                for item in b.items:
                    if style["bullet"] == "list":
                        p = d.add_paragraph(style="List Bullet")
                        if justify:
                            p.alignment = WD_ALIGN_PARAGRAPH.JUSTIFY
                    else:
                        p = body_par()
                        p.paragraph_format.left_indent = Mm(5)
                        p.paragraph_format.first_line_indent = Mm(-4)
                        p.paragraph_format.tab_stops.add_tab_stop(Mm(5))
                        p.add_run(style["bullet"] + "\t")
                    p.paragraph_format.space_after = Pt(1.5)
                    add_runs(p, item)
            elif b.kind == "table":
                ncol = max(len(r) for r in b.rows)
                rows = [r + [""] * (ncol - len(r)) for r in b.rows]
                t = d.add_table(rows=len(rows), cols=ncol)
                t.style = "Table Grid"
                t.alignment = WD_TABLE_ALIGNMENT.LEFT
                t.autofit = False
                rel = col_widths(rows)
                tot = sum(rel)
                for ci in range(ncol):
                    t.columns[ci].width = Mm(col_mm * rel[ci] / tot)  # w:gridCol
                    for cell in t.columns[ci].cells:
                        cell.width = Mm(col_mm * rel[ci] / tot)
                for ri, r in enumerate(rows):
                    for ci, c in enumerate(r):
                        cell = t.cell(ri, ci)
                        p = cell.paragraphs[0]
                        add_runs(p, c, bold=(ri == 0))
                        for run in p.runs:
                            run.font.size = Pt(size - 0.5)
                d.add_paragraph().paragraph_format.space_after = Pt(2)

    # header
    p = d.add_paragraph()
    r = p.add_run(doc.name)
    r.bold = True
    r.font.size = Pt(size + 11)
    for i, line in enumerate(doc.header):
        p = d.add_paragraph()
        p.paragraph_format.space_after = Pt(1)
        add_runs(p, line, prep=False, bold=(i == 0))

    if layout != "two-column":
        for sec in doc.sections:
            section(sec, text_width_mm, False)
    else:
        side, main = doc.split(style)
        new = d.add_section(WD_SECTION.CONTINUOUS)
        side_mm, gap_mm = 55, 8
        main_mm = text_width_mm - side_mm - gap_mm
        cols = new._sectPr.xpath("./w:cols")
        cols = cols[0] if cols else OxmlElement("w:cols")
        if cols.getparent() is None:
            new._sectPr.append(cols)
        cols.set(qn("w:num"), "2")
        cols.set(qn("w:equalWidth"), "0")
        cols.set(qn("w:sep"), "1")
        for w in (side_mm, main_mm):
            c = OxmlElement("w:col")
            c.set(qn("w:w"), str(int(w * 56.7)))
            if w == side_mm:
                c.set(qn("w:space"), str(int(gap_mm * 56.7)))
            cols.append(c)
        for sec in side:
            section(sec, side_mm, True)
        d.paragraphs[-1].add_run().add_break(WD_BREAK.COLUMN)
        for sec in main:
            section(sec, main_mm, False)
    d.save(str(path))


def soffice_exe() -> str | None:
    return shutil.which("soffice") or shutil.which("libreoffice")


def convert_with_soffice(docx_files: list[Path], outdir: Path, tmp: Path) -> None:
    exe = soffice_exe()
    if exe is None:
        raise RuntimeError("soffice (LibreOffice) is not on PATH")
    profile = Path(tempfile.mkdtemp(prefix="lo-profile-", dir=tmp))
    cmd = [
        exe,
        f"-env:UserInstallation={profile.as_uri()}",
        "--headless",
        "--norestore",
        "--convert-to",
        "pdf:writer_pdf_Export",
        "--outdir",
        str(outdir),
    ] + [str(p) for p in docx_files]
    res = subprocess.run(cmd, capture_output=True, text=True, timeout=600)
    missing = [p.name for p in docx_files if not (outdir / (p.stem + ".pdf")).exists()]
    if res.returncode != 0 or missing:
        raise RuntimeError(f"soffice failed ({res.returncode}) for {missing}: {res.stderr[-800:]}")


# ---------------------------------------------------------------------------
# LaTeX
TEX_ESCAPE = {
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
    "\u2013": "--",
    "\u2014": "---",
    "\u2018": "`",
    "\u2019": "'",
    "\u201c": "``",
    "\u201d": "''",
    "\u2022": r"\textbullet{}",
    "\u2192": r"$\rightarrow$",
    "\u2248": r"$\approx$",
    "\u00d7": r"$\times$",
    "\u2264": r"$\leq$",
    "\u2265": r"$\geq$",
    "\u00a0": "~",
    "\u2009": r"\,",
    "\u2026": r"\ldots{}",
    "<": r"\textless{}",
    ">": r"\textgreater{}",
    "|": r"\textbar{}",
}


def tex(text: str) -> str:
    out = []
    for seg, is_bold in bold_segments(text):
        s = "".join(TEX_ESCAPE.get(ch, ch) for ch in seg).replace("\n", "\\newline ")
        # keep a literal hyphen-minus pair from turning into an en dash ligature
        s = s.replace("--", "-{}-") if "--" in seg else s
        out.append(r"\textbf{" + s + "}" if is_bold else s)
    return "".join(out)


TEX_FONTS = {
    "lmodern": r"\usepackage{lmodern}",
    "times": r"\usepackage{mathptmx}",
    "helvet": r"\usepackage[scaled=0.92]{helvet}\renewcommand{\familydefault}{\sfdefault}",
    "charter": r"\usepackage{charter}",
}


def render_latex_source(doc: Doc, layout: str, style: dict[str, Any]) -> str:
    size = style["size"]
    pt = "12pt" if size >= 11.5 else "11pt" if size >= 10.5 else "10pt"
    font = TEX_FONTS.get(style["font"], TEX_FONTS["lmodern"])
    cmap = "" if style["ligatures"] else r"\usepackage{cmap}"
    hs = style["heading"]
    if hs == "smallcaps":
        sec_cmd = r"\newcommand{\cvsection}[1]{\par\medskip{\large\scshape #1}\par\vspace{1pt}\hrule\smallskip}"
    elif hs == "spaced":
        sec_cmd = r"\newcommand{\cvsection}[1]{\par\medskip{\bfseries\spacedcaps{#1}}\par\smallskip}"
    elif hs == "plain":
        sec_cmd = r"\newcommand{\cvsection}[1]{\par\medskip{\large\bfseries #1}\par\smallskip}"
    else:
        sec_cmd = r"\newcommand{\cvsection}[1]{\par\medskip{\large\bfseries\MakeUppercase{#1}}\par\vspace{1pt}\hrule\smallskip}"
    bullet = style["bullet"] if style["bullet"] not in ("list", "-") else r"\textbullet"
    just = "" if style["justify"] else r"\raggedright"
    hyperref = (
        rf"\usepackage[hidelinks,pdftitle={{Resume - {tex(doc.name)}}},pdfauthor={{{tex(doc.name)}}},"
        r"pdfcreator={gapcheck tests/eval/make_eval_set.py (pdflatex)}]{hyperref}"
    )
    pre = rf"""\documentclass[{pt},a4paper]{{article}}
\pdfinfoomitdate=1
\pdftrailerid{{}}
\pdfsuppressptexinfo=-1
\usepackage[T1]{{fontenc}}
\usepackage[utf8]{{inputenc}}
{cmap}
{font}
\usepackage[margin=16mm]{{geometry}}
\usepackage{{tabularx,array,xcolor}}
{hyperref}
\pagestyle{{empty}}
\setlength{{\parindent}}{{0pt}}
\setlength{{\parskip}}{{3pt}}
\newcommand{{\spacedcaps}}[1]{{\MakeUppercase{{#1}}}}
{sec_cmd}
\newenvironment{{cvitems}}{{\begin{{list}}{{{bullet}}}{{\setlength{{\leftmargin}}{{1.2em}}\setlength{{\itemsep}}{{1pt}}\setlength{{\parsep}}{{0pt}}\setlength{{\topsep}}{{2pt}}}}}}{{\end{{list}}}}
\begin{{document}}
"""

    def title(t: str) -> str:
        if hs == "spaced":  # letter-spaced: glyphs set apart with kerns, as a designer would
            return r"\cvsection{" + r"\kern0.28em ".join(tex(ch) if ch != " " else r"\quad" for ch in t.upper()) + "}"
        return r"\cvsection{" + tex(t) + "}"

    def section(sec: Section, narrow: bool, width: str) -> str:
        parts = [title(sec.title)]
        for b in sec.blocks:
            if b.kind == "para":
                parts.append(just + " " + tex(b.text) + r"\par")
            elif b.kind == "job":
                left, rgt = split_job(b.text)
                if rgt and not narrow:
                    parts.append(r"\smallskip\textbf{" + tex(left) + r"}\hfill " + tex(rgt) + r"\par")
                else:
                    parts.append(r"\smallskip\textbf{" + tex(left) + r"}\par" + (tex(rgt) + r"\par" if rgt else ""))
            elif b.kind == "bullets":
                parts.append(r"\begin{cvitems}" + just)
                parts += [r"\item " + tex(i) for i in b.items]
                parts.append(r"\end{cvitems}")
            elif b.kind == "table":
                ncol = max(len(r) for r in b.rows)
                rows = [r + [""] * (ncol - len(r)) for r in b.rows]
                rel = col_widths(rows)
                tot = sum(rel)
                spec = (
                    "|"
                    + "|".join(
                        rf">{{\raggedright\arraybackslash}}p{{\dimexpr {rel[i] / tot:.3f}{width}-2\tabcolsep-1.2pt\relax}}"
                        for i in range(ncol)
                    )
                    + "|"
                )
                lines = [r"{\small\begin{tabular}{" + spec + r"}\hline"]
                for ri, r in enumerate(rows):
                    cells = [(r"\textbf{" + tex(c) + "}") if ri == 0 else tex(c) for c in r]
                    lines.append(" & ".join(cells) + r" \\\hline")
                lines.append(r"\end{tabular}}\par\smallskip")
                parts.append("\n".join(lines))
        return "\n".join(parts) + "\n"

    head = [r"{\LARGE\bfseries " + tex(doc.name) + r"}\par\smallskip"]
    for i, line in enumerate(doc.header):
        head.append((r"\textbf{" + tex(line) + "}" if i == 0 else r"{\small " + tex(line) + "}") + r"\par")
    head.append(r"\medskip")
    if layout == "two-column":
        side, main = doc.split(style)
        body = (
            r"\noindent\begin{minipage}[t]{0.29\textwidth}\vspace{0pt}\raggedright"
            + "\n"
            + "".join(section(s, True, r"\linewidth") for s in side)
            + r"\end{minipage}\hfill\vrule\hfill"
            + r"\begin{minipage}[t]{0.66\textwidth}\vspace{0pt}"
            + "\n"
            + "".join(section(s, False, r"\linewidth") for s in main)
            + r"\end{minipage}"
            + "\n"
        )
    else:
        body = "".join(section(s, False, r"\linewidth") for s in doc.sections)
    return pre + "\n".join(head) + "\n" + body + r"\end{document}" + "\n"


def render_pdflatex(doc: Doc, layout: str, style: dict[str, Any], out: Path, tmp: Path) -> None:
    work = Path(tempfile.mkdtemp(prefix="tex-", dir=tmp))
    src = work / f"{out.stem}.tex"
    src.write_text(render_latex_source(doc, layout, style), encoding="utf-8")
    env = dict(os.environ, SOURCE_DATE_EPOCH=str(int(FIXED_DATE.timestamp())), FORCE_SOURCE_DATE="1")
    res = subprocess.run(
        ["pdflatex", "-interaction=nonstopmode", "-halt-on-error", src.name], cwd=work, capture_output=True, text=True, timeout=120, env=env
    )
    pdf = work / f"{out.stem}.pdf"
    if res.returncode != 0 or not pdf.exists():
        raise RuntimeError(f"pdflatex failed for {out.name}:\n{res.stdout[-1500:]}")
    if "Overfull \\vbox" in res.stdout:
        print(f"  warning: {out.name}: overfull vbox (content taller than the page)")
    shutil.copyfile(pdf, out)


# ---------------------------------------------------------------------------
PRODUCERS = {
    "fpdf2": ("fpdf", None),
    "reportlab": ("reportlab", None),
    "chromium": (None, chromium_exe),
    "libreoffice": ("docx", soffice_exe),
    "pdflatex": (None, lambda: shutil.which("pdflatex")),
}


def producer_available(name: str) -> tuple[bool, str]:
    module, exe = PRODUCERS[name]
    if module:
        try:
            __import__(module)
        except ImportError:
            return False, f"Python package '{module}' is not installed"
    if exe and not exe():
        return False, "its program is not on PATH"
    return True, ""


def load_entries() -> list[dict[str, Any]]:
    with LABELS.open("rb") as fh:
        data = tomllib.load(fh)
    return data["resume"]


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("names", nargs="*", help="render only these entries")
    ap.add_argument("--check", action="store_true", help="print a pdfminer summary per file afterwards")
    args = ap.parse_args(argv)

    entries = load_entries()
    if args.names:
        entries = [e for e in entries if e["name"] in set(args.names)]
    PDF_DIR.mkdir(exist_ok=True)
    available = {p: producer_available(p) for p in PRODUCERS}
    for p, (ok, why) in available.items():
        if not ok and any(e["producer"] == p for e in entries):
            print(f"SKIP producer {p}: {why}; its PDFs are left as they are")

    t0 = time.time()
    failures = 0
    rendered = 0
    with tempfile.TemporaryDirectory(prefix="gapcheck-eval-") as tmpdir:
        tmp = Path(tmpdir)
        docx_batch: list[tuple[dict[str, Any], Path]] = []
        for e in entries:
            prod, layout, name = e["producer"], e["layout"], e["name"]
            if not available[prod][0]:
                continue
            doc = parse_source(SOURCES / f"{name}.md")
            style = style_for(name)
            out = HERE / e["file"]
            try:
                if prod == "fpdf2":
                    render_fpdf2(doc, layout, style, out, tmp)
                elif prod == "reportlab":
                    render_reportlab(doc, layout, style, out, tmp)
                elif prod == "chromium":
                    render_chromium(doc, layout, style, out, tmp)
                elif prod == "pdflatex":
                    render_pdflatex(doc, layout, style, out, tmp)
                elif prod == "libreoffice":
                    path = tmp / f"{name}.docx"
                    build_docx(doc, layout, style, path)
                    docx_batch.append((e, path))
                    continue
                rendered += 1
                print(f"  {name:<22} {prod:<12} {layout}")
            except Exception as exc:  # keep going, report at the end
                failures += 1
                print(f"FAILED {name}: {exc}")
        if docx_batch:
            lo_out = tmp / "lo-out"
            lo_out.mkdir()
            try:
                convert_with_soffice([p for _, p in docx_batch], lo_out, tmp)
                for e, docx_path in docx_batch:
                    shutil.move(str(lo_out / f"{docx_path.stem}.pdf"), HERE / e["file"])
                    rendered += 1
                    print(f"  {e['name']:<22} libreoffice  {e['layout']}")
            except Exception as exc:
                failures += 1
                print(f"FAILED libreoffice batch: {exc}")
    skipped = sum(1 for e in entries if not available[e["producer"]][0])
    print(f"rendered {rendered} of {len(entries)} entries in {time.time() - t0:.1f} s, {skipped} skipped, {failures} failure(s)")
    if args.check:
        check(entries)
    return 1 if failures else 0


def check(entries: list[dict[str, Any]]) -> None:
    from pdfminer.high_level import extract_pages, extract_text

    total = 0
    for e in entries:
        path = HERE / e["file"]
        if not path.exists():
            print(f"MISSING {e['file']}")
            continue
        pages = sum(1 for _ in extract_pages(str(path)))
        chars = len(extract_text(str(path)))
        total += path.stat().st_size
        print(f"{e['name']:<22} {e['producer']:<12} {e['layout']:<11} pages={pages} chars={chars}")
    print(f"total size {total / 1e6:.2f} MB")


if __name__ == "__main__":
    sys.exit(main())
