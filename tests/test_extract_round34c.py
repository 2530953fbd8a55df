"""Round 34c: roles where the role and the person are both named but not side by side."""

from __future__ import annotations

import pytest

from graph.extract import extract
from graph.gazetteer import load_gazetteer
from tests.extract_facts import assert_facts, facts


def _roles(text: str) -> set[tuple]:
    return {f for f in facts(text) if f[1] == "hasRole"}


# --- "Voor de X is dat P, voor de Y Q": "dat" points back to a role, per holder ------------------

def test_that_points_back_to_a_role_per_unit():
    text = ("Elke themagroep heeft een trekker. Voor de themagroep Wonen is dat Sanne Bakker (Ede), "
            "voor de themagroep Jeugd Kees Mulder (Breda).")
    assert _roles(text) == {("Sanne Bakker", "hasRole", "Themagroep Wonen", "trekker"),
                            ("Kees Mulder", "hasRole", "Themagroep Jeugd", "trekker")}


def test_that_points_back_to_a_plural_role_the_subject_of_the_sentence_before():
    text = ("De pijlersecretarissen ondersteunen de voorzitters. Voor de Pijler Sociaal is dat Mirjam Dekker, "
            "voor de Pijler Fysiek Kevin Smits.")
    assert _roles(text) == {("Mirjam Dekker", "hasRole", "Pijler Sociaal", "pijlersecretaris"),
                            ("Kevin Smits", "hasRole", "Pijler Fysiek", "pijlersecretaris")}


def test_that_points_back_to_a_role_per_town():
    text = "Elke stad heeft een wethouder Wonen. Voor Breda is dat Sanne Bakker en voor Ede Kees Mulder."
    assert _roles(text) == {("Sanne Bakker", "hasRole", "Breda", "wethouder"),
                            ("Kees Mulder", "hasRole", "Ede", "wethouder")}


@pytest.mark.parametrize("text", [
    # a wethouder is no role of a themagroep
    "Elke stad heeft een wethouder Wonen. Voor de themagroep Wonen is dat Sanne Bakker.",
    # two roles, neither the subject: which one "dat" is, is not said
    "Het bureau ondersteunt de voorzitters en de trekkers. Voor de Pijler Sociaal is dat Sanne Bakker.",
    # no role before "dat" at all
    "De pijler werkt aan wonen. Voor de Pijler Sociaal is dat Sanne Bakker.",
])
def test_that_without_a_fitting_role_gives_none(text):
    assert not _roles(text), _roles(text)


# --- "daar": the town or body a role is held in, named just before ----------------------------------

@pytest.mark.parametrize("text, fact", [
    ("Fatima Bakker werkte eerder bij de gemeente Enschede en is daar nu raadslid.",
     ("Fatima Bakker", "hasRole", "Enschede", "raadslid")),
    ("Fatima Bakker verhuisde in 2019 naar Deventer. Daar is zij sinds 2022 wethouder.",
     ("Fatima Bakker", "hasRole", "Deventer", "wethouder")),
    ("Het programmabureau komt bij de gemeente Helmond. Daar is Eva Kok aangesteld als programmamanager.",
     ("Eva Kok", "hasRole", "Helmond", "programmamanager")),
    ("Eva Kok werkt bij Avans Hogeschool in Breda en is daar lector.",
     ("Eva Kok", "hasRole", "Avans", "lector")),
])
def test_there_points_back_to_where_the_role_is_held(text, fact):
    assert fact in facts(text), facts(text)


@pytest.mark.parametrize("text", [
    # a title before a name says where someone spoke, not whose wethouder they are
    "De conferentie was in Zwolle. Daar sprak wethouder Eva Kok over wonen.",
    # "daar" points to two towns: which one is not said
    "Eva Kok woonde in Ede en in Breda. Daar is zij nu wethouder.",
    # "daar" points to a unit; a wethouder is no role of a unit
    "Eva Kok werkt in de themagroep Wonen en is daar wethouder.",
])
def test_there_without_one_fitting_place_gives_no_role(text):
    assert not _roles(text), _roles(text)


def test_a_second_verb_of_a_named_subject_ties_the_role():
    assert_facts("Eva Kok woont in Ede en is wethouder van Breda.", {("Eva Kok", "hasRole", "Breda", "wethouder")})


# --- a pronoun's role with a duration, "als tweede trekker" ----------------------------------------

def test_pronoun_copula_with_a_duration():
    text = ("Samira Bouchtaoui werkt als programmamanager van de themagroep Wonen. "
            "Daarvoor was zij vijf jaar beleidsadviseur bij de gemeente Arnhem.")
    assert ("Samira Bouchtaoui", "hasRole", "Arnhem", "beleidsadviseur") in facts(text), facts(text)


def test_as_second_trekker():
    text = ("De trekker van de themagroep Wonen is Hans Ouwehand, en sinds vorig jaar doet Marieke Dekkers "
            "als tweede trekker mee.")
    assert ("Marieke Dekkers", "hasRole", "Themagroep Wonen", "trekker") in facts(text), facts(text)


# --- a pronoun subject, then "als <rol>": the person named before ------------------------------------

@pytest.mark.parametrize("text, fact", [
    ("Erik Dijkstra werkte lang in Almelo. Hij blijft betrokken als trekker van de themagroep Warmtetransitie.",
     ("Erik Dijkstra", "hasRole", "Themagroep Warmtetransitie", "trekker")),
    ("Anouk Visser vertrekt uit Almelo. Sinds mei werkt zij als programmamanager bij de VNG.",
     ("Anouk Visser", "hasRole", "VNG", "programmamanager")),
])
def test_pronoun_then_als_role(text, fact):
    assert fact in facts(text), facts(text)


@pytest.mark.parametrize("text", [
    # a plural verb: "zij" is more than the one person named before
    "Erik Dijkstra en Anouk Visser vertrekken. Zij werken als programmamanager bij de VNG.",
    # a question states nothing
    "Erik Dijkstra vertrekt. Blijft hij als trekker van de themagroep Wonen betrokken?",
])
def test_pronoun_then_als_role_not_read(text):
    assert not _roles(text), _roles(text)


def test_pronoun_als_role_handed_on_is_past():
    text = ("Voorzitter Henk Mulder (Tilburg) stopt. Hij wordt als voorzitter van de Pijler Sociaal opgevolgd "
            "door Fatima Bouzid.")
    ex = extract("t", text, gazetteer=load_gazetteer(), date="2022-06-01")
    held = {(r.subject.text, r.past) for r in ex.relations if r.predicate == "hasRole" and r.role == "voorzitter"
            and r.object.text == "Pijler Sociaal"}
    assert held == {("Henk Mulder", True), ("Fatima Bouzid", False)}, held


# --- a fronted body or town: "In de pijler Fysiek blijft X voorzitter" ---------------------------------

@pytest.mark.parametrize("text, fact", [
    ("In de pijler Fysiek blijft Hanneke Rutgers (Lelystad) voorzitter.",
     ("Hanneke Rutgers", "hasRole", "Pijler Fysiek", "voorzitter")),
    ("Binnen de themagroep Wonen is Hanneke Rutgers secretaris.",
     ("Hanneke Rutgers", "hasRole", "Themagroep Wonen", "secretaris")),
    ("Bij de VNG is Hanneke Rutgers sinds 2021 programmamanager.",
     ("Hanneke Rutgers", "hasRole", "VNG", "programmamanager")),
])
def test_role_in_the_fronted_body(text, fact):
    assert fact in facts(text), facts(text)


@pytest.mark.parametrize("text", [
    "In de themagroep Wonen is Hanneke Rutgers wethouder.",  # a wethouder is a town's, not a unit's
    "In Zwolle was Hanneke Rutgers voorzitter.",  # a chair of what in Zwolle: not said
])
def test_role_that_does_not_fit_the_fronted_body(text):
    assert not _roles(text), _roles(text)


def test_a_van_complement_wins_over_the_fronted_body():
    assert_facts("In de pijler Fysiek blijft Hanneke Rutgers voorzitter van de themagroep Wonen.",
                 {("Hanneke Rutgers", "hasRole", "Themagroep Wonen", "voorzitter")})


# --- "X, <apposition>, was vertegenwoordigd door <rol> P" -------------------------------------------

def test_represented_by_after_an_apposition():
    text = "Ook Platform31, de kennisorganisatie voor stad en regio, was vertegenwoordigd door directeur Bart Kerckhoffs."
    assert ("Bart Kerckhoffs", "hasRole", "Platform31", "directeur") in facts(text), facts(text)


@pytest.mark.parametrize("text", [
    # a wethouder is no role of an organisation
    "Ook Platform31, de kennisorganisatie voor stad en regio, was vertegenwoordigd door wethouder Bart Kerckhoffs.",
    # a relative clause is no apposition: its own verb is not the representing
    "Ook Platform31, die de kennis levert, zag hoe de VNG vertegenwoordigd werd door directeur Bart Kerckhoffs.",
])
def test_represented_by_after_an_apposition_not_read(text):
    assert ("Bart Kerckhoffs", "hasRole", "Platform31", "directeur") not in facts(text), facts(text)


# --- a role word, a colon, one name: "heeft een nieuwe voorzitter: X" ------------------------------------

@pytest.mark.parametrize("text, fact", [
    ("De themagroep Wonen heeft een nieuwe voorzitter: Fatima el Idrissi (Ede).",
     ("Fatima el Idrissi", "hasRole", "Themagroep Wonen", "voorzitter")),
    ("Het ministerie van IenW draagt bij aan de Taskforce Wonen met een kwartiermaker: Joost Wijnberg, die "
     "daarvoor wordt gedetacheerd.", ("Joost Wijnberg", "hasRole", "Taskforce Wonen", "kwartiermaker")),
])
def test_role_announced_with_a_colon(text, fact):
    assert fact in facts(text), facts(text)


@pytest.mark.parametrize("text", [
    "De themagroep Wonen heeft een nieuwe voorzitter: Fatima el Idrissi en Kees Bos.",  # which one: not said
    "De themagroep Wonen zoekt voorzitters: Fatima el Idrissi stopt.",  # no article: a clause follows
])
def test_role_announced_with_a_colon_not_read(text):
    assert not _roles(text), _roles(text)


# --- a role announced, then "Dat is X" ----------------------------------------------------------------

@pytest.mark.parametrize("text, fact", [
    ("De gemeente Zwolle heeft een nieuwe wethouder. Sinds 1 mei is dat Fatima el Idrissi.",
     ("Fatima el Idrissi", "hasRole", "Zwolle", "wethouder")),
    ("De themagroep Wonen krijgt per 1 juni een nieuwe trekker. Dat wordt Kees Bos (Breda).",
     ("Kees Bos", "hasRole", "Themagroep Wonen", "trekker")),
    ("De VNG kreeg in 2020 een nieuwe directeur. Dat was Kees Bos.", ("Kees Bos", "hasRole", "VNG", "directeur")),
])
def test_role_announced_then_that_is(text, fact):
    assert fact in facts(text), facts(text)


@pytest.mark.parametrize("text", [
    "De gemeente Zwolle heeft een nieuwe wethouder. Dat is niet Kees Bos.",  # denied
    "Zwolle en Ede hebben een nieuwe wethouder. Dat is Kees Bos.",  # whose: not said
    "De gemeente Zwolle heeft een nieuwe wethouder. Dat is goed nieuws voor Kees Bos.",  # not the person named
    "De G40 heeft in de pijler Sociaal een nieuwe voorzitter. Dat is Kees Bos.",  # a chair of the G40 itself: no
])
def test_role_announced_then_that_is_not_read(text):
    assert not _roles(text), _roles(text)


# --- a member list: "- X (voorzitter), gemeente Tilburg" ---------------------------------------------------

def test_member_list_with_role_in_brackets_and_employer_after_a_comma():
    text = ("De stuurgroep Woningbouw bestaat uit:\n"
            "- Jan de Boer (voorzitter), gemeente Tilburg\n"
            "- Sanne Bakker (secretaris), VNG\n"
            "- Kees Mulder, gemeente Ede\n")
    assert_facts(text, {
        ("Jan de Boer", "hasRole", "Stuurgroep Woningbouw", "voorzitter"),
        ("Jan de Boer", "affiliatedWith", "Tilburg", None),
        ("Sanne Bakker", "hasRole", "Stuurgroep Woningbouw", "secretaris"),
        ("Sanne Bakker", "affiliatedWith", "VNG", None),
        ("Kees Mulder", "participatesIn", "Stuurgroep Woningbouw", None),
        ("Kees Mulder", "affiliatedWith", "Ede", None),
    })


def test_member_list_bracket_place_wins_over_the_organisation_after_it():
    text = "De stuurgroep Woningbouw bestaat uit:\n- Eva Kok (Breda), VNG\n- Jan de Boer (voorzitter), VNG\n"
    found = facts(text)
    assert ("Eva Kok", "affiliatedWith", "Breda", None) in found, found
    assert ("Eva Kok", "affiliatedWith", "VNG", None) not in found, found


# --- "Wij zijn lid van X" in a mail: the sender's body ---------------------------------------------------

_MAIL = ("Van: Sanne Bakker <s.bakker@ede.nl>\nAan: Kees Mulder <k.mulder@vng.nl>\nOnderwerp: Themagroep\n\n"
         "Beste Kees,\n\n{body}\n\nGroet,\nSanne\n")


def test_we_are_members_in_a_mail_is_the_senders_body():
    found = facts(_MAIL.format(body="Wij zijn sinds dit jaar lid van de Themagroep Wonen."))
    assert ("Ede", "participatesIn", "Themagroep Wonen", None) in found, found


@pytest.mark.parametrize("body", [
    "Wij zijn geen lid van de Themagroep Wonen.",  # denied
    "Breda is sinds dit jaar lid van de Themagroep Wonen.",  # a subject of its own
])
def test_we_are_members_not_read(body):
    found = facts(_MAIL.format(body=body))
    assert ("Ede", "participatesIn", "Themagroep Wonen", None) not in found, found


def test_we_are_members_without_a_mail_or_a_we_body_gives_nothing():
    assert not facts("Wij zijn lid van de Themagroep Wonen.")


# --- a colleague of an office-holder: "De Bredase wethouder X … Ook zijn Tilburgse collega Y" -------------

@pytest.mark.parametrize("text, fact", [
    ("De Bredase wethouder Olaf Zegers opende de dag. Ook zijn Tilburgse collega Esra Hofman sprak.",
     ("Esra Hofman", "hasRole", "Tilburg", "wethouder")),
    ("Trekker is burgemeester Hans Ouwehand van Apeldoorn, en sinds 2023 doet zijn Bredase collega Marieke "
     "Dekkers mee.", ("Marieke Dekkers", "hasRole", "Breda", "burgemeester")),
])
def test_colleague_of_an_office_holder_holds_that_office_in_their_town(text, fact):
    assert fact in facts(text), facts(text)


@pytest.mark.parametrize("text, fact", [
    # a chair of a pijler is no office of a town: only where the colleague works
    ("In de pijler Fysiek blijft Anna Rutgers (Lelystad) voorzitter. Haar Enschedese collega Tom Nijhuis vertrok.",
     ("Tom Nijhuis", "affiliatedWith", "Enschede", None)),
    # no possessive: whose colleague is not said
    ("De Bredase wethouder Olaf Zegers opende. De Tilburgse collega Esra Hofman sprak.",
     ("Esra Hofman", "affiliatedWith", "Tilburg", None)),
])
def test_colleague_without_an_office_to_share_is_only_affiliated(text, fact):
    found = facts(text)
    assert fact in found and not any(f[0] == fact[0] and f[1] == "hasRole" for f in found), found


# --- an apposition with a field before its holder: "X, programmamanager binnenstad van Helmond," ----------

@pytest.mark.parametrize("text, fact", [
    ("In de sessie vertelde Mustafa Akkaya, programmamanager binnenstad van Helmond, over de markt.",
     ("Mustafa Akkaya", "hasRole", "Helmond", "programmamanager")),
    ("Het team onder leiding van Ilse Nijenhuis, kwartiermaker schuldhulp bij de gemeente Deventer, stemt af.",
     ("Ilse Nijenhuis", "hasRole", "Deventer", "kwartiermaker")),
    ("Eva Kok, wethouder Wonen en Zorg van Helmond, opende.", ("Eva Kok", "hasRole", "Helmond", "wethouder")),
])
def test_apposition_with_a_field_before_the_holder(text, fact):
    assert fact in facts(text), facts(text)


@pytest.mark.parametrize("text", [
    "Eva Kok, voorzitter sinds 2020 van de VNG, opende.",  # a time, not a field
    "Ilse Nijenhuis, voorzitter Wonen van Deventer, opende.",  # a chair is no office of a town
])
def test_apposition_with_a_field_not_read(text):
    assert not _roles(text), _roles(text)


# --- an apposition qualified by a town: "X, de Deventer wethouder (die …)" ------------------------------

@pytest.mark.parametrize("text, fact", [
    ("Harm Groeneveld, de Zwolse wethouder, opende.", ("Harm Groeneveld", "hasRole", "Zwolle", "wethouder")),
    ("Zij volgen Harm Groeneveld op, de Deventer wethouder die de groep lang heeft geleid.",
     ("Harm Groeneveld", "hasRole", "Deventer", "wethouder")),
])
def test_apposition_qualified_by_a_town(text, fact):
    assert fact in facts(text), facts(text)


def test_a_town_qualifying_a_role_of_someone_else_is_no_apposition():
    assert not _roles("Harm Groeneveld sprak met de Deventer wethouder.")


# --- "van de gemeente": the one town of the paragraph ------------------------------------------------------

def test_of_the_municipality_is_the_one_town_of_the_paragraph():
    text = ("In Gouda wonen veel huishoudens met een hoge energierekening. De aanpak gebeurt samen met een "
            "hogeschool. Ambtelijk coördineert Lieke Vermaat, programmamanager energie van de gemeente.")
    assert ("Lieke Vermaat", "hasRole", "Gouda", "programmamanager") in facts(text), facts(text)


@pytest.mark.parametrize("text", [
    "Breda en Ede werken samen. Het werk leidt Eva Kok, programmamanager van de gemeente.",  # two towns
    "In Gouda wonen veel mensen.\n\nDe VNG helpt. Het werk leidt Eva Kok, programmamanager van de gemeente.",
])
def test_of_the_municipality_without_one_town_at_hand(text):
    assert not _roles(text), _roles(text)


# --- staff a body supplies: "Haarlem levert met beleidsadviseur X de nieuwe secretaris" -------------------

@pytest.mark.parametrize("text, fact", [
    ("In december levert Haarlem, dat sinds de start meedoet, met beleidsadviseur Floor Jansen de nieuwe secretaris.",
     ("Floor Jansen", "hasRole", "Haarlem", "beleidsadviseur")),
    ("Hilversum trekt de themagroep Klimaat, en Alkmaar levert met Frits Brinkman een ervaren trekker.",
     ("Frits Brinkman", "affiliatedWith", "Alkmaar", None)),
    ("Fontys Hogeschool levert studenten en een lector, Esther Janssen-Mol.",
     ("Esther Janssen-Mol", "hasRole", "Fontys", "lector")),
])
def test_staff_a_body_supplies(text, fact):
    assert fact in facts(text), facts(text)


@pytest.mark.parametrize("text", [
    "Alkmaar levert niet met Frits Brinkman een trekker.",  # denied
    "Alkmaar levert samen met Frits Brinkman een bijdrage.",  # a companion, not staff
    "Alkmaar levert een bijdrage samen met Frits Brinkman.",
])
def test_staff_a_body_supplies_not_read(text):
    assert not any(f[0] == "Frits Brinkman" for f in facts(text)), facts(text)


# --- "<body> (<rol> <persoon>)": the role before the name in the body's bracket --------------------------

def test_role_first_in_a_bodys_bracket():
    text = "Hilversum (wethouder Judith Vermeulen) trekt de themagroep Klimaat, en Alkmaar doet mee."
    assert ("Judith Vermeulen", "hasRole", "Hilversum", "wethouder") in facts(text), facts(text)


def test_role_first_in_a_bodys_bracket_must_fit_the_body():
    text = "De VNG (wethouder Judith Vermeulen) komt bijeen."  # a wethouder is no role of the VNG
    assert ("Judith Vermeulen", "hasRole", "VNG", "wethouder") not in facts(text), facts(text)


# --- a vice-chair with no body of its own: the deputy of the chair named before ----------------------------

@pytest.mark.parametrize("text, held, not_held", [
    ("Eva Kok is gekozen tot voorzitter van de Pijler Duurzaamheid. Zij wil veel bereiken. Hij blijft trekker van "
     "de themagroep Warmte. Vicevoorzitter wordt wethouder Jan Bos van Maastricht.", "Pijler Duurzaamheid",
     "Themagroep Warmte"),
    # a body of its own wins
    ("Eva Kok is gekozen tot voorzitter van de Pijler Duurzaamheid. Zij wil veel bereiken. Het werk begint. "
     "Vicevoorzitter van de themagroep Jeugd wordt Jan Bos.", "Themagroep Jeugd", "Pijler Duurzaamheid"),
])
def test_vice_chair_is_of_the_body_whose_chair_was_named(text, held, not_held):
    found = facts(text)
    assert ("Jan Bos", "hasRole", held, "vicevoorzitter") in found, found
    assert ("Jan Bos", "hasRole", not_held, "vicevoorzitter") not in found, found


# --- a predecessor's role: the post the successor was just said to take --------------------------------

def test_predecessor_held_the_post_the_successor_takes():
    text = ("Carla Pijnacker is per 1 december benoemd tot gemeentesecretaris van Schiedam. "
            "Haar voorganger Henk Brouwer gaat met pensioen.")
    ex = extract("t", text, gazetteer=load_gazetteer(), date="2025-12-01")
    held = {(r.subject.text, r.object.text, r.role, r.past) for r in ex.relations if r.rule == "roles.predecessor"}
    assert held == {("Henk Brouwer", "Schiedam", "gemeentesecretaris", True)}, held


@pytest.mark.parametrize("text", [
    # two roles in the sentence that names the successor's: which post the predecessor left is not said
    "Haarlem levert met beleidsadviseur Floor Jansen de nieuwe secretaris. Zij volgt Mohamed Amrani op.",
    # two current roles of the successor
    "Eva Kok is voorzitter van de Pijler Sociaal. Zij is ook wethouder van Ede. Zij volgt Jan Bos op.",
])
def test_predecessor_role_not_guessed(text):
    found = facts(text)
    assert not any(f[1] == "hasRole" and f[0] in ("Mohamed Amrani", "Jan Bos") for f in found), found
