"""Terminal summary of a batch: one line per file, then the files ranked for each role."""

from __future__ import annotations

import io
from collections.abc import Sequence

from rich.console import Console
from rich.table import Table
from rich.text import Text

from gapcheck.batch import BatchRow
from gapcheck.render.escape import percent, plain

RANKED = 10


def render_batch(rows: Sequence[BatchRow], *, color: bool = False, width: int = 110) -> str:
    """A table of every file and, per role, the best-covered files first."""
    buffer = io.StringIO()
    console = Console(file=buffer, width=width, force_terminal=color, no_color=not color,
                      color_system="standard" if color else None, highlight=False, emoji=False)
    reports = [r.report for r in rows if r.report is not None]
    roles = [(role.id, role.name) for role in reports[0].roles] if reports else []
    table = Table(title=f"{len(rows)} resumes, {sum(1 for r in rows if r.error)} with errors", title_justify="left")
    table.add_column("File", overflow="fold")
    table.add_column("Best fit")
    for _, name in roles:
        table.add_column(plain(name), justify="right")
    table.add_column("Error")
    for row in rows:
        if row.report is None:
            table.add_row(Text(plain(row.file)), Text("-"), *[Text("") for _ in roles], Text(plain(row.error or "")))
            continue
        coverage = {role.id: role for role in row.report.roles}
        best = coverage[row.report.best_fit].name
        table.add_row(Text(plain(row.file)), Text(plain(best)),
                      *[Text(percent(coverage[rid].coverage)) if rid in coverage else Text("") for rid, _ in roles],
                      Text(""))
    console.print(table)
    for role_id, name in roles:
        ranked = sorted(((r.role(role_id).coverage, r.source) for r in reports if any(x.id == role_id for x in r.roles)),
                        reverse=True)[:RANKED]
        ranking = Table(title=f"Best matches for {plain(name)}", title_justify="left")
        ranking.add_column("#", justify="right")
        ranking.add_column("File", overflow="fold")
        ranking.add_column("Coverage", justify="right")
        for i, (value, source) in enumerate(ranked, start=1):
            ranking.add_row(str(i), Text(plain(source)), percent(value))
        console.print(ranking)
    return buffer.getvalue()
