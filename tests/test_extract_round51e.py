"""Round 51e: heldout36's genres as rules — unit lines with their office fields (invented people)."""

from __future__ import annotations

from tests.extract_facts import dated_relations, facts, mentions

MINISTRY_PAGE = ("Organisatie ministerie van SZW\n\n"
                 "Directoraat-generaal Werk (DGW)\n\n"
                 "Het DGW werkt aan een wendbare arbeidsmarkt.\n\n"
                 "Directeur-generaal: drs. T.J. (Tessa) Brouwerij\n\n"
                 "Directies\n\n"
                 "• Directie Arbeidsmarkt – directeur: G. (Gerrit) Olthof; plv. directeur: N. (Nadia) Bakkali\n\n"
                 "• Directie Inkomen – directeur: vacature; waarnemend: P. (Pepijn) Stokvis\n\n"
                 "• Directie Participatie – directeur a.i.: M. (Mirthe) Zwanenburg\n")


def test_a_ministry_pages_units_their_heads_and_parents():
    found = facts(MINISTRY_PAGE, date="2025-03-01")
    assert {("Tessa Brouwerij", "hasRole", "Directoraat-Generaal Werk", "directeur-generaal"),
            ("Gerrit Olthof", "hasRole", "Directie Arbeidsmarkt", "directeur"),
            ("Nadia Bakkali", "hasRole", "Directie Arbeidsmarkt", "plaatsvervangend directeur"),
            ("Pepijn Stokvis", "hasRole", "Directie Inkomen", "waarnemend directeur"),
            ("Mirthe Zwanenburg", "hasRole", "Directie Participatie", "directeur a.i."),
            ("Directie Arbeidsmarkt", "partOf", "Directoraat-Generaal Werk", None),
            ("Directie Inkomen", "partOf", "Directoraat-Generaal Werk", None)} <= found
    assert not any(f[0] == "Directie Arbeidsmarkt" and f[2] == "SZW" for f in found)  # its DG's, not the ministry's


COMMITTEES = ("Vereniging van Nederlandse Gemeenten\n\n"
              "Geachte leden,\n\nHieronder de nieuwe samenstelling van twee commissies.\n\n"
              "A. Commissie Zorg en Jeugd\n"
              "   voorzitter: Hidde Wolters, wethouder Deventer (tot 1 maart 2023;\n"
              "   hij wordt opgevolgd door Fenna Brakel, wethouder Emmen)\n"
              "   namens G4: Orlando Veenstra, wethouder Rotterdam\n\n"
              "B. Commissie Financien\n"
              "   wethouder: Sietse Koning\n"
              "   namens G40: Anouk Terpstra, burgemeester Oss\n")


def test_a_committees_chair_members_on_behalf_of_a_network_and_the_chairs_successor():
    found = facts(COMMITTEES.replace("A. ", "1. ").replace("B. ", "2. "), date="2022-10-01")
    assert {("Commissie Zorg en Jeugd", "partOf", "VNG", None),
            ("Hidde Wolters", "hasRole", "Commissie Zorg en Jeugd", "voorzitter"),
            ("Fenna Brakel", "hasRole", "Commissie Zorg en Jeugd", "voorzitter"),
            ("Fenna Brakel", "succeeded", "Hidde Wolters", None),
            ("Orlando Veenstra", "hasRole", "Commissie Zorg en Jeugd", "lid"),
            ("Orlando Veenstra", "affiliatedWith", "G4", None),
            ("Anouk Terpstra", "hasRole", "Commissie Financien", "lid"),
            ("Anouk Terpstra", "affiliatedWith", "G40", None)} <= found
    assert not any(f[0] == "Sietse Koning" and f[2] == "Commissie Financien" for f in found)  # a town's office


def test_a_successor_in_a_fields_bracket_takes_over_the_day_after():
    dated = dated_relations(COMMITTEES.replace("A. ", "1. ").replace("B. ", "2. "), "2022-10-01")
    assert ("Hidde Wolters", "Commissie Zorg en Jeugd", "voorzitter", False, None, "2023-02-28") in dated
    assert ("Fenna Brakel", "Commissie Zorg en Jeugd", "voorzitter", False, "2023-03-01", None) in dated


GUIDE = ("GEMEENTE TILBURG - TELEFOONGIDS ORGANISATIE\n"
         "editie 2 - juni 2024\n\n"
         "A. DIRECTIE\n"
         "Gemeentesecretaris ..................... Ruben Hoogstraten\n"
         "Directeur Dienstverlening .............. Anna Verbrugge (a.i.)\n\n"
         "B. DIRECTIES EN AFDELINGEN\n"
         "DIRECTIE OMGEVING  (portefeuillehouder: burgemeester)\n"
         "  - Afd. Groen en Water ................. manager: Peter Biemans\n"
         "  - Programma Sterke Kernen Oss ......... programmamanager: Dewi Lammers\n"
         "  - Team Vergunningen ................... teamleider: Sjoerd Peeters\n")


def test_an_organisation_guides_leader_lines_give_offices_units_and_parents():
    found = facts(GUIDE, date="2024-06-01")
    assert {("Ruben Hoogstraten", "hasRole", "Tilburg", "gemeentesecretaris"),
            ("Anna Verbrugge", "hasRole", "Tilburg", "directeur a.i."),
            ("Peter Biemans", "hasRole", "Afd. Groen en Water", "manager"),
            ("Dewi Lammers", "hasRole", "Programma Sterke Kernen Oss", "programmamanager"),
            ("Sjoerd Peeters", "hasRole", "Team Vergunningen", "teamleider"),
            ("Afd. Groen en Water", "partOf", "Directie OMGEVING", None),
            ("Directie OMGEVING", "partOf", "Tilburg", None)} <= found


def test_an_item_names_its_unit_up_to_the_leader():
    assert mentions(GUIDE, "OrganisationalUnit", date="2024-06-01")[-3:] == [
        "DIRECTIE OMGEVING", "Afd. Groen en Water", "Team Vergunningen"]
    assert "Programma Sterke Kernen Oss" in mentions(GUIDE, "Programme", date="2024-06-01")
