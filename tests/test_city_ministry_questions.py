"""Round 45q (walkthrough 20, findings 10 and 11): the named questions ``city-ministry`` (a G40 city and
a ministry, directly or through a programme both take part in) and ``ministry-contacts`` (a ministry's
contacts per dossier), on a graph built from a few fictional sentences, with both engines."""

from __future__ import annotations

import json

import pytest
from fixture_graph import ENGINES

from graph.cli import cli
from graph.query import get_question, question_text
from tests.documents import dated_documents

DOCUMENTS = {
    "nieuws-a": ("Breda neemt deel aan de Regio Deal Noordoost-Brabant. Het ministerie van BZK neemt deel aan de "
                 "Regio Deal Noordoost-Brabant. Tilburg werkt samen met het ministerie van EZK.", "2024-03-01"),
    "nieuws-b": ("Breda neemt deel aan de Regio Deal Noordoost-Brabant. Contactpersoon bij het ministerie voor de "
                 "Woondeals is Jan Jansen, programmamanager bij BZK.", "2025-05-01"),
}
CITY_MINISTRY = ("cityLabel", "ministryLabel", "programmeLabel", "relation", "documents", "documentId")
CONTACTS = ("ministryLabel", "personLabel", "role", "dossierLabel", "dossierType", "since", "documents", "documentId")


@pytest.fixture(scope="module")
def kg(tmp_path_factory):
    from click.testing import CliRunner

    where = tmp_path_factory.mktemp("city-ministry")
    graph = where / "kg"
    built = CliRunner().invoke(cli, ["--graph", str(graph), "build", str(dated_documents(where, DOCUMENTS))])
    assert built.exit_code == 0, built.output
    return graph


def ask(runner, kg, engine, name, *options):
    result = runner.invoke(cli, ["--graph", str(kg), "--engine", engine, "ask", name, *options, "--format", "json"])
    assert result.exit_code == 0, result.output
    return json.loads(result.stdout)["rows"]


def pick(rows, columns):
    return [tuple(row[c] for c in columns) for row in rows]


@pytest.mark.parametrize("engine", ENGINES)
@pytest.mark.parametrize("options, expected", [
    ((), [("Breda", "BZK", "Regio Deal Noordoost-Brabant", "participatesIn", 2, "nieuws-b"),
          ("Tilburg", "EZK", None, "collaboratesWith", 1, "nieuws-a")]),
    (("-p", "city=Breda"), [("Breda", "BZK", "Regio Deal Noordoost-Brabant", "participatesIn", 2, "nieuws-b")]),
    (("-p", "ministry=EZK"), [("Tilburg", "EZK", None, "collaboratesWith", 1, "nieuws-a")]),
    (("-p", "city=Tilburg", "-p", "ministry=BZK"), []),
    # the state known then: the second document's fact is not yet reported
    (("--as-of", "2024-06-01", "-p", "ministry=BZK"),
     [("Breda", "BZK", "Regio Deal Noordoost-Brabant", "participatesIn", 1, "nieuws-a")]),
    (("--as-of", "2020-01-01"), []),
])
def test_city_ministry_directly_or_through_a_programme(runner, kg, engine, options, expected):
    rows = ask(runner, kg, engine, "city-ministry", *options)
    assert pick(rows, CITY_MINISTRY) == expected, rows
    assert all(row["cityCode"].startswith("GM") and row["ministryCode"] for row in rows), rows


@pytest.mark.parametrize("engine", ENGINES)
@pytest.mark.parametrize("options, expected", [
    ((), [("BZK", "Jan Jansen", "programmamanager", "Woondeals", "Programme", "2025-05-01", 1, "nieuws-b")]),
    (("-p", "ministry=BZK"), [("BZK", "Jan Jansen", "programmamanager", "Woondeals", "Programme", "2025-05-01", 1,
                               "nieuws-b")]),
    (("-p", "ministry=EZK"), []),
    (("--as-of", "2024-06-01"), []),
])
def test_ministry_contacts_per_dossier(runner, kg, engine, options, expected):
    rows = ask(runner, kg, engine, "ministry-contacts", *options)
    assert pick(rows, CONTACTS) == expected, rows


@pytest.fixture(scope="module")
def kg_without_role(tmp_path_factory):
    """A contact who only works at the ministry: no role there for the question's role column."""
    from click.testing import CliRunner

    where = tmp_path_factory.mktemp("contact-without-role")
    documents = {"verslag-c": ("Piet Pieters is namens het ministerie van OCW contactpersoon voor de City Deal "
                               "Leren Werken.", "2025-03-12")}
    graph = where / "kg"
    built = CliRunner().invoke(cli, ["--graph", str(graph), "build", str(dated_documents(where, documents))])
    assert built.exit_code == 0, built.output
    return graph


@pytest.mark.parametrize("engine", ENGINES)
def test_a_ministry_contact_without_a_role_there_is_listed(runner, kg_without_role, engine):
    # walkthrough 24, finding 1: the role's grouped lookup found no row and Oxigraph dropped the contact
    rows = ask(runner, kg_without_role, engine, "ministry-contacts")
    assert pick(rows, CONTACTS) == [("OCW", "Piet Pieters", None, "City Deal Leren Werken", "Programme",
                                     "2025-03-12", 1, "verslag-c")], rows


def test_an_endpoint_gets_the_role_lookup_as_optional(runner, kg_without_role):
    # SPARQL 1.1 servers have no LATERAL: the optional lateral lookup becomes OPTIONAL, not a join
    # that would drop the contact again; its text, run on the local store, answers the row
    text = question_text(get_question("ministry-contacts"), {}, engine="endpoint")
    assert "LATERAL" not in text and "OPTIONAL { OPTIONAL { SELECT ?person ?ministry" in text
    result = runner.invoke(cli, ["--graph", str(kg_without_role), "query", text, "--format", "json"])
    assert result.exit_code == 0, result.output
    assert pick(json.loads(result.stdout)["rows"], ("ministryLabel", "personLabel", "role", "dossierLabel")) == [
        ("OCW", "Piet Pieters", None, "City Deal Leren Werken")]


def test_titles_in_both_languages():
    assert (get_question("city-ministry").title_in("nl"), get_question("city-ministry").title_in("en")) == (
        "Stad × ministerie", "City × ministry")
    assert (get_question("ministry-contacts").title_in("nl"), get_question("ministry-contacts").title_in("en")) == (
        "Contactpersonen per dossier", "Contacts per dossier")


def test_the_guides_city_ministry_recipe_asks_the_question():
    from tests.test_aan_de_slag import GUIDE

    section = GUIDE.read_text(encoding="utf-8").split("## 3. Stad × ministerie", 1)[1].split("\n## ", 1)[0]
    assert "    g40kg ask city-ministry" in section, section
