"""Round 37b: roles and the other relations of people (board tables, signatures, successions)."""

from __future__ import annotations

from tests.extract_facts import dated_relations, facts


# --- a board table: the office in a bracket after the town, the body the role column's title names ----------

_BOARD_TABLE = ("## Bestuur\n\nHet Dagelijks Bestuur (DB) stuurt het bureau aan.\n\n"
                "| Naam | Functie in het DB | Gemeente | Sinds |\n|---|---|---|---|\n"
                "| Anna Kok | voorzitter | Breda (burgemeester) | 2021 |\n"
                "| Eva de Wit | penningmeester | Zwolle (wethouder Financiën) | 2022 |\n"
                "| Tom Dekker | voorzitter Pijler Sociaal | Ede (wethouder) | 2020 |\n")


def test_office_in_a_bracket_after_the_town_of_a_row():
    found = facts(_BOARD_TABLE)
    assert ("Anna Kok", "hasRole", "Breda", "burgemeester") in found, found
    assert ("Eva de Wit", "hasRole", "Zwolle", "wethouder") in found, found
    assert ("Tom Dekker", "hasRole", "Ede", "wethouder") in found, found
    assert not any(f[1] == "affiliatedWith" for f in found), found


def test_role_column_titled_with_a_body():
    found = facts(_BOARD_TABLE)
    assert ("Anna Kok", "hasRole", "Dagelijks Bestuur", "voorzitter") in found, found
    assert ("Eva de Wit", "hasRole", "Dagelijks Bestuur", "penningmeester") in found, found
    # a role with its own body in the cell is held there, not in the DB
    assert ("Tom Dekker", "hasRole", "Pijler Sociaal", "voorzitter") in found, found
    assert not any(f[0] == "Tom Dekker" and f[2] == "Dagelijks Bestuur" for f in found), found


def test_bracket_of_a_unit_role_or_another_kind_of_office_is_no_office_of_the_town():
    text = ("## Leden\n\n| Naam | Gemeente |\n|---|---|\n"
            "| Anna Kok | Breda (voorzitter) |\n| Eva de Wit | Zwolle (gedeputeerde) |\n")
    found = facts(text)
    assert not any(f[1] == "hasRole" and f[2] in ("Breda", "Zwolle") for f in found), found
    assert ("Anna Kok", "affiliatedWith", "Breda", None) in found, found


def test_role_column_without_a_named_body_reads_no_body():
    text = ("## Bestuur\n\n| Naam | Functie | Gemeente |\n|---|---|---|\n"
            "| Anna Kok | penningmeester | Breda (wethouder) |\n")
    found = facts(text)
    assert ("Anna Kok", "hasRole", "Breda", "wethouder") in found, found
    assert not any(f[3] == "penningmeester" for f in found), found


# --- a signature's role line: a unit with its network's name before it ------------------------------------

def test_signature_role_of_a_unit_named_after_its_network():
    text = ("Wij danken alle steden.\n\nErik Smit\nvoorzitter G40 Pijler Fysiek, wethouder gemeente Delft\n")
    found = facts(text)
    assert ("Erik Smit", "hasRole", "Pijler Fysiek", "voorzitter") in found, found
    assert ("Erik Smit", "hasRole", "Delft", "wethouder") in found, found
    assert not any(f[0] == "Erik Smit" and f[2] == "G40" for f in found), found


def test_signature_role_of_the_network_alone_stays_the_network():
    found = facts("Wij danken alle steden.\n\nErik Smit\nvoorzitter G40, burgemeester van Delft\n")
    assert ("Erik Smit", "hasRole", "G40", "voorzitter") in found, found
    assert ("Erik Smit", "hasRole", "Delft", "burgemeester") in found, found


# --- the copula with a period before the name: "Programmamanager is sinds 1 januari 2026 X" -------------------

def test_role_copula_with_a_period_before_the_name():
    text = ("Programma Sterke Wijken\n\nHet programma loopt tot 2027. "
            "Programmamanager is sinds 1 januari 2026 Wouter Hendriks.")
    found = facts(text, date="2026-04-01")
    assert ("Wouter Hendriks", "hasRole", "Programma Sterke Wijken", "programmamanager") in found, found


def test_role_copula_with_a_period_and_the_town_in_a_bracket():
    found = facts("Projectleider is sinds 1 juli 2023 Bram Horstman (gemeente Enschede).", date="2023-10-01")
    assert ("Bram Horstman", "hasRole", "Enschede", "projectleider") in found, found


def test_no_copula_when_a_place_stands_between_role_and_name():
    found = facts("Projectleider is in Enschede Bram Horstman.", date="2023-10-01")
    assert not any(f[0] == "Bram Horstman" and f[1] == "hasRole" for f in found), found


# --- a stakeholder table: the contact person of a row works for the row's stakeholder ------------------------

_STAKEHOLDERS = ("Programma Sterke Wijken\n\n## Stakeholders\n\n"
                 "| Stakeholder | Rol in het programma | Contactpersoon |\n|---|---|---|\n"
                 "| Ministerie van Justitie en Veiligheid (JenV) | opdrachtgever | Yara Mendes, beleidscoördinator |\n"
                 "| VNG | partner | Hatice Demir, adviseur openbare orde |\n"
                 "| Platform31 | uitvoerder | Niels Vermeulen |\n"
                 "| Divosa | lid klankbordgroep | — |\n")


def test_stakeholder_contact_holds_the_role_of_the_cell_at_the_stakeholder():
    found = facts(_STAKEHOLDERS)
    assert ("Yara Mendes", "hasRole", "JenV", "beleidscoördinator") in found, found
    assert ("Hatice Demir", "hasRole", "VNG", "adviseur") in found, found
    assert ("Niels Vermeulen", "affiliatedWith", "Platform31", None) in found, found


def test_stakeholder_cell_with_two_bodies_gives_no_employer():
    text = ("## Stakeholders\n\n| Stakeholder | Contactpersoon |\n|---|---|\n"
            "| VNG en IPO | Niels Vermeulen |\n")
    assert not any(f[0] == "Niels Vermeulen" for f in facts(text))


# --- role words: "directeur-secretaris" is one role, not a secretaris -----------------------------------------

def test_directeur_secretaris_is_one_role():
    for text in ("Directeur-secretaris van het G40-bureau is Ilse van Leeuwen.",
                 "Ilse van Leeuwen, directeur-secretaris van het G40-bureau, opende de dag."):
        found = facts(text)
        assert ("Ilse van Leeuwen", "hasRole", "G40-bureau", "directeur-secretaris") in found, found
        assert not any(f[3] == "secretaris" for f in found), found


def test_regiomanager_and_beleidscoordinator_are_roles():
    found = facts("Roel Veldhuis, regiomanager UWV Twente, en Yara Mendes, beleidscoördinator bij de VNG, spraken.")
    assert ("Roel Veldhuis", "hasRole", "UWV Twente", "regiomanager") in found, found
    assert ("Yara Mendes", "hasRole", "VNG", "beleidscoördinator") in found, found


# --- a person named again by surname keeps the office the document gave them ---------------------------------

def test_surname_with_a_municipal_office_keeps_the_town_named_before():
    text = ("Opdrachtgever is Tamara Kok, wethouder Werk van Enschede. "
            "Wethouder Kok presenteert het project op de netwerkdag op 16 november in Zwolle.")
    found = facts(text)
    assert ("Tamara Kok", "hasRole", "Enschede", "wethouder") in found, found
    assert not any(f[0] == "Tamara Kok" and f[2] == "Zwolle" for f in found), found


def test_office_named_first_still_takes_the_one_town_of_the_sentence():
    found = facts("Wethouder Tamara Kok presenteert het project in Zwolle.")
    assert ("Tamara Kok", "hasRole", "Zwolle", "wethouder") in found, found


# --- a unit named in a table row is that row's, not the context of the prose after the table -----------------

def test_unit_of_a_table_row_is_no_context_of_the_prose_after_it():
    text = ("# Jaarverslag\n\n## Dagelijks Bestuur\n\n| Naam | Functie |\n|---|---|\n"
            "| Eva de Wit | voorzitter Pijler Sociaal |\n| Tom Dekker | voorzitter Pijler Fysiek |\n\n"
            "Mevrouw Anna Kok volgde als voorzitter Jan Smit op, die met pensioen ging.")
    found = facts(text)
    assert ("Eva de Wit", "hasRole", "Pijler Sociaal", "voorzitter") in found, found
    assert not any(f[0] in ("Anna Kok", "Jan Smit") and f[2] in ("Pijler Sociaal", "Pijler Fysiek") for f in found), found


def test_unit_named_in_prose_before_stays_the_context():
    text = ("# Jaarverslag\n\nDe Pijler Sociaal had een druk jaar.\n\n"
            "Mevrouw Anna Kok volgde als voorzitter Jan Smit op, die met pensioen ging.")
    found = facts(text)
    assert ("Anna Kok", "hasRole", "Pijler Sociaal", "voorzitter") in found, found


# --- appositions: a past role ("oud-wethouder gemeente Haarlem"), a second role of a handover ------------------

def test_apposition_of_a_past_office():
    for text in ("Gerard Schuurman, oud-wethouder gemeente Haarlem, opende de dag.",
                 "Gerard Schuurman, voormalig wethouder van Haarlem, opende de dag."):
        assert dated_relations(text, "2022-05-30") == {("Gerard Schuurman", "Haarlem", "wethouder", True, None, None)}


def test_second_apposition_of_a_handover_memo_is_of_the_title_unit():
    text = ("**Overdrachtsnotitie — G40 Themagroep Mobiliteit**\n\n"
            "Aan: Anna Kok, wethouder Mobiliteit gemeente Almere, nieuwe bestuurlijk trekker\n"
            "Van: Gerard Smit, oud-wethouder gemeente Haarlem, vertrekkend bestuurlijk trekker\n"
            "Datum: 30 mei 2022\n")
    found = facts(text)
    assert ("Anna Kok", "hasRole", "Themagroep Mobiliteit", "bestuurlijk trekker") in found, found
    assert ("Gerard Smit", "hasRole", "Themagroep Mobiliteit", "bestuurlijk trekker") in found, found
    assert ("Anna Kok", "hasRole", "Almere", "wethouder") in found, found
    assert ("Gerard Smit", "hasRole", "Haarlem", "wethouder") in found, found
    roles = dated_relations(text, "2022-05-30")
    assert ("Gerard Smit", "Themagroep Mobiliteit", "bestuurlijk trekker", False, None, None) in roles, roles


def test_second_apposition_needs_a_role_in_the_first():
    found = facts("**Notitie — G40 Themagroep Mobiliteit**\n\nVan: Gerard Smit, Haarlem, nieuwe collega\n")
    assert not any(f[0] == "Gerard Smit" and f[1] == "hasRole" for f in found), found


def test_a_past_office_of_the_sender_is_not_whom_we_speaks_for():
    text = ("**Overdrachtsnotitie — G40 Themagroep Mobiliteit**\n\n"
            "Aan: Anna Kok, wethouder Mobiliteit gemeente Almere\n"
            "Van: Gerard Smit, oud-wethouder gemeente Haarlem\nDatum: 30 mei 2022\n\n---\n\nBeste Anna,\n\n"
            "We hebben in april samen met de VNG een brief gestuurd aan de staatssecretaris.\n")
    found = facts(text)
    assert not any(f[0] == "Haarlem" and f[1] == "collaboratesWith" for f in found), found


# --- initiated: the subject of a relative clause is its antecedent ---------------------------------------------

def test_initiator_in_a_relative_clause_is_its_antecedent():
    text = ("Programma Sterke Wijken\n\nProgrammamanager is Wouter Hendriks. Hij nam de taken over van Yara Mendes, "
            "die het programma in 2025 heeft opgezet en sindsdien bij de VNG werkt.")
    found = facts(text)
    assert ("Yara Mendes", "initiated", "Programma Sterke Wijken", None) in found, found
    assert not any(f[0] == "Wouter Hendriks" and f[1] == "initiated" for f in found), found


def test_initiator_of_the_main_clause_stays_when_the_relative_clause_is_elsewhere():
    found = facts("Yara Mendes, die bij de VNG werkt, heeft het programma Sterke Wijken opgezet.")
    assert ("Yara Mendes", "initiated", "Sterke Wijken", None) in found or \
        ("Yara Mendes", "initiated", "programma Sterke Wijken", None) in found, found


# --- a contact line whose role names a unit after the network's name -------------------------------------------

def test_contact_line_with_a_unit_named_after_its_network():
    text = ("Standpunt\n\nDe G40 vraagt het Rijk om steun.\n\nContact\n\n"
            "Marloes de Vries, beleidsadviseur G40 Pijler Economie en Werk (VNG)\nm.devries@vng.nl\n")
    found = facts(text)
    assert ("Marloes de Vries", "contactFor", "Pijler Economie en Werk", None) in found, found
    assert not any(f[1] == "contactFor" and f[2] == "G40" for f in found), found


# --- a bare role after a sentence about a body named only by its kind -----------------------------------------

def test_bare_chair_after_an_unnamed_body_is_not_the_programmes():
    # round 55f: the body that consists of organisations is a unit of its own ("klankbordgroep"), so its
    # chair is that body's (before, it had no entity and the chair was read nowhere)
    text = ("Programma Sterke Wijken\n\nHet programma loopt tot 2027.\n\n"
            "De klankbordgroep bestaat uit SZW en Divosa. Voorzitter is wethouder Bilal Chaouch (Zaanstad).")
    found = facts(text)
    assert ("Bilal Chaouch", "hasRole", "Zaanstad", "wethouder") in found, found
    assert [f for f in found if f[0] == "Bilal Chaouch" and f[3] == "voorzitter"] \
        == [("Bilal Chaouch", "hasRole", "klankbordgroep", "voorzitter")], found


def test_bare_chair_after_a_sentence_about_the_programme_is_the_programmes():
    text = ("Programma Sterke Wijken\n\nHet programma loopt tot 2027.\n\n"
            "Het programma heeft een klankbordgroep. Voorzitter is wethouder Bilal Chaouch (Zaanstad).")
    found = facts(text)
    assert ("Bilal Chaouch", "hasRole", "Programma Sterke Wijken", "voorzitter") in found, found


# --- an office taken over without naming the predecessor: the one who held it ----------------------------------

def test_taking_over_an_office_without_naming_the_predecessor():
    text = ("Themagroep Mobiliteit\n\nAmbtelijk trekker van de Themagroep Mobiliteit is Joris van Beek (gemeente Haarlem). "
            "Hij blijft tot 1 september 2022 aan; daarna neemt Hilde Post van de gemeente Almere het ambtelijk "
            "trekkerschap over.")
    found = facts(text)
    assert ("Hilde Post", "succeeded", "Joris van Beek", None) in found, found
    assert ("Hilde Post", "hasRole", "Themagroep Mobiliteit", "ambtelijk trekker") in found, found


def test_taking_over_an_office_no_one_held_names_no_predecessor():
    text = ("Themagroep Mobiliteit\n\nVoorzitter van de Themagroep Mobiliteit is Joris van Beek. "
            "Daarna neemt Hilde Post het ambtelijk trekkerschap over.")
    found = facts(text)
    assert not any(f[1] == "succeeded" for f in found), found


def test_taking_over_from_a_named_person_is_read_by_the_older_rule_only():
    text = ("Themagroep Mobiliteit\n\nAmbtelijk trekker van de Themagroep Mobiliteit is Joris van Beek. "
            "Hilde Post neemt het ambtelijk trekkerschap over van Anna Kok.")
    found = facts(text)
    assert not any(f[1] == "succeeded" and f[2] == "Joris van Beek" for f in found), found


# --- "mijn opvolger (als <rol>), Y" in a note its writer signs -------------------------------------------------

def test_my_successor_as_alderman_succeeds_the_writer_in_the_writers_town():
    text = ("Overdrachtsnotitie\n\nVan: Gerard Smit, oud-wethouder gemeente Haarlem\n\n"
            "Ik ben geen wethouder meer. Haarlem wordt vertegenwoordigd door mijn opvolger als wethouder Mobiliteit, "
            "Eva Rietveld; zij heeft nog niet bevestigd of zij deelneemt.\n\nHartelijke groet,\n\nGerard Smit\n")
    found = facts(text)
    assert ("Eva Rietveld", "succeeded", "Gerard Smit", None) in found, found
    assert ("Eva Rietveld", "hasRole", "Haarlem", "wethouder") in found, found


def test_someone_elses_successor_is_not_the_writers():
    text = ("Notitie\n\nIk schrijf dit als lid. Haarlem wordt vertegenwoordigd door zijn opvolger, Eva Rietveld.\n\n"
            "Hartelijke groet,\n\nGerard Smit\n")
    found = facts(text)
    assert not any(f[1] == "succeeded" and f[2] == "Gerard Smit" for f in found), found


# --- a note from Y to Z: "dat jij het trekkerschap van X van mij overneemt" ---------------------------------------

_HANDOVER_NOTE = ("Overdrachtsnotitie — Themagroep Mobiliteit\n\nAan: Anna Kok, wethouder gemeente Almere\n"
                  "Van: Gerard Smit, oud-wethouder gemeente Haarlem\nDatum: 30 mei 2022\n\nBeste Anna,\n\n"
                  "Op de netwerkdag is afgesproken dat jij per 1 juni 2022 het trekkerschap van de Themagroep "
                  "Mobiliteit van mij overneemt.\n\nHartelijke groet,\n\nGerard Smit\n")


def test_addressee_takes_an_office_over_from_the_writer():
    roles = dated_relations(_HANDOVER_NOTE, "2022-05-30")
    assert ("Anna Kok", "Themagroep Mobiliteit", "trekker", False, "2022-06-01", None) in roles, roles
    assert ("Gerard Smit", "Themagroep Mobiliteit", "trekker", False, None, "2022-05-31") in roles, roles
    assert ("Anna Kok", "succeeded", "Gerard Smit", None) in facts(_HANDOVER_NOTE)


def test_an_addressee_line_above_the_sender_line_is_the_notes_addressee():
    text = _HANDOVER_NOTE.replace("dat jij per 1 juni 2022", "dat je per 1 juni 2022")
    assert ("Anna Kok", "succeeded", "Gerard Smit", None) in facts(text)


def test_taking_over_from_me_without_an_addressee_names_no_successor():
    text = _HANDOVER_NOTE.replace("Aan: Anna Kok, wethouder gemeente Almere\n", "")
    assert not any(f[1] == "succeeded" for f in facts(text))


# --- an obituary's "hij" hands an office over: the portrayed person, and only that office -------------------------

_OBITUARY = ("In memoriam Hendrik Wijnbergen (1951-2023)\n\nDen Haag, 9 juni 2023\n\n"
             "Met verslagenheid namen wij kennis van het overlijden van Hendrik Wijnbergen. Hij werd 72 jaar. "
             "In 2006 werd hij benoemd tot burgemeester van Hoorn. Van 2009 tot 2016 was hij lid van het bestuur "
             "van de G40 en voorzitter van de Pijler Sociaal Domein. In die rol zette hij veel in gang. "
             "In 2016 droeg hij het voorzitterschap van de pijler over aan de Zaanse wethouder Samira Bouzerda.")


def test_obituary_subject_hands_over_the_office_the_sentence_names():
    found = facts(_OBITUARY)
    assert ("Samira Bouzerda", "succeeded", "Hendrik Wijnbergen", None) in found, found
    assert ("Samira Bouzerda", "hasRole", "Pijler Sociaal Domein", "voorzitter") in found, found
    assert not any(f[0] == "Samira Bouzerda" and f[3] == "lid" for f in found), found


def test_handover_by_a_pronoun_without_a_portrait_or_antecedent_names_no_one():
    text = ("Verslag\n\nDe pijler vergaderde drie keer. Het jaar was druk. De agenda was vol. "
            "In 2016 droeg hij het voorzitterschap van de pijler over aan Samira Bouzerda.")
    assert not any(f[1] == "succeeded" for f in facts(text))


def test_handing_over_the_trekkerschap_passes_on_a_bestuurlijk_trekker():
    text = ("Afscheid van Jeroen Kamp\n\nToen Alphen lid werd van de G40, schoof Kamp direct aan. "
            "Van 2015 tot 2018 was hij bestuurlijk trekker van de Themagroep Vitale "
            "Binnensteden. Hij zette de leegstand op de agenda. In 2018 droeg hij het trekkerschap over aan Petra Hoog (Breda).")
    found = facts(text)
    assert ("Petra Hoog", "hasRole", "Themagroep Vitale Binnensteden", "bestuurlijk trekker") in found, found


# --- "…, die na haar benoeming tot <rol> van X …": the antecedent holds the role ---------------------------------

def test_appointment_noun_in_a_relative_clause_gives_the_antecedent_the_role():
    text = ("Wuyts nam in februari 2020 het voorzitterschap over van Jolanda Baas (Zoetermeer), die na haar "
            "benoeming tot gedeputeerde van Zuid-Holland de commissie verliet.")
    found = facts(text)
    assert ("Jolanda Baas", "hasRole", "Zuid-Holland", "gedeputeerde") in found, found
    assert not any(f[0] == "Wuyts" and f[2] == "Zuid-Holland" for f in found), found


def test_appointment_noun_outside_a_relative_clause_is_not_read_here():
    found = facts("Jolanda Baas sprak over haar benoeming tot gedeputeerde van Zuid-Holland.")
    assert not any(f[1] == "hasRole" and f[2] == "Zuid-Holland" and f[0] != "Jolanda Baas" for f in found), found


# --- "In 2019 nam hij het initiatief voor X": whom "hij" stands for, not the passage's unit ------------------------

def test_pronoun_initiator_in_a_farewell_piece_is_its_subject():
    text = ("Afscheid van Jeroen Kamp\n\nToen Alphen lid werd van de G40, schoof Kamp aan bij de Pijler Fysiek Domein. "
            "Hij zette de leegstand op de agenda. Hij sprak veel met de Kamer. "
            "In 2019 nam hij namens de G40 het initiatief voor de City Deal Vitale Werklocaties.")
    found = facts(text)
    assert ("Jeroen Kamp", "initiated", "City Deal Vitale Werklocaties", None) in found, found
    assert not any(f[0] == "Pijler Fysiek Domein" and f[1] == "initiated" for f in found), found


# --- a reader's question on its own, then whom to ask ----------------------------------------------------------

def test_a_readers_question_then_whom_to_mail():
    text = ("Nieuwsbrief City Deal Aanpak Energiearmoede\n\nDe deal loopt goed.\n\n"
            "Vragen of bijdragen voor de volgende nieuwsbrief? Mail Daan Vermeulen, d.vermeulen@citydeal.nl, of bel ons.")
    found = facts(text)
    assert ("Daan Vermeulen", "contactFor", "City Deal Aanpak Energiearmoede", None) in found, found


def test_a_question_about_a_named_unit_then_whom_to_call():
    text = "Nieuws\n\nVragen over de Themagroep Wonen? Bel Eva Smit van de gemeente Ede."
    found = facts(text)
    assert ("Eva Smit", "contactFor", "Themagroep Wonen", None) in found, found


def test_a_mail_without_a_question_before_it_is_no_contact():
    text = ("Nieuwsbrief City Deal Aanpak Energiearmoede\n\nDe deal loopt goed. "
            "Mail Daan Vermeulen, d.vermeulen@citydeal.nl, als u wilt meedoen.")
    found = facts(text)
    assert not any(f[1] == "contactFor" for f in found), found


# --- "Contactpersoon bij <body> is X, <rol>": the contact at that body, who works there ---------------------------

def test_contact_person_at_a_body_works_there():
    found = facts("Het ministerie financiert het programma. Contactpersoon bij IenW is Inge Voskuil, programmadirecteur Fiets.")
    assert ("Inge Voskuil", "contactFor", "IenW", None) in found, found
    assert ("Inge Voskuil", "hasRole", "IenW", "programmadirecteur") in found, found


def test_contact_person_at_a_body_without_a_role_is_affiliated():
    found = facts("Ons aanspreekpunt bij de VNG is Sophie Lambers.")
    assert ("Sophie Lambers", "contactFor", "VNG", None) in found, found
    assert ("Sophie Lambers", "affiliatedWith", "VNG", None) in found, found


def test_a_contact_for_a_body_is_not_read_as_a_contact_at_it():
    found = facts("Contactpersoon voor de VNG is Sophie Lambers van de gemeente Ede.")
    assert not any(f[1] == "affiliatedWith" and f[2] == "VNG" for f in found), found


def test_person_is_at_a_body_our_contact():
    found = facts("Sophie Lambers is bij de VNG onze vaste contactpersoon voor mobiliteit.")
    assert ("Sophie Lambers", "contactFor", "VNG", None) in found, found
    assert not any(f[1] == "contactFor" for f in facts("Sophie Lambers is bij de VNG begonnen als adviseur."))


# --- an apposition dated with a month ("sinds oktober 2024 bestuurlijk trekker van de themagroep.") ---------------

def test_apposition_dated_with_a_month_of_the_one_themagroep_named_before():
    text = ("Themagroep Vitale Binnensteden\n\nDe Themagroep Vitale Binnensteden werkt aan de regeling.\n\n"
            "Bestuurlijk aanspreekpunt: wethouder Kees van Dam (Zaanstad), sinds oktober 2024 bestuurlijk trekker "
            "van de themagroep.")
    found = facts(text, date="2025-03-01")
    assert ("Kees van Dam", "hasRole", "Themagroep Vitale Binnensteden", "bestuurlijk trekker") in found, found
    assert ("Kees van Dam", "hasRole", "Zaanstad", "wethouder") in found, found


def test_role_of_an_unnamed_taskforce_at_the_sentence_end_is_no_role_of_the_programme():
    text = ("Programma Sterke Wijken\n\nHet programma loopt tot 2027. "
            "Eva Smit, sinds maart 2024 voorzitter van de taskforce.")
    found = facts(text, date="2025-03-01")
    assert not any(f[0] == "Eva Smit" and f[3] == "voorzitter" for f in found), found


# --- "X, programmamanager STW bij RVO": the programme's manager works at the organisation ------------------------

def test_role_of_a_programme_at_an_organisation():
    text = ("Stimuleringsregeling Toekomstbestendige Werklocaties (STW)\n\nDe STW helpt gemeenten.\n\n"
            "Vragen over aanvragen: Gerrit Hofstede, programmamanager STW bij RVO (stw@rvo.nl)")
    found = facts(text)
    assert ("Gerrit Hofstede", "hasRole", "RVO", "programmamanager") in found, found


def test_a_unit_role_at_an_organisation_is_not_read_as_employment():
    found = facts("Eva Smit, secretaris van de Themagroep Wonen bij de VNG, opende de dag.")
    assert not any(f[1] == "hasRole" and f[2] == "VNG" and f[3] == "secretaris" for f in found), found
