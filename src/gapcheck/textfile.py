"""Plain-text and Markdown resumes: decoding and turning text into a one-page Document."""

from __future__ import annotations

import codecs
import html
import re
from pathlib import Path

from gapcheck.document import Document
from gapcheck.errors import UnsupportedFormat
from gapcheck.layout import MAX_LINE_CHARS, RawText, finish_page, wrap_long
from gapcheck.structure import finish

MARKDOWN_SUFFIXES = (".md", ".markdown")


def decode_text(data: bytes, file: str | Path | None = None) -> str:
    """Decode a text file: a BOM if there is one, else UTF-8, else Windows-1252."""
    for bom, encoding in (
        (codecs.BOM_UTF8, "utf-8-sig"),
        (codecs.BOM_UTF32_LE, "utf-32"),
        (codecs.BOM_UTF32_BE, "utf-32"),
        (codecs.BOM_UTF16_LE, "utf-16"),
        (codecs.BOM_UTF16_BE, "utf-16"),
    ):
        if data.startswith(bom):
            return data.decode(encoding, errors="replace")
    if b"\x00" in data[:4096] and data.count(b"\x00") > len(data) // 4:
        for encoding in ("utf-16-le", "utf-16-be"):
            try:
                return data.decode(encoding)
            except UnicodeDecodeError:
                continue
        raise UnsupportedFormat("looks like a binary file, not text", path=file)
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError:
        return data.decode("cp1252", errors="replace")


def document_from_text(text: str, *, source: str = "<text>", kind: str = "text") -> Document:
    """Turn text in memory into a one-page :class:`~gapcheck.document.Document`; blank lines separate blocks.

    Lines keep their line number in the text. Markdown (a ``source`` ending in .md) loses its heading,
    quote, emphasis and code markers.
    """
    raw_lines = without_html(text.replace("\r\n", "\n").replace("\r", "\n")).split("\n")
    markdown = kind == "text" and source.lower().endswith(MARKDOWN_SUFFIXES)
    pending: list[RawText] = []
    block = 0
    for number, raw in enumerate(raw_lines, start=1):
        heading = _RUN_IN_HEADING.match(raw) if markdown else None
        if heading is not None:
            # "**Who we are.** Quillmind builds ...": a heading run into its paragraph is a line of its own
            pending.append(RawText(heading["heading"], block, number=number))
            raw = raw[heading.end() :]
        if markdown:
            raw = strip_markdown(raw)
        if not raw.strip():
            block += 1
            continue
        for part in (piece for item in spaced_items(raw) for piece in wrap_long(unglued(item))):
            pending.append(RawText(part, block, number=number))
            if len(raw) > MAX_LINE_CHARS:
                block += 1
    return finish(list(finish_page(pending, page=1)), source=source, kind=kind, pages=1)


def without_html(text: str) -> str:
    """Text pasted from a page's HTML source ("<li>At least 3 years&rsquo; experience ...</li>") as the page shows it:
    paragraphs and headings apart, list items as items, other tags dropped and entities decoded. Text with no more than
    a stray tag is left as it is, its entities too ("AT&amp;T" written in a resume stays so), but for those of quotes,
    dashes and spaces."""
    if len(_HTML_TAG.findall(text, 0, 20_000)) < 2:
        # an entity for a quote, dash or space is the page's typography, never written by hand ("won&#39;t")
        return _TYPOGRAPHY_ENTITY.sub(lambda entity: html.unescape(entity[0]).replace("\xa0", " "), text)
    text = _HTML_BREAK.sub("\n\n", text)
    text = _HTML_ITEM.sub("\n- ", text)
    text = _HTML_LINE.sub("\n", text)
    text = _ANY_TAG.sub("", text)
    return html.unescape(text).replace("\xa0", " ")


_HTML_TAG = re.compile(r"</?(?:p|li|ul|ol|br|div|span|strong|b|em|i|h[1-6]|table|tr|td)\b[^<>]{0,200}>", re.IGNORECASE)
_HTML_BREAK = re.compile(r"</(?:p|div|h[1-6]|ul|ol|table)\s*>|<(?:p|div|h[1-6]|ul|ol|table)\b[^<>]{0,200}>", re.IGNORECASE)
_HTML_ITEM = re.compile(r"<li\b[^<>]{0,200}>", re.IGNORECASE)
_HTML_LINE = re.compile(r"<br\s*/?>|</(?:li|tr)\s*>", re.IGNORECASE)
_ANY_TAG = re.compile(r"</?[a-zA-Z][^<>]{0,200}>")
_TYPOGRAPHY_ENTITY = re.compile(
    r"&(?:#(?:39|160|821[1-7]|822[0-6]|x2019|x201[cdCD]|x2013|x2014);|(?:rsquo|lsquo|ldquo|rdquo|ndash|mdash|nbsp|bull|hellip|apos);)"
)


# a bold heading of a few words closed by a full stop, its paragraph going on after it on the same line
_RUN_IN_HEADING = re.compile(r"[ \t]*(\*\*|__)(?P<heading>[A-Z][^*_.!?:]{0,50}?)[.!?](?:\1)[ \t]+(?=\S)")


def strip_markdown(line: str) -> str:
    """A Markdown line without heading and quote markers, emphasis or code ticks, its escapes undone ("3\\+ years",
    "hands\\-on": what converters from HTML write)."""
    stripped = line.lstrip()
    while stripped.startswith(("#", ">")):
        stripped = stripped[1:].lstrip()
    for marker in ("**", "__", "`"):
        stripped = stripped.replace(marker, "")
    return _ESCAPE.sub(r"\1", stripped)


_ESCAPE = re.compile(r"\\([!-/:-@\[-`{-~])")  # a backslash before ASCII punctuation (CommonMark)


# a paragraph this long in a text file is one whose line breaks a scraper dropped
_RUN_ON = 250
# "global operationsExpertise with R": the last word of a sentence or list item glued to the next one's first word
# ("working with dataA degree in finance": the article "A" opening the next sentence)
_GLUED = re.compile(r"(?<![^\W\d_])([a-z]{3,})([A-Z][a-z]{3,}|A(?= [a-z]))")


# runs of spaces a page converted to text leaves between the items and headings it had on lines of their own
_ITEM_GAP = re.compile(r"(?<=\S) {3,}(?=\S)")


def spaced_items(line: str) -> list[str]:
    """A long line whose line breaks were dropped, split where a run of three or more spaces stands for one
    ("Minimum Qualifications   Love for building ...   Preferred Qualifications   ...")."""
    if len(line) < _RUN_ON:
        return [line]
    return [item for item in _ITEM_GAP.split(line) if item.strip()]


def unglued(line: str) -> str:
    """A long line whose line breaks were dropped, with the sentences it ran together set apart again: a lower-case
    word glued to a capitalised one ends a sentence ("global operationsExpertise with R" -> "global operations.
    Expertise with R"). A capitalised word glued to another is left alone: it may be a tool's name (LangChain)."""
    if len(line) < _RUN_ON:
        return line
    return _GLUED.sub(r"\1. \2", line)
