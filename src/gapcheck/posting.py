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


_NUMBER_WORDS = {
    "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8, "nine": 9, "ten": 10,
    "eleven": 11, "twelve": 12, "fifteen": 15, "twenty": 20,
}
_NUMBER = r"(?:\d{1,2}|" + "|".join(_NUMBER_WORDS) + r")"
_YEARS = re.compile(
    rf"(?P<lead>\b(?:at\s+least|a\s+minimum\s+of|minimum\s+of|minimum|min\.?|over|more\s+than|upwards\s+of|"
    rf"no\s+less\s+than|not\s+less\s+than)\s+)?"
    rf"(?<![\w.])(?P<low>{_NUMBER})(?:\s*\(\d{{1,2}}\))?\s*(?P<plus>\+)?\s*"
    rf"(?:(?:-|–|—|to|or)\s*(?P<high>{_NUMBER})\s*\+?\s*)?"
    rf"(?P<unit>years?|yrs?)\b(?:['’]s?)?(?P<tail>\s+(?:of\s+)?(?:\w+\s+){{0,3}}?experience)?",
    re.IGNORECASE,
)
_NOT_A_REQUIREMENT = re.compile(r"\s*(?:ago|old|of\s+age|warranty|contract|in\s+business|and\s+counting)\b",
                                re.IGNORECASE)
_BREAK = re.compile(r"[.;!?]\s|[.;!?]$|\band\s+(?:a|an)\s+|\bplus\s+|\bas\s+well\s+as\b", re.IGNORECASE)
_BEFORE_GAP = re.compile(r"^[\s,:()\-–—]*(?:with|for|of)?[\s,:()\-–—]*$", re.IGNORECASE)
_REACH = 90
_GAP_WORDS = 7
_LIST_WORDS = 3


def _number(text: str) -> int:
    return int(text) if text.isdigit() else _NUMBER_WORDS[text.casefold()]


def years_required(
    lines: Sequence[str], hits: Sequence[tuple[str, int, int, int]]
) -> tuple[dict[str, int], int | None]:
    """Years a posting asks for: per skill ("3+ years of Python", "at least two years with Kubernetes",
    "Python (3+ years)"; a range counts its lower bound) and overall ("a minimum of 3 years", "5+ years of
    experience in software"), from its lines and its skill hits given as (skill, line, start, end) with
    offsets inside the line. Returns ({skill: years}, overall years or None)."""
    by_line: dict[int, list[tuple[str, int, int]]] = {}
    for skill, line, start, end in hits:
        by_line.setdefault(line, []).append((skill, start, end))
    years: dict[str, int] = {}
    overall: int | None = None
    for index, text in enumerate(lines):
        mentions = [m for m in _YEARS.finditer(text) if not _NOT_A_REQUIREMENT.match(text, m.end())]
        if not mentions:
            continue
        line_hits = sorted(by_line.get(index, []), key=lambda h: h[1])
        claimed: set[int] = set()
        for n, mention in enumerate(mentions):
            value = _number(mention.group("low"))
            if not 0 < value <= 30:
                continue
            stop = mentions[n + 1].start() if n + 1 < len(mentions) else len(text)
            tied: list[str] = []
            reach = mention.end()  # the first skill follows the years closely, the next ones continue its list
            for k, (skill, start, end) in enumerate(line_hits):
                if k in claimed or not reach <= start < min(stop, mention.end() + _REACH):
                    continue
                gap = text[reach:start]
                words = len(gap.split())
                if _BREAK.search(gap) or (words > _LIST_WORDS if tied else words > _GAP_WORDS or "," in gap):
                    break
                tied.append(skill)
                claimed.add(k)
                reach = end
            if not tied:
                previous = mentions[n - 1].end() if n else 0
                for k, (skill, start, end) in enumerate(line_hits):
                    if k not in claimed and previous <= start and end <= mention.start() and _BEFORE_GAP.match(
                        text[end:mention.start()]
                    ):
                        tied.append(skill)
                        claimed.add(k)
            if tied:
                for skill in tied:
                    years[skill] = max(years.get(skill, 0), value)
            elif overall is None and (mention.group("tail") or mention.group("plus") or mention.group("lead")
                                      or re.search(r"\bexperience\b", text, re.IGNORECASE)):
                overall = value
    return years, overall
