"""Round 22 of the rule-based extraction: wrong and missed facts found while using the product.

- a surname of two capitalised words without a particle ("Hamid Oulad Ali") is one name;
- a role in a clause with the simple past "was"/"waren" and a time that is over ("daarvoor", "tot de
  zomer", "vier jaar", "en nam afscheid") is past; so is the role of the predecessor in "Y volgt X op
  als <rol>"; a range after the organisation ("…, van 2005 tot 2010") dates a role the speaker held;
- a clause under "vraagt of", "wil weten of", "onderzoekt of" asks, and "gesprekken met X worden
  voorbereid" plans: neither states a fact;
- each clause of a coordination pairs its own actors ("…, en maakt Ede met X afspraken");
- a unit's name stops before a plural finite verb ("de Taskforce Wonen werken samen");
- "we werken in <gemeente>" speaks for that municipality.

Each row is a small Dutch text and the exact facts a careful reader finds in it, as (subject label,
predicate, object label, role), or (subject, object, role, past, valid_from, valid_until) for the rows
about time. Names and texts are invented.
"""

from __future__ import annotations

import pytest

from extract_facts import assert_facts, dated_relations, mentions


DATE = "2025-06-01"  # the date of every text here


# 1. a surname of two words without a particle
NAMES = [
    ("Wethouder Karim Benali Amrani opende de bijeenkomst.", ["Karim Benali Amrani"]),
    ("Het woord was aan wethouder Jan Willem Smit.", ["Jan Willem Smit"]),
    ("Voorzitter Anne Bakker Dinsdag sprak de zaal toe.", ["Anne Bakker"]),  # a weekday is no surname
    # a field between the role word and the name, and a given name that starts the next name
    ("Ook sprak thematrekker Human Capital Sanne de Wit.", ["Sanne de Wit"]),
    ("Het woord was aan Jan Smit Anne de Wit.", ["Jan Smit", "Anne de Wit"]),
]


@pytest.mark.parametrize("text, expected", NAMES)
def test_a_surname_of_two_words_is_kept_whole(text, expected):
    assert mentions(text, "Person", DATE) == expected


def test_a_surname_of_two_words_is_repeated_as_a_pair():
    text = "Wethouder Karim Benali Amrani (Breda) opende. Benali Amrani is lid van de Pijler Sociaal."
    assert_facts(text, {("Karim Benali Amrani", "hasRole", "Breda", "wethouder"),
                        ("Karim Benali Amrani", "hasRole", "Pijler Sociaal", "lid")}, DATE)


# 2. a role in the past: the simple past with a time that is over, the predecessor, a range after the organisation
PAST = [
    ("Directeur van het bureau is Sanne Vos; zij is sinds 1 januari 2023 in dienst en was daarvoor "
     "programmadirecteur bij Platform31.",
     {("Sanne Vos", "Platform31", "programmadirecteur", True, None, None)}),
    ("Ook Kees Mulder (Tiel), die tot de zomer voorzitter was van de Pijler Fysiek Domein, neemt afscheid.",
     {("Kees Mulder", "Pijler Fysiek Domein", "voorzitter", True, None, None)}),
    ("Wij danken Kees Mulder, die vier jaar voorzitter van de Pijler Sociaal was en in september afscheid nam.",
     {("Kees Mulder", "Pijler Sociaal", "voorzitter", True, None, None)}),
    ("Sanne Vos volgt Kees Mulder op als voorzitter van de Pijler Sociaal.",
     {("Sanne Vos", "Pijler Sociaal", "voorzitter", False, None, None),
      ("Kees Mulder", "Pijler Sociaal", "voorzitter", True, None, None)}),
    # the same role in the present, or over a span that runs on: no past
    ("Kees Mulder is al vier jaar voorzitter van de Pijler Sociaal.",
     {("Kees Mulder", "Pijler Sociaal", "voorzitter", False, None, None)}),
    ("Kees Mulder, die tot de zomer voorzitter was, is nu trekker van de Themagroep Wonen.",
     {("Kees Mulder", "Themagroep Wonen", "trekker", False, None, None)}),
]


@pytest.mark.parametrize("text, expected", PAST)
def test_a_role_that_is_over_is_past(text, expected):
    found = dated_relations(text, DATE)
    assert found == expected, f"missing {expected - found}, unexpected {found - expected}"


def test_a_range_after_the_organisation_dates_the_speakers_role():
    text = ("Interview met Sanne Vos, voorzitter van de Pijler Sociaal\n\n"
            "Ik ben begonnen als beleidsadviseur bij het ministerie van BZK, van 2005 tot 2010.")
    found = dated_relations(text, DATE)
    expected = {("Sanne Vos", "BZK", "beleidsadviseur", True, "2005-01-01", "2009-12-31"),
                ("Sanne Vos", "Pijler Sociaal", "voorzitter", False, None, None)}
    assert found == expected, f"missing {expected - found}, unexpected {found - expected}"


# 3. a question or a plan states no fact
NO_FACT = [
    ("Tiel vraagt of de G40 samen met het IPO een standpunt wil innemen.", set()),
    ("De wethouder wil weten of de G40 samenwerkt met het IPO.", set()),
    ("Tiel onderzoekt of het samen met het IPO een aanpak kan ontwikkelen.", set()),
    ("Voor 2024 wil de G40 de samenwerking met de provincies uitbreiden; gesprekken met het IPO worden voorbereid.",
     set()),
    ("Een convenant met het IPO is in voorbereiding.", set()),
    # a fact stays a fact
    ("Tiel werkt samen met het IPO.", {("Tiel", "collaboratesWith", "IPO", None)}),
]


@pytest.mark.parametrize("text, expected", NO_FACT)
def test_questions_and_preparations_are_no_facts(text, expected):
    assert_facts(text, expected, DATE)


# 4. each clause of a coordination pairs its own actors; a unit's name stops before a plural verb; a local "we"
CLAUSES = [
    ("Zo werken Tiel en de provincie Gelderland aan de verdichting, en maakt Ede met de provincie Utrecht "
     "afspraken over de ontsluiting.",
     {("Ede", "collaboratesWith", "provincie Utrecht", None)}),
    ("De Themagroep Wonen en de Taskforce Zorg werken samen met Platform31.",
     {("Themagroep Wonen", "collaboratesWith", "Platform31", None),
      ("Taskforce Zorg", "collaboratesWith", "Platform31", None)}),
    ("Wij zijn trots op de City Deal Kansrijke Wijk. En we werken in Tiel nauw samen met Divosa.",
     {("Tiel", "collaboratesWith", "Divosa", None)}),
    ("In Tiel werken we nauw samen met Divosa.", {("Tiel", "collaboratesWith", "Divosa", None)}),
    ("In de City Deal Kansrijke Wijk werken we in Tiel nauw samen met Divosa.",
     {("Tiel", "collaboratesWith", "Divosa", None)}),
]


@pytest.mark.parametrize("text, expected", CLAUSES)
def test_each_clause_pairs_its_own_actors(text, expected):
    assert_facts(text, expected, DATE)


def test_a_unit_name_stops_before_the_plural_verb_of_a_coordinated_subject():
    text = "De Themagroep Jeugd en de Taskforce Zorg werken samen met Platform31."
    assert mentions(text, "OrganisationalUnit", DATE) == ["Themagroep Jeugd", "Taskforce Zorg"]


def test_a_name_alone_keeps_the_infinitive_it_ends_in():
    """A singular name takes a singular verb: "maken" after it is part of the name."""
    assert mentions("Breda doet mee aan de City Deal Kennis maken.", "Programme", DATE) == ["City Deal Kennis maken"]
