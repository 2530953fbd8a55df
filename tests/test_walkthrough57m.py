"""Walkthrough 35 (round 57m): the G40 bureau's senior adviser checks every named question's rows against the
sentences they cite, in the bundled corpus and three development sets.

Every text here is invented.
"""

from __future__ import annotations

import json

import pytest

from graph.tenure import Term, inferred_ends, stated_ends
from tests.documents import ask_rows, built_from, unit_role_timeline

# ---- finding 1: a table's "2022–2024" and "2024–heden" rows of one holder are one term that goes on -----------

HISTORY = """Geschiedenis van de City Deal Groene Bedrijventerreinen

De deal is in 2020 gesloten.

| Periode | Bestuurlijk trekker | Rijkstrekker |
|---|---|---|
| 2020–2022 | Jeroen Walstra (Zwolle) | Bas Ottens (EZK) |
| 2022–2024 | Marit Dekkers (Breda) | Bas Ottens (EZK) |
| 2024–heden | Marit Dekkers (Breda) | Lotte Aalbers (EZK) |
"""
@pytest.fixture(scope="module")
def history(tmp_path_factory):
    return built_from(tmp_path_factory.mktemp("history"), {"geschiedenis": ("2026-10-02", HISTORY)})


@pytest.mark.parametrize("engine", ["oxigraph", "rdflib"])
def test_a_second_term_the_same_table_tells_is_current(runner, history, engine):
    """Walkthrough 35, finding 1: "2024–heden" got the end of "2022–2024" as its inferred end, so the current
    bestuurlijk trekker was gone from `who-does-what --as-of` and the timeline said her term ended in 2024."""
    rows = ask_rows(runner, history, engine, "who-does-what", "-p", "body=City Deal Groene Bedrijventerreinen",
                    "--as-of", "2026-10-02")
    assert sorted((r["personLabel"], r["role"], r["since"], r["end"]) for r in rows) == [
        ("Lotte Aalbers", "rijkstrekker", "2024-01-01", ""),
        ("Marit Dekkers", "bestuurlijk trekker", "2024-01-01", "")], rows
    everything = ask_rows(runner, history, engine, "who-does-what", "-p", "person=Marit Dekkers")
    assert [(r["since"], r["end"]) for r in everything] == [("2022-01-01", "")], everything


def test_the_timeline_shows_one_open_term(history):
    assert unit_role_timeline(history, "City Deal Groene Bedrijventerreinen", "bestuurlijk trekker") == [
        ("Jeroen Walstra", "2020-01-01", "2022"), ("Marit Dekkers", "2022-01-01", None)]


def test_the_first_term_still_ends_and_the_predecessor_too(runner, history):
    """Near miss: the ended terms of the table keep their ends (Bas Ottens until 2024)."""
    rows = ask_rows(runner, history, "oxigraph", "who-does-what", "-p", "person=Bas Ottens")
    assert [(r["since"], r["end"]) for r in rows] == [("2020-01-01", "2024")], rows
    assert ask_rows(runner, history, "oxigraph", "who-does-what", "-p", "person=Bas Ottens", "--as-of", "2026-10-02") == []


@pytest.mark.parametrize("terms, expected", [
    # one document: the ended first term does not close the later open one
    ([Term("ev/d/1", "p/a", "u/cd", "trekker", "2022-01-01", "2024-12-31", True),
      Term("ev/d/2", "p/a", "u/cd", "trekker", "2024-01-01", None, False)], []),
    # another document's end does close it
    ([Term("ev/d/1", "p/a", "u/cd", "trekker", "2024-01-01", None, False),
      Term("ev/e/1", "p/a", "u/cd", "trekker", "2022-01-01", "2024-12-31", True)], [("ev/d/1", "2024-12-31", "ev/e/1")]),
    # one document, but the open term starts with the ended one: the end is its end
    ([Term("ev/d/1", "p/a", "u/cd", "trekker", "2022-01-01", "2024-12-31", True),
      Term("ev/d/2", "p/a", "u/cd", "trekker", "2022-01-01", None, False)], [("ev/d/2", "2024-12-31", "ev/d/1")]),
])
def test_which_stated_end_closes_an_open_term(terms, expected):
    assert stated_ends(terms) == expected


# ---- finding 2: a "pijlervoorzitter" is the pijler's voorzitter --------------------------------------------

REPORT_2021 = ("Jaarverslag 2021 van de pijler Wonen en Werk\n\nDe pijler Wonen en Werk kwam in 2021 vier keer bijeen. "
               "Pijlervoorzitter Henk Altena sprak over de woningbouw.\n")
NEWS_2022 = ("Netwerkdag van de pijler Wonen en Werk\n\nWethouder Sanne Bolk (Assen), voorzitter van de pijler Wonen en Werk, "
             "heette iedereen welkom.\n\nCovoorzitter Evi Maas opende de middag.\n")


@pytest.fixture(scope="module")
def chairs(tmp_path_factory):
    return built_from(tmp_path_factory.mktemp("chairs"), {"jaarverslag-2021": ("2021-12-31", REPORT_2021),
                                                         "netwerkdag-2022": ("2022-09-20", NEWS_2022)})


@pytest.mark.parametrize("engine", ["oxigraph", "rdflib"])
def test_the_next_voorzitter_ends_the_pijlervoorzitter_s_term(runner, chairs, engine):
    """Walkthrough 35, finding 2: the bundled corpus named two chairs of the pijler Economie en Werk as of 2023,
    the 2021 report's 'pijlervoorzitter' and the 2022 one's 'voorzitter'."""
    rows = ask_rows(runner, chairs, engine, "unit-chairs", "--as-of", "2023-01-01")
    assert sorted((r["personLabel"], r["role"]) for r in rows if r["role"] in ("voorzitter", "pijlervoorzitter")) == [
        ("Sanne Bolk", "voorzitter")], rows
    earlier = ask_rows(runner, chairs, engine, "unit-chairs", "--as-of", "2022-01-01")
    assert [(r["personLabel"], r["role"]) for r in earlier] == [("Henk Altena", "pijlervoorzitter")], earlier


def test_a_covoorzitter_is_no_successor():
    """Near miss: "covoorzitter" is another office (co-chairs), and a pijlervoorzitter is closed by a voorzitter."""
    terms = [Term("e1", "p/henk", "u/pijler", "pijlervoorzitter", "2021-01-01", "2021-12-31", False, True),
             Term("e2", "p/evi", "u/pijler", "covoorzitter", "2022-09-20", "2022-09-20", False, True)]
    assert inferred_ends(terms) == []
    terms.append(Term("e3", "p/sanne", "u/pijler", "voorzitter", "2022-09-20", "2022-09-20", False, True))
    assert inferred_ends(terms) == [("e1", "2022-09-19", "e3")]


def test_the_explorer_says_which_report_ended_the_term(runner, chairs):
    from graph.cli import cli

    result = runner.invoke(cli, ["--graph", str(chairs), "serve", "--get", "/entity/person/henk-altena.json"])
    assert result.exit_code == 0, result.output
    evidence = [(e["inferred_until"], e["ended_by_path"]) for fact in json.loads(result.stdout)["facts"]["hasRole:out"]
                for e in fact["evidence"]]
    assert evidence == [("2022-09-19", "/document/netwerkdag-2022")], evidence


# ---- finding 3: the chair of a pijler's meeting is not the pijler's chair -----------------------------------

def _roles(text: str) -> list[tuple[str, str, str]]:
    from graph.extract import extract
    from graph.gazetteer import load_gazetteer

    return sorted((r.subject.label, r.role, r.object.label) for r in extract("d", text, gazetteer=load_gazetteer()).relations
                  if r.predicate == "hasRole")


SCHEDULE = """# Inwerkprogramma nieuwe secretaris pijler Sociaal Domein

| dag | onderdeel | met |
|---|---|---|
| ma | Ambtelijk Pijleroverleg Sociaal Domein (je notuleert mee) | voorzitter Kees Baarda, afdelingshoofd Zorg van de gemeente Gouda |
| di | kennismaking met de voorzitter van de pijler | Ria Smit, wethouder van Delft en voorzitter van de Pijler Sociaal Domein |
| wo | Pijleroverleg Sociaal Domein | voorzitter Anna Bos, wethouder van Ede |
"""


def test_the_chair_of_the_pijler_s_meeting_chairs_the_meeting_not_the_pijler():
    """Walkthrough 35, finding 3: 'voorzitter Chantal Rijkers' of the 'Ambtelijk Pijleroverleg Fysiek Domein' row
    became the pijler's voorzitter, and ended the real chair's term (an end inferred from the next holder)."""
    assert [r for r in _roles(SCHEDULE) if r[1] == "voorzitter"] == [("Ria Smit", "voorzitter", "Pijler Sociaal Domein")]
    assert ("Kees Baarda", "afdelingshoofd", "Gouda") in _roles(SCHEDULE)


def test_the_pijler_s_chair_named_with_its_meeting_is_still_its_chair():
    """Near miss: the pijler's own chair in a sentence that also names its meeting."""
    text = "Wethouder Ria Smit, voorzitter van de pijler Sociaal Domein, opende het pijleroverleg Sociaal Domein.\n"
    assert ("Ria Smit", "voorzitter", "Pijler Sociaal Domein") in _roles(text)


# ---- finding 4: who sent apologies took no part in the meeting the minutes are of -------------------------------

MINUTES = """VERSLAG AMBTELIJK VOOROVERLEG
Bestuurlijk Overleg G40 - OCW van 9 maart 2024

Aanwezig
- G40: Ria Smit (Delft; ambtelijk trekker pijler Sociaal)
- OCW: Kees Baarda (beleidsmedewerker)
Afwezig met kennisgeving: Tom Veld (Divosa)
"""


def test_an_absentee_takes_no_part_in_the_overleg_and_the_present_ones_do():
    """Walkthrough 35, finding 4: 'Afwezig met kennisgeving: Tom Baarspul (Divosa)' took part in the vooroverleg."""
    from graph.extract import extract
    from graph.gazetteer import load_gazetteer

    found = extract("d", MINUTES, gazetteer=load_gazetteer()).relations
    assert sorted(r.subject.label for r in found if r.predicate == "participatesIn") == ["Kees Baarda", "Ria Smit"]
    assert ("Tom Veld", "Divosa") in {(r.subject.label, r.object.label) for r in found if r.predicate == "affiliatedWith"}


# ---- finding 5: "de themagroep X, die deel uitmaakt van de pijler Y en wordt getrokken door Z" --------------------

@pytest.mark.parametrize("text, held", [
    ("De werknemer is contactpersoon voor de themagroep Bestaanszekerheid, die deel uitmaakt van de Pijler Sociaal "
     "Domein en wordt getrokken door wethouder Anna Bos van de gemeente Leeuwarden.", "Themagroep Bestaanszekerheid"),
    # near miss: no relative clause (the clause's subject, as before); and a relative clause about the pijler itself,
    # whose antecedent is the pijler, not the themagroep named inside the clause (main: the themagroep's)
    ("De themagroep Bestaanszekerheid valt onder de Pijler Sociaal Domein en wordt getrokken door wethouder Anna Bos "
     "van de gemeente Leeuwarden.", "Themagroep Bestaanszekerheid"),
    ("Ria Smit is lid van de Pijler Sociaal Domein, die de themagroep Wonen heeft opgericht en wordt getrokken door "
     "wethouder Anna Bos (Ede).", "Pijler Sociaal Domein"),
])
def test_a_relative_clause_s_second_predicate_is_about_its_antecedent(text, held):
    """Walkthrough 35, finding 5: Youssef Amrani became trekker of the Pijler Sociaal Domein, not of its themagroep."""
    assert [(person, body) for person, role, body in _roles(text + "\n") if role == "trekker"] == [("Anna Bos", held)]


# ---- finding 6: "de Taskforce X binnen de pijler Y, met Z als kwartiermaker" --------------------------------------

@pytest.mark.parametrize("text, held", [
    ("Voorstel: de ALV stemt in met de instelling van de Taskforce Ruimte voor Wonen binnen de pijler Fysiek, met Anna "
     "Bos (Ede) als kwartiermaker.", "Taskforce Ruimte voor Wonen"),
    # near misses: the pijler itself named with "binnen", and no unit placed in it
    ("Anna Bos werkt binnen de pijler Fysiek als kwartiermaker.", "Pijler Fysiek"),
    ("De pijler Fysiek richt een werkgroep in, met Anna Bos (Ede) als kwartiermaker.", "Pijler Fysiek"),
])
def test_the_role_with_als_is_of_the_unit_placed_in_the_pijler(text, held):
    """Walkthrough 35, finding 6: Lisanne Achterberg became kwartiermaker of the pijler Economie en Werk."""
    assert [(person, body) for person, role, body in _roles(text + "\n") if role == "kwartiermaker"] == [("Anna Bos", held)]


# ---- finding 8: a register line that names the holder's own town ------------------------------------------------

@pytest.mark.parametrize("text, expected", [
    ("Binnensteden in Limburg 2024\n\nProjectleider: Bram Jansen, programmamanager Binnenstad, gemeente Venlo\n",
     [("Bram Jansen", "programmamanager", "Venlo")]),
    # near misses: the heading's own town named again, and a line that names no other body
    ("Gemeente Apeldoorn\n\nWethouder: Rana Yilmaz, gemeente Apeldoorn\n", [("Rana Yilmaz", "wethouder", "Apeldoorn")]),
    ("Gemeente Apeldoorn\n\nBurgemeester: Tom van Sloten\n", [("Tom van Sloten", "burgemeester", "Apeldoorn")]),
])
def test_a_register_line_naming_another_town_is_not_the_heading_s_office(text, expected):
    """Walkthrough 35, finding 8: 'Projectleider: Bram Coenen, programmamanager Binnenstad, gemeente Venlo' under a
    monitor of Limburg became projectleider of the province Limburg."""
    assert _roles(text) == expected
