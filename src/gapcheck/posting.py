"""Job postings: which lines ask for a skill as required, and which only as optional.

A posting's "Nice to have", "Preferred qualifications" or "Bonus" section makes its lines optional
until the next required-style heading ("Requirements", "What you'll need", ...); a line that itself says
"preferred", "a plus", "bonus" or "nice to have" is optional too.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

_OPTIONAL_HEADINGS = (
    "nice to have", "nice to haves", "preferred", "preferred qualifications", "preferred skills", "bonus",
    "bonus points", "good to have", "pluses", "plus", "desirable", "desired", "desired skills", "optional",
    "extra credit", "it would be great if", "even better if", "ideally", "additional qualifications",
)
_REQUIRED_HEADINGS = (
    "requirements", "required", "required skills", "required qualifications", "must have", "must haves",
    "qualifications", "minimum qualifications", "basic qualifications", "what you will need", "what you ll need",
    "what you need", "what you bring", "what we are looking for", "what we re looking for", "responsibilities",
    "what you will do", "what you ll do", "about you", "you have", "skills", "the role", "key skills",
)
_INLINE_OPTIONAL = re.compile(
    r"\b(nice[- ]to[- ]have|preferred|preferably|(is|are|would be) a (big )?plus|a plus|bonus|ideally|desirable|optional)\b",
    re.IGNORECASE,
)


def _key(line: str) -> str:
    return " ".join(re.findall(r"[a-z]+", line.casefold().replace("’", "'")))


def _heading(line: str) -> str | None:
    """'optional' or 'required' when the line is a posting heading, else None."""
    stripped = line.strip()
    if not stripped or len(stripped.split()) > 7:
        return None
    key = _key(stripped)
    if not key:
        return None
    if any(key == h or key.startswith(h + " ") for h in _OPTIONAL_HEADINGS):
        return "optional"
    short = stripped.endswith(":") or len(key.split()) <= 5
    if short and any(key == h or key.startswith(h + " ") for h in _REQUIRED_HEADINGS):
        return "required"
    return None


def optional_lines(lines: Sequence[str]) -> list[bool]:
    """For each line of a posting: does a skill named on it count as optional?"""
    optional = False
    out: list[bool] = []
    for line in lines:
        heading = _heading(line)
        if heading is not None:
            optional = heading == "optional"
            out.append(optional)
            continue
        out.append(optional or bool(_INLINE_OPTIONAL.search(line)))
    return out


# "a degree in Computer Science, Statistics, Mathematics or a related field": the fields a degree may be in,
# which a posting lists as equivalent alternatives, not as skills it asks for.
_DEGREE_FIELDS = re.compile(
    r"\b(?:degree|bachelor'?s?|master'?s?|ph\.?\s?d\.?|doctorate|b\.?sc?\.?|m\.?sc?\.?|bs/ms|ms/phd|b\.?a\.?)\b"
    r"[^.;:]*?\b(?:related|similar|equivalent|quantitative|technical|relevant)\s+(?:field|discipline|area|subject|major)s?\b",
    re.IGNORECASE,
)


def degree_field_spans(line: str) -> list[tuple[int, int]]:
    """Character spans of ``line`` that list the fields a required degree may be in."""
    return [match.span() for match in _DEGREE_FIELDS.finditer(line)]


# Job-ad boilerplate: what the company offers and says about itself, never a skill it asks for.
_BOILERPLATE_HEADINGS = (
    "benefits", "perks", "perks and benefits", "benefits and perks", "what we offer", "what we offer you",
    "why join us", "why us", "why work with us", "why choose us", "about us", "about the company", "who we are",
    "our mission", "our story", "our values", "company overview", "compensation", "salary", "pay",
    "compensation and benefits", "equal opportunity", "equal employment opportunity", "eeo statement",
    "how to apply", "to apply", "location", "life at", "diversity and inclusion", "our culture",
)
_BOILERPLATE_LINE = re.compile(
    r"equal (?:employment )?opportunity|without regard to|reasonable accommodation|race, colou?r|"
    r"sexual orientation|gender identity|veteran status|e-?verify|background check|"
    r"health(?:care)?,? dental|dental and vision|401\(?k\)?|paid time off|\bPTO\b|parental leave|stock options|"
    r"salary range|base salary|compensation range",
    re.IGNORECASE,
)


def boilerplate_lines(lines: Sequence[str]) -> list[bool]:
    """For each line of a posting: is it job-ad boilerplate (benefits, pay, equal-opportunity text, the company
    describing itself) rather than the job? Such lines never make a skill required or optional."""
    out: list[bool] = []
    inside = False
    for line in lines:
        key = _key(line)
        words = key.split()
        if key and len(words) <= 6 and any(key == h or key.startswith(h + " ") for h in _BOILERPLATE_HEADINGS):
            inside = True
            out.append(True)
            continue
        if inside and (_heading(line) is not None or _looks_like_heading(line)):
            inside = False
        out.append(inside or bool(_BOILERPLATE_LINE.search(line)))
    return out


def _looks_like_heading(line: str) -> bool:
    stripped = line.strip().strip("#*").strip()
    return bool(stripped) and len(stripped.split()) <= 6 and (stripped.endswith(":") or stripped.istitle() or stripped.isupper())
