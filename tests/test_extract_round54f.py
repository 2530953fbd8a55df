"""Round 54f: heldout39's leftovers as rules of Dutch and of the domain (invented text, invented people).

Each rule has a text it reads and a near miss it must leave alone: a chain of "zij" back to the one person
a paragraph is about (not the parties the document's first lines name), a committee's list items
"- X, raadslid (Lokaal Ede), voorzitter;" giving the member's party.
"""

from __future__ import annotations

from functools import lru_cache

from tests.extract_facts import dated_relations, facts


@lru_cache(maxsize=None)
def found_in(text: str, date: str = "2026-01-10") -> frozenset:
    """The facts of ``text``, extracted once per module however many tests ask."""
    return frozenset(facts(text, date))


# --- "In die hoedanigheid werkt zij samen met X": the person of the paragraph's chain of "zij" ---

PARTIES = ("Deurne, 12 mei 2026\n\n"
           "Na de verkiezingen hebben de fracties van Lokaal Deurne, Deurne Groen en Deurne Sociaal een "
           "coalitieakkoord gesloten.\n\n")
CHAIN = (PARTIES + "2.1 Sanne Vos (Deurne Groen), voorgestelde portefeuille Wonen\n\n"
         "Mevrouw Vos werkt sinds 2017 als beleidsmedewerker bij de provincie Gelderland. Van 2012 tot en met "
         "2016 was zij projectleider bij de gemeente Uden. Sinds 2020 is zij bestuurslid van de Stichting "
         "Zonnedaken Peel. In die hoedanigheid werkt zij samen met de gemeente Helmond.\n")


def test_an_inverted_zij_goes_back_along_its_chain_to_the_one_person_named():
    found = found_in(CHAIN)
    assert ("Sanne Vos", "collaboratesWith", "Helmond", None) in found, found
    assert not {f for f in found if f[1] == "collaboratesWith" and f[0] != "Sanne Vos"}, found


def test_a_sentence_about_something_else_breaks_the_chain():
    text = CHAIN.replace("Sinds 2020 is zij bestuurslid van de Stichting Zonnedaken Peel.",
                         "De stichting Zonnedaken Peel bestaat sinds 2020.")
    found = found_in(text)
    assert ("Sanne Vos", "collaboratesWith", "Helmond", None) not in found, found


def test_a_chain_back_to_two_persons_names_nobody():
    text = CHAIN.replace("Mevrouw Vos werkt", "Mevrouw Vos en Piet Smit werken")
    found = found_in(text)
    assert not {f for f in found if f[1] == "collaboratesWith" and f[2] == "Helmond"}, found


# --- "- X, raadslid (Lokaal Ede), voorzitter;": the member's party ---

COMMITTEE = (PARTIES + "De commissie bestond uit:\n"
             "- Piet Bakker, raadslid (Lokaal Deurne), voorzitter;\n"
             "- Anna de Wit, raadslid (Deurne Groen), lid;\n"
             "- Kees Mol, raadslid (Deurne Sociaal), werkt bij de gemeente.\n")


def test_a_list_item_with_a_role_after_its_bracket_gives_the_party():
    found = found_in(COMMITTEE)
    assert ("Piet Bakker", "affiliatedWith", "Lokaal Deurne", None) in found, found
    assert ("Anna de Wit", "affiliatedWith", "Deurne Groen", None) in found, found


def test_a_list_item_going_on_with_a_clause_is_left_alone():
    found = found_in(COMMITTEE)
    assert not {f for f in found if f[0] == "Kees Mol" and f[1] == "affiliatedWith"}, found


# --- "Voorzitter van het samenwerkingsverband was van 2009 tot en met 2013 X": a fronted role, a period ---

NETWORK = ("Het Samenwerkingsverband Rivierensteden werd in 2009 opgericht door de gemeenten Tiel en Culemborg. "
           "Voorzitter van het samenwerkingsverband was van 2009 tot en met 2013 Eva Kok, wethouder van Tiel. "
           "Trekker van de Werkgroep Dijken was van 2010 tot en met 2018 Harm Wansink, programmamanager van de "
           "gemeente Tiel.")


def test_a_fronted_role_keeps_its_holder_across_a_period():
    assert ("Eva Kok", "hasRole", "Samenwerkingsverband Rivierensteden", "voorzitter") in found_in(NETWORK)
    found = dated_relations(NETWORK, "2025-01-10")
    assert ("Eva Kok", "het samenwerkingsverband", "voorzitter", True, "2009-01-01", "2013-12-31") in found, found
    assert ("Harm Wansink", "Werkgroep Dijken", "trekker", True, "2010-01-01", "2018-12-31") in found, found


def test_a_fronted_role_with_its_subject_in_the_clause_is_no_role_van_is():
    text = NETWORK.replace("Voorzitter van het samenwerkingsverband was van 2009 tot en met 2013 Eva Kok",
                           "Piet Bos zei dat voorzitter van het samenwerkingsverband van 2009 tot en met 2013 Eva Kok")
    found = found_in(text)
    assert ("Piet Bos", "hasRole", "Samenwerkingsverband Rivierensteden", "voorzitter") not in found, found


# --- "de ondernemersvereniging", "het samenwerkingsverband": the organisation named before by that head ---

def test_the_kind_word_of_an_organisation_points_back_to_it():
    text = ("Het Talentpact Peel is geïnitieerd door de gemeente Helmond en de Ondernemersvereniging "
            "Helmond-Deurne. Piet Smit is voorzitter van de ondernemersvereniging.")
    assert ("Piet Smit", "hasRole", "Ondernemersvereniging Helmond-Deurne", "voorzitter") in found_in(text)


def test_a_kind_word_with_no_such_organisation_before_names_none():
    text = ("Het Talentpact Peel is geïnitieerd door de gemeente Helmond en de Stichting Werkt Peel. "
            "Piet Smit is voorzitter van de ondernemersvereniging.")
    found = found_in(text)
    assert not {f for f in found if f[0] == "Piet Smit" and f[1] == "hasRole"}, found


# --- "…; hij volgde in die rol X op": "hij" named only in a sentence before ---

CAREER = ("De heer Bakker was van 2010 tot en met 2023 wethouder van Tiel. Van 2015 tot en met 2020 was hij "
          "voorzitter van de G40 Pijler Fysiek Domein; hij volgde in die rol Theo Rozendaal (Dordrecht) op.")


def test_a_clause_pronoun_follows_its_chain_back_to_the_successor():
    found = found_in(CAREER, "2024-04-26")
    assert ("Bakker", "succeeded", "Theo Rozendaal", None) in found, found
    dated = dated_relations(CAREER, "2024-04-26")
    assert ("Theo Rozendaal", "Pijler Fysiek Domein", "voorzitter", True, None, "2014-12-31") in dated, dated


def test_a_clause_pronoun_without_a_subject_of_its_own_before_names_no_successor():
    text = CAREER.replace("was hij voorzitter van de G40 Pijler Fysiek Domein", "liep het programma Binnenstad Tiel")
    found = found_in(text, "2024-04-26")
    assert not {f for f in found if f[1] == "succeeded"}, found


# --- "het Talentpact Noord-Limburg": a compass region closes a one-word compound's name ---

def test_a_compass_region_after_a_compound_belongs_to_its_name():
    text = ("Het Talentpact Zuid-Gelderland is in 2021 geïnitieerd door de gemeente Nijmegen. "
            "De provincie Gelderland en UWV zijn partner.")
    found = found_in(text, "2024-04-26")
    assert ("Nijmegen", "initiated", "Talentpact Zuid-Gelderland", None) in found, found
    assert ("Gelderland", "participatesIn", "Talentpact Zuid-Gelderland", None) in found, found


def test_a_province_after_a_compound_is_left_out_of_its_name():
    found = found_in("Het Talentpact Noord-Brabant is in 2021 geïnitieerd door de gemeente Tilburg.", "2024-04-26")
    assert ("Tilburg", "initiated", "Talentpact", None) in found, found


# --- "X is sinds 2015 secretaris en sinds 2020 voorzitter van Y": two roles before one body ---

def test_the_first_of_two_coordinated_roles_is_held_in_the_body_after_the_second():
    text = "Eva Kok is sinds 2015 secretaris en sinds 2020 voorzitter van de Stichting Wijkhuis Tiel."
    found = dated_relations(text, "2024-04-26")
    assert ("Eva Kok", "Stichting Wijkhuis Tiel", "secretaris", False, "2015-01-01", None) in found, found
    assert ("Eva Kok", "Stichting Wijkhuis Tiel", "voorzitter", False, "2020-01-01", None) in found, found


def test_an_office_of_a_town_before_the_second_role_is_not_held_in_its_body():
    text = "Eva Kok is sinds 2015 wethouder en sinds 2020 voorzitter van de Stichting Wijkhuis Tiel."
    found = found_in(text, "2024-04-26")
    assert ("Eva Kok", "hasRole", "Stichting Wijkhuis Tiel", "wethouder") not in found, found


# --- "Rapport van de commissie onderzoek geloofsbrieven" … "De commissie bestond uit: - X, …, voorzitter;" ---

REPORT = ("GEMEENTERAAD DEURNE\n\nRapport van de commissie onderzoek geloofsbrieven\n\n" + COMMITTEE
          + "Hanneke Smit, griffier van de gemeente Deurne, trad op als secretaris van de commissie.\n")


def test_a_report_titled_by_its_committee_names_the_committee_its_text_speaks_of():
    found = found_in(REPORT)
    assert ("Hanneke Smit", "hasRole", "commissie onderzoek geloofsbrieven", "secretaris") in found, found


def test_items_after_bestond_uit_give_their_closing_role_in_the_body():
    found = found_in(REPORT)
    assert ("Piet Bakker", "hasRole", "commissie onderzoek geloofsbrieven", "voorzitter") in found, found
    assert ("Anna de Wit", "hasRole", "commissie onderzoek geloofsbrieven", "lid") in found, found
    assert not {f for f in found if f[0] == "Kees Mol" and f[2] == "commissie onderzoek geloofsbrieven"}, found


def test_a_sentence_about_a_committee_report_names_no_committee():
    text = REPORT.replace("Rapport van de commissie onderzoek geloofsbrieven\n",
                          "Het rapport van de commissie onderzoek geloofsbrieven volgt.\n")
    found = found_in(text)
    assert not {f for f in found if f[2] == "commissie onderzoek geloofsbrieven"}, found
