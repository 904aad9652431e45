"""Terminal output with rich: a coverage bar per role and group, found skills with evidence, missing skills.

The report fits the width it is given (the terminal's, from 60 columns up) without dropping anything: from
``WIDE`` columns the found skills are a table, below it each skill is a line of its own with its evidence
indented underneath; long names and quotes wrap instead of being cut.
"""

from __future__ import annotations

import io

from rich.console import Group
from rich.padding import Padding
from rich.panel import Panel
from rich.table import Table
from rich.text import Text

from gapcheck.render.common import (
    STEP_TITLES,
    buffered_console,
    experience_line,
    fit_line,
    how,
    missing_by_group,
    pages_note,
    steps_by_kind,
    where,
    years_asked,
)
from gapcheck.render.escape import percent, plain
from gapcheck.report import Report, RoleReport

MIN_WIDTH = 60
WIDE = 90


def _bar(fraction: float, width: int) -> Text:
    filled = round(fraction * width)
    style = "green" if fraction >= 0.6 else "yellow" if fraction >= 0.3 else "red"
    return Text("█" * filled, style=style) + Text("░" * (width - filled), style="dim")


def _found_table(role: RoleReport, report: Report) -> Table:
    found = Table(show_header=True, header_style="bold", box=None, pad_edge=False, expand=True)
    found.add_column("Skill", ratio=1, min_width=12, overflow="fold")
    found.add_column("How", no_wrap=True)
    found.add_column("Evidence", ratio=3, overflow="fold")
    found.add_column("Where", ratio=1, min_width=14, overflow="fold")
    for skill in role.found:
        name = plain(skill.name) + (" (optional)" if skill.optional else "")
        evidence = Text(plain(skill.evidence[0].text))
        if report.as_of is not None:  # depth heads the widest column, so it reads on one line
            evidence = Text(skill.depth + "\n", style="cyan") + evidence
        found.add_row(
            Text(name),
            Text(how(skill), style="dim"),
            evidence,
            Text("\n".join(plain(part) for part in where(skill, "\n").split("\n")), style="dim"),
        )
    return found


def _found_stacked(role: RoleReport, report: Report) -> Table:
    found = Table.grid(padding=(0, 0), expand=True)
    found.add_column(overflow="fold")
    for skill in role.found:
        head = Text(plain(skill.name) + (" (optional)" if skill.optional else ""), style="bold")
        head.append(f"  {how(skill)}; {plain(where(skill))}", style="dim")
        found.add_row(head)
        if report.as_of is not None:
            found.add_row(Padding(Text(skill.depth, style="cyan"), (0, 0, 0, 2)))
        found.add_row(Padding(Text(plain(skill.evidence[0].text)), (0, 0, 0, 2)))
    return found


def _years_table(report: Report, role: RoleReport) -> Table | None:
    asked = years_asked(report, role)
    if not asked:
        return None
    years = Table(show_header=True, header_style="bold", box=None, pad_edge=False)
    for column in ("Years asked", "", "On the resume", ""):
        years.add_column(column, overflow="fold")
    for name, want, have, verdict in asked:
        years.add_row(Text(plain(name)), Text(want), Text(have), Text(verdict, style="green" if verdict == "met" else "red"))
    return years


def _role_panel(role: RoleReport, best: bool, width: int, report: Report) -> Panel:
    bar = 16 if width >= WIDE else 10
    groups = Table.grid(padding=(0, 2), expand=False)
    groups.add_column(overflow="fold", max_width=max(16, width - bar - 14))
    groups.add_column(no_wrap=True)
    groups.add_column(no_wrap=True)
    for group in role.groups:
        groups.add_row(Text(plain(group.name)), _bar(group.coverage, bar), Text(f"{group.found}/{group.total}"))
    missing = Text()
    for group_name, misses in missing_by_group(role).items():
        if missing:
            missing.append("\n")
        missing.append(f"{plain(group_name)}: ", style="bold")
        missing.append(", ".join(plain(m.name) + (" (optional)" if m.optional else "") for m in misses))
    summary = f"score {role.score:.2f}  {percent(role.coverage)} ({len(role.found)}/{role.total} skills)" + ("  ★ best fit" if best else "")
    heading = Text(plain(role.name), style="bold")
    if width >= WIDE:
        heading += Text("  ") + _bar(role.score, 24)
    heading += Text(f"  {summary}")
    in_title = heading.cell_len <= width - 8
    parts: list[object] = [groups, Text("")] if in_title else [heading, groups, Text("")]
    years = _years_table(report, role)
    if years is not None:
        parts += [years, Text("")]
    if not role.found:
        parts.append(Text("No skills of this role found.", style="dim"))
    else:
        parts.append(_found_table(role, report) if width >= WIDE else _found_stacked(role, report))
    parts += [Text(""), Text("Missing", style="bold red") if role.missing else Text("Nothing missing.")]
    if role.missing:
        parts.append(missing)
    if role.choices:
        parts += [Text(""), Text("Either-or requirements", style="bold"), Text("\n".join(plain(c.describe()) for c in role.choices))]
    for kind, kind_steps in steps_by_kind(role).items():
        steps = Text()
        for i, step in enumerate(kind_steps, start=1):
            steps.append(f"{i}. {plain(step.name)}", style="bold")
            steps.append(f"  ({plain(step.reason)})\n" if i < len(kind_steps) else f"  ({plain(step.reason)})")
        parts += [Text(""), Text(STEP_TITLES[kind], style="bold"), steps]
    return Panel(Group(*parts), title=heading if in_title else None, title_align="left")  # type: ignore[arg-type]


def render_text(report: Report, *, color: bool = False, width: int = 100) -> str:
    """The report for a terminal ``width`` columns wide (at least ``MIN_WIDTH``); resume text is shown
    literally (no markup, no control characters)."""
    width = max(MIN_WIDTH, width)
    buffer = io.StringIO()
    console = buffered_console(buffer, width=width, color=color)
    console.print(Text(f"gapcheck: {plain(report.source)} ({pages_note(report)})", style="bold"))
    console.print(Text(plain(fit_line(report))))
    experience = experience_line(report)
    if experience:
        console.print(Text(experience))
    for role in report.roles:
        console.print(_role_panel(role, role.id == report.best_fit, width, report))
    for warning in report.warnings:
        console.print(Text(f"warning: {plain(warning)}", style="yellow"))
    return buffer.getvalue()
