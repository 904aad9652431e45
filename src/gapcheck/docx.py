"""Word .docx files: the paragraphs and table cells of ``word/document.xml``, read with the standard library.

A .docx is a zip archive of XML. Only the main document part is read; its size is capped (no zip bomb) and a
part with a DOCTYPE or entity declarations is refused (no entity expansion).
"""

from __future__ import annotations

import zipfile
from collections.abc import Iterator
from pathlib import Path
from xml.etree import ElementTree

from gapcheck.errors import InputTooLarge, UnsupportedFormat

_W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"
MAX_XML_BYTES = 20 * 1024 * 1024


def docx_text(file: Path) -> str:
    """The text of a .docx: one line per paragraph, a blank line between paragraphs groups and table cells."""
    try:
        with zipfile.ZipFile(file) as archive:
            try:
                info = archive.getinfo("word/document.xml")
            except KeyError:
                raise UnsupportedFormat("is a zip file without a Word document inside; export it as PDF", path=file) from None
            if info.file_size > MAX_XML_BYTES:
                raise InputTooLarge(f"holds {info.file_size / 1e6:.0f} MB of document XML, over the limit", path=file)
            data = archive.read(info)
    except zipfile.BadZipFile:
        raise UnsupportedFormat("is not a valid .docx (not a zip archive); re-save it or export it as PDF", path=file) from None
    except (OSError, RuntimeError, NotImplementedError) as exc:
        raise UnsupportedFormat(f"could not be opened as .docx ({exc}); export it as PDF", path=file) from None
    if b"<!DOCTYPE" in data or b"<!ENTITY" in data:
        raise UnsupportedFormat("has a document part with a DOCTYPE; export it as PDF", path=file)
    try:
        root = ElementTree.fromstring(data)
    except ElementTree.ParseError as exc:
        raise UnsupportedFormat(f"has a damaged document part ({exc}); re-save it or export it as PDF", path=file) from None
    body = root.find(f"{_W}body")
    if body is None:
        raise UnsupportedFormat("has no document body; re-save it or export it as PDF", path=file)
    return "\n".join(_blocks(body))


def _blocks(body: ElementTree.Element) -> Iterator[str]:
    for child in body:
        if child.tag == f"{_W}p":
            yield _paragraph(child)
        elif child.tag == f"{_W}tbl":
            for cell in child.iter(f"{_W}tc"):
                yield ""
                yield from (_paragraph(p) for p in cell.iter(f"{_W}p"))
                yield ""


def _paragraph(paragraph: ElementTree.Element) -> str:
    parts: list[str] = []
    for node in paragraph.iter():
        if node.tag == f"{_W}t" and node.text:
            parts.append(node.text)
        elif node.tag == f"{_W}tab":
            parts.append(" ")
        elif node.tag in (f"{_W}br", f"{_W}cr"):
            parts.append("\n")
    return "".join(parts)
