"""The gapcheck_skills spaCy component: what it must find and what it must not invent."""

from __future__ import annotations

import pytest
import spacy

import gapcheck.matcher  # noqa: F401  (registers the factory)


@pytest.fixture(scope="module")
def nlp() -> spacy.language.Language:
    pipeline = spacy.blank("en")
    pipeline.add_pipe("gapcheck_skills")
    return pipeline


def skills(nlp: spacy.language.Language, text: str) -> set[str]:
    return {hit.skill for hit in nlp(text)._.gapcheck_hits}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Deployed services on K8s", "kubernetes"),
        ("Orchestrated jobs on Kubernates clusters", "kubernetes"),
        ("Trained models in Pytorch", "pytorch"),
        ("Built scikit learn pipelines", "machine_learning"),
        ("Wrote Fast API endpoints", "fastapi"),
        ("Optimized engines with Tensor RT", "inference_optimization"),
        ("Internal services talk g RPC", "grpc"),
        ("Data lives in Postgre SQL", "sql"),
        ("A/B-tested the new pricing page", "ab_testing"),
        ("Ran A/B tests on onboarding", "ab_testing"),
        ("Quantized the model weights to INT4", "quantization"),
        ("Distilled a 7B teacher into a 1B student model", "distillation"),
        ("Pruned 30% of the weights of the network", "pruning"),
        ("Infrastructure on GCP and AWS", "cloud"),
        ("Did EDA on clickstream data", "data_exploration"),
        ("Wrote window functions for cohort tables", "advanced_sql"),
        ("Served Llama with vLLM", "model_serving"),
        ("Skills: Python, R, SQL, Tableau", "tableau"),
        ("Tools: Spark, Kafka, Python", "distributed_computing"),
        ("Mentored two junior engineers", "communication"),
    ],
)
def test_finds_skill(nlp: spacy.language.Language, text: str, expected: str) -> None:
    assert expected in skills(nlp, text)


@pytest.mark.parametrize(
    ("text", "absent"),
    [
        ("I am the go-to person for onboarding", "distributed_computing"),
        ("Her talk sparked a lively debate", "distributed_computing"),
        ("Rinsed a flask in the lab before titration", "rest_api"),
        ("I excel at customer service", "dashboards"),
        ("Fractional distillation of crude oil", "distillation"),
        ("Pruning fruit trees in spring", "pruning"),
        ("Led a team of insurance agents", "ai_agents"),
        ("Inspected oil and gas pipelines", "model_serving"),
        ("Certified with welding torches", "pytorch"),
        ("ADC design with quantization noise analysis", "quantization"),
        ("Reference: John Docker, site manager", "docker"),
        ("Worked with Ray Smith on logistics", "distributed_computing"),
        ("Took the helm of the sailing club", "kubernetes"),
        ("R&D budget owner", "r_language"),
        ("Shipped containers through the port of Rotterdam", "docker"),
        ("Studied galaxy redshift surveys", "sql"),
        ("Painted a tableau of the harbour", "tableau"),
        ("Serving customers at a busy restaurant", "model_serving"),
    ],
)
def test_does_not_invent_skill(nlp: spacy.language.Language, text: str, absent: str) -> None:
    assert absent not in skills(nlp, text)


def test_hits_are_left_on_the_doc_as_spans(nlp: spacy.language.Language) -> None:
    doc = nlp("Containerized the API with Docker and deployed it on Kubernetes")
    labels = {span.label_ for span in doc.spans["gapcheck_skills"]}
    assert {"docker", "kubernetes"} <= labels
    kube = next(h for h in doc._.gapcheck_hits if h.skill == "kubernetes")
    assert kube.match == "exact" and kube.text == "Kubernetes"


def test_match_kinds_and_scores(nlp: spacy.language.Language) -> None:
    hits = {h.skill: h for h in nlp("Ran A/B tests; Kubernates; PyTorch")._.gapcheck_hits if not h.implied_by}
    assert hits["ab_testing"].match == "lemma"
    assert hits["kubernetes"].match == "fuzzy" and 88 <= hits["kubernetes"].score < 100
    assert hits["pytorch"].match == "exact" and hits["pytorch"].score == 100


def test_implied_skill_carries_the_evidence_of_the_implying_skill(nlp: spacy.language.Language) -> None:
    hits = nlp("Built image classifiers in PyTorch")._.gapcheck_hits
    python = next(h for h in hits if h.skill == "python")
    assert python.match == "implied" and python.implied_by == "pytorch" and python.text == "PyTorch"


def test_rejected_ambiguous_word_is_kept_as_near_miss(nlp: spacy.language.Language) -> None:
    doc = nlp("Homebrew distillation for friends")
    miss = next(m for m in doc._.gapcheck_near_misses if m.skill == "distillation")
    assert "without context" in miss.reason


def test_sections_are_recorded(nlp: spacy.language.Language) -> None:
    doc = nlp("Experience\nBuilt RAG assistants\n\nSkills\nDocker, Kubernetes")
    sections = {h.skill: h.section for h in doc._.gapcheck_hits}
    assert sections["rag"] == "experience" and sections["docker"] == "skills"


def test_component_is_reachable_through_the_entry_point() -> None:
    from importlib.metadata import entry_points

    names = {ep.name for ep in entry_points(group="spacy_factories")}
    assert "gapcheck_skills" in names


def test_lemma_table_is_the_same_with_and_without_the_cache(tmp_path, monkeypatch) -> None:
    import gapcheck.lexicon as lexicon

    words = ["quantized", "tests", "dashboards", "pruned", "presenting", "kubernates"]
    monkeypatch.setenv("GAPCHECK_CACHE_DIR", str(tmp_path))
    lexicon._table.cache_clear()
    first = [lexicon.lemma(w) for w in words]
    assert first == ["quantize", "test", "dashboard", "prune", "present", "kubernates"]
    assert len(list(tmp_path.glob("*.marshal"))) == 1 and not list(tmp_path.glob("*.tmp"))
    lexicon._table.cache_clear()
    assert [lexicon.lemma(w) for w in words] == first  # now read from the cache file
    monkeypatch.setenv("GAPCHECK_NO_CACHE", "1")
    lexicon._table.cache_clear()
    assert [lexicon.lemma(w) for w in words] == first
    lexicon._table.cache_clear()


def test_a_word_shares_its_lemma_with_its_inflections() -> None:
    from gapcheck.lexicon import lemma

    # the table reads "dive" as a form of "diva" and "bound" of "bind", but stops "dives" at "dive"
    assert lemma("dive") == lemma("dives") == lemma("dived")
    assert lemma("bound") == lemma("bounds")
    assert lemma("models") == lemma("modeling") == "model"


def test_a_surname_initial_closing_a_name_line_is_no_r() -> None:
    """`c134_un_02`: the name "DEVAN R." over a GitHub link was read as R; "Analyses in Python and R." still is R."""
    from gapcheck import analyze_text

    assert "r_language" not in analyze_text("DEVAN R.\nGitHub: github.com/devan-ex | Python").found_ids
    assert "r_language" not in analyze_text("DEVAN R. MEHTA\ngithub.com/devan-mehta-ex\nPython, Git").found_ids
    assert "r_language" in analyze_text("Analyses in Python and R.\nGit and Docker").found_ids
    assert "r_language" in analyze_text("Languages: Python R.\nGit and Docker").found_ids


def test_no_alias_spans_a_slash_set_apart_between_words(nlp: spacy.language.Language) -> None:
    """`c164_un_02`: the heading "SEMINARS / TRAININGS / WORKSHOPS" read as "training workshop" (communication)."""
    assert "communication" not in skills(nlp, "SEMINARS / TRAININGS / WORKSHOPS")
    assert "communication" in skills(nlp, "Led client training workshops")
    assert "ab_testing" in skills(nlp, "Ran an A / B test on the checkout page")
    assert "git" in skills(nlp, "CI/CD with GitHub Actions")
