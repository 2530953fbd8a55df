"""A SELECT or GROUP BY expression without AS gets a one-line hint instead of Oxigraph's list of
tokens (round 39g, walkthrough 14 finding 29), with both engines and in both languages."""

from __future__ import annotations

import pytest

from fixture_graph import small_graph_dir
from graph.cli import cli
from graph.sparql_naming import unnamed_expressions


@pytest.fixture(scope="module")
def kg(tmp_path_factory):
    return small_graph_dir(tmp_path_factory.mktemp("small"))


@pytest.mark.parametrize("engine", ["rdflib", "oxigraph"])
@pytest.mark.parametrize("lang, query, expected", [
    ("nl", "SELECT ?s (YEAR(?d) AS ?jaar) (COUNT(*) AS ?n) WHERE { ?s dcterms:date ?d } GROUP BY ?s (YEAR(?d))",
     "Fout: SPARQL-fout op regel 1, kolom 99: SELECT toont alleen wat GROUP BY een naam geeft: schrijf GROUP BY "
     "(YEAR(?d) AS ?naam) en SELECT ?naam, of BIND(YEAR(?d) AS ?naam) in WHERE en GROUP BY ?naam\n"),
    ("en", "SELECT (YEAR(?d)) WHERE { ?s dcterms:date ?d }",
     "Error: SPARQL syntax error at line 1, column 23: an expression in SELECT needs a name: write "
     "(YEAR(?d) AS ?name)\n"),
    ("nl", "SELECT ?s (COUNT(?d) AS ?n) WHERE { ?s dcterms:date ?d }",
     "Fout: SPARQL-fout op regel 1, kolom 57: SELECT toont een variabele die niet in GROUP BY staat (een aggregaat "
     "zonder GROUP BY maakt één groep): zet hem in GROUP BY of in een aggregaat, (SAMPLE(?x) AS ?x1)\n"),
])
def test_an_expression_without_as_gets_a_hint(runner, kg, engine, lang, query, expected):
    result = runner.invoke(cli, ["--graph", str(kg), "--engine", engine, "--lang", lang, "query", query])
    assert (result.exit_code, result.output) == (2, expected), result.output


def test_a_grouping_expression_that_select_does_not_show_is_fine(runner, kg):
    result = runner.invoke(cli, ["--graph", str(kg), "query", "--format", "json",
                                 "SELECT (COUNT(*) AS ?n) WHERE { ?s dcterms:date ?d } GROUP BY (YEAR(?d))"])
    assert result.exit_code == 0, result.output


def test_strings_and_iris_are_not_read_as_expressions():
    text = 'SELECT ?s ("(x)" AS ?t) WHERE { ?s <http://e/(p)> ?o FILTER(?o = "(y)") } GROUP BY ?s'
    assert unnamed_expressions(text) == {"select": [], "group": []}
