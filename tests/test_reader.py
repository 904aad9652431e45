"""Reading PDFs and text into normalized lines that keep their page and line."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest

from gapcheck import read_document
from gapcheck.normalize import clean_line, join_hyphenated
from gapcheck.textfile import document_from_text


def test_clean_line_normalizes_what_pdfs_produce() -> None:
    assert clean_line("\ufb01ne-tuned models") == "fine-tuned models"
    assert clean_line("S K I L L S") == "SKILLS"
    assert clean_line("W O R K  E X P E R I E N C E") == "WORK EXPERIENCE"
    assert clean_line("\u2022 Built RAG \u00a0 pipelines") == "Built RAG pipelines"
    assert clean_line("(cid:127) Python (cid:127) SQL") == "Python | SQL"
    assert clean_line("Py\u00adTorch\x00 and \u200bK8s") == "PyTorch and K8s"
    assert clean_line("Python \u2022 SQL") == "Python | SQL"


def test_hyphenated_words_are_joined_and_keep_line_count() -> None:
    joined = join_hyphenated(["worked on distri-", "buted systems and fine-", "tuning of models"])
    assert joined == ["worked on distributed", "systems and fine-tuning", "of models"]


def test_pdf_lines_keep_page_and_line(make_pdf: Callable[..., Path]) -> None:
    path = make_pdf(["Jane Doe", "S K I L L S", "Python, Docker", "Experience", "Built distri-", "buted training"])
    doc = read_document(path)
    texts = [line.text for line in doc.lines]
    assert "SKILLS" in texts
    assert "Built distributed" in texts
    assert all(line.page == 1 for line in doc.lines)
    assert [line.number for line in doc.lines] == list(range(1, len(doc.lines) + 1))


def test_ligatures_in_pdf_become_plain_letters(make_pdf: Callable[..., Path]) -> None:
    path = make_pdf(["Pro\ufb01cient in \ufb01ne-tuning work\ufb02ows"], unicode_font=True)
    text = read_document(path).text
    assert "Proficient in fine-tuning workflows" in text


def test_two_columns_do_not_merge(make_pdf: Callable[..., Path]) -> None:
    left = ["Experience", "Led the analytics team", "Built churn models", "Reported to the board", "Hired staff"]
    right = ["Skills", "Machine", "Learning", "Docker", "Kubernetes"]
    placed = [(15, 30 + 8 * i, t) for i, t in enumerate(left)] + [(140, 30 + 8 * i, t) for i, t in enumerate(right)]
    doc = read_document(make_pdf(placed=placed))
    for line in doc.lines:
        assert not (
            any(w in line.text for w in ("team", "churn", "board")) and any(w in line.text for w in ("Docker", "Kubernetes", "Machine"))
        )
    texts = [line.text for line in doc.lines]
    # the sidebar is read as one column, after the main column
    assert texts.index("Skills") < texts.index("Docker") < texts.index("Kubernetes")
    assert texts.index("Hired staff") < texts.index("Skills") or texts.index("Kubernetes") < texts.index("Experience")


def test_text_and_markdown_files(tmp_path: Path) -> None:
    md = tmp_path / "cv.md"
    md.write_text("# Jane\n\n## Skills\n- **Python**, SQL\n", encoding="utf-8")
    doc = read_document(md)
    assert [line.text for line in doc.lines] == ["Jane", "Skills", "Python, SQL"]
    txt = tmp_path / "cv.txt"
    txt.write_bytes("Caf\xe9 owner; Python".encode("cp1252"))
    assert read_document(txt).lines[0].text == "Café owner; Python"
    utf16 = tmp_path / "u16.txt"
    utf16.write_text("Kubernetes expert", encoding="utf-16")
    assert read_document(utf16).lines[0].text == "Kubernetes expert"


def test_what_the_reader_process_sends_back_is_what_it_read() -> None:
    # the isolated reader hands its lines back pickled in a compact form; nothing may change on the way
    import pickle

    from gapcheck.engines import RawBox, RawDocument, RawLine, RawPage

    scanned = RawLine("Built RAG pipelines", 72.0, 100.5, 300.25, 112.0, 0.875)
    typed = RawLine("Python, Docker", 72.0, 120.0, 180.0, 131.0)
    raw = RawDocument(
        pages=(
            RawPage(1, 612.0, 792.0, (RawBox((scanned,)), RawBox((typed, typed)))),
            RawPage(2, 595.0, 842.0, (), ocr=True),
        ),
        warnings=("page 2 was scanned",),
    )
    back = pickle.loads(pickle.dumps(raw))
    assert back == raw
    assert back.pages[0].boxes[0].lines[0].confidence == 0.875
    assert back.pages[0].boxes[1].lines[0].confidence is None
    assert back.pages[1].ocr and back.warnings == ("page 2 was scanned",)
    assert type(back.pages[0].boxes[0].lines[0]) is RawLine


def test_text_drawn_twice_for_a_bold_look_is_read_once(make_pdf: Callable[..., Path]) -> None:
    """Some producers fake bold by drawing a word again a fraction of a point to the right."""
    placed = [
        (20, 30, "EDUCATION"),
        (20.15, 30, "EDUCATION"),
        (20, 38, "Florida International University, Miami, FL"),
        (20.15, 38, "Florida International University, Miami, FL"),
        (20, 46, "BSc Statistics"),
    ]
    document = read_document(make_pdf(placed=placed))
    assert [line.text for line in document.lines] == ["EDUCATION", "Florida International University, Miami, FL", "BSc Statistics"]
    assert [s.kind for s in document.sections] == ["education"]


def test_ligatures_a_font_lost_are_put_back() -> None:
    # pdfminer gives NUL for a ligature glyph its font maps to no character
    assert clean_line("Objec\x00ve: a So\x00ware Engineer") == "Objective: a Software Engineer"
    assert clean_line("wri\x00en highly op\x00mized queries") == "written highly optimized queries"
    assert clean_line("Par\x00cipa\x00ng in scrum mee\x00ngs and client communica\x00on") == (
        "Participating in scrum meetings and client communication"
    )
    assert clean_line("EDUCA\x00ON") == "EDUCATION"
    # no known word: the gap closes as before; a lost glyph before a capital is an icon
    assert clean_line("Fortuneso\x00 IT") == "Fortuneso IT"
    assert clean_line("\x00Python, SQL") == "Python, SQL"


def test_ligatures_pdfminer_names_by_number_are_put_back() -> None:
    # Word's Calibri "ti" / "ft" ligatures come out of pdfminer as "(cid:415)", "(cid:332)"
    assert clean_line("Facilitated cross-func(cid:415)onal communica(cid:415)on, resolu(cid:415)on (cid:415)me") == (
        "Facilitated cross-functional communication, resolution time"
    )
    assert clean_line("So(cid:332)ware Developer | classi(cid:215)cation") == "Software Developer | classification"
    # an unnamed glyph that makes no word is an icon or a separator, as before
    assert clean_line("Python(cid:127)SQL") == "Python | SQL"
    assert clean_line("chain(cid:49)of(cid:49)thoughts") == "chain | of | thoughts"
    assert clean_line("(cid:136) Designed the API") == "Designed the API"


def test_a_heading_with_a_lost_ligature_opens_its_section() -> None:
    doc = document_from_text("Experience\nSoftware Engineer, Acme 2020 - 2022\nEduca\x00on\nB.Sc. 2016 - 2019\n")
    assert doc.section_kinds() == ["experience", "experience", "education", "education"]


def test_accents_old_latex_fonts_draw_before_their_letter_join_it() -> None:
    # a LaTeX font in the 7-bit encoding prints "é" as "´" then "e"; NFKC alone would leave a space and a combining mark
    assert clean_line("Universit´e de Montr´eal") == "Université de Montréal"
    assert clean_line("Carri`ere, Fran¸cais, S˜ao Paulo") == "Carrière, Français, São Paulo"
    doc = document_from_text("´ETUDES\nUniversit´e de Montr´eal\nJanuary 2023 - May 2024\n")
    assert [s.kind for s in doc.sections] == ["education"]
    # an acute used as an apostrophe and Markdown's backticks stay what they were
    assert "ś" not in clean_line("Master´s degree")
    assert clean_line("ran `python` scripts") == "ran `python` scripts"


def test_ligatures_a_font_maps_to_a_wrong_character_are_put_back_where_they_make_a_word() -> None:
    # `c150_un_01` (Word for Mac): the "ti" ligature comes out as "V" or "," ("creaVng", "Applica,on", ",ll")
    assert clean_line("Providing support for creaVng insights") == "Providing support for creating insights"
    assert clean_line("Technical Applica,on Support Associate") == "Technical Application Support Associate"
    assert clean_line("16-NOV-2022 ,ll 27-JUN-2024") == "16-NOV-2022 till 27-JUN-2024"
    # `c310_ai_02` (Apple Pages, no marked text): "+", "=", "?", "&" or "N" for the same glyph
    assert clean_line("clothing compa+bility modeled by percep+on") == "clothing compatibility modeled by perception"
    assert clean_line("Senior Data ScienNst, staNsNcal analyses") == "Senior Data Scientist, statistical analyses"
    assert clean_line("Applica=ons at the Ins?tute, Applica&on") == "Applications at the Institute, Application"
    assert clean_line("a@example.com, C++, x=y, a+b, R&D, iNaturalist") == "a@example.com, C++, x=y, a+b, R&D, iNaturalist"
    # words a comma only runs together, and capitals inside names, stay as they are
    assert clean_line("pandas,numpy,sql and Python,SQL") == "pandas,numpy,sql and Python,SQL"
    assert clean_line("setValue and iVersion") == "setValue and iVersion"
    assert clean_line("Dr. Van Tharp framework; Git, Vim, and OpenSSL") == "Dr. Van Tharp framework; Git, Vim, and OpenSSL"


def test_a_ligature_read_as_its_marked_actual_text(tmp_path: Path) -> None:
    """`c296_ds_01` (Apple Pages): the "ti" ligature's glyph maps to no letter, and pdfminer read "Senior Data ScienNst",
    "staNsNcal analyses"; each glyph sits in a span whose /ActualText says "ti", as PDFium and screen readers read it."""
    from tests.fixtures.pdfs import raw_pdf

    def ti(glyph: bytes) -> bytes:
        return b"/Span << /ActualText (ti) >> BDC (" + glyph + b") Tj EMC "

    content = (
        b"BT /F1 12 Tf 72 700 Td (Senior Data Scien) Tj " + ti(b"N") + b"(st) Tj ET\n"
        b"BT /F1 12 Tf 72 680 Td (Led sta) Tj " + ti(b"N") + b"(s) Tj " + ti(b"N") + b"(cal analyses of sales) Tj ET\n"
        # an icon's name (a map pin said "place") and a soft hyphen for a line-end hyphen are not read in
        b"BT /F1 12 Tf 72 660 Td /Span << /ActualText (place) >> BDC (x) Tj EMC ( Berkeley, CA) Tj ET\n"
        b"BT /F1 12 Tf 72 640 Td (Built pipelines for the data plat) Tj /Span << /ActualText <FEFF00AD> >> BDC (-) Tj EMC ET\n"
    )
    document = read_document(raw_pdf(tmp_path / "pages.pdf", content))
    assert [line.text for line in document.lines][:3] == [
        "Senior Data Scientist",
        "Led statistical analyses of sales",
        "x Berkeley, CA",
    ]
    assert document.lines[3].text.endswith("plat-")


def _barista_page(last_line: str, engine: str) -> Any:
    """An A4 FPDF page of a barista's resume in 11-point Helvetica, its last line ``last_line`` (the engine is skipped
    when it is not installed)."""
    if engine == "pdfium":
        pytest.importorskip("pypdfium2")
    from fpdf import FPDF

    pdf = FPDF(format="A4")
    pdf.add_page()
    pdf.set_font("Helvetica", size=11)
    for line in ("Jane Roe", "Experience", "Barista, Blue Cafe   Jan 2020 - Present", last_line):
        pdf.cell(0, 6, line, new_x="LMARGIN", new_y="NEXT")
    return pdf


def _skills_and_warnings(pdf: Any, path: Path, engine: str) -> tuple[set[str], tuple[str, ...]]:
    """The skills found in ``pdf`` saved at ``path`` and read with ``engine``, and the report's warnings."""
    from gapcheck import Analyzer

    pdf.output(str(path))
    report = Analyzer(engine=engine).analyze(path)
    return set(report.found_ids), report.warnings


@pytest.mark.parametrize("engine", ["pdfminer", "pdfium"])
def test_keywords_hidden_in_text_too_small_to_read_count_for_nothing(tmp_path: Path, engine: str) -> None:
    """`c289_sw_02` carried a block of white 2-point keywords under its resume, and other Typst CVs a keyword line for
    screening software: a reader sees none of it, so it shows no skill (the report says what was left out)."""
    pdf = _barista_page("Served coffee and ran the till.", engine)
    pdf.set_font("Helvetica", size=2)
    pdf.set_text_color(255, 255, 255)
    pdf.cell(0, 2, "Python PyTorch Kubernetes Docker machine learning SQL Tableau", new_x="LMARGIN", new_y="NEXT")
    pdf.set_font("Helvetica", size=6)
    pdf.set_text_color(0, 0, 0)
    pdf.cell(0, 4, "Tools: Python", new_x="LMARGIN", new_y="NEXT")  # small print is still print
    found, warnings = _skills_and_warnings(pdf, tmp_path / "hidden.pdf", engine)
    assert found == {"python"}
    assert any("too small to read" in warning for warning in warnings)


@pytest.mark.parametrize("engine", ["pdfminer", "pdfium"])
def test_text_drawn_off_the_page_shows_no_skill(tmp_path: Path, engine: str) -> None:
    """Written slice `w59_ai_01`: a script drew the jobs' bullets beyond the A4 page's right edge, where no reader sees
    them; like text too small to read, they count for nothing and the report says so."""
    pdf = _barista_page("Tools: Python", engine)
    pdf.text(400, 60, "PyTorch Kubernetes Docker Tableau")  # 400 mm from the left: past the 210 mm page
    found, warnings = _skills_and_warnings(pdf, tmp_path / "off_page.pdf", engine)
    assert found == {"python"}
    assert any("off the page" in warning for warning in warnings)


def test_a_line_drawn_right_to_left_in_pieces_is_read_as_one_line(tmp_path: Path) -> None:
    # `c432_un_02` (Google Docs): "Summer 2019 – Present" drawn as "Present", "–", "Summer 2019", which pdfminer read
    # as three lines, the open end first; the job lost its open end (Jun 2019 – Aug 2019)
    from fpdf import FPDF

    pdf = FPDF(format="A4")
    pdf.add_page()
    pdf.set_font("Helvetica", size=11)
    pdf.text(20, 20, "EXPERIENCE")
    pdf.text(20, 30, "Founder and Developer - ERK LABS LLC")
    pieces = ["Summer 2019 ", "- ", "Present"]
    x = [20.0]
    for piece in pieces[:-1]:
        x.append(x[-1] + pdf.get_string_width(piece))
    for left, piece in reversed(list(zip(x, pieces, strict=True))):
        pdf.text(left, 36, piece)
    pdf.text(20, 42, "Built an inventory system with Python and Flask.")
    path = tmp_path / "resume.pdf"
    pdf.output(str(path))
    document = read_document(path)
    assert "Summer 2019 - Present" in [line.text for line in document.lines]
    assert [(p.start, p.current) for p in document.positions] == [("2019-06", True)]


def test_a_dingbats_bullet_is_a_bullet_not_the_letter_it_is_coded_as(tmp_path: Path) -> None:
    """Written slices w1, w10, w20: reportlab's ZapfDingbats square bullet comes out of pdfminer as the letter "n" ("n
    Engineered ... features"); it is a bullet, and the line's text starts with its first word."""
    from fpdf import FPDF

    pdf = FPDF(format="A4")
    pdf.add_page()
    for y, text in ((20, "Projects"), (28, "Churn model, Acme (Jul - Nov 2023)")):
        pdf.set_font("Helvetica", size=11)
        pdf.text(20, y, text)
    pdf.set_font("ZapfDingbats", size=8)
    pdf.text(22, 36, "n")
    pdf.set_font("Helvetica", size=11)
    pdf.text(27, 36, "Engineered usage-trend features from 5 years of records")
    path = tmp_path / "dingbats.pdf"
    pdf.output(str(path))
    lines = [line for line in read_document(path).lines if "Engineered" in line.text]
    assert [(line.text, line.bullet) for line in lines] == [("Engineered usage-trend features from 5 years of records", True)]
