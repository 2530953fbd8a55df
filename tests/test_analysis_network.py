"""The networkx projection and the analytics on it, on the fixture graph."""

from __future__ import annotations

import networkx as nx
import pytest
from fixture_graph import ENGINES, EZK, small_dataset

from graph.analysis import brokers, communities, connection, rank
from graph.errors import G40Error
from graph.project import to_networkx

ID = "https://w3id.org/g40kg/id/"
TASKFORCE, PIJLER, ANNA = ID + "unit/taskforce-energietransitie", ID + "unit/pijler-sociale-stad", ID + "person/anna-de-vries"
BREDA, BZK = ID + "municipality/gm0758", ID + "ministry/mnre1034"


@pytest.fixture(scope="module", params=ENGINES)
def dataset(request):
    return small_dataset(request.param)


@pytest.fixture(scope="module")
def G(dataset):
    return to_networkx(dataset)


def test_projection_nodes_and_edges(G):
    assert (G.number_of_nodes(), G.number_of_edges(), G.is_directed()) == (17, 18, False)
    assert G.nodes[EZK] == {"type": "Ministry", "label": "EZK", "g40_member": False, "iri": EZK}
    assert G.nodes[BREDA]["g40_member"] is True
    assert not any(t == "Document" for _, t in G.nodes(data="type"))  # mentions left out


def test_edge_weight_is_the_number_of_documents(G):
    edge = G.edges[TASKFORCE, EZK]
    assert (edge["weight"], edge["predicates"], len(edge["evidence"])) == (2, ["collaboratesWith"], 2)
    assert [e["document"] for e in edge["evidence"]] == ["doc-a", "doc-b"]


def test_memberships_collapse_to_person_organisation_edges(G):
    edge = G.edges[ANNA, TASKFORCE]
    assert edge["predicates"] == ["hasRole"]
    assert edge["evidence"][0] == {
        "quote": "Anna de Vries (Breda) is sinds maart 2021 voorzitter van de taskforce Energietransitie.",
        "document": "doc-a", "title": "Jaarverslag 2021 pijler Sociale Stad", "language": "nl", "date": "2021-03-01",
        "start": "2021-03-01", "end": None, "predicate": "hasRole", "role": "voorzitter", "confidence": 0.9,
        "source": ANNA, "target": TASKFORCE, "evidence": ID + "evidence/doc-a/3",
        "curated": False, "curation": None, "note": None, "portfolio": None}  # no portfolio stated (round 45m)
    assert not any("/membership/" in n or "/role/" in n for n in G)


def test_projection_options(dataset):
    with_mentions = to_networkx(dataset, include_mentions=True)
    assert sorted(n for n, t in with_mentions.nodes(data="type") if t == "Document") == [
        ID + "document/doc-a", ID + "document/doc-b"]
    assert to_networkx(dataset, between=("2022-01-01", "2025-01-01")).nodes[EZK]["label"] == "EZK/EZ"
    at = to_networkx(dataset, at="2021-06-01")
    assert at.edges[TASKFORCE, EZK]["weight"] == 1 and not at.has_edge(BREDA, EZK)
    confident = to_networkx(dataset, min_confidence=0.6)
    assert not confident.has_edge(BREDA, EZK) and confident.has_edge(TASKFORCE, BZK)
    only = to_networkx(dataset, predicates=["collaboratesWith"])
    assert only.number_of_edges() == 6
    multi = to_networkx(dataset, multi=True)
    assert isinstance(multi, nx.MultiDiGraph)
    assert multi.edges[ID + "person/carla-smit", ID + "person/bram-jansen", "succeeded"]["weight"] == 1


def test_connection_has_evidence_per_hop(G):
    found = connection(G, ANNA, EZK)
    assert [n["label"] for n in found["nodes"]] == ["Anna de Vries", "taskforce Energietransitie", "EZK"]
    assert [len(h["evidence"]) for h in found["hops"]] == [1, 2]
    assert all(e["quote"] for h in found["hops"] for e in h["evidence"])


def test_connection_via_types(G):
    direct = connection(G, BREDA, EZK)
    assert len(direct["hops"]) == 1
    via_units = connection(G, ANNA, BZK, via_types=["OrganisationalUnit"])
    assert [n["label"] for n in via_units["nodes"]] == ["Anna de Vries", "taskforce Energietransitie", "BZK"]
    with pytest.raises(G40Error, match="geen verbinding"):
        connection(G, ANNA, BZK, via_types=["Programme"])


def test_rank_measures_and_types(G):
    scores = rank(G)
    assert set(scores) == set(G) and set(scores[EZK]) == {"degree", "betweenness", "pagerank"}
    assert max(scores, key=lambda n: scores[n]["betweenness"]) == PIJLER
    assert abs(sum(s["pagerank"] for s in scores.values()) - 1) < 1e-6
    ministries = rank(G, types=["Ministry"], measures=["degree"])
    assert set(ministries) == {EZK, BZK, ID + "ministry/mnre1109", ID + "ministry/mnre1073"}


def test_communities_are_seeded_and_cover_the_graph(G):
    first, second = communities(G, seed=7), communities(G, seed=7)
    assert first == second
    assert set(first["membership"]) == set(G) and first["modularity"] > 0.3
    assert first["membership"][ANNA] == first["membership"][TASKFORCE]


def test_brokers_between_ministries_and_cities(G):
    scores = brokers(G)
    assert TASKFORCE in scores and PIJLER in scores
    assert not any(G.nodes[n]["type"] in ("Ministry", "Municipality") for n in scores)


def test_analysis_does_not_change_the_graph(G):
    before = (nx.to_dict_of_dicts(G), dict(G.nodes(data=True)))
    rank(G), communities(G, seed=1), brokers(G), connection(G, ANNA, EZK)
    assert before == (nx.to_dict_of_dicts(G), dict(G.nodes(data=True)))


def test_betweenness_is_networkx_betweenness_and_repeatable():
    from graph.analysis import _betweenness

    H = nx.relabel_nodes(nx.gnm_random_graph(300, 900, seed=3), str)
    H.add_node("alone")
    expected = nx.betweenness_centrality(H, normalized=True)
    first = _betweenness(H)
    assert first == pytest.approx(expected, abs=1e-12)
    assert all(_betweenness(H) == first for _ in range(3))  # the same bits on every run
