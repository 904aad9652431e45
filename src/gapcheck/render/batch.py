"""Terminal summary of a batch: one line per file, then the files ranked for each role."""

from __future__ import annotations

import io
from collections.abc import Sequence

from rich.table import Table
from rich.text import Text

from gapcheck.batch import BatchRow
from gapcheck.render.common import buffered_console
from gapcheck.render.escape import percent, plain
from gapcheck.report import RoleReport
from gapcheck.rows import NO_FIT

RANKED = 10


def short_path(path: str, limit: int) -> str:
    """``path`` in at most ``limit`` characters: the start of the folders is replaced by "…", the file name
    kept whole as long as it fits."""
    if len(path) <= limit:
        return path
    name = path.rsplit("/", 1)[-1]
    if len(name) + 2 > limit:
        return "…" + name[len(name) - limit + 1 :]
    tail = path[len(path) - (limit - 1) :]
    cut = tail.find("/")
    return "…" + (tail[cut:] if 0 <= cut < len(tail) - len(name) else "/" + name)


def render_batch(rows: Sequence[BatchRow], *, color: bool = False, width: int = 110) -> str:
    """A table of every file and, per role, the files with the highest readiness score first; long paths are
    shortened at the front (never wrapped mid-word) so the table fits ``width`` columns."""
    buffer = io.StringIO()
    console = buffered_console(buffer, width=width, color=color)
    reports = [r.report for r in rows if r.report is not None]
    roles = [(role.id, role.name) for role in reports[0].roles] if reports else []
    limit = max(24, width - 28 - 17 * len(roles) - (30 if any(row.error for row in rows) else 4))
    table = Table(
        title=f"{len(rows)} resumes, {sum(1 for r in rows if r.error)} with errors; per role: readiness score (coverage)",
        title_justify="left",
    )
    table.add_column("File", no_wrap=True)
    word = max((len(w) for _, name in roles for w in plain(name).split()), default=4)
    errors = any(row.error for row in rows)
    table.add_column("Best fit", min_width=min(word, 14))
    for _, name in roles:
        table.add_column(plain(name), justify="right", min_width=min(word, 14), no_wrap=True)
    table.add_column("Years", justify="right")
    if errors:
        table.add_column("Error", overflow="fold")
    for row in rows:
        error = [Text(plain(row.error or ""))] if errors else []
        if row.report is None:
            table.add_row(Text(short_path(plain(row.file), limit)), Text("-"), *[Text("") for _ in roles], Text(""), *error)
            continue
        by_id = {role.id: role for role in row.report.roles}
        best = by_id[row.report.best_fit].name if row.report.best_fit else NO_FIT
        table.add_row(
            Text(short_path(plain(row.file), limit)),
            Text(plain(best)),
            *[Text(_score(by_id[rid])) if rid in by_id else Text("") for rid, _ in roles],
            Text(_years(row.report.experience_months)),
            *error,
        )
    console.print(table)
    for role_id, name in roles:
        scored = [(r.role(role_id), r) for r in reports if any(x.id == role_id for x in r.roles)]
        scored.sort(key=lambda p: (-p[0].score, -p[0].coverage, p[1].source))
        ranking = Table(title=f"Best matches for {plain(name)}", title_justify="left")
        ranking.add_column("#", justify="right")
        ranking.add_column("File", no_wrap=True)
        ranking.add_column("Score", justify="right")
        ranking.add_column("Coverage", justify="right")
        ranking.add_column("Years", justify="right")
        for i, (role, report) in enumerate(scored[:RANKED], start=1):
            ranking.add_row(
                str(i),
                Text(short_path(plain(report.source), width - 40)),
                f"{role.score:.2f}",
                percent(role.coverage),
                _years(report.experience_months),
            )
        console.print(ranking)
    return buffer.getvalue()


def _score(role: RoleReport) -> str:
    return f"{role.score:.2f} ({percent(role.coverage)})"


def _years(months: int | None) -> str:
    return "-" if months is None else f"{months / 12:.1f}"
