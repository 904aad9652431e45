"""Scoring: skill hits against a taxonomy's roles become a :class:`Report` of frozen dataclasses."""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, replace
from typing import Any

from gapcheck.depth import Depth, describe
from gapcheck.document import Document, Line, Position
from gapcheck.errors import UnknownRole
from gapcheck.hits import SkillHit
from gapcheck.quote import quote
from gapcheck.taxonomy import Skill, Taxonomy

SCHEMA_VERSION = 2

# Lower is better: where the best evidence for a skill should come from.
_SECTION_RANK = {"experience": 0, "projects": 0, "research": 0, "volunteering": 0, "summary": 1, "publications": 1,
                 "header": 2, "skills": 3}
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

    def to_dict(self) -> dict[str, Any]:
        """JSON-safe form."""
        return {
            "text": self.text, "page": self.page, "line": self.line, "section": self.section,
            "matched": self.matched, "match": self.match, "score": self.score, "rule": self.rule,
        }


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
        """"4 yrs 2 mo · last used 2024 · 2 positions", or "listed only"."""
        return describe(self.months, self.last_used, len(self.positions))

    def to_dict(self) -> dict[str, Any]:
        """JSON-safe form."""
        return {
            "id": self.id, "name": self.name, "group": self.group, "group_id": self.group_id,
            "match": self.match, "score": self.score, "count": self.count, "implied_by": self.implied_by,
            "optional": self.optional, "evidence": [e.to_dict() for e in self.evidence],
            "months": self.months, "first_used": self.first_used, "last_used": self.last_used,
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
        return {"id": self.id, "name": self.name, "group": self.group, "group_id": self.group_id,
                "optional": self.optional}


@dataclass(frozen=True)
class NextStep:
    """A missing skill worth learning, with the reason for its rank."""

    id: str
    name: str
    group: str
    optional: bool
    reason: str

    def to_dict(self) -> dict[str, Any]:
        """JSON-safe form."""
        return {"id": self.id, "name": self.name, "group": self.group, "optional": self.optional,
                "reason": self.reason}


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
        return {"id": self.id, "name": self.name, "found": self.found, "total": self.total,
                "coverage": round(self.coverage, 4)}


@dataclass(frozen=True)
class RoleReport:
    """One role: coverage overall and per group, found skills with evidence, missing skills."""

    id: str
    name: str
    groups: tuple[GroupCoverage, ...]
    found: tuple[FoundSkill, ...]
    missing: tuple[MissingSkill, ...]
    next_steps: tuple[NextStep, ...] = ()

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
            "id": self.id, "name": self.name, "coverage": round(self.coverage, 4),
            "found_count": len(self.found), "total": self.total,
            "groups": [g.to_dict() for g in self.groups],
            "found": [f.to_dict() for f in self.found],
            "missing": [m.to_dict() for m in self.missing],
            "next_steps": [n.to_dict() for n in self.next_steps],
        }


OPTIONAL_WEIGHT = 0.5
NEXT_STEPS = 5
JOB_ROLE_ID = "job"


def _weight(optional: bool) -> float:
    return OPTIONAL_WEIGHT if optional else 1.0


@dataclass(frozen=True)
class JobPosting:
    """The skills a job posting asks for: required, and optional ("nice to have", "preferred", "bonus")."""

    source: str
    required: tuple[str, ...]
    optional: tuple[str, ...]
    title: str = "This job"
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
        return {"source": self.source, "title": self.title, "required": list(self.required),
                "optional": list(self.optional), "years": dict(self.years), "years_overall": self.years_overall}


@dataclass(frozen=True)
class Report:
    """The skills-gap report of one resume against every role of a taxonomy."""

    source: str
    pages: int
    roles: tuple[RoleReport, ...]
    best_fit: str
    warnings: tuple[str, ...] = ()
    schema_version: int = SCHEMA_VERSION
    job: JobPosting | None = None
    as_of: str | None = None
    experience_months: int | None = None
    positions: tuple[Position, ...] = ()

    def requirement_status(self) -> list[tuple[str, int, int | None, bool]]:
        """For each years requirement of the job posting: (skill id or "overall", years asked, the resume's
        months, met). ``months`` is None for a skill the resume only lists or does not show."""
        if self.job is None:
            return []
        by_id = {f.id: f for r in self.roles for f in r.found}
        out: list[tuple[str, int, int | None, bool]] = []
        for skill, years in self.job.years:
            months = by_id[skill].months if skill in by_id else None
            out.append((skill, years, months, months is not None and months >= 12 * years))
        if self.job.years_overall is not None:
            months = self.experience_months
            out.append(("overall", self.job.years_overall, months,
                        months is not None and months >= 12 * self.job.years_overall))
        return out

    def role(self, role_id: str) -> RoleReport:
        """The report of one role."""
        for role in self.roles:
            if role.id == role_id:
                return role
        raise UnknownRole(f"unknown role {role_id!r}; this report has {', '.join(r.id for r in self.roles)}")

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
                {"title": p.title, "organization": p.organization, "start": p.start, "end": p.end,
                 "current": p.current, "page": p.page, "line": p.line}
                for p in self.positions
            ],
        }


def build_report(
    document: Document,
    hits: Iterable[SkillHit],
    taxonomy: Taxonomy,
    *,
    roles: Sequence[str] | None = None,
    job: JobPosting | None = None,
    depth: Depth | None = None,
) -> Report:
    """Score the hits of a document against the roles of a taxonomy (all roles, or those named).

    With a ``job`` posting, a further role ``"job"`` ("This job") holds the skills the posting asks for;
    ``best_fit`` stays one of the taxonomy's roles. With ``depth`` (:func:`gapcheck.depth.measure`), every
    found skill carries its months, first and last use and positions.
    """
    found = _found_skills(hits, document, taxonomy)
    if depth is not None:
        found = {
            skill_id: replace(f, months=d.months, first_used=d.first_used, last_used=d.last_used,
                              positions=d.positions)
            for skill_id, f in found.items()
            for d in (depth.of(skill_id),)
        }
    role_ids = list(roles) if roles else [r.id for r in taxonomy.roles]
    specs = [_RoleSpec(r.id, r.name, taxonomy.skills_of(r.id), frozenset())
             for r in (taxonomy.role(i) for i in role_ids)]
    if job is not None:
        job_skills = tuple(taxonomy.skills[s] for s in job.skills if s in taxonomy.skills)
        specs.append(_RoleSpec(JOB_ROLE_ID, job.title, job_skills, frozenset(job.optional)))
    demand: dict[str, int] = defaultdict(int)
    for spec in specs:
        for skill in spec.skills:
            demand[skill.id] += 1
    reports = tuple(_role_report(taxonomy, spec, found, demand) for spec in specs)
    ranked = [r for r in reports if r.id != JOB_ROLE_ID]
    best = max(ranked, key=lambda r: (r.coverage, len(r.found), -role_ids.index(r.id)))
    if depth is None:
        return Report(source=document.source, pages=document.pages, roles=reports, best_fit=best.id,
                      warnings=document.warnings, job=job)
    return Report(source=document.source, pages=document.pages, roles=reports, best_fit=best.id,
                  warnings=document.warnings, job=job, as_of=depth.as_of,
                  experience_months=depth.experience_months, positions=depth.positions)


@dataclass(frozen=True)
class _RoleSpec:
    id: str
    name: str
    skills: tuple[Skill, ...]
    optional: frozenset[str]


def _found_skills(
    hits: Iterable[SkillHit], document: Document, taxonomy: Taxonomy
) -> dict[str, FoundSkill]:
    doc_lines = document.lines
    by_skill: dict[str, list[tuple[SkillHit, Line]]] = defaultdict(list)
    for hit in hits:
        line = doc_lines[hit.line] if 0 <= hit.line < len(doc_lines) else None
        if line is not None and hit.skill in taxonomy.skills:
            by_skill[hit.skill].append((hit, line))
    found: dict[str, FoundSkill] = {}
    for skill_id, pairs in by_skill.items():
        pairs.sort(key=lambda p: (
            _MATCH_RANK[p[0].match] == 3,
            _SECTION_RANK.get(p[0].section, 2),
            _MATCH_RANK[p[0].match],
            -p[0].score,
            p[1].page,
            p[1].number,
        ))
        evidence: list[Evidence] = []
        seen: set[tuple[int, int]] = set()
        for hit, line in pairs:
            if (line.page, line.number) in seen:
                continue
            seen.add((line.page, line.number))
            evidence.append(Evidence(quote(document, hit.line, hit.text), line.page, line.number, hit.section,
                                     hit.text, hit.match, hit.score, hit.rule))
        best_hit = pairs[0][0]
        skill = taxonomy.skills[skill_id]
        found[skill_id] = FoundSkill(
            id=skill_id, name=skill.name, group=taxonomy.groups[skill.group].name, group_id=skill.group,
            match=best_hit.match, score=best_hit.score, evidence=tuple(evidence), count=len(evidence),
            implied_by=best_hit.implied_by,
        )
    return found


def _role_report(
    taxonomy: Taxonomy, spec: _RoleSpec, found: dict[str, FoundSkill], demand: dict[str, int]
) -> RoleReport:
    group_order: dict[str, list[Skill]] = defaultdict(list)
    for skill in spec.skills:
        group_order[skill.group].append(skill)
    groups = tuple(
        GroupCoverage(group_id, taxonomy.groups[group_id].name,
                      sum(1 for s in members if s.id in found), len(members))
        for group_id, members in group_order.items()
    )
    covered_groups = {g.id for g in groups if g.found}
    missing = tuple(MissingSkill(s.id, s.name, taxonomy.groups[s.group].name, s.group, s.id in spec.optional)
                    for s in spec.skills if s.id not in found)
    order = {s.id: i for i, s in enumerate(spec.skills)}
    # one skill from each group before a second from any, so the list spreads over the gaps
    place_in_group: dict[str, int] = {}
    seen: dict[str, int] = defaultdict(int)
    for m in sorted(missing, key=lambda m: (-demand[m.id], order[m.id])):
        place_in_group[m.id] = seen[m.group_id]
        seen[m.group_id] += 1
    ranked = sorted(missing, key=lambda m: (m.optional, m.group_id in covered_groups, place_in_group[m.id],
                                            -demand[m.id], order[m.id]))
    next_steps = tuple(NextStep(m.id, m.name, m.group, m.optional, _reason(m, covered_groups, demand[m.id]))
                       for m in ranked[:NEXT_STEPS])
    return RoleReport(
        id=spec.id,
        name=spec.name,
        groups=groups,
        found=tuple(replace(found[s.id], optional=s.id in spec.optional) for s in spec.skills if s.id in found),
        missing=missing,
        next_steps=next_steps,
    )


def _reason(missing: MissingSkill, covered_groups: set[str], demand: int) -> str:
    parts = ["optional" if missing.optional else "required"]
    if missing.group_id in covered_groups:
        parts.append(f"rounds out {missing.group}")
    else:
        parts.append(f"nothing in {missing.group} yet")
    if demand > 1:
        parts.append(f"counts for {demand} roles")
    return "; ".join(parts)
