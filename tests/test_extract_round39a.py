"""Round 39a: participation and collaboration between recognised entities, and what must not count."""

from __future__ import annotations

import pytest

from tests.extract_facts import facts


# --- "De (kennis)partners (van X) zijn A en B": the partners take part in the programme -----------

@pytest.mark.parametrize("text, expected", [
    ("In de City Deal Groene Daken werken steden samen. De partners zijn Platform31 en het ministerie van OCW.",
     {("Platform31", "participatesIn", "City Deal Groene Daken", None),
      ("OCW", "participatesIn", "City Deal Groene Daken", None)}),
    ("In de City Deal Groene Daken werken steden samen. De kennispartners zijn Aedes en Platform31.",
     {("Aedes", "participatesIn", "City Deal Groene Daken", None),
      ("Platform31", "participatesIn", "City Deal Groene Daken", None)}),
    ("Nieuws\n\nDe partners van de City Deal Groene Daken zijn onder meer Aedes en de VNG.",
     {("Aedes", "participatesIn", "City Deal Groene Daken", None),
      ("VNG", "participatesIn", "City Deal Groene Daken", None)}),
])
def test_partners_named_by_a_copula_take_part(text, expected):
    found = facts(text)
    assert expected <= found, found


@pytest.mark.parametrize("text", [
    "De City Deal Groene Daken loopt tot 2027. De partners zijn tevreden over de eerste resultaten.",
    "De City Deal Groene Daken loopt tot 2027. De partners zijn niet Aedes en de VNG.",
    "De City Deal Groene Daken loopt tot 2027. De partners van Breda zijn nog niet bekend.",
])
def test_partners_copula_without_a_list_is_no_fact(text):
    found = {f for f in facts(text) if f[1] in ("participatesIn", "collaboratesWith")}
    assert found == set(), found


# --- "Sinds 2022 werken A, B en C (nauw) samen": the subjects after the verb, a longer list ------

def _pairs(*names):
    return {(a, "collaboratesWith", b, None) for k, a in enumerate(names) for b in names[k + 1:]}


@pytest.mark.parametrize("text, names", [
    ("Sinds 2022 werken Breda, Aedes en het UWV samen aan een wijkaanpak.", ("Breda", "Aedes", "UWV")),
    ("Daarom werken Breda en het UWV nauw samen.", ("Breda", "UWV")),
    ("In Tilburg-Noord werken de gemeente Tilburg, Aedes en het UWV samen om werkzoekenden een baan te bieden.",
     ("Tilburg", "Aedes", "UWV")),
])
def test_inverted_joint_subjects_collaborate(text, names):
    found = {f for f in facts(text) if f[1] == "collaboratesWith"}
    wanted = _pairs(*names)
    assert {frozenset((a, b)) for a, _, b, _ in wanted} == {frozenset((a, b)) for a, _, b, _ in found}, found


@pytest.mark.parametrize("text", [
    "Sinds 2022 werken Breda, Aedes en het UWV niet meer samen.",
    "Werken Breda, Aedes en het UWV nauw samen?",
    "Sinds 2022 werken Breda, Aedes en het UWV elk apart samen met scholen.",
])
def test_inverted_joint_subjects_not_together(text):
    found = {f for f in facts(text) if f[1] == "collaboratesWith" and "Breda" in (f[0], f[2]) and "UWV" in (f[0], f[2])}
    assert found == set(), found


# --- "De gemeente werkt daarbij samen met X": the one municipality named just before -------------

@pytest.mark.parametrize("text, fact", [
    ("Schiedam koppelt de signalen aan de wijkteams. De gemeente werkt daarbij samen met Aedes en het UWV.",
     ("Schiedam", "collaboratesWith", "UWV", None)),
    ("De provincie Drenthe investeert in het station. De provincie trekt hierin samen met de VNG op.",
     ("Drenthe", "collaboratesWith", "VNG", None)),
])
def test_kind_subject_opening_the_sentence_points_back(text, fact):
    found = facts(text)
    assert fact in found, found


def test_kind_subject_after_two_municipalities_is_no_guess():
    text = "Breda en Tilburg delen kennis. De gemeente werkt daarbij samen met het UWV."
    found = {f for f in facts(text) if f[1] == "collaboratesWith"}
    assert found == set(), found


# --- the parties that sign an agreement take part in it ------------------------------------------

_SIGNED = ("# Samenwerkingsagenda VWS - G40 2024-2025\n\nHet ministerie van VWS en de G40 maken afspraken over zorg.\n\n"
           "## Ondertekening\n\nNamens het ministerie van VWS:\n**drs. J. (Jan) Bos**, minister\n\n"
           "Namens de gemeente Breda:\nEva Smit, wethouder\n\nNamens Aedes,\nPiet de Wit\ndirecteur\n")


def test_signing_parties_take_part_in_the_agreement_of_the_title():
    found = {f for f in facts(_SIGNED) if f[1] == "participatesIn"}
    wanted = {(party, "participatesIn", "Samenwerkingsagenda VWS - G40 2024-2025", None) for party in ("VWS", "Breda", "Aedes")}
    assert {f[0] for f in wanted} <= {f[0] for f in found if f[2].startswith("Samenwerkingsagenda")}, found


@pytest.mark.parametrize("text", [
    # a letter about a fund, signed on behalf of the minister: its sender does not take part in the fund
    "Beschikking Fonds Groene Daken\n\nGeachte heer Bos,\n\nU ontvangt een bijdrage.\n\n"
    "Namens het ministerie van BZK,\nJan de Vries\ndirecteur Woningmarkt\n",
    # a party line without anyone signing under it
    "# Samenwerkingsagenda VWS - G40 2024-2025\n\nNamens het ministerie van VWS:\nzie de bijlage.\n",
])
def test_no_signing_parties(text):
    found = {f for f in facts(text) if f[1] == "participatesIn"}
    assert found == set(), found


@pytest.mark.parametrize("signature", [
    "Voor de gemeente Ede,\nJ.A. Smit\nwethouder\n",
    "Namens de gemeente Ede,\n\nJ.A. Smit\nwethouder\n",
])
def test_signing_party_forms(signature):
    text = "Woondeal Groene Daken\n\nEde en de provincie werken aan woningbouw.\n\n" + signature
    assert ("Ede", "participatesIn", "Woondeal Groene Daken", None) in facts(text)


# --- "X levert data / studenten / onderzoekscapaciteit": a contribution to the passage's programme ---

@pytest.mark.parametrize("text, fact", [
    ("Taskforce Groene Werklocaties\n\nDe taskforce brengt de vraag naar bedrijfsruimte in kaart. "
     "Het CBS en de Kamer van Koophandel leveren data over leegstand.",
     ("CBS", "participatesIn", "Taskforce Groene Werklocaties", None)),
    ("Breda is penvoerder van de City Deal Groene Daken. Platform31 levert kennis en een lector.",
     ("Platform31", "participatesIn", "City Deal Groene Daken", None)),
    ("De City Deal Groene Daken loopt tot 2027. Het UWV leverde onderzoekscapaciteit voor de monitoring.",
     ("UWV", "participatesIn", "City Deal Groene Daken", None)),
])
def test_supplying_a_resource_is_taking_part(text, fact):
    found = facts(text)
    assert fact in found, found


@pytest.mark.parametrize("text", [
    "De City Deal Groene Daken loopt tot 2027. Het UWV levert geen data.",
    "De City Deal Groene Daken loopt tot 2027. Het UWV zal later data leveren.",
    "De City Deal Groene Daken loopt tot 2027. Het UWV levert data aan de gemeente Breda voor haar eigen monitor.",
])
def test_supplying_no_resource_to_the_programme(text):
    found = {f for f in facts(text) if f[1] == "participatesIn"}
    assert found == set(), found


# --- a table of signatories under "Ondertekening" / "Handtekeningen": each party takes part ---------

@pytest.mark.parametrize("heading", ["Ondertekening", "Handtekeningen"])
def test_signatory_table_parties_take_part(heading):
    from graph.markup import markdown_text
    text = markdown_text(f"# City Deal Groene Daken\n\nDe deal loopt tot 2027.\n\n## {heading}\n\n"
                         "| Organisatie | Namens | Functie |\n|---|---|---|\n"
                         "| Gemeente Breda | J.A. Smit | wethouder |\n| Provincie Utrecht | K. de Vries | gedeputeerde |\n")
    found = {f for f in facts(text) if f[1] == "participatesIn"}
    assert {("Breda", "participatesIn", "City Deal Groene Daken", None),
            ("provincie Utrecht", "participatesIn", "City Deal Groene Daken", None)} <= found, found


# --- "Eerste panel over X met A, B en C": the panel's members take part in the event of the title ----

def test_panel_with_its_subject_between():
    text = "Netwerkdag Groene Steden 2023 in Ede\n\nEerste panel over klimaat met Divosa, de VNG en wethouder Eva Smit (Breda)."
    found = {f for f in facts(text) if f[1] == "participatesIn"}
    assert {f[0] for f in found} == {"Divosa", "VNG", "Eva Smit"}, found


# --- members named inline or by a predicate: "X bestaat uit A, B en C", "A en B zijn de eerste deelnemers" ---

_DEAL = "City Deal Groene Daken\n\nDe City Deal Groene Daken helpt steden met groene daken.\n\n"


@pytest.mark.parametrize("text, members", [
    (_DEAL + "De City Deal Groene Daken bestaat uit Breda, Ede en de provincie Utrecht.", {"Breda", "Ede", "provincie Utrecht"}),
    (_DEAL + "De Taskforce Groene Daken bestaat uit de gemeenten Breda en Ede.", {"Breda", "Ede"}),
    (_DEAL + "Breda, Ede en Tilburg zijn de eerste deelnemers.", {"Breda", "Ede", "Tilburg"}),
    (_DEAL + "Ook Breda is een van de deelnemende steden.", {"Breda"}),
    (_DEAL + "Deze gemeenten doen al mee:\n\n- Breda\n- Ede\n- Tilburg", {"Breda", "Ede", "Tilburg"}),
])
def test_members_named_inline(text, members):
    from graph.markup import markdown_text
    found = {f for f in facts(markdown_text(text)) if f[1] == "participatesIn"}
    assert {f[0] for f in found} == members, found


@pytest.mark.parametrize("text", [
    _DEAL + "De stuurgroep bestaat uit wethouders en directeuren.",
    _DEAL + "Breda en Ede zijn geen deelnemers.",
    _DEAL + "Breda en Ede waren de eerste deelnemers van een andere deal, de City Deal Zon.",
    _DEAL + "De kosten bestaan uit een bijdrage van Breda en Ede.",
])
def test_members_named_inline_not(text):
    found = {f for f in facts(text) if f[1] == "participatesIn" and f[2] == "City Deal Groene Daken"}
    assert found == set(), found


# --- "Met welke partners werken jullie samen?" and the partners its answer names ----------------------

_INTERVIEW = ("Interview met de trekker van de Themagroep Groen\n\nVraag: Wat doet de themagroep?\nAntwoord: Veel.\n\n"
              "Vraag: Met welke partners werken jullie samen?\n{answer}\n\nVraag: En verder?\nAntwoord: Met Divosa.")


@pytest.mark.parametrize("answer, partners", [
    ("Antwoord: Allereerst met het ministerie van EZK. Daarnaast trekken we op met Aedes en met de VNG.", {"EZK", "Aedes", "VNG"}),
    ("Antwoord: Met het UWV werken we niet samen, wel met Platform31.", {"Platform31"}),
])
def test_partners_an_answer_names(answer, partners):
    found = {f for f in facts(_INTERVIEW.format(answer=answer)) if f[1] == "collaboratesWith"}
    assert {f[2] for f in found if f[0] == "Themagroep Groen"} == partners, found


def test_partner_answer_denial_in_a_subordinate_clause_is_no_denial():
    answer = "Antwoord: Met de VNG stemmen we af zodat we niet dubbel werken."
    found = {f for f in facts(_INTERVIEW.format(answer=answer)) if f[1] == "collaboratesWith"}
    assert ("Themagroep Groen", "collaboratesWith", "VNG", None) in found, found


# --- "De City Deal startte in 2015 met Breda, Ede en Tilburg" -----------------------------------------

def test_programme_starting_with_towns():
    found = {f for f in facts(_DEAL + "De City Deal Groene Daken startte in 2015 met Breda, Ede en Tilburg.")
             if f[1] == "participatesIn"}
    assert {f[0] for f in found} == {"Breda", "Ede", "Tilburg"}, found


def test_programme_starting_with_towns_and_more_is_no_list():
    found = {f for f in facts(_DEAL + "De City Deal Groene Daken startte in 2015 met Breda en Ede als voorbeeld voor Delft.")
             if f[1] == "participatesIn"}
    assert found == set(), found


# --- "Vanuit het Rijk zijn BZK en EZK betrokken", "Het ministerie van BZK draagt financieel bij" -------

@pytest.mark.parametrize("sentence, actors", [
    ("Vanuit het Rijk zijn BZK en EZK betrokken.", {"BZK", "EZK"}),
    ("Het ministerie van BZK draagt financieel bij.", {"BZK"}),
    ("Ook Aedes is nauw betrokken.", {"Aedes"}),
])
def test_involved_in_the_programme_of_the_passage(sentence, actors):
    found = {f for f in facts(_DEAL + sentence) if f[1] == "participatesIn"}
    assert {f[0] for f in found} == actors, found


@pytest.mark.parametrize("sentence", [
    "Het ministerie van BZK is niet betrokken.",
    "Wethouder Eva Smit van Breda is nauw betrokken.",
    "Bij de Regio Deal Twente is ook Enschede betrokken.",
])
def test_involved_in_the_programme_of_the_passage_not(sentence):
    found = {f for f in facts(_DEAL + sentence) if f[1] == "participatesIn" and f[2] == "City Deal Groene Daken"}
    assert found == set(), found
