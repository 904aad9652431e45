"""Dates and date ranges as resumes print them, turned into month intervals.

Months are whole numbers (``year * 12 + month - 1``) so that intervals are easy to compare and count.
The convention (what the evaluation measures): a year alone is January as a start and December as an
end; a single date with no range is that one month (a year alone: the whole year); seasons are
meteorological (Summer Y = Jun-Aug Y, Winter Y = Dec Y-1 - Feb Y); a quarter is its three months; an open
end (Present, Current, Now, to date, Ongoing, an empty end) is the as-of month. Ends never fall after the
as-of month; that clamp is applied by :func:`clamp`, since it depends on the as-of month of the analysis.
"""

from __future__ import annotations

import datetime as _dt
import re
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, replace
from functools import lru_cache

Month = int

_POLISH_MONTHS = (
    ("styczeń", "stycznia", "sty"),
    ("luty", "lutego", "lut"),
    ("marzec", "marca"),
    ("kwiecień", "kwietnia", "kwi"),
    ("maj", "maja"),
    ("czerwiec", "czerwca", "cze"),
    ("lipiec", "lipca", "lip"),
    ("sierpień", "sierpnia", "sie"),
    ("wrzesień", "września", "wrz"),
    ("październik", "października", "paź"),
    ("listopad", "listopada", "lis"),
    ("grudzień", "grudnia", "gru"),
)
_GREEK_MONTHS = (
    "Ιανουάριος",
    "Φεβρουάριος",
    "Μάρτιος",
    "Απρίλιος",
    "Μάιος",
    "Ιούνιος",
    "Ιούλιος",
    "Αύγουστος",
    "Σεπτέμβριος",
    "Οκτώβριος",
    "Νοέμβριος",
    "Δεκέμβριος",
)
# the months of languages that decline them, in the forms resumes print before a year: Czech, Russian and Ukrainian
# in the nominative and the genitive ("březen 2019 – dosud", "март 2021 — настоящее время"), Croatian too but for
# "listopad", which is October there and November in Czech and Polish (read as November)
_CZECH_MONTHS = (
    ("leden", "ledna"),
    ("únor", "února"),
    ("březen", "března"),
    ("duben", "dubna"),
    ("květen", "května"),
    ("červen", "června"),
    ("červenec", "července"),
    ("srpen", "srpna"),
    ("září",),
    ("říjen", "října"),
    ("listopad", "listopadu"),
    ("prosinec", "prosince"),
)
_RUSSIAN_MONTHS = (
    ("январь", "января", "січень", "січня"),
    ("февраль", "февраля", "лютий", "лютого"),
    ("март", "марта", "березень", "березня"),
    ("апрель", "апреля", "квітень", "квітня"),
    ("май", "мая", "травень", "травня"),
    ("июнь", "июня", "червень", "червня"),
    ("июль", "июля", "липень", "липня"),
    ("август", "августа", "серпень", "серпня"),
    ("сентябрь", "сентября", "вересень", "вересня"),
    ("октябрь", "октября", "жовтень", "жовтня"),
    ("ноябрь", "ноября", "листопад", "листопада"),
    ("декабрь", "декабря", "грудень", "грудня"),
)
_CROATIAN_MONTHS = (
    ("siječanj", "siječnja"),
    ("veljača", "veljače"),
    ("ožujak", "ožujka"),
    ("travanj", "travnja"),
    ("svibanj", "svibnja"),
    ("lipanj", "lipnja"),
    ("srpanj", "srpnja"),
    ("kolovoz", "kolovoza"),
    ("rujan", "rujna"),
    (),
    ("studeni", "studenoga", "studenog"),
    ("prosinac", "prosinca"),
)
# ... Hungarian ones with their common abbreviations, which follow the year ("2020. március – jelenleg")
_HUNGARIAN_MONTHS = (
    ("január", "jan"),
    ("február", "febr"),
    ("március", "márc"),
    ("április", "ápr"),
    ("május", "máj"),
    ("június", "jún"),
    ("július", "júl"),
    ("augusztus", "aug"),
    ("szeptember", "szept"),
    ("október", "okt"),
    ("november", "nov"),
    ("december", "dec"),
)
# ... and Finnish, Romanian, Estonian, Latvian, Ukrainian, Swedish and Danish ones ("maaliskuu 2020 – nykyään", "martie
# 2021 – prezent", "märts 2021 – praegu", "aprīlis 2021 – šobrīd", "березень 2021 – дотепер", "maj 2019", "augusti 2020"),
# and Lithuanian, whose resumes put the year first: "2019 m. kovas – dabar"
_MORE_MONTHS = (
    ("tammikuu", "tammikuuta", "tammi", "ianuarie", "jaanuar", "jaan", "janvāris", "січень", "січня", "sausis", "sausio"),
    ("helmikuu", "helmikuuta", "helmi", "februarie", "veebruar", "veebr", "februāris", "лютий", "лютого", "vasaris", "vasario"),
    ("maaliskuu", "maaliskuuta", "maalis", "martie", "märts", "березень", "березня", "kovas", "kovo"),
    ("huhtikuu", "huhtikuuta", "huhti", "aprilie", "aprill", "aprīlis", "квітень", "квітня", "balandis", "balandžio"),
    ("toukokuu", "toukokuuta", "touko", "maijs", "травень", "травня", "maj", "gegužė", "gegužės"),
    ("kesäkuu", "kesäkuuta", "kesä", "iunie", "jūnijs", "червень", "червня", "birželis", "birželio"),
    ("heinäkuu", "heinäkuuta", "heinä", "iulie", "jūlijs", "липень", "липня", "liepa", "liepos"),
    ("elokuu", "elokuuta", "elo", "augusts", "серпень", "серпня", "augusti", "rugpjūtis", "rugpjūčio"),
    ("syyskuu", "syyskuuta", "syys", "septembrie", "septembris", "вересень", "вересня", "rugsėjis", "rugsėjo"),
    ("lokakuu", "lokakuuta", "loka", "octombrie", "oktoober", "oktobris", "жовтень", "жовтня", "spalis", "spalio"),
    ("marraskuu", "marraskuuta", "marras", "noiembrie", "novembris", "листопад", "листопада", "lapkritis", "lapkričio"),
    ("joulukuu", "joulukuuta", "joulu", "decembrie", "detsember", "dets", "decembris", "грудень", "грудня", "gruodis", "gruodžio"),
)
_MONTHS = {
    "january": 1,
    "february": 2,
    "march": 3,
    "april": 4,
    "may": 5,
    "june": 6,
    "july": 7,
    "august": 8,
    "september": 9,
    "october": 10,
    "november": 11,
    "december": 12,
    "jan": 1,
    "feb": 2,
    "febuary": 2,  # the common misspellings
    "feburary": 2,
    "mar": 3,
    "apr": 4,
    "jun": 6,
    "jul": 7,
    "aug": 8,
    "sep": 9,
    "sept": 9,
    "septemeber": 9,  # an "e" too many before "ber"
    "novemeber": 11,
    "decemeber": 12,
    "septermber": 9,  # ... an "r" too many, a letter left out or two swapped
    "setember": 9,
    "ocotber": 10,
    "novmber": 11,
    "decmber": 12,
    "januray": 1,
    "janaury": 1,
    "oct": 10,
    "nov": 11,
    "dec": 12,
    # Spanish, Portuguese, French, German, Italian, Dutch, Indonesian, Malay and Turkish names that no English word or common
    # name shares ("Nov 2021 - Dic 2022", "Desember 2019 - September 2020", "Eyl 2017 – Şub 2020"; not "Mars 2020", a
    # mission, or "Marco")
    **dict.fromkeys(("enero", "ene", "janeiro", "janvier", "janv", "januar", "januari", "gennaio", "ocak", "oca"), 1),
    **dict.fromkeys(("febrero", "fevereiro", "fev", "février", "févr", "fév", "fevrier", "februar", "februari", "febbraio"), 2),
    **dict.fromkeys(("şubat", "subat", "şub"), 2),
    **dict.fromkeys(("marzo", "março", "märz", "mär", "maerz", "maret", "maart", "mart"), 3),
    **dict.fromkeys(("abril", "abr", "avril", "avr", "aprile", "nisan", "nis"), 4),
    # (and Italian abbreviations, "ago" and "mag" among them, read as months only where a date reads them: "set 2018 – lug
    # 2020", "mag 2019 – giu 2020", "ago 2017 – ott 2018")
    **dict.fromkeys(("mayo", "maio", "mai", "mei", "maggio", "mayıs", "mayis", "mag"), 5),
    **dict.fromkeys(("junio", "junho", "juin", "juni", "giugno", "haziran", "haz", "giu"), 6),
    **dict.fromkeys(("julio", "julho", "juillet", "juil", "juli", "luglio", "temmuz", "tem", "julai", "lug"), 7),
    **dict.fromkeys(("agosto", "août", "aout", "agustus", "agt", "augustus", "ağustos", "agustos", "ağu", "agu", "ogos", "aoû", "ago"), 8),
    **dict.fromkeys(("septiembre", "setiembre", "setembro", "septembre", "settembre", "eylül", "eylul", "eyl"), 9),
    **dict.fromkeys(("octubre", "outubro", "octobre", "oktober", "okt", "ottobre", "ekim", "eki", "ott"), 10),
    **dict.fromkeys(("noviembre", "novembro", "novembre", "kasım", "kasim", "kas"), 11),
    **dict.fromkeys(
        ("diciembre", "dic", "dezembro", "dez", "décembre", "decembre", "dezember", "desember", "dicembre", "disember", "déc", "des"), 12
    ),
    **dict.fromkeys(("aralık", "aralik"), 12),
    # Greek ("Μάρτιος 2018 – Δεκέμβριος 2021"; kept casefolded, as the lookup casefolds: a final "ς" is "σ"), and the
    # tables above: Polish in the nominative and the genitive ("styczeń 2021 – obecnie", "od października 2019"), ...
    **{name.casefold(): number for number, name in enumerate(_GREEK_MONTHS, 1)},
    **{
        name: number
        for table in (_POLISH_MONTHS, _CZECH_MONTHS, _RUSSIAN_MONTHS, _CROATIAN_MONTHS, _HUNGARIAN_MONTHS, _MORE_MONTHS)
        for number, names in enumerate(table, 1)
        for name in names
    },
}
# first and last month of a season relative to its year (Winter Y starts in December of Y-1)
_SEASONS = {"spring": (3, 5), "summer": (6, 8), "fall": (9, 11), "autumn": (9, 11), "winter": (0, 2)}

_MONTH_NAMES = "|".join(sorted(_MONTHS, key=len, reverse=True))
_SEASON_NAMES = "|".join(_SEASONS)
# a month's name or any abbreviation of it, in a pattern of its own ("Sept.", "Janv", "July")
MONTH_WORD = r"(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\.?"
_YEAR4 = r"(?:19[5-9]\d|20\d\d)"
_YEAR = rf"(?:{_YEAR4}|['’‘`´]\d\d)"
# after a month name the apostrophe of a short year may sit on the month ("Mar’ 26") or follow the year ("Aug 25’")
_MONTH_YEAR = rf"(?:{_YEAR4}|['’‘`´]\s?\d\d|\d\d['’‘`´])"
_DAY = r"(?:\d{1,2}(?:st|nd|rd|th)?)"
# a date may start where a word ends in a small letter and the date's capital follows with no space: a right-aligned
# date glued to the line's text by the PDF ("React Router, SupabaseJuly 2026"); so may a range of years
# ("Portfolio Management2015-2021")
_TOKEN = re.compile(
    rf"""(?:(?<![\w'’‘`´])|(?<=(?-i:[a-z]))(?=(?-i:[A-Z]))|(?<=(?-i:[a-z]))(?={_YEAR4}\s?[-–—]\s?(?:{_YEAR4}|present|current|now)\b))(?:
      (?P<q>q)(?P<quarter>[1-4])\s*[-/,]?\s*(?P<qyear>{_YEAR})
    | (?P<season>{_SEASON_NAMES})\s*[,–—-]?\s*(?:of\s+)?(?P<syear>{_YEAR})(?:[-–/](?P<snext>\d\d?)(?!\d))?
    | (?:{_DAY}(?:\s+|-(?={_MONTH_NAMES}-)))?(?P<mname>{_MONTH_NAMES})
      \.?(?:\s*{_DAY}(?:\s*[-–—]\s*{_DAY})?\s*,|\s+{_DAY}(?=\s+{_YEAR4}\b))?[\s,./-]{{0,2}}(?:del?\s+)?(?P<myear>{_MONTH_YEAR})
    | (?P<iyear>{_YEAR4})[-/.](?P<imonth>0[1-9]|1[0-2])(?:[-/.](?:0[1-9]|[12]\d|3[01]))?
    | (?P<dday>1[3-9]|2\d|3[01])(?P<dsep>[/.-])(?P<dmonth>0?[1-9]|1[0-2])(?P=dsep)(?P<dyear>{_YEAR4})
    | (?P<nmonth>0?[1-9]|1[0-2])(?:(?P<nsep>[/.-])(?P<nday>0?[1-9]|[12]\d|3[01])(?=[/.-]))?[/.-](?P<nyear>{_YEAR4})
    | (?P<pmonth>0[1-9]|1[0-2])\.\s(?P<pyear>{_YEAR4})
    | (?P<ymyear>{_YEAR4})(?:[\s,.]{{1,2}}(?=(?-i:[A-Z]))|\s+m\.\s*)(?P<ymname>{_MONTH_NAMES})\.?
    | (?P<year>{_YEAR})(?:(?:--|[-–—/]|\s+[-–—]\s+(?=\d\d\s*(?:$|[|,;)])))(?P<yshort>\d\d)(?!\d))?
    | (?P<alone>{_MONTH_NAMES})\.?(?:\s*{_DAY}(?=\s*(?:[-–—−‐‑‒―~]|to\b|until\b|through\b)))?
    | (?P<salone>{_SEASON_NAMES})(?=\s*[-–—]\s*(?:{_SEASON_NAMES})\b)
    )(?![\w%+]|[.,/]\d|-\d{{1,2}}\b(?![/.]\d{{4}}))""",
    re.IGNORECASE | re.VERBOSE,
)
_DIGIT = re.compile(r"\d")
# "July 2024 year - Until now": a year may carry the word "year" before the range goes on, or a stray full stop
# ("July 2024. — Current")
# ("From: 06/2021 To: Present": the field labels of a form-like CV)
# (a "{" between two dates is the en dash of a LaTeX font with the old 7-bit encoding and no Unicode map: "Oct. 2022 { Present")
_SEPARATOR = re.compile(
    r"\.?\s*(?:years?\b\s*)?(?:[-–—−‐‑‒―~]{1,2}|(?<=[\s\d.])\{(?=[\s\d])|→|->|(?:\bto\b|\buntil\b|\btill\b|\bthrough\b|\bthru\b):?"
    r"|(?<=\s)/(?=\s)"  # ... or a slash set apart by spaces: "2020-03 / 2023-06", "2023-07 / Present"
    # ... or the "to" of Italian, Spanish and Portuguese before a year or today: "dal 2021 a oggi", "dal 2018 al 2020"
    r"|\s+al?(?=\s+(?:\d|oggi|hoy|hoje|presente|actualidad|atual|la\s+fecha)))\s*(?:-\s*)?",
    re.IGNORECASE,
)
# an ellipsis after the separator ("Oct 2024 – ...") leaves the range open too; so do the words of resumes written
# in other languages or exported by their builders ("2025 – Atual", "2019 – heute", "2021 – en cours", "03.2021 – obecnie")
# ("2020 - Actually": the Spanish "actualmente" put in English word for word)
_OPEN = re.compile(
    r"(?:\*\s?)?"  # a mark before it: "October 2023- *Current"
    r"(?:(?:to|till|until)[\s-]+(?=present|now|today|date|current))?"  # "04/2011 – To present", "Jan 2020 - till date", "Till-Date"
    r"(?:present(?:\s+day)?|pres\b\.?|curr\b\.?|current(?:ly)?|now|today|to[\s-]+date|date|ongoing|onwards?|on-?going|continu(?:e[sd]?|ing)"
    r"|atual(?:mente)?|actual(?:mente|idad|ment|itat)?|actually(?=\s*(?:$|[|)\],;]))|presente|présent|heute|aktuell|heden|aujourd['’]hui|en\s+cours|in\s+corso"
    r"|hoy|oggi|attuale|hoje|obecnie|nadal|teraz|jetzt|dato|nu|nå|idag|pågående|nyt|sekarang|günümüz|halen|současnost|dosud"
    r"|prezent|în\s+prezent|jelenleg|napjainkig|nykyään|nykyhetki|jatkuu|danas|trenutno|(?:по\s+)?настоящее\s+время|наст\.\s?время"
    r"|(?:по\s+)?н\.\s?в(?=\.)|сейчас|(?:по\s+)?теперішній\s+час|дотепер|(?:hasta\s+|a\s+)?la\s+fecha|d\.d(?=\.)|現在|至今|迄今|현재|σήμερα"
    # ... "jan. 2021 – o momento" (Portuguese, "to the moment"), "hasta el momento", "la actualidad"
    r"|(?:até\s+)?o\s+momento|(?:hasta\s+)?el\s+momento|la\s+actualidad"
    # (Hebrew also as a PDF extracts it, in visual order, letters reversed: "2020 – םויה")
    r"|nay|hiện\s+tại|kini|masa\s+kini|(?:עד\s+)?היום|כיום|םויה|םויכ|praegu|tänaseni|šobrīd|līdz\s+šim|(?:iki\s+)?dabar|iki\s+šiol)\b"
    r"|(?:\.{3}|…|\*)(?!\s*\w)",  # "Jun 2020 - *": a mark alone after the dash, as an ellipsis
    re.IGNORECASE,
)
# an open end printed alone, on a line or in a cell of its own ("Jun 2022" over "Present", "03/2022" over "heute")
OPEN_END_ALONE = re.compile(rf"(?i)^(?:{_OPEN.pattern})$")
# "Sep. 2023 Mar. 2024": a range whose dash the PDF's font lost
_LOST_SEPARATOR = re.compile(r"\s{1,3}(?=\S)")
# ... in the languages whose months this module reads too: "depuis janvier 2022", "seit 03/2021", "desde marzo de 2020",
# "od 03.2021" (Polish)
# ... German "ab 10/2021" (lowercase, or capitalised opening its line: "AB" is Alberta), Indonesian "sejak 2020"
_SINCE = re.compile(r"(?:\bsince|\bfrom|\bdepuis|\bseit|\bdesde|\bsinds|\bdal|\bod|\bsejak|(?-i:\bab|^\s*Ab))\s*$", re.IGNORECASE)
# an open range with nothing after the separator: "2021 –" at the end of a line, a cell or parentheses
_EMPTY_END = re.compile(r"\s*(?:$|[)\]|,;])")
_DASH = re.compile(r"[-–—]")
_YEAR_ALONE = re.compile(r"(?:19|20)\d\d")  # a year printed alone, with no month before it
# digits right before a date that make it part of a number: phone numbers, "v1.2019", "(555) 2020"
_NUMBER_BEFORE = re.compile(r"(?:\d[-./+:]\s?|\d\)\s?|[#$€£])$")
_SIGN_OR_SEPARATOR_BEFORE = re.compile(r"(?:\d[-./+:]\s?|[#$€£])$")


@dataclass(frozen=True)
class DateSpan:
    """A date or date range found in a text.

    ``start``/``end`` are months (``end`` is None when open); ``begin``/``stop`` the character span of the
    printed text ``text``; ``ranged`` says whether it was printed as a range.
    """

    start: Month
    end: Month | None
    current: bool
    text: str
    begin: int
    stop: int
    ranged: bool


@dataclass(frozen=True)
class _Token:
    first: Month | None  # None for a month name printed without its year
    last: Month | None
    month: int
    begin: int
    stop: int


def month(year: int, month_of_year: int) -> Month:
    """The month number of ``year``-``month_of_year``."""
    return year * 12 + month_of_year - 1


def format_month(value: Month) -> str:
    """``YYYY-MM`` of a month number."""
    return f"{value // 12:04d}-{value % 12 + 1:02d}"


def parse_month(text: str) -> Month:
    """The month number of ``YYYY-MM``; ValueError otherwise."""
    match = re.fullmatch(r"(\d{4})-(\d{2})", text.strip())
    if not match or not 1 <= int(match.group(2)) <= 12:
        raise ValueError(f"{text!r} is not a month in YYYY-MM form")
    return month(int(match.group(1)), int(match.group(2)))


def this_month(today: _dt.date | None = None) -> Month:
    """The current month (the default as-of month)."""
    today = today or _dt.date.today()
    return month(today.year, today.month)


def span_months(start: Month, end: Month) -> int:
    """Months from ``start`` to ``end``, both included (Mar 2021 - Nov 2026 = 69)."""
    return max(0, end - start + 1)


def union_months(intervals: list[tuple[Month, Month]]) -> int:
    """Length in months of the union of closed month intervals (overlaps counted once)."""
    total = 0
    reach: Month | None = None
    for start, end in sorted(intervals):
        if end < start:
            continue
        if reach is None or start > reach:
            total += end - start + 1
            reach = end
        elif end > reach:
            total += end - reach
            reach = end
    return total


def clamp(start: Month, end: Month | None, current: bool, as_of: Month) -> tuple[Month, Month] | None:
    """The interval of a dated entry as of ``as_of``: open ends are the as-of month, ends never fall after
    it; None when the entry starts after the as-of month."""
    if start > as_of:
        return None
    stop = as_of if current or end is None else min(end, as_of)
    return (start, max(start, stop))


def _year(text: str) -> int:
    digits = re.sub(r"\D", "", text)
    value = int(digits)
    if len(digits) == 2:
        value += 2000 if value <= 40 else 1900
    return value


def _token(match: re.Match[str], day_first: bool = False) -> _Token | None:
    g = match.groupdict()
    begin, stop = match.span()
    if g["quarter"]:
        year, q = _year(g["qyear"]), int(g["quarter"])
        return _Token(month(year, 3 * q - 2), month(year, 3 * q), 0, begin, stop)
    if g["season"]:
        year = _year(g["syear"])
        first, last = _SEASONS[g["season"].casefold()]
        if g["snext"]:  # "Winter 2025-26": the winter that turns the year ("Fall 2025-26": both years, as "2025-26")
            if int(g["snext"]) not in ((year + 1) % 100, (year + 1) % 10):
                return None
            if first != 0:
                return _Token(month(year, 1), month(year + 1, 12), 0, begin, stop)
            year += 1
        return _Token(month(year, 1) + first - 1, month(year, 1) + last - 1, 0, begin, stop)
    if g["mname"]:
        value = month(_year(g["myear"]), _MONTHS[g["mname"].casefold()])
        return _Token(value, value, 0, begin, stop)
    if g["ymyear"]:  # "2018 Sep": the year first, as some resumes write it
        value = month(int(g["ymyear"]), _MONTHS[g["ymname"].casefold()])
        return _Token(value, value, 0, begin, stop)
    if g["iyear"]:
        value = month(int(g["iyear"]), int(g["imonth"]))
        return _Token(value, value, 0, begin, stop)
    if g["dyear"]:  # "17/01/2025": a day first, as the whole document then writes its dates
        value = month(int(g["dyear"]), int(g["dmonth"]))
        return _Token(value, value, 0, begin, stop)
    if g["nyear"]:
        middle = int(g["nday"]) if g["nday"] else 0
        # "10.05.2024": dotted full dates are written day first wherever they are used
        dotted = g["nsep"] == "."
        value = month(int(g["nyear"]), middle if (day_first or dotted) and 0 < middle <= 12 else int(g["nmonth"]))
        return _Token(value, value, 0, begin, stop)
    if g["pyear"]:  # "10. 2020": a two-digit month, a dot and a space, as German resumes write it
        value = month(int(g["pyear"]), int(g["pmonth"]))
        return _Token(value, value, 0, begin, stop)
    if g["year"]:
        year = _year(g["year"])
        last = year
        if g["yshort"]:  # "2019-20", "2022 — 26" closing its cell: years; anything else ("2019-33") is no date
            last = year - year % 100 + int(g["yshort"])
            if not 0 < last - year < 10:
                return None
        return _Token(month(year, 1), month(last, 12), 0, begin, stop)
    if g["salone"]:  # "Spring-Fall 2022": the first season takes the year of the second
        return _Token(None, None, _SEASONS[g["salone"].casefold()][0], begin, stop)
    return _Token(None, None, _MONTHS[g["alone"].casefold()], begin, stop)


def _plausible(text: str, begin: int) -> bool:
    before = text[max(0, begin - 3) : begin]
    if not text[begin : begin + 1].isdigit():
        # a month's name after an aside's closing parenthesis is no phone number's part: "(remote from 2020) Jun 2019"
        return not _SIGN_OR_SEPARATOR_BEFORE.search(before)
    return not _NUMBER_BEFORE.search(before)


def find_dates(text: str, *, day_first: bool = False) -> list[DateSpan]:
    """Every date and date range in ``text``, left to right.

    Numbers that only look like years are skipped: phone numbers, versions ("Python 3.10"), grades
    ("3.5 GPA"), percentages and counts ("2-4 years"). ``day_first``: "11/09/2022" is the 11th of September
    (a document that also writes "17/01/2025"; see :func:`writes_day_first`), else November 9th.
    """
    if not _DIGIT.search(text):  # every date has a digit; most lines of a resume have none
        return []
    return list(_dates_in(text, day_first))


_DAY_FIRST = re.compile(rf"(?<![\d/.-])(?:1[3-9]|2\d|3[01])([/.-])(?:0?[1-9]|1[0-2])\1{_YEAR4}\b")


def mostly_date(text: str) -> bool:
    """Whether dates make up most of ``text`` ("Remote | Oct 2024 – Jan 2025", "Nov 2023 – Present")."""
    text = text.strip()
    spans = find_dates(text)
    return bool(spans) and sum(span.stop - span.begin for span in spans) >= _MOSTLY_DATE * len(text)


_MOSTLY_DATE = 0.6


def writes_day_first(texts: Iterable[str]) -> bool:
    """Whether a document writes full dates day first: one of them has a day no month can be ("17/01/2025")."""
    return any(_DAY_FIRST.search(text) for text in texts)


@lru_cache(maxsize=8192)  # layout, sections and positions each ask about the same lines
def _dates_in(text: str, day_first: bool = False) -> tuple[DateSpan, ...]:
    text = text.replace("_", " ")  # Markdown emphasis left in the text ("(_Nov 2021 - June 2024)"); same offsets
    printed = text
    text = _SHORT_YEAR_END.sub(_apostrophe_year, text)  # "Aug 2019 - Jul 21" read as "Aug 2019 - Jul'21"; same offsets
    text = _SHORT_YEARS.sub(_apostrophe_years, text)  # "Dec 19 – Jan 20" read as "Dec'19 – Jan'20"; same offsets
    text = _SHORT_YEAR_OPEN.sub(r"\1'\2", text)  # "(Jul 22 - Present)" read as "(Jul'22 - Present)"; same offsets
    for spelling, english in _OTHER_SPELLINGS:  # "mars 2018", "2021年4月", "2022. 3.", "set. 2020"; same offsets
        text = spelling.sub(english, text)
    out: list[DateSpan] = _short_ranges(text)
    tokens = [
        t
        for t in (_token(m, day_first) for m in _TOKEN.finditer(text))
        if t is not None and not any(span.begin <= t.begin < span.stop for span in out)  # read as part of a range already
    ]
    i = 0
    while i < len(tokens):
        token = tokens[i]
        if not _plausible(text, token.begin):
            i += 1
            continue
        rest = text[token.stop :]
        separator = _SEPARATOR.match(rest) or _pair_joined_by_and(text, rest, token, tokens[i + 1 : i + 2]) or _LOST_SEPARATOR.match(rest)
        if separator:
            after = token.stop + separator.end()
            following = tokens[i + 1] if i + 1 < len(tokens) and tokens[i + 1].begin == after else None  # right after it
            if (
                following is not None
                and token.first is not None
                and token.last is not None
                and following.first is not None
                and following.last is not None
                and following.last < token.first
                and _DASH.search(separator.group(0))
            ):
                # "2024 - 2020": a range written newest first, its ends swapped, not two years apart
                stop = following.stop
                out.append(DateSpan(following.first, token.last, False, text[token.begin : stop], token.begin, stop, True))
                i += 2
                continue
            if (
                following is not None
                and following.first is not None
                and (token.first is None or following.last is None or following.last >= token.first)
                and (separator.group(0).strip() or token.first is not None)
            ):
                start = token.first
                if start is None and _YEAR_ALONE.fullmatch(text, following.begin, following.stop):
                    # "February – 2023": a month, a stray dash and its year, not a range from the year before
                    single = month(following.first // 12, token.month)
                    out.append(DateSpan(single, single, False, text[token.begin : following.stop], token.begin, following.stop, False))
                    i += 2
                    continue
                if start is None:  # "Jan - Mar 2020": the start takes the end's year
                    end_year = following.first // 12
                    start = month(end_year, token.month)
                    if start > following.first:
                        start -= 12
                out.append(DateSpan(start, following.last, False, text[token.begin : following.stop], token.begin, following.stop, True))
                i += 2
                continue
            if token.first is not None:
                open_end = _OPEN.match(text, after)
                # "Sept 2019 Present" alone on a line: a range whose dash the PDF drew apart
                alone = open_end and not text[: token.begin].strip() and not text[open_end.end() :].strip()
                if open_end and (separator.group(0).strip() or alone):
                    stop = open_end.end()
                    out.append(DateSpan(token.first, None, True, text[token.begin : stop], token.begin, stop, True))
                    i += 1
                    continue
                glued = not text[: token.begin].strip() and _GLUED_OPEN_DASH.match(text, token.stop)
                if (_EMPTY_END.match(text, after) and text[token.stop : after].strip()) or glued:
                    stop = token.stop + len(text[token.stop : after].rstrip())
                    out.append(DateSpan(token.first, None, True, text[token.begin : stop], token.begin, stop, True))
                    i += 1
                    continue
        if token.first is not None and token.last is not None:
            if _SINCE.search(text[: token.begin]):
                out.append(DateSpan(token.first, None, True, text[token.begin : token.stop], token.begin, token.stop, True))
            else:
                out.append(DateSpan(token.first, token.last, False, text[token.begin : token.stop], token.begin, token.stop, False))
        i += 1
    if text != printed:
        out = [replace(span, text=printed[span.begin : span.stop]) for span in out]
    return tuple(sorted(out, key=lambda span: span.begin))


# a year and a month as Japanese and Chinese resumes write them: "2021年4月 – 現在", "2019年10月 - 2021年3月"
_CJK_MONTH = re.compile(r"((?:19|20)\d\d)\s?年\s?(1[0-2]|0?[1-9])\s?月")


# ... and as Korean resumes write them: "2019. 3. – 2022. 2.", "2022. 3. – 현재"
_DOTTED_MONTH = re.compile(r"(?<![\d.])((?:19|20)\d\d)\.\s(1[0-2]|0?[1-9])\.(?!\d)")


# the Portuguese and Italian abbreviations that are English words, only with their dot before a year ("jan. 2017 –
# set. 2020", "out. 2020 – atual", "ago. 2019") or without it as an end of a range or a start before its dash ("Feb
# 2018 – Ago 2021", "Set 2021 – oggi")
_PORTUGUESE_MONTH = re.compile(
    r"(?i)(?:\b(set|out|ago|gen)(?=\.\s?(?:19|20)\d\d\b)"
    r"|(?:(?<=[-–—]\s)|(?<=[-–—]))(set|out|ago)(?=\s(?:19|20)\d\d\b)"
    r"|\b(set|out|ago)(?=\s(?:19|20)\d\d\s*[-–—]))"
)
_PORTUGUESE_NAMES = {"set": "sep", "out": "oct", "ago": "aug", "gen": "jan"}  # (Italian "gen." is January)


def _portuguese_month(match: re.Match[str]) -> str:
    name = match[0]
    english = _PORTUGUESE_NAMES[name.casefold()]
    return english.upper() if name.isupper() else english.capitalize() if name[0].isupper() else english


# ... and as Vietnamese resumes write them, "T" or "Th" for tháng (month): "T3/2021 – nay", "T11/2018 – T2/2021",
# "Th06/2021 – nay"
_VIETNAMESE_MONTH = re.compile(r"(?<![\w/])(?:T|Th)(1[0-2]|0?[1-9])/((?:19|20)\d\d)(?!\d)")


def _month_slash_year(match: re.Match[str]) -> str:
    """A month and a year matched as ``(month, year)`` written "03/2021", padded to the match's length."""
    return f"{int(match[1]):02d}/{match[2]}".ljust(len(match[0]))


def _year_dash_month(match: re.Match[str]) -> str:
    """A year and a month matched as ``(year, month)`` written "2021-04", padded to the match's length."""
    return f"{match[1]}-{int(match[2]):02d}".ljust(len(match[0]))


# Hungarian months follow their year and its dot in small letters: "2020. március – jelenleg", "2019. szept. – 2020. febr."
_HUNGARIAN_MONTH = re.compile(
    r"(?i)(?<![\w.])((?:19|20)\d\d)\.\s?((?-i:{}))\.?(?!\w)".format(
        "|".join(sorted((n for names in _HUNGARIAN_MONTHS for n in names), key=len, reverse=True))
    )
)


def _year_and_month_name(match: re.Match[str]) -> str:
    """A year and a month's name matched as ``(year, name)``, written "2020-03" and padded to the match's length."""
    return f"{match[1]}-{_MONTHS[match[2].casefold()]:02d}".ljust(len(match[0]))


# the French March, which is also a planet and a mission ("Mars 2020"), only as an end of a range or after "depuis":
# "mars 2018 – décembre 2021", "avril 2017 – mars 2018", "depuis mars 2022"
_FRENCH_MARCH = re.compile(r"(?i)(?:(?<=[-–—]\s)|(?<=[-–—])|(?<=depuis\s)|\b(?=mars\s+(?:19|20)\d\d\s*[-–—]))(mar)s(?=\s+(?:19|20)\d\d\b)")
# months written in other ways, each read as an English spelling of the same length: "mars 2018 – décembre 2021" as
# "mar. 2018 – ...", "T3/2021" as "03/2021", "2021年4月 – 現在" as "2021-04 – 現在", "2022. 3. – 현재" as "2022-03  – 현재",
# "set. 2020" as "sep. 2020"
# months in Roman numerals before their year, as Polish and other Central European resumes write them, read only in a
# range ("III 2020 – obecnie", "IX 2017 – II 2020"; not "Phase II 2021"): each written "Mar'20", padded to its length
_ROMAN = "XII|XI|X|IX|VIII|VII|VI|V|IV|III|II|I"
_ROMAN_MONTH = re.compile(rf"(?<![\w.])({_ROMAN})\s?((?:19|20)\d\d)(?!\d)")
_ROMAN_RANGE = re.compile(rf"(?<![\w.])(?:{_ROMAN})\s?(?:19|20)\d\d\s*[-–—]\s*(?:(?:{_ROMAN})\s?(?:19|20)\d\d(?!\d)|(?=[^\W\d]))")
_ROMAN_VALUES = {"I": 1, "II": 2, "III": 3, "IV": 4, "V": 5, "VI": 6, "VII": 7, "VIII": 8, "IX": 9, "X": 10, "XI": 11, "XII": 12}
_ENGLISH_ABBREVIATIONS = ("Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec")


def _roman_months(match: re.Match[str]) -> str:
    """A range with months in Roman numerals rewritten with the same length ("IX 2017" as "09/2017", "III 2020" as "Mar
    2020"), unless its one month is followed by no open end ("Level II 2019 – Level III")."""
    if len(_ROMAN_MONTH.findall(match[0])) < 2 and not _OPEN.match(match.string, match.end()):
        return match[0]

    def english(month_match: re.Match[str]) -> str:
        number, year = _ROMAN_VALUES[month_match[1]], month_match[2]
        name = _ENGLISH_ABBREVIATIONS[number - 1]
        length = len(month_match[0])
        written = {6: f"{name}'{year[2:]}", 7: f"{number:02d}/{year}", 8: f"{name} {year}", 9: f"{name}. {year}"}
        return written.get(length, f"{name}'{year[2:]}".ljust(length))

    return _ROMAN_MONTH.sub(english, match[0])


_OTHER_SPELLINGS: tuple[tuple[re.Pattern[str], str | Callable[[re.Match[str]], str]], ...] = (
    (_ROMAN_RANGE, _roman_months),
    (_FRENCH_MARCH, r"\1."),
    (_VIETNAMESE_MONTH, _month_slash_year),
    (_CJK_MONTH, _year_dash_month),
    (_DOTTED_MONTH, _year_dash_month),
    (_PORTUGUESE_MONTH, _portuguese_month),
    (_HUNGARIAN_MONTH, _year_and_month_name),
)
# a start opening a line with its dash and no end, the entry's title after it: "Dec 7 2020– Research Scientist, Meta"
_GLUED_OPEN_DASH = re.compile(r"[–—]\s+[A-Z][a-z]")
# a range's end month with its year in two digits and no apostrophe, after a start with four: "Aug 2019 - Jul 21"
_SHORT_YEAR_END = re.compile(
    rf"(?i)(?<![\w'’])({MONTH_WORD}\s*(?:19|20)(\d\d)\s*[-–—]\s*{MONTH_WORD})\s(\d\d)(?![\w/:.,%]|\s*,?\s*(?:19|20)\d\d)"
)


def _apostrophe_year(match: re.Match[str]) -> str:
    """The end's two digits as a year when they fall in the range's first twenty years, else as they were (a day)."""
    return f"{match[1]}'{match[3]}" if _short_end_year(int(match[2]), int(match[3])) else match[0]


def _short_end_year(start: int, end: int) -> bool:
    """Whether two-digit years ``start`` and ``end`` can be a range's ends: the end in the start's first twenty years."""
    return 0 <= end - start <= _SHORT_END_YEARS


_SHORT_END_YEARS = 20
# both ends a month and two digits, with no year after: "Dec 19 – Jan 20", "(July 21 - Oct 21)"
_SHORT_YEARS = re.compile(rf"(?i)(?<![\w'’])({MONTH_WORD})\s(\d\d)(\s*[-–—]\s*)({MONTH_WORD})\s(\d\d)(?![\w/:.,%]|\s*,?\s*(?:19|20)\d\d)")


# a month and two digits before an open end: "(Jul 22 - Present)" (no one starts a job on a day of no year)
_SHORT_YEAR_OPEN = re.compile(
    rf"(?i)(?<![\w'’])(?<!\d\d\d\d\s)({MONTH_WORD})\s(\d\d)(?=\s*[-–—]\s*(?:present|current(?:ly)?|now|ongoing|to[\s-]date|till[\s-]date)\b)"
)


def _apostrophe_years(match: re.Match[str]) -> str:
    """Both ends' two digits as years when the end falls in the start's first twenty years, else as they were (days)."""
    if not _short_end_year(int(match[2]), int(match[5])):
        return match[0]
    return f"{match[1]}'{match[2]}{match[3]}{match[4]}'{match[5]}"


def _pair_joined_by_and(text: str, rest: str, token: _Token, following: Sequence[_Token]) -> re.Match[str] | None:
    """ "Sept 2018 and Dec 2020" alone on a line (or after "between"): two dates joined by "and" are a range. ``rest``
    is the text after ``token``; the match returned is in it, as the other separators' are."""
    joined = _AND.match(rest)
    if joined is None or not following or following[0].begin != token.stop + joined.end() or token.first is None:
        return None
    if _BETWEEN.fullmatch(text[: token.begin]) is None or text[following[0].stop :].strip(" .,;)"):
        return None
    return joined


_AND = re.compile(r"\s+and\s+", re.IGNORECASE)
_BETWEEN = re.compile(r"\s*(?:between\s+)?", re.IGNORECASE)


# the open end of a range whose ends are read only together
_RANGE_OPEN = r"(?P<open>present|current|now|ongoing)\b"
# "07/21 – Present", "05/20 – 02/21", "8/17 - 8/22": months with two-digit years, read only as the two ends of a
# range (alone, "07/21" could as well be a day or a fraction)
_SHORT_RANGE = re.compile(
    r"(?<![\w/.])(?P<m1>0?[1-9]|1[0-2])/(?P<y1>\d\d)\s*(?:[-–—]|to\b)\s*"
    rf"(?:(?P<m2>0?[1-9]|1[0-2])/(?P<y2>\d\d)(?![\w/.])|{_RANGE_OPEN})",
    re.IGNORECASE,
)


# "2017.3–2017.7", "2019.9 - present": a year and a month number of one digit, read only as the ends of a range
# (alone, "2019.3" is as likely a version)
_DOT_RANGE = re.compile(
    rf"(?<![\w.])(?P<y1>{_YEAR4})\.(?P<m1>1[0-2]|0?[1-9])\s*(?:[-–—~]|to\b)\s*"
    rf"(?:(?P<y2>{_YEAR4})\.(?P<m2>1[0-2]|0?[1-9])(?![\w.]|\.\d)|{_RANGE_OPEN})",
    re.IGNORECASE,
)


# "03 2019 – 08 2019": a month number and a year apart by a space, read only as the ends of a range (alone, "Top 10
# 2023" is no date)
_SPACED_RANGE = re.compile(
    rf"(?<![\w/.])(?P<m1>0[1-9]|1[0-2])\s(?P<y1>{_YEAR4})\s*(?:[-–—]|to\b)\s*"
    rf"(?:(?P<m2>0[1-9]|1[0-2])\s(?P<y2>{_YEAR4})(?![\w/.])|{_RANGE_OPEN})",
    re.IGNORECASE,
)


# "since 04/22", "seit 03/21": a month with a two-digit year after the word that opens a range
_SHORT_SINCE = re.compile(
    r"(?:(?<=\bsince\s)|(?<=\bseit\s)|(?<=\bdesde\s)|(?<=\bdepuis\s)|(?<=\bsinds\s)|(?<=\bab\s)|(?<=\bsejak\s))(?P<m1>0?[1-9]|1[0-2])/(?P<y1>\d\d)(?P<open>)(?![\w/.])",
    re.IGNORECASE,
)


def _short_ranges(text: str) -> list[DateSpan]:
    out: list[DateSpan] = []
    for match in (*_SHORT_RANGE.finditer(text), *_DOT_RANGE.finditer(text), *_SPACED_RANGE.finditer(text), *_SHORT_SINCE.finditer(text)):
        start = month(_year(match["y1"]), int(match["m1"]))
        if match["open"] is not None:
            out.append(DateSpan(start, None, True, match.group(0), match.start(), match.end(), True))
            continue
        end = month(_year(match["y2"]), int(match["m2"]))
        if end >= start:
            out.append(DateSpan(start, end, False, match.group(0), match.start(), match.end(), True))
    return out
