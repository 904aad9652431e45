"""Markdown output: one section per role with coverage, found skills with evidence, missing skills."""

from __future__ import annotations

from gapcheck.render.escape import markdown as esc
from gapcheck.render.escape import percent
from gapcheck.report import Report


def render_markdown(report: Report) -> str:
    """The report as GitHub-flavoured Markdown; everything quoted from the resume is escaped."""
    best = report.role(report.best_fit)
    out = [
        f"# Skills gap: {esc(report.source)}",
        "",
        f"**Best fit: {esc(best.name)}** ({percent(best.coverage)} of its skills found)",
        "",
        "| Role | Coverage | Found | Missing |",
        "|---|---|---|---|",
    ]
    out += [f"| {esc(r.name)} | {percent(r.coverage)} | {len(r.found)} | {len(r.missing)} |" for r in report.roles]
    for role in report.roles:
        out += ["", f"## {esc(role.name)}: {percent(role.coverage)} ({len(role.found)}/{role.total})", ""]
        out += ["| Group | Coverage | Found |", "|---|---|---|"]
        out += [f"| {esc(g.name)} | {percent(g.coverage)} | {g.found}/{g.total} |" for g in role.groups]
        out += ["", "### Found", ""]
        if role.found:
            out += ["| Skill | Match | Evidence | Where | Seen |", "|---|---|---|---|---|"]
            for skill in role.found:
                ev = skill.evidence[0]
                match = skill.match if skill.match != "fuzzy" else f"fuzzy {skill.score:.0f}"
                if skill.implied_by:
                    match += f" (from {esc(skill.implied_by)})"
                out.append(f"| {esc(skill.name)} | {match} | {esc(ev.text)} | p.{ev.page} {esc(ev.section)} "
                           f"| {skill.count}x |")
        else:
            out.append("None of this role's skills were found.")
        out += ["", "### Missing", ""]
        if role.missing:
            out += ["| Group | Skills |", "|---|---|"]
            groups: dict[str, list[str]] = {}
            for miss in role.missing:
                groups.setdefault(miss.group, []).append(esc(miss.name))
            out += [f"| {esc(group)} | {', '.join(names)} |" for group, names in groups.items()]
        else:
            out.append("Nothing: every skill of this role was found.")
    for warning in report.warnings:
        out += ["", f"> Warning: {esc(warning)}"]
    return "\n".join(out) + "\n"
