"""Round 23: recall on unseen text through general mechanisms, on invented sentences.

1. Names not found: an organisation's bodies ("het G40-bureau", "het bureau van de VNG", "het
   IPO-bestuur"), committees ("VNG-commissie Wonen") and compound unit names with a capitalised head
   ("Versnellingsteam Kleine Kernen", "Deskundigencommissie Jeugdzorg").
2. Facts over sentences: plural and pronoun successions ("Zij volgen X op", "Hij heeft dat stokje
   overgedragen aan Y", "Hij neemt het stokje over van de Goudse wethouder X"), "de stuurgroep" of
   the programme a document's title names, "Naast X zijn A en B vertegenwoordigd in …".
3. Layouts: "- Gouda – Eva de Wit, wethouder Werk" items, "zijn lid van de themagroep:" and
   "nemen de volgende partijen deel:" lead-ins, signatory lists "namens de provincie X: …".
"""

from __future__ import annotations

from extract_facts import facts, mentions

DATE = "2024-06-01"


# 1. names not found -----------------------------------------------------------------------------

def test_the_bureau_of_a_network_is_a_unit_of_it():
    found = facts("Lisa Mol wordt per 1 mei directeur van het bureau van de G40.", DATE)
    assert ("Lisa Mol", "hasRole", "G40-bureau", "directeur") in found
    assert ("G40-bureau", "partOf", "G40", None) in found


def test_a_glued_body_with_an_article_is_a_unit():
    found = facts("Kees Bol is lid van het VNG-bestuur.", DATE)
    assert ("Kees Bol", "hasRole", "VNG-bestuur", "lid") in found
    assert ("VNG-bestuur", "partOf", "VNG", None) in found


def test_a_job_title_with_a_glued_body_names_no_unit():
    found = facts("Aanwezig: Bram Kok (directeur G40-bureau).", DATE)
    assert ("Bram Kok", "hasRole", "G40", "directeur") in found
    assert not any("bureau" in f[0] or "bureau" in f[2] for f in found)


def test_the_board_of_an_organisation_after_it_stays_the_organisation():
    found = facts("Hij is lid van het bestuur van de VNG.", DATE)
    assert not any("bestuur" in f[0] or "bestuur" in f[2] for f in found)


def test_a_bureau_is_not_the_topic_of_a_later_bare_role():
    text = ("Verslag ledenvergadering\n\nVerslag: Rik Aal (directeur van het G40-bureau)\n\n"
            "Penningmeester Anna Brink licht de begroting toe.")
    found = facts(text, DATE)
    assert not any(f[0] == "Anna Brink" and f[2] == "G40-bureau" for f in found)


def test_led_by_a_director_names_the_director_role():
    found = facts("Het G40-bureau wordt geleid door directeur Saskia Wolters.", DATE)
    assert ("Saskia Wolters", "hasRole", "G40-bureau", "directeur") in found
    assert not any(f[3] == "voorzitter" for f in found)


def test_a_committee_glued_to_an_organisation_is_part_of_it():
    found = facts("De VNG-commissie Wonen en Ruimte vergaderde in maart.", DATE)
    assert ("Commissie Wonen en Ruimte", "partOf", "VNG", None) in found


def test_a_compound_head_with_a_capitalised_name_is_a_unit():
    assert mentions("De G40 richt een Versnellingsteam Kleine Kernen op.", "OrganisationalUnit") == [
        "Versnellingsteam Kleine Kernen"]
    assert mentions("De Deskundigencommissie Jeugdzorg adviseert.", "OrganisationalUnit") == [
        "Deskundigencommissie Jeugdzorg"]


def test_a_lower_case_compound_head_is_a_common_noun():
    assert mentions("Het wijkteam Noord helpt gezinnen.", "OrganisationalUnit") == []
    assert mentions("Een adviescommissie keek mee.", "OrganisationalUnit") == []


def test_a_bare_committee_is_no_unit_of_its_own():
    assert mentions("De commissie besloot in mei.", "OrganisationalUnit") == []


# 2. facts over sentences ---------------------------------------------------------------------------

def test_they_follow_gives_each_new_trekker_the_succession():
    text = ("De themagroep Wonen wordt getrokken door wethouder Anna Vos (Zwolle) en wethouder Tom Kok (Delft). "
            "Zij volgen sinds mei Ruud Bril op.")
    found = facts(text, DATE)
    assert ("Anna Vos", "succeeded", "Ruud Bril", None) in found
    assert ("Tom Kok", "succeeded", "Ruud Bril", None) in found


def test_they_do_not_follow_states_no_succession():
    text = ("De themagroep Zorg wordt getrokken door wethouder Ria Kaal (Zwolle) en wethouder Wim Nap (Delft). "
            "Zij volgen Ruud Bril niet op.")
    assert not any(f[1] == "succeeded" for f in facts(text, DATE))


def test_a_pronoun_hands_the_task_over():
    text = ("Wethouder Kees Dam was trekker van de themagroep Jeugd. "
            "Hij heeft dat stokje overgedragen aan Lisa Bakker, wethouder in Ede.")
    found = facts(text, DATE)
    assert ("Lisa Bakker", "succeeded", "Kees Dam", None) in found
    assert ("Lisa Bakker", "hasRole", "Themagroep Jeugd", "trekker") in found


def test_the_one_succeeded_may_be_described_first():
    text = ("Wethouder Piet Bos van Delft wordt trekker van de themagroep Wonen. "
            "Hij neemt het stokje over van de Goudse wethouder Els Mol.")
    assert ("Piet Bos", "succeeded", "Els Mol", None) in facts(text, DATE)


def test_a_later_clause_pronoun_follows_a_described_person():
    text = ("Sinds mei is wethouder Kees Bril (Delft) voorzitter van de taskforce Havens; "
            "hij volgde de Goudse wethouder Femke Dam op.")
    assert ("Kees Bril", "succeeded", "Femke Dam", None) in facts(text, DATE)


def test_a_role_the_one_succeeded_keeps_is_not_passed_on():
    text = ("Wethouder Jan Oost van Delft wordt voorzitter van de pijler Fysiek. Hij neemt het stokje over van "
            "wethouder Lieke Maas, die zich de komende periode richt op haar rol als lid van het VNG-bestuur.")
    found = facts(text, DATE)
    assert ("Jan Oost", "succeeded", "Lieke Maas", None) in found
    assert not any(f[0] == "Jan Oost" and f[2] == "VNG-bestuur" for f in found)


def test_the_stuurgroep_of_the_programme_in_the_title():
    text = ("City Deal Slimme Havens – Jaaroverzicht 2024\n\nGovernance\n\n"
            "De City Deal wordt bestuurd door een stuurgroep. Sinds mei is Kees Bril voorzitter van de stuurgroep.")
    found = facts(text, DATE)
    assert ("Kees Bril", "hasRole", "Stuurgroep City Deal Slimme Havens", "voorzitter") in found
    assert ("Stuurgroep City Deal Slimme Havens", "partOf", "City Deal Slimme Havens", None) in found


def test_a_stuurgroep_the_text_does_not_introduce_is_no_part():
    text = ("City Deal Slimme Havens – Jaaroverzicht 2024\n\n"
            "Secretaris van de stuurgroep is Lotte Wit van het ministerie van IenW.")
    assert not any(f[1] == "partOf" for f in facts(text, DATE))


def test_a_stuurgroep_without_a_programme_title_stays_unnamed():
    text = "Verslag\n\nSinds mei is Kees Bril voorzitter van de stuurgroep."
    assert mentions(text, "OrganisationalUnit") == []


def test_besides_x_the_subjects_are_those_after_the_verb():
    found = facts("Naast BZK zijn de ministeries van SZW en OCW vertegenwoordigd in de taskforce Wonen.", DATE)
    assert ("SZW", "participatesIn", "Taskforce Wonen", None) in found
    assert ("OCW", "participatesIn", "Taskforce Wonen", None) in found
    assert not any(f[0] == "BZK" for f in found)


# 3. layouts -----------------------------------------------------------------------------------------

def test_place_dash_person_items_give_the_role_at_the_place():
    text = ("Leden\n\nOp dit moment zijn de volgende wethouders lid van de taskforce Binnensteden:\n\n"
            "- Gouda – Eva de Wit, wethouder Werk\n- Tilburg – Piet Bos, wethouder Cultuur\n")
    found = facts(text, DATE)
    assert ("Eva de Wit", "hasRole", "Gouda", "wethouder") in found
    assert ("Piet Bos", "hasRole", "Tilburg", "wethouder") in found
    assert ("Eva de Wit", "participatesIn", "Taskforce Binnensteden", None) in found
    assert not any(f[0] in ("Gouda", "Tilburg") and f[1] == "participatesIn" for f in found)


def test_place_colon_person_items_after_a_people_lead_make_the_person_the_member():
    text = ("De volgende wethouders zijn lid van de taskforce Binnensteden:\n\n"
            "- Gouda: Eva de Wit, wethouder Werk\n")
    found = facts(text, DATE)
    assert ("Eva de Wit", "participatesIn", "Taskforce Binnensteden", None) in found
    assert ("Gouda", "participatesIn", "Taskforce Binnensteden", None) not in found


def test_an_item_opening_with_two_places_gives_neither():
    found = facts("Agenda:\n\n- Gouda en Delft – Eva de Wit, wethouder Werk\n", DATE)
    assert not any(f[0] == "Eva de Wit" and f[1] == "hasRole" for f in found)


def test_take_part_lead_with_the_following_parties():
    text = ("City Deal Slimme Havens\n\nAan de City Deal nemen de volgende partijen deel:\n\n"
            "- de gemeenten Breda en Delft;\n- het IPO, namens de provincies.\n")
    found = facts(text, DATE)
    for member in ("Breda", "Delft", "IPO"):
        assert (member, "participatesIn", "City Deal Slimme Havens", None) in found
    assert mentions(text, "Programme")[0] == "City Deal Slimme Havens"
    assert "City Deal nemen" not in mentions(text, "Programme")


def test_signatories_on_behalf_of_take_part():
    text = ("Woondeal Regio Zuidkust\n\nDe woondeal is ondertekend door:\n\n"
            "- namens de provincie Zeeland: gedeputeerde Roel Tuin\n"
            "- namens de gemeente Vlissingen: wethouder Ayla Demir\n")
    found = facts(text, DATE)
    assert ("Zeeland", "participatesIn", "Woondeal Regio Zuidkust", None) in found
    assert ("Vlissingen", "participatesIn", "Woondeal Regio Zuidkust", None) in found
    assert ("Ayla Demir", "hasRole", "Vlissingen", "wethouder") in found


def test_a_list_under_an_agenda_lead_is_no_signatory_list():
    text = ("Woondeal Regio Zuidkust\n\nOp de agenda stonden:\n\n"
            "- namens de provincie Zeeland: een toelichting\n")
    assert not any(f[1] == "participatesIn" for f in facts(text, DATE))


def test_the_team_refers_to_the_named_team_before():
    text = ("De minister en de G40 richten samen een Versnellingsteam Kleine Kernen op. "
            "Het team krijgt als kwartiermaker Fenna Bouw.")
    assert ("Fenna Bouw", "hasRole", "Versnellingsteam Kleine Kernen", "kwartiermaker") in facts(text, DATE)


def test_the_team_of_someone_is_no_reference():
    text = "De G40 richt een Versnellingsteam Kleine Kernen op.\n\nHet team van de gemeente werkt hard."
    assert mentions(text, "OrganisationalUnit") == ["Versnellingsteam Kleine Kernen"]


def test_on_behalf_of_a_ministry_with_an_apposition_role():
    found = facts("Namens het ministerie van BZK sprak Joost Engel, directeur Leefbaarheid en Wijken.", DATE)
    assert ("Joost Engel", "hasRole", "BZK", "directeur") in found


def test_on_behalf_of_no_one_named_gives_no_role():
    found = facts("Namens de gemeenten sprak Anna Bos, directeur Wonen.", DATE)
    assert not any(f[0] == "Anna Bos" for f in found)


def test_municipal_role_words():
    text = ("Jelle Stam, wijkmanager van de gemeente Hoorn, sprak. Ruud Nijs, teamleider bij de gemeente Almelo, "
            "sprak ook. Karel Bos is locoburgemeester van Delft.")
    found = facts(text, DATE)
    assert ("Jelle Stam", "hasRole", "Hoorn", "wijkmanager") in found
    assert ("Ruud Nijs", "hasRole", "Almelo", "teamleider") in found
    assert ("Karel Bos", "hasRole", "Delft", "locoburgemeester") in found


def test_a_letterhead_names_the_municipality_of_its_wethouders():
    text = "Gemeente Delft\nRaadsinformatiebrief\n\nWethouder Anna Bos (Wonen) neemt deel aan de pijler Fysiek."
    assert ("Anna Bos", "hasRole", "Delft", "wethouder") in facts(text, DATE)


def test_a_first_line_that_is_more_than_a_letterhead_names_no_one():
    text = "Gemeente Delft en de G40\n\nWethouder Anna Bos (Wonen) neemt deel aan de pijler Fysiek."
    assert not any(f[0] == "Anna Bos" and f[2] == "Delft" for f in facts(text, DATE))


def test_a_letterhead_does_not_override_a_place_in_the_sentence():
    text = "Gemeente Delft\nRaadsinformatiebrief\n\nSamen met wethouder Piet Kok uit Zwolle trekt Delft de themagroep."
    found = facts(text, DATE)
    assert ("Piet Kok", "hasRole", "Delft", "wethouder") not in found
