"""Round 41c: participation and collaboration (second half), and the rules that were wrong on unseen text."""

from __future__ import annotations

from tests.extract_facts import facts


def _taking_part(text):
    return {f for f in facts(text) if f[1] in ("participatesIn", "collaboratesWith")}


# --- a relative clause's subject is its antecedent, not the main clause's subject ------------------------

def test_the_antecedent_of_die_takes_part_not_the_person_of_the_main_clause():
    text = ("Het Netwerk Wijkzorg telt zes steden. Eva Smit is namens Breda contactpersoon voor de gemeenten "
            "die aan het netwerk meedoen.")
    found = {f for f in _taking_part(text) if f[0] in ("Eva Smit", "Breda")}
    assert not found, found


def test_a_named_antecedent_before_die_still_takes_part():
    found = _taking_part("Breda en Ede, die meedoen aan de City Deal Zon, krijgen extra geld.")
    assert {("Breda", "participatesIn", "City Deal Zon", None),
            ("Ede", "participatesIn", "City Deal Zon", None)} <= found, found


def test_a_relative_clause_with_its_own_subject_keeps_it():
    found = _taking_part("Dit is de City Deal Zon, die Breda en Ede in 2022 ondertekenden.")
    assert ("Breda", "participatesIn", "City Deal Zon", None) in found, found


# --- the family of deals named in passing is not the deal the passage is about ---------------------------

def test_towns_take_part_in_the_deal_not_in_the_family_named_in_passing():
    text = ("De Regio Deal Noordrand is in 2020 gesloten met het ministerie van LNV, dat de Regio Deals "
            "coördineert. Assen en Emmen nemen deel, net als de provincie Drenthe.")
    found = {f for f in _taking_part(text) if f[0] in ("Assen", "Emmen", "Drenthe")}
    assert found == {("Assen", "participatesIn", "Regio Deal Noordrand", None),
                     ("Emmen", "participatesIn", "Regio Deal Noordrand", None),
                     ("Drenthe", "participatesIn", "Regio Deal Noordrand", None)}, found


# --- a partnership the sentence denies ------------------------------------------------------------------

def test_tuning_with_a_ministry_that_is_no_partner_yet_is_no_collaboration():
    text = "De Werkgroep Data werkt samen met het ministerie van SZW, maar SZW is (nog) geen formele partner van de werkgroep."
    assert not _taking_part(text), _taking_part(text)
    text = "De werkgroep Data van de G40 stemt af met het ministerie van SZW, dat nog geen partner is."
    assert not {f for f in _taking_part(text) if f[2] == "SZW"}, _taking_part(text)


def test_working_with_a_ministry_is_a_collaboration():
    found = _taking_part("De Werkgroep Data werkt samen met het ministerie van SZW.")
    assert found == {("Werkgroep Data", "collaboratesWith", "SZW", None)}, found


# --- "Samen met X werkt de stichting …": the subject named by its kind after the verb ---------------------

def test_a_foundation_named_by_its_kind_after_the_verb_is_the_one_named_before():
    text = ("De Werkgroep Centrum organiseert de dag. Jan Bos is directeur van Stichting Stadshart Ede. "
            "Samen met de gemeente Ede werkt de stichting aan een nieuw fonds.")
    found = _taking_part(text)
    assert ("Stichting Stadshart Ede", "collaboratesWith", "Ede", None) in found, found
    assert not {f for f in found if f[0] == "Werkgroep Centrum"}, found


def test_a_kind_without_an_antecedent_names_no_actor():
    text = "De Werkgroep Centrum organiseert de dag. Samen met de gemeente Ede werkt de stichting aan een nieuw fonds."
    assert not _taking_part(text), _taking_part(text)


# --- a coalition agreement's "wij" and "Met X werken wij samen in Y" --------------------------------------

def test_the_we_of_a_coalition_agreement_is_its_municipality_and_takes_part_with_its_fronted_partners():
    text = ("Coalitieakkoord Zwolle 2022-2026\n\nMet de provincie Overijssel werken wij samen in de "
            "Regio Deal Vechtdal.")
    found = _taking_part(text)
    assert found == {("Zwolle", "participatesIn", "Regio Deal Vechtdal", None),
                     ("Overijssel", "participatesIn", "Regio Deal Vechtdal", None),
                     ("Zwolle", "collaboratesWith", "Overijssel", None)}, found


def test_without_a_municipality_of_its_own_we_names_no_actor():
    text = "Notitie\n\nMet de provincie Overijssel werken wij samen in de Regio Deal Vechtdal."
    found = {f for f in _taking_part(text) if f[1] == "participatesIn"}
    assert not found, found


def test_a_planned_cooperation_in_a_coalition_agreement_is_no_fact():
    text = "Coalitieakkoord Zwolle 2022-2026\n\nWij willen onderzoeken of wij samen in de Regio Deal Vechtdal gaan werken."
    assert not _taking_part(text), _taking_part(text)


# --- "A en B zijn vanaf het begin lid": members of the unit the passage is about --------------------------

def test_towns_that_are_members_with_nothing_after_lid_are_members_of_the_passages_unit():
    text = ("De Themagroep Werk en Scholing viert haar jubileum. Zwolle, Ede en Oss zijn vanaf het begin lid; "
            "de groep groeide daarna.")
    found = _taking_part(text)
    assert found == {("Zwolle", "participatesIn", "Themagroep Werk en Scholing", None),
                     ("Ede", "participatesIn", "Themagroep Werk en Scholing", None),
                     ("Oss", "participatesIn", "Themagroep Werk en Scholing", None)}, found


def test_a_person_who_is_a_member_or_a_town_that_is_no_member_yet_is_no_fact_here():
    text = "De Themagroep Werk en Scholing viert haar jubileum. Zwolle is nog geen lid."
    assert not _taking_part(text), _taking_part(text)
    text = "De Themagroep Werk en Scholing viert haar jubileum. Eva Smit is vanaf het begin lid."
    assert not {f for f in _taking_part(text) if f[0] != "Eva Smit"}, _taking_part(text)
