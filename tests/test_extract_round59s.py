"""Round 59s: heldout43's, heldout42's and heldout41's rest (invented text, invented bodies and people).

A member poll's bare "Rol" column whose body a note above the table names ("Achter de naam staat de rol in de
themagroep"); "agendalid" as a role word; a title-case name ending in a compound of "regio" ("Themagroep
Arbeidsmarkt in de Grensregio"); a role told without its body in a section headed by a unit's name ("2. Team
Binnensteden" over "X is per 1 juli 2024 teamleider a.i."). Each rule has a case that fires and a near miss it
must leave alone.
"""

from __future__ import annotations

from functools import lru_cache

from tests.extract_facts import dated_relations, mentions


@lru_cache(maxsize=None)
def dated(text: str, predicate: str, date: str = "2025-10-14") -> frozenset:
    """(subject, object, role, past, from, until) of ``text``'s ``predicate`` relations, extracted once."""
    return frozenset(dated_relations(text, date, predicate))


def _pairs(text: str, predicate: str) -> set[tuple[str, str]]:
    return {(s, o) for s, o, *_ in dated(text, predicate)}


def _roles(text: str) -> set[tuple[str, str, str]]:
    return {(s, o, role) for s, o, role, *_ in dated(text, "hasRole")}


# --- a bare "Rol" column and the note above the table ----------------------------------------------------------------

_POLL = ("Van: Eva Smit\nAan: leden Werkgroep Groene Daken\nOnderwerp: uitslag peiling\n\n"
         "Beste leden van de Werkgroep Groene Daken,\n\nHieronder de uitslag van de peiling. {note}\n\n"
         "| Naam | Gemeente / organisatie | Rol | ma 4 mei | di 5 mei |\n|---|---|---|---|---|\n"
         "| Jan Bos | Breda | trekker (wethouder Wonen) | ja | nee |\n"
         "| Kees Kok | Zwolle | lid (wethouder Zorg) | nee | ja |\n"
         "| Lisa Mol | ministerie van BZK | agendalid (beleidsmedewerker) | ja | ja |\n")


def test_a_note_above_a_bare_role_column_names_the_body_of_its_roles():
    roles = _roles(_POLL.format(note="Achter de naam staat de rol in de werkgroep."))
    held = {(s, role) for s, o, role in roles if "erkgroep" in o}
    assert held == {("Jan Bos", "trekker"), ("Kees Kok", "lid"), ("Lisa Mol", "agendalid")}, roles
    assert ("Jan Bos", "Breda", "wethouder") in roles  # the bracket's office stays where it was


def test_a_note_that_names_no_body_gives_the_column_no_body():
    for note in ("Achter de naam staat de functie.", "Achter de naam staat de rol in het gesprek."):
        roles = _roles(_POLL.format(note=note))
        assert not {r for r in roles if "erkgroep" in r[1]}, (note, roles)


def test_a_note_two_sentences_away_or_in_another_section_names_nothing():
    far = _POLL.format(note="Achter de naam staat de rol in de werkgroep. Dank voor het invullen. Er waren drie data.")
    other = _POLL.replace("{note}", "Achter de naam staat de rol in de werkgroep.\n\nUitslag van de peiling\n")
    for text in (far, other):
        assert not {r for r in _roles(text) if "erkgroep" in r[1]}, text


def test_agendalid_is_a_role_word():
    text = "Lisa Mol is agendalid van de Werkgroep Groene Daken.\n"
    assert ("Lisa Mol", "Werkgroep Groene Daken", "agendalid") in _roles(text)


# --- "in de Grensregio" closes a title-case name ----------------------------------------------------------------------

def test_a_compound_of_regio_after_in_de_closes_the_name():
    text = "Zij is trekker van de themagroep Zorg in de Grensregio, samen met wethouder Jan Bos van Venlo.\n"
    assert mentions(text, "OrganisationalUnit") == ["themagroep Zorg in de Grensregio"]


def test_a_named_region_after_in_de_stays_out_of_the_name():
    for text in ("De themagroep Zorg in de Metropoolregio Eindhoven vergaderde.\n",
                 "De themagroep Zorg in de Regio Twente vergaderde.\n"):
        assert mentions(text, "OrganisationalUnit") == ["themagroep Zorg"], text


# --- a role in a section headed by a unit's name ----------------------------------------------------------------------

_MAIL = ("Beste partners,\n\nHieronder de wijzigingen in onze organisatie.\n\n"
         "1. Directie Stedelijke Economie\nOnze directie blijft bij EZ. Eva Smit is per 1 juli 2024 plaatsvervangend "
         "directeur a.i.\n\n"
         "2. Team Winkelstraten\nJan Bos was tot 1 juli teamleider; Kees Kok volgt hem op als teamleider a.i.\n\n"
         "3. Samenwerking met de G40\nLisa Mol is per 1 juli 2024 accounthouder.\n")


def test_a_role_without_a_body_is_held_in_the_unit_of_the_section_heading():
    found = {(s, o, role, past, start, end) for s, o, role, past, start, end in dated(_MAIL, "hasRole", "2024-07-03")}
    assert ("Eva Smit", "Directie Stedelijke Economie", "plaatsvervangend directeur", False, "2024-07-01", None) in found
    assert ("Jan Bos", "Team Winkelstraten", "teamleider", True, None, "2024-06-30") in found
    assert ("Kees Kok", "Team Winkelstraten", "teamleider", False, None, None) in found \
        or any(f[:3] == ("Kees Kok", "Team Winkelstraten", "teamleider") for f in found), found


def test_a_heading_that_is_no_unit_or_a_role_with_its_own_body_gives_nothing():
    roles = _roles(_MAIL)
    assert not {r for r in roles if r[0] == "Lisa Mol"}, roles  # "Samenwerking met de G40" names no unit
    text = "Beste partners,\n\n1. Team Winkelstraten\nJan Bos is per 1 juli 2024 teamleider bij de gemeente Breda.\n"
    assert ("Jan Bos", "Team Winkelstraten", "teamleider") not in _roles(text)
    first_person = "Beste partners,\n\n1. Directie Stedelijke Economie\nIk blijf directeur. Wij zijn verhuisd.\n"
    assert not {r for r in _roles(first_person) if r[1] == "Directie Stedelijke Economie"}


# --- "de pilotsteden zijn A, B en C" -----------------------------------------------------------------------------------

def test_the_pilot_towns_after_a_copula_take_part_in_the_programme():
    text = ("Het Programma Sterke Buurten is een programma van de G40 en het ministerie van VWS; de pilotsteden zijn "
            "Ede, Breda en Venlo.\n")
    assert {s for s, o in _pairs(text, "participatesIn") if o == "Programma Sterke Buurten"} >= {"Ede", "Breda", "Venlo"}


def test_pilot_towns_that_are_no_list_or_are_denied_take_no_part():
    for tail in ("De pilotsteden zijn enthousiast over Ede.", "De pilotsteden zijn niet Ede en Breda."):
        text = "Het Programma Sterke Buurten is een programma van de G40. " + tail + "\n"
        assert not {s for s, o in _pairs(text, "participatesIn") if s in ("Ede", "Breda")}, text


# --- a letter from a municipality's team ------------------------------------------------------------------------------

_LETTER = ("GEMEENTE BREDA\nTeam Vergunningen en Handhaving\nPostbus 1, 4800 AA Breda\n\nGeachte heer Bos,\n\n"
           "Uw aanvraag is verleend.\n\nHoogachtend,\n\nE. Smit\nteamleider Vergunningen en Handhaving a.i.\n")


def test_the_team_under_a_letterhead_is_part_of_the_town_and_its_head_signs_for_it():
    assert ("Team Vergunningen en Handhaving", "BREDA") in _pairs(_LETTER, "partOf")
    assert ("E. Smit", "Team Vergunningen en Handhaving", "teamleider") in _roles(_LETTER)


def test_a_team_below_the_address_or_a_role_line_naming_another_team_gives_nothing():
    lower = _LETTER.replace("Team Vergunningen en Handhaving\nPostbus 1, 4800 AA Breda\n",
                            "Postbus 1, 4800 AA Breda\nTeam Vergunningen en Handhaving\n")
    assert not {p for p in _pairs(lower, "partOf") if p[1] == "BREDA"}
    other = _LETTER.replace("teamleider Vergunningen en Handhaving a.i.", "teamleider Sport en Cultuur")
    assert not {r for r in _roles(other) if r[0] == "E. Smit" and r[1].startswith("Team")}


# --- a bid book's "wij" and its partners in bullets -------------------------------------------------------------------

_BID = ("# Bidbook Zwolle — kandidatuur gaststad Stedendag 2028\n\n{lead}\n\n"
        "- **Hogeschool Windesheim** levert studenten als gastheer.\n- **Provincie Overijssel** betaalt mee.\n")


def test_the_partners_a_bid_book_lists_work_with_its_town():
    pairs = _pairs(_BID.format(lead="Voor de Stedendag werken wij samen met vaste partners in de regio:"),
                   "collaboratesWith")
    assert {("Zwolle", "Hogeschool Windesheim"), ("Zwolle", "Overijssel")} <= pairs, pairs


def test_partners_wished_for_or_denied_or_without_a_we_are_no_partners():
    for lead in ("Voor de Stedendag willen wij graag samenwerken met partners:",
                 "Voor de Stedendag werken wij niet samen met deze partijen:"):
        pairs = _pairs(_BID.format(lead=lead), "collaboratesWith")
        assert ("Zwolle", "Hogeschool Windesheim") not in pairs, (lead, pairs)
    nobody = _BID.replace("# Bidbook Zwolle", "# Kandidatuur").format(lead="Wij werken samen met vaste partners:")
    assert not {p for p in _pairs(nobody, "collaboratesWith") if p[1] == "Hogeschool Windesheim"}


# --- "het DG viel onder VRO" ------------------------------------------------------------------------------------------

_DG = ("Eva Smit leidt het Directoraat-generaal Stad en Land van BZK. Sinds 1 maart 2026 valt haar DG weer onder BZK; "
       "van juli 2024 tot die datum viel het DG onder VRO.\n")


def test_the_one_dg_falls_under_each_ministry_for_its_period():
    found = {(s, o, past, start, end) for s, o, _, past, start, end in dated(_DG, "partOf", "2026-04-01")}
    assert ("Directoraat-generaal Stad en Land", "BZK", False, "2026-03-01", None) in found, found
    assert ("Directoraat-generaal Stad en Land", "VRO", True, "2024-07-01", "2026-02-28") in found, found


def test_two_dgs_a_denial_or_another_body_falls_under_nothing():
    two = "Het Directoraat-generaal Wonen en het Directoraat-generaal Stad van BZK. Het DG viel onder VRO.\n"
    denied = "Eva Smit leidt het Directoraat-generaal Stad en Land. Het DG viel nooit onder VRO.\n"
    team = "Eva Smit leidt het Directoraat-generaal Stad en Land. Het team viel onder VRO.\n"
    for text in (two, denied, team):
        assert not {p for p in _pairs(text, "partOf") if p[1] == "VRO"}, text


# --- "voorzitter van het ambtelijk overleg van de G40-pijler Fysiek" -------------------------------------------------

def test_the_chair_of_a_pijlers_official_overleg_chairs_the_overleg_not_the_pijler():
    text = "Eva Smit is directeur. Zij blijft daarnaast voorzitter van het ambtelijk overleg van de G40-pijler Wonen.\n"
    roles = _roles(text)
    assert ("Eva Smit", "ambtelijk overleg", "voorzitter") in roles, roles
    assert not {r for r in roles if r[1] == "pijler Wonen"}, roles
    assert ("ambtelijk overleg", "pijler Wonen") in _pairs(text, "partOf")


def test_an_overleg_of_a_town_or_without_an_owner_is_no_unit():
    for text in ("Eva Smit is voorzitter van het ambtelijk overleg van de gemeente Ede.\n",
                 "Eva Smit is voorzitter van het ambtelijk overleg.\n"):
        assert "ambtelijk overleg" not in mentions(text, "OrganisationalUnit"), text


def test_a_pijlers_meeting_without_a_role_in_it_stays_no_unit():
    text = "Het programma rapporteert aan het bestuurlijk overleg van de Pijler Economie en Werk.\n"
    assert mentions(text, "OrganisationalUnit") == ["Pijler Economie en Werk"]


# --- "volgt wethouder X op, die na zijn vertrek als wethouder is afgetreden" ------------------------------------------

def test_the_post_the_predecessor_left_is_not_passed_on_to_the_successor():
    text = ("De auditcommissie heeft drie leden.\n\n- Mevrouw Kok volgt wethouder Jan Bos (Helmond) op, die sinds 2019 "
            "lid was en na zijn vertrek als wethouder op 31 januari 2025 is afgetreden.\n")
    assert not {r for r in _roles(text) if r[0] in ("Kok", "Mevrouw Kok") and r[2] == "wethouder"}, _roles(text)


def test_a_succession_that_names_its_role_still_passes_it_on():
    text = "In Ede wordt Eva Kok als wethouder opgevolgd door Jan Smit.\n"
    assert ("Jan Smit", "Ede", "wethouder") in _roles(text)


# --- "het Leernetwerk X, dat Platform31 begeleidde" / "het Team Y, dat de Z uitvoert" ---------------------------------

def test_a_relative_clause_with_a_lead_verb_last_says_who_leads_the_programme():
    text = "Het programma bouwt voort op het Leernetwerk Groene Daken, dat Platform31 van 2021 tot en met 2024 begeleidde.\n"
    found = {(s, o, past, start, end) for s, o, _, past, start, end in dated(text, "ledBy", "2026-04-14")}
    assert found == {("Leernetwerk Groene Daken", "Platform31", True, "2021-01-01", "2024-12-31")}, found
    subject = "Het Team Winkelstraten, dat het Programma Levendige Straten uitvoert, blijft bij EZ.\n"
    assert ("Programma Levendige Straten", "Team Winkelstraten") in _pairs(subject, "ledBy"), _pairs(subject, "ledBy")


def test_a_relative_clause_with_two_names_a_denial_or_no_lead_verb_says_nothing():
    for text in ("Het programma bouwt voort op het Leernetwerk Groene Daken, dat Platform31 samen met Ede begeleidde.\n",
                 "Het programma bouwt voort op het Leernetwerk Groene Daken, dat Platform31 niet meer begeleidt.\n",
                 "Het programma bouwt voort op het Leernetwerk Groene Daken, dat Platform31 financierde.\n"):
        assert ("Leernetwerk Groene Daken", "Platform31") not in _pairs(text, "ledBy"), text


# --- "8. VNG, IPO & G40 (2024). *Titel.*" ---------------------------------------------------------------------------

def test_organisations_that_wrote_an_entry_of_a_reference_list_together_work_together():
    text = "Literatuur\n\n1. Platform31 (2023). *Stad.*\n2. VNG, IPO & G40 (2024). *Binnensteden.* Den Haag.\n"
    assert _pairs(text, "collaboratesWith") == {("VNG", "IPO"), ("VNG", "G40"), ("IPO", "G40")}


def test_a_person_among_the_authors_or_no_year_after_them_gives_no_collaboration():
    for text in ("Literatuur\n\n1. Smit, J. & VNG (2023). *Stad.*\n",
                 "Literatuur\n\n- VNG en IPO schreven in 2024 een brief.\n"):
        assert not {p for p in _pairs(text, "collaboratesWith") if "VNG" in p}, text
