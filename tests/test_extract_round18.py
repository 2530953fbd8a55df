"""Round 18 of the rule-based extraction: wording that recurs across genres.

Contact persons named by a cue that sends the reader to them ("Voor vragen over de brief: X,
secretaris van de pijler Y", "kunnen zich melden bij X", "Contactpersoon van de themagroep is X", a
list opened by "Voor meer informatie over de werkgroepen:", a contact line whose role names a unit);
a municipality that is an ordinary word first in a list of municipalities; "meedoen" in a
subordinate clause; receivers after a fronted programme ("Via de X kregen A en B een bijdrage");
an elided compound in a programme name; a name that does not run on into a verb; a relative clause
after a cue of taking part; initials with the first name in brackets; an aside "onder leiding van X"
that is not the subject; a bare vice-chair right after the chair of a named body; a named pijler
in a section that names the G40 before it; where a person works ("werkt bij", "gedetacheerd vanuit",
"die naar X is overgestapt").

Each row is a small Dutch text and the exact facts a careful reader finds in it, as (subject label,
predicate, object label, role); rows with an empty set state none. Names and texts are invented.
"""

from __future__ import annotations

from extract_facts import assert_facts, mentions


DATE = "2025-06-01"  # the date of every text here


# 1. a line of a contact section whose role names a unit: the contact is for that unit
def test_a_contact_line_is_for_the_unit_its_role_names():
    assert_facts("Contact\n\nMarieke Dolman, coördinator themagroep Groen, m.dolman@tiel.nl\n", {
        ("Marieke Dolman", "hasRole", "Themagroep Groen", "coördinator"),
        ("Marieke Dolman", "contactFor", "Themagroep Groen", None),
        ("Marieke Dolman", "affiliatedWith", "Tiel", None)}, DATE)
    assert_facts("Contact\n\nMarieke Dolman, m.dolman@tiel.nl\n", {
        ("Marieke Dolman", "affiliatedWith", "Tiel", None)}, DATE)


# 2. "Contactpersoon van de themagroep is X", "bij het secretariaat van de themagroep Y: X"
def test_a_contact_cue_before_a_unit_with_its_article():
    assert_facts("De themagroep Groen komt vier keer per jaar bijeen. Contactpersoon van de themagroep is Joost "
                 "Pelgrim, beleidsadviseur bij de gemeente Tiel.", {
                     ("Joost Pelgrim", "contactFor", "Themagroep Groen", None),
                     ("Joost Pelgrim", "hasRole", "Tiel", "beleidsadviseur")}, DATE)
    assert_facts("De verslagen zijn op te vragen bij het secretariaat van de themagroep Groen: Joost Pelgrim, "
                 "j.pelgrim@tiel.nl.", {
                     ("Joost Pelgrim", "contactFor", "Themagroep Groen", None),
                     ("Joost Pelgrim", "affiliatedWith", "Tiel", None)}, DATE)
    assert_facts("Contactpersoon van de gemeente Tiel is Joost Pelgrim.", set(), DATE)


# 3. the items of a list that a contact line opens: "<unit>: X" makes X the unit's contact
def test_a_list_opened_by_a_contact_line():
    items = "\n • Werkgroep Bodem: Joost Pelgrim, j.pelgrim@tiel.nl\n • Werkgroep Lucht: Anouk Verbrugge, a.verbrugge@oss.nl\n"
    assert_facts("Voor meer informatie over de werkgroepen:" + items, {
        ("Joost Pelgrim", "contactFor", "Werkgroep Bodem", None),
        ("Joost Pelgrim", "affiliatedWith", "Tiel", None),
        ("Anouk Verbrugge", "contactFor", "Werkgroep Lucht", None),
        ("Anouk Verbrugge", "affiliatedWith", "Oss", None)}, DATE)
    assert_facts("De pijler heeft twee werkgroepen:" + items, {
        ("Joost Pelgrim", "affiliatedWith", "Tiel", None),
        ("Anouk Verbrugge", "affiliatedWith", "Oss", None)}, DATE)


# 4. a cue that sends the reader to a person whose apposition's role names a unit
def test_a_cue_that_sends_the_reader_to_a_person():
    assert_facts("Voor vragen over het verslag: Joost Pelgrim, secretaris van de Pijler Groen, j.pelgrim@tiel.nl.", {
        ("Joost Pelgrim", "contactFor", "Pijler Groen", None),
        ("Joost Pelgrim", "hasRole", "Pijler Groen", "secretaris"),
        ("Joost Pelgrim", "affiliatedWith", "Tiel", None)}, DATE)
    assert_facts("Wie wil aansluiten, kan zich melden bij Anouk Verbrugge, beleidsadviseur bij de VNG en secretaris "
                 "van de Pijler Groen.", {
                     ("Anouk Verbrugge", "contactFor", "Pijler Groen", None),
                     ("Anouk Verbrugge", "hasRole", "Pijler Groen", "secretaris"),
                     ("Anouk Verbrugge", "hasRole", "VNG", "beleidsadviseur")}, DATE)
    assert_facts("Voor vragen over het verslag: Joost Pelgrim, j.pelgrim@tiel.nl.", {
        ("Joost Pelgrim", "affiliatedWith", "Tiel", None)}, DATE)


# 5. a municipality that is an ordinary word, first in a list of municipalities
def test_an_ordinary_word_municipality_first_in_a_list():
    assert mentions("Hoorn en Alkmaar waren pilotgemeente.", "Municipality", DATE) == ["Hoorn", "Alkmaar"]
    assert_facts("Goes en Tiel zijn lid van de G40.", {
        ("Goes", "participatesIn", "G40", None), ("Tiel", "participatesIn", "G40", None)}, DATE)
    assert mentions("Hoorn is een oud woord.", "Municipality", DATE) == []


def test_an_ordinary_word_municipality_that_fills_a_table_cell():
    table = "| Stad | Project |\n|---|---|\n| Hoorn | Kersenboogerd |\n| Best | Dorpshart |\n"
    assert mentions(table, "Municipality", DATE) == ["Hoorn", "Best"]
    assert mentions("| Project | Status |\n|---|---|\n| Groen | Best practice |\n", "Municipality", DATE) == []


# 6. "meedoen" in a subordinate clause: taking part in the programme of the section
def test_meedoen_in_a_subordinate_clause():
    assert_facts("Pilot Slimme Dijken\n\nJan Haverkamp vertelt dat Tiel en Oss inmiddels meedoen.", {
        ("Tiel", "participatesIn", "Pilot Slimme Dijken", None),
        ("Oss", "participatesIn", "Pilot Slimme Dijken", None)}, DATE)
    assert_facts("Pilot Slimme Dijken\n\nJan Haverkamp vertelt dat Tiel en Oss niet meedoen.", set(), DATE)


# 7. money through a fronted programme: the receivers after the verb take part in it
def test_receivers_after_a_fronted_programme():
    assert_facts("Via de Klimaatimpuls kregen onder meer Tiel en Oss een bijdrage voor groene daken.", {
        ("Tiel", "participatesIn", "Klimaatimpuls", None),
        ("Oss", "participatesIn", "Klimaatimpuls", None)}, DATE)
    assert_facts("Via de Klimaatimpuls kregen Tiel en Oss veel aandacht.", set(), DATE)


# 8. an elided compound is part of a programme's name
def test_an_elided_compound_in_a_programme_name():
    assert mentions("Tiel werkt aan de Regionale Water- en Bodemagenda.", "Programme", DATE) == \
        ["Regionale Water- en Bodemagenda"]
    assert mentions("Tiel werkt aan de Bodemagenda.", "Programme", DATE) == ["Bodemagenda"]


# 9. a name does not run on from a noun into the verb after it
def test_a_name_stops_before_a_verb():
    assert mentions("In oktober zal de themagroep Dakloosheid opstarten in Tiel.", "OrganisationalUnit", DATE) == \
        ["themagroep Dakloosheid"]
    assert mentions("De themagroep Vitale binnensteden plannen in Tiel een bijeenkomst.", "OrganisationalUnit", DATE) == \
        ["themagroep Vitale binnensteden"]
    assert mentions("De themagroep Vitale binnensteden en werklocaties komt bijeen.", "OrganisationalUnit", DATE) == \
        ["themagroep Vitale binnensteden en werklocaties"]


# 10. a relative clause after a cue of taking part says something else of its actors
def test_a_relative_clause_after_taking_part():
    assert_facts("Tiel en Oss nemen deel aan het Programma Slimme Dijken, dat door het ministerie van IenW wordt "
                 "getrokken.", {
                     ("Tiel", "participatesIn", "Programma Slimme Dijken", None),
                     ("Oss", "participatesIn", "Programma Slimme Dijken", None),
                     ("Programma Slimme Dijken", "ledBy", "IenW", None)}, DATE)
    assert_facts("Tiel, Oss en het ministerie van IenW nemen deel aan het Programma Slimme Dijken.", {
        ("Tiel", "participatesIn", "Programma Slimme Dijken", None),
        ("Oss", "participatesIn", "Programma Slimme Dijken", None),
        ("IenW", "participatesIn", "Programma Slimme Dijken", None)}, DATE)


# 11. initials with the first name in brackets: "P.J. (Pieter) Hoogstraten" is Pieter Hoogstraten
def test_initials_with_the_first_name_in_brackets():
    assert_facts("De brief is ondertekend door wethouder P.J. (Pieter) Hoogstraten van Tiel.", {
        ("Pieter Hoogstraten", "hasRole", "Tiel", "wethouder")}, DATE)
    assert mentions("Zie bijlage B. (Sociaal) Domein.", "Person", DATE) == []


# 12. an aside "onder leiding van X" between commas: X is not the subject
def test_an_aside_under_the_lead_of_is_not_the_subject():
    assert_facts("De G40 heeft een nieuw bestuur. Het bestuur, onder leiding van Pieter Hoogstraten, voerde overleg "
                 "met het ministerie van IenW.", {("G40", "collaboratesWith", "IenW", None)}, DATE)
    assert_facts("Pieter Hoogstraten voerde overleg met het ministerie van IenW.", {
        ("Pieter Hoogstraten", "collaboratesWith", "IenW", None)}, DATE)


# 13. a bare vice-chair right after the chair of a named body: the same body's
def test_a_bare_vice_chair_after_the_chair_of_a_body():
    assert_facts("Anna Bakker is gekozen tot voorzitter van de G40. Nieuwe vicevoorzitter is burgemeester Karim "
                 "Benaissa van Roosendaal.", {
                     ("Anna Bakker", "hasRole", "G40", "voorzitter"),
                     ("Karim Benaissa", "hasRole", "G40", "vicevoorzitter"),
                     ("Karim Benaissa", "hasRole", "Roosendaal", "burgemeester")}, DATE)
    assert_facts("Anna Bakker werkt bij de G40. Vicevoorzitter is wethouder Ricardo Sedney van Leiden.", {
        ("Anna Bakker", "affiliatedWith", "G40", None),
        ("Ricardo Sedney", "hasRole", "Leiden", "wethouder")}, DATE)


# 14. a named pijler in a section that names the G40 before it is the G40's
def test_a_named_pijler_in_a_passage_of_the_g40():
    assert_facts("Ook in 2023 was de G40 een vaste gesprekspartner van het Rijk. De Pijler Groen heeft ingezet op "
                 "meer bomen.", {("Pijler Groen", "partOf", "G40", None)}, DATE)
    assert_facts("Ook in 2023 was de VNG een vaste gesprekspartner van het Rijk. De Pijler Groen heeft ingezet op "
                 "meer bomen.", set(), DATE)


# 15. where a person works: "werkt bij", "komt van", "gedetacheerd vanuit", "die naar X is overgestapt"
def test_the_employer_a_sentence_names():
    assert_facts("De pijler wordt ondersteund door secretaris Karel Wiersma. Hij werkt bij de gemeente Tiel.", {
        ("Karel Wiersma", "affiliatedWith", "Tiel", None)}, DATE)
    assert_facts("Het werk gaat naar Karel Wiersma, die naar Platform31 is overgestapt.", {
        ("Karel Wiersma", "affiliatedWith", "Platform31", None)}, DATE)
    assert_facts("Taken gaan naar Karel Wiersma, die vanuit Tiel bij het bureau werkt.", {
        ("Karel Wiersma", "affiliatedWith", "Tiel", None)}, DATE)
    assert_facts("Programmamanager: Karel Wiersma, gedetacheerd vanuit Platform31.", {
        ("Karel Wiersma", "affiliatedWith", "Platform31", None)}, DATE)
    assert_facts("Karel Wiersma werkt niet bij de gemeente Tiel.", set(), DATE)
    assert_facts("Karel Wiersma werkt samen met Tiel.", {("Karel Wiersma", "collaboratesWith", "Tiel", None)}, DATE)
