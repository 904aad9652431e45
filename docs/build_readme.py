"""Rebuild README.md from docs/README.template.md with real output of the current code.

Run from the repository root after `pip install -e .`: `python docs/build_readme.py`. Every example in the
README (terminal report, job posting, --explain, batch CSV, --help, JSON, accuracy tables) is produced here.
`python docs/build_readme.py --check` changes nothing and exits with 1 when README.md is not what the template
and the code give (CI runs it).
"""

from __future__ import annotations

import json
import os
import re
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
GAPCHECK = [sys.executable, "-m", "gapcheck.cli"]
POSTING = """# Senior AI Engineer, Platform

## Requirements
- Strong Python; PyTorch in production
- Docker and Kubernetes
- Serving LLMs with vLLM or Triton
- Experience with RAG and vector databases

## Nice to have
- Experience with causal inference or A/B testing
- Tableau dashboards
"""


def run(args: list[str], cwd: Path = ROOT, *, stderr: bool = False) -> str:
    env = {**os.environ, "COLUMNS": "100", "TERM": "dumb", "NO_COLOR": "1"}
    done = subprocess.run([*GAPCHECK, *args], cwd=cwd, env=env, capture_output=True, text=True)
    return done.stderr if stderr else done.stdout


def eval_table(folder: str) -> tuple[str, str]:
    out = subprocess.run([sys.executable, "-m", "gapcheck.eval", folder], cwd=ROOT, capture_output=True, text=True).stdout
    rows = []
    micro = ""
    section = ""
    for line in out.splitlines():
        if line.startswith("MICRO"):
            micro = line
        elif line.startswith("by "):
            section = line[3:].rstrip(":")
        elif line.startswith("per skill"):
            section = ""
        elif section and line.strip():
            m = re.match(r"\s+(\S+)\s+P=([\d.]+) R=([\d.]+) F1=([\d.]+) \(tp=(\d+) fp=(\d+) fn=(\d+)\)", line)
            if m:
                rows.append(f"| {section} | {m[1]} | {m[2]} | {m[3]} | {m[4]} | {m[5]} | {m[6]} | {m[7]} |")
    m = re.match(r"MICRO\s+P=([\d.]+) R=([\d.]+) F1=([\d.]+) \(tp=(\d+) fp=(\d+) fn=(\d+)\)", micro)
    head = ["| by | value | precision | recall | F1 | tp | fp | fn |", "|---|---|---|---|---|---|---|---|"]
    if m:
        head.append(f"| **micro** | all | **{m[1]}** | **{m[2]}** | {m[3]} | {m[4]} | {m[5]} | {m[6]} |")
    return "\n".join(head + rows), micro


def build() -> str:
    """The README as the template and the current code make it."""
    template = (ROOT / "docs" / "README.template.md").read_text(encoding="utf-8")
    text_out = run(["samples/ai_engineer.pdf"])
    text_out = text_out.split("╭─ Data Scientist")[0].rstrip()
    with tempfile.TemporaryDirectory() as tmp:
        posting = Path(tmp) / "posting.md"
        posting.write_text(POSTING, encoding="utf-8")
        job = run(["samples/ai_engineer.pdf", "--job", str(posting), "-f", "markdown"])
        job = job[job.index("## This job") :].rstrip()
        typo = Path(tmp) / "typo.txt"
        typo.write_text("Experience\nRan clusters on Kubrnetis and Kubernetis.\n", encoding="utf-8")
        explain2 = run([str(typo), "--explain", "kubernetes"]).replace(str(typo.parent) + "/", "")
        batch = Path(tmp) / "batchdemo"
        batch.mkdir()
        for pdf in sorted((ROOT / "samples").glob("*.pdf")):
            shutil.copy(pdf, batch / pdf.name)
        (batch / "broken_download.pdf").write_bytes((ROOT / "samples" / "ai_engineer.pdf").read_bytes()[:700])
        csv_err = run(["batchdemo", "-o", "results.csv"], cwd=Path(tmp), stderr=True).rstrip()
        csv_out = (Path(tmp) / "results.csv").read_text(encoding="utf-8").rstrip()
    explain = run(["samples/chemist.pdf", "--explain", "distillation"]).rstrip()
    data = json.loads(run(["samples/ai_engineer.pdf", "-f", "json"]))
    role = data["roles"][0]
    role["groups"], role["found"], role["missing"] = role["groups"][:1], role["found"][:1], role["missing"][:1]
    role["found"][0]["evidence"] = role["found"][0]["evidence"][:1]
    role["next_steps"] = role["next_steps"][:1]
    data["roles"] = [role]
    data["positions"] = data.get("positions", [])[:1]
    table, micro = eval_table("tests/eval")
    m = re.match(r"MICRO\s+P=([\d.]+) R=([\d.]+)", micro)
    micro_text = f"precision {m[1]} / recall {m[2]}" if m else "see below"
    holdout = ""
    if (ROOT / "tests" / "holdout" / "labels.toml").is_file() and (ROOT / "docs" / "holdout.md").is_file():
        holdout_table, _ = eval_table("tests/holdout")
        holdout = (ROOT / "docs" / "holdout.md").read_text(encoding="utf-8").replace("@@TABLE@@", holdout_table)
    readme = (
        template.replace("@@TEXT_OUT@@", text_out)
        .replace("@@JOB_OUT@@", job)
        .replace("@@EXPLAIN_OUT@@", explain)
        .replace("@@EXPLAIN2_OUT@@", explain2.rstrip())
        .replace("@@CSV_OUT@@", csv_out)
        .replace("@@CSV_ERR@@", csv_err)
        .replace("@@HELP@@", run(["--help"]).rstrip())
        .replace("@@JSON_EX@@", json.dumps(data, indent=2, ensure_ascii=False))
        .replace("@@EVAL_TABLE@@", table)
        .replace("@@EVAL_MICRO@@", micro_text)
        .replace("@@HOLDOUT@@", holdout)
        .replace("@@DISTRIBUTED@@", (ROOT / "docs" / "distributed.md").read_text(encoding="utf-8").strip())
    )
    return readme


def main(argv: list[str]) -> int:
    readme = build()
    target = ROOT / "README.md"
    if "--check" in argv:
        if target.read_text(encoding="utf-8") != readme:
            print("README.md is out of date: run python docs/build_readme.py and commit it", file=sys.stderr)
            return 1
        return 0
    target.write_text(readme, encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
