"""Round 52e: heldout37's genres as rules — a consortium named after its kind word (invented people)."""

from __future__ import annotations

from functools import lru_cache

from graph.extract import extract
from graph.gazetteer import load_gazetteer
from tests.extract_facts import facts


@lru_cache(maxsize=None)
def found_in(text: str, date: str = "2024-05-01") -> frozenset:
    """The facts of ``text``, extracted once per module however many tests ask."""
    return frozenset(facts(text, date))


CONSORTIUM = ("NIEUWSBERICHT\n\n"
              "Consortium SlimWater Noord begint in drie steden\n\n"
              "Groningen, 2 april 2024 - Drie gemeenten en twee bedrijven vormen samen het consortium SlimWater "
              "Noord. Het ministerie van Infrastructuur en Waterstaat betaalt mee uit zijn Programma Droge Voeten.\n\n"
              "De gemeente Assen is penvoerder. Verder zijn de Hogeschool Windesheim, "
              "Woonstichting Lindehof en Woonbedrijf Esdal partner in het consortium.\n\n"
              "Projectleider is dr. Femke Olthof, universitair hoofddocent aan de Universiteit Leiden.\n")


def test_a_consortium_named_after_its_kind_word_its_lead_and_partners():
    found = found_in(CONSORTIUM)
    assert {("SlimWater Noord", "ledBy", "Assen", None),
            ("Windesheim", "participatesIn", "SlimWater Noord", None),
            ("Woonstichting Lindehof", "participatesIn", "SlimWater Noord", None),
            ("Woonbedrijf Esdal", "participatesIn", "SlimWater Noord", None),
            ("Femke Olthof", "hasRole", "Universiteit Leiden", "universitair hoofddocent")} <= found
    assert not any(f[0] == "Programma Droge Voeten" and f[1] == "ledBy" for f in found)  # it pays, Assen leads the consortium
    assert not any("Woonstichting Lindehof en" in f[0] for f in found)  # two corporations, not one name


STATENBRIEF = ("Provincie Drenthe\n\n"
               "Statenbrief\n\n"
               "Geachte leden,\n\n"
               "De Stuurgroep Dorpen Vitaal bewaakt de voortgang. Gedeputeerde Roos Kiers is voorzitter. "
               "Daarnaast hebben zitting: Wessel Hilbrants (wethouder Emmen), Noor Tabak (wethouder Assen) en "
               "Gijs Oldenhof (wethouder Hoogeveen).\n\n"
               "Gedeputeerde Staten van Drenthe,\n\n"
               "H.P. Wolda, voorzitter\n"
               "T.M. Brink-Akkerman, secretaris\n")


def test_who_have_a_seat_in_the_passages_unit_take_part_in_it():
    found = found_in(STATENBRIEF)
    assert {("Wessel Hilbrants", "participatesIn", "Stuurgroep Dorpen Vitaal", None),
            ("Noor Tabak", "participatesIn", "Stuurgroep Dorpen Vitaal", None),
            ("Gijs Oldenhof", "participatesIn", "Stuurgroep Dorpen Vitaal", None),
            ("Wessel Hilbrants", "hasRole", "Emmen", "wethouder")} <= found


def test_signatures_under_gedeputeerde_staten_are_the_provinces_offices():
    found = found_in(STATENBRIEF)
    assert {("H.P. Wolda", "hasRole", "Drenthe", "voorzitter"),
            ("T.M. Brink-Akkerman", "hasRole", "Drenthe", "secretaris")} <= found
    assert not any(f[0] in ("H.P. Wolda", "T.M. Brink-Akkerman") and f[2] == "Stuurgroep Dorpen Vitaal" for f in found)


def test_a_gedeputeerde_under_a_provinces_letterhead_is_that_provinces():
    assert ("Roos Kiers", "hasRole", "Drenthe", "gedeputeerde") in found_in(STATENBRIEF)


MINUTES = ("VERSLAG WERKOVERLEG\n"
           "Overleg G40 - OCW van 4 maart 2024\n\n"
           "Aanwezig\n"
           "- G40: Lotte Mulder (Tilburg; voorzitter van dit overleg), Bas Wigman (Breda; themagroep Jeugd)\n"
           "- OCW: Ilse Krol (directie Primair Onderwijs)\n\n"
           "1. Mededelingen\n"
           "Mededeling OCW: Ilse Krol vertrekt per 1 april 2024 naar het ministerie van VWS.\n\n"
           "2. Pilot\n"
           "Deelnemende steden aan de pilot Leesoffensief Zuid zijn Tilburg, Breda en Oss; Breda is penvoerder.\n")


def test_a_unit_alone_in_an_attendees_bracket_is_taken_part_in_or_worked_at():
    found = found_in(MINUTES, "2024-03-10")
    assert {("Bas Wigman", "participatesIn", "Themagroep Jeugd", None),
            ("Ilse Krol", "affiliatedWith", "Directie Primair Onderwijs", None),
            ("Directie Primair Onderwijs", "partOf", "OCW", None)} <= found
    assert not any(f[0] == "Lotte Mulder" and f[1] == "hasRole" and f[3] == "voorzitter" for f in found)  # the meeting's


def test_who_leaves_for_a_ministry_works_there_from_that_day():
    extraction = extract("t", MINUTES, gazetteer=load_gazetteer(), date="2024-03-10")
    assert [(r.subject.text, r.object.text, r.valid_from) for r in extraction.relations
            if r.rule == "relations.leaves-for"] == [("Ilse Krol", "VWS", "2024-04-01")]


def test_a_penvoerder_in_a_clause_of_its_own_leads_the_programme():
    assert ("Leesoffensief Zuid", "ledBy", "Breda", None) in found_in(MINUTES, "2024-03-10")


VISIT = ("# Werkbezoek Zwolle\n\n"
         "Het ministerie van EZK steunt de wijk via Buurt Vooruit, het programma van EZK waaraan Zwolle sinds 2022 "
         "deelneemt.\n\n"
         "Tot slot spraken we met burgemeesters uit twee steden:\n\n"
         "- **Femke Bolt** (Kampen), voorzitter van de themagroep Water;\n"
         "- **Otto Ruiter** (Meppel).\n")


def test_items_under_a_plural_office_hold_it_in_their_bracketed_town():
    found = found_in(VISIT)
    assert {("Femke Bolt", "hasRole", "Kampen", "burgemeester"),
            ("Otto Ruiter", "hasRole", "Meppel", "burgemeester")} <= found
    assert ("Otto Ruiter", "affiliatedWith", "Meppel", None) not in found  # the office says more


def test_waaraan_after_an_apposition_points_to_the_named_programme():
    assert ("Zwolle", "participatesIn", "Buurt Vooruit", None) in found_in(VISIT)


YEAR_REVIEW = ("Pijler Economie — 2025 in beeld\n\n"
               "Werkgroepen en hun trekkers\n\n"
               "- Arbeidsmarkt — Sven Dekker (Almere)\n"
               "- Binnensteden — Lara Veen (Delft) en Tim Bakker (Ede)\n\n"
               "September — nieuw overleg\n"
               "De pijler kreeg er een werkgroep bij: de Werkgroep Havens, sinds 1 september onder voorzitterschap "
               "van Lara Veen.\n")


def test_a_heading_of_units_and_their_holders_gives_each_item_its_holder():
    found = found_in(YEAR_REVIEW, "2026-01-20")
    assert {("Sven Dekker", "hasRole", "Werkgroep Arbeidsmarkt", "trekker"),
            ("Lara Veen", "hasRole", "Werkgroep Binnensteden", "trekker"),
            ("Tim Bakker", "hasRole", "Werkgroep Binnensteden", "trekker")} <= found


def test_a_since_without_year_after_the_documents_date_is_of_the_year_before():
    extraction = extract("t", YEAR_REVIEW, gazetteer=load_gazetteer(), date="2026-01-20")
    assert [r.valid_from for r in extraction.relations if r.subject.text == "Lara Veen" and r.role == "voorzitter"] \
        == ["2025-09-01"]


CAREER = ("Nieuwsbericht\n\n"
          "Anna Verbeek-Smits wordt per 1 juni 2026 directeur Wonen bij het ministerie van BZK.\n\n"
          "Loopbaan\n\n"
          "Verbeek-Smits is sinds 2021 directeur Ruimte bij de gemeente Breda; zij volgde daar Koen Maas op.\n")


def test_a_double_surname_opening_the_line_under_a_heading_is_the_person_again():
    found = found_in(CAREER, "2026-05-01")
    assert {("Anna Verbeek-Smits", "hasRole", "Breda", "directeur"),
            ("Anna Verbeek-Smits", "succeeded", "Koen Maas", None)} <= found


PROPOSALS = ("Algemene ledenvergadering G40, 3 juni 2026\n\n"
             "| Voorstel | Toelichting | Uitkomst |\n"
             "|---|---|---|\n"
             "| 4a. Benoeming van Joost Mertens, wethouder van Zwolle, tot lid van het bestuur namens de pijler Fysiek "
             "| Opvolger van mw. Dieke Brand (Emmen) | Aangenomen |\n"
             "| 4b. Herbenoeming van Ria Oomen, wethouder van Ede, tot penningmeester | Tweede termijn | Aangenomen |\n")


def test_a_row_successor_succeeded_the_one_named_and_took_the_seat():
    found = found_in(PROPOSALS, "2026-06-05")
    assert ("Joost Mertens", "succeeded", "Dieke Brand", None) in found
    assert any(f[0] == "Dieke Brand" and f[1] == "hasRole" and f[3] == "lid" for f in found)


def test_a_unit_named_in_another_row_is_not_this_rows():
    found = found_in(PROPOSALS, "2026-06-05")
    assert not any(f[0] == "Ria Oomen" and f[2] == "Pijler Fysiek" for f in found)
