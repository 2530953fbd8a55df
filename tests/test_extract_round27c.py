"""Round 27c: constructions of Dutch found on the development sets, tested on sentences of our own."""

from __future__ import annotations

from extract_facts import facts

DATE = "2024-11-01"


def of_predicate(text: str, predicate: str) -> set[tuple]:
    return {(f[0], f[2]) for f in facts(text, DATE) if f[1] == predicate}


# --- ledBy: responsibility, "valt onder", "voert de regie", carrying out ------------------------

def test_an_actor_responsible_for_a_programme_leads_it():
    text = "Het programma Sterke Buurten loopt tot 2030. Het ministerie van SZW is verantwoordelijk voor het programma."
    assert of_predicate(text, "ledBy") == {("Sterke Buurten", "SZW")}
    text = "Het programma Sterke Buurten loopt tot 2030. Verantwoordelijk voor het programma is de provincie Gelderland."
    assert of_predicate(text, "ledBy") == {("Sterke Buurten", "Gelderland")}


def test_a_programme_that_falls_under_an_actor_is_led_by_it():
    text = "Het Woningbouwfonds is in 2021 gestart. Sinds 1 januari valt de regeling onder het ministerie van BZK."
    assert of_predicate(text, "ledBy") == {("Woningbouwfonds", "BZK")}
    text = "Het Woningbouwfonds valt sinds 2023 onder de verantwoordelijkheid van de VNG."
    assert of_predicate(text, "ledBy") == {("Woningbouwfonds", "VNG")}


def test_the_actor_that_directs_or_carries_out_a_programme_leads_it():
    text = "De gemeente Zwolle voert de regie over het programma Sterke Buurten."
    assert of_predicate(text, "ledBy") == {("Sterke Buurten", "Zwolle")}
    text = "Het Woningbouwfonds helpt steden. De aanvragen worden beoordeeld door RVO, die de regeling namens het ministerie uitvoert."
    assert ("Woningbouwfonds", "RVO") in of_predicate(text, "ledBy")
    assert of_predicate("Het Woningbouwfonds helpt steden. RVO voert het fonds uit.", "ledBy") == {("Woningbouwfonds", "RVO")}
    assert of_predicate("Het Woningbouwfonds helpt steden. De uitvoering ligt bij RVO.", "ledBy") == {("Woningbouwfonds", "RVO")}


def test_denied_or_wished_responsibility_states_no_lead():
    for text in ("Het programma Sterke Buurten loopt tot 2030. Het ministerie van SZW is niet verantwoordelijk voor het programma.",
                 "De provincie Utrecht wil verantwoordelijk worden voor het Woningbouwfonds.",
                 "Het Woningbouwfonds helpt steden. De uitvoering ligt niet bij RVO.",
                 "Het Woningbouwfonds valt onder de Woningwet.",
                 "Het programma Sterke Buurten staat onder druk."):
        assert of_predicate(text, "ledBy") == set(), text


# --- participatesIn: a distribution of a fund's money -------------------------------------------

def test_recipients_of_amounts_take_part_in_the_fund():
    text = ("Het Woningbouwfonds helpt steden met geld. Verdeling: Zwolle ontvangt 12,5 miljoen euro voor de "
            "Diezerpoort. Deventer en Almelo krijgen samen 8 miljoen euro. Daarnaast ontvangt Breda € 450.000.")
    assert of_predicate(text, "participatesIn") == {(c, "Woningbouwfonds") for c in ("Zwolle", "Deventer", "Almelo", "Breda")}


def test_amounts_from_another_source_or_after_no_fund_give_no_taking_part():
    for text in ("Het Woningbouwfonds helpt steden met geld. Zwolle ontvangt 12,5 miljoen euro van de provincie Overijssel.",
                 "Het Woningbouwfonds helpt steden met geld. Zwolle ontvangt geen 12,5 miljoen euro.",
                 "Het programma Sterke Buurten helpt steden. Zwolle ontvangt 12,5 miljoen euro."):
        assert of_predicate(text, "participatesIn") == set(), text


# --- roles: a title between the copula and the name ---------------------------------------------

def test_a_title_before_the_name_keeps_the_inverted_role_copula():
    text = "De themagroep Wonen is in 2020 opgericht. Voorzitter van de themagroep is oud-burgemeester Jan de Wit."
    assert ("Jan de Wit", "hasRole", "Themagroep Wonen", "voorzitter") in facts(text, DATE)
    text = "De taskforce Zorg is in 2020 opgericht. Secretaris van de taskforce is oud-wethouder P.J. (Pieter) Zwart."
    assert any("Zwart" in f[0] and f[1:] == ("hasRole", "Taskforce Zorg", "secretaris") for f in facts(text, DATE))


# --- representation, a programme's own bodies and staff ------------------------------------------

def test_a_person_representing_an_actor_works_for_it_and_sits_in_the_body():
    text = ("De stuurgroep Zorg komt vier keer per jaar bijeen. Namens de G40 heeft wethouder Eva Smit (Breda) "
            "zitting in de stuurgroep; de VNG wordt vertegenwoordigd door Kees Mol.")
    found = facts(text, DATE)
    assert ("Kees Mol", "affiliatedWith", "VNG", None) in found
    assert ("Kees Mol", "participatesIn", "Stuurgroep Zorg", None) in found
    text = "In de taskforce Werk wordt de provincie Gelderland vertegenwoordigd door gedeputeerde Kees Mol."
    assert facts(text, DATE) == {("Kees Mol", "hasRole", "Gelderland", "gedeputeerde"),
                                 ("Kees Mol", "participatesIn", "Taskforce Werk", None)}
    assert facts("De VNG wordt vertegenwoordigd door Kees Mol en Anna de Boer.", DATE) == {
        ("Kees Mol", "affiliatedWith", "VNG", None), ("Anna de Boer", "affiliatedWith", "VNG", None)}


def test_a_representation_that_ended_states_nothing():
    assert facts("De VNG wordt niet meer vertegenwoordigd door Kees Mol.", DATE) == set()


def test_an_unnamed_body_on_a_programme_page_is_part_of_the_programme():
    text = ("Programma Sterke Wijken\n\nHet programma helpt steden. Een bestuurlijke stuurgroep houdt toezicht op "
            "de voortgang. Voorzitter van de stuurgroep is oud-burgemeester Jan Smit.")
    found = facts(text, DATE)
    assert any(f[1:3] == ("partOf", "Programma Sterke Wijken") and "stuurgroep" in f[0].lower() for f in found), found
    assert any(f[0] == "Jan Smit" and f[1] == "hasRole" and f[3] == "voorzitter" for f in found), found


def test_a_body_with_an_owner_or_off_a_programme_page_is_no_part_of_it():
    assert of_predicate("Programma Sterke Wijken\n\nHet programma helpt steden. Een stuurgroep van de VNG houdt toezicht.",
                        "partOf") == set()
    assert of_predicate("Nieuws\n\nEen bestuurlijke stuurgroep houdt toezicht op de voortgang.", "partOf") == set()
    assert of_predicate("Programma Sterke Wijken\n\nDe provincie richt een programmabureau in.", "partOf") == set()


PAGE = "Programma Sterke Wijken\n\nHet programma helpt steden.\n\n"


def test_a_programme_role_word_on_the_programme_page_is_a_role_in_the_programme():
    text = PAGE + "Programmadirecteur bij het ministerie van SZW is drs. P.J. (Piet) de Graaf. Hij stuurt het team aan."
    assert facts(text, DATE) == {("Piet de Graaf", "hasRole", "Programma Sterke Wijken", "programmadirecteur"),
                                 ("Piet de Graaf", "hasRole", "SZW", "programmadirecteur")}
    assert facts(PAGE + "De programmamanager is Eva Smit.", DATE) == {
        ("Eva Smit", "hasRole", "Programma Sterke Wijken", "programmamanager")}
    assert facts(PAGE + "Eva Smit, programmasecretaris, leidt de bijeenkomst.", DATE) == {
        ("Eva Smit", "hasRole", "Programma Sterke Wijken", "programmasecretaris")}


def test_a_programme_role_of_another_programme_or_denied_is_not_the_page_programmes():
    assert facts(PAGE + "De City Deal Gezonde Stad heeft een programmamanager: Eva Smit.", DATE) == set()
    assert facts(PAGE + "Eva Smit is niet langer programmamanager.", DATE) == set()
    assert facts("Programma Sterke Wijken\n\nEva Smit, programmamanager van de Regio Deal Twente, sprak.", DATE) == {
        ("Eva Smit", "hasRole", "Regio Deal Twente", "programmamanager")}


def test_contact_with_a_role_word_before_the_name_on_a_programme_page():
    text = PAGE + "Contact\n\nVoor vragen kunt u contact opnemen met programmamanager Eva Smit: e.smit@breda.nl."
    found = facts(text, DATE)
    assert ("Eva Smit", "contactFor", "Programma Sterke Wijken", None) in found
    assert ("Eva Smit", "hasRole", "Programma Sterke Wijken", "programmamanager") in found


# --- an opinion piece's signature: its second role, its "wij", "van onze pijler" ----------------

SIGNED = ("Opinie: de stad verdient beter\n\nIk zie elke dag hoe ondernemers worstelen. {body}\n\n"
          "Pieter de Vries\n{line}")


def test_a_signature_line_with_two_roles_gives_both():
    text = SIGNED.format(body="Daarom vraag ik het kabinet om actie.",
                         line="Wethouder Wonen in Deventer en voorzitter van de Pijler Fysiek Domein van de G40")
    found = facts(text, DATE)
    assert ("Pieter de Vries", "hasRole", "Deventer", "wethouder") in found
    assert ("Pieter de Vries", "hasRole", "Pijler Fysiek Domein", "voorzitter") in found
    text = SIGNED.format(body="Daarom vraag ik om actie.", line="burgemeester van Zwolle en trekker van de themagroep Energie")
    assert ("Pieter de Vries", "hasRole", "Themagroep Energie", "trekker") in facts(text, DATE)


def test_a_former_second_role_of_a_signature_gives_no_role():
    text = SIGNED.format(body="Daarom vraag ik om actie.", line="wethouder in Breda, oud-voorzitter van de Pijler Sociaal Domein")
    assert facts(text, DATE) == {("Pieter de Vries", "hasRole", "Breda", "wethouder")}


def test_the_we_of_a_piece_signed_by_a_unit_chair_is_that_unit():
    text = SIGNED.format(body="In de themagroep Jeugd van onze pijler delen we ervaringen. Wij hebben samen met TNO "
                              "gerekend aan de wachtlijsten.",
                         line="Wethouder Zorg in Ede en voorzitter van de Pijler Sociaal Domein van de G40")
    found = facts(text, DATE)
    assert ("Themagroep Jeugd", "partOf", "Pijler Sociaal Domein", None) in found
    assert ("Pijler Sociaal Domein", "collaboratesWith", "TNO", None) in found


def test_our_pijler_without_a_chair_signing_names_no_owner():
    text = ("Opinie\n\nIn de themagroep Jeugd van onze pijler delen we ervaringen.\n\nPieter de Vries\nwethouder in Ede")
    assert of_predicate(text, "partOf") == set()


# --- a meeting's invitation: its delegation, its parties, a guest's role --------------------------

INVITATION = ("Uitnodiging en agenda Bestuurlijk Overleg VNG – minister van OCW\nUtrecht, 3 maart 2023\n\n"
              "Hierbij ontvangt u de agenda voor het bestuurlijk overleg tussen de VNG en de minister van "
              "Onderwijs, Cultuur en Wetenschap.\n\n{delegation}\n"
              "- Karel Appel, burgemeester van Leiden\n- Lotte Smit, wethouder Breda\n\n"
              "Ook Platform31 is uitgenodigd; directeur Kees Mol neemt deel aan agendapunt 3.\n")


def test_the_delegation_of_a_meetings_invitation_takes_part_in_it():
    found = of_predicate(INVITATION.format(delegation="Delegatie VNG"), "participatesIn")
    assert {("Karel Appel", "bestuurlijk overleg"), ("Lotte Smit", "bestuurlijk overleg")} <= {(a, b.lower()) for a, b in found}


def test_a_list_under_another_heading_is_no_delegation():
    found = of_predicate(INVITATION.format(delegation="Sprekers elders"), "participatesIn")
    assert not {a for a, _ in found} & {"Karel Appel", "Lotte Smit"}


def test_the_parties_of_a_meeting_between_them_take_part_in_it():
    found = {(a, b.lower()) for a, b in of_predicate(INVITATION.format(delegation="Delegatie VNG"), "participatesIn")}
    assert {("VNG", "bestuurlijk overleg"), ("OCW", "bestuurlijk overleg")} <= found
    text = INVITATION.format(delegation="Delegatie VNG").replace("het bestuurlijk overleg tussen", "het bestuurlijk overleg dat niet doorgaat tussen")
    found = {(a, b.lower()) for a, b in of_predicate(text, "participatesIn")}
    assert ("OCW", "bestuurlijk overleg") not in found


def test_a_role_after_a_semicolon_is_of_the_organisation_before_it():
    found = facts(INVITATION.format(delegation="Delegatie VNG"), DATE)
    assert ("Kees Mol", "hasRole", "Platform31", "directeur") in found
    assert any(f[0] == "Kees Mol" and f[1] == "participatesIn" for f in found)
    found = facts("Platform31 en Divosa zijn uitgenodigd; directeur Kees Mol neemt deel.", DATE)
    assert not any(f[0] == "Kees Mol" and f[1] == "hasRole" for f in found)


def test_the_subject_of_a_relative_clause_is_who_works_together():
    text = "Voorbereiding: Jan de Wit, op basis van een notitie die Eva Smit samen met Divosa opstelt."
    assert of_predicate(text, "collaboratesWith") == {("Eva Smit", "Divosa")}


# --- a ministry's press release: its directeur-generaal and spokesperson ------------------------

RELEASE = ("Persbericht: geld voor wijken\n{line}\n\nVijf gemeenten krijgen geld. \"Dit helpt,\" zegt "
           "directeur-generaal Wonen en Bouwen Jan de Wit.\n\nNoot voor de redactie\nVoor vragen kunt u contact "
           "opnemen met de afdeling Communicatie, woordvoerder Daan Bos, telefoon 070 - 123 45 67.")


def test_the_officials_of_a_ministrys_press_release_are_the_ministrys():
    found = facts(RELEASE.format(line="Ministerie van Sociale Zaken en Werkgelegenheid, 12 november 2024"), DATE)
    assert ("Jan de Wit", "hasRole", "SZW", "directeur-generaal") in found
    assert ("Daan Bos", "hasRole", "SZW", "woordvoerder") in found


def test_a_release_without_a_ministrys_line_gives_its_officials_no_ministry():
    found = facts(RELEASE.format(line="Gemeente Ede, 12 november 2024"), DATE)
    assert not any(f[0] in ("Jan de Wit", "Daan Bos") and f[1] == "hasRole" for f in found), found


def test_who_pays_towards_a_programme_takes_part_in_it():
    text = ("Het programma Sterke Buurten loopt tot 2030. Het ministerie van SZW en het ministerie van OCW dragen bij "
            "aan de financiering.")
    assert of_predicate(text, "participatesIn") == {("SZW", "Sterke Buurten"), ("OCW", "Sterke Buurten")}
    text = "De gemeente Breda draagt financieel bij aan de financiering van het programma Sterke Buurten."
    assert of_predicate(text, "participatesIn") == {("Breda", "Sterke Buurten")}


def test_paying_for_something_else_or_denied_is_no_taking_part():
    assert of_predicate("Het programma Sterke Buurten loopt tot 2030. Het ministerie van SZW draagt niet bij aan "
                        "de financiering.", "participatesIn") == set()
    assert of_predicate("De gemeente Breda draagt bij aan de financiering van het nieuwe zwembad.", "participatesIn") == set()


def test_variants_of_execution_amounts_and_staff():
    assert of_predicate("Het Woningbouwfonds helpt steden. De uitvoering is in handen van RVO.", "ledBy") == {
        ("Woningbouwfonds", "RVO")}
    text = "Het Woningbouwfonds helpt steden met geld.\n\nVerdeling\n- Zwolle: 12,5 miljoen euro\n- Deventer: € 8 miljoen\n"
    assert of_predicate(text, "participatesIn") == {("Zwolle", "Woningbouwfonds"), ("Deventer", "Woningbouwfonds")}
    text = "Het programma Sterke Buurten helpt steden.\n\nDeelnemers\n- Zwolle: twaalf wijken\n- Deventer: € 8 miljoen\n"
    assert of_predicate(text, "participatesIn") == set()
    text = PAGE + "De programmadirecteur, mr. Eva Smit, stuurt het programmateam aan."
    assert facts(text, DATE) == {("Eva Smit", "hasRole", "Programma Sterke Wijken", "programmadirecteur")}


def test_a_ministrys_mail_domain_is_min_and_its_abbreviation():
    found = facts("Meer weten? Mail Eva Smit (eva.smit@minszw.nl) of Jan de Wit (j.dewit@minbzk.nl).", DATE)
    assert ("Eva Smit", "affiliatedWith", "SZW", None) in found
    assert ("Jan de Wit", "affiliatedWith", "BZK", None) in found
    assert not any(f[0] == "Eva Smit" and f[1] == "affiliatedWith" and f[2] != "SZW" for f in found)


def test_a_fronted_contact_point_is_the_contact_for_what_opens_the_sentence():
    found = facts("Voor de themagroep Wonen is Eva Smit van de gemeente Breda het aanspreekpunt.", DATE)
    assert found == {("Eva Smit", "contactFor", "Themagroep Wonen", None), ("Eva Smit", "affiliatedWith", "Breda", None)}
    assert of_predicate("Voor de themagroep Wonen is Eva Smit niet langer het aanspreekpunt.", "contactFor") == set()
    assert of_predicate("Voor de themagroep Wonen is Eva Smit de nieuwe voorzitter.", "contactFor") == set()


def test_co_financers_of_a_fund_take_part_in_it():
    text = ('Het Woningbouwfonds helpt steden. "We doen het niet alleen: woningcorporatie Portaal en de provincie '
            'Utrecht leggen er ook geld bij."')
    assert of_predicate(text, "participatesIn") == {("Portaal", "Woningbouwfonds"), ("provincie Utrecht", "Woningbouwfonds")}
    assert of_predicate("Het Woningbouwfonds helpt steden. Woningcorporatie Portaal legt er geen geld bij.",
                        "participatesIn") == set()
    assert of_predicate("Het programma Sterke Buurten helpt steden. De provincie Utrecht legt er ook geld bij.",
                        "participatesIn") == set()


def test_an_invitation_in_the_present_tense_names_who_takes_part():
    head = "Uitnodiging bestuurlijk overleg G40 – minister van BZK\n\nHet overleg vindt plaats op 3 mei.\n\n"
    found = {(a, b.lower()) for a, b in of_predicate(
        head + "Namens de G40 nemen deel: Karel Appel (Leiden) en Lotte Smit (Breda).\n\nOok wethouder Jan de Wit schuift aan.",
        "participatesIn")}
    assert found == {(p, "bestuurlijk overleg") for p in ("Karel Appel", "Lotte Smit", "Jan de Wit")}
    assert of_predicate(head + "Wethouder Jan de Wit neemt niet deel.", "participatesIn") == set()
    assert of_predicate(head + "Er komt een werkgroep. Daarin nemen ook de VNG en het IPO deel.", "participatesIn") == set()


def test_a_role_at_an_organisation_before_the_copula_and_the_name():
    assert facts("Projectleider bij de gemeente Breda is Lotte Smit.", DATE) == {("Lotte Smit", "hasRole", "Breda", "projectleider")}
    assert facts("Woordvoerder bij het ministerie van SZW is drs. Jan Smit.", DATE) == {("Jan Smit", "hasRole", "SZW", "woordvoerder")}
    assert facts("Voorzitter bij toerbeurt is Jan Smit.", DATE) == set()


def test_a_one_line_signature_of_a_unit_chair_also_gives_the_we():
    text = ("Opinie: de stad verdient beter\n\nIk zie elke dag hoe ondernemers worstelen. Wij hebben samen met TNO "
            "gerekend.\n\nPieter de Vries, wethouder Wonen in Deventer en voorzitter van de Pijler Fysiek Domein van de G40")
    assert ("Pijler Fysiek Domein", "collaboratesWith", "TNO", None) in facts(text, DATE)
    text = ("Nieuws\n\nDe gemeente Breda kwam bijeen. Wij hebben samen met TNO gerekend. Pieter de Vries, voorzitter "
            "van de Pijler Fysiek Domein, sprak.")
    assert of_predicate(text, "collaboratesWith") == set()
