"""Skill depth: how long, how recently and where each skill was used.

A skill is attributed to a dated position when the position's title, organization line or any of its lines
shows it (implied evidence counts: PyTorch in a bullet shows Python). Lines in skills, summary, profile or
interests sections (and publications, awards, certifications) are attributed to no position. ``months`` is
the length of the union of the attributed positions' intervals, both end months included; ``first_used`` /
``last_used`` the earliest start and latest end. A skill attributed to no dated position is "listed only":
all three are None.
"""

from __future__ import annotations

import re
from collections import defaultdict
from collections.abc import Collection, Iterable, Mapping, Sequence
from dataclasses import dataclass, replace

from gapcheck.dates import Month, clamp, format_month, parse_month, union_months
from gapcheck.document import Document, Position
from gapcheck.hits import SkillHit
from gapcheck.links import in_web_address, is_link_label
from gapcheck.sections import UNATTRIBUTED_KINDS


@dataclass(frozen=True)
class Attribution:
    """Why a skill was attributed to a position: the line that shows it there."""

    position: int
    line: int
    text: str
    matched: str
    implied_by: str | None = None


@dataclass(frozen=True)
class SkillDepth:
    """Depth of one skill: months used, first and last month (``YYYY-MM``), the positions (indexes into
    :attr:`Depth.positions`) and the lines that put it there."""

    months: int | None
    first_used: str | None
    last_used: str | None
    positions: tuple[int, ...]
    attributions: tuple[Attribution, ...] = ()


@dataclass(frozen=True)
class Depth:
    """The dated positions of a resume as of one month, total experience and the depth of every skill."""

    as_of: str
    positions: tuple[Position, ...]
    experience_months: int
    skills: dict[str, SkillDepth]

    def of(self, skill: str) -> SkillDepth:
        """The depth of a skill (listed only when no position shows it)."""
        return self.skills.get(skill, LISTED_ONLY)


LISTED_ONLY = SkillDepth(None, None, None, ())


def _interval(position: Position, as_of: Month) -> tuple[Month, Month] | None:
    if position.start is None:
        return None
    end = None if position.end is None else parse_month(position.end)
    return clamp(parse_month(position.start), end, position.current, as_of)


def dated_positions(positions: Sequence[Position], as_of: Month) -> list[tuple[int, Position, tuple[Month, Month]]]:
    """The positions that have started by ``as_of``: (index in ``positions``, the position with its end as of
    that month, its interval)."""
    out: list[tuple[int, Position, tuple[Month, Month]]] = []
    for index, position in enumerate(positions):
        interval = _interval(position, as_of)
        if interval is not None:
            out.append((index, replace(position, end=format_month(interval[1])), interval))
    return out


def measure(document: Document, hits: Iterable[SkillHit], as_of: Month, *, part_of: Mapping[str, Collection[str]] | None = None) -> Depth:
    """The depth of every skill hit in ``document`` as of month ``as_of`` (a :mod:`gapcheck.dates` month).

    ``part_of`` maps a skill to the broader skills its work is part of (the taxonomy's ``broader``): a position
    that shows the narrower skill also counts for a broader one the resume shows ("fine-tuned LLaMA" is months of
    machine learning).
    """
    hits = list(hits)
    dated = dated_positions(document.positions, as_of)
    renumber = {old: new for new, (old, _, _) in enumerate(dated)}
    intervals = [interval for _, _, interval in dated]
    kinds = document.section_kinds()
    covering: dict[int, list[int]] = defaultdict(list)
    for old, position, _ in dated:
        for line in position.members:
            covering[line].append(renumber[old])
    attributions: dict[str, dict[tuple[int, int], Attribution]] = defaultdict(dict)
    starts = document.line_starts()
    for hit in hits:
        if not 0 <= hit.line < len(document.lines) or kinds[hit.line] in UNATTRIBUTED_KINDS or hit.line not in covering:
            continue
        text, start, end = document.lines[hit.line].text, hit.start - starts[hit.line], hit.end - starts[hit.line]
        if _points_to_work(text, start, end) or (kinds[hit.line] == "education" and _courses_taken(text, start, end)):
            continue
        for index in covering.get(hit.line, ()):
            key = (index, hit.line)
            if key not in attributions[hit.skill]:
                attributions[hit.skill][key] = Attribution(index, hit.line, document.lines[hit.line].text, hit.text, hit.implied_by)
    shown = {hit.skill for hit in hits}
    for narrower, broader in (part_of or {}).items():
        for skill in broader:
            if skill in shown and narrower in attributions:
                for key, why in list(attributions[narrower].items()):
                    attributions[skill].setdefault(key, replace(why, implied_by=narrower))
    skills: dict[str, SkillDepth] = {}
    for skill, found in attributions.items():
        used = sorted({a.position for a in found.values()})
        spans = [intervals[i] for i in used]
        skills[skill] = SkillDepth(
            months=union_months(spans),
            first_used=format_month(min(s for s, _ in spans)),
            last_used=format_month(max(e for _, e in spans)),
            positions=tuple(used),
            attributions=tuple(sorted(found.values(), key=lambda a: (a.position, a.line))),
        )
    return Depth(format_month(as_of), tuple(p for _, p, _ in dated), union_months(intervals), skills)


def _points_to_work(text: str, start: int, end: int) -> bool:
    """A hit in a web address or a link's label ("| GitHub") names where the work is kept, not work done there."""
    return in_web_address(text, start, end) or is_link_label(text, start, end)


# a sentence of a degree's entry that lists the courses taken ("Completed coursework in epidemiology, statistics,
# causal inference ... Dissertation research focused on ..."): subjects studied, not the thesis it shares a line with
# ... but not the classes a model tells apart ("recognition using CNN (Keras), 94% accuracy on 156 classes")
_COURSES_TAKEN = re.compile(r"\b(?:course\s*work|courses|(?<!\d\s)classes|modules|subjects|curriculum)\b", re.IGNORECASE)
_TEACHING = re.compile(r"\b(?:teach\w*|taught|tutor\w*|instruct\w*|lectur\w*|grad(?:ing|ed|ers?)|TA)\b", re.IGNORECASE)
_SENTENCE_END = re.compile(r"[.;](?:\s|$)")


def _courses_taken(text: str, start: int, end: int) -> bool:
    """Whether text[start:end] sits in a sentence that lists courses taken (not taught)."""
    begin = max((m.end() for m in _SENTENCE_END.finditer(text, 0, start)), default=0)
    after = _SENTENCE_END.search(text, end)
    sentence = text[begin : after.start() if after else len(text)]
    return bool(_COURSES_TAKEN.search(sentence)) and not _TEACHING.search(sentence)


def describe(months: int | None, last_used: str | None, positions: int) -> str:
    """ "4 yrs 2 mo · last used 2024 · 2 positions", or "listed only"."""
    if months is None or last_used is None:
        return "listed only"
    return f"{format_duration(months)} · last used {last_used[:4]} · {positions} position{'s' * (positions != 1)}"


def format_duration(months: int) -> str:
    """ "4 yrs 2 mo", "1 yr", "7 mo"."""
    years, rest = divmod(months, 12)
    parts = []
    if years:
        parts.append(f"{years} yr{'s' * (years != 1)}")
    if rest or not years:
        parts.append(f"{rest} mo")
    return " ".join(parts)
