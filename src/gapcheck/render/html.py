"""HTML output: one self-contained page (inline CSS and SVG, no scripts, no external resources).

A Content-Security-Policy forbids scripts and remote loads, and every string quoted from the resume or
taxonomy is HTML-escaped, so a resume carrying ``<script>`` shows it as text.
"""

from __future__ import annotations

from html import escape

from gapcheck.render.common import (
    STEP_TITLES,
    experience_line,
    fit_line,
    how,
    missing_by_group,
    ocr_note,
    pages_note,
    steps_by_kind,
    years_asked,
)
from gapcheck.render.escape import percent, plain
from gapcheck.report import Report, RoleReport

_CSP = "default-src 'none'; style-src 'unsafe-inline'; img-src data:"
_STYLE = """
body{font:15px/1.45 system-ui,-apple-system,"Segoe UI",Roboto,sans-serif;margin:2rem auto;max-width:62rem;
color:#1d2430;padding:0 1rem}
h1{font-size:1.5rem;margin-bottom:.2rem}h2{margin-top:2.2rem;border-bottom:2px solid #e4e7ec;padding-bottom:.3rem}
.meta{color:#5b6576}.best{background:#e8f5ee;border-left:4px solid #2e9d62;padding:.5rem .8rem;margin:1rem 0}
table{border-collapse:collapse;width:100%;margin:.6rem 0}th,td{text-align:left;padding:.35rem .5rem;
border-bottom:1px solid #eceff3;vertical-align:top}th{font-size:.85rem;color:#5b6576}
blockquote{margin:0;color:#2d3748}.small{font-size:.85rem;color:#5b6576}
.tag{display:inline-block;font-size:.75rem;padding:0 .4rem;border-radius:.6rem;background:#eef1f6;margin-left:.3rem}
ol li{margin:.2rem 0}svg text{font:12px system-ui,sans-serif;fill:#1d2430}
"""
_BAR_WIDTH = 320
_LABEL_WIDTH = 300


def _e(text: str) -> str:
    return escape(plain(text), quote=True)


def _bars(rows: list[tuple[str, float, str]], title: str) -> str:
    """A horizontal bar chart as inline SVG: one (label, fraction, note) per bar."""
    height = 24 * len(rows) + 8
    width = _LABEL_WIDTH + _BAR_WIDTH + 90
    parts = [
        f'<svg class="chart" role="img" aria-label="{_e(title)}" width="{width}" height="{height}" '
        f'viewBox="0 0 {width} {height}" xmlns="http://www.w3.org/2000/svg">',
        f"<title>{_e(title)}</title>",
    ]
    for i, (label, fraction, note) in enumerate(rows):
        y = 4 + 24 * i
        color = "#2e9d62" if fraction >= 0.6 else "#d49a1f" if fraction >= 0.3 else "#d0463b"
        filled = round(_BAR_WIDTH * max(0.0, min(1.0, fraction)))
        parts += [
            f'<text x="0" y="{y + 14}">{_e(label)}</text>',
            f'<rect x="{_LABEL_WIDTH}" y="{y}" width="{_BAR_WIDTH}" height="16" rx="3" fill="#eceff3"/>',
            f'<rect class="bar" x="{_LABEL_WIDTH}" y="{y}" width="{filled}" height="16" rx="3" fill="{color}"/>',
            f'<text x="{_LABEL_WIDTH + _BAR_WIDTH + 8}" y="{y + 14}">{_e(note)}</text>',
        ]
    parts.append("</svg>")
    return "".join(parts)


def _role_section(role: RoleReport, best: bool, report: Report) -> str:
    out = [
        f'<section id="role-{_e(role.id)}"><h2>{_e(role.name)}: score {role.score:.2f} '
        f'<span class="small">({percent(role.coverage)}, {len(role.found)}/{role.total} skills)</span>'
        + (' <span class="tag">best fit</span>' if best else "")
        + "</h2>"
    ]
    out.append(_bars([(g.name, g.coverage, f"{g.found}/{g.total}") for g in role.groups], f"{role.name}: coverage per skill group"))
    asked = years_asked(report, role)
    if asked:
        out.append("<table><thead><tr><th>Years asked</th><th></th><th>On the resume</th><th></th></tr></thead><tbody>")
        out += [
            f"<tr><td>{_e(name)}</td><td>{_e(want)}</td><td>{_e(have)}</td><td>{_e(verdict)}</td></tr>"
            for name, want, have, verdict in asked
        ]
        out.append("</tbody></table>")
    if role.choices:
        out.append("<h3>Either-or requirements</h3><ul>")
        out += [f"<li>{_e(c.describe())}</li>" for c in role.choices]
        out.append("</ul>")
    for kind, steps in steps_by_kind(role).items():
        out.append(f"<h3>{STEP_TITLES[kind]}</h3><ol>")
        out += [f'<li><strong>{_e(n.name)}</strong> <span class="small">({_e(n.group)}; {_e(n.reason)})</span></li>' for n in steps]
        out.append("</ol>")
    out.append("<h3>Found</h3>")
    if role.found:
        out.append("<table><thead><tr><th>Skill</th><th>How</th><th>Evidence</th><th>Where</th></tr></thead><tbody>")
        for skill in role.found:
            ev = skill.evidence[0]
            more = skill.count - 1
            places = f", {more} more place{'s' if more != 1 else ''}" if more > 0 else ""
            optional = ' <span class="tag">optional</span>' if skill.optional else ""
            depth = f'<br><span class="small">{_e(skill.depth)}</span>' if report.as_of else ""
            out.append(
                f'<tr><td>{_e(skill.name)}{optional}{depth}</td><td class="small">{_e(how(skill))}</td>'
                f"<td><blockquote>{_e(ev.text)}</blockquote></td>"
                f'<td class="small">page {ev.page}, {_e(ev.section)}{_e(ocr_note(ev))}{places}</td></tr>'
            )
        out.append("</tbody></table>")
    else:
        out.append("<p>None of this role's skills were found.</p>")
    out.append("<h3>Missing</h3>")
    if role.missing:
        out.append("<table><tbody>")
        out += [
            f"<tr><th>{_e(group)}</th><td>"
            + ", ".join(_e(m.name) + (' <span class="tag">optional</span>' if m.optional else "") for m in misses)
            + "</td></tr>"
            for group, misses in missing_by_group(role).items()
        ]
        out.append("</tbody></table>")
    else:
        out.append("<p>Nothing: every skill of this role was found.</p>")
    out.append("</section>")
    return "".join(out)


def render_html(report: Report) -> str:
    """The report as one self-contained HTML page."""
    overview = _bars(
        [(r.name, r.score, f"score {r.score:.2f}, {percent(r.coverage)} ({len(r.found)}/{r.total})") for r in report.roles],
        "Readiness score per role",
    )
    body = [
        "<!doctype html>",
        '<html lang="en"><head><meta charset="utf-8">',
        f'<meta http-equiv="Content-Security-Policy" content="{_CSP}">',
        '<meta name="viewport" content="width=device-width, initial-scale=1">',
        f"<title>Skills gap: {_e(report.source)}</title><style>{_STYLE}</style></head><body>",
        f'<h1>Skills gap report</h1><p class="meta">{_e(report.source)} &middot; {_e(pages_note(report))} '
        "&middot; made offline by gapcheck</p>",
        f'<p class="best">{_e(fit_line(report))}</p>',
        *([f'<p class="meta">{_e(experience_line(report) or "")}</p>'] if report.as_of else []),
        overview,
    ]
    body += [_role_section(role, role.id == report.best_fit, report) for role in report.roles]
    body += [f'<p class="small">Warning: {_e(w)}</p>' for w in report.warnings]
    body.append("</body></html>\n")
    return "\n".join(body)
