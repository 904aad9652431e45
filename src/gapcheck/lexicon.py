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
from functools import lru_cache
from importlib import metadata, resources
from pathlib import Path

_TABLE = "en_lemma_lookup"


def cache_dir() -> Path | None:
    """Where gapcheck keeps derived public data, or None when caching is off."""
    if os.environ.get("GAPCHECK_NO_CACHE"):
        return None
    if explicit := os.environ.get("GAPCHECK_CACHE_DIR"):
        return Path(explicit)
    base = os.environ.get("XDG_CACHE_HOME") or str(Path.home() / ".cache")
    return Path(base) / "gapcheck"


def _cache_file() -> Path | None:
    folder = cache_dir()
    if folder is None:
        return None
    try:
        version = metadata.version("spacy-lookups-data")
    except metadata.PackageNotFoundError:
        return None
    return folder / f"{_TABLE}-{version}.marshal"


def _decode_table() -> dict[str, str]:
    try:
        data = (resources.files("spacy_lookups_data") / "data" / f"{_TABLE}.json.gz").read_bytes()
        table = json.loads(gzip.decompress(data))
        return {k: v for k, v in table.items() if isinstance(k, str) and isinstance(v, str)}
    except (ModuleNotFoundError, FileNotFoundError, OSError, ValueError):
        return {}


@lru_cache(maxsize=1)
def _table() -> dict[str, str]:
    cache = _cache_file()
    if cache is not None:
        with contextlib.suppress(OSError, EOFError, ValueError, TypeError):
            loaded = marshal.loads(cache.read_bytes())
            if isinstance(loaded, dict):
                return loaded
    table = _decode_table()
    if cache is not None and table:
        _store(cache, marshal.dumps(table))
    return table


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
    """The lemma of a lowercase word, or the word itself when the table does not know it."""
    return _table().get(word, word)


_PROB_TABLE = "en_lexeme_prob"
# log probability above which a word is common in English web text (about 30,000 words)
_COMMON_LOGPROB = -14.0


@lru_cache(maxsize=1)
def _common_words() -> frozenset[str]:
    """Words frequent in English text (spacy-lookups-data's lexeme probabilities), decoded once (about 3 s)
    and then kept in the cache folder; only needed when a typo match is about to be accepted."""
    folder = cache_dir()
    try:
        version = metadata.version("spacy-lookups-data")
    except metadata.PackageNotFoundError:
        return frozenset()
    cache = None if folder is None else folder / f"{_PROB_TABLE}-{_COMMON_LOGPROB}-{version}.marshal"
    if cache is not None:
        with contextlib.suppress(OSError, EOFError, ValueError, TypeError):
            loaded = marshal.loads(cache.read_bytes())
            if isinstance(loaded, frozenset):
                return loaded
    try:
        data = (resources.files("spacy_lookups_data") / "data" / f"{_PROB_TABLE}.json.gz").read_bytes()
        table = json.loads(gzip.decompress(data))
    except (ModuleNotFoundError, FileNotFoundError, OSError, ValueError):
        return frozenset()
    common = frozenset(k for k, v in table.items() if isinstance(k, str) and isinstance(v, float) and v > _COMMON_LOGPROB)
    if cache is not None and common:
        _store(cache, marshal.dumps(common))
    return common


def is_common_word(word: str) -> bool:
    """Whether a lowercase word is common in English text (so a real word, not a typo)."""
    return word in _common_words()


def is_english_word(word: str) -> bool:
    """Whether a lowercase word is an English word form known to the lemma table."""
    return word in _table() or word in _base_forms()
