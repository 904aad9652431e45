"""JSON output: ``Report.to_dict()`` as indented JSON."""

from __future__ import annotations

import json

from gapcheck.report import Report


def render_json(report: Report) -> str:
    """The report as a JSON document (UTF-8 text, non-ASCII kept)."""
    return json.dumps(report.to_dict(), indent=2, ensure_ascii=False) + "\n"
