"""Round 40b: roles, people and successions (hasRole, succeeded) in decisions, profiles and agendas."""

from __future__ import annotations

import pytest

from tests.extract_facts import facts


def _roles(text: str) -> set[tuple]:
    return {f for f in facts(text) if f[1] == "hasRole"}


# --- appointments in a decision: "Tot voorzitter wordt benoemd: X", "Tot leden worden benoemd:" and its items -----

_DECISION = ("Instellingsbesluit Adviescommissie Stadsnatuur\n\nArtikel 2 Samenstelling\n"
             "1. De adviescommissie Stadsnatuur bestaat uit een voorzitter en vier leden.\n"
             "2. Tot voorzitter wordt benoemd: mr. H.J. (Hanna) Verbrugge.\n"
             "3. Tot leden worden benoemd:\n"
             "a. drs. O. (Otto) Lammers, wethouder van de gemeente Zwolle, op voordracht van de G40;\n"
             "b. P. (Pim) Dekkers, directeur van Divosa.\n"
             "4. Als adviserende leden, zonder stemrecht, worden benoemd:\n"
             "a. ir. T. (Tessa) Koolhof, werkzaam bij het Ministerie van BZK.\n\n"
             "Artikel 3 Secretariaat\n"
             "1. Onze Minister voorziet in het secretariaat van de adviescommissie.\n"
             "2. Tot secretaris wordt benoemd drs. L. (Lars) Wiersma, werkzaam bij het Ministerie van BZK.\n")


def test_appointments_in_a_decision():
    found = _roles(_DECISION)
    body = "Adviescommissie Stadsnatuur"
    expected = {("Hanna Verbrugge", "hasRole", body, "voorzitter"), ("Otto Lammers", "hasRole", body, "lid"),
                ("Pim Dekkers", "hasRole", body, "lid"), ("Tessa Koolhof", "hasRole", body, "lid"),
                ("Lars Wiersma", "hasRole", body, "secretaris")}
    assert expected <= found, expected - found
    # the members' own offices stay theirs: the town, the organisation
    assert ("Otto Lammers", "hasRole", "Zwolle", "wethouder") in found, found
    assert ("Pim Dekkers", "hasRole", body, "directeur") not in found, found


@pytest.mark.parametrize("text", [
    # no body named in the section: whose chair is not said
    "Tot voorzitter wordt benoemd: mr. H.J. (Hanna) Verbrugge.",
    # an office of a town, no member of the body
    "Artikel 1\nDe adviescommissie Stadsnatuur adviseert de raad.\nTot wethouder wordt benoemd: O. (Otto) Lammers.",
    # a list under another lead: no appointment
    "Artikel 1\nDe adviescommissie Stadsnatuur bestaat uit leden.\nDe leden worden gehoord over:\na. O. (Otto) Lammers.",
])
def test_no_appointment_without_a_body_or_a_lead(text):
    assert not {f for f in _roles(text) if f[2] == "Adviescommissie Stadsnatuur"}, _roles(text)


# --- an office taken over: a pronoun after a fronted time, the one succeeded before the particle -------------

def _successions(text: str) -> set[tuple]:
    return {f[:3] for f in facts(text) if f[1] == "succeeded"}


@pytest.mark.parametrize("text, expected_roles", [
    # the pronoun after the verb, a time fronted: whom it stands for is the person of the sentence before
    ("Voorzitter van de taskforce Zorg is Noor Hakkers, wethouder van Venlo. Per 1 mei 2021 neemt zij ook het "
     "trekkerschap van de themagroep Jeugd over van Ruud Oomen.",
     {("Noor Hakkers", "hasRole", "Themagroep Jeugd", "trekker"), ("Ruud Oomen", "hasRole", "Themagroep Jeugd", "trekker")}),
    # the one succeeded between the office and its particle: "het voorzitterschap van X over"
    ("Noor Hakkers is wethouder van Venlo. Zij neemt het voorzitterschap van de heer Oomen over.", set()),
])
def test_an_office_taken_over(text, expected_roles):
    found = facts(text)
    successions = {f[:3] for f in found if f[1] == "succeeded"}
    assert len(successions) == 1 and next(iter(successions))[0] == "Noor Hakkers", successions
    assert "Oomen" in next(iter(successions))[2], successions
    assert expected_roles <= found, expected_roles - found
    # the predecessor held the office taken over, not the successor's other post
    assert not {f for f in found if "Oomen" in f[0] and f[2] == "Venlo"}, found


@pytest.mark.parametrize("text", [
    "Noor Hakkers neemt het voorzitterschap van de pijler Wonen over.",  # a body, no one succeeded
    "Noor Hakkers is wethouder. Per 1 mei neemt zij het trekkerschap niet over van Ruud Oomen.",  # denied
    "Noor Hakkers neemt het voorzitterschap van Ruud Oomen waar.",  # standing in, no succession
])
def test_no_office_taken_over(text):
    assert not _successions(text), _successions(text)


# --- a pronoun's role with "namens <place>" before it ----------------------------------------------------------

@pytest.mark.parametrize("text, expected", [
    ("Wethouder Noor Hakkers is voorzitter van de pijler Wonen. Daarnaast is zij namens Venlo lid van het "
     "algemeen bestuur van de VNG.", ("Noor Hakkers", "hasRole", "VNG", "lid")),
    ("Wethouder Noor Hakkers is voorzitter van de pijler Wonen. Zij is namens de gemeente Venlo lid van het "
     "bestuur van de VNG.", ("Noor Hakkers", "hasRole", "VNG", "lid")),
])
def test_a_pronoun_role_on_behalf_of_a_town(text, expected):
    assert expected in _roles(text), _roles(text)


# --- a person with a given name the list does not know, after "(samen) met", in apposition to a role ------------

@pytest.mark.parametrize("text, expected", [
    ("Ede werkt nauw samen met Kwabena Osei, adviseur bij de VNG.", ("Kwabena Osei", "hasRole", "VNG", "adviseur")),
    ("Het gesprek was met Ayodele Bankole, hoofd van het G40-bureau.", ("Ayodele Bankole", "hasRole", "G40-bureau", "hoofd")),
])
def test_an_unknown_given_name_in_apposition_to_a_role(text, expected):
    found = facts(text)
    assert expected in found, found
    assert not {f for f in found if f[1] == "collaboratesWith"}, found  # no organisation of that name


def test_a_list_member_is_still_an_organisation():
    from tests.extract_facts import mentions
    assert "Stadswerk Noord" in mentions("Ede werkt samen met Divosa, Stadswerk Noord en de VNG.", "Organisation")


@pytest.mark.parametrize("text, name", [
    ("| Naam | Functie | Organisatie |\n|---|---|---|\n| Vera Bos | programmamanager City Deal | Platform31 |\n", "City Deal"),
    ("Het gesprek was met de projectleider Woondeal, Vera Bos van Platform31.", "Woondeal"),
])
def test_a_deal_after_a_role_word_is_no_person(text, name):
    from tests.extract_facts import mentions
    assert name not in mentions(text, "Person"), mentions(text, "Person")


# --- a programme's stuurgroep: named in full, then "De stuurgroep"; its chair passed on to a successor -----------

_EVALUATION = ("Tussenevaluatie City Deal Groene Daken\n\n"
               "Onderzoeksbureau Kompas · in opdracht van de stuurgroep City Deal Groene Daken\n\n"
               "1. Samenvatting\n\n"
               "De stuurgroep, die bestaat uit de bestuurders van de partners, stond tot eind 2023 onder "
               "voorzitterschap van wethouder Joris van der Linde (Leiden). Sinds 1 januari 2024 is wethouder "
               "Nina Brands van Ede voorzitter; zij volgde de heer Van der Linde op.\n")


def test_the_chair_of_a_programmes_stuurgroep_and_its_successor():
    found = facts(_EVALUATION)
    body = "Stuurgroep City Deal Groene Daken"
    assert ("Joris van der Linde", "hasRole", body, "voorzitter") in found, found
    assert ("Nina Brands", "hasRole", body, "voorzitter") in found, found
    assert ("Nina Brands", "succeeded", "Joris van der Linde", None) in found, found
    # the body led, not the programme inside its name
    assert not {f for f in found if f[1] == "hasRole" and f[2] == "City Deal Groene Daken"}, found


def test_a_stuurgroep_named_with_its_deal_is_what_is_chaired():
    found = facts("De stuurgroep City Deal Groene Daken staat onder leiding van wethouder Nina Brands (Ede).")
    assert ("Nina Brands", "hasRole", "Stuurgroep City Deal Groene Daken", "voorzitter") in found, found
    assert ("Nina Brands", "hasRole", "City Deal Groene Daken", "voorzitter") not in found, found


# --- a municipality's publication: "Gemeente X" right under the title makes its wethouders X's ----------------

@pytest.mark.parametrize("text, expected", [
    ("# Openbare agenda wethouder M. (Mila) Verhoeven\n\n**Gemeente Deventer — week 12**\n\n"
     "Zij neemt de afspraken waar van wethouder Tariq Bouzerda (Zorg).\n",
     {("Mila Verhoeven", "hasRole", "Deventer", "wethouder"), ("Tariq Bouzerda", "hasRole", "Deventer", "wethouder")}),
    ("# Persbericht\nGemeente Deventer | Team Communicatie\n\nWethouder Tariq Bouzerda (Zorg) opent de wijkhub.\n",
     {("Tariq Bouzerda", "hasRole", "Deventer", "wethouder")}),
])
def test_wethouders_of_the_municipality_under_the_title(text, expected):
    found = _roles(text)
    assert expected <= found, expected - found


def test_a_sentence_under_the_title_is_no_letterhead():
    text = "# Nieuws\n\nGemeente Deventer ontvangt wethouder Tariq Bouzerda (Zorg) van Zwolle.\n"
    assert ("Tariq Bouzerda", "hasRole", "Deventer", "wethouder") not in _roles(text), _roles(text)


# --- a compound role word the lexicon does not list: "districtsdirecteur", "inkoopadviseur" ----------------------

@pytest.mark.parametrize("text, expected", [
    ("Gisteren sprak Iris Wolters, districtsdirecteur UWV Zuid, met de wethouder.",
     ("Iris Wolters", "hasRole", "UWV Zuid", "districtsdirecteur")),
    ("Bram Jonker is clustermanager bij de VNG.", ("Bram Jonker", "hasRole", "VNG", "clustermanager")),
])
def test_a_compound_role_word(text, expected):
    assert expected in _roles(text), _roles(text)


def test_an_ordinary_word_ending_like_a_role_is_none():
    from graph.extract.role_words import role_of
    assert role_of("hoofdzaak") is None and role_of("directeur") is not None


def test_more_compound_role_heads():
    assert ("Bram Jonker", "hasRole", "VNG", "stafmedewerker") in _roles("Bram Jonker, stafmedewerker bij de VNG, sprak.")


def test_a_body_with_its_officer_and_team_in_brackets():
    found = _roles("Dank aan de VNG (projectleider Noor Hakkers en haar team) voor de organisatie.")
    assert ("Noor Hakkers", "hasRole", "VNG", "projectleider") in found, found


# --- a college's nevenfuncties: the role an item states with its body; "Regio X" is no person --------------------

_COLLEGE = ("| Naam | Functie | Portefeuille | Nevenfuncties (uit hoofde van functie) |\n|---|---|---|---|\n"
            "| Mila Verhoeven | burgemeester | Veiligheid | Veiligheidsregio IJsselland (lid algemeen bestuur); "
            "voorzitter Regio Zwolle |\n"
            "| Tariq Bouzerda | wethouder | Zorg | G40 pijler Sociaal; VNG-commissie Zorg en Welzijn (lid) |\n"
            "| Pim Dekkers | wethouder | Wonen | Divosa (lid, vanaf 2025) |\n")


def test_roles_in_a_nevenfuncties_column():
    found = _roles(_COLLEGE)
    assert ("Mila Verhoeven", "hasRole", "Veiligheidsregio IJsselland", "lid") in found, found
    assert ("Mila Verhoeven", "hasRole", "Regio Zwolle", "voorzitter") in found, found
    assert ("Tariq Bouzerda", "hasRole", "Commissie Zorg en Welzijn", "lid") in found, found
    assert not {f for f in found if f[0] == "Pim Dekkers" and f[2] == "Divosa"}, found  # not yet held


def test_a_regio_after_a_role_word_is_no_person():
    from tests.extract_facts import mentions
    assert mentions("Zij is voorzitter Regio Zwolle en lid van de Veiligheidsregio IJsselland.", "Person") == []


# --- a role in an institution's board: "voorzitter College van Bestuur X", "lid Raad van Toezicht X" -------------

@pytest.mark.parametrize("text, expected", [
    ("De stuurgroep bestaat uit Iris Wolters, voorzitter College van Bestuur Saxion, en anderen.",
     ("Iris Wolters", "hasRole", "Saxion", "voorzitter college van bestuur")),
    ("Iris Wolters, lid Raad van Toezicht Platform31, sprak.",
     ("Iris Wolters", "hasRole", "Platform31", "lid raad van toezicht")),
    ("Iris Wolters, voorzitter van de Raad van Toezicht van Divosa, sprak.",
     ("Iris Wolters", "hasRole", "Divosa", "voorzitter raad van toezicht")),
])
def test_a_role_in_an_institutions_board(text, expected):
    assert expected in _roles(text), _roles(text)


# --- a project's own roles on its page: "Bestuurlijk opdrachtgever is X", "Projectleider is Y" -------------------

_FICHE = ("PROJECTFICHE\n\nProjectnaam:      Leerwerkhuis Achterhoek (LWA)\nPenvoerder:       gemeente Doetinchem\n\n"
          "3. Organisatie\n\nBestuurlijk opdrachtgever is Iris Wolters, wethouder Werk van Doetinchem.\n\n"
          "Projectleider is sinds 1 juli 2023 Bram Jonker (gemeente Doetinchem).\n")


def test_a_projects_roles_on_its_page():
    found = _roles(_FICHE)
    assert ("Iris Wolters", "hasRole", "Leerwerkhuis Achterhoek", "bestuurlijk opdrachtgever") in found, found
    assert ("Bram Jonker", "hasRole", "Leerwerkhuis Achterhoek", "projectleider") in found, found


@pytest.mark.parametrize("text", [
    # a fund's page: the projectleider of a project it funds
    "Woningbouwfonds Oost\n\nAan de zijde van de gemeente is projectleider Bram Jonker onze contactpersoon.",
    # a prize's page: the projectleider of a nominee
    "Prijs voor de Groene Stad 2023\n\nProjectleider Bram Jonker vertelde de jury over het project.",
])
def test_no_project_role_in_a_fund_or_a_prize(text):
    assert not {f for f in _roles(text) if f[3] == "projectleider"}, _roles(text)
