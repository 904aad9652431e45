#!/usr/bin/env python
"""gapcheck performance benchmark (issue 6): measured against the floor it cannot beat.

Run after the README's install (``pip install .``)::

    python benchmarks/bench.py            # full run (>= 7 cold runs)
    python benchmarks/bench.py --quick    # smoke run, fewer repetitions
    python benchmarks/bench.py --runs 11  # more cold runs
    python benchmarks/bench.py --profile  # also print cProfile tables of the warm stages

Every figure is printed with its target and MET / NOT MET. Sample PDFs come from ``<repo>/samples``
(or ``--samples DIR`` / ``GAPCHECK_SAMPLES``); the real corpus from ``<repo>/../shared/corpus`` (or
``GAPCHECK_CORPUS``) and the corpus parts are skipped when it is absent. Only the standard library and
gapcheck's own dependencies are used.
"""

from __future__ import annotations

import argparse
import concurrent.futures
import cProfile
import datetime
import functools
import io
import multiprocessing
import os
import platform
import pstats
import random
import resource
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from functools import partial
from pathlib import Path
from typing import Any

REPO = Path(__file__).resolve().parents[1]

# Targets of issue 6.
TARGET_COLD_RATIO = 1.15
TARGET_HELP_SECONDS = 0.3
TARGET_OWN_WORK_SHARE = 0.15
TARGET_TAXONOMY_RATIO = 1.5
TARGET_WORKER_SPEEDUP = 1.7
# Targets of issue 16 (the pdfium engine).
TARGET_FLOOR_RATIO = 3.0
TARGET_ENGINE_SPEEDUP = 5.0


# --------------------------------------------------------------------------------------------------
# Results


@dataclass
class Figure:
    """One measured figure, optionally with a target."""

    name: str
    value: str
    target: str = ""
    met: bool | None = None

    def line(self) -> str:
        verdict = "" if self.met is None else ("MET" if self.met else "NOT MET")
        target = f"target {self.target}" if self.target else ""
        return f"  {self.name:<58} {self.value:>22}   {target:<16} {verdict}"


@dataclass
class Results:
    figures: list[Figure] = field(default_factory=list)

    def add(self, name: str, value: str, target: str = "", met: bool | None = None) -> Figure:
        fig = Figure(name, value, target, met)
        self.figures.append(fig)
        print(fig.line(), flush=True)
        return fig

    def note(self, text: str) -> None:
        print(f"    {text}", flush=True)


def section(title: str) -> None:
    print(f"\n== {title} ==  [load average {load_average()}]", flush=True)


def load_average() -> str:
    """Other work on the machine skews every figure, the worker speed-up most: print it with each stage."""
    try:
        return " ".join(f"{v:.2f}" for v in os.getloadavg())
    except (OSError, AttributeError):
        return "n/a"


def fmt_s(seconds: float) -> str:
    return f"{seconds:.3f} s"


def fmt_ms(seconds: float) -> str:
    return f"{seconds * 1000:.1f} ms"


# --------------------------------------------------------------------------------------------------
# Locating things


def gapcheck_command() -> list[str]:
    """The ``gapcheck`` console script installed next to this interpreter."""
    bindir = Path(sys.executable).parent
    for name in ("gapcheck", "gapcheck.exe"):
        candidate = bindir / name
        if candidate.is_file():
            return [str(candidate)]
    found = shutil.which("gapcheck")
    if found:
        return [found]
    return [sys.executable, "-m", "gapcheck.cli"]


def find_samples(explicit: str | None) -> list[Path]:
    folder = Path(explicit or os.environ.get("GAPCHECK_SAMPLES") or REPO / "samples")
    return sorted(folder.glob("*.pdf")) if folder.is_dir() else []


def find_corpus() -> list[Path]:
    folder = Path(os.environ.get("GAPCHECK_CORPUS") or REPO.parent / "shared" / "corpus")
    return sorted(folder.glob("*.pdf")) if folder.is_dir() else []


def pick_cold_sample(samples: Sequence[Path], corpus: Sequence[Path]) -> Path | None:
    for path in samples:
        if "ai_engineer" in path.name:
            return path
    candidates = list(samples) or list(corpus)
    return candidates[0] if candidates else None


# --------------------------------------------------------------------------------------------------
# Small timing helpers


def wall(cmd: Sequence[str], env: dict[str, str] | None = None) -> float:
    start = time.perf_counter()
    proc = subprocess.run(cmd, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, env=env, check=False)
    elapsed = time.perf_counter() - start
    if proc.returncode != 0:
        raise RuntimeError(f"{' '.join(cmd)} exited {proc.returncode}: {proc.stderr.decode()[-500:]}")
    return elapsed


def timed(fn: Callable[[], Any]) -> tuple[float, Any]:
    start = time.perf_counter()
    value = fn()
    return time.perf_counter() - start, value


def maxrss_bytes(kilobytes_or_bytes: int) -> int:
    # Linux reports ru_maxrss in KiB, macOS in bytes.
    return kilobytes_or_bytes if sys.platform == "darwin" else kilobytes_or_bytes * 1024


def own_peak_kb() -> int:
    """This process's peak RSS in ru_maxrss units. On Linux ru_maxrss survives execve (a child started
    from a big process reports the big one's peak), so VmHWM of this address space is used when present."""
    try:
        for line in Path("/proc/self/status").read_text().splitlines():
            if line.startswith("VmHWM:"):
                kb = int(line.split()[1])
                return kb * 1024 if sys.platform == "darwin" else kb
    except OSError:
        pass
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss


def fmt_mb(n_bytes: float) -> str:
    return f"{n_bytes / 1024 / 1024:.0f} MB"


# --------------------------------------------------------------------------------------------------
# 1. Cold CLI


FLOOR_CODE = "import sys, spacy; from pdfminer.high_level import extract_text; extract_text(sys.argv[1])"


def bench_cold(results: Results, sample: Path, runs: int) -> None:
    section(f"cold CLI: gapcheck {sample.name} --format json  (median of {runs})")
    cli = [*gapcheck_command(), str(sample), "--format", "json"]
    floor = [sys.executable, "-c", FLOOR_CODE, str(sample)]
    wall(cli), wall(floor)  # warm the OS file cache
    cli_times: list[float] = []
    floor_times: list[float] = []
    for _ in range(runs):  # interleaved so that drift hits both alike
        cli_times.append(wall(cli))
        floor_times.append(wall(floor))
    cli_med, floor_med = statistics.median(cli_times), statistics.median(floor_times)
    ratio = cli_med / floor_med
    results.add("gapcheck --format json (cold)", fmt_s(cli_med))
    results.add("floor: python -c 'import spacy; extract_text()'", fmt_s(floor_med))
    results.add("cold ratio gapcheck / floor", f"{ratio:.2f}x", f"<= {TARGET_COLD_RATIO}", ratio <= TARGET_COLD_RATIO)
    results.note(f"runs gapcheck: {', '.join(f'{t:.3f}' for t in cli_times)}")
    results.note(f"runs floor:    {', '.join(f'{t:.3f}' for t in floor_times)}")


# --------------------------------------------------------------------------------------------------
# 2. --help / --version


def imports_spacy(args: Sequence[str]) -> tuple[bool, float]:
    """Run the real console script with -X importtime; whether spaCy was imported and total import time."""
    env = {**os.environ, "PYTHONPROFILEIMPORTTIME": "1"}
    proc = subprocess.run([*gapcheck_command(), *args], stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, env=env, check=False, text=True)
    spacy = False
    total_us = 0
    for line in proc.stderr.splitlines():
        if not line.startswith("import time:") or "|" not in line:
            continue
        raw = line[len("import time:") :].split("|")
        parts = [p.strip() for p in raw]
        if len(parts) != 3 or not parts[0].isdigit():
            continue
        module = parts[2]
        if module == "spacy" or module.startswith("spacy."):
            spacy = True
        if not raw[2].startswith("  "):  # top-level import (nested ones are indented): cumulative time
            total_us += int(parts[1])
    return spacy, total_us / 1e6


def bench_help(results: Results, runs: int) -> None:
    section(f"gapcheck --help / --version (median of {runs})")
    cmd = [*gapcheck_command(), "--help"]
    wall(cmd)
    times = [wall(cmd) for _ in range(runs)]
    med = statistics.median(times)
    results.add("gapcheck --help wall time", fmt_s(med), f"< {TARGET_HELP_SECONDS} s", med < TARGET_HELP_SECONDS)
    for flag in ("--help", "--version"):
        spacy, import_s = imports_spacy([flag])
        results.add(f"gapcheck {flag} imports spaCy", "yes" if spacy else "no", "no", not spacy)
        results.note(f"{flag}: imports take {import_s:.3f} s under -X importtime (which inflates them)")


# --------------------------------------------------------------------------------------------------
# 3. Warm per-resume stages


@dataclass
class StageTimes:
    extract: float = 0.0
    read: float = 0.0
    normalize: float = 0.0
    match: float = 0.0
    score: float = 0.0
    render: float = 0.0

    @property
    def total(self) -> float:
        return self.read + self.match + self.score + self.render


class _NormalizeTimer:
    """Times gapcheck's normalization inside read_document by wrapping the reader's block finisher.

    The wrapper is installed only for the duration of a ``with`` block and removed afterwards; when the
    reader has no such hook, normalization is reported as not separable.
    """

    def __init__(self) -> None:
        self.seconds = 0.0
        self.available = False
        self._original: Any = None

    def __enter__(self) -> _NormalizeTimer:
        import gapcheck.reader as reader

        original = getattr(reader, "_finish_block", None)
        if original is None:
            return self
        self._original = original
        self.available = True

        def finish_block(*args: Any, **kwargs: Any) -> Any:
            start = time.perf_counter()
            out = list(original(*args, **kwargs))
            self.seconds += time.perf_counter() - start
            return iter(out)

        reader._finish_block = finish_block  # type: ignore[attr-defined]
        return self

    def __exit__(self, *exc: object) -> None:
        if self._original is not None:
            import gapcheck.reader as reader

            reader._finish_block = self._original  # type: ignore[attr-defined]


def measure_file(analyzer: Any, path: Path) -> StageTimes:
    from pdfminer.high_level import extract_text

    from gapcheck import read_document
    from gapcheck.render import render
    from gapcheck.report import build_report

    times = StageTimes()
    times.extract, _ = timed(lambda: extract_text(str(path)))
    with _NormalizeTimer() as norm:
        times.read, document = timed(lambda: read_document(path))
    times.normalize = norm.seconds if norm.available else float("nan")
    times.match, (hits, _misses) = timed(lambda: analyzer.match(document))
    times.score, report = timed(lambda: build_report(document, hits, analyzer.taxonomy))
    times.render, _ = timed(lambda: render(report, "json"))
    return times


def median_times(samples: list[StageTimes]) -> StageTimes:
    out = StageTimes()
    for name in ("extract", "read", "normalize", "match", "score", "render"):
        setattr(out, name, statistics.median(getattr(s, name) for s in samples))
    return out


def bench_warm(results: Results, files: Sequence[Path], reps: int, label: str) -> None:
    from gapcheck import Analyzer

    section(f"warm per-resume stages over {len(files)} PDFs ({label}), median of {reps} per file")
    analyzer = Analyzer()
    for path in files[:2]:  # warm-up: pipeline, lookup tables, pdfminer font caches
        measure_file(analyzer, path)
    per_file: dict[Path, StageTimes] = {}
    for path in files:
        try:
            per_file[path] = median_times([measure_file(analyzer, path) for _ in range(reps)])
        except Exception as exc:
            results.note(f"FAILED {path.name}: {type(exc).__name__}: {exc}")
    if not per_file:
        return
    n = len(per_file)
    tot = StageTimes()
    for t in per_file.values():
        for name in ("extract", "read", "normalize", "match", "score", "render"):
            setattr(tot, name, getattr(tot, name) + getattr(t, name))
    results.add("pdfminer extract_text alone (mean / resume)", fmt_ms(tot.extract / n))
    results.add("read = read_document incl. pdfminer layout (mean)", fmt_ms(tot.read / n))
    if tot.normalize == tot.normalize:  # not NaN
        results.add("  of which normalize (clean_line, join_hyphenated)", fmt_ms(tot.normalize / n))
    results.add("match (spaCy tokenizer + gapcheck_skills)", fmt_ms(tot.match / n))
    results.add("score (build_report)", fmt_ms(tot.score / n))
    results.add("render (json)", fmt_ms(tot.render / n))
    results.add("total gapcheck per resume", fmt_ms(tot.total / n))
    own = tot.total - tot.extract
    share = own / tot.extract
    results.add("read overhead beyond extract_text (read - extract)", fmt_ms((tot.read - tot.extract) / n))
    if label == "corpus":  # the target is on the real corpus; the three small samples are information
        results.add(
            f"own work / extraction ({label})",
            f"{share * 100:.0f}%",
            f"<= {TARGET_OWN_WORK_SHARE * 100:.0f}%",
            share <= TARGET_OWN_WORK_SHARE,
        )
    else:
        results.add(f"own work / extraction ({label}, information: fixed costs weigh more on small PDFs)", f"{share * 100:.0f}%")
    worst = sorted(per_file.items(), key=lambda kv: kv[1].total - kv[1].extract, reverse=True)[:3]
    for path, t in worst:
        results.note(
            f"largest own work: {path.name}: extract {fmt_ms(t.extract)}, read {fmt_ms(t.read)}, "
            f"match {fmt_ms(t.match)}, score {fmt_ms(t.score)}, render {fmt_ms(t.render)}"
        )


# --------------------------------------------------------------------------------------------------
# 4. Batch throughput with worker processes


_WORKER_STATE: dict[str, Any] = {}  # one Analyzer per worker process, set by the pool initializer


def quiet_pdfminer() -> None:
    """pdfminer logs font warnings on real-world PDFs; the CLI silences them, so does the benchmark."""
    import logging

    logging.getLogger("pdfminer").setLevel(logging.ERROR)


def _worker_init(taxonomy: str | None) -> None:
    from gapcheck import Analyzer

    quiet_pdfminer()
    analyzer = Analyzer(taxonomy=taxonomy)
    analyzer.nlp  # noqa: B018 - build the pipeline now, not on the first resume
    _WORKER_STATE["analyzer"] = analyzer


def _worker_analyze(path: str) -> int:
    from gapcheck.render import render

    report = _WORKER_STATE["analyzer"].analyze(path)
    return len(render(report, "json"))


def _worker_ready(_: int) -> int:
    time.sleep(0.2)  # keeps each worker busy so that every worker gets started and initialized
    return os.getpid()


def run_batch(files: Sequence[Path], workers: int, passes: int = 1) -> tuple[float, float]:
    """(seconds for the resumes with warm workers, seconds including pool start-up)."""
    ctx = multiprocessing.get_context("spawn")
    start = time.perf_counter()
    with concurrent.futures.ProcessPoolExecutor(max_workers=workers, mp_context=ctx, initializer=_worker_init, initargs=(None,)) as pool:
        list(pool.map(_worker_ready, range(workers * 2)))
        warm_start = time.perf_counter()
        jobs = [str(p) for _ in range(passes) for p in files]
        list(pool.map(_worker_analyze, jobs, chunksize=1))
        done = time.perf_counter()
    return done - warm_start, done - start


def bench_batch(results: Results, files: Sequence[Path], passes: int, label: str) -> None:
    section(f"batch throughput over {len(files)} PDFs x {passes} pass(es) ({label}), nproc={os.cpu_count()}")
    rates: dict[int, float] = {}
    for workers in (1, 2):
        warm, total = run_batch(files, workers, passes)
        rates[workers] = len(files) * passes / warm
        results.add(f"{workers} worker(s): resumes/s (warm pool)", f"{rates[workers]:.2f} /s")
        results.note(f"{workers} worker(s): {warm:.2f} s for resumes, {total:.2f} s incl. pool start-up")
    speedup = rates[2] / rates[1]
    if os.cpu_count() and os.getloadavg()[0] > 0.5 * os.cpu_count():  # type: ignore[operator]
        results.note("WARNING: the machine was busy with other work (see load average); rerun when idle")
    results.add("2 workers / 1 worker", f"{speedup:.2f}x", f">= {TARGET_WORKER_SPEEDUP}", speedup >= TARGET_WORKER_SPEEDUP)


# --------------------------------------------------------------------------------------------------
# 5. Taxonomy size


_SYLLABLES = (
    "ab",
    "ar",
    "bel",
    "bor",
    "cal",
    "cor",
    "dax",
    "del",
    "ev",
    "fen",
    "gal",
    "hex",
    "il",
    "jor",
    "kal",
    "kev",
    "lum",
    "mar",
    "nex",
    "nov",
    "or",
    "pel",
    "quin",
    "ras",
    "sol",
    "tor",
    "ul",
    "vex",
    "wyn",
    "xan",
    "yor",
    "zel",
    "zan",
    "tri",
    "vo",
    "min",
    "sy",
    "ka",
    "lo",
    "ri",
)
_PRODUCTS = (
    "Stream",
    "Forge",
    "Lens",
    "Vault",
    "Pipeline",
    "Studio",
    "Engine",
    "Graph",
    "Flow",
    "Mesh",
    "Grid",
    "Lake",
    "Sense",
    "Scope",
    "Kit",
    "Hub",
    "Ops",
    "Query",
    "Cache",
    "Serve",
    "Sync",
    "Board",
    "Trace",
)
_EDITIONS = ("Pro", "Enterprise", "Cloud", "Server", "Community", "Edge", "Studio Edition", "Platform")


def _brand(rng: random.Random) -> str:
    return "".join(rng.choice(_SYLLABLES) for _ in range(rng.choice((2, 3, 3, 4)))).capitalize()


def _toml_str(text: str) -> str:
    return '"' + text.replace("\\", "\\\\").replace('"', '\\"') + '"'


def generate_taxonomy(folder: str | Path, n_skills: int, aliases_per_skill: int = 5, *, seed: int = 0, groups: int = 100) -> Path:
    """Write a valid taxonomy folder: the built-in files, plus ``generated.toml`` with ``n_skills`` made-up
    tool skills (``aliases_per_skill`` aliases each, one to four words) and a ``generated`` role.

    Aliases never collide with each other or with the built-in taxonomy's aliases.
    """
    from gapcheck.taxonomy import alias_key, builtin_taxonomy_dir, load_taxonomy

    folder = Path(folder)
    folder.mkdir(parents=True, exist_ok=True)
    builtin = builtin_taxonomy_dir()
    for file in builtin.glob("*.toml"):
        shutil.copyfile(file, folder / file.name)
    taken = {alias_key(a.text) for s in load_taxonomy().skills.values() for a in s.aliases}
    rng = random.Random(seed)
    n_groups = max(1, min(groups, n_skills))
    out = io.StringIO()
    out.write('[taxonomy]\nid = "generated"\nname = "Generated tools"\n\n')
    for g in range(n_groups):
        out.write(f'[[group]]\nid = "gen_group_{g:03d}"\nname = "Generated group {g}"\n\n')
    brands: set[str] = set()
    for i in range(n_skills):
        while True:
            brand = _brand(rng)
            product = rng.choice(_PRODUCTS)
            base = f"{brand} {product}"
            if brand.lower() not in brands and alias_key(brand) not in taken and len(brand) >= 5:
                break
        brands.add(brand.lower())
        candidates = [
            base,
            f"{brand}{product}",
            brand,
            f"{base} {rng.choice(_EDITIONS)}",
            f"{brand}-{product} SDK",
            f"{base} API",
            f"{brand} {product} {rng.choice(_EDITIONS)} Suite",
        ]
        aliases: list[str] = []
        for alias in candidates:
            key = alias_key(alias)
            if key not in taken and len(aliases) < aliases_per_skill:
                taken.add(key)
                aliases.append(alias)
        out.write(
            f'[[skill]]\nid = "gen_skill_{i:06d}"\nname = {_toml_str(base)}\n'
            f'group = "gen_group_{i % n_groups:03d}"\n'
            f"aliases = [{', '.join(_toml_str(a) for a in aliases)}]\n\n"
        )
    (folder / "generated.toml").write_text(out.getvalue(), encoding="utf-8")
    roles = (folder / "roles.toml").read_text(encoding="utf-8")
    roles += '\n[[role]]\nid = "generated"\nname = "Generated role"\ntaxonomies = ["shared", "generated"]\n'
    (folder / "roles.toml").write_text(roles, encoding="utf-8")
    return folder


def _match_time(analyzer: Any, documents: Sequence[Any], reps: int) -> float:
    """Median over ``reps`` of the mean per-resume match time."""
    rounds = []
    for _ in range(reps):
        start = time.perf_counter()
        for document in documents:
            analyzer.match(document)
        rounds.append((time.perf_counter() - start) / len(documents))
    return statistics.median(rounds)


def bench_taxonomy(results: Results, files: Sequence[Path], sizes: Sequence[int], reps: int, profile: bool) -> None:
    section(f"taxonomy size: warm match time per resume over {len(files)} PDFs (median of {reps})")
    # These figures are about building an index: the on-disk cache (measured by the cache stage) stays out.
    saved = os.environ.get("GAPCHECK_NO_CACHE")
    os.environ["GAPCHECK_NO_CACHE"] = "1"
    try:
        _bench_taxonomy(results, files, sizes, reps, profile)
    finally:
        if saved is None:
            os.environ.pop("GAPCHECK_NO_CACHE", None)
        else:
            os.environ["GAPCHECK_NO_CACHE"] = saved


def _analyze_all(analyzer: Any, documents: Sequence[Any]) -> list[Any]:
    return [analyzer.analyze_document(d) for d in documents]


def _match_all(analyzer: Any, documents: Sequence[Any]) -> list[Any]:
    return [analyzer.match(d) for d in documents]


def _fresh_index(folder: Path, tmp: str) -> Any:
    from gapcheck import Analyzer

    return Analyzer(taxonomy=_fresh_copy(folder, tmp)).nlp


def _bench_taxonomy(results: Results, files: Sequence[Path], sizes: Sequence[int], reps: int, profile: bool) -> None:
    from gapcheck import Analyzer, load_taxonomy, read_document

    documents = [read_document(p) for p in files]
    builtin = Analyzer()
    _match_time(builtin, documents, 1)
    base = _match_time(builtin, documents, reps)
    n_builtin = len(builtin.taxonomy.skills)
    n_aliases = sum(len(s.aliases) for s in builtin.taxonomy.skills.values())
    results.add(f"built-in ({n_builtin} skills, {n_aliases} aliases): match", fmt_ms(base))
    with tempfile.TemporaryDirectory(prefix="gapcheck-bench-") as tmp:
        for size in sizes:
            folder = generate_taxonomy(Path(tmp) / f"tax{size}", size)
            load_s, taxonomy = timed(partial(load_taxonomy, folder))
            build_s, analyzer = timed(partial(Analyzer, taxonomy=taxonomy))
            index_s, _ = timed(partial(getattr, analyzer, "nlp"))
            aliases = sum(len(s.aliases) for s in taxonomy.skills.values())
            results.add(f"{size:,} generated skills ({aliases:,} aliases): load_taxonomy", fmt_s(load_s))
            results.add(f"{size:,} generated skills: first Analyzer build", fmt_s(build_s + index_s))
            _match_time(analyzer, documents, 1)  # warm exactly as the built-in analyzer was
            per = _match_time(analyzer, documents, reps)
            ratio = per / base
            results.add(f"{size:,} generated skills: match", fmt_ms(per))
            results.add(
                f"{size:,} skills match / built-in match", f"{ratio:.2f}x", f"<= {TARGET_TAXONOMY_RATIO}", ratio <= TARGET_TAXONOMY_RATIO
            )
            score_s, _ = timed(partial(_analyze_all, analyzer, documents))
            results.note(f"{size:,} skills: match+score of all {len(documents)} resumes {score_s:.2f} s")
            if profile:
                print_profile(f"load_taxonomy + index build, {size:,} skills", partial(_fresh_index, folder, tmp))
                print_profile(f"match with {size:,} skills", partial(_match_all, analyzer, documents))
            del analyzer, taxonomy


def _fresh_copy(folder: Path, tmp: str) -> Path:
    """A copy under a new path, so that load_taxonomy's and the matcher's caches miss."""
    target = Path(tempfile.mkdtemp(dir=tmp))
    shutil.copytree(folder, target / "t")
    return target / "t"


# --------------------------------------------------------------------------------------------------
# Taxonomy and index cache (issue 16): a second process loads a large taxonomy from the on-disk cache

TARGET_CACHED_LOAD_SECONDS = 1.0

CACHE_CHILD = (
    "import sys, time\n"
    "import spacy, spacy.lang.en, gapcheck.matcher  # a constant per process, whatever the taxonomy: not counted\n"
    "from gapcheck import Analyzer, load_taxonomy\n"
    "start = time.perf_counter(); cpu = time.process_time()\n"
    "taxonomy = load_taxonomy(sys.argv[1])\n"
    "loaded = time.perf_counter()\n"
    "Analyzer(taxonomy=taxonomy).nlp\n"
    "print(loaded - start, time.perf_counter() - loaded, time.process_time() - cpu)\n"
)


def bench_cache(results: Results, size: int) -> None:
    section(f"taxonomy + index cache: {size:,}-skill taxonomy loaded by a first and a second process")
    with tempfile.TemporaryDirectory(prefix="gapcheck-bench-cache-") as tmp:
        folder = generate_taxonomy(Path(tmp) / "taxonomy", size)
        env = {**os.environ, "GAPCHECK_CACHE_DIR": str(Path(tmp) / "cache")}
        env.pop("GAPCHECK_NO_CACHE", None)
        figures = []
        for label in ("first process (builds, fills the cache)", "second process (from the cache)"):
            out = subprocess.run([sys.executable, "-c", CACHE_CHILD, str(folder)], capture_output=True, text=True, env=env, check=True)
            load_s, index_s, cpu_s = (float(v) for v in out.stdout.split()[-3:])
            figures.append(load_s + index_s)
            results.add(f"{size:,} skills, {label}: load_taxonomy", fmt_s(load_s))
            results.add(f"{size:,} skills, {label}: pipeline + index", fmt_s(index_s))
            results.note(f"CPU time of both: {cpu_s:.3f} s")
        first, second = figures
        results.add(
            f"{size:,} skills: second process, taxonomy + index",
            fmt_s(second),
            f"< {TARGET_CACHED_LOAD_SECONDS:g} s",
            second < TARGET_CACHED_LOAD_SECONDS,
        )
        results.add(f"{size:,} skills: first / second process", f"{first / second:.1f}x")


# --------------------------------------------------------------------------------------------------
# Sandbox: the isolated worker that reads untrusted files


SANDBOX_CHILD = (
    "import os, time\n"
    "start = time.perf_counter()\n"
    "from gapcheck import sandbox\n"
    "from gapcheck.limits import Limits\n"
    "imported = time.perf_counter()\n"
    "sandbox.run(os.getpid, limits=Limits(), path='x')\n"
    "first = time.perf_counter()\n"
    "for _ in range(200):\n"
    "    sandbox.run(os.getpid, limits=Limits(), path='x')\n"
    "warm = (time.perf_counter() - first) / 200\n"
    "here = time.perf_counter()\n"
    "for _ in range(200):\n"
    "    sandbox.run(os.getpid, limits=Limits.none(), path='x')\n"
    "print(imported - start, first - imported, warm, (time.perf_counter() - here) / 200)\n"
)


def bench_sandbox(results: Results, runs: int) -> None:
    section(f"sandbox worker: a trivial function in a fresh process (median of {runs})")
    samples = []
    for _ in range(runs):
        out = subprocess.run([sys.executable, "-c", SANDBOX_CHILD], capture_output=True, text=True, check=True)
        samples.append([float(v) for v in out.stdout.split()[-4:]])
    imported, first, warm, here = (statistics.median(column) for column in zip(*samples, strict=True))
    results.add("import gapcheck.sandbox", fmt_ms(imported))
    results.add("first result from a new worker (cold start)", fmt_ms(first))
    results.add("each further call (warm worker)", fmt_ms(warm))
    results.add("each call with Limits.none() (in-process)", f"{here * 1e6:.1f} us")


# --------------------------------------------------------------------------------------------------
# 6. Peak memory


PEAK_CHILD = (
    "import resource, subprocess, sys\n"
    "subprocess.run(sys.argv[1:], stdout=subprocess.DEVNULL, check=True)\n"
    "print(resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss)\n"
)

BATCH_CHILD = (
    "import json, resource, sys\n"
    "sys.path.insert(0, {bench_dir!r})\n"
    "import bench\n"
    "if __name__ == '__main__':\n"
    "    files = json.loads(sys.argv[1])\n"
    "    bench.run_batch(files, 2)\n"
    "    print(bench.own_peak_kb(), resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss)\n"
)


def bench_memory(results: Results, sample: Path, files: Sequence[Path], label: str) -> None:
    import json

    section("peak memory (max RSS, resource.getrusage in a child process)")
    cli = [*gapcheck_command(), str(sample), "--format", "json"]
    out = subprocess.run([sys.executable, "-c", PEAK_CHILD, *cli], capture_output=True, text=True, check=True)
    single = maxrss_bytes(int(out.stdout.split()[-1]))
    results.add(f"single run: gapcheck {sample.name} --format json", fmt_mb(single))
    code = BATCH_CHILD.format(bench_dir=str(Path(__file__).resolve().parent))
    out = subprocess.run([sys.executable, "-c", code, json.dumps([str(p) for p in files])], capture_output=True, text=True, check=True)
    parent_kb, worker_kb = (int(v) for v in out.stdout.split()[-2:])
    parent, worker = maxrss_bytes(parent_kb), maxrss_bytes(worker_kb)
    results.add(f"2-worker batch ({label}): largest worker", fmt_mb(worker))
    results.add("2-worker batch: parent process", fmt_mb(parent))
    results.add("2-worker batch: total (parent + 2 x largest worker)", fmt_mb(parent + 2 * worker))


# --------------------------------------------------------------------------------------------------
# Profiling


def print_profile(title: str, fn: Callable[[], Any], top: int = 18) -> None:
    profiler = cProfile.Profile()
    start = time.perf_counter()
    profiler.enable()
    fn()
    profiler.disable()
    elapsed = time.perf_counter() - start
    buffer = io.StringIO()
    stats = pstats.Stats(profiler, stream=buffer)
    stats.sort_stats("tottime").print_stats(top)
    print(f"\n--- cProfile: {title} ({elapsed:.3f} s under the profiler), top {top} by own time ---")
    lines = buffer.getvalue().splitlines()
    start_idx = next((i for i, line in enumerate(lines) if "ncalls" in line), 0)
    print("\n".join(lines[start_idx:]))


def profile_warm(files: Sequence[Path]) -> None:
    from gapcheck import Analyzer, read_document

    analyzer = Analyzer()
    documents = [read_document(p) for p in files]
    print_profile("read_document over all PDFs", lambda: [read_document(p) for p in files])
    print_profile("match over all PDFs (built-in taxonomy)", lambda: [analyzer.match(d) for d in documents])
    print_profile("analyze_document (match + score) over all PDFs", lambda: [analyzer.analyze_document(d) for d in documents])


# --------------------------------------------------------------------------------------------------
# Main


def machine() -> str:
    model = platform.processor() or "unknown"
    try:
        for line in Path("/proc/cpuinfo").read_text().splitlines():
            if line.startswith("model name"):
                model = line.split(":", 1)[1].strip()
                break
    except OSError:
        pass
    try:
        from importlib.metadata import version

        versions = ", ".join(f"{p} {version(p)}" for p in ("gapcheck", "spacy", "pdfminer.six", "rapidfuzz"))
    except Exception:
        versions = "?"
    return f"{platform.platform()}; nproc {os.cpu_count()}; CPU {model}; Python {platform.python_version()}; {versions}"


# --------------------------------------------------------------------------------------------------
# 7. PDF engines side by side (issue 16)


def pdfium_floor(path: Path) -> int:
    """pypdfium2 alone: open the file and read every page's text (what no pdfium-based reader can beat)."""
    import pypdfium2

    document = pypdfium2.PdfDocument(str(path))
    chars = 0
    try:
        for index in range(len(document)):
            page = document[index]
            text_page = page.get_textpage()
            chars += len(text_page.get_text_range())
            text_page.close()
            page.close()
    finally:
        document.close()
    return chars


def bench_engines(results: Results, files: Sequence[Path], reps: int, label: str) -> None:
    """Warm ``Analyzer(engine=...).analyze(path)`` per resume for both engines, in the same run, against
    the bare pypdfium2 text floor; default limits (the isolated reader worker), as a user runs it."""
    try:
        import pypdfium2  # noqa: F401
    except ImportError:
        results.note('engines: pypdfium2 is not installed (pip install "gapcheck[pdfium]"); stage skipped')
        return
    from gapcheck import Analyzer
    from gapcheck.limits import Limits

    section(f"PDF engines side by side over {len(files)} PDFs ({label}), warm, median of {reps} per file, floor and pdfium alternating")
    analyzers = {"pdfminer": Analyzer(engine="pdfminer"), "pdfium": Analyzer(engine="pdfium")}
    in_process = Analyzer(engine="pdfium", limits=Limits.none())
    for analyzer in (*analyzers.values(), in_process):
        analyzer.warm_up()
        for path in files[:2]:
            analyzer.analyze(path)
    per_file: dict[Path, dict[str, float]] = {}
    for path in files:
        # The floor and the pdfium engine in alternating rounds, so that both see the same load (a shared
        # machine's load comes in bursts); the other analyzers after them, each in a row of its own (another
        # analyzer's run in between would evict the caches of this one, which a user's loop does not do).
        floor, pdfium = functools.partial(pdfium_floor, path), functools.partial(analyzers["pdfium"].analyze, path)
        try:
            rounds: dict[str, list[float]] = {"floor": [], "pdfium": []}
            for _ in range(reps):
                rounds["floor"].append(timed(floor)[0])
                rounds["pdfium"].append(timed(pdfium)[0])
            for name, analyzer in (("pdfium-in-process", in_process), ("pdfminer", analyzers["pdfminer"])):
                rounds[name] = [timed(functools.partial(analyzer.analyze, path))[0] for _ in range(reps)]
            times = {name: statistics.median(values) for name, values in rounds.items()}
        except Exception as exc:
            results.note(f"FAILED {path.name}: {type(exc).__name__}: {exc}")
            continue
        per_file[path] = times
    if not per_file:
        return
    n = len(per_file)

    def mean(name: str) -> float:
        return sum(t[name] for t in per_file.values()) / n

    results.add("pypdfium2 floor: open + every page's text (mean / resume)", fmt_ms(mean("floor")))
    for name in ("pdfminer", "pdfium", "pdfium-in-process"):
        results.add(f"{name}: analyze per resume (mean)", fmt_ms(mean(name)))
        results.add(f"{name}: resumes/s per core (serial, warm)", f"{1 / mean(name):.1f} /s")
    ratios = sorted(t["pdfium"] / t["floor"] for t in per_file.values())
    ratio = statistics.median(ratios)
    results.add(
        f"pdfium analyze / pypdfium2 floor (median over {label})",
        f"{ratio:.2f}x",
        f"<= {TARGET_FLOOR_RATIO:g}x",
        ratio <= TARGET_FLOOR_RATIO if label == "corpus" else None,
    )
    results.add(
        "pdfium (in-process) analyze / floor (median, information)",
        f"{statistics.median(t['pdfium-in-process'] / t['floor'] for t in per_file.values()):.2f}x",
    )
    speedup = mean("pdfminer") / mean("pdfium")
    results.add(
        f"throughput pdfium / pdfminer ({label})",
        f"{speedup:.1f}x",
        f">= {TARGET_ENGINE_SPEEDUP:g}x",
        speedup >= TARGET_ENGINE_SPEEDUP if label == "corpus" else None,
    )
    slowest = sorted(per_file.items(), key=lambda kv: kv[1]["pdfium"] / kv[1]["floor"], reverse=True)[:3]
    for path, t in slowest:
        results.note(
            f"highest pdfium/floor: {path.name}: floor {fmt_ms(t['floor'])}, pdfium {fmt_ms(t['pdfium'])}, pdfminer {fmt_ms(t['pdfminer'])}"
        )


def parse_args(argv: Sequence[str] | None) -> argparse.Namespace:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--quick", action="store_true", help="fewer repetitions (smoke run)")
    parser.add_argument("--runs", type=int, default=None, help="cold CLI runs (default 7, 3 with --quick)")
    parser.add_argument("--samples", default=None, help="folder of sample PDFs (default <repo>/samples)")
    parser.add_argument("--sizes", default="1000,20000", help="generated taxonomy sizes (default 1000,20000)")
    parser.add_argument("--profile", action="store_true", help="print cProfile tables of the warm stages")
    parser.add_argument("--only", default="", help="comma list of stages: cold,help,warm,batch,taxonomy,cache,sandbox,memory,engines")
    parser.add_argument("--cache-size", type=int, default=20000, help="taxonomy size of the cache stage (default 20000)")
    return parser.parse_args(argv)


def main(argv: Sequence[str] | None = None) -> int:
    args = parse_args(argv)
    quiet_pdfminer()
    runs = args.runs or (3 if args.quick else 7)
    reps = 1 if args.quick else 5
    stages = set(filter(None, args.only.split(","))) or {
        "cold",
        "help",
        "warm",
        "batch",
        "taxonomy",
        "cache",
        "sandbox",
        "memory",
        "engines",
    }
    samples, corpus = find_samples(args.samples), find_corpus()
    print(f"gapcheck benchmark, {datetime.datetime.now().isoformat(timespec='seconds')}")
    print(f"machine: {machine()}")
    print(f"gapcheck command: {' '.join(gapcheck_command())}")
    print(
        f"samples: {len(samples)} PDFs; corpus: {len(corpus)} PDFs"
        + ("" if corpus else " (absent: corpus parts skipped; set GAPCHECK_CORPUS)")
    )
    results = Results()
    sample = pick_cold_sample(samples, corpus)
    everything = [*samples, *corpus]
    if sample is None:
        print("no PDFs found: give --samples DIR or set GAPCHECK_CORPUS")
        return 2
    batch_files, batch_label = (corpus, "corpus") if corpus else (samples, "samples only, corpus absent")
    if "cold" in stages:
        bench_cold(results, sample, runs)
    if "help" in stages:
        bench_help(results, runs)
    if "warm" in stages:
        if samples:
            bench_warm(results, samples, reps, "samples")
        if corpus:
            bench_warm(results, corpus, reps, "corpus")
    if "batch" in stages:
        bench_batch(results, batch_files, 1 if args.quick else 3, batch_label)
    if "taxonomy" in stages:
        sizes = [int(s) for s in args.sizes.split(",") if s.strip()]
        bench_taxonomy(results, everything, sizes, reps, args.profile)
    if "cache" in stages:
        bench_cache(results, args.cache_size)
    if "sandbox" in stages:
        bench_sandbox(results, runs)
    if "memory" in stages:
        bench_memory(results, sample, batch_files, batch_label)
    if "engines" in stages:
        bench_engines(results, batch_files, reps, batch_label)
    if args.profile and "warm" in stages:
        profile_warm(everything)
    section("summary of targets")
    for fig in results.figures:
        if fig.met is not None:
            print(fig.line())
    missed = [f for f in results.figures if f.met is False]
    print(f"\n{len(missed)} target(s) not met" if missed else "\nall targets met")
    return 0


if __name__ == "__main__":
    sys.exit(main())
