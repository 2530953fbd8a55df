"""Round 55v: ``who-does-what`` under a window (``--as-of``, ``--at``, ``--from``/``--until``) answered from its
evidence rows kept beside the graph, each node decided by ``graph.evidence_window.kept_by``
(``graph/window_roles.py``), gives exactly the rows of its SPARQL text, in the same order: over a grid of dates
on three graphs (built invented documents with terms that start, end, are over and are ended by a successor; the
bundled corpus; the curation example with its hand-added facts), with a person or body, on Oxigraph and against
rdflib's answer; rdflib, a store in memory and an endpoint run the text; a damaged or stale kept file is not
read."""

from __future__ import annotations

import json

import pytest
from rdflib import URIRef

from graph import window_roles
from graph.derived import DERIVED_DIR
from graph.query import get_question, question_text, run_question, run_sparql
from graph.questions import question_bindings
from graph.store import GRAPH_FILE, new_dataset, open_dataset
from tests.documents import three_graphs

#: invented people and bodies: a chair followed by another (an inferred end, known only from the successor's
#: document on), a stated start, a stated period to the year, a role that is over ("neemt afscheid"), a
#: portfolio, a role named in two documents
DOCUMENTS = {
    "een": ("2023-02-01", "Anna de Wit is voorzitter van de pijler Wonen en Leefbaarheid. Bram Kooistra is trekker "
                          "van de themagroep Mobiliteit. Sinds 1 maart 2022 is Femke Smit wethouder Wonen en Ruimte "
                          "van Breda."),
    "twee": ("2023-11-15", "Per 1 december 2023 is Carla Mendes voorzitter van de pijler Wonen en Leefbaarheid. "
                           "Zij volgt Anna de Wit op. Bram Kooistra is trekker van de themagroep Mobiliteit."),
    "drie": ("2024-06-01", "Dirk Veenstra is van 2022 tot 2024 secretaris geweest van de pijler Wonen en "
                           "Leefbaarheid. Bram Kooistra is lid van de pijler Wonen en Leefbaarheid."),
    "vier": ("2025-03-10", "Femke Smit neemt afscheid als wethouder van Breda. Carla Mendes, voorzitter van de pijler "
                           "Wonen en Leefbaarheid, opende de bijeenkomst. Eva Jansen is trekker van de themagroep "
                           "Mobiliteit."),
}

QUESTION = "who-does-what"


def grid() -> list[dict]:
    """Every window kind on the 1st and 15th of every third month of 2021–2026, and periods between them."""
    days = [f"{year}-{month:02d}-{day:02d}" for year in range(2021, 2027) for month in (1, 3, 6, 9, 11)
            for day in (1, 15)]
    windows = [{kind: day} for day in days for kind in ("as_of", "at", "from", "until")]
    windows += [{"from": days[first], "until": days[first + step]} for first in range(0, len(days) - 8, 3)
                for step in (1, 8)]
    return windows


#: a year report on 2023 of 15 March 2024: its facts have the report's period, which is no end a text states
#: (the last known state shows none)
REPORT = ("Jaarverslag 2023 van de G40. Gerrit Bos is voorzitter van de themagroep Wonen. Bram Kooistra was in 2023 lid van "
          "de themagroep Wonen.")


def built_with_report(where):
    """The graph of :data:`DOCUMENTS` and :data:`REPORT` (its period 2023)."""
    from graph.pipeline import build_graph
    from tests.documents import dated_documents

    docs = dated_documents(where, {name: (text, day) for name, (day, text) in DOCUMENTS.items()})
    (docs / "jaarverslag.txt").write_text(REPORT + "\n", encoding="utf-8")
    (docs / "jaarverslag.meta.json").write_text(json.dumps({"date": "2024-03-15", "period": {"start": "2023-01-01", "end": "2023-12-31"}}),
                                                encoding="utf-8")
    build_graph([docs], where / "kg")
    return where / "kg"


@pytest.fixture(scope="module")
def graphs(tmp_path_factory, seed_graph):
    found = three_graphs(tmp_path_factory, seed_graph, {"een": DOCUMENTS["een"]}, "window-roles")
    found["built"] = built_with_report(tmp_path_factory.mktemp("window-roles-report"))
    return found


@pytest.fixture(scope="module")
def stores(graphs):
    return {which: open_dataset(path, engine="oxigraph") for which, path in graphs.items()}


def text_rows(dataset, params: dict, name: str = QUESTION):
    """The answer of the question ``name``'s text (asked of the store, no kept rows)."""
    question = get_question(name)
    return run_sparql(dataset, question_text(question, question_bindings(dataset, question, params)), check=False)


def kept_rows(dataset, params: dict):
    """The answer from the kept rows (None: the module left it to the text)."""
    question = get_question(QUESTION)
    return window_roles.windowed_answer(dataset, question, question_bindings(dataset, question, params), None)


@pytest.mark.parametrize("which", ["built", "seed", "curated"])
def test_every_window_of_the_grid_gives_the_text_rows(stores, which):
    """Property-style: for 276 windows the kept rows give the text's answer, columns, rows and order."""
    dataset, checked, rows = stores[which], 0, 0
    for params in grid():
        kept, text = kept_rows(dataset, params), text_rows(dataset, params)
        assert kept is not None, params
        assert (kept.columns, kept.rows) == (text.columns, text.rows), params
        assert run_question(dataset, QUESTION, params).rows == text.rows, params
        checked, rows = checked + 1, rows + len(text.rows)
    assert checked == len(grid()) and rows > 0


def test_the_built_graph_has_every_kind_of_term(stores):
    """The fixture holds what the window decides on: an inferred end, a stated start and end, a role that is over,
    a portfolio; and --as-of shows the inferred end only from the successor's document on."""
    dataset = stores["built"]
    counted = {}
    for name, pattern in {"inferred": "?ev g40:inferredUntil ?x", "start": "?ev g40:validFrom ?x",
                          "end": "?ev g40:validUntil ?x", "past": "?ev g40:past true",
                          "portfolio": "?ev g40:portfolio ?x",
                          "period": "?ev prov:wasDerivedFrom ?d . ?d g40:periodStart ?x"}.items():
        found = run_sparql(dataset, f"SELECT (COUNT(*) AS ?n) WHERE {{ ?ev rdf:predicate g40:hasRole . {pattern} }}",
                           check=False).rows
        counted[name] = int(found[0]["n"])
    assert all(counted.values()), counted
    roles = {(str(row["personLabel"]), str(row["role"])): row for row in kept_rows(dataset, {"as_of": "2023-06-01"}).rows}
    assert ("Anna de Wit", "voorzitter") in roles and str(roles["Anna de Wit", "voorzitter"]["end"]) == ""
    roles = {(str(row["personLabel"]), str(row["role"])) for row in kept_rows(dataset, {"as_of": "2024-06-01"}).rows}
    assert ("Anna de Wit", "voorzitter") not in roles and ("Carla Mendes", "voorzitter") in roles


@pytest.mark.parametrize("params", [
    {"as_of": "2024-06-01", "person": "Carla Mendes"},
    {"at": "2023-06-01", "body": "pijler Wonen en Leefbaarheid"},
    {"from": "2023-01-01", "until": "2024-12-31", "body": "Breda"},
    {"as_of": "2025-06-01", "person": "Bram Kooistra", "body": "themagroep Mobiliteit"},
], ids=lambda params: "-".join(sorted(params)))
def test_a_person_or_body_with_a_window(stores, params):
    kept, text = kept_rows(stores["built"], params), text_rows(stores["built"], params)
    assert kept is not None and kept.rows == text.rows and text.rows


@pytest.mark.parametrize("which", ["built", "seed", "curated"])
def test_rdflib_gives_the_same_rows(graphs, stores, which):
    rdflib_store = open_dataset(graphs[which], engine="rdflib")
    for params in ({"as_of": "2024-01-01"}, {"at": "2023-06-01"}, {"from": "2024-01-01", "until": "2025-12-31"}):
        assert run_question(rdflib_store, QUESTION, params).rows == kept_rows(stores[which], params).rows, params


def test_an_inferred_end_under_as_of_is_asked_of_the_text(stores, monkeypatch):
    """A node with an inferred end is not decided here under --as-of (whether the end is known changes its end):
    its rows alone are asked with the window; --at decides it here and asks nothing."""
    asked = []
    original = window_roles._asked_rows
    monkeypatch.setattr(window_roles, "_asked_rows", lambda *args: asked.append(args[3]) or original(*args))
    dataset = stores["built"]
    assert kept_rows(dataset, {"as_of": "2023-12-15"}).rows == text_rows(dataset, {"as_of": "2023-12-15"}).rows
    assert asked and all(len(nodes) < 5 for nodes in asked)
    asked.clear()
    assert kept_rows(dataset, {"at": "2023-12-15"}).rows == text_rows(dataset, {"at": "2023-12-15"}).rows
    assert asked == []


def test_a_window_is_answered_without_sparql_once_kept(graphs, stores, monkeypatch):
    import graph.query

    dataset = stores["seed"]
    kept_rows(dataset, {"at": "2024-01-01"})
    assert len(list((graphs["seed"] / DERIVED_DIR).glob(f"window-rows-{QUESTION}-*.json"))) == 1
    expected = text_rows(dataset, {"until": "2025-01-01"}).rows

    def refused(*args, **kwargs):
        raise AssertionError("SPARQL asked")

    monkeypatch.setattr(graph.query, "run_sparql", refused)
    monkeypatch.setattr(window_roles, "_table", refused)
    assert kept_rows(dataset, {"until": "2025-01-01"}).rows == expected


def answers_left_to_text(kg, module, name: str, others: list[dict]) -> list:
    """``module.windowed_answer`` of the question ``name`` under ``--as-of 2024-01-01`` on the graph folder ``kg``
    opened with rdflib and copied into a store in memory, then with each of ``others`` on its Oxigraph store:
    each None when the text must answer."""
    question = get_question(name)
    in_memory = new_dataset("oxigraph")
    in_memory.parse(kg / GRAPH_FILE, format="nquads")
    asked = [(dataset, {"as_of": "2024-01-01"}) for dataset in (open_dataset(kg, engine="rdflib"), in_memory)]
    kept_store = open_dataset(kg, engine="oxigraph")
    asked += [(kept_store, params) for params in others]
    return [module.windowed_answer(dataset, question, question_bindings(dataset, question, params), None)
            for dataset, params in asked]


def test_rdflib_a_store_in_memory_and_no_window_run_the_text(graphs):
    assert answers_left_to_text(graphs["built"], window_roles, QUESTION, [{}, {"body": "Breda"}]) == [None] * 4


@pytest.mark.parametrize("damage", ["empty", "truncated", "another shape", "a term not kept", "a signature not kept"])
def test_a_damaged_kept_file_gives_the_text_answer(graphs, damage):
    dataset = open_dataset(graphs["built"], engine="oxigraph")
    params = {"as_of": "2024-06-01"}
    kept_rows(dataset, params)
    data = damaged(graphs["built"], QUESTION, damage, lambda data: {
        "a term not kept": dict(data, keys=[len(data["terms"]) + 3, *data["keys"][1:]]),
        "a signature not kept": dict(data, first=[len(data["signatures"]), *data["first"][1:]])})
    assert kept_rows(dataset, params).rows == text_rows(dataset, params).rows
    assert json.loads(only_kept_file(graphs["built"], QUESTION).read_text()) == data  # computed again and kept


def only_kept_file(kg, name: str):
    [path] = (kg / DERIVED_DIR).glob(f"window-rows-{name}-*.json")
    return path


def damaged(kg, name: str, damage: str, changed) -> dict:
    """The kept rows of the question ``name`` in the graph folder ``kg`` damaged as ``damage`` says ("empty",
    "truncated", "another shape" or a key of ``changed(data)``, the data changed so); the data as it was."""
    path = only_kept_file(kg, name)
    data = json.loads(path.read_text())
    written = {"empty": "", "truncated": path.read_text()[:-40], "another shape": json.dumps({"rows": []}),
               **{key: json.dumps(value) for key, value in changed(data).items()}}
    path.write_text(written[damage])
    return data


def unwritable_folder_runs_the_text(built, tmp_path, monkeypatch, name: str, kept, text) -> None:
    """A copy of the graph folder ``built`` without kept rows, not writable (``os.access``: root writes any folder,
    so it is told here): question ``name`` under a window is answered by its text (``text``), as computing the rows
    at every ask would cost more; rows another process kept there are read (``kept``)."""
    import os
    import shutil

    kg = tmp_path / "kg"
    shutil.copytree(built, kg, ignore=shutil.ignore_patterns(DERIVED_DIR))
    window = {"as_of": "2023-06-01"}
    writable = os.access

    def unwritable(path, mode, **kwargs):
        return mode != os.W_OK and writable(path, mode, **kwargs)

    monkeypatch.setattr(os, "access", unwritable)
    dataset = open_dataset(kg, engine="oxigraph")
    assert kept(dataset, window) is None
    assert run_question(dataset, name, window).rows == text(dataset, window).rows
    assert not list((kg / DERIVED_DIR).glob(f"window-rows-{name}-*"))
    monkeypatch.setattr(os, "access", writable)
    assert kept(open_dataset(kg, engine="oxigraph"), {"at": "2024-01-01"}) is not None  # kept now
    monkeypatch.setattr(os, "access", unwritable)
    assert kept(open_dataset(kg, engine="oxigraph"), window).rows == text(dataset, window).rows


def test_a_graph_folder_this_process_cannot_write_runs_the_text_until_the_rows_are_kept(graphs, tmp_path, monkeypatch):
    unwritable_folder_runs_the_text(graphs["built"], tmp_path, monkeypatch, QUESTION, kept_rows, text_rows)


def test_a_changed_text_after_its_group_by_is_left_to_the_text(stores, monkeypatch):
    """The lines after the text's GROUP BY are what window_roles._row computes: another text is not answered here."""
    monkeypatch.setattr(window_roles, "_OUTER_DIGEST", "0" * 16)
    assert kept_rows(stores["built"], {"as_of": "2024-06-01"}) is None
    assert run_question(stores["built"], QUESTION, {"as_of": "2024-06-01"}).rows == text_rows(
        stores["built"], {"as_of": "2024-06-01"}).rows


def test_rows_kept_before_a_rebuild_are_not_read(tmp_path):
    """The kept rows are versioned by the graph's stamp: the graph rebuilt in place from other documents never
    reads the rows kept for the one before."""
    from graph.pipeline import build_graph
    from tests.documents import built_from, dated_documents

    (tmp_path / "one").mkdir()
    (tmp_path / "two").mkdir()
    kg = built_from(tmp_path / "one", DOCUMENTS)
    before = kept_rows(open_dataset(kg, engine="oxigraph"), {"as_of": "2025-06-01"}).rows
    assert URIRef("https://w3id.org/g40kg/id/person/carla-mendes") in {row["person"] for row in before}
    build_graph([dated_documents(tmp_path / "two", {"een": (DOCUMENTS["een"][1], DOCUMENTS["een"][0])})], kg)
    rebuilt = open_dataset(kg, engine="oxigraph")
    after = kept_rows(rebuilt, {"as_of": "2025-06-01"}).rows
    assert after == text_rows(rebuilt, {"as_of": "2025-06-01"}).rows
    assert after and URIRef("https://w3id.org/g40kg/id/person/carla-mendes") not in {row["person"] for row in after}


def test_a_node_with_two_values_of_a_time_property_is_asked_of_the_text(graphs, tmp_path, monkeypatch):
    """An evidence node with two starts or two dates is one row of the filter per combination, which kept_by does
    not tell apart: its rows are asked of the text with the window, under every kind of window, and the answer is
    still the text's."""
    import json as json_module

    from rdflib import Literal
    from rdflib.namespace import XSD

    from graph.store import MANIFEST_FILE, save_dataset

    from rdflib import Dataset

    dataset = Dataset()
    dataset.parse(graphs["built"] / GRAPH_FILE, format="nquads")
    g40, date = "https://w3id.org/g40kg/def#", URIRef("http://purl.org/dc/terms/date")
    nodes = sorted({node for node, _, _, _ in dataset.quads((None, URIRef(
        "http://www.w3.org/1999/02/22-rdf-syntax-ns#predicate"), URIRef(g40 + "hasRole"), None))
        if any(dataset.quads((node, date, None, None)))})
    twice_dated, twice_started = nodes[0], nodes[1]
    for node, predicate, day in ((twice_dated, date, "2021-05-01"), (twice_started, URIRef(g40 + "validFrom"), "2019-01-01"),
                                 (twice_started, URIRef(g40 + "validFrom"), "2024-02-01")):
        context = next(quad[3] for quad in dataset.quads((node, None, None, None)))
        dataset.add((node, predicate, Literal(day, datatype=XSD.date), context))
    changed = tmp_path / "kg"
    save_dataset(dataset, changed, json_module.loads((graphs["built"] / MANIFEST_FILE).read_text()))
    store = open_dataset(changed, engine="oxigraph")
    asked = []
    original = window_roles._asked_rows
    monkeypatch.setattr(window_roles, "_asked_rows", lambda *args: asked.append(args[3]) or original(*args))
    for params in [{"as_of": "2021-06-01"}, {"as_of": "2024-03-01"}, {"at": "2021-05-01"}, {"at": "2023-06-01"},
                   {"from": "2019-06-01", "until": "2021-12-31"}, {"until": "2020-01-01"}, {"from": "2024-02-01"}]:
        kept, text = kept_rows(store, params), text_rows(store, params)
        assert kept is not None and kept.rows == text.rows, params
        assert {str(twice_dated), str(twice_started)} <= set(asked[-1]), params
