"""Wording shared by the renderers: how a skill matched, missing skills by group."""

from __future__ import annotations

from gapcheck.report import FoundSkill, MissingSkill, RoleReport


def how(skill: FoundSkill) -> str:
    """How a skill was found: exact, lemma, "fuzzy 90" or "implied by pytorch"."""
    if skill.implied_by:
        return f"implied by {skill.implied_by}"
    if skill.match == "fuzzy":
        return f"fuzzy {skill.score:.0f}"
    return skill.match


def where(skill: FoundSkill, separator: str = ", ") -> str:
    """Where the best evidence is, and how many other places show the skill: "p2 experience, 3 more places"."""
    ev = skill.evidence[0]
    more = skill.count - 1
    extra = f"{separator}{more} more place{'s' if more != 1 else ''}" if more > 0 else ""
    return f"p{ev.page} {ev.section}{extra}"


def missing_by_group(role: RoleReport) -> dict[str, list[MissingSkill]]:
    """The role's missing skills, grouped by group name in taxonomy order."""
    groups: dict[str, list[MissingSkill]] = {}
    for miss in role.missing:
        groups.setdefault(miss.group, []).append(miss)
    return groups
