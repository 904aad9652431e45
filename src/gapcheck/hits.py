"""What the matcher leaves on a Doc: skill hits with the rule that produced them, and near misses."""

from __future__ import annotations

from dataclasses import dataclass

MATCH_KINDS = ("exact", "lemma", "fuzzy", "implied")


@dataclass(frozen=True)
class SkillHit:
    """One place in the text that shows a skill.

    ``start``/``end`` are character offsets in the Doc text and ``line`` the 0-based index of the
    Doc line the hit starts on. ``match`` is exact, lemma, fuzzy (with ``score`` < 100) or implied
    (``implied_by`` names the skill whose hit implies this one).
    """

    skill: str
    alias: str
    text: str
    start: int
    end: int
    line: int
    section: str
    match: str
    score: float
    rule: str
    implied_by: str | None = None


@dataclass(frozen=True)
class NearMiss:
    """A place that looked like a skill but was not counted, and why."""

    skill: str
    alias: str
    text: str
    start: int
    end: int
    line: int
    section: str
    score: float
    reason: str
