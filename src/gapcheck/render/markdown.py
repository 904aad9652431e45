"""Markdown output: one section per role with coverage, found skills with evidence, missing skills."""

from __future__ import annotations

from gapcheck.render.common import (
    STEP_TITLES,
    experience_line,
    fit_line,
    how,
    missing_by_group,
    pages_note,
    steps_by_kind,
    where,
    years_asked,
)
from gapcheck.render.escape import markdown as esc
from gapcheck.render.escape import percent
from gapcheck.report import Report


def render_markdown(report: Report) -> str:
    """The report as GitHub-flavoured Markdown; everything quoted from the resume is escaped."""
    out = [
        f"# Skills gap: {esc(report.source)}",
        "",
        *([f"*{esc(pages_note(report))}*", ""] if report.ocr_pages else []),
        f"**{esc(fit_line(report))}**",
        "",
        *([experience_line(report) or "", ""] if report.as_of else []),
        "| Role | Score | Coverage | Found | Missing |",
        "|---|---|---|---|---|",
    ]
    out += [f"| {esc(r.name)} | {r.score:.2f} | {percent(r.coverage)} | {len(r.found)} | {len(r.missing)} |" for r in report.roles]
    for role in report.roles:
        out += ["", f"## {esc(role.name)}: score {role.score:.2f}, {percent(role.coverage)} ({len(role.found)}/{role.total})", ""]
        out += ["| Group | Coverage | Found |", "|---|---|---|"]
        out += [f"| {esc(g.name)} | {percent(g.coverage)} | {g.found}/{g.total} |" for g in role.groups]
        asked = years_asked(report, role)
        if asked:
            out += ["", "| Years asked | | On the resume | |", "|---|---|---|---|"]
            out += [f"| {esc(name)} | {want} | {esc(have)} | {verdict} |" for name, want, have, verdict in asked]
        out += ["", "### Found", ""]
        if role.found:
            out += ["| Skill | Match | Evidence | Where | Depth |", "|---|---|---|---|---|"]
            for skill in role.found:
                ev = skill.evidence[0]
                name = esc(skill.name) + (" (optional)" if skill.optional else "")
                depth = esc(skill.depth) if report.as_of else ""
                out.append(f"| {name} | {esc(how(skill))} | {esc(ev.text)} | {esc(where(skill))} | {depth} |")
        else:
            out.append("None of this role's skills were found.")
        out += ["", "### Missing", ""]
        if role.missing:
            out += ["| Group | Skills |", "|---|---|"]
            out += [
                f"| {esc(group)} | " + ", ".join(esc(m.name) + (" (optional)" if m.optional else "") for m in misses) + " |"
                for group, misses in missing_by_group(role).items()
            ]
        else:
            out.append("Nothing: every skill of this role was found.")
        if role.choices:
            out += ["", "### Either-or requirements", ""]
            out += [f"- {esc(c.describe())}" for c in role.choices]
        for kind, steps in steps_by_kind(role).items():
            out += ["", f"### {STEP_TITLES[kind]}", ""]
            out += [f"{i}. **{esc(step.name)}** ({esc(step.reason)})" for i, step in enumerate(steps, start=1)]
    for warning in report.warnings:
        out += ["", f"> Warning: {esc(warning)}"]
    return "\n".join(out) + "\n"
