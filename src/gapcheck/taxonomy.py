"""Skill taxonomies: loading TOML files from a folder and validating them.

A taxonomy folder holds ``roles.toml`` (which roles exist and which skill files make them up) and one
``.toml`` file per skill taxonomy (groups and skills). The built-in folder ships inside the package;
``load_taxonomy(path)`` reads another one, ``load_taxonomy(path, extend=True)`` adds it to the built-in one.
"""

from __future__ import annotations

import errno
import hashlib
import os
import re
import stat
import sys
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field, replace
from functools import cached_property, lru_cache
from importlib import resources
from pathlib import Path
from typing import Any

from gapcheck.errors import TaxonomyError, UnknownRole, UnknownSkill

if sys.version_info >= (3, 11):
    import tomllib
else:  # pragma: no cover - exercised on Python 3.10 only
    import tomli as tomllib

ROLES_FILE = "roles.toml"
CONTEXT_KINDS = ("none", "tech", "words")

_ROLES_KEYS = {"schema_version", "role", "no_evidence_sections"}
_ROLE_KEYS = {"id", "name", "description", "taxonomies", "core", "fit_scale"}
_FILE_KEYS = {"taxonomy", "group", "skill"}
_TAXONOMY_KEYS = {"id", "name", "description"}
_GROUP_KEYS = {"id", "name", "description", "weight"}
_SKILL_KEYS = {"id", "name", "group", "aliases", "implies", "broader", "months_in", "description", "fuzzy", "anchor", "exclude", "weight"}
DEFAULT_WEIGHT = 1.0
MAX_WEIGHT = 100.0
MAX_FIT_SCALE = 10.0
_ALIAS_KEYS = {
    *("text", "case", "context", "words", "implied", "implies", "fuzzy", "window", "unless"),
    *("listed_act", "field", "claim", "act", "figures"),
}
WINDOWS = ("block", "line", "phrase")
_ID_RE = re.compile(r"^[a-z][a-z0-9_]*$")
MAX_FILE_BYTES = 16 * 1024 * 1024


def alias_key(text: str) -> str:
    """The form two aliases must not share: case-folded, punctuation and spacing collapsed."""
    return " ".join(re.findall(r"[^\W_]+(?:[+#&][^\W_]*)*", text.casefold()))


@dataclass(frozen=True)
class Alias:
    """One way a skill can be written, with the hints that tell the matcher how far to trust it."""

    text: str
    case: bool = False
    context: str = "none"
    words: tuple[str, ...] = ()
    implied: bool = False
    implies: tuple[str, ...] = ()
    fuzzy: bool = True
    window: str = "block"
    unless: tuple[str, ...] = ()
    listed_act: bool = False
    """The alias names an act that listing it shows ("Oral presentation at NeurIPS"): it counts even in sections
    whose lines are otherwise no evidence (publications)."""
    field: bool = False
    """The alias names a field of work as well as the skill ("data analysis"): a posting's years said of it are its
    overall years, not the skill's."""
    claim: bool = False
    """The alias names a quality people claim ("Communication"): as a short item of a list of qualities, or on its
    own outside the sections of work, it describes the person without showing the skill, and does not count."""
    act: bool = False
    """The alias names what a person does ("analyze"): said as the purpose of a thing built ("a web application to
    visualise and analyse data") it is what the thing does, and does not count."""
    figures: bool = False
    """The alias also names the figures of a thing ("statistics"): right after a noun ("survey statistics",
    "circulation statistics") it counts that thing, and does not show the skill."""


@dataclass(frozen=True)
class Skill:
    """A skill: its id, display name, group id, the taxonomy file it came from and its aliases."""

    id: str
    name: str
    group: str
    taxonomy: str
    aliases: tuple[Alias, ...]
    implies: tuple[str, ...] = ()
    broader: tuple[str, ...] = ()
    """Skills this one is part of without showing them ("model serving" of machine learning): a posting's years
    asked for both are the broader skill's."""
    months_in: tuple[str, ...] = ()
    """Skills whose months a position showing this one counts in when the resume shows them (a statistical test is
    statistics work), and nothing else."""
    description: str = ""
    fuzzy: bool = True
    anchor: bool = True
    exclude: tuple[str, ...] = ()
    weight: float | None = None


@dataclass(frozen=True)
class Group:
    """A group of related skills within one taxonomy file; ``weight`` is its skills' importance to a role."""

    id: str
    name: str
    taxonomy: str
    description: str = ""
    weight: float = DEFAULT_WEIGHT


@dataclass(frozen=True)
class Role:
    """A role: the union of the skills of the taxonomy files it lists."""

    id: str
    name: str
    taxonomies: tuple[str, ...]
    description: str = ""
    core: tuple[str, ...] = ()
    fit_scale: float = 1.0  # what the role's score counts for when roles are compared for the best fit


@dataclass(frozen=True)
class Taxonomy:
    """Roles, groups and skills loaded from one or more taxonomy folders."""

    roles: tuple[Role, ...]
    groups: Mapping[str, Group]
    skills: Mapping[str, Skill]
    sources: tuple[str, ...]
    fingerprint: str
    no_evidence_sections: frozenset[str] = frozenset()
    _role_skills: Mapping[str, tuple[Skill, ...]] = field(repr=False, compare=False, default_factory=dict)

    def role(self, role_id: str) -> Role:
        """The role with this id; :class:`UnknownRole` if there is none."""
        for role in self.roles:
            if role.id == role_id:
                return role
        known = ", ".join(r.id for r in self.roles)
        raise UnknownRole(f"unknown role {role_id!r}; known roles: {known}")

    def skill(self, skill_id: str) -> Skill:
        """The skill with this id; :class:`UnknownSkill` if there is none."""
        try:
            return self.skills[skill_id]
        except KeyError:
            raise UnknownSkill(f"unknown skill {skill_id!r}") from None

    def find_skill(self, text: str) -> Skill:
        """The skill named by ``text``: its id, its name or one of its aliases, in any case.

        Raises :class:`UnknownSkill` naming the closest skill names when nothing matches.
        """
        wanted = text.strip().casefold()
        key = alias_key(text)
        for candidates in (
            [s for s in self.skills.values() if s.id == wanted or s.name.casefold() == wanted],
            [s for s in self.skills.values() if any(a.text.casefold() == wanted for a in s.aliases)],
            [s for s in self.skills.values() if key and key in {alias_key(s.name), *(alias_key(a.text) for a in s.aliases)}],
        ):
            if candidates:
                return candidates[0]
        from rapidfuzz import fuzz, process, utils

        names = {s.name: s for s in self.skills.values()}
        names.update({a.text: s for s in self.skills.values() for a in s.aliases if a.text not in names})
        closest: list[str] = []
        for choice, _, _ in process.extract(
            text, list(names), scorer=fuzz.WRatio, processor=utils.default_process, limit=20, score_cutoff=60
        ):
            name = names[choice].name
            if name not in closest:
                closest.append(name)
        hint = f"; closest: {', '.join(repr(n) for n in closest[:5])}" if closest else ""
        raise UnknownSkill(f"unknown skill {text!r}{hint} (ids, names and aliases are accepted)")

    def weight(self, skill_id: str) -> float:
        """How much a skill matters to the roles that need it: its own ``weight``, else its group's."""
        return self.weight_of(self.skill(skill_id))

    @cached_property
    def broader_skills(self) -> Mapping[str, tuple[str, ...]]:
        """Per skill id, the skills that a posting's years for it go to when both are named: the ones it implies
        and its ``broader`` ones (built once per taxonomy)."""
        return {skill.id: (*skill.implies, *skill.broader) for skill in self.skills.values()}

    @cached_property
    def soft_skills(self) -> frozenset[str]:
        """The skills with ``anchor = false`` (communication, storytelling, business sense): no context for other
        aliases, and a posting's years said of them are its overall years."""
        return frozenset(skill.id for skill in self.skills.values() if not skill.anchor)

    @cached_property
    def field_aliases(self) -> frozenset[tuple[str, str]]:
        """(skill id, alias text) of the aliases with ``field = true``: a posting's years said of them are its
        overall years."""
        return frozenset((skill.id, alias.text) for skill in self.skills.values() for alias in skill.aliases if alias.field)

    @cached_property
    def part_of(self) -> Mapping[str, tuple[str, ...]]:
        """Per skill id, its ``broader`` and ``months_in`` skills: its positions count in their months (skills with none
        left out)."""
        return {skill.id: (*skill.broader, *skill.months_in) for skill in self.skills.values() if skill.broader or skill.months_in}

    def weight_of(self, skill: Skill) -> float:
        """:meth:`weight` for a skill already in hand (no look-up by id)."""
        return skill.weight if skill.weight is not None else self.groups[skill.group].weight

    def skills_of(self, role_id: str) -> tuple[Skill, ...]:
        """The skills a role needs, in taxonomy order."""
        self.role(role_id)
        return self._role_skills[role_id]


def builtin_taxonomy_dir() -> Path:
    """The folder of the taxonomy that ships with gapcheck (installed, editable or source tree)."""
    packaged = Path(__file__).resolve().parent / "builtin_taxonomy"
    if (packaged / ROLES_FILE).is_file():
        return packaged
    try:
        roles = Path(str(resources.files("gapcheck.builtin_taxonomy") / ROLES_FILE))
        if roles.is_file():
            return roles.parent
    except (ModuleNotFoundError, TypeError, ValueError):
        pass
    source_tree = Path(__file__).resolve().parents[2] / "taxonomy"
    if (source_tree / ROLES_FILE).is_file():
        return source_tree
    raise TaxonomyError("the built-in taxonomy is missing from this installation; reinstall gapcheck")


def load_taxonomy(path: str | Path | None = None, *, extend: bool = False) -> Taxonomy:
    """Load and validate a taxonomy folder.

    ``path=None`` loads the built-in taxonomy. With ``extend=True`` the folder at ``path`` is added to
    the built-in one: its skill files add skills, and its roles add new roles or replace built-in roles
    with the same id. Errors are :class:`~gapcheck.errors.TaxonomyError` naming the file and skill.
    """
    folders = [builtin_taxonomy_dir()]
    if path is not None:
        folder = Path(path)
        if not folder.is_dir():
            raise TaxonomyError("is not a taxonomy folder (expected a folder with roles.toml)", path=folder)
        folders = [*folders, folder] if extend else [folder]
    return _load_cached(tuple(str(f.resolve()) for f in folders), _fingerprint(folders))


def load_taxonomy_folders(folders: Iterable[str | Path]) -> Taxonomy:
    """Load taxonomy folders in order, later ones adding skills and roles to earlier ones (as ``extend`` does)."""
    paths = [Path(f) for f in folders]
    for folder in paths:
        if not folder.is_dir():
            raise TaxonomyError("is not a taxonomy folder (expected a folder with roles.toml)", path=folder)
    return _load_cached(tuple(str(f.resolve()) for f in paths), _fingerprint(paths))


def _fingerprint(folders: Iterable[Path]) -> str:
    digest = hashlib.sha256()
    for folder in folders:
        for file in sorted(folder.glob("*.toml")):
            digest.update(file.name.encode())
            digest.update(_read_bytes(file))
    return digest.hexdigest()


def _read_bytes(file: Path) -> bytes:
    """The bytes of a taxonomy file; only regular files are read (a FIFO or device named ``*.toml`` never blocks)."""
    try:
        # O_NONBLOCK: opening a FIFO returns at once instead of waiting for a writer; fstat then refuses it.
        fd = os.open(file, os.O_RDONLY | getattr(os, "O_NONBLOCK", 0) | getattr(os, "O_BINARY", 0))
    except OSError as exc:
        if exc.errno == errno.EISDIR:
            raise TaxonomyError("is not a regular file (a folder named like a taxonomy file)", path=file) from None
        raise TaxonomyError(f"cannot be read: {exc.strerror or exc}", path=file) from None
    try:
        info = os.fstat(fd)
        if not stat.S_ISREG(info.st_mode):
            kind = "a folder" if stat.S_ISDIR(info.st_mode) else "a FIFO, device or socket"
            raise TaxonomyError(f"is not a regular file ({kind} named like a taxonomy file)", path=file)
        if info.st_size > MAX_FILE_BYTES:
            raise TaxonomyError(
                f"is {info.st_size / 1e6:.0f} MB, over the {MAX_FILE_BYTES // 2**20} MB a taxonomy file may have", path=file
            )
        with os.fdopen(fd, "rb", closefd=False) as handle:
            return handle.read(MAX_FILE_BYTES + 1)
    except OSError as exc:
        raise TaxonomyError(f"cannot be read: {exc.strerror or exc}", path=file) from None
    finally:
        os.close(fd)


@lru_cache(maxsize=8)
def _load_cached(folders: tuple[str, ...], fingerprint: str) -> Taxonomy:
    from gapcheck.index_cache import cached_taxonomy

    return cached_taxonomy(folders, fingerprint, lambda: _parse_folders(folders, fingerprint))


def _parse_folders(folders: tuple[str, ...], fingerprint: str) -> Taxonomy:
    roles: dict[str, Role] = {}
    groups: dict[str, Group] = {}
    skills: dict[str, Skill] = {}
    skill_files: dict[str, Path] = {}
    taxonomy_ids: set[str] = set()
    no_evidence: set[str] = set()
    for folder_name in folders:
        folder = Path(folder_name)
        roles_file = folder / ROLES_FILE
        if not roles_file.is_file():
            raise TaxonomyError("no roles.toml in this taxonomy folder", path=folder)
        for file in sorted(folder.glob("*.toml")):
            if file.name == ROLES_FILE:
                continue
            taxonomy_id = _load_skill_file(file, groups, skills, skill_files)
            if taxonomy_id in taxonomy_ids:
                raise TaxonomyError(f"taxonomy id {taxonomy_id!r} is used by two files", path=file)
            taxonomy_ids.add(taxonomy_id)
        for role in _load_roles(roles_file):
            roles[role.id] = role
        no_evidence |= _no_evidence_sections(roles_file)
    _check_references(roles, skills, skill_files, taxonomy_ids, folders)
    _check_alias_claims(skills, skill_files)
    role_skills = {
        role.id: tuple(s for taxonomy_id in role.taxonomies for s in skills.values() if s.taxonomy == taxonomy_id)
        for role in roles.values()
    }
    return Taxonomy(
        no_evidence_sections=frozenset(no_evidence),
        roles=tuple(roles.values()),
        groups=groups,
        skills=skills,
        sources=folders,
        fingerprint=fingerprint,
        _role_skills=role_skills,
    )


def _read_toml(file: Path) -> dict[str, Any]:
    raw = _read_bytes(file)
    try:
        text = raw.decode("utf-8")
    except UnicodeDecodeError as exc:
        line = raw[: exc.start].count(b"\n") + 1
        raise TaxonomyError(f"is not UTF-8 text (invalid byte on line {line}); save it as UTF-8", path=file) from None
    try:
        data: dict[str, Any] = tomllib.loads(text)
    except tomllib.TOMLDecodeError as exc:
        raise TaxonomyError(f"not valid TOML: {exc}", path=file) from None
    return data


def _tables(data: dict[str, Any], key: str, file: Path) -> list[Any]:
    """The ``[[key]]`` entries of a file: a list (possibly empty), never a number or a string."""
    entries = data.get(key, [])
    if not isinstance(entries, list):
        raise TaxonomyError(f"{key!r} must be an array of tables ([[{key}]]), not {type(entries).__name__}", path=file)
    return entries


def _check_keys(table: Any, allowed: set[str], what: str, file: Path, skill: str | None = None) -> None:
    if not isinstance(table, dict):
        raise TaxonomyError(f"{what} must be a table", path=file, skill=skill)
    unknown = sorted(set(table) - allowed)
    if unknown:
        raise TaxonomyError(
            f"unknown key {unknown[0]!r} in {what} (allowed: {', '.join(sorted(allowed))})",
            path=file,
            skill=skill,
        )


def _text(table: dict[str, Any], key: str, what: str, file: Path, skill: str | None = None) -> str:
    value = table.get(key)
    if not isinstance(value, str) or not value.strip():
        raise TaxonomyError(f"{what} needs a non-empty string {key!r}", path=file, skill=skill)
    return value.strip()


def _identifier(table: dict[str, Any], what: str, file: Path, skill: str | None = None) -> str:
    value = _text(table, "id", what, file, skill)
    if not _ID_RE.match(value):
        raise TaxonomyError(f"{what} id {value!r} must be lowercase letters, digits and underscores", path=file, skill=skill)
    return value


def _string_list(value: Any, what: str, file: Path, skill: str | None) -> tuple[str, ...]:
    if not isinstance(value, list) or not all(isinstance(v, str) and v.strip() for v in value):
        raise TaxonomyError(f"{what} must be a list of non-empty strings", path=file, skill=skill)
    return tuple(v.strip() for v in value)


def _context_words(value: Any, what: str, file: Path, skill: str) -> tuple[str, ...]:
    """An alias's ``words`` or ``unless`` list: single words, which a hyphen or slash may join ("cross-functional",
    "ci/cd"); the matcher compares words, so a phrase ("stack overflow") would never match."""
    words = _string_list(value, what, file, skill)
    for word in words:
        if word != MONEY and not _CONTEXT_WORD.fullmatch(word):
            raise TaxonomyError(
                f"{what}: {word!r} is not one word (use single words; a hyphen or slash may join them)", path=file, skill=skill
            )
    return words


MONEY = "<money>"
"""A context word that stands for an amount of money on the line ("$340K", "£410k", "EUR 38k", "1,2 Mio. €")."""

WORD_PIECE = r"[^\W_]+(?:&[^\W_]+)*(?:\+\+|#)?"
"""A word piece as the matcher reads text ("R&D", "C++", "C#"); context words are such pieces, joined by hyphens or slashes."""
_CONTEXT_WORD = re.compile(rf"{WORD_PIECE}(?:[-/]{WORD_PIECE})*")


def _flag(table: dict[str, Any], key: str, default: bool, file: Path, skill: str) -> bool:
    value = table.get(key, default)
    if not isinstance(value, bool):
        raise TaxonomyError(f"{key!r} must be true or false", path=file, skill=skill)
    return value


def _no_evidence_sections(file: Path) -> set[str]:
    """Section kinds whose lines show no skill (``no_evidence_sections`` in roles.toml)."""
    from gapcheck.sections import SECTION_KINDS

    value = _read_toml(file).get("no_evidence_sections", [])
    kinds = set(_string_list(value, "no_evidence_sections", file, None))
    unknown = sorted(kinds - set(SECTION_KINDS))
    if unknown:
        raise TaxonomyError(
            f"no_evidence_sections names unknown section kind {unknown[0]!r} (known: {', '.join(SECTION_KINDS)})", path=file
        )
    return kinds


def _load_roles(file: Path) -> list[Role]:
    data = _read_toml(file)
    _check_keys(data, _ROLES_KEYS, "roles.toml", file)
    entries = data.get("role")
    if not isinstance(entries, list) or not entries:
        raise TaxonomyError("declares no [[role]]", path=file)
    roles: list[Role] = []
    seen: set[str] = set()
    for entry in entries:
        _check_keys(entry, _ROLE_KEYS, "a [[role]]", file)
        role_id = _identifier(entry, "a role", file)
        if role_id in seen:
            raise TaxonomyError(f"duplicate role id {role_id!r}", path=file)
        seen.add(role_id)
        taxonomies = _string_list(entry.get("taxonomies"), f"role {role_id!r} taxonomies", file, None)
        if not taxonomies:
            raise TaxonomyError(f"role {role_id!r} lists no taxonomies", path=file)
        roles.append(
            Role(
                id=role_id,
                name=_text(entry, "name", f"role {role_id!r}", file),
                taxonomies=taxonomies,
                description=str(entry.get("description", "")),
                core=_string_list(entry.get("core", []), f"role {role_id!r} core", file, None),
                fit_scale=_fit_scale(entry, role_id, file),
            )
        )
    return roles


def _fit_scale(entry: dict[str, Any], role_id: str, file: Path) -> float:
    """A role's optional ``fit_scale``: a positive number up to ``MAX_FIT_SCALE`` (default 1)."""
    value = entry.get("fit_scale", 1.0)
    if not _positive_up_to(value, MAX_FIT_SCALE):
        raise TaxonomyError(f"role {role_id!r}: 'fit_scale' must be a positive number up to {MAX_FIT_SCALE:g}, not {value!r}", path=file)
    return float(value)


def _load_skill_file(file: Path, groups: dict[str, Group], skills: dict[str, Skill], skill_files: dict[str, Path]) -> str:
    data = _read_toml(file)
    _check_keys(data, _FILE_KEYS, "a taxonomy file", file)
    header = data.get("taxonomy")
    _check_keys(header, _TAXONOMY_KEYS, "[taxonomy]", file)
    assert isinstance(header, dict)
    taxonomy_id = _identifier(header, "[taxonomy]", file)
    local_groups: set[str] = set()
    for entry in _tables(data, "group", file):
        _check_keys(entry, _GROUP_KEYS, "a [[group]]", file)
        group_id = _identifier(entry, "a group", file)
        if group_id in groups:
            raise TaxonomyError(f"duplicate group id {group_id!r}", path=file)
        groups[group_id] = Group(
            id=group_id,
            name=_text(entry, "name", f"group {group_id!r}", file),
            taxonomy=taxonomy_id,
            description=str(entry.get("description", "")),
            weight=_weight(entry, file, None, f"group {group_id!r}") or DEFAULT_WEIGHT,
        )
        local_groups.add(group_id)
    entries = _tables(data, "skill", file)
    if not entries:
        raise TaxonomyError("declares no [[skill]]", path=file)
    for entry in entries:
        skill = _parse_skill(entry, taxonomy_id, file, groups)
        if skill.id in skills:
            other = skill_files[skill.id]
            raise TaxonomyError(f"duplicate skill id (also in {other.name})", path=file, skill=skill.id)
        skills[skill.id] = skill
        skill_files[skill.id] = file
    return taxonomy_id


def _parse_skill(entry: Any, taxonomy_id: str, file: Path, groups: Mapping[str, Group]) -> Skill:
    skill_id = entry.get("id") if isinstance(entry, dict) else None
    label = skill_id if isinstance(skill_id, str) else None
    _check_keys(entry, _SKILL_KEYS, "a [[skill]]", file, label)
    skill_id = _identifier(entry, "a skill", file, label)
    group = _text(entry, "group", "a skill", file, skill_id)
    if group not in groups:
        raise TaxonomyError(f"unknown group {group!r}", path=file, skill=skill_id)
    raw_aliases = entry.get("aliases")
    if not isinstance(raw_aliases, list) or not raw_aliases:
        raise TaxonomyError("needs a non-empty 'aliases' list", path=file, skill=skill_id)
    skill_fuzzy = _flag(entry, "fuzzy", True, file, skill_id)
    aliases = tuple(alias for raw in raw_aliases for alias in _parse_alias(raw, file, skill_id, skill_fuzzy))
    seen: set[tuple[str, bool]] = set()
    for alias in aliases:  # the matcher keeps one entry per text: a second one's settings would be lost
        key = (alias.text if alias.case else alias.text.casefold(), alias.case)
        if key in seen:
            raise TaxonomyError(f"alias {alias.text!r} is listed twice; merge the two entries", path=file, skill=skill_id)
        seen.add(key)
    return Skill(
        id=skill_id,
        name=_text(entry, "name", "a skill", file, skill_id),
        group=group,
        taxonomy=taxonomy_id,
        aliases=aliases,
        implies=_string_list(entry.get("implies", []), "'implies'", file, skill_id),
        broader=_string_list(entry.get("broader", []), "'broader'", file, skill_id),
        months_in=_string_list(entry.get("months_in", []), "'months_in'", file, skill_id),
        description=str(entry.get("description", "")),
        fuzzy=skill_fuzzy,
        anchor=_flag(entry, "anchor", True, file, skill_id),
        exclude=_string_list(entry.get("exclude", []), "'exclude'", file, skill_id),
        weight=_weight(entry, file, skill_id, ""),
    )


def _positive_up_to(value: Any, maximum: float) -> bool:
    """Whether a TOML value is a number (not a boolean) above 0 and at most ``maximum``."""
    return not isinstance(value, bool) and isinstance(value, (int, float)) and 0 < value <= maximum


def _weight(table: dict[str, Any], file: Path, skill: str | None, what: str) -> float | None:
    """The optional ``weight`` of a group or skill: a positive number (at most ``MAX_WEIGHT``)."""
    if "weight" not in table:
        return None
    value = table["weight"]
    if not _positive_up_to(value, MAX_WEIGHT):
        prefix = f"{what}: " if what else ""
        raise TaxonomyError(f"{prefix}'weight' must be a positive number up to {MAX_WEIGHT:g}, not {value!r}", path=file, skill=skill)
    return float(value)


def _parse_alias(raw: Any, file: Path, skill_id: str, skill_fuzzy: bool) -> tuple[Alias, ...]:
    """The aliases one entry of a skill's ``aliases`` list stands for: a string, or a table whose ``text`` is one
    string or a list of strings sharing the table's settings."""
    if isinstance(raw, str):
        return (Alias(text=_alias_text(raw, file, skill_id), fuzzy=skill_fuzzy),)
    _check_keys(raw, _ALIAS_KEYS, "an alias table", file, skill_id)
    texts = _alias_texts(raw.get("text"), file, skill_id)
    name = texts[0] if len(texts) == 1 else f"{texts[0]}, ..."
    context = raw.get("context", "none")
    if context not in CONTEXT_KINDS:
        raise TaxonomyError(f"alias {name!r}: context must be one of {', '.join(CONTEXT_KINDS)}", path=file, skill=skill_id)
    words = _context_words(raw.get("words", []), f"alias {name!r} words", file, skill_id)
    unless = _context_words(raw.get("unless", []), f"alias {name!r} unless", file, skill_id)
    window = raw.get("window", "block")
    if window not in WINDOWS:
        raise TaxonomyError(f"alias {name!r}: window must be one of {', '.join(WINDOWS)}", path=file, skill=skill_id)
    if context == "words" and not words:
        raise TaxonomyError(f"alias {name!r}: context 'words' needs a 'words' list", path=file, skill=skill_id)
    settings = Alias(
        text=texts[0],
        case=_flag(raw, "case", False, file, skill_id),
        context=context,
        words=tuple(w.casefold() for w in words),
        implied=_flag(raw, "implied", False, file, skill_id),
        implies=_string_list(raw.get("implies", []), f"alias {name!r} implies", file, skill_id),
        fuzzy=_flag(raw, "fuzzy", skill_fuzzy, file, skill_id),
        window=window,
        unless=tuple(w.casefold() for w in unless),
        listed_act=_flag(raw, "listed_act", False, file, skill_id),
        field=_flag(raw, "field", False, file, skill_id),
        claim=_flag(raw, "claim", False, file, skill_id),
        act=_flag(raw, "act", False, file, skill_id),
        figures=_flag(raw, "figures", False, file, skill_id),
    )
    return tuple(replace(settings, text=text) for text in texts)


def _alias_texts(value: Any, file: Path, skill_id: str) -> tuple[str, ...]:
    """An alias table's ``text``: one string or a non-empty list of strings."""
    if isinstance(value, list):
        if not value:
            raise TaxonomyError("an alias table's 'text' list is empty", path=file, skill=skill_id)
        return tuple(_alias_text(item, file, skill_id) for item in value)
    return (_alias_text(value, file, skill_id),)


def _alias_text(value: Any, file: Path, skill_id: str) -> str:
    if not isinstance(value, str) or not value.strip():
        raise TaxonomyError(
            f"an alias must be a non-empty string (an alias table's 'text': a string or a list of them), not {value!r}",
            path=file,
            skill=skill_id,
        )
    if not alias_key(value):
        raise TaxonomyError(f"alias {value!r} has no letters or digits", path=file, skill=skill_id)
    return value.strip()


def _check_references(
    roles: Mapping[str, Role],
    skills: Mapping[str, Skill],
    skill_files: Mapping[str, Path],
    taxonomy_ids: set[str],
    folders: tuple[str, ...],
) -> None:
    roles_file = Path(folders[-1]) / ROLES_FILE
    for role in roles.values():
        for taxonomy_id in role.taxonomies:
            if taxonomy_id not in taxonomy_ids:
                raise TaxonomyError(
                    f"role {role.id!r} names unknown taxonomy {taxonomy_id!r} (known: {', '.join(sorted(taxonomy_ids))})",
                    path=roles_file,
                )
    for role in roles.values():
        for skill_id in role.core:
            if skill_id not in skills or skills[skill_id].taxonomy not in role.taxonomies:
                raise TaxonomyError(
                    f"role {role.id!r} core names {skill_id!r}, which is not one of its skills", path=roles_file, skill=skill_id
                )
    for skill in skills.values():
        implied = list(skill.implies) + [i for a in skill.aliases for i in a.implies]
        for other in implied:
            if other not in skills:
                raise TaxonomyError(f"implies unknown skill {other!r}", path=skill_files[skill.id], skill=skill.id)
            if other == skill.id:
                raise TaxonomyError("implies itself", path=skill_files[skill.id], skill=skill.id)
        for key, others in (("broader", skill.broader), ("months_in", skill.months_in)):
            for other in others:
                if other not in skills or other == skill.id:
                    raise TaxonomyError(f"{key!r} names {other!r}, which is not another skill", path=skill_files[skill.id], skill=skill.id)


def _check_alias_claims(skills: Mapping[str, Skill], skill_files: Mapping[str, Path]) -> None:
    owner: dict[str, str] = {}
    for skill in skills.values():
        for alias in skill.aliases:
            key = alias_key(alias.text)
            claimed = owner.setdefault(key, skill.id)
            if claimed != skill.id:
                raise TaxonomyError(
                    f"alias {alias.text!r} is also claimed by skill {claimed!r} ({skill_files[claimed].name})",
                    path=skill_files[skill.id],
                    skill=skill.id,
                )
