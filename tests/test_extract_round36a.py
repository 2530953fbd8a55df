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
