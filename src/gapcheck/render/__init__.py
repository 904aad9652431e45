"""Report renderers, one module per format. ``render(report, "json")`` returns the text."""

from __future__ import annotations

from gapcheck.report import Report

FORMATS = ("text", "json", "markdown", "html")


def render(report: Report, fmt: str = "text", *, color: bool = False, width: int = 100) -> str:
    """Render a report as ``text`` (terminal), ``json``, ``markdown`` or ``html``."""
    if fmt == "json":
        from gapcheck.render.json import render_json

        return render_json(report)
    if fmt == "markdown":
        from gapcheck.render.markdown import render_markdown

        return render_markdown(report)
    if fmt == "html":
        from gapcheck.render.html import render_html

        return render_html(report)
    if fmt == "text":
        from gapcheck.render.text import render_text

        return render_text(report, color=color, width=width)
    raise ValueError(f"unknown format {fmt!r}; choose one of {', '.join(FORMATS)}")


__all__ = ["FORMATS", "render"]
