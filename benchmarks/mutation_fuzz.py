"""Full mutation fuzz run (issue 4): byte-mutated sample and corpus PDFs through gapcheck.

    PYTHONPATH=src python benchmarks/mutation_fuzz.py [--cases 500] [--seed 1] [--timeout 10]

Prints how many cases were tried, how many gave reports and gapcheck errors (by class), uncaught
exceptions and time-outs (InputTimeout) and overruns (a call that took longer than the limit + 2 s).
Exits 1 if any case raised something other than a GapcheckError or overran. The corpus is found via
$GAPCHECK_CORPUS or ``<repo>/../shared/corpus``; the samples in ``<repo>/samples``.
"""

from __future__ import annotations

import argparse
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "tests"))

from fixtures import mutate, pdfs


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--cases", type=int, default=500)
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--timeout", type=float, default=10.0, help="per-file time limit (s)")
    parser.add_argument(
        "--in-process",
        action="store_true",
        help="parse in this process (Limits.none(), no isolation): finds exceptions "
        "the worker would map to CorruptPDF; overruns are then reported, not prevented",
    )
    args = parser.parse_args()

    from gapcheck.analyzer import Analyzer

    with tempfile.TemporaryDirectory(prefix="gapcheck-fuzz-") as tmp:
        folder = Path(tmp)
        bases = [
            pdfs.text_pdf(folder / "generated.pdf"),
            pdfs.encrypted_pdf(folder / "owner.pdf", user=""),
        ]
        bases += pdfs.sample_pdfs()
        corpus = pdfs.corpus_dir()
        bases += sorted(corpus.glob("*.pdf")) if corpus else []
        work = folder / "work"
        work.mkdir()
        start = time.monotonic()
        tally = mutate.run(Analyzer(), bases, args.cases, args.seed, work, args.timeout, in_process=args.in_process)
        elapsed = time.monotonic() - start
    print(f"base PDFs:        {len(bases)} (corpus: {corpus or 'not found'})")
    mode = "in-process, no limit" if args.in_process else f"worker, time limit {args.timeout:g} s"
    print(f"cases tried:      {tally.tried} (seed {args.seed}, {mode})")
    print(f"reports:          {tally.reports}")
    print(f"gapcheck errors:  {sum(tally.errors.values())}  " + ", ".join(f"{k} {v}" for k, v in sorted(tally.errors.items())))
    print(f"time-outs:        {tally.errors.get('InputTimeout', 0)} (clean InputTimeout errors)")
    print(f"overruns:         {len(tally.overran)}")
    print(f"uncaught:         {len(tally.uncaught)}")
    print(f"slowest case:     {tally.slowest:.2f} s; total {elapsed:.0f} s")
    for line in tally.uncaught[:20] + tally.overran[:20]:
        print("  ", line)
    return 1 if tally.uncaught or tally.overran else 0


if __name__ == "__main__":
    sys.exit(main())
