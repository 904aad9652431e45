"""Job postings: which lines ask for a skill as required, and which only as optional, read as a recruiter would.

A posting's "Nice to have", "Preferred qualifications" or "Bonus" section makes its lines optional
until the next required-style heading ("Requirements", "What you'll need", ...); a line that itself says
"preferred", "a plus", "bonus" or "nice to have" is optional too. Lines under "Responsibilities" / "What you
will do" (or under no heading) are duties: a skill they need is required, even when a "Nice to have" section
names it too. A topic line marked optional ("Deep Learning (optional/bonus):") makes its block optional until
the next topic line. Skills joined by "or" ("PyTorch or TensorFlow", "one of Python/R/Scala")
are one requirement that any of them satisfies.
"""

from __future__ import annotations

import bisect
import itertools
import re
from collections import defaultdict
from collections.abc import Collection, Iterable, Mapping, Sequence
from functools import lru_cache
from typing import TYPE_CHECKING

from gapcheck.links import web_address_spans

if TYPE_CHECKING:
    from gapcheck.document import Document, Line
    from gapcheck.hits import SkillHit
    from gapcheck.report import JobPosting

_OPTIONAL_HEADINGS = (
    "nice to have",
    "nice to haves",
    "nice if you have",
    "nice if you ve",
    "nice to know",
    "preferred",
    "preferred qualifications",
    "preferred skills",
    "bonus",
    "bonus points",
    "good to have",
    "pluses",
    "plusses",
    "plus",
    "desirable",
    "desired",
    "desired skills",
    "optional",
    "extra credit",
    "it would be great if",
    # "It's a plus if", "It would be a plus if you have"
    "it s a plus",
    "it s a bonus",
    "it would be a plus",
    "it would be nice if",
    "a plus",
    "what we d like to see",
    "what we would like to see",
    "what we d love to see",
    "what we would love to see",
    "we d like to see",
    "we d love to see",
    "we would love to see",
    "even better if",
    "ideally",
    "additional qualifications",
    # after "Basic Qualifications" (an Amazon-style ad)
    "other qualifications",
    # "Strong candidates may also have" (after "You may be a good fit if you")
    "strong candidates may also have",
    "strong candidates may also",
    "strong candidates will also have",
    "you may also have",
    "you might also have",
    # "What Makes You Stand Out – Preferred Experience & Skill"
    "what makes you stand out",
    "what will make you stand out",
    "you will stand out if",
    "you ll stand out if",
    # "Not required, but likely a very good fit:"
    "not required",
    "not mandatory",
    "not essential",
)
_REQUIRED_HEADINGS = (
    "requirements",
    "required",
    "required skills",
    "required qualifications",
    "must have",
    "must haves",
    "qualifications",
    "minimum qualifications",
    "basic qualifications",
    "what you will need",
    "what you ll need",
    "what you need",
    "what we need",
    "what you bring",
    "what you ll bring",
    "what you will bring",
    "what you have",
    "who you are",
    "what we are looking for",
    "what we re looking for",
    "about you",
    "your profile",
    "candidate profile",
    "the ideal candidate",
    "ideal candidate",
    "you have",
    "skills",
    "key skills",
    "other requirements",
    "additional requirements",
    "general requirements",
    "technical requirements",
    "soft skills",
    "personal requirements",
    # a public-sector ad's person specification: "Essential:" / "Desirable:" under each heading
    "essential",
    "mandatory",
)
_DUTY_HEADINGS = (
    "responsibilities",
    "key responsibilities",
    "main responsibilities",
    "primary responsibilities",
    "major responsibilities",
    "job responsibilities",
    "position responsibilities",
    "essential functions",
    "essential job functions",
    "essential duties",
    "job functions",
    "job duties",
    "key duties",
    # a bank's job description: "Key accountabilities"
    "accountabilities",
    "key accountabilities",
    "main accountabilities",
    "your accountabilities",
    "principal duties",
    "your tasks",
    "tasks",
    "your responsibilities",
    "your mission",
    "what you will do",
    "what you ll do",
    "what you ll own",
    "what you will own",
    "the role",
    "your role",
    "duties",
    "in this role",
    "day to day",
    "your impact",
    "what you ll be doing",
    "what you will be doing",
    # the tools of the job, named as what it is done with
    "tech stack",
    "our tech stack",
    "technology stack",
    "our technology stack",
    "our stack",
    "our environment",
    "tools we use",
)
# a person specification's grade before each criterion, "Essential: Sound knowledge of medical statistics": that line's
# own kind, not a heading over the lines after it
_GRADE_LABEL = re.compile(r"^\W*(?:(essential|mandatory)|desirable)\s*:\s*\w", re.IGNORECASE)
_OPTIONAL_LABEL = re.compile(
    r"^\W*(nice[- ]to[- ]haves?|bonus( points)?|plus(ses|es)?|preferred|optional|desirable|good to have)\s*:",
    re.IGNORECASE,
)
_INLINE_OPTIONAL = re.compile(
    r"\b(nice[- ]to[- ]have|good[- ]to[- ]have|preferred|preferably|a ((big|strong|huge|definite|great|major) )?plus|bonus|ideally"
    r"|desirable|desired"
    r"|optional|an? ((added|distinct|big|real|great) )?(advantage|asset)|advantageous|(is|are|would be|will be) beneficial"
    r"|(is|are|will be|would be) ((highly|greatly|very|much) )?valued|but not (required|essential|mandatory)"
    # "It would be great if you've already used scikit-learn, ..., but none of this is required"
    r"|it would be (great|nice|ideal|lovely) if|none of (this|these|them|it) (is|are) (required|essential|mandatory)"
    # "R is welcome", "Some Python for scripting is welcome" (not "you are welcome to challenge that")
    r"|(is|are|will be|would be) ((very|also|more than|most|always) )?(welcome|appreciated)(?!\s+to\b)"
    r"|(is|are|would be) an? welcome (extra|addition|bonus|plus)"
    r"|preference (will|shall|may) be given|(is|are) given preference|(?<=\| )plus(?=\s*$))\b",
    re.IGNORECASE,
)

# a line that asks for what it names whatever its heading says
_INLINE_REQUIRED = re.compile(
    r"(?<!not )(?<!none of this )(?<!none of these )(?<!none of them )\b(?:is|are) (?:essential|required|mandatory|a must)\b", re.IGNORECASE
)

# a topic heading marked optional in parentheses or after a dash, ending the line (with or without a colon)
_MARKED_OPTIONAL = re.compile(
    r"(?:\([^()]*\b(?:optional|bonus|nice[- ]to[- ]haves?|preferred|a plus|good[- ]to[- ]have|desirable)\b[^()]*\)"
    r"|\s[-–—]\s*(?:optional|bonus|nice[- ]to[- ]haves?|preferred|a plus|good[- ]to[- ]have|desirable))\s*:?\s*$",
    re.IGNORECASE,
)
_SUBHEADING_WORDS = 8
# a sentence that opens a list of duties or of what is asked: "As a Software Engineer, you will...", "You may be a good
# fit if..." (compared with a line's words in lower case, see _key)
_DUTY_LEAD = re.compile(r"^as (?:an? |the |our )?(?:\w+ ){1,12}you (?:will|ll|will be|ll be)$")
_FIT_LEAD = re.compile(
    r"^you (?:may|might|will|ll|re|are|would) (?:be )?(?:a |an )?(?:good|great|strong|perfect|ideal)? ?(?:fit|match)"
    r" (?:if|for this role if)$"
)


def _key(line: str) -> str:
    return " ".join(re.findall(r"[a-z]+", line.casefold().replace("’", "'")))


_FILLER = re.compile(r" (?:actually|really|truly)(?= )")
_PAY_FIGURE = re.compile(r"[$£€¥₹]\s?\d|\d,\d{3}\b")


def _heading(line: str) -> str | None:
    """'optional', 'required' or 'duty' when the line is a posting heading, else None."""
    stripped = line.strip()
    if _GRADE_LABEL.match(stripped) or _PAY_FIGURE.search(stripped):
        return None  # (a pay line whose words alone read as a heading: "- £45,000–£52,000 plus event bonus")
    if stripped.endswith("?") and len(stripped.split()) <= _QUESTION_WORDS:
        asked = f" {_key(stripped)} "
        if any(f" {h} " in asked for h in _DUTY_HEADINGS if h.startswith(("what", "day"))):
            return "duty"  # "How your day is going to look, what you will be doing?"
    if _DUTY_LEAD.match(_key(stripped)):
        return "duty"  # "As an Applied Scientist on the post-training team, you will:"
    if len(stripped.split()) > _OPTIONAL_HEADING_WORDS:
        # "Preferred qualifications (If you have those, we see it as advantage, but it's not a must)": a remark after it
        stripped = _REMARK.sub("", stripped)
    if not stripped or len(stripped.split()) > _OPTIONAL_HEADING_WORDS:
        return None
    key = _FILLER.sub("", f" {_key(stripped)} ").strip()  # "What you'll actually do"
    if not key:
        return None
    if any(key == h or key.startswith(h + " ") for h in _OPTIONAL_HEADINGS):
        return "optional"
    if _FIT_LEAD.match(key):
        return "required"
    if len(stripped.split()) > _HEADING_WORDS:
        return None
    short = stripped.endswith(":") or len(key.split()) <= 5
    if short and any(key == h or key.startswith(h + " ") for h in _DUTY_HEADINGS):
        return "duty"
    if short and any(key == h or key.startswith(h + " ") for h in _REQUIRED_HEADINGS):
        return "required"
    if stripped.endswith(":") and len(key.split()) <= _SUBHEADING_WORDS:
        # the heading's word with a qualifier around it: "Essential Responsibilities:", "Mandatory Requirements:",
        # "Who You Are (Qualifications) :", "Educational Qualifications and Related Experience:"
        words = set(key.split())
        if words & _OPTIONAL_WORDS:
            return None  # "Deep Learning (optional):" marks a topic, see line_kinds
        if words & _DUTY_WORDS:
            return "duty"
        if words & _REQUIRED_WORDS:
            return "required"
    return None


# Words a heading holds at most; one that opens with a heading of what is optional may say more ("What Makes You
# Stand Out – Preferred Experience & Skill").
_HEADING_WORDS = 7
_OPTIONAL_HEADING_WORDS = 10
_QUESTION_WORDS = 12
_REMARK = re.compile(r"\s*\([^()]*\)\s*:?\s*$")
_OPTIONAL_WORDS = frozenset({"preferred", "desired", "desirable", "bonus", "optional", "nice", "plus", "pluses", "ideally"})
_DUTY_WORDS = frozenset({"responsibilities", "duties", "tasks"})
_REQUIRED_WORDS = frozenset({"requirements", "qualifications", "must"})


REQUIRED, OPTIONAL, DUTY, PREFERRED, INTRO = "required", "optional", "duty", "preferred", "intro"


def line_kinds(lines: Sequence[str], *, inline: bool = True) -> list[str]:
    """For each line of a posting: ``"required"`` (under a requirements heading), ``"optional"`` (under a
    "Nice to have" heading), ``"duty"`` (a task the job involves), ``"intro"`` (before any heading) or ``"preferred"`` (a
    line that itself says "preferred", "a plus", ...; only with ``inline``)."""
    current = INTRO
    before_marked: str | None = None  # the kind a sub-heading marked optional interrupted
    out: list[str] = []
    headings = [_heading(line) for line in lines]
    # "Desired Skills" over what is asked, then "Good To Have": with no heading of requirements, the first of two
    # headings of wishes heads the requirements
    asked_first = headings.index(OPTIONAL) if REQUIRED not in headings and headings.count(OPTIONAL) >= 2 else -1
    for index, line in enumerate(lines):
        heading = REQUIRED if index == asked_first else headings[index]
        if heading is not None:
            current, before_marked = heading, None
            out.append(current)
            continue
        inside = inline_headings(line, current)
        if inside:
            # a scraped ad run into one line: its kind at the start, and the last heading inside it goes on
            out.append(PREFERRED if inline and current != OPTIONAL and _INLINE_OPTIONAL.search(line) else current)
            current, before_marked = inside[-1][1], None
            continue
        if _topic_marked_optional(line) or _lead_in_marked_optional(line):
            # "Deep Learning (optional/bonus):", "Deployment & MLOps (Nice to Have):": its block is optional
            before_marked = current if before_marked is None else before_marked
            current = OPTIONAL
            out.append(current)
            continue
        if before_marked is not None and line.strip().endswith(":") and len(line.split()) <= _SUBHEADING_WORDS:
            current, before_marked = before_marked, None  # the next topic ("Data Engineering Basics:") is not
        graded = _GRADE_LABEL.match(line)
        if graded:
            out.append(REQUIRED if graded.group(1) else OPTIONAL)
        elif _OPTIONAL_LABEL.match(line):
            out.append(OPTIONAL)
        elif current == OPTIONAL and _INLINE_REQUIRED.search(line) and not _INLINE_OPTIONAL.search(line):
            out.append(REQUIRED)  # "Proficient in Python and SQL is essential." under "Preferred Skills"
        else:
            out.append(PREFERRED if inline and current != OPTIONAL and _INLINE_OPTIONAL.search(line) else current)
    return out


def _topic_marked_optional(line: str) -> bool:
    """A topic marked optional heads a block ("Deep Learning (optional/bonus):"); a requirement that ends with its own
    wish ("Experience using data visualization tools (Tableau preferred)") is one line that says preferred."""
    marked = _MARKED_OPTIONAL.search(line)
    if marked is None or len(line.split()) > _SUBHEADING_WORDS or line.lstrip()[:1].islower():
        return False  # in lower case it is the wrapped end of a sentence: "platforms (Azure preferred; AWS is a plus)"
    _, colon, value = line[: marked.start()].partition(":")
    if colon and value.strip(" *_"):
        return False  # "Teaching requirements: None (optional up to 48 hours/semester)": a field and its value
    return line.rstrip().endswith(":") or len(line[: marked.start()].split()) <= _TOPIC_WORDS


_TOPIC_WORDS = 4


def _lead_in_marked_optional(line: str) -> bool:
    """A line that says what follows is wished for opens an optional block: "Other bonus (but certainly not required!)
    experience:", "For any of the mentioned profiles, the following skills will be highly valued:"."""
    text = line.strip()
    return text.endswith(":") and len(text.split()) <= _LEAD_IN_WORDS and bool(_INLINE_OPTIONAL.search(text))


_LEAD_IN_WORDS = 16
_RUN_ON_LINE = 250
# a heading glued into a scraped line: "... solve complex business problems.Preferred Qualifications:*Knowledge of",
# or after the last word of the line before with no stop, if two words or more: "... a specific business issue
# Preferred Job Requirements: Experience with ..."
# ... whose later words may be small ones in lower case ("... comparable B2B ops Nice to have: RAG, vector DBs")
# ... or after an item's bar, a "•" the reader turned ("... when a p-value means something | Bonus points: bandits")
_HEADING_WORD = r"(?:[A-Z][\w'’&/-]*|to|have|we|you|need|be|of|and|the|points)"
_INLINE_HEADING = re.compile(
    rf"(?:(?<=[.!?*•·;:)|])\s*([A-Z][\w'’&/-]*(?:\s+{_HEADING_WORD}){{0,4}})|(?<=[a-z] )([A-Z][\w'’&/-]*(?:\s+{_HEADING_WORD}){{1,4}}))\s*:"
)


# ... or, in a page pasted with its line breaks lost, a heading with no colon between the end of one part and the
# capital that opens the next ("... the better tool What we're looking for 4+ years in product analytics ... Nice to
# have Bayesian approaches"): the headings of two words or more, and the three plain ones, in their own words
_BARE_SINGLE = ("requirements", "qualifications", "responsibilities")
# a part's end before it (a sentence's, a word's, or a bullet the paste turned into "•" or "|"), and the capital of the
# next part after it, maybe after such a bullet
_BARE_BEFORE = r"(?:^|(?<=[.!?)|•·] )|(?<=[a-z0-9] ))"
_BARE_AFTER = r"(?= (?:[|•·\-–—] )?[A-Z0-9$€£])"
_BARE_UNSAID = frozenset({"you have", "about you", "not required", "not mandatory", "not essential", "required skills"})


def _bare_heading_pattern() -> re.Pattern[str]:
    keys = [
        key
        for key in (*_OPTIONAL_HEADINGS, *_REQUIRED_HEADINGS, *_DUTY_HEADINGS)
        if (len(key.split()) > 1 or key in _BARE_SINGLE) and key not in _BARE_UNSAID
    ]
    phrases = sorted({r"[\s'’-]+".join(map(re.escape, key.split())) for key in keys}, key=len, reverse=True)
    return re.compile(rf"{_BARE_BEFORE}(?=[A-Z])((?i:{'|'.join(phrases)})){_BARE_AFTER}")


_BARE_HEADING = _bare_heading_pattern()


@lru_cache(maxsize=1024)
def inline_headings(line: str, under: str | None = None) -> tuple[tuple[int, str], ...]:
    """(offset, kind) of the posting headings inside a line a scraper ran together from many (a long line only);
    ``under``: the kind of the heading the line goes on under."""
    if len(line) < _RUN_ON_LINE:
        return ()
    found: list[tuple[int, str]] = []
    for match in _INLINE_HEADING.finditer(line):
        group = 1 if match.group(1) else 2
        kind = _heading(match.group(group) + ":")
        # with no stop before it, only a heading of what is asked ("Preferred Job Requirements:") is taken: a heading
        # of the work ("Tools We Use:") after a sentence's last word is as likely a label inside the text, but after a
        # list of wishes it is no wish ("Nice to Have: ... causal inference Tools We Use: Python, SQL")
        after_wishes = (found[-1][1] if found else under) == OPTIONAL
        if kind is not None and (group == 1 or kind in (REQUIRED, OPTIONAL) or after_wishes):
            found.append((match.start(group), kind))
    if not found:
        for match in _BARE_HEADING.finditer(line):
            kind = _heading(match.group(1) + ":")
            if kind is not None:
                found.append((match.start(1), kind))
    return tuple(found)


def classify(mentions: Sequence[tuple[str, str]]) -> tuple[tuple[str, ...], tuple[str, ...]]:
    """(required, optional) skill ids from ``(skill, line kind)`` mentions, in first-mention order.

    A mention under a requirements heading or in a duty makes a skill required (the work the hire will do
    needs it, whatever a "Nice to have" block adds); one only under a "Nice to have" heading or on a line that
    says "preferred" / "a plus" is optional (the introduction before the first heading does not make it
    required then); a skill named only in the introduction is required.
    """
    kinds: dict[str, set[str]] = {}
    for skill, kind in mentions:
        kinds.setdefault(skill, set()).add(kind)

    def required(k: set[str]) -> bool:
        return REQUIRED in k or DUTY in k or (OPTIONAL not in k and PREFERRED not in k)

    return (tuple(s for s, k in kinds.items() if required(k)), tuple(s for s, k in kinds.items() if not required(k)))


_OR_GAP = re.compile(r"^\s*(?:,\s*(?:or\s+)?|/\s*|\s+(?:and/)?or\s+|\s*\|\s*)$", re.IGNORECASE)
_AND_GAP = re.compile(r"^\s*,\s*$")
_ONE_OF = re.compile(r"\b(?:one|any|either)\s+(?:of\s+)?(?:the\s+following\s*:?\s*)?$", re.IGNORECASE)


def alternatives(line: str, spans: Sequence[tuple[str, int, int]]) -> list[tuple[str, ...]]:
    """Groups of distinct skills a line joins with "or" ("PyTorch or TensorFlow", "one of Python/R/Scala",
    "AWS, GCP, or Azure"); ``spans`` are ``(skill, start, end)`` offsets into ``line``.

    A run of skills separated only by commas counts as a group when it ends in "or" or follows "one of".
    """
    ordered = sorted(spans, key=lambda s: (s[1], -s[2]))
    runs: list[list[tuple[str, int, int]]] = []
    for span in ordered:
        if runs and span[1] < runs[-1][-1][2]:
            continue  # overlaps the previous span (an implied skill on the same words)
        gap = line[runs[-1][-1][2] : span[1]] if runs else ""
        if runs and (_OR_GAP.match(gap) or _AND_GAP.match(gap)):
            runs[-1].append(span)
        else:
            runs.append([span])
    groups: list[tuple[str, ...]] = []
    for run in runs:
        gaps = [line[a[2] : b[1]] for a, b in itertools.pairwise(run)]
        joined = any(re.search(r"\bor\b|/|\|", g, re.IGNORECASE) for g in gaps)
        joined = joined or bool(_ONE_OF.search(line[: run[0][1]]))
        skills = tuple(dict.fromkeys(s for s, _, _ in run))
        if joined and len(skills) > 1:
            groups.append(skills)
    return groups


# ... or where a bullet run into the line opens the next item ("... ideally in full stack * Strong proficiency in Python",
# "... welcome but not required - Build Power BI dashboards - Write and present ...": a dash before a capital is such a
# bullet when another follows it, not a dash before one last example ("a BI tool - Tableau / Power BI"); a dash before a
# wish of its own ends the sentence too ("Proficient in Python (pandas) - R is a plus")
_SENTENCE_END = re.compile(
    r"[.;!?](?:\s|$)|(?<=\s)[*•▪●◦](?=\s)|(?<=\s)-(?=\s+[A-Z][a-z]{2})(?=.*?\s-\s+[A-Z][a-z]{2})"
    r"|(?<=\s)-(?=\s+[A-Z][\w+#./-]*\s+(?:is|are|would\s+be)\s+(?:a\s+)?(?:(?:big|strong|nice)\s+)?(?:plus|bonus|welcome|preferred|desirable|advantage)\b)"
)
# where a wish for something more begins: "..., ideally in aerospace", "... — preferably with PyTorch"
# ... or with no mark before it when a place follows: "in product management preferably with a focus on operations"
_WISH_OPENING = r"(?:,|\s[—–-]|\s(?=(?:ideally|preferably)\s+(?:with|in|within|at|from|across)\b))\s*(?:ideally|preferably)"
# ... also a dash aside that names a few words before its wish: "models in production before — LLMs ideally, but ..."
_WISH = re.compile(r"(?:" + _WISH_OPENING + r"|\s[—–]\s*(?:[\w-]+\s+){1,3}(?:ideally|preferably))\b", re.IGNORECASE)


def _before_a_wish(line: str, at: int) -> tuple[int, int]:
    """The span of the sentence of ``line`` holding character ``at``, cut where a wish after it begins ("..., ideally
    ...")."""
    start, end = _sentence_span(line, at)
    wish = _WISH.search(line, start, end)
    return (start, wish.start()) if wish is not None and wish.start() > at else (start, end)


_ASIDE_FILLER = re.compile(r"(?i)\b(?:but|not|essential|required|mandatory|strongly|very|highly|would|be|is|are|an?|extra)\b")


def _marked_optional(line: str, start: int, end: int) -> bool:
    """Whether the sentence of the skill at ``line[start:end]`` says it is optional. An aside in parentheses inside the
    sentence says so only of what it holds ("(preferably Google Cloud)") or, when it holds nothing but the marker, of
    the item just before it ("AWS (preferred) or other cloud platforms"); one that ends the sentence, of all of it."""
    s, e = _before_a_wish(line, start)
    for marker in _INLINE_OPTIONAL.finditer(line, s, e):
        opened = line.rfind("(", s, marker.start())
        if opened < 0 or line.rfind(")", s, marker.start()) > opened:
            return True
        closed = line.find(")", marker.end())
        closed = len(line) if closed < 0 else closed
        if opened < start and end <= closed:
            return True  # "(AWS preferred)"
        bare = not _ASIDE_FILLER.sub("", _INLINE_OPTIONAL.sub("", line[opened + 1 : closed])).strip(" ,;:-")
        if bare and (not line[closed + 1 : e].strip(" .;!?") or (end <= opened and not line[end:opened].strip())):
            return True
    return False


def _run_on_item(part: str, at: int) -> tuple[int, int]:
    """The span of the list item holding character ``at`` in a part of a page pasted with its line breaks and full
    stops lost, where each item ends on a word in lower case and the next opens with a capital ("... 3+ years in a data
    analytics role, ideally at a fintech company Advanced SQL and ... a BI tool (Looker preferred)"): a wish in one
    item says nothing of the next."""
    start, end = 0, len(part)
    for match in _ITEM_BREAK.finditer(part):
        if match["word"].casefold() in _GLUE_WORDS:
            continue
        if match.end() <= at:
            start = match.end()
        else:
            end = match.start("word") + len(match["word"])
            break
    return start, end


def _item_of_a_part(part: str, at: int) -> tuple[int, int]:
    """The span of the list item holding character ``at`` in a part of a run-together line: the whole part when it is
    written in sentences, but a sentence as long as a list ("... ideally with recommender systems in production
    Strong Python and PyTorch ... offline vs. online evaluation") is cut into its items (:func:`_run_on_item`)."""
    if not _SENTENCE_END.search(part):
        return _run_on_item(part, at)
    start, end = _sentence_span(part, at)
    if end - start <= _RUN_ON_SENTENCE:
        return 0, len(part)
    low, high = _run_on_item(part[start:end], at - start)
    return start + low, start + high


_RUN_ON_SENTENCE = 200
_ITEM_BREAK = re.compile(r"(?P<word>\b[a-z][\w'’-]*|\))\s+(?=[A-Z])")
# words after which a capital goes on the same item: "in Python", "or R", "with Spark", "such as Airflow"
_GLUE_WORDS = frozenset(
    {
        "or",
        "and",
        "with",
        "in",
        "of",
        "for",
        "to",
        "the",
        "a",
        "an",
        "using",
        "like",
        "as",
        "via",
        "on",
        "at",
        "by",
        "from",
        "into",
        "including",
        "especially",
        "e.g",
        "i.e",
        "either",
        "both",
        "than",
        "vs",
        "our",
        "your",
        "is",
        "are",
    }
)


def _before_next_heading(line: str, at: int) -> str:
    """``line`` up to the first heading a scraper ran into it after character ``at`` ("What we need: 3+ years SWE ...
    Nice to have: RAG"): what follows belongs to another list."""
    return line[: next((start for start, _ in inline_headings(line) if start > at), len(line))]


def _sentence(line: str, at: int) -> str:
    """The sentence of ``line`` that holds character ``at``."""
    start, end = _sentence_span(line, at)
    return line[start:end]


def _sentence_span(line: str, at: int) -> tuple[int, int]:
    start = _sentence_start(line, at)
    end = _SENTENCE_END.search(line, start)
    return start, end.end() if end else len(line)


def _sentence_start(line: str, at: int) -> int:
    """Where the sentence of ``line`` that holds character ``at`` starts."""
    start = 0
    for match in _SENTENCE_END.finditer(line):
        if match.end() > at:
            break
        start = match.end()
    return start


def _part_start(line: str, at: int) -> int:
    """Where the part of a sentence of ``line`` that holds character ``at`` starts: after its last semicolon before ``at``,
    or at the sentence's start (``_clause_start`` also stops at commas, colons and parentheses)."""
    start = _sentence_start(line, at)
    return max([start, *(m.end() for m in _SEMICOLON.finditer(line, start, at))])


def posting_from_hits(
    document: Document,
    hits: Iterable[SkillHit],
    *,
    broader: Mapping[str, Collection[str]] | None = None,
    soft: Collection[str] = (),
    fields: Collection[tuple[str, str]] = (),
) -> JobPosting:
    """The :class:`~gapcheck.report.JobPosting` a document's skill hits make: required, optional, "or" groups, and the
    years it asks for (hits and years on :func:`boilerplate_lines` never count; :func:`years_required`; a "Nice to have"
    block's years only when nothing else asks for any;
    ``broader``: each skill's broader skills, from the taxonomy's ``implies`` and ``broader``, see there). Years said
    of a ``soft`` skill ("9+ years using data to surface insights and recommendations") or through an alias in ``fields``
    (skill id, alias text: "5+ years of experience in data analysis") are the overall years."""
    from gapcheck.report import JobPosting

    texts = [line.text for line in document.lines]
    boilerplate = boilerplate_lines(texts)
    kinds = line_kinds(texts)
    sections = line_kinds(texts, inline=False)
    asked = set(sections) | {kind for text in texts for _, kind in inline_headings(text)}
    if not asked & {REQUIRED, DUTY}:
        # an ad without a heading for what it asks or for the work (at most "Nice to have"): its unmarked lines are
        # what it asks for, not an introduction to it
        kinds = [REQUIRED if kind == INTRO else kind for kind in kinds]
        sections = [REQUIRED if kind == INTRO else kind for kind in sections]
    starts = document.line_starts()
    mentions: list[tuple[str, str]] = []
    spans: dict[int, list[tuple[str, int, int]]] = defaultdict(list)
    field_spans: set[tuple[int, int]] = set()
    for hit in hits:
        if not 0 <= hit.line < len(texts) or boilerplate[hit.line]:
            continue
        text, start, end = texts[hit.line], hit.start - starts[hit.line], hit.end - starts[hit.line]
        inside = inline_headings(text, sections[hit.line])
        if inside:
            # a line a scraper ran together: the part under the heading inside it that holds the hit decides
            low, high, kind = 0, len(text), sections[hit.line]
            for at, inner in inside:
                if at > start:
                    high = at
                    break
                low, kind = at, inner
            part = text[low:high]
            item_low, item_high = _item_of_a_part(part, start - low)
            item = part[item_low:item_high]
            if kind != OPTIONAL and _marked_optional(item, start - low - item_low, end - low - item_low):
                kind = PREFERRED
        elif (column := _table_column(texts, hit.line, start)) is not None and _OPTIONAL_COLUMN.search(column):
            kind = PREFERRED  # "| Deployment | ... Docker | Kubernetes (K3s) on edge nodes |" under "| Area | Must | Plus |"
        else:
            kind = kinds[hit.line]
            if kind == PREFERRED and not _marked_optional(*_bar_item(text, start, end)):
                # "SQL experience. PostgreSQL preferred.": the marker is in another sentence; "3+ years of Python —
                # ideally with PyTorch": in a wish after the skill; "AWS (preferred) or other cloud platforms": on another
                kind = sections[hit.line]
        if kind == OPTIONAL and hit.match == "implied":
            kind = PREFERRED  # "PyTorch (a bonus)" makes PyTorch optional, not the Python a duty asks for
        mentions.append((hit.skill, kind))
        if hit.match != "implied":
            spans[hit.line].append((hit.skill, hit.start - starts[hit.line], hit.end - starts[hit.line]))
            if (hit.skill, hit.alias) in fields:
                field_spans.add((hit.line, hit.start - starts[hit.line]))
    required, optional = classify(mentions)
    grouped: dict[tuple[str, ...], None] = {}
    in_groups: set[tuple[str, int]] = set()
    for index, line_spans in spans.items():
        if kinds[index] not in (REQUIRED, DUTY, INTRO):
            continue  # "Python or R desired" is no requirement
        for group in alternatives(texts[index], line_spans):
            grouped[group] = None
            in_groups.update((skill, index) for skill in group)
    # a skill also asked for on its own elsewhere is required by itself, not only as one of a group
    alone = {s for index, line_spans in spans.items() for s, _, _ in line_spans if (s, index) not in in_groups}
    groups = []
    for group in grouped:
        members = tuple(s for s in group if s not in alone)
        if len(members) > 1 and members not in groups:
            groups.append(members)
    explicit = [
        (skill, index, start, end)
        for index, line_spans in spans.items()
        for skill, start, end in line_spans
        if skill not in soft and (index, start) not in field_spans
    ]
    optional_lines = {i for i, kind in enumerate(sections) if kind == OPTIONAL}
    unread = {i for i, company in enumerate(boilerplate) if company}
    years, overall = years_required(texts, explicit, optional=optional_lines, broader=broader, boilerplate=unread)
    return JobPosting(
        source=document.source,
        required=required,
        optional=optional,
        alternatives=tuple(groups),
        years=tuple(sorted(years.items())),
        years_overall=overall,
    )


def _bar_item(text: str, start: int, end: int) -> tuple[str, int, int]:
    """The item between the bars that hold ``text[start:end]`` when a long line's bars stand for a paste's bullets
    ("Requirements | Python (pandas) or R | ... | Power BI is a bonus"), its offsets moved into it; else the line."""
    if len(text) < _PASTED_LINE or text.count(" | ") < 2:
        return text, start, end
    begin = text.rfind(" | ", 0, start) + 1
    stop = text.find(" | ", end)
    stop = len(text) if stop < 0 else stop
    return text[begin:stop], start - begin, end - begin


_PASTED_LINE = 200


def _table_top(texts: Sequence[str], index: int) -> int | None:
    """The header row of the Markdown table that line ``index`` is a body row of (its header is followed by a rule
    row: "Area | Must | Plus" over "---|---|---"), or None: bars that stand for a paste's bullets make no table."""
    if "|" not in texts[index]:
        return None
    top = index
    while top > 0 and "|" in texts[top - 1]:
        top -= 1
    return top if top + 1 < index and _RULE_ROW.match(texts[top + 1]) else None


_RULE_ROW = re.compile(r"^\s*\|?\s*:?-{3,}:?\s*(?:\|\s*:?-{3,}:?\s*)*\|?\s*$")


def _table_column(texts: Sequence[str], index: int, at: int) -> str | None:
    """The header of the table column that holds ``texts[index][at]``, when the line is a row of a table whose first row
    names its columns ("Area | Must | Plus"), or None."""
    top = _table_top(texts, index)
    if top is None:
        return None
    cells = texts[top].strip().strip("|").split("|")
    column = texts[index].count("|", 0, at) - texts[index].lstrip().startswith("|")
    return cells[column].strip() if 0 <= column < len(cells) else None


_OPTIONAL_COLUMN = re.compile(
    r"^(?:plus|nice[\s-]to[\s-]have|desirable|desired|preferred|bonus|optional|advantageous|an?\s+advantage|would\s+be\s+nice)\b",
    re.IGNORECASE,
)


# "a degree in Computer Science, Statistics, Mathematics or a related field" ("Degree: Mathematics, statistics, ... or
# field directly related to the position", "Graduation from ... with major coursework in ..., statistics, economics, or
# a related field"): the fields a degree may be in,
# which a posting lists as equivalent alternatives, not as skills it asks for. The dot of an abbreviation
# ("M.S., or PhD. in Statistics") does not end the list; a dot before a capital or the line's end does.
_DEGREE_FIELDS = re.compile(
    # (not milliseconds: "p99 under 25 ms")
    r"\b(?:degree|higher\s+education|bachelor['’]?s?|master['’]?s?|ph\.?\s?d\.?|doctorate|b\.?sc?\.?|(?<!\d\s)(?<!\d)m\.?sc?\.?|bs/ms|ms/phd|b\.?a\.?"
    r"|graduation\s+from|coursework\s+in)\b"
    r"(?:[^.;:]|\.(?!\s+(?-i:[A-Z])|\s*$)|(?:(?<=following)|(?<=degree)):)*?"
    r"\b(?:(?:related|similar|equivalent|quantitative|technical|relevant|stem|scientific|analytical|numerate)\s+(?:field|discipline|area|subject|major|degree)s?"
    r"|(?:field|discipline|area)s?\s+(?:(?:directly|closely)\s+)?related)\b"
    # ... and the examples that follow the field on its line: "a quantitative field such as Machine learning, Statistics",
    # "a related quantitative field (Statistics, Economics, Operations Research)" (a list in parentheses, no years)
    r"(?:\s*\((?:(?:e\.g\.|eg\.?|i\.e\.|such\s+as|like)[^)]*|[^)\d]*,[^)\d]*)\)|,?\s+(?:such\s+as|e\.g\.,?|like|including)\s+(?:\([^()\n]{1,40}\)\s*)?[^.;:()\n]*)?",
    re.IGNORECASE,
)
# ... or a list of fields that ends its sentence or line: "Degree in computer science or statistics", "Master's
# degree in business informatics, statistics, mathematics, ..., or business administration with a strong ...",
# "Bachelor's degree in Economics, Finance, Statistics, or Data Science and 4 years of related experience"
_FIELD = r"[A-Za-z][\w&/-]*(?:\s+[A-Za-z][\w&/-]*){0,3}"
_AND_OR = r"and\s*/\s*or"  # "and/or", also written "and / or"
_DEGREE_FIELD_LIST = re.compile(
    rf"\b(?:degree|bachelor['’]?s?|master['’]?s?|ph\.?\s?d\.?|doctorate)\s+(?:in|of)\s+{_FIELD}(?:\s*,\s*{_FIELD}){{0,30}},?"
    rf"\s+(?:(?:or|and|{_AND_OR})\s+{_FIELD}\s*\.?\s*$|or\s+{_FIELD}(?=\s*[.;]|\s+with\b|\s+and\s+[\w+-]+\s+years?\b))",
    re.IGNORECASE,
)
# ... or the fields of a background given after a colon: "Quantitative educational background preferred: Data
# Science, Economics, Math, Computer Science, Physics, Statistics"
_BACKGROUND_LIST = re.compile(
    r"\b(?:educational|academic)\s+background\b[^:\n]{0,30}:\s*[^\n]+$"
    # ... or in parentheses after the background: "A technical background (computer science, statistics or engineering
    # undergrad)"
    r"|\b(?:technical|quantitative|scientific|STEM|academic|educational)\s+background\s*\([^()\n]{0,40},[^()\n]{0,60}\b(?:or|and)\b[^()\n]{0,40}\)",
    re.IGNORECASE,
)
# ... or the majors a posting welcomes: "Industrial Engineering, Statistics, Economics and Computer Science majors preferred"
# (not "major" said of a thing: "Docker, Git and at least one major cloud")
_MAJORS_LIST = re.compile(
    rf"^\W*{_FIELD}(?:\s*,\s*{_FIELD}){{1,6}},?\s+(?:and|or)\s+{_FIELD}\s+majors?\b(?!\s+(?!in\b|or\b|and\b|are\b|is\b|preferred\b|welcome\b|encouraged\b)[a-z])",
    re.IGNORECASE,
)
_WRAPPED_LINES = 2  # a list of fields wraps onto at most this many more lines of its paragraph


def degree_field_spans(lines: Sequence[Line]) -> defaultdict[int, list[tuple[int, int]]]:
    """Per line index, the character spans of the line that list the fields a required degree may be in;
    a list that wraps onto the next lines of its paragraph covers their text too."""
    out: defaultdict[int, list[tuple[int, int]]] = defaultdict(list)
    for index, line in enumerate(lines):
        last = index
        while last + 1 < len(lines) and last - index < _WRAPPED_LINES and lines[last + 1].block == line.block:
            last += 1
        joined = "\n".join(lines[n].text for n in range(index, last + 1))
        for listed in (_DEGREE_FIELD_LIST.search(line.text), _BACKGROUND_LIST.search(line.text), _MAJORS_LIST.search(line.text)):
            if listed:
                out[index].append(listed.span())
        for match in _DEGREE_FIELDS.finditer(joined):
            if match.start() >= len(line.text):
                break  # it starts on a later line, which finds it itself
            offset = 0
            for n in range(index, last + 1):
                length = len(lines[n].text)
                begin, end = max(match.start() - offset, 0), min(match.end() - offset, length)
                if begin < end:
                    out[n].append((begin, end))
                offset += length + 1
    return out


def unasked_spans(lines: Sequence[Line]) -> defaultdict[int, list[tuple[int, int]]]:
    """Per line index, the spans of a posting's line whose skills it does not ask for: lists of acceptable degree
    fields (:func:`degree_field_spans`), web addresses (a link to the company's GitHub names where its code
    lives, not a skill), a long paragraph's boilerplate sentences (:func:`boilerplate_sentences`) and what the
    candidate is hoped to learn ("an interest in learning Rust"). A sentence wrapped over several lines of its
    paragraph is read whole ("... in which the corporate data science team in Stuttgart" over "builds machine
    learning models on motor vibration data.")."""
    spans = degree_field_spans(lines)
    groups = _wrapped_sentences(lines)
    legal = _legal_name(lines)
    full = legal if legal is not None else _company_full_name(lines)
    name = full.split()[0] if full is not None else None  # the legal form names it best
    company = _company_paragraphs(lines, name)
    ruled_out = _ruled_out_lines(lines, {index for group in groups for index in group[1:]}) | company
    ruled_out |= _features_of_the_company(lines, name, company)
    if full is not None and (legal is not None or (len(full.split()) > 1 and _confirmed_name(lines, full))):
        # the employer's name, given with its legal form at the top or in two words or more, wherever it comes: "Nimbus
        # Cloud Services, Inc." names no cloud work, "Pinecone Forge is an equal opportunity employer" no RAG
        called = re.compile(r"(?<![\w-])" + re.escape(full) + r"(?![\w-])")
        for index, line in enumerate(lines):
            spans[index].extend(match.span() for match in called.finditer(line.text))
    for group in groups:
        texts = [lines[index].text for index in group]
        found = _unasked_in(" ".join(texts))
        offset = 0
        for index, text in zip(group, texts, strict=True):
            if index in ruled_out:
                spans[index].append((0, len(text)))
            else:
                for begin, end in found:
                    begin, end = max(begin - offset, 0), min(end - offset, len(text))
                    if begin < end:
                        spans[index].append((begin, end))
            offset += len(text) + 1
    return spans


def _features_of_the_company(lines: Sequence[Line], name: str | None, company: Collection[int]) -> set[int]:
    """The list items under an "About <the company>" heading, before the job's first heading, that never speak to the
    hire: what the product does ("About Quiver" / "What's under the hood:" / "- Built-in quantization — scalar (INT8)
    ...", "- First-class SDKs — Python, TypeScript, Go"), given the employer's ``name`` and its ``company`` paragraphs."""
    kinds = line_kinds([line.text for line in lines])
    out: set[int] = set()
    inside = False
    for index, line in enumerate(lines):
        if kinds[index] != "intro":
            break
        heading = _TAG.sub("", line.text).strip(" #*:")
        if not line.bullet and _ABOUT_HEADING.match(heading) and (name is None or heading[6:].strip() in (name, "us", "the company")):
            inside = True
        elif not line.bullet and not line.text.rstrip(" *").endswith(":") and index not in company:
            inside = False  # "About the role", "You'll", "As members of the team, data engineers ...": the job's own part
        elif inside and line.bullet and not _TO_THE_HIRE_WORD.search(line.text):
            out.add(index)
    return out


_ABOUT_HEADING = re.compile(r"(?i:about)\s+(?:us|the\s+company|[A-Z][\w&.'’-]*(?:\s+[A-Z][\w&.'’-]*){0,2})$")
_TO_THE_HIRE_WORD = re.compile(r"\byou(?:r|['’]ll|['’]re|['’]ve)?\b", re.IGNORECASE)


def _company_paragraphs(lines: Sequence[Line], name: str | None) -> set[int]:
    """The lines of the paragraphs in which the employer, named as the top of the ad names it, tells what it does and
    never turns to the job: "Kestrel Inference runs the fastest serverless platform for open models. Developers send us
    a PyTorch ... model ..." under "Kestrel Inference | San Francisco or remote"."""
    if name is None:
        return set()
    # (or after "The", its parts joined by "for" or "of" and its initials after it: "The Office for Regional Statistics
    # (ORS) produces the official statistics ...")
    opens = re.compile(
        r"[\W_]*(?:The\s+)?"
        + re.escape(name)
        + r"(?:\s+(?:[A-Z][\w&.'’-]*|&|&amp;|for|of))*(?:\s+\([A-Z]{2,6}\))?\s+(?:is|are|was|has|[a-z]+s)\b"
    )
    out: set[int] = set()
    index = 0
    while index < len(lines):
        if lines[index].bullet or not opens.match(_TAG.sub("", lines[index].text)):
            index += 1
            continue
        paragraph = [index]
        while (
            paragraph[-1] + 1 < len(lines)
            and lines[paragraph[-1] + 1].block == lines[index].block
            and not lines[paragraph[-1] + 1].bullet
            and not lines[paragraph[-1] + 1].text.lstrip().startswith("<")
            and _heading(lines[paragraph[-1] + 1].text) is None
        ):
            paragraph.append(paragraph[-1] + 1)
        text = " ".join(lines[i].text for i in paragraph)
        if not _turns_to_the_job(text):
            out.update(paragraph)
        index = paragraph[-1] + 1
    return out


def _turns_to_the_job(text: str) -> bool:
    """Whether a text about the company speaks to the hire, names the job or asks for something."""
    return bool(_TO_THE_HIRE.search(text) or _JOB_TEXT.search(text) or _ASKS.search(text))


def _legal_name(lines: Sequence[Line]) -> str | None:
    """The employer's name where the top of an ad gives it with its legal form ("Nimbus Cloud Services, Inc.")."""
    for line in lines[:6]:
        if (legal := _LEGAL_NAME.search(_TAG.sub("", line.text))) is not None:
            return legal["name"]
    return None


def _company_full_name(lines: Sequence[Line]) -> str | None:
    """The employer's name where the top of an ad shows it: alone on a line ("Halden Power & Gas") or before a bar
    ("SkyLattice Inspection | Denver, CO"), not the job's title."""
    for line in lines[:6]:
        text = _TAG.sub("", line.text).strip()
        found = _NAME_LINE.match(text)
        if (
            found is not None
            and not line.bullet
            and len(found["name"]) > 1
            and not _ROLE_WORDS.search(found["name"])
            and _heading(text) is None
        ):
            return str(found["name"])
    # ... or where the ad names its employer in a label or in its equal-opportunity sentence ("Organisation: Open Harvest
    # Alliance", "Northline Freight is an Equal Opportunity Employer")
    for line in lines:
        text = _TAG.sub("", line.text)
        found = next((m for m in (named.search(text) for named in _EMPLOYER_NAMED) if m is not None), None)
        if found is not None and not _ROLE_WORDS.search(found["name"]) and found["name"].split()[0].lower() not in _NOT_A_NAME:
            return str(found["name"])
    return None


def _confirmed_name(lines: Sequence[Line], name: str) -> bool:
    """Whether the ad names its employer ``name`` again where only an employer's name goes: "About Pinecone Forge",
    "Pinecone Forge is an equal opportunity employer"."""
    about = re.compile(
        r"^\W*About\s+"
        + re.escape(name)
        + r"\W*$|(?:^|[.!?]\s+)"
        + re.escape(name)
        + r"\s+(?:is|are)\s+(?:proud\s+to\s+be\s+)?an?\s+(?i:equal)"
    )
    return any(about.search(line.text) for line in lines)


_TAG = re.compile(r"<[^>]{1,40}>")
_NAME = r"(?P<name>[A-Z][\w&.'’+-]*(?:\s+(?:[A-Z][\w&.'’+-]*|&|&amp;|of|and|for)){0,4})"
_EMPLOYER_NAMED = (
    re.compile(r"^\W*(?i:organi[sz]ation|company|employer|hiring\s+organi[sz]ation)\s*:\s*" + _NAME + r"\s*$"),
    re.compile(r"(?:^|[.!?]\s+)" + _NAME + r"\s+(?:is|are)\s+(?:proud\s+to\s+be\s+)?an?\s+(?i:equal[\s-]+opportunit|EEO\b)"),
)
# the employer with its legal form near the top: "Job ID: 2817734 | Nimbus Cloud Services, Inc. | Seattle, WA"
_LEGAL_NAME = re.compile(r"(?:^|[|*:]\s*)" + _NAME + r",?\s+(?:Inc|LLC|Ltd|GmbH|plc|Corp|S\.A|B\.V|AG)\b")
_NOT_A_NAME = frozenset({"we", "our", "the", "this", "it", "they", "us"})
_NAME_LINE = re.compile(r"^[\W_]*" + _NAME + r"\s*(?:\(|\||\s[—–·]\s|$)")
_ROLE_WORDS = re.compile(
    r"\b(?:engineer|scientist|analyst|manager|developer|recruiter|writer|technician|partner|executive|lead|director|designer"
    r"|architect|specialist|consultant|intern|researcher|head|officer|associate|representative|marketer|coordinator"
    r"|administrator|location|remote|hybrid|onsite|department|team|about|careers?|jobs?"
    # ... or a trade by its own word: "Statistician (Survey Methodology)", "Econometrician", "Actuary"
    r"|\w+icians?|\w+ologists?|actuary|economist|accountant|nurse|chef|barista|receptionist|assistant|teacher|lecturer)\b",
    re.IGNORECASE,
)
# words to the hire, not to the company's users ("decides what lands on your home screen")
_TO_THE_HIRE = re.compile(
    r"\byou(?:['’](?:ll|re|ve|d)|\s+(?:will|are|have|bring|can|should|would|must|need|join|lead|own|build|work))\b"
    r"|\byour\s+(?:role|team|work|day|job|first|experience|skills|manager|background)\b|\b(?:hiring|candidates?|looking\s+for|seeking)\b",
    re.IGNORECASE,
)


def _wrapped_sentences(lines: Sequence[Line]) -> list[list[int]]:
    """The posting's lines in runs that wrap one text: a line goes on from the one before in the same paragraph when it
    is no list item, no heading and no table row, the line before ends in no stop, and either it opens in lower case
    after a long line or its paragraph was wrapped at a fixed width (most of its lines fill it: "... those are owned by
    our Business" over "Intelligence team."). Items that lost their bullets are lines of any length, each a whole
    sentence ("... statistical modeling OR" over "Master's Degree in ...")."""
    hard_wrapped = _hard_wrapped_blocks(lines)
    groups: list[list[int]] = []
    for index, line in enumerate(lines):
        before = lines[index - 1] if index else None
        if (
            before is not None
            and groups
            and before.block == line.block
            and not line.bullet
            and (
                (line.text.lstrip()[:1].islower() and len(before.text.rstrip()) >= _WRAP_WIDTH)
                # (a long line that stops on "the", "and", "of", ...: "... owns the HL7/FHIR interfaces and the" over "REST
                # endpoints that push notes into Epic.")
                or (_ENDS_MID_PHRASE.search(before.text) is not None and len(before.text.rstrip()) >= _WRAP_WIDTH)
                or (before.block in hard_wrapped and len(before.text.rstrip()) >= hard_wrapped[before.block])
            )
            and before.text.rstrip()[-1:] not in ".:;!?"
            and not line.text.lstrip().startswith("|")
            and not before.text.lstrip().startswith("|")
            and _heading(line.text) is None
            and not _looks_like_heading(line.text)
            and not _MARKED_HEADING.match(line.text)
            and not _MARKED_HEADING.match(before.text)
        ):
            groups[-1].append(index)
        else:
            groups.append([index])
    return groups


def _hard_wrapped_blocks(lines: Sequence[Line]) -> dict[int, int]:
    """The paragraphs wrapped at a fixed width, each with the length from which a line of it is full: most of its lines
    but the last come within a few characters of its longest."""
    by_block: defaultdict[int, list[int]] = defaultdict(list)
    for line in lines:
        by_block[line.block].append(len(line.text.rstrip()))
    out: dict[int, int] = {}
    for block, lengths in by_block.items():
        if len(lengths) < _WRAPPED_BLOCK_LINES:
            continue
        full = max(_WRAP_WIDTH, max(lengths) - _WRAP_SLACK)
        if sum(length >= full for length in lengths[:-1]) >= _FULL_SHARE * (len(lengths) - 1):
            out[block] = full
    return out


_WRAPPED_BLOCK_LINES = 3
_ENDS_MID_PHRASE = re.compile(r"\s(?:the|a|an|and|or|of|to|with|for|in|on|our|your|their|its|by|from|that|which|who)\s*$")
_WRAP_SLACK = 14
_FULL_SHARE = 0.6


def _unasked_in(text: str) -> list[tuple[int, int]]:
    """The spans of a posting's text (a line, or lines that wrap one text, joined by spaces) that ask for nothing."""
    spans: list[tuple[int, int]] = []
    spans.extend(web_address_spans(text))
    spans.extend(boilerplate_sentences(text))
    spans.extend(match.span() for match in _TO_LEARN.finditer(text))
    spans.extend(match.span() for match in _SHOWCASE.finditer(text))
    spans.extend(match.span("name") for match in _TEAM_NAMED.finditer(text) if not _CROSS.search(_OWNER.sub("", match["name"])))
    spans.extend(_other_teams_work(text))
    spans.extend(match.span() for match in _BUILT_BY.finditer(text))
    spans.extend(_to_clause_end(_TEAM_DOES, text))
    spans.extend(_to_sentence_end(_PARTY_WHO_DOES, text))
    for match in _MOVED_OFF.finditer(text):
        onto = _ONTO.search(text, match.end())
        spans.append((match.start(), onto.start() if onto else _sentence_span(text, match.start())[1]))
    spans.extend(_to_sentence_end(_OTHERS_DO, text))
    spans.extend(_denied(text))
    spans.extend(match.span() for match in _NONE_OF.finditer(text))
    if _UNNEEDED_ROW.search(text):
        spans.append((0, len(text)))  # "| R | legacy reports | Not needed |": a table row asking for nothing
    for pattern in (_CLIENT_WORK, _RECRUITING):
        spans.extend(_to_sentence_end(pattern, text))
    spans.extend(_to_sentence_end(_TALKED_ABOUT, text, after=True))
    spans.extend(_to_sentence_end(_WRITTEN_ON, text))
    spans.extend(_to_sentence_end(_COPY_FOR_A_PRODUCT, text, after=True))
    spans.extend(_item_span(text, match.start()) for match in _PERK_SPENT.finditer(text))
    spans.extend(_to_clause_end(_SOLD, text))
    spans.extend(_to_sentence_end(_SOLD_BEFORE, text))
    spans.extend(_to_clause_end(_OTHERS_OWN_IT, text))
    spans.extend((_sentence_start(text, match.start()), match.end()) for match in _NOT_REQUIRED.finditer(text))
    spans.extend((_part_start(text, match.start()), match.end()) for match in _NOT_USED.finditer(text))
    spans.extend(_to_sentence_end(_BILLS, text))
    spans.extend(match.span() for match in _AGREEMENTS.finditer(text))
    spans.extend(_to_clause_end(_SOMEONE_ASKS, text))
    spans.extend(_to_sentence_end(_RECEIVED_OR_TOLD_APART, text))
    spans.extend(_to_clause_end(_DOCS_OR_TENDERS_FOR, text))
    spans.extend(_to_sentence_end(_ACCESS_FOR, text))
    for match in _SUPPORTED_FOR_OTHERS.finditer(text):
        start = _part_start(text, match.start())
        opened = text.rfind("(", start, match.start())
        spans.append((opened if opened >= 0 and ")" not in text[opened : match.start()] else start, match.end()))
    spans.extend(_to_clause_end(_SIT_IN_ON, text))
    spans.extend(_to_sentence_end(_TOPICS_LIKE, text))
    spans.extend(match.span() for match in _IDEAS_ASIDE.finditer(text))
    spans.extend(match.span() for match in _DOCUMENTED_PRODUCTS.finditer(text))
    spans.extend(_to_sentence_end(_REFERRED_ON, text))
    for match in _QUOTED.finditer(text):
        if _EVENTS.search(text, *_sentence_span(text, match.start())):
            spans.append(match.span())  # a talk's title: "Recent sessions included "Serving fine-tuned LLMs with vLLM""
    spans.extend(_to_sentence_end(_AMONG_OTHERS, text))
    spans.extend(_item_span(text, match.start()) for match in _COMPETITORS_OR_INTERVIEWS.finditer(text))
    spans.extend(_to_clause_end(_OTHERS_MADE, text))
    spans.extend(_to_clause_end(_BACKGROUND_WELCOME, text))
    spans.extend(match.span() for match in _TALK_WITH_PEOPLE.finditer(text))
    spans.extend(_to_sentence_end(_TEAMS_LISTED, text, after=True))
    spans.extend(span for span in _to_sentence_end(_LAUNCHING, text) if not _TO_THE_HIRE.search(text, *span))
    spans.extend(_to_clause_end(_CONTRAST, text))
    spans.extend(match.span() for match in _SELLING_TO.finditer(text))
    spans.extend(_to_sentence_end(_THEIR_PEOPLE, text))
    spans.extend(_to_sentence_end(_THEY_OWN_AFTER_A_TEAM, text))
    spans.extend(_to_sentence_end(_AUDIENCE_NAMED, text))
    spans.extend(_to_sentence_end(_PROSPECTS_RUN, text))
    spans.extend(_to_sentence_end(_ONE_OF_THEM, text))
    spans.extend(_to_clause_end(_THEY_DO, text))
    spans.extend(_to_sentence_end(_THEY_OPEN, text))
    spans.extend(_to_sentence_end(_A_LEAD_DOES, text))
    spans.extend(_to_sentence_end(_OTHERS_TEACH, text))
    spans.extend(_to_sentence_end(_MEDIA_ON, text))
    spans.extend(_to_sentence_end(_A_TEAM_INTRODUCED, text))
    spans.extend(match.span() for match in _ROLES_FROM_TO.finditer(text))
    spans.extend(_to_sentence_end(_IF_YOU_BUILD_IT_HELPS, text))
    spans.extend(match.span() for match in _SET_UP_FOR_OTHERS.finditer(text))
    spans.extend(_to_clause_end(_DEPARTMENT_DOES, text))
    spans.extend(
        match.span("thing")
        for match in _A_TEAMS_THING.finditer(text)
        if not _KEEPS_IT.search(text, max(0, match.start() - 40), match.start())
    )
    spans.extend(_to_clause_end(_BUILT_BEFORE_A_MOVE, text))
    spans.extend(_to_clause_end(_COURSES_OFFERED, text))
    spans.extend(_to_sentence_end(_SESSIONS_SUCH_AS, text))
    spans.extend(match.span() for match in _UNIT_OWNS_IN_ASIDE.finditer(text))
    spans.extend(match.span() for match in _DRAWN_INTO.finditer(text))
    spans.extend(_to_sentence_end(_PICTURES_OF, text))
    spans.extend(_to_sentence_end(_PAPERS_PRESENTED, text))
    spans.extend(match.span() for match in _A_TITLE_SET_OFF.finditer(text))
    spans.extend((_clause_start(text, match.start()), match.end()) for match in _A_TEAM_KEEPS.finditer(text))
    spans.extend(_to_clause_end(_A_TEAM_KEEPS, text))  # "... our People Analytics team builds and maintains in Looker"
    spans.extend(_to_clause_end(_RETIRING, text))
    spans.extend(match.span() for match in _MOVING_FROM.finditer(text))
    spans.extend((_sentence_start(text, match.start()), match.end()) for match in _SWITCHED_OFF.finditer(text))
    spans.extend(_to_clause_end(_ANOTHER_TEAM_THAT, text))
    spans.extend(match.span() for match in _THEIR_OWN.finditer(text))
    for match in _NONE_YOURS.finditer(text):
        stop = _FULL_STOP.search(text, match.end())
        spans.append((match.start(), stop.end() if stop else len(text)))  # its list runs over semicolons to the full stop
    for pattern in (_NOT_THIS_ROLE, _STACK_SENTENCE):
        for match in pattern.finditer(text):
            start, end = _item_span(text, match.start())
            if (
                pattern is _NOT_THIS_ROLE
                and _NOT_PART_OF.match(match.group())
                and text[:start].rstrip().endswith(";")
                and _THAT_WORK.match(text[start : match.start()])
            ):
                # "... builds a RAG assistant; that work is not part of this role": the part before the semicolon too
                start = _item_span(text, len(text[:start].rstrip()) - 1)[0]
            spans.append((start, end))
    return spans


_NOT_PART_OF = re.compile(r"not\s+part\s+of|(?:outside|beyond|out\s+of)\b", re.IGNORECASE)
# the work of the part before a semicolon, named again after it: "; that work is not part of this role"
_THAT_WORK = re.compile(r"\s*(?:but\s+)?(?:that|this|those|these|it)\b(?:\s+[\w-]+){0,2}?\s+(?:is|are|was|were|sits?)\s+$", re.IGNORECASE)


# a row of a table of skills whose level cell says it is not needed ("| Spark | our data engineers' pipelines | Not needed |")
_UNNEEDED_ROW = re.compile(r"^\s*\|?.*\|\s*(?:not\s+(?:needed|required|expected|necessary|used)|none|n/a|no)\s*\|?\s*$", re.IGNORECASE)
# what the hire only talks about with others, from "about" to the end of the sentence: "curious enough to talk credibly
# with data leaders about why their dashboards are slow and their ML projects stall", "hold a credible first conversation
# about an ML engineer's work"
_TALKED_ABOUT = re.compile(
    r"\b(?:talk(?:s|ing|ed)?|speak(?:s|ing)?|converse|conversations?|chat(?:s|ting)?)\b[^.;:]{0,60}?\babout\b"
    # ... or writes about, or is curious about: "You've written about machine-learning or database products before"
    r"|\b(?:writ(?:e|es|ing|ten)|wrote|blog(?:s|ged|ging)?|curious(?:\s+enough)?)\s+about\b"
    # ... or learns to tell apart: "curious enough to learn the difference between a training run and an inference request"
    r"|\b(?:learn|learns|learning|understand|tell|know)\s+the\s+difference\s+between\b",
    re.IGNORECASE,
)
# what a writer writes for the company's product, to the end of the sentence: "Rewrite the landing pages for our dashboard
# builder", "Turn a product spec on our machine-learning anomaly alerts into a launch blog post"
_COPY_FOR_A_PRODUCT = re.compile(
    r"\b(?:landing\s+pages?|web\s+pages?|copy|blog\s+posts?|launch\s+(?:posts?|copy|emails?|pages?)|case\s+stud(?:y|ies)|messaging"
    r"|release\s+notes|product\s+specs?|one-pagers?|explainers?|scripts?)\s+(?:for|on|about)\s+our\b",
    re.IGNORECASE,
)
# a learning budget and what people spend it on, or what a perk is for: "a generous learning budget (many of our data
# scientists spend theirs on DataCamp's Python track)", "1,000 free GPU hours a year for your own side projects"
_PERK_SPENT = re.compile(
    r"\b(?:learning|education|conference|professional\s+development|L&D)\s+(?:and\s+\w+\s+)?(?:budget|stipend|allowance|fund)s?\b"
    r"|\bfor\s+your\s+own\s+(?:side\s+)?projects\b"
    # ... or what it buys for the hire's home or health: "a yearly €1,500 budget to furnish your home", "home office budget"
    r"|\bbudget\s+(?:to|for)\s+(?:furnish|equip|set\s+up|spend\s+on)\b|\b(?:home[\s-]office|wellness|wellbeing|well-being|equipment|gym)\s+budget\b",
    re.IGNORECASE,
)
# the tools a product competes with, and how the company hires: "Know the competitive landscape (Tableau, Power BI,
# Looker)", "a take-home in a Jupyter notebook", "an ML system design round"
_COMPETITORS_OR_INTERVIEWS = re.compile(
    r"\b(?:competitive\s+landscape|competitors?\s+(?:such\s+as|like|including|\()|competing\s+(?:tools|products|vendors))|\b(?:interview|hiring)\s+(?:process|loops?|stages?)\b"
    r"|\btake-home\b|\bdesign\s+round\b",
    re.IGNORECASE,
)
# another team that owns, uses or does it, to the end of the clause: "Our Platform Engineering team owns the scoring
# service", "A separate Satellite Imagery team uses TensorFlow and Google Earth Engine", "Finance has its own forecasting
# team"
_OTHERS_OWN_IT = re.compile(
    r"\bour\s+(?:[\w/&+'’-]+\s+){0,4}?team\s+owns\b"
    r"|\b(?:a\s+separate|another|a\s+different)\s+(?:[\w/&+'’-]+\s+){0,4}?team\s+(?:uses|runs|owns|builds|trains|maintains|handles)\b"
    # ... or a team the hire hands work to: "Register model versions in MLflow so the ML Platform team can deploy them"
    r"|\bso\s+(?:that\s+)?(?:the|our)\s+(?:[\w/&+'’-]+\s+){0,4}?(?:team|group|squad)\s+can\b"
    r"|\bhas\s+its\s+own\s+(?:[\w-]+\s+){0,2}team\b"
    # ... or partners do it: "Our research partners do the pretraining and the distillation of their smaller models"
    r"|\b(?:our|the)\s+(?:[\w-]+\s+){0,2}(?:partners|vendors|suppliers|collaborators)\s+(?:do|does|handle|run|own|build|train)\b",
    re.IGNORECASE,
)
# a neighbouring team's work, or the people the hire sits among, to the end of the sentence: "Our neighbouring group,
# Language & Agents, works on LLM-based agents", "you will be surrounded by people training and shipping models all day"
_AMONG_OTHERS = re.compile(
    r"\b(?:neighbouring|neighboring|sister|adjacent)\s+(?:team|group|lab)\b|\bsurrounded\s+by\s+(?:people|engineers|researchers|scientists|experts)\b"
    # ... or how others work, taught to the hire: "structured training on how ML teams build, deploy and monitor models"
    r"|\b(?:training|courses?|onboarding|coaching)\s+on\s+how\b",
    re.IGNORECASE,
)
# bills paid to vendors, to the end of the sentence: "reconcile our cloud and software bills every month - AWS, Google
# Cloud, Weights & Biases"
_BILLS = re.compile(
    r"\b(?:bills|invoices|subscriptions|renewals)\s+(?:every\s+\w+\s+)?[-–—:(]"
    # ... or the vendors named before the bills: "Reconcile our monthly AWS, Snowflake and software subscription bills"
    r"|\b(?:reconcile|reconciling|pay|paying|approve|approving|process|processing)\s+(?=[^.;]{0,80}?\b(?:bills|invoices)\b)",
    re.IGNORECASE,
)
# agreements and licences by what they cover, the legal work's subject: "enterprise MSAs, DPAs and cloud compute agreements"
# (or listed after a dash or a colon: "renew enterprise software agreements – GitHub Enterprise, Docker Business, Tableau")
_AGREEMENTS = re.compile(
    r"\b(?:[\w/-]+\s+){1,2}?(?:agreements?|licen[cs]es|licensing\s+terms|licen[cs]e\s+portfolio)\b(?:(?:\s+\w+)?\s*[–—:]\s*[^.;()]*)?",
    re.IGNORECASE,
)
# what other people ask about, to the end of the clause: "When someone asks why their KV cache runs out of memory, ..."
_SOMEONE_ASKS = re.compile(
    r"\b(?:someone|somebody|anyone|a\s+(?:user|customer|member|colleague)|users|customers|members)\s+asks?\s+(?:why|how|about|whether|what)\b"
    # ... or what they have never done: "explain a p-value to someone who has never taken a statistics class"
    r"|\b(?:someone|somebody|people|anyone)\s+who\s+(?:has|have)\s+never\b",
    re.IGNORECASE,
)
# customers who need something passed on to others, to the end of the sentence: "Customers who need custom data models,
# predictive models or bespoke data pipelines are introduced to our implementation partner"
_REFERRED_ON = re.compile(r"\b(?:customers|clients|prospects|users)\s+(?:who|that)\s+(?:need|want|require|ask\s+for)\b", re.IGNORECASE)
# quoted titles of talks, sessions or episodes
_QUOTED = re.compile(r"[\"“][^\"“”]{3,100}[\"”]")
_EVENTS = re.compile(
    r"\b(?:sessions?|talks?|episodes?|webinars?|meetups?|titles?|keynotes?|lectures?|guides?|tutorials?|articles?|posts?|pages)\b",
    re.IGNORECASE,
)
# buying or events on a topic, to the end of the clause: "Run RFQs and tenders for GPU servers", "a poster session on
# quantization and distillation"; and products documented: "Experience documenting cloud or ML infrastructure products",
# "own the docs for the inference and Kubernetes products"
_DOCS_OR_TENDERS_FOR = re.compile(
    r"\b(?:RFQs?|RFPs?|RFIs?|tenders?)\s+(?:and\s+\w+\s+)?(?:for|of)\b|\bposter\s+sessions?\s+on\b|\bworkshop\s+tracks?\s+on\b",
    re.IGNORECASE,
)
# meetings the hire only attends, to the end of the clause: "Sit in on architecture and design reviews, log the decisions"
# (not calls with customers, which are the hire's own talking: "Sit in on calls with our lawyer-customers")
_SIT_IN_ON = re.compile(
    r"\b(?:sit|sits|sitting)\s+in\s+on\s+(?:[\w-]+\s+(?:and\s+)?){0,3}?(?:reviews?|design|architecture)\b", re.IGNORECASE
)
# ideas named in an aside, to be drawn or written up: "turn our product ideas (retrieval, agents, semantic layers, query
# optimization) into illustrations and diagrams"
_IDEAS_ASIDE = re.compile(r"\b(?:ideas|concepts|topics|themes)\s*\([^()]*\)", re.IGNORECASE)
# topics written about, to the end of the sentence: "opinion pieces and how-tos on topics like RAG, AI agents, evaluation"
# (or the talks a programme team chooses: "the programme team (who choose the talks on RAG, agents and the rest)")
_TOPICS_LIKE = re.compile(r"\btopics\s+(?:like|such\s+as|including)\b|\btalks\s+(?:on|about)\b", re.IGNORECASE)
# tools looked after for other people, from the start of their clause or aside: "deploy teaching software (SPSS, MATLAB,
# R and Python installations, Office) to lab PCs", "Escalate HPC, GPU and JupyterHub login issues to Research Computing"
_SUPPORTED_FOR_OTHERS = re.compile(
    r"\b(?:(?-i:[A-Z][\w+#.-]*)\s+installations|(?:login|log-in|sign-in|access|account|password|licen[cs]e)\s+(?:issues|problems|tickets|requests|resets))\b",
    re.IGNORECASE,
)
# access handled for others, to the end of the sentence: "Handle access requests for the internal Kubernetes cluster"
_ACCESS_FOR = re.compile(r"\baccess\s+(?:requests?|rights|permissions)\s+(?:for|to)\b", re.IGNORECASE)
# (the products documented, only those: not "documenting statistical models for the regulator")
_DOCUMENTED_PRODUCTS = re.compile(
    r"\b(?:documenting|document|documented|docs\s+(?:for|on|about))\s+(?:the\s+|our\s+)?(?:[\w/-]+\s+(?:and\s+|or\s+)?){0,5}?products?\b",
    re.IGNORECASE,
)
# things the hire looks after or reads but does not use or make, from the sentence's start (or its last semicolon):
# "Python (via Anaconda), R and RStudio, Jupyter and Docker Desktop - you'll install and license them, not use them"
_NOT_USED = re.compile(
    # (not the judgement of when a method fits: "machine learning methods ..., and knowing when not to use them")
    r"(?<!\bwhen\s)\bnot\s+(?:to\s+)?(?:use|run|write|build|make)\s+(?:them|it)\b"
    # ... or retired already, or one thing not required after a semicolon: "The legacy TensorFlow 1 models written by a
    # previous supplier were retired", "working in Excel; SQL is not required"
    r"|\b(?:was|were|has\s+been|have\s+been)\s+(?:retired|decommissioned|sunset|phased\s+out)\b"
    r"|(?<=;\s)[\w/+.-]+(?:\s+[\w/+.-]+)?\s+(?:is|are)\s+not\s+(?:required|needed|necessary|expected)\b",
    re.IGNORECASE,
)
_SEMICOLON = re.compile(r";\s*")
# a list the ad says it does not need, from its clause's start: "CUDA, Python and machine learning experience are not required"
# (one thing "is not required" under a "Preferred" heading is a wish: "Experience with Tableau is not required.")
_NOT_REQUIRED = re.compile(
    # (or a clause of its own after a semicolon: "Confident with Excel (pivot tables); SQL or programming skills are not required")
    r",[^.;]*\bare\s+not\s+(?:required|needed|necessary|expected)\b|(?<=;)[^.;,]*\b(?:is|are)\s+not\s+(?:required|needed|necessary|expected)\b",
    re.IGNORECASE,
)
# what a seller sells, to the end of its clause: "sell reserved GPU capacity (from 64 GPUs to multi-thousand-GPU clusters)"
_SOLD = re.compile(r"\b(?:sell|sells|selling|resell|reselling)\s+(?!to\b|into\b)", re.IGNORECASE)
# what a seller has sold before, to the end of the sentence: "You've sold developer tools, databases or cloud infrastructure"
_SOLD_BEFORE = re.compile(r"\b(?:have|has|you['’]ve|we['’]ve)\s+(?:\w+\s+)?(?:sold|resold)\s+(?!to\b|into\b)", re.IGNORECASE)
# a thing other people made, in a relative clause: "charts that engineers exported from Matplotlib"
_OTHERS_MADE = re.compile(
    r"\b(?:that|which)\s+(?:our\s+|the\s+)?(?:engineers|scientists|analysts|researchers|developers|customers|clients)\s+(?!will\b|would\b)[a-z]+ed\b",
    re.IGNORECASE,
)
# a background the ad welcomes in place of what it asks: "If your background is mostly R, that's fine, but you'll be
# writing Python here"
_BACKGROUND_WELCOME = re.compile(r"\bif\s+(?:your\s+background\s+is|you\s+come\s+from)\s+", re.IGNORECASE)
# people a seller or recruiter talks with, named by their trade: "hold an honest conversation with a machine learning
# engineer", "the first conversation many ML engineers and heads of data have with us"
_TALK_WITH_PEOPLE = re.compile(
    r"\b(?:(?:conversations?|talks?|speak|chats?)\s+(?:with\s+|(?:that\s+)?many\s+)"
    # ... or the buyers a seller deals with, by their trade: "Comfort with technical buyers: developers, ML engineers"
    r"|buyers\s*[:(]\s*(?:[\w/&+-]+,\s+){0,3})(?:an?\s+|the\s+)?(?:[\w/&+-]+\s+){0,3}?"
    r"(?:engineers?|scientists?|researchers?|practitioners|developers|buyers|leaders|leads?|teams)\b",
    re.IGNORECASE,
)
# the people a recruiter's job finds and screens (or the teams it hires for), and what they are screened for, to the end
# of the sentence: "Source
# machine learning engineers, research scientists and GPU infrastructure engineers through referrals", "Screen candidates
# for experience with PyTorch, distributed training ..."
_RECRUITING = re.compile(
    r"\b(?:source|sourcing|screen|screening|recruit|recruiting|headhunt|headhunting|attract|attracting|interview|interviewing"
    r"|hire|hiring|hired)\s+(?:[\w/&+-]+\s+){0,4}?(?:candidates|engineers|scientists|researchers|talent|applicants|developers|analysts)\b"
    # ... or what the candidates know: "a company whose candidates list PyTorch, Triton or TensorRT on their resumes"
    r"|\bcandidates\s+(?:list|lists|name|mention|bring|know)\b|\b(?:recruited|hired)\s+for\b"
    # ... or the teams a recruiter hires for: "own hiring for two of our engineering orgs: Inference and Training"
    r"|\b(?:hiring|recruiting)\s+for\s+(?:[\w/&+-]+,?\s+){0,6}?(?:teams?|orgs?|organi[sz]ations?|groups?|departments?|roles)\b",
    re.IGNORECASE,
)
# a team named, then what it owns, to the end of the sentence: "raise a request with the Data & Analytics team. They own the
# Snowflake warehouse, the Python delay-prediction model and the Tableau server"
_THEY_OWN_AFTER_A_TEAM = re.compile(
    r"(?:(?<=team\.\s)|(?<=teams\.\s)|(?<=group\.\s)|(?<=department\.\s)|(?<=vendor\.\s)|(?<=partner\.\s))"
    r"They\s+(?:own|run|maintain|build|keep|manage|operate|handle|look\s+after)\b"
)
# the people a marketer or a seller reaches, to the end of the clause: "Experience marketing to data scientists, ML
# engineers or platform teams" (not what follows: "selling to data science teams, and enough SQL to pull your own data")
# a sentence about other people's teams, after one that named them: "Your buyers are Heads of ML. Their teams typically
# train in PyTorch or TensorFlow"
_THEIR_PEOPLE = re.compile(
    r"(?:^|(?<=[.!?]\s))Their\s+(?:[\w-]+\s+){0,2}?(?:teams?|engineers|scientists|developers|analysts|researchers|users|customers|staff)\b"
    # ... or a customer's: "when a customer's engineers get into the details"
    r"|(?i:\b(?:a|the|each|every)\s+(?:customer|client|prospect|buyer)['’]s\s+(?:[\w-]+\s+)?(?:teams?|engineers|scientists|developers|analysts|researchers)"
    r"\s+(?:get|gets|run|runs|use|uses|build|builds|train|trains|own|owns|deploy|deploys|dig|digs|ask|asks)\b)"
)
# ... and the people a seller or a writer reaches, named: "Your buyers are Heads of ML, ML platform leads and VPs of Data"
_AUDIENCE_NAMED = re.compile(
    r"\b(?:buyers|audiences?|prospects|personas?|readers|attendees|viewers)\s+(?:are|include|will\s+be|need\s+to\s+(?:see|understand|know))\s+",
    re.IGNORECASE,
)
# ... and what they already run: "Most of our prospects already run LangChain, LlamaIndex or Haystack, fine-tuned models on
# SageMaker"
_PROSPECTS_RUN = re.compile(
    r"\b(?:prospects|buyers)\s+(?:(?:already|typically|usually|often|currently|today|mostly)\s+)?(?:run|use|build|train|deploy|have)\b"
    # ... or their teams: "Our prospects' data teams live in Python, R and dbt"
    r"|\b(?:prospects|buyers|customers|clients)['’]\s+(?:[\w-]+\s+)?teams?\s+(?:live|work|run|use|build)\b"
    # ... or leaders "whose teams are already running RAG or semantic search in production"
    r"|\bwhose\s+teams?\s+(?:are|is)\s+(?:already\s+)?[a-z]+ing\b"
    # ... or tenants: "a colocation provider whose tenants run cloud platforms and machine learning workloads"
    r"|\bwhose\s+(?:tenants|customers|clients|users)\s+(?:run|use|build|train|deploy|host)\b"
    # ... or the tools they came from: "Most of our customers arrived from Tableau, Looker or Power BI"
    r"|\b(?:prospects|buyers|customers|clients|users)\s+(?:(?:first\s+)?(?:arrived|came|come|switched|switch|migrated|migrate|moved|move))\s+"
    r"(?:over\s+)?from\b",
    re.IGNORECASE,
)
# ... and each of them told in turn: "Our customers bring every stack you can imagine. One trains PyTorch models on a
# Kubernetes cluster in AWS, another has ten years of TensorFlow"
_ONE_OF_THEM = re.compile(
    r"(?:^|(?<=[.!?:]\s))(?:One\s+(?!of\b)[a-z]+s\b)|(?i:\b(?:many|most|some|several)\s+of\s+them\s+(?:run|use|build|train|deploy|host|sell|are\s+[a-z]+ing)\b)|(?<=;\s)some\s+(?:are|have|run|use)\b"
    # ... or "others" after them: "others host and deploy our models on their own GPU clouds"
    r"|(?<=[;,]\s)others\s+(?:[a-z]+\s+(?:and\s+)?)?(?:host|deploy|build|fine-tune|run|use|train|serve|sell|resell)\b"
)
# "they", others named before, doing it: "They run the A/B tests; you design the variants."
# ... or after a comma: "you'll hand models to them with a clear spec, and they deploy and run them"
# ... a sentence of what "they" do, to its end: "They containerise models, run them on the department's Kubernetes
# platform and monitor them in production."
_THEY_OPEN = re.compile(r"(?:^|(?<=[.!?]\s))They\s+(?:containeri[sz]e|deploy|host|serve|monitor|package)\b")
_THEY_DO = re.compile(
    r"(?:^|(?<=[.!?]\s))They\s+(?:already\s+|also\s+)?(?:run|own|build|train|maintain|manage|handle|write|do|design|containeri[sz]e|deploy|host|serve"
    r"|monitor|package)\b"
    r"|(?i:(?:(?<=,\s)|(?<=;\s)|(?<=:\s))(?:and\s+)?they\s+(?:deploy|run|own|build|train|host|serve|maintain|take\s+it\s+to\s+production))\b"
)
# a colleague by role doing it: "Our People Analytics lead builds and maintains the Tableau dashboards, so you won't need to"
_A_LEAD_DOES = re.compile(
    r"\b(?:our|the|your)\s+(?:[\w/&+-]+\s+){0,3}?(?:lead|manager|head|director|architect)\s+(?:builds|maintains|owns|runs|manages|trains|designs|images|installs"
    r"|sets\s+up|configures)\b",
    re.IGNORECASE,
)
# what a writer or a producer makes content about: "videos on topics like "What is a token?", "How does retrieval-augmented
# generation work?""
# a range of roles a recruiter hires, from one kind of engineer to another: "from PyTorch research engineers to GPU
# infrastructure and Kubernetes platform engineers"
_ROLES_FROM_TO = re.compile(
    r"\bfrom\s+[^.;:]{1,60}?\s(?:engineers|scientists|researchers|analysts|developers)\s+to\s+[^.;:]{1,80}?\s"
    r"(?:engineers|scientists|researchers|analysts|developers)\b",
    re.IGNORECASE,
)
# the company's product told to its customers by what they build: "if you're building a RAG chatbot, a fine-tuned support
# model served on vLLM, or a fleet of tool-calling agents in LangGraph, Tracewell shows you what happened"
_IF_YOU_BUILD_IT_HELPS = re.compile(
    r"\bif\s+you['’]re\s+(?:building|running|shipping|deploying|training)\b[^.]{0,200}?,\s+(?-i:[A-Z][\w-]+)\s+"
    r"(?:shows|helps|lets|gives|tells|catches|tracks|monitors|makes|keeps)\b",
    re.IGNORECASE,
)
# software set up on others' machines, up to how it was pushed (or accounts opened for them in tools): "with our standard
# software bundle (Microsoft 365, Anaconda, JupyterLab, RStudio) pushed as managed packages"
_SET_UP_FOR_OTHERS = re.compile(
    r"\bsoftware\s+(?:bundle|image|stack|catalogue|catalog|set)\b[^.;]{0,200}?\b(?:pushed|deployed|installed|rolled\s+out|packaged)\b"
    # ... or installed for the people who ask: "Install and license software people ask for (Docker Desktop, Zoom, Office)"
    r"|\binstall(?:s|ing)?\s+(?:and\s+licen[cs]e\s+)?software\b[^.;]{0,40}?\([^()]{0,120}\)"
    # ... or a toolkit put on others' machines: "Install and update the standard toolkit on consultants' laptops (Anaconda, VS
    # Code, Docker Desktop, Zoom)"
    r"|\binstall(?:s|ing)?\s+(?:and\s+(?:update|patch|maintain|licen[cs]e)\s+)?(?:the\s+)?(?:[\w-]+\s+)?(?:toolkit|tools|apps|applications)\b"
    r"[^.;]{0,60}?\([^()]{0,120}\)"
    # ... or the tools whose accounts the hire opens and closes: "create and remove accounts in Google Workspace, Slack and GitHub"
    r"|\baccounts?\s+(?:in|on|for|across)\s+[^.;()]{0,100}",
    re.IGNORECASE,
)
# an item that names a team and says what it does: "Platform Engineering — runs our Kubernetes clusters, Terraform and CI",
# "Applied Research — two researchers who train our variance-detection models in PyTorch" (not a duty said to the hire:
# "Retrieval — build hybrid search over ...")
_A_TEAM_INTRODUCED = re.compile(
    r"^\W*(?:the\s+)?(?-i:[A-Z][\w&/+'’-]*(?:\s+(?:&\s+|and\s+)?[A-Z][\w&/+'’-]*){0,3})\s*[—–:-]\s+"
    r"(?:(?:about\s+|around\s+)?(?:\d+|two|three|four|five|six|seven|eight|nine|ten|a\s+few|several|a\s+handful\s+of)\s+(?:[\w-]+\s+){1,4}?(?:who|that)\s+"
    r"|(?:owns|runs|builds|trains|maintains|keeps|manages|operates|looks\s+after|handles|ships|deploys|serves|develops)\b)",
    re.IGNORECASE | re.MULTILINE,
)
_MEDIA_ON = re.compile(
    r"\b(?:videos?|explainers?|posts?|articles?|tutorials?|episodes?|content)\s+(?:on|about)\s+(?:topics\s+)?(?:like|such\s+as)\b",
    re.IGNORECASE,
)
# a department by its one-word name doing it: "Finance owns the headcount and labor-cost dashboards in Looker"
_DEPARTMENT_DOES = re.compile(
    r"(?-i:\b(?:Finance|Marketing|Sales|IT|HR|Legal|Operations|Procurement|Security|Facilities|Engineering|Product|Research|Compliance|Risk"
    r"|Informatics|Data\s+Science|Data\s+Engineering|Analytics|ML\s+Platform))"
    r"\s+(?:owns|runs|maintains|builds|manages|handles|produces|publishes|trains|deploys|hosts)\b"
)
# a team's own thing named by its possessive: "surfaced on the Site Reliability team's Grafana dashboards" (not when the
# hire is to own or build it)
_A_TEAMS_THING = re.compile(
    r"\b(?:the|our|their)\s+(?:[\w/&+-]+\s+){0,3}?(?:team|group|department)['’]s\s+(?P<thing>(?:[\w/&+.-]+\s+){0,2}[\w/&+.-]+)",
    re.IGNORECASE,
)
# deliveries taken in, to the end of the sentence: "Receive deliveries of robot parts, sheet metal and GPU servers"
# ... or people told apart, and what one is curious about: "tell a PyTorch person from a TensorFlow person", "curiosity
# about how large language models are built"
_RECEIVED_OR_TOLD_APART = re.compile(
    r"\b(?:receive|receives|receiving|sign\s+for|signing\s+for|unpack|unpacking)\s+(?:and\s+\w+\s+)?(?:deliveries|shipments|parcels)\s+of\b"
    r"|\b(?:tell|telling|distinguish|distinguishing)\s+(?:an?|the)\s+[^.;]{1,60}?\s+from\s+(?:an?|the)\b"
    r"|\bcuriosity\s+(?:about|for)\b",
    re.IGNORECASE,
)
_KEEPS_IT = re.compile(
    r"\b(?:own|owning|build|building|maintain|maintaining|improve|improving|rebuild|take\s+over|run|running)\b", re.IGNORECASE
)
# others teaching a thing: "where senior consultants teach newer colleagues Python and SQL"
_OTHERS_TEACH = re.compile(r"\b(?:consultants|engineers|colleagues|staff|experts|mentors|trainers)\s+(?:will\s+)?teach\b", re.IGNORECASE)
# what the first version was built in, before a move: "Our first models were built in TensorFlow; we moved everything to
# PyTorch in 2024"
_BUILT_BEFORE_A_MOVE = re.compile(
    r"\b(?:were|was)\s+(?:originally\s+|first\s+|all\s+)?(?:built|written|developed|trained)\s+in\s+(?=[^.]*\b(?:moved|migrated|switched|ported)\b)",
    re.IGNORECASE,
)
# courses the company offers: "the Data Academy, with self-paced courses in Python, R and cloud"
_COURSES_OFFERED = re.compile(
    r"\b(?:self-paced|online|free|internal|paid|short)\s+(?:courses?|training|classes)\s*(?:in|on|,\s*including)\b", re.IGNORECASE
)
# a unit said in an aside to own the work: "(Growth owns the A/B tests and the analysis)"
_UNIT_OWNS_IN_ASIDE = re.compile(r"\(\s*(?-i:[A-Z][\w&-]*(?:\s+[A-Z][\w&-]*){0,2})\s+(?:owns|runs|maintains|builds|handles|does)\b[^()]*\)")
# what a designer draws: "turning pipelines, model registry lineage and deployment flows into diagrams", "animated diagrams of
# our pipelines, model registry and deployment flows"
_DRAWN_INTO = re.compile(
    r"\b(?:turn|turns|turning)\s+[^.;]{1,80}?\binto\s+(?:[\w-]+\s+){0,2}?(?:diagrams|illustrations|visuals|animations|graphics|motion|icons)\b",
    re.IGNORECASE,
)
_PICTURES_OF = re.compile(r"\b(?:diagrams|illustrations|visuals|animations|graphics|icons|infographics)\s+of\b", re.IGNORECASE)
# a series named by its sessions, to the end of the sentence: "the “LLMs for everyone” course series (sessions such as *Prompt
# Engineering 101*, *What RAG means for your customers*)"
_SESSIONS_SUCH_AS = re.compile(r"\b(?:sessions|courses|classes|modules|lectures)\s+such\s+as\b", re.IGNORECASE)
# topics of a reading group: "our Paper Club (where consultants present papers on causal inference, bandits ...)"
_PAPERS_PRESENTED = re.compile(r"\bpresent(?:s|ing)?\s+papers\s+(?:on|about)\b", re.IGNORECASE)
# the title of the company's paper or post, set off in italics or quotes: "Read our latest preprint, *Pruning the Fitness
# Landscape: Sparse Mutational Scans with Protein Language Models*"
_A_TITLE_SET_OFF = re.compile(
    r"\b(?:preprint|paper|article|publication|blog\s+post|post|white\s*paper|report)\s*[,:]?\s*(?:[*_]{1,2}[^*_\n]{3,200}[*_]{1,2}|[“\"][^”\"\n]{3,200}[”\"])",
    re.IGNORECASE,
)
# a thing another team keeps, named before it: "the Power BI dashboards that team maintains", "a Grafana dashboard the
# platform team maintains"
_A_TEAM_KEEPS = re.compile(
    # (a colleague by role only with "our": "The Data Scientist builds ..." is the hire)
    # (or several: "Our Trust & Safety analysts build Looker dashboards on the fraud metrics we produce")
    r"\b(?:(?:that|which)\s+)?(?:(?:the|that|our|their)\s+(?:[\w/&+'’-]+\s+){0,4}?team|our\s+(?:[\w/&+'’-]+\s+){0,3}?(?:analyst|engineer|scientist|lead)"
    r"|our\s+(?:[\w/&+'’-]+\s+){0,3}?(?:analysts|engineers|scientists)(?=\s+(?:build|maintain|own|run|produce|publish)\b))"
    r"\s+(?:still\s+)?(?:build|maintain|own|run|produce|publish|maintains|owns|runs|builds|produces|publishes|manages"
    r"|provisions|operates|hosts|built|maintained|owned|ran|designed|set\s+up|trains|fine-tunes|deploys|serves|racks|installs)\b"
    # ... or a function by its name: "the spend dashboard that Finance maintains"
    r"|\b(?:that|which)\s+(?-i:[A-Z][\w&'’-]*(?:\s+[A-Z][\w&'’-]*){0,2})\s+(?:set\s+up\s+and\s+)?(?:maintains|owns|runs|builds|produces|publishes|manages"
    r"|built|maintained|owned|ran|designed)\b"
    # ... or has it covered: "Our BI folks have Looker and the weekly reports covered"
    r"|\b(?:our|the)\s+(?:[\w/&-]+\s+){0,2}(?:folks|people|team|colleagues)\s+(?:have|has)\s+[^.;]{0,80}?\bcovered\b",
    re.IGNORECASE,
)
_SELLING_TO = re.compile(
    r"\b(?:market|marketing|sell|selling|sold)\s+(?:[\w/&+-]+\s+){0,3}?(?:to|into)\s+(?:[\w/&+-]+,?\s+){0,8}(?:teams?|engineers|scientists"
    r"|developers|analysts|buyers|leaders|leads|heads|directors|researchers|practitioners|companies|enterprises)\b",
    re.IGNORECASE,
)
# the company telling what it did for its clients, to the end of the sentence: "In the last year we helped a national
# retailer rebuild its demand forecasting, a motor insurer move to causal uplift modelling ..."
_CLIENT_WORK = re.compile(r"\bwe(?:\s+have)?\s+(?:recently\s+)?help(?:ed|s)?\s+(?!you\b)(?:an?|the|one|our|[A-Z\d])", re.IGNORECASE)


def _ruled_out_lines(lines: Sequence[Line], continued: Collection[int]) -> set[int]:
    """The lines under a heading of what the job does not do ("What you won't do"), up to the next heading or, when its
    items were bullets, the next line that is none and does not go on with an item wrapped onto it (``continued``, the
    lines that carry on the one before: "- You'd rather build dashboards ... you'll use them," over "  not build them.")."""
    out: set[int] = set()
    ruled_out = listed = False
    for index, line in enumerate(lines):
        if _NOT_YOURS_HEADING.match(line.text):
            ruled_out, listed = True, False
            continue
        if ruled_out and (
            _heading(line.text) is not None
            or _looks_like_heading(line.text)
            or _MARKED_HEADING.match(line.text)
            or (listed and not line.bullet and index not in continued)
        ):
            ruled_out = False
        if ruled_out:
            listed = listed or line.bullet
            out.add(index)
    return out


# a Markdown heading of any length ("## You might be a fit if you have") or a line in bold
_MARKED_HEADING = re.compile(r"^\s*(?:#{1,6}\s+\S|\*\*[^*]+\*\*:?\s*$)")
# a heading over what the job does not do: "What you won't do", "What this role is not", "Not in this role"
_NOT_YOURS_HEADING = re.compile(
    r"^\W*(?:what\s+you\s+(?:won['’]t|will\s+not)\s+(?:be\s+)?(?:do|doing|own|owning)|what\s+(?:this|the)\s+(?:role|job)\s+"
    r"(?:is\s+not|isn['’]t)|not\s+in\s+(?:this|the)\s+role|what\s+you\s+won['’]t\s+be\s+doing"
    r"|what\s+we(?:['’]re|\s+are)\s+not\s+looking\s+for"
    # ... or who the job does not suit: "Not for you if", "This role is not for you if", "You won't enjoy this job if"
    r"|(?:(?:this\s+(?:role|job)\s+is\s+)?(?:probably\s+)?not\s+for\s+you|you\s+(?:probably\s+)?(?:won['’]t|will\s+not)\s+(?:enjoy|like)\s+this\s+(?:role|job)"
    r"|(?:you\s+)?(?:might|may|probably)\s+not\s+be\s+(?:a\s+)?(?:good\s+|great\s+|the\s+right\s+)?(?:fit|match)"
    r"|not\s+a\s+(?:good\s+|great\s+)?(?:fit|match))\s+if"
    # ... or a heading of what is not needed, said alone ("## Not required"; not "Not required, but a good fit:")
    r"|not\s+(?:required|needed|necessary)(?=\W*$)|(?:you\s+)?(?:don['’]t|do\s+not)\s+need(?:\s+to)?(?=\W*$)"
    # ... or what the hire will not need: "What you won't need", "What you don't need"
    r"|what\s+you\s+(?:won['’]t|will\s+not|don['’]t|do\s+not)\s+need"
    # ... or "You won't be" over a list of what the job leaves to others
    r"|you\s+(?:won['’]t|will\s+not)\s+be|you\s+(?:won['’]t|will\s+not)(?=\W*$)"
    # ... or the teams a recruiter hires for, whose work the list tells: "Teams you'll hire for", "Roles we're hiring for"
    r"|(?:the\s+)?(?:teams?|roles?|orgs?|groups?|people|positions)\s+(?:you['’]ll|you\s+will|we['’]re|we\s+are)\s+(?:be\s+)?"
    r"(?:hire|hiring|recruit|recruiting)\s+for)\b[^.!?]{0,20}$"
    # ... or the roles a recruiter fills, at the end of the line that leads into them: "... and a dozen hiring managers to
    # fill roles such as:"
    r"|^.*\b(?:fill|filling|hire\s+for|hiring\s+for|recruit\s+for|recruiting\s+for)\s+(?:[\w-]+\s+){0,3}?(?:roles|positions|openings|jobs)"
    r"\s+(?:such\s+as|like|including)\s*:\s*$"
    # ... or a lead-in to what the people the hire finds or serves know: "What the engineers you hire will know (you don't
    # have to, ...):", "What our customers use:"
    r"|^\W*what\s+(?:the|our|your)\s+(?:[\w-]+\s+){0,2}?(?:engineers|people|candidates|scientists|researchers|hires|customers|clients|users|students|learners)"
    r"\s+(?:(?:you|we)(?:['’]ll|\s+will)?\s+(?:hire|recruit|place|support|serve|teach|train|work\s+with)\s+)?(?:will\s+)?(?:know|use|build|do|learn)\b[^:]*:\s*$"
    # ... or a lead-in to what other teams run: "Around us, other teams run the rest, and you won't need to operate any of it:"
    r"|^.*\b(?:other|sister|partner)\s+teams\s+(?:run|own|operate|manage|maintain|handle|look\s+after)\b[^:]*:\s*$"
    r"|^.*\byou\s+(?:won['’]t|will\s+not|don['’]t|do\s+not)\s+(?:need\s+to\s+|have\s+to\s+)?(?:operate|run|own|touch|manage|maintain)\s+"
    r"(?:any\s+of\s+)?(?:it|them|this|these)\b[^:]*:\s*$",
    re.IGNORECASE,
)


def _item_span(line: str, at: int) -> tuple[int, int]:
    """The sentence of ``line`` that holds character ``at``, cut to its item where an ad pasted on one line had its "•"
    items turned into bars ("... | we won't be training models on who likes whom | 2-4 yrs doing growth analytics")."""
    start, end = _sentence_span(line, at)
    before = line.rfind(_ITEM_BAR, start, at)
    after = line.find(_ITEM_BAR, at, end)
    return (start if before < 0 else before + len(_ITEM_BAR)), (end if after < 0 else after)


_ITEM_BAR = " | "


# a clause of a sentence that opens with "our": "..., and our analysts ...", "Our backend ..."
_CLAUSE_OUR = r"(?:^|(?<=[.!?]\s)|(?<=,\s))\W*(?:and\s+)?(?:(?:today|currently|now),?\s+)?our\s+"
_STACK_SENTENCE = re.compile(
    r"(?:^|(?<=[.!?;]\s)|(?<=,\s))\W*(?:and\s+)?(?:our|the\s+team['’]s|the)\s+(?:(?:data|tech|technology|current|ml|analytics)\s+)?stack\s+(?:today\s+)?(?:is|includes|runs\s+on)\b"
    # ... or what the company's own platform is built from: "Our platform is built from Kotlin and Python microservices"
    r"|(?:^|(?<=[.!?]\s))\W*our\s+(?:data\s+)?(?:platform|products?|backend|infrastructure|apps?|services)\s+(?:is|are|was|were)\s+"
    r"(?:built\s+(?:from|on|with|in)|an?\s+set\s+of|made\s+(?:up\s+)?of)\b"
    # ... or what its engineering runs on: "Our engineering runs on a Kubernetes-based platform on Google Cloud"
    r"|(?:^|(?<=[.!?]\s))\W*our\s+(?:engineering|tech|technology|infrastructure|systems|services|backend|stack)\s+(?:runs|run|lives|is\s+built)\s+on\b"
    # ... or what its ML platform is, after a colon: "Under the hood, our ML platform is a small but serious thing: a fleet of
    # A100 and L4 GPUs on Google Cloud"
    r"|\bour\s+(?:ml|ai|machine[\s-]learning|data)\s+platform\s+(?:is|consists\s+of|runs\s+on)\b[^.:;]{0,60}:"
    # ... or what its app is built on, said in an aside: "our customer app (built on AWS, with real-time arrival
    # predictions from a machine-learning model our planning team trains)"
    r"|\bour\s+(?:[\w-]+\s+){0,2}(?:apps?|platform|products?|website|site)\s*\(\s*built\s+(?:on|with|in)\b"
    # ... or what the company by its name is built on: "Lexara is built on Python, Kubernetes and Elasticsearch"
    r"|(?:^|(?<=[.!?]\s))\W*[A-Z][\w&.-]*(?:\s+[A-Z][\w&.-]*)?\s+(?:is|are)\s+built\s+(?:on|with)\b"
    # ... or what the company itself runs on: "We run on Azure, Databricks and Power BI"
    r"|(?:^|(?<=[.!?]\s))\W*we(?:\s+|['’])(?:run|are\s+built|re\s+built|build)\s+(?:on|in)\b"
    # ... or where its data lives and what its platform runs on: "Our event data lands in BigQuery through Airflow"
    rf"|{_CLAUSE_OUR}(?:[\w-]+\s+)?(?:data\s+(?:lands|lives|sits)\s+in|(?:data\s+)?platform\s+runs\s+on)\b"
    # ... or what a part of it is: "Our backend is mostly Go and Kotlin on AWS, with Postgres and Kafka in the middle"
    rf"|{_CLAUSE_OUR}(?:[\w-]+\s+)?(?:backend|frontend|infrastructure)\s+is\b"
    # ... a part of it named: "Our backend runs on Go and Erlang, our data lake lives in BigQuery"
    rf"|{_CLAUSE_OUR}(?:[\w-]+\s+){{0,2}}(?:backend|frontend|lake|warehouse|lakehouse|stack|infrastructure)\s+"
    r"(?:runs|lives|sits|is\s+hosted)\s+(?:on|in)\b"
    # ... or what its product runs on, in a clause of its own: "Our indexer is written in Rust, the product runs on
    # Kubernetes in Google Cloud with Postgres and ClickHouse behind it"
    r"|(?:^|(?<=[.!?]\s)|(?<=,\s))\W*(?:and\s+)?the\s+(?:[\w-]+\s+)?(?:products?|platform|apps?)\s+(?:runs?|is\s+hosted|are\s+hosted)\s+(?:on|in)\b"
    # ... or the tools its other people favour: "and our analysts swear by Looker"
    rf"|{_CLAUSE_OUR}(?:analysts|data\s+scientists|engineers|scientists|developers)\s+(?:swear\s+by|love|rely\s+on|live\s+in)\b",
    re.IGNORECASE,
)


def _denied(text: str) -> list[tuple[int, int]]:
    """What an ad says the job does not do or need, from the denial to the end of its clause: "We don't need you to
    know Rust, and no, we are not building AI agents that write your readouts" (not "You don't need a PhD, but you
    need Python": the clause after "but" is asked)."""
    out: list[tuple[int, int]] = []
    for match in _DENIAL.finditer(text):
        start, end = _sentence_span(text, match.start())
        opened = text.rfind("(", start, match.start())
        if opened >= 0 and text.rfind(")", opened, match.start()) < 0 and (closed := text.find(")", match.end(), end)) >= 0:
            end = closed  # said in an aside: "(no, you won't be on-call for pipelines)"
        clause_end = _CLAUSE_TURN.search(text, match.end(), end)
        out.append((match.start(), clause_end.start() if clause_end else end))
        if _DENIED_BEFORE.match(text, match.end()):
            # "Enough fluency with LLMs, RAG and AI agents to be credible in the room – you won't build them": what
            # the pronoun stands for, named earlier in the sentence, is not asked either (or before its semicolon:
            # "(we'll give you read-only access to the monitoring dashboards; you won't be building them)")
            if start and text[:start].rstrip().endswith(";"):
                start = max(_sentence_start(text, len(text[:start].rstrip()) - 1), text.rfind("(", 0, start) + 1)
            out.append((start, match.start()))
        elif _DENIED_JOBS.match(text, match.end()) and start:
            # "... applied researchers who fine-tune and serve LLMs. You don't need to be able to do those jobs": the jobs
            # of the sentence before
            out.append((_sentence_start(text, start - 1), match.start()))
    return out


def _to_clause_end(pattern: re.Pattern[str], text: str) -> list[tuple[int, int]]:
    """From each match of ``pattern`` to the end of its clause (a comma, a semicolon, a sentence's end or an item's bar or
    dash): what a clause sets against the work ("you'll work with them on handover, not on the serving code"), what
    others own ("Support the Planning team, who own the demand forecast, with ...")."""
    out: list[tuple[int, int]] = []
    for match in pattern.finditer(text):
        found = _CLAUSE_END.search(text, match.end())
        end = found.start() if found else len(text)
        opened = text.rfind("(", match.end(), end)
        if opened >= 0 and (closed := text.find(")", end)) >= 0:
            end = closed  # a list in parentheses the clause opens: "who run benchmarks for prospects (distributed training, vLLM ...)"
        out.append((match.start(), end))
    return out


def _clause_start(text: str, at: int) -> int:
    """Where the clause holding ``text[at]`` begins: after the last comma, semicolon, colon or parenthesis before it, or
    at its sentence's start."""
    start = _sentence_start(text, at)
    marks = [found.end() for found in _CLAUSE_MARK.finditer(text, start, at)]
    return marks[-1] if marks else start


_CLAUSE_MARK = re.compile(r"[,;:(]\s*")


def _to_sentence_end(pattern: re.Pattern[str], text: str, *, after: bool = False) -> list[tuple[int, int]]:
    """From each match of ``pattern`` (or from its end, ``after``) to the end of the sentence it starts in: what the
    company did for its clients, whom a recruiter screens, what the hire only talks about."""
    return [(match.end() if after else match.start(), _sentence_span(text, match.start())[1]) for match in pattern.finditer(text)]


# "building models, not dashboards", "build agents on top of foundation models rather than train models" (not "Python,
# not just SQL", "preferred, not required", "not scared of CUDA errors")
_CONTRAST = re.compile(
    r"\b(?:rather\s+than|instead\s+of)\s+|,\s+(?:and\s+)?not\s+(?!(?:just|only|merely|simply|limited|necessarily|least|always|required|mandatory|essential|needed|"
    r"afraid|scared|shy|intimidated|fazed|daunted|put\s+off|"
    r"a\s+must|a\s+requirement|expected)\b)",
    re.IGNORECASE,
)
_CLAUSE_END = re.compile(r"[,;:!?)]|\.(?:\s|$)|\s[|•·–—-]\s")
_DENIED_BEFORE = re.compile(
    r"\s+(?:(?:expected|asked|required)\s+to\s+(?:[a-z]+\s+){1,3}?|or\s+[a-z]+\s+)?(?:them|it|that|these|those|any(?:\s+of\s+(?:them|it|these|those))?)\b",
    re.IGNORECASE,
)


_DENIED_JOBS = re.compile(r"\s+to\s+(?:be\s+able\s+to\s+)?do\s+(?:those|these|their|that|this)\s+(?:jobs?|roles?|work)\b", re.IGNORECASE)
_DENIAL = re.compile(
    # ... or none of it at all: "This role involves no coding, no data analysis and no product testing"
    r"\b(?:involves|requires|needs|includes)\s+no\b|"
    # ... or there is none in the job: "There is no software development or machine-learning work in it"
    r"\bthere\s+(?:is|will\s+be)\s+no\b(?=[^.;]{0,80}?\b(?:work|coding|programming|development)\s+(?:in\s+(?:it|this\s+(?:role|job))|here|involved)\b)|"
    # ... or who the ad is not after: "We are not looking for a machine learning specialist"
    r"\b(?:we\s+are|we['’]re)\s+not\s+(?:looking\s+for|after|hiring|[a-z]+ing)\b|"
    # ... or the role or the hire's team: "This role does not include building the forecasting models themselves", "This
    # team does not train foundation models"
    r"\b(?:this|the|our)\s+(?:role|position|job|team|post|vacancy|appointment)\s+(?:is\s+not\s+part\s+of\s+[^.;]{1,40}?\s+and\s+)?(?:also\s+)?"
    r"(?:does\s+not|doesn['’]t|will\s+not|won['’]t|is\s+not|isn['’]t)\s+"
    r"(?:include|involve|cover|own|train|build|do|need|require|use|run|manage|lead|maintain|support|develop|look\s+after|be\s+[a-z]+ing)\b|"
    r"\b(?:we|you)\s+(?:also\s+)?(?:are\s+not|aren['’]t|do\s+not|don['’]t|will\s+not|won['’]t)\s+"
    # ... or any work it will not be doing: "You won't be babysitting Kubernetes clusters", "You also won't be training
    # foundation models"
    r"(?:(?:be\s+)?building|build|need|needing|use|using|expect|expected|require|be\s+[a-z]+ing|train|pretrain|host|operate|deploy|fine-tune"
    r"|run|own|manage|maintain|do)\b"
    # ... or will not do at all: "You won't own the commercial team's dashboards", "You won't train foundation models"
    # (not "you won't just build models, you'll ship them")
    r"|\byou\s+(?:also\s+)?(?:will\s+not|won['’]t)\s+(?!only\b|just\b|simply\b|merely\b)[a-z]+\b"
    # ... or that nobody here does: "Nobody here is pre-training anything"
    # (or will ask about it: "Nobody will ask you about machine learning")
    r"|\b(?:nobody|no\s+one|no-one)\s+(?:(?:here|on\s+the\s+team|in\s+the\s+team)\s+(?:is|does|will|needs\s+to)|expects\s+you\s+to"
    r"|will\s+(?:ask|expect)\s+you)\b"
    # ... or never will: "you will never have to touch a Python script"
    r"|\byou(?:\s+will|\s+would|['’]ll|['’]d)?\s+never\s+(?:have\s+to|need\s+to|be\s+asked\s+to|[a-z]+)\b"
    # ... or won't be asked to: "You won't be asked to forecast either"
    r"|\byou\s+(?:won['’]t|will\s+not)\s+be\s+asked\s+to\b"
    # ... or the employer or its people won't ask it: "We won't ask you to train models from scratch", "our scientists
    # will never ask you to open a Python notebook"
    r"|\b(?:we|they|(?:our|the)\s+[\w-]+(?:\s+[\w-]+)?)\s+(?:won['’]t|will\s+not|will\s+never|would\s+never|never)\s+(?:ask|expect|need)\s+you\s+to\b"
    # ... or promises not to make the hire do it: "we promise not to make you prompt-engineer your paystubs"
    r"|\b(?:we\s+)?(?:promise|swear)\s+(?:not|never)\s+to\s+(?:make|ask|have)\s+you\b"
    # ... or "it", the role just named: "This is a policy position: it does not involve building, training or testing models"
    r"|\bit\s+(?:does\s+not|doesn['’]t|will\s+not|won['’]t)\s+(?:involve|include|require|need)\b",
    re.IGNORECASE,
)
# a list of what the job has none of ("no chatbots, no RAG, no agents") or a deed it does nothing of ("distilling
# nothing"): only those words
# (one thing named with "no", and a later one after a comma or "and")
_NO_THING = r"no\s+[\w/+-]+(?:\s+(?!(?:and|or|nor)\b)[\w/+-]+)?"
_AND_NO_THING = r"(?:\s*,\s*(?:and\s+|or\s+)?|\s+(?:and|or|nor)\s+)no\s+[\w/+-]+(?:\s+[\w/+-]+)?"
_NONE_OF = re.compile(
    r"\b" + _NO_THING + r"(?:" + _AND_NO_THING + r")+"
    r"|\b[a-z]+ing\s+nothing\b"
    # ... or what is not there: "there's no GPU cluster to babysit here", "There's no Kubernetes and no GPU cluster"
    # (or a list after one "no": "There is no coding, cloud engineering or machine learning in this role")
    r"|\bthere(?:['’]s|\s+is|\s+are)\s+no\s+(?!shortage|lack|limit|better|doubt|end\b)[\w/+-]+(?:\s*,\s*[\w/+ -]+?)+\s*,?\s+"
    r"(?:or|nor|and)\s+[\w/+-]+(?:\s+[\w/+-]+)?"
    # ... or two things joined by "or": "there's no Kubernetes cluster or machine learning platform here"
    r"|\bthere(?:['’]s|\s+is|\s+are)\s+no\s+[\w/+-]+(?:\s+[\w/+-]+)?\s+(?:or|nor)\s+[\w/+-]+(?:\s+[\w/+-]+){0,2}"
    r"|\bthere(?:['’]s|\s+is|\s+are)\s+" + _NO_THING + r"(?:" + _AND_NO_THING + r")*"
    # ... or one thing the stack has not got, as an item of a list or with "(yet)": "docker compose, vllm. no kubernetes
    # (yet), nobody here misses it", "Python, Postgres, no Kubernetes."
    r"|\bno\s+[\w/+.-]+(?=\s*\((?:yet|for\s+now|thankfully)\))|(?:(?<=,\s)|(?<=[.:]\s)|^)no\s+[\w/+.-]+(?=\s*(?:[,.;)]|$))"
    # ... or a tool the employer does not allow: "Podman and Buildah; Docker is not approved on bank hardware"
    r"|\b[\w/+.-]+\s+(?:is|are)\s+not\s+(?:approved|allowed|permitted)\b"
    # ... or words the hire will learn the meaning of: 'Happy to learn what "inference", "Kubernetes" or "a training run"
    # mean when you hear them'
    r"|\b(?:learn|find\s+out)\s+what\s+[^.;]{0,120}?\b(?:means?|is|are)\b"
    # ... or talk the hire will only hear: "you'll hear founders arguing about LLM agents, RAG pipelines, fine-tuning ..."
    r"|\b(?:hear|overhear)\s+(?:[\w-]+\s+){0,3}?(?:arguing|talking|chatting|debating|complaining|moaning)\s+about\b[^.;]{0,300}"
    # ... or the jargon the hire will hear, to the end of its paragraph: "you will hear a lot of jargon at our kitchen table.
    # Someone will say 'we need to ship the RAG demo by Friday.'"
    r"|\bhear\s+(?:a\s+lot\s+of\s+|lots\s+of\s+|plenty\s+of\s+|some\s+)?(?:jargon|buzzwords)\b[^\n]{0,400}"
    # ... or explain to others: "clear explanations for support leaders and CFOs: what retrieval-augmented answers are, ..."
    # ("explain, in plain English, what retrieval-augmented generation actually does for a chatbot, why ...")
    r"|\b(?:explanations?|explain|explains|explaining)\b[^.;:]{0,80}?(?::\s*|,\s+)what\s+[^.;]{0,200}"
    # ... or skills the employer says it does not hire for: "Candidates who have written software or trained models are
    # welcome, but we are not hiring for those skills"
    r"|\b(?:candidates|people|applicants)\s+who\s+[^.;]{0,120}?\bare\s+welcome,?\s+but\s+we\s+are\s+not\s+hiring\s+for\b"
    # ... or only a rough idea of how a thing works: "A basic understanding of how AI models are trained and served"
    r"|\b(?:basic|high-level|general|rough|broad)\s+(?:understanding|grasp|idea|knowledge)\s+of\s+how\b[^.;]{0,120}"
    # ... or wanting to learn how it is done: "you should want to understand how one is trained"
    r"|\b(?:want|wants|wanting|keen|curious)\s+(?:to\s+)?(?:understand|learn)\s+how\b[^.;]{0,120}"
    # ... or what others will try to explain to the hire: "people who will try to explain reinforcement learning to you"
    r"|\b(?:try|tries|trying)\s+to\s+explain\b[^.;]{0,120}?\bto\s+you\b"
    # ... or what the company's people explain to everyone: 'a monthly lunch-and-learn where our engineers explain things
    # like quantization and distillation for everyone'
    r"|\b(?:our|the)\s+(?:[\w-]+\s+)?(?:engineers|researchers|scientists|experts|team|founders)\s+(?:explain|explains|demo|demos|present|presents)\b[^.;]{0,160}"
    # ... or the titles of the desk's stories: 'Recent stories from this desk include "Inside the Race to Build Cheaper GPU
    # Clusters," ...'
    r"|\b(?:stories|articles|pieces|headlines|episodes)\b[^.:;]{0,40}?\b(?:include|included|such\s+as)\b[^\n]{0,600}"
    # ... or what the hire need not bring: "(We moved our last TensorFlow model off the stack in 2024 — no need to dust off
    # your Keras notes.)", "nobody will ask you to write code or know what Git is"
    r"|\bno\s+need\s+to\b[^.;)]{0,80}|[^.;(]{0,120}\boff\s+(?:the|our)\s+stack\b|\bnobody\s+will\s+(?:ask|expect)\s+you\s+to\b[^.;)]{0,120}"
    # ... or what others already look after: "the analytics engineers' Looker dashboards are in good hands already"
    r"|[^.;]{0,200}\b(?:is|are)\s+in\s+good\s+hands\b"
    # ... or the interviews the company's people run: "(our engineers run the Python, SQL and system design rounds)"
    r"|\b(?:our|the)\s+(?:[\w-]+\s+)?(?:engineers|interviewers|researchers|scientists)\s+(?:run|runs|lead|leads|conduct|conducts)\s+[^.;)]{0,80}?\b(?:rounds?|interviews?)\b"
    # ... or ideas the hire explains to others: "Explain ideas like HNSW graphs, product quantization and hybrid search to
    # developers"
    r"|\bexplain\s+(?:ideas|concepts|topics|things)\s+(?:like|such\s+as)\b[^.;]{0,160}"
    # ... or the products buyers compare the company's with: "how buyers compare us with Tableau, Power BI and Looker"
    r"|\bcompare\s+us\s+(?:with|to|against)\b[^.;]{0,120}|\bcompetitors?\s+(?:like|such\s+as|including)\b[^.;]{0,120}"
    # ... or the people a recruiter finds: "find and engage the engineers who will build ...: perception engineers", "Build
    # talent pipelines for roles ... to senior Kubernetes and cloud infrastructure engineers", "Find candidates on LinkedIn, GitHub"
    r"|\b(?:find|source|sourcing|engage)\b[^.;:]{0,30}?\b(?:candidates|engineers|researchers|scientists|talent)\b[^.;]{0,300}"
    r"|\btalent\s+pipelines?\b[^.;]{0,200}"
    # ... or a vendor's tool the hire only uses: "a forecasting tool from an outside supplier that uses AI and machine learning"
    r"|[^.;]{0,80}\bfrom\s+an?\s+(?:outside|external|third-party)\s+(?:supplier|vendor|provider)\b[^.;]{0,200}"
    # ... or what the hire will pick up on the job: "You will learn enough about GPUs, training and inference to hold a
    # conversation"
    r"|\blearn\s+enough\s+about\b[^.;]{0,120}"
    # ... or what head office does and sends: "head office forecasts demand and sends replenishment", "the weekly sales report
    # head office sends every Monday"
    r"|\bhead\s+office\s+(?:forecasts|sends|sets|plans|builds|runs|prepares)\b[^.;]{0,120}|[^.;,]{0,60}\bhead\s+office\s+sends\b"
    # ... or a room that houses a thing, and what the hire will never need to touch: "the server room that houses our GPU
    # cluster", "AWS, Azure and GPU rental invoices ..., but you will never need to log in to any of them"
    r"|\bhouses\s+our\b[^.;]{0,60}|[^.;]{0,200}\bnever\s+need\s+to\b[^.;]{0,80}"
    # ... or the topics of the company's patents: "Support outside counsel on patent filings, including our applications on
    # model distillation and quantization methods"
    r"|\bpatents?(?:\s+(?:filings?|applications?|portfolio))?\b[^.;]{0,160}"
    # ... or what the hire buys for others: "Source, negotiate and renew contracts for GPU capacity (H100 and B200 clusters)
    # from AWS, Google Cloud, Azure"
    r"|\b(?:source|negotiate|renew|purchase|procure|buy)\b[^.;]{0,40}?\b(?:contracts?|capacity|licen[cs]es?|hardware|subscriptions?)\b[^.;]{0,160}"
    # ... or experience of it not needed: "so no TensorFlow experience is needed"
    r"|\bno\s+(?:[\w/+.-]+\s+){1,3}?(?:experience|knowledge|background)\s+(?:is\s+|will\s+be\s+)?(?:needed|required|necessary|expected)\b",
    re.IGNORECASE,
)
# (or where the item it is said in ends: "... for pipelines) What we're looking for: | at least two years ...")
_CLAUSE_TURN = re.compile(r",?\s+but\b|;|\s\|\s", re.IGNORECASE)


# a sentence that puts work outside the job: "(Demand forecasting models sit with the Planning team - not this role.)",
# "Model training is owned by our research group and outside the scope of this role."
_NOT_THIS_ROLE = re.compile(
    r"\bnot\s+(?:part\s+of\s+)?(?:this|the|your)\s+(?:role|job|position)\b"
    # "This is not a role where you'll train or deploy models"
    r"|\bnot\s+an?\s+(?:role|job|position)\s+(?:where|in\s+which|that)\b"
    # "This is not an LLM or chatbot role"
    r"|\bnot\s+an?\s+(?:[\w/+-]+\s+(?:or\s+|and\s+)?){1,4}(?:role|job|position)\b"
    r"|\b(?:outside|beyond)\s+(?:of\s+)?(?:the\s+)?scope\s+of\s+(?:this|the|your)\s+(?:role|job|position)\b"
    # ("Finance's Tableau reporting is also out of scope.", "... many of which run on Azure, are outside our remit.")
    r"|\b(?:is|are)\s+(?:also\s+)?out\s+of\s+scope\b"
    r"|\b(?:is|are)\s+(?:also\s+)?(?:outside|beyond|out\s+of)\s+(?:our|your|the\s+team['’]s)\s+(?:remit|scope)\b"
    # ("Schedule data, ridership statistics, on-time performance dashboards and service planning are handled by the
    # Planning Department")
    r"|\b(?:(?:sits?|sitting|lives?|stays?|remains?|rests?|(?:is|are)\s+(?:(?:themselves|also)\s+)?(?:owned|handled|run|done|managed|maintained|produced|built|developed|prepared|carried\s+out"
    r"|looked\s+after|taken\s+care\s+of|administered|provisioned|supported|set"
    r"|deployed|hosted)(?:\s+and\s+(?:validated|maintained|hosted|deployed|monitored|run|owned|tested|trained|tracked|managed))?)"
    # (where to, between: "Models are deployed into the Control Room systems by our Digital Engineering team")
    r"(?:\s+(?:into|onto|to|on)(?:\s+[\w/&+'’-]+){1,5}?(?=\s+by\s))?"
    r"(?:\s+(?:entirely|wholly|fully|solely|centrally))?(?:\s+for\s+(?:you|them|us))?\s+(?:with|by|in)|belongs?\s+(?:with|to|in))\s+"
    r"(?:(?:the|our|a|other|another|separate|their(?:\s+own)?|its(?:\s+own)?)\s+(?:[\w/&+'’-]+\s+){0,6}?(?:teams?|groups?|squads?|department|division|unit|office|practice|function|partners?|trusts?|collaborators"
    r"|vendors?|contractors?|suppliers?|service|(?:centre|center)\s+of\s+excellence|CoE|hub|engineer|analyst|scientist|colleague)\b"
    # ... or a unit by its name alone: "the desk's Tableau reports are run by Middle Office."
    r"|(?-i:[A-Z][\w&-]*(?:\s+[A-Z][\w&-]*){0,3})(?=\s*[.;,()]|\s*$)"
    # ... or a function named in lower case: "prompt libraries and model deployments are handled entirely by engineering."
    r"|(?:engineering|research|finance|legal|operations|security|infrastructure|procurement|(?-i:IT|HR))(?=\s*[.;,()]|\s*$))",
    re.IGNORECASE,
)


# a list of teams after a colon, their names: "Every frontier training run involves a dozen teams: pretraining research,
# data, the cluster and Kubernetes infrastructure group, evaluations, safety, inference"
_TEAMS_LISTED = re.compile(r"\b(?:teams|groups)\s*:\s+", re.IGNORECASE)
# what the hire writes about, the topics named, to the end of the sentence: "Write and commission posts on the topics our
# users search for: how RAG works, chunking strategies ...", "case studies, e.g. how a fintech cut its support-bot latency"
_WRITTEN_ON = re.compile(
    r"\b(?:posts|articles|blog\s+posts|pieces|explainers|whitepapers|white\s+papers)\s+(?:on|about)\s+(?:the\s+)?topics?\b|\bcase\s+stud(?:y|ies)\b"
    # ... or others' work turned into writing: "translate what our engineers and customers build - vector search, RAG,
    # agent frameworks - into posts developers actually read"
    r"|\b(?:translate|translating|turn|turning)\s+what\s+(?:our|the|your)\s+[^.;]{0,40}?\b(?:build|builds|ship|ships|make|makes|do|does)\b"
    r"(?=[^.;]{0,120}?\binto\s+(?:[\w-]+\s+)?(?:posts|articles|content|copy|stories|tutorials|videos|docs|talks)\b)",
    re.IGNORECASE,
)
# what the company launches, a sentence the hire is not in: "Next year we're launching LLM tracing ... and a new set of
# evaluation reports for RAG and agent applications"
_LAUNCHING = re.compile(
    r"\bwe(?:['’]re|\s+are|\s+will\s+be|['’]ll\s+be)?\s+(?:launching|releasing|rolling\s+out)\b"
    r"|\bwe(?:\s+(?:recently|just))?\s+(?:launched|released|rolled\s+out)\b",
    re.IGNORECASE,
)
# what another team does, to the end of the clause: "a separate Solutions team that writes prompts and templates for
# customers"
_ANOTHER_TEAM_THAT = re.compile(
    r"\b(?:separate|another|other|sister|partner|different)\s+(?:[\w/&+-]+\s+){0,2}?teams?\s+(?:that|which|who)\b", re.IGNORECASE
)
# what others have of their own, the thing named and what it is in: "deploy the whole stack on their own Kubernetes
# cluster", "run their own code in Python, R and PyTorch" (not an aside after it: "their own businesses (product features
# ... machine learning to give recommendations)")
_THEIR_OWN = re.compile(
    r"\btheir\s+own\s+(?:(?!(?:in|on|with|using)\b)[\w/&+.-]+\s+){0,2}(?!(?:in|on|with|using)\b)[\w/&+.-]+(?:\s+(?:in|on|with|using)\s+[^.;:()]*)?",
    re.IGNORECASE,
)
# a tool the employer is leaving: "The Council is retiring its Tableau licences in 2027"
# ... or the tools it is moving from, up to what it moves to: "moving our analytics from an on-premises SAS and Tableau
# estate to Python, Power BI and Azure"; or one it will switch off, from the sentence's start: "Tableau will be switched
# off in March 2027"
_MOVING_FROM = re.compile(r"\b(?:moving|migrating|moved|migrated)\s+(?:[\w-]+\s+){0,3}?from\s+[^.;,]{1,60}?(?=\s+to\s)", re.IGNORECASE)
_SWITCHED_OFF = re.compile(r"\bwill\s+be\s+(?:switched|turned|shut)\s+off\b", re.IGNORECASE)
_RETIRING = re.compile(
    r"\b(?:is|are|we['’]re|we\s+are)\s+(?:retiring|phasing\s+out|decommissioning|sunsetting|moving\s+(?:off|away\s+from)|migrating\s+(?:off|away\s+from))\b"
    # ... or moved off already: "(we moved off TensorFlow in 2023 and aren't going back)"
    # ... or retired already: "We also retired Tableau last year"
    r"|\bwe\s+(?:also\s+)?(?:retired|decommissioned|sunset|sunsetted)\b"
    r"|\bwe\s+(?:moved|migrated|switched)\s+(?:(?:all\s+)?(?:of\s+)?(?:our|the)\s+(?:[\w-]+\s+){0,2})?(?:off|away\s+from)\b",
    re.IGNORECASE,
)
# what the ad says the hire will do none of, and the list after it: "here is what those teams do all day, and none of it
# will be yours to do: Pretraining runs distributed training jobs ...; Inference squeezes latency ..."
_NONE_YOURS = re.compile(
    r"\bnone\s+of\s+(?:it|this|that|these|them)\s+(?:will\s+be|is|are)\s+(?:yours|your\s+(?:job|work|responsibility))\b", re.IGNORECASE
)


def _other_teams_work(text: str) -> list[tuple[int, int]]:
    """What another team of the company, named by its work, does, said in a sentence that is not about the hire: "...
    and our ML team ships search ranking and price-suggestion models on Databricks." (from the team to the sentence's
    end; "Our team values collaboration" is the hire's own team); what a team is said to be responsible for ("with
    the Platform Engineering team, who are responsible for the deployment of models"); and who a team is made of
    ("Player Intelligence is 9 people: data scientists who build churn models, and 3 ML platform engineers")."""
    out: list[tuple[int, int]] = []
    for match in _OTHER_TEAM.finditer(text):
        start, end = _sentence_span(text, match.start())
        # (a team's clause after a dash or a semicolon is a sentence of its own: "This role focuses on player insight
        # rather than building production ML models — our ML team owns matchmaking and recommendations.")
        clauses = [turn.end() for turn in _CLAUSE_SEPARATOR.finditer(text, start, match.start())]
        start = clauses[-1] if clauses else start
        before = text[start : match.start()].strip(" -*•·")
        subject = match["people"] or match["teams"] or match["unit"]
        if subject is not None and not (_CLAUSE_OPENING.fullmatch(before) or _CLAUSE_JOINED.search(before)):
            continue  # the company's people as the subject of their sentence, not "the ML platform our 40+ data scientists use"
        turn = _CLAUSE_BREAK.search(text, match.end(), end)
        if turn is not None and not _names_the_hire(text, start, turn.start()) and _names_the_hire(text, turn.end(), end):
            end = turn.start()  # "Our data science team uses scikit-learn to build churn models — this role sits next to them"
        if not _names_the_hire(text, start, end):
            out.append((match.start(), end))
    for pattern in (_TEAM_RESPONSIBLE, _TEAM_MAKEUP, _THE_HIRES_HIRES):
        out.extend(_to_sentence_end(pattern, text))
    out.extend(match.span() for match in _TEAM_OWNERS.finditer(text))
    out.extend(_to_clause_end(_OTHERS_WHO, text))
    return out


def _names_the_hire(text: str, start: int, end: int) -> bool:
    """Whether a stretch of a posting speaks of the hire, not of a product's users ("decides what you see on the
    homepage")."""
    found = _ABOUT_THE_HIRE.search(text, start, end)
    while found is not None and found[0].lower() in ("you", "your") and _TO_THE_USER.match(text, found.start()):
        found = _ABOUT_THE_HIRE.search(text, found.end(), end)
    return found is not None


# a product's user spoken to: "what you see", "lands on your home screen"
_TO_THE_USER = re.compile(
    r"you\s+(?:see|watch|read|hear|buy|order|search|browse)\b|your\s+(?:home\s*screen|feed|homepage|inbox|phone|door|basket|cart)\b",
    re.IGNORECASE,
)
_CLAUSE_SEPARATOR = re.compile(r"\s[—–-]\s|[;:]\s*")
_CLAUSE_OPENING = re.compile(
    # (or a short phrase set before the sentence's subject: "Behind the site, our Personalisation team builds ...")
    # (or how often: "Now and again the engineers A/B test two soups with a voting app")
    r"(?:(?:while|whereas|as|since|because|and|but|today|currently|here|at\s+\w+|now\s+and\s+(?:again|then)|sometimes|occasionally"
    r"|every\s+so\s+often|from\s+time\s+to\s+time),?|(?:[\w'’-]+\s+){0,3}[\w'’-]+,)?",
    re.IGNORECASE,
)
# ... or the next clause of a sentence about the company: "Today our data platform runs on Snowflake, and our Analytics
# group publishes Power BI reporting"
_CLAUSE_JOINED = re.compile(r",\s*(?:and|while|whereas|but)$", re.IGNORECASE)
_CLAUSE_BREAK = re.compile(r"\s[—–-]\s|;|,\s+(?:so|and)\s+(?=this\b|you|the\s+role)")
_TEAM_RESPONSIBLE = re.compile(r"\bteams?,?\s+(?:who|which|that)\s+(?:are|is)\s+(?:responsible|accountable)\s+for\b", re.IGNORECASE)
# what others are said to own or run, set off by a comma, to the end of that clause: "Support the Planning team, who own
# the demand forecast, with ...", "300+ data scientists across Markets and Risk, who today run everything from
# credit-risk scorecards to GenAI assistants" (not "You will work with our ML team, who train models in TensorFlow")
# ... or who a team is, in an aside or after a comma: "Work with the Data Platform team (owners of our Azure Data Lake,
# Databricks and SAP BW extractors) to bring ..."
_TEAM_OWNERS = re.compile(r"\bteams?\s*(?:\(|,\s*)(?:the\s+)?(?:owners?|maintainers?|custodians?|keepers?)\s+of\b[^()]*", re.IGNORECASE)
_OTHERS_WHO = re.compile(
    # (the company's customers, with or without the comma: "Support customers who serve hundreds of LoRA adapters", "CTOs at
    # companies that are putting LLMs and agents into production")
    r"\b(?:customers|clients|companies|organi[sz]ations|businesses|enterprises|consultancy|consultancies|agency|agencies|startups?|vendors?"
    r"|candidates?)\s+(?:who|that)\s+(?:are\s+|has\s+|have\s+)?(?:(?:today|currently|already|only)\s+)?"
    r"(?:serve|run|use|build|train|deploy|own|operate|supply|provide|putting|building|deploying|running|shipping|using|adopting|training"
    r"|serves|runs|uses|builds|trains|deploys|owns|operates|served|ran|used|built|trained|deployed|shipped|done)\b|"
    # (or a role by its name, of the people a job reaches: "open doors with heads of machine learning, AI platform leads")
    r"\bheads?\s+of\s+(?=[\w/&+ -]{2,40}?(?:,|\s+and\s|\s+or\s))|"
    # (or a team by its name: "We sit next to Risk Analytics, who run the A/B tests on new rules")
    # (or in an aside: "and Risk Platform (who run the scoring service and its deployment on Kubernetes)")
    r"(?-i:\b[A-Z][\w&-]*(?:\s+[A-Z][\w&-]*){0,3})(?:,\s+|\s*\(\s*)who\s+(?:(?:today|currently|already)\s+)?(?:own|run|maintain|manage|operate|build|ship|develop|use"
    r"|look\s+after)\b|"
    # (or its people and tools: "We work with Integrity, whose reviewers and LLM agents triage reported content")
    r"(?-i:\b[A-Z][\w&-]*(?:\s+[A-Z][\w&-]*){0,3}),\s+whose\s|\b(?:team|group|department|unit),\s+whose\s|"
    r"\b(?:teams?|groups?|departments?|scientists|engineers|analysts|developers|actuaries|customers|clients|users|colleagues"
    r"|companies|organi[sz]ations|businesses)"
    r"(?:\s+(?:across|in|at|from)\s+[^.;()]{1,60}?)?(?:\s*\([^()]*\))?(?:,\s+|\s*\(\s*|\s+(?=who\s))(?:who|which)\s+(?:(?:today|currently|already)\s+)?"
    r"(?:owns?|runs?|maintains?|manages?|operates?|publish(?:es)?|produces?|uses?|builds?|ships?|develops?|deploys?|monitors?|works?\s+(?:in|with)"
    r"|looks?\s+after)\b"
    # ... or a team told by what it does: "A team that trains reinforcement learning agents this quarter"
    r"|\b(?:a|one|another)\s+team\s+(?:that|which|who)\s+(?:trains?|builds?|runs?|ships?|owns?|develops?|fine-tunes?)\b"
    # ... or the company's own papers, which name topics: "our papers on Bayesian query rewriting have appeared at SIGIR"
    r"|\bour\s+(?:recent\s+|published\s+)?(?:papers?|publications?|articles?)\s+on\b",
    re.IGNORECASE,
)
# what the people a recruiter hires will do, not the recruiter: "The people you hire will write CUDA kernels, operate
# Kubernetes clusters, ..."
_THE_HIRES_HIRES = re.compile(
    r"\b(?:the\s+)?(?:people|engineers|researchers|scientists|candidates|hires|talent)\s+(?:that\s+|who\s+)?(?:you|you['’]ll|we)\s+"
    r"(?:will\s+)?(?:hire|recruit|place|source|bring\s+in)\b"
    # ... or the fields of the candidates a recruiter keeps: "a network of candidates across data science, machine learning, ..."
    r"|\b(?:network|pool|bench|pipeline|community)\s+of\s+(?:candidates|talent|engineers|contractors|specialists)\s+(?:across|in|with|for)\b",
    re.IGNORECASE,
)
_TEAM_MAKEUP = re.compile(
    r"\b(?:is|are)\s+(?:a\s+(?:team|group)\s+of\s+)?(?:\d+|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve)\s+people\b",
    re.IGNORECASE,
)


# "our ML team ships ...", "our Relevance ML team trains ...": a team of the company doing its own work
# ... or "the ML engineering team owns our forecasting services on Azure, so this role can spend its time on decisions"
# what a team does itself, and the words after "our engineers" that say what they are or may do rather than do
_TEAM_DEEDS = r"owns|runs|builds|maintains|operates|manages|handles|trains|ships|develops|does|researches|writes|produces|publishes"
_NOT_A_DEED = r"are|will|need|want|have|would|can|could|should|must|and|or|to"
_OTHER_TEAM = re.compile(
    # (or the group's: "We're part of the Coastline group, whose central revenue team uses a Python-based pricing model")
    # (also with who is in it, its name or when, between: "Our Forecasting team (five data scientists and an engineer)
    # produces", "Our sister team, Conversational Trips, owns", "Our Insights team then turns those numbers into ...")
    # (or the organisation's, by its name: "The Trust's Business Intelligence team maintains the Tableau server")
    r"\b(?:our|its|whose|(?-i:[A-Z][\w&.-]*)['’]s|the\s+(?:bank|company|firm|group|trust|university|hospital|council|agency|business)['’]s)\s+(?:[\w/&+-]+\s+){1,3}?teams?(?:\s+|\s*,\s*[A-Z][^,]{0,40},\s+)(?:\([^()]{1,60}\)\s+)?(?:(?:then|also|already|currently|now|still)\s+)?"
    r"(?!is\b|are\b|will\b|needs?\b|wants?\b|has\b|have\b)[a-z]+s\b"
    # ... or a unit of it by its name: "and our Data Lab builds the Tableau dashboards", "Our Digital & Technology org runs
    # on AWS", "our data science team has used Python and Tableau for years"
    r"|\b(?P<unit>our)\s+(?:[\w/&+-]+\s+){1,3}?(?:lab|group|unit|department|division|org|organi[sz]ation|practice|team)\s+"
    r"(?:(?!is\b|has\b|was\b|needs\b|wants\b)[a-z]+s|has\s+(?:used|built|run|owned|maintained|relied))\b"
    # ... or a unit by its name with what it is: "The department's Data Science Hub, a separate team, builds machine learning
    # models"
    r"|(?-i:\b[A-Z][\w&-]*(?:\s+[A-Z][\w&-]*){0,3}),\s+(?:a|an|the|our)\s+(?:separate|different|other|sister|central)\s+"
    r"(?:team|group|unit|department|function)\s*,\s+[a-z]+s\b"
    # ... or a department by its name: "Risk Analytics builds those Tableau dashboards", "Data Engineering owns the DAGs"
    r"|(?-i:\b[A-Z][\w&-]*\s+(?:Analytics|Engineering|Science|Intelligence|Operations|Platform|Research|Insights|Infrastructure|Finance))"
    r"\s+(?:builds|owns|maintains|runs|produces|operates|handles|manages)\b"
    # ... or teams of it doing their own work, named with the company's name: "Calder & Forth's data science and quant
    # teams build the credit risk, fraud and collections models"
    r"|\b(?P<teams>our|[A-Z][\w&.-]*(?:\s+(?:&\s+)?[A-Z][\w&.-]*)?['’]s)\s+(?:[\w/&+-]+\s+){1,4}?teams\s+"
    r"(?!(?:" + _NOT_A_DEED + r"|you|we)\b)[a-z]+\b"
    r"|\bthe\s+(?:[\w/&+-]+\s+){1,3}?(?:team|squad|group|org)\s+(?:\([^()]{1,40}\)\s+)?(?:(?:down\s+the\s+hall|next\s+door|upstairs|downstairs)\s+)?"
    r"(?:" + _TEAM_DEEDS + r")\b"
    # ... or an office by its name: "The Office of Public Affairs maintains the data portal and its Tableau visualizations"
    r"|\bthe\s+(?:office|department|division|ministry|bureau|directorate)\s+of\s+(?:(?:the\s+)?[A-Z][\w&'’-]*\s+){1,4}"
    r"(?:" + _TEAM_DEEDS + r"|publishes|produces)\b"
    # ... or the company's people by their trade: "Our engineers work with Python, Kubernetes and AWS", "Our Solutions
    # Engineers handle the technical setup", "our Pricing squad moved all its demand forecasting onto ..."
    # ... or its customers: "Our customers run A/B tests, build churn prediction models and share dashboards on Lumenary"
    # ... or a group of it with who is in it: "our Enterprise Analytics group (40+ actuaries and BI developers) publishes"
    r"|\b(?P<people>our|the)\s+(?:[\w/&+-]+\s+){0,2}?(?:engineers|scientists|analysts|developers|squads?|customers|clients|users|instructors|teachers|trainers|coaches"
    r"|actuaries|statisticians|researchers|modell?ers|quants|economists|underwriters"
    r"|groups?(?:\s*\([^()]*\))?)\s+"
    r"(?!(?:" + _NOT_A_DEED + r")\b)[a-z]+\b",
    re.IGNORECASE,
)
_ABOUT_THE_HIRE = re.compile(
    r"\b(?:you|your|join|joining|this role|the role|the hire|new hire|we['’]re looking|we are looking|hiring)\b", re.IGNORECASE
)


# a team the hire works with, named after what it does: "Work closely with AI/ML and backend teams to consume LLM
# APIs" asks for no machine learning (teams of other functions are left to the communication they ask for)
# (or a team that owns work the hire does not do: "those are owned by our Biostatistics and Health Economics team")
_TEAM_NAMED = re.compile(
    r"\b(?:with|alongside|across|from|supporting|support|(?:owned|run|done|handled)\s+by)\s+(?:the\s+|our\s+|other\s+|your\s+)?"
    # (also a list of them: "the HR business partner for roughly 180 people across our Pretraining, Inference, Applied AI and
    # Infrastructure orgs")
    r"(?P<name>(?:(?:[A-Za-z][\w/&+'’-]*\s+){1,3}?|(?:[A-Za-z][\w/&+'’-]*(?:\s+[A-Za-z][\w/&+'’-]*)?,\s+){1,5}(?:[A-Za-z][\w/&+'’-]*\s+){0,2}?)"
    r"(?:and\s+[A-Za-z][\w/&+-]*\s+(?:[A-Za-z][\w/&+-]*\s+)?)?)"
    # (or a group or the people of a trade: "agreed with the statistical programmers, ... and with the biostatistics group")
    r"(?:teams?|groups?|departments?|units?|orgs|programmers|statisticians|developers|engineers)\b",
    re.IGNORECASE,
)
# a team that does the work, its name holding the skill: "you'll test the changes the Marketplace ML team makes to them"
# (also at a wrapped line's start), "Our Risk Analytics colleagues build credit and fraud models in SAS, R and XGBoost" (to
# the end of the sentence, in _OTHERS_DO)
_TEAM_DOES = re.compile(
    r"(?:\b(?:the|our)\s+|^\s*(?=[A-Z]))(?!(?i:our|your|my|the|this|a|an|we)\b)(?P<name>(?:[A-Za-z][\w/&+'’-]*\s+){1,3}?)(?:team|group|squad)\s+"
    r"(?:makes|builds|trains|owns|runs|maintains|ships|deploys|handles|does|made|built|trained|owned|ran|tests|(?i:a/b)\s+tests|registers)\b"
)
# people of another trade who do the work, in a clause of their own: "designed by our clinical statisticians, who also run the
# system's Bayesian adaptive trials"
# (not the people the hire works with: "You will work with our ML team, who train models in TensorFlow" asks for it)
_A_PARTY = (
    r"(?:our|the|their)\s+(?:[\w-]+\s+){0,3}?(?:teams?|group|statisticians|scientists|engineers|analysts|colleagues|partners|vendors),\s+"
)
_PARTY_WHO_DOES = re.compile(
    rf"\b(?:by\s+{_A_PARTY}(?:who|which)\s+(?:also\s+)?|{_A_PARTY}(?:who|which)\s+also\s+)"
    r"(?:run|runs|build|builds|own|owns|design|designs|train|trains|maintain|maintains|do|does)\b",
    re.IGNORECASE,
)
# a tool the team has left, up to what it moved to: "The team moved off Tableau to Power BI in 2024"
_MOVED_OFF = re.compile(r"\b(?:moved|migrated|switched|moving|migrating)\s+(?:off|away\s+from)\s+", re.IGNORECASE)
_ONTO = re.compile(r"\s(?:to|onto|into|for)\s")
_OTHERS_DO = re.compile(
    r"\b(?:our|the)\s+(?:[\w/&+'’-]+\s+){0,3}?colleagues\s+(?:build|run|own|use|train|maintain|do|develop|handle)\b"
    # ... or the people a campus or a service supports: "where faculty and graduate students run GPU jobs, MPI simulations and
    # deep learning training"
    r"|\bwhere\s+(?:[\w-]+\s+){0,3}?(?:students|faculty|researchers|scientists|users|customers|clients)\s+(?:build|run|use|train|do|develop)\b"
    # ... or the terms under which customers use the company's models: "licences under which enterprise customers host,
    # fine-tune and deploy our models"
    r"|\b(?:under|by|with)\s+which\s+(?:[\w-]+\s+){0,2}?(?:customers|clients|users|partners|licensees)\s+(?:host|fine-tune|deploy|train|run|build|use)\b",
    re.IGNORECASE,
)
# a thing another team made, from the words naming it: "track study progress on the CDM dashboards built by our Clinical
# Analytics team", "Kubernetes (run by our platform team)"
_BUILT_BY = re.compile(
    # (also with what it was built in: "models were built in R and SAS by the Credit Risk modelling team")
    # (or by a vendor: "(a machine learning classifier run by the vendor)")
    # (or with two deeds: "the meeting-room dashboard (set up and maintained by our IT team)")
    # (or written and evaluated by one: "Its system prompts and prompt templates are written and evaluated by the Applied AI team")
    r"(?:[\w/&+.-]+\s+){0,4}[\w/&+.-]+\s+(?:(?:are|is)\s+)?\(?(?:(?:built|set\s+up|created|designed|developed|written)\s+and\s+)?"
    # (or handed to the hire by one: "against the daily volume forecast provided by our Planning team")
    r"(?:built|maintained|owned|run|produced|developed|managed|provided|supplied|prepared|issued|evaluated|reviewed|written)"
    r"(?:\s+in\s+[^.;,()]{1,40}?)?\s+by\s+(?:(?:the|our)\s+"
    r"(?:[\w/&+-]+\s+){0,3}?(?:team|group|department|unit|vendor|vendors|supplier|partner|provider|directorate|division|office|lead|manager)\b"
    # (or by teams named without an article: "the A/B testing of consent banners run by Growth teams")
    r"|(?-i:[A-Z][\w&-]*)\s+(?:teams?|groups?|departments?|squads?)\b"
    # (or by a unit's name that ends the clause: "proposals and budgets prepared by Business Development.")
    r"|(?-i:(?:[A-Z][\w&-]*\s+){0,2}[A-Z][\w&-]*)(?=\s*[.;,)]|\s*$))",
    re.IGNORECASE,
)
# the owner before a team's name, no part of the name: "customers' ML teams"
_OWNER = re.compile(r"^[\w-]+(?:['’]s|s['’])\s+")
# teams of another function, whose names are the communication a posting asks for ("PM / design team")
_CROSS = re.compile(
    r"cross|functional|business|product|client|customer|stakeholder|design|\bpm\b|leadership|executive|marketing|sales"
    r"|operations|finance|people|clinical|research",
    re.IGNORECASE,
)


# GitHub as where a candidate shows work: "Portfolio, GitHub, or case studies", "(link your GitHub)", "A portfolio or
# GitHub", "GitHub projects", "(publications, projects, or GitHub repos)": evidence asked for, not Git ("working with
# Github repos" is)
_SHOWCASE = re.compile(
    r"(?<!with )(?<!using )\bgit(?:hub|lab)(?=\s+(?:repos?|repositories|projects?|profiles?|portfolios?|links?|accounts?|contributions?)\b)"
    r"|(?:(?<=portfolio, )|(?<=portfolio or )|(?<=portfolio and ))git(?:hub|lab)\b"
    # ... or asked to be sent with the application: "Contributions to open-source ML libraries (link your GitHub)"
    r"|\b(?:link|share|send|include|attach)\s+(?:us\s+)?(?:to\s+)?your\s+git(?:hub|lab)\b",
    re.IGNORECASE,
)


# what the job hopes the candidate will learn, to the end of its sentence: "Interest in learning about databases ...
# like PostgreSQL", "Willingness to learn ... new productivity tools (GitHub, ...)"; nothing when a comma follows
# ("eager to learn, contribute to design ...")
_TO_LEARN = re.compile(
    r"\b(?:interest\s+in|willing(?:ness)?\s+to|eager(?:ness)?\s+to|desire\s+to|keen\s+to|curiosity\s+to|open\s+to)\s+learn(?:ing)?\b(?:(?!\s*,)[^.;]*)?",
    re.IGNORECASE,
)


# Job-ad boilerplate: what the company offers and says about itself, never a skill it asks for.
_BOILERPLATE_HEADINGS = (
    "benefits",
    "perks",
    "perks and benefits",
    "benefits and perks",
    "what we offer",
    "what we offer you",
    "why join us",
    "why us",
    "why work with us",
    "why choose us",
    "about us",
    "about the company",
    "who we are",
    "our mission",
    "our story",
    "our values",
    "company overview",
    "company description",
    "compensation",
    "salary",
    "pay",
    "compensation and benefits",
    "equal opportunity",
    "equal employment opportunity",
    "eeo statement",
    "how to apply",
    "to apply",
    # what to send with an application: "Interested? Email ... Please include: - Your LinkedIn profile - GitHub /
    # portfolio if relevant"
    "please include",
    "interested",
    "when applying",
    "application process",
    "location",
    "life at",
    "diversity and inclusion",
    "our culture",
    # what the company has done so far: "Progress and Traction", "Milestones"
    "progress and traction",
    "traction",
    "our progress",
    "milestones",
    "our milestones",
    "our history",
    "our journey",
    "our achievements",
    # the fields a student may come from: "Ideal Areas of Study", "Relevant majors"
    "areas of study",
    "ideal areas of study",
    "relevant areas of study",
    "fields of study",
    "relevant fields of study",
    "majors",
    "relevant majors",
    "preferred majors",
    "eligible majors",
    # what the employer will teach the hire: "Training you'll receive", "What you'll learn"
    "training you ll receive",
    "training you will receive",
    "what you ll learn",
    "what you will learn",
    "what we ll teach you",
    "learning and development",
    "training and development",
)
# what the job gives, asked as a question or announced: "What can a role at BCG offer you?", "What's in it for you",
# "Why choose CIMA+? Because we offer you:", "We provide"
_OFFER_HEADING = re.compile(
    r"^(?:(?:what|why)(?: (?!you\b)\w+){0,6} (?:offers?|provides?)(?: you)?|what ?s in it for you|we provide|what you (?:ll )?get)$"
)
_BOILERPLATE_LINE = re.compile(
    r"equal (?:employment )?opportunity|without regard to|reasonable accommodation|accommodations? (?:are |is )?available|race, colou?r|"
    r"sexual orientation|gender identity|veteran status|e-?verify|background check|"
    r"health(?:care)?,? dental|dental and vision|401\(?k\)?|paid time off|\bPTO\b|parental leave|stock options|"
    r"salary range|base salary|compensation range|equity compensation|compensation decisions|pay (?:range|scale|transparency)|"
    r"\bemail us\b|send (?:us )?your (?:resume|cv)\b|\blink to your\b|\bapply (?:now|here|via|at|through|online)\b|"
    # "We share our tech stack with the caveat that we don't require previous experience in it"
    r"\b(?:do not|don['’]t|does not|doesn['’]t) require (?:any )?(?:previous |prior )?experience\b|"
    # what the employer gives: "We offer a working day with exciting and varied tasks in a team ..."
    r"\bwe offer\b|\b(?:unlimited|free)\s+access\s+to\b|"
    # a job board's line about the company: "Industries: IT Services and IT Consulting, Cloud Computing", "1,001-5,000
    # employees | Cloud Computing"
    r"^\W*industr(?:y|ies)\s*:|(?:^|[|·•]\s*)\d[\d,]*\s*[-–]\s*\d[\d,]*\+?\s+employees\s*(?:$|[|·•])|"
    # ... and what it pays into or teaches: "the Civil Service Defined Benefit Pension scheme", "Learning and development
    # tailored to your role, including free courses on Python, R and Tableau"
    r"\bpension\s+(?:scheme|plan|contributions?|match)\b|\blearning\s+and\s+development\b|\b(?:learning|training|education|conference)\s+budget\b|"
    # how it hires and pays: "All employment decisions are based on business needs", "a discretionary variable
    # compensation award that considers business and individual performance"
    r"\bemployment decisions\b|\bdiscretionary\b[^.]{0,40}\b(?:bonus|compensation|award|incentive)",
    re.IGNORECASE,
)
# a paragraph in which the company describes itself ("At Acme, we ...", "We are a ...", "We're an ...", "Our mission is ...",
# "Anthropic's mission is ...")
_COMPANY_LINE = re.compile(
    r"^[\W_]*(?:at\s+[\w&.' -]{1,40},\s+(?:[^.]{0,60}\s)?(?:we|our)\b"
    # ... also after a lead-in: "Headquartered in Chennai, we are a $1.6B+ enterprise ... With 30+ years of ..."
    r"|(?:(?:headquartered|based|founded|located)\b[^.,]{0,40},\s+)?we(?:\s+are|['’]re)\s+(?:a|an|the)\s|(?:our|[\w&.-]{1,30}['’]s)\s+(?:mission|vision)\s+is\b"
    # "Databricks is the data and AI company.", "Acme Health is a leading provider of ..."
    r"|(?!(?:the\s+)?(?:ideal|successful|right|qualified|selected)\b|(?:this|the)\s+(?:role|position|job|candidate|person|team)\b|you\b|candidates?\b|(?:our|your|it|this)\s)"
    r"[\w&.' -]{1,40}\s+is\s+(?:(?:a|an|the)\s[^.]{0,80}?\b(?:company|startup|leader|provider|firm|organi[sz]ation|agency|"
    r"institution|bank|insurer|retailer|manufacturer|marketplace|consultancy|platform|app|business|brand|chain|network|"
    r"group|studio|lab|nonprofit|non-profit|charity|foundation|hospital|university|database|engine|software|service|solution|product)\b"
    # "Gradient AI is revolutionizing Group Health ...", "Nebius is leading a new era in cloud computing"
    r"|(?:revolutioni[sz]ing|transforming|reshaping|redefining|reinventing|pioneering|leading\s+(?:a|the)\s+new)\b))",
    re.IGNORECASE,
)
# "Kestrel Health builds scheduling and billing software for 1,800 clinics.", "Northgate Grocers operates 214 stores"
_COMPANY_DOES = re.compile(
    r"^[\W_]*(?P<name>(?!(?:The|This|Our|Your|You|We)\b)[A-Z][\w&.'’-]*(?:\s+[A-Z][\w&.'’-]*){0,3})\s+"
    r"(?:builds|operates|makes|develops|runs|serves|provides|sells|designs|powers|helps)\s(?=[^.]{0,80}\d)"
)
_ROLE_NAME = re.compile(
    r"\b(?:scientists?|engineers?|analysts?|developers?|managers?|leads?|architects?|interns?|specialists?|consultants?|"
    r"team|department|hire|candidates?)\b",
    re.IGNORECASE,
)
_HIRING = re.compile(r"\b(?:looking\s+for|seeking|hiring|you\s+will|you'll|(?:this|the)\s+role|join\s+(?:us|our))\b", re.IGNORECASE)


def _describes_the_company(line: str) -> bool:
    """Whether a line is the company describing itself ("We're an AI-first company with 25+ years of ..."), not the job."""
    does = _COMPANY_DOES.match(line)
    company = _COMPANY_LINE.match(line) or (does and not _ROLE_NAME.search(does["name"]))
    return bool(company) and not _HIRING.search(line)


def boilerplate_lines(lines: Sequence[str]) -> list[bool]:
    """For each line of a posting: is it job-ad boilerplate (benefits, pay, equal-opportunity text, the company
    describing itself) rather than the job? Such lines never make a skill required or optional."""
    out: list[bool] = []
    inside = about_us = False
    for index, line in enumerate(lines):
        key = _key(line)
        words = key.split()
        if len(words) <= 8 and _OTHER_JOBS.match(key):
            # a job board's list of other openings below the ad ("Similar Jobs (3)"): the rest of the page
            out.extend([True] * (len(lines) - index))
            break
        # "About Acme", "About the hiring department": the company or a department of it, not the job
        # ... or the company named with its legal form ("About Intellect Design Arena Ltd.")
        # ... or by a longer name in capitals ("ABOUT OPEN HARVEST ALLIANCE")
        short = (
            len(words) <= 3
            or (len(words) == 4 and words[-1] in _UNITS)
            or (len(words) <= 6 and words[-1] in _LEGAL_FORMS)
            or (len(words) <= 5 and all(word[:1].isupper() or word in ("&", "of", "and") for word in line.strip(" #*:").split()[1:]))
        )
        legal = len(words) > 3 and words[-1] in _LEGAL_FORMS  # its full stop is the abbreviation's ("Ltd.")
        about_the_company = short and bool(_ABOUT_COMPANY.match(key)) and (legal or not _looks_like_sentence(line))
        heading = next((h for h in _BOILERPLATE_HEADINGS if key == h or key.startswith(h + " ")), None) if key and len(words) <= 6 else None
        if heading is None and len(words) <= 8 and _OFFER_HEADING.match(key):
            heading = "benefits"
        if key and len(words) <= 8 and (about_the_company or heading is not None):
            # "Location: San Francisco" is a label with its value, a line of its own; "Benefits" opens a block
            opens = not _LABEL_WITH_VALUE.match(line)
            about_us = (about_us and inside) or (opens and (about_the_company or heading in _COMPANY_HEADINGS))
            inside = inside or opens
            out.append(True)
            continue
        if inside and about_us and _COMPANY_SUBHEADING.match(key):
            out.append(True)  # "What the platform does:" under "About Stratoforge": still the company's block
            continue
        # (not an item's words carried onto a line of their own: "... and Coursera's" over "Machine Learning Specialization")
        carried = index > 0 and bool(_CARRIES_ON.search(lines[index - 1]))
        if inside and not carried and (_heading(line) is not None or _looks_like_heading(line)):
            inside = False
        elif inside and about_us and _JOB_TEXT.search(line):
            inside = about_us = False  # the job, under a company block whose own headings the ad lost
        boilerplate = len(line) <= _PARAGRAPH and bool(_BOILERPLATE_LINE.search(line))
        # "About Northgate Mutual: For more than 110 years ...": the company's paragraph under a label run into it
        about = bool(_ABOUT_RUN_IN.match(line)) and not _JOB_TEXT.search(line)
        out.append(inside or boilerplate or about or _describes_the_company(line))
    return out


_CARRIES_ON = re.compile(r"(?:['’]s|\b(?:and|or|of|the|a|an|to|for|with|in|on|at|from|by|including)|,)\s*$", re.IGNORECASE)
_OTHER_JOBS = re.compile(
    r"^(?:(?:view |see )?(?:similar|related|recommended|other|more) (?:jobs|roles|openings|positions)"
    r"(?: (?:like this|for you|at \w+|you may like))?(?: \d+)?|people (?:also )?viewed|jobs you may (?:like|be interested in))$"
)
_ABOUT_RUN_IN = re.compile(
    r"\W*(?i:about)\s+(?!(?i:you|your|the\s+(?:role|job|position|opportunity|team|work)|this\s+(?:role|job|position))\b)"
    r"[A-Z][\w&.'’ -]{0,40}:\s+\S"
)
# a heading inside the company's block that goes on about its product or customers ("What the platform does", "How it
# works", "Our customers")
_COMPANY_SUBHEADING = re.compile(
    r"^(?:what\s+(?:the|our|it|we)\s*(?:platform|product|products|company|app|service|software)?\s*(?:does|do|offers?|builds?|makes?)"
    r"|how\s+(?:it|the\s+(?:platform|product)|we)\s+works?|our\s+(?:platform|products?|customers|clients|story|values|mission|investors)"
    r"|(?:the\s+)?(?:platform|product)(?:\s+(?:features|overview|in\s+brief))?"
    # ... or its own data estate: "Our data platform"
    r"|our\s+(?:data|tech|technology|analytics)\s+(?:platform|stack|estate|environment|landscape))$"
)
_UNITS = frozenset({"department", "division"})
_LEGAL_FORMS = frozenset({"ltd", "limited", "inc", "llc", "gmbh", "corp", "corporation", "plc", "ag", "sa", "bv", "pvt"})
# the headings of the company's own blocks, and the words that say the job has begun below one
_COMPANY_HEADINGS = ("about us", "about the company", "who we are", "our mission", "our story", "company overview", "company description")
_JOB_TEXT = re.compile(
    # (not what the hire gets from the company or will not do: "You will benefit from this platform – you will not be asked
    # to build or run it")
    r"\b(?:(?:are|is|will be) responsible for|(?:you will|you['’]ll)(?!\s+(?:not|never|benefit|enjoy|have\s+access|get\s+access)\b)"
    r"|in this role|this role|the role|"
    r"(?:we are|we['’]re) (?:looking|seeking|hiring))\b",
    re.IGNORECASE,
)


# a line this long is a paragraph of many sentences (or a posting whose line breaks were lost): its equal-opportunity
# or benefits sentence is boilerplate, not the whole line
_PARAGRAPH = 300


def boilerplate_sentences(line: str) -> list[tuple[int, int]]:
    """The spans of a paragraph-long line's boilerplate sentences (:func:`boilerplate_lines` judges shorter lines
    whole)."""
    if len(line) <= _PARAGRAPH:
        return []
    stops = [0, *(m.end() for m in _FULL_STOP.finditer(line)), len(line)]
    # a page pasted with its line breaks lost runs its lists together with no full stop: a heading inside the line
    # ("... read to the end Nice to have Bayesian approaches ... Benefits Medical, dental ...") or the bullet that
    # opens the boilerplate's item ("• Familiarity with R Compensation The base salary ...") starts it; it runs on to
    # the next full stop, over the rest of a pasted benefits list
    breaks = sorted(
        {
            *(at for at, _ in inline_headings(line)),
            *(m.start() for m in _BARE_OFFER.finditer(line)),
            *(m.end() for m in _PASTED_BULLET.finditer(line)),
        }
    )
    spans: list[tuple[int, int]] = []
    first = _BOILERPLATE_LINE.search(line, 0, stops[1] if len(stops) > 1 else len(line))
    if first is not None and not breaks and not _JOB_TEXT.search(line) and not _ASKS.search(line):
        # "Caldermoor Bank is committed to equal opportunity ... We collect voluntary diversity statistics to ...": a
        # paragraph that opens as boilerplate and never turns to the job is boilerplate to its end
        return [(0, len(line))]
    for match in _BOILERPLATE_LINE.finditer(line):
        k = bisect.bisect_right(stops, match.start())
        start = max([stops[k - 1], *(at for at in breaks if at <= match.start())])
        spans.append((start, stops[k] if k < len(stops) else len(line)))
    # ... and the company describing itself in a sentence of its own ("... + equity. Lumenfold builds foundation models
    # and the products on top of them, and we've grown from 60 to 340 people")
    # (not its vision for the product, which often says what the job builds: "Our vision is that ... with AI agents"; a
    # sentence that turns to the job after a colon is the company's up to it: "... which is why our docs matter: we are
    # hiring a Senior Technical Writer ...")
    # (the sentences after the one that opens the line go on about the company until one turns to the job: "Fermata is
    # the music app for people who ... Our AI DJ "Nico" chats with listeners ..., using an LLM agent ... Nico is built by
    # the Conversational team; this role sits next door.")
    turns = sorted({*stops, *(m.start() for m in _TURN_TO_HIRING.finditer(line))})
    opening = False
    for begin, end in itertools.pairwise(turns):
        sentence = line[begin:end].lstrip()
        company = _describes_the_company(sentence) and not _VISION.match(sentence)
        opening = (company and begin == 0) or (opening and not any(begin < at < end for at in breaks) and not _turns_to_the_job(sentence))
        if company or opening:
            spans.append((begin, end))
    # ... and a pasted page's company block, from its heading run into the name ("About Cobalt Compute Cobalt Compute
    # is a GPU cloud built for AI. Thousands of customers ... train and serve models on our H100 clusters ...") or from
    # its benefits heading ("Benefits Alongside your salary ... free courses on Python, R and Tableau."), up to the next
    # heading inside the line or the first sentence that turns to the job (the company's) or asks for something (both)
    headings = [at for at, _ in inline_headings(line)]
    for match in (*_ABOUT_PASTED.finditer(line), *_BARE_OFFER.finditer(line)):
        company = match.re is _ABOUT_PASTED
        limit = min((at for at in headings if at > match.start()), default=len(line))
        end = match.end()
        for k in range(bisect.bisect_right(stops, match.end()), len(stops)):
            sentence = line[end : min(stops[k], limit)]
            if _ASKS.search(sentence) or (company and (_TO_THE_HIRE.search(sentence) or _JOB_TEXT.search(sentence))):
                break
            end = min(stops[k], limit)
            if end == limit:
                break
        spans.append((match.start(), end))
    return spans


# "About Cobalt Compute Cobalt Compute is a GPU cloud": a company's heading run into its first sentence on a pasted page
_ABOUT_PASTED = re.compile(
    # (or under the job's heading: "About the job Vectorloom is the evaluation and observability platform for teams ...")
    r"\bAbout\s+(?:the\s+(?:job|role|company|position|opportunity)|us)\s+(?=[A-Z][\w&.'’-]*(?:\s+[A-Z][\w&.'’-]*){0,3}\s+(?:is|are)\s+(?:a|an|the)\s)|"
    r"\bAbout\s+(?P<name>[A-Z][\w&.'’-]*(?:\s+[A-Z][\w&.'’-]*){0,3})\s+(?=(?P=name)\s+(?:is|are|was|has|[a-z]+s)\b)"
)


_TURN_TO_HIRING = re.compile(r":\s+(?=we(?:['’]re|\s+are)\s+(?:hiring|looking|seeking)\b)", re.IGNORECASE)
_VISION = re.compile(r"\W*(?:our|[\w&.-]{1,30}['’]s)\s+(?:mission|vision)\b", re.IGNORECASE)
_ASKS = re.compile(
    r"\b(?:experience\s+(?:in|with)|proficien|knowledge\s+of|familiarity|required|requirements?|must\s+have)\b", re.IGNORECASE
)
_BARE_OFFER = re.compile(
    # (after any word: "• gRPC Compensation The base salary ...", the last item's tool in capitals)
    r"(?:^|(?<=[.!?)|•·] )|(?<=[A-Za-z0-9] ))"
    r"(?:Benefits|Perks|Perks (?:and|&) benefits|What we offer|Our benefits|Compensation (?:and|&) benefits|Compensation"
    # "Why Harbor & Pine • 30% associate discount": the company pitching itself
    r"|Why (?:[A-Z][\w&'’-]*|&)(?: (?:[A-Z][\w&'’-]*|&)){0,3}(?= [|•·]))" + _BARE_AFTER
)


_FULL_STOP = re.compile(r"[.!?](?:\s|$)")  # a semicolon inside "skill sets, experience and training; licensure" goes on
# a bullet the paste kept, "•" or " - ", between two items: "• Familiarity with R Compensation The base salary range ..."
_PASTED_BULLET = re.compile(r"(?<=\s)[•▪●◦|-](?=\s)")


# "About Timescale", "About Acme Corp": the company's own section ("About you", "About the role" are the job's)
# "About Acme", "Why Socure?": the company pitching itself, not the job
_ABOUT_COMPANY = re.compile(r"(?:about|why) (?!you\b|the (?:role|job|position|opportunity|team|work)\b|this (?:role|job|position)\b)\w")


def _looks_like_sentence(line: str) -> bool:
    return line.rstrip().endswith((".", ",", ";"))


# ... or a table's row of a label and its value ("Compensation | Market-leading salary + ESOPs")
_LABEL_WITH_VALUE = re.compile(r"\s*(?:[^:]{1,40}:|[^:|]{1,40}\s\|)\s*\S")


def _looks_like_heading(line: str) -> bool:
    marked = line.lstrip().startswith("#") or (line.strip().startswith("**") and line.strip().endswith("**"))  # Markdown
    stripped = line.strip().strip("#*").strip()
    if not stripped or len(stripped.split()) > 6 or stripped.endswith((".", ",", ";")):
        return False
    # a line that introduces a list ("Since 2022, we:") ends with a colon too, but holds a clause
    label = stripped.endswith(":") and "," not in stripped
    return marked or label or stripped.istitle() or stripped.isupper() or bool(_JOB_HEADING_WORDS.search(stripped))


# words of the headings that open the job's own sections ("Job requirements", "What you'll do")
_JOB_HEADING_WORDS = re.compile(
    r"(?i)\b(?:requirements|qualifications|responsibilities|duties|skills|the role|about you|what you|who you|you will|you'll"
    r"|the opportunity|the position|(?:position|job|role) (?:summary|description|overview)|looking for)\b"
)


_NUMBER_WORDS = {
    "one": 1,
    "two": 2,
    "three": 3,
    "four": 4,
    "five": 5,
    "six": 6,
    "seven": 7,
    "eight": 8,
    "nine": 9,
    "ten": 10,
    "eleven": 11,
    "twelve": 12,
    "fifteen": 15,
    "twenty": 20,
    "a couple of": 2,  # "a couple of years doing this somewhere"
}
_NUMBER = r"(?:\d{1,2}|" + "|".join(word.replace(" ", r"\s+") for word in _NUMBER_WORDS) + r")"
_YEARS = re.compile(
    rf"(?P<lead>\b(?:at\s+least|a\s+minimum\s+of|minimum\s+of|minimum|min\.?|over|more\s+than|upwards\s+of|"
    rf"no\s+less\s+than|not\s+less\s+than)\s+)?"
    # a figure glued to the word before it by a dropped line break ("What You'll Need1-3 years", "Experience3+ years")
    # still opens a range
    rf"(?:(?<![\w.])|(?<=[a-z])(?=\d{{1,2}}\s*(?:[-–—]\s*\d|\+\s*(?:years?|yrs)\b)))(?P<low>{_NUMBER})(?:\.\d{{1,2}}|ish)?(?:\s*\(\d{{1,2}}\))?\s*(?P<plus>\+|-?plus\b|or\s+(?:more|above|greater|longer)\b)?\s*"
    rf"(?:(?:[-–—‐‑‒−]?\s*and|[-–—‐‑‒−]|to|or)\s*(?P<high>{_NUMBER})\s*\+?\s*)?"
    # the figures repeated in parentheses: "Six to seven (6-7) years'"
    rf"(?:\(\d{{1,2}}(?:\s*[-–—]\s*\d{{1,2}})?\+?\)\s*)?"
    # "5+ Experience working with ...": a number with a plus before "experience" counts years
    rf"(?:-\s*)?(?:(?:total|full|combined|cumulative)\s+)?(?P<unit>years?|yrs?|yoe|(?<=\+)y(?![a-z])|(?(plus)(?=experience\b)|(?!)))\b(?:['’]s?)?"
    # ("Eight years or more building backend or infrastructure systems")
    rf"(?:\s+or\s+(?:more|longer|above)\b)?(?P<tail>\s+(?:(?:of|with)\s+)?(?:[\w-]+,?\s+){{0,4}}?(?:experience|experiance|expereince|experince))?",
    re.IGNORECASE,
)
# years asked of any one of a list: "of experience in one or more programming languages", "in one or more of the
# following areas:"
_ONE_OR_MORE = re.compile(
    r"\s+(?:in|with|across)\s+(?:one\s+or\s+more|at\s+least\s+one|any)\s+(?:of\s+(?:the\s+following|these)|"
    r"(?:programming\s+|scripting\s+)?languages?)\b",
    re.IGNORECASE,
)
# "in business" is a company's age ("20 years in business"), not "6+ years in Business Intelligence"
_IN_BUSINESS = r"in\s+business(?!\s+(?:intelligence|analytics|analysis|administration|development|operations|strategy|systems))"
_NOT_A_REQUIREMENT = re.compile(
    # a span of time a thing covers, written as one word: "(monthly to 20-year) load forecasts", "a 10-year plan" (not
    # "a 3-year hands-on experience")
    r"(?<=-year)(?:\s*[)\]]|\s+(?!(?:of\s+)?(?:experience|exp|track|proven|hands|relevant|professional|industry|work|"
    r"commercial|practical|minimum|min)\b)[a-z][\w-]*)|"
    rf"\s*(?:ago|old|of\s+age|warranty|contract|{_IN_BUSINESS}|and\s+counting|running(?=\s*(?:[.,;:!?)]|$))|in\s+a\s+row|anniversary|anniversaries"
    # what the hire will do over that time, a programme's length: "Over two years you'll complete three placements"
    r"|,?\s+you(?:['’]ll|\s+will)\s+(?!need\b|have\b|bring\b|be\s+expected\b)[a-z]+"
    # "Minimum 4 year degree", "a two-year college program", "Minimum of two years technical education": the length of
    # a study
    r"|(?:of\s+)?(?:[\w-]+\s+)?(?:degree|diploma|program|programme|course|college|university|bachelor['’]?s?|education|"
    r"schooling|studies|study)"
    # how much material there is: "RAG pipelines over 15+ years of engagement documents", "3 years of open traffic data,",
    # "run backtests over ten years of weather grids with Dask"
    r"|of\s+(?:[\w-]+\s+){0,3}?(?:documents|records|history|logs|archives?|transactions|filings|contracts|emails|tickets|"
    r"articles|runbooks|manuals|messages|conversations|recordings|footage|telemetry|readings|measurements|grids|imagery|know-how|precedents|"
    r"images|scans|observations|prices|invoices|statements|"
    r"data(?=\s*(?:[,.;)]|in\b|from\b|on\b|across\b|$))))\b",
    re.IGNORECASE,
)
# "3 to 6 years of experience in data science, ideally in aerospace", "3+ years in MLOps — ideally with LLM
# systems": the wish is for the domain, the years stand
_DOMAIN_WISH = re.compile(
    _WISH_OPENING + r"\s+(?:(?:in|within|at|from|across|with)\b)?[^,;.]*"
    # "4 plus years of industry experience, preferred at a tech company": where the years were spent is wished
    r"|,\s*preferred\s+(?:in|within|at|from|across|with)\b[^,;.]*"
    # "2-7 years of food industry experience required, dairy and/or non-dairy is preferred"
    r"|(?<=required),\s*[^,;.]*\b(?:is|are)\s+(?:strongly\s+)?preferred\b"
    # "5-8 years of relevant experience, B2B startup experience preferred": a further domain wished for
    r"|(?<=experience),\s*[^,;.]*\bexperience\s+(?:is\s+|are\s+)?(?:strongly\s+)?preferred\b"
    # "Minimum 3 years experience in data science or advanced analytics, healthcare setting preferred."
    r"|,\s*(?:(?!years?\b)[\w/&'’-]+\s+){1,4}(?:is\s+|are\s+)?(?:strongly\s+)?preferred\s*[.;]?\s*$",
    re.IGNORECASE,
)
# "Advanced degree preferred in public policy ..., with 10+ years of senior-level experience": the degree is wished
# for, the years stand
_DEGREE_WISH = re.compile(
    r"\b(?:degree|diploma|master['’]?s|ph\.?\s?d\.?|doctorate|bachelor['’]?s|mba)\s+(?:is\s+|are\s+)?(?:strongly\s+)?preferred\b",
    re.IGNORECASE,
)


def _wishes_removed(sentence: str) -> str:
    """The sentence without the wishes that leave its years standing: a wish for a domain or for a degree."""
    return _DEGREE_WISH.sub("", _DOMAIN_WISH.sub("", sentence))


# "our team members have worked with us for more than 2 years": how long people stay, not what the job asks
_TENURE_BEFORE = re.compile(
    r"\b(?:with|at|for)\s+us\s+for\s*$"
    # the people the hire will work with: "mentorship from ML veterans with 12+ years of experience", "a team with diverse
    # industry experience and 20+ combined years of experience"
    r"|\b(?:veterans|founders|co-founders|mentors|advisors|advisers|investors|team)\s+(?:with|who\s+have|having)\s+"
    r"(?:[^.!?]{0,60}?\s)?(?:over\s+|more\s+than\s+)?$"
    # the company's own history: "PayPal has been revolutionizing commerce globally for more than 25 years", "Founded
    # in 2016, Nuro has spent eight years developing ..." (not "The ideal candidate has been coding for 5+ years")
    r"|(?:^|[.!?]\s+)(?![^.]*\b(?:you|your|candidates?|applicants?|hire|person)\b)[^.]*\bhas\s+(?:been\b[^.]{0,100}?\bfor|spent)\s+"
    r"(?:more\s+than\s+|over\s+|nearly\s+|almost\s+)?$"
    # ... or a person of the team: "led by Ray Okafor, our Head of AI, who spent six years building support automation"
    r"|\b(?:who|she|he)\s+(?:has\s+|had\s+)?(?:spent|worked|brings|brought)\s+(?:more\s+than\s+|over\s+|nearly\s+|almost\s+)?$"
    # how long the job itself lasts: "the position has a minimum duration of 2 years", "an initial term of 3 years"
    r"|\b(?:duration|term|length|period\s+of\s+employment|appointment|contract)\s+of\s+(?:at\s+least\s+|up\s+to\s+)?$"
    # a person of the team introduced by role: "CEO: ex-McKinsey | CTO: +13 years of startup experience"
    r"|\b(?:CEO|CTO|COO|CFO|CPO|founder|co-founder|cofounder)\s*[:\-–]\s*\+?\s*(?:over\s+|more\s+than\s+)?$"
    # the applicant's age: "Age Bracket: 30-36 years", "aged between 25 and 35 years"
    r"|\b(?:age|aged|ages)\b(?:\s+(?:bracket|range|limit|group))?\s*[:\-–]?\s*(?:between\s+|from\s+)?$"
    # how long the applicant has lived in the country: "You have been in the Netherlands for more than a year already",
    # "resident in the EU for at least 2 years"
    r"|\b(?:been\s+(?:living\s+)?in|lived\s+in|living\s+in|resident\s+in|residing\s+in|based\s+in)\s+(?:the\s+)?(?-i:[A-Z])[\w-]*"
    r"(?:\s+(?-i:[A-Z])[\w-]*)?\s+for\s+(?:more\s+than\s+|over\s+|at\s+least\s+)?$"
    # what a degree stands in for: "a master's degree may substitute for one year"
    r"|\b(?:substitutes?|substituted|counts?|stands?\s+in)\s+(?:for|as)\s+(?:up\s+to\s+)?$"
    # a most, not a least: "Up to two years of experience in a data or analytical role"
    r"|(?:^|[^\w\s]\s*|\b(?:with|have|having|has)\s+)up\s+to\s+$",
    re.IGNORECASE,
)
# "such as", "e.g.", "including": years of a field given by examples belong to the field
_BREAK = re.compile(
    r"[.;!?]\s|[.;!?]$|\band\s+(?:a|an)\s+|\bplus\s+|\bas\s+well\s+as\b|\bsuch\s+as\b|\be\.g\.|\bincluding\b|\bincl\.\s"
    # the kinds of workplace the years were spent in, named in an aside: "in a technical or research environment (an ML lab,
    # a research institute, ...)"
    r"|\b(?:environments?|settings?|organi[sz]ations?|compan(?:y|ies)|industr(?:y|ies)|institutions?)\s*\("
    # the next item of a list pasted onto one line with " - " or "•" bullets (read as " | "): "... leading a team - Expert
    # Python"
    r"|\s[-•|]\s+(?=[A-Z])"
    # a clause of its own: "written SQL for at least three years and you're comfortable with CTEs"
    r"|\band\s+(?:you|we|they)(?:['’](?:re|ve|ll|d))?\b",
    re.IGNORECASE,
)
# between a skill and the years after it: punctuation, or a role or kind of work ("ML engineer (+3 years)"), or where
# it was used before "for" ("Python in a professional environment for 2+ years", "SQL in production for 3+ years")
# (or a table's cell border: "| Python | 4+ years |")
_BEFORE_GAP = re.compile(
    r"^[\s,:()\-–—|]*(?:(?:engineer|engineering|developer|development|scientist|experience|expertise|work|skills?)\b)?"
    r"(?:\s+(?:in|at)\s+(?:(?:a|an|the)\s+)?[\w-]+(?:\s+[\w-]+){0,2}\s+(?=for\b))?"
    r"(?:\s+in\s+production(?=\s*:))?"  # "Kubernetes in production: 3+ years"
    r"[\s,:()\-–—|]*(?:with|for|of)?[\s,:()\-–—+~|]*$",
    re.IGNORECASE,
)
_EITHER = re.compile(r"(?i)\bor\b")
# "in BI, Analytics, or related fields, with at least 3 years managing teams": the "or" of a field list, no other path
_OR_RELATED = re.compile(r"(?i)\bor\s+(?:an?\s+)?(?:related|similar|equivalent|adjacent|other)\b")
# "..., with at least 2+ years focused on fraud detection", "..., ideally with 2+ years in insurance": years of a focus
# within the years just asked for (not "... or Masters with 10 – 13 years", another path)
_WITHIN = re.compile(r"(?i),\s*(?:(?:ideally|preferably)\s+)?(?:with|including|incl\.)\s+$")
# "seven (7) years of experience in health care analytics, biostatistics or data science, of which two years leading
# people", "three years building software in Python (of which ideally a year or more on LLM use cases)": a part of the
# years, no shorter path to the job
_OF_WHICH = re.compile(
    r"(?i)\b(?:of\s+which|of\s+whom|of\s+them|of\s+those|including|incl\.)\s+(?:(?:ideally|preferably|at\s+least|around|about|roughly)\s+)*$"
)
# "8+ years with a Bachelor's, 5+ with a Master's": paths to the job, of which the candidate needs one
# (or by its letters: "PhD ... and 2+ years of experience ..., or an MS and 4+ years")
_DEGREE = re.compile(r"(?i)\b(?:bachelor|master|ph\.?\s?d|doctorate|graduate\s+degree|undergraduate|(?:m|b)\.?\s?sc?\b\.?)")
# "two years of industry experience in AI/ML/data-science roles": years in a kind of job ("in the insurance industry",
# not bare "in industry", which is outside academia: "3 yrs applied ML in industry" are years of machine learning; nor "in an
# industry setting": "three years' experience building forecasting models in an industry setting")
_IN_ROLES = re.compile(
    r"\s*(?:[\w-]+\s+){0,4}?in\s+"
    r"(?:(?:[\w/&+, -]{1,80}?\s)?(?:roles|positions|domains?|fields?|sectors?)|[\w/&+, -]{1,80}?\s(?:industry|industries))\b"
    r"(?!\s+(?:settings?|environments?|contexts?)\b)",
    re.IGNORECASE,
)
# "3-7 years in a solutions engineering or architect role": years of work, though no word says experience
_IN_A_ROLE = re.compile(r"\s*in\s+an?\s+[^.;]{1,60}?\b(?:role|position|capacity)\b", re.IGNORECASE)
# "4 years of experience in a data analyst or product analytics position": either of two roles, experience in general
# ... or in a skill's work or one like it: "three to five years of hands-on experience in credit risk modelling or a
# similar quantitative role"
_ONE_LIKE_IT = r"(?:similar|related|comparable|equivalent)\b[^.;]{0,30}?\b(?:role|position|field|capacity)\b"
_IN_EITHER_ROLE = re.compile(
    r"\s*in\s+an?\s+[^.;]{1,60}?(?:\bor\b|/)[^.;]{1,40}?\b(?:role|position)\b"
    rf"|\s*in\s+[^.;]{{1,60}}?\bor\s+(?:an?|any)\s+{_ONE_LIKE_IT}"
    # ... or doing the skill's work or working in one like it: "experience producing official statistics or working in
    # a comparable statistical or research role", "two years of experience forecasting demand or working in
    # supply-chain analytics"
    rf"|\s*[^.;]{{1,60}}?\bor\s+working\s+in\s+(?:an?\s+)?{_ONE_LIKE_IT}"
    r"|\s*(?:of\s+(?:[\w-]+\s+)?experience\s+)?[a-z]{3,}ing\b[^.;]{1,50}?\bor\s+working\s+(?:in|on)\b",
    re.IGNORECASE,
)
_ROLE = (
    r"(?:engineer|scientist|developer|analyst|researcher|architect|statistician|methodologist|economist|actuary|epidemiologist"
    r"|practitioner)"
)
_ROLE_BEFORE = re.compile(rf"\b{_ROLE}s?\s*\(\s*[~+]?\s*$", re.IGNORECASE)
# "as a Machine Learning Engineer, Data Scientist, or equivalent role": one of several roles, experience in general
_AS_ONE_OF_ROLES = re.compile(
    rf"\s*(?:[\w-]+\s+){{0,4}}?(?P<as>as)\s+an?\s+[^.;,()]{{0,40}}?\b{_ROLE}s?\b(?:\s*,\s*[^.;,()]{{1,40}}?\b{_ROLE}s?\b)*"
    rf"\s*,?\s*(?:or|{_AND_OR})\s+(?:an?\s+)?[^.;,()]{{0,30}}?\b(?:{_ROLE}s?|role|position)\b",
    re.IGNORECASE,
)
# "3+ years of experience in machine learning or data engineering": either of two fields, experience in general (also
# set apart by slashes: "8+ years in ML / Data Science / Research Engineering")
_IN_EITHER_FIELD = re.compile(
    # ... or applied in either field: "(normally two or more years) applying statistics or data science"
    r"\s*(?:applying|doing|practi[sc]ing)\s+[\w\s-]{1,30}?\s+or\s+(?:data\s+science|data\s+analysis|analytics|research|statistics)\b|"
    r"\s*(?:of\s+(?:[\w-]+\s+)?experience\s+)?in\s+[^.;()]{1,50}?(?:(?:\bor|\s/)\s+(?:[\w/&-]+\s+){0,3}?"
    r"(?:engineering|development|design|architecture|analytics)\b"
    # ... or before the last "or": "in machine learning, algorithm development, or deployment"
    r"|\b(?:engineering|development|design|architecture|analytics)\s*,?\s*(?:and/)?or\b)",
    re.IGNORECASE,
)
# "as an ML Engineer/Data Engineer", "working as a Statistician/ Machine Learning Engineer/ Data Scientist": either of
# several roles, so experience in general, not the skill one names
_EITHER_ROLE = re.compile(
    rf"\s*(?:[\w-]+\s+){{0,4}}?as\s+an?\s+(?:[\w&+ -]*?{_ROLE}s?\s*(?:/|\bor\b)\s*(?:[A-Za-z][\w&+-]*\s+){{1,3}}{_ROLE}"
    # "as a machine learning and/or software engineer": either kind of engineer
    rf"|[\w&+ -]{{1,40}}?\s(?:{_AND_OR}|or)\s[\w&+ -]{{1,30}}?{_ROLE})",
    re.IGNORECASE,
)
# "3-4 years building production software": years of doing the work
_DOING = re.compile(r"\s+(?:of\s+)?[a-z]{2,}ing\b")  # ("2 years doing product analytics")
_REACH = 90
_GAP_WORDS = 7
_OR_MORE = re.compile(r"^\s*(?:or\s+(?:more|longer|above)|plus)\b", re.IGNORECASE)
# "2+ years' experience in designing, testing, and optimizing prompts": the activities of the skill that follows
_GERUNDS = re.compile(r"^\s*(?:in\s+|with\s+)?(?:[a-z]+ing,?\s+(?:and\s+|or\s+)?){2,4}$", re.IGNORECASE)


# "1 to 3 years of professional or ML project experience": experience of any kind, the skill one way to have it
_GENERAL_OR = re.compile(rf"\b(?:professional|industry|industrial|work|relevant|commercial)\s+(?:or|{_AND_OR})\s*$", re.IGNORECASE)
# a skill that names a role with the word after it ("ML Ops", "Machine Learning Engineer", "AI/ML Infra")
_ROLE_NOUNS = r"engineers?|scientists?|researchers?|developers?|architects?|dbas?|administrators?|practitioners?"
_ROLE_ENDS = re.compile(rf"[\s-](?:{_ROLE_NOUNS})$", re.IGNORECASE)
# an alias that is itself the name of a job: "five years' experience as a statistician"
_ROLE_ALONE = re.compile(r"(?:bio)?statisticians?|econometricians?|actuar(?:y|ies)", re.IGNORECASE)
# ("2 years' experience working in a data science or statistical analysis role")
_ROLE_AFTER = re.compile(rf"[\s-]*(?:ops\b|{_ROLE_NOUNS}|infrastructure|platform|roles?|positions?)\b", re.IGNORECASE)
# the years name a field of their own before the skill comes in with "with", or join one to it with "and": "(8+ years)
# in transport data engineering and AI/ML" (years of both together)
_FIELD_FIRST = re.compile(
    r"\bin\s+[a-z][\w/&-]*(?:(?:\s+[\w/&-]+){0,3}\s+(?:with|for|using|in)\b|(?:\s+[\w/&-]+){1,3}\s+and\s+(?:[\w-]+/)?$)",
    re.IGNORECASE,
)
# a skill joined by a slash to a kind of engineering or another field: "software/ML engineering experience", "ML/backend
# engineering", "A decade of applied statistics / data science experience"
_SLASHED_FIELDS = r"software|backend|back-end|frontend|front-end|full-stack|fullstack|data|platform|systems|infrastructure|cloud|devops"
# (or with its own "engineering": "3-5 years of software engineering or ML engineering experience", and then any field
# after it: "5+ years of software engineering or machine learning experience")
_FIELD_SLASH_BEFORE = re.compile(rf"\b(?:{_SLASHED_FIELDS})(?P<work>\s+(?:engineering|development))?\s*(?:/|\bor\b)\s*$", re.IGNORECASE)
_ENGINEERING_AFTER = re.compile(r"\s(?:engineering|development)\b", re.IGNORECASE)
_ENGINEERING_REACH = 13  # " engineering" right after the skill (or ending it: an alias "ML engineering")
_FIELD_SLASH_AFTER = re.compile(
    rf"\s*/\s*(?:(?:{_SLASHED_FIELDS})\s+(?:engineering|development)|data\s+science|analytics|economics|econometrics|actuarial\s+science)\b",
    re.IGNORECASE,
)
# "5+ years building complex web applications using Python, Django": years of the work, the tools one way to do it
# (and "5 years' experience in data engineering using Python" in _FIELD_FIRST)
_WORK_FIRST = re.compile(r"\b[a-z]{3,}ing\s+(?:[\w/&-]+\s+){1,4}(?:using|with)\s*$", re.IGNORECASE)
_SHUT = re.compile(r"\s*\)")
_CLOSING_PARENTHESIS = re.compile(r"\s*(?:at\s+least|minimum|min\.?|or\s+more)?\s*\)\s*[.;]?\s*$", re.IGNORECASE)
# "at least a year": the article is the number (read as "1", the same length, so offsets stay)
# "A decade of B2B SaaS sales experience", "two decades in retail": tens of years, written over the same characters
_DECADES = re.compile(r"\b(?P<n>a|two|three) decades?\b", re.IGNORECASE)


def _one_year(match: re.Match[str]) -> str:
    """ "at least a year" as "at least 1 year", "a year or more" as "1 year or more"."""
    return match.group()[:-1] + "1"


def _decades_as_years(match: re.Match[str]) -> str:
    years = f"{10 * {'a': 1, 'two': 2, 'three': 3}[match['n'].lower()]} years"
    return years.ljust(len(match[0]))


# "5y+ in software engineering": the figure's "y" before its plus, read as "5+y" (the same length, so offsets stay)
_Y_PLUS = re.compile(r"(?<![\w.])(\d{1,2})y\+", re.IGNORECASE)
# "3 yrs+ building production software": the plus after the unit, read as "3+ yrs" (same length)
_UNIT_PLUS = re.compile(r"(?<![\w.])(\d{1,2})(\s?)(years?|yrs?)\+", re.IGNORECASE)
# (or "a year or more of hands-on prompt engineering")
_A_YEAR = re.compile(
    r"\b(?:(?:at\s+least|a\s+minimum\s+of|minimum\s+of|more\s+than|over)\s+a(?=\s+year\b)|a(?=\s+year\s+or\s+(?:more|longer)\b))",
    re.IGNORECASE,
)
# between two skills the years ask for: only what joins a list ("Python, SQL and PyTorch")
_LIST_GAP = re.compile(
    r"^[\s,/&()]*(?:(?:methods?|methodolog(?:y|ies)|techniques?|tools?|frameworks?|libraries|skills?|concepts?|principles?|"
    rf"models?|algorithms?|programming|development|engineering)\b)?[\s,/&()]*(?:(?:and|or|{_AND_OR})\b)?[\s,/&()]*$",
    re.IGNORECASE,
)


def _path_without_years(text: str, mentions: Sequence[re.Match[str]]) -> bool:
    """Whether one of the paths to the job a line offers asks for no years ("2+ years of industry experience; or a
    PhD and 0+ years", "0-2 years of experience ...; in the absence of a degree, a minimum of 4 years", "A new
    graduate or 1-2 years of work experience", "a Bachelor's with 5+ years; a Master's with 3+ years; or a PhD"), so
    the line asks for none."""
    return (
        any(_number(m.group("low")) == 0 for m in mentions)
        or bool(_DEGREE.search(text, 0, mentions[0].start()) and _DEGREE_LAST.search(text, mentions[-1].end()))
        or bool(_GRADUATE_OR.search(text, 0, mentions[0].start()))
        or bool(_OTHER_PATH_OR.search(text, _sentence_start(text, mentions[0].start()), mentions[0].start()))
        or bool(_DEGREE.search(text) and _WITHOUT_EXPERIENCE.search(text))
        or _degree_or_degree_with_years(text, mentions[0].start())
    )


def _degree_or_degree_with_years(text: str, at: int) -> bool:
    """Whether the years at ``at`` come with a lower degree offered as the other path to a degree alone ("Master's
    degree or PhD in Data Science, ..., OR a Bachelor's degree with 3+ years of relevant industry experience")."""
    start = _sentence_start(text, at)
    other = _DEGREE_WITH.search(text, start, at)
    return other is not None and bool(_DEGREE.search(text, start, other.start()))


# a last path that is a degree alone, after the paths with years: "...; or a PhD in speech processing or a related field."
_DEGREE_LAST = re.compile(r"[;,]\s*(?:or|OR)\s+(?:an?\s+)?(?:ph\.?\s?d|doctorate|doctoral\s+degree)\b[^0-9]*$", re.IGNORECASE)
# "..., OR a Bachelor's degree with", "or a bachelor's and": the path that needs years besides its degree
# ... also abbreviated, with its field between: "PhD in Statistics ..., or an MSc in one of those fields + 3 years"
_DEGREE_WITH = re.compile(
    r"\b(?:or|OR)\s+(?:an?\s+)?(?:(?:bachelor|master|undergraduate|graduate)['’]?s?|m\.?sc?|b\.?sc?|ms|bs|ma|ba)(?:\s+degree)?"
    r"(?:\s+in\s+[\w\s,'’-]{1,60}?)?\s*(?:with|and|plus|\+)\s*"
    r"(?:at\s+least\s+|a\s+minimum\s+of\s+)?$",
    re.IGNORECASE,
)


# "candidates with an MA or PhD will be considered in the absence of professional working experience"
_WITHOUT_EXPERIENCE = re.compile(
    r"\b(?:in\s+(?:the\s+)?(?:absence|lieu)\s+of|instead\s+of|without)\s+(?:any\s+)?(?:(?:professional|prior|work|working|"
    r"relevant|industry)\s+)*experience\b",
    re.IGNORECASE,
)


# "Basic understanding of accounting fundamentals or 1 year of accounting experience": knowing it is the other path
# (a remark in parentheses may sit in the first path: "A PhD in a quantitative field (statistics, physics, ...) or 4+ years")
_OTHER_PATH_OR = re.compile(r"\w(?:[^,;:()]|\([^()]*\))*\s(?:or|OR)\s+(?:at\s+least\s+|a\s+minimum\s+of\s+)?$")
_GRADUATE_OR = re.compile(r"\b(?:new|recent|fresh)\s+(?:college\s+|university\s+)?grad(?:uate)?s?\s+or\s*$", re.IGNORECASE)


def _in_aside(text: str, at: int, marker: re.Pattern[str]) -> bool:
    """Whether character ``at`` sits inside parentheses whose words match ``marker``."""
    opening = text.rfind("(", 0, at)
    if opening < 0 or text.rfind(")", opening, at) >= 0:
        return False
    closing = text.find(")", at)
    return bool(marker.search(text, opening, closing if closing >= 0 else len(text)))


# (an aside still open where the line ends was wrapped: "(of which ideally a year or more on" over "LLM use cases)")
_ASIDE = re.compile(r"\([^()]*(?:\)|$)")


def _wish_of_its_own(aside: re.Match[str]) -> str:
    """An aside that names what it wishes for ("(Python is a strong plus)") wishes for that alone, so it is left out
    of its sentence; one that only says "(preferred)" or "(a plus)" qualifies the whole sentence and stays."""
    rest = _INLINE_OPTIONAL.sub("", aside.group(0)).strip("() ")
    # ... so does a higher figure wished for: "At least 3 years (5 preferred) of experience"
    return "" if len(rest.split()) >= 2 or _FIGURE_ALONE.fullmatch(rest) else aside.group(0)


_FIGURE_ALONE = re.compile(r"\d{1,2}\+?(?:\s*(?:years?|yrs?))?", re.IGNORECASE)


_ALTERNATIVE_ASIDE = re.compile(rf"\(\s*(?:or|{_AND_OR})\b", re.IGNORECASE)


def _number(text: str) -> int:
    return int(text) if text.isdigit() else _NUMBER_WORDS[" ".join(text.casefold().split())]


# the path a degree shortens: "3+ years writing production Python, or 1+ year if you did a PhD in NLP"
_WITH_A_DEGREE = re.compile(
    r"\s+(?:if\s+you\s+(?:did|have|hold|completed|earned)|with|holding)\s+(?:an?\s+)?(?:ph\.?\s?d|doctorate|master)", re.IGNORECASE
)
# years "of using it": the skill the sentence named before them ("We work mostly in R (tidyverse, ggplot2), and you
# should have at least two years of using it professionally")
# ("python, like properly. 2 to 4 years of it in a real job", "Strong Python — we'd expect 4 or more years writing it")
_USING_IT = r"using|with|working\s+with|in|writing|coding\s+in|programming\s+in"
_OF_IT = re.compile(
    r"\s*(?:of\s+(?:(?:" + _USING_IT + r")\s+)?|(?:" + _USING_IT + r")\s+)(?:it\b|(?P<them>them\b))",
    re.IGNORECASE,
)
# ... or said before them: "Python – you've written production code in it for at least 4 years"
_IT_FOR = re.compile(
    r"\b(?:in|with|using)\s+(?:it\b|(?P<them>them\b))\s+for\s+(?:at\s+least\s+|a\s+minimum\s+of\s+|over\s+)?$", re.IGNORECASE
)


# ... or the tools of the work the years were spent on, said before them: "writing SQL nearly every day for at least two
# years", "working with Kubernetes in production for 3+ years"
_DONE_FOR = re.compile(
    r"\b(?:writ(?:ing|ten)|using|used|coding\s+in|work(?:ing|ed)\s+(?:with|in)|programming\s+in|building\s+(?:with|in))\s+"
    r"[^.;,()]{1,60}?\s+for\s+(?:(?:at\s+least|a\s+minimum\s+of|over|more\s+than|the\s+(?:last|past))\s+)?$",
    re.IGNORECASE,
)


def _named_before(text: str, mention: re.Match[str], line_hits: list[tuple[str, int, int]], claimed: set[int], *, every: bool) -> list[str]:
    """The skill (or, for "them", the skills) named earlier in the sentence of the years, or else the last one the
    item named before that sentence ("python, like properly. 2 to 4 years of it in a real job"), marked as claimed."""
    begin = _sentence_start(text, mention.start())
    named = [k for k, (_skill, start, end) in enumerate(line_hits) if k not in claimed and begin <= start and end <= mention.start()]
    if not named and not every:
        named = [k for k, (_skill, _start, end) in enumerate(line_hits) if k not in claimed and end <= begin][-1:]
    taken = named if every else named[:1]
    claimed.update(taken)
    return [line_hits[k][0] for k in taken]


def _tied_before(text: str, mention: re.Match[str], line_hits: list[tuple[str, int, int]], claimed: set[int], previous: int) -> list[str]:
    """The skills right before the years ("Python (3+ years)"), marked as claimed."""
    tied: list[str] = []
    taken: list[int] = []
    for k, (skill, start, end) in enumerate(line_hits):
        if start < mention.start() < end:
            end = mention.start()  # "Python 3+ years": the figure is the years', not Python 3's
        if k not in claimed and previous <= start and end <= mention.start() and _BEFORE_GAP.match(text[end : mention.start()]):
            tied.append(skill)
            taken.append(k)
    opening = text.rfind("(", previous, mention.start())
    closing = text.find(")", opening, mention.start()) if opening > 0 else -1
    # (the years right after the aside: not "... engineer (three if you have a PhD), and ... Python for four years")
    right_after = closing > 0 and bool(_BEFORE_GAP.match(text[closing + 1 : mention.start()]))
    if taken and right_after and all(line_hits[k][1] > opening for k in taken):
        # "Python (pandas, NumPy, scikit-learn) - five years minimum": the years are the skill the aside explains
        head = [k for k, (_skill, start, end) in enumerate(line_hits) if previous <= start < opening and not text[end:opening].strip()]
        if head:
            taken, tied = [head[-1]], [line_hits[head[-1]][0]]
    claimed.update(taken)
    return tied


def _tied_in_list(text: str, mention: re.Match[str], line_hits: list[tuple[str, int, int]], claimed: set[int], stop: int) -> list[str]:
    """The skills of the list after years asked of any one of them ("3+ years of experience in one or more programming
    languages used for data analysis (Python, R, etc.)", "... in one or more of the following areas: Deep Learning,
    ..."), up to the sentence's end or the next years, marked as claimed."""
    ends = _SENTENCE_END.search(text, mention.end())
    last = min(stop, ends.start() if ends else len(text))
    tied: list[str] = []
    for k, (skill, start, _end) in enumerate(line_hits):
        if k not in claimed and mention.end() <= start < last:
            tied.append(skill)
            claimed.add(k)
    return tied


def _in_parts_of(text: str, at: int, after: int) -> bool:
    """Whether ``at`` sits in parentheses opened right after a skill that ends at ``after``: "Azure (AKS, Blob Storage)"."""
    opened = text.rfind("(", after, at)
    return opened >= 0 and not text[after:opened].strip() and ")" not in text[opened:at]


def years_required(
    lines: Sequence[str],
    hits: Sequence[tuple[str, int, int, int]],
    *,
    optional: Collection[int] = (),
    broader: Mapping[str, Collection[str]] | None = None,
    boilerplate: Collection[int] = (),
) -> tuple[dict[str, int], int | None]:
    """Years a posting asks for: per skill ("3+ years of Python", "at least two years with Kubernetes",
    "Python (3+ years)"; a range counts its lower bound) and overall ("a minimum of 3 years", "5+ years of
    experience in software"), from its lines and its skill hits given as (skill, line, start, end) with
    offsets inside the line. Lines in ``optional`` (under a "Nice to have" heading) ask for no years, unless no other
    line asks for any (then the years a posting prefers are all it says about seniority). Years of a skill named
    with a ``broader`` one (skill -> the skills it implies or is part of) are the broader one's: "3+ years developing
    and deploying ML models" asks for years of machine learning. Lines in ``boilerplate`` (pay, benefits, the company
    about itself: "a four-year vesting period") are never read. Returns ({skill: years}, overall years or None)."""
    lines, hits, optional, boilerplate = _wrapped_lines_joined(lines, hits, optional, boilerplate)
    years, overall = _years_of(lines, hits, skip={*optional, *boilerplate}, broader=broader or {})
    if years or overall is not None or not optional:
        return years, overall
    return _years_of(lines, hits, skip=boilerplate, broader=broader or {})


# years of a field of work: "5 years of professional software engineering, of which ...", "2 years of data science"
_FIELD_NOUNS = r"engineering|development|science|analytics|research|analysis"
_OF_A_FIELD = re.compile(
    r"\s+of\s+(?:(?:professional|hands-on|industry|commercial|relevant|practical|applied)\s+)*(?:[\w/&-]+\s+){0,2}?"
    r"(?:" + _FIELD_NOUNS + r"|programming)\b",
    re.IGNORECASE,
)
# ... or under a field's name as a job board prints it: "data science: 2 years (Required)"
_FIELD_LABEL = re.compile(r"\W*(?:[\w/&-]+\s+){0,3}?(?:" + _FIELD_NOUNS + r")\s*:\s*", re.IGNORECASE)


_DEPLOYING = re.compile(
    r"\s*(?:of\s+(?:(?:hands-on|professional|practical)\s+)?experience\s+)?(?:deploying|serving|productioni[sz]ing)\b"
    r"(?!\s+(?:and|&|or)\s+(?:develop|build|train|design))",
    re.IGNORECASE,
)


def _broadest(skills: list[str], broader: Mapping[str, Collection[str]]) -> list[str]:
    """The skills without those named with a broader one of them ("building and deploying ML models" asks for years of
    machine learning, not of model serving); all of them when that would leave none."""
    return [skill for skill in skills if not any(other in skills for other in broader.get(skill, ()))] or skills


def _first_cell(lines: Sequence[str], index: int) -> tuple[int, int] | None:
    """Where the first cell of a table's body row ("Python | 5+ years", "| Python | 5+ years |") begins and ends, or None
    (no table, or a first cell too long to name skills)."""
    text = lines[index]
    if _table_top(lines, index) is None:
        return None
    opening = len(text) - len(text.lstrip())
    begin = opening + 1 if text.startswith("|", opening) else 0
    end = text.find("|", begin)
    return None if end < 0 or end - begin > _CELL_CHARS else (begin, end)


_CELL_CHARS = 60
_FIELD_CELL = re.compile(r"\b(?:" + _FIELD_NOUNS + r")\s*$", re.IGNORECASE)


def _wrapped_lines_joined(
    lines: Sequence[str], hits: Sequence[tuple[str, int, int, int]], optional: Collection[int], boilerplate: Collection[int]
) -> tuple[list[str], list[tuple[str, int, int, int]], set[int], set[int]]:
    """The lines of an ad whose sentences were wrapped at a fixed width ("a minimum of 2 years of relevant industry
    experience in developing and applying" over "machine learning methods.") joined into one line per sentence, with
    the hits and the line sets moved onto the joined lines."""
    joined: list[str] = []
    where: list[tuple[int, int]] = []  # per original line: its joined line and its offset there
    for index, text in enumerate(lines):
        if joined and index - 1 not in boilerplate and _wraps_on(lines[index - 1], text):
            where.append((len(joined) - 1, len(joined[-1]) + 1))
            joined[-1] = f"{joined[-1]} {text}"
        else:
            where.append((len(joined), 0))
            joined.append(text)
    moved = [(skill, where[line][0], start + where[line][1], end + where[line][1]) for skill, line, start, end in hits]
    firsts = {line: n for line, (n, offset) in enumerate(where) if offset == 0}
    return joined, moved, {firsts[i] for i in optional if i in firsts}, {firsts[i] for i in boilerplate if i in firsts}


def _wraps_on(line: str, below: str) -> bool:
    """Whether ``below`` carries on a sentence of ``line`` that asks for years (an ad wrapped at a fixed width): ``line``
    is long and ends in a lower-case word, and ``below`` opens in lower case with no bullet of its own."""
    line, below = line.rstrip(), below.strip()
    if len(line) < _WRAP_WIDTH or line[-1:] in ".:;!?" or not below[:1].islower() or not line.split()[-1][:1].islower():
        return False  # a line ending in a name ("... as a Data Engineer Deep") lost a stop, it was not wrapped
    # (a sentence, not a clause: "... 4 years of experience in software; or a Master's degree" over "and at least 2 years")
    unfinished = line[max((m.end() for m in re.finditer(r"[.!?]\s", line)), default=0) :]
    return bool(_YEARS.search(_A_YEAR.sub(_one_year, unfinished)))  # only a sentence that asks for years


_WRAP_WIDTH = 60


# "3+ years of professional software engineering experience in Python": the experience is the tool's
_IN_A_TOOL = re.compile(r"\s+in\s+")


def _field_in_tail(mention: re.Match[str], hits: Sequence[tuple[str, int, int]]) -> bool:
    """Whether the years name a field of work of their own before "experience" ("of DevOps experience", "of software
    development experience"), not a skill and not a word that only qualifies the experience ("of professional
    experience", "of programming experience")."""
    if not mention.group("tail"):
        return False
    begin, end = mention.span("tail")
    inside = [(start, stop) for _, start, stop in hits if begin <= start and stop <= end]
    for word in re.finditer(r"[\w-]+", mention.group("tail")):
        at = begin + word.start()
        if word.group().lower() not in _QUALIFIERS and not any(start <= at < stop for start, stop in inside):
            return True
    return False


_QUALIFIERS = frozenset(
    [
        "of",
        "with",
        "experience",
        "professional",
        "relevant",
        "work",
        "working",
        "industry",
        "industrial",
        "hands-on",
        "hands",
        "on",
        "practical",
        "proven",
        "commercial",
        "prior",
        "direct",
        "combined",
        "total",
        "previous",
        "full-time",
        "overall",
        "related",
        "demonstrated",
        "solid",
        "strong",
        "progressive",
        "programming",
        "coding",
        "technical",
        "post-graduate",
        "postgraduate",
        "real-world",
        "production",
        "applied",
        "recent",
        "paid",
        "significant",
        "extensive",
        "substantial",
        "deep",
        "broad",
        "good",
        "some",
    ]
)
# the tools of a field said after its years: "... experience with AWS", "... experience using Spark", not "(Python)"
_TOOLS_AFTER = re.compile(r"^\s*(?:with|using|in)\b", re.IGNORECASE)


def _years_of(
    lines: Sequence[str], hits: Sequence[tuple[str, int, int, int]], *, skip: Collection[int], broader: Mapping[str, Collection[str]]
) -> tuple[dict[str, int], int | None]:
    by_line: dict[int, list[tuple[str, int, int]]] = {}
    for skill, line, start, end in hits:
        by_line.setdefault(line, []).append((skill, start, end))
    years: dict[str, int] = {}
    overall: int | None = None
    for index, text in enumerate(lines):
        if index in skip or _describes_the_company(text):
            continue  # the company's own years: "We're an AI-first company with 25+ years of engineering leadership"
        scan = _UNIT_PLUS.sub(r"\1+\2\3", _Y_PLUS.sub(r"\1+y", _DECADES.sub(_decades_as_years, _A_YEAR.sub(_one_year, text))))
        mentions = [
            m
            for m in _YEARS.finditer(scan)
            if not _NOT_A_REQUIREMENT.match(text, m.end())
            and not _PART_OF_THE_EXPERIENCE.match(text, m.end("unit"))
            and not _TENURE_BEFORE.search(text, 0, m.start())
            and not _INLINE_OPTIONAL.search(
                _ASIDE.sub(_wish_of_its_own, _wishes_removed(_sentence(_before_next_heading(text, m.start()), m.start())))
            )
        ]  # "5+ years of management experience preferred" asks for nothing ("(Python is a plus)" is another wish)
        if not mentions or _path_without_years(scan, mentions):
            continue
        line_overall: int | None = None
        line_hits = sorted(by_line.get(index, []), key=lambda h: h[1])
        row = _first_cell(lines, index)
        cell = text.rfind("|", 0, mentions[0].start())
        if (
            row is not None
            and mentions[0].start() >= row[1]
            and not any(cell < start < mentions[0].start() for _, start, _ in line_hits)  # "| PyTorch, at least 2 years |"
            and (subject := [s for s, start, _ in line_hits if row[0] <= start < row[1]])
        ):
            # a table's row: the years in its cells are those of what its first cell names ("| Docker and Kubernetes | 2+
            # years running services on them |"), not of the words around them
            value = _number(mentions[0].group("low"))
            if 0 < value <= 30 and _FIELD_CELL.search(text, row[0], row[1]):
                overall = value if overall is None else overall  # "| MLOps / ML platform engineering | at least 3 years |"
            elif 0 < value <= 30:
                for skill in _broadest(subject, broader):
                    years[skill] = min(years.get(skill, value), value)
            continue
        claimed: set[int] = set()
        # where each of the line's years ends, and the skills it was asked of (none: the overall years), which a
        # shorter path may ask again
        asked_of: list[tuple[int, list[str]]] = []
        for n, mention in enumerate(mentions):
            value = _number(mention.group("low"))
            if not 0 < value <= 30:
                continue
            stop = mentions[n + 1].start() if n + 1 < len(mentions) else len(text)
            tied: list[str] = []
            in_parentheses = text[: mention.start()].rstrip(" +~").endswith("(")
            # the role may follow the parenthesis the years close: "Substantial experience (normally at least five
            # years) in a data science or statistical modelling role"
            after = shut.end() if (shut := _SHUT.match(text, mention.end())) else mention.end()
            as_role = _AS_ONE_OF_ROLES.match(text, after)
            either_role = bool(
                (as_role and not any(mention.start() <= start < as_role.start("as") for _, start, _ in line_hits))
                or _IN_EITHER_FIELD.match(text, after)
                or _EITHER_ROLE.match(text, after)
                or _IN_ROLES.match(text, after)
                or _IN_EITHER_ROLE.match(text, after)
                or (in_parentheses and _ROLE_BEFORE.search(text, 0, mention.start()))  # "a senior engineer (9+ years)"
            )
            closing = in_parentheses and bool(_CLOSING_PARENTHESIS.match(text, mention.end()))
            # years in parentheses after a skill are that skill's: "Python (3+ years)", "ML engineer (+3 years) to ..."
            if in_parentheses and not closing:
                tied = _tied_before(text, mention, line_hits, claimed, mentions[n - 1].end() if n else 0)
            # the first skill follows the years closely, the next ones continue its list
            # a skill inside "years of <skill> experience" is what the years are of
            reach = len(text) if tied or either_role else mention.start("tail") if mention.group("tail") else mention.end()
            if not tied and _ONE_OR_MORE.match(text, mention.end()):
                tied = _tied_in_list(text, mention, line_hits, claimed, stop)
                reach = len(text)
            inside = (-1, -1)  # the last skill tied: a skill named inside it is tied too ("deploying machine learning models")
            for k, (skill, start, end) in enumerate(line_hits):
                if k not in claimed and inside[0] <= start and end <= inside[1]:
                    tied.append(skill)
                    claimed.add(k)
                    continue
                if k in claimed or not reach <= start < min(stop, mention.end() + _REACH):
                    continue
                if _in_aside(text, start, _INLINE_OPTIONAL):
                    continue  # "3+ years of experience and programming skills (Python is a strong plus)"
                gap = text[max(reach, mention.end()) if start >= mention.end() else reach : start]  # the years' own words are no gap
                words = len(_OR_MORE.sub("", gap, count=1).split())  # ("three years or more of building ... in Python")
                if not tied and (_FIELD_FIRST.search(gap) or _GENERAL_OR.search(gap) or _WORK_FIRST.search(gap)):
                    break  # "3+ years in software engineering with AI/ML", "of professional or ML experience": not the skill's
                slash_before = _FIELD_SLASH_BEFORE.search(gap)
                if not tied and (
                    (slash_before and (slash_before.group("work") or _ENGINEERING_AFTER.search(text, start, end + _ENGINEERING_REACH)))
                    or _FIELD_SLASH_AFTER.match(text, end)
                ):
                    break  # "4+ yrs software/ML engineering experience": either field of work, years in general
                if (
                    not tied
                    and start >= mention.end()
                    and not gap.lstrip().startswith("(")
                    and not (_IN_A_TOOL.fullmatch(gap) and (mention.group("tail") or "").rstrip().lower().endswith("experience"))
                    and _field_in_tail(mention, line_hits)
                ):
                    break  # "4+ years of DevOps experience with AWS", "8+ years of software engineering experience
                    # building ... cloud-native applications": years of the field, the tools one part of it
                if tied and _in_parts_of(text, start, inside[1]) and not any(other in broader.get(skill, ()) for other in tied):
                    continue  # "1 year of experience with Microsoft Azure (AKS, Azure Machine Learning, Blob Storage)": the
                    # cloud's own services, not years of Kubernetes or machine learning
                listed_gap = "," in gap and not _GERUNDS.match(gap)
                if _BREAK.search(gap) or (not _LIST_GAP.match(gap) if tied else words > _GAP_WORDS or listed_gap):
                    break
                role = _ROLE_AFTER.match(text, end) or _ROLE_ENDS.search(text, start, end) or _ROLE_ALONE.fullmatch(text, start, end)
                if not tied and role:
                    break  # "5+ years in ML Ops", "as a Machine Learning Engineer" (or an alias that is the role: "as an
                    # ML engineer"): years of a role, not the skill's
                tied.append(skill)
                claimed.add(k)
                reach = end
                inside = (start, end)
            if not tied and not either_role and not closing:
                tied = _tied_before(text, mention, line_hits, claimed, mentions[n - 1].end() if n else 0)
            if not tied and (pronoun := _OF_IT.match(text, mention.end()) or _IT_FOR.search(text, 0, mention.start())):
                tied = _named_before(text, mention, line_hits, claimed, every=pronoun["them"] is not None)
            if not tied and (doing := _DONE_FOR.search(text, _sentence_start(text, mention.start()), mention.start())):
                # "You've been writing SQL nearly every day for at least two years": the years of what the work uses
                for k, (skill, start, _end) in enumerate(line_hits):
                    if k not in claimed and doing.start() <= start < doing.end():
                        tied.append(skill)
                        claimed.add(k)
            if not tied and closing:
                # "(6+ years)" closing a requirement: the years of everything the requirement names, but an
                # alternative in an aside ("SQL and Python (or R) (+3 years)")
                begin = _sentence_start(text, mention.start())
                for k, (skill, start, _end) in enumerate(line_hits):
                    if k not in claimed and begin <= start < mention.start() and not _in_aside(text, start, _ALTERNATIVE_ASIDE):
                        tied.append(skill)
                        claimed.add(k)
            if tied and _DEPLOYING.match(text, mention.end()):
                # "2+ years deploying machine learning models to production": the years of the narrower skill the work
                # names (serving models), not of the broader one (but "training and deploying deep learning models" asks
                # for years of machine learning)
                tied = [skill for skill in tied if not any(skill in broader.get(other, ()) for other in tied)] or tied
            if tied:
                tied = _broadest(tied, broader)
                for skill in tied:
                    years[skill] = min(years.get(skill, value), value)  # the least of the paths to the job
                asked_of.append((mention.end(), tied))
            elif (
                asked_of
                and (path_skills := asked_of[-1][1])  # the skills of the years just before, not of an earlier sentence's
                and _EITHER.search(text, mentions[n - 1].end(), mention.start())
                and (len(_DEGREE.findall(text)) >= 2 or _WITH_A_DEGREE.match(text, mention.end()))
            ):
                # "Bachelor's and 4 years of experience in machine learning; or Master's degree and 2 years of experience":
                # another path to the same skill's years
                for skill in path_skills:
                    years[skill] = min(years[skill], value)
            elif (overall is None or line_overall is not None) and (
                mention.group("tail")
                or mention.group("plus")
                or mention.group("lead")
                or mention.group("high")  # "8-12 years in software engineering": a range asked for
                or _IN_A_ROLE.match(text, mention.end())
                or _DOING.match(text, mention.end())
                or _OF_A_FIELD.match(text, mention.end())
                or _FIELD_LABEL.fullmatch(text, 0, mention.start())
                or re.search(r"\bexperience\b", text, re.IGNORECASE)
            ):
                if n and _OF_WHICH.search(text[mentions[n - 1].end() : mention.start()]):
                    continue  # "3+ yrs ... in Python, of which at least one year working with LLM APIs": part of them
                asked_of.append((mention.end(), []))
                if line_overall is None:
                    overall = line_overall = value
                elif _WITHIN.search(between := text[mentions[n - 1].end() : mention.start()]) and (
                    mention.group("lead") or mention.group("plus")
                ):
                    continue  # "5+ years in data science, ML, or analytics, with at least 2+ years focused on fraud": part of them
                elif _OF_WHICH.search(between):
                    continue
                elif _SAID_OVERALL.match(text, mention.end()):
                    overall = line_overall = value  # "two years with LLMs, and 4+ years of software engineering overall"
                elif _EITHER.search(_OR_RELATED.sub("", between)) or len(_DEGREE.findall(text)) >= 2:
                    overall = line_overall = min(line_overall, value)  # "Bachelor's + 8 years OR Master's + 6 years"
        for part in _SUBSET_YEARS.finditer(text):
            # "4+ years building computer vision systems, 2+ of them with PyTorch": the part is the skill's
            value = _number(part.group("low") or part.group("part") or part.group("which"))
            named = [
                (start, skill)
                for skill, start, _end in line_hits
                if part.end() <= start < part.end() + _SUBSET_REACH and len(text[part.end() : start].split()) <= _SUBSET_GAP_WORDS
            ]  # "at least one of them with LLMs in prod" (LLMs no skill) leaves the next item's Python alone
            if named and 0 < value <= 30:
                skill = min(named)[1]
                if any(skill in skills for _end, skills in asked_of):
                    continue  # "5+ years building machine learning systems, at least two of them on recommender systems"
                years[skill] = min(years.get(skill, value), value)
        shorter = _DEGREE_PATH_FIGURE.search(text)
        fewer = _number(shorter.group("low")) if shorter is not None else 0
        # the shorter path is of the years just before it: a skill's ("6+ yrs building ML systems (4+ with a PhD)") or,
        # when those were asked of no skill, the overall years ("five or more years as an engineer (three if you have a
        # PhD), and ... Python for four or more years")
        before = [skills for end, skills in asked_of if shorter is not None and end <= shorter.start()]
        if line_overall is not None and 0 < fewer < line_overall and not (before and before[-1]):
            overall = line_overall = fewer
        for skill in before[-1] if before and fewer > 0 else ():
            years[skill] = min(years[skill], fewer)
    return years, overall


# the years said to be the whole: "4+ years of software engineering overall"
_SAID_OVERALL = re.compile(r"(?:\s+[\w'’-]+){0,5}?\s+(?:overall|in\s+total|altogether)\b", re.IGNORECASE)
# years said of the experience asked before: "Two (2) years of the required experience must include writing SQL"
_OF_THE_EXPERIENCE = (
    r"of\s+(?:the|this|that|such)\s+(?:required\s+|above\s+)?experience\s+(?:must|should|shall)\s+(?:include|involve|cover)"
)
# a part of the years asked spent on one skill: "2+ of them with PyTorch", "at least two of those years operating Kubernetes"
_SUBSET_YEARS = re.compile(
    # ("at least two of them spent working on deep learning models in PyTorch")
    rf"(?:\bat\s+least\s+)?\b(?P<low>{_NUMBER})\s*\+?\s+of\s+(?:them|those|these|which)(?:\s+years)?\s+(?:spent\s+)?"
    r"(?:(?:with|in|using|on)\s+|[a-z]+ing\s+)"
    rf"|\b(?P<part>{_NUMBER})(?:\s*\(\d{{1,2}}\))?\s+years?\s+{_OF_THE_EXPERIENCE}\s+(?:[a-z]+ing\s+)?"
    # "5+ years in software engineering overall, of which at least 2 on machine learning systems"
    rf"|\bof\s+which\s+(?:at\s+least\s+)?(?P<which>{_NUMBER})\s*\+?(?:\s+years?)?\s+(?:(?:with|in|using|on)\s+|[a-z]+ing\s+)",
    re.IGNORECASE,
)
_PART_OF_THE_EXPERIENCE = re.compile(rf"\s+{_OF_THE_EXPERIENCE}\b", re.IGNORECASE)
_SUBSET_REACH = 40
_SUBSET_GAP_WORDS = 2
# a shorter path to the job whose figure leaves "years" unsaid: "4+ years in product analytics (or 2+ with a PhD)"
_DEGREE_PATH_FIGURE = re.compile(
    rf"(?:\bor\s+|\(\s*)(?:at\s+least\s+)?(?P<low>{_NUMBER})\s*\+?\s+(?:with|holding|given|if\s+you\s+(?:have|hold))\s+(?:an?\s+)?"
    r"(?:relevant\s+|related\s+)?"
    r"(?:ph\.?\s?d|doctorate|master|m\.?sc?\b|ms\b|advanced\s+degree|graduate\s+degree)",
    re.IGNORECASE,
)
