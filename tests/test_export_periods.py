"""``export`` and ``viz`` take the period options of the analysis commands (``--at``, ``--between``,
``--as-of``), with the same rule (:func:`graph.project.evidence_records`): a network per period for
Gephi or R (walkthrough 14, finding 18).

The graph is ``tests/fixtures/small.trig``: doc-a is an annual report over 2021 (a period, no
date), doc-b a news item of 2022-10-06; Anna de Vries is on the taskforce "sinds maart 2021" (open),
Bram Jansen's term ended on 2021-06-30.
"""

from __future__ import annotations

import json
import re

import pytest

from fixture_graph import small_dataset, small_graph_dir
from graph.export import export
from graph.project import to_networkx


@pytest.fixture(scope="module")
def dataset():
    return small_dataset("rdflib")


def _roles(text: str) -> list[tuple[str, str]]:
    rows = [json.loads(line) for line in text.splitlines()]
    return sorted((row["subject_iri"].rsplit("/", 1)[1], row["object_iri"].rsplit("/", 1)[1])
                  for row in rows if row["predicate"] == "hasRole")


@pytest.mark.parametrize("window, documents, roles", [
    ({"at": "2022"}, {"doc-a", "doc-b"}, [("anna-de-vries", "taskforce-energietransitie"),
                                          ("carla-smit", "pijler-sociale-stad")]),
    ({"as_of": "2021-05-01"}, {"doc-a"}, [("anna-de-vries", "taskforce-energietransitie"),
                                          ("bram-jansen", "pijler-sociale-stad")]),
    ({"as_of": "2022-12-31"}, {"doc-a", "doc-b"}, [("anna-de-vries", "taskforce-energietransitie"),
                                                   ("carla-smit", "pijler-sociale-stad")]),
])
def test_the_facts_export_keeps_the_facts_of_a_period(dataset, window, documents, roles):
    text = export(dataset, "facts", **window)
    assert {json.loads(line)["document"] for line in text.splitlines()} == documents, text
    assert _roles(text) == roles


def test_a_period_cuts_the_csv_rows_too(dataset):
    everything = export(dataset, "csv").splitlines()
    of_2021 = export(dataset, "csv", between=("2021", "2021")).splitlines()
    assert everything[0] == of_2021[0]  # the same columns
    assert len(everything) == 23 and len(of_2021) == 12, of_2021
    assert not any(",doc-b," in line for line in of_2021)


@pytest.mark.parametrize("fmt", ["gexf", "graphml"])
def test_the_network_exports_of_a_period_are_the_projection_of_the_analysis_commands(dataset, fmt):
    text = export(dataset, fmt, between=("2021", "2021"))
    projected = to_networkx(dataset, between=("2021", "2021"))
    nodes = set(re.findall(r'<node id="([^"]+)"', text))
    assert nodes == set(projected.nodes) and len(nodes) < len(to_networkx(dataset))
    assert len(re.findall(r"<edge ", text)) == projected.number_of_edges() == 10


def test_an_rdf_format_or_the_site_with_a_period_is_refused(runner, tmp_path):
    from graph.cli import cli

    graph = small_graph_dir(tmp_path)
    result = runner.invoke(cli, ["--graph", str(graph), "export", "--format", "turtle", "--at", "2021"])
    assert result.exit_code == 2, result.output
    assert "--at, --between en --as-of gelden voor facts, csv, graphml, gexf" in result.stderr, result.stderr
    # the site is the state on one day (round 48c): --as-of is its day, a period is refused
    result = runner.invoke(cli, ["--graph", str(graph), "export", "--format", "site", "-o", str(tmp_path / "s"),
                                 "--at", "2022"])
    assert result.exit_code == 2, result.output
    assert "--format site is de stand op één dag: geef die met --as-of" in result.stderr, result.stderr
    result = runner.invoke(cli, ["--graph", str(graph), "--lang", "en", "export", "--format", "jsonld", "--at", "2021"])
    assert "--at, --between and --as-of apply to facts, csv, graphml, gexf; --format jsonld exports" in result.stderr


def test_the_cli_exports_a_period_and_refuses_two_windows(runner, tmp_path):
    from graph.cli import cli

    graph = small_graph_dir(tmp_path)
    result = runner.invoke(cli, ["--graph", str(graph), "export", "--format", "facts", "--between", "2022", "2022"])
    assert result.exit_code == 0, result.output + result.stderr
    assert {json.loads(line)["document"] for line in result.stdout.splitlines()} == {"doc-a", "doc-b"}
    result = runner.invoke(cli, ["--graph", str(graph), "export", "--format", "gexf", "--at", "2021", "--as-of", "2022"])
    assert result.exit_code == 2 and "geef --as-of of --at/--between, niet samen" in result.stderr, result.stderr


def test_viz_takes_between_and_says_so_in_the_title_and_command(runner, tmp_path):
    from graph.cli import cli

    graph, out = small_graph_dir(tmp_path), tmp_path / "v.html"
    result = runner.invoke(cli, ["--graph", str(graph), "viz", "--between", "2021", "2021", "-o", str(out)])
    assert result.exit_code == 0, result.output + result.stderr
    page = out.read_text(encoding="utf-8")
    assert "<title>G40-kennisgraaf: netwerk (2021 tot en met 2021)" in page, re.findall("<title>[^<]*", page)
    assert "g40kg viz --between 2021 2021" in page
    nodes = len(to_networkx(small_dataset("rdflib"), between=("2021", "2021")))
    assert f"({nodes} knopen," in result.stderr, result.stderr


def test_the_gexf_has_time_for_gephis_timeline_and_the_same_bytes_each_time(dataset):
    """Walkthrough 14, findings 19 and 23: mode="dynamic", start/end (or spells) from the facts'
    intervals, first_date/last_date columns; no date of today in the header."""
    text = export(dataset, "gexf")
    assert '<graph defaultedgetype="undirected" mode="dynamic" name="" timeformat="date">' in text, text[:800]
    assert "<meta>" in text and "lastmodifieddate" not in text  # the fixture's graph has no description
    assert export(dataset, "gexf") == text
    taskforce = re.search(r'<edge source="[^"]*person/anna-de-vries" target="[^"]*unit/taskforce-energietransitie"'
                          r'[^>]*>', text) or re.search(r'<edge source="[^"]*unit/taskforce-energietransitie" '
                                                        r'target="[^"]*person/anna-de-vries"[^>]*>', text)
    assert taskforce and 'start="2021-03-01"' in taskforce.group(0) and "end=" not in taskforce.group(0), taskforce
    graphml = export(dataset, "graphml")
    assert 'attr.name="first_date"' in graphml and "2021-03-01" in graphml


def test_nodes_that_share_a_label_are_told_apart_in_the_network_exports():
    from rdflib import Literal, URIRef
    from rdflib.namespace import RDF, SKOS

    from graph.vocab import G40

    graph = small_dataset("rdflib")
    entities = graph.graph(URIRef("https://w3id.org/g40kg/graph/entities"))
    for node in graph.subjects(RDF.type, G40.OrganisationalUnit):
        entities.set((node, SKOS.prefLabel, Literal("werkgroep")))
    text = export(graph, "gexf")
    labels = sorted(set(re.findall(r'label="(werkgroep[^"]*)"', text)))
    assert len(labels) > 1 and all(label.startswith("werkgroep (") for label in labels), labels
    assert 'label="werkgroep (pijler-sociale-stad)"' in text, labels
