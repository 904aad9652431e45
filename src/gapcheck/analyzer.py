"""The analysis pipeline: read a resume, match skills with spaCy, score them into a Report."""

from __future__ import annotations

from collections.abc import Sequence
from functools import lru_cache
from pathlib import Path
from typing import Any

from gapcheck.errors import InputTooLarge
from gapcheck.explain import Explanation, explain_skill
from gapcheck.hits import NearMiss, SkillHit
from gapcheck.posting import optional_lines
from gapcheck.reader import (
    DEFAULT_MAX_BYTES,
    DEFAULT_MAX_PAGES,
    DEFAULT_TIMEOUT,
    Document,
    document_from_text,
    read_document,
)
from gapcheck.report import JobPosting, Report, build_report
from gapcheck.taxonomy import Taxonomy, load_taxonomy

MAX_TEXT_CHARS = 2_000_000


class Analyzer:
    """Loads the spaCy pipeline and taxonomy once; analyzes any number of resumes.

    ``taxonomy`` is a loaded :class:`~gapcheck.taxonomy.Taxonomy`, a folder, or None for the built-in
    one (``extend=True`` adds a folder to the built-in taxonomy). ``model`` names an installed spaCy
    pipeline such as ``"en_core_web_sm"``; by default a blank English pipeline is used, which needs no
    download.
    """

    def __init__(
        self,
        *,
        taxonomy: Taxonomy | str | Path | None = None,
        extend: bool = False,
        model: str | None = None,
        fuzzy_cutoff: float | None = None,
    ) -> None:
        self.taxonomy = taxonomy if isinstance(taxonomy, Taxonomy) else load_taxonomy(taxonomy, extend=extend)
        self.model = model
        self.fuzzy_cutoff = fuzzy_cutoff
        self._nlp: Any = None

    @property
    def nlp(self) -> Any:
        """The spaCy pipeline, built on first use."""
        if self._nlp is None:
            self._nlp = _build_pipeline(self.model, self.fuzzy_cutoff)
            self._nlp.get_pipe("gapcheck_skills").set_taxonomy(self.taxonomy)
        return self._nlp

    def warm_up(self) -> Analyzer:
        """Load the spaCy pipeline, lemma table and skill index now instead of on first use."""
        self.nlp("warm up")
        return self

    def analyze(
        self,
        path: str | Path,
        *,
        password: str = "",
        roles: Sequence[str] | None = None,
        max_pages: int = DEFAULT_MAX_PAGES,
        max_bytes: int = DEFAULT_MAX_BYTES,
        timeout: float | None = DEFAULT_TIMEOUT,
    ) -> Report:
        """Analyze a resume file (PDF, .txt or .md).

        ``timeout`` limits the seconds spent reading one PDF (``None``: no limit); see
        :func:`~gapcheck.reader.read_document`.
        """
        document = read_document(path, password=password, max_pages=max_pages, max_bytes=max_bytes,
                                 timeout=timeout)
        return self.analyze_document(document, roles=roles)

    def analyze_text(self, text: str, *, source: str = "<text>", roles: Sequence[str] | None = None) -> Report:
        """Analyze resume text held in memory."""
        if len(text) > MAX_TEXT_CHARS:
            raise InputTooLarge(f"text of {len(text):,} characters is over the {MAX_TEXT_CHARS:,} limit",
                                path=source)
        return self.analyze_document(document_from_text(text, source=source), roles=roles)

    def analyze_document(
        self, document: Document, *, roles: Sequence[str] | None = None, job: JobPosting | None = None
    ) -> Report:
        """Analyze a document already read (optionally against a job posting from :meth:`read_job`)."""
        size = sum(len(line.text) + 1 for line in document.lines)
        if size > MAX_TEXT_CHARS:
            raise InputTooLarge(
                f"has {size:,} characters of text, over the {MAX_TEXT_CHARS:,} limit; is it really a resume?",
                path=document.source,
            )
        if roles:
            for role_id in roles:
                self.taxonomy.role(role_id)
        hits, _ = self.match(document)
        return build_report(document, hits, self.taxonomy, roles=roles, job=job)

    def read_job(self, source: str | Path | None = None, *, text: str | None = None) -> JobPosting:
        """The skills a job posting asks for, from a file (PDF, .txt, .md) or from ``text``.

        Skills under "Nice to have" / "Preferred" / "Bonus" headings, or on lines that say so, are optional.
        """
        if text is not None:
            document = document_from_text(text, source=str(source or "<job posting>"))
        elif source is not None:
            document = read_document(source)
        else:
            raise ValueError("read_job needs a file or text")
        hits, _ = self.match(document)
        lines = document.line_map()
        flags = optional_lines(["" if line is None else line.text for line in lines])
        required: dict[str, None] = {}
        optional: dict[str, None] = {}
        for hit in hits:
            target = optional if 0 <= hit.line < len(flags) and flags[hit.line] else required
            target[hit.skill] = None
        return JobPosting(source=document.source, required=tuple(required),
                          optional=tuple(s for s in optional if s not in required))

    def explain(self, skill: str, document: Document) -> Explanation:
        """Every place in ``document`` that matched or nearly matched ``skill``, and why."""
        self.taxonomy.skill(skill)
        hits, misses = self.match(document)
        threshold = self.nlp.get_pipe("gapcheck_skills").fuzzy_cutoff
        return explain_skill(document, hits, misses, self.taxonomy, skill, fuzzy_threshold=threshold)

    def match(self, document: Document) -> tuple[tuple[SkillHit, ...], tuple[NearMiss, ...]]:
        """The raw skill hits and near misses of a document (offsets refer to ``document.text``)."""
        from gapcheck.matcher import TEXT_KEY

        text = document.text
        doc = self.nlp.make_doc(text)
        doc.user_data[TEXT_KEY] = text  # spares the component rebuilding the text from its tokens
        for _, component in self.nlp.pipeline:
            doc = component(doc)
        return doc._.gapcheck_hits, doc._.gapcheck_near_misses


def _build_pipeline(model: str | None, fuzzy_cutoff: float | None) -> Any:
    import spacy

    import gapcheck.matcher  # noqa: F401  (registers the gapcheck_skills factory)
    from gapcheck.tokenizer import blank_english

    nlp = spacy.load(model) if model else blank_english()
    nlp.max_length = MAX_TEXT_CHARS + 1
    config: dict[str, Any] = {}
    if fuzzy_cutoff is not None:
        config["fuzzy_cutoff"] = fuzzy_cutoff
    nlp.add_pipe("gapcheck_skills", config=config)
    return nlp


@lru_cache(maxsize=1)
def default_analyzer() -> Analyzer:
    """The shared analyzer behind :func:`analyze` and :func:`analyze_text` (built-in taxonomy)."""
    return Analyzer()


def analyze(
    path: str | Path,
    *,
    password: str = "",
    roles: Sequence[str] | None = None,
    timeout: float | None = DEFAULT_TIMEOUT,
) -> Report:
    """Analyze a resume file with the built-in taxonomy. See :class:`Analyzer` for more control."""
    return default_analyzer().analyze(path, password=password, roles=roles, timeout=timeout)


def analyze_text(text: str, *, source: str = "<text>", roles: Sequence[str] | None = None) -> Report:
    """Analyze resume text with the built-in taxonomy."""
    return default_analyzer().analyze_text(text, source=source, roles=roles)
