"""Why a skill was or was not found: every place that matched or nearly matched, with the rule."""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass, replace
from typing import Any

from gapcheck.depth import Depth, describe
from gapcheck.document import Document, Line
from gapcheck.hits import NearMiss, SkillHit
from gapcheck.taxonomy import Taxonomy


@dataclass(frozen=True)
class Place:
    """One place in the resume: what was there, where, and what the matcher made of it."""

    matched: str
    line_text: str
    page: int
    line: int
    section: str
    score: float
    accepted: bool
    rule: str

    def to_dict(self) -> dict[str, Any]:
        """JSON-safe form."""
        return {
            "matched": self.matched,
            "text": self.line_text,
            "page": self.page,
            "line": self.line,
            "section": self.section,
            "score": self.score,
            "accepted": self.accepted,
            "rule": self.rule,
        }


@dataclass(frozen=True)
class PositionUse:
    """A dated position a skill was attributed to, and the line of it that shows the skill."""

    title: str
    organization: str
    start: str | None
    end: str | None
    page: int
    line: int
    text: str
    matched: str
    implied_by: str | None = None

    def to_dict(self) -> dict[str, Any]:
        """JSON-safe form."""
        return {
            "title": self.title,
            "organization": self.organization,
            "start": self.start,
            "end": self.end,
            "page": self.page,
            "line": self.line,
            "text": self.text,
            "matched": self.matched,
            "implied_by": self.implied_by,
        }


@dataclass(frozen=True)
class Explanation:
    """What the matcher did with one skill on one resume."""

    skill: str
    name: str
    group: str
    found: bool
    aliases: tuple[str, ...]
    fuzzy_threshold: float
    places: tuple[Place, ...]
    depth: str | None = None
    positions: tuple[PositionUse, ...] = ()

    def to_dict(self) -> dict[str, Any]:
        """JSON-safe form."""
        return {
            "skill": self.skill,
            "name": self.name,
            "group": self.group,
            "found": self.found,
            "aliases": list(self.aliases),
            "fuzzy_threshold": self.fuzzy_threshold,
            "places": [p.to_dict() for p in self.places],
            "depth": self.depth,
            "positions": [p.to_dict() for p in self.positions],
        }


def with_depth(explanation: Explanation, depth: Depth, pages: Sequence[tuple[int, int]]) -> Explanation:
    """The explanation with the skill's depth and the positions it was attributed to (and why).

    ``pages`` gives (page, line number) of every document line, to cite the attributed lines as printed.
    """
    skill = depth.of(explanation.skill)
    uses = []
    for a in skill.attributions:
        position = depth.positions[a.position]
        page, number = pages[a.line]
        uses.append(
            PositionUse(position.title, position.organization, position.start, position.end, page, number, a.text, a.matched, a.implied_by)
        )
    summary = describe(skill.months, skill.last_used, len(skill.positions)) if explanation.found else None
    return replace(explanation, depth=summary, positions=tuple(uses))


def explain_skill(
    document: Document,
    hits: Iterable[SkillHit],
    misses: Iterable[NearMiss],
    taxonomy: Taxonomy,
    skill_id: str,
    *,
    fuzzy_threshold: float,
) -> Explanation:
    """Collect the hits and near misses of one skill, in reading order."""
    skill = taxonomy.skill(skill_id)
    lines = document.lines
    places: list[tuple[int, Place]] = []
    for hit in hits:
        if hit.skill == skill_id and (line := _line(lines, hit.line)) is not None:
            places.append(
                (hit.start, Place(hit.text, line.text, line.page, line.number, hit.section, hit.score, True, f"{hit.match}: {hit.rule}"))
            )
    for miss in misses:
        if miss.skill == skill_id and (line := _line(lines, miss.line)) is not None:
            places.append(
                (
                    miss.start,
                    Place(miss.text, line.text, line.page, line.number, miss.section, miss.score, False, f"rejected: {miss.reason}"),
                )
            )
    places.sort(key=lambda p: p[0])
    return Explanation(
        skill=skill.id,
        name=skill.name,
        group=taxonomy.groups[skill.group].name,
        found=any(p.accepted for _, p in places),
        aliases=tuple(a.text for a in skill.aliases),
        fuzzy_threshold=fuzzy_threshold,
        places=tuple(p for _, p in places),
    )


def _line(lines: Sequence[Line], index: int) -> Line | None:
    return lines[index] if 0 <= index < len(lines) else None
