"""Round 60d: walkthrough 39's leftovers on council documents (a council clerk's raadsinformatiebrieven,
collegebesluiten, a committee's besluitenlijst, a nevenfuncties table). Small invented fixtures made here."""

from __future__ import annotations

import json

import pytest
from click.testing import CliRunner

from graph.cli import cli
from graph.extract import extract
from graph.gazetteer import load_gazetteer
from tests.documents import ask_rows, built_from
from tests.extract_facts import dated_relations


# finding 12: a later document's "Hij volgde X op" (a past role, no day) does not move the end two documents state

_SEATED = ("# Raadsinformatiebrief\n\nGemeente Zwolle\nDatum: 12 maart 2024\n\n"
           "Wethouder Joost Hofman (Wonen) vertegenwoordigt Zwolle sinds 1 juni 2022 in de pijler Fysiek Domein. "
           "Wethouder Karin Vos (Zorg) vertegenwoordigt Zwolle sinds 1 juni 2022 in de pijler Sociaal Domein.\n")
_RESIGNED = ("# Collegebesluit: herverdeling portefeuilles\n\nGemeente Zwolle\nDatum: 7 oktober 2025\n\n"
             "overwegende dat wethouder Joost Hofman per 1 oktober 2025 ontslag heeft genomen als wethouder;\n")
_FOLLOWED = ("# Raadsinformatiebrief\n\nGemeente Zwolle\nDatum: 10 maart 2026\n\n"
             "- Wethouder Pieter Lanting vertegenwoordigt Zwolle sinds 8 oktober 2025 in de pijler Fysiek Domein. "
             "Hij volgde Joost Hofman op.\n"
             "- Wethouder Eva Brink vertegenwoordigt Zwolle sinds 1 januari 2026 in de pijler Sociaal Domein. "
             "Zij volgde Karin Vos op.\n")


@pytest.fixture(scope="module")
def followed_graph(tmp_path_factory):
    return built_from(tmp_path_factory.mktemp("opvolging"), {
        "rib-2024-03-12": ("2024-03-12", _SEATED), "collegebesluit-2025-10-07": ("2025-10-07", _RESIGNED),
        "rib-2026-03-10": ("2026-03-10", _FOLLOWED)})


def _aldermen(graph, *window: str, engine: str = "oxigraph") -> dict[str, str | None]:
    return {row["personLabel"]: row["end"] for row in ask_rows(CliRunner(), graph, engine, "who-does-what", *window)
            if row["role"] == "wethouder" and row["personLabel"] in ("Joost Hofman", "Karin Vos")}


@pytest.mark.parametrize("engine", ["oxigraph", "rdflib"])
def test_a_later_past_mention_keeps_the_end_a_text_states(followed_graph, engine):
    # Hofman's end is stated (2025-09-30); Vos's only by the later letter ("Zij volgde Karin Vos op"): its day
    assert _aldermen(followed_graph, engine=engine) == {"Joost Hofman": "2025-09-30", "Karin Vos": "2026-03-10"}


def test_the_past_mention_is_no_role_on_its_letter_s_day(followed_graph):
    assert set(_aldermen(followed_graph, "--at", "2026-03-10")) == {"Karin Vos"}
    assert set(_aldermen(followed_graph, "--at", "2025-09-30")) == {"Joost Hofman", "Karin Vos"}


def test_entity_shows_the_past_mention_s_end_and_where_it_comes_from(followed_graph):
    result = CliRunner().invoke(cli, ["--graph", str(followed_graph), "entity", "Joost Hofman", "--format", "json"])
    assert result.exit_code == 0, result.output
    rows = [row for row in json.loads(result.stdout)["rows"][0]["relations"]["hasRole"]
            if row["role"] == "wethouder" and "volgde" in row["quote"]]
    assert [(row["end"], row["endedBy"]) for row in rows] == [("2025-09-30", "collegebesluit-2025-10-07")], rows


# finding 5: a collegebesluit's "overwegende dat de raad … X heeft benoemd tot wethouder" and "de portefeuille P toe
# te delen aan wethouder X"

_DECIDED = "# Collegebesluit: herverdeling portefeuilles\n\nGemeente Zwolle\nDatum: 7 oktober 2025\n\n"


def _roles(text: str) -> list[tuple]:
    return sorted((subject, role, start) for subject, _, role, _, start, _ in dated_relations(_DECIDED + text, "2025-10-07"))


def test_an_appointment_in_a_subordinate_clause_starts_the_office():
    assert _roles("overwegende dat de raad op 1 oktober 2025 Pieter Lanting heeft benoemd tot wethouder;\n") == [
        ("Pieter Lanting", "wethouder", "2025-10-01")]


@pytest.mark.parametrize("clause", ["Pieter Lanting niet heeft benoemd tot wethouder",
                                    "Pieter Lanting heeft voorgedragen tot wethouder"])
def test_no_appointment_or_another_verb_in_the_clause_gives_no_office(clause):
    assert _roles(f"overwegende dat de raad op 1 oktober 2025 {clause};\n") == []


def _portfolios(text: str) -> list[tuple]:
    relations = extract("d", _DECIDED + text, gazetteer=load_gazetteer(), date="2025-10-07").relations
    return sorted((r.subject.text, r.portfolio) for r in relations if r.role == "wethouder")


@pytest.mark.parametrize("text, portfolio", [
    ("besluit:\n\n1. de portefeuille Wonen, Ruimte en Mobiliteit toe te delen aan wethouder Pieter Lanting;\n",
     "Wonen, Ruimte en Mobiliteit"),
    ("Het college kent de portefeuille Zorg en Welzijn toe aan wethouder Pieter Lanting.\n", "Zorg en Welzijn"),
])
def test_a_portfolio_given_to_the_alderman_is_his_role_s(text, portfolio):
    assert _portfolios(text) == [("Pieter Lanting", portfolio)]


@pytest.mark.parametrize("text", [
    "besluit:\n\n1. de portefeuille van de vertrokken wethouder toe te delen aan wethouder Pieter Lanting;\n",
    "Wethouder Eva Kok geeft de portefeuille Economie toe aan wethouder Pieter Lanting.\n",
    "De portefeuille Economie gaat naar wethouder Pieter Lanting.\n",
])
def test_no_portfolio_named_or_no_giving_verb_gives_none(text):
    assert ("Pieter Lanting", None) in _portfolios(text) and all(p is None for _, p in _portfolios(text))


def test_the_successor_s_term_carries_the_portfolio(tmp_path):
    graph = built_from(tmp_path, {"collegebesluit-2025-10-07": ("2025-10-07", _DECIDED + (
        "overwegende dat de raad op 1 oktober 2025 Pieter Lanting heeft benoemd tot wethouder;\n\nbesluit:\n\n"
        "1. de portefeuille Wonen en Mobiliteit toe te delen aan wethouder Pieter Lanting;\n"))})
    rows = ask_rows(CliRunner(), graph, "oxigraph", "who-does-what", "--as-of", "2025-12-01")
    assert [(r["personLabel"], r["role"], r["portfolio"], r["since"]) for r in rows] == [
        ("Pieter Lanting", "wethouder", "Wonen en Mobiliteit", "2025-10-01")]


# finding 9: a council committee's besluitenlijst names its chair and clerk in the header; the others present
# give nothing

def _committee(text: str) -> list[tuple]:
    relations = extract("d", text, gazetteer=load_gazetteer(), date="2025-02-04").relations
    return sorted((r.subject.text, r.predicate, r.role, r.object.label) for r in relations
                  if "ommissie" in r.object.label or "ommissie" in r.subject.label)


_COMMITTEE = "Raadscommissie Bestuur en Middelen (Zwolle)"


@pytest.mark.parametrize("header", [
    "Aanwezig: Rik Aalders (voorzitter), Eva Brink, Tom Visser\nGriffie: Sanne Kok (commissiegriffier)\n",
    "Voorzitter: Rik Aalders\nGriffier: Sanne Kok\nAanwezig: Eva Brink, Tom Visser\n",
])
def test_a_committee_s_header_names_its_chair_and_clerk(header):
    text = f"# Besluitenlijst raadscommissie Bestuur en Middelen\n\nGemeente Zwolle\n\n{header}\n| Nr. | Besluit |\n|---|---|\n"
    assert _committee(text) == [("Rik Aalders", "hasRole", "voorzitter", _COMMITTEE),
                                ("Sanne Kok", "hasRole", "griffier", _COMMITTEE),
                                ("raadscommissie Bestuur en Middelen", "partOf", None, "Zwolle")]


@pytest.mark.parametrize("title, town", [
    ("# Besluitenlijst raadscommissie Bestuur en Middelen", "Vergadering van 4 februari 2025"),  # no town: no committee
    ("# Verslag Commissie Remkes", "Gemeente Zwolle"),  # a committee with a name of its own, not a council's
    ("De raadscommissie Bestuur en Middelen vergaderde.", "Gemeente Zwolle"),  # a sentence, no title
])
def test_no_council_committee_titled_gives_no_chair(title, town):
    text = f"{title}\n\n{town}\n\nVoorzitter: Rik Aalders\nAanwezig: Eva Brink, Tom Visser\n"
    assert [fact for fact in _committee(text) if fact[0] in ("Rik Aalders", "Eva Brink", "Tom Visser")
            and "Raadscommissie" in fact[3]] == []


# finding 8: a nevenfuncties table's row gives its person a role or part in the body it names

_SIDE_POSTS = ("# Overzicht nevenfuncties college\n\nGemeente Zwolle\nStand per 15 januari 2025\n\n"
               "| Naam | Functie | Nevenfunctie | Bezoldigd | Namens de gemeente |\n|---|---|---|---|---|\n")


def _side_posts(*rows: str) -> list[tuple]:
    relations = extract("d", _SIDE_POSTS + "".join(f"{row}\n" for row in rows), gazetteer=load_gazetteer(),
                        date="2025-01-15").relations
    return sorted((r.subject.text, r.predicate, r.role, r.object.text) for r in relations
                  if r.rule.startswith("tables.representation"))


def test_a_pijler_with_its_owner_after_it_is_the_pijler():
    assert _side_posts("| Jan Mol | wethouder | lid pijler Fysiek Domein G40 | nee | ja |") == [
        ("Jan Mol", "participatesIn", None, "pijler Fysiek Domein")]


@pytest.mark.parametrize("post, role", [("voorzitter Raad van Toezicht Saxion", "voorzitter raad van toezicht"),
                                        ("lid Raad van Toezicht Saxion", "lid raad van toezicht")])
def test_a_seat_in_a_supervisory_board_is_a_role_at_its_body(post, role):
    assert _side_posts(f"| Eva Kok | wethouder | {post} | ja | nee |") == [("Eva Kok", "hasRole", role, "Saxion")]


@pytest.mark.parametrize("post, found", [
    ("G40 pijler Fysiek Domein", [("Jan Mol", "participatesIn", None, "pijler Fysiek Domein")]),  # the owner before it
    ("voorzitter Veiligheidsregio IJsselland", [("Jan Mol", "hasRole", "voorzitter", "Veiligheidsregio IJsselland")]),
])
def test_an_owner_before_the_unit_or_a_role_without_an_organ_stay_as_they_were(post, found):
    assert _side_posts(f"| Jan Mol | wethouder | {post} | nee | ja |") == found
