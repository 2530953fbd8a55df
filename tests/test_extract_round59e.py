"""Round 59e: heldout44's rest as rules of Dutch and of recurring genres (invented text, invented people).

Each rule has a text it reads and a near miss it must leave alone: a Kamerstuk's sitting year as its period; a body
named by its kind, then "Het bestaat uit:" over its members.
"""

from __future__ import annotations

from pathlib import Path

from graph.ingest import read_document
from graph.sitting_years import sitting_year
from tests.extract_facts import dated_relations, facts, mentions


def read(tmp_path: Path, name: str, text: str):
    """The document ingest reads from a file ``name`` holding ``text``."""
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    return read_document(path)


# --- a Kamerstuk's sitting year -----------------------------------------------------------------------------------

KAMERSTUK = ("Tweede Kamer der Staten-Generaal\nVergaderjaar 2024–2025\n\n"
             "37 101   Wijziging van de Wet inburgering\n\nNr. 3   MEMORIE VAN TOELICHTING\n\n"
             "Een ambtelijke werkgroep met vertegenwoordigers van het Ministerie van Economische Zaken bereidde de "
             "invoering voor.\n")


def test_a_kamerstuk_without_a_date_of_its_own_has_its_sitting_year_as_period(tmp_path):
    doc = read(tmp_path, "mvt-inburgering.txt", KAMERSTUK)
    assert (doc.date, doc.period_start, doc.period_end, doc.date_inferred) == (None, "2024-09-17", "2025-09-15", False)


def test_a_printed_day_wins_over_the_sitting_year(tmp_path):
    text = KAMERSTUK.replace("Nr. 3   MEMORIE VAN TOELICHTING", "Nr. 12   MOTIE VAN HET LID JANSEN\n           Voorgesteld 5 november 2024")
    doc = read(tmp_path, "motie.txt", text)
    assert (doc.date, doc.period_start, doc.period_end) == ("2024-11-05", None, None)


def test_a_sitting_year_in_a_sentence_or_spanning_two_years_is_no_period():
    assert sitting_year("Verslag\n\nIn het vergaderjaar 2024–2025 sprak de Kamer drie keer over wonen.\n") is None
    assert sitting_year("Tweede Kamer\nVergaderjaar 2023–2025\n") is None
    assert sitting_year("Eerste Kamer der Staten-Generaal\nVergaderjaar 2019-2020\n") == ("2019-09-17", "2020-09-14")


# --- a body named by its kind, then "Het bestaat uit:" over its members -------------------------------------------

CURATORIUM = ("Over de leerstoel\n\nDe leerstoel Krimp en groei is in 2020 ingesteld door de Stichting Stadskennis.\n\n"
              "Een curatorium ziet toe op de leerstoel. Het bestaat uit:\n\n"
              "• drs. Wilma Ruitenbeek-Haas, burgemeester van Zutphen (voorzitter, namens de VNG);\n\n"
              "• mr. Bart Ooms, directeur Wonen bij het ministerie van BZK;\n\n"
              "• prof. dr. Ilse Meeuwsen, decaan van de faculteit.\n")


def test_the_items_under_het_bestaat_uit_are_the_members_of_the_body_the_sentence_before_names():
    found = facts(CURATORIUM, "2025-10-01")
    assert ("Wilma Ruitenbeek-Haas", "hasRole", "curatorium", "voorzitter") in found
    assert ("Wilma Ruitenbeek-Haas", "affiliatedWith", "VNG", None) in found  # "namens de VNG"
    assert ("Bart Ooms", "hasRole", "curatorium", "lid") in found
    assert ("Ilse Meeuwsen", "hasRole", "curatorium", "lid") in found
    assert ("Wilma Ruitenbeek-Haas", "hasRole", "Zutphen", "burgemeester") in found  # the apposition as before


def test_a_pronoun_lead_after_a_sentence_about_no_body_of_members_states_no_membership():
    parts = CURATORIUM.replace("Een curatorium ziet toe op de leerstoel.", "Het programma loopt tot 2028.")
    found = facts(parts, "2025-10-01")
    assert not any(p == "hasRole" and r == "lid" for _s, p, _o, r in found)
    assert "curatorium" not in mentions(parts, "OrganisationalUnit", "2025-10-01")
    counted = CURATORIUM.replace("Het bestaat uit:", "Het bestaat uit drie leden, onder wie:")
    assert not any(o == "curatorium" for _s, _p, o, _r in facts(counted, "2025-10-01"))


# --- "het voorstel" and the "Het" after it; the pilot towns of the passage's programme -------------------------------

BID = ("Met deze brief steunt het Stedennetwerk G40 het voorstel ‘Groen Vakmanschap Oost’, dat een consortium onder "
       "penvoerderschap van de MBO Raad indient bij het Nationaal Groeifonds.\n\n"
       "Het voorstel wil in vier jaar 2.000 installateurs opleiden. Het is ontwikkeld met Techniek Nederland en de "
       "FNV, en in overleg met de ministeries van OCW en SZW. Deventer, Ede en Venlo zijn de drie pilotsteden; zij "
       "sloten elk een leerwerkakkoord.\n")


def test_het_voorstel_and_the_het_after_it_are_the_proposal_named_before():
    found = facts(BID, "2023-09-14")
    for partner in ("FNV", "OCW", "SZW"):
        assert (partner, "participatesIn", "Groen Vakmanschap Oost", None) in found
    assert not any(s == "Nationaal Groeifonds" and p == "collaboratesWith" for s, p, _o, _r in found)


def test_the_towns_a_sentence_calls_the_pilot_towns_take_part_in_the_passages_programme():
    found = facts(BID, "2023-09-14")
    for town in ("Deventer", "Ede", "Venlo"):
        assert (town, "participatesIn", "Groen Vakmanschap Oost", None) in found
    named = "De City Deal Zon is in 2024 gestart. De pilotgemeenten van de City Deal Zon zijn Zwolle en Tiel."
    assert {("Zwolle", "participatesIn", "City Deal Zon", None), ("Tiel", "participatesIn", "City Deal Zon", None)} <= facts(named)


def test_an_expletive_het_a_list_with_no_towns_only_or_a_passage_without_a_programme_state_no_part():
    expletive = BID.replace("Het is ontwikkeld met", "Het is belangrijk dat")
    assert not any(s in ("FNV", "OCW") and o == "Groen Vakmanschap Oost" for s, _p, o, _r in facts(expletive, "2023-09-14"))
    mixed = BID.replace("Deventer, Ede en Venlo zijn", "Deventer, de VNG en Venlo zijn")
    assert not any(s == "Deventer" and o == "Groen Vakmanschap Oost" for s, _p, o, _r in facts(mixed, "2023-09-14"))
    unrelated = "De raad vergaderde op 3 maart. Ede en Tiel zijn de pilotsteden; zij beginnen in mei."
    assert not any(p == "participatesIn" for _s, p, _o, _r in facts(unrelated))


# --- "De commissie stond onder voorzitterschap van X": a chair of a body that did its work -------------------------

def test_a_chair_told_with_stond_onder_voorzitterschap_is_past_and_staat_onder_is_today():
    told = "De Commissie Waterbeheer werd in 2021 ingesteld. De commissie stond onder voorzitterschap van Eva Smit."
    assert ("Eva Smit", "De commissie", "voorzitter", True, None, None) in dated_relations(told, "2025-01-01")
    today = told.replace("stond onder", "staat onder")
    assert ("Eva Smit", "De commissie", "voorzitter", False, None, None) in dated_relations(today, "2025-01-01")


# --- a mind map's working groups under "Werkgroepen" ------------------------------------------------------------------

MIND_MAP = ("# Wijkaanpak Noord (Ede) – netwerkkaart\n\n"
            "- **Programma Wijkaanpak Noord**\n"
            "  - Opdrachtgever\n"
            "    - Gemeente Ede\n"
            "      - programmamanager: Joris Kampman\n"
            "  - Werkgroepen\n"
            "    - Schoon en Heel\n"
            "      - trekker: M. Verhoef\n"
            "      - met Stadswerk Ede\n"
            "    - Jeugd & Sport\n"
            "      - trekker: Sanne Bakkum\n"
            "      - Stichting Sportief Ede schuift aan\n"
            "  - Open punten\n"
            "    - Begroting Noord\n")


def test_the_items_under_werkgroepen_in_a_mind_map_are_groups_of_its_programme(tmp_path):
    found = facts(read(tmp_path, "netwerkkaart.md", MIND_MAP).text, "2025-03-01")
    programme = "Programma Wijkaanpak Noord"
    assert ("Schoon en Heel", "partOf", programme, None) in found
    assert ("Jeugd & Sport", "partOf", programme, None) in found
    assert ("M. Verhoef", "hasRole", "Schoon en Heel", "trekker") in found
    assert ("Sanne Bakkum", "hasRole", "Jeugd & Sport", "trekker") in found
    assert ("Stichting Sportief Ede", "participatesIn", "Jeugd & Sport", None) in found
    assert not any(s in ("Schoon en Heel", "Jeugd & Sport") and o == "Ede" for s, _p, o, _r in found)  # not the title's town's


def test_the_items_under_a_label_that_is_no_kind_of_unit_are_no_groups(tmp_path):
    text = read(tmp_path, "netwerkkaart.md", MIND_MAP).text
    assert "Begroting Noord" not in mentions(text, "OrganisationalUnit", "2025-03-01")
    plain = text.replace("  - Werkgroepen\n", "  - Thema's\n")
    assert "Schoon en Heel" not in mentions(plain, "OrganisationalUnit", "2025-03-01")


# --- a workspace page: the bare "Lid" of a member whose role in the team the page names -------------------------------

WORKSPACE = ("Microsoft Teams › Team beheren › Leden\nTeam: G40 | Themagroep Klimaatadaptatie\n"
             "Privé · 3 leden en gasten\n\nOver dit team\n"
             "Werkruimte van de G40-themagroep Klimaatadaptatie. Bestuurlijk trekker: wethouder Fleur Hendriks (Helmond).\n\n"
             "Leden en gasten (2)\n"
             "Naam                    Titel                                   Organisatie                        Rol\n"
             "Fleur Hendriks          Wethouder Klimaat                       Gemeente Helmond                   Lid\n"
             "Sem Olthof              Wethouder Water                         Gemeente Deventer                  Lid\n")


def test_a_member_rows_lid_gives_way_to_the_role_in_the_team_the_page_names(tmp_path):
    found = facts(read(tmp_path, "leden.txt", WORKSPACE).text, "2026-01-15")
    team = "Themagroep Klimaatadaptatie"
    assert ("Fleur Hendriks", "hasRole", team, "trekker") in found
    assert ("Fleur Hendriks", "hasRole", team, "lid") not in found
    assert ("Sem Olthof", "hasRole", team, "lid") in found  # no other role named: the seat stays


# --- "het consortium" behind the bid; a leader's title after "geleid door" dated by its sentence --------------------

CONSORTIUM = ("Wij steunen het voorstel ‘Groen Vakmanschap Oost’, dat een consortium onder penvoerderschap van de MBO Raad "
              "indient. Het consortium wordt sinds januari 2023 geleid door kwartiermaker Joost Verbrugge.\n")


def test_het_consortium_that_submits_the_proposal_is_the_proposals_programme_and_its_leader_is_dated():
    assert ("Joost Verbrugge", "hasRole", "Groen Vakmanschap Oost", "kwartiermaker") in facts(CONSORTIUM, "2023-09-14")
    assert ("Joost Verbrugge", "Het consortium", "kwartiermaker", False, "2023-01-01", None) in \
        dated_relations(CONSORTIUM, "2023-09-14")
    other = CONSORTIUM.replace(", dat een consortium onder penvoerderschap van de MBO Raad indient", " van de MBO Raad")
    assert ("Joost Verbrugge", "hasRole", "Groen Vakmanschap Oost", "kwartiermaker") not in facts(other, "2023-09-14")


def test_a_title_before_a_name_elsewhere_takes_no_time_of_the_sentence():
    text = "Het Programma Groene Wijken ging in 2021 van start. Kwartiermaker Eva Smit opende in 2023 het Programma Groene Wijken."
    assert not any(f or u for s, _o, _r, _p, f, u in dated_relations(text, "2023-09-14") if s == "Eva Smit")


def test_a_title_whose_body_follows_the_name_after_geleid_door_is_not_dated_by_the_sentence():
    text = "De Regietafel Maasdal wordt sinds 2023 voorgezeten door wethouder Bram Geurts van Venlo.\n"
    roles = {(s, o, r, f) for s, o, r, _p, f, _u in dated_relations(text, "2025-09-30")}
    assert ("Bram Geurts", "Venlo", "wethouder", None) in roles
