#!/usr/bin/env python
"""OCR benchmark (issue 15): scanned copies of real resumes against their text-layer originals.

Every resume of the corpus (``<repo>/../shared/corpus`` or ``GAPCHECK_CORPUS``; ``--files`` to pick some) is
rasterized at 200 dpi in greyscale with pypdfium2 and written back as an image-only PDF (in a temporary
folder, removed at the end). The original is analyzed from its text layer, the copy through OCR (``ocr="auto"``
finds that it has no text layer). Prints seconds per recognised page (wall clock, and CPU time, which says
more on a busy machine), and the skill precision, recall and F1 of the copies with the originals' skills as
the reference, micro-averaged over the corpus; with ``--labels DIR`` (a folder with ``labels.toml`` and its
PDFs, such as ``tests/eval``) both are also scored against the labels, and the copies' F1 is compared with
the originals' F1.

Targets: precision >= 0.95, and F1 >= 95% of the originals' F1.

    python benchmarks/ocr_bench.py                    # the corpus
    python benchmarks/ocr_bench.py --limit 5          # the first five resumes
    python benchmarks/ocr_bench.py --labels tests/eval
"""

from __future__ import annotations

import argparse
import os
import sys
import tempfile
import time
from collections.abc import Sequence
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
DPI = 200
TARGET_PRECISION = 0.95
TARGET_F1_SHARE = 0.95


def image_only_copy(source: Path, target: Path, dpi: int = DPI) -> int:
    """Rasterize every page of ``source`` (greyscale) into an image-only PDF at ``target``; the page count."""
    import pypdfium2

    original = pypdfium2.PdfDocument(str(source))
    copy = pypdfium2.PdfDocument.new()
    try:
        for index in range(len(original)):
            page = original[index]
            width, height = page.get_size()
            bitmap = page.render(scale=dpi / 72, grayscale=True)
            image = pypdfium2.PdfImage.new(copy)
            image.set_bitmap(bitmap)
            image.set_matrix(pypdfium2.PdfMatrix().scale(width, height))
            new_page = copy.new_page(width, height)
            new_page.insert_obj(image)
            new_page.gen_content()
            bitmap.close()
            page.close()
        copy.save(str(target))
        return len(original)
    finally:
        copy.close()
        original.close()


def scores(found: set[str], reference: set[str]) -> tuple[int, int, int]:
    """(true positives, false positives, false negatives)."""
    return len(found & reference), len(found - reference), len(reference - found)


def prf(tp: int, fp: int, fn: int) -> tuple[float, float, float]:
    precision = tp / (tp + fp) if tp + fp else 1.0
    recall = tp / (tp + fn) if tp + fn else 1.0
    f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
    return precision, recall, f1


def skill_ids(report: object) -> set[str]:
    """Every skill found for any role, skills implied by others left out (they follow from the found ones)."""
    return {f.id for role in report.roles for f in role.found if f.implied_by is None}  # type: ignore[attr-defined]


def find_files(args: argparse.Namespace) -> list[Path]:
    if args.files:
        return [Path(f) for f in args.files]
    folder = Path(os.environ.get("GAPCHECK_CORPUS", REPO.parent / "shared" / "corpus"))
    files = sorted(folder.glob("*.pdf"))
    return files[: args.limit] if args.limit else files


def load_labels(folder: Path) -> dict[str, set[str]]:
    if sys.version_info >= (3, 11):
        import tomllib
    else:  # pragma: no cover - Python 3.10
        import tomli as tomllib

    data = tomllib.loads((folder / "labels.toml").read_text(encoding="utf-8"))
    return {str(folder / entry["file"]): set(entry["skills"]) for entry in data.get("resume", [])}


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("files", nargs="*", help="PDFs to use (default: the corpus)")
    parser.add_argument("--limit", type=int, default=0, help="only the first N corpus resumes")
    parser.add_argument("--labels", default=None, help="a labelled folder (labels.toml + PDFs), e.g. tests/eval")
    args = parser.parse_args(argv)

    from gapcheck import Analyzer, ocr
    from gapcheck.limits import Limits

    if not ocr.available():
        print(f"the OCR extra is not installed: {ocr.INSTALL_HINT}")
        return 2
    labels = load_labels(Path(args.labels)) if args.labels else {}
    files = [Path(f) for f in labels] if labels else find_files(args)
    if not files:
        print("no PDFs: set GAPCHECK_CORPUS or give files")
        return 2
    print(f"OCR benchmark: {len(files)} PDFs, image-only copies at {DPI} dpi, greyscale; load {os.getloadavg()[0]:.2f}")
    analyzer = Analyzer(limits=Limits.none())
    totals = {"copy": [0, 0, 0], "orig_labels": [0, 0, 0], "copy_labels": [0, 0, 0]}
    pages = 0
    seconds = 0.0
    cpu_seconds = 0.0
    with tempfile.TemporaryDirectory(prefix="gapcheck-ocr-bench-") as tmp:
        ocr._engine()  # load the models before timing
        for source in files:
            original = skill_ids(analyzer.analyze(source))
            copy_path = Path(tmp) / source.name
            count = image_only_copy(source, copy_path)
            start = time.perf_counter()
            cpu_start = time.process_time()
            try:
                scanned = skill_ids(analyzer.analyze(copy_path))
            except Exception as exc:
                print(f"  {source.name}: FAILED {type(exc).__name__}: {exc}")
                continue
            elapsed = time.perf_counter() - start
            cpu = time.process_time() - cpu_start
            pages += count
            seconds += elapsed
            cpu_seconds += cpu
            tp, fp, fn = scores(scanned, original)
            totals["copy"] = [a + b for a, b in zip(totals["copy"], (tp, fp, fn), strict=True)]
            if labels:
                truth = labels[str(source)]
                totals["orig_labels"] = [a + b for a, b in zip(totals["orig_labels"], scores(original, truth), strict=True)]
                totals["copy_labels"] = [a + b for a, b in zip(totals["copy_labels"], scores(scanned, truth), strict=True)]
            extra = ", ".join(sorted(scanned - original)) or "-"
            missing = ", ".join(sorted(original - scanned)) or "-"
            print(
                f"  {source.name:<48} {count} p {elapsed / count:6.1f} s/page ({cpu / count:4.1f} CPU)  extra: {extra}  missing: {missing}",
                flush=True,
            )
    if not pages:
        return 1
    precision, recall, f1 = prf(*totals["copy"])
    print(
        f"\nseconds per page (recognition + analysis): {seconds / pages:.2f} s, CPU {cpu_seconds / pages:.2f} s, over {pages} pages; "
        f"load {os.getloadavg()[0]:.2f}"
    )
    ok_p = precision >= TARGET_PRECISION
    print(
        f"copies vs originals: precision {precision:.3f} (target >= {TARGET_PRECISION}) {'MET' if ok_p else 'NOT MET'}, "
        f"recall {recall:.3f}, F1 {f1:.3f}"
    )
    met = ok_p
    if labels:
        _, _, f1_orig = prf(*totals["orig_labels"])
        p_copy, _, f1_copy = prf(*totals["copy_labels"])
        share = f1_copy / f1_orig if f1_orig else 0.0
        ok_f = share >= TARGET_F1_SHARE
        print(
            f"against the labels: originals F1 {f1_orig:.3f}; copies precision {p_copy:.3f}, F1 {f1_copy:.3f} = "
            f"{share * 100:.1f}% of the originals' (target >= {TARGET_F1_SHARE * 100:.0f}%) {'MET' if ok_f else 'NOT MET'}"
        )
        met = met and ok_f
    else:
        ok_f = f1 >= TARGET_F1_SHARE
        print(f"F1 of the copies with the originals as reference: {f1:.3f} (target >= {TARGET_F1_SHARE}) {'MET' if ok_f else 'NOT MET'}")
        met = met and ok_f
    return 0 if met else 1


if __name__ == "__main__":
    sys.exit(main())
