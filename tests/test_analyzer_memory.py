"""A long-lived Analyzer stays bounded (issue 14.9): new words of one resume are forgotten after it."""

from __future__ import annotations

import random
import string

import pytest

import gapcheck.analyzer
from gapcheck.analyzer import Analyzer


def _fresh_words(rng: random.Random, count: int) -> str:
    return " ".join("".join(rng.choice(string.ascii_lowercase) for _ in range(rng.randint(6, 12))) for _ in range(count))


def test_string_store_stays_bounded_over_hundreds_of_new_word_documents(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(gapcheck.analyzer, "VOCABULARY_LIMIT", 5_000)  # the default is 100,000; this keeps the test short
    analyzer = Analyzer().warm_up()
    probe = "Experience\nServed models with vLLM on Kubernetes; Python, PyTorch and SQL.\n"
    before = analyzer.analyze_text(probe).to_dict()
    strings = len(analyzer.nlp.vocab.strings)
    rng = random.Random(9)
    for _ in range(300):  # about 30,000 words never seen before
        report = analyzer.analyze_text(probe + _fresh_words(rng, 100))
        assert {"kubernetes", "python", "pytorch"} <= {f.id for f in report.role("ai_engineer").found}
    grown = len(analyzer.nlp.vocab.strings) - strings
    assert grown < 5_000 + 1_000, f"the string store kept {grown:,} new strings"
    assert analyzer.analyze_text(probe).to_dict() == before
