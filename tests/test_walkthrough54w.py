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


# --------------------------------------------- finding 3: a query of one's own takes parameters (-p)

_COLLABORATORS = ("SELECT ?actor WHERE { ?ev rdf:subject ?a ; rdf:predicate g40:collaboratesWith ; rdf:object ?ministry . "
                  "?a skos:prefLabel ?actor } ORDER BY ?actor")


@pytest.mark.parametrize("engine", ["oxigraph", "rdflib"])
def test_a_parameter_binds_the_querys_variable_as_an_iri(small_kg, engine, tmp_path):
    query = tmp_path / "per-ministerie.rq"
    query.write_text(_COLLABORATORS, encoding="utf-8")
    ezk = _cli("--graph", small_kg, "--engine", engine, "query", "-f", query, "-p",
               "ministry=<https://w3id.org/g40kg/id/ministry/mnre1045>", "--format", "json")
    both = _cli("--graph", small_kg, "--engine", engine, "query", "-f", query, "--format", "json")
    assert ezk.exit_code == 0 and both.exit_code == 0, ezk.output + both.output
    actors = [row["actor"] for row in json.loads(ezk.stdout)["rows"]]
    assert actors and set(actors) < {row["actor"] for row in json.loads(both.stdout)["rows"]}, (actors, both.stdout)
    assert actors == ["Breda", "pijler Sociale Stad", "taskforce Energietransitie", "taskforce Energietransitie"], actors


def test_a_text_parameter_is_one_literal_not_sparql(small_kg):
    result = _cli("--graph", small_kg, "query", "SELECT ?m WHERE { ?m skos:prefLabel ?label }", "-p",
                  'label=EZK" } ; ?m ?p ?o . } #', "-p", "label=BZK", "--format", "csv")
    assert result.exit_code == 0, result.output
    assert result.stdout.split() == ["m", "https://w3id.org/g40kg/id/ministry/mnre1034"], result.stdout


@pytest.mark.parametrize("param, lang, message", [
    ("ministri=<https://w3id.org/g40kg/id/ministry/mnre1045>", "en", "Error: the query has no variable ?ministri; "
     "a parameter binds a variable of the query (-p ministri=… for ?ministri)"),
    ("ministry=<bad iri>", "en", "Error: parameter ministry: '<bad iri>' is no IRI"),
    ("ministry", "en", "Error: parameter 'ministry': write NAME=VALUE"),
    ("ministry", "nl", "Fout: parameter 'ministry': schrijf NAAM=WAARDE"),
])
def test_a_wrong_parameter_is_one_line_and_exit_2(small_kg, param, lang, message):
    result = _cli("--graph", small_kg, "query", _COLLABORATORS, "-p", param, lang=lang)
    assert result.exit_code == 2 and result.output.startswith(message) and result.output.count("\n") == 1, result.output


def test_a_query_that_ends_in_values_takes_no_second_clause(small_kg):
    result = _cli("--graph", small_kg, "query", 'SELECT ?m ?l WHERE { ?m skos:prefLabel ?l } VALUES ?l { "EZK" }',
                  "-p", "m=<https://w3id.org/g40kg/id/ministry/mnre1045>")
    assert result.exit_code == 2 and result.output == (
        "Error: the query already ends in a VALUES clause, and SPARQL allows one: put ?m's value in it, or move that "
        "clause inside the braces of WHERE\n"), result.output
    inside = _cli("--graph", small_kg, "query", 'SELECT ?m ?l WHERE { VALUES ?l { "EZK" } ?m skos:prefLabel ?l }',
                  "-p", "m=<https://w3id.org/g40kg/id/ministry/mnre1045>", "--format", "csv")
    assert inside.exit_code == 0 and inside.stdout.split() == ["m,l", "https://w3id.org/g40kg/id/ministry/mnre1045,EZK"], \
        inside.output


def test_an_update_takes_no_parameters(small_kg):
    result = _cli("--graph", small_kg, "query", "INSERT DATA { <urn:a> <urn:b> <urn:c> }", "--allow-update",
                  "-p", "x=1")
    assert result.exit_code == 2 and "not of a SPARQL Update" in result.output, result.output


# --------------------------------------------- finding 4: an option typed in Dutch under --lang en

@pytest.mark.parametrize("args, lang, message", [
    (("ask", "collaborations-per-year", "--vanaf", "2024"), "en", "Error: No such option '--vanaf'. Did you mean '--from'?"),
    (("collaborators", "--peildatum", "2025"), "en", "Error: No such option '--peildatum'. Did you mean '--as-of'?"),
    (("ask", "collaborations-per-year", "--vanaf", "2024"), "nl", "Fout: Onbekende optie '--vanaf'. Bedoelt u '--from'?"),
    (("query", "--peildatum", "2025", "SELECT * {}"), "en", "Error: No such option '--peildatum'.\n"),  # query has no --as-of
])
def test_an_option_typed_in_dutch_suggests_the_option_meant(small_kg, args, lang, message):
    result = _cli("--graph", small_kg, *args, lang=lang)
    assert result.exit_code == 2 and message in result.output, result.output


# --------------------------------------------------- finding 5: a date with an English month name

@pytest.mark.parametrize("typed, iso", [("1 May 2025", "2025-05-01"), ("May 1, 2025", "2025-05-01"),
                                        ("Oct 2024", "2024-10-01"), ("1 mei 2025", "2025-05-01")])
def test_a_date_with_an_english_month_name_is_read(typed, iso):
    from graph.timefilter import parse_date

    assert parse_date(typed) == iso


@pytest.mark.parametrize("typed", ["1 Mayo 2025", "31 June 2025", "May 2025 x"])
def test_no_date_is_made_of_what_is_no_english_date(typed):
    from graph.errors import InputError
    from graph.timefilter import parse_date

    with pytest.raises(InputError):
        parse_date(typed)


def test_a_document_date_is_still_read_in_dutch_only():
    from graph.docdate import human_date

    assert human_date("1 May 2025") is None and human_date("1 mei 2025") == "2025-05-01"


# ------------------------------------------- finding 6: no connection in a period

@pytest.mark.parametrize("lang, message", [
    ("en", "Error: no connection between Sanne Kooistra and Pieter-Jan Hofstede with only the facts of --at 2020; "
           "without that period they are connected in 3 steps (g40kg path without --at)\n"),
    ("nl", "Fout: geen verbinding tussen Sanne Kooistra en Pieter-Jan Hofstede met alleen de feiten van --at 2020; "
           "zonder die periode zijn ze in 3 stappen verbonden (g40kg path zonder --at)\n"),
])
def test_no_connection_in_a_period_names_the_period_and_the_steps_without_it(years_kg, lang, message):
    result = _cli("--graph", years_kg, "path", "Sanne Kooistra", "Pieter-Jan Hofstede", "--at", "2020", lang=lang)
    assert result.exit_code == 1 and result.output == message, result.output


def test_no_connection_at_all_stays_as_it_was(years_kg):
    result = _cli("--graph", years_kg, "path", "Sanne Kooistra", "EZK", "--via-type", "Programme", "--at", "2020")
    assert result.exit_code == 1, result.output
    assert result.output.startswith("Error: no connection between Sanne Kooistra and EZK") \
        and "without that period" not in result.output, result.output


# ------------------------------ finding 9: "Ook met X blijft de pijler samenwerken" (the infinitive last)

@pytest.mark.parametrize("text", [
    "Ook met het ministerie van EZK blijft de pijler Economie en Werk samenwerken.",
    "De pijler Economie en Werk werkt samen met het ministerie van KGG. Ook met het ministerie van EZK blijft de pijler "
    "samenwerken.",
])
def test_going_on_working_with_a_ministry_is_collaborating(text):
    assert ("Pijler Economie en Werk", "collaboratesWith", "EZK", None) in facts(text, "2024-09-30"), facts(text, "2024-09-30")


@pytest.mark.parametrize("text", [
    "Ook met het ministerie van EZK wil de pijler Economie en Werk samenwerken.",  # a wish
    "Met het ministerie van EZK blijft de pijler Economie en Werk niet samenwerken.",  # a denial
    "Met het ministerie van EZK blijft de pijler Economie en Werk in gesprek.",  # no working together
])
def test_no_collaboration_in_a_wish_a_denial_or_a_talk(text):
    assert not any(f[1] == "collaboratesWith" for f in facts(text, "2024-09-30")), facts(text, "2024-09-30")


# ------------- finding 11: a portfolio named like a ministry, and a speaker's surname that is a town's name

def _mentioned(text: str) -> list[tuple[str, str]]:
    return [(m.text, m.type) for m in extract("t", text, gazetteer=load_gazetteer(), date="2022-06-01").mentions]


def test_a_wethouders_portfolio_is_no_ministry():
    text = "Thijs Oudendijk, wethouder Economische Zaken van Apeldoorn, is benoemd tot voorzitter van de pijler Economie en Werk."
    assert ("Economische Zaken", "Ministry") not in _mentioned(text), _mentioned(text)
    assert ("Thijs Oudendijk", "hasRole", "Apeldoorn", "wethouder") in facts(text), facts(text)


@pytest.mark.parametrize("text", [
    "Thijs Oudendijk, wethouder van Apeldoorn, sprak met het ministerie van Economische Zaken.",
    "De wethouder sprak met Economische Zaken over de binnensteden.",
])
def test_a_ministry_not_right_after_the_office_word_stays_a_ministry(text):
    assert ("Economische Zaken", "Ministry") in _mentioned(text), _mentioned(text)


def test_the_speaker_of_a_quote_named_by_a_surname_that_is_a_towns_name_is_the_person():
    text = ('Namens het ministerie tekende directeur Hendrik Zandvoort. "We werken graag samen met de G40-steden," '
            'aldus Zandvoort.')
    assert _mentioned(text)[-1] == ("Zandvoort", "Person") and ("Zandvoort", "Municipality") not in _mentioned(text)


def test_a_town_after_a_speech_verb_stays_a_town_without_a_person_of_that_name():
    assert _mentioned("Het nieuwe plan is een succes, zegt Zandvoort.") == [("Zandvoort", "Municipality")]


# ------------------------------ finding 14: a period open on one side (--from or --until alone) crashed

def test_path_with_only_from_names_the_open_period(years_kg):
    result = _cli("--graph", years_kg, "path", "Sanne Kooistra", "Pieter-Jan Hofstede", "--from", "2020-03")
    assert result.exit_code == 1 and result.output == (
        "Error: no connection between Sanne Kooistra and Pieter-Jan Hofstede with only the facts of --from 2020-03; "
        "without that period they are connected in 3 steps (g40kg path without --from)\n"), result.output


@pytest.mark.parametrize("fmt", ["gexf", "graphml"])
@pytest.mark.parametrize("option, value, ezk", [("--until", "2020-06", "EZK"), ("--from", "2020", "EZK/EZ")])
def test_a_network_export_over_a_period_open_on_one_side(years_kg, tmp_path, fmt, option, value, ezk):
    import networkx as nx

    out = tmp_path / f"netwerk.{fmt}"
    result = _cli("--graph", years_kg, "export", "--format", fmt, option, value, "-o", out)
    assert result.exit_code == 0, result.output
    assert f"{option} {value}" in out.read_text(encoding="utf-8")
    graph = (nx.read_gexf if fmt == "gexf" else nx.read_graphml)(out)
    labels = {data["label"] for _node, data in graph.nodes(data=True)}
    assert {"Femke Brouwers", ezk, "Themagroep Binnensteden"} <= labels, labels  # the names it had in the period


@pytest.mark.parametrize("option, value, ezk", [("--until", "2020-06", "EZK"), ("--from", "2020", "EZK/EZ")])
def test_rank_over_a_period_open_on_one_side_names_the_ministry(years_kg, option, value, ezk):
    result = _cli("--graph", years_kg, "rank", option, value, "--format", "json")
    assert result.exit_code == 0, result.output
    assert ezk in {row["label"] for row in json.loads(result.stdout)["rows"]}, result.stdout


@pytest.mark.parametrize("option, value, heading", [("--from", "2020", "Collaborations with EZK/EZ"),
                                                    ("--until", "2020-06", "Collaborations with EZK")])
def test_collaborators_of_a_ministry_over_a_period_open_on_one_side(years_kg, option, value, heading):
    result = _cli("--graph", years_kg, "collaborators", "EZK", option, value)
    assert result.exit_code == 0, result.output
    assert result.output.splitlines()[0] == heading and "Themagroep Binnensteden" in result.output, result.output
