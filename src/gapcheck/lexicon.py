"""English word forms from spacy-lookups-data, loaded once: lemmas for matching, a vocabulary for guards."""

from __future__ import annotations

from functools import lru_cache
from typing import Any


@lru_cache(maxsize=1)
def _table() -> Any:
    from spacy.lookups import load_lookups

    return load_lookups("en", ["lemma_lookup"]).get_table("lemma_lookup")


@lru_cache(maxsize=1)
def _base_forms() -> frozenset[str]:
    return frozenset(value for value in _table().values() if isinstance(value, str))


def lemma(word: str) -> str:
    """The lemma of a lowercase word, or the word itself when the table does not know it."""
    value = _table().get(word)
    return value if isinstance(value, str) else word


def is_english_word(word: str) -> bool:
    """Whether a lowercase word is an English word form known to the lemma table."""
    return word in _table() or word in _base_forms()
