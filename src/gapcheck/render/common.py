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


def missing_by_group(role: RoleReport) -> dict[str, list[MissingSkill]]:
    """The role's missing skills, grouped by group name in taxonomy order."""
    groups: dict[str, list[MissingSkill]] = {}
    for miss in role.missing:
        groups.setdefault(miss.group, []).append(miss)
    return groups
