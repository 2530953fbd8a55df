"""Round 28a: numbered groups of towns, working together inside a body, where an initiative came from."""

from __future__ import annotations

import pytest

from tests.extract_facts import facts


def _has(text: str, fact: tuple) -> bool:
    return fact in facts(text)


# --- numbered groups: "de vier G40-steden", "alle drie de steden" ----------------------------------

def test_group_after_a_list_stands_for_its_towns():
    text = ("Breda, Tilburg en Delft tekenden dinsdag de City Deal Zon. "
            "Alle drie de steden zijn lid van het G40-stedennetwerk.")
    found = facts(text)
    for town in ("Breda", "Tilburg", "Delft"):
        assert (town, "participatesIn", "G40", None) in found, found


def test_group_before_its_list():
    text = ("De twee Friese gemeenten en de provincie tekenden de Regio Deal Friesland. "
            "Het Rijk draagt 20 miljoen bij. Met het geld willen Leeuwarden en Heerenveen de wijken verbeteren.")
    found = facts(text)
    assert ("Leeuwarden", "participatesIn", "Regio Deal Friesland", None) in found, found
    assert ("Heerenveen", "participatesIn", "Regio Deal Friesland", None) in found, found


def test_group_of_another_count_stands_for_nothing():
    text = ("Breda, Tilburg en Delft tekenden de City Deal Zon. "
            "De vier steden zijn lid van het G40-stedennetwerk.")
    assert not any(f[2] == "G40" for f in facts(text))


def test_group_gives_no_person_a_role_in_each_town():
    text = "Breda en Ede werken samen. Anna Kok is wethouder van beide gemeenten."
    assert not any(f[0] == "Anna Kok" for f in facts(text))


def test_plural_pronoun_after_a_group():
    text = ("Zwolle, Deventer, Enschede en Almelo tekenden het convenant. Het idee kwam van de vier steden. "
            "Zij trekken al sinds 2020 samen op in de G40 Themagroep Wonen.")
    found = facts(text)
    for town in ("Zwolle", "Deventer", "Enschede", "Almelo"):
        assert (town, "participatesIn", "Themagroep Wonen", None) in found, found


# --- working together inside a body -----------------------------------------------------------

@pytest.mark.parametrize("text", [
    "Breda en Ede trekken al jaren samen op in de Themagroep Wonen.",
    "Breda werkt samen met Ede in de Themagroep Wonen.",
    "Breda en Ede werken sinds 2021 samen in de Themagroep Wonen.",
])
def test_working_together_in_a_body(text):
    found = facts(text)
    assert ("Breda", "participatesIn", "Themagroep Wonen", None) in found, found
    assert ("Ede", "participatesIn", "Themagroep Wonen", None) in found, found


@pytest.mark.parametrize("text", [
    "Breda en Ede werken samen in de regio.",
    "Breda en Ede trekken niet samen op in de Themagroep Wonen.",
])
def test_working_together_without_a_body(text):
    assert not any(f[1] == "participatesIn" for f in facts(text))


# --- "Het initiatief … kwam van X" ----------------------------------------------------------------

@pytest.mark.parametrize("text, initiators", [
    ("Het initiatief voor de Regio Deal Noord kwam van Breda en Ede.", {"Breda", "Ede"}),
    ("Het initiatief voor de Regio Deal Noord ging uit van de provincie Utrecht.", {"provincie Utrecht"}),
    ("Het initiatief voor de Regio Deal Noord kwam in 2022 van Apeldoorn.", {"Apeldoorn"}),
    ("Het initiatief voor de Regio Deal Noord kwam niet van Breda.", set()),
])
def test_initiative_came_from(text, initiators):
    found = {f[0] for f in facts(text) if f[1] == "initiated"}
    assert found == initiators


# --- "A en B zijn bij <programma> betrokken" (the verb last), "de ministeries van A en B" ---------

@pytest.mark.parametrize("text, actors", [
    ("Ook de ministeries van VWS en SZW zijn bij de City Deal Zon betrokken.", {"VWS", "SZW"}),
    ("Ede en Epe zijn nauw bij de Themagroep Wonen betrokken.", {"Ede", "Epe"}),
    ("Het ministerie van EZK is niet bij de City Deal Zon betrokken.", set()),
    ("Breda wordt later bij de City Deal Zon betrokken.", set()),
    ("Breda is bij de voorbereiding van de City Deal Zon betrokken.", set()),
])
def test_involved_verb_last(text, actors):
    assert {f[0] for f in facts(text) if f[1] == "participatesIn"} == actors


def test_singular_deal_never_points_to_the_family_of_deals():
    text = ("Drenthe en Emmen tekenden de Regio Deal Zuidoost-Drenthe. De minister van BZK coördineert de Regio Deals. "
            "Ook het ministerie van OCW is bij de deal betrokken.")
    found = {f for f in facts(text) if f[1] == "participatesIn"}
    assert ("OCW", "participatesIn", "Regio Deal Zuidoost-Drenthe", None) in found, found
    assert not any(f[2] == "Regio Deals" for f in found), found


def test_signer_in_a_relative_clause_signs_the_deal_of_the_passage():
    text = ("De Regio Deal Noord werd dinsdag getekend. "
            "Namens het kabinet tekende de minister van Binnenlandse Zaken en Koninkrijksrelaties, die de Regio Deals coördineert.")
    found = {f for f in facts(text) if f[1] == "participatesIn"}
    assert found == {("BZK", "participatesIn", "Regio Deal Noord", None)}, found


# --- where someone worked: "die eerder bij X werkte", "werkte tot … bij het toenmalige ministerie" ------

@pytest.mark.parametrize("text, employer", [
    ("Projectleider wordt Kees Smit, die eerder bij de gemeente Tilburg werkte als adviseur.", "Tilburg"),
    ("Anna Kok, die sinds 2020 bij ProRail werkzaam is, leidt de sessie.", "ProRail"),
    ("Eva de Wit werkte tot haar benoeming in maart 2021 bij het toenmalige ministerie van Infrastructuur en Milieu.",
     "IenW"),
])
def test_worked_at(text, employer):
    found = {f[2] for f in facts(text) if f[1] == "affiliatedWith"}
    assert employer in found, found


@pytest.mark.parametrize("text", [
    "Anna Kok, die nooit bij de gemeente Ede werkte, is nu adviseur.",
    "Anna Kok werkt aan een plan bij de gemeente Ede.",
])
def test_not_worked_at(text):
    assert not any(f[1] == "affiliatedWith" for f in facts(text))


# --- organisations closing on "Campus"; a sentence-initial preposition opens no name ---------------

def test_campus_closes_an_organisation_name():
    found = facts("Kees Smit was eerder directeur van de Brainport Industries Campus.")
    assert any(f[2] == "Brainport Industries Campus" for f in found), found


@pytest.mark.parametrize("text, name", [
    ("Op het Deltion College komen banen.", "Deltion College"),
    ("In de Campus Zwolle komen banen.", None),
])
def test_preposition_opens_no_organisation_name(text, name):
    from tests.extract_facts import mentions
    assert mentions(text, "Organisation") == ([name] if name else [])


# --- an organisation's e-mail domain by the name the text gives it; a one-word name found again ----

def test_email_domain_spelling_a_named_organisation():
    text = ("Partners zijn de ontwikkelingsmaatschappij NOM en Hanze Hogeschool.\n\n"
            "Meer informatie: Jan Bos, j.bos@nom.nl")
    assert ("Jan Bos", "affiliatedWith", "NOM", None) in facts(text)


def test_email_domain_spelling_nothing_named():
    text = "Meer informatie: Jan Bos, j.bos@gmail.com"
    assert not any(f[1] == "affiliatedWith" for f in facts(text))


def test_one_word_organisation_found_again():
    from tests.extract_facts import mentions
    text = "Partners zijn de ontwikkelingsmaatschappij NOM en Hanze Hogeschool. NOM richt een bureau in."
    assert mentions(text, "Organisation").count("NOM") == 2


# --- "X wordt penvoerder (en …)", "Penvoerder is X" ---------------------------------------------

@pytest.mark.parametrize("text, lead", [
    ("Breda en Ede tekenden de City Deal Zon. Breda wordt penvoerder en richt een bureau in.", "Breda"),
    ("Breda en Ede tekenden de City Deal Zon. Penvoerder is de provincie Utrecht.", "provincie Utrecht"),
    ("Breda en Ede tekenden de City Deal Zon. Breda wordt geen penvoerder.", None),
    ("Breda en Ede tekenden de City Deal Zon. Breda is penvoerder en trekker van de Themagroep Wonen.", None),
])
def test_stated_lead(text, lead):
    found = {f[2] for f in facts(text) if f[1] == "ledBy" and f[0] == "City Deal Zon"}
    assert found == ({lead} if lead else set())


# --- "de provincie": the province named before; not after a preposition of place ---------------

def test_the_province_is_the_one_named_before():
    text = ("De provincie Gelderland en Arnhem tekenden de Green Deal Oost. "
            "Namens de provincie tekende gedeputeerde Karin Smit.")
    assert ("Karin Smit", "hasRole", "Gelderland", "gedeputeerde") in facts(text)


def test_the_province_as_a_territory_is_no_actor():
    text = ("De provincie Gelderland en Arnhem tekenden de Green Deal Oost. "
            "Buiten de provincie doen Zwolle en Ede mee.")
    found = {f[0] for f in facts(text) if f[1] == "participatesIn"}
    assert found == {"Gelderland", "Arnhem", "Zwolle", "Ede"}, found
    from tests.extract_facts import mentions
    assert "de provincie" not in mentions(text, "Province")


# --- a signature that stacks the bodies: "Rol | Directie X" / "Directoraat-Generaal Y" / "Ministerie van Z" --

def test_stacked_signature():
    text = ("Hoi Eva,\n\nAkkoord.\n\nGroet,\n\nPieter Dekker\nSenior projectleider | Directie Ruimtelijke Economie\n"
            "Directoraat-Generaal Ruimte\nMinisterie van Binnenlandse Zaken en Koninkrijksrelaties\n")
    found = facts(text)
    assert ("Pieter Dekker", "hasRole", "Directie Ruimtelijke Economie", "senior projectleider") in found, found
    assert ("Directie Ruimtelijke Economie", "partOf", "Directoraat-Generaal Ruimte", None) in found, found
    assert ("Directoraat-Generaal Ruimte", "partOf", "BZK", None) in found, found


def test_stacked_signature_stops_at_an_address():
    text = ("Groet,\n\nPieter Dekker\nAdviseur | Directie Wonen\nTurfmarkt 147, Den Haag\n")
    found = facts(text)
    assert ("Pieter Dekker", "hasRole", "Directie Wonen", "adviseur") in found, found
    assert not any(f[1] == "partOf" for f in found), found


def test_address_domain_adds_nothing_to_a_signature_role():
    text = ("Van: Eva Smit <e.smit@vng.nl>\nOnderwerp: overleg\n\nBeste Jan,\n\nPrima.\n\nGroet,\n\n"
            "Eva Smit\nBeleidsadviseur Wonen\nVereniging van Nederlandse Gemeenten\n")
    found = {f for f in facts(text) if f[0] == "Eva Smit"}
    assert found == {("Eva Smit", "hasRole", "VNG", "beleidsadviseur")}, found


# --- a person called by the given name; unit kinds "voorbereidingsgroep"; the one themagroep of a list --

def test_given_name_is_the_one_person_with_it():
    text = ("Aan: Kees de Vries <k.devries@ede.nl>\n\nBeste allen,\n\n"
            "Kees (programmamanager bij Ede) stemt de sessies af.")
    assert ("Kees de Vries", "hasRole", "Ede", "programmamanager") in facts(text)


def test_given_name_shared_by_two_persons_is_no_one():
    text = ("Aan: Kees de Vries, Kees Bakker\n\nBeste allen,\n\n"
            "Kees (programmamanager bij Ede) stemt de sessies af.")
    assert not any(f[1] == "hasRole" for f in facts(text))


def test_given_name_before_a_surname_is_another_person():
    from tests.extract_facts import mentions
    text = "Aan: Mark Verhulst\n\nMinister Mark Rutte opent."
    assert "Mark" not in mentions(text, "Person")


def test_voorbereidingsgroep_is_a_unit():
    from tests.extract_facts import mentions
    assert mentions("Anna Kok zit in de voorbereidingsgroep.", "OrganisationalUnit") == ["voorbereidingsgroep"]


def test_the_one_themagroep_named_in_a_list_item():
    text = ("Programma:\n- Opening door Eva Smit\n- Inleiding door Jan Bos, trekker van de Themagroep Wonen\n"
            "- Panel\n\nKees de Vries (secretaris van de themagroep) stemt af.")
    assert ("Kees de Vries", "hasRole", "Themagroep Wonen", "secretaris") in facts(text)


# --- "<body> wordt voorgezeten door (titel) X, samen met (titel) Y"; "die door X en Y werd georganiseerd" --

def test_body_chaired_by_two():
    text = ("De Themagroep Wonen wordt voorgezeten door directeur-generaal Wonen en Bouwen Eva de Wit, "
            "samen met wethouder Jan Bos van Ede.")
    found = {f for f in facts(text) if f[1] == "hasRole" and f[3] == "voorzitter"}
    assert found == {("Eva de Wit", "hasRole", "Themagroep Wonen", "voorzitter"),
                     ("Jan Bos", "hasRole", "Themagroep Wonen", "voorzitter")}, found


def test_body_not_chaired():
    assert not any(f[3] == "voorzitter" for f in facts("De Themagroep Wonen wordt niet voorgezeten door Eva de Wit."))


@pytest.mark.parametrize("text, organisers", [
    ("De Kennisdag Wonen in Ede, die door BZK en Platform31 samen werd georganiseerd, trok veel bezoekers.",
     {"BZK", "Platform31"}),
    ("Op de door de VNG georganiseerde Kennisdag Wonen sprak Jan Bos.", {"VNG"}),
    ("De Kennisdag Wonen werd niet door BZK georganiseerd.", set()),
])
def test_organised_agents_before_the_participle(text, organisers):
    assert {f[0] for f in facts(text) if f[1] == "organised"} == organisers


# --- the last "Meer informatie:" line of a dated news item is the contact for what it announces ------

def test_news_item_contact_line():
    text = ("Breda en Ede tekenen City Deal Zon\n\nBreda, 3 mei 2024 – Breda en Ede ondertekenden vandaag de "
            "City Deal Zon.\n\nMeer informatie: Eva Smit, woordvoerder bij de VNG, e.smit@vng.nl")
    assert ("Eva Smit", "contactFor", "City Deal Zon", None) in facts(text)


def test_contact_line_of_minutes_without_a_dateline():
    text = ("Verslag\n\nOverleg G40 – Tweede Kamer over bestaanszekerheid\nDatum: 3 mei 2024\n\n"
            "Breda en Ede bespraken de City Deal Zon.\n\nContact: Eva Smit, e.smit@vng.nl")
    assert not any(f[1] == "contactFor" for f in facts(text))


# --- "X draagt bij aan <programma>"; "(titel) X namens <organisatie>" ------------------------------

@pytest.mark.parametrize("text, actors", [
    ("Het ministerie van IenW draagt bij aan de City Deal Zon met een kwartiermaker.", {"IenW"}),
    ("Ook BZK droeg financieel bij aan de City Deal Zon.", {"BZK"}),
    ("BZK draagt niet bij aan de City Deal Zon.", set()),
])
def test_contributes_to_a_programme(text, actors):
    assert {f[0] for f in facts(text) if f[1] == "participatesIn"} == actors


def test_acting_on_behalf_of_an_organisation():
    text = "De City Deal Zon werd ondertekend door gedeputeerde Eva Smit (provincie Utrecht) namens het IPO."
    assert ("Eva Smit", "affiliatedWith", "IPO", None) in facts(text)


def test_acting_on_behalf_of_a_town_is_the_role_there():
    text = "Daarnaast zat wethouder Kees Bos namens Ede in het bestuur van de regio."
    assert not any(f[1] == "affiliatedWith" for f in facts(text))


# --- a wethouder named without a town in a paragraph about one town --------------------------------

def test_wethouder_in_a_paragraph_about_one_town():
    text = ("Breda en Ede tekenden de City Deal Zon.\n\nIn Ede ligt de nadruk op wonen. Er komen 300 woningen. "
            "Wethouder Kees de Vries: \"Dit is goed nieuws.\"")
    assert ("Kees de Vries", "hasRole", "Ede", "wethouder") in facts(text)


@pytest.mark.parametrize("text", [
    "Breda en Ede tekenden.\n\nIn Ede en Breda ligt de nadruk op wonen. Wethouder Kees de Vries: \"Goed.\"",
    "Breda tekende.\n\nDe nadruk ligt op wonen, zoals in Ede. Wethouder Kees de Vries: \"Goed.\"",
])
def test_wethouder_without_one_paragraph_town(text):
    assert not any(f[1] == "hasRole" for f in facts(text))


def test_wethouder_whose_town_is_given_elsewhere():
    text = ("Wethouder Kees de Vries van Breda opende.\n\nIn Ede ligt de nadruk op wonen. "
            "Wethouder Kees de Vries: \"Goed.\"")
    assert {f[2] for f in facts(text) if f[1] == "hasRole"} == {"Breda"}


def test_dateline_place_is_no_paragraph_town():
    text = "Zwolle, 3 mei 2024 – De G40 sprak met de minister. Wethouder Piet Hagen vertelde over de wijken.\n"
    assert not any(f[1] == "hasRole" for f in facts(text, "2024-06-01"))
