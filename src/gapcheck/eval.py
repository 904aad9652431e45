"""Measure matching accuracy on a labelled set: ``python -m gapcheck.eval tests/eval``.

The folder holds ``labels.toml`` (one ``[[resume]]`` per file: ``name``, ``file``, ``producer``, ``layout``,
``profile``, ``skills``) and optionally ``contract.txt`` (the skill ids that are scored, one per line; by
default every skill of the taxonomy). Prints micro and per-skill precision, recall and F1, figures per
producer, layout and profile, and every false positive and false negative with its evidence line.
"""

from __future__ import annotations

import argparse
import sys
from collections import defaultdict
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from pathlib import Path

from gapcheck.analyzer import Analyzer
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


@dataclass
class Evaluation:
    """All results plus the totals the report prints."""

    results: list[Result]
    per_skill: dict[str, Counts]

    @property
    def micro(self) -> Counts:
        """Counts over every resume and skill."""
        total = Counts()
        for result in self.results:
            total.add(result.counts)
        return total

    def by(self, attribute: str) -> dict[str, Counts]:
        """Counts per producer, layout or profile."""
        out: dict[str, Counts] = defaultdict(Counts)
        for result in self.results:
            out[getattr(result, attribute)].add(result.counts)
        return dict(sorted(out.items()))


def evaluate(folder: str | Path, *, analyzer: Analyzer | None = None) -> Evaluation:
    """Analyze every labelled resume in ``folder`` and compare the found skills with the labels."""
    root = Path(folder)
    with (root / "labels.toml").open("rb") as handle:
        entries = tomllib.load(handle)["resume"]
    analyzer = analyzer or Analyzer()
    contract_file = root / "contract.txt"
    scored = (
        {line.strip() for line in contract_file.read_text(encoding="utf-8").splitlines() if line.strip()}
        if contract_file.is_file()
        else set(analyzer.taxonomy.skills)
    )
    results: list[Result] = []
    per_skill: dict[str, Counts] = defaultdict(Counts)
    for entry in entries:
        expected = set(entry["skills"]) & scored
        result = Result(entry["name"], entry.get("producer", "?"), entry.get("layout", "?"),
                        entry.get("profile", "?"), Counts())
        try:
            report = analyzer.analyze(root / entry["file"])
        except GapcheckError as exc:
            result.error = str(exc)
            result.counts.fn = len(expected)
            result.false_negatives = sorted(expected)
            results.append(result)
            continue
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
        results.append(result)
    return Evaluation(results, dict(sorted(per_skill.items())))


def _row(label: str, counts: Counts) -> str:
    return (f"{label:28s} P={counts.precision:.3f} R={counts.recall:.3f} F1={counts.f1:.3f} "
            f"(tp={counts.tp} fp={counts.fp} fn={counts.fn})")


def format_evaluation(evaluation: Evaluation) -> Iterable[str]:
    """The printed report, line by line."""
    yield f"resumes: {len(evaluation.results)}"
    yield _row("MICRO", evaluation.micro)
    for attribute in ("producer", "layout", "profile"):
        yield ""
        yield f"by {attribute}:"
        for key, counts in evaluation.by(attribute).items():
            yield "  " + _row(key, counts)
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


def main(argv: Sequence[str] | None = None) -> int:
    """Command-line entry point of ``python -m gapcheck.eval``."""
    parser = argparse.ArgumentParser(prog="python -m gapcheck.eval", description=__doc__.splitlines()[0])
    parser.add_argument("folder", type=Path, help="folder with labels.toml")
    args = parser.parse_args(argv)
    try:
        evaluation = evaluate(args.folder)
    except (OSError, KeyError, tomllib.TOMLDecodeError) as exc:
        print(f"gapcheck.eval: error: {args.folder}: {exc}", file=sys.stderr)
        return 2
    for line in format_evaluation(evaluation):
        print(line)
    return 0


if __name__ == "__main__":  # pragma: no cover
    sys.exit(main())
