"""The analysis pipeline: read a resume, match skills with spaCy, score them into a Report."""

from __future__ import annotations

from collections.abc import Sequence
from functools import lru_cache
from pathlib import Path
from typing import Any

from gapcheck.dates import Month, parse_month, this_month
from gapcheck.depth import measure
from gapcheck.document import Document
from gapcheck.errors import InputTooLarge
from gapcheck.explain import Explanation, explain_skill, with_depth
from gapcheck.hits import NearMiss, SkillHit
from gapcheck.limits import DEFAULT_LIMITS, Limits
from gapcheck.posting import posting_from_hits, unasked_spans
from gapcheck.reader import ENGINES, OCR_MODES, read_document, start_reading
from gapcheck.report import JobPosting, Report, build_report
from gapcheck.taxonomy import Taxonomy, load_taxonomy
from gapcheck.textfile import document_from_text

VOCABULARY_LIMIT = 30_000
"""New strings (words and their forms) an analyzer's spaCy vocabulary may learn before its pipeline is rebuilt."""


class Analyzer:
    """Loads the spaCy pipeline and taxonomy once; analyzes any number of resumes.

    ``taxonomy`` is a loaded :class:`~gapcheck.taxonomy.Taxonomy`, a folder, or None for the built-in
    one (``extend=True`` adds a folder to the built-in one). ``model`` names an installed spaCy
    pipeline such as ``"en_core_web_sm"``; by default a blank English pipeline is used, which needs no
    download. ``engine`` is the PDF engine (``"pdfminer"``, or ``"pdfium"`` with the pdfium extra);
    ``ocr`` says when scanned pages are recognised (``"auto"``, ``"always"``, ``"never"``; the ocr extra, see
    :func:`~gapcheck.reader.read_document`);
    ``limits`` bound the reading of every file (time, memory, size, pages, characters; see
    :class:`~gapcheck.limits.Limits`).
    ``as_of`` (``"YYYY-MM"``, default the current month) is the month skill depth is measured at:
    open ends ("Present") mean that month and no position runs past it.
    """

    def __init__(
        self,
        *,
        taxonomy: Taxonomy | str | Path | None = None,
        extend: bool = False,
        model: str | None = None,
        fuzzy_cutoff: float | None = None,
        engine: str = "pdfminer",
        limits: Limits = DEFAULT_LIMITS,
        as_of: str | None = None,
        ocr: str = "auto",
    ) -> None:
        self.as_of = None if as_of is None else parse_month(as_of)
        if engine not in ENGINES:
            raise ValueError(f"unknown engine {engine!r}; choose one of {', '.join(ENGINES)}")
        if ocr not in OCR_MODES:
            raise ValueError(f"unknown OCR mode {ocr!r}; choose one of {', '.join(OCR_MODES)}")
        self.taxonomy = taxonomy if isinstance(taxonomy, Taxonomy) else load_taxonomy(taxonomy, extend=extend)
        self.model = model
        self.fuzzy_cutoff = fuzzy_cutoff
        self.engine = engine
        self.ocr = ocr
        self.limits = limits
        self._nlp: Any = None
        self._strings_at_build = 0

    @property
    def nlp(self) -> Any:
        """The spaCy pipeline, built on first use."""
        if self._nlp is None:
            self._nlp = _build_pipeline(self.model, self.fuzzy_cutoff, self.taxonomy)
            self._strings_at_build = len(self._nlp.vocab.strings)
        return self._nlp

    def warm_up(self) -> Analyzer:
        """Load the spaCy pipeline, lemma table and skill index now instead of on first use."""
        self.match(document_from_text("warm up"))
        return self

    def read(self, path: str | Path, *, password: str = "", limits: Limits | None = None) -> Document:
        """Read a file into a Document with this analyzer's engine, OCR mode and limits (or ``limits``)."""
        return read_document(path, password=password, limits=limits or self.limits, engine=self.engine, ocr=self.ocr)

    def analyze(
        self,
        path: str | Path,
        *,
        password: str = "",
        roles: Sequence[str] | None = None,
        limits: Limits | None = None,
        job: JobPosting | None = None,
        as_of: str | None = None,
    ) -> Report:
        """Analyze a resume file (PDF, .docx, .txt or .md) within this analyzer's limits (or ``limits``),
        optionally against a job posting from :meth:`read_job`. The spaCy pipeline loads while the file is parsed.
        ``as_of`` (``"YYYY-MM"``) overrides the analyzer's as-of month.
        """
        pending = start_reading(path, password=password, limits=limits or self.limits, engine=self.engine, ocr=self.ocr)
        try:
            self.nlp  # noqa: B018  (loads the pipeline while the worker parses the file)
        except BaseException:
            pending.cancel()
            raise
        return self.analyze_document(pending.result(), roles=roles, job=job, as_of=as_of)

    def analyze_text(
        self,
        text: str,
        *,
        source: str = "<text>",
        roles: Sequence[str] | None = None,
        job: JobPosting | None = None,
        as_of: str | None = None,
    ) -> Report:
        """Analyze resume text held in memory (``job`` and ``as_of`` as in :meth:`analyze`)."""
        return self.analyze_document(self._text_document(text, source), roles=roles, job=job, as_of=as_of)

    def _text_document(self, text: str, source: str) -> Document:
        if len(text) > self.limits.max_chars:
            raise InputTooLarge(f"text of {len(text):,} characters is over the {self.limits.max_chars:,} limit", path=source)
        return document_from_text(text, source=source)

    def month(self, as_of: str | None = None) -> Month:
        """The as-of month of an analysis: ``as_of`` if given, else the analyzer's, else the current month."""
        if as_of is not None:
            return parse_month(as_of)
        return self.as_of if self.as_of is not None else this_month()

    def analyze_document(
        self,
        document: Document,
        *,
        roles: Sequence[str] | None = None,
        job: JobPosting | None = None,
        as_of: str | None = None,
    ) -> Report:
        """Analyze a document already read (optionally against a job posting from :meth:`read_job`)."""
        month = self.month(as_of)
        size = sum(len(line.text) + 1 for line in document.lines)
        if size > self.limits.max_chars:
            raise InputTooLarge(
                f"has {size:,} characters of text, over the {self.limits.max_chars:,} limit; is it really a resume?",
                path=document.source,
            )
        if roles:
            for role_id in roles:
                self.taxonomy.role(role_id)
        hits, _ = self.match(document)
        depth = measure(document, hits, month, part_of=self.taxonomy.part_of)
        return build_report(document, hits, self.taxonomy, roles=roles, job=job, depth=depth)

    def read_job(self, source: str | Path | None = None, *, text: str | None = None, limits: Limits | None = None) -> JobPosting:
        """The skills a job posting asks for, from a file (PDF, .docx, .txt, .md) or from ``text``.

        The posting is read with the same limits and errors as a resume. Skills under "Nice to have" /
        "Preferred" / "Bonus" headings, or on lines that say so, are optional.
        """
        if text is not None:
            document = self._text_document(text, str(source or "<job posting>"))
        elif source is not None:
            document = self.read(source, limits=limits)
        else:
            raise ValueError("read_job needs a file or text")
        hits = _asked_hits(document, self.match(document, posting=True)[0])
        return posting_from_hits(
            document, hits, broader=self.taxonomy.broader_skills, soft=self.taxonomy.soft_skills, fields=self.taxonomy.field_aliases
        )

    def explain(
        self,
        skill: str,
        document: Document | str | Path,
        *,
        password: str = "",
        limits: Limits | None = None,
        as_of: str | None = None,
    ) -> Explanation:
        """Every place in ``document`` (a Document or a file) that matched or nearly matched ``skill``, and why.

        ``skill`` is an id, a name or an alias, in any case (:meth:`~gapcheck.taxonomy.Taxonomy.find_skill`).
        The explanation lists the dated positions the skill was attributed to (as of ``as_of``, ``"YYYY-MM"``).
        """
        skill = self.taxonomy.find_skill(skill).id
        if not isinstance(document, Document):
            document = self.read(document, password=password, limits=limits)
        hits, misses = self.match(document)
        threshold = self.nlp.get_pipe("gapcheck_skills").fuzzy_cutoff
        explanation = explain_skill(document, hits, misses, self.taxonomy, skill, fuzzy_threshold=threshold)
        pages = [(line.page, line.number) for line in document.lines]
        return with_depth(explanation, measure(document, hits, self.month(as_of), part_of=self.taxonomy.part_of), pages)

    def match(self, document: Document, *, posting: bool = False) -> tuple[tuple[SkillHit, ...], tuple[NearMiss, ...]]:
        """The raw skill hits and near misses of a document (``line`` indexes ``document.lines``); ``posting=True``
        reads a job posting, where a quality named in a list ("Communication, Teamwork") is asked for."""
        from gapcheck.matcher import DOCUMENT_KEY, POSTING_KEY

        nlp = self.nlp
        # spaCy's vocabulary keeps every word it sees, so a long-lived analyzer would grow without bound; past
        # VOCABULARY_LIMIT new strings the pipeline is built afresh (its skill index stays cached). Forgetting
        # each document's words instead (a memory zone) would make every resume pay again for common words.
        if len(nlp.vocab.strings) - self._strings_at_build > VOCABULARY_LIMIT:
            self._nlp = None
            nlp = self.nlp
        doc = nlp.make_doc(document.text)
        doc.user_data[DOCUMENT_KEY] = document  # the component reads the structure instead of rebuilding it
        doc.user_data[POSTING_KEY] = posting
        for _, component in nlp.pipeline:
            doc = component(doc)
        return doc._.gapcheck_hits, doc._.gapcheck_near_misses


def _asked_hits(document: Document, hits: Sequence[SkillHit]) -> list[SkillHit]:
    """A posting's hits without those in spans that ask for nothing (:func:`gapcheck.posting.unasked_spans`)."""
    starts = document.line_starts()
    spans = unasked_spans(document.lines)
    return [hit for hit in hits if not any(a <= hit.start - starts[hit.line] < b for a, b in spans.get(hit.line, ()))]


def _build_pipeline(model: str | None, fuzzy_cutoff: float | None, taxonomy: Taxonomy) -> Any:
    import spacy

    import gapcheck.matcher  # noqa: F401  (registers the gapcheck_skills factory)
    from gapcheck.tokenizer import blank_english

    nlp = spacy.load(model) if model else blank_english()
    nlp.max_length = DEFAULT_LIMITS.max_chars + 1
    config: dict[str, Any] = {}
    if fuzzy_cutoff is not None:
        config["fuzzy_cutoff"] = fuzzy_cutoff
    matcher: Any = nlp.add_pipe("gapcheck_skills", config=config)
    matcher.initialize(taxonomy=taxonomy)
    return nlp


def shared_analyzer(
    taxonomy: str | None = None,
    extend: bool = False,
    model: str | None = None,
    *,
    engine: str = "pdfminer",
    limits: Limits = DEFAULT_LIMITS,
    as_of: str | None = None,
    ocr: str = "auto",
) -> Analyzer:
    """This process's analyzer for these settings, built on first use and then reused.

    The one per-process cache: :func:`analyze`, batch worker processes and Dask workers all take their
    analyzer from here.
    """
    return _shared(taxonomy, extend, model, engine, limits, as_of, ocr)


@lru_cache(maxsize=4)
def _shared(taxonomy: str | None, extend: bool, model: str | None, engine: str, limits: Limits, as_of: str | None, ocr: str) -> Analyzer:
    return Analyzer(taxonomy=taxonomy, extend=extend, model=model, engine=engine, limits=limits, as_of=as_of, ocr=ocr)


def shared_analyzer_builds() -> int:
    """How many analyzers :func:`shared_analyzer` has built in this process."""
    return _shared.cache_info().misses


def default_analyzer() -> Analyzer:
    """The shared analyzer behind :func:`analyze` and :func:`analyze_text` (built-in taxonomy)."""
    return shared_analyzer()


def analyze(
    path: str | Path,
    *,
    password: str = "",
    roles: Sequence[str] | None = None,
    limits: Limits | None = None,
    as_of: str | None = None,
) -> Report:
    """Analyze a resume file with the built-in taxonomy. See :class:`Analyzer` for more control.

    ``as_of`` (``"YYYY-MM"``, default the current month) is the month skill depth is measured at."""
    return default_analyzer().analyze(path, password=password, roles=roles, limits=limits, as_of=as_of)


def analyze_text(text: str, *, source: str = "<text>", roles: Sequence[str] | None = None, as_of: str | None = None) -> Report:
    """Analyze resume text held in memory with the built-in taxonomy (``as_of`` as in :func:`analyze`)."""
    return default_analyzer().analyze_text(text, source=source, roles=roles, as_of=as_of)
