#!/usr/bin/env python
"""Memory over time (issue 14.9): one Analyzer fed thousands of resumes full of words it has never seen.

    python benchmarks/memory_bench.py              # 5,000 texts, both modes
    python benchmarks/memory_bench.py --texts 1000

Runs each mode in a fresh process and prints resident memory (RSS) at checkpoints, the size of spaCy's
string store, and the time per text:

- ``analyzer``: ``Analyzer.match`` as shipped (its pipeline is built afresh once the vocabulary has learnt
  ``VOCABULARY_LIMIT`` new strings);
- ``no-zone``: the same pipeline run with no such limit, as before the fix (the vocabulary keeps every new word).

Also measures a batch's main process (``gapcheck.batch.run_batch``, what the CLI runs, rows streamed to a
CSV file, ``--workers`` processes) over ``--files`` small text resumes. Figures only; no pass/fail thresholds.
"""

from __future__ import annotations

import argparse
import json
import random
import string
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from typing import Any


def _rss_mb() -> float:
    with open("/proc/self/status", encoding="ascii") as status:
        for line in status:
            if line.startswith("VmRSS:"):
                return int(line.split()[1]) / 1024
    return float("nan")


def _texts(count: int, seed: int = 14) -> list[str]:
    rng = random.Random(seed)
    out = []
    for _ in range(count):
        words = ["".join(rng.choice(string.ascii_lowercase) for _ in range(rng.randint(5, 12))) for _ in range(150)]
        out.append("Experience\nBuilt RAG services on Kubernetes with Python and PyTorch.\n" + " ".join(words))
    return out


def run_mode(mode: str, count: int) -> dict[str, object]:
    """In this process: match ``count`` texts of new words; RSS and string-store size at checkpoints."""
    from gapcheck.analyzer import Analyzer
    from gapcheck.matcher import DOCUMENT_KEY
    from gapcheck.textfile import document_from_text

    analyzer = Analyzer().warm_up()
    nlp = analyzer.nlp
    documents = [document_from_text(text) for text in _texts(count)]

    def match_without_zone(document: object) -> None:
        doc = nlp.make_doc(document.text)  # type: ignore[attr-defined]
        doc.user_data[DOCUMENT_KEY] = document
        for _, component in nlp.pipeline:
            doc = component(doc)

    match = analyzer.match if mode == "analyzer" else match_without_zone
    points = []
    step = max(1, count // 5)
    start_rss = _rss_mb()
    started = time.perf_counter()
    for i, document in enumerate(documents, start=1):
        match(document)
        if i % step == 0 or i == count:
            current = analyzer.nlp if mode == "analyzer" else nlp
            points.append({"texts": i, "rss_mb": round(_rss_mb(), 1), "strings": len(current.vocab.strings)})
    elapsed = time.perf_counter() - started
    return {"mode": mode, "start_rss_mb": round(start_rss, 1), "points": points, "ms_per_text": round(1000 * elapsed / count, 2)}


def run_timing(count: int) -> dict[str, object]:
    """In this process: both ways alternated on chunks of fresh texts, so that a busy machine slows both alike."""
    from gapcheck.analyzer import Analyzer
    from gapcheck.matcher import DOCUMENT_KEY
    from gapcheck.textfile import document_from_text

    analyzer = Analyzer().warm_up()
    nlp = analyzer.nlp

    def match_without_zone(document: Any) -> None:
        doc = nlp.make_doc(document.text)
        doc.user_data[DOCUMENT_KEY] = document
        for _, component in nlp.pipeline:
            doc = component(doc)

    documents = [document_from_text(text) for text in _texts(count, seed=3)]
    spent = {"analyzer": 0.0, "no-zone": 0.0}
    chunk = 25
    for n, start in enumerate(range(0, count - 2 * chunk + 1, 2 * chunk)):
        first, second = documents[start : start + chunk], documents[start + chunk : start + 2 * chunk]
        order = [("analyzer", first), ("no-zone", second)] if n % 2 == 0 else [("no-zone", first), ("analyzer", second)]
        for mode, part in order:
            match = analyzer.match if mode == "analyzer" else match_without_zone
            started = time.perf_counter()
            for document in part:
                match(document)
            spent[mode] += time.perf_counter() - started
    per_mode = count // 2
    return {"mode": "timing", "ms_per_text": {k: round(1000 * v / per_mode, 2) for k, v in spent.items()}}


def run_batch(count: int, workers: int) -> dict[str, object]:
    """In this process: ``gapcheck.batch.run_batch`` (what the CLI runs) over ``count`` small text files,
    rows written to a CSV file; RSS of this (the main) process at checkpoints."""
    from gapcheck.batch import run_batch as batch

    texts = _texts(count, seed=7)
    with tempfile.TemporaryDirectory(prefix="gapcheck-membench-") as folder:
        paths = []
        for i, text in enumerate(texts):
            path = Path(folder) / f"r{i:05d}.txt"
            path.write_text(text, encoding="utf-8")
            paths.append(path)
        points: list[dict[str, float]] = []
        step = max(1, count // 5)
        start_rss = _rss_mb()
        done = 0

        def on_row(_row: object) -> None:
            nonlocal done
            done += 1
            if done % step == 0 or done == count:
                points.append({"files": done, "rss_mb": round(_rss_mb(), 1)})

        batch(paths, fmt="csv", output=Path(folder) / "rows.csv", workers=workers, on_row=on_row)
    return {"mode": "batch", "start_rss_mb": round(start_rss, 1), "points": points, "workers": workers}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--texts", type=int, default=5000)
    parser.add_argument("--files", type=int, default=3000)
    parser.add_argument("--workers", type=int, default=2, help="worker processes of the batch part")
    parser.add_argument("--child", choices=["analyzer", "no-zone", "timing", "batch"], help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.child:
        if args.child == "batch":
            result = run_batch(args.files, args.workers)
        elif args.child == "timing":
            result = run_timing(min(args.texts, 2000))
        else:
            result = run_mode(args.child, args.texts)
        print(json.dumps(result))
        return
    results = {}
    for mode in ("analyzer", "no-zone", "timing", "batch"):
        out = subprocess.run(
            [
                sys.executable,
                __file__,
                "--child",
                mode,
                "--texts",
                str(args.texts),
                "--files",
                str(args.files),
                "--workers",
                str(args.workers),
            ],
            check=True,
            capture_output=True,
            text=True,
        )
        results[mode] = json.loads(out.stdout.strip().splitlines()[-1])
    for mode in ("analyzer", "no-zone"):
        r = results[mode]
        points = r["points"]
        print(
            f"{mode:9s}: RSS {r['start_rss_mb']} MB at start -> "
            + ", ".join(f"{p['rss_mb']} MB after {p['texts']}" for p in points)
            + f"; strings {points[-1]['strings']:,}; {r['ms_per_text']} ms/text"
        )
    a, b = results["analyzer"], results["no-zone"]
    grow_a = a["points"][-1]["rss_mb"] - a["points"][0]["rss_mb"]
    grow_b = b["points"][-1]["rss_mb"] - b["points"][0]["rss_mb"]
    timing = results["timing"]["ms_per_text"]
    print(
        f"growth after the first checkpoint: analyzer {grow_a:+.1f} MB, no-zone {grow_b:+.1f} MB; "
        f"time per text, both alternated in one process: analyzer {timing['analyzer']} ms, no-zone {timing['no-zone']} ms, "
        f"ratio {timing['analyzer'] / timing['no-zone']:.2f}"
    )
    r = results["batch"]
    print(
        f"batch ({r['workers']} workers), main process: RSS {r['start_rss_mb']} MB at start -> "
        + ", ".join(f"{p['rss_mb']} MB after {p['files']}" for p in r["points"])
    )


if __name__ == "__main__":
    main()
