"""The benchmark's taxonomy generator writes a folder that gapcheck's loader accepts."""

from __future__ import annotations

import importlib.util
import sys
from pathlib import Path

from gapcheck import load_taxonomy

BENCH = Path(__file__).resolve().parents[1] / "benchmarks" / "bench.py"


def _bench_module():
    spec = importlib.util.spec_from_file_location("gapcheck_bench", BENCH)
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules.setdefault("gapcheck_bench", module)
    spec.loader.exec_module(module)
    return module


def test_generated_taxonomy_loads(tmp_path: Path) -> None:
    bench = _bench_module()
    folder = bench.generate_taxonomy(tmp_path / "tax", 50, aliases_per_skill=5, seed=1)
    taxonomy = load_taxonomy(folder)
    generated = [s for s in taxonomy.skills.values() if s.taxonomy == "generated"]
    assert len(generated) == 50
    assert all(len(s.aliases) == 5 for s in generated)
    assert len(taxonomy.skills_of("generated")) > 50  # shared skills + the generated ones
    assert {r.id for r in taxonomy.roles} >= {"ai_engineer", "data_scientist", "generated"}
