"""Round 30b: entities and references — how persons are named (headings, titles, addresses)."""

from __future__ import annotations

import pytest

from tests.extract_facts import facts, mentions


# --- a heading's last word is no title of the name on the next line ----------------------------

def test_heading_word_is_no_cue_for_the_next_line():
    text = ("Breda in het bestuur\n"
            "Burgemeester Lotte van der Linden-Kok van Breda is toegetreden tot het bestuur van de G40.")
    assert mentions(text, "Person") == ["Lotte van der Linden-Kok"]
    assert ("Lotte van der Linden-Kok", "hasRole", "Breda", "burgemeester") in facts(text)


def test_title_after_a_role_heading_is_no_surname():
    text = ("Delft: nieuwe gemeentesecretaris\n"
            "Mw. drs. J.P. (Johanna) de Wit-Bakker is benoemd tot gemeentesecretaris van Delft.")
    assert "Mw" not in mentions(text, "Person")


def test_title_word_after_a_role_word_on_one_line_is_no_name():
    text = "Het woord was aan voorzitter Mevrouw Jansen, die de vergadering opende."
    assert "Mevrouw" not in " ".join(mentions(text, "Person"))


def test_role_word_before_a_name_on_the_same_line_still_cues_it():
    text = "Het overleg werd geleid door wethouder Kramer van Delft."
    assert mentions(text, "Person") == ["Kramer"]


# --- an address spells a person named earlier in the document ----------------------------------

def test_address_far_after_the_full_name_is_that_persons():
    text = ("De G40 heeft Robbert-Jan Mulder aangesteld als kwartiermaker van de Taskforce Netcongestie. "
            "Mulder was hiervoor senior beleidsadviseur bij het ministerie van Klimaat en Groene Groei. "
            "De taskforce werkt samen met de netbeheerders, de provincies en het IPO aan snellere aansluitingen. "
            "Mulder is bereikbaar via rj.mulder@g40stedennetwerk.nl.")
    persons = {f[0] for f in facts(text) if f[1] in ("hasRole", "affiliatedWith")}
    assert persons == {"Robbert-Jan Mulder"}, persons


def test_address_of_another_person_keeps_its_own_name():
    text = ("De G40 heeft Robbert-Jan Mulder aangesteld als kwartiermaker van de Taskforce Netcongestie. "
            "Vragen kunnen naar pieter.bakker@g40stedennetwerk.nl.")
    assert "pieter.bakker" in mentions(text, "Person")


# --- surnames of more than one capitalised word --------------------------------------------------

@pytest.mark.parametrize("text, person, town", [
    ("Wethouder Merel Oude Wesselink van Hengelo sprak namens de G40.", "Merel Oude Wesselink", "Hengelo"),
    ("De gemeente Nijmegen, vertegenwoordigd door wethouder Ilse Tjon A Fong, tekent de overeenkomst.",
     "Ilse Tjon A Fong", "Nijmegen"),
    ("Namens KGG was Bas Tjon Sie Fat, directeur Warmte en Ondergrond, bij de ondertekening aanwezig.",
     "Bas Tjon Sie Fat", "KGG"),
])
def test_surname_of_more_than_one_capitalised_word(text, person, town):
    assert mentions(text, "Person") == [person]
    found = facts(text, "2025-03-01")  # KGG existed 2024-07-02 … 2026-02-22 (round 45k: not named before its founding)
    assert any(f[0] == person and f[1] == "hasRole" and f[2] == town for f in found), found


@pytest.mark.parametrize("text, persons", [
    # a particle before a name that is no known town still ends a two-word surname
    ("Namens de stad spraken Anna Bakker en Kees Jansen van der Berg over de wijk.", ["Anna Bakker", "Kees Jansen"]),
    # a capital letter with a full stop is an initial, no link inside a surname
    ("Het verslag is van Ilse Tjon A. de Boer, wethouder van Nijmegen.", ["Ilse Tjon", "A. de Boer"]),
    # two names written without a comma are no surname of three words
    ("Bij het overleg waren Anna Bakker Jan Smit, wethouder van Delft.", ["Anna Bakker", "Jan Smit"]),
])
def test_names_that_are_no_longer_surname(text, persons):
    assert mentions(text, "Person") == persons


# --- a programme's own body is named after the programme's full name -------------------------

@pytest.mark.parametrize("programme, body", [
    ("Programma Woningbouw", "Stuurgroep Programma Woningbouw"),  # one word alone names a theme
    ("Programma Sterke Wijken", "Stuurgroep Sterke Wijken"),
])
def test_stuurgroep_of_a_programma(programme, body):
    text = (f"Het {programme} is in 2022 gestart. "
            f"Wethouder Anna Kok van Delft zat namens de G40 in de stuurgroep van het {programme}.")
    found = facts(text)
    assert (body, "partOf", programme, None) in found, found


# --- a subtitle that names the pijler of the title's themagroep -----------------------------------

MINUTES = ("Verslag Themagroep Afval\n"
           "{subtitle}\n\n"
           "Aanwezig: Eva Smit (Breda, voorzitter), Jan Kok (Ede), Tom Ris (G40-bureau, secretaris)\n\n"
           "1. Opening\n\nDe voorzitter opent de vergadering.")


def test_subtitle_pijler_is_the_parent_of_the_title_unit():
    found = facts(MINUTES.format(subtitle="Pijler Fysiek - G40 Stedennetwerk"))
    assert ("Themagroep Afval", "partOf", "Pijler Fysiek", None) in found, found
    assert ("Eva Smit", "hasRole", "Themagroep Afval", "voorzitter") in found, found
    assert ("Tom Ris", "hasRole", "Themagroep Afval", "secretaris") in found, found
    assert ("Jan Kok", "participatesIn", "Themagroep Afval", None) in found, found
    assert not any(f[2] == "Pijler Fysiek" and f[0] != "Themagroep Afval" for f in found), found


def test_subtitle_that_says_more_is_no_parent_line():
    found = facts(MINUTES.format(subtitle="Pijler Fysiek vergaderde online"))
    assert ("Themagroep Afval", "partOf", "Pijler Fysiek", None) not in found, found


def test_subtitle_under_a_pijler_title_is_no_parent():
    text = ("Verslag Pijler Sociaal\nPijler Fysiek - G40 Stedennetwerk\n\n"
            "Aanwezig: Eva Smit (Breda, voorzitter), Jan Kok (Ede)")
    found = facts(text)
    assert not any(f[1] == "partOf" and f[0] == "Pijler Sociaal" and f[2] == "Pijler Fysiek" for f in found), found


# --- a (living) lab is a programme; "het lab" refers to it -----------------------------------------

def test_living_lab_is_a_programme_and_the_lab_refers_to_it():
    text = ("Breda en Tilburg richten samen het Living Lab Slimme Werklocaties op. "
            "Het lab wordt geleid door de gemeente Breda. Wethouder Anna Kok van Tilburg is lid van het lab.")
    assert mentions(text, "Programme")[0] == "Living Lab Slimme Werklocaties"
    found = facts(text)
    assert any(f[2] == "Living Lab Slimme Werklocaties" and f[0] == "Anna Kok" for f in found), found


def test_lower_case_lab_keeps_its_kind_word():
    text = "Avans Hogeschool en de gemeente Breda zijn gestart met het lab Brede Welvaart. Het lab duurt twee jaar."
    extraction_labels = mentions(text, "Programme")
    assert extraction_labels[0] == "lab Brede Welvaart", extraction_labels


def test_lab_is_no_reference_without_a_named_lab():
    text = "De gemeente Breda opende het Innovatiefonds Zuid. Studenten werken in het lab van de hogeschool."
    assert "het lab" not in mentions(text, "Programme")


# --- "Partijen richten X op (hierna: …)": a bracket that defines a short name closes the clause ----

PARTIES = ("De ondergetekenden:\n\n1. De gemeente Ede, vertegenwoordigd door wethouder Anna Kok;\n"
           "2. De gemeente Epe, vertegenwoordigd door wethouder Jan Bos;\n\n"
           "hierna gezamenlijk te noemen: \"Partijen\".\n\n{sentence}")


def test_parties_set_up_a_programme_with_a_defined_short_name():
    found = facts(PARTIES.format(sentence="Partijen richten gezamenlijk het Living Lab Groene Daken op "
                                          "(hierna: het Living Lab)."))
    for town in ("Ede", "Epe"):
        assert (town, "initiated", "Living Lab Groene Daken", None) in found, found


def test_parties_op_inside_the_clause_is_no_setting_up():
    found = facts(PARTIES.format(sentence="Partijen richten zich op het Living Lab Groene Daken van de provincie."))
    assert not any(f[1] == "initiated" for f in found), found


# --- a dateline on a line of its own: the town a bare "burgemeester X" is of --------------------------

VISIT = ("Verslag werkbezoek minister aan Zwolle\nZwolle, 14 maart 2023\n\n"
         "Op dinsdag bracht de minister een werkbezoek aan Zwolle. Zij werd ontvangen door burgemeester Anna Kok.\n\n"
         "{paragraph}")


def test_dateline_line_gives_the_town_of_a_bare_burgemeester():
    found = facts(VISIT.format(paragraph="Daarna ging het gezelschap naar de haven."))
    assert ("Anna Kok", "hasRole", "Zwolle", "burgemeester") in found, found


def test_paragraph_about_another_town_is_not_the_datelines():
    found = facts(VISIT.format(paragraph="In Kampen ligt de nadruk op werk. Wethouder Jan Bos: \"We hebben de banen.\""))
    assert ("Jan Bos", "hasRole", "Zwolle", "wethouder") not in found, found


def test_dateline_town_named_once_is_only_where_it_was_written():
    text = ("Verslag\nZwolle, 14 maart 2023\n\n"
            "De minister sprak met burgemeester Anna Kok over de woningbouw in de regio.")
    assert not any(f[0] == "Anna Kok" and f[2] == "Zwolle" for f in facts(text))


# --- a ministry's directorate named without its ministry: the one ministry of the document ----------

def test_directorate_without_ministry_is_of_the_one_ministry_named_before():
    text = ("Het programma Sterke Dorpen is in 2022 door het ministerie van Binnenlandse Zaken en "
            "Koninkrijksrelaties (BZK) gestart. Het programma valt onder het Directoraat-Generaal Wonen en Bouwen "
            "(DGWB); de directie Leefbaarheid en Wijken voert het secretariaat.")
    found = facts(text)
    assert ("Directoraat-Generaal Wonen en Bouwen", "partOf", "BZK", None) in found, found
    assert ("Directie Leefbaarheid en Wijken", "partOf", "BZK", None) in found, found


def test_directorate_with_two_ministries_before_it_has_no_parent():
    text = ("Het programma is door de ministeries van BZK en SZW gestart. "
            "De directie Leefbaarheid en Wijken voert het secretariaat.")
    assert not any(f[1] == "partOf" and f[0].startswith("Directie") for f in facts(text))


def test_directorate_in_apposition_to_a_ministry_is_an_address():
    text = "Aan: ministerie van Volkshuisvesting en Ruimtelijke Ordening (VRO), directie Leefbaarheid\n\nGeachte heer,"
    assert not any(f[1] == "partOf" for f in facts(text))


# --- "directeur-generaal X <naam>": X is the name of the directorate named before ---------------------

DG = ("Het programma valt onder het Directoraat-Generaal Wonen en Bouwen (DGWB) van het ministerie van BZK. "
      "De stuurgroep wordt voorgezeten door directeur-generaal {field} Anna Kok.")


def test_head_named_after_the_directorate_holds_the_role_there():
    found = facts(DG.format(field="Wonen en Bouwen"))
    assert ("Anna Kok", "hasRole", "Directoraat-Generaal Wonen en Bouwen", "directeur-generaal") in found, found


def test_field_that_names_no_directorate_gives_no_role_there():
    found = facts(DG.format(field="Wonen"))
    assert not any(f[0] == "Anna Kok" and f[2] == "Directoraat-Generaal Wonen en Bouwen" for f in found), found


# --- "de wethouder van X" stands for the wethouder of X the document named ---------------------------

PARTNERS = ("De ondergetekenden:\n\n1. De gemeente Ede, vertegenwoordigd door wethouder Anna Kok;\n"
            "2. De gemeente Epe, vertegenwoordigd door wethouder Jan Bos;\n\n"
            "Er is een stuurgroep Groene Daken. {sentence}")


def test_office_of_a_place_stands_for_its_holder():
    found = facts(PARTNERS.format(sentence="De stuurgroep Groene Daken wordt voorgezeten door de wethouder van Epe."))
    assert ("Jan Bos", "hasRole", "Stuurgroep Groene Daken", "voorzitter") in found, found


def test_office_with_its_name_after_it_is_no_reference():
    text = PARTNERS.format(sentence="Voorzitter is de wethouder van Epe, Karel Smit.")
    assert "de wethouder van Epe" not in mentions(text, "Person")
    assert not any(f[0] == "Jan Bos" and f[3] == "voorzitter" for f in facts(text))


def test_office_of_a_place_with_two_holders_is_no_reference():
    text = ("De gemeente Ede werd vertegenwoordigd door wethouder Anna Kok. Later sprak in Ede ook wethouder Jan Bos. "
            "De stuurgroep Groene Daken wordt voorgezeten door de wethouder van Ede.")
    assert not any(f[2] == "Stuurgroep Groene Daken" for f in facts(text))


# --- a counted list as a table: "Onder de pijler vallen drie themagroepen." + "| Themagroep | Trekker | Stad |" --

TABLE = ("Jaarplan 2026\n\nThemagroepen\n\nDe Pijler Wonen is een van de pijlers van de G40. "
         "Onder de pijler vallen {count} themagroepen. Elke themagroep heeft een trekker.\n\n"
         "| Themagroep | Trekker | Stad |\n|---|---|---|\n"
         "| Huur | Anna Kok | Ede |\n| Bouwen en Grond | Jan Bos | Epe |\n| Woonzorg | Eva Smit | Breda |\n")


def test_counted_themagroepen_in_the_table_after_are_parts_of_the_owner():
    found = facts(TABLE.format(count="drie"))
    for unit in ("Themagroep Huur", "Themagroep Bouwen en Grond", "Themagroep Woonzorg"):
        assert (unit, "partOf", "Pijler Wonen", None) in found, found


def test_table_of_another_count_is_not_what_was_counted():
    found = facts(TABLE.format(count="vier"))
    assert not any(f[1] == "partOf" and f[2] == "Pijler Wonen" and f[0].startswith("Themagroep") for f in found), found


def test_town_column_gives_the_trekker_of_the_row_its_town():
    found = facts(TABLE.format(count="drie"))
    for person, town in (("Anna Kok", "Ede"), ("Jan Bos", "Epe"), ("Eva Smit", "Breda")):
        assert (person, "affiliatedWith", town, None) in found, found


# --- a field after an HTML list item's bullet: "• Deelnemende gemeenten: …" --------------------------

def test_field_after_a_bullet_of_an_html_list():
    text = ("City Deal Groene Daken gestart\n\nDe City Deal Groene Daken is maandag gestart.\n\n"
            "• Deelnemende gemeenten: Breda, Tilburg\n\n• Looptijd: 2025 tot 2027\n")
    found = facts(text)
    for town in ("Breda", "Tilburg"):
        assert (town, "participatesIn", "City Deal Groene Daken", None) in found, found


def test_bullet_of_a_sentence_that_only_mentions_partners_is_no_field():
    text = ("City Deal Groene Daken gestart\n\nDe City Deal Groene Daken is maandag gestart.\n\n"
            "• Vragen over deelnemende gemeenten: mail Breda of Tilburg\n")
    assert not any(f[1] == "participatesIn" for f in facts(text))


# --- "Hij is binnen de G40 lid van …": where the role is held, before the role word --------------------

def test_pronoun_copula_with_binnen_before_the_role():
    text = ("De Bredase wethouder Olaf Zegers is blij met de samenwerking. "
            "Hij is binnen het G40 Stedennetwerk lid van de Pijler Sociaal.")
    assert ("Olaf Zegers", "hasRole", "Pijler Sociaal", "lid") in facts(text)


def test_binnen_with_a_verb_after_it_is_no_role():
    text = ("De Bredase wethouder Olaf Zegers is blij met de samenwerking. "
            "Hij is binnen het G40 Stedennetwerk bekend als lid van de Pijler Sociaal.")
    assert not any(f[0] == "Olaf Zegers" and f[2] == "Pijler Sociaal" for f in facts(text))


# --- "Contact: <address>": the person named earlier whom the address spells -------------------------------

MINUTES_CONTACT = ("Verslag Themagroep Afval\n\nAanwezig: Eva Smit (Breda, voorzitter), Tom Ris (G40-bureau, secretaris)\n\n"
                   "1. Opening\n\nDe voorzitter opent de vergadering.\n\n*Volgende vergadering: 10 november. Contact: {address}*")


def test_contact_address_that_spells_a_person_named_before():
    found = facts(MINUTES_CONTACT.format(address="t.ris@g40stedennetwerk.nl"))
    assert ("Tom Ris", "contactFor", "Themagroep Afval", None) in found, found


def test_contact_address_that_spells_no_one_named_gives_no_contact():
    found = facts(MINUTES_CONTACT.format(address="secretariaat@g40stedennetwerk.nl"))
    assert not any(f[1] == "contactFor" for f in found), found


# --- a signature's role line that names its bodies: "burgemeester van Zwolle, voorzitter G40" -------------

SIGNED = ("Geachte leden,\n\nWij vragen uw aandacht voor de woningbouw.\n\nMet vriendelijke groet,\n\n"
          "Peter Bos\n{line}\n\nAnna Kok\nwethouder Delft, voorzitter Pijler Fysiek\n")


def test_each_role_of_a_signature_role_line_with_its_body():
    found = facts(SIGNED.format(line="burgemeester van Zwolle, voorzitter G40"))
    assert ("Peter Bos", "hasRole", "Zwolle", "burgemeester") in found, found
    assert ("Peter Bos", "hasRole", "G40", "voorzitter") in found, found
    assert ("Anna Kok", "hasRole", "Pijler Fysiek", "voorzitter") in found, found


def test_role_line_part_with_more_than_role_and_body_is_not_read():
    found = facts(SIGNED.format(line="burgemeester van Zwolle, voorzitter G40 tot 2023 en lid VNG-bestuur"))
    assert ("Peter Bos", "hasRole", "G40", "voorzitter") not in found, found


# --- the chapter of a pijler: themagroepen in sections headed by their names ------------------------------

CHAPTER = ("Jaarverslag 2023 Stedennetwerk G40\n\n3. Pijler Wonen\n\nDe Pijler Wonen kijkt terug op een druk jaar.\n\n"
           "Huur\nDe themagroep Huur sprak met het ministerie van BZK.\n\n"
           "{heading}\nTrekker van de themagroep Bouwen was Anna Kok (Ede).\n")


def test_themagroep_under_its_own_heading_in_a_pijler_chapter():
    found = facts(CHAPTER.format(heading="Bouwen en grond"))
    assert ("Themagroep Huur", "partOf", "Pijler Wonen", None) in found, found
    assert ("Themagroep Bouwen", "partOf", "Pijler Wonen", None) in found, found


def test_themagroep_under_another_heading_is_not_placed():
    found = facts(CHAPTER.format(heading="Resultaten"))
    assert ("Themagroep Bouwen", "partOf", "Pijler Wonen", None) not in found, found


def test_chapter_ends_at_a_heading_that_names_another_body():
    text = CHAPTER.format(heading="4. Pijler Sociaal\n\nBouwen")
    assert ("Themagroep Bouwen", "partOf", "Pijler Wonen", None) not in facts(text)


# --- the fields under a title in capitals: the unit the title names, as "de pijler" resolved it ------------

def test_fields_under_a_capitalised_title_are_of_its_unit():
    text = ("BESLUITENLIJST PIJLERVERGADERING WONEN EN ZORG\n\nDatum: 20 maart 2025\n"
            "Voorzitter: Lars Hoogendoorn (Venlo)\nSecretaris: Tamara Bakker (G40-bureau)\n\n"
            "Besluiten\n\nDe pijler stelt het werkplan vast.\n")
    found = facts(text)
    assert ("Lars Hoogendoorn", "hasRole", "Pijler Wonen en Zorg", "voorzitter") in found, found
    assert ("Tamara Bakker", "hasRole", "Pijler Wonen en Zorg", "secretaris") in found, found


def test_fields_under_a_title_that_names_no_unit_have_no_subject():
    text = ("BESLUITENLIJST VAN 20 MAART 2025\n\nVoorzitter: Lars Hoogendoorn (Venlo)\n\n"
            "Besluiten\n\nDe pijler Wonen stelt het werkplan vast.\n")
    assert not any(f[1] == "hasRole" and f[3] == "voorzitter" for f in facts(text))


# --- a bare "als trekker" of a person the document already made trekker of a unit -------------------------

def test_bare_role_is_of_the_unit_the_person_already_holds_it_in():
    text = ("13.45 Opening door Tom Kreijen, trekker van de themagroep Vitale Binnensteden.\n\n"
            "De themagroep Vitale Binnensteden werkt samen met het ministerie van EZK aan de Retailagenda 2030. "
            "Kreijen volgde begin dit jaar Marieke Loonstra (Haarlem) op als trekker.")
    found = facts(text)
    assert ("Marieke Loonstra", "hasRole", "Themagroep Vitale Binnensteden", "trekker") in found, found
    assert not any(f[2] == "Retailagenda 2030" and f[1] == "hasRole" for f in found), found


def test_bare_role_of_a_person_with_no_such_role_before_keeps_the_passage_unit():
    text = ("De themagroep Vitale Binnensteden werkt samen met het ministerie van EZK. "
            "Tom Kreijen volgde begin dit jaar Marieke Loonstra (Haarlem) op als trekker.")
    found = facts(text)
    assert ("Marieke Loonstra", "hasRole", "Themagroep Vitale Binnensteden", "trekker") in found, found


# --- "X vertelt hoe Leiden samen met Delft …": the clause's own actor, not the speaker ----------------------

def test_speaker_of_a_clause_with_its_own_actor_does_not_collaborate():
    text = ("Wethouder Yusuf Demir van Leiden was te gast. "
            "Demir vertelt hoe Leiden samen met Delft en Gouda een gezamenlijk energieloket heeft opgezet.")
    found = facts(text)
    assert ("Leiden", "collaboratesWith", "Delft", None) in found, found
    assert not any(f[0] == "Yusuf Demir" and f[1] == "collaboratesWith" for f in found), found


def test_person_who_works_together_himself_still_collaborates():
    text = "Wethouder Yusuf Demir van Leiden werkt samen met Delft aan een energieloket."
    assert ("Yusuf Demir", "collaboratesWith", "Delft", None) in facts(text) \
        or ("Leiden", "collaboratesWith", "Delft", None) in facts(text)


# --- "Wethouder X (Wonen) neemt deel aan de pijler Y": the person who is the clause's subject --------------

def test_person_as_subject_of_neemt_deel_aan_takes_part():
    text = "Ede is lid van de G40.\n\n- Wethouder Sanne Hofstede (Wonen) neemt deel aan de pijler Fysiek.\n"
    assert ("Sanne Hofstede", "participatesIn", "Pijler Fysiek", None) in facts(text)


def test_person_in_another_clause_does_not_take_part():
    text = "Wethouder Sanne Hofstede opende de dag; Ede neemt deel aan de pijler Fysiek."
    found = facts(text)
    assert ("Sanne Hofstede", "participatesIn", "Pijler Fysiek", None) not in found, found


# --- "X vertegenwoordigt Ede in de pijler Y": the person takes part in the unit ----------------------------

def test_person_who_represents_a_town_in_a_unit_takes_part_in_it():
    text = "- Wethouder Jan Roseboom (Economie) vertegenwoordigt Ede in de pijler Economie en Werk.\n"
    assert ("Jan Roseboom", "participatesIn", "Pijler Economie en Werk", None) in facts(text)


def test_represents_without_a_unit_after_gives_no_part():
    text = "Wethouder Jan Roseboom vertegenwoordigt Ede in gesprekken met de pijler Economie en Werk."
    assert not any(f[1] == "participatesIn" and f[0] == "Jan Roseboom" for f in facts(text))


def test_taking_part_in_a_second_thing_after_en_aan():
    text = "- Wethouder Sanne Hofstede (Wonen) neemt deel aan de pijler Fysiek en aan de themagroep Energietransitie.\n"
    found = facts(text)
    assert ("Sanne Hofstede", "participatesIn", "Themagroep Energietransitie", None) in found, found
    assert ("Themagroep Energietransitie", "participatesIn", "Pijler Fysiek", None) not in found, found


# --- the college's signature with an academic title: "de secretaris, drs. H.A. Wolters" --------------------

COLLEGE = ("Raadsvoorstel\n\nDe raad wordt voorgesteld in te stemmen.\n\n"
           "Het college van burgemeester en wethouders van Deventer,\n{line}\nde burgemeester, R. König\n")


def test_college_secretary_signed_with_an_academic_title():
    found = facts(COLLEGE.format(line="de secretaris, drs. H.A. Wolters-Smit"))
    assert any(f[0].endswith("Wolters-Smit") and f[2] == "Deventer" and f[3] == "gemeentesecretaris" for f in found), found


def test_college_line_with_other_words_before_the_name_is_not_read():
    found = facts(COLLEGE.format(line="de secretaris, namens deze H.A. Wolters-Smit"))
    assert not any(f[0].endswith("Wolters-Smit") and f[3] == "gemeentesecretaris" for f in found), found


def test_author_of_a_college_proposal_works_for_the_municipality():
    text = ("Raadsvoorstel\nSteller: J.W. Brinkhuis, beleidsadviseur Inkomen\n\nDe raad wordt voorgesteld in te stemmen.\n\n"
            "Het college van burgemeester en wethouders van Deventer,\nde secretaris, H.A. Wolters\n")
    assert any(f[0].endswith("Brinkhuis") and f[2] == "Deventer" for f in facts(text))


def test_author_field_without_a_college_signature_names_no_employer():
    text = "Notitie\nSteller: J.W. Brinkhuis, beleidsadviseur Inkomen\n\nDeventer en Zwolle werken samen.\n"
    assert not any(f[0].endswith("Brinkhuis") and f[2] == "Deventer" for f in facts(text))


# --- "de toetreding van Deventer tot de City Deal X": the actor takes part ---------------------------------

def test_accession_of_a_town_to_a_programme():
    text = "De raad stemt in met de toetreding van Deventer tot de City Deal Eenvoudig Maatwerk."
    assert ("Deventer", "participatesIn", "City Deal Eenvoudig Maatwerk", None) in facts(text)


def test_possible_accession_is_no_fact():
    text = "De raad praat over een eventuele toetreding van Deventer tot de City Deal Eenvoudig Maatwerk."
    assert ("Deventer", "participatesIn", "City Deal Eenvoudig Maatwerk", None) not in facts(text)
