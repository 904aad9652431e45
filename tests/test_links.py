"""Web addresses and link labels: where a resume points to work, told apart from the work."""

from __future__ import annotations

import pytest

from gapcheck.links import in_web_address, is_link_label


def _span(text: str, word: str) -> tuple[int, int]:
    start = text.index(word)
    return start, start + len(word)


@pytest.mark.parametrize(
    ("text", "word", "expected"),
    [
        ("code at github.com/jane-roe/churn-model", "github", True),
        ("Project: https://GitHub.com/ruflab/soc", "GitHub", True),
        ("see www.kaggle.com/jane", "kaggle", True),
        ("Built on the ASP.NET/C# stack", "NET", False),
        ("Used Git and GitHub daily", "GitHub", False),
    ],
)
def test_web_addresses(text: str, word: str, expected: bool) -> None:
    assert in_web_address(text, *_span(text, word)) is expected


@pytest.mark.parametrize(
    ("text", "word", "expected"),
    [
        ("CFO Assistant - Analytics Platform | GitHub Sep 2025 - Dec 2025", "GitHub", True),
        ("Churn model | GitHub | Python, pandas", "GitHub", True),
        ("Churn model | Python", "Python", False),  # the project's technology, not a link
        ("Tools | Git, Docker", "Git", False),
        ("Reviewed pull requests on GitHub", "GitHub", False),
        ("TrueContext – GenAI Document Intelligence System [GitHub]", "GitHub", True),
        ("Forex research on tick data (GitHub | Demo)", "GitHub", True),
        ("Kept the team's code in version control (GitHub, Jira)", "GitHub", False),
        ("Breathe NYC | GitHub Repository | Live Demo", "GitHub", True),
        ("NYC Taxi Analytics | GitHub Link", "GitHub", True),
        ("Geo tools, a Python package | PyPI/GitHub", "GitHub", True),
        ("Causal Explanations for Procedural Hallucinations - GitHub", "GitHub", True),
        ("The certificate is available on GitHub.", "GitHub", True),
        ("Demo and code can be found in my portfolio GitHub repository https://github.com/", "GitHub", True),
        ("Food ordering app, 100+ stars on Github | Flutter", "Github", True),
        ("Co-built an open calculator; 1.6k+ GitHub stars.", "GitHub", True),
        ("Published the setup guide across github and linkedin.", "github", True),
        ("Maintained the team's GitHub repository and branching model", "GitHub", False),
        ("Used Git/GitHub for version control", "GitHub", False),
        ("CI/CD - GitHub Actions", "GitHub", False),
        # `c153_ai_02`: a link label closing a project's sentence, before another link
        ("real-world data with ~90% accuracy on causal detection. Github Link, blog post.", "Github", True),
        ("Hosted the team's GitHub repository, runners and secrets", "GitHub", False),
        # `c16_ai_02`: the label of a printed address under a project
        ("Github: github.com/jk-ex/sentiment-analysis-imdb", "Github", True),
        ("Tools: Github, Docker, Jira", "Github", False),
    ],
)
def test_link_labels(text: str, word: str, expected: bool) -> None:
    assert is_link_label(text, *_span(text, word)) is expected


def test_a_line_of_link_words_is_a_label() -> None:
    assert is_link_label("GitHub repo", 0, 6)
    assert is_link_label("arXiv website github", 14, 20)
    assert not is_link_label("GitHub Actions pipelines", 0, 6)


def test_github_alone_on_a_line_of_a_tools_list_is_the_tool() -> None:
    """`c216_un_01`: "GitHub" under "TOOLS", one tool a line, is Git; alone under the name it stays a link."""
    from gapcheck import analyze_text

    assert "git" in analyze_text("Jane Roe\nTOOLS\nFigma\nGitHub\nHTML/CSS\n").found_ids
    assert "git" not in analyze_text("Jane Roe\nGitHub\nEXPERIENCE\nDesigner, Acme 2020 - 2022\n").found_ids
