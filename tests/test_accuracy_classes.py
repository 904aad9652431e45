"""Classes of text that unseen resumes and postings showed to be read wrongly (issue 13): each a general rule."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

import pytest

from gapcheck import Analyzer, analyze_text
from gapcheck.textfile import document_from_text


def found(text: str) -> set[str]:
    return set(analyze_text(text).found_ids)


def read_as_its_kind(text: str) -> set[str]:
    """The skills of a text that opens with "Requirements" read as a posting, of any other text read as a resume."""
    return set(Analyzer().read_job(text=text).skills) if text.startswith("Requirements") else found(text)


@pytest.mark.parametrize(
    ("text", "skill"),
    [
        ("Built statistical and machine learning models for microbiome studies", "statistical_modeling"),
        ("Knowledge of distributed and cloud computing", "distributed_computing"),
        ("Trained supervised and unsupervised learning pipelines", "machine_learning"),
    ],
)
def test_coordinated_words_share_their_head(text: str, skill: str) -> None:
    assert skill in found(text)


def test_a_shared_head_needs_a_real_alias() -> None:
    assert found("Python and SQL queries for finance reports") == {"python", "sql"}


@pytest.mark.parametrize(
    "text",
    [
        "B.Eng. in Electronics and Communications Engineering, 2018",
        "Designed wireless communication systems and data communication protocols",
        # `c314_ai_01`: a course of computer networks
        "Networks and communication (computer networks, internet communication, operating systems)",
        # `c347_un_02`: radio between a tower and an aircraft
        "This encompassed local flight planning and tower-to-plane communication, areas for which I was directly responsible.",
    ],
)
def test_communications_as_an_engineering_field_is_not_the_soft_skill(text: str) -> None:
    assert "communication" not in found(text)


def test_presenting_at_a_meeting_is_communication() -> None:
    assert "communication" in found("Presented at the annual auditing meeting (2021)")


@pytest.mark.parametrize(
    ("text", "skill"),
    [
        ("Ingested time-series data from wearables into the warehouse", "statistical_modeling"),
        ("Writes clean code that is easy to test; data pipelines in Go", "data_exploration"),
        ("Java workers serving thousands of API requests per second", "model_serving"),
    ],
)
def test_ordinary_uses_of_skill_words_are_not_skills(text: str, skill: str) -> None:
    assert skill not in found(text)


def test_excluded_phrases_are_not_typos_either() -> None:
    assert "statistical_modeling" not in found("time-series data")
    assert "statistical_modeling" in found("ARIMA time series models")


def test_a_postings_degree_field_list_asks_for_no_skill() -> None:
    job = Analyzer().read_job(
        text=(
            "Requirements\n"
            "- Bachelor's degree in Computer Science, Statistics, Mathematics or a related field\n"
            "- 3+ years of Python and SQL\n"
        )
    )
    assert set(job.required) == {"python", "sql"}


def test_titles_in_a_publications_section_show_no_skill() -> None:
    text = "Publications\nA Bayesian approach to fine-tuning LLMs with LoRA (2022)\nSkills and Certifications\nPython, SQL"
    assert found(text) == {"python", "sql"}
    explanation = Analyzer().explain("bayesian_methods", document_from_text(text))
    assert not explanation.found and "publications section" in explanation.places[0].rule


def test_a_talk_listed_under_publications_shows_presenting_but_a_title_shows_nothing() -> None:
    text = (
        "Publications\nDiffusion memorization. Poster and Oral Presentation at NeurIPS 2025.\n"
        "Efficient Communication for Distributed Training. ICML 2024."
    )
    assert found(text) == {"communication"}
    assert "communication" not in found("Publications\nEfficient Communication for Distributed Training. ICML 2024.")


@pytest.mark.parametrize(
    ("text", "skill"),
    [
        ("Served as a research consultant on statistical modeling problems", "model_serving"),
        ("Tools Used: R, Python, Excel", "ai_agents"),
        ("Fuzzyman - an OpenAPI fuzzer with Postman integrations", "rest_api"),  # `c432_un_02`: REST unnamed
        ("Documented the new endpoints with Swagger", "rest_api"),
        ("12+ years in distributed systems and cloud-native architecture", "cloud"),  # `c431_un_01`: no provider
        ("Architected a gait-training system integrating IMUs, vibrotactile motors and an Android app", "system_design"),
        ("The code base follows clean architecture standards and exposes a REST API.", "system_design"),  # `c443_un_01`
        ("Used a modular architecture to enable scalable feature development", "system_design"),  # code structure
        ("Fine-tuned Detectron2 for document layout detection with generative AI extraction", "llm_fine_tuning"),  # a vision model
        # written slices w242, w243: a clinical study's case report forms, an accelerator programme, software checks
        ("Experience\nLiaise with the study biostatistician so the CRFs capture everything", "machine_learning"),
        ("Experience\nAI Engineer, Avtalsbolaget AI AB (Spark Accelerator batch 2021)", "distributed_computing"),
        ("Experience\nRan regression checks on the tagging templates after every Sportscode update", "statistical_modeling"),
        # written slices w247, w249: Good Clinical Practice, a trial's sample size, a library's monthly counts
        ("Summary\nBiostatistician. Detail-oriented, team player, GCP-trained.", "cloud"),
        ("Experience\nMMRM on efficacy endpoints; sample size calculations, interim analyses for multiplicity", "ab_testing"),
        ("Experience\nData entry of monthly library footfall statistics, minute-taking and front desk cover.", "statistics"),
        ("Experience\nReceived 'Spark of the Quarter' award (Q3 2018) for the batch migration.", "distributed_computing"),  # w254
        ("Experience\nRetrieval-augmented generation over help-center articles; drafts replies for human support agents.", "ai_agents"),
        # the labelling rules' implications name the libraries that show Python; a method's library is that method
        ("Experience\nThesis: Bayesian hierarchical regression of weekly store sales with PyMC3.", "python"),
        ("Experience\nFitted log-log regression models on campaign data (statsmodels).", "python"),
        # written slices w193-w240: a hierarchy of forecasts reconciled is no statistical model
        ("Experience\nHierarchical models with LightGBM for 30k SKUs, reconciled nightly.", "statistical_modeling"),
    ],
)
def test_phrases_that_only_look_like_skills(text: str, skill: str) -> None:
    assert skill not in found(text)


@pytest.mark.parametrize(
    ("text", "skill"),
    [
        ("Accepted presenter for the cancer research seminar", "communication"),
        ("Teaching assistant for Probabilistic Graphical Models", "statistics"),
        ("SAS and Stata Statistical Programming", "statistics"),
        ("Advanced Skills: Java, Spring, Hibernate, Oracle DB, Linux", "sql"),  # `c296_ds_01`
        ("Main: RStudio, including RSQLite. Others: Python, LaTeX.", "sql"),  # `c365_ds_02`: R's SQLite interface
        ("Languages: Java, Pyhton, MySQL", "python"),  # `c375_un_01`: the misspellings people make
        ("Programming: Phyton, C++", "python"),
        ("Trained CNNs in Pytroch on four GPUs", "pytorch"),  # two neighbouring letters swapped
        ("Experiences with spark, dask, sql, etl, pydata, pytorch, NLP, tableau, powerbi are a plus", "tableau"),  # p205_ds_01
        ("Stack: Python, Docker, GPU infrastructure, RAG, model fine-tuning/distillation.", "llm_fine_tuning"),  # p205_ai_01
        ("Developed a segment service using Cassandra and SparkSQL", "distributed_computing"),  # `c425_de_01`: Spark's SQL
        # figures explained in writing for readers (w194_ds_02, w124_an_01)
        ("Produced the quarterly statistical bulletin on hospital activity (SAS, Excel) and wrote the commentary.", "data_storytelling"),
        # written slices w241, w244: queries made fast and a regression method named in full
        ("Tuned slow Postgres queries (EXPLAIN ANALYZE, partial indexes) behind the API.", "advanced_sql"),
        ("Thesis: virtual metrology of film thickness using partial least squares regression models.", "statistical_modeling"),
        # written slice w249: training spread over nodes, said as its parallelism, on a grant's GPUs
        ("Data-parallel training across 4 nodes with JAX pmap on the Jean Zay supercomputer.", "distributed_computing"),
        ("Research code in JAX; a GENCI grant of 120k GPU hours on the Jean Zay supercomputer.", "gpu_infrastructure"),
        # written slices w193-w240: multilevel models are mixed models, Bayesian or not
        ("Experience\nFit Bayesian hierarchical models in PyMC for county-level asthma ER visits.", "statistical_modeling"),
        ("Experience\nThesis: hierarchical Bayesian model (Stan, MCMC) of small-area unemployment.", "statistical_modeling"),
        # ... reports and documents written for another team
        ("Experience\nWeekly sales & returns reports in Excel for the buying team.", "communication"),
        ("Experience\nCleaned call-drop data in SQL; weekly reports for the network planning team.", "communication"),
        ("Experience\nWrote 14 SOPs for the department and the lab aides.", "communication"),
        ("Experience\nMigrated 40 cron jobs to Airflow; wrote the runbook.", "communication"),
        ("Experience\nQuarterly readouts to the exec team on promo ROI and margin.", "data_storytelling"),
    ],
)
def test_more_ways_to_say_a_skill(text: str, skill: str) -> None:
    assert skill in found(text)


@pytest.mark.parametrize(
    ("text", "skill", "shown"),
    [
        # the taxonomy's context and unless words may hold a hyphen or slash, which the matcher splits into pieces
        ("Explained model results to decision-makers every quarter", "communication", True),
        ("Prompting with few-shot examples for the classifier", "prompt_engineering", True),
        ("Voice agent with speech-to-text and text-to-speech", "ai_agents", True),
        ("Implemented real-time communication between the game client and server", "communication", False),
        ("Strong back-end orientation and experience architecting schemas and building databases", "system_design", False),
    ],
)
def test_context_words_joined_by_a_hyphen_or_slash_count(text: str, skill: str, shown: bool) -> None:
    assert (skill in found(text)) is shown


@pytest.mark.parametrize(
    ("text", "skill"),
    [
        ("Paired with Ray Chen on the Kubernetes migration", "distributed_computing"),
        ("Reported to my manager Stan Brown; PyTorch and Docker every day", "bayesian_methods"),
    ],
)
def test_a_colleague_named_like_a_tool_is_a_person(text: str, skill: str) -> None:
    assert skill not in found(text)


@pytest.mark.parametrize(
    ("text", "skill"),
    [
        ("Scaled training with Ray Tune and Kubernetes", "distributed_computing"),
        ("Ray Serve and vLLM on Kubernetes", "model_serving"),
        ("Hierarchical models in Stan and PyMC", "bayesian_methods"),
    ],
)
def test_a_tool_followed_by_its_own_word_is_still_the_tool(text: str, skill: str) -> None:
    assert skill in found(text)


def test_storytelling_needs_data_around_it() -> None:
    assert "data_storytelling" not in found("Brand storytelling for Instagram campaigns")
    assert "data_storytelling" in found("Storytelling with data: insights for the sales leadership")


def test_a_tool_wrapped_onto_its_own_line_of_a_skills_list_keeps_its_context() -> None:
    text = "Skills\nPython, Docker, Kubernetes, Airflow, dbt, Terraform,\n\nSpark\n\nLanguages: English"
    assert "distributed_computing" in found(text)


def test_a_tool_in_capitals_alone_on_a_line_of_a_one_item_a_line_skills_list_counts() -> None:
    # c369_de_01: "PYTHON" among web tools no taxonomy names, each on its own line and in a box of its own
    items = ["HTML 5", "CSS", "BOOTSTRAP 5", "JAVASCRIPT", "jQuery", "REACT", "PYTHON", "MS EXCEL", "POWERPOINT"]
    assert "python" in found("SKILLS\n\n" + "\n\n".join(items) + "\n\nEDUCATION\nB.Com, 2020")
    assert "python" not in found("SKILLS\n\nPYTHON\n\nEDUCATION\nB.Com, 2020")  # alone, it could be anything
    assert "python" not in found("INTERESTS\n\nHIKING\n\nCHESS\n\nPYTHON\n\nREPTILES")  # a list of hobbies says nothing


@pytest.mark.parametrize(
    "text",
    [
        "Delivered the tutor as a Streamlit application",
        "House Price Predictor App, ML, MySQL, Flask, Scrapy",
        "Develop and maintain a RESTful API using Django and Django REST Framework",
        "developed CI/CD workflows automating build, test (Pytest), and release",
        "Built a desktop tool in PyQt backed by SQLAlchemy",
    ],
)
def test_a_web_test_or_gui_framework_alone_shows_no_python_work(text: str) -> None:
    # the labelling rules: "Flask or pytest do not imply python" (c337_un_02, c330_ai_02: jobs given Python by Django
    # or pytest alone); a data library still does
    assert "python" not in found(text)
    assert "python" in found(text + " and NumPy")


def test_job_ad_boilerplate_asks_for_no_skill() -> None:
    job = Analyzer().read_job(
        text=(
            "Requirements\n- Python and SQL\n\n"
            "Benefits\n- Learning budget for courses in machine learning, Tableau and public speaking\n"
            "- Health, dental and vision\n\n"
            "We are an equal opportunity employer; we value communication and statistics of diversity.\n"
        )
    )
    assert set(job.required) | set(job.optional) == {"python", "sql"}


def test_a_boilerplate_label_with_its_value_is_one_line_not_a_block() -> None:
    job = Analyzer().read_job(
        text=(
            "# Data Scientist\n\nLocation: San Francisco, CA\n\n"
            "# We get excited about candidates who have the following\n\n"
            "- Strong skills in statistics, probability, and/or linear algebra\n"
            "- Fluent in R or Python\n- Adept in relational databases / SQL\n\n"
            "Benefits\n- Courses in Tableau\n"
        )
    )
    assert set(job.required) | set(job.optional) == {"statistics", "r_language", "python", "sql"}


def test_a_boilerplate_label_in_a_table_row_with_its_value_is_one_row_not_a_block() -> None:
    # p203_un_01: "| **Compensation** | Market-leading salary + ESOPs |" hid the next row's years of experience
    job = Analyzer().read_job(
        text=(
            "## Requirements\n- Python and React\n\n## Details\n\n| | |\n|---|---|\n"
            "| **Compensation** | Market-leading salary + ESOPs |\n| **Experience** | 2–5 years of relevant experience |\n"
            "| **Location** | Remote |\n"
        ),
    )
    assert job.years_overall == 2


@pytest.mark.parametrize(
    ("text", "skill"),
    [
        ("Quantified the impact of floods on food security using panel regression", "statistical_modeling"),
        ("Estimated price elasticity with a fixed-effects model on store data", "statistical_modeling"),
        ("Tested lead-lag effects between markets with Granger causality testing", "hypothesis_testing"),
        ("Checked normality with Shapiro-Wilk before comparing groups", "hypothesis_testing"),
    ],
)
def test_econometric_models_and_named_tests_are_statistics_skills(text: str, skill: str) -> None:
    assert skill in found(text)


@pytest.mark.parametrize(
    ("text", "shown"),
    [
        ("Reached 96% classification accuracy on flood images", True),
        ("Built a hybrid CNN-Transformer architecture for segmentation", True),
        ("Forecast daily demand with an LSTM network in Keras", True),
        ("Our launch was featured on CNN and the BBC", False),
        ("Handled class imbalance by penalizing errors on the under-sampled class", True),
        ("Spoof detection with anomaly detection; proposed a training framework on real faces only", True),
        ("Reconciliation and anomaly detection for the risk control framework", False),
        ("Utilized PCA to model global market fluctuations for regime identification", True),
        ("Trained CRFs with IOB labels and GloVe embeddings for a sequence tagger", True),
    ],
)
def test_machine_learning_said_by_its_architectures_and_problems(text: str, shown: bool) -> None:
    assert ("machine_learning" in found(text)) is shown


@pytest.mark.parametrize(
    ("text", "shown"),
    [
        ("Chain Reaction game AI agent | Web Scraping", False),
        ("Built Snake and GridWorld environments for RL training of AI agents", False),
        ("Baseline RL algorithms to train AI agents that play cart-pole", False),
        ("Built AI agents with LangGraph that call internal tools", True),
        # `c311_ai_02`: agents of safe reinforcement learning in the real world
        ("Researching safe-reinforcement learning for real-world autonomous agents.", False),
        ("Built autonomous agents that plan and call tools with GPT-4", True),
    ],
)
def test_agents_that_play_games_or_learn_by_reinforcement_are_no_llm_agents(text: str, shown: bool) -> None:
    assert ("ai_agents" in found(text)) is shown


@pytest.mark.parametrize(
    ("text", "skill"),
    [
        ("Engineered an unsupervised fraud detection system for influencer engagement", "machine_learning"),
        ("Built an automated text cleaning pipeline to standardize noisy customer inputs", "data_exploration"),
    ],
)
def test_work_said_through_its_tools_and_methods(text: str, skill: str) -> None:
    assert skill in found(text)


@pytest.mark.parametrize(
    ("text", "skill"),
    [
        ("Cut the communication overhead of data-parallel training with gradient compression", "communication"),
        ("As AI models grow, Transformer models escalate in cost, prompting the need to explore new architectures", "prompt_engineering"),
        ("Compared to DeepSpeed, a 1.6x increase in throughput for training the LLM", "inference_optimization"),
    ],
)
def test_words_of_distributed_training_are_not_other_skills(text: str, skill: str) -> None:
    assert skill not in found(text)


@pytest.mark.parametrize(
    ("text", "shown"),
    [
        ("Craft and validate prompts that drive gap analysis workflows", True),
        ("Experience with LLM evaluation frameworks and prompt versioning", True),
        ("Prompts the user for a password on login", False),
    ],
)
def test_prompts_written_as_work_are_prompt_engineering(text: str, shown: bool) -> None:
    assert ("prompt_engineering" in found(text)) is shown


def test_an_analytical_function_of_a_company_is_no_sql() -> None:
    assert "advanced_sql" not in found("Ten years in a market research or data analytical function")
    assert "advanced_sql" in found("Rewrote the reports with SQL analytic functions (RANK, LAG) over partitions")


@pytest.mark.parametrize(
    ("text", "skill", "shown"),
    [
        ("Owned the full arc from problem scoping to C-suite presentation", "data_storytelling", True),
        ("Automated tracking of 25+ OKRs for group product managers", "business_acumen", True),
        ("Targeted upsell campaigns grew device adoption by 5%", "business_acumen", True),
        ("Found a 44% drop from product views to add-to-cart through funnel analysis", "business_acumen", True),
        ("Kept a 100% retention rate of team members", "business_acumen", False),
        ("Built the permission model of the OKR application for users and groups", "business_acumen", False),
    ],
)
def test_business_levers_and_presentations_to_executives(text: str, skill: str, shown: bool) -> None:
    assert (skill in found(text)) is shown


def test_a_model_architecture_is_not_system_design() -> None:
    assert "system_design" not in found("Knowledge of deep learning architectures such as RNNs; our systems team")
    # `c122_de_01`: a front end's reusable components
    assert "system_design" not in found("Implemented a reusable, component-based architecture that cut down redundant design work")
    assert "system_design" in found("Designed the service architecture of the payments platform")


@pytest.mark.parametrize(
    "text",
    [
        "Strong understanding of customer data architecture, identity resolution and API integrations",
        "Engineered optimized data architectures in Google BigQuery for the reporting application",
        "Comply with enterprise architecture, cybersecurity and delivery standards of our application estate",
        "Building scalable reporting architectures; experience designing data validation frameworks",
    ],
)
def test_data_and_enterprise_architecture_are_not_system_design(text: str) -> None:
    assert "system_design" not in found(text)
    software = text
    for kind in ("data", "enterprise", "reporting"):
        software = software.replace(f"{kind} architecture", "software architecture")
    assert "system_design" in found(software)


@pytest.mark.parametrize(
    ("text", "skill", "shown"),
    [
        ("A HAR framework for time-series WiFi data using self-supervised learning", "statistical_modeling", False),
        ("Built ARIMA and time series forecasting models", "statistical_modeling", True),
        ("Modelled hourly rentals with Prophet", "statistical_modeling", True),
        ("Presented the drivers of default to the risk committee", "communication", True),
        ("Optimized LLM inference and performance", "inference_optimization", True),
        # "distributed systems" alone is no distributed computing (labelling-rules.md); a cluster or training is
        ("Developed high-availability distributed backend systems in C#", "distributed_computing", False),
        ("Scaled complex distributed systems and distributed databases", "distributed_computing", False),
        ("Ran distributed training of the ranking model on a GPU cluster", "distributed_computing", True),
        ("Built distributed data processing jobs over 2B events", "distributed_computing", True),
        ("Set up distributed tracing across services", "distributed_computing", False),
        ("Distributed flyers to local businesses", "distributed_computing", False),
        ("The connective tissue of our globally distributed startup; our systems and vendors", "distributed_computing", False),
        ("Ran a geographically distributed team across storage and database vendors", "distributed_computing", False),
    ],
)
def test_words_that_need_their_context(text: str, skill: str, shown: bool) -> None:
    assert (skill in found(text)) is shown


def test_a_word_broken_at_a_soft_hyphen_is_rejoined() -> None:
    from gapcheck.normalize import clean_line, join_hyphenated

    lines = join_hyphenated([clean_line("Built distri\u00ad"), clean_line("buted training on GPU clusters")])
    assert lines[0] == "Built distributed"
    assert "kubernetes" in found("Ran every service on Kuber\u00ad\nnetes clusters")


@pytest.mark.parametrize(
    ("text", "skill"),
    [
        ("Red Spark LP  Data Scientist, built data pipelines for the fund", "distributed_computing"),
        ("Instrumented X-Ray and CloudWatch tracing across distributed services", "distributed_computing"),
        # a CPU cluster's scheduler and GPUs speeding up other programs are no GPU infrastructure (c362_ai_01, c356_ai_01)
        ("Large-scale simulations: OpenMP, MPI, Slurm, Fortran, Physics", "gpu_infrastructure"),
        ("GPU-accelerated heuristics for integer programming", "gpu_infrastructure"),
        # c364_ai_01: a brand of glasses beside a model's name
        ("StealthChess.AI | YOLOv8, Stockfish, Meta Ray-Ban: a chess AI on smart glasses, trained models", "distributed_computing"),
        ("FastAPI backend on AWS Lambda serving ~3,000 unique users across web and mobile", "model_serving"),
        ("Architected and implemented a laboratory information management system using Django", "system_design"),
        ("Strategy, graphic design, information architecture, development and launch of the site", "system_design"),
        ("Bachelor Degree in Mass Communications, advertising program", "communication"),
        ("Denoising Diffusion Probabilistic Model (DDPM) for 3D scenes in PyTorch", "statistics"),
    ],
)
def test_names_compounds_and_other_senses_are_not_skills(text: str, skill: str) -> None:
    assert skill not in found(text)


@pytest.mark.parametrize(
    ("text", "skill"),
    [
        ("Ran Spark jobs over billions of events on the Hadoop cluster", "distributed_computing"),
        ("Served the ranking models behind a FastAPI endpoint to millions of users", "model_serving"),
        ("Led the shift towards an event-driven platform architecture on Kafka", "system_design"),
        ("Designed the data platform architecture and the backend services", "system_design"),
    ],
)
def test_the_same_words_in_their_tech_sense_still_count(text: str, skill: str) -> None:
    assert skill in found(text)


def test_lowercase_python_next_to_a_web_framework_is_the_language() -> None:
    assert "python" in found("Work on national warehouse management system (base on Bottle python web framework)")
    assert "python" not in found("Handled a ball python and other reptiles at the zoo")


@pytest.mark.parametrize(
    ("text", "skill"),
    [
        ("Trained a dense neural network for post-contest rating prediction with MAE of 14", "predictive_modeling"),
        ("Developed APIs for clients to forecast future values of operational variables using machine learning", "predictive_modeling"),
        ("A predictive maintenance dashboard for a mining client", "predictive_modeling"),
        ("Partnered with finance stakeholders on the quarterly business review", "business_acumen"),
        ("Analysed net revenue retention and churn by customer segment", "business_acumen"),
        ("Translating model output into clear pricing recommendations for the team", "data_storytelling"),
        ("Experience with optimizing models (fp16, int8) and deployment on edge devices", "quantization"),
        ("Reduced model latency by 40% with TensorRT", "inference_optimization"),
        ("Epsilon-greedy bandits to choose among ad creatives", "multi_armed_bandits"),
        ("Trained grasp-detection models in PyTorch for the robot arm", "machine_learning"),
        ("Scaled pretraining of a 13B-parameter language model to 512 GPUs", "machine_learning"),
        ("Referral reward test, 3 arms: no significant difference between arms", "hypothesis_testing"),
        ("Presented the model and its limits to the campus transport office", "communication"),
        ("Built the bank's first predictive credit default models with XGBoost", "predictive_modeling"),
        ("Present the quarterly ROI review of every production model to the executive committee", "data_storytelling"),
        ("Venus: a game engine, github.com/example/venus, written in Python", "git"),
        ("Employ regression techniques to analyze pharmaceutical sales data", "statistical_modeling"),
        ("ML, Statistics, Time Series Forecasting", "statistical_modeling"),
        ("Flask/FastAPI web API development for model service calls", "model_serving"),
        ("Eliminated SQL bottlenecks in the nightly billing jobs", "advanced_sql"),
        ("Scaled the detection service through distributed deployment", "distributed_computing"),
        ("Parallel computing with MPI on a 64-node cluster", "distributed_computing"),
        ("Improve performance through prompt engineering, RAG, tool design and scalable agent architectures", "ai_agents"),
        ("Building ML model inference systems and inference containers", "model_serving"),
        ("Plan, execute, and measure experiments and conversion tests", "ab_testing"),
        ("Communicate progress and findings effectively to stakeholders", "data_storytelling"),
        ("Experience in visualizing and presenting data to diverse audiences", "data_storytelling"),
        ("Raised inference throughput on the GPU fleet by batching requests", "inference_optimization"),
        ("Apply statistical methodologies to drive enhancements in internal tooling", "statistics"),
        ("Built predictive maintenance models with XGBoost", "predictive_modeling"),
        ("Published findings in a Medium article detailing the workflow", "data_storytelling"),
        ("Churn model supporting proactive customer retention strategies", "business_acumen"),
        ("Partner with engineering, product, and business strategy leaders to shape the roadmap", "communication"),
        ("Partner with engineering, product, and business strategy leaders to shape the roadmap", "business_acumen"),
        ("You will be responsible for authoring documentation and marketing content", "communication"),
        ("Publishing blog posts promoting the content we're writing", "communication"),
        ("Co-authored a report applying probabilistic and asymptotic analysis to a complex model", "statistics"),
        ("Design scalable RESTful backends (FastAPI/Flask/Django) and deploy them", "rest_api"),
        ("Guide strategic decisions around Oracle Cloud's AI Infra offerings", "cloud"),
        ("Design and develop scalable services to support GPU-accelerated AI pipelines", "gpu_infrastructure"),
        ("Create documentation and runbooks for your services", "communication"),
        ("You communicate with clarity and precision", "communication"),
        ("Make critical architectural decisions balancing performance with system reliability", "system_design"),
        ("Designed an uplift test framework by selecting control stores against trial stores", "ab_testing"),
        ("Built retrieval augmentation for the support assistant", "rag"),
        ("Wrote complex multi-table JOINs for the finance reports", "advanced_sql"),
        ("Authored technical wikis, guidance docs, and runbooks", "communication"),
        ("Bootstrap and permutation testing for strategy validation", "hypothesis_testing"),
        ("User segmentation features, which includes hand crafted features", "feature_engineering"),
        ("Built a model to maximize revenue between cost per click and cost per sale", "business_acumen"),
        ("Skills: TensorFlow | TFLite | Flutter", "tensorflow"),
        ("Operationalized models for the sales team's lead scoring", "model_serving"),
        ("Familiarity with prompting, retrieval augmented generation and GenAI tool chains", "prompt_engineering"),
        ("Compared the treatment group with a control group in a randomized pricing test", "ab_testing"),
        ("Implemented data preprocessing for the claims models", "data_exploration"),
        ("Preprocessed unstructured data through EDA", "data_exploration"),
        ("Performed data pre-processing, including handling missing values", "data_exploration"),
        ("Communicated with business stakeholders to understand objectives and needs", "communication"),
        ("Fitted logistic regression models of readmission risk in R", "statistical_modeling"),
        ("Built the R code infrastructure for the analysts' projects", "r_language"),
        ("Integrated OpenAI Whisper (LLM-based model) into production for transcription", "model_serving"),
        ("Defined deployment standards for Docker/Kubernetes-based services", "docker"),
    ],
)
def test_skills_said_in_other_words(text: str, skill: str) -> None:
    assert skill in found(text)


@pytest.mark.parametrize(
    ("text", "skill"),
    [
        ("Store the counter in an int8 column of the Postgres table", "quantization"),
        ("Weather forecast for the regatta weekend", "predictive_modeling"),
        ("Licensed real estate agent handling 40 listings a year", "ai_agents"),
        ("Trained RL agents with PPO in a grid-world simulator", "ai_agents"),
        ("Trained 12 new hires on the point-of-sale system", "machine_learning"),
        ("Email  ResearchGate  Github", "git"),
        ("Implementing a version of Faster R-CNN with Python, TensorFlow and Keras", "r_language"),
        ("Skills: Python Flask Jinja", "rest_api"),
        ("Business Intelligence Analyst, Acme Retail", "dashboards"),
        ("Ability to work autonomously in a fully distributed team", "distributed_computing"),
        ("Implementations of Epsilon Greedy Policy and Q-Learning for RL environments", "multi_armed_bandits"),
        ("Application of parallel computing techniques to accelerate physics computations", "distributed_computing"),
        ("Attained a 15% improvement in network throughput predictions with a mixture of experts model", "inference_optimization"),
        ("Open-source Python library to standardize surveys https://mobisurvstd.github.io/MobiSurvStd/", "git"),
    ],
)
def test_the_same_words_outside_those_senses(text: str, skill: str) -> None:
    assert skill not in found(text)


def test_a_common_word_is_not_a_typo_of_an_alias() -> None:
    text = "Built an internal tool for logging offline experiment results within a project"
    assert "ab_testing" not in found(text)
    explanation = Analyzer().explain("ab_testing", document_from_text(text))
    assert any("common word" in place.rule and not place.accepted for place in explanation.places)


def test_real_typos_are_still_read() -> None:
    assert {"kubernetes", "tensorflow"} <= found("Deployed models on Kubernates, trained with Tensorflw")


def test_a_skill_word_that_is_a_whole_item_of_a_skills_list_counts() -> None:
    text = "Skills\nSQL, Tableau, Forecasting, Excel\nCertified Public Accountant, April 2016 – Present\nLlama2, RAG Architecture"
    assert "predictive_modeling" in found(text)
    assert "data_storytelling" not in found(text)
    assert "system_design" not in found(text)


def test_communicating_concepts_is_not_storytelling_but_communicating_findings_is() -> None:
    assert "data_storytelling" not in found("Communicated complex machine learning concepts into useful insights")
    assert "data_storytelling" in found("Communicated the findings of the churn study to the leadership team")


def test_regression_models_in_an_ml_pipeline_are_not_statistical_modelling() -> None:
    text = "Implemented supervised and unsupervised machine learning pipelines (clustering, regression models, feature selection)"
    assert "statistical_modeling" not in found(text)
    assert "machine_learning" in found(text)


def test_no_skill_spans_a_full_stop() -> None:
    text = "Drive orchestration of AI models powering our agents systems. Design experiments with the product team."
    assert "system_design" not in found(text)
    assert "system_design" in found("Led the system design of the ingestion service.")


@pytest.mark.parametrize(
    ("text", "skill"),
    [
        ("Tracked every release in Azure DevOps boards", "cloud"),
        ("Data sources such as Redis, Postgres, Teradata, Hadoop etc.", "distributed_computing"),
        ("Experience with API development is advantageous", "rest_api"),
    ],
)
def test_names_that_stop_short_of_the_skill(text: str, skill: str) -> None:
    assert skill not in found(text)


@pytest.mark.parametrize(
    ("text", "skill"),
    [
        ("Azure Functions and Azure DevOps pipelines", "cloud"),
        ("Hadoop and Spark clusters for nightly ETL jobs", "distributed_computing"),
        ("Designed REST APIs for the scoring service", "rest_api"),
        ("Successfully represent findings to stakeholders", "data_storytelling"),
        ("Convert data insights into product and business recommendations", "data_storytelling"),
        ("Collaborate with various business partners on campaign priorities", "business_acumen"),
        ("Ability to work effectively with business leads", "business_acumen"),
        ("Vector indexing and search over embedding datasets", "rag"),
    ],
)
def test_skills_said_in_the_words_postings_use(text: str, skill: str) -> None:
    assert skill in found(text)


def test_a_company_describing_itself_asks_for_no_skill() -> None:
    job = Analyzer().read_job(
        text=(
            "At Acme, we are committed to data. We provide forecasting tools and Python libraries to every business.\n"
            "Requirements\n- Python and SQL\n"
            "- All of our employees have equity compensation in the time series industry.\n"
        )
    )
    assert set(job.required) | set(job.optional) == {"python", "sql"}
    hiring = Analyzer().read_job(text="At Acme, we are looking for a data scientist with forecasting and Python experience.\n")
    assert "predictive_modeling" in hiring.required


def test_messages_between_programs_are_not_communication() -> None:
    assert "communication" not in found("Wrote Kafka producers and consumers to handle asynchronous communication between services")
    assert "communication" not in found("Shared-memory inter-process communication for the trading engine in C++")
    assert "communication" in found("Clear written communication with product and sales")


def test_presenting_to_one_senior_person_is_communication() -> None:
    assert "communication" in found("Presented analytics dashboards to the client's Chief Marketing Officer using Tableau")


@pytest.mark.parametrize(
    "text",
    [
        "Developed recommendation systems with Word2Vec/Doc2Vec embedding models",
        "Highlighted key reviews with LDA topic models",
    ],
)
def test_machine_learning_said_by_what_was_built(text: str) -> None:
    assert "machine_learning" in found(text)


def test_collaborating_with_another_function_or_team_is_communication() -> None:
    assert "communication" in found("Collaborated with the product team, offering strategic recommendations")
    assert "communication" in found("Led an MLOps project, collaborating with software engineers to reduce the burden")
    assert "communication" in found("Collaborated with the Engineering Team to enhance the performance of the software")
    assert "communication" not in found("Built a recommender with collaborative filtering for the engineers' team")
    assert "communication" not in found("Collaborated on the parser in my spare time")


def test_a_stack_listed_one_tool_a_line_gives_each_tool_its_neighbours() -> None:
    assert "kubernetes" in found("Our stack:\nPython (scikit, pytorch, spacy)\nAWS\nHelm\n")
    assert "kubernetes" not in found("We moved to a new office.\nHelm\n\nThe team is friendly and curious about everything we build.")
    assert "docker" not in found("We moved to a new office.\nDocker\n\nThe team is friendly and curious about everything we build.")


@pytest.mark.parametrize(
    ("text", "skill"),
    [
        ("Drive key business metrics including leads, PQLs, SQLs, pipeline, and revenue", "sql"),
        ("Email us at jobs@example.com with a link to your LinkedIn / Resume / GitHub (optional).", "git"),
    ],
)
def test_a_postings_sales_jargon_and_how_to_apply_ask_for_no_skill(text: str, skill: str) -> None:
    job = Analyzer().read_job(text=f"Head of Growth\n\nRequirements\n- Python and Tableau\n\n{text}\n")
    assert skill not in set(job.required) | set(job.optional)


@pytest.mark.parametrize(
    ("text", "skill"),
    [
        ("Hands-on experience with statistical methods and/or predictive analysis", "predictive_modeling"),
        ("Roles that require a strong statistical background day to day", "statistics"),
        ("Build an infrastructure platform across multiple cloud providers", "cloud"),
        ("Experience productionizing models or analysis for long-term usage", "model_serving"),
    ],
)
def test_more_ways_postings_name_a_skill(text: str, skill: str) -> None:
    assert skill in found(text)


def test_fine_tuning_is_llm_fine_tuning_only_beside_language_models() -> None:
    assert "llm_fine_tuning" not in found(
        "Optimized deployment with TensorRT and Docker, fine-tuning models to reach 47 FPS on edge devices"
    )
    assert "llm_fine_tuning" not in found("ML: PyTorch, ONNX, OpenCV, Semantic Segmentation, Object Detection, Model Fine-Tuning")
    assert "llm_fine_tuning" in found("Designed a prompt engineering method for fine-tuning the models")
    assert "llm_fine_tuning" in found("Fine-tuning BERT for ticket routing")


def test_being_mentored_and_a_homelab_cluster_are_not_the_skills() -> None:
    assert "communication" not in found("Research intern at the vision lab, mentored by Dr. Kim on EEG decoding")
    assert "communication" in found("Mentored three junior analysts on SQL and reporting")
    assert "gpu_infrastructure" not in found("Built a multi-node homelab on Ubuntu Server with Docker Compose")
    assert "gpu_infrastructure" in found("Ran multi-node training on 64 GPUs with NCCL")


def test_a_reinforcement_learning_reward_model_is_no_llm_tuning() -> None:
    assert "llm_fine_tuning" not in found("Used the OpenAI gym environment and its observation/reward model to compare PPO agents")
    assert "llm_fine_tuning" in found("Trained a reward model on human preference data for RLHF of our chat LLM")


@pytest.mark.parametrize(
    ("text", "skill"),
    [
        ("Suggested GridSearchCV and Bayesian optimization for future hyperparameter tuning", "bayesian_methods"),
        ("A mobile app connected to a provider database on a distributed ledger, in React Native", "distributed_computing"),
    ],
)
def test_names_that_share_a_word_with_a_skill(text: str, skill: str) -> None:
    assert skill not in found(text)


@pytest.mark.parametrize(
    ("text", "skill"),
    [
        ("Making business recommendations (e.g., cost-benefit, forecasting, experiment analysis)", "ab_testing"),
        ("Research and develop analysis, forecasting, and optimization methods", "predictive_modeling"),
        ("Expertise with statistical data analysis such as linear models, multivariate analysis", "statistical_modeling"),
        ("Strong presentation skills (ability to tell insightful stories through data visualizations)", "data_storytelling"),
    ],
)
def test_data_science_duties_said_the_way_postings_say_them(text: str, skill: str) -> None:
    assert skill in found(text)


def test_a_plural_noun_before_and_is_no_shared_modifier() -> None:
    assert "ab_testing" not in found("Designed, conducted and optimized experiments and data analysis for a nanoparticle study")
    assert "statistical_modeling" in found("Built statistical and machine learning models for churn")


def test_a_line_of_profile_link_labels_shows_no_git() -> None:
    assert "git" not in found("Jane Roe\nPersonal Website | Github | LinkedIn | ORCID\n\nExperience\nAnalyst at Acme")
    assert "git" in found("Reviewed pull requests on GitHub for the data team")


def test_an_electronics_and_communication_degree_written_with_an_ampersand_is_no_soft_skill() -> None:
    assert "communication" not in found("Education\nB. Tech. in Electronics & Communication + MS in Speech Processing & AI")


@pytest.mark.parametrize(
    "text",
    [
        "Develop and deploy high-quality machine learning models with rapid time to value",
        "4+ years developing and shipping ML models in production",
    ],
)
def test_deploying_models_is_model_serving(text: str) -> None:
    assert "model_serving" in found(text)


def test_deploying_an_app_is_not_model_serving() -> None:
    assert "model_serving" not in found("Deployed the web app to Heroku and wrote its docs")


@pytest.mark.parametrize(
    ("text", "skill"),
    [
        ("Parsed Smogon usage statistics into structured Pandas DataFrames", "statistics"),
        ("Reduced tool downtime by outsourcing predictive maintenance for the critical equipment", "predictive_modeling"),
        ("Ensured proper handover of client information to the pharmacy team", "business_acumen"),
        ("Built a model using Python that will estimate the probability of default for a borrower", "statistics"),
        ("Technologies Used: Python, Flask, LangChain, Google Gemini API, FAISS", "rest_api"),
        ("Architectural design of residential buildings and site plans", "system_design"),
        ("Flask cultures were incubated overnight at 37 C", "python"),
        ("Developed a mobile application where users store their health-related statistics", "statistics"),
        ("Skills: TensorFlow | TFLite | Flutter", "inference_optimization"),
        ("Developed boosting time series classification model in class imbalance setting", "statistical_modeling"),
        ("Designed unsupervised autoencoder architectures for trajectory representation learning", "system_design"),
        ("Jenkins, distributed version control systems such as Git", "distributed_computing"),
        ("Built multi-class classification models: Logistic Regression, Gradient Boosting Classifier, DNN", "statistical_modeling"),
        ("Technical skills: R | PostgreSQL | High Throughput Cluster | Parallel Computing", "distributed_computing"),
        ("Relevant Courses: Computer Networks, Computer System Architecture, Operating Systems", "system_design"),
        ("Created a nested control group of the unboosted and ran propensity score models", "ab_testing"),
        (
            "Linked person-level data, creating a nested control group of those who did not\n"
            "receive the booster, and running propensity score models",
            "ab_testing",
        ),
        ("Implemented data quality checks and validation procedures for the warehouse", "data_exploration"),
        # written slices w153-w191: a structural engineer's loads and systems, received forecasts, a hierarchy of SKUs
        # forecast with boosted trees, a chip design flow, product features for customers, a machine's KPIs, a recipe's
        # serve, a network's data centres, the shipping trade, a summary's span of work, a survey's sample size
        ("Prepared construction-stage load forecasts for the tower cranes and back-propping.", "predictive_modeling"),
        ("Receive daily and seasonal traffic forecasts from airlines and EUROCONTROL and plan stands on them.", "predictive_modeling"),
        ("Designed post-tensioned transfer slabs and the lateral load-resisting system design.", "system_design"),
        ("Hierarchical models with LightGBM and Prophet; features from promotions and festive events.", "bayesian_methods"),
        ("Served the timing predictor as a gRPC inference service called from the in-house EDA flow.", "data_exploration"),
        ("5+ years building AI features for Japanese customers in an offshore model: LLM chatbots, OCR.", "feature_engineering"),
        ("Anomaly detection on RAN KPIs (cell-level counters, ~40k cells): isolation forest", "business_acumen"),
        ("Regression test suite for audio KPIs (PESQ, STOI) in Jenkins", "business_acumen"),
        ("Keep the recipe models in Excel (yield, cook loss, moisture, salt per serve)", "model_serving"),
        ("VXLAN/EVPN in the data centres, including VLAN pruning and Spanning Tree clean-up", "data_exploration"),
        ("Data scientist in dry-bulk shipping: fuel consumption models for the fleet", "model_serving"),  # w191_ds_02
        ("I build scoring models end to end – from raw bank-transaction data to a monitored model in production", "model_serving"),
        ("Sample size calculation, sampling design and weights for a national SMART nutrition survey", "ab_testing"),
        # other people's titles (w162): a journalist interviewed ML engineers, a recruiter hires them
        ("Interviewed data scientists, ML engineers and founders for the series", "machine_learning"),
        ("Recruited 12 ML engineers for fintech clients", "machine_learning"),
        ("Interviewed machine learning researchers at the Vector Institute for long-form profiles.", "machine_learning"),  # w211
        # a clean-beauty brand beside its data team (w228_ds_02)
        ("We're the clean-beauty brand behind the Glow Serum; our data team works in BigQuery.", "data_exploration"),
        # grain shipped (w215_ds_01)
        ("Yield models (linear mixed models) so the logistics team can plan storage and shipping", "model_serving"),
        # a therapy's skills programme (w213_un_01)
        ("Co-facilitated the 12-week DBT skills programme; routine outcome measures (CORE-10, PHQ-9).", "sql"),
        # scale model trains kept as a hobby (w194_un_01, w208_un_01)
        ("Interests\nModel trains (HO scale), hockey beer league, marathon training.", "machine_learning"),
        ("Interests\nAmateur football referee, fishing, building model trains.", "machine_learning"),
        # a car's dashboards; a study without random assignment (w198_un_01, w198_ds_03)
        ("Calloway Interior Systems molds and assembles instrument panels, dashboards, consoles and door trims", "dashboards"),
        ("t-tests, regression and, where the data allow, quasi-experimental designs such as propensity score matching", "ab_testing"),
    ],
)
def test_words_of_other_trades_are_not_these_skills(text: str, skill: str) -> None:
    assert skill not in found(text)


def test_a_tool_name_before_a_slash_is_no_first_name() -> None:
    assert "distributed_computing" not in found("Thanks to my colleague Ray Chen for the review")
    assert {"docker", "kubernetes"} <= found("Ran Docker/Kubernetes clusters")


def test_a_posting_asks_for_no_skill_in_a_wrapped_list_of_degree_fields_or_in_a_link() -> None:
    job = Analyzer().read_job(
        text=(
            "Requirements\n"
            "- M.S., or PhD. in Statistics, Computer Science, Math, Operations\n"
            "  Research, Physics, Economics, or other quantitative fields.\n"
            "- Python and SQL.\n"
            "We are a large [open source project](https://github.com/example/project).\n"
        )
    )
    assert set(job.required) == {"python", "sql"}


def test_a_duty_ending_in_publications_does_not_hide_the_requirements_below_it() -> None:
    job = Analyzer().read_job(
        text=(
            "Your tasks\n"
            "Statistical analysis of clinical data\n"
            "Support in grant writing\n"
            "Support for scientific publications\n"
            "Your profile\n"
            "Detailed knowledge of programming languages, especially Python and R\n"
        )
    )
    assert {"python", "r_language"} <= set(job.required)


def test_a_projects_whole_life_is_not_model_serving() -> None:
    assert "model_serving" not in found("Extensive experience driving AI/ML projects from conception to production deployment")
    assert "model_serving" in found("Shipped ML solutions to production for the search team")


def test_experimentation_needs_its_product_words_on_its_own_line() -> None:
    assert "ab_testing" not in found("- Improve AI system reliability through experimentation\n- Collaborate with product and domain teams")
    assert "ab_testing" in found("Ran online experimentation for the product's checkout flow")


def test_a_same_line_context_stays_on_its_line_in_a_skills_section() -> None:
    text = "Skills\nStrong fundamentals: testing, architectural thinking, and ownership.\nSoftware: Django, Flask, Postgres"
    assert "system_design" not in found(text)
    assert "system_design" in found("Skills\nArchitectural patterns for Django and Flask services, Postgres")


def test_a_company_describing_its_mission_and_a_short_list_of_degree_fields_ask_for_nothing() -> None:
    job = Analyzer().read_job(
        text=(
            "Anthropic's mission is to create reliable AI systems. Our team is a group of researchers and business leaders.\n"
            "Requirements\n"
            "1. Degree in computer science or statistics\n"
            "2. At least 1 year of Python development\n"
        )
    )
    assert set(job.required) == {"python"}


def test_in_a_paragraph_printed_as_one_line_context_is_the_words_around_the_match() -> None:
    filler = " ".join(["You will manage internal and external relationships and maintain trust with partners."] * 6)
    far = f"You will develop policy strategies to achieve outcomes. {filler} You will be presenting strategic ideas clearly."
    near = f"{filler} You will be presenting findings and outcomes to the board."
    assert "data_storytelling" not in found(far)
    assert "data_storytelling" in found(near)


@pytest.mark.parametrize(
    "text",
    [
        "Engineered parallelized backtest code with Numba.",
        "Sped up the feature loop with Cython extensions.",
    ],
)
def test_python_only_libraries_show_python(text: str) -> None:
    assert "python" in found(text)


@pytest.mark.parametrize(
    "text",
    ["Built NLP pipelines with spaCy and NLTK.", "Trained topic models with Gensim; tuned them with Optuna."],
)
def test_a_methods_library_named_with_its_work_shows_that_work_not_python(text: str) -> None:
    """Written slices w1-w252: labellers, following the rules' list of implications, gave no Python to a job that names
    only spaCy, NLTK, Gensim, Optuna, PyMC or statsmodels (22 such jobs, 4 the other way)."""
    assert "python" not in found(text)


@pytest.mark.parametrize(
    "text",
    ["Prepped celery, onions and carrots for the line.", "Bokeh portraits and wedding photography.", "Served a beautiful soup of the day."],
)
def test_library_names_that_are_ordinary_words_need_tech_around_them(text: str) -> None:
    assert "python" not in found(text)


def test_github_copilot_is_an_assistant_not_version_control() -> None:
    assert "git" not in found("Used GitHub Copilot to draft unit tests.")


def test_the_examples_after_a_degree_field_ask_for_nothing() -> None:
    job = Analyzer().read_job(
        text=(
            "Requirements\n"
            "- Master's degree required in a quantitative field such as Machine learning, Statistics or Applied Mathematics\n"
            "- Python and SQL.\n"
        )
    )
    assert set(job.required) == {"python", "sql"}


def test_a_list_of_degree_fields_in_parentheses_asks_for_nothing() -> None:
    job = Analyzer().read_job(
        text=(
            "Basic Qualifications:\n"
            "* Bachelor's Degree in Computer Science or a related quantitative field (Statistics, Economics, Operations"
            " Research, Mathematics)\n"
            "* At least 2 years of experience with Python and SQL\n"
        )
    )
    assert set(job.required) == {"python", "sql"}


def test_what_the_company_has_done_so_far_asks_for_nothing() -> None:
    job = Analyzer().read_job(
        text=(
            "# Progress and Traction\n\nSince 2022, we:\n\n* Successfully deployed our model to trade energy in 2024\n\n"
            "# About the Role\n\nYou will build data pipelines in Python.\n"
        )
    )
    assert set(job.required) == {"python"}


@pytest.mark.parametrize(
    ("text", "skill"),
    [
        ("Built derived features from transaction logs for the churn model.", "feature_engineering"),
        ("Creating reference architectures for customers.", "system_design"),
        ("Proficiency in Salesforce, R, Microsoft Excel", "r_language"),
    ],
)
def test_more_ways_of_naming_these_skills(text: str, skill: str) -> None:
    assert skill in found(text)


def test_sparse_data_is_not_a_pruned_model() -> None:
    assert "pruning" not in found("Analyzed feature distributions, class separation, data sparsity, and sample sizes.")


@pytest.mark.parametrize(
    "text",
    [
        "Able to clearly communicate with both technical and non-technical users.",
        "The candidate will be skillful at communicating with a diversity of learners and investigators.",
        "Work closely with Product and Operations to ensure successful publishing.",
        "We value being communicative, open-minded and curious.",
    ],
)
def test_communication_said_as_communicating_with_people_or_working_closely_with_other_functions(text: str) -> None:
    assert "communication" in found(text)


def test_services_that_communicate_results_are_not_storytelling() -> None:
    assert found("Microservices communicate via gRPC with the results store.").isdisjoint({"communication", "data_storytelling"})


@pytest.mark.parametrize(
    ("text", "skill"),
    [
        ("Experience with large-scale model training and deployment", "model_serving"),
        ("Focused on customer acquisition and retention for the app", "business_acumen"),
    ],
)
def test_coordinated_words_share_their_modifier(text: str, skill: str) -> None:
    assert skill in found(text)


def test_data_tables_in_a_game_engine_are_no_r_package() -> None:
    assert "r_language" not in found("Data-driven design powered by Unreal Engine's data tables")
    assert "r_language" in found("Wrangled panel data with data.table and dplyr")


def test_heads_that_differ_in_number_share_no_modifier() -> None:
    assert "distributed_computing" not in found("Coursework: Data Structures and Parallelism, Systems Programming")
    assert "r_language" not in found("Automated complex data transformations and table staging using dbt Core")
    assert "communication" in found("Lead design reviews with peers and stakeholders to decide amongst technologies")


def test_postgis_is_sql() -> None:
    assert "sql" in found("Knowledge in tools to manage geographic data: geopandas, PostGIS")


@pytest.mark.parametrize(
    ("text", "skill"),
    [
        ("Overhauled a customer-ranking model that assesses their likelihood to churn.", "predictive_modeling"),
        ("Built an attrition model from HR survey data.", "predictive_modeling"),
        ("Used Hive, Impala, and python in support of a patient risk scoring system.", "python"),
        ("Spatial statistics, including geographically weighted regression.", "statistical_modeling"),
    ],
)
def test_churn_risk_lowercase_python_and_named_regressions(text: str, skill: str) -> None:
    assert skill in found(text)


def test_a_networks_own_feature_extraction_is_not_feature_engineering() -> None:
    assert "feature_engineering" not in found("Employed the VGG-19 as the pre-trained convolutional network for feature extraction.")
    assert "feature_engineering" in found("Feature extraction from transaction logs for the fraud model.")


def test_a_letter_of_a_dotted_abbreviation_is_no_r() -> None:
    assert "r_language" not in found("Skills: system design. Built the first prototype of the C.A.R. platform.")
    assert "r_language" in found("Skills: Python, SQL, R.")


@pytest.mark.parametrize(
    ("text", "skill"),
    [
        ("Best practices in machine learning and statistical inference.", "statistics"),
        ("Knowledge of and experience with GPU-based parallel computing and optimization.", "gpu_infrastructure"),
        ("Prior experience crafting features to train models is required.", "feature_engineering"),
        ("Productize built models using our OCI data science stack.", "cloud"),
        ("Calculated key performance indicators for the sales team.", "business_acumen"),
        ("Interfaced with marketing to understand their needs.", "communication"),
        ("Collaborated with UX and UI designers to implement design changes.", "communication"),
        ("Resolved problems for a technical and non-technical audience.", "communication"),
        ("Proficient in ArcGIS, QGIS, Microsoft Office, and R", "r_language"),
    ],
)
def test_more_phrasings_from_the_latest_slices(text: str, skill: str) -> None:
    assert skill in found(text)


def test_reinforcement_learning_agents_are_not_llm_agents() -> None:
    assert "ai_agents" not in found("Build simulation environments for RL-based AI agents.")
    assert "ai_agents" in found("Built AI agents with LangGraph and tool calling.")


def test_a_degree_in_one_of_several_fields_or_another_stem_field_asks_for_none_of_them() -> None:
    job = Analyzer().read_job(
        text=(
            "Requirements\n"
            "- PhD in Computer Science, Mathematics, Statistics, Physics or other STEM field; strong MS/BS candidates too.\n"
            "- Python.\n"
        )
    )
    assert set(job.required) == {"python"}


@pytest.mark.parametrize(
    ("text", "skill"),
    [
        ("Architect and deploy ML solutions for search and recommendations", "model_serving"),
        ("Two years of machine learning for production at a retailer", "model_serving"),
        ("Scaled the inference infrastructure behind the assistant", "model_serving"),
        ("Led a team architecting AI systems on AWS", "system_design"),
        ("Experience designing large-scale systems", "system_design"),
        ("Develop predictive AI and ML solutions with the product team", "predictive_modeling"),
        ("Summarised findings and recommendations for the operations board", "data_storytelling"),
        ("Shared analysis of the survey findings with non-technical audiences", "data_storytelling"),
        ("Comfortable visualising and communicating data to clients", "data_storytelling"),
        ("Handled cleansing of raw sensor records", "data_exploration"),
        ("Curating data from three hospital systems for the registry", "data_exploration"),
    ],
)
def test_ways_of_saying_serving_design_prediction_storytelling_and_preparation(text: str, skill: str) -> None:
    assert skill in found(text)


@pytest.mark.parametrize(
    ("text", "skill"),
    [
        ("Deploy ML pipelines with Airflow for the data platform", "model_serving"),
        ("Optimized statistical inference for survey weights; causal inference studies", "inference_optimization"),
        ("Communicate data platform roadmaps to partner teams", "data_storytelling"),
        ("B.Tech., Institute of Information and Communication Technology", "communication"),
        ("Compared PCA, k-means and logistic regression with neural networks in PyTorch", "statistical_modeling"),
    ],
)
def test_near_phrases_that_show_another_thing(text: str, skill: str) -> None:
    assert skill not in found(text)


def test_two_ordinary_words_in_a_skills_list_do_not_vouch_for_each_other() -> None:
    text = "Skills\nRegression & Statistical\nInference\nArchitectures\n"
    assert found(text).isdisjoint({"inference_optimization", "system_design"})
    assert "system_design" in found("Skills\nArchitectures\nDocker, Kubernetes\n")


def test_a_company_saying_what_it_is_asks_for_no_skill() -> None:
    job = Analyzer().read_job(
        text=(
            "Northwind is the data and AI company. Thousands of teams rely on our platform, built on Apache Spark and MLflow.\n"
            "Requirements\n- SQL and Python\n- The ideal candidate is a leader in Kubernetes operations.\n"
        )
    )
    assert set(job.required) | set(job.optional) == {"python", "sql", "kubernetes"}


@pytest.mark.parametrize(
    ("text", "skill", "shown"),
    [
        ("Proficiency in the use and architecture of large language models for software applications", "system_design", False),
        ("Designed the system architecture and APIs of the LLM platform", "system_design", True),
        ("Experience with statistical data analysis and machine learning methods", "statistics", True),
    ],
)
def test_a_models_architecture_is_no_system_design_and_statistical_data_analysis_is_statistics(text: str, skill: str, shown: bool) -> None:
    assert (skill in found(text)) is shown


@pytest.mark.parametrize(
    ("text", "skill"),
    [
        ("Ran stakeholder workshops to agree the reporting scope", "communication"),
        ("Acted as liaison between the site crew and the architects", "communication"),
        ("Coordinated with QA on release testing", "communication"),
        ("Built weekly KPI summaries for stakeholders in finance", "communication"),
        ("Wrote the business case for a new warehouse", "business_acumen"),
        ("Strong product sense and curiosity", "business_acumen"),
        ("Mapped business use cases to model requirements", "business_acumen"),
    ],
)
def test_people_taken_along_and_the_business_reason_for_the_work(text: str, skill: str) -> None:
    assert skill in found(text)


@pytest.mark.parametrize(
    ("text", "skill", "shown"),
    [
        ("Unit Tests (UT) and System Functionality Tests (SFT) at BC level using the TPT tool", "llm_fine_tuning", False),
        ("Post-training work: SFT and DPO on Llama models", "llm_fine_tuning", True),
        ("Project: GPU performance analysis and prediction on DL serving", "model_serving", True),
        ("FastAPI microservices handling 10K+ daily inference requests", "model_serving", True),
        ("Integrated enterprise foundation models into the support platform", "machine_learning", True),
        ("Grafana dashboards for model drift and latency", "machine_learning", True),
        ("Enhanced cloud system efficiency with a workload-aware placement strategy", "cloud", True),
    ],
)
def test_fine_tuning_abbreviations_serving_and_cloud_words(text: str, skill: str, shown: bool) -> None:
    assert (skill in found(text)) is shown


@pytest.mark.parametrize(
    ("text", "skill"),
    [
        ("Advanced knowledge of SQL and Python", "advanced_sql"),
        ("Optimize database queries and pipelines for the reporting layer", "advanced_sql"),
        ("Interpreting data and analyzing results using statistical techniques", "statistics"),
        ("Design, analyze, and validate statistical experiments", "statistics"),
        ("Hands-on with LLMs and AWS Bedrock", "cloud"),
        ("Experience with technologies like S3, Redshift and Hadoop", "cloud"),
        ("Experience in cloud databases (Google BigQuery)", "cloud"),
    ],
)
def test_sql_mastery_statistics_and_cloud_services_said_in_other_words(text: str, skill: str) -> None:
    assert skill in found(text)


def test_an_acronym_before_a_capitalised_word_is_no_first_name() -> None:
    assert "cloud" in found("Deployed agents on AWS Bedrock")
    assert "distributed_computing" not in found("Reviewed by Ray Chen")


@pytest.mark.parametrize(
    ("text", "skill"),
    [
        ("Evaluate AI system performance with retrieval metrics and latency measurement of the LLM answers", "inference_optimization"),
        ("Experience building clean, maintainable, and production-ready software for data teams", "data_exploration"),
        ("Grow the knowledge base by developing and presenting training courses.\nAnalysis of results by the team.", "data_storytelling"),
    ],
)
def test_measuring_latency_clean_software_and_presenting_courses_are_not_these_skills(text: str, skill: str) -> None:
    assert skill not in found(text)


def test_presenting_key_performance_indicators_or_findings_on_the_next_line_is_storytelling() -> None:
    assert "data_storytelling" in found("Designed Power BI dashboards to present key performance indicators to clients")
    assert "data_storytelling" in found("Capstone: forecasting demand with Prophet; presented the forecasts and\nfindings to a panel.")


def test_a_game_playing_ai_agent_explained_under_its_title_is_no_llm_agent() -> None:
    text = "Projects\nConnect 6 AI Agent (Python, Tkinter)\n\nImplemented Minimax with Alpha-Beta pruning for AI vs Human gameplay.\n"
    assert "ai_agents" not in found(text)
    assert "ai_agents" in found("Projects\nSupport AI Agent (Python)\n\nAnswers tickets with GPT-4 and a vector store.\n")


def test_the_opportunity_heading_ends_the_company_block() -> None:
    job = Analyzer().read_job(
        text=(
            "Who we are\n\nAcme is a public broadcaster with a charitable mission.\n\n The opportunity\n\n"
            "As part of the Web team, the developer will leverage generative AI and machine learning technologies.\n"
        )
    )
    assert "machine_learning" in job.required


def test_a_stack_shared_without_requiring_it_and_an_about_the_company_block_ask_for_nothing() -> None:
    job = Analyzer().read_job(
        text=(
            "Requirements:\n\n5+ years of product management; excellent written communication.\n\n"
            "About Timescale\n\nTimescale builds machine-learning ready time-series databases on PostgreSQL.\n\n"
            "Our Tech stack:\n\nWe share our tech stack with the caveat that we don't require previous experience in it: "
            "AWS, Go, Docker, Kubernetes, and Python.\n\nAccommodations are available on request. Your Business Partner will help.\n"
        )
    )
    assert set(job.required) | set(job.optional) == {"communication"}
    about_you = Analyzer().read_job(text="About you\n\nYou build machine learning models in Python.\n")
    assert {"machine_learning", "python"} <= set(about_you.required)


@pytest.mark.parametrize(
    ("text", "skill", "shown"),
    [
        ("Used Ridge regression and LASSO to model the log price", "statistical_modeling", True),
        ("Gene expression data analysed using Lasso on high-dimensional data", "statistical_modeling", True),
        ("Masked the background with the lasso tool in Photoshop", "statistical_modeling", False),
        ("Credit Card Fraud Prediction with a random-forest model", "predictive_modeling", True),
        ("House price prediction with gradient boosting", "predictive_modeling", True),
    ],
)
def test_penalised_regression_and_predicting_a_quantity(text: str, skill: str, shown: bool) -> None:
    assert (skill in found(text)) is shown


def test_experimentation_frameworks_and_the_business_context() -> None:
    assert "ab_testing" in found("Hands-on experience in designing experimentation frameworks")
    assert "business_acumen" in found("Enjoys learning the business context and the numbers behind it")


def test_areas_of_study_and_mentorship_received_ask_for_nothing() -> None:
    job = Analyzer().read_job(
        text=(
            "Requirements\n- Python and REST APIs\n\nIdeal Areas of Study\n\n"
            "The following areas of study are particularly relevant:\n\nCloud Computing or Distributed Systems\n"
            "Applied Mathematics or Statistics\n\nYou will receive direct mentorship from our founders.\n"
        )
    )
    assert set(job.required) | set(job.optional) == {"python", "rest_api"}
    assert "communication" in found("Provided mentorship to two junior analysts")


def test_working_in_a_team_of_data_scientists_is_not_leading_one() -> None:
    assert "communication" not in found("Working in a team of Data Scientists to brainstorm which ML algorithms to use")
    assert "communication" in found("Managed a team of data scientists across two sites")


def test_the_fields_of_an_educational_background_ask_for_nothing() -> None:
    job = Analyzer().read_job(
        text=(
            "Requirements\n- SQL and Python\n"
            "- Quantitative educational background preferred: Data Science, Economics, Math, Computer Science, Statistics\n"
        )
    )
    assert set(job.required) | set(job.optional) == {"sql", "python"}


def test_a_heading_a_scraper_glued_into_the_line_splits_what_is_asked_from_what_is_preferred() -> None:
    text = (
        "# Data Scientist\n\nWe are seeking an experienced Data Science Engineer to join our analytics division, building "
        "pragmatic AI/ML solutions for customers across industries.*Lead discussions with business partners.*Proficient "
        "programming skills in Python and data-querying skills using SQL.*Experience with data visualization tools such as "
        "Tableau or Power BI.*Excellent verbal and written skills.Preferred Qualifications:*Knowledge of machine learning "
        "frameworks such as TensorFlow or PyTorch.*Experience in building time-series forecasting models.\n"
    )
    job = Analyzer().read_job(text=text)
    assert {"python", "sql", "tableau"} <= set(job.required)
    assert {"tensorflow", "pytorch"} <= set(job.optional)


def test_a_heading_glued_after_the_last_word_of_a_scraped_line_without_a_stop_splits_it_too() -> None:
    """`p210_ds_01` (a 2017 Glassdoor scrape kept as one line): "... developing recommendations based on a specific
    business issue Preferred Job Requirements: Experience with ... machine learning" made every requirement before it
    optional (the sentence holding "Preferred" ran back to the "Job Requirements:" heading)."""
    text = (
        "# Associate Intern - Data Science\n\nAs an intern on the team, you will be integral to driving these outcomes and "
        "work with leaders across the company to solve business problems through analytics, designing rich data "
        "visualization and researching new tools in the data and analytics space.  Job Requirements:  Progress towards a "
        "Masters Degree in Statistics or related field Practical, developed PC skills, especially SQL, statistical "
        "languages like SAS or R, PowerPoint, Excel Demonstrated analytical skills Experience in a work or academic "
        "setting developing and performing advanced analysis based on a specific business issue  Preferred Job "
        "Requirements:  Experience with applied artificial intelligence and machine learning GPA of 4.0 or higher\n"
    )
    job = Analyzer().read_job(text=text)
    assert {"sql", "r_language"} <= set(job.required)
    assert "machine_learning" in job.optional


def test_a_label_of_the_work_after_a_sentences_last_word_heads_nothing() -> None:
    """`p59_ds_03` (an Indeed scrape run together, no heading set apart): "... pricing models, and causal inference Tools
    We Use: Programming language: Python ..." read as a heading of the work turned the whole ad above it into an
    introduction, and SQL mastery, communication and storytelling asked for became optional."""
    from pathlib import Path

    ad = Path(__file__).parent / "real" / "postings59" / "p59_ds_03.md"
    job = Analyzer().read_job(ad)
    assert {"sql", "advanced_sql", "python", "communication"} <= set(job.required)


def test_an_ad_whose_only_heading_is_a_bonus_asks_for_what_comes_before_it() -> None:
    text = (
        "# Customer Success Manager\n\nAs a Customer Success Manager you will...\n\n"
        "- Manage customer deployments on AWS and escalations\n- Work closely with product and engineering teams\n\n"
        "Bonus: Familiarity with SQLite, GitOps workflows and Terraform on AWS\n"
    )
    job = Analyzer().read_job(text=text)
    assert {"cloud", "communication"} <= set(job.required)  # AWS is asked for, though the bonus names it too
    assert "sql" in job.optional


def test_sentences_a_scraper_glued_together_are_read_apart() -> None:
    # the dropped line break leaves "a plusStrong": the "plus" of one requirement must not make the next optional
    text = (
        "About the role: you will build reporting for our finance and operations teams across many regions and products, "
        "working with analysts every day. Experience with Tableau dashboards is a plusStrong SQL skills and Python "
        "experience are required for this position, as is a degree in a quantitative field."
    )
    assert len(text) > 250
    job = Analyzer().read_job(text=text)
    assert {"sql", "python"} <= set(job.required)
    assert "dashboards" in job.optional


def test_a_glued_article_opens_a_sentence_of_its_own() -> None:
    # "dataA degree ... is helpful but not required": the wish is the degree's, the years before it stand
    text = (
        "Share best practices and learnings with the broader team to foster continuous improvement in every quarter "
        "and region we report on.QualificationsEducation & Experience3+ years of experience working with SQL and "
        "dataA degree in finance or data-related fields is helpful but not required.Experience in Production Finance."
    )
    assert len(text) > 250
    job = Analyzer().read_job(text=text)
    assert "sql" in job.required
    assert dict(job.years) == {"sql": 3}


def test_a_paragraph_that_ends_in_an_equal_opportunity_sentence_still_asks_for_its_skills() -> None:
    # a posting whose line breaks were lost: the requirements and the EEO statement share one long line
    text = (
        "Senior AI Engineer\n\n"
        "Experience building AI models using platforms such as Keras, TensorFlow, FastAI, PyTorch, or Theano. "
        "Demonstrated commitment to learning about AI through your own initiatives and courses and projects. "
        "The salary range for this role takes into account many factors considered in making compensation decisions, "
        "including skill sets; and other business and organizational needs. We are an equal opportunity employer and "
        "all qualified applicants will receive consideration without regard to race, color, religion or veteran status.\n"
    )
    job = Analyzer().read_job(text=text)
    assert {"tensorflow", "pytorch"} <= set(job.required)
    assert "business_acumen" not in job.required  # "business ... needs" sits in the pay sentence


@pytest.mark.parametrize(
    "text",
    [
        "Designed and deployed a production AI voice agent that books appointments from inbound calls",
        "Implemented agent orchestration for call flows and lead qualification",
        "Experience developing or integrating AI calling/voice agents",
    ],
)
def test_voice_agents_and_agent_orchestration_are_ai_agents(text: str) -> None:
    assert "ai_agents" in found(text)


def test_a_call_centres_voice_agents_are_people() -> None:
    assert "ai_agents" not in found("Supervised 20 voice agents in a busy call centre")


@pytest.mark.parametrize(
    "wish",
    ["will be an advantage", "is an asset", "is advantageous", "is beneficial"],
)
def test_a_skill_that_is_an_advantage_or_an_asset_is_optional(wish: str) -> None:
    job = Analyzer().read_job(text=f"Requirements\n- Strong Python and SQL\n- Knowledge of Tableau {wish}\n")
    assert "tableau" in job.optional and "python" in job.required


def test_words_joined_by_a_slash_share_their_head() -> None:
    assert {"statistical_modeling", "predictive_modeling"} <= found("Basic understanding of statistical/predictive modelling.")


@pytest.mark.parametrize(
    "text",
    [
        "Develop services that host the trained models and work with other application teams",
        "Knowledge of best practices in productionalizing machine learning models in real-time systems",
    ],
)
def test_hosting_and_productionalizing_models_is_model_serving(text: str) -> None:
    assert "model_serving" in found(text)


def test_an_about_the_company_block_ends_where_the_job_begins_without_a_heading() -> None:
    text = (
        "Data Engineer\n\nAbout Truckstop.com\n"
        "Truckstop.com is one of the largest online freight matching services, built on Tableau and AWS.\n"
        "As members of the Application Services team, Data engineers are responsible for creating data pipelines.\n"
        "Strong experience in SQL and Python.\n"
    )
    job = Analyzer().read_job(text=text)
    assert {"sql", "python"} <= set(job.required)
    assert "tableau" not in job.required and "cloud" not in job.required


@pytest.mark.parametrize(
    "text",
    [
        "Built a summarization module with 3 styles using a Map-Reduce pipeline over GPT-4 outputs",
        "Researched LLM models, developed LangChain pipelines (stuff, rerank, map reduce, refine) with them",
    ],
)
def test_the_map_reduce_strategy_of_an_llm_chain_is_no_distributed_computing(text: str) -> None:
    assert "distributed_computing" not in found(text)


def test_work_at_scale_alone_is_no_distributed_computing() -> None:
    assert "distributed_computing" not in found("Built batch pipelines that process billions of events at scale")


def test_hadoop_mapreduce_jobs_are_distributed_computing() -> None:
    assert "distributed_computing" in found("Processed 2 TB of logs with MapReduce jobs in Java")


def test_data_tables_in_a_warehouse_are_no_r_but_the_data_table_package_is() -> None:
    text = "Ensure quality assurance by assessing the accuracy of data tables in our SQL warehouse and Tableau reports"
    assert "r_language" not in found(text)
    assert "r_language" in found("Wrangled survey data with data.table and SQL")


def test_pythons_lambda_functions_are_no_cloud_but_aws_lambda_functions_are() -> None:
    assert "cloud" not in found("Python: Modules & Packages, Iterators, Generators, Decorators, Lambda Functions, Exception Handling")
    assert "cloud" in found("Built serverless Lambda functions in Python behind API Gateway")


def test_a_hospitals_emr_system_is_no_cloud_but_amazon_emr_is() -> None:
    assert "cloud" not in found("Built Python GUIs that integrate with EMR systems, with Docker and Ansible")
    assert "cloud" not in found("Healthcare IT: HL7, Mirth Connect, EMR Integration (Epic, Cerner), Python")
    assert "cloud" in found("Ran Spark jobs on EMR clusters with Python")


@pytest.mark.parametrize(
    "text",
    [
        "Deliver timely, accurate ad-hoc analyses that support senior leadership",
        "Supporting business decisions through ad hoc analysis",
        "Participate in analytical deep dives alongside senior team members",
        "Deep dive into data to conduct business insights",
    ],
)
def test_ad_hoc_analyses_and_deep_dives_into_data_are_data_exploration(text: str) -> None:
    assert "data_exploration" in found(text)


def test_a_deep_dive_into_something_else_is_no_data_exploration() -> None:
    assert "data_exploration" not in found("You'll meet several team members for a deep dive into your technical knowledge")


@pytest.mark.parametrize(
    "text",
    [
        "Analyzed healthcare data to provide real-time feedback to surgeons",
        "Managed and analyzed multimodal sleep data within a study",
        "Analysed the datasets and pre-processed them using Pandas and Numpy",
        "Expert at using notebooks to explore, visualize, and analyze large tabular datasets",
        "Analyzed customer payment trends to determine risk levels.",
        "Analyzed the relationship between cell type, cell density, and cell morphology",
        "Developed SQL reporting views analysing on-time delivery rates and regional delay patterns",
    ],
)
def test_analysing_data_is_data_exploration(text: str) -> None:
    assert "data_exploration" in found(text)


def test_analysing_something_that_is_not_data_is_no_data_exploration() -> None:
    assert "data_exploration" not in found("Analyzed customer requirements and wrote design documents")
    assert "data_exploration" not in found("Analyzed model behavior with ablations to guide architecture decisions")
    assert "data_exploration" not in found("Built the lab control software in LabVIEW and analysed the data in MATLAB.")


@pytest.mark.parametrize(
    ("text", "skill"),
    [
        ("Studied upper confidence bounds for recommendation", "multi_armed_bandits"),
        ("Ran deep dives into churn data with product managers", "data_exploration"),
    ],
)
def test_an_alias_word_the_lemma_table_reads_as_another_words_form_still_matches_its_plural(text: str, skill: str) -> None:
    assert skill in found(text)


def test_model_deployment_said_in_a_list_of_stages_is_model_serving() -> None:
    assert "model_serving" in found("Worked on ML model training, testing, and deployment.")
    assert "model_serving" not in found("Automated the deployment of data models to the warehouse")


def test_a_topic_marked_optional_makes_its_block_optional_until_the_next_topic() -> None:
    text = (
        "Key Responsibilities:\nWrite clean code in Python.\n\nTools & Technologies:\n"
        "Deep Learning (optional/bonus):\nTensorFlow or PyTorch\n"
        "Data Engineering Basics:\nSQL (basic querying)\n"
        "Deployment & MLOps (Nice to Have):\nDocker (basic knowledge)\n"
    )
    job = Analyzer().read_job(text=text)
    assert {"tensorflow", "pytorch", "docker"} <= set(job.optional)
    assert {"python", "sql"} <= set(job.required)  # PyTorch's implied Python is no optional Python


@pytest.mark.parametrize(
    "heading",
    ["Essential Responsibilities:", "Mandatory Requirements:", "Who You Are (Qualifications) :", "Core Duties:"],
)
def test_a_heading_word_with_a_qualifier_around_it_ends_a_nice_to_have_block(heading: str) -> None:
    job = Analyzer().read_job(text=f"Desired Requirements:\nExperience with Power BI.\n\n{heading}\nStrong SQL and Python.\n")
    assert "dashboards" in job.optional and {"sql", "python"} <= set(job.required)


def test_the_company_telling_its_history_and_what_it_offers_asks_for_no_skill() -> None:
    text = (
        "At Capital One, data is at the center of everything we do. We disrupted the credit card industry using "
        "statistical modeling and the relational database in 1988!\n\n"
        "We offer a working day with exciting tasks in a team that works closely with Kubernetes experts.\n\n"
        "Requirements:\nStrong SQL.\n"
    )
    job = Analyzer().read_job(text=text)
    assert job.required == ("sql",) and not job.optional


def test_a_higher_education_field_list_asks_for_no_skill() -> None:
    job = Analyzer().read_job(text="Requirements:\nHigher education in computer science, statistics or related fields.\nStrong Python.\n")
    assert job.required == ("python",)


def test_protocol_buffers_alone_is_a_serialization_format_not_grpc() -> None:
    assert "grpc" not in found("Bridged the simulator and the ROS stack using Google Protobuf messages")
    assert "grpc" in found("Designed the protobuf messages and gRPC interface between services")


def test_the_open_end_of_a_date_range_is_no_presenting() -> None:
    assert "data_storytelling" not in found("Data Analyst Intern, Acme   Jan 2025 - Present\nTurned raw data into insights")
    assert "data_storytelling" in found("Present insights to stakeholders every week")


def test_aws_in_capitals_is_the_cloud_but_not_a_welding_certificate() -> None:
    assert "cloud" in found("Worked with AWS Timestream to pull and parse real-time purchase data")
    assert "cloud" not in found("AWS Certified Welder, API 1104 qualified")


@pytest.mark.parametrize(
    "text",
    [
        "Ran Reddit GTM experiments identifying demand for the legal-AI product",
        "Market research on competitive positioning and go-to-market strategy for a SaaS start-up",
        "Created Tableau dashboards aiding data-driven client acquisition strategies",
    ],
)
def test_how_a_business_wins_its_market_is_business_acumen(text: str) -> None:
    assert "business_acumen" in found(text)


def test_google_tag_manager_is_no_go_to_market() -> None:
    assert "business_acumen" not in found("Set up GTM tags and GA4 events for the marketing site")


def test_communicating_with_people_of_any_trade_is_communication() -> None:
    assert "communication" in found("Trained members on risk awareness and communicated with emergency service officials")
    assert "communication" not in found("The scheduler communicates with the message queue over gRPC")


def test_a_data_model_is_a_schema_not_a_trained_model() -> None:
    assert "model_serving" not in found("Designed and deployed data models and transformation workflows to support analytics")
    job = Analyzer().read_job(text="Collaborate with data scientists and analysts to deploy data models into production.")
    assert "model_serving" not in job.required
    assert "model_serving" in found("Trained and deployed churn models to production")


def test_a_held_out_test_set_is_no_experiment() -> None:
    assert "ab_testing" not in found("Churn model with 82% accuracy, validated on hold-out test set")
    assert "ab_testing" in found("Ran a holdout test against a control group for the loyalty campaign")


def test_clean_code_is_no_data_cleaning() -> None:
    assert "data_exploration" not in found("You own our data stack. You write clean, production-grade code")
    assert "data_exploration" in found("Cleaned and merged 2M patient records of raw data with pandas")


def test_dashboarding_is_dashboards() -> None:
    assert "dashboards" in found("Skills: SQL, Excel, Dashboarding, Stakeholder Reporting")


def test_business_intelligence_tools_by_name_are_dashboards() -> None:
    assert "dashboards" in found("Led analytics enhancements using Google Analytics 4, DOMO, and Datadog")
    assert "dashboards" in found("Built ThoughtSpot and Sisense views for the sales team")


def test_gcp_is_the_cloud_but_not_good_clinical_practice() -> None:
    assert "cloud" in found("Deployed the scoring service on GCP with Cloud Run")
    assert "cloud" not in found("GCP for Clinical Trials — FDA Focus | CITI Program")


@pytest.mark.parametrize("text", ["Fine-tuned DistilBERT on the bAbI dataset for extractive QA", "Fine-tuned BioBERT for clinical NER"])
def test_fine_tuning_a_named_transformer_is_llm_fine_tuning(text: str) -> None:
    assert "llm_fine_tuning" in found(text)


def test_fine_tuning_a_vision_detector_is_no_llm_fine_tuning() -> None:
    assert "llm_fine_tuning" not in found("Fine-tuned YOLOv8 on the Lung-PET-CT-Dx dataset for cancer detection")


@pytest.mark.parametrize(
    ("text", "skill"),
    [
        ("Published research in Nature Communications, Communications Physics and Physical Review B", "communication"),
        ("Built SQL models using window functions and partition pruning, cutting model processing time by 40%", "pruning"),
    ],
)
def test_a_journals_name_and_a_query_planners_pruning_are_no_skills(text: str, skill: str) -> None:
    assert skill not in found(text)


@pytest.mark.parametrize("text", ["Constructed inflation models using GARCH variants", "Fitted a VAR model and a VECM on macro data"])
def test_econometric_time_series_models_are_statistical_modeling(text: str) -> None:
    assert "statistical_modeling" in found(text)


@pytest.mark.parametrize(
    "sentence",
    [
        "All employment decisions are based on business needs, job requirements, and individual qualifications.",
        "This role is eligible for a discretionary variable compensation award that considers business and individual performance.",
    ],
)
def test_how_a_company_hires_and_pays_asks_for_no_business_acumen(sentence: str) -> None:
    job = Analyzer().read_job(text=f"Requirements:\nStrong SQL.\n\n{sentence}\n")
    assert job.required == ("sql",)


@pytest.mark.parametrize(
    ("text", "skill"),
    [
        ("Architected a full-stack CRUD platform managing student records with Python", "cloud"),
        ("AI-Powered Dash Cam | Numpy, OpenCV, Pandas, Python", "plotly"),
        ("Collaborate with data scientists, data engineers and Business SMEs to build the platform", "business_acumen"),
    ],
)
def test_an_acronym_is_no_typo_and_a_dash_cam_is_no_plotly_dash(text: str, skill: str) -> None:
    assert skill not in found(text)


def test_a_long_list_of_degree_fields_with_a_curly_apostrophe_asks_for_none_of_them() -> None:
    text = (
        "Requirements:\n"
        "Master’s degree in business informatics, statistics, mathematics, data science, industrial engineering, or "
        "business administration with a strong analytics background; PhD is a plus\n"
        "Ph.D in quantitative field (eg. Mathematics, Economics, Statistics, Computer Science) strongly preferred.\n"
        "Strong SQL.\n"
    )
    assert Analyzer().read_job(text=text).required == ("sql",)


def test_degree_fields_followed_by_the_years_of_that_path_ask_for_none_of_them() -> None:
    """`p147_ds_01`: "Bachelor's degree in Economics, Finance, Mathematics, Statistics, or Data Science and 4 years of
    related experience" asked for statistics."""
    text = (
        "Minimum Qualifications:\n"
        "Bachelor’s degree in Economics, Finance, Mathematics, Statistics, or Data Science and 4 years of related "
        "experience; OR a Master’s degree in a related discipline and 2 years of related experience\n"
        "Strong SQL.\n"
    )
    assert Analyzer().read_job(text=text).required == ("sql",)
    job = Analyzer().read_job(text="Requirements:\nBachelor's degree in Computer Science or Statistics and 3+ years of Python\n")
    assert job.required == ("python",)


def test_prompts_fine_tuned_and_media_kept_under_version_control_are_no_model_training_and_no_git() -> None:
    """`p150_ai_01`: "Designing and fine-tuning AI prompts"; `p148_un_01`, a video editor: "manage media assets, project
    files, and version control"."""
    job = Analyzer().read_job(text="Responsibilities:\n- Designing and fine-tuning AI prompts that align with product needs\n")
    assert "llm_fine_tuning" not in job.required and "prompt_engineering" in job.required
    assert "llm_fine_tuning" in Analyzer().read_job(text="Responsibilities:\n- Fine-tuning LLMs and prompt engineering\n").required
    job = Analyzer().read_job(text="Responsibilities:\n- Organize and manage media assets, project files, and version control\n")
    assert "git" not in job.required
    assert "git" in Analyzer().read_job(text="Requirements:\n- Version control of our Python services\n").required


def test_findings_named_before_the_verb_that_presents_them_are_data_storytelling() -> None:
    """`c43_ds_02`: "contributing to findings presented at the UCI Undergraduate Research Symposium"; `c62_ds_02`:
    "findings presented to clinicians"; `c206_ds_01`: "findings showcased at the ... Congress"."""
    assert "data_storytelling" in found("Analyzing 4,000+ patient data points; findings presented to clinicians led to better outcomes")
    assert "data_storytelling" in found("Built survival models; findings showcased at the Singapore Health and Biomedical Congress")
    assert "data_storytelling" not in found("Built survival models for the clinic's patients")


def test_a_head_is_not_shared_across_a_preposition() -> None:
    """`c207_ds_02`: "Designed and optimized architectures for document management" read as "design document"."""
    assert "statistical_modeling" not in found("Used statistical and graphical tools for modeling churn")
    assert "statistical_modeling" in found("Used statistical and graphical modeling of churn")
    # a preposition inside a compound word is no preposition: "cloud or on-premises environments"
    assert "cloud" in found("Deployed machine learning systems in cloud or on-premises environments")


def test_prompting_a_person_to_act_is_no_prompt_engineering_and_e_r_diagrams_are_no_r() -> None:
    """`c207_un_01`: "this project is extending me by prompting me to use different stochastic models"; `c208_de_01`
    lists "SQL | PostgreSQL | E/R diagrams"."""
    assert "prompt_engineering" not in found("This project is prompting me to use different stochastic models")
    assert "prompt_engineering" in found("Few-shot prompting of GPT-4 models for extraction")
    assert "r_language" not in found("Java | JDBC | Table Design | SQL | PostgreSQL | E/R diagrams | JUnit")
    assert "r_language" in found("Python | R | SQL | Tableau")
    # `c217_un_01`: a reading band of a language test
    assert "r_language" not in found("Language Proficiency: IELTS 7.0 (L 7.5/R 7.0/W 7.0/S 5.5), CET-4 & CET-6 Passed")


def test_circuits_and_systems_design_is_electronics_not_system_design() -> None:
    """`c204_ai_01` taught "signals and systems, circuits and systems design"."""
    assert "system_design" not in found("Taught signals and systems, circuits and systems design, and analysis of physiological systems.")
    assert "system_design" in found("Led systems design for the payments platform serving 10M users")


def test_what_a_job_offers_asked_as_a_question_asks_for_no_skill() -> None:
    text = (
        "What can a role at Acme offer you?\n"
        "Bespoke mentoring: We embed mentorship and apprenticeship and partner with you on communication coaching.\n"
        "What's in it for you\n"
        "Free courses in Kubernetes and Tableau.\n"
        "What You'll Provide\n"
        "Strong SQL.\n"
    )
    job = Analyzer().read_job(text=text)
    assert job.required == ("sql",) and not job.optional


def test_an_agent_in_a_bullet_about_llm_work_is_an_ai_agent_even_on_its_wrapped_line() -> None:
    text = (
        "Experience\n"
        "Software Engineer, Acme (Jun 2024 - Present)\n"
        "- Designed and deployed an LLM-driven credit analytics platform for the lending teams,\n"
        "  built as a dual design (SQL Query Agent + Commentary Agent) over the warehouse.\n"
        "\n"
        "Insurance Sales Associate, Beta (2019 - 2021)\n"
        "- Worked with every agent of the branch on renewals and claims.\n"
    )
    found = analyze_text(text, as_of="2026-12").found_skills
    assert "ai_agents" in found and found["ai_agents"].first_used == "2024-06"


def test_a_posting_without_headings_requires_what_it_names_unless_a_line_calls_it_a_plus() -> None:
    text = (
        "We are looking for a talented Data Scientist with a strong background in machine learning.\n"
        "Create, extend, and validate models and methods for causal analysis and outcome prediction.\n"
        "Experience with Python and SQL.\n"
        "Exposure to causal inference methods such as propensity score matching is a plus.\n"
        "Experience and interest in interpretable machine learning is a big plus.\n"
        "Experience with Tableau is a plus.\n"
    )
    job = Analyzer().read_job(text=text)
    assert {"machine_learning", "causal_inference", "python", "sql"} <= set(job.required)
    assert "tableau" in job.optional


@pytest.mark.parametrize(
    ("line", "required", "optional"),
    [
        ("Hands-on experience with cloud platforms (preferably Google Cloud) and Python.", {"cloud", "python"}, set()),
        ("Exposure to AWS (preferred) or other cloud platforms, and strong SQL.", {"cloud", "sql"}, set()),
        ("SQL and Docker (preferred) for the pipelines.", {"sql"}, {"docker"}),
        ("Knowledge of deploying ML models and Docker in production environments (Desirable).", set(), {"model_serving", "docker"}),
    ],
)
def test_an_aside_marked_optional_qualifies_what_it_holds_or_the_item_before_it(line: str, required: set[str], optional: set[str]) -> None:
    job = Analyzer().read_job(text=f"Requirements:\n{line}\n")
    assert required <= set(job.required) and optional <= set(job.optional)
    assert not required & set(job.optional) and not optional & set(job.required)


def test_a_skill_valued_but_not_required_is_optional() -> None:
    text = "Requirements:\nAdvanced SQL is table stakes. Python for statistical analysis is valued but not required.\n"
    job = Analyzer().read_job(text=text)
    assert "sql" in job.required and "python" in job.optional


def test_a_company_calling_itself_a_platform_or_saying_what_it_transforms_asks_for_nothing() -> None:
    text = (
        "Zenity is the first and only holistic platform built to secure and govern AI agents from buildtime to runtime.\n"
        "Gradient AI is revolutionizing group health insurance with AI-powered solutions that help insurers predict risk.\n"
        "Our team is transforming how clinicians use dashboards.\n"
        "Requirements:\nStrong SQL.\n"
    )
    job = Analyzer().read_job(text=text)
    assert set(job.required) == {"sql", "dashboards"} and not job.optional


@pytest.mark.parametrize(
    "line",
    [
        "Models: Linear & Gaussian SVM, Logistic Regression",
        "Implemented a product-level advertisements system using the KNN algorithm",
        "Developed CI-GAN, a GAN-based architecture for co-clustering",
        "Compared Gaussian Naive Bayes and AdaBoost on the survey data",
        "Trained a variational autoencoder on the sensor signals",
        "Howl's ResNet reaches 97.8% accuracy on the speech commands",
    ],
)
def test_a_model_family_by_its_short_name_is_machine_learning(line: str) -> None:
    assert "machine_learning" in found(line)


def test_gallium_nitride_is_no_gan() -> None:
    assert "machine_learning" not in found("Characterized GaN power transistors on the wafer prober")


@pytest.mark.parametrize(
    "line",
    [
        "Communicated relevant surgical and adverse events to the interpreting physician",
        "Communicating daily with other healthcare professionals, patients, and families",
        "Led daily client-facing sessions, translating operational challenges into requirements",
        "Strategized with clients to increase product usage and adoption",
        "Presented workshops on Bayesian state-space models of psychiatric data",
        "Delivered live client training and quick-reference guides",
        "Managed the lifecycle, including stakeholder discussions, scoping and deployment",
        "Authored functional specifications and technical design documents mapping regulatory mandates",
        "Created 15+ process flows and technical documents to streamline onboarding",
    ],
)
def test_working_with_people_of_another_side_is_communication(line: str) -> None:
    assert "communication" in found(line)


def test_programs_that_communicate_are_no_communication() -> None:
    assert "communication" not in found("The sensors communicated with the gateway over MQTT devices")


@pytest.mark.parametrize(
    "line",
    [
        "Delivered actionable insights to executives and aligned technical solutions",
        "Skilled at translating complex datasets into clear insights for non-technical audiences",
    ],
)
def test_insights_taken_to_the_people_who_decide_are_data_storytelling(line: str) -> None:
    assert "data_storytelling" in found(line)


def test_insights_with_no_audience_are_no_storytelling() -> None:
    assert "data_storytelling" not in found("Generated key insights by researching 50 potential markets")


def test_a_word_that_ends_an_item_wrapped_from_the_line_above_is_no_item_of_its_own() -> None:
    # "Adaptive Insights" (a planning product) wrapped after "Adaptive": "Insights" alone is no storytelling
    wrapped = "TECHNICAL SKILLS\nExcel (advanced), Python, pandas,\nPostgre SQL, NetSuite, Adaptive\nInsights, PowerPoint"
    assert "data_storytelling" not in found(wrapped)
    listed = "TECHNICAL SKILLS\nExcel (advanced), Python, pandas,\nPostgre SQL, NetSuite,\nForecasting, PowerPoint"
    assert "predictive_modeling" in found(listed)


def test_people_trained_beside_a_modeling_word_are_no_machine_learning() -> None:
    from gapcheck import analyze_text

    people = analyze_text("Experience\nTrained and onboarded new team members, modeling protocols and calm communication under pressure.")
    models = analyze_text("Experience\nTrained grasp-detection models on 40k simulated scenes.")
    assert "machine_learning" not in {f.id for f in people.role("data_scientist").found}
    assert "machine_learning" in {f.id for f in models.role("data_scientist").found}


def test_an_api_that_names_no_rest_is_no_rest_api() -> None:
    # labelling-rules.md: "API" without REST is not rest_api
    for text in (
        "Built two Flask API servers and a MongoDB backend",
        "Designed APIs to create dashboards",
        "a web api and a worker backend",
    ):
        assert "rest_api" not in found(text), text
    assert "rest_api" in found("Exposed the model through a REST API")


@pytest.mark.parametrize(
    "text",
    [
        "Write and optimize SQL and Python for large-scale datasets.",
        "SQL mastery, experience working with large data-sets on the cloud",
        "Fine Tune SQL queries for better application and system performance.",
        "Python at a level where you tidy up other people's code; SQL at a level where you read a query plan.",
    ],
)
def test_sql_as_a_craft_of_its_own_is_advanced_sql(text: str) -> None:
    assert {"advanced_sql", "sql"} <= found(text)


@pytest.mark.parametrize(
    "text",
    [
        "Designed the architecture of a convolutional network for CT scans",
        "Designed an encoder–decoder architecture with a ResNet visual encoder",
        "Designed GraphMLP, a lightweight architecture built on MLP-Mixer",
    ],
)
def test_a_networks_architecture_is_no_system_design(text: str) -> None:
    assert "system_design" not in found(text)
    assert "system_design" in found("Designed the architecture of our payment services and APIs")


def test_words_set_apart_by_a_spaced_dash_are_no_typo_of_one_alias() -> None:
    assert "system_design" not in found("Certificates: Responsive Web Design - Oct 2021")
    assert "kubernetes" in found("Deployed services on Kuber netes clusters")


def test_work_done_in_collaboration_with_another_function_is_communication() -> None:
    assert "communication" in found("Designed and evaluated A/B tests in collaboration with product and ML teams")
    assert "communication" not in found("Selected for a virtual internship run by Salesforce in collaboration with SmartBridge")


def test_serving_food_beside_a_model_is_no_model_serving() -> None:
    assert "model_serving" not in found("Built a site listing campus events that serve free food; fine-tuned a GPT-3.5 model")
    assert "model_serving" in found("Used FastAPI to serve the model behind a REST endpoint")


@pytest.mark.parametrize(
    "text",
    [
        "Advanced multimodal ECG representation learning over clinical report text",
        "Predicted dog breeds with transfer learning from ImageNet weights",
        "Benchmarked ensemble models for churn",
        "Led a fraud project using multi-task learning",
    ],
)
def test_a_named_way_of_training_a_model_is_machine_learning(text: str) -> None:
    assert "machine_learning" in found(text)


@pytest.mark.parametrize(
    ("text", "skill"),
    [
        ("Benali Karim, R & D Machine Learning engineer", "r_language"),  # research and development, spaced
        ("Automated the reports with SQL, approximately R$10,000 in annual cost savings.", "r_language"),  # reais
        ("B.S. in Information and Communication Electronics Engineering", "communication"),  # a field of study
        ("Field: Sciences and technology of information and communication.", "communication"),
        ("Upper secondary school, Media and Communication, 2015 - 2018", "communication"),
    ],
)
def test_currencies_research_and_development_and_fields_of_study_are_no_skills(text: str, skill: str) -> None:
    assert skill not in found(text)


def test_r_and_communication_still_read_beside_those() -> None:
    assert "r_language" in found("Statistical analysis in R and SQL; R scripts for the reports")
    assert "communication" in found("Strong communication skills with clients")


@pytest.mark.parametrize(
    "text",
    [
        "Collaborate with domain experts on model validation",
        "Collaborated with SMEs to define the labelling guidelines",
        "Presented my work at the Data Science Discovery Program Symposium",
        "Presented a proposal and wrote the mission requirements",
    ],
)
def test_working_with_experts_and_presenting_ones_work_are_communication(text: str) -> None:
    assert "communication" in found(text)


def test_multi_agent_llm_systems_are_agents_and_a_course_on_multi_agent_systems_is_not() -> None:
    assert "ai_agents" in found("Built the recommendations subagent and the multi-agent orchestrator with LangSmith tracing")
    assert "ai_agents" in found("Designed a multi-agent architecture for verification and approval automation.")
    assert "ai_agents" not in found("Coursework: Multi-Agent System (9.5), Data Mining (9.0), Compilers (8.0)")
    assert "ai_agents" not in found("Research topic: balancing the load of a production chain with a multi-agent system.")


def test_variable_selection_is_feature_engineering() -> None:
    assert "feature_engineering" in found("Tackled missing values with imputations and used VSURF for variable selection")


def test_insights_and_recommendations_are_storytelling() -> None:
    assert "data_storytelling" in found("Provide insights and recommendations based on data analysis to the marketing team")


def test_years_said_of_a_soft_skill_are_the_postings_overall_years() -> None:
    job = Analyzer().read_job(text="8+ years of experience communicating with stakeholders and leadership")
    assert job.years_overall == 8 and not job.years


def test_the_or_of_a_field_list_is_no_second_path_to_the_job() -> None:
    job = Analyzer().read_job(
        text="6+ years of experience in Business Intelligence, Analytics, or related fields, with at least 3 years of "
        "experience managing and leading BI teams."
    )
    assert job.years_overall == 6 and not job.years  # leading teams is no skill's years
    paths = Analyzer().read_job(text="5+ years of experience in software, or 3+ years with a PhD")
    assert paths.years_overall == 3


@pytest.mark.parametrize(
    "text",
    [
        "Experience\nWorked on AI-based problem solving under industry mentorship.",
        "Experience\nDeveloped Laravel applications supporting business workflows and customer-facing features.",
        "Experience\nBuilt client-facing apps in React for a retail bank.",
        "Experience\nRecommendation Engine | Tele-communication Client",
    ],
)
def test_products_facing_customers_and_being_mentored_are_no_communication(text: str) -> None:
    assert "communication" not in found(text)


def test_mentoring_and_client_facing_work_stay_communication() -> None:
    assert "communication" in found("Experience\nProvided mentorship to four junior analysts.")
    assert "communication" in found("Experience\nLed client-facing workshops on data strategy.")


@pytest.mark.parametrize(
    "text",
    [
        "Projects\nParkinson's detection: Extracted features including pitch, jitter and shimmer from voice recordings.",
        "Projects\nExtracted several distinct features from audio files using Librosa.",
        "Experience\nImproved model efficiency by 70% through data preprocessing, feature optimization and tuning.",
        # features built for a model, named by the machinery or beside the model, its data or tools (w154_ai_01,
        # w156_ml_01, w29_ai_01, w128_ds_02)
        "Experience\nFeature pipelines in BigQuery SQL and Airflow.",
        "Experience\nChurn prediction model (LightGBM, ~300 features) served as a gRPC service.",
        "Experience\nForecast weekly SKU-store demand for 1,200 stores; built lag, promotion and holiday features.",
        "Experience\nData in Snowflake: SQL with CTEs and window functions, dbt models for the weekly feature tables.",
    ],
)
def test_features_extracted_by_hand_are_feature_engineering(text: str) -> None:
    assert "feature_engineering" in found(text)


@pytest.mark.parametrize(
    "text",
    [
        "Experience\nExtracted text features from the last layer of a BERT model fine-tuned on tweets.",
        "Experience\nBuilt an app extracting key facial features from selfies.",
        "Experience\nDesigned UI features in Figma and implemented them in React.",
        "Experience\nBuilt pipelines to extract, transform and load data and delivered product features with the squads.",
        # software's features beside a model or its tools (c53_ds_01, r_webdev_01, w_swe_03)
        "Experience\nContributed bug fixes and features to other modelling packages in tidymodels.",
        "Projects\nBackend in Flask serving Python ML models for key features.",
        "Projects\nShipped 6 LLM-powered features into the AP-automation product.",
        "Experience\nAutomated rolling deployments of fully tested features with Jenkins.",
    ],
)
def test_a_networks_or_a_faces_features_are_no_feature_engineering(text: str) -> None:
    assert "feature_engineering" not in found(text)


@pytest.mark.parametrize(
    "text",
    [
        "Experience\nRestructured the ranking service for distributed execution, reducing inference time by 20%.",
        "Experience\nImproved triplet extraction with heuristics which lowered inference runtime by 10%.",
    ],
)
def test_a_shorter_inference_time_is_inference_optimization(text: str) -> None:
    assert "inference_optimization" in found(text)


def test_inference_time_measured_is_no_optimization() -> None:
    assert "inference_optimization" not in found("Experience\nLogged inference time for every request to a Grafana board.")


def test_python_in_capitals_used_for_work_is_python() -> None:
    assert "python" in found("Experience\nMigrated an ERP program to Odoo, creating 8 modules from scratch using PYTHON and XML.")
    assert "python" not in found("Interests\nMONTY PYTHON AND THE HOLY GRAIL")


@pytest.mark.parametrize(
    "text",
    [
        "Experience\nCollaborated with the VP of User Acquisition on analytics projects.",
        "Experience\nCollaborated with coaches to identify key performance indicators.",
        "Experience\nCollaborating with the Managing Director on the examination plan.",
    ],
)
def test_working_with_a_leader_or_a_coach_is_communication(text: str) -> None:
    assert "communication" in found(text)


def test_python_based_programs_in_lower_case_are_python() -> None:
    assert "python" in found("Experience\nDeveloped python based programs for data analysis and automation")
    assert "python" not in found("Interests\nKeeping a ball python and two geckos")


@pytest.mark.parametrize(
    "text",
    [
        "Experience\nAnalyzed 1,500+ industrial consent records to estimate the market for water treatment.",
        "Experience\nTracked and analyzed monthly pharmaceutical sales in Excel.",
        "Projects\nAnalysed 10 survey datasets to evaluate student engagement.",
    ],
)
def test_analysing_records_or_with_sql_is_data_exploration(text: str) -> None:
    assert "data_exploration" in found(text)


def test_analysing_a_query_plan_is_no_data_exploration() -> None:
    text = "Experience\nOptimized complex SQL queries and improved query performance by analyzing and tuning execution plans."
    assert "data_exploration" not in found(text)


@pytest.mark.parametrize(
    "text",
    [
        "Projects\nBuilt a comprehensive admin dashboard enabling real-time management of hundreds of active cases.",
        "Projects\nDeveloped a web application using Flask for user dashboard functionality and cataract prediction.",
    ],
)
def test_an_apps_admin_or_user_dashboard_is_no_reporting(text: str) -> None:
    assert "dashboards" not in found(text)


def test_a_dashboard_for_the_business_stays_dashboards() -> None:
    assert "dashboards" in found("Experience\nDeveloped user-friendly dashboards to visualize sales trends and key metrics.")


def test_a_reinforcement_learning_models_architecture_is_no_system_design() -> None:
    text = "Projects\nComparative study of DQN, Double DQN, and Actor-Critic architectures, analyzing trade-offs in their design."
    assert "system_design" not in found(text)


def test_ucb_the_company_or_the_university_is_no_bandit() -> None:
    assert "multi_armed_bandits" not in found("Experience\nData Science Lead (UCB)\nBuilt a communication plan with key UCB stakeholders.")
    assert "multi_armed_bandits" not in found("Education\nB.A. Statistics, UCB, 2015 - 2019")
    assert "multi_armed_bandits" in found("Experience\nRan UCB and Thompson sampling bandits for homepage ranking.")


def test_emr_among_real_world_health_data_is_no_cloud() -> None:
    text = "Requirements\nAt least 8 years of experience working with real world data (Claims data, EMR, IQVIA, -omics) in Python and SQL."
    assert "cloud" not in Analyzer().read_job(text=text).skills


def test_a_code_pattern_in_a_skills_list_is_no_system_design() -> None:
    text = "Skills\nData Structures & Algorithms, Object-Oriented Programming, MVC Architecture, Database Design, Unit Testing"
    assert "system_design" not in found(text)


@pytest.mark.parametrize(
    "text",
    [
        "Projects\nIdentified 137% YoY revenue growth and Black Friday demand spikes, recommending inventory reallocation.",
        "Projects\nAnalyzed 7,032 telecom records and estimated revenue at risk. Recommended contract strategy shift.",
    ],
)
def test_a_course_of_action_drawn_from_the_numbers_is_storytelling(text: str) -> None:
    assert "data_storytelling" in found(text)


@pytest.mark.parametrize(
    "text",
    [
        "Projects\nBuilt a model for recommending hashtags for user tweets based on trends.",
        "Requirements\nExperience with SQL and data visualization tools is highly recommended.",
        "Projects\nThis product allows a retail giant to forecast, recommend and set strategies for retail.",
    ],
)
def test_what_a_recommender_suggests_is_no_storytelling(text: str) -> None:
    assert "data_storytelling" not in found(text)


@pytest.mark.parametrize(
    "text",
    [
        "Experience\nAugmented LiDAR datasets, improving performance of 3D object detection networks (PointPillars) by 53%.",
        "Experience\nFound equivalence in Neural Nets using SMT solvers.",
        "Experience\nDesigned a multi-stage temporal GCN for the Waymo Occupancy and Flow Prediction Challenge.",
        "Projects\nbi-LSTM and ELECTRA transformer models reached 85% accuracy in classifying articles.",
        "Experience\nIdentified structural patterns and applied clustering to support comparative analysis across groups.",
    ],
)
def test_deep_learning_tasks_and_model_families_by_name_are_machine_learning(text: str) -> None:
    assert "machine_learning" in found(text)


def test_clustering_a_database_is_no_machine_learning() -> None:
    assert "machine_learning" not in found("Experience\nConfigured database clustering for high availability.")


@pytest.mark.parametrize(
    "text",
    [
        "Experience\nPresented lectures and led discussion-based sections.",
        "Experience\nGuest Lecturer on Statistical Inference",
        "Experience\nAuthored a comprehensive technical report for future integration of ML methods in CFD workflows.",
        "Experience\nConducted stock availability analyses and shared findings with sales and factory teams.",
        "Experience\nPitched the content curation process to the CEO and executive leadership.",
        "Experience\nCoached teammates and documented setup and demo flows.",
    ],
)
def test_talks_reports_and_findings_taken_to_people_are_communication(text: str) -> None:
    assert "communication" in found(text)


def test_keynote_the_app_in_a_skills_list_is_no_communication() -> None:
    assert "communication" not in found("Skills\nPowerPoint, Keynote, Excel")


def test_an_acronym_in_parentheses_names_the_words_before_it() -> None:
    # "Kuwait Petroleum International (KPI)" is a company, not key performance indicators (c105_ds_02)
    text = "Experience\nBuilt a web-based solution for Kuwait Petroleum International (KPI), a European fuel supplier."
    assert "business_acumen" not in found(text)
    wrapped = "Experience\nDelivered a web-based solution for Kuwait Petroleum International\n(KPI), a European fuel supplier."
    assert "business_acumen" not in found(wrapped)
    assert "rag" not in found("Experience\nWorked at Rapid Application Group (RAG) on billing software.")
    assert "rag" in found("Experience\nBuilt a Retrieval-Augmented Generation (RAG) assistant.")
    assert "business_acumen" in found("Experience\nDefined key performance indicators (KPIs) for the product.")


def test_the_design_of_embedded_or_control_systems_is_no_system_design() -> None:
    text = "Education\nRelevant Courses: Embedded Systems Design, Advanced Embedded Systems Design, Control Systems"
    assert "system_design" not in found(text)
    assert "system_design" not in found("Education\nShort Term Course: FPGA Based System Design")
    assert "system_design" in found("Experience\nLed the system design of a multi-tenant ingestion service.")


def test_tasks_of_a_program_passing_data_is_no_communication() -> None:
    text = "Projects\nOrchestrated the workflow with Apache Airflow, using cross-task communication and operator chaining."
    assert "communication" not in found(text)


@pytest.mark.parametrize(
    "text",
    [
        "Devised and implemented a scalable semi-supervised framework to grade the correctness of code.",
        "Proposed a self-supervised approach to learn speaker embeddings from raw audio.",
        "Built a weakly supervised method that localizes lesions from image-level tags.",
    ],
)
def test_a_model_or_method_learned_with_little_supervision_is_machine_learning(text: str) -> None:
    assert "machine_learning" in found(text)


@pytest.mark.parametrize(
    "text",
    [
        "Implemented PCA and correlation analysis using Python and PostgreSQL to improve anomaly detection.",
        "Established correlation between HI and 6 Happiness Indicators from the WHR dataset.",
        "Regression, clustering, handling missing data, and class imbalance.",
        "Imputed missing values and removed duplicates before training.",
    ],
)
def test_correlations_and_missing_values_worked_on_are_data_exploration(text: str) -> None:
    assert "data_exploration" in found(text)


def test_a_signal_cross_correlation_is_no_data_exploration() -> None:
    assert "data_exploration" not in found("Computed the zero-lag cross-correlation between seismic channels on GPUs.")


@pytest.mark.parametrize(
    "text",
    [
        "Skills: Statistical Testing, Experiment Design, PyTorch",
        "Validated both modules with non-parametric statistical tests (Wilcoxon signed-rank).",
        "Applied statistical validation frameworks (k-fold cross-validation, bootstrap intervals).",
    ],
)
def test_statistical_tests_and_validation_are_statistics(text: str) -> None:
    assert "statistics" in found(text)


def test_knn_in_its_usual_mixed_case_is_machine_learning() -> None:
    assert "machine_learning" in found("Reduced tuning time of manufactured devices with a kNN model.")


@pytest.mark.parametrize(
    "text",
    [
        "Created and implemented supervised and unsupervised analytical pipelines in R, facilitating troubleshooting.",
        "Ran the survival analyses in R for the cohort study.",
    ],
)
def test_r_named_as_the_language_of_an_analysis_is_r(text: str) -> None:
    assert "r_language" in found(text)


@pytest.mark.parametrize(
    "text",
    [
        "Supervised by Prof. John R. Smith on the analysis of coastal erosion.",
        "Built Python tooling with Dr. Maria R. Lopez for the imaging lab.",
    ],
)
def test_a_middle_initial_is_no_r(text: str) -> None:
    assert "r_language" not in found(text)


@pytest.mark.parametrize(
    "text",
    [
        "This component manages the communication with a custom backend as well as the caching of received data.",
        "Networking: Self Hosted Encrypted Communications Stack (xmpp, jitsi) | Packet Capture/Editing",
        "Strong experience with RAG, MCP (Model Context Protocol), and Agent-to-Agent communication.",
    ],
)
def test_programs_talking_to_each_other_is_no_communication(text: str) -> None:
    assert "communication" not in found(text)


@pytest.mark.parametrize(
    "text",
    [
        "Collaborated with a team of four to develop a website for a deep learning system.",
        "Collaborated in a small team to deliver MVP to production in 3 months.",
        "Collaborated effectively with team members to plan and build software projects.",
    ],
)
def test_working_in_ones_own_team_is_no_communication(text: str) -> None:
    assert "communication" not in found(text)


def test_working_with_another_team_is_communication() -> None:
    assert "communication" in found("Collaborated with the design team on spatial visualization projects.")
    # w109_ai_01: an operations team ("Support Ops"), not a thing worked with ("sales data and success metrics")
    assert "communication" in found("Experience\nWork with Support Ops and Product to agree on deflection rate targets.")
    assert "communication" not in found("Experience\nWorked with sales data and success metrics in SQL.")


@pytest.mark.parametrize("text", ["Analysis of marketing data in Excel, Bigquery, and Looker Studio", "Skills: Big Query and Looker"])
def test_bigquery_a_google_cloud_service_is_cloud_and_sql(text: str) -> None:
    assert {"cloud", "sql"} <= found(text)


@pytest.mark.parametrize(
    "text",
    [
        "Built real-time user LTV modeling for the growth team.",
        "Designed an explainable risk-scoring pipeline with XGBoost and SHAP.",
    ],
)
def test_lifetime_value_and_risk_scores_modelled_are_predictive_modeling(text: str) -> None:
    assert "predictive_modeling" in found(text)


@pytest.mark.parametrize(
    ("text", "skill"),
    [
        ("NVIDIA Deep Learning Institute | Getting Started with Deep Learning", "gpu_infrastructure"),
        ("Relevant Training: NVIDIA Fundamentals of Deep Learning, Social Network Analysis", "gpu_infrastructure"),
        ("Awards: Google Cloud Grant (2x), NVIDIA Grant", "gpu_infrastructure"),
        ("Awards: Google Cloud Grant (2x), NVIDIA Grant", "cloud"),
        ("Developed dashboards, extension routing, and people management tools with a fullstack approach.", "communication"),
    ],
)
def test_a_vendors_course_or_grant_and_a_management_tool_show_no_skill(text: str, skill: str) -> None:
    assert skill not in found(text)


def test_gpus_by_nvidia_are_still_gpu_infrastructure() -> None:
    assert "gpu_infrastructure" in found("Trained models on NVIDIA A100 GPUs with CUDA.")


@pytest.mark.parametrize(
    "text",
    [
        "Investigated confidence calibration and neural machine translation robustness for speech recognition.",
        "Built neural ranking models for product search.",
        "Applied neural architecture search to mobile vision models.",
    ],
)
def test_neural_models_and_methods_are_machine_learning(text: str) -> None:
    assert "machine_learning" in found(text)


def test_neural_structures_of_a_body_are_no_machine_learning() -> None:
    assert "machine_learning" not in found("Trained surgeons to refine their technique and avoid compromising important neural structures.")


@pytest.mark.parametrize(
    ("text", "skill"),
    [
        ("Requirements:\n• Interest in learning about databases, queues, and streaming systems like PostgreSQL, Redis, and Kafka\n", "sql"),
        ("Requirements:\n- Willingness to learn and adapt to new productivity tools (GitHub, ClickUp, Hubspot, etc.)\n", "git"),
    ],
)
def test_what_a_posting_hopes_you_will_learn_it_does_not_ask_for(text: str, skill: str) -> None:
    assert skill not in Analyzer().read_job(text=text).skills


def test_experience_with_a_tool_or_the_will_to_learn_it_still_asks_for_it() -> None:
    text = "Requirements:\nExperience with Python, and an interest in learning Rust.\n"
    assert "python" in Analyzer().read_job(text=text).required


def test_a_duty_after_eager_to_learn_is_still_asked() -> None:
    text = "Requirements:\n* You're eager to learn, contribute to design and architecture decisions, and inspire change\n"
    assert "system_design" in Analyzer().read_job(text=text).skills


def test_a_word_split_after_its_first_letter_is_no_r() -> None:
    """`c112_un_01`: a Figma text layer printed "R esponsive Web Design"; "R studio" and "R dplyr" stay R."""
    assert "r_language" not in found("Languages: R esponsive Web Design, Figma")
    assert "r_language" in found("Languages: R dplyr, tidyverse")
    assert "r_language" in found("Tools: R studio, Python")


def test_a_title_of_ordinary_words_is_no_library_spaced_apart() -> None:
    """`c113_de_01`: the course "The Bits And Bytes of Computer Networking" was bitsandbytes (quantization);
    "Big Query" and "Fast API" are still names spaced apart."""
    assert "quantization" not in found("Certificates: The Bits And Bytes of Computer Networking | Google | 2024")
    assert {"sql", "fastapi"} <= found("Tools: Big Query, Fast API, Docker")


def test_gpu_training_said_as_a_noun_is_gpu_infrastructure() -> None:
    """`c112_ai_03`: "enabling GPU training for LightGBM models" said what "Trained models on GPUs" says."""
    assert "gpu_infrastructure" in found("Moved to custom Kubernetes infrastructure, enabling GPU training for LightGBM models")
    assert "gpu_infrastructure" in found("GPU-based training of CNNs on medical images")


def test_statistical_analytics_is_statistics() -> None:
    """`c113_ds_03`: "Managed business database and statistical analytics for a ... marketing firm"."""
    assert "statistics" in found("Managed business database and statistical analytics for a data-driven marketing firm")


def test_docker_sandboxes_and_containers_are_docker() -> None:
    """`c114_de_01`: "a secure code execution platform using ephemeral Docker sandboxes" was rejected as a name
    without context; a person called Docker stays no skill."""
    assert "docker" in found("Designed a secure code execution platform using ephemeral Docker sandboxes for untrusted code")
    assert "docker" in found("Ran each job in its own Docker container")
    assert "docker" not in found("Reviewed by Jane Docker, head of the lab")


def test_an_approval_or_a_housing_prediction_project_is_predictive_modeling() -> None:
    """`c112_ds_01`: both labellers read "Predict Credit Card Approval (ML Project)" and "Housing Predictions
    (California dataset)" as predictive modeling."""
    assert "predictive_modeling" in found("Predict Credit Card Approval(ML Project) - Python")
    assert "predictive_modeling" in found("Housing Predictions(California dataset) - Python")
    assert "predictive_modeling" not in found("Predictions of the weather were discussed at the club")


def test_distilling_concepts_for_stakeholders_is_no_model_distillation() -> None:
    """`p92_ai_01`: "ability to distill complex statistical and architectural concepts for non-technical stakeholders"
    in an ad that trains models asked for knowledge distillation."""
    job = Analyzer().read_job(
        text=(
            "Requirements\n- 8+ years training machine learning models in production.\n"
            "- Exceptional ability to distill complex statistical and architectural concepts for non-technical stakeholders.\n"
        )
    )
    assert "distillation" not in job.skills
    assert "distillation" in found("Distilled a 7B teacher model into a 1B student model")


def test_agentic_coding_is_no_ai_agent_work() -> None:
    """`p92_ai_01`: "agentic coding workflows" (writing code with an AI assistant) asked for building AI agents."""
    assert "ai_agents" not in found("Implement engineering best practices, including agentic coding workflows and code review.")
    assert "ai_agents" in found("Built agentic workflows with LangGraph for customer support")


@pytest.mark.parametrize(
    "text",
    [
        "Automated monthly reporting on platform usage and model outputs",
        "Built automated recurring reports for the finance team",
    ],
)
def test_reports_on_a_schedule_or_automated_are_reporting(text: str) -> None:
    assert "dashboards" in found(text)


def test_status_or_test_reports_are_no_reporting_on_data() -> None:
    assert "dashboards" not in found("Wrote weekly status reports for the project manager")
    assert "dashboards" not in found("Automated test reports in Jenkins for every merge request")
    assert "dashboards" not in found("Managed weekly reports for the VP of Engineering from two teams")


def test_estimating_a_causal_effect_is_causal_inference() -> None:
    assert "causal_inference" in found("Econometric and quasi-experimental models for causal effect")
    assert "causal_inference" in found("Estimated the causal effects of a price change on demand")


def test_cleaning_a_dining_rooms_tables_is_no_data_cleaning() -> None:
    """`c120_un_01`: a restaurant job's "cleaning ... wiping down tables" read as cleaning data tables."""
    text = "Assisted with cleaning tasks, including sweeping, mopping, and wiping down tables, ensuring a clean dining room."
    assert "data_exploration" not in found(text)
    assert "data_exploration" in found("Cleaned the sales tables and joined them in SQL")


def test_a_catch_all_duty_as_business_needs_require_is_no_business_acumen() -> None:
    """`p94_ds_02`: "Perform additional responsibilities as required by business needs." asked for business acumen."""
    job = Analyzer().read_job(text="Responsibilities\n- Perform additional responsibilities as required by business needs.\n")
    assert "business_acumen" not in job.skills
    assert "business_acumen" in found("Translated business needs into forecasting requirements for the finance team")


def test_ones_own_mentors_are_no_mentoring() -> None:
    """`c121_ai_02`: "Together with my mentors, I co-authored a paper" read as mentoring others."""
    assert "communication" not in found("Research\nTogether with my mentors, I co-authored a paper on argument mining.")
    assert "communication" in found("Experience\nData Analyst, Acme, 2020 - 2022\nMentored two interns on SQL and Python.")


def test_a_label_naming_ones_own_mentors_is_no_mentoring() -> None:
    """`c392_ds_01`: "Red Hen Lab Summer 2017 | Mentors: Michael Pacchioli, Vera Tobin" read as mentoring others."""
    assert "communication" not in found("Experience\nClassification, Red Hen Lab, Summer 2017 | Mentors: Michael Pacchioli, Vera Tobin")
    assert "communication" not in found("Experience\nResearch Intern, Acme Labs, 2019 - 2020\nMentor: Jane Doe")
    assert "communication" in found("Experience\nTeam Lead, Acme, 2020 - 2022\nMentor: guided four junior analysts through code reviews.")
    # `c406_ds_01`: a project a mentor guided is guidance received
    assert "communication" not in found(
        "Experience\nIntern, Acme, 2024 - 2025\nDeveloping a mentor-guided real-world project using machine learning."
    )
    # `c412_un_02`: "... under the guidance of a program mentor"
    assert "communication" not in found(
        "Experience\nIntern, Acme, 2024 - 2025\nBuilt a front-end project under the guidance of a program mentor."
    )


@pytest.mark.parametrize(
    "text",
    [
        "Experience\nCommunication between two LoRa nodes and the gateway.",
        "Experience\nBuilt UART communication between the microcontroller and the sensor board.",
        # `c391_un_01`: devices' wireless links
        "Experience\nPrototyped devices with communication NB-IoT, LTE-M, Wi-Fi, BLE with memory footprints under 1 MB.",
        # `c414_ai_02`: programs talking to each other
        "Experience\nIntegrated RESTful APIs with validation and logging to support seamless front-end communication.",
    ],
)
def test_messages_between_machines_are_no_communication_skill(text: str) -> None:
    """`c119_un_01`: an electronics project's radio link read as talking with people."""
    assert "communication" not in found(text)


def test_a_scholarship_a_cloud_company_gives_is_no_cloud_work() -> None:
    """`c117_ds_01`: "AWS AI & ML Scholarship Program" under Education read as using AWS."""
    assert "cloud" not in found("Education\nUdacity, AWS AI & ML Scholarship Program")
    assert "cloud" in found("Experience\nData Engineer, Acme, 2021 - 2023\nMoved the ETL jobs to AWS Glue and S3")


@pytest.mark.parametrize(
    "text",
    [
        "generating $150K+ in annual sales growth across 4 distinct revenue streams",
        "Studying the sales funnel and the average check between customer clusters",
        "Developed specialized reports providing key information for strategic decisions in Finance",
    ],
)
def test_where_a_business_earns_and_decides_is_business_acumen(text: str) -> None:
    assert "business_acumen" in found(text)


@pytest.mark.parametrize(
    "text",
    [
        "Deployed AWQ-quantized models with optimized batching, achieving a 35% cost reduction",
        "Contributed to strategic planning of the club's meet-ups and venues",
    ],
)
def test_an_engineers_cost_savings_or_a_clubs_planning_are_no_business_acumen(text: str) -> None:
    assert "business_acumen" not in found(text)


def test_conveying_findings_is_data_storytelling() -> None:
    """`c125_ds_03`: "Produced hundreds of visualizations to better convey findings and trends"."""
    assert "data_storytelling" in found("Produced hundreds of visualizations to better convey findings and trends")
    assert "data_storytelling" not in found("Conveyed the shipment to the warehouse on time")


def test_what_makes_you_stand_out_opens_the_preferred_skills() -> None:
    """`p97_ai_01`: "What Makes You Stand Out – Preferred Experience & Skill" left R, SQL and pruning required."""
    job = Analyzer().read_job(
        text="Qualifications\n"
        "3+ years of experience in Software development using C++/Python language.\n"
        "What Makes You Stand Out – Preferred Experience & Skill\n"
        "Experience using statistical computer languages (R, Python, SQL etc.) to manipulate data.\n"
    )
    assert "python" in job.required
    assert "sql" in job.optional and "sql" not in job.required


def test_a_requirement_ending_with_its_own_wish_leaves_the_next_lines_required() -> None:
    """`p97_ds_02`: "Experience using data visualization tools (Tableau preferred)" made the next line's Python,
    R and SQL optional, as if it were a topic heading like "Deep Learning (optional):"."""
    job = Analyzer().read_job(
        text="What you have:\n"
        "- 3+ years of business analytics or data science experience\n"
        "- Experience using data visualization tools (Tableau preferred)\n"
        "- Experience with Python, R or SQL\n"
    )
    assert "tableau" in job.optional
    assert {"python", "sql"} <= set(job.required)
    topic = Analyzer().read_job(text="Requirements:\n- Python and SQL\nDeep Learning (optional):\n- PyTorch or TensorFlow\n")
    assert "pytorch" in topic.optional
    wrapped = Analyzer().read_job(
        text="Responsibilities\n- Build, deploy, and monitor scalable machine learning models on cloud\n"
        "platforms (Azure preferred; AWS/GCP is a plus)\n"
        "- Lead client discussions and present actionable insights and recommendations to stakeholders\n"
    )
    assert "data_storytelling" in wrapped.required


def test_model_predictive_control_is_control_engineering_not_predictive_modeling() -> None:
    """`c127_ai_01`: "Reinforcement Learning and Model Predictive Control for UAV control"."""
    assert "predictive_modeling" not in found("Research\nCombined Reinforcement Learning and Model Predictive Control for UAV control.")
    assert "predictive_modeling" not in found("Designed a model predictive controller for a quadrotor")
    assert "predictive_modeling" in found("Built a predictive model of customer churn")


def test_a_network_optimized_for_low_power_devices_is_inference_optimization() -> None:
    """`p97_ai_01`: "optimizing neural networks to perform well on low-power mobile platforms"."""
    assert "inference_optimization" in found("Experience with optimizing neural networks to perform well on low-power mobile platforms")
    assert "inference_optimization" not in found("Designed low-power CMOS circuits and optimized the layout")


def test_a_tool_in_a_labelled_list_of_tools_needs_no_other_known_skill_beside_it() -> None:
    """`c31_ai_02`: "Technologies: Java, Scala, Docker, RabbitMQ, Jenkins" under the current job was no Docker (none of
    the other tools is one gapcheck scores), so Docker's last use was read three years early."""
    text = (
        "Experience\nSoftware Engineer, Cisco    Aug 2023 - Present\nBuilt a forensics service.\n"
        "Technologies: Java, Scala, Docker, RabbitMQ, Jenkins"
    )
    assert "docker" in found(text)
    assert "docker" not in found("Experience\nBaker, Main Street Bakery    2019 - Present\nBaked bread.\nReferences: Anna Docker, owner")
    assert "docker" not in found("Experience\nFounder, Docker Street Bakery    2019 - Present\nBaked bread.\nClients: Anna Docker")


def test_words_sharing_a_head_end_at_a_plural_and_only_the_head_inflects() -> None:
    """`p98_ai_01`: "impact at both executive and engineering levels Good presentation" (a sentence run on without
    its full stop) read as "executive presentation"; `c129_un_02`: "financial modelling and deal evaluation" as
    "model evaluation"."""
    assert "data_storytelling" not in found("Explain trade-offs at both executive and engineering levels Good presentation skills")
    assert "machine_learning" not in found("Volunteer: mentored 50 students on financial modelling and deal evaluation")
    assert {"statistical_modeling", "machine_learning"} <= found("Built statistical and machine learning models for churn")
    assert "feature_engineering" in found("Engineering and selecting relevant features for the churn model")
    assert "model_serving" in found("Experience deploying and operating AI/ML workloads on AWS")


def test_gam_the_google_admin_tool_and_a_systems_communication_errors_are_no_skills() -> None:
    """`c128_un_01`: "the GAM command-line tool and Google Sheets API"; `c129_de_01`: "reducing communication errors by
    60%" of a notification system."""
    assert "statistical_modeling" not in found("Wrote Python scripts using the GAM command-line tool and Google Sheets API")
    assert "statistical_modeling" in found("Fitted a GAM to daily rainfall counts")
    assert "communication" not in found("Built a notification system, reducing communication errors by 60%")


def test_documentation_developed_for_others_is_communication() -> None:
    """`c129_ds_03`: "Developed training modules and process documentation" for a support team."""
    assert "communication" in found("Developed training modules and process documentation that improved team efficiency by 25%")


def test_an_image_models_lora_a_detectors_box_prediction_and_a_scalable_backend_are_no_skills() -> None:
    """`c131_ai_02`: "training LoRA adapters and applying ControlNet" with FLUX is no LLM tuning, "feature extraction and
    bounding box prediction into a single-stage, end-to-end trainable deep network" neither feature engineering nor
    predictive modeling; `c131_ai_01`, `c129_de_01`: "a scalable backend pipeline" is no system design."""
    found_here = found("Built image-editing workflows with FLUX.2-dev, training LoRA adapters and applying ControlNet for pose control")
    assert "llm_fine_tuning" not in found_here
    assert "llm_fine_tuning" in found("Fine-tuned Llama 3 with LoRA adapters on support tickets")
    detector = found(
        "Used the KITTI dataset to unify feature extraction and bounding box prediction into an end-to-end trainable deep network"
    )
    assert not {"feature_engineering", "predictive_modeling"} & detector
    assert "system_design" not in found("Built a scalable backend pipeline to migrate lipid nanoparticle data")


def test_experiments_named_by_the_product_metric_they_move_are_ab_tests() -> None:
    """`p99_de_02`: "Run experiments that drive activation, retention, collaboration, and revenue"; not a model's
    experiments ("Tracked 10+ experiments using MLflow across 5 model variants") or a lab's."""
    assert "ab_testing" in found("Run experiments that drive activation, retention, collaboration, and revenue")
    assert "ab_testing" not in found("Tracked 10+ experiments using MLflow across 5 model variants")
    assert "ab_testing" not in found("Ran experiments on protein folding in the wet lab")


def test_github_as_where_a_candidate_shows_work_and_an_edge_board_ask_for_no_skill() -> None:
    """`p100_ai_02`: "Portfolio, GitHub, or case studies demonstrating deployed AI systems" and `p100_ai_03`: "Kaggle
    participation, GitHub projects" ask for evidence, not Git; `c132_ai_02`: experiments on "NVIDIA Jetson and
    Raspberry Pi clusters" are no GPU infrastructure."""
    from gapcheck import Analyzer

    analyzer = Analyzer()
    for line in ("Portfolio, GitHub, or case studies demonstrating deployed AI systems", "Kaggle participation, GitHub projects"):
        assert "git" not in analyzer.read_job(text=f"Requirements\n- {line}\n").required
    assert "git" in analyzer.read_job(text="Requirements\n- Experience with Git and GitHub\n").required
    assert "git" in analyzer.read_job(text="Requirements\n- Good coding practices, working with Github repos\n").required
    assert "gpu_infrastructure" not in found(
        "Executed distributed machine learning experiments using NVIDIA Jetson and Raspberry Pi clusters"
    )
    assert "gpu_infrastructure" in found("Trained models on NVIDIA A100 GPUs")


def test_data_analysis_is_data_exploration_but_its_years_are_the_postings_overall_years() -> None:
    """The labelling rules name "data analysis" as data exploration (`c132_ai_01`: a "Data Analysis & Visualization"
    row; `c129_ai_02`: "running data analysis and visualization"); a posting's "5+ years of experience in data
    analysis" asks for years in a field, which are its overall years (`p28_ds_03`, `p63_ds_02`)."""
    assert "data_exploration" in found("Skills\nData Analysis & Visualization: Matplotlib, Seaborn")
    assert "data_exploration" in found("Wrote a Python client for parsing incoming data and running data analysis and visualization")
    job = Analyzer().read_job(text="Requirements\n- 5+ years of professional experience in data analysis\n- Strong SQL\n")
    assert "data_exploration" in job.required
    assert job.years_overall == 5 and not job.years
    assert dict(Analyzer().read_job(text="Requirements\n- 3+ years of Python\n- Data analysis\n").years) == {"python": 3}


def test_code_implemented_in_lowercase_python_and_models_run_on_gpus_for_inference() -> None:
    """`c33_ai_02`: "Implemented PINNs architecture in python for pricing European Put options"; `c131_ai_02`:
    "Optimized inference using quantized GGUF / FP8 models on RTX 4090 (Vast.ai) and consumer GPUs"."""
    assert "python" in found("Implemented PINNs architecture in python for pricing European Put options")
    assert "python" not in found("Photographed a reticulated python in the rainforest")
    assert "gpu_infrastructure" in found("Optimized inference using quantized GGUF / FP8 models on consumer GPUs")
    assert "gpu_infrastructure" not in found("Sold laptops and GPUs to retail customers")


def test_a_department_blurb_a_degree_list_after_the_following_and_headings_with_remarks_or_questions() -> None:
    """`p101_ds_01`: the hiring department describing its own "statistical methods and machine learning techniques",
    "B.S in one of the following: Industrial Engineering, Statistics, ..." and "Preferred qualifications (If you have
    those, we see it as advantage, but it's not a must)" over "Experience in Python" asked for machine learning,
    statistics and Python; "How your day is going to look, what you will be doing?" opens the duties."""
    job = Analyzer().read_job(
        text="Minimum qualifications to apply for this role:\n"
        "5+ years of experience as a Data Analyst\n"
        "SQL at a high level is mandatory\n\n"
        "Preferred qualifications (If you have those, we see it as advantage, but it's not a must)\n\n"
        "Experience in Python\n"
        "B.S in one of the following: Industrial Engineering, Statistics, Mathematics, Economics, or a related field.\n\n"
        "How your day is going to look, what you will be doing?\n\n"
        'Create a very clear visualization which "tells the story" using a BI tool.\n\n'
        "About the hiring department:\n"
        "The Data department collaborates with Research Engineers on statistical methods and machine learning "
        "techniques (both supervised and unsupervised).\n"
    )
    assert "python" in job.optional and "python" not in job.required
    assert not {"statistics", "machine_learning"} & {*job.required, *job.optional}
    assert {"sql", "data_storytelling"} <= set(job.required)


def test_a_region_of_interest_and_a_generative_autoregressive_model_are_no_business_or_statistical_skills() -> None:
    """`c135_ai_02`: "Design new ROI detection algorithms"; `c135_ai_01`: "autoregressive and diffusion code generation
    models"; the return on investment and an AR model still count."""
    assert "business_acumen" not in found("Design new ROI detection algorithms")
    assert "business_acumen" in found("Measured the ROI of marketing campaigns")
    assert "statistical_modeling" not in found("Working towards a survey on autoregressive and diffusion code generation models")
    assert "statistical_modeling" in found("Fitted autoregressive models to monthly sales")


def test_secure_communication_between_machines_is_no_soft_skill() -> None:
    """`c134_de_02`: "PowerShell scripts for secure communication over a ServiceNow MID server"."""
    assert "communication" not in found("Developed PowerShell scripts for secure communication over a ServiceNow MID server")
    assert "communication" in found("Presented findings to clients and stakeholders every week")


def test_leading_a_team_is_no_communication_and_published_figures_are_no_statistics() -> None:
    """Leading a team is no skill of the 45 by the labelling rules (`c137_ai_02`: "Leading a team to organize ... a
    flagship hackathon"; in-repo sets: 5 false, 1 true); "CDC Heart Disease and Stroke Statistics" names a report
    (`c136_ds_01`); a "dataset architecture" is no system design (`c136_ai_02`)."""
    assert "communication" not in found("Led a team of 4 engineers to develop a cross-platform soccer booking app")
    assert "communication" in found("Mentored a team of junior analysts and presented results to the board")
    assert "statistics" not in found("Merged datasets from NHANES and CDC Heart Disease and Stroke Statistics")
    assert "system_design" not in found("Multi-sensor dataset architecture design")
    assert "system_design" in found("Designed a microservices architecture for the booking system")


def test_majors_and_technical_degrees_a_posting_lists_are_no_skills() -> None:
    """`p102_ds_03`: "Industrial Engineering, Statistics, Economics and Computer Science majors preferred";
    `p102_ds_04`: "BSc on a highly technical degree, such as (but not limited to) ..., Math or Statistics"."""
    analyzer = Analyzer()
    for line in (
        "Industrial Engineering, Statistics, Economics and Computer Science majors preferred.",
        "BSc on a highly technical degree, such as (but not limited to) Computer Science, Engineering, Math or Statistics",
    ):
        job = analyzer.read_job(text=f"Requirements\n* {line}\n* SQL\n")
        assert "statistics" not in {*job.required, *job.optional}
        assert "sql" in job.required
    assert "statistics" in analyzer.read_job(text="Requirements\n* Statistics, SQL and Python skills\n").required


def test_a_product_that_faces_clients_and_a_peer_team_are_no_communication() -> None:
    """`c135_de_01`: "REST APIs for internal and client facing software solutions"; `c132_ai_01`: "a GPT-style model that
    allowed users to communicate with robots"; `c130_de_01`: "Collaborated on a team to design and build ..." (peers of
    the same function, by the labelling rules). Meeting clients and another function's team still count."""
    assert "communication" not in found("Developed Python based REST APIs for internal and client-facing software solutions.")
    assert "communication" not in found("Built a GPT-style model that allowed users to communicate with robots in 3 languages")
    assert "communication" not in found("Collaborated on a team to design and build a RESTful web service")
    assert "communication" in found("Led weekly client-facing sessions on the roadmap")
    assert "communication" in found("Collaborated with the design team on the onboarding flow")


def test_weighing_money_and_recommendations_to_leadership_are_business_skills() -> None:
    """`c134_ds_01`: "chose the threshold via cost/benefit"; `c129_un_02`: "cost levers for margin expansion";
    `p104_un_01`: "profit / cost drivers"; `c139_ds_02`: "delivered technical and policy recommendations to leadership".
    A price predicted by a model and a recommender's output stay out."""
    assert "business_acumen" in found("Tuned the fraud score threshold via cost/benefit.")
    assert "business_acumen" in found("Benchmarked store P and L to identify cost levers for margin expansion")
    assert "business_acumen" in found("Solid understanding of call center operations and profit / cost drivers")
    assert "business_acumen" not in found("Developed a regression model for flight pricing with 0.1 sMAPE")
    assert "data_storytelling" in found("Delivered technical and policy recommendations to leadership.")
    assert "data_storytelling" not in found("Served personalized recommendations to users through a recommender engine")


def test_advanced_sql_said_as_advanced_experience_and_systems_built_in_tiers() -> None:
    """`p104_ds_01`: "advanced experience in SQL"; `p104_de_02`: "Experience with distributed, multi-tiered systems";
    `p104_ai_02`: "Scalable application design principles". Plain SQL and a model's layers stay what they are."""
    analyzer = Analyzer()
    job = analyzer.read_job(text="Requirements\n* We expect you to have advanced experience in SQL and Python\n")
    assert "advanced_sql" in job.required
    assert "advanced_sql" not in analyzer.read_job(text="Requirements\n* Experience in SQL and Python\n").required
    assert "system_design" in found("Experience with distributed, multi-tiered systems, algorithms, and relational databases")
    assert "system_design" in found("Scalable application design principles")
    assert "system_design" not in found("Stacked CNN layers in a multi-branch model")


def test_a_models_probability_audio_chroma_and_a_security_venue_are_no_skills() -> None:
    """`c143_ai_02`: "softmax probability thresholds" (statistics), "MFCCs, Delta MFCCs, Chroma" next to embeddings (RAG);
    `c143_ai_03`: "Conference on Computer and Communications Security" (communication)."""
    assert "statistics" not in found("Resolved ambiguity using softmax probability thresholds between water classes")
    assert "statistics" in found("Coursework in probability and linear algebra")
    assert "rag" not in found("Fused audio embeddings with handcrafted features (MFCCs, Delta MFCCs, Chroma) for XGBoost")
    assert "rag" in found("Stored document embeddings in Chroma for retrieval")
    assert "communication" not in found("ACM ASIA Conference on Computer and Communications Security (ASIACCS 2024)")


def test_finetuned_in_one_word_bi_tools_predictions_an_app_answers_and_analyses_of_datasets() -> None:
    """`c145_ai_03`: "Finetuned transformer models"; `p101_ds_01`: "a visualization ... using a BI tool";
    `c144_ai_03`: "Integrated the model into a Flask app for real-time genre predictions"; `c144_ai_02`: "factor analysis of large
    datasets". A run of a model with no app, a sentiment analysis of a dataset and a telecoms venue stay out."""
    assert "llm_fine_tuning" in found("Finetuned transformer models to detect hate speech.")
    assert "llm_fine_tuning" not in found("Finetuned the PID controller gains on the test bench.")
    assert "dashboards" in found("Create a very clear visualization which tells the story using a BI tool")
    assert "model_serving" in found("Integrated the model into a Flask app for real-time genre predictions.")
    assert "model_serving" not in found("Compared the model's predictions with the observed values.")
    assert "data_exploration" in found("Used DLATK to conduct factor analysis of large datasets")
    assert "data_exploration" not in found("Sentiment Analysis of Movie Reviews using IMDB dataset (Python, Keras)")
    assert "communication" not in found("The 41st IEEE International Conference on Computer Communications (INFOCOM 2022)")


def test_hypotheses_tested_findings_put_plainly_a_database_tuned_and_a_degree_field_list_after_a_colon() -> None:
    """`p107_ds_02` / `p107_ds_03` (USAJOBS): "analytic and statistical software to test hypotheses", "Translates complex concepts,
    findings, and limitations into concise, plain language", "Degree: Mathematics, statistics, computer science, data
    science or field directly related to the position"; `p107_de_02`: "Performance Optimization with SQL Server"."""
    analyzer = Analyzer()
    job = analyzer.read_job(
        text="Duties\n* Use analytic software to test hypotheses, predict outcomes, and inform decisions.\n"
        "* Translates complex concepts, findings, and limitations into concise, plain language.\n"
        "Qualifications\n* Degree: Mathematics, statistics, computer science, data science or field directly related to the position.\n"
        "* Experience in Database Design, Development, and Performance Optimization with SQL Server.\n"
    )
    assert {"hypothesis_testing", "data_storytelling", "advanced_sql"} <= set(job.required)
    assert "statistics" not in {*job.required, *job.optional}
    assert "statistics" in analyzer.read_job(text="Qualifications\n* Statistics and SQL\n").required
    assert "advanced_sql" not in found("Front-end performance optimization of the React app")
    # `p109_ds_02`: the fields of a degree said without the word "degree"
    graduation = analyzer.read_job(
        text="Qualifications\n* Graduation from an accredited four-year college or university with major coursework in data "
        "science, computer science, accounting, mathematics, statistics, economics, or a related field is preferred.\n* SQL\n"
    )
    assert "statistics" not in {*graduation.required, *graduation.optional}
    assert "advanced_sql" not in found("Knowledge of distributed systems, TDD, SQL/NoSQL databases, and performance optimization.")
    assert "data_storytelling" not in found("Conducting analysis and translating findings into sketches, wireframes, and mockups")


def test_an_api_serving_datasets_serves_no_model() -> None:
    """`c146_de_01`: "Developed admin dashboards and APIs to visualize, transform, and serve large datasets"."""
    assert "model_serving" not in found("Developed admin dashboards and APIs to visualize, transform, and serve large datasets.")
    assert "model_serving" in found("Wrapped the classifier in FastAPI endpoints to serve predictions.")


def test_models_in_production_ones_own_mentor_and_r_named_as_the_tool_of_a_study() -> None:
    """Postings in tests/real: "Implement and optimize models in production environments", "deploying Machine
    Learning algorithms into production" (not "ML pipelines in production"); `c148_ai_01`: "Research Assistant |
    Mentor: Dr. ..."; `c149_ds_01`: "... in French slaughterhouses (Using R)"."""
    assert "model_serving" in found("Implement and optimize models in production environments.")
    assert "model_serving" not in found("Now building large language model features in production.")
    assert "model_serving" in found("Experience deploying Machine Learning algorithms into production environments")
    assert "model_serving" not in found("Evaluated deep learning models for audio source separation to guide production model selection.")
    assert "model_serving" not in found("Architect, build, and maintain scalable and secure ML pipelines in production environments")
    assert "communication" not in found("Research Assistant | Mentor: Dr. Jane Roe")
    assert "communication" in found("Mentor two junior analysts on SQL and reporting")
    assert "r_language" in found("Spread of MRSA in pig herds in French slaughterhouses (Using R).")
    assert "r_language" not in found("Detected objects using R-CNN and YOLO")


def test_queries_of_a_named_database_tuned_an_engine_architected_and_yolo_as_a_model() -> None:
    """`c148_de_01`: "Optimized PostgreSQL queries and schema design"; `c149_ds_02`: "I designed and architected
    SmartStats, VWO's new Bayesian A/B testing engine"; `c147_de_01`: "LitterLens (YOLO-based satellite garbage
    detection)". Queries merely written, a cloud estate architected and a UI design system stay out."""
    assert "advanced_sql" in found("Optimized PostgreSQL queries and schema design to reduce latency under load.")
    assert "advanced_sql" not in found("Wrote PostgreSQL queries for the reporting API")
    assert "system_design" in found("I designed and architected SmartStats, VWO's new Bayesian A/B testing engine.")
    assert "system_design" not in found("Architected the AWS cloud infrastructure for the lab systems")
    assert "system_design" not in found("Architected a foundational zero-to-one design system using Tailwind CSS")
    assert "machine_learning" in found("Built LitterLens (YOLO-based satellite garbage detection with ward mapping)")


def test_collaborating_with_other_people_of_ones_own_kind_is_no_communication() -> None:
    """`c146_un_02`: "Collaborated with 3 other researchers"; `c11_swe_02`: "Collaborated with other developers" (peers,
    by the labelling rules). Another function's people still count."""
    assert "communication" not in found("Collaborated with 3 other researchers and conducted research on matrices")
    assert "communication" not in found("Collaborated with other developers to identify and alleviate software bugs.")
    assert "communication" in found("Collaborated with product managers and designers on the onboarding flow")


def test_cloud_services_by_name_sparse_coefficients_siamese_networks_and_gans() -> None:
    """`c154_ai_02`: "deployed on Docker on Amazon Lightsail", "a chatbot ... using Amazon Bedrock" (a public cloud's
    services); `c153_ds_02`: "coefficient sparsity through this two-stage modeling approach" (a lasso, not a pruned
    network); `c154_de_01`: "transductive transfer in Siamese networks"; `c153_ai_03`: "Generative Adversarial
    Networks, fine-tuned for neural image compression" (no language model)."""
    assert "cloud" in found("The application was deployed on Docker on Amazon Lightsail.")
    assert "cloud" in found("Implemented a chatbot within the web application using Amazon Bedrock")
    assert "cloud" in found("Streamed click events through Kinesis into CloudWatch alarms")
    assert "cloud" not in found("Designed an API gateway for the payments services")
    assert "cloud" not in found("Help us drive step function improvements in our ads delivery")
    assert "pruning" not in found("Enhanced prediction accuracy and coefficient sparsity through a two-stage modeling approach.")
    assert "pruning" in found("Induced 90% sparsity in ResNet weights with no loss of accuracy")
    assert "machine_learning" in found("Learnt rare classes by transductive transfer in Siamese networks for cancer datasets.")
    assert "llm_fine_tuning" not in found("An image compressor using Generative Adversarial Networks, fine-tuned for space imagery.")
    assert "llm_fine_tuning" in found("Fine-tuned generative LLMs with LoRA for support replies.")


def test_architecting_systems_and_rolling_statistics() -> None:
    """`p112_ai_01`: "Proven track record of architecting & building production-grade ML systems"; `p111_ai_03`:
    "lag features, rolling statistics" (a time series' window features, not the discipline)."""
    assert "system_design" in found("Proven track record of architecting & building production-grade ML systems at scale.")
    assert "system_design" not in found("Architecting the AWS cloud infrastructure for the lab systems")
    assert "statistics" not in found("Feature engineering on time-series data, including lag features and rolling statistics")
    assert "statistics" in found("Applied statistics and hypothesis tests to churn data")


def test_document_stores_written_apart_are_no_sql() -> None:
    """`c155_ai_02`: "learned SCRUM, Design Patterns, Data Mining, no-SQL Data Bases" (NoSQL with a hyphen)."""
    assert "sql" not in found("Learned SCRUM, Design Patterns, Data Mining, no-SQL Data Bases")
    assert "sql" in found("Modelled the schema in SQL and no-SQL databases")


def test_amazon_relational_databases_a_pose_model_and_risks_explained_to_management() -> None:
    """`c155_ai_03`: "Created Django backend interfacing with AWS RDS" (a cloud service), "Employed OpenPose model for
    comprehensive posture analysis"; `c155_de_02`: "AWS CloudFormation, Lambda, and RDS/DynamoDB"; `p114_un_01`:
    "explaining the technical risks to the management", "in close cooperation with the factory's stakeholders"."""
    assert "cloud" in found("Created Django backend interfacing with AWS RDS, deployed site using AWS EC2")
    assert "cloud" in found("Developed features using AWS CloudFormation and RDS/DynamoDB")
    assert "cloud" not in found("Wrote an RDS radio data system decoder")
    assert "machine_learning" in found("Employed OpenPose model for comprehensive posture analysis.")
    assert "communication" in found("Explaining the technical risks to the management and making the business case.")
    assert "communication" in found("Works in close cooperation with the factory's stakeholders and the plant teams.")
    assert "communication" not in found("Explained variance of the first two principal components.")


def test_ai_models_built_and_a_chi_square_distance() -> None:
    """`c153_ds_01`: "Built AI models for predicting cell differentiation success rates", "Leading development of AI
    models for in-silico de novo antibody design"; `c156_ai_02`: "Divided input video into constituent shots using
    Chi-square distance between frames" (a measure, not a test)."""
    assert "machine_learning" in found("Built AI models for predicting cell differentiation success rates")
    assert "machine_learning" in found("Leading development of AI models for in-silico de novo antibody design")
    assert "machine_learning" not in found("Used AI models from OpenAI to summarise support emails")
    assert "machine_learning" not in found("Built the backend; integrated external AI model APIs as async background tasks")
    assert "machine_learning" not in found("Would you like to lend your coding expertise to train AI models?")
    assert "machine_learning" in found("Built Bluegill, a platform for secure, distributed training of explainable AI models.")
    assert "hypothesis_testing" not in found("Divided input video into constituent shots using Chi-square distance between frames.")
    assert "hypothesis_testing" in found("Ran a chi-square test of independence on the survey answers")


def test_requirements_gathered_and_demos_given_to_customers_are_communication() -> None:
    """`c144_de_01`: "Conducted UAT and requirement-gathering sessions with enterprise-level clients"; `c128_un_01`: "ran
    product demos for prospective customers". Workshops stay out: labellers did not count "Conducted weekly quizzes
    and workshops" or "organized ... technical workshops" as communication."""
    assert "communication" in found("Conducted UAT and requirement-gathering sessions with enterprise-level clients")
    assert "communication" in found("Gathered requirements from the signalling engineers for the new platform")
    assert "communication" in found("Wrote help guides and ran product demos for prospective customers")
    assert "communication" not in found("Built a demo app in React for the hackathon")
    assert "communication" not in found("Conducted weekly quizzes and workshops on the ESPnet framework.")


def test_a_name_written_as_one_capitalised_word_is_no_typo_of_a_two_word_alias() -> None:
    """`c157_de_01`: "Xefest by Xebia - DataStorm" scored 89 against "data story" (its second part is the English word
    "storm"); real typos of two-word aliases still count."""
    assert "data_storytelling" not in found("Xefest by Xebia - DataStorm | University of Petroleum And Energy Studies")
    assert "data_storytelling" in found("Good at data storytellng for executives")
    # `c292_ds_01`: the same written in lower case, "Google Cloud Datastore" ("data" and the word "store")
    assert "data_storytelling" not in found("Backend Technologies: Google Cloud Datastore (NoSQL), Google App Engine")
    assert "data_storytelling" in found("Known for datastorytelling to executives")


def test_a_name_with_digits_is_no_typo_of_an_alias_without_them() -> None:
    """`c206_de_01`: "leading the development of flagship product Sensez9" scored 92 against "product sense"."""
    assert "business_acumen" not in found("Initiated and leading the development of flagship product Sensez9, a scheduler.")
    assert "business_acumen" in found("Strong product sence and ownership of the roadmap")


def test_econometrics_as_a_field_of_study_is_no_statistical_model_but_its_methods_are() -> None:
    """`c154_de_01` lists "Econometrics" among its skills, `c158_ds_01` and `r_econ_01` as a course or specialization,
    `c70_un_01` names the "Econometric Society": none builds a model. "Using econometric methods" does."""
    assert "statistical_modeling" not in found("Specialization: Econometrics / Data Science and Social Sciences")
    assert "statistical_modeling" not in found("Honors Economic Analysis (I-IV) Honors Econometrics (A & B)")
    assert "statistical_modeling" not in found("Center for Development Economics and Econometric Society")
    assert "statistical_modeling" in found("Measured the ads' effect on sales using econometric methods")
    assert "statistical_modeling" in found("Time series modelling (both machine-learning and econometric approaches)")


def test_docker_said_with_a_verb_of_using_it_is_the_tool_with_no_other_tool_beside_it() -> None:
    """`c158_ai_01`: "Provided operational support for a customer satisfaction platform. Utilized Docker to monitor
    service status" named no other tool on its lines; `c131_de_01`: "Good knowledge of Docker"."""
    assert "docker" in found("Provided operational support for a platform. Utilized Docker to monitor service status.")
    assert "docker" in found("Good knowledge of Docker")
    assert "docker" not in found('Known on the unit as "Nurse Docker, the one who always knows where the spare kit is".')
    assert "docker" not in found("Worked as a docker at the port of Rotterdam.")


def test_the_architecture_of_a_model_a_device_or_a_database_is_no_system_design() -> None:
    """`c75_ai_02`: "Designed a dual-backbone mid-fusion architecture for robust fire and smoke detection";
    `c50_un_01`: a neuromorphic device architecture; `c4_aieng_01`: an SQL Server database architecture. A service's
    architecture stays system design, as does a plugin architecture beside the devices it serves (`c39_ai_03`)."""
    assert "system_design" not in found("Designed a dual-backbone mid-fusion architecture for robust fire and smoke detection.")
    assert "system_design" not in found("Designed novel neuromorphic device architecture for massively parallel optical processing")
    assert "system_design" not in found("Implement SQL Server database architecture following the Software Requirement Specification")
    assert "system_design" in found("Let users configure input devices by designing an extensible, scalable plugin-based architecture.")
    assert "system_design" in found("Designed the backend architecture of the payments service for 10M users")


@pytest.mark.parametrize(
    "text",
    [
        # `c160_de_01`, `c152_ai_02`: soft skills listed under Skills
        "Skills\nProblem Solving | Quick Learner | Team Collaboration | Communication",
        # `c161_ai_02`: a labelled list of them
        "Skills\nOther Skills: Communication, analytical thinking, team collaboration, time management, problem solving",
        # `c162_de_02`: a short line among volunteering entries
        "Volunteering\nEffective Communication",
        # `c161_ds_02`: a list of qualities read under a job
        "Experience\nAnalyst, Acme    2021 - 2023\nAnalytical Mindset, Critical Reasoning, Problem Solving, Communication",
    ],
)
def test_communication_claimed_as_a_quality_in_a_list_is_no_evidence(text: str) -> None:
    assert "communication" not in found(text)


@pytest.mark.parametrize(
    "text",
    [
        "Experience\nAnalyst, Acme    2021 - 2023\nCommunication with stakeholders on weekly KPIs and roadmap changes",
        "Experience\nAnalyst, Acme    2021 - 2023\nLed communication with the client team and presented results weekly",
        "Education\nB.A. Communications, Arizona State University, 2015",
        # `c25_un_01`: lists that are what the bullet's verb did
        "Experience\nDesigner, Acme    2023 - 2024\nManaged client communication, revisions, and delivery",
        "Experience\nAssistant, Acme    2023 - 2024\nManaged documentation, scheduling, and internal communication",
        "Experience\nOwner, Acme    2021 - 2023\nSet prices, handled communications, and managed operations",
    ],
)
def test_communication_said_of_the_work_done_still_counts(text: str) -> None:
    """Also a degree's subject (`realtor_01` in tests/eval: "B.A. Communications, Arizona State University, 2015",
    whose commas made it a list of three), and a list that is what a duty verb did."""
    assert "communication" in found(text)


def test_a_posting_listing_communication_among_its_qualities_asks_for_it() -> None:
    """A resume's "Communication" in a list of qualities is a claim; a posting's is a requirement."""
    job = Analyzer().read_job(text="Data Scientist\nRequirements\n- Python, SQL\n- Problem solving, teamwork, communication\n")
    assert "communication" in job.required


def test_working_directly_with_customers_and_advertising_spend_are_skills() -> None:
    """`c161_ai_01`: "Interfaced directly with customers during product launch to gather feedback"; `c161_un_01`:
    "Managed $400K+ in PPC ad spend, improving ACOS/TACOS efficiency while scaling profits"."""
    assert "communication" in found("Interfaced directly with customers during product launch to gather feedback")
    assert "communication" in found("Worked directly with clients to scope the reporting needs")
    assert "communication" not in found("Worked directly with the raw sensor logs")
    assert "business_acumen" in found("Managed $400K+ in PPC ad spend, improving ACOS/TACOS efficiency while scaling profits")
    assert "business_acumen" not in found("Ate tacos with the team after the launch")


def test_insights_drawn_from_data_and_narratives_of_its_trends() -> None:
    """`p120_ds_01`: "ability to drive insights from data, provide action steps", "create compelling narratives on
    portfolio trends"; a brand's narratives in marketing copy stay no data storytelling."""
    assert "data_exploration" in found("Self-starter, ability to drive insights from data, provide action steps")
    assert "data_storytelling" in found("Create compelling narratives on portfolio trends for the leadership team")
    assert "data_storytelling" not in found("Craft compelling narratives for our brand campaigns")


def test_communication_between_devices_and_a_controllers_architecture_are_no_soft_skill_or_system_design() -> None:
    """`c169_un_01`: "ROS-based CAN Bus communication for the DTV Dual-Track Chassis", "Redesigned the control system
    architecture using the CAN Bus protocol"; `c170_ai_01`: a lab called "Communications and Signal Processing Group"."""
    assert "communication" not in found("ROS-based CAN Bus communication for the DTV Dual-Track Chassis")
    assert "communication" not in found("Research Assistant, Communications and Signal Processing Group")
    assert "communication" not in found("Built RF telemetry communication for the rover")
    assert "system_design" not in found("Redesigned the control system architecture using the CAN Bus protocol")
    assert "communication" in found("Presented the bus ridership analysis to the city council")
    assert "system_design" in found("Designed the system architecture of a scalable backend for 2M users")


def test_the_verb_made_of_docker_and_azure_in_capitals_are_the_tools() -> None:
    """`c172_ai_01`: "Dockerized various algorithm for the usage by the other team members"; `p125_ds_01`:
    "deploying analytics solutions in AZURE"."""
    assert "docker" in found("Dockerized various algorithms for the usage by the other team members")
    assert "docker" in found("Dockerised the inference service")
    assert "cloud" in found("Experience performing analysis with large datasets and deploying analytics solutions in AZURE")
    assert "cloud" not in found("Front desk agent, AZURE HOTEL, Lisbon")


def test_what_an_application_should_include_is_not_asked_as_a_skill() -> None:
    """`p125_ai_01`: "Interested? Email ... Please include: - Your LinkedIn profile - GitHub / portfolio if relevant"."""
    job = Analyzer().read_job(
        text="Applied AI Engineer\nWe're looking for engineers with:\n- Experience with RAG and agents\n"
        "Interested? Email jobs@example.com with the subject: Applied AI\nPlease include:\n- Your LinkedIn profile\n"
        "- GitHub / portfolio if relevant\n"
    )
    assert "rag" in job.required
    assert "git" not in job.required and "git" not in job.optional


def test_named_tests_post_training_and_evidence_based_recommendations() -> None:
    """`c171_ds_02`: "Applied panel unit root testing, lag selection (AIC/SC), Granger causality", "Produced
    evidence-based recommendations on airport connectivity"; `c171_ai_02`: "LLM Post-training" (not post-training
    quantization); a recommender's "Review Sparsity" is the data's, not a pruned model's."""
    assert "hypothesis_testing" in found("Applied panel unit root testing, logarithmic transformations, Granger causality")
    assert "data_storytelling" in found("Produced evidence-based recommendations on airport connectivity and flight frequency")
    assert "llm_fine_tuning" in found("Research on LLM Post-training and agent efficiency")
    assert "llm_fine_tuning" not in found("Post-training quantization of LLMs to INT4 with GPTQ")
    assert "pruning" not in found("Towards Bridging Review Sparsity in Recommendation with Textual Edge Graph Representation")
    assert "pruning" in found("Inducing sparsity in transformer weights to cut inference cost")


def test_information_presented_in_visualizations_and_k8_beside_the_cloud() -> None:
    """`p127_ds_02`: "Present information using data visualization techniques", "Cloud technologies: AWS/GCP/K8 etc."."""
    assert "data_storytelling" in found("Present information using data visualization techniques")
    assert "data_storytelling" not in found("Present information to walk-in customers at the front desk")
    assert "kubernetes" in found("Cloud technologies: AWS/GCP/K8 etc.")
    assert "kubernetes" not in found("Built a gaming rig on an AMD K8 processor")


def test_a_requirement_marked_good_to_have_is_optional() -> None:
    """`p129_ai_01`: "Experience handling large-scale data using PySpark / Apache Spark (good to have)"."""
    job = Analyzer().read_job(
        text="AI-ML Engineer\nRequirements\nHands-on experience with Python\n"
        "Experience handling large-scale data using PySpark / Apache Spark (good to have)\n"
    )
    assert "distributed_computing" in job.optional
    assert "python" in job.required


def test_pitching_to_leadership_and_live_webinars_are_communication() -> None:
    """`c170_de_01`: "Co-led a team project pitching a UUV efficiency-enhancing payload to lab leadership"; `c169_de_01`:
    "getting feedbacks on newly added features through live webinars and technical blogs"."""
    assert "communication" in found("Co-led a team project pitching a UUV efficiency-enhancing payload to lab leadership")
    assert "communication" in found("Reached end users and got feedback on new features through live webinars")
    assert "communication" not in found("Pitching coach for the varsity baseball team")
    assert "communication" not in found("Attended webinars on cloud security")


def test_a_spreadsheets_version_control_and_a_funds_capital_deployment_are_no_git_or_serving() -> None:
    """`p128_ds_01`: "Advanced Excel / Google Sheets capability (multi-sheet models, scenarios, sensitivities, version
    control)", "financial models and KPIs (AUM, commitments, deployment, MOIC, IRR, DPI, pipeline)"."""
    assert "git" not in found("Advanced Excel / Google Sheets capability (multi-sheet models, scenarios, version control).")
    assert "model_serving" not in found("Build and maintain financial models and KPIs (AUM, commitments, deployment, MOIC, IRR, DPI)")
    assert "git" in found("Version control and code review for the team's Python services")
    assert "model_serving" in found("Owned model deployment to production for the ranking service")


def test_deep_learning_abbreviated_recommenders_and_rankers_are_machine_learning() -> None:
    """`c10_ai_03`: "developing DL models for accurate classification"; `c10_swe_01`: "Developed collaborative filtering
    model to recommend mobile apps"; `c4_ds_01`: "using a pair-wise learning-to-rank model"."""
    assert "machine_learning" in found("Analyzing speech features and developing DL models for accurate classification")
    assert "machine_learning" in found("Developed collaborative filtering model to recommend mobile apps")
    assert "machine_learning" in found("Re-ranked product search results using a pair-wise learning-to-rank model")
    assert "machine_learning" not in found("Added the new hires to the DL for the weekly newsletter")


def test_azure_named_with_what_runs_on_it_is_the_cloud() -> None:
    """`c169_de_01`: "Deployment and Management of containerized application in Azure Environment"; `c41_ai_03`:
    "Leveraged Azure AI to design a medical assistant solution"."""
    assert "cloud" in found("Deployment and Management of containerized application in Azure Environment")
    assert "cloud" in found("Leveraged Azure AI to design a medical assistant solution")
    assert "cloud" not in found("Painted the lobby walls azure and white")
    # a building named Azure beside shipping containers (a first version took "containers" as the cloud's word)
    assert "cloud" not in found("Serviced refrigerated containers on the quay and the chillers of the new Azure Tower offices")


def test_statistical_said_of_analysis_work_is_statistics() -> None:
    """`c18_ds_02`: "Performed statistical, qualitative and quantitative analysis"; `c23_ai_01`: "Analyzed model behavior
    with statistical evaluation"; `c10_swe_01`: "Developed statistical anomaly detection". A course of statistical machine
    learning is machine learning (`c67_ai_03`), and statistical models stay statistical modeling only."""
    assert "statistics" in found("Performed statistical, qualitative and quantitative analysis.")
    assert "statistics" in found("Analyzed model behavior with statistical evaluation, ablations and error analysis")
    assert "statistics" in found("Developed statistical anomaly detection and failure prediction software")
    assert "statistics" not in found("Relevant Courses: Applied Regression, Time Series Analysis, Statistical Machine Learning")
    assert "statistics" not in found("Built statistical models for churn analysis")
    # `p65_ds_01`: a posting's "Strong statistical foundation and rigorous approach to experimentation"
    job = Analyzer().read_job(
        text="Data Scientist\nRequirements\n- Strong statistical foundation and rigorous approach to experimentation\n"
    )
    assert "statistics" in job.required


def test_a_typo_after_a_word_that_needs_context_is_still_read() -> None:
    """`c4_un_01`: "Applied statistical modesl to assess the impact of rising sea levels": a word that counts only in
    context ("statistical", "predictive", "neural", "distributed") held its place, so the typo of the two-word alias it
    opens was never tried; the word alone is still no typo."""
    assert "statistical_modeling" in found("Applied statistical modesl to assess the impact of rising sea levels in SE Asia.")
    assert "predictive_modeling" in found("Built a predictive modle for churn")
    assert "machine_learning" in found("Trained a neural netwrok on images")
    assert "distributed_computing" in found("Designed the distributed computng jobs")
    assert "predictive_modeling" not in found("Reduced tool downtime by outsourcing predictive maintenance for critical equipment")


def test_smoothing_models_and_statistical_frameworks_and_a_networks_kpis() -> None:
    """`c182_ai_01`: "benchmarked against the exponential smoothing model"; `c76_ds_01`: "develops a reproducible
    statistical framework"; `c177_de_01`: "Monitored network alarms and KPIs using proprietary ZTE tools" (a telecom
    network's figures, no business metrics)."""
    assert "statistical_modeling" in found("Benchmarked the LSTM against the exponential smoothing model")
    assert "statistics" in found("Developed a reproducible statistical framework to inform grassland management")
    assert "business_acumen" not in found("Monitored network alarms and KPIs using proprietary ZTE tools")
    assert "business_acumen" in found("Tracked sales KPIs for the regional team every week")


def test_messages_between_programs_are_no_communication() -> None:
    """`c181_ai_01`: "Enabled clustered MQ communication, ensuring queues created in one manager were accessible";
    `c179_ai_01`: "rapid estimation ... in communication-constrained scenarios"."""
    assert "communication" not in found("Enabled clustered MQ communication, ensuring queues created in one manager were accessible")
    assert "communication" not in found("Designed a distributed observer for rapid estimation in communication-constrained scenarios")
    # `c183_un_01`: a real-time kernel's messages, and VLSI system design (a chip's, like embedded systems design)
    assert "communication" not in found("Wrote a RTOS Kernel on Arduino to schedule commands, manage memory, and handle communication.")
    assert "system_design" not in found("Interests: Embedded Computing and VLSI System design: CPU and GPU architecture")
    # `c186_un_01`
    assert "system_design" not in found("Relevant Coursework: Embedded Systems, Semiconductor Devices, Microprocessor Architecture")


def test_a_postings_architecture_decisions_ml_apis_presented_insights_and_advanced_working_sql() -> None:
    """`p131_ai_01`: "Lead technical discussions and architecture decisions"; `p130_ai_01`: "design for scalability,
    performance, and reliability"; `p133_ai_01`: "Develop ML APIs"; `p130_ds_02`: "Presentation of insights to support
    and drive strategic decision making"; `p132_de_01`: "Advanced working SQL knowledge"."""
    job = Analyzer().read_job(
        text="Engineer\nRequirements\n- Lead technical discussions and architecture decisions\n- Develop ML APIs\n"
        "- Presentation of insights to support strategic decision making\n"
        "- Advanced working SQL knowledge and experience working with relational databases\n"
    )
    assert {"system_design", "model_serving", "data_storytelling", "advanced_sql"} <= set(job.required)
    # `p136_de_01`: PostgreSQL by its short name
    assert "sql" in found("Familiarity with databases (e.g. PGSQL, MongoDB, CouchDB)")
    assert "system_design" in found("Built services with a clear design for scalability, performance, and reliability")


def test_consensus_built_with_other_teams_is_communication() -> None:
    """`c180_de_01`: "Built consensus on approach with AWS-wide stakeholders"; a consensus algorithm is none."""
    assert "communication" in found("Built consensus on approach with AWS-wide stakeholders and led the core team")
    assert "communication" not in found("Designed a distributed observer based on consensus theory for target tracking")


def test_design_communication_and_a_kernel_languages_triton_are_no_skills() -> None:
    """`c184_un_01`: "Artistic Courses: ..., Design Communication" (a field of design); `c184_ai_02`: "PyTorch, CUDA,
    Triton, Liger-Kernel" (OpenAI's Triton writes GPU kernels; Triton Inference Server serves models)."""
    assert "communication" not in found("Artistic Courses: Intro to Media, Intro to Digital Photography, Design Communication")
    assert "model_serving" not in found("Skills\nPyTorch, CUDA, Triton, Liger-Kernel, HuggingFace, TensorFlow")
    assert "model_serving" in found("Deployed the detector on NVIDIA Triton Inference Server behind the checkout API")


def test_what_is_present_in_a_document_is_no_presenting() -> None:
    """`c187_ai_01`: "Uses VLM (Vision Language Models) to explain the images present in the document for better
    analysis": "present" as what is there, not findings shown to people."""
    assert "data_storytelling" not in found("Uses VLM to explain the images present in the document for better analysis.")
    assert "data_storytelling" in found("Present insights and analysis to the leadership team every month")


def test_results_reported_to_stakeholders_and_work_across_teams() -> None:
    """`c186_ds_02`: "reporting results to stakeholders in visual and written forms using R"; `c180_ai_01`:
    "coordinating across multiple engineering and business teams". ("Insights to support decision-making" stays no
    storytelling: labellers count it only with the people it went to, and adding it cost 11 false hits in tests/real.)"""
    assert "data_storytelling" in found("Explored hidden patterns, then reporting results to stakeholders in visual and written forms")
    assert "communication" in found("Led the launch, coordinating across multiple engineering and business teams")
    assert "communication" not in found("Tuned the scheduler, coordinating across GPU nodes of the cluster")


def test_github_as_a_links_label_is_no_git() -> None:
    """`c179_ds_01`: "LinkedIn | GitHub | LeetCode" under the name; `c186_ai_01`: "CalorieBot — Nutrition Tracking Agent
    | 2025 | GitHub" (a project's link): where work is kept, neither Git named as a tool nor a printed address."""
    assert "git" not in found("Jane Doe\nLinkedIn | GitHub | LeetCode\nExperience\nAnalyst at Acme")
    assert "git" not in found("Projects\nCalorieBot — Nutrition Tracking Agent | 2025 | GitHub\nBuilt an agent")
    assert "git" in found("Jane Doe\ngithub.com/jane-ex | linkedin.com/in/jane-ex\nExperience\nAnalyst at Acme")
    assert "git" in found("Skills\nTools: GitHub, Docker, Jira")
    # where the code went still shows the tool (tests/eval `ai_eng_06`)
    assert "git" in found("Experience\nPublished five papers; built all models in PyTorch and released code on GitHub.")
    # a posting's opening lines are no resume header: "Familiarity with GitHub/Airflow" asks for Git
    assert "git" in Analyzer().read_job(text="Data Engineer\nFamiliarity with GitHub/Airflow.\n").required


@pytest.mark.parametrize(
    "line",
    [
        "Grow a developer community through engagement on platforms like Slack, GitHub, Stack Overflow, and developer forums.",
        "We have GitHub issues and emails that come in each day, and you will help answer them.",
        "A portfolio or GitHub is generally required to apply: show us the things you've built!",
        "Create seamless workflows across platforms including Github, Google Suite, Discourse, Youtube and Mailchimp.",
    ],
)
def test_github_as_a_community_platform_or_a_showcase_asks_for_no_git(line: str) -> None:
    """`p22_un_01`, `p15_un_01`, `p32_un_02`, `p138_un_01`: GitHub as where a community talks or work is shown."""
    assert "git" not in Analyzer().read_job(text=f"Community Manager\nRequirements\n- {line}\n").skills


def test_experimental_design_needs_what_the_experiments_test() -> None:
    """`c180_ds_01`: "Advised graduates about experimental design and machine learning" (another skill nearby vouches
    for nothing); `p61_ds_01`: "Test marketing hypotheses via experimental design" is A/B testing."""
    assert "ab_testing" not in found("Volunteering\nAdvised graduates about experimental design and machine learning.")
    assert "ab_testing" in found("Experience\nTested marketing hypotheses via experimental design for validation")
    assert "ab_testing" in found("Experience\nExperimental design and analysis for product optimization")


def test_devices_talking_and_points_in_space_are_no_communication() -> None:
    """`c183_un_01`: "high fidelity communication between ATMega2560 and Uno ... using PUTTY"; `c188_ai_02`: "datasets of
    objects' coordinates with their depth map" (read as "coordinate with")."""
    assert "communication" not in found(
        "Experience\nImplemented high fidelity communication between ATMega2560 and Uno allowing remote interaction using PUTTY."
    )
    assert "communication" not in found("Projects\nConstructed datasets of objects’ coordinates with their depth map.")
    assert "communication" in found("Experience\nCoordinated with product and design teams to ship features")


def test_posting_sentences_that_open_duties_and_asks_and_a_not_required_heading() -> None:
    """`p137_de_02`: "As a Software Engineer, you will..." and "You may be a good fit if..." open the job's blocks, so a
    "Bonus:" block ends where they begin; `p138_ds_01`: "Not required, but likely a very good fit:"."""
    job = Analyzer().read_job(
        text="Software Engineer\nBonus:\nExperience with Tableau\n"
        "As a Software Engineer, you will...\nBuild features in Python\n"
        "You may be a good fit if...\nYou have great communication skills\n"
        "Not required, but likely a very good fit:\nKnowledge of deploying using Kubernetes or Docker\n"
    )
    assert {"python", "communication"} <= set(job.required)
    assert {"kubernetes", "docker"} <= set(job.optional)


def test_a_vesting_period_is_no_years_asked() -> None:
    """`p137_de_02`: "a meaningful stock option grant with a four-year vesting period" under "Salary Transparency" and
    after a "Bonus:" block: the only years in the ad, but pay, not experience."""
    job = Analyzer().read_job(
        text="Software Engineer\nRequirements\n- Python\nBonus:\n- Rust\nSalary Transparency\n"
        "In addition to salary, all employees receive equity. This is a stock option grant with a four-year vesting period.\n"
    )
    assert job.years_overall is None


@pytest.mark.parametrize(
    "text",
    [
        "Experience\nManaged stakeholders across Customer Service, backend and data teams",
        "Experience\nCoordinated stakeholder feedback and the rollout of the new ranking model",
        "Experience\nActed as a top-level solution advisor to clients in creating value for products",
        "Experience\nHeld weekly client meetings to review the churn forecasts",
    ],
)
def test_stakeholders_and_clients_worked_with_are_communication(text: str) -> None:
    """`c171_ds_02`, `c43_ds_01`, `c62_un_01` and others: people of another side named with any verb, or advised."""
    assert "communication" in found(text)


def test_talking_with_users_and_writing_blogs_are_communication() -> None:
    """`p140_de_01`: "Interact with users through multiple channels", "Write blogs (e.g. technical deep dives, incident
    retros)"; an app that lets users interact with their data is no talk with them."""
    job = Analyzer().read_job(
        text="Engineer\nRequirements\n- Interact with users through multiple channels\n"
        "- Write blogs (e.g. technical deep dives, incident retros)\n"
    )
    assert "communication" in job.required
    assert "communication" not in found("Projects\nBuilt a chatbot app that lets users interact with their sales data")


def test_a_devices_embedded_gpu_is_no_gpu_infrastructure() -> None:
    """`p140_ai_01`: "training neural networks for real-time inference on embedded GPUs/NPUs" (a drone's chip)."""
    assert "gpu_infrastructure" not in found(
        "Experience\nDesigned and trained neural networks for real-time inference on embedded GPUs/NPUs"
    )
    assert "gpu_infrastructure" in found("Experience\nTrained detection models on 64 GPUs with distributed data parallel")


def test_findings_shared_with_other_teams_are_storytelling() -> None:
    """`c193_ds_01`: "Conducted stock availability analyses and shared findings with sales and factory teams"."""
    assert {"data_storytelling", "communication"} <= found(
        "Experience\nConducted stock availability analyses and shared findings with sales and factory teams"
    )


def test_data_or_a_web_app_served_over_an_api_is_no_model_serving() -> None:
    """`c193_de_01`: "serves the data via a REST API, a GRPC API and a Web application"; `c195_de_01`: "a full-stack web
    app using SQL and Node.js serving REST API"."""
    assert "model_serving" not in found("Experience\nBuilt a service that serves the data via a REST API and a gRPC API")
    assert "model_serving" not in found("Projects\nLed 3 developers to create a full-stack web app using SQL and Node.js serving REST API")
    assert "model_serving" in found("Experience\nServed the churn model behind FastAPI endpoints on Kubernetes")


def test_an_icons_name_beside_a_link_label_is_no_git() -> None:
    """`c194_de_01`: a contact column printing FontAwesome's icon name before the label: "Github-alt Github"."""
    assert "git" not in found("Jane Doe\nContact\nGithub-alt Github\nExperience\nAnalyst at Acme")


def test_a_bracketed_first_letter_is_no_r_and_querying_a_relational_database_is_sql() -> None:
    """`p144_ai_01`: "Minimum 2-year experience in (R)DBMS and SQL" asks for SQL, not R; `p143_ds_01`: "Do you know
    how to query a relational database?" asks for SQL without its name."""
    job = Analyzer().read_job(text="ML Engineer\nRequirements\n- Minimum 2-year experience in (R)DBMS and SQL\n")
    assert "r_language" not in job.skills and job.years_of("sql") == 2
    assert "r_language" in found("Skills\nLanguages: Python (R)")
    asked = Analyzer().read_job(text="Analytics Intern\nRequirements\n- Do you know how to query a relational database?\n")
    assert "sql" in asked.required


def test_a_teams_combined_years_and_a_journals_name_are_not_the_hires() -> None:
    """`p143_ds_01`: "be part of a team with diverse industry experience and 20+ combined years of experience";
    `c198_ds_01`: "IEEE Transactions on Communications Exemplary Reviewer"."""
    job = Analyzer().read_job(
        text="Analyst\nRequirements\n- Would you like to be part of a team with diverse industry experience and 20+ "
        "combined years of experience in the most strategic technology on CIO radars?\n"
    )
    assert job.years_overall is None
    assert "communication" not in found("Awards\nIEEE Transactions on Communications Exemplary Reviewer 2016")


def test_a_team_named_after_a_skill_asks_for_no_skill() -> None:
    """`p145_de_02`: "Work closely with AI/ML and backend teams to consume LLM APIs" asks a front-end engineer for no
    machine learning; teams of another function still ask for communication."""
    job = Analyzer().read_job(text="Front-End Engineer\nRequirements\n- Work closely with AI/ML and backend teams to consume LLM APIs\n")
    assert "machine_learning" not in job.skills
    asked = Analyzer().read_job(text="Analyst\nRequirements\n- Collaborate with product and design teams on experiments\n")
    assert "communication" in asked.required


def test_insights_delivered_to_clients_or_partners_are_storytelling() -> None:
    """`p139_ds_01`: "generate metrics, insights and reports for manufacturers and retail partners"."""
    job = Analyzer().read_job(
        text="Data Scientist\nRequirements\n- Generate metrics, insights and reports for manufacturers and retail partners\n"
    )
    assert {"data_storytelling", "communication"} <= set(job.required)
    assert "data_storytelling" in found("Experience\nDelivered weekly insights to clients on campaign performance")


def test_deploying_a_language_model_is_model_serving_and_gitflow_is_git() -> None:
    """`p148_ai_02`: "hands-on depth (ML lifecycle, data architecture, LLMs deployment at scale)"; the apps or agents
    built on a language model are no model deployed. `c211_de_01`: "promoting ... GitFlow across teams"."""
    assert "model_serving" in Analyzer().read_job(text="Requirements:\n- Hands-on depth in LLMs deployment at scale\n").required
    assert "model_serving" not in Analyzer().read_job(text="Requirements:\n- Deploying LLM-powered applications\n").required
    assert "git" in found("Promoted code reviews and GitFlow across teams")
    assert "communication" not in found("Research on graph neural networks under the mentorship of Prof. Kim")


def test_complex_queries_put_to_agents_and_stakeholders_satisfied_show_no_sql_and_no_communication() -> None:
    """`c214_ai_02`: "Chain multiple specialized agents like data extractor, summarizer and decision-engine to solve
    complex queries", "improving stakeholder satisfaction by 30%"."""
    assert "advanced_sql" not in found("Chain multiple specialized agents like data extractor and summarizer to solve complex queries.")
    assert "advanced_sql" in found("Wrote complex queries in PostgreSQL for the finance team")
    assert "communication" not in found("Delivered results in under 2 minutes, improving stakeholder satisfaction by 30%.")
    assert "communication" in found("Managed stakeholder expectations across three product teams")


def test_pandas_beside_a_stream_engine_or_a_pipeline_is_the_python_library() -> None:
    """`c214_ai_01`: "Built distributed workflows using Flink and pandas" showed no Python: pandas waited for a
    dataframe or NumPy word."""
    assert "python" in found("Multimodal Data Pipelines: Built distributed workflows using Flink and pandas")
    assert "python" not in found("Volunteered at the giant pandas breeding centre in Chengdu")


def test_analyses_made_into_visuals_for_a_non_technical_audience_are_data_storytelling() -> None:
    """`c220_ds_02`: "Translate quantitative analyses into accessible visuals for non-technical audiences" showed
    only communication; concepts or documentation for such readers stay communication alone."""
    visuals = "Translate quantitative analyses into accessible visuals for non-technical audiences"
    assert "data_storytelling" in found(visuals)
    assert "data_storytelling" not in found("Communicate complex AI concepts to non-technical stakeholders")
    assert "data_storytelling" not in found("Ran audience segmentation analyses for the spring campaigns")


def test_a_projects_github_link_beside_its_other_links_is_no_git() -> None:
    """`c222_ds_01`: "Google Trends Analysis Dashboard | Direct Query, DAX, Power BI | GitHub | Live Dashboard" gave
    Git: the field after the link word was another link's label, not a tool."""
    heading = "Projects\nGoogle Trends Analysis Dashboard | Direct Query, DAX, Power BI | GitHub | Live Dashboard\n"
    assert "git" not in found(heading + "- Built a Power BI report on search trends\n")
    assert "git" in found("Projects\nChurn model | Python | GitHub | Docker\n- Built a churn model\n")


def test_chip_architecture_is_no_system_design() -> None:
    """`c222_un_01`: "Subjects: Digital Electronics, VLSI Architecture, Digital IC Design, FPGA" (a hardware
    verification engineer) gave system design; so did `c225_ai_01`'s "floorplan based clock architectures for dGPUs"
    and `c223_ai_02`'s teaching of "operating systems design"."""
    assert "system_design" not in found("Subjects: Digital Electronics, VLSI Architecture, Digital IC Design, FPGA.")
    assert "system_design" not in found("Designed floorplan based clock architectures for dGPUs (14nm finfet technode)")
    assert "system_design" not in found("Aided students with operating systems design and Linux kernel development concepts")
    assert "system_design" in found("Designed the service architecture for a scalable backend")


def test_an_apps_profile_or_account_dashboard_is_a_screen_not_reporting() -> None:
    """`c220_un_01` (a UX designer): "redesigning the user profile dashboard and simplifying the sign-up process"."""
    assert "dashboards" not in found("Redesigned the user profile dashboard and simplified the sign-up process")
    assert "dashboards" not in found("Built the account dashboard screens of the banking app")
    assert "dashboards" in found("Built a sales dashboard in Power BI for the regional managers")


def test_a_sales_qualified_lead_beside_a_marketing_one_is_no_sql() -> None:
    """`c196_un_01` (a marketer): "increased conversion rate from MQL to SQL" was SQL used in that job."""
    assert "sql" not in found("Built a nurture flow that increased the conversion rate from MQL to SQL by 20%")
    assert "sql" in found("Wrote SQL queries against the Postgres warehouse")


def test_fine_tuning_a_convolutional_network_is_no_llm_fine_tuning() -> None:
    """`c224_ds_01`: "Fine-tuned neural networks (VGG16, EfficientNet) for skin lesion detection" was LLM fine-tuning
    (a GPT project two lines away gave the context)."""
    text = "Projects\nSkin lesions\nFine-tuned neural networks (VGG16, EfficientNet) for skin lesion detection.\nChat app with GPT-4"
    assert "llm_fine_tuning" not in found(text)
    assert "llm_fine_tuning" in found("Fine-tuned GPT-2 and BERT for support ticket classification")


def test_a_max_planck_institute_is_no_mpi() -> None:
    """`c224_ai_01`: "MPI-SWS" (the Max Planck Institute for Software Systems) was distributed computing."""
    assert "distributed_computing" not in found("Research Intern, MPI-SWS, Saarbrücken, Germany")
    assert "distributed_computing" in found("Parallelized the solver with MPI and OpenMP on 64 nodes")


def test_a_why_the_company_heading_opens_its_pitch_not_the_job() -> None:
    """`p160_ds_01`: under "Why Socure?", "Using predictive analytics and advanced machine learning trained on billions
    of signals ..., Socure has created ..." asked for predictive modeling."""
    job = Analyzer().read_job(
        text=(
            "Senior Data Scientist\n\nWhy Socure?\n\n"
            "Using predictive analytics and advanced machine learning trained on billions of signals to power RiskOS, "
            "Socure has created the most accurate identity verification platform in the world. Come join us!\n\n"
            "About The Role\n\nYou'll analyze massive datasets with Python and SQL.\n"
        )
    )
    assert "predictive_modeling" not in set(job.required) | set(job.optional)
    assert {"python", "sql"} <= set(job.required)


@pytest.mark.parametrize(
    "line",
    [
        "Creation of install guides and user manuals for standard parts",  # c225_un_01
        "Prepare documentation for inter-departmental processes",  # c225_un_01
        "Created and improved onboarding guide for the newcomers",  # c197_de_01
        "Authored enterprise-grade incident response playbooks that standardized the escalation process",  # c190_un_01
        "Provided training to two interns as part of the buddy program",  # c221_de_01
        "Work with the UX designer on usability tests and exercises",  # c216_un_01
    ],
)
def test_guides_written_for_others_training_and_work_with_another_function_are_communication(line: str) -> None:
    assert "communication" in found(line)


@pytest.mark.parametrize(
    "line",
    [
        "Worked with customer data in Snowflake and dbt",
        "Built the onboarding flow for the mobile app users",
        "Worked with Python and pandas on sales records",
    ],
)
def test_data_about_customers_or_a_products_onboarding_is_no_communication(line: str) -> None:
    assert "communication" not in found(line)


def test_communication_between_users_of_a_product_is_no_communication_skill() -> None:
    """`c229_ai_01`: "Enabled real-time communication at sub-200ms latency" and `c230_ai_02`: "the user interface for
    communication between Farmers and Consumers" were the person's communication."""
    assert "communication" not in found("Enabled real-time communication at sub-200ms latency for hearing-impaired users.")
    assert "communication" not in found("Built the user interface for communication between farmers and consumers.")
    assert "communication" in found("Excellent written and verbal communication skills")


def test_a_github_label_naming_a_project_is_no_git() -> None:
    """`c229_ai_01`: "GitHub: AlphaEarth Climate Monitoring System" heading a project gave Git; in a skills list
    "GitHub: Actions, Pages" still names the tools."""
    assert "git" not in found("Projects\nGitHub: AlphaEarth Climate Monitoring System\n- Built climate dashboards in Python\n")
    assert "git" in found("Skills\nGitHub: Actions, Pages, Copilot\n")


def test_presenting_at_an_event_is_communication() -> None:
    """`c58_ai_02`: "Presented the model at the 2022 "FinTech" event" showed no communication."""
    assert "communication" in found("Presented the model at the 2022 FinTech event, leading to new business")
    assert "communication" not in found("The migration presented a challenge for the scheduling service")


def test_a_school_named_for_communication_is_no_communication() -> None:
    """`c234_ds_01`: "Hudson Valley Communication College, TROY, NY" under Education was communication."""
    assert "communication" not in found("Education\nHudson Valley Communication College, Troy, NY\nAssociate in Science")
    assert "communication" in found("Strong written and verbal communication with clients and leadership")


def test_regression_models_in_a_statistics_package_are_no_machine_learning() -> None:
    """`c233_ds_01`: "Generated and analyzed regression models and summary statistics ... using STATA" was machine
    learning."""
    assert "machine_learning" not in found("Generated and analyzed regression models and summary statistics using STATA.")
    assert "machine_learning" in found("Built a regression model in scikit-learn to predict churn")


def test_eda_in_chip_design_is_no_data_exploration() -> None:
    """`c239_de_01`: "supporting EDA environments" at a semiconductor firm (electronic design automation, with IC Manage
    and Synchronicity) was exploratory data analysis."""
    assert "data_exploration" not in found("Working with IC Manage and Synchronicity environments, supporting EDA engineers")
    assert "data_exploration" in found("Performed EDA and feature selection on the churn dataset")


def test_what_we_would_like_to_see_opens_the_preferred_skills() -> None:
    """`p164_ai_01`: "What we'd like to see" over Kubernetes, Docker and cloud platforms left them required."""
    job = Analyzer().read_job(
        text="What you'll need\n"
        "Strong proficiency in Golang or Python\n"
        "What we'd like to see\n"
        "Hands-on experience deploying ML services with Kubernetes, Docker, and cloud platforms (AWS/GCP/Azure)\n"
    )
    assert "python" in job.required
    assert {"kubernetes", "docker", "cloud"} <= set(job.optional) and not {"kubernetes", "docker", "cloud"} & set(job.required)


def test_a_line_that_calls_its_skills_essential_asks_for_them_under_a_preferred_heading() -> None:
    """`p164_ds_01`: "Proficient in Python and SQL languages is essential." under "Preferred Skills and Experience"."""
    job = Analyzer().read_job(
        text="Preferred Skills and Experience\n"
        "- Proficient in Python and SQL languages is essential.\n"
        "- Experience with Google Cloud, BigQuery and Linux.\n"
        "- Experience with Tableau is not required.\n"
    )
    assert {"python", "sql"} <= set(job.required)
    assert "cloud" in job.optional and "tableau" in job.optional


def test_a_long_list_of_degree_fields_with_names_of_four_words_asks_for_none_of_them() -> None:
    """`p47_de_02`: "A PhD in Computer Science, ..., Artificial Intelligence, Machine Learning, Engineering and Public
    Policy, ... or similar with at least 3 years of relevant professional experience is required."."""
    fields = (
        "Computer Science, Computer Engineering, Electrical Engineering, Cybersecurity, Information Security, "
        "Information Technology, Mathematics, Applied Mathematics, Physics, Applied Physics, Engineering Physics, "
        "Artificial Intelligence, Machine Learning, Engineering and Public Policy, Technology and Policy, Policy Analysis"
    )
    job = Analyzer().read_job(
        text=f"Requirements\n- Python and strong communication skills.\n- A PhD in {fields}, or similar with at least 3 years of "
        "relevant professional experience is required.\n"
    )
    assert "python" in job.required
    assert "machine_learning" not in job.required and "machine_learning" not in job.optional


def test_productionizing_data_pipelines_is_no_model_serving() -> None:
    """`c246_ds_02`: "productionize Snowflake pipelines for omnichannel reporting" was model serving because the
    word "pipeline" confirmed it; only a model, a classifier, predictions or ML do."""
    assert "model_serving" not in found("Collaborated with engineering to productionize Snowflake pipelines for omnichannel reporting.")
    assert "model_serving" in found("Productionized the churn model as a nightly batch job.")


def test_a_labelled_field_marked_optional_is_no_topic_and_your_profile_asks_for_what_it_lists() -> None:
    """`p166_ai_01`: "Teaching requirements: None (optional up to 48 hours/semester)" was read as a topic marked
    optional, and "Your Profile" was no heading, so Python and PyTorch under it were optional."""
    job = Analyzer().read_job(
        text="Position Details\n"
        "- Teaching requirements: None (optional up to 48 hours/semester)\n"
        "Your Profile\n"
        "- Strong programming skills in Python\n"
        "- Experience with neural network models (e.g., PyTorch)\n"
    )
    assert {"python", "pytorch"} <= set(job.required)


def test_essential_functions_are_the_jobs_duties_and_preference_given_to_skills_makes_them_optional() -> None:
    """`p166_ds_01`: duties under "ESSENTIAL FUNCTIONS" were an introduction, and "Preference will be given to a
    candidate with specific expertise in ... causal inference, ... risk prediction" asked for them."""
    job = Analyzer().read_job(
        text="ESSENTIAL FUNCTIONS\n"
        "1. Present data and findings at lab meetings. Ability to identify data resources with data exploration.\n"
        "The associate should have a background in statistics. Preference will be given to a candidate with expertise "
        "in survival analysis, causal inference and risk prediction.\n"
        "REQUIRED KNOWLEDGE, SKILLS and ABILITIES\n"
        "1. Excellent oral and written communication skills.\n"
    )
    assert {"data_exploration", "statistics", "communication"} <= set(job.required)
    assert "causal_inference" in job.optional and "causal_inference" not in job.required


def test_your_tasks_are_the_jobs_duties() -> None:
    """`p53_ai_03`: with "YOUR PROFILE" read as a heading, the lines under "YOUR TASKS" were an introduction and the
    stakeholder work there no longer made communication required beside "ideally German language skills"."""
    job = Analyzer().read_job(
        text="YOUR TASKS\n"
        "You work closely with data scientists, business stakeholders and tech teams.\n"
        "YOUR PROFILE\n"
        "You have outstanding knowledge of Python.\n"
        "Good communication skills as well as fluent English and ideally German language skills complete your profile\n"
    )
    assert {"communication", "python"} <= set(job.required)


@pytest.mark.parametrize(
    "lead_in",
    [
        "Other bonus (but certainly not required!) experience:",
        "For any of the mentioned profiles, the following skills will be highly valued:",
    ],
)
def test_a_line_saying_what_follows_is_wished_for_opens_an_optional_block(lead_in: str) -> None:
    """`p168_de_01`, `p168_un_01`: the items under such a lead-in were required."""
    job = Analyzer().read_job(
        text="What we're looking for:\n"
        "* Someone with an aptitude for Python\n"
        f"{lead_in}\n"
        "* You have experience with machine learning frameworks such as TensorFlow\n"
        "* You have some experience with cloud dev ops (e.g. AWS EC2, S3)\n"
    )
    assert "python" in job.required
    assert {"tensorflow", "cloud"} <= set(job.optional) and not {"tensorflow", "cloud"} & set(job.required)


def test_communication_between_the_parts_of_a_robot_is_no_soft_skill() -> None:
    """`c253_de_02`: "Led the design and development of ROS architectures for communication within an autonomous system"."""
    assert "communication" not in found("Led the development of ROS architectures for communication within an autonomous system.")
    assert "communication" in found("Strong communication with stakeholders and product teams.")


def test_a_company_named_for_communications_is_no_soft_skill() -> None:
    """`c256_ai_01`: the employer line "Phonon Communications Pvt." was communication."""
    assert "communication" not in found("Chatbot Intern, Phonon Communications Pvt. Ltd., Gujarat")
    assert "communication" in found("Strong communications skills with clients and stakeholders")


@pytest.mark.parametrize(
    "line",
    [
        "Built a churn dashboard to support business decision-making for senior stakeholders",
        "Aspen Plus model of a green-ammonia plant, comparing EAOC and NPV against pipeline transport",
        "Evaluated economic feasibility, reporting levelized costs for a breakeven analysis",
    ],
)
def test_business_decisions_and_a_plants_money_case_are_business_acumen(line: str) -> None:
    """`c245_ai_02`, `c253_un_02`: decisions a business takes and the money case for a plant or product."""
    assert "business_acumen" in found(line)


def test_a_tool_wrapped_alone_onto_the_line_under_its_list_keeps_the_lists_context() -> None:
    """`c251_ds_01`: "Technologies currently working with: Python, Azure, Spark, Machine Learning," over a last
    "Tableau" rejected Tableau as an ambiguous word without context, and the current job lost it."""
    job = """Experience
Data Analytics Intern, Nova Scotia Health Authority        Jan 2021 – Current
Maintaining a streaming pipeline in the analytics department.
Technologies currently working with: Python, Azure, Spark, Machine Learning,
Tableau
"""
    assert "tableau" in found(job)
    # a line that ends its sentence lends no context to a name alone under it
    assert "tableau" not in found(job.replace("Machine Learning,", "Machine Learning."))


@pytest.mark.parametrize(
    ("line", "skill"),
    [
        ("Lifetime value prediction (survival analysis).", "predictive_modeling"),
        ("Lifetime value prediction (survival analysis).", "business_acumen"),
        ("CTR prediction for sponsored search ads", "predictive_modeling"),
        ("Worked in the reporting team to analyze, visualise the performance of a marketing campaign", "data_exploration"),
        ("Recognize patterns and trends on the housing market, generating analysis with pandas", "data_exploration"),
        # `c260_ds_02`, `p172_un_01`: a marketplace's money as the result, results communicated to management
        ("The recommender led to an additional $50K daily GMV on Stories", "business_acumen"),
        ("Provide ongoing reporting and communication of results, tests and plans to senior management", "data_storytelling"),
        # SAP's relational database, queried with SQL (a resume of the first runs of 2026-12-05)
        ("Databases: MongoDB, SAP HANA Cloud, Redis", "sql"),
        ("Migrated the reporting views to a HANA database", "sql"),
    ],
)
def test_predicting_a_business_quantity_and_analysing_a_business_are_skills(line: str, skill: str) -> None:
    """`c250_ds_01`, `c256_ds_01`, `c257_de_01`: a customer's lifetime value predicted, a campaign's performance
    analysed, a market's trends found in its data."""
    assert skill in found(line)


@pytest.mark.parametrize(
    ("line", "skill"),
    [
        ("Bioinformatics: protein modelling, docking and secondary structure prediction", "predictive_modeling"),
        ("Robotics & Controls: Forward Kinematics, Linear Control, Linear System Design, Numerical Linear Algebra", "system_design"),
        ("Analyzed the performance of the search service", "data_exploration"),
        # `c266_de_01`, `c267_ai_01`: ads served, a UI's data flow, an image network's features
        ("Improved model performance on the Ads Ranking team for serving feed and story ads.", "model_serving"),
        ("Java and Swift for the mobile applications with a Flux architecture.", "system_design"),
        ("Extracted global features from images using EfficientNet-B6/B7.", "feature_engineering"),
    ],
)
def test_a_molecules_structure_a_plants_design_and_a_services_speed_are_not_these_skills(line: str, skill: str) -> None:
    """`c260_un_01`, `c263_un_01`: a protein's structure predicted and a controls course's system design."""
    assert skill not in found(line)


@pytest.mark.parametrize(
    ("line", "skill"),
    [
        # `c276_ds_01`: a civil engineering course designs a plant, not software
        ("Courses: Hydrology, Urban Water System Design, Scientific Computing", "system_design"),
        ("Solar PV system design and energy system design for rural clinics", "system_design"),
        # `c279_ds_01`: a clinical study's healthy subjects, not an experiment's control arm
        ("Builds linear ML models to cluster fNIRS images into depression and control group", "ab_testing"),
    ],
)
def test_a_plants_design_and_a_clinical_control_group_are_no_skill(line: str, skill: str) -> None:
    assert skill not in found(line)


@pytest.mark.parametrize(
    ("line", "skill"),
    [
        # `p178_ds_01`: reports written for the people who decide
        ("Development of reports to inform key decision makers and public on our work", "data_storytelling"),
        # an experiment's control group stays A/B testing
        ("Compared the treatment cohort of users against a control group in an online experiment", "ab_testing"),
        ("Ran experiments with a control group of 10% of users", "ab_testing"),
    ],
)
def test_reports_for_decision_makers_and_an_experiments_control_group_are_skills(line: str, skill: str) -> None:
    assert skill in found(line)


def test_a_wish_in_one_bullet_of_an_ad_run_into_one_line_ends_at_the_next_bullet() -> None:
    """`p178_ai_01`: a LinkedIn ad stored with its line breaks lost ("Ideal Profile: * 3+ years of experience in Software
    Engineering, ideally in full stack/backend ... * Strong proficiency in Python programming (leveraging frameworks
    like FastAPI, Flask) ...") made Python, FastAPI and microservices optional: the "ideally" of one bullet ran on
    into the next ones."""
    job = Analyzer().read_job(
        text="Senior AI Software Engineer\n"
        "Key Responsibilities: * Design and implement AI powered software solutions * Participate in code reviews "
        "Ideal Profile: * 3+ years of experience in Software Engineering, ideally in full stack/backend product-focused "
        "software engineering * Strong proficiency in Python programming (leveraging frameworks like FastAPI, Flask), "
        "microservices architecture and event-driven architecture * Experience with PyTorch (would be a great plus)\n"
    )
    assert {"python", "fastapi", "system_design"} <= set(job.required)
    assert "pytorch" in job.optional


def _skills_of_lines(rows: Sequence[tuple[str, float, bool]]) -> set[str]:
    """Skills found in lines of one box (text, right edge, bullet) under an "Activities" heading, 14 points apart."""
    from gapcheck.document import Line
    from gapcheck.structure import finish

    lines = [Line("ACTIVITIES", 1, 1, 0, x0=85, top=100, x1=160, bottom=110)]
    lines += [
        Line(text, 1, i + 2, 1, x0=85, top=114 + 14 * i, x1=x1, bottom=124 + 14 * i, bullet=bullet)
        for i, (text, x1, bullet) in enumerate(rows)
    ]
    hits, _ = Analyzer().match(finish(lines, source="<test>", kind="pdf", pages=1))
    return {hit.skill for hit in hits}


def test_no_phrase_runs_on_into_a_line_that_opens_an_item_of_its_own() -> None:
    """`c280_un_04`: "• Utilize an RDC3 to determine pressure to deploy the recovery system" over "• Design a GPS System
    to track the rocket" (Google Docs bullets, their glyphs lost) read "system Design" across the two items."""
    items = [
        ("Designing/Building an Avionics Bay and Recovery System for a Rocket to be launched 4000 feet", 560, False),
        ("Utilize an RDC3 to determine pressure to deploy the recovery system", 420, False),
        ("Design a GPS System to track the rockets surrounding components and payload throughout the rocket", 560, False),
    ]
    assert "system_design" not in _skills_of_lines(items)
    # the same with the items' bullets kept, however long the line above
    bulleted = [(text, 560, True) for text, _, _ in items]
    assert "system_design" not in _skills_of_lines(bulleted)
    # a phrase a full line wraps stays one
    wrapped = [
        ("Led the rework of the payments platform for three teams, owning the end-to-end system", 560, False),
        ("Design and the migration plan.", 250, False),
    ]
    assert "system_design" in _skills_of_lines(wrapped)


def test_async_io_in_another_language_is_no_python() -> None:
    """`c282_de_01`: "Multithreaded, async I/O done with ... Tokio primitives" (Rust) was Python's asyncio."""
    assert "python" not in found("Multithreaded, async I/O done with low level usage of Mio and higher level Tokio primitives.")
    assert "python" in found("Built an asyncio crawler for the price feeds")


@pytest.mark.parametrize(
    ("line", "skill"),
    [
        # `p180_ai_01`: the cloud named as technologies, statistics by its short form beside mathematics
        ("Experience with modern dev practices & cloud technologies.", "cloud"),
        ("Solid math/stats background;", "statistics"),
    ],
)
def test_cloud_technologies_and_math_stats_are_skills(line: str, skill: str) -> None:
    assert skill in found(line)


def test_a_players_stats_are_no_statistics() -> None:
    assert "statistics" not in found("Built a site that shows player stats for every match of the season")


@pytest.mark.parametrize(
    ("line", "skill"),
    [
        # `c285_ai_01`, `p178_ai_01`: the Model Context Protocol by its initials, prompting named for AI
        ("MCP development for the team's coding assistant", "ai_agents"),
        ("Implement agentic AI systems using tools such as MCP servers and APIs", "ai_agents"),
        ("Skills: AI Prompting, Figma, Notion", "prompt_engineering"),
    ],
)
def test_mcp_servers_and_ai_prompting_are_skills(line: str, skill: str) -> None:
    assert skill in found(line)


def test_microsofts_old_certification_is_no_agent_protocol() -> None:
    assert "ai_agents" not in found("Microsoft MCP certified; Windows Server administration")


def test_distillation_named_among_the_ways_to_shrink_a_model_is_the_skill() -> None:
    """`p180_ai_02`: "Apply prompt engineering, MoE, LoRA, quantization, and distillation to improve the perf–cost curve"
    had no context word for distillation; a chemistry lab's stays none."""
    line = "Apply prompt engineering, MoE, LoRA, quantization, and distillation to improve the perf–cost curve and inference latency."
    assert "distillation" in found(line)
    assert "distillation" not in found("Ran fractional distillation and crystallization in the organic chemistry lab")


def test_a_context_word_on_the_line_a_sentence_wraps_onto_counts() -> None:
    """`c17_ai_01`: "... Collaborated with research, platform," wrapped onto "and product teams to define the
    architecture": the teams that make it work with another function are on the next line of the same sentence."""
    wrapped = [
        ("Managed the project from proof of concept to general availability. Collaborated with research, platform,", 560, False),
        ("and product teams to define the architecture and integrate the implementation.", 480, False),
    ]
    assert "communication" in _skills_of_lines(wrapped)
    # the next sentence, or the next bullet, is not the same line
    next_sentence = [
        ("Managed the project from proof of concept to general availability and collaborated closely on the rollout.", 560, False),
        ("Product teams then shipped it to all regions of the platform.", 380, False),
    ]
    assert "communication" not in _skills_of_lines(next_sentence)
    next_item = [(text, x1, True) for text, x1, _ in wrapped]
    assert "communication" not in _skills_of_lines(next_item)


@pytest.mark.parametrize(
    ("text", "skill", "shown"),
    [
        # `c296_ai_02`: a network's weights and biases are no experiment tracker; the tool is named in capitals
        ("Feedforward networks with configurable architecture; mutations on weights/biases drive evolution", "model_registry", False),
        ("Tracked every training run in Weights & Biases", "model_registry", True),
        # `c314_un_01`: games of incomplete information are game theory, not Bayesian statistics
        ("Carried literature survey on Bayesian games for adversarial learning", "bayesian_methods", False),
        ("Built Bayesian hierarchical models of churn", "bayesian_methods", True),
        # `c303_un_03`: electrodermal activity read by a sensor is no exploratory data analysis
        ("Gave students hands-on training with respiration belts, EDA and ECG sensors and eye-tracking", "data_exploration", False),
        ("Performed EDA and feature engineering on the churn data", "data_exploration", True),
    ],
)
def test_lower_case_and_sensor_words_that_only_look_like_tools(text: str, skill: str, shown: bool) -> None:
    assert (skill in found(text)) is shown


@pytest.mark.parametrize(
    "text",
    [
        "Department of Biostatistics and Medical Informatics, University of Wisconsin-Madison M.A. in Mathematics",
        "European Center for Advanced Research in Economics and Statistics",
        "Yandex School of Data Analysis, Best National AI Masters",
    ],
)
def test_a_skill_word_in_an_institutions_name_shows_no_skill(text: str) -> None:
    """`c55_ai_01`, `c70_un_01`, `c73_ai_02`: a place of study or work named for a field."""
    assert not {"statistics", "data_exploration"} & found(text)
    assert "data_exploration" in found("Lectured to School of Social Work community on data analysis in R")


def test_an_institutions_name_wrapped_onto_the_next_line_shows_no_skill() -> None:
    """`c313_ds_01`: "... at the Center for Translational Neurophysiology of Speech and" over "Communication of the
    Istituto Italiano di Tecnologia located in Ferrara, Italy." is a research centre, no communication."""
    lines = (
        "PhD student in Neurotechnology at the Center for Translational Neurophysiology of Speech and\n"
        "Communication of the Istituto Italiano di Tecnologia located in Ferrara, Italy."
    )
    assert "communication" not in found(lines)


@pytest.mark.parametrize(
    ("text", "skill", "shown"),
    [
        # `c291_un_01`, `c294_un_01`: how an app's screens lead from one to the next, not a system's design
        ("Designed a navigation architecture with NavigationStack for the iOS application.", "system_design", False),
        ("Designed the backend architecture of the payment services.", "system_design", True),
        # `c330_un_01`: insights for an executive named by title
        ("Curated data visualizations providing strategic insights to the Chief Information Security Officer", "data_storytelling", True),
        # `c330_ai_02`: a ReAct (reasoning and acting) agent, in its own spelling
        ("Routes diagnosis requests through deterministic expert rules with a ReAct fallback", "ai_agents", True),
        ("Built the web front end in React with TypeScript", "ai_agents", False),
        # `c330_ai_02`: the rules of a rule-based system, not a model taken to production
        ("Compiled validated agent reasoning into production rules through offline learning", "model_serving", False),
        # `c329_ai_02`: nearest-neighbour search over vectors, not a model trained
        ("An agentic Q&A service over hybrid BM25 + kNN retrieval on AWS Bedrock", "machine_learning", False),
        ("Data/AI: PySpark, Postgres, Redis, OpenSearch, RAG, Hybrid Retrieval (BM25+kNN), AWS Bedrock", "machine_learning", False),
        ("Generated source-grounded CFO-style insights from SEC filings", "data_storytelling", False),
        ("Classified the essays with kNN and random forests in scikit-learn", "machine_learning", True),
    ],
)
def test_words_of_code_layout_executives_agents_rules_and_vector_search(text: str, skill: str, shown: bool) -> None:
    assert (skill in found(text)) is shown


@pytest.mark.parametrize(
    ("text", "skill", "shown"),
    [
        # `c325_un_01`, `c327_ai_01`: what a person hopes to work with, said in the profile, is no skill shown
        (
            "Summary\nI have also gained an interest in Machine Learning and AI Development and would like to pursue roles in it.",
            "machine_learning",
            False,
        ),
        ("Profile\nWants to work with machine learning, data analysis, visualization, and coding.", "data_exploration", False),
        ("Summary\nData analyst with four years of SQL and Tableau; interested in machine learning.", "sql", True),
        # `c342_un_02`: a course of study not yet begun
        (
            "Summary\nA high school senior, I will be starting my journey at Boston University to pursue a degree in\n"
            "computer science with a focus on AI and machine learning. While I am excited to dive deeper",
            "machine_learning",
            False,
        ),
        # `w200_ds_02`: a study under way
        ("Summary\nBI analyst. Currently learning Python and machine learning on weekends.", "machine_learning", False),
        ("Summary\nI will bring five years of machine learning in production to your team.", "machine_learning", True),
        ("Experience\nBuilt machine learning models for churn because the team wanted to cut losses.", "machine_learning", True),
    ],
)
def test_a_hope_or_an_interest_in_the_profile_shows_no_skill(text: str, skill: str, shown: bool) -> None:
    assert (skill in found(text)) is shown


@pytest.mark.parametrize(
    ("text", "shown"),
    [
        # `p197_de_01`: Amazon's object store named among storage systems, with no AWS word beside it
        ("Manage, backup and monitor storage services and filesystems like S3, Cassandra and Redis", True),
        ("Wrote S3 and S4 classes for the package's model objects in R", False),
    ],
)
def test_s3_among_storage_systems_is_cloud(text: str, shown: bool) -> None:
    assert ("cloud" in found(text)) is shown


def test_a_site_named_in_brackets_after_a_project_is_a_link_not_git() -> None:
    # `c335_de_01`: "DataWizz (GitHub): End-to-end lakehouse ...": where the project's code is, no Git shown
    assert "git" not in found("Projects\nDataWizz (GitHub): End-to-end lakehouse workspace with three execution engines")
    assert "git" in found("Projects\nVersioned the pipelines with Git (GitHub) and reviewed pull requests")


@pytest.mark.parametrize(
    ("text", "skill", "shown"),
    [
        # `c346_ai_02`: a controller's name wrapped before "Control"
        (
            "Theoretical Knowledge: Motion Planning, Numerical Optimization, Forward/Inverse Kinematics, Model Predictive\nControl (MPC)",
            "predictive_modeling",
            False,
        ),
        # `c341_un_02`: the programming language Standard ML
        ("Created an interpreted language with Ruby-esque syntax implemented twice in Python and Standard ML.", "machine_learning", False),
        # `c340_ai_01`: an agent that plays a board game
        ("Pente Playing AI Agent", "ai_agents", False),
        ("Built an AI agent that answers support tickets with GPT-4 and tool calls", "ai_agents", True),
        # `c339_ai_02`: a drone's electronics, not a software system
        (
            "Single-handedly designed the electronics system architecture that features modularity and maintainability.",
            "system_design",
            False,
        ),
        # `c339_ai_02`: "control and test" as two verbs, not control and test groups
        ("Set up off-board control and test inter-drone communication and multi-drone planning algorithms.", "ab_testing", False),
        ("Compared conversion between control and test groups of the checkout experiment", "ab_testing", True),
    ],
)
def test_a_language_a_game_agent_a_drones_electronics_and_two_verbs(text: str, skill: str, shown: bool) -> None:
    assert (skill in found(text)) is shown


@pytest.mark.parametrize(
    ("text", "shown"),
    [
        # `c327_ai_01`, `c336_un_02`: the notebook misspelled in a list of tools
        ("Skills\nTools: Tableau, ArcGIS, Latex, Jupitar, Git, WPF", True),
        ("Skills\nPython, Pandas, Jupiter, Docker", True),
        # ... not the planet
        ("Research\nModelled Jupiter's atmosphere and its moons with Python and NumPy", False),
    ],
)
def test_the_notebook_misspelled_among_tools_is_jupyter(text: str, shown: bool) -> None:
    assert ("jupyter" in found(text)) is shown


@pytest.mark.parametrize(
    ("text", "shown"),
    [
        # `c342_sw_01`, `c327_ai_03`, `c332_ai_01`: what a thing built is for, not the person's analysis
        ("Developed a web application to visualise and analyse immunogenomics data", False),
        ("Developed a RoR web application for collecting, analyzing and reporting financial data", False),
        ("Developed a smart receipt scanner powered by Gemini API to extract and analyze expense data from user inputs.", False),
        # `c346_sw_01`: an app that lets its users analyse their own data
        ("An AI-powered mental health application that helps Gen Z\ntrack and analyze their mood patterns through journaling.", False),
        ("Analyzed sales data from the web application to find the drivers of churn", True),
        ("Wrote Python scripts to clean and analyze survey data for the lab", True),
        # `c58_ds_03`: the person's means, not what the system is for
        (
            "Developed a demand forecasting system using Prophet, XGBoost, and statistical\n"
            "modeling techniques to analyze historical business trends",
            True,
        ),
    ],
)
def test_analysis_that_a_built_thing_is_for_is_not_the_persons(text: str, shown: bool) -> None:
    assert ("data_exploration" in found(text)) is shown


def test_data_that_a_built_ui_presents_is_no_storytelling() -> None:
    # `c348_sw_02`: the interface presents the data, no audience hears it
    ui = (
        "Designed and developed a user-friendly UI featuring interactive elements such as tables, pie charts, and bar charts"
        " to present data comprehensively."
    )
    assert "data_storytelling" not in found(ui)
    assert "data_storytelling" in found("Presented data on churn to the leadership team every quarter")


def test_a_hope_said_in_a_volunteer_role_leaves_its_work_shown() -> None:
    # `c43_ai_02`: a club role whose line before says what members want to learn; the work on the next line counts
    text = (
        "Volunteering\nVice President, Coding and Trading Club, July 2023 - Present\n"
        "Ran workshops for members who want to learn about trading systems and\n"
        "worked with CI/CD workflows, core repositories, and Git."
    )
    assert "git" in found(text)


def test_a_skill_word_in_a_schools_name_running_on_after_it_shows_no_skill() -> None:
    # `c350_un_01`: "CTE" (career and technical education) in a high school's name, no SQL common table expression
    assert not {"sql", "advanced_sql"} & found("Education\nThomas A. Edison CTE High School, Jamaica, NY")
    assert "advanced_sql" in found("Wrote recursive CTE queries in PostgreSQL for the billing reports")


@pytest.mark.parametrize(
    ("text", "skill", "shown"),
    [
        # `c353_ai_01`: a collaboration lab's project, not Google's notebooks
        ("Awards\nCoLab Project: Reflexis-BITS Collaboration;", "jupyter", False),
        ("Trained the models in Colab notebooks with PyTorch", "jupyter", True),
    ],
)
def test_a_lab_named_colab_is_no_notebook(text: str, skill: str, shown: bool) -> None:
    assert (skill in found(text)) is shown


def test_an_open_end_read_with_the_title_after_it_is_no_skill() -> None:
    # `c360_ds_01`: "present" ends the range, "Data Scientist" is the title
    text = "Experience\nNov-2021 – present Data Scientist, Biomarker Development at Novartis Institutes for BioMedical Research"
    assert not {"data_storytelling", "communication"} & found(text)
    assert "data_storytelling" in found("Experience\nPresent data on churn to the leadership every quarter")


def test_a_thing_designed_is_no_system_design() -> None:
    """`c398_ds_02`, `c400_ds_01`: "a ticketing system designed with input from ...", "an intelligent system designed to
    collaborate with humans" read as system design (the lemma of "designed" is "design")."""
    assert "system_design" not in found(
        "Experience\nIT Support, Acme, 2020 - 2022\nSupports staff with a ticketing system designed with input from the admin team."
    )
    assert "system_design" in found("Experience\nEngineer, Acme, 2020 - 2022\nOwned system design reviews for the payments platform.")
    assert "llm_fine_tuning" in found("Experience\nEngineer, Acme, 2020 - 2022\nFine-tuned LLMs with LoRA on support tickets.")


def test_wrangling_without_data_is_no_data_exploration() -> None:
    """`c391_un_01`: "Wrangling AI since GPT 3.5"."""
    assert "data_exploration" not in found("Summary\nWrangling AI since GPT 3.5.")
    assert "data_exploration" in found("Experience\nAnalyst, Acme, 2020 - 2022\nWrangling messy survey records in pandas.")


def test_working_with_product_stakeholders_is_communication_not_business_work() -> None:
    """`p208_de_01`, `p208_de_02`: "Collaborate with product managers and stakeholders", "collaborating with product
    stakeholders" read as business acumen (the rules: working with another function is communication)."""
    skills = found("Experience\nEngineer, Acme, 2020 - 2022\nCollaborated with product stakeholders to scope new features.")
    assert "communication" in skills and "business_acumen" not in skills
    assert "business_acumen" in found(
        "Experience\nAnalyst, Acme, 2020 - 2022\nTracked churn rate and revenue growth KPIs for the product team."
    )


@pytest.mark.parametrize(
    "text",
    [
        "Education\nFundamentals of computing systems architecture - RISC-V architecture, principles of logical design",
        "Projects\n8-bit Computer – Embedded Architecture Design",
        "Summary\nEngineer building autonomous platforms across hardware-software architecture and multi-sensor perception.",
    ],
)
def test_a_computers_architecture_is_no_system_design(text: str) -> None:
    """`c393_un_01`, `c400_un_02`, `c396_un_01`: a computer's, a board's or a robot's hardware read as the design of
    software systems."""
    assert "system_design" not in found(text)


def test_a_clean_design_is_no_data_cleaning() -> None:
    """`c409_un_02`: "Built a Dashboard website for courier company with clean minimal design" read as cleaning data."""
    text = "Experience\nDeveloper, Acme, 2022 - 2023\nBuilt a dashboard website for a courier with clean minimal design and data tables."
    assert "data_exploration" not in found(text)
    assert "data_exploration" in found("Experience\nAnalyst, Acme, 2022 - 2023\nCleaned data from 40 survey tables before modelling.")


def test_a_site_label_in_a_links_section_is_a_profile_link_not_git() -> None:
    # `c38_un_02`: "Github:// amehta-ex" under LINKS, as "GitHub: jdoe" under the name
    text = "Jane Roe\nEXPERIENCE\nData analyst at Acme\nLINKS\nGithub:// amehta-ex\nLinkedIn:// amehta-ex\n"
    assert "git" not in found(text)
    assert "git" in found(text + "SKILLS\nGit, Docker, SQL\n")


def test_contact_details_repeated_inside_a_section_are_no_work() -> None:
    # `c66_ds_03`: page 2 opens with the contact line again, read under the job it interrupts
    text = (
        "Jane Roe\nEXPERIENCE\nDecision Scientist, Acme   Aug 2022 - Apr 2023\nBuilt churn models in Python.\n"
        "Costa Mesa, CA | jane.roe@example.com | (314) 555-0148 | github: /janeroe-ex\nRan A/B tests on pricing.\n"
        "SKILLS\nGit, SQL\n"
    )
    report = Analyzer(as_of="2026-12").analyze_text(text)
    git = report.found_skills["git"]
    assert git.months is None


def test_a_bonus_heading_inside_an_ad_pasted_on_one_line_makes_only_what_follows_optional() -> None:
    """Written slice w157: "What we'd love to see • 2+ yrs doing data science ... • Bonus points: ... bandits for
    creative testing" pasted on one line; the years before "Bonus points:" are asked for, the bandits are a wish."""
    text = (
        "Data Scientist, Marketing Science What you'll do • Own our marketing mix model • Build Looker dashboards people "
        "actually open What we'd love to see • 2+ yrs doing data science or analytics at a consumer company • You're "
        "fluent in SQL • Python or R, we don't mind which • You know your stats: regression, causal inference, when a "
        "p-value means something • Bonus points: Bayesian stuff beyond MMM, bandits for creative testing Perks • a "
        "learning budget • 30 days off Tandemly is an equal opportunity employer."
    )
    job = Analyzer().read_job(text=text)
    assert job.years_overall == 2
    assert "multi_armed_bandits" in job.optional
    assert {"statistics", "sql"} <= set(job.required)


def test_years_in_an_aside_before_either_role_are_overall() -> None:
    """Written slice w157: "Substantial experience (normally at least five years) in a data science or statistical
    modelling role" asks five years overall, not five of statistical modelling."""
    job = Analyzer().read_job(
        text="Essential criteria\n1. Substantial experience (normally at least five years) in a data science or "
        "statistical modelling role, including line managing analysts.\n"
    )
    assert (job.years, job.years_overall) == ((), 5)


@pytest.mark.parametrize(
    ("line", "skill"),
    [
        ("Familiarity with Docker and continuous integration pipelines.", "docker"),
        ("Work with our data engineers to productionise models in our AWS stack (SageMaker, S3, Airflow)", "model_serving"),
    ],
)
def test_a_posting_asks_for_a_tool_in_plain_words(line: str, skill: str) -> None:
    """Written slice w157: a formal ad's "Familiarity with Docker", a British ad's "productionise models"."""
    job = Analyzer().read_job(text=f"Machine Learning Engineer\nPreferred Qualifications\n{line}\n")
    assert skill in set(job.required) | set(job.optional)


@pytest.mark.parametrize(
    ("line", "years", "overall"),
    [
        ("- PhD + 3 yrs applied ML in industry, or MS + 5 yrs", (("machine_learning", 3),), None),
        ("- 3 years of machine learning in industry", (("machine_learning", 3),), None),
        ("- 5+ years of experience in the insurance industry", (), 5),
        ("- Five (5) years of experience as a SQL Server DBA in a production environment", (), 5),
    ],
)
def test_years_in_industry_are_the_skills_and_years_as_a_dba_are_overall(line: str, years: Any, overall: int | None) -> None:
    """Written slice w164: "in industry" is outside academia, not a kind of job; a DBA is a role, not SQL."""
    job = Analyzer().read_job(text=f"What you'll bring\n{line}\n")
    assert (job.years, job.years_overall) == (years, overall)


@pytest.mark.parametrize(
    ("line", "skill"),
    [
        ("- PyTorch or TF", "tensorflow"),
        ("- Stats fundamentals: power, sequential testing, variance reduction (CUPED)", "ab_testing"),
        ("- Stats fundamentals: power, sequential testing, variance reduction (CUPED)", "statistics"),
        ("- Stats fundamentals: power, sequential testing, variance reduction (CUPED)", "hypothesis_testing"),
        ("- Offline eval → online A/B. Design the tests, read them, make the call", "ab_testing"),
        ("Lead the architecture of a multi-tenant LLM inference platform serving 400B models.", "system_design"),
        ("Design tensor- and pipeline-parallel serving of the largest models across GPU clusters.", "distributed_computing"),
        ("- Causal inference for promos; bandits for push notification timing", "multi_armed_bandits"),
    ],
)
def test_a_terse_posting_asks_for_skills_in_short_words(line: str, skill: str) -> None:
    """Written slices w163 and w164: a Lever page's terse bullets and a formal page's architecture duties."""
    job = Analyzer().read_job(text=f"Senior Applied Scientist\nWhat you'll do\n{line}\n")
    assert skill in set(job.required) | set(job.optional)


def test_a_security_classification_is_no_ab_test() -> None:
    """Written slice w136: "the security classification of records (Protected A/B)" beside regression testing."""
    line = "Coordinated regression testing of the quarterly releases and the security classification of records (Protected A/B)"
    assert "ab_testing" not in found(line)


def test_terraforms_short_name_is_no_tensorflow() -> None:
    job = Analyzer().read_job(text="DevOps Engineer\nWhat you'll do\n- Write TF modules for AWS and Kubernetes\n")
    assert "tensorflow" not in set(job.required) | set(job.optional)


@pytest.mark.parametrize(
    "line",
    [
        "Capstone: predicted appointment no-shows at a family-medicine clinic with random forests in R",
        "Own the PD (probability of default) models for BNPL and personal loans: LightGBM on bureau data",
        "Built 30-day readmission risk models for heart failure and COPD",  # w178_ds_02
        "Sepsis early-warning model on vitals and labs",
    ],
)
def test_a_prediction_named_with_its_model_is_predictive_modeling(line: str) -> None:
    """Written slice w161: a capstone's random forests, a lender's "PD (probability of default) models"."""
    assert "predictive_modeling" in found(line)
    assert "predictive_modeling" not in found("Explained the probability of default to customers at the branch")


def test_a_models_rollout_is_serving_and_its_latency_alerts_are_no_optimization() -> None:
    """Written slice w165: "model rollout to 3 counties" put a model to work; "p99 latency alerts in Prometheus" watch
    a latency, they do not cut it."""
    assert "model_serving" in found("Worked with agronomists on labelling guidelines and model rollout to 3 counties.")
    line = "Deployed churn models as inference services (KServe) behind gRPC; p99 latency alerts in Prometheus."
    assert "inference_optimization" not in found(line)


@pytest.mark.parametrize(
    ("line", "shown"),
    [
        ("Read the engagement survey statistics from the vendor report and facilitate workshops", False),
        ("Keep the loans data clean so that the circulation statistics in Accessit are right", False),
        ("Supplied daily movement counts for the CSO aviation statistics release", False),
        ("Taught AP Statistics, Algebra II and Pre-Calculus to ~150 students a year", True),
        ("Kept the clinic’s appointment statistics (recalls, no-shows) up to date for the practice manager", False),  # w179
        ("Stats & methods: survey statistics & weighting, power analysis", True),
        ("Strong grasp of time-series statistics and forecast evaluation", True),
        ("Taught introductory statistics to undergraduates", True),
    ],
)
def test_the_figures_a_noun_names_are_no_statistics(line: str, shown: bool) -> None:
    """Written slices w153-w172: hard negatives read, kept or supplied the figures of a survey, a library's loans, an
    airport's movements; "survey statistics & weighting" in a list of methods is the field."""
    assert ("statistics" in found(f"Experience\nOfficer, Acme    2019 - 2020\n- {line}\n")) is shown


@pytest.mark.parametrize(
    ("line", "years", "overall"),
    [
        ("- 6+ yrs building ML systems (4+ with a PhD)", (("machine_learning", 4),), None),
        ("- 5+ years of professional software development experience (3+ if you hold a relevant Master's degree)", (), 3),
    ],
)
def test_the_shorter_degree_path_in_an_aside_sets_the_years(line: str, years: Any, overall: int | None) -> None:
    """Written slices w170 and w171: a degree path in parentheses after the years asks fewer of them."""
    job = Analyzer().read_job(text=f"Requirements\n{line}\n")
    assert (job.years, job.years_overall) == (years, overall)


def test_what_another_team_owns_in_an_ad_pasted_on_one_line_leaves_the_other_items_asked() -> None:
    """Written slice w176: "... not this job • the matching algorithm — our ML team owns the recommender" pasted on one
    line with every other item took all of them out of the ad."""
    text = (
        "Data Scientist, Growth what you'll actually do • design A/B tests, size them, call them • build LTV and churn "
        "prediction models • what we'd need from you • python (pandas) or R • you know your stats: p-values, power "
        "• SQL on Snowflake not this job • the matching algorithm — our ML team owns the recommender • perks: a "
        "learning budget"
    )
    job = Analyzer().read_job(text=text)
    assert {"python", "statistics", "ab_testing"} <= set(job.required) | set(job.optional)


def test_what_the_company_runs_on_asks_for_nothing() -> None:
    """Written slice w181: a blurb's "We run on Azure, Databricks and Power BI, and last year we moved our audit analytics
    platform to microservices on AKS"."""
    job = Analyzer().read_job(
        text="AI Engineer\nHarrow & Pike is one of the UK's top-20 accounting firms. We run on Azure, Databricks and Power BI, "
        "and last year we moved our audit analytics platform to microservices on AKS.\nWhat you'll do\n- Build RAG over audit "
        "files in Python\n"
    )
    asked = set(job.required) | set(job.optional)
    assert not asked & {"dashboards", "system_design"}
    assert {"rag", "python"} <= asked


def test_plants_pruned_are_no_pruned_model() -> None:
    """Written slice w155: a CNN's counts fed "the vineyard manager's pruning and harvest plans"."""
    line = "Grape-cluster counting from phone videos: trained a Keras CNN; counts fed the vineyard manager's pruning plans."
    assert "pruning" not in found(line)
    assert "pruning" in found("Cut CNN latency by pruning 40% of the channels.")


@pytest.mark.parametrize(
    "line",
    [
        "- Tableau",
        "• Experience with Spark",
        "| Tableau | Preferred |",
        "- Ray or Spark",
        "- knowledge of R",
        "• Tableau (some of our brand team still use it)",
    ],
)
def test_a_tool_alone_as_an_item_of_a_postings_list_is_asked_for(line: str) -> None:
    """Written slices w21, w72, w96, w98, w133 and w158: a job ad's "Nice to have" list with a tool alone on an item."""
    job = Analyzer().read_job(
        text="Data Scientist\nMust haves:\n- 3-5 yrs as a Data Scientist (NLP heavy)\n- Python - pandas, scikit-learn\n"
        f"Nice to haves:\n- telecom experience\n{line}\n- a Master's in Linguistics or similar\n"
    )
    assert {"tableau", "distributed_computing", "r_language"} & set(job.optional)


@pytest.mark.parametrize("line", ["- Spark OES or XRF", "- Spark New Zealand alumni", "- Ray Dalio fans welcome"])
def test_a_name_with_more_words_in_a_postings_list_is_no_tool(line: str) -> None:
    job = Analyzer().read_job(
        text=f"Lab Technician\nMust haves:\n- a metallurgy degree\nNice to haves:\n- forklift licence\n{line}\n- a clean driving record\n"
    )
    assert not set(job.required) | set(job.optional)


def test_pruning_a_solvers_search_is_no_pruned_model() -> None:
    """`c472_ai_01`: a Rubik's Cube solver's "pruning techniques" beside threads' "channels and atomics" read as
    pruning a network's channels."""
    solver = "Utilizes multi-threading synchronization using channels and atomics, SIMD programming, pruning techniques."
    assert "pruning" not in found(solver)
    assert "pruning" in found("Applied structured channel pruning to a CNN, cutting latency by 40%")


def test_user_interfaces_built_are_no_work_with_another_function() -> None:
    """`c474_ai_02`: "user interfaces with CRUD operations" read as "interfaced with operations"."""
    assert "communication" not in found(
        "Experience\nDeveloper, Acme  Jan 2020 - Dec 2021\n"
        "Designed and developed responsive user interfaces with CRUD operations for efficient hospital management.\n"
    )
    assert "communication" in found(
        "Experience\nDeveloper, Acme  Jan 2020 - Dec 2021\nInterfaced with operations and marketing teams to define KPIs.\n"
    )


def test_a_backends_latency_or_throughput_is_no_inference_optimization() -> None:
    """`c468_un_02`, `c470_ai_01`: request batching, Redis caching and query tuning speed up a service, not a model."""
    assert "inference_optimization" not in found(
        "Built a generic API batching / fan-in framework reducing network round-trips and improving p99 latency by 40%."
    )
    assert "inference_optimization" not in found(
        "Improved system throughput of LLM features by optimizing API queries, leveraging Redis caching."
    )
    assert "inference_optimization" in found("Cut LLM inference latency by 40% with INT8 quantization and dynamic batching.")


def test_headings_a_scraper_ran_into_one_paragraph_mark_what_follows_them() -> None:
    """`p218_ai_01`, `p59_ds_03`: "Nice to have:" and "What we need:" inside a run-together ad were no headings (their
    small words in lower case), so wishes read as requirements; and a "Tools We Use:" list after the wishes is no wish."""
    ad = (
        "Portless | AI Engineer | Remote. We ship agentic workflows that replace manual work in logistics, and build the "
        "platform other teams use instead of asking you for everything forever, with direct access to leadership. What "
        "we need: 3+ years SWE, 1-2+ of which building production AI systems Strong Python and/or TypeScript Some "
        "background in e-commerce or comparable B2B ops Nice to have: RAG, vector DBs, multi-step orchestration, causal "
        "inference Tools We Use: Programming language: SQL Data tools: dbt, Snowflake"
    )
    job = Analyzer().read_job(text=ad)
    assert "python" in job.required and "sql" in job.required
    assert "rag" in job.optional and "causal_inference" in job.optional
    assert job.years_overall == 3


def test_statistical_inference_tests_are_no_inference_optimization() -> None:
    """`c489_ds_02`: "inference tests ... for optimizing battery performance" read as optimizing a model's inference."""
    assert "inference_optimization" not in found(
        "Performed various inference tests to build insights for optimizing battery performance of a mobile service."
    )
    assert "inference_optimization" in found("Optimized inference of LLMs with TensorRT, 3x faster.")


def test_presenting_at_an_agile_stand_up_is_no_data_storytelling() -> None:
    """`c489_ds_02`: "Presented weekly in stand-up meetings to ... coordinate future user stories" read as presenting a
    data story."""
    assert "data_storytelling" not in found(
        "Presented weekly in stand-up meetings to track project progress and coordinate future user stories."
    )
    assert "data_storytelling" in found("Presented findings and recommendations to leadership.")


def test_the_first_of_two_headings_of_wishes_heads_the_requirements() -> None:
    """`p221_de_01`: "Desired Skills" over what the job asks, then "Good To Have": with no heading of requirements,
    everything the ad asks for was read as optional."""
    job = Analyzer().read_job(
        text=(
            "# Back End Engineer\n\n## Key Responsibilities\n\n- Build data platforms and tools.\n\n"
            "## Desired Skills\n\n- Thorough knowledge of Python.\n- Basic querying mechanisms (SQL and alike).\n\n"
            "## Good To Have\n\n- Prior experience with Docker.\n"
        )
    )
    assert {"python", "sql"} <= set(job.required)
    assert "docker" in job.optional
    single = Analyzer().read_job(text="# Analyst\n\n## Requirements\n\n- SQL\n\n## Desired Skills\n\n- Python\n")
    assert "python" in single.optional


def test_systems_analysis_and_design_the_course_is_no_system_design() -> None:
    """`c467_ds_02`, `c488_ai_01` and `c79_ds_02`: "Systems Analysis and Design" and "Structured System Analysis and
    Design" in coursework (the information-systems course of requirements and process modelling) gave system design."""
    courses = "Relevant Courses: Data Analysis, Statistics, Regression, Cloud Computing, and Systems Analysis and Design"
    assert "system_design" not in found(courses)
    assert "system_design" not in found("Courses: Introduction to Databases, Structured System Analysis and Design, Algorithms")
    assert "system_design" in found("Courses: Distributed Systems, System Design, Algorithms")


def test_findings_presented_to_someone_are_data_storytelling() -> None:
    """`c468_ds_02`: "analyzing the results, and presenting to the CEO" gave communication only: "presenting to" (a
    phrase of communication) swallowed the "presenting" whose nearby "results" make it data storytelling."""
    line = "My responsibilities were: planning, executing experiments, analyzing the results, and presenting to the CEO."
    assert "data_storytelling" in found("Experience\n" + line)
    assert "data_storytelling" in found("Experience\nAnalyzed the survey results and presented them to the CEO.")
    assert "data_storytelling" not in found("Experience\nPresented to the CEO at the quarterly all-hands meeting.")


def test_a_thing_called_something_is_named_not_tool_calling() -> None:
    """`c499_un_01`: "Worked on AUTOMATION TESTING using regression framework for the Siemens tool called CAPITAL"
    gave AI agents (the lemma of "tool calling"); `c499_un_01` also: "SIEMENS (MENTOR GRAPHICS)" gave communication."""
    assert "ai_agents" not in found("Worked on automation testing using a regression framework for the Siemens tool called CAPITAL.")
    assert "communication" not in found("SIEMENS (MENTOR GRAPHICS) | QUALITY ANALYST INTERN JUNE 2022 - JUNE 2023")
    assert "ai_agents" in found("Built LLM agents with tool calling and function calling over internal APIs.")


def test_cloud_computing_as_a_course_or_a_listed_item_is_no_cloud() -> None:
    """`c470_ai_02`, `c331_ds_01`, `c474_ai_02`, `c404_sw_02`: "Cloud Computing" in coursework, a certificate or a list
    named no provider and gave cloud; "cloud computing" in the work itself still does (`c20_ds_01`, `c24_ds_03`)."""
    assert "cloud" not in found("Relevant Coursework: Machine Learning, Deep Learning, Data Mining, Cloud Computing")
    assert "cloud" not in found("Certifications\nIBM Skills Build - Artificial Intelligence Fundamentals, INFOSYS - cloud computing")
    work = "Experience\nCreated an automated data market using data pipelines and cloud computing infrastructure."
    assert "cloud" in found(work)
    assert "cloud" in found("Experience\nRan propensity score models in a cloud computing environment.")


def test_a_document_stores_query_performance_is_no_advanced_sql() -> None:
    """`c495_ds_02` and `c470_ai_02`: "indexing strategies to enhance MongoDB query performance" and "MongoDB schemas
    ... to optimize query performance" gave advanced SQL: MongoDB is no SQL database."""
    assert "advanced_sql" not in found("Experience\nCreate and evaluate indexing strategies to enhance MongoDB query performance.")
    assert "advanced_sql" not in found("Experience\nDesigned MongoDB schemas with embedded documents to optimize query performance.")
    assert "advanced_sql" in found("Experience\nTuned PostgreSQL indexes and rewrote reports to improve query performance by 40%.")


def test_a_products_features_engineered_are_no_feature_engineering() -> None:
    """`c498_ai_01`: "Engineered features for an enterprise SaaS platform supporting project management" (the
    product's features) gave feature engineering."""
    line = "Experience\nEngineered features for an enterprise SaaS platform supporting project management and workforce operations."
    assert "feature_engineering" not in found(line)
    assert "feature_engineering" in found("Experience\nEngineered features from transaction histories for the churn model.")


def test_a_talk_given_at_a_venue_is_no_data_storytelling() -> None:
    """`c377_ai_01`: "Presented at AABA 2020, demonstrating ... motion analysis" is a talk (communication), not findings
    told to the people who decide."""
    line = "Impact: Presented at AABA 2020, demonstrating applications in biomechanics and motion analysis."
    assert "data_storytelling" not in found("Projects\n" + line)
    assert "communication" in found("Projects\n" + line)


def test_present_as_an_adjective_means_current_not_showing() -> None:
    """`p226_un_01`: "... shaping AI research through insights from its present use in artistic practice" gave data
    storytelling: "present" after "its" / "the" is the adjective (current), not the verb."""
    line = "The focus is not on shaping AI research through insights from its present use in artistic practice."
    assert "data_storytelling" not in found(line)
    assert "data_storytelling" not in found("Experience\nThe present study reports findings on soil chemistry.")
    assert "data_storytelling" in found("Experience\nPresent the findings to the product managers every quarter.")


def test_a_company_saying_what_it_does_or_is_asks_for_nothing() -> None:
    """`w3_eng_01`, `w3_ds_02`, `w3_ds_01`: "Kestrel Health builds scheduling and billing software for 1,800 clinics ...
    our ML team (they forecast no-shows)", "Northgate Grocers operates 214 stores ... moved to Azure and Databricks" and
    "Kardamom is a recipe-box and grocery app ... with a Looker front end" asked for machine learning, cloud and
    dashboards."""
    text = (
        "Kestrel Health builds scheduling and billing software for 1,800 clinics; our ML team (they forecast no-shows) "
        "depends on the data platform.\n"
        "Northgate Grocers operates 214 neighborhood stores. Our team moved to Azure and Databricks last year.\n"
        "Kardamom is a recipe-box and grocery app with ~900k households and a Looker front end.\n"
        "Requirements:\nStrong SQL.\nThe Data Scientist builds 3 forecasting models a year.\n"
    )
    job = Analyzer().read_job(text=text)
    assert set(job.required) == {"sql", "predictive_modeling"}


def test_a_tables_clustering_in_a_warehouse_is_no_machine_learning() -> None:
    """`w2_de_01`, `w3_eng_01`: "tuned the heaviest queries with partitioning, clustering and rewritten joins" beside "dbt
    (180 models)", and "Strong SQL — query optimization, partitioning, clustering keys" gave machine learning."""
    line = "Orders marts in BigQuery with dbt (180 models); tuned the heaviest queries with partitioning, clustering and joins"
    assert "machine_learning" not in found("Experience\n" + line)
    assert "machine_learning" in found("Experience\nCustomer segmentation with clustering models on purchase features.")


def test_a_posting_pasted_with_its_line_breaks_lost_keeps_its_parts() -> None:
    """`w5_ds_01` (a LinkedIn page pasted as one line): the headings had no colon, so "... ideally at a consumer tech
    company" made every requirement after it a wish, and the equal-opportunity sentence at the end, with no full stop
    between it and the list before, took Tableau, Bayesian methods and bandits away."""
    text = (
        "Senior Data Scientist, Product Acme · Austin, TX About the job The role As a Senior Data Scientist you'll be the "
        "analytical partner for a product manager. What you'll do Design, run and read out A/B tests on search and checkout "
        "Build the dashboards the team actually looks at What we're looking for 4+ years in product analytics, ideally at a "
        "consumer tech company Expert SQL - window functions and CTEs R or Python for analysis Experience with a BI tool - "
        "Tableau / Power BI / Looker Nice to have Bayesian approaches to experimentation Multi-armed bandits for ranking "
        "Benefits Medical, dental, vision 401(k) with 4% match Acme is an equal opportunity employer."
    )
    job = Analyzer().read_job(text=text)
    assert {"python", "r_language", "tableau", "ab_testing"} <= set(job.required)
    assert {"bayesian_methods", "multi_armed_bandits"} <= set(job.optional)


def test_another_teams_work_is_not_asked() -> None:
    """`w5_ds_01`, `w5_eng_01`: "... and our ML team ships search ranking and price-suggestion models" and "our Relevance
    ML team trains learning-to-rank and embedding models in PyTorch" asked for machine learning and PyTorch."""
    text = (
        "Our search runs on Go and Kafka, and our Relevance ML team trains learning-to-rank models in PyTorch.\n"
        "Requirements:\nStrong SQL.\nYou will work with our ML team, who train models in TensorFlow.\n"
    )
    job = Analyzer().read_job(text=text)
    assert "pytorch" not in job.required + job.optional
    assert "tensorflow" in job.required


def test_a_clouds_own_kubernetes_service_is_cloud_work() -> None:
    """`w1_ai_01`, `w4_ml_01`: "Moved LLM inference ... to self-hosted vLLM on EKS" and "EKS clusters, Kubeflow Pipelines"
    were Kubernetes only, so the years of cloud work at those jobs were lost (Amazon's, Google's and Azure's services
    are cloud under the labelling rules)."""
    assert {"kubernetes", "cloud"} <= found("Experience\nMoved LLM inference from a vendor API to self-hosted vLLM on EKS.")
    assert {"kubernetes", "cloud"} <= found("Experience\nRan the training jobs on GKE node pools with A100 GPUs.")


def test_a_range_chart_of_process_control_is_no_r_language() -> None:
    """`w4_un_01`: "Statistical process control (X-bar/R charts, Cpk) on 14 CNC machining cells" gave the R language."""
    line = "Statistical process control (X-bar/R charts, Cpk) on 14 CNC machining cells for camshafts"
    assert "r_language" not in found("Experience\n" + line)
    assert "r_language" in found("Experience\nStatistical analysis of the test results in R and Excel.")


def test_deep_dives_presented_to_someone_are_data_storytelling() -> None:
    """`w2_ds_01`: "Quarterly loss-ratio deep dives presented to the CFO staff with recomendations" (a deep dive is an
    analysis) was not data storytelling."""
    assert "data_storytelling" in found("Experience\nQuarterly loss-ratio deep dives presented to the CFO staff.")
    assert "data_storytelling" not in found("Experience\nPresented the deep-sea diving club's budget at the annual meeting.")


def test_credit_scorecards_selected_features_and_explored_datasets() -> None:
    """`w8_ds_01` (a credit-risk ad): "application and behavioural scorecards (PD)" predict default, "build and select
    features (WoE binning ...)" is feature engineering and "Explore large customer and bureau datasets" data
    exploration; none was found."""
    assert "predictive_modeling" in found("Experience\nDeveloped application and behavioural scorecards (PD) for unsecured lending.")
    assert "predictive_modeling" not in found("Experience\nIntroduced a balanced scorecard for the sales regions.")
    assert "feature_engineering" in found("Experience\nBuilt and selected features with WoE binning for the models.")
    assert "data_exploration" in found("Experience\nExplored large customer and bureau datasets.")
    assert "data_exploration" not in found("Experience\nExplored new markets in Asia.")


def test_engineered_features_bootstrap_tests_and_work_with_product_managers() -> None:
    """`w2_st_01`, `w7_ai_01`, `w7_se_01`: "200 engineered features from the click logs", "paired bootstrap tests showed
    it significantly better" and "Work with product managers and the support team on the roadmap" were no feature
    engineering, hypothesis testing or communication."""
    assert "feature_engineering" in found("Experience\nTrained LightGBM on 200 engineered features from the click logs.")
    assert "hypothesis_testing" in found("Experience\nPaired bootstrap tests showed the re-ranker significantly better.")
    assert "communication" in found("Experience\nWork with product managers and the support team on the roadmap.")
    assert "communication" not in found("Experience\nWorked with pandas and NumPy on the sensor logs.")


def test_regressions_run_on_data_are_statistical_modeling() -> None:
    """`w9_mx_01`: "Cleaned survey data in R and ran regressions" was no statistical modeling; a release's regression
    runs stay software testing."""
    assert "statistical_modeling" in found("Experience\nCleaned survey data in R and ran regressions for the professor.")
    assert "statistical_modeling" not in found("Experience\nWe run regressions on every release of the web app with Selenium.")


def test_a_pasted_posting_whose_bullets_became_bars_keeps_its_parts() -> None:
    """`w14_ds_02` (a LinkedIn page pasted as one paragraph, its bullets "•"): "What you'll own" opened the line, and
    "... experience • Nice to have • Bayesian ..." and "Why Harbor & Pine • 30% associate discount" sat between bullets,
    so no heading was seen and the equal-opportunity sentence took Tableau, SQL and statistics away."""
    text = (
        "What you'll own • Lead a team building demand forecasting models • Engineer features from POS and weather data "
        "What you'll bring • Strong SQL • Solid statistics: GLMs and significance tests • Experience building reporting in "
        "Tableau or Power BI for non-technical users • Retail experience Nice to have • Bayesian hierarchical models (PyMC) "
        "for sparse SKUs • MLflow for model tracking Why Harbor & Pine • 30% associate discount • 401(k) with 5% match "
        "Harbor & Pine is an equal opportunity employer and values diversity."
    )
    job = Analyzer().read_job(text=text)
    assert {"sql", "statistics", "tableau", "feature_engineering"} <= set(job.required)
    assert {"bayesian_methods", "model_registry"} <= set(job.optional)


def test_a_duty_lead_naming_the_team_opens_duties_that_a_preferred_block_repeats() -> None:
    """Written slice w18: "As an Applied Scientist on the post-training team, you will:" opens the job's duties, so
    distilling models named there and again under "Preferred qualifications" stays required."""
    job = Analyzer().read_job(
        text="Applied Scientist\nDescription\nWe build models.\n"
        "As an Applied Scientist on the post-training team, you will:\n"
        "- Distill large teacher models into smaller student models\n"
        "Basic qualifications\n- Python\n"
        "Preferred qualifications\n- Experience with model compression: distillation or pruning\n"
    )
    assert "distillation" in job.required
    assert "pruning" in job.optional


@pytest.mark.parametrize(
    "aside",
    [
        "(Demand forecasting and replenishment models sit with the Planning team - not this role.)",
        "Churn prediction is owned by the Data Science team and is outside the scope of this role.",
    ],
)
def test_work_put_outside_the_role_is_not_asked(aside: str) -> None:
    """Written slice w18: an analyst ad that says forecasting models belong to another team asks for no predictive
    modeling; the reporting it asks for stays."""
    job = Analyzer().read_job(text=f"Data Analyst\nThe role\nYou'll own the weekly reporting. {aside}\nWhat you bring\n- SQL every day\n")
    assert "predictive_modeling" not in set(job.required) | set(job.optional)
    assert "sql" in job.required


def test_a_skills_table_marks_a_row_optional_by_plus_in_its_last_cell() -> None:
    """Written slice w18: a "Skill | Level | Required?" table whose Git row ends in "Plus" wishes for Git."""
    job = Analyzer().read_job(
        text="Data Analyst\nSkills matrix\nSkill | Level | Required?\nSQL (Snowflake) | Advanced | Must have\nGit | Basic | Plus\n"
    )
    assert "sql" in job.required
    assert "git" in job.optional


@pytest.mark.parametrize(
    ("line", "skill"),
    [
        # written slice w15: "Azure" followed by a tool its context names is the cloud, not a first name
        ("Demand forecasting pipelines in PySpark on Azure Databricks", "cloud"),
        # written slices w1, w17: findings written up for the people who decide
        ("Write clear, short memos for leadership on what we learned and what we recommend", "data_storytelling"),
        ("Turned claims analysis into a recommendation the VP of Clinical Programs adopted", "data_storytelling"),
        ("A/B tested SMS reminder wording with member ops; walked leadership through the readout", "data_storytelling"),
        # written slices w3, w5, w11, w14, w17: data dug into
        ("Dig into funnel and cohort data to find where homeowners drop off", "data_exploration"),
        ("Analyzed claims trend by region and product to explain the 2019 spike", "data_exploration"),
        # written slice w15: the money a piece of work is worth, estimated
        ("Partnered with finance to size the opportunity for a $40M care management expansion", "business_acumen"),
        ("Own the member cost forecast (PMPM by line of business, 12 month horizon, refreshed monthly)", "predictive_modeling"),
    ],
)
def test_business_work_said_in_other_words(line: str, skill: str) -> None:
    assert skill in found(f"Experience\nData Scientist, Acme Insurance (2020 - 2022)\n{line}\n")


def test_a_colleague_named_like_a_tool_is_still_no_tool() -> None:
    assert "cloud" not in found("Experience\nAnalyst, Acme (2020 - 2022)\nWorked with Azure Lopez on the spring launch\n")


def test_a_doctorates_lines_under_its_thesis_are_its_research_work() -> None:
    """Written slice w16: under a PhD's thesis line, "Statistical analysis: profile-likelihood fits, CLs hypothesis
    tests" and "Simulation production on the ... cluster (SLURM, MPI)" say what the research did, with no verb of work:
    the skills they show are dated by the doctorate."""
    report = analyze_text(
        "Education\n2019 - 2024\nPhD in Physics, Lund University\n"
        "Thesis: Searches for long-lived particles with the ATLAS detector.\n"
        "Statistical analysis: profile-likelihood fits, CLs hypothesis tests, systematic uncertainties.\n"
        "Simulation production on the LUNARC Aurora cluster (SLURM, MPI).\n",
        as_of="2026-12",
    )
    depth = report.found_skills
    assert (depth["hypothesis_testing"].months, depth["hypothesis_testing"].last_used) == (72, "2024-12")
    assert depth["distributed_computing"].months == 72


@pytest.mark.parametrize(
    "line",
    [
        # written slices w1, w12: the people of another function, named as people
        "Worked with buyers and supply-chain planners to turn forecasts into order proposals",
        "worked with complaints ops and compliance officers on labelling guidelines",
        # written slice w1: a demo to another function
        "Demoed every sprint to the product owner and the sales engineers",
        # written slices w10, w15: reports written for the people who decide or check
        "Prepared the validation reports for the credit committee and answered the auditors' questions",
        "Wrote the post-campaign reviews for the marketing director",
    ],
)
def test_work_with_another_function_in_other_words_is_communication(line: str) -> None:
    assert "communication" in found(f"Experience\nAnalyst, Acme (2020 - 2022)\n{line}\n")


@pytest.mark.parametrize(
    "line",
    ["Worked with sales data to build the weekly forecast", "Analyst (reports to the VP of Finance)", "Skills: statistics, reporting"],
)
def test_a_functions_data_or_whom_one_reports_to_is_no_communication(line: str) -> None:
    assert "communication" not in found(f"Experience\nAnalyst, Acme (2020 - 2022)\n{line}\n")


def test_years_of_material_are_no_years_asked() -> None:
    """Written slice w21: "RAG pipelines over 15+ years of engagement documents" counts the archive, not the hire's
    experience; the "4+ years" asked below stands."""
    job = Analyzer().read_job(
        text="AI Engineer\nWhat you'll do\n- Build RAG pipelines over 15+ years of engagement documents in SharePoint\n"
        "Qualifications\n- 4+ years of professional software engineering experience, including at least 2 years building with Python\n"
    )
    assert job.years_overall == 4
    assert dict(job.years) == {"python": 2}


@pytest.mark.parametrize(
    ("line", "skill"),
    [
        ("Estimate price elasticity and willingness-to-pay across markets and customer segments", "business_acumen"),
        ("Present forecasts and their uncertainty to executive leadership", "data_storytelling"),
        ("Run the experiment readouts with product managers and editors", "data_storytelling"),
    ],
)
def test_a_postings_business_and_storytelling_duties_in_other_words(line: str, skill: str) -> None:
    """Written slice w21: pricing work and results taken to the people who decide, said without the usual words."""
    job = Analyzer().read_job(text=f"Data Scientist\nWhat you'll do\n- {line}\n")
    assert skill in job.required


@pytest.mark.parametrize(
    ("line", "skill"),
    [
        # written slices w19, w20: the models and services of credit and marketing work named without "predictive"
        ("Own the NBO models: per-offer propensity with XGBoost", "predictive_modeling"),
        ("Fraud-risk scoring for motor claims (random forest, scikit-learn)", "predictive_modeling"),
        ("Independent validation of 30+ credit risk models (PD, LGD, EAD)", "predictive_modeling"),
        ("an uplift layer (T-learner) so we target persuadables, not sure things", "causal_inference"),
        ("REST scoring endpoint called by the Pega decisioning hub, p95 under 80 ms", "model_serving"),
        ("Deployed to 46 NVIDIA Jetson AGX Orin edge boxes: TensorRT engines with INT8", "model_serving"),
        ("SQL (Redshift) and weekly Mode reports for the checkout and Domains product teams", "dashboards"),
        ("Worked with the pricing team on renewal pricing: EDA in Jupyter", "business_acumen"),
        ("Briefed council staff on the findings before budget hearings", "data_storytelling"),
    ],
)
def test_models_services_and_findings_named_in_their_trades_words(line: str, skill: str) -> None:
    assert skill in found(f"Experience\nData Scientist, Acme Bank (2020 - 2022)\n{line}\n")


@pytest.mark.parametrize(
    ("line", "skill"),
    [
        ("Drove a 12% uplift in conversion with the new onboarding flow", "causal_inference"),
        ("Scoring rubric design for the essay exams", "predictive_modeling"),
        ("Switched the app to dark mode for all reports pages", "dashboards"),
    ],
)
def test_the_same_words_in_their_everyday_sense_are_no_skill(line: str, skill: str) -> None:
    assert skill not in found(f"Experience\nAnalyst, Acme (2020 - 2022)\n{line}\n")


def test_a_capstone_project_heading_opens_a_projects_section() -> None:
    """Written slice w20: a dated capstone under "Capstone project" is a project, so all its lines date its skills
    (under Education only its lines of hands-on work would)."""
    report = analyze_text(
        "Education\nBachelor of Mathematics, QUT, 2008 - 2012\nCapstone project\nJul - Nov 2023\n"
        "Predicting student disengagement in senior maths\nPresented results and recommendations to the Department\n",
        as_of="2026-12",
    )
    depth = report.found_skills
    assert depth["data_storytelling"].last_used == "2023-11"


@pytest.mark.parametrize(
    "line",
    [
        # written slices w15, w22, w23: features made from data sources or for a model, with no verb of engineering
        "built ~150 features from claim history, repair estimates and telematics",
        "Features from GPS pings, stop history, traffic & weather.",
        "feature pipelines in Airflow on BigQuery (window functions, 200+ features for the ranker)",
        "Feature eng. on clickstream; Spark on Dataproc (GCP).",
    ],
)
def test_features_made_from_data_or_for_a_model_are_feature_engineering(line: str) -> None:
    assert "feature_engineering" in found(f"Experience\nData Scientist, Acme (2020 - 2022)\n{line}\n")


@pytest.mark.parametrize(
    "line",
    [
        "Shipped features from the product roadmap in React",
        "Built new features for the mobile app",
        "Developed a Wi-Fi heatmap feature from concept to launch",
    ],
)
def test_a_products_features_are_no_feature_engineering(line: str) -> None:
    assert "feature_engineering" not in found(f"Experience\nEngineer, Acme (2020 - 2022)\n{line}\n")


def test_what_an_ad_says_it_does_not_need_is_not_asked() -> None:
    """Written slice w24: "no, we are not building AI agents" asks for no agents; "You don't need a PhD, but you need
    strong Python" still asks for Python."""
    job = Analyzer().read_job(
        text="Staff Data Scientist\nAbout you\nWe don't need you to know Rust, and no, we are not building AI agents that "
        "write your experiment readouts for you.\nYou don't need a PhD, but you need strong Python and SQL.\n"
    )
    assert "ai_agents" not in set(job.required) | set(job.optional)
    assert {"python", "sql"} <= set(job.required)


def test_a_probability_a_model_predicts_is_no_statistics() -> None:
    """Written slice w24: "models that predict the probability a payment ends in a fraud chargeback"."""
    job = Analyzer().read_job(
        text="ML Engineer\nWhat you'll do\n- Build models that predict the probability a payment ends in a fraud chargeback\n"
    )
    assert "statistics" not in set(job.required) | set(job.optional)


def test_a_pasted_ad_whose_bullets_became_dashes_keeps_its_parts() -> None:
    """Written slice w27: an ad pasted as one paragraph whose bullets became " - " ("What we're looking for - 3-5 yrs
    ... - Strong SQL ... Nice to have - Bayesian approaches ... What we offer - Hybrid setup ... equal opportunity
    employer.") keeps what it asks for: the benefits and equal-opportunity text at the end no longer swallow the list."""
    job = Analyzer().read_job(
        text="Data Scientist, Growth About the role You'll work with marketing. What you'll do - Design and analyse A/B "
        "tests on paywalls What we're looking for - 3-5 yrs of experience in growth analytics - Strong SQL (we're on "
        "Snowflake + dbt), you're comfortable with window functions - Python or R for analysis Nice to have - Bayesian "
        "approaches to experimentation (PyMC or similar) - Multi-armed bandits What we offer - Hybrid setup - 30 "
        "vacation days Stillwater is an equal opportunity employer."
    )
    assert {"sql", "python", "r_language", "ab_testing"} <= set(job.required)
    assert {"bayesian_methods", "multi_armed_bandits"} <= set(job.optional)


@pytest.mark.parametrize(
    ("text", "years", "overall"),
    [
        ("ML Engineer\nRequirements\n- 4+ years building computer vision systems, 2+ of them with PyTorch.\n", {"pytorch": 2}, 4),
        (
            "Platform Engineer\nAbout you\nYou've spent at least four years running production infrastructure, and at least "
            "two of those years operating Kubernetes in production with real traffic.\n",
            {"kubernetes": 2},
            4,
        ),
    ],
)
def test_years_of_a_skill_said_as_a_part_of_the_years_asked(text: str, years: dict[str, int], overall: int) -> None:
    """Written slice w27: "2+ of them with PyTorch", "two of those years operating Kubernetes"; "four years running
    production infrastructure" is years of work (not "three years running", in a row)."""
    job = Analyzer().read_job(text=text)
    assert dict(job.years) == years
    assert job.years_overall == overall


def test_an_adverb_in_a_heading_and_a_wish_in_a_dash_aside() -> None:
    """Written slice w27: "What you'll actually do" heads the duties; "You've been responsible for machine learning
    models in production before — LLMs ideally, but a recommender counts" wishes for LLMs, not for the models."""
    job = Analyzer().read_job(
        text="Platform Engineer\nWhat you'll actually do\nYou will run the LLM serving platform on Kubernetes.\n"
        "About you\nYou've been responsible for machine learning models in production before — LLMs ideally, but a "
        "recommender or a vision model counts.\nIt's a bonus if you've worked on knowledge distillation.\n"
    )
    assert {"kubernetes", "machine_learning", "model_serving"} <= set(job.required)
    assert "distillation" in job.optional


def test_a_labs_treatment_effects_are_no_causal_inference() -> None:
    """Written slice w25: a plant biologist's "Tested treatment effects in GraphPad Prism (one-way ANOVA, Tukey
    post-hoc)" compares treatments in a lab; heterogeneous treatment effects estimated with causal forests are causal
    inference."""
    assert "causal_inference" not in found(
        "Experience\nResearcher, Acme Labs (2020 - 2022)\nTested treatment effects in GraphPad Prism (one-way ANOVA, Tukey post-hoc)\n"
    )
    assert "causal_inference" in found(
        "Experience\nData Scientist, Acme (2020 - 2022)\nEstimated heterogeneous treatment effects with causal forests\n"
    )


def test_benefits_that_open_with_a_salary_in_euros_end_the_wishes_before_them() -> None:
    """Written slice w30: "... Bonus points • Bayesian A/B testing • Multi-armed bandits • Experience with dbt, BigQuery or
    Spark What we offer • €80,000 - €98,000 gross ..." pasted as one paragraph: "What we offer" before a salary in euros
    is the benefits heading, so the wishes before it stay wishes."""
    job = Analyzer().read_job(
        text="Senior Data Scientist The role • Design and analyse A/B tests on ranking What you bring • Expert SQL • Python "
        "or R for analysis Bonus points • Bayesian A/B testing • Multi-armed bandits • Experience with dbt, BigQuery or "
        "Spark What we offer • €80,000 - €98,000 gross per year • 27 vacation days Tripvane is an equal opportunity employer."
    )
    assert {"bayesian_methods", "multi_armed_bandits"} <= set(job.optional)


def test_a_postings_stack_sentence_asks_for_nothing() -> None:
    """Written slices w8, w17, w18: "Our stack is boring on purpose: a Rails monolith, Postgres, BigQuery, dbt, Looker" tells
    what the team uses; the duties and requirements say what the hire needs."""
    job = Analyzer().read_job(
        text="Data Scientist\nHandyhive connects homeowners with pros. Our stack is boring on purpose: a Rails monolith, Postgres, "
        "BigQuery, dbt and Looker.\n"
        "What you'll do\n- Design and analyze A/B tests\nAbout you\n- Strong SQL\n"
    )
    assert "cloud" not in set(job.required) | set(job.optional)
    assert {"ab_testing", "sql"} <= set(job.required)


def test_a_sales_pipeline_or_rolling_forecast_is_no_predictive_modeling() -> None:
    """Written slices w3, w21 and `p30_un_01`: a CRM pipeline forecast and finance's rolling forecast are plans."""
    for line in (
        "Keep Salesforce up to date so the pipeline forecast is accurate",
        "Own the monthly rolling forecast for net sales and gross margin by channel",
        "Check the WFM forecast against actual call volumes in NICE IEX every morning",  # w155_un_01: a tool's forecast
    ):
        job = Analyzer().read_job(text=f"Account Executive\nWhat you'll do\n- {line}\n")
        assert "predictive_modeling" not in set(job.required) | set(job.optional)


@pytest.mark.parametrize(
    "line",
    [
        "Cox models in SAS (PROC PHREG) for time to dialysis",
        "Fitted GLMMs (lme4) linking land-use change to breeding success",
        "Mixed models for repeated measures",
        "Cormack-Jolly-Seber survival models in R",
    ],
)
def test_survival_cox_and_mixed_models_are_statistical_models(line: str) -> None:
    """Written slices w6, w22, w23 (labelling-rules.md: survival models and mixed models are statistical modeling)."""
    assert "statistical_modeling" in found(f"Experience\nBiostatistician, Acme (2020 - 2022)\n{line}\n")


def test_a_marketing_mix_model_is_not_read_as_a_mixed_model() -> None:
    """ "mix" is the lemma of "mixed": a marketing-mix model is no mixed-effects model (labellers of `ds_04`, `c4_ds_02`)."""
    assert "statistical_modeling" not in found("Built a marketing mix model that estimates ROI by channel")


def test_a_line_of_tool_names_only_needs_no_other_context() -> None:
    """Written slice w32: a CV table's cell "Tableau, Docker" extracted under "Interests", away from its label."""
    text = "Interests\nKöln, November 2026\nTableau, Docker\nRoad cycling, choir (alto)\n"
    assert {"tableau", "docker"} <= found(text)
    assert "docker" not in found("Interests\nDocker and the harbour: a history club\n")


@pytest.mark.parametrize(
    "line",
    [
        "Thesis: Amortised variational inference for Bayesian neural networks (supervisor: Dr. R. Okafor)",
        "D. Okafor, M. Lindqvist, R. Shah. Unbiased learning to rank from interleaved clicks. SIGIR 2022.",
    ],
)
def test_a_first_initial_is_no_r(line: str) -> None:
    """Written slices w32, w34: "R." before a surname, after a title or another author, is a person's initial."""
    assert "r_language" not in found(f"Education\nMSc Machine Learning and Statistics, UCL (2017 - 2018)\n{line}\n")


def test_r_before_a_new_sentence_is_still_r() -> None:
    assert "r_language" in found("Skills: Python, SQL, R. Strong communication with stakeholders.")


def test_a_practice_said_not_to_be_done_is_not_shown() -> None:
    """Written slice w34: "judged on holdout log-loss and closing-line value, not with an A/B test"."""
    text = "Experience\nData Scientist, Acme (2021 - 2024)\n- Model changes are judged on holdout log-loss, not\nwith an A/B test.\n"
    assert "ab_testing" not in found(text)
    assert "ab_testing" in found("Experience\nData Scientist, Acme (2021 - 2024)\n- Ran an A/B test on the pricing page\n")


@pytest.mark.parametrize(
    "line",
    [
        "Weekly demo + roadmap call with the clinic operations manager",
        "Run the weekly KPI review with the COO and the sales directors",
        "Weekly calls with the founders on what to build next",
    ],
)
def test_meetings_held_with_people_of_another_function_are_communication(line: str) -> None:
    """Written slices w33 and w29: communication shown by the meetings one holds with deciders."""
    assert "communication" in found(f"Experience\nConsultant, Acme (2021 - 2024)\n- {line}\n")


def test_presenting_what_the_team_recommends_is_storytelling() -> None:
    """Written slice w33: "present quarterly to the executive board on what the models say and what we recommend"."""
    text = "Experience\nHead of Data Science, Acme (2020 - 2024)\n- I present quarterly to the executive board on what we recommend\n"
    assert "data_storytelling" in found(text)


def test_a_sales_and_operations_planning_forecast_is_no_predictive_model() -> None:
    """Written slice w34: a financial controller's S&OP volume forecasts, taken from sales."""
    assert "predictive_modeling" not in found("Supported the S&OP cycle with volume forecasts from sales")


def test_cleaning_glassware_explores_no_data() -> None:
    """Written slice w36: a lab technician who cleans glassware and records data."""
    assert "data_exploration" not in found("Clean and sterilize glassware and sample containers; record data in the LIMS")


def test_a_markdown_heading_run_into_its_paragraph_opens_the_company_block() -> None:
    """Written slice w35: "**Who we are.** Quillmind builds retrieval-augmented generation ... on Kubernetes inside the
    customer's own AWS tenancy" describes the company; "**What you get.**" is the benefits."""
    job = Analyzer().read_job(
        "ad.md",
        text="Business Development Manager\n\n**Who we are.** Quillmind builds retrieval-augmented generation tooling that runs "
        "on Kubernetes inside the customer's own AWS tenancy.\n\n**The job.** You'll run discovery calls with CIOs and present "
        "to their boards.\n\n**What you get.** Equity and a learning budget for an AWS certificate.\n",
    )
    asked = set(job.required) | set(job.optional)
    assert not asked & {"rag", "kubernetes", "cloud"}
    assert "communication" in asked


def test_skills_a_denial_refers_back_to_are_not_asked() -> None:
    """Written slice w35: "Enough fluency with LLMs, RAG and AI agents to be credible in the room – you won't build them"."""
    job = Analyzer().read_job(
        text="Business Development Manager\nWhat you bring\n- Enough fluency with RAG and AI agents to be credible in the room "
        "– you won't build them, and no coding is needed\n- Excellent written and verbal communication skills\n"
    )
    assert not {"rag", "ai_agents"} & (set(job.required) | set(job.optional))


def test_a_wish_in_one_item_of_a_long_run_together_sentence_spares_the_next_items() -> None:
    """Written slice w35: a page pasted as one line, whose "offline vs. online" stop made the whole list one sentence:
    "... ideally with recommender systems in production Strong Python and PyTorch" asks for Python."""
    part = (
        "What you bring 3+ years of experience as an ML engineer, ideally with recommender systems in production Strong Python "
        "and PyTorch Solid SQL and hands-on experience with Spark Docker, Kubernetes and a major cloud (we are on GCP) Good "
        "understanding of ranking metrics (NDCG, MAP) and of offline vs. online evaluation Nice to have Contextual bandits "
    )
    job = Analyzer().read_job(text="ML Engineer Acme Berlin About us We sell sofas. " + part + "What we offer 30 vacation days.")
    assert {"python", "pytorch", "sql", "docker", "kubernetes"} <= set(job.required)


@pytest.mark.parametrize(
    ("line", "overall"),
    [
        ("3+ years of experience as an ML engineer", 3),  # written slice w35: an alias that is the role's name
        ("A decade of B2B SaaS sales experiance, including at least 5 years selling into banks", 10),  # w35
        ("Over a decade of experience in data science", 10),
    ],
)
def test_years_of_a_role_or_a_decade_are_the_overall_years(line: str, overall: int) -> None:
    job = Analyzer().read_job(text=f"Requirements\n- {line}\n")
    assert (job.years, job.years_overall) == ((), overall)


@pytest.mark.parametrize(
    ("line", "skill"),
    [
        ("Weekly RAG status report to the project director", "rag"),  # w37: red, amber, green
        ("Live rig: Moog Model D, Sequential Prophet-5 (Rev 4), Korg MS-20 mini", "statistical_modeling"),  # w40: a synthesizer
        ("Hierarchical Bayesian model in Stan (MCMC, posterior predictive checks)", "predictive_modeling"),  # w37, w20
        ("OBS, vMix, a little Python for file wrangling, Excel for RF plans", "data_exploration"),  # w40
    ],
)
def test_words_of_other_trades_show_no_skill(line: str, skill: str) -> None:
    assert skill not in found(f"Experience\nEngineer, Acme (2020 - 2024)\n- {line}\n")


@pytest.mark.parametrize(
    ("line", "skill"),
    [
        ("Churn prediction with XGBoost; features built from usage, billing and care contacts", "feature_engineering"),  # w38
        ("Multiple-testing corrections (Benjamini–Hochberg) on t-stats", "hypothesis_testing"),  # w38
        ("Re-analysed the sales data of three regions in SQL", "data_exploration"),  # w39: a word with a prefix
    ],
)
def test_work_said_in_other_words_is_shown(line: str, skill: str) -> None:
    assert skill in found(f"Experience\nData Scientist, Acme (2020 - 2024)\n- {line}\n")


def test_a_part_of_the_years_spent_on_no_skill_gives_the_next_item_no_years() -> None:
    """Written slice w41: "3+ yrs shipping production software, at least one of them with LLMs in prod" over "strong
    python": the one year is the LLMs', which no skill names."""
    job = Analyzer().read_job(
        "ad.md",
        text="Requirements\n- 3+ yrs shipping production software, at least one of them with LLMs in prod\n"
        "- strong python. you've written async code\n",
    )
    assert (job.years, job.years_overall) == ((), 3)


def test_work_an_ad_says_is_not_the_roles_asks_for_nothing() -> None:
    """Written slice w41: "This is not a role where you'll train or deploy models"."""
    job = Analyzer().read_job(
        text="Technical Writer\nWhat you'll do\n- Write docs for our ML platform\n- This is not a role where you'll train or "
        "deploy models, but you need to be curious about how they work\n"
    )
    assert "model_serving" not in set(job.required) | set(job.optional)


def test_a_pay_sentence_after_the_last_pasted_bullet_leaves_the_wishes_before_it() -> None:
    """Written slice w42: "Nice to have • Bayesian structural time series or PyMC • Experience with multi-armed bandits •
    Familiarity with R Compensation The base salary range ..." pasted as one line."""
    job = Analyzer().read_job(
        text="Senior Data Scientist What we're looking for • Strong SQL and Python • Deep expertise in causal inference, "
        "difference-in-differences and synthetic control for marketplace interventions • Strong written and verbal "
        "communication Nice to have • Bayesian structural time series (CausalImpact) or PyMC • Experience with multi-armed "
        "bandits or reinforcement learning • Familiarity with R Compensation The base salary range for this role is "
        "$196,000 – $245,000. Rydo is proud to be an equal opportunity employer."
    )
    assert {"bayesian_methods", "multi_armed_bandits"} <= set(job.optional)


@pytest.mark.parametrize(
    ("line", "overall"),
    [
        ("6+ years of industry experience in data science or a related quantitative field (4+ with a PhD)", 4),  # w42
        ("5 years of experience in software development in C++ or Python, or 3 years of experience with a PhD", 3),  # w42
    ],
)
def test_paths_to_the_job_and_years_of_a_field_are_overall_years(line: str, overall: int) -> None:
    job = Analyzer().read_job(text=f"Minimum qualifications\n- {line}\n")
    assert (job.years, job.years_overall) == ((), overall)


def test_what_the_companys_platform_is_built_from_asks_for_nothing() -> None:
    """Written slice w42: "Our platform is built from Kotlin and Python microservices on Google Cloud"."""
    job = Analyzer().read_job(
        text="ML Engineer, Search Ranking\nOur platform is built from Kotlin and Python microservices on Google Cloud.\n"
        "What you'll do\n- Train ranking models in PyTorch\n"
    )
    assert "system_design" not in set(job.required) | set(job.optional)
    assert "pytorch" in job.required


def _report(text: str) -> Any:
    return Analyzer(as_of="2026-12").analyze_text(text)


def _months(text: str, skill: str) -> int | None:
    found = _report(text).found_skills
    return found[skill].months


def test_an_arrow_between_two_dates_is_a_range() -> None:
    """Written slice w34: "Sportsbet, Melbourne | 2021-03 → present" (the arrow was read as a bullet, so one month)."""
    text = "Experience\nData Scientist\nSportsbet, Melbourne | 2021-03 → present\n- Player-rating models in Python\n"
    assert _months(text, "python") == 70


def test_a_naukri_project_table_is_a_position_of_its_own() -> None:
    """Written slices w43, w69: "Project / Duration / Role / Team size" rows under an employer's range are a dated
    entry of a project (the labelling rules: every dated entry is a position), named by its "Project" row; the job
    keeps the lines above its first table, and "Designation:" is no part of the title."""
    text = (
        "Work Experience\nFlipkart Internet Pvt. Ltd., Bengaluru\nDesignation: Senior Data Scientist\nApr 2022 to Till Date\n"
        "Project\nDynamic Pricing\nDuration\nJun 2023 - Till Date\nRole\nLead Data Scientist\nTeam size\n6\nDescription\n"
        "Ran A/B tests on price nudges with category managers.\nProject\nSeller Ops Dashboard\nDuration\nApr 2022 - May 2023\n"
        "Role\nIndividual Contributor\nDescription\nWrote complex SQL (CTEs, window functions) over Hive tables.\n"
    )
    report = _report(text)
    assert [(p.title, p.organization, p.start) for p in report.positions] == [
        ("Senior Data Scientist", "Flipkart Internet Pvt. Ltd.", "2022-04"),
        ("Dynamic Pricing", "", "2023-06"),
        ("Seller Ops Dashboard", "", "2022-04"),
    ]
    assert (_months(text, "ab_testing"), _months(text, "advanced_sql")) == (43, 14)
    with_client = text.replace("Project\nDynamic Pricing\n", "Project\nDynamic Pricing\nClient\nFlipkart Grocery\n")
    assert _report(with_client).positions[1].organization == "Flipkart Grocery"


def test_a_projects_heading_over_a_jobs_project_table_stays_in_the_job() -> None:
    """Written slice w99 (Naukri): "Projects" over "Project Title / Client / Duration: 18 Months / Role" under each job's
    "Duration: Jul 2023 to Till Date" is the job's own table, not a Projects section that ends the jobs."""
    text = (
        "Employment Details\nSenior AI Engineer\nMediSutra Health, Bengaluru\nDuration: Jul 2023 to Till Date\nProjects\n"
        "Project Title\nClinical Notes Copilot\nClient\nIn-house\nDuration\n18 Months\nRole\nTech Lead\n"
        "Built RAG over clinical guidelines; agents with tool calling in LangGraph.\n"
        "Machine Learning Engineer\nRadiantIQ Imaging, Pune\nDuration: Jul 2021 to Jun 2023\nProjects\nProject Title\n"
        "Chest X-ray Triage\nClient\nHospital chains\nDuration\n20 Months\nRole\nML Engineer\n"
        "Trained DenseNet-121 classifiers in PyTorch on 1.2 lakh X-rays.\n"
    )
    report = _report(text)
    assert [(p.title, p.start) for p in report.positions] == [("Senior AI Engineer", "2023-07"), ("Machine Learning Engineer", "2021-07")]
    assert (_months(text, "rag"), _months(text, "pytorch")) == (42, 24)


def test_an_academic_cvs_appointments_are_its_jobs() -> None:
    """Written slice w43: "Appointments" heads a researcher's jobs."""
    text = (
        "Research interests\nEfficient deep learning; compression of language models.\nAppointments\n2024 – present\n"
        "Postdoctoral Researcher, ETH Zürich\nRun multi-node training in PyTorch with DeepSpeed.\n"
    )
    assert _months(text, "pytorch") == 36


def test_partnering_daily_with_product_people_is_communication() -> None:
    """Written slice w38: "Embedded with 3 product squads; partner daily with PMs, designers and engineers"."""
    assert "communication" in found("Experience\nData Scientist, Vinted (2021 - 2024)\n- Partner daily with PMs and designers\n")


@pytest.mark.parametrize(
    ("line", "skill", "shown"),
    [
        ("Evaluate models offline and online through shadow mode and A/B experiments", "ab_testing", True),  # w47
        ("RDKit-based featurisation library with custom pharmacophore features", "feature_engineering", True),  # w46
        ("Model monitoring: data drift and prediction drift checks feeding Grafana", "predictive_modeling", False),  # w45
    ],
)
def test_more_trade_words(line: str, skill: str, shown: bool) -> None:
    assert (skill in found(f"Experience\nML Engineer, Acme (2020 - 2024)\n- {line}\n")) is shown


def test_a_phd_path_said_with_if_you_have() -> None:
    """Written slice w47: "3+ years ... in credit risk analytics (2+ if you have a PhD)"."""
    job = Analyzer().read_job(text="Requirements\n- 3+ years of experience in credit risk analytics at a lender (2+ if you have a PhD)\n")
    assert job.years_overall == 2


def test_a_regression_model_is_a_statistical_model_not_machine_learning() -> None:
    """Written slices w43, w48 and `c58_un_02`, `c67_ds_02` (labelling-rules.md lists regression models under
    statistical modeling and named model families under machine learning)."""
    skills = found(
        "Experience\nData Analyst, OhioHealth (2019 - 2022)\n- Built a logistic regression model in SAS that flags readmission risk\n"
    )
    assert "statistical_modeling" in skills and "machine_learning" not in skills


@pytest.mark.parametrize(
    "sentence",
    [
        "Today the team is five engineers and one product manager, and our data platform runs on AWS, Snowflake and dbt.",
        "Our event data lands in BigQuery through Airflow and Kafka, and our apps are built in Swift and Kotlin.",
    ],
)
def test_where_the_companys_data_lives_asks_for_nothing(sentence: str) -> None:
    """Written slice w48: the company describing its own platform in a sentence of the ad."""
    job = Analyzer().read_job(text=f"Data Scientist\n{sentence}\nRequirements\n- Strong Python\n")
    assert set(job.required) | set(job.optional) == {"python"}


@pytest.mark.parametrize(
    ("text", "skill"),
    [
        ('Courses\nDeepLearning.AI short course "ChatGPT Prompt Engineering for Developers" (2023)', "machine_learning"),  # w52
        ("Volunteering\nReptile rescue (2019 - 2022)\nPython and tortoise husbandry, enclosure cleaning, school tours.", "python"),  # w51
        (
            "Experience\nML Engineer, Acme (2020 - 2024)\n- Recall: two-tower model with Faiss ANN retrieval for the recommender",
            "rag",
        ),  # w49
    ],
)
def test_names_that_are_not_the_skill_here(text: str, skill: str) -> None:
    assert skill not in found(text)


def test_faiss_under_a_chatbot_is_still_rag() -> None:
    assert "rag" in found("Experience\nAI Engineer, Acme (2020 - 2024)\n- Built a chatbot over PDFs with FAISS and LangChain")


@pytest.mark.parametrize(
    ("line", "years", "overall"),
    [
        # w54: what a degree stands in for asks for no years
        (
            "Four (4) or more years of experience building predictive models; a master's degree may substitute for one year",
            {"predictive_modeling": 4},
            None,
        ),
        # w53: "of which two years leading people" is a part of the seven, no shorter path
        (
            "Minimum of seven (7) years of experience in health care analytics, biostatistics or data science, of which two "
            "years leading people",
            {},
            7,
        ),
    ],
)
def test_parts_and_substitutes_of_the_years_asked(line: str, years: dict[str, int], overall: int | None) -> None:
    job = Analyzer().read_job(text=f"Minimum qualifications\n- {line}\n")
    assert (dict(job.years), job.years_overall) == (years, overall)


@pytest.mark.parametrize(
    "opening",
    [
        "Our platform is a set of Go and Python microservices on AWS, with Kafka and Postgres underneath.",  # w54
        "About Northgate Mutual: For more than 110 years we have insured homes; our analytics group runs on a cloud platform "
        "on Azure with Python.",  # w54: the company's paragraph under a label run into it
    ],
)
def test_the_company_describing_its_platform_asks_for_nothing(opening: str) -> None:
    job = Analyzer().read_job(text=f"Data Scientist\n{opening}\nRequirements\n- Strong SQL\n")
    assert set(job.required) | set(job.optional) == {"sql"}


@pytest.mark.parametrize(
    ("line", "skill"),
    [
        ("Substantive testing and controls testing for retail and logistics clients; sample selection", "ab_testing"),  # w59
        ("Partnered with Ops and HR on the colleague-hours model; trained 6 new starters on our Excel templates", "machine_learning"),
        ("Cost models and cash-flow forecasts with the QS team; change control and final accounts", "predictive_modeling"),  # w59
        ("Witnessed BMS / SCADA integration, incl. SCADA dashboards (operator HMI screens) for the energy centre", "dashboards"),  # w56
    ],
)
def test_work_of_other_trades_round_five(line: str, skill: str) -> None:
    """Written slices w56 and w59: an auditor's controls testing, staff trained on templates, a builder's cash-flow
    forecasts, a plant's operator screens."""
    assert skill not in found(f"Experience\nManager, Acme (2020 - 2024)\n- {line}\n")


def test_markdown_heading_marks_printed_in_a_pdf_are_no_part_of_the_heading() -> None:
    """Written slice w59: a CV typed in Markdown and printed as it was typed ("## Experience", "### Senior AI Engineer")."""
    report = _report("# Rui Amaral\n## Experience\n### Senior AI Engineer - Lumen Ledger\nMar 2024 - Present\n- Built RAG in Python\n")
    assert [(p.title, p.organization) for p in report.positions] == [("Senior AI Engineer", "Lumen Ledger")]


@pytest.mark.parametrize(
    ("line", "skill"),
    [
        ("Experience with batch distillation and vacuum systems; knowledge of ATEX", "distillation"),  # w63: a chemical plant
        ("Run ASTM tests: D86 distillation, D93 flash point; blend models for the terminal", "distillation"),  # w58
        ("DBT and schema therapy for adults with complex trauma", "sql"),  # w61: dialectical behaviour therapy
        ("Trained 60+ clinicians across the service in transdiagnostic models of therapy", "machine_learning"),  # w61
    ],
)
def test_work_of_other_trades_round_six(line: str, skill: str) -> None:
    assert skill not in found(f"Experience\nPractitioner, Acme (2020 - 2024)\n- {line}\n")


def test_distillation_among_ways_to_shrink_a_model_is_still_distillation() -> None:
    """`p63_ai_01`: "quantization, pruning, distillation, and dynamic batching strategies"."""
    assert "distillation" in found("Prototype inference optimization techniques: quantization, pruning, distillation, and dynamic batching")


def test_a_benefit_after_the_last_dash_bullet_leaves_the_wishes_before_it() -> None:
    """Written slice w66: a page pasted with " - " bullets whose benefits follow the wishes with no full stop between
    ("... - Power BI - PhD in Operations Research What we offer: 25 days holiday ..."): the benefits sentence starts at
    its own bullet, so the wishes stay wishes."""
    job = Analyzer().read_job(
        text="Lead Data Scientist What we need: - Expert Python and SQL - Strong background in statistics, forecasting and "
        "mathematical optimisation - Excellent communication skills Nice to have: - Experience in parcel, post or "
        "last-mile logistics - Knowledge of Bayesian forecasting or hierarchical time-series models - Power BI - PhD in "
        "Operations Research, Statistics or a related field What we offer: 25 days holiday plus bank holidays, private "
        "healthcare, share save scheme, 10% bonus. Parcelo is committed to building a diverse and inclusive workplace."
    )
    assert {"bayesian_methods", "dashboards"} <= set(job.optional)


def test_years_do_not_cross_a_pasted_bullet_to_the_next_item() -> None:
    """Written slice w66: "7+ years of experience in data science ..., with at least 2 years leading a team - Expert
    Python and SQL" (one line, " - " bullets): the two years are the team lead's, not Python's."""
    job = Analyzer().read_job(
        text="What we need: - 7+ years of experience in data science or operations research, with at least 2 years leading "
        "a team - Expert Python and SQL (window functions) - Strong statistics\n"
    )
    assert (job.years, job.years_overall) == ((), 7)


def test_words_of_the_bullet_above_do_not_say_what_this_bullet_means() -> None:
    """Written slices w72-w74: "- Define and run A/B tests on our experimentation platform ..." over "- Engineer
    features from viewing sessions ...": "platform" belongs to the bullet above, so the features are a model's."""
    text = (
        "Experience\nData Scientist, Acme (2020 - 2024)\n"
        "- Define and run A/B tests on our experimentation platform and write up the decision for product partners.\n"
        "- Engineer features from viewing sessions, search queries and catalog metadata using PySpark.\n"
    )
    assert "feature_engineering" in found(text)
    job = Analyzer().read_job(text="What you'll do\n" + text.split("\n", 2)[2])
    assert "feature_engineering" in job.required


@pytest.mark.parametrize(
    "line",
    [
        "Track record of shipping ML features from research to production",  # p16_ai_03
        "Assist PMs in decisions on graduating features from experimentation to GA",  # p64_ds_02
    ],
)
def test_product_features_taken_from_research_to_release_are_not_engineered(line: str) -> None:
    assert "feature_engineering" not in found(f"Experience\nEngineer, Acme (2020 - 2024)\n- {line}\n")


@pytest.mark.parametrize(
    "line",
    [
        "Monitoring: drift checks with Evidently, Prometheus alerts and Grafana dashboards for model latency and drift",  # w67
        "Serve the models behind REST APIs and monitor latency, cost per page and inference drift once they are live",  # w72
    ],
)
def test_latency_watched_is_not_latency_cut(line: str) -> None:
    assert "inference_optimization" not in found(f"Experience\nML Engineer, Acme (2020 - 2024)\n- {line}\n")


def test_latency_cut_is_still_inference_optimization() -> None:
    assert "inference_optimization" in found("Experience\nML Engineer, Acme (2020 - 2024)\n- Cut model latency by 40% for the ranker.\n")


@pytest.mark.parametrize(
    ("line", "skill"),
    [
        ("Interpret deterministic and ensemble models (ECMWF ENS, UKMO MOGREPS-G) and blend them into the forecast", "machine_learning"),
        ("Interpret deterministic and ensemble models (ECMWF ENS, UKMO MOGREPS-G) and blend them into the forecast", "predictive_modeling"),
        ("Verified the NWP forecast model output against station observations", "predictive_modeling"),
    ],
)
def test_a_weather_services_forecast_models_are_not_the_persons(line: str, skill: str) -> None:
    """Written slice w76: a severe-weather forecaster reads the numerical weather prediction models' runs."""
    assert skill not in found(f"Experience\nMeteorologist, MetService (2015 - 2024)\n- {line}\n")


def test_ensemble_models_and_forecasting_models_are_still_skills() -> None:
    text = "Experience\nData Scientist, Acme (2020 - 2024)\n- Built ensemble models and a forecasting model for weekly demand.\n"
    assert {"machine_learning", "predictive_modeling"} <= found(text)


def test_shiny_apps_are_r_and_a_presentation_of_recommendations_to_managers_is_storytelling() -> None:
    """Written slice w76: "Built the Shiny apps the S&OP team uses"; "Monthly presentation of forecast accuracy and
    recommendations to the supply chain managers"."""
    text = (
        "Experience\nData Scientist, Arcor (2020 - 2024)\n- Built the Shiny apps the S&OP team uses to review the forecasts.\n"
        "- Monthly presentation of forecast accuracy and recommendations to the supply chain managers.\n"
    )
    assert {"r_language", "communication", "data_storytelling"} <= found(text)
    assert "r_language" not in found("Experience\nDesigner, Acme (2020 - 2024)\n- Shiny new brand guidelines for the stores.\n")


def test_essential_and_desirable_labels_take_turns_under_each_heading() -> None:
    """Written slice w90 (an NHS person specification): "Essential:" after a "Desirable:" list asks again."""
    job = Analyzer().read_job(
        text="Person specification\nQualifications\nEssential:\n- Degree in a numerate subject\nDesirable:\n"
        "- Postgraduate qualification in statistics\nKnowledge and experience\nEssential:\n"
        "- Good working knowledge of statistics, including hypothesis testing (t-tests)\n- Experience writing SQL queries\n"
        "Desirable:\n- Familiarity with Jupyter notebooks\n"
    )
    assert {"statistics", "hypothesis_testing", "sql"} <= set(job.required)
    assert "jupyter" in job.optional


@pytest.mark.parametrize(
    "sentence",
    [
        "Our backend runs on Go and Erlang, our data lake lives in BigQuery, and our analysts swear by Looker.",  # w89
        "Player Intelligence is 9 people: data scientists who build churn and fraud models, and 3 ML platform engineers.",
        "You will work with the Platform Engineering team, who are responsible for the deployment of models.",
        # w203_ml_01: the hire named only after a dash that ends what the team does
        "Our data science team uses scikit-learn and Airflow to build triage and churn models — this role sits next to them.",
    ],
)
def test_what_the_company_and_its_other_teams_use_or_do_is_not_asked(sentence: str) -> None:
    """Written slice w89: the company's stack, who a team is made of and what another team is responsible for."""
    job = Analyzer().read_job(text=f"Platform Engineer, Player Intelligence\n{sentence}\nRequirements\n- Strong Python\n")
    assert set(job.required) | set(job.optional) <= {"python", "communication"}


def test_years_ideally_spent_in_an_industry_are_part_of_the_years_asked() -> None:
    """Written slice w88: "At least three years ... in a data science or analytics role, ideally with 2+ years in
    insurance" asks three years, not two."""
    job = Analyzer().read_job(
        text="What you bring: At least three years of experience in a data science or analytics role, ideally with 2+ "
        "years in insurance or financial services. Strong Python.\n"
    )
    assert job.years_overall == 3


def test_the_stack_named_after_a_semicolon_is_the_companys() -> None:
    """Written slice w97: "...; our stack is PyTorch, Triton, AWS and Postgres, and we ship to 300 clinics"."""
    job = Analyzer().read_job(
        text="Murmur Health builds an ambient clinical scribe for doctors. We're a 40-person Series A team backed by health "
        "funds; our stack is PyTorch, Triton, AWS and Postgres, and we ship to 300 clinics.\nRequirements\n- Strong Python\n"
    )
    assert set(job.required) | set(job.optional) == {"python"}


def test_design_docs_show_system_design_only_of_a_system() -> None:
    """Written slices w97, w98 (and five earlier postings): "You write things down: design docs, runbooks" is writing."""
    assert "system_design" not in found("Experience\nEngineer, Acme (2020 - 2024)\n- I write things down: design docs, runbooks.\n")
    assert "system_design" in found("Experience\nEngineer, Acme (2020 - 2024)\n- Wrote design docs for the ranking service architecture.\n")
    assert "system_design" in found(
        "Experience\nEngineer, Acme (2020 - 2024)\n- Wrote the design doc for moving jobs onto a GPU cluster.\n"
    )


def test_a_statistical_analysts_title_shows_statistics() -> None:
    """Written slice w84: "Statistical Analyst" over SAS and SQL work."""
    assert _months("Experience\nStatistical Analyst\nBlue Cross, Eagan, MN | 2014 - 2017\n- SAS and SQL programming.\n", "statistics") == 48


@pytest.mark.parametrize(
    "line",
    [
        "Worked with the Fraud Ops team on signature-mismatch triage rules.",
        "A/B tests of retention mailings together with the marketing team.",
        "Liaised with Finance on cost-per-case and OHIP billing variance.",
        "Run requirements workshops with maintenance technicians and plant managers.",
        "Wrote briefing notes and Q&As for the Government Statistician.",
        "Built the monthly loss-ratio report in Power BI for the regional managers.",
        "Designed and read out 40+ online A/B tests together with product and operations.",
        "Work with credit risk and compliance to agree what a correct extraction is.",
        "Wrote specifications and installation manuals in Japanese for overseas customers.",
    ],
)
def test_communication_said_job_by_job_dates_the_job(line: str) -> None:
    """Written slices w43-w106: work with another function's team, liaising, workshops held with the people of another
    side and briefing notes show communication in the job they are written under."""
    assert _months(f"Experience\nAnalyst\nAcme Ltd | 2019 - 2020\n- {line}\n", "communication") == 24


@pytest.mark.parametrize(
    "line",
    [
        "Built the churn model with the data science team.",
        "Conducted software development workshops with Arduino and Makecode.",
        "Attended a workshop with product managers on roadmaps.",
        "Built RESTful APIs with Spring Boot for order management and sales reporting.",
    ],
)
def test_own_team_and_workshops_taught_or_attended_are_no_communication(line: str) -> None:
    assert "communication" not in found(f"Experience\nAnalyst\nAcme Ltd | 2019 - 2020\n- {line}\n")


def test_topics_of_articles_and_panels_are_no_work_done() -> None:
    """Written slice w111: a technology correspondent's explainer column "on topics from transformers to
    retrieval-augmented generation and AI agents" and panels on them; the writing still shows communication."""
    text = (
        "Experience\nSenior Technology Correspondent, The Irish Times | 2021 - Present\n"
        "» 250+ bylines, including a weekly explainer column on topics from transformers to retrieval-augmented\n"
        "generation and AI agents.\n» Moderated panels on AI agents and Kubernetes at Web Summit.\n"
        "» Wrote 5 articles on cloud and data topics for non-technical audiences.\n"
    )
    assert found(text) == {"communication"}
    assert {"rag", "kubernetes"} <= found("Experience\nEngineer, Acme | 2021 - Present\n- Built RAG on Kubernetes.\n")


def test_a_statistics_office_is_an_employer_not_statistics() -> None:
    """Written slice w111: "analysed five years of Central Statistics Office figures" names a body, like "Department of
    Statistics"."""
    assert "statistics" not in found("Experience\nReporter | 2017 - 2021\n- Analysed Central Statistics Office figures on jobs.\n")
    assert "statistics" not in found("Experience\nReporter | 2017 - 2021\n- Used Australian Bureau of Statistics releases.\n")


def test_reporting_listed_among_skills_is_no_communication() -> None:
    assert "communication" not in found("Skills: Machine learning, statistical analysis, reporting, programming\n")


@pytest.mark.parametrize("heading", ["Independent Consulting", "Consultoría independiente / Freelance"])
def test_an_independent_consulting_heading_holds_positions(heading: str) -> None:
    """Written slice w112: the freelance gigs under "Consultoría independiente / Freelance" were read as the profile."""
    text = (
        "Profile\nData scientist with 8 years in mining.\n"
        f"{heading}\nForecasting Consultant\nAgrosuper S.A., Rancagua | Apr 2023 - Jul 2023\n"
        "- Audit of the demand forecasting scripts in R (fable).\n"
    )
    assert _months(text, "r_language") == 4


@pytest.mark.parametrize(
    "line",
    [
        "Weekly sales and stock-cover reports for category managers in Excel.",
        "Monthly budget variance reports for cost centre managers (Excel, VLOOKUP-heavy).",
        "Prepared daily MIS reports in Excel (pivot tables, macros) for the team lead.",
        "Weekly headcount, hiring-funnel and DEI reports for the HR leadership team.",
    ],
)
def test_recurring_reports_with_their_subject_between_are_reporting(line: str) -> None:
    """Written slices w43-w112 (the labelling rules: "building dashboards or recurring reports")."""
    assert _months(f"Experience\nAnalyst\nAcme Ltd | 2019 - 2020\n- {line}\n", "dashboards") == 24


@pytest.mark.parametrize(
    "line",
    [
        "Wrote weekly status reports for the programme board.",
        "Daily stand-ups; bugs reported in Jira.",
        "Presented safety reports at monthly Safety Review Meetings.",
        "Screened literature hits weekly, prepared signal validation packs for the safety physician.",
    ],
)
def test_status_reports_and_a_cadence_beside_a_report_are_no_reporting(line: str) -> None:
    assert "dashboards" not in found(f"Experience\nAnalyst\nAcme Ltd | 2019 - 2020\n- {line}\n")


def test_a_table_of_jobs_then_a_paragraph_per_job() -> None:
    """Written slices w115 (a Word table) and w118 (a "Career Timeline" table): one row per job, then each job's
    paragraph headed by its title; every paragraph dated the last row's job."""
    text = (
        "Work Experience\nDuration | Organisation | Designation\n"
        "Jul 2022 – Dec 2026 | InMobi Technologies Pvt. Ltd., Bengaluru | Senior Machine Learning Engineer\n"
        "Aug 2019 – Jun 2022 | Affle (India) Ltd., Gurugram | Machine Learning Engineer\n"
        "Jun 2017 – Jul 2019 | Mu Sigma Business Solutions Pvt. Ltd., Bengaluru | Decision Scientist\n"
        "InMobi Technologies – Senior Machine Learning Engineer\n- Models served with TensorFlow Serving on GKE.\n"
        "Affle (India) – Machine Learning Engineer\n- Fraud model with XGBoost; batch scoring packaged with Docker.\n"
        "Mu Sigma – Decision Scientist\n- Marketing-mix models in R (tidyverse) with adstock curves.\n"
        "Education\nB.Tech., NIT Trichy (2013 – 2017)\n"
    )
    report = _report(text)
    assert [(p.organization, p.start) for p in report.positions] == [
        ("InMobi Technologies Pvt. Ltd.", "2022-07"),
        ("Affle (India) Ltd.", "2019-08"),
        ("Mu Sigma Business Solutions Pvt. Ltd.", "2017-06"),
    ]
    found = report.found_skills
    assert (found["model_serving"].first_used, found["model_serving"].months) == ("2022-07", 54)
    assert (found["docker"].first_used, found["docker"].last_used) == ("2019-08", "2022-06")
    assert (found["r_language"].first_used, found["r_language"].last_used) == ("2017-06", "2019-07")


def test_a_table_of_jobs_with_its_paragraphs_under_a_heading_of_their_own() -> None:
    """Written slice w156: a "Career Timeline" table read one cell a line, then each job's paragraph under
    "Experience details"; the paragraphs date their own jobs, not none."""
    text = (
        "Career Timeline\nPeriod\nCompany\nPosition\n04/2022 – Now\nLotus Arcade Studio\nSenior Machine Learning Engineer\n"
        "07/2019 – 03/2022\nVNG Corporation\nData Engineer\n"
        "Experience details\n"
        "Lotus Arcade Studio – Senior ML Engineer\nChurn models with LightGBM served as a gRPC service on GKE.\n"
        "VNG Corporation – Data Engineer\nBatch ETL jobs packaged in Docker; tuned the heaviest SQL queries.\n"
        "Education\nB.Eng. Computer Science, HCMUT, 2015 – 2019\n"
    )
    report = _report(text)
    assert [(p.organization, p.start) for p in report.positions][:2] == [
        ("Lotus Arcade Studio", "2022-04"),
        ("VNG Corporation", "2019-07"),
    ]
    found = report.found_skills
    assert (found["grpc"].first_used, found["grpc"].last_used) == ("2022-04", "2026-12")
    assert (found["docker"].first_used, found["docker"].last_used) == ("2019-07", "2022-03")


def test_a_career_summary_table_dates_the_jobs_described_after_the_profile() -> None:
    """Written slice w208: "Career summary" rows (role, employer, years), then "Profile", then each job's lines under
    "Experience" with no dates of their own; the jobs' skills were listed only."""
    text = (
        "Career summary\nYears\nRole\nEmployer\n2021 – present\nSenior Data Scientist\nOcado Technology\n"
        "2018 – 2021\nData Scientist\nDeliveroo\n"
        "Profile\nStatistician turned data scientist, happiest when the question is causal.\n"
        "Experience\nOcado Technology — Senior Data Scientist, Retail Pricing & Promotions\n"
        "Heavy SQL on Snowflake (window functions, CTEs) for the weekly elasticity job.\n"
        "Deliveroo — Data Scientist, Consumer Marketplace\n"
        "Built a Thompson sampling bandit for homepage carousel ordering.\n"
        "Education\nBSc Mathematics, University of Bristol, 2008 – 2011\n"
    )
    found = _report(text).found_skills
    assert (found["advanced_sql"].first_used, found["advanced_sql"].last_used) == ("2021-01", "2026-12")
    assert (found["multi_armed_bandits"].first_used, found["multi_armed_bandits"].last_used) == ("2018-01", "2021-12")


def test_a_job_boards_labelled_fields_give_the_jobs_range_title_and_employer() -> None:
    """Written slice w160: a JobStreet resume prints each job as labelled fields, its start and end one a line."""
    text = (
        "Work Experience\nPosition Title: Data Scientist - Workforce Analytics\nCompany Name: Concentrix Philippines\n"
        "Date Joined: Aug 2021\nDate Left: Present\nWork Description:\n- Call-volume forecasting models with Prophet.\n"
        "Position Title: Workforce Analyst\nCompany Name: Sutherland Global Services\nDate Joined: Jun 2018\n"
        "Date Left: Jul 2021\nWork Description:\n- Weekly SQL queries on SQL Server for schedule adherence.\n"
    )
    report = _report(text)
    assert [(p.title, p.organization, p.start, p.end) for p in report.positions] == [
        ("Data Scientist", "Concentrix Philippines", "2021-08", "2026-12"),
        ("Workforce Analyst", "Sutherland Global Services", "2018-06", "2021-07"),
    ]
    assert _months(text, "sql") == 38


def test_years_stop_at_the_next_item_of_a_list_pasted_on_one_line() -> None:
    """Written slice w113: "• ... a minimum of two years of industry experience in clinical development analytics •
    Proficiency in R" asks two years overall, not of R."""
    job = Analyzer().read_job(
        text="Requirements\n• A minimum of two years of industry experience in clinical development analytics • Proficiency in R "
        "(tidyverse) and/or Python (pandas) • Working knowledge of SQL\n"
    )
    assert (job.years, job.years_overall) == ((), 2)


def test_years_of_material_are_no_requirement() -> None:
    """Written slice w114: "Own retrieval over 12 years of KB articles, runbooks and resolved tickets"."""
    job = Analyzer().read_job(
        text="About the role\n• Own retrieval over 12 years of KB articles, runbooks and resolved tickets - chunking, "
        "embeddings, hybrid search\n• 3+ years writing production Python\n"
    )
    assert (job.years, job.years_overall) == ((("python", 3),), None)


@pytest.mark.parametrize(
    "line",
    [
        # written slice w113
        "Three to five years of hands-on experience in credit risk modelling or a similar quantitative role at a bank.",
        # written slice w151
        "Three years' experience producing official statistics or working in a comparable statistical or research role.",
    ],
)
def test_years_in_a_skills_work_or_a_similar_role_are_overall(line: str) -> None:
    job = Analyzer().read_job(text=f"Requirements\n{line} Strong Python.\n")
    assert (job.years, job.years_overall) == ((), 3)


def test_a_shorter_degree_path_asks_the_same_skills_years() -> None:
    """Written slice w120: "Bachelor's ... and 4 years of experience in machine learning; or Master's degree and 2 years
    of experience; or PhD and 1 year of experience" asks one year of machine learning (the least path)."""
    job = Analyzer().read_job(
        text="Minimum Qualifications\n- Bachelor's degree in Computer Science and 4 years of experience in machine learning; or "
        "Master's degree and 2 years of experience; or PhD and 1 year of experience.\n"
    )
    assert (dict(job.years).get("machine_learning"), job.years_overall) == (1, None)


def test_a_randomized_test_of_an_intervention_is_an_ab_test() -> None:
    """Written slice w122: "Ran a randomized SMS repayment-reminder test across 18 branches"; not a clinical trial."""
    assert "ab_testing" in found("Experience\nData Scientist, Acme | 2023 - Present\n- Ran a randomized SMS repayment-reminder test.\n")
    assert "ab_testing" not in found(
        "Experience\nResearch Nurse | 2019 - 2022\n- Enrolled patients in a randomised placebo-controlled trial.\n"
    )


def test_regression_models_in_a_statistics_package_are_statistical_modeling() -> None:
    """Written slice w122: "Heat-load forecasting with regression models in R (temperature, wind, calendar)"."""
    line = "Heat-load forecasting for the heating network with regression models in R (temperature, wind, calendar)."
    assert _months(f"Experience\nBusiness Analyst\nAcme | 2016 - 2018\n- {line}\n", "statistical_modeling") == 36
    assert "statistical_modeling" not in found("Experience\nQA Engineer | 2016 - 2018\n- Ran regression models of the test suite in R.\n")


def test_a_posting_pasted_on_one_line_keeps_its_last_items() -> None:
    """Written slice w133: an ad pasted with its line breaks lost. "(p99 under 25 ms)" is no MS degree opening a list
    of degree fields, and "• gRPC Compensation The base salary ..." ends its list at "Compensation"."""
    job = Analyzer().read_job(
        text="What you'll do • Cut serving latency of ranking models (p99 under 25 ms) through distillation into smaller "
        "student models • Write design docs and lead system design reviews for the ranking-serving stack What we're looking "
        "for • MS/PhD in Computer Science, Machine Learning, Statistics or a related field • Expert Python Nice to have • "
        "Contextual bandits • gRPC Compensation The base salary range for this full-time position is $192,000 - $265,000 + "
        "equity + benefits. Benefits include medical, dental and vision. Loop is proud to be an equal opportunity employer. "
        + "We consider qualified applicants without regard to race, color, religion, sex or national origin. "
        * 3
    )
    assert {"distillation", "system_design", "python"} <= set(job.required)
    assert "grpc" in job.optional


def test_a_table_of_jobs_read_cell_by_cell_then_a_paragraph_per_job() -> None:
    """Written slice w129: a "Period / Employer / Position" table read one cell a line, then "Employer – Position"
    paragraphs in the rows' order: each paragraph dates its own row's job."""
    text = (
        "Professional Experience\nPeriod\nEmployer\nPosition\n"
        "Jan 2021 – Dec 2026\nMTN Nigeria Communications Plc\nSenior Data Scientist\n"
        "Mar 2018 – Dec 2020\nAirtel Networks Limited\nData Analyst, Network Analytics\n"
        "Nov 2016 – Oct 2017\nLagos State Ministry of Health (NYSC)\nCorps Member, Monitoring & Evaluation Unit\n"
        "MTN Nigeria Communications Plc – Senior Data Scientist\nI built the churn model in Python with LightGBM.\n"
        "Airtel Networks Limited – Data Analyst, Network Analytics\nMost of my analysis was in R (tidyverse, ggplot2).\n"
        "Lagos State Ministry of Health (NYSC) – Corps Member, Monitoring & Evaluation Unit\n"
        "Ran descriptive statistics in SPSS for the quarterly bulletin.\n"
        "Education\nB.Sc. Statistics, University of Nigeria – 2011 – 2016\n"
    )
    report = _report(text)
    # (the column labels say each row opens with its dates: the cells after a date are that row's)
    assert [(p.title, p.organization, p.start) for p in report.positions] == [
        ("Senior Data Scientist", "MTN Nigeria Communications Plc", "2021-01"),
        ("Data Analyst", "Airtel Networks Limited", "2018-03"),
        ("Corps Member", "Lagos State Ministry of Health (NYSC)", "2016-11"),
    ]
    found = report.found_skills
    assert (found["r_language"].first_used, found["r_language"].last_used) == ("2018-03", "2020-12")
    assert (found["statistics"].first_used, found["statistics"].last_used) == ("2016-11", "2017-10")
    assert found["python"].first_used == "2021-01"


def test_a_company_named_like_a_heading_under_a_jobs_dates_is_no_heading() -> None:
    """Written slice w135: "07/2017 – 07/2019" over "Raya Customer Experience" (a table row read one cell a line)
    opened a section of its own, and split the jobs' table from its paragraphs."""
    document = document_from_text(
        "Professional Experience\n03/2022 – Present\nVodafone Egypt\nSenior Data Scientist\n07/2017 – 07/2019\n"
        "Raya Customer Experience\nData Analyst\nEducation\nB.Sc., Cairo University – 2012 – 2017\n"
    )
    assert [(s.kind, s.heading) for s in document.sections] == [
        ("experience", "Professional Experience"),
        ("education", "Education"),
    ]


@pytest.mark.parametrize(
    "line",
    [
        "Funnel and cohort analysis of hotel bookings in BigQuery SQL.",
        "Cleaned and explored dispatch logs to quantify truck queue times at the shovels.",
        "Cleaned and merged accelerometer files for a study on hamstring injury risk.",
    ],
)
def test_data_analysed_job_by_job_is_data_exploration(line: str) -> None:
    """Written slices w107-w136 (the labelling rules: "analysing data or datasets as work", "cleaning ... datasets")."""
    assert _months(f"Experience\nAnalyst\nAcme Ltd | 2019 - 2020\n- {line}\n", "data_exploration") == 24


def test_exploring_questions_or_technologies_is_no_data_exploration() -> None:
    assert "data_exploration" not in found(
        "About the role\nAlways looking to innovate with data and explore open-ended questions.\n"
        "Explore and embed emerging Marketing Technology, Data & Analytics capabilities.\n"
    )


def test_a_table_of_jobs_read_column_by_column() -> None:
    """Written slice w139: "Period" over the jobs' dates, "Company" over their employers, "Role" over their titles, then
    a paragraph per job."""
    text = (
        "Professional Experience\nPeriod\n03/2021 - present\n01/2018 - 02/2021\nCompany\nSulAmérica Saúde\n"
        "Unimed Belo Horizonte\nRole\nData Scientist II\nData Analyst\n"
        "Data Scientist II – SulAmérica Saúde\nGradient boosting model (XGBoost in Python) that flags claims.\n"
        "Data Analyst – Unimed Belo Horizonte\nMonthly claims reports in R (tidyverse) for the audit committee.\n"
        "Education\nB.Sc. Statistics, UFMG – 2011 – 2015\n"
    )
    report = _report(text)
    assert [(p.title, p.organization, p.start) for p in report.positions] == [
        ("Data Scientist II", "SulAmérica Saúde", "2021-03"),
        ("Data Analyst", "Unimed Belo Horizonte", "2018-01"),
    ]
    found = report.found_skills
    assert (found["r_language"].first_used, found["r_language"].last_used) == ("2018-01", "2021-02")


def test_rows_of_a_table_of_jobs_at_one_employer_stay_apart() -> None:
    """Written slice w145: two rows at one employer whose ranges meet were read as one job with two titles, so the
    three paragraphs after the table had two jobs to go to."""
    text = (
        "Employment History\nPeriod | Employer | Position\n"
        "Feb 2023 – Dec 2026 | Hollard Insurance | Machine Learning Engineer\n"
        "Jan 2021 – Jan 2023 | Hollard Insurance | Junior Data Scientist\n"
        "Mar 2019 – Dec 2020 | Dimension Data | Graduate Software Developer\n"
        "Machine Learning Engineer – Hollard Insurance\nPackaged models with Docker for the claims system.\n"
        "Junior Data Scientist – Hollard Insurance\nFeature engineering in Jupyter notebooks (pandas).\n"
        "Graduate Software Developer – Dimension Data\nC# REST APIs; Git (Azure Repos), unit tests.\n"
        "Education\nBSc Computer Science, Wits, 2018\n"
    )
    report = _report(text)
    assert [(p.title, p.start) for p in report.positions] == [
        ("Machine Learning Engineer", "2023-02"),
        ("Junior Data Scientist", "2021-01"),
        ("Graduate Software Developer", "2019-03"),
    ]
    found = report.found_skills
    assert (found["jupyter"].first_used, found["jupyter"].last_used) == ("2021-01", "2023-01")


def test_a_project_named_over_its_duration_row_inside_a_job() -> None:
    """Written slice w150: client projects inside an employer's range, each a name line over "Duration: ...", are
    positions of their own (the labelling rules: a dated entry inside another)."""
    text = (
        "Experience\nAI Engineer, DeltaBridge Software – Cairo\nFeb 2023 – Present\n"
        "Set up the shared Azure OpenAI landing zone.\n"
        "Legal document search – Riyadh law firm\nDuration: Dec 2023 – Jul 2024\n"
        "Fine-tuned AraBERT for clause classification (Hugging Face Transformers, PyTorch).\n"
        "Education\nB.Sc. Computer Engineering, Cairo University, 2016 – 2020\n"
    )
    report = _report(text)
    assert [(p.title, p.organization, p.start, p.end) for p in report.positions][1] == (
        "Legal document search",
        "Riyadh law firm",
        "2023-12",
        "2024-07",
    )
    found = report.found_skills
    assert (found["pytorch"].first_used, found["pytorch"].months) == ("2023-12", 8)


def test_a_heading_closed_by_a_legal_form_heads_a_jobs_paragraph() -> None:
    """Written slice w150: "Senior Computer Vision Engineer – Lookwise S.r.l." ends with a dot but is no sentence."""
    text = (
        "Professional Experience\nPeriod\nCompany\nRole\n03/2023 – 12/2026\nLookwise S.r.l. (Milan)\n"
        "Senior Computer Vision Engineer\n09/2021 – 02/2023\nLookwise S.r.l. (Milan)\nComputer Vision Engineer\n"
        "Senior Computer Vision Engineer – Lookwise S.r.l.\n» Served the retrieval model with FastAPI in Docker.\n"
        "Computer Vision Engineer – Lookwise S.r.l.\n» INT8 quantization with TensorRT and ONNX export.\n"
        "Education\nM.Sc., Politecnico di Milano, 2017 – 2019\n"
    )
    found = _report(text).found_skills
    assert (found["docker"].first_used, found["docker"].last_used) == ("2023-03", "2026-12")


def test_a_skill_said_to_be_welcome_is_optional() -> None:
    """Written slices w203, w141: "Some Python for scripting is welcome", "R is welcome" wish for the skill; "you are
    welcome to challenge that" asks nothing of its own."""
    job = Analyzer().read_job(
        text="Requirements\n- Strong SQL and dbt. R is welcome; a few of our legacy models still live there.\n"
        "- Some Python for scripting is welcome\n- You are welcome to challenge our use of LightGBM\n"
    )
    assert {"python", "r_language"} <= set(job.optional)
    assert {"sql", "machine_learning"} <= set(job.required)


def test_docker_beside_its_builds_is_the_tool() -> None:
    """Written slice w209: "Docker and CI for embedded builds" under "Bonus points" was no skill at all."""
    job = Analyzer().read_job(text="Bonus points\n- ROS 2\n- Docker and CI for embedded builds\n")
    assert "docker" in job.optional


@pytest.mark.parametrize(
    ("text", "years", "overall"),
    [
        # written slice w209: "two years of experience forecasting demand or working in supply-chain analytics" asks for
        # two years of either (they were read as predictive modelling's); the skill's work alone asks for its years
        (
            "Requirements\nYou have a master's degree in a quantitative field and two years of experience forecasting "
            "demand or working in supply-chain analytics, or a bachelor's and at least four years.\n",
            {},
            2,
        ),
        ("Requirements\n- Two years of experience forecasting demand with Python.\n", {"predictive_modeling": 2}, None),
        # written slice w216: "→ 5y+ in software engineering" asked for no years
        ("Must have\n→ 5y+ in software engineering, senior-level ownership\n→ 3y+ Python\n", {"python": 3}, 5),
        # written slice w227: the years after an aside of libraries are the skill the aside explains
        ("Must have\n- Python (pandas, NumPy, scikit-learn) - five years minimum\n", {"python": 5}, None),
        # ... years of either field ("software or ML engineering"), and of one of several roles named by their jobs
        (
            "Requirements\n* Bachelor's degree in Computer Science and 4+ years of software or ML engineering experience, "
            "or a Master's degree and 2+ years\n",
            {},
            2,
        ),
        (
            "Requirements\nYou will typically have at least four years' experience as a statistician, methodologist or "
            "data scientist; for applicants holding a doctorate, two years is sufficient.\n",
            {},
            2,
        ),
        # written slice w246: a wish closing the line is the setting's, not the years'
        ("Requirements\n* Minimum 3 years experience in data science or advanced analytics, healthcare setting preferred.\n", {}, 3),
        # written slices w251, w252: years "of which" some are spent on something are part of them; a doctorate
        # with a remark in parentheses is still a path with no years
        (
            "Requirements\n- 3+ yrs shipping production software in Python, of which at least one year working with LLM "
            "APIs (OpenAI, Anthropic or similar)\n",
            {"python": 3},
            None,
        ),
        ("Requirements\n• A PhD in a quantitative field (statistics, physics, maths) or 4+ years of industry experience\n", {}, None),
        # written slices w273, w275: a degree alone as the last path; years "in it"; "of which at least 2 on" a skill;
        # a doctorate shortening a skill's years; a skill's years after a colon
        (
            "Requirements\n- Bachelor's degree in Computer Science with 5+ years of relevant industry experience; a Master's "
            "degree with 3+ years; or a PhD in speech processing or a related field.\n",
            {},
            None,
        ),
        ("Requirements\n- Python – you've written production code in it for at least 4 years\n", {"python": 4}, None),
        (
            "Requirements\n- 5+ years in software engineering overall, of which at least 2 on machine learning systems\n",
            {"machine_learning": 2},
            5,
        ),
        ("Requirements\nYou should have 3+ years writing production Python, or 1+ year if you did a PhD.\n", {"python": 1}, None),
        ("Requirements\n- Kubernetes in production: 3+ years.\n", {"kubernetes": 3}, None),
        # written slice w263: a shorter path in parentheses is of the years just before it, not of a skill's later on
        (
            "Requirements\nYou have spent five or more years as a software or machine learning engineer (three if you have "
            "a PhD), and you've been writing production Python for four or more years.\n",
            {"python": 4},
            3,
        ),
        # written slice w264: years "of using it" are the skill the sentence named; "a welcome extra" is a wish
        (
            "Requirements\nWe work mostly in R (tidyverse, ggplot2), and you should have at least two years of using it "
            "professionally; Python is a welcome extra. We'd expect at least three years of professional experience in "
            "data science.\n",
            {"r_language": 2},
            3,
        ),
        # written slice w258: the plus after the unit
        ("Requirements\n- 3 yrs+ building production software, at least one of them shipping LLM features\n", {}, 3),
        # written slice w245: the doctorate is a path with no years, so the line asks for none
        (
            "Requirements\n- PhD in Statistics, Economics or a related field, or an MSc in one of those fields + 3 years of "
            "applied research experience\n",
            {},
            None,
        ),
    ],
)
def test_years_a_posting_asks_of_a_skill_or_overall(text: str, years: dict[str, int], overall: int | None) -> None:
    job = Analyzer().read_job(text=text)
    assert (dict(job.years), job.years_overall) == (years, overall)


@pytest.mark.parametrize(
    ("text", "skills"),
    [
        # written slice w225: resumes written wholly in French, Portuguese or German name their methods in those words
        (
            "Expérience\nAnalyse exploratoire des données clients ; tests A/B sur les campagnes ; tests du khi-deux.",
            {"data_exploration", "ab_testing", "hypothesis_testing"},
        ),
        ("Experiência\nTestes de hipótese e inferência causal com diferenças em diferenças.", {"hypothesis_testing", "causal_inference"}),
        ("Berufserfahrung\nMaschinelles Lernen und Prognosemodelle für den Absatz.", {"machine_learning", "predictive_modeling"}),
        ("Expérience\nTableaux de bord Power BI de suivi des prévisions.", {"dashboards"}),
        # written slice w274: prompts engineered, a model put in production, results presented, churn models, in Portuguese
        (
            "Experiência\nEngenharia de prompts; coloquei em produção o classificador como endpoint no SageMaker; "
            "apresentação de resultados à diretoria; modelos de churn com XGBoost.",
            {"prompt_engineering", "model_serving", "data_storytelling", "predictive_modeling"},
        ),
        # written slice w255: a regression, findings presented, a distillation and a thesis supervised, in Spanish and German
        (
            "Experiencia\nModelos de regresión lineal; presentación mensual de hallazgos y recomendaciones a la gerencia.",
            {"statistical_modeling", "data_storytelling"},
        ),
        ("Berufserfahrung\nMasterarbeit: Wissensdestillation; Betreuung von zwei Masterarbeiten.", {"distillation", "communication"}),
        # written slice w248: Bayesian models and recommendations presented, said in French
        (
            "Expérience\nModèles bayésiens de fréquence; présenté les recommandations de tarification au comité actuariel.",
            {"bayesian_methods", "data_storytelling"},
        ),
        # written slice w320: a resume written wholly in Polish
        (
            "Doświadczenie zawodowe\nBudowa modeli predykcyjnych churnu; inżynieria cech; analiza testów A/B; prezentacja "
            "wyników dla zarządu oraz rekomendacje; modele regresji logistycznej; czyszczenie i profilowanie danych.",
            {
                "predictive_modeling",
                "feature_engineering",
                "ab_testing",
                "data_storytelling",
                "statistical_modeling",
                "data_exploration",
            },
        ),
        # written slice w289: a resume written wholly in Dutch
        (
            "Werkervaring\nRetentie-acties getoetst met A/B testen; verkennende data-analyse; hypothesetoetsen en "
            "causale inferentie; regressieanalyse; churnmodellen; aanbevelingen gepresenteerd aan de directie.",
            {
                "ab_testing",
                "data_exploration",
                "hypothesis_testing",
                "causal_inference",
                "statistical_modeling",
                "predictive_modeling",
                "data_storytelling",
            },
        ),
        # written slice w341: a resume written wholly in Norwegian
        (
            "Arbeidserfaring\nPrediktive modeller for kundeavgang; A/B-testing av prisvarsler; presentasjon av resultater "
            "for ledelsen; utforskende dataanalyse av transaksjonsdata; regresjonsmodeller i R.",
            {"predictive_modeling", "ab_testing", "data_storytelling", "data_exploration", "statistical_modeling"},
        ),
        # written slice w345: a resume written wholly in Czech
        (
            "Pracovní zkušenosti\nVývoj prediktivních modelů odchodu zákazníků; návrh A/B testů a jejich statistické "
            "vyhodnocení (t-testy); prezentace výsledků vedení; čištění dat; logistická regrese.",
            {
                "predictive_modeling",
                "ab_testing",
                "statistics",
                "hypothesis_testing",
                "data_storytelling",
                "data_exploration",
                "statistical_modeling",
            },
        ),
        # ... and the same in Swedish and Danish
        (
            "Arbetslivserfarenhet\nPrediktiva modeller för efterfrågan; explorativ dataanalys; regressionsanalys.",
            {"predictive_modeling", "data_exploration", "statistical_modeling"},
        ),
        (
            "Erhvervserfaring\nPrædiktive modeller; præsentation af resultater for direktionen.",
            {"predictive_modeling", "data_storytelling"},
        ),
        # written slices w363 and w364: resumes written wholly in Hungarian and Indonesian
        (
            "Szakmai tapasztalat\nElőrejelző modellek; A/B tesztek tervezése; eredmények bemutatása a vezetőségnek; "
            "feltáró elemzés, adattisztítás; regressziós modellek.",
            {"predictive_modeling", "ab_testing", "data_storytelling", "data_exploration", "statistical_modeling"},
        ),
        (
            "Pengalaman Kerja\nModel prediktif churn; uji A/B (uji-t); presentasi hasil kepada manajemen; model regresi "
            "logistik; analisis eksploratif; rekayasa fitur.",
            {
                "predictive_modeling",
                "ab_testing",
                "hypothesis_testing",
                "data_storytelling",
                "statistical_modeling",
                "data_exploration",
                "feature_engineering",
            },
        ),
        # written slices w347, w350 and w353: resumes written wholly in Finnish, Romanian and Turkish
        (
            "Työkokemus\nKysynnän ennustemallit; A/B-testaus; merkitsevyys t-testillä; tulosten esittely johdolle; tutkiva "
            "data-analyysi; asiakaspoistuman ennustaminen logistisella regressiolla.",
            {"predictive_modeling", "ab_testing", "hypothesis_testing", "data_storytelling", "data_exploration", "statistical_modeling"},
        ),
        (
            "Experiență profesională\nModele predictive pentru estimarea cererii; analiza testelor A/B; prezentarea "
            "rezultatelor către conducere; modele de regresie logistică; curățarea datelor.",
            {"predictive_modeling", "ab_testing", "data_storytelling", "statistical_modeling", "data_exploration"},
        ),
        (
            "İş Deneyimi\nTalep ve satış tahmin modelleri; özellik mühendisliği; A/B testleri; sonuçların yönetime "
            "sunulması; keşifsel veri analizi; lojistik regresyon ile churn tahmini.",
            {
                "predictive_modeling",
                "feature_engineering",
                "ab_testing",
                "data_storytelling",
                "data_exploration",
                "statistical_modeling",
            },
        ),
    ],
)
def test_methods_named_in_another_language_are_the_skills(text: str, skills: set[str]) -> None:
    assert skills <= found(text)


def test_software_regression_testing_and_in_python_said_in_another_language_are_no_skill() -> None:
    """Written slice w341: "regresjonstesting" is a test suite run again, and "i Python" is Norwegian for "in Python",
    no IPython shell (Jupyter)."""
    skills = found("Arbeidserfaring\nRegresjonstesting av rapportpipelinen; churnmodeller i Python (pandas).")
    assert "statistical_modeling" not in skills
    assert "jupyter" not in skills
    assert "python" in skills


def test_statistics_named_in_another_language_as_figures_are_no_skill() -> None:
    """Written slice w225: "statistiche di vendita" are a company's sales figures; the field is "statistica"."""
    assert "statistics" not in found("Esperienza\nEstrazione mensile delle statistiche di vendita dal gestionale SAP.")
    assert "statistics" in found("Formazione\nLaurea in Statistica, Università di Bologna.")
    assert "tableau" not in found("Expérience\nTableaux de bord de suivi des prévisions pour les directions pays.")


def test_a_wish_in_one_dash_bullet_of_an_ad_run_into_one_line_ends_at_the_next_bullet() -> None:
    """Written slice w246: an ad pasted with its line breaks lost and its bullets as " - " made dashboards, SQL,
    Python and statistics optional after one bullet's "Bayesian hierarchical models welcome but not required"."""
    job = Analyzer().read_job(
        text="Responsibilities - Develop load forecasting models with ARIMA and Prophet - Quantify forecast uncertainty; "
        "Bayesian hierarchical models welcome but not required - Build Power BI dashboards for system operators - Write "
        "forecast reviews Qualifications - Solid SQL; experience with PySpark on Databricks - Strong statistics background\n"
    )
    assert {"dashboards", "sql", "statistics", "distributed_computing"} <= set(job.required)
    assert "bayesian_methods" in job.optional


def test_tools_it_would_be_great_to_have_used_but_none_required_are_optional() -> None:
    """Written slice w246: "none of this is required" read as "is required"."""
    job = Analyzer().read_job(
        text="Requirements\nYou should know SQL.\nIt would be great if you've already built a chart in matplotlib or "
        "Plotly, or put together a report in Tableau, but none of this is required.\n"
    )
    assert job.required == ("sql",)
    assert {"matplotlib", "plotly", "tableau"} <= set(job.optional)


def test_work_an_ad_says_the_hire_will_not_be_doing_is_not_asked() -> None:
    """Written slice w252: "You won't be babysitting Kubernetes clusters; our platform team does that." asked for
    Kubernetes, and "You also won't be training foundation models" for machine learning."""
    job = Analyzer().read_job(
        text="What you'll do\n- Build RAG apps in Python.\n- You won't be babysitting Kubernetes clusters; our platform team "
        "does that.\n- You also won't be training foundation models.\n"
    )
    assert set(job.skills) == {"rag", "python"}


def test_product_features_taken_from_a_sketch_are_no_feature_engineering() -> None:
    """Written slice w251: "You'll take features from a clinician's whiteboard sketch to something a GP uses"."""
    job = Analyzer().read_job(text="What you'll do\n- You'll take features from a clinician's whiteboard sketch to production.\n")
    assert "feature_engineering" not in job.skills


def test_a_dash_before_a_wish_of_its_own_leaves_the_item_before_it_required() -> None:
    """Written slice w3 (a requirement "Proficient in Python (pandas, scikit-learn) - R is a plus"): R's wish made Python
    optional."""
    job = Analyzer().read_job(text="Qualifications:\n- Proficient in Python (pandas, scikit-learn) - R is a plus\n- Advanced SQL\n")
    assert "python" in job.required
    assert "r_language" in job.optional


def test_what_another_team_owns_is_not_asked_though_the_sentence_turns_to_the_role() -> None:
    """Written slice w258: "the ML engineering team owns our forecasting and personalisation services on Azure, so this
    role can spend its time on decisions" asked for machine learning, forecasting and the cloud."""
    job = Analyzer().read_job(
        text="About the role\nThe ML engineering team owns our forecasting and personalisation services on Azure, so this "
        "role can spend its time on decisions rather than plumbing.\nRequirements\n- Python or R\n"
    )
    assert set(job.skills) == {"python", "r_language"}


def test_a_what_you_wont_do_list_asks_for_nothing_it_names() -> None:
    """Written slice w257: "You won't own the commercial team's dashboards or the ad-sales forecasting models",
    "You won't train foundation models from scratch, and you won't be on a GPU cluster rota", "You won't build production
    ML models; our Applied ML team owns the ETA models, and you'll partner with them" asked for what they rule out."""
    job = Analyzer().read_job(
        text="What you won't do\n- You won't own the commercial team's dashboards or the ad-sales forecasting models; "
        "the Data & Insight team does.\n- You won't train foundation models from scratch, and you won't be on a GPU cluster "
        "rota.\n- You won't build production ML models; our Applied ML team owns the ETA models, and you'll partner with "
        "them on their experiments.\nRequirements\n- Python and SQL\n- Container images pruned automatically in CI\n"
    )
    assert set(job.skills) == {"python", "sql"}


def test_a_denial_in_an_aside_of_an_ad_run_into_one_line_ends_with_the_aside() -> None:
    """Written slice w163 (an ad pasted as one line with "•" bullets): "(no, you won't be on-call for pipelines)" took
    every requirement after it away."""
    job = Analyzer().read_job(
        text="What you'll do: • pair with our data engineer on event tracking (no, you won't be on-call for pipelines) "
        "What we're looking for: • SQL you'd be proud of (CTEs, window functions) • Python or R, we don't mind which\n"
    )
    assert {"sql", "python", "r_language"} <= set(job.required)


def test_a_skill_that_is_a_welcome_extra_is_optional() -> None:
    """Written slice w264: "Python is a welcome extra" made Python required."""
    job = Analyzer().read_job(text="Requirements\nWe work mostly in R; Python is a welcome extra.\n")
    assert (job.required, job.optional) == (("r_language",), ("python",))


def test_an_application_forms_github_field_asks_for_no_git() -> None:
    """Written slice w275 (a Greenhouse page pasted with its application form): "GitHub or portfolio URL" asked for Git."""
    job = Analyzer().read_job(text="Requirements\n- Python\nApply for this job\nGitHub or portfolio URL\nLinkedIn Profile\n")
    assert "git" not in job.skills


def test_the_items_under_a_what_you_wont_do_heading_ask_for_nothing() -> None:
    """Written slice w279: "What you won't do" over "Train foundation models from scratch." and "Build production ML
    services." asked for machine learning; the list ends at the next line that is no item (w267: "You might be a fit if
    you have")."""
    job = Analyzer().read_job(
        text="What you'll do\n- Build RAG apps in Python.\nWhat you won't do\n- Train foundation models from scratch.\n"
        "- Build production ML services.\nYou might be a fit if you have\n- SQL and a solid grasp of REST APIs\n"
    )
    assert set(job.skills) == {"rag", "python", "sql", "rest_api"}


def test_what_the_companys_engineers_use_is_not_asked() -> None:
    """Written slices w279, w281: "Our engineers work with Python, Kubernetes and AWS" in a facilities coordinator's ad."""
    job = Analyzer().read_job(text="About us\nOur engineers work with Python, Kubernetes and AWS.\nRequirements\n- Excel and SQL\n")
    assert set(job.skills) == {"sql"}


def test_each_criterion_of_a_person_specification_has_its_own_grade() -> None:
    """Written slice w291 (an NHS person specification): "Desirable: Membership of the Royal Statistical Society" was read
    as a heading, and every "Essential:" criterion after it became optional."""
    job = Analyzer().read_job(
        text="Qualifications\nEssential: PhD in statistics\nDesirable: Membership of the Royal Statistical Society\n"
        "Knowledge and skills\nEssential: Ability to query relational databases using SQL\nDesirable: Use of Git for version control\n"
    )
    assert (set(job.required), set(job.optional)) == ({"statistics", "sql"}, {"git"})


def test_a_job_boards_list_of_similar_jobs_asks_for_nothing() -> None:
    """Written slice w291 (a Workday page): "Similar Jobs (3)" over "Data Scientist II - Demand Forecasting" asked for
    predictive modelling."""
    job = Analyzer().read_job(
        text="Requirements\n- Python\n\nSimilar Jobs (3)\nData Scientist II - Demand Forecasting\nManager, Media Analytics\n"
    )
    assert set(job.skills) == {"python"}


@pytest.mark.parametrize(
    "text",
    [
        # written slice w291: a team the hire supports, "who own" the work
        "Responsibilities\n- Support the Planning team, who own the demand forecast, with supplier lead-time data\n- SQL\n",
        # written slice w291: the people a platform serves, "who today run" the work
        "About the job\nThe platform supports 300+ data scientists across Markets, Risk and Retail, who today run everything "
        "from credit-risk scorecards to churn models.\nRequirements\n- SQL\n",
        # written slice w294: an office named by its work
        "Duties\nThe Office of Public Affairs maintains the data portal and its Tableau Public visualizations; this "
        "position does not produce them.\n- SQL\n",
        # written slice w294: the company's customers, and a group of it in the clause after its platform
        "About\nOur customers run A/B tests, build churn prediction models and share dashboards on Lumenary.\nRequirements\n- SQL\n",
        "AI Engineer\nToday our data platform runs on Snowflake and Azure, and our Enterprise Analytics group (40+ actuaries "
        "and BI developers) publishes Power BI reporting to every line of business.\nRequirements\n- SQL\n",
        # written slice w294: the engineers of another team, and what the hire's work is set against
        "Requirements\n- SQL\nOur Risk Platform engineers own the feature store; you'll work with them on handover, not on "
        "the model serving code.\n",
        # written slice w294: "What we're not looking for"
        "What we're not looking for\nA dashboards person.\n\nRequirements\n- SQL\n",
    ],
)
def test_work_others_do_or_the_hire_is_not_asked_to_do_is_not_asked(text: str) -> None:
    assert set(Analyzer().read_job(text=text).skills) == {"sql"}


def test_what_the_job_does_rather_than_another_thing_asks_only_for_the_first() -> None:
    """In-repo posting p58_ai_02 ("build production agents on top of foundation models rather than train models"): what
    comes after "rather than" or "instead of" is not asked."""
    assert set(Analyzer().read_job(text="Requirements\n- Python rather than R\n").skills) == {"python"}
    assert set(Analyzer().read_job(text="Requirements\n- Tableau instead of Looker\n").skills) == {"tableau"}


def test_a_contrast_that_only_qualifies_the_hire_leaves_the_skill_asked() -> None:
    """Written slice w66 ("git, linux, not scared of CUDA errors") and "Python, not just SQL": what follows "not" is still asked."""
    assert "gpu_infrastructure" in Analyzer().read_job(text="Requirements\n- git, linux, not scared of CUDA errors\n").skills
    assert {"python", "sql"} <= set(Analyzer().read_job(text="Requirements\n- Python, not just SQL\n").skills)


def test_a_hyphenated_word_run_into_the_next_is_no_spacing_variant() -> None:
    """Written slice w289: "a start-up selling speech analytics" was "upselling", business acumen."""
    assert "business_acumen" not in found("Experience\nA 40-person start-up selling speech analytics to call centres.")
    assert "business_acumen" in found("Experience\nDrove up selling of premium plans to existing customers.")


def test_wrangling_prompts_is_no_data_exploration() -> None:
    """Written slice w294: "lots of prompt wrangling ... run evals on every change with our data"."""
    assert "data_exploration" not in found("Experience\nLots of prompt wrangling; we run evals on every change with our data.")
    assert "data_exploration" in found("Experience\nData wrangling in pandas for the churn dataset.")


def test_figures_taken_from_a_source_or_named_beside_other_figures_are_no_statistics() -> None:
    """Written slices w296 ("Used visitor statistics from front-of-house") and w298 ("shared the vendor's heatmaps and
    response statistics"): figures read or passed on, not the field."""
    assert "statistics" not in found("Experience\nUsed visitor statistics from front-of-house to plan gallery rotations.")
    assert "statistics" not in found("Experience\nShared the vendor's heatmaps and response statistics with each leader.")
    assert "statistics" in found("Experience\nStrong background in time-series statistics from my MSc.")


def test_a_common_word_as_a_name_in_quotes_is_no_tool() -> None:
    """Written slices w295 ("the 2023 rollout of “Python”, the bank's new teller system") and w289 (a rooftop "Python
    Bar")."""
    assert "python" not in found("Experience\nLed the 2023 rollout of “Python”, the bank’s new teller system, in the branch.")
    assert "python" not in found('Experience\nSold rooftop "Python Bar" packages as add-ons.')
    assert "python" in found("Experience\nWrote 'Python for analysts', an internal course on pandas.")


def test_what_customers_and_their_teams_do_asks_for_nothing() -> None:
    """Written slice w384: "Support customers who serve hundreds of LoRA adapters" and "Partner with customers' ML
    teams on onboarding large models" ask for no fine-tuning and no machine learning."""
    job = Analyzer().read_job(
        text="Responsibilities\n- Support customers who serve hundreds of LoRA adapters on one base model.\n- Partner with "
        "customers' ML teams on onboarding large models.\n- Kubernetes\n"
    )
    assert set(job.skills) == {"kubernetes", "communication"}


def test_a_thing_said_to_be_absent_or_people_trained_show_no_skill() -> None:
    """Written slice w388: "cut CPU inference latency 3x on air-gapped servers with no GPUs" shows no GPU work, and
    "Trained new operatives on the two balers (Orwak and Strautmann models)" trained people, not a model."""
    assert "gpu_infrastructure" not in found("Experience\nCut CPU inference latency 3x on air-gapped servers with no GPUs.")
    assert "gpu_infrastructure" in found("Experience\nTrained models on 8 GPUs with DeepSpeed on the cluster.")
    assert "machine_learning" not in found("Experience\nTrained new operatives on the two balers (Orwak and Strautmann models).")


def test_a_deputy_vice_chancellor_and_data_kept_clean_show_no_skill() -> None:
    """Written slices w396 ("briefing papers with recommendations for the DVC") and w398 ("keep ticket data in Tessitura
    clean – holds, comps, patron records")."""
    assert "model_registry" not in found("Experience\nWrite briefing papers with recommendations for the DVC.")
    assert "model_registry" in found("Experience\nVersioned datasets with DVC and tracked runs in MLflow.")
    assert "data_exploration" not in found("Experience\nKeep ticket data in Tessitura clean – holds, comps, patron records.")
    assert "data_exploration" in found("Experience\nCleaned the claims data before modelling.")


def test_models_deployed_and_trained_on_a_cluster_said_in_polish_or_portuguese() -> None:
    """Written slices w398 and w396: "Wdrażanie modeli na produkcję", "Trening rozproszony na klastrze GPU", "Deploy de
    modelos em produção", "Treinamento distribuído"."""
    polish = found("Doświadczenie zawodowe\nWdrażanie modeli na produkcję; trening rozproszony na klastrze GPU.")
    assert {"model_serving", "distributed_computing", "gpu_infrastructure"} <= polish
    assert {"model_serving", "distributed_computing"} <= found("Experiência\nDeploy de modelos; treinamento distribuído.")


def test_a_quoted_name_explained_after_a_dash_is_no_tool() -> None:
    """Written slice w408: 'how to handle the "Python" - what our operators call the tight S-curve'."""
    assert "python" not in found('Duties\nLearn how to handle the "Python" - what our operators call the tight S-curve.')


def test_a_tool_name_inside_a_quoted_name_is_no_tool() -> None:
    """Written slice w373: our Christmas "Snow Leopard & Python" soft-toy range."""
    assert "python" not in found('Experience\nPlanned the Christmas "Snow Leopard & Python" soft-toy range displays.')
    # a talk's title names its topic (docs/labelling-rules.md; written slices w430 and w431): no tool either
    assert "python" not in found('Experience\nGave "Spark and Python at Scale", a talk at PyData.')
    assert "python" in found('Experience\nGave "Spark and Python at Scale", a talk at PyData, on the Python jobs I built.')


def test_a_tool_name_in_quotes_naming_the_thing_beside_it_is_no_tool() -> None:
    """Written slices w355 ("Coordinate the 'Spark' keeper-talk programme") and w362 ("the staff Wi-Fi (network
    “Python”)"): a quoted name of a programme or a network, not the tool."""
    assert "distributed_computing" not in found("Experience\nCoordinate the 'Spark' keeper-talk programme; animal data in ZIMS.")
    assert "python" not in found('Experience\nLook after IT: backups, the staff Wi-Fi (network "Python") and the patient Wi-Fi.')
    assert {"python", "distributed_computing"} <= found('Experience\nWrote ETL jobs in "Python" and Spark on the data platform.')


def test_bayesian_samplers_and_time_to_event_models_are_their_methods() -> None:
    """Written slice w356: "Dissertation: joint models for longitudinal biomarkers and time-to-event outcomes in heart
    failure (R, JAGS)" showed Bayesian methods and statistical modelling."""
    skills = found("Experience\nJoint models for longitudinal biomarkers and time-to-event outcomes in heart failure (R, JAGS).")
    assert {"bayesian_methods", "statistical_modeling"} <= skills
    assert "statistical_modeling" not in found("Experience\nBuilt a joint model of the two teams' budgets.")


def test_revenue_per_user_margins_and_pricing_policy_are_business_acumen() -> None:
    """Written slices w375, w372 and w378: "measured incremental ARPU", "recommendations on risk-based pricing tiers",
    "tests A/B (taux de conversion, panier moyen)"."""
    assert "business_acumen" in found("Experience\nDesigned A/B tests for retention offers and measured incremental ARPU.")
    assert "business_acumen" in found("Experience\nRecommendations to the Credit Committee on risk-based pricing tiers.")
    assert "business_acumen" in found("Expérience\nTests A/B sur le site e-commerce (taux de conversion, panier moyen).")


def test_a_nearest_neighbour_index_feeding_no_language_model_is_no_rag() -> None:
    """Written slices w206 and w62: "FAISS index over 9M product embeddings for nearest-neighbour search" is a
    similarity search, not retrieval for a language model."""
    assert "rag" not in found("Experience\nFAISS index over 9M product embeddings for nearest-neighbour search.")
    assert "rag" in found("Experience\nFAISS index over policy documents feeding GPT-4o answers for the support chatbot.")


def test_a_line_of_products_names_confirms_the_tools_among_them() -> None:
    """Written slice w359: a job's closing line "Azure (ADLS Gen2, Data Factory), Docker, Airflow." lost Docker and Azure
    (each an ordinary word without a tool beside it that the taxonomy holds)."""
    text = "Experience\nLed the migration to the cloud warehouse for finance.\nAzure (ADLS Gen2, Data Factory), Docker, Airflow."
    assert {"cloud", "docker"} <= found(text)
    assert "data_storytelling" not in found("Experience\nMachine Learning Engineer, Recommendations")
    assert "gpu_infrastructure" not in found("Experience\nGit/GitHub, LaTeX, Quarto, UPPMAX (SLURM), Linux")


def test_a_model_trained_in_mixed_precision_is_no_inference_optimization() -> None:
    """Written slice w361: "multi-node distributed training on the internal HPC cluster (Slurm, 64x A100), mixed
    precision, FSDP" is how a model was trained, not how its inference was made faster."""
    text = "Experience\nMulti-node distributed training on the HPC cluster (Slurm, 64x A100), mixed precision, FSDP."
    assert "inference_optimization" not in found(text)
    assert "inference_optimization" in found("Experience\nServed the ranker with mixed precision and TensorRT on Triton.")


def test_stories_told_of_objects_or_brands_are_no_data_storytelling() -> None:
    """Written slice w296 (a museum curator): "finding the human story in an object and telling it to people"."""
    assert "data_storytelling" not in found("Experience\nFound the human story in an object and told it to museum visitors.")
    assert "data_storytelling" in found("Experience\nTold the story behind the churn figures to the board.")


def test_features_created_for_a_model_are_feature_engineering() -> None:
    """Written slice w293: "Created features like tenure buckets, ARPU trend, complaint count" for a churn model."""
    assert "feature_engineering" in found("Experience\nCreated features like tenure buckets, ARPU trend and complaint count.")
    assert "feature_engineering" not in found("Experience\nCreated features for the mobile app's checkout screens.")
    # written slice w352: features built "out of" data, as "from" it
    assert "feature_engineering" in found("Experience\nBuilt features out of tracking data: pressing intensity, pitch control.")


@pytest.mark.parametrize(
    ("text", "years", "overall"),
    [
        # written slice w297: a part of the years after "incl." is no overall figure
        (
            "Requirements\n- 3+ years of hands-on machine learning experience, incl. at least one year with transformer language models\n",
            {"machine_learning": 3},
            None,
        ),
        # written slice w297: years as a statistician are years of a job, and so is the shorter path after them
        (
            "Requirements\n- A minimum of five years' experience as a statistician in clinical trials (pharmaceutical "
            "industry or CRO), or three years with a PhD.\n",
            {},
            3,
        ),
    ],
)
def test_years_of_a_part_or_of_a_job_named_by_a_skill(text: str, years: dict[str, int], overall: int | None) -> None:
    job = Analyzer().read_job(text=text)
    assert (dict(job.years), job.years_overall) == (years, overall)


def test_a_github_link_asked_for_with_the_application_asks_for_no_git() -> None:
    """Written slice w297: "Contributions to open-source ML libraries (link your GitHub)"."""
    job = Analyzer().read_job(text="Requirements\n- Python\n- Contributions to open-source libraries (link your GitHub)\n")
    assert "git" not in job.skills


def test_what_the_companys_named_teams_build_is_not_asked() -> None:
    """Written slices w300 ("Calder & Forth's data science and quant teams build the credit risk ... models that run the
    bank – scorecards, XGBoost PD models") and w227 ("Our engineering teams build on Kafka, Spark and Kubernetes"); not
    what the hire maintains for them (w291: "Maintain the scenario planner our brand teams use in Power BI")."""
    job = Analyzer().read_job(
        text="About\nCalder & Forth's data science and quant teams build the credit risk models that run the bank – "
        "scorecards, XGBoost PD models.\nOur engineering teams build on Kafka, Spark and Kubernetes.\nRequirements\n- Python\n"
    )
    assert set(job.skills) == {"python"}
    assert "dashboards" in Analyzer().read_job(text="Duties\n- Maintain the scenario planner our brand teams use in Power BI\n").skills


def test_water_distilled_in_a_plant_is_no_model_distillation() -> None:
    """Written slice w300 (a facilities manager): "the water distillation and deionisation plant" beside tree pruning."""
    assert "distillation" not in found("Experience\nRan the water distillation and deionisation plant and the grounds' pruning.")


def test_a_tool_in_a_foundations_or_societys_name_is_no_skill() -> None:
    """Written slice w305 (a journalist): "Broke the story of the Python Software Foundation's funding gap"."""
    assert "python" not in found("Experience\nBroke the story of the Python Software Foundation's funding gap.")
    assert "python" in found("Experience\nWrote Python tooling for the foundation's grant reviews.")


@pytest.mark.parametrize(
    "text",
    [
        # written slice w303: what the hire's team does not do, and another team named with an aside
        "About\nThis team does not train foundation models.\nThe ML platform team (a separate group) handles the "
        "lead-scoring models.\nRequirements\n- SQL\n",
        # written slice w306: what the role does not include
        "Duties\n- Monitor the pipelines. This role does not include building the forecasting models themselves.\n- SQL\n",
        # written slice w306: what the company's instructors teach
        "Events Coordinator\nOur instructors teach Python, machine learning and cloud basics on AWS.\nRequirements\n- SQL\n",
    ],
)
def test_what_the_role_leaves_out_or_others_do_asks_for_nothing(text: str) -> None:
    assert set(Analyzer().read_job(text=text).skills) == {"sql"}


def test_a_budget_forecast_is_cost_work_not_a_predictive_model() -> None:
    # written slice w303: a school's budget forecast asks for no predictive modelling; managing the budget is the
    # "revenue / cost work" of business acumen in docs/labelling-rules.md (w553-w581 labellers count budgets so)
    text = "Duties\n- Manage the £2.4m budget, including three-year budget forecasting and monthly monitoring.\n- SQL\n"
    skills = set(Analyzer().read_job(text=text).skills)
    assert "predictive_modeling" not in skills and skills == {"sql", "business_acumen"}


@pytest.mark.parametrize(
    "text",
    [
        # written slice w315: a unit of the company by its name, in the clause after the company's own work
        "About\nWe advise state agencies, and our Data Lab builds the Tableau dashboards that workforce boards use.\nRequirements\n- R\n",
        # written slice w318: the company's org and a team that "has used" its tools
        "About\nOur Digital & Technology org runs on AWS and Snowflake, and our data science team has used Python and "
        "Tableau for years to plan crews.\nRequirements\n- R\n",
        # written slice w318: what the role does not manage
        "Duties\n- This role does not manage the Power BI reporting team.\n- R\n",
        # written slice w365: what the company by its name is built on; a team that owns work this role does not do;
        # what a team the hire works with owns
        "About\nLexara serves law firms. Lexara is built on Python, Kubernetes and Elasticsearch.\nRequirements\n- R\n",
        "Scope\n- This role does not include trial reporting; that is owned by our Biostatistics and Health Economics team.\n- R\n",
        "Duties\n- Work with the Data Platform team (owners of our Azure Data Lake and Databricks) to bring in data.\n- R\n",
        # written slice w368: what nobody here does; a writing group named Spark
        "About\nWe fine-tune open models. Nobody here is pre-training anything.\nRequirements\n- R\n",
        "Duties\n- Set up events, including the Spark creative writing group.\n- R\n",
        # written slice w408: what the company's app is built on, said in an aside, and what another department handles
        "Drive with us. Our customer app (built on AWS, with arrival predictions from a machine-learning model) is rated "
        "4.7 stars.\nDuties\n- R\n- This is not an office job. Ridership statistics and dashboards are handled by the "
        "Planning Department.\n",
        # written slice w392: the items under "What you won't need"
        "Must have\n- R\n\nWhat you won't need\n- Kubernetes. Our platform team looks after AKS.\n- Deep statistics, "
        "or Bayesian anything.\n",
        # written slices w373 and w376: a list of what the job has none of, what it does nothing of, what a part of the
        # company's backend is, a heading of what is not required, another team's clause after a dash
        "About\nWe build ranking models. no chatbots, no RAG, no agents. we keep it old-school.\n- R\n",
        "Duties\n- Keep the ranking model's p99 latency under 80ms: distilling nothing, just careful profiling\n- R\n",
        "About\nOur backend is mostly Go and Kotlin on AWS, with Postgres and Kafka in the middle.\nRequirements\n- R\n",
        "Must have\n- R\n\n## Not required\n\n- Tableau or Power BI — the BI team owns reporting\n",
        "About the role\nThis role focuses on player insight rather than modelling — our ML team owns matchmaking and "
        "recommendations.\nRequirements\n- R\n",
        # written slice w349: the group's team, named after "whose"
        "Night Auditor\nWe're part of the Coastline group, whose central revenue team uses a Python-based pricing model and "
        "machine learning forecasts to set our room rates.\nRequirements\n- R\n",
        # written slice w357: what the company's product runs on, in a clause of its own
        "Kestrel is a code-review assistant. Our indexer is written in Rust, the product runs on Kubernetes in Google Cloud "
        "with Postgres behind it, and we ship extensions for VS Code.\nRequirements\n- R\n",
    ],
)
def test_a_named_unit_of_the_company_or_what_the_role_does_not_manage_asks_for_nothing(text: str) -> None:
    assert set(Analyzer().read_job(text=text).skills) == {"r_language"}


@pytest.mark.parametrize(
    ("text", "years", "overall"),
    [
        # written slice w315: years of a field of work with no "experience" after them
        (
            "Requirements\n- 5 years of professional software engineering, of which at least 2 building products on top "
            "of LLMs\n- 3+ years of Python\n",
            {"python": 3},
            5,
        ),
        # written slice w315: an Indeed paste's years under a field's name
        ("Experience\n- Python: 3 years (Required)\n- data science: 2 years (Required)\n", {"python": 3}, 2),
        # written slice w318: "3ish yrs"
        ("Requirements\n- 3ish yrs shipping ML systems\n", {"machine_learning": 3}, None),
    ],
)
def test_years_of_a_field_or_said_loosely(text: str, years: dict[str, int], overall: int | None) -> None:
    job = Analyzer().read_job(text=text)
    assert (dict(job.years), job.years_overall) == (years, overall)


def test_work_a_role_involves_none_of_and_people_called_agents_ask_for_nothing() -> None:
    """Written slice w337 (a sales coordinator): "This role involves no coding, no data analysis and no product testing",
    "Spark conversations with prospects", "our shipping agent partners"."""
    job = Analyzer().read_job(
        text="About the role\nThis role involves no coding, no data analysis and no product testing.\nDuties\n- Spark "
        "conversations with prospects at events\n- Book travel for our shipping agent partners\n- SQL\n"
    )
    assert set(job.skills) == {"sql"}


def test_a_clean_driving_licence_is_no_data_cleaning() -> None:
    """Written slice w338 (an HVAC technician): "Full clean driving licence" beside "system data"."""
    assert "data_exploration" not in found("Summary\nFull clean driving licence. Reads system data from the BMS.")
    assert "data_exploration" in found("Experience\nCleaned the claims data in SQL.")


@pytest.mark.parametrize(
    ("text", "skill"),
    [
        # written slices w419-w424: another team or other people as the subject of the clause, a possessive team, a thing a
        # team keeps, a passive with another agent, and what happened after the person left
        ("Experience\nFraud analyst. (The claims-handling team runs its own Spark pipeline for fraud flags.)", "distributed_computing"),
        ("Experience\nBuilt the data marts. The data science team's churn model reads from my marts.", "predictive_modeling"),
        ("Experience\nSet up dispensing for 14 trials; the CTU's statisticians run the trial analyses.", "statistics"),
        ("Experience\nNot a data role: the analytics team owned the ticket dashboards.", "dashboards"),
        ("Experience\nUnderwriters read the figures in the Tableau workbook that the BI team maintains.", "tableau"),
        ("Experience\nSnapshots go to the control-room dashboard built by the web team.", "dashboards"),
        ("Experience\nKubernetes is run by the platform team — I file tickets, they hold the helm.", "kubernetes"),
        ("Experience\nThe move of our services to Kubernetes happened in 2017 and was run by the platform team.", "kubernetes"),
        ("Research\nThe propensity-score comparison in the companion paper was done by our Monash collaborators.", "causal_inference"),
        ("Experience\n(The actuarial move onto Spark happened after I left.)", "distributed_computing"),
        ("Expérience\nService déployé sur Cloud Run ; le cluster GKE reste géré par l'équipe Plateforme.", "kubernetes"),
    ],
)
def test_another_partys_work_on_a_resume_is_not_the_persons(text: str, skill: str) -> None:
    assert skill not in found(text)


@pytest.mark.parametrize(
    ("text", "skill"),
    [
        # ... but the person's own work beside a team stays theirs
        ("Experience\nThe platform team and I moved our services to Kubernetes.", "kubernetes"),
        ("Experience\nDeployed the models on Kubernetes clusters maintained by the platform team.", "kubernetes"),
        ("Experience\nWorked with the data science team to put their churn model into a Spark pipeline.", "distributed_computing"),
        ("Experience\nBuilt the Tableau dashboards the sales team reads every Monday.", "tableau"),
    ],
)
def test_the_persons_work_beside_another_team_stays_theirs(text: str, skill: str) -> None:
    assert skill in found(text)


@pytest.mark.parametrize(
    ("text", "skill"),
    [
        # written slice w422: a CV wholly in French
        ("Expérience\nAssistant juridique par génération augmentée de récupération sur 2 M de paragraphes.", "rag"),
        ("Expérience\nAffinage de CamemBERT, puis distillation de connaissances vers un modèle étudiant.", "distillation"),
        ("Expérience\nRédaction des gabarits de prompts et des exemples few-shot.", "prompt_engineering"),
        ("Expérience\nDétection de discours haineux : réseaux de neurones récurrents.", "machine_learning"),
        ("Expérience\nLatence p95 divisée par trois grâce à vLLM (batching continu).", "inference_optimization"),
        # written slice w424: a CV wholly in Dutch
        (
            "Werkervaring\nBacktesting van de kalibratie met binomiale toetsen en chi-kwadraattoetsen per ratingklasse.",
            "hypothesis_testing",
        ),
        ("Werkervaring\nVerkennende analyses van schade- en polisdata voor de afdeling Particulieren.", "data_exploration"),
        ("Werkervaring\nOntwikkelen van PD-modellen (kans op wanbetaling) voor de MKB-portefeuille.", "predictive_modeling"),
        ("Werkervaring\nElk kwartaal presenteer ik de modelprestaties en mijn aanbevelingen aan het Risicocomité.", "data_storytelling"),
        # written slice w422: a report pack presented to the people who decide
        ("Experience\nPresent the monthly risk and attribution pack to the CIO and the investment committee.", "data_storytelling"),
    ],
)
def test_work_said_in_french_or_dutch_or_as_a_pack_presented(text: str, skill: str) -> None:
    assert skill in found(text)


@pytest.mark.parametrize(
    "text",
    [
        # written slice w425: the company's product under a sub-heading of its "About" block
        "## About Stratoforge\n\nStratoforge is the cloud platform for ML teams.\n\nWhat the platform does:\n\n- **Serve.** "
        "Deploy any model as an inference endpoint backed by vLLM, with REST and gRPC interfaces.\n\n## Requirements\n\n- R\n",
        # written slice w426: what the post does not involve, and work carried out by partners
        "Duties\n- R\n- The post does not involve the analysis of clinical trial data, and the project's statistical work on "
        "patient outcomes is carried out by the partner trusts.\n",
        # written slice w426: what the company helped its clients do
        "About\nIn the last year we helped a national retailer rebuild its demand forecasting and a telecoms operator run "
        "its first programme of A/B tests.\nRequirements\n- R\n",
        # written slice w426: a table's rows whose level says the tool is not needed
        "Tools\n| Tool | Used for | Level |\n|---|---|---|\n| R | models | Required |\n| Spark | our data engineers' "
        "pipelines | Not needed |\n",
        # written slice w426: an equal-opportunity paragraph that goes on about statistics the company collects
        "Requirements\n- R\n\nCaldermoor Bank is committed to equal opportunity and to building a workforce that reflects the "
        "communities we serve. We welcome applications from all backgrounds. We collect voluntary diversity statistics to "
        "monitor the fairness of our hiring; these are never shared with the hiring manager. If you need reasonable "
        "adjustments, please contact our recruitment team.\n",
        # written slice w426: other functions' people and groups, and dashboards another team built
        "Duties\n- R\n- Make sure the mapping is agreed with the statistical programmers, who produce the datasets, and with "
        "the biostatistics group.\n- Track progress on the CDM dashboards built by our Clinical Analytics team.\n",
    ],
)
def test_a_postings_company_product_clients_and_unneeded_tools_ask_for_nothing(text: str) -> None:
    assert set(Analyzer().read_job(text=text).skills) == {"r_language"}


def test_one_thing_the_stack_has_not_got_is_not_asked() -> None:
    """Written slice w425 (an informal startup ad): "no kubernetes (yet)" after the stack's tools."""
    job = Analyzer().read_job(text="the stack: python, fastapi, postgres, docker compose. no kubernetes (yet), nobody here misses it.\n")
    assert "python" in job.skills
    assert "kubernetes" not in job.skills


@pytest.mark.parametrize(
    ("text", "skill"),
    [
        # written slices w420-w422: tests named by their statistic, one of them with an en dash between two names
        ("Experience\nLikelihood-ratio tests of rating factors.", "hypothesis_testing"),
        ("Experience\nKaplan–Meier estimates and log-rank tests for the trial arms.", "hypothesis_testing"),
        ("Experience\nPSI and Kolmogorov–Smirnov tests for drift on every scored feature.", "hypothesis_testing"),
        # written slices w419-w420: what a customer costs to win, and an insurer's loss ratio
        ("Experience\nMeasure CAC, share of search and payback per channel.", "business_acumen"),
        ("Experience\nRate changes, loss ratio and retention by segment.", "business_acumen"),
        # written slice w432: a bank's own measures
        ("Experience\nMonthly NPL ratio and cost-of-risk pack for the CFO's office.", "business_acumen"),
    ],
)
def test_tests_named_by_their_statistic_and_acquisition_costs_and_loss_ratios(text: str, skill: str) -> None:
    assert skill in found(text)


@pytest.mark.parametrize(
    ("text", "skill"),
    [
        # written slices w419-w424: words of other fields (a clinic's GIT, a slot machine, a brewery's clean-in-place, a
        # tableau vivant, a wedding photographer's stories, FAQs distilled by hand), what another party owns, and a
        # sentence that opens by saying there was none of it
        ("Experience\nWrote the upper GIT bleed protocol with the gastroenterology consultants.", "git"),
        ("Experience\nBuilt a probability unit around a one-armed bandit: students simulated a slot machine.", "multi_armed_bandits"),
        ("Experience\nCleaned-in-place the transfer pipelines and kegging line.\nLogged the batch records.", "data_exploration"),
        (
            "Experience\nEvent coverage for tech conferences (PyCascades 2019, a Kubernetes community day) and a styled tableau "
            "vivant for the Portland Art Museum gala.",
            "tableau",
        ),
        ("Summary\nI tell the story of the day the way it happened: unposed, warm, a little grainy.", "data_storytelling"),
        ("Projects\nFine-tuned a 7B model on 3k Q&A pairs that I distilled by hand from public policy FAQs.", "distillation"),
        ("Experience\nProgrammatic bidding runs on our agency partners' machine-learning algorithms.", "machine_learning"),
        ("Werkervaring\nGeen A/B-testen: wijzigingen lopen via de onafhankelijke validatie.", "ab_testing"),
        ("Experience\nNo A/B tests: every change goes through model-risk validation.", "ab_testing"),
    ],
)
def test_other_fields_words_others_things_and_none_of_it_show_no_skill(text: str, skill: str) -> None:
    assert skill not in found(text)


@pytest.mark.parametrize(
    ("text", "skill"),
    [
        # written slices w419-w421: an audience taken through what the data says, and post-mortems presented
        ("Experience\nWalked the CMO's team through what drives lapses, in a 12-slide deck.", "data_storytelling"),
        ("Experience\nTake the board through what our customer data says every quarter.", "data_storytelling"),
        ("Experience\nPresented launch post-mortems to the VP Product.", "data_storytelling"),
        # written slices w420: a model of what is predicted, and an insurer's claims models
        ("Experience\nBuilt a gradient-boosted model of subscriber churn for a telecom client.", "predictive_modeling"),
        ("Experience\nOwn the claims frequency and severity models for the motor book.", "predictive_modeling"),
    ],
)
def test_findings_walked_through_and_models_of_what_is_predicted(text: str, skill: str) -> None:
    assert skill in found(text)


def test_a_walk_through_a_place_or_a_model_of_a_machine_shows_neither() -> None:
    assert not found("Experience\nWalked through the building with the fire officer.\nBuilt a model of the engine cooling system.")


@pytest.mark.parametrize(
    ("text", "skill"),
    [
        # written slice w426 (a research post): one's work presented to others, and training spread over machines
        ("Experience\nPresent the work at conferences and to our NHS partners.", "communication"),
        ("Experience\nMulti-node, multi-GPU training on an HPC cluster (Slurm).", "distributed_computing"),
        # written slice w425: a model tuned with LoRA said as one word
        ("Projects\nside project: lora-tuned a small model on support tickets.", "llm_fine_tuning"),
    ],
)
def test_work_presented_and_training_over_many_nodes(text: str, skill: str) -> None:
    assert skill in found(text)


@pytest.mark.parametrize(
    ("text", "skill"),
    [
        # written slices w427-w432: a team named with what it does in a relative clause, a passive with two verbs, what
        # belongs to another team, the company's other people by their trade, a team's thing used or taken from it,
        # another team doing it said in Spanish, Portuguese, Swedish or Italian, ", no X", a quoted title of a talk or paper
        (
            "Experience\nHanded trained checkpoints to the platform team, who own the Kubernetes deployment behind the design app.",
            "kubernetes",
        ),
        (
            "Experience\nPartnered with the ranking team, who own the contextual-bandit recommender, on metric definitions.",
            "multi_armed_bandits",
        ),
        (
            "Experience\nWorked alongside the creative team, who fine-tuned a language model for ad copy; I wrote prompts.",
            "llm_fine_tuning",
        ),
        (
            "Experience\nHanded the nightly shipment export to the data team, who analysed it in their own Python notebooks.",
            "data_exploration",
        ),
        ("Experience\nThe intent classifier we route with is fine-tuned and owned by the ML Platform team; I call it.", "machine_learning"),
        (
            "Experience\nNote: the recommendation models in the care app belong to the ML platform team; my part was measuring.",
            "machine_learning",
        ),
        ("Experience\nOur data scientists train in PyTorch on their own notebooks; I run the cluster.", "pytorch"),
        ("Experience\nUsed the 1.3B student checkpoint produced by the research team's knowledge distillation work.", "distillation"),
        ("Experience\nPlan staffing from the revenue team's occupancy forecast and the daily arrivals list.", "predictive_modeling"),
        ("Experiencia\nLas pruebas A/B de la tienda en línea las realiza el equipo de marketing digital.", "ab_testing"),
        ("Experiência\nO deploy dos modelos em Kubernetes é feito pela equipe de engenharia de plataforma.", "kubernetes"),
        ("Erfarenhet\nVeckorapporterna i Tableau byggs av BI-teamet; jag levererar tabellerna.", "tableau"),
        ("Esperienza\nI modelli girano sull'infrastruttura del team Platform (Kubernetes, Kafka).", "kubernetes"),
        ("Experience\nWrote the system prompt and few-shot examples; we use the stock model, no fine-tuning.", "llm_fine_tuning"),
        ("Education\n“Causal Inference Is Not a Vibe: What UX Researchers Can Borrow” — talk, Quant UX 2024", "causal_inference"),
        ("Education\nLopes, G. “Redes neurais bayesianas para incerteza na estimativa de produtividade”.", "bayesian_methods"),
    ],
)
def test_more_of_another_partys_work_and_titles_of_talks_show_no_skill(text: str, skill: str) -> None:
    assert skill not in found(text)


@pytest.mark.parametrize(
    ("text", "skill"),
    [
        # ... but the person's own work beside a team, a thesis's title and "no X" after one's own work stay theirs
        ("Experience\nWorked with the platform team to move our models onto Kubernetes.", "kubernetes"),
        ("Experience\nI handed the models to the platform team and wrote the Kubernetes manifests myself.", "kubernetes"),
        ("Education\nThesis: “Bayesian hierarchical models of household gas use”, 2017.", "bayesian_methods"),
        ("Experience\nFine-tuned Llama 3 with LoRA on support tickets, no quantization.", "llm_fine_tuning"),
        ("Experience\nLed the data team's Spark migration.", "distributed_computing"),
    ],
)
def test_the_persons_own_work_beside_a_team_or_a_thesis_title_stays_theirs(text: str, skill: str) -> None:
    assert skill in found(text)


@pytest.mark.parametrize(
    "text",
    [
        # written slice w433 (a technical recruiter): the people the job finds, and what it screens them for
        "Duties\n- Source machine learning engineers and GPU infrastructure engineers through referrals and GitHub.\n- Screen "
        "candidates for experience with PyTorch, distributed training, Kubernetes and LLM fine-tuning.\n- R\n",
        # written slice w434: what the employer will teach the hire, under its own heading
        "## Training you'll receive\n\n- A bootcamp in Python (pandas, scikit-learn), SQL and Git\n- Statistics: probability "
        "and hypothesis testing\n\n## What we're looking for\n\n- R\n",
        # written slice w434: what customers do with the company's product
        "About\nOur product is used by a few hundred companies, who use it to build retrieval-augmented search over their "
        "files.\nRequirements\n- R\n",
    ],
)
def test_a_recruiters_targets_the_training_given_and_customers_use_ask_for_nothing(text: str) -> None:
    assert set(Analyzer().read_job(text=text).skills) == {"r_language"}


def test_experiments_run_in_a_marketplace_and_a_programmes_length() -> None:
    """Written slice w434: "2+ years running experiments in a product or marketplace setting" asks for years of A/B
    testing; "Over two years you'll complete three placements" is how long a graduate programme lasts."""
    job = Analyzer().read_job(text="Requirements\n- 2+ years running experiments in a product or marketplace setting\n- SQL\n")
    assert (dict(job.years), job.years_overall) == ({"ab_testing": 2}, None)
    job = Analyzer().read_job(text="About\nOver two years you'll complete three eight-month placements.\nRequirements\n- SQL\n")
    assert job.years_overall is None


def test_experiments_tracked_on_a_gpu_server_are_experiment_tracking() -> None:
    """Written slice w434: "track experiments" beside the training pipeline on an on-premise GPU server."""
    assert "model_registry" in found("Experience\nSet up the training pipeline and track experiments for every training run.")


@pytest.mark.parametrize(
    ("text", "skill"),
    [
        # written slices w428 and w431: work said in Spanish and Portuguese
        ("Experiencia\nProcedimientos almacenados y vistas en SQL Server; optimicé consultas.", "advanced_sql"),
        ("Experiencia\nConstruí variables de calendario, quincenas, clima y promociones para el modelo.", "feature_engineering"),
        ("Experiencia\nPronósticos semanales de ventas por tienda y categoría con LightGBM.", "predictive_modeling"),
        ("Experiência\nConstruí atributos a partir de índices de vegetação para alimentar os modelos.", "feature_engineering"),
        # written slice w428: a model of how likely an outcome is
        ("Experience\nLogistic regression of the chance that a match turns into a conversation.", "predictive_modeling"),
        # written slice w432: promotions and SKUs analysed
        ("Experience\nAnalyzed promotion lift and cannibalization across 300 SKUs.", "data_exploration"),
        # written slices w428 and w432: a section of publications in Portuguese; a clause of another party's that an aside
        # in the first person follows
        (
            "Publicações\nTavares, R. M.; Lopes, G. “Redes neurais bayesianas para incerteza na estimativa de\nprodutividade de "
            "soja”. Anais do Simpósio, 2019.\nExperiência\nModelos bayesianos em PyMC para previsão de safra.",
            "bayesian_methods",
        ),
    ],
)
def test_work_in_spanish_and_portuguese_and_chances_modelled(text: str, skill: str) -> None:
    assert skill in found(text)


def test_a_papers_title_wrapped_in_quotes_and_another_teams_lake_show_no_skill() -> None:
    """Written slices w431 and w432: a publication's quoted title over two lines under "Publicações", "I don't pre-train
    models", and a data lake another department built, followed by an aside in the first person."""
    report = analyze_text(
        "Publicações\nTavares, R. M.; Lopes, G. “Redes neurais bayesianas para incerteza na estimativa de\nprodutividade de "
        "soja”. Anais do Simpósio, 2019.\nSummary\nI am not a researcher and I don't pre-train models.\nExperience\nConsumer "
        "of the new Spark-based data lake that Data Engineering built in 2022 (I read its tables; the migration was theirs)."
    )
    assert not {"bayesian_methods", "machine_learning", "distributed_computing"} & set(report.found_ids)
    assert "bayesian_methods" not in found(
        "Education\nTavares, R. M.; Lopes, G. “Redes neurais bayesianas para incerteza na estimativa de\nprodutividade de soja”. "
        "Anais do Simpósio Brasileiro de Sensoriamento Remoto, 2019."
    )


@pytest.mark.parametrize(
    ("text", "skill"),
    [
        # written slices w419-w432: colleagues coached, the people a job is in touch with, a leader briefed, results
        # written up for the people who decide, memos for regulators
        ("Experience\nCoach two junior analysts.", "communication"),
        ("Experience\nDaily phone and e-mail contact with customers, customs brokers and the dockers' foremen.", "communication"),
        ("Experience\nCoordinate group arrivals with Housekeeping; brief the General Manager every morning.", "communication"),
        ("Experience\nWrote up results for PMs and the CPO; my recommendation was adopted.", "data_storytelling"),
        ("Experience\nWrote the filing memos for state regulators.", "data_storytelling"),
    ],
)
def test_colleagues_coached_people_briefed_and_results_written_up(text: str, skill: str) -> None:
    assert skill in found(text)


def test_a_sports_coach_and_soil_contact_show_no_communication() -> None:
    assert "communication" not in found("Experience\nHead coach of the U12 football team.\nContact with soil samples.")


@pytest.mark.parametrize(
    ("text", "skill"),
    [
        # written slices w435-w438: what the person or the team does not use ("We do not run Kubernetes here", "I have not
        # worked with Tableau", "(no REST integrations, ...)", "; no fine-tuning of the LLM"), an event named with its year,
        # a spark plug, statistics that are counted figures of monitoring, and a grant's quoted title
        ("Experience\nWe do not run Kubernetes here; the app runs on VMs.", "kubernetes"),
        (
            "Projects\nWrote the prompt templates with few-shot examples and a citation format; no fine-tuning of the LLM, "
            "the base model was good enough.",
            "llm_fine_tuning",
        ),
        ("Experience\nLoaded depot scanner files into SQL Server nightly (no REST integrations, only SFTP drops).", "rest_api"),
        ("Languages\nNote: I have not worked with Tableau; all BI work has been on Power BI.", "tableau"),
        ("Volunteering\nCoordinator, Spark 2024 — the college technical fest (30 events, 2,000 visitors).", "distributed_computing"),
        ("Experience\nSpark-plug and tyre inventory for the truck fleet was tracked here too. Ran t-tests.", "distributed_computing"),
        ("Experience\nKeep the practice's anaesthesia monitoring statistics (complication rates per quarter).", "statistics"),
        ("Experience\nAttend quarterly briefings on flight data monitoring statistics prepared by the Flight Safety office.", "statistics"),
        (
            "Grants\nPI, “Sparse and Quantized Vision Transformers for Edge Drones”, National Research Foundation, SGD 480,000, 2023–2026",
            "quantization",
        ),
    ],
)
def test_what_is_not_used_events_and_counted_figures_show_no_skill(text: str, skill: str) -> None:
    assert skill not in found(text)


@pytest.mark.parametrize(
    ("text", "skill"),
    [
        ("Experience\nWe do not use Kubernetes yet, but I built our Docker images.", "docker"),
        ("Experience\nMigrated jobs from Hadoop to Spark 3.4 on EMR.", "distributed_computing"),
        ("Experience\nBuilt Spark pipelines in 2024 for the risk team.", "distributed_computing"),
        ("Experience\nNo-code tools aside, I wrote the Python services.", "python"),
    ],
)
def test_a_tool_used_beside_one_not_used_or_a_version_number_stays(text: str, skill: str) -> None:
    assert skill in found(text)


@pytest.mark.parametrize(
    "text",
    [
        # written slices w439 and w440: the company's data platform under its "About us", described before "you will not be
        # asked to build or run it"; another group who work in a tool; a "You won't be" list; what the hire talks about
        "## About us\n\nNordhafen Bank serves northern Germany.\n\n### Our data platform\n\nOur MLOps colleagues operate "
        "an MLflow registry with Kubernetes-based scoring. You will benefit from this platform – you will not be asked to "
        "build or run it.\n\n## Your profile\n\n- R\n",
        "## You won't be\n\n- Training the game AI — that's our AI Research group, who work in PyTorch\n- Maintaining "
        "Tableau reports for finance\n\n## What you'll need\n\n- R\n",
        "Duties\n- R\n- Be curious enough to talk credibly with data leaders about why their dashboards are slow and their ML "
        "projects stall.\n",
    ],
)
def test_a_postings_data_platform_its_wont_be_list_and_talk_topics_ask_for_nothing(text: str) -> None:
    assert set(Analyzer().read_job(text=text).skills) == {"r_language"}


def test_no_significant_difference_is_a_tests_result_and_coaching_staff_are_no_colleagues_coached() -> None:
    """Guards for the rules above, from the sets in the repository (`tests/eval` ds_08 and ds_11): "no significant
    difference" reports a test that was run; "workload metrics with the coaching staff" names a club's staff."""
    assert "hypothesis_testing" in found("Experience\nReferral test: no significant difference between the two arms.")
    assert "communication" not in found("Experience\nDefined new workload metrics with the coaching staff.")


@pytest.mark.parametrize(
    ("text", "skill", "shown"),
    [
        # written slices w441 and w444 (the final round): a division's work in the passive, over an aside, and a platform
        # another team operates; the person's own deed beside what others keep stays theirs
        (
            "Experience\nThe health indicators dashboard on the agency website is built by the Dissemination Division.",
            "dashboards",
            False,
        ),
        (
            "Experience\nReviewed imputation results; the imputation models themselves (random forests) were built by the "
            "Data Science Division.",
            "machine_learning",
            False,
        ),
        (
            "Experience\nScoring jobs run nightly on the Kubernetes platform that the IT infrastructure team operates.",
            "kubernetes",
            False,
        ),
        ("Experience\nBuilt the Python services that IT operates.", "python", True),
    ],
)
def test_a_divisions_work_and_a_platform_others_operate(text: str, skill: str, shown: bool) -> None:
    assert (skill in found(text)) is shown


@pytest.mark.parametrize(
    ("text", "skill", "shown"),
    [
        # written slices w447-w452 (this stop's first round): talks given in the present tense, results explained to a
        # team, another party's things named with "their" or left with another team, a brand or a unit that looks like a
        # tool, a poster's title in straight quotes, a later item of a list of what was not done, a frequentist multilevel
        # model, and a model's inputs or a scorecard's binning made
        ("Experience\nPresent the monthly sales review to regional sales managers.", "communication", True),
        ("Experience\nExplained the model's top drivers to the retention team in a weekly slide deck.", "communication", True),
        ("Experience\nBuilt the offline evaluation and reported them to product and compliance.", "communication", True),
        ("Experience\nData Scientist, Acme Research\nJan 2021 – Present", "communication", False),
        ("Experience\nThe cluster runs their pretraining and RLHF jobs; the modelling is theirs.", "llm_fine_tuning", False),
        ("Experience\nBuilt the GPU node pool (A10G) that their PyTorch fraud models train on.", "pytorch", False),
        ("Experience\nRebuilt their Tableau dashboards for the sales team.", "tableau", True),
        ("Experience\nOverhauled a ranking model that assesses their likelihood to churn.", "predictive_modeling", True),
        ("Experience\nWrote the R pipeline; recurring dashboards stay with the BI team, who maintain them in Looker.", "dashboards", False),
        (
            "Experience\nWrote research reports; the data engineering team's Python ETL fed our warehouse, and I specified "
            "what it needed to log.",
            "python",
            False,
        ),
        ("Experience\nReview the stewardship dashboard that the hospital's BI team publishes.", "dashboards", False),
        ("Experience\nRan 30+ tests on bundles for the Dash prepaid brand. Ran t-tests.", "plotly", False),
        ("Experience\nAnalysed uptake of Spark, our cashback programme, after launch in SQL and Python.", "distributed_computing", False),
        ("Experience\nSpecified the new canning line (16 oz / 473 ML cans).", "machine_learning", False),
        ("Experience\nDeployed 12 ML models to production.", "machine_learning", True),
        (
            "Education\nPoster, HPAI Annual Conference 2023: 'Predicting who needs a pharmacist at discharge: a model of care'.",
            "predictive_modeling",
            False,
        ),
        ("Summary\nI have not worked on LLM fine-tuning or RAG products.", "rag", False),
        ("Experience\nMultilevel models in lme4 for the panel survey.", "bayesian_methods", False),
        ("Experience\nDerived the model's inputs from top-up cadence and recharge gaps.", "feature_engineering", True),
        ("Experience\nBehavioural scorecards: WoE binning, characteristic selection by information value.", "feature_engineering", True),
    ],
)
def test_talks_given_now_others_things_named_with_their_and_brands_that_look_like_tools(text: str, skill: str, shown: bool) -> None:
    assert (skill in found(text)) is shown


@pytest.mark.parametrize(
    "text",
    [
        # written slices w453 and w454: what the engineers a recruiter hires will know, a "Not for you if" list, another
        # team's work in a sentence wrapped over two lines, teams with who is in them or "then" before their deed, a team's
        # relative clause with "which builds", the company's own papers, a product blurb with no heading, a tool another
        # team runs in parentheses, a tool not approved, the teams a recruiter hires for
        "## The role\n\nWhat the engineers you hire will know (you don't have to, but you'll learn to tell it apart):\n\n"
        "- PyTorch, and how to train across thousands of GPUs\n- Kubernetes, Ray and Slurm\n\n## About you\n\n- R\n",
        "NOT FOR YOU IF\n\n- You want to train models. We don't fine-tune LLMs here.\n- You're looking for a TensorFlow shop.\n\n"
        "WHAT YOU BRING\n\n- R\n",
        "Not part of this role: our predictive maintenance project, in which the corporate data science team in Stuttgart\n"
        "builds machine learning models on motor vibration data.\n\nYour profile\n\n- R\n",
        "Our Forecasting team (five data scientists and an engineer) produces the demand forecasts. Our Insights team then turns "
        "those numbers into the Tableau dashboards that store managers check.\n\nRequirements\n\n- R\n",
        "About the team\nWe publish: our papers on Bayesian query rewriting have appeared at SIGIR. The team works with the "
        "Answers team, which builds the LLM agents and prompts behind Answers.\n\nRequirements\n\n- R\n",
        "Tessellate is the vector database built for production AI. Teams use it for retrieval-augmented generation apps and "
        "AI agents.\n\nWhat you'll bring\n\n- R\n",
        "Our stack\n\n| Layer | What we use |\n|---|---|\n| Platform | Kubernetes (run by our platform team) |\n\nRequirements\n\n- R\n",
        "Responsibilities\n\n- R\n- Containers are built with Buildah; Docker is not approved on bank hardware.\n",
        "The role\n\nWe're hiring a technical recruiter to own hiring for two of our engineering orgs: Inference and "
        "Training Infrastructure.\n\n"
        "About you\n\n- R\n",
    ],
)
def test_what_hires_know_who_a_job_does_not_suit_and_wrapped_team_work_ask_for_nothing(text: str) -> None:
    assert set(Analyzer().read_job(text=text).skills) == {"r_language"}


def test_a_nice_if_you_have_heading_and_paths_wrapped_over_lines() -> None:
    """Written slice w453: "NICE IF YOU HAVE" makes its items optional; a Bachelor's, Master's and PhD path to the job
    wrapped over three lines takes the least of the paths."""
    job = Analyzer().read_job(
        text="WHAT YOU BRING\n\n- Strong Python.\n\nNICE IF YOU HAVE\n\n- Written gRPC services.\n\nBasic Qualifications\n\n"
        "- Bachelor's degree and at least 4 years of experience in software or application development; or a Master's degree\n"
        "  and at least 2 years of experience in software or application development; or a PhD and at least 1 year of\n"
        "  experience in software development\n"
    )
    assert "grpc" in job.optional and "python" in job.required
    assert job.years_overall == 1


@pytest.mark.parametrize(
    ("text", "skill", "shown"),
    [
        # written slices w455-w460 (this stop's second round): what another team does beside the person's own part, what
        # comes from others, a thing not built, a department or a team's people or a colleague as the subject, a branch's
        # relative clause, inputs pruned, a name between commas, a path, and skills said as reviews with another function,
        # board papers, students supervised, a pitch, money per unit, who a model flags, inputs engineered, a model served
        # or exposed behind a service
        ("Experience\nThe bidding team serves the models inside their Go bidder, I own training.", "model_serving", False),
        ("Experience\nDemand forecasts come from the customers' own planning teams; I run the warehouse.", "predictive_modeling", False),
        ("Experience\nWe deliberately did not build an autonomous agent; the assistant only answers.", "ai_agents", False),
        ("Experience\nMarketing Science owns the Bayesian media-mix model; my part is the LTV inputs.", "bayesian_methods", False),
        ("Experience\nAnalysts on the pricing team build the Tableau dashboards on top of my marts.", "tableau", False),
        ("Experience\nA colleague evaluated magnitude pruning on the student; we dropped it.", "pruning", False),
        ("Experience\nWorked with the informatics branch, which operates the Azure data lake and Databricks pipelines.", "cloud", False),
        ("Experience\nPruned about 40% of the hashed features with no loss in model AUC.", "pruning", False),
        ("Experience\nOur robot, “Python”, placed third at the regional league.", "python", False),
        ("Experience\nServe the models through a FastAPI service with a /predict endpoint.", "predictive_modeling", False),
        ("Experience\nWrote the design doc and reviewed it with product and the infra org.", "communication", True),
        ("Experience\nLead the quarterly pricing reviews with underwriting and product.", "communication", True),
        ("Experience\nPartner with FP&A to set the annual revenue targets.", "communication", True),
        ("Experience\nAuthored board papers on the loss-ratio impact of the floods.", "communication", True),
        ("Experience\nCo-supervise three PhD students.", "communication", True),
        ("Experience\nPitch concepts and run-of-show to clients in person.", "communication", True),
        ("Experience\nTrack retention, revenue per member and class fill rate every week.", "business_acumen", True),
        ("Experience\nCut the cost per token of the LLM by 40 percent.", "business_acumen", False),
        ("Experience\nTrack cost per guest and margin on every job.", "business_acumen", True),
        ("Experience\nReported margins of error for the survey estimates.", "business_acumen", False),
        ("Experience\nDug through two years of card-spend data.", "data_exploration", True),
        ("Experience\nFitted a logistic regression on past loans to flag borrowers likely to default.", "predictive_modeling", True),
        ("Experience\nEngineered the inputs that carry most of the signal: growing-degree days.", "feature_engineering", True),
        ("Experience\nServe retrieval and ranking behind a gRPC service.", "model_serving", True),
        ("Experience\nExposed the classifier as a RESTful service in FastAPI.", "model_serving", True),
        ("Experience\nWalked buyers and planners through the forecast and its uncertainty.", "data_storytelling", True),
    ],
)
def test_others_parts_beside_the_persons_and_work_with_other_functions_said_in_other_words(text: str, skill: str, shown: bool) -> None:
    assert (skill in found(text)) is shown


@pytest.mark.parametrize(
    "text",
    [
        # written slices w461 and w462: teams' work after "none of it will be yours", a list of orgs by name, a product
        # blurb inside the first paragraph, a "You might not be a fit if" list with items wrapped over two lines, a sister
        # team named between commas, a squad's work, a thing another service runs, a role that does not look after
        # something, titles of papers with their venue or alone on a line, a company description
        "People Partner — Lumenfold AI — $165,000 + equity. Lumenfold builds foundation models and the products on top of "
        "them, and we've grown from 60 to 340 people. You will support our Pretraining, Inference and Infrastructure "
        "orgs. Here is what those teams do, and none of it will be yours to do: Pretraining runs distributed training jobs "
        "on Kubernetes; Inference squeezes latency with quantization; and Infrastructure keeps it running on AWS. Use R.\n",
        "## You might not be a fit if\n\n- You want to spend your time training deep learning models. Our fraud models are\n"
        "  built by the ML team, and this role doesn't touch them.\n"
        "- You'd rather build dashboards than answer the questions people bring. Our\n"
        "  BI team maintains the Looker dashboards.\n\n## What you'll need\n\n- R\n",
        "Our sister team, Conversational Trips, owns the LLM trip assistant and its agents.\n\nRequirements\n\n- R\n",
        "The anti-cheat squad trains deep learning models on replay telemetry with PyTorch.\n\nRequirements\n\n- R\n",
        "The lab has access to a 64-GPU cluster, which is run by the University's Research Computing service.\n\nRequirements\n\n- R\n",
        "Requirements\n\n- R\n\nPlease note: this role does not look after the operational Power BI dashboards in the control room.\n",
        'Recent papers from the lab:\n\n- "Agents That Read the Fine Print: Tool Use under Ambiguous Instructions" (EMNLP 2025)\n'
        '- "Backfilling a PySpark job in Airflow: a survival guide"\n\nRequirements\n\n- R\n',
        "Company Description\n\nMaison Verelle sells skincare; its shade-matching app runs machine learning models on Azure.\n\n"
        "Requirements\n\n- R\n",
    ],
)
def test_teams_work_none_of_it_yours_lists_of_orgs_and_papers_titles_ask_for_nothing(text: str) -> None:
    assert set(Analyzer().read_job(text=text).skills) == {"r_language"}


def test_a_paragraph_wrapped_at_a_fixed_width_is_read_across_its_lines() -> None:
    """Written slice w461: "... those are owned by our Business" over "Intelligence team." in an ad wrapped at 76
    characters: the team's name goes on over the line break."""
    text = (
        "About the job\n\n"
        "You will build regression and survival models of burst mains using pipe age,\n"
        "material, soil type and pressure, and explore smart-meter data from our new\n"
        "metering roll-out. This role does not look after the operational Power BI\n"
        "dashboards used in the control room; those are owned by our Business\n"
        "Intelligence team. You will write Python and SQL every day for the work.\n"
    )
    job = Analyzer().read_job(text=text)
    assert "dashboards" not in job.skills
    assert {"python", "sql", "statistical_modeling"} <= set(job.skills)


def test_years_writing_it_and_a_venue_for_a_lead_in() -> None:
    """Written slice w454: "Strong Python — we'd expect 4 or more years writing it professionally" asks for 4 years of
    Python."""
    job = Analyzer().read_job(text="Requirements\n\n- Strong Python — we'd expect 4 or more years writing it professionally\n")
    assert dict(job.years) == {"python": 4}


@pytest.mark.parametrize(
    ("text", "skill", "shown"),
    [
        # written slices w463-w466 (this stop's third round): a tennis serve, a library of compounds pruned, a card named
        # like a tool, customers' own work, the data scientists' models packaged, an aside naming a thing's owner, what
        # comes from a vendor's system; and analysis dug into in notebooks, blinded data explored, a lapse model, a model
        # behind an endpoint
        ("Experience\nPoisson regressions for goals, point-by-point serve models for tennis.", "model_serving", False),
        ("Experience\nPruned the virtual library from 40M to 2M compounds with filters before model scoring.", "pruning", False),
        ("Experience\nBuilt loss forecasts in R and SQL for the Spark credit card portfolio.", "distributed_computing", False),
        (
            "Experience\nCustomers fine-tune their own models with LoRA on the training product; we host the adapters.",
            "llm_fine_tuning",
            False,
        ),
        ("Experience\nNot involved in cloud training infrastructure (owned by the MLOps team on AWS).", "cloud", False),
        (
            "Experience\nThe occupancy forecasts come from IDeaS, the vendor's revenue system; we decide what to do.",
            "predictive_modeling",
            False,
        ),
        ("Experience\nDug into the repayment behaviour of thin-file applicants in the warehouse.", "data_exploration", True),
        ("Experience\nOffline evaluation (NDCG@10) in Python notebooks.", "jupyter", True),
        ("Experience\nTrained a LightGBM lapse model.", "predictive_modeling", True),
        ("Experience\nPut the affinity model behind an internal REST endpoint.", "model_serving", True),
    ],
)
def test_a_sports_serve_customers_work_and_analysis_in_notebooks(text: str, skill: str, shown: bool) -> None:
    assert (skill in found(text)) is shown


@pytest.mark.parametrize(
    "text",
    [
        # written slices w467 and w468: "Not a fit if", a team by its name with "who run", a list in parentheses after
        # another team's deed, a tool being retired, what another team produces, what the hire only starts talking about,
        # the company's sentence before ": we are hiring"
        "## Not a fit if\n\n- You want to fine-tune LLMs or build chatbots. We don't, and won't.\n\n## Requirements\n\n- R\n",
        "Requirements\n\n- R\n\nWe sit next to Risk Analytics, who run the A/B tests on new rules.\n",
        "Requirements\n\n- R\n- Partner with our Solutions Engineers, who run benchmarks for prospects (distributed training "
        "throughput, vLLM inference latency).\n",
        "Requirements\n\n- R\n\nThe Council is retiring its Tableau dashboards and licences in 2027.\n",
        "Requirements\n\n- R\n\nWeekly forecasts are produced by our Data Science team, for your reports.\n",
        "Requirements\n\n- R\n- You'll be comfortable when a customer's lead starts talking about quantization or InfiniBand.\n",
        "Quarry Labs makes the MLOps platform that 900 teams use to register models and serve them on Kubernetes, which is "
        "why our docs matter so much: we are hiring a writer to own them, and more besides, as this paragraph says at length "
        "to fill the space a real advert fills with its words about the company and the team and the role.\n\n"
        "Requirements\n\n- R\n",
    ],
)
def test_not_a_fit_a_named_teams_work_retired_tools_and_talk_ask_for_nothing(text: str) -> None:
    assert set(Analyzer().read_job(text=text).skills) == {"r_language"}


@pytest.mark.parametrize(
    ("text", "skill"),
    [
        # written slices w469-w472 (this stop's final round): a tool chosen against, forecasts a vendor's tool generates,
        # a live agent, another department's cluster the person does not touch, a tariff plan and a sculpture named like
        # tools
        ("Experience\nPackaged it in a Docker image on Google Cloud Run (chose it over GKE to avoid running a cluster).", "kubernetes"),
        ("Experience\nLoad forecasts are generated by the vendor tool (ForeSight) run by the Power Purchase cell.", "predictive_modeling"),
        ("Experience\nThe bot answers from our FAQ prompt or hands the conversation to a live agent.", "ai_agents"),
        ("Experience\nDeployed it with Docker; the client's IT department runs the AKS cluster, which I don't touch.", "kubernetes"),
        (
            "Experience\nCustomer-side work such as the Coastline Spark EV plan is priced by the Pricing team in SQL.",
            "distributed_computing",
        ),
        ("Experience\nLed the lending negotiations for ‘Python’ (1974), the bronze by Aldo Ferraris.", "python"),
    ],
)
def test_a_tool_chosen_against_a_vendors_forecasts_and_names_that_look_like_tools(text: str, skill: str) -> None:
    assert skill not in found(text)


@pytest.mark.parametrize(
    ("text", "skill", "shown"),
    [
        # written slices w473-w477 (this stop's first round): another team's things the person takes from, a team named
        # by a tool, what is someone else's, a party's deed with an aside, an outside firm by its name, a tool not allowed,
        # a meetup attended, an adapter trained on images, a gateway another team runs, dashboards others publish; and
        # features engineered over a wrapped line, a model's feature set, prompts from templates, a contract agreed with
        # other teams, prompt caching, a rate significantly above its limits, ETA models, a scoring service's latency
        (
            "Experience\nAll work in Python and SQL on BigQuery; the fraud team's Spark jobs produce the transaction aggregates I "
            "start from.",
            "distributed_computing",
            False,
        ),
        (
            "Experience\nQuote logs reach us through the Data Engineering team's Airflow and Spark pipelines.",
            "distributed_computing",
            False,
        ),
        ("Experience\nSupport the ML team's feature pipelines: I build and backfill the merchant aggregates.", "machine_learning", False),
        ("Experience\nI keep the aggregates point-in-time correct. Training and deploying the models is theirs.", "model_serving", False),
        (
            "Experience\nThe bank's credit risk modellers build the scorecards (logistic regression in SAS); we take them to production.",
            "statistical_modeling",
            False,
        ),
        (
            "Experience\nSupported the capacity plan: Harcourt Advisory, the consulting firm, built the bed-demand forecasting "
            "model; I supplied the extracts.",
            "predictive_modeling",
            False,
        ),
        ("Experience\nThe cluster does not allow Docker, so our environments ship as Apptainer images.", "docker", False),
        ("Certifications\nAttended the “Intro to PyTorch” meetup, Data Science Nigeria (2024)", "pytorch", False),
        ("Experience\nTrain a LoRA adapter per brand on 20–60 product images with PyTorch.", "llm_fine_tuning", False),
        (
            "Experience\nRecognition runs on Triton behind a gRPC gateway built and operated by the platform team.",
            "grpc",
            False,
        ),
        (
            "Experience\nOur main inputs are the surveillance feeds and the Tableau dashboards their IT teams publish.",
            "tableau",
            False,
        ),
        (
            "Experience\nPresent design options to clients and neighbourhood associations; write the design narratives.",
            "data_storytelling",
            False,
        ),
        (
            "Experience\nBuilt the churn model for 2.1M e-wallet users with XGBoost; engineered recency, top-up cadence and\n"
            "merchant-mix features from transaction logs.",
            "feature_engineering",
            True,
        ),
        ("Experience\nBuilt the feature set behind those models from vehicle, postcode and renewal signals.", "feature_engineering", True),
        (
            "Experience\nPrompt pipelines: an LLM expands a campaign brief into structured image prompts from versioned templates.",
            "prompt_engineering",
            True,
        ),
        (
            "Experience\nThe ad builder calls us through a REST API; I agreed the contract with the front-end and creative teams.",
            "communication",
            True,
        ),
        ("Experience\nCut p95 response time from 9 s to 3.1 s with streaming and provider prompt caching.", "inference_optimization", True),
        (
            "Experience\nFlagged hospitals whose rates were significantly above the provincial rate (funnel plots with 95% "
            "control limits).",
            "hypothesis_testing",
            True,
        ),
        ("Experience\nTurned the quarter's numbers into one story for the regional managers.", "data_storytelling", True),
        ("Experience\nRewrote online scoring as a small Go service; p99 latency from 140 ms to 35 ms.", "inference_optimization", True),
    ],
)
def test_what_others_run_for_the_person_and_features_prompts_and_latency_said_in_other_words(text: str, skill: str, shown: bool) -> None:
    assert (skill in found(text)) is shown


@pytest.mark.parametrize(
    "text",
    [
        # written slices w478-w480: the teams a recruiter hires for, the people a marketer reaches, a benefit's courses,
        # the company's paragraph under its name, its pasted "About" block, what another team owns with "whose", what
        # belongs to another team, what the company does not do, what it launches, what the hire writes about
        "Technical Recruiter\n\nTeams you'll hire for\n\n- Inference: engineers who make models faster (quantization, "
        "batching).\n- ML Infrastructure: the people who keep our Kubernetes clusters running.\n\nRequirements\n\n- R\n",
        "Requirements\n\n- R\n- Experience recruiting for ML, AI or research roles\n"
        "- Experience marketing to data scientists, ML engineers or platform teams\n",
        "Data Scientist\n\nRequirements\n\n- R\n\nBenefits Alongside your salary, the Office contributes to the Civil Service "
        "Defined Benefit Pension scheme. Learning and development tailored to your role, including free courses on Python and "
        "Tableau, as this run-on paragraph pasted from the page says at length to fill the space a real advert fills.\n",
        "Senior Technical Writer\n\nKestrel Inference | San Francisco\n\nKestrel Inference runs the fastest serverless platform "
        "for open models. Developers send us a PyTorch or\nONNX model and get back an inference endpoint; our runtime applies "
        "INT8 quantization\nautomatically. Customers can deploy the whole stack on their own Kubernetes cluster.\n\n"
        "Requirements\n\n- R\n",
        "Data Center Technician Cobalt Compute Ashburn, VA About Cobalt Compute Cobalt Compute is a GPU cloud built for AI. "
        "Thousands of customers train and serve models on our H100 clusters, and our Fleet Software team keeps them humming "
        "with Kubernetes and Slurm. We are opening our fourth data center in Northern Virginia. The Role As a technician you "
        "will rack servers and run cabling to spec. Requirements R",
        "Requirements\n\n- R\n\nWe work with Integrity, whose reviewers and LLM agents triage reported content.\n",
        "Requirements\n\n- R\n\nA note on scope: demand forecasting (our LightGBM models) belongs to the Supply Chain Data Science team.\n",
        "Requirements\n\n- R\n\nAnd we don't train foundation models or run our own GPU clusters.\n",
        "Requirements\n\n- R\n\nNext year we're launching LLM tracing and evaluation reports for RAG applications.\n",
        "Requirements\n\n- R\n- You've written about machine-learning or database products before.\n",
    ],
)
def test_hiring_for_teams_a_company_paragraph_and_what_it_launches_ask_for_nothing(text: str) -> None:
    assert set(Analyzer().read_job(text=text).skills) == {"r_language"}


def test_a_posting_pasted_from_html_reads_as_the_page_shows_it() -> None:
    job = Analyzer().read_job(
        text="<p><strong>Skills and experience</strong></p>\n<ul>\n<li>At least 3 years&rsquo; experience building "
        "forecasting models &ndash; <strong>must have</strong></li>\n<li>Git &ndash; good to have</li>\n</ul>"
    )
    assert dict(job.years) == {"predictive_modeling": 3}
    assert job.optional == ("git",)


def test_years_of_a_fields_experience_in_a_tool_are_the_tools() -> None:
    job = Analyzer().read_job(text="Requirements\n- 3+ years of professional software engineering experience in Python.\n")
    assert dict(job.years) == {"python": 3} and job.years_overall is None


def test_regression_among_statistical_methods_is_a_statistical_model_but_not_among_learning_tasks() -> None:
    job = Analyzer().read_job(text="Requirements\n- Solid statistics: hypothesis testing, regression, power analysis\n")
    assert "statistical_modeling" in job.skills
    assert "statistical_modeling" not in found("Skills\nAI/ML: Supervised Learning, Classification, Regression, Probability")
    assert "statistical_modeling" not in found("Experience\nAdded regression tests for the statistics service.")


@pytest.mark.parametrize(
    ("text", "skill", "shown"),
    [
        # written slices w481-w485 (this stop's second round): work that sits with another trade, a department by its
        # possessive name, talk titles after "talks", figures sent to a body; budgets held, targets tracked, a bulletin
        # written, talks given, postmortems written, a model's variables reworked, revenue at stake, data analysed
        (
            "Experience\nExperiment design and analysis sit with the pricing economists; my part is wiring their arms into the service.",
            "ab_testing",
            False,
        ),
        ("Research\nThe Institute's Data Lab maintains the Python/Spark ingestion pipelines; I work from its extracts.", "python", False),
        (
            'Certifications\nAttended GDG DevFest 2024 - talks incl. "Agents in Production" and "Kubernetes for ML"',
            "kubernetes",
            False,
        ),
        ("Experience\nSubmit monthly statistics to the Department of Economy and Tourism.", "statistics", False),
        ("Experience\nTracked on-time delivery, demurrage and detention against our targets.", "business_acumen", True),
        ("Experience\nWrite and publish the monthly safety bulletin for 400 crew and engineers.", "communication", True),
        ("Experience\nGive fire-safety talks and CPR demos to schools and neighbourhood groups.", "communication", True),
        ("Experience\nWrote the postmortems for two region-wide incidents.", "communication", True),
        (
            "Experience\nOwn the churn classifier, reworking the tenure and dropped-call variables that feed it.",
            "feature_engineering",
            True,
        ),
        ("Experience\nShowed which offers to stop and the revenue at stake.", "business_acumen", True),
        ("Experience\nAnalysed five years of ED visits to find what drives left-without-being-seen rates.", "data_exploration", True),
    ],
)
def test_work_that_sits_with_other_trades_and_budgets_bulletins_and_talks_said_in_other_words(text: str, skill: str, shown: bool) -> None:
    assert (skill in found(text)) is shown


@pytest.mark.parametrize(
    "text",
    [
        # written slices w486-w488: the company block on a pasted page under "About the job", what a recruiter's candidates
        # know and whom it hires, what the hire is not expected to support, what others run of their own, a separate team's
        # work, an organisation's team by its name, what a post does not develop in, what is not there, a benefit's course
        # carried onto a line of its own
        "Sales Development Representative Vectorloom | New York | Full-time About the job Vectorloom is the evaluation "
        "platform for teams shipping AI. ML engineers at 300+ companies use Vectorloom to test prompts and RAG pipelines before "
        "they ship them to production. What you'll do: Requirements R and a habit of booking meetings every week.",
        "Requirements\n\n- R\n- You've recruited for a company whose candidates list PyTorch, Triton or TensorRT on their "
        "resumes.\n- A track record of hiring deeply technical engineers, ideally ML systems.\n",
        "Requirements\n\n- R\n\nResearch groups run their own code in Python and PyTorch; you are not expected to support it.\n",
        "Requirements\n\n- R\n\nThere is a separate Solutions team that writes prompts and templates for customers.\n",
        "Requirements\n\n- R\n\nThe Trust's Business Intelligence team maintains the Tableau server.\n",
        "Requirements\n\n- R\n\nWe call hosted models through their APIs. There's no Kubernetes and no GPU cluster.\n",
        "Requirements\n\n- R\n\nMost of our existing models were built in Python and SAS by the Credit Risk modelling team.\n",
        "Requirements\n\n- R\n- You'll open doors with heads of machine learning, AI platform leads and CTOs at companies that are "
        "putting LLMs and agents into production.\n",
        "Requirements\n\n- R\n\nBenefits\n\n- $1,500 yearly learning budget, spent on conference tickets and Coursera's\n"
        "Machine Learning Specialization\n- Home-office stipend\n",
    ],
)
def test_a_pasted_company_block_candidates_and_others_own_work_ask_for_nothing(text: str) -> None:
    assert set(Analyzer().read_job(text=text).skills) == {"r_language"}


def test_years_in_a_field_then_years_in_tools_are_read_without_error() -> None:
    # 31f2175 failed here ("'NoneType' object has no attribute 'rstrip'"): years with no "of ... experience" after them
    job = Analyzer().read_job(text="Requirements\n- 7+ years in AI/ML engineering with 3+ years in LLM/NLP/RAG systems; strong Python\n")
    assert dict(job.years)["rag"] == 3


@pytest.mark.parametrize(
    ("text", "skill", "shown"),
    [
        # written slices w489-w495 (this stop's third round): a film's title in an editor's credits, another team's tests
        # beside "and I", wording written and tested by another team, an aside with its own passive, a programmers' and a
        # group's deeds, a ship's containers, a ministry's initials, DDP on one server, model versions switched, a play
        # trail named like a tool; and retrieval told in steps, a feature set written in Python, manuals written
        ("Skills\n“Python” (2020) – editor", "python", False),
        (
            "Experience\nCollections strategy is not mine: the Collections team runs its own champion/challenger tests on reminder "
            "messages and I only supply the scores.",
            "ab_testing",
            False,
        ),
        ("Experience\nGreeting and handover wording is written (and A/B tested) by the contact-centre content team.", "ab_testing", False),
        (
            "Experience\nShipped speculative decoding with a 1B draft model (the draft model is distilled by the research team; I "
            "wire it in).",
            "distillation",
            False,
        ),
        (
            "Experience\nThe clinical programmers build the datasets in SAS and the pharmacometrics group fits the PK/PD models.",
            "predictive_modeling",
            False,
        ),
        ("Experience\nBrief the dockers' foremen on reefer and out-of-gauge containers before each call.", "docker", False),
        ("Certifications\nFood Act 2014 Verifier – MPI recognised (2022)", "distributed_computing", False),
        ("Experience\nWrote the multi-GPU (DDP) training setup for the team's 8×A100 server.", "distributed_computing", False),
        ("Experience\nWhen we switched model versions the growth team read the results.", "model_registry", False),
        ("Experience\nWorked on The Random Forest, a play trail with scale models for the Botanical Garden.", "machine_learning", False),
        (
            "Experience\nGuidelines are chunked, embedded and indexed in Azure AI Search, and the top passages go to the model.",
            "rag",
            True,
        ),
        ("Experience\nWrote the feature set in Python and SQL – booking curves, lead-time buckets.", "feature_engineering", True),
        ("Experience\nWrote the commissioning manuals for customers.", "communication", True),
    ],
)
def test_others_tests_and_asides_and_titles_and_retrieval_told_in_steps(text: str, skill: str, shown: bool) -> None:
    assert (skill in found(text)) is shown


@pytest.mark.parametrize(
    "text",
    [
        # written slices w492-w496: a consumer blurb that speaks to its users, its sentences after the first, another
        # team's people after a colon, a "You won't" list, a department by its name, tools being left or switched off,
        # a list of teams, posts on topics and case studies, what nobody expects, a benefit's free access
        "Reelhouse | New York\n\nReelhouse is the streaming home for independent film. Under the hood, a recommendation engine built "
        "on deep learning decides what lands on your home screen.\n\nRequirements\n\n- R\n",
        "Fermata is the music app for people who still listen to whole albums. 25 million listeners use us to find new artists. "
        'Our AI DJ "Nico" chats with listeners between tracks, using an LLM agent that calls our catalogue tools and '
        "retrieval over embeddings of 90 million tracks. Nico is built by another team; this role sits next door.\n\n"
        "Requirements\n\n- R\n",
        "Requirements\n\n- R\n\nThis is an operations role: our platform engineers own the Kubernetes control plane and the CUDA "
        "driver stack.\n",
        "## Requirements\n\n- R\n\n## You won't\n\n- Own dashboards. Our analytics engineer keeps the Looker reporting running.\n",
        "Requirements\n\n- R\n\nRisk Analytics builds those Tableau dashboards and the weekly loss reports.\n",
        "Requirements\n\n- R\n\nWe are moving our analytics from an on-premises SAS and Tableau estate to R. Tableau will be "
        "switched off in March 2027.\n",
        "Requirements\n\n- R\n\nEvery training run involves a dozen teams: pretraining research, the Kubernetes infrastructure "
        "group, inference.\n",
        "Requirements\n\n- R\n- Write and commission posts on the topics our users search for: how RAG works and when to "
        "fine-tune.\n- Turn conversations into case studies, e.g. how a fintech cut its support-bot latency in half.\n",
        "Requirements\n\n- R\n\nNobody expects you to build a RAG pipeline or tune an index.\n",
        "Requirements\n\n- R\n- Unlimited access to O'Reilly Learning, everything from Rust to Python\n",
    ],
)
def test_consumer_blurbs_teams_after_a_colon_and_tools_being_left_ask_for_nothing(text: str) -> None:
    assert set(Analyzer().read_job(text=text).skills) == {"r_language"}


@pytest.mark.parametrize(
    ("text", "skill"),
    [
        # written slices w497-w503 (this stop's final round, fixed after its run): what was weighed and turned down, a pose
        # nicknamed in quotes, a sound desk's mixing models, other tools that call a service
        ("Experience\nRun on Azure Container Apps – we looked at AKS and decided we did not need it for two services.", "kubernetes"),
        (
            "Experience\nEditors asked for bandits on the news slot; we decided against it and kept a 10% exploration share.",
            "multi_armed_bandits",
        ),
        ("Experience\nWe looked at multi-armed bandits for price tests and chose not to use them.", "multi_armed_bandits"),
        ("Experience\nCosted fine-tuning an LLM on our clauses and chose better retrieval and prompts instead.", "llm_fine_tuning"),
        ("Experience\nThe students' favourite is “the Python”, our nickname for a low cobra variation.", "python"),
        ("Experience\nEvaluated mixing models from DiGiCo and Yamaha for the console upgrade.", "statistical_modeling"),
        ("Experience\nThe screening model sits behind a gRPC service that the lab's planning tools call.", "ai_agents"),
    ],
)
def test_what_was_weighed_and_turned_down_and_nicknames_show_no_skill(text: str, skill: str) -> None:
    assert skill not in found(text)


@pytest.mark.parametrize(
    ("text", "skill", "shown"),
    [
        # written slices w505-w509 (the first round of this stop): another team's thing used or fed, another team's plan,
        # what belongs to a unit by its name, teams by what they work on, a puppet, hints for players; and predictors,
        # encoders fine-tuned, audiences walked through segments, testimony, data dug through or explored, queries tuned,
        # matched-market tests, log-rank comparisons, forecasts by boosted trees, a talk listed with its venue
        ("Experience\nFed the warehouse tables behind the BI team’s Tableau reports.", "tableau", False),
        ("Experience\nMoving to Kubernetes is on the platform team's roadmap, not mine.", "kubernetes", False),
        ("Experience\nAudited the ranking models; the Kubernetes serving fleet belongs to ML Platform.", "kubernetes", False),
        ("Experience\nCalled the fraud team's risk-scoring model through its endpoint before large payouts.", "predictive_modeling", False),
        ("Experience\nApplication teams build their own retrieval (RAG) services on top of the gateway.", "rag", False),
        ("Experience\nLit Kaa, a nine-metre Python puppet worked by four puppeteers.", "python", False),
        ("Experience\nWrote the game-master manual and hint prompts used across both locations.", "prompt_engineering", False),
        ("Experience\nEngineered ~200 candidate predictors from claims and vitals and cut them to 31.", "feature_engineering", True),
        ("Experience\nFine-tuned an XLM-R encoder in PyTorch on labelled replies.", "llm_fine_tuning", True),
        ("Experience\nWalked the marketing leads through the segments and the churn drivers.", "data_storytelling", True),
        ("Experience\nTestified before the House Committee on Ways and Means on the child tax credit.", "communication", True),
        ("Experience\nDug through two years of loyalty-card transactions in R.", "data_exploration", True),
        ("Experience\nCleaned and explored six years of booking history.", "data_exploration", True),
        ("Experience\nWrote and tuned Oracle SQL for the billing team.", "advanced_sql", True),
        ("Experience\nDesigned matched-market tests with test and holdout regions.", "ab_testing", True),
        ("Experience\nLog-rank comparisons of readmission-free survival by arm.", "hypothesis_testing", True),
        ("Experience\nDay-ahead price forecasts with gradient-boosted trees and a quantile loss.", "predictive_modeling", True),
        ("Talks\n“Is your classifier fair to Irish speakers?” – talk, PyData Dublin, 2023.", "communication", True),
    ],
)
def test_others_plans_and_things_used_and_skills_said_in_their_steps(text: str, skill: str, shown: bool) -> None:
    assert (skill in found(text)) is shown


@pytest.mark.parametrize(
    "text",
    [
        # written slices w510-w512: the employer's paragraph under the name its equal-opportunity line gives, a company
        # block under its name in capitals, a consumer product's "you", a phrase before a team, work that stays with a
        # department, buyers' teams, a vendor as a party to an agreement, licences handed out, an entity for a quote
        "Applied Scientist II\n\nlocations\nChicago, IL\n\nNorthline Freight moves four million parcels a day. Our drivers run on "
        "the Northline Driver app, our Robotics group runs computer vision on NVIDIA GPUs in our sort centers.\n\n"
        "Requirements\n\n- R\n\nNorthline Freight is an Equal "
        "Opportunity Employer.\n",
        "VACANCY\n\nABOUT OPEN HARVEST ALLIANCE\n\nOpen Harvest Alliance is a non-profit working with farmers.\n\nLast year our "
        "Digital team launched the Harvest Line app, whose REST APIs run on AWS.\n\nREQUIREMENTS\n\n- R\n",
        "Requirements\n\n- R\n\nBehind the site, our Personalisation team builds the deep learning recommendation engine that "
        "decides what you see on the homepage.\n",
        "Requirements\n\n- R\n\nStatistical process control (SPC) charts stay with the Quality department.\n",
        "Requirements\n\n- R\n\nYour buyers are Heads of ML, ML platform leads and VPs of Data. Their teams typically train in "
        "PyTorch or TensorFlow.\n",
        "Requirements\n\n- R\n- Negotiate our hosting agreements with AWS and Microsoft Azure\n",
        "Requirements\n\n- R\n- Run joiner and leaver processes: Slack, Tableau and Power BI licences, GitHub organisation seats\n",
        "Requirements\n\n- R\n\nWhat this role isn&#39;t: you won&#39;t be on call for our Kubernetes clusters.\n",
    ],
)
def test_an_employer_named_at_the_end_and_vendors_buyers_and_licences_ask_for_nothing(text: str) -> None:
    assert set(Analyzer().read_job(text=text).skills) == {"r_language"}


def test_bullets_run_on_in_one_line_are_items_of_their_own() -> None:
    text = (
        "Junior Data Scientist\n\nRequirements\n• A degree in Mathematics, Statistics or a similar numerate subject • Up to two years "
        "of experience in a data or analytical role (placements count) • Python (pandas) or R for data analysis • A solid grasp "
        "of hypothesis testing and confidence intervals • Experience with Power BI is a bonus • Interest in actuarial exams is "
        "welcome\n"
    )
    job = Analyzer().read_job(text=text)
    assert "hypothesis_testing" in job.required and "dashboards" in job.optional
    assert job.years_overall is None  # "up to two years" is a most, not a least


def test_a_table_column_headed_plus_is_optional() -> None:
    text = (
        "## Requirements\n\n| Area | Must | Plus |\n|---|---|---|\n| Programming | Python, modern C++ | Rust |\n"
        "| Deployment | Edge inference; Docker | Kubernetes (K3s) on edge nodes |\n"
    )
    job = Analyzer().read_job(text=text)
    assert "docker" in job.required and "kubernetes" in job.optional


@pytest.mark.parametrize(
    ("text", "skill", "shown"),
    [
        # written slices w513-w517 (the second round): work others do with the person ruled out ("not by me"), "they" after
        # another team, a department by its name doing it, engineers and a team worked with, a vendor-run thing, what a unit
        # uses a thing for, "no" after a dash, a dish named like a tool, a royal python, tasting plates, a school
        # practical, leaf pruning; and requests batched for a hosted model, notes mined, telemetry
        # analysed, briefings given, rules agreed with other functions, readouts to squad leads, week-ahead
        # forecasts
        (
            "Experience\nHand the score file to Collections each night; their champion/challenger tests of dunning scripts are "
            "designed and run by the Collections team, not by me.",
            "ab_testing",
            False,
        ),
        (
            "Experience\nStill own the DAGs that land data for the data science team; they build the credit-scoring models.",
            "predictive_modeling",
            False,
        ),
        ("Experience\nData Engineering containerises and hosts the scoring service; my part ends at the spec.", "docker", False),
        ("Experience\nPartner with the ML engineers who build the search ranking model.", "machine_learning", False),
        ("Experience\nBuilt onboarding services in TypeScript, exposed as RESTful endpoints to the dashboard team.", "dashboards", False),
        ("Experience\nReviewed the security controls of the vendor-run LLM agent on the member portal.", "ai_agents", False),
        (
            "Experience\nFed back on the traffic models the flow-management unit uses to forecast sector overloads.",
            "predictive_modeling",
            False,
        ),
        (
            "Summary\nThe models stay simple and readable - no black-box machine learning, so a trader can overrule them.",
            "machine_learning",
            False,
        ),
        ("Experience\nBefore a dish goes on, we serve tasting models to the front-of-house team.", "model_serving", False),
        ("Experience\nPython, the department's royal python, lives in the prep room.", "python", False),
        (
            "Experience\nChemistry Teacher, Glasgow Academy, 2015 - Present\nCoach Higher pupils through the Assignment: they write a "
            "hypothesis, plan a controlled\nexperiment and test it at the bench.",
            "ab_testing",
            False,
        ),
        ("Experience\nA side model that tells tomato growers which plants are due for leaf pruning.", "pruning", False),
        ("Experience\nCut cost per document by 60% by batching requests to the provider's model.", "inference_optimization", True),
        (
            "Experience\nBatched the nightly generation, cutting the Vertex AI bill by 40%.",
            "inference_optimization",
            True,
        ),
        ("Experience\nMined roughly two million claim notes for phrases that flag staged accidents.", "data_exploration", True),
        ("Experience\nAnalyzed product telemetry from 2M devices.", "data_exploration", True),
        ("Experience\nGive the morning safety briefing to crews of 6-10 technicians.", "communication", True),
        ("Experience\nAgree escalation rules with Compliance and Contact Centre Operations.", "communication", True),
        ("Experience\nShare each experiment readout with the squad leads.", "data_storytelling", True),
        ("Experience\nRan the outbreak workflow behind 1-4 week forecasts of hospital admissions.", "predictive_modeling", True),
    ],
)
def test_others_named_by_they_or_their_trade_and_other_senses_of_serving_and_pruning(text: str, skill: str, shown: bool) -> None:
    assert (skill in found(text)) is shown


@pytest.mark.parametrize(
    "text",
    [
        # written slices w518-w520: a team in an aside, prospects' stacks, a team told by what
        # it trains, a "You don't need to" list, a job board's industry line, stars on GitHub, cloud
        # capacity bought, a group that runs an estate, who the ad is not after
        "Requirements\n\n- R\n\nYou'll work with the Integrity team (who build the enforcement service on Kubernetes).\n",
        "Requirements\n\n- R\n\nMost of our prospects already run LangChain, fine-tuned models on SageMaker, and Spark jobs in "
        "Databricks; you will plug into what they have.\n",
        "Requirements\n\n- R\n\nA team that trains reinforcement learning agents this quarter may rebuild evals the next.\n",
        "Requirements\n\n- R\n\nYou don't need to:\n\n- Write code or know PyTorch.\n",
        "Requirements\n\n- R\n\nIndustries: IT Services and IT Consulting, Cloud Computing\n",
        "Requirements\n\n- R\n- Grow our open-source SDKs' GitHub stars and contributor community\n",
        "Requirements\n\n- R\n- Plan the reserved cloud capacity we buy from AWS, Azure and Google Cloud\n",
        "Requirements\n\n- R\n\nThe wider platform group runs our Spark and Databricks estate.\n",
        "Requirements\n\n- R\n\nWe are not looking for a machine learning specialist.\n",
    ],
)
def test_teams_prospects_and_buyers_and_what_the_ad_is_not_after_ask_for_nothing(text: str) -> None:
    assert set(Analyzer().read_job(text=text).skills) == {"r_language"}


def test_years_in_a_table_row_are_those_of_its_first_cell() -> None:
    text = (
        "Requirements\n\n| Skill | Experience |\n|---|---|\n| PyTorch | 3+ years training and debugging models |\n"
        "| Docker and Kubernetes | 2+ years running services on them |\n"
    )
    years = dict(Analyzer().read_job(text=text).years)
    assert years.get("pytorch") == 3 and years.get("docker") == 2 and years.get("kubernetes") == 2
    assert "machine_learning" not in years


def test_years_in_a_table_row_for_a_field_of_work_are_the_overall_years() -> None:
    text = (
        "Requirements\n\n| Area | Experience |\n|---|---|\n| MLOps / ML platform engineering | at least 3 years |\n"
        "| Kubernetes in production | 2 years |\n"
    )
    job = Analyzer().read_job(text=text)
    assert job.years_overall == 3 and dict(job.years) == {"kubernetes": 2}


def test_a_company_size_on_a_job_boards_line_is_no_requirement_of_years() -> None:
    job = Analyzer().read_job(text="Requirements\n\n- 7+ years of experience managing an office with 10-20 employees\n")
    assert job.years_overall == 7


@pytest.mark.parametrize(
    ("text", "skill", "shown"),
    [
        # written slices w521-w525 (the third round): an event named after a tool or a field, an idiom of serving; and a
        # model's inputs and variables made, a teacher network, a kappa, tests named by their authors, passages handed to an
        # LLM, tree ensembles compiled, an event-driven path designed, GPU instances, prices set to break even
        ("Experience\nLive captioning for students, including a machine learning seminar series.", "machine_learning", False),
        ("Experience\nEngineered the rolling load variables behind it and pruned the list from 140 to 22.", "feature_engineering", True),
        ("Experience\nBuilt lagged rainfall, soil-moisture and pipe-age inputs for both models.", "feature_engineering", True),
        ("Experience\nTrain the small model to mimic a 30M-parameter teacher network.", "distillation", True),
        ("Experience\nRan evaluation rounds with physicians; agreement tracked with Cohen's kappa.", "statistics", True),
        ("Experience\nTested nutrient records for trends (Mann-Kendall, Sen's slope).", "hypothesis_testing", True),
        ("Experience\nPassages retrieved from the archive are handed to an LLM that drafts background briefs.", "rag", True),
        ("Experience\np99 under 40 ms after compiling the tree ensembles with Treelite.", "inference_optimization", True),
        ("Experience\nDesigned the event-driven scoring path between the feature, score and decision services.", "system_design", True),
        ("Experience\nRan the renders on an autoscaling pool of EC2 g5 GPU instances.", "gpu_infrastructure", True),
        ("Experience\nSet ticket prices so each term's concert breaks even.", "business_acumen", True),
    ],
)
def test_events_named_after_a_tool_and_skills_said_by_what_was_made(text: str, skill: str, shown: bool) -> None:
    assert (skill in found(text)) is shown


@pytest.mark.parametrize(
    "text",
    [
        # written slices w526-w528: what has served the team well, a unit by its name and what it is, a role not part of a
        # team, work owned by other teams, what the company is not doing, a team who deploy, customers told one by one,
        # community nights named after a tool, a security linter named like a method, SQL injection, licences for packages
        "Requirements\n\n- R\n\nThe department's Data Science Hub, a separate team, builds machine learning models for route planning.\n",
        "Requirements\n\n- R\n\nThis role is not part of that team and does not involve building ML models.\n",
        "Requirements\n\n- R\n\nKubernetes, networking and the data warehouse are owned by other teams.\n",
        "Requirements\n\n- R\n\nWe are not training foundation models, and this isn't a research role.\n",
        "Requirements\n\n- R\n\nOur customers bring every stack you can imagine. One trains PyTorch models on a Kubernetes cluster "
        "in AWS, another has ten years of TensorFlow.\n",
        "Requirements\n\n- R\n- Host meetups and our PyTorch and open-source community nights\n",
        "Requirements\n\n- R\n- Add static analysis (Semgrep, Bandit) to the CI pipelines\n- Knowledge of SQL injection and XSS\n",
        "Requirements\n\n- R\n- Review open-source licences for the Python packages our engineers want to use\n",
    ],
)
def test_a_separate_team_customers_one_by_one_and_security_terms_ask_for_nothing(text: str) -> None:
    assert set(Analyzer().read_job(text=text).skills) == {"r_language"}


@pytest.mark.parametrize(
    "text",
    [
        "Requirements\n\n- R\n- Build churn models that flag members likely to cancel (logistic regression has served us well).\n",
        "Requirements\n\n- R\n- Hand finished models to the ML Engineering team, who deploy and monitor them in production\n",
    ],
)
def test_an_idiom_of_serving_and_a_team_who_deploy_ask_for_no_model_serving(text: str) -> None:
    assert "model_serving" not in Analyzer().read_job(text=text).skills


@pytest.mark.parametrize(
    ("text", "skill", "shown"),
    [
        # written slices w529-w533 (the fourth round): a group of its own after an aside, what the person had no part in, a
        # thing kept by a team after a comma, what the person sat in on, what cannot be run, a name given after a tool, a
        # list of what a team owns after a dash, a passive of others after the person's own sentence, GitOps; and signals
        # engineered, data dug into for why
        (
            "Experience\nThe cluster is run by our infrastructure team; post-training (SFT, RLHF) is a separate group.",
            "llm_fine_tuning",
            False,
        ),
        ("Experience\nNot involved in the bank's customer chatbot or its RAG assistant, which the Digital team owns.", "rag", False),
        ("Experience\nSat in on the bank's first A/B tests of payment reminders.", "ab_testing", False),
        ("Experience\nSince the 2022 ban on price walking we cannot run A/B tests on renewal prices.", "ab_testing", False),
        ("Interests\nRock climbing, sewing costumes, a cat named after the Python act", "python", False),
        (
            "Experience\nWhat I don't do: the personalisation team owns the models themselves – the PyTorch two-tower recommender "
            "and the Thompson-sampling artwork bandit.",
            "multi_armed_bandits",
            False,
        ),
        (
            "Experience\n› Wrote the quarterly safety reports for two monitoring boards. Enrollment views in Tableau were built by the "
            "sponsor's data-management group.",
            "tableau",
            False,
        ),
        ("Experience\nEnvironments are promoted GitOps-style with Argo CD.", "git", False),
        ("Experience\nBuilt rolling seven-day and lagged weather signals for the demand model.", "feature_engineering", True),
        ("Experience\nDug into why dual-fuel customers left.", "data_exploration", True),
    ],
)
def test_groups_of_their_own_and_things_only_watched_and_signals_engineered(text: str, skill: str, shown: bool) -> None:
    assert (skill in found(text)) is shown


@pytest.mark.parametrize(
    "text",
    [
        # written slices w534-w536: courses offered, papers presented at
        # a reading group, a dashboard another team keeps, a team that still reports in a tool, a consultancy that builds, a
        # candidate who has deployed, licences and partners listed, partner teams at vendors, contracts for capacity with
        # vendors
        "Requirements\n\n- R\n- A Data Academy, with self-paced courses in Python and cloud\n",
        "Requirements\n\n- R\n- Our Paper Club, where consultants present papers on causal inference and bandits\n",
        "Requirements\n\n- R\n\nTraders look at the forecasts in a Grafana dashboard the platform team maintains.\n",
        "Requirements\n\n- R\n\nOur Finance team still reports in Tableau.\n",
        "Requirements\n\n- R\n- Manage our partner, a consultancy that builds RAG assistants for banks\n",
        "Requirements\n\n- R\n- Tell a candidate who has deployed a model from one who has only done Kaggle\n",
        "Requirements\n\n- R\n- Track renewals and seat counts for our software licences (GitHub Enterprise, Weights & Biases, Tableau)\n",
        "Requirements\n\n- R\n- Own relationships with LLM framework partners (LangChain, LlamaIndex, Haystack)\n",
        "Requirements\n\n- R\n- Work with partner teams at AWS, Google Cloud and Microsoft Azure\n",
        "Requirements\n\n- R\n- Negotiate contracts for GPU capacity with cloud providers\n",
    ],
)
def test_a_move_past_courses_partners_licences_and_candidates_ask_for_nothing(text: str) -> None:
    assert set(Analyzer().read_job(text=text).skills) == {"r_language"}


def test_what_the_first_models_were_built_in_before_a_move_is_not_asked() -> None:
    job = Analyzer().read_job(
        text="Requirements\n\n- R\n\nOur first models were built in TensorFlow; we moved everything to PyTorch in 2024.\n"
    )
    assert "tensorflow" not in job.skills


@pytest.mark.parametrize(
    ("text", "skill", "shown"),
    [
        # written slices w537-w541 (the fifth round): models put in production through another team, variants that are
        # another team's work, people named like tools in an aside, a baseline built by another intern, a subscription
        # tier named like a tool, eval questions mined from tickets
        ("Experience\nModels go to production through the IT platform team (their Kubernetes cluster).", "model_serving", False),
        ("Experience\nCheckpoints arrive from the research team; distilled 8B variants are their work, not mine.", "distillation", False),
        (
            "Experience\nServe PyTorch models on our GPU fleet. Plan capacity with product engineers; mentor two new-grad "
            "engineers\n(Ray and Priya).",
            "distributed_computing",
            False,
        ),
        (
            "Experience\nA bandit-based exploration baseline was built by another intern on the team and was not part of my project.",
            "multi_armed_bandits",
            False,
        ),
        (
            "Experience\nMode dashboards for trial-to-paid conversion and Lingofy Spark (our subscription tier) renewals.",
            "distributed_computing",
            False,
        ),
        ("Experience\nWrote the eval harness – 1,400 graded questions mined from real support tickets.", "data_exploration", False),
    ],
)
def test_work_through_or_of_another_team_and_names_in_asides(text: str, skill: str, shown: bool) -> None:
    assert (skill in found(text)) is shown


@pytest.mark.parametrize(
    "text",
    [
        # written slices w542-w544: work that sits with a practice, a team who build (no
        # comma), an organisation's team by its possessive, "They run ...", a lead who builds, consultants who teach, talk
        # titles announced as sessions
        "Requirements\n\n- R\n\nClassical model training and the A/B testing of client campaigns sit with our Data Science practice.\n",
        "Requirements\n\n- R\n- Support the Power BI developers in the MI team who build the liquidity dashboards\n",
        "Requirements\n\n- R\n\nThe bank's Quant team owns the credit-risk machine learning models.\n",
        "Requirements\n\n- R\n\nWork with the Growth team on landing pages. They run the A/B tests; you design the variants.\n",
        "Requirements\n\n- R\n\nOur People Analytics lead builds and maintains the Tableau dashboards, so you won't need to.\n",
        "Requirements\n\n- R\n- Run our academy, where senior consultants teach newer colleagues Python and SQL\n",
        'Requirements\n\n- R\n- Run our conference (past sessions included "RAG in production" and "Serving 4-bit models with vLLM")\n',
    ],
)
def test_teams_whose_people_use_tools_and_leads_who_build_ask_for_nothing(text: str) -> None:
    assert set(Analyzer().read_job(text=text).skills) == {"r_language"}


def test_a_teams_analysts_who_use_a_tool_are_not_the_hire() -> None:
    text = (
        "Requirements\n\n- SQL\n- Work closely with the Risk Operations team, whose analysts monitor fraud rates in Tableau and "
        "run the chargeback dispute process\n"
    )
    assert "tableau" not in Analyzer().read_job(text=text).skills


@pytest.mark.parametrize(
    ("text", "skill", "shown"),
    [
        # written slices w545-w549 (the sixth round): what was chosen not to be done, stayed out of, found not worth it or not
        # needed, a reticulated python, an experiment-tracking sheet
        ("Experience\nWe chose not to fine-tune a model: retrieval plus prompting met the quality bar.", "llm_fine_tuning", False),
        ("Experience\nI hand them calibrated pCTR and stay out of the pricing decisions.", "business_acumen", False),
        (
            "Experience\nTraining data comes from the lakehouse; we evaluated Ray for distributed training in 2023 and decided it "
            "was not worth it for our model sizes.",
            "distributed_computing",
            False,
        ),
        ("Experience\nKept the detector in FP16 (INT8 was not needed) and deployed it on three test vehicles.", "quantization", False),
        ("Experience\nPrimary keeper for 140 animals, including our reticulated python, Python.", "python", False),
        ("Experience\nKept the experiment tracking sheet (hypothesis, owner, decision) for the product org.", "model_registry", False),
    ],
)
def test_what_was_chosen_against_or_not_needed_and_a_tracking_sheet(text: str, skill: str, shown: bool) -> None:
    assert (skill in found(text)) is shown


@pytest.mark.parametrize(
    "text",
    [
        # written slices w550-w552: a team down the hall, buyers sold into, videos on topics, a department by its one-word
        # name, a team's own dashboards by its possessive
        "Requirements\n\n- R\n\nThe Pricing team down the hall runs the Bayesian elasticity models behind plan prices.\n",
        "Requirements\n\n- R\n- Sell directly to Heads of AI, VPs of ML and research leads\n",
        "Requirements\n\n- R\n- Experience selling into AI/ML, data infrastructure or developer-tools buyers\n",
        'Requirements\n\n- R\n- Produce videos on topics like "How does retrieval-augmented generation work?"\n',
        "Requirements\n\n- R\n\nFinance owns the headcount and labor-cost dashboards in Looker.\n",
        "Requirements\n\n- R\n- Alerts surface on the Site Reliability team's Grafana dashboards\n",
    ],
)
def test_teams_down_the_hall_buyers_and_videos_ask_for_nothing(text: str) -> None:
    assert set(Analyzer().read_job(text=text).skills) == {"r_language"}


def test_a_label_with_a_colon_opens_no_list_of_others_work() -> None:
    # eccefd6 read "Technologies:" as a list opened after "customers satisfaction)" and lost the project's business skill
    text = (
        "Projects\nSentiment analysis of reviews (customers satisfaction)\nTechnologies: Pytorch , NLP, RNN\n"
        "Customer churn prediction and life time value analysis(mini project):\n"
    )
    assert "business_acumen" in found(text)


@pytest.mark.parametrize(
    ("text", "skill", "shown"),
    [
        # written slices w553-w557: never needed, done none of, not yet done, shadowed, "they own" after the person's
        # clause, a team's thing exposed, a name in straight quotes, a pet described after its name, the rand
        ("Experience\nServing runs on CPU node pools; we never needed GPU nodes.", "gpu_infrastructure", False),
        ("Experience\nThe model is predictive, not causal: we deliberately did no propensity-score matching.", "causal_inference", False),
        ("Experience\nNot yet running A/B tests myself; the growth team owns the experimentation tooling.", "ab_testing", False),
        ("Experience\nShadowed the platform team during their Kubernetes migration (observer only).", "kubernetes", False),
        ("Experience\nI keep the tables fresh, they own the dashboards.", "dashboards", False),
        ("Experience\nExposed the data team's churn prediction to account managers.", "predictive_modeling", False),
        (
            "Experience\nBuilt the growth dashboards in Looker.\nHelped the marketing team size the 'Kopi Spark' cashback campaign.",
            "distributed_computing",
            False,
        ),
        ("Experience\nI build scale models, and walk Spark, the harbour's collie, twice a day.", "distributed_computing", False),
        ("Experience\nSet and revise the package pricing each year (from R 18 500 for a half day).", "r_language", False),
        ("Experience\nBuilt the claims models in R 4.3 with tidymodels.", "r_language", True),
        ("Experience\nRan A/B tests on the checkout and built the dashboards in Looker.", "dashboards", True),
        # ... and skills in other words: booking curves dug into, significance checked, additive and area-level models,
        # GPU spend cut
        ("Experience\nDug into booking curves and cabin occupancy by sailing.", "data_exploration", True),
        ("Experience\nRan split tests on the booking funnel; check significance before anything ships.", "hypothesis_testing", True),
        ("Experience\nModelled snow-cover trends, fitted with generalised additive models in R.", "statistical_modeling", True),
        ("Experience\nProduced small-area estimates of income with Fay-Herriot area-level models.", "statistical_modeling", True),
        ("Experience\nCut GPU spend 38% by moving batch scoring to spot g5 instances.", "gpu_infrastructure", True),
    ],
)
def test_never_needed_not_yet_shadowed_and_names_described(text: str, skill: str, shown: bool) -> None:
    assert (skill in found(text)) is shown


@pytest.mark.parametrize(
    "text",
    [
        # written slices w558-w560: nobody will ask, never have to, "it does not involve", a pronoun before a semicolon
        # in an aside, the jobs of the sentence before
        "Requirements\n\n- R\n\nNobody will ask you about machine learning, and you will never have to touch a Python script.\n",
        "Requirements\n\n- R\n\nThis is a policy position: it does not involve building, training or testing models.\n",
        "Requirements\n\n- R\n- Fault-finding on the floor (we'll give you read-only access to the monitoring dashboards; you won't be"
        " building them)\n",
        "Requirements\n\n- R\n\nMost of your requisitions will be infrastructure engineers (people who run GPU clusters and distributed"
        " training) and applied researchers who fine-tune and serve LLMs. You don't need to be able to do those jobs.\n",
    ],
)
def test_denials_by_nobody_never_it_and_those_jobs_ask_for_nothing(text: str) -> None:
    assert set(Analyzer().read_job(text=text).skills) == {"r_language"}


@pytest.mark.parametrize(
    ("text", "skill", "shown"),
    [
        # written slices w561-w565: a way not taken, chosen not to use, "no A or B", ruled out, trialled or analysed by
        # others, distilled by another team, a robot's or a painting's name, a tool disowned after a colon, a chemical
        # plant's column, old topics pruned, an aircraft, a talk title after "Speaker" or wrapped in a narrow column
        ("Experience\nThe pilot rolled out region by region rather than as a randomized A/B test.", "ab_testing", False),
        ("Experience\nWe chose not to use RAG for extraction: the documents fit in the context window.", "rag", False),
        ("Experience\nThe assistant takes no actions on accounts (no agents or tool calling), as per risk guidance.", "ai_agents", False),
        ("Experience\nQuantised the model to INT8. Pruning was ruled out before any experiment.", "pruning", False),
        ("Experience\nTableau was trialled by the analytics team in 2023; we stayed on Excel.", "tableau", False),
        ("Experience\nVisitor survey data are collected and analysed by the marketing department.", "data_exploration", False),
        ("Experience\nAdded speculative decoding with a 1B draft model distilled by our research team.", "distillation", False),
        ("Experience\nCoach the robotics club: our LEGO robot “Python”, programmed with drag-and-drop blocks.", "python", False),
        ("Experience\nSecured the loan of Emil Hartlieb's Python (1887), the serpent painting.", "python", False),
        ("Skills\nTools: R, SQL, Tableau\nPython: not my tool, I work in R.", "python", False),
        (
            "Experience\nRe-planned supply around the distillation column turnaround; the planning model ran in Excel.",
            "distillation",
            False,
        ),
        ("Experience\nDeployed the churn model on Kafka.\nPruned two years of dead Kafka topics.", "pruning", False),
        ("Experience\nAnalysed turnaround records to find where Dash 8 and A320 turns lost minutes, in Python.", "plotly", False),
        (
            "Certifications\nSpeaker, SA Credit Risk Forum 2019: “Are we Bayesian enough about thin-file applicants?”",
            "bayesian_methods",
            False,
        ),
        (
            "Experience\nBuilt churn models in Python.\nSPEAKING\nDSN Conference 2023, Lagos:\n“Why Your Churn Model Needs\n"
            "Causal Inference” (20-minute\ntalk)",
            "causal_inference",
            False,
        ),
        # ... and skills in other words: switchback tests
        ("Experience\nDesigned switchback tests that flip treatment by zone and 30-minute window.", "ab_testing", True),
        ("Experience\nDistilled a 7B model into a 1B student by our own recipe.", "distillation", True),
    ],
)
def test_ways_not_taken_work_of_other_teams_and_names_of_things(text: str, skill: str, shown: bool) -> None:
    assert (skill in found(text)) is shown


def test_a_projects_heading_inside_a_job_keeps_its_projects_in_the_job() -> None:
    # written slice w562: "Key projects" under a job of an "EXPERIENCE" section, then the next job; the projects were
    # in no position and the next job under a projects section
    text = (
        "EXPERIENCE\nSenior Data Scientist, People Analytics\nMarch 2018 - Current\nNorthstar Home, Minneapolis\n"
        "Built the attrition model in R.\nKey projects\nSchedule pilot. Estimated its effect with difference-in-differences.\n"
        "Analyst, Workforce Planning\nJun 2015 – Feb 2018\nLakeshore Health Partners, St. Paul\nBuilt the monthly scorecard in Power BI.\n"
        "EDUCATION\nM.A., Psychology, 2013 – 2015\n"
    )
    report = _report(text)
    found = report.found_skills
    assert (found["causal_inference"].first_used, found["causal_inference"].last_used) == ("2018-03", "2026-12")
    assert [p.start for p in report.positions][:2] == ["2018-03", "2015-06"]


@pytest.mark.parametrize(
    "text",
    [
        # written slices w566-w568: a cluster not run, customers' teams one by one and a customer's engineers, readers
        # shown how things work, charts engineers exported, work sitting with a centre of excellence, a team who look
        # after a tool, capacity sold, a conversation with a lead, a team's own dashboards, an IT
        # lead who images laptops, short courses offered
        "Requirements\n\n- R\n\nWe don't run our own GPU cluster and don't plan to.\n",
        "Requirements\n\n- R\n\nSome of them run hundreds of A/B tests a quarter; some are deploying their first model.\n",
        "Requirements\n\n- R\n- Stay in the room when a customer's engineers get into the details: GPU scheduling, Kubernetes namespaces\n",
        "Requirements\n\n- R\n\nOur readers need to see how a retrieval-augmented generation system finds the right paragraph.\n",
        "Requirements\n\n- R\n- You've polished charts that engineers exported from Matplotlib into something brand-ready\n",
        "Requirements\n\n- R\n\nGenerative AI work (retrieval-augmented generation, prompt engineering) sits with our GenAI Centre of"
        " Excellence.\n",
        "Requirements\n\n- R\n\nYou'll partner with the Content Analytics team, who look after the Tableau reporting.\n",
        "Requirements\n\n- R\n- Sell reserved GPU capacity (from 64 GPUs to multi-thousand-GPU clusters)\n",
        "Requirements\n\n- R\n- The technical fluency to follow a conversation with an ML infrastructure lead\n",
        "Requirements\n\n- R\n\nThe forecasts feed the Power BI dashboards that the Control Room's own reporting team builds.\n",
        "Requirements\n\n- R\n\nLaptops for every learner (our IT lead images them with Python and Jupyter).\n",
        "Requirements\n\n- R\n\nStaff can take any short course, including Intro to Python and SQL for Analysts.\n",
        "Requirements\n\n- R\n- Rewrite the landing pages for our dashboard builder and our forecasting feature\n",
        "Requirements\n\n- R\n- Hold an honest conversation with a machine learning engineer\n",
    ],
)
def test_customers_readers_perks_and_sales_ask_for_nothing(text: str) -> None:
    assert set(Analyzer().read_job(text=text).skills) == {"r_language"}


def test_a_background_welcomed_is_not_asked() -> None:
    text = "Requirements\n\n- Python\n\nIf your background is mostly R, that's fine, but you'll be writing Python here.\n"
    assert set(Analyzer().read_job(text=text).skills) == {"python"}


def test_a_line_that_stops_on_the_wraps_onto_the_next() -> None:
    # written slice w560: "... our Integrations team owns the HL7/FHIR interfaces and the" over "REST endpoints that push
    # notes into Epic." asked for REST APIs
    text = (
        "What you'll do\n\n- Fine-tune language models on transcripts\n\nYou will not be building the hospital integrations, as our"
        " Integrations team owns the HL7 interfaces and the\nREST endpoints that push notes into Epic.\n\nRequirements\n\n- R\n"
    )
    assert "rest_api" not in Analyzer().read_job(text=text).skills


@pytest.mark.parametrize(
    ("line", "years", "overall"),
    [
        # written slices w567-w568: "a year or more", a practitioner's role, a long field before "experience", the
        # workplaces of the years in an aside
        ("- You have a year or more of hands-on prompt engineering", {"prompt_engineering": 1}, None),
        ("- 3+ years of experience as a data scientist or machine learning practitioner in fraud", {}, 3),
        ("- 7+ years of program or project management experience", {}, 7),
        (
            "- 7+ years of program management experience, including at least 3 years in a research environment (an ML lab,"
            " a research institute)",
            {},
            7,
        ),
    ],
)
def test_years_said_as_a_year_or_more_and_of_roles_and_workplaces(line: str, years: dict[str, int], overall: int | None) -> None:
    job = Analyzer().read_job(text=f"Requirements\n\n{line}\n")
    assert (dict(job.years), job.years_overall) == (years, overall)


@pytest.mark.parametrize(
    ("text", "skill", "shown"),
    [
        # written slices w569-w573: a label that disowns a list, a team named after the skill, served by or belonging
        # to another team, a bar, a service or a talk at a workshop named like a tool, a team "whose", a contractor who
        # runs it, "not mine" after a dash, a team's jobs shared or models scored, stale versions pruned, "their
        # project" in an aside, a committee served on, a pilot another team dropped
        (
            "Skills\nTools: pytest, Docker\nNot my thing: CUDA kernels and fine-tuning; I leave those to others.",
            "gpu_infrastructure",
            False,
        ),
        ("Experience\nThe post-training team uses our failure sets for SFT and RLHF data.", "llm_fine_tuning", False),
        (
            "Experience\nCandidate checkpoints are served by the inference team on vLLM; the harness calls their endpoint.",
            "model_serving",
            False,
        ),
        (
            "Experience\nThe assistant's LLM agent runs server-side and belongs to another team; our part is the wake word.",
            "ai_agents",
            False,
        ),
        ("Experience\nRoom-and-drinks packages with Python, our rooftop bar, lifted weekday covers by 30%.", "python", False),
        (
            "Certifications\n“Bayesian borrowing from historical controls: a simulation study.” ASA Biopharmaceutical Section"
            " Workshop, 2019.",
            "bayesian_methods",
            False,
        ),
        ("Experience\nOur ranker feeds the Ads team, whose auction picks creatives with Thompson sampling.", "multi_armed_bandits", False),
        ("Experience\nFeed weekly case counts to the scheduling app an external contractor runs on AWS.", "cloud", False),
        (
            "Experience\nBuilt the surveillance dashboards in R. (The official Tableau boards are published by the office – not mine.)",
            "tableau",
            False,
        ),
        ("Experience\nShare the GPU nodes with the data-lake team's Spark jobs at night.", "distributed_computing", False),
        ("Experience\nContainerised scoring services for the Risk Analytics team's credit-risk models.", "predictive_modeling", False),
        ("Experience\nPruning stale model versions and their weights from the registry every quarter.", "pruning", False),
        (
            "Experience\nBuilt the demand models in Python.\nForecasts also cover Northfield Dash, our same-day delivery service.",
            "plotly",
            False,
        ),
        (
            "Experience\nReviewed the results when IT moved the quote engine onto Kubernetes (their project; I checked prices).",
            "kubernetes",
            False,
        ),
        ("Experience\nServed on the committee comparing three builders' models and quotes for the new organ.", "model_serving", False),
        (
            "Experience\nThe Tableau dashboards pilot that the finance team had started was dropped in 2021.",
            "tableau",
            False,
        ),
        # ... and skills in other words: a customer base profiled, Diebold-Mariano tests, lagged covariates
        ("Experience\nProfiled the mass-affluent base and split it into seven life-stage segments.", "data_exploration", True),
        ("Experience\nRan Diebold-Mariano tests to decide whether a new model is really better.", "hypothesis_testing", True),
        ("Experience\nI derive the lagged rainfall and temperature covariates for the case forecasts.", "feature_engineering", True),
    ],
)
def test_disowned_lists_teams_named_after_skills_and_venues_named_like_tools(text: str, skill: str, shown: bool) -> None:
    assert (skill in found(text)) is shown


@pytest.mark.parametrize(
    "text",
    [
        # written slices w574-w576: a tool moved off, a separate team's tools, out of scope, prospects' teams, a
        # competitive landscape, "there is no A, B or C", what partners do ("others host ..."), an interview process,
        # "you'll never be asked", customers "many of them"
        "Requirements\n\n- R\n- Deep familiarity with R (we moved off TensorFlow in 2023 and aren't going back)\n",
        "Requirements\n\n- R\n\nA separate Satellite Imagery team uses TensorFlow and Google Earth Engine.\n",
        "Requirements\n\n- R\n\nFinance's Tableau reporting is also out of scope.\n",
        "Requirements\n\n- R\n\nOur prospects' data teams live in Python and dbt; you need to speak their language.\n",
        "Requirements\n\n- R\n- Know the competitive landscape (Tableau, Power BI, Looker) and handle objections\n",
        "Requirements\n\n- R\n\nThere is no coding, cloud engineering or machine learning in this role.\n",
        "Requirements\n\n- R\n\nSome partners resell access; others host and deploy our models on their own GPU clouds.\n",
        "Requirements\n\n- R\n\nOur process: a 30-min chat, a take-home in a Jupyter notebook, a deep dive.\n",
        "Requirements\n\n- R\n\nYou'll never be asked to write code or assess anyone's Python.\n",
        "Requirements\n\n- R\n\nCustomers love it, and many of them build Tableau dashboards on top of our exports.\n",
    ],
)
def test_tools_moved_off_competitors_partners_and_interviews_ask_for_nothing(text: str) -> None:
    assert set(Analyzer().read_job(text=text).skills) == {"r_language"}


@pytest.mark.parametrize(
    ("line", "skill"),
    [
        ("- You'll present what you find to risk leadership every month", "data_storytelling"),
        ("- Turn raw engagement logs into signals the models can learn from", "feature_engineering"),
        ("- Push request batching and caching further for the rankers", "inference_optimization"),
    ],
)
def test_findings_presented_signals_from_logs_and_request_batching_are_asked(line: str, skill: str) -> None:
    assert skill in Analyzer().read_job(text=f"Requirements\n\n{line}\n").skills


@pytest.mark.parametrize(
    ("text", "skill", "shown"),
    [
        # written slices w577-w581: a label that puts a line out of scope, its or their own work, another team in an
        # aside, served by an API other engineers run, a team that "did" it after the person's clause, a team's model
        # consumed, red pandas, a band or a room named like a tool, cannot be done, too small for it, a simpler choice
        # made, a headline in quotes, work that sits with or belongs to another team, a multilevel model that is not
        # Bayesian
        ("Experience\nNot in my scope: the cloud fallback ASR, which the backend team runs on GKE.", "kubernetes", False),
        ("Experience\nNot mine: the cold-start bandit and the Milvus vector index belong to sister teams.", "multi_armed_bandits", False),
        ("Experience\nBuilt the fraud models in Python.\nFraud operations keeps its own Tableau views of alerts.", "tableau", False),
        ("Experience\nOur mobile-money partner ran its own A/B tests of SMS repayment reminders.", "ab_testing", False),
        ("Experience\nOur browser viewer (another team) runs on Kubernetes in Azure; my containers stay on-premise.", "kubernetes", False),
        (
            "Experience\nThe scores are served by the decisioning API that the platform engineers run; I own the model.",
            "model_serving",
            False,
        ),
        ("Experience\nI ran the ethogram observations, the university team did the statistics.", "statistics", False),
        ("Experience\nConsume the traffic team's Bayesian travel-time model as an input.", "bayesian_methods", False),
        ("Experience\nKeeper for a Burmese python, Gila monsters and two red pandas.", "python", False),
        ("Experience\nBook the bands: the most requested is still the swing band Python Lounge.", "python", False),
        ("Experience\nHR pilots cannot be A/B tested under our works agreement.", "ab_testing", False),
        ("Experience\nSquads are too small for classic A/B tests, so we used crossover designs.", "ab_testing", False),
        ("Experience\nWe looked at Thompson sampling for ranking, but a fixed split was easier to explain.", "multi_armed_bandits", False),
        ("Experience\nMy front-page headline “Python squeezes into Stockport loft” was shortlisted.", "python", False),
        ("Experience\nThe booking-engine A/B tests and the loyalty programme sit with the Digital team.", "ab_testing", False),
        ("Education\nDissertation: multilevel models of teacher turnover in Irish secondary schools.", "bayesian_methods", False),
        ("Education\nDissertation: multilevel models of teacher turnover in Irish secondary schools.", "statistical_modeling", True),
        ("Experience\nTaught a course called “Python for analysts” to 40 staff.", "python", True),
        # ... and budgets managed, prices set (not a latency budget)
        ("Experience\nManaged production budgets of up to £240k and reported the variance to the producer.", "business_acumen", True),
        ("Experience\nSet and revise the package pricing each year.", "business_acumen", True),
        ("Experience\nKept p99 within the 200 ms latency budget.", "business_acumen", False),
    ],
)
def test_lines_out_of_scope_teams_own_work_and_names_of_bands(text: str, skill: str, shown: bool) -> None:
    assert (skill in found(text)) is shown


@pytest.mark.parametrize(
    "text",
    [
        # written slices w582-w584: a product's features under "About <company>", work deployed and hosted or built and
        # validated by a named team, a denial after the thing ("we're not running any")
        "Quiver\n\n## About Quiver\n\nQuiver is a vector database.\n\nWhat's under the hood:\n\n- Built-in quantization, scalar"
        " (INT8)\n- First-class SDKs for Python and Go\n\n## Requirements\n\n- R\n",
        "Requirements\n\n- R\n\nModels are deployed and hosted by the Authority's Digital Services Division on its Kubernetes platform.\n",
        "Requirements\n\n- R\n\nThe fraud models themselves (scorecards, gradient-boosted trees) are built and validated by the Consumer"
        " Credit Analytics and Fraud Strategy teams.\n",
        "Requirements\n\n- R\n\nWe also get asked about multi-armed bandits a lot: we're not running any in production.\n",
    ],
)
def test_product_features_and_work_hosted_by_named_teams_ask_for_nothing(text: str) -> None:
    assert set(Analyzer().read_job(text=text).skills) == {"r_language"}


def test_a_competitor_or_a_sentence_about_them_still_asks_what_the_job_does() -> None:
    # (a regression of c7377c2: "competitor" alone and "most of them were" ruled out whole requirements)
    job = Analyzer().read_job(
        text="Requirements\n\n- Engineer features from booking curves, competitor fares and search data\n"
        "- Work out what our rate changes did; most of them were never randomized, so expect difference-in-differences\n"
    )
    assert {"feature_engineering", "causal_inference"} <= set(job.skills)


@pytest.mark.parametrize(
    ("text", "skill", "shown"),
    [
        # written slices w585-w589: "so no" a list, a propensity score that is a model's odds, tested by other analysts,
        # work that stays with them or with each group, none there, impossible or scoped out, a team named after the skill
        ("Experience\nThe factories are air-gapped, so no AWS or Azure; updates went in on a USB stick.", "cloud", False),
        ("Experience\nFraud triage: XGBoost fraud-propensity scores on first notice of loss.", "causal_inference", False),
        ("Experience\nEstimated the effect with propensity score weighting and matched controls.", "causal_inference", True),
        ("Experience\nThe recommendations rail was A/B tested by the growth analysts, not by me.", "ab_testing", False),
        ("Experience\nAnswer the questions the experimentation team can't randomize; the A/B tests stay with them.", "ab_testing", False),
        (
            "Experience\nDecided against MLflow; experiment tracking (W&B) and model registries stay with each research group.",
            "model_registry",
            False,
        ),
        ("Experience\nPromotions here are negotiated, not randomised, so there are no A/B tests to lean on.", "ab_testing", False),
        (
            "Experience\nEvery model is backtested on past data; a live A/B test is impossible when only one forecast can be bid.",
            "ab_testing",
            False,
        ),
        ("Experience\nThe model stays frozen; agentic form-filling was scoped out after the privacy review.", "ai_agents", False),
        # (a method used because another was impossible is the person's: a regression of ab7a80b on `tests/eval` ds_07)
        (
            "Experience\nEvaluated a triage pathway with propensity score matching because a randomised trial was not possible.",
            "causal_inference",
            True,
        ),
        ("Experience\nTrained detection models for edge devices with strict thermal budgets.", "business_acumen", False),
    ],
)
def test_work_left_with_others_impossible_or_scoped_out(text: str, skill: str, shown: bool) -> None:
    assert (skill in found(text)) is shown


@pytest.mark.parametrize(
    "text",
    [
        # written slices w590-w592: a department owning it and a denial of "them", a list not required, "won't be asked",
        # a team of its own, a team that owns it, "and they deploy and run them", bills paid, vendors who supply, an idiom
        "Requirements\n\n- R\n\nClinical Informatics owns the predictive models, and this role does not build or retrain them.\n",
        "Requirements\n\n- R\n\nCUDA, Python and machine learning experience are not required.\n",
        "Requirements\n\n- R\n\nYou won't be asked to forecast either; Finance has its own forecasting team.\n",
        "Requirements\n\n- R\n\nOur Platform Engineering team owns the scoring service and the real-time decisioning APIs.\n",
        "Requirements\n\n- R\n\nYou'll hand models to them with a clear spec, and they deploy and run them on Kubernetes.\n",
        "Requirements\n\n- R\n- Reconcile our cloud and software bills every month - AWS, Google Cloud, Azure, Weights & Biases\n",
        "Requirements\n\n- R\n\nYou'll manage data-labelling vendors who supply human feedback for RLHF.\n",
        "Requirements\n\n- R\n- You've been paged for a model and lived to tell the story\n",
    ],
)
def test_departments_bills_and_vendors_ask_for_nothing(text: str) -> None:
    assert set(Analyzer().read_job(text=text).skills) == {"r_language"}


def test_duties_after_a_company_paragraph_are_still_asked() -> None:
    # (a regression of 3b32ed6: the bullets after "About <company>" were taken as the product's features up to the next
    # heading, also when a paragraph about the job came first)
    text = (
        "Data Engineer\nAcme | Boise, ID\n\nAbout Acme\n\nAcme is one of the largest online freight marketplaces.\n\n"
        "As members of the Application Services team, data engineers are responsible for our pipelines.\n\n"
        "- Write and optimize complex SQL queries with window functions and CTEs\n- Build dashboards in Power BI\n"
    )
    assert {"advanced_sql", "dashboards"} <= set(Analyzer().read_job(text=text).skills)


@pytest.mark.parametrize(
    ("text", "skill", "shown"),
    [
        # written slices w593-w597: reports and packs for the people who decide, walked through, recommended to, written
        # up; talks held; analysed histories; regressions by their variables
        ("Experience\nWrote the statistical reports for sponsors and joined their kick-off meetings.", "communication", True),
        ("Experience\nWrote the monthly revenue-assurance pack (leakage, fixes) for the finance managers.", "communication", True),
        ("Experience\nWalk the operations managers through each pilot's results and what we would change next.", "communication", True),
        ("Experience\nDug into roll-rate curves and recommended new cut-offs to the collections director.", "communication", True),
        ("Experience\nChi-square and two-sample t-tests on ER visit rates, written up for the product team.", "communication", True),
        ("Experience\nWrote the monthly machinery condition report for the technical superintendent.", "communication", True),
        ("Experience\nLed man-overboard drills; held the weekly safety talk for the engine crew.", "communication", True),
        ("Experience\nAnalysed markdown and sell-through history in SQL Server to set clearance prices.", "data_exploration", True),
        (
            "Experience\nOwn the fare elasticity models: log-log demand regressions by booking window and cabin.",
            "statistical_modeling",
            True,
        ),
        ("Experience\nMedia mix models: Bayesian regression with adstock and saturation curves.", "statistical_modeling", True),
        (
            "Experience\nLogistic regression scorecards to flag fraudulent claims, against a naive Bayes baseline.",
            "statistical_modeling",
            True,
        ),
        # ... and what is none of it: a wish, a migration skipped, a function's dashboards, a letter among letters, a
        # wedding's seating plan, cranes of that make, a ship served on
        ("Summary\nData engineer. Looking to grow into MLOps (Kubernetes, model monitoring).", "kubernetes", False),
        ("Experience\nWe sat out the Kubernetes migration, which we skipped by staying on ECS.", "kubernetes", False),
        ("Experience\nValidated the edit checks; the DMC dashboards are built by clinical data management.", "dashboards", False),
        (
            "Experience\nRebuilt the inventory logic for fare buckets Y, B, M, H and R after the redesign, with SQL dashboards.",
            "r_language",
            False,
        ),
        ("Experience\nKeep guest-list data and RSVPs in one sheet per wedding; design the seating tableau.", "tableau", False),
        ("Experience\nOverhauled the hydraulics of the four Python deck cranes and kept their certificates.", "python", False),
        ("Experience\nServed on three container vessels.\nBuilt 1:50 models of hull sections for the cadets.", "model_serving", False),
    ],
)
def test_reports_for_deciders_and_things_not_done(text: str, skill: str, shown: bool) -> None:
    assert (skill in found(text)) is shown


def test_a_seafarers_sea_service_is_work_experience() -> None:
    text = "Nikos Kalo\n\nSea Service\nSecond Engineer, Aegean Bulk Carriers\nMar 2021 – present\n- Ran the engine room\n"
    assert [section.kind for section in document_from_text(text).sections] == ["header", "experience"]


@pytest.mark.parametrize(
    "text",
    [
        # written slices w598-w600: what the employer won't ask, work belonging to another engineer or run by a unit by
        # its name, a team the hire hands work to, "they take it to production", customers' old tools, others' work
        # turned into posts
        "Requirements\n\n- R\n\nWe won't ask you to train models from scratch.\n",
        "Requirements\n\n- R\n\nThe analytics dashboards for clinic managers belong to another engineer.\n",
        "Requirements\n\n- R\n\nRisk reporting and the desk's Tableau reports are run by Middle Office.\n",
        "Requirements\n\n- R\n- Hand the scorer over; they take it to production and run it on Kubernetes\n",
        "Requirements\n\n- R\n\nMost of our customers arrived from Tableau, Looker or Power BI.\n",
        "Requirements\n\n- R\n- Translate what our engineers and customers build (vector search, RAG, agent frameworks) into posts\n",
    ],
)
def test_work_the_hire_does_not_do_asks_for_nothing(text: str) -> None:
    assert set(Analyzer().read_job(text=text).skills) == {"r_language"}


def test_a_hand_over_to_a_team_that_deploys_asks_for_no_serving() -> None:
    text = "Requirements\n\n- Register model versions in MLflow so the ML Platform team can deploy them\n"
    skills = Analyzer().read_job(text=text).skills
    assert "model_registry" in skills and "model_serving" not in skills


@pytest.mark.parametrize(
    ("text", "skill", "shown"),
    [
        # written slices w601-w605: said to be another team's or theirs after the skill, a team's model integrated, "Not
        # mine:" after a sentence on its line, built by a separate team, a firm, a ski run, a tradesman by his name, a linter,
        # a map's features, a product feature owned
        ("Experience\n(The inference fleet runs on Kubernetes; that is the platform team's.)", "kubernetes", False),
        (
            "Experience\nHelped marketing size segments for their A/B tests (I supplied the clusters; the tests were theirs).",
            "ab_testing",
            False,
        ),
        (
            "Experience\nServed it behind an API the web dashboard called (the dashboard itself was the frontend team's).",
            "dashboards",
            False,
        ),
        ("Experience\nIntegrated the data team's ETA prediction model into dispatch through their API.", "predictive_modeling", False),
        ("Experience\nShelf models for category managers. › Not mine: the cloud side that runs on Kubernetes.", "kubernetes", False),
        ("Experience\nFloral styling for the launch dinner of Python & Co., the Paris leather-goods label.", "python", False),
        ("Experience\nLed the advanced group down the Python couloir on powder days.", "python", False),
        (
            "Experience\nPlanned crews of installers across two venues with lead installer Ray Morel; Python scripts.",
            "distributed_computing",
            False,
        ),
        ("Experience\nSet up the Git pre-commit hooks (ruff, mypy, bandit) for the ML repository.", "multi_armed_bandits", False),
        (
            "Experience\nLead five engineers who extract map features (lane markings, signs) from street-level imagery.",
            "feature_engineering",
            False,
        ),
        ("Summary\nComfortable owning a feature from the data model to the on-call rota.", "feature_engineering", False),
    ],
)
def test_work_said_to_be_theirs_and_names(text: str, skill: str, shown: bool) -> None:
    assert (skill in found(text)) is shown


@pytest.mark.parametrize(
    "text",
    [
        # written slices w606-w608: people the hire sits among, an idiom, a report printed off, a unit by its name, a
        # department training, a neighbouring group, a team that builds and maintains, "not an LLM role", "we don't do",
        # a move off, experience not needed, tools installed and not used
        "Requirements\n\n- R\n\nYou'll be surrounded by people training and shipping models, and curiosity will serve you well.\n",
        "Requirements\n\n- R\n- Print the daily receiving report from the WMS and hand it to the shift lead\n",
        "Requirements\n\n- R\n\nThe recommendation models are built by ML Platform (PyTorch, Kubernetes).\n",
        "Requirements\n\n- R\n\nData Science trains our fraud models with XGBoost on the marts you'll maintain.\n",
        "Requirements\n\n- R\n\nOur neighbouring group, Language & Agents, works on LLM-based agents.\n",
        "Requirements\n\n- R\n- Comfort with Google Sheets; you'll read the dashboards that our People Analytics team builds and maintains "
        "in Looker\n",
        "Requirements\n\n- R\n\nThis is not an LLM or chatbot role; we don't do RAG or prompt work.\n",
        "Requirements\n\n- R\n\nWe moved all of our models off TensorFlow in 2023, so no TensorFlow experience is needed.\n",
        "Requirements\n\n- R\n- Support Python (via Anaconda), Jupyter and Docker Desktop on staff machines: install them, not use them\n",
    ],
)
def test_neighbours_idioms_and_moves_ask_for_nothing(text: str) -> None:
    assert set(Analyzer().read_job(text=text).skills) == {"r_language"}


@pytest.mark.parametrize(
    ("text", "skill"),
    [
        # written slices w609-w613: a budget or a forecast set or handed over by someone else, deeds denied
        ("Experience\nOrder drugs and consumables within the monthly budget the practice manager sets.", "business_acumen"),
        (
            "Experience\nPlan the staff across gates against the shift budgets (staff hours per shift) set by the duty manager.",
            "business_acumen",
        ),
        ("Experience\nWorked to the forecast traffic figures provided by the planning department.", "predictive_modeling"),
        ("Experience\nWe do not host or serve models ourselves; all generation goes to a hosted LLM API.", "model_serving"),
        ("Experience\nShip one image to on-prem servers; hospital IT would not run Kubernetes, so we use Compose.", "kubernetes"),
    ],
)
def test_what_others_set_and_deeds_denied_are_not_shown(text: str, skill: str) -> None:
    assert skill not in found(text)


@pytest.mark.parametrize(
    "text",
    [
        # written slices w614-w616: tools retired, "they" after a colon, one thing not required after a semicolon, rooms
        # named
        "Requirements\n\n- R\n\nThe legacy TensorFlow 1 models written by a previous supplier were retired in 2024.\n",
        "Requirements\n\n- R\n\nOur Data Platform team owns ingestion. We also retired Tableau last year, so don't worry about it.\n",
        "Requirements\n\n- R\n\nYou'll work alongside our data science team: they run the A/B tests and own the metrics.\n",
        "Requirements\n\n- R\n- Pulling reports from the WMS and working in Excel; SQL is not required\n",
        "Requirements\n\n- R\n- Keep our meeting rooms (Bayes, Lovelace and Jupyter) booked, stocked and working\n",
    ],
)
def test_retired_tools_and_named_rooms_ask_for_nothing(text: str) -> None:
    assert set(Analyzer().read_job(text=text).skills) == {"r_language"}


@pytest.mark.parametrize(
    ("text", "skill", "shown"),
    [
        # written slices w609-w613, read after their first run: a model wrapped in a service, a paper for a committee, a
        # corpus profiled; not a model wrapped in a package
        ("Experience\nCapstone: a FastAPI service wrapping a scikit-learn model that predicts loan default.", "model_serving", True),
        ("Experience\nWrite the quarterly paper for the Counter-Fraud Committee: detection rates and savings.", "communication", True),
        ("Experience\nProfiled the corpus by domain, language and quality band to set the mixture weights.", "data_exploration", True),
        ("Experience\nWrapped the churn model in a Python package for the analysts.", "model_serving", False),
    ],
)
def test_models_wrapped_papers_written_and_corpora_profiled(text: str, skill: str, shown: bool) -> None:
    assert (skill in found(text)) is shown


@pytest.mark.parametrize(
    ("text", "skill"),
    [
        # written slices w617-w621: a method looked at and the old way kept, a quoted name said what it is in the app, a
        # long "shadowed" clause, never done by it, field agents, a wish in a skills list, a team's tool, a decoder's beam,
        # a garden's tableau
        ("Experience\nWe looked at Thompson sampling for the onboarding carousel but kept plain fixed splits.", "multi_armed_bandits"),
        ("Experience\nRan A/B tests on matches. ‘Spark’ in our app is the super-like button.", "distributed_computing"),
        ("Experience\nShadowed the data engineers while they migrated the Airflow jobs to Kubernetes.", "kubernetes"),
        ("Experience\nOffers were never allocated by bandits here; the reward for each offer is fixed.", "multi_armed_bandits"),
        ("Experience\nThe prompt-tuned bot also helps our M-Pesa agents and field agents answer questions.", "ai_agents"),
        ("Skills\nShip: FastAPI, Docker, GCP (Cloud Run), Git | Next on my list: Kubernetes", "kubernetes"),
        ("Experience\nTake the engagement data that our HR Analytics team builds in Power BI and turn it into plans.", "dashboards"),
        ("Experience\nWrote the CUDA kernels for beam-search pruning of low-probability hypotheses.", "statistics"),
        ("Experience\nKept the soil data for each bed; grasses chosen to build a shifting planting tableau through the year.", "tableau"),
    ],
)
def test_methods_kept_off_and_names_in_the_app_are_not_shown(text: str, skill: str) -> None:
    assert skill not in found(text)


@pytest.mark.parametrize(
    "text",
    [
        # written slices w622-w624: partners doing it, deployed somewhere by a team, agreements with providers named in an
        # aside, training on how others work
        "Requirements\n\n- R\n\nOur research partners do the pretraining and the distillation of their smaller models.\n",
        "Requirements\n\n- R\n\nModels are deployed into the Control Room systems by our Digital Engineering team.\n",
        "Requirements\n\n- R\n- Negotiate agreements with cloud providers (AWS, Google Cloud, Microsoft Azure)\n",
        "Requirements\n\n- R\n\nYou'll get structured training on how ML teams build, deploy and monitor models.\n",
    ],
)
def test_partners_providers_and_training_on_how_ask_for_nothing(text: str) -> None:
    assert set(Analyzer().read_job(text=text).skills) == {"r_language"}


@pytest.mark.parametrize(
    "text",
    [
        # written slices w617-w620, read after their first run: risk models by their family or what they rank, severity GLMs
        "Experience\nBuilt gradient-boosted risk models that rank GST refund claims for audit.",
        "Experience\nOwn the frequency and severity GLMs (Poisson and gamma, log link) behind the auto rate plan.",
    ],
)
def test_risk_models_that_rank_and_severity_glms_predict(text: str) -> None:
    assert "predictive_modeling" in found(text)


@pytest.mark.parametrize(
    ("text", "skill"),
    [
        # written slices w625-w629: A/B tested by a squad, a sponsor's design, data handed over for their trial, one tool
        # picked over another, a team named after the skill picking up, a mascot, "not built by us", a team's workbooks, an
        # engine's dashboard, a model their data scientist wrote
        ("Experience\nCheckout pages are A/B tested by the Growth squad; we only check new variants for fraud holes.", "ab_testing"),
        (
            "Experience\nFor one sponsor's Bayesian dose-escalation design, the sponsor's own statisticians ran the model.",
            "bayesian_methods",
        ),
        ("Experience\nSupplied bed-occupancy data to the university trials unit for their Bayesian adaptive trial.", "bayesian_methods"),
        ("Experience\nDeployed to Cloud Run on GCP; picked Cloud Run over a GKE cluster to keep ops light.", "kubernetes"),
        ("Experience\nModel registry with lineage; the serving team picks up promoted model versions from there.", "model_serving"),
        ("Experience\nStarted the reading club; its mascot is Python, a two-metre knitted carpet python.", "python"),
        ("Experience\nFraud scoring (the fraud team's XGBoost models) is read by Lindi, not built by us.", "predictive_modeling"),
        ("Experience\nThe brand dashboards live in the BI team's Tableau workbooks.", "dashboards"),
        ("Experience\nKept the bridge engine dashboard and alarm logs; reported faults to the chief engineer.", "dashboards"),
        (
            "Experience\nShipped the fraud model (a logistic regression their data scientist wrote) as a Java scorer.",
            "statistical_modeling",
        ),
    ],
)
def test_others_designs_tools_passed_over_and_mascots_are_not_shown(text: str, skill: str) -> None:
    assert skill not in found(text)


@pytest.mark.parametrize(
    "text",
    [
        # written slices w630-w632: licences listed after "including", a team that provisions, BI folks who have it covered,
        # an analyst who maintains it, models built and trained by a team
        "Requirements\n\n- R\n- Manage software licences and seats, including GitHub Enterprise, Docker Business and Tableau\n",
        "Requirements\n\n- R\n\nThe ML Infrastructure team provisions and operates the GPU clusters.\n",
        "Requirements\n\n- R\n\nThis is not a dashboard job. Our BI folks have Looker and the weekly reports covered.\n",
        "Requirements\n\n- R\n\nRegistration numbers live in Cvent and a Looker dashboard that our operations analyst maintains.\n",
        "Requirements\n\n- R\n\nOur ranking models are built and trained by the ML Platform team.\n",
    ],
)
def test_licences_teams_and_colleagues_who_have_it_covered_ask_for_nothing(text: str) -> None:
    assert set(Analyzer().read_job(text=text).skills) == {"r_language"}


def test_a_teammate_described_after_his_name_is_no_tool() -> None:
    # (written slice w635: "Stan, our sprinter, still refuses to wear a heart-rate strap" beside a rider's power model)
    text = "Experience\nBuilt power-duration models for each rider. Stan, our sprinter, still refuses to wear a heart-rate strap."
    assert "bayesian_methods" not in found(text)


@pytest.mark.parametrize(
    "text",
    [
        # written slices w638-w640: "They" opening a sentence of another team's work, a recruiter's sourcing, bills of
        # vendors named before them, a national statistics office
        "Requirements\n\n- R\n\nOur MLOps team owns deployment. They containerise models and run them on our Kubernetes platform.\n",
        "Requirements\n\n- R\n- Source and close senior ML talent yourself: people who know CUDA, distributed training and Kubernetes\n",
        "Requirements\n\n- R\n- Reconcile our monthly AWS, Snowflake and software subscription bills against purchase orders\n",
        "Requirements\n\n- R\n- Prepare GST/HST returns and complete the Statistics Canada surveys we receive\n",
    ],
)
def test_their_sentences_sourcing_bills_and_agencies_ask_for_nothing(text: str) -> None:
    assert set(Analyzer().read_job(text=text).skills) == {"r_language"}


@pytest.mark.parametrize(
    ("text", "skill"),
    [
        # written slices w633-w637: a department's past deed, a thing in the product said to be a team's
        ("Experience\nMarketing ran the A/B test of the new retention offer; I built the churn dashboard.", "ab_testing"),
        ("Experience\nThe credit-scoring models in the product are the risk analytics team's; I only wire the API.", "predictive_modeling"),
    ],
)
def test_a_departments_past_deed_and_a_teams_thing_in_the_product_are_not_shown(text: str, skill: str) -> None:
    assert skill not in found(text)


@pytest.mark.parametrize(
    ("text", "skill"),
    [
        # written slices w641-w645: a test not run live, a layer removed, exports replaced, a cluster nobody asked for,
        # a team's tests "while they ran" them, machine learning ruled out, a department's migration, models trained
        # by teams named in a few words
        ("Experience\nStrategies are back-tested on hold-out vintages; we do not run live A/B tests on credit decisions.", "ab_testing"),
        ("Experience\nLangChain for retrieval chains only; we removed its agent layer after it made latency unpredictable.", "ai_agents"),
        (
            "Experience\nWrote the weekly KPI review for category managers; replaced the static Tableau exports an agency used to send.",
            "tableau",
        ),
        ("Experience\nWe train on CPU nodes; the models are small enough that nobody has asked for a GPU cluster.", "gpu_infrastructure"),
        ("Experience\nWorked beside the analytics team while they ran the A/B tests on the new routing rules.", "ab_testing"),
        ("Experience\nDeliberately no machine learning: councillors asked for models they can read in a brief.", "machine_learning"),
        ("Experience\nData engineering migrated the warehouse onto Spark in 2021; I moved our R jobs onto it.", "distributed_computing"),
        ("Experience\nThe models are trained by the computational chemistry and imaging teams (PyTorch, scikit-learn).", "pytorch"),
    ],
)
def test_things_taken_out_asked_for_by_nobody_or_done_by_others_are_not_shown(text: str, skill: str) -> None:
    assert skill not in found(text)


@pytest.mark.parametrize(
    ("text", "skill"),
    [
        # written slices w641-w645: a firm named like a tool, a lens, a leather, a chemistry lab's distillation, a
        # herd code, figures of a body by its initials or of landings, a forecast checked, two phrases joined by "and the"
        ("Experience\nDeckhand\nDocker Wharf & Marine Services Ltd., Lunenburg, NS\n2015 - 2018", "docker"),
        ("Experience\nShot every wedding on a Keras 50mm f/1.2 (manual focus) for portraits.", "tensorflow"),
        ("Experience\nSell Python-leather camera straps and lens cases at fairs.", "python"),
        (
            "Experience\nPlan the practicals: titrations, chromatography and fractional distillation of crude oil for students.",
            "distillation",
        ),
        ("Experience\nRun the milking program for 64 cows; DHIA herd code R 35-0412 on every test.", "r_language"),
        ("Experience\nRead the monthly DHIA statistics sheets (somatic cell count, butterfat) with the owner.", "statistics"),
        ("Experience\nFile landing slips and monthly landing statistics with DFO and the buyer.", "statistics"),
        ("Experience\nCheck the marine forecast and Environment Canada wave models before every trip.", "predictive_modeling"),
        ("Experience\nExposed translation as a FastAPI REST service that the CAT tool and the client portal call.", "ai_agents"),
    ],
)
def test_firms_lenses_labs_codes_and_forecasts_read_are_not_skills(text: str, skill: str) -> None:
    assert skill not in found(text)


@pytest.mark.parametrize(
    ("text", "skill"),
    [
        # written slices w602-w633: data explored, packs and reports for a chief officer, commissioners or deans, talks
        # hosted, corpora cleaned
        ("Experience\nExplored three years of bureau and transaction data to derive new characteristics.", "data_exploration"),
        ("Experience\nProduced the monthly arrears reporting pack for the Chief Risk Officer.", "communication"),
        ("Experience\nMonthly performance packs on waiting-time standards for CCG commissioners.", "communication"),
        ("Experience\nWrote the annual retention report and its recommendations for the deans.", "communication"),
        ("Experience\nHost monthly tasting talks for private clients and companies.", "communication"),
        ("Experience\nCleaned 200M-segment parallel corpora for training.", "data_exploration"),
    ],
)
def test_data_explored_and_packs_for_chief_officers_are_shown(text: str, skill: str) -> None:
    assert skill in found(text)


def test_explored_questions_and_reporting_lines_show_nothing() -> None:
    assert "data_exploration" not in found("Experience\nExplored open-ended questions with data from the lab.")
    assert "communication" not in found("Experience\nReported to the Chief Data Officer.")


@pytest.mark.parametrize(
    "text",
    [
        # written slices w646-w648: talk titles in quotes, someone else's question, customers passed to a partner,
        # agreements by their subject, a perk budget, videos pruned from an index, modular containers
        "Requirements\n\n- R\n- When someone asks why their KV cache runs out of memory, route it to the right engineer.\n",
        "Requirements\n\n- R\n- Customers who need predictive models or bespoke data pipelines are introduced to our partner.\n",
        "Requirements\n\n- R\n- Support commercial counsel on enterprise MSAs, DPAs and cloud compute agreements.\n",
        "Requirements\n\n- R\n- Keep the candidate index of the ranking models fresh and prune removed or age-restricted videos from it.\n",
        "Requirements\n\n- R\n- Track new data halls and modular containers as they are commissioned\n- Plan hot-aisle containment pods\n",
    ],
)
def test_titles_questions_referrals_agreements_and_perks_ask_for_nothing(text: str) -> None:
    assert set(Analyzer().read_job(text=text).skills) == {"r_language"}


@pytest.mark.parametrize(
    ("text", "skill"),
    [
        # written slices w649-w653: a team named by its field that did the work, a team's model put behind a service,
        # clients' own teams, a report prepared by a colleague, a tool owned by that team, a step budget, a podcast,
        # a symphony, a callsign, marketing propensity scores
        ("Experience\nNot mine, but close: the biostatistics group ran the reader-study statistics.", "statistics"),
        ("Experience\nPut the routing team's delivery-time prediction model behind one of them for the driver app.", "predictive_modeling"),
        ("Experience\nClients’ own data-science teams fine-tune models; our engagements stay on hosted GPT models.", "llm_fine_tuning"),
        ("Experience\nSign off the weekly pick-up report prepared by our revenue manager.", "dashboards"),
        ("Experience\nProvider-relations reporting runs in Tableau, owned by that team; I send them extracts.", "tableau"),
        ("Experience\nThe agent calls our tools through function calling and stops when a step budget runs out.", "business_acumen"),
        ("Experience\nAlso measured the science podcast Spark Notes with audience data for its annual review.", "distributed_computing"),
        ("Interests\nMozart's Jupiter Symphony in every edition I can find; Python scripts for my catalogue.", "jupyter"),
        ("Experience\nFlew under the callsign “Python 2” in the squadron’s display pair.", "python"),
        ("Experience\nTransaction variables feed both the segmentation and the propensity scores for campaigns.", "causal_inference"),
    ],
)
def test_teams_by_their_field_colleagues_reports_and_named_shows_are_not_shown(text: str, skill: str) -> None:
    assert skill not in found(text)


def test_people_walked_through_results_on_a_wrapped_line_are_told_a_story() -> None:
    # (written slice w651: "and walk them" / "through experiment results at sprint reviews")
    text = (
        "Experience\nBuilt the dashboards producers check before each patch, and walk them\nthrough experiment results at sprint reviews."
    )
    assert "data_storytelling" in found(text)


@pytest.mark.parametrize(
    "text",
    [
        # written slices w654-w656: an employer named with its legal form, deliveries received, a dashboard Finance keeps,
        # one "our data team built", people told apart, curiosity, no such work in the job, a vendor's classifier, someone
        # who never took a class, an employee perk, product features wrapped onto a second line
        "Job ID: 2817734 | Nimbus Cloud Services, Inc. | Seattle, WA\n\nRequirements\n\n- R\n",
        "Requirements\n\n- R\n- Receive deliveries of robot parts and GPU servers (our Lambda workstations and new racks)\n",
        "Requirements\n\n- R\n- Code every purchase so it shows up on the spend dashboard that Finance maintains\n",
        "Requirements\n\n- R\n- Keep records tidy so that the hiring dashboard our data team built stays accurate\n",
        "Requirements\n\n- R\n- Read a resume and tell a PyTorch person from a TensorFlow person\n",
        "Requirements\n\n- R\n- Genuine curiosity about how large language models are built, trained and deployed\n",
        "Requirements\n\n- R\n\nThere is no software development or machine-learning work in it.\n",
        "Requirements\n\n- R\n- Our platform uses technology-assisted review (a machine learning classifier run by the vendor)\n",
    ],
)
def test_legal_names_deliveries_others_dashboards_and_curiosity_ask_for_nothing(text: str) -> None:
    assert set(Analyzer().read_job(text=text).skills) == {"r_language"}


def test_talk_titles_in_quotes_ask_for_nothing() -> None:
    # (written slice w647: a community manager's meetup sessions asked for fine-tuning, serving, Python and PyTorch)
    text = (
        "Community Manager\n\nWhat you'll do\n\n- Organize our meetup series in Berlin, London, Paris and online. Recent "
        'sessions included "Multi-GPU training\n  without tears," "Serving fine-tuned LLMs with vLLM" and "What\'s new in '
        "PyTorch 2.6.\" You'll find speakers, handle\n  venues and run the evening; the engineers give the talks.\n\n"
        "Requirements\n\n- R\n"
    )
    assert set(Analyzer().read_job(text=text).skills) <= {"communication", "r_language"}


def test_a_perk_budget_for_the_home_is_no_business_acumen() -> None:
    # (written slice w646)
    text = (
        "ML Engineer\n\nRequirements\n\n- R\n\nWhat we offer\n\n- €80,000–€105,000 plus stock options\n"
        "- 30 vacation days and a yearly €1,500 budget to furnish your home (from Tradewind sellers, of course)\n"
        "- A yearly learning budget and two conference trips\n"
    )
    assert "business_acumen" not in Analyzer().read_job(text=text).skills


@pytest.mark.parametrize(
    ("text", "skill"),
    [
        # written slices w649-w653: a split said by its traffic or its groups, graph features, reviews presented to leads,
        # findings taken to people, people walked through a migration, a Lithuanian job's dates
        ("Experience\nNew models go live as champion/challenger on 10% of traffic.", "ab_testing"),
        ("Experience\nRan controlled rollouts of two answer styles (half of the learners each) and compared completion.", "ab_testing"),
        ("Experience\nBuilt graph features over the merchant–card–device network.", "feature_engineering"),
        ("Experience\nPresented monthly model-health reviews to the SOC leads.", "communication"),
        ("Experience\nTake the findings to product managers and the hotel content team every sprint.", "data_storytelling"),
        ("Experience\nWrote the design doc and walked 40 data scientists through the migration.", "communication"),
    ],
)
def test_splits_graph_features_and_findings_taken_to_people_are_shown(text: str, skill: str) -> None:
    assert skill in found(text)


@pytest.mark.parametrize(
    ("text", "skill"),
    [
        # written slices w657-w661: a tool not allowed, a team's job with the tool in an aside, a firm's customers doing
        # it, speech encoders fine-tuned, spectrum licences, a mail app, a crane
        ("Experience\nForecast weekly demand with ARIMA models (R was not allowed on our machines, so this lived in Excel).", "r_language"),
        ("Experience\nDashboards are the BI team's job (Power BI); we hand them curated tables, not reports.", "dashboards"),
        ("Experience\n- Copperwire's customers A/B test the generated subject lines in their own email tools.", "ab_testing"),
        ("Experience\nPre-trained wav2vec-style encoders on Gaelic broadcast audio and fine-tuned them with CTC.", "llm_fine_tuning"),
        ("Experience\nProvided the price data behind the AWS-3 and 3800 MHz spectrum licence decisions.", "cloud"),
        ("Experience\nAdded the Spark Mail and Front inbox integrations; tuned slow PostgreSQL queries.", "distributed_computing"),
        ("Experience\nPlan crane splits, including our oldest STS crane, “Docker 3”, and build the berth plan.", "docker"),
    ],
)
def test_tools_not_allowed_teams_jobs_and_names_of_things_are_not_shown(text: str, skill: str) -> None:
    assert skill not in found(text)


def test_a_selected_projects_list_under_each_job_belongs_to_that_job() -> None:
    # (written slice w658: "Selected projects" under each job of "Work Experience" made a projects section of no dates)
    text = (
        "Ananya Rao\nananya@example.com\n\nWork Experience\n\nSenior Data Scientist, Shikshaloop, Bengaluru\n"
        "Jan 2022 – Present\nBuilt learner-engagement models with XGBoost.\nSelected projects\n"
        "› AI Tutor read-out: I designed its A/B test and presented the results to the CPO.\n"
        "Data Analyst, QuickBasket, Bengaluru\nJul 2018 – Dec 2021\nForecast daily demand with Prophet.\n"
        "Selected projects\n› Delivery-fee test: split test of three fee slabs; chi-square tests on conversion.\n"
    )
    report = analyze_text(text, as_of="2026-12")
    depth = report.found_skills
    assert depth["data_storytelling"].months == 60
    assert depth["hypothesis_testing"].last_used == "2021-12"


def test_a_masters_research_paper_makes_the_degree_a_position() -> None:
    # (written slice w658: "Research paper: price elasticity ..." under an M.A. with its dates in a left column)
    text = (
        "Jane Doe\njane@example.com\n\nEXPERIENCE\n\nAnalyst, Acme\n2015 – 2019\n- Built R models\n\nEDUCATION\n\n"
        "2012 – 2014\nM.A. Economics, Carleton University, Ottawa\n"
        "Research paper: price elasticity of mobile data demand in Canada, estimated with panel data.\n"
    )
    report = analyze_text(text, as_of="2026-12")
    assert report.experience_months == 96


@pytest.mark.parametrize(
    "text",
    [
        # written slices w662-w664: licences listed after a dash, tenders for servers, a poster session's topics, a
        # dashboard set up by IT, a research team that fine-tunes, products documented, guides' titles in quotes
        "Requirements\n\n- R\n- Renew enterprise software agreements – GitHub Enterprise, Docker Business, Tableau Creator\n",
        "Requirements\n\n- R\n- Run RFQs and tenders for GPU servers (NVIDIA H100 and H200 nodes) and spare parts\n",
        "Requirements\n\n- R\n- Plan the workshop track and a poster session on quantization and distillation\n",
        "Requirements\n\n- R\n- Keep an eye on the meeting-room dashboard (set up and maintained by our IT team)\n",
        "Requirements\n\n- R\n\nOur research team fine-tunes large language models on a GPU cluster in the basement.\n",
        "Requirements\n\n- R\n- Experience documenting cloud or ML infrastructure products\n",
        'Requirements\n\n- R\n- Write guides such as "Deploy a Llama model with vLLM on Kubernetes"\n',
    ],
)
def test_licences_tenders_posters_and_documented_products_ask_for_nothing(text: str) -> None:
    assert set(Analyzer().read_job(text=text).skills) == {"r_language"}


def test_documenting_models_still_asks_for_them() -> None:
    assert "statistical_modeling" in Analyzer().read_job(text="Requirements\n\n- Documenting statistical models for the regulator\n").skills


@pytest.mark.parametrize(
    ("text", "skill"),
    [
        # written slices w657-w661: inputs engineered, office hours run, briefings for a commissioner, a champion-challenger
        # on a random share, delinquency dug into, a monolith split, weights by their bit width
        ("Experience\nOnboarded the pricing actuaries to the platform and run fortnightly office hours for them.", "communication"),
        ("Experience\nWrite model cards and briefings for the Information Commissioner.", "communication"),
        ("Experience\nChampion–challenger of two cut-off strategies on a random 10% of applicants.", "ab_testing"),
        ("Experience\nDug into 30+ delinquency by vintage and region to explain the 2018 jump.", "data_exploration"),
        ("Experience\nSplit the monolith into five services talking over gRPC with a shared event bus.", "system_design"),
        ("Experience\n8-bit integer weights and activations (post-training, per-channel calibration).", "quantization"),
        ("Experience\nPresent quarterly readouts to the CHRO and HR business partners: what changed and why.", "data_storytelling"),
    ],
)
def test_inputs_office_hours_monoliths_and_bit_widths_are_shown(text: str, skill: str) -> None:
    assert skill in found(text)


def test_an_eight_bit_microcontroller_is_no_quantization() -> None:
    assert "quantization" not in found("Experience\nBuilt an 8-bit microcontroller audio synth with a 4-bit DAC.")


def test_a_degree_over_its_schools_line_under_no_heading_is_no_job() -> None:
    # (written slice w659: "2010 – 2013" / "BSc Mathematics" / "Uppsala University" after the jobs, with no Education
    # heading, was a job of four years)
    text = (
        "Lena Berg\nlena@example.com\n\nEXPERIENCE\n\nMar 2016 – Jun 2020 Data Scientist\nKiezkauf GmbH, Berlin\n"
        "Churn model for the subscription box in Python.\n2010 – 2013\nBSc Mathematics\nUppsala University\n"
        "Exchange term at TU Wien.\n"
    )
    assert analyze_text(text, as_of="2026-12").experience_months == 52


@pytest.mark.parametrize(
    ("text", "skill", "shown"),
    [
        # written slices w665-w667: a dashboard looked at that a unit maintains, an experiment's split said by its share,
        # propensity scores matched for a study (not a marketing model)
        (
            "Experience\n- Stock-outs show on the pharmacy dashboard that the hospital’s Business Intelligence unit maintains.",
            "dashboards",
            False,
        ),
        ("Experience\nChecked whether tariff factors earned their place with likelihood-ratio tests.", "hypothesis_testing", True),
        ("Experience\nBuilt the Python services that IT operates.", "python", True),
        (
            "Experience\nDesigned and read out the experiments for the size-advice widget (randomised 50/50 split, "
            "two-proportion z-tests).",
            "ab_testing",
            True,
        ),
        (
            "Experience\nMatched treated and untreated registry patients on propensity scores for a post-marketing study.",
            "causal_inference",
            True,
        ),
    ],
)
def test_dashboards_looked_at_experiments_by_their_split_and_matched_studies(text: str, skill: str, shown: bool) -> None:
    assert (skill in found(text)) is shown


@pytest.mark.parametrize(
    "text",
    [
        # tests/real postings: new techniques or technologies explored, the company's forecasts
        "Requirements\n\n- R\n- Explore novel synthetic data generation techniques with the research team\n",
        "Requirements\n\n- R\n- Explore and embed emerging Marketing Technology, Data & Analytics capabilities\n",
    ],
)
def test_new_techniques_explored_ask_for_nothing(text: str) -> None:
    assert set(Analyzer().read_job(text=text).skills) <= {"r_language", "communication"}


@pytest.mark.parametrize(
    ("text", "skill"),
    [
        # written slices w668-w669: work on something "not on" a skill, a group named by its method "who ran" it, a
        # client team's dashboards, an app's dashboard built in a web framework, rules pruned, a lighting console
        ("Summary\nI work on search, not on chatbots or LLM agents.\n\nExperience\nBuilt query rewriting.", "ai_agents"),
        ("Experience\nWorked alongside the CRO's Bayesian adaptive-design group, who ran the interim looks.", "bayesian_methods"),
        ("Experience\nBuilt REST APIs that fed client-facing dashboards (the dashboards were the client's BI team's).", "dashboards"),
        ("Experience\nPruned dead rewrite rules with a BM25 pass, so the neural rewriter sees fewer queries.", "pruning"),
        ("Skills\nConsoles: ETC Eos family, Spark 4D, grandMA3 | Data: DMX, sACN, Art-Net", "distributed_computing"),
    ],
)
def test_work_not_on_a_skill_groups_by_their_method_and_app_screens_are_not_shown(text: str, skill: str) -> None:
    assert skill not in found(text)


@pytest.mark.parametrize(
    "text",
    [
        # written slices w670-w672: licences listed after "current:", access handled for others, a platform run by a
        # directorate, tools sold before, prospects' teams, engineers who will teach, a dashboard IT set up, servers IT
        # racks, a sales pipeline forecast
        "Requirements\n\n- R\n- Keep software licences current: Docker Desktop, JetBrains, Zoom and Tableau Creator seats\n",
        "Requirements\n\n- R\n- Handle access requests for the internal Kubernetes cluster. Platform Engineering runs it.\n",
        "Requirements\n\n- R\n\nThe Trust's data platform is hosted on Microsoft Azure and is run by the Digital Services directorate.\n",
        "Requirements\n\n- R\n- You've sold developer tools, databases or cloud infrastructure before\n",
        "Requirements\n\n- R\n- Reach out to leaders whose teams are already running RAG or semantic search in production\n",
        "Requirements\n\n- R\n\nEngineers will teach you enough about embeddings, vector indexes and latency benchmarks.\n",
        "Requirements\n\n- R\n- Follow up requests in the ticketing dashboard that IT set up and maintains\n",
        "Requirements\n\n- R\n- Receive pallets of GPU servers our IT team racks and installs\n",
        "Requirements\n\n- R\n- Comfort working to a monthly quota and forecasting your own pipeline accurately\n",
    ],
)
def test_access_sales_and_things_it_keeps_ask_for_nothing(text: str) -> None:
    assert set(Analyzer().read_job(text=text).skills) == {"r_language"}


def test_walking_people_through_how_a_model_behaves_is_communication_not_a_story() -> None:
    # (written slices w662, w671: labellers read it as communication, not findings told)
    skills = set(
        Analyzer().read_job(text="Requirements\n\n- Walk validators and Operations leaders through how each model behaves\n").skills
    )
    assert "communication" in skills and "data_storytelling" not in skills


@pytest.mark.parametrize(
    ("text", "skill"),
    [
        # written slices w673-w680: people named agents, a word in quotes as a name, a budget a producer set, a unit's code,
        # an interview tool, a python in a shed, a vision encoder fine-tuned, tools "not my area (yet)"
        ("Experience\nBuilt the generator: estate agents upload photos in the Agent Portal and an LLM drafts the ad.", "ai_agents"),
        ("Experience\nOur freelance linguists are called “agents” in the vendor portal; the LLM checks their work.", "ai_agents"),
        ("Experience\nDelivered all three projects on schedule and within the post budget the line producer set.", "business_acumen"),
        ("Experience\n› The nightly load into the warehouse is Research IT's Python code; I only query it.", "python"),
        ("Experience\nWrote the connectors for Greenhouse, Lever and Spark Hire video interviews in SQL.", "distributed_computing"),
        ("Experience\nThe resident Python (a carpet python about two metres long) lives in the shed and keeps the mice down.", "python"),
        ("Experience\nImage encoder fine-tuned from a CLIP ViT-B/16 in PyTorch on 12M seller photos.", "llm_fine_tuning"),
        (
            "Skills\nCloud & tools: AWS, Docker, Git\nNot my area (yet): quantization, Kubernetes – our platform team runs the clusters",
            "kubernetes",
        ),
    ],
)
def test_people_called_agents_budgets_set_by_others_and_areas_not_mine_are_not_shown(text: str, skill: str) -> None:
    assert skill not in found(text)


@pytest.mark.parametrize(
    ("text", "skill"),
    [
        # written slice w666: readouts for the heads of a function, a pack for the distribution heads
        (
            "Experience\nWrite the campaign readouts for the heads of Cards and Wealth marketing: what worked, what to change.",
            "data_storytelling",
        ),
        ("Experience\nMonthly agency performance pack in SAS and Excel for the distribution heads.", "communication"),
    ],
)
def test_readouts_and_packs_for_heads_and_customer_attributes_are_shown(text: str, skill: str) -> None:
    assert skill in found(text)


@pytest.mark.parametrize(
    "text",
    [
        # written slices w677-w679: a car called Spark, tenants' workloads, analysts who build dashboards, reviews sat in
        # on, topics written about, vendor-led courses
        "Requirements\n\n- R\n- Use booking data to decide what a Chevrolet Spark at Denver airport should cost on a Friday\n",
        "Requirements\n\n- R\n- Patrol a colocation site whose tenants run cloud platforms and machine learning workloads\n",
        "Requirements\n\n- R\n\nOur Trust & Safety analysts build Looker dashboards on the fraud metrics we produce.\n",
        "Requirements\n\n- R\n- Sit in on architecture and design reviews, log the decisions and their owners\n",
        "Requirements\n\n- R\n- Write explainers and how-tos on topics like RAG, AI agents, evaluation and what goes wrong\n",
    ],
)
def test_cars_tenants_analysts_reviews_and_topics_ask_for_nothing(text: str) -> None:
    assert set(Analyzer().read_job(text=text).skills) == {"r_language"}


@pytest.mark.parametrize(
    ("text", "skill"),
    [
        # written slices w681-w685 (first runs 1385-1389): a team that moved the backend while one watched, a team named by
        # the skill deploying, a supplier that runs a dashboard, a RAG colour flag, pythons surveyed, another team's
        # A/B tests read from one's tables, dashboards that read from one's marts, light that tells a story, drift lines
        # deployed from another body's models, a group's propensity-score work in an aside, a trial's sample sizes
        ("Experience\nSat with the server team while they moved the game backend to Kubernetes; the migration was theirs.", "kubernetes"),
        ("Experience\nThe serving team deploys the models behind Triton; I own the training side.", "model_serving"),
        ("Experience\nThe POS dashboard is run by our supplier (Lightspeed); I only read the daily numbers.", "dashboards"),
        ("Experience\nOps sees each file's status as a RAG (red / amber / green) flag.", "rag"),
        ("Experience\nRadio-tracked scrub pythons and spotted pythons for a pre-clearing Python survey along the road.", "python"),
        ("Experience\nBuilt the event tables the product analytics team used to read their A/B tests.", "ab_testing"),
        ("Experience\nThe BI team's Looker dashboards read from the marts I build.", "dashboards"),
        ("Summary\nI like light that tells the story quietly: a final tableau that lands, a cue nobody notices.", "data_storytelling"),
        ("Experience\nPlanned drift-line deployments from the Bureau of Meteorology's ocean current models.", "model_serving"),
        (
            "Experience\nHand over to the real-world-evidence group, which runs the external-control (propensity-score) "
            "comparisons on registry data.",
            "causal_inference",
        ),
        ("Experience\nSample-size calculations and statistical analysis plans for phase II studies in dermatology.", "ab_testing"),
    ],
)
def test_others_deeds_status_flags_snakes_stages_and_trials_are_not_shown(text: str, skill: str) -> None:
    assert skill not in found(text)


@pytest.mark.parametrize(
    ("text", "skill"),
    [
        # written slices w681-w685: a model put behind a cloud's endpoint, people walked through error analysis, people sat
        # with to decide, telemetry dug through, trips
        # explored, booking pace analysed, a next-day quantity predicted
        ("Experience\nDistilled the classifier into a student model and put it behind a SageMaker endpoint.", "model_serving"),
        ("Experience\nWalk the legal knowledge team through error analysis each release.", "data_storytelling"),
        ("Experience\nSit with support operations and product every sprint to choose which intents the bot takes on.", "communication"),
        ("Experience\nDug through player telemetry to find where new players dropped out.", "data_exploration"),
        ("Experience\nCapstone: explored two years of bike-share trips in pandas and Jupyter.", "data_exploration"),
        ("Experience\nAnalyse booking pace, pickup and channel mix by segment.", "data_exploration"),
        ("Experience\nPredicted next-day rainfall for a Kaggle playground competition.", "predictive_modeling"),
    ],
)
def test_endpoints_nodes_walkthroughs_and_data_gone_through_are_shown(text: str, skill: str) -> None:
    assert skill in found(text)


@pytest.mark.parametrize(
    ("text", "skills"),
    [
        # written slices w686-w688 (first runs 1382-1384): the roles a recruiter fills, technical buyers by their trade,
        # what a team named before owns, sites that serve families, code profiled
        (
            "Requirements\n\n- R\n\nYou will fill roles such as:\n\n"
            "- ML Engineers who build forecasting models in PyTorch and deploy them to production\n"
            "- Platform Engineers who run our Kubernetes clusters and Docker build pipelines on AWS\n\n"
            "## What you'll do\n\n- Run the full cycle\n",
            {"r_language"},
        ),
        ("Requirements\n\n- R\n- Comfort with technical buyers: developers, ML engineers, platform teams\n", {"r_language"}),
        (
            "Requirements\n\n- R\n- When you need data, raise a request with the Data & Analytics team. They own the Snowflake "
            "warehouse, the Python delay-prediction model and the Tableau server.\n",
            {"r_language"},
        ),
        ("Requirements\n\n- R\n- Build hierarchical models to pool evidence across sites that each serve a few hundred families\n", None),
        ("Requirements\n\n- R\n- You have the profiling numbers to show what you changed for real users\n", {"r_language"}),
    ],
)
def test_recruiters_roles_buyers_teams_owned_things_and_profiled_code_ask_for_nothing(text: str, skills: set[str] | None) -> None:
    asked = set(Analyzer().read_job(text=text).skills)
    if skills is None:
        assert "model_serving" not in asked
    else:
        assert asked == skills


def test_a_plus_if_and_key_accountabilities_headings() -> None:
    """Written slice w688: "It's a plus if" lists optional skills, and duties under "Key accountabilities" after a "What
    this role is not" paragraph are asked (they were read as ruled out)."""
    job = Analyzer().read_job(
        text="ML Ops Engineer\n\nWhat this role is not\n\nThis is not a modelling role.\n\nKey accountabilities\n\n"
        "- Running our model registry and experiment tracking on MLflow\n\nIt's a plus if\n\n- You've used Docker\n"
    )
    assert "model_registry" in job.required and "docker" in job.optional


@pytest.mark.parametrize(
    ("text", "skill"),
    [
        # written slices w689-w693 (first runs 1393-1397): a cloud said not to be ours, an AWS prize, features watched for
        # drift, predictions logged, an idea that stayed on paper, a review sat on, a dashboard a client's PMO builds, a
        # co-op's dashboard checked, a distributor's forecast, a poster's title after its authors and year
        ("Experience\nServed with TF Serving on Google Cloud (GKE was not ours; the service ran on Cloud Run).", "kubernetes"),
        ("Awards\nHackathon 2019, first place — prize of USD 5,000 in AWS credits for every team member.", "cloud"),
        ("Experience\nWatch for drift with Kolmogorov–Smirnov tests on input features; built the alerts.", "feature_engineering"),
        ("Experience\nHIPAA audits: PHI never leaves the VPC, every prediction is logged with its model version.", "predictive_modeling"),
        (
            "Experience\nUplift models decide who gets a call. We looked at a multi-armed bandit for channel allocation; "
            "Compliance asked for fixed holdouts, so it stayed on paper.",
            "multi_armed_bandits",
        ),
        ("Experience\nSat on the IT team’s BI vendor review (Tableau vs. Power BI) as the analytics user.", "tableau"),
        ("Experience\nUpdate data for the client’s project dashboard, which the client’s PMO owns and builds in Power BI.", "dashboards"),
        ("Experience\nChecked the co-op’s dashboard every morning for butterfat, protein and somatic cell count.", "dashboards"),
        ("Experience\nTime allocations and cellar buys against our distributor’s quarterly sales forecast.", "predictive_modeling"),
        ("Education\nByrne, A., Kowalczyk, P. & Reid, S. (2025). A Bayesian observer model of confidence. Poster", "bayesian_methods"),
    ],
)
def test_disowned_tools_prizes_watched_features_ideas_on_paper_and_references_are_not_shown(text: str, skill: str) -> None:
    assert skill not in found(text)


def test_work_cited_after_it_is_still_the_persons() -> None:
    assert "bayesian_methods" in found("Experience\nFitted Bayesian models in Stan for Reid, S. (2024).")


@pytest.mark.parametrize(
    "text",
    [
        # written slices w694-w696 (first runs 1390-1392): software installed for lab PCs, login issues escalated, the changes
        # a team named by the skill makes, colleagues' models
        "Requirements\n\n- R\n- Package and deploy teaching software (SPSS, MATLAB, Python installations, Office) to lab PCs\n",
        "Requirements\n\n- R\n- Escalate HPC, GPU and JupyterHub login issues to Research Computing with the right details\n",
        "Requirements\n\n- R\n- You won't train the ranking models; you'll test the changes the Marketplace ML team makes to them\n",
        "Requirements\n\n- R\n\nOur Risk Analytics colleagues build credit and fraud models in SAS, Python and XGBoost.\n",
    ],
)
def test_software_supported_for_others_and_other_teams_work_ask_for_nothing(text: str) -> None:
    assert set(Analyzer().read_job(text=text).skills) == {"r_language"}


@pytest.mark.parametrize(
    ("text", "skill"),
    [
        # written slices w697-w701 (first runs 1398-1405): a tool not needed, studies that belonged to another group, the
        # platform a team named by the skill trains on, a team's model fed, a server in an aside kept by a team, tables a
        # team reads for its tests, tables others' models train on, radio propagation models, a
        # tool passed over, a department's own workbooks, a bank's dashboard, a cake named after a snake, prompts one was
        # not involved in, a pilot's flight statistics, a partner whose team deployed a model
        ("Experience\nDid not need channel pruning — INT8 alone met the budget.", "pruning"),
        ("Experience\nPropensity-score studies belonged to the real-world-evidence group and were outside my remit.", "causal_inference"),
        ("Summary\nFor the last three years I have looked after the platform our ML team trains on.", "machine_learning"),
        ("Experience\nMy scores feed the data science team’s churn-prediction model as inputs.", "predictive_modeling"),
        (
            "Experience\nCompared survey waves with chi-square tests in R. Kept a monthly experience-metrics report (Tableau "
            "Server, maintained by the BI team – I supplied the numbers and commentary).",
            "tableau",
        ),
        ("Experience\nBuilt the exposure and event tables the experimentation team reads for its A/B test platform.", "ab_testing"),
        ("Summary\nI make the tables their models are trained and scored on.", "machine_learning"),
        (
            "Experience\nBuilt RF propagation signal models in the planning tool to predict coverage contours for new sites.",
            "predictive_modeling",
        ),
        ("Experience\nChose Looker Studio over a paid Tableau licence, which saved money.", "tableau"),
        ("Experience\nFinance kept its own Tableau workbooks; I fed them the numbers.", "tableau"),
        ("Experience\nCheck the daily takings on the POS dashboard our bank provides and do the books in Xero.", "dashboards"),
        ("Experience\nCreated the 'Python', a roll cake shaped like a snake, and the 'Pandas' birthday-cake range for kids.", "python"),
        (
            "Experience\nReviewed the threat model of the Disputes team's LLM letter assistant (their build, on Azure OpenAI); "
            "not involved\nin its prompts or agent design.",
            "prompt_engineering",
        ),
        ("Summary\nFLIGHT STATISTICS (AS OF NOV 2026)\nTotal hours 9,800", "statistics"),
        (
            "Experience\nJoint project with a pharma partner whose team validated our candidates and deployed the screening model.",
            "model_serving",
        ),
    ],
)
def test_tools_not_needed_others_things_and_passed_over_are_not_shown(text: str, skill: str) -> None:
    assert skill not in found(text)


@pytest.mark.parametrize(
    ("text", "skill"),
    [
        # written slices w689-w701: workshops held with underwriters, discovery workshops
        ("Experience\nRun the tariff workshops with underwriters and the regional sales heads: why the premium moved.", "communication"),
        ("Experience\nRun discovery workshops and hand-over training for client teams.", "communication"),
    ],
)
def test_workshops_held_with_other_functions_are_shown(text: str, skill: str) -> None:
    assert skill in found(text)


@pytest.mark.parametrize(
    "text",
    [
        # written slices w702-w704 (first runs 1398-1400): statisticians who run trials, a platform team that deploys and
        # serves, a tool the team moved off, work presented at venues, fibre cleaned
        "Requirements\n\n- R\n- Models are designed by our clinical statisticians, who also run the system's Bayesian adaptive trials.\n",
        "Requirements\n\n- R\n\nA note on production: our ML Platform team deploys and serves the ETA and ranking models.\n",
        "Requirements\n\n- R\n- Reporting sits with the directorate. The team moved off Tableau in 2024.\n",
        "Requirements\n\n- R\n- Write up your work and present it at venues such as ACL, EMNLP and NeurIPS.\n",
        "Requirements\n\n- R\n- Confident with structured cabling and fibre handling (cleaning, testing, patching)\n",
    ],
)
def test_others_trials_serving_tools_left_and_venues_ask_for_nothing(text: str) -> None:
    assert set(Analyzer().read_job(text=text).skills) == {"r_language"}


def test_years_of_a_tool_asked_plainly_and_not_of_its_cloud_services() -> None:
    """Written slices w702, w703: "2+ years with Docker" was overall years (Docker with no other tool beside it was no
    hit), "two-plus years" no figure, and "1 year of experience with Microsoft Azure (AKS, Azure Machine Learning)" asked
    a year of Kubernetes and of machine learning, below the two years asked of Kubernetes on its own line; "Ray Okafor,
    our Head of AI, who spent six years building ..." was read as overall years."""
    job = Analyzer().read_job(
        text="Requirements\n\n- Minimum 2 years of hands-on experience with Kubernetes\n- 2+ years with Docker\n"
        "- At least 1 year of experience with Microsoft Azure (AKS, Azure Machine Learning, Blob Storage)\n"
        "- 4+ years as a software engineer, and two-plus years writing production Python.\n\n"
        "About us\n\nYou'll join a team led by Ray Okafor, our Head of AI, who spent six years building support automation.\n"
    )
    assert dict(job.years) == {"kubernetes": 2, "docker": 2, "cloud": 1, "python": 2}
    assert job.years_overall == 4


@pytest.mark.parametrize(
    ("text", "skill"),
    [
        # written slices w705-w709 (first runs 1409-1413): a list of things not done, a migration planned and shelved, work
        # on an agent denied, a squad's agent, n-gram language models pruned, a tool called by a name
        ("Experience\nOur group does no language-model work: no RLHF, no prompting, no agents in the LLM sense.", "llm_fine_tuning"),
        ("Experience\nRan the services on AWS ECS; a Kubernetes migration was planned and shelved in 2022.", "kubernetes"),
        ("Experience\nBuilt the speech front end for the LLM voice bot; I do not work on the agent itself.", "ai_agents"),
        ("Experience\nThe collections chatbot is an LLM agent that the customer-experience squad built on our risk score.", "ai_agents"),
        ("Experience\nPruned the 4-gram language models to fit the decoder's memory budget.", "pruning"),
        ("Experience\nThe courier app's feature flags (we call the tool Dash) are owned by mobile.", "plotly"),
    ],
)
def test_things_not_done_shelved_or_named_are_not_shown(text: str, skill: str) -> None:
    assert skill not in found(text)


def test_a_change_sent_to_a_random_share_of_customers_is_an_ab_test() -> None:
    # written slice w705: "margin changes go to a random 10% of customers for two weeks before they are rolled out"
    assert "ab_testing" in found("Experience\nMargin changes go to a random 10% of customers for two weeks before they are rolled out.")
    assert "ab_testing" not in found("Experience\nRandom forest churn model for customers.")


@pytest.mark.parametrize(
    "text",
    [
        # written slices w710-w712 (first runs 1406-1408): a licence portfolio, skills said not to be required after a
        # semicolon, app installs as a metric
        "Requirements\n\n- R\n- Renew the software licence portfolio – Microsoft 365, GitHub Enterprise, Docker Business, Tableau\n",
        "Requirements\n\n- R\n- Confident with Excel (pivot tables, XLOOKUP); SQL or programming skills are not required\n",
    ],
)
def test_licence_portfolios_and_skills_not_required_ask_for_nothing(text: str) -> None:
    assert set(Analyzer().read_job(text=text).skills) == {"r_language"}


def test_installs_as_a_metric_are_asked_and_years_of_a_role_are_overall() -> None:
    """Written slices w467, w711: "a Bayesian regression of installs and revenue" was read as software installed for others
    (a first version of that rule), and "2 years' experience working in a data science or statistical analysis role" asked
    two years of statistics."""
    job = Analyzer().read_job(
        text="Requirements\n\n- Own our marketing mix model: a Bayesian regression of installs and revenue on channel spend\n"
        "- A minimum of 2 years' experience working in a data science or statistical analysis role.\n"
    )
    assert "statistical_modeling" in job.skills
    assert (dict(job.years), job.years_overall) == ({}, 2)


@pytest.mark.parametrize(
    ("text", "skill"),
    [
        # written slices w681-w709: a model's features said as the signals, inputs or variables it runs on, made by the
        # person (20 misses over four rounds), and findings told in notes and briefings
        ("Experience\nEngineered 140+ behavioural variables and cut them to 38 with permutation importance.", "feature_engineering"),
        ("Experience\nEngineered the ranking signals from clickstream and price data.", "feature_engineering"),
        ("Experience\nBuilt the prep-time and rain-adjusted road-speed signals the estimate runs on.", "feature_engineering"),
        ("Experience\nWrote most of the velocity and device-graph signals the model uses.", "feature_engineering"),
        ("Experience\nBuilt the weather, school-holiday and transit-strike inputs the model leans on.", "feature_engineering"),
        ("Experience\nGradient-boosted trees over features I built from diff metadata.", "feature_engineering"),
        (
            "Experience\nAssemble the nightly model inputs: lagged temperatures, rolling outage counts, tree-trim age.",
            "feature_engineering",
        ),
        ("Experience\nWrite the quarterly note for the investment committee: what the models say for the hedge.", "data_storytelling"),
        ("Experience\nGive the 6:45 a.m. briefing to the power traders: what the model sees and why.", "data_storytelling"),
    ],
)
def test_features_said_as_signals_and_findings_told_in_notes_are_shown(text: str, skill: str) -> None:
    assert skill in found(text)


@pytest.mark.parametrize(
    ("text", "skill"),
    [
        ("Experience\nEngineered the signal chain for the radio station.", "feature_engineering"),
        ("Experience\nWrite the program notes for each concert.", "data_storytelling"),
    ],
)
def test_signal_chains_and_programme_notes_are_no_features_or_stories(text: str, skill: str) -> None:
    assert skill not in found(text)


@pytest.mark.parametrize(
    ("text", "skill"),
    [
        # written slices w713-w717 (first runs 1417-1421): an old git in a pantomime, a python exhibit, a posterior
        # probability, a dashboard IT rolled out, an LCM-LoRA, training said not to be one's job, a lab whose engineers
        # trained a network, a governance paper's title, a sponsor's groups
        ("Experience\nTwo pantomime seasons, then a speaking part as the old git of a baron in Cinderella.", "git"),
        ("Experience\nRan keeper chats at the Python exhibit three times a day.", "python"),
        (
            "Experience\nRe-fitted the test as a beta-binomial model and reported the posterior probability that it helps.",
            "predictive_modeling",
        ),
        ("Experience\nUse the ward safety dashboard that the eHealth IT team rolled out in 2021 to review falls.", "dashboards"),
        ("Experience\nFewer sampler steps with a distilled LCM-LoRA, fp16 weights and torch.compile on the UNet.", "llm_fine_tuning"),
        ("Experience\n› Model training is not my job: the DS team trains in PyTorch on their Spark cluster.", "machine_learning"),
        ("Experience\nWorked with the university's photogrammetry lab, whose engineers trained a neural network.", "machine_learning"),
        (
            "Experience\n“Explaining Bayesian Reject Inference to a Model Risk Committee” – internal governance paper, 2022.",
            "bayesian_methods",
        ),
        ("Experience\nBayesian adaptive designs are handled by the sponsors’ own statistics groups.", "bayesian_methods"),
    ],
)
def test_insults_exhibits_posterior_checks_and_others_groups_are_not_shown(text: str, skill: str) -> None:
    assert skill not in found(text)


@pytest.mark.parametrize(
    "text",
    [
        # written slices w718-w720 (first runs 1414-1416): product ideas to be drawn, a vendor's summit, Figma files kept
        # clean, a campus's users' GPU jobs
        "Requirements\n\n- R\n- Turn our product ideas (retrieval, agents, semantic layers, query optimization) into diagrams\n",
        "Requirements\n\n- R\n- Design our booths and swag for Snowflake Summit and PyCon US\n",
        "Requirements\n\n- R\n- Hand off clean, well-organized Figma files to the web team\n",
        "Requirements\n\n- R\n- Run the network of the HPC centre, where faculty and graduate students run GPU jobs, MPI simulations "
        "and deep learning training.\n",
    ],
)
def test_ideas_drawn_summits_figma_files_and_campus_users_work_ask_for_nothing(text: str) -> None:
    assert set(Analyzer().read_job(text=text).skills) == {"r_language"}


@pytest.mark.parametrize(
    ("text", "skill"),
    [
        # written slices w721-w725 (first runs 1425-1429): randomised tests never run, a team named by the skill registering
        # models, a drone called Spark, quantization assessed by another team
        ("Experience\nWe have never run randomised A/B tests on interest rates: board policy, and rightly so.", "ab_testing"),
        ("Experience\nThe ML team registers its models in MLflow; I wire up the deployment.", "machine_learning"),
        ("Experience\nCollected comparison footage with an old DJI Spark for the night-time dataset.", "distributed_computing"),
        ("Experience\nINT8 quantization was assessed by the firmware team; we kept FP16.", "quantization"),
    ],
)
def test_tests_never_run_drones_and_work_assessed_by_others_are_not_shown(text: str, skill: str) -> None:
    assert skill not in found(text)


@pytest.mark.parametrize(
    "text",
    [
        # written slices w726-w728 (first runs 1422-1424): talks a programme team chooses, a product team's A/B tests
        "Requirements\n\n- R\n- Work with the programme team (who choose the talks on RAG, agents and the rest) on room allocation\n",
        "Requirements\n\n- R\n- You will not run experiments; our Product team A/B tests new reporting flows.\n",
    ],
)
def test_talks_chosen_and_a_product_teams_tests_ask_for_nothing(text: str) -> None:
    assert set(Analyzer().read_job(text=text).skills) == {"r_language"}


def test_years_of_a_firms_know_how_are_no_requirement() -> None:
    """Written slice w728: "the firm's precedent bank, 30 years of drafting know-how" asked for 30 years overall."""
    job = Analyzer().read_job(
        text="About the role\n\nYou'll take the firm's precedent bank, 30 years of drafting know-how, and turn it into tools.\n\n"
        "Requirements\n\n- 4+ years of writing production Python.\n"
    )
    assert (dict(job.years), job.years_overall) == ({"python": 4}, None)


def test_the_hires_own_team_named_doing_the_work_still_asks_for_it() -> None:
    # a first version of the rule for teams named by the skill ("the Marketplace ML team makes") took "Your team" for a name
    assert "pytorch" in Analyzer().read_job(text="Requirements\n\n- R\n\nYour team trains ranking models in PyTorch.\n").skills


@pytest.mark.parametrize(
    ("text", "skill"),
    [
        # written slices w729-w733 (first runs 1433-1437): features named before the verb's object ends, findings written
        # up for a team or a submission, labels explored, a corpus cleaned
        (
            "Experience\nCapstone: churn for a telecom customer base. Engineered tenure, usage and billing features.",
            "feature_engineering",
        ),
        (
            "Experience\nExplored label noise in vendor-consensus labels and wrote up the findings for the detection team.",
            "data_exploration",
        ),
        ("Experience\nTested the tariff change by suburb and wrote up the result for the pricing submission.", "data_storytelling"),
        ("Experience\nCleaned and deduplicated a 40 GB Korean web corpus (MinHash, language-ID filters).", "data_exploration"),
    ],
)
def test_features_listed_findings_written_up_and_corpora_cleaned_are_shown(text: str, skill: str) -> None:
    assert skill in found(text)


@pytest.mark.parametrize(
    ("text", "skill"),
    [
        # written slices w729-w733: work put out of the person's scope, a tool another team retired, a thing said to be
        # theirs on a sentence that also names the person, a word in quotes as a figure of speech
        (
            "Experience\nNot my scope: the assistant's LLM fine-tuning (Generative team) and the crawler's Hadoop cluster.",
            "llm_fine_tuning",
        ),
        ("Experience\nThe hedging desk's old Tableau workbooks were retired by the BI team in 2022; not my project.", "tableau"),
        (
            "Experience\nBuilt the drafts service in Docker. The platform team runs the Kubernetes clusters it lands on; I hand over"
            " images\nand Helm values are theirs.",
            "kubernetes",
        ),
        ("Experience\nKeep the shop ‘dashboard’ – the blackboard by the workroom door – up to date for six tailors.", "dashboards"),
        ("Experience\nEngineered new checkout features for the mobile app.", "feature_engineering"),
    ],
)
def test_work_out_of_scope_retired_by_others_theirs_or_in_quotes_is_not_shown(text: str, skill: str) -> None:
    assert skill not in found(text)


def test_a_dashboard_named_in_quotes_is_still_a_dashboard() -> None:
    assert "dashboards" in found("Experience\nBuilt the ‘Pulse’ dashboard in Power BI for the sales directors.")


@pytest.mark.parametrize(
    "text",
    [
        # written slices w734-w736 (first runs 1430-1432): work handled by a function in lower case, tools the staff will never
        # ask for, statistics cited, dashboards built for the hire, a customer's own team, the part before "; that work is
        # not part of this role"
        "Requirements\n\n- R\n- The research team's prompt libraries and model deployments are handled entirely by engineering.\n",
        "Requirements\n\n- R\n- Our scientists will never ask you to open a Python notebook or run our models.\n",
        "Requirements\n\n- R\n- Comfort citing statistics and research findings accurately.\n",
        "Requirements\n\n- R\n- Keep the CRM up to date; your activity dashboards are built for you by RevOps.\n",
        "Requirements\n\n- R\n- Their Kubernetes nodes and CUDA drivers are looked after by their own team.\n",
        "Requirements\n\n- R\n\nElsewhere in the company, our GenAI Studio builds a retrieval-augmented search assistant; that work is not "
        "part of this role.\n",
    ],
)
def test_work_handled_by_others_cited_or_outside_the_role_asks_for_nothing(text: str) -> None:
    assert set(Analyzer().read_job(text=text).skills) == {"r_language"}


def test_a_role_said_not_to_be_research_still_asks_for_what_comes_before() -> None:
    assert "rag" in Analyzer().read_job(text="Requirements\n\n- R\n- You will build RAG pipelines; this is not a research role.\n").skills


@pytest.mark.parametrize(
    ("text", "skill"),
    [
        # written slice w736: "one major cloud" is no list of degree majors; w734: raw events turned into features,
        # randomized splits as tests
        ("Requirements\n\n- Docker, Git and at least one major cloud (we run on AWS: ECS, S3, Bedrock)\n", "docker"),
        ("Requirements\n\n- Docker, Git and at least one major cloud (we run on AWS: ECS, S3, Bedrock)\n", "git"),
        (
            "Requirements\n\n- Turn browse, save, offer and purchase events into features, and decide which are worth the serving cost\n",
            "feature_engineering",
        ),
        ("Requirements\n\n- Design and read out controlled price tests (randomized splits of new-business quotes)\n", "ab_testing"),
    ],
)
def test_a_major_cloud_events_made_features_and_randomized_splits_are_asked(text: str, skill: str) -> None:
    assert skill in Analyzer().read_job(text=text).skills


def test_majors_listed_still_name_no_skill() -> None:
    job = Analyzer().read_job(
        text="Requirements\n\n- R\n- Industrial Engineering, Statistics, Economics and Computer Science majors preferred\n"
    )
    assert set(job.skills) == {"r_language"}


@pytest.mark.parametrize(
    ("text", "skill"),
    [
        # written slices w737-w741 (first runs 1441-1445): talks and demos to people of other trades, recommendations and
        # metrics worked out with another function's people, memos for an actuary or clients, years of data dug through,
        # a claims history cleaned and missingness profiled beside codes
        (
            "Experience\nPresented the fleet's revised crosswind landing technique at the 2024 Safety Day to about 300 pilots.",
            "communication",
        ),
        ("Experience\nWeekly demos to the claims operations team and their managers; wrote the model cards.", "communication"),
        ("Experience\nDefined activation and stickiness KPIs with the product leads.", "communication"),
        (
            "Experience\nOwn the A/B test readouts for the checkout squad and a one-page recommendation for the product manager.",
            "communication",
        ),
        ("Experience\nWrote the model memos that go to the appointed actuary and into the filing exhibits.", "data_storytelling"),
        ("Experience\nWrite the methodology statements and topline memos for our news clients.", "data_storytelling"),
        (
            "Experience\nProcess optimisation on the caster: dug through three years of mould-level and breakout-alarm pings.",
            "data_exploration",
        ),
        ("Experience\nCleaned twelve years of claims history ahead of the 2019 rating-plan rebuild.", "data_exploration"),
        ("Experience\nCleaned and linked the NICU registry; profiled missingness and site-level ICD codes.", "data_exploration"),
        (
            "Experience\nTrained a U-Net on the slides with the pathology team; the model, packaged in a Dockerized inference"
            " pipeline, was adopted by the radiology team.",
            "model_serving",
        ),
    ],
)
def test_talks_to_other_trades_memos_for_clients_and_histories_cleaned_are_shown(text: str, skill: str) -> None:
    assert skill in found(text)


@pytest.mark.parametrize(
    ("text", "skill"),
    [
        # written slices w737-w741: a giraffe called Jupyter, Bandit the security scanner, a sister team's agents, bandits
        # built by another squad, the models other people train on tables the person built, code profiled, fixes asked
        # with the product's issues
        ("Experience\nPrimary keeper for Jupyter, our 16-year-old reticulated giraffe, and his herd of four.", "jupyter"),
        ("Experience\nBandit and Trivy scans run on every merge; Python services only.", "multi_armed_bandits"),
        ("Experience\nGrasping is done by the robotics team; a sister team works on LLM agents for task planning.", "ai_agents"),
        (
            "Experience\nHome-screen ranking runs on contextual bandits built by the Discovery squad; we feed it the ETA only.",
            "multi_armed_bandits",
        ),
        ("Experience\nBuilt the point-in-time feature tables the pricing data scientists train their models on.", "machine_learning"),
        ("Experience\nProfiled the code of the nightly data pipeline and cut its memory use.", "data_exploration"),
        ("Experience\nFixed issues with the product catalogue feed.", "communication"),
    ],
)
def test_animals_scanners_sister_teams_and_others_models_are_not_shown(text: str, skill: str) -> None:
    assert skill not in found(text)


@pytest.mark.parametrize(
    "text",
    [
        # written slices w742-w744 (first runs 1438-1440): teams introduced by what they do, what a recruiter learns to tell
        # apart, work that stays with the product squads, the company's actuaries
        "Requirements\n\n- R\n\nWho you'll work with\n\n- Platform Engineering — runs our Kubernetes clusters, Terraform and CI.\n"
        "- Applied Research — two researchers who train our variance-detection models in PyTorch.\n",
        "Requirements\n\n- R\n- Be curious enough to learn the difference between a training run and an inference request, and why "
        "a candidate who has scaled distributed training is not the same as one who has deployed a FastAPI app.\n",
        "Requirements\n\n- R\n- Writing the prompts and building the adjuster-facing agents stays with the product squads.\n",
        "Requirements\n\n- R\n\nOur actuaries price risk with GLMs in R and SAS.\n",
    ],
)
def test_teams_introduced_differences_learned_and_work_left_to_squads_ask_for_nothing(text: str) -> None:
    assert set(Analyzer().read_job(text=text).skills) == {"r_language"}


def test_years_or_more_of_a_long_phrase_tie_to_the_skill_at_its_end() -> None:
    """Written slice w744: "three years or more of building and maintaining production software in Python" asked none."""
    job = Analyzer().read_job(text="Requirements\n\n- three years or more of building and maintaining production software in Python\n")
    assert dict(job.years) == {"python": 3}


def test_a_duty_said_to_the_hire_after_a_dash_still_asks_for_it() -> None:
    job = Analyzer().read_job(text="Requirements\n\n- Retrieval — build hybrid search over our help centre with PyTorch rerankers\n")
    assert "pytorch" in job.skills


def test_a_skill_in_quotes_with_no_other_sense_given_is_still_asked() -> None:
    """`p22_ai_02`: "building AI systems such as ‘agents’" lost its agents to the rule for words in quotes."""
    job = Analyzer().read_job(text="Requirements\n\n- Experience designing and building AI systems such as ‘agents’ with LLMs.\n")
    assert "ai_agents" in job.skills


def test_it_said_of_a_tool_people_still_use_is_no_it_department() -> None:
    """`w526_ds_01`: "R (some of our older scorecards still live in it)" read "it" as the IT department."""
    job = Analyzer().read_job(text="Nice to have\n\n- R (some of our older scorecards still live in it)\n")
    assert "r_language" in job.skills


@pytest.mark.parametrize(
    ("text", "skill"),
    [
        # written slices w746-w748 (first runs 1449-1451): work argued against or ruled out, a move one was not responsible
        # for, a service run by IT
        ("Experience\nArgued, with numbers, against fine-tuning the LLM: retrieval fixes covered 90% of the failures.", "llm_fine_tuning"),
        (
            "Experience\nRuled out a bandit approach for markdowns, because the price must be the same in every store.",
            "multi_armed_bandits",
        ),
        ("Experience\nNot responsible for the catalog's move to the vendor-hosted cloud (AWS) – IT and the vendor ran that.", "cloud"),
        ("Experience\nScores reach the floor through the decision engine, a REST service run by IT.", "rest_api"),
    ],
)
def test_work_argued_against_ruled_out_or_run_by_it_is_not_shown(text: str, skill: str) -> None:
    assert skill not in found(text)


@pytest.mark.parametrize(
    "text",
    [
        # written slices w750-w752 (first runs 1446-1448): a list led in by "other teams run the rest", a team's aside of
        # what it runs, the company's ML platform described after a colon, business-line stakeholders, woodland plots, a
        # clean experiment
        "Requirements\n\n- R\n\nAround us, other teams run the rest, and you won't need to operate any of it:\n\n"
        "- Data Platform: Kafka, Flink and Spark on Kubernetes\n- Analytics: Looker dashboards for the business\n",
        "Requirements\n\n- R\n\nYou'll work with Risk Platform (who run the scoring service and its deployment on Kubernetes).\n",
        "Requirements\n\n- R\n\nUnder the hood, our ML platform is a small but serious thing: a fleet of A100 GPUs on Google Cloud.\n",
        "Requirements\n\n- R\n\nEach year we sample random forest plots across our woodland reserves for tree health.\n",
        "Requirements\n\n- R\n- Estimate long-term effects where a clean experiment isn't possible\n",
    ],
)
def test_other_teams_stacks_platform_blurbs_and_woodland_plots_ask_for_nothing(text: str) -> None:
    assert set(Analyzer().read_job(text=text).skills) == {"r_language"}


def test_business_line_stakeholders_are_an_audience_not_business_acumen() -> None:
    """Written slice w751: "... Model Risk Management and line-of-business stakeholders" asked for business acumen."""
    job = Analyzer().read_job(text="Requirements\n\n- Write the documentation for Legal and line-of-business stakeholders\n")
    assert "business_acumen" not in job.skills


def test_a_vendors_product_said_out_of_the_persons_scope_is_not_shown() -> None:
    """Written slice w749: "the policyholder chatbot (a vendor RAG product) is out of my scope" showed RAG."""
    assert "rag" not in found("Experience\nThe policyholder chatbot (a vendor RAG product) is out of my scope.")


@pytest.mark.parametrize(
    ("text", "skill"),
    [
        # written slices w745-w749 (first runs 1449-1453): a regression of one thing on others fitted, notes turned into
        # model inputs, a memo for managers on what the numbers mean, audio cleaned, holiday features for boosted trees
        ("Experience\nFitted a regression of store footfall on weather and payday weeks to plan weekend staffing.", "statistical_modeling"),
        (
            "Experience\nTurned fit notes, garment measurements and past orders into model inputs, including a text flag.",
            "feature_engineering",
        ),
        ("Experience\nWrite a one-page memo for the category managers every month on what the numbers mean.", "data_storytelling"),
        ("Experience\nCleaned and profiled 20,000 hours of call audio and transcripts before training.", "data_exploration"),
        ("Experience\nDemand forecasts from gradient-boosted trees with holiday (Lebaran, Harbolnas) features.", "feature_engineering"),
    ],
)
def test_regressions_fitted_inputs_named_and_memos_for_managers_are_shown(text: str, skill: str) -> None:
    assert skill in found(text)


def test_a_regression_of_a_test_suite_is_no_model() -> None:
    assert "statistical_modeling" not in found("Experience\nRan a regression of the full test suite before each release.")


@pytest.mark.parametrize(
    ("text", "skill"),
    [
        # written slices w753-w757 (first runs 1457-1461): a dashboard camera, a fine-tune scoped and dropped, a service
        # looked at and passed over, a squad's recommender, a book club, counts kept for a return, talks
        # only attended
        ("Experience\nTranscoded interviews and kept the dashboard camera footage of the road-trip shoot in order.", "dashboards"),
        ("Experience\nFine-tuning an open model was scoped and dropped in favour of prompting.", "llm_fine_tuning"),
        ("Experience\nServing: FastAPI on Azure Container Apps (looked at AKS; stayed on Container Apps).", "kubernetes"),
        ("Experience\nRecipe ranking is the Personalisation squad's TensorFlow recommender; I supplied the holdout design.", "tensorflow"),
        ("Experience\nHost the Jupyter Readers book club on Thursday evenings.", "jupyter"),
        ("Experience\nKeep statistics on loans, visits and requests for the council's monthly return.", "statistics"),
        ("Awards\nAttended DevFest Lagos 2023 (talks on Kubernetes and Vertex AI).", "kubernetes"),
    ],
)
def test_cameras_dropped_fine_tunes_squads_models_and_talks_attended_are_not_shown(text: str, skill: str) -> None:
    assert skill not in found(text)


@pytest.mark.parametrize(
    "text",
    [
        # written slices w758-w760 (first runs 1454-1456): platforms outside the remit, environments administered by
        # others, a software bundle pushed to laptops, a product told by what its customers build
        "Requirements\n\n- R\n\nSuppliers' own smart-meter platforms, many of which run on Azure, are outside our remit.\n",
        "Requirements\n\n- R\n\nThe GPU workstations and cloud environments our consultants use are administered by IT.\n",
        "Requirements\n\n- R\n- Image laptops with our software bundle (Anaconda, JupyterLab, RStudio) pushed as managed packages\n",
        "Requirements\n\n- R\n\nWe plug into any framework: if you're building a RAG chatbot or a fleet of tool-calling agents in "
        "LangGraph, Tracewell shows you what happened.\n",
    ],
)
def test_platforms_outside_the_remit_bundles_pushed_and_customers_builds_ask_for_nothing(text: str) -> None:
    assert set(Analyzer().read_job(text=text).skills) == {"r_language"}


def test_a_batch_job_cleaned_up_is_no_data_cleaning() -> None:
    """`w469_ai_01`: with claims histories as data to clean, "Cleaned up the nightly batch that re-scored open claims; moved
    it off cron" became data exploration."""
    assert "data_exploration" not in found("Experience\nCleaned up the nightly batch that re-scored open claims; moved it off cron.")


def test_a_monthly_memo_for_the_cmo_tells_the_findings() -> None:
    """Written slice w754: "Write a monthly memo for the CMO: what moved retention, what we think caused it" was no story."""
    assert "data_storytelling" in found("Experience\nWrite a monthly memo for the CMO: what moved retention, what we think caused it.")


@pytest.mark.parametrize(
    ("text", "skill"),
    [
        # written slices w761-w765 (first runs 1465-1468): things said to be a team's after a list of them, work that
        # belongs to a team "not to me", courses an employer sells, a blog post's title
        ("Experience\nThe public REST API and the analyst dashboard in front of it are the platform team’s; I own scoring.", "rest_api"),
        ("Experience\nModel deployment and the Airflow/Kubernetes stack belong to the ML Platform team, not to me.", "kubernetes"),
        ("Experience\nOur catalogue sells courses on Docker, Kubernetes, Tableau and TensorFlow; I analyse who finishes them.", "docker"),
        ("Writing\n“Your RAG Demo Is Not a Product” — Mind the Product blog, 2024", "rag"),
    ],
)
def test_a_teams_things_courses_sold_and_blog_titles_are_not_shown(text: str, skill: str) -> None:
    assert skill not in found(text)


@pytest.mark.parametrize(
    "text",
    [
        # written slices w766-w768 (first runs 1462-1464): an employer's two-word name with a tool's word in it, roles a
        # recruiter hires from one kind of engineer to another, engineers who A/B test soups, budgets set by Finance, what the
        # company's engineering runs on, syrup distilled
        "Pinecone Forge | Helsinki\n\nRequirements\n\n- R\n\nPinecone Forge is an equal opportunity employer.\n",
        "Requirements\n\n- R\n- Run searches for roles from PyTorch research engineers to GPU infrastructure and "
        "Kubernetes platform engineers\n",
        "Requirements\n\n- R\n\nNow and again the engineers A/B test two soups with a voting app.\n",
        "Requirements\n\n- R\n- Code invoices to the right cost centre; freight budgets themselves are set and tracked by Finance.\n",
        "Requirements\n\n- R\n\nOur engineering runs on a Kubernetes-based platform on Google Cloud.\n",
        "Requirements\n\n- R\n- Fermentation, pickling and the odd bit of syrup distillation for the coffee bar is a plus\n",
    ],
)
def test_employers_names_roles_hired_and_a_canteens_tests_ask_for_nothing(text: str) -> None:
    assert set(Analyzer().read_job(text=text).skills) == {"r_language"}


@pytest.mark.parametrize(
    ("text", "skill"),
    [
        # written slice w764 (first run 1469): a test designed and read by an agency, forecasts that were a desk's (in R)
        ("Experience\nThe 2023 price split test was designed and read by our marketing agency; my part was the extracts.", "ab_testing"),
        ("Experience\nElection nights: the forecasts were the data desk's (in R); my part was the results pipeline.", "r_language"),
    ],
)
def test_tests_read_by_an_agency_and_a_desks_forecasts_are_not_shown(text: str, skill: str) -> None:
    assert skill not in found(text)


@pytest.mark.parametrize(
    ("text", "skill"),
    [
        # written slices w771-w773 (first runs 1473-1474): a way of working favoured over another, forecasts that are
        # "their models, not mine"
        ("Summary\nI favour interpretable models over black-box machine learning that a tutor could never explain.", "machine_learning"),
        (
            "Experience\nAn internal API the litigation-analytics group uses for its judge-ruling forecasts (their models, not mine).",
            "predictive_modeling",
        ),
    ],
)
def test_ways_favoured_over_and_their_models_are_not_shown(text: str, skill: str) -> None:
    assert skill not in found(text)


@pytest.mark.parametrize(
    "text",
    [
        # written slices w774-w776 (first runs 1470-1472): licences under which customers deploy the company's models, a
        # unit "who look after" a tool, a paper's title with its year, the machine learning community, dashboards
        # maintained by an ops lead
        "Requirements\n\n- R\n- Draft the licences under which enterprise customers host, fine-tune and deploy our models\n",
        "Requirements\n\n- R\n\nYou'll sit next to Trading Analytics, who look after the Tableau estate.\n",
        'Requirements\n\n- R\n\nRecent work from the team: "Quantization Hurts Reasoning More Than You Think" (2026).\n',
        "Requirements\n\n- R\n- Some familiarity with the machine learning community\n",
        "Requirements\n\n- R\n\nReporting is a couple of Looker dashboards maintained by our ops lead.\n",
    ],
)
def test_customers_licences_units_that_look_after_tools_and_paper_titles_ask_for_nothing(text: str) -> None:
    assert set(Analyzer().read_job(text=text).skills) == {"r_language"}


@pytest.mark.parametrize(
    ("text", "skill"),
    [
        # written slices w769-w772 (first runs 1475-1477): a weather service's forecast, roses pruned, another function's
        # analysts with their own workbooks, an IT service's move, tools to learn next, a firm named with a tool's word,
        # designed experiments on a production line
        ("Experience\nPlanned the week around the Met Office forecast and the soil tests from the walled garden.", "predictive_modeling"),
        ("Summary\nRose and fruit pruning\nPlanting models for every border, drawn to scale.", "pruning"),
        ("Experience\nSupplied weekly extracts to store operations, whose analysts kept their own Tableau workbooks.", "tableau"),
        ("Experience\nDeployed the survey app myself. (Our IT service moved the survey servers to Azure in 2022.)", "cloud"),
        ("Skills\nSQL, Excel, Looker Studio\nLEARNING NEXT dbt, Tableau", "tableau"),
        (
            "Experience\nSpark & Needle Tattoo Co., Portland, OR | 2019 – Present\nCustom designs; a steady booking pipeline.",
            "distributed_computing",
        ),
        (
            "Experience\nProcess engineer on the balloon-forming line; ran designed experiments and capability studies in Minitab.",
            "ab_testing",
        ),
    ],
)
def test_weather_services_gardens_others_workbooks_and_firms_names_are_not_shown(text: str, skill: str) -> None:
    assert skill not in found(text)


def test_a_feature_set_built_is_feature_engineering() -> None:
    """Written slice w769: "built the feature set from KNMI weather, school holidays and events" was no feature work."""
    assert "feature_engineering" in found("Experience\nBuilt the feature set from KNMI weather, school holidays and events.")


@pytest.mark.parametrize(
    ("text", "skill"),
    [
        # written slices w777-w781 (first runs 1481-1485): a function's campaign with its own test, a tool said not to be
        # used, a function that ran the tests, dashboards only watched or used
        ("Experience\nMarketing's poster campaign ran its own split test of bus-stop adverts; I supplied the routes.", "ab_testing"),
        ("Experience\nPython is not used in the team (R is the standard); I write R.", "python"),
        ("Experience\nBuilt the pricing model. Sales ran A/B tests on the pricing page; I read the results.", "ab_testing"),
        ("Experience\nWatch the booking dashboard in Fresha every morning and move stylists between chairs.", "dashboards"),
        ("Experience\nKeep HubSpot up to date and use the account health dashboard to spot risks early.", "dashboards"),
    ],
)
def test_functions_own_tests_tools_not_used_and_dashboards_watched_are_not_shown(text: str, skill: str) -> None:
    assert skill not in found(text)


def test_a_dashboard_the_person_built_and_uses_is_still_shown() -> None:
    assert "dashboards" in found("Experience\nUse the Power BI dashboards I built to brief the store managers.")


@pytest.mark.parametrize(
    "text",
    [
        # written slices w782-w784 (first runs 1478-1480): sessions of a course series, a unit that owns the tests in an
        # aside, a designer's diagrams of the product
        'Requirements\n\n- R\n- Run our academy, including the "LLMs for everyone" series (sessions such as *Prompt Engineering '
        "101* and *What RAG means for your customers*), delivered by our researchers.\n",
        "Requirements\n\n- R\n- Hand landing-page variants to the Growth team (Growth owns the A/B tests and the analysis).\n",
        "Requirements\n\n- R\n- Turn pipelines, model registry lineage and deployment flows into diagrams and motion.\n",
        "Requirements\n\n- R\n- Create animated diagrams of our pipelines, model registry and deployment flows.\n",
    ],
)
def test_course_sessions_units_asides_and_diagrams_ask_for_nothing(text: str) -> None:
    assert set(Analyzer().read_job(text=text).skills) == {"r_language"}


def test_an_observability_feature_set_shipped_is_no_feature_engineering() -> None:
    """`c2_swe_01`: with "built" as a context word of a feature set, "shipping an observability feature set — built around
    OpenTelemetry" became feature engineering."""
    assert "feature_engineering" not in found(
        "Experience\nLead an agile squad of 8 engineers, while shipping an observability feature set — built around OpenTelemetry."
    )


@pytest.mark.parametrize(
    ("text", "skill"),
    [
        # written slices w785-w789 (first runs 1489-1493): a word against the skill in the next sentence of a paragraph
        # printed without bullets, findings words ("learnings", "drivers", "trends") presented or briefed, a memo for
        # producers, work with another function's controllers
        (
            "Experience\nMachine Learning Engineer, Freight Labs\nTrained the gradient-boosted ETA model and rebuilt its\n"
            "features from GPS pings and dock schedules.\nPackaged the model as a Flask app in a Docker image.",
            "feature_engineering",
        ),
        ("Experience\nPresented the churn drivers and a retention shortlist to the marketing team.", "data_storytelling"),
        ("Experience\nWrite a weekly memo for producers: what we tested and what moved payer conversion.", "data_storytelling"),
        ("Experience\nWork with the finance controllers on month-end revenue recognition.", "communication"),
    ],
)
def test_sentences_apart_findings_words_memos_and_controllers_show_the_skill(text: str, skill: str) -> None:
    assert skill in found(text)


@pytest.mark.parametrize(
    ("text", "skill"),
    [
        # written slices w785-w789: a dashboard only checked that another team built, a party's use of the person's tables
        # or log, stories sub-edited, a game's pass and a health campaign named Spark
        ("Experience\nCheck the pharmacy stock dashboards (built by the Informatics team) each morning.", "dashboards"),
        ("Experience\nBuilt feature tables that the data science team uses for demand forecasting.", "predictive_modeling"),
        ("Experience\nCompiled the weekly delay log that the operations analysis unit turned into statistics", "statistics"),
        ("Experience\nChecked figures in municipal budget stories against the council reports.", "data_storytelling"),
        ("Experience\nRan 60+ randomized tests on store offers and the Spark Pass (our battle pass) in SQL.", "distributed_computing"),
        ("Experience\nTracked test positivity in SQL for the Spark vaccination outreach campaign.", "distributed_computing"),
    ],
)
def test_dashboards_others_built_parties_uses_sub_edited_stories_and_named_passes_are_not_shown(text: str, skill: str) -> None:
    assert skill not in found(text)


@pytest.mark.parametrize(
    "text",
    [
        # written slices w790-w792 (first runs 1486-1488): a forecast provided by another team, what the engineers a
        # recruiter hires will do, a scripted decision tree
        "Requirements\n\n- R\n- Plan labour for each shift against the daily volume forecast provided by our Planning team.\n",
        "Requirements\n\n- R\n- The people you hire will write CUDA kernels, operate Kubernetes clusters and build gRPC services.\n",
        'Requirements\n\n- R\n- Our assistant, "Skye", is a scripted decision tree; you will replace it.\n',
    ],
)
def test_forecasts_provided_the_hires_work_and_scripted_trees_ask_for_nothing(text: str) -> None:
    assert set(Analyzer().read_job(text=text).skills) == {"r_language"}


def test_learnings_presented_to_leadership_are_asked_storytelling() -> None:
    text = "Requirements\n\n- Present the quarter's experiment learnings to product leadership\n"
    assert "data_storytelling" in Analyzer().read_job(text=text).required


def test_a_bullet_is_its_own_sentence_when_the_one_before_has_no_stop() -> None:
    """Written slice w786: "I write ... for the admins" in the bullet before made "The platform team moved other services to
    Kubernetes" the person's own clause."""
    text = (
        "Experience\n- Weekly sync with Product; I write the customer-facing docs for the\nadmins\n"
        "- The platform team moved other services to Kubernetes in 2024\n- Built RAG services in Python\n"
    )
    assert found(text) == {"communication", "rag", "python"}


@pytest.mark.parametrize(
    "text",
    [
        # written slices w790 and w792 (first runs 1486, 1487): money a piece of work is measured in
        "Requirements\n\n- Quantify the cost of over- and under-forecasting in dollars of shrink and lost sales\n",
        "Requirements\n\n- Define and validate metrics tied to bookings, revenue and guest satisfaction\n",
        "Requirements\n\n- Model each stocking option and explain the cost and service-level impact of each option\n",
    ],
)
def test_cost_and_revenue_a_piece_of_work_is_measured_in_are_business_acumen(text: str) -> None:
    assert "business_acumen" in Analyzer().read_job(text=text).required


def test_a_models_inference_cost_is_no_business_acumen() -> None:
    assert "business_acumen" not in found("Experience\nQuantified the inference cost of each model on GPUs and cut latency.")


def test_other_qualifications_after_basic_ones_are_optional() -> None:
    """Written slice w798: "Other Qualifications" under "Basic Qualifications" read as required."""
    job = Analyzer().read_job(
        text="Basic Qualifications\n- 5+ years building backend services in Python\n\nOther Qualifications\n"
        "- Experience fine-tuning language models with LoRA\n- Experience with MLflow\n"
    )
    assert (job.required, set(job.optional)) == (("python",), {"llm_fine_tuning", "model_registry"})


@pytest.mark.parametrize(
    ("text", "skill"),
    [
        # written slices w793-w797 (first runs 1497-1501): a word against the skill in another sentence of a paragraph,
        # retrieval that grounds answers, a teacher knowledge-distilled, what the data says written for donors
        (
            "Requirements\n\nDay to day you will build features from bureau and on-platform behaviour, and train default models. "
            "You'll also work closely with Product, Finance and Credit Operations, and present your results to our managers "
            "every month, and help us decide.\n",
            "feature_engineering",
        ),
        ("Experience\nBuilt retrieval over embedded policy wordings to ground answers in the claims assistant.", "rag"),
        ("Experience\nKnowledge-distilled the 12-layer teacher into a 4-layer student.", "distillation"),
        ("Experience\nWrite a yearly learning brief with what the data says about downtime and what we recommend.", "data_storytelling"),
    ],
)
def test_other_sentences_grounding_retrieval_distilled_teachers_and_what_the_data_says_show_the_skill(text: str, skill: str) -> None:
    assert skill in read_as_its_kind(text)


@pytest.mark.parametrize(
    ("text", "skill"),
    [
        # written slices w793-w797: a unit's team that builds the dashboards, a report only reviewed, two words of an
        # organisation before its team, tests set up and read by another team, a search over listings, a ship's name, a
        # set of porcelain pandas, a dashboard only used
        ("Experience\nHand validated risk scores to Clinical Informatics, whose team builds the Epic dashboards nurses see.", "dashboards"),
        ("Experience\nReviewed the daily flash report prepared by the night auditor.", "dashboards"),
        ("Experience\nStats NZ's digital team ran the A/B tests of the online survey form in 2023; I wrote the weights.", "ab_testing"),
        ("Experience\nRanking changes go out behind A/B tests set up and read by the experimentation team; I ship them.", "ab_testing"),
        ("Experience\nChief Engineer, M/T Aegean Spark (2012 - 2021)\nFuel oil transfer pipelines converted.", "distributed_computing"),
        ("Experience\nCatalogued a set of porcelain pandas and a python-skin bag from the Cmielow works.", "python"),
        ("Experience\nTrack pupil attainment each term using the 'data' on the council's attainment dashboard.", "dashboards"),
    ],
)
def test_units_teams_reviewed_reports_listings_ships_and_porcelain_are_not_shown(text: str, skill: str) -> None:
    assert skill not in found(text)


def test_the_features_a_team_uses_for_its_forecasts_are_not_the_persons_forecasting() -> None:
    """Written slice w795: "I compute ... features that the data-science team uses for its demand-forecasting models"."""
    text = "Experience\nBuilt the feature store: I compute zone features that the data-science team uses for its demand-forecasting models."
    assert "predictive_modeling" not in found(text)


@pytest.mark.parametrize(
    "text",
    [
        # written slices w798-w800 (first runs 1494-1496): a platform there is none of, a promise not to make the hire do it
        "Requirements\n\n- R\n- We're small: there's no Kubernetes cluster or machine learning platform here.\n",
        "Requirements\n\n- R\n- No SQL needed; we promise not to make you prompt-engineer your paystubs.\n",
    ],
)
def test_platforms_there_are_none_of_and_promises_not_to_ask_ask_for_nothing(text: str) -> None:
    assert set(Analyzer().read_job(text=text).skills) == {"r_language"}


def test_strong_candidates_may_also_have_is_optional() -> None:
    job = Analyzer().read_job(
        text="## Requirements\n\n- Python\n\n### Strong candidates may also have\n\n- Experience with Kubernetes for training jobs\n"
    )
    assert (job.required, job.optional) == (("python",), ("kubernetes",))


def test_analysts_who_serve_themselves_are_no_model_serving() -> None:
    """`w460_an_01`: with a word against it only in another sentence no longer counting, "documentation for the customer and
    contract models so analysts in other teams could serve themselves" became model serving."""
    text = "Experience\nWrote the documentation for the customer and contract models so analysts in other teams could\nserve themselves."
    assert "model_serving" not in found(text)


@pytest.mark.parametrize(
    ("text", "skill"),
    [
        # written slices w801-w808 (first runs 1502-1508): nightly reports kept, significance checks, features designed from
        # data, champion/challenger policy tests, data transformed into model features
        ("Experience\nMaintained the nightly SSRS sales reports for the store managers.", "dashboards"),
        ("Experience\nSignificance checks and power calculations in Python (pandas, scipy).", "hypothesis_testing"),
        ("Requirements\n\n- Dig into bureau and transaction data, and design new features from it\n", "feature_engineering"),
        ("Requirements\n\n- Design and read out champion/challenger policy tests on credit limits and cut-offs\n", "ab_testing"),
        ("Requirements\n\n- Ensure that weather and customer data are transformed into robust model features.\n", "feature_engineering"),
    ],
)
def test_nightly_reports_significance_checks_designed_features_and_policy_tests_show_the_skill(text: str, skill: str) -> None:
    assert skill in read_as_its_kind(text)


@pytest.mark.parametrize(
    ("text", "skill"),
    [
        # written slices w801-w805: a party's models or deed in a relative clause, a dashboard a service feeds, an Azure ML
        # workspace provisioned, computer-vision feature extraction
        ("Experience\nPublish the subscriber tables that the analytics team's churn models consume downstream.", "predictive_modeling"),
        ("Experience\nHosted the Arabic LLM that our university partner fine-tuned for us.", "llm_fine_tuning"),
        ("Experience\nPython / FastAPI service with REST endpoints for the QA dashboard and the team-leader app.", "dashboards"),
        ("Experience\nManaged Azure landing zones (AKS, Blob Storage, Azure ML workspaces) with Terraform.", "machine_learning"),
        ("Experience\nApplied computer vision techniques for object recognition, feature extraction and OCR.", "feature_engineering"),
    ],
)
def test_parties_things_fed_dashboards_workspaces_and_vision_features_are_not_shown(text: str, skill: str) -> None:
    assert skill not in found(text)


@pytest.mark.parametrize(
    "text",
    [
        # written slices w806-w807: words the hire will learn the meaning of, a product's terms explained
        'Requirements\n\n- R\n- Happy to learn what "inference" or "Kubernetes" mean when you hear them in meetings\n',
        "Requirements\n\n- R\n- Clear explanations for CFOs: what retrieval-augmented answers are and why a small model is cheaper\n",
    ],
)
def test_words_to_learn_and_terms_explained_ask_for_nothing(text: str) -> None:
    assert set(Analyzer().read_job(text=text).skills) == {"r_language"}


def test_looker_explores_are_no_data_exploration() -> None:
    """Written slice w808: "build the Looker explores and dashboards" asked for data exploration."""
    text = (
        'The role\n\nRight now the same "active subscriber" is counted three different ways in three different reports. You '
        "will fix that. You'll own our dbt project, define the core metrics with the business, and build the Looker explores "
        "and dashboards that editors and the subscriptions team open every morning. The data scientists' churn models read "
        "from your tables, so data quality matters, but you won't be building those models yourself.\n"
    )
    assert "data_exploration" not in Analyzer().read_job(text=text).skills


@pytest.mark.parametrize(
    ("text", "skill", "shown"),
    [
        # written slice w804 (first run 1509): a Spanish resume's neural networks, prompt templates, semantic retrieval, and
        # dashboards another team kept
        ("Experiencia\nClasificación de textos con redes neuronales en PyTorch.", "machine_learning", True),
        ("Experiencia\nDiseñé las plantillas de prompt con ejemplos few-shot por intención.", "prompt_engineering", True),
        ("Experiencia\nRespuestas fundamentadas en los documentos mediante recuperación semántica (embeddings).", "rag", True),
        ("Experiencia\nLos cuadros de mando del contact center los mantenía el equipo de BI; yo pasaba los eventos.", "dashboards", False),
    ],
)
def test_spanish_resumes_work_and_others_dashboards(text: str, skill: str, shown: bool) -> None:
    assert (skill in found(text)) is shown


def test_a_vector_index_ranked_for_a_models_context_is_still_rag() -> None:
    """`w492_ai_01`: with listings and recommenders said against a vector search, "hybrid ranking over our vector index decides
    what goes into the model's context window" lost its RAG."""
    text = (
        "Requirements\n\n- Own the retrieval layer: how we chunk code and docs, which embeddings we use, and how hybrid ranking\n"
        "  over our vector index decides what goes into the model's context window.\n"
    )
    assert "rag" in read_as_its_kind(text)


def test_paintings_cleaned_are_no_data_cleaning() -> None:
    """`w533_un_01`: with a word against it only in its own sentence, a restorer's cleaning beside records became data work."""
    text = (
        "Experience\nAssistant Conservator, Laboratorio di Restauro Ferri & Nocentini, Florence\nVarnish removal and filling on "
        "private and church commissions; compared three\nsolvent gels on test patches before every cleaning.\nKept the studio's "
        "treatment records up to date in FileMaker."
    )
    assert "data_exploration" not in found(text)


@pytest.mark.parametrize(
    ("text", "skill"),
    [
        # written slices w809-w816 (first runs 1510-1517): a design looked at and parked, an outside agency's split test, a
        # pilot run by a vendor, a talk attended (in Spanish), an operation's code name, a school named Spark, a team's
        # readouts said to be theirs, a coffee machine, a Spanish BI team's dashboards
        ("Experience\nLooked at a retrieval (RAG) design for policy questions; it was parked by the risk committee and not built.", "rag"),
        ("Experience\nBriefed the campaign; our agency ran A/B variants of the creative - I signed off the final work.", "ab_testing"),
        ("Experience\nWe chose not to fine-tune: retrieval plus prompt changes beat a LoRA pilot run by a vendor.", "llm_fine_tuning"),
        ('Educación\nAsistí a "Bayesian Pricing at Scale" (charla, Data Science Santiago, 2024).', "bayesian_methods"),
        ("Experience\nAnalytical lead on Operation Python (county lines drug supply): association charts in i2.", "python"),
        ("Skills\nVolunteer maths tutor with the Spark Schools weekend programme, Soweto, data club.", "distributed_computing"),
        ("Experience\nFold the digital team's A/B test readouts into the review; their experiments, their analysis.", "ab_testing"),
        ("Experience\nKeep the bar, grinders and the Python espresso machine clean and calibrated.", "python"),
        ("Experiencia\nLos tableros de Power BI del área comercial los construye el equipo de BI sobre mis tablas.", "dashboards"),
    ],
)
def test_parked_designs_agencies_vendors_talks_code_names_and_others_readouts_are_not_shown(text: str, skill: str) -> None:
    assert skill not in read_as_its_kind(text)


@pytest.mark.parametrize(
    "text",
    [
        # written slice w816 (first run 1510): software installed for others, accounts opened in tools
        "Requirements\n\n- R\n- Install and license software people ask for (Docker Desktop, Zoom, Office, VPN clients)\n",
        "Requirements\n\n- R\n- Create and remove accounts in Google Workspace, Slack, Okta and GitHub\n",
    ],
)
def test_software_installed_for_others_and_accounts_in_tools_ask_for_nothing(text: str) -> None:
    assert set(Analyzer().read_job(text=text).skills) == {"r_language"}


@pytest.mark.parametrize(
    ("text", "skill"),
    [
        # written slices w817-w824 (first runs 1518-1525): a kitchen's food cost, Spanish findings presented, significance
        # read from experiments, exploration and cleaning in Spanish, lists and returns cleaned, results analysed
        ("Requirements\n\n- Help the head chef test new dishes and cost recipes against our food-cost target of 28%\n", "business_acumen"),
        ("Experiencia\nPresento los hallazgos cada dos semanas al equipo de liderazgo de producto.", "data_storytelling"),
        ("Experiencia\nDiseño y lectura de experimentos con los PMs: tamaño de muestra, duración, significancia.", "hypothesis_testing"),
        ("Experiencia\nLimpieza y exploración de datos de tarjetas en Python (pandas).", "data_exploration"),
        ("Experience\nCleaned and analysed contact-tracing line lists from two districts.", "data_exploration"),
        ("Experience\nAnalysed weekly HMIS returns from 38 health facilities.", "data_exploration"),
    ],
)
def test_food_cost_spanish_findings_and_cleaned_lists_show_the_skill(text: str, skill: str) -> None:
    assert skill in read_as_its_kind(text)


@pytest.mark.parametrize(
    ("text", "skill"),
    [
        # written slices w817-w824: a team placed downstream, a Spanish or German team's work, a project explained in Spanish,
        # a pet, an organisation told by what it is, a dashboard read on a wrapped line, interpretability features, prompts
        # another team writes, a recruiter's network of candidates
        ("Experience\nDownstream, the BI team builds the Tableau dashboards on my marts.", "dashboards"),
        ("Experiencia\nEl departamento de sistemas migró en 2022 el data lake corporativo a AWS.", "cloud"),
        ("Erfahrung\nDie Spark-Jobs für die Klickdaten betreibt das Data-Platform-Team; ich liefere.", "distributed_computing"),
        ("Experiencia\nApoyo al proyecto «Spark», la marca de recarga de vehículo eléctrico; informes en SQL.", "distributed_computing"),
        ("Experience\nPython the shop cat has his own following on our data-driven Instagram.", "python"),
        ("Experience\nCo-authored policy reports with data for Spark Northwest, a tenant advocacy group.", "distributed_computing"),
        ("Experience\nPresent the range to the store managers; read the\nweekly sell-through report with merchandising.", "dashboards"),
        ("Requirements\n\n- R\n- Train sparse autoencoders on activations to find features tied to refusals\n", "feature_engineering"),
        ("Requirements\n\n- R\n- Its prompt templates are written and evaluated by the Applied AI team.\n", "prompt_engineering"),
        ("Requirements\n\n- R\n- Build a network of candidates across data science, machine learning and A/B testing\n", "ab_testing"),
    ],
)
def test_downstream_teams_foreign_teams_pets_organisations_and_candidates_are_not_shown(text: str, skill: str) -> None:
    assert skill not in read_as_its_kind(text)


@pytest.mark.parametrize(
    "text",
    [
        # written slices w830-w832 (first runs 1526-1528): a preprint's title, talk the hire will only overhear, a term to find
        # out about, a building named Spark, a London postcode
        "Requirements\n\n- R\n\nRead our latest preprint, *Pruning the Fitness Landscape: Sparse Scans with Protein Models*.\n",
        "Requirements\n\n- R\n\nYou'll hear founders arguing about LLM agents, RAG pipelines and Kubernetes bills.\n",
        'Requirements\n\n- R\n- Free tickets to our demo nights, if you want to find out what a "vector database" is\n',
        "The Foundry Coworking - Shoreditch, London EC2\n\nRequirements\n\n- R\n",
    ],
)
def test_titles_overheard_talk_terms_to_find_out_buildings_and_postcodes_ask_for_nothing(text: str) -> None:
    assert set(Analyzer().read_job(text=text).skills) == {"r_language"}


def test_features_from_design_to_deployment_are_no_feature_engineering() -> None:
    """`p29_de_02`: without "design" among the words against it, "Take ownership of features from design through deployment"
    asked for feature engineering."""
    text = "Requirements\n\n- Take ownership of features from design through deployment, including testing and monitoring\n"
    assert "feature_engineering" not in read_as_its_kind(text)


@pytest.mark.parametrize(
    ("text", "skill"),
    [
        # written slices w825-w829 (first runs 1529-1533): the cost of running an AI product cut, Portuguese results presented,
        # variables created and margins worked out in Portuguese, features designed, significance tested in plain words
        ("Experiência\nApresento os resultados à diretoria agrícola antes de cada plantio.", "data_storytelling"),
        ("Experiência\nCriei variáveis agroclimáticas (graus-dia, déficit hídrico) que entram nos modelos.", "feature_engineering"),
        ("Experiência\nConsultas SQL para fechar os indicadores de custo por hectare e margem.", "business_acumen"),
        ("Experience\nRun the annual survey and test whether year-on-year changes are significant.", "hypothesis_testing"),
    ],
)
def test_ai_costs_portuguese_results_and_variables_designed_features_and_significance_show_the_skill(text: str, skill: str) -> None:
    assert skill in read_as_its_kind(text)


@pytest.mark.parametrize(
    ("text", "skill"),
    [
        # written slices w825-w829: an idea looked at and not taken, a team named for the field, a team's own dashboards fed
        ("Experience\nWe looked at Kubernetes and stayed on ECS.", "kubernetes"),
        ("Experience\nWorked alongside the pricing ML team, who own the surge model; my part was the readouts.", "machine_learning"),
        ("Experience\nMy tables feed the data science team's prediction models and the ops team's Looker dashboards.", "dashboards"),
    ],
)
def test_ideas_not_taken_teams_named_for_ml_and_teams_dashboards_are_not_shown(text: str, skill: str) -> None:
    assert skill not in read_as_its_kind(text)


@pytest.mark.parametrize(
    ("text", "shown"),
    [("Experience\nLed the ML team of six building fraud models.", True), ("Experience\nBuilt the ops team's Looker dashboards.", True)],
)
def test_a_team_the_person_leads_or_builds_for_still_shows_the_skill(text: str, shown: bool) -> None:
    assert bool({"machine_learning", "dashboards"} & read_as_its_kind(text)) is shown


def test_a_stage_managers_nightly_show_report_is_no_dashboard() -> None:
    """`w469_un_01`, `w762_un_01`: with nightly reports counted as recurring ones, a stage manager's show report became one."""
    assert "dashboards" not in found("Experience\nWrote the nightly show report for the producer and the creative team.")


@pytest.mark.parametrize(
    "text",
    [
        # with a word against it counted only in its own sentence, these became feature engineering (`w674_ai_01`,
        # `w766_ai_01`)
        "Summary\nEngineer building generative features that editors actually keep. Six years in a newsroom setting: language models\n"
        "for headlines and summaries, the evaluation around them, and the plumbing to run them on AWS.",
        "Requirements\n\n- You will turn large language models into features our customers' accountants trust\n",
    ],
)
def test_generative_and_product_features_are_no_feature_engineering(text: str) -> None:
    assert "feature_engineering" not in read_as_its_kind(text)


def test_a_latency_budget_in_milliseconds_is_no_business_acumen() -> None:
    """`w688_ai_02`: "own the end-to-end budget from the moment a customer stops talking ..., which we hold under 600
    milliseconds"."""
    text = (
        "Requirements\n\n- You will own the end-to-end budget from the moment a customer stops talking to the moment the agent "
        "starts answering, which we hold under 600 milliseconds.\n"
    )
    assert "business_acumen" not in read_as_its_kind(text)


@pytest.mark.parametrize(
    ("text", "skill"),
    [
        # written slices w833-w840 (first runs 1534-1541): dashboards read by a long name, wards and residences named after
        # a tool, a partner firm's name, a Spanish team's models, stories told to tourists, a community's day, ideas
        # discussed and not built, a garden free of pythons, a clean tool for a model, an events desk's story titles,
        # jargon overheard at home
        ("Experience\nRead the hospital group's weekly quality and patient-flow dashboards and act on delayed discharges.", "dashboards"),
        ("Experience\nTrained in the Python Ward telemetry monitors when they were installed in 2013.", "python"),
        ("Experience\nPresent buildings to clients, including the leasing of Tableau Residences (84 units) with a dashboard.", "tableau"),
        ("Experience\nBroadband bundle data ingested from our partner Spark into the warehouse.", "distributed_computing"),
        ("Experiencia\nLos modelos predictivos del equipo de mantenimiento consumen estos datos.", "predictive_modeling"),
        ("Summary\nI love telling the stories of my city to travellers.", "data_storytelling"),
        ("Volunteering\nVolunteer on the GDG Cairo 'Kubernetes Day' organizing team (registration desk).", "kubernetes"),
        ("Experience\nContextual bandits for bid shading were discussed in 2024 but not built.", "multi_armed_bandits"),
        ("Certifications\nEnglish language certificate, free-diving, and python-free gardens (we have had two visitors).", "python"),
        (
            "Requirements\n\nMuch of the work is unglamorous: turning a messy supplier API into a clean tool the model can call, "
            "writing test conversations from real customer enquiries, and reading transcripts to understand where it fails.\n",
            "data_exploration",
        ),
        (
            'Requirements\n\n- R\n\nRecent stories from this desk include "Inside the Race to Build Cheaper GPU Clusters" and '
            '"The Kubernetes of AI Agents?"\n',
            "kubernetes",
        ),
        ("Requirements\n\n- R\n\nFair warning: you will hear a lot of jargon at our table: the RAG demo ships Friday.\n", "rag"),
        ("Requirements\n\n- R\n- Explain, in plain English, what retrieval-augmented generation does for a chatbot\n", "rag"),
    ],
)
def test_long_reads_named_places_firms_tourists_events_ideas_and_jargon_are_not_shown(text: str, skill: str) -> None:
    assert skill not in read_as_its_kind(text)


@pytest.mark.parametrize(
    ("text", "skill"),
    [
        # written slices w841-w848 (first runs 1542-1548): tests another team designs, a French team named for ML, an org
        # running the fleet, skills an employer does not hire for, what others try to explain to the hire
        ("Experience\nNew model versions go live through A/B tests that the Experimentation team designs and runs.", "ab_testing"),
        ("Expérience\nInterlocutrice de l'équipe Machine Learning, qui maintient le moteur de recommandation.", "machine_learning"),
        ("Experience\nThe company has 90M users; the Infra org runs the company's Kubernetes fleet and feature store.", "kubernetes"),
        (
            "Requirements\n\n- R\n- Candidates who have written software or trained models are welcome, but we are not hiring for "
            "those skills.\n",
            "machine_learning",
        ),
        ("Requirements\n\n- R\n- You'll cook for people who will try to explain reinforcement learning to you.\n", "machine_learning"),
    ],
)
def test_others_tests_teams_orgs_and_skills_not_hired_for_are_not_shown(text: str, skill: str) -> None:
    assert skill not in read_as_its_kind(text)


def test_years_or_more_of_doing_something_are_the_overall_years() -> None:
    """Written slice w845: "Eight years or more building backend or infrastructure systems" asked for no overall years."""
    job = Analyzer().read_job(
        text="Requirements\n\n- Eight years or more building backend or infrastructure systems, including at least three years "
        "running Kubernetes\n"
    )
    assert (job.years, job.years_overall) == ((("kubernetes", 3),), 8)


def test_a_wine_estate_named_python_is_no_python() -> None:
    """Written slice w843: "Cellar Hand & Vineyard Assistant Python Kloof Wines, Stellenbosch"."""
    assert "python" not in found("Experience\nCellar Hand & Vineyard Assistant Python Kloof Wines, Stellenbosch\nBottling and data logs.")


def test_what_replaced_a_tool_is_shown() -> None:
    """`w749_ds_01`: "using Prophet, later replaced by gradient-boosted trees" read the trees as removed; found only through
    another team's name before."""
    text = "Experience\nForecast weekly order volume using Prophet, later replaced by\ngradient-boosted trees with holiday features."
    assert "machine_learning" in found(text)


def test_a_gpu_node_group_set_up_is_gpu_infrastructure() -> None:
    """`w764_ai_01`: a "group" after the skill's words read "the GPU node group" as a team named for it."""
    assert "gpu_infrastructure" in found("Experience\nServe them with vLLM on EKS; set up the GPU node group and its autoscaling.")


def test_the_persons_own_department_budget_is_business_acumen() -> None:
    """`w533_un_01`: "Prepare and defend the department's yearly conservation budget" read as the department's own thing."""
    assert "business_acumen" in found("Experience\nPrepare and defend the department's yearly conservation budget (EUR 310,000).")


@pytest.mark.parametrize(
    "text",
    [
        # `w851_ds_01`, `w853_ai_02`: a surname after a title and a first name, and a first name whose surname wrapped
        "Experience\nLecturer (part-time), 2019 - 2021\nTaught statistics with worked examples in R; module co-ordinator was "
        "Dr. Niamh Ray.",
        "Experience\nResearch Intern, 2018\n- Counterfactual learning to rank from click logs with PyTorch; supervised by Ray\nKoster.",
    ],
)
def test_ray_as_a_surname_or_a_name_wrapped_before_its_surname_is_a_person(text: str) -> None:
    assert "distributed_computing" not in found(text)


@pytest.mark.parametrize(
    ("text", "skill"),
    [
        # `w851_de_04`: the Portuguese team ("do time de Analytics") and "theirs" said after the thing ("deles")
        (
            "Experiência\nEngenheiro de Dados, mar. 2020 – o momento\n- As tabelas da camada ouro alimentam os dashboards em "
            "Looker do time de Analytics e os testes A/B do time de Produto.",
            "ab_testing",
        ),
        (
            "Experiência\nEngenheiro de Dados, mar. 2020 – o momento\n- Apoio o time de Ciência de Dados na disponibilização "
            "de dados para os modelos de churn deles.",
            "predictive_modeling",
        ),
        # `w851_ds_05`: a test the person never came to run
        (
            "Projects\nRefund flagging, 2025\n- Flagged suspicious refunds with SQL. Did not get to run an A/B test of the "
            "flagging rule; wrote it up as the next step.",
            "ab_testing",
        ),
        # `w851_ai_02`: how many predictions a served model answers
        (
            "Experience\nML Platform Engineer, 2020 - 2022\n- Run model serving on EKS: Triton and KServe for ETA and fraud "
            "models (~180k predictions/s at peak).",
            "predictive_modeling",
        ),
        # `w853_un_03`: an audit's tests of controls
        (
            "Experience\nAudit Senior, 2015 - 2019\n- Ran audits of owner-managed and AIM-listed clients; sample testing and "
            "controls work.",
            "ab_testing",
        ),
    ],
)
def test_others_teams_in_portuguese_tests_not_run_prediction_rates_and_audit_controls_are_not_shown(text: str, skill: str) -> None:
    assert skill not in found(text)


@pytest.mark.parametrize(
    ("text", "skill"),
    [
        # `w855_ds_02`, `w855_ds_05`: a posting's item that opens with the tool and says what it is for
        ("Requirements\n- Proficiency in Python\n\nPreferred qualifications\n- Tableau for sharing results with planners\n", "tableau"),
        ("Requirements\n- Python for research\n\nNice to have\n- R, for the few legacy models we have not yet ported\n", "r_language"),
        # `w850_ds_02`: Spanish synthetic control, a weekly sales forecast and campaign performance analysed
        ("Experiencia\nCientífica de Datos, ene. 2021 – actualidad\nDiseñé pruebas geográficas (control sintético).", "causal_inference"),
        ("Experiencia\nCientífica de Datos, ene. 2021 – actualidad\nPronóstico semanal de ventas con Prophet.", "predictive_modeling"),
        ("Experiencia\nAnalista de Datos, jun. 2018 – dic. 2020\nAnalicé el desempeño de campañas digitales.", "data_exploration"),
        # `w852_ds_04`: German findings and a price recommendation presented, an insurer's frequency and severity GLMs
        (
            "Berufserfahrung\nPricing Analyst, 04/2020 – heute\n- Tarifanpassung 2024: Präsentation der Analyse und der "
            "Preisempfehlung vor den Underwritern.",
            "data_storytelling",
        ),
        (
            "Berufserfahrung\nPricing Analyst, 04/2020 – heute\n- GLMs für Schadenfrequenz (Poisson) und Schadenhöhe (Gamma).",
            "predictive_modeling",
        ),
    ],
)
def test_tools_a_posting_item_opens_with_and_spanish_and_german_analysis_words_are_shown(text: str, skill: str) -> None:
    assert skill in read_as_its_kind(text)


@pytest.mark.parametrize(
    ("text", "skill"),
    [
        # `w852_ai_01`: the means the person reached a client's thing by ("over REST APIs") read as the client's own
        (
            "Experience\nChatbot Developer, Jul 2019 – Feb 2022\nBuilt Rasa chatbots for two insurers: custom actions in Python, "
            "and\nintegrations with the clients' CRM over REST APIs.",
            "rest_api",
        ),
        # `w850_ds_05`: costs cut by an amount of money
        (
            "Experience\nOperations Research Analyst, Q3 2023 – Present\n- Built the disruption-day recovery model; cut hotel, "
            "taxi and deadheading costs by about GBP 4.1m a year.",
            "business_acumen",
        ),
    ],
)
def test_means_to_a_clients_thing_and_costs_cut_by_money_are_shown(text: str, skill: str) -> None:
    assert skill in found(text)


@pytest.mark.parametrize(
    ("text", "skill"),
    [
        # `w849_de_04`: a function's people by their trade as the subject, and "they" doing the skill
        (
            "Experience\nAnalytics Engineer, Dec 2023 – Present\n- Feed the merchandising team's demand forecasts: their "
            "planners build the forecasts, I supply the weekly sales history they forecast from.",
            "predictive_modeling",
        ),
        (
            "Experience\nAnalytics Engineer, Dec 2023 – Present\n- Built the shelf marts; Store Ops ran its own shelf-layout A/B tests.",
            "ab_testing",
        ),
    ],
)
def test_planners_they_and_ops_doing_the_skill_are_not_the_person(text: str, skill: str) -> None:
    assert skill not in found(text)


@pytest.mark.parametrize(
    ("text", "skill"),
    [
        # `w857_un_03`: a health-care practice named Python ("Python Dental Care, Tulsa")
        ("Experience\nRegistered Dental Hygienist Python Dental Care, Tulsa, OK      2019 – Present\n- Cleanings and X-rays.", "python"),
        # `w861_ai_05`: a team named for the skill in small letters after the word that tells which
        (
            "Experience\nML Intern, Summer 2025\n- Shipped the summarizer as a REST endpoint built with FastAPI, for the ops "
            "dashboard team to call.",
            "dashboards",
        ),
        # `w858_ds_02`: left in another team's charge, in European Portuguese
        (
            "Experiência\nCientista de Dados, set. 2019 – atual\n- O deployment dos modelos em Azure ficou a cargo da equipa de "
            "engenharia de cada cliente.",
            "cloud",
        ),
        # `w864_un_03`: a posting's test run by teams named without an article
        (
            "Requirements\n- Experience with consent and cookie programs, including the A/B testing of consent banners run by "
            "Growth teams\n",
            "ab_testing",
        ),
        # `w864_ai_05`: predictions a service exposes
        ("Requirements\n- Write FastAPI services that expose model predictions to the clinical app\n", "predictive_modeling"),
    ],
)
def test_practices_teams_in_small_letters_portuguese_charge_and_exposed_predictions_are_not_shown(text: str, skill: str) -> None:
    assert skill not in read_as_its_kind(text)


@pytest.mark.parametrize(
    ("text", "skill"),
    [
        # `w863_ds_01`: knowing when not to use a method is judgement of it, not a method ruled out
        (
            "Requirements\n- Experience with machine learning methods such as gradient boosting, and knowing when not to use them\n",
            "machine_learning",
        ),
        # `w858_ds_02`: Portuguese tests of hypotheses in the plural, churn predicted
        ("Experiência\nCientista de Dados, set. 2019 – atual\n- Testes de hipóteses em campanhas de retenção.", "hypothesis_testing"),
        ("Experiência\nCientista de Dados, set. 2019 – atual\n- Projetos de previsão de churn para operadoras.", "predictive_modeling"),
        # `w861_ds_04`, `w852_ds_04`: an insurer's rating factors designed
        (
            "Experience\nPricing Actuary, May 2016 – Present\n- Designed the telematics rating variables for the new motor tariff.",
            "feature_engineering",
        ),
        (
            "Berufserfahrung\nPricing Analyst, 04/2020 – heute\n- Aufbau neuer Tarifmerkmale: PLZ-Clustering zu Regionen.",
            "feature_engineering",
        ),
        # `w861_ds_02`: Spanish propensity score matching
        ("Experiencia\nCientífica de Datos, sept. 2020 – actualidad\n- Emparejamiento por puntuación de propensión.", "causal_inference"),
    ],
)
def test_when_not_to_use_portuguese_tests_and_churn_rating_factors_and_spanish_matching_are_shown(text: str, skill: str) -> None:
    assert skill in read_as_its_kind(text)


@pytest.mark.parametrize(
    ("text", "skill"),
    [
        # `w857_ai_01`: a German resume's prompt templates, fine-tuning, latency cut and analyses with pandas
        (
            "Berufserfahrung\nSenior LLM Engineer, seit 03/2023\n- Prompt-Vorlagen für Schriftsatzentwürfe entworfen und versioniert.",
            "prompt_engineering",
        ),
        (
            "Berufserfahrung\nMachine Learning Engineer, 04/2020 – 02/2023\n- Feinjustierung von Modellen für die Klassifikation "
            "von Korrespondenz (PyTorch, Hugging Face Transformers).",
            "llm_fine_tuning",
        ),
        (
            "Berufserfahrung\nSenior LLM Engineer, seit 03/2023\n- Antwortzeit durch 4-Bit-Quantisierung und dynamisches Batching "
            "um 55 % gesenkt.",
            "inference_optimization",
        ),
        (
            "Berufserfahrung\nWerkstudentin NLP, 10/2018 – 03/2020\n- Aufbereitung und Auswertung eines Korpus von Urteilen mit "
            "Python und pandas.",
            "data_exploration",
        ),
    ],
)
def test_german_prompt_templates_fine_tuning_latency_and_analyses_are_shown(text: str, skill: str) -> None:
    assert skill in found(text)


@pytest.mark.parametrize(
    ("text", "skill"),
    [
        # `w871_un_01`: rooms said to be named after tools, and a toolkit installed on others' laptops (an IT technician's ad)
        ("Requirements\n- Keep the meeting rooms working. Our meeting rooms are named Pandas, Jupyter and Tableau.\n", "jupyter"),
        (
            "Requirements\n- Install and update the standard toolkit on consultants' laptops (Anaconda, VS Code, Docker Desktop, Zoom)\n",
            "docker",
        ),
        # `w871_ai_01`, `w867_ds_04`: a paper's or a grant's title in quotes
        (
            'Requirements\n- Publications at NeurIPS; our team recently presented "Retrieval-Augmented Pretraining Revisited"\n',
            "rag",
        ),
        ('Grants\nNERC, "Deep learning emulators for regional climate models", Co-I (PI: Dr T. Wren), 2022–2025', "machine_learning"),
        # `w868_ai_01`: tools of a list said not to be permitted
        (
            "Experience\nAI Engineer, Jan 2022 – Present\n- Note: no AWS, Azure or other public-cloud services are permitted for "
            "classified data.",
            "cloud",
        ),
        # `w869_de_04`, `w865_un_03`, `w865_ds_04`: a team's own models after "that ... into its", forecasts a team sends, a
        # tool an outside vendor supplies
        (
            "Experience\nData Engineer, Apr 2019 – Present\n- Deliver the rating-factor tables that the motor pricing team feeds "
            "into its GLMs.",
            "statistical_modeling",
        ),
        (
            "Experience\nBrewer, 2019 – Present\n- Brew schedule built from the sales forecasts the commercial team sends each month.",
            "predictive_modeling",
        ),
        (
            "Experience\nAnalyst, 2019 – Present\n- The union’s machine-learning opposition-scouting tool is supplied by an "
            "outside vendor.",
            "machine_learning",
        ),
        # `w865_un_03`: a beer named Python; `w867_ai_01`: a benchmark suite pruned; `w866_un_03`: another person's trade
        ("Experience\nBrewer, 2019 – Present\n- Launched Python Pale Ale (4.2%), now our best seller in cask.", "python"),
        ("Experience\nApplied Scientist, 2017 – Present\n- Pruned the suite from 112 benchmarks to 40 for the LLM evaluations.", "pruning"),
        ("Experience\nReporter, 2015 – Present\n- Our staffing analysis was checked by a statistician at Lehigh University.", "statistics"),
        # `w872_un_01`: an interface's prompts
        (
            "Requirements\n- Write and edit interface copy: onboarding, empty states, in-product prompts and suggestion chips\n",
            "prompt_engineering",
        ),
    ],
)
def test_named_rooms_installed_toolkits_titles_forbidden_tools_and_others_things_are_not_shown(text: str, skill: str) -> None:
    assert skill not in read_as_its_kind(text)


@pytest.mark.parametrize(
    ("text", "skill"),
    [
        # `w866_ds_01`: logit models; `w865_ds_01`: a fraud model's velocity variables
        (
            "Experience\nSenior Fellow, Sept. 2017 – Present\n- Estimated two-way fixed-effects and logit models in Stata.",
            "statistical_modeling",
        ),
        (
            "Experience\nFraud Data Scientist, Feb 2018 – Present\n- Built velocity variables (spend per card in the last hour).",
            "feature_engineering",
        ),
        # `w865_ai_05`, `w865_ai_02`, `w866_ds_05`: Polish conclusions presented, French distillation, Italian data explored
        ("Doświadczenie\nML Engineer, od 04.2021\n- Prowadzę testy A/B; wnioski przedstawiam zespołowi produktowemu.", "data_storytelling"),
        ("Expérience\nIngénieure IA, mars 2022 – aujourd’hui\n- Distillation de Whisper large vers un modèle élève.", "distillation"),
        ("Esperienza\nMarketing Analyst, set 2020 – oggi\n- Esplorazione dei dati delle carte fedeltà.", "data_exploration"),
        # `w868_ds_04`: a German credit-risk analyst's results presented, tests, predictions and monthly reporting
        (
            "Berufserfahrung\nRisikoanalyst, 10/2018 – heute\n- Vorstellung der Ergebnisse und Handlungsempfehlungen im "
            "Kreditrisikokomitee.",
            "data_storytelling",
        ),
        ("Berufserfahrung\nRisikoanalyst, 10/2018 – heute\n- Validierung mit Binomialtest und Hosmer-Lemeshow.", "hypothesis_testing"),
        (
            "Berufserfahrung\nRisikoanalyst, 10/2018 – heute\n- Gradient Boosting mit XGBoost zur Vorhersage von Ausfällen.",
            "predictive_modeling",
        ),
        ("Berufserfahrung\nRisikoanalyst, 10/2018 – heute\n- Monatliches Reporting der Risikokennzahlen an den Vorstand.", "dashboards"),
        ("Berufserfahrung\nRisikoanalyst, 10/2018 – heute\n- Explorative Analyse der Ausfallhistorie in SAS.", "data_exploration"),
    ],
)
def test_logit_models_velocity_variables_and_polish_french_italian_german_words_are_shown(text: str, skill: str) -> None:
    assert skill in found(text)


def test_a_posting_s_budgets_a_unit_prepares_are_not_asked() -> None:
    """`w870_ds_02`: budgets a unit named without an article prepares ("prepared by Business Development")."""
    text = "Requirements\n- Provide statistical input to proposals and budgets prepared by Business Development.\n"
    assert "business_acumen" not in read_as_its_kind(text)


@pytest.mark.parametrize(
    ("text", "skill"),
    [
        # `w880_un_01`: rooms named in an aside; a talk series where the company's engineers explain things
        ("Requirements\n- Keep our meeting rooms (named Jupyter, Keras and Pandas by an early engineer) booked and tidy\n", "tensorflow"),
        (
            "Requirements\n- Curiosity about AI; we run a monthly lunch-and-learn where our engineers explain things like "
            "quantization and distillation for everyone\n",
            "distillation",
        ),
        # `w880_ai_01`: a pager's tools; `w879_un_02`: a rough idea of how models work
        ("Requirements\n- Build monitoring for deployed models: latency and alerting into our on-call tooling\n", "ai_agents"),
        ("Requirements\n- A basic understanding of how AI models are trained and served\n", "model_serving"),
        # `w873_un_03`: suppliers named with a trade
        ("Skills\nSuppliers I love: Jupiter Marquee Hire, Spark & Ember Fireworks, Little Dash Cakes.", "plotly"),
        # `w874_ai_04`: a team's own models in an aside; `w874_ai_01`: left in an Italian department's charge
        (
            "Experience\nMLOps Engineer, 03/2020 – present\n- Work with the data science team (who own the demand-forecasting "
            "models) on release plans.",
            "predictive_modeling",
        ),
        (
            "Esperienza\nIngegnere, gen 2020 – oggi\n- Il controllo statistico di processo (SPC) resta in capo al reparto Qualità.",
            "statistics",
        ),
        # `w875_ai_02`: dashboards that read the person's endpoints, over a wrapped line; `w875_ai_05`: a model not taken there
        (
            "Experience\nConversational AI Lead, Aug 2019 – Present\n- Deployed the models behind Flask REST endpoints, consumed by "
            "the\nclient dashboards.",
            "dashboards",
        ),
        ("Research\nResearch Intern, Jun 2023 – Sep 2023\n- The on-device model was not taken to production.", "model_serving"),
    ],
)
def test_rooms_talks_pagers_rough_ideas_suppliers_asides_and_consumers_are_not_shown(text: str, skill: str) -> None:
    assert skill not in read_as_its_kind(text)


@pytest.mark.parametrize(
    ("text", "skill"),
    [
        # `w878_ds_01`: years of a skill "in an industry setting" are the skill's, not the overall years
        ("Requirements\n- At least three years' experience building forecasting models in an industry setting\n", "predictive_modeling"),
        # `w874_ai_01`: filters pruned, in Italian
        ("Esperienza\nIngegnere, gen 2020 – oggi\n- Compressione del modello con pruning dei filtri.", "pruning"),
        # `w875_ds_01`: a Portuguese resume's significance tests, propensity models, variables built and results presented
        ("Experiência\nCientista de Dados, jan. 2021 – atual\n- Testes de significância antes de qualquer rollout.", "hypothesis_testing"),
        ("Experiência\nCientista de Dados, jan. 2021 – atual\n- Modelos de propensão de compra com LightGBM.", "predictive_modeling"),
        (
            "Experiência\nCientista de Dados, jan. 2021 – atual\n- ~300 variáveis construídas a partir das transações.",
            "feature_engineering",
        ),
        (
            "Experiência\nCientista de Dados, jan. 2021 – atual\n- Apresento mensalmente à diretoria o resultado das campanhas, "
            "com recomendação de onde investir.",
            "data_storytelling",
        ),
    ],
)
def test_industry_settings_italian_pruning_and_portuguese_analysis_words_are_shown(text: str, skill: str) -> None:
    if text.startswith("Requirements"):
        assert Analyzer().read_job(text=text).years == ((skill, 3),)
    else:
        assert skill in found(text)


@pytest.mark.parametrize(
    ("text", "skill"),
    [
        # `w886_ai_05`: foundation models used through a provider
        (
            "Requirements\n- We use hosted foundation models through Azure OpenAI and do not train or serve our own models today\n",
            "machine_learning",
        ),
        # `w886_ds_04`: tables modelled so they come out clean; `w887_ai_05`: endpoints a dashboard calls
        (
            "Requirements\n- Turn our raw events and card transactions into clean, documented and well-tested data models\n",
            "data_exploration",
        ),
        ("Requirements\n- Ship features in our Python backend (FastAPI), and write the REST endpoints the dashboard calls\n", "dashboards"),
        # `w887_un_06`: the research community of a field
        (
            "Requirements\n- Familiarity with the machine learning research community: you know what a NeurIPS deadline does\n",
            "machine_learning",
        ),
        # `w884_de_04`: a French team as the subject
        (
            "Expérience\nAnalytics Engineer, sept. 2021 – aujourd’hui\n- L’équipe data science entraîne les modèles de prévision de "
            "la demande.",
            "predictive_modeling",
        ),
        # `w885_ai_05`: another function's team of the company as the subject; a course not yet passed
        (
            "Experience\nJunior ML Engineer, Jul 2024 – Present\n- Our data team runs the Spark jobs that produce the training sets.",
            "distributed_computing",
        ),
        ("Skills\nKubernetes (CKAD course, not yet passed), Docker", "kubernetes"),
        # `w885_un_03`: a body's figures checked against; `w882_un_01`: a street and drafts kept in versions
        (
            "Experience\nReporter, 2019 – Present\n- Checked politicians' claims against CSO statistics and the original documents.",
            "statistics",
        ),
        ("Experience\nLegal Secretary, 2019 – Present\n- Opened new matters and kept the Python Street office's paper archive.", "python"),
        ("Experience\nLegal Secretary, 2019 – Present\n- Document management in iManage Work: version control of drafts.", "git"),
    ],
)
def test_bought_in_models_clean_tables_called_endpoints_communities_teams_courses_bodies_streets_and_drafts(text: str, skill: str) -> None:
    assert skill not in read_as_its_kind(text)


@pytest.mark.parametrize(
    "text",
    [
        # `w884_de_04`: a French analytics engineer's window functions and cleaning of exports
        "Expérience\nAnalytics Engineer, sept. 2021 – aujourd’hui\n- Optimisation des requêtes (partitionnement, fonctions de fenêtre).",
        "Expérience\nAnalytics Engineer, sept. 2021 – aujourd’hui\n- Nettoyage des exports de caisse chaque semaine.",
    ],
)
def test_french_window_functions_and_cleaning_are_shown(text: str) -> None:
    assert found(text) & {"advanced_sql", "data_exploration"}


@pytest.mark.parametrize(
    ("text", "skill"),
    [
        # `w881_ds_01`: simulations programmed in R, a line away from the title
        (
            "Experience\nPrincipal Statistician, Mar 2016 – Present\n- Led the trial work for two Phase III studies.\n- Programmed "
            "simulation studies in R to size group-sequential designs;\nvalidated the output independently in another tool.",
            "r_language",
        ),
        # `w883_ai_05`: a Portuguese resume's fine-tuning, prompt templates and cheaper inference
        (
            "Experiência\nEngenheiro de IA, mar. 2023 – atual\n- Afinei um Llama 3 8B para classificar sinistros.",
            "llm_fine_tuning",
        ),
        (
            "Experiência\nEngenheiro de IA, mar. 2023 – atual\n- Escrevi os templates de prompt e os exemplos few-shot.",
            "prompt_engineering",
        ),
        (
            "Experiência\nEngenheiro de IA, mar. 2023 – atual\n- A quantização AWQ a 4 bits baixou o custo por pedido em 60%.",
            "inference_optimization",
        ),
    ],
)
def test_r_simulations_and_portuguese_fine_tuning_prompts_and_inference_cost_are_shown(text: str, skill: str) -> None:
    assert skill in found(text)


@pytest.mark.parametrize(
    ("text", "skill"),
    [
        # `w890_ai_05`: n-gram language models fine-tuned, and a phone menu's prompts
        ("Experience\nSpeech Engineer, Aug 2018 – Present\n- Fine-tuned n-gram KenLM language models on domain text.", "llm_fine_tuning"),
        ("Experience\nSpeech Engineer, Aug 2018 – Present\n- Wrote the IVR prompts style guide for data collection.", "prompt_engineering"),
        # `w889_ds_02`: an arena named Spark
        (
            "Experience\nTransport Planner, Feb 2020 – Present\n- Wrote the traffic-management plan for Spark Arena events (2017).",
            "distributed_computing",
        ),
    ],
)
def test_n_gram_models_phone_prompts_and_arenas_are_not_shown(text: str, skill: str) -> None:
    assert skill not in found(text)


@pytest.mark.parametrize(
    ("text", "skill"),
    [
        # `w898_ds_01`, `w899_un_03`: money spent or lost, named with the amount
        (
            "Experience\nData Scientist, Q2 2019 – Present\n- Built the demand forecast; spoilage write-offs dropped by "
            "$2.1M in its first year.",
            "business_acumen",
        ),
        ("Experience\nLead Pharmacist, Jun 2019 – Present\n- Biosimilar switches I led cut annual drug spend by £410k.", "business_acumen"),
        # `w899_ds_01`: revenue weighed against losses
        (
            "Experience\nCredit Modeller, Feb 2018 – Present\n- Set approval cut-offs by weighing approval rate against expected credit "
            "loss and interest revenue.",
            "business_acumen",
        ),
        # `w898_ds_01`: a weekly workbook for a department's managers
        (
            "Experience\nLogistics Analyst, Jan 2015 – Mar 2019\n"
            "- Put together the weekly fill-rate workbook in Excel for the transportation managers.",
            "dashboards",
        ),
        # `w897_de_05`, `w899_ai_02`: presenting to and working with another function in Spanish and Portuguese
        (
            "Experiencia\nAnalista BI, ene. 2017 – dic. 2020\n- Armé los reportes semanales de desempeño y los presenté a "
            "los gerentes regionales.",
            "communication",
        ),
        (
            "Experiência\nEngenheira de IA, mar. 2022 – atual\n- Trabalho com a equipe jurídica e com os gerentes de "
            "produto na definição dos requisitos.",
            "communication",
        ),
        ("Experiencia\nAnalista BI, ene. 2017 – dic. 2020\n- Propuse ajustes de surtido a partir de esos hallazgos.", "data_storytelling"),
        # `w850_ai_01`, `w852_ai_05`, `w853_un_03`, `w898_ai_01`, `w898_ds_02`: written for, briefed, trained and answered
        (
            "Experience\nComputer Vision Engineer, Jun 2022 – Present\n- Write a short model card for each release for the product team.",
            "communication",
        ),
        (
            "Experience\nConsultant, Jan 2023 – Present\n- Two half-day sessions for the executive committee on what GenAI "
            "can do in a bank.",
            "communication",
        ),
        ("Experience\nAudit Senior, Sep 2012 – May 2016\n- Trained and supervised first-year trainees on site.", "communication"),
        ("Experience\nSpeech Engineer, Apr 2021 – Present\n- Answered customer escalations in English and Japanese.", "communication"),
        (
            "Experience\nEpidemiologist, Jan 2019 – Present\n- Brief Ministry of Health officials each fortnight on what "
            "the forecasts show.",
            "communication",
        ),
        # `w898_ds_01`: buyers walked through each week's forecast
        (
            "Experience\nData Scientist, Q2 2019 – Present\n- Walk category buyers through each week's forecast in a Monday review.",
            "data_storytelling",
        ),
        # `w897_ds_01`: variables derived for a model, and the risk scores a survival model gives
        (
            "Experience\nData Scientist, Mar 2020 – Present\n- Derived tenure, usage-drop and complaint-history variables "
            "from 24 months of billing events.",
            "feature_engineering",
        ),
        (
            "Experience\nData Scientist, Mar 2020 – Present\n- Built Cox survival models of time to cancellation; the monthly risk scores "
            "drive the retention call lists.",
            "predictive_modeling",
        ),
        # `w900_ds_01`: the risk of an injury modelled
        (
            "Experience\nSports Data Scientist, Aug 2020 – Present\n- Built an injury-risk model from acute:chronic load ratios.",
            "predictive_modeling",
        ),
        # `w899_ds_04`: the size of a test worked out
        ("Experience\nProduct Analyst, Sep 2021 – Present\n- Defined guardrail metrics and power calculations.", "statistics"),
        # `w898_ai_02`, `w899_ai_02`: retrieval behind a service, a model exposed (in Portuguese)
        (
            "Experience\nSoftware Engineer, Aug 2020 – Present\n- Serve candidate retrieval from a ScaNN index behind a gRPC service.",
            "model_serving",
        ),
        (
            "Experiência\nEngenheira de IA, mar. 2022 – atual\n- Desenvolvi as APIs REST em FastAPI que expõem o modelo de "
            "extração aos clientes.",
            "model_serving",
        ),
    ],
)
def test_money_saved_packs_foreign_presenting_briefings_derived_variables_and_retrieval_served_are_shown(text: str, skill: str) -> None:
    assert skill in found(text)


@pytest.mark.parametrize(
    ("text", "skill"),
    [
        # `w897_ds_01`: others' tests the person says they did not design
        (
            "Experience\nData Scientist, Mar 2020 – Present\n- Handed the subscriber lists to the network operations team, whose own "
            "router-firmware A/B tests I did not design or analyse.",
            "ab_testing",
        ),
        # `w897_ds_04`: clients' own tests
        (
            "Experience\nMMM Analyst, Jan 2021 – Present\n- Clients' own geo-lift tests, run by their platforms, come in "
            "as calibration inputs.",
            "ab_testing",
        ),
        # `w901_ds_01`: a Spanish team named after its deed
        (
            "Experiencia\nCientífica de Datos, sept. 2019 – actualidad\n- Los modelos los pone en producción el equipo de "
            "Ingeniería de Datos sobre AWS.",
            "model_serving",
        ),
        # `w906_ds_02`: engineers of another trade as the subject
        (
            "Experience\nData Scientist, Jan 2022 – Present\n- Platform engineers deploy the models behind our Go scoring service.",
            "model_serving",
        ),
        # `w905_un_03`, `w909_un_01`, `w908_un_03`: a dish in quotes, a street, an exhibition's title
        (
            "Experience\nOperations Manager, Jan 2019 – Present\n- Launched the bao menu - the 'Python' (chilli-glazed "
            "pork belly) is still our best seller.",
            "python",
        ),
        ("Experience\nSales Agent, Jan 2019 – Present\n- Record street price on Python Court, Rochedale (2021).", "python"),
        (
            "Experience\nCollections Manager, Jan 2019 – Present\n"
            '- Co-curated "Spark: Electricity and the Victorian Home" (2022-23), 180 objects,'
            " and its visitor dashboard.",
            "distributed_computing",
        ),
        # postings: `w903_un_01`, `w911_un_01`: a conference's hall, a village; `w912_un_01`: fields of a background, a wish
        # to learn; `w910_un_06`: cleaning vendors; `w903_un_01`: a pay line read as a heading
        ('Requirements\n- Coordinate the AV team: stage lighting and the "Python track" hall that seats 900', "python"),
        ("Requirements\n- Coordinate the engineering offsite (this year in Python, a village in the Cotswolds).", "python"),
        ("Requirements\n- A technical background (computer science, statistics or engineering undergrad)", "statistics"),
        (
            "Requirements\n- You do not need to train a model, but you should want to understand how one is trained",
            "machine_learning",
        ),
        (
            "Requirements\n- Coordinate maintenance, cleaning, landscaping and pest-control vendors around our data halls",
            "data_exploration",
        ),
        (
            "Requirements\n- Event planning\n\n## What we offer\n\n- £45,000–£52,000 plus event bonus\n- Free pass to every conference — "
            "many of our team picked up Python for fun at the workshops",
            "python",
        ),
    ],
)
def test_denied_and_others_tests_foreign_teams_dishes_streets_exhibitions_halls_and_pay_lines_are_not_shown(text: str, skill: str) -> None:
    assert skill not in read_as_its_kind(text)


@pytest.mark.parametrize(
    ("text", "skill"),
    [
        # `w917_ds_01`, `w907_un_03`, `w907_ds_01`: costs cut in German, charges cut and savings in French, with the amount
        (
            "Berufserfahrung\nData Scientist, seit 10/2019\n- Senkung der Reserve- und Hotelkosten um rund 4,2 Mio. EUR pro Jahr",
            "business_acumen",
        ),
        (
            "Experience\nLogistics Coordinator, Jan 2020 – Present\n- Cut demurrage and detention charges by $420,000 a year.",
            "business_acumen",
        ),
        ("Expérience\nData Scientist, janv. 2021 – aujourd'hui\n- Réduction de la casse : 1,4 M€ d'économies par an.", "business_acumen"),
        # `w906_ds_02`: losses weighed against another figure
        (
            "Experience\nFraud Data Scientist, Jan 2022 – Present\n- Tuned thresholds to balance false declines against losses.",
            "business_acumen",
        ),
        # `w906_ds_02`: what the team recommends, in a report for the CFO
        (
            "Experience\nFraud Data Scientist, Jan 2022 – Present\n- Monthly fraud report for the CFO: top attack patterns and what "
            "we recommend changing.",
            "data_storytelling",
        ),
        # `w909_ds_01`: prices explained to a trading desk
        (
            "Experience\nData Scientist, Feb 2020 – Present\n- Explain model prices to the trading desk every "
            "morning: where the model is weak.",
            "communication",
        ),
        # `w906_ai_01`: a German resume's annotation data analysed and a backbone pruned
        (
            "Berufserfahrung\nWerkstudent, 10/2018 – 03/2020\n- Auswertung der Annotationsdaten (Klassenverteilung, Labelfehler) mit "
            "eigenen Skripten.",
            "data_exploration",
        ),
        (
            "Berufserfahrung\nWerkstudent, 10/2018 – 03/2020\n- Ausdünnen eines ResNet-Backbones durch strukturiertes Pruning.",
            "pruning",
        ),
        # `w907_ds_01`: a French resume's explanatory variables made
        (
            "Expérience\nData Scientist, janv. 2021 – aujourd'hui\n- Création des variables explicatives : "
            "calendrier, jours fériés, météo.",
            "feature_engineering",
        ),
    ],
)
def test_money_worth_charges_and_savings_recommendations_for_the_cfo_and_german_and_french_work_are_shown(text: str, skill: str) -> None:
    assert skill in found(text)


@pytest.mark.parametrize(
    ("text", "skill"),
    [
        # `w914_de_01`: a Spanish team after the deed's verb, and a Spanish "son de ellos" (theirs)
        (
            "Experiencia\nAnalytics Engineer, mar. 2020 – actualidad\n- Los tests A/B de precios los corre el equipo de Growth.",
            "ab_testing",
        ),
        (
            "Experiencia\nAnalytics Engineer, mar. 2020 – actualidad\n- Mantengo las tablas que consume el equipo de ciencia de datos: "
            "los modelos de predicción de demanda son de ellos.",
            "predictive_modeling",
        ),
        # `w916_ds_01`: a market-research survey named TGI
        (
            "Experience\nMedia Planner, Jan 2015 – Jan 2019\n- Pulled audience data from TGI and panel surveys to size target groups.",
            "model_serving",
        ),
        # `w917_ai_02`: an image model fine-tuned
        (
            "Experience\nGenerative AI Engineer, Jun 2023 – Present\n- Fine-tune Stable Diffusion XL with LoRA adapters to generate "
            "thumbnails (generative).",
            "llm_fine_tuning",
        ),
        # `w917_un_03`: places on a map
        ("Experience\nGeologist, Jan 2015 – Present\n- Supervised drilling at the Python Creek and Spark Hill prospects.", "python"),
        # `w913_ai_02`: a regulation named for the field
        (
            "Experience\nAI Engineer, 2022/05 – Present\n- RAG over 12,000 circulars (such as the Cloud Computing Regulatory Framework).",
            "cloud",
        ),
        # postings: `w920_un_01` rooms named in quotes, `w920_un_02` the topics of patents, `w919_un_06` capacity bought,
        # `w918_un_06` a directory of accounts, `w920_ai_02` a model converted and tested
        ('Requirements\n- Keep meeting rooms ("Atlas", "Spark", "Scout" and "Python") tidy and booked', "python"),
        ("Requirements\n- Support counsel on patent filings, including our applications on model distillation methods", "distillation"),
        ("Requirements\n- Source, negotiate and renew contracts for GPU capacity (H100 clusters) from AWS and Azure", "cloud"),
        ("Requirements\n- Create and remove accounts in Microsoft 365 and Entra ID (formerly Azure AD)", "cloud"),
        ("Requirements\n- Build tooling for benchmarking, model conversion and regression tests", "ab_testing"),
    ],
)
def test_spanish_others_surveys_image_models_places_laws_rooms_patents_purchases_and_directories_are_not_shown(
    text: str, skill: str
) -> None:
    assert skill not in read_as_its_kind(text)


def test_a_monthly_pack_is_a_recurring_report_but_a_cadence_before_a_comma_is_not() -> None:
    # `w899_ds_01`: a monthly pack for a department's head
    assert "dashboards" in found(
        "Experience\nCredit Analyst, Jan 2015 – Jan 2018\n- Produced the monthly arrears pack for the Head of Credit."
    )
    assert "dashboards" not in found("Screened literature hits weekly, prepared signal validation packs for the safety physician.")


def test_an_employer_named_with_a_plus_tells_of_itself() -> None:
    # `w920_ds_02`: the company's paragraph names its shows
    text = (
        "Insights Analyst\nLumen+ | London\n\nLumen+ is a streaming service with 22 million subscribers, home to originals like "
        '"Python Creek" and the true-crime hit "Spark".\n\nRequirements\n- SQL'
    )
    assert set(Analyzer().read_job(text=text).skills) == {"sql"}


@pytest.mark.parametrize(
    ("text", "skill"),
    [
        # `w913_ai_01`: features computed for a ranker
        (
            "Experience\nSearch Engineer, feb. 2021 – actualidad\n- ~300 signals such as review scores and click history, with "
            "features computed in Python.",
            "feature_engineering",
        ),
        # `w915_ai_02`: the mechanical team worked with
        ("Experience\nPerception Engineer, Okt. 2020 – heute\n- Work with the mechanical team on camera placement.", "communication"),
        # `w915_ai_05`: a gateway in front of the models
        (
            "Experience\nLLM Ops Engineer, Nov 2022 – Present\n- Run the inference gateway (FastAPI on AWS ECS) with rate limits.",
            "model_serving",
        ),
        # `w917_ds_01`: a German resume's demand forecast
        (
            "Berufserfahrung\nData Scientist, seit 10/2019\n- Prognose des Bedarfs an Crews mit saisonalen Zeitreihenmodellen",
            "predictive_modeling",
        ),
    ],
)
def test_computed_features_mechanical_teams_inference_gateways_and_german_forecasts_are_shown(text: str, skill: str) -> None:
    assert skill in found(text)


@pytest.mark.parametrize(
    "text",
    [
        # `w915_ds_01`, `w917_ds_04`: analysis as work, named with the tool it was done in
        "Experience\nSenior Data Scientist, Agu 2021 – Sekarang\n- Write most of my analysis in BigQuery SQL.",
        "Experience\nSenior Data Scientist, March 2020 – current\n- Pull linked admin data from SQL Server for the analysis.",
        # `w909_ds_02`: survey rounds coded and cleaned (coding answers is no code)
        "Experience\nResearch Assistant, Sep 2016 – Dec 2020\n- Coded and cleaned three Afrobarometer survey rounds in Stata.",
    ],
)
def test_analysis_done_in_a_tool_and_survey_rounds_cleaned_are_data_exploration(text: str) -> None:
    assert "data_exploration" in found(text)


@pytest.mark.parametrize(
    ("text", "skill"),
    [
        # `w921_ds_01`, `w922_ds_04`: a named risk modelled, and a model's risk flags
        (
            "Experience\nClinical Analyst, Jun 2016 – Apr 2019\n- Fit a logistic regression for 30-day readmission risk that care "
            "managers used.",
            "predictive_modeling",
        ),
        (
            "Experience\nSports Scientist, Jan 2020 – Present\n- Weekly risk flags from the model go to the medical team.",
            "predictive_modeling",
        ),
        # `w921_ds_02`: ridership forecast
        (
            "Experience\nData Scientist, sept. 2018 – aujourd'hui\n- Ridership forecasts by line, stop and hour for the tram network.",
            "predictive_modeling",
        ),
        # `w921_ds_01`, `w922_ds_01`, `w924_ds_04`, `w925_ds_01`, `w922_de_05`: data gone through, dug into, explored, cross-tabbed,
        # analysed in Spanish
        (
            "Experience\nStaff Nurse, Jun 2011 – Dec 2015\n- Went through two years of incident logs to find which hours had most falls.",
            "data_exploration",
        ),
        ("Experience\nSales Analyst, Jan 2016 – Dec 2020\n- Dug into margin per customer and per product group.", "data_exploration"),
        (
            "Experience\nResearch Assistant, 2019 – 2021\n- Cleaned and linked census microdata and explored wage distributions.",
            "data_exploration",
        ),
        ("Experience\nResearch Executive, Jan 2015 – Sep 2019\n- Weighted samples and built cross-tabs of each wave.", "data_exploration"),
        ("Experiencia\nAnalista de Datos, feb. 2016 – ene. 2019\n- Análisis de siniestralidad por ramo y región.", "data_exploration"),
    ],
)
def test_named_risks_ridership_forecasts_and_data_gone_through_or_tabulated_are_shown(text: str, skill: str) -> None:
    assert skill in found(text)


@pytest.mark.parametrize(
    ("text", "skill"),
    [
        # `w921_un_01`: a club's night and a game named after tools, counts of members
        (
            "Experience\nChurch Administrator, Jan 2018 – Present\n- Lead Friday Spark nights for 20 middle-schoolers; our favourite "
            "game is Python, a relay tag.",
            "distributed_computing",
        ),
        (
            "Experience\nChurch Administrator, Jan 2018 – Present\n- Our favourite game is Python, a relay tag played in the undercroft.",
            "python",
        ),
        (
            "Experience\nChurch Administrator, Jan 2018 – Present\n- File the Parochial Report (attendance and membership statistics).",
            "statistics",
        ),
        # `w923_ai_05`: a school's teacher-student sessions
        (
            "Experience\nCTO, Sep 2022 – now\n- We pair every student with a human teacher; our teacher-student sessions run on Thursdays.",
            "distillation",
        ),
        # postings: `w926_ai_01` a tool moved off the stack, `w926_ds_04` others' dashboards in good hands, `w927_un_01` interviews
        # the engineers run, `w928_un_01` ideas explained, `w928_un_02` products compared with
        (
            "Requirements\n- PyTorch (we moved our last TensorFlow model off the stack in 2024 — no need to dust off your Keras notes)",
            "tensorflow",
        ),
        ("Requirements\n- Causal inference. The analytics engineers' Looker dashboards are in good hands already.", "dashboards"),
        ("Requirements\n- Schedule technical interviews (our engineers run the Python, SQL and system design rounds)", "sql"),
        ("Requirements\n- Explain ideas like HNSW graphs and hybrid search to developers who have never heard of them", "rag"),
        ("Requirements\n- Knowledge of how buyers compare us with Tableau, Power BI and Looker", "dashboards"),
    ],
)
def test_club_nights_games_member_counts_school_sessions_and_what_a_posting_does_not_ask_are_not_shown(text: str, skill: str) -> None:
    assert skill not in read_as_its_kind(text)


@pytest.mark.parametrize(
    "text",
    [
        # `w926_ds_07`: population projections prepared
        "Requirements\n- Prepare the national and subnational population projections using the cohort-component method",
        # `w927_ds_01`: losses forecast
        "Requirements\n- Forecast how losses at key return periods shift under climate scenarios",
    ],
)
def test_population_projections_and_forecast_losses_are_predictive_modelling(text: str) -> None:
    assert "predictive_modeling" in read_as_its_kind(text)


def test_titles_with_their_own_ranges_under_the_employers_range_keep_the_employers_range() -> None:
    # `w929_ds_01`: "Data Scientist (Apr 2021 onwards) | Demand Planner (2018 – 2021)" under "Sep 2018 – Present"
    report = analyze_text(
        "Experience\nLoom & Lark Retail Ltd, Manchester\nSep 2018 – Present\nData Scientist (Apr 2021 onwards) | Demand Planner "
        "(2018 – 2021)\n- Built the weekly demand forecast with LightGBM in Python.\n",
        as_of="2026-12",
    )
    python = next(skill for role in report.roles for skill in role.found if skill.id == "python")
    assert (python.months, python.last_used) == (100, "2026-12")


@pytest.mark.parametrize(
    ("text", "skill"),
    [
        # `w929_un_01`, `w930_un_03`, `w931_un_03`, `w931_ds_04`: a colour, a revolver, a haircut and the snake
        ("Interests\nFishing, pub quizzes, my Python-green 1998 Vauxhall Astra.", "python"),
        ("Interests\nRestoring an old Python 357 revolver display piece for the local museum.", "python"),
        (
            "Experience\nSalon Owner, Jan 2015 – Present\n- Created the Python cut and the Cobra fringe, both featured in Hair Magazine.",
            "python",
        ),
        (
            "Experience\nEcologist, Mar 2018 – Present\n- Co-ordinated the African rock python survey in the Kruger outreach programme.\n"
            "- Built occupancy models with the tidyverse in R.",
            "python",
        ),
        # `w929_ds_02`: sample sizes of a programme's evaluations
        (
            "Experience\nData Scientist, Jun 2019 – Present\n- Sample size calculations and t-tests for two vaccine-coverage evaluations.",
            "ab_testing",
        ),
        # `w930_un_03`: a dashboard only watched
        ("Experience\nAir Traffic Controller, Jan 2012 – Present\n- Watched the runway occupancy dashboard during peaks.", "dashboards"),
        # `w933_un_01`: an ordinary word in quotes
        (
            "Experience\nPractice Manager, Jan 2016 – Present\n- Plan vet cover each week from the appointment 'forecasts' in the "
            "booking system.",
            "predictive_modeling",
        ),
    ],
)
def test_colours_revolvers_haircuts_snakes_programme_evaluations_watched_dashboards_and_quoted_words_are_not_shown(
    text: str, skill: str
) -> None:
    assert skill not in found(text)


def test_models_fit_in_r_show_r() -> None:
    # `w931_ds_04`: "Fit occupancy models in R and Stan"
    assert "r_language" in found("Experience\nEcologist, Mar 2018 – Present\n- Fit occupancy models in R and Stan.")


@pytest.mark.parametrize(
    ("text", "skill"),
    [
        # `w938_ds_01`: a Spanish unit named before what it did
        (
            "Experiencia\nAnalista, mar. 2016 – feb. 2019\n- Gestioné los accesos de la Unidad de Investigación, que desarrollaba "
            "modelos de aprendizaje automático para imagen radiológica.",
            "machine_learning",
        ),
        # `w938_un_03`: a site's welfare containers beside a plant-hire firm named Docker
        (
            "Experience\nSite Manager, Jan 2015 – Present\n- Ran the compound: excavators, dumpers and welfare containers from "
            "Docker Plant Hire.",
            "docker",
        ),
        # postings: `w940_un_02` the people a recruiter finds, `w941_un_06` a vendor's tool, `w944_un_02` what the hire will pick
        # up, `w944_ds_02` SAP R/3
        (
            "Requirements\n- Build talent pipelines for roles we'll open later, from robotics PhDs to senior Kubernetes engineers",
            "kubernetes",
        ),
        ("Requirements\n- Find candidates on LinkedIn, GitHub and conference speaker lists", "git"),
        (
            "Requirements\n- Our ordering runs on a forecasting tool from an outside supplier that uses machine learning to suggest orders",
            "machine_learning",
        ),
        ("Requirements\n- You will learn enough about GPUs, training and inference to hold a first conversation", "gpu_infrastructure"),
        ("Requirements\n- Pull data from our ERP (SAP ECC, formerly R/3) and the warehouse with SQL", "r_language"),
    ],
)
def test_spanish_units_welfare_containers_recruiters_targets_vendors_tools_and_sap_are_not_shown(text: str, skill: str) -> None:
    assert skill not in read_as_its_kind(text)


@pytest.mark.parametrize(
    ("text", "skill"),
    [
        # `w937_ds_01`: arrears figures gone through
        (
            "Experience\nCredit Analyst, Jan 2015 – Dec 2019\n- Each month went through arrears figures by branch and product.",
            "data_exploration",
        ),
        # `w937_ds_02`: campaign tests with randomised holdout groups
        (
            "Experience\nData Scientist, Mac 2021 – Kini\n- Designed and read out campaign tests with randomised holdout groups.",
            "ab_testing",
        ),
        # `w937_ai_01`: a recognizer behind an endpoint
        (
            "Experience\nVoice Engineer, Jan 2018 – Oct 2021\n- Packaged the cloud recognizer as a Docker service behind a REST endpoint.",
            "model_serving",
        ),
        # `w938_ds_01`: a Spanish resume's prediction model and data exploration
        (
            "Experiencia\nCientífica de Datos, mar. 2019 – actualidad\n- Desarrollé el modelo de predicción de ingresos urgentes a 7 días.",
            "predictive_modeling",
        ),
        (
            "Experiencia\nCientífica de Datos, mar. 2019 – actualidad\n- Exploración y depuración de los datos del sistema de triaje.",
            "data_exploration",
        ),
        # `w939_ai_02`: a model's own services
        ("Experience\nAI Engineer, od 02.2022\n- Embedding and re-ranking services in FastAPI with ONNX Runtime on CPU.", "model_serving"),
        # `w942_ds_01`: measures ranked by how soon they pay back
        (
            "Experience\nData Scientist, März 2021 – heute\n- Estimate marginal abatement cost curves that show "
            "which measures pay back first.",
            "business_acumen",
        ),
    ],
)
def test_figures_gone_through_holdout_groups_recognizers_spanish_models_model_services_and_payback_are_shown(text: str, skill: str) -> None:
    assert skill in found(text)


@pytest.mark.parametrize(
    ("text", "skill"),
    [
        # `w946_ds_01`: a label disowning the team's work, with a remark before its colon
        (
            "Experience\nData Scientist, Sept 2019 – Present\n- Not my team's work but often asked about: the data desk's maps "
            "(built in Plotly by the graphics journalists).",
            "plotly",
        ),
        # `w946_ai_02`: a method tried by another team
        (
            "Experience\nApplied Scientist, 2020.09 – present\n- INT8 quantization was tried by the inference "
            "platform team; we did not adopt it.",
            "quantization",
        ),
        # `w946_un_03`: a clinician's hypotheses
        (
            "Experience\nPhysiotherapist, Jan 2015 – Present\n- Clinical reasoning by forming and testing "
            "hypotheses about the source of symptoms.",
            "hypothesis_testing",
        ),
        # `w949_un_03`: a library's reading statistics
        (
            "Experience\nLibrarian, Jan 2012 – Present\n- Pull monthly reading statistics (issues, renewals) from the library system.",
            "statistics",
        ),
        # `w950_un_01`: forecasts another team sends
        (
            "Experience\nHousekeeping Manager, Jan 2016 – Present\n- Build weekly cleaning schedules from the occupancy forecasts sent by "
            "the Revenue Management team.",
            "predictive_modeling",
        ),
        # postings: `w952_un_01` what head office sends, `w948_un_02` a room that houses a cluster, `w952_un_02` tools never
        # needed, `w947_ai_02` a legal publisher's commentaries
        ("Requirements\n- Confident with tills, stock systems and the weekly sales report head office sends every Monday", "dashboards"),
        ("Requirements\n- Keep stock accurate; head office forecasts demand and sends replenishment", "predictive_modeling"),
        (
            "Requirements\n- Work with the infrastructure team on power and access for the server room that houses our GPU cluster",
            "gpu_infrastructure",
        ),
        (
            "Requirements\n- Code AWS and Azure invoices to the right client projects, but you will never need to log in to any of them.",
            "cloud",
        ),
        ("Requirements\n- Index 12 million judgments and commentaries for lawyers", "data_storytelling"),
    ],
)
def test_disowned_team_work_methods_tried_by_others_clinical_hypotheses_library_counts_and_what_ads_do_not_ask(
    text: str, skill: str
) -> None:
    assert skill not in read_as_its_kind(text)


@pytest.mark.parametrize(
    ("text", "skill"),
    [
        # `w945_ai_02`: an Italian resume's distillation and neural networks
        (
            "Esperienza\nComputer Vision Engineer, da marzo 2021 – oggi\n- Distillazione di un modello teacher in una rete studente.",
            "distillation",
        ),
        (
            "Esperienza\nComputer Vision Engineer, da marzo 2021 – oggi\n- Segmentazione del corpo con reti neurali in PyTorch.",
            "machine_learning",
        ),
        # `w950_ai_01`: a Spanish resume's model exposed as an API
        (
            "Experiencia\nIngeniera de IA, ene. 2022 – actualidad\n- Modelo expuesto como API REST para el equipo del cliente.",
            "model_serving",
        ),
    ],
)
def test_italian_distillation_and_neural_networks_and_a_spanish_model_exposed_are_shown(text: str, skill: str) -> None:
    assert skill in found(text)
