"""Fingerprint every report, to check that a speed-up changed no result.

For each PDF of the corpus (``$GAPCHECK_CORPUS`` or ``../shared/corpus``), samples/, tests/eval/pdf,
tests/holdout, tests/real/*/pdf and tests/depth/pdf, read with each engine and the default limits (the
isolated reader worker), it hashes the Document (lines, boxes, columns, blocks, sections, positions), the raw
hits and near misses, and the JSON report (skills, evidence, depth), as of a fixed month. It prints one
line per file and engine and a final hash over all of them; ``--out FILE`` also writes the lines to FILE, so
two runs can be compared with ``diff``.

    python benchmarks/report_hash.py --out /tmp/before.txt
"""

from __future__ import annotations

import argparse
import hashlib
import json
import os
import sys
from collections.abc import Sequence
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
AS_OF = "2026-06"
FOLDERS = ("samples", "tests/eval/pdf", "tests/holdout", "tests/real/*/pdf", "tests/depth/pdf")


def pdf_files() -> list[Path]:
    """Every PDF the fingerprint covers, in a fixed order."""
    corpus = Path(os.environ.get("GAPCHECK_CORPUS") or REPO.parent / "shared" / "corpus")
    files = sorted(corpus.glob("*.pdf")) if corpus.is_dir() else []
    for pattern in FOLDERS:
        for folder in sorted(REPO.glob(pattern)):
            files.extend(sorted(folder.rglob("*.pdf")))
    return files


def fingerprint(analyzer: object, path: Path) -> str:
    """The hash of everything ``analyzer`` makes of ``path``: document, hits, near misses and report."""
    from gapcheck import Analyzer

    assert isinstance(analyzer, Analyzer)
    digest = hashlib.sha256()
    try:
        document = analyzer.read(path)
        hits, misses = analyzer.match(document)
        report = analyzer.analyze_document(document)
    except Exception as exc:  # an error is a result too: its type and message
        digest.update(f"{type(exc).__name__}: {exc}".encode())
        return digest.hexdigest()[:16]
    digest.update(repr(document).encode())
    digest.update(repr(hits).encode())
    digest.update(repr(misses).encode())
    digest.update(json.dumps(report.to_dict(), sort_keys=True).encode())
    return digest.hexdigest()[:16]


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--out", default=None, help="also write the per-file lines to this file")
    parser.add_argument("--engines", default="pdfminer,pdfium", help="comma list of engines (default both)")
    args = parser.parse_args(argv)
    from gapcheck import Analyzer

    lines: list[str] = []
    for engine in args.engines.split(","):
        analyzer = Analyzer(engine=engine, as_of=AS_OF)
        for path in pdf_files():
            name = path.relative_to(REPO) if path.is_relative_to(REPO) else path.name
            lines.append(f"{engine} {name} {fingerprint(analyzer, path)}")
    total = hashlib.sha256("\n".join(lines).encode()).hexdigest()[:16]
    text = "\n".join([*lines, f"all {len(lines)} {total}", ""])
    sys.stdout.write(text)
    if args.out:
        Path(args.out).write_text(text, encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main())
