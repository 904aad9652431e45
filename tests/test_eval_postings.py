"""``python -m gapcheck.eval`` on postings: skills asked for, required versus optional, years."""

from __future__ import annotations

from pathlib import Path

from gapcheck.eval import evaluate_postings, format_postings


def test_posting_skills_and_their_kind_are_scored(tmp_path: Path) -> None:
    (tmp_path / "p1.md").write_text(
        "Requirements\n- 3+ years of Python\n- Docker and Kubernetes\n\nNice to have\n- Tableau dashboards\n", encoding="utf-8"
    )
    (tmp_path / "postings.toml").write_text(
        '[[posting]]\nname = "p1"\nfile = "p1.md"\nsplit = "dev"\n'
        'required = ["python", "docker", "kubernetes", "sql"]\noptional = ["tableau", "dashboards"]\nyears = { python = 3 }\n'
        '\n[[posting]]\nname = "p2"\nfile = "p1.md"\nsplit = "blind"\nrequired = []\n',
        encoding="utf-8",
    )
    result = evaluate_postings(tmp_path, split="dev")
    assert (result.skills.tp, result.skills.fp, result.skills.fn) == (5, 0, 1)  # sql is asked for but not written
    assert (result.kind_right, result.kind_total) == (5, 5)
    assert result.counts.tp == 1
    assert any("FN sql" in line for line in format_postings(result))
