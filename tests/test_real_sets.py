"""The real evaluation slices (tests/real/*): every source is used once, so a first run is on unseen text."""

from __future__ import annotations

import csv
from collections import defaultdict
from pathlib import Path

REAL = Path(__file__).resolve().parent / "real"


def _rows() -> list[tuple[str, str, str]]:
    """(folder, entry name, source repository in lower case) of every MANIFEST.tsv row."""
    rows: list[tuple[str, str, str]] = []
    for manifest in sorted(REAL.glob("*/MANIFEST.tsv")):
        with manifest.open(encoding="utf-8", newline="") as handle:
            for row in csv.DictReader(handle, delimiter="\t"):
                rows.append((manifest.parent.name, row["name"], row["source_repo"].strip().casefold()))
    return rows


def test_every_slice_has_a_manifest() -> None:
    folders = {path.name for path in REAL.iterdir() if path.is_dir()}
    assert folders == {folder for folder, _, _ in _rows()}


def test_no_source_repository_feeds_two_slices_or_two_resumes() -> None:
    folders: dict[str, set[str]] = defaultdict(set)
    resumes: dict[str, list[str]] = defaultdict(list)
    for folder, name, repo in _rows():
        folders[repo].add(folder)
        if not folder.startswith("postings"):
            resumes[repo].append(f"{folder}/{name}")
    assert {repo: sorted(found) for repo, found in folders.items() if len(found) > 1} == {}
    assert {repo: found for repo, found in resumes.items() if len(found) > 1} == {}
