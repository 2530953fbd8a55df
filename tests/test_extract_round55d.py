"""Round 55d: heldout39's leftovers, third pass, as rules of Dutch and of the domain (invented text, invented people).

Each rule has a text it reads and a near miss it must leave alone: a congress's organisers on its title page,
a capitalised kind word as part of an event's name, a learning network named with its kind word and repeated
by it, the year a programme was founded in dating its initiators, a named alliance of towns as a programme.
"""

from __future__ import annotations

from functools import lru_cache

from graph.extract import extract
from graph.gazetteer import load_gazetteer
from tests.extract_facts import facts


@lru_cache(maxsize=None)
def found_in(text: str, date: str = "2025-06-01") -> frozenset:
    """The facts of ``text``, extracted once per module however many tests ask."""
    return frozenset(facts(text, date))


@lru_cache(maxsize=None)
def relations_of(text: str, date: str = "2025-06-01") -> tuple:
    """``(subject, predicate, object, valid_from, precision)`` of the relations of ``text`` (mention texts)."""
    extraction = extract("t", text, gazetteer=load_gazetteer(), date=date)
    return tuple((r.subject.text, r.predicate, r.object.text, r.valid_from, r.valid_from_precision)
                 for r in extraction.relations)


# --- a congress's title page: "Georganiseerd door X en Y" under its title ---

TITLE_PAGE = ("CONGRES WERKENDE STEDEN 2025\n"
              "Programmaboek\n\n"
              "Breda, 3 maart 2025\n"
              "Georganiseerd door Divosa en het Stedennetwerk G40\n"
              "Gastgemeente: Breda\n\n"
              "------------------------------------------------------------\n"
              "Voor u ligt het programmaboek van de tweede editie van het Congres Werkende Steden.\n")


def test_the_organisers_on_a_title_page_organise_the_title_s_congress():
    found = found_in(TITLE_PAGE)
    assert ("Divosa", "organised", "CONGRES WERKENDE STEDEN 2025", None) in found, found
    assert ("G40", "organised", "CONGRES WERKENDE STEDEN 2025", None) in found, found


def test_a_title_page_line_that_names_no_organisers_organises_nothing():
    text = TITLE_PAGE.replace("Georganiseerd door Divosa en het Stedennetwerk G40", "Met bijdragen uit Divosa en de G40")
    assert not {f for f in found_in(text) if f[1] == "organised"}, found_in(text)


def test_organisers_below_the_title_block_are_no_title_organisers():
    text = TITLE_PAGE.replace("Georganiseerd door Divosa en het Stedennetwerk G40\n", "") \
        + "\nDe lunch wordt georganiseerd door Divosa.\n"
    assert not {f for f in found_in(text) if f[1] == "organised" and f[0] == "Divosa"}, found_in(text)


def test_a_unit_in_brackets_after_an_organiser_is_its_parent_not_an_organiser():
    # the lead, after the merges: heldout29's "Organisatie: G40-themagroep X (pijler Sociaal)" made the pijler an
    # organiser too; the bracket says where the organiser belongs
    text = TITLE_PAGE.replace("Georganiseerd door Divosa en het Stedennetwerk G40",
                              "Organisatie: G40-themagroep Werk en Inkomen (pijler Sociaal), in samenwerking met Divosa")
    organisers = {f[0] for f in found_in(text) if f[1] == "organised"}
    assert organisers == {"Themagroep Werk en Inkomen"}, organisers


def test_a_colophon_names_the_organisers_too():
    text = TITLE_PAGE.replace("Georganiseerd door Divosa en het Stedennetwerk G40\n", "") \
        + "\nColofon\nOrganisatie: Divosa en Platform31\nVormgeving: Studio Lijn\n"
    found = found_in(text)
    assert ("Divosa", "organised", "CONGRES WERKENDE STEDEN 2025", None) in found, found
    assert ("Platform31", "organised", "CONGRES WERKENDE STEDEN 2025", None) in found, found


def test_a_capitalised_kind_word_is_part_of_the_congress_s_name():
    labels = {f[2] for f in found_in(TITLE_PAGE + "Het Congres Werkende Steden werd georganiseerd door Divosa.\n")}
    assert "Congres Werkende Steden" in labels, labels


def test_a_lower_case_kind_word_stays_out_of_the_name():
    text = "Nieuws\n\nHet congres Werkende Steden werd georganiseerd door Divosa.\n"
    assert ("Divosa", "organised", "Werkende Steden", None) in found_in(text), found_in(text)


# --- a learning network named with its kind word, and the bare kind word after it ---

CIRCLE = ("Leren van elkaar: de G40-leerkring Armoedeval\n\n"
          "De leerkring Armoedeval is in 2022 gestart door de G40 Pijler Sociaal Domein. Aan de leerkring nemen de "
          "gemeenten Zwolle, Ede en Delft deel.\n")


def test_a_learning_network_is_named_with_its_kind_word_and_repeated_by_it():
    found = found_in(CIRCLE)
    assert ("Pijler Sociaal Domein", "initiated", "leerkring Armoedeval", None) in found, found
    assert {("Zwolle", "participatesIn", "leerkring Armoedeval", None),
            ("Delft", "participatesIn", "leerkring Armoedeval", None)} <= found, found


def test_a_bare_kind_word_after_two_named_networks_names_neither():
    text = CIRCLE.replace("Aan de leerkring", "De leerkring Schuldhulp is in 2023 gestart. Aan de leerkring")
    found = found_in(text)
    assert not {f for f in found if f[0] == "Zwolle" and f[2].startswith("leerkring ")}, found


# --- the year of a founding dates its initiators ---

FOUNDED = ("Nieuws\n\nHet Talentpact Zuid is in 2021 geïnitieerd door de gemeente Venlo en de provincie Limburg. "
           "De Woonalliantie Rivierensteden is in 2020 opgericht door de gemeenten Tiel en Culemborg; sinds 2022 "
           "neemt ook de gemeente Zaltbommel deel. Jan Kok is programmaleider van de alliantie.\n")


def test_the_year_of_a_founding_dates_its_initiators():
    found = relations_of(FOUNDED, "2024-11-14")
    assert ("Venlo", "initiated", "Talentpact Zuid", "2021-01-01", "year") in found, found
    assert ("Tiel", "initiated", "Woonalliantie Rivierensteden", "2020-01-01", "year") in found, found
    assert ("Zaltbommel", "participatesIn", "Woonalliantie Rivierensteden", "2022-01-01", "year") in found, found


def test_a_founding_year_in_a_plan_dates_nothing_and_a_relative_clause_keeps_its_own_year():
    # the lead's merge of rounds 55d and 55t: one rule (graph.extract.founding_dates) reads the founding clause by
    # itself, so "…, die het tot 2023 leidden" (a relative clause with its own time) no longer undates the
    # founding in 2020, as round 55d's first rule did for any sentence with a second year
    text = FOUNDED.replace("is in 2021 geïnitieerd", "wordt in 2027 opgericht") \
        .replace("is in 2020 opgericht door de gemeenten Tiel en Culemborg;", "is in 2020 opgericht door de gemeenten "
                 "Tiel en Culemborg, die het tot 2023 leidden;")
    found = {r for r in relations_of(text, "2024-11-14") if r[1] == "initiated"}
    assert ("Venlo", "initiated", "Talentpact Zuid", None, None) in found, found
    assert ("Tiel", "initiated", "Woonalliantie Rivierensteden", "2020-01-01", "year") in found, found


def test_a_named_alliance_is_a_programme_and_de_alliantie_repeats_it():
    found = found_in(FOUNDED, "2024-11-14")
    assert ("Jan Kok", "hasRole", "Woonalliantie Rivierensteden", "programmaleider") in found, found
    assert not {f for f in found if f[1] == "initiated" and f[0] not in ("Tiel", "Culemborg", "Venlo", "Limburg")}, found


def test_alliantie_alone_is_no_programme():
    text = "Nieuws\n\nDe Nationale Alliantie Wonen is in 2020 opgericht door de gemeenten Tiel en Culemborg.\n"
    assert "Programme" not in {m.type for m in extract("t", text, gazetteer=load_gazetteer()).mentions
                               if "Alliantie" in m.text}


# --- a project named after its town and a target year ---

PROJECT = ("Verslag\n\nMijn opdracht was een evaluatie van het project Centrum Emmen 2030. Dit project is in 2022 "
           "gestart door de gemeente Emmen. Projectleider is Gea Bos.\n")


def test_a_place_and_a_year_close_a_project_s_name():
    found = found_in(PROJECT)
    assert ("Emmen", "initiated", "Centrum Emmen 2030", None) in found, found
    assert ("Gea Bos", "hasRole", "Centrum Emmen 2030", "projectleider") in found, found


def test_a_name_that_opens_with_its_place_is_no_such_name():
    found = found_in(PROJECT.replace("het project Centrum Emmen 2030", "het project Emmen 2030"))
    assert not {f for f in found if "Emmen 2030" in f[2]}, found


# --- the trainer of a sports club ---

def test_a_trainer_holds_a_post_in_the_club():
    text = ("Piet de Boer (51), Assendelft - Lid in de Orde van Oranje-Nassau\n\n"
            "De heer De Boer is sinds 2012 trainer en sinds 2019 voorzitter van voetbalvereniging VV Assendelft.\n")
    found = relations_of(text, "2024-04-26")
    assert ("De Boer", "hasRole", "VV Assendelft", "2012-01-01", "year") in {(r[0], r[1], r[2], r[3], r[4])
                                                                           for r in found}, found


def test_trainer_before_no_body_holds_nothing():
    text = "Nieuws\n\nPiet de Boer werkt als trainer en coach voor jongeren in Assendelft.\n"
    assert not {f for f in found_in(text) if f[1] == "hasRole"}, found_in(text)


# --- a town's Taalhuis ---

LANGUAGE_HOUSE = ("Nieuws\n\nMevrouw Kok is sinds 2014 coördinator van het Taalhuis Purmerend, een samenwerking van "
                  "Stichting Bibliotheek Waterland en de gemeente Purmerend.\n")


def test_a_taalhuis_named_after_its_town_is_a_programme_not_the_town():
    found = found_in(LANGUAGE_HOUSE, "2024-04-26")
    assert ("Kok", "hasRole", "Taalhuis Purmerend", "coördinator") in found, found
    assert not {f for f in found if f[1] == "hasRole" and f[2] == "Purmerend"}, found


def test_a_taalhuis_in_lower_case_is_no_programme():
    text = LANGUAGE_HOUSE.replace("het Taalhuis Purmerend", "het taalhuis in Purmerend")
    assert "Programme" not in {m.type for m in extract("t", text, gazetteer=load_gazetteer()).mentions}


# --- the Kabinet van de burgemeester and its contact person ---

CABINET = ("Gemeente Purmerend - nieuwsbericht\n\nBurgemeester Eva Visser van Purmerend reikte vandaag zes "
           "onderscheidingen uit.\n\nWilt u iemand voordragen? Neem dan contact op met het Kabinet van de "
           "burgemeester, contactpersoon Lotte Groen.\n")


def test_the_mayor_s_cabinet_is_part_of_the_mayor_s_town_and_has_a_contact_person():
    found = found_in(CABINET, "2024-04-26")
    assert ("Kabinet van de burgemeester", "partOf", "Purmerend", None) in found, found
    assert ("Lotte Groen", "hasRole", "Kabinet van de burgemeester", "contactpersoon") in found, found


def test_a_cabinet_with_no_mayor_named_has_no_town_and_het_kabinet_is_no_unit():
    text = CABINET.replace("Burgemeester Eva Visser van Purmerend reikte", "Eva Visser reikte") \
        + "Het kabinet heeft de regeling verlengd.\n"
    found = found_in(text, "2024-04-26")
    assert not {f for f in found if f[1] == "partOf"}, found
    assert [m.text for m in extract("t", text, gazetteer=load_gazetteer()).mentions
            if m.type == "OrganisationalUnit"] == ["Kabinet van de burgemeester"]


# --- a council's committee is part of its council's town ---

COUNCIL = ("GEMEENTERAAD DEVENTER\n\nRapport van de commissie onderzoek geloofsbrieven\n\nDeventer, 3 mei 2026\n\n"
           "De raad heeft een commissie ingesteld. De commissie bestond uit drie raadsleden.\n")


def test_a_council_s_report_committee_is_part_of_its_town():
    found = found_in(COUNCIL)
    assert ("commissie onderzoek geloofsbrieven", "partOf", "Deventer", None) in found, found


def test_a_committee_under_no_council_s_first_line_is_part_of_nothing():
    found = found_in(COUNCIL.replace("GEMEENTERAAD DEVENTER", "GEMEENTE DEVENTER"))
    assert not {f for f in found if f[1] == "partOf"}, found


# --- "Contactpersoon bij X voor het programma is Y" ---

CONTACT_AT = ("Programma Werkend Rijnland\n\nHet Programma Werkend Rijnland is in 2020 gestart door de gemeenten Leiden "
              "en Katwijk. Contactpersoon bij Divosa voor het programma is Jolien de Wit.\n")


def test_a_contact_at_a_body_for_a_programme_is_its_contact_and_works_at_the_body():
    found = found_in(CONTACT_AT)
    assert ("Jolien de Wit", "contactFor", "Programma Werkend Rijnland", None) in found, found
    assert ("Jolien de Wit", "affiliatedWith", "Divosa", None) in found, found


def test_a_contact_asked_about_is_no_contact():
    text = CONTACT_AT.replace("Contactpersoon bij Divosa voor het programma is Jolien de Wit.",
                              "Is de contactpersoon bij Divosa voor het programma Jolien de Wit?")
    assert not {f for f in found_in(text) if f[0] == "Jolien de Wit"}, found_in(text)


# --- a line that ends mid-phrase in a text only partly hard-wrapped ---

PARTLY_WRAPPED = ("Nieuws uit de raad\n\n"
                  "Het lid Van Dam is sinds 8 oktober 2025 woordvoerder wonen van\n"
                  "zijn fractie; hij volgde daarin het lid De Groot op, dat tot oktober 2025 die portefeuille had en nu "
                  "woordvoerder zorg is, een taak die hij met veel plezier vervult sinds hij in de raad kwam.\n"
                  "- Lid van de\n- Raad\n")


def test_a_line_ending_in_a_preposition_runs_on_into_the_next(tmp_path):
    from graph.ingest import read_document
    path = tmp_path / "bericht.txt"
    path.write_text(PARTLY_WRAPPED, encoding="utf-8")
    text = read_document(path).text
    assert "woordvoerder wonen van zijn fractie; hij volgde" in text, text
    assert "- Lid van de\n- Raad" in text, text  # list items keep their breaks


def test_a_short_line_or_a_line_ending_in_a_noun_keeps_its_break():
    from graph.mid_phrase_breaks import joined_mid_phrase
    assert joined_mid_phrase("Samenwerking met\nDe VNG werkt mee.") == "Samenwerking met\nDe VNG werkt mee."
    text = "Het lid Van Dam is sinds 8 oktober 2025 woordvoerder wonen\nZijn fractie is blij."
    assert joined_mid_phrase(text) == text


# --- "Hij werd als directeur opgevolgd door Y" after a sentence about something else ---

HONOURS = ("Lintjesregen\n\nKees Bakker (70), Wormer - Lid in de Orde van Oranje-Nassau\n\n"
           "De heer Bakker was van 1995 tot en met 2020 directeur-bestuurder van Woonstichting Wormerwonen. "
           "Onder zijn leiding sloot Wormerwonen in 2018 met de gemeente Wormerland het Wormer Woonpact. "
           "Sinds 2021 is hij voorzitter van de Historische Vereniging Wormer. "
           "Hij werd bij zijn pensionering als directeur opgevolgd door Anna de Wit.\n")


def test_a_successor_after_a_broken_chain_of_pronouns_takes_the_named_role():
    found = found_in(HONOURS, "2024-04-26")
    assert ("Anna de Wit", "succeeded", "Kees Bakker", None) in found, found
    assert ("Anna de Wit", "hasRole", "Woonstichting Wormerwonen", "directeur") in found, found


def test_a_role_the_one_succeeded_did_not_hold_passes_on_nothing():
    found = found_in(HONOURS.replace("als directeur opgevolgd", "als wethouder opgevolgd"), "2024-04-26")
    assert ("Anna de Wit", "succeeded", "Kees Bakker", None) in found, found
    assert not {f for f in found if f[0] == "Anna de Wit" and f[1] == "hasRole"}, found


def test_a_pronoun_after_a_new_paragraph_is_nobody_s():
    text = HONOURS.replace(" Hij werd bij", "\n\nHij werd bij")
    assert not {f for f in found_in(text, "2024-04-26") if f[1] == "succeeded"}, found_in(text, "2024-04-26")


def test_a_role_in_a_relative_clause_on_the_one_succeeded_is_no_role_passed_on():
    text = ("Nieuws\n\nHarm Veld wordt burgemeester van Gouda. Hij volgt Ingrid Dijk op, die na de verkiezingen is "
            "gestopt als burgemeester van Alphen aan den Rijn.\n\nAnna Kok is voorzitter van de pijler. Zij volgt "
            "Gerrit Koop op, die als wethouder van Deventer vier jaar voorzitter van de pijler was.\n")
    found = found_in(text)
    assert ("Harm Veld", "succeeded", "Ingrid Dijk", None) in found, found
    assert ("Harm Veld", "hasRole", "Alphen aan den Rijn", "burgemeester") not in found, found
    assert ("Anna Kok", "hasRole", "Deventer", "wethouder") not in found, found
