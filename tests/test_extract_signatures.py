"""The signatures under an agreement: "Namens <partij>" over a name and a role."""

from __future__ import annotations

from extract_facts import facts

DATE = "2023-03-01"
HEAD = "Convenant Schone Lucht\n\nAldus overeengekomen te Arnhem.\n\n"


def by_rule(text: str) -> set[tuple]:
    return {f for f in facts(HEAD + text, DATE) if f[1] in ("hasRole", "affiliatedWith")}


def test_a_signatory_holds_the_role_of_the_line_under_the_name_at_the_party_above_it():
    text = ("Namens de gemeente Arnhem\ndrs. W.F. van Beek-Timmermans\nwethouder Werk en Inkomen\n\n"
            "Voor akkoord, namens de provincie Gelderland:\nPeter Kroon\ngedeputeerde\n\n"
            "Namens Aedes\nir. M. (Marieke) Dijkhuizen\ndirecteur Beleid\n")
    assert by_rule(text) == {("W.F. van Beek-Timmermans", "hasRole", "Arnhem", "wethouder"),
                             ("Peter Kroon", "hasRole", "Gelderland", "gedeputeerde"),
                             ("Marieke Dijkhuizen", "hasRole", "Aedes", "directeur")}


def test_a_role_line_that_names_a_unit_gives_the_role_in_the_unit_and_a_name_alone_works_for_the_party():
    text = ("Namens het Stedennetwerk G40\nmr. A.J. (Arjen) Hoekstra\nvoorzitter Pijler Sociaal Domein\n\n"
            "Namens de VNG,\nKees Bos\n\nNamens Divosa\nRuud Schaapveld, voorzitter\n")
    assert by_rule(text) == {("Arjen Hoekstra", "hasRole", "Pijler Sociaal Domein", "voorzitter"),
                             ("Kees Bos", "affiliatedWith", "VNG", None),
                             ("Ruud Schaapveld", "hasRole", "Divosa", "voorzitter")}


def test_a_sentence_on_behalf_of_a_party_or_a_line_of_two_names_is_no_signature():
    assert not {f for f in facts(HEAD + "Namens de gemeente Ede en de VNG\nEva Smit\nwethouder\n", DATE)
                if f[0] == "Eva Smit" and f[2] == "VNG"}
    assert not {f for f in facts(HEAD + "Namens de VNG\nEva Smit en Kees Bos\n", DATE) if f[2] == "VNG"}


def test_a_letter_closing_with_the_office_above_the_name_gives_the_signatory_that_office():
    text = ("Kamerbrief over de regeling\n\nGeachte voorzitter,\n\nSamen met het ministerie van Volkshuisvesting en "
            "Ruimtelijke Ordening verken ik de regeling.\n\nDe minister van Sociale Zaken en Werkgelegenheid,\n\n"
            "drs. C.J.M. (Claire) Verhoef-Bakhuizen\n")
    found = facts(text, "2025-05-01")
    assert ("Claire Verhoef-Bakhuizen", "hasRole", "SZW", "minister") in found
    # the letter's "ik" is the minister's ministry, not the regeling it is about
    assert {f for f in found if f[1] == "collaboratesWith"} == {("SZW", "collaboratesWith", "VRO", None)}


def test_an_unknown_given_name_in_brackets_after_initials_that_start_with_it():
    assert ("Bayu Sastro", "hasRole", "Hoorn", "wethouder") in facts(
        HEAD + "Namens de gemeente Hoorn\nB.W. (Bayu) Sastro\nwethouder\n", DATE)
    assert not {f for f in facts(HEAD + "Namens de gemeente Hoorn\nB.W. (Hoorn) Sastro\nwethouder\n", DATE)
                if f[1] == "hasRole"}


def test_a_signature_line_opening_with_its_party_gives_the_role_at_that_party_not_at_the_last_college():
    text = ("Met vriendelijke groet,\n\n"
            "namens het college van B&W van Leiden, K.M. de Groot, wethouder Wonen\n"
            "namens het college van B&W van Alkmaar, mevrouw P. Jansen, wethouder Ruimte\n"
            "namens het college van burgemeester en wethouders van Delft, drs. H. Vos, burgemeester\n\n"
            "mede namens Woonbond, ir. T.R. Bakker, voorzitter\n")
    assert by_rule(text) == {("K.M. de Groot", "hasRole", "Leiden", "wethouder"),
                             ("P. Jansen", "hasRole", "Alkmaar", "wethouder"),
                             ("H. Vos", "hasRole", "Delft", "burgemeester"),
                             ("T.R. Bakker", "hasRole", "Woonbond", "voorzitter")}


def test_a_municipal_role_on_a_line_signing_for_an_organisation_is_not_given_to_a_town_named_elsewhere():
    text = "Het college van B&W van Leiden steunt dit.\n\nnamens de VNG, K.M. de Groot, wethouder\n"
    assert not {f for f in by_rule(text) if f[0] == "K.M. de Groot"}
