"""Roles read in their context: a body the text only places, "als" after another subject, role and office
columns, unit names in bullet items, successions in a later clause, a role next to an e-mail address (round 42b)."""

from __future__ import annotations

from tests.extract_facts import facts


def _roles(text):
    return {f for f in facts(text) if f[1] == "hasRole"}


# --- a role in a body the text does not name but places: "voorzitter van de huurdersvereniging in X" ----------

def test_a_role_in_an_unnamed_body_in_a_town_is_no_role_of_the_town():
    for text in ("Ook Fenna Bos, voorzitter van de huurdersvereniging in Apeldoorn, sprak met de wethouder.",
                 "Gert Mol, directeur van een woningcorporatie in Deventer, was erbij.",
                 "Nina Rook, coördinator van het buurthuis in Enschede, vertelde over de wijk."):
        assert not _roles(text), (text, _roles(text))


def test_a_role_of_the_town_itself_or_a_named_body_stays():
    assert _roles("Rik Boer, wethouder van Ede, opende de dag.") == {("Rik Boer", "hasRole", "Ede", "wethouder")}
    found = _roles("Hans Visser, trekker van de Themagroep Jeugd in Ede, sloot af.")
    assert ("Hans Visser", "hasRole", "Themagroep Jeugd", "trekker") in found, found


# --- "X is met verlof, jij bent als vicevoorzitter aan de beurt": the role of "jij", not of X -----------------

def test_als_after_a_clause_with_its_own_subject_is_no_role_of_the_name_before():
    text = "Mirjam de Graaf (Zwolle) is ziek, jij bent als vicevoorzitter van de Pijler Sociaal vandaag aan de beurt."
    assert not _roles(text), _roles(text)
    text = "Wim Kok is met pensioen, wij gaan als trekker van de Themagroep Wonen verder."
    assert not _roles(text), _roles(text)


def test_als_of_the_sentences_own_subject_stays():
    text = "Eva Smit (Ede) is vanaf mei, na een stemming, gekozen als voorzitter van de Pijler Sociaal."
    assert ("Eva Smit", "hasRole", "Pijler Sociaal", "voorzitter") in _roles(text), _roles(text)


def test_jij_in_a_chat_message_is_the_one_it_addresses_with_an_at_sign():
    text = ("[12-03-2025 10:00] Kees Bos (G40-bureau): @Anna Vos ja graag, Mirjam de Graaf (Zwolle) is ziek, "
            "jij bent als vicevoorzitter van de Pijler Sociaal vandaag aan de beurt.")
    assert _roles(text) == {("Anna Vos", "hasRole", "Pijler Sociaal", "vicevoorzitter")}, _roles(text)


# --- "| Naam | Functie | Rol in commissie |": the role in the body, and the office where the Functie cell says ----

_COMMITTEE = ("Profielschets voorzitter Pijler Sociaal\n\nSelectiecommissie\n\n| Naam | Functie | Rol in commissie |\n|---|---|---|\n"
              "| Karel Dijkhuis | burgemeester van Zwolle | voorzitter |\n"
              "| Anna Vos | wethouder Schiedam, voorzitter Pijler Fysiek | lid |\n"
              "| Mark de Wit | directeur Sociaal Domein, VNG | adviserend lid |\n")


def test_the_role_column_gives_the_role_in_the_committee_and_the_function_column_the_office():
    found = _roles(_COMMITTEE)
    assert {("Karel Dijkhuis", "hasRole", "selectiecommissie", "voorzitter"),
            ("Anna Vos", "hasRole", "selectiecommissie", "lid"), ("Anna Vos", "hasRole", "Schiedam", "wethouder"),
            ("Mark de Wit", "hasRole", "selectiecommissie", "lid"), ("Mark de Wit", "hasRole", "VNG", "directeur"),
            ("Karel Dijkhuis", "hasRole", "Zwolle", "burgemeester"),
            ("Anna Vos", "hasRole", "Pijler Fysiek", "voorzitter")} <= found, found
    assert not {f for f in facts(_COMMITTEE) if f[1] == "participatesIn" and f[0] in ("Karel Dijkhuis", "Mark de Wit")}


# --- a listed unit's name ends at a dash between spaces: "- Themagroep Jeugd – trekker: X" ----------------------

def test_a_listed_units_name_ends_at_a_spaced_dash():
    text = ("De Pijler Sociaal kent twee themagroepen:\n\n- Themagroep Armoede en Schulden – trekker: wethouder Eva Smit (Ede)\n"
            "- Themagroep Jeugd - voorzitter: Jan Kok\n")
    found = facts(text)
    assert {("Eva Smit", "hasRole", "Themagroep Armoede en Schulden", "trekker"),
            ("Jan Kok", "hasRole", "Themagroep Jeugd", "voorzitter"),
            ("Themagroep Jeugd", "partOf", "Pijler Sociaal", None)} <= found, found


# --- "…; hij nam die rol (op 1 juni) over van X", "…; hij volgt in die functie X op" ---------------------------

def _successions(text):
    return {f[:3] for f in facts(text) if f[1] == "succeeded"}


def test_a_clause_whose_pronoun_took_a_role_over_at_a_date():
    assert _successions("Voorzitter is wethouder Kees Bos; hij nam die rol op 1 juni 2024 over van wethouder Anna Dijk.") \
        == {("Kees Bos", "succeeded", "Anna Dijk")}
    assert _successions("Projectleider is Eva Smit, adviseur bij de gemeente Ede; zij nam die rol in juni 2022 over van "
                        "Tom Kok.") == {("Eva Smit", "succeeded", "Tom Kok")}
    assert _successions("Wethouder Jan Zwart is trekker van de Themagroep Wonen; hij nam dit over van Fatima Amrani.") \
        == {("Jan Zwart", "succeeded", "Fatima Amrani")}


def test_a_clause_whose_pronoun_follows_someone_in_that_office():
    assert _successions("Piet Bos wordt per 1 januari 2023 directeur; hij volgt in die functie Karin Lam op.") \
        == {("Piet Bos", "succeeded", "Karin Lam")}


def test_a_clause_that_takes_nothing_over_is_no_succession():
    assert not _successions("Voorzitter is wethouder Kees Bos; hij nam die rol niet over van wethouder Anna Dijk.")


def test_a_place_adjective_of_anothers_role_word_is_not_the_first_persons_place():
    text = "Voorzitter is wethouder Kees Bos; hij nam die rol op 1 juni 2024 over van Leeuwarder wethouder Anna Dijk."
    found = _roles(text)
    assert ("Anna Dijk", "hasRole", "Leeuwarden", "wethouder") in found, found
    assert not {f for f in found if f[0] == "Kees Bos" and f[2] == "Leeuwarden"}, found


# --- "X, concerncontroller, x@ede.nl": the role in apposition is held where the address's domain says ----------

def test_a_role_between_a_name_and_its_email_address_is_held_at_the_domains_organisation():
    found = facts("Begroting 2025\n\nVoor vragen: Femke Dam, concerncontroller, f.dam@deventer.nl.")
    assert ("Femke Dam", "hasRole", "Deventer", "concerncontroller") in found, found
    assert ("Femke Dam", "affiliatedWith", "Deventer", None) not in found, found


def test_a_name_and_its_email_address_without_a_role_only_say_where_the_person_works():
    found = facts("Begroting 2025\n\nVoor vragen: Femke Dam, f.dam@deventer.nl.")
    assert ("Femke Dam", "affiliatedWith", "Deventer", None) in found, found


# --- the holder after a field when the copula stands before the name; the town just visited (44b) ---

def test_an_inverted_copula_with_a_field_gives_the_role_at_the_body_after_bij():
    found = _roles("Per 1 maart 2025 is drs. Lotte Vink directeur Stedelijke Economie bij BZK.")
    assert found == {("Lotte Vink", "hasRole", "BZK", "directeur")}, found


def test_a_municipal_role_opening_a_sentence_is_held_in_the_town_the_sentence_before_says_is_visited():
    found = _roles("De staatssecretaris bracht vorige week een bezoek aan Venlo. Burgemeester Ruud Kamp ontving haar.")
    assert ("Ruud Kamp", "hasRole", "Venlo", "burgemeester") in found, found
    found = _roles("De staatssecretaris bezocht Venlo en Roermond. Burgemeester Ruud Kamp ontving haar.")
    assert not {f for f in found if f[0] == "Ruud Kamp"}, found
    found = _roles("De staatssecretaris bezocht Venlo.\n\nBurgemeester Ruud Kamp sprak later in Den Haag.")
    assert not {f for f in found if f[2] == "Venlo"}, found


def test_a_list_under_a_line_of_the_delegation_of_a_body_gives_each_role_at_that_body():
    text = ("Programma werkbezoek\n\nDeelnemers ministerie van Sociale Zaken en Werkgelegenheid (SZW)\n"
            "- drs. Femke Rook, directeur Participatie\n- Joost Lam, persvoorlichter\n\n"
            "Delegatie Divosa:\n- Karin Bos, beleidsadviseur\n")
    found = _roles(text)
    assert {("Femke Rook", "hasRole", "SZW", "directeur"), ("Joost Lam", "hasRole", "SZW", "persvoorlichter"),
            ("Karin Bos", "hasRole", "Divosa", "beleidsadviseur")} <= found, found


# --- "Accountmanager namens het Rijk: X (BZK)": a role label before a name, the body in the bracket (44b) ------

def test_a_role_label_before_a_name_is_held_at_the_body_the_bracket_opens_with():
    text = ("# Contactpersonen\n\nAccountmanager namens het Rijk: Hester Bloem (BZK, DG Volkshuisvesting).\n\n"
            "Projectleider: drs. Anna de Vries (Divosa)\n")
    found = {f for f in facts(text) if f[0] in ("Hester Bloem", "Anna de Vries")}
    assert found == {("Hester Bloem", "hasRole", "BZK", "accountmanager"),
                     ("Anna de Vries", "hasRole", "Divosa", "projectleider")}, found


def test_a_unit_role_or_an_event_role_before_a_name_leaves_the_bracket_where_the_person_works():
    text = "Rondetafelgesprek\n\nGespreksleider: Esther de Wit (Divosa)\n\nSecretaris: Tim Rade (VNG)\n"
    found = {f for f in facts(text) if f[2] in ("Divosa", "VNG")}
    assert ("Tim Rade", "affiliatedWith", "VNG", None) in found, found
    assert not {f for f in found if f[1] == "hasRole"}, found
