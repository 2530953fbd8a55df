"""Round 55q: the one-entity questions whose header says ``kept_each:`` (``entity-facts``, ``city-involvement``)
keep the answer their text gave for a value beside the graph the first time it is asked and read it the next
(``graph/asked_answers.py``): the rows of their SPARQL text, in the same order, for several values of three graphs
(built invented documents, the bundled corpus, the curation example with its hand-added facts), on Oxigraph and
rdflib; windows and ``min_confidence`` run the text; a kept answer of a graph since rebuilt is not read; a damaged
one gives the text's answer."""

from __future__ import annotations

import json
import shutil

import pytest
from rdflib import URIRef

from graph.derived import DERIVED_DIR
from graph.errors import G40Error
from graph.query import get_question, load_questions, question_text, run_question, run_sparql
from graph.questions import question_bindings
from graph.store import open_dataset
from tests.documents import built_from, three_graphs

#: invented cities, people and programmes: a collaboration, a participation, chairs who follow each other
DOCUMENTS = {
    "een": ("2023-02-01", "Anna de Wit is voorzitter van de pijler Wonen en Leefbaarheid. Breda neemt deel aan de "
                          "City Deal Slimme Kust. Breda werkt samen met Tilburg."),
    "twee": ("2023-11-15", "Per 1 december 2023 is Carla Mendes voorzitter van de pijler Wonen en Leefbaarheid. "
                           "Zij volgt Anna de Wit op. Tilburg neemt deel aan de City Deal Slimme Kust."),
    "drie": ("2024-06-01", "Het ministerie van BZK neemt deel aan de City Deal Slimme Kust. Breda werkt samen met "
                           "het ministerie van BZK."),
}

QUESTIONS = sorted(name for name, question in load_questions().items() if question.kept_each)
OPTIONS = [{"as_of": "2024-01-01"}, {"at": "2023-06-01"}, {"from": "2024-01-01", "until": "2025-12-31"},
           {"min_confidence": "0.5"}]
NOT_IN_GRAPH = URIRef("https://w3id.org/g40kg/id/municipality/niet-in-de-graaf")


def test_the_one_entity_questions_keep_each_answer():
    assert QUESTIONS == ["city-involvement", "entity-facts"]
    assert {get_question(name).kept_each for name in QUESTIONS} == {"city", "entity"}


@pytest.fixture(scope="module")
def graphs(tmp_path_factory, seed_graph):
    return three_graphs(tmp_path_factory, seed_graph, DOCUMENTS, "asked")


def kept_files(graph, name: str) -> list:
    return sorted((graph / DERIVED_DIR).glob(f"asked-{name}-*.json"))


def text_rows(dataset, name: str, params: dict):
    """The question's answer from its SPARQL text on ``dataset``'s engine."""
    question = get_question(name)
    return run_sparql(dataset, question_text(question, question_bindings(dataset, question, params)), check=False)


def values_of(dataset, name: str, most: int = 6) -> list:
    """Up to ``most`` entities with the most facts (cities for ``city-involvement``), in a fixed order."""
    kind = "FILTER EXISTS { ?e a g40:Municipality }" if name == "city-involvement" else ""
    rows = run_sparql(dataset, f"""SELECT ?e (COUNT(?ev) AS ?n) WHERE {{
        {{ ?ev rdf:subject ?e }} UNION {{ ?ev rdf:object ?e }} ?ev rdf:predicate ?p FILTER(?p != g40:mentions) {kind}
        }} GROUP BY ?e ORDER BY DESC(?n) STR(?e) LIMIT {most}""", check=False).rows
    return [row["e"] for row in rows]


@pytest.mark.parametrize("which", ["built", "seed", "curated"])
@pytest.mark.parametrize("name", QUESTIONS)
def test_every_value_gives_the_text_rows_on_both_engines(graphs, which, name):
    kept_store = open_dataset(graphs[which], engine="oxigraph")
    rdflib_store = open_dataset(graphs[which], engine="rdflib")
    column = get_question(name).kept_each
    values = values_of(kept_store, name)
    assert len(values) >= (1 if which == "curated" else 2), values
    before = len(kept_files(graphs[which], name))
    asked = [*values, NOT_IN_GRAPH] if name == "city-involvement" else values
    for value in asked:
        params = {column: value}
        expected = text_rows(kept_store, name, params)
        for _ in range(2):  # the first ask keeps the answer, the second reads it
            answered = run_question(kept_store, name, params)
            assert (answered.columns, answered.rows) == (expected.columns, expected.rows), value
        assert answered.rows == run_question(rdflib_store, name, params).rows, value
    assert any(run_question(kept_store, name, {column: value}).rows for value in values)
    assert len(kept_files(graphs[which], name)) == before + len(asked)  # one file per value asked


def test_the_fixture_has_facts_of_several_kinds(graphs):
    dataset = open_dataset(graphs["built"], engine="oxigraph")
    breda = next(value for value in values_of(dataset, "city-involvement") if "gm0758" in str(value))
    relations = {str(row["relation"]) for row in run_question(dataset, "entity-facts", {"entity": breda}).rows}
    assert {"participatesIn", "collaboratesWith"} <= relations, relations
    pijler = next(value for value in values_of(dataset, "entity-facts") if "wonen-en-leefbaarheid" in str(value))
    rows = run_question(dataset, "entity-facts", {"entity": pijler}).rows
    assert any(row["end"] is not None for row in rows), rows


@pytest.mark.parametrize("name", QUESTIONS)
def test_a_kept_answer_is_read_without_sparql(graphs, name, monkeypatch):
    dataset = open_dataset(graphs["built"], engine="oxigraph")
    column = get_question(name).kept_each
    values = values_of(dataset, name)
    expected = {value: run_question(dataset, name, {column: value}).rows for value in values}
    assert expected == {value: text_rows(dataset, name, {column: value}).rows for value in values}

    def refused(*args, **kwargs):
        raise AssertionError("the SPARQL text was run")

    monkeypatch.setattr("graph.query.run_sparql", refused)
    for value in values:
        assert run_question(dataset, name, {column: value}).rows == expected[value]


@pytest.mark.parametrize("which", ["built", "seed"])
@pytest.mark.parametrize("options", OPTIONS, ids=lambda p: ",".join(p))
def test_a_window_or_a_minimum_confidence_runs_the_text(graphs, which, options):
    kept_store = open_dataset(graphs[which], engine="oxigraph")
    rdflib_store = open_dataset(graphs[which], engine="rdflib")
    for name in QUESTIONS:
        declared = {p.name for p in get_question(name).parameters}
        column = get_question(name).kept_each
        for value in values_of(kept_store, name, most=3):
            run_question(kept_store, name, {column: value})  # its answer without options kept
            before = kept_files(graphs[which], name)
            asked = {column: value, **{k: v for k, v in options.items() if k in declared}}
            answered = run_question(kept_store, name, asked).rows
            assert answered == text_rows(kept_store, name, asked).rows, asked
            assert answered == run_question(rdflib_store, name, asked).rows, asked
            assert kept_files(graphs[which], name) == before  # nothing kept for an ask with options


def test_an_answer_kept_before_a_rebuild_is_not_read(tmp_path):
    from graph.pipeline import build_graph
    from tests.documents import dated_documents

    (tmp_path / "eerst").mkdir()
    graph = built_from(tmp_path / "eerst", DOCUMENTS)
    dataset = open_dataset(graph, engine="oxigraph")
    breda = next(value for value in values_of(dataset, "entity-facts") if "gm0758" in str(value))
    old = run_question(dataset, "entity-facts", {"entity": breda}).rows
    (stale,) = kept_files(graph, "entity-facts")
    kept = tmp_path / stale.name
    shutil.copy(stale, kept)
    del dataset
    later = {**DOCUMENTS, "vier": ("2025-03-10", "Breda werkt samen met Eindhoven aan de City Deal Slimme Kust.")}
    (tmp_path / "later").mkdir()
    build_graph([dated_documents(tmp_path / "later", {k: (text, day) for k, (day, text) in later.items()})], graph)
    (graph / DERIVED_DIR).mkdir(exist_ok=True)
    shutil.copy(kept, graph / DERIVED_DIR / stale.name)  # the old graph's answer, as if left beside the new one
    dataset = open_dataset(graph, engine="oxigraph")
    expected = text_rows(dataset, "entity-facts", {"entity": breda}).rows
    assert len(expected) > len(old)
    assert run_question(dataset, "entity-facts", {"entity": breda}).rows == expected
    assert run_question(dataset, "entity-facts", {"entity": breda}).rows == expected  # read: the new answer
    assert len(kept_files(graph, "entity-facts")) == 1 and not (graph / DERIVED_DIR / stale.name).exists()


def test_a_damaged_file_gives_the_text_answer(graphs, tmp_path):
    graph = tmp_path / "kg"
    shutil.copytree(graphs["built"], graph, ignore=shutil.ignore_patterns(DERIVED_DIR))
    dataset = open_dataset(graph, engine="oxigraph")
    params = {"entity": values_of(dataset, "entity-facts")[0]}
    expected = text_rows(dataset, "entity-facts", params).rows
    assert run_question(dataset, "entity-facts", params).rows == expected
    (kept,) = kept_files(graph, "entity-facts")
    whole = kept.read_text(encoding="utf-8")
    damaged = json.loads(whole)
    damaged["rows"][0] = damaged["rows"][0][:-1]  # a row short of a column
    for damage in ("", "[1]", whole[:-40], '{"columns": ["a"], "terms": [], "rows": [[0]]}', json.dumps(damaged)):
        kept.write_text(damage, encoding="utf-8")
        assert run_question(dataset, "entity-facts", params).rows == expected
        assert kept.read_text(encoding="utf-8") == whole  # computed and kept again


def test_the_entity_command_reads_its_kept_answer(runner, graphs):
    from graph.cli import cli

    graph = graphs["built"]
    asked = ["--graph", str(graph), "entity", "Breda", "--format", "json"]
    first = runner.invoke(cli, asked)
    assert first.exit_code == 0, first.output
    files = kept_files(graph, "entity-facts")
    second = runner.invoke(cli, asked)
    assert second.exit_code == 0, second.output
    assert second.stdout == first.stdout
    relations = json.loads(first.stdout)["rows"][0]["relations"]
    assert {"participatesIn", "collaboratesWith"} <= set(relations), relations
    assert kept_files(graph, "entity-facts") == files and files
    windowed = runner.invoke(cli, [*asked, "--as-of", "2023-06-01"])
    assert windowed.exit_code == 0, windowed.output
    then = json.loads(windowed.stdout)["rows"][0]["relations"]
    assert len(then["collaboratesWith"]) < len(relations["collaboratesWith"]), then  # BZK's of 2024 not known yet
    assert kept_files(graph, "entity-facts") == files


def test_the_python_api_gives_the_text_rows(graphs):
    import g40kg

    graph = graphs["built"]
    dataset = open_dataset(graph, engine="oxigraph")
    breda = next(value for value in values_of(dataset, "city-involvement") if "gm0758" in str(value))
    expected = text_rows(dataset, "city-involvement", {"city": breda})
    opened = g40kg.open(graph)
    for _ in range(2):
        result = g40kg.ask(opened, "city-involvement", city="Breda")
        assert [{column: row[column] for column in expected.columns} for row in result.rows] == expected.rows
        assert expected.rows
        assert all(row["cityCode"] is not None for row in result.rows)  # its codes added, as to the text's rows
    assert kept_files(graph, "city-involvement")


@pytest.mark.server
def test_the_same_rows_on_an_endpoint(runner, graphs, tmp_path):
    from oxigraph_server import read_only_endpoint

    from graph.cli import cli

    graph = graphs["built"]
    with read_only_endpoint(graph / "graph.nq", tmp_path / "data") as url:
        for name, value in (("entity-facts", "entity=Breda"), ("city-involvement", "city=Tilburg")):
            answers = []
            for where in (["--endpoint", url], ["--graph", str(graph)], ["--graph", str(graph)]):
                result = runner.invoke(cli, [*where, "ask", name, "-p", value, "--format", "json"])
                assert result.exit_code == 0, result.output
                answers.append(json.loads(result.stdout)["rows"])
            assert answers[0] == answers[1] == answers[2] and answers[0], name


def test_a_header_must_name_a_required_parameter(tmp_path):
    from graph.questions import load_questions as load

    (tmp_path / "lijst.rq").write_text(
        "# title: {nl: Lijst, en: List}\n# parameters:\n#   city: {type: municipality}\n# kept_each: city\n"
        "SELECT ?city WHERE { ?city a g40:Municipality }\n", encoding="utf-8")
    with pytest.raises(G40Error, match="kept_each"):
        load(tmp_path)


# --------------------------------------------------------------------------- the explorer's entity page, kept


def every_entity(dataset, most: int = 80) -> list:
    rows = run_sparql(dataset, f"""SELECT DISTINCT ?e WHERE {{ ?e a ?t FILTER(STRSTARTS(STR(?t), STR(g40:)))
        FILTER(STRSTARTS(STR(?e), "https://w3id.org/g40kg/id/") && !CONTAINS(STR(?e), "/evidence/")
               && !CONTAINS(STR(?e), "/document/")) }} ORDER BY STR(?e) LIMIT {most}""", check=False).rows
    return [row["e"] for row in rows]


def not_keeping(dataset):
    """``dataset`` (the on-disk store) as one that keeps nothing beside the graph: every page computed. Not a store in
    memory: an entity outside the name index (a role) is labelled by the first of its labels the store gives, and
    Oxigraph in memory gives "secretary" where on disk it gives "secretaris" (main's behaviour, round 55q)."""
    from graph import derived

    setattr(dataset, derived._ORIGIN, None)
    assert not derived.keeps_results(dataset)
    return dataset


@pytest.mark.parametrize("which", ["built", "seed", "curated"])
def test_the_entity_page_read_back_is_the_one_computed(graphs, which, monkeypatch):
    from graph.serve import explore_entity

    kept_store = open_dataset(graphs[which], engine="oxigraph")
    fresh = not_keeping(open_dataset(graphs[which], engine="oxigraph"))
    entities = every_entity(kept_store)
    assert len(entities) >= (3 if which == "curated" else 10), entities
    expected = {iri: explore_entity.entity(fresh, iri) for iri in entities}
    assert all(expected.values()) and any(page["facts"] for page in expected.values())
    assert [explore_entity.entity(kept_store, iri) for iri in entities] == list(expected.values())
    assert len(list((graphs[which] / DERIVED_DIR).glob("entity-page-*.json"))) == len(entities)

    def refused(*args, **kwargs):
        raise AssertionError("the page was computed again")

    monkeypatch.setattr(explore_entity, "_entity", refused)
    assert [explore_entity.entity(kept_store, iri) for iri in entities] == list(expected.values())
    assert explore_entity.entity(kept_store, NOT_IN_GRAPH) is None


def test_a_ministry_page_reads_the_register_each_time(graphs, monkeypatch):
    from graph.serve import explore_entity

    dataset = open_dataset(graphs["built"], engine="oxigraph")
    bzk = next(iri for iri in every_entity(dataset) if "/ministry/" in str(iri))
    explore_entity.entity(dataset, bzk)
    monkeypatch.setattr(explore_entity, "ministry_merged_into", lambda ministry: {"label": "X", "day": "2026-01-01"})
    assert explore_entity.entity(dataset, bzk)["merged_into"] == {"label": "X", "day": "2026-01-01"}


def test_a_page_kept_before_a_rebuild_or_damaged_is_not_read(tmp_path):
    from graph.pipeline import build_graph
    from graph.serve import explore_entity
    from tests.documents import dated_documents

    (tmp_path / "eerst").mkdir()
    graph = built_from(tmp_path / "eerst", DOCUMENTS)
    breda = URIRef("https://w3id.org/g40kg/id/municipality/gm0758")
    old = explore_entity.entity(open_dataset(graph, engine="oxigraph"), breda)
    (stale,) = (graph / DERIVED_DIR).glob("entity-page-*.json")
    shutil.copy(stale, tmp_path / stale.name)
    later = {**DOCUMENTS, "vier": ("2025-03-10", "Breda werkt samen met Eindhoven aan de City Deal Slimme Kust.")}
    (tmp_path / "later").mkdir()
    build_graph([dated_documents(tmp_path / "later", {k: (text, day) for k, (day, text) in later.items()})], graph)
    (graph / DERIVED_DIR).mkdir(exist_ok=True)
    shutil.copy(tmp_path / stale.name, graph / DERIVED_DIR / stale.name)  # the old graph's page beside the new one
    dataset = open_dataset(graph, engine="oxigraph")
    expected = explore_entity.entity(not_keeping(open_dataset(graph, engine="oxigraph")), breda)
    assert expected != old and explore_entity.entity(dataset, breda) == expected
    (kept,) = (graph / DERIVED_DIR).glob("entity-page-*.json")
    assert kept.name != stale.name
    whole = kept.read_text(encoding="utf-8")
    for damage in ("", "[1]", whole[:-40], '{"iri": "x"}'):
        kept.write_text(damage, encoding="utf-8")
        assert explore_entity.entity(dataset, breda) == expected
        assert kept.read_text(encoding="utf-8") == whole  # computed and kept again


def test_the_entity_page_and_its_json_twin_from_the_server(ox_client, graph_path):
    first = ox_client.get("/entity/municipality/gm0758.json")
    assert first.status_code == 200, first.text
    assert list(graph_path.glob(f"{DERIVED_DIR}/entity-page-*.json"))
    assert ox_client.get("/entity/municipality/gm0758.json").json() == first.json()
    assert first.json()["label"]
