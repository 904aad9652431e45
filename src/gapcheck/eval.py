"""Measure accuracy on a labelled set: ``python -m gapcheck.eval tests/eval``.

The folder holds ``labels.toml`` (one ``[[resume]]`` per file: ``name``, ``file``, ``producer``, ``layout``,
``profile``, ``skills``; optionally a recruiter's ``level = {role = 0|1|2}`` and ``best`` role, ``"either"`` or
``"none"``, and ``split``) and optionally ``contract.txt`` (the skill ids that are scored, one per line; by
default every skill of the taxonomy). Prints micro and per-skill precision, recall and F1, figures per
producer, layout and profile, and every false positive and false negative with its evidence line.

When the labels carry ``as_of`` and ``[[resume.position]]`` entries, skill depth is measured too: for skills
both labelled and found, a dated skill is right when its last-used month is within one month and its months
within max(2, 10%) of the labels; a listed-only skill is right when it comes out null. A ``postings.toml``
(one ``[[posting]]`` per file with ``required``, ``optional``, ``years`` and ``years_overall``) gives the precision
and recall of the skills postings ask for, how often required versus optional is right, and the precision and
recall of the years requirements. ``--split dev`` keeps the entries of one split.
With a recruiter's ``level = {role = 0|1|2}`` and ``best`` role (``"either"`` or ``"none"`` too) per resume, it
prints per role the share of resume pairs on different levels that the readiness score orders the same way,
and the best-fit accuracy (``"either"`` accepts either role, ``"none"`` needs no best fit).
"""

from __future__ import annotations

import argparse
import sys
from collections import defaultdict
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from gapcheck.analyzer import Analyzer
from gapcheck.dates import Month, format_month, parse_month, union_months
from gapcheck.errors import GapcheckError

if sys.version_info >= (3, 11):
    import tomllib
else:  # pragma: no cover - Python 3.10
    import tomli as tomllib


@dataclass
class Counts:
    """True positives, false positives and false negatives."""

    tp: int = 0
    fp: int = 0
    fn: int = 0

    @property
    def precision(self) -> float:
        """tp / (tp + fp); 1.0 when nothing was predicted."""
        return self.tp / (self.tp + self.fp) if self.tp + self.fp else 1.0

    @property
    def recall(self) -> float:
        """tp / (tp + fn); 1.0 when nothing was expected."""
        return self.tp / (self.tp + self.fn) if self.tp + self.fn else 1.0

    @property
    def f1(self) -> float:
        """Harmonic mean of precision and recall."""
        p, r = self.precision, self.recall
        return 2 * p * r / (p + r) if p + r else 0.0

    def add(self, other: Counts) -> None:
        """Add another count to this one."""
        self.tp += other.tp
        self.fp += other.fp
        self.fn += other.fn


@dataclass
class Result:
    """The outcome for one labelled resume."""

    name: str
    producer: str
    layout: str
    profile: str
    counts: Counts
    false_positives: list[tuple[str, str]] = field(default_factory=list)
    false_negatives: list[str] = field(default_factory=list)
    error: str | None = None
    level: dict[str, int] = field(default_factory=dict)
    best: str | None = None
    scores: dict[str, float] = field(default_factory=dict)
    best_fit: str | None = None

    @property
    def best_fit_right(self) -> bool:
        """Whether the report's best fit agrees with the labelled best role."""
        if self.best == "either":
            return self.best_fit is not None
        if self.best == "none":
            return self.best_fit is None
        return self.best_fit == self.best


@dataclass(frozen=True)
class PairOrder:
    """Resume pairs a recruiter puts on different levels for one role, and how many the score orders alike."""

    role: str
    agree: int
    total: int
    wrong: tuple[tuple[str, str], ...]

    @property
    def share(self) -> float:
        """agree / total (1.0 when there are no pairs)."""
        return self.agree / self.total if self.total else 1.0


@dataclass
class DepthCheck:
    """Labelled versus reported depth of one skill of one resume."""

    resume: str
    skill: str
    expected_months: int | None
    expected_last: str | None
    months: int | None
    last_used: str | None

    @property
    def dated(self) -> bool:
        """Whether the labels date this skill (else it is listed only)."""
        return self.expected_months is not None

    @property
    def last_ok(self) -> bool:
        """Last used within one month of the label (dated skills)."""
        if self.expected_last is None or self.last_used is None:
            return False
        return abs(parse_month(self.last_used) - parse_month(self.expected_last)) <= 1

    @property
    def months_ok(self) -> bool:
        """Months within max(2, 10%) of the label (dated skills)."""
        if self.expected_months is None or self.months is None:
            return False
        return abs(self.months - self.expected_months) <= max(2, 0.1 * self.expected_months)

    @property
    def correct(self) -> bool:
        """Dated: last used and months both right; listed only: reported as null."""
        return self.last_ok and self.months_ok if self.dated else self.months is None


@dataclass
class Evaluation:
    """All results plus the totals the report prints."""

    results: list[Result]
    per_skill: dict[str, Counts]
    depth: list[DepthCheck] = field(default_factory=list)
    experience: list[tuple[str, int, int | None]] = field(default_factory=list)

    @property
    def micro(self) -> Counts:
        """Counts over every resume and skill."""
        total = Counts()
        for result in self.results:
            total.add(result.counts)
        return total

    def pair_order(self, role: str) -> PairOrder:
        """Pairs with different labelled levels for ``role``: how many the score ranks the higher level above."""
        rated = [r for r in self.results if role in r.level and role in r.scores]
        agree = total = 0
        wrong: list[tuple[str, str]] = []
        for high in rated:
            for low in rated:
                if high.level[role] > low.level[role]:
                    total += 1
                    if high.scores[role] > low.scores[role]:
                        agree += 1
                    else:
                        wrong.append((high.name, low.name))
        return PairOrder(role, agree, total, tuple(wrong))

    @property
    def fit_results(self) -> list[Result]:
        """The results whose labels name a best role and whose report has scores."""
        return [r for r in self.results if r.best is not None and r.scores]

    def by(self, attribute: str) -> dict[str, Counts]:
        """Counts per producer, layout or profile."""
        out: dict[str, Counts] = defaultdict(Counts)
        for result in self.results:
            out[getattr(result, attribute)].add(result.counts)
        return dict(sorted(out.items()))


def expected_depth(entry: dict[str, Any], as_of: Month) -> tuple[dict[str, tuple[int, str] | None], int]:
    """By the labelling convention: for every labelled skill of a resume, (months, last used) from the
    labelled positions that show it, or None when no position does; and the total months of experience."""
    intervals: list[tuple[Month, Month]] = []
    shown: dict[str, list[tuple[Month, Month]]] = defaultdict(list)
    for position in entry.get("position", []):
        start = parse_month(position["start"])
        if start > as_of:
            continue
        end = as_of if position["end"] == "present" else min(parse_month(position["end"]), as_of)
        interval = (start, max(start, end))
        intervals.append(interval)
        for skill in position.get("skills", []):
            shown[skill].append(interval)
    out: dict[str, tuple[int, str] | None] = {}
    for skill in entry["skills"]:
        spans = shown.get(skill)
        out[skill] = (union_months(spans), format_month(max(e for _, e in spans))) if spans else None
    return out, union_months(intervals)


def evaluate(folder: str | Path, *, analyzer: Analyzer | None = None, split: str | None = None) -> Evaluation:
    """Analyze every labelled resume in ``folder`` and compare the found skills (and, when labelled, their
    depth) with the labels; ``split`` keeps only the entries of that split."""
    root = Path(folder)
    with (root / "labels.toml").open("rb") as handle:
        labels = tomllib.load(handle)
    entries = [e for e in labels["resume"] if split is None or e.get("split") == split]
    as_of = parse_month(labels["as_of"]) if "as_of" in labels else None
    analyzer = analyzer or Analyzer()
    contract_file = root / "contract.txt"
    scored = (
        {line.strip() for line in contract_file.read_text(encoding="utf-8").splitlines() if line.strip()}
        if contract_file.is_file()
        else set(analyzer.taxonomy.skills)
    )
    evaluation = Evaluation([], {})
    per_skill: dict[str, Counts] = defaultdict(Counts)
    for entry in entries:
        expected = set(entry["skills"]) & scored
        result = Result(
            entry["name"],
            entry.get("producer", "?"),
            entry.get("layout", "?"),
            entry.get("profile", "?"),
            Counts(),
            level=dict(entry.get("level", {})),
            best=entry.get("best"),
        )
        try:
            if as_of is None:
                report = analyzer.analyze(root / entry["file"])
            else:
                report = analyzer.analyze(root / entry["file"], as_of=format_month(as_of))
        except GapcheckError as exc:
            result.error = str(exc)
            result.counts.fn = len(expected)
            result.false_negatives = sorted(expected)
            evaluation.results.append(result)
            continue
        result.scores = {role.id: role.score for role in report.roles}
        result.best_fit = report.best_fit
        found = {f.id: f for role in report.roles for f in role.found if f.id in scored}
        for skill_id in sorted(scored):
            hit, want = skill_id in found, skill_id in expected
            counts = per_skill[skill_id]
            if hit and want:
                counts.tp += 1
                result.counts.tp += 1
            elif hit:
                counts.fp += 1
                result.counts.fp += 1
                ev = found[skill_id].evidence[0]
                result.false_positives.append((skill_id, f"p{ev.page} {ev.section}: {ev.text}  [{ev.rule}]"))
            elif want:
                counts.fn += 1
                result.counts.fn += 1
                result.false_negatives.append(skill_id)
        evaluation.results.append(result)
        if as_of is not None and "position" in entry:
            depths, total = expected_depth(entry, as_of)
            evaluation.experience.append((entry["name"], total, report.experience_months))
            for skill_id, want_depth in sorted(depths.items()):
                if skill_id in found:
                    f = found[skill_id]
                    evaluation.depth.append(
                        DepthCheck(
                            entry["name"],
                            skill_id,
                            None if want_depth is None else want_depth[0],
                            None if want_depth is None else want_depth[1],
                            f.months,
                            f.last_used,
                        )
                    )
    evaluation.per_skill = dict(sorted(per_skill.items()))
    return evaluation


@dataclass
class PostingEvaluation:
    """Years requirements of postings: labelled versus read, as (posting, skill or "overall", years)."""

    expected: set[tuple[str, str, int]]
    predicted: set[tuple[str, str, int]]
    errors: list[tuple[str, str]] = field(default_factory=list)
    skills: Counts = field(default_factory=Counts)
    kind_right: int = 0
    kind_total: int = 0
    skill_errors: list[str] = field(default_factory=list)

    @property
    def counts(self) -> Counts:
        """True positives, false positives and false negatives over every requirement."""
        tp = len(self.expected & self.predicted)
        return Counts(tp, len(self.predicted) - tp, len(self.expected) - tp)


OVERALL = "overall"


def evaluate_postings(folder: str | Path, *, analyzer: Analyzer | None = None, split: str | None = None) -> PostingEvaluation:
    """Read every labelled posting in ``folder`` (postings.toml) and compare its years requirements."""
    root = Path(folder)
    with (root / "postings.toml").open("rb") as handle:
        entries = [e for e in tomllib.load(handle)["posting"] if split is None or e.get("split") == split]
    analyzer = analyzer or Analyzer()
    out = PostingEvaluation(set(), set())
    for entry in entries:
        name = entry["name"]
        out.expected |= {(name, skill, int(years)) for skill, years in entry.get("years", {}).items()}
        if entry.get("years_overall") is not None:
            out.expected.add((name, OVERALL, int(entry["years_overall"])))
        try:
            job = analyzer.read_job(root / entry["file"])
        except GapcheckError as exc:
            out.errors.append((name, str(exc)))
            continue
        out.predicted |= {(name, skill, years) for skill, years in job.years}
        if job.years_overall is not None:
            out.predicted.add((name, OVERALL, job.years_overall))
        required, optional = set(entry.get("required", [])), set(entry.get("optional", []))
        wanted, got = required | optional, set(job.required) | set(job.optional)
        out.skills.add(Counts(len(wanted & got), len(got - wanted), len(wanted - got)))
        out.skill_errors += [f"{name}: FP {skill}" for skill in sorted(got - wanted)]
        out.skill_errors += [f"{name}: FN {skill}" for skill in sorted(wanted - got)]
        for skill in wanted & got:
            out.kind_total += 1
            out.kind_right += (skill in optional) == (skill in job.optional)
    return out


def _share(right: int, total: int) -> str:
    return f"{right}/{total} = {right / total:.3f}" if total else "0/0"


def _experience_close(want: int, got: int | None) -> bool:
    return got is not None and abs(got - want) <= max(2, 0.1 * want)


def format_depth(evaluation: Evaluation) -> Iterable[str]:
    """The depth part of the printed report."""
    dated = [c for c in evaluation.depth if c.dated]
    listed = [c for c in evaluation.depth if not c.dated]
    yield f"depth (skills labelled and found): {len(evaluation.depth)}"
    yield f"  dated, last used within 1 month:        {_share(sum(c.last_ok for c in dated), len(dated))}"
    yield f"  dated, months within max(2, 10%):       {_share(sum(c.months_ok for c in dated), len(dated))}"
    yield f"  dated, both right:                      {_share(sum(c.correct for c in dated), len(dated))}"
    yield f"  listed only, reported as null:          {_share(sum(c.correct for c in listed), len(listed))}"
    off = [(name, want, got) for name, want, got in evaluation.experience if not _experience_close(want, got)]
    yield f"  total experience within max(2, 10%):    {_share(len(evaluation.experience) - len(off), len(evaluation.experience))}"
    if off:
        yield "  total experience errors (resume: labelled months -> reported):"
        for name, want, got in off:
            yield f"    {name}: {want} -> {got}"
    yield "  depth errors (resume skill: labelled months/last used -> reported):"
    for c in evaluation.depth:
        if not c.correct:
            yield (f"    {c.resume} {c.skill}: {c.expected_months}/{c.expected_last} -> {c.months}/{c.last_used}")


def format_postings(evaluation: PostingEvaluation) -> Iterable[str]:
    """The postings part of the printed report."""
    yield _row("posting skills", evaluation.skills)
    yield f"  required vs optional right: {_share(evaluation.kind_right, evaluation.kind_total)}"
    yield from (f"  {error}" for error in evaluation.skill_errors)
    yield _row("years requirements", evaluation.counts)
    for name, error in evaluation.errors:
        yield f"  {name}: ERROR {error}"
    for name, skill, years in sorted(evaluation.expected - evaluation.predicted):
        yield f"  {name}: FN {skill} = {years}"
    for name, skill, years in sorted(evaluation.predicted - evaluation.expected):
        yield f"  {name}: FP {skill} = {years}"


def _row(label: str, counts: Counts) -> str:
    return f"{label:28s} P={counts.precision:.3f} R={counts.recall:.3f} F1={counts.f1:.3f} (tp={counts.tp} fp={counts.fp} fn={counts.fn})"


def format_evaluation(evaluation: Evaluation) -> Iterable[str]:
    """The printed report, line by line."""
    yield f"resumes: {len(evaluation.results)}"
    yield _row("MICRO", evaluation.micro)
    for attribute in ("producer", "layout", "profile"):
        yield ""
        yield f"by {attribute}:"
        for key, counts in evaluation.by(attribute).items():
            yield "  " + _row(key, counts)
    fits = evaluation.fit_results
    if fits:
        yield ""
        yield "readiness (recruiter levels and best role):"
        right = sum(1 for r in fits if r.best_fit_right)
        yield f"  best fit right: {right}/{len(fits)} = {right / len(fits):.3f}"
        roles = sorted({role for r in fits for role in r.level})
        for role in roles:
            order = evaluation.pair_order(role)
            yield (f"  {role}: pairs on different levels ordered right {order.agree}/{order.total} = {order.share:.3f}")
        for r in fits:
            if not r.best_fit_right:
                scores = ", ".join(f"{k}={v:.3f}" for k, v in r.scores.items())
                yield f"  {r.name}: best fit {r.best_fit or 'none'}, labelled {r.best} ({scores})"
        for role in roles:
            for high, low in evaluation.pair_order(role).wrong:
                yield f"  {role}: {high} (level {_level(fits, high, role)}) not above {low} (level {_level(fits, low, role)})"
    yield ""
    yield "per skill:"
    for skill_id, counts in evaluation.per_skill.items():
        yield "  " + _row(skill_id, counts)
    yield ""
    yield "errors, false positives and false negatives:"
    for result in evaluation.results:
        if result.error:
            yield f"  {result.name}: ERROR {result.error}"
        for skill_id, evidence in result.false_positives:
            yield f"  {result.name}: FP {skill_id}: {evidence}"
        for skill_id in result.false_negatives:
            yield f"  {result.name}: FN {skill_id}"


def _level(results: list[Result], name: str, role: str) -> int:
    return next(r.level[role] for r in results if r.name == name)


def main(argv: Sequence[str] | None = None) -> int:
    """Command-line entry point of ``python -m gapcheck.eval``."""
    parser = argparse.ArgumentParser(prog="python -m gapcheck.eval", description=__doc__.splitlines()[0])
    parser.add_argument("folder", type=Path, help="folder with labels.toml and/or postings.toml")
    parser.add_argument("--split", help="only the entries of this split (dev, blind)")
    parser.add_argument("--engine", default="pdfminer", choices=("pdfminer", "pdfium"), help="PDF engine (default pdfminer)")
    args = parser.parse_args(argv)
    has_resumes = (args.folder / "labels.toml").is_file()
    has_postings = (args.folder / "postings.toml").is_file()
    if not has_resumes and not has_postings:
        print(f"gapcheck.eval: error: {args.folder}: no labels.toml or postings.toml", file=sys.stderr)
        return 2
    analyzer = Analyzer(engine=args.engine)
    try:
        if has_resumes:
            evaluation = evaluate(args.folder, analyzer=analyzer, split=args.split)
            for line in format_evaluation(evaluation):
                print(line)
            if evaluation.depth or evaluation.experience:
                print()
                for line in format_depth(evaluation):
                    print(line)
        if has_postings:
            postings = evaluate_postings(args.folder, analyzer=analyzer, split=args.split)
            print()
            for line in format_postings(postings):
                print(line)
    except (OSError, KeyError, ValueError, tomllib.TOMLDecodeError) as exc:
        print(f"gapcheck.eval: error: {args.folder}: {exc}", file=sys.stderr)
        return 2
    return 0


if __name__ == "__main__":  # pragma: no cover
    sys.exit(main())
