"""Round 52d: heldout36's and heldout35's leftovers as rules of Dutch (invented people and wording)."""

from __future__ import annotations

from graph.markup import markdown_text
from tests.extract_facts import facts, mentions

VISIT_MEMO = ("Memo van de griffie\n"
              "Aan:       de raadsleden van Deventer\n"
              "Van:       Lotte Brink, griffier\n"
              "Datum:     3 maart 2023\n"
              "Onderwerp: terugkoppeling werkbezoek aan Zwolle, 1 maart 2023\n\n"
              "Deelnemers\n"
              "- Kees Harmsen (D66), leider van de delegatie\n"
              "- Ria Zandbergen (CDA)\n"
              "Afwezig: Piet Wolters (SP), in zijn plaats vervangen door Joke Tamminga.\n\n"
              "Verloop\n"
              "De raadsleden spraken over de regionale samenwerking.\n")


def test_a_memos_subject_line_names_the_visit_whose_participants_it_lists():
    found = {f for f in facts(VISIT_MEMO, date="2023-03-03") if f[1] == "participatesIn"}
    assert {("Kees Harmsen", "participatesIn", "werkbezoek", None),
            ("Ria Zandbergen", "participatesIn", "werkbezoek", None),
            ("Joke Tamminga", "participatesIn", "werkbezoek", None)} <= found
    assert not any(f[0] == "Piet Wolters" for f in found)  # absent: the substitute came in his place


AUDIT_CLOSING = ("## 7 Slotwoord\n\n"
                 "Wij danken iedereen die aan het onderzoek meewerkte.\n\n"
                 "**Rekenkamer Deventer**\n"
                 "prof. dr. H. Lindeboom (voorzitter), mr. S. Akkerman en drs. P. Vos (leden)\n"
                 "Onderzoekers: Tessa Meijering en Bram Olde Hanter (projectleider) ; secretaris: Mirjam Goudsmit\n")


def test_a_bodys_members_on_lines_under_its_name_hold_their_roles_in_it():
    found = {f for f in facts(markdown_text(AUDIT_CLOSING), date="2024-05-01") if f[1] == "hasRole"}  # as ingest reads it
    assert {("H. Lindeboom", "hasRole", "Rekenkamer Deventer", "voorzitter"),
            ("S. Akkerman", "hasRole", "Rekenkamer Deventer", "lid"),
            ("P. Vos", "hasRole", "Rekenkamer Deventer", "lid"),
            ("Tessa Meijering", "hasRole", "Rekenkamer Deventer", "onderzoeker"),
            ("Bram Olde Hanter", "hasRole", "Rekenkamer Deventer", "projectleider"),
            ("Mirjam Goudsmit", "hasRole", "Rekenkamer Deventer", "secretaris")} <= found
    assert not any(f[2] == "Deventer" for f in found)  # the audit office's town names it: no office in the town


def test_a_coordinated_compass_pair_stays_inside_a_regional_bodys_name():
    text = "Wij werken samen met de Veiligheidsregio Zuid- en Midden-Limburg en met Zorgbelang."
    assert ("Veiligheidsregio Zuid- en Midden-Limburg" in mentions(text, "Organisation"))


def test_a_role_word_opening_the_sentence_is_no_part_of_the_organisations_name():
    text = "Directeur van de Economic Board Groningen is sinds vorig jaar Jorien Kampstra."
    assert "Economic Board Groningen" in mentions(text, "Organisation")
    assert ("Jorien Kampstra", "hasRole", "Economic Board Groningen", "directeur") in facts(text)


KAMER_REPORT = ("Eerste Kamer der Staten-Generaal\n"
                "Vergaderjaar 2024–2025\n\n"
                "VERSLAG\n\n"
                "De vaste commissie voor Justitie en Veiligheid heeft de minister enkele vragen gesteld.\n"
                "Die zijn op 3 maart beantwoord.\n\n"
                "De voorzitter van de commissie,\n"
                "Van der Bijl\n\n"
                "De plaatsvervangend-griffier van de commissie,\n"
                "Oosterwijk-Plas\n")


def test_a_kamer_reports_signers_by_surname_and_its_standing_committee():
    found = facts(KAMER_REPORT, date="2025-03-10")
    assert {("Van der Bijl", "hasRole", "Commissie voor Justitie en Veiligheid", "voorzitter"),
            ("Oosterwijk-Plas", "hasRole", "Commissie voor Justitie en Veiligheid", "griffier"),
            ("Commissie voor Justitie en Veiligheid", "partOf", "Eerste Kamer", None)} <= found


PARTNERS_PAGE = ("Partners | Green Deal Schone Binnenhavens\n\n"
                 "Deelnemende gemeenten\n\ngemeente Deventer\n\ngemeente Zwolle (penvoerder)\n\n"
                 "Programmateam\n\nSanne Hofstede\n\nprojectleider, gemeente Zwolle\n\n"
                 "Stuurgroep\n\n• Wim Grootveld, wethouder Deventer\n• Lotte Vinkenoog, directeur Port of Zwolle\n")


def test_a_partners_pages_team_caption_and_steering_group_members():
    found = facts(PARTNERS_PAGE, date="2024-02-01")
    assert {("Sanne Hofstede", "hasRole", "Green Deal Schone Binnenhavens", "projectleider"),
            ("Wim Grootveld", "participatesIn", "Stuurgroep Green Deal Schone Binnenhavens", None),
            ("Lotte Vinkenoog", "participatesIn", "Stuurgroep Green Deal Schone Binnenhavens", None),
            ("Stuurgroep Green Deal Schone Binnenhavens", "partOf", "Green Deal Schone Binnenhavens", None)} <= found


def test_an_account_holder_is_the_contact_for_each_body_named_after_voor():
    fronted = facts("Ambtelijk accounthouder voor de VNG en Divosa is sinds maart mevrouw Ilse Baartmans.")
    assert {("Ilse Baartmans", "contactFor", "VNG", None), ("Ilse Baartmans", "contactFor", "Divosa", None)} <= fronted
    after = facts("Pieter Hogendoorn is accountmanager voor het IPO.")
    assert ("Pieter Hogendoorn", "contactFor", "IPO", None) in after
    assert not any(f[1] == "contactFor" for f in facts("Er is geen accounthouder voor de VNG en Divosa benoemd."))
