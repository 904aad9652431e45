"""The order in which a page's boxes are read (gapcheck.layout.ordered_boxes)."""

from __future__ import annotations

from gapcheck.document import Document
from gapcheck.engines import RawBox, RawLine, RawPage
from gapcheck.layout import ordered_boxes


def _line(text: str, x0: float, top: float, x1: float) -> RawLine:
    return RawLine(text, x0, top, x1, top + 10)


def _texts_in_order(page: RawPage) -> list[str]:
    """The page's lines in the order its boxes are read."""
    return [line.text for _, box in ordered_boxes(page) for line in box.lines]


def _read(boxes: list[RawBox], *, width: float = 595, height: float = 842) -> tuple[Document, dict[str, str]]:
    """A one-page document of these boxes, and each line's section kind by its text."""
    from gapcheck.engines import RawDocument
    from gapcheck.layout import build_document

    page = RawPage(number=1, width=width, height=height, boxes=tuple(boxes))
    document = build_document(RawDocument(pages=(page,)), source="cv.pdf", kind="pdf")
    return document, dict(zip((line.text for line in document.lines), document.section_kinds(), strict=True))


def test_a_title_beside_the_middle_of_a_box_comes_before_its_own_date_and_bullets() -> None:
    # the engine grouped the last bullet of one project with the next project's date, place and bullets, and
    # left that project's title as a box of its own beside them
    run_on = RawBox(
        (
            _line("Quality tested with self-curated legal and finance data", 47, 522, 553),
            _line("May 2024", 509, 536, 550),
            _line("Hobby Project", 48, 548, 110),
            _line("Assembled a video editing pipeline with AnimateDiff", 47, 558, 540),
        )
    )
    title = RawBox((_line("Automatic TikTok Generator", 40, 535, 177),))
    first = RawBox((_line("Dynamic Agentic RAG system", 40, 490, 184),))
    page = RawPage(number=1, width=595, height=842, boxes=(first, run_on, title))
    order = _texts_in_order(page)
    assert order == [
        "Dynamic Agentic RAG system",
        "Quality tested with self-curated legal and finance data",
        "Automatic TikTok Generator",
        "May 2024",
        "Hobby Project",
        "Assembled a video editing pipeline with AnimateDiff",
    ]


def test_a_title_whose_box_holds_its_bullets_is_read_before_the_employer_and_dates_level_with_it() -> None:
    """`c202_de_01`: each job's title and bullets were one box, its employer and dates two boxes level with the
    title; read box by box, every job's dates came after its bullets and opened the next job (eight jobs each
    given the next one's skills)."""
    heading = _line("EXPERIENCE", 9, 40, 80)
    first = RawBox(
        (
            heading,
            _line("Senior Software Engineer Associate", 9, 59, 180),
            _line("• Used Apache Kafka streams, Docker and RDS to scale for bursty traffic", 13, 71, 560),
        )
    )
    second = RawBox(
        (
            _line("Software Engineer Intern", 9, 119, 130),
            _line("• Used Python and a Jenkins Pipeline to validate profiles", 13, 131, 560),
        )
    )
    singles = [
        RawBox((_line(text, x0, top, x0 + 60),))
        for text, x0, top in (
            ("Capital One", 287, 59),
            ("Jan 2021 - Present", 461, 59),
            ("Texas Instruments", 274, 119),
            ("May 2019 - Aug 2019", 512, 119),
        )
    ]
    page = RawPage(number=1, width=612, height=792, boxes=(first, second, *singles))
    order = _texts_in_order(page)
    assert order == [
        "EXPERIENCE",
        "Senior Software Engineer Associate",
        "Capital One",
        "Jan 2021 - Present",
        "• Used Apache Kafka streams, Docker and RDS to scale for bursty traffic",
        "Software Engineer Intern",
        "Texas Instruments",
        "May 2019 - Aug 2019",
        "• Used Python and a Jenkins Pipeline to validate profiles",
    ]


def test_a_date_box_beside_a_wide_entry_is_not_cut() -> None:
    dates = RawBox((_line("Nov. 2023", 507, 583, 550), _line("Github", 521, 595, 550)))
    title = RawBox((_line("Behavior Simulation Challenge", 40, 583, 184),))
    body = RawBox((_line("12th Inter IIT-Tech Meet, IIT Madras", 48, 595, 250),))
    page = RawPage(number=1, width=595, height=842, boxes=(dates, title, body))
    boxes = [[line.text for line in box.lines] for _, box in ordered_boxes(page)]
    assert ["Nov. 2023", "Github"] in boxes


def test_a_date_read_between_the_lines_of_a_wrapped_bullet_does_not_split_the_bullet() -> None:
    from gapcheck.engines import RawDocument
    from gapcheck.layout import build_document

    job = RawBox(
        (
            _line("Unified Mentor - Data Analyst Intern", 32, 236, 250),
            _line("Gathered requirements from product stakeholders, then cleaned and joined 4.5M+ transactional", 35, 259, 580),
        )
    )
    date = RawBox((_line("Remote | Oct 2024 - Jan 2025", 453, 236, 580),))
    wrapped = RawBox((_line("records, resolving nulls and duplicates.", 42, 270, 296),))
    page = RawPage(number=1, width=595, height=842, boxes=(job, date, wrapped))
    document = build_document(RawDocument(pages=(page,)), source="cv.pdf", kind="pdf")
    blocks = {line.text: line.block for line in document.lines}
    assert (
        blocks["records, resolving nulls and duplicates."]
        == blocks["Gathered requirements from product stakeholders, then cleaned and joined 4.5M+ transactional"]
    )
    assert blocks["Remote | Oct 2024 - Jan 2025"] != blocks["records, resolving nulls and duplicates."]


_WRAPPED_BULLET = "Built custom pipelines to extract, clean, and quantify measurements from large"
_ITS_SECOND_LINE = "imaging datasets, contributing to published research."


def _bullet_split_by_a_date_column() -> Document:
    """A job whose first bullet wraps, with the engine's box of the date, the place and the bullet's second line."""
    from gapcheck.engines import RawDocument
    from gapcheck.layout import build_document

    job = RawBox(
        (
            _line("Undergraduate Research Assistant - Iyer-Biswas Lab", 50, 465, 320),
            _line("Purdue University", 50, 476, 150),
            _line(_WRAPPED_BULLET, 55, 489, 560),
        )
    )
    side = RawBox(
        (
            _line("Aug 2020 - Dec 2020", 470, 465, 562),
            _line("West Lafayette, IN", 483, 476, 562),
            _line(_ITS_SECOND_LINE, 64, 500, 400),
        )
    )
    page = RawPage(number=1, width=612, height=792, boxes=(job, side))
    return build_document(RawDocument(pages=(page,)), source="cv.pdf", kind="pdf")


def test_a_date_and_its_place_read_between_the_lines_of_a_wrapped_bullet_do_not_split_the_bullet() -> None:
    blocks = {line.text: line.block for line in _bullet_split_by_a_date_column().lines}
    assert blocks[_ITS_SECOND_LINE] == blocks[_WRAPPED_BULLET]
    assert blocks["Aug 2020 - Dec 2020"] == blocks["West Lafayette, IN"] != blocks[_WRAPPED_BULLET]


def test_a_wrapped_bullet_split_by_a_date_column_keeps_its_words_as_context() -> None:
    from gapcheck import Analyzer

    hits, _ = Analyzer().match(_bullet_split_by_a_date_column())
    assert "data_exploration" in {hit.skill for hit in hits}


def test_columns_under_a_banner_that_holds_the_first_column_heading_and_a_row_across_the_foot() -> None:
    # the engine grouped the left column's heading with the objective above it, and a row of degrees crosses the
    # gutter at the foot of the page: the columns are still read one after the other, the foot last
    banner = RawBox(
        (
            _line("Thomas Verhoef", 42, 44, 200),
            _line("Objective", 42, 85, 110),
            _line("An analytical individual who is passionate about machine learning and research seeks to", 42, 106, 560),
            _line("leverage skillset in analysis, math and statistics in the role of Data Scientist.", 42, 118, 560),
            _line("Technical Skills", 42, 145, 139),
        )
    )
    right_heading = RawBox((_line("Professional Experience", 198, 145, 353),))
    left = [
        RawBox((_line("Soft Skills" if k == 4 else "Machine Learning", 42, 167 + 60 * k, 139), _line("Regression", 54, 181 + 60 * k, 177)))
        for k in range(6)
    ]
    right = [
        RawBox(
            (
                _line("Volunteer" if k == 4 else f"Data Scientist at Company {k}", 198, 167 + 80 * k, 400),
                _line("Applied machine learning and data science techniques to deliver insight for clients.", 198, 181 + 80 * k, 576),
                _line("Crafted detailed reports on studies in Jupyter notebooks and typeset format for them.", 198, 195 + 80 * k, 576),
            )
        )
        for k in range(6)
    ]
    foot = RawBox((_line("MS Mechanical Engineering", 42, 712, 195), _line("Optimized electrode manufacture", 54, 737, 206)))
    page = RawPage(number=1, width=595, height=842, boxes=(banner, right_heading, *left, *right, foot))
    order = [(column, line.text) for column, box in ordered_boxes(page) for line in box.lines]
    texts = [text for _, text in order]
    assert texts.index("Technical Skills") < texts.index("Machine Learning") < texts.index("Professional Experience")
    assert texts.index("Professional Experience") < texts.index("Data Scientist at Company 0")
    assert texts[-2:] == ["MS Mechanical Engineering", "Optimized electrode manufacture"]
    assert dict((text, column) for column, text in order)["Technical Skills"] == 1


def test_a_place_over_its_date_grouped_with_the_first_bullet_is_read_after_the_title_it_dates() -> None:
    # LaTeX resume: the place and the range right-aligned beside the employer and title, grouped by the engine
    # with the entry's first (full-width) bullet; read as one box they came before the employer
    side = RawBox(
        (
            _line("New Delhi, India", 492, 373, 566),
            _line("November 2023 - June 2024", 444, 383, 566),
            _line("Automated daily ETL processes on AWS Glue, reducing manual effort by 86% for Tableau", 24, 393, 566),
        )
    )
    job = RawBox((_line("Clevered Limited", 29, 373, 115), _line("Data Analyst", 32, 383, 89)))
    before = RawBox((_line("campaign ROI by 20%.", 34, 359, 136),))
    page = RawPage(number=1, width=612, height=792, boxes=(before, side, job))
    order = _texts_in_order(page)
    assert order.index("Clevered Limited") < order.index(
        "Automated daily ETL processes on AWS Glue, reducing manual effort by 86% for Tableau"
    )
    assert order.index("Data Analyst") < order.index("November 2023 - June 2024")


def test_a_margin_of_headings_heads_the_entries_level_with_it() -> None:

    margin = [
        RawBox((_line("Education", 76, 163, 128),)),
        RawBox((_line("Experience", 76, 250, 132),)),
        RawBox((_line("Positions of", 76, 409, 148), _line("Responsibility", 76, 421, 150))),
        RawBox((_line("Technical", 76, 572, 127), _line("Projects", 76, 584, 125))),
        RawBox((_line("Skills and", 76, 695, 128), _line("Tools", 76, 707, 110))),
    ]
    entries = [
        RawBox((_line("Bharati College of Engineering, B.Tech. in Electrical and Electronics", 162, 165, 420),)),
        RawBox((_line("2017-Present", 484, 165, 540),)),
        RawBox((_line("Research Summer Intern, Swaayatt Robots, Bhopal", 162, 252, 380),)),
        RawBox((_line("May 2019 - August 2019", 433, 252, 540),)),
        RawBox((_line("Project Intern, Kausheleisen Company", 162, 276, 380),)),
        RawBox((_line("March 2019 - April 2019", 433, 276, 540),)),
        RawBox((_line("Robotics Chapter Representative", 167, 411, 416),)),
        RawBox((_line("2018 - April 2019", 464, 411, 540),)),
        RawBox((_line("Object Detection using YOLO and Mask-RCNN on road scenes", 167, 574, 448),)),
        RawBox((_line("2019", 520, 574, 540),)),
        RawBox((_line("Technologies : Deep Learning, Computer Vision, Python, OpenCV", 162, 697, 502),)),
    ]
    document, kinds = _read([*margin, *entries])
    assert "Positions of Responsibility" in kinds
    assert kinds["Research Summer Intern, Swaayatt Robots, Bhopal"] == "experience"
    assert kinds["Robotics Chapter Representative"] == "volunteering"
    assert kinds["Object Detection using YOLO and Mask-RCNN on road scenes"] == "projects"
    assert kinds["Technologies : Deep Learning, Computer Vision, Python, OpenCV"] == "skills"
    assert [(p.start, p.end) for p in document.positions][:2] == [("2019-05", "2019-08"), ("2019-03", "2019-04")]


def test_a_margin_of_headings_between_glyph_rules_heads_the_box_it_is_level_with() -> None:
    """`c376_ai_03` (Google Docs): a one-glyph rule ("ㅡ") over each margin heading, and each heading level with the
    second line of its first entry's box; the headings were read as a sidebar, then the entries under "Projects"."""
    margin = [RawBox((_line("Arjun", 58, 53, 117),))]
    for heading, top in (("Technical Skills", 160), ("Experience", 283), ("Education", 438), ("Projects", 707)):
        margin += [RawBox((_line("\u3161", 58, top - 24, 74),)), RawBox((_line(heading, 58, top, 58 + 8 * len(heading)),))]
    entries = [
        RawBox((_line("Data Structures and Algorithms Database Management", 235, 151, 539),)),
        RawBox((_line("Tensorboard Tensorflow", 235, 171, 490),)),
        RawBox((_line("E-nov@tors / Vice President", 235, 274, 376), _line("APRIL 2018- MAY 2019,GAUTAM BUDDH NAGAR", 235, 288, 441))),
        RawBox((_line("Google / Web Ranger", 235, 318, 343), _line("NOVEMBER 2017 - MAY 2019, GAUTAM BUDDH NAGAR", 235, 332, 470))),
        RawBox((_line("Vishwa Bharati Public School / High School", 235, 430, 448), _line("APRIL 2004 - MAY 2019 , DELHI", 235, 445, 447))),
        RawBox((_line("Subjects: Physics, Chemistry, Mathematics, Computer Science and English", 235, 479, 528),)),
        RawBox((_line("Tweeter - A Twitter clone built on Ruby", 235, 700, 430),)),
    ]
    document, kinds = _read([*margin, *entries])
    assert kinds["E-nov@tors / Vice President"] == "experience"
    assert kinds["Vishwa Bharati Public School / High School"] == "education"
    assert [(p.title, p.start, p.end) for p in document.positions] == [
        ("E-nov@tors / Vice President", "2018-04", "2019-05"),
        ("Google / Web Ranger", "2017-11", "2019-05"),
    ]


def test_margin_headings_over_two_columns_of_entries_are_read_band_by_band() -> None:
    """`c126_un_01`: headings in a margin at the left edge, each over two jobs side by side; the right column's
    jobs were read after the last heading (Interests) and two of four jobs were lost."""

    def _small(text: str, x0: float, top: float, x1: float) -> RawLine:  # 8-point type, as printed
        return RawLine(text, x0, top, x1, top + 8)

    boxes = [
        RawBox((_small("EDUCATION", 21, 142, 65),)),
        RawBox((_small("BERGEN COMMUNITY COLLEGE", 93, 142, 280), _small("ASSOCIATE IN SCIENCE 2014 - 2016", 93, 153, 260))),
        RawBox((_small("NEW JERSEY INSTITUTE OF TECHNOLOGY", 309, 142, 545), _small("B.S. IN IT 2016 - PRESENT", 309, 153, 480))),
        RawBox((_small("EMPLOYMENT", 20, 327, 72),)),
        RawBox((_small("CASHIER, PRICE RITE", 95, 327, 185), _small("JUNE 2014 – AUGUST 2015", 95, 337, 185))),
        RawBox((_small("Ø  Assist customers", 113, 349, 196),)),
        RawBox((_small("MERCHANDISER, CREATIVE ACTION RETAIL LLC", 320, 327, 488), _small("MAY 2017 – SEPTEMBER 2017", 320, 337, 421))),
        RawBox((_small("Ø  Collaborate across different departments", 338, 350, 524),)),
        RawBox((_small("FRONT-END SUPERVISOR, PRICE RITE", 95, 389, 230), _small("AUGUST 2015 - MAY 2017", 95, 398, 181))),
        RawBox((_small("Ø  Bookkeeping", 113, 412, 179),)),
        RawBox((_small("FULFILLMENT ASSOCIATE, AMAZON", 320, 390, 448), _small("JUNE 2017 – PRESENT", 320, 400, 399))),
        RawBox((_small("Ø  Sort and ship packages", 338, 413, 446),)),
        RawBox((_small("SKILLS", 21, 526, 50),)),
        RawBox((_small("CUSTOMER SERVICE", 93, 531, 173),)),
        RawBox((_small("PROGRAMMING LANGUAGES", 322, 531, 426), _small("Familiarity in Python and Javascript", 340, 543, 486))),
        RawBox((_small("INTERESTS", 21, 672, 58),)),
        RawBox((_small("RUNNING, ASIAN CULTURE, CYBERSECURITY", 97, 672, 347),)),
    ]
    document, kinds = _read(boxes, width=612, height=792)
    assert kinds["MERCHANDISER, CREATIVE ACTION RETAIL LLC"] == "experience"
    assert kinds["Familiarity in Python and Javascript"] == "skills"
    assert kinds["FULFILLMENT ASSOCIATE, AMAZON"] == "experience"
    assert kinds["RUNNING, ASIAN CULTURE, CYBERSECURITY"] == "interests"
    texts = [line.text for line in document.lines]
    assert texts.index("CASHIER, PRICE RITE") < texts.index("MERCHANDISER, CREATIVE ACTION RETAIL LLC") < texts.index("SKILLS")


def test_a_sidebars_headings_over_its_own_items_keep_the_columns_apart() -> None:
    # headings at the left edge of a sidebar whose items start under them: a sidebar, read whole before the main column
    boxes = [
        RawBox((_line("SKILLS", 20, 100, 70),)),
        RawBox((_line("Python, SQL, Tableau", 30, 115, 180),)),
        RawBox((_line("LANGUAGES", 20, 200, 90),)),
        RawBox((_line("English, Spanish", 30, 215, 160),)),
        RawBox((_line("INTERESTS", 20, 300, 85),)),
        RawBox((_line("Chess, running", 30, 315, 140),)),
        RawBox((_line("EXPERIENCE", 220, 100, 300),)),
        RawBox((_line("Data Analyst, Acme Corp   2020 - 2022", 220, 115, 560),)),
        RawBox((_line("Built churn dashboards in Tableau for the sales team every week", 220, 130, 560),)),
    ]
    page = RawPage(number=1, width=612, height=792, boxes=tuple(boxes))
    order = [box.lines[0].text for _, box in ordered_boxes(page)]
    assert order.index("Chess, running") < order.index("EXPERIENCE")


def test_margin_headings_a_point_below_their_entries_on_a_page_without_columns_head_them() -> None:
    """`c61_ds_01`: headings in the left margin of a one-column page, each set a point lower than the first line of
    its entry; "RESEARCH" over "EXPERIENCE" is one heading, "COURSEWORK" over "LANGUAGES" are two, each level with
    its own line. Read by height alone, each heading came after its entry, so the research entry fell under
    Education and its bullets under no dated entry."""

    body = "Analyzed effects of rotating interventions on effectiveness and attrition (Cox Regression; R)"
    boxes = [
        RawBox((_line("Ada Example, ada@example.com, Stanford, California, United States", 41, 37, 560),)),
        RawBox((_line("EDUCATION", 41, 70, 100),)),
        RawBox((_line("Stanford University, PhD in Computer Science", 120, 69, 400),)),
        RawBox((_line("2013 – 2019", 509, 69, 560),)),
        RawBox((_line("RESEARCH", 41, 103, 100), _line("EXPERIENCE", 41, 114, 104))),
        RawBox((_line("Stanford – PhD – led several research projects published at top venues", 120, 102, 480),)),
        RawBox((_line("2013 – now", 509, 102, 560),)),
        RawBox(tuple(_line(body, 135, 118 + 9 * k, 560) for k in range(14))),
        RawBox((_line("COURSEWORK", 41, 257, 100), _line("LANGUAGES", 41, 268, 100))),
        RawBox((_line("Deep Learning, Statistical Models, Linear Algebra, Algorithms", 120, 256, 470),)),
        RawBox((_line("Python (fluent), R (experience), SQL (experience)", 120, 268, 420),)),
    ]
    document, kinds = _read(boxes)
    assert kinds["Stanford University, PhD in Computer Science"] == "education"
    assert kinds["Stanford – PhD – led several research projects published at top venues"] == "research"
    assert kinds[body] == "research"
    assert kinds["Deep Learning, Statistical Models, Linear Algebra, Algorithms"] == "education"
    assert kinds["Python (fluent), R (experience), SQL (experience)"] == "languages"
    research = [p for p in document.positions if p.start == "2013-01" and p.current]
    assert len(research) == 1
    assert any(document.lines[i].text == body for i in research[0].members)


def test_an_employer_line_then_its_dates_then_a_job_title_leave_the_education_above() -> None:
    """`c6_ai_01`: with no heading, "Dimension Studio, London UK" read before its dates and then "Senior Software
    Engineer" (each a box of its own) stayed in the Education section above, so the job opened no position."""
    boxes = [
        RawBox((_line("Education:", 312, 108, 380),)),
        RawBox((_line("2017 – 2020: Bsc Physics (2:1)", 312, 129, 500), _line("Queen Mary University of London", 312, 142, 520))),
        RawBox((_line("Dimension Studio, London UK", 43, 250, 200),)),
        RawBox((_line("Nov 2023 – Present", 433, 250, 520),)),
        RawBox(
            (
                _line("Senior Software Engineer - Machine Learning and Research", 43, 266, 400),
                _line("Developing production-ready machine learning and computer vision pipelines", 43, 292, 520),
            )
        ),
    ]
    _, kinds = _read(boxes)
    assert kinds["Senior Software Engineer - Machine Learning and Research"] == "experience"
    assert kinds["2017 – 2020: Bsc Physics (2:1)"] == "education"


def test_a_field_of_study_named_like_a_job_over_its_degree_stays_education() -> None:
    """`c231_ds_01`: "2001 – 2005 Mechanical Engineer" over "BACHELOR OF TECHNOLOGY" (each a box of its own) was read
    as a job: 60 months of experience more."""
    boxes = [
        RawBox((_line("EDUCATION", 36, 318, 120),)),
        RawBox((_line("2015 – 2017", 42, 335, 90), _line("Data Science", 99, 335, 200))),
        RawBox((_line("MASTER OF SCIENCE", 99, 343, 200), _line("New York University, New York", 99, 352, 260))),
        RawBox((_line("2001 – 2005 Mechanical Engineer", 42, 385, 200),)),
        RawBox((_line("BACHELOR OF TECHNOLOGY", 99, 393, 230), _line("National Institute of Technology, Warangal", 99, 402, 300))),
    ]
    _, kinds = _read(boxes)
    assert kinds["2001 – 2005 Mechanical Engineer"] == "education"


def test_a_list_indented_in_the_gap_of_a_box_is_read_in_that_gap() -> None:
    """`c281_un_02`: the engine put "Skills", the list's bullet glyphs, "Experience" and the first job in one box and
    the list's text in another; read whole, the box put the skills list under the first job (MySQL and Python became
    two years of a retail job)."""
    left = RawBox(
        (
            _line("Skills", 35, 260, 78),
            _line("•", 72, 278, 78),
            _line("•", 72, 293, 78),
            _line("Experience", 35, 308, 114),
            _line("Five Below – Mundelein, IL May 2024 – Present", 36, 327, 575),
        )
    )
    listed = RawBox(
        (_line("Microsoft Office, HTML/CSS, JavaScript, MySQL", 108, 278, 360), _line("React, Typescript, Python, PHP", 108, 293, 470))
    )
    page = RawPage(number=1, width=612, height=792, boxes=(left, listed))
    order = _texts_in_order(page)
    assert order.index("React, Typescript, Python, PHP") < order.index("Experience")
    _, kinds = _read([left, listed], width=612, height=792)
    assert kinds["Microsoft Office, HTML/CSS, JavaScript, MySQL"] == "skills"


def test_a_title_boxed_with_a_bullet_far_below_it_is_read_on_its_own_row() -> None:
    # c335_un_01: the engine boxed the title "Software Development Intern", level with the employer and the dates,
    # with the wrapped end of a bullet four lines lower; the employer's box starts on the title's row
    employer = RawBox(
        (
            _line("Intradiem Inc", 36, 90, 104),
            _line("May 2024 – Present", 476, 90, 567),
            _line("Automating the read and update of user-to-queue associations using Spring RestTemplate", 36, 103, 563),
            _line("ACDs (Automatic Call Distributor) to reduce manual errors, time, and effort.", 54, 116, 552),
            _line("Refactored legacy code to optimize microservices communication using Spring Boot, converting", 36, 128, 560),
        )
    )
    title_and_bullet = RawBox(
        (
            _line("Software Development Intern", 224, 90, 360),
            _line("required database format and sending via AvroMessage Sender.", 54, 141, 494),
        )
    )
    page = RawPage(number=1, width=595, height=842, boxes=(employer, title_and_bullet))
    order = _texts_in_order(page)
    assert order.index("Software Development Intern") < order.index(
        "ACDs (Automatic Call Distributor) to reduce manual errors, time, and effort."
    )
    assert order[-1] == "required database format and sending via AvroMessage Sender."


def test_a_main_columns_heading_set_left_of_its_text_is_read_in_its_column() -> None:
    # c344_un_02 (its boxes as placed, words replaced): the main column's headings ("P R O F I L E", "E X P E R I E N
    # CE") start at x 195.6, left of its text (205.9), while one box of the sidebar ends at 196.9: the gutter cut the
    # headings, which took the banner down to the Experience heading and left the job under the sidebar's last heading
    boxes = [
        RawBox(
            (
                _line("item 1", 54.00, 13.27, 297.06),
                _line("item item item 2", 54.00, 46.98, 357.46),
            )
        ),
        RawBox((_line("C O N T A C T", -2.76, 109.51, 106.73),)),
        RawBox((_line("P R O F I L E", 195.62, 109.51, 280.52),)),
        RawBox((_line("item 3", 38.13, 135.02, 87.93),)),
        RawBox(
            (
                _line("item 4", 19.56, 135.67, 38.11),
                _line("item item 5", 19.56, 150.02, 112.29),
                _line("item item 6", 19.56, 164.90, 118.36),
            )
        ),
        RawBox((_line("item 7", 19.56, 180.43, 64.51),)),
        RawBox((_line("item item 8", 64.56, 179.78, 145.88),)),
        RawBox((_line("item item item item item item item item item item 9", 205.85, 129.67, 584.69),)),
        RawBox(
            (
                _line("item item item item item item item item item 10", 205.85, 144.67, 584.36),
                _line("item item item item item item item item item item 11", 205.85, 159.55, 584.30),
                _line("item item item item item item item item item item 12", 205.85, 174.43, 584.42),
                _line("item item item item item item item item item item 13", 205.85, 189.31, 584.29),
            )
        ),
        RawBox((_line("item item item item 14", 205.85, 204.31, 363.52),)),
        RawBox((_line("TECHNICAL SKILLS", 18.60, 235.94, 127.19),)),
        RawBox((_line("item item item 15", 37.56, 250.42, 189.16),)),
        RawBox((_line("item 16", 55.56, 266.02, 85.07),)),
        RawBox(
            (
                _line("item 17", 46.80, 280.08, 127.07),
                _line("item 18", 46.80, 294.96, 111.71),
                _line("item item 19", 46.80, 309.84, 143.63),
                _line("item item 20", 46.80, 324.72, 153.49),
                _line("item 21", 91.58, 340.66, 151.67),
                _line("item 22", 91.58, 355.54, 137.75),
            )
        ),
        RawBox((_line("item item item 23", 37.56, 370.18, 169.79),)),
        RawBox((_line("item 24", 55.56, 385.78, 88.07),)),
        RawBox((_line("item item 25", 46.80, 399.72, 150.47),)),
        RawBox((_line("item item item 26", 37.56, 415.42, 185.99),)),
        RawBox(
            (
                _line("o Languages: MATLAB, Python", 46.80, 430.10, 196.91),
                _line("item item item 27", 46.80, 444.98, 188.15),
                _line("item item item 28", 37.56, 460.56, 184.96),
            )
        ),
        RawBox((_line("item 29", 55.56, 476.16, 86.15),)),
        RawBox((_line("ENGINEERING SKILLS", 19.56, 490.87, 141.11),)),
        RawBox((_line("item item item 30", 37.56, 505.32, 192.11),)),
        RawBox(
            (
                _line("item item 31", 46.80, 519.98, 160.67),
                _line("item item 32", 46.80, 534.86, 156.47),
                _line("PROJECT & COMMUNICATION", 19.56, 550.51, 185.36),
                _line("SKILLS", 19.56, 564.91, 59.97),
            )
        ),
        RawBox(
            (
                _line("item item 33", 37.56, 579.48, 149.15),
                _line("item item 34", 37.56, 594.87, 147.23),
                _line("item item 35", 37.56, 610.23, 145.21),
                _line("item 36", 55.56, 625.83, 118.79),
            )
        ),
        RawBox((_line("E X P E R I E N CE", 195.62, 236.23, 313.76),)),
        RawBox(
            (
                _line("SENIOR PROCESS ENGINEER | FEB 2023 - PRESENT", 205.85, 256.42, 496.75),
                _line("item item item item item 38", 205.85, 271.13, 408.64),
                _line("item item item item item item item 39", 206.45, 285.58, 584.48),
                _line("item item item item item item item item item 40", 224.45, 301.18, 584.35),
            )
        ),
        RawBox((_line("item item item item item item 41", 224.45, 316.18, 448.72),)),
        RawBox(
            (
                _line("item item item item item item item item item 42", 206.45, 330.82, 584.41),
                _line("item item item item item item item item item 43", 224.45, 346.42, 570.79),
                _line("item item item item item item item item 44", 206.45, 361.06, 584.39),
            )
        ),
        RawBox((_line("item item item item item item item item 45", 224.45, 376.66, 522.19),)),
        RawBox((_line("item item item item item item item item item 46", 206.45, 391.30, 584.46),)),
        RawBox((_line("item item item item item item item 47", 224.45, 406.90, 498.79),)),
        RawBox((_line("item item item item item item item item item 48", 206.45, 421.68, 584.44),)),
        RawBox((_line("item item item item item item item item item 49", 224.45, 437.28, 538.03),)),
        RawBox((_line("item item item item item item item item item 50", 206.45, 451.92, 584.42),)),
        RawBox((_line("item item item item item item 51", 224.45, 467.52, 459.76),)),
        RawBox((_line("item item item item item item item item item 52", 206.45, 482.16, 584.43),)),
        RawBox((_line("item item item item 53", 224.45, 497.59, 382.72),)),
        RawBox((_line("E D U C A T I O N", 205.85, 542.11, 313.04),)),
        RawBox(
            (
                _line("item item item item item item item 54", 205.85, 567.79, 531.87),
                _line("item item item item item item 55", 205.85, 582.82, 489.79),
            )
        ),
        RawBox((_line("item item item item item item item item item 56", 223.85, 597.51, 577.93),)),
        RawBox((_line("item item item 57", 241.85, 613.23, 374.80),)),
        RawBox(
            (
                _line("item item item item item item item 58", 205.85, 627.94, 561.40),
                _line("item item item item 59", 205.85, 642.97, 436.36),
                _line("item item item item 60", 223.85, 657.63, 410.56),
                _line("item item item item item item item item 61", 223.85, 672.99, 519.43),
            )
        ),
        RawBox(
            (
                _line("item item item item item item item 62", 205.85, 688.42, 568.06),
                _line("item item item item item 63", 205.85, 703.58, 458.92),
            )
        ),
        RawBox((_line("item item item item item item item 64", 223.85, 718.23, 530.47),)),
    ]
    _, kinds = _read(boxes)
    assert kinds["SENIOR PROCESS ENGINEER | FEB 2023 - PRESENT"] == "experience"
    assert kinds["o Languages: MATLAB, Python"] == "skills"


def test_a_table_of_row_labels_and_dates_beside_their_entries_is_read_row_by_row() -> None:
    """`c393_ai_03` (a Google Docs CV set as a two-column table): the left cells hold headings, field labels and
    each job's dates, the right cells the jobs, one box for all three. Read column by column, the dates came before
    every job and the jobs fell under the last heading of the left column ("Research Projects")."""
    left = [
        RawBox((_line("Personal Data", 90, 128, 170),)),
        RawBox((_line("Phone", 90, 147, 125),)),
        RawBox((_line("Professional & Research Experience", 90, 390, 265),)),
        RawBox((_line("Jan 2023 – 2024 Dec", 90, 408, 190),)),
        RawBox((_line("2024-present", 90, 460, 150),)),
        RawBox((_line("2020 – 2022", 90, 487, 150),)),
        RawBox((_line("Research Projects", 90, 552, 180),)),
    ]
    right = [
        RawBox((_line("+880 1555 014273", 306, 147, 400),)),
        RawBox(
            (
                _line("Software Developer, Radiant Data System", 306, 408, 520),
                _line("Develop scalable applications using dot net, c#, sql, oracle", 306, 434, 540),
                _line("Software engineer (dot net, sql server, react)", 306, 460, 530),
                _line("Khaizen technology (NJ, USA) remote", 306, 473, 500),
                _line("Team Lead, Research & Development (nerd_community, NSU)", 306, 487, 540),
                _line("Organized workshops, guided research projects, and set programming contest problems.", 306, 500, 545),
            )
        ),
        RawBox(
            (
                _line("3D CNN for Tuberculosis Prediction – improved uniformizing techniques", 306, 552, 545),
                _line("for CT scan processing with PyTorch and scikit-learn baselines.", 306, 565, 545),
                _line("Bangla Sign Language Recognition – CNN-based gesture recognition (Thesis).", 306, 578, 545),
                _line("Bangla Food Review Sentiment Analysis – published paper using ML-based", 306, 591, 545),
                _line("text classification models; other projects: autoencoders and RNN models.", 306, 604, 545),
            )
        ),
    ]
    document, kinds = _read([*left, *right])
    texts = [line.text for line in document.lines]
    assert texts.index("2024-present") == texts.index("Khaizen technology (NJ, USA) remote") - 2
    assert texts.index("2020 – 2022") == texts.index("Team Lead, Research & Development (nerd_community, NSU)") - 1
    assert kinds["Software Developer, Radiant Data System"] == "experience"
    assert kinds["Organized workshops, guided research projects, and set programming contest problems."] == "experience"
    assert [(p.start, p.current) for p in document.positions] == [("2023-01", False), ("2024-01", True), ("2020-01", False)]


def test_a_sidebar_on_the_entries_line_grid_that_holds_more_than_labels_keeps_its_column() -> None:
    # a sidebar whose lines share the main column's line grid, with two education years among its items: a degree's
    # name is no row label, so the sidebar stays a column read whole
    tops = [100 + 15 * i for i in range(8)]
    left = [
        "EDUCATION",
        "B.Sc. Statistics, University of Leeds",
        "2015 – 2019",
        "M.Sc. Data Science",
        "2019 – 2021",
        "SKILLS",
        "Python",
        "SQL",
    ]
    right = [
        "EXPERIENCE",
        "Data Analyst, Acme Corp   2021 - Present",
        "Built weekly revenue dashboards in Tableau for the sales team",
        "Wrote SQL queries over the orders warehouse to size new markets",
        "Presented pricing findings to the leadership team each quarter",
        "Analyst Intern, Beta Ltd   2020",
        "Cleaned survey data with pandas and reported the results",
        "Automated the monthly report with Python scripts",
    ]
    boxes = [RawBox((_line(text, 20, top, 180),)) for text, top in zip(left, tops, strict=True)]
    boxes += [RawBox((_line(text, 220, top, 560),)) for text, top in zip(right, tops, strict=True)]
    page = RawPage(number=1, width=612, height=792, boxes=tuple(boxes))
    order = [box.lines[0].text for _, box in ordered_boxes(page)]
    assert order == [*left, *right]


def test_a_timeline_of_heads_set_flush_right_against_the_bullets_reads_each_head_before_its_bullets() -> None:
    """`c399_un_01`: each job's employer, title and dates sit right-aligned at the left, its bullets at the right, too close
    for a gutter; read by height, every date landed among the bullets and was paired with the bullet level with it
    (three jobs lost their titles and their skills went to the job before)."""

    def box(*rows: tuple[str, float, float, float]) -> RawBox:
        return RawBox(tuple(_line(text, x0, top, x1) for text, x0, top, x1 in rows))

    boxes = [
        box(("Karim Rostami", 202, 24, 393)),
        box(("Profile", 41, 100, 69)),
        box(
            ("Multidisciplinary mechanical engineer with a strong background in energy market", 109, 100, 551),
            ("analysis, pricing strategies and renewable system modeling.", 109, 110, 420),
        ),
        box(("Work", 41, 158, 70), ("Experience", 41, 169, 87)),
        box(("Junior Energy", 115, 158, 168), ("Market Analyst", 106, 169, 168), ("Niroo Boors Iran", 104, 179, 168)),
        box(("Sep 2023 - Mar", 109, 195, 168), ("2024", 147, 206, 168)),
        box(("• Analyzed investment potential and electricity purchase structures in the", 175, 159, 543)),
        box(("• Modeled solar PV and wind project returns using cost projections and", 175, 181, 532)),
        box(("factors across different provinces.", 184, 193, 308)),
        box(("• Assessed the viability of renewable power sales through the exchange.", 175, 204, 540)),
        box(("AramDejDeylam |", 99, 282, 168), ("PV Layout", 126, 292, 168)),
        box(("Sep 2022 – Jul", 112, 309, 168), ("2023", 147, 319, 168)),
        box(("• Designed PV and battery storage layouts with multi-objective optimization.", 175, 283, 542)),
        box(("• Simulated system performance under variable solar irradiation to inform", 175, 305, 552)),
        box(("decisions.", 184, 316, 222)),
        box(("Merila Knowledge", 98, 351, 168), ("Enterprise", 128, 361, 168)),
        box(("Jan 2021 - Sep", 112, 377, 168), ("2022", 147, 388, 168)),
        box(("• Developed backend features for a telemedicine platform using FastAPI and SQL.", 175, 352, 549)),
        box(("• Designed and trained an OCR-based model to extract data from lab reports,", 175, 374, 544)),
        box(("enabling automated integration of medical records into the database.", 184, 385, 520)),
    ]
    document, _ = _read(boxes)
    texts = [line.text for line in document.lines]
    assert texts.index("2024") < texts.index("Analyzed investment potential and electricity purchase structures in the")
    assert texts.index("Assessed the viability of renewable power sales through the exchange.") < texts.index("AramDejDeylam")
    found = [(p.start, p.title) for p in document.positions]
    assert found == [("2023-09", "Junior Energy"), ("2022-09", "AramDejDeylam"), ("2021-01", "Merila Knowledge")]
    fastapi = texts.index("Developed backend features for a telemedicine platform using FastAPI and SQL.")
    assert document.positions[2].first <= fastapi <= document.positions[2].last


def test_a_table_of_dates_titles_and_bullets_is_read_row_by_row() -> None:
    """`w4_ds_02` (fpdf2, each row "dates | Title, Company | bullets"): the bullets' column was read after every row's
    dates and titles and after the Skills heading below them, so no job held a skill and every skill was listed only."""
    rows = [
        RawBox((_line("EXPERIENCE", 37, 119, 106),)),
        RawBox((_line("Mar 2023 – Present", 38, 138, 122),)),
        RawBox((_line("Senior Data Scientist,", 158, 138, 271), _line("Casa Alba Retail", 158, 150, 250))),
        RawBox(
            (
                _line("• Own the Bayesian marketing mix model (PyMC-Marketing) for 9 channels", 299, 138, 569),
                _line("• BigQuery SQL with window functions; built the Looker Studio dashboard", 299, 150, 569),
                _line("used weekly by 40+ brand managers.", 299, 162, 569),
            )
        ),
        RawBox((_line("06/2020 – 02/2023", 38, 286, 117),)),
        RawBox((_line("Data Scientist, Rappi", 158, 286, 250),)),
        RawBox(
            (
                _line("• Designed and analysed A/B tests for push notifications and coupons", 299, 286, 569),
                _line("• Tableau dashboards for Growth leads; Python (pandas) and Airflow jobs.", 299, 298, 569),
            )
        ),
        RawBox((_line("SKILLS", 37, 400, 75),)),
        RawBox((_line("Tools", 38, 420, 78),)),
        RawBox((_line("Python, SQL, Tableau, Looker Studio, Power BI, Git", 299, 420, 567),)),
    ]
    document, kinds = _read(rows)
    texts = [line.text for line in document.lines]
    assert texts.index("Tableau dashboards for Growth leads; Python (pandas) and Airflow jobs.") < texts.index("SKILLS")
    assert kinds["Own the Bayesian marketing mix model (PyMC-Marketing) for 9 channels"] == "experience"
    assert [(p.title, p.start) for p in document.positions] == [("Senior Data Scientist", "2023-03"), ("Data Scientist", "2020-06")]
    assert texts.index("Data Scientist, Rappi") == texts.index("06/2020 – 02/2023") + 1


def test_a_table_whose_short_cells_sit_in_the_middle_of_each_row_is_read_row_by_row() -> None:
    """Written slice w100 (fpdf2, each row "dates | Title, Company | bullets" with the short cells centred on the row):
    the bullets' column was read after the whole page, under Education, so no job held a skill."""
    rows = [
        RawBox((_line("Rizky Pratama Wibowo", 37, 38, 234), _line("Data Scientist | Jakarta Selatan, Indonesia", 37, 62, 516))),
        RawBox((_line("EXPERIENCE", 37, 114, 108),)),
        RawBox((_line("Jan 2023 - Now", 38, 196, 100),)),
        RawBox((_line("Data Scientist", 135, 190, 189), _line("Gojek (GoTo Group), Jakarta", 135, 202, 249))),
        RawBox((_line("Aug 2020 - Dec 2022", 38, 311, 121),)),
        RawBox((_line("Data Analyst", 135, 304, 185), _line("Traveloka, Jakarta", 135, 317, 207))),
        RawBox(
            (
                _line("- Design driver incentive schemes for GoRide in 40+ cities;", 299, 134, 528),
                _line("measure their impact with difference-in-differences.", 299, 146, 550),
                _line("- Ran switchback experiments and A/B tests on bonus thresholds", 299, 171, 553),
                _line("- Uplift models (LightGBM) to target incentives only where they", 299, 196, 543),
                _line("- PySpark jobs on Dataproc over 2 years of trip and GPS logs.", 299, 234, 540),
                _line("- Built Looker dashboards for city ops leads.", 299, 256, 520),
            )
        ),
        RawBox(
            (
                _line("- Funnel and cohort analysis of hotel bookings in BigQuery SQL", 299, 279, 547),
                _line("- Tableau dashboards with the hotel pricing team.", 299, 304, 549),
                _line("- t-tests and chi-square tests to read promo A/B tests.", 299, 340, 532),
            )
        ),
        RawBox((_line("EDUCATION", 37, 424, 102),)),
        RawBox((_line("2015 - 2019", 38, 456, 85),)),
        RawBox((_line("S.Si. (Bachelor) Statistics", 135, 444, 234), _line("Institut Teknologi Sepuluh Nopember", 135, 456, 279))),
        RawBox(
            (
                _line("- Thesis: Poisson regression model of traffic accident counts", 299, 450, 543),
                _line("Surabaya, 2012-2017. GPA 3.71/4.00.", 299, 461, 449),
            )
        ),
        RawBox((_line("SKILLS", 37, 492, 76), _line("Languages: Python (pandas, statsmodels), SQL, R (basic)", 37, 508, 396))),
    ]
    document, kinds = _read(rows)
    texts = [line.text for line in document.lines]
    assert texts.index("Tableau dashboards with the hotel pricing team.") < texts.index("EDUCATION")
    assert kinds["PySpark jobs on Dataproc over 2 years of trip and GPS logs."] == "experience"
    assert [(p.title, p.start) for p in document.positions][:2] == [("Data Scientist", "2023-01"), ("Data Analyst", "2020-08")]
    assert texts.index("Ran switchback experiments and A/B tests on bonus thresholds") < texts.index("Data Analyst")


def test_a_main_columns_heading_in_its_own_case_under_a_job_dated_at_its_end_opens_a_section() -> None:
    """`w4_ml_01` (a capitals sidebar beside a main column with "Experience", each job dated on a line after its
    bullets): "Selected projects", in the main column's own case, was taken for a label of the last job because most
    of the page's headings (the sidebar's) are in capitals, so the projects were no positions."""
    side = [
        RawBox((_line("CONTACT", 37, 40, 100),)),
        RawBox((_line("Berlin, Germany", 37, 54, 120),)),
        RawBox((_line("SKILLS", 37, 100, 90),)),
        RawBox((_line("Kubernetes, Helm, Kubeflow, Argo Workflows, Karpenter", 37, 114, 190),)),
        RawBox((_line("LANGUAGES", 37, 200, 110),)),
        RawBox((_line("Polish (native), English (C2)", 37, 214, 180),)),
        RawBox((_line("INTERESTS", 37, 300, 110),)),
        RawBox((_line("Sailing, 3D printing", 37, 314, 150),)),
    ]
    main = [
        RawBox((_line("Experience", 204, 100, 280),)),
        RawBox(
            (
                _line("Linux Systems Administrator", 204, 114, 330),
                _line("IBM Client Innovation Center Poland, Wroclaw", 204, 126, 400),
                _line("Bash and Python scripts for capacity checks; first Docker pilots.", 204, 138, 540),
                _line("07.2015 – 08.2018 | Wroclaw", 204, 150, 330),
            )
        ),
        RawBox((_line("Selected projects", 204, 176, 300),)),
        RawBox(
            (
                _line("llm-serving-bench — 2024", 204, 190, 330),
                _line("Benchmarked vLLM vs. TGI on L4 GPUs with AWQ INT4 quantized weights.", 204, 202, 540),
            )
        ),
        RawBox((_line("Education", 204, 240, 280),)),
        RawBox((_line("MSc Computer Science, Poznan University of Technology — 2013 – 2015", 204, 254, 540),)),
    ]
    document, kinds = _read([*side, *main])
    assert kinds["llm-serving-bench — 2024"] == "projects"
    found = [(p.title, p.start) for p in document.positions][:2]
    assert found == [("Linux Systems Administrator", "2015-07"), ("llm-serving-bench", "2024-01")]


def test_a_sidebar_eleven_points_from_the_main_column_keeps_the_columns_apart() -> None:
    """`w211_ml_01` (its boxes' places, its words replaced): a sidebar ending 11 points left of the jobs, no box across
    the gap, was cut at a lower line crossing a narrower split and read line by line into the jobs, so its
    "LANGUAGES" and "INTERESTS" headings cut the Experience section in two."""
    rows = [
        [
            ("CONTACT", 44.7, 53.8, 98.5),
            ("data model se", 44.7, 70.3, 105.6),
            ("data model servi", 44.7, 81.3, 111.1),
            ("data model serving pipe", 44.7, 92.3, 142.1),
            ("data model serving pipel", 44.7, 103.3, 136.3),
        ],
        [
            ("TECH", 44.7, 122.8, 74.6),
            ("data model serving pipe", 44.7, 139.3, 142.5),
            ("data model serving pipeli", 44.7, 150.3, 150.0),
            ("data model serving pipelines trai", 44.7, 161.3, 176.9),
            ("data model serving pipelines tr", 44.7, 172.3, 171.8),
            ("data model serving pipelines", 44.7, 183.3, 161.8),
            ("data model serving pipeline", 44.7, 194.3, 158.5),
            ("data model serving pipelines t", 44.7, 205.3, 157.6),
        ],
        [
            ("REGULATORY", 44.7, 224.8, 121.7),
            ("data model serving pipelines tr", 44.7, 241.3, 180.3),
            ("data model serving pipeline", 44.7, 252.3, 155.2),
            ("data", 44.7, 263.3, 68.8),
        ],
        [
            ("LANGUAGES", 44.7, 282.8, 115.0),
            ("data model serving pipelines traini", 44.7, 299.3, 171.3),
            ("data model serving pipe", 44.7, 310.3, 140.1),
        ],
        [
            ("INTERESTS", 44.7, 329.8, 106.4),
            ("data model serving pipelines train", 44.7, 346.3, 171.3),
            ("data model serving pipelines", 44.7, 357.3, 159.0),
        ],
        [("data model serving pi", 192.1, 55.2, 386.1)],
        [("data model serving pipelines training pytho", 192.1, 75.3, 370.6)],
        [("SUMMARY", 192.1, 95.2, 248.9)],
        [
            ("data model serving pipelines training python cloud images team study data model s", 192.1, 111.8, 521.7),
            ("data model serving pipelines training python cloud images team study data model serving pi", 192.1, 123.2, 548.2),
        ],
        [("EXPERIENCE", 192.1, 143.1, 263.0)],
        [
            ("data model serving pipelines tra", 192.1, 159.7, 336.8),
            ("data model serving pipelines training python", 192.1, 171.1, 379.4),
            ("data model serving pipelines training python cloud images team study data model ser", 194.1, 181.6, 538.7),
        ],
        [("data model serving pipelines training pytho", 202.1, 194.0, 377.4)],
        [("data model serving pipelines training python cloud images team study data mo", 194.1, 204.5, 503.5)],
        [("data model serving pipelines", 202.1, 216.9, 313.1)],
        [("data model serving pipelines training python cloud images team study data model serving", 194.1, 227.3, 544.6)],
        [("data model serving pipelines training python", 202.1, 239.7, 381.6)],
        [
            ("data model serving pipelines training python cloud images team study data model ser", 194.1, 250.2, 541.4),
            ("data model serving pipelines training python cloud images team study data model s", 194.1, 261.7, 532.4),
        ],
        [("data model serving pipelines training python clou", 202.1, 274.1, 395.7)],
        [
            ("data model serving pipelines training python cloud images team study data mode", 194.1, 284.5, 520.1),
            ("data model serving pipelines training python cloud images team study data model ser", 202.1, 296.9, 510.7),
        ],
        [
            ("data model serving pipeli", 192.1, 312.4, 307.0),
            ("data model serving pipelines training py", 192.1, 323.8, 355.0),
            ("data model serving pipelines training python cloud images team study data model serving p", 194.1, 334.3, 541.6),
        ],
        [("data model serving pipelines trai", 202.1, 346.7, 331.2)],
        [("data model serving pipelines training python cloud images team study data model serving", 194.1, 357.2, 549.5)],
        [("data model serving pipelines tr", 202.1, 369.6, 314.1)],
        [("data model serving pipelines training python cloud images team study data model serving", 194.1, 380.1, 534.5)],
        [("data", 202.1, 392.5, 218.7)],
        [("data model serving pipelines training python cloud image", 194.1, 402.9, 422.3)],
        [
            ("data model serving", 192.1, 419.3, 273.8),
            ("data model serving pipelines training python cloud images team", 192.1, 430.8, 445.9),
            ("data model serving pipelines training python cloud images team study data model ser", 194.1, 441.3, 523.5),
        ],
        [("EDUCATION", 192.1, 466.1, 257.5)],
        [
            ("data model serving pipelines training python cloud images", 192.1, 482.7, 438.6),
            ("data model serving pipelines training python cloud images team study data model serving", 192.1, 494.1, 543.3),
        ],
        [
            ("PUBLICATIONS & TALKS", 192.1, 514.0, 325.3),
            ("data model serving pipelines training python cloud images team study data model serving pipeli", 192.1, 530.5, 543.0),
            ("data model serving pipel", 192.1, 541.5, 287.0),
            ("data model serving pipelines training python cloud images team study data model s", 192.1, 552.5, 528.3),
        ],
    ]
    boxes = [RawBox(tuple(RawLine(text, x0, top, x1, top + 9) for text, x0, top, x1 in box)) for box in rows]
    order = _texts_in_order(RawPage(number=1, width=595.3, height=841.9, boxes=tuple(boxes)))
    assert order.index("INTERESTS") < order.index("EXPERIENCE") or order.index("INTERESTS") > order.index("EDUCATION")


def test_a_europass_date_label_joined_to_the_title_beside_it_heads_its_entry() -> None:
    """`w224_ds_01`: a Europass CV prints each job's dates right-aligned in a label column; the engine joined the first
    job's dates and the title beside them into one line ("01/03/2021 – Current Senior Data Scientist"), which was read
    after the whole page, under Education."""
    boxes = [
        RawBox((_line("Telephone", 146, 123, 184),)),
        RawBox((_line("(+39) 02 555 0173", 196, 123, 387),)),
        RawBox((_line("E-mail", 161, 139, 184),)),
        RawBox((_line("giulia@example.com", 196, 139, 315),)),
        RawBox((_line("Date of birth", 140, 155, 184),)),
        RawBox((_line("14/05/1992", 196, 155, 319),)),
        RawBox((_line("WORK EXPERIENCE", 196, 230, 305),)),
        RawBox((_line("01/03/2021 – Current Senior Data Scientist", 108, 248, 286),)),
        RawBox((_line("UniCredit S.p.A., Milano (Italy)", 196, 259, 317), _line("Credit-risk models in LightGBM", 196, 271, 517))),
        RawBox((_line("EDUCATION AND TRAINING", 196, 495, 344),)),
        RawBox((_line("01/10/2015 – 20/07/2017", 95, 513, 184),)),
        RawBox((_line("Laurea Magistrale in Scienze Statistiche", 196, 513, 422),)),
        RawBox((_line("09/2012 – 07/2015", 117, 563, 184),)),
        RawBox((_line("Laurea in Statistica", 196, 563, 334),)),
        RawBox((_line("Mother tongue(s)", 123, 609, 184),)),
        RawBox((_line("Italian", 196, 609, 220),)),
    ]
    order = _texts_in_order(RawPage(number=1, width=595, height=842, boxes=tuple(boxes)))
    assert (
        order.index("WORK EXPERIENCE")
        < order.index("01/03/2021 – Current Senior Data Scientist")
        < order.index("UniCredit S.p.A., Milano (Italy)")
    )


def test_a_column_of_field_names_beside_each_projects_values_is_read_row_by_row() -> None:
    """Written slice w302 (an outsourcing CV: "Project:", "Duration:", "Technologies:" beside each client project's
    values): read column by column, every project's name and dates came after all the field names, and the projects'
    work fell to the last one."""
    boxes = [
        RawBox(
            (_line("EXPERIENCE", 49, 150, 130), _line("Senior Machine Learning Engineer, SoftServe, Lviv 02/2020 – present", 49, 165, 520))
        ),
    ]
    top = 200.0
    for name, dates, work in (
        ("Shelf monitoring for a grocery chain", "Mar 2024 – Oct 2024 (8 months)", "Trained YOLOv8 detectors in PyTorch."),
        ("Document OCR for a logistics client", "Jul 2022 – Dec 2022 (6 months)", "Fine-tuned TensorFlow OCR models."),
    ):
        labels = ("Project:", "Duration:", "Technologies:")
        boxes.append(RawBox(tuple(_line(label, 49, top + 15 * k, 120) for k, label in enumerate(labels))))
        values = (name, dates, work, "Exported the models to ONNX and served them behind FastAPI on Kubernetes for the client.")
        boxes.append(RawBox(tuple(_line(text, 151, top + 15 * k, 500) for k, text in enumerate(values))))
        top += 120
    document, _ = _read(boxes)
    texts = [line.text for line in document.lines]
    assert texts.index("Shelf monitoring for a grocery chain") == texts.index("Project:") + 1
    assert [(p.title, p.start, p.end) for p in document.positions][1:] == [
        ("Shelf monitoring for a grocery chain", "2024-03", "2024-10"),
        ("Document OCR for a logistics client", "2022-07", "2022-12"),
    ]


def test_a_bullets_second_line_in_a_box_of_its_own_stays_in_the_bullets_block() -> None:
    # (written slice w597: the engine put a wrapped bullet's second line, which opens with a capital, in a box of its own,
    # so "LoRA" lost the "Stable Diffusion" on the line above and read as LLM fine-tuning)
    from gapcheck import Analyzer

    boxes = [
        RawBox((RawLine("Experience", 194, 100, 300, 110),)),
        RawBox((RawLine("Machine Learning Engineer, Pixelgrove", 194, 115, 400, 125), RawLine("Jan 2022 – Present", 194, 127, 300, 137))),
        RawBox((RawLine("• Own the image generation pipeline behind Magic Fill: adapted Stable Diffusion", 194, 151, 560, 160),)),
        RawBox((RawLine("XL to 4M licensed design assets with LoRA adapters in PyTorch.", 204, 163, 520, 172),)),
        RawBox((RawLine("• Built the evaluation harness.", 194, 175, 400, 184),)),
    ]
    document, _ = _read(boxes)
    block = {line.text[:6]: line.block for line in document.lines}
    assert block["XL to "] == block["Own th"] != block["Built "]
    assert "llm_fine_tuning" not in Analyzer(as_of="2026-12").analyze_document(document).found_ids


def test_a_skills_table_run_onto_a_new_page_is_read_row_by_row() -> None:
    """Written slice w740 (`w740_ds_02`): a table of skills labels beside their values broke onto the next page, where the
    labels and the heading under the table were read before the values, so the values fell under "TALKS" and counted as
    a talk's title (Git and statistical process control lost)."""
    boxes = [
        RawBox((_line("Plant data", 50, 102, 95),)),
        RawBox((_line("Methods", 50, 116, 89),)),
        RawBox((_line("Tools", 50, 131, 75),)),
        RawBox((_line("TALKS", 56, 153, 90),)),
        RawBox((_line("OSIsoft PI (Data Archive, AF, PI Vision), Seeq, SQL Server, Oracle", 153, 102, 429),)),
        RawBox((_line("Soft sensors, PLS, gradient boosting, statistical process control, design of experiments", 153, 116, 509),)),
        RawBox((_line("Jupyter, Git, Azure DevOps, Excel", 153, 131, 294),)),
        RawBox((_line("“Soft Sensors on the Melt Shop Floor: Predicting Hot-Metal Silicon,” AISTech 2023, Detroit", 56, 173, 477),)),
    ]
    texts = _texts_in_order(RawPage(number=2, width=612, height=792, boxes=tuple(boxes)))
    assert texts.index("Jupyter, Git, Azure DevOps, Excel") == texts.index("Tools") + 1
    assert texts.index("TALKS") > texts.index("Jupyter, Git, Azure DevOps, Excel")
