"""Round 46b: office holders the person recogniser missed (initials before a surname that is also a verb,
a signatory closing a "Namens …:" line, a register's "functie: naam" lines) and a region that ends a
programme's name taken for a participant."""

from __future__ import annotations

from tests.extract_facts import assert_facts, facts, mentions


# --- persons with initials ---------------------------------------------------------------------------

def test_initials_before_a_surname_that_is_also_a_verb_name_a_person():
    text = ("Brief aan de formateur\n\nMet vriendelijke groet,\n\n"
            "namens het college van B&W van Apeldoorn, drs. T.W. van Sloten, burgemeester\n")
    assert_facts(text, {("T.W. van Sloten", "hasRole", "Apeldoorn", "burgemeester")}, "2025-06-01")


def test_the_signatory_closing_a_namens_line_is_a_person():
    text = ("Bestuursafspraken Geldzorgen\n\nOndertekening\n\n"
            "Namens het ministerie van BZK: de minister van Binnenlandse Zaken en Koninkrijksrelaties, A.E. Kok-Sahin\n"
            "Namens het ministerie van SZW: de minister voor Armoedebeleid, Participatie en Pensioenen, C.J. Westerhof\n")
    assert mentions(text, "Person", "2023-06-01") == ["A.E. Kok-Sahin", "C.J. Westerhof"]
    assert ("A.E. Kok-Sahin", "hasRole", "BZK", "minister") in facts(text, "2023-06-01")


def test_initials_inside_a_sentence_after_a_comma_stay_what_they_were():
    text = "Namens BZK zegt de woordvoerder dat de regeling, N.B. Nieuw, volgend jaar komt."
    assert mentions(text, "Person") == []


# --- a register's "functie: naam" lines ---------------------------------------------------------------

REGISTER = ("Register 2025\n\nGemeente Apeldoorn\n\nBurgemeester: drs. T.W. van Sloten\n"
            "Wethouder Wonen: mevrouw Rana Yilmaz-Kok\nGemeentesecretaris: vacature\nVoormalig burgemeester: Johan Mulder\n\n"
            "Ministerie van Binnenlandse Zaken en Koninkrijksrelaties\n\nSecretaris-generaal: J.P. de Boer\n"
            "Directie Woningbouw, directeur: Ruud Kok\n")


def test_a_registers_lines_give_the_holders_of_the_headings_body():
    assert_facts(REGISTER, {("T.W. van Sloten", "hasRole", "Apeldoorn", "burgemeester"),
                            ("Rana Yilmaz-Kok", "hasRole", "Apeldoorn", "wethouder"),
                            ("J.P. de Boer", "hasRole", "BZK", "secretaris-generaal"),
                            ("Directie Woningbouw", "partOf", "BZK", None)}, "2025-06-01")


def test_a_name_after_a_role_field_is_a_person_and_ends_with_its_line():
    assert mentions(REGISTER, "Person", "2025-06-01") == ["T.W. van Sloten", "Rana Yilmaz-Kok", "Johan Mulder",
                                                          "J.P. de Boer", "Ruud Kok"]


def test_a_field_that_is_no_role_names_no_holder():
    text = "Gemeente Apeldoorn\n\nDatum: Maart Zes\nLocatie: Stadhuis Apeldoorn\n"
    assert mentions(text, "Person") == []
    assert facts(text) == set()


def test_a_role_field_under_a_heading_of_two_bodies_gives_no_role():
    text = "Gemeente Apeldoorn en gemeente Ede\n\nBurgemeester: Tom Kok\n"
    assert not {f for f in facts(text) if f[1] == "hasRole"}


# --- a region that ends a programme's name ------------------------------------------------------------

def test_the_region_that_ends_a_programmes_name_takes_no_part():
    text = "Haarlemmermeer neemt deel aan de Regionale Energiestrategie Noord-Holland Zuid."
    assert_facts(text, {("Haarlemmermeer", "participatesIn", "Regionale Energiestrategie", None)})


def test_a_province_in_the_list_of_participants_still_takes_part():
    text = "Ede en Gelderland doen mee aan de Regionale Energiestrategie."
    assert_facts(text, {("Ede", "participatesIn", "Regionale Energiestrategie", None),
                        ("Gelderland", "participatesIn", "Regionale Energiestrategie", None)})


# --- a list of a municipality's office holders --------------------------------------------------------

def test_a_list_of_a_towns_burgemeesters_gives_each_the_office_in_that_town():
    text = ("Lijst van burgemeesters van Apeldoorn\n\n| Periode | Burgemeester | Partij |\n|---|---|---|\n"
            "| 1990–2001 | drs. J.A. (Jan) de Vries | CDA |\n| 2002–2015 | Annemarie Bos-Jansen | PvdA |\n")
    assert {f for f in facts(text, "2025-06-01") if f[1] == "hasRole"} == {
        ("Jan de Vries", "hasRole", "Apeldoorn", "burgemeester"),
        ("Annemarie Bos-Jansen", "hasRole", "Apeldoorn", "burgemeester")}


def test_a_table_under_a_title_that_names_no_holders_of_the_town_gives_no_office():
    text = ("Brief van Apeldoorn over de regeling\n\n| Periode | Burgemeester | Partij |\n|---|---|---|\n"
            "| 2002–2015 | Annemarie Bos-Jansen | PvdA |\n")
    assert not {f for f in facts(text, "2025-06-01") if f[1] == "hasRole"}


def test_a_register_under_a_subheading_gives_the_holders_of_the_body_above_and_a_stand_ins_office():
    text = ("Gemeente Apeldoorn\n\nCollege van burgemeester en wethouders\nWaarnemend burgemeester: Tom Kok\n"
            "Wethouder: Rana Yilmaz (Wonen)\n\nMinisterie van Volkshuisvesting en Ruimtelijke Ordening (VRO)\n\n"
            "Plaatsvervangend secretaris-generaal: Ruud Kok\n")
    assert {f for f in facts(text, "2025-06-01") if f[1] == "hasRole"} == {
        ("Tom Kok", "hasRole", "Apeldoorn", "burgemeester"), ("Rana Yilmaz", "hasRole", "Apeldoorn", "wethouder"),
        ("Ruud Kok", "hasRole", "VRO", "secretaris-generaal")}


def test_a_role_field_on_an_organisations_programme_page_is_no_office_of_the_organisation():
    text = ("# Agenda Sterke Buurten\n\n*Programmapagina G40 Stedennetwerk*\n\n## Wie doet mee?\n\nBreda en Ede.\n\n"
            "## Wie trekt de agenda?\n\n- **Programmamanager:** Eva Tjon-A-Kok, gedetacheerd vanuit Platform31.\n")
    assert not {f for f in facts(text, "2025-06-01") if f[1] == "hasRole" and f[2] == "G40"}
