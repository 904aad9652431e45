"""Readiness: how strongly a resume shows each skill, and what that adds up to for a role.

The score of a role is a weighted average over the role's skills::

    score = sum(weight * strength) / sum(weight)

``weight`` is the skill's importance to the role (taxonomy data: the skill's ``weight``, else its group's;
halved for a job posting's optional skills). ``strength`` (0..1) is how the resume shows the skill:
0 when missing, ``LISTED`` when it is only listed (skills section, summary), ``IN_WORK`` when a dated
position or a project / experience line shows it, plus up to ``DEPTH_BONUS`` for months of use
(full at ``DEPTH_MONTHS``; ``UNDATED_BONUS`` when the work is undated), times ``STALE_FACTOR`` when it was
last used more than ``REFRESH_YEARS`` years before the as-of month. A role may name ``core`` skills (what sets
it apart from neighbouring jobs, e.g. machine learning for the AI Engineer): the score is then multiplied by
``core_factor`` = ``CORE_FLOOR + (1 - CORE_FLOOR) * strength of the best-shown core skill``, so a backend
engineer with no machine learning counts half for the AI Engineer role however much infrastructure he lists.
"""

from __future__ import annotations

import datetime as _dt
import re
from dataclasses import dataclass
from typing import Any

LISTED = 0.4
IN_WORK = 0.7
DEPTH_BONUS = 0.3
DEPTH_MONTHS = 36
UNDATED_BONUS = 0.2
UNDATED_LINES = 3
REFRESH_YEARS = 3
STALE_FACTOR = 0.75
CORE_FLOOR = 0.5
FIT_THRESHOLD = 0.05
"""A role fits (can be ``best_fit``) when its score reaches this ..."""
CORE_FIT_THRESHOLD = 0.03
"""... or this, when the resume shows one of the role's core skills."""
CLOSE_MARGIN = 0.05
"""Two roles whose scores differ by less than this are a "close second"."""
WORK_SECTIONS = frozenset({"experience", "projects", "research", "volunteering"})
LISTING_SECTIONS = frozenset(
    {"skills", "summary", "profile", "interests", "languages", "certifications", "awards", "contact", "references"}
)
PROSE_WORDS = 6


def shows_work(section: str, text: str) -> bool:
    """Whether an evidence line shows work: any line of an experience / projects section, or a sentence (at
    least ``PROSE_WORDS`` words, not a comma list) outside the sections that only list things (skills,
    summary, ...), as in a resume without headings."""
    if section in WORK_SECTIONS:
        return True
    if section in LISTING_SECTIONS:
        return False
    words = len(text.split())
    return words >= PROSE_WORDS and text.count(",") * 3 < words


_MONTH = re.compile(r"^(\d{4})-(\d{2})$")


def current_month() -> str:
    """This month as ``YYYY-MM`` (the default as-of month)."""
    today = _dt.date.today()
    return f"{today.year:04d}-{today.month:02d}"


def month_index(value: str | None) -> int | None:
    """``YYYY-MM`` as a month count (year * 12 + month - 1), None when absent or malformed."""
    match = _MONTH.match(value or "")
    if not match:
        return None
    return int(match.group(1)) * 12 + int(match.group(2)) - 1


def is_stale(last_used: str | None, as_of: str | None) -> bool:
    """Whether a skill last used in ``last_used`` was used more than ``REFRESH_YEARS`` before ``as_of``."""
    last, now = month_index(last_used), month_index(as_of or current_month())
    return last is not None and now is not None and now - last > 12 * REFRESH_YEARS


@dataclass(frozen=True)
class Strength:
    """How strongly the resume shows one skill (0..1) and the words that say why."""

    value: float
    why: str


def skill_strength(
    *, found: bool, in_work: bool, months: int | None, last_used: str | None, as_of: str | None, work_lines: int = 1
) -> Strength:
    """The strength of one skill from where and how long the resume shows it (see the module docstring)."""
    if not found:
        return Strength(0.0, "missing")
    if not in_work:
        return Strength(LISTED, "listed only")
    if months is None:
        lines = min(max(work_lines, 1), UNDATED_LINES)
        value, why = IN_WORK + UNDATED_BONUS * lines / UNDATED_LINES, f"shown in work on {work_lines} line(s), undated"
    else:
        value = IN_WORK + DEPTH_BONUS * min(months, DEPTH_MONTHS) / DEPTH_MONTHS
        why = f"shown in work, {months} months"
    if is_stale(last_used, as_of):
        value *= STALE_FACTOR
        why += f", last used {last_used}"
    return Strength(round(value, 4), why)


def years_factor(months: int | None, years: int) -> float:
    """For a posting's "N+ years of X": 1 when met, down to 0.5 with no dated use at all."""
    if years <= 0:
        return 1.0
    have = (months or 0) / (12 * years)
    return 0.5 + 0.5 * min(1.0, have)


def core_factor(best_core_strength: float) -> float:
    """The multiplier of a role with core skills: ``CORE_FLOOR`` with none shown, 1 with one fully shown."""
    return CORE_FLOOR + (1 - CORE_FLOOR) * best_core_strength


def years_factor_overall(experience_months: int | None, years: int) -> float:
    """A posting's overall "N+ years of experience": 1 when met (or unknown), else the share met."""
    if experience_months is None or years <= 0:
        return 1.0
    return min(1.0, experience_months / (12 * years))


@dataclass(frozen=True)
class Contribution:
    """One skill's part of a role's score: ``points = weight * strength``; ``share`` of the score."""

    id: str
    name: str
    group: str
    weight: float
    strength: float
    why: str
    share: float

    def to_dict(self) -> dict[str, Any]:
        """JSON-safe form."""
        return {
            "id": self.id,
            "name": self.name,
            "group": self.group,
            "weight": self.weight,
            "strength": self.strength,
            "why": self.why,
            "share": round(self.share, 4),
        }
