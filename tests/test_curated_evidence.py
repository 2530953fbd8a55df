"""Facts added by hand (``data/curated/``) are shown like extracted facts, with their curation as evidence.

The fixture is the curation example: ``tests/fixtures/shacl/valid.trig`` (+ ``curate/extra.trig``)
with ``data/curated/examples/`` applied (see ``tests/test_curate_apply.py``). Its curated facts:

- ``voorbeeld.yaml:15``: Voorbeeldstad (gm9999) initiated Proeftuin Voorbeeld, valid from
  2023-01-01, note "Bron: raadsbesluit (voorbeeld)";
- ``voorbeeld.yaml:14``: Piet Proef is secretaris of Themagroep Voorbeeld (hasRole);
- ``voorbeeld.ttl:7``: Proefbond collaborates with MVB.

Without the curation none of them is an edge of the projection; with it each is, with
``curated: True``, where it was curated and why, and no quote or document.
"""

from __future__ import annotations

import json
import warnings

import pytest
from test_curate_apply import EXAMPLES, GM, PIET, UNIT, fixture

from graph.curate import apply_curation, load_curation
from graph.project import to_networkx
from graph.vocab import G40ID

with warnings.catch_warnings():  # starlette's note about httpx versions is not ours to fix
    warnings.simplefilter("ignore")
    from starlette.testclient import TestClient

PROGRAMME = str(G40ID["programme/proeftuin-voorbeeld"])
PROEFBOND, MVB = str(G40ID["organisation/proefbond"]), str(G40ID["ministry/mnre9999"])
#: (source, target, predicate) → (curation, role, note, start) of the curated evidence
CURATED = {
    (str(GM), PROGRAMME, "initiated"): ("voorbeeld.yaml:15", None, "Bron: raadsbesluit (voorbeeld)", "2023-01-01"),
    (str(PIET), str(UNIT), "hasRole"): ("voorbeeld.yaml:14", "secretaris", None, None),
    (PROEFBOND, MVB, "collaboratesWith"): ("voorbeeld.ttl:7", None, None, None),
}


def curated_dataset(engine: str = "rdflib"):
    from graph.store import new_dataset

    dataset = new_dataset(engine)
    for quad in fixture().quads((None, None, None, None)):
        dataset.add(quad)
    report = apply_curation(dataset, load_curation(EXAMPLES))
    assert report.facts_added == 3 and not report.warnings, report
    return dataset


@pytest.fixture(scope="module", params=["rdflib", "oxigraph"])
def dataset(request):
    return curated_dataset(request.param)


def _curated_records(graph) -> dict:
    found = {}
    for u, v, predicate, data in graph.edges(keys=True, data=True):
        for record in data["evidence"]:
            if record["curated"]:
                found[(record["source"], record["target"], predicate)] = (
                    record["curation"], record["role"], record["note"], record["start"])
    return found


def test_without_curation_the_facts_are_not_edges():
    graph = to_networkx(fixture(), multi=True)
    missing = [key for key in CURATED if graph.has_edge(key[0], key[1], key[2]) or graph.has_edge(key[1], key[0], key[2])]
    assert missing == [], missing


def test_curated_facts_are_edges_with_their_curation_as_evidence(dataset):
    graph = to_networkx(dataset, multi=True)
    found = _curated_records(graph)
    assert {k: v for k, v in found.items() if k in CURATED} == CURATED, found
    for source, target, predicate in CURATED:
        data = graph.edges[source, target, predicate]
        assert data["weight"] == 1, data  # a curation entry counts as one source
        (record,) = data["evidence"]
        assert (record["quote"], record["document"], record["confidence"]) == (None, None, None), record
        assert record["evidence"].startswith(str(G40ID["curated/"])), record


def test_extracted_evidence_is_marked_as_not_curated(dataset):
    graph = to_networkx(dataset, multi=True)
    extracted = [r for *_, data in graph.edges(data=True) for r in data["evidence"] if not r["curated"]]
    assert extracted and all(r["document"] and r["curation"] is None and r["note"] is None for r in extracted), extracted


def test_simple_graph_counts_documents_and_curation_entries(dataset):
    graph = to_networkx(dataset)
    data = graph.edges[str(GM), PROGRAMME]
    assert (data["predicates"], data["weight"]) == (["initiated"], 1), data


def test_time_window_and_confidence_filters(dataset):
    before = _curated_records(to_networkx(dataset, multi=True, at="2022-06-01"))
    assert (str(GM), PROGRAMME, "initiated") not in before, before  # valid from 2023-01-01
    assert (str(PIET), str(UNIT), "hasRole") in before, before  # no period: always
    after = _curated_records(to_networkx(dataset, multi=True, at="2023-06-01"))
    assert (str(GM), PROGRAMME, "initiated") in after, after
    strict = _curated_records(to_networkx(dataset, multi=True, min_confidence=0.99))
    assert set(CURATED) <= set(strict), strict  # no confidence, vouched for by a curator: kept
    only = _curated_records(to_networkx(dataset, multi=True, predicates=["hasRole"]))
    assert set(only) == {(str(PIET), str(UNIT), "hasRole")}, only


# --------------------------------------------------------------------------- entity page


@pytest.fixture(scope="module")
def client():
    from graph.serve import ServeConfig, create_app

    with TestClient(create_app(curated_dataset("oxigraph"), ServeConfig())) as test_client:
        yield test_client


def test_entity_json_lists_the_curation_as_evidence(client):
    facts = client.get("/entity/municipality/gm9999.json").json()["facts"]
    (initiated,) = facts["initiated:out"]
    assert initiated["iri"] == PROGRAMME
    (evidence,) = initiated["evidence"]
    assert {k: evidence[k] for k in ("curated", "curation", "note", "valid_from", "quote", "document")} == {
        "curated": True, "curation": "voorbeeld.yaml:15", "note": "Bron: raadsbesluit (voorbeeld)",
        "valid_from": "2023-01-01", "quote": None, "document": None}, evidence


def test_entity_json_curated_role(client):
    facts = client.get("/entity/unit/themagroep-voorbeeld.json").json()["facts"]
    piet = [fact for fact in facts["hasRole:in"] if fact["iri"] == str(PIET)]
    assert len(piet) == 1 and piet[0]["roles"] == ["secretaris"], facts["hasRole:in"]
    assert [(e["curated"], e["curation"]) for e in piet[0]["evidence"]] == [(True, "voorbeeld.yaml:14")], piet
    # beside it, Anna's role and the collaboration with MVB keep their quotes
    extracted = [e for group in facts.values() for fact in group for e in fact["evidence"] if not e["curated"]]
    assert len(extracted) == 2 and all(e["quote"] and e["curation"] is None for e in extracted), extracted


@pytest.mark.parametrize("lang, label, note", [("nl", "gecureerd", "toelichting"), ("en", "curated", "note")])
def test_entity_page_shows_curated_as_provenance(client, lang, label, note):
    html = client.get("/entity/municipality/gm9999", params={"lang": lang}).text
    item = html[html.index('<li class="curated">'):]
    item = " ".join(item[:item.index("</li>")].split())
    assert f'<span class="curated-label">{label}</span> · <code>voorbeeld.yaml:15</code>' in item, item
    assert f"{note}: Bron: raadsbesluit (voorbeeld)" in item and "2023-01-01 – …" in item, item
    assert "<blockquote>" not in item, item


# --------------------------------------------------------------------------- network page and path


def test_network_data_marks_curated_evidence():
    from viz.network import network_data

    data = network_data(to_networkx(curated_dataset(), multi=True), seed=1)
    ids = {n["id"]: n["label"] for n in data["nodes"]}
    edges = {(ids[e["from"]], ids[e["to"]], e["relation"]): e for e in data["edges"]}
    edge = edges[("Voorbeeldstad", "Proeftuin Voorbeeld", "initiated")]
    assert (edge["weight"], edge["curated"]) == (1, 1), edge
    assert edge["evidence"] == [{"curated": True, "src": "voorbeeld.yaml:15", "note": "Bron: raadsbesluit (voorbeeld)",
                                 "date": "2023-01-01", "from": "2023-01-01"}], edge
    extracted = edges[("Themagroep Voorbeeld", "MVB", "collaboratesWith")]
    assert "curated" not in extracted and "curated" not in extracted["evidence"][0], extracted


@pytest.mark.parametrize("lang, expected", [
    ("nl", "gecureerd (voorbeeld.yaml:15; toelichting: Bron: raadsbesluit (voorbeeld))"),
    ("en", "curated (voorbeeld.yaml:15; note: Bron: raadsbesluit (voorbeeld))"),
])
def test_path_shows_the_curation_of_a_curated_hop(runner, tmp_path, lang, expected):
    from graph.cli import cli
    from graph.store import save_dataset

    save_dataset(curated_dataset(), tmp_path / "kg", {"documents": [{"id": "doc-x"}]})
    result = runner.invoke(cli, ["--graph", str(tmp_path / "kg"), "--lang", lang, "path", "Voorbeeldstad",
                                 "Proeftuin Voorbeeld", "--format", "json"])
    assert result.exit_code == 0, result.output
    (hop,) = json.loads(result.output)["rows"]
    assert hop["relations"] == ["initiated"] and hop["documents"] == 1, hop
    (record,) = hop["evidenceRecords"]
    assert record["curated"] and record["curation"] == "voorbeeld.yaml:15", record
    table = runner.invoke(cli, ["--graph", str(tmp_path / "kg"), "--lang", lang, "path", "Voorbeeldstad",
                                "Proeftuin Voorbeeld", "--format", "csv"])
    assert table.exit_code == 0 and expected in table.output, table.output

