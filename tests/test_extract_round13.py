"""Round 13 of the rule-based extraction: lists, tables and appositions of Dutch network texts.

A role after a bracketed place ("X (Breda), voorzitter Pijler Fysiek"), attendance lists grouped
under "Namens <organisatie>" and items "X, VNG", table headers with a plural in brackets
("Bestuurlijk trekker(s)") and a contact column, chairing said with "voorzitten" ("die de pijler
sinds 2020 voorzat", "die wordt voorgezeten door X"), a pijler in a list introduced by the G40, a
field between a role word and the name ("directeur Ruimtelijke Economie X"), "Hogeschool van X en
Y", timetables that are no programme ("het middagprogramma"), the unit a "X van de pijler Y"
phrase is about, and addresses that spell a name with initials ("dj.bos@").

Each row is a small Dutch text and the exact facts a careful reader finds in it, as (subject label,
predicate, object label, role); rows with an empty set state none. Names and texts are invented.
"""

from __future__ import annotations

import pytest

from extract_facts import assert_facts, mentions

DATE = "2024-06-01"  # the date of every text here

# "X (Breda), voorzitter Pijler Fysiek": an apposition after the bracket; a bare name after it is no role
APPOSITIONS = [
    ("Het algemeen bestuur van de G40 kwam bijeen. Aanwezig waren:\n\n- Joost Bakker (Breda), voorzitter Pijler Fysiek\n"
     "- Eva Smit (Ede), Kees Bos\n",
     {("Eva Smit", "affiliatedWith", "Ede", None),
      ("Joost Bakker", "affiliatedWith", "Breda", None),
      ("Joost Bakker", "hasRole", "Pijler Fysiek", "voorzitter"),
      ("Pijler Fysiek", "partOf", "G40", None)}),
    ("Op het podium stonden Eva Smit (Ede), Kees Bos (Zwolle) en anderen.\n",
     {("Eva Smit", "affiliatedWith", "Ede", None),
      ("Kees Bos", "affiliatedWith", "Zwolle", None)}),
]


@pytest.mark.parametrize(("text", "expected"), APPOSITIONS)
def test_apposition_after_bracket(text, expected):
    assert_facts(text, expected, DATE)


# an attendance list grouped under "Namens X": roles and work at X, unless the item names another place
GROUPS = [
    ("Verslag overleg G40 en OCW\n\nAanwezig\n\nNamens het ministerie van OCW\n"
     "- Petra Kok, directeur-generaal Hoger Onderwijs\n- Kees Bos, beleidsmedewerker\n\n"
     "Namens de G40\n- Jan de Wit, wethouder Ede\n- Eva Smit, beleidsadviseur\n\nOverig\n- Piet Jansen, VNG\n",
     {("Eva Smit", "hasRole", "G40", "beleidsadviseur"),
      ("Jan de Wit", "hasRole", "Ede", "wethouder"),
      ("Kees Bos", "hasRole", "OCW", "beleidsmedewerker"),
      ("Petra Kok", "hasRole", "OCW", "directeur-generaal"),
      ("Piet Jansen", "affiliatedWith", "VNG", None),
      # round 30c: the title names the meeting by its two parties, who work together
      ("G40", "collaboratesWith", "OCW", None)}),
]


@pytest.mark.parametrize(("text", "expected"), GROUPS)
def test_attendance_groups(text, expected):
    assert_facts(text, expected, DATE)


# "Bestuurlijk trekker(s)" is a role column, "Ambtelijk contact" gives contactFor the row's themagroep;
# the contact persons of a member table are members, not contacts
TABLES = [
    ("Pijler Sociaal\n\nThemagroepen\n\n| Themagroep | Bestuurlijk trekker(s) | Ambtelijk contact |\n|---|---|---|\n"
     "| Jeugd | Eva Smit (Ede) | Kees Bos, k.bos@ede.nl |\n"
     "| Zorg, Welzijn en Wonen | Anna de Wit (Breda) en Jan Kok (Zwolle) | Piet Jansen |\n",
     {("Anna de Wit", "affiliatedWith", "Breda", None),
      ("Anna de Wit", "hasRole", "Themagroep Zorg, Welzijn en Wonen", "bestuurlijk trekker"),
      ("Eva Smit", "affiliatedWith", "Ede", None),
      ("Eva Smit", "hasRole", "Themagroep Jeugd", "bestuurlijk trekker"),
      ("Jan Kok", "affiliatedWith", "Zwolle", None),
      ("Jan Kok", "hasRole", "Themagroep Zorg, Welzijn en Wonen", "bestuurlijk trekker"),
      ("Themagroep Jeugd", "partOf", "Pijler Sociaal", None),
      ("Kees Bos", "affiliatedWith", "Ede", None),
      ("Kees Bos", "contactFor", "Themagroep Jeugd", None),
      ("Piet Jansen", "contactFor", "Themagroep Zorg, Welzijn en Wonen", None),
      ("Themagroep Zorg, Welzijn en Wonen", "partOf", "Pijler Sociaal", None)}),
    ("Pijler Sociaal\n\nLeden\n\n| Gemeente | Wethouder | Contactpersoon |\n|---|---|---|\n| Ede | Eva Smit | Kees Bos |\n",
     {("Ede", "participatesIn", "Pijler Sociaal", None),
      ("Eva Smit", "hasRole", "Ede", "wethouder"),
      ("Kees Bos", "affiliatedWith", "Ede", None),
      ("Kees Bos", "participatesIn", "Pijler Sociaal", None)}),
]


@pytest.mark.parametrize(("text", "expected"), TABLES)
def test_table_headers(text, expected):
    assert_facts(text, expected, DATE)


# "die de pijler voorzat", "die wordt voorgezeten door X"; a denied one states nothing
CHAIRS = [
    ("Eva Smit is de nieuwe voorzitter van de Pijler Sociaal. Zij volgt Jan Bos (Ede) op, die de pijler sinds 2020 voorzat. "
     "De werkgroep Data, die wordt voorgezeten door oud-wethouder Kees Kok, adviseert de pijler.\n",
     {("Eva Smit", "hasRole", "Pijler Sociaal", "voorzitter"),
      ("Eva Smit", "succeeded", "Jan Bos", None),
      ("Jan Bos", "affiliatedWith", "Ede", None),
      ("Jan Bos", "hasRole", "Pijler Sociaal", "voorzitter"),
      ("Kees Kok", "hasRole", "Werkgroep Data", "voorzitter")}),
    ("Anna de Wit (Breda), die de themagroep Jeugd niet heeft voorgezeten, sprak de zaal toe.\n",
     {("Anna de Wit", "affiliatedWith", "Breda", None)}),
]


@pytest.mark.parametrize(("text", "expected"), CHAIRS)
def test_chairing_verb(text, expected):
    assert_facts(text, expected, DATE)


# a pijler in a bullet list whose introduction names the G40 is part of it; so is one in a later paragraph
# of the section (round 18)
LISTED_PIJLERS = [
    ("Nieuw bestuur\n\nHet dagelijks bestuur van de G40 is weer compleet. Het bestaat uit:\n- Eva Smit (Ede), voorzitter\n"
     "- Jan Bos (Breda), voorzitter Pijler Fysiek\n",
     {("Eva Smit", "affiliatedWith", "Ede", None),
      ("Eva Smit", "hasRole", "Dagelijks bestuur G40", "voorzitter"),  # round 25b: the G40's daily board
      ("Dagelijks bestuur G40", "partOf", "G40", None),
      ("Jan Bos", "affiliatedWith", "Breda", None),
      ("Jan Bos", "hasRole", "Pijler Fysiek", "voorzitter"),
      ("Jan Bos", "participatesIn", "Dagelijks bestuur G40", None),  # round 30c: "Het bestaat uit:" lists its members
      ("Pijler Fysiek", "partOf", "G40", None)}),
    # round 18: a named pijler in a section that names the G40 before it is the G40's (true, and general)
    ("Nieuw bestuur\n\nDe G40 heeft een nieuwe voorzitter.\n\nDe Pijler Fysiek kijkt terug op een goed jaar.\n",
     {("Pijler Fysiek", "partOf", "G40", None)}),
]


@pytest.mark.parametrize(("text", "expected"), LISTED_PIJLERS)
def test_pijler_in_a_list_of_the_g40(text, expected):
    assert_facts(text, expected, DATE)


def test_a_verb_ends_a_unit_name():
    assert mentions("De Pijler Fysiek kijkt terug op een goed jaar.", "OrganisationalUnit", DATE) == ["Pijler Fysiek"]


# "directeur Ruimtelijke Economie X", "burgemeester X en wethouder Wonen Y"; a copula before the field is no such pair
FIELDS = [
    ("Namens EZK reageerde directeur Ruimtelijke Economie Hans Kok. De minister werd in Ede ontvangen door burgemeester "
     "Eva Smit en wethouder Wonen Jan Bos.\n",
     {("Eva Smit", "hasRole", "Ede", "burgemeester"),
      ("Hans Kok", "hasRole", "EZK", "directeur"),
      ("Jan Bos", "hasRole", "Ede", "wethouder")}),
    ("Eva Smit is wethouder Wonen Jan Bos noemde haar een voorbeeld.\n", set()),
]


@pytest.mark.parametrize(("text", "expected"), FIELDS)
def test_field_between_role_and_name(text, expected):
    assert_facts(text, expected, DATE)


def test_hogeschool_van_two_places():
    text = "Lector Petra de Wit van de Hogeschool van Arnhem en Nijmegen sprak in Zwolle.\n"
    assert mentions(text, "Organisation", DATE) == ["Hogeschool van Arnhem en Nijmegen"]
    assert mentions(text, "Municipality", DATE) == ["Zwolle"]


# "het middagprogramma" is no programme; "X van de pijler Y had …" is about X, whose trekker follows
def test_timetable_and_phrase_head():
    text = ("In het middagprogramma sprak trekker Eva Smit (Ede). De themagroep Wonen van de Pijler Fysiek had het "
            "programma samengesteld. Trekker Jan Bos (Breda) sloot de dag af.\n")
    assert mentions(text, "Programme", DATE) == []
    assert_facts(text, {("Eva Smit", "affiliatedWith", "Ede", None),
                        ("Jan Bos", "affiliatedWith", "Breda", None),
                        ("Jan Bos", "hasRole", "Themagroep Wonen", "trekker"),
                        ("Themagroep Wonen", "partOf", "Pijler Fysiek", None)}, DATE)


# an address of initials and surname belongs to the name before it: no second person "Dj Bos" (round 17:
# and since it spells the name, its domain is the person's employer, also after a longer apposition)
def test_address_with_initials():
    text = "Contact\n\nDirk-Jan Bos, programmamanager City Deal Slimme Wijk, dj.bos@ede.nl\n"
    assert mentions(text, "Person", DATE) == ["Dirk-Jan Bos"]
    # round 18: a contact line's role names what the contact is for
    assert_facts(text, {("Dirk-Jan Bos", "hasRole", "City Deal Slimme Wijk", "programmamanager"),
                        ("Dirk-Jan Bos", "contactFor", "City Deal Slimme Wijk", None),
                        ("Dirk-Jan Bos", "affiliatedWith", "Ede", None)}, DATE)
