"""Scoring: skill hits against a taxonomy's roles become a :class:`Report` of frozen dataclasses."""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, replace
from typing import Any

from gapcheck.depth import LISTED_ONLY, Depth, describe
from gapcheck.document import Document, Line, Position
from gapcheck.errors import UnknownRole
from gapcheck.hits import SkillHit
from gapcheck.quote import quote
from gapcheck.readiness import (
    CLOSE_MARGIN,
    CORE_FIT_THRESHOLD,
    FIT_THRESHOLD,
    REFRESH_YEARS,
    Contribution,
    core_factor,
    current_month,
    is_stale,
    shows_work,
    skill_strength,
    years_factor,
    years_factor_overall,
)
from gapcheck.taxonomy import Skill, Taxonomy

SCHEMA_VERSION = 2

# Lower is better: where the best evidence for a skill should come from.
_SECTION_RANK = {
    "experience": 0,
    "projects": 0,
    "research": 0,
    "volunteering": 0,
    "summary": 1,
    "publications": 1,
    "events": 1,
    "header": 2,
    "skills": 3,
    "sidebar": 3,
}
_MATCH_RANK = {"exact": 0, "lemma": 1, "fuzzy": 2, "implied": 3}


@dataclass(frozen=True)
class Evidence:
    """A place in the resume that shows a skill: ``text`` quotes the sentence or bullet holding the match."""

    text: str
    page: int
    line: int
    section: str
    matched: str
    match: str
    score: float
    rule: str
    confidence: float | None = None
    """The OCR engine's confidence (0..1) in the line's text when it was recognised from a scan, else None."""

    def to_dict(self) -> dict[str, Any]:
        """JSON-safe form (``confidence`` only for recognised text)."""
        out: dict[str, Any] = {
            "text": self.text,
            "page": self.page,
            "line": self.line,
            "section": self.section,
            "matched": self.matched,
            "match": self.match,
            "score": self.score,
            "rule": self.rule,
        }
        if self.confidence is not None:
            out["confidence"] = round(self.confidence, 3)
        return out


@dataclass(frozen=True)
class FoundSkill:
    """A skill the resume shows; ``evidence[0]`` is the best place, ``count`` how many lines show it."""

    id: str
    name: str
    group: str
    group_id: str
    match: str
    score: float
    evidence: tuple[Evidence, ...]
    count: int
    implied_by: str | None = None
    optional: bool = False
    months: int | None = None
    first_used: str | None = None
    last_used: str | None = None
    positions: tuple[int, ...] = ()

    @property
    def depth(self) -> str:
        """ "4 yrs 2 mo · last used 2024 · 2 positions", or "listed only"."""
        return describe(self.months, self.last_used, len(self.positions))

    @property
    def work_lines(self) -> int:
        """How many of its evidence lines show work."""
        return sum(1 for e in self.evidence if shows_work(e.section, e.text))

    @property
    def in_work(self) -> bool:
        """Shown in real work: attributed to a dated position, or on a line that shows work (``readiness.shows_work``)."""
        return bool(self.positions) or any(shows_work(e.section, e.text) for e in self.evidence)

    def to_dict(self) -> dict[str, Any]:
        """JSON-safe form."""
        return {
            "id": self.id,
            "name": self.name,
            "group": self.group,
            "group_id": self.group_id,
            "match": self.match,
            "score": self.score,
            "count": self.count,
            "implied_by": self.implied_by,
            "optional": self.optional,
            "evidence": [e.to_dict() for e in self.evidence],
            "months": self.months,
            "first_used": self.first_used,
            "last_used": self.last_used,
            "positions": list(self.positions),
        }


@dataclass(frozen=True)
class MissingSkill:
    """A skill of a role that the resume does not show."""

    id: str
    name: str
    group: str
    group_id: str
    optional: bool = False

    def to_dict(self) -> dict[str, Any]:
        """JSON-safe form."""
        return {"id": self.id, "name": self.name, "group": self.group, "group_id": self.group_id, "optional": self.optional}


STEP_KINDS = ("learn", "show", "refresh")


@dataclass(frozen=True)
class NextStep:
    """Advice about one skill, with the reason for it.

    ``kind``: ``"learn"`` (missing and important for the role), ``"show"`` (only listed: a bullet of a
    position could show it in use) or ``"refresh"`` (last used more than ``REFRESH_YEARS`` years before
    the as-of month).
    """

    id: str
    name: str
    group: str
    optional: bool
    reason: str
    kind: str = "learn"

    def to_dict(self) -> dict[str, Any]:
        """JSON-safe form."""
        return {"id": self.id, "name": self.name, "group": self.group, "optional": self.optional, "reason": self.reason, "kind": self.kind}


@dataclass(frozen=True)
class GroupCoverage:
    """How many of a group's skills the resume shows."""

    id: str
    name: str
    found: int
    total: int

    @property
    def coverage(self) -> float:
        """Found / total, 0..1."""
        return self.found / self.total if self.total else 0.0

    def to_dict(self) -> dict[str, Any]:
        """JSON-safe form."""
        return {"id": self.id, "name": self.name, "found": self.found, "total": self.total, "coverage": round(self.coverage, 4)}


@dataclass(frozen=True)
class RoleReport:
    """One role: coverage overall and per group, found skills with evidence, missing skills."""

    id: str
    name: str
    groups: tuple[GroupCoverage, ...]
    found: tuple[FoundSkill, ...]
    missing: tuple[MissingSkill, ...]
    next_steps: tuple[NextStep, ...] = ()
    score: float = 0.0
    contributions: tuple[Contribution, ...] = ()
    factor: float = 1.0
    core_shown: bool = False
    fit_scale: float = 1.0

    @property
    def fit_score(self) -> float:
        """The score as roles are compared for the best fit: ``score`` times the role's ``fit_scale``
        (roles.toml), so that equal readiness compares equal across roles whose scores run on different scales."""
        return self.score * self.fit_scale

    @property
    def fits(self) -> bool:
        """Whether the score reaches ``FIT_THRESHOLD`` (``CORE_FIT_THRESHOLD`` with a core skill shown)."""
        return self.score >= (CORE_FIT_THRESHOLD if self.core_shown else FIT_THRESHOLD)

    choices: tuple[Choice, ...] = ()

    @property
    def total(self) -> int:
        """Number of skills the role needs."""
        return len(self.found) + len(self.missing)

    @property
    def coverage(self) -> float:
        """Share of the role's skills found, 0..1; optional skills weigh ``OPTIONAL_WEIGHT``."""
        weight = sum(_weight(f.optional) for f in self.found)
        total = weight + sum(_weight(m.optional) for m in self.missing)
        return weight / total if total else 0.0

    def to_dict(self) -> dict[str, Any]:
        """JSON-safe form."""
        return {
            "id": self.id,
            "name": self.name,
            "coverage": round(self.coverage, 4),
            "score": round(self.score, 4),
            "fit_score": round(self.fit_score, 4),
            "found_count": len(self.found),
            "total": self.total,
            "groups": [g.to_dict() for g in self.groups],
            "found": [f.to_dict() for f in self.found],
            "missing": [m.to_dict() for m in self.missing],
            "next_steps": [n.to_dict() for n in self.next_steps],
            "choices": [c.to_dict() for c in self.choices],
        }


@dataclass(frozen=True)
class Choice:
    """A posting's "X or Y" requirement: satisfied by any one of ``options``; ``chosen`` is the one shown."""

    options: tuple[str, ...]
    chosen: str | None
    names: tuple[str, ...] = ()

    def describe(self) -> str:
        """ "one of PyTorch or TensorFlow: TensorFlow shown" (or "none shown")."""
        names = dict(zip(self.options, self.names or self.options, strict=False))
        shown = names[self.chosen] if self.chosen else "none"
        return f"one of {' or '.join(names[o] for o in self.options)}: {shown} shown"

    def to_dict(self) -> dict[str, Any]:
        """JSON-safe form."""
        return {"options": list(self.options), "chosen": self.chosen}


OPTIONAL_WEIGHT = 0.5
NEXT_STEPS = 5
JOB_ROLE_ID = "job"


@dataclass(frozen=True)
class JobPosting:
    """The skills a job posting asks for: required, and optional ("nice to have", "preferred", "bonus")."""

    source: str
    required: tuple[str, ...]
    optional: tuple[str, ...]
    title: str = "This job"
    alternatives: tuple[tuple[str, ...], ...] = ()
    years: tuple[tuple[str, int], ...] = ()
    years_overall: int | None = None

    def years_of(self, skill: str) -> int | None:
        """The years the posting asks for in ``skill``, if it names a number."""
        return next((n for s, n in self.years if s == skill), None)

    @property
    def skills(self) -> tuple[str, ...]:
        """Every skill the posting names, required first."""
        return self.required + self.optional

    def to_dict(self) -> dict[str, Any]:
        """JSON-safe form."""
        return {
            "source": self.source,
            "title": self.title,
            "required": list(self.required),
            "optional": list(self.optional),
            "alternatives": [list(a) for a in self.alternatives],
            "years": dict(self.years),
            "years_overall": self.years_overall,
        }


@dataclass(frozen=True)
class Report:
    """The skills-gap report of one resume against every role of a taxonomy."""

    source: str
    pages: int
    roles: tuple[RoleReport, ...]
    best_fit: str | None
    warnings: tuple[str, ...] = ()
    schema_version: int = SCHEMA_VERSION
    job: JobPosting | None = None
    as_of: str | None = None
    experience_months: int | None = None
    positions: tuple[Position, ...] = ()
    ocr_pages: tuple[int, ...] = ()
    """Pages whose text was recognised by OCR (from a scan or an image)."""

    def requirement_status(self) -> list[tuple[str, int, int | None, bool]]:
        """For each years requirement of the job posting: (skill id or "overall", years asked, the resume's
        months, met). ``months`` is None for a skill the resume only lists or does not show."""
        if self.job is None:
            return []
        by_id = self.found_skills
        out: list[tuple[str, int, int | None, bool]] = []
        for skill, years in self.job.years:
            months = by_id[skill].months if skill in by_id else None
            out.append((skill, years, months, months is not None and months >= 12 * years))
        if self.job.years_overall is not None:
            months = self.experience_months
            out.append(("overall", self.job.years_overall, months, months is not None and months >= 12 * self.job.years_overall))
        return out

    def role(self, role_id: str) -> RoleReport:
        """The report of one role."""
        for role in self.roles:
            if role.id == role_id:
                return role
        raise UnknownRole(f"unknown role {role_id!r}; this report has {', '.join(r.id for r in self.roles)}")

    @property
    def ranked(self) -> tuple[RoleReport, ...]:
        """The taxonomy's roles (not "This job"), highest ``fit_score`` (score × the role's ``fit_scale``) first."""
        return _ranked(self.roles)

    @property
    def closest(self) -> RoleReport | None:
        """The role with the highest score, whether or not it reaches the fit threshold."""
        ranked = self.ranked
        return ranked[0] if ranked else None

    @property
    def close_second(self) -> RoleReport | None:
        """The runner-up role when its ``fit_score`` is within ``CLOSE_MARGIN`` of the closest role's."""
        ranked = self.ranked
        if len(ranked) > 1 and ranked[0].fit_score - ranked[1].fit_score < CLOSE_MARGIN:
            return ranked[1]
        return None

    @property
    def found_skills(self) -> dict[str, FoundSkill]:
        """Every skill found, over all roles, by id (a skill two roles share is one entry)."""
        return {f.id: f for r in self.roles for f in r.found}

    @property
    def found_ids(self) -> frozenset[str]:
        """Ids of every skill found, over all roles."""
        return frozenset(f.id for r in self.roles for f in r.found)

    def to_dict(self) -> dict[str, Any]:
        """A JSON-safe dict; its keys are documented in the README (schema_version 2)."""
        return {
            "schema_version": self.schema_version,
            "source": self.source,
            "pages": self.pages,
            "best_fit": self.best_fit,
            "roles": [r.to_dict() for r in self.roles],
            "job": None if self.job is None else self.job.to_dict(),
            "warnings": list(self.warnings),
            "as_of": self.as_of,
            "experience_months": self.experience_months,
            "positions": [
                {
                    "title": p.title,
                    "organization": p.organization,
                    "start": p.start,
                    "end": p.end,
                    "current": p.current,
                    "page": p.page,
                    "line": p.line,
                }
                for p in self.positions
            ],
            "ocr_pages": list(self.ocr_pages),
        }


def build_report(
    document: Document,
    hits: Iterable[SkillHit],
    taxonomy: Taxonomy,
    *,
    roles: Sequence[str] | None = None,
    job: JobPosting | None = None,
    depth: Depth | None = None,
    as_of: str | None = None,
) -> Report:
    """Score the hits of a document against the roles of a taxonomy (all roles, or those named).

    With a ``job`` posting, a further role ``"job"`` ("This job") holds the skills the posting asks for.
    ``best_fit`` is the taxonomy role with the highest ``fit_score`` (score × ``fit_scale``), or None when that role does not
    fit (``RoleReport.fits``). With ``depth`` (:func:`gapcheck.depth.measure`), every found skill carries its
    months, first and last use and positions; "last used" is dated at ``depth.as_of`` (else ``as_of``, else
    this month).
    """
    found = _found_skills(hits, document, taxonomy, depth)
    when = depth.as_of if depth is not None else (as_of or current_month())
    role_ids = list(roles) if roles else [r.id for r in taxonomy.roles]
    specs = [
        _RoleSpec(r.id, r.name, taxonomy.skills_of(r.id), frozenset(), r.core, r.fit_scale) for r in (taxonomy.role(i) for i in role_ids)
    ]
    if job is not None:
        job_skills = tuple(taxonomy.skills[s] for s in job.skills if s in taxonomy.skills)
        specs.append(_RoleSpec(JOB_ROLE_ID, job.title, job_skills, frozenset(job.optional)))
    demand: dict[str, int] = defaultdict(int)
    for spec in specs:
        for skill in spec.skills:
            demand[skill.id] += 1
    experience = depth.experience_months if depth is not None else None
    context = _Context(taxonomy, found, demand, when, document.positions, job, experience)
    reports = tuple(_role_report(spec, context) for spec in specs)
    ranked = _ranked(reports)
    best = ranked[0].id if ranked and ranked[0].fits else None
    if depth is None:
        return Report(
            source=document.source,
            pages=document.pages,
            roles=reports,
            best_fit=best,
            warnings=document.warnings,
            job=job,
            as_of=when,
            ocr_pages=document.ocr_pages,
        )
    return Report(
        source=document.source,
        pages=document.pages,
        roles=reports,
        best_fit=best,
        warnings=document.warnings,
        job=job,
        as_of=depth.as_of,
        experience_months=depth.experience_months,
        positions=depth.positions,
        ocr_pages=document.ocr_pages,
    )


def _ranked(roles: Sequence[RoleReport]) -> tuple[RoleReport, ...]:
    """The taxonomy's roles (not "This job"), highest ``fit_score`` first; ties go to coverage, skills found, then
    the order the roles were given in."""
    order = {r.id: i for i, r in enumerate(roles)}
    return tuple(sorted((r for r in roles if r.id != JOB_ROLE_ID), key=lambda r: (-r.fit_score, -r.coverage, -len(r.found), order[r.id])))


@dataclass(frozen=True)
class _RoleSpec:
    id: str
    name: str
    skills: tuple[Skill, ...]
    optional: frozenset[str]
    core: tuple[str, ...] = ()
    fit_scale: float = 1.0


@dataclass(frozen=True)
class _Context:
    taxonomy: Taxonomy
    found: dict[str, FoundSkill]
    demand: dict[str, int]
    as_of: str
    positions: tuple[Position, ...]
    job: JobPosting | None
    experience_months: int | None


def _found_skills(hits: Iterable[SkillHit], document: Document, taxonomy: Taxonomy, depth: Depth | None) -> dict[str, FoundSkill]:
    doc_lines = document.lines
    by_skill: dict[str, list[tuple[SkillHit, Line]]] = defaultdict(list)
    for hit in hits:
        line = doc_lines[hit.line] if 0 <= hit.line < len(doc_lines) else None
        if line is not None and hit.skill in taxonomy.skills:
            by_skill[hit.skill].append((hit, line))
    found: dict[str, FoundSkill] = {}
    quotes: dict[tuple[int, str], str] = {}  # implied skills share their hit's line and text
    for skill_id, pairs in by_skill.items():
        pairs.sort(
            key=lambda p: (
                _MATCH_RANK[p[0].match] == 3,
                _SECTION_RANK.get(p[0].section, 2),
                _MATCH_RANK[p[0].match],
                -p[0].score,
                p[1].page,
                p[1].number,
            )
        )
        evidence: list[Evidence] = []
        seen: set[tuple[int, int]] = set()
        for hit, line in pairs:
            if (line.page, line.number) in seen:
                continue
            seen.add((line.page, line.number))
            said = quotes.get((hit.line, hit.text))
            if said is None:
                said = quotes[hit.line, hit.text] = quote(document, hit.line, hit.text)
            evidence.append(
                Evidence(
                    said,
                    line.page,
                    line.number,
                    hit.section,
                    hit.text,
                    hit.match,
                    hit.score,
                    hit.rule,
                    line.confidence,
                )
            )
        best_hit = pairs[0][0]
        skill = taxonomy.skills[skill_id]
        used = depth.of(skill_id) if depth is not None else LISTED_ONLY
        found[skill_id] = FoundSkill(
            id=skill_id,
            name=skill.name,
            group=taxonomy.groups[skill.group].name,
            group_id=skill.group,
            match=best_hit.match,
            score=best_hit.score,
            evidence=tuple(evidence),
            count=len(evidence),
            implied_by=best_hit.implied_by,
            months=used.months,
            first_used=used.first_used,
            last_used=used.last_used,
            positions=used.positions,
        )
    return found


def _role_report(spec: _RoleSpec, context: _Context) -> RoleReport:
    taxonomy, found = context.taxonomy, context.found
    group_order: dict[str, list[Skill]] = defaultdict(list)
    for skill in spec.skills:
        group_order[skill.group].append(skill)
    groups = tuple(
        GroupCoverage(group_id, taxonomy.groups[group_id].name, sum(1 for s in members if s.id in found), len(members))
        for group_id, members in group_order.items()
    )
    choices = _choices(spec, context)
    excused = {o for c in choices if c.chosen for o in c.options if o != c.chosen}
    missing = tuple(
        MissingSkill(s.id, s.name, taxonomy.groups[s.group].name, s.group, s.id in spec.optional)
        for s in spec.skills
        if s.id not in found and s.id not in excused
    )
    contributions = _contributions(spec, context, excused)
    total = sum(c.weight for c in contributions)
    score = sum(c.weight * c.strength for c in contributions) / total if total else 0.0
    factor = 1.0
    core_strength = max((c.strength for c in contributions if c.id in spec.core), default=0.0)
    if spec.core:
        factor = core_factor(core_strength)
    if spec.id == JOB_ROLE_ID and context.job is not None and context.job.years_overall:
        factor *= 0.75 + 0.25 * years_factor_overall(context.experience_months, context.job.years_overall)
    score *= factor
    if factor != 1.0:  # built directly: dataclasses.replace costs more than the rest of the scoring
        contributions = [
            c
            if not c.share  # a missing skill's share stays 0
            else Contribution(id=c.id, name=c.name, group=c.group, weight=c.weight, strength=c.strength, why=c.why, share=c.share * factor)
            for c in contributions
        ]
    role_found = tuple(_optional(found[s.id], s.id in spec.optional) for s in spec.skills if s.id in found)
    return RoleReport(
        id=spec.id,
        name=spec.name,
        groups=groups,
        found=role_found,
        missing=missing,
        next_steps=_next_steps(spec, context, groups, missing, role_found, choices),
        score=round(score, 4),
        factor=round(factor, 4),
        core_shown=core_strength > 0,
        fit_scale=spec.fit_scale,
        contributions=tuple(sorted(contributions, key=lambda c: -c.share)),
        choices=choices,
    )


def _optional(skill: FoundSkill, optional: bool) -> FoundSkill:
    """``skill`` marked optional or not (the same object when it already is: dataclasses.replace is slow)."""
    return skill if skill.optional == optional else replace(skill, optional=optional)


def _choices(spec: _RoleSpec, context: _Context) -> tuple[Choice, ...]:
    if spec.id != JOB_ROLE_ID or context.job is None:
        return ()
    out = []
    for options in context.job.alternatives:
        shown = [o for o in options if o in context.found]
        shown.sort(key=lambda o: (not context.found[o].in_work, -(context.found[o].months or 0)))
        names = tuple(context.taxonomy.skills[o].name if o in context.taxonomy.skills else o for o in options)
        out.append(Choice(tuple(options), shown[0] if shown else None, names))
    return tuple(out)


def _weight(optional: bool) -> float:
    return OPTIONAL_WEIGHT if optional else 1.0


def _contributions(spec: _RoleSpec, context: _Context, excused: set[str]) -> list[Contribution]:
    """Weight and strength of every skill of a role; ``share`` = weight * strength / total weight."""
    rows: list[tuple[Skill, float, float, str]] = []
    years = dict(context.job.years) if spec.id == JOB_ROLE_ID and context.job is not None else {}
    groups = context.taxonomy.groups
    for skill in spec.skills:
        if skill.id in excused:
            continue
        hit = context.found.get(skill.id)
        if hit is None:
            value, why = _MISSING.value, _MISSING.why
        else:
            strength = skill_strength(
                found=True,
                in_work=hit.in_work,
                months=hit.months,
                last_used=hit.last_used,
                as_of=context.as_of,
                work_lines=hit.work_lines,
            )
            value, why = strength.value, strength.why
        if skill.id in years and hit is not None:
            factor = years_factor(hit.months, years[skill.id])
            if factor < 1.0:
                value *= factor
                why += f"; asks {years[skill.id]}+ years"
        weight = context.taxonomy.weight_of(skill) * _weight(skill.id in spec.optional)
        rows.append((skill, weight, value, why))
    total = sum(w for _, w, _, _ in rows) or 1.0
    return [Contribution(s.id, s.name, groups[s.group].name, w, round(v, 4), why, w * v / total) for s, w, v, why in rows]


_MISSING = skill_strength(found=False, in_work=False, months=None, last_used=None, as_of=None)


LEARN_STEPS = NEXT_STEPS
SHOW_STEPS = 3
REFRESH_STEPS = 3


def _next_steps(
    spec: _RoleSpec,
    context: _Context,
    groups: tuple[GroupCoverage, ...],
    missing: tuple[MissingSkill, ...],
    role_found: tuple[FoundSkill, ...],
    choices: tuple[Choice, ...],
) -> tuple[NextStep, ...]:
    taxonomy, demand = context.taxonomy, context.demand
    covered_groups = {g.id for g in groups if g.found}
    order = {s.id: i for i, s in enumerate(spec.skills)}
    weight = {s.id: taxonomy.weight_of(s) for s in spec.skills}
    open_choice = {o: c for c in choices if c.chosen is None for o in c.options}
    # most important first; then one skill from each group before a second from any
    place_in_group: dict[str, int] = {}
    seen: dict[str, int] = defaultdict(int)
    for m in sorted(missing, key=lambda m: (-weight[m.id], -demand[m.id], order[m.id])):
        place_in_group[m.id] = seen[m.group_id]
        seen[m.group_id] += 1
    ranked = sorted(
        missing, key=lambda m: (m.optional, -weight[m.id], place_in_group[m.id], m.group_id in covered_groups, -demand[m.id], order[m.id])
    )
    steps: list[NextStep] = []
    asked: set[tuple[str, ...]] = set()
    for m in ranked:
        reason = _reason(m, covered_groups, demand[m.id])
        choice = open_choice.get(m.id)
        if choice is not None:
            if choice.options in asked:
                continue
            asked.add(choice.options)
            reason += "; any one of " + " / ".join(taxonomy.skills[o].name for o in choice.options)
        steps.append(NextStep(m.id, m.name, m.group, m.optional, reason, "learn"))
        if len(steps) == LEARN_STEPS:
            break
    listed = sorted((f for f in role_found if not f.in_work), key=lambda f: (-weight[f.id], order[f.id]))
    for skill in listed[:SHOW_STEPS]:
        steps.append(
            NextStep(
                skill.id, skill.name, skill.group, skill.optional, f"only listed; {_where_to_show(skill, role_found, context)}", "show"
            )
        )
    stale = sorted(
        (f for f in role_found if f.in_work and is_stale(f.last_used, context.as_of)), key=lambda f: (-weight[f.id], order[f.id])
    )
    for skill in stale[:REFRESH_STEPS]:
        steps.append(
            NextStep(
                skill.id,
                skill.name,
                skill.group,
                skill.optional,
                f"last used {skill.last_used}, more than {REFRESH_YEARS} years before {context.as_of}",
                "refresh",
            )
        )
    return tuple(steps)


def _where_to_show(skill: FoundSkill, role_found: tuple[FoundSkill, ...], context: _Context) -> str:
    """Which position's bullets could show a listed-only skill: the one showing most skills of its group."""
    positions = context.positions
    if not positions:
        return "a bullet under a job or project that used it would show it in real work"
    votes: dict[int, float] = defaultdict(float)
    for other in role_found:
        for index in other.positions:
            votes[index] += 1.0 if other.group_id == skill.group_id else 0.1
    latest = max(range(len(positions)), key=lambda i: (positions[i].end or "", -i))
    best = max(votes, key=lambda i: (votes[i], i == latest, -i)) if votes else latest
    position = positions[best]
    title = ", ".join(x for x in (position.title, position.organization) if x)
    label = f"{title} ({position.dates})" if position.dates else title
    return f"add a bullet under {label or 'your latest position'} saying where you used it"


def _reason(missing: MissingSkill, covered_groups: set[str], demand: int) -> str:
    parts = ["optional" if missing.optional else "required"]
    if missing.group_id in covered_groups:
        parts.append(f"rounds out {missing.group}")
    else:
        parts.append(f"nothing in {missing.group} yet")
    if demand > 1:
        parts.append(f"counts for {demand} roles")
    return "; ".join(parts)
