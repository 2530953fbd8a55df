"""Walkthrough 30 (round 55w): a municipal data analyst (O&S Zwolle) uses g40kg from Python for a yearly
dashboard — the findings, on the hand-written fixture graph and small invented Dutch texts."""

from __future__ import annotations

import datetime

import pytest
from rdflib import URIRef

import g40kg

ZWOLLE = "https://w3id.org/g40kg/id/municipality/gm0193"
BREDA = "https://w3id.org/g40kg/id/municipality/gm0758"
PROGRAMMES = "SELECT ?label WHERE { ?city g40:participatesIn ?p . ?p skos:prefLabel ?label } ORDER BY ?label"


@pytest.fixture(scope="module")
def small():
    from tests.fixture_graph import small_dataset

    return small_dataset("oxigraph")


# finding 1: g40kg.sparql binds parameters, as query -p does


def test_sparql_binds_an_iri_parameter_given_as_text_or_term(small):
    as_text = g40kg.sparql(small, PROGRAMMES, params={"city": f"<{ZWOLLE}>"}, python_values=True).rows
    as_term = g40kg.sparql(small, PROGRAMMES, params={"city": URIRef(ZWOLLE)}, python_values=True).rows
    unbound = g40kg.sparql(small, PROGRAMMES, python_values=True).rows
    assert as_text == as_term == [{"label": "City Deal Zicht op Ondermijning"}], as_text
    assert len(unbound) > len(as_text), unbound


def test_sparql_binds_a_list_as_a_row_per_value(small):
    rows = g40kg.sparql(small, "SELECT DISTINCT ?city WHERE { ?city g40:participatesIn ?p } ORDER BY ?city",
                        params={"city": [f"<{ZWOLLE}>", f"<{BREDA}>"]}, python_values=True).rows
    assert rows == [{"city": ZWOLLE}, {"city": BREDA}], rows


def test_sparql_binds_python_dates_numbers_and_booleans_as_typed_literals(small):
    result = g40kg.sparql(small, "SELECT ?day ?n ?yes ?text WHERE {}", python_values=True,
                          params={"day": datetime.date(2025, 12, 31), "n": 3, "yes": True, "text": "2025"})
    assert result.rows == [{"day": datetime.date(2025, 12, 31), "n": 3, "yes": True, "text": 2025}], result.rows


def test_sparql_parameter_text_is_one_term_never_query_text(small):
    rows = g40kg.sparql(small, "SELECT ?label WHERE { ?m skos:prefLabel ?label }",
                        params={"label": 'EZK" } } ; SELECT * WHERE { ?s ?p ?o #'}).rows
    assert rows == [], rows


@pytest.mark.parametrize("params, message", [
    ({"stad": "x"}, "de query heeft geen variabele ?stad"),
    ({"city": None}, "parameter city: None (NoneType) is geen waarde voor SPARQL"),
    ([("city", "x")], "params: geef een dict van naam naar waarde"),
    ({"city": "<niet een iri>"}, "parameter city: '<niet een iri>' is geen IRI"),
])
def test_sparql_parameter_mistakes_are_input_errors(small, params, message):
    with pytest.raises(g40kg.InputError) as raised:
        g40kg.sparql(small, PROGRAMMES, params=params)
    assert str(raised.value).startswith(message), str(raised.value)
    assert raised.value.exit_code == 2


def test_sparql_parameters_of_an_update_are_refused(small):
    with pytest.raises(g40kg.InputError, match="niet van een SPARQL Update"):
        g40kg.sparql(small, "DELETE WHERE { ?s ?p ?o }", params={"s": "x"})


# finding 2: the year-on-year comparison from Python, g40kg.diff

_LAST_YEAR = {
    "rib-2025-03-04": ("2025-03-04", "Wethouder Geert Vosman van Deventer is lid van de Pijler Economie. "
                                     "Deventer neemt deel aan de City Deal Kennis Maken.\n"),
}
_THIS_YEAR = {
    **_LAST_YEAR,
    "rib-2026-05-20": ("2026-05-20", "Irene Lammers volgt Geert Vosman op als wethouder van Deventer. "
                                     "Deventer neemt deel aan de City Deal Energieke Wijken.\n"),
}


@pytest.fixture(scope="module")
def two_years(tmp_path_factory):
    from tests.documents import built_from

    return (built_from(tmp_path_factory.mktemp("w55w-2025"), _LAST_YEAR),
            built_from(tmp_path_factory.mktemp("w55w-2026"), _THIS_YEAR))


def test_diff_gives_what_the_command_gives_as_json(two_years, runner):
    import json

    from graph.cli import cli

    old, new = two_years
    changes = g40kg.diff(old, new)
    printed = runner.invoke(cli, ["diff", str(old), str(new), "--format", "json"])
    assert printed.exit_code == 0, printed.output
    assert changes == json.loads(printed.stdout)
    added = sorted((f["subject"], f["predicate"], f["role"], f["object"]) for f in changes["added"])
    assert ("Deventer", "participatesIn", None, "City Deal Energieke Wijken") in added, added
    assert ("Irene Lammers", "hasRole", "wethouder", "Deventer") in added, added
    assert [(f["subject"], f["role"], f["object"], f["until"]) for f in changes["ended"]] \
        == [("Geert Vosman", "wethouder", "Deventer", "2026-05-20")], changes["ended"]
    assert changes["documents"] == {"new": ["rib-2026-05-20"], "changed": [], "removed": [], "renamed": []}


def test_diff_without_new_reads_the_graph_of_g40kg_graph(two_years, monkeypatch):
    old, new = two_years
    monkeypatch.setenv("G40KG_GRAPH", str(new))
    assert g40kg.diff(old) == g40kg.diff(old, new)


def test_diff_of_a_missing_side_is_an_input_error(two_years, tmp_path):
    with pytest.raises(g40kg.InputError) as raised:
        g40kg.diff(tmp_path / "graaf-2024", two_years[1], lang="en")
    assert str(raised.value) == f"{tmp_path / 'graaf-2024'}: does not exist (give a facts file of 'g40kg export' or a graph folder)"
    assert raised.value.exit_code == 2


# finding 3: the README's Python example needs no pandas


def test_the_readme_python_example_runs_without_pandas(tmp_path, monkeypatch):
    import re
    import sys

    from tests.conftest import ROOT
    from tests.fixture_graph import small_graph_dir

    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    section = readme[readme.index("\n## Python\n"):]
    example = re.search(r"```python\n(.*?)```", section, re.S).group(1)
    assert "pandas" not in example, example
    graph = small_graph_dir(tmp_path)
    example = example.replace('"/data/g40/graaf-2025"', repr(str(graph))).replace('"/data/g40/graaf"', repr(str(graph)))
    monkeypatch.chdir(tmp_path)
    monkeypatch.setitem(sys.modules, "pandas", None)  # import pandas fails, as where it is not installed
    exec(compile(example, "README.md", "exec"), {})
    with open(tmp_path / "rollen.csv", encoding="utf-8") as handle:
        assert handle.readline().startswith("person,personLabel,role"), handle
    assert (tmp_path / "ezk.html").read_text(encoding="utf-8").startswith("<!DOCTYPE html>")
    assert (tmp_path / "feiten.jsonl").stat().st_size > 0


# finding 5: between given one text is said to want two dates, not taken apart letter by letter

_BETWEEN_PAIR = 'between: give two dates, start and end (in Python between=("2024-01-01", "2024-12-31")), not '


@pytest.mark.parametrize("call", ["to_networkx", "evidence_records", "export", "write_network_page"])
@pytest.mark.parametrize("between", ["2024", ("2024",), ("2024", "2025", "2026")])
def test_between_that_is_no_pair_names_what_it_wants(small, tmp_path, call, between):
    calls = {"to_networkx": lambda **kw: g40kg.to_networkx(small, **kw),
             "evidence_records": lambda **kw: g40kg.evidence_records(small, **kw),
             "export": lambda **kw: g40kg.export(small, "gexf", **kw),
             "write_network_page": lambda **kw: g40kg.write_network_page(small, tmp_path / "n.html", **kw)}
    with pytest.raises(g40kg.InputError) as raised:
        calls[call](between=between, lang="en")
    assert str(raised.value) == f'{_BETWEEN_PAIR}{between!r}; one year or month: at="2024"'


def test_between_as_a_list_of_two_dates_is_a_period(small):
    assert g40kg.to_networkx(small, between=["2021", "2021"]).number_of_nodes() \
        == g40kg.to_networkx(small, at="2021").number_of_nodes() > 0


# finding 6: a misspelt engine is a wrong argument (InputError, exit 2), as every other one


def test_a_misspelt_engine_is_an_input_error(tmp_path):
    from tests.fixture_graph import small_graph_dir

    with pytest.raises(g40kg.InputError) as raised:
        g40kg.open(small_graph_dir(tmp_path), engine="rdfllib", lang="en")
    assert str(raised.value) == "unknown engine 'rdfllib'; choose from oxigraph, rdflib"
    assert raised.value.exit_code == 2


# finding 7: an unknown export format is said in the language asked


@pytest.mark.parametrize("lang, message", [
    ("nl", "onbekend exportformaat 'xlsx'; kies uit facts, turtle, trig, nquads, jsonld, ntriples, rdfxml, graphml, "
           "gexf, csv"),
    ("en", "unknown export format 'xlsx'; choose one of facts, turtle, trig, nquads, jsonld, ntriples, rdfxml, graphml, "
           "gexf, csv"),
])
def test_an_unknown_export_format_is_said_in_the_language_asked(small, lang, message):
    with pytest.raises(g40kg.InputError) as raised:
        g40kg.export(small, "xlsx", lang=lang)
    assert str(raised.value) == message


# finding 13: g40kg.ask names a ministry as g40kg ask does, by the time asked or its fact's time

_MINISTRY_YEARS = {
    "nieuws-2022-05-10": ("2022-05-10", "Zwolle werkt samen met het ministerie van Economische Zaken en Klimaat "
                                        "aan de City Deal Energieke Wijken.\n"),
    "nieuws-2025-03-12": ("2025-03-12", "Deventer werkt samen met het ministerie van Economische Zaken aan de "
                                        "City Deal Energieke Wijken.\n"),
    "nieuws-2025-04-02": ("2025-04-02", "Hengelo werkt samen met het ministerie van Klimaat en Groene Groei.\n"),
}


@pytest.fixture(scope="module")
def ministry_years(tmp_path_factory):
    from tests.documents import built_from

    return built_from(tmp_path_factory.mktemp("w55w-ez"), _MINISTRY_YEARS)


@pytest.mark.parametrize("question, params, options", [
    ("collaborations-with-ministry", {"ministry": "EZK"}, []),
    ("collaborations-with-ministry", {"ministry": "EZK", "as_of": "2025-06-01"}, ["--as-of", "2025-06-01"]),
    ("collaborations-with-ministry", {"ministry": "EZK", "at": "2022"}, ["--at", "2022"]),
    ("city-ministry", {"until": "2025-06-01", "from": "2025-01-01"}, ["--between", "2025-01-01", "2025-06-01"]),
    ("city-ministry", {"stand_per": "2026-06-01"}, ["--as-of", "2026-06-01"]),
])
def test_ask_names_ministries_as_the_command_does(ministry_years, runner, question, params, options):
    import json

    from graph.cli import cli
    from graph.query import term_value

    ds = g40kg.open(ministry_years)
    result = g40kg.ask(ds, question, **params)
    cli_params = [a for name, value in params.items() if name not in ("as_of", "at", "from", "until", "stand_per")
                  for a in ("-p", f"{name}={value}")]
    printed = runner.invoke(cli, ["--graph", str(ministry_years), "ask", question, *cli_params, *options,
                                  "--format", "json"])
    assert printed.exit_code == 0, printed.output
    expected = json.loads(printed.stdout)["rows"]
    got = [{c: term_value(row.get(c)) for c in result.columns} for row in result.rows]
    assert got == expected
    assert expected, "the fixture answers every case"


def test_ask_names_the_ministry_of_2025_ez(ministry_years):
    rows = g40kg.ask(g40kg.open(ministry_years), "collaborations-with-ministry", ministry="EZK", as_of="2025-06-01",
                     python_values=True).rows
    assert [(row["actorLabel"], row["ministryLabel"]) for row in rows] == [("Deventer", "EZ"), ("Zwolle", "EZ")], rows


# finding 8: g40kg.ask's result has the notes the command's table shows


def test_ask_notes_a_ministry_of_the_rows_that_went_up_in_another(ministry_years):
    ds = g40kg.open(ministry_years)
    after = g40kg.ask(ds, "city-ministry", as_of="2026-06-01", python_values=True)
    before = g40kg.ask(ds, "city-ministry", as_of="2025-06-01")
    assert ("Hengelo", "KGG") in [(row["cityLabel"], row["ministryLabel"]) for row in after.rows], after.rows
    assert after.notes == ["KGG is opgegaan in EZK per 2026-02-23."]
    assert before.notes == []


def test_ask_notes_a_ministry_asked_about_once(ministry_years):
    result = g40kg.ask(g40kg.open(ministry_years), "collaborations-with-ministry", ministry="KGG", as_of="2026-06-01",
                       lang="en")
    assert result.notes == ["KGG existed from 2024-07-02 until 2026-02-22; merged into EZK on 2026-02-23."]


def test_ask_notes_a_name_asked_about_that_no_document_mentions(ministry_years):
    result = g40kg.ask(g40kg.open(ministry_years), "city-ministry", city="Utrecht")
    assert (result.rows, result.notes) == ([], ["Utrecht wordt in geen document genoemd."])


# finding 4: a date known only to its year stays text; the README's sort key orders such a column


@pytest.fixture(scope="module")
def year_dated(tmp_path_factory):
    folder = tmp_path_factory.mktemp("w55w-year")
    docs = folder / "docs"
    docs.mkdir()
    (docs / "jaarverslag-2024-zwolle.txt").write_text(
        "Jaarverslag gemeente Zwolle\n\nWethouder Karin Veldhuis is namens Zwolle lid van de Pijler Sociaal.\n",
        encoding="utf-8")
    (docs / "nieuws.txt").write_text("Wethouder Bas Hoogland van Zwolle is lid van de Pijler Fysiek.\n", encoding="utf-8")
    (docs / "nieuws.meta.json").write_text('{"date": "2024-10-03"}', encoding="utf-8")
    g40kg.build([docs], folder / "kg")
    return folder / "kg"


def test_a_year_dated_start_is_text_and_the_readme_key_sorts_it(year_dated):
    import re

    from tests.conftest import ROOT

    rows = [row for row in g40kg.ask(g40kg.open(year_dated), "who-does-what", python_values=True).rows
            if row["role"] == "lid"]
    assert {(row["personLabel"], row["since"]) for row in rows} \
        == {("Karin Veldhuis", "2024"), ("Bas Hoogland", datetime.date(2024, 10, 3))}, rows
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    key = re.search(r"`sorted\(rows, key=(lambda row: [^`]+)\)`", readme).group(1)
    ordered = sorted(rows, key=eval(key))
    assert [row["personLabel"] for row in ordered] == ["Karin Veldhuis", "Bas Hoogland"]


# finding 9 (extraction): leaving told in a clause with its verb last


def _relations(text: str, date: str = "2025-06-17"):
    from graph.extract import extract
    from graph.gazetteer import load_gazetteer

    return [(r.subject.text, r.predicate, r.object.text, r.past, r.valid_until)
            for r in extract("t", text, gazetteer=load_gazetteer(), date=date).relations]


@pytest.mark.parametrize("text, until", [
    ("Het college heeft besloten dat Zwolle per 1 juli 2025 uit de City Deal Kennis Maken treedt.", "2025-06-30"),
    ("Wij melden u dat Zwolle met ingang van 1 januari 2026 uit de City Deal Kennis Maken stapt.", "2025-12-31"),
    ("De raad weet dat Zwolle in 2024 uit de City Deal Kennis Maken stapte.", "2024-12-31"),
    ("Het college meldt dat Zwolle de City Deal Kennis Maken per 1 juli 2025 verlaat.", "2025-06-30"),
])
def test_a_town_that_leaves_in_a_clause_with_its_verb_last(text, until):
    assert ("Zwolle", "participatesIn", "City Deal Kennis Maken", True, until) in _relations(text), _relations(text)


@pytest.mark.parametrize("text", [
    "Het college heeft besloten dat Zwolle niet uit de City Deal Kennis Maken treedt.",  # denied
    "Het college verwacht dat Zwolle uit de City Deal Kennis Maken veel kennis haalt.",  # no verb of leaving
    "Het college meldt dat Zwolle de City Deal Kennis Maken steunt.",
    "Het college meldt dat het rapport van Zwolle uit de City Deal Kennis Maken stapt.",  # no town opens the clause
])
def test_a_clause_with_uit_and_no_leaving_is_no_leaving(text):
    assert not [r for r in _relations(text) if r[3]], _relations(text)


# finding 10 (extraction): a wethouder's portfolio in a bracket after the name


def _portfolios(text: str):
    from graph.extract import extract
    from graph.gazetteer import load_gazetteer

    return [(r.subject.text, r.portfolio) for r in extract("t", text, gazetteer=load_gazetteer(), date="2025-06-17").relations
            if r.predicate == "hasRole" and r.role == "wethouder"]


@pytest.mark.parametrize("text, portfolio", [
    ("Wethouder Marieke Drost (Economie en Onderwijs) is namens Zwolle bestuurlijk trekker.", "Economie en Onderwijs"),
    ("De gemeente Zwolle wordt vertegenwoordigd door wethouder Karin Veldhuis (Zorg en Welzijn).", "Zorg en Welzijn"),
    ("Wethouder Bas Hoogland (Wonen) van Zwolle is verantwoordelijk.", "Wonen"),
])
def test_a_bracket_of_fields_after_a_titled_wethouder_is_the_portfolio(text, portfolio):
    assert [p for _, p in _portfolios(text)] == [portfolio], _portfolios(text)


@pytest.mark.parametrize("text", [
    "Wethouder Bas Hoogland (Zwolle) is verantwoordelijk.",  # a town
    "Wethouder Bas Hoogland (GroenLinks) van Zwolle is verantwoordelijk.",  # a party
    "Wethouder Bas Hoogland (52) van Zwolle is verantwoordelijk.",  # an age
    "Wethouder Bas Hoogland (Wonen, 2022-2026) van Zwolle is verantwoordelijk.",  # more than a portfolio
])
def test_a_bracket_that_is_no_portfolio_gives_none(text):
    assert [p for _, p in _portfolios(text)] == [None], _portfolios(text)


# finding 11: a contact list of labelled names is no "other language"

_CONTACTS = ("Contactlijst Themagroep Wonen G40\nStand: 10 januari 2025\n\nVoorzitter: Ahmed El Idrissi (Tilburg)\n"
             "Secretaris: Femke Tuinstra (Zwolle)\nLeden: Pieter de Ruiter (Leeuwarden), Sandra Kok (Emmen) en "
             "Jan van den Berg (Ede)\n")
_GERMAN = ("Der Städtebund und das Ministerium haben eine Vereinbarung über Innenstädte geschlossen, welche ab Januar "
           "gilt und für alle Mitglieder des Netzwerks verbindlich ist.")


def test_a_contact_list_of_labelled_names_is_too_short_to_tell():
    from graph.language import foreign_language

    assert foreign_language(_CONTACTS) is None


def test_labelled_names_before_another_language_leave_it_another_language():
    from graph.language import foreign_language

    assert foreign_language("Aanwezig: Femke Tuinstra (Zwolle), Sandra Kok (Emmen)\n" + _GERMAN) == "other"
    assert foreign_language("Verslag: " + _GERMAN) == "other"  # a label before a sentence: the sentence counts



# finding 12: evidence_records' dates are ISO text, as its docstring and the README say


def test_evidence_records_dates_are_iso_text(small):
    records = g40kg.evidence_records(small)
    dated = [r for r in records if r["date"]]
    assert dated and all(isinstance(r["date"], str) and datetime.date.fromisoformat(r["date"][:10]) for r in dated)
    assert "Dates are ISO text" in g40kg.evidence_records.__doc__


# finding 10, second part: the portfolio of a successor "als wethouder X"


@pytest.mark.parametrize("text", [
    "Hendrik-Jan Wolters volgt Marieke Drost op als wethouder Economie en Onderwijs van Zwolle.",
    "In Zwolle volgt Hendrik-Jan Wolters Marieke Drost op als wethouder Economie en Onderwijs.",
])
def test_a_successor_as_wethouder_gets_the_portfolio(text):
    assert ("Hendrik-Jan Wolters", "Economie en Onderwijs") in _portfolios(text), _portfolios(text)


def test_a_name_between_without_a_succession_keeps_the_portfolio_from_the_first():
    text = "Hendrik-Jan Wolters spreekt met Marieke Drost op de receptie als wethouder Economie van Zwolle."
    assert ("Hendrik-Jan Wolters", "Economie") not in _portfolios(text), _portfolios(text)
