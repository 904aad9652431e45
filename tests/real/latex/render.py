"""Render every real CV source in ``sources/<name>/`` to ``pdf/<name>.pdf``.

This is a maintenance script for the ``tests/real/latex`` evaluation set, not a test.
Run it from anywhere::

    python tests/real/latex/render.py            # render all
    python tests/real/latex/render.py r_ds_01    # render some

For each resume, ``labels.toml`` gives the producer (``pdflatex``, ``xelatex``, ``lualatex``
or ``typst``) and the source kind (``latex``, ``typst`` or ``rendercv``); ``MANIFEST.tsv``
gives the entry file inside ``sources/<name>/`` (column ``entry``).

* LaTeX: the source folder is copied to a temporary directory and the engine runs twice
  (``-interaction=nonstopmode``) from the entry file's folder, so no aux file is left behind;
  when the ``.aux`` names a ``\\bibdata`` file, ``bibtex`` and one more engine pass run in between.
  ``SOURCE_DATE_EPOCH``/``FORCE_SOURCE_DATE`` pin ``\\today`` to 2026-12-01. A temporary
  fontconfig file adds TeX Live's OpenType fonts (Roboto, Source Sans Pro, FontAwesome), which the
  awesome-cv sources load by name (their bundled ``fonts/`` folders were not copied).
* Typst: the ``typst`` package from PyPI (``pip install typst``) compiles the entry file with the
  source folder as root. Typst's bundled fonts are used when a requested font is missing.
* RenderCV: the ``rendercv`` command (``pip install "rendercv[full]==2.3"``; set ``RENDERCV`` to its
  path if it is not on ``PATH``) renders the YAML file; only its PDF is kept. RenderCV's Typst themes
  import ``@preview/fontawesome:0.5.0``, which Typst would download; a stand-in package whose icons
  render as nothing is placed in a temporary ``XDG_CACHE_HOME`` instead (the render needs no network).

Needs Python 3.11+ (tomllib), poppler-utils is handy for checking, and TeX Live: ``texlive-latex-extra
texlive-fonts-extra texlive-xetex texlive-luatex texlive-bibtex-extra texlive-science texlive-lang-french``.
Exit status is 1 if any resume failed to render.
"""

from __future__ import annotations

import csv
import os
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

if sys.version_info >= (3, 11):
    import tomllib
else:  # pragma: no cover - Python 3.10
    import tomli as tomllib

HERE = Path(__file__).resolve().parent
SOURCES = HERE / "sources"
PDF_DIR = HERE / "pdf"
PINNED_EPOCH = "1796083200"  # 2026-12-01T00:00:00Z
LATEX_ENGINES = {"pdflatex", "xelatex", "lualatex"}


def load_entries() -> dict[str, str]:
    """Map resume name -> entry file (relative to its source folder) from MANIFEST.tsv."""
    with (HERE / "MANIFEST.tsv").open(encoding="utf-8", newline="") as handle:
        return {row["name"]: row["entry"] for row in csv.DictReader(handle, delimiter="\t")}


def load_labels() -> dict[str, dict[str, str]]:
    """Map resume name -> its ``source`` and ``producer`` from labels.toml."""
    with (HERE / "labels.toml").open("rb") as handle:
        data = tomllib.load(handle)
    return {r["name"]: {"source": r["source"], "producer": r["producer"]} for r in data["resume"]}


def texlive_opentype_dir() -> str:
    """TeX Live's OpenType font directory (found through kpsewhich)."""
    found = subprocess.run(["kpsewhich", "-var-value", "TEXMFDIST"], capture_output=True, text=True, check=False).stdout.strip()
    return str(Path(found or "/usr/share/texlive/texmf-dist") / "fonts" / "opentype")


def render_latex(src: Path, entry: str, engine: str, out: Path) -> None:
    """Compile a LaTeX CV in a scratch copy of its folder and copy the PDF to ``out``."""
    with tempfile.TemporaryDirectory(prefix="cv-render-") as tmp:
        fonts_conf = Path(tmp) / "fonts.conf"
        fonts_conf.write_text(
            '<?xml version="1.0"?>\n<!DOCTYPE fontconfig SYSTEM "urn:fontconfig:fonts.dtd">\n<fontconfig>\n'
            '  <include ignore_missing="yes">/etc/fonts/fonts.conf</include>\n'
            f"  <dir>{texlive_opentype_dir()}</dir>\n  <cachedir>{tmp}/fc-cache</cachedir>\n</fontconfig>\n",
            encoding="utf-8",
        )
        env = dict(os.environ, SOURCE_DATE_EPOCH=PINNED_EPOCH, FORCE_SOURCE_DATE="1", FONTCONFIG_FILE=str(fonts_conf))
        work = Path(tmp) / "src"
        shutil.copytree(src, work)
        main = work / entry

        def run(*cmd: str) -> None:
            subprocess.run(
                list(cmd), cwd=main.parent, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, timeout=600, check=False
            )

        run(engine, "-interaction=nonstopmode", "-file-line-error", main.name)
        aux = main.with_suffix(".aux")
        if aux.exists() and "\\bibdata" in aux.read_text(errors="replace"):
            run("bibtex", main.stem)
            run(engine, "-interaction=nonstopmode", "-file-line-error", main.name)
        run(engine, "-interaction=nonstopmode", "-file-line-error", main.name)
        built = main.with_suffix(".pdf")
        if not built.exists():
            log = main.with_suffix(".log")
            tail = log.read_text(errors="replace")[-2000:] if log.exists() else "(no log)"
            raise RuntimeError(f"{engine} produced no PDF for {src.name}:\n{tail}")
        shutil.copyfile(built, out)


def render_typst(src: Path, entry: str, out: Path) -> None:
    """Compile a Typst CV with the PyPI ``typst`` package."""
    import typst  # imported here so LaTeX-only runs do not need it

    typst.compile(str(src / entry), output=str(out), root=str(src))


FONTAWESOME_STANDIN = """// Stand-in for @preview/fontawesome (no network when rendering): icons render as nothing.
#let fa-icon(name, ..args) = box(width: 0pt)
"""


def write_fontawesome_standin(cache_home: Path) -> None:
    """Put a minimal ``@preview/fontawesome:0.5.0`` package where Typst looks for cached packages."""
    pkg = cache_home / "typst" / "packages" / "preview" / "fontawesome" / "0.5.0"
    pkg.mkdir(parents=True)
    (pkg / "typst.toml").write_text(
        '[package]\nname = "fontawesome"\nversion = "0.5.0"\nentrypoint = "lib.typ"\nauthors = ["stand-in"]\nlicense = "MIT"\n'
        'description = "Offline stand-in"\n',
        encoding="utf-8",
    )
    (pkg / "lib.typ").write_text(FONTAWESOME_STANDIN, encoding="utf-8")


def render_rendercv(src: Path, entry: str, out: Path) -> None:
    """Render a RenderCV YAML file and keep only the PDF."""
    exe = os.environ.get("RENDERCV") or shutil.which("rendercv")
    if exe is None:
        raise RuntimeError("rendercv not found: pip install 'rendercv[full]==2.3' or set RENDERCV")
    with tempfile.TemporaryDirectory(prefix="cv-render-") as tmp:
        work = Path(tmp) / "src"
        shutil.copytree(src, work)
        write_fontawesome_standin(Path(tmp) / "cache")
        env = dict(os.environ, XDG_CACHE_HOME=str(Path(tmp) / "cache"))
        result = subprocess.run(
            [
                exe,
                "render",
                entry,
                "--output-folder-name",
                "out",
                "--dont-generate-markdown",
                "--dont-generate-html",
                "--dont-generate-png",
            ],
            cwd=work,
            env=env,
            capture_output=True,
            text=True,
            timeout=600,
            check=False,
        )
        pdfs = sorted((work / "out").glob("*.pdf"))
        if result.returncode != 0 or not pdfs:
            raise RuntimeError(f"rendercv failed for {src.name}:\n{result.stdout[-2000:]}\n{result.stderr[-2000:]}")
        shutil.copyfile(pdfs[0], out)


def main(argv: list[str]) -> int:
    entries = load_entries()
    labels = load_labels()
    names = argv or sorted(entries)
    PDF_DIR.mkdir(exist_ok=True)
    failed = 0
    for name in names:
        src, out = SOURCES / name, PDF_DIR / f"{name}.pdf"
        meta = labels[name]
        try:
            if meta["source"] == "rendercv":
                render_rendercv(src, entries[name], out)
            elif meta["producer"] == "typst":
                render_typst(src, entries[name], out)
            elif meta["producer"] in LATEX_ENGINES:
                render_latex(src, entries[name], meta["producer"], out)
            else:
                raise RuntimeError(f"unknown producer {meta['producer']!r}")
            print(f"ok    {name}")
        except Exception as exc:
            failed += 1
            print(f"FAIL  {name}: {exc}", file=sys.stderr)
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
