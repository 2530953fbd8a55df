"""Walkthrough 23 (round 48g): structure and participation in a city's overview of roles and programmes.

Invented people and text throughout."""

from __future__ import annotations

from graph.extract import extract
from graph.gazetteer import load_gazetteer
from tests.extract_facts import facts

_COLLEGE_TABLE = ("Portefeuilleverdeling en G40-vertegenwoordiging college Deventer 2026\n\n"
                  "Deventer, 2 juni 2026\n\n"
                  "Dit overzicht geeft per wethouder de portefeuille en het G40-gremium.\n\n"
                  "| wethouder | portefeuille | G40-gremium | sinds |\n|---|---|---|---|\n"
                  "| Karel Smit | Wonen en Ruimte | voorzitter themagroep Wonen | 1 maart 2025 |\n"
                  "| Oda Veldkamp-Rietberg | Financiën | lid G40-pijler Duurzaamheid | 13 mei 2026 |\n")


def _relations(text: str, date: str = "2026-06-02"):
    return extract("t", text, gazetteer=load_gazetteer(), date=date).relations


def test_a_college_table_gives_each_wethouder_the_seat_of_the_gremium_column_from_the_sinds_day():
    found = {(r.subject.text, r.predicate, r.object.text, r.role, r.valid_from)
             for r in _relations(_COLLEGE_TABLE) if r.rule.startswith("tables.representation")}
    assert found == {("Karel Smit", "hasRole", "themagroep Wonen", "voorzitter", "2025-03-01"),
                     ("Oda Veldkamp-Rietberg", "participatesIn", "pijler Duurzaamheid", None, "2026-05-13")}


def test_a_college_table_makes_its_persons_wethouder_of_the_colleges_town_with_the_portfolio():
    found = {(r.subject.text, r.object.text, r.role, r.portfolio) for r in _relations(_COLLEGE_TABLE)
             if r.predicate == "hasRole" and r.role == "wethouder"}
    assert found == {("Karel Smit", "Deventer", "wethouder", "Wonen en Ruimte"),
                     ("Oda Veldkamp-Rietberg", "Deventer", "wethouder", "Financiën")}


def test_a_name_in_a_wethouder_column_is_a_person_even_with_an_unknown_given_name():
    assert ("Oda Veldkamp-Rietberg", "participatesIn", "Pijler Duurzaamheid", None) in facts(_COLLEGE_TABLE, "2026-06-02")


def test_a_capitalised_word_continuing_a_city_deals_name_is_no_organisation_of_its_own():
    text = ("De gemeente werkt samen met de ondernemersvereniging Marktplein Deventer.\n\n"
            "Op 3 mei 2023 sloten Deventer en Breda met het ministerie van EZK de City Deal Schone Marktplein. "
            "Wethouder Karel Smit is bestuurlijk trekker van de City Deal Schone Marktplein.")
    found = facts(text, "2023-06-01")
    assert ("Deventer", "participatesIn", "City Deal Schone Marktplein", None) in found, found
    assert ("Karel Smit", "hasRole", "City Deal Schone Marktplein", "bestuurlijk trekker") in found, found
    assert not {f for f in found if "Marktplein" in f[0] or f[2] == "City Deal Schone"}, found


def test_the_predecessor_described_by_office_and_town_gives_the_successor_no_office_there():
    for text in ("Karel Smit is sinds 1 juli 2026 voorzitter van de G40-pijler Fysiek; hij volgde de wethouder van "
                 "Enschede op.",
                 "Karel Smit is sinds 1 juli 2026 voorzitter van de G40-pijler Fysiek, als opvolger van de wethouder "
                 "van Enschede."):
        found = facts(text, "2026-10-08")
        assert ("Karel Smit", "hasRole", "Pijler Fysiek", "voorzitter") in found, found
        assert not {f for f in found if f[2] == "Enschede" or f[0] == "Enschede"}, found


def test_a_steering_group_named_after_a_place_and_more_words_is_a_body_of_its_own_not_the_town():
    found = facts("Wethouder Karel Smit van Deventer is lid van de stuurgroep Zwolle Spoorzone Oost.", "2024-04-18")
    assert ("Karel Smit", "hasRole", "Stuurgroep Zwolle Spoorzone Oost", "lid") in found, found
    assert not {f for f in found if f[2] == "Zwolle"}, found


def test_this_programmes_steering_group_is_the_programme_named_just_before():
    text = ("Met de provincie Overijssel werkte Deventer samen aan het programma Zwolle Spoorzone Oost. "
            "Wethouder Karel Smit is lid van de stuurgroep van dit programma.")
    found = facts(text, "2024-04-18")
    assert ("Karel Smit", "hasRole", "Zwolle Spoorzone Oost", "lid") in found, found
    assert not {f for f in found if f[2] == "Zwolle"}, found


_NETWORK_NEWS = ("Den Haag, 1 december 2026 – De gemeente Deventer en het ministerie van Economische Zaken en Klimaat "
                 "(EZK) starten het programma Netcongestie Oost. Ook de gemeenten Breda en Ede nemen deel aan het "
                 "programma Netcongestie Oost.\n\n"
                 "Wethouder Anna Kroes (Financiën) is bestuurlijk trekker namens Deventer.\n")


def test_who_start_a_programme_together_take_part_in_it_besides_those_that_also_join():
    found = facts(_NETWORK_NEWS, "2026-12-01")
    for actor in ("Deventer", "EZK", "Breda", "Ede"):
        assert (actor, "participatesIn", "Netcongestie Oost", None) in found, (actor, found)
    assert ("Deventer", "initiated", "Netcongestie Oost", None) in found, found


def test_a_lead_on_behalf_of_a_town_is_the_lead_of_the_programme_named_just_before():
    found = facts(_NETWORK_NEWS, "2026-12-01")
    assert ("Anna Kroes", "hasRole", "Netcongestie Oost", "bestuurlijk trekker") in found, found


def test_continuing_the_work_with_a_town_in_a_programme_makes_both_take_part():
    found = facts("Zoals besproken zet het ministerie van KGG de samenwerking met Deventer voort in de Wijkaanpak "
                  "Warmtetransitie.", "2025-06-30")
    assert {("KGG", "participatesIn", "Wijkaanpak Warmtetransitie", None),
            ("Deventer", "participatesIn", "Wijkaanpak Warmtetransitie", None)} <= found, found


def test_representing_a_town_in_units_gives_each_unit_the_chair_of_the_last_and_the_ministry_met():
    found = facts("Wethouder Karel Smit vertegenwoordigt Deventer in de G40-pijler Fysiek, in de themagroep Wonen "
                  "en in de stuurgroep Woondeal Regio Deventer, die hij voorzit. Wethouder Anna Kroes vertegenwoordigt "
                  "Deventer in het bestuurlijk overleg MIRT Oost met het ministerie van Infrastructuur en Waterstaat.",
                  "2024-04-18")
    assert {("Karel Smit", "participatesIn", "Pijler Fysiek", None),
            ("Karel Smit", "participatesIn", "Themagroep Wonen", None),
            ("Karel Smit", "hasRole", "Stuurgroep Woondeal Regio Deventer", "voorzitter"),
            ("Deventer", "collaboratesWith", "IenW", None)} <= found, found


_MAIL = ("Van: Karel Smit <k.smit@deventer.nl>\nAan: secretariaat G40 <secretariaat@g40.nl>\n"
         "Datum: maandag 20 november 2023 16:42\nOnderwerp: RE: themagroep Wonen\n\nBeste secretariaat,\n\n"
         "Ik neem graag deel aan de themagroep Wonen van de G40. Mijn collega Bram Kuipers uit Zwolle zit de "
         "themagroep Wonen voor.\n\nMet vriendelijke groet,\n\nKarel Smit\nWethouder Wonen\nGemeente Deventer\n")


def test_the_writer_of_a_mail_takes_part_in_the_unit_they_say_they_join_and_the_colleague_chairs_it():
    found = facts(_MAIL, "2023-11-20")
    assert ("Karel Smit", "participatesIn", "Themagroep Wonen", None) in found, found
    assert ("Bram Kuipers", "hasRole", "Themagroep Wonen", "voorzitter") in found, found
    assert ("Bram Kuipers", "affiliatedWith", "Zwolle", None) in found, found
    assert not {f for f in found if f[0] == "Bram Kuipers" and f[2] == "Deventer"}, found


_POST = ("Bram Kuipers • Wethouder Wonen gemeente Zwolle\n5 nov. 2024\n\n"
         "Vandaag de bijeenkomst van de G40-themagroep Wonen, die ik sinds januari 2023 mag voorzitten. Met "
         "collega's @Karel Smit (Deventer) en @Anna Kroes (Breda) spraken we met het ministerie van BZK.\n\n"
         "Zwolle werkt samen met BZK aan de Woondeal Regio Zwolle en we delen onze lessen graag met de andere "
         "G40-steden.\n")


def test_a_post_authors_chair_and_the_towns_of_the_colleagues_mentioned_are_no_partners_of_the_unit():
    found = facts(_POST, "2024-11-05")
    assert ("Bram Kuipers", "hasRole", "Themagroep Wonen", "voorzitter") in found, found
    assert not {f for f in found if f[1] == "collaboratesWith" and f[2] in ("Deventer", "Breda", "G40")}, found
    dated = {(r.subject.text, r.role, r.valid_from) for r in _relations(_POST, "2024-11-05") if r.role == "voorzitter"}
    assert ("Bram Kuipers", "voorzitter", "2023-01-01") in dated


def test_the_chair_of_a_supervisory_board_is_held_at_the_foundation_it_supervises():
    found = facts("- Anna Kroes is voorzitter van de Raad van Toezicht van Stichting Museum Hanzestad (onbezoldigd).",
                  "2023-09-12")
    assert {f for f in found if f[0] == "Anna Kroes"} == {
        ("Anna Kroes", "hasRole", "Stichting Museum Hanzestad", "voorzitter raad van toezicht")}, found


_MINUTES = ("Verslag bestuurlijke kerngroep G40-pijler Wonen\nDatum: 12 juni 2024\n\n"
            "De voorzitter opent de vergadering en heet in het bijzonder Eva Lindberg welkom, die sinds 1 mei 2024 "
            "accountmanager G40 is bij het ministerie van SZW. Karel Smit is per 1 juni 2024 lid van de kerngroep "
            "namens Deventer.\n")


def test_a_member_of_the_kerngroep_on_behalf_of_a_town_sits_in_the_pijler_of_the_minutes_not_in_the_town():
    found = facts(_MINUTES, "2024-06-12")
    assert ("Karel Smit", "hasRole", "Pijler Wonen", "lid") in found, found
    assert ("Karel Smit", "affiliatedWith", "Deventer", None) in found, found
    assert ("Karel Smit", "hasRole", "Deventer", "lid") not in found, found


def test_a_welcomed_account_manager_works_at_the_ministry_not_at_the_g40():
    found = {(r.subject.text, r.object.label, r.role, r.portfolio, r.valid_from)
             for r in _relations(_MINUTES, "2024-06-12") if r.subject.text == "Eva Lindberg"}
    assert found == {("Eva Lindberg", "SZW", "accountmanager", "G40", "2024-05-01")}


def test_the_signers_colleague_takes_up_a_post_at_the_signers_ministry():
    text = ("Van: Ingrid Dekker <i.dekker@minbzk.nl>\nAan: Karel Smit <k.smit@deventer.nl>\nDatum: 30 juni 2025\n"
            "Onderwerp: vervolg\n\nBeste Karel,\n\nMijn collega Sara Kuipers wordt per 1 juli 2025 projectleider "
            "voor Deventer en Zwolle.\n\nHartelijke groet,\n\nIngrid Dekker\nDirecteur Woningbouw\n"
            "Ministerie van Binnenlandse Zaken en Koninkrijksrelaties\n")
    found = facts(text, "2025-06-30")
    assert ("Sara Kuipers", "hasRole", "BZK", "projectleider") in found, found
    assert not {f for f in found if f[0] == "Sara Kuipers" and f[2] in ("Deventer", "Zwolle")}, found


def _keys(*texts: str) -> dict[str, set[str]]:
    """Label → the entity keys its mentions resolve to, over documents ``d0``, ``d1`` …"""
    from graph.resolve import resolve
    gazetteer = load_gazetteer()
    extractions = [extract(f"d{k}", text, gazetteer=gazetteer, date="2024-06-12") for k, text in enumerate(texts)]
    resolution = resolve(extractions, gazetteer)
    found: dict[str, set[str]] = {}
    for extraction in extractions:
        for m in extraction.mentions:
            key = resolution.mention_keys.get((extraction.document_id, m.start, m.end))
            if key is not None and m.type == "Person":
                found.setdefault(m.text, set()).add(key)
    return found


def test_a_wethouder_named_by_surname_is_the_one_wethouder_of_that_surname_not_a_person_of_its_own():
    found = _keys("Karel Mulder is wethouder van Deventer.",
                  "Anna Mulder is directeur Woningbouw bij het ministerie van BZK.",
                  "Wethouder Anna Kroes meldt namens wethouder Mulder dat de proeftuinen goed lopen.")
    assert found["Mulder"] == found["Karel Mulder"] == {"person/karel-mulder"}


def test_a_wethouder_named_by_surname_stays_apart_when_two_wethouders_share_it():
    found = _keys("Karel Mulder is wethouder van Deventer.", "Ria Mulder is wethouder van Breda.",
                  "Wethouder Anna Kroes meldt namens wethouder Mulder dat de proeftuinen goed lopen.")
    assert "Mulder" not in found  # unresolved, no third person "Mulder" (round 49a, walkthrough 23 finding 14)


def test_this_programme_does_not_reach_back_to_the_programme_of_the_paragraph_before():
    text = ("Deventer werkt aan het programma Ruimtelijke Koers Deventer.\n\n"
            "Met de provincie Overijssel werkte Deventer samen aan de bereikbaarheid van de binnenstad. "
            "Wethouder Karel Smit is lid van de stuurgroep van dit programma.")
    found = facts(text, "2024-04-18")
    assert not {f for f in found if f[0] == "Karel Smit" and f[1] == "hasRole" and f[3] == "lid"}, found


def test_the_chair_of_a_youth_care_region_named_after_a_unit_the_wethouder_represents_the_town_in():
    found = facts("Wethouder Nadia Bakker vertegenwoordigt Deventer in de G40-pijler Sociaal en in de regionale "
                  "Jeugdzorgregio Salland, waarvan zij voorzitter is.", "2024-04-18")
    assert {("Nadia Bakker", "participatesIn", "Pijler Sociaal", None),
            ("Nadia Bakker", "hasRole", "Jeugdzorgregio Salland", "voorzitter")} <= found, found


def test_working_together_for_a_deal_makes_both_take_part_in_it():
    found = facts("Deventer werkt voor de Woondeal Regio Deventer al nauw samen met BZK; die Woondeal is in februari "
                  "2023 getekend.", "2023-11-20")
    assert {("Deventer", "participatesIn", "Woondeal Regio Deventer", None),
            ("BZK", "participatesIn", "Woondeal Regio Deventer", None),
            ("Deventer", "collaboratesWith", "BZK", None)} <= found, found
