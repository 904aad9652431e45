"""Wording shared by the renderers: how a skill matched, missing skills by group."""

from __future__ import annotations

from typing import Any

from gapcheck.depth import format_duration
from gapcheck.report import JOB_ROLE_ID, Evidence, FoundSkill, MissingSkill, NextStep, Report, RoleReport


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
    return f"p{ev.page} {ev.section}{ocr_note(ev)}{extra}"


def pages_note(report: Report) -> str:
    """ "2 pages" and, when some were scans, which were recognised by OCR: "2 pages; recognised by OCR: page 2"."""
    note = f"{report.pages} page{'s' if report.pages != 1 else ''}"
    if report.ocr_pages:
        numbers = ", ".join(map(str, report.ocr_pages))
        note += f"; recognised by OCR: page{'s' if len(report.ocr_pages) != 1 else ''} {numbers}"
    return note


def ocr_note(evidence: Evidence) -> str:
    """ ", OCR 0.93" for evidence recognised from a scan (the engine's confidence in the line), else ""."""
    return "" if evidence.confidence is None else f", OCR {evidence.confidence:.2f}"


def experience_line(report: Report) -> str | None:
    """ "As of 2026-12 · 6 yrs 11 mo of experience in 3 dated positions" (None without depth)."""
    if report.as_of is None:
        return None
    count = len(report.positions)
    months = format_duration(report.experience_months or 0) if count else "no dated experience found"
    tail = f" of experience in {count} dated position{'s' * (count != 1)}" if count else ""
    return f"As of {report.as_of} · {months}{tail}"


def years_asked(report: Report, role: RoleReport) -> list[tuple[str, str, str, str]]:
    """For the job role: (requirement, years asked, the resume's months, "met" / "short") per years requirement."""
    if role.id != JOB_ROLE_ID or report.job is None:
        return []
    names = {f.id: f.name for r in report.roles for f in r.found}
    names.update({m.id: m.name for r in report.roles for m in r.missing})
    out = []
    for skill, years, months, met in report.requirement_status():
        name = "Experience overall" if skill == "overall" else names.get(skill, skill)
        have = "listed only / not shown" if months is None else format_duration(months)
        out.append((name, f"{years}+ yrs", have, "met" if met else "short"))
    return out


def missing_by_group(role: RoleReport) -> dict[str, list[MissingSkill]]:
    """The role's missing skills, grouped by group name in taxonomy order."""
    groups: dict[str, list[MissingSkill]] = {}
    for miss in role.missing:
        groups.setdefault(miss.group, []).append(miss)
    return groups


STEP_TITLES = {"learn": "What to learn next", "show": "Show what you listed", "refresh": "Refresh"}


def steps_by_kind(role: RoleReport) -> dict[str, list[NextStep]]:
    """The role's next steps by kind (learn, show, refresh), kinds without steps left out."""
    out: dict[str, list[NextStep]] = {}
    for step in role.next_steps:
        out.setdefault(step.kind, []).append(step)
    return out


def fit_line(report: Report) -> str:
    """The verdict: the best fit (and a close second), or that neither role fits yet and which is closer."""
    closest = report.closest
    if closest is None:
        return "No role to compare with."
    if report.best_fit is None:
        return (
            f"Neither role fits yet: the closer one is {closest.name} "
            f"(score {closest.score:.2f}, {closest.coverage:.0%} of its skills found)"
        )
    best = report.role(report.best_fit)
    line = f"Best fit: {best.name} (score {best.score:.2f}, {best.coverage:.0%} of its skills found)"
    second = report.close_second
    if second is not None:
        line += f"; {second.name} is a close second (score {second.score:.2f})"
    return line


def buffered_console(buffer: Any, *, width: int, color: bool) -> Any:
    """A rich Console that writes to ``buffer``: ANSI colours only when ``color``, no markup guessing, no emoji."""
    from rich.console import Console

    return Console(
        file=buffer,
        width=width,
        force_terminal=color,
        no_color=not color,
        color_system="standard" if color else None,
        highlight=False,
        emoji=False,
    )
