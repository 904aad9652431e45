"""Terminal output with rich: a coverage bar per role and group, found skills with evidence, missing skills."""

from __future__ import annotations

import io

from rich.console import Console, Group
from rich.panel import Panel
from rich.table import Table
from rich.text import Text

from gapcheck.render.common import how, missing_by_group
from gapcheck.render.escape import percent, plain
from gapcheck.report import Report, RoleReport

_BAR = 24


def _bar(fraction: float, width: int = _BAR) -> Text:
    filled = round(fraction * width)
    style = "green" if fraction >= 0.6 else "yellow" if fraction >= 0.3 else "red"
    return Text("█" * filled, style=style) + Text("░" * (width - filled), style="dim")


def _clip(text: str, limit: int) -> str:
    return text if len(text) <= limit else text[: limit - 1] + "…"


def _role_panel(role: RoleReport, best: bool) -> Panel:
    groups = Table.grid(padding=(0, 2))
    for group in role.groups:
        groups.add_row(Text(plain(group.name)), _bar(group.coverage, 16), Text(f"{group.found}/{group.total}"))
    found = Table(show_header=True, header_style="bold", box=None, pad_edge=False, expand=True)
    found.add_column("Skill", no_wrap=True)
    found.add_column("How", no_wrap=True)
    found.add_column("Evidence (best line)", ratio=1)
    found.add_column("Where", no_wrap=True)
    for skill in role.found:
        ev = skill.evidence[0]
        seen = f" +{skill.count - 1}" if skill.count > 1 else ""
        name = plain(skill.name) + (" (optional)" if skill.optional else "")
        found.add_row(Text(name), Text(how(skill), style="dim"), Text(_clip(plain(ev.text), 90)),
                      Text(f"p{ev.page} {plain(ev.section)}{seen}", style="dim"))
    missing = Text()
    for group_name, misses in missing_by_group(role).items():
        if missing:
            missing.append("\n")
        missing.append(f"{plain(group_name)}: ", style="bold")
        missing.append(", ".join(plain(m.name) + (" (optional)" if m.optional else "") for m in misses))
    title = Text(f"{plain(role.name)}  ", style="bold") + _bar(role.coverage) + Text(
        f"  {percent(role.coverage)}  ({len(role.found)}/{role.total} skills)" + ("  ★ best fit" if best else "")
    )
    parts: list[object] = [groups, Text("")]
    parts.append(found if role.found else Text("No skills of this role found.", style="dim"))
    parts += [Text(""), Text("Missing", style="bold red") if role.missing else Text("Nothing missing.")]
    if role.missing:
        parts.append(missing)
    if role.next_steps:
        steps = Text()
        for i, step in enumerate(role.next_steps, start=1):
            steps.append(f"{i}. {plain(step.name)}", style="bold")
            steps.append(f"  ({plain(step.reason)})\n" if i < len(role.next_steps) else f"  ({plain(step.reason)})")
        parts += [Text(""), Text("What to learn next", style="bold"), steps]
    return Panel(Group(*parts), title=title, title_align="left")  # type: ignore[arg-type]


def render_text(report: Report, *, color: bool = False, width: int = 100) -> str:
    """The report for a terminal; resume text is shown literally (no markup, no control characters)."""
    buffer = io.StringIO()
    console = Console(file=buffer, width=width, force_terminal=color, no_color=not color,
                      color_system="standard" if color else None, highlight=False, emoji=False)
    best = report.role(report.best_fit)
    console.print(Text(f"gapcheck: {plain(report.source)} ({report.pages} page{'s' if report.pages != 1 else ''})",
                       style="bold"))
    console.print(Text(f"Best fit: {plain(best.name)} ({percent(best.coverage)} of its skills found)"))
    for role in report.roles:
        console.print(_role_panel(role, role.id == report.best_fit))
    for warning in report.warnings:
        console.print(Text(f"warning: {plain(warning)}", style="yellow"))
    return buffer.getvalue()
