"""Round 14 of the rule-based extraction: sentence-level wording that recurs in every genre.

A surname repeated before the last full mention of the name ("Jansen is sinds 2019 …" with
"- Henk-Jan Jansen (Ede), voorzitter" at the end), a full name a role cue confirmed and named
again ("als opvolger van X"), a portfolio between a role word and a name ("wethouder Wonen X"),
an organisation right after a role word ("X, voorzitter Divosa,"), a clause that says whom a
person speaks for ("voor Divosa tekende voorzitter X"), the city of a news item's dateline for a
bare burgemeester or wethouder, "wethouder in X" in an apposition, succession said with "het
stokje van hem overnemen" and in a relative clause ("X, die … trekt als opvolger van Y"), an aim
("streeft naar samenwerking met") that is no fact, and a bare unit role word not read as a role
of a programme named paragraphs before.

Each row is a small Dutch text and the exact facts a careful reader finds in it, as (subject label,
predicate, object label, role); rows with an empty set state none. Names and texts are invented.
"""

from __future__ import annotations

import pytest

from extract_facts import assert_facts, mentions

DATE = "2024-06-01"  # the date of every text here

# a surname repeats after the first full mention, also when the full name comes once more at the end
SURNAMES = [
    ("Burgemeester Henk-Jan Varkevisser van Zwolle is de nieuwe voorzitter.\n\n"
     "Varkevisser is sinds 2019 burgemeester van Zwolle. Daarvoor was hij gedeputeerde van de provincie "
     "Overijssel.\n\nHet bestuur:\n- Henk-Jan Varkevisser (Zwolle), voorzitter\n",
     {("Henk-Jan Varkevisser", "hasRole", "Zwolle", "burgemeester"),
      ("Henk-Jan Varkevisser", "hasRole", "Overijssel", "gedeputeerde")}),
]


@pytest.mark.parametrize(("text", "expected"), SURNAMES)
def test_surname_repeated_before_last_full_name(text, expected):
    assert_facts(text, expected, DATE)


def test_full_name_confirmed_by_a_cue_is_found_again():
    text = ("Trekkers waren:\n- Sjoerd Hoekstra, wethouder Heerlen\n\n"
            "Mirjam Bos, die de themagroep Jeugd sinds 2022 trekt als opvolger van Sjoerd Hoekstra, hoopt op een gesprek.\n")
    assert mentions(text, "Person", DATE).count("Sjoerd Hoekstra") == 2
    # not a programme's name that a cue took for a person earlier ("City Deal Werk in de Wijk")
    assert mentions("Wij tekenen de City Deal Werk in de Wijk.\n\nContact: programmamanager Werk in de Wijk\n",
                    "Person", DATE).count("Werk in de Wijk") <= 1


# "wethouder Wonen Sanne de Wit": the portfolio is no part of the name
def test_portfolio_between_role_word_and_name():
    assert mentions("Zij sprak met wethouder Wonen Sanne de Wit van Ede.", "Person", DATE) == ["Sanne de Wit"]


ORGANISATION_AFTER_ROLE = [
    ("Op de bijeenkomst sprak Piet Kuiper, voorzitter Divosa, over de wijken.",
     {("Piet Kuiper", "hasRole", "Divosa", "voorzitter")}),
    # a unit after the role word stays the unit
    ("Jan Bos, voorzitter G40 Pijler Fysiek, opende.",
     {("Jan Bos", "hasRole", "Pijler Fysiek", "voorzitter"), ("Pijler Fysiek", "partOf", "G40", None)}),
]


@pytest.mark.parametrize(("text", "expected"), ORGANISATION_AFTER_ROLE)
def test_organisation_right_after_role_word(text, expected):
    assert_facts(text, expected, DATE)


ON_BEHALF = [
    ("Het UWV werd vertegenwoordigd door regiodirecteur Lotte Mansour; voor Divosa tekende voorzitter Gert Lamers.",
     {("Lotte Mansour", "hasRole", "UWV", "regiodirecteur"), ("Gert Lamers", "hasRole", "Divosa", "voorzitter")}),
    ("Voor Zwolle tekende wethouder Mia Berg.", {("Mia Berg", "hasRole", "Zwolle", "wethouder")}),
    # "voor" not at a clause's opening: no holder
    ("Hij stuurde een brief voor de VNG aan voorzitter Jaap Kors.", set()),
]


@pytest.mark.parametrize(("text", "expected"), ON_BEHALF)
def test_clause_says_whom_the_role_speaks_for(text, expected):
    assert_facts(text, expected, DATE)


DATELINE = [
    ("ZWOLLE, 3 mei 2024 - De staatssecretaris bracht een bezoek aan Zwolle. Zij werd ontvangen door "
     "burgemeester Piet Hagen en wethouder Wonen Sanne de Wit. Ook wethouder Joris Bos (Kampen) was er.\n",
     {("Piet Hagen", "hasRole", "Zwolle", "burgemeester"), ("Sanne de Wit", "hasRole", "Zwolle", "wethouder"),
      ("Joris Bos", "hasRole", "Kampen", "wethouder")}),
    # a dateline the text does not name again is only where the item was written
    ("Den Haag, 3 mei 2024 - De G40 sprak met de minister. Wethouder Piet Hagen vertelde over de wijken.\n", set()),
]


@pytest.mark.parametrize(("text", "expected"), DATELINE)
def test_dateline_city_of_bare_municipal_role(text, expected):
    assert_facts(text, expected, DATE)


def test_wethouder_in_place_in_apposition():
    assert_facts('"Het gaat goed", zegt Jan Kooistra, wethouder in Zwolle.',
                 {("Jan Kooistra", "hasRole", "Zwolle", "wethouder")}, DATE)


SUCCESSION = [
    ("Trekker van de themagroep Mobiliteit was tot de zomer Peter Klomp (Zoetermeer). Sindsdien heeft Fleur Bakx, "
     "wethouder in Haarlemmermeer, het stokje van hem overgenomen.",
     {("Peter Klomp", "affiliatedWith", "Zoetermeer", None),
      ("Fleur Bakx", "hasRole", "Haarlemmermeer", "wethouder"),
      ("Fleur Bakx", "succeeded", "Peter Klomp", None),
      # round 17: "Trekker van X was tot de zomer Y" names Y; the successor takes the role over
      ("Peter Klomp", "hasRole", "Themagroep Mobiliteit", "trekker"),
      ("Fleur Bakx", "hasRole", "Themagroep Mobiliteit", "trekker")}),
    ("Marc Bosman, die de themagroep Jeugd sinds 2022 trekt als opvolger van Henk Ramaker, hoopt op een gesprek.",
     {("Marc Bosman", "succeeded", "Henk Ramaker", None),
      # round 17: the relative clause says what X pulls, and so what Y pulled before
      ("Marc Bosman", "hasRole", "Themagroep Jeugd", "trekker"),
      ("Henk Ramaker", "hasRole", "Themagroep Jeugd", "trekker")}),
    # denied: no succession
    ("Anna Vos sprak met Jan Bos. Kees Dam heeft het stokje van hem niet overgenomen.", set()),
]


@pytest.mark.parametrize(("text", "expected"), SUCCESSION)
def test_succession_in_relative_clause_and_handover(text, expected):
    assert_facts(text, expected, DATE)


AIMS = [
    ("De G40 streeft naar samenwerking met de VNG.", set()),
    ("De G40 werkt samen met de VNG.", {("G40", "collaboratesWith", "VNG", None)}),
]


@pytest.mark.parametrize(("text", "expected"), AIMS)
def test_an_aim_is_no_collaboration(text, expected):
    assert_facts(text, expected, DATE)


def test_bare_unit_role_is_no_role_of_a_programme_paragraphs_before():
    assert_facts('De G40 zet zich in voor het gemeentefonds.\n\n"Het gaat goed", zegt vicevoorzitter Jan Kooistra, '
                 'wethouder in Zwolle.\n', {("Jan Kooistra", "hasRole", "Zwolle", "wethouder")}, DATE)
