"""Round 50d: heldout35's genres as rules — an almanac's register blocks (invented people)."""

from __future__ import annotations

from graph.ingest import read_document
from graph.kept_breaks import kept_breaks
from graph.pdftext import unwrap_plain
from tests.extract_facts import dated_relations, facts, mentions

ALMANAC = ("ALMANAK VAN HET RIJK\n"
           "Editie 2025 - gegevens bijgewerkt tot en met 1 september 2025, met de gegevens van de ministeries en gemeenten\n\n"
           + "=" * 64 + "\n"
           "MINISTERIE VAN BINNENLANDSE ZAKEN EN KONINKRIJKSRELATIES (BZK)\n"
           "Directoraat-generaal Openbaar Bestuur en Democratische Rechtsstaat (DGOBDR)\n"
           + "-" * 64 + "\n"
           "Bezoekadres: Turfmarkt 147, 2511 DP Den Haag en dan nog een lange regel met tekst\n"
           "directeur-generaal: mr. drs. K.L. (Kees) Brouwershaven\n"
           "plaatsvervangend directeur-generaal: ir. S. (Saskia) Mollema-Dijk\n"
           "accountmanager G40 en middelgrote steden: drs. L. (Lieke) Verduin\n\n"
           "  Directie Bestuur en Financien\n"
           "    directeur: ir. P.A.M. Gerritsma a.i. (sinds 1 maart 2025)\n"
           "    plaatsvervangend directeur: drs. C. de Wolff-Hendriks\n"
           "    secretariaat: 070 426 7752\n\n"
           + "=" * 64 + "\n"
           "GEMEENTE DEVENTER (provincie Overijssel)\n"
           + "-" * 64 + "\n"
           "CBS-code 0150 - lid van het Stedennetwerk G40\n"
           "Telefoon: 14 0570 | www.deventer.nl\n\n"
           "College van burgemeester en wethouders\n"
           "burgemeester: drs. W.F. (Wilma) Terhorst (sinds 12 september 2022)\n"
           "wethouder: R. (Ruud) Kamphorst, eerste locoburgemeester\n"
           "  portefeuille: financien, economie, binnenstad en de rest van het college van Deventer\n"
           "  tevens: lid bestuurlijk overleg pijler Economie en Werk van het Stedennetwerk G40\n"
           "wethouder: J.H. (Jan Hendrik) Wolterink\n"
           "gemeentesecretaris/algemeen directeur: drs. K.M. (Karin) Abbenes\n\n"
           "Ambtelijke organisatie\n"
           "  Afdeling Werk en Inkomen\n"
           "    hoofd: M. (Marloes) ten Brinkhuis\n"
           "  Afdeling Publiekszaken\n"
           "    hoofd: vacature (tijdelijk waargenomen door R. Smeets)\n"
           "contactpersoon G40, pijler Fysiek: A. (Anouk) Brinkhorst, strategisch adviseur\n"
           + "=" * 64 + "\n")


def test_a_registers_rules_capitals_and_fields_keep_their_breaks():
    text = unwrap_plain(ALMANAC)
    assert "\nMINISTERIE VAN BINNENLANDSE ZAKEN EN KONINKRIJKSRELATIES (BZK)\n" in text, text
    assert "directeur-generaal: mr. drs. K.L. (Kees) Brouwershaven\nplaatsvervangend" in text, text
    assert "    plaatsvervangend directeur: drs. C. de Wolff-Hendriks\n    secretariaat:" in text, text


def test_kept_breaks_leave_a_running_field_to_the_unwrapping():
    lines = ["Aanwezig: Jan Smit (Breda), Piet Kok (Ede), Kees Bos (Oss), Anna de Wit (Delft),",
             "Mark Vos (Zwolle)", "-" * 20]
    assert kept_breaks(lines) == {1}


def test_two_given_names_in_brackets_after_initials_are_the_persons():
    assert mentions("wethouder: J.H. (Jan Hendrik) Wolterink", "Person") == ["J.H. (Jan Hendrik) Wolterink"]


def test_a_register_blocks_fields_give_roles_in_the_body_and_its_indented_units(tmp_path):
    path = tmp_path / "almanak.txt"
    path.write_text(ALMANAC, encoding="utf-8")
    text = read_document(path).text
    found = facts(text, date="2025-09-01")
    dg = "Directoraat-Generaal Openbaar Bestuur en Democratische Rechtsstaat"
    assert {("Kees Brouwershaven", "hasRole", dg, "directeur-generaal"),
            ("Saskia Mollema-Dijk", "hasRole", dg, "plaatsvervangend directeur-generaal"),
            ("Lieke Verduin", "hasRole", "G40", "accountmanager"),
            ("Lieke Verduin", "affiliatedWith", dg, None),
            ("Directie Bestuur en Financien", "partOf", dg, None),
            ("P.A.M. Gerritsma", "hasRole", "Directie Bestuur en Financien", "directeur"),
            ("C. de Wolff-Hendriks", "hasRole", "Directie Bestuur en Financien", "plaatsvervangend directeur"),
            ("Deventer", "participatesIn", "G40", None),
            ("Wilma Terhorst", "hasRole", "Deventer", "burgemeester"),
            ("Ruud Kamphorst", "hasRole", "Deventer", "wethouder"),
            ("Ruud Kamphorst", "participatesIn", "Pijler Economie en Werk", None),
            ("Jan Hendrik Wolterink", "hasRole", "Deventer", "wethouder"),
            ("Karin Abbenes", "hasRole", "Deventer", "gemeentesecretaris"),
            ("Afdeling Werk en Inkomen", "partOf", "Deventer", None),
            ("Afdeling Publiekszaken", "partOf", "Deventer", None),
            ("Marloes ten Brinkhuis", "hasRole", "Afdeling Werk en Inkomen", "hoofd"),
            ("Anouk Brinkhorst", "contactFor", "Pijler Fysiek", None),
            ("Anouk Brinkhorst", "hasRole", "Deventer", "strategisch adviseur")} <= found, found
    assert ("Directie Bestuur en Financien", "partOf", "BZK", None) not in found
    assert not {f for f in found if f[0] in ("R. Smeets", "Smeets")}, found  # a vacancy names no one
    dated = dated_relations(text, "2025-09-01")
    assert ("P.A.M. Gerritsma", "Directie Bestuur en Financien", "directeur", False, "2025-03-01", None) in dated
    assert ("W.F. (Wilma) Terhorst", "DEVENTER", "burgemeester", False, "2022-09-12", None) in dated


OFFICE_LIST = ("<html><body><h1>Lijst van burgemeesters van Deventer</h1>\n"
               "<p>Dit is een lijst van burgemeesters van de gemeente Deventer.</p>\n<h2>Burgemeesters</h2>\n"
               "<table><tr><th>Naam</th><th>Van</th><th>Tot</th><th>Opmerkingen</th></tr>\n"
               "<tr><td>Gerrit Jan Wesselink</td><td>1 mei 1946</td><td>1 januari 1963</td><td></td></tr>\n"
               "<tr><td>Albertus (Bert) Nijenhof</td><td>1 januari 1963</td><td>1 juli 1979</td><td>waarnemend</td></tr>\n"
               "<tr><td>Ineke Wolters-Oude Veldkamp</td><td>1 juli 1979</td><td>heden</td><td>eerste vrouw</td></tr>\n"
               "</table></body></html>\n")


def test_a_list_of_office_holders_gives_each_their_term_and_predecessor(tmp_path):
    path = tmp_path / "lijst-van-burgemeesters.html"
    path.write_text(OFFICE_LIST, encoding="utf-8")
    text = read_document(path).text
    assert {("Gerrit Jan Wesselink", "Deventer", "burgemeester", True, "1946-05-01", "1963-01-01"),
            ("Albertus (Bert) Nijenhof", "Deventer", "waarnemend burgemeester", True, "1963-01-01", "1979-07-01"),
            ("Ineke Wolters-Oude Veldkamp", "Deventer", "burgemeester", False, "1979-07-01", None)
            } <= dated_relations(text, "2026-05-14"), dated_relations(text, "2026-05-14")
    succeeded = dated_relations(text, "2026-05-14", "succeeded")
    assert {(a, b) for a, b, *_ in succeeded} == {("Albertus (Bert) Nijenhof", "Gerrit Jan Wesselink"),
                                                  ("Ineke Wolters-Oude Veldkamp", "Albertus (Bert) Nijenhof")}


def test_a_table_without_an_office_heading_gives_no_office():
    text = "Deelnemers\n\n| Naam | Van | Tot |\n|---|---|---|\n| Jan Kok | 1 mei 1946 | 1 januari 1963 |\n"
    assert not {r for r in dated_relations(text, "2026-01-01") if r[0] == "Jan Kok"}


LOBBY = ("# Lobbyagenda gemeente Breda 2026\n\n"
         "Breda is lid van het Stedennetwerk G40. Per dossier staan hieronder de trekkers.\n\n"
         "## 1. Betaalbaar wonen\n"
         "- **Bestuurlijk trekker:** wethouder Hanna Wijnberg (wonen, energie)\n"
         "- **Ambtelijk trekker:** Jelmer Posthuma, programmamanager Wonen\n"
         "- **Rijkspartner:** ministerie van BZK\n"
         "- **Bondgenoten:** Tilburg, de provincie Noord-Brabant en de pijler Fysiek van de G40\n\n"
         "## 2. Ondermijning (in voorbereiding)\n"
         "- **Bestuurlijk trekker:** nog niet aangewezen\n"
         "- **Rijkspartner:** ministerie van JenV (eerste verkennend gesprek gepland)\n")


def test_a_lobbyagendas_dossiers_their_trekkers_and_partners(tmp_path):
    path = tmp_path / "lobbyagenda.md"
    path.write_text(LOBBY, encoding="utf-8")
    found = facts(read_document(path).text, date="2026-03-10")
    assert {("Hanna Wijnberg", "hasRole", "Betaalbaar wonen", "trekker"),
            ("Jelmer Posthuma", "hasRole", "Betaalbaar wonen", "trekker"),
            ("Hanna Wijnberg", "hasRole", "Breda", "wethouder"),
            ("Jelmer Posthuma", "affiliatedWith", "Breda", None),
            ("Breda", "collaboratesWith", "BZK", None),
            ("Breda", "collaboratesWith", "Tilburg", None),
            ("Breda", "collaboratesWith", "Noord-Brabant", None),
            ("Breda", "collaboratesWith", "Pijler Fysiek", None)} <= found, found
    assert ("Breda", "collaboratesWith", "G40", None) not in found  # the pijler's G40
    assert ("Breda", "collaboratesWith", "JenV", None) not in found  # a talk only planned
    assert "Ondermijning" in mentions(read_document(path).text, "Programme")


def test_a_vertrouwenscommissie_named_by_its_kind_has_its_chair():
    text = ("Gemeente Epe benoemt burgemeester\n\nDe aanbeveling was voorbereid door de vertrouwenscommissie "
            "onder voorzitterschap van raadslid Gerrit-Jan Koolman. Vicevoorzitter was raadslid Sabine Ouwerling.")
    found = facts(text, date="2024-11-22")
    assert {("Gerrit-Jan Koolman", "hasRole", "vertrouwenscommissie", "voorzitter"),
            ("Sabine Ouwerling", "hasRole", "vertrouwenscommissie", "vicevoorzitter")} <= found, found
    assert mentions("De Vertrouwenscommissie Epe en de commissie Welzijn.", "OrganisationalUnit") != ["Vertrouwenscommissie"]


README = ("# Buurtwijzer\n\n**Buurtwijzer** is een open source dashboard voor wijkgericht werken.\n\n"
          "Het project werd in 2021 gestart door **Breda** en **Ede**.\n\n## Deelnemende gemeenten\n\n"
          "| gemeente | maintainer | functie |\n|---|---|---|\n| Breda | Joris van den Hoek | lead developer |\n"
          "| Zwolle | Thijs Oosterveld | front-end developer |\n")


def test_a_readmes_project_is_the_title_it_introduces(tmp_path):
    path = tmp_path / "readme.md"
    path.write_text(README, encoding="utf-8")
    text = read_document(path).text
    assert mentions(text, "Programme")[:2] == ["Buurtwijzer", "Buurtwijzer"]
    found = facts(text, date="2025-09-18")
    assert {("Breda", "initiated", "Buurtwijzer", None), ("Ede", "initiated", "Buurtwijzer", None),
            ("Zwolle", "participatesIn", "Buurtwijzer", None)} <= found, found
    assert mentions("# Buurtwijzer\n\nBuurtwijzer is een mooie wijk in Breda.", "Programme") == []
