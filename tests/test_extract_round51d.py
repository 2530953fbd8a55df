"""Round 51d: heldout35's leftovers as rules of Dutch and of the domain (invented people and bodies)."""

from __future__ import annotations

from functools import lru_cache

from graph.extract.arrangement_boards import arrangement_boards
from tests.extract_facts import dated_relations, facts, mentions

#: the bestuur chapter of a joint arrangement's jaarverslag, worded unlike heldout35's
ARRANGEMENT = ("Jaarverslag 2024 – Omgevingsdienst Lingestreek\n\n"
               "Gemeenschappelijke regeling Omgevingsdienst Lingestreek (GR OL)\n\n"
               "## Bestuur\n\n"
               "De deelnemende gemeenten zijn Culemborg, Tiel en Buren.\n\n"
               "| gemeente | lid algemeen bestuur | functie in het dagelijks bestuur |\n|---|---|---|\n"
               "| Tiel | wethouder Marieke Zondervan | – |\n"
               "| Culemborg | wethouder B. (Bas) Hoefnagel (vanaf 3 februari 2024) | secretaris |\n"
               "| Buren | wethouder Anton Riethoven | voorzitter (sinds 1 mei 2024) |\n\n"
               "Wethouder Riethoven is voorzitter van zowel het algemeen als het dagelijks bestuur.\n\n"
               "## Rekenkamercommissie\n\n"
               "De rekenkamercommissie rapporteert aan het algemeen bestuur. Voorzitter is raadslid Olga Duinker (Tiel).\n\n"
               "De raad van Buren onderzoekt of de gemeente per 2026 uittreedt. Tot die tijd neemt Buren gewoon deel.\n\n"
               "De Omgevingsdienst is lid van de Omgevingsdiensten Nederland en werkt samen met het Gelders Landschap.\n")


@lru_cache(maxsize=1)
def arrangement_facts() -> frozenset:
    return frozenset(facts(ARRANGEMENT, date="2025-03-01"))


def test_an_arrangements_boards_are_its_units():
    found = arrangement_facts()
    assert {("Algemeen bestuur Omgevingsdienst Lingestreek", "partOf", "Omgevingsdienst Lingestreek", None),
            ("Dagelijks bestuur Omgevingsdienst Lingestreek", "partOf", "Omgevingsdienst Lingestreek", None)} <= found, found


def test_the_deelnemende_gemeenten_take_part_in_the_arrangement():
    found = arrangement_facts()
    assert {(town, "participatesIn", "Omgevingsdienst Lingestreek", None) for town in ("Culemborg", "Tiel", "Buren")} <= found
    assert not {f for f in found if f[1] == "participatesIn" and f[2].endswith("bestuur Omgevingsdienst Lingestreek")}, found


def test_a_board_tables_rows_give_membership_and_function():
    found = arrangement_facts()
    ab, db = "Algemeen bestuur Omgevingsdienst Lingestreek", "Dagelijks bestuur Omgevingsdienst Lingestreek"
    assert {("Marieke Zondervan", "hasRole", ab, "lid"), ("Bas Hoefnagel", "hasRole", ab, "lid"),
            ("Bas Hoefnagel", "hasRole", db, "secretaris"), ("Anton Riethoven", "hasRole", db, "voorzitter"),
            ("Anton Riethoven", "hasRole", ab, "voorzitter")} <= found, found
    assert ("Anton Riethoven", "hasRole", ab, "lid") not in found  # named as its chair
    assert ("Marieke Zondervan", "hasRole", db, None) not in found
    dated = dated_relations(ARRANGEMENT, "2025-03-01")
    assert any(d[0] == "B. (Bas) Hoefnagel" and d[2] == "lid" and d[4] == "2024-02-03" for d in dated), dated
    assert any(d[0] == "Anton Riethoven" and d[2] == "voorzitter" and d[4] == "2024-05-01" for d in dated), dated


def test_a_committee_advising_the_board_keeps_its_chair_and_the_short_name_is_the_arrangement():
    found = arrangement_facts()
    assert ("Olga Duinker", "hasRole", "rekenkamercommissie", "voorzitter") in found, found
    assert ("Omgevingsdienst Lingestreek", "participatesIn", "Omgevingsdiensten Nederland", None) in found \
        or ("Omgevingsdienst Lingestreek", "affiliatedWith", "Omgevingsdiensten Nederland", None) in found, found


def test_a_text_of_several_arrangements_reads_no_boards_of_one():
    text = ("7.2 Gemeenschappelijke regelingen\n\nGemeenschappelijke regeling Veiligheidsregio Rivierenland: "
            "wethouder Eva Smit is lid van het algemeen bestuur.\n\nGemeenschappelijke regeling Avri: "
            "wethouder Jan Bos is lid van het dagelijks bestuur.\n")
    assert arrangement_boards(text, []) == []
    assert not {f for f in facts(text) if "bestuur " in f[2]}, facts(text)


#: a shared project's README, worded unlike heldout35's
README = ("# Buurtmeter\n\nBuurtmeter is een open source app voor wijkteams van middelgrote steden.\n\n"
          "## Wie onderhoudt het\n\n| stad | maintainer | functie |\n|---|---|---|\n"
          "| Deventer | Pieter Wolterbeek | product owner |\n| Zwolle | Ilona Stegeman | data engineer |\n\n"
          "Voormalige maintainers: Ruben Achterhof (Almere, 2019–2022) en Gijs Tamminga (Zwolle).\n\n"
          "- Community manager: Yvonne Ebbinge (Deventer)\n"
          "- Product owner: per 1 maart 2024 Karin Dalhuisen (gemeente Zwolle). Zij volgde Hans Olthof (Deventer) op.\n")


def test_a_readmes_maintainers_hold_their_roles_in_the_project():
    found = facts(README, date="2025-01-01")
    assert {("Pieter Wolterbeek", "hasRole", "Buurtmeter", "maintainer"),
            ("Pieter Wolterbeek", "hasRole", "Buurtmeter", "product owner"),
            ("Ilona Stegeman", "hasRole", "Buurtmeter", "data engineer"),
            ("Ruben Achterhof", "hasRole", "Buurtmeter", "maintainer"),
            ("Gijs Tamminga", "hasRole", "Buurtmeter", "maintainer"),
            ("Yvonne Ebbinge", "hasRole", "Buurtmeter", "community manager")} <= found, found
    dated = dated_relations(README, "2025-01-01")
    assert ("Ruben Achterhof", "Buurtmeter", "maintainer", True, "2019-01-01", "2022-12-31") in dated, dated
    assert ("Gijs Tamminga", "Buurtmeter", "maintainer", True, None, None) in dated, dated
    assert ("Karin Dalhuisen", "Buurtmeter", "product owner", False, "2024-03-01", None) in dated, dated
    assert ("Hans Olthof", "Buurtmeter", "product owner", True, None, "2024-02-29") in dated, dated


def test_a_committee_named_again_by_its_kind_word_gets_the_listed_members_and_its_supporter():
    text = ("Gemeente Oss\n\nDe profielschets is opgesteld door de vertrouwenscommissie, voorgezeten door raadslid "
            "Wim Hagedoorn. De commissie bestond daarnaast uit de raadsleden Fenna Brouwer en Sander Sijbesma. "
            "Raadsgriffier Linda Verstappen ondersteunde de commissie als secretaris.")
    found = facts(text, date="2024-05-01")
    assert {("Fenna Brouwer", "hasRole", "vertrouwenscommissie", "lid"),
            ("Sander Sijbesma", "hasRole", "vertrouwenscommissie", "lid"),
            ("Linda Verstappen", "hasRole", "vertrouwenscommissie", "secretaris")} <= found, found
    assert ("Wim Hagedoorn", "hasRole", "vertrouwenscommissie", "lid") not in found


def test_a_kind_word_with_two_bodies_of_that_kind_before_it_names_neither():
    text = ("Gemeente Oss\n\nDe rekenkamercommissie en de vertrouwenscommissie vergaderden. "
            "De commissie bestond uit de raadsleden Fenna Brouwer en Sander Sijbesma.")
    assert not {f for f in facts(text, date="2024-05-01") if f[3] == "lid"}, facts(text, date="2024-05-01")


def test_a_hyphenated_given_name_whose_second_part_is_not_listed_is_one_person():
    assert mentions("Ambtelijk trekker: wethouder Eva-Marlijn Oosterbroek (Zorg)", "Person") == ["Eva-Marlijn Oosterbroek"]
    assert mentions("Daarna zei mevrouw Roos-Vermeer dat het klaar is.", "Person") == ["Roos-Vermeer"]


def test_a_plural_with_an_apostrophe_inside_a_units_name_is_part_of_it():
    text = "Het directoraat kent de Directie Agenda's Binnenstad en de Directie Woningmarkt."
    assert mentions(text, "OrganisationalUnit")[-2:] == ["Directie Agenda's Binnenstad", "Directie Woningmarkt"]


def test_the_object_of_a_first_verb_does_not_join_what_the_second_verb_names():
    found = facts("Gemeente Almelo\n\nAlmelo valt onder de Regio Twente, maakt deel uit van de Veiligheidsregio Twente "
                  "en is lid van de VNG.", date="2025-01-01")
    assert ("Almelo", "participatesIn", "VNG", None) in found, found
    assert not {f for f in found if f[0] != "Almelo" and f[2] == "VNG"}, found


def test_a_numbered_items_name_takes_the_first_word_the_text_spells_elsewhere():
    text = ("| agendapunt | bespreking |\n|---|---|\n"
            "| 3. Gezonde Wijken Akkoord | Breda en Tilburg doen mee aan het Gezonde Wijken Akkoord. |\n")
    assert mentions(text, "Programme") == ["Gezonde Wijken Akkoord", "Gezonde Wijken Akkoord"]


def test_an_office_held_before_in_a_municipality_that_merged_away_names_that_municipality():
    text = "Lijst van burgemeesters van Nijkerk\n\nHendrik Beumer was eerder burgemeester van Hoevelaken."
    assert ("Hendrik Beumer", "hasRole", "Hoevelaken", "burgemeester") in facts(text, date="2026-01-01")
    assert mentions("De wethouder van Hoevelaken sprak.", "Municipality", date="2026-01-01") == []
