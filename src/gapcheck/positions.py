"""Dated positions: the jobs, projects, research and hands-on study a resume lists, with their dates.

Dates are found wherever resumes print them: on the title line, right-aligned in another column (a date
line level with a title line on the page), on a line of their own before or after the title, or in a table
cell. An entry is the run of short header lines holding a date plus the lines under it up to the next entry;
undated header lines under an employer (several titles under one range) stay in that employer's entry.
Education entries are positions only through lines that describe hands-on work (a thesis, a project), and
only those lines are theirs. Publications, patents, awards and certifications are never positions.
"""

from __future__ import annotations

import functools
import itertools
import math
import re
from collections import Counter, defaultdict
from collections.abc import Callable, Collection, Mapping, Sequence
from dataclasses import dataclass, field, replace

from gapcheck.dates import MONTH_WORD, OPEN_END_ALONE, DateSpan, Month, find_dates, format_month, this_month, writes_day_first
from gapcheck.document import HEADER, Line, Position, Section
from gapcheck.sections import ACTIVITY_KINDS, heading_over_three_lines, heading_over_two_lines, heading_section

# Header lines (title, organization, dates) are short; body lines (bullets, sentences) are long or end a sentence.
_HEADER_WORDS = 14
_CLAUSE_WORDS = 7  # a line of this many words over a whole dated header is the last line of the entry above
_DATE_LINE_WORDS = 4
_INDENT = 8.0
# Points within which the centres of a title and the date line under it are level (both centered), and within which
# the right ends of a head's lines set flush right are one edge.
_CENTERED = 2.0
_LEVEL_EDGE = 1.5
_FAR = 10**6  # the end month of an open range, for comparisons
_NAME_WORDS = 10  # a title or organization is a name, not a sentence
_DATED_KINDS = ACTIVITY_KINDS | {"education"}
_CONTINUING_KINDS = frozenset({"experience", "research", "volunteering"})
_PUNCT = " \t|()[]{},;:·•–—-/@"
_WORD = re.compile(r"[^\W_]+(?:['’.&+#-][^\W_]+)*\.?")
# a thesis in the languages whose headings and months are read too: "Diplomová práce: ...", "Masterarbeit", "mémoire",
# "Tesis de maestría", "szakdolgozat", "praca magisterska", "diplomski rad", "дипломная работа", "pro gradu", "scriptie",
# "Skripsi" and "Tugas Akhir" (Indonesian), "TCC" / "Trabalho de Conclusão de Curso" (Portuguese)
_FOREIGN_THESIS = (
    r"(?:diplomov[áa]|bakalářsk[áa]|bakalarsk[áa]|disertační)\s+práce|\b(?:diplom|master|bachelor)arbeit\b|\bm[ée]moire\b|"
    r"\btes[ie]s?\b|\bszakdolgozat\b|\bdiplomamunka\b|\bpraca\s+(?:magisterska|dyplomowa|licencjacka|inżynierska)\b|"
    r"\blucrare\s+de\s+(?:licență|disertație|licenta|disertatie)\b|\b(?:diplomski|završni|magistarski)\s+rad\b|"
    r"(?:дипломн\w+|магистерск\w+|выпускн\w+|курсов\w+)\s+(?:работа|проект)|\bpro\s+gradu\b|\bdiplomityö\b|"
    r"\bopinnäytetyö\b|\bexamensarbete\b|\bscriptie\b|\bafstudeer\w*|\bskripsi\b|\btugas\s+akhir\b|\btcc\b|"
    r"\btrabalho\s+de\s+conclus[ãa]o\b|\bdisserta[çc][ãa]o\b"
)
_HANDS_ON = re.compile(
    # "TFG" / "TFM" / "PFE": the final-degree project of Spanish and French degrees; "FYP": a final-year project
    r"\b(thesis|dissertation|capstone|project|projects|research|tfg|tfm|pfe|fyp|built|build|developed|implemented|designed|"
    r"trained|created|wrote|engineered|deployed|analy[sz]ed|modell?ed|conducted|performed|optimi[sz]ed|"
    r"automated|evaluated|fine-tuned|programmed|coded|simulated|lab|internship|hackathon|worked|"
    # ... or the steps of an analysis: "Cleaned and explored 160,000 household records", "Fitted survey-weighted models"
    r"cleaned|explored|fitted|estimated|benchmarked|predicted|forecasted|classified|labell?ed|annotated|scraped|visuali[sz]ed|quantified|"
    r"prototype|pipeline|experiments?)\b"
    rf"|{_FOREIGN_THESIS}"
    # "Applied gradient boosting to ...", not the field ("Applied Machine Learning", "applied statistics")
    r"|^\W*applied\s+(?-i:[a-z])",
    re.IGNORECASE,
)
# a certificate or certification is never a position, though it prints dates and bullets like one
_CERTIFICATE = re.compile(r"\b(?:certificate|certification|certified)\b", re.IGNORECASE)
# an internship whose certificate is a remark after its title ("Data Scientist Intern - Certificate"): work, not a course
_CERTIFIED_INTERNSHIP = re.compile(
    r"\b(?:intern|internship|trainee|apprentice)\s*[-–—|(,]\s*(?:with\s+)?(?:an?\s+)?(?:certificate|certification)\b", re.IGNORECASE
)
_TITLE_WORDS = re.compile(
    r"\b(engineer|engineering|scientist|developer|analyst|intern|internship|manager|researcher|lead|leader|"
    r"consultant|assistant|student|fellow|director|architect|head|specialist|associate|officer|founder|"
    r"co-founder|designer|candidate|postdoc|postdoctoral|professor|lecturer|teacher|volunteer|mentor|tutor|"
    r"administrator|programmer|coordinator|technician|contractor|freelancer|freelance|owner|president|"
    r"chair|member|trainee|apprentice|cto|ceo|vp|sde|swe|staff|principal|senior|junior|sr|jr)\b",
    re.IGNORECASE,
)
_DEGREE = re.compile(
    r"\b(bachelor|master|b\.?sc|m\.?sc|b\.?s|m\.?s|b\.?a|m\.?a|b\.?eng|m\.?eng|ph\.?d|mba|degree|diploma|gpa|"
    r"major|minor|coursework|courses|(?:post-?|under)?graduate\s+certificate|pg\s?cert)\b",
    re.IGNORECASE,
)
# a label naming a part of the entry above: "Thesis", "Master's thesis:", "Capstone project", "Relevant Coursework"
_PART_LABEL = re.compile(
    r"^(?:(?:master'?s?|bachelor'?s?|senior|final|undergraduate|graduate|doctoral|relevant|selected|related)\s+)?"
    r"(?:thesis|dissertation|capstone(?:\s+project)?|final\s+(?:year\s+)?project|(?:major\s+)?research\s+paper|course\s*work|courses)\s*(?::|[-–—]\s.*)?$",
    re.IGNORECASE,
)
# (or the research paper of a Canadian master's: "Research paper: price elasticity of mobile data demand ...")
_THESIS = re.compile(rf"\b(thesis|dissertation|capstone|project|tfg|tfm|pfe|fyp|research\s+paper)\b|{_FOREIGN_THESIS}", re.IGNORECASE)
# a single date with its day ("February 10, 2026") dates the document (a footer, a letter), not an entry
_FULL_DATE = re.compile(r"(?<!\w)\d{1,2}(?:st|nd|rd|th)?,?\s+(?:\d{4}|['’]\d\d)$|(?<!\w)\d{1,2}(?:st|nd|rd|th)?\s+[A-Za-z]")
_SENTENCE_END = re.compile(r"\.\s+[A-Z]")  # "... until December 2016. Technologies used: ..." is prose
# a line that opens with a preposition or a conjunction continues or starts a sentence; titles and names do not
_CLAUSE_START = re.compile(r"(?i)(?:for|to|with|by|and|or|from|using|including|which|that|while|through|via|then)\s")
_PLACE = re.compile(r"^(?:remote|hybrid|on-?site|[A-Z][\w.'’-]*(?: [A-Z][\w.'’-]*){0,2}, ?[A-Z][\w.'’-]*(?: [A-Z][\w.'’-]*)?)$")
_ORGANIZATION_WORDS = re.compile(
    r"\b(university|college|school|institute|inc|ltd|llc|gmbh|corp|corporation|company|bank|labs?|group|"
    r"consulting|solutions|technologies|systems|partners|studio|agency|foundation|hospital)\b",
    re.IGNORECASE,
)
# the school of a study printed under its degree line: the study goes on ("Jiaying University - Meizhou")
_SCHOOL = re.compile(r"\b(?:university|college|school|institute|academy|universit[äeé]|polytechnic)\b", re.IGNORECASE)
# an organization's name ends with a period without ending a sentence: "Reliance Jio Infocomm Ltd."
# ... or a state's code after the city: "SEQUENT INC., SOMERSET, NJ."
_ABBREVIATED_NAME = re.compile(r"(?i)\b(?:ltd|inc|co|corp|llc|plc|pvt|gmbh|ag|s\.a|b\.v|n\.v|jr|sr|st|dept|univ)\.$|,\s*(?-i:[A-Z]{2})\.$")
_LIST_MARKER = re.compile(r"(?i)^\(?(?:\d{1,2}|[a-h]|[ivx]{1,4})[.)]$")  # "2." numbering an entry
# the labels of a resume builder's fields: "Position: AI Intern", "Duration: 2023.04 - 2024.04"
_FIELD_LABEL = r"(?:position|role|title|job title|company|employer|organi[sz]ation|duration|period|dates?)"
_LEADING_MARKER = re.compile(rf"^(?:\(?\d{{1,2}}[.)]\s+|{_FIELD_LABEL}\s*:\s*)", re.IGNORECASE)
_LABEL_ALONE = re.compile(rf"^{_FIELD_LABEL}$", re.IGNORECASE)
_SPACED_DASH = r"\s+[–—-]\s+"  # a dash between two fields: "Lookwise S.r.l. – Senior Computer Vision Engineer"
_SPLIT = re.compile(rf"\s+\|\s+|{_SPACED_DASH}|\s+at\s+|\s+@\s+|,\s+|\s{{2,}}")


@dataclass
class _Entry:
    header: list[int]
    date: DateSpan
    date_line: int
    body: list[int] = field(default_factory=list)
    extra_titles: list[str] = field(default_factory=list)


def _in_an_aside(text: str, span: DateSpan) -> bool:
    """Whether ``span`` is written inside parentheses."""
    opened = text.rfind("(", 0, span.begin)
    return opened >= 0 and text.find(")", span.begin) >= 0 and text.rfind(")", 0, span.begin) < opened


def _words(text: str) -> int:
    return len(_WORD.findall(text))


def _without(text: str, span: DateSpan) -> str:
    before = _OPEN_START_WORD.sub("", text[: span.begin])  # "since 12/2020 Vortexa Ltd": "since" is the date's
    return (before + " " + text[span.stop :]).strip(_PUNCT)


_LOWER_WORD_FIRST = re.compile(r"[a-z]+\b")  # a sentence going on ("custom weighting to ..."), not "iOS developer"
_OPEN_START_WORD = re.compile(r"(?:^|(?<=\s))(?:since|from)\s*$", re.IGNORECASE)


def _entry_date(text: str, day_first: bool = False) -> DateSpan | None:
    """The date of an entry printed on this line, if the line reads like an entry's header."""
    spans = find_dates(text, day_first=day_first)
    if not spans or len(text) > 160 or _DATA_FIELD.match(text):
        return None
    titles = _titles_with_ranges(text, spans)
    if titles is not None:
        return titles
    if _dated_names_listed(text, spans):
        return None
    # (a range in an aside is a note beside the entry's own: "Zendesk, CA (remote from 2020) Jun 2019 – Feb 2023")
    ranged = sorted((s for s in spans if s.ranged), key=lambda s: _in_an_aside(text, s))
    span = next(iter(ranged), None) or _listed_terms(text, spans) or spans[0]
    if len(ranged) == 1 and _in_an_aside(text, span) and _PROMOTED_IN_ASIDE.search(text, 0, span.begin):
        return None  # "Pricing Data Scientist (Senior from 2022)": a promotion noted beside a title dated on its own line
    if not span.ranged and _EVENT_AFTER_NAME.match(text) and span.begin == text.index("(") + 1:
        return span  # "QJAM (2026 WSU Hackathon) | Real-time ... web app": a project named with the event it was made at
    if not span.ranged and _YEAR_IN_A_NAME.match(text[max(0, span.begin - 2) : span.stop + 3]):
        return None  # "WASSA 2024 Shared Task", "ICML 2023 Workshop": the year is part of an event's name
    before = text[: span.begin].strip(_PUNCT)
    if _DOCUMENT_DATE.match(before):
        return None  # "Last updated: March 2025", "Update: 11 - October- 2024": when the resume was written
    if _LOWER_WORD_FIRST.match(before) and _words(before) >= _SENTENCE_WORDS:
        return None  # "custom weighting to improve ..., and validated results on real-world 2024–2025 Grand Prix data"
    if _LOWER_WORD_FIRST.match(before) and _SINCE.search(before) and _words(before) >= _SINCE_WORDS:
        return None  # "clients, filed by surname since 1961).": a wrapped sentence says how long, it heads no entry
    if (
        _SINCE.search(before)
        and _words(before) >= _SENTENCE_WORDS
        and not _SINCE_FIELD.search(before)
        # "AI Engineer | Acme, Lagos since", "Senior Scientist, Quantitative Pharmacology, Rheinau Pharma AG, since 2020"
        and not ((_FIELD_BAR.search(before) or "," in before) and _title_case(_SINCE.sub("", before)))
    ):
        return None  # "... and been a core contributor since May 2014.": how long, said inside a sentence
    if not span.ranged and _UNTIL.search(before) and len(_LOWER_WORDS.findall(before)) >= _UNTIL_WORDS:
        return None  # "Continued my research till November 2021, finishing with ...": an end said inside a sentence
    if span.ranged and before and _fields(text[span.stop :]):
        text = text[: span.stop]  # "... Canada Jan 2025 – 2026 (coursework completed) | Niagara Falls, ON | GPA: 4.1"
    if _described(text, span, before) or (not before and _named_then_described(text, span)):
        return span
    if _dated_name(text, span) is not None:
        return span
    rest = _NUMBERED.sub("", _without(text, span))  # "8. ML-DL Image Recognition ... - Dec 2023": the number is no word
    if _words(rest) > _HEADER_WORDS and not _bar_fields_then_date(text, span):
        return None
    after = text[span.stop :].strip(_PUNCT)
    # "FlavFinder | 2026 | Java | Jakarta EE | AWS Cognito | Hibernate | MySQL": the date one field of a row, the stack after it
    bar_row = bool(before) and _between_bars(text, span) and _fields(after)
    if before and _words(after) > _DATE_LINE_WORDS and not bar_row and not _organization_then_title(text, span, before, after):
        return None
    if _FISCAL.search(before):
        return None
    if before and (after or _words(before) >= _SENTENCE_WORDS) and _DATA_PERIOD.search(before):
        return None  # "analyzing IPL data from 2008–2025, featuring ...", "... Go games from 2001 -": a sentence's period
    if before and after[:1].islower() and (span.text.isdigit() or (_YEARS.fullmatch(span.text) and _words(before) >= _SENTENCE_WORDS)):
        # "Studied DPDP Act 2023 and ISO standards", "... sales report using real-world 2022–2023 business data.": a
        # year or years inside a sentence that goes on
        return None
    if _CLAUSE_GOES_ON.match(after) and not _another_stint(text, span, spans):
        return None  # "January 2023 to July 2023 and users with 7 sessions or more,": the period a wrapped sentence speaks of
    # a year or month before a name-like line ("2025 Post doctorate researcher, LVMT, ENPC, ...") dates an entry
    # ... and so does one that closes a row of fields ("Job Simulation | Data Analyst | Virtual | Sep’24")
    # ... or a list of tools ("LangGraph, FastAPI, Docker, Python   Aug 2025": a project's stack, its date right)
    closes_row = not after and (bool(_FIELD_SEPARATOR_END.search(text, 0, span.begin)) or _names_list(before.rsplit("|", 1)[-1]))
    # "STATS 485: Capstone Seminar, University of Michigan – Ann Arbor. Winter 2023.": named fields, a full stop, the date
    named_fields = not after.rstrip(".") and before.endswith(".") and _words(before) <= _HEADER_WORDS and _title_case(before)
    # "Price Prediction Model for Airbnb Listings, Data Science in Practice, UC San Diego 06/2023": names between commas;
    # "Ads Optimization and the Multi-Armed Bandit Problem – Reinforcement Learning September 2021": a long title
    named_list = not after and _title_case(before) and not span.text.strip(_PUNCT).isdigit() and not _VERB_FIRST.match(before)
    long_rest = (
        _words(rest) > 8 and (bool(before) or _words(rest) > _HEADER_WORDS) and not (closes_row or named_fields or bar_row or named_list)
    )
    # "May 2024 Multi-Camera Object Trajectory Forecasting.": a date heading a project's title, full stop and all
    titled = not before and rest.endswith(".") and _words(rest) <= _TITLE_AFTER_DATE_WORDS and _title_case(rest)
    # "Teaching Assistant of Information Engineering. 2023": a full stop between fields, the date last
    stop_between = not after and before.endswith(".")
    # "2011 Rayonist, E. Leclerc mall, Montmorillon (86), France.": a date, then short fields between commas (moderncv)
    field_row = not before and _comma_fields(rest)
    sentence = (rest.endswith(".") and not (titled or stop_between or named_fields or field_row)) or _SENTENCE_END.match(text, span.stop)
    if not span.ranged and (sentence or long_rest or _FULL_DATE.search(span.text)):
        return None
    return span


_TITLE_AFTER_DATE_WORDS = 8
_PROMOTED_IN_ASIDE = re.compile(r"\((?:promoted\s+to\s+)?[A-Z][\w-]*(?:\s+[A-Z][\w-]*)?\s+(?:from|since)\s*$")
_VERB_FIRST = re.compile(r"\W*[A-Z][a-z]+ed\b")  # "Secured First Place in ..., 2015": what was done, not a name
_YEARS = re.compile(r"\d{4}\s*[-–—]\s*\d{2,4}")
_DOCUMENT_DATE = re.compile(r"(?i)^(?:last\s+)?(?:updated?|revised)(?:\s+on)?\s*:?\s*(?:\d{1,2}(?:st|nd|rd|th)?)?$")
_SINCE = re.compile(r"\bsince$", re.IGNORECASE)  # the word before an open range that says how long, not when
_UNTIL = re.compile(r"\b(?:till|until|up\s+to)$", re.IGNORECASE)
# ... but "since" opening a field of its own is an open range: "RWE Supply & Trading GmbH, Essen | since 2021"
# ... or after a comma with its capital ("Macmillan Cancer Support, London — Data Scientist, Since January 2022")
_SINCE_FIELD = re.compile(r"(?:(?:[|•·(\[–—]|\s-)\s*(?:since|from)|,\s*(?-i:Since|From))\s*$", re.IGNORECASE)
_UNTIL_WORDS = 3  # lowercase words of a sentence ("my research till"), not a title's ("Analyst at Acme until")
_LOWER_WORDS = re.compile(r"\b(?!(?:at|of|and|in|for|the|with|a|an)\b)[a-z][\w'’-]*")


def _stated_job(lines: Sequence[Line], index: int, day_first: bool) -> DateSpan | None:
    """The range of a job stated in a sentence, on its line or on the line its sentence wraps onto: "Worked as a GET
    for 10 months at ISGEC Heavy Engineering," over "Haryana from 20-07-2015 to 30-05-2016."."""
    text = lines[index].text
    if not _WORKED_AS.match(text):
        above = lines[index - 1].text.rstrip() if index else ""
        if not _WORKED_AS.match(above) or above.endswith("."):
            return None
    span = next((s for s in find_dates(text, day_first=day_first) if s.ranged), None)
    if span is None or not _FROM_END.search(text, 0, span.begin):
        return None
    return span


# "Working as intern with Intellipaat from ...", "Currently working as a data analyst in ...", "I am working at ..."
# (the employer after "with", "at" or "in" is a name: "Worked with survey data from 2010 to 2015" states no job)
_WORKED_AS = re.compile(
    r"^\W*(?i:(?:(?:currently|presently)\s+)?(?:i\s+)?(?:(?:am|was|have\s+been)\s+)?(?:work(?:ed|ing)|serv(?:ed|ing)|employed)\s+)"
    r"(?:(?i:as)\b|(?i:with|at|in|for)\s+(?:the\s+)?[A-Z])"
)
_FROM_END = re.compile(r"\bfrom\s*$", re.IGNORECASE)
_STATED_TITLE = re.compile(
    r"\bas\s+(?:an?\s+)?(?P<title>[\w .&/-]+?)(?:\s+for\s+\d+\s+\w+)?\s+(?:at|with|in)\s+(?P<org>[A-Z][\w .&'’-]*?)\s*(?:,|\bfrom\b|$)"
)


def _stated_title(lines: Sequence[Line], index: int) -> tuple[str, str] | None:
    """Title and organization of a job stated in a sentence ("Worked as a GET for 10 months at ISGEC Heavy
    Engineering ..." over its range), read from the dated line or the line above it."""
    for at in (index, index - 1):
        if at < 0 or not _WORKED_AS.match(lines[at].text):
            continue
        if at < index and _entry_date(lines[index].text) is not None:
            return None  # the dated line is an entry's own header: a bullet above it is the last job's
        found = _STATED_TITLE.search(lines[at].text)
        return (found["title"].strip(), found["org"].strip()) if found else None
    return None


def _ends_a_sentence(lines: Sequence[Line], index: int, span: DateSpan) -> bool:
    """Whether the line goes on with the sentence of the line above, wrapped under it: a year alone after a
    sentence's open last word ("... Nantes Université in" over "2022"), or the rest of a long line of prose
    ("... develop the Annual Talent Planning (ATP) for the Financial" over "Year 2022-23 and 2023-24.")."""
    line = lines[index]
    if index == 0 or line.bullet:
        return False
    if _closes_a_wrapped_sentence(lines, index, span):
        return True
    above = lines[index - 1]
    words = above.text.split()
    if not words or above.text.rstrip()[-1] in ".!?;:" or not right_under(above, line, NEXT_LINE):
        return False
    indent = line.x0 - above.x0
    if not span.ranged and line.text.strip() == span.text.strip() and words[-1] in _OPEN_WORDS and abs(indent) <= SAME_EDGE:
        return True
    # indented under the text of a bullet: a title at the edge of a long line above is no wrap ("Sberbank ... (2024)"
    # over "Data Analyst Intern 06.2025-08.2025")
    return SAME_EDGE < indent <= _WRAP_INDENT and len(words) >= _PROSE_WORDS and len(_LOWER_WORDS.findall(above.text)) >= _PROSE_LOWER


_OPEN_WORDS = frozenset(["in", "of", "from", "since", "during", "the", "to", "until", "by", "between", "and", "for"])


def _closes_a_wrapped_sentence(lines: Sequence[Line], index: int, span: DateSpan) -> bool:
    """Whether a line that is only a range and a full stop ends the sentence a line above left open ("... meeting
    minutes from" over "Jan 2019 to July 2024."), though an entry's date printed at the right edge sits between them."""
    text = lines[index].text.strip()
    if not span.ranged or not text.endswith(".") or text[:-1].strip() != span.text.strip():
        return False
    for above in reversed(lines[max(0, index - 2) : index]):
        dates = find_dates(above.text)
        if dates and above.text.strip() == dates[0].text.strip():
            continue  # the entry's own date, read between the sentence and its end
        words = above.text.split()
        return bool(words) and words[-1].lower() in _OPEN_WORDS
    return False


_WRAP_INDENT = 16.0  # points: a wrapped line starts at the text of the bullet above it, not further right
_PROSE_WORDS = 10
_PROSE_LOWER = 3


def _listed_terms(text: str, spans: Sequence[DateSpan]) -> DateSpan | None:
    """Terms or months listed one after another ("Fall 2018, Spring 2019, Fall 2019"): one span from the earliest
    start to the latest end. Bare years are left alone ("Fall 2023, 2024" may mean two falls)."""
    if len(spans) < 2 or any(span.text.strip().isdigit() for span in spans):
        return None
    if any(_STINT_SEPARATOR.match(text[a.stop : b.begin]) is None for a, b in itertools.pairwise(spans)):
        return None
    ends = [span.end if span.end is not None else span.start for span in spans]
    return DateSpan(
        start=min(span.start for span in spans),
        end=max(ends),
        current=False,
        text=text[spans[0].begin : spans[-1].stop],
        begin=spans[0].begin,
        stop=spans[-1].stop,
        ranged=True,
    )


def _another_stint(text: str, span: DateSpan, spans: Sequence[DateSpan]) -> bool:
    """Whether a second range follows ``span`` after "and" or a comma ("Feb 2012 – May 2012 and June 2011 – July
    2011"): the stints of one entry, not a sentence going on."""
    later = next((s for s in spans if s.begin >= span.stop), None)
    return later is not None and later.ranged and _STINT_SEPARATOR.match(text[span.stop : later.begin]) is not None


_FIELD_BAR = re.compile(r"\s[|•·]\s")


def _bar_fields_then_date(text: str, span: DateSpan) -> bool:
    """Whether the line is a row of short fields between bars closed by its date: "Machine Learning Scientist |
    Training Generative and Reasoning Models for Protein Design | Prescient Design | New York, NY | 2024-Present"."""
    return not text[span.stop :].strip(_PUNCT) and _bar_fields(text[: span.begin])


def _bar_fields(text: str) -> bool:
    """Whether ``text`` is a row of three or more short fields between bars: an entry's header, however many words."""
    fields = [field for field in _bar_parts(text) if field]
    return len(fields) >= 3 and all(_words(field) <= _NAME_WORDS for field in fields)


def _bar_parts(text: str) -> list[str]:
    """The fields of a row split at its bars ("Title | Employer | City"), without their punctuation."""
    return [field.strip(_PUNCT) for field in _FIELD_BAR.split(text)]


def _between_bars(text: str, span: DateSpan) -> bool:
    """Whether the date is a field of its own between bars: "Job Tracker | 2026 | Java"."""
    return text[: span.begin].rstrip().endswith("|") and text[span.stop :].lstrip().startswith("|")


def _comma_fields(text: str) -> bool:
    """Whether the text is a row of at least three short fields between commas, the first a capitalized name."""
    parts = text.strip().rstrip(".").split(",")
    return (
        len(parts) >= _COMMA_FIELDS
        and text.strip()[:1].isupper()
        and not _VERB_FIRST.match(text)
        and all(0 < _words(part) <= _DATE_LINE_WORDS for part in parts)
    )


_COMMA_FIELDS = 3


def _fields(text: str) -> bool:
    """Whether the text after a date is a row of short fields between bars (a place, a grade, a remark)."""
    parts = _FIELD_BAR.split(text)
    return len(parts) > 1 and all(0 < _words(part) <= _DATE_LINE_WORDS for part in parts)


# an honour is no entry: "Bosch Scholarship", "President's Academic Distinction List (Spring 2026) — ..."
_AWARD = re.compile(
    r"(?:scholarships?|awards?|prizes?|medals?|dean[’']?s\s+list|honou?r\s+roll|distinction\s+list)$",
    re.IGNORECASE,
)
_NAME_END = re.compile(r"\s+[|–—-]\s+|\s*\(|,\s")


def _names_an_award(text: str, span: DateSpan | None = None) -> bool:
    """Whether the line (its date ``span`` left out) names an honour: "Dean's List", or a win after the year that
    leads the line ("2024 WSU Game Jam Winner", a list of awards; "Hackathon Winner (2nd Place) ... 2024" is a role)."""
    name = _NAME_END.split(_without(text, span).strip(_PUNCT) if span else text.strip(_PUNCT), maxsplit=1)[0].strip(_PUNCT)
    return bool(_AWARD.search(name) or (span is not None and not text[: span.begin].strip() and _WIN.search(name)))


_WIN = re.compile(r"(?:winners?|runners?[- ]up|finalists?)$", re.IGNORECASE)


def _organization_then_title(text: str, span: DateSpan, before: str, after: str) -> bool:
    """Whether a short name, its range in parentheses and a title make the line ("T-Mobile (May ‘21 – Dec’21), Technology
    Strategy intern: 5G and AI", "Intel Corp. (May ‘20 – Jan’21), Graduate Intern for Network AI")."""
    enclosed = text[: span.begin].rstrip().endswith("(") and text[span.stop :].lstrip().startswith(")")
    name = _NUMBERED.sub("", before)
    name_words = re.findall(r"[^\W\d_][\w'’.&-]*", name)
    return (
        span.ranged
        and enclosed
        and 0 < len(name_words) <= _ORGANIZATION_BEFORE_WORDS
        and all(word[0].isupper() or word.lower() in _SMALL_TITLE_WORDS for word in name_words)
        and not any(mark in name + after for mark in ",;")
        and ":" not in name
        and after[:1].isupper()
        and _words(after) <= _NAME_WORDS
        and len(_LOWER_WORDS.findall(after)) <= 1
        and not after.endswith(".")
    )


_ORGANIZATION_BEFORE_WORDS = 4
_DESCRIPTION_AFTER = re.compile(r"\)?\s*[–—-]\s+\S")


def _described(text: str, span: DateSpan, before: str) -> bool:
    """Whether a name and its range (or its date in parentheses) open a line that goes on to describe the entry
    ("Functional Consultant, Careware Systems (2017–2018) — requirements gathering, ERP gap analysis", "Associate, Fleet
    Payment | Nov 2020 – Jan 2022 - Automated payment reporting ...")."""
    enclosed = text[: span.begin].endswith("(") and text.startswith(")", span.stop)
    if not (span.ranged or enclosed) or not before or _words(before) > _NAME_WORDS or _SENTENCE_END.search(before):
        return False
    if _FISCAL.search(before) or _DATA_PERIOD.search(before):
        return False
    return bool(_DESCRIPTION_AFTER.match(text, span.stop))


def _named_then_described(text: str, span: DateSpan) -> bool:
    """Whether a range opening a line is followed by a name and a colon that starts its description ("2017-19 Member
    and Treasurer at Master Committee: organizing educational events for master students")."""
    if not span.ranged and (span.end is None or span.end - span.start < _A_YEAR_AND_MORE):  # "2017-19" is a range too
        return False
    named = _NAME_BEFORE_COLON.match(text, span.stop)
    return named is not None and _words(named.group(1)) <= _NAME_WORDS and not _SENTENCE_END.search(named.group(1))


def _dated_name(text: str, span: DateSpan) -> str | None:
    """The name a line opens with when its date follows in parentheses and a colon starts its description ("Chest
    X-Ray Detection (2019): Designed and implemented a model ...", a project as one bullet), else None."""
    named = _NAME_DATE_COLON.match(text)
    if named is None or not named.start(2) <= span.begin < span.stop <= named.end(2):
        return None
    name = named.group(1)
    return name if _words(name) <= _NAME_WORDS and not _SENTENCE_END.search(name) else None


_NAME_DATE_COLON = re.compile(r"^\W*([^():]{2,60}?)\s*\(([^()]{2,40})\)\s*:(?:\s+\S|\s*$)")
_A_YEAR_AND_MORE = 12
_NAME_BEFORE_COLON = re.compile(r"\s*([^:]{2,80}?):\s+\S")
_CLAUSE_GOES_ON = re.compile(r"(?:and|or|but|which|that|where|while|when|who)\b")
_TITLE_WITH_RANGE = re.compile(r"^[^()]{2,60}\(\s*$")


def _titles_with_ranges(text: str, spans: Sequence[DateSpan]) -> DateSpan | None:
    """The range of titles held one after another, each with its range in parentheses ("Intern (January 2022 - May
    2022), Data Scientist (May 2022 - Present)"): from the first start to the last end, the employer's range."""
    ranged = [span for span in spans if span.ranged]
    if len(ranged) < 2 or len(ranged) != len(spans):
        return None
    previous = 0
    for span in ranged:
        if not _TITLE_WITH_RANGE.match(text[previous : span.begin].lstrip(" ,;|")) or text[span.stop : span.stop + 1] != ")":
            return None
        previous = span.stop + 1
    if text[previous:].strip(" ,;.|"):
        return None
    combined = _combined(list(ranged))
    return replace(combined, begin=ranged[0].begin, stop=ranged[-1].stop)


_NAME_AND_YEAR = re.compile(r"[A-Z][\w&.'’-]*(?:\s+[\w&.'’-]+){0,3}\s+(?:19|20)\d\d$")


def _dated_names_listed(text: str, spans: Sequence[DateSpan]) -> bool:
    """Whether the line lists names each with its own year ("Reviewed Papers for NAACL 2024, NAACL 2023, Springer
    Nature 2021", "ICML 2023, NeurIPS 2024"): venues or events served, not an entry's date."""
    if len(spans) < 2 or any(span.ranged or not span.text.strip(_PUNCT).isdigit() for span in spans):
        return False
    items = [item.strip(" .") for item in re.split(r"[,;]", text)]
    return sum(1 for item in items if _NAME_AND_YEAR.search(item)) >= 2


def _names_list(text: str) -> bool:
    """Whether ``text`` is a list of three or more names ("FastAPI, Docker, Google Gemini API, Python"): short items
    between commas, nearly every word capitalized or with a capital inside."""
    items = [item.strip() for item in text.split(",")]
    if len(items) < 3 or any(not item or len(item.split()) > 3 for item in items):
        return False
    words = [word for item in items for word in item.split()]
    return sum(1 for word in words if any(c.isupper() or c.isdigit() for c in word)) >= 0.8 * len(words)


def _title_case(text: str) -> bool:
    """Whether every word but the small ones starts with a capital ("Structured QA with Retrieval-Augmented Generation.")."""
    words = [w for w in re.findall(r"[^\W\d_][\w'’-]*", text) if w.lower() not in _SMALL_TITLE_WORDS]
    return len(words) >= 2 and all(w[0].isupper() for w in words)


_SMALL_TITLE_WORDS = frozenset({"a", "an", "and", "as", "at", "by", "for", "from", "in", "of", "on", "or", "the", "to", "with", "via"})


_WRAPPED_WORDS = 6
_WRAPPED_IN_BODY_WORDS = 4
_NUMBERED = re.compile(r"^\s*\(?\d{1,2}[.)]\s+")
# "data from 2008-2025", "tracking data from the 2015-16 season", "a database ... over the period 2015-": the period a
# sentence speaks of
_DATA_PERIOD = re.compile(r"\b(?:from|between|during|of|the|over|period)\s*$")
# "Datasets: Booking data (2013-2017)": a field naming a project's data and the period it covers
_DATA_FIELD = re.compile(r"^(?:data\s*sets?|data(?:\s+sources?)?|corpus|corpora)\s*:", re.IGNORECASE)
_FISCAL = re.compile(r"\b(?:FY|fiscal\s+years?)\s*$", re.IGNORECASE)  # "across 4 territories for FY 2024–25"
_SENTENCE_WORDS = 6
_SINCE_WORDS = 3
_FIELD_SEPARATOR_END = re.compile(r"[|•·\[]\s*$")  # ... or a date in square brackets: "Project X [ Nov 2020 ]"
_YEAR_IN_A_NAME = re.compile(r"\w \d{4} [A-Z]")
_EVENT_AFTER_NAME = re.compile(
    r"[^()]{2,60}?\s\((?:19|20)\d\d\s+(?:[A-Z][\w&'’.-]*\s+){0,4}(?:hackathon|hack|game\s+jam|jam|datathon|competition|challenge|"
    r"olympiad|contest|summit)\)",
    re.IGNORECASE,
)


def _is_date_line(line: Line, span: DateSpan | None) -> bool:
    return span is not None and _words(_without(line.text, span)) <= _DATE_LINE_WORDS


def _row_partner(
    lines: Sequence[Line],
    index: int,
    dates: dict[int, DateSpan],
    kinds: Sequence[str],
    section_of: Sequence[int],
    headed: Mapping[tuple[int, int], float],
    parts: Collection[int] = (),
    heading_lines: Collection[int] = (),
) -> int | None:
    """The line level with date line ``index`` beside it on the same page: the title a date column (on the
    right, or on the left in a table) belongs to. Only lines of activity or education sections qualify, and a
    date in a column with headings of its own (``headed``: page, column -> its first heading's top) stays in that
    column, so a sidebar never takes or gives a date (a column of bare dates beside the titles still gives them,
    and so do dates above a sidebar's first heading: "04/2022 – heute" over "SKILLS" in a left margin); among lines
    equally close, the nearest column and then the upper line win."""
    line = lines[index]
    own = kinds[index]  # a date inside an activity section belongs to a line of that section
    height = line.bottom - line.top
    if line.x1 <= 0 or height <= 0:
        return None
    # a cell holding only the date may sit between the lines of its row; a date with words beside it is on its row
    bare = _words(_without(line.text, dates[index])) == 0 if index in dates else False
    titled = index in dates and not bare  # "May 2019 NLP Lab | Jadavpur University": a short title after the date
    # a date under its own head (a timeline's employer and title over it) pairs with no bullet level with it beside
    under_a_head = bare and _under_its_head(lines, index, dates)
    best: tuple[float, float, float] | None = None
    partner: int | None = None
    middle = line.top + line.bottom
    # the title right above a bare date in its own box and column: a line beside that title is on the title's row
    above = lines[index - 1] if bare and index > 0 else None
    if above is not None and (above.page != line.page or above.block != line.block or above.x0 >= line.x1 or above.x1 <= line.x0):
        above = None
    for other_index in range(max(0, index - 120), min(len(lines), index + 120)):
        other = lines[other_index]
        # the vertical test first: it rules out almost every line of the page
        distance = abs(middle - (other.top + other.bottom)) / 2
        other_height = other.bottom - other.top
        if distance > (0.75 * (height + other_height) if bare else 0.5 * min(height, other_height)):
            continue
        if other_index == index or other.page != line.page or other.x1 <= 0 or other_height <= 0 or other_index in parts:
            continue
        if kinds[other_index] not in _DATED_KINDS or (own in _DATED_KINDS and section_of[other_index] != section_of[index]):
            continue
        if line.column and other.column != line.column and headed.get((line.page, line.column), math.inf) < line.top:
            continue
        if above is not None and abs(above.top + above.bottom - (other.top + other.bottom)) / 2 < distance:
            continue
        if other.x1 <= line.x0 + 2:
            gap = line.x0 - other.x1
        elif other.x0 >= line.x1 - 2:
            gap = other.x0 - line.x1
        else:
            continue
        if (
            (other_index in dates and _is_date_line(other, dates[other_index]))
            or heading_section(other.text)
            or other_index in heading_lines
        ):
            continue  # nor a heading read over two lines ("Working" over "Experience" in a margin column)
        if not _WORD.search(other.text) or (titled and is_place(other.text)):
            continue  # a link's icon beside the title ("[ \ufffd ]"), or the place beside a date leading a short title
        if under_a_head and (
            other.bullet or _words(other.text) > _NAME_WORDS or other.text[:1].islower() or other.text.rstrip().endswith(".")
        ):
            continue
        key = (0 if distance < _LEVEL_SLACK else round(distance), round(gap), other.top)
        if best is None or key < best:
            best, partner = key, other_index
    if bare and partner is not None:
        return _heading_above(lines, index, partner, kinds) or partner
    return partner


# points within which a line's middle is level with a date's: all such lines are equally close (a smaller
# italic organization printed on the title's row is no closer to the date than the title)
_LEVEL_SLACK = 2.0


def _under_its_head(lines: Sequence[Line], index: int, dates: dict[int, DateSpan]) -> bool:
    """Whether date line ``index`` sits right under the short lines of its entry's head in a box of their own, over the
    same stretch of the page (a timeline's head: "Junior Energy Market Analyst / Niroo Boors Iran" over "Sep 2023 -
    Mar 2024"; or a place over its date beside the title): the date is that head's, not the row's of a bullet level
    with it beside."""
    if index == 0:
        return False
    line, above = lines[index], lines[index - 1]
    return (
        above.page == line.page
        and above.block != line.block
        and above.x0 < line.x1
        and line.x0 < above.x1
        and 0 <= line.top - above.bottom <= line.bottom - line.top
        and not (index - 1 in dates and _is_date_line(above, dates[index - 1]))
        and 0 < _words(above.text) <= _NAME_WORDS
    )


def _back_above_its_heading(
    lines: Sequence[Line], sections: Sequence[Section], index: int, kinds: list[str], section_of: list[int]
) -> bool:
    """A date column's line that reading order put after the next section's heading although it sits above that
    heading on the page ("Aug 2016 - Mar 2019" level with the last job, read after "PROJECTS") belongs to the
    section before."""
    number = section_of[index]
    if number <= 0 or sections[number].start == index:
        return False
    line, heading = lines[index], lines[sections[number].start]
    if line.page == heading.page and line.column == heading.column and 0 < line.bottom <= heading.top:
        kinds[index], section_of[index] = sections[number - 1].kind, number - 1
        return True
    return False


def _heading_above(lines: Sequence[Line], index: int, partner: int, kinds: Sequence[str]) -> int | None:
    """A date pushed below a heading too long to leave it room ("Engineer | Institute Of ... - Toulouse, France"
    over "05/2015 - 06/2016") belongs to that heading, not to the indented bullet it now sits beside."""
    line, beside = lines[index], lines[partner]
    if line.x0 < beside.x1:  # only a date in a column on the right is pushed down by a long heading
        return None
    for other_index in range(index - 1, max(-1, index - 4), -1):
        other = lines[other_index]
        if other.page != line.page or kinds[other_index] != kinds[partner]:
            continue
        touching = -1 <= line.top - other.bottom <= (line.bottom - line.top)
        if touching and other.x1 > line.x0 and other.x0 < beside.x0 - 5 and not heading_section(other.text):
            return other_index
    return None


def _split_header(text: str) -> list[str]:
    parts = (_without_full_stop(_balanced(_LEADING_MARKER.sub("", p.strip()).strip(_PUNCT))) for p in _SPLIT.split(text))
    return [
        p
        for p in parts
        if p and not OPEN_END_ALONE.match(p) and not _LIST_MARKER.match(p) and not _LABEL_ALONE.match(p) and _words(p) <= _NAME_WORDS
    ]


def _without_full_stop(part: str) -> str:
    """A name without the full stop that ends a field ("Business Intelligence Intern."), not an abbreviation's."""
    if part.endswith(".") and not _ABBREVIATED_NAME.search(part) and not _INITIAL_END.search(part):
        return part[:-1].rstrip()
    return part


_INITIAL_END = re.compile(r"(?:^|[\s.])\w\.$")  # "S.A.", "Jane Q."


def _balanced(part: str) -> str:
    """A name keeps the parentheses that stripping punctuation took: "Lead (Software)", "(Failed as) Fellow"."""
    if part.count("(") > part.count(")"):
        return part + ")"
    opening = part.find("(")
    if part.count(")") > part.count("(") and (opening < 0 or part.find(")") < opening):
        return "(" + part
    return part


_TITLE_LABEL = re.compile(r"^\s*(?:designation|position(?:\s+title)?|job\s+title|title|role)\s*:\s*(?=\S)", re.IGNORECASE)
_ORGANIZATION_LABEL = re.compile(
    r"^\s*(?:company(?:\s+name)?|employer(?:\s+name)?|organi[sz]ation(?:\s+name)?)\s*:\s*(?=\S)", re.IGNORECASE
)
# neither a title nor an organization: a page's footer printed between an entry's lines ("Page 1 of 2") and the
# length LinkedIn prints under a company's name ("2 yrs", "1 yr 5 mos")
_PAGE_FURNITURE = re.compile(r"(?i)page\s+\d+(?:\s+of\s+\d+)?|\d+\s+(?:yrs?|years?)(?:\s+\d+\s+(?:mos?|months?))?|\d+\s+(?:mos?|months?)")


def _named_over_its_length(lines: Sequence[Line], header: Sequence[int], dates: dict[int, DateSpan]) -> str:
    """The company LinkedIn prints over the length of its roles ("Bumble" / "2 yrs" / "Marketing Analyst" / "Jan 2022 -
    May 2023"); "" when the header opens with no such length."""
    above = header[0] if _PAGE_FURNITURE.fullmatch(lines[header[0]].text.strip()) else header[0] - 1
    if above < 1 or not _PAGE_FURNITURE.fullmatch(lines[above].text.strip()) or lines[above].page != lines[above - 1].page:
        return ""
    name = lines[above - 1]
    if above - 1 in dates or name.bullet or _words(name.text) > _COMPANY_WORDS or name.text.rstrip().endswith((".", ",", ";")):
        return ""
    return name.text.strip()


_COMPANY_WORDS = 5


def _title_and_organization(parts: list[str]) -> tuple[str, str]:
    if not parts:
        return "", ""
    titled = [p for p in parts if _TITLE_WORDS.search(p)]
    if titled:
        title = titled[0]
        others = [p for p in parts if p is not title]
        # a promotion's second title over the employer ("Senior ML Engineer" / "ML Engineer" / "Booking.com")
        named = [p for p in others if not _TITLE_WORDS.search(p)]
        return title, (named or others or [""])[0]
    return parts[0], parts[1] if len(parts) > 1 else ""


def _header_text(lines: Sequence[Line], index: int, dates: dict[int, DateSpan]) -> str:
    text = lines[index].text
    if index not in dates:
        return text
    span = dates[index]
    if span.begin == 0 and _named_then_described(text, span):
        return text[span.stop : text.index(":", span.stop)]  # "2017-19 Member and Treasurer at Master Committee: ..."
    return _dated_name(text, span) or _after_more_stints(_without(text, span))  # "Chest X-Ray Detection (2019): Designed ..."


def _after_more_stints(text: str) -> str:
    """The header without the further ranges of the entry's other stints that open it ("Apr 2024 - Aug 2024, Apr 2025 -
    Aug 2025 ICR, Inc, Aurora" after the first stint's range)."""
    while (found := find_dates(text)) and found[0].ranged and not text[: found[0].begin].strip(_PUNCT + "&"):
        text = text[found[0].stop :].strip(_PUNCT)
    return text


def _narrows(span: DateSpan, year: DateSpan) -> bool:
    """Whether a range printed level with a line names months of the one year that line prints ("Open Source
    Contributor | GirlScript Summer of Code (GSSoC) 2026" beside "May 2026 – July 2026")."""
    return (
        span.ranged
        and not year.ranged
        and year.end is not None
        and span.end is not None
        and year.start <= span.start
        and span.end <= year.end
        and year.start % 12 == 0
        and year.end - year.start == 11
    )


_COHORT = re.compile(r"\(([^()]*\w[^()]*?)\s+(?:19|20)\d\d\)")


def _names_a_cohort(lines: Sequence[Line], index: int, span: DateSpan) -> bool:
    """Whether a line's only date is a year closing a name in parentheses ("(Spark Accelerator batch 2021)")."""
    if span.ranged or index == 0 or lines[index - 1].page != lines[index].page:
        return False
    found = _COHORT.search(lines[index].text)
    return found is not None and found.end() - 5 <= span.begin < found.end()


def _later_title(span: DateSpan, note: DateSpan, text: str) -> bool:
    """Whether the open date on a title line is a later title's start noted in parentheses, inside the range printed
    level with it ("Registered Nurse (Clinical Nurse from 2019)" beside "01/2015 – 06/2023")."""
    return (
        _in_an_aside(text, note)
        and note.current
        and span.ranged
        and span.start < note.start
        and (span.end is None or note.start <= span.end)
    )


def _notes_in_parentheses(lines: Sequence[Line], dates: dict[int, DateSpan], moved: dict[int, tuple[DateSpan, int]]) -> list[int]:
    """The lines whose date is a note in parentheses beside the range of the entry they belong to: a cohort's year
    under a title dated within it ("Avtalsbolaget AI AB (Spark Accelerator batch 2021)"), or a later title's start over
    the employer's range ("Registered Nurse (Clinical Nurse from 2019)" over "01/2015 – 06/2023")."""

    def range_at(index: int) -> DateSpan | None:
        return moved[index][0] if index in moved else dates.get(index)

    notes = []
    for index, span in dates.items():
        above, below = range_at(index - 1), range_at(index + 1)
        cohort = _names_a_cohort(lines, index, span) and above is not None and above.ranged and _within_a_year(above, span)
        # (or the titles held under the employer's range, each with its own range in parentheses: "Data Scientist (Apr 2021
        # onwards) | Demand Planner (2018 – 2021)" under "Sep 2018 – Present")
        # (the range may sit on its own line under the employer's name, read as that line's date)
        employer = above if above is not None else range_at(index - 2)
        titles = (
            employer is not None
            and employer.ranged
            and len(_DATED_ASIDE.findall(lines[index].text)) >= 2  # (one dated aside is a project of its own)
            and _in_an_aside(lines[index].text, span)
            and _falls_inside(employer, span)
        )
        if cohort or titles or (below is not None and _later_title(below, span, lines[index].text)):
            notes.append(index)
    return notes


_DATED_ASIDE = re.compile(r"\([^()]*\b(?:19|20)\d\d\b[^()]*\)")


def _falls_inside(span: DateSpan, part: DateSpan) -> bool:
    """Whether ``part`` falls inside ``span`` (its start within a year of the span's, for a year printed alone)."""
    ends_inside = span.end is None or (part.end is not None and part.end <= span.end + 11)
    return span.start - 11 <= part.start and ends_inside


def _within_a_year(span: DateSpan, year: DateSpan) -> bool:
    return span.start <= year.start + 11 and (span.end is None or span.end >= year.start)


def find_positions(lines: Sequence[Line], sections: Sequence[Section], *, as_of: Month | None = None) -> tuple[Position, ...]:
    """The dated positions of a document's activity sections (and hands-on education entries).

    ``as_of`` (a month number, default the current month) is the end of open ranges ("Present").
    """
    as_of = this_month() if as_of is None else as_of
    dates: dict[int, DateSpan] = {}
    running = _running_lines(lines)
    day_first = writes_day_first(line.text for line in lines)
    for index, line in enumerate(lines):
        if index in running:
            continue
        span = _entry_date(line.text, day_first)
        if span is not None and not _names_an_award(line.text, span) and not _ends_a_sentence(lines, index, span):
            dates[index] = span
        elif span is None and (stated := _stated_job(lines, index, day_first)) is not None:
            dates[index] = stated
    printed: dict[int, DateSpan] = {}  # dates read as part of a date on another line, cut from header text
    continued = (
        _join_wrapped_dates(lines, dates, printed, day_first)
        | _join_dates_in_a_row(lines, dates, printed)
        | _join_labelled_ends(lines, dates, printed, day_first)
    )
    kinds = [HEADER] * len(lines)
    section_of = [-1] * len(lines)
    for number, section in enumerate(sections):
        kinds[section.start : section.end] = [section.kind] * (section.end - section.start)
        section_of[section.start : section.end] = [number] * (section.end - section.start)
    headed: dict[tuple[int, int], float] = {}
    for line in lines:
        if line.column and heading_section(line.text):
            headed[line.page, line.column] = min(headed.get((line.page, line.column), math.inf), line.top)
    heading_lines = {section.start for section in sections if section.heading}
    blocks = _blocks(lines, sections)
    in_table: set[int] = set()
    for _, _, indexes in blocks:
        indexes[:] = _table_rows(lines, indexes, set(dates), in_table)
    # a date alone on its line, level with a line beside it, is that line's date (a date column)
    moved: dict[int, tuple[DateSpan, int]] = {}
    for index, span in list(dates.items()):
        if not _is_date_line(lines[index], span) or index in in_table:
            continue
        went_back = _back_above_its_heading(lines, sections, index, kinds, section_of)
        partner = _row_partner(lines, index, dates, kinds, section_of, headed, continued, heading_lines)
        if partner is not None and _names_an_award(lines[partner].text):
            del dates[index]
        elif partner is not None and (partner not in dates or _narrows(span, dates[partner])):
            moved[partner] = (span, index)
            del dates[index]
            dates.pop(partner, None)
        elif went_back:
            del dates[index]  # a date of the section before that has no line level with it opens no entry here
    for index in _notes_in_parentheses(lines, dates, moved):
        del dates[index]
    consumed = {date_line for _, date_line in moved.values()} | continued
    out: list[Position] = []
    for section_index, kind, indexes in blocks:
        heading = sections[section_index].heading
        if kind == "education" and _COURSES.search(heading) and not _STUDIES.search(heading):
            continue  # "Ph.D. Coursework": courses taken, each dated by its year, are no hands-on work
        for piece in _dated_bullets_inside(lines, indexes, dates, moved):
            printed[piece] = dates.pop(piece)
        projects: dict[int, DateSpan] = {}  # the "Duration" rows of the project tables inside a job, by line
        for row in _project_durations_inside(lines, indexes, dates, moved):
            if row in dates:
                printed[row] = projects[row] = dates.pop(row)
            else:
                span, moved_from = moved.pop(row)
                projects[row] = span
                consumed.add(moved_from)
        listed = [i for i in indexes if i not in consumed and not _column_labels(lines[i].text)]
        rows, in_rows = _labelled_rows(lines, indexes, dates, moved)  # (with the date cells moved beside their rows)
        kept = _side_by_side(lines, [i for i in listed if i not in in_rows], set(dates) | set(moved))
        entries = [*rows, *_entries(lines, kept, dates, moved, kind)]
        if projects:
            _reach_their_projects(entries, kept, projects)
        for entry in entries:
            position = _position(lines, entry, kind, section_index, as_of, {**printed, **dates})
            if position is not None:
                out.extend(_with_its_projects(lines, position, projects, as_of))
                out.extend(_later_stints(lines[entry.date_line].text, entry.date, position, as_of, day_first))
    # (a section's table of jobs and the paragraphs after it may be read as more than one block)
    by_section = [(number, list(positions)) for number, positions in itertools.groupby(out, key=lambda position: position.section)]
    dated_sections = {number for number, _ in by_section}
    return tuple(
        position
        for number, positions in by_section
        for position in _with_their_details(lines, positions, _details_after(sections, number, dated_sections))
    )


_DESCRIBING_KINDS = frozenset({"summary", "skills", "languages", "interests", "contact"})


def _details_after(sections: Sequence[Section], number: int, dated: set[int]) -> range:
    """The lines of the section right after section ``number`` when it is of the same kind and dates nothing: a table
    of jobs under "Career Timeline" may have its paragraphs under a heading of their own ("Experience details"), also
    past a section that only describes the person ("Career summary" rows, then "Profile", then "Experience") or the
    education."""
    following = number + 1
    # (... or past the education between them: "Career Summary" rows, "Education", "Technical Skills", "Career Details")
    while following < len(sections) and (
        (following not in dated and sections[following].kind in _DESCRIBING_KINDS) or sections[following].kind == "education"
    ):
        following += 1
    if following >= len(sections) or following in dated or sections[following].kind != sections[number].kind:
        return range(0)
    return range(sections[following].start, sections[following].end)


def _with_their_details(lines: Sequence[Line], found: list[Position], details: range = range(0)) -> list[Position]:
    """A table of jobs, one row each ("Jul 2022 – Till date | InMobi | Senior ML Engineer"), then a paragraph per job
    headed by its title ("InMobi Technologies – Senior Machine Learning Engineer"): each paragraph is its job's, not
    the entry the reading put it under. ``details``: the lines of an undated section after the table's that may hold
    the paragraphs."""
    if len(found) < 2:
        return found
    after_rows = max(p.first for p in found)
    pool = sorted({i for p in found for i in p.members if i > after_rows} | set(details))
    heads: dict[int, int] = {}  # a heading line after the rows -> the entry it names
    shaped: list[int] = []  # the lines shaped like such a heading ("Employer – Position"), named or not
    named_any = 0
    for index in pool:
        line = lines[index]
        # ... or a paragraph that opens with its job's name run in: "Seplat Energy Plc (Data Scientist): Build and ..."
        run_in = _RUN_IN_LABEL.match(line.text)
        label = run_in.group(1) if run_in else line.text
        sentence = not run_in and line.text.rstrip().endswith(".") and not _ABBREVIATION_END.search(line.text.rstrip())
        if line.bullet or _words(label) > _HEADER_WORDS or sentence or _entry_date(label):
            continue  # (a row's own range, "Nov 2016 – Oct 2017", is no heading)
        named = _entry_named(label, found)
        if named is not None and not named_any and index in found[named].members and index < found[named].first + _TABLE_ROW_LINES:
            continue  # a cell of the named entry's own row, before any heading ("Intern – Business Intelligence")
        if named is not None:
            named_any += 1
            if named not in heads.values():
                heads[index] = named
        if _DASHED_HEAD.search(line.text):
            shaped.append(index)
    if len(shaped) == len(found) and named_any >= 2:
        # as many headings as rows, in the rows' order: each row's paragraph, whatever the table's cells were read as
        heads = {index: number for number, index in enumerate(shaped)}
    if len(heads) < 2:
        return found
    starts = sorted(heads)
    rows = [[i for i in p.members if i < starts[0]] for p in found]
    if any(not row or len(row) > _TABLE_ROW_LINES or any(lines[i].bullet for i in row) for row in rows):
        return found  # entries with lines of their own are no table rows
    out: list[Position] = []
    for number, position in enumerate(found):
        own = list(rows[number])
        for k, head in enumerate(starts):
            if heads[head] == number:
                stop = starts[k + 1] if k + 1 < len(starts) else pool[-1] + 1
                own.extend(i for i in pool if head <= i < stop)
        title = position.title.split(" / ")[0]
        out.append(replace(position, title=title, first=min(own), last=max(own), lines=tuple(sorted(own))))
    return out


_RUN_IN_LABEL = re.compile(r"^([^:.;]{3,80}?):\s+\S")


def _entry_named(text: str, found: Sequence[Position]) -> int | None:
    """The entry whose title is one of the line's parts ("Mu Sigma – Decision Scientist"), or else whose
    organization's name the line opens with; None for a line of one part (a row's own title cell)."""
    parts = {part.strip(" .,").casefold() for part in _DETAIL_PARTS.split(text)} - {""}
    if len(parts) < 2:
        return None
    # (the last entry's title may have taken the headings under it as further titles: "Decision Scientist / ...", or
    # a remark: "Data Analyst (Loss Reduction Unit)")
    titled = [n for n, p in enumerate(found) if p.title.split(" / ")[0].split(" (")[0].casefold() in parts]
    if len(titled) == 1:
        return titled[0]
    opening = text.casefold()
    # (an organization's aside is no part of its name: "Jazz (Mobilink)" heads its paragraph as "Jazz – Internship")
    names = [" ".join(_ASIDE.sub("", p.organization).casefold().split()[:2]) if p.organization else "" for p in found]
    named = [n for n, name in enumerate(names) if name and opening.startswith(name)]
    return named[0] if len(named) == 1 else None


_ASIDE = re.compile(r"\s*\([^()]*\)")


# a company's legal form closing a heading is no sentence's full stop: "Senior Computer Vision Engineer – Lookwise S.r.l."
_ABBREVIATION_END = re.compile(r"(?:\b(?:[A-Za-z]\.){2,}|\b(?:Ltd|Inc|Co|Corp|Pvt|Plc|Bros|Ltda)\.)$")
_DASHED_HEAD = re.compile(rf"\S{_SPACED_DASH}\S")  # "Airtel Networks Limited – Data Analyst, Network Analytics"
_TABLE_ROW_LINES = 5  # a row read cell by cell: its dates, title, organization and place, or the column labels above
_DETAIL_PARTS = re.compile(rf"{_SPACED_DASH}|\s*[|,()]\s*")  # (or a title in parentheses: "Seplat Energy Plc (Data Scientist)")


def _labelled_rows(
    lines: Sequence[Line], indexes: Sequence[int], dates: dict[int, DateSpan], moved: dict[int, tuple[DateSpan, int]]
) -> tuple[list[_Entry], set[int]]:
    """A table whose column labels stand one a line over its rows, read one cell a line ("Period" / "Company" /
    "Title", then "03/2022 – Present" / "Vodafone Egypt" / "Senior Data Scientist"): when the dates are the first
    column, each row is its dates and the cells after them. Returns the rows' entries and every line they take."""
    spans = dict(dates)
    spans.update({source: span for span, source in moved.values()})  # a date cell moved to the cell level with it
    by_column = _rows_of_columns(lines, indexes, spans)
    if by_column is not None:
        return by_column
    for start in range(min(len(indexes), _LABEL_SEARCH)):
        labels = list(itertools.takewhile(lambda i: _label(lines[i]) in _COLUMN_LABELS, indexes[start:]))
        if len(labels) >= 2:
            break
    else:
        return [], set()
    width = len(labels)
    if _label(lines[labels[0]]) not in _DATE_LABELS:
        return _from_and_to_rows(lines, indexes, start, labels, spans)
    entries: list[_Entry] = []
    at = start + width
    while at + width <= len(indexes) and indexes[at] in spans and not any(indexes[at + k] in spans for k in range(1, width)):
        row = list(indexes[at : at + width])
        entries.append(_Entry(header=row[1:], date=spans[row[0]], date_line=row[0], body=row[:1]))  # title, organization
        at += width
    if len(entries) < 2:
        return [], set()
    return entries, {*labels, *indexes[start + width : at], *_with_the_tail(entries, indexes[at:], spans)}


def _from_and_to_rows(
    lines: Sequence[Line], indexes: Sequence[int], start: int, labels: list[int], spans: dict[int, DateSpan]
) -> tuple[list[_Entry], set[int]]:
    """The same table with its start and end in columns of their own after the others ("Employer" / "Designation" /
    "From" / "To", then "Meezan Bank Limited" / "Data Scientist" / "Jan 2022" / "Till Date"): each row's two date cells
    are its range."""
    names = [_label(lines[i]) for i in labels]
    if "from" not in names or names.index("from") + 1 >= len(names) or names[names.index("from") + 1] != "to":
        return [], set()
    width, first = len(labels), names.index("from")
    entries: list[_Entry] = []
    at = start + width
    while at + width <= len(indexes):
        row = list(indexes[at : at + width])
        begin, end = row[first], row[first + 1]
        others = [i for k, i in enumerate(row) if k not in (first, first + 1)]
        if begin not in spans or spans[begin].ranged or any(i in spans for i in others):
            break
        if end in spans and not spans[end].ranged and spans[end].start >= spans[begin].start:
            last, current = spans[end].end, False
        elif OPEN_END_ALONE.match(lines[end].text.strip(_PUNCT)):
            last, current = None, True
        else:
            break
        text = f"{lines[begin].text.strip()} - {lines[end].text.strip()}"
        span = DateSpan(spans[begin].start, last, current, text, 0, len(text), True)
        entries.append(_Entry(header=others, date=span, date_line=begin, body=[end]))
        at += width
    if len(entries) < 2:
        return [], set()
    return entries, {*labels, *indexes[start + width : at], *_with_the_tail(entries, indexes[at:], spans)}


def _with_the_tail(entries: list[_Entry], after: Sequence[int], spans: dict[int, DateSpan]) -> list[int]:
    """The lines after a table up to the next dates, made the last row's lines, as under any entry (the paragraph per
    job that may follow is given to each job by _with_their_details)."""
    tail = list(itertools.takewhile(lambda i: i not in spans, after))
    entries[-1].body.extend(tail)
    return tail


def _label(line: Line) -> str:
    """A line's text as a column label is compared ("Period", "Company")."""
    return line.text.strip().casefold()


def _rows_of_columns(lines: Sequence[Line], indexes: Sequence[int], spans: dict[int, DateSpan]) -> tuple[list[_Entry], set[int]] | None:
    """The same table read column by column: "Period" over its dates, "Company" over as many names, "Role" over as
    many titles. Row r is the r-th line of each column."""

    def label(i: int) -> bool:
        return _label(lines[i]) in _COLUMN_LABELS

    start = next((k for k in range(min(len(indexes), _LABEL_SEARCH)) if label(indexes[k])), None)
    if start is None or _label(lines[indexes[start]]) not in _DATE_LABELS:
        return None
    dated = list(itertools.takewhile(lambda i: i in spans, indexes[start + 1 :]))
    height = len(dated)
    if height < 2:
        return None
    columns = [dated]
    at = start + 1 + height
    while at < len(indexes) and label(indexes[at]) and at + height < len(indexes):
        cells = list(indexes[at + 1 : at + 1 + height])
        if any(i in spans or label(i) for i in cells):
            break
        columns.append(cells)
        at += 1 + height
    if len(columns) < 2:
        return None
    entries = [
        _Entry(header=[column[r] for column in columns[1:]], date=spans[dated[r]], date_line=dated[r], body=[dated[r]])
        for r in range(height)
    ]
    return entries, {*indexes[start:at], *_with_the_tail(entries, indexes[at:], spans)}


_LABEL_SEARCH = 3  # the labels open the section's block (after a heading line or two)
_DATE_LABELS = frozenset({"period", "duration", "dates", "date", "year", "years", "from", "tenure"})


def _column_labels(text: str) -> bool:
    """Whether a line is a table's row of column labels ("Duration | Organisation | Designation"): it names no entry."""
    fields = [field.casefold() for field in _bar_parts(text)]
    return len(fields) >= 2 and all(field in _COLUMN_LABELS for field in fields)


_COLUMN_LABELS = frozenset(
    {
        "duration", "period", "dates", "date", "from", "to", "year", "years", "tenure",
        "organisation", "organization", "company", "employer", "institution", "client",
        "designation", "role", "title", "position", "job title", "location", "place", "city",
    }
)  # fmt: skip


def _later_stints(text: str, span: DateSpan, position: Position, as_of: Month, day_first: bool) -> list[Position]:
    """One entry printed with several ranges ("Sep 2018 - Dec 2018, Jun 2019 - Sep 2019"): a stint per range after
    the first, so the months between them are not counted. Years alone may follow a range when the dates are all the
    field holds ("2018 - 2019, 2021, 2022": three internships; "2025, 2023, 2022": three years of teaching); after a
    range of months or seasons, a year alone repeats those months ("Spring-Summer 2024, 2025": March to August of
    both)."""
    found = find_dates(text, day_first=day_first)
    only_dates = bool(found) and not _STINT_SEPARATOR.sub("", text[found[-1].stop :]).strip(" .")
    # a list of years alone is a year per stint (terms, cells and months listed one after another read as one span)
    years = only_dates and not span.ranged and all(not s.ranged and _YEAR_ALONE.fullmatch(s.text) for s in found)
    spans = [s for s in found if (years and s.begin == span.begin) or s.ranged or (only_dates and s.begin > span.begin)]
    if len(spans) < 2 or spans[0].begin != span.begin:
        return []
    first = spans[0]
    # the end of a first range of months or seasons, which a year alone after it repeats ("Spring-Summer 2024", not "2018 - 2019")
    months_end = first.end if re.search(r"[^\W\d_]", first.text) else None
    stints: list[Position] = []
    for before, after in itertools.pairwise(spans):
        if not _STINT_SEPARATOR.match(text[before.stop : after.begin]) or after.start > as_of:
            break
        if months_end is not None and not after.ranged and _YEAR_ALONE.fullmatch(after.text):
            shift = (after.start // 12 - first.start // 12) * 12
            after = replace(after, start=first.start + shift, end=min(months_end + shift, as_of))
        start, end = format_month(after.start), format_month(_end(after, as_of))
        stints.append(replace(position, start=start, end=end, current=after.current, dates=after.text))
    return stints


def _end(span: DateSpan, as_of: Month) -> Month:
    """The month an entry's range ends: the as-of month for an open end ("Present") or a start alone."""
    return as_of if span.current or span.end is None else span.end


# also "(A – B), (C – D)", and after a remark on the stint before: "Sep 2022 - Dec 2022 (Intern), Jan 2023 - Present"
_STINT_SEPARATOR = re.compile(r"^\s*(?:\([^\W\d_][^()\d]{0,20}\))?\s*\)?\s*(?:[,;&|/]|and|,\s*and)\s*\(?\s*$", re.IGNORECASE)


_DASH = "[-–—−‐‑‒―]"
# the rest of a range wrapped before its separator
_RANGE_GOES_ON = re.compile(rf"(?i)\s*(?:{_DASH}|\bto|\buntil|\btill|\bthrough)\s*(?:\d|{MONTH_WORD}|present\b|current\b|now\b)")
# "~" joins a range in East Asian resumes: "Mar. 2019 ~" over "Feb. 2025"
_DANGLING_SEPARATOR = re.compile(rf"(?i)(?:{_DASH}|~|\bto|\buntil|\btill|\bthrough|\bthru)\s*$")
_TRAILING_MONTH = re.compile(rf"(?i)(?<![\w-]){MONTH_WORD}\s*$")
_LEADING_YEAR = re.compile(r"\s*(?:19|20)\d\d\b")
_YEAR_ALONE = re.compile(r"\s*(?:19|20)\d\d\s*$")
_MONTH_ALONE = re.compile(rf"(?i)^\s*({MONTH_WORD}|spring|summer|fall|autumn|winter)s?\s*$")
_DANGLING_MONTH = re.compile(rf"(?i)(?:{_DASH}|~)\s*{MONTH_WORD},?\s*$")


def _running_lines(lines: Sequence[Line]) -> set[int]:
    """Lines repeated at the same height on several pages: a running header or footer ("December 2026",
    "Jane Roe | Curriculum Vitae"), whose date is the document's, not an entry's."""
    seen: dict[tuple[str, int], list[int]] = {}
    for index, line in enumerate(lines):
        if line.bottom > line.top:
            seen.setdefault((line.text.strip(), round(line.top / 4)), []).append(index)
    margins = _margin_lines(lines)
    out: set[int] = set()
    for indexes in seen.values():
        if len({lines[i].page for i in indexes}) > 1:
            out.update(i for i in indexes if i in margins)
    return out


def _margin_lines(lines: Sequence[Line]) -> set[int]:
    """The lines at the top and the foot of each page: where running text sits. A page that repeats another
    page's body (a translation that keeps the dates, a second copy) repeats it further in."""
    pages: dict[int, list[int]] = defaultdict(list)
    for index, line in enumerate(lines):
        pages[line.page].append(index)
    out: set[int] = set()
    for indexes in pages.values():
        tops = sorted({lines[i].top for i in indexes})
        bottoms = sorted({lines[i].bottom for i in indexes})
        high, low = tops[min(len(tops), _MARGIN_ROWS) - 1], bottoms[-min(len(bottoms), _MARGIN_ROWS)]
        out.update(i for i in indexes if lines[i].top <= high or lines[i].bottom >= low)
    return out


# Rows of text at the top and the foot of a page that may hold a running header or footer.
_MARGIN_ROWS = 3


def _join_wrapped_dates(
    lines: Sequence[Line], dates: dict[int, DateSpan], printed: dict[int, DateSpan], day_first: bool = False
) -> set[int]:
    """Date ranges printed over two lines of a narrow date column: wrapped ("September 2017 -" over
    "February 2021", "January 2016 - August" over "2017"), stacked end over start ("Present" over
    "May 2018", "Aug 2016" over "Oct 2015") or start over end ("2019" over "2022"). The upper line gets the whole
    range; a lower line that held only the rest of the date is returned, to be read as part of that date rather than
    as a date of its own."""
    continued: set[int] = set()
    for index, line in enumerate(lines):
        if index + 1 >= len(lines) or index in continued:
            continue
        below = lines[index + 1]
        height = line.bottom - line.top
        if not right_under(line, below, 3):
            if not _wrapped_beside_other_lines(lines, index, dates, continued, day_first):
                _end_over_start_beside_a_title(lines, index, dates, printed)
            continue
        span = dates.get(index)
        text = line.text.rstrip()
        lower = dates.get(index + 1)
        if span is not None and _start_over_end(lines, index, span, lower, dates):
            # start over end, in one box and perhaps apart (a timeline's bar between): "Jun 2022" over "Present"
            end, current = (None, True) if lower is None else (lower.end, lower.current)
            if lower is not None and _dash_after(lower):
                end, current = lower.start, False  # "Sep 2018" over "Apr 2020—": the range's dash drawn after its end
            dates[index] = DateSpan(span.start, end, current, f"{span.text} - {below.text.strip()}", 0, len(text), True)
            if lower is not None:
                printed[index + 1] = dates.pop(index + 1)
            continued.add(index + 1)
            continue
        # a date column that spaces its lines out keeps a pair in one box ("Dec 2021" over "Jun 2020", 2.3 lines apart)
        same_box = below.block == line.block
        # ... and so does an open end alone over a date alone ("Present" over "2021", a timeline's bar between)
        alone = (span is not None and not _without(text, span)) or bool(OPEN_END_ALONE.match(text.strip(_PUNCT)))
        bare_pair = same_box and alone and lower is not None and not _without(below.text, lower)
        boxed = _BARE_PAIR_REACH if bare_pair else _BOXED_REACH
        if below.top - line.top > (boxed if same_box else 2) * height:
            continue
        year_line = _year_under_a_month(lines, index + 1)
        if year_line is not None:
            # "July 2014 -" over "January" over "2015": a range wrapped twice in a narrow date column
            whole = _wrapped(text, span, replace(below, text=f"{below.text.strip()} {lines[year_line].text.strip()}"), day_first)
            if whole is not None:
                dates[index] = whole
                for part in (index + 1, year_line):
                    dates.pop(part, None)
                    continued.add(part)
                continue
        whole = _wrapped(text, span, below, day_first) if _words(below.text) <= _DATE_LINE_WORDS else None
        if whole is None and span is not None:
            whole = _months_under_years(text, below.text)
        if whole is not None:
            dates[index] = whole
            dates.pop(index + 1, None)
            continued.add(index + 1)
            continue
        year = _LEADING_YEAR.match(below.text)
        if year is not None and _DANGLING_MONTH.search(text):
            # "... - SySAdmin, DBA (March 1995 - April" over "2006) Migrate servers to free software": the year ends
            # the range, the rest of the line is the entry's first line
            whole = _wrapped(text, span, replace(below, text=year.group()), day_first)
            if whole is not None:
                dates[index] = whole
                dates.pop(index + 1, None)
                continue
        reach = (boxed if same_box else 1.5) * height
        if lower is None or lower.ranged or not _starts_with(below.text, lower) or below.top - line.top > reach:
            continue
        stripped = text.strip(_PUNCT)
        if OPEN_END_ALONE.match(stripped):
            dates[index] = DateSpan(lower.start, None, True, f"{stripped} {lower.text}", 0, len(text), True)
        elif span is not None and not span.ranged and not _without(text, span) and span.start >= lower.start:
            if _level_titles(lines, index, dates):
                continue  # "Summer 2015" over "Summer 2014", each level with an entry's title: two dates, no range
            dates[index] = _end_over_start(span, lower, text)
        elif span is not None and same_box and _leads_over_a_bare_date(text, span, below.text, lower):
            first, then = (lower, span) if span.start > lower.start else (span, lower)
            dates[index] = _end_over_start(then, first, text, at=span)
        else:
            continue
        printed[index + 1] = dates.pop(index + 1)
        if not _without(below.text, lower):
            continued.add(index + 1)
    return continued


def _wrapped_beside_other_lines(
    lines: Sequence[Line], index: int, dates: dict[int, DateSpan], continued: set[int], day_first: bool
) -> bool:
    """A range wrapped in a date column whose rest is read after a line of the text column beside it ("02.2022 –",
    then a bullet set a little lower, then "07.2024"): the upper line gets the whole range, the rest is returned in
    ``continued``."""
    line, span = lines[index], dates.get(index)
    if span is None or not span.current or _without(line.text, span):
        return False
    for k in range(index + 2, min(len(lines), index + 2 + _BESIDE_LINES)):
        if not _beside(line, lines[index + 1 : k]):
            return False
        below = lines[k]
        if not right_under(line, below, 3) or _words(below.text) > _DATE_LINE_WORDS:
            continue
        whole = _wrapped(line.text.rstrip(), span, below, day_first)
        if whole is None:
            return False
        dates[index] = whole
        dates.pop(k, None)
        continued.add(k)
        return True
    return False


def _beside(line: Line, others: Sequence[Line]) -> bool:
    """Whether every one of ``others`` is on ``line``'s page in another column, left or right of it."""
    return all(other.page == line.page and (other.x0 >= line.x1 or other.x1 <= line.x0) for other in others)


def _end_over_start_beside_a_title(lines: Sequence[Line], index: int, dates: dict[int, DateSpan], printed: dict[int, DateSpan]) -> None:
    """A margin column of years, the end over the start with the entry's title and place read between them ("2022"
    beside "Graduate Research Assistant", "2020" before the school's name two lines lower): one range. So is a start
    over an open end alone ("April 2025" beside the title's two lines, then "Present")."""
    span, line = dates.get(index), lines[index]
    if span is None or span.ranged or (_without(line.text, span) and not _starts_with(line.text, span)):
        return
    for k in range(index + 2, min(len(lines), index + 2 + _BESIDE_LINES)):
        below, lower = lines[k], dates.get(k)
        between = lines[index + 1 : k]
        if not _beside(line, between):
            return
        if not right_under(line, below, _BARE_PAIR_REACH):
            continue
        if lower is None and not _without(line.text, span) and OPEN_END_ALONE.match(below.text.strip(_PUNCT)):
            dates[index] = DateSpan(span.start, None, True, f"{span.text} - {below.text.strip()}", 0, len(line.text.rstrip()), True)
            return
        if lower is None or lower.ranged or not _starts_with(below.text, lower) or span.start <= lower.start:
            return
        if any(_on_the_row_of(other, below) and not is_place(other.text) for other in between):
            return  # "2020" and "2016", each level with an award of its own: two dates
        if _without(line.text, span) and _without(below.text, lower):
            return  # a date leading its title's line takes only a start alone under it
        dates[index] = _end_over_start(span, lower, line.text.rstrip(), at=span if _without(line.text, span) else None)
        printed[k] = dates.pop(k)
        return


_BESIDE_LINES = 3


def _end_over_start(end: DateSpan, start: DateSpan, text: str, *, at: DateSpan | None = None) -> DateSpan:
    """The range of a date column's end printed over its start ("Dec 2021" over "Jun 2020"), held by the upper line:
    the whole line, or where its date ``at`` is printed when the line goes on with the entry's title ("Jun 2021
    Artificial Intelligence Laboratory | Jadavpur University" over "Apr 2019")."""
    begin, stop = (at.begin, at.stop) if at is not None else (0, len(text))
    printed = f"{start.text} {end.text}" if at is start else f"{end.text} {start.text}"
    return DateSpan(start.start, end.end, end.current, printed, begin, stop, True)


def _leads_over_a_bare_date(text: str, span: DateSpan, below: str, lower: DateSpan) -> bool:
    """Whether a date leading a title's line ("Jun 2021 Artificial Intelligence Laboratory", "October 2023 Fellow,
    Global Partnership ...") and a date alone under it ("Apr 2019", "April 2024") are the two ends of one range: a left
    date column read into the titles beside it."""
    return (
        not span.ranged
        and not lower.ranged
        and bool(_without(text, span).strip(_PUNCT))
        and _starts_with(text, span)
        and not _without(below, lower).strip(_PUNCT)
        and span.start != lower.start
    )


_LEVEL_REACH = 8
# line heights between the two lines of a range stacked in one box of a date column
_BOXED_REACH = 2.5
# ... and between two dates alone, each on its line of the box (R pagedown's years, end over start, 2.5 lines apart)
_BARE_PAIR_REACH = 3.0


def _level_titles(lines: Sequence[Line], index: int, dates: dict[int, DateSpan]) -> bool:
    """Whether date line ``index`` and the one under it each sit level with a title of their own beside them."""

    def partner(k: int) -> int | None:
        line = lines[k]
        for j in range(max(0, k - _LEVEL_REACH), min(len(lines), k + _LEVEL_REACH + 1)):
            other = lines[j]
            if j == k or j in dates or not _on_the_row_of(other, line):
                continue
            if other.x1 <= line.x0 or other.x0 >= line.x1:
                return j
        return None

    upper, lower = partner(index), partner(index + 1)
    if lower is not None and is_place(lines[lower].text):
        return False  # the entry's place under its title ("Mannheim, GER"), level with the start
    # two titles start at one left edge; a bullet beside the lower date is indented under the title ("Dec 2021" over
    # "Jun 2020": end over start, the title level with the end, the first bullet level with the start)
    return upper is not None and lower is not None and upper != lower and abs(lines[upper].x0 - lines[lower].x0) <= _LEVEL


def _start_over_end(lines: Sequence[Line], index: int, span: DateSpan, lower: DateSpan | None, dates: dict[int, DateSpan]) -> bool:
    """Whether the date alone on line ``index`` and the line under it are a range printed start over end: the
    lower line is an open end alone ("Present") or a later date alone, in the same box of text, and no third
    date alone is stacked on the pair (a column of one-line entries' dates: "2018", "2019", "2020")."""
    line, below = lines[index], lines[index + 1]
    if span.ranged or span.current or _without(line.text, span) or below.block != line.block:
        return False
    if lower is None:
        return bool(OPEN_END_ALONE.match(below.text.strip(_PUNCT)))
    if (lower.ranged and not _dash_after(lower)) or lower.start <= span.start or _without(below.text, lower):
        return False

    def alone(k: int) -> bool:
        return k in dates and lines[k].block == line.block and not _without(lines[k].text, dates[k])

    return not alone(index - 1) and not alone(index + 2)


def _dash_after(span: DateSpan) -> bool:
    """Whether an open range is only a date with a dash after it ("Apr 2020—"), no word for the present."""
    return span.current and span.end is None and bool(_DASH_AFTER.fullmatch(span.text))


_DASH_AFTER = re.compile(r"[^-–—]*\d\s*[-–—]")


def _join_labelled_ends(lines: Sequence[Line], dates: dict[int, DateSpan], printed: dict[int, DateSpan], day_first: bool) -> set[int]:
    """A job's start and end in labelled fields one a line, as job boards print them ("Date Joined: Aug 2021" over
    "Date Left: Present", "Start Date: 03/2019" over "End Date: 07/2021"): the start's line gets the whole range; the
    end's line is returned, to be read as part of it."""
    continued: set[int] = set()
    for index, span in list(dates.items()):
        if span.ranged or index + 1 >= len(lines) or _field_label(lines[index].text) not in _START_LABELS:
            continue
        if _field_label(lines[index + 1].text) not in _END_LABELS:
            continue
        value = _field(lines[index + 1].text)[1].strip(_PUNCT)
        ends = find_dates(value, day_first=day_first)
        text = f"{lines[index].text.strip()} {lines[index + 1].text.strip()}"
        if OPEN_END_ALONE.match(value):
            dates[index] = DateSpan(span.start, None, True, text, span.begin, span.stop, True)
        elif len(ends) == 1 and not ends[0].ranged and ends[0].end is not None and ends[0].end >= span.start:
            dates[index] = DateSpan(span.start, ends[0].end, False, text, span.begin, span.stop, True)
        else:
            continue
        if index + 1 in dates:
            printed[index + 1] = dates.pop(index + 1)
        continued.add(index + 1)
    return continued


def _field_label(text: str) -> str | None:
    """The label of a "Label: value" line with its words single-spaced, or None for a line with no colon."""
    return " ".join(_field(text)[0].split()) if ":" in text else None


_START_LABELS = frozenset(
    {"date joined", "date started", "date of joining", "joining date", "start date", "starting date", "joined", "from"}
)
_END_LABELS = frozenset(
    {"date left", "date ended", "date of leaving", "date of relieving", "leaving date", "relieving date", "end date"}
    | {"ending date", "left", "to", "until"}
)


def _join_dates_in_a_row(lines: Sequence[Line], dates: dict[int, DateSpan], printed: dict[int, DateSpan]) -> set[int]:
    """A range whose parts a PDF drew apart on one row ("Jan '23", "-", "Feb '24", in any reading order; "Oct '21", "-",
    "Present"): the left date gets the whole range; the right one and the lone dash are returned, to be read as part of it."""
    continued: set[int] = set()
    for index, line in enumerate(lines):
        span = dates.get(index)
        if span is None or index in continued or not _level_piece(line):
            continue
        for other in range(index + 1, min(len(lines), index + _ROW_REACH + 1)):
            beside, right = lines[other], dates.get(other)
            if other in continued or not _level_piece(beside) or not _on_the_row_of(beside, line):
                continue
            if _LONE_DASH.match(beside.text):
                continued.add(other)  # the dash between two parts of a range (or beside a range already joined)
                continue
            if (
                right is None
                and not span.ranged
                and OPEN_END_ALONE.match(beside.text.strip(_PUNCT))
                and _is_date_line(line, span)
                and 0 <= beside.x0 - line.x1 <= _ROW_GAP * (line.bottom - line.top)
            ):
                # "Oct '21", "-", "Present": a range whose open end was drawn apart
                dates[index] = span = DateSpan(span.start, None, True, f"{span.text} - {beside.text.strip()}", span.begin, span.stop, True)
                continued.add(other)
                continue
            if right is None or span.ranged or right.ranged or not _is_date_line(line, span) or not _is_date_line(beside, right):
                continue
            left_index, right_index = (index, other) if line.x1 <= beside.x0 else (other, index)
            first, last = dates[left_index], dates[right_index]
            if lines[right_index].x0 - lines[left_index].x1 > _ROW_GAP * (line.bottom - line.top) or last.start < first.start:
                continue
            whole = DateSpan(first.start, last.end, last.current, f"{first.text} - {last.text}", first.begin, first.stop, True)
            dates[left_index] = whole
            printed[right_index] = dates.pop(right_index)
            continued.add(right_index)
            span = whole
    return continued


def _level_piece(line: Line) -> bool:
    return line.bottom > line.top and line.x1 > line.x0


_ROW_REACH = 4
_ROW_GAP = 3  # line heights between two parts of one range drawn apart on a row
_LONE_DASH = re.compile(r"^\s*[-–—]\s*$")


def _year_under_a_month(lines: Sequence[Line], index: int) -> int | None:
    """The line right under a month printed alone (line ``index``) that holds only a year, if any."""
    if index + 1 >= len(lines) or not _MONTH_ALONE.match(lines[index].text):
        return None
    month, below = lines[index], lines[index + 1]
    return index + 1 if right_under(month, below, 2) and _LEADING_YEAR.fullmatch(below.text.rstrip()) else None


def right_under(line: Line, below: Line, heights: float) -> bool:
    """Whether ``below`` starts under ``line`` on its page, within ``heights`` of its line height, and overlaps it
    across: the next line of a narrow column ("September 2017 -" over "February 2021")."""
    height = line.bottom - line.top
    return (
        below.page == line.page
        and height > 0
        and 0 < below.top - line.top <= heights * height
        and below.x0 < line.x1
        and below.x1 > line.x0
    )


def _wrapped(text: str, span: DateSpan | None, below: Line, day_first: bool = False) -> DateSpan | None:
    if span is None and _MONTH_ALONE.match(text) and _LEADING_YEAR.match(below.text):
        # a date column too narrow for "Summer 2012": "Summer" over "2012", level with the entry's title
        month_word = _MONTH_ALONE.sub(r"\1", text)
        single = find_dates(f"{month_word} {below.text.strip()}")
        if single and single[0].begin == 0:
            return DateSpan(single[0].start, single[0].end, single[0].current, single[0].text, 0, len(text), single[0].ranged)
    dangling = bool(_DANGLING_MONTH.search(text)) and (span is None or not span.ranged)
    if span is None and _TRAILING_MONTH.search(text) and _LEADING_YEAR.match(below.text):
        dangling = True  # "Oracle (Associate Software Developer) : From August" over "2023"
    if span is not None and span.current:
        dangling = span.stop >= len(text) - 1 and bool(_DANGLING_SEPARATOR.search(span.text))
    if span is not None and not span.ranged and not text[span.stop :].strip(_PUNCT) and _RANGE_GOES_ON.match(below.text):
        dangling = True  # "Teaching Assistant, Har Hath Kalam, Patiala - 2017" over "to 2020."
    if not dangling:
        return None
    joined = [
        s
        for s in find_dates(f"{text} {below.text.strip()}", day_first=day_first)
        if s.ranged and s.begin < len(text) and s.stop > len(text)
    ]
    if not joined:
        return _month_over_its_year(text, span, below)
    whole = joined[0]
    return DateSpan(whole.start, whole.end, whole.current, whole.text, whole.begin, len(text), True)


def _month_over_its_year(text: str, span: DateSpan | None, below: Line) -> DateSpan | None:
    """A single month wrapped before its year: "COVID-19 EDA – Personal Project – Navoi, UZB December" over "2025"."""
    month = _TRAILING_MONTH.search(text)
    if span is not None or month is None or not month.group()[:1].isupper() or not _YEAR_ALONE.match(below.text):
        return None
    single = find_dates(f"{month.group().strip()} {below.text.strip()}")
    if not single or single[0].ranged:
        return None
    return DateSpan(single[0].start, single[0].end, False, single[0].text, month.start(), len(text), False)


def _months_under_years(text: str, below: str) -> DateSpan | None:
    """A range printed as its years over its months ("2021–2023" over "Sep–May")."""
    years, months = _YEARS_ONLY.match(text), _MONTHS_ONLY.match(below)
    if years is None or months is None:
        return None
    joined = find_dates(f"{months[1]} {years[1]} - {months[2]} {years[2]}")
    if not joined or not joined[0].ranged:
        return None
    return DateSpan(joined[0].start, joined[0].end, False, f"{text.strip()} {below.strip()}", 0, len(text), True)


_YEARS_ONLY = re.compile(rf"^\s*((?:19|20)\d\d)\s*{_DASH}\s*((?:19|20)\d\d)\s*$")
_MONTHS_ONLY = re.compile(rf"(?i)^\s*({MONTH_WORD})\s*{_DASH}\s*({MONTH_WORD})\s*$")


def _starts_with(text: str, span: DateSpan) -> bool:
    return not text[: span.begin].strip(_PUNCT)


# Points two cells must overlap vertically to share a table row (a line's leading overlaps the next line's).
_ROW_OVERLAP = 1.0


def _table_rows(lines: Sequence[Line], indexes: list[int], dated: set[int], in_table: set[int]) -> list[int]:
    """The lines in reading order when a section is a table (cells in three or more columns, such as When /
    Role / What, with every date in one column): row by row, the date's cell first, then the other cells
    left to right; a header row above the first dated row is left out. A row is the cells that overlap
    vertically, so a date centred beside a long description belongs to the row of the description's first
    line, which reading order may have put before the date.
    The date lines of a table are added to ``in_table``: their row, not a line level with them, is their entry.
    Other sections keep their order."""
    pages: dict[int, list[int]] = {}
    for i in indexes:
        pages.setdefault(lines[i].page, []).append(i)
    out: list[int] = []
    for members in pages.values():
        order = _table_order(lines, members, dated)
        if order is None:
            out.extend(members)
        else:
            out.extend(order)
            in_table.update(i for i in members if i in dated)
    return out


def _table_order(lines: Sequence[Line], members: list[int], dated: set[int]) -> list[int] | None:
    if len(members) < 6 or any(lines[i].x1 <= lines[i].x0 for i in members):
        return None
    # columns: the lines whose horizontal extents overlap, chained
    spans = sorted(members, key=lambda i: lines[i].x0)
    column_of: dict[int, int] = {}
    reach = -1.0
    column = -1
    for i in spans:
        if lines[i].x0 >= reach:
            column += 1
        reach = max(reach, lines[i].x1) if lines[i].x0 < reach else lines[i].x1
        column_of[i] = column
    date_columns = {column_of[i] for i in members if i in dated}
    if column < 2 or len(date_columns) != 1:
        return None
    date_column = next(iter(date_columns))
    # cells: the lines of one engine box in one column; rows: cells that overlap vertically, chained
    cells: dict[tuple[int, int], list[int]] = {}
    for i in members:
        cells.setdefault((lines[i].block, column_of[i]), []).append(i)
    boxes = sorted(cells.values(), key=lambda cell: min(lines[i].top for i in cell))
    rows: list[list[list[int]]] = []
    bottom = -1.0
    for cell in boxes:
        top = min(lines[i].top for i in cell)
        if rows and top < bottom - _ROW_OVERLAP:
            rows[-1].append(cell)
        else:
            rows.append([cell])
            bottom = -1.0
        bottom = max(bottom, max(lines[i].bottom for i in cell))
    while len(rows) > 1 and len(rows[0]) > 1 and all(i not in dated and _words(lines[i].text) <= 2 for cell in rows[0] for i in cell):
        rows.pop(0)  # the table's own header row ("When | Role | What") is no line of the first entry
    out: list[int] = []
    for row in rows:
        row.sort(key=lambda cell: (column_of[cell[0]] != date_column, column_of[cell[0]]))
        for cell in row:
            out.extend(sorted(cell, key=lambda i: lines[i].top))
    return out


def _side_by_side(lines: Sequence[Line], indexes: list[int], dated: set[int]) -> list[int]:
    """The lines in reading order when a section sets its entries side by side in one column (a grid of
    jobs): per page, the lines left of a gap no line crosses, then those right of it. Each side needs three
    lines and a dated one; otherwise the order is kept."""
    pages: dict[int, list[int]] = {}
    for i in indexes:
        pages.setdefault(lines[i].page, []).append(i)
    out: list[int] = []
    for members in pages.values():
        tops = [lines[i].top for i in members if i in dated]
        if not tops or any(lines[i].x1 <= lines[i].x0 for i in members):
            out.extend(members)
            continue
        split: tuple[list[int], list[int], list[int]] | None = None
        for x in sorted({lines[i].x0 for i in members}):
            crossing = [i for i in members if lines[i].x0 < x - 1 < lines[i].x1]
            if any(lines[i].bottom > min(tops) for i in crossing):  # only an intro line over the grid may cross
                continue
            left = [i for i in members if i not in crossing and lines[i].x1 <= x]
            right = [i for i in members if i not in crossing and lines[i].x1 > x]
            if min(len(left), len(right)) >= 3 and dated & set(left) and dated & set(right):
                split = (crossing, left, right)
                break
        out.extend(members if split is None else split[0] + split[1] + split[2])
    return out


def _margins(lines: Sequence[Line], indexes: list[int]) -> dict[int, float]:
    """The left edge of the text each line sits under: the smallest x0 among the lines of its page that
    reach over its own start (so a bullet under a title is indented, a job beside another is not)."""
    pages: dict[int, list[int]] = {}
    for i in indexes:
        if lines[i].x1 > lines[i].x0:
            pages.setdefault(lines[i].page, []).append(i)
    out: dict[int, float] = {}
    for members in pages.values():
        spans = sorted((lines[j].x0, lines[j].x1) for j in members)
        for i in members:
            x0 = lines[i].x0
            # in left-edge order, the first line reaching over x0 (at the latest, line i itself)
            out[i] = next(left for left, right in spans if x0 < right)
    return out


def _beside_a_line(lines: Sequence[Line], indexes: list[int]) -> set[int]:
    """The lines that sit right of one of the few lines before them in reading order, level with it (a place or a
    note right-aligned on a title line, read after the title's next line): their x is no indent, they belong to
    that line's row."""
    out: set[int] = set()
    for k, i in enumerate(indexes):
        line = lines[i]
        height = line.bottom - line.top
        for before in indexes[max(0, k - _BESIDE_REACH) : k]:
            left = lines[before]
            if height > 0 and left.x1 + 2 <= line.x0 and _on_the_row_of(left, line):
                out.add(i)
                break
    return out


_BESIDE_REACH = 2


def _blocks(lines: Sequence[Line], sections: Sequence[Section]) -> list[tuple[int, str, list[int]]]:
    """(section index, kind, line indexes) of the stretches whose dated entries are positions.

    A heading with a colon that recurs ("Key Projects:" under every job) heads a part of an entry, not a
    section: its lines stay in the stretch above it. A document without any such section (a CV of dated
    lines under a title) is read as one stretch of experience."""
    counts = Counter(s.heading.strip().casefold() for s in sections if s.heading.strip().endswith(":"))
    blocks: list[tuple[int, str, list[int]]] = []
    previous_dated = False
    stretch_of: dict[tuple[str, str], int] = {}  # the block of each dated section's heading
    for index, section in enumerate(sections):
        heading = section.heading.strip()
        if previous_dated and heading.endswith(":") and counts[heading.casefold()] > 1:
            blocks[-1][2].extend(range(section.start, section.end))
            continue
        resumed = stretch_of.get((section.kind, heading))
        if resumed is not None and heading and heading_section(lines[section.start].text) is None:
            # the main column going on after a sidebar read in its middle: its lines are the stretch's it left
            blocks[resumed][2].extend(range(section.start, section.end))
            previous_dated = True
            continue
        previous_dated = section.kind in _DATED_KINDS
        if previous_dated:
            first = section.start
            before: list[int] = []
            three_lines = (
                first + 2 < section.end
                and heading_over_three_lines(lines[first].text, lines[first + 1].text, lines[first + 2].text) is not None
            )
            two_lines = (
                not three_lines and first + 1 < section.end and heading_over_two_lines(lines[first].text, lines[first + 1].text) is not None
            )
            if first < section.end and (two_lines or three_lines or heading_section(lines[first].text) is not None):
                title_line = lines[first]
                if two_lines or three_lines or not _heads_its_entry(lines, first, section.end):
                    first += 3 if three_lines else 2 if two_lines else 1
                # a heading in a margin column, level with the first entry that reading order put above it
                earlier = section.start - 1
                while (
                    earlier >= 0
                    and title_line.x1 > 0
                    and lines[earlier].page == title_line.page
                    and _beside_or_below(lines[earlier], title_line)
                    and lines[earlier].x0 >= title_line.x1 - 2
                    and heading_section(lines[earlier].text) is None
                    and (not blocks or earlier not in blocks[-1][2] or _level_at_the_end(lines, blocks[-1][2], earlier, title_line))
                ):
                    if blocks and earlier in blocks[-1][2]:
                        blocks[-1][2].remove(earlier)  # the entry level with the heading, read before it, is the heading's
                    before.insert(0, earlier)
                    earlier -= 1
            stretch_of[(section.kind, heading)] = len(blocks)
            blocks.append((index, section.kind, [*before, *range(first, section.end)]))
    if not blocks or not any(kind == "experience" for _, kind, _ in blocks):
        # jobs listed under the name before any heading, in a CV whose sections start with Education or Skills
        header = [
            (i, "experience", list(range(_first_entry_top(lines, s), s.end)))
            for i, s in enumerate(sections)
            if s.kind == HEADER and (not blocks or _ranged_lines(lines, s) >= _HEADER_JOBS)
        ]
        blocks = header + blocks
    return blocks


_HEADER_JOBS = 2


def _first_entry_top(lines: Sequence[Line], section: Section) -> int:
    """Where the first job of a header read as experience begins: the lines right above its first dated line, up to a
    gap taller than two lines; the name, contacts and profile above that gap belong to no job."""
    dated = next((i for i in range(section.start, section.end) if any(s.ranged for s in find_dates(lines[i].text))), None)
    if dated is None:
        return section.start
    top = dated
    while top > section.start:
        above, line = lines[top - 1], lines[top]
        height = above.bottom - above.top
        if height <= 0:
            return section.start  # no geometry to tell the profile from the job: the whole header, as before
        if above.page != line.page or line.top - above.bottom > _PARAGRAPH_GAP * height:
            return top
        top -= 1
    return top


_PARAGRAPH_GAP = 2


def _heads_its_entry(lines: Sequence[Line], index: int, end: int) -> bool:
    """Whether a heading with a note after a bar is also the header of the entry right under it ("INTERNSHIPS |
    RESEARCH INTERN" over "Feb 2012 – May 2012 ..."): the next line, at the same left edge, opens with a range."""
    if " | " not in lines[index].text or index + 1 >= end:
        return False
    below = lines[index + 1]
    ranges = [span for span in find_dates(below.text) if span.ranged]
    return bool(ranges) and _starts_with(below.text, ranges[0]) and abs(below.x0 - lines[index].x0) <= SAME_EDGE


SAME_EDGE = 2.0  # points: two lines that start at one left edge (the items of one list, a heading and its entry)


def _level_at_the_end(lines: Sequence[Line], members: list[int], index: int, heading: Line) -> bool:
    """Whether line ``index`` ends the stretch before a heading and sits level with that heading (one point higher
    than "INTERNSHIPS &" in the margin, the first internship's title line closed the Education above)."""
    return bool(members) and members[-1] == index and abs(lines[index].top - heading.top) <= _LEVEL_SLACK


def _beside_or_below(line: Line, heading: Line) -> bool:
    """Whether a line reaches below the heading's top and starts no higher than half the heading's height above it
    (a date printed just above a heading, touching it by a point or two, ends the entry above)."""
    return line.bottom > heading.top + 1 and line.top > heading.top - 0.5 * (heading.bottom - heading.top)


def _ranged_lines(lines: Sequence[Line], section: Section) -> int:
    return sum(1 for line in lines[section.start : section.end] if any(span.ranged for span in find_dates(line.text)))


def _entries(
    lines: Sequence[Line],
    indexes: list[int],
    dates: dict[int, DateSpan],
    moved: dict[int, tuple[DateSpan, int]],
    kind: str,
) -> list[_Entry]:
    def date_at(i: int) -> tuple[DateSpan, int] | None:
        if i in dates:
            return dates[i], i
        return moved.get(i)

    margin = _margins(lines, indexes)
    beside = _beside_a_line(lines, indexes)
    first_dated = next((i for i in indexes if date_at(i) is not None), None)

    def is_header(i: int) -> bool:
        line = lines[i]
        if date_at(i) is not None:
            return True
        indented = line.x0 - margin.get(i, line.x0) > _INDENT
        if (
            indented
            and not (i in beside and _words(line.text) <= _NAME_WORDS)
            and not under_a_bulleted_name(i)
            and not centered_over_its_date(i)
            and not flush_right_over_its_date(i)
        ):
            return False
        text = line.text.strip()
        words = _words(text)
        if line.bullet and words > _NAME_WORDS:  # a bullet point, not a title or an organization
            return False
        if words > 3 and _CLAUSE_START.match(text):  # "For daily data updates, created ...": a sentence, not a name
            return False
        if tools_field(text):  # "Skills: PyTorch, SciPy" closing a project is a line of it
            return False
        if _PART_LABEL.match(text):  # "Thesis" over the thesis title: a part of the degree above, not an entry
            return False
        if text.endswith(":") and first_dated is not None and first_dated < i:
            return False  # "Methodology & Scope:", "Result:" under a dated project: a part of that entry, not another
        if words >= _WRAPPED_WORDS and wraps_on(i):  # prose that wraps: "... we can proceed to clean the dataset. After"
            return False
        if words >= _CLAUSE_WORDS and (";" in text or not _TITLE_WORDS.search(text)) and over_a_whole_header(i):
            return False  # "Coach 4 junior consultants; run the guild" over "Client: Vesta — claims assistant Jun 2025 – present"
        ends_sentence = text.endswith((".", ";")) and not _ABBREVIATED_NAME.search(text) and not _LIST_MARKER.match(text)
        shouted = text.isupper() and words <= _NAME_WORDS  # "L&T - DEFENCE AND AEROSPACE, POWAI-MUMBAI.": a name
        return bool(text) and (words <= _HEADER_WORDS or _bar_fields(text)) and (not ends_sentence or shouted)

    following = dict(itertools.pairwise(indexes))
    preceding = {after: before for before, after in following.items()}

    def over_a_whole_header(i: int) -> bool:
        """Whether line ``i`` is over a dated line that names the entry whole: a title and an organization beside its
        range ("Data & Analytics Consultant — Accenture, Utrecht Sep 2020 – Mar 2023"), so ``i`` ends the entry above."""
        below = following.get(i)
        found = None if below is None else date_at(below)
        if found is None or found[1] != below:
            return False
        named = _without(lines[below].text, found[0])
        return len(_split_header(named)) >= 2 and _TITLE_WORDS.search(named) is not None

    def under_a_bulleted_name(i: int) -> bool:
        """Whether line ``i`` is a name set at the text edge of a bulleted name above it: "• Netcompany" over
        "Consultant" (the bullet's glyph, not its text, is at the margin)."""
        before = preceding.get(i)
        if before is None or not lines[before].bullet:
            return False
        above, text = lines[before].text.strip(), lines[i].text.strip()
        names = all(_words(t) <= _NAME_WORDS and not t.endswith((".", ";", ":")) for t in (above, text))
        return names and text[:1].isupper() and 0 < lines[i].x0 - lines[before].x0 <= _WRAP_INDENT

    def wraps_on(i: int) -> bool:
        """Whether line ``i`` is wrapped prose: the next line carries its sentence on in lower case."""
        after = following.get(i)
        if after is None or lines[after].bullet or date_at(after) is not None or lines[i].text.rstrip().endswith((":", ";", "|")):
            return False
        line, below = lines[i], lines[after]
        if line.bullet and below.page == line.page and 0 < below.x0 - line.x0 <= _WRAP_INDENT:
            return True  # a bullet's sentence wrapped under its hanging indent: "• Engineered ... de-identified" over "OneSchool records."
        return below.text.lstrip()[:1].islower()

    def centered_over_its_date(i: int) -> bool:
        """Whether line ``i`` is a title centered over the line of its date, both centered over the entry's body (a
        Canva column: "IT Specialist - Bereket Döner" over "APRIL 2025 - CURRENTLY")."""
        below = following.get(i)
        line = lines[i]
        if below is None or line.bullet or not over_its_date(i) or line.x1 == line.x0:
            return False
        under = lines[below]
        return abs((line.x0 + line.x1) - (under.x0 + under.x1)) / 2 <= _CENTERED

    def flush_right_over_its_date(i: int) -> bool:
        """Whether line ``i`` is one of a head's short lines set flush right over the entry's date, all ending at one
        edge (a timeline: "AramDejDeylam |" over "PV Layout" over "Sep 2022 – Jul 2023", right-aligned)."""
        k = i
        while k in following and _words(lines[k].text) <= _NAME_WORDS and not lines[k].bullet:
            below = following[k]
            if abs(lines[below].x1 - lines[i].x1) > _LEVEL_EDGE:
                return False
            if date_at(below) is not None:
                return True
            k = below
        return False

    def over_its_date(i: int) -> bool:
        """Whether line ``i`` is over a line that holds only a date: the title of the entry that date opens."""
        below = following.get(i)
        found = None if below is None else date_at(below)
        return found is not None and found[1] == below and not _without(lines[below].text, found[0]).strip(_PUNCT)

    list_wraps = _list_wraps(lines, indexes, dates)
    runs: list[tuple[list[int], bool]] = []
    listed_at: float | None = None  # the left edge of a list a label ending in ":" opened in a body
    for i in indexes:
        header = is_header(i)
        if header and i in beside and runs and not runs[-1][1] and date_at(i) is None:
            header = False  # a link label ("Github") beside a line of the entry's body is body too
        if header and date_at(i) is None and runs and not runs[-1][1]:
            # "Roles & Responsibilities:" over short lines with no full stop ("Integrated PostgreSQL database"):
            # the items of the list the label opens, not the titles of another entry
            if lines[runs[-1][0][-1]].text.rstrip().endswith(":") and listed_at is None:
                listed_at = lines[i].x0
            if listed_at is not None and abs(lines[i].x0 - listed_at) <= SAME_EDGE and not over_its_date(i):
                header = False
        if header or date_at(i) is not None:
            listed_at = None
        if header and runs and not runs[-1][1] and date_at(i) is None:
            # prose of the body: a line going on with its sentence, or a short one wrapping into the next
            text = lines[i].text
            if (
                _carries_on(lines[runs[-1][0][-1]].text, text)
                or (_words(text) >= _WRAPPED_IN_BODY_WORDS and wraps_on(i))
                or i in list_wraps
            ):
                header = False
        if runs and runs[-1][1] == header:
            runs[-1][0].append(i)
        else:
            runs.append(([i], header))
    headers = [run for run, header in runs if header]
    if headers and all(date_at(i) is None for i in headers[0]):
        trailing = [run for run in headers[1:] if run[0] in dates and _starts_with_date(lines[run[0]].text, dates[run[0]])]
        if trailing:
            return _trailing_entries(lines, runs, dates)
    entries: list[_Entry] = []
    current: _Entry | None = None
    offset: int | None = None
    for number, (run, header) in enumerate(runs):
        if not header:
            if current is not None:
                current.body.extend(run)
            continue
        dated = [k for k, i in enumerate(run) if date_at(i) is not None]
        if (
            current is not None
            and kind == "education"
            and dated
            and all(_work_range_under_its_label(lines, run[k], date_at(run[k]), current.date) for k in dated)
        ):
            current.body.extend(run)  # "Undergraduate thesis — Who goes hungry?" over "Aug 2025 – May 2026": the thesis's months
            continue
        if (
            current is not None
            and dated
            and all(run[k] in dates and _part_of(lines[run[k]].text, date_at(run[k]), current.date) for k in dated)
            and not _same_row_form(lines[current.header[0]], lines[run[dated[0]]], dates.get(run[dated[0]]))
            and not _titled_like(lines, current, run, dated[0], date_at)
        ):
            # "Course X (Spring 2017)" under a teaching job is a line of that job; a date in its own column is
            # an entry's
            current.body.extend(run)
            continue
        if not dated:
            school = kind == "education" and _SCHOOL.search(lines[run[0]].text) and not _DEGREE.search(lines[run[0]].text)
            # the entry's place on a line of its own at the title's edge ("Mannheim, GER"), its bullets below
            place = len(run) == 1 and is_place(lines[run[0]].text)
            if current is not None and _another_employer(lines[run[0]].text, lines[current.header[0]].text):
                current = None  # "Registrar at Colorado Height University" under "Analyst Intern at LÍLLÉbaby LLC (2018 -Present)"
            elif current is not None and (kind in _CONTINUING_KINDS or school or place):
                current.body.extend(run)
                title = _title_and_organization(_split_header(lines[run[0]].text))[0]
                if title and not is_place(lines[run[0]].text) and _TITLE_WORDS.search(title) and _words(lines[run[0]].text) <= 6:
                    current.extra_titles.append(title)
            else:
                current = None
            continue
        followed = number + 1 < len(runs) and not runs[number + 1][1]
        # titles held one after the other share their lines; degrees one after the other are entries of their own
        touching = functools.partial(_touch_at, date_at, run, lines) if kind != "education" else _never
        groups = _date_groups(dated, len(run), followed, touching)
        groups = _nest_single_dates(groups, run, dates, date_at, lines)
        if offset is None:
            offset = dated[0]
        begin = 0
        for n, group in enumerate(groups):
            k = group[0]
            start = max(begin, k - offset) if n else max(0, k - offset)
            start = _level_title_above(lines, run, begin, start, k)
            if n == 0 and start > 0 and current is not None:
                current.body.extend(run[:start])
            stop = max(groups[n + 1][0] - offset, group[-1] + 1) if n + 1 < len(groups) else len(run)
            stop = min(stop, len(run))
            dated_lines = [(run[j], found) for j in group if (found := date_at(run[j])) is not None]
            # a piece of work named with its own range inside the entry's range is a line of it, not its date
            spans = [dated_lines[0][1]] + [
                found for i, found in dated_lines[1:] if not (found[0].ranged and _part_of(lines[i].text, found, dated_lines[0][1][0]))
            ]
            current = _Entry(header=run[start:stop], date=_combined([d for d, _ in spans]), date_line=spans[0][1])
            entries.append(current)
            begin = stop
    return entries


_AT_EMPLOYER = re.compile(r"^\W*[A-Z][^,|:]{1,60}?\s(?:at|@)\s+([A-Z][\w&'’.-]*)")


def _another_employer(line: str, header: str) -> bool:
    """Whether an undated line names another employer than the entry's header (a job of its own with no dates), not
    a second title held at the same place: "Title at Employer" under another employer's "Title at Employer", or a
    row of fields between bars none of which after the title is one of the header's."""
    here, there = _AT_EMPLOYER.match(line), _AT_EMPLOYER.match(header)
    if here is not None and there is not None:
        return here.group(1).casefold() != there.group(1).casefold()
    # "Research Assistant | Baker Lab, University of Washington | Seattle, WA" under "Machine Learning Scientist |
    # ... | Prescient Design | New York, NY | 2024-Present": no field after the title is the header's
    fields = [field.casefold() for field in _bar_parts(line)]
    others = {field.casefold() for field in _bar_parts(header)}
    return len(fields) >= 3 and len(others) >= 3 and not any(field and field in others for field in fields[1:])


def _level_title_above(lines: Sequence[Line], run: list[int], begin: int, start: int, dated: int) -> int:
    """Where an entry's header starts in ``run``: at ``start`` (the form of the first entry), or earlier at a line
    printed level with the entry's date line, its title, that wrapped onto a line the form did not expect
    ("Medha — Distributed Microservices Platform" with the date beside it, "(Scale Proof)" under it)."""
    date_line = lines[run[dated]]
    for j in range(begin, start):
        other = lines[run[j]]
        if _on_the_row_of(other, date_line) and other.x1 <= date_line.x0:
            return j
    return start


def _on_the_row_of(other: Line, line: Line) -> bool:
    """Whether ``other`` is printed on ``line``'s row: the same page, its top within half ``line``'s height."""
    return other.page == line.page and abs(other.top - line.top) <= (line.bottom - line.top) / 2


_LOWER_WORD = re.compile(r"^[a-z][a-z-]*\b")


def _carries_on(before: str, text: str) -> bool:
    """Whether ``text`` goes on with the sentence of the body line ``before``: it starts with a word in lower case
    ("price-normalization features; achieved") and the line before it is prose that did not end its sentence."""
    ended = before.rstrip().endswith((".", ";", ":", "!", "?"))
    return bool(_LOWER_WORD.match(text.lstrip())) and _words(before) >= _SENTENCE_WORDS and not ended


def tools_field(text: str) -> bool:
    """Whether ``text`` is a labelled list of what an entry used: "Skills: PyTorch, SciPy", "Tech stack: ..."."""
    label, colon, rest = text.partition(":")
    return bool(colon and rest.strip() and heading_section(label) == "skills")


def _same_row_form(header: Line, line: Line, span: DateSpan | None) -> bool:
    """Whether ``line`` is an entry header printed like ``header``: the same left edge, its date closing a row
    of fields ("Deloitte Job Simulation | Data Analyst | Aug’24" under "Accenture ... | Aug'24- Sep'24") or in square
    brackets ("Global Warming Prediction [ Nov 2020 ]" under "Spotify Recommendation System [ Nov 2020 – Dec 2020 ]")."""
    if span is None or header.x1 <= header.x0 or abs(line.x0 - header.x0) > _LEVEL:
        return False
    return not line.text[span.stop :].strip(" ]") and bool(_FIELD_SEPARATOR_END.search(line.text, 0, span.begin))


_LEVEL = 2.0


def _titled_like(
    lines: Sequence[Line], current: _Entry, run: list[int], k: int, date_at: Callable[[int], tuple[DateSpan, int] | None]
) -> bool:
    """Whether the date at ``run[k]`` opens an entry printed like ``current``: a title over a line that holds only its
    date, at the edge of the current entry's own date line ("Data Science Intern, Zalando SE" over "Summer 2025" under
    "PhD Candidate, ..." over "Oct 2022 – present"), so a single date inside the range is another entry's."""
    if k == 0 or current.date_line == current.header[0]:
        return False
    here, there = date_at(run[k]), date_at(current.date_line)
    if here is None or there is None or here[1] != run[k] or there[1] != current.date_line:
        return False
    alone = all(not _without(lines[i].text, found).strip(_PUNCT) for i, found in ((run[k], here[0]), (current.date_line, there[0])))
    return alone and abs(lines[run[k]].x0 - lines[current.date_line].x0) <= _LEVEL


def _nest_single_dates(
    groups: list[list[int]],
    run: list[int],
    dates: dict[int, DateSpan],
    date_at: Callable[[int], tuple[DateSpan, int] | None],
    lines: Sequence[Line],
) -> list[list[int]]:
    """A group of lines that print a single date inside the range of the group before it in the same header
    run ("September 2018, Best IoT Software award" under a 2018-2020 job) is a line of that entry."""
    out: list[list[int]] = []
    for group in groups:
        if out:
            spans = [found for found in map(date_at, (run[j] for j in out[-1])) if found is not None]
            outer = _combined([d for d, _ in spans]) if spans else None
            if outer is not None and all(run[j] in dates and _part_of(lines[run[j]].text, date_at(run[j]), outer) for j in group):
                out[-1] = out[-1] + group
                continue
        out.append(group)
    return out


def _date_groups(dated: list[int], size: int, followed_by_body: bool, touching: Callable[[int, int], bool]) -> list[list[int]]:
    """Dated lines of a header run, adjacent ones grouped when lines follow them: titles held one after the
    other at one employer ("Principal DS - Aug 2024 to present" over "Senior DS - Jul 2021 to Aug 2024", ranges
    that meet or nest) share the lines under them. Adjacent dated lines with nothing under them are entries of their own (a table)."""
    groups: list[list[int]] = []
    for k in dated:
        if groups and k == groups[-1][-1] + 1 and touching(groups[-1][-1], k):
            groups[-1].append(k)
        else:
            groups.append([k])
    out: list[list[int]] = []
    for group in groups:
        if len(group) > 1 and not (group[-1] + 1 < size or followed_by_body):
            out.extend([k] for k in group)
        else:
            out.append(group)
    return out


def _never(a: int, b: int) -> bool:
    """No two dated lines touch (degrees, each an entry of its own)."""
    return False


def _touch_at(date_at: Callable[[int], tuple[DateSpan, int] | None], run: list[int], lines: Sequence[Line], a: int, b: int) -> bool:
    """Whether the dated lines ``a`` and ``b`` of a run hold titles at one employer: their ranges meet and no heading
    was printed between them (a job level with a margin heading, read before it, is no title of the next entry)."""
    between = range(run[a] + 1, run[b])
    upper, lower = date_at(run[a]), date_at(run[b])
    return (
        _touch(upper, lower)
        and not any(heading_section(lines[i].text) for i in between)
        and not _other_organizations(lines, run[a], upper, run[b], lower)
        # rows of a table of jobs, each its own ("Feb 2023 – Present | Hollard Insurance | Machine Learning Engineer"
        # over "Jan 2021 – Jan 2023 | Hollard Insurance | Junior Data Scientist")
        and not (_bar_fields(lines[run[a]].text) and _bar_fields(lines[run[b]].text))
    )


def _other_organizations(
    lines: Sequence[Line], a: int, at_a: tuple[DateSpan, int] | None, b: int, at_b: tuple[DateSpan, int] | None
) -> bool:
    """Whether two dated lines each name a title and an organization, and no name in common ("Co-Organizer, TASP
    Summit  May 2026 - Present" over "Student Liaison, CNTR  May 2026 - Present"): roles of their own, not titles
    held one after the other at one employer ("Senior Engineer, Module Lead, Client: Verizon" over "Engineer, Client:
    Verizon")."""
    names: list[set[str]] = []
    for index, found in ((a, at_a), (b, at_b)):
        if found is None:
            return False
        text = lines[index].text
        if found[1] == index:
            rest = text[found[0].stop :]
            if rest.strip(" )]|") and not rest.lstrip().startswith("|"):
                # "DevOps Consultant – DTCC (Aug 2025 – Dec 2025): Modernized ...": a line of a job (not a table row
                # "Jul 2022 – Till date | InMobi Technologies | Senior Machine Learning Engineer")
                return False
            text = _without(text, found[0])
        parts = [p for p in _split_header(text) if not is_place(p)]
        if len(parts) < 2:
            return False
        title = _title_and_organization(parts)[0]
        others = {p.casefold() for p in parts if p is not title and not _TITLE_WORDS.search(p)}
        if not others:
            return False
        names.append(others)
    return not names[0] & names[1]


def _touch(a: tuple[DateSpan, int] | None, b: tuple[DateSpan, int] | None) -> bool:
    """Whether two dated lines' ranges meet (one starts within a few months of the other's end: "Research Intern
    February 2021 - July 2021" under "PhD candidate September 2021 - Present" at one lab) or overlap."""
    if a is None or b is None or not (a[0].ranged and b[0].ranged):
        return False  # single dates ("2019 Internship ..." over "2018 Visiting student ...") are entries of their own
    first, second = a[0], b[0]
    first_end = _FAR if first.end is None else first.end
    second_end = _FAR if second.end is None else second.end
    return first.start <= second_end + _MEETING_GAP and second.start <= first_end + _MEETING_GAP


_MEETING_GAP = 3  # months from one title's end to the next one's start (a summer between an internship and a doctorate)


def _combined(spans: list[DateSpan]) -> DateSpan:
    if len(spans) == 1:
        return spans[0]
    inner = _innermost(spans)
    if inner is not None:
        return inner  # an employer's range over a title's own range: the title's (its other titles follow as their own)
    current = any(s.current for s in spans)
    ends = [s.end for s in spans if s.end is not None]
    return DateSpan(
        start=min(s.start for s in spans),
        end=None if current or not ends else max(ends),
        current=current,
        text=" / ".join(s.text for s in spans),
        begin=spans[0].begin,
        stop=spans[0].stop,
        ranged=True,
    )


def _innermost(spans: list[DateSpan]) -> DateSpan | None:
    """Of two ranges, the lower one when it lies strictly inside the upper one (an employer's 04/2021 - 02/2025 over a
    title's 01/2024 - 02/2025). A wider range below ("Captain Fall 2019 - Spring 2020" over "Scholarship Athlete Fall
    2016 - Spring 2020") is a second title's, not an employer's."""
    if len(spans) != 2 or not all(s.ranged for s in spans):
        return None
    outer, inner = spans
    outer_end = _FAR if outer.end is None else outer.end
    inner_end = _FAR if inner.end is None else inner.end
    if outer.start <= inner.start and inner_end <= outer_end and (outer.start, outer_end) != (inner.start, inner_end):
        return inner
    return None


def _starts_with_date(text: str, span: DateSpan) -> bool:
    before = _SINCE_WORD.sub("", text[: span.begin].strip(_PUNCT))  # "FROM AUG 2020 - NOW", "Since 2019"
    return not before.strip(_PUNCT) and _words(text[span.stop :]) <= _DATE_LINE_WORDS


_SINCE_WORD = re.compile(r"(?i)^(?:from|since|dates?|period|duration)\b:?")


def is_place(text: str) -> bool:
    """Whether a line is only a place: "Berlin, DE", "Remote", "Stockholm, SWE" (a country code, no job title)."""
    head, comma, tail = text.rpartition(",")
    named = head if comma and _COUNTRY_CODE.fullmatch(tail.strip()) else text
    return bool(_PLACE.match(text)) and not _TITLE_WORDS.search(named) and not _ORGANIZATION_WORDS.search(text)


_COUNTRY_CODE = re.compile(r"[A-Z]{2,3}")


def _trailing_entries(lines: Sequence[Line], runs: list[tuple[list[int], bool]], dates: dict[int, DateSpan]) -> list[_Entry]:
    """Entries whose date comes after their lines (title, bullets, then the date on a line of its own).

    The next entry's header starts right after such a date line (after a place such as "Berlin, DE")."""
    entries: list[_Entry] = []
    header: list[int] = []
    body: list[int] = []
    for run, is_header in runs:
        if not is_header:
            body.extend(run)
            continue
        rest = run
        while rest:
            at = next((k for k, i in enumerate(rest) if i in dates and _starts_with_date(lines[i].text, dates[i])), None)
            if at is None or not (header or at):
                if header:
                    body.extend(rest)
                else:
                    header, body = rest, []
                break
            if not header:  # the section opens with header lines and then the date
                header, rest = rest[:at], rest[at:]
                at = 0
            body.extend(rest[:at])
            places = at + 1
            while places < len(rest) and is_place(lines[rest[places]].text):
                places += 1
            date_line = rest[at]
            entries.append(_Entry(header=header, date=dates[date_line], date_line=date_line, body=[*body, *rest[at:places]]))
            header, body, rest = [], [], rest[places:]
            if rest:
                header = rest[: next((k for k, i in enumerate(rest) if i in dates), len(rest))]
                rest = rest[len(header) :]
                if not rest:
                    break
                # another date right after the new header: it closes that header's entry on the next pass
    return entries


def _project_durations_inside(
    lines: Sequence[Line], indexes: list[int], dates: dict[int, DateSpan], moved: dict[int, tuple[DateSpan, int]]
) -> list[int]:
    """The "Duration" rows of the project tables a job lists under its employer's range (the Naukri layout: "Flipkart
    ..., Designation: Senior Data Scientist, Apr 2022 to Till Date" over "Project | Dynamic Pricing | Duration | Jun
    2023 - Till Date | Role | Lead Data Scientist | Team size | 6"): no entries' dates, the job's projects'."""
    rows: list[int] = []
    outer: DateSpan | None = None
    for i in indexes:
        span = dates.get(i) or (moved[i][0] if i in moved else None)
        if span is None:
            continue
        # the label on the line before the date, or the date's row partner that is the label itself
        labels = {lines[n].text.strip().rstrip(":").casefold() for n in (i - 1, i) if n >= 0}
        inline = _DURATION_LABEL.match(lines[i].text)
        if (labels & DURATION_LABELS or inline) and outer is not None and _within(span, outer):
            rows.append(i)
        elif span.ranged:
            outer = span
    return rows


def _reach_their_projects(entries: list[_Entry], listed: Sequence[int], projects: dict[int, DateSpan]) -> None:
    """Stretch each entry over the project tables between its last line and the next entry: a job's "Project" /
    "PCB Solder Defect Inspection" rows, whose "Duration" is no entry's date, read as a heading with no date of its own
    would end the job before its projects."""
    starts = sorted(min(entry.header + entry.body) for entry in entries if entry.header or entry.body)
    bound = max(listed, default=-1) + 1
    for entry in entries:
        members = entry.header + entry.body
        if not members:
            continue
        begin, end = min(members), max(members)
        stop = next((start for start in starts if start > begin), bound)
        if any(end < row < stop for row in projects):
            entry.body.extend(i for i in listed if end < i < stop)


def _with_its_projects(lines: Sequence[Line], job: Position, projects: dict[int, DateSpan], as_of: Month) -> list[Position]:
    """``job`` and the project tables inside it, each a position of its own from its "Project" row to the next
    table: its name the title, its "Client" row the organization, its "Duration" row the dates. The job keeps the
    lines before its first table."""
    members = job.members
    starts: dict[int, DateSpan] = {}
    for row, span in projects.items():
        if row not in members:
            continue
        label = next((k for k in range(row, max(job.first, row - _TABLE_ROWS) - 1, -1) if _field(lines[k].text)[0] in PROJECT_LABELS), None)
        if label is None and _named_above(lines, row, job.first):
            label = row - 1  # "Legal document search – Riyadh law firm" over "Duration: Dec 2023 – Jul 2024"
        if label is not None and label > job.first:
            starts.setdefault(label, span)
    if not starts:
        return [job]
    order = sorted(starts)
    own = [i for i in members if i < order[0]]
    out = [replace(job, last=own[-1], lines=_unless_a_run(own, own[0]))]
    for n, label in enumerate(order):
        stop = order[n + 1] if n + 1 < len(order) else job.last + 1
        rows = [i for i in members if label <= i < stop]
        fields = _table_fields(lines, rows)
        if not any(name in fields for name in PROJECT_LABELS):
            # a project named on a line of its own: its name, then its client after a dash
            named = re.split(_SPACED_DASH, lines[label].text.strip(), maxsplit=1)
            fields = {"project": named[0], **({"client": named[1]} if len(named) > 1 else {}), **fields}
        span = starts[label]
        out.append(
            replace(
                job,
                title=next((fields[name] for name in PROJECT_LABELS if name in fields), ""),
                organization=next((fields[name] for name in _CLIENT_FIELDS if name in fields), ""),
                start=format_month(span.start),
                end=format_month(_end(span, as_of)),
                current=span.current,
                page=lines[label].page,
                line=lines[label].number,
                first=label,
                last=rows[-1],
                lines=_unless_a_run(rows, label),
                dates=span.text,
            )
        )
    return out


def _named_above(lines: Sequence[Line], row: int, first: int) -> bool:
    """Whether the line above a project's "Duration:" row names the project: a short line of its own, no bullet, no
    date ("Arabic customer-service chatbot – Gulf telecom operator (client under NDA)")."""
    above = row - 1
    return (
        above > first
        and _DURATION_LABEL.match(lines[row].text) is not None
        and not lines[above].bullet
        and _words(lines[above].text) <= _HEADER_WORDS
        and not lines[above].text.rstrip().endswith(".")
        and _entry_date(lines[above].text) is None
    )


def _unless_a_run(members: Sequence[int], first: int) -> tuple[int, ...]:
    """A position's ``lines``: empty when its sorted members are every line from ``first`` to the last."""
    return () if len(members) == members[-1] - first + 1 else tuple(members)


def _field(text: str) -> tuple[str, str]:
    """A table row's label and its value on the same line ("Client: Flipkart"), or the line itself as the label."""
    label, _, value = text.partition(":")
    return label.strip().casefold(), value.strip()


def _table_fields(lines: Sequence[Line], rows: Sequence[int]) -> dict[str, str]:
    """The values of a table's known rows, each printed after its label on the same line or on the next."""
    fields: dict[str, str] = {}
    for k, i in enumerate(rows):
        label, value = _field(lines[i].text)
        if label not in _TABLE_FIELDS:
            continue
        if not value and k + 1 < len(rows) and _field(lines[rows[k + 1]].text)[0] not in _TABLE_FIELDS:
            value = lines[rows[k + 1]].text.strip()
        fields.setdefault(label, value)
    return fields


_TABLE_ROWS = 8  # a project table's "Duration" row is at most this many lines under its "Project" row
PROJECT_LABELS = ("project", "project name", "project title")
"""The labels of a project table's first row, which names the project."""
_CLIENT_FIELDS = ("client", "customer")

DURATION_LABELS = frozenset({"duration", "project duration", "period"})
"""The labels of a table's row that holds a project's or a job's range ("Duration", "Period")."""
_DURATION_LABEL = re.compile(r"\s*(?:project\s+)?duration\s*:", re.IGNORECASE)
TABLE_ROW_LABELS = frozenset({*_CLIENT_FIELDS, "role", "team size", *DURATION_LABELS})
"""The labels of a project table's other rows ("Client", "Duration", "Role", "Team size")."""
_TABLE_FIELDS = TABLE_ROW_LABELS | set(PROJECT_LABELS)


def _dated_bullets_inside(
    lines: Sequence[Line], indexes: list[int], dates: dict[int, DateSpan], moved: dict[int, tuple[DateSpan, int]]
) -> list[int]:
    """Bullets of an entry that open with their own date and go on to say what was done then, within the entry's
    range ("Dec 2016 - present" over "• 2019- Lead an effort for vendor-independence ..."), or name a piece of it with
    its years ("Aug 2005 — Mar 2019" over "• ADVENT Combat Management System (2016–2019): led the software test
    division ..."): lines of the entry."""
    pieces: list[int] = []
    outer: DateSpan | None = None
    outer_line = -1
    for i in indexes:
        span = dates.get(i) or (moved[i][0] if i in moved else None)
        if span is None:
            continue
        text = lines[i].text
        named = _dated_name(text, span) is not None
        first = not text[: span.begin].strip(_PUNCT)
        told = _words(text[span.stop :]) >= _SENTENCE_WORDS
        # bullets drawn as shapes print no bullet: "2021–22, as MLE: neural re-ranker for hotel search ..." below an
        # entry's lines goes on in lower case, a sentence, not an entry's header
        drawn = first and i - outer_line > 2 and _LOWER_CASE_ON.match(text, span.stop) is not None
        opens = ((lines[i].bullet and (named or first)) or drawn) and told
        if opens and outer is not None and i in dates and (_within(span, outer) or ((named or drawn) and _within_years(span, outer))):
            pieces.append(i)
        elif not lines[i].bullet:
            outer = span if span.ranged else None
            outer_line = i
    return pieces


_LOWER_CASE_ON = re.compile(r"\s*[,:;]\s*[a-z]")


def _within(inner: DateSpan, outer: DateSpan) -> bool:
    if inner.start < outer.start:
        return False
    return outer.end is None or (inner.end is not None and inner.end <= outer.end)


def _within_years(inner: DateSpan, outer: DateSpan) -> bool:
    """Within the years of ``outer``: "(2016–2019)" inside "Aug 2005 — Mar 2019"."""
    if inner.start // 12 < outer.start // 12:
        return False
    return outer.end is None or (inner.end is not None and inner.end // 12 <= outer.end // 12)


def _part_of(text: str, found: tuple[DateSpan, int] | None, outer: DateSpan) -> bool:
    """Whether a dated line is a part of the entry whose range is ``outer``: a single date inside it, or a piece of
    work named with its range in parentheses ("◇ DevOps Consultant – DTCC (Aug 2025 – Dec 2025): Modernized ...")
    within an employer's range."""
    if _inside(found, outer):
        return True
    if found is None or not found[0].ranged or not outer.ranged or _dated_name(text, found[0]) is None:
        return False
    return _within(found[0], outer)


def _work_range_under_its_label(lines: Sequence[Line], index: int, found: tuple[DateSpan, int] | None, outer: DateSpan) -> bool:
    """Whether a range alone on its line, within a degree's, dates the thesis or project labelled on the line above."""
    if found is None or not found[0].ranged or not outer.ranged or index == 0 or not _PART_LABEL.match(lines[index - 1].text.strip()):
        return False
    return _words(_without(lines[index].text, found[0])) == 0 and _within(found[0], outer)


def _inside(found: tuple[DateSpan, int] | None, outer: DateSpan) -> bool:
    if found is None or found[0].ranged or not outer.ranged:
        return False
    inner = found[0]
    return outer.start <= inner.start and (outer.end is None or inner.end is None or inner.end <= outer.end)


def _hands_on(text: str) -> bool:
    text = _GRADE_FIELD.sub(" ", text)  # "... College of Engineering and Research (PCCOER), Pune | CGPA: 8.7 / 10"
    text = _NUMBERED_PROGRAMME.sub(" ", text)  # "M.S. in Control Engineering | Project 985, Double First-Class"
    if not _HANDS_ON.search(_NOT_WORK.sub("", text)):
        return False
    if _ORGANIZATION_WORDS.search(text) and _words(text) <= _NAME_WORDS and not _THESIS.search(text):
        return False  # "Jaipur Engineering College and Research Centre": an institution's name, no work
    return not _DEGREE.search(text) or bool(_THESIS.search(text))


def _with_wrapped_lines(lines: Sequence[Line], hands_on: list[int], members: set[int]) -> list[int]:
    """The hands-on lines of a study and the lines their sentences wrap onto ("Developed methods ... through context
    augmentation" / "and Chain-of-Thought, applied to ..."): hanging under the line or going on in lower case."""
    own = set(hands_on)
    for i in sorted(members):
        above = i - 1
        if i in own or above not in own or lines[i].bullet:
            continue
        text, before = lines[i].text.lstrip(), lines[above].text.rstrip()
        if not text or before.endswith((".", ":", ";")):
            continue
        if text[:1].islower() or lines[i].x0 > lines[above].x0 + _HANGING or _SENTENCE_GOES_ON.search(before):
            own.add(i)
    return sorted(own)


_HANGING = 2.0
# a line ending in a word no sentence ends with: "... on fathers' employment using a" / "Difference-in-Differences ..."
_SENTENCE_GOES_ON = re.compile(r"\b(?:a|an|the|of|and|or|to|with|using|in|for|on|by|from|via|into|at)$", re.IGNORECASE)
# a university programme named by its number ("Project 985", "Project 211"), no project done
_NUMBERED_PROGRAMME = re.compile(r"\bproject\s+\d+\b", re.IGNORECASE)
# a doctorate or a master's by research (not an MPhil: often taught) is research: a line saying what it studies
# ("Study solutions ... to make Deep Learning methods more resistant to biases", "Speech Recognition using Support
# Vector Machines") is its work, as a thesis line is
# (not a programme that prepares for one: "Pre-Doctoral Program" under a master's)
_RESEARCH_DEGREE = re.compile(
    r"(?<!pre-)(?<!pre )\b(?:ph\.?\s?d|d\.?phil|doctorate|doctoral|doctor of philosophy|mres|master of research)\b"
    r"|\b(?:m\.?\s?sc?|m\.?\s?s|masters?)\.?\s*(?:\(\s*research\s*\)|(?:by\s+)?research\b)",
    re.IGNORECASE,
)
# ... but not its advisor, its grades, its field ("Specialization in NLP with a focus on RAG") or its courses
_NOT_RESEARCH = re.compile(
    r"^\W*(?:advis[eo]r|supervis[eo]r|co-?supervis[eo]r|jury|committee|gpa|grade|funding|scholarship|specialization|"
    r"specialisation|specializ(?:ed|ing)|specialis(?:ed|ing)|focus|field|concentration|area|track)s?\b",
    re.IGNORECASE,
)
_COURSES = re.compile(
    r"\b(?:courses|coursework|modules|classes|(?:class|course)\s+(?:content|scores|grades|list)|subjects|curriculum|"
    r"(?:core|main|primary|key|relevant|selected|elective)\s+course)\b",
    re.IGNORECASE,
)
# a heading that names the degrees too ("Education and Relevant Coursework") heads their theses as well
_STUDIES = re.compile(r"\b(?:education|academic|degrees?|qualifications?|studies)\b", re.IGNORECASE)
_RESEARCH_WORDS = 4


def _course_lines(lines: Sequence[Line], members: Sequence[int]) -> set[int]:
    """A degree's list of courses and the lines it wraps onto ("Relevant modules: ... | Electronics Application
    Project and Engineering Lab"): subjects taken, no hands-on work."""
    return _labelled_lists(lines, members, _lists_courses)


def _lists_courses(text: str) -> bool:
    return bool(_COURSES.search(text.split(":", 1)[0])) and ":" in text


def _list_wraps(lines: Sequence[Line], indexes: Sequence[int], dates: dict[int, DateSpan]) -> set[int]:
    """The lines a labelled list of a body wraps onto ("Technologies: Probabilistic Diffusion Models, Stat Space Modeling"
    over "(SSM), Recurrent Neural Networks (RNN), ..."): right under it at its left edge, after a line that runs to
    the right edge of the entry's lines, up to the list's full stop or a line that opens a field of its own."""
    page_right: dict[int, float] = {}
    for i in indexes:
        page_right[lines[i].page] = max(page_right.get(lines[i].page, 0.0), lines[i].x1)
    out: set[int] = set()
    for before, i in itertools.pairwise(indexes):
        above, line = lines[before], lines[i]
        opened = bool(_OWN_FIELD.match(above.text)) or before in out
        full = above.x1 >= page_right[above.page] - _FULL_LINE * (above.x1 - above.x0)
        if (
            opened
            and full
            and not above.text.rstrip().endswith(".")
            and i not in dates
            and not _OWN_FIELD.match(line.text)
            and right_under(above, line, NEXT_LINE)
            and abs(line.x0 - above.x0) <= SAME_EDGE
        ):
            out.add(i)
    return out


_FULL_LINE = 0.1  # a line ends within a tenth of its width of the right edge: it ran out of room


def _labelled_lists(lines: Sequence[Line], members: Sequence[int], opens: Callable[[str], bool]) -> set[int]:
    """The lines of the lists that ``opens`` recognizes by their label and the lines each wraps onto: the list runs on
    through lines right under it, up to a line that opens a field of its own ("Final Project: ...", "Thesis: ...")."""
    out: set[int] = set()
    previous: Line | None = None
    for i in members:
        line = lines[i]
        if opens(line.text):
            out.add(i)
            previous = line
            continue
        if (
            previous is not None
            and right_under(previous, line, NEXT_LINE)
            and line.x0 > previous.x0 - SAME_EDGE
            and not _OWN_FIELD.match(line.text)
        ):
            out.add(i)
            previous = line
        else:
            previous = None
    return out


NEXT_LINE = 1.6  # line heights from one line of a list to the next it wraps onto
_OWN_FIELD = re.compile(r"^\s*[A-Z][\w ]{0,30}:")


def _research_lines(lines: Sequence[Line], members: Sequence[int], header: Collection[int], dates: dict[int, DateSpan]) -> list[int]:
    """The lines of a doctorate that say what it studies: not its advisor, grades or field, nor its dates, and not a list
    of courses (nor the lines that list wraps onto, up to its full stop)."""
    out: list[int] = []
    in_courses = False
    for i in members:
        text = (_without(lines[i].text, dates[i]) if i in dates else lines[i].text).strip()
        in_courses = in_courses or bool(_COURSES.search(text))
        if not in_courses and _says_research(text, named=i in header):
            out.append(i)
        if in_courses and text.endswith("."):
            in_courses = False
    return out


def _says_research(text: str, *, named: bool) -> bool:
    """A line of a doctorate that says what it studies (``named``: a header line, where the school is named too)."""
    if is_place(text) or _words(text) < _RESEARCH_WORDS or _NOT_RESEARCH.match(text) or _DEGREE.search(text):
        return False
    if _LAB.search(text) and _words(text) <= _NAME_WORDS and _title_case(text):
        return False  # "STATISTICAL MACHINE INTELLIGENCE LEARNING LABORATORY (SMILELAB)": where, not what
    return not (named and (_SCHOOL.search(text) or _ORGANIZATION_WORDS.search(text)))


_LAB = re.compile(r"\b(?:laborator(?:y|ies)|labs?|group|cent(?:er|re))\b", re.IGNORECASE)


# a grade printed beside a school ("... Research (PCCOER), Pune | CGPA: 8.7 / 10") is no work done there
_GRADE_FIELD = re.compile(
    r"[|,;]?\s*\b(?:c?gpa|grade|marks|percentage)\s*[:=]?\s*\d+(?:[.,]\d+)?\s*(?:(?:/|out of)\s*\d+(?:[.,]\d+)?)?%?", re.IGNORECASE
)
# a paper's venue line with its year: "Published in ICACCTech 2024", "Published research at BTAS, 2018"
_PAPER_STATUS = re.compile(
    r"^\W*(?:published|accepted|presented|submitted|to\s+appear|under\s+review)(?:\s+(?:research|papers?|work|articles?))?"
    r"\s+(?:in|at|by|on|to|for)\b",
    re.IGNORECASE,
)
_YEAR_IN = re.compile(r"(?<!\d)(?:19|20)\d\d(?!\d)")


def _paper_venue(text: str) -> bool:
    """Whether ``text`` is a paper's venue line with its year ("Accepted at ICRAAI 2025 | Feb 21-22, 2025")."""
    return bool(_PAPER_STATUS.match(text) and _YEAR_IN.search(text))


# a paper listed with the author's role ("CO-AUTHOR") is no position
_AUTHOR = re.compile(r"^(?:(?:co|first|lead|corresponding|senior)\s*[-‐‑]?\s*)?authors?$", re.IGNORECASE)
# "Research Interest: AI and Ethics" names a field, not work done; "Built strong foundations in software
# engineering" says what was learnt; "Project Supervisor: ..." names a person; "Agile Project Management" a subject;
# "Final Project: 85/100" a grade
_NOT_WORK = re.compile(
    r"\bresearch\s+(?:interests?|areas?|focus|papers?(?!\s*:)|articles?)\b|\b(?:project|thesis|research|dissertation)\s+(?:supervisors?|advis[eo]rs?)\b|"
    r"\bproject\s+management\b|\boperations?\s+research\b|\b(?:project|thesis|dissertation|capstone)\s*:\s*\d+(?:[.,]\d+)?\s*(?:/\s*\d+|%)|"
    r"\b(?:built|build|developed|gained)\s+(?:a\s+)?(?:strong|solid|deep|good|sound)\s+"
    r"(?:foundations?|knowledge|understanding|skills|background|grounding)\b|"
    # a feeling grown, not work done: "I've developed a deep passion for technology"
    r"\b(?:developed|gained|built)\s+(?:an?\s+)?(?:[a-z]+\s+)?(?:passion|interest|love|appreciation|curiosity|enthusiasm|fascination)\b|"
    # an honour for the best work ("Best Senior Project", "Best Thesis Award") names a prize, not the work, and so does a
    # line of awards ("Awards: 'Star Performer' Q3 FY23; Best Dissertation, Dept. of Statistics (2018)")
    r"^\W*(?:best|outstanding|excellent|distinguished)\s+(?:[\w-]+\s+){0,2}(?:project|thesis|dissertation|research|capstone)\b|"
    r"^\W*(?:awards?|honou?rs?|prizes?|achievements?|scholarships?)\s*:.*|"
    r"\b(?:project|thesis|dissertation|research|capstone)\s+(?:awards?|prizes?|honou?rs?|fellowships?|scholarships?)\b|"
    # the fields a degree's research was in, listed ("Research - Software Security & Analysis; Deep Learning; ...")
    r"^\W*research\s*[-–—:]\s*(?:[^;.]{2,50};\s*)+|"
    # a list of the clubs joined ("Member: Pathway to STEM Careers, Data Science Club, Project ODY-C") names groups
    r"^\W*(?:member(?:ships?)?(?:\s+of)?|clubs?|societies|student\s+organi[sz]ations)\s*:.*",
    re.IGNORECASE,
)


# a degree at a school listed among the jobs of a resume with no education heading ("BSc (Tech), Computer Science —
# Aalto University" under Experience) is read as an education entry: only its lines of hands-on work date skills
_DEGREE_OPENING = (
    r"^\W*(?:b\.?\s?sc|m\.?\s?sc|b\.?\s?eng|m\.?\s?eng|b\.?\s?tech|m\.?\s?tech|ph\.?\s?d|mba|b\.?s|m\.?s|b\.?a|m\.?a|bachelor'?s?|master'?s)\b"
    r"(?!.*\b(?:candidate|student|researcher|fellow|assistant|intern)\b)"
)
_SCHOOL_WORD = r"\b(?:univers\w*|college|school|institute|academy|polytechnic|hochschule)\b"
_DEGREE_ENTRY = re.compile(_DEGREE_OPENING + rf"(?=.*{_SCHOOL_WORD})", re.IGNORECASE)
# ... or a degree alone on its line, its school on the next one ("BSc Mathematics" over "Uppsala University")
_DEGREE_ALONE = re.compile(_DEGREE_OPENING + r"[^,|]{0,60}$", re.IGNORECASE)
_SCHOOL = re.compile(r"^\W*(?:[\w.'’&-]+\s+){0,5}?" + _SCHOOL_WORD, re.IGNORECASE)


def _dated_work(lines: Sequence[Line], hands_on: Sequence[int], degree: DateSpan) -> DateSpan | None:
    """The range a degree's thesis or project line prints for itself, inside the degree's ("Final-year project (Aug
    2018 – Apr 2019): ..."), or None."""
    for index in hands_on:
        text = lines[index].text
        if not _THESIS.search(text):
            continue
        # (or on a line of its own under the thesis's label: "Undergraduate thesis — ..." over "Aug 2025 – May 2026")
        below = lines[index + 1].text if _PART_LABEL.match(text.strip()) and index + 1 < len(lines) else ""
        for found in [*find_dates(text), *(d for d in find_dates(below) if not _words(_without(below, d)))]:
            if found.ranged and found.start is not None and degree.start <= found.start and found.text != degree.text:
                return found
    return None


def _degree_entry(headers: Sequence[str]) -> bool:
    """Whether an entry's header lines name a degree at a school and no job beside it."""
    degrees = [h for h in headers if _DEGREE_ENTRY.match(h)]
    if not degrees and any(_SCHOOL.match(h) for h in headers):
        degrees = [h for h in headers if _DEGREE_ALONE.match(h)]
        degrees += [h for h in headers if degrees and _SCHOOL.match(h)]
    return bool(degrees) and not any(_TITLE_WORDS.search(h) for h in headers if h not in degrees)


def _position(lines: Sequence[Line], entry: _Entry, kind: str, section: int, as_of: Month, dates: dict[int, DateSpan]) -> Position | None:
    span = entry.date
    if span.start > as_of:
        return None
    headers = [_header_text(lines, i, dates) for i in entry.header]
    if any(_CERTIFICATE.search(h) and not _CERTIFIED_INTERNSHIP.search(h) for h in headers) and not any(_DEGREE.search(h) for h in headers):
        return None  # "Tableau Business Intelligence Analyst Professional Certificate  Jan 2024 to Feb 2024"
    members = entry.header + entry.body
    # (a degree over its school's line reads as one: "BSc Mathematics" over "Uppsala University" under no heading)
    if kind == "education" or _degree_entry(headers) or _degree_entry([*headers, *(lines[i].text for i in entry.body[:1])]):
        courses = _course_lines(lines, sorted(members))
        hands_on = sorted(i for i in members if i not in courses and _hands_on(lines[i].text))
        research = any(_RESEARCH_DEGREE.search(h) for h in headers)
        if research:
            # a doctorate's lines under its thesis say what the research did ("Boosted decision tree vertex tagger
            # (TMVA, later XGBoost in Python)", "Statistical analysis: profile-likelihood fits") with no verb of work
            hands_on = sorted(set(hands_on) | set(_research_lines(lines, sorted(members), set(entry.header), dates)))
        if not hands_on:
            return None
        inner = _dated_work(lines, hands_on, span)
        if inner is not None:
            span = inner  # "Final-year project (Aug 2018 – Apr 2019): intent classification ...": the work's own months
        # "Technologies: ..., Python, Pytorch" under a doctorate's research topic: the tools of that work (a lesser
        # degree's "Skills:" line lists what it taught)
        tools = _labelled_lists(lines, sorted(members), tools_field) - courses if research else set()
        own = sorted(set(_with_wrapped_lines(lines, hands_on, set(members))) | tools)
    else:
        own = sorted(set(members))
    first, last = own[0], own[-1]
    parts: list[str] = []
    for i in entry.header:
        parts.extend(part for part in _split_header(_header_text(lines, i, dates)) if not _PAGE_FURNITURE.fullmatch(part.strip()))
    employer = next((part for part in parts if _ORGANIZATION_LABEL.match(part)), None)
    if employer is not None:
        # a job board's labelled fields: "Position Title: Data Scientist" over "Company Name: Concentrix Philippines"
        titled = [part for part in parts if part is not employer]
        title = next((part for part in titled if _TITLE_LABEL.match(part)), titled[0] if titled else "")
        organization = _ORGANIZATION_LABEL.sub("", employer).strip()
    else:
        title, organization = _title_and_organization(parts)
        organization = _named_over_its_length(lines, entry.header, dates) or organization
    title = _TITLE_LABEL.sub("", title)  # "Designation: Senior Data Scientist"
    stated = _stated_title(lines, entry.date_line)
    if stated is not None:
        title, organization = stated
    if any(_AUTHOR.match(part) for part in parts) or any(_paper_venue(lines[i].text) for i in entry.header):
        # "Thesis, Optimal control in ..." over "CO-AUTHOR" and a conference's date, a title over "Published in
        # ICACCTech 2024 | Nov 17, 2024": a paper, no job
        return None
    if entry.extra_titles:
        title = " / ".join([title, *entry.extra_titles]) if title else " / ".join(entry.extra_titles)
    head = lines[entry.header[0]]
    return Position(
        title=title,
        organization=organization,
        start=format_month(span.start),
        end=format_month(_end(span, as_of)),
        current=span.current,
        page=head.page,
        line=head.number,
        first=first,
        last=last,
        lines=_unless_a_run(own, first),
        section=section,
        dates=span.text,
    )
