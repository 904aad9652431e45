"""The ten resumes of tests/depth2, as data. Rendered by make_depth2.py.

Every person, address and e-mail is invented; employer names are ordinary-sounding invented names
(universities are real places used as scenery). Item kinds:

  para     a paragraph                       lines    plain lines (skills lists, certificates, ...)
  bullets  undated bullets                   entry    a dated (or undated) entry with bullets

An entry has title, org, dates, optional `titles` (several titles under one employer range, printed on
their own lines after the dated employer line) and bullets; a bullet is a string or (string, [sub-bullets]).
How the dates are placed is the resume's `placement`.
"""

RESUMES = [
    # ------------------------------------------------------------------ 1
    dict(
        name="k01_mleng_vision",
        producer="fpdf2",
        layout="one-column",
        placement="right",
        header=dict(
            name="Ines Okafor-Lind",
            headline="Machine Learning Engineer",
            contact="Gdańsk, Poland · ines.okafor-lind@example.com · +48 555 014 227",
        ),
        sections=[
            dict(
                heading="Summary",
                items=[
                    dict(
                        kind="para",
                        text=(
                            "Eight years building perception models for warehouse robots and the services around them. "
                            "I like owning a model end to end, from the labelling queue to the on-call rota, and I "
                            "write things down so the next person does not have to ask."
                        ),
                    )
                ],
            ),
            dict(
                heading="Experience",
                items=[
                    dict(
                        kind="entry",
                        title="Staff Machine Learning Engineer",
                        org="Orchard Vision",
                        dates="Mar 2022 – Present",
                        bullets=[
                            "Lead the inference path for the shelf-scanning models: PyTorch checkpoints are exported "
                            "to ONNX, compiled with TensorRT and served from Triton Inference Server on our "
                            "Kubernetes cluster.",
                            "Introduced INT8 post-training quantization with a calibration set drawn from night-shift "
                            "images; p95 latency fell from 41 ms to 17 ms with no measurable drop in recall.",
                            "Write the design docs for the new event-driven labelling pipeline and present them to "
                            "the warehouse operations and product teams before each build starts.",
                        ],
                    ),
                    dict(
                        kind="entry",
                        title="Machine Learning Engineer",
                        org="Tallgrass Imaging",
                        dates="Jul 2019 – Feb 2022",
                        bullets=[
                            "Trained defect-detection models in PyTorch on a 4-node cluster of A100 GPUs with "
                            "DistributedDataParallel, cutting a full training run from three days to nine hours.",
                            "Moved experiment tracking from spreadsheets to MLflow and set up a model registry, so "
                            "every deployed checkpoint can be traced back to its data snapshot.",
                            "Packaged the training jobs with Docker so research code ran the same on laptops and on the cluster.",
                            "Built an active-learning loop that sends low-confidence crops back to the annotators.",
                        ],
                    ),
                    dict(
                        kind="entry",
                        title="Software Engineer",
                        org="Pinecrest Freight",
                        dates="Sep 2017 – Jun 2019",
                        bullets=[
                            "Built Python services for route pricing behind a RESTful API used by the customer portal.",
                            "Wrote PostgreSQL queries and migrations; reviewed pull requests for a team of six on GitLab.",
                        ],
                    ),
                ],
            ),
            dict(
                heading="Education",
                items=[
                    dict(kind="entry", title="M.Sc. Computer Science", org="Gdańsk University of Technology", dates="2017", bullets=[]),
                ],
            ),
            dict(
                heading="Skills",
                items=[
                    dict(
                        kind="lines",
                        lines=[
                            "Languages: Python, C++, Bash",
                            "ML: PyTorch, ONNX Runtime, TensorRT, Triton, OpenCV",
                            "Infrastructure: Docker, Kubernetes, AWS (EKS, S3), Git, Linux",
                        ],
                    )
                ],
            ),
        ],
    ),
    # ------------------------------------------------------------------ 2
    dict(
        name="k02_ds_marketplace",
        producer="reportlab",
        layout="two-column",
        placement="datecol",
        header=dict(
            name="Lucía Benedetti",
            headline="Senior Data Scientist · Pricing & Experimentation",
            contact="Milan · lucia.benedetti@example.com",
        ),
        sidebar=[
            dict(
                heading="Contact",
                items=[
                    dict(
                        kind="lines",
                        lines=["Milan, Italy", "lucia.benedetti@example.com", "+39 555 0199 421", "github.com/lbenedetti-example"],
                    )
                ],
            ),
            dict(
                heading="Skills",
                items=[
                    dict(
                        kind="lines",
                        lines=[
                            "Python, SQL, R",
                            "PyMC, statsmodels, scikit-learn",
                            "Sequential testing, Thompson sampling",
                            "Jupyter, dbt, Looker, Git",
                        ],
                    )
                ],
            ),
            dict(heading="Languages", items=[dict(kind="lines", lines=["Italian (native)", "English (fluent)", "Spanish (good)"])]),
        ],
        sections=[
            dict(
                heading="Profile",
                items=[
                    dict(
                        kind="para",
                        text=(
                            "Data scientist working where pricing, marketplaces and experiments meet. I care about honest "
                            "uncertainty and about decisions that survive contact with the finance team."
                        ),
                    )
                ],
            ),
            dict(
                heading="Experience",
                items=[
                    dict(
                        kind="entry",
                        title="Senior Data Scientist, Marketplace Pricing",
                        org="Lanternfish Rentals",
                        dates="March 2021 — Current",
                        bullets=[
                            "Own the statistics of the experimentation platform: moved the company from fixed-horizon "
                            "A/B tests to sequential testing and wrote the power analysis guide every squad now uses "
                            "before a launch.",
                            "Replaced hand-tuned discount rules with a Thompson sampling bandit that spreads traffic "
                            "across price points; it now prices 40% of listings.",
                            "Estimated the effect of a cleaning-fee cap that could not be randomised, using "
                            "difference-in-differences across comparable cities.",
                            "Work with product managers and the finance team to set the pricing KPIs each quarter, "
                            "and present the results to the leadership group.",
                        ],
                    ),
                    dict(
                        kind="entry",
                        title="Data Scientist",
                        org="Bluegate Insurance",
                        dates="September 2017 — February 2021",
                        bullets=[
                            "Built hierarchical Bayesian models in PyMC for claim frequency by region, so small "
                            "regions borrow strength from large ones.",
                            "Wrote the renewal propensity model (XGBoost) and the feature engineering pipeline in pandas behind it.",
                            "Survival analysis of policy lapses with statsmodels and lifelines, written up in Jupyter "
                            "notebooks for the actuaries.",
                        ],
                    ),
                    dict(
                        kind="entry",
                        title="Research Assistant, Department of Economics",
                        org="University of Bologna",
                        dates="October 2015 — August 2017",
                        bullets=[
                            "Cleaned and merged ten years of household survey data in R (dplyr, ggplot2) for a study of rent controls.",
                        ],
                    ),
                ],
            ),
            dict(
                heading="Education",
                items=[
                    dict(kind="entry", title="M.Sc. Statistics", org="University of Bologna", dates="2015", bullets=[]),
                ],
            ),
            dict(
                heading="Publications",
                items=[
                    dict(
                        kind="lines",
                        lines=[
                            "Benedetti, L., Marchetti, G. (2018). Sequential monitoring of online experiments under "
                            "interference. Working paper, University of Bologna.",
                        ],
                    )
                ],
            ),
        ],
    ),
    # ------------------------------------------------------------------ 3
    dict(
        name="k03_analyst_retail",
        producer="fpdf2",
        layout="one-column",
        placement="titleline",
        header=dict(
            name="Daniel Achterberg", headline="Senior Data Analyst", contact="Reading, UK · d.achterberg@example.com · 07700 900 318"
        ),
        sections=[
            dict(
                heading="Summary",
                items=[
                    dict(
                        kind="para",
                        text=(
                            "Analyst who turns messy sales data into reports people actually open. Strong SQL, Tableau "
                            "and Excel; learning Python in the evenings."
                        ),
                    )
                ],
            ),
            dict(
                heading="Experience",
                items=[
                    dict(
                        kind="entry",
                        title="Senior Data Analyst",
                        org="Hollis & Grange Home Stores",
                        dates="03/2021 - Now",
                        bullets=[
                            "Rebuilt the weekly trading pack as a Tableau workbook with drill-downs by store and "
                            "category; it replaced fourteen e-mailed spreadsheets.",
                            "Write the SQL behind it in Snowflake, with CTEs and window functions for like-for-like "
                            "sales and rolling 13-week averages.",
                            "Present the monthly KPI report to the regional managers and turn the numbers into two or "
                            "three recommendations for the month ahead.",
                        ],
                    ),
                    dict(
                        kind="entry",
                        title="Data Analyst",
                        org="Hollis & Grange Home Stores",
                        dates="08/2018 - 02/2021",
                        bullets=[
                            "Maintained the Power BI dashboards of the e-commerce team and the MySQL extracts that fed them.",
                            "Cleaned the returns data and did the exploratory analysis of why sofas came back more "
                            "often than anything else.",
                        ],
                    ),
                    dict(
                        kind="entry",
                        title="Sales Administrator",
                        org="Petersfield Office Supplies",
                        dates="06/2015 - 07/2018",
                        bullets=[
                            "Kept the sales ledger tidy and produced the monthly revenue and customer retention "
                            "figures for the sales director.",
                            "Answered customer calls about late deliveries and credit notes.",
                        ],
                    ),
                ],
            ),
            dict(
                heading="Certifications",
                items=[
                    dict(
                        kind="lines",
                        lines=[
                            "Tableau Desktop Specialist, 2020",
                            "Google Data Analytics Professional Certificate, 2021",
                        ],
                    )
                ],
            ),
            dict(
                heading="Education",
                items=[
                    dict(kind="entry", title="BA Economics", org="University of Leeds", dates="09/2012 - 06/2015", bullets=[]),
                ],
            ),
            dict(
                heading="Skills",
                items=[
                    dict(
                        kind="lines",
                        lines=[
                            "SQL (Snowflake, MySQL) · Tableau · Power BI · Excel (pivot tables, Power Query)",
                            "Python (pandas, beginner) · Git basics",
                        ],
                    )
                ],
            ),
        ],
    ),
    # ------------------------------------------------------------------ 4
    dict(
        name="k04_career_changer",
        producer="reportlab",
        layout="one-column",
        placement="before",
        header=dict(
            name="Marguerite Oyelaran",
            headline="Data Scientist",
            contact="Bristol · m.oyelaran@example.com · linkedin.com/in/moyelaran-example",
        ),
        sections=[
            dict(
                heading="Profile",
                items=[
                    dict(
                        kind="para",
                        text=(
                            "Analytical chemist who moved into data science in 2021, bringing six years of careful lab "
                            "practice to product analytics. Happiest when a question is vague and the data is worse."
                        ),
                    )
                ],
            ),
            dict(
                heading="Experience",
                items=[
                    dict(
                        kind="entry",
                        title="Data Scientist",
                        org="Fernleaf Subscriptions, Bristol",
                        dates="2023-01 to date",
                        bullets=[
                            "Design and analyse A/B tests on the onboarding flow; wrote the team's checklist for "
                            "sample size and stopping rules.",
                            "Built a churn prediction model with scikit-learn and LightGBM that flags at-risk "
                            "subscribers two weeks earlier than the old rule did.",
                            "Partner with the marketing team on retention analysis and present the findings at the monthly growth review.",
                        ],
                    ),
                    dict(
                        kind="entry",
                        title="Junior Data Analyst",
                        org="Quayside Energy, Bath",
                        dates="2021-03 to 2022-12",
                        bullets=[
                            "Wrote SQL in BigQuery for billing reconciliations and built Looker dashboards for the customer service team.",
                            "Ran t-tests and chi-square tests to check whether a redesigned tariff letter changed call volumes.",
                        ],
                    ),
                    dict(
                        kind="entry",
                        title="Analytical Chemist",
                        org="Brackwater Pharmaceuticals, Swindon",
                        dates="2015-01 to 2021-02",
                        bullets=[
                            "Ran HPLC and GC-MS stability studies and carried out the statistical analysis for batch release.",
                            "Trained new lab technicians on the chromatography data system.",
                        ],
                    ),
                ],
            ),
            dict(
                heading="Education",
                items=[
                    dict(
                        kind="entry",
                        title="Data Science Immersive (part-time)",
                        org="Northgate School of Data",
                        dates="2020-10 to 2021-04",
                        bullets=[
                            "Capstone: forecasting hospital A&E demand with Prophet and pandas; presented the forecasts "
                            "and findings to a panel of hiring partners.",
                        ],
                    ),
                    dict(kind="entry", title="M.Chem. Chemistry", org="University of Bath", dates="2010-09 to 2014-06", bullets=[]),
                ],
            ),
            dict(
                heading="Skills",
                items=[
                    dict(
                        kind="lines",
                        lines=[
                            "Python (pandas, scikit-learn), SQL, Looker, Jupyter, Git, R (basic)",
                        ],
                    )
                ],
            ),
        ],
    ),
    # ------------------------------------------------------------------ 5
    dict(
        name="k05_phd_speech",
        producer="reportlab",
        layout="one-column",
        placement="after",
        header=dict(
            name="Soraya Haddad",
            headline="Doctoral researcher in efficient speech recognition",
            contact="Edinburgh · s.haddad@example.ac.uk · scholar: soraya-haddad-example",
        ),
        sections=[
            dict(
                heading="Research interests",
                items=[dict(kind="para", text=("Efficient speech recognition, knowledge distillation, low-resource languages."))],
            ),
            dict(
                heading="Research and Teaching",
                items=[
                    dict(
                        kind="entry",
                        title="Doctoral Researcher, Speech and Language Group",
                        org="Centre for Speech Technology, University of Edinburgh",
                        dates="10.2022 until now",
                        bullets=[
                            "Train conformer acoustic models in PyTorch on the university's Slurm cluster of A100 GPUs.",
                            "Compress them for phones: structured pruning of attention heads followed by 4-bit "
                            "quantization, keeping word error rate within 0.3 points of the full model.",
                            "Track every run in Weights & Biases so that results in papers can be reproduced.",
                        ],
                    ),
                    dict(
                        kind="entry",
                        title="Research Intern, Speech team",
                        org="Veridian Labs, Zürich",
                        dates="6.2024 until 9.2024",
                        bullets=[
                            "Built a teacher-student distillation recipe that shrank a 600M-parameter recogniser to "
                            "80M parameters, and ran the model evaluation on twelve accented-English test sets.",
                            "Measured on-device latency with ONNX Runtime on three phone chipsets.",
                        ],
                    ),
                    dict(
                        kind="entry",
                        title="Teaching Assistant, Machine Learning Practical",
                        org="School of Informatics, University of Edinburgh",
                        dates="1.2024 until 4.2024",
                        bullets=[
                            "Ran weekly lab sessions for 60 M.Sc. students and marked their coursework.",
                        ],
                    ),
                    dict(
                        kind="entry",
                        title="Research Assistant",
                        org="Institute for Natural Language Processing, University of Stuttgart",
                        dates="3.2021 until 8.2022",
                        bullets=[
                            "Cleaned and aligned 400 hours of Lithuanian radio transcripts and wrote the data-loading "
                            "code in Python and NumPy.",
                        ],
                    ),
                ],
            ),
            dict(
                heading="Education",
                items=[
                    dict(kind="entry", title="Ph.D. Informatics (expected 2027)", org="University of Edinburgh", dates="", bullets=[]),
                    dict(
                        kind="entry",
                        title="M.Sc. Computational Linguistics",
                        org="University of Stuttgart",
                        dates="10.2020 until 9.2022",
                        bullets=[
                            "Thesis: Distilling multilingual speech recognisers for low-resource Lithuanian.",
                        ],
                    ),
                ],
            ),
            dict(
                heading="Publications",
                items=[
                    dict(
                        kind="lines",
                        lines=[
                            "S. Haddad, P. Bell. Pruned and quantized conformers for on-device ASR. Interspeech 2025.",
                            "S. Haddad, A. Vaitkus, N. Schmid. A 400-hour Lithuanian broadcast speech corpus. LREC 2024.",
                        ],
                    )
                ],
            ),
            dict(
                heading="Talks",
                items=[
                    dict(
                        kind="lines",
                        lines=[
                            "Small models for small languages. PyData Berlin, 2025.",
                        ],
                    )
                ],
            ),
            dict(
                heading="Skills",
                items=[
                    dict(
                        kind="lines",
                        lines=[
                            "Python, PyTorch, ONNX Runtime, Slurm, Git, LaTeX, Kaldi",
                            "Languages: Arabic, English, German, some Lithuanian",
                        ],
                    )
                ],
            ),
        ],
    ),
    # ------------------------------------------------------------------ 6
    dict(
        name="k06_llm_engineer",
        producer="fpdf2",
        layout="two-column",
        placement="right",
        header=dict(name="Jonah Feldkamp", headline="AI Engineer · LLM products", contact="Manchester · jonah@feldkamp.example.com"),
        sidebar=[
            dict(
                heading="Skills",
                items=[
                    dict(
                        kind="lines",
                        lines=[
                            "Python, TypeScript",
                            "FastAPI, LangGraph",
                            "pgvector, PostgreSQL",
                            "Docker, GCP",
                            "Prompt engineering",
                            "LoRA fine-tuning",
                            "LLM evals",
                        ],
                    )
                ],
            ),
            dict(heading="Links", items=[dict(kind="lines", lines=["github.com/jfeldkamp-example", "jfeldkamp.example.com"])]),
        ],
        sections=[
            dict(
                heading="Summary",
                items=[
                    dict(
                        kind="para",
                        text=(
                            "Engineer building LLM products that hold up in front of customers: retrieval, agents and "
                            "the evaluation that keeps both honest."
                        ),
                    )
                ],
            ),
            dict(
                heading="Experience",
                items=[
                    dict(
                        kind="entry",
                        title="AI Engineer",
                        org="Sundial Legal",
                        dates="Sep '23 – Present",
                        bullets=[
                            "Built a retrieval-augmented generation service over 2M contract clauses: embeddings in "
                            "pgvector, a reranker, and a FastAPI layer the web app calls.",
                            "Designed an agentic review workflow in LangGraph in which the model calls tools to "
                            "fetch precedents and redline clauses; lawyer review time fell by a third.",
                            "Fine-tuned a 7B open model with QLoRA on 40k annotated clauses for clause classification "
                            "and served it with vLLM.",
                            "Own the prompt templates (few-shot, structured outputs) and the regression suite that "
                            "checks them on every pull request.",
                        ],
                    ),
                    dict(
                        kind="entry",
                        title="Machine Learning Engineer",
                        org="Copperline Analytics",
                        dates="Jun '21 – Aug '23",
                        bullets=[
                            "Shipped text classification models for support-ticket routing, first with scikit-learn "
                            "and later a BERT model fine-tuned in PyTorch.",
                            "Served the models through a Flask REST API in Docker containers on Google Cloud Run.",
                        ],
                    ),
                    dict(
                        kind="entry",
                        title="Data Science Intern",
                        org="Harrow Lane Bank",
                        dates="Summer 2019",
                        bullets=[
                            "Did exploratory data analysis of three years of card transactions in Jupyter and "
                            "engineered features for the fraud team's XGBoost model.",
                        ],
                    ),
                ],
            ),
            dict(
                heading="Projects",
                items=[
                    dict(
                        kind="bullets",
                        bullets=[
                            "clausebench: an open evaluation harness for legal RAG systems (on GitHub, 300 stars).",
                            "A small agent that books my climbing-gym slots with function calling.",
                        ],
                    )
                ],
            ),
            dict(
                heading="Education",
                items=[
                    dict(kind="entry", title="B.Sc. Computer Science", org="University of Manchester", dates="'17 – '21", bullets=[]),
                ],
            ),
        ],
    ),
    # ------------------------------------------------------------------ 7
    dict(
        name="k07_freelance_consultant",
        producer="reportlab",
        layout="table",
        placement="table",
        header=dict(
            name="Beatriz Quintela",
            headline="Independent data & ML consultant",
            contact="Lisbon / remote · hello@quintela-data.example.com",
        ),
        sections=[
            dict(
                heading="About",
                items=[
                    dict(
                        kind="para",
                        text=(
                            "Freelance since 2019. I help small companies get from spreadsheets to something they can "
                            "trust: clean data, honest forecasts and dashboards people read."
                        ),
                    )
                ],
            ),
            dict(
                heading="Engagements",
                items=[
                    dict(
                        kind="entry",
                        title="Fractional Head of Data (retainer)",
                        org="Kiln & Co. Ceramics",
                        dates="2023 –",
                        bullets=[
                            "Set up the company's first warehouse in BigQuery and wrote the dbt models behind its Metabase dashboards.",
                            "Built weekly demand forecasting for 1,200 SKUs with LightGBM and pandas.",
                        ],
                    ),
                    dict(
                        kind="entry",
                        title="ML Engineer (contract, two days a week)",
                        org="Fathom Maritime",
                        dates="2021 – 2024",
                        bullets=[
                            "Containerised a vessel-delay model with Docker and deployed it as an inference service "
                            "on AWS SageMaker endpoints.",
                            "Added MLflow experiment tracking and a model registry.",
                        ],
                    ),
                    dict(
                        kind="entry",
                        title="Project: membership churn study (3 months)",
                        org="Tessellate Fitness",
                        dates="2020",
                        bullets=[
                            "Analysed member churn and retention with survival analysis in R; presented the findings "
                            "to the founders with three concrete recommendations.",
                        ],
                    ),
                    dict(
                        kind="entry",
                        title="Freelance data analyst",
                        org="various clients via Malt and Upwork",
                        dates="2019 – 2021",
                        bullets=[
                            "Data cleaning and exploratory data analysis for about twenty small businesses, mostly in Python and Jupyter.",
                            "Built Plotly Dash apps for two e-commerce clients.",
                        ],
                    ),
                ],
            ),
            dict(
                heading="Employment",
                items=[
                    dict(
                        kind="entry",
                        title="Business Analyst",
                        org="Almagro Logistics, Lisbon",
                        dates="2014 – 2018",
                        bullets=[
                            "Ran the monthly KPI reports for the operations director and kept the Excel cost models "
                            "of the three warehouses.",
                            "Partnered with IT on the rollout of a new warehouse management system.",
                        ],
                    ),
                ],
            ),
            dict(heading="Certification", items=[dict(kind="lines", lines=["AWS Certified Machine Learning – Specialty (2022)"])]),
            dict(
                heading="Education",
                items=[dict(kind="lines", lines=["Licenciatura in Management, Universidade Nova de Lisboa (2010 – 2014)"])],
            ),
            dict(
                heading="Tools",
                items=[dict(kind="lines", lines=["Python, R, SQL, LightGBM, Plotly/Dash, Metabase, dbt, Docker, AWS, Git"])],
            ),
        ],
    ),
    # ------------------------------------------------------------------ 8
    dict(
        name="k08_manager_datascience",
        producer="fpdf2",
        layout="one-column",
        placement="titleline",
        header=dict(name="Gareth Lwin", headline="Director of Data Science", contact="London · gareth.lwin@example.com · +44 20 5550 7781"),
        sections=[
            dict(
                heading="Summary",
                items=[
                    dict(
                        kind="para",
                        text=(
                            "I lead data science and analytics teams (up to 14 people) in consumer finance. I hire "
                            "carefully, mentor a lot and keep models tied to money."
                        ),
                    )
                ],
            ),
            dict(
                heading="Experience",
                items=[
                    dict(
                        kind="entry",
                        title="Director of Data Science",
                        org="Corvid Credit",
                        dates="Mar 2023 – Present",
                        bullets=[
                            "Lead 14 data scientists and analysts across credit risk, collections and marketing; "
                            "mentor the four team leads.",
                            "Set the team's architecture principles and review the design docs for the decisioning "
                            "microservices our models run in.",
                            "Present the quarterly ROI review of every production model to the executive committee.",
                            "Sponsored the move of model training from on-prem servers to Azure Machine Learning, "
                            "with MLflow as the model registry.",
                        ],
                    ),
                    dict(
                        kind="entry",
                        title="",
                        org="Halyard Bank, London",
                        dates="Apr 2016 through Feb 2023",
                        titles=["Head of Analytics", "Senior Data Scientist", "Data Scientist"],
                        bullets=[
                            "Built the bank's first predictive credit default models with XGBoost, later moved into "
                            "a monitored scoring pipeline in PySpark.",
                            "Designed the A/B testing framework for marketing offers and ran the analyses with "
                            "hypothesis tests and power calculations.",
                            "Built the Tableau dashboards the retail board uses for its weekly KPIs.",
                            "Grew the team from 3 to 11 and ran the hiring loop; mentored the junior analysts.",
                        ],
                    ),
                    dict(
                        kind="entry",
                        title="Quantitative Analyst",
                        org="Ferrous Insurance",
                        dates="Sep 2012 – Mar 2016",
                        bullets=[
                            "Reserving models in R and SAS; GLMs for claim frequency and severity.",
                            "Wrote T-SQL extracts for the pricing team.",
                        ],
                    ),
                ],
            ),
            dict(
                heading="Certifications",
                items=[
                    dict(
                        kind="lines",
                        lines=[
                            "Certified Analytics Professional (CAP) · 2019",
                            "Microsoft Certified: Azure Data Scientist Associate · 2023",
                        ],
                    )
                ],
            ),
            dict(
                heading="Education",
                items=[
                    dict(
                        kind="entry",
                        title="M.Sc. Operational Research",
                        org="London School of Economics",
                        dates="Sep 2011 – Aug 2012",
                        bullets=[],
                    ),
                ],
            ),
            dict(
                heading="Skills",
                items=[
                    dict(
                        kind="lines",
                        lines=[
                            "Python, R, SQL, PySpark, Tableau, MLflow, Azure ML, Git, statistics",
                        ],
                    )
                ],
            ),
        ],
    ),
    # ------------------------------------------------------------------ 9
    dict(
        name="k09_mleng_recsys",
        producer="reportlab",
        layout="one-column",
        placement="after",
        header=dict(
            name="Oskar Brandvold",
            headline="Senior Machine Learning Engineer · Recommendations",
            contact="Berlin · oskar.brandvold@example.com · github.com/obrandvold-example",
        ),
        sections=[
            dict(
                heading="Profile",
                items=[
                    dict(
                        kind="para",
                        text=(
                            "ML engineer for recommendation and ranking systems, from training on big clusters to the "
                            "millisecond budget of a home feed."
                        ),
                    )
                ],
            ),
            dict(
                heading="Experience",
                items=[
                    dict(
                        kind="entry",
                        title="Senior Machine Learning Engineer, Recommendations",
                        org="Gannet Audio, Berlin",
                        dates="Jan 2022 – Present",
                        bullets=[
                            (
                                "Own the two-tower retrieval and ranking models behind the home feed, written in PyTorch "
                                "and trained with FSDP on a 16×H100 cluster.",
                                [
                                    "Serve the ranker with TorchServe behind a gRPC interface; p99 stays under 30 ms.",
                                    "Added torch.compile and mixed precision inference, halving the cost per request.",
                                ],
                            ),
                            "Run the online A/B tests for every ranking change with the product analysts and present "
                            "the outcomes at the monthly product review.",
                        ],
                    ),
                    dict(
                        kind="entry",
                        title="Machine Learning Engineer",
                        org="Plover Books, Berlin",
                        dates="Feb 2018 – Dec 2021",
                        bullets=[
                            "Built the first recommendation models, implicit-feedback matrix factorisation in PySpark on AWS EMR.",
                            "Wrote the feature pipelines and did the feature selection for the ranking model.",
                            "Nightly retraining runs as Kubernetes CronJobs, released with Helm charts.",
                        ],
                    ),
                    dict(
                        kind="entry",
                        title="Data Engineering Intern",
                        org="Plover Books, Berlin",
                        dates="Summer 2017",
                        bullets=[
                            "Wrote Airflow jobs that load clickstream events into Redshift, with SQL checks for late data.",
                        ],
                    ),
                ],
            ),
            dict(
                heading="Education",
                items=[
                    dict(
                        kind="entry",
                        title="M.Sc. Computer Science",
                        org="Technische Universität Berlin",
                        dates="Oct 2015 – Sep 2017",
                        bullets=[
                            "Thesis: a machine learning approach to session-based music recommendation, built in TensorFlow (Keras).",
                        ],
                    ),
                ],
            ),
            dict(
                heading="Certifications", items=[dict(kind="lines", lines=["Google Cloud Professional Machine Learning Engineer (2023)"])]
            ),
            dict(
                heading="Skills",
                items=[
                    dict(kind="lines", lines=["Python, PyTorch, TensorFlow, Spark, gRPC, TorchServe, Kubernetes, AWS, GCP, Docker, Git"])
                ],
            ),
        ],
    ),
    # ------------------------------------------------------------------ 10
    dict(
        name="k10_ds_health_table",
        producer="fpdf2",
        layout="table",
        placement="table",
        header=dict(
            name="Nadia Farouk-Sellers", headline="Senior Data Scientist, digital health", contact="Leicester · nadia.fs@example.com"
        ),
        sections=[
            dict(
                heading="Summary",
                items=[
                    dict(
                        kind="para",
                        text=(
                            "Data scientist in digital health: clinical trial analytics, causal questions asked of "
                            "observational data, and careful communication with clinicians."
                        ),
                    )
                ],
            ),
            dict(
                heading="Experience",
                items=[
                    dict(
                        kind="entry",
                        title="Senior Data Scientist",
                        org="Meridale Health (remote)",
                        dates="Q2 2022 – Ongoing",
                        bullets=[
                            "Estimate the effect of a remote-monitoring programme on readmissions with propensity "
                            "score matching and synthetic control.",
                            "Build Bayesian hierarchical models in Stan for dose-response across clinics.",
                            "Present findings to clinicians and product managers every quarter.",
                        ],
                    ),
                    dict(
                        kind="entry",
                        title="Data Scientist",
                        org="Albion Clinical Research",
                        dates="Q3 2020 through Q1 2022",
                        bullets=[
                            "Wrote statistical analysis plans for Phase II trials; ANOVA and mixed-effects regression models in R.",
                            "Survival analysis of time-to-event endpoints, figures in ggplot2.",
                            "Built a Shiny dashboard for trial monitors to follow enrolment by site.",
                        ],
                    ),
                    dict(
                        kind="entry",
                        title="Research Data Analyst",
                        org="St Brendan's Hospital Trust",
                        dates="Q4 2018 – Q2 2020",
                        bullets=[
                            "Cleaned EHR extracts with pandas and SQL; exploratory data analysis of emergency waiting times in Jupyter.",
                            "Forecast winter bed demand with ARIMA models.",
                            "Produced matplotlib and seaborn charts for the monthly performance pack sent to ward managers.",
                        ],
                    ),
                ],
            ),
            dict(
                heading="Volunteering",
                items=[
                    dict(
                        kind="entry",
                        title="Volunteer analyst",
                        org="Open Data for Food Banks",
                        dates="Q1 2021 – Q4 2021",
                        bullets=[
                            "Built a demand forecasting model for food-parcel stock with Prophet.",
                        ],
                    ),
                ],
            ),
            dict(
                heading="Education",
                items=[
                    dict(kind="entry", title="M.Sc. Medical Statistics", org="University of Leicester", dates="2017 – 2018", bullets=[]),
                ],
            ),
            dict(
                heading="Publications",
                items=[
                    dict(
                        kind="lines",
                        lines=[
                            "Farouk-Sellers N, Okoro T, Hale J. Remote monitoring and 30-day readmission: a synthetic "
                            "control study. BMJ Open. 2024.",
                        ],
                    )
                ],
            ),
            dict(
                heading="Skills",
                items=[dict(kind="lines", lines=["R (tidyverse, Shiny), Python (pandas, statsmodels), SQL, Stan, Git, Tableau"])],
            ),
        ],
    ),
]
