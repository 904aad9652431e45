"""Resume sections: which heading a line falls under (Skills, Experience, Education, ...)."""

from __future__ import annotations

import re
from functools import lru_cache

from gapcheck.lexicon import is_english_word

HEADER = "header"
# The lines a sidebar holds before any heading of its own (see gapcheck.sidebars): a contact block, a photo caption.
SIDEBAR = "sidebar"
# Sections that list things the person did: their dated entries are positions.
ACTIVITY_KINDS = frozenset({"experience", "projects", "research", "volunteering"})
# Sections whose lines are attributed to no position.
UNATTRIBUTED_KINDS = frozenset(
    {
        "skills",
        "summary",
        "interests",
        "languages",
        "references",
        "contact",
        "publications",
        "events",
        "awards",
        "certifications",
        SIDEBAR,
    }
)

_HEADINGS: dict[str, tuple[str, ...]] = {
    "summary": (
        "summary",
        "profile",
        # a civil-service CV's stories of its behaviours, told of no one job: "Competency examples (Success Profiles)"
        "competency examples",
        "competency based examples",
        "competency-based examples",
        "about",
        "about me",
        "what i do",
        "objective",
        "professional summary",
        "career objective",
        "personal statement",
        "career summary",
        "executive summary",
        "overview",
        "professional profile",
        "executive profile",
        "personal profile",
        "career profile",
        "profile summary",
        "personal summary",
        "candidate summary",
        "professional overview",
        "career overview",
        "summary of qualifications",
        "qualifications summary",
    ),
    "experience": (
        "experience",
        "work experience",
        "professional experience",
        "industry",
        "corporate involvements",
        "corporate involvement",
        "employment",
        "employment history",
        "occupation",  # "Occupation" over the jobs (c350_de_01)
        "work history",
        # the same in the first person: "Where I have worked" (w754_ds_02)
        "where i have worked",
        "where i've worked",
        "where i’ve worked",
        "places i have worked",
        "career history",
        "professional timeline",  # "Professional Timeline" over dated jobs (an Apple Pages template)
        "career timeline",
        "work timeline",
        "relevant experience",
        "professional background",
        "industry experience",
        # the jobs, in the words of many Indian resumes ("Industrial Exposure" over "Digital Specialist Engineer – Infosys")
        "industrial exposure",
        # the jobs of stage, film and broadcast crews, production by production ("Credits" over "Production Stage Manager –
        # PYTHON (national tour)")
        "credits",
        "production credits",
        "selected credits",
        "theatre credits",
        "theater credits",
        "film credits",
        "stage credits",
        # a seafarer's jobs, ship by ship ("Sea Service" over "Second Engineer, Aegean Bulk Carriers")
        "sea service",
        "sea time",
        "seagoing service",
        "sea-going service",
        "seagoing experience",
        "sea-going experience",
        # ... and of Naukri's: "Current Organization" and "Previous Organization" over each employer's fields
        "current organization",
        "current organisation",
        "previous organization",
        "previous organisation",
        "previous organizations",
        "previous organisations",
        "industry exposure",
        "professional exposure",
        "work exposure",
        "corporate exposure",
        "positions",
        # an academic CV's jobs: "Appointments", "Academic Positions", "Positions Held"
        "appointments",
        "academic appointments",
        "academic positions",
        "professional appointments",
        "research appointments",
        "positions held",
        "current position",
        "current positions",
        "current role",
        "current appointment",
        "present position",
        "internships",
        "internship",  # a heading alone on its line over the one internship ("Internship" / "Huawei Noah's Ark Lab")
        "experiences",
        "work experiences",
        "professional experiences",
        "career",
        "employment experience",
        "internship experience",
        "teaching experience",
        "leadership experience",
        "work",
        "jobs",
        "other experience",
        "additional experience",
        "selected experience",
        "professional history",
        "work and research experience",
        "teaching",
        # (not "Mentoring" alone: a tag among a job's skills as often as a heading)
        "teaching and mentoring",
        "teaching and mentorship",
        "mentoring and teaching",
        # supervising students, often with teaching ("TEACHING & SUPERVISION" over TA roles, c354_ai_01)
        "supervision",
        "student supervision",
        "assistantships",  # "Selected Teaching Assistantships", "Graduate Assistantships"
        "engagements",
        "client engagements",
        "consulting engagements",
        "freelance work",
        # not a bare "Freelance" or "Consultancy": the organization line of a freelancer's entry
        "freelancing",
        "consulting services",
        "consultancy services",
        "consulting work",
        "independent consulting",
        "consultoría independiente",
        # the same headings in French, Spanish, Portuguese, German, Dutch and Italian resumes
        "expérience",
        "expériences",
        "expérience professionnelle",
        "expériences professionnelles",
        "experiencia",
        "experiencia laboral",
        "experiencia profesional",
        "experiência profissional",
        "berufserfahrung",
        "werkervaring",
        "arbetslivserfarenhet",
        "erfarenhet",
        "arbeidserfaring",
        "erfaring",
        "erhvervserfaring",
        "työkokemus",
        "ervaring",
        "esperienza",
        "esperienze",
        "esperienza professionale",
        "esperienze lavorative",
        "esperienza lavorativa",
        "esperienze professionali",
        # Polish, Czech, Hungarian, Romanian, Croatian, Russian, Ukrainian, Turkish, Greek, Vietnamese and Indonesian
        "doświadczenie",
        "doświadczenie zawodowe",
        "pracovní zkušenosti",
        "pracovní praxe",
        "praxe",
        "szakmai tapasztalat",
        "munkatapasztalat",
        "experiență profesională",
        "experienta profesionala",
        "experiență",
        "radno iskustvo",
        "iskustvo",
        "опыт работы",
        "опыт",
        "профессиональный опыт",
        "досвід роботи",
        "досвід",
        "iş deneyimi",
        "deneyim",
        "επαγγελματική εμπειρία",
        "εμπειρία",
        "kinh nghiệm",
        "kinh nghiệm làm việc",
        "pengalaman kerja",
    ),
    "projects": (
        "projects",
        "personal projects",
        "selected projects",
        "side projects",
        "open source",
        "key projects",
        "academic projects",
        "project experience",
        "project work",  # "PROJECT WORK": the projects, not a job
        "academic work",
        "academic assignment",  # a course's graded work, under Experience in some student CVs
        "academic assignments",
        "project",
        "capstone project",  # a degree's capstone set apart under its own heading, dated, with its own bullets
        "portfolio",
        "initiatives",  # "AI & Data Initiatives", "Key Initiatives": things the person started
        "projets",
        "proyectos",
        "projetos",
        "projekte",
        # Polish and Czech, Hungarian, Romanian, Croatian, Russian, Ukrainian, Turkish, Vietnamese and Finnish
        "projekty",
        "projektek",
        "proiecte",
        "projekti",
        "проекты",
        "проєкти",
        "projeler",
        "dự án",
        "projektit",
    ),
    "skills": (
        "skills",
        # a catch-all of lists (coursework, languages, tools, honours) after the entries; it dates no job (a bare
        # "Additional" only in capitals: in title case it labels more of a job's bullets)
        "additional information",
        "miscellaneous",
        "elsewhere",
        "other information",
        "technical skills",
        "core skills",
        "key skills",
        "skills and tools",
        "tools",
        "technologies",
        "tech stack",
        "technical stack",
        "technology stack",
        "competencies",
        "core competencies",
        "competences",
        "core competences",
        "key competences",
        "key competencies",
        # an academic CV's: "Software & data", "Computing"
        "software and data",
        "data and software",
        "computing",
        "computing skills",
        "expertise",
        "areas of expertise",
        "toolbox",
        "toolset",
        "programming languages",
        "programming",
        "languages and tools",
        "technical proficiencies",
        "skills summary",
        "technical expertise",
        "technical background",
        "technical proficiency",
        "tools and technologies",
        "software",
        "frameworks",
        "skill set",
        "skillset",
        "skill sets",  # "Skill-sets"
        "skillsets",
        "technical knowledge",  # "Technical Knowledge" over "Languages: Python, Java, ..."
        "it knowledge",
        "computer knowledge",
        "additional skills",
        "it skills",
        "computer skills",
        "technical competencies",
        "hard skills",
        "soft skills",
        "main skills",
        "other skills",
        "key technologies",
        "compétences",
        "compétences techniques",
        "habilidades",
        "competências",
        "kenntnisse",
        "fähigkeiten",
        "vaardigheden",
        "competenze",
        # Polish, Czech, Hungarian, Romanian, Croatian, Russian, Ukrainian, Turkish, Greek, Vietnamese, Indonesian and Finnish
        "umiejętności",
        "dovednosti",
        "znalosti",
        "készségek",
        "competențe",
        "vještine",
        "навыки",
        "ключевые навыки",
        "навички",
        "beceriler",
        "δεξιότητες",
        "kỹ năng",
        "keahlian",
        "taidot",
        "osaaminen",
    ),
    "education": (
        "education",
        "academic background",
        "education background",
        "educational background",
        "qualifications",
        "degrees",
        "coursework",
        "relevant coursework",
        "education and training",
        # (the other way round, a bootcamp and a degree under it: not certifications)
        "training and education",
        "academic qualifications",
        "educational qualifications",
        "studies",
        "academic studies",
        "university studies",
        "formation",
        "études",
        "estudios",
        "estudos",
        "éducation",
        "educación",
        "formación",
        "formação",
        "formação académica",
        "formação acadêmica",
        "formación académica",
        "formation académique",
        "ausbildung",
        "opleiding",
        "opleidingen",
        "onderwijs",
        "istruzione",
        "formazione",
        "utbildning",
        "utdanning",
        "uddannelse",
        "koulutus",
        # Polish, Czech, Hungarian, Romanian, Croatian, Russian, Ukrainian, Turkish, Greek, Vietnamese and Indonesian
        "wykształcenie",
        "edukacja",
        "vzdělání",
        "tanulmányok",
        "végzettség",
        "képzettség",
        "educație",
        "educatie",
        "studii",
        "obrazovanje",
        "образование",
        "освіта",
        "eğitim",
        "εκπαίδευση",
        "học vấn",
        "pendidikan",
    ),
    "certifications": (
        "certifications",
        "certificates",
        "certification",
        "certificate",
        "licenses",
        "courses",
        "training",
        "trainings",
        "professional training",
        "licenses and certifications",
        "certifications and training",
        "credentials",
        "professional credentials",
    ),
    "research": (
        "research",
        "research experience",
        "research work",
        "research projects",
        "research positions",
        "academic experience",
        "research and teaching",
    ),
    "volunteering": (
        "volunteering",
        "volunteer experience",
        "volunteer work",
        "community involvement",
        "community service",
        "volunteer",
        # dated roles outside work (a club, a team, a mentoring programme) are activities like volunteering
        "extracurricular activities",
        "extra curricular activities",
        "extracurricular activity",
        "extra curricular activity",
        "extracurricular",
        "extracurriculars",
        "outreach",  # "Science Outreach", "Academic Extracurricular & Outreach"
        "extra curricular",
        "co curricular activities",
        "activities",
        "leadership",
        "positions of responsibility",
        "position of responsibility",
        "positions of leadership",
        "leadership positions",
        "leadership roles",
        "voluntary",
        "voluntary work",
        # an academic CV's reviewing, committees and outreach: "Service", "Additional Service and Outreach Efforts"
        "service",
        "professional service",
        "academic service",
        "university service",
        "outreach efforts",
        "implications",  # French resumes: "Implications" over clubs and causes
        "voluntary activities",
        "community activities",
        # "SOCIAL ACTIVITIES & LEADERSHIP" over a student's club roles
        "social activities",
        "social service",
        "social work",
        "social involvement",
        "club activities",
        "leadership and activities",
        "campus involvement",
        "involvement",
        "involvements",
        "student activities",
        "campus activities",
        "leadership and involvement",
    ),
    "publications": (
        "publications",
        "publication",  # one paper under its heading ("PUBLICATION" over "INNOVATORS at SemEval-2021 Task-11: ...")
        "patent",
        "papers",
        "preprints",
        "publications and preprints",
        "talks",
        # pieces the person wrote, listed by title: "WRITING" over "“Your RAG Demo Is Not a Product” — Mind the Product blog"
        "writing",
        "selected writing",
        "writing and talks",
        "talks and writing",
        "patents",
        "selected publications",
        "publications and patents",
        # reports and working papers written for clients or the public: "SELECTED REPORTS"
        "reports",
        "selected reports",
        "working papers",
        "selected working papers",
        "reports and publications",
        "publications and reports",
        "conference papers",
        "presentations",
        "invited talks",
        "selected talks",
        "talks and presentations",
        "conference presentations",
        "oral presentations",
        "poster presentations",
        "invited presentations",
        "professional presentations",
        "research presentations",
        "academic presentations",
        "conference talks",
        "contributed talks",
        "publicaciones",
        "publikationen",
        # ... in Portuguese, French, Italian, Dutch and the Nordic languages
        "publicações",
        "publicacoes",
        "publications scientifiques",
        "pubblicazioni",
        "publicaties",
        "publikationer",
        "julkaisut",
    ),
    # conferences, schools and seminars taken part in: events are never positions
    "events": (
        "events",
        "conferences",
        "seminars",
        "summer schools",
        "academic events",
        "conference attendance",
        "conference participation",
        "conferences and workshops",
        "workshops and conferences",
        "conferences and meetings",
    ),
    "awards": (
        "awards",
        "honors",
        "honours",
        "achievements",
        "academic achievements",
        "awards and honors",
        "accomplishments",
        "honors and awards",
        "honours and awards",
        "awards and achievements",
        # results listed apart from the jobs they came from ("Key achievements" is as often a job's own sub-list)
        "selected impact",
        "scholarships",
        "fellowships",
        "prizes",
    ),
    "interests": (
        "interests",
        "hobbies",
        "hobbies and interests",
        "personal interests",
    ),
    "languages": (
        "languages",
        "spoken languages",
        "langues",
        "idiomas",
        "sprachen",
        "talen",
        "lingue",
        "języki",
        "jazyky",
        "nyelvek",
        "nyelvtudás",
        "limbi străine",
        "jezici",
        "языки",
        "мови",
        "diller",
        "γλώσσες",
        "ngoại ngữ",
        "kielet",
        "kielitaito",
    ),
    "references": ("references",),
    "contact": ("contact", "contact information", "links", "profiles", "personal data", "personal details", "personal information"),
}
# a heading qualified by adjectives keeps its noun's kind (each noun is a heading of its own)
_HEAD_NOUNS = frozenset(
    {
        "skills",
        "tools",
        "experience",
        "employment",
        "internships",
        "projects",
        "portfolio",
        "initiatives",
        "publications",
        "papers",
        "preprints",
        "education",
        "certifications",
        "awards",
        "interests",
        "assistantships",
        "extracurricular",
        "outreach",
        "coursework",  # "Ph.D. Coursework", "Graduate Coursework"
        "honors",  # "Award, Honors, and Fellowships"
    }
)
# what a heading of events taken part in lists ("Schools attended" alone is an education heading)
_EVENT_NOUNS = frozenset({"events", "conferences", "workshops", "seminars", "meetings", "symposia", "talks", "webinars"})
_EVENT_WORDS = _EVENT_NOUNS | {"schools", "summer", "tutorials", "lectures", "academic", "visits", "and"}
_LOOKUP = {phrase: section for section, phrases in _HEADINGS.items() for phrase in phrases}
# the one-word headings a typo is read against
_TYPO_TARGETS = tuple(sorted({phrase for phrase in _LOOKUP if " " not in phrase and len(phrase) >= 7} | {"experiences"}))
_DESPACED = {"".join(phrase.split()): section for phrase, section in _LOOKUP.items()}
_QUALIFIER_LETTERS = 16  # "technical" + "skills": a qualifier of a heading's noun is a word or two
SECTION_KINDS = (HEADER, *_HEADINGS, SIDEBAR)
# a heading followed by a remark in parentheses
_QUALIFIER = re.compile(r"^([^()]*[^\W\d_][^()]*?)\s*\((?:[^()]{1,30}\)|[^()]{0,30})$")  # or cut off: "PROJECTS ( https://github.com/"
# ... or after a bar or a dash: "VIRTUAL INTERNSHIPS | FORAGE", "Projects — selected"
_SIDE_NOTE = re.compile(r"^([^|–—]*[^\W\d_][^|–—]*?)\s+[|–—]\s+[^|–—]{1,30}$")
_INLINE_LABEL = re.compile(r"^\s*([A-Za-z][A-Za-z &/]{1,40}?)\s*:\s*\S")


def _key(text: str) -> str:
    text = text.casefold().replace("&", " and ")
    return " ".join(re.findall(r"[^\W\d_]+", text))


# Headings only when set in capitals like a resume's headings: a bare "Additional" in title case labels more of a
# job's bullets, "ADDITIONAL" closes the entries with a catch-all of lists.
_CAPITALS_ONLY = {"additional": "skills"}


def heading_over_two_lines(first: str, second: str) -> str | None:
    """The section a heading broken over two lines opens, or None: broken after its "&" or "and" ("INTERNSHIPS &" over
    "TRAININGS") or before it ("PROJECTS" over "AND SEMINARS"), or one word over a heading that, read together, names
    the same section ("Working" over "Experience" in a margin column), or two headings stacked that read together as
    one of them ("RESEARCH" over "EXPERIENCE")."""
    joined = heading_section(f"{first.rstrip()} {second.strip()}")
    if _AND_FIRST.match(second.strip()) and len(second.split()) <= _STACKED_WORDS:
        return joined  # "PROJECTS" over "AND SEMINARS" in a margin column
    if heading_section(first) is not None:
        return stacked_heading(first, second)
    if re.search(r"(?:&|\band)\s*$", first, re.IGNORECASE):
        return joined
    if _ONE_WORD.fullmatch(first.strip()) and joined is not None and joined == heading_section(second):
        return joined
    return None


def heading_over_three_lines(first: str, second: str, third: str) -> str | None:
    """The section a short heading broken over three lines of a margin column opens, its middle line going on with
    "and" or "&" ("RESEARCH" over "AND WORK" over "EXPERIENCE"), or None."""
    parts = [first.strip(), second.strip(), third.strip()]
    if not _AND_FIRST.match(parts[1]) or any(len(part.split()) > _STACKED_WORDS for part in parts):
        return None
    return heading_section(" ".join(parts))


_STACKED_WORDS = 3
_AND_FIRST = re.compile(r"(?:&|and\b)", re.IGNORECASE)  # a heading's line going on from the one above


def stacked_heading(first: str, second: str) -> str | None:
    """The section two one-word headings stacked in a margin open when together they name a heading of their own
    ("RESEARCH" over "EXPERIENCE"), or None ("COURSEWORK" over "LANGUAGES" are two headings)."""
    if not (_ONE_WORD.fullmatch(first.strip()) and _ONE_WORD.fullmatch(second.strip())):
        return None
    return _LOOKUP.get(_key(f"{first} {second}"))


_ONE_WORD = re.compile(r"[A-Za-z][a-z]+|[A-Z]+")


@lru_cache(maxsize=4096)  # asked of each line by the sections, the positions and the lines around a right-aligned title
def heading_section(line: str, *, bullet: bool = False) -> str | None:
    """The section a heading line opens, or None when the line is not a heading.

    A heading that joins known headings ("Skills and Certifications", "Awards & Honors") opens the first one's kind.
    A ``bullet`` line (one that began with a list marker) is a heading only by its exact name: "• Excellent
    communication skills." is an item of a list, not a Skills heading.
    """
    stripped = _LINK_AFTER.sub("", _YEARS_VALUE.sub("", _RULE.sub("", line))).strip().rstrip(":").strip()
    if _LEADING_YEAR.match(stripped):
        return None  # "2024 Internship" over an employer: an entry's date and title
    dated = _side_note(stripped)
    if dated and _YEAR.search(stripped, dated.end(1)) and _key(dated.group(1)) not in _LOOKUP:
        return None  # "Constellation Outdoor Education | 2015-2018": an organization and its range, not a heading
    how_long = _HOW_LONG.match(stripped)
    if not bullet and how_long and _short_line_section(how_long.group(1)) == "experience":
        return "experience"  # "Working Experience- Project Manager with 2 years experience and overall more than 8 years"
    if not bullet and 48 < len(stripped) <= 100:
        # a heading and its remark longer than a heading alone: "Competency examples (Success Profiles behaviours)"
        remarked = _QUALIFIER.match(stripped)
        if remarked is not None and (kind := _LOOKUP.get(_key(remarked.group(1)))) is not None:
            return kind
        return _heading_with_employer(stripped)
    if not stripped or len(stripped) > 48:
        return None
    if bullet:
        return _LOOKUP.get(_key(_unqualified(stripped)))
    if stripped.isupper() and (capitals := _CAPITALS_ONLY.get(_key(stripped))) is not None:
        return capitals
    found = _short_line_section(stripped)
    if found is None and _SPLIT_INITIAL.match(stripped):
        # small capitals whose larger initial the PDF set apart: "E DUCATION", "P ROJECTS"
        found = _short_line_section(stripped[0] + stripped[2:])
    if found is None and stripped.isupper() and any(len(part) <= 2 for part in stripped.split()):
        found = _letter_spaced_section(stripped)
    if found is None and _GLUED_WORDS.fullmatch(stripped):
        # words whose spaces the PDF lost: "ProfessionalExperience", "TechnicalProjects"
        found = _short_line_section(_GLUE.sub(" ", stripped))
    return found


_GLUED_WORDS = re.compile(r"[A-Z][a-z]{2,}(?:[A-Z][a-z]{2,}){1,3}")
_GLUE = re.compile(r"(?<=[a-z])(?=[A-Z])")


def _letter_spaced_section(heading: str) -> str | None:
    """A heading set in spaced capitals that the PDF broke into pieces ("P R OF E SS I O NA L EXP ER I E NC E",
    "TEC HN I CA L SKI LLS"): its letters run together name a known heading, or end in a heading's noun."""
    joined = "".join(_key(heading).split())
    if not joined.isalpha():
        return None
    found = _DESPACED.get(joined)
    if found is None:
        noun = next((n for n in _HEAD_NOUNS if joined.endswith(n) and len(joined) - len(n) <= _QUALIFIER_LETTERS), None)
        found = _LOOKUP[noun] if noun else None
    if found is None and (words := _english_words(joined)) is not None:
        found = _short_line_section(" ".join(words))  # "RESEA RC H & ENGINEERING EXPERIENCE", "T E AC HING & MEN TO RING"
    return found


def _english_words(letters: str) -> list[str] | None:
    """The fewest English words of two letters or more that spell ``letters`` run together, or None."""
    fewest: list[list[str] | None] = [[]] + [None] * len(letters)
    for end in range(2, len(letters) + 1):
        for start in range(max(0, end - _LONGEST_WORD), end - 1):
            before = fewest[start]
            current = fewest[end]
            if before is not None and (current is None or len(before) + 1 < len(current)) and is_english_word(letters[start:end]):
                fewest[end] = [*before, letters[start:end]]
    return fewest[-1]


_LONGEST_WORD = 16


_SPLIT_INITIAL = re.compile(r"[A-Z] [A-Z]{3,}\b")
# a rule drawn with characters after or around a heading: "EDUCATION______", "—— Skills ——", "Experience ========"
_RULE = re.compile(r"[_=—–-]{3,}|^\s*[_=—–-]+\s|\s[_=—–-]+\s*$")
_LEADING_YEAR = re.compile(r"(?:19|20)\d\d\b")
_LINK_AFTER = re.compile(r"\s*\(\s*https?://[^()\s]{12,}\s*\)\s*$")  # "PROJECTS ( https://github.com/jdoe/portfolio )"
_YEAR = re.compile(r"\b(?:19|20)\d\d\b|['’]\d\d\b")
# a heading that says how long: "Experience : 4 Years", "Work Experience: 5+ yrs"
_YEARS_VALUE = re.compile(r"\s*[:–—-]\s*\d{1,2}\+?\s*(?:years?|yrs?)\.?\s*$", re.IGNORECASE)


# an experience heading with its dash glued on, as a resume's headings are ("Skills-"), then a remark on how long:
# "Working Experience- Project Manager with 2 years experience ..." (not a sentence: "Experience - 5 years building ...")
_HOW_LONG = re.compile(r"^([^:–—-]{4,40}?[^\s:–—-])[–—-]\s+[^:]*?\b\d{1,2}\+?\s*(?:years?|yrs?)\b")
# "Internship Experience - OgCloud (Guangdong Tianyun Technology Co., Ltd.)": a heading over one employer's entry
_WITH_EMPLOYER = re.compile(r"^([^|–—-]{4,40}?)\s+[-|–—]\s+([^|–—]{2,80})$")
_NAME_WORD = re.compile(r"^(?:[A-Z0-9&][\w&.,'’-]*|\(.*|.*\)[.,]?)$")


def _heading_with_employer(line: str) -> str | None:
    match = _WITH_EMPLOYER.match(line)
    if not match:
        return None
    kind = _short_line_section(match.group(1))
    words = re.sub(r"\([^()]*\)", "", match.group(2)).split()
    if kind not in ACTIVITY_KINDS or not words or not all(_NAME_WORD.match(w) or w.lower() in _SMALL_WORDS for w in words):
        return None
    return kind


def _side_note(text: str) -> re.Match[str] | None:
    """:data:`_SIDE_NOTE` matched, only on a line with a bar or a dash (its search is slow on long lines)."""
    return _SIDE_NOTE.match(text) if any(mark in text for mark in "|–—") else None


def _unqualified(heading: str) -> str:
    """The heading without a remark after it: "WORK EXPERIENCE (ordered by date)", "INTERNSHIPS | FORAGE"."""
    qualified = (_QUALIFIER.match(heading) if "(" in heading else None) or _side_note(heading)
    return qualified.group(1) if qualified else heading


@lru_cache(maxsize=4096)
def _short_line_section(stripped: str) -> str | None:  # asked for every short line several times (layout, sections, positions)
    stripped = _unqualified(stripped)
    whole = _key(stripped)
    key = whole.removeprefix("selected ")  # "SELECTED ORAL PRESENTATIONS" is a list of them
    found = _LOOKUP.get(key) or _LOOKUP.get(whole)
    if found is None and key.endswith((" and other", " and more")):
        found = _LOOKUP.get(key.rsplit(" and ", 1)[0])  # "Languages & other": a heading with a catch-all after it
    if found is None and key.endswith(" attended"):
        # "CONFERENCES ATTENDED", "Events, Schools and Workshops Attended", "Courses Attended"
        attended = key.removesuffix(" attended")
        listed = set(attended.split())
        found = "events" if _EVENT_WORDS.issuperset(listed) and listed & _EVENT_NOUNS else _LOOKUP.get(attended)
    if found is None and key.endswith(" experiences"):
        found = _LOOKUP.get(key[:-1])  # "Teaching Experiences", "Research Experiences"
    if found is None and " " in key and not key.endswith("s"):
        plural = _LOOKUP.get(key + "s")  # "EDUCATIONAL QUALIFICATION": a plural heading said once
        found = None if plural in ACTIVITY_KINDS else plural  # not "Academic Project", an entry's own label
    if found is None and key.startswith(("additional ", "other ")) and len(stripped.split(None, 1)) == 2:
        found = _short_line_section(stripped.split(None, 1)[1])  # "ADDITIONAL COURSES", "Additional Service and Outreach"
    if found is None and key.endswith(" details") and len(key.split()) <= 3:
        found = _LOOKUP.get(key.removesuffix(" details"))  # "Employment Details", "Education Details" (Naukri)
    if found is None and key.startswith(("relevant ", "recent ")):
        found = _LOOKUP.get(key.split(" ", 1)[1])  # "RELEVANT WORK HISTORY", "Recent Employment"
    if found is None and " and " in key:
        parts = [part.strip() for part in key.split(" and ")]
        kinds = [_part_kind(part) for part in parts]
        found = kinds[0] if all(kinds) else None
        if found == "volunteering" and ("awards" in kinds or "certifications" in kinds):
            # "Leadership and Awards", "EXTRACURRICULAR / CERTIFICATES": one-line honours, courses and roles, not dated
            # entries with duties
            found = "awards" if "awards" in kinds else "certifications"
        if found in ACTIVITY_KINDS and kinds[-1] == "interests" and parts[-1].endswith(" interests"):
            found = "interests"  # "Research & Engineering Interests": the noun at the end is both parts'
        if found is None and kinds[0] in ACTIVITY_KINDS and parts[0].split()[-1] in _HEAD_NOUNS and not stripped.endswith("."):
            found = kinds[0]  # "Personal projects and non-profit activity": a known activity heading leads
        if found is None and kinds[0] is not None and parts[0] in _HEAD_NOUNS and len(key.split()) <= 4 and _one_case(stripped):
            found = kinds[0]  # "SKILLS & TECHNIQUES": a heading's noun leads a short heading
    if found is None and "," in stripped and len(key.split()) <= _LISTED_HEADINGS:
        # "EDUCATION, ACHIEVEMENTS, EXTRACURRICULAR": headings listed, a section of dated entries first leads
        kinds = [_part_kind(part.strip()) for part in _key(stripped.replace(",", " & ")).split(" and ")]
        if all(kinds) and kinds[0] in _LEADING_KINDS:
            found = kinds[0]
    words = key.split()
    named = [word for word in words if word != "and"]  # "PRODUCTION AI & SYSTEMS PROJECTS": four words name it
    if (
        found is None
        and 1 < len(named) <= 4
        and words[-1] in _HEAD_NOUNS
        and _one_case(stripped)
        and stripped.count("|") < 2
        and not _PREPOSITIONS.intersection(words)
    ):
        # "Professional Skills", "Selected Industry Experience", "Software Tools"; not a row of links ("Github | ... | Portfolio")
        # nor a phrase whose noun is a preposition's object ("Support for scientific publications", a duty)
        found = _LOOKUP[words[-1]]
    if found is None and 1 < len(words) <= 3 and words[0] in ("skills", "skill") and set(words[1:]) <= _LIST_NOUNS and _one_case(stripped):
        found = "skills"  # "Skills Matrix", "Skill matrix", "SKILLS INVENTORY MATRIX", "Skills Overview": the skills, laid out
    if found is None and 1 < len(words) <= 4 and words[-1] in ("highlight", "highlights") and _one_case(stripped):
        # "KEY PROJECT HIGHLIGHT", "Research Highlights" ("Career Highlights" are a summary's)
        found = next((_LOOKUP[n] for n in (words[-2], words[-2] + "s") if n in _HEAD_NOUNS or n == "research"), None)
    if found is None and 1 <= len(words) <= 4 and _one_case(stripped):
        noun = _misspelled_noun(words[-1])  # "LEADERSHIP AND TEACHING EXPEREINCES", "Eduction"
        if noun is not None and noun != words[-1]:
            found = _short_line_section(" ".join([*words[:-1], noun]))
    if found is None and stripped.count("/") == 1:
        found = _short_line_section(stripped.replace("/", "&"))  # "RESEARCH PROJECTS / EXPERIENCES": two headings joined
    if found is None and stripped.count("/") == 2 and all(_short_line_section(part) for part in stripped.split("/")):
        found = _short_line_section(stripped.split("/")[0])  # "Awards / Prizes / Scholarships": three of them
    return found


_LISTED_HEADINGS = 6
_LEADING_KINDS = frozenset(["education", "experience", "projects", "research"])
_LIST_NOUNS = frozenset(["matrix", "inventory", "overview", "snapshot", "toolkit", "toolbox", "profile", "map", "index"])


# words that head a section only joined to another heading ("Consultoría independiente / Freelance"): alone on a line they
# are as often a freelancer's organization line
_JOINED_ONLY = {"freelance": "experience", "consultancy": "experience", "consulting": "experience"}


def _part_kind(part: str) -> str | None:
    """The kind one part of a joined heading names: "selected awards" in "Selected Awards and Scholarships"."""
    found = _LOOKUP.get(part) or _JOINED_ONLY.get(part)
    if found is None and part.endswith("s"):
        found = _LOOKUP.get(part[:-1])  # "teaching experiences"
    words = part.split()
    if found is None and 1 < len(words) <= 3 and words[-1] in _HEAD_NOUNS:
        found = _LOOKUP[words[-1]]
    return found


def _misspelled_noun(word: str) -> str | None:
    """The heading noun a word that is no English word misspells (one swapped or missing letter), if any."""
    if len(word) < _TYPO_LENGTH or word in _TYPO_TARGETS or is_english_word(word):
        return None
    from rapidfuzz import fuzz, process

    best = process.extractOne(word, _TYPO_TARGETS, scorer=fuzz.ratio, score_cutoff=_TYPO_SCORE)
    return best[0] if best is not None and best[0][0] == word[0] else None


_TYPO_LENGTH = 7
_TYPO_SCORE = 89.0


def _one_case(text: str) -> bool:
    """Whether the words of a line share one style (Title Case, UPPER or lower case), as a heading's do, or are
    two words; a sentence that ends in a heading's noun does not ("Led several projects", "Built internal tools")."""
    words = [word for word in text.split() if word.lower() not in _SMALL_WORDS and word[:1].isalpha()]
    styles = {_style(word) for word in words}
    if len(styles) <= 1 or styles == {"title", "upper"} or len(words) <= 2:  # "Communication skills"
        return True
    # sentence case ("Recent open-source projects"), unless the first word is a verb ("Led several projects")
    first = words[0].lower()
    return (
        _style(words[0]) == "title"
        and all(_style(word) == "lower" for word in words[1:])
        and not first.endswith(("ed", "ing"))
        and first not in _VERBS
    )


# verbs that lead a bullet ("Led several projects", "Build internal tools"): irregular past forms and bare stems
# (forms in -ed and -ing are known by their ending)
_VERBS = frozenset(
    [
        "led",
        "lead",
        "built",
        "build",
        "ran",
        "run",
        "won",
        "made",
        "make",
        "wrote",
        "write",
        "taught",
        "teach",
        "grew",
        "grow",
        "drove",
        "drive",
        "took",
        "gave",
        "did",
        "sold",
        "held",
        "set",
        "put",
        "kept",
        "brought",
        "bought",
        "found",
        "began",
        "chose",
        "spoke",
        "went",
        "saw",
        "met",
        "read",
        "manage",
        "develop",
        "create",
        "design",
        "own",
    ]
)


def _style(word: str) -> str:
    if word.isupper():
        return "upper"
    return "title" if word[:1].isupper() else "lower"


_PREPOSITIONS = frozenset({"for", "to", "with", "in", "on", "at", "from", "by", "into", "through", "via", "about"})
_SMALL_WORDS = frozenset({"and", "or", "of", "&", "in", "for", "the", "with", "to", "a", "an", "on", "at"})


def inline_section(line: str) -> str | None:
    """The section of a labelled line such as "Skills: Python, SQL" (for that line only)."""
    match = _INLINE_LABEL.match(line)
    if not match:
        return None
    return _LOOKUP.get(_key(match.group(1)))
