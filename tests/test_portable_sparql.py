"""SPARQL a user takes away, prefixes and ministry names (the linked-data walkthrough, L8, L9, L11).

- ``g40kg questions NAME`` prints SPARQL 1.1 with the PREFIX lines it uses: it parses in plain
  rdflib and gives there, with its parameters bound by ``initBindings``, the rows of ``g40kg ask``;
- the project prefixes are listed from the one table (``graph.vocab.PREFIXES``) in ``query --help``,
  ``query --prefixes`` and the unknown-prefix error;
- a ministry is named at the time of each fact in a row, and by its current name with the earlier
  names its facts use in a heading or a network node; Defensie is "Defensie", not "Def".
"""

from __future__ import annotations

import json
import re

import pytest
from click.testing import CliRunner
from rdflib import Dataset, Literal, URIRef
from rdflib.namespace import XSD
from rdflib.plugins.sparql import prepareQuery

from graph.cli import cli
from graph.query import load_questions, term_value
from graph.term_rows import FOLDS, folded_terms
from graph.vocab import PREFIXES

ID = "https://w3id.org/g40kg/id/"
HELMOND, BREDA, EZK = ID + "municipality/gm0794", ID + "municipality/gm0758", ID + "ministry/mnre1045"
PROGRAMME, PIJLER, JAN = ID + "programme/city-deal-impact-ondernemen", ID + "unit/pijler-economie-en-werk", ID + "person/jan-jansen"

#: two documents: Breda works with "Economische Zaken en Klimaat" in 2021 (EZK then), Helmond with
#: "Economische Zaken" in 2025 (EZ then; EZK again since 2026-02-23, its current name)
DOCUMENTS = {
    "a": ("2021-06-01", "Burgemeester Jan Jansen van Helmond is voorzitter van de Pijler Economie en Werk. De gemeente "
                        "Breda werkt samen met het ministerie van Economische Zaken en Klimaat. Helmond en Breda nemen "
                        "deel aan de City Deal Impact Ondernemen."),
    "b": ("2025-09-10", "De gemeente Helmond werkt samen met het ministerie van Economische Zaken."),
}

#: parameters of each named question that needs one, as g40kg ask takes them and as IRIs
PARAMETERS = {
    "city-involvement": {"city": ("Helmond", HELMOND)},
    "collaborations-with-ministry": {"ministry": ("EZK", EZK)},
    "entity-facts": {"entity": ("Helmond", HELMOND)},
    "members": {"target": ("City Deal Impact Ondernemen", PROGRAMME)},
    "ministry-gap": {"ministry": ("EZK", EZK)},
    "unit-role-timeline": {"unit": ("Pijler Economie en Werk", PIJLER)},
    "who-is-who": {"person": ("Jan Jansen", JAN)},
}


@pytest.fixture(scope="module")
def graph(tmp_path_factory):
    """The graph of :data:`DOCUMENTS` (its folder) and its N-Quads export."""
    folder = tmp_path_factory.mktemp("portable")
    corpus = folder / "docs"
    corpus.mkdir()
    for name, (day, text) in DOCUMENTS.items():
        (corpus / f"{name}.txt").write_text(text + "\n", encoding="utf-8")
        (corpus / f"{name}.meta.json").write_text(json.dumps({"date": day}), encoding="utf-8")
    kg = str(folder / "kg")
    built = CliRunner().invoke(cli, ["--graph", kg, "build", str(corpus)])
    assert built.exit_code == 0, built.output
    exported = CliRunner().invoke(cli, ["--graph", kg, "export", "--format", "nquads", "-o", str(folder / "g.nq")])
    assert exported.exit_code == 0, exported.output
    return kg, folder / "g.nq"


def g40kg(*args, lang=None):
    result = CliRunner().invoke(cli, [*(["--lang", lang] if lang else []), *args])
    return result


# ----------------------------------------------------------------------------- L8: named questions


def test_a_printed_question_declares_exactly_the_prefixes_it_uses():
    printed = g40kg("questions", "g40-cities-programmes")
    assert printed.exit_code == 0, printed.output
    assert [line for line in printed.output.splitlines() if line.startswith("PREFIX")] == [
        "PREFIX g40: <https://w3id.org/g40kg/def#>",
        "PREFIX prov: <http://www.w3.org/ns/prov#>",
        "PREFIX skos: <http://www.w3.org/2004/02/skos/core#>",
        "PREFIX dcterms: <http://purl.org/dc/terms/>",
        "PREFIX rdf: <http://www.w3.org/1999/02/22-rdf-syntax-ns#>",
    ]


def test_the_header_comment_says_which_form_is_printed():
    portable = g40kg("questions", "collaborations-matrix").output
    assert ("# SPARQL 1.1, voor elke store (g40kg questions collaborations-matrix); de LATERAL-groepen staan er als "
            "OPTIONAL, zoals g40kg ze met --engine rdflib stelt: dezelfde rijen (g40kg questions "
            "collaborations-matrix --oxigraph: met LATERAL)\n") in portable
    assert not re.search(r"LATERAL\s*\{", portable)
    oxigraph = g40kg("questions", "collaborations-matrix", "--oxigraph").output
    assert "# SPARQL voor Oxigraph (g40kg questions collaborations-matrix --oxigraph): LATERAL (SPARQL 1.2-concept) " \
           "kennen andere stores en rdflib niet; zonder --oxigraph: SPARQL 1.1\n" in oxigraph
    assert re.search(r"LATERAL\s*\{", oxigraph)
    plain = g40kg("--lang", "en", "questions", "members").output
    assert "# SPARQL 1.1, for any store (g40kg questions members)\n" in plain, plain
    assert ("# parameters ?target ?at ?from ?until ?as_of: bind them as RDF terms, an entity as its IRI (rdflib: "
            "initBindings), or put VALUES on the lines '# @parameters'; unbound they filter nothing\n") in plain
    as_json = json.loads(g40kg("questions", "members", "--format", "json").output)
    assert as_json["rows"][0]["sparql"] == g40kg("questions", "members").output


@pytest.mark.parametrize("name", sorted(load_questions()))
def test_every_printed_question_parses_in_plain_rdflib_and_gives_the_rows_of_ask(graph, name):
    kg, nquads = graph
    printed = g40kg("questions", name)
    assert printed.exit_code == 0, printed.output
    query = prepareQuery(printed.output)  # no project prologue: the PREFIX lines are its own
    dataset = Dataset(default_union=True)
    dataset.parse(nquads, format="nquads")
    parameters = PARAMETERS.get(name, {})
    rows = dataset.query(query, initBindings={key: URIRef(iri) for key, (_, iri) in parameters.items()})
    theirs = [{str(v): row[str(v)] if str(v) in row.labels else None for v in rows.vars} for row in rows]
    if load_questions()[name].rows == "terms":  # g40kg folds the rows of evidence into terms (round 50t)
        theirs = folded_terms(theirs, FOLDS[name])
    theirs = [{column: term_value(value) for column, value in row.items()} for row in theirs]
    asked = g40kg("--graph", kg, "ask", name, *[f"-p{key}={text}" for key, (text, _) in parameters.items()],
                  "--format", "json")
    assert asked.exit_code == 0, asked.output
    ours = json.loads(asked.output)["rows"]
    # g40kg names a ministry in a row as at the row's time (the README); the query gives its current name
    relabelled = {column for column in (ours[0] if ours else {}) if column.endswith("Label") and
                  any(str(row.get(column[:-5]) or "").startswith(ID + "ministry/") for row in ours)}

    relabelled.add("roleLabel")  # ask adds the role in --lang beside the role of the query (round 43g)
    relabelled |= {column + "Code" for column in load_questions()[name].codes}  # and register codes (round 44q)

    def key(row):
        return json.dumps({k: v for k, v in row.items() if k not in relabelled}, sort_keys=True, default=str)

    assert sorted(map(key, theirs)) == sorted(map(key, ours)), name
    if name in PARAMETERS or name in ("collaborations-matrix", "g40-cities-programmes", "themagroep-contacts"):
        assert ours or name in ("ministry-gap", "themagroep-contacts"), f"{name}: the fixture answers nothing"


def test_a_printed_question_takes_a_time_parameter_in_plain_rdflib(graph):
    """The time filter is written out: ?at bound by initBindings keeps the facts of that day."""
    kg, nquads = graph
    dataset = Dataset(default_union=True)
    dataset.parse(nquads, format="nquads")
    query = prepareQuery(g40kg("questions", "collaborations-with-ministry").output)
    rows = dataset.query(query, initBindings={"ministry": URIRef(EZK), "at": Literal("2025-09-10", datatype=XSD.date)})
    assert sorted(str(row["actor"]) for row in rows) == [HELMOND]


def test_a_printed_question_runs_in_g40kg_query_as_the_readme_shows(graph, tmp_path):
    kg, _ = graph
    (tmp_path / "q.rq").write_text(g40kg("questions", "g40-cities-programmes").output, encoding="utf-8")
    own = g40kg("--graph", kg, "query", "-f", str(tmp_path / "q.rq"), "--format", "json")
    asked = g40kg("--graph", kg, "ask", "g40-cities-programmes", "--format", "json")
    assert own.exit_code == 0, own.output
    codes = ("cityCode",)  # ask adds the register code of a city (round 44q); the query is the question's own
    assert json.loads(own.output)["rows"] == [{k: v for k, v in row.items() if k not in codes}
                                              for row in json.loads(asked.output)["rows"]]


# ----------------------------------------------------------------------------- L9: prefixes

KNOWN = "g40:, g40id:, g40g:, org:, foaf:, prov:, skos:, dcterms:, schema:, owl:, rdf:, rdfs:, xsd:, tooi:, void:, dcat:"


def test_the_prefix_list_is_the_table_of_graph_vocab():
    assert KNOWN == ", ".join(f"{p}:" for p in PREFIXES)


def test_query_help_lists_every_prefix():
    for lang, words in (("nl", "de projectprefixen zijn al gedeclareerd: "), ("en", "the project prefixes are already "
                                                                                   "declared: ")):
        shown = " ".join(g40kg("query", "--help", lang=lang).output.split())
        assert words + KNOWN in shown, shown


def test_query_prefixes_prints_each_prefix_with_its_iri():
    shown = g40kg("query", "--prefixes", "--format", "csv")
    assert shown.exit_code == 0, shown.output
    assert shown.output.splitlines() == ["prefix,iri", *[f"{p},{ns}" for p, ns in PREFIXES.items()]]


def test_an_unknown_prefix_names_the_known_ones_as_the_help_does(graph):
    kg, _ = graph
    result = g40kg("--graph", kg, "query", "SELECT * WHERE { ?s dct:title ?o }")
    assert result.exit_code == 2
    assert result.output == ("Fout: SPARQL-fout op regel 1, kolom 30: onbekend prefix 'dct:'; declareer het met PREFIX "
                             f"dct: <…> (bekend zonder declaratie: {KNOWN}; de IRI's: g40kg query --prefixes)\n")
    english = g40kg("--graph", kg, "query", "SELECT * WHERE { ?s dct:title ?o }", lang="en")
    assert (f"(known without a declaration: {KNOWN}; their IRIs: g40kg query --prefixes)") in english.output


def test_a_slash_in_a_prefixed_name_asks_for_the_full_iri(graph):
    """The escape g40id:ministry\\/mnre1045 is no answer: rdflib keeps the backslash in the IRI."""
    kg, _ = graph
    result = g40kg("--graph", kg, "query", "SELECT * WHERE { g40id:ministry/mnre1045 ?p ?o }")
    assert result.exit_code == 2
    assert result.output.endswith("een '/' kan niet in een prefixnaam: schrijf de volledige IRI "
                                  "<https://w3id.org/g40kg/id/ministry/mnre1045> in plaats van "
                                  "g40id:ministry/mnre1045\n"), result.output
    for engine in ("oxigraph", "rdflib"):
        full = g40kg("--graph", kg, "--engine", engine, "query",
                     "SELECT ?l WHERE { <https://w3id.org/g40kg/id/ministry/mnre1045> skos:prefLabel ?l }",
                     "--format", "csv")
        assert full.output == "l\nEZK\n", (engine, full.output)


# ----------------------------------------------------------------------------- L11: ministry names


def test_the_matrix_heads_a_renamed_ministry_by_its_current_name_with_the_earlier_one(graph):
    kg, _ = graph
    table = g40kg("--graph", kg, "collaborators")
    assert table.output.splitlines()[:2] == ["Samenwerkingen actor × ministerie (aantal documenten)",
                                            "actor    soort actor  EZK (eerder EZ)  totaal"], table.output
    english = g40kg("--graph", kg, "collaborators", lang="en")
    assert "EZK (earlier EZ)" in english.output.splitlines()[1], english.output
    # scripts keep the key they read: the current name
    assert g40kg("--graph", kg, "collaborators", "--format", "csv").output.splitlines()[0] == "actor,actorType,EZK,total,actorIri"
    at = g40kg("--graph", kg, "collaborators", "--at", "2025-09-10", "--format", "csv")
    assert at.output.splitlines() == ["actor,actorType,EZ,total,actorIri",  # round 43g: actorIri added
                                      "Helmond,Municipality,1,1,https://w3id.org/g40kg/id/municipality/gm0794"], at.output


@pytest.mark.parametrize("asked", ["EZ", "EZK", "Economische Zaken"])
def test_the_heading_of_one_ministry_is_the_same_whatever_name_is_asked(graph, asked):
    kg, _ = graph
    shown = g40kg("--graph", kg, "collaborators", asked)
    assert shown.output.splitlines()[0] == "Samenwerkingen met EZK (eerder EZ)", shown.output
    as_json = json.loads(g40kg("--graph", kg, "collaborators", asked, "--format", "json").output)
    assert {row["ministry"] for row in as_json["rows"]} == {"EZK"}


def test_at_a_date_the_heading_is_the_name_of_that_date(graph):
    kg, _ = graph
    for day, name, actor in (("2025-09-10", "EZ", "Helmond"), ("2021-06-01", "EZK", "Breda")):
        shown = g40kg("--graph", kg, "collaborators", "EZ", "--at", day)
        assert shown.output.splitlines()[0] == f"Samenwerkingen met {name}", shown.output
        assert shown.output.splitlines()[3].split()[0] == actor, shown.output


def test_each_fact_row_names_the_ministry_as_at_its_time(graph):
    """The CSV export and the question's rows agree: EZK in 2021, EZ in 2025."""
    kg, _ = graph
    exported = g40kg("--graph", kg, "export", "--format", "csv").output.splitlines()
    assert sorted((line.split(",")[0], line.split(",")[5]) for line in exported if ",collaboratesWith," in line) == \
        [("a", "EZK"), ("b", "EZ")]
    asked = json.loads(g40kg("--graph", kg, "ask", "collaborations-with-ministry", "-p", "ministry=EZ",
                             "--format", "json").output)
    assert sorted((row["documentId"], row["ministryLabel"]) for row in asked["rows"]) == [("a", "EZK"), ("b", "EZ")]


def test_a_network_node_is_the_ministry_over_time(graph):
    from graph.store import open_dataset
    from viz.views import view_graph

    dataset = open_dataset(graph[0])
    labels = {data["label"] for node, data in view_graph(dataset).nodes(data=True) if node == EZK}
    assert labels == {"EZK (eerder EZ)"}
    at = view_graph(dataset, at="2025-09-10")
    assert at.nodes[EZK]["label"] == "EZ"
    focus = view_graph(dataset, focus="Helmond")
    assert focus.nodes[EZK]["label"] == "EZK (eerder EZ)"
    assert view_graph(dataset).nodes[EZK]["label"] == "EZK (eerder EZ)"  # the kept projection is not renamed twice


def test_defensie_is_called_defensie(graph):
    kg, _ = graph
    for asked in ("Defensie", "Def", "ministerie van Defensie"):
        shown = g40kg("--graph", kg, "collaborators", asked)
        assert (shown.exit_code, shown.output) == (0, "Geen samenwerkingen met Defensie gevonden.\n"), shown.output
    labels = g40kg("--graph", kg, "query", "SELECT ?l WHERE { <https://w3id.org/g40kg/id/ministry/mnre1018> "
                   "skos:prefLabel ?l }", "--format", "csv")
    assert labels.output == "l\nDefensie\n"
    finance = g40kg("--graph", kg, "collaborators", "Financiën", lang="en")
    assert finance.output == "No collaborations with Financiën found.\n", finance.output


def test_a_ministry_whose_facts_use_its_current_name_has_no_earlier_one(tmp_path):
    """Only the names its facts use are named: a graph of 2021 alone says EZK, as its quote does."""
    corpus = tmp_path / "docs"
    corpus.mkdir()
    day, text = DOCUMENTS["a"]
    (corpus / "a.txt").write_text(text + "\n", encoding="utf-8")
    (corpus / "a.meta.json").write_text(json.dumps({"date": day}), encoding="utf-8")
    kg = str(tmp_path / "kg")
    assert g40kg("--graph", kg, "build", str(corpus)).exit_code == 0
    assert g40kg("--graph", kg, "collaborators", "EZK").output.splitlines()[0] == "Samenwerkingen met EZK"
    assert g40kg("--graph", kg, "collaborators").output.splitlines()[1].split()[:4] == ["actor", "soort", "actor", "EZK"]
    from graph.store import open_dataset
    from viz.views import view_graph

    assert view_graph(open_dataset(kg)).nodes[EZK]["label"] == "EZK"
