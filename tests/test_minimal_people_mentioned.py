"""``build --minimal-people`` also leaves out the people of whom no fact is read (walkthrough 15,
finding 3): a quoted resident, a partner named in passing; no node, so no explorer or site page."""

from __future__ import annotations

import json

from graph.cli import cli

NEWS = ("Nieuws\n5 juni 2025\n\n"
        "Wethouder Anna Smit van Breda opende de beweegtuin.\n\n"
        '"Iedereen moet mee kunnen doen," zegt inwoner Piet Kuipers (34), die zelf in een rolstoel zit.\n\n'
        "Smit is getrouwd met Eva de Wit, die als verpleegkundige werkt.\n")


def _build(runner, graph, docs, *args):
    result = runner.invoke(cli, ["--graph", str(graph), "build", str(docs), *args])
    assert result.exit_code == 0, result.output
    return result


def _people(runner, graph):
    result = runner.invoke(cli, ["--graph", str(graph), "query", "--format", "json",
                                 "SELECT ?l WHERE { ?p a g40:Person ; skos:prefLabel ?l } ORDER BY ?l"])
    return [row["l"] for row in json.loads(result.output)["rows"]]


def test_minimal_people_leaves_out_who_has_no_fact_and_the_site_makes_no_page(runner, tmp_path):
    docs, graph = tmp_path / "docs", tmp_path / "kg"
    docs.mkdir()
    (docs / "nieuws.txt").write_text(NEWS, encoding="utf-8")
    _build(runner, graph, docs)
    assert _people(runner, graph) == ["Anna Smit", "Eva de Wit", "Piet Kuipers"]
    _build(runner, graph, docs, "--minimal-people")
    assert _people(runner, graph) == ["Anna Smit"]  # a role; the others are only mentioned
    site = tmp_path / "site"
    result = runner.invoke(cli, ["--graph", str(graph), "export", "--format", "site", "-o", str(site)])
    assert result.exit_code == 0, result.output
    pages = sorted(p.name for p in (site / "entity" / "person").glob("*.html"))
    assert pages == ["anna-smit.html"], pages
    fresh = tmp_path / "fresh"
    _build(runner, fresh, docs, "--minimal-people")
    assert (fresh / "graph.nq").read_bytes() == (graph / "graph.nq").read_bytes()
    _build(runner, graph, docs, "--all-people")
    assert _people(runner, graph) == ["Anna Smit", "Eva de Wit", "Piet Kuipers"]
