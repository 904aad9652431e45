"""Date ranges as resumes print them, turned into month intervals by the issue's convention."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from gapcheck.dates import clamp, find_dates, format_month, month, parse_month, union_months

AS_OF = month(2026, 12)


def _interval(text: str) -> tuple[str, str]:
    spans = find_dates(text)
    assert len(spans) == 1, (text, spans)
    span = spans[0]
    interval = clamp(span.start, span.end, span.current, AS_OF)
    assert interval is not None
    return format_month(interval[0]), format_month(interval[1])


@pytest.mark.parametrize(
    ("text", "start", "end"),
    [
        ("Mar 2021 – Nov 2026", "2021-03", "2026-11"),
        ("June 1 - June 30 2026", "2026-06", "2026-06"),  # days without the comma before the year
        ("Summer - 2019", "2019-06", "2019-08"),  # a season and its year with a dash between
        ("May 18 - June 18 2026", "2026-05", "2026-06"),
        ("March 2021 - November 2026", "2021-03", "2026-11"),
        ("Sept 2019 — Jun 2020", "2019-09", "2020-06"),
        ("Sept. 2019 - Jun. 2020", "2019-09", "2020-06"),
        ("Sep 2019 to Jun 2020", "2019-09", "2020-06"),
        ("Jan 2018 until Feb 2019", "2018-01", "2019-02"),
        ("Jan 2018 through Feb 2019", "2018-01", "2019-02"),
        ("03/2021 - 12/2022", "2021-03", "2022-12"),
        ("3/2021 – 12/2022", "2021-03", "2022-12"),
        ("2021-03 – 2022-01", "2021-03", "2022-01"),
        ("3.2021 – 5.2022", "2021-03", "2022-05"),
        ("'19 – '21", "2019-01", "2021-12"),
        ("Dec '21 – Feb '22", "2021-12", "2022-02"),
        ("Mar’ 26 – May’ 26", "2026-03", "2026-05"),
        ("Feb’ 23 – Aug’ 23", "2023-02", "2023-08"),
        ("2019 - 2021", "2019-01", "2021-12"),
        ("2019–2021", "2019-01", "2021-12"),
        ("2019-20", "2019-01", "2020-12"),
        ("Aug 2019 - Jul 21", "2019-08", "2021-07"),  # `c253_de_01`: the end's year in two digits with no apostrophe
        ("2022 — 26", "2022-01", "2026-12"),  # `c247_ai_02`: a spaced dash before the end's two digits closing the cell
        ("2015 — 19 | Nancy", "2015-01", "2019-12"),
        ("Summer 2016", "2016-06", "2016-08"),
        ("Winter 2020", "2019-12", "2020-02"),
        ("Fall 2019 – Spring 2021", "2019-09", "2021-05"),
        ("Autumn 2019", "2019-09", "2019-11"),
        ("Q3 2020", "2020-07", "2020-09"),
        ("Q1 2021 – Q2 2022", "2021-01", "2022-06"),
        ("2019", "2019-01", "2019-12"),
        ("Mar 2021", "2021-03", "2021-03"),
        ("Jan – Mar 2020", "2020-01", "2020-03"),
        ("Nov – Feb 2021", "2020-11", "2021-02"),
        ("Aug 15, 2020 – Oct 1, 2020", "2020-08", "2020-10"),
        ("June 10 - July 10, 2024", "2024-06", "2024-07"),
        ("Nov 20 – Feb 9, 2025", "2024-11", "2025-02"),
        ("2023 – 2027", "2023-01", "2026-12"),  # an end never falls after the as-of month
        ("02/2024-02/2025", "2024-02", "2025-02"),
        ("Feburary 2022 - January 2023", "2022-02", "2023-01"),  # misspelt, as people often do
        # dotted full dates are day first (`c75_ai_03`: the end "10.05.2024" was lost, its day no month can be)
        ("15.09.2023 – 10.05.2024", "2023-09", "2024-05"),
        ("01.06.2020 – 10.09.2020", "2020-06", "2020-09"),
    ],
)
def test_ranges_follow_the_convention(text: str, start: str, end: str) -> None:
    assert _interval(text) == (start, end)


@pytest.mark.parametrize(
    "text",
    [
        "Jan 2020 – Present",
        "Jan 2020 - Current",
        "Jan 2020 – Now",
        "Jan 2020 to date",
        "Jan 2020 – Ongoing",
        "Jan 2020 –",
        "Jan 2020 - present",
        "Since Jan 2020",
        "Jan 2020 — Today",
        "(Jan 2020 – )",
        "Jan 2020 – ...",
        "Jan 2020 – …",
        "Jan 2020 – Pres.",
        "Jan 2020 - pres",
        "Jan 2020 – continue",
        "Jan 2020 – Atual",
        "Jan 2020 - heute",
        "Jan 2020 – Actualidad",
        "Jan 2020 – en cours",
        "[2020-Actualment]",
        "Jan 2020 – présent",
        "Jan 2020 – aktuell",
        "Jan 2020 - heden",
        "Jan 2020 – in corso",
        "01.2020 – obecnie",  # w152_ai_01: Polish
        "Jan 2020 - jetzt",
        "Jan 2020 – nu",
        "Jan 2020 – sekarang",
        "Jan 2020 – günümüz",
        "Jan 2020 – jelenleg",
        "ene. 2020 – la fecha",  # w162_ds_01: Spanish "to date"
        "depuis janvier 2020",  # w165_ds_02: French "since"
        "seit 01/2020",
        "2020年1月 ‒ 現在",  # w175_ml_01: a Japanese employer's dates
        "2020. 1. – 현재",  # w184_ml_01: a Korean lab's dates
        "Jan 2020 – Σήμερα",
        "Jan. 2020 – d.d.",  # w173_ds_01: Norwegian "to date"
        "Jan 2020 – To present",
        "Jan 2020 - till date",
        "Jan 2020 – Till-Date",  # c344_un_03: the two words joined by a hyphen
        "Jan 2020 - To-Date",
        "2020 - Actually",  # c404_sw_03: the Spanish "actualmente" put in English word for word
        "Jan 2020 - *",  # c415_ai_01: a mark for ongoing
    ],
)
def test_open_ends_run_to_the_as_of_month(text: str) -> None:
    spans = find_dates(text)
    assert len(spans) == 1 and spans[0].current, (text, spans)
    assert _interval(text) == ("2020-01", "2026-12")


@pytest.mark.parametrize(("text", "expected"), [("March 10-12, 2023", "2023-03"), ("October 20 – 21, 2022", "2022-10")])
def test_a_span_of_days_in_one_month_is_that_month(text: str, expected: str) -> None:
    """`c230_ai_02`: a hackathon dated "March 10-12, 2023" was the whole of 2023."""
    assert _interval(text) == (expected, expected)


def test_parentheses_and_surrounding_text() -> None:
    spans = find_dates("Data Scientist, Acme Corp (2019 – 2021), Berlin")
    assert [(s.text, format_month(s.start)) for s in spans] == [("2019 – 2021", "2019-01")]


def test_markdown_emphasis_left_around_a_date_is_no_part_of_a_word() -> None:
    spans = find_dates("Manager - Data Science, TD Bank (_Nov 2021 - June 2024_)")
    assert [(format_month(s.start), format_month(s.end)) for s in spans if s.end is not None] == [("2021-11", "2024-06")]


@pytest.mark.parametrize(
    "text",
    [
        "Call +1 (555) 201-2020",
        "phone 555.201.2019",
        "GPA 3.5/4.0",
        "3.5 GPA",
        "Python 3.10",
        "Python 3.11 and 2.7",
        "2-4 years of experience",
        "raised accuracy by 20%",
        "served 2020% more",
        "ID 12-2019-33",
        "ref 2019-33",
    ],
)
def test_numbers_that_are_not_dates(text: str) -> None:
    assert find_dates(text) == []


def test_union_counts_overlaps_once_and_both_ends() -> None:
    assert union_months([(month(2021, 3), month(2026, 11))]) == 69
    assert union_months([(month(2020, 1), month(2020, 12)), (month(2020, 6), month(2021, 5))]) == 17
    assert union_months([(month(2020, 1), month(2020, 1)), (month(2022, 1), month(2022, 2))]) == 3


def test_start_after_as_of_is_not_counted() -> None:
    assert clamp(month(2027, 1), month(2027, 5), False, AS_OF) is None


def test_parse_month_rejects_bad_input() -> None:
    assert parse_month("2026-12") == AS_OF
    with pytest.raises(ValueError):
        parse_month("2026-13")
    with pytest.raises(ValueError):
        parse_month("Dec 2026")


@settings(max_examples=300, deadline=None)
@given(st.text(alphabet=st.sampled_from(list("0123456789 -–/.,'’()QqSsJjAaNnMmRrYyPpEeTtOoDdCcUuLlGgWwIi+%ſK")), max_size=60))
def test_any_text_gives_spans_inside_it(text: str) -> None:
    for span in find_dates(text):
        assert text[span.begin : span.stop] == span.text
        assert span.end is None or span.end >= span.start or not span.ranged


def test_a_document_that_writes_a_day_no_month_can_be_reads_all_its_dates_day_first() -> None:
    from gapcheck.dates import writes_day_first

    lines = ["[ 17/01/2025 – Current ]", "[ 11/09/2022 – 10/11/2024 ]"]
    assert writes_day_first(lines)
    assert not writes_day_first(["[ 11/09/2022 – 10/11/2024 ]", "Phone 555 12/05"])
    (single,) = find_dates(lines[0])
    assert format_month(single.start) == "2025-01" and single.end is None
    (day_first,) = find_dates(lines[1], day_first=True)
    assert (day_first.start, day_first.end) == (month(2022, 9), month(2024, 11))
    (month_first,) = find_dates(lines[1])
    assert (month_first.start, month_first.end) == (month(2022, 11), month(2024, 10))


def test_months_with_two_digit_years_read_as_the_ends_of_a_range() -> None:
    assert _interval("Test and Integration Engineer 07/21 – Present") == ("2021-07", "2026-12")
    assert _interval("Content Developer 05/20 – 02/21") == ("2020-05", "2021-02")
    assert _interval("GRADUATE RESEARCHER, PSYCHOLOGY, THE UNIVERSITY OF TEXAS 8/17 - 8/22") == ("2017-08", "2022-08")
    assert find_dates("Scored 3/4 - 1/2 of the tests") == []
    assert find_dates("Released on 07/21") == []  # alone, a day or a fraction as well


def test_since_before_a_month_with_a_two_digit_year_opens_a_range() -> None:
    """Written slice w241: "AI Engineer | Moniepoint Inc., Lagos since 04/22" lost the current job and its four years."""
    assert _interval("AI Engineer | Moniepoint Inc., Lagos since 04/22") == ("2022-04", "2026-12")
    assert _interval("Analyst, Acme seit 3/21") == ("2021-03", "2026-12")
    assert find_dates("Sales up 12% over 04/22") == []


def test_a_year_and_a_one_digit_month_after_a_dot_read_as_the_ends_of_a_range() -> None:
    assert _interval("2017.3–2017.7 Software Engineering Intern, Weizoom Media Company, Beijing, China.") == ("2017-03", "2017-07")
    assert _interval("Data Science Intern 2015.5 - 2015.9") == ("2015-05", "2015-09")
    assert _interval("Research Assistant 2019.9 – 2020.12") == ("2019-09", "2020-12")
    assert _interval("Machine Learning Engineer 2021.3 - present") == ("2021-03", "2026-12")
    assert find_dates("Upgraded PyCharm 2019.3 and Python 3.7 - 3.9") == []  # alone, a version as well


def test_a_short_year_with_its_apostrophe_after_it() -> None:
    # c364_ai_01: every date of the resume put the apostrophe after the year
    assert _interval("GA Web Developer – SEMO          Aug 25’ – Present") == ("2025-08", "2026-12")
    assert _interval("Machine Learning Researcher - SEMO <Research Link>    Jan 25’ – April 25’") == ("2025-01", "2025-04")
    assert _interval("Bachelors in CS w/ Minor: Data Science - 3.9 GPA       May 25'") == ("2025-05", "2025-05")


def test_an_open_end_marked_with_an_asterisk() -> None:
    assert _interval("JIO RELIANCE                          October 2023- *Current") == ("2023-10", "2026-12")  # c372_de_01


def test_month_names_of_a_resume_in_other_languages() -> None:
    assert _interval("Freelance Data Scientist Nov 2021 - Dic 2022") == ("2021-11", "2022-12")
    assert _interval("Analista de datos Enero 2020 – Actualidad") == ("2020-01", "2026-12")
    assert _interval("Werkstudent Mär 2019 - Okt 2020") == ("2019-03", "2020-10")
    assert _interval("Stagiaire juin 2018 - août 2019") == ("2018-06", "2019-08")
    assert [span.text for span in find_dates("Worked on the Mars 2020 rover team")] == ["2020"]  # a mission, no month
    # c354_un_01: an Indonesian's English resume dates its jobs in Indonesian ("Desember", "Agustus2021")
    assert _interval("Internship | Telkom Indonesia          Desember 2018 - September 2019") == ("2018-12", "2019-09")
    assert _interval("UIUX Designer | WhatsHalal     Agustus 2020 - Agustus2021") == ("2020-08", "2021-08")
    assert _interval("Stagiair Mei 2017 – Maart 2018") == ("2017-05", "2018-03")
    assert _interval("Tirocinio Giugno 2016 - Dicembre 2016") == ("2016-06", "2016-12")
    assert _interval("BI Analyst / Raporlama Uzmanı    Eyl 2017 – Şub 2020") == ("2017-09", "2020-02")  # w159_an_01
    assert _interval("Senior BI Analyst    Mart 2020 – Günümüz") == ("2020-03", "2026-12")
    assert _interval("Data Analyst, mBank    wrzesień 2018 – grudzień 2020") == ("2018-09", "2020-12")  # w180_ds_01
    assert _interval("Analista de Dados, Vodafone    jan. 2017 – set. 2020") == ("2017-01", "2020-09")  # w186_ds_01
    assert _interval("Cientista de Dados, NOS    out. 2020 – atual") == ("2020-10", "2026-12")
    assert _interval("ML Engineer, TSMC    2021/07 – 迄今") == ("2021-07", "2026-12")
    assert _interval("Data Scientist, MoMo    T3/2021 – nay") == ("2021-03", "2026-12")  # w191_ds_01: Vietnamese
    assert _interval("Αναλυτής Δεδομένων    Μάρτιος 2018 – Δεκέμβριος 2021") == ("2018-03", "2021-12")  # w191_ds_02: Greek
    assert _interval("I set out to learn Python in 2020") == ("2020-01", "2020-12")  # the English words stay words
    # w341_ml_01: Italian abbreviations without their dot, as a range's ends
    assert _interval("ML Engineer, YOOX    Set 2021 – oggi") == ("2021-09", "2026-12")
    assert _interval("Data Scientist, Zalando    Feb 2018 – Ago 2021") == ("2018-02", "2021-08")
    assert _interval("Set 2021 targets for the team") == ("2021-01", "2021-12")


def test_month_names_of_central_and_eastern_european_resumes() -> None:
    assert _interval("Senior Data Scientist    březen 2019 – dosud") == ("2019-03", "2026-12")  # w193_ds_01: Czech
    assert _interval("Analytik    září 2015 – února 2019") == ("2015-09", "2019-02")
    assert _interval("Adattudós, Magyar Telekom    2020. március – jelenleg") == ("2020-03", "2026-12")  # w193_ds_02: Hungarian
    assert _interval("Elemző    2019. szept. – 2020. febr.") == ("2019-09", "2020-02")
    assert _interval("maaliskuu 2020 – nykyään") == ("2020-03", "2026-12")  # w194_ml_01: Finnish
    assert _interval("Data Scientist, eMAG    martie 2021 – prezent") == ("2021-03", "2026-12")  # w194_ds_01: Romanian
    assert _interval("Data Scientist    март 2021 — настоящее время") == ("2021-03", "2026-12")  # w195_ds_01: Russian
    assert _interval("Аналитик    сентябрь 2018 — февраль 2021") == ("2018-09", "2021-02")
    assert _interval("Аналитик    март 2021 — н.в.") == ("2021-03", "2026-12")
    assert _interval("Data Scientist, Valamar    ožujak 2021. – danas") == ("2021-03", "2026-12")  # w196_ds_01: Croatian
    assert _interval("Analitičar    siječanj 2018. – veljača 2021.") == ("2018-01", "2021-02")
    # w361_ds_01: Estonian (a current job read as the year 2021 alone); Latvian, Ukrainian, Swedish and Danish too
    assert _interval("Nordlaen Finance AS, Tallinn | märts 2021 – praegu") == ("2021-03", "2026-12")
    assert _interval("Analītiķis    aprīlis 2019 – šobrīd") == ("2019-04", "2026-12")
    assert _interval("Data Scientist, Rozetka    березень 2021 – дотепер") == ("2021-03", "2026-12")
    assert _interval("Dataanalytiker    maj 2019 – augusti 2020") == ("2019-05", "2020-08")
    # w633_ds_01: Lithuanian puts the year first ("2019 m. kovas"), read as 2019 alone and the job as over
    assert _interval("2019 m. kovas – dabar") == ("2019-03", "2026-12")
    assert _interval("Duomenų analitikas    2016 m. rugsėjo – 2019 m. vasario") == ("2016-09", "2019-02")
    assert _interval("Analitikas    2018 m. liepa – iki šiol") == ("2018-07", "2026-12")
    assert _interval("Built the data marts 2021 redesign") == ("2021-01", "2021-12")
    # w382_ds_01: Portuguese "to the moment" as an open end; the Spanish forms too
    assert _interval("Cientista de Dados Sênior, Nubank    jan. 2021 – o momento") == ("2021-01", "2026-12")
    assert _interval("Analista    marzo 2019 – la actualidad") == ("2019-03", "2026-12")
    # w410_ds_01: the Italian "gen." (January) with its dot
    assert _interval("Data Analyst    set. 2018 – gen. 2021") == ("2018-09", "2021-01")


def test_a_month_after_an_asides_closing_parenthesis_is_a_date() -> None:
    """Written slice w387: "(remote from 2020) Jun 2019 – Feb 2023" lost "Jun 2019", read as the end of a phone number."""
    spans = find_dates("Data Analyst | Zendesk, San Francisco, CA (remote from 2020) Jun 2019 – Feb 2023")
    assert [(s.text, s.ranged) for s in spans][-1] == ("Jun 2019 – Feb 2023", True)
    assert find_dates("Call (555) 2020 1234") == []


def test_a_year_followed_by_the_word_year_and_a_season_of_a_year() -> None:
    assert _interval("Yandex - ML developer          July 2024 year - Until now") == ("2024-07", "2026-12")
    assert _interval("Multimodal search via CLIP     Spring of 2024, github link") == ("2024-03", "2024-05")
    assert find_dates("Experience: 2 years - 3 years in retail") == []


def test_a_stray_full_stop_after_the_start_keeps_the_range() -> None:
    # `c310_sw_01`: "July 2024. — Current" read as July 2024 alone (29 months of its skills lost)
    assert _interval("Software Security Engineer     July 2024. — Current") == ("2024-07", "2026-12")
    assert _interval("Analyst     Jan 2020. - Mar. 2021") == ("2020-01", "2021-03")


@pytest.mark.parametrize("text", ["2025--26", "2025—26", "2025–26"])
def test_a_year_and_the_next_ones_last_two_digits_with_any_dash_is_both_years(text: str) -> None:
    # LaTeX's "--" left as typed by a typewriter font, or an em dash
    assert _interval(text) == ("2025-01", "2026-12")


def test_a_start_and_an_open_end_alone_on_a_line_whose_dash_was_drawn_apart_are_a_range() -> None:
    (span,) = find_dates("Sept 2019 Present")
    assert (span.start, span.end, span.current) == (month(2019, 9), None, True)
    # in a sentence the same words are no range
    (sentence,) = find_dates("Joined in Sept 2019 present day")
    assert not sentence.ranged and sentence.end == month(2019, 9)


def test_a_start_opening_a_line_with_its_dash_before_the_title_is_an_open_range() -> None:
    """`c260_ds_02`: "Dec 7 2020– Research Scientist, Meta, New York, NY." (moderncv's date column run into the
    title, the end left empty) was December 2020 alone: 72 months of the current job lost."""
    (span,) = find_dates("Dec 7 2020– Research Scientist, Meta, New York, NY.")
    assert (span.start, span.end, span.current) == (month(2020, 12), None, True)
    # a spaced dash after a year and a title is the year alone; a sentence's dash opens nothing
    assert not find_dates("2020 – Research Scientist")[0].ranged
    (sentence,) = find_dates("Moved to Berlin in 2020– Later joined Meta")
    assert not sentence.ranged


def test_a_two_digit_month_a_dot_and_a_space_before_the_year() -> None:
    (span,) = find_dates("10. 2020 – 11. 2020")
    assert (span.start, span.end) == (month(2020, 10), month(2020, 11))
    (open_range,) = find_dates("01. 2021 - now")
    assert (open_range.start, open_range.current) == (month(2021, 1), True)


def test_two_dates_joined_by_and_alone_on_a_line_are_a_range() -> None:
    for text in ("Sept 2018 and Dec 2020", "Between Sept 2018 and Dec 2020"):
        (span,) = find_dates(text)
        assert (span.start, span.end, span.ranged) == (month(2018, 9), month(2020, 12), True)
    # in a sentence they are two dates
    assert [s.ranged for s in find_dates("Grew sales in 2018 and 2020")] == [False, False]


def test_a_two_digit_year_letter_spaced_after_its_month_is_read() -> None:
    # Canva prints "Jul'22 -" over "Present" with every character apart: "Jul ' 2 2 -" (c104_ds_01: 54 months read as 0)
    from gapcheck.normalize import clean_line

    line = clean_line("Jul ' 2 2 -")
    assert line == "Jul '22 -"
    assert [(s.start, s.current) for s in find_dates(line)] == [(month(2022, 7), True)]
    assert clean_line("I'm 2 2 years old") == "I'm 2 2 years old"


def test_a_four_digit_year_letter_spaced_is_read() -> None:
    # `c397_un_01` (Canva): "APRIL 2 0 2 5 - CURRENTLY", "2 0 1 9 - 2 0 2 1": five jobs read with no dates
    from gapcheck.normalize import clean_line

    line = clean_line("AUGUST 2 0 2 3 - FEBRUARY 2 0 2 4")
    assert line == "AUGUST 2023 - FEBRUARY 2024"
    assert [(s.start, s.end) for s in find_dates(line)] == [(month(2023, 8), month(2024, 2))]
    assert [(s.start, s.current) for s in find_dates(clean_line("APRIL 2 0 2 5 - CURRENTLY"))] == [(month(2025, 4), True)]
    # digits apart among other digits are no year
    assert clean_line("scores 1 2 0 2 0 1 9") == "scores 1 2 0 2 0 1 9"


def test_a_month_number_a_space_and_a_year_read_as_the_ends_of_a_range() -> None:
    """ "03 2019 – 08 2019" (c71_un_01: four entries lost); alone, "Top 10 2023" is no date."""
    assert _interval("Corporate Research Intern, Dassault Systèmes   03 2019 – 08 2019") == ("2019-03", "2019-08")
    assert _interval("Ph.D. in Computer Science, INSA LYON  11 2019 – 06 2023") == ("2019-11", "2023-06")
    assert _interval("Research Engineer  09 2023 – present") == ("2023-09", "2026-12")
    assert [s.text for s in find_dates("Ranked in the Top 10 2023 list")] == ["2023"]


@pytest.mark.parametrize(
    ("text", "start", "end"),
    [
        ("Data Analyst Intern 06.2025-08.2025", "2025-06", "2025-08"),
        ("Research Assistant, part time 02.2024-02.2025", "2024-02", "2025-02"),
        ("3.2021-5.2022", "2021-03", "2022-05"),
    ],
)
def test_month_dot_year_ranges_without_spaces_are_read(text: str, start: str, end: str) -> None:
    """`c113_ds_01`: a Google Docs resume printing "06.2025-08.2025" had no dated job at all."""
    assert _interval(text) == (start, end)


def test_a_month_spelled_with_an_e_too_many_is_that_month() -> None:
    """`c122_ai_02`: a project dated "Septemeber 2025" was read as the whole of 2025."""
    assert _interval("Smart Document Search Engine   Septemeber 2025") == ("2025-09", "2025-09")
    assert _interval("Decemeber 2019 - Present") == ("2019-12", "2026-12")


def test_curr_abbreviating_current_is_an_open_end() -> None:
    """`c126_ds_02`: "2023 - curr TA/Reader" was read as 2023 alone, with "curr" taken into the title."""
    assert _interval("2023 - curr TA/Reader") == ("2023-01", "2026-12")
    assert _interval("2022 - curr. Master of Science in Statistics") == ("2022-01", "2026-12")


def test_two_seasons_of_one_year_and_a_winter_across_two_years_are_ranges() -> None:
    """`c140_ai_01`: "Spring-Fall 2022" was read as the fall alone and "Winter 2025-6" as no date."""
    assert _interval("Spring-Fall 2022") == ("2022-03", "2022-11")
    assert _interval("Summer – Fall 2021") == ("2021-06", "2021-11")
    assert _interval("Winter 2025-6") == ("2025-12", "2026-02")
    assert _interval("Winter 2025-26") == ("2025-12", "2026-02")
    assert _interval("Fall 2025-26") == ("2025-01", "2026-12")
    assert [span.text for span in find_dates("Fall detection with sensors, 2022")] == ["2022"]


def test_full_dates_written_with_dashes_read_day_first_when_the_document_shows_it() -> None:
    from gapcheck.dates import writes_day_first

    lines = ["WordPress Developer 05-02-2024 to 10-04-2026", "Web Designer 15-10-2021 to 31-01-2024"]
    assert writes_day_first(lines)
    (later,) = find_dates(lines[0], day_first=True)
    assert (later.start, later.end) == (month(2024, 2), month(2026, 4))
    (earlier,) = find_dates(lines[1])
    assert (earlier.start, earlier.end) == (month(2021, 10), month(2024, 1))
    assert find_dates("Call 555-12-2024 today") == []


def test_a_date_glued_to_the_word_before_it_is_still_read() -> None:
    # `c146_un_01`: the right-aligned "July 2026" comes out of the PDF glued to the project's stack
    (glued,) = find_dates("SkillVerse | React, Vite, Tailwind CSS, React Router, SupabaseJuly 2026")
    assert (glued.start, glued.end) == (month(2026, 7), month(2026, 7))
    (ranged,) = find_dates("Data Analyst, Acme CorpMay 2020 - Jun 2021")
    assert (ranged.start, ranged.end) == (month(2020, 5), month(2021, 6))
    # a month's letters inside a word are no month
    assert [d.text for d in find_dates("setMarker 2020")] == ["2020"]
    # `c394_ds_01`: a range of years glued to the title's last word; a year glued to a word alone stays part of it
    (years,) = find_dates("Senior Consultant — Financial Analysis & Portfolio Management2015-2021")
    assert (years.start, years.end) == (month(2015, 1), month(2021, 12))
    assert find_dates("Windows2000 server") == [] and find_dates("ISO27001-2013 audit") == []


def test_a_day_a_month_name_and_a_year_joined_by_dashes() -> None:
    # `c150_un_01`: "16-NOV-2022 till 27-JUN-2024", as database exports and some Indian resumes print dates
    (span,) = find_dates("16-NOV-2022 till 27-JUN-2024")
    assert (span.start, span.end) == (month(2022, 11), month(2024, 6))
    (short,) = find_dates("01-Jan-2020 - 31-Mar-2021")
    assert (short.start, short.end) == (month(2020, 1), month(2021, 3))


@pytest.mark.parametrize(
    ("text", "start", "end"),
    [
        ("2018 Sep - Present", "2018-09", "2026-12"),
        ("2019 March - 2021 June", "2019-03", "2021-06"),
        ("2018, May - 2019, Feb", "2018-05", "2019-02"),
    ],
)
def test_a_year_written_before_its_month_is_that_month(text: str, start: str, end: str) -> None:
    """`c200_de_02`: "2018 Sep - Present" was the year 2018 alone (12 months for 100); "2019 March - 2021 June" was
    2019 and then "March - 2021"."""
    assert _interval(text) == (start, end)


def test_a_year_before_a_lowercase_may_is_a_year() -> None:
    assert _interval("Graduated in 2018 may be listed") == ("2018-01", "2018-12")


def test_a_range_ending_in_a_month_and_a_day_keeps_its_day() -> None:
    """ "Jan 2020 - Mar 15" is no range to March 2015, and "Aug 2019 - Jul 12" no range back to 2012."""
    assert [(span.start, span.end) for span in find_dates("Aug 2019 - Jul 12")] == [(month(2019, 8), month(2019, 8))]
    assert find_dates("Deloitte (Aug 2019 - Jul 21 )")[0].text == "Aug 2019 - Jul 21"


def test_a_brace_between_two_dates_is_the_dash_of_a_latex_font_without_a_unicode_map() -> None:
    """`c269_ai_01`: a pdfTeX resume in an OT1 font prints its en dash as "{" ("Oct. 2022 { Present"); every range was
    read as its start month alone (3 months of experience instead of 62)."""
    assert _interval("Machine Learning Engineer   Oct. 2022 { Present") == ("2022-10", "2026-12")
    assert _interval("Oct. 2021 { Aug. 2022") == ("2021-10", "2022-08")
    assert _interval("2019 { 2021") == ("2019-01", "2021-12")
    # a brace in code or set notation is no range
    assert [s.ranged for s in find_dates("config = {2021: 3} {Present}")] == [False]


def test_a_range_of_months_each_with_two_digits_is_a_range_of_years() -> None:
    # `c405_ai_03` (Google Docs): "Dec 19 – Jan 20", "Dec 18 – Apr 20": three jobs read with no dates
    (span,) = find_dates("Dec 19 – Jan 20")
    assert (span.start, span.end) == (month(2019, 12), month(2020, 1))
    (span,) = find_dates("Served as the club's secretary for a brief period (July 21 - Oct 21)")
    assert (span.start, span.end) == (month(2021, 7), month(2021, 10))
    # days of one month, or a range of days with its year after, stay days
    assert find_dates("March 25 - April 02") == []
    (days,) = find_dates("Dec 19 – Jan 20, 2021")
    assert days.start == month(2020, 12)


def test_actually_in_a_sentence_after_a_dash_leaves_the_year_alone() -> None:
    first = find_dates("In 2020 - actually in 2021 - we moved")[0]
    assert (first.ranged, first.current) == (False, False)


def test_common_misspellings_of_month_names_are_read() -> None:
    # `c396_un_02`: "Septermber 2016 - June 2017" lost the job's first eight months
    (span,) = find_dates("Septermber 2016 - June 2017")
    assert (span.start, span.end) == (month(2016, 9), month(2017, 6))
    assert [s.start for s in find_dates("Januray 2020 – Ocotber 2021")] == [month(2020, 1)]


def test_a_month_a_dash_and_a_year_alone_is_that_month() -> None:
    """`c498_ds_01`: "February – 2023" under a project was read as February 2022 to December 2023 (the month took the
    year before the end's January); a month with no year, a dash and a year alone is that month of that year."""
    (span,) = find_dates("February – 2023")
    assert (format_month(span.start), span.end and format_month(span.end)) == ("2023-02", "2023-02")
    (span,) = find_dates("Nov – Feb 2021")
    assert (format_month(span.start), span.end and format_month(span.end)) == ("2020-11", "2021-02")


def test_a_month_and_two_digits_before_an_open_end_is_a_short_year() -> None:
    """`c505_un_01`: "(Jul 22 - Present)" over the current job (the other jobs "(Jan 22 - Feb 22)") was not read, and
    the current job was lost."""
    (span,) = find_dates("(Jul 22 - Present)")
    assert (format_month(span.start), span.current) == ("2022-07", True)
    assert [format_month(s.start) for s in find_dates("July 22, 2021 - Present")] == ["2021-07"]


def test_a_range_written_newest_first_is_one_range() -> None:
    """`c510_un_01` (InDesign): "2024 - 2020" over the current freelance work was read as two single years; a dash
    between a later and an earlier date is one range with its ends swapped."""
    (span,) = find_dates("2024 - 2020")
    assert (format_month(span.start), span.end and format_month(span.end), span.ranged) == ("2020-01", "2024-12", True)
    (span,) = find_dates("Mar 2024 – Jan 2020")
    assert (format_month(span.start), span.end and format_month(span.end)) == ("2020-01", "2024-03")
    assert len(find_dates("2019 2017")) == 2  # no dash: two dates


@pytest.mark.parametrize(
    ("text", "start"),
    [("mars 2018 – décembre 2021", "2018-03"), ("avril 2017 – mars 2018", "2017-04"), ("depuis mars 2022", "2022-03")],
)
def test_the_french_march_is_read_in_a_range(text: str, start: str) -> None:
    """Written slice w165: a French CV's "mars 2018 – décembre 2021" was read from January."""
    assert _interval(text)[0] == start


def test_malay_months_and_a_slash_between_the_ends_of_a_range() -> None:
    """Written slices w265 ("Ogos 2020 – Kini") and w270 ("2020-03 / 2023-06", "2023-07 / Present"), met in the final
    round: the current jobs were read as one month."""
    assert _interval("Data Scientist, Maybank | Ogos 2020 – Kini") == ("2020-08", "2026-12")
    assert _interval("Julai 2018 - Disember 2019") == ("2018-07", "2019-12")
    assert _interval("Nequi | 2023-07 / Present") == ("2023-07", "2026-12")
    assert _interval("RappiPay | 2020-03 / 2023-06") == ("2020-03", "2023-06")


def test_french_month_abbreviations_with_their_accents() -> None:
    """Written slice w280: "sept. 2018 – déc. 2020" was read as September 2018 alone (and 2020)."""
    assert _interval("Chargée d'études statistiques, Wafasalaf | sept. 2018 – déc. 2020") == ("2018-09", "2020-12")
    assert _interval("fév. 2019 – aoû. 2020") == ("2019-02", "2020-08")


@pytest.mark.parametrize(
    ("text", "interval"),
    [
        # written slice w299: a form-like CV's fields were read as June 2021 alone, so the current job lasted a month
        ("From: 06/2021 To: Present", ("2021-06", "2026-12")),
        ("From: Jan 2019 To: Dec 2020", ("2019-01", "2020-12")),
        # written slice w308: "2020 – היום" ("today") ended the current job in December 2020
        ("Senior ML Engineer, Aidoc | 2020 – היום", ("2020-01", "2026-12")),
        ("2019 - עד היום", ("2019-01", "2026-12")),
        # written slice w489: a PDF gave "היום" in visual order, letters reversed, and the current job ended in 2020
        ("Senior ML Engineer, Cyberguard | 2020 – םויה", ("2020-01", "2026-12")),
        # written slice w320: "od 03.2021" (Polish "since") and "Th06/2021 – nay" each lost a current job
        ("Senior Data Scientist — Orbis Mobile sp. z o.o., Kraków    od 03.2021", ("2021-03", "2026-12")),
        ("Machine Learning Engineer, Techcombank | Th06/2021 – nay", ("2021-06", "2026-12")),
        # written slices w331 ("desde marzo de 2022") and w328 ("dal 2021 a oggi"): current jobs read as one year or lost
        ("Ingeniera de Machine Learning | desde marzo de 2022", ("2022-03", "2026-12")),
        ("enero del 2020 - diciembre de 2021", ("2020-01", "2021-12")),
        ("Data Scientist, Fastweb | dal 2021 a oggi", ("2021-01", "2026-12")),
        ("dal 2018 al 2020", ("2018-01", "2020-12")),
    ],
)
def test_form_fields_and_open_ends_of_other_languages_are_ranges(text: str, interval: tuple[str, str]) -> None:
    assert _interval(text) == interval


@pytest.mark.parametrize(
    ("text", "start", "end"),
    [
        # written slice w427 (a Polish data engineer): months in Roman numerals before their years
        ("IX 2017 – II 2020", "2017-09", "2020-02"),
        ("VI 2023 – X 2023", "2023-06", "2023-10"),
        ("VIII 2018 – IV 2019", "2018-08", "2019-04"),
        ("XII 2019 - I 2021", "2019-12", "2021-01"),
    ],
)
def test_months_in_roman_numerals_in_a_range(text: str, start: str, end: str) -> None:
    (found,) = find_dates(text)
    assert (format_month(found.start), format_month(found.end) if found.end else None, found.text) == (start, end, text)


def test_a_roman_month_with_an_open_end_and_roman_numbers_that_are_no_months() -> None:
    (found,) = find_dates("III 2020 – obecnie")
    assert (format_month(found.start), found.current) == ("2020-03", True)
    assert [format_month(d.start) for d in find_dates("Phase II 2021 results")] == ["2021-01"]
    assert [format_month(d.start) for d in find_dates("Level II 2019 – Level III 2020")] == ["2019-01", "2020-01"]


@pytest.mark.parametrize(
    ("text", "start", "end"),
    [
        # written slice w557: German "ab" and Indonesian "sejak" open a range; Indonesian "Des" and "Agt" are months
        ("ab 10/2021", "2021-10", None),
        ("Ab 04/22", "2022-04", None),
        ("sejak Agt 2020", "2020-08", None),
        ("Jul 2016 – Des 2018", "2016-07", "2018-12"),
        # written slice w853: Indonesian "Agu" (Agustus) was no month, and the range began in January
        ("Agu 2019 – Apr 2021", "2019-08", "2021-04"),
        # written slice w866 (`w866_ds_05`): "set 2018 – lug 2020" was read as September 2018 and the whole of 2020
        ("set 2018 – lug 2020", "2018-09", "2020-07"),
        ("mag 2019 – giu 2020", "2019-05", "2020-06"),
        ("ago 2017 – ott 2018", "2017-08", "2018-10"),
    ],
)
def test_since_words_and_month_abbreviations_in_other_languages(text: str, start: str, end: str | None) -> None:
    (found,) = find_dates(text)
    assert (format_month(found.start), format_month(found.end) if found.end else None) == (start, end)


def test_a_province_code_before_a_year_opens_no_range() -> None:
    (found,) = find_dates("Calgary, AB 2019")
    assert (format_month(found.start), format_month(found.end) if found.end else None) == ("2019-01", "2019-12")


def test_abbreviated_polish_and_finnish_months() -> None:
    """Written slice w737 (`w737_de_01`): "lis 2021 – obecnie" was read as the whole of 2021 to now."""
    assert _interval("Senior Data Engineer    lis 2021 – obecnie") == ("2021-11", "2026-12")
    assert _interval("Data Engineer    wrz 2018 – paź 2021") == ("2018-09", "2021-10")
    assert _interval("Data Scientist    syys 2021 – nykyhetki") == ("2021-09", "2026-12")
