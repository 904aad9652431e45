"""How far two labellers agree, and how gapcheck scores when only what both say counts.

Some slices of tests/real carry a second, blind labelling next to the first (``labels.second.toml``,
``postings.second.toml``): a second person labelled the same files without seeing the first labels. This script
prints, for resumes and postings: the second labeller scored against the first (skills, depth by the evaluation's
convention, required vs optional, years), and gapcheck scored against the two together, leaving out the skills the
two disagree on. It is the ceiling for the accuracy targets: a label set two careful people do not agree on cannot
be met above their agreement.

    python docs/labeller_agreement.py [MORE_SLICE_FOLDERS ...]

Slice folders kept outside the repository (slices collected since the project stopped committing fetched material)
can be added as arguments; each needs its labels and the second labels next to them.
"""

from __future__ import annotations

import sys
from collections.abc import Iterable, Mapping
from pathlib import Path
from typing import Any

if sys.version_info >= (3, 11):
    import tomllib
else:  # Python 3.10
    import tomli as tomllib

REAL = Path(__file__).resolve().parent.parent / "tests" / "real"
_AS_OF = "2026-12"
_CLOSE_MONTHS = 1
_MONTHS_SLACK = 2
_MONTHS_SHARE = 0.1


def _month(text: str) -> int:
    text = _AS_OF if text == "present" else text
    return int(text[:4]) * 12 + int(text[5:7]) - 1


def _depth(resume: Mapping[str, Any], skill: str) -> tuple[int, int] | None:
    """(months, last used month) of ``skill`` by the evaluation's convention, or None when listed only."""
    spans = sorted(
        (_month(p["start"]), _month(p["end"])) for p in resume.get("position", []) if skill in p.get("skills", []) and p.get("start")
    )
    if not spans:
        return None
    total, (low, high) = 0, spans[0]
    for start, end in spans[1:]:
        if start > high + 1:
            total += high - low + 1
            low, high = start, end
        else:
            high = max(high, end)
    total += high - low + 1
    return total, max(end for _, end in spans)


def _load(path: Path, table: str) -> dict[str, dict[str, Any]]:
    with path.open("rb") as handle:
        return {entry["name"]: entry for entry in tomllib.load(handle)[table]}


def _ratio(part: int, whole: int) -> str:
    return f"{part}/{whole} = {part / whole:.3f}" if whole else "0/0"


def _pr(tp: int, fp: int, fn: int) -> str:
    precision = tp / (tp + fp) if tp + fp else 0.0
    recall = tp / (tp + fn) if tp + fn else 0.0
    return f"P {precision:.3f} R {recall:.3f} (tp {tp} fp {fp} fn {fn})"


def _skills(entry: Mapping[str, Any]) -> set[str]:
    if "skills" in entry:
        return set(entry["skills"])
    return set(entry.get("required", [])) | set(entry.get("optional", []))


def _on_agreed(found: set[str], a: set[str], b: set[str], ours: list[int], disputed: int) -> tuple[list[int], int]:
    """``ours`` (tp, fp, fn) and ``disputed`` counted on: right when both labellers say a skill, wrong when neither."""
    both, either = a & b, a | b
    return [ours[0] + len(found & both), ours[1] + len(found - either), ours[2] + len(both - found)], disputed + len(either - both)


def resume_agreement(folders: Iterable[Path]) -> list[str]:
    """Lines of figures for the resume slices in ``folders`` that have a second labelling."""
    from gapcheck import Analyzer

    analyzer = Analyzer(as_of=_AS_OF)
    tp = fp = fn = 0
    dated = last = months = listed = listed_null = 0
    ours = [0, 0, 0]
    disputed = 0
    count = 0
    for folder in folders:
        first, second = _load(folder / "labels.toml", "resume"), _load(folder / "labels.second.toml", "resume")
        for name, one in first.items():
            other = second[name]
            a, b = _skills(one), _skills(other)
            tp, fp, fn = tp + len(a & b), fp + len(b - a), fn + len(a - b)
            for skill in a & b:
                depth_a, depth_b = _depth(one, skill), _depth(other, skill)
                if depth_a is None:
                    listed += 1
                    listed_null += depth_b is None
                    continue
                dated += 1
                if depth_b is not None:
                    last += abs(depth_a[1] - depth_b[1]) <= _CLOSE_MONTHS
                    months += abs(depth_a[0] - depth_b[0]) <= max(_MONTHS_SLACK, _MONTHS_SHARE * depth_a[0])
            ours, disputed = _on_agreed(set(analyzer.analyze(folder / one["file"]).found_ids), a, b, ours, disputed)
            count += 1
    return [
        f"resumes: {count}",
        f"  second labeller against the first: {_pr(tp, fp, fn)}",
        f"  dated skills both label: last used within 1 month {_ratio(last, dated)}, months within max(2, 10%) {_ratio(months, dated)}",
        f"  listed-only skills both label: the second also listed only {_ratio(listed_null, listed)}",
        f"  gapcheck against what both say ({disputed} disputed skills left out): {_pr(*ours)}",
    ]


def _years(posting: Mapping[str, Any]) -> set[tuple[str, int]]:
    years = set(posting.get("years", {}).items())
    if posting.get("years_overall") is not None:
        years.add(("overall", posting["years_overall"]))
    return years


def posting_agreement(folders: Iterable[Path]) -> list[str]:
    """Lines of figures for the posting slices in ``folders`` that have a second labelling."""
    from gapcheck import Analyzer

    analyzer = Analyzer()
    tp = fp = fn = 0
    kind_same = kind_total = 0
    years = [0, 0, 0]
    ours = [0, 0, 0]
    disputed = count = 0
    for folder in folders:
        first, second = _load(folder / "postings.toml", "posting"), _load(folder / "postings.second.toml", "posting")
        for name, one in first.items():
            other = second[name]
            a, b = _skills(one), _skills(other)
            tp, fp, fn = tp + len(a & b), fp + len(b - a), fn + len(a - b)
            for skill in a & b:
                kind_total += 1
                kind_same += (skill in one.get("required", [])) == (skill in other.get("required", []))
            years_a, years_b = _years(one), _years(other)
            years = [years[0] + len(years_a & years_b), years[1] + len(years_b - years_a), years[2] + len(years_a - years_b)]
            job = analyzer.read_job(folder / one["file"])
            ours, disputed = _on_agreed(set(job.required) | set(job.optional), a, b, ours, disputed)
            count += 1
    return [
        f"postings: {count}",
        f"  second labeller against the first: {_pr(tp, fp, fn)}",
        f"  required vs optional, skills both label: {_ratio(kind_same, kind_total)}",
        f"  years requirements: {_pr(*years)}",
        f"  gapcheck against what both say ({disputed} disputed skills left out): {_pr(*ours)}",
    ]


def main(argv: list[str] | None = None) -> None:
    folders = [REAL / "*", *(Path(arg) for arg in (sys.argv[1:] if argv is None else argv))]
    resumes = sorted(p.parent for folder in folders for p in folder.parent.glob(f"{folder.name}/labels.second.toml"))
    postings = sorted(p.parent for folder in folders for p in folder.parent.glob(f"{folder.name}/postings.second.toml"))
    print("slices labelled twice:", ", ".join(folder.name for folder in [*resumes, *postings]))
    for line in [*resume_agreement(resumes), *posting_agreement(postings)]:
        print(line)


if __name__ == "__main__":
    main()
