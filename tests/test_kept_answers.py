"""Round 51q: ``city-ministry``'s whole-graph answer kept beside the graph (``graph/kept_answers.py``) gives
exactly the rows of its SPARQL text, on both engines, with its city and ministry parameters and under every
window (which the SPARQL answers); a rebuilt graph never reads the answer of the one before."""

from __future__ import annotations

import pytest
from rdflib import URIRef

from graph.derived import DERIVED_DIR
from graph.errors import G40Error
from graph.query import get_question, load_questions, question_text, run_question, run_sparql
from graph.questions import question_bindings
from graph.store import open_dataset
from tests.documents import built_from

DOCUMENTS = {
    "eerste": ("2024-03-01", "Breda neemt deel aan de Regio Deal Noordoost-Brabant. Het ministerie van BZK neemt deel "
                             "aan de Regio Deal Noordoost-Brabant. Tilburg werkt samen met het ministerie van EZK."),
    "tweede": ("2024-09-01", "Tilburg neemt deel aan de Regio Deal Noordoost-Brabant. Het ministerie van EZK neemt "
                             "deel aan de Regio Deal Noordoost-Brabant."),
    "derde": ("2025-05-01", "Breda werkt samen met het ministerie van BZK. Het ministerie van BZK neemt deel aan de "
                            "Regio Deal Noordoost-Brabant. Contactpersoon bij het ministerie voor de Woondeals is Jan "
                            "Jansen, programmamanager bij BZK."),
}

#: parameters and windows, as ``-p`` gives them; the first is the whole answer the graph keeps
ASKED = [
    {},
    {"city": "Breda"},
    {"city": "Tilburg"},
    {"ministry": "BZK"},
    {"ministry": "EZK"},
    {"city": "Breda", "ministry": "BZK"},
    {"city": "Tilburg", "ministry": "BZK"},
    {"as_of": "2024-06-01"},
    {"as_of": "2024-12-31", "city": "Tilburg"},
    {"at": "2024-09-01", "ministry": "EZK"},
    {"from": "2024-06-01", "until": "2025-12-31"},
    {"from": "2025-01-01", "city": "Breda"},
]


def asked_id(params: dict) -> str:
    return ",".join(f"{name}={value}" for name, value in params.items()) or "whole"


@pytest.fixture(scope="module")
def kg(tmp_path_factory):
    return built_from(tmp_path_factory.mktemp("kept-answers"), DOCUMENTS)


@pytest.fixture(scope="module")
def kept_store(kg):
    """The graph's read-only store, the whole answer asked once (and so kept)."""
    dataset = open_dataset(kg, engine="oxigraph")
    assert len(run_question(dataset, "city-ministry").rows) >= 4
    return dataset


def sparql_rows(dataset, params: dict) -> list[dict]:
    """The rows of city-ministry's SPARQL text with ``params`` bound, on ``dataset``'s engine."""
    question = get_question("city-ministry")
    return run_sparql(dataset, question_text(question, question_bindings(dataset, question, params)),
                      check=False).rows


def kept_files(kg) -> list[str]:
    return sorted(path.name for path in (kg / DERIVED_DIR).glob("question-city-ministry-*.json"))


@pytest.mark.parametrize("params", ASKED, ids=asked_id)
def test_kept_rows_are_the_sparql_rows_on_both_engines(kg, kept_store, params):
    answered = run_question(kept_store, "city-ministry", params).rows
    assert answered == sparql_rows(kept_store, params)
    assert answered == run_question(open_dataset(kg, engine="rdflib"), "city-ministry", params).rows


@pytest.mark.parametrize("params", [p for p in ASKED if not {"at", "from", "until", "as_of"} & set(p)], ids=asked_id)
def test_the_kept_answer_is_read_without_sparql(kg, kept_store, params, monkeypatch):
    expected = sparql_rows(kept_store, params)
    assert len(kept_files(kg)) == 1

    def refused(*args, **kwargs):
        raise AssertionError("the SPARQL text was run")

    monkeypatch.setattr("graph.query.run_sparql", refused)
    assert run_question(kept_store, "city-ministry", params).rows == expected


def test_a_city_asked_first_keeps_nothing_and_a_rebuild_reads_no_stale_answer(tmp_path):
    documents = dict(list(DOCUMENTS.items())[:1])
    kg = built_from(tmp_path, documents)
    breda = run_question(open_dataset(kg, engine="oxigraph"), "city-ministry", {"city": "Breda"}).rows
    assert [row["documents"].toPython() for row in breda] == [1]
    assert kept_files(kg) == []  # a city's rows are its SPARQL's until the whole answer is asked
    assert len(run_question(open_dataset(kg, engine="oxigraph"), "city-ministry").rows) == 2
    assert len(kept_files(kg)) == 1

    (tmp_path / "docs" / "vierde.txt").write_text("Breda neemt deel aan de Regio Deal Noordoost-Brabant.\n",
                                                  encoding="utf-8")
    (tmp_path / "docs" / "vierde.meta.json").write_text('{"date": "2025-01-01"}', encoding="utf-8")
    from graph.pipeline import build_graph

    build_graph([tmp_path / "docs"], kg)
    rebuilt = open_dataset(kg, engine="oxigraph")
    whole = run_question(rebuilt, "city-ministry").rows
    assert whole == sparql_rows(rebuilt, {})
    assert [row["documents"].toPython() for row in whole if str(row["cityLabel"]) == "Breda"] == [2]
    assert run_question(rebuilt, "city-ministry", {"city": "Breda"}).rows == sparql_rows(rebuilt, {"city": "Breda"})


def test_a_kept_parameter_must_be_one_of_the_question(tmp_path):
    (tmp_path / "listing.rq").write_text(
        "# title: {nl: Lijst, en: List}\n# parameters:\n#   city: {type: municipality}\n# kept: [city, ministry]\n"
        "SELECT ?city WHERE { ?city a g40:Municipality }\n", encoding="utf-8")
    with pytest.raises(G40Error, match="kept"):
        load_questions(tmp_path)


KEPT = sorted(name for name, question in load_questions().items() if question.kept is not None)


@pytest.fixture(scope="module")
def fixture_graph(tmp_path_factory):
    from fixture_graph import small_graph_dir

    return small_graph_dir(tmp_path_factory.mktemp("kept-fixture"))


def test_the_kept_questions_are_the_whole_graph_listings():
    assert KEPT == ["city-ministry", "collaborations-matrix", "g40-cities-programmes", "ministry-contacts",
                    "themagroep-contacts", "who-does-what"]


def selections(graph, name, monkeypatch) -> list[list[dict]]:
    """The rows of question ``name`` on ``graph``, whole and for each listed parameter each value its column
    holds (at most three) and one it does not, read back from the kept answer; each the rows of the SPARQL
    text on both engines."""
    question = get_question(name)
    store, rdflib = open_dataset(graph, engine="oxigraph"), open_dataset(graph, engine="rdflib")

    def sparql(params):
        bindings = question_bindings(store, question, params, resolve=False)
        return run_sparql(store, question_text(question, bindings), check=False).rows

    whole = run_question(store, question).rows
    asked = [{}] + [{parameter: value} for parameter in question.kept
                    for value in sorted({row[parameter] for row in whole if row.get(parameter) is not None})[:3]]
    asked += [{parameter: URIRef("urn:g40kg:nobody")} for parameter in question.kept]
    expected = [sparql(params) for params in asked]
    rdflib_rows = [run_question(rdflib, question, params, resolve=False).rows for params in asked]
    with monkeypatch.context() as patched:
        patched.setattr("graph.query.run_sparql", lambda *args, **kwargs: pytest.fail("the SPARQL text was run"))
        answered = [run_question(store, question, params, resolve=False).rows for params in asked]
    assert answered == expected
    assert answered == rdflib_rows
    return answered


@pytest.mark.parametrize("name", KEPT)
def test_every_kept_question_selects_the_rows_its_sparql_gives(fixture_graph, kg, name, monkeypatch):
    """On the hand-written fixture and on the built documents: each kept question has rows on one of them
    (and a selection with rows where it lists parameters)."""
    answers = [selections(graph, name, monkeypatch) for graph in (fixture_graph, kg)]
    assert any(answered[0] for answered in answers)
    assert not get_question(name).kept or any(rows for answered in answers for rows in answered[1:])


def test_a_damaged_kept_answer_is_computed_again_and_a_selection_runs_the_sparql(fixture_graph):
    store = open_dataset(fixture_graph, engine="oxigraph")
    whole = run_question(store, "who-does-what").rows
    [path] = (fixture_graph / DERIVED_DIR).glob("question-who-does-what-*.json")
    path.write_text('{"columns": ["body"], "terms": [], "rows": [[7]]}', encoding="utf-8")
    body = whole[0]["body"]
    assert run_question(store, "who-does-what", {"body": body}).rows == [r for r in whole if r["body"] == body]
    assert run_question(store, "who-does-what").rows == whole
