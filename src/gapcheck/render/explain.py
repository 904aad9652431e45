"""Rendering an :class:`~gapcheck.explain.Explanation` (``gapcheck resume.pdf --explain SKILL``)."""

from __future__ import annotations

import json

from gapcheck.explain import Explanation
from gapcheck.render.escape import plain


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
