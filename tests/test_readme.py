"""Every command the README shows runs (as sqlite-utils checks its documentation).

The README's code blocks are read in order and run in one scratch folder that holds what they name (the
samples, posting.md, typo.txt, batchdemo/, resume.pdf, cv.pdf, resumes/): `gapcheck ...` lines through the
CLI, Python blocks with exec. Install commands must be the ones `.ci/run` runs. The few commands that need a
remote cluster or a service are listed in NOT_RUN with the reason, and nothing else is skipped.
"""

from __future__ import annotations

import contextlib
import importlib.util
import os
import re
import shlex
import shutil
from pathlib import Path

import pytest
from typer.testing import CliRunner

from gapcheck.cli import app

from .conftest import REPO, SAMPLES

README = REPO / "README.md"
NOT_RUN = {
    "scheduler.internal": "needs a running Dask scheduler and object storage",
    "KubeCluster": "needs a Kubernetes cluster",
    "SLURMCluster": "needs a SLURM batch system",
    "pip install s3fs": "installs a third-party storage backend",
}
EXPECTED_EXIT = {"gapcheck batchdemo/ -o results.csv": 2}  # the README shows its error row


def _blocks(text: str) -> list[tuple[str, str]]:
    """(language, body) of every fenced code block, in order."""
    return [(m[1], m[2]) for m in re.finditer(r"^ *```(\w*)\n(.*?)^ *```", text, flags=re.M | re.S)]


def _commands(text: str) -> list[tuple[str, str]]:
    """("shell" | "python", command) for every command in the README's code blocks, in order."""
    out: list[tuple[str, str]] = []
    for language, body in _blocks(text):
        body = "\n".join(line[min(len(line) - len(line.lstrip()), 2) :] if language == "python" else line for line in body.splitlines())
        if language == "python":
            out.append(("python", body))
        elif language in ("sh", "bash"):
            joined = body.replace("\\\n", " ")
            out += [
                ("shell", line.split("  #")[0].strip())
                for line in joined.splitlines()
                if line.strip() and not line.lstrip().startswith("#")
            ]
        elif language == "text":
            out += [("shell", re.split(r"\s{2,}\(", line[2:])[0].strip()) for line in body.splitlines() if line.startswith("$ ")]
    return out


def _scratch(folder: Path) -> None:
    spec = importlib.util.spec_from_file_location("build_readme", REPO / "docs" / "build_readme.py")
    assert spec is not None and spec.loader is not None
    build = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(build)
    shutil.copytree(SAMPLES, folder / "samples")
    (folder / "posting.md").write_text(build.POSTING, encoding="utf-8")
    (folder / "typo.txt").write_text("Experience\nRan clusters on Kubrnetis and Kubernetis.\n", encoding="utf-8")
    (folder / "batchdemo").mkdir()
    for pdf in sorted(SAMPLES.glob("*.pdf")):
        shutil.copy(pdf, folder / "batchdemo" / pdf.name)
    (folder / "batchdemo" / "broken_download.pdf").write_bytes((SAMPLES / "ai_engineer.pdf").read_bytes()[:700])
    shutil.copy(SAMPLES / "data_scientist.pdf", folder / "resume.pdf")
    shutil.copy(SAMPLES / "ai_engineer.pdf", folder / "cv.pdf")
    (folder / "resumes").mkdir()
    shutil.copy(SAMPLES / "data_scientist.pdf", folder / "resumes" / "one.pdf")


def test_readme_lists_commands() -> None:
    commands = _commands(README.read_text(encoding="utf-8"))
    assert sum(kind == "shell" for kind, _ in commands) >= 10 and sum(kind == "python" for kind, _ in commands) >= 4


def test_every_readme_command_runs(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    _scratch(tmp_path)
    monkeypatch.chdir(tmp_path)
    ci = (REPO / ".ci" / "run").read_text(encoding="utf-8")
    pyproject = (REPO / "pyproject.toml").read_text(encoding="utf-8")
    runner = CliRunner()
    ran = 0
    for kind, command in _commands(README.read_text(encoding="utf-8")):
        if any(marker in command for marker in NOT_RUN):
            continue
        if kind == "python":
            if "pyarrow" in command:
                pytest.importorskip("pyarrow")
            with contextlib.redirect_stdout(None):
                exec(compile(command, "README.md", "exec"), {"__name__": "readme"})
        elif command.startswith("python3 -m venv"):
            assert command in ci, f".ci/run must run {command!r} as the README shows it"
        elif command.startswith("pip install"):
            extras = re.findall(r"gapcheck\[(\w+)\]", command)
            assert extras and all(f"\n{extra} = [" in pyproject for extra in extras), command
        elif command.startswith("cat "):
            assert Path(command.split()[1]).is_file(), command
        else:
            args = shlex.split(command)
            assert args[0] == "gapcheck", command
            result = runner.invoke(app, args[1:], env={"COLUMNS": "100"})
            assert result.exit_code == EXPECTED_EXIT.get(command, 0), (command, result.output)
            assert "Traceback" not in result.output
        ran += 1
    assert ran >= 12


def test_readme_is_built_from_its_template() -> None:
    """The generated parts come from the template: no placeholder is left, and every section is there."""
    readme = README.read_text(encoding="utf-8")
    template = (REPO / "docs" / "README.template.md").read_text(encoding="utf-8")
    assert "@@" not in readme
    for heading in re.findall(r"^#+ .*$", template, flags=re.M):
        assert heading in readme, heading
    assert os.path.getsize(README) > 0
