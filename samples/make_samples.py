#!/usr/bin/env python3
"""Generate the three sample resumes shipped with gapcheck.

    python samples/make_samples.py            # writes samples/*.pdf next to this file

Uses fpdf2 with the built-in Helvetica core font, so the text must stay within
Latin-1 (no curly quotes, no em dashes, no Unicode bullets).  The people,
companies and e-mail addresses are fictional.
"""

from __future__ import annotations

from datetime import datetime, timezone
from pathlib import Path

from fpdf import FPDF
from fpdf.enums import XPos, YPos

HERE = Path(__file__).resolve().parent
# A fixed creation date keeps the output byte-for-byte reproducible.
FIXED_DATE = datetime(2025, 1, 15, 12, 0, 0, tzinfo=timezone.utc)

NL = {"new_x": XPos.LMARGIN, "new_y": YPos.NEXT}


class ResumePDF(FPDF):
    """A minimal one-column resume layout built on fpdf2's core fonts."""

    def __init__(self, author: str) -> None:
        super().__init__(format="A4")
        self.set_margins(18, 16, 18)
        self.set_auto_page_break(auto=True, margin=16)
        self.set_title(f"Resume - {author}")
        self.set_author(author)
        self.set_creator("gapcheck samples/make_samples.py (fpdf2)")
        self.set_creation_date(FIXED_DATE)
        self.add_page()

    # -- building blocks --------------------------------------------------
    def header_block(self, name: str, headline: str, contact: str) -> None:
        self.set_font("Helvetica", "B", 20)
        self.cell(0, 9, name, **NL)
        self.set_font("Helvetica", "", 11.5)
        self.set_text_color(60, 60, 60)
        self.cell(0, 6, headline, **NL)
        self.set_font("Helvetica", "", 9.5)
        self.cell(0, 5, contact, **NL)
        self.set_text_color(0, 0, 0)
        self.ln(2)

    def section(self, title: str) -> None:
        self.ln(2)
        self.set_font("Helvetica", "B", 12)
        self.set_text_color(20, 60, 120)
        self.cell(0, 7, title.upper(), **NL)
        self.set_draw_color(20, 60, 120)
        self.line(self.l_margin, self.get_y(), self.w - self.r_margin, self.get_y())
        self.set_text_color(0, 0, 0)
        self.ln(1.5)

    def paragraph(self, text: str) -> None:
        self.set_font("Helvetica", "", 10)
        self.multi_cell(0, 5, text, **NL)

    def job(self, title: str, org: str, dates: str, bullets: list[str]) -> None:
        self.set_font("Helvetica", "B", 10.5)
        self.cell(120, 5.5, f"{title}, {org}")
        self.set_font("Helvetica", "I", 10)
        self.cell(0, 5.5, dates, align="R", **NL)
        self.bullets(bullets)
        self.ln(1)

    def bullets(self, items: list[str]) -> None:
        self.set_font("Helvetica", "", 10)
        indent = 5
        for item in items:
            self.set_x(self.l_margin + 1)
            self.cell(indent - 1, 5, "-")
            self.multi_cell(0, 5, item, **NL)

    def labelled_lines(self, rows: list[tuple[str, str]]) -> None:
        # "**Label:** value" on one line; fpdf2's markdown flag renders the bold part.
        self.set_font("Helvetica", "", 10)
        for label, value in rows:
            self.multi_cell(0, 5.2, f"**{label}:** {value}", markdown=True, **NL)


# ---------------------------------------------------------------------------
def ai_engineer(path: Path) -> None:
    pdf = ResumePDF("Priya Raman")
    pdf.header_block(
        "Priya Raman",
        "AI Engineer - LLM serving and model optimization",
        "Berlin, Germany  |  priya.raman@example.com  |  +49 151 0000 0000  |  github.com/priya-raman-example",
    )
    pdf.section("Summary")
    pdf.paragraph(
        "AI engineer with five years of experience taking deep learning models from notebook to "
        "production. I build and run LLM inference services, make models smaller and faster, and "
        "design the APIs and infrastructure around them. Comfortable owning a service end to end, "
        "from the design doc to the on-call rotation."
    )
    pdf.section("Skills")
    pdf.labelled_lines(
        [
            ("Languages", "Python, Go, Bash, SQL (basic)"),
            ("ML / LLM", "PyTorch, Hugging Face Transformers, LoRA / QLoRA fine-tuning, RAG, prompt engineering"),
            ("Serving", "vLLM, Triton Inference Server, TensorRT, ONNX Runtime, FastAPI, gRPC"),
            ("Infrastructure", "Docker, Kubernetes, Helm, AWS (EKS, S3, SageMaker), Terraform"),
            ("MLOps", "MLflow model registry, Weights & Biases, GitHub Actions, Git"),
        ]
    )
    pdf.section("Experience")
    pdf.job(
        "Senior AI Engineer",
        "Lumora Health GmbH",
        "Mar 2022 - present",
        [
            "Lead engineer for the clinical-notes assistant: a retrieval-augmented generation (RAG) service "
            "over 2M documents using pgvector and a reranker, answering 40k questions a day.",
            "Serve a fine-tuned Llama 3 8B model with vLLM on K8s (EKS, g5 nodes); cut p95 latency from "
            "1.9 s to 620 ms with continuous batching and AWQ 4-bit quantization.",
            "Fine-tuned the model with LoRA adapters on 60k de-identified question/answer pairs; tracked "
            "runs and promoted versions through the MLflow model registry.",
            "Designed the internal inference API: FastAPI for the public REST endpoints and gRPC with "
            "protobuf contracts between the retriever and the generator.",
            "Wrote the design doc for moving batch embedding jobs onto a shared multi-node A100 GPU "
            "cluster (Slurm); mentored two "
            "junior engineers and review most pull requests on the team.",
        ],
    )
    pdf.job(
        "Machine Learning Engineer",
        "Parcelwise Logistics",
        "Jul 2019 - Feb 2022",
        [
            "Trained PyTorch models for parcel-label OCR and exported them to ONNX; quantized to INT8 "
            "for CPU inference, which halved serving cost.",
            "Packaged every model in Docker images and deployed them on Kubernetes with Helm charts and canary releases.",
            "Built the training pipeline on AWS (S3, SageMaker) and moved experiment tracking from spreadsheets to MLflow.",
        ],
    )
    pdf.section("Projects")
    pdf.bullets(
        [
            "tiny-router (open source): a small Python library that routes prompts between models by cost and latency; 600 GitHub stars.",
        ]
    )
    pdf.section("Education")
    pdf.labelled_lines(
        [
            ("2017 - 2019", "M.Sc. Computer Science, Technical University of Munich"),
            ("2014 - 2017", "B.Tech. Electronics, NIT Tiruchirappalli"),
        ]
    )
    pdf.output(str(path))


def data_scientist(path: Path) -> None:
    pdf = ResumePDF("Daniel Okafor")
    pdf.header_block(
        "Daniel Okafor",
        "Data Scientist - experimentation and product analytics",
        "Toronto, ON  |  daniel.okafor@example.org  |  (416) 555-0142  |  linkedin.com/in/daniel-okafor-example",
    )
    pdf.section("Summary")
    pdf.paragraph(
        "Data scientist with six years in subscription businesses. I design and analyze experiments, "
        "build churn and revenue models, and turn the results into recommendations that product and "
        "finance teams act on. Strong in SQL, statistics and clear presentations to non-technical "
        "stakeholders."
    )
    pdf.section("Experience")
    pdf.job(
        "Senior Data Scientist",
        "Streamly Media",
        "Jan 2021 - present",
        [
            "Own the experimentation program for the paywall team: experiment design, power analysis and "
            "readouts for 30+ A/B tests a year; one pricing test lifted trial-to-paid conversion by 4.1%.",
            "Built a churn prediction model (gradient boosting with scikit-learn and XGBoost) with careful "
            "feature engineering on viewing and billing history; the retention team uses it weekly.",
            "Estimated the effect of a loyalty discount with causal inference (difference-in-differences "
            "and propensity score matching) where a randomized test was not possible.",
            "Replaced ad-hoc forecasts with a Bayesian hierarchical model in PyMC for regional "
            "subscriber growth, reporting posterior intervals instead of point estimates.",
            "Present monthly findings to the VP of Product; known for turning analysis into two or three clear recommendations.",
        ],
    )
    pdf.job(
        "Data Scientist",
        "Northbank Insurance",
        "Jun 2018 - Dec 2020",
        [
            "Wrote complex SQL in Snowflake (CTEs, window functions) to build the customer-lifetime "
            "tables used by every analyst on the team.",
            "Did exploratory data analysis (EDA) in Jupyter notebooks with pandas, Matplotlib and seaborn before each modelling project.",
            "Built the executive KPI dashboards in Tableau covering retention, claims and revenue.",
            "Ran hypothesis tests (t-tests, chi-square) on marketing campaigns and explained "
            "statistical significance to the business owners.",
        ],
    )
    pdf.section("Skills")
    pdf.labelled_lines(
        [
            ("Analysis", "Python (pandas, NumPy, statsmodels), R, SQL, Jupyter"),
            ("Statistics", "A/B testing, Bayesian modelling (PyMC), causal inference, logistic regression, survival analysis"),
            ("Visualization", "Tableau, Matplotlib, seaborn, Plotly"),
            ("Tools", "Snowflake, dbt, Git"),
        ]
    )
    pdf.section("Education")
    pdf.labelled_lines(
        [
            ("2016 - 2018", "M.Sc. Statistics, University of Waterloo"),
            ("2012 - 2016", "B.Sc. Economics and Mathematics, McGill University"),
        ]
    )
    pdf.output(str(path))


def chemist(path: Path) -> None:
    pdf = ResumePDF("Marta Kowalczyk")
    pdf.header_block(
        "Marta Kowalczyk",
        "Process Chemist - petrochemicals and quality control",
        "Rotterdam, NL  |  m.kowalczyk@example.net  |  +31 6 0000 0000",
    )
    pdf.section("Profile")
    pdf.paragraph(
        "Industrial chemist with nine years in refining and specialty chemicals. I excel at "
        "troubleshooting separation units and am the go-to person on my shift for off-spec "
        "product. Safety-minded, hands-on, and happy in both the lab and the plant."
    )
    pdf.section("Experience")
    pdf.job(
        "Senior Process Chemist",
        "Nordhaven Refining B.V.",
        "Apr 2019 - present",
        [
            "Optimised the fractional distillation column for the naphtha cut, raising yield by 3% and cutting steam use per tonne.",
            "Coordinate sampling of crude arriving through the Europoort pipelines; label and ship "
            "sampling containers to the external lab under chain of custody.",
            "Run titrations and flash-point tests; prepare standards in a volumetric flask and keep the lab notebook audit-ready.",
            "Trained four new operators together with my colleague Ray Jansen, our senior shift supervisor.",
        ],
    )
    pdf.job(
        "Quality Control Chemist",
        "Delta Coatings",
        "Sep 2015 - Mar 2019",
        [
            "Tested incoming solvents by gas chromatography and Karl Fischer titration.",
            "Kept batch records and control charts in Excel; used basic statistics (means, standard deviations) to flag drifting batches.",
        ],
    )
    pdf.section("Education")
    pdf.labelled_lines(
        [
            ("2011 - 2015", "B.Sc. Chemistry, University of Warsaw"),
        ]
    )
    pdf.section("Certifications and skills")
    pdf.bullets(
        [
            "VCA safety certificate; ATEX awareness; HAZOP participant",
            "Gas chromatography, HPLC, titration, LIMS, Microsoft Excel",
            "Languages: Polish (native), English (fluent), Dutch (B1)",
        ]
    )
    pdf.output(str(path))


def main() -> None:
    targets = {
        "ai_engineer.pdf": ai_engineer,
        "data_scientist.pdf": data_scientist,
        "chemist.pdf": chemist,
    }
    for filename, build in targets.items():
        out = HERE / filename
        build(out)
        print(f"wrote {out.relative_to(HERE.parent)}")


if __name__ == "__main__":
    main()
