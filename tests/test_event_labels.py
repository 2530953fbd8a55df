"""A meeting without a name of its own is shown with its date (walkthrough 47, finding 15): the event that a
BO verslag describes as "bestuurlijk overleg" reads "bestuurlijk overleg (12-11-2026)" on a path and in the
network, while its identity (IRI, preferred label) stays. Invented people."""

from __future__ import annotations

import json

import pytest

from graph.cli import cli

MINUTES = ("Verslag Bestuurlijk Overleg BZK – G40, 12 november 2026\n\nAanwezig\n\n"
           "Namens de G40: Karel Dekkers (voorzitter Pijler Fysiek); Lieke Bos (directeur G40).\n"
           "Namens BZK: Mila Hoekstra (directeur-generaal Volkshuisvesting en Bouwen).\n\nDe minister opent de vergadering.\n")


@pytest.fixture(scope="module")
def kg(tmp_path_factory):
    from graph.pipeline import build_graph
    from tests.documents import dated_documents

    where = tmp_path_factory.mktemp("events")
    build_graph([dated_documents(where, {"verslag-bo": (MINUTES, "2026-11-12")})], where / "kg")
    return where / "kg"


def test_a_path_through_the_meeting_names_its_date(runner, kg):
    result = runner.invoke(cli, ["--graph", str(kg), "path", "Karel Dekkers", "Mila Hoekstra", "--format", "json"])
    assert result.exit_code == 0, result.output
    steps = json.loads(result.stdout)["rows"]
    assert [(s["from"], s["to"]) for s in steps] == [("Karel Dekkers", "bestuurlijk overleg (12-11-2026)"),
                                                     ("bestuurlijk overleg (12-11-2026)", "Mila Hoekstra")], steps


def test_only_the_shown_label_changes(runner, kg):
    from graph.store import open_dataset
    from viz.views import view_data

    dataset = open_dataset(kg, engine="rdflib")
    events = [n for n in view_data(dataset)["nodes"] if n["type"] == "Event"]
    assert [(n["id"].rsplit("/", 1)[-1], n["label"]) for n in events] == [
        ("bestuurlijk-overleg-verslag-bo", "bestuurlijk overleg (12-11-2026)")], events
    entity = runner.invoke(cli, ["--graph", str(kg), "entity", "bestuurlijk overleg", "--format", "json"])
    assert entity.exit_code == 0 and json.loads(entity.stdout)["rows"][0]["label"] == "bestuurlijk overleg", entity.output


@pytest.mark.parametrize("engine", ["oxigraph", "rdflib"])
def test_the_small_network_of_a_person_names_the_meeting_with_its_date(kg, engine):
    """Walkthrough 25, finding 16: on an entity page three nodes read "bestuurlijk overleg"; the small network
    names a meeting as the network page does, its whole name also in the node's tooltip."""
    from graph.serve.explore_entity import neighbourhood
    from graph.store import open_dataset
    from graph.vocab import G40ID

    dataset = open_dataset(kg, engine=engine)
    nodes = neighbourhood(dataset, G40ID["person/karel-dekkers"])["nodes"]
    assert [n["label"] for n in nodes if "Event" in n["types"]] == ["bestuurlijk overleg (12-11-2026)"], nodes
