"""Web addresses and link labels in a line of text: where a resume or a posting points to work, not the work.

A repository link ("github.com/jane/churn-model") or a project heading's link label ("Churn model | GitHub")
names where the code lives; it does not show that the person used Git in that job, and a posting's link to
its company's GitHub asks for nothing.
"""

from __future__ import annotations

import re

from gapcheck.dates import find_dates

# the labels of profile links in a resume's header or footer
LINK_WORDS = frozenset(
    {
        "email",
        "e-mail",
        "mail",
        "phone",
        "linkedin",
        "github",
        "gitlab",
        "researchgate",
        "google",
        "scholar",
        "orcid",
        "website",
        "homepage",
        "home",
        "page",
        "blog",
        "twitter",
        "x",
        "mastodon",
        "kaggle",
        "medium",
        "stackoverflow",
        "portfolio",
        "cv",
        "resume",
        "profile",
        "web",
        "site",
        "personal",
    }
)
"""The words of profile and repository link labels ("GitHub", "Google Scholar", "Portfolio")."""


def web_address_spans(text: str) -> list[tuple[int, int]]:
    """The spans of ``text`` that are web addresses: with a scheme or ``www.``, or a bare domain followed by a
    path ("github.com/jane/project")."""
    if "." not in text:
        return []
    return [match.span() for match in _WEB_ADDRESS.finditer(text)]


def in_web_address(text: str, start: int, end: int) -> bool:
    """Whether ``text[start:end]`` lies inside a web address of ``text``."""
    return any(begin <= start and end <= stop for begin, stop in web_address_spans(text))


def is_link_label(text: str, start: int, end: int) -> bool:
    """Whether ``text[start:end]`` is a link's label: a line of link words ("GitHub repo"), link words in brackets of
    their own ("Document Intelligence System [GitHub]"), or link words
    (:data:`LINK_WORDS`) in a field of their own after a separator ("Churn model | GitHub"), with nothing after
    them but a date ("| GitHub  Sep 2025 - Dec 2025")."""
    if all(word.lower() in _LABEL_WORDS for word in text.split()) or _bracketed_label(text, start, end):
        return True
    if not all(word.lower() in LINK_WORDS for word in text[start:end].split()) or not _SEPARATOR_END.search(text, 0, start):
        return False
    rest = text[end:]
    field = _SEPARATOR.split(rest, maxsplit=1)[0]
    if not field.strip(_PUNCTUATION):
        return True
    dates = find_dates(field)
    return bool(dates) and not field[: dates[0].begin].strip(_PUNCTUATION) and not field[dates[-1].stop :].strip(_PUNCTUATION)


def _bracketed_label(text: str, start: int, end: int) -> bool:
    """Whether ``text[start:end]`` is all a pair of brackets holds besides other label words: "System [GitHub]"."""
    opening = max(text.rfind("[", 0, start), text.rfind("(", 0, start))
    if opening < 0:
        return False
    closing = text.find("]" if text[opening] == "[" else ")", end)
    inside = text[opening + 1 : closing].replace("|", " ").replace(",", " ").split() if closing >= 0 else []
    return bool(inside) and all(word.lower() in _LABEL_WORDS for word in inside)


_WEB_ADDRESS = re.compile(
    r"(?i:\b(?:https?://|www\.))[^\s)\]>\"'|,]+"
    r"|(?<![\w@.-])[A-Za-z0-9][A-Za-z0-9-]*(?:\.[A-Za-z0-9-]+)*\.(?:com|org|io|net|dev|ai|me|co|app|page|site|edu)/[^\s)\]>\"'|,]*"
)
# what a project's link says besides the site's name: "GitHub repo", "Code", "Live demo"
_LABEL_WORDS = LINK_WORDS | {"repo", "repository", "code", "demo", "live", "link", "links", "source"}
_SEPARATOR_END = re.compile(r"[|•·]\s*$")
_SEPARATOR = re.compile(r"\s*[|•·]\s*")
_PUNCTUATION = " \t.,;:()[]-–—"
