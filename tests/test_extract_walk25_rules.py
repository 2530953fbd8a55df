"""Walkthrough 25's text and layout findings (round 50f): a subject after a role word is no person, mail
headers with a double surname, a chair succession named before its body, an earlier post in apposition,
stated starts of appointments and of a members' table, a fronted "Voor de pijler X", a "Datum:" field,
and a PDF table with a lower-case header. Invented text and people."""

from __future__ import annotations

import pytest

from graph.docdate import head_date
from graph.extract import extract
from graph.gazetteer import load_gazetteer
from graph.pdf_tables import with_tables


@pytest.fixture(scope="module")
def gazetteer():
    return load_gazetteer()


def relations(text, gazetteer, date="2026-03-02"):
    return extract("d", text, gazetteer=gazetteer, date=date).relations


def roles(text, gazetteer, date="2026-03-02"):
    return sorted((r.subject.label, r.object.label, r.role, r.valid_from, r.valid_until, r.past)
                  for r in relations(text, gazetteer, date) if r.predicate == "hasRole")


def persons(text, gazetteer, date="2026-03-02"):
    return [m.label for m in extract("d", text, gazetteer=gazetteer, date=date).mentions if m.type == "Person"]


@pytest.mark.parametrize("text", [
    "Op de bijeenkomst sprak Sanne Brouwer, programmamanager Warmte in de Buurt bij het ministerie van BZK.",
    "| Naam | Gemeente | Functie |\n|---|---|---|\n| Pieter Smit | gemeente Breda | wethouder Binnenstad |\n",
    "Aanwezig was Anna de Graaf, ministerie van SZW, coördinator Brede Welvaart.",
    "Met vriendelijke groet,\n\nDaan Kok\ncoördinerend beleidsmedewerker City Deals\n",
], ids=["programme", "table-portfolio", "subject", "plural-deals"])
def test_a_subject_after_a_role_word_is_no_person(gazetteer, text):
    found = persons(text, gazetteer)
    assert not {"Warmte in de Buurt", "Binnenstad", "Brede Welvaart", "City Deals"} & set(found)


def test_a_surname_after_a_title_still_is_a_person(gazetteer):
    assert "Van de Water" in persons("Daarna sprak wethouder Van de Water over de begroting.", gazetteer)


def test_a_move_with_a_subject_after_the_role_word(gazetteer):
    text = ("Sanne Brouwer, tot 1 juli 2024 programmamanager Energietransitie bij het ministerie van Economische "
            "Zaken en Klimaat, is per 2 juli 2024 programmamanager Warmte in de Buurt bij het ministerie van "
            "Klimaat en Groene Groei.")
    found = roles(text, gazetteer, date="2024-07-03")
    assert ("Sanne Brouwer", "Klimaat en Groene Groei", "programmamanager", "2024-07-02", None, False) in found
    assert ("Sanne Brouwer", "Economische Zaken en Klimaat", "programmamanager", None, "2024-06-30", True) in found


def test_a_header_name_surname_first_with_a_double_surname(gazetteer):
    text = "From: Brandsma, Yara <yara.brandsma@minvro.nl>\nTo: Mensah-van Dijk, Kofi\nSubject: overleg\n\nBeste Kofi,\n"
    assert persons(text, gazetteer) == ["Yara Brandsma", "Kofi Mensah-van Dijk"]


def test_a_header_name_with_initials_is_not_respelled_from_the_address(gazetteer):
    text = ("Van: Yara Brandsma <yara.brandsma@minvro.nl>\nAan: K. Mensah-van Dijk <kofi.mensah-vandijk@minbzk.nl>\n"
            "Onderwerp: overleg\n\nBeste Kofi,\n")
    assert "Kofi Mensah-van Dijk" in persons(text, gazetteer)
    assert "Kofi Mensah-Vandijk" not in persons(text, gazetteer)


def test_a_chair_succession_that_names_the_body_in_full_last(gazetteer):
    text = ("Pieter Hoogland is per 1 juli 2026 teruggetreden als voorzitter van de stuurgroep; Aylin Demir, "
            "wethouder van Tilburg, is per 1 juli 2026 voorzitter van de stuurgroep van de City Deal Slimme Straten.")
    found = roles(text, gazetteer, date="2026-09-15")
    assert ("Pieter Hoogland", "Stuurgroep City Deal Slimme Straten", "voorzitter", None, "2026-06-30", True) in found
    assert ("Aylin Demir", "Stuurgroep City Deal Slimme Straten", "voorzitter", "2026-07-01", None, False) in found


def test_an_earlier_post_in_apposition_ends_before_the_new_one(gazetteer):
    text = "Per 1 september 2025 is Gijs Kramer, voorheen directeur bij BZK, gemeentesecretaris van Zwolle."
    assert roles(text, gazetteer, date="2026-01-30") == [
        ("Gijs Kramer", "BZK", "directeur", None, "2025-08-31", True),
        ("Gijs Kramer", "Zwolle", "gemeentesecretaris", "2025-09-01", None, False)]


def test_a_decree_dates_its_appointments_in_a_later_article(gazetteer):
    text = ("Artikel 1\n\nTot voorzitter van de Adviescommissie Kleine Kernen wordt benoemd: Anna de Graaf.\n\n"
            "Artikel 2\n\nDe benoemingen gelden met ingang van 1 maart 2025 voor een periode van vier jaar.\n")
    assert roles(text, gazetteer, date="2025-01-20") == [
        ("Anna de Graaf", "Adviescommissie Kleine Kernen", "voorzitter", "2025-03-01", None, False)]


def test_appointed_to_a_directie_of_a_ministry_with_a_stated_start(gazetteer):
    text = ("Verder: mr. Joris van Dam is per 1 maart 2026 benoemd tot directeur Openbaar Bestuur van BZK "
            "en volgt daarmee Femke Bosch op.")
    assert ("Joris van Dam", "BZK", "directeur", "2026-03-01", None, False) in roles(text, gazetteer)


def test_a_since_column_dates_the_members_of_a_programme(gazetteer):
    text = ("## Bijlage — Deelnemende steden City Deal Slimme Straten\n\n| gemeente | provincie | sinds |\n|---|---|---|\n"
            "| Zwolle | Overijssel | 1 februari 2023 |\n| Breda | Noord-Brabant | 1 maart 2023 |\n")
    found = sorted((r.subject.label, r.valid_from) for r in relations(text, gazetteer, date="2023-03-15")
                   if r.predicate == "participatesIn" and r.object.label == "City Deal Slimme Straten")
    assert found == [("Breda", "2023-03-01"), ("Zwolle", "2023-02-01")]


def test_a_fronted_voor_phrase_names_the_chaired_body(gazetteer):
    text = ("Koen Bakker (Dordrecht) is voorzitter van de pijler Fysiek. Voor de pijler Economie & Werk is "
            "Ilse Mulder (Zwolle) voorzitter.")
    found = [(s, o) for s, o, role, *_ in roles(text, gazetteer, date="2026-05-12") if role == "voorzitter"]
    assert found == [("Ilse Mulder", "Pijler Economie & Werk"), ("Koen Bakker", "Pijler Fysiek")]


def test_a_date_field_beats_a_meeting_date_in_the_title():
    assert head_date("# Nota: voorbereiding Bestuurlijk Overleg 26 mei 2026\n\nDatum: 12 mei 2026\nVan: X\n") \
        == "2026-05-12"


def test_a_pdf_table_with_a_lower_case_header_and_wrapped_cells():
    runs = [[(157.9, 504.8, "partner", 12), (279.5, 504.8, " vertegenwoordigd door", 12), (466.3, 504.8, " rol", 12)],
            [(91.2, 444.0, "gemeente Venlo", 12), (278.6, 450.8, " Mirthe Peeters-", 12),
             (278.6, 437.3, " Smeets, wethouder", 12), (427.2, 444.0, " partner", 12)],
            [(91.2, 363.0, "ministerie van Sociale Zaken en", 12)],
            [(91.2, 349.5, "Werkgelegenheid", 12), (278.6, 349.5, " Tim Bos", 12), (427.2, 349.5, " partner", 12)],
            [(84.4, 273.0, "Programmamanager van de Regio Deal is Lotte Jansen, al sinds de start.", 12)]]
    lines = [(run[0][0], "".join(r[2] for r in run)) for run in runs]
    assert [text for _, text in with_tables(lines, runs)] == [
        "| partner | vertegenwoordigd door | rol |", "|---|---|---|",
        "| gemeente Venlo | Mirthe Peeters-Smeets, wethouder | partner |",
        "| ministerie van Sociale Zaken en Werkgelegenheid | Tim Bos | partner |",
        "Programmamanager van de Regio Deal is Lotte Jansen, al sinds de start."]


def test_a_person_with_a_role_in_a_table_cell(gazetteer):
    text = ("| partner | vertegenwoordigd door | rol |\n|---|---|---|\n"
            "| gemeente Venlo | Mirthe Peeters-Smeets, wethouder | partner |\n")
    assert ("Mirthe Peeters-Smeets", "Venlo", "wethouder", None, None, False) in roles(text, gazetteer, "2025-04-15")


@pytest.mark.parametrize("signature, expected", [
    ("De minister van Binnenlandse Zaken en Koninkrijksrelaties,\nnamens deze,\nde secretaris-generaal,\nP.J. Kramer\n",
     ("P.J. Kramer", "Binnenlandse Zaken en Koninkrijksrelaties", "secretaris-generaal")),
    ("de minister van Binnenlandse Zaken en Koninkrijksrelaties,\nnamens deze,\ni.o. Daan Kok\na.i. directeur Wonen\n",
     ("Daan Kok", "Binnenlandse Zaken en Koninkrijksrelaties", "directeur")),
], ids=["role-above", "role-below-io"])
def test_a_signature_on_behalf_of_the_minister(gazetteer, signature, expected):
    found = [(s, o, role) for s, o, role, *_ in roles("Met vriendelijke groet,\n\n" + signature, gazetteer, "2024-11-20")]
    assert expected in found


def test_led_by_a_person_in_a_stated_role(gazetteer):
    text = ("De directie Woningbouw van VRO, onder leiding van Eva Kramer als plaatsvervangend directeur, is het "
            "aanspreekpunt voor de Woondeals.")
    found = [(s, o, role) for s, o, role, *_ in roles(text, gazetteer, "2024-10-01")]
    assert found == [("Eva Kramer", "Directie Woningbouw", "plaatsvervangend directeur")]


def test_a_second_surname_that_closes_a_list_item(gazetteer):
    text = "Tot leden worden benoemd:\na. drs. José Ortega van Dijk;\nb. Eva Kok van Zwolle;\n"
    found = persons(text, gazetteer, "2024-12-16")
    assert "José Ortega van Dijk" in found and "Eva Kok" in found


def test_a_programme_role_at_a_ministry_is_not_the_reports_programme(gazetteer):
    text = "# Jaarverslag Samenwerkingsagenda G40 2025\n\nBreda is betrokken bij de Taskforce Veiligheid. " \
           "Programmaleider bij JenV is Sanne Kok.\n"
    found = [(s, o, role) for s, o, role, *_ in roles(text, gazetteer, "2026-01-30")]
    assert found == [("Sanne Kok", "JenV", "programmaleider")]


def test_he_succeeds_after_a_dated_new_post(gazetteer):
    text = ("Per 1 september 2025 is Gijs Kramer, voorheen directeur bij BZK, gemeentesecretaris van Zwolle. "
            "Hij volgt Anna de Graaf op, die met pensioen is gegaan.")
    found = relations(text, gazetteer, "2026-01-30")
    assert [(r.valid_from,) for r in found if r.predicate == "succeeded"] == [("2025-09-01",)]
    assert ("Anna de Graaf", "Zwolle", "gemeentesecretaris", None, "2025-08-31", True) in roles(text, gazetteer, "2026-01-30")


def test_an_interim_holder_of_a_post_named_before_in_full(gazetteer):
    text = ("Tom Baas, directeur Openbaar Bestuur bij het ministerie van BZK, vertrekt. Tot de benoeming van een "
            "opvolger is Eva Kok per 1 september 2025 directeur Openbaar Bestuur a.i.")
    assert ("Eva Kok", "BZK", "directeur", "2025-09-01", None, False) in roles(text, gazetteer, "2025-08-22")
