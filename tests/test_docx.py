"""Hostile .docx files (issue 14.1): each ends quickly with text or one typed error naming the file."""

from __future__ import annotations

import random
import struct
import time
import zipfile
from pathlib import Path

import pytest

from gapcheck import errors
from gapcheck.docx import docx_text

W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"


def _para(text: str) -> str:
    return f'<w:p><w:r><w:t xml:space="preserve">{text}</w:t></w:r></w:p>'


def _document(body: str) -> str:
    return f'<?xml version="1.0" encoding="UTF-8"?><w:document xmlns:w="{W}"><w:body>{body}</w:body></w:document>'


def _write(path: Path, document: bytes | str, *, deflate: bool = True) -> Path:
    with zipfile.ZipFile(path, "w", compression=zipfile.ZIP_DEFLATED if deflate else zipfile.ZIP_STORED) as archive:
        archive.writestr("[Content_Types].xml", "<Types/>")
        archive.writestr("word/document.xml", document)
    return path


def _nested_tables(depth: int, text: str = "Python") -> str:
    return "<w:tbl><w:tr><w:tc>" * depth + _para(text) + "</w:tc></w:tr></w:tbl>" * depth


def test_paragraphs_and_cells_are_read_once_in_order(tmp_path: Path) -> None:
    body = (
        _para("Jane Doe")
        + "<w:tbl><w:tr><w:tc>"
        + _para("Skills")
        + _nested_tables(2, "Docker")
        + "</w:tc><w:tc>"
        + '<w:p><w:pPr><w:tabs><w:tab w:val="left"/></w:tabs></w:pPr><w:r><w:t>SQL</w:t><w:tab/><w:t>dbt</w:t><w:br/>'
        "<w:t>Airflow</w:t></w:r></w:p></w:tc></w:tr></w:tbl>" + _para("After")
    )
    text = docx_text(_write(tmp_path / "cv.docx", _document(body)))
    lines = [line for line in text.split("\n") if line]
    assert lines == ["Jane Doe", "Skills", "Docker", "SQL dbt", "Airflow", "After"]


def test_ten_thousand_nested_tables_end_fast(tmp_path: Path) -> None:
    path = _write(tmp_path / "nested.docx", _document(_nested_tables(10_000)))
    assert path.stat().st_size < 5_000
    started = time.perf_counter()
    with pytest.raises(errors.InputTooLarge, match="nested") as caught:
        docx_text(path)
    assert time.perf_counter() - started < 10
    assert str(path) in str(caught.value)


def test_nesting_within_the_cap_is_read_once(tmp_path: Path) -> None:
    text = docx_text(_write(tmp_path / "nested.docx", _document(_nested_tables(20, "Kubernetes"))))
    assert text.count("Kubernetes") == 1


def test_text_is_capped(tmp_path: Path) -> None:
    body = _para("x" * 1000) * 2500  # 2.5 M characters from a small compressed part
    path = _write(tmp_path / "long.docx", _document(body))
    with pytest.raises(errors.InputTooLarge, match="characters"):
        docx_text(path)


def _corrupt_deflate(tmp_path: Path) -> Path:
    path = _write(tmp_path / "deflate.docx", _document(_para("Python " * 200)))
    data = bytearray(path.read_bytes())
    info = zipfile.ZipFile(path).getinfo("word/document.xml")
    start = info.header_offset + 30 + len(info.filename.encode()) + len(info.extra)
    for i in range(start + 5, start + 40):  # scramble the compressed stream, keep the headers
        data[i] ^= 0x5A
    path.write_bytes(bytes(data))
    return path


def _bad_member_name(tmp_path: Path) -> Path:
    path = _write(tmp_path / "name.docx", _document(_para("Python")))
    data = path.read_bytes()
    name = b"[Content_Types].xml"
    # Mark the names UTF-8 (flag bit 11) in the central directory and break the first name's bytes.
    central = data.find(b"PK\x01\x02")
    flags = struct.unpack_from("<H", data, central + 8)[0] | 0x800
    patched = bytearray(data)
    struct.pack_into("<H", patched, central + 8, flags)
    at = patched.find(name, central)
    patched[at : at + 2] = b"\xff\xfe"
    path.write_bytes(bytes(patched))
    return path


def _utf16_entity(tmp_path: Path) -> Path:
    xml = (
        f'<?xml version="1.0" encoding="UTF-16"?><!DOCTYPE d [<!ENTITY s "Kubernetes PyTorch">]>'
        f'<w:document xmlns:w="{W}"><w:body>{_para("&s;")}</w:body></w:document>'
    )
    return _write(tmp_path / "utf16.docx", xml.encode("utf-16"))


def _not_a_zip(tmp_path: Path) -> Path:
    path = tmp_path / "plain.docx"
    path.write_bytes(b"PK\x03\x04 not really a zip")
    return path


def _no_document(tmp_path: Path) -> Path:
    path = tmp_path / "empty.docx"
    with zipfile.ZipFile(path, "w") as archive:
        archive.writestr("[Content_Types].xml", "<Types/>")
    return path


def _deep_elements(tmp_path: Path) -> Path:
    return _write(tmp_path / "deep.docx", _document("<w:r>" * 200_000 + "</w:r>" * 200_000))


def _bad_xml(tmp_path: Path) -> Path:
    return _write(tmp_path / "bad.docx", b"<w:document>\xff\xfe unbound prefix</w:document>")


HOSTILE = [
    ("corrupt deflate stream", _corrupt_deflate, errors.UnsupportedFormat, "damaged"),
    ("invalid UTF-8 member name", _bad_member_name, errors.UnsupportedFormat, "damaged"),
    ("UTF-16 part declaring an entity", _utf16_entity, errors.UnsupportedFormat, "DOCTYPE"),
    ("not a zip", _not_a_zip, errors.UnsupportedFormat, "not a valid .docx"),
    ("no document part", _no_document, errors.UnsupportedFormat, "without a Word document"),
    ("200,000 nested elements", _deep_elements, errors.InputTooLarge, "nested"),
    ("invalid XML", _bad_xml, errors.UnsupportedFormat, "damaged document part"),
]


@pytest.mark.parametrize(("name", "make", "kind", "says"), HOSTILE, ids=[h[0] for h in HOSTILE])
def test_hostile_docx_is_one_typed_error_naming_the_file(tmp_path: Path, name: str, make, kind, says: str) -> None:
    path = make(tmp_path)
    with pytest.raises(kind) as caught:
        docx_text(path)
    message = str(caught.value)
    assert message.startswith(f"{path}: ") and says in message and "\n" not in message, message


def test_mutated_docx_files_give_text_or_a_gapcheck_error(tmp_path: Path) -> None:
    body = _para("Jane Doe") + "<w:tbl><w:tr><w:tc>" + _para("Python, Docker") + "</w:tc></w:tr></w:tbl>"
    for deflate in (True, False):
        good = _write(tmp_path / "good.docx", _document(body), deflate=deflate).read_bytes()
        rng = random.Random(deflate)
        for case in range(150):
            data = bytearray(good)
            for _ in range(rng.randint(1, 8)):
                data[rng.randrange(len(data))] = rng.randrange(256)
            path = tmp_path / f"m{case}.docx"
            path.write_bytes(bytes(data))
            try:
                assert isinstance(docx_text(path), str)
            except errors.GapcheckError as exc:
                assert str(exc).startswith(str(path)), exc
            path.unlink()


def test_compressed_size_lies_are_capped(tmp_path: Path) -> None:
    path = _write(tmp_path / "bomb.docx", b"<a>" + b" " * (25 * 1024 * 1024) + b"</a>")
    data = bytearray(path.read_bytes())
    # Claim a tiny uncompressed size in the central directory: the reader must still stop at its cap.
    central = data.find(b"PK\x01\x02")
    while central != -1:
        name_len = struct.unpack_from("<H", data, central + 28)[0]
        if data[central + 46 : central + 46 + name_len] == b"word/document.xml":
            struct.pack_into("<I", data, central + 24, 1000)
        central = data.find(b"PK\x01\x02", central + 4)
    path.write_bytes(bytes(data))
    with pytest.raises((errors.InputTooLarge, errors.UnsupportedFormat)):
        docx_text(path)


def test_entry_point_is_picklable() -> None:
    import pickle

    assert pickle.loads(pickle.dumps(docx_text)) is docx_text


def _row(*cells: str) -> str:
    return "<w:tr>" + "".join(f"<w:tc>{cell}</w:tc>" for cell in cells) + "</w:tr>"


def test_a_row_of_short_cells_reads_as_one_line(tmp_path: Path) -> None:
    """Written slice w115: a "Work Experience" table (Duration | Organisation | Designation) read cell by cell lost which
    dates went with which job."""
    table = (
        "<w:tbl>"
        + _row(_para("Jul 2022 – Till date"), _para("InMobi Technologies"), _para("Senior ML Engineer"))
        + _row(_para("2019 – 2022"), _para("Affle") + _para("Gurugram"), _para("ML Engineer"))
        + "</w:tbl>"
    )
    lines = [line for line in docx_text(_write(tmp_path / "cv.docx", _document(table))).split("\n") if line]
    # (a cell of two paragraphs keeps its row cell by cell)
    assert lines == ["Jul 2022 – Till date | InMobi Technologies | Senior ML Engineer", "2019 – 2022", "Affle", "Gurugram", "ML Engineer"]
