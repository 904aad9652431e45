"""Making text quoted from a resume safe to show: no control sequences, no markup."""

from __future__ import annotations

import re
import unicodedata

_MARKDOWN_SPECIAL = re.compile(r"([\\`*_{}\[\]()<>#+!|~])")


def plain(text: str) -> str:
    """Text without control or format characters (terminal escape sequences become inert)."""
    return "".join(" " if unicodedata.category(ch) in ("Cc", "Cf", "Zl", "Zp") else ch for ch in text)


def markdown(text: str) -> str:
    """Text that Markdown shows literally: special characters backslash-escaped, "&" as an entity (so that
    "&lt;script&gt;" in a resume is not shown as a tag), safe in a table cell."""
    return _MARKDOWN_SPECIAL.sub(r"\\\1", plain(text).replace("&", "&amp;"))


def percent(value: float) -> str:
    """A 0..1 fraction as a whole percentage."""
    return f"{round(value * 100):d}%"
