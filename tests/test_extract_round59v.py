"""Round 59v: the verbs that stopped facts of setting something up (invented text, invented bodies).

A unit founded in a passive ("De Taskforce X is in 2022 door het bestuur ingesteld", "…, die in 2021 door de minister
is ingesteld", "is in 2021 opgericht door A en B, samen met C"); "ingesteld door" for a programme the subject names
or points back to ("Het fonds is ingesteld door BZK"); a relative clause of starting with a time before its "samen
met" ("dat de pijler in 2023 samen met Divosa is gestart"). Each with a near miss: the same verb with another
relation, no agent, a negation, an inverted subject of its own.
"""

from __future__ import annotations

from tests.extract_facts import facts


def initiated(text: str) -> set[tuple[str, str]]:
    """(initiator, what it initiated) of ``text``."""
    return {(s, o) for s, p, o, _ in facts(text) if p == "initiated"}


# --- a unit founded in a passive ----------------------------------------------------------------------------------

def test_a_unit_instituted_by_an_agent_before_the_participle():
    text = "De Taskforce Woningbouw Oost is in 2020 door de gemeente Ede ingesteld en valt onder de Pijler Fysiek."
    assert initiated(text) == {("Ede", "Taskforce Woningbouw Oost")}


def test_a_unit_instituted_in_a_relative_clause():
    text = ("Het voorstel volgt het advies van de Commissie Stedelijk Wonen, die in 2021 door de toenmalige Minister van "
            "Binnenlandse Zaken en Koninkrijksrelaties is ingesteld.")
    assert initiated(text) == {("BZK", "Commissie Stedelijk Wonen")}


def test_a_unit_founded_with_the_agents_after_the_participle():
    text = "De Taskforce Warmte Oost is in 2021 opgericht door Enschede en Almelo, samen met UWV."
    assert initiated(text) >= {("Enschede", "Taskforce Warmte Oost"), ("Almelo", "Taskforce Warmte Oost"),
                               ("UWV", "Taskforce Warmte Oost")}


def test_a_unit_instituted_without_an_agent_or_denied_has_no_initiator():
    assert initiated("De Taskforce Woningbouw Oost werd in 2016 ingesteld in Ede.") == set()
    assert initiated("De Taskforce Woningbouw Oost werd in 2016 niet door de gemeente Ede ingesteld.") == set()
    assert initiated("De Taskforce Woningbouw Oost werd in 2016 niet ingesteld door de gemeente Ede.") == set()


def test_a_unit_instituted_within_a_programme_does_not_make_the_programme_the_agents():
    # the inverted subject "een stuurgroep" is what is set up, not the City Deal named before the auxiliary
    assert initiated("Binnen de City Deal Kennis Maken is een stuurgroep ingesteld door Platform31.") == set()
    assert initiated("Binnen de City Deal Kennis Maken is een stuurgroep door Platform31 ingesteld.") == set()


def test_the_same_verb_of_another_relation_founds_nothing():
    # "geleid door": a lead, not a founding
    found = facts("De Taskforce Woningbouw Oost wordt sinds 2020 geleid door de gemeente Ede.")
    assert ("Taskforce Woningbouw Oost", "ledBy", "Ede", None) in found
    assert not any(p == "initiated" for _, p, _, _ in found)


# --- "ingesteld door" for a programme -----------------------------------------------------------------------------

def test_a_fund_instituted_by_a_ministry():
    assert initiated("Het Volkshuisvestingsfonds is ingesteld door het ministerie van BZK.") == {("BZK", "Volkshuisvestingsfonds")}


def test_a_fund_pointed_back_to_is_instituted_by_the_agent():
    text = "Ede ontving geld uit het Volkshuisvestingsfonds. Het fonds is ingesteld door het ministerie van BZK."
    assert ("BZK", "Volkshuisvestingsfonds") in initiated(text)


def test_a_unit_word_pointing_back_is_no_programme_instituted():
    text = "Ede doet mee aan de City Deal Kennis Maken. De werkgroep is ingesteld door het ministerie van BZK."
    assert initiated(text) == set()


# --- a relative clause of starting with a time before "samen met" --------------------------------------------------

def test_a_relative_clause_started_together_after_a_year():
    text = ("Zij werkte aan de City Deal Werkbrug, die de gemeente Ede in 2015 samen met UWV Gelderland en "
            "Stichting Werkkracht startte.")
    assert initiated(text) == {("Ede", "City Deal Werkbrug"), ("UWV Gelderland", "City Deal Werkbrug"),
                               ("Stichting Werkkracht", "City Deal Werkbrug")}


def test_a_relative_clause_of_a_reference_started_together_after_a_year():
    text = ("De Pijler Sociaal Domein werkt aan schulden. De secretaris werkt voor het Actieprogramma Schuldenvrij, "
            "dat de pijler in 2023 samen met Divosa is gestart.")
    assert initiated(text) == {("Pijler Sociaal Domein", "Actieprogramma Schuldenvrij"),
                               ("Divosa", "Actieprogramma Schuldenvrij")}


def test_a_relative_clause_of_another_verb_or_denied_starts_nothing():
    assert initiated("Zij werkte aan de City Deal Werkbrug, die de gemeente Ede in 2015 samen met UWV Gelderland "
                     "evalueerde.") == set()
    assert initiated("Zij werkte aan de City Deal Werkbrug, die de gemeente Ede in 2015 niet samen met UWV Gelderland "
                     "startte.") == set()


# --- the perfect of starting with "zijn" ----------------------------------------------------------------------------

def test_towns_that_are_said_to_have_started_a_programme_with_zijn():
    text = "De gemeenten Zwolle en Deventer zijn in 2023 het programma Circulaire Bouwstroom gestart."
    assert initiated(text) == {("Zwolle", "Circulaire Bouwstroom"), ("Deventer", "Circulaire Bouwstroom")}


def test_a_year_in_words_as_a_deed_writes_it():
    text = ("De gemeenten Zwolle en Deventer zijn in tweeduizend drieëntwintig het programma Circulaire Bouwstroom "
            "gestart, gericht op hergebruik.")
    assert initiated(text) == {("Zwolle", "Circulaire Bouwstroom"), ("Deventer", "Circulaire Bouwstroom")}


def test_a_programme_that_started_or_was_joined_was_started_by_nobody_named():
    assert initiated("In Ede is in 2023 het programma Circulaire Bouwstroom gestart.") == set()
    assert initiated("Zwolle en Deventer zijn in 2023 met het programma Circulaire Bouwstroom gestart.") == set()
    assert initiated("Zwolle en Deventer zijn in 2023 het programma Circulaire Bouwstroom gestopt.") == set()
    assert initiated("Ede is in 2023 niet het programma Circulaire Bouwstroom gestart.") == set()


# --- a lead with the verb before its subject ------------------------------------------------------------------

def test_a_lead_told_with_the_verb_before_its_subject():
    assert ("Regio Deals", "ledBy", "BZK", None) in facts("Sinds 2022 coördineert BZK de Regio Deals.")
    assert ("Leernetwerk Wijkaanpak", "ledBy", "Platform31", None) in facts("Sinds 2021 leidt Platform31 het Leernetwerk Wijkaanpak.")


def test_a_lead_with_the_verb_first_denied_shared_or_of_a_person_is_no_organisations_lead():
    assert not any(p == "ledBy" for _, p, _, _ in facts("Sinds 2022 coördineert BZK niet de Regio Deals."))
    assert not any(p == "ledBy" for _, p, _, _ in facts("Sinds 2022 organiseert BZK de Regio Deals."))
    found = facts("Sinds mei trekt wethouder Jan de Vries (Hilversum) de Themagroep Wonen.")
    assert ("Jan de Vries", "hasRole", "Themagroep Wonen", "trekker") in found
    assert not any(p == "ledBy" for _, p, _, _ in found)


# --- a lead role in a second predicate of the subject ----------------------------------------------------------------

def test_a_penvoerder_in_a_second_predicate_of_the_subject_leads_the_programme_named():
    text = "De Twente Board is de organisatie van de regio en is penvoerder van de Regio Deal Twente."
    assert ("Regio Deal Twente", "ledBy", "Twente Board", None) in facts(text)


def test_a_second_predicate_of_another_role_denied_or_without_its_object_leads_nothing():
    for text in ("De Twente Board is de organisatie van de regio en is partner van de Regio Deal Twente.",
                 "De Twente Board is de organisatie van de regio en is niet langer penvoerder van de Regio Deal Twente.",
                 "De Twente Board is de organisatie van de regio en is penvoerder."):
        assert not any(p == "ledBy" for _, p, _, _ in facts(text)), text
