"""Round 26a: roles that attach to the body a phrase names, on invented sentences.

1. A programme's own bodies: "de stuurgroep van de City Deal", "het programmabureau van het akkoord"
   are units named after the programme ("Stuurgroep City Deal X"); "de werkgroep van de pijler" is
   no programme's body.
2. A collective apposition: "de Kamerleden A, B en C, allen lid van de commissie" gives each of them
   the role; "beiden" after two names likewise.
3. A role that closes a bullet item after a dash ("- X, burgemeester van Y – voorzitter") is held in
   the body the list enumerates, and only there: not in a programme or place named earlier.
4. A role word before a name in a later sentence ("zegt vicevoorzitter X") is no anaphor of a
   programme named in an earlier sentence.
"""

from __future__ import annotations

from extract_facts import facts, mentions

DATE = "2024-06-01"


# 1. a programme's bodies -----------------------------------------------------------------------

def test_the_steering_group_of_the_city_deal_is_the_deals_own_body():
    text = ("De City Deal Slimme Haven is in 2023 gesloten. Wethouder Eva Smit (Ede) wordt voorzitter van "
            "de stuurgroep van de City Deal.")
    found = facts(text, DATE)
    assert ("Eva Smit", "hasRole", "Stuurgroep City Deal Slimme Haven", "voorzitter") in found
    assert "de stuurgroep" in mentions(text, "OrganisationalUnit", DATE)


def test_the_steering_group_of_a_named_short_programme_takes_its_full_name():
    text = ("De pijler doet mee aan de Actieagenda Groene Daken van het ministerie. Namens de pijler neemt "
            "Bas Kok zitting in de stuurgroep van de Actieagenda.")
    found = facts(text, DATE)
    assert ("Bas Kok", "participatesIn", "Stuurgroep Actieagenda Groene Daken", None) in found


def test_the_programme_bureau_of_an_agreement_is_its_body():
    text = ("Het Bestuursakkoord Wonen Noord is getekend. Het programmabureau van het akkoord wordt geleid "
            "door programmamanager Anna Vos.")
    assert "Het programmabureau" in mentions(text, "OrganisationalUnit", DATE)


def test_the_working_group_of_a_pillar_is_no_programme_body():
    text = "De pijler Fysiek vergaderde. De werkgroep van de pijler kwam ook bijeen."
    assert mentions(text, "OrganisationalUnit", DATE) == ["pijler Fysiek", "de pijler"]


# 2. a collective apposition -------------------------------------------------------------------

def test_all_members_of_the_committee_each_hold_the_role():
    text = ("Namens de Tweede Kamer: de Kamerleden Anne Vos, Piet Kok en Sara de Wit, allen lid van de vaste "
            "commissie voor Binnenlandse Zaken.")
    found = facts(text, DATE)
    for name in ("Anne Vos", "Piet Kok", "Sara de Wit"):
        assert (name, "hasRole", "Commissie voor Binnenlandse Zaken", "lid") in found


def test_both_aldermen_are_members_of_the_pillar():
    text = ("Opdrachtgevers zijn wethouder Karel Mol (Ede) en wethouder Lies Dam van Zwolle, beiden lid van "
            "de pijler Fysiek.")
    found = facts(text, DATE)
    assert ("Karel Mol", "hasRole", "Pijler Fysiek", "lid") in found
    assert ("Lies Dam", "hasRole", "Pijler Fysiek", "lid") in found


def test_a_single_apposition_holds_for_the_last_name_only():
    found = facts("Daar spraken Piet Kok en Anne Vos, lid van de pijler Fysiek.", DATE)
    assert ("Anne Vos", "hasRole", "Pijler Fysiek", "lid") in found
    assert ("Piet Kok", "hasRole", "Pijler Fysiek", "lid") not in found


# 3. a role closing a bullet item --------------------------------------------------------------

def test_a_role_after_a_dash_is_held_in_the_board_the_list_enumerates():
    text = ("Over de G40\n\nHet bestuur bestaat uit burgemeesters en wethouders.\n\n"
            "- Eva Smit, burgemeester van Ede – voorzitter\n- Bas Kok, wethouder van Breda – penningmeester\n")
    found = facts(text, DATE)
    # the network's board is a unit of its own, part of the G40 (round 31a, graph.extract.boards)
    assert ("Eva Smit", "hasRole", "G40-bestuur", "voorzitter") in found
    assert ("Bas Kok", "hasRole", "G40-bestuur", "penningmeester") in found
    assert ("G40-bestuur", "partOf", "G40", None) in found


def test_a_role_after_a_dash_needs_a_list_of_a_named_body():
    text = ("Over de G40\n\nDe Regio Deal Kust is gesloten. Op de bijeenkomst spraken:\n\n"
            "- Eva Smit, burgemeester van Ede – voorzitter\n- Bas Kok, wethouder van Breda – penningmeester\n")
    found = facts(text, DATE)
    assert not any(f[1] == "hasRole" and f[3] in ("voorzitter", "penningmeester") for f in found)


# 4. a role word before a name is no anaphor of an earlier programme ---------------------------

def test_a_speakers_title_is_not_a_role_in_the_fund_named_before():
    text = ("Zij zette zich in voor het Volkshuisvestingsfonds. \"Dat was nodig\", zegt vicevoorzitter Jan Bos, "
            "wethouder in Delft.")
    found = facts(text, DATE)
    assert ("Jan Bos", "hasRole", "Delft", "wethouder") in found
    assert not any(f[0] == "Jan Bos" and f[3] == "vicevoorzitter" for f in found)


# 5. "het bureau": the organisation's bureau named before --------------------------------------

def test_the_bureau_is_the_bureau_named_before_and_owns_its_staff_list():
    text = ("Het G40-bureau ondersteunt het bestuur. Directeur van het bureau is Anne Vos. "
            "Verder werken op het bureau:\n\n- Piet Kok, beleidsadviseur Wonen\n")
    found = facts(text, DATE)
    assert ("Anne Vos", "hasRole", "G40-bureau", "directeur") in found
    assert ("Piet Kok", "hasRole", "G40-bureau", "beleidsadviseur") in found


def test_a_bureau_without_one_named_before_is_no_reference():
    text = "Directeur van het bureau is Anne Vos. Verder werken op het bureau:\n\n- Piet Kok, beleidsadviseur Wonen\n"
    found = facts(text, DATE)
    assert not any(f[1] == "hasRole" for f in found)
