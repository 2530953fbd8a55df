"""Round 55t: the time of facts (invented text, invented programmes and people).

A founding or a signing told as done with its date starts the fact it gives: "Het programma … is in 2021
gestart door de gemeenten A en B" dates A's and B's initiative from 2021 and "Op 10 juni 2020
ondertekenden A en B de deal" their participation from that day, where the fact took the document's date
before. A decree that takes effect as a whole ("Dit besluit treedt in werking met ingang van 1 juni 2024")
starts the posts it designates, a table's remark "eerder burgemeester van X" is an earlier post, and a role told in a relative clause ("Y volgt X
op, die sinds 2022 voorzitter was") takes that clause's time, not the main clause's. Each rule has a case that fires and near misses (a plan, a denial, a date after the document's,
another kind of fact) it must leave alone; ``--as-of`` answers on a small built corpus follow the dates.
"""

from __future__ import annotations

import json
from functools import lru_cache

import pytest

from graph.cli import cli
from tests.extract_facts import dated_relations

DATE = "2024-09-16"


@lru_cache(maxsize=None)
def dated(text: str, predicate: str, date: str = DATE) -> frozenset:
    """(subject, object, past, from, until) of ``text``'s ``predicate`` relations, extracted once."""
    return frozenset((s, o, past, since, until) for s, o, _, past, since, until in dated_relations(text, date, predicate))


# --- a founding told as done with its date: the initiative starts then ---

@pytest.mark.parametrize("text, expected", [
    ("Het programma Werkroute Oost is in 2021 gestart door de gemeenten Ede en Delft.",
     {("Ede", "programma Werkroute Oost"), ("Delft", "programma Werkroute Oost")}),
    ("Het Talentpact Rivierland is in 2021 geïnitieerd door de gemeente Venlo en de Ondernemersvereniging Venlo.",
     {("Venlo", "Talentpact Rivierland"), ("Ondernemersvereniging Venlo", "Talentpact Rivierland")}),
    ("In 2021 heb ik als trekker samen met het ministerie van Sociale Zaken en Werkgelegenheid en Divosa het "
     "Actieprogramma Schuldenvrij Rivierstad opgezet.", {("Divosa", "Actieprogramma Schuldenvrij Rivierstad")}),
    ("In 2021 hebben Ede en Delft het programma Werkroute Oost opgezet.",
     {("Ede", "programma Werkroute Oost"), ("Delft", "programma Werkroute Oost")}),
    ("In 2021 nam hij samen met UWV en FNV het initiatief tot het Werkakkoord Rivierland.",
     {("FNV", "Werkakkoord Rivierland")}),
])
def test_a_founding_in_a_year_dates_the_initiative_from_that_year(text, expected):
    found = dated(text, "initiated")
    for subject, obj in expected:
        assert (subject, obj, False, "2021-01-01", None) in found, found


def test_a_founding_on_a_day_dates_it_from_that_day():
    found = dated("Het programma Werkroute Oost is op 1 september 2008 gestart door de gemeenten Ede en Delft.", "initiated")
    assert found == {("Ede", "programma Werkroute Oost", False, "2008-09-01", None),
                     ("Delft", "programma Werkroute Oost", False, "2008-09-01", None)}, found


def test_a_founding_in_a_relative_clause_dates_the_initiators_it_names():
    text = "Het Programma Werkroute Oost, dat de G40-pijler Sociaal Domein in 2022 heeft opgezet, helpt steden."
    assert dated(text, "initiated") == {("pijler Sociaal Domein", "Programma Werkroute Oost", False, "2022-01-01", None)}


@pytest.mark.parametrize("text", [
    "Het programma Werkroute Oost wordt in 2027 gestart door de gemeenten Ede en Delft.",  # a plan
    "Het programma Werkroute Oost gaat in 2023 van start; het wordt gestart door de gemeenten Ede en Delft.",  # a plan
    "Het programma Werkroute Oost is in 2025 gestart door de gemeenten Ede en Delft.",  # after the document's date
    "Het programma Werkroute Oost is gestart door de gemeenten Ede en Delft.",  # no date
])
def test_a_plan_a_later_date_or_no_date_leaves_the_initiative_undated(text):
    found = dated(text, "initiated")
    assert {(s, o) for s, o, *_ in found} == {("Ede", "programma Werkroute Oost"), ("Delft", "programma Werkroute Oost")}
    assert {(since, until) for *_, since, until in found} == {(None, None)}, found


def test_a_founding_date_gives_no_time_to_a_participation():
    # founding is the initiators' act: a participant joining later keeps its own time (none here)
    text = "Het programma Werkroute Oost is in 2021 gestart door de gemeente Ede; Delft doet mee."
    assert ("Delft", "programma Werkroute Oost", False, None, None) in dated(text, "participatesIn")


# --- a signing told as done with its date: the signatories take part from then ---

@pytest.mark.parametrize("text", [
    "Op 10 juni 2020 ondertekenden Ede, Delft en het ministerie van BZK de City Deal Werkplaatsen.",
    "De City Deal Werkplaatsen is op 10 juni 2020 ondertekend door Ede, Delft en het ministerie van BZK.",
])
def test_a_signing_on_a_day_starts_the_participation(text):
    assert dated(text, "participatesIn") == {(name, "City Deal Werkplaatsen", False, "2020-06-10", None)
                                             for name in ("Ede", "Delft", "BZK")}


@pytest.mark.parametrize("text", [
    "De City Deal Werkplaatsen wordt op 10 juni 2025 ondertekend door Ede en Delft.",  # a plan
    "De City Deal Werkplaatsen is op 10 juni 2020 niet ondertekend door Ede en Delft.",  # a denial
])
def test_a_planned_or_denied_signing_gives_no_start(text):
    assert all(since is None for *_, since, _ in dated(text, "participatesIn"))


# --- a decree that takes effect as a whole starts the designations it makes ---

DECREE = ("Aanwijzingsbesluit vertegenwoordiging Rivierstad 2025\n\n"
          "Het college van burgemeester en wethouders van de gemeente Ede;\n\nbesluit vast te stellen:\n\n"
          "Artikel 1 Pijler Sociaal\n"
          "1. Als vertegenwoordiger van Ede in de pijler Sociaal van de G40 wordt aangewezen: mevrouw A. (Anna) Kroes, "
          "wethouder Werk en Inkomen.\n\n"
          "Artikel 2 Themagroep Armoede en Schulden\n"
          "Mevrouw Kroes wordt tevens aangewezen als lid van de themagroep Armoede en Schulden.\n\n"
          "Artikel 3 Pijler Fysiek\n"
          "De aanwijzing van wethouder ir. B. (Bram) Wit (Wonen) als vertegenwoordiger in de pijler Fysiek blijft ongewijzigd.\n\n"
          "Artikel 4 Inwerkingtreding\nTAKES_EFFECT\n")


def test_a_decree_taking_effect_starts_the_posts_it_designates():
    found = dated(DECREE.replace("TAKES_EFFECT", "Dit besluit treedt in werking met ingang van 1 maart 2025."),
                  "hasRole", "2025-02-20")
    assert ("A. (Anna) Kroes", "pijler Sociaal", False, "2025-03-01", None) in found, found
    assert ("Kroes", "themagroep Armoede en Schulden", False, "2025-03-01", None) in found, found
    # the post an apposition names and a designation left as it was keep no start of the decree's
    assert ("A. (Anna) Kroes", "Ede", False, None, None) in found, found
    assert ("B. (Bram) Wit", "pijler Fysiek", False, None, None) in found, found


@pytest.mark.parametrize("closing", [
    "Dit besluit wordt aangehaald als: Aanwijzingsbesluit Rivierstad 2025.",  # no day it takes effect
    "Dit besluit treedt in werking met ingang van de dag na bekendmaking.",  # no date
])
def test_a_decree_without_a_day_of_taking_effect_leaves_its_designations_undated(closing):
    found = dated(DECREE.replace("TAKES_EFFECT", closing), "hasRole", "2025-02-20")
    assert ("A. (Anna) Kroes", "pijler Sociaal", False, None, None) in found, found
    assert ("Kroes", "themagroep Armoede en Schulden", False, None, None) in found, found


# --- a table's remark that opens with an earlier time: an earlier post ---

MAYORS = ("## Burgemeesters van Rivierstad\n\n| Naam | Van | Tot | Opmerkingen |\n|---|---|---|---|\n"
          "| Jan Smit | 1 mei 1946 | 1 januari 1963 | eerder burgemeester van Ede |\n"
          "| Piet Kok | 1 juli 1979 | 15 maart 1980 | waarnemend; was burgemeester van Delft |\n"
          "| Kees Mol | 1980 | 1995 | daarvoor burgemeester van Breda |\n"
          "| Eva Bos | 1995 | 2001 | burgemeester van Zwolle |\n"
          "| Ina Wit | 2001 | 2009 | thans burgemeester van Emmen |\n")


def test_a_remark_opening_with_an_earlier_time_is_an_earlier_post():
    found = dated(MAYORS, "hasRole", "2026-01-10")
    for person, town in (("Jan Smit", "Ede"), ("Piet Kok", "Delft"), ("Kees Mol", "Breda")):
        assert (person, town, True, None, None) in found, found
    # a remark without an earlier time, or with "thans", is not in the past
    for person, town in (("Eva Bos", "Zwolle"), ("Ina Wit", "Emmen")):
        assert (person, town, False, None, None) in found, found


# --- "…; zij volgde in 2023 X op als voorzitter": a bare year before the one succeeded ---

@pytest.mark.parametrize("when, start, end", [("in 2023", "2023-01-01", "2022-12-31"),
                                              ("in mei 2023", "2023-05-01", "2023-04-30")])
def test_a_pronoun_following_in_a_later_clause_with_a_year_dates_both_holders(when, start, end):
    text = (f"Namens de pijler voert wethouder Anna Kok (Ede) het gesprek; zij volgde {when} Jan Smit (Delft) op "
            "als voorzitter van de pijler Economie en Werk.")
    found = dated(text, "hasRole", "2024-04-18")
    assert ("Anna Kok", "pijler Economie en Werk", False, start, None) in found, found
    assert ("Jan Smit", "pijler Economie en Werk", True, None, end) in found, found
    assert dated(text, "succeeded", "2024-04-18") == {("Anna Kok", "Jan Smit", False, start, None)}


def test_a_pronoun_following_something_else_than_a_person_succeeds_no_one():
    text = ("Namens de pijler voert wethouder Anna Kok (Ede) het gesprek; zij volgde in 2023 de lessen van Jan Smit "
            "(Delft) als voorzitter van de pijler Economie en Werk.")
    assert dated(text, "succeeded", "2024-04-18") == frozenset()
    assert ("Jan Smit", "pijler Economie en Werk", False, None, None) in dated(text, "hasRole", "2024-04-18")


# --- a role told in a relative clause takes that clause's time alone ---

def test_a_relative_clause_after_the_one_succeeded_dates_their_post():
    text = ("De themagroep Jeugd krijgt per 1 april 2026 een nieuwe voorzitter: Anna Kok (Ede) volgt dan Jan Smit "
            "(Delft) op, die sinds 2022 voorzitter was.")
    found = dated(text, "hasRole", "2025-11-20")
    assert ("Jan Smit", "themagroep Jeugd", False, "2022-01-01", "2026-03-31") in found, found
    assert ("Anna Kok", "themagroep Jeugd", False, "2026-04-01", None) in found, found


@pytest.mark.parametrize("text, expected", [
    # the main clause's start is the new post's, not the earlier one's
    ("Per 1 mei 2024 is Jan Smit, die eerder voorzitter was van de themagroep Jeugd, directeur van de GGD Rivierland.",
     ("Jan Smit", "themagroep Jeugd", True, None, None)),
    ("Jan Smit, die sinds 2019 voorzitter is van de themagroep Jeugd, wordt per 1 mei 2026 directeur van de GGD "
     "Rivierland.", ("Jan Smit", "themagroep Jeugd", False, "2019-01-01", None)),
])
def test_a_relative_clause_keeps_its_own_time_not_the_main_clause(text, expected):
    found = dated(text, "hasRole", "2025-11-20")
    assert expected in found, found
    assert ("Jan Smit", "GGD Rivierland", False, "2026-05-01" if "2026" in text else "2024-05-01", None) in found, found


# --- --as-of follows the dates: before the founding or signing the fact is not yet known ---

DOCUMENTS = {
    "geschiedenis-werkplaatsen": ("2024-09-16", "Geschiedenis van de City Deal Werkplaatsen\n\n"
                                  "Op 10 juni 2020 ondertekenden Ede en Delft de City Deal Werkplaatsen.\n"),
    "aanwijzingsbesluit-ede": ("2025-02-20", DECREE.replace(
        "TAKES_EFFECT", "Dit besluit treedt in werking met ingang van 1 maart 2025.")),
    "burgemeesters-rivierstad": ("2026-01-10", MAYORS),
    "nieuws-ggd-rivierland": ("2025-11-20", "Nieuwe directeur GGD Rivierland\n\nJan Smit, die sinds 2019 voorzitter is "
                              "van de themagroep Jeugd, wordt per 1 mei 2026 directeur van de GGD Rivierland.\n"),
}


@pytest.fixture(scope="module")
def kg(tmp_path_factory):
    from tests.documents import built_from

    return built_from(tmp_path_factory.mktemp("r55t"), DOCUMENTS)


def _cities(kg, *window):
    from click.testing import CliRunner

    result = CliRunner().invoke(cli, ["--graph", str(kg), "ask", "g40-cities-programmes", "--format", "json", *window])
    assert result.exit_code == 0, result.output
    return sorted((r["cityLabel"], r["programmeLabel"]) for r in json.loads(result.output)["rows"])


def test_as_of_knows_a_signed_deal_from_the_signing_day(kg):
    deal = "City Deal Werkplaatsen"
    # the document is of 2024, but the text says since when: the state of 2021 knows the signatories
    assert _cities(kg, "--as-of", "2021-01-01") == [("Delft", deal), ("Ede", deal)]
    assert _cities(kg, "--as-of", "2020-06-10") == [("Delft", deal), ("Ede", deal)]
    assert _cities(kg, "--as-of", "2020-06-09") == []


def _roles(kg, unit, role, *window):
    from tests.documents import unit_role_timeline

    return unit_role_timeline(kg, unit, role, *window)


def test_as_of_knows_a_designation_from_the_day_its_decree_takes_effect(kg):
    # the decree is of 20 February and takes effect on 1 March: on 25 February she is not yet the representative
    assert _roles(kg, "Pijler Sociaal", "vertegenwoordiger", "--as-of", "2025-02-25") == []
    assert _roles(kg, "Pijler Sociaal", "vertegenwoordiger", "--as-of", "2025-03-01") == [("Anna Kroes", "2025-03-01", None)]


def test_as_of_leaves_out_an_earlier_post_from_a_remark(kg):
    # "eerder burgemeester van Ede" had ended by the list's date; "burgemeester van Zwolle" had not
    assert _roles(kg, "Ede", "burgemeester", "--as-of", "2026-01-10") == []
    assert _roles(kg, "Zwolle", "burgemeester", "--as-of", "2026-01-10") == [("Eva Bos", "2026-01-10", None)]


def test_as_of_knows_a_chair_since_the_year_its_relative_clause_gives(kg):
    # the news item is of November 2025; "die sinds 2019 voorzitter is" makes him the chair in 2023 already
    assert _roles(kg, "Themagroep Jeugd", "voorzitter", "--as-of", "2023-06-01") == [("Jan Smit", "2019-01-01", None)]
    assert _roles(kg, "Themagroep Jeugd", "voorzitter", "--as-of", "2018-06-01") == []
