"""gapcheck: how far is a resume from the AI Engineer and Data Scientist roles?

>>> from gapcheck import analyze
>>> report = analyze("resume.pdf")
>>> report.best_fit, report.role("ai_engineer").coverage
"""

from gapcheck.analyzer import Analyzer, analyze, analyze_text
from gapcheck.document import Document, Line
from gapcheck.errors import GapcheckError, TaxonomyError
from gapcheck.hits import NearMiss, SkillHit
from gapcheck.limits import Limits
from gapcheck.reader import read_document
from gapcheck.report import (
    Evidence,
    FoundSkill,
    GroupCoverage,
    MissingSkill,
    Report,
    RoleReport,
)
from gapcheck.taxonomy import Taxonomy, load_taxonomy
from gapcheck.version import __version__

__all__ = [
    "Analyzer",
    "Document",
    "Evidence",
    "FoundSkill",
    "GapcheckError",
    "GroupCoverage",
    "Limits",
    "Line",
    "MissingSkill",
    "NearMiss",
    "Report",
    "RoleReport",
    "SkillHit",
    "Taxonomy",
    "TaxonomyError",
    "__version__",
    "analyze",
    "analyze_text",
    "load_taxonomy",
    "read_document",
]
