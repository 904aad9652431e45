"""On-disk cache of parsed taxonomies and built skill indexes, so a large taxonomy is not rebuilt in every process.

Parsing a 20,000-skill taxonomy takes about 1.5 s and building its matcher index about 6 s (tokenizing
100,000 aliases); each new process (a CLI run, every Dask worker) paid both. Both results are kept in the
user's cache folder (:func:`gapcheck.lexicon.cache_dir`; ``GAPCHECK_NO_CACHE=1`` turns it off), keyed by
everything they are made from:

- the taxonomy: its content fingerprint and folders, the gapcheck version and the code that parses it;
- the index: the taxonomy's fingerprint, the gapcheck version and the matcher's code, the tokenizer's
  settings, the spaCy version and the lemma data (spacy-lookups-data's version).

Entries are plain data (tuples, strings, numbers) written with :mod:`marshal`, never pickle, behind a magic
header and a SHA-256 checksum, and they repeat their full key: a corrupt, truncated, stale or foreign entry
is rebuilt, never trusted. Writes go to a temp file in the same folder, renamed into place (removed on
failure), so processes sharing the folder (Dask workers on one machine) never see half an entry.
"""

from __future__ import annotations

import contextlib
import gc
import hashlib
import marshal
import os
import sys
import tempfile
from collections.abc import Callable, Iterable, Iterator
from dataclasses import fields
from importlib import metadata
from itertools import repeat
from pathlib import Path
from typing import TYPE_CHECKING, Any

from gapcheck.lexicon import cache_dir
from gapcheck.taxonomy import Alias, Group, Role, Skill, Taxonomy
from gapcheck.version import __version__

if TYPE_CHECKING:
    from gapcheck.matcher import SkillIndex

FORMAT = 2
_MAGIC = b"gapcheck-cache1\n"
_DIGEST = 32
KEEP_ENTRIES = 16
"""Entries of each kind kept in the cache folder; older ones are removed when a new one is written."""
_TAXONOMY_CODE = ("taxonomy.py", "index_cache.py")
_INDEX_CODE = ("matcher.py", "tokenizer.py", "lexicon.py", "taxonomy.py", "index_cache.py")


# --------------------------------------------------------------------------------------------------
# Taxonomies


def cached_taxonomy(folders: tuple[str, ...], fingerprint: str, parse: Callable[[], Taxonomy]) -> Taxonomy:
    """The taxonomy of ``folders`` (content ``fingerprint``) from the cache, else ``parse()`` and store it."""
    folder = cache_dir()
    if folder is None:
        return parse()
    key = repr(("taxonomy", FORMAT, __version__, _code_digest(_TAXONOMY_CODE), sys.version_info[:2], fingerprint, folders))
    file = folder / f"taxonomy-{_name(key)}.marshal"
    with _no_gc():
        data = _read(file, key)
        if data is not None:
            with contextlib.suppress(TypeError, ValueError, KeyError, IndexError, AttributeError):
                return _taxonomy_from_data(data, folders, fingerprint)
    taxonomy = parse()
    _write(file, key, _taxonomy_to_data(taxonomy))
    return taxonomy


_FIELDS: dict[type, tuple[str, ...]] = {}


def _values(item: Any) -> tuple[Any, ...]:
    names = _FIELDS.get(type(item))
    if names is None:
        names = _FIELDS[type(item)] = tuple(f.name for f in fields(item))
    return tuple(getattr(item, name) for name in names)


def _taxonomy_to_data(taxonomy: Taxonomy) -> tuple[Any, ...]:
    skills = tuple((*_values(s)[:4], tuple(_values(a) for a in s.aliases), *_values(s)[5:]) for s in taxonomy.skills.values())
    role_skills = tuple((role.id, tuple(s.id for s in taxonomy.skills_of(role.id))) for role in taxonomy.roles)
    return (
        tuple(_values(r) for r in taxonomy.roles),
        tuple(_values(g) for g in taxonomy.groups.values()),
        skills,
        role_skills,
        tuple(sorted(taxonomy.no_evidence_sections)),
    )


def _taxonomy_from_data(data: Any, folders: tuple[str, ...], fingerprint: str) -> Taxonomy:
    raw_roles, raw_groups, raw_skills, raw_role_skills, no_evidence = data
    roles = tuple(Role(*values) for values in raw_roles)
    groups = {values[0]: Group(*values) for values in raw_groups}
    skills: dict[str, Skill] = {}
    for values in raw_skills:
        aliases = tuple(Alias(*alias) for alias in values[4])
        skills[values[0]] = Skill(*values[:4], aliases, *values[5:])  # type: ignore[call-arg]
    role_skills = {role_id: tuple(skills[s] for s in ids) for role_id, ids in raw_role_skills}
    if set(role_skills) != {role.id for role in roles}:
        raise ValueError("roles do not match")
    return Taxonomy(
        roles=roles,
        groups=groups,
        skills=skills,
        sources=folders,
        fingerprint=fingerprint,
        no_evidence_sections=frozenset(no_evidence),
        _role_skills=role_skills,
    )


# --------------------------------------------------------------------------------------------------
# Skill indexes


def cached_index(taxonomy: Taxonomy, nlp: Any, build: Callable[[Taxonomy, Any], SkillIndex]) -> SkillIndex:
    """The matcher index of ``taxonomy`` for the pipeline ``nlp``, from the cache, else ``build(taxonomy,
    nlp.make_doc)`` and store it."""
    folder = cache_dir()
    key = None if folder is None else _index_key(taxonomy, nlp)
    if folder is None or key is None:
        return build(taxonomy, nlp.make_doc)
    file = folder / f"index-{_name(key)}.marshal"
    with _no_gc():
        data = _read(file, key)
        if data is not None:
            with contextlib.suppress(TypeError, ValueError, KeyError, IndexError, AttributeError):
                return _index_from_data(taxonomy, data)
    index = build(taxonomy, nlp.make_doc)
    _write(file, key, _index_to_data(index))
    return index


def _index_key(taxonomy: Taxonomy, nlp: Any) -> str | None:
    """Everything the index is made from; None when the tokenizer cannot be described (no caching)."""
    try:
        import spacy

        tokenizer = hashlib.sha256(nlp.tokenizer.to_bytes(exclude=["vocab"])).hexdigest()
        spacy_version = str(getattr(spacy, "__version__", ""))
    except Exception:  # a custom tokenizer without to_bytes: build every time
        return None
    try:
        lemmas = metadata.version("spacy-lookups-data")
    except metadata.PackageNotFoundError:
        lemmas = "none"
    return repr(
        (
            "index",
            FORMAT,
            __version__,
            _code_digest(_INDEX_CODE),
            sys.version_info[:2],
            taxonomy.fingerprint,
            nlp.lang or "",
            spacy_version,
            tokenizer,
            lemmas,
        )
    )


def _index_to_data(index: SkillIndex) -> tuple[Any, ...]:
    strings: dict[str, str] = {}
    same = strings.setdefault  # one object per distinct string: marshal then writes a reference for repeats
    skills = index.taxonomy.skills
    found: dict[int, Any] = {}
    for mapping in (index.exact, index.lemma, index.cased, index.compact):
        for looked_up in mapping.values():
            for entry in looked_up:
                found.setdefault(id(entry), entry)
    for pairs in index.fuzzy.values():
        for _, entry in pairs:
            found.setdefault(id(entry), entry)
    # Entries grouped by skill (the loader then makes them skill by skill), then the excluded phrases.
    by_skill: dict[str, list[Any]] = {}
    negatives: list[Any] = []
    for entry in found.values():
        if entry.negative:
            negatives.append(entry)
        else:
            by_skill.setdefault(entry.skill, []).append(entry)
    ids: dict[int, int] = {}
    plain: list[tuple[str, tuple[int, ...], tuple[int, ...]]] = []
    for skill_id, group in by_skill.items():
        aliases = skills[skill_id].aliases
        places = {id(alias): i for i, alias in enumerate(aliases)}
        for entry in group:
            ids[id(entry)] = len(ids)
        positions = tuple(places[id(e.alias)] if id(e.alias) in places else aliases.index(e.alias) for e in group)
        plain.append((same(skill_id, skill_id), positions, tuple(e.size for e in group)))
    excluded: list[tuple[str, int, int]] = []
    for entry in negatives:
        ids[id(entry)] = len(ids)
        excluded.append((same(entry.skill, entry.skill), skills[entry.skill].exclude.index(entry.alias.text), entry.size))

    def table(mapping: dict[str, tuple[Any, ...]]) -> tuple[Any, ...]:
        """Keys with one entry (most) as two parallel tuples, then the others with their tuples of ids."""
        single = [(same(k, k), ids[id(v[0])]) for k, v in mapping.items() if len(v) == 1]
        several = [(same(k, k), tuple(ids[id(e)] for e in v)) for k, v in mapping.items() if len(v) != 1]
        return (tuple(k for k, _ in single), tuple(i for _, i in single), tuple(several))

    tables = (table(index.exact), table(index.lemma), table(index.cased), table(index.compact))
    fuzzy = tuple(
        (bucket, tuple(same(key, key) for key, _ in pairs), tuple(ids[id(e)] for _, e in pairs)) for bucket, pairs in index.fuzzy.items()
    )
    partial = frozenset(same(key, key) for key in index.partial)
    compact_keys = tuple(same(key, key) for key in index.compact_keys)
    return ((tuple(plain), tuple(excluded)), tables, fuzzy, index.max_size, partial, compact_keys)


def _index_from_data(taxonomy: Taxonomy, data: Any) -> SkillIndex:
    from gapcheck.matcher import SkillIndex, _Entry

    (plain, excluded), tables, raw_fuzzy, max_size, partial, compact_keys = data
    entries: list[_Entry] = []
    skills = taxonomy.skills
    for skill_id, positions, sizes in plain:
        aliases = skills[skill_id].aliases
        if len(positions) != len(sizes) or min(positions, default=0) < 0:
            raise ValueError("entry does not match the taxonomy")
        entries.extend(map(_Entry, repeat(skill_id), map(aliases.__getitem__, positions), sizes, repeat(False)))
    for skill_id, at, size in excluded:
        entries.append(_Entry(skill_id, Alias(text=skills[skill_id].exclude[at], fuzzy=False), size, True))
    alone = [(entry,) for entry in entries]  # shared by every table that maps a key to just this entry
    pick = entries.__getitem__

    def table(raw: tuple[Any, ...]) -> dict[str, tuple[_Entry, ...]]:
        keys, single, several = raw
        built = dict(zip(keys, map(alone.__getitem__, single), strict=True))
        built.update((key, tuple(map(pick, group))) for key, group in several)
        return built

    exact, lemma, cased, compact = (table(raw) for raw in tables)
    fuzzy = {(bucket[0], bucket[1]): tuple(zip(keys, map(pick, ids), strict=True)) for bucket, keys, ids in raw_fuzzy}
    if not isinstance(max_size, int) or not isinstance(partial, frozenset) or not isinstance(compact_keys, tuple):
        raise TypeError("unexpected index data")
    return SkillIndex(
        taxonomy=taxonomy,
        exact=exact,
        lemma=lemma,
        cased=cased,
        compact=compact,
        fuzzy=fuzzy,
        max_size=max_size,
        partial=partial,
        compact_keys=compact_keys,
    )


# --------------------------------------------------------------------------------------------------
# Files


@contextlib.contextmanager
def _no_gc() -> Iterator[None]:
    """Pause the garbage collector while hundreds of thousands of objects that cannot form cycles are made:
    otherwise each collection walks all those made so far (the load takes several times longer)."""
    enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if enabled:
            gc.enable()


def _code_digest(names: Iterable[str]) -> str:
    """A digest of gapcheck's own source files that shape an entry (a development checkout changes them
    without changing the version)."""
    digest = hashlib.sha256()
    here = Path(__file__).resolve().parent
    for name in names:
        with contextlib.suppress(OSError):
            digest.update((here / name).read_bytes())
    return digest.hexdigest()[:16]


def _name(key: str) -> str:
    return hashlib.sha256(key.encode("utf-8", "surrogatepass")).hexdigest()[:32]


def _read(file: Path, key: str) -> Any:
    """The data stored under ``key`` in ``file``; None if it is missing, damaged or holds another key."""
    try:
        blob = file.read_bytes()
    except OSError:
        return None
    head = len(_MAGIC) + _DIGEST
    if len(blob) <= head or not blob.startswith(_MAGIC):
        return None
    payload = memoryview(blob)[head:]
    if hashlib.sha256(payload).digest() != blob[len(_MAGIC) : head]:
        return None
    try:
        stored_key, data = marshal.loads(payload)
    except (EOFError, ValueError, TypeError):
        return None
    return data if stored_key == key else None


def _write(file: Path, key: str, data: Any) -> None:
    """Store ``data`` under ``key`` atomically (temp file, then rename); a cache that cannot be written is skipped."""
    try:
        payload = marshal.dumps((key, data))
    except ValueError:  # an unexpected type in the data: not cacheable
        return
    blob = _MAGIC + hashlib.sha256(payload).digest() + payload
    temp: str | None = None
    try:
        file.parent.mkdir(parents=True, exist_ok=True)
        fd, temp = tempfile.mkstemp(dir=file.parent, prefix=f".{file.name}.", suffix=".tmp")
        with os.fdopen(fd, "wb") as handle:
            handle.write(blob)
        os.replace(temp, file)
        temp = None
    except OSError:
        pass
    finally:
        if temp is not None:
            with contextlib.suppress(OSError):
                os.unlink(temp)
    _prune(file.parent, file.name.split("-", 1)[0])


def _prune(folder: Path, kind: str) -> None:
    """Keep the newest :data:`KEEP_ENTRIES` entries of one kind."""
    with contextlib.suppress(OSError):
        entries = sorted(folder.glob(f"{kind}-*.marshal"), key=lambda p: p.stat().st_mtime, reverse=True)
        for old in entries[KEEP_ENTRIES:]:
            with contextlib.suppress(OSError):
                old.unlink()
