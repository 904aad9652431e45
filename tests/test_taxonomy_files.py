"""Hostile taxonomy folders (issue 14.5): every broken file is one TaxonomyError naming it, never a traceback or a hang."""

from __future__ import annotations

import os
import shutil
import threading
from collections.abc import Callable
from pathlib import Path

import pytest
from typer.testing import CliRunner

from gapcheck import TaxonomyError, load_taxonomy
from gapcheck.cli import app
from gapcheck.taxonomy import builtin_taxonomy_dir

SKILL_FILE = """[taxonomy]
id = "extra"
name = "Extra"

[[group]]
id = "extra_group"
name = "Extra group"

[[skill]]
id = "extra_skill"
name = "Extra skill"
group = "extra_group"
aliases = ["Extra Skill"]
"""


def _invalid_utf8(folder: Path) -> Path:
    path = folder / "extra.toml"
    path.write_bytes(SKILL_FILE.encode() + b"\n# caf\xe9 \xff\xfe\n")
    return path


def _skill_is_a_number(folder: Path) -> Path:
    path = folder / "extra.toml"
    path.write_text('skill = 5\n[taxonomy]\nid = "extra"\nname = "Extra"\n')
    return path


def _group_is_a_number(folder: Path) -> Path:
    path = folder / "extra.toml"
    path.write_text(
        SKILL_FILE.replace('[[group]]\nid = "extra_group"\nname = "Extra group"\n', "").replace("[taxonomy]", "group = 5\n[taxonomy]")
    )
    return path


def _folder_named_toml(folder: Path) -> Path:
    path = folder / "extra.toml"
    path.mkdir()
    return path


def _symlink_loop(folder: Path) -> Path:
    path = folder / "extra.toml"
    os.symlink(path.name, path)  # points at itself
    return path


def _fifo(folder: Path) -> Path:
    path = folder / "x.toml"
    os.mkfifo(path)
    return path


CASES: list[tuple[str, Callable[[Path], Path], str]] = [
    ("invalid utf-8", _invalid_utf8, "UTF-8"),
    ("skill = 5", _skill_is_a_number, "[[skill]]"),
    ("group = 5", _group_is_a_number, "[[group]]"),
    ("folder named .toml", _folder_named_toml, "not a regular file"),
    ("symlink loop", _symlink_loop, "cannot be read"),
    ("fifo", _fifo, "not a regular file"),
]


@pytest.fixture
def folder(tmp_path: Path) -> Path:
    target = tmp_path / "tax"
    shutil.copytree(builtin_taxonomy_dir(), target)
    return target


def _load_within(folder: Path, seconds: float) -> BaseException | None:
    """Load the taxonomy in a thread; the error it raised (None if it loaded). Fails the test on a hang."""
    outcome: list[BaseException | None] = []

    def run() -> None:
        try:
            load_taxonomy(folder)
            outcome.append(None)
        except BaseException as exc:
            outcome.append(exc)

    thread = threading.Thread(target=run, daemon=True)
    thread.start()
    thread.join(seconds)
    if thread.is_alive():
        # Unblock a reader stuck on a FIFO so the thread can end, then fail.
        for fifo in folder.glob("*.toml"):
            if fifo.is_fifo():
                with open(fifo, "wb"):
                    pass
        pytest.fail(f"loading {folder} hangs")
    return outcome[0]


@pytest.mark.parametrize(("name", "make", "says"), CASES, ids=[c[0] for c in CASES])
def test_broken_taxonomy_file_is_one_error_naming_it(folder: Path, name: str, make: Callable[[Path], Path], says: str) -> None:
    bad = make(folder)
    error = _load_within(folder, 10)
    assert isinstance(error, TaxonomyError), repr(error)
    assert str(bad) in str(error) and says in str(error), str(error)
    assert "\n" not in str(error)


@pytest.mark.parametrize(("name", "make", "says"), CASES[:4], ids=[c[0] for c in CASES[:4]])
def test_cli_says_it_in_one_line_with_exit_2(folder: Path, name: str, make: Callable[[Path], Path], says: str) -> None:
    bad = make(folder)
    result = CliRunner().invoke(app, ["--check-taxonomy", "--taxonomy", str(folder)])
    assert result.exit_code == 2, (result.exit_code, result.output)
    lines = result.stderr.splitlines()
    assert len(lines) == 1 and lines[0].startswith("gapcheck: error: ") and str(bad) in lines[0], result.stderr


def test_a_symlink_to_a_regular_file_still_loads(folder: Path, tmp_path: Path) -> None:
    real = tmp_path / "elsewhere.toml"
    real.write_text(SKILL_FILE)
    os.symlink(real, folder / "extra.toml")
    assert load_taxonomy(folder).skill("extra_skill").name == "Extra skill"
