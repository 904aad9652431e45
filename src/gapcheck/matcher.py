"""The ``gapcheck_skills`` spaCy component: finds taxonomy skills in a Doc and leaves them on it.

Hits go to ``doc.spans["gapcheck_skills"]`` (one span per hit, labelled with the skill id) and, with
their evidence and rule, to ``doc._.gapcheck_hits``; rejected look-alikes go to
``doc._.gapcheck_near_misses``. Any pipeline can use it::

    nlp = spacy.blank("en")
    nlp.add_pipe("gapcheck_skills")
    doc = nlp("Deployed LLMs with vLLM on K8s")

Matching, from most to least literal: exact aliases (case-insensitive, or case-sensitive where the
taxonomy says so), lemmas ("A/B-tested" -> "A/B test"), spacing variants ("Fast API", "Tensor RT") and
typos scored by rapidfuzz ("Kubernates"). Ambiguous aliases ("Ray", "Spark", "pruning") count only
next to other skills or to the context words the taxonomy gives them.
"""

from __future__ import annotations

import bisect
import itertools
import re
import shutil
from collections import defaultdict
from collections.abc import Callable, Collection, Iterable, Iterator, Mapping, Sequence
from contextvars import ContextVar
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import Any, NamedTuple

from rapidfuzz import fuzz, process
from spacy.attrs import IDX, LENGTH, SPACY
from spacy.lang.en.stop_words import STOP_WORDS
from spacy.language import Language
from spacy.tokens import Doc

from gapcheck.dates import find_dates
from gapcheck.document import Document, Line
from gapcheck.errors import TaxonomyError
from gapcheck.hits import NearMiss, SkillHit
from gapcheck.lexicon import is_common_word, is_english_word, lemma
from gapcheck.links import LINK_WORDS, bracketed_label, domain_follows, has_fields, in_web_address, is_link_label, labels_only_after
from gapcheck.positions import tools_field
from gapcheck.sections import inline_section
from gapcheck.taxonomy import MONEY, WORD_PIECE, Alias, Skill, Taxonomy, load_taxonomy, load_taxonomy_folders

SPANS_KEY = "gapcheck_skills"
DOCUMENT_KEY = "gapcheck_document"
POSTING_KEY = "gapcheck_posting"
"""``doc.user_data`` flag: the text is a job posting, whose "communication skills" asks for the skill (no claim)."""
DEFAULT_FUZZY_CUTOFF = 88.0
MIN_FUZZY_LENGTH = 7
MIN_COMPACT_LENGTH = 4
NEAR_MISS_MARGIN = 15.0
OCR_FUZZY_MIN_CONFIDENCE = 0.9
"""Text recognised by OCR with a lower confidence never makes a skill through a fuzzy match alone (a typo
match there is as likely a misread word); it is kept as a near miss."""
SMALL_BUCKET = 256
_WRAP_LENGTH = 40

_PIECE = re.compile(WORD_PIECE)
_JOINERS = frozenset("-/&+#'’.\u2010\u2011")
_SPACED_SLASH = re.compile(r"[^\W_]{2}\s/\s[^\W_]{2}")
_DETERMINERS = frozenset({"a", "an", "the", "my", "our", "their"})
_COORDINATORS = frozenset({"and", "or", "&"})
_DETERMINER_AFTER = re.compile(r"\s+(?:" + "|".join(sorted(_DETERMINERS | {"its"})) + r")\s+$", re.IGNORECASE)
_ACRONYM_PLURAL = re.compile(r"^[A-Z]{2,}s$")

if not Doc.has_extension("gapcheck_hits"):
    Doc.set_extension("gapcheck_hits", default=())
if not Doc.has_extension("gapcheck_near_misses"):
    Doc.set_extension("gapcheck_near_misses", default=())


_TYPO_GAP = 2  # characters between two words read as one misspelt alias ("Scikit  learn")


# the capitalised parts of a name written as one word ("DataStorm", "CodeStory"); a lone word is one part
_CAMEL_PART = re.compile(r"[A-Z]?[a-z]+|[A-Z]+(?![a-z])|\d+")


class _Piece(NamedTuple):
    """A word piece of the text (a light tuple: thousands are made per resume)."""

    orth: str
    lower: str
    lemma: str
    start: int
    end: int
    line: int
    usable: bool  # letters and digits only: may be part of a typo
    english: bool  # usable and an English word


@dataclass(frozen=True)
class _Entry:
    skill: str
    alias: Alias
    size: int
    negative: bool = False


_Step = tuple[tuple[tuple[_Entry, str, float, str], ...], bool]
"""A window's literal matches (alias entry, match kind, score, rule) and whether a longer window may match."""


@dataclass
class _Candidate:
    entry: _Entry
    first: int
    last: int
    match: str
    score: float
    rule: str


# (token text) -> its word pieces: (start, end, orth, lower, lemma, usable, english, dropped determiner?), offsets
# relative to the token; _BREAK for a token that ends a segment (punctuation other than joiners). Tokens repeat
# across resumes.
_TokenPieces = tuple[tuple[int, int, str, str, str, bool, bool, bool], ...]
_BREAK: _TokenPieces = ((-1, -1, "", "", "", False, False, False),)
_TOKEN_PIECES: dict[str, _TokenPieces] = {}
_MEMO_LIMIT = 20_000
"""Entries a per-word memo holds before it is emptied: a long-lived analyzer reads millions of words (at most about
3 MB a memo; the common words of resumes come back at once)."""


def _token_pieces(token_text: str) -> _TokenPieces:
    """The word pieces of one token (remembered per token text)."""
    found = _TOKEN_PIECES.get(token_text)
    if found is not None:
        return found
    if token_text.isspace():
        found = ()
    else:
        parts: list[tuple[int, int, str, str, str, bool, bool, bool]] = []
        for m in _PIECE.finditer(token_text):
            orth = m.group(0)
            lower = orth.lower()
            word_lemma = lower[:-1] if _ACRONYM_PLURAL.match(orth) else lemma(lower)
            usable = lower.isalnum()
            english = usable and is_english_word(lower)
            parts.append((m.start(), m.end(), orth, lower, word_lemma, usable, english, lower in _DETERMINERS and orth == lower))
        joiners_only = all(ch in _JOINERS for ch in token_text)
        found = tuple(parts) if parts else () if joiners_only else _BREAK
    if len(_TOKEN_PIECES) >= _MEMO_LIMIT:
        _TOKEN_PIECES.clear()
    _TOKEN_PIECES[token_text] = found
    return found


def _pieces(
    text: str,
    tokens: Iterable[tuple[str, int]],
    line_starts: Sequence[int],
    blocks: Sequence[int] = (),
    runs_on: frozenset[int] = frozenset(),
    fresh: frozenset[int] = frozenset(),
) -> list[list[_Piece]]:
    """Split tokens into word pieces, grouped in segments that no alias may cross (nor run on into a ``fresh`` line)."""
    segments: list[list[_Piece]] = [[]]
    current = segments[0]
    line, next_line_start = 0, line_starts[1] if len(line_starts) > 1 else len(text) + 1
    new_piece = tuple.__new__
    memo = _TOKEN_PIECES.get
    last_line = -1  # the line of current[-1]
    for token_text, idx in tokens:
        parts = memo(token_text)
        if parts is None:
            parts = _token_pieces(token_text)
        if parts is _BREAK and token_text == "\u2013" and text[idx - 1 : idx].isalpha() and text[idx + 1 : idx + 2].isalpha():
            continue  # an en dash joining two names as a hyphen does ("Kaplan–Meier", "Kolmogorov–Smirnov tests")
        if (
            parts is _BREAK
            or (token_text == "." and text[idx + 1 : idx + 2].isspace())  # no alias spans a full stop
            # nor a slash set apart between words ("SEMINARS / TRAININGS / WORKSHOPS"; "CI/CD", "A / B" stay one)
            or (token_text == "/" and _SPACED_SLASH.fullmatch(text, max(0, idx - 3), idx + 4) is not None)
        ):
            current = []
            segments.append(current)
            continue
        for rel_start, rel_end, orth, lower, word_lemma, usable, english, determiner in parts:
            start, end = idx + rel_start, idx + rel_end
            if determiner and not _touches_slash(text, start, end):
                continue
            if start >= next_line_start:  # tokens come in text order: move the line forward
                line = bisect.bisect_right(line_starts, start) - 1
                next_line_start = line_starts[line + 1] if line + 1 < len(line_starts) else len(text) + 1
            if current and last_line != line and (line in fresh or not _joins_lines(text, line_starts, blocks, last_line, line, runs_on)):
                current = []
                segments.append(current)
            current.append(new_piece(_Piece, (orth, lower, word_lemma, start, end, line, usable, english)))
            last_line = line
    return [s for s in segments if s]


def _subject_and_verb(before: str, last: _Piece, alias: str) -> bool:
    """Whether a lemma match reads a plural noun and a bare verb where the alias is a compound ending in "-ing": "tools
    call" for "tool calling" ("the gRPC service that the lab's planning tools call")."""
    words = alias.lower().split()
    return (
        len(words) >= 2
        and words[-1].endswith("ing")
        and last.lower == last.lemma
        and not last.lower.endswith("ing")
        and before.endswith("s")
        and before != words[-2]
    )


def _participle_for_a_noun(last: str, alias: str) -> bool:
    """Whether the last word of a lemma match is a past participle where the alias ends in a noun: "system designed"
    for "system design" (the "-ing" of "fine-tuning" takes its participle, "fine-tuned", but not "calling")."""
    word = alias.rsplit(None, 1)[-1].lower()
    # a thing "called" something is named so: "the Siemens tool called CAPITAL" is no tool calling
    return (last.endswith("ed") and not word.endswith(("ed", "ing"))) or (last == "called" and word == "calling")


def _glued_parts(word: str, alias_words: list[str]) -> list[str]:
    """A word written without the space of a two-word alias, split where the alias's first word ends or its last word
    begins ("datastore" against "data story": "data" and "store"); the word alone when neither fits."""
    first, last = alias_words[0], alias_words[-1]
    if word.startswith(first) and len(word) > len(first):
        return [first, word[len(first) :]]
    if word.endswith(last) and len(word) > len(last):
        return [word[: -len(last)], last]
    return [word]


# A word this long with two neighbouring letters swapped is a typo scored as this (above the fuzzy cutoff).
_SWAP_LENGTH = 5
_SWAP_SCORE = 90.0


def _swaps(word: str) -> Iterator[str]:
    """``word`` with each pair of neighbouring letters swapped."""
    for k in range(len(word) - 1):
        if word[k] != word[k + 1]:
            yield word[:k] + word[k + 1] + word[k] + word[k + 2 :]


def _item_line(line: str) -> bool:
    """A short line that is an item of a list (a tool or two), not a sentence or a label."""
    stripped = line.strip()
    return 0 < len(stripped.split()) <= _ITEM_WORDS and stripped[-1:] not in ".:;!?"


def _item_run(lines: Sequence[str], blocks: Sequence[int], index: int) -> list[int]:
    """The item lines around ``index`` in its block, up to ``_ITEM_REACH`` either side, and the list they wrap from:
    "Technologies: Python, Azure, Spark," over a last "Tableau"."""
    run = _items_around(lines, index, lambda n: blocks[n] == blocks[index])
    n = run[0] - 1
    if n >= 0 and blocks[n] == blocks[index] and lines[n].rstrip().endswith(","):
        run.insert(0, n)
    return run


def _items_around(lines: Sequence[str], index: int, keeps: Callable[[int], bool]) -> list[int]:
    """``index`` and the item lines next to it that ``keeps``, up to ``_ITEM_REACH`` either side, in order."""
    run = [index]
    for step in (-1, 1):
        n = index + step
        while 0 <= n < len(lines) and abs(n - index) <= _ITEM_REACH and keeps(n) and _item_line(lines[n]):
            run.append(n)
            n += step
    return sorted(run)


_ITEM_WORDS = 4
_ITEM_REACH = 3


def _touches_slash(text: str, start: int, end: int) -> bool:
    return (start > 0 and text[start - 1] == "/") or (end < len(text) and text[end] == "/")


def _joins_lines(
    text: str, line_starts: Sequence[int], blocks: Sequence[int], first: int, second: int, runs_on: frozenset[int] = frozenset()
) -> bool:
    """A phrase may run on from one line to the next only inside wrapped prose (the same block): a long line, or
    one a narrow column wrapped (``runs_on``)."""
    if second != first + 1 or (blocks and blocks[first] != blocks[second]):
        return False
    return _goes_on(text[line_starts[first] : line_starts[second]].rstrip(), first, runs_on, ".,;:|!?)")


def _goes_on(line: str, index: int, runs_on: frozenset[int], stops: str) -> bool:
    """Whether line ``index`` of a paragraph goes on at the start of the next: long enough to have been wrapped, or one
    a narrow column wrapped (``runs_on``), and ending in none of ``stops``."""
    return (len(line) >= _WRAP_LENGTH or index in runs_on) and line[-1:] not in stops


def verbatim_document(text: str) -> Document:
    """A Document whose lines are exactly the lines of ``text`` (blank lines included, separating blocks), for
    a Doc that did not come from gapcheck's reader: hit offsets then refer to the Doc's own text."""
    from gapcheck.structure import finish

    lines: list[Line] = []
    block = 0
    for number, raw in enumerate(text.split("\n"), start=1):
        if not raw.strip():
            block += 1
        lines.append(Line(text=raw, page=1, number=number, block=block))
    return finish(lines, source="<doc>", kind="text", pages=1)


@dataclass(frozen=True)
class SkillIndex:
    """Alias look-up tables built once per taxonomy."""

    taxonomy: Taxonomy
    exact: dict[str, tuple[_Entry, ...]]
    lemma: dict[str, tuple[_Entry, ...]]
    cased: dict[str, tuple[_Entry, ...]]
    compact: dict[str, tuple[_Entry, ...]]
    fuzzy: dict[tuple[str, int], tuple[tuple[str, _Entry], ...]]
    max_size: int
    partial: frozenset[str] = frozenset()
    compact_keys: tuple[str, ...] = ()
    _choices: dict[tuple[str, int], tuple[list[str], list[_Entry]]] = field(default_factory=dict, repr=False)
    _delete_index: dict[str, tuple[int, ...]] = field(default_factory=dict, repr=False)
    _closest: dict[tuple[str, float], tuple[float, _Entry] | None] = field(default_factory=dict, repr=False)
    _steps: dict[str, _Step] = field(default_factory=dict, repr=False)
    _key_entries: dict[str, _Entry] = field(default_factory=dict, repr=False)

    def continues(self, exact: str, lemma: str, cased: str) -> bool:
        """Whether some alias of more pieces starts with one of these window keys."""
        return exact in self.partial or lemma in self.partial or cased in self.partial

    def compact_prefix(self, joined: str) -> bool:
        """Whether some spacing-variant key starts with ``joined``."""
        at = bisect.bisect_left(self.compact_keys, joined)
        return at < len(self.compact_keys) and self.compact_keys[at].startswith(joined)

    def literal_step(self, window: Sequence[_Piece]) -> _Step:
        """What a window of word pieces matches literally as its last piece is added: the aliases of exactly
        its pieces (exact, exact-case, lemma, spacing variant) and whether a longer window may still match.
        Remembered per text of the window; only asked for windows whose shorter ones may still match."""
        key = " ".join(piece.orth for piece in window)
        found = self._steps.get(key)
        if found is not None:
            return found
        head = window[0]
        lower, lemma_key, orth, joined = head.lower, head.lemma, head.orth, head.lower
        words, compacting = True, True
        matches: list[tuple[_Entry, str, float, str]] = []
        for size in range(1, len(window) + 1):
            matches = []
            if size > 1:
                piece = window[size - 1]
                lower = f"{lower} {piece.lower}"
                lemma_key = f"{lemma_key} {piece.lemma}"
                orth = f"{orth} {piece.orth}"
                joined += piece.lower
            if words:
                for entry in self.exact.get(lower, ()):
                    if entry.size == size:
                        matches.append((entry, "exact", 100.0, f"alias {entry.alias.text!r}"))
                for entry in self.cased.get(orth, ()):
                    matches.append((entry, "exact", 100.0, f"alias {entry.alias.text!r} (exact case)"))
                for entry in self.lemma.get(lemma_key, ()):
                    if size > 1 and _participle_for_a_noun(window[size - 1].lower, entry.alias.text):
                        continue  # "a ticketing system designed with input from ...": no system design
                    if size > 1 and _subject_and_verb(window[size - 2].lower, window[size - 1], entry.alias.text):
                        continue  # "the endpoint the translators' tools call": no tool calling
                    matches.append((entry, "lemma", 100.0, f"lemma of alias {entry.alias.text!r}"))
                words = self.continues(lower, lemma_key, orth)
            # no name spaced apart has a function word inside it: "The Bits And Bytes of ..." is no bitsandbytes
            compacting = compacting and not (size > 2 and window[size - 2].lower in _FUNCTION_WORDS)
            if compacting and size <= 4:
                for entry in self.compact.get(joined, ()):
                    score = fuzz.ratio(lower, entry.alias.text.lower())
                    matches.append((entry, "fuzzy", round(score, 1), f"spacing variant of alias {entry.alias.text!r}"))
                compacting = self.compact_prefix(joined)
            else:
                compacting = False
        found = (tuple(matches), words or compacting)
        if len(self._steps) >= _MEMO_LIMIT:
            self._steps.clear()
        self._steps[key] = found
        return found

    def fuzzy_choices(self, word: str) -> tuple[list[str], list[_Entry]]:
        """Typo candidates for ``word``: every key with its first letter and a length within 2 while there
        are few of them; in a large taxonomy, only keys within one deletion of ``word`` with up to two
        letters deleted (a symmetric-delete index), so the cost does not grow with the taxonomy."""
        bucket = (word[0], len(word))
        found = self._choices.get(bucket)
        if found is None:
            pairs = [pair for size in range(len(word) - 2, len(word) + 3) for pair in self.fuzzy.get((word[0], size), ())]
            found = self._choices[bucket] = ([key for key, _ in pairs], [entry for _, entry in pairs])
        if len(found[0]) <= SMALL_BUCKET:
            return found
        deletes = self._deletes()
        ids: set[int] = set()
        for variant in _deletions(word, 2):
            ids.update(deletes.get(variant, ()))
        keys, entries = self._flat()
        return [keys[i] for i in ids], [entries[i] for i in ids]

    def closest(self, word: str, cutoff: float) -> tuple[float, _Entry] | None:
        """The best typo candidate for ``word`` scoring at least ``cutoff`` (remembered per word)."""
        memo_key = (word, cutoff)
        if memo_key in self._closest:
            return self._closest[memo_key]
        keys, entries = self.fuzzy_choices(word)
        best = process.extractOne(word, keys, scorer=fuzz.ratio, score_cutoff=cutoff) if keys else None
        found = None if best is None else (float(best[1]), entries[best[2]])
        if len(word) >= _SWAP_LENGTH and (found is None or found[0] < _SWAP_SCORE):
            # two neighbouring letters swapped ("Pytroch"): one slip of the fingers, though ratio counts two edits
            swapped = next((e for e in map(self._by_key().get, _swaps(word)) if e is not None), None)
            if swapped is not None:
                found = (_SWAP_SCORE, swapped)
        if len(self._closest) >= 50_000:
            self._closest.clear()
        self._closest[memo_key] = found
        return found

    def _by_key(self) -> dict[str, _Entry]:
        """Every typo key with its entry (the first where keys repeat)."""
        if not self._key_entries:
            for key, entry in zip(*self._flat(), strict=True):
                self._key_entries.setdefault(key, entry)
        return self._key_entries

    def _flat(self) -> tuple[list[str], list[_Entry]]:
        flat = self._choices.get(("", 0))
        if flat is None:
            pairs = [pair for group in self.fuzzy.values() for pair in group]
            flat = self._choices[("", 0)] = ([key for key, _ in pairs], [entry for _, entry in pairs])
        return flat

    def _deletes(self) -> dict[str, tuple[int, ...]]:
        if not self._delete_index:
            grouped: dict[str, list[int]] = defaultdict(list)
            for i, key in enumerate(self._flat()[0]):
                for variant in _deletions(key, 1):
                    grouped[variant].append(i)
            # tuples of ints are not tracked by the garbage collector; a million lists would slow every collection
            self._delete_index.update((variant, tuple(ids)) for variant, ids in grouped.items())
        return self._delete_index


def _deletions(word: str, depth: int) -> set[str]:
    """``word`` and every string made by deleting up to ``depth`` of its letters."""
    found = {word}
    frontier = {word}
    for _ in range(depth):
        frontier = {w[:i] + w[i + 1 :] for w in frontier for i in range(len(w))}
        found |= frontier
    return found


def build_index(taxonomy: Taxonomy, tokenize: Any) -> SkillIndex:
    """Build the look-up tables of a taxonomy with a spaCy tokenizer (``nlp.make_doc``)."""
    exact: dict[str, list[_Entry]] = defaultdict(list)
    lemmas: dict[str, list[_Entry]] = defaultdict(list)
    cased: dict[str, list[_Entry]] = defaultdict(list)
    compact: dict[str, list[_Entry]] = defaultdict(list)
    fuzzy: dict[tuple[str, int], list[tuple[str, _Entry]]] = defaultdict(list)
    max_size = 1
    for skill in taxonomy.skills.values():
        excluded = [(Alias(text=phrase, fuzzy=False), True) for phrase in skill.exclude]
        for alias, negative in [*((a, False) for a in skill.aliases), *excluded]:
            doc = tokenize(alias.text)
            pieces = [p for seg in _pieces(alias.text, ((t.text, t.idx) for t in doc), [0]) for p in seg]
            if not pieces:
                continue
            entry = _Entry(skill.id, alias, len(pieces), negative)
            if negative:
                _check_exclusion(skill, alias.text, " ".join(p.lower for p in pieces))
            elif len(pieces) == 1 and alias.context == "none" and len(_PIECE.findall(alias.text)) > 1:
                _refuse_shrunk_alias(skill, alias.text, pieces[0].lower)
            max_size = max(max_size, len(pieces))
            if alias.case:
                cased[" ".join(p.orth for p in pieces)].append(entry)
                continue
            exact_key = " ".join(p.lower for p in pieces)
            exact[exact_key].append(entry)
            lemmas[" ".join(p.lemma for p in pieces) if len(pieces) > 1 else exact_key].append(entry)
            joined = "".join(p.lower for p in pieces)
            if alias.fuzzy and len(joined) >= MIN_COMPACT_LENGTH:
                compact[joined].append(entry)
                if len(joined) >= MIN_FUZZY_LENGTH and alias.context == "none":
                    fuzzy[(joined[0], len(joined))].append((joined, entry))
    partial = {
        " ".join(key.split(" ")[:size]) for table in (exact, lemmas, cased) for key in table for size in range(1, key.count(" ") + 1)
    }
    return SkillIndex(
        taxonomy=taxonomy,
        exact={k: tuple(_unique(v)) for k, v in exact.items()},
        lemma={k: tuple(_unique(v)) for k, v in lemmas.items()},
        cased={k: tuple(_unique(v)) for k, v in cased.items()},
        compact={k: tuple(_unique(v)) for k, v in compact.items()},
        fuzzy={k: tuple(v) for k, v in fuzzy.items()},
        max_size=max_size,
        partial=frozenset(partial),
        compact_keys=tuple(sorted(compact)),
    )


def _check_exclusion(skill: Skill, phrase: str, key: str) -> None:
    """An exclusion that reads as one of its skill's own aliases once determiners drop ("my mentor" is "mentor")
    would silence the alias everywhere."""
    if any(key == alias.text.lower() for alias in skill.aliases):
        raise TaxonomyError(
            f"exclude {phrase!r} reads as {key!r}, an alias of the same skill (words such as 'my' or 'the' are "
            "skipped in matching); name the words around it instead",
            path=f"{skill.taxonomy}.toml",
            skill=skill.id,
        )


def _refuse_shrunk_alias(skill: Skill, phrase: str, key: str) -> None:
    """An alias of several words, with no context, whose determiners drop down to one word matches that word alone
    ("present the" is "present", and so every "Present" of a date range)."""
    raise TaxonomyError(
        f"alias {phrase!r} reads as {key!r} alone (words such as 'the' or 'a' are skipped in matching); write "
        f"{key!r} with context words instead",
        path=f"{skill.taxonomy}.toml",
        skill=skill.id,
    )


def _unique(entries: list[_Entry]) -> list[_Entry]:
    seen: set[tuple[str, bool]] = set()
    out: list[_Entry] = []
    for entry in entries:
        if (entry.skill, entry.negative) not in seen:
            seen.add((entry.skill, entry.negative))
            out.append(entry)
    return out


_INDEXES: dict[tuple[str, tuple[str, ...], str], SkillIndex] = {}


def _cached_index(taxonomy: Taxonomy, nlp: Language) -> SkillIndex:
    """One index per taxonomy content and language, built on first use with the pipeline's tokenizer (or
    loaded from the on-disk cache, :mod:`gapcheck.index_cache`)."""
    key = (taxonomy.fingerprint, taxonomy.sources, nlp.lang or "")
    index = _INDEXES.get(key)
    if index is None:
        if len(_INDEXES) >= 8:
            _INDEXES.clear()
        from gapcheck.index_cache import cached_index

        index = _INDEXES[key] = cached_index(taxonomy, nlp, build_index)
    return index


class SkillMatcher:
    """Finds the skills of a taxonomy in a Doc. Build it with ``nlp.add_pipe("gapcheck_skills")``.

    The taxonomy comes from the config (``taxonomy``: a folder, ``extend``: add it to the built-in one) or from
    :meth:`initialize` (a loaded :class:`~gapcheck.taxonomy.Taxonomy` or a folder); it is built into an index
    on first use only, and :meth:`to_disk` saves it with the pipeline so that ``spacy.load`` brings it back.
    """

    def __init__(
        self,
        nlp: Language,
        name: str = "gapcheck_skills",
        *,
        taxonomy: str | None = None,
        extend: bool = False,
        fuzzy_cutoff: float = DEFAULT_FUZZY_CUTOFF,
        spans_key: str = SPANS_KEY,
    ) -> None:
        self.name = name
        self.lang: str = nlp.lang or "en"
        self.fuzzy_cutoff = float(fuzzy_cutoff)
        self.spans_key = spans_key
        self._nlp = nlp
        self._source: tuple[str | None, bool] = (taxonomy, extend)
        self._taxonomy: Taxonomy | None = None
        self._index: SkillIndex | None = None

    @property
    def taxonomy(self) -> Taxonomy:
        """The taxonomy this component matches (the built-in one unless configured or initialized otherwise)."""
        if self._taxonomy is None:
            folder, extend = self._source
            self._taxonomy = load_taxonomy(folder, extend=extend)
        return self._taxonomy

    @property
    def index(self) -> SkillIndex:
        """The look-up tables of the taxonomy, built (or taken from the cache) on first use."""
        if self._index is None:
            self._index = _cached_index(self.taxonomy, self._nlp)
        return self._index

    def initialize(
        self,
        get_examples: Any = None,
        *,
        nlp: Language | None = None,
        taxonomy: Taxonomy | str | Path | None = None,
        extend: bool = False,
    ) -> None:
        """Set the taxonomy to match: a loaded Taxonomy, or a folder (``extend=True`` adds it to the built-in one).

        Called by ``nlp.initialize()`` (settings from ``[initialize.components.gapcheck_skills]``) or directly.
        """
        if taxonomy is not None:
            self._taxonomy = taxonomy if isinstance(taxonomy, Taxonomy) else load_taxonomy(taxonomy, extend=extend)
            self._index = None

    def to_disk(self, path: str | Path, *, exclude: Iterable[str] = ()) -> None:
        """Save the taxonomy's TOML files under ``path`` (one folder per taxonomy folder, in order)."""
        target = Path(path)
        target.mkdir(parents=True, exist_ok=True)
        for old in target.glob("taxonomy_*"):
            shutil.rmtree(old)
        for i, folder in enumerate(self.taxonomy.sources):
            copy = target / f"taxonomy_{i}"
            copy.mkdir()
            for file in sorted(Path(folder).glob("*.toml")):
                shutil.copyfile(file, copy / file.name)

    def from_disk(self, path: str | Path, *, exclude: Iterable[str] = ()) -> SkillMatcher:
        """Load the taxonomy saved by :meth:`to_disk`."""
        folders = sorted(Path(path).glob("taxonomy_*"), key=lambda p: int(p.name.rsplit("_", 1)[1]))
        if folders:
            self._taxonomy = load_taxonomy_folders(folders)
            self._index = None
        return self

    def __call__(self, doc: Doc) -> Doc:
        document = doc.user_data.pop(DOCUMENT_KEY, None)
        posting = bool(doc.user_data.pop(POSTING_KEY, False))
        # one array read instead of a Token object per token (doc.text too makes one per token)
        offsets = doc.to_array([IDX, LENGTH, SPACY]).tolist() if len(doc) else []
        size = offsets[-1][0] + offsets[-1][1] + offsets[-1][2] if offsets else 0
        text = document.text if isinstance(document, Document) else ""
        if not isinstance(document, Document) or len(text) != size:
            document = verbatim_document(doc.text)
            text = document.text
        hits, misses = self.find(document, [(text[start : start + length], start) for start, length, _ in offsets], claims=not posting)
        spans = []
        for hit in hits:
            span = doc.char_span(hit.start, hit.end, label=hit.skill, alignment_mode="expand")
            if span is not None:
                spans.append(span)
        doc.spans[self.spans_key] = spans
        doc._.gapcheck_hits = tuple(hits)
        doc._.gapcheck_near_misses = tuple(misses)
        return doc

    def find(self, document: Document, tokens: Sequence[tuple[str, int]], *, claims: bool = True) -> tuple[list[SkillHit], list[NearMiss]]:
        """Hits and near misses in ``document``, whose text is tokenized as ``(token text, char offset)`` pairs.

        A hit's ``line`` is the index of its line in ``document.lines``; offsets refer to ``document.text``.
        ``claims=False`` (a job posting) counts qualities named in a list ("Communication, Teamwork"), which in a
        resume describe the person without showing the skill (aliases with ``claim``).
        """
        text = document.text
        line_starts = document.line_starts()
        lines = [line.text for line in document.lines]
        kinds = document.section_kinds()
        sections = [inline_section(line) or kind for line, kind in zip(lines, kinds, strict=True)]
        blocks = [line.block for line in document.lines]
        # no phrase runs on into a line that opens an item or a sentence of its own: a bullet, or a capital after a line
        # that stopped short ("... deploy the recovery system" over "Design a GPS System")
        runs_on, stops_short = document.line_ends()
        fresh = frozenset(i for i, line in enumerate(document.lines) if line.bullet) | {i + 1 for i in stops_short}
        pieces_by_segment = _pieces(text, tokens, line_starts, blocks, runs_on, fresh)
        unsure = {
            i: line.confidence
            for i, line in enumerate(document.lines)
            if line.confidence is not None and line.confidence < OCR_FUZZY_MIN_CONFIDENCE
        }
        candidates: list[tuple[list[_Piece], _Candidate]] = []
        near: list[tuple[list[_Piece], _Candidate]] = []
        for segment in pieces_by_segment:
            literal = self._literal(segment) + self._shared_heads(segment, text)
            found = _drop_contained(_drop_excluded(literal), max(self.index.max_size, 4), self.index.taxonomy.skills)
            # words inside an excluded phrase ("time-series data") are not typos of anything either
            typos, below = self._fuzzy(segment, found + [c for c in literal if c.entry.negative])
            found.extend(typos)
            if unsure:
                found, untrusted = _trusted(found, segment, unsure)
                below.extend(untrusted)
            candidates.extend((segment, c) for c in found)
            near.extend((segment, c) for c in below)
        wraps = _sentence_wraps(lines, blocks, runs_on, fresh)
        opened = _ITEM_STARTS.set(frozenset(line_starts[i] for i in fresh if i < len(line_starts)))
        try:
            hits, misses = self._resolve(text, candidates, pieces_by_segment, lines, sections, blocks, wraps, fresh, claims=claims)
        finally:
            _ITEM_STARTS.reset(opened)
        for segment, cand in near:
            first, last = segment[cand.first], segment[cand.last]
            misses.append(
                NearMiss(
                    cand.entry.skill,
                    cand.entry.alias.text,
                    text[first.start : last.end],
                    first.start,
                    last.end,
                    first.line,
                    sections[first.line],
                    cand.score,
                    cand.rule,
                )
            )
        return hits, misses

    def _literal(self, segment: list[_Piece]) -> list[_Candidate]:
        index = self.index
        steps = index._steps
        out: list[_Candidate] = []
        count = len(segment)
        for i in range(count):
            key = ""
            for size in range(1, min(index.max_size, count - i) + 1):
                orth = segment[i + size - 1].orth
                key = orth if size == 1 else f"{key} {orth}"
                step = steps.get(key) or index.literal_step(segment[i : i + size])
                last = i + size - 1
                for entry, match, score, rule in step[0]:
                    out.append(_Candidate(entry, i, last, match, score, rule))
                if not step[1]:
                    break
        return _best_per_span(out)

    def _shared_heads(self, segment: list[_Piece], text: str) -> list[_Candidate]:
        """Coordinated words that share one head: "statistical and machine learning models" also says
        "statistical models", "distributed and cloud computing" says "distributed computing", "statistical/predictive
        modelling" says "statistical modelling"; and words that share one modifier: "model training and deployment"
        says "model deployment". Only unambiguous aliases (no context needed, any case) are completed this way."""
        index = self.index
        out: list[_Candidate] = self._shared_modifiers(segment)
        for i in range(len(segment) - 2):
            slashed = segment[i].end < len(text) and text[segment[i].end] == "/" and segment[i + 1].start == segment[i].end + 1
            if not slashed and (i + 3 >= len(segment) or segment[i + 1].lower not in _COORDINATORS):
                continue
            other = i + 1 if slashed else i + 2  # the coordinated word whose head is shared
            if segment[i].line != segment[other].line:
                continue
            if _plural(segment[i]):
                continue  # a plural is a head of its own ("experiments and data analysis"), not a shared modifier
            if not slashed and _DETERMINER_AFTER.match(text, segment[i + 1].end, segment[other].start):
                continue  # a phrase of its own: "the CAT tool and the client portal call" is no "tool call"
            for last in range(other + 1, min(other + 4, len(segment))):
                for size in (1, 2):
                    head = segment[last - size + 1 : last + 1]
                    if last - size + 1 < other + 1:
                        continue
                    between = segment[other : last - size + 1]
                    if any(_plural(a) and b.orth[:1].isupper() and b.orth[1:2].islower() for a, b in itertools.pairwise(between)):
                        continue  # a sentence run on without its stop: "executive and engineering levels Good presentation"
                    if any(p.lower in _PREPOSITIONS and "-" not in text[max(0, p.start - 1) : p.end + 1] for p in between):
                        continue  # "Designed and optimized architectures for document management": no "design document"
                    if segment[i].orth[:1].islower() and sum(p.orth[:1].isupper() for p in between) >= 2:
                        continue  # a body by its name: "the marine forecast and Environment Canada wave models"
                    lower = " ".join([segment[i].lower, *(p.lower for p in head)])
                    lemma_key = " ".join([segment[i].lemma, *(p.lemma for p in head)])
                    for entry in (*index.exact.get(lower, ()), *index.lemma.get(lemma_key, ())):
                        if (
                            _inflected(segment[i])
                            and not _inflected(segment[other])
                            and entry.alias.text.lower().split()[0] != segment[i].lower
                        ):
                            continue  # "financial modelling and deal evaluation" is no "model evaluation"
                        if entry.size == size + 1 and entry.alias.context == "none" and not entry.alias.case:
                            out.append(
                                _Candidate(
                                    entry,
                                    i,
                                    last,
                                    "lemma",
                                    100.0,
                                    f"shared head: {segment[i].orth!r} ... {head[-1].orth!r} as alias {entry.alias.text!r}",
                                )
                            )
        return _best_per_span(out)

    def _shared_modifiers(self, segment: list[_Piece]) -> list[_Candidate]:
        """ "model training and deployment": the modifier with the second head ("model deployment"), when that
        pair is an unambiguous alias of two words."""
        index = self.index
        out: list[_Candidate] = []
        for i in range(len(segment) - 3):
            modifier, coordinator, head = segment[i], segment[i + 2], segment[i + 3]
            if coordinator.lower not in _COORDINATORS or not modifier.line == segment[i + 1].line == head.line:
                continue
            if _plural(segment[i + 1]) and not _plural(head):
                continue  # "Data Structures and Parallelism": heads that differ in number are no pair sharing one modifier
            if _plural(modifier):
                continue  # a plural is a head of its own: "the ranking models fresh and prune removed videos"
            lower, lemma_key = f"{modifier.lower} {head.lower}", f"{modifier.lemma} {head.lemma}"
            for entry in (*index.exact.get(lower, ()), *index.lemma.get(lemma_key, ())):
                if entry.size == 2 and entry.alias.context == "none" and not entry.alias.case:
                    why = f"shared modifier: {modifier.orth!r} ... {head.orth!r} as alias {entry.alias.text!r}"
                    out.append(_Candidate(entry, i, i + 3, "lemma", 100.0, why))
        return out

    def _fuzzy(self, segment: list[_Piece], found: list[_Candidate]) -> tuple[list[_Candidate], list[_Candidate]]:
        """Typo matches at or above the cutoff, and near misses a little below it."""
        if not self.index.fuzzy:
            return [], []
        covered = {i for c in found if c.entry.alias.context == "none" for i in range(c.first, c.last + 1)}
        # a word that needs context to count is no typo itself, but may open one with the next word ("statistical modesl")
        pending = {i for c in found if c.entry.alias.context != "none" for i in range(c.first, c.last + 1)}
        out: list[_Candidate] = []
        below: list[_Candidate] = []
        count = len(segment)
        closest = self.index.closest
        for i, head in enumerate(segment):
            if not head.usable:  # only letters and digits can be part of a typo
                continue
            for last in (i, i + 1):
                if last >= count or i in covered or last in covered or last in pending:
                    continue
                tail = segment[last]
                if not tail.usable or (head.english and tail.english):
                    continue
                if _acronym(head) or _acronym(tail):
                    continue  # "CRUD platform" is spelled on purpose, not a typo of "cloud platform"
                if tail.start - head.end > _TYPO_GAP:
                    continue  # "Web Design - Oct 2021": words set apart by a spaced dash are two items, not one typo
                joined = head.lower if last == i else head.lower + tail.lower
                if len(joined) < MIN_FUZZY_LENGTH:
                    continue
                best = closest(joined, self.fuzzy_cutoff - NEAR_MISS_MARGIN)
                if best is None:
                    continue
                score, entry = best
                alias_words = set(entry.alias.text.lower().split())
                real = None
                if score >= self.fuzzy_cutoff:
                    parts = [p.lower for p in segment[i : last + 1]]
                    if last == i and len(alias_words) > 1:
                        parts = [part.lower() for part in _CAMEL_PART.findall(head.orth)]  # "DataStorm": "data" and "storm"
                        if len(parts) == 1:
                            parts = _glued_parts(joined, entry.alias.text.lower().split())  # "Datastore": "data", "store"
                    real = next((part for part in parts if part not in alias_words and is_common_word(part)), None)
                    if real is None and _DIGIT.search(joined) and not _DIGIT.search(entry.alias.text):
                        real = head.orth if last == i else f"{head.orth} {tail.orth}"  # "product Sensez9": a name
                if score < self.fuzzy_cutoff:
                    why = f"below threshold: fuzzy score {score:.0f} < {self.fuzzy_cutoff:.0f} against alias {entry.alias.text!r}"
                elif real is not None and _DIGIT.search(real):
                    why = f"{real!r} is a name with digits, not a typo of alias {entry.alias.text!r}"
                elif real is not None:  # "offline experiment" is not a typo of "online experiment"
                    why = f"{real!r} is a common word, not a typo of alias {entry.alias.text!r}"
                else:
                    why = f"typo of alias {entry.alias.text!r} (score {score:.0f} >= {self.fuzzy_cutoff:.0f})"
                candidate = _Candidate(entry, i, last, "fuzzy", round(float(score), 1), why)
                if score < self.fuzzy_cutoff or real is not None:
                    below.append(candidate)
                    continue
                out.append(candidate)
                covered.update(range(i, last + 1))
        return out, below

    def _resolve(
        self,
        text: str,
        candidates: list[tuple[list[_Piece], _Candidate]],
        segments: list[list[_Piece]],
        lines: list[str],
        sections: list[str],
        blocks: list[int],
        wraps: frozenset[int] = frozenset(),
        fresh: frozenset[int] = frozenset(),
        *,
        claims: bool = True,
    ) -> tuple[list[SkillHit], list[NearMiss]]:
        taxonomy = self.index.taxonomy
        anchors: dict[int, list[tuple[int, int, str]]] = defaultdict(list)
        words_by_line: dict[int, set[str]] = defaultdict(set)
        pieces_by_line: dict[int, list[_Piece]] = defaultdict(list)
        joined_by_line: dict[int, list[tuple[int, str]]] = defaultdict(list)  # "cross-functional", "ci/cd"
        compounds: set[tuple[int, int]] = set()  # words that are part of another noun ("data models" are schemas)
        for segment in segments:
            for n, piece in enumerate(segment):
                pieces_by_line[piece.line].append(piece)
                if n and (segment[n - 1].lower, piece.lemma) in _OTHER_NOUNS:
                    compounds.add((piece.line, piece.start))
                    continue
                words_by_line[piece.line].update((piece.lower, piece.lemma))
            for first, joined in _joined_words(text, segment):
                joined_by_line[first.line].append((first.start, joined))
                words_by_line[first.line].add(joined)
        for n, line_text in enumerate(lines):
            if _MONEY_AMOUNT.search(line_text):
                words_by_line[n].add(MONEY)
        listed: dict[int, list[tuple[int, int, str]]] = defaultdict(list)
        for segment, cand in candidates:
            skill = taxonomy.skills[cand.entry.skill]
            first = segment[cand.first]
            place = (first.start, segment[cand.last].end, skill.id)
            if skill.anchor:
                # an ordinary word that itself needs context words ("Architectures", "Inference") vouches for no other
                if cand.entry.alias.context != "words":
                    listed[first.line].append(place)
                if cand.entry.alias.context == "none":
                    anchors[first.line].append(place)
        hits: list[SkillHit] = []
        misses: list[NearMiss] = []
        named = frozenset(segment[cand.first].start for segment, cand in candidates)  # where a tool's name begins
        # a line that opens a sentence of its own, after one that ended with a stop: its words say nothing against a word
        # of the sentence before ("... rebuilt its features from GPS pings." over "Packaged the model as a Flask app")
        sentences = fresh | {n for n in range(1, len(lines)) if _ENDS_A_SENTENCE.search(lines[n - 1]) and lines[n][:1].isupper()}
        for segment, cand in candidates:
            alias = cand.entry.alias
            first, last = segment[cand.first], segment[cand.last]
            start, end = first.start, last.end
            neighbours = _block_neighbours(blocks, first.line)
            near = [first.line] if alias.window in ("line", "phrase") else neighbours
            rule = cand.rule
            reason = _rejection(text, segment, cand, sections[first.line], taxonomy.no_evidence_sections, claims=claims, named=named)
            if reason is None and taxonomy.skills[cand.entry.skill].anchor and _written_about(text, start):
                # (the writing itself still shows the skills that are not tools: communication, storytelling)
                reason = "a topic of articles or talks ('an explainer column on topics from transformers to RAG'), not work done with it"
            if reason is None and alias.context != "none" and alias.window == "block" and sections[first.line] == "skills":
                # a skills list or table may wrap a tool onto a line (or cell) of its own
                near = [n for n in range(first.line - 2, first.line + 3) if 0 <= n < len(lines) and sections[n] == "skills"]
            elif reason is None and alias.context != "none" and _item_line(lines[first.line]):
                # a stack listed one tool a line ("Python", "Docker", "AWS"): the items around are its neighbours
                near = _item_run(lines, blocks, first.line)
            own: set[str] = set()
            around: set[str] = set()
            long_line = False
            if reason is None and (alias.unless or alias.context != "none"):
                own = {p.lower for p in segment[cand.first : cand.last + 1]}
                if cand.rule.startswith("shared head"):
                    # "autoregressive and diffusion code generation models": the words between belong to other heads
                    own = {segment[cand.first].lower, *(p.lower for p in segment[cand.last - cand.entry.size + 2 : cand.last + 1])}
                # in a paragraph printed as one long line (a posting, a .docx), context is the words around the match
                long_line = len(pieces_by_line[first.line]) > _LONG_LINE
                around = (
                    # (a match that a comma ends opens no phrase: "Screened literature hits weekly, prepared ... packs")
                    (
                        set()
                        if _ENDS_AT_A_COMMA.match(text, end)
                        else _words_near(pieces_by_line[first.line], joined_by_line[first.line], compounds, start, end)
                    )
                    if alias.window == "phrase"
                    else {
                        w
                        for p in pieces_by_line[first.line]
                        if start - _REACH <= p.start <= end + _REACH and (p.line, p.start) not in compounds
                        for w in (p.lower, p.lemma)
                    }
                    | {w for at, w in joined_by_line[first.line] if start - _REACH <= at <= end + _REACH}
                    if long_line
                    else words_by_line[first.line]
                )
                if alias.window == "line" and not long_line:
                    # the line's sentence wrapped onto the next line, or from the one before, is the same line
                    # ("Collaborated with research, platform," over "and product teams to define the architecture")
                    wrapped = _wrapped_sentence_words(text, pieces_by_line, joined_by_line, compounds, wraps, first.line, start, end)
                    around = around | wrapped
            if reason is None and alias.unless:
                # the words that show the alias means something else here ("Logistic Regression" among classifiers)
                beside = set(around)  # the sentence may wrap: its other lines in the block count too
                # only the match's own sentence: "building features from bureau data, and training default models.
                # You'll also work closely with Product" (in a paragraph, also no further than _REACH from the match)
                low, high, line_start, line_end = _sentence_bounds(text, start, end)
                wraps_back, wraps_on = low == line_start, high >= line_end
                if alias.window != "phrase" and not (wraps_back and wraps_on and not long_line):
                    if long_line:
                        low, high = max(low, start - _REACH), min(high, end + _REACH)
                    beside = {
                        w
                        for p in pieces_by_line[first.line]
                        if low <= p.start <= high and (p.line, p.start) not in compounds
                        for w in (p.lower, p.lemma)
                    } | {w for at, w in joined_by_line[first.line] if low <= at <= high}
                    if alias.window == "line" and not long_line and (wraps_back or wraps_on):
                        beside |= _wrapped_sentence_words(text, pieces_by_line, joined_by_line, compounds, wraps, first.line, start, end)
                for n in neighbours:
                    if n == first.line or _another_item(first.line, n, sentences):
                        continue
                    if (n < first.line and not wraps_back) or (n > first.line and not wraps_on):
                        continue  # a line beyond a full stop of the match's own line
                    beside |= words_by_line[n]
                if (
                    len(pieces_by_line[first.line]) <= _TITLE_WORDS
                    and first.line + 1 < len(lines)
                    and not _ENDS_A_SENTENCE.search(lines[first.line])
                ):
                    beside |= words_by_line[first.line + 1]  # a project's title line is explained by the line under it
                against = next((w for w in sorted(beside - own) if w in alias.unless), None)
                if against is not None:
                    reason = f"beside {against!r}: here it is not the skill"
            word = other = None
            field = ""
            if reason is None and alias.context != "none":
                word = next(
                    (w for n in near for w in sorted((around if n == first.line else words_by_line[n]) - own) if w in alias.words),
                    None,
                )
                in_skills = sections[first.line] == "skills" and (alias.context == "tech" or _whole_item(text, start, end))
                if word is None and (alias.context == "tech" or in_skills):
                    # In a Skills section, any other listed tool confirms ("Forecasting" in a list of skills);
                    # elsewhere an unambiguous skill must, and only for aliases that take tools as context.
                    pool = listed if in_skills else anchors
                    other = next(
                        (
                            s
                            for n in near
                            for (a, b, s) in pool[n]
                            if s != cand.entry.skill
                            and (b <= start or a >= end)
                            and not (long_line and n == first.line and (a > end + _REACH or b < start - _REACH))
                        ),
                        None,
                    )
                listing = word is None and other is None and in_skills and alias.case and _whole_item(text, start, end)
                if listing and _labelled_tool_list(lines[first.line]):
                    field = "a labelled list of tools"  # "Technologies: Java, Scala, Docker, RabbitMQ, Jenkins"
                elif listing and _alone_in_a_column_list(lines, sections, first.line, text[start:end]):
                    field = "a skills list of one item a line"
                elif word is None and other is None and _tools_only_line(text, start, end, listed[first.line], alias.context == "tech"):
                    field = "a line listing tools only"  # "Tableau, Docker" wherever a table's cell landed
                elif (
                    word is None
                    and other is None
                    and not claims
                    and alias.case
                    and alias.context == "tech"
                    and _asked_alone(text, start, end, listed[first.line])
                ):
                    field = "an item of a posting's list"  # "Nice to have" over "- Tableau", "- Experience with Spark"
                if word is None and other is None and not field:
                    reason = (
                        "ambiguous word without context: no nearby " + ("skill or " if alias.context == "tech" else "") + "context word"
                    )
            if reason is not None:
                misses.append(
                    NearMiss(
                        cand.entry.skill, alias.text, text[start:end], start, end, first.line, sections[first.line], cand.score, reason
                    )
                )
                continue
            if alias.context != "none" and field:
                rule += f", confirmed by {field}"
            elif alias.context != "none":
                rule += f", confirmed by nearby {'word ' + repr(word) if word else 'skill ' + repr(other)}"
            match = "implied" if alias.implied else cand.match
            hit = SkillHit(
                cand.entry.skill, alias.text, text[start:end], start, end, first.line, sections[first.line], match, cand.score, rule
            )
            hits.append(hit)
            for implied in (*alias.implies, *taxonomy.skills[cand.entry.skill].implies):
                hits.append(
                    SkillHit(
                        implied,
                        alias.text,
                        hit.text,
                        start,
                        end,
                        first.line,
                        hit.section,
                        "implied",
                        cand.score,
                        f"implied by {cand.entry.skill}",
                        implied_by=cand.entry.skill,
                    )
                )
        hits.sort(key=lambda h: (h.start, h.end, h.skill))
        return hits, misses


def _sentence_wraps(lines: Sequence[str], blocks: Sequence[int], runs_on: frozenset[int], fresh: frozenset[int]) -> frozenset[int]:
    """The lines whose sentence goes on at the start of the next line: wrapped prose of one paragraph (a long line,
    or one a narrow column wrapped) that ends in no stop, into a line that opens no item or sentence of its own."""
    out: set[int] = set()
    for i in range(len(lines) - 1):
        if blocks[i] != blocks[i + 1] or i + 1 in fresh or not lines[i + 1].strip():
            continue
        if _goes_on(lines[i].rstrip(), i, runs_on, ".;:!?|"):  # a comma goes on with its sentence
            out.add(i)
    return frozenset(out)


def _wrapped_sentence_words(
    text: str,
    pieces_by_line: dict[int, list[_Piece]],
    joined_by_line: dict[int, list[tuple[int, str]]],
    compounds: set[tuple[int, int]],
    wraps: frozenset[int],
    line: int,
    start: int,
    end: int,
) -> set[str]:
    """The words of the match's sentence on the lines it wraps onto or from, as near the match as the words of a line
    are (``_WRAPPED_REACH`` characters)."""
    words: set[str] = set()
    begin, stop = line, line
    while begin - 1 in wraps and line - begin < _WRAPPED_LINES:
        begin -= 1
    while stop in wraps and stop - line < _WRAPPED_LINES:
        stop += 1
    if begin == stop:
        return words
    first_start = pieces_by_line[begin][0].start if pieces_by_line.get(begin) else start
    last_end = pieces_by_line[stop][-1].end if pieces_by_line.get(stop) else end
    before = [m.end() for m in _SENTENCE_STOP.finditer(text, first_start, start)]
    after = _SENTENCE_STOP.search(text, end, last_end)
    low, high = (before[-1] if before else first_start), (after.start() if after else last_end)
    low, high = max(low, start - _WRAPPED_REACH), min(high, end + _WRAPPED_REACH)
    for n in range(begin, stop + 1):
        if n == line:
            continue
        for p in pieces_by_line.get(n, ()):
            if low <= p.start < high and (p.line, p.start) not in compounds:
                words.update((p.lower, p.lemma))
        words.update(w for at, w in joined_by_line.get(n, ()) if low <= at < high)
    return words


def _joined_words(text: str, segment: Sequence[_Piece]) -> Iterator[tuple[_Piece, str]]:
    """The words that a hyphen or slash joins pieces into ("cross-functional", "ci/cd", "end-to-end" and its parts
    "end-to", "to-end"), each with its first piece: context and unless words of the taxonomy may be such words."""
    run = 0  # pieces joined so far to the one before the current piece
    for n in range(1, len(segment)):
        before, piece = segment[n - 1], segment[n]
        if piece.start != before.end + 1 or text[before.end] not in _WORD_JOINERS or piece.line != before.line:
            run = 0
            continue
        run += 1
        for first in segment[n - run : n]:
            head = text[first.start : piece.start].lower().translate(_ONE_HYPHEN)
            yield first, head + piece.lower
            if piece.lemma != piece.lower:
                yield first, head + piece.lemma


_WORD_JOINERS = frozenset("-/\u2010\u2011")
_ONE_HYPHEN = str.maketrans("\u2010\u2011", "--")


_WRAPPED_LINES = 2  # lines a sentence may wrap over, either way of the match
_WRAPPED_REACH = 40
_SENTENCE_STOP = re.compile(r"[.;!?](?=\s)")


def _block_neighbours(blocks: Sequence[int], index: int) -> list[int]:
    """Line ``index`` and the lines of its block just before and after it. Those are usually the lines beside it;
    a date column read between the two lines of a wrapped bullet puts lines of another block in between."""
    out = [index]
    for step in (-1, 1):
        n = index + step
        while 0 <= n < len(blocks) and abs(n - index) <= _BLOCK_REACH:
            if blocks[n] == blocks[index]:
                out.append(n)
                break
            n += step
    return sorted(out)


_BLOCK_REACH = 3


def _sentence_bounds(text: str, start: int, end: int) -> tuple[int, int, int, int]:
    """Where the sentence holding text[start:end] begins and ends within its line, and where that line begins and ends."""
    line_start = text.rfind("\n", 0, start) + 1
    line_end = text.find("\n", end)
    line_end = len(text) if line_end < 0 else line_end
    low = max((m.end() for m in _FULL_STOP.finditer(text, line_start, start)), default=line_start)
    stop = _FULL_STOP.search(text, end, line_end)
    return low, stop.start() if stop else line_end, line_start, line_end


_FULL_STOP = re.compile(r"(?<=[a-z)\d]{2})[.!?](?=\s)")
_ENDS_A_SENTENCE = re.compile(r"[a-z)\d]{2}[.!?][\"”’']?\s*$")


def _another_item(line: int, other: int, fresh: frozenset[int]) -> bool:
    """Whether line ``other`` is in another item of a list than ``line``: a bullet or a new sentence opens between
    them ("- Define A/B tests on our experimentation platform" over "- Engineer features from viewing sessions")."""
    low, high = min(line, other), max(line, other)
    return any(k in fresh for k in range(low + 1, high + 1))


# a context word that, after this word, names something else: a "data model" is a schema, not a trained model
_OTHER_NOUNS = frozenset({("data", "model")})
# a line of more pieces than this is a paragraph: its context words must be within _REACH characters of the match
_LONG_LINE = 40
_REACH = 200
_PHRASE_REACH = 6  # words after a match that make the phrase it opens ("Weekly sales and stock-cover reports")


def _words_near(
    pieces: Sequence[_Piece], joined: Sequence[tuple[int, str]], compounds: Collection[tuple[int, int]], start: int, end: int
) -> set[str]:
    """The words (and their lemmas) of the phrase the match opens: up to six words after it on its line."""
    inside = [n for n, p in enumerate(pieces) if start <= p.start < end]
    if not inside:
        return set()
    after = [n for n in range(inside[-1] + 1, len(pieces)) if pieces[n].lower[:1].isalnum()][:_PHRASE_REACH]  # words, not marks
    span = pieces[inside[0] : (after[-1] if after else inside[-1]) + 1]
    words = {w for p in span if (p.line, p.start) not in compounds for w in (p.lower, p.lemma)}
    return words | {w for at, w in joined if span[0].start <= at <= span[-1].start}


_MONEY_AMOUNT = re.compile(
    r"(?:(?:[$£€¥₹]|(?<![\w$])(?:US|A|C|NZ|S|HK|R)\$)\s?|\b(?:USD|EUR|GBP|CHF|AUD|CAD|NZD|SGD|HKD|INR|JPY|CNY|ZAR|BRL|MXN|SEK|NOK"
    r"|DKK|PLN|KES|NGN|AED)\s?)\d"
    r"|\d(?:[\d.,]*\d)?\s?(?:[kKmM]|bn|Mio\.?|Mrd\.?|million|billion|thousand)?\s?(?:[€£$]|(?:EUR|USD|GBP|CHF|PLN|euros?|dollars|pounds)\b)"
)
"""An amount of money (:data:`gapcheck.taxonomy.MONEY`): "$340K", "£410k", "EUR 38k", "US$2m", "1,2 Mio. €", "40k euros"."""

_ENDS_AT_A_COMMA = re.compile(r"[ \t]*[,;]")

_TITLE_WORDS = 8
"""A line of at most this many words may be a title, which the line under it explains."""

_ITEM_BREAK = re.compile(r"[,;|•·/\n]")


def _labelled_tool_list(line: str) -> bool:
    """Whether ``line`` is a labelled list of tools (:func:`gapcheck.positions.tools_field`) of three items or more
    under a short label: "Technologies: Java, Scala, Docker"."""
    label, _, rest = line.partition(":")
    return tools_field(line) and len(label.split()) <= 4 and len(_LIST_SEPARATOR.split(rest)) >= 3


def _alone_in_a_column_list(lines: Sequence[str], sections: Sequence[str], index: int, match: str) -> bool:
    """Whether the match is a line of its own in a skills list printed one item a line ("HTML 5", "REACT", "PYTHON",
    "MS EXCEL"), each item perhaps a box of its own: the list says what it is."""
    if lines[index].strip(" \t•●▪-–*") != match:
        return False
    return len(_items_around(lines, index, lambda n: sections[n] == "skills")) >= _COLUMN_LIST_ITEMS


_COLUMN_LIST_ITEMS = 3


def _whole_item(text: str, start: int, end: int) -> bool:
    """Whether the match is a whole item of a list ("Forecasting" in "SQL, Forecasting, Tableau"). A match that opens
    a line under a comma list that did not end its item ("NetSuite, Adaptive" over "Insights, PowerPoint") ends that
    item, so it is no whole one."""
    before = text[max(0, start - 80) : start]
    after = text[end : end + 80]
    head = _ITEM_BREAK.split(before)[-1]
    tail = _ITEM_BREAK.split(after)[0]
    if head.strip(" \t-–—*") or tail.strip(" \t."):
        return False
    stripped = before.rstrip(" \t")
    if not stripped.endswith("\n"):
        return True  # not at the start of a line
    last_line = stripped[:-1].rsplit("\n", 1)[-1]
    return not (_LIST_SEPARATOR.search(last_line) and not _ITEM_BREAK.match(last_line.rstrip()[-1:]))


_LIST_SEPARATOR = re.compile(r"[,;|]")


def _tools_only_line(text: str, start: int, end: int, places: Sequence[tuple[int, int, str]], tool: bool) -> bool:
    """Whether the match's line is nothing but two or more capitalised tools' names between commas, slashes or bars
    ("Tableau, Docker"), or for a ``tool`` (an alias any tool confirms) perhaps beside other products' names the
    taxonomy does not hold ("Azure (ADLS Gen2, Data Factory), Docker, Airflow."): such a line leaves no room for an
    ordinary word's sense, whatever section it landed in."""
    line_start, line = _line_around(text, start, end)
    tools = {(a - line_start, b - line_start) for a, b, _ in places}
    items = [
        (m.start() + len(m[0]) - len(m[0].lstrip(" \t•·-")), m.end() - len(m[0]) + len(m[0].rstrip(" \t.")))
        for m in _TOOL_ITEM.finditer(line)
        if m[0].strip(" \t•·-.")
    ]
    named = sum((a, b) in tools for a, b in items)
    # (two items, one of them no tool, may be a title and its team: "Machine Learning Engineer, Recommendations")
    enough = named == len(items) or (tool and len(items) >= _TOOL_ITEMS)
    return named >= 2 and enough and all(b > a and _PRODUCT_NAME.fullmatch(line, a, b) for a, b in items)


_TOOL_ITEMS = 3


_TOOL_ITEM = re.compile(r"[^,;|/()]+")
# a product's name: up to three words, each capitalised or holding a digit ("ADLS Gen2", "Data Factory", "Airflow")
_PRODUCT_NAME = re.compile(r"(?:[A-Z][\w.+#-]*|[\w.+#-]*\d[\w.+#-]*)(?:\s+(?:[A-Z][\w.+#-]*|[\w.+#-]*\d[\w.+#-]*)){0,2}")


def _asked_alone(text: str, start: int, end: int, places: Sequence[tuple[int, int, str]]) -> bool:
    """Whether a tool's name is a posting's list item of its own, with nothing but other tools' names and the
    words that ask for them ("- Tableau", "• Experience with Spark", "| Tableau | Preferred |", "- Ray or Spark"): an
    item a job ad lists is the tool, while "Spark OES or XRF" (a spectrometer) says more."""
    if not text[start].isupper():
        return False
    line_start, line = _line_around(text, start, end)
    if _BULLET_ONLY.fullmatch(line, 0, start - line_start) and _PURPOSE_AFTER.match(text, end):
        return True  # the item opens with it and says what it is for: "- Tableau for sharing results with planners"
    spans = sorted({(a - line_start, b - line_start) for a, b, _ in places} | {(start - line_start, end - line_start)})
    rest, at = [], 0
    for a, b in spans:
        rest.append(line[at:a])
        at = max(at, b)
    rest.append(line[at:])
    # (an aside after the item says more about it: "• Tableau (some of our brand team still use it)")
    words = _ASKED_WORD.findall(_ITEM_ASIDE.sub(" ", " ".join(rest)).lower())
    return len(words) <= _ASKED_WORDS_MAX and all(w in _ASKING for w in words)


_ASKED_WORD = re.compile(r"[^\W\d_]+")
_BULLET_ONLY = re.compile(r"[\s\-–—•*·▪◦+>]*")
_PURPOSE_AFTER = re.compile(r",?[ \t]+for[ \t]+(?:the[ \t]+|our[ \t]+)?[a-z]")
_ITEM_ASIDE = re.compile(r"\([^()]*\)")
_ASKED_WORDS_MAX = 4
# the words that ask for an item of a posting's list ("Experience with", "Knowledge of", "| Preferred |")
_ASKING = frozenset(
    {"experience", "with", "in", "of", "knowledge", "familiarity", "familiar", "exposure", "to", "or", "and", "plus"}
    | {"proficiency", "preferred", "required", "bonus", "desirable", "essential", "optional", "nice", "have", "a", "an"}
    | {"solid", "strong", "good", "working", "hands", "on", "e", "g", "eg"}
)
_CLAIM_BREAK = re.compile(r"[,;|•·/:()]|\s[-–—]\s|\s&\s|\sand\s")
_CLAIM_WORDS = 3
"""An item of at most this many words ("Effective Communication") names a quality; a longer one says what was done."""
# sections that tell the work done: a quality named there on its own counts unless it is one of a list of them
_WORK_SECTIONS = frozenset({"experience", "projects", "research", "publications"})
# a list that is what these verbs did is a list of duties ("Managed client communication, revisions, and delivery")
_DUTY_VERBS = frozenset(
    {"managed", "managing", "handled", "handling", "coordinated", "coordinating", "oversaw", "overseeing", "owned", "led"}
    | {"leading", "ran", "running", "facilitated", "facilitating", "ensured", "ensuring"}
)
_FIRST_WORD = re.compile(r"[^\W\d_]+")


def _duty(words: str) -> bool:
    """Whether ``words`` open with a verb of a duty done."""
    first = _FIRST_WORD.search(words)
    return first is not None and first.group(0).lower() in _DUTY_VERBS


def _claimed(text: str, begin: int, stop: int, section: str) -> bool:
    """Whether the match is a quality claimed in a list ("Problem Solving | Communication | Adaptability") or a short
    line outside the sections of work ("Effective Communication" among volunteering lines). A degree's line names its
    subject ("B.A. Communications, Arizona State University, 2015"), no claim."""
    if section == "education":
        return False
    line_start, line = _line_around(text, begin, stop)
    at, to = begin - line_start, stop - line_start
    head = _CLAIM_BREAK.split(line[:at])[-1]
    tail = _CLAIM_BREAK.split(line[to:])[0]
    if len(f"{head}{line[at:to]}{tail}".split()) > _CLAIM_WORDS:
        return False
    if section in _WORK_SECTIONS and (_duty(line) or _duty(head)):
        return False
    return section not in _WORK_SECTIONS or len(_LIST_SEPARATOR.split(line)) >= 3


# a reference's authors and year before its title, wherever it is printed: "Byrne, A., Kowalczyk, P. & Reid, S. (2025). A
# Bayesian observer model of confidence in working memory. Poster"
_AUTHOR = r"[A-Z][\w'’-]+,\s+[A-Z]\.(?:\s*[A-Z]\.)*"
_CITED = re.compile(rf"\W*{_AUTHOR}(?:,\s+{_AUTHOR})*(?:,?\s+(?:&|and)\s+{_AUTHOR})?\s*\((?:19|20)\d\d[a-z]?\)\.\s")


def _rejection(
    text: str,
    segment: Sequence[_Piece],
    cand: _Candidate,
    section: str,
    no_evidence: frozenset[str],
    *,
    claims: bool = True,
    named: Collection[int] = (),
) -> str | None:
    """Why a literal match is not a skill whatever its context (a near miss), or None. ``named``: the offsets where
    other skills' names begin (a tool followed by another tool is no first name)."""
    alias = cand.entry.alias
    if section in no_evidence and not alias.listed_act:
        return f"in a {section} section: titles of papers and talks name topics, not work done"
    begin, stop = segment[cand.first].start, segment[cand.last].end
    if not alias.listed_act and _CITED.match(text, _line_start(text, begin), begin):
        return "in a reference to a paper or a poster (authors and year before it): a title names a topic, not work done"
    # a tool's name that is also an ordinary word, in its own capitals ("Python", "Spark", "Dash"): a name of something
    # else when a quote, a year, a brand or "The" goes with it
    common_name = alias.case and cand.first == cand.last and is_common_word(alias.text.lower())
    if cand.rule.startswith("spacing variant") and begin >= 2 and text[begin - 1] in "-‐" and text[begin - 2].isalnum():
        return "the end of a hyphenated word run into the next one ('a start-up selling ...' is no upselling)"
    # (in a skills list too when a year follows, a work's title: '“Python” (2020) – editor' in an editor's credits)
    if common_name and _FIRM_AFTER.match(text, stop):
        return "a firm's name ('Spark & Needle Tattoo Co.'), not the tool"
    if common_name and _VESSEL_BEFORE.search(text, max(0, begin - _REACH), begin):
        return "a ship's name ('M/T Aegean Spark'), not the tool"
    named_team = _TEAM_NAMED_FOR_IT.match(text, stop) and (
        cand.entry.skill == "machine_learning"
        or (text[begin:stop][:1].isupper() and _THE_BEFORE_NAME.search(text, max(0, begin - 10), begin))
        or _THE_QUALIFIED_BEFORE.search(text, max(0, begin - 30), begin) is not None
    )
    if (
        named_team or (cand.entry.skill == "machine_learning" and _TEAM_NAMED_BEFORE_IT.search(text, max(0, begin - 20), begin))
    ) and not _OWN_TEAM_BEFORE.search(text, max(0, begin - 60), begin):
        return "the name of a team others are in ('alongside the pricing ML team, who own the surge model'), not work done"
    if common_name and _PET_AFTER.match(text, stop):
        return "a pet's name ('Python the shop cat'), not the tool"
    if common_name and _ORGANISATION_AFTER.match(text, stop):
        return "the name of an organisation told by what it is ('Spark Northwest, a tenant advocacy group'), not the tool"
    if common_name and _FIRM_NAMED_BEFORE.search(text, max(0, begin - 40), begin):
        return "a firm named by what it is to the person ('data ingested from our partner Spark'), not the tool"
    if common_name and _OPERATION_BEFORE.search(text, max(0, begin - 40), begin):
        return "the code name of an operation or exercise ('Operation Python'), not the tool"
    if common_name and (section != "skills" or _TITLE_YEAR.match(text, stop + 1)) and _quoted_name(text, begin, stop):
        return "a name in quotes ('“Python”, the bank's new teller system', 'the rooftop \"Python Bar\"'), not the tool"
    if cand.entry.skill == "dashboards" and _looked_at_only(text, begin, stop):
        return "a dashboard only used or watched ('use the account health dashboard to spot risks'), not one built"
    if cand.entry.skill == "dashboards" and _FEEDS_A_DASHBOARD.search(_sentence_before(text, begin, wrapped=_WRAPPED_LINES)):
        return "a dashboard the person's service feeds ('REST endpoints for the QA dashboard'), not one built"
    if not alias.case and cand.first == cand.last and section != "skills" and _scare_quoted(text, begin, stop):
        return "an ordinary word in quotes ('the shop ‘dashboard’ – the blackboard by the door'): a figure of speech, not the skill"
    if text.startswith("-free", stop) and not text[stop + 5 : stop + 6].isalnum():
        return "said to be absent ('python-free gardens', 'a Docker-free setup'), not used"
    if _ABSENT.search(text, max(0, begin - _ABSENT_REACH), begin) or (
        _NONE_OPENING.search(_sentence_before(text, begin)) and not _TEST_RESULT.match(text, begin)
    ):
        return "said to be absent ('on air-gapped servers with no GPUs', 'without Docker', 'Geen A/B-testen: ...'), not used"
    if claims and alias.claim and _claimed(text, begin, stop, section):
        return "a quality claimed in a list ('Communication, Teamwork'): it describes the person, it shows no work"
    # a tool alone on its line of a skills list ("Figma" over "GitHub" under "TOOLS") is that tool, not a link
    listed_alone = section == "skills" and len(_WORD.findall(_line_around(text, begin, stop)[1])) == 1
    if not listed_alone and _link_labels(text, begin, stop):
        return "a line of profile links ('Email  GitHub  LinkedIn')"
    # a posting's opening lines are read as a "header" too, but only a resume's header holds its profile links
    if section != "skills" and _names_a_repository(text, begin, stop):
        return "a link's label naming the work it leads to ('GitHub: AlphaEarth Climate Monitoring'), not the tool"
    if not listed_alone and _site_label(text, begin, stop, in_header=claims and section in _CONTACT_SECTIONS):
        return "a link's label ('Churn model | GitHub', 'LinkedIn | GitHub' under the name): where work is kept, not the tool"
    if alias.case and cand.first == cand.last and _spelled_out_before(text, begin, stop):
        return "an abbreviation of the name before it ('Kuwait Petroleum International (KPI)')"
    if _in_an_institutions_name(text, begin, stop):
        return "part of an institution's name ('Department of Biostatistics', 'Yandex School of Data Analysis')"
    if common_name and _EDITION_YEAR.match(text, stop):
        return "an event named with its year ('Coordinator, Spark 2024 — the college technical fest'), not the tool"
    if common_name and _BRAND_NAMED.match(text, stop):
        return "a brand's or a programme's name ('the Dash prepaid brand', 'Spark, our cashback programme'), not the tool"
    if (
        alias.case
        and alias.text in _UNIT_LOOKALIKES
        and _A_QUANTITY.search(text, max(0, begin - 8), begin)
        and not _ML_THING.match(text, stop)
    ):
        return "a unit after a number ('473 ML cans': millilitres), not the skill"
    if _THE_NAME.search(text, max(0, begin - 8), begin) and (common_name or (text[begin].isupper() and _NAME_EXPLAINED.match(text, stop))):
        # (any tool's words in capitals, when what it is follows: "Worked on The Random Forest, a play trail")
        return "a name with 'The' before it ('The Spark Room and The Python', two bars), not the tool"
    if begin >= 1 and text[begin - 1] == "/" and (begin < 2 or text[begin - 2] in " \t\n("):
        return "a part of a path ('a /predict REST endpoint'), not the skill"
    if _in_a_date(text, begin, stop):
        return "part of a date ('Jan 2025 - Present', 'Nov-2021 – present Data Scientist')"
    if alias.figures and (counted := _counted_thing(text, begin, stop)) is not None:
        return f"the figures of {counted} ('survey statistics', 'circulation statistics'), not the field"
    if claims and alias.act and _purpose_of_a_build(text, begin):
        return "what a thing built is for ('a web application to analyse data'): the thing does it, not the person"
    if claims and section in _PROFILE_SECTIONS and _hoped_for(text, begin):
        return "what the person hopes to work with ('would like to work with machine learning'), not work shown"
    if alias.case and cand.first == cand.last and _PEOPLE_NAMED_BEFORE.search(text, max(0, begin - 40), begin):
        return "a person's name ('mentor two new-grad engineers (Ray and Priya)'), not the tool"
    if alias.case and cand.first == cand.last and _VENUE_AFTER.match(text, stop):
        return "the name of a place or a band ('the swing band Python Lounge', 'Python Room Studios'), not the skill"
    if alias.case and _OLD_WORK_YEAR.match(text, stop):
        return "a work's title with the year it was made ('Hartlieb's Python (1887)'), not the skill"
    if _IMPOSSIBLE_AFTER.match(text, stop):
        return "said right after it to be impossible or scoped out ('a live A/B test is impossible', 'agentic form-filling was scoped out')"
    if _NOT_MINE_AFTER.match(text, stop) or _DENIED_AFTER.match(text, stop):
        return "said after it not to be the person's ('Python: not my tool')"
    if alias.case and cand.first == cand.last and _ONE_DESCRIBED.match(text, stop):
        return "a name that a description follows ('walk Spark, the harbour's collie', 'Ray, our lighting designer')"
    if _NAMED_AFTER.search(text, max(0, begin - 30), begin):
        return "a name given after it ('a cat named after the Python act'), not the skill"
    if _ROOMS_NAMED.search(text, max(0, begin - 80), begin):
        return "the name of a room ('our meeting rooms (Bayes, Lovelace and Jupyter)'), not the skill"
    if _EVENT_NAMED.match(text, stop):
        return "an event named after it ('our PyTorch community nights', 'a machine learning seminar series'), not the skill"
    if (
        _AGREEMENT_WITH.search(text, max(0, begin - _AGREEMENT_REACH), begin)
        or _LISTED_AS_LICENCES.search(text, max(0, begin - _AGREEMENT_REACH), begin)
        or _LICENCES_AFTER.match(text, stop)
    ):
        return "a party to an agreement or a product licensed ('hosting agreements with AWS', 'Tableau licences'), not the skill"
    if _titled_talk_or_paper(text, begin, stop):
        return "the title of a talk or a paper in quotes ('“Causal inference per il pricing”, PyData Milano'): a topic, not work"
    if claims and _others_work(text, begin, stop):
        return "another party's work ('the cloud team runs the Kubernetes cluster', 'Kubernetes is run by the platform team')"
    sentence_end = _sentence_end(text, stop)
    if _TURNED_DOWN.search(text, stop, sentence_end) or (
        _WEIGHED.search(_sentence_before(text, begin, wrapped=_WRAPPED_LINES))
        and (_KEPT_INSTEAD.search(text, stop, sentence_end) or _KEPT_NEXT.match(text, stop))
    ):
        return "weighed and turned down ('looked at AKS and decided we did not need Kubernetes', 'we decided against it')"
    if (
        _CALLED.search(text, max(0, begin - 20), begin)
        or (alias.case and cand.first == cand.last and _THE_QUOTED.search(text, max(0, begin - 8), begin))
    ) and _QUOTE_AFTER.match(text, stop):
        return "a word in quotes as a name ('our linguists are called “agents” in the portal', \"the 'Python' (chilli-glazed pork belly)\")"
    if claims and alias.context == "words" and _scare_quoted(text, begin, stop, explained=False):
        return "an ordinary word in quotes, used in another sense (\"the appointment 'forecasts' in the booking system\")"
    if (
        _SAID_NOT_DONE.search(text, max(0, begin - 60), begin)
        or _NOT_ALLOWED.match(text, stop)
        or _none_permitted(text, begin, stop)
        or _NOT_YET_AFTER.match(text, stop)
    ):
        return "said not to be done ('judged on holdout loss, not with an A/B test', 'without Docker')"
    if cand.first == cand.last and segment[cand.first].lemma == "mentor" and _NAMED_AFTER_A_COLON.match(text, stop):
        return "a label naming one's own mentors ('Mentors: Michael Pacchioli, Vera Tobin'), not mentoring"
    if alias.context == "none":
        return None
    if alias.case and _names_a_person(text, segment, cand.first, cand.last, named, alias.words):
        return "a person's name: followed by a surname, or by a name after 'manager', 'Dr', ..."
    if alias.case and _middle_initial(text, segment, cand.first, cand.last):
        return "a middle initial ('John R. Smith')"
    if alias.case and _first_initial(text, begin, stop):
        return "a first initial after a title or in a list of authors ('Dr. R. Okafor', 'M. Lindqvist, R. Shah')"
    if alias.case and _split_word(text, begin, stop):
        return "the first letter of a word printed apart ('R esponsive', 'C ollaboration')"
    if alias.case and _bracketed_prefix(text, begin, stop):
        return "a bracketed first letter of a word ('(R)DBMS': relational or not)"
    if alias.case and _names_an_organization(segment, cand.first, cand.last):
        return "part of an organization's name: followed by 'LP', 'Inc', 'Capital', ..."
    if (
        cand.first == cand.last
        and text[begin - 1 : begin] in _HYPHENS
        and text[begin - 2 : begin - 1].isalnum()
        and not _VERB_PREFIX.search(text, max(0, begin - 5), begin - 1)
    ):
        return "the end of a hyphenated word ('X-Ray'; 'Re-analysed' is the word with a prefix)"
    if stop - begin <= 2 and text[stop : stop + 1] in _HYPHENS and text[stop + 1 : stop + 2].isalnum():
        return "the start of a hyphenated word ('R-CNN')"
    if stop - begin <= 2 and text[stop : stop + 1] == "$" and text[begin:stop].isupper():
        return "a currency ('R$ 10,000', 'C$')"
    if stop - begin == 1 and text[begin:stop].isupper() and _AMOUNT_AFTER.match(text, stop):
        return "a currency before an amount ('from R 18 500', 'R12,000 a month')"
    if stop - begin == 1 and text[begin:stop].isupper() and _CODE_AFTER.match(text, stop):
        return "a letter of a code or number ('DHIA herd code R 35-0412', 'unit R-12')"
    if stop - begin == 1 and (_DOTTED_BEFORE.fullmatch(text[max(0, begin - 2) : begin]) or _DOTTED_AFTER.match(text, stop)):
        return "a letter of an abbreviation ('C.A.R.')"
    if stop - begin == 1 and (_LETTERS_BEFORE.search(text, max(0, begin - 40), begin) or _LETTERS_AFTER.match(text, stop)):
        return "a letter among letters ('fare buckets Y, B, M, H and R')"
    if _serves_people(text, segment, cand.first, cand.last):
        return "serving people: followed by users, customers, ..."
    return None


# sections where a person speaks of themselves, not of work done (a volunteer role's "plans to ..." is work)
_PROFILE_SECTIONS = frozenset({"header", "summary", "interests", "skills", "sidebar"})
# a wish, an interest, a plan or a study under way ahead of the skill in its sentence: "gained an interest in Machine Learning", "Wants to
# work with", "I will be starting my journey at Boston University to pursue a degree ... focus on AI and machine learning"
_HOPE = re.compile(
    r"\b(?:interest(?:ed)?\s+in|would\s+(?:like|love)\s+to|wants?\s+to|hop(?:e|es|ing)\s+to|aspir(?:e|es|ing)\s+to|"
    # ... or the way the person wants to go: "Looking to grow into MLOps (Kubernetes, model monitoring)"
    r"looking\s+to|(?:keen|eager)\s+to|grow(?:ing)?\s+into|next\s+on\s+my\s+list|"
    r"plan(?:s|ning)?\s+to|intend(?:s|ing)?\s+to|will\s+(?:be\s+)?(?:start|starting|begin|beginning|pursue|pursuing|study|studying)|"
    # ... or is learning now: "Currently learning Python and machine learning on weekends", "teaching myself SQL"
    r"currently\s+(?:learning|studying)|(?:i\s+am|i['’]m)\s+(?:learning|studying)|teaching\s+myself)\b",
    re.IGNORECASE,
)


# a thing built, then what it is for, up to the match: "a web application to visualise and ", "scanner powered by
# Gemini API to extract and ", "application for collecting, " (not the person's means: "a forecasting system using
# Prophet, XGBoost and statistical modeling techniques to analyze historical business trends")
_PURPOSE = re.compile(
    r"\b(?:app|apps|application|applications|web\s?app|website|tool|platform|software|scanner|system|dashboard|interface|ui|"
    r"bot|chatbot|extension|service|engine|pipeline)\b(?:(?!\busing\b)[^.;:]){0,80}?\b(?:to|for|that|which)\s+"
    r"(?:(?:helps|help|lets|let|allows|allow|enables|enable)\s+(?:\w+\s+){1,3}?(?:to\s+)?)?(?:[a-z]+(?:,\s*|\s+and\s+|\s+or\s+)){0,3}$",
    re.IGNORECASE,
)


def _purpose_of_a_build(text: str, begin: int) -> bool:
    """Whether the sentence up to ``begin``, wrapped over up to two lines before it, names a thing built and then what
    it is for."""
    return bool(_PURPOSE.search(_sentence_before(text, begin, wrapped=_WRAPPED_LINES)))


def _hoped_for(text: str, begin: int) -> bool:
    """Whether the sentence up to ``begin``, wrapped over up to two lines before it, says what the person wishes
    for, is interested in or plans."""
    return bool(_HOPE.search(_sentence_before(text, begin, wrapped=_WRAPPED_LINES)))


def _sentence_before(text: str, begin: int, *, wrapped: int = 0) -> str:
    """The sentence that ``text[begin]`` is in, up to ``begin``: from its line's start, or from up to ``wrapped``
    lines before it, and from the last sentence stop."""
    before = text[_line_start(text, begin, back=wrapped) : begin].replace("\n", " ")
    return before[max((m.end() for m in _SENTENCE_STOP.finditer(before)), default=0) :]


def _line_start(text: str, begin: int, *, back: int = 0) -> int:
    """The offset where the line holding ``text[begin]`` starts, or the line ``back`` lines before it (never back past
    the start of a bullet or of an item of its own: "... for the Kanzlei admins" over "• The platform team moved ...")."""
    start = text.rfind("\n", 0, begin) + 1
    items = _ITEM_STARTS.get()
    for _ in range(back):
        if start in items:
            break
        start = text.rfind("\n", 0, max(0, start - 1)) + 1
    return start


# where the lines that open an item of their own (a bullet, a line after one that stopped short) start in the text
# being matched
_ITEM_STARTS: ContextVar[frozenset[int]] = ContextVar("item_starts", default=frozenset())


def _in_an_institutions_name(text: str, begin: int, stop: int) -> bool:
    """Whether text[begin:stop] is a capitalised word of a school's, department's or centre's name that runs up to it
    ("European Center for Advanced Research in Economics and Statistics"): a place of study or work, not the skill."""
    if not text[begin:stop][:1].isupper():
        return False
    previous = _line_start(text, begin, back=1)  # a name wrapped onto the match's line
    return _INSTITUTION_NAME.search(text, previous, begin) is not None or _NAME_RUNS_ON.match(text, stop) is not None


# "School of", "Department of", "Center for", then capitalised words (and the small words of a name) up to the match
_INSTITUTION_NAME = re.compile(
    r"\b(?:School|Department|Dept\.?|Institute|Faculty|Centre|Center|College|Division|Laboratory|Academy|Bureau|Office)\s+(?:of|for)\s+"
    r"(?:(?:[A-Z][\w'’.-]*|and|&|of|in|for|the)\s+)*$"
)


# ... or capitalised words from the match to a school's or a body's noun: "Thomas A. Edison CTE High School", "the
# Python Software Foundation"
_NAME_RUNS_ON = re.compile(
    r"(?:[ \t]+[A-Z][\w'’.-]*){0,2}[ \t]+"
    r"(?:High[ \t]+School|School|University|College|Institute|Academy|Office|Bureau|Foundation|Association|Society)\b"
)


def _spelled_out_before(text: str, begin: int, stop: int) -> bool:
    """Whether text[begin:stop] is an acronym in parentheses right after the words it abbreviates ("Kuwait Petroleum
    International (KPI)"): it names what those words name (a skill's own words match by themselves)."""
    if text[begin - 1 : begin] != "(" or text[stop : stop + 1] not in (")", "s"):
        return False
    letters = text[begin:stop].removesuffix("s")
    if not (2 <= len(letters) <= _ACRONYM_LETTERS and letters.isalpha() and letters.isupper()):
        return False
    line_start = _line_start(text, begin)
    before = text[line_start : begin - 1]
    if not before.strip() and line_start > 0:  # "(KPI)" wrapped to the start of the next line
        before = text[_line_start(text, begin, back=1) : line_start - 1]
    words = _WORD.findall(before)
    significant = [word for word in words if word.lower() not in _NAME_CONNECTORS]
    return any(
        len(candidates) >= len(letters) and "".join(word[0] for word in candidates[-len(letters) :]).upper() == letters
        for candidates in (words, significant)
    )


_NAME_CONNECTORS = frozenset({"of", "and", "for", "the", "de", "du", "la", "von"})


_DIGIT = re.compile(r"\d")
_PREPOSITIONS = frozenset({"for", "of", "in", "on", "with", "to", "from", "by", "at", "into", "over", "across"})


def _acronym(piece: _Piece) -> bool:
    """A short word in capitals ("CRUD", "ETL", plural "SMEs"): an acronym, which nobody mistypes into another word."""
    letters = piece.orth[:-1] if piece.orth.endswith("s") else piece.orth
    return 2 <= len(letters) <= _ACRONYM_LETTERS and letters.isupper() and letters.isalpha()


_ACRONYM_LETTERS = 5


# the words a date can start with (looked up before the dates of the line are read)
_DATE_WORD = re.compile(r"(?i)(?:present|current|now|today|date|ongoing|jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec|\d)")


def _in_a_date(text: str, begin: int, stop: int) -> bool:
    """Whether text[begin:stop] is part of a date range of its line, or starts in one: the open end "Present", also
    read with the title after it ("Nov-2021 – present Data Scientist" is no "present data")."""
    if not _DATE_WORD.match(text, begin):
        return False
    line_start, line = _line_around(text, begin, stop)
    return any(span.begin <= begin - line_start < span.stop for span in find_dates(line))


# "with no" / "without" right before a name says the thing was not there: "cut CPU inference latency 3x on air-gapped
# servers with no GPUs"
_ABSENT = re.compile(r"\b(?:with\s+no|without(?:\s+any)?)\s+$", re.IGNORECASE)
_ABSENT_REACH = 16
# a test's result said with "no", which shows the test: "no significant difference"
_TEST_RESULT = re.compile(r"(?i)(?:statistically\s+)?significan")
# a sentence that opens by saying there was none of it, in the resume's language: "No A/B tests: changes go through
# model-risk validation", "Geen A/B-testen: ...", "Keine Cloud: ..."
_ITEMS_BEFORE = r"(?:[\w/+.-]+(?:\s+[\w/+.-]+)?(?:\s*,\s*(?:(?i:or|nor|and)\s+)?|\s+(?i:or|nor|and)\s+)){0,3}"
_NONE_OPENING = re.compile(
    r"^\W*(?:No|Geen|Kein|Keine|Keinen|Aucun|Aucune|Pas\s+de|Sin|Sem|Nessun|Nessuna|Ingen|Inga|Brak)\s+(?:[\w/-]+\s+){0,2}$"
    # ... or a clause after a comma or in an aside: "we use the stock model, no fine-tuning", "(no REST integrations, only
    # SFTP drops)", "...; no fine-tuning of the LLM" (the sentence before a semicolon is cut off already)
    r"|(?:^\W*|,\s+(?:(?i:so|and|but)\s+)?|\(\s*|\s[-–—]\s+)(?i:no)\s+(?:(?:[\w/-]+\s+)?|" + _ITEMS_BEFORE + ")$"
    # ... or a line that says the person had no part in it: "Not involved in the bank's customer chatbot or its RAG assistant"
    r"|^\W*(?i:not\s+(?:involved|responsible)\s+(?:in|with|for))\s+(?:[\w/’'-]+\s+){0,8}\(?$"
    # ... or a thing the person or the team says they do not use: "We do not run Kubernetes here", "I have not worked
    # with Tableau"
    # (also a later item of the list it names: "I have not worked on LLM fine-tuning or RAG products")
    # (or does not allow: "The cluster does not allow Docker, so our environments ship as Apptainer images")
    r"|\b(?:(?i:do|does|did|can)\s+not|(?i:don|doesn|didn|can)['’]t|(?i:cannot))\s+(?:use|run|need|have|touch|own|build|train|deploy|allow|permit)\s+"
    r"(?:(?i:any|an?|the)\s+)?" + _ITEMS_BEFORE + "$"
    r"|\b(?i:have|has|had)\s+(?:not|never)\s+(?:worked|used|touched)\s+(?:with\s+|on\s+|in\s+)?(?:any\s+)?" + _ITEMS_BEFORE + "$"
    # ... or never needed or done, or done none of: "we never needed GPU nodes", "we deliberately did no propensity-score
    # matching", or not yet done: "Not yet running A/B tests myself"
    r"|\b(?i:never)\s+(?:needed|used|ran|touched|built|trained|deployed|owned)\s+(?:(?i:any|an?|the)\s+)?" + _ITEMS_BEFORE + "$"
    r"|\b(?i:did|do|does|ran|run|runs|used|use|uses)\s+no\s+(?:[\w/-]+\s+)?$"
    r"|^\W*(?i:not\s+yet)\s+(?:[\w/-]+\s+){0,2}$"
    # ... or none there: "Promotions are negotiated, not randomised, so there are no A/B tests to lean on"
    r"|\b(?i:there\s+(?:are|is|were|was)\s+no)\s+(?:[\w/-]+\s+)?$"
    # ... or a label that disowns the list after it: "Not my thing: CUDA kernels and fine-tuning", "Never used: Spark"
    r"|^\W*(?i:not\s+(?:yet|my\s+thing|for\s+me|used)|never\s+used|no\s+experience(?:\s+with)?)\s*:\s*" + _ITEMS_BEFORE + "$"
    # ... or what the person means to learn next: "LEARNING NEXT dbt, Tableau", "Currently learning: Spark"
    r"|^\W*(?i:learning\s+next|currently\s+learning|next\s+to\s+learn|want\s+to\s+learn|on\s+my\s+learning\s+list)\s*:?\s*"
    + _ITEMS_BEFORE
    + "$"
    # ... or the way it was not done: "rolled out region by region rather than as a randomized A/B test", "We chose not to
    # use RAG for extraction"
    r"|\b(?i:rather\s+than|instead\s+of)\s+(?:(?i:as|via|through|with)\s+)?(?:(?i:an?|the)\s+)?(?:[\w/-]+\s+){0,2}$"
    r"|\b(?i:chose|decided|opted|choose|choosing)\s+not\s+to\s+(?:use|run|build|adopt|deploy|train|add|try)\s+(?:(?i:an?|the|any)\s+)?$"
    # ... or decided against: "Decided against MLflow; experiment tracking stays with each research group"
    r"|\b(?i:decided|chose|opted)\s+against\s+(?:(?i:the|an?)\s+)?(?:[\w-]+\s+)?$"
    # ... or argued against or ruled out: "Argued, with numbers, against fine-tuning the LLM", "Ruled out a bandit approach"
    r"|\b(?i:argued|advised|recommended|pushed\s+back)(?:,[^,.;]{1,30},)?\s+against\s+(?:(?i:the|an?)\s+)?(?:[\w-]+\s+)?$"
    r"|\b(?i:ruled\s+out)\s+(?:(?i:the|an?|any)\s+)?(?:[\w-]+\s+)?$"
    # ... or one chosen over another: "on Google Cloud Run (chose it over GKE to avoid running a cluster)"
    r"|\b(?i:chose|chosen|picked|preferred)\s+(?:[\w-]+\s+){0,3}?over\s+$"
    # ... or favoured over it, in a summary: "I favour interpretable models over black-box machine learning"
    r"|\b(?i:favour|favor|favours|favors|prefer|prefers)\s+(?:[\w-]+\s+){0,3}?over\s+(?:[\w-]+\s+)?$"
)


def _looked_at_only(text: str, begin: int, stop: int) -> bool:
    """Whether the sentence only uses or watches the dashboard at text[begin:stop] ("Keep a close eye on the WMS dashboard",
    "use the account health dashboard to spot risks", "Check the labelling dashboard at the start of every shift") and
    says nothing of making one."""
    before = _sentence_before(text, begin, wrapped=_WRAPPED_LINES)  # "...; read the" over "weekly sell-through report"
    if not _LOOKED_AT.search(before):
        return False
    end = _sentence_end(text, stop)
    sentence = before + " " + text[stop:end]
    # (made by others is no making of the person's: "Check the stock dashboards (built by the Informatics team)")
    return not any(not _DONE_BY_A_TEAM.match(sentence, made.end()) for made in _MADE_IT.finditer(sentence))


_LOOKED_AT = re.compile(
    r"\b(?:use|uses|used|using|check|checks|checked|checking|watch|watches|watching|monitor|monitors|review|reviews|reviewing|reviewed"
    r"|read|reads|open|opens|consult|consults|keep\s+(?:a\s+close\s+)?eye\s+on|keeping\s+(?:a\s+close\s+)?eye\s+on|look\s+at"
    r"|looks\s+at|tick\s+off\b[^.;]{0,40}?\bon|logged\b[^.;]{0,40}?\bfrom)\s+(?:the|our|their|a|an|its|my)\s+(?:[\w&'’/-]+\s+){0,7}$",
    re.IGNORECASE,
)
# a service that a dashboard calls: "Python / FastAPI service with REST endpoints for the QA dashboard"
_FEEDS_A_DASHBOARD = re.compile(
    r"\b(?:endpoints?|APIs?|services?|backend|back-end)\s+(?:for|behind|feeding|that\s+feeds?)\s+(?:the|our|their|a|an)\s+(?:[\w&'’/-]+\s+){0,3}$"
    # (or said to be read by it: "Flask REST endpoints in Docker containers, consumed by the client dashboards"; "write the REST
    # endpoints the dashboard calls")
    r"|\b(?:endpoints?|APIs?)\s+(?:that\s+)?(?:the|our|their)\s+(?:[\w&'’/-]+\s+){0,2}$"
    r"|\b(?:consumed|called|queried|polled)\s+by\s+(?:the|our|their|a|an)\s+(?:[\w&'’/-]+\s+){0,2}$",
    re.IGNORECASE,
)
_MADE_IT = re.compile(
    r"\b(?:built|build|builds|building|created|create|creates|designed|design|designs|developed|develop|develops|maintain|maintains"
    r"|maintained|set\s+up|wrote|write|writes|rebuilt|automated|automate|own|owns|owned)\b",
    re.IGNORECASE,
)


def _scare_quoted(text: str, begin: int, stop: int, *, explained: bool = True) -> bool:
    """Whether the one word at text[begin:stop] stands alone in quotes and is explained after them ("the shop ‘dashboard’
    – the blackboard by the door"): a word used in a sense of its own. With ``explained=False`` the quotes alone are
    enough (a resume's ambiguous word: "from the appointment 'forecasts' in the booking system")."""
    if begin == 0 or stop >= len(text) or text[begin - 1] not in _OPENING_QUOTES:
        return False
    closing = _CLOSING_OF.get(text[begin - 1])
    quoted = closing is not None and text[stop] == closing and (begin < 2 or not text[begin - 2].isalnum())
    # (explained right after: "the shop ‘dashboard’ – the blackboard by the door"; not "AI systems such as ‘agents’")
    return quoted and (not explained or _EXPLAINED_AFTER.match(text, stop + 1) is not None)


_CLOSING_OF = {"‘": "’", "“": "”", "'": "'", '"': '"', "«": "»", "„": "“"}  # each opening quote's closing one
_EXPLAINED_AFTER = re.compile(r"\s*(?:[–—-]|\(|,|:)\s*(?:the|a|an|our|my|their|i\.e\.|meaning|which)\b", re.IGNORECASE)


def _quoted_name(text: str, begin: int, stop: int) -> bool:
    """Whether the word at text[begin:stop] opens a name in quotes that is explained after it or goes on in capitals:
    “Python”, the bank's new teller system; the rooftop "Python Bar" (not "Python for analysts"); or a name in quotes
    of the thing named before or after it: the 'Spark' keeper-talk programme, the staff Wi-Fi (network "Python")."""
    if begin == 0 or text[begin - 1] not in _OPENING_QUOTES:
        # ... or inside a name in quotes that opens before it: "our Christmas “Snow Leopard & Python” soft-toy range"
        opening = _NAME_OPENING.search(text, max(0, begin - _QUOTED_NAME), begin)
        close = _CLOSING_QUOTE.match(text, stop) or _NAME_CLOSING.match(text, stop)
        return opening is not None and close is not None and "\n" not in text[opening.start() : close.end()]
    if _WORK_BEFORE.search(text, max(0, begin - _QUOTED_NAME), begin - 1):
        return True  # a title in quotes after what it is: 'My front-page headline “Python squeezes into Stockport loft”'
    close = _CLOSING_QUOTE.search(text, stop, min(len(text), stop + _QUOTED_NAME))
    if close is None or "\n" in text[stop : close.start()]:
        return False
    inside = text[stop : close.start()].split()
    if inside:
        return all(word[:1].isupper() for word in inside)
    return bool(
        _EXPLAINED.match(text, close.end())
        or _THING_NAMED.match(text, close.end())
        or _NAMED_AS.search(text, max(0, begin - _QUOTED_NAME), begin - 1)
        # ... or set between commas after the thing it names: "Our robot, “Python”, placed third"
        or (_APPOSITION.search(text, max(0, begin - _QUOTED_NAME), begin - 1) and text.startswith(",", close.end()))
    )


_OPENING_QUOTES = frozenset("\"“‘'«")
_CLOSING_QUOTE = re.compile("[\"”’'»]")
_QUOTED_NAME = 20
# ... or after a dash: 'the "Python" - what our operators call the tight S-curve'
# (or a work's title with its year: '“Python” (2020) – editor', a film in an editor's credits)
_TITLE_YEAR = re.compile(r"\s*\((?:19|20)\d\d\)")
_EXPLAINED = re.compile(
    # (also in Spanish, French or German resumes: "el proyecto «Spark», la marca de recarga de vehículo eléctrico")
    r"(?:\s*\([^()]{1,20}\))?,?\s+(?:the|a|an|our|their|its|el|la|los|las|un|una|le|les|une|der|die|das|ein|eine)\s"
    r"|\s+[-–—]\s+(?:what|which|the|a|an|our|their|its)\s|"
    + _TITLE_YEAR.pattern
    # ... or said what it is where it lives: "‘Spark’ in our app is the super-like button"
    + r"|\s+in\s+(?:our|the|their)\s+[\w-]+\s+(?:is|was|are)\s+(?:the|a|an|our)\s"
)
# the words of a quoted name before the match and after it: capitalised, or "&" / "and" between them
# ("the" too: '“the Python”, our nickname for a long-held low cobra variation')
_NAME_OPENING = re.compile(r"(?:[\"“‘«]|(?<!\w)')(?:(?:[A-Z][\w'’.-]*|the)\s+(?:(?:&|and)\s+)?)+$")
# what was weighed and turned down, later in the sentence: "Editors asked for bandits on the slot; we decided against it",
# "We looked at multi-armed bandits for price tests and chose not to use them", "Costed fine-tuning a model ... and chose
# better retrieval and prompts instead"
_TURNED_DOWN = re.compile(
    r"\b(?:decided|chose|opted)\s+(?:against|not\s+to|(?:that\s+)?we\s+(?:did\s+not|didn['’]t)\s+need|(?:[\w-]+\s+){1,5}?instead\b)"
    r"|\b(?:dropped|rejected|shelved)\s+(?:it|them|the\s+idea)\b|\bruled\s+(?:it|them)\s+out\b|\b(?:was|were)\s+ruled\s+out\b"
    # ... or found not worth it or not needed: "we evaluated Ray ... and decided it was not worth it", "INT8 was not needed"
    # ... or said not to be the person's: "Fraud scoring (the fraud team's XGBoost models) is read by Lindi, not built by us"
    r"|\bnot\s+(?:built|made|trained|owned|run|written)\s+by\s+(?:us|me)\b"
    r"|\bdecided\s+(?:it|they)\s+(?:was|were)\s+not\s+worth\b|\b(?:was|were)\s+not\s+(?:needed|required|necessary)\b"
    # ... or skipped: "the Kubernetes migration, which we skipped by staying on ECS"
    r"|\b(?:we|I)\s+skipped\b|\bskipped\s+(?:it|them)\b"
    # ... or left an idea: "We looked at a bandit for channel allocation; Compliance asked for fixed holdouts, so it stayed on paper"
    r"|\b(?:stayed|stays|remained|remains)\s+on\s+paper\b|\bnever\s+(?:left\s+the\s+whiteboard|went\s+live|got\s+built)\b"
    # ... or parked: "Looked at a retrieval (RAG) design for policy questions; it was parked by the risk committee and not built"
    # ("Contextual bandits for bid shading were discussed in 2024 but not built")
    r"|\b(?:was|were)\s+(?:parked|shelved|abandoned|discussed|proposed|considered)\b[^.;]{0,60}?\b(?:and|but)\s+(?:never|not)\s+"
    r"(?:built|shipped|launched|deployed)\b"
    # ... or set aside for something simpler: "We looked at Thompson sampling, but a fixed split was easier to explain"
    r"|\bbut\s+(?:a|an|the)\s+(?:[\w-]+\s+){0,3}(?:was|were|proved)\s+(?:easier|simpler|cheaper|enough|good\s+enough)\b",
    re.IGNORECASE,
)
# ... or looked at, then the old way kept: "We looked at Thompson sampling for the carousel but kept plain fixed splits"
_WEIGHED = re.compile(r"\b(?:looked\s+at|considered|weighed)\s+(?:[\w-]+\s+){0,3}$", re.IGNORECASE)
_KEPT_INSTEAD = re.compile(r"\b(?:but|and)\s+(?:kept|stayed\s+(?:with|on)|stuck\s+with)\b", re.IGNORECASE)
# (or in the next clause: "Azure Container Apps (looked at AKS; stayed on Container Apps)")
_KEPT_NEXT = re.compile(r"\s*;\s+(?:but\s+)?(?:kept|stayed\s+(?:with|on)|stuck\s+with)\b", re.IGNORECASE)
# ... a headline, a song or a painting: 'My front-page headline “Python squeezes into Stockport loft”'
_WORK_BEFORE = re.compile(r"\b(?:headline|song|album|play|film|novel|painting|poem)\s*$", re.IGNORECASE)
_NAME_CLOSING = re.compile(r"(?:\s+(?:(?:&|and)\s+)?[A-Z][\w'’.-]*)+[\"”’»]")
# the kind of thing a quoted name names, right after it: "the 'Spark' keeper-talk programme", "“Python” demo units"
_THING_NAMED = re.compile(r"\s+(?!(?:and|or|in|with|for|to|on|at|as|is|was|are|were|from|by|of)\b)[a-z][\w-]*\b")
_APPOSITION = re.compile(r"\b[a-z][\w-]*,\s*$")
# ... or the word that names it right before: "(network “Python”)", "a mixer called 'Python'"
# (or the robot, pet or boat it names: "our LEGO robot “Python”")
_NAMED_AS = re.compile(
    r"\b(?:network|called|named|dubbed|code-?named|nicknamed|brand|branded|titled|entitled|robot|bot|dog|cat|puppy|horse|pony|boat|yacht"
    r"|mascot|drone|rover|tortoise|snake)(?:\s+(?:is|was))?\s*$",
    re.IGNORECASE,
)


# names given to rooms, listed in parentheses after them: "Keep our meeting rooms (Bayes, Lovelace and Jupyter) booked"
_ROOMS_NAMED = re.compile(
    # (also with the word inside: "our meeting rooms (named Jupyter, Keras and Pandas by an early engineer)")
    # (or each in quotes: 'Keep meeting rooms ("Atlas", "Spark", "Scout" and "Python") tidy')
    r"(?i:\brooms)\s*\((?:(?i:named|called)\s+)?(?:[“\"‘']?[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*)?[”\"’']?,\s*)*"
    r"(?:[“\"‘']?[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*)?[”\"’']?\s+(?:and|&)\s+)?[“\"‘']?$"
    # (or said to be named: "Our meeting rooms are named Pandas, Jupyter and Tableau")
    r"|(?i:\brooms\s+(?:are\s+|were\s+)?(?:all\s+)?(?:named|called)\s+(?:after\s+)?)(?:[A-Z][\w'’-]*,\s*)*(?:[A-Z][\w'’-]*\s+(?:and|&)\s+)?$"
)

_PERIODS = frozenset({"daily", "weekly", "monthly", "quarterly", "annual", "yearly"})
_SENT_TO = re.compile(r"\s+(?:to|for)\s+(?:the\s+)?[A-Z]")


def _counted_thing(text: str, begin: int, stop: int) -> str | None:
    """The noun right before ``begin`` that names what figures count, in a phrase that points at those figures ("Read
    the engagement survey statistics", "the CSO aviation statistics release", "the vendor's heatmaps and response
    statistics") or says where they came from ("Used visitor statistics from front-of-house"), or None: a word shaped
    like an adjective ("descriptive", "applied", "strong") or a phrase with no article or owner before it ("survey
    statistics & weighting", "a strong grasp of time-series statistics") names a kind of the field."""
    words: list[str] = _WORDS_BEFORE.findall(text, max(0, begin - 80), begin)
    # (or a body's initials: "read the monthly DHIA statistics sheets")
    if not words or not (words[-1].islower() or (words[-1].isupper() and len(words[-1]) > 1)):
        return None
    noun = words[-1]
    if noun in _PERIODS and _SENT_TO.match(text, stop):
        return f"{noun} returns"  # figures sent every period to a body: "Submit monthly statistics to the Department of Tourism"
    if (
        noun in STOP_WORDS
        or noun in _PLAIN_ADJECTIVES
        or (_ADJECTIVE_END.search(noun) and not _NOUN_END.search(noun) and noun not in _ING_NOUNS)
    ):
        return None
    if _FROM_A_SOURCE.match(text, stop):
        return noun
    before = words[:-1]
    if noun.isupper() and before and before[-1].casefold() in ("against", "from"):
        return noun  # a body's figures checked against or taken from: "Checked politicians' claims against CSO statistics"
    if len(before) >= 2 and before[-1] in ("and", "&") and before[-2].islower() and before[-2] not in STOP_WORDS:
        before = before[:-2]  # the second of two things counted: "the vendor's heatmaps and response statistics"
    for word in reversed(before[-_COMPOUND_WORDS:]):
        if word.casefold() in _POINTING or (word.isupper() and len(word) > 1) or word.endswith(("'s", "’s")):
            # "the circulation statistics", "the CSO aviation statistics", "the clinic’s appointment statistics"
            # ... or figures counted every period: "Data entry of monthly library footfall statistics"
            return noun
        if not word.islower() or word in STOP_WORDS:
            return None
    return None


_WORDS_BEFORE = re.compile(r"([A-Za-z][A-Za-z'’-]*)[ \t]+(?=(?:[A-Za-z][A-Za-z'’-]*[ \t]+)*$)")
_COMPOUND_WORDS = 3
_FROM_A_SOURCE = re.compile(
    r"[ \t]+(?:from|prepared[ \t]+by|compiled[ \t]+by|published[ \t]+by|produced[ \t]+by)[ \t]+(?:the[ \t]+)?"
    r"(?!(?:scratch|my|our|his|her|their|a|an|first)\b)[A-Za-z]"
)
_POINTING = frozenset({"the", "our", "their", "its", "his", "her", "your", "my", "this", "these"}) | frozenset(
    {"daily", "weekly", "monthly", "quarterly", "annual", "yearly"}  # figures counted every period
)
# words ending in -ing that name what is counted ("the practice's anaesthesia monitoring statistics", "monthly landing
# statistics")
_ING_NOUNS = frozenset(
    {"monitoring", "screening", "booking", "bookings", "ticketing", "parking", "housing", "lending", "billing", "staffing"}
    | {"landing", "landings", "boarding", "calving", "lambing", "milking", "shipping", "fishing", "farming", "policing"}
)
_ADJECTIVE_END = re.compile(r"(?:al|ic|ive|ous|ful|ed|ing|ent|ant|ary|ory|ar|ian|ist|able|ible|less|ate)$")
_NOUN_END = re.compile(r"(?:ment|tion|sion)$")
_PLAIN_ADJECTIVES = frozenset(
    {"strong", "solid", "good", "deep", "sound", "core", "key", "modern", "robust", "great", "broad", "hands-on", "business"}
)


def _line_around(text: str, begin: int, stop: int) -> tuple[int, str]:
    """The offset and text of the line holding text[begin:stop]."""
    line_start = _line_start(text, begin)
    line_end = text.find("\n", stop)
    return line_start, text[line_start : len(text) if line_end < 0 else line_end]


_HYPHENS = frozenset("-‐‑")
_DOTTED_BEFORE = re.compile(r"[A-Za-z]\.")  # "C.A.R.": a letter and its dot before this letter ...
_DOTTED_AFTER = re.compile(r"\.[A-Za-z]\.")  # ... or after it ("R.I.P."), not "in R.Then" (a lost space)
# a letter listed among other single letters: "fare buckets Y, B, M, H and R", "grades A, B, C or R"
_LETTERS_BEFORE = re.compile(
    r"(?<![\w+#/.-])[A-Z],\s*(?:[A-Z],\s*)+(?:[A-Z]\s+)?(?:(?:and|or|&)\s+)?$|(?<![\w+#/.-])[A-Z],\s*[A-Z]\s+(?:and|or|&)\s+$"
)
_LETTERS_AFTER = re.compile(r",\s*[A-Z],\s*[A-Z](?![\w+#])")


def _names_a_repository(text: str, begin: int, stop: int) -> bool:
    """Whether a site's name opens its line as a label of the work after it ("GitHub: AlphaEarth Climate Monitoring
    System" heading a project), not a list of the site's tools ("GitHub: Actions, Pages")."""
    if text[begin:stop].lower() not in LINK_WORDS:
        return False
    line_start, line = _line_around(text, begin, stop)
    start, end = begin - line_start, stop - line_start
    return not line[:start].strip(" •·-*|") and _LABELLED_NAME.match(line, end) is not None


_LABELLED_NAME = re.compile(r"\s*:\s*[A-Z][\w-]*(?:\s+[A-Z][\w-]*){1,8}\s*$")


def _site_label(text: str, begin: int, stop: int, *, in_header: bool) -> bool:
    """Whether text[begin:stop] is a site's name used as a link's label, not part of a printed address ("github.com"
    counts as one): as a field of the contact details (the header, a "Links" section); elsewhere as
    :func:`gapcheck.links.is_link_label` reads a label, and only when no field but a date or another label follows it
    ("Python · React · GitHub · VS Code" lists tools)."""
    if text[begin:stop].lower() not in LINK_WORDS:
        return False
    line_start, line = _line_around(text, begin, stop)
    start, end = begin - line_start, stop - line_start
    if in_web_address(line, start, end) or domain_follows(line, end):
        return False
    # the contact details may also come again at the top of a later page, inside a section ("... | e-mail | github: ...")
    if (in_header or _E_MAIL.search(line)) and _contact_field(line, start, end):
        return True
    # "released code on GitHub" says where the work went, which still shows the tool used; a label in brackets of its
    # own may be followed by the project's description ("DataWizz (GitHub): End-to-end lakehouse ...")
    return is_link_label(line, start, end, where_kept=False) and (labels_only_after(line, end) or bracketed_label(line, start, end))


def _contact_field(line: str, start: int, end: int) -> bool:
    """Whether line[start:end], on a line of a resume's header, is a field of its contact details ("LinkedIn | GitHub |
    Delhi", "GitHub: jdoe", "Rohan@Github", a line of three words at most), not a word of a summary sentence."""
    if len(line.split()) <= _CONTACT_WORDS or has_fields(line):
        return True
    return line[end : end + 1] in (":", "_") or line[start - 1 : start] in ("@", "_")


_CONTACT_WORDS = 3
_E_MAIL = re.compile(r"[\w.+-]+@[\w-]+(?:\.[\w-]+)+")
_CONTACT_SECTIONS = frozenset({"header", "contact"})  # the resume's contact details: under the name, or under "Links"


def _link_labels(text: str, begin: int, stop: int) -> bool:
    """Whether the line holding text[begin:stop] is nothing but profile-link labels ("ResearchGate Github")."""
    words = _WORD.findall(_line_around(text, begin, stop)[1])
    return 0 < len(words) <= 6 and all(w.lower() in LINK_WORDS for w in words)


# words that end an organization's name: "Red Spark LP", "Dash Capital"
_ORGANIZATION_AFTER = frozenset(
    {
        "lp",
        "llp",
        "llc",
        "inc",
        "ltd",
        "plc",
        "gmbh",
        "corp",
        "corporation",
        "capital",
        "partners",
        "ventures",
        "holdings",
        "advisors",
        "associates",
    }
)
# what people serve when they do not serve a model
_SERVED_PEOPLE = frozenset(
    {
        "user",
        "users",
        "customer",
        "customers",
        "client",
        "clients",
        "guest",
        "guests",
        "patient",
        "patients",
        "student",
        "students",
        "member",
        "members",
        "visitor",
        "visitors",
        "people",
        "subscriber",
        "subscribers",
        "employee",
        "employees",
        "communities",
        "community",
        "merchant",
        "merchants",
        "businesses",
        "traffic",
        "requests",
    }
)


_WORD = re.compile(r"[A-Za-z]+")
_SERVED_THINGS = frozenset({"model", "llm", "prediction", "inference", "api", "endpoint", "embedding", "classifier"})


def _names_an_organization(segment: Sequence[_Piece], first: int, last: int) -> bool:
    """Whether the match opens a firm's name: the word after it ends one ("Red Spark LP"), or does after a few more
    capitalised words of the same line ("Docker Wharf & Marine Services Ltd.")."""
    for after in segment[last + 1 : last + 6]:
        if after.line != segment[last].line:
            return False
        if after.lower.strip(".,") in _ORGANIZATION_AFTER:
            return True
        if not (after.orth[:1].isupper() or after.orth == "&"):
            return False
    return False


# a colon, then a person's name: "Mentor: Dr. Jane Doe", "Mentors: Michael Pacchioli, Vera Tobin"
_NAMED_AFTER_A_COLON = re.compile(
    r"\s*:\s*(?:(?:Dr|Prof)\.?\s+)?[A-Z][a-z]+(?:[ -][A-Z]\.)?\s+[A-Z][a-z'-]+(?:\s*[,;&]|[ \t]*(?:\n|$)|\s+and\b)"
)


def _serves_people(text: str, segment: Sequence[_Piece], first: int, last: int) -> bool:
    """ "serving ~3,000 unique users": a form of "serve" whose object, a few words on, is people."""
    if first != last or segment[first].lemma != "serve":
        return False
    following = text[segment[last].end : segment[last].end + 60].split("\n", 1)[0]
    for word in _WORD.findall(following)[:5]:
        word = word.lower()
        if word in _SERVED_PEOPLE:
            return True
        if word in _SERVED_THINGS or word.rstrip("s") in _SERVED_THINGS:
            return False
    return False


# titles of address said before a person's name: "Dr. Niamh Ray", "Prof Aoife Stan"
_TITLES_OF_ADDRESS = ("dr", "prof", "professor", "mr", "mrs", "ms", "mx", "sir")
_PERSON_BEFORE = frozenset(
    {
        "manager",
        "colleague",
        "colleagues",
        "coworker",
        "mentor",
        "mentee",
        "supervisor",
        "advisor",
        "adviser",
        "boss",
        "ceo",
        "cto",
        "cfo",
        "founder",
        "chef",
        # people of a trade named before their name: "with lead installer Ray Morel"
        "installer",
        "technician",
        "electrician",
        "foreman",
        "engineer",
        "designer",
        "teacher",
        "nurse",
        "driver",
        *_TITLES_OF_ADDRESS,
    }
)


def _names_a_person(
    text: str, segment: Sequence[_Piece], first: int, last: int, named: Collection[int] = (), context: Collection[str] = ()
) -> bool:
    """Whether a capitalised one-word tool name ("Ray", "Stan", "Dash") is someone's first name here: it is
    followed, after a space, by a capitalised word that is neither an English word, nor the start of another tool's
    name, nor one of the alias's own ``context`` words (a surname: "Ray Chen"; not "Docker/Kubernetes", "Ray Serve"
    nor "Azure Databricks"), or it is preceded by a word that introduces a person ("manager Stan Brown") and followed
    by a capitalised word."""
    if first != last or segment[first].orth.isupper():  # "AWS Bedrock": no first name
        return False
    if _surname_here(text, segment, first, named):
        return True
    if first + 1 >= len(segment):
        return False
    after = segment[first + 1]
    if not after.orth[:1].isupper() or not after.orth[1:].islower():
        return False
    if not text[segment[first].end : after.start].isspace() or after.start in named or after.lower in context:
        return False
    introduced = first > 0 and segment[first - 1].lower.rstrip(".") in _NAME_WRAPS_AFTER
    if after.line != segment[first].line:
        # "supervised by Ray" at a line's end, "Koster." opening the next: a name wrapped, not a new item
        return introduced and text[segment[first].end : after.start].count("\n") == 1 and not is_english_word(after.lower)
    if not is_english_word(after.lower):
        return True
    return first > 0 and segment[first - 1].lower in _PERSON_BEFORE


def _surname_here(text: str, segment: Sequence[_Piece], first: int, named: Collection[int]) -> bool:
    """Whether the tool's name is a surname after a title and a first name: "Dr. Niamh Ray", "Prof Aoife Stan"."""
    if first < 1:
        return False
    given = segment[first - 1]
    if given.line != segment[first].line or given.start in named or is_english_word(given.lower):
        return False
    title = _TITLE_BEFORE.search(text, max(0, given.start - 12), given.start)
    return given.orth[:1].isupper() and given.orth[1:].islower() and title is not None


_TITLE_BEFORE = re.compile(r"\b(?:" + "|".join(title.capitalize() for title in (*_TITLES_OF_ADDRESS, "dame")) + r")\.?[ \t]+$")
# words after which a capitalised name is a person's even when its surname wraps to the next line: those that introduce
# a person, and "by" or "with" ("supervised by Ray" over "Koster.")
_NAME_WRAPS_AFTER = _PERSON_BEFORE | {"by", "with"}


def _middle_initial(text: str, segment: Sequence[_Piece], first: int, last: int) -> bool:
    """Whether a one-letter name ("R", "C") is a middle initial: a capital and a full stop between a first name and a
    surname ("Prof. John R. Smith"), all on one line; "analyses in R. Results ..." and "SQL, R. Strong ..." are not."""
    piece = segment[first]
    if first != last or len(piece.orth) != 1 or not piece.orth.isupper() or first == 0:
        return False
    before = segment[first - 1]
    if before.line != piece.line or not (before.orth[:1].isupper() and (before.orth[1:].islower() or before.orth.isupper())):
        return False
    if not text[before.end : piece.start].isspace():
        return False
    line_start = _line_start(text, piece.start)
    if _INITIAL_ENDS_LINE.match(text, piece.end):
        # "DEVAN R." alone on its line: a name closed by its surname's initial
        name = text[line_start : piece.start]
        return len(name.split()) <= _NAME_LINE_WORDS and ":" not in name and "," not in name
    if before.orth.isupper():
        # "DEVAN R. MEHTA": a name set in capitals, alone on its line
        return _CAPITALS_NAME.fullmatch(_line_around(text, piece.start, piece.end)[1].strip()) is not None
    return _SURNAME_AFTER_INITIAL.match(text, piece.end) is not None


_CAPITALS_NAME = re.compile(r"[A-Z][A-Z'’-]+(?: [A-Z][A-Z'’-]+)? [A-Z]\. [A-Z][A-Z'’-]+")
_INITIAL_ENDS_LINE = re.compile(r"\.[ \t]*(?:\n|$)")
_NAME_LINE_WORDS = 3


# an amount in thousands or hundreds right after a letter: a currency (the rand), not a version ("R 4.3")
_AMOUNT_AFTER = re.compile(r"\s?(?:\d{1,3}(?:[ ,\u00a0]\d{3})+|\d{3,})(?![\d.])")
# a letter that opens a code: digits joined by a dash or a slash ("R 35-0412", "R-12", "R2/7")
_CODE_AFTER = re.compile(r"(?:[ -]?\d+[-/]\d|-\d+(?![\d.]))")
_SURNAME_AFTER_INITIAL = re.compile(r"\. [A-Z][a-z]")
_VERB_PREFIX = re.compile(r"(?i)(?<![\w-])(?:re|co|pre)$")
# a word in quotes given as a name: "our freelance linguists are called “agents” in the vendor portal"
_CALLED = re.compile(r"\b(?:called|named|dubbed|known\s+as|labelled|labeled)\s+[“\"‘']$", re.IGNORECASE)
_QUOTE_AFTER = re.compile(r"[”\"’']")
# ... or a tool's name alone in quotes after "the": "Launched the bao menu - the 'Python' (chilli-glazed pork belly)"
_THE_QUOTED = re.compile(r"\b(?i:the|our|a)\s+[“\"‘']$")
# a thing not allowed or available: "(R was not allowed on our machines, so this lived in Excel)"
_NOT_ALLOWED = re.compile(r"\s+(?:was|were|is|are)\s+(?:not|never)\s+(?:allowed|permitted|approved|available|an\s+option)\b", re.IGNORECASE)
# a course or an exam not finished, in an aside after the tool: "Kubernetes (CKAD course, not yet passed)"
_NOT_YET_AFTER = re.compile(r"\s*\([^()\n]{0,40}\bnot\s+yet\s+(?:passed|completed|finished|taken)\b[^()\n]{0,20}\)", re.IGNORECASE)


def _none_permitted(text: str, begin: int, stop: int) -> bool:
    """Whether the match is one of a list that opens with "no" and is said not to be allowed: "no AWS, Azure or other
    public-cloud services are permitted for classified data"."""
    return _NO_LIST_BEFORE.search(text, max(0, begin - 60), begin) is not None and _PERMITTED_AFTER.match(text, stop) is not None


_NO_LIST_BEFORE = re.compile(r"(?i)\bno\s+(?:[\w.+#/-]+(?:\s*,\s*|\s+or\s+|\s+nor\s+))*(?:other\s+|similar\s+)?(?:[^\W_]+-)?$")
_PERMITTED_AFTER = re.compile(r"(?i)[^.;:\n]{0,80}?\b(?:are|is|were|was)\s+(?:permitted|allowed|approved)\b")
_SAID_NOT_DONE = re.compile(
    # (or "don't", "didn't": "I am not a researcher and I don't pre-train models")
    # ("I work on search, not on chatbots or LLM agents")
    r"(?i)(?:\b(?:not|never|without)|n['’]t)\s+(?:work(?:ed|ing)?\s+)?(?:(?:with|via|by|through|using|in|to|on)\s+)?(?:(?:an?|the|any)\s+)?"
    r"(?:[a-z]+\s+(?:or|nor)\s+)?(?:[a-z]+-)?$"
    # ... or none of it after a colon or in a list: "Our group does no language-model work: no RLHF, no prompting, no agents"
    # (not a finding: "3 arms: no significant difference")
    r"|\bwork\s*:\s*no\s+$|\bno\s+[^.;:]{1,40},\s*no\s+$|\b(?:does|do|did)\s+no\s+$"
    # ... or a deed denied, alone or with another: "We do not host or serve models ourselves", "hospital IT would not run
    # Kubernetes"
    # ... or passed over for another: "picked Cloud Run over a GKE cluster to keep ops light", "Chose Looker Studio over a paid
    # Tableau licence"
    r"|\b(?:picked|chose|chosen|preferred|selected|opted\s+for|went\s+with)\s+[\w .-]{1,40}?\s+(?:over|instead\s+of|rather\s+than)\s+"
    r"(?:(?:an?|the|our|paid|expensive|costly)\s+){0,2}$"
    # ... or never come to: "Did not get to run an A/B test of the flagging rule", "never got round to deploying it"
    r"|(?:\b(?:not|never)|n['’]t)\s+(?:get|got|have\s+time)\s+(?:(?:round|around)\s+)?to\s+(?:[a-z]+\s+)?(?:(?:an?|the|any)\s+)?$"
    # ... or not taken there: "the on-device model was not taken to production"
    r"|(?:\b(?:not|never)|n['’]t)\s+(?:taken|put|moved|pushed|brought|shipped|promoted)\s+$"
    # ... or not needed: "Did not need channel pruning — INT8 alone met the budget"
    r"|(?:\b(?:not|never)|n['’]t)\s+(?:need|needed)\s+(?:(?:an?|the|any)\s+)?(?:[a-z]+\s+)?$"
    # ... or done by it never: "Offers were never allocated by bandits here"
    r"|\b(?:never|not)\s+[a-z]+ed\s+(?:by|with|via|through|using)\s+(?:(?:an?|the|any)\s+)?$"
    # ("we do not run live A/B tests on credit decisions")
    r"|(?:\b(?:not|never)|n['’]t)\s+(?:[a-z]+\s+(?:or|nor)\s+|(?:[a-z]+\s+(?:or|nor)\s+)?(?:run|use|host|serve|deploy|build|train|touch|support|allow)\s+"
    r"(?:(?:an?|the|any)\s+)?(?:(?:live|real|online|offline|formal|classic|proper|full|actual|own|separate|dedicated|randomi[sz]ed)\s+)?)$"
    # ... or taken out: "we removed its agent layer", "replaced the static Tableau exports an outside agency used to deliver"
    # (not what came in its place: "using Prophet, later replaced by gradient-boosted trees")
    r"|\b(?:removed|ripped\s+out|tore\s+out|replaced)\s+(?!(?:by|with)\b)(?:(?:an?|the|its|their|our|his|her)\s+)?(?:[a-z]+\s+){0,2}$"
    # ... or kept out of: "(their build, on Azure OpenAI); not involved in its prompts or agent design"
    r"|\bnot\s+involved\s+(?:in|with)\s+(?:(?:its|their|the|any)\s+)?(?:[a-z]+\s+(?:or|and|nor)\s+)?$"
    # ... or asked for by no one: "the city models are small enough that nobody has asked for a GPU cluster"
    r"|\b(?:nobody|no\s+one|no-one)\s+(?:has\s+|have\s+|had\s+|ever\s+)*(?:asked|needed|wanted|requested)\s+(?:for\s+)?(?:(?:an?|the|any)\s+)?$"
    # ... or ruled out at the head of a clause: "Deliberately no machine learning: councillors asked for models they can read"
    r"|\b(?:deliberately|intentionally|purposely|consciously)\s+no\s+$"
    # ... or kept out of: "I hand them calibrated pCTR and stay out of the pricing decisions"
    r"|\bstay(?:s|ed)?\s+out\s+of\s+(?:the\s+)?$"
    # ... or cannot be done, or too small for it: "HR pilots cannot be A/B tested", "Squads are too small for classic A/B tests"
    r"|\b(?:cannot|can['’]t|could\s+not|couldn['’]t)\s+be\s+$|\btoo\s+(?:small|few|little|short|noisy)\s+for\s+(?:(?:classic|proper|real|an?)\s+)?$"
)
# articles, columns or panels on a topic earlier in the sentence: "a weekly explainer column on topics from transformers to
# retrieval-augmented generation" (not "reporting on Snowflake", which is BI work, nor "wrote about the steps taken", one's
# own work told)
_WRITTEN_ABOUT = re.compile(
    r"(?i)\b(?:(?:stories|story|articles?|columns?|explainers?|pieces|podcasts?|episodes?)\s+about|"
    r"(?:columns?|explainers?|bylines?|stories|articles|panels?)\s+on|coverage\s+of|topics\s+from"
    # ... or talks the person sat in: "Attended DevFest Lagos 2023 (talks on Kubernetes and Vertex AI)"
    r"|attended\b[^.;!?]{0,60}\btalks?\s+(?:on|about)"
    # ... or courses an employer sells: "Our catalogue sells courses on Docker, Kubernetes, Tableau and TensorFlow"
    r"|(?:sells?|sold|selling|offers|offered|markets)\s+(?:[\w-]+\s+){0,2}courses?\s+(?:on|about|in))\b[^.;!?]*$"
)


def _written_about(text: str, begin: int) -> bool:
    """Whether the sentence up to text[begin] (wrapped from the line before, unless a bullet opens its line) names
    articles, columns or panels on a topic the match is part of."""
    wrapped = 0 if _BULLET_OPENING.match(text, _line_start(text, begin)) else 1
    return _WRITTEN_ABOUT.search(_sentence_before(text, begin, wrapped=wrapped)) is not None


_BULLET_OPENING = re.compile(r"[ \t]*[•·▪►»›*–—-]")


def _titled_talk_or_paper(text: str, begin: int, stop: int) -> bool:
    """Whether ``text[begin:stop]`` is inside a quoted title of four words or more that its line shows to be a talk's or a
    paper's: a venue, a year or "talk" after it ("“Causal Inference Is Not a Vibe: ...” — talk, Quant UX", "(EMNLP 2025)"),
    its authors or what it was before it ("Lopes, G. “Redes neurais bayesianas para ...”", "Poster, HPAI Annual Conference
    2023: '...'"), or nothing but it on its line (an item of a list of pieces written). A thesis's title says what its
    work did."""
    start, line = _line_around(text, begin, stop)
    own_end = len(line)
    # (a title wrapped onto the next line closes its quote there)
    next_end = text.find("\n", start + len(line) + 1)
    # (... or opened it on the line before, in a narrow column: "“Why Your Churn Model Needs" over "Causal Inference”
    # (20-minute" over "talk)")
    if start > 0 and not any(quote in text[start:begin] for quote in '“"‘'):
        above = text.rfind("\n", 0, start - 1) + 1
        if "“" in text[above:start] and "”" not in text[text.rfind("“", above, start) : start]:
            own_end += start - above
            start = above
    line = text[start : len(text) if next_end < 0 else next_end].replace("\n", " ")
    at, end = begin - start, stop - start
    opened = max(line.rfind(quote, 0, at) for quote in '“"‘')
    single = _SINGLE_OPENING.search(line, 0, at + 1)
    if single is not None and single.start() > opened:
        opened = single.start()  # 'Predicting who needs a pharmacist at discharge: a model of care'
    if opened < 0 or any(line.rfind(quote, opened + 1, at) >= 0 for quote in "”"):
        return False
    closes = [found for found in (line.find(quote, end) for quote in '”"’') if found >= 0]
    closes.extend(match.start() for match in [_SINGLE_CLOSING.search(line, end)] if match is not None)
    closed = min(closes, default=-1)
    if closed >= 0 and _ATTENDED.search(line, 0, opened) and _EVENT_AFTER.match(line, closed + 1):
        return True  # an event sat in: 'Attended the “Intro to PyTorch” meetup'
    # (a title announced as a talk may be short, also after other titles: 'talks incl. "Agents in Production" and
    # "Kubernetes for ML"')
    announced = _TALK_BEFORE.search(_QUOTED_TITLE.sub("T", line[:opened]))
    if closed < 0 or len(line[opened + 1 : closed].split()) < (_TITLE_WORDS_ANNOUNCED if announced else _TITLE_WORDS_QUOTED):
        return False
    return bool(
        _TALK_AFTER.match(line, closed + 1)
        or _AUTHORS_BEFORE.search(line, 0, opened)
        or announced
        # ... or a list's item that is nothing but the title: '- "Backfilling a PySpark job in Airflow: a survival guide"'
        or (
            closed < own_end
            and not line[:opened].strip(" -–•*·")
            and not line[closed + 1 : own_end].strip(" .,;")
            and not _QUOTED_DEED.match(line, opened + 1, closed)  # a bullet in quotes: '"Performed root-cause analysis ..."'
        )
    )


_PEOPLE_NAMED_BEFORE = re.compile(
    r"\b(?i:engineers|interns|students|colleagues|analysts|hires|reports|mentees|people|juniors|graduates)\s*\(\s*(?:[A-Z][a-z]+\s*(?:,|and|&)\s*)?$"
)
# a firm named with the word and another, then its legal or trade form: "Spark & Needle Tattoo Co., Portland"
# the trades small firms are named with: "Jupiter Marquee Hire", "Spark & Ember Fireworks", "Little Dash Cakes"
_TRADE_NOUNS = (
    r"Hire|Cakes|Catering|Caterers|Flowers|Florists?|Fireworks|Events|Photography|Marquees?|Rentals|Removals|Cleaning|Plumbing|Electrical|Motors"
    r"|Garage|Joinery|Landscaping|Bakes"
)
_FIRM_AFTER = re.compile(
    r"\s*(?:&|and)\s+[A-Z][\w'’-]*(?:\s+[A-Z][\w'’.-]*){0,3}\s+(?:Co|Ltd|Inc|LLC|GmbH|Company|Studios?|" + _TRADE_NOUNS + r")\b"
)
# a ship's prefix and the words of its name before the match: "M/T Aegean Spark", "MV Python"
_VESSEL_BEFORE = re.compile(r"\b(?:M/[TVYS]|MV|MT|MY|SS|HMS|USS|RV|FV)\s+(?:[A-Z][\w'’-]*\s+){0,3}$")
_A_TEAMS_THING = re.compile(r"\b(?i:the|our|their)\s+(?:[\w-]+\s+){0,2}(?i:team|squad|group|desk)['’]s\s+(?:[\w-]+\s+){0,2}$")
# a clause that opens with a verb, the person's own deed in a bullet: "Prepare and defend the ..."
_OPENS_WITH_A_VERB = re.compile(r"^\W*(?!(?:The|Our|My|Their|A|An|This|These|Those|Its)\b)[A-Z][a-z]+\b(?!['’])")
# a team named for the field ("the pricing ML team", "analysts and the ML team"), unless the person leads, built or is in it
_TEAM_NAMED_FOR_IT = re.compile(r"\s+(?:team|teams|squad|guild)\b(?!\s+(?:of|at)\b)")
# ... or any skill's word in capitals as the name of a team: "A/B tests that the Experimentation team designs and runs"
_THE_BEFORE_NAME = re.compile(r"\b(?:the|our|their)\s+$", re.IGNORECASE)
# ... or in small letters after a word that tells which team: "for the ops dashboard team to call"
_THE_QUALIFIED_BEFORE = re.compile(r"\b(?:the|their)\s+[a-z][\w-]*\s+$", re.IGNORECASE)
# ... said in French or Spanish: "Interlocutrice de l'équipe Machine Learning, qui maintient le moteur de recommandation"
_TEAM_NAMED_BEFORE_IT = re.compile(r"\b(?:[Ll]['’]équipe|équipe|[Ee]quipo|[Ee]quipe)\s+(?:de\s+|d['’])?$")
_OWN_TEAM_BEFORE = re.compile(
    r"\b(?:led|lead|leads|leading|managed|manage|manages|managing|built|build|founded|headed|head|heading|joined|grew|hired|my|our|on\s+the|in\s+the)\b"
    r"(?:\s+[\w-]+){0,3}\s*$",
    re.IGNORECASE,
)
_PET_AFTER = re.compile(
    r",?\s+(?:the|our|my)\s+(?:[\w-]+\s+)?(?:cat|dog|kitten|puppy|parrot|horse|pony|rabbit|hamster|tortoise|goldfish|snake|mascot)\b"
)
_ORGANISATION_AFTER = re.compile(
    r"(?:\s+[A-Z][\w&'’-]*){0,3},\s+(?:a|an)\s+(?:[\w-]+\s+){0,3}(?:group|organi[sz]ation|charity|nonprofit|non-profit|association"
    r"|coalition|collective|cooperative|co-op|society|club|foundation|trust|festival|campaign|school)\b"
)
_FIRM_NAMED_BEFORE = re.compile(
    r"\b(?:partner|client|customer|supplier|vendor|provider|operator|carrier|telco|reseller)\s+$", re.IGNORECASE
)
_OPERATION_BEFORE = re.compile(r"\b(?:Operation|Op\.|Exercise|Codename|Code\s+name)\s+$")
_VENUE_AFTER = re.compile(
    # (also with a word of the name between: "Python Kloof Wines, Stellenbosch")
    # (or a practice of health care: "Registered Dental Hygienist Python Dental Care, Tulsa")
    # (or a drink: "Launched Python Pale Ale (4.2%)")
    r"(?:\s+[A-Z][\w'’-]*)?\s+(?:Wines|Winery|Estate|Farm|Vineyards?|Brewery|Bakery|Salon|Tours|Dental|Dentistry|Clinic|Surgery|Pharmacy|Veterinary|Vets"
    r"|Ale|Lager|IPA|Stout|Porter|Pilsner|Cider|Gin|Rum|Vodka|Whisky|Whiskey|Wine|Coffee|Roast|Blend|" + _TRADE_NOUNS + r"|Physio"
    r"|Physiotherapy|Chiropractic|Opticians|Optometry|Orthodontics)\b|"
    r"\s+(?:Lounge|Bar|Room|Club|Band|Caf[eé]|Hotel|Studios?|Theatre|Theater|Pub|Inn|Kitchen|Grill|Records|Schools?|Academy|Foundation|Trust"
    r"|Ward|Wing|Residences?|Towers?|Plaza|Arena|Stadium)\b"
    # (or a street, on the same line: "kept the Python Street office's paper archive")
    r"|[ \t]+(?:Street|Road|Avenue|Lane|Square|Court|Close|Crescent|Drive|Parade|Terrace|Boulevard)\b"
    # (or a place on a map: "drilling at the Python Creek and Spark Hill prospects")
    r"|[ \t]+(?:Creek|Hill|Hills|River|Lake|Bay|Ridge|Mountain|Peak|Springs|Falls|Gorge|Canyon|Island|Point)\b"
    # (or a colour, a print, a revolver or a haircut named after the snake: "my Python-green 1998 Vauxhall Astra", "our
    # python-print ankle boots", "an old Python 357 revolver", "Created the Python cut and the Cobra fringe")
    r"|-(?i:green|yellow|blue|red|black|white|grey|gray|brown|print|skin|coloured|colored)\b|\s+\d{3}\s+(?i:revolver|magnum)\b"
    r"|[ \t]+(?i:cut|cuts|fringe|haircut|braid|bob|perm)\b"
)
# a year before any of the tools after a name: a painting's, a book's or a film's ("Emil Hartlieb's Python (1887)")
_OLD_WORK_YEAR = re.compile(r"\s*\((?:1[5-8]\d\d|19[0-8]\d)\)")
_IMPOSSIBLE_AFTER = re.compile(
    r"(?:\s+[\w-]+){0,3}?\s+(?:is|was|are|were)\s+(?:[a-z]+\s+and\s+)?(?:impossible|not\s+possible|infeasible|not\s+feasible|scoped\s+out|descoped|de-scoped"
    r"|shelved|cancell?ed|dropped|abandoned|parked)\b",
    re.IGNORECASE,
)
# a tool denied by the person right after it: "the network team, whose own router-firmware A/B tests I did not design or
# analyse"
_DENIED_AFTER = re.compile(
    r"(?:[ \t]+[\w-]+){0,2}?[ \t]+(?:that[ \t]+|which[ \t]+)?(?:I|we)[ \t]+"
    r"(?:did[ \t]+not|didn['’]t|never|do[ \t]+not|don['’]t|was[ \t]+not|wasn['’]t)\s+"
    r"(?:design|designed|run|ran|analy[sz]e|analy[sz]ed|build|built|own|owned|use|used|touch|touched|train|trained|deploy|deployed|write"
    r"|wrote|work\s+on|worked\s+on|have\s+a\s+hand\s+in|take\s+part\s+in)\b",
)
# a tool named, then disowned after a colon or a dash: "Python: not my tool — our engineers port my R models to it"
_NOT_MINE_AFTER = re.compile(r"\s*[:—–-]\s*(?:not\s+(?:my|mine|used|something\s+I)|never\s+used|no\s+experience)\b", re.IGNORECASE)
# a pet, an animal or a person named, then said what or who it is between commas
_ONE_DESCRIBED = re.compile(
    r",\s+(?i:the|our|my|a|an|his|her)\s+(?:[\w'’-]+\s+){0,3}?(?i:dog|puppy|collie|terrier|spaniel|labrador|retriever|sheepdog|cat|kitten|cow|heifer|bull|calf|ewe|ram|mare|stallion|gelding"
    r"|horse|pony|parrot|hen|goat|tortoise|mascot|pet|snake|python|toy|puppet|doll|captain|designer|manager|colleague|friend|neighbou?r|partner|husband|wife|son"
    r"|daughter|brother|sister|mentor|coach|teacher|director|chef|ringer|volunteer|technician|supervisor|sprinter|rider|cyclist|runner"
    r"|player|athlete|bar|restaurant|caf[eé]|pub|shop|store"
    r"|hotel|venue|club|service|app|product|brand|programme|program|campaign|coupon|tier"
    # (or a place: "this year in Python, a village in the Cotswolds")
    r"|village|town|hamlet|city|suburb|island|county|valley"
    # (or a game, a dish or a show: "our favourite game is Python, a relay tag played in the undercroft")
    r"|game|sport|tag|relay|dish|drink|cocktail|song|show|series|film|novel|play)s?\b"
)
_NAMED_AFTER = re.compile(
    r"\b(?i:named|called)\s+(?i:after)\s+(?:(?i:the|a|an|our|my)\s+)?$"
    # ... or a name given to a thing just named: "The courier app's feature flags (we call the tool Dash) are owned by mobile"
    r"|\b(?i:we|they|people|everyone)\s+(?i:call|calls|called)\s+(?:(?i:it|them|this)|(?i:the|our|their)\s+[\w-]+)\s+$"
)
# an event named after a tool or a field: "our PyTorch and open-source community nights", "a machine learning seminar series"
_EVENT_NAMED = re.compile(
    r"(?:[ \t]+(?:and|&)[ \t]+[\w-]+)?(?:[ \t]+[\w-]+)?[ \t]+"
    r"(?i:seminars?|seminar[ \t]+series|meetups?|meet-ups?|community[ \t]+nights?|user[ \t]+groups?)\b"
    # ... or a vendor's conference by its name: "booths and swag for Snowflake Summit, PyCon US"
    # (or a community's day or week: "the GDG Cairo 'Kubernetes Day' organizing team")
    r"|[ \t]+(?-i:Summit|Summits|Day|Days|Week|Con|Conf|Camp|Hackathon)\b"
    # ... or a club's evening: "Lead Friday Spark nights for 20 middle-schoolers"
    r"|[ \t]+(?i:nights?|evenings?)\b"
    # ... or a conference's track and its hall: 'stage lighting, live streaming and the "Python track" hall'
    r"|[ \t]+(?i:track|tracks)[\"”’']?[ \t]+(?i:hall|halls|room|rooms|stage|stages|at)\b"
)
# a vendor as a party to a contract: "our hosting agreements with AWS and Microsoft Azure"
_AGREEMENT_WITH = re.compile(
    r"\b(?:(?i:agreements?|contracts?|partnerships?|negotiations?|licen[cs]es?|licensing|renewals?|relationships?)"
    r"(?:\s+(?i:for)\s+[\w -]{1,30}?)?\s+with"
    # ... or the vendor's people: "partner teams at AWS, Google Cloud and Microsoft Azure"
    r"|(?i:partner|account|alliance)\s+(?i:teams?|managers?)\s+at"
    # ... or the terms a thing comes under: "review open-source licences for the Python packages"
    r"|(?i:licen[cs]es?|licensing|terms)\s+(?:for|of)(?:\s+(?i:the|our|its|their))?(?:\s+[\w-]+)?"
    # ... or what is bought from one: "the reserved cloud capacity we buy from AWS, Azure and Google Cloud"
    r"|(?i:buy|buys|bought|buying|purchase|purchased|purchasing|procure|procured|procuring)\s+from)\s+"
    # (the parties named in an aside: "committed-spend agreements with cloud providers (AWS, Google Cloud, Microsoft Azure)")
    r"(?:[\w&.-]+(?:\s+(?:and|&)\s+|,\s+|\s+|\s*\(\s*)){0,5}$"
)
_AGREEMENT_REACH = 110
# ... or one of a list of licences or partners: "our software licences (GitHub Enterprise, Weights & Biases, ...)", "LLM
# framework partners (LangChain, LlamaIndex)"
_LISTED_AS_LICENCES = re.compile(
    r"\b(?i:licen[cs]es|subscriptions|seats|partners)\s*\([^()]{0,100}$"
    # ... or listed after "including": "Manage software licences and seats, including GitHub Enterprise, Docker Business"
    r"|\b(?i:licen[cs]es|subscriptions|seats)(?:\s+(?i:and)\s+\w+)?,?\s+(?i:including|such\s+as|like)\s+[^.;:()]{0,100}$"
)
# seats and licences handed out, of a product: "Tableau and Power BI licences, GitHub organisation seats"
_LICENCES_AFTER = re.compile(r"(?:\s*(?:and|&|,)\s*[\w.-]+(?:\s+[\w.-]+)?)?(?:\s+[\w-]+)?\s+(?i:licen[cs]es|seats)\b")
_TITLE_WORDS_QUOTED = 4
_TITLE_WORDS_ANNOUNCED = 2
_QUOTED_TITLE = re.compile(r"[“\"‘][^”\"’]{1,120}[”\"’]")
# (also in Spanish and Portuguese resumes: 'Asistí a "Bayesian Pricing at Scale" (charla, ...)')
_ATTENDED = re.compile(
    r"\b(?i:attended|attending|sat\s+in\s+on|went\s+to|asist[ií]\s+a|asisti[oó]\s+a|assisti\s+(?:a|à|ao))\s+(?:(?i:the|a|an|la|el)\s+)?$"
)
_EVENT_AFTER = re.compile(
    r"\s*\(?(?i:meetup|meet-up|talk|webinar|keynote|conference|summit|session|lecture|panel|info\s+session|charla|palestra|conferencia|ponencia)\b"
)
# a sentence in quotes, not a title: a deed that opens it or a full stop that ends it
_QUOTED_DEED = re.compile(r"\s*(?:[A-Z][a-z]+ed\b|.*[.!]\s*$)")
# "The" in capitals inside a sentence, before a name: "The Spark Room and The Python"
_THE_NAME = re.compile(r"(?<=[a-z,])\s+The\s+$")
_NAME_EXPLAINED = re.compile(r",\s+(?:a|an|the|our)\s")
# what a tool's name names when a brand or a programme follows it: "the Dash prepaid brand", "Spark, our cashback programme",
# "the Spark credit card portfolio"
_BRAND_NAMED = re.compile(
    r"(?:\s+[\w-]+)?\s+(?:brand|brands|campaign|tariff|tariffs|loyalty|card|cards|plan|mascot|couloir|piste)\b"
    # ... a firm's name: "the launch dinner of Python & Co., the Paris leather-goods label"
    r"|\s*&\s*(?:Co|Sons|Daughters)\b"
    r"|(?:,\s+|\s*\(\s*)(?:our|the|their|its|a)\s+(?:[\w-]+\s+){0,2}?(?:brand|programme|program|campaign|card|tariff|bundle|scheme|app|product|plan"
    r"|label|range|offer|tier|subscription|membership)\b"
)
# capitals that are also a unit after a number: "16 oz / 473 ML cans", "the 120 ML sample-pour" (not "12 ML models")
_UNIT_LOOKALIKES = frozenset({"ML"})
_A_QUANTITY = re.compile(r"\d[\d.,]*\s?$")
_ML_THING = re.compile(
    r"\s+(?:models?|pipelines?|systems?|projects?|features?|engineers?|services?|use\s+cases?|solutions?|experiments?|"
    r"applications?|algorithms?|workloads?|jobs?|products?|teams?|platforms?|initiatives?|papers?|courses?)\b",
    re.IGNORECASE,
)
# a year right after a name, an edition of an event ("Spark 2024 — the college technical fest")
_EDITION_YEAR = re.compile(r"[ \t]+(?:19|20)\d\d\b(?![-–/.]\d)")
_TALK_AFTER = re.compile(
    r"[\s,.;:—–-]*(?:\(?(?:[\w-]+\s+){0,2}(?:talk|keynote|poster|paper|lightning\s+talk|webinar|podcast|panel|article|preprint)\b"
    # (or a grant's role: 'NERC, "Deep learning emulators for regional climate models", Co-I (PI: Dr T. Wren)')
    r"|[^.]{0,40}\b(?:PyData|PyCon|meetup|conference|summit|journal|proceedings|symposium|arXiv|Foundation|Council|grant|workshop|Co-I"
    r"|blog|newsletter|magazine|Substack|Medium)\b"
    # ... or a venue's name and year in parentheses: "(EMNLP 2025)", "(TACL 2025)"
    r"|\s*\(\s*[A-Z][\w&-]*(?:\s+[A-Z][\w&-]*)?\s+(?:19|20)\d\d\s*\)"
    # ... or its year alone: '"Quantization Hurts Reasoning More Than You Think" (2026)'
    r"|\s*\(\s*(?:19|20)\d\d\s*\))",
    re.IGNORECASE,
)
_AUTHORS_BEFORE = re.compile(r"[A-Z][\w'’-]+,\s+(?:[A-Z]\.\s*){1,3}(?:,|and|&)?\s*$")
# ... or what it was, said before it: "Poster, HPAI Annual Conference 2023: 'Predicting who needs a pharmacist ...'"
# (or said presented, published or written: 'our team recently presented "Scaling Laws ..." and "Retrieval-Augmented
# Pretraining Revisited"')
_TALK_BEFORE = re.compile(
    r"\b(?:(?:talk|keynote|poster|paper|webinar|presentation|panel|session|speaker|preprint|article|exhibition)s?|spoke|speaking|presented|published"
    # (or an exhibition put on: 'Co-curated "Spark: Electricity and the Victorian Home" (2022-23)')
    r"|curated|co-curated"
    r"|co-authored|authored|titled|entitled)\b[^“\"‘']{0,80}$",
    re.IGNORECASE,
)
# a straight single quote that opens or closes a title, not an apostrophe ("a pharmacist's")
_SINGLE_OPENING = re.compile(r"(?:^|(?<=[\s(:]))'(?=\w)(?!.*(?:^|[\s(:])'\w)")
_SINGLE_CLOSING = re.compile(r"(?<=[\w.?!])'(?=[\s.,;:)]|$)")


def _others_work(text: str, begin: int, stop: int) -> bool:
    """Whether the clause holding ``text[begin:stop]`` tells of another party's work, not the person's: a team or
    other people as its subject ("the cloud team runs the Kubernetes cluster behind it", "The data science team's churn
    model reads from my marts", "Our data scientists train in PyTorch"), a team's relative clause ("the platform team,
    who own the Kubernetes deployment"), a team's thing used ("the research team's distillation work"), a passive with
    another agent ("Kubernetes is run by the platform team", "were built by the Data Science Division"), the same said
    in another language ("las realiza el equipo de marketing"), a thing another team keeps ("the Tableau workbook that
    the BI team maintains", "the control-room dashboard built by the web team"), or what happened outside the person's
    time there ("happened after I left"). A clause with the person in it ("The platform team and I moved ... to
    Kubernetes") or opening with the person's deed ("Built the Python services that IT operates") is the person's."""
    before = _sentence_before(text, begin, wrapped=_WRAPPED_LINES)
    cut = max((m.end() for m in _CLAUSE_OPENER.finditer(before)), default=0)
    head = before[cut:]
    end = _CLAUSE_CLOSER.search(text, stop, min(len(text), stop + _REACH))
    tail = text[stop : end.start() if end else min(len(text), stop + _REACH)].replace("\n", " ")
    clause = head + text[begin:stop] + tail
    if _WHAT_A_PARTY_USES_IT_FOR.search(head):
        return True
    relative = _OTHERS_WHO.search(head)
    if relative is not None and not _FIRST_PERSON.search(head[relative.start() :] + text[begin:stop] + tail.split(",")[0]):
        return True  # "Handed trained checkpoints to the platform team, who own the Kubernetes deployment"
    aside = _OTHERS_WHO_ASIDE.search(before)
    if aside is not None and not _FIRST_PERSON.search(before[aside.start() :] + text[begin:stop] + tail):
        return True  # "work with the data science team (who own the demand-forecasting models)"
    if _NAMES_A_TEAM.match(tail):
        return True  # "Support the ML team's feature pipelines": the name of another team
    if _THEY_OWN.search(head) or _THEY_DO_IT.search(head):
        return True
    if _DISOWNED_LABEL.match(text, _line_start(text, begin), begin) or _ITS_OWN.search(head) or _ANOTHER_TEAM_ASIDE.search(before):
        return True  # "Not in my scope: the cloud fallback ASR, which ...", "ran its own A/B tests", "Our viewer (another team) runs on"
    if _open_aside(before) >= 0 and _BUILT_BY_OTHERS.match(text, stop):
        return True  # "Kept a monthly report (Tableau Server, maintained by the BI team – I supplied the numbers)"
    if _THEIR_PROJECT.match(text, stop):
        return True  # "when IT moved the quote engine onto Kubernetes in 2022 (their project; I reviewed the tests)"
    if _THE_BEFORE.search(head) and _NAMES_A_TEAM_DOING.match(text, stop):
        return True  # "The post-training team uses our failure sets for SFT": the team is named after the skill
    if text[begin:stop].lower().endswith("ed") and _DONE_BY_A_TEAM.match(text, stop):
        return True  # "with a 1B draft model distilled by our research team": the deed named is another team's
    # (what the person takes from the others' work is no deed of theirs: "the fraud team's Spark jobs produce the
    # transaction aggregates I start from")
    mine = clause
    for said in _NOT_THE_PERSONS_DEED:
        mine = said.sub("", mine)
    if _FIRST_PERSON.search(mine) and not _AWAY.search(clause):
        # (unless the thing itself is said to be theirs: "I hand over images and Helm values are theirs.")
        return bool(_SAID_THEIRS.match(text[stop : stop + _REACH].replace("\n", " ")))
    # (a bullet or a line of its own opens its clause even when the line before it has no full stop)
    line_before = own_line = text[_line_start(text, begin) : begin]
    own_line = own_line[max((m.end() for m in (*_CLAUSE_OPENER.finditer(own_line), *_SENTENCE_STOP.finditer(own_line))), default=0) :]
    whole = before + text[begin:stop] + tail
    # (an aside in parentheses is said of the clause around it: "The credit risk modellers build the ... scorecards
    # (logistic regression in SAS and Python)")
    if (
        _others_around_an_aside(before)
        or _others_around_an_aside(text[_line_start(text, begin) : begin])
        or _aside_of_others(text, before, stop)
        or _listed_after_others(before)
        or _AWAY.search(clause)
        or _OTHERS_AS_SUBJECT.match(head + text[begin:stop])
        or _OTHERS_AS_SUBJECT.match(own_line + text[begin:stop])
        or _PARTYS_OWN.search(head)
        or _PARTYS_OWN.search(before)
        or (_A_PARTY_DOES.search(head) and _A_DEED.match(text, begin))
        or _FROM_A_TEAMS_OWN.search(head)
        or _A_TEAM_MAKES_IN.search(head)
        or _RUN_BY_A_PARTY.search(head)
        or _SAT_IN_ON.search(head)
        or _SAT_IN_ON.search(own_line)
        or _PARTY_USES_TO.search(head)
        or _WHICH_A_PARTY_DOES.search(head)
        or (_TO_PEOPLE.search(head) and (_PEOPLE_NAMED.match(text, begin, stop) or _NAMES_A_TEAM_PLAIN.match(tail)))
        or _FOREIGN_TEAM_DOES.search(whole)
        or _LEFT_IN_CHARGE.match(text, stop)
        or _THEIRS_AFTER_FOREIGN.match(text, stop)
        or (_THEIRS.search(head) and ((not _OWN_DEED.match(head) and not _OWN_DEED.match(own_line)) or _GAVE_FOR_THEIRS.search(own_line)))
        or _LEFT_WITH_OTHERS.match(tail)
        # a team's own thing, which the person feeds or serves but did not make: "My tables feed ... the ops team's Looker
        # dashboards" (not "Built the ops team's Looker dashboards")
        or (
            _A_TEAMS_THING.search(head)
            and not _MADE_IT.search(head)
            and not (_OWN_DEED.match(head) or _OWN_DEED.match(line_before) or _OPENS_WITH_A_VERB.match(line_before))
        )
    ):
        return True
    if cut and _PASSIVE_BY_OTHERS.search(clause):
        return True  # an aside of its own: "Shipped speculative decoding (the draft model is distilled by the research team"
    # (what others set or hand over is theirs whatever the person did with it: "Worked to the forecast traffic figures
    # provided by the planning department")
    sentence_end = _SENTENCE_STOP.search(text, stop, min(len(text), stop + _REACH))
    rest = text[stop : sentence_end.start() if sentence_end else min(len(text), stop + _REACH)].replace("\n", " ")
    if _SET_BY_OTHERS.match(rest):
        return True
    if _OWN_DEED.match(before) or _OWN_DEED.match(own_line):
        return False  # "Built the Python services that IT operates": the person's deed, others keep it
    if _KEPT_BY_OTHERS.match(tail) or _BUILT_BY_OTHERS.match(tail) or _PROVIDED_BY_A_PARTY.match(tail):
        return True
    # (to the sentence's end over an aside: "the imputation models themselves (random forests) were built by the Data
    # Science Division")
    return bool(
        _PASSIVE_BY_OTHERS.search(clause) or _PASSIVE_BY_OTHERS.search(before + text[begin:stop] + rest) or _LEFT_WITH_OTHERS.match(rest)
    )


# others named by "they" after the person's own clause and a comma: "I keep the tables fresh, they own the dashboards"
# (or "while": "Worked beside the analytics team while they ran the A/B tests")
# the skill as the verb of "they": "I supply the sales history they forecast from"
_THEY_DO_IT = re.compile(r"\bthey\s+$", re.IGNORECASE)
_THEY_OWN = re.compile(
    r"(?:,\s+(?:(?:but|and|while)\s+)?|\s+(?:while|whilst|as|when)\s+)(?:they|the\s+(?:[\w-]+\s+){0,2}(?:team|group|department))\s+(?:own|run|build|maintain|keep|handle|manage|do|did"
    # ("Sat with the server team while they moved the game backend to Kubernetes")
    r"|owned|ran|built|kept|handled|managed|moved|migrated|ported|rebuilt|deployed|trained|shipped|set\s+up)\s+(?:(?:the|their|all)\s+)?(?:[\w/-]+\s+){0,3}$",
    re.IGNORECASE,
)
# what the person only watched: "Sat in on the bank's first A/B tests of payment reminders"
# ... or shadowed: "Shadowed the platform team during their Kubernetes migration (observer only)"
_SAT_IN_ON = re.compile(
    r"\b(?i:sat|sit|sits|sitting)\s+in\s+on\s+(?:(?i:the|a|an|their|our|its)\s+)?(?:[\w’'-]+\s+){0,3}$"
    r"|^\W*(?i:shadowed|shadowing)\s+(?:[\w’'-]+\s+){0,12}$"
    # ... or sat on a body that reviewed it: "Sat on the IT team’s BI vendor review (Tableau vs. Power BI)"
    r"|\b(?i:sat|sit|sits|sitting)\s+on\s+(?:(?i:the|a|an|their|our)\s+)?(?:[\w’'-]+\s+){0,4}?(?i:review|reviews|committee|panel|board|steering\s+group"
    r"|working\s+group)\b[^.;]{0,60}$"
)
# what another party runs, said as an adjective: "the vendor-run LLM agent on the member portal"
_RUN_BY_A_PARTY = re.compile(
    r"\b(?i:vendor|third[- ]party|partner|client|customer|agency|supplier)[- ]"
    r"(?i:run|built|owned|managed|hosted|supplied|provided|made|operated)\s+(?:[\w-]+\s+){0,2}$"
    # ... or as the subject after the thing: "the vaccination-scheduling app an external contractor runs on AWS"
    r"|\b(?i:an?)\s+(?i:external\s+|outside\s+|third-party\s+)?(?i:contractor|vendor|agency|partner|supplier|consultancy)\s+"
    r"(?i:runs|hosts|built|builds|maintains|operates|manages)\s+(?:(?i:on|in|with)\s+)?$"
)
# people or a team named by their trade or tool, worked with or handed to: "Partner with the ML engineers who build the search
# ranking model", "exposed as RESTful endpoints to the dashboard team"
_TO_PEOPLE = re.compile(r"\b(?i:with|alongside|to|for|from|by)\s+(?i:the|our|their)\s+$")
_PEOPLE_NAMED = re.compile(r"\S.*\b(?i:engineers?|scientists?|researchers?|analysts?|developers?|specialists?)$")
_NAMES_A_TEAM_PLAIN = re.compile(r"\s+(?:[\w-]+\s+)?(?:team|group|squad)s?\b")
_NAMES_A_TEAM = re.compile(r"\s+(?:[\w-]+\s+)?(?:team|group|squad)['’]s?\s")
# the person named only to be ruled out: "are designed and run by the Collections team, not by me"
_NOT_ME = re.compile(r",?\s*(?:and\s+|but\s+)?not\s+(?:by\s+|for\s+|from\s+|with\s+|to\s+)?(?:me|mine|myself)\b")
# what others read from the person's work, after the thing: "The BI team's Looker dashboards read from the marts I build"
_READ_FROM_MINE = re.compile(
    r"\b(?:from|on|off)\s+(?:the|my|our)\s+(?:[\w-]+\s+){0,3}?(?:that\s+|which\s+)?I\s+(?:build|built|maintain|maintained|own|owned|keep"
    r"|kept|run|ran|feed|fed|supply|supplied|prepare|prepared|publish|published)\b"
)
# what the person makes for others' things: "I make the tables their models are trained and scored on"
_MINE_FOR_THEIRS = re.compile(
    r"\bI\s+(?:make|made|build|built|prepare|prepared|keep|kept|maintain|maintained)\s+(?:the|our)\s+(?:[\w-]+\s+){0,3}?(?=(?:that\s+|which\s+)?their\s)"
)
_I_TAKE_FROM = re.compile(
    r"\b(?:that\s+|which\s+)?I\s+(?:start|started|build|built|work|worked|draw|drew|pull|pulled|read|consume|consumed)\s+(?:from|on|off)\b"
)

# the person's words that name no deed of theirs in a clause about others' work, taken out in this order
_NOT_THE_PERSONS_DEED = (_MINE_FOR_THEIRS, _READ_FROM_MINE, _I_TAKE_FROM, _NOT_ME)


def _sentence_end(text: str, stop: int) -> int:
    """Where the sentence holding ``stop`` ends (a full stop, not a semicolon), at most a few lines on."""
    found = _FULL_STOP_AHEAD.search(text, stop, min(len(text), stop + 2 * _REACH))
    return found.start() if found else min(len(text), stop + 2 * _REACH)


_FULL_STOP_AHEAD = re.compile(r"[.!?](?=\s|$)")


def _listed_after_others(before: str) -> bool:
    """Whether the match is in a list that a dash or a colon opens after a clause whose subject is another party: "the
    personalisation team owns the models themselves – the PyTorch two-tower recommender, the Thompson-sampling bandit"."""
    cuts = list(_CLAUSE_OPENER.finditer(before))
    if not cuts or cuts[-1].group().strip() not in ("–", "—", "-", ":"):
        return False
    previous = before[cuts[-2].end() if len(cuts) > 1 else 0 : cuts[-1].start()]
    return bool(_OTHERS_AS_SUBJECT.match(previous) and _OWNS.search(previous)) and not _FIRST_PERSON.search(previous)


_OWNS = re.compile(r"\b(?:owns?|runs?|maintains?|builds?|handles?|keeps?)\b", re.IGNORECASE)


def _open_aside(before: str) -> int:
    """Where the parenthesis opens that the text before a match leaves open, or -1."""
    opened = before.rfind("(")
    return -1 if opened < 0 or ")" in before[opened:] else opened


def _aside_of_others(text: str, before: str, stop: int) -> bool:
    """Whether the match sits in an aside, in parentheses, of a thing the text after the aside gives to others:
    "post-training (SFT, RLHF) is a separate group"."""
    if _open_aside(before) < 0:
        return False
    closed = text.find(")", stop, stop + _REACH)
    return closed >= 0 and _LEFT_WITH_OTHERS.match(text, closed + 1) is not None


def _others_around_an_aside(before: str) -> bool:
    """Whether the text before a match opens an aside, in parentheses, of a clause whose subject is another party."""
    opened = _open_aside(before)
    if opened < 0:
        return False
    relative = _OTHERS_WHO.search(before[:opened])
    if relative is not None and not _FIRST_PERSON.search(before[relative.start() : opened]):
        return True  # "the real-world-evidence group, which runs the external-control (propensity-score) comparisons"
    outer = before[:opened]
    outer = outer[max((m.end() for m in _CLAUSE_OPENER.finditer(outer)), default=0) :]
    if _TEAMS_JOB.search(outer) or _SAT_IN_ON.search(outer):
        return True  # "Dashboards are the BI team's job (Power BI)", "Sat on the IT team’s BI vendor review (Tableau vs."
    return bool(_OTHERS_AS_SUBJECT.match(outer)) and not _FIRST_PERSON.search(outer)


# a thing said to be a team's job: "Dashboards are the BI team's job (Power BI)"
_A_TEAMS_JOB = r"(?:the|our)\s+(?:[\w/&+-]+\s+){0,3}?(?:team|group|department)['’]s\s+(?:job|work|call|responsibility|domain|thing)"
_TEAMS_JOB = re.compile(r"\b(?:is|are|was|were)\s+(?:all\s+)?" + _A_TEAMS_JOB + r"\s*$", re.IGNORECASE)


# where a clause opens inside its sentence, and where it closes after the match
_CLAUSE_OPENER = re.compile(r"[:(]\s*|\s[—–-]\s|;\s*")
# (also "and I" with no comma: "the Collections team runs its own champion/challenger tests ... and I only supply the scores")
_CLAUSE_CLOSER = re.compile(r"[.;!?:)](?=\s|$)|\s[—–-]\s|\s\(|,\s+(?:(?:and|but|while|whereas|so|which|that)\s+)?(?=I\b)|\s+and\s+(?=I\b)")
_FIRST_PERSON = re.compile(r"\b(?:I|me|myself)\b|\bI['’](?:ve|d|m)\b")
# a team or other people, named with "the", "their", "its" or an organization's possessive, as the clause's subject
_PARTIES = (
    r"(?:teams?|groups?|orgs?|department|squad|unit|statisticians|actuaries|modell?ers|economists|quants|collaborators|partners?|vendors?|contractors?|consultants"
    r"|colleagues?|engineers|analysts|scientists|programmers|developers|division|divisions|office|agency|branch|interns?|suppliers?|providers?|distributors?|wholesalers?|labs?|PMO|IT"
    # ... or a function's people by their trade: "their planners build the forecasts"
    r"|planners|forecasters|researchers|traders|underwriters|marketers|clinicians)"
)
# what another party does in a relative clause of a thing: "the client’s project dashboard, which the client’s PMO owns and
# builds in Power BI"
_WHICH_A_PARTY_DOES = re.compile(
    # (also with no comma: "Deliver the rating-factor tables that the motor pricing team feeds into its GLMs")
    r"(?:,\s+|\s)(?i:which|that)\s+(?i:the|our|their)\s+(?:[\w/&+'’-]+\s+){0,3}?" + _PARTIES + r"\s+(?:[\w-]+\s+){1,6}$"
)
# what another party uses the thing for: "the traffic models the flow-management unit uses to forecast sector overloads"
_PARTY_USES_TO = re.compile(
    r"\b(?i:the|our|their)\s+(?:[\w/&+'’-]+\s+){0,3}?" + _PARTIES + r"\s+(?:uses?|used|needs?|relies\s+on)\s+to\s+"
    # ... or to do a thing of theirs with it: "the event tables the product analytics team used to read their A/B tests"
    r"(?:[a-z]+\s+(?:their|its)\s+(?:[\w-]+\s+)?)?$"
    # ... or reads for its own: "the exposure tables the experimentation team reads for its A/B test platform"
    r"|\b(?i:the|our|their)\s+(?:[\w/&+'’-]+\s+){0,3}?" + _PARTIES + r"\s+(?:reads?|uses?|pulls?|needs?)\s+(?:for|in)\s+(?:its|their)\s+$"
)
# what a party uses a thing for, or turns it into, whoever made the thing: "feature tables that the data science team uses
# for demand forecasting", "I compute zone features that the data-science team uses for its demand-forecasting models",
# "the weekly delay log that the operations analysis unit turned into statistics"
_WHAT_A_PARTY_USES_IT_FOR = re.compile(
    r"\b(?i:that|which)\s+(?i:the|our|their)\s+(?:[\w/&+'’-]+\s+){0,3}?"
    + _PARTIES
    + r"\s+(?:(?:uses?|used|relies\s+on|relied\s+on)\s+for|(?:turns?|turned|makes?|made)\s+into)\s+(?:[\w-]+\s+){0,2}(?:\w+-)?$"
    # ... or a party's own thing or deed in such a clause: "the curated tables that the analytics team's churn models consume",
    # "the Arabic LLM that our university partner fine-tuned for us"
    r"|\b(?i:that|which)\s+(?i:the|our|their)\s+(?:[\w/&+'’-]+\s+){0,3}?" + _PARTIES + r"(?:['’]s)?\s+(?:\w+ly\s+)?$"
)
_OTHERS_AS_SUBJECT = re.compile(
    # (also after a word that places it: "Downstream, the BI team builds the Tableau dashboards on my marts")
    r"^\W*(?i:(?:downstream|upstream|meanwhile|elsewhere|separately),?\s+)?(?i:(?:and|but|while|whereas|although|though|since|because)\s+)?"
    r"(?:(?i:the|their|its|another|a\s+(?:sister|separate|different|partner))|(?:[A-Z][\w&.-]*\s+)?[A-Z][\w&.-]*['’]s)\s+"
    r"(?:(?!(?:and|or|with)\b)[\w/&+.'’-]+\s+){0,4}?" + _PARTIES + r"(?:['’]s?)?\b(?!\s+(?:and|&|with)\s)"
    # ... or the company's other people by their trade: "Our data scientists train in PyTorch on their own notebooks"
    r"|^\W*(?i:our)\s+(?:[\w-]+\s+)?(?:scientists|engineers|analysts|statisticians|actuaries|researchers|developers)\s+(?!and\b|&)"
    # ... or an outside firm of the company's: "our agency ran A/B variants of the creative"
    r"|^\W*(?i:our)\s+(?:[\w-]+\s+)?(?:agency|agencies|vendor|vendors|contractor|contractors|consultants|consultancy|supplier|suppliers)\s+(?!and\b|&)[a-z]"
    # ... or a team's people: "Analysts on the pricing team build the Tableau dashboards on top of my marts"
    r"|^\W*(?:[\w-]+\s+)?(?i:analysts|engineers|scientists|actuaries|statisticians|developers|researchers|colleagues)\s+(?:on|in|from|at)\s+"
    r"(?i:the|our)\s+(?:[\w/&+-]+\s+){0,3}?(?i:team|group|department|squad)\b"
    # ... or a team or department in Spanish: "El departamento de sistemas migró en 2022 el data lake corporativo a AWS"
    r"|^\W*(?:El|La|Los|Las|el|la|los|las)\s+(?:equipo|equipos|departamento|área|area|gerencia)\s+de\s+"
    # ... or in French: "L’équipe data science entraîne les modèles de prévision de la demande"
    r"|^\W*(?:L|l)['’]équipe\s+(?!(?:et\s+)?(?:moi|je)\b)"
    # ... or a service of the organisation: "(Our IT service moved the survey servers to Azure in 2022.)"
    r"|^\W*(?i:our|the)\s+(?:IT|HR|(?i:facilities|procurement|finance|legal))\s+(?i:service|desk|function)\s+"
    # ... or another function's team of the company: "Our data team runs the Spark jobs that produce the training sets"
    r"|^\W*(?i:our)\s+(?!own\b)[\w-]+(?:\s+[\w-]+)?\s+(?i:team|group|department)\s+(?!and\b|&)[a-z]"
    # ... or people of another trade, named bare before their deed: "Platform engineers deploy the models behind our Go
    # scoring service"
    r"|^\W*(?:[\w-]+\s+){0,2}?(?i:engineers|scientists|analysts|statisticians|actuaries|developers|researchers|planners|traders"
    r"|underwriters|clinicians)\s+(?:\w+ly\s+)?(?i:deploy|deploys|deployed|build|builds|built|run|runs|ran|own|owns|owned|maintain|maintains"
    r"|maintained|train|trains|trained|serve|serves|served|host|hosts|hosted|ship|ships|shipped|design|designs|designed)\s"
    # ... or a colleague: "A colleague evaluated magnitude pruning on the student; we dropped it"
    r"|^\W*(?i:a|my|one|another)\s+(?:[\w-]+\s+)?(?i:colleague|teammate|co-worker|coworker|peer|manager|supervisor)\s+"
    # ... or a function by its name that did the work: "Sales ran A/B tests on the pricing page"
    r"|^\W*(?:Sales|Marketing|Finance|Operations|Ops|Legal|Growth|Research|Engineering|IT|HR|Risk|Compliance|Procurement)\s+"
    r"(?i:ran|runs|run|built|builds|owns|owned|designed|designs|trained|trains|deployed|deploys|did)\s+"
    # ... or a department by its name that keeps a thing: "Marketing Science owns the Bayesian media-mix model"
    r"|^\W*(?:[A-Z][\w&'’-]*\s+){1,4}(?:owns|maintains|operates|keeps|looks\s+after)\s+"
    # ... or an outside firm by its name and what it is: "Harcourt Advisory, the consulting firm, built the bed-demand
    # forecasting model"
    r"|^\W*(?:[A-Z][\w&.-]*\s+){0,3}[A-Z][\w&.-]*,\s+(?i:the|an?|our)\s+(?:[\w-]+\s+){0,2}?(?i:firm|consultancy|consultants|vendor|agency"
    r"|contractor|supplier|partner|company|startup|team|lab)\s*,\s+(?!I\b)[a-z]"
    # ... or the customers: "Customers fine-tune their own models with LoRA on the training product"
    # ("Copperwire's customers A/B test the generated subject lines in their own email tools")
    r"|^\W*(?:[A-Z][\w&-]*['’]s\s+)?(?i:customers|clients|users)\s+(?!(?:and|to|of|in|on|with|who|that|which)\b|&)(?:[a-z]|$)"
    r"|^\W*[A-Z][\w&-]*['’]s\s(?i:customers)\s(?!(?:and|to|of|in|on|with|who|that|which)\b|&)\S"
    # ... or their own teams: "Clients’ own data-science teams fine-tune models; our engagements stay on hosted GPT models"
    r"|^\W*(?i:customers|clients|users)['’]\s+(?:own\s+)?(?:[\w-]+\s+){0,2}(?i:teams?|engineers|staff|developers)\s+[a-z]"
    # ... or "they", others named before: "Still own the DAGs that land data for the data science team; they build the
    # credit-scoring models"
    r"|^\W*(?i:they)\s+(?!(?:and|or)\b)[a-z]"
    # ... or a department by its name doing it: "Data Engineering containerises and hosts the scoring service"
    # ("Data engineering migrated the warehouse onto Spark in 2021")
    r"|^\W*(?:[A-Z][\w&'’-]*\s+){0,3}(?:Engineering|Analytics|Science|Intelligence|Operations|Platform|Research|Insights|Infrastructure"
    r"|Finance|Marketing|Risk|IT|(?<=[A-Za-z]\s)(?:engineering|analytics|science|operations|platform|research|infrastructure))\s+"
    r"(?=(?:owns|maintains|operates|keeps|runs|hosts|builds|deploys|containeri[sz]es|trains|serves|manages"
    r"|handles|develops|designs|publishes|produces|schedules|monitors|ran|owned|built|trained|deployed|maintained|managed|migrated|moved"
    r"|rebuilt|introduced|adopted|rolled\s+out|set\s+up|migrates|moves)\b)"
    # ... or teams by what they work on: "Application teams build their own retrieval (RAG) services on the gateway"
    r"|^\W*(?:[A-Z][\w&-]*\s+)(?:[\w-]+\s+)?(?i:teams)\s+(?!(?:and|to|of|in|on|with|who|that|across)\b|&)[a-z]"
    # ... or an aside saying who owns it: "(owned by the MLOps team on AWS)"
    r"|^\W*(?i:owned|run|managed|maintained|operated|built)\s+by\s+(?i:the|our|their|an?)\s+(?:[\w/&+'’-]+\s+){0,3}?(?i:team|group|department|unit|vendor)\b"
)
# a team named with what it does, in a relative clause: "Partnered with the ranking team, who own the contextual-bandit
# recommender, on ...", "Worked alongside the creative team, who fine-tuned a language model for ad copy"
# ("a pharma partner whose medicinal-chemistry team ... deployed the screening model")
_OTHERS_WHO_ASIDE = re.compile(_PARTIES + r"\s*\(\s*(?:who|which|whose)\s+[^,;()]*$")
_OTHERS_WHO = re.compile(
    _PARTIES + r"(?:,\s+(?:who|which|whose)|\s+whose)\s+[^,;()]*$"
    # ... or a unit by its name and its people: "Hand validated risk scores to Clinical Informatics, whose team builds the
    # Epic dashboards nurses see"
    r"|\b[A-Z][\w&-]*(?:\s+[A-Z][\w&-]*){0,3},\s+whose\s+(?:team|teams|people|staff|analysts|engineers|developers|scientists)\s+[^,;()]*$"
)
# a team's own thing, used or taken from it: "checkpoint produced by the research team's knowledge distillation work",
# "land nightly through the ML Platform team's Kubernetes jobs", "staffing from the revenue team's occupancy forecast",
# "put the routing team's delivery-time prediction model behind one of them" (serving it is the person's, not the model)
_FROM_A_TEAMS_OWN = re.compile(
    r"\b(?:by|from|of|through|via|in|on|behind|after|with|for|to|called|used|queried|fed|feed|feeds|feeding|exposed|wrapped|consume|consumes"
    r"|consumed|consuming|surfaced|reused|integrated|integrate|integrates|integrating|wired|put|puts|putting|served|serve|serves|serving"
    r"|deployed|deploy|deploys|deploying|shipped|ship|ships|shipping|hosted|host|hosts|hosting)"
    r"\s+(?:the|our|their)\s+"
    r"(?:[\w/&+.-]+\s+){0,3}?(?:team|teams|group|department|unit|squad)['’]s?\s+"
    # ("feed the data science team’s churn-prediction model")
    r"(?:[\w/&+.-]+\s+(?:(?:and|&)\s+)?|[\w/&+.]+-)?$",
    re.IGNORECASE,
)
# the tool another team makes a thing in, after it: "the engagement data that our HR Analytics team builds in Power BI"
_A_TEAM_MAKES_IN = re.compile(
    r"\b(?:that|which)\s+(?:the|our|their)\s+(?:[\w/&+.-]+\s+){0,3}?(?:team|group|department|unit)\s+"
    r"(?:builds|maintains|runs|keeps|owns|publishes|produces)\s+(?:in|on|with)\s+$",
    re.IGNORECASE,
)
# another team doing it, said in Spanish, Portuguese, French, Italian, Swedish, Dutch or German: "las realiza el equipo de
# marketing digital", "é feito pela equipe de engenharia", "tränas av Data Science-teamet", "sull'infrastruttura del team
# Platform"
_FOREIGN_TEAM_DOES = re.compile(
    # ("Los cuadros de mando ... los mantenía el equipo de BI")
    # (or its thing: "Los modelos predictivos del equipo de mantenimiento consumen estos datos")
    # (Portuguese "time": "os dashboards em Looker do time de Analytics")
    r"\b(?:del|do|da)\s+(?:equipo|equipe|equipa|departamento|área|time)\s+de\b|"
    r"\b(?:realiza|realizan|hace|hacen|lleva|llevan|mantiene|mantienen|mantenía|mantenían|gestiona|gestionan|gestionaba|gestionaban"
    r"|construye|construyen|construyó|construyeron|hizo|hicieron|corre|corren|corría|ejecuta|ejecutan|diseña|diseñan|analiza|analizan"
    r"|mide|miden|lanza|lanzan)\s+el\s+equipo\b|\b(?:por\s+el|pela|pelo)\s+(?:equipo|equipe|time)\b"
    # ... or with the deed's complement between: "Los modelos los pone en producción el equipo de Ingeniería de Datos",
    # "os modelos quem coloca em produção é a equipe de plataforma"
    r"|\b(?:pone|ponen|ponía|ponían|despliega|despliegan|desplegaba|desplegó|entrena|entrenan|opera|operan|administra|administran"
    r"|monta|montan)\s+(?:[\w-]+\s+){1,2}?el\s+equipo\b"
    r"|\b(?:coloca|colocam|implanta|implantam|faz|fazem|opera|operam|mantém|mantêm)\s+(?:[\w-]+\s+){0,2}?(?:é\s+)?a\s+(?:equipe|equipa)\b"
    # ("Die Spark-Jobs für die Klickdaten betreibt das Data-Platform-Team")
    r"|\b(?:betreibt|betreiben|baut|bauen|pflegt|pflegen|verantwortet|verantworten|entwickelt|entwickeln)\s+(?:das|die|der|unser|unsere)\s+[\w-]*[Tt]eam\b"
    # ... or a unit named before what it did, in a relative clause: "la Unidad de Investigación, que desarrollaba modelos de
    # aprendizaje automático"
    r"|\b(?:unidad|equipo|departamento|área|servicio|grupo|equipe|equipa)\b[^.;]{0,60}?,?\s+que\s+(?:desarrolla|desarrollaba|entrena"
    r"|entrenaba|construye|construía|mantiene|mantenía|usa|usaba|opera|operaba|desenvolve|desenvolvia|treina|treinava)\b"
    r"|\bpar\s+l['’]équipe\b|\bav\s+(?:[\w-]+-)?teamet\b|\b(?:del|dal)\s+team\b|\bdoor\s+het\s+[\w-]*team\b|\bvom\s+[\w-]*team\b",
    re.IGNORECASE,
)
# said to be theirs after it in Spanish, Portuguese or French: "los modelos de predicción de demanda y de churn son de ellos"
_THEIRS_AFTER_FOREIGN = re.compile(
    r"[^.;:\n]{0,80}?\b(?:son|es|eran|era|são|é|eram|sont|est)\s+(?:de\s+ellos|de\s+ellas|suyos|suyas|deles|delas|à\s+eux|les\s+leurs)\b",
    re.IGNORECASE,
)
# left in another team's charge, said after it to the sentence's end in Portuguese or Italian: "O deployment dos modelos em
# Azure ficou a cargo da equipa de engenharia de cada cliente", "il controllo statistico di processo (SPC) resta in capo al
# reparto Qualità"
_LEFT_IN_CHARGE = re.compile(
    r"[^.;]{0,200}?\b(?:a\s+cargo\s+d[ao]s?\s+(?:equipo|equipe|equipa|departamento|área|time|cliente|clientes|parceiro)"
    r"|(?:in\s+capo\s+al|a\s+carico\s+del)\s+(?:reparto|team|gruppo|ufficio|dipartimento))\b",
    re.IGNORECASE,
)
# the thing named said to be theirs, whoever else the sentence names: "I hand over images and Helm values are theirs."
_SAID_THEIRS = re.compile(r"\s+(?:[\w/&+-]+\s+){0,3}?(?:is|are|was|were)\s+(?:all\s+|still\s+)?theirs\b", re.IGNORECASE)
# what is left to another team or comes from one: "recurring dashboards stay with the BI team, who maintain them in Looker",
# "Demand forecasts come from the customers' own planning teams"
_LEFT_WITH_OTHERS = re.compile(
    # said to be none of the person's: "(GKE was not ours; the service ran on Cloud Run)"
    r"\s+(?:is|are|was|were)\s+(?:not|never)\s+(?:ours|mine|my\s+(?:job|work|area|remit)|used)\b|(?:\s+(?:is|was)n['’]t|\s+(?:are|were)n['’]t)\s+(?:ours|mine)\b|"
    # ... or others' ("Training and deploying the models is theirs.")
    r"\s+(?:[\w/&+-]+\s+){0,4}?(?:is|are|was|were|stays?|remains?)\s+(?:all\s+|still\s+)?(?:theirs|someone\s+else['’]s"
    r"|their\s+(?:work|job|call|responsibility|domain)"
    # ... or a team's by name: "Dashboards are the BI team's job (Power BI)"
    r"|" + _A_TEAMS_JOB + r")\b|"
    # ... or a team's, said after the things it owns: "The public REST API and the analyst dashboard in front of it are the
    # platform team’s"
    r"[^.;]{0,60}?\b(?:is|are|was|were)\s+(?:all\s+)?(?:the|our)\s+(?:[\w/&+-]+\s+){0,3}?(?:team|group|department|squad)['’]s?\s*(?:[.;,]|$)|"
    # ... or theirs in Portuguese, said after it: "os modelos de churn deles"
    r"(?:\s+[\w/&+-]+){0,3}?\s+(?:deles|delas)\b|"
    # ... or out of the person's scope: "the policyholder chatbot (a vendor RAG product) is out of my scope"
    r"[^.;]{0,40}?\b(?:is|are|was|were)\s+(?:out\s+of|outside(?:\s+of)?|beyond)\s+(?:my|our)\s+(?:scope|remit)\b|"
    # ... or disowned after a dash: "(The official Tableau boards are published by the Oficina de Estadística – not mine.)"
    r"[^.;()]{0,80}?\s[–—-]\s*not\s+(?:mine|me|my\s+work)\b|"
    # ... or kept in another team's things: "The brand dashboards live in the BI team's Tableau workbooks"
    r"\s+(?:[\w/&+-]+\s+){0,2}?(?:lives?|sits?)\s+in\s+(?:the|our)\s+(?:[\w/&+-]+\s+){0,3}?(?:team|group|department)['’]s?\b|"
    # ... or done through another team: "Models go to production through the IT platform team"
    r"\s+(?:through|via)\s+(?:the|our|their)\s+(?:[\w/&+'’-]+\s+){0,3}?(?:team|group|department)\b|"
    # ... or a group of its own: "post-training (SFT, RLHF) is a separate group"
    r"\s+(?:\([^()]{1,40}\)\s+)?(?:is|are)\s+(?:a\s+)?(?:separate|different|another)\s+(?:team|group|squad|unit)\b|"
    # ... or on another's plan: "Moving to Kubernetes is on the platform team's roadmap, not mine"
    r"\s+(?:[\w/&+-]+\s+){0,3}?(?:is|are)\s+on\s+(?:the|their|an?)\s+(?:[\w/&+'’-]+\s+){0,3}?(?:roadmap|backlog|wish\s*list)\b|"
    # (or "with them", the others just named: "the A/B tests stay with them")
    r"\s+(?:[\w&()/-]+\s+){0,6}?(?:stays?|sits?|lives?|remains?|rests?)\s+with\s+them\b|"
    r"\s+(?:[\w&()/-]+\s+){0,6}?(?:(?:stays?|sits?|lives?|remains?|rests?)\s+with|(?:comes?|came)\s+from|belong(?:s|ed)?\s+to)\s+(?:the|our|their|an?|another|sister|each)\s+"
    r"(?:[\w/&+'’-]+\s+){0,3}?(?:teams?|groups?|departments?|unit|division|vendors?|agency|partners|economists|scientists|engineers"
    r"|analysts|modell?ers|statisticians|actuaries|researchers|consultants)\b"
    # ... or from a product named, another's: "The occupancy forecasts come from IDeaS, the vendor's revenue system"
    r"|\s+(?:comes?|came)\s+from\s+[A-Z][\w&.-]*(?:\s+[A-Z][\w&.-]*)?,\s+(?:the|a|an|our)\s+(?:[\w/&+'’-]+\s+){0,3}?"
    r"(?:system|tool|platform|product|vendor|supplier)\b"
)
# what belongs to other people, in a clause the person's deed does not open: "The cluster runs their pretraining and RLHF
# jobs", "the GPU node pool that their PyTorch fraud models train on" (not "Rebuilt their Tableau dashboards")
_THEIRS = re.compile(r"\btheir\s+(?:[\w/+.-]+\s+(?:(?:and|&)\s+)?){0,2}$")
# a party right before the deed, its subject: "the point-in-time feature tables the pricing data scientists train their
# models on"
_A_PARTY_DOES = re.compile(r"\b(?:the|our)\s+(?:[\w/&+'’-]+\s+){0,3}?" + _PARTIES + r"\s+$")
_A_DEED = re.compile(r"(?:train|build|deploy|run|use|fine-tune|serve|query|maintain|fit|test|score|host|ship)s?\b", re.IGNORECASE)
# what the person handed over for others' work: "Supplied bed-occupancy data to the university trials unit for their Bayesian
# adaptive trial"
_GAVE_FOR_THEIRS = re.compile(r"^\W*(?:Supplied|Provided|Handed|Sent|Fed|Delivered|Gave)\b[^.;]*\bfor\s+their\s+(?:[\w/+.-]+\s+){0,2}$")
# what belongs to another party, named just before it: "Programmatic bidding runs on our agency partners' machine-learning
# algorithms"
_PARTYS_OWN = re.compile(
    # (not the means the person reached it by: "integrations with the clients' CRM over REST APIs")
    r"\b(?i:partners?|vendors?|clients?|customers?|sponsors?|suppliers|contractors|agenc(?:y|ies)|co-ops?|cooperatives?|distributors?)['’]s?\s+"
    r"(?:(?!(?i:over|via|through|with|using|into|from|by)\s)[\w-]+\s+){0,2}$"
    # ... or a unit's by its name, said of a thing: "The nightly load into the warehouse is Research IT's Python code"
    r"|\b(?:is|are|was|were)\s+(?-i:(?:[A-Z][\w&-]*\s+){0,3}[A-Z][\w&-]*)['’]s\s+(?:[\w-]+\s+)?$"
    # ... or a team's by its kind: "Recipe ranking is the Personalisation squad's TensorFlow recommender"
    r"|\b(?:is|are|was|were)\s+(?:the|our)\s+(?:[\w-]+\s+){0,2}(?:team|squad|group|department|desk)['’]s\s+(?:[\w-]+\s+)?"
    r"(?:\(\s*(?:in|with|on|using)\s+)?$"
)
# "the Tableau workbook that the BI team maintains", "the control-room dashboard built by the web team"
_KEPT_BY_OTHERS = re.compile(
    # (or with no "that": "the Tableau dashboards their IT teams publish", "the sales forecasts the commercial team sends")
    r"[\w-]*(?:\s+[\w/&+.-]+){0,4}?,?\s+(?:(?:that|which)\s+|(?=their\s)|(?=the\s+(?:[\w/&+'’-]+\s+){0,2}?(?:teams?|department|unit|office)\s))(?:(?:the|our|their)\s+(?:[\w/&+'’-]+\s+){0,3}?"
    r"(?:teams?|squads?|group|department|unit|office|PMO|engineers?|scientists?|analysts?)"
    # ... or a department by its name: "the new Spark-based data lake that Data Engineering built in 2022"
    r"|(?:[A-Z][\w&-]*\s+){1,3})\s*(?:\w+ly\s+)?(?:had\s+)?(?:maintains|maintained|owns|owned|runs|ran|built|builds|manages|managed|operates|operated"
    r"|started|piloted|trialled|trialed|dropped|abandoned|rolled\s+out|introduced|launched|designs|designed"
    r"|publishes|published|produces|produced|maintain|own|run|build|manage|operate|publish|produce|wrote|writes|trained|trains"
    r"|sends|sent|provides|provided|supplies|supplied)\b"
)
_DISOWNED_LABEL = re.compile(
    # (also after a sentence the line began with: "... for category managers. › Not mine: the planogram dashboards")
    # (or with an aside before its colon: "Not my area (yet): quantization, Kubernetes"; "Not my scope: the assistant's LLM
    # fine-tuning")
    # (or the team's, with a remark before the colon: "Not my team's work but often asked about: the data desk's maps")
    r"(?:[^\n]*?[.!?]\s+)?\W*(?i:not\s+(?:in\s+(?:my\s+|our\s+)?scope|mine|(?:my|our)\s+(?:team['’]s\s+)?(?:work|job|area|call|scope|remit|project|projects))"
    r"|out\s+of\s+(?:my\s+)?scope)(?:\s*\([^()\n]{1,12}\))?(?:\s+(?i:but)\s+[^:\n]{1,40})?\s*:[^.\n]*$"
)
_ITS_OWN = re.compile(
    # ("Finance kept its own Tableau workbooks")
    r"\b(?:partner|team|department|operations|ops|vendor|client|customer|unit|group|agency|bank|they|partners|clients|customers|teams|finance"
    r"|marketing|sales|hr|legal|procurement|risk|compliance|engineering|analysts|engineers|scientists|staff|(?-i:IT)"
    # ... or a thing of a function's, named with it: "Marketing's poster campaign ran its own split test"
    r"|(?-i:[A-Z][\w&-]*)['’]s\s+(?:[\w-]+\s+){0,2}[\w-]+)\s+"
    r"(?:[\w-]+\s+)?(?:runs?|ran|keeps?|kept|has|had|builds?|built|maintains?|maintained|owns?|owned)\s+(?:its|their)\s+own\s+(?:[\w/-]+\s+){0,2}$",
    re.IGNORECASE,
)
_ANOTHER_TEAM_ASIDE = re.compile(r"\(\s*(?:another|a\s+(?:different|separate|sister))\s+team\s*\)\s+(?:[\w-]+\s+){0,5}$", re.IGNORECASE)
_THEIR_PROJECT = re.compile(
    r"[^.;()\n]{0,40}?\(\s*(?:their|another\s+team['’]s|the\s+vendor['’]s)\s+(?:project|work|call|system|job|decision|models?|tools?|code)\b"
    # ... or said to be theirs, thing by thing, after a semicolon: "the digital team's A/B test readouts; their experiments,
    # their analysis"
    r"|[^.;()\n]{0,60}?;\s*their\s+[\w-]+(?:\s*,\s*(?:and\s+)?their\s+[\w-]+)+"
    # ... or said to be theirs: "size segments for their A/B tests (I supplied the clusters; the tests were theirs)",
    # "runs on Kubernetes; that is the platform team's", "(the dashboard itself was the frontend team's)"
    r"|[^.;()\n]{0,40}?\([^()]{0,60}?\b(?:were|are|was|is)\s+theirs\b"
    # ("(the dashboards were the client's BI team's)")
    r"|[^.;()\n]{0,40}?(?:;\s*|\(\s*)(?:that|this|it|the\s+[\w-]+(?:\s+itself)?)\s+(?:is|was|are|were)\s+(?:the|our|a|another)\s+"
    r"(?:[\w/&+.'’-]+\s+){0,3}?(?:team|group|department|squad)['’]s?(?=[\s.;,)]|$)"
    # ... or the thing itself is: "(the dashboard itself was the frontend team's)", "the tests were theirs"
    r"|(?:\s+(?:itself|themselves))?(?:\s+(?:in|of|on)\s+(?:the|our)\s+[\w-]+)?\s+(?:is|was|are|were)\s+(?:theirs\b|(?:the|our|a|another)\s+(?:[\w/&+.'’-]+\s+){0,3}?"
    r"(?:team|group|department|squad)['’]s?(?=[\s.;,)]|$))"
)
# ("the data science team", or an organisation's: "the hospital's Business Intelligence unit")
_THE_BEFORE = re.compile(r"\b(?i:the|our)\s+(?:[\w-]+['’]s\s+)?$")
_NAMES_A_TEAM_DOING = re.compile(
    # (or in a clause of its own: "the CRO's Bayesian adaptive-design group, who ran the interim looks")
    r"[\s-]+(?:[\w-]+\s+)?(?:team|group|squad|unit|department)(?:\s+|,\s+(?:who|which)\s+)(?:uses|runs|owns|builds|trains|does|handles|takes|picks|maintains|deploys|serves|hosts|operates|monitors|reads|registers|can['’]t|cannot|can|will|do"
    # ... or did: "the biostatistics group ran the reader-study statistics"
    # ... or deploys it: "The serving team deploys the models behind Triton"
    r"|used|ran|owned|built|trained|did|handled|took|maintained|designed|wrote|analy[sz]ed|tested|led|reviewed|deployed|served|hosted|operated)\b"
)
_DONE_BY_A_TEAM = re.compile(
    r"\s+by\s+(?:the|our|their|an?|another)\s+(?:[\w/&+-]+\s+){0,3}?(?:team|group|department|unit|vendor|partner|contractor|analyst|engineer"
    r"|scientist|researcher)s?\b",
    re.IGNORECASE,
)
_BUILT_BY_OTHERS = re.compile(
    # (also after the thing's noun, and with two deeds: "a gRPC gateway built and operated by the platform team")
    # (or after a comma, by a team of another kind: "the pre-approval agent, built by a separate agents team in LangGraph")
    # (or prepared by a colleague: "the weekly pick-up report prepared by our revenue manager"; "owned by that team")
    # (or in an aside: "We tried a LoRA fine-tune (trained by the research team)")
    # (or set up and read out: "Ranking changes go out behind A/B tests set up and read by the experimentation team")
    # (or of its object, by a team named without an article: "the A/B testing of consent banners run by Growth teams")
    # (or sent by it: "the occupancy forecasts sent by the Revenue Management team")
    r",?\s+(?:[\w-]+\s+){0,3}?\(?(?:built|maintained|owned|run|managed|operated|prepared|produced|written|trained|set\s+up|designed|supplied|provided|licensed|sent)"
    r"(?:\s+and\s+(?:built|maintained|owned|run|managed|operated|read|analy[sz]ed|reviewed))?"
    r"\s+by\s+(?:(?:the|our|their|that|a\s+separate|another|a\s+different)\s+(?:[\w/&+-]+\s+){0,3}?"
    r"(?:team|group|department|unit|squad|manager|analyst|planner|controller|accountant|auditor)s?\b|(?-i:IT)\b"
    r"|(?-i:[A-Z][\w&-]*)\s+(?:team|group|department|squad)s?\b"
    # (or by an outside firm: "a LoRA pilot run by a vendor")
    r"|(?:a|an|the|our|another)\s+(?:[\w-]+\s+)?(?:vendor|partner|contractor|consultancy|supplier|agency)\b)"
)
# what an outside party provides, after the thing: "the POS dashboard our bank provides"
_PROVIDED_BY_A_PARTY = re.compile(
    r"\s+(?:that\s+|which\s+)?(?:our|the|their)\s+(?:bank|supplier|vendor|provider|insurer|landlord|agency|franchisor|accountant|co-op)s?\s+"
    r"(?:provides|provided|supplies|supplied|hosts|hosted|runs|ran|maintains|maintained|gives|gave|sends|sent)\b",
    re.IGNORECASE,
)
# what another person or team sets or hands over, which the person works to: "against the shift budgets (staff hours per
# shift) set by the duty manager", "within the monthly budget the practice manager sets", "the forecast traffic figures
# provided by the planning department"
_SET_BY_OTHERS = re.compile(
    # (or sent: "from the occupancy forecasts sent by the Revenue Management team")
    r"[\w-]*(?:\s+[\w-]+){0,2}?(?:\s*\([^()]{0,40}\))?\s+(?:set|fixed|approved|allocated|provided|supplied|sent)\s+by\s+(?:the|our|their|a)\s+"
    r"(?:[\w/&+-]+\s+){0,3}?(?:manager|director|head|owner|board|department|planners|team)\b"
    # ("within the post budget the line producer set")
    r"|[\w-]*\s+(?:that\s+)?the\s+(?:[\w/&+-]+\s+){0,2}?(?:manager|director|head|owner|board|producer|sponsor|client|committee)\s+"
    r"(?:sets|fixes|approves|allocates|set|fixed|approved|allocated)\b"
)
# "Kubernetes is run by the platform team", "the comparison ... was done by our Monash collaborators", "le cluster GKE
# reste géré par l'équipe Plateforme"
_PASSIVE_BY_OTHERS = re.compile(
    # (also with an aside before "by": "is written (and A/B tested) by the contact-centre content team"; or a team named in
    # a few words: "are trained by the computational chemistry and imaging teams (PyTorch, scikit-learn)")
    r"\b(?:is|was|were|are|been|being|remains?|stays?)\s+(?:\w+ly\s+)?(?:A/B[\s-]+)?(?:[\w-]+\s+and\s+)?(?:run|owned|maintained|built|handled|"
    r"managed|done|led|operated|kept|developed|administered|generated|produced|carried\s+out|looked\s+after|written|tested|distilled|trained"
    r"|fine-tuned|labelled|labeled|annotated|designed|trialled|trialed|piloted|evaluated|analysed|analyzed|collected|compiled|served|hosted|deployed"
    r"|read|read\s+out"
    # ("INT8 quantization was assessed by the firmware team")
    r"|assessed|reviewed|benchmarked|investigated|tried|sent"
    # ... or a tool retired or brought in: "The desk's old Tableau workbooks were retired by the BI team in 2022"
    r"|retired|decommissioned|replaced|rebuilt|migrated|sunset|sunsetted|introduced|rolled\s+out|set\s+up)(?:\s+\([^()]{1,40}\))?\s+by\s+(?:(?:the|our|their|its|an?|another|other)\s+)?"
    r"(?:[\w/&+.'’-]+\s+){0,5}?(?:" + _PARTIES + r"|vendor\s+tool|vendor['’]s\s+(?:[\w-]+\s+)?(?:system|tool|platform)"
    # ... or a function by its name: "The DMC dashboards themselves are built by clinical data management"
    r"|(?:data\s+)?(?:management|engineering|operations|finance|marketing))\b"
    # ... or said to belong to one: "the recommendation models in the care app belong to the ML platform team"
    r"|\bbelongs?\s+to\s+(?:(?:the|our|their|an?|another|other|sister)\s+(?:[\w/&+.'’-]+\s+){0,3}?" + _PARTIES + r"\b"
    # ... or to a unit by its name: "the Kubernetes serving fleet belongs to ML Platform"
    r"|(?-i:[A-Z][\w&-]*(?:\s+[A-Z][\w&-]*){0,3})\s*[.;,)]|(?-i:[A-Z][\w&-]*\s+)?(?-i:[A-Z][\w&-]*)$)"
    r"|\b(?:reste|restent|est|sont)\s+(?:gérée?s?|maintenue?s?|pilotée?s?)\s+par\s+(?:l['’]équipe|le\s+service|les\s+équipes)\b",
    re.IGNORECASE,
)
# a sentence that opens with the person's own deed ("Deployed models on clusters that are run by the platform team")
_OWN_DEED = re.compile(
    r"^\W*(?:[A-Z][a-z]+ed|Built|Rebuilt|Rewrote|Ran|Led|Wrote|Made|Set\s+up|Drove|Took|Kept|Held|Grew|Cut|Shipped|Build|Run|Lead|Write|Own|Deploy)\b"
)
# work that happened when the person was not there: "(The actuarial move onto Spark happened after I left.)"
_AWAY = re.compile(r"\b(?:after\s+I\s+(?:left|moved\s+on)|before\s+I\s+(?:joined|arrived)|(?:before|after)\s+my\s+time)\b")


def _first_initial(text: str, begin: int, stop: int) -> bool:
    """Whether a one-letter name opens a person's name: a capital and a full stop before a surname, after a title
    ("supervisor: Dr. R. Okafor"), another initial ("J. R. Smith") or an author of a list ("M. Lindqvist, R. Shah");
    "SQL, R. Strong communication" is a list of skills and a new sentence."""
    if stop - begin != 1 or not text[begin].isupper() or _SURNAME_AFTER_INITIAL.match(text, stop) is None:
        return False
    return _BEFORE_FIRST_INITIAL.search(text, max(0, begin - 40), begin) is not None


_BEFORE_FIRST_INITIAL = re.compile(r"(?:\b(?:Dr|Prof|Mr|Mrs|Ms|Mx)\.?|\b[A-Z]\.|\b[A-Z]\. [A-Z][\w'’-]+,)[ \t]+$")
_FUNCTION_WORDS = frozenset(["and", "or", "of", "the", "to", "in", "for", "with", "on", "at", "by", "a", "an"])


def _split_word(text: str, begin: int, stop: int) -> bool:
    """Whether a one-letter name is the first letter of a word a text layer split with a space ("R esponsive Web
    Design"): the letter and the lowercase piece after it make an English word, the piece alone does not."""
    if stop - begin != 1:
        return False
    rest = _LOWER_PIECE.match(text, stop)
    if rest is None:
        return False
    piece = rest.group(1)
    word = (text[begin] + piece).lower()
    return not (is_english_word(piece) or is_common_word(piece)) and (is_english_word(word) or is_common_word(word))


_LOWER_PIECE = re.compile(r" ([a-z]{2,})\b")


def _bracketed_prefix(text: str, begin: int, stop: int) -> bool:
    """Whether a one-letter name stands in brackets glued to the word after it: "(R)DBMS", an optional first letter."""
    return stop - begin == 1 and text[begin - 1 : begin] == "(" and bool(_GLUED_AFTER.match(text, stop))


_GLUED_AFTER = re.compile(r"\)[A-Za-z]")


def _trusted(found: list[_Candidate], segment: list[_Piece], unsure: dict[int, float]) -> tuple[list[_Candidate], list[_Candidate]]:
    """Fuzzy candidates on low-confidence OCR lines, moved out of ``found`` and marked as near misses."""
    kept: list[_Candidate] = []
    untrusted: list[_Candidate] = []
    for cand in found:
        lines = {segment[i].line for i in range(cand.first, cand.last + 1)}
        low = [unsure[line] for line in lines if line in unsure]
        if cand.match != "fuzzy" or not low:
            kept.append(cand)
            continue
        untrusted.append(
            replace(
                cand,
                rule=f"OCR confidence {min(low):.2f} < {OCR_FUZZY_MIN_CONFIDENCE:.2f}: a fuzzy match there is not trusted ({cand.rule})",
            )
        )
    return kept, untrusted


_RANK = {"exact": 0, "lemma": 1, "fuzzy": 2}


def _best_per_span(candidates: list[_Candidate]) -> list[_Candidate]:
    """One candidate per (skill, span): exact beats lemma beats fuzzy."""
    if len(candidates) < 2:
        return candidates
    rank = _RANK
    best: dict[tuple[str, int, int, bool], _Candidate] = {}
    for cand in candidates:
        key = (cand.entry.skill, cand.first, cand.last, cand.entry.negative)
        kept = best.get(key)
        if kept is None or (rank[cand.match], -cand.score) < (rank[kept.match], -kept.score):
            best[key] = cand
    return list(best.values())


def _drop_excluded(candidates: list[_Candidate]) -> list[_Candidate]:
    """Remove the hits of a skill inside one of its ``exclude`` phrases ("Monty Python"), and the phrases."""
    negatives = [c for c in candidates if c.entry.negative]
    if not negatives:
        return candidates
    return [
        c
        for c in candidates
        if not c.entry.negative and not any(n.entry.skill == c.entry.skill and n.first <= c.first and c.last <= n.last for n in negatives)
    ]


def _drop_contained(candidates: list[_Candidate], max_size: int, skills: Mapping[str, Skill]) -> list[_Candidate]:
    """Drop a hit inside a longer hit of the same skill, or an ambiguous one inside any longer hit but one of a skill
    it implies ("presented" of data storytelling in "presented to" of communication: its context still decides).

    A hit spans at most ``max_size`` pieces, so only hits starting that close before can contain another.
    """
    if len(candidates) < 2:
        return candidates
    by_start: dict[int, list[_Candidate]] = defaultdict(list)
    for cand in candidates:
        by_start[cand.first].append(cand)

    def inside(cand: _Candidate) -> bool:
        for start in range(cand.first - max_size + 1, cand.first + 1):
            for other in by_start.get(start, ()):
                if other.last < cand.last or (other.first, other.last) == (cand.first, cand.last):
                    continue
                if other.entry.skill == cand.entry.skill:
                    return True
                if cand.entry.alias.context != "none" and other.entry.skill not in skills[cand.entry.skill].implies:
                    return True
        return False

    return [cand for cand in candidates if not inside(cand)]


@Language.factory(
    "gapcheck_skills",
    default_config={"taxonomy": None, "extend": False, "fuzzy_cutoff": DEFAULT_FUZZY_CUTOFF, "spans_key": SPANS_KEY},
)
def make_skill_matcher(
    nlp: Language,
    name: str,
    taxonomy: str | None,
    extend: bool,
    fuzzy_cutoff: float,
    spans_key: str,
) -> SkillMatcher:
    """spaCy factory of :class:`SkillMatcher` (registered as ``gapcheck_skills``)."""
    return SkillMatcher(nlp, name, taxonomy=taxonomy, extend=extend, fuzzy_cutoff=fuzzy_cutoff, spans_key=spans_key)


def _inflected(piece: _Piece) -> bool:
    return piece.lemma != piece.lower


def _plural(piece: _Piece) -> bool:
    return _inflected(piece) and piece.lower.endswith("s")
