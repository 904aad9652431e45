"""English word forms from spacy-lookups-data, loaded once: lemmas for matching, a vocabulary for guards.

The lookup table ships gzipped JSON; decoding it takes about 0.1 s, so a copy is kept with :mod:`marshal`
in the user's cache folder (``$GAPCHECK_CACHE_DIR``, else ``$XDG_CACHE_HOME/gapcheck`` or
``~/.cache/gapcheck``; ``GAPCHECK_NO_CACHE=1`` turns it off). It holds public dictionary data only.
"""

from __future__ import annotations

import contextlib
import gzip
import json
import marshal
import os
import tempfile
from collections.abc import Callable
from functools import lru_cache
from importlib import metadata, resources
from pathlib import Path
from typing import Any, TypeVar, cast

_TABLE = "en_lemma_lookup"


def cache_dir() -> Path | None:
    """Where gapcheck keeps derived public data, or None when caching is off."""
    if os.environ.get("GAPCHECK_NO_CACHE"):
        return None
    if explicit := os.environ.get("GAPCHECK_CACHE_DIR"):
        return Path(explicit)
    base = os.environ.get("XDG_CACHE_HOME") or str(Path.home() / ".cache")
    return Path(base) / "gapcheck"


def _cache_file(name: str) -> Path | None:
    folder = cache_dir()
    if folder is None:
        return None
    try:
        version = metadata.version("spacy-lookups-data")
    except metadata.PackageNotFoundError:
        return None
    return folder / f"{name}-{version}.marshal"


def _lookup(table: str) -> dict[Any, Any]:
    """One of spacy-lookups-data's gzipped JSON tables, or an empty one when it cannot be read."""
    try:
        data = (resources.files("spacy_lookups_data") / "data" / f"{table}.json.gz").read_bytes()
        loaded = json.loads(gzip.decompress(data))
    except (ModuleNotFoundError, FileNotFoundError, OSError, ValueError):
        return {}
    return loaded if isinstance(loaded, dict) else {}


_Derived = TypeVar("_Derived", dict[str, str], frozenset[str])


def _cached(name: str, kind: type, build: Callable[[], _Derived]) -> _Derived:
    """Data derived from a lookup table: read from the cache folder when a good copy is there, else built and kept."""
    cache = _cache_file(name)
    if cache is not None:
        with contextlib.suppress(OSError, EOFError, ValueError, TypeError):
            loaded = marshal.loads(cache.read_bytes())
            if isinstance(loaded, kind):
                return cast(_Derived, loaded)
    value = build()
    if cache is not None and value:
        _store(cache, marshal.dumps(value))
    return value


@lru_cache(maxsize=1)
def _table() -> dict[str, str]:
    def build() -> dict[str, str]:
        return {k: v for k, v in _lookup(_TABLE).items() if isinstance(k, str) and isinstance(v, str)}

    return _cached(_TABLE, dict, build)


def _store(path: Path, data: bytes) -> None:
    with contextlib.suppress(OSError):
        path.parent.mkdir(parents=True, exist_ok=True)
        fd, temp = tempfile.mkstemp(dir=path.parent, prefix=f".{path.name}.", suffix=".tmp")
        try:
            with os.fdopen(fd, "wb") as handle:
                handle.write(data)
            os.replace(temp, path)
        except OSError:
            with contextlib.suppress(OSError):
                os.unlink(temp)


@lru_cache(maxsize=1)
def _base_forms() -> frozenset[str]:
    return frozenset(_table().values())


def lemma(word: str) -> str:
    """The lemma of a lowercase word, or the word itself when the table does not know it.

    The table is followed to its end: it reads some base forms as forms of other words ("dive" as a plural of
    "diva", "bound" of "bind") while their own inflections stop at them ("dives" -> "dive"), and a word must
    share its lemma with its inflections.
    """
    table = _table()
    for _ in range(_CHAIN_LIMIT):
        found = table.get(word, word)
        if found == word:
            break
        word = found
    return word


_CHAIN_LIMIT = 4


_PROB_TABLE = "en_lexeme_prob"
# log probability above which a word is common in English web text (about 30,000 words)
_COMMON_LOGPROB = -14.0


@lru_cache(maxsize=1)
def _common_words() -> frozenset[str]:
    """Words frequent in English text (spacy-lookups-data's lexeme probabilities), decoded once (about 3 s)
    and then kept in the cache folder; only needed when a typo match is about to be accepted."""

    def build() -> frozenset[str]:
        table = _lookup(_PROB_TABLE)
        return frozenset(k for k, v in table.items() if isinstance(k, str) and isinstance(v, float) and v > _COMMON_LOGPROB)

    return _cached(f"{_PROB_TABLE}-{_COMMON_LOGPROB}", frozenset, build)


def is_common_word(word: str) -> bool:
    """Whether a lowercase word is common in English text (so a real word, not a typo)."""
    return word in _common_words()


def is_english_word(word: str) -> bool:
    """Whether a lowercase word is an English word form known to the lemma table."""
    return word in _table() or word in _base_forms()
