"""Rendering an :class:`~gapcheck.explain.Explanation` (``gapcheck resume.pdf --explain SKILL``)."""

from __future__ import annotations

import json

from gapcheck.explain import Explanation
from gapcheck.readiness import DEPTH_BONUS, DEPTH_MONTHS, IN_WORK, LISTED, REFRESH_YEARS, STALE_FACTOR
from gapcheck.render.escape import plain
from gapcheck.report import Report


def render_explanation(explanation: Explanation, *, json_output: bool = False) -> str:
    """Plain text (or JSON) listing every place that matched or nearly matched one skill."""
    if json_output:
        return json.dumps(explanation.to_dict(), indent=2, ensure_ascii=False) + "\n"
    e = explanation
    verdict = "FOUND" if e.found else "NOT FOUND"
    lines = [
        f"{plain(e.name)} ({e.skill}, group {plain(e.group)}): {verdict}",
        f"aliases: {', '.join(plain(a) for a in e.aliases)}",
        f"fuzzy threshold: {e.fuzzy_threshold:.0f} (typos scored with rapidfuzz ratio; English words are never fuzzy-matched)",
    ]
    if not e.places:
        lines.append("No place in the resume matched or nearly matched any alias.")
    for place in e.places:
        mark = "+" if place.accepted else "-"
        lines.append(f"{mark} p{place.page} l{place.line} [{plain(place.section)}] {plain(place.matched)!r}: {plain(place.rule)}")
        lines.append(f"    {plain(place.line_text)}")
    if e.depth is not None:
        lines.append(f"depth: {plain(e.depth)}")
        if not e.positions:
            lines.append("No dated position shows it (only skills, summary or undated lines do).")
        for use in e.positions:
            where = " at ".join(plain(x) for x in (use.title, use.organization) if x) or "untitled position"
            why = f"implied by {plain(use.implied_by)} in" if use.implied_by else "shown by"
            lines.append(f"  {where} ({use.start} – {use.end}): {why} {plain(use.matched)!r}, p{use.page} l{use.line}")
            lines.append(f"    {plain(use.text)}")
    return "\n".join(lines) + "\n"


def render_score_explanation(report: Report, role_id: str, *, json_output: bool = False) -> str:
    """How one role's readiness score adds up (``gapcheck resume.pdf --explain-score ROLE``): every skill's
    weight, strength and share of the score, largest share first."""
    role = report.role(role_id)
    if json_output:
        data = {
            "role": role.id,
            "name": role.name,
            "score": round(role.score, 4),
            "best_fit": report.best_fit,
            "as_of": report.as_of,
            "contributions": [c.to_dict() for c in role.contributions],
        }
        return json.dumps(data, indent=2, ensure_ascii=False) + "\n"
    total = sum(c.weight for c in role.contributions)
    points = sum(c.weight * c.strength for c in role.contributions)
    verdict = " (best fit)" if report.best_fit == role.id else ""
    lines = [
        f"{plain(role.name)}: readiness score {role.score:.2f}{verdict}",
        f"score = sum(weight x strength) / sum(weight) x factor = {points:.2f} / {total:.2f} x {role.factor:.2f}",
        "factor: 0.5 + 0.5 x the strength of the best-shown core skill of the role (x the years asked, for a job)",
        f"strength: 0 missing, {LISTED:.2f} listed only, {IN_WORK:.2f} shown in work + up to {DEPTH_BONUS:.2f} for "
        f"{DEPTH_MONTHS} months of use; x{STALE_FACTOR:.2f} when last used over {REFRESH_YEARS} years before "
        f"{report.as_of or 'the as-of month'}",
        "",
        f"{'share':>6}  {'weight':>6}  {'strength':>8}  skill (group): why",
    ]
    for c in role.contributions:
        lines.append(f"{c.share:6.3f}  {c.weight:6.2f}  {c.strength:8.2f}  {plain(c.name)} ({plain(c.group)}): {plain(c.why)}")
    return "\n".join(lines) + "\n"
