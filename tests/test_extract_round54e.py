"""Round 54e: heldout39's genres as rules of Dutch and of the domain (invented text, invented people).

Each rule has a text it reads and a near miss it must leave alone: a hard-wrapped Markdown file's and an HTML
paragraph's wrapped lines, "X is sinds 2022 een samenwerking van A en B", a fair and its exhibitor table, a
workshop table's organisers, an organisation named by a compound on its kind ("Binnenstadscoöperatie Assen"),
a committee's member lines with a role in brackets, an abstract's authors with numbered affiliations.
"""

from __future__ import annotations

from functools import lru_cache
from pathlib import Path

from graph.ingest import read_document
from tests.extract_facts import dated_relations, facts, mentions


@lru_cache(maxsize=None)
def found_in(text: str, date: str = "2025-03-01") -> frozenset:
    """The facts of ``text``, extracted once per module however many tests ask."""
    return frozenset(facts(text, date))


def _document_facts(tmp_path: Path, name: str, content: str) -> set[tuple]:
    """The facts of a file as ingest reads it (its markup gone, its wrapped lines joined or not)."""
    path = tmp_path / name
    path.write_text(content, encoding="utf-8")
    return facts(read_document(path).text, "2025-03-01")


# --- a hard-wrapped Markdown file and an HTML paragraph wrapped in its source ---

WRAPPED_MD = ("# Stageverslag gemeente Emmen\n\n"
              "## Netwerken\n\n"
              "In mijn stage heb ik veel geleerd over de netwerken waarin de gemeente actief is, en over de manier\n"
              "waarop de gemeente daarin samen met andere overheden en met maatschappelijke partners optrekt.\n"
              "De Stedenagenda Zuidoost is een samenwerking van de gemeenten Emmen, Coevorden en\n"
              "Hoogeveen met de provincie Drenthe. Het bestuurlijk overleg komt vier keer per jaar bijeen en\n"
              "bespreekt dan de voortgang van alle projecten die binnen de agenda worden uitgevoerd door de\n"
              "deelnemende partijen, samen met ondernemers en onderwijsinstellingen uit de hele regio.\n")


def test_a_hard_wrapped_markdown_paragraph_is_read_as_whole_sentences(tmp_path):
    found = _document_facts(tmp_path, "verslag.md", WRAPPED_MD)
    for town in ("Emmen", "Coevorden", "Hoogeveen", "Drenthe"):
        assert (town, "participatesIn", "Stedenagenda Zuidoost", None) in found, found


def test_markdown_lines_that_are_fields_keep_their_breaks(tmp_path):
    text = ("# Projectkaart\n\n"
            "Projectleider: Eva Brouwer\n"
            "Opdrachtgever: gemeente Emmen\n"
            "Partners: provincie Drenthe\n")
    path = tmp_path / "kaart.md"
    path.write_text(text, encoding="utf-8")
    assert "Projectleider: Eva Brouwer\nOpdrachtgever: gemeente Emmen\n" in read_document(path).text


def test_an_html_paragraph_wrapped_in_its_source_is_one_line(tmp_path):
    page = ("<html><body><h1>Bouwhub</h1>\n<p>De Bouwhub Noord is een samenwerking van de gemeente Assen en\n"
            "de gemeente Emmen.</p></body></html>")
    path = tmp_path / "bouwhub.html"
    path.write_text(page, encoding="utf-8")
    assert "De Bouwhub Noord is een samenwerking van de gemeente Assen en de gemeente Emmen." in read_document(path).text


def test_html_elements_on_lines_of_their_own_stay_lines(tmp_path):
    page = ("<html><body><div class=\"kaart\">\n  <span class=\"naam\">Eva Brouwer</span>\n"
            "  <span class=\"functie\">Beleidsadviseur</span>\n</div><pre>regel een\nregel twee</pre></body></html>")
    path = tmp_path / "kaart.html"
    path.write_text(page, encoding="utf-8")
    text = read_document(path).text
    assert "Eva Brouwer\nBeleidsadviseur" in text
    assert "regel een\nregel twee" in text


# --- "X is sinds 2022 een samenwerking van A en B" ---

def test_a_partnership_with_its_start_between_verb_and_kind():
    text = "De Twentse Stedenagenda is sinds 2022 een samenwerking van de gemeenten Almelo en Hengelo met de provincie Overijssel."
    found = found_in(text)
    for town in ("Almelo", "Hengelo", "Overijssel"):
        assert (town, "participatesIn", "Twentse Stedenagenda", None) in found
    dated = dated_relations(text, "2025-03-01", "participatesIn")
    assert ("Almelo", "Twentse Stedenagenda", None, False, "2022-01-01", None) in dated


def test_a_partnership_named_with_no_programme_before_it_states_no_participation():
    found = found_in("Sinds 2022 is er een samenwerking van de gemeenten Almelo en Hengelo met de provincie Overijssel.")
    assert not any(f[1] == "participatesIn" for f in found)


# --- a fair and its exhibitor table ---

FAIR = ("Woonbeurs Noord 2025 — standhouders\n\n"
        "De Woonbeurs Noord wordt georganiseerd door de Stichting Wonen Noord.\n\n"
        "Standhouders\n\n"
        "| Stand | Standhouder | Mede-exposanten | Contactpersoon |\n"
        "|---|---|---|---|\n"
        "| A1 | Gemeente Assen | gemeente Emmen | Eva Brouwer, beleidsadviseur |\n"
        "| B2 | Provincie Drenthe | — | Jan de Boer, programmamanager Wonen |\n")


def test_a_named_fair_is_an_event_and_its_exhibitors_take_part_in_it():
    assert "Woonbeurs Noord 2025" in mentions(FAIR, "Event")
    found = found_in(FAIR)
    assert ("Stichting Wonen Noord", "organised", "Woonbeurs Noord", None) in found
    for exhibitor in ("Assen", "Emmen", "Drenthe"):
        assert (exhibitor, "participatesIn", "Woonbeurs Noord 2025", None) in found, found


def test_a_venue_or_a_grant_on_beurs_is_no_fair():
    assert mentions("Het congres vond plaats in de Jaarbeurs Utrecht. Zij kreeg een studiebeurs.", "Event") == []


# --- a workshop table's organisers ---

WORKSHOPS = ("Programma Stedendag Noord\n\n"
             "| Tijd | Workshop | Organisatie | Sprekers |\n"
             "|---|---|---|---|\n"
             "| 11.00 | Wonen boven winkels | Provincie Drenthe en gemeente Assen | Eva Brouwer (wethouder Assen) |\n"
             "| 14.00 | Werk in de wijk | G40 Pijler Sociaal Domein | Jan de Boer (Divosa) |\n")


def test_a_workshop_tables_titles_are_sessions_organised_by_their_row():
    assert mentions(WORKSHOPS, "Event")[-2:] == ["Wonen boven winkels", "Werk in de wijk"]
    found = found_in(WORKSHOPS)
    assert ("Drenthe", "organised", "Wonen boven winkels", None) in found
    assert ("Assen", "organised", "Wonen boven winkels", None) in found
    assert ("Pijler Sociaal Domein", "organised", "Werk in de wijk", None) in found
    assert not any(f[0] == "G40" and f[1] == "organised" for f in found)


def test_a_timetable_without_a_workshop_column_names_no_sessions():
    text = ("Programma Stedendag Noord\n\n"
            "| Tijd | Onderdeel | Organisatie |\n"
            "|---|---|---|\n"
            "| 11.00 | Wonen boven winkels | Provincie Drenthe |\n")
    assert "Wonen boven winkels" not in mentions(text, "Event")
    assert not any(f[1] == "organised" for f in found_in(text))


# --- an organisation named by a compound on its kind ---

def test_a_compound_on_an_organisations_kind_opens_its_name_with_the_town_in_it():
    text = ("Het project is in 2023 gestart door de gemeente Assen en de Binnenstadscoöperatie Assen. "
            "Ook de Ondernemersvereniging Binnenstad Emmen doet mee.")
    assert mentions(text, "Organisation") == ["Binnenstadscoöperatie Assen", "Ondernemersvereniging Binnenstad Emmen"]


def test_a_lower_case_kind_before_in_and_a_town_names_the_town():
    text = "De ondernemersvereniging in Assen doet mee aan het project."
    assert mentions(text, "Organisation") == []
    assert mentions(text, "Municipality") == ["Assen"]


# --- a committee's member lines with the role in brackets ---

COMMITTEE = ("Congres Wonen 2025\n\n"
             "Programmacommissie\n"
             "  Anneloes Brouwer, gemeente Ede (voorzitter)\n"
             "  Jan de Boer, Platform31\n"
             "  Marit Kuipers, Stedennetwerk G40 (secretaris)\n\n"
             "De commissie koos twaalf bijdragen.\n")


def test_a_member_lines_closing_bracket_gives_the_role_in_the_committee():
    found = found_in(COMMITTEE)
    assert ("Anneloes Brouwer", "hasRole", "programmacommissie", "voorzitter") in found
    assert ("Marit Kuipers", "hasRole", "programmacommissie", "secretaris") in found
    assert ("Jan de Boer", "participatesIn", "programmacommissie", None) in found


def test_a_bracket_that_holds_no_role_word_leaves_plain_membership():
    found = found_in(COMMITTEE.replace("(voorzitter)", "(2019)"))
    assert ("Anneloes Brouwer", "participatesIn", "programmacommissie", None) in found
    assert not any(f[0] == "Anneloes Brouwer" and f[1] == "hasRole" and f[2] == "programmacommissie" for f in found)


# --- an abstract's authors with numbered affiliations ---

ABSTRACT = ("A1  Samen bouwen in de regio\n\n"
            "Eva Brouwer (1), Jan de Boer (2), Piet Kok (1, 2)\n"
            "(1) Gemeente Deventer  (2) Woningcorporatie Goed Wonen\n\n"
            "De gemeenten bouwen samen betaalbare woningen.\n")


def test_a_bylines_numbers_give_each_author_the_affiliation_of_the_key():
    found = found_in(ABSTRACT)
    assert ("Eva Brouwer", "affiliatedWith", "Deventer", None) in found
    assert ("Jan de Boer", "affiliatedWith", "Woningcorporatie Goed Wonen", None) in found
    assert ("Piet Kok", "affiliatedWith", "Deventer", None) in found
    assert ("Piet Kok", "affiliatedWith", "Woningcorporatie Goed Wonen", None) in found
    assert not any(f[0] == "Eva Brouwer" and f[2] == "Woningcorporatie Goed Wonen" for f in found)


def test_numbers_with_no_key_under_the_byline_give_no_affiliation():
    text = ("A1  Samen bouwen in de regio\n\n"
            "Eva Brouwer (1), Jan de Boer (2)\n\n"
            "De gemeenten bouwen samen: (1) Gemeente Deventer en (2) Woningcorporatie Goed Wonen.\n")
    assert not any(f[1] == "affiliatedWith" for f in found_in(text))


# --- a plain text wrapped at a hundred characters, a word or two past it here and there ---

WRAPPED_TXT = ("Gemeente Ede - Nieuws\n\n"
               "Lintjesregen 2024\n\n"
               "Mevrouw Jansen-Kok was van 2006 tot en met 2022 lid van de gemeenteraad van Ede, waarvan zij van 2014\n"
               "tot en met 2018 fractievoorzitter was. Zij zette zich al die jaren in voor de wijken en de sportverenigingen\n"
               "van de stad. Sinds 2019 is zij voorzitter van Stichting Voedselbank Ede. Daarnaast is zij sinds 2016\n"
               "bestuurslid van de stichting Wijkraad Veldhuizen en vrijwilliger bij de bibliotheek, waar zij taalcursussen\n"
               "geeft aan nieuwkomers uit de hele gemeente. De heer Bos was van 1998 tot en met 2021 directeur-bestuurder\n"
               "van Woonstichting Goed Wonen Ede en daarna voorzitter van de huurdersvereniging in zijn eigen wijk, waar hij\n"
               "zich inzette voor betaalbare woningen voor iedereen die in Ede wil wonen, jong en oud, met en zonder baan.\n")


def test_a_text_wrapped_at_a_hundred_with_longer_lines_is_read_as_paragraphs(tmp_path):
    path = tmp_path / "lintjes.txt"
    path.write_text(WRAPPED_TXT, encoding="utf-8")
    text = read_document(path).text
    assert "Sinds 2019 is zij voorzitter van Stichting Voedselbank Ede. Daarnaast is zij sinds 2016 bestuurslid" in text


def test_a_text_of_one_paragraph_per_line_is_left_as_it_is(tmp_path):
    text = ("Nieuws\n\n"
            "Ede en Wageningen werken samen in de Foodvalley en doen mee aan de Regio Deal Foodvalley van het Rijk.\n"
            "De gemeente Ede is penvoerder van de Regio Deal en beheert het budget van de deal voor alle partners.\n")
    path = tmp_path / "nieuws.txt"
    path.write_text(text, encoding="utf-8")
    assert "Rijk.\nDe gemeente Ede" in read_document(path).text


# --- a local party named after its town ---

COUNCIL = ("Rapport van de commissie\n\n"
           "Na de verkiezingen hebben de fracties van Lokaal Assen, Assen Groen en Assen Sociaal een akkoord gesloten.\n\n"
           "2.1 Marco de Jong (Lokaal Assen), voorgesteld portefeuille Economie\n\n"
           "De heer De Jong is sinds april 2022 fractievoorzitter van Assen Groen.\n")


def test_a_local_party_after_de_fracties_van_is_an_organisation_and_so_are_its_later_uses():
    assert mentions(COUNCIL, "Organisation") == ["Lokaal Assen", "Assen Groen", "Assen Sociaal", "Lokaal Assen", "Assen Groen"]
    found = found_in(COUNCIL)
    assert ("Marco de Jong", "affiliatedWith", "Lokaal Assen", None) in found
    assert ("Marco de Jong", "hasRole", "Assen Groen", "fractievoorzitter") in found


def test_parties_without_a_town_or_a_town_alone_are_no_local_parties():
    text = "Na de verkiezingen hebben de fracties van GroenLinks en D66 een akkoord gesloten. De fractie van Assen stemde in."
    assert mentions(text, "Organisation") == []
    assert mentions(text, "Municipality") == ["Assen"]


# --- a glossary's entries: a body's members, the programme's participants ---

GLOSSARY = ("Begrippenlijst Programma Werk Samen\n\n"
            "Stuurgroep:\n"
            "Het hoogste orgaan van het programma. Leden: wethouder Eva Smit (Gouda, voorzitter), wethouder Jan Kok "
            "(Ede) en Piet Bos, regiomanager van UWV. Sinds 1 januari 2024 is ook wethouder Ali Bakir (Zeist) lid.\n\n"
            "Deelnemende gemeenten:\n"
            "Gouda, Ede (sinds 2023) en Zeist (sinds 1 januari 2024). De gemeente Utrecht overweegt deelname.\n")


def test_a_glossary_entry_of_a_body_gives_its_members_and_the_chairs_role():
    found = found_in(GLOSSARY)
    body = "Stuurgroep Programma Werk Samen"  # the programme's stuurgroep, as resolution names it
    assert ("Eva Smit", "hasRole", body, "voorzitter") in found
    for member in ("Jan Kok", "Piet Bos", "Ali Bakir"):
        assert (member, "participatesIn", body, None) in found, found
    dated = dated_relations(GLOSSARY, "2025-03-01", "participatesIn")
    assert ("Ali Bakir", "Stuurgroep", None, False, "2024-01-01", None) in dated


def test_a_glossarys_participating_towns_take_part_in_the_programme_of_its_title():
    found = found_in(GLOSSARY)
    for town in ("Gouda", "Ede", "Zeist"):
        assert (town, "participatesIn", "Programma Werk Samen", None) in found
    assert ("Utrecht", "participatesIn", "Programma Werk Samen", None) not in found
    dated = dated_relations(GLOSSARY, "2025-03-01", "participatesIn")
    assert ("Ede", "Programma Werk Samen", None, False, "2023-01-01", None) in dated


def test_members_after_leden_outside_a_glossary_entry_are_not_read_as_its_members():
    text = ("Begrippenlijst Programma Werk Samen\n\n"
            "Inclusieve arbeidsmarkt:\n"
            "Een arbeidsmarkt waarop iedereen werkt. Leden: wethouder Eva Smit (Gouda) en Jan Kok (Ede).\n")
    assert not any(f[0] in ("Eva Smit", "Jan Kok") and f[1] == "participatesIn" for f in found_in(text))


# --- "Aan dat programma doen inmiddels de gemeenten A, B, C, D en E mee" ---

def test_an_adverb_before_a_long_list_of_towns_that_take_part():
    text = ("In 2024 is het Actieprogramma Schone Stad opgezet. Aan dat programma doen inmiddels de gemeenten "
            "Almere, Zoetermeer, Hoorn, Helmond en Deventer mee.")
    found = found_in(text)
    for town in ("Almere", "Zoetermeer", "Hoorn", "Helmond", "Deventer"):
        assert (town, "participatesIn", "Actieprogramma Schone Stad", None) in found, found


def test_a_long_list_of_towns_after_a_hedge_takes_no_part():
    text = ("In 2024 is het Actieprogramma Schone Stad opgezet. Aan dat programma doen volgens de wethouder straks "
            "misschien de gemeenten Almere, Zoetermeer, Hoorn, Helmond en Deventer mee.")
    assert not any(f[1] == "participatesIn" for f in found_in(text))
