"""Round 57c: ``ministry-contacts`` and ``themagroep-contacts`` under a window grouped, labelled and ordered in Python
from their kept rows (``graph/window_contacts.py``), no SPARQL asked once the rows are kept (where no node is asked
of the text), and the question's text expanded once per text (``graph/window_values.py``): the text's rows in its
order over round 55v's grid of windows on the bundled graph, round 56c's invented documents and an invented graph
with ties (namesakes, two themagroepen of one label, one role told as two relations, a dossier of two types) and
groups a window empties; a value the Python order does not compare (a label with a language), an edited text and
every path round 56c left to the text still give the text's rows."""

from __future__ import annotations

import dataclasses
import shutil
from functools import partial

import pytest
from rdflib import Dataset

from graph import window_contacts, window_values
from graph.query import get_question, run_question, run_sparql
from graph.questions import question_bindings, question_text
from graph.store import save_dataset
from graph.vocab import G40G
from tests import test_window_kept_55m as window_kept_55m
from tests.test_window_kept_55m import grid_gives_the_text_rows
from tests.test_window_kept_55m import kept_rows as counts_kept_rows
from tests.test_window_kept_55v import grid, text_rows
from tests.test_window_kept_56c import DOCUMENTS

QUESTIONS = window_values.QUESTIONS

kept_rows = partial(counts_kept_rows, module=window_values)

#: an invented graph with ties in every column the texts order by before their IRIs: Jan de Vries twice (two
#: people) in Themagroep Wonen, Themagroep Wonen twice (two units), Eva Smit trekker of Themagroep Energie by hasRole
#: and by contactFor, Kees Bakker's membership over in 2022 (a group later windows empty), Jan's affiliation changing
#: in 2025 (on whose behalf), two ministry contacts named Sanne Bos for a dossier that is both a programme and a
#: theme, and a ministry's director who is no one's contact
TIES = """
@prefix g40: <https://w3id.org/g40kg/def#> .
@prefix id: <https://w3id.org/g40kg/id/> .
@prefix skos: <http://www.w3.org/2004/02/skos/core#> .
@prefix dcterms: <http://purl.org/dc/terms/> .
@prefix prov: <http://www.w3.org/ns/prov#> .
@prefix rdf: <http://www.w3.org/1999/02/22-rdf-syntax-ns#> .
@prefix xsd: <http://www.w3.org/2001/XMLSchema#> .

id:document\\/d1 dcterms:identifier "d1" ; dcterms:date "2023-03-01"^^xsd:date .
id:document\\/d2 dcterms:identifier "d2" ; dcterms:date "2024-05-01"^^xsd:date .
id:document\\/d3 dcterms:identifier "d3" ; dcterms:date "2025-02-01"^^xsd:date .
id:unit\\/wonen-a a g40:OrganisationalUnit ; g40:unitKind "themagroep" ; skos:prefLabel "Themagroep Wonen" .
id:unit\\/wonen-b a g40:OrganisationalUnit ; g40:unitKind "themagroep" ; skos:prefLabel "Themagroep Wonen" .
id:unit\\/energie a g40:OrganisationalUnit ; g40:unitKind "themagroep" ; skos:prefLabel "Themagroep Energie" .
id:person\\/jan-de-vries a g40:Person ; skos:prefLabel "Jan de Vries" .
id:person\\/jan-de-vries-2 a g40:Person ; skos:prefLabel "Jan de Vries" .
id:person\\/eva-smit a g40:Person ; skos:prefLabel EVA .
id:person\\/kees-bakker a g40:Person ; skos:prefLabel "Kees Bakker" .
id:organisation\\/deventer skos:prefLabel "Deventer" .
id:organisation\\/zwolle skos:prefLabel "Zwolle" .
id:ministry\\/bzk a g40:Ministry ; skos:prefLabel "BZK" .
id:person\\/sanne-bos a g40:Person ; skos:prefLabel "Sanne Bos" ; g40:affiliatedWith id:ministry\\/bzk .
id:person\\/sanne-bos-2 a g40:Person ; skos:prefLabel "Sanne Bos" ; g40:affiliatedWith id:ministry\\/bzk .
id:person\\/piet-jansen a g40:Person ; skos:prefLabel "Piet Jansen" ; g40:affiliatedWith id:ministry\\/bzk .
id:programme\\/city-deal a g40:Programme, g40:Theme ; skos:prefLabel "City Deal Wonen" .

id:evidence\\/e1 a g40:Evidence ; rdf:subject id:person\\/jan-de-vries ; rdf:predicate g40:hasRole ;
    rdf:object id:unit\\/wonen-a ; g40:roleLabel "lid" ; prov:wasDerivedFrom id:document\\/d1 ; g40:quote "q" .
id:evidence\\/e2 a g40:Evidence ; rdf:subject id:person\\/jan-de-vries-2 ; rdf:predicate g40:hasRole ;
    rdf:object id:unit\\/wonen-a ; g40:roleLabel "lid" ; prov:wasDerivedFrom id:document\\/d1 ; g40:quote "q" .
id:evidence\\/e3 a g40:Evidence ; rdf:subject id:person\\/jan-de-vries ; rdf:predicate g40:hasRole ;
    rdf:object id:unit\\/wonen-b ; g40:roleLabel "lid" ; prov:wasDerivedFrom id:document\\/d1 ; g40:quote "q" .
id:evidence\\/e4 a g40:Evidence ; rdf:subject id:person\\/eva-smit ; rdf:predicate g40:hasRole ;
    rdf:object id:unit\\/energie ; g40:roleLabel "trekker" ; prov:wasDerivedFrom id:document\\/d2 ; g40:quote "q" .
id:evidence\\/e5 a g40:Evidence ; rdf:subject id:person\\/eva-smit ; rdf:predicate g40:contactFor ;
    rdf:object id:unit\\/energie ; g40:roleLabel "trekker" ; prov:wasDerivedFrom id:document\\/d2 ; g40:quote "q" .
id:evidence\\/e6 a g40:Evidence ; rdf:subject id:person\\/eva-smit ; rdf:predicate g40:hasRole ;
    rdf:object id:unit\\/energie ; g40:roleLabel "trekker" ; prov:wasDerivedFrom id:document\\/d3 ; g40:quote "q" .
id:evidence\\/e7 a g40:Evidence ; rdf:subject id:person\\/kees-bakker ; rdf:predicate g40:hasRole ;
    rdf:object id:unit\\/energie ; g40:roleLabel "lid" ; g40:validFrom "2021-01-01"^^xsd:date ;
    g40:validUntil "2022-06-30"^^xsd:date ; prov:wasDerivedFrom id:document\\/d1 ; g40:quote "q" .
id:evidence\\/e8 a g40:Evidence ; rdf:subject id:person\\/kees-bakker ; rdf:predicate g40:hasRole ;
    rdf:object id:unit\\/wonen-a ; prov:wasDerivedFrom id:document\\/d3 ; g40:quote "q" .
id:evidence\\/a1 a g40:Evidence ; rdf:subject id:person\\/jan-de-vries ; rdf:predicate g40:affiliatedWith ;
    rdf:object id:organisation\\/deventer ; prov:wasDerivedFrom id:document\\/d1 ; g40:quote "q" .
id:evidence\\/a2 a g40:Evidence ; rdf:subject id:person\\/jan-de-vries ; rdf:predicate g40:affiliatedWith ;
    rdf:object id:organisation\\/zwolle ; prov:wasDerivedFrom id:document\\/d3 ; g40:quote "q" .

id:evidence\\/c1 a g40:Evidence ; rdf:subject id:person\\/sanne-bos ; rdf:predicate g40:contactFor ;
    rdf:object id:programme\\/city-deal ; prov:wasDerivedFrom id:document\\/d1 ; g40:quote "q" .
id:evidence\\/c2 a g40:Evidence ; rdf:subject id:person\\/sanne-bos-2 ; rdf:predicate g40:contactFor ;
    rdf:object id:programme\\/city-deal ; prov:wasDerivedFrom id:document\\/d2 ; g40:quote "q" .
id:evidence\\/c3 a g40:Evidence ; rdf:subject id:person\\/sanne-bos ; rdf:predicate g40:contactFor ;
    rdf:object id:programme\\/city-deal ; g40:validFrom "2024-01-01"^^xsd:date ;
    prov:wasDerivedFrom id:document\\/d3 ; g40:quote "q" .
id:evidence\\/t1 a g40:Evidence ; rdf:subject id:person\\/sanne-bos ; rdf:predicate g40:affiliatedWith ;
    rdf:object id:ministry\\/bzk ; prov:wasDerivedFrom id:document\\/d1 ; g40:quote "q" .
id:evidence\\/t2 a g40:Evidence ; rdf:subject id:person\\/sanne-bos-2 ; rdf:predicate g40:hasRole ;
    rdf:object id:ministry\\/bzk ; g40:roleLabel "adviseur" ; prov:wasDerivedFrom id:document\\/d2 ; g40:quote "q" .
id:evidence\\/t3 a g40:Evidence ; rdf:subject id:person\\/piet-jansen ; rdf:predicate g40:hasRole ;
    rdf:object id:ministry\\/bzk ; g40:roleLabel "directeur" ; prov:wasDerivedFrom id:document\\/d2 ; g40:quote "q" .
"""


def invented_graph(where, label: str = '"Eva Smit"'):
    """:data:`TIES` saved as a graph folder at ``where`` (Eva Smit's label written as ``label``)."""
    dataset = Dataset()
    dataset.graph(G40G["facts"]).parse(data=TIES.replace("EVA", label), format="turtle")
    save_dataset(dataset, where, {"documents": [{"id": "d1"}, {"id": "d2"}, {"id": "d3"}]})
    return where


@pytest.fixture(scope="module")
def graphs(tmp_path_factory, seed_graph):
    from graph.derived import DERIVED_DIR
    from tests.documents import built_from

    seed = tmp_path_factory.mktemp("window-contacts-seed") / "kg"
    shutil.copytree(seed_graph, seed, ignore=shutil.ignore_patterns(DERIVED_DIR))
    return {"ties": invented_graph(tmp_path_factory.mktemp("window-contacts") / "kg"),
            "language": invented_graph(tmp_path_factory.mktemp("window-contacts-nl") / "kg", '"Eva Smit"@nl'),
            "built": built_from(tmp_path_factory.mktemp("window-contacts-built"), DOCUMENTS), "seed": seed}


stores = window_kept_55m.stores  # this module's graphs opened on Oxigraph


def without_sparql(monkeypatch):
    """Asking SPARQL, or the text with a VALUES block of the kept rows, fails from here on."""
    import graph.query

    def refused(*args, **kwargs):
        raise AssertionError("SPARQL asked")

    monkeypatch.setattr(graph.query, "run_sparql", refused)
    monkeypatch.setattr(window_values, "_values", refused)


@pytest.mark.parametrize("name", QUESTIONS)
@pytest.mark.parametrize("which", ["ties", "built", "seed"])
def test_every_window_of_the_grid_gives_the_text_rows_grouped_in_python(stores, monkeypatch, which, name):
    """Property-style: for round 55v's 276 windows the rows grouped here are the text's (columns, rows, order), and
    not one is the text's lines around a VALUES block (fails on round 56c's code, which asked them so)."""
    if which == "seed" and name == "ministry-contacts":
        assert not run_question(stores[which], name, {}).rows  # the bundled corpus has no ministry contact
        return
    monkeypatch.setattr(window_values, "_values", lambda *args: pytest.fail("the text asked around the kept rows"))
    grid_gives_the_text_rows(stores[which], name, window_values)


def test_ties_and_emptied_groups_in_the_text_order(stores):
    """Namesakes, one label for two themagroepen and one role as two relations are ordered by their IRIs and
    relation (the texts' last ORDER BY keys), as the text orders them; Kees Bakker's membership of 2021–2022 is a
    group --as-of 2025 empties; on whose behalf changes with the day asked; a dossier of two types is two rows."""
    dataset = stores["ties"]

    def themagroep(params):
        return [(str(row["themagroepLabel"]), str(row["themagroep"]).rsplit("/", 1)[1], str(row["personLabel"]),
                 str(row["person"]).rsplit("/", 1)[1], str(row["relation"]), str(row["role"]), str(row["onBehalfOf"]),
                 int(row["documents"])) for row in kept_rows(dataset, params, "themagroep-contacts").rows]

    assert themagroep({"as_of": "2025-06-01"}) == [
        ("Themagroep Energie", "energie", "Eva Smit", "eva-smit", "contactFor", "trekker", "None", 1),
        ("Themagroep Energie", "energie", "Eva Smit", "eva-smit", "hasRole", "trekker", "None", 2),
        ("Themagroep Wonen", "wonen-a", "Jan de Vries", "jan-de-vries", "hasRole", "lid", "Zwolle", 1),
        ("Themagroep Wonen", "wonen-a", "Jan de Vries", "jan-de-vries-2", "hasRole", "lid", "None", 1),
        ("Themagroep Wonen", "wonen-b", "Jan de Vries", "jan-de-vries", "hasRole", "lid", "Zwolle", 1),
        ("Themagroep Wonen", "wonen-a", "Kees Bakker", "kees-bakker", "hasRole", "None", "None", 1)]
    early = themagroep({"at": "2022-01-01"})
    assert ("energie", "kees-bakker", "None") in [(row[1], row[3], row[6]) for row in early] and len(early) == 7
    assert [row[6] for row in themagroep({"until": "2024-12-31"}) if row[3] == "jan-de-vries"] == ["Deventer"] * 2
    contacts = [(str(row["personLabel"]), str(row["person"]).rsplit("/", 1)[1], str(row["dossierType"]),
                 str(row["role"]), str(row["since"]), int(row["documents"]))
                for row in kept_rows(dataset, {"as_of": "2025-06-01"}, "ministry-contacts").rows]
    assert contacts == [("Piet Jansen", "piet-jansen", "None", "directeur", "None", 1),
                        ("Sanne Bos", "sanne-bos", "Programme", "None", "2024-01-01", 2),
                        ("Sanne Bos", "sanne-bos", "Theme", "None", "2024-01-01", 2),
                        ("Sanne Bos", "sanne-bos-2", "Programme", "adviseur", "None", 1),
                        ("Sanne Bos", "sanne-bos-2", "Theme", "adviseur", "None", 1)]
    for name in QUESTIONS:
        assert all(kept_rows(dataset, params, name).rows == text_rows(dataset, params, name).rows
                   for params in ({"as_of": "2025-06-01"}, {"at": "2022-01-01"}, {"until": "2024-12-31"}))


@pytest.mark.parametrize("name", QUESTIONS)
def test_once_kept_a_window_asks_no_sparql(graphs, stores, monkeypatch, name):
    """The rows kept, a window none of whose nodes is asked of the text is answered without SPARQL (round 56c asked
    the text around the kept rows: one query), and the question's text is not expanded again."""
    import graph.questions

    dataset = stores["built"]
    kept_rows(dataset, {"at": "2024-01-01"}, name)
    expected = text_rows(dataset, {"until": "2024-12-31"}, name).rows
    assert expected
    expanded = []
    original = graph.questions.question_text
    monkeypatch.setattr(graph.questions, "question_text", lambda *args, **kwargs: expanded.append(args) or original(
        *args, **kwargs))
    without_sparql(monkeypatch)
    assert kept_rows(dataset, {"until": "2024-12-31"}, name).rows == expected
    assert expanded == []


def test_a_node_asked_of_the_text_expands_the_text_once_per_kind_of_window(stores, monkeypatch):
    """Under --as-of the chair whose end is inferred is asked of the text's subquery: the text with that window is
    made once and then only its VALUES block is written (round 56c expanded it on every ask)."""
    import graph.questions

    dataset, name = stores["built"], "themagroep-contacts"
    kept_rows(dataset, {"as_of": "2025-06-01"}, name)
    expanded = []
    original = graph.questions.question_text
    monkeypatch.setattr(graph.questions, "question_text", lambda *args, **kwargs: expanded.append(args) or original(
        *args, **kwargs))
    asked = []
    original_asked = window_values._asked_rows
    monkeypatch.setattr(window_values, "_asked_rows", lambda *args: asked.append(args[3]) or original_asked(*args))
    for day in ("2025-06-01", "2025-08-01", "2024-02-01"):
        answer = kept_rows(dataset, {"as_of": day}, name)
        monkeypatch.setattr(graph.questions, "question_text", original)
        assert answer.rows == text_rows(dataset, {"as_of": day}, name).rows, day
        monkeypatch.setattr(graph.questions, "question_text", lambda *args, **kwargs: expanded.append(args) or original(
            *args, **kwargs))
    assert asked and len(expanded) <= 1, expanded


def test_a_label_with_a_language_is_grouped_by_the_text(stores, monkeypatch):
    """The Python order compares plain strings, days and IRIs; a label with a language tag (Eva Smit@nl) leaves the
    grouping to the text's lines around the kept rows, whose answer it is."""
    dataset = stores["language"]
    written = []
    original = window_values._values
    monkeypatch.setattr(window_values, "_values", lambda *args: written.append(1) or original(*args))
    for params in ({"as_of": "2025-06-01"}, {"from": "2024-01-01", "until": "2025-12-31"}):
        answer = kept_rows(dataset, params, "themagroep-contacts")
        assert answer.rows == text_rows(dataset, params, "themagroep-contacts").rows
        assert any(row["personLabel"].language == "nl" for row in answer.rows)
    assert len(written) == 2


@pytest.mark.parametrize("name, old, new", [
    ("ministry-contacts", "LATERAL { ?person skos:prefLabel ?personLabel }",
     "LATERAL { ?person skos:prefLabel ?personLabel FILTER(?personLabel != \"Piet Jansen\") }"),
    ("themagroep-contacts", "BIND(IF(?lastEnd = \"~\", ?none, ?lastEnd) AS ?end)", "BIND(?lastEnd AS ?end)"),
])
def test_a_text_edited_after_its_grouping_is_not_grouped_here(stores, name, old, new):
    """Another line after the grouped subquery (a lookup, a BIND) is another form (:data:`FORMS`): the text's lines
    are asked around the kept rows, as written."""
    question = get_question(name)
    assert old in question.text
    edited = dataclasses.replace(question, text=question.text.replace(old, new))
    prepared = window_values._prepared(edited)
    assert prepared is not None and prepared.form is None and window_values._prepared(question).form == name
    dataset, window = stores["ties"], {"as_of": "2025-06-01"}
    answer = window_values.windowed_answer(dataset, edited, question_bindings(dataset, edited, window), None)
    expected = run_sparql(dataset, question_text(edited, question_bindings(dataset, edited, window)), check=False)
    assert answer.rows == expected.rows and answer.rows != text_rows(dataset, window, name).rows


def test_ranks_follow_oxigraphs_order():
    """Unbound, IRIs, then plain strings and days by their text (as Oxigraph orders them); a typed number is not
    ordered here."""
    terms = [["l", "b", None, None], ["l", "2024-01-01", "http://www.w3.org/2001/XMLSchema#date", None],
             ["u", "urn:a"], ["l", "B", None, None], ["l", "1", "http://www.w3.org/2001/XMLSchema#integer", None]]
    assert window_contacts.ranks(terms) == [3, 1, 0, 2, -2, -1]
    assert grid()[0] == {"as_of": "2021-01-01"}


def test_kept_rows_without_a_group_are_read_not_made_again(stores, monkeypatch):
    """The bundled corpus has no ministry contact: the kept table (no rows, no lookups) is read by the next window,
    not taken for a damaged file and made again at each ask (the subquery's three queries, 0.4 s at 10^6)."""
    dataset, name = stores["seed"], "ministry-contacts"
    assert kept_rows(dataset, {"as_of": "2025-06-01"}, name).rows == []
    table = window_values._kept_table(dataset, get_question(name), None)
    assert (table["rows"], table["lookups"]) == ([], [])
    monkeypatch.setattr(window_values, "_table", lambda *args: pytest.fail("the kept rows made again"))
    assert kept_rows(dataset, {"at": "2024-06-01"}, name).rows == []
