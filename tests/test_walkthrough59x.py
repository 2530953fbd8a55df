"""Walkthrough 39 (round 59x): a council clerk (griffie) prepares the council's information on the G40 from council
documents (raadsinformatiebrieven, a raadsvoorstel, moties, a committee's decision list, a collegebesluit on the
portfolios, an overview of the college's side posts) and asks which alderman sits where since when, who took over
from the one who left, and which deals the town is in with which ministries. Small invented fixtures made here."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from click.testing import CliRunner

from graph.cli import cli
from graph.extract import extract
from graph.extract.table_layout import thing_column
from graph.gazetteer import load_gazetteer
from tests.documents import written as _write


def _run(graph: Path, *args: str):
    return CliRunner().invoke(cli, ["--graph", str(graph), *args])


def _rows(graph: Path, *args: str) -> list[dict]:
    result = _run(graph, *args, "--format", "json")
    assert result.exit_code == 0, result.output
    return json.loads(result.stdout)["rows"]


def _facts(text: str, date: str = "2025-10-14") -> list[tuple]:
    relations = extract("d", text, gazetteer=load_gazetteer(), date=date).relations
    return sorted((r.subject.text, r.predicate, r.object.text, r.role, r.past, r.valid_from, r.valid_until)
                  for r in relations)


_MOTION = ("# Motie: Zwolle doet mee in de City Deal Groene Pleinen\n\nGemeenteraad Zwolle\nVergadering van 7 november 2024\n\n"
           "De raad van de gemeente Zwolle, in vergadering bijeen op 7 november 2024,\n\n"
           "constaterende dat:\n- Zwolle deelneemt aan de City Deal Kennis Maken;\n\n"
           "verzoekt het college:\n- zich in te spannen om Zwolle te laten toetreden tot de City Deal Groene Pleinen;\n"
           "- samen met het ministerie van Sociale Zaken en Werkgelegenheid een pilot schuldhulp op te zetten,\n\n"
           "en gaat over tot de orde van de dag.\n\nIngediend door: Eva Brink (PvdA)\n\nUitslag: aangenomen.\n")
_JOINED = ("# Raadsinformatiebrief\n\nGemeente Zwolle\nDatum: 10 maart 2026\n\n"
           "Zwolle is per 1 mei 2025 toegetreden tot de City Deal Groene Pleinen.\n")
_LEFT = ("# Collegebesluit: herverdeling portefeuilles\n\nGemeente Zwolle\nDatum: 7 oktober 2025\n\n"
         "overwegende dat wethouder Joost Hofman per 1 oktober 2025 ontslag heeft genomen als wethouder;\n")
_SEATED = ("# Raadsinformatiebrief\n\nGemeente Zwolle\nDatum: 12 maart 2024\n\n"
           "Wethouder Joost Hofman vertegenwoordigt Zwolle sinds 1 juni 2022 in de pijler Fysiek Domein.\n")
_SUCCEEDED = ("# Raadsinformatiebrief\n\nGemeente Zwolle\nDatum: 14 oktober 2025\n\n"
              "Per 1 oktober 2025 is Joost Hofman gestopt als wethouder. Zijn opvolger is Pieter Lanting. "
              "Hij volgt Hofman ook op als lid van de pijler Fysiek Domein.\n")
_DEALS = ("# Raadsinformatiebrief\n\nGemeente Zwolle\nDatum: 10 maart 2026\n\n"
          "Zwolle is per 1 mei 2025 toegetreden tot de City Deal Groene Pleinen. Zwolle neemt deel aan:\n\n"
          "| Deal | Sinds | Ministeries |\n|---|---|---|\n"
          "| City Deal Kennis Maken | 2019 | OCW, EZK |\n"
          "| City Deal Groene Pleinen | 1 mei 2025 | EZK, BZK |\n"
          "| Regio Deal Twente | 2025 | LVVN |\n")


@pytest.fixture(scope="module")
def council_graph(tmp_path_factory):
    root = tmp_path_factory.mktemp("raad")
    for name, text in (("motie-2024-11-07.md", _MOTION), ("rib-2026-03-10.md", _JOINED),
                       ("collegebesluit-2025-10-07.md", _LEFT), ("rib-2024-03-12.md", _SEATED),
                       ("rib-2025-10-14.md", _SUCCEEDED),
                       ("rib-2026-03-11-deals.md", _DEALS)):
        _write(root / "docs" / name, text)
    result = _run(root / "graaf", "build", str(root / "docs"), "--no-validate")
    assert result.exit_code == 0, result.output
    return root / "graaf"


# finding 1: a motie's title and request are no facts ("Motie: Zwolle doet mee in de City Deal X")


def test_a_motion_s_title_and_request_state_no_facts():
    facts = _facts(_MOTION, "2024-11-07")
    assert not [f for f in facts if f[2] == "City Deal Groene Pleinen" or "Sociale Zaken" in f[2] or f[2] == "SZW"], facts
    assert ("Zwolle", "participatesIn", "City Deal Kennis Maken", None, False, None, None) in facts, facts  # constaterende dat


def test_the_same_title_without_a_motion_s_formula_is_a_fact():
    text = "# Zwolle doet mee in de City Deal Groene Pleinen\n\nZwolle, 7 november 2024\n\nEen nieuwsbericht.\n"
    assert ("Zwolle", "participatesIn", "City Deal Groene Pleinen") in [f[:3] for f in _facts(text, "2024-11-07")]


def test_the_town_is_no_member_before_it_joined(council_graph):
    rows = _rows(council_graph, "ask", "members", "-p", "target=City Deal Groene Pleinen", "--as-of", "2025-01-15")
    assert [r for r in rows if r["memberLabel"] == "Zwolle"] == [], rows
    rows = _rows(council_graph, "ask", "members", "-p", "target=City Deal Groene Pleinen", "--as-of", "2025-06-01")
    assert "Zwolle" in {r["memberLabel"] for r in rows}, rows


# finding 2: "Hij volgt Hofman ook op als lid van de pijler": the role is the successor's, Hofman's is over


def test_the_role_after_volgt_x_op_als_is_the_successor_s():
    facts = [f for f in _facts(_SUCCEEDED) if f[1] == "hasRole" and f[2] == "pijler Fysiek Domein"]
    assert [f[:5] for f in facts] == [("Hofman", "hasRole", "pijler Fysiek Domein", "lid", True),
                                      ("Pieter Lanting", "hasRole", "pijler Fysiek Domein", "lid", False)], facts


def test_a_role_after_another_verb_stays_the_named_one_s():
    text = "Pieter Lanting spreekt Joost Hofman aan als lid van de pijler Fysiek Domein."
    facts = [f for f in _facts(text) if f[1] == "hasRole"]
    assert ("Joost Hofman", "hasRole", "pijler Fysiek Domein", "lid", False) in [f[:5] for f in facts], facts
    text = "Pieter Lanting volgt Joost Hofman op. Anna Kroes blijft aan als lid van de pijler Fysiek Domein."
    facts = [f for f in _facts(text) if f[1] == "hasRole"]
    assert [f[:5] for f in facts] == [("Anna Kroes", "hasRole", "pijler Fysiek Domein", "lid", False)], facts


def test_the_pijler_s_members_after_the_succession(council_graph):
    rows = _rows(council_graph, "ask", "members", "-p", "target=Pijler Fysiek Domein", "--as-of", "2025-12-01")
    assert {r["memberLabel"] for r in rows} == {"Pieter Lanting"}, rows


# finding 3: "… dat wethouder X per 1 oktober 2025 ontslag heeft genomen als wethouder" ends the office


def test_resigning_ends_the_office():
    facts = [f for f in _facts(_LEFT, "2025-10-07") if f[3] == "wethouder"]
    assert facts == [("Joost Hofman", "hasRole", "Zwolle", "wethouder", True, None, "2025-09-30")], facts
    text = "Gemeente Zwolle\n\nWethouder Joost Hofman heeft per 1 oktober 2025 ontslag genomen.\n"
    assert [f[6] for f in _facts(text) if f[3] == "wethouder"] == ["2025-09-30"]


def test_resigning_another_post_or_announcing_a_resignation_leaves_the_office():
    text = "Gemeente Zwolle\n\nWethouder Joost Hofman heeft per 1 oktober 2025 ontslag genomen als voorzitter.\n"
    assert [(f[4], f[6]) for f in _facts(text) if f[3] == "wethouder"] == [(False, None)]
    text = "Gemeente Zwolle\n\nWethouder Joost Hofman heeft het ontslag van de directeur aangekondigd.\n"
    assert [(f[4], f[6]) for f in _facts(text) if f[3] == "wethouder"] == [(False, None)]


def test_the_resigned_alderman_is_no_alderman_after_he_left(council_graph):
    rows = _rows(council_graph, "ask", "who-does-what", "-p", "body=Zwolle", "--as-of", "2025-12-01")
    assert [r for r in rows if r["personLabel"] == "Joost Hofman" and r["role"] == "wethouder"] == [], rows


# finding 4: "X vertegenwoordigt Zwolle sinds 8 oktober 2025 in de pijler Y" (a date between the town and "in")


def test_representing_since_a_day_takes_part_from_that_day():
    text = "Wethouder Pieter Lanting vertegenwoordigt Zwolle sinds 8 oktober 2025 in de pijler Fysiek Domein."
    facts = [f for f in _facts(text) if f[1] == "participatesIn"]
    assert facts == [("Pieter Lanting", "participatesIn", "pijler Fysiek Domein", None, False, "2025-10-08", None)], facts
    text = "Wethouder Pieter Lanting vertegenwoordigt Zwolle sinds 8 oktober 2025 bij de VNG."
    assert [f for f in _facts(text) if f[1] == "participatesIn"] == []


def test_the_pijler_s_member_since_the_day_the_letter_states(council_graph):
    rows = _rows(council_graph, "ask", "members", "-p", "target=Pijler Fysiek Domein")
    assert ("Joost Hofman", "2022-06-01") in {(r["memberLabel"], r["start"]) for r in rows}, rows


# finding 6: "| Deal | Sinds | Ministeries |": each row's ministries take part in the row's deal


def test_a_deals_table_gives_each_row_s_ministries_to_its_deal():
    facts = {f[:3] for f in _facts(_DEALS, "2026-03-11") if f[1] == "participatesIn" and f[0] in ("OCW", "EZK", "BZK", "LVVN")}
    assert facts == {("OCW", "participatesIn", "City Deal Kennis Maken"), ("EZK", "participatesIn", "City Deal Kennis Maken"),
                     ("EZK", "participatesIn", "City Deal Groene Pleinen"), ("BZK", "participatesIn", "City Deal Groene Pleinen"),
                     ("LVVN", "participatesIn", "Regio Deal Twente")}, facts


def test_deal_is_a_column_of_the_row_s_own_thing():
    assert (thing_column(["deal", "sinds", "ministeries"]), thing_column(["deals", "ministeries"])) == (0, 0)
    assert thing_column(["deadline", "ministeries"]) is None


# finding 10: "ask … -o wie.csv" (as export writes a file) said only "Onbekende optie '-o'"


def test_o_on_a_command_that_writes_a_table_says_to_redirect(tmp_path):
    result = _run(tmp_path / "graaf", "ask", "who-does-what", "--format", "csv", "-o", "wie.csv")
    assert result.exit_code == 2, result.output
    assert "'ask' heeft geen -o: het schrijft naar het scherm (stdout); zet '> BESTAND' achter de opdracht" in result.output
    result = CliRunner().invoke(cli, ["--lang", "en", "--graph", str(tmp_path / "graaf"), "entity", "X", "--output", "x"])
    assert result.exit_code == 2 and "'entity' has no --output: it writes to the screen (stdout)" in result.output, \
        result.output


def test_o_on_a_command_without_tables_is_an_unknown_option(tmp_path):
    result = _run(tmp_path / "graaf", "build", "-o", "x")
    assert result.exit_code == 2 and "Onbekende optie '-o'" in result.output, result.output


# finding 5: a collegebesluit's "besluit: … 2. wethouder X aan te wijzen als vertegenwoordiger van Zwolle in de
# G40-pijler Y, met ingang van 8 oktober 2025"


_DICTUM = ("# Collegebesluit\n\nGemeente Zwolle\nDatum: 7 oktober 2025\n\nbesluit:\n\n"
           "1. de portefeuille Wonen toe te delen aan wethouder Pieter Lanting;\n"
           "2. wethouder Pieter Lanting aan te wijzen als vertegenwoordiger van Zwolle in de G40-pijler Fysiek Domein, "
           "met ingang van 8 oktober 2025;\n")


def test_a_decision_s_item_designates_from_its_day():
    facts = [f for f in _facts(_DICTUM, "2025-10-07") if f[2] == "pijler Fysiek Domein" and f[1] == "hasRole"]
    assert facts == [("Pieter Lanting", "hasRole", "pijler Fysiek Domein", "vertegenwoordiger", False, "2025-10-08", None)], \
        facts


def test_a_proposal_or_a_refusal_to_designate_designates_nobody():
    text = ("Gemeente Zwolle\n\nHet college stelt voor wethouder Pieter Lanting aan te wijzen als vertegenwoordiger van "
            "Zwolle in de pijler Fysiek Domein.\n")
    assert [f for f in _facts(text) if f[2] == "pijler Fysiek Domein" and f[1] == "hasRole"] == []
    text = ("Gemeente Zwolle\n\nbesluit:\n\n1. wethouder Pieter Lanting niet aan te wijzen als vertegenwoordiger van "
            "Zwolle in de pijler Fysiek Domein.\n")
    assert [f for f in _facts(text) if f[2] == "pijler Fysiek Domein" and f[1] == "hasRole"] == []


# finding 7: "Zwolle neemt deel aan:" over a table of deals (or bullets): the town takes part in each, since its cell


def test_the_town_over_a_list_takes_part_in_each_row_s_deal_since_its_cell():
    facts = {(f[0], f[2], f[5]) for f in _facts(_DEALS, "2026-03-11") if f[1] == "participatesIn" and f[0] == "Zwolle"}
    assert facts >= {("Zwolle", "City Deal Kennis Maken", "2019-01-01"), ("Zwolle", "City Deal Groene Pleinen", "2025-05-01"),
                     ("Zwolle", "Regio Deal Twente", "2025-01-01")}, facts
    text = "Gemeente Zwolle\n\nDaarnaast doet Zwolle mee aan:\n\n- City Deal Kennis Maken (sinds 2019)\n"
    assert ("Zwolle", "participatesIn", "City Deal Kennis Maken", None, False, "2019-01-01", None) in _facts(text)


def test_a_denied_or_wished_lead_gives_no_part():
    for lead in ("Zwolle neemt niet deel aan:", "Zwolle wil deelnemen aan:", "Zwolle gaat meedoen aan:"):
        text = f"Gemeente Zwolle\n\n{lead}\n\n- City Deal Kennis Maken\n"
        assert [f for f in _facts(text) if f[1] == "participatesIn"] == [], lead


# finding 9: the signature of a raadsbesluit in lower case: "de griffier,   de voorzitter," over the two names


_SIGNED = ("# Raadsbesluit\n\nDe raad van de gemeente Zwolle, gelezen het voorstel van burgemeester en wethouders,\n\n"
           "besluit: de nota vast te stellen.\n\nAldus vastgesteld in de openbare vergadering van 9 oktober 2024.\n\n"
           "de griffier,                        de voorzitter,\nmr. S. Koopman                      H.J. Wijnberg\n")


def test_a_lower_case_signature_names_the_griffier_and_the_burgemeester():
    facts = {(f[0], f[3], f[2]) for f in _facts(_SIGNED, "2024-10-09") if f[1] == "hasRole"}
    assert {("S. Koopman", "griffier", "Zwolle"), ("H.J. Wijnberg", "burgemeester", "Zwolle")} <= facts, facts


def test_a_signature_without_the_council_s_decision_names_no_griffier():
    text = _SIGNED.replace("De raad van de gemeente Zwolle, gelezen", "Gelezen")
    assert [f for f in _facts(text, "2024-10-09") if f[3] == "griffier"] == []
