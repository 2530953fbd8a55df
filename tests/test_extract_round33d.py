"""Round 33d: the eighth walkthrough's wrong and missing facts, read as rules of Dutch (invented sentences)."""

from __future__ import annotations

import pytest

from tests.extract_facts import dated_relations, facts


# --- W1: a passive succession names the one who leaves first ------------------------------------

@pytest.mark.parametrize("text", [
    "Per 1 mei 2024 is Anna Bos als voorzitter van de themagroep Wonen opgevolgd door Kees Jansen (Breda).",
    "Anna Bos is per 1 mei 2024 als voorzitter van de themagroep Wonen opgevolgd door Kees Jansen.",
    "Per 1 mei 2024 wordt Anna Bos als voorzitter van de themagroep Wonen opgevolgd door wethouder Kees Jansen.",
    "Anna Bos wordt per 1 mei 2024 opgevolgd door Kees Jansen als voorzitter van de themagroep Wonen.",
    "Per 1 mei 2024 volgt Kees Jansen Anna Bos op als voorzitter van de themagroep Wonen.",
    "Kees Jansen neemt per 1 mei 2024 het stokje over van Anna Bos als voorzitter van de themagroep Wonen.",
    "Anna Bos, voorzitter van de themagroep Wonen, wordt per 1 mei 2024 opgevolgd door Kees Jansen.",
    "Per 1 mei 2024 wordt de voorzitter van de themagroep Wonen, Anna Bos, opgevolgd door Kees Jansen.",
    "Anna Bos is voorzitter van de themagroep Wonen. Zij wordt per 1 mei 2024 als voorzitter opgevolgd door Kees Jansen.",
])
def test_passive_and_active_succession_agree(text):
    roles = {(s, role, valid_from, valid_until) for s, o, role, past, valid_from, valid_until
             in dated_relations(text, "2024-06-01") if o.endswith("Wonen")}
    assert roles == {("Kees Jansen", "voorzitter", "2024-05-01", None),
                     ("Anna Bos", "voorzitter", None, "2024-04-30")}, roles
    assert ("Kees Jansen", "succeeded", "Anna Bos", None) in facts(text), facts(text)


def test_pronoun_after_a_fronted_date_is_succeeded():
    text = "Anna Bos is trekker van de themagroep Wonen. Per 1 mei 2024 wordt zij opgevolgd door Kees Jansen."
    assert ("Kees Jansen", "succeeded", "Anna Bos", None) in facts(text)
    roles = {(s, valid_from, valid_until) for s, o, role, past, valid_from, valid_until
             in dated_relations(text, "2024-06-01")}
    assert roles == {("Kees Jansen", "2024-05-01", None), ("Anna Bos", None, "2024-04-30")}, roles


@pytest.mark.parametrize("text", [
    "Anna Bos is als voorzitter van de themagroep Wonen gekozen door Kees Jansen.",
    "Per 1 mei 2024 is Anna Bos als voorzitter van de themagroep Wonen benoemd.",
])
def test_no_succession_without_the_passive_of_opvolgen(text):
    assert not any(f[1] == "succeeded" for f in facts(text))
    assert not any(s == "Kees Jansen" for s, *_ in dated_relations(text, "2024-06-01"))


def test_pronoun_follows_with_a_dated_phrase():
    text = ("Voorzitter van de themagroep Wonen is Ingrid Vos, wethouder van Zwolle. "
            "Zij volgt per 1 januari 2024 Kees Brinkman (Deventer) op.")
    assert ("Ingrid Vos", "succeeded", "Kees Brinkman", None) in facts(text, "2024-03-14")
    roles = {(s, valid_from, valid_until) for s, o, role, past, valid_from, valid_until
             in dated_relations(text, "2024-03-14") if o.endswith("Wonen")}
    assert roles == {("Ingrid Vos", "2024-01-01", None), ("Kees Brinkman", None, "2023-12-31")}, roles


# --- W2: a clause that opens with its own time keeps it --------------------------------------------

@pytest.mark.parametrize("text", [
    "Tot 2023 was Eva Kok wethouder in Zwolle; nu is zij voorzitter van de themagroep Armoede.",
    "Eva Kok was tot 2023 wethouder in Zwolle, inmiddels is zij voorzitter van de themagroep Armoede.",
    "Eva Kok was tot 2023 wethouder in Zwolle en is nu voorzitter van de themagroep Armoede.",
    "Tot 2023 was Eva Kok wethouder in Zwolle, maar nu is zij voorzitter van de themagroep Armoede.",
])
def test_now_clause_is_not_ended_by_the_clause_before(text):
    roles = {(o, past, valid_until) for s, o, role, past, valid_from, valid_until in dated_relations(text, "2024-05-01")}
    assert roles == {("Zwolle", True, "2022-12-31"), ("themagroep Armoede", False, None)}, roles


def test_clause_after_a_semicolon_keeps_its_own_period():
    text = "Eva Kok was tot 2023 wethouder in Zwolle; sinds 2024 is zij voorzitter van de themagroep Armoede."
    roles = {(o, valid_from, valid_until) for s, o, role, past, valid_from, valid_until in dated_relations(text, "2024-05-01")}
    assert roles == {("Zwolle", None, "2022-12-31"), ("themagroep Armoede", "2024-01-01", None)}, roles


def test_one_clause_ends_both_roles():
    text = "Tot 2023 was Eva Kok wethouder in Zwolle en voorzitter van de themagroep Armoede."
    roles = {(o, past, valid_until) for s, o, role, past, valid_from, valid_until in dated_relations(text, "2024-05-01")}
    assert roles == {("Zwolle", True, "2022-12-31"), ("themagroep Armoede", True, "2022-12-31")}, roles


# --- W3: taking part in a meeting about a programme is no taking part in it --------------------------

@pytest.mark.parametrize("text", [
    "BZK nodigt de G40 uit voor overleg over de Woningbouwimpuls. Aan het overleg nemen ook de wethouders van Breda en Ede deel.",
    "De City Deal Zon loopt tot 2025. Aan de bijeenkomst namen ook Breda en Ede deel.",
    "De City Deal Zon loopt tot 2025. Breda en Ede nemen deel aan het bestuurlijk overleg.",
    "De City Deal Zon loopt tot 2025. Breda en Ede doen mee aan de werksessie.",
])
def test_meeting_taken_part_in_is_not_the_programme(text):
    assert not any(f[1] == "participatesIn" for f in facts(text)), facts(text)


@pytest.mark.parametrize("text", [
    "De City Deal Zon loopt tot 2025. Breda en Ede doen mee aan het programma.",
    "De City Deal Zon loopt tot 2025. Breda en Ede nemen ook deel.",
])
def test_programme_taken_part_in_after_it_is_named(text):
    found = facts(text)
    assert {("Breda", "participatesIn", "City Deal Zon", None), ("Ede", "participatesIn", "City Deal Zon", None)} <= found


def test_meeting_about_a_programme_is_no_unit():
    from tests.extract_facts import mentions
    text = "Betreft: Uitnodiging bestuurlijk overleg Woningbouwimpuls\n\nGraag nodig ik u uit."
    assert mentions(text, "OrganisationalUnit") == []
    assert mentions(text, "Programme") == ["Woningbouwimpuls"]


# --- W4: an e-mail's "wij" is the sender's body ---------------------------------------------------

_MAIL = ("Van: Eva Smit <e.smit@{domain}>\nAan: secretariaat@g40.nl\nOnderwerp: Deelname aan de City Deal Zon\n\n"
         "Beste collega's,\n\nGraag laat ik weten dat de gemeente Breda deelneemt aan de City Deal Zon. "
         "Wij werken daarbij samen met de gemeente Tilburg.\n\nMet vriendelijke groet,\n\nEva Smit\n")


def test_mail_we_is_the_senders_municipality():
    found = facts(_MAIL.format(domain="breda.nl"))
    assert ("Breda", "collaboratesWith", "Tilburg", None) in found, found
    assert not any(f[0] == "City Deal Zon" or f[2] == "City Deal Zon" and f[0] == "Tilburg" for f in found), found


def test_mail_we_without_a_known_sender_body_is_not_the_programme():
    found = facts(_MAIL.format(domain="gmail.com"))
    assert not any("Tilburg" in (f[0], f[2]) for f in found), found


def test_thread_we_is_each_messages_sender():
    text = ("Van: Eva Smit <e.smit@breda.nl>\nAan: Jan Bos <j.bos@ede.nl>\nOnderwerp: Zon\n\nBeste Jan,\n\n"
            "Wij werken samen met Tilburg.\n\nGroet, Eva\n\n"
            "Op 3 maart 2024 schreef Jan Bos <j.bos@ede.nl>:\n\nBeste Eva,\n\nWij werken samen met Zwolle.\n")
    found = facts(text)
    assert ("Breda", "collaboratesWith", "Tilburg", None) in found, found
    assert ("Breda", "collaboratesWith", "Zwolle", None) not in found, found


# --- W5: names cut at a header line, after a nickname; a verb after a programme's kind word -----------

def test_name_ends_at_a_line_that_opens_with_a_label():
    from tests.extract_facts import mentions
    text = "Van: Eva Smit <e.smit@breda.nl>\nCC: Ingrid Vos\nDatum: 5 februari 2025\nOnderwerp: Zon\n\nBeste Ingrid,\n"
    assert "Ingrid Vos" in mentions(text, "Person"), mentions(text, "Person")


def test_name_wrapped_in_running_text_goes_on():
    from tests.extract_facts import mentions
    assert mentions("Het overleg met Jan\nJansen ging goed.", "Person") == ["Jan\nJansen"]


@pytest.mark.parametrize("text", [
    'Wethouder Jan "Jantje" de Vries van Breda is voorzitter van de themagroep Wonen.',
    "Wethouder Jan “Jantje” de Vries van Breda is voorzitter van de themagroep Wonen.",
])
def test_nickname_between_given_name_and_surname(text):
    assert facts(text) == {("Jan de Vries", "hasRole", "Breda", "wethouder"),
                           ("Jan de Vries", "hasRole", "Themagroep Wonen", "voorzitter")}, facts(text)


@pytest.mark.parametrize("text", [
    "De pijler werkt met JenV aan de City Deal Zicht op Ondermijning. Aan deze City Deal nemen Heerlen, Venlo en Den Helder deel.",
    "De pijler werkt met JenV aan de City Deal Zicht op Ondermijning. Aan de City Deal doen Heerlen, Venlo en Den Helder mee.",
])
def test_verb_after_a_deal_is_no_name_and_the_towns_take_part(text):
    from tests.extract_facts import mentions
    assert mentions(text, "Programme")[0] == "City Deal Zicht op Ondermijning"
    found = facts(text)
    for town in ("Heerlen", "Venlo", "Den Helder"):
        assert (town, "participatesIn", "City Deal Zicht op Ondermijning", None) in found, found


# --- missing contacts: "ik ben … de contactpersoon voor", "Namens X is Y, <rol>, contactpersoon voor" ---

_CONTACT_MAIL = ("Van: Eva Smit <e.smit@breda.nl>\nAan: secretariaat@g40.nl\nOnderwerp: City Deal Zon\n\n"
                 "Beste collega's,\n\nBreda neemt deel aan de City Deal Zon. {sentence}\n\nGroet,\n\nEva Smit\n")


@pytest.mark.parametrize("sentence, expected", [
    ("Ik ben binnen Breda de contactpersoon voor deze City Deal.", True),
    ("Ik blijf het aanspreekpunt voor de City Deal Zon.", True),
    ("Ik ben niet de contactpersoon voor deze City Deal.", False),
    ("Ik ben binnen Breda de trekker van deze City Deal.", False),
])
def test_mail_writer_states_being_the_contact(sentence, expected):
    found = facts(_CONTACT_MAIL.format(sentence=sentence))
    assert (("Eva Smit", "contactFor", "City Deal Zon", None) in found) == expected, found


@pytest.mark.parametrize("text, expected", [
    ("Namens het ministerie van EZK is Sanne de Wit, directeur Regionale Economie, contactpersoon voor het "
     "programma Vitale Binnensteden.", True),
    ("Het ministerie van EZK steunt het programma Vitale Binnensteden. Namens het ministerie is Sanne de Wit, "
     "directeur Regionale Economie, contactpersoon voor het programma.", True),
    ("Namens het ministerie van EZK is Sanne de Wit, directeur Regionale Economie, voorzitter van het "
     "programma Vitale Binnensteden.", False),
])
def test_contact_on_behalf_after_an_apposition(text, expected):
    found = facts(text)
    assert (("Sanne de Wit", "contactFor", "Vitale Binnensteden", None) in found) == expected, found


# --- missing: an office in -schap that lies with someone --------------------------------------------

@pytest.mark.parametrize("text, expected", [
    ("De pijler Sociaal werkt aan armoede. Het ambtelijk trekkerschap lag bij Hans Mulder (Apeldoorn).",
     ("Hans Mulder", "hasRole", "Pijler Sociaal", "ambtelijk trekker")),
    ("Het trekkerschap van de themagroep Wonen ligt sinds 2023 bij wethouder Eva Kok.",
     ("Eva Kok", "hasRole", "Themagroep Wonen", "trekker")),
    ("De themagroep Wonen is opgericht. Het secretarisschap is in handen van Jan Bos.",
     ("Jan Bos", "hasRole", "Themagroep Wonen", "secretaris")),
])
def test_office_lies_with_a_person(text, expected):
    assert expected in facts(text), facts(text)


@pytest.mark.parametrize("text", [
    "De themagroep Wonen is opgericht. Het trekkerschap ligt niet bij Eva Kok.",
    "De themagroep Wonen is opgericht. Het lidmaatschap ligt bij Eva Kok.",
    "De themagroep Wonen is opgericht. Eva Kok sprak over het trekkerschap, dat bij Jan Bos ligt.",
])
def test_no_office_role_without_the_construction(text):
    assert not any(f[1] == "hasRole" for f in facts(text)), facts(text)


# --- missing: two bodies that agree together work together -----------------------------------------

@pytest.mark.parametrize("text", [
    "De themagroep Human Capital en het ministerie van SZW spreken af om in het voorjaar een werksessie te organiseren.",
    "Breda en de provincie Utrecht maakten in maart afspraken over de woningbouw.",
    "De VNG en het ministerie van BZK kwamen vorige week overeen dat de regeling doorloopt.",
])
def test_two_bodies_that_agree_work_together(text):
    found = facts(text)
    assert len([f for f in found if f[1] == "collaboratesWith"]) == 1, found


@pytest.mark.parametrize("text", [
    "Minister Eva Kok en de G40 spraken af om samen een team op te richten.",
    "Breda, Venlo en het ministerie van BZK spreken daarin af dat de werklocaties circulair worden.",
    "Breda en het ministerie van BZK spreken daarin af dat de werklocaties circulair worden.",
    "Breda en het ministerie van BZK spraken niet af om samen te werken.",
    "Breda en het ministerie van BZK zijn het oneens over de aanpak.",
])
def test_no_agreement_between_two_bodies(text):
    assert not any(f[1] == "collaboratesWith" for f in facts(text)), facts(text)


# --- missing: a wethouder in a mail from a municipality's address ----------------------------------

_WETHOUDER_MAIL = ("Van: Tom Kok <t.kok@{domain}>\nAan: secretariaat@g40.nl\nOnderwerp: City Deal Zon\n\n"
                   "Beste collega's,\n\n{sentence}\n\nGroet,\n\nTom Kok\n")


@pytest.mark.parametrize("domain, sentence, expected", [
    ("breda.nl", "Wethouder Samira Bouali heeft het besluit namens het college ondertekend.", {"Breda"}),
    ("breda.nl", "Wethouder Samira Bouali van Tilburg heeft het besluit ondertekend.", {"Tilburg"}),
    ("g40.nl", "Wethouder Samira Bouali heeft het besluit ondertekend.", set()),
])
def test_wethouder_in_a_mail_from_a_municipality(domain, sentence, expected):
    found = facts(_WETHOUDER_MAIL.format(domain=domain, sentence=sentence))
    assert {f[2] for f in found if f[0] == "Samira Bouali" and f[3] == "wethouder"} == expected, found


def test_wethouder_outside_a_mail_has_no_town_from_an_address():
    found = facts("Wethouder Samira Bouali heeft het besluit ondertekend. Mail naar t.kok@breda.nl.")
    assert not any(f[0] == "Samira Bouali" for f in found), found


# --- missing: a ministry letter's signature, the role a blank line under the name --------------------

_LETTER = ("{head}\n\nDen Haag, 18 juni 2024\n\nGeachte heer De Boer,\n\nGraag nodig ik u uit voor een overleg.\n\n"
           "Hoogachtend,\n\nDe minister van Binnenlandse Zaken en Koninkrijksrelaties,\n\nnamens deze,\n\n"
           "drs. Eva van Leeuwen\n\n{role}\n{tail}")


@pytest.mark.parametrize("head, role, tail, expected", [
    ("Ministerie van Binnenlandse Zaken en Koninkrijksrelaties", "Directeur-generaal Volkshuisvesting", "", True),
    ("Ministerie van Binnenlandse Zaken en Koninkrijksrelaties", "Directeur-generaal Volkshuisvesting",
     "\nBijlage: de agenda van het overleg\n", False),
    ("Uitnodiging", "Directeur-generaal Volkshuisvesting", "", False),
])
def test_ministry_letter_signature_role(head, role, tail, expected):
    found = facts(_LETTER.format(head=head, role=role, tail=tail))
    assert (("Eva van Leeuwen", "hasRole", "BZK", "directeur-generaal") in found) == expected, found


@pytest.mark.parametrize("lines, expected", [
    ("Aan: het bestuur van het G40 Stedennetwerk\n\nt.a.v. de heer A. de Boer, voorzitter", True),
    ("Het college van de gemeente Breda\nT.a.v. de heer A. de Boer, voorzitter", False),
    ("Aan: het bestuur van het G40 Stedennetwerk\n\nt.a.v. de heer A. de Boer", False),
    ("Aan: het bestuur van het G40 Stedennetwerk en de VNG\n\nt.a.v. de heer A. de Boer, voorzitter", False),
])
def test_letter_addressee_role_at_the_body_written_to(lines, expected):
    found = facts(lines + "\n\nGeachte heer De Boer,\n\nGraag nodig ik u uit.\n")
    assert (("A. de Boer", "hasRole", "G40", "voorzitter") in found) == expected, found


def test_letter_addressee_role_of_a_unit_is_not_a_municipalitys():
    found = facts("Het college van de gemeente Breda\nT.a.v. de heer A. de Boer, voorzitter\n\nGeachte heer De Boer,\n")
    assert not any(f[0] == "A. de Boer" for f in found), found


def test_since_in_the_relative_clause_of_the_one_succeeded_dates_their_lead_not_the_succession():
    text = ("Per 1 november 2025 is wethouder Eva Kok de nieuwe voorzitter van de pijler Wonen. Zij volgt Jan Bos "
            "(Breda) op, die de pijler sinds 2022 voorzat en vertrekt naar de provincie Utrecht.")
    succession = dated_relations(text, "2025-10-01", predicate="succeeded")
    assert {(valid_from) for *_, valid_from, valid_until in succession} == {"2025-11-01"}, succession
    roles = {(s, valid_from) for s, o, role, past, valid_from, valid_until in dated_relations(text, "2025-10-01")
             if role == "voorzitter"}
    assert ("Eva Kok", "2022-01-01") not in roles and ("Jan Bos", "2022-01-01") in roles, roles


@pytest.mark.parametrize("sentence, expected", [
    ("Wij doen ook mee aan de City Deal Zon.", True),
    ("Daarnaast nemen wij deel aan de City Deal Zon.", True),
    ("Wij zijn per 1 maart toegetreden tot de City Deal Zon.", True),
    ("Wij doen niet mee aan de City Deal Zon.", False),
])
def test_mail_we_takes_part_for_the_senders_municipality(sentence, expected):
    text = ("Van: Eva Smit <e.smit@breda.nl>\nAan: secretariaat@g40.nl\nOnderwerp: Zon\n\nBeste collega's,\n\n"
            f"{sentence}\n\nGroet,\n\nEva Smit\n")
    assert (("Breda", "participatesIn", "City Deal Zon", None) in facts(text)) == expected, facts(text)
