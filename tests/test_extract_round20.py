"""Round 20 of the rule-based extraction: wording that recurs across genres.

Membership ("X is een van de oudste leden van Y", "schoven aan als eerste leden: A, B en C", "nam
burgemeester X deel aan", "Ook het ministerie van X (Y) is partner", "is kennispartner van");
roles named with their town before the name ("burgemeester van Tiel X", stacked "VNG-voorzitter en
burgemeester van Tiel X"), after an apposition ("X, wethouder in Oss, is vicevoorzitter"), by the
office a sentence opens with ("Als vicevoorzitter is … X gekozen"), by a plural role ("Trekkers van
de themagroep zijn X en wethouder Y"), by a second trekker ("X trekt de themagroep samen met de
Tielse wethouder Y"), per town in an ellipsis ("In Tiel is dat X, in Oss Y"); a post or profile
that opens with its author's name ("ik ga aan de slag als …", career lines, "Ik neem het stokje over
van X"); taking over "de leiding" or "het trekkerschap van de themagroep X"; and places that are
not the role holder's (another person's bracket, an event's or a venue's place), co-chairs that are
not partners, headings of a page's parts that name no unit.

Each row is a small Dutch text and the exact facts a careful reader finds in it, as (subject label,
predicate, object label, role); rows with an empty set state none. Names and texts are invented.
"""

from __future__ import annotations

from extract_facts import assert_facts, mentions


DATE = "2025-06-01"  # the date of every text here


# 1. "een van de (eerste) leden van", "zijn (beide) leden van": members of an organisation
def test_one_of_the_members_of_an_organisation_takes_part_in_it():
    assert_facts("Culemborg is een van de eerste leden van de VNG.", {
        ("Culemborg", "participatesIn", "VNG", None)}, DATE)
    assert_facts("Tiel en Culemborg zijn beide leden van de VNG.", {
        ("Tiel", "participatesIn", "VNG", None),
        ("Culemborg", "participatesIn", "VNG", None)}, DATE)
    assert_facts("Wethouders zijn leden van het college.", set(), DATE)


# 2. "als (eerste) leden: A, B en C": members of the unit the title names
def test_members_listed_after_als_eerste_leden():
    assert_facts("Nieuwe themagroep Groen van start\n\nBij de eerste bijeenkomst schoven drie steden aan als eerste "
                 "leden: Tiel, Oss en Culemborg.", {
                     ("Tiel", "participatesIn", "Themagroep Groen", None),
                     ("Oss", "participatesIn", "Themagroep Groen", None),
                     ("Culemborg", "participatesIn", "Themagroep Groen", None)}, DATE)


# 3. a person between the verb and "deel aan": "nam burgemeester X deel aan de netwerkdagen in Oss"
def test_a_person_who_takes_part_named_between_verb_and_deel():
    assert_facts("Daarnaast nam burgemeester Kees Bos deel aan de bestuurlijke netwerkdagen in Oss.", {
        ("Kees Bos", "participatesIn", "bestuurlijke netwerkdagen", None)}, DATE)
    assert_facts("Daarom nam Anna Smit niet deel aan de bestuurlijke netwerkdagen.", set(), DATE)


# 4. partners: an abbreviation in brackets before "is partner"; "kennispartner"
def test_partners_with_an_abbreviation_and_knowledge_partners():
    assert_facts("De City Deal Schone Lucht is in 2023 door de G40 gestart. Ook het ministerie van Infrastructuur en "
                 "Waterstaat (IenW) is partner.", {
                     ("G40", "initiated", "City Deal Schone Lucht", None),
                     ("IenW", "participatesIn", "City Deal Schone Lucht", None)}, DATE)
    assert_facts("Platform31 is kennispartner van de City Deal Schone Lucht.", {
        ("Platform31", "participatesIn", "City Deal Schone Lucht", None)}, DATE)


# 5. "door het ministerie van X (Y) gestart": the abbreviation does not hide the initiator
def test_an_initiator_with_its_abbreviation():
    assert_facts("Het Programma Schone Lucht is in 2022 door het ministerie van Infrastructuur en Waterstaat (IenW) "
                 "gestart.", {
                     ("IenW", "initiated", "Programma Schone Lucht", None)}, DATE)


# 6. "<rol> van <plaats> <naam>", and stacked "VNG-voorzitter en burgemeester van Tiel X"
def test_a_role_of_a_place_right_before_the_name():
    assert_facts("Het convenant werd getekend door burgemeester van Tiel Kees Bos.", {
        ("Kees Bos", "hasRole", "Tiel", "burgemeester")}, DATE)
    assert_facts("Het convenant werd getekend door VNG-voorzitter en burgemeester van Tiel Kees Bos.", {
        ("Kees Bos", "hasRole", "Tiel", "burgemeester"),
        ("Kees Bos", "hasRole", "VNG", "voorzitter")}, DATE)


# 7. a second trekker after "samen met": the person, not their town
def test_a_second_trekker_after_samen_met():
    assert_facts("Zij kwam met het idee. Anna Smit trekt de themagroep Groen samen met de Tielse wethouder Bram Wit.", {
        ("Anna Smit", "hasRole", "Themagroep Groen", "trekker"),
        ("Bram Wit", "hasRole", "Themagroep Groen", "trekker"),
        ("Bram Wit", "hasRole", "Tiel", "wethouder")}, DATE)


# 8. a plural role with "zijn": "Bestuurlijk trekkers van de themagroep zijn wethouder X (Tiel) en wethouder Y"
def test_a_plural_role_before_zijn_gives_each_person_the_role():
    assert_facts("Bestuurlijk trekkers van de themagroep Groen zijn wethouder Anna Smit (Tiel) en wethouder Bram Wit "
                 "van Oss.", {
                     ("Anna Smit", "hasRole", "Themagroep Groen", "bestuurlijk trekker"),
                     ("Anna Smit", "hasRole", "Tiel", "wethouder"),
                     ("Bram Wit", "hasRole", "Themagroep Groen", "bestuurlijk trekker"),
                     ("Bram Wit", "hasRole", "Oss", "wethouder")}, DATE)


# 9. "Als vicevoorzitter is (de Osse wethouder) X gekozen"; "X, wethouder in Oss, is vicevoorzitter"
def test_an_office_fronted_with_als_or_after_an_apposition():
    assert_facts("De themagroep Groen wordt voorgezeten door wethouder Anna Smit (Tiel). Als vicevoorzitter is de "
                 "Osse wethouder Bram Wit gekozen.", {
                     ("Anna Smit", "hasRole", "Themagroep Groen", "voorzitter"),
                     ("Anna Smit", "hasRole", "Tiel", "wethouder"),
                     ("Bram Wit", "hasRole", "Themagroep Groen", "vicevoorzitter")}, DATE)
    assert_facts("De themagroep Groen wordt voorgezeten door Anna Smit (Tiel). Bram Wit, wethouder in Oss, is "
                 "vicevoorzitter.", {
                     ("Anna Smit", "affiliatedWith", "Tiel", None),
                     ("Anna Smit", "hasRole", "Themagroep Groen", "voorzitter"),
                     ("Bram Wit", "hasRole", "Oss", "wethouder"),
                     ("Bram Wit", "hasRole", "Themagroep Groen", "vicevoorzitter")}, DATE)


# 10. a role per town in an ellipsis: "In Tiel is dat X, in Oss Y en in Culemborg Z"
def test_a_role_per_town_in_an_ellipsis():
    assert_facts("Elke stad heeft een eigen programmamanager. In Tiel is dat Anna Smit, in Oss Bram Wit en in "
                 "Culemborg Kees Bos.", {
                     ("Anna Smit", "hasRole", "Tiel", "programmamanager"),
                     ("Bram Wit", "hasRole", "Oss", "programmamanager"),
                     ("Kees Bos", "hasRole", "Culemborg", "programmamanager")}, DATE)
    assert_facts("Voor Oss is wethouder Anna Smit het aanspreekpunt; in Tiel is dat wethouder Bram Wit.", {
        ("Anna Smit", "hasRole", "Oss", "wethouder"),
        ("Bram Wit", "hasRole", "Tiel", "wethouder")}, DATE)


# 11. a post that opens with its author's name: "ik ga aan de slag als", career lines, "Ik neem het stokje over van"
def test_the_author_of_a_post_named_on_its_first_line():
    assert_facts("Anna Smit\n\nMet trots deel ik dat ik per 1 mei aan de slag ga als kwartiermaker van de themagroep "
                 "Groen. Ik neem het stokje over van Bram Wit.", {
                     ("Anna Smit", "hasRole", "Themagroep Groen", "kwartiermaker"),
                     ("Anna Smit", "succeeded", "Bram Wit", None),
                     # the baton taken over is the post just named: Bram Wit held it before (round 34c)
                     ("Bram Wit", "hasRole", "Themagroep Groen", "kwartiermaker")}, DATE)
    assert_facts("Anna Smit\n\nIk ben trots op mijn nieuwe baan. Een terugblik:\n"
                 "- 2015–2020: beleidsadviseur wonen bij de gemeente Tiel\n"
                 "- 2020–2025: projectleider bij de provincie Gelderland\n", {
                     ("Anna Smit", "hasRole", "Tiel", "beleidsadviseur"),
                     ("Anna Smit", "hasRole", "Gelderland", "projectleider")}, DATE)


# 12. taking over "de leiding" or "het trekkerschap van de themagroep X" from someone
def test_taking_over_the_lead_or_an_office_of_a_named_unit():
    assert_facts("Programma Schone Lucht\n\nDirecteur is Anna Smit, die in maart de leiding overnam van Bram Wit.", {
        ("Anna Smit", "succeeded", "Bram Wit", None)}, DATE)
    assert_facts("Wethouder Anna Smit nam in mei het trekkerschap van de themagroep Groen over van Bram Wit (Oss), "
                 "die stopte.", {
                     ("Anna Smit", "hasRole", "Themagroep Groen", "trekker"),
                     ("Anna Smit", "succeeded", "Bram Wit", None),
                     ("Bram Wit", "affiliatedWith", "Oss", None),
                     ("Bram Wit", "hasRole", "Themagroep Groen", "trekker")}, DATE)


# 13. places that are not the role holder's: another person's bracket, an event's or a venue's place
def test_a_town_of_someone_or_something_else_is_not_the_role_holders():
    assert_facts("Wethouder Anna Smit nam het trekkerschap over van Bram Wit (Oss), die stopte.", {
        ("Anna Smit", "succeeded", "Bram Wit", None),
        ("Bram Wit", "affiliatedWith", "Oss", None)}, DATE)
    assert_facts("Wethouder Anna Smit zette haar handtekening tijdens een bijeenkomst in het stadhuis van Oss.",
                 set(), DATE)


# 14. co-chairs after "voorgezeten door X, samen met": no partners
def test_a_co_chair_after_samen_met_is_no_partner():
    # round 45b: "De stuurgroep wordt voorgezeten door" names the stuurgroep, which both co-chairs chair
    assert_facts("De stuurgroep wordt voorgezeten door Anna Smit, samen met wethouder Bram Wit van Oss.", {
        ("Bram Wit", "hasRole", "Oss", "wethouder"), ("Anna Smit", "hasRole", "stuurgroep", "voorzitter"),
        ("Bram Wit", "hasRole", "stuurgroep", "voorzitter")}, DATE)


# 15. a heading of a page's part ("Partners") names no unit: "De themagroep" under it is the page's
def test_a_heading_of_a_part_of_the_page_names_no_unit():
    assert_facts("Themagroep Groen\n\nPartners\n\nDe themagroep werkt samen met Platform31.", {
        ("Themagroep Groen", "collaboratesWith", "Platform31", None)}, DATE)


# 16. a signature block: name, role line, organisation; a sign-off's first name is no part of the name below it
def test_a_signature_block_gives_the_role_at_the_organisation_below():
    assert_facts("Groet,\nAnna\n\nAnna Smit\nBeleidsadviseur Wonen en Zorg\nStedennetwerk G40\nLange Voorhout 11, "
                 "Den Haag\n", {
                     ("Anna Smit", "hasRole", "G40", "beleidsadviseur")}, DATE)
    assert_facts("Met vriendelijke groet,\n\nAnna Smit\nProgrammamanager\nGemeente Tiel\n", {
        ("Anna Smit", "hasRole", "Tiel", "programmamanager")}, DATE)
    # a municipal role at a province: no fact
    assert_facts("Met vriendelijke groet,\n\nAnna Smit\nWethouder\nProvincie Gelderland\n", set(), DATE)
    assert mentions("Groet,\nAnna\n\nAnna Smit\nBeleidsadviseur Wonen en Zorg\nStedennetwerk G40\n",
                    "Person", DATE) == ["Anna Smit"]


# 17. "<plaats> wordt vertegenwoordigd door wethouder X": the wethouder of that place
def test_a_town_represented_by_its_wethouder():
    assert_facts("Namens Tiel neemt wethouder Anna Smit deel aan het overleg; Oss wordt vertegenwoordigd door "
                 "wethouder Bram Wit.", {
                     ("Anna Smit", "hasRole", "Tiel", "wethouder"),
                     ("Bram Wit", "hasRole", "Oss", "wethouder")}, DATE)


# 18. "Binnen de Pijler X is een nieuwe themagroep opgericht: de themagroep Y": Y is part of X
def test_a_unit_set_up_within_another_is_part_of_it():
    assert_facts("Binnen de Pijler Fysiek is een nieuwe themagroep opgericht: de themagroep Groen.", {
        ("Themagroep Groen", "partOf", "Pijler Fysiek", None)}, DATE)
    assert_facts("In de Pijler Sociaal is nog geen themagroep Jeugd opgericht.", set(), DATE)


# 19. a name in sentence case stops before an infinitive of this genre: "in de Pijler Sociaal bespreken"
def test_a_unit_name_stops_before_an_infinitive():
    assert mentions("De G40 zal dit in de Pijler Sociaal bespreken; een besluit volgt.", "OrganisationalUnit",
                    DATE) == ["Pijler Sociaal"]


# 20. a role in a body named only by its kind ("tot het bestuur") is not a role in the passage's unit
def test_a_role_in_an_unnamed_body_is_not_the_passages():
    assert_facts("De Taskforce Woningbouw is opgericht. Elif Demir (Eindhoven) treedt toe tot het bestuur als lid.", {
        ("Elif Demir", "affiliatedWith", "Eindhoven", None)}, DATE)
    assert_facts("De Taskforce Woningbouw is opgericht. Elif Demir (Eindhoven) is lid.", {
        ("Elif Demir", "affiliatedWith", "Eindhoven", None),
        ("Elif Demir", "hasRole", "Taskforce Woningbouw", "lid")}, DATE)


# 21. the short form of a ministry's name after "ministerie van": "ministerie van Binnenlandse Zaken" is BZK
def test_the_short_form_of_a_ministrys_name():
    assert_facts("Tiel werkt samen met het ministerie van Binnenlandse Zaken.", {
        ("Tiel", "collaboratesWith", "BZK", None)}, DATE)
    assert_facts("Tiel werkt samen met het ministerie van Sociale Zaken.", {
        ("Tiel", "collaboratesWith", "SZW", None)}, DATE)


# 22. a programme that "is onderdeel van" a unit, named or pointed back to with "Het"
def test_a_programme_that_is_part_of_a_unit():
    assert_facts("Het programma Schone Lucht is onderdeel van de Pijler Fysiek.", {
        ("Schone Lucht", "partOf", "Pijler Fysiek", None)}, DATE)
    assert_facts("De City Deal Schone Lucht moet helpen. Het is onderdeel van de Pijler Fysiek.", {
        ("City Deal Schone Lucht", "partOf", "Pijler Fysiek", None)}, DATE)


# 23. "Neem contact op met X (…) of met Y, …": contacts for what the page's title names, else for their role's unit
def test_the_people_a_page_asks_you_to_contact():
    assert_facts("Themagroep Groen\n\nDe themagroep Groen is opgericht.\n\nWilt u aansluiten? Neem contact op met "
                 "Anna Smit (a.smit@tiel.nl) of met Bram Wit, secretaris van de Pijler Fysiek.\n", {
                     ("Anna Smit", "affiliatedWith", "Tiel", None),
                     ("Anna Smit", "contactFor", "Themagroep Groen", None),
                     ("Bram Wit", "contactFor", "Themagroep Groen", None),
                     ("Bram Wit", "hasRole", "Pijler Fysiek", "secretaris")}, DATE)
    assert_facts("Nieuws\n\nDe themagroep Groen en de Pijler Fysiek vergaderden.\n\nNeem contact op met Bram Wit, "
                 "secretaris van de Pijler Fysiek.\n", {
                     ("Bram Wit", "contactFor", "Pijler Fysiek", None),
                     ("Bram Wit", "hasRole", "Pijler Fysiek", "secretaris")}, DATE)


# 24. an interview: "Interview met X" under a quoted headline makes X the "ik" of the answers
def test_the_ik_of_an_interview_is_who_is_interviewed():
    assert_facts('"Groen is geen luxe"\nInterview met Anna Smit, voorzitter van de Pijler Fysiek\n\nU kent het Rijk '
                 'goed.\n"Dat klopt. Ik ben begonnen als beleidsadviseur bij het ministerie van BZK, van 2005 tot '
                 '2010. Daarna ging ik de politiek in."\n', {
                     ("Anna Smit", "hasRole", "BZK", "beleidsadviseur"),
                     ("Anna Smit", "hasRole", "Pijler Fysiek", "voorzitter")}, DATE)


# 25. a name hard-wrapped in running text stays one name (only a blank line or a line of its own splits)
def test_a_name_hard_wrapped_in_running_text_stays_one_name():
    assert mentions("Wij spraken vandaag uitgebreid met wethouder Anna\nSmit over de plannen.", "Person",
                    DATE) == ["Anna\nSmit"]
    assert mentions("Groet,\nAnna\nAnna Smit\nBeleidsadviseur\n", "Person", DATE) == ["Anna Smit"]
