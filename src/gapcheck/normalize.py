"""Cleaning extracted text for matching while keeping one output line per input line."""

from __future__ import annotations

import itertools
import re
import unicodedata
from collections.abc import Sequence

from gapcheck.dates import MONTH_WORD
from gapcheck.lexicon import is_common_word, is_english_word

_CID = re.compile(r"\(cid:\d+\)")
# Terminal escape sequences (CSI such as "ESC[31m", OSC such as hyperlinks): removed whole, so that
# "ESC[31mKubernetes" still reads "Kubernetes" and no "[31m" debris is left behind.
_ANSI = re.compile(
    r"\x1b\[[0-?]*[ -/]*[@-~]"  # CSI: colours, cursor moves
    r"|\x1b\][^\x07\x1b]*(?:\x07|\x1b\\)?"  # OSC: titles, hyperlinks
    r"|\x1b[@-Z\\-_]|\x9b[0-?]*[ -/]*[@-~]"
)
_INVISIBLE = dict.fromkeys(map(ord, "\u00ad\u200b\u200c\u200d\u2060\ufeff\u180e"), None)
_BULLETS = "•◦▪▫■□●○◆◇►▶▸▹➢➤➔→✓✔✗✘❖❯❱⁃∙⦿⦾·‣"
_LEADING_BULLETS = re.compile(rf"^[\s{re.escape(_BULLETS)}\-–—*>]+(?=\S)")
# a Markdown heading's marks printed as they were typed: "## Experience", "### Senior AI Engineer - Lumen Ledger"
_MARKDOWN_HEADING = re.compile(r"^#{1,6}[ \t]+(?=\S)")
_LIST_MARKER = re.compile(rf"^\s*(?:[{re.escape(_BULLETS)}\-–—*>]|\(cid:\d+\))")
_INNER_BULLETS = re.compile(rf"\s*[{re.escape(_BULLETS)}]\s*")
# an arrow between a date and the next one, or an open end, is a range's dash: "2021-03 → present", "2015 → 2016"
_DATE_ARROW = re.compile(r"(?<=\d)\s*[→➔]\s*(?=\d|(?i:present|now|current|today|ongoing|date)\b|[A-Z][a-z]{2})")
_LETTER_SPACED = re.compile(r"(?<!\S)(?:[^\W\d_] ){2,}[^\W\d_](?!\S)")
_SPACES = re.compile(r"\s+")
_LONG_SPACES = re.compile(r"\s{3,}")
_HYPHENS = ("-", "\u2010", "\u2011")
_LETTERS = re.compile(r"[^\W\d_]+")
_WORD_START = re.compile(r"^([a-z][^\W\d_]*)(.*)$", re.DOTALL)


def clean_line(raw: str) -> str:
    """Normalize one line: NFKC (ligatures), no invisible or control characters, bullets as separators,
    letter-spaced words ("S K I L L S") collapsed, single spaces."""
    text = _CID_WORD.sub(_restore_cid_ligature, raw) if "(cid:" in raw else raw
    if "\x00" in text:
        text = _LOST_GLYPH_WORD.sub(_restore_lost_ligature, text)
    if _WRONG_MARK.search(text):
        text = _LETTER_FOR_LIGATURE.sub(_restore_letter_ligature, text)
    if "\x1b" in text or "\x9b" in text:
        text = _ANSI.sub("", text)
    text = text.rstrip()
    if text.endswith("\u00ad"):  # a word broken at a soft hyphen: keep a hyphen so the next line rejoins it
        text = text.rstrip("\u00ad") + "-"
    # ASCII is its own NFKC form and holds no invisible character or bullet (the steps skipped below).
    plain = text.isascii()
    if not plain or "`" in text:
        text = _SPACING_ACCENT.sub(_accented, text)
    if not plain:
        text = unicodedata.normalize("NFKC", text).translate(_INVISIBLE)
    if not (plain and text.isprintable()):
        text = text.translate(_SPACE_OUT)
    # From here a plain space is the only blank. Runs of spaces only matter as "one" or "two or more";
    # shortening them keeps every pattern below linear.
    if "   " in text:
        text = _LONG_SPACES.sub("  ", text)
    text = _LEADING_BULLETS.sub("", _MARKDOWN_HEADING.sub("", text.strip()))
    if not plain:
        text = _INNER_BULLETS.sub(" | ", _DATE_ARROW.sub(" – ", text))
    # Words letter-spaced on their own are separated by two or more spaces (a part's match is a match in the
    # whole line, so a line without one has nothing to collapse).
    if _LETTER_SPACED.search(text):
        text = "  ".join(_LETTER_SPACED.sub(lambda m: m.group(0).replace(" ", ""), part) for part in re.split(r"\s{2,}", text))
    if "  " in text:
        text = _SPACES.sub(" ", text)
    if "'" in text or "’" in text:
        text = _SPACED_SHORT_YEAR.sub(_joined_short_year, text)
    if "0 " in text or "9 " in text:
        text = _SPACED_YEAR.sub(lambda m: m.group(0).replace(" ", ""), text)
    return text.strip(" |")


# LaTeX fonts in the old 7-bit encoding draw an accent as a glyph of its own before its letter, and the PDF's text
# says "Universit´e", "´ETUDES", "Carri`ere" (NFKC would turn the accent into a space and a combining mark)
# ("Master´s" keeps its acute as an apostrophe: an accent joins a vowel, c or n, only where they compose)
_SPACING_ACCENT = re.compile(r"([´¨ˆ˜˚¸])([aeiouyAEIOUYcCnN])|(?<=[^\W\d_])`([aeiouAEIOU])")
_COMBINING = {"´": "\u0301", "¨": "\u0308", "ˆ": "\u0302", "˜": "\u0303", "˚": "\u030a", "¸": "\u0327", "`": "\u0300"}


def _accented(match: re.Match[str]) -> str:
    accent, letter = (match.group(1), match.group(2)) if match.group(1) else ("`", match.group(3))
    composed = unicodedata.normalize("NFC", letter + _COMBINING[accent])
    return composed if len(composed) == 1 else match.group(0)


def _joined_short_year(match: re.Match[str]) -> str:
    month, year = match.group(1), match.group(0)[len(match.group(1)) :]
    return f"{month} {year.replace(' ', '')}" if " " in year.strip() else match.group(0)


# a two-digit year letter-spaced after its month ("Jul ' 2 2 -" in a Canva resume): "Jul '22"
_SPACED_SHORT_YEAR = re.compile(rf"(?i)\b({MONTH_WORD}) ?(['’]) ?(\d) ?(\d)(?!\d)")
# ... and a year with its four digits apart ("APRIL 2 0 2 5 - CURRENTLY", "2 0 1 9 - 2 0 2 1"), among no other digits
_SPACED_YEAR = re.compile(r"(?<![\d.,/] )(?<![\d.,/])\b(?:1 9|2 0) \d \d\b(?! ?[\d.,/]\d| \d\b)")


# A font whose ligature glyphs map to no character gives NUL where "ti", "ft", "tt" ... stood: "Objec\x00ve",
# "So\x00ware", "wri\x00en". The ligature that makes a known word is put back; otherwise the gap closes.
_LOST_GLYPH_WORD = re.compile(r"[^\W\d_]*(?:\x00[^\W\d_]*)+")
# The same glyphs where pdfminer names them by number: "communica(cid:415)on".
_CID_WORD = re.compile(r"[^\W\d_]*(?:\(cid:\d+\)[^\W\d_]*)+")
_LIGATURES = ("ti", "ft", "tt", "tf", "fi", "fl", "ff", "ffi", "ffl", "st", "ct", "th")
_MOST_GAPS = 3


def _restore_lost_ligature(match: re.Match[str]) -> str:
    closed = match.group(0).replace("\x00", "")
    return _ligature_word(match.group(0).split("\x00")) or closed


# ... or as a wrong character of its own: "creaVng insights" (creating), "16-NOV-2022 ,ll 27-JUN-2024" (till),
# "compa+bility", "ScienNst", "Applica=ons", "Ins?tute", "Applica&on" (Apple Pages and Word for Mac fonts); put back
# only where the ligature makes a known word of a lowercase one that is none
_LETTER_FOR_LIGATURE = re.compile(r"(?<![\w,+=?&@])[A-Za-z]?[a-z]*(?:(?:(?<=[a-z])[VN]|,|(?<=[a-z])[+=?&@](?=[a-z]))[a-z]+)+\b")
_WRONG_MARK = re.compile(r"[VN,+=?&@]")


def _restore_letter_ligature(match: re.Match[str]) -> str:
    found = match.group(0)
    parts = _WRONG_MARK.split(found)
    if "," in found and any(_known_word(part) and len(part) > 2 for part in parts):
        return found  # words run together at a comma ("pandas,numpy") are no broken word
    return _ligature_word(parts) or found


def _restore_cid_ligature(match: re.Match[str]) -> str:
    """A glyph pdfminer could only name "(cid:N)" inside a word is a ligature when one makes a known word
    ("communica(cid:415)on"); anything else stays a separator (an icon between two tools)."""
    parts = _CID.split(match.group(0))
    if len(parts) > 1 and any(parts) and (word := _ligature_word(parts)):
        return word
    return " | ".join(parts)


def _ligature_word(parts: list[str]) -> str | None:
    """The known word the parts of a word make with ligatures put into their gaps, if any."""
    closed = "".join(parts)
    gaps = len(parts) - 1
    if not closed or gaps > _MOST_GAPS or (not parts[0] and not parts[1][:1].islower()):
        return None  # a lost glyph before a capital is a bullet or an icon, not half a word
    upper = closed.isupper()
    for combo in itertools.product(_LIGATURES, repeat=gaps):
        word = parts[0] + "".join(ligature + part for ligature, part in zip(combo, parts[1:], strict=True))
        if _known_word(word.lower()):
            return word.upper() if upper else word
    return None


def _known_word(word: str) -> bool:
    return is_english_word(word) or is_common_word(word)


def starts_with_marker(raw: str) -> bool:
    """Whether a raw line begins with a list marker (a bullet, dash, asterisk or an unmapped glyph)."""
    return bool(_LIST_MARKER.match(raw))


class _SpaceOutTable(dict[int, int]):
    """``str.translate`` table, filled on demand: control, format, private-use, unassigned and separator
    characters become a plain space; everything else maps to itself."""

    def __missing__(self, code: int) -> int:
        category = unicodedata.category(chr(code))
        value = 32 if category in ("Cc", "Cf", "Cs", "Co", "Cn", "Zl", "Zp", "Zs") else code
        if len(self) < 65_536:
            self[code] = value
        return value


_SPACE_OUT = _SpaceOutTable()


def join_hyphenated(lines: Sequence[str]) -> list[str]:
    """Rejoin words broken across lines with a hyphen ("distri-" + "buted ..."), keeping the line count.

    The completed word moves to the first line; a hyphen stays when both halves are words on their own
    ("fine-" + "tuning" gives "fine-tuning").
    """
    out = list(lines)
    for i in range(len(out) - 1):
        cut = _hyphenated_word_start(out[i])
        start = _WORD_START.match(out[i + 1]) if cut is not None else None
        if cut is None or not start:
            continue
        head, tail = out[i][cut:-1], start.group(1)
        keep = is_english_word(head.lower()) and is_english_word(tail.lower())
        joiner = "-" if keep else ""
        out[i] = out[i][:cut] + head + joiner + tail
        out[i + 1] = start.group(2).lstrip()
    return out


def _hyphenated_word_start(line: str) -> int | None:
    """Where the word broken by a hyphen at the end of ``line`` starts, or None.

    Scans back from the hyphen once (an unanchored search for "letters, hyphen, end" backtracks over every
    start position: quadratic on a long line of letters).
    """
    if not line.endswith(_HYPHENS):
        return None
    letters = _LETTERS.match(line[-2::-1])
    return None if letters is None else len(line) - 1 - letters.end()
