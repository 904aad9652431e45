#!/usr/bin/env python
"""OCR memory (issue 15): the isolated worker's peak memory while it recognises a long scan, against a short one.

A resume's pages (``--source``, cycled) are rasterized at ``--dpi`` (300 by default) in greyscale and written as
an image-only PDF of ``--pages`` pages (40 by default), or as a multi-page TIFF with ``--tiff``. The scan is read
the way the CLI reads it (``read_document`` with the default limits and ``ocr_max_pages`` raised to the page
count: the OCR runs in the isolated worker under its address-space limit), in a fresh process each time, for the
long scan and for a ``--short`` one (5 pages). Prints, for each, the seconds taken and the worker's peak resident
memory (VmHWM) and peak address space (VmPeak), with the worker's address-space budget: pages are rendered and
recognised one at a time, so the peak should not grow with the page count.

    python benchmarks/ocr_memory_bench.py                 # 40 pages at 300 dpi, and 5
    python benchmarks/ocr_memory_bench.py --pages 10 --tiff
"""

from __future__ import annotations

import argparse
import json
import os
import subprocess
import sys
import tempfile
from collections.abc import Sequence
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
_MEASURE = """
import json, sys, time
from gapcheck import sandbox
from gapcheck.limits import Limits
from gapcheck.reader import read_document

path, pages = sys.argv[1], int(sys.argv[2])
start = time.perf_counter()
document = read_document(path, limits=Limits(ocr_max_pages=pages))
seconds = time.perf_counter() - start
peaks = []
for worker in sandbox._pool().idle:
    status = dict(line.split(":", 1) for line in open(f"/proc/{worker.pid}/status", encoding="ascii"))
    peaks.append((int(status["VmHWM"].split()[0]), int(status["VmPeak"].split()[0])))
print(json.dumps({"pages": document.pages, "ocr_pages": len(document.ocr_pages), "seconds": seconds,
                  "rss_kb": max(p[0] for p in peaks), "address_kb": max(p[1] for p in peaks)}))
"""


def make_scan(source: Path, target: Path, pages: int, dpi: int, tiff: bool) -> None:
    """``pages`` pages of ``source`` (cycled), rasterized at ``dpi`` in greyscale, as an image-only PDF or a TIFF."""
    import pypdfium2

    original = pypdfium2.PdfDocument(str(source))
    images = []
    for index in range(min(pages, len(original))):
        page = original[index]
        images.append((page.get_size(), page.render(scale=dpi / 72, grayscale=True).to_pil()))
        page.close()
    original.close()
    frames = [images[i % len(images)] for i in range(pages)]
    if tiff:
        first = frames[0][1]
        first.save(target, save_all=True, append_images=[image for _, image in frames[1:]], dpi=(dpi, dpi), compression="tiff_deflate")
        return
    jpegs = {}
    for number, (_, picture) in enumerate(images):
        jpegs[id(picture)] = target.with_name(f"page-{number}.jpg")
        picture.save(jpegs[id(picture)], quality=85)  # as scanners write them: JPEG, a few hundred kB a page
    copy = pypdfium2.PdfDocument.new()
    try:
        for (width, height), picture in frames:
            image = pypdfium2.PdfImage.new(copy)
            image.load_jpeg(str(jpegs[id(picture)]), inline=True)
            image.set_matrix(pypdfium2.PdfMatrix().scale(width, height))
            page = copy.new_page(width, height)
            page.insert_obj(image)
            page.gen_content()
        copy.save(str(target))
    finally:
        copy.close()


def measure(path: Path, pages: int) -> dict[str, float]:
    """Read the scan in a fresh process; its figures."""
    env = {**os.environ, "PYTHONPATH": os.pathsep.join(filter(None, [str(REPO / "src"), os.environ.get("PYTHONPATH")]))}
    done = subprocess.run([sys.executable, "-c", _MEASURE, str(path), str(pages)], capture_output=True, text=True, check=True, env=env)
    result: dict[str, float] = json.loads(done.stdout.strip().splitlines()[-1])
    return result


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--source", default=str(REPO / "samples" / "ai_engineer.pdf"), help="the resume to scan")
    parser.add_argument("--pages", type=int, default=40)
    parser.add_argument("--short", type=int, default=5, help="pages of the scan to compare with (0: none)")
    parser.add_argument("--dpi", type=int, default=300)
    parser.add_argument("--tiff", action="store_true", help="a multi-page TIFF instead of an image-only PDF")
    args = parser.parse_args(argv)

    from gapcheck import ocr
    from gapcheck.reader import OCR_MIN_MEMORY

    if not ocr.available():
        print(f"the OCR extra is not installed: {ocr.INSTALL_HINT}")
        return 2
    kind = "TIFF" if args.tiff else "image-only PDF"
    print(f"OCR memory: {kind} scans of {Path(args.source).name} at {args.dpi} dpi, greyscale")
    print(f"worker address-space budget: {OCR_MIN_MEMORY / 2**30:.1f} GiB more than it held when the call began")
    with tempfile.TemporaryDirectory(prefix="gapcheck-ocr-memory-") as tmp:
        for pages in [args.pages, *([args.short] if args.short else [])]:
            path = Path(tmp) / f"scan-{pages}.{'tiff' if args.tiff else 'pdf'}"
            make_scan(Path(args.source), path, pages, args.dpi, args.tiff)
            figures = measure(path, pages)
            print(
                f"  {pages:3d} pages ({path.stat().st_size / 1e6:.1f} MB): {figures['seconds']:.0f} s "
                f"({figures['seconds'] / pages:.1f} s/page), {figures['ocr_pages']:.0f} recognised; worker peak RSS "
                f"{figures['rss_kb'] / 1024:.0f} MB, peak address space {figures['address_kb'] / 1024:.0f} MB",
                flush=True,
            )
    return 0


if __name__ == "__main__":
    sys.exit(main())
