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
        # an icon's name printed beside its label: "Github-alt Github", "linkedin-square"
        "alt",
        "square",
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


def is_link_label(text: str, start: int, end: int, *, where_kept: bool = True) -> bool:
    """Whether ``text[start:end]`` is a link's label: a line of link words ("GitHub repo"), link words in brackets of
    their own ("Document Intelligence System [GitHub]"), or link words
    (:data:`LINK_WORDS`) in a field of their own after a separator ("Churn model | GitHub"), with nothing after
    them but a date ("| GitHub  Sep 2025 - Dec 2025"), or (with ``where_kept``) a site named as where work is kept
    ("available on GitHub", "GitHub repository: ...", "300+ GitHub stars", "PyPI/GitHub")."""
    if _all_label_words(text) or bracketed_label(text, start, end) or (where_kept and _names_where_kept(text, start, end)):
        return True
    if not all(word.lower() in LINK_WORDS for word in text[start:end].split()) or not _SEPARATOR_END.search(text, 0, start):
        return False
    rest = text[end:]
    field = _SEPARATOR.split(rest, maxsplit=1)[0]
    if not field.strip(_PUNCTUATION):
        return True
    dates = find_dates(field)
    return bool(dates) and not field[: dates[0].begin].strip(_PUNCTUATION) and not field[dates[-1].stop :].strip(_PUNCTUATION)


def labels_only_after(text: str, end: int) -> bool:
    """Whether every field after ``text[:end]`` (fields split by "|", "•", "·") is empty, a date or another link's
    label: "Churn model | GitHub | Sep 2025", "| GitHub | Live Dashboard", not "Python · React · GitHub · VS Code"."""
    own, *others = (field.strip(_PUNCTUATION) for field in _SEPARATOR.split(text[end:]))
    return _date_or_link_word(own) and all(_date_or_link_word(field) or _other_link(field) for field in others)


def _date_or_link_word(field: str) -> bool:
    return not field or bool(find_dates(field)) or field.lower() in LINK_WORDS


def _other_link(field: str) -> bool:
    words = field.lower().split()
    return all(word in LINK_WORDS or word in _OTHER_LINK_WORDS for word in words)


# what else a project's heading links to beside its code: "| GitHub | Live Demo", "| GitHub | Paper | Slides"
_OTHER_LINK_WORDS = frozenset(
    {"live", "demo", "app", "paper", "slides", "video", "report", "notebook", "repo", "repository", "dashboard", "link"}
    | {"deck", "poster", "preprint", "arxiv"}
)


def has_fields(text: str) -> bool:
    """Whether ``text`` is split into fields by "|", "•" or "·"."""
    return bool(_SEPARATOR.search(text))


def domain_follows(text: str, end: int) -> bool:
    """Whether ``text[:end]`` is a site's name written as its domain ("github.com"), even without a path."""
    return bool(_DOMAIN_ENDING.match(text, end))


def _all_label_words(text: str) -> bool:
    words = text.replace("/", " ").split()
    return bool(words) and all(word.lower() in _LABEL_WORDS for word in words)


def _names_where_kept(text: str, start: int, end: int) -> bool:
    """Whether a site's name (GitHub) says where work is kept or how it was received: "available on GitHub",
    "1.6k GitHub stars", "GitHub repository: https://...", "Github: github.com/...", "PyPI/GitHub"."""
    if text[start:end].lower() not in LINK_WORDS:
        return False
    return bool(_KEPT_BEFORE.search(text, 0, start) or _KEPT_AFTER.match(text, end) or _slashed_label(text, start, end))


def _slashed_label(text: str, start: int, end: int) -> bool:
    """Whether the site's name is one of link words joined by slashes after a separator: "Package | PyPI/GitHub"."""
    head = text[:start].rsplit(" ", 1)[-1]
    tail = text[end:].split(" ", 1)[0]
    joined = f"{head}{text[start:end]}{tail}".strip(_PUNCTUATION)
    return "/" in joined and _all_label_words(joined) and bool(_SEPARATOR_END.search(text, 0, start - len(head)))


def bracketed_label(text: str, start: int, end: int) -> bool:
    """Whether ``text[start:end]`` is all a pair of brackets holds besides other label words: "System [GitHub]"."""
    opening = max(text.rfind("[", 0, start), text.rfind("(", 0, start))
    if opening < 0:
        return False
    closing = text.find("]" if text[opening] == "[" else ")", end)
    inside = text[opening + 1 : closing].replace("|", " ").replace(",", " ").split() if closing >= 0 else []
    return bool(inside) and all(word.lower() in _LABEL_WORDS for word in inside)


_TOP_LEVEL_DOMAINS = "com|org|io|net|dev|ai|me|co|app|page|site|edu"
_WEB_ADDRESS = re.compile(
    r"(?i:\b(?:https?://|www\.))[^\s)\]>\"'|,]+"
    rf"|(?<![\w@.-])[A-Za-z0-9][A-Za-z0-9-]*(?:\.[A-Za-z0-9-]+)*\.(?:{_TOP_LEVEL_DOMAINS})/[^\s)\]>\"'|,]*"
)
_DOMAIN_ENDING = re.compile(rf"\.(?:{_TOP_LEVEL_DOMAINS})\b", re.IGNORECASE)
# what a project's link says besides the site's name: "GitHub repo", "Code", "Live demo"
_LABEL_WORDS = LINK_WORDS | {
    "repo",
    "repository",
    "code",
    "demo",
    "live",
    "link",
    "links",
    "source",
    "arxiv",
    "paper",
    "slides",
    "video",
    "poster",
    "pypi",
    "bitbucket",
    "huggingface",
}
_SEPARATOR_END = re.compile(r"(?:[|•·]|\s[-–—])\s*$")
_SEPARATOR = re.compile(r"\s*[|•·]\s*")
_PUNCTUATION = " \t.,;:()[]-–—"
# "available on", "hosted at my", "stars on": a site named as the place the work is kept, or the stars it got
_KEPT_BEFORE = re.compile(
    r"(?i)\b(?:available|hosted|published|released|shared|uploaded|posted|found|open[- ]sourced|stars)\b"
    r"[\w\s,'’-]{0,40}?\b(?:on|at|via|in|to|across)\s+(?:(?:my|our|the|a|public|personal|portfolio)\s+){0,2}$"
)
# "GitHub stars", "GitHub repository: ...", "GitHub link" closing its clause ("Github Link, blog post.")
_KEPT_AFTER = re.compile(
    r"(?i)\s*(?:stars\b|(?:repository|repo|link|page)\s*(?:$|[:|•·()\[\]]|https?://|\s[-–—])|links?\s*[,;.]"
    r"|:\s*(?:https?://|www\.|github\.com|gitlab\.com|bitbucket\.org))"  # the label of an address: "Github: github.com/..."
)
