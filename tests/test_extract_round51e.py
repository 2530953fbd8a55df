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


def test_a_unit_line_without_holders_is_placed_nowhere():
    abolished = COMMITTEES + "\nC. Commissie Cultuur\nDeze commissie is opgeheven.\n\nContactpersoon voor deze brief: Karel Mulder\n"
    found = facts(abolished, date="2022-10-01")
    assert not any(f[0] == "Commissie Cultuur" for f in found)
    assert not any(f[0] == "Karel Mulder" and f[2] == "Commissie Cultuur" for f in found)


NETWORKS = ("GEMEENTE ALMELO - INTRANET ORGANISATIE\n\n"
            "3. EXTERNE NETWERKEN\n"
            "Netwerk                          Bestuurlijk            Ambtelijk\n"
            "G40 Stedennetwerk                wth. Rutten            Thomas Wessels\n"
            "  - G40 pijler Sociaal           wth. Rutten            Esther Kuipers\n"
            "Regio Deal Twente                burgemeester           Thomas Wessels\n"
            "Stedenoverleg Twente (Almelo,\n"
            "  Enschede, Hengelo)             burgemeester           Gerard Nijland\n\n"
            "Toelichting: de ambtelijk accounthouder is het eerste aanspreekpunt.\n")


def test_a_padded_table_keeps_its_indented_and_wrapped_first_cells():
    from graph.plain_tables import markdown_tables
    table = markdown_tables(NETWORKS)
    assert "| G40 pijler Sociaal | wth. Rutten | Esther Kuipers |" in table
    assert "| Stedenoverleg Twente (Almelo, Enschede, Hengelo) | burgemeester | Gerard Nijland |" in table


def test_a_towns_table_of_networks_gives_its_networks_contacts_and_members(tmp_path):
    from graph.ingest import read_document
    path = tmp_path / "intranet-almelo.txt"
    path.write_text(NETWORKS, encoding="utf-8")
    document = read_document(path)
    found = facts(document.text, date="2024-06-01")
    assert {("Almelo", "participatesIn", "G40", None),
            ("Almelo", "participatesIn", "Regio Deal Twente", None),
            ("Almelo", "participatesIn", "Stedenoverleg Twente", None),
            ("Enschede", "participatesIn", "Stedenoverleg Twente", None),
            ("Hengelo", "participatesIn", "Stedenoverleg Twente", None),
            ("Thomas Wessels", "contactFor", "G40", None),
            ("Thomas Wessels", "contactFor", "Regio Deal Twente", None),
            ("Esther Kuipers", "contactFor", "Pijler Sociaal", None),
            ("Gerard Nijland", "contactFor", "Stedenoverleg Twente", None)} <= found
    assert ("Almelo", "participatesIn", "Pijler Sociaal", None) not in found  # a unit of the G40, not a network


PARTNERS_PAGE = ("<html><head><title>Partners - Programma Groene Daken</title></head><body>"
                 "<h1>Partners - Programma Groene Daken</h1><p>Het Programma Groene Daken verbindt steden.</p>"
                 "<h2>Initiatiefnemers</h2><div class='logos'><img src='/img/a.png' alt='Logo gemeente Deventer'>"
                 "<p>Gemeente Deventer (penvoerder)</p></div>"
                 "<h2>Aangesloten steden</h2><div class='logos'><img src='/img/b.png' alt='gemeente Breda logo'>"
                 "<img src='/logos/ede.png' alt='Gemeente Ede'><img src='/logos/x.png' alt=''></div>"
                 "<h2>Kennispartners</h2><div class='logos'><img src='/logos/y.png' alt='Stichting Onbekend Dak'>"
                 "<img src='/logos/tno.png' alt='Logo TNO'></div>"
                 "<h2>Team</h2><p>Eva Smit<br>programmamanager</p>"
                 "<p><img src='/img/dak.jpg' alt='Foto van een groen dak in Leiden'></p></body></html>")


def test_a_logos_alt_text_is_its_name_on_the_page(tmp_path):
    from graph.ingest import read_document
    path = tmp_path / "partners.html"
    path.write_text(PARTNERS_PAGE, encoding="utf-8")
    text = read_document(path).text
    assert "\nGemeente Ede\n" in text and "\nTNO\n" in text and "gemeente Breda\n" in text
    assert "Leiden" not in text  # a photo is no logo


def test_a_partners_pages_groups_take_part_in_what_the_page_is_about(tmp_path):
    from graph.ingest import read_document
    path = tmp_path / "partners.html"
    path.write_text(PARTNERS_PAGE, encoding="utf-8")
    found = facts(read_document(path).text, date="2023-05-01")
    assert {("Deventer", "initiated", "Programma Groene Daken", None),
            ("Programma Groene Daken", "ledBy", "Deventer", None),
            ("Breda", "participatesIn", "Programma Groene Daken", None),
            ("Ede", "participatesIn", "Programma Groene Daken", None),
            ("TNO", "participatesIn", "Programma Groene Daken", None)} <= found


BOARD_PAGE = ("ANBI-gegevens | Stichting Stadsnatuur Nederland\n\n"
              "Naam: Stichting Stadsnatuur Nederland\n\n"
              "Bestuur\n\n"
              "| Functie | Naam | Namens | Sinds |\n|---|---|---|---|\n"
              "| voorzitter | ir. Sanne de Graaf | G40 (wethouder Groen gemeente Zwolle) | 2022 |\n"
              "| penningmeester | Pieter Mulder | Platform31 | 2019 |\n"
              "| lid | vacature | – | – |\n")


def test_a_board_table_gives_functions_years_and_whom_each_member_represents():
    found = facts(BOARD_PAGE, date="2025-06-01")
    assert {("Sanne de Graaf", "hasRole", "Stichting Stadsnatuur Nederland", "voorzitter"),
            ("Sanne de Graaf", "affiliatedWith", "G40", None),
            ("Sanne de Graaf", "hasRole", "Zwolle", "wethouder"),
            ("Pieter Mulder", "hasRole", "Stichting Stadsnatuur Nederland", "penningmeester"),
            ("Pieter Mulder", "affiliatedWith", "Platform31", None)} <= found
    dated = dated_relations(BOARD_PAGE, "2025-06-01")
    assert ("Pieter Mulder", "Stichting Stadsnatuur Nederland", "penningmeester", False, "2019-01-01", None) in dated


def test_a_collaboration_placed_in_a_programme_makes_all_its_partners():
    found = facts("De raad leest dat in de Regio Deal Achterhoek de gemeenten Doetinchem en Winterswijk "
                  "samenwerken met de provincie Gelderland en Saxion.", date="2024-04-01")
    assert {("Doetinchem", "participatesIn", "Regio Deal Achterhoek", None),
            ("Winterswijk", "participatesIn", "Regio Deal Achterhoek", None),
            ("Gelderland", "participatesIn", "Regio Deal Achterhoek", None)} <= found
    assert ("Doetinchem", "collaboratesWith", "Gelderland", None) in found  # and they work together in it


def test_a_colon_list_after_waarin_names_what_the_actor_takes_part_in():
    found = facts("Wij danken u voor de notitie over de verbanden waarin Zwolle deelneemt: het Stedennetwerk G40, "
                  "Platform31 en de Regio Deal Vechtdal.", date="2023-06-01")
    assert {("Zwolle", "participatesIn", "G40", None), ("Zwolle", "participatesIn", "Platform31", None),
            ("Zwolle", "participatesIn", "Regio Deal Vechtdal", None)} <= found
    assert ("Platform31", "participatesIn", "Regio Deal Vechtdal", None) not in found


def test_a_markdown_signatures_non_breaking_spaces_keep_its_two_columns(tmp_path):
    from graph.ingest import read_document
    path = tmp_path / "reactie.md"
    path.write_text("# Bestuurlijke reactie\n\nWij stemmen in.\n\nMet vriendelijke groet,\n"
                    "het college van burgemeester en wethouders van Zwolle,\n\n"
                    "de secretaris,&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;de burgemeester,\n"
                    "mr. P.J. Veldhuis&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;H.W. (Hein) Dijkstra\n", encoding="utf-8")
    found = facts(read_document(path).text, date="2023-06-01")
    assert {("P.J. Veldhuis", "hasRole", "Zwolle", "secretaris"),
            ("Hein Dijkstra", "hasRole", "Zwolle", "burgemeester")} <= found
