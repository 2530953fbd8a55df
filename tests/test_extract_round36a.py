"""Round 36a: roles where both the person and the body are already recognised."""

from __future__ import annotations

from tests.extract_facts import facts, mentions


# --- a who's-who line "Naam - rol Naam van de pijler": the words after the role are the unit ---------

def test_whos_who_line_gives_the_pijler_its_secretary():
    text = ("Pijler Fysiek Domein\n\n"
            "- Esra Yıldız - pijlersecretaris Fysiek Domein en contactpersoon van de Themagroep Wonen.\n")
    found = facts(text)
    assert ("Esra Yıldız", "hasRole", "Pijler Fysiek Domein", "pijlersecretaris") in found, found
    assert mentions(text, "Person") == ["Esra Yıldız"]


def test_role_in_a_bracket_after_an_employer_is_no_second_name():
    text = ("De agenda wordt gedragen door de Pijler Sociaal Domein van de G40. De coördinatie ligt bij Maaike "
            "Stoffels (G40-bureau, pijlersecretaris Sociaal Domein) en Jeroen Lammers (SZW).")
    found = facts(text)
    assert ("Maaike Stoffels", "hasRole", "Pijler Sociaal Domein", "pijlersecretaris") in found, found
    assert "Sociaal Domein" not in mentions(text, "Person")


def test_dash_in_running_text_is_no_apposition():
    # the name does not open the line: "met X - voorzitter Y" is no role of X
    text = "Pijler Sociaal Domein\n\nHet overleg met Anna de Boer - voorzitter Piet Jansen opende de dag."
    assert not any(f[0] == "Anna de Boer" and f[1] == "hasRole" for f in facts(text))


def test_name_after_a_role_in_running_text_is_still_a_person():
    text = "De Pijler Sociaal Domein van de G40 heeft een nieuwe voorzitter: wethouder Kees Hoogland (Zwolle)."
    assert "Kees Hoogland" in mentions(text, "Person")


# --- a chain of the same subject pronoun: the person named as its object is not whom "hij" is --------

def test_pronoun_goes_on_past_the_object_of_the_sentence_before():
    text = ("Henk Dijkman was jaren wethouder van Alkmaar. In 2016 droeg hij het voorzitterschap van de pijler "
            "over aan de Zaanse wethouder Samira Bos. Ook was hij jarenlang lid van de VNG-commissie Zorg.")
    found = facts(text)
    assert ("Henk Dijkman", "hasRole", "Commissie Zorg", "lid") in found, found
    assert not any(f[0] == "Samira Bos" and f[2] == "Commissie Zorg" for f in found), found


def test_pronoun_chain_through_sentences_that_name_no_one():
    text = ("Henk Dijkman begon bij de gemeente Zaanstad. In 1998 werd hij wethouder van Alkmaar. "
            "Hij was betrokken bij de G40. In die jaren raakte hij bekend. Hij las veel. Hij schreef veel. "
            "In 2016 droeg hij de pijler over aan wethouder Samira Bos. Daarna werd hij voorzitter van "
            "woningcorporatie Intermaris.")
    found = facts(text)
    assert ("Henk Dijkman", "hasRole", "Intermaris", "voorzitter") in found, found


def test_other_pronoun_takes_the_person_named_last():
    # "zij" after a sentence of "hij": she is the wethouder he handed over to
    text = ("Henk Dijkman was voorzitter van de Pijler Sociaal Domein. In 2016 droeg hij de pijler over aan "
            "wethouder Samira Bos. Ook is zij lid van de VNG-commissie Zorg.")
    found = facts(text)
    assert ("Samira Bos", "hasRole", "Commissie Zorg", "lid") in found, found


def test_person_in_a_second_clause_is_a_new_subject():
    text = ("Henk Dijkman was voorzitter van de pijler. Hij vertrok in 2016 en wethouder Samira Bos nam het over. "
            "Zij is ook lid van de VNG-commissie Zorg.")
    assert ("Samira Bos", "hasRole", "Commissie Zorg", "lid") in facts(text)


# --- a second role joined after the owner of the first body -----------------------------------------

def test_second_role_after_the_owner_of_the_first_body():
    text = "Eva Kok was lid van het bestuur van de G40 en voorzitter van de Pijler Sociaal Domein."
    found = facts(text)
    assert ("Eva Kok", "hasRole", "Pijler Sociaal Domein", "voorzitter") in found, found


# --- "burgemeester van Hoorn": an office of a municipality is a cue for a name that is also a word ----

def test_office_van_is_a_cue_for_a_municipality_that_is_a_word():
    assert "Hoorn" in mentions("In 2006 werd zij burgemeester van Hoorn.", "Municipality")
    assert "Best" in mentions("Jan Smit is wethouder van Best.", "Municipality")
    assert "Hoorn" in mentions("Zij overleed in haar woonplaats Hoorn.", "Municipality")


def test_van_without_an_office_is_no_cue():
    assert mentions("Het is de bedoeling van Hoorn dat alles klopt.", "Municipality") == []
    assert mentions("Het geluid van de hoorn klonk.", "Municipality") == []


# --- a courtesy title between the role word and the name; a programme's staff in an answer about it ----

def test_courtesy_title_between_role_and_name():
    text = ("Het Programma Sterke Steden loopt sinds 2023. De dagelijkse leiding ligt bij programmamanager "
            "mevrouw Anna de Wit.")
    found = facts(text)
    assert ("Anna de Wit", "hasRole", "Programma Sterke Steden", "programmamanager") in found, found


def test_head_of_the_directorate_named_just_before():
    text = ("Het Programma Sterke Steden valt onder de directie Woningmarkt van het ministerie van BZK. "
            "Directeur is de heer K. (Koen) Breed.")
    found = facts(text)
    assert ("Koen Breed", "hasRole", "Directie Woningmarkt", "directeur") in found, found


def test_directeur_inside_a_sentence_is_not_the_directorate_head():
    text = ("Het Programma Sterke Steden valt onder de directie Woningmarkt van het ministerie van BZK. "
            "Ook sprak directeur Jan Smit van de VNG.")
    found = facts(text)
    assert not any(f[0] == "Jan Smit" and f[2] == "Directie Woningmarkt" for f in found), found


def test_programme_role_with_a_field_of_its_own_is_not_the_pages_programme():
    text = ("Samenwerkingsagenda Werk\n\n"
            "| Thema | Trekker |\n|---|---|\n| Inburgering | Hans de Wilde, programmadirecteur Inburgering |\n")
    found = facts(text)
    assert not any(f[0] == "Hans de Wilde" and f[3] == "programmadirecteur" for f in found), found


# --- a relative clause of leading after the person's town: "X uit Y, die de Themagroep Z voorzit/trekt" ----

def test_relative_chair_after_the_persons_town():
    text = "Haar collega Bas Groen uit Haarlemmermeer, die de Themagroep Wonen van de G40 voorzit, vult aan."
    found = facts(text)
    assert ("Bas Groen", "hasRole", "Themagroep Wonen", "voorzitter") in found, found
    assert not any(f[0] == "Bas Groen" and f[2] == "G40" and f[3] == "voorzitter" for f in found), found


def test_relative_trekker_not_of_the_body_after_binnen():
    text = ("Ik sprak met wethouder Marco Vliet van Heerlen, die binnen de G40 de Themagroep Vitale binnensteden "
            "trekt.")
    found = facts(text)
    assert ("Marco Vliet", "hasRole", "Themagroep Vitale binnensteden", "trekker") in found, found
    assert not any(f[0] == "Marco Vliet" and f[2] == "G40" for f in found), found


def test_trekken_of_no_unit_is_no_role():
    text = "Ik sprak met wethouder Marco Vliet van Heerlen, die veel aandacht van de G40 trekt."
    assert not any(f[3] == "trekker" for f in facts(text))


# --- "Haar collega X uit Y": the possessor's office in the colleague's own town --------------------------

def test_colleague_with_the_town_after_the_name():
    text = ("Wethouder Yvonne Ram (Dordrecht) wijst op de Spoorzone. \"Zonder geld komt er niets.\" "
            "Haar collega Bas Groen uit Haarlemmermeer vult aan.")
    found = facts(text)
    assert ("Bas Groen", "hasRole", "Haarlemmermeer", "wethouder") in found, found


def test_colleague_of_no_office_holder_gets_no_office():
    text = "Anna Kok is voorzitter van de Themagroep Wonen. Haar collega Bas Groen uit Haarlemmermeer vult aan."
    found = facts(text)
    assert not any(f[0] == "Bas Groen" and f[1] == "hasRole" for f in found), found


# --- a table column "Trekker SZW": the role word, and the party its holders stand for ----------------

_PARTY_TABLE = ("Samenwerkingsagenda Werk en Inkomen\n\n"
                "| Thema | Bestuurlijk trekker G40 | Trekker SZW |\n|---|---|---|\n"
                "| Bestaanszekerheid | wethouder Lieke Broek (Tilburg) | Ruud Hoog, directeur Armoede |\n"
                "| Schulden | wethouder Anouk Verbeek (Breda) | Ruud Hoog |\n")


def test_role_column_with_a_party_after_the_role_word():
    found = facts(_PARTY_TABLE)
    assert ("Lieke Broek", "hasRole", "Samenwerkingsagenda Werk en Inkomen", "bestuurlijk trekker") in found, found
    assert ("Ruud Hoog", "hasRole", "Samenwerkingsagenda Werk en Inkomen", "trekker") in found, found
    assert ("Anouk Verbeek", "hasRole", "Samenwerkingsagenda Werk en Inkomen", "bestuurlijk trekker") in found, found


def test_apposition_role_in_a_party_column_is_held_at_the_party():
    found = facts(_PARTY_TABLE)
    assert ("Ruud Hoog", "hasRole", "SZW", "directeur") in found, found
    # a wethouder is her town's, not the G40's
    assert not any(f[0] == "Lieke Broek" and f[2] == "G40" for f in found), found


def test_column_with_a_name_after_a_non_role_is_no_party_column():
    text = ("Samenwerkingsagenda Werk en Inkomen\n\n| Thema | Contact SZW |\n|---|---|\n"
            "| Bestaanszekerheid | Ruud Hoog, directeur Armoede |\n")
    found = facts(text)
    assert not any(f[0] == "Ruud Hoog" and f[1] == "hasRole" for f in found), found


# --- "Kamerlid X": a member of the Tweede Kamer the document names -----------------------------------

def test_kamerlid_is_a_member_of_the_tweede_kamer():
    text = "In de Tweede Kamer vindt de G40 gehoor bij onder meer Kamerlid Wouter Brink."
    found = facts(text)
    assert ("Wouter Brink", "hasRole", "Tweede Kamer", "Kamerlid") in found, found


def test_kamerlid_without_the_tweede_kamer_named_holds_nothing():
    found = facts("De G40 vindt gehoor bij Kamerlid Wouter Brink.")
    assert not any(f[0] == "Wouter Brink" and f[1] == "hasRole" for f in found), found


# --- "X is onze nieuwe programmamanager" in the newsletter of a programme ------------------------------

def test_our_new_role_in_a_programmes_newsletter():
    text = ("Nieuwsbrief City Deal Schone Lucht\n\nNieuwe programmamanager\n\n"
            "Per 1 september is Daan Vermeer onze nieuwe programmamanager.")
    found = facts(text)
    assert ("Daan Vermeer", "hasRole", "City Deal Schone Lucht", "programmamanager") in found, found


def test_our_role_without_a_programme_in_the_title():
    text = "Nieuws uit de regio\n\nPer 1 september is Daan Vermeer onze nieuwe programmamanager."
    found = facts(text)
    assert not any(f[0] == "Daan Vermeer" and f[1] == "hasRole" for f in found), found


# --- "de voorzitter, wethouder X": a definite role, then the titled holder in apposition ---------------

def test_definite_role_then_titled_holder():
    text = ("Aan: Themagroep Armoede en Schulden\n\nBeste leden van de themagroep,\n\n"
            "Het verslag volgt na vaststelling door de voorzitter, wethouder Fatma Öztürk (Zaanstad).")
    found = facts(text)
    assert ("Fatma Öztürk", "hasRole", "Themagroep Armoede en Schulden", "voorzitter") in found, found
    assert ("Fatma Öztürk", "hasRole", "Zaanstad", "wethouder") in found, found


def test_definite_role_then_an_untitled_list_is_no_apposition():
    text = ("Aan: Themagroep Armoede en Schulden\n\n"
            "Aanwezig waren de voorzitter, Fatma Öztürk en Jan Bos.")
    found = facts(text)
    assert not any(f[0] == "Jan Bos" and f[1] == "hasRole" for f in found), found


# --- a subject line "Actiepunten themagroep X 12 november 2024": the unit, then a date ------------------

def test_day_number_before_a_month_is_no_part_of_a_units_name():
    text = "Onderwerp: Actiepunten themagroep Armoede en Schulden 12 november 2024\n\nBeste leden,"
    assert mentions(text, "OrganisationalUnit") == ["themagroep Armoede en Schulden"]



# --- a who's-who page: a bare role on a dash line is held in the unit the page's title names -----------

_WHOS_WHO = ("Wie is wie - G40-bureau\n\nWie is wie bij het G40-bureau\n\nDirectie\n\n"
             "• Rachid el Amrani - beleidsadviseur bestuurszaken; aanspreekpunt voor de netwerkdagen.\n\n"
             "• Thijs Brouwer - programmamanager Smart Cities.\n")


def test_whos_who_line_without_a_body_is_of_the_titles_unit():
    found = facts(_WHOS_WHO)
    assert ("Rachid el Amrani", "hasRole", "G40-bureau", "beleidsadviseur") in found, found
    assert ("Thijs Brouwer", "hasRole", "G40-bureau", "programmamanager") in found, found


def test_comma_line_under_a_unit_title_is_no_staff_line():
    text = "Verslag Themagroep Wonen\n\nAanwezig:\n\n- Jan Smit, beleidsadviseur\n- Eva Kok, wethouder Ede\n"
    found = facts(text)
    assert not any(f[0] == "Jan Smit" and f[3] == "beleidsadviseur" for f in found), found


# --- a signature: "De Minister van X," over a name in initials ----------------------------------------

def test_name_in_initials_under_a_role_line_signs():
    text = ("Antwoorden op vragen over winkelleegstand.\n\nIk ga in overleg met de G40.\n\n"
            "De Minister van Economische Zaken,\nM.J. Hofstede-Kok")
    assert "M.J. Hofstede-Kok" in mentions(text, "Person")
    found = facts(text, date="2025-03-10")
    assert any(f[0] == "M.J. Hofstede-Kok" and f[1] == "hasRole" and f[3] == "minister" for f in found), found


def test_initials_under_a_line_without_a_role_are_no_name():
    text = "Zie de bijlage van het rapport,\nA.B. Tabel"
    assert mentions(text, "Person") == []


# --- a hyphenated given name repeated alone; "als <rol> <veld> bij de gemeente X" ----------------------

def test_hyphenated_given_name_repeated_alone():
    text = ("Met verdriet melden wij het overlijden van Hendrik-Jan Wijnberg. Hendrik-Jan begon zijn loopbaan "
            "als beleidsmedewerker sociale zaken bij de gemeente Zaanstad.")
    found = facts(text)
    assert ("Hendrik-Jan Wijnberg", "hasRole", "Zaanstad", "beleidsmedewerker") in found, found


def test_pronoun_als_role_with_a_field_before_its_employer():
    text = "Eva Kok overleed. Zij werkte jaren als beleidsadviseur wonen bij de gemeente Ede."
    found = facts(text)
    assert ("Eva Kok", "hasRole", "Ede", "beleidsadviseur") in found, found


def test_hyphenated_word_is_no_given_name_repeat():
    text = "Anne-Marie Bos is wethouder. Het Anne-Marie-fonds helpt."
    assert mentions(text, "Person") == ["Anne-Marie Bos"]


# --- "City Deal Vakmanschap in de Regio": a bare "Regio" ends a deal's name as its setting --------------

def test_deal_name_ends_with_a_bare_regio():
    text = "De City Deal Vakmanschap in de Regio is in 2022 gesloten. De stuurgroep wordt voorgezeten door Hakan Dag."
    assert mentions(text, "Programme") == ["City Deal Vakmanschap in de Regio"]


def test_deal_name_stops_before_a_named_region():
    text = "De City Deal Werk in de Regio Twente is in 2022 gesloten."
    assert mentions(text, "Programme") == ["City Deal Werk"]


# --- a housed programme bureau in a letter whose subject line names the programme ---------------------

def test_programme_of_a_housed_bureau_from_the_subject_line():
    text = ("GEMEENTE VENLO\n\nOnderwerp: Toetreding tot de City Deal Vakwerk\n\nToelichting\n\n"
            "De deal verbindt onderwijs en werk.\n\n"
            "Het programmabureau is ondergebracht bij de gemeente Eindhoven; programmamanager is Femke Schel.")
    found = facts(text)
    assert ("Femke Schel", "hasRole", "City Deal Vakwerk", "programmamanager") in found, found


# --- "die de overstap heeft gemaakt naar het ministerie van X": where the person works now ------------

def test_overstap_naar_an_employer():
    text = "Hij neemt het stokje over van Ingrid Post, die de overstap heeft gemaakt naar het ministerie van SZW."
    assert ("Ingrid Post", "affiliatedWith", "SZW", None) in facts(text)


def test_overstap_naar_a_plan_is_no_employer():
    text = "Ingrid Post pleit voor de overstap naar duurzame energie in de gemeente Ede."
    assert not any(f[1] == "affiliatedWith" for f in facts(text))


def test_eerste_kamerlid_is_no_member_of_the_tweede_kamer():
    text = "De Tweede Kamer en de Eerste Kamer spraken erover. Eerste Kamerlid Anna Vos stelde vragen."
    found = facts(text)
    assert not any(f[0] == "Anna Vos" and f[2] == "Tweede Kamer" for f in found), found


def test_programme_named_after_the_person_is_not_their_programme():
    text = "Wethouders spraken.\n\nProgrammamanager Hans Kok van de gemeente Ede sprak over de City Deal Zon."
    found = facts(text)
    assert not any(f[0] == "Hans Kok" and f[2] == "City Deal Zon" for f in found), found
