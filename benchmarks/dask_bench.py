#!/usr/bin/env python
"""Throughput of gapcheck on a Dask LocalCluster (issue 7) beside the plain batch (issue 5).

Run with the extra installed (``pip install '.[dask]'``)::

    python benchmarks/dask_bench.py                 # ~100 resumes: the corpus list repeated
    python benchmarks/dask_bench.py --files 200     # more
    python benchmarks/dask_bench.py --partition-size 8

The corpus is ``<repo>/../shared/corpus`` or ``$GAPCHECK_CORPUS`` (the samples when it is absent). Every
configuration runs the same list of files and prints, in resumes per second:

* ``total``: wall time from nothing to the last row: starting the cluster or pool, loading spaCy in each
  worker, and the analysis;
* ``steady``: the analysis alone, once every worker has its analyzer loaded (for the plain batch with one
  worker: an analyzer built beforehand; with two workers the pool start is included, so no steady figure);
* ``cpu ms/cv``: CPU milliseconds per resume in the workers (with their PDF-reading children) during the
  steady part: the per-resume cost that does not depend on what else the machine is doing, and what the
  sizing table in docs/distributed.md is built from (1000 / cpu ms = resumes/s per fully used core).
"""

from __future__ import annotations

import argparse
import contextlib
import os
import platform
import sys
import tempfile
import time
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO / "src"))

from gapcheck.analyzer import Analyzer  # noqa: E402
from gapcheck.batch import AnalyzerOptions  # noqa: E402
from gapcheck.batch import analyze_many as batch_many  # noqa: E402


def corpus() -> list[Path]:
    folder = Path(os.environ.get("GAPCHECK_CORPUS") or REPO.parent / "shared" / "corpus")
    files = sorted(folder.glob("*.pdf")) if folder.is_dir() else []
    return files or sorted((REPO / "samples").glob("*.pdf"))


def workload(count: int) -> list[str]:
    base = [str(p) for p in corpus()]
    return [base[i % len(base)] for i in range(count)]


def cpu_seconds() -> float:
    """CPU time of this process and its finished children (the forked PDF readers)."""
    t = os.times()
    return t.user + t.system + t.children_user + t.children_system


def line(name: str, n: int, total: float, steady: float | None, errors: int, cpu: float | None = None) -> None:
    steady_text = f"{n / steady:8.2f}" if steady else "       -"
    cpu_text = f"{cpu / n * 1000:9.0f}" if cpu else "        -"
    print(
        f"{name:<38} {n:>5} {total:7.2f} s {n / total:8.2f} {steady_text} {cpu_text}   {errors:>4}   load {os.getloadavg()[0]:.1f}",
        flush=True,
    )


def bench_batch(files: list[str], workers: int) -> None:
    options = AnalyzerOptions()
    start = time.perf_counter()
    steady = None
    if workers == 1:
        analyzer = Analyzer()
        _ = analyzer.nlp
        begin, cpu0 = time.perf_counter(), cpu_seconds()
        rows = list(batch_many(files, options=options, workers=1, analyzer=analyzer))
        steady, cpu = time.perf_counter() - begin, cpu_seconds() - cpu0
    else:
        rows = list(batch_many(files, options=options, workers=workers))
        cpu = None
    total = time.perf_counter() - start
    line(f"batch (processes) workers={workers}", len(rows), total, steady, sum(1 for r in rows if r.error), cpu)


def bench_dask(files: list[str], workers: int, partition_size: int, output: bool) -> None:
    from distributed import Client, LocalCluster

    from gapcheck import distributed as gd

    options = AnalyzerOptions()
    start = time.perf_counter()
    with contextlib.ExitStack() as stack:
        cluster = stack.enter_context(LocalCluster(n_workers=workers, threads_per_worker=1, processes=True, dashboard_address=":0"))
        client = stack.enter_context(Client(cluster))
        client.register_plugin(gd.QuietPdfminer())
        client.run(gd.worker_analyzer, options)  # the per-worker load, so that "steady" excludes it
        folder = stack.enter_context(tempfile.TemporaryDirectory()) if output else None
        before = client.run(cpu_seconds)
        begin = time.perf_counter()
        rows = list(
            gd.analyze_many(
                files,
                client,
                options=options,
                partition_size=partition_size,
                output=None if folder is None else os.path.join(folder, "r.parquet"),
            )
        )
        steady = time.perf_counter() - begin
        after = client.run(cpu_seconds)
        cpu = sum(after[w] - before.get(w, 0.0) for w in after)
        total = time.perf_counter() - start
    kind = "parquet" if output else "rows"
    line(f"dask LocalCluster workers={workers} ({kind})", len(rows), total, steady, sum(1 for r in rows if r["error"]), cpu)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--files", type=int, default=100, help="resumes per run (the corpus list repeated)")
    parser.add_argument("--partition-size", type=int, default=8, help="files per Dask task")
    args = parser.parse_args()
    files = workload(args.files)
    print(
        f"gapcheck dask benchmark: {len(files)} resumes ({len(set(files))} distinct PDFs), "
        f"partition size {args.partition_size}, {os.cpu_count()} CPUs, Python {platform.python_version()}"
    )
    print(f"load average at start {os.getloadavg()[0]:.1f} (other processes on this machine slow every figure)")
    print(f"{'configuration':<38} {'files':>5} {'wall':>9} {'total/s':>8} {'steady/s':>8} {'cpu ms/cv':>9}   {'errs':>4}")
    for workers in (1, 2):
        bench_batch(files, workers)
    for workers in (1, 2):
        bench_dask(files, workers, args.partition_size, output=False)
    bench_dask(files, 2, args.partition_size, output=True)


if __name__ == "__main__":
    main()
