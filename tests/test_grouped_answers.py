"""Round 53q: the one-entity questions whose header says ``kept_per:`` (``unit-role-timeline``, ``members``) read
the group of their value from their whole-graph answer kept beside the graph (``graph/grouped_answers.py``), and
give exactly the rows of their SPARQL text, in the same order, for every value the graph holds and one it does not,
on three graphs (built invented documents with chairs who follow each other, the bundled corpus, the curation
example with its hand-added facts), compared with the text on Oxigraph and on rdflib."""

from __future__ import annotations

import pytest
from rdflib import URIRef

from graph.derived import DERIVED_DIR, remembered_group
from graph.errors import G40Error
from graph.kept_answers import _computed, _whole_text
from graph.query import get_question, load_questions, question_text, run_question, run_sparql
from graph.questions import question_bindings
from graph.store import open_dataset
from graph.term_rows import term_result
from tests.documents import built_from, three_graphs

#: invented people and bodies: chairs who follow each other (inferred ends), a stated period, a programme's
#: participants, trekkers and members of two units
DOCUMENTS = {
    "een": ("2023-02-01", "Anna de Wit is voorzitter van de pijler Wonen en Leefbaarheid. Bram Kooistra is trekker "
                          "van de themagroep Mobiliteit. Breda neemt deel aan de City Deal Slimme Kust."),
    "twee": ("2023-11-15", "Per 1 december 2023 is Carla Mendes voorzitter van de pijler Wonen en Leefbaarheid. "
                           "Zij volgt Anna de Wit op. Tilburg neemt deel aan de City Deal Slimme Kust."),
    "drie": ("2024-06-01", "Dirk Veenstra is van 2022 tot 2024 secretaris geweest van de pijler Wonen en "
                           "Leefbaarheid. Bram Kooistra is lid van de pijler Wonen en Leefbaarheid. Het ministerie "
                           "van BZK neemt deel aan de City Deal Slimme Kust."),
    "vier": ("2025-03-10", "Carla Mendes, voorzitter van de pijler Wonen en Leefbaarheid, opende de bijeenkomst. "
                           "Eva Jansen is trekker van de themagroep Mobiliteit. Breda werkt samen met Tilburg."),
}

QUESTIONS = [name for name, question in load_questions().items() if question.kept_per]
WINDOWS = [{"as_of": "2024-01-01"}, {"at": "2023-06-01"}, {"from": "2024-01-01", "until": "2025-12-31"}]


def test_the_one_entity_questions_are_kept_per_entity():
    assert QUESTIONS == ["members", "unit-role-timeline"]


@pytest.fixture(scope="module")
def graphs(tmp_path_factory, seed_graph):
    return three_graphs(tmp_path_factory, seed_graph, DOCUMENTS, "grouped")


def text_rows(dataset, name: str, params: dict):
    """The question's answer from its SPARQL text on ``dataset``'s engine, folded as ``run_question`` folds it."""
    question = get_question(name)
    result = run_sparql(dataset, question_text(question, question_bindings(dataset, question, params)), check=False)
    return term_result(result, name) if question.rows == "terms" else result


def values_of(dataset, name: str) -> list:
    question = get_question(name)
    found = {row[question.kept_per] for row in _computed(dataset, _whole_text(question), None).rows}
    return sorted((value for value in found if value is not None), key=str)


@pytest.mark.parametrize("which", ["built", "seed", "curated"])
@pytest.mark.parametrize("name", QUESTIONS)
def test_every_value_gives_the_text_rows_on_both_engines(graphs, which, name):
    kept_store = open_dataset(graphs[which], engine="oxigraph")
    rdflib_store = open_dataset(graphs[which], engine="rdflib")
    column = get_question(name).kept_per
    values = values_of(kept_store, name)
    assert len(values) >= (1 if which == "curated" else 2), values
    for value in [*values, URIRef("https://w3id.org/g40kg/id/unit/niet-in-de-graaf")]:
        params = {column: value}
        answered = run_question(kept_store, name, params)
        expected = text_rows(kept_store, name, params)
        assert (answered.columns, answered.rows) == (expected.columns, expected.rows), value
        assert answered.rows == run_question(rdflib_store, name, params).rows, value
    assert len(list((graphs[which] / DERIVED_DIR).glob(f"groups-{name}-*.groups"))) == 1


@pytest.mark.parametrize("name", QUESTIONS)
def test_the_fixture_has_terms_and_several_rows(graphs, name):
    """The built graph gives a body with several people, one of them over two documents or with an inferred end."""
    dataset = open_dataset(graphs["built"], engine="oxigraph")
    pijler = next(value for value in values_of(dataset, name) if "wonen-en-leefbaarheid" in str(value))
    rows = run_question(dataset, name, {get_question(name).kept_per: pijler}).rows
    labels = {str(row.get("personLabel") or row.get("memberLabel")) for row in rows}
    assert {"Anna de Wit", "Carla Mendes"} <= labels, labels
    assert any(row["end"] is not None for row in rows), rows


@pytest.mark.parametrize("name", QUESTIONS)
def test_a_kept_group_is_read_without_sparql(graphs, name, monkeypatch):
    dataset = open_dataset(graphs["built"], engine="oxigraph")
    column = get_question(name).kept_per
    values = values_of(dataset, name)
    run_question(dataset, name, {column: values[0]})
    expected = {value: text_rows(dataset, name, {column: value}).rows for value in values}

    def refused(*args, **kwargs):
        raise AssertionError("the SPARQL text was run")

    monkeypatch.setattr("graph.query.run_sparql", refused)
    for value in values:
        assert run_question(dataset, name, {column: value}).rows == expected[value]


@pytest.mark.parametrize("params", WINDOWS + [{"role": "voorzitter"}], ids=lambda p: ",".join(p))
def test_a_window_or_another_parameter_runs_the_text(graphs, params):
    dataset = open_dataset(graphs["built"], engine="oxigraph")
    for value in values_of(dataset, "unit-role-timeline"):
        asked = {"unit": value, **params}
        assert run_question(dataset, "unit-role-timeline", asked).rows == text_rows(dataset, "unit-role-timeline", asked).rows
    for value in values_of(dataset, "members"):
        if "role" not in params:
            asked = {"target": value, **params}
            assert run_question(dataset, "members", asked).rows == text_rows(dataset, "members", asked).rows


def test_a_damaged_file_is_computed_again(graphs):
    dataset = open_dataset(graphs["built"], engine="oxigraph")
    value = values_of(dataset, "members")[0]
    expected = text_rows(dataset, "members", {"target": value}).rows
    run_question(dataset, "members", {"target": value})
    (kept,) = (graphs["built"] / DERIVED_DIR).glob("groups-members-*.groups")
    for damage in (b"", b'{"columns": ["a"], "groups": {}}\n', kept.read_bytes()[:-40], b"[1]\n"):
        kept.write_bytes(damage)
        assert run_question(dataset, "members", {"target": value}).rows == expected
        assert kept.read_bytes() != damage


def test_groups_are_read_one_at_a_time(tmp_path):
    """The file keeps each group apart: a group is read by its place, a missing one is None."""
    graph = built_from(tmp_path, dict(list(DOCUMENTS.items())[:1]))
    dataset = open_dataset(graph, engine="oxigraph")
    calls = []

    def compute():
        calls.append(1)
        return {"n": 1}, {"a": ["één"], "b": {"x": [2, 3]}}

    def ask(key):
        return remembered_group(dataset, "test", {}, key, compute, decode=lambda head, value: (head["n"], value))

    assert [ask("a"), ask("b"), ask("c")] == [(1, ["één"]), (1, {"x": [2, 3]}), (1, None)]
    assert len(calls) == 1


def test_a_header_must_name_a_required_parameter(tmp_path):
    from graph.questions import load_questions as load

    (tmp_path / "lijst.rq").write_text(
        "# title: {nl: Lijst, en: List}\n# parameters:\n#   city: {type: municipality}\n# kept_per: city\n"
        "SELECT ?city WHERE { ?city a g40:Municipality }\n", encoding="utf-8")
    with pytest.raises(G40Error, match="kept_per"):
        load(tmp_path)


def test_a_whole_answer_past_the_timeout_leaves_the_text_to_answer(tmp_path, monkeypatch):
    from graph import grouped_answers
    from graph.errors import QueryTimeout

    graph = built_from(tmp_path, DOCUMENTS)
    dataset = open_dataset(graph, engine="oxigraph")
    value = values_of(dataset, "unit-role-timeline")[0]
    expected = text_rows(dataset, "unit-role-timeline", {"unit": value}).rows

    def too_long(*args, **kwargs):
        raise QueryTimeout("te lang")

    monkeypatch.setattr(grouped_answers, "_whole", too_long)
    assert run_question(dataset, "unit-role-timeline", {"unit": value}).rows == expected
    assert not list((graph / DERIVED_DIR).glob("groups-*.groups"))
    assert len(list((graph / DERIVED_DIR).glob("groups-given-up-unit-role-timeline-*.json"))) == 1

    def not_again(*args, **kwargs):
        raise AssertionError("the whole answer was tried again with the same timeout")

    monkeypatch.setattr(grouped_answers, "_whole", not_again)
    assert run_question(dataset, "unit-role-timeline", {"unit": value}).rows == expected
    monkeypatch.undo()
    assert run_question(dataset, "unit-role-timeline", {"unit": value}, timeout=120).rows == expected  # tried again
    assert len(list((graph / DERIVED_DIR).glob("groups-unit-role-timeline-*.groups"))) == 1


def test_the_whole_answer_gets_half_the_timeout(tmp_path, monkeypatch):
    from graph import grouped_answers

    graph = built_from(tmp_path, dict(list(DOCUMENTS.items())[:1]))
    dataset = open_dataset(graph, engine="oxigraph")
    given = []
    whole = grouped_answers._whole
    monkeypatch.setattr(grouped_answers, "_whole", lambda *args: given.append(args[-1]) or whole(*args))
    value = values_of(dataset, "unit-role-timeline")[0]
    run_question(dataset, "unit-role-timeline", {"unit": value}, timeout=20)
    assert given == [10.0]
