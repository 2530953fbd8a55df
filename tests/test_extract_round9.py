"""Round 9 of the rule-based extraction: precision. The lead of a newsletter names its themagroep,
City Deal names that end "in de Wijk" and no verb in a name, a person behind a place adjective
leads ("voorgezeten door de Goudse wethouder X"), co-signers are no partners, institutions named
after a place ("TU Delft"), surnames that are place names, a unit set up "op initiatief van",
subsection numbers ("4.5 Taskforce X"), an apposition between a unit and "getrokken door", and
no unit is signed (graph.extract + graph.resolve).

Each row is a small Dutch text and the facts a careful reader finds in it, as (subject label,
predicate, object label, role). Names and texts are invented.
"""

from __future__ import annotations

import pytest
from extract_facts import assert_facts, facts
from extract_facts import mentions as mentions_on
from graph.extract import extract
from graph.gazetteer import load_gazetteer

DATE = "2024-03-01"  # the date of every text here


def mentions(text: str, kind: str) -> list[str]:
    """The mentions of type ``kind`` in ``text`` dated :data:`DATE`, in text order."""
    return mentions_on(text, kind, DATE)


def labels(text: str, kind: str) -> list[str]:
    """The labels of the mentions of type ``kind`` in ``text``."""
    extraction = extract("t", text, gazetteer=load_gazetteer(), date=DATE)
    return [m.label for m in extraction.mentions if m.type == kind]


# --- references and names ------------------------------------------------------------------------

def test_the_lead_of_a_newsletter_names_the_themagroep_of_every_section():
    text = ("# Nieuwsbrief Klimaat - maart 2024\n\n"
            "*Nieuwsbrief van de Themagroep Klimaatadaptatie*\n\n"
            "## In dit nummer\n- Nieuwe trekker voor de themagroep\n\n"
            "## Nieuwe trekker\nPer 1 maart is Hanna Wolters de nieuwe trekker van de themagroep.\n\n"
            "## Contact\n- Vragen over de themagroep: Pim Berends\n")
    assert "Themagroep In dit nummer" not in labels(text, "OrganisationalUnit")
    assert "Themagroep Contact" not in labels(text, "OrganisationalUnit")
    assert ("Hanna Wolters", "hasRole", "Themagroep Klimaatadaptatie", "trekker") in facts(text, DATE)


def test_a_city_deal_name_runs_on_over_in_de_wijk():
    text = "Zwolle treedt toe tot de City Deal Leren in de Wijk."
    assert mentions(text, "Programme") == ["City Deal Leren in de Wijk"]


def test_a_city_deal_name_stops_before_a_place_after_in_de():
    assert mentions("De City Deal Werk in de Regio Twente start.", "Programme") == ["City Deal Werk"]


def test_a_finite_verb_or_an_adverb_after_city_deal_is_no_name():
    text = ("Almere doet mee aan de City Deal Leren in de Wijk. De bijdrage aan de City Deal bedraagt 10.000 euro. "
            "De City Deal sluit daarop aan.")
    assert set(labels(text, "Programme")) == {"City Deal Leren in de Wijk"}


def test_a_pact_is_a_programme_and_het_pact_refers_to_it():
    text = "Ede tekende het Pact Sneller Bouwen Veluwe. Het pact is een initiatief van de provincie Gelderland."
    assert facts(text, DATE) >= {("Ede", "participatesIn", "Pact Sneller Bouwen Veluwe", None),
                                 ("Gelderland", "initiated", "Pact Sneller Bouwen Veluwe", None)}


# --- who leads -----------------------------------------------------------------------------------

def test_the_person_behind_a_place_adjective_leads_not_the_place():
    text = "De Themagroep Water wordt voorgezeten door de Goudse wethouder Karin Vermeer."
    assert_facts(text, {("Karin Vermeer", "hasRole", "Themagroep Water", "voorzitter"),
                        ("Karin Vermeer", "hasRole", "Gouda", "wethouder")}, DATE)


def test_a_unit_in_an_apposition_does_not_take_the_trekker():
    text = "De Werkgroep Tijdelijk Wonen, onderdeel van de Themagroep Wonen, wordt getrokken door Sem Kuipers."
    found = facts(text, DATE)
    assert ("Sem Kuipers", "hasRole", "Werkgroep Tijdelijk Wonen", "trekker") in found
    assert ("Sem Kuipers", "hasRole", "Themagroep Wonen", "trekker") not in found


# --- signing and taking part together ----------------------------------------------------------

def test_co_signers_take_part_in_what_they_sign_and_are_no_partners():
    text = "Op 3 maart ondertekenden Oss en Uden samen met de provincie Noord-Brabant het Convenant Slim Bouwen."
    found = facts(text, DATE)
    assert ("Noord-Brabant", "participatesIn", "Convenant Slim Bouwen", None) in found
    assert not {f for f in found if f[1] == "collaboratesWith"}


def test_signing_together_without_an_object_is_no_collaboration():
    text = "Assen tekende in mei, samen met Emmen en Hoogeveen."
    assert not {f for f in facts(text, DATE) if f[1] == "collaboratesWith"}


def test_co_participants_after_doen_mee_samen_met_are_no_partners():
    text = "Aan de City Deal Leren in de Wijk doen Ede en Epe mee, samen met de Hogeschool Veluwe."
    assert not {f for f in facts(text, DATE) if f[1] == "collaboratesWith"}


def test_no_unit_is_signed():
    text = ("De Pijler Sociaal werkt aan zorg. In mei sloot de pijler een convenant met Zorgverzekeraars Nederland "
            "over wijkzorg.")
    assert ("Zorgverzekeraars Nederland", "participatesIn", "Pijler Sociaal", None) not in facts(text, DATE)


# --- names that are no places -------------------------------------------------------------------

def test_an_institution_named_after_a_place_is_no_municipality():
    text = "Het wijklab is een project van de TU Eindhoven en de Universiteit Twente en ROC van Twente."
    assert mentions(text, "Municipality") == []
    assert mentions(text, "Organisation") == ["TU Eindhoven", "Universiteit Twente", "ROC van Twente"]


def test_a_place_name_after_a_capitalised_particle_is_a_surname_the_text_uses():
    text = "Aanwezig: Petra van Dongen (voorzitter).\n\n| 1 | Actie | Van Dongen |"
    assert mentions(text, "Municipality") == []


# --- sections and set-up ------------------------------------------------------------------------

def test_a_unit_set_up_op_initiatief_van_is_the_subject_not_an_earlier_programme():
    text = ("Jaarverslag 2023 Pijler Veiligheid\n\n"
            "4.1 Jeugd\nTiel sloot zich aan bij het programma Sterke Jeugd.\n\n"
            "4.2 Taskforce Havens Noord\nDe taskforce werd in mei ingesteld op initiatief van Harderwijk. "
            "Harlingen nam vanaf de start deel.")
    found = facts(text, DATE)
    assert ("Harderwijk", "initiated", "Taskforce Havens Noord", None) in found
    assert ("Harderwijk", "initiated", "Sterke Jeugd", None) not in found
    assert ("Harlingen", "participatesIn", "Sterke Jeugd", None) not in found


# --- roles and persons --------------------------------------------------------------------------

def test_an_inflected_adjective_after_a_role_word_opens_a_field_of_work_not_a_name():
    text = "Namens EZK schuift directeur Regionale Ontwikkeling en Innovatie Karel Smits aan."
    assert mentions(text, "Person") == ["Karel Smits"]


def test_a_place_in_the_second_part_of_a_bracket_belongs_to_that_role():
    text = "Aanwezig: Lotte Brand (voorzitter, wethouder Werk en Inkomen gemeente Venlo), Tim Aalders (wethouder Weert)"
    found = facts(text, DATE)
    assert ("Lotte Brand", "hasRole", "Venlo", "wethouder") in found
    assert ("Lotte Brand", "hasRole", "Venlo", "voorzitter") not in found


def test_a_member_of_an_organisations_committee_is_no_member_of_the_organisation():
    text = "Sara Jansen is wethouder in Almere. Jansen is ook lid van de VNG-commissie Wonen en Ruimte."
    assert ("Sara Jansen", "hasRole", "VNG", "lid") not in facts(text, DATE)


# --- polarity -------------------------------------------------------------------------------------

def test_an_action_to_explore_is_no_collaboration():
    text = ("Verslag stuurgroep City Deal Slim Werk\n\n"
            "| 12-03 | Aansluiten bij afspraken met Techniek Nederland verkennen | Rob Smit | 1 mei |")
    assert not {f for f in facts(text, DATE) if f[1] == "collaboratesWith"}


def test_an_adjective_before_an_organisation_head_is_part_of_its_name():
    text = "Zij zit in het Landelijk Netwerk Wijkzorg en werkt met de Technische Universiteit Eindhoven."
    assert mentions(text, "Organisation") == ["Landelijk Netwerk Wijkzorg", "Technische Universiteit Eindhoven"]
    assert mentions(text, "Municipality") == []


def test_a_numbered_part_as_subject_leaves_its_partners_to_no_one_else():
    text = ("Regio Deal Zuidwest Drenthe\n\n"
            "Emmen trekt spoor 1. Spoor 3 wordt uitgevoerd in nauwe samenwerking met de Hogeschool Drenthe.")
    assert not {f for f in facts(text, DATE) if f[1] == "collaboratesWith"}


def test_a_host_after_samen_met_is_no_partner_and_organised_a_named_event():
    text = "Op 2 juni organiseerde de Pijler Fysiek de Stedendag 2024, samen met de gemeente Ede als gastheer."
    found = facts(text, DATE)
    assert not {f for f in found if f[1] == "collaboratesWith"}
    if "Stedendag 2024" in labels(text, "Event"):
        assert ("Ede", "organised", "Stedendag 2024", None) in found


# --- deals: each its own kind (a second walkthrough found Regio Deals and Woondeals among the City Deals)

@pytest.mark.parametrize("text, expected", [
    ("Enschede doet mee aan de Regio Deal Twente.", [("Regio Deal Twente", "regiodeal")]),
    ("De Woondeal Noordkop-Westfriesland is getekend.", [("Woondeal Noordkop-Westfriesland", "woondeal")]),
    ("De Woondeal Regio Zwolle loopt tot 2030.", [("Woondeal Regio Zwolle", "woondeal")]),
    ("Zij tekenden de Green Deal Schone Lucht.", [("Green Deal Schone Lucht", "greendeal")]),
    ("Breda neemt deel aan de Citydeal Kennis Maken.", [("City Deal Kennis Maken", "citydeal")]),
])
def test_a_deal_has_the_kind_of_its_deal_word(text, expected):
    extraction = extract("t", text, gazetteer=load_gazetteer(), date=DATE)
    assert [(m.label, m.kind) for m in extraction.mentions if m.type == "Programme"] == expected
