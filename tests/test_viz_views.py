"""Views of the graph for network pages, write_network_page and the ``g40kg viz`` command."""

from __future__ import annotations

import json
import re

import pytest

from browser.vizkit import PROBE, iri_of, small_dataset
from graph.cli import cli
from graph.errors import InputError, UnknownName
from graph.store import save_dataset
from viz import write_network_page
from viz.views import parse_types, view_data, view_graph


@pytest.fixture(scope="module")
def dataset():
    return small_dataset()


@pytest.fixture(scope="module")
def graph_dir(tmp_path_factory, dataset):
    path = tmp_path_factory.mktemp("vizgraph") / "kg"
    save_dataset(dataset, path, {"built": "2026-01-02T03:04:05+00:00", "documents": []})
    return path


def labels(graph) -> list[str]:
    return sorted(data["label"] for _, data in graph.nodes(data=True))


def island(path) -> dict:
    page = path.read_text(encoding="utf-8")
    return json.loads(re.search(r'<script type="application/json" id="g40-data">(.*?)</script>', page, re.S).group(1))


def test_whole_graph_collapses_memberships_and_weights_by_documents(dataset):
    graph = view_graph(dataset)
    assert graph.number_of_nodes() == 9 and graph.number_of_edges() == 8
    edge = graph.edges[iri_of("gm9001"), iri_of("mnre9001"), "collaboratesWith"]
    assert edge["weight"] == 2 and len(edge["evidence"]) == 2
    assert graph.has_edge(iri_of("probe"), iri_of("themagroep-werk"), "hasRole")


@pytest.mark.parametrize(
    ("options", "expected"),
    [
        ({"focus": "Noordstad"}, ["City Deal Proef", "MinA", "Noordstad"]),
        ({"focus": "noordstad", "depth": 2}, ["City Deal Proef", "MinA", "MinB", "Noordstad", "Zuidwaard"]),
        ({"ministry": "MinB"}, ["City Deal Proef", "MinB", "Stedennet"]),
        ({"types": ["gemeente", "Ministry"]}, ["MinA", "MinB", "Noordstad", "Zuidwaard"]),
        ({"at": "2022-10-06"}, ["Anna de Vries", "City Deal Proef", "MinA", "MinB", "Noordstad", "Stedennet",
                                'Themagroep "Werk" & Inkomen', "Zuidwaard"]),
        # a year is all of its days (the facts of 2022-10-06); a day without facts shows nothing
        ({"at": "2022"}, ["Anna de Vries", "City Deal Proef", "MinA", "MinB", "Noordstad", "Stedennet",
                          'Themagroep "Werk" & Inkomen', "Zuidwaard"]),
        ({"at": "2022-01-01"}, []),
        ({"projection": "city-ministry"}, ["MinB", "Noordstad", "Zuidwaard"]),
        # a projection narrowed like any view (it was a TypeError: one edge per pair, no keys)
        ({"projection": "city-ministry", "focus": "Noordstad"}, ["MinB", "Noordstad"]),
        ({"projection": "city-ministry", "ministry": "MinB"}, ["MinB", "Noordstad", "Zuidwaard"]),
    ],
)
def test_views(dataset, options, expected):
    assert labels(view_graph(dataset, **options)) == expected


def _contents(graph) -> tuple:
    return sorted(graph.nodes(data=True)), sorted((u, v, k, repr(d)) for u, v, k, d in graph.edges(keys=True, data=True))


def test_projection_is_read_once_and_no_view_changes_it(monkeypatch):
    import graph.project
    from viz import views

    reads = []
    real = graph.project.to_networkx
    monkeypatch.setattr(graph.project, "to_networkx", lambda ds, **options: reads.append(options) or real(ds, **options))
    fresh = small_dataset()
    kept = views._projection(fresh, include_mentions=False, at=None)
    before = _contents(kept)
    for options in ({"focus": "Noordstad"}, {"ministry": "MinB", "depth": 2}, {"types": ["Ministry"]},
                    {"query": "CONSTRUCT { ?s ?p ?o } WHERE { ?s g40:collaboratesWith ?o . BIND(g40:collaboratesWith AS ?p) }"},
                    {"projection": "city-ministry"}, {}):
        view_data(fresh, **options)
    assert len(reads) == 1 and _contents(kept) == before
    view_data(fresh, focus="Noordstad", at="2022-10-06")
    view_data(fresh, focus="Noordstad", include_mentions=True)
    # the last item: the message language, which names the ministries of a projection without a time (round 47c)
    assert len(reads) == 3 and list(views._PROJECTIONS[id(fresh)][1]) == [(False, "2022-10-06", None, None, False, "nl"),
                                                                                    (True, None, None, None, False, "nl")]
    view_graph(fresh)  # the oldest was dropped: read again
    assert len(reads) == 4 and _contents(views._projection(fresh, include_mentions=False, at=None)) == before


def test_an_ego_view_is_the_ego_of_the_whole_view(dataset):
    from graph.project import to_networkx
    from viz.views import _ego, _relabel_ministries

    whole = to_networkx(dataset, at="2021-12-31", multi=True).copy()
    _relabel_ministries(dataset, whole, "2021-12-31")
    for centre, options in ((iri_of("gm9001"), {"focus": "Noordstad"}), (iri_of("mnre9001"), {"ministry": "MinA"})):
        expected = _ego(whole, centre, 2)
        assert _contents(view_graph(dataset, depth=2, at="2021-12-31", **options)) == _contents(expected)


def test_city_ministry_projection_weights_by_shared_programmes(dataset):
    graph = view_graph(dataset, projection="city-ministry")
    edge = graph.edges[iri_of("gm9001"), iri_of("mnre9002")]
    assert (edge["relation"], edge["weight"], edge["programmes"]) == ("sharedProgrammes", 1, ["City Deal Proef"])
    assert {e["document"] for e in edge["evidence"]} == {"doc-a"}


def test_query_view_keeps_evidence(dataset):
    construct = "CONSTRUCT { ?s g40:collaboratesWith ?o } WHERE { ?s g40:collaboratesWith ?o }"
    graph = view_graph(dataset, query=construct)
    assert labels(graph) == ["MinA", "MinB", "Noordstad", "Stedennet"]
    assert sorted(d["weight"] for *_, d in graph.edges(data=True)) == [1, 2]
    select = "SELECT ?s ?p ?o WHERE { ?s ?p ?o FILTER(?p = g40:partOf) }"
    assert labels(view_graph(dataset, query=select)) == ["Stedennet", 'Themagroep "Werk" & Inkomen']


def test_bad_inputs_have_helpful_errors(dataset):
    with pytest.raises(UnknownName) as caught:
        view_graph(dataset, focus="Noordstadt")
    assert "Noordstad" in str(caught.value)
    with pytest.raises(InputError, match="Municipality"):
        parse_types(["stad"])
    with pytest.raises(InputError, match=r"\?s \?p \?o"):
        view_graph(dataset, query="SELECT ?x WHERE { ?x a g40:Person }")
    with pytest.raises(InputError):
        view_graph(dataset, at="gisteren")


def test_write_network_page(tmp_path, dataset):
    out = write_network_page(dataset, tmp_path / "sub" / "net.html", lang="en", focus="MinA", command="demo")
    assert out == tmp_path / "sub" / "net.html" and out.is_file()
    assert list(out.parent.iterdir()) == [out], "temporary file left behind"
    data = island(out)
    assert data["lang"] == "en" and data["meta"]["title"] == "Network around MinA"
    assert data["meta"]["command"] == "demo"
    assert sorted(n["label"] for n in data["nodes"]) == ["MinA", "Noordstad"]
    assert data["documents"]["doc-a"]["date"] == "2021-12-31"
    assert set(data["meta"]["documents_used"]) == {"doc-a", "doc-b"}


def test_view_data_dates_and_probe_stay_data(dataset):
    data = view_data(dataset)
    assert data["periods"] == ["2021", "2022"]
    assert any(n["label"] == f"Piet {PROBE}" for n in data["nodes"])


def test_viz_command(runner, graph_dir, tmp_path):
    out = tmp_path / "netwerk.html"
    result = runner.invoke(cli, ["--graph", str(graph_dir), "viz", "-o", str(out), "--type", "Municipality",
                                 "--type", "Ministry"])
    assert result.exit_code == 0, result.output
    assert "Netwerkpagina geschreven" in result.output and "4 knopen, 1 verbindingen" in result.output
    data = island(out)
    assert data["meta"]["command"] == "g40kg viz --type Municipality --type Ministry"
    assert data["meta"]["built"] == "2026-01-02T03:04:05+00:00"


def test_viz_command_query_and_english(runner, graph_dir, tmp_path):
    query = tmp_path / "samen.rq"
    query.write_text("CONSTRUCT { ?s g40:collaboratesWith ?o } WHERE { ?s g40:collaboratesWith ?o }", encoding="utf-8")
    out = tmp_path / "q.html"
    result = runner.invoke(cli, ["--graph", str(graph_dir), "--lang", "en", "viz", "--query", str(query), "-o", str(out)])
    assert result.exit_code == 0, result.output
    assert "Network page written" in result.output
    data = island(out)
    assert data["meta"]["title"] == "Network from query samen.rq" and "CONSTRUCT" in data["meta"]["query"]


def test_viz_command_errors(runner, graph_dir, tmp_path, monkeypatch):
    result = runner.invoke(cli, ["--graph", str(graph_dir), "viz", "--focus", "Nergensdorp", "-o", str(tmp_path / "x.html")])
    assert result.exit_code == 2 and "Nergensdorp" in result.output, result.output
    result = runner.invoke(cli, ["--graph", str(tmp_path / "none"), "viz", "-o", str(tmp_path / "x.html")])
    assert result.exit_code == 1 and "g40kg build" in result.output, result.output
    monkeypatch.setattr("viz.network.MAX_NODES", 3)
    result = runner.invoke(cli, ["--graph", str(graph_dir), "viz", "-o", str(tmp_path / "x.html")])
    assert result.exit_code == 1 and "--focus" in result.output and "--query" in result.output, result.output
    assert not (tmp_path / "x.html").exists()


def test_viz_help_has_an_example(runner):
    result = runner.invoke(cli, ["viz", "--help"])
    assert result.exit_code == 0 and "g40kg viz --focus" in result.output


def test_viz_on_the_bundled_corpus(runner, seed_graph, tmp_path):
    out = tmp_path / "seed.html"
    result = runner.invoke(cli, ["--graph", str(seed_graph), "--engine", "rdflib", "viz", "-o", str(out)])
    assert result.exit_code == 0, result.output
    data = island(out)
    assert data["nodes"] and data["edges"], result.output
    assert {n["type"] for n in data["nodes"]} <= {"Person", "Municipality", "Province", "Ministry", "Organisation",
                                                   "OrganisationalUnit", "Programme", "Event", "Theme"}
    assert any(n["g40"] for n in data["nodes"] if n["type"] == "Municipality")
    assert "mentions" not in {e["relation"] for e in data["edges"]}
    for edge in data["edges"]:
        assert edge["evidence"] and all(ev.get("q") and ev.get("doc") in data["documents"] for ev in edge["evidence"]), edge
        assert edge["weight"] == len({ev["doc"] for ev in edge["evidence"]}), edge
    assert set(data["meta"]["documents_used"]) == set(data["documents"])
    assert all(doc.get("title") for doc in data["documents"].values())


def test_viz_command_focus_depth_and_date(runner, graph_dir, tmp_path):
    out = tmp_path / "f.html"
    result = runner.invoke(cli, ["--graph", str(graph_dir), "viz", "--focus", "Noordstad", "--depth", "0",
                                 "--at", "2021-12-31", "-o", str(out)])
    assert result.exit_code == 0, result.output
    data = island(out)
    assert [n["label"] for n in data["nodes"]] == ["Noordstad"] and data["edges"] == []
    assert data["meta"]["title"] == "Netwerk rond Noordstad (op 2021-12-31)"
    assert data["meta"]["command"] == "g40kg viz --focus Noordstad --depth 0 --at 2021-12-31"
    result = runner.invoke(cli, ["--graph", str(graph_dir), "viz", "--at", "31-13-2021", "-o", str(out)])
    assert result.exit_code == 2 and "31-13-2021" in result.output, result.output


VIEW_IN_A_FRESH_PROCESS = """
import json, sys
sys.path.insert(0, {tests!r})
from fixture_graph import small_dataset
from viz.views import view_data
views = [view_data(small_dataset("oxigraph"), **options) for options in {views!r}]
print(json.dumps(views, default=str))
"""


def test_a_view_is_the_same_in_every_process_whatever_the_string_hashing():
    """Cut views listed their nodes in the order of a set, which changes with Python's string
    hashing: the same focus view had another layout (and page) in every run, whatever the seed."""
    import os
    import subprocess
    import sys
    from pathlib import Path

    from fixture_graph import EZK

    views = [{"focus": EZK}, {"ministry": "EZK", "depth": 2}, {"types": ["Municipality", "Ministry", "Person"]}]
    script = VIEW_IN_A_FRESH_PROCESS.format(tests=str(Path(__file__).resolve().parent), views=views)
    # the three processes run side by side: each is started before the first is waited for
    processes = [subprocess.Popen([sys.executable, "-c", script], stdout=subprocess.PIPE, stderr=subprocess.PIPE,
                                  text=True, env={**os.environ, "PYTHONHASHSEED": seed}) for seed in ("1", "2", "3")]
    outputs = []
    for process in processes:
        out, err = process.communicate(timeout=120)
        assert process.returncode == 0, err
        outputs.append(out)
    assert outputs[0] == outputs[1] == outputs[2]
    assert [len(view["nodes"]) for view in json.loads(outputs[0])] == [4, 12, 11]
