"""Round 27: constructions of Dutch found on the development sets, tested on sentences of our own."""

from __future__ import annotations

import pytest

from extract_facts import facts, mentions

DATE = "2023-05-01"


def taking_part(text: str) -> set[tuple]:
    return {(f[0], f[2]) for f in facts(text, DATE) if f[1] == "participatesIn"}


def test_the_partners_a_programme_is_said_to_be_a_partnership_of_take_part_in_it():
    text = ("Regio Deal Twente\n\nDe Regio Deal is een samenwerking van Enschede, Hengelo en Almelo "
            "met de ministeries van LNV en SZW.")
    assert taking_part(text) == {(p, "Regio Deal Twente") for p in ("Enschede", "Hengelo", "Almelo", "LVVN", "SZW")}
    text = "Nieuws\n\nDe City Deal Kennis Maken is een partnerschap tussen Zwolle en de VNG."
    assert taking_part(text) == {("Zwolle", "City Deal Kennis Maken"), ("VNG", "City Deal Kennis Maken")}


def test_a_denied_partnership_or_one_whose_subject_is_no_programme_states_no_taking_part():
    assert taking_part("Nieuws\n\nDe City Deal Kennis Maken is geen samenwerking van Zwolle en de VNG.") == set()
    assert taking_part("Nieuws\n\nHet stadhuis is een initiatief van Zwolle en de VNG.") == set()


def test_de_regio_deal_points_back_to_the_regio_deal_named_before():
    text = ("Nieuws\n\nDe Regio Deal Noord-Veluwe is in 2022 getekend; de City Deal Kennis Maken loopt al. "
            "De Regio Deal is een samenwerking van Harderwijk en Ermelo.")
    assert taking_part(text) == {("Harderwijk", "Regio Deal Noord-Veluwe"), ("Ermelo", "Regio Deal Noord-Veluwe")}


def test_the_ministries_listed_as_partner_in_the_deal_take_part_in_it():
    text = "City Deal Slimme Wijk\n\nDe ministeries van SZW, BZK en VWS zijn partner in de deal."
    assert taking_part(text) == {(m, "City Deal Slimme Wijk") for m in ("SZW", "BZK", "VWS")}
    text = "City Deal Slimme Wijk\n\nDe gemeenten Ede en Breda zijn partner van de City Deal."
    assert taking_part(text) == {("Ede", "City Deal Slimme Wijk"), ("Breda", "City Deal Slimme Wijk")}


def test_a_role_after_waar_belongs_to_the_place_waar_points_back_to():
    text = ("Raadsvoorstel\n\nBurgemeester en wethouders van Deventer,\n\nWij leren van de aanpak in Zwolle, waar "
            "wethouder Bart-Jan Oosterveld veel bereikte. Wethouder Eva Smit tekent namens ons.")
    roles = {(f[0], f[2]) for f in facts(text, DATE) if f[1] == "hasRole"}
    assert roles == {("Bart-Jan Oosterveld", "Zwolle"), ("Eva Smit", "Deventer")}


def test_initials_and_a_surname_beside_a_role_name_a_person():
    text = ("Raadsvoorstel\n\nSteller: J.W. Brinkhuis, beleidsadviseur Inkomen\n\n"
            "Burgemeester en wethouders van Deventer,\nde secretaris, H.A. Wolters-Smit\nde burgemeester, R.M. van Dalen\n")
    roles = {(f[0], f[2], f[3]) for f in facts(text, DATE) if f[1] == "hasRole"}
    assert {("H.A. Wolters-Smit", "Deventer", "gemeentesecretaris"), ("R.M. van Dalen", "Deventer", "burgemeester")} <= roles
    assert mentions(text, "Person", DATE) == ["J.W. Brinkhuis", "H.A. Wolters-Smit", "R.M. van Dalen"]
    assert mentions("Zie bijlage B.3. Daarna, wethouder", "Person", DATE) == []


def test_a_province_named_like_a_municipality_is_labelled_as_the_province():
    found = facts("Nieuws\n\nDe provincie Utrecht werkt samen met de gemeente Utrecht en de provincie Drenthe.", DATE)
    assert {("provincie Utrecht", "collaboratesWith", "Utrecht", None),
            ("provincie Utrecht", "collaboratesWith", "Drenthe", None)} <= found


def test_a_minister_for_a_portfolio_holds_the_role_at_the_ministry_the_item_speaks_for():
    text = ("Woondeal Regio Zwolle\n\nDe woondeal is ondertekend door:\n\n"
            "- namens het ministerie van Binnenlandse Zaken en Koninkrijksrelaties: Johan Meerburg, minister voor "
            "Volkshuisvesting en Ruimtelijke Ordening\n- namens de gemeente Zwolle: wethouder Eva Smit\n")
    roles = {(f[0], f[2], f[3]) for f in facts(text, "2022-12-08") if f[1] == "hasRole"}
    assert roles == {("Johan Meerburg", "BZK", "minister"), ("Eva Smit", "Zwolle", "wethouder")}


def test_a_member_table_s_contact_persons_work_for_the_row_s_city_and_a_bracket_gives_a_role():
    text = ("Themagroep Groen\n\nDeelnemende steden\n\n| Gemeente | Bestuurder | Ambtelijk contactpersoon |\n"
            "|---|---|---|\n| Ede | Eva Smit (tweede trekker) | Kees Bos |\n| Delft | Priya Ramdin (wethouder) | Anouk Hermans |\n")
    found = facts(text, DATE)
    assert {("Kees Bos", "affiliatedWith", "Ede", None), ("Anouk Hermans", "affiliatedWith", "Delft", None)} <= found
    assert ("Eva Smit", "hasRole", "Themagroep Groen", "trekker") in found
    assert not {f for f in found if f[1] == "hasRole" and f[2] == "Themagroep Groen" and f[0] != "Eva Smit"}


def test_the_body_of_a_programme_named_with_it_is_part_of_it_and_holds_what_its_sentence_says():
    text = ("Nieuws\n\nDe stuurgroep van de City Deal Zorg staat onder voorzitterschap van gedeputeerde Albert Jan "
            "Hofstee van de provincie Drenthe.")
    assert {("Stuurgroep City Deal Zorg", "partOf", "City Deal Zorg", None),
            ("Albert Jan Hofstee", "hasRole", "Stuurgroep City Deal Zorg", "voorzitter")} <= facts(text, DATE)
    text = "City Deal Zorg\n\nDe stuurgroep van de City Deal vergaderde in Ede."
    assert ("Stuurgroep City Deal Zorg", "partOf", "City Deal Zorg", None) in facts(text, DATE)


def test_a_member_marked_as_penvoerder_leads_the_programme():
    text = "City Deal Zorg\n\nPartners\n\n- Gemeente Emmen (penvoerder)\n- Gemeente Ede\n- VNG (kennispartner)\n"
    assert {f for f in facts(text, DATE) if f[1] == "ledBy"} == {("City Deal Zorg", "ledBy", "Emmen", None)}


def test_a_lead_in_that_says_who_pulls_each_counted_unit_gives_the_items_persons_the_role():
    text = ("Pijler Sociaal\n\nDaarna gingen de bestuurders in drie themagroepen uiteen. Die worden getrokken door:\n\n"
            "- Armoede en Schulden: Eva Smit (Leeuwarden) en Ali Kaya (Dordrecht)\n- Jeugd: Kees Bos (Ede)\n"
            "- Zorg: Anna de Wit\n")
    roles = {(f[0], f[2], f[3]) for f in facts(text, DATE) if f[1] == "hasRole"}
    assert roles == {("Eva Smit", "Themagroep Armoede en Schulden", "trekker"),
                     ("Ali Kaya", "Themagroep Armoede en Schulden", "trekker"),
                     ("Kees Bos", "Themagroep Jeugd", "trekker"), ("Anna de Wit", "Themagroep Zorg", "trekker")}
    chaired = text.replace("Die worden getrokken door:", "De voorzitters zijn:")
    assert {f[3] for f in facts(chaired, DATE) if f[1] == "hasRole"} == {"voorzitter"}
    agenda = text.replace("Die worden getrokken door:", "Die bespraken:")
    assert not {f for f in facts(agenda, DATE) if f[1] == "hasRole"}


@pytest.mark.parametrize("text", [
    "Wethouder Annelies Brinkhuis vertrekt. Zij zat ook in de stuurgroep van de City Deal Zorg.",
    "Wethouder Annelies Brinkhuis vertrekt. Ook zat zij in de stuurgroep van de City Deal Zorg.",
    "Wethouder Annelies Brinkhuis vertrekt. Namens de G40 zat Brinkhuis in de stuurgroep van de City Deal Zorg.",
    "Annelies Brinkhuis zit namens Deventer in de stuurgroep van de City Deal Zorg.",
])
def test_who_sits_in_a_body_takes_part_in_it(text):
    assert ("Annelies Brinkhuis", "participatesIn", "Stuurgroep City Deal Zorg", None) in facts("Nieuws\n\n" + text, DATE)


def test_who_sits_in_an_organisations_committee_takes_part_in_the_committee():
    text = "Nieuws\n\nWethouder Annelies Brinkhuis vertrekt. Ook zat zij in de VNG-commissie Ruimte en Wonen."
    assert [f for f in facts(text, DATE) if f[1] == "participatesIn"] == [
        ("Annelies Brinkhuis", "participatesIn", "Commissie Ruimte en Wonen", None)]


def test_sitting_in_a_body_denied_or_in_trouble_states_nothing():
    assert not {f for f in facts("Nieuws\n\nEva Smit zat niet in de stuurgroep van de City Deal Zorg.", DATE)
                if f[1] == "participatesIn"}
    assert not {f for f in facts("Nieuws\n\nDe themagroep Wonen zit in de knel.", DATE) if f[1] == "participatesIn"}


def test_a_pronoun_appointed_to_an_office_is_the_person_named_before():
    text = "Nieuws\n\nWethouder Annelies Brinkhuis neemt afscheid. Zij is per 1 oktober benoemd tot burgemeester van Olst-Wijhe."
    assert ("Annelies Brinkhuis", "hasRole", "Olst-Wijhe", "burgemeester") in facts(text, DATE)
    assert not {f for f in facts(text.replace("Zij is", "Zij wordt niet"), DATE) if f[2] == "Olst-Wijhe"}


def test_the_abbreviated_attendance_line_of_a_unit_s_minutes_and_its_chair():
    text = ("Notulen ambtelijk overleg themagroep Digitalisering (G40)\nd.d. 6 oktober 2022, Teams\n\n"
            "Aanw.: Jan de Vries (JdV, Zoetermeer, vz), Priya Ramcharan (PR, Leiden)\nAfw.: Tilburg\n\n1. Opening\n")
    found = facts(text, DATE)
    assert {("Priya Ramcharan", "participatesIn", "Themagroep Digitalisering", None),
            ("Jan de Vries", "hasRole", "Themagroep Digitalisering", "voorzitter")} <= found
    assert not {f for f in found if f[2] in ("ambtelijk overleg", "Tilburg") and f[1] == "participatesIn"}
