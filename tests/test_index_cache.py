"""A large taxonomy is parsed and indexed once per machine, not once per process (gapcheck.index_cache)."""

from __future__ import annotations

import importlib.util
import sys
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

import gapcheck.index_cache as index_cache
import gapcheck.matcher as matcher
import gapcheck.taxonomy as taxonomy_module
from gapcheck.analyzer import Analyzer
from gapcheck.reader import document_from_text
from gapcheck.taxonomy import load_taxonomy

BENCH = Path(__file__).resolve().parents[1] / "benchmarks" / "bench.py"


def _generate(folder: Path, skills: int) -> Path:
    spec = importlib.util.spec_from_file_location("gapcheck_bench", BENCH)
    assert spec is not None and spec.loader is not None
    bench = importlib.util.module_from_spec(spec)
    sys.modules.setdefault("gapcheck_bench", bench)
    spec.loader.exec_module(bench)
    result: Path = bench.generate_taxonomy(folder, skills, aliases_per_skill=4, seed=3)
    return result


@pytest.fixture
def cache(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[Path]:
    folder = tmp_path / "cache"
    monkeypatch.setenv("GAPCHECK_CACHE_DIR", str(folder))
    monkeypatch.delenv("GAPCHECK_NO_CACHE", raising=False)
    _forget_in_memory()
    yield folder
    _forget_in_memory()


@pytest.fixture(scope="module")
def generated(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return _generate(tmp_path_factory.mktemp("taxonomy") / "tax", 300)


def _forget_in_memory() -> None:
    """What a new process starts with: no taxonomy or index in memory."""
    taxonomy_module._load_cached.cache_clear()
    matcher._INDEXES.clear()


class _Counting:
    """Wraps a builder and counts how often it really builds."""

    def __init__(self, real: Any) -> None:
        self.real = real
        self.calls = 0

    def __call__(self, *args: Any) -> Any:
        self.calls += 1
        return self.real(*args)


@pytest.fixture
def builds(monkeypatch: pytest.MonkeyPatch) -> tuple[_Counting, _Counting]:
    parse = _Counting(taxonomy_module._parse_folders)
    index = _Counting(matcher.build_index)
    monkeypatch.setattr(taxonomy_module, "_parse_folders", parse)
    monkeypatch.setattr(matcher, "build_index", index)
    return parse, index


def _text(folder: Path) -> str:
    """A resume naming some generated skills (one with a typo), some built-in ones and an excluded phrase."""
    generated = [s for s in load_taxonomy(folder).skills.values() if s.taxonomy == "generated"]
    names = [s.aliases[0].text for s in generated[:40:7]]
    typo = generated[50].aliases[0].text.replace(" ", "")[:-1] + "x"
    return "Skills\n" + ", ".join(names) + f", {typo}\nPython, PyTorch, Kubernetes, Monty Python fan\n"


def _hits(folder: Path, text: str) -> list[tuple[str, int, int, str]]:
    analyzer = Analyzer(taxonomy=load_taxonomy(folder))
    hits, _ = analyzer.match(document_from_text(text))
    return [(h.skill, h.start, h.end, h.match) for h in hits]


def test_second_load_comes_from_the_cache_and_finds_the_same_skills(
    cache: Path, generated: Path, builds: tuple[_Counting, _Counting]
) -> None:
    parse, index = builds
    text = _text(generated)
    first_taxonomy = load_taxonomy(generated)
    first = _hits(generated, text)
    assert parse.calls >= 1 and index.calls >= 1
    assert sorted(p.name.split("-")[0] for p in cache.glob("*-*.marshal") if "lookup" not in p.name).count("index") >= 1
    _forget_in_memory()
    parse.calls = index.calls = 0
    second_taxonomy = load_taxonomy(generated)
    assert second_taxonomy == first_taxonomy
    assert second_taxonomy.skills_of("generated") == first_taxonomy.skills_of("generated")
    assert _hits(generated, text) == first
    assert parse.calls == 0 and index.calls == 0  # nothing was rebuilt
    assert any(skill.startswith("gen_skill_") for skill, *_ in first)
    assert any(match == "fuzzy" for *_, match in first)


def test_the_cached_index_equals_a_fresh_build(cache: Path, generated: Path) -> None:
    from gapcheck.tokenizer import blank_english

    nlp = blank_english()
    taxonomy = load_taxonomy(generated)
    built = matcher._cached_index(taxonomy, nlp)
    _forget_in_memory()
    loaded = matcher._cached_index(taxonomy, nlp)
    assert loaded is not built
    for table in ("exact", "lemma", "cased", "compact", "fuzzy", "max_size", "partial", "compact_keys"):
        assert getattr(loaded, table) == getattr(built, table), table


@pytest.mark.parametrize("damage", ["flip", "truncate", "garbage", "empty"])
def test_a_damaged_entry_is_rebuilt_not_trusted(cache: Path, generated: Path, builds: tuple[_Counting, _Counting], damage: str) -> None:
    parse, index = builds
    text = _text(generated)
    expected = _hits(generated, text)
    for entry in [*cache.glob("index-*.marshal"), *cache.glob("taxonomy-*.marshal")]:
        blob = bytearray(entry.read_bytes())
        if damage == "flip":
            blob[len(blob) // 2] ^= 0xFF
        elif damage == "truncate":
            del blob[len(blob) // 3 :]
        elif damage == "garbage":
            blob = bytearray(b"gapcheck-cache1\n" + bytes(range(256)) * 4)
        else:
            blob = bytearray()
        entry.write_bytes(bytes(blob))
    _forget_in_memory()
    parse.calls = index.calls = 0
    assert _hits(generated, text) == expected
    assert parse.calls >= 1 and index.calls >= 1  # rebuilt
    _forget_in_memory()
    parse.calls = index.calls = 0
    assert _hits(generated, text) == expected
    assert parse.calls == 0 and index.calls == 0  # and stored again, whole


def test_an_entry_of_another_taxonomy_is_not_used(cache: Path, generated: Path, tmp_path: Path) -> None:
    other = _generate(tmp_path / "other", 120)
    text = _text(generated)
    expected = _hits(generated, text)
    entries = {p.name for p in cache.glob("index-*.marshal")}
    _hits(other, _text(other))
    foreign = next(p for p in cache.glob("index-*.marshal") if p.name not in entries)
    for entry in cache.glob("index-*.marshal"):
        if entry != foreign:
            entry.write_bytes(foreign.read_bytes())  # same name as our entry, another taxonomy's content
    _forget_in_memory()
    assert _hits(generated, text) == expected


def test_no_cache_writes_nothing(cache: Path, generated: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("GAPCHECK_NO_CACHE", "1")
    _hits(generated, _text(generated))
    assert not cache.exists() or not any(cache.iterdir())


def test_a_new_gapcheck_version_does_not_reuse_entries(
    cache: Path, generated: Path, builds: tuple[_Counting, _Counting], monkeypatch: pytest.MonkeyPatch
) -> None:
    parse, index = builds
    _hits(generated, "Python")
    _forget_in_memory()
    parse.calls = index.calls = 0
    monkeypatch.setattr(index_cache, "__version__", "999.0")
    _hits(generated, "Python")
    assert parse.calls >= 1 and index.calls >= 1


def test_a_failed_write_leaves_no_temp_file(cache: Path, generated: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    def fail(*_: object) -> None:
        raise OSError(28, "No space left on device")

    monkeypatch.setattr("gapcheck.index_cache.os.replace", fail)
    assert _hits(generated, "Python developer")  # still works without a cache
    assert not [p for p in cache.rglob("*") if p.name.startswith(".")]
    assert not list(cache.glob("index-*")) and not list(cache.glob("taxonomy-*"))


def test_a_taxonomy_from_the_cache_equals_the_parsed_one(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """Every field survives the cache, settings of roles.toml included (no_evidence_sections)."""
    from gapcheck import taxonomy as tax

    monkeypatch.setenv("GAPCHECK_CACHE_DIR", str(tmp_path / "cache"))
    monkeypatch.delenv("GAPCHECK_NO_CACHE", raising=False)
    tax._load_cached.cache_clear()
    parsed = tax.load_taxonomy()
    tax._load_cached.cache_clear()
    cached = tax.load_taxonomy()
    assert cached is not parsed
    assert cached.no_evidence_sections == parsed.no_evidence_sections == frozenset({"publications"})
    assert cached.skills == parsed.skills and cached.groups == parsed.groups and cached.roles == parsed.roles
    tax._load_cached.cache_clear()
