"""Walkthrough 29 (round 54w): an international researcher studies the network over time in the English
interface — the findings, on small invented Dutch texts and small graphs."""

from __future__ import annotations

import json

import pytest

from graph.extract import extract
from graph.gazetteer import load_gazetteer
from tests.extract_facts import facts


def _relations(text: str, date: str = "2024-03-20"):
    return [(r.subject.text, r.predicate, r.object.text, r.past, r.valid_until)
            for r in extract("t", text, gazetteer=load_gazetteer(), date=date).relations]


def _cli(*args, lang="en"):
    from click.testing import CliRunner

    from graph.cli import cli

    return CliRunner().invoke(cli, [str(a) for a in args], env={"G40KG_LANG": lang})


@pytest.fixture(scope="module")
def small_kg(tmp_path_factory):
    from tests.fixture_graph import small_graph_dir

    return small_graph_dir(tmp_path_factory.mktemp("w54w"))


# the small corpus over the years (findings 1 and 6)

_DOCS = {
    "nieuws-2019-11-14": ("2019-11-14", "Zwolle en Leeuwarden nemen deel aan de City Deal Circulaire Stad. "
                                        "Sanne Kooistra is sinds 1 november 2019 programmamanager van de City Deal "
                                        "Circulaire Stad.\n"),
    "verslag-2020-03-10": ("2020-03-10", "Aanwezig: Femke Brouwers (G40), Pieter-Jan Hofstede (gemeente Zwolle).\n\n"
                                         "De themagroep Binnensteden werkt samen met het ministerie van EZK.\n"),
    "nieuws-2024-03-20": ("2024-03-20", "De gemeente Leeuwarden is per 1 april 2024 uit de City Deal Circulaire Stad "
                                        "gestapt.\n"),
}


@pytest.fixture(scope="module")
def years_kg(tmp_path_factory):
    from tests.documents import built_from

    return built_from(tmp_path_factory.mktemp("w54w-years"), _DOCS)


# ------------------------------------------- finding 1: "is per 1 april uit de City Deal X gestapt"

@pytest.mark.parametrize("text, body, left, until", [
    ("De gemeente Leeuwarden is per 1 april 2024 uit de City Deal Circulaire Stad gestapt.",
     "Leeuwarden", "City Deal Circulaire Stad", "2024-03-31"),
    ("Ede was in 2023 uit de City Deal Zon getreden.", "Ede", "City Deal Zon", "2023-12-31"),
    ("Ede is uit de City Deal Zon gestapt.", "Ede", "City Deal Zon", None),
])
def test_a_body_that_stepped_out_in_the_perfect_took_part_until_then(text, body, left, until):
    assert _relations(text) == [(body, "participatesIn", left, True, until)]


@pytest.mark.parametrize("text", [
    "Leeuwarden is niet uit de City Deal Circulaire Stad gestapt.",  # a denial
    "Leeuwarden is uit de City Deal Circulaire Stad gekomen met een plan.",  # no leaving verb
    "De wethouder van Ede is uit de City Deal Zon gestapt.",  # a person: a role, not the town's leaving
])
def test_no_body_stepped_out(text):
    assert not any(f[1] == "participatesIn" for f in facts(text)), facts(text)


@pytest.mark.parametrize("as_of, cities", [("2023-12-31", ["Leeuwarden", "Zwolle"]), ("2025-06-01", ["Zwolle"])])
def test_a_city_that_stepped_out_is_not_in_the_later_state(years_kg, as_of, cities):
    result = _cli("--graph", years_kg, "ask", "members", "-p", "target=City Deal Circulaire Stad", "--as-of", as_of,
                  "--format", "json")
    assert result.exit_code == 0, result.output
    rows = json.loads(result.stdout)["rows"]
    assert sorted(r["memberLabel"] for r in rows if r["memberType"] == "Municipality") == cities, rows


# ---------------------------------------------- finding 2: "Haar opvolger als coördinator is Y"

_BEFORE = ("Femke Brouwers is sinds 1 februari 2023 secretaris van het Stedennetwerk G40. "
           "Zij was eerder coördinator van de themagroep Binnensteden. ")


def test_a_successor_as_one_office_takes_only_that_office():
    found = {f for f in facts(_BEFORE + "Haar opvolger als coördinator is Ilse Marchand.", "2023-02-15")
             if f[0] == "Ilse Marchand"}
    assert found == {("Ilse Marchand", "hasRole", "Themagroep Binnensteden", "coördinator"),
                     ("Ilse Marchand", "succeeded", "Femke Brouwers", None)}, found


def test_a_successor_with_no_office_named_takes_the_roles_held():
    found = facts("Femke Brouwers is secretaris van het Stedennetwerk G40. Haar opvolger is Ilse Marchand.", "2023-02-15")
    assert ("Ilse Marchand", "hasRole", "G40", "secretaris") in found, found
