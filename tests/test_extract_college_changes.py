"""A college's composition and its portfolio changes keep their stated starts and portfolios
(walkthrough 23, findings 2 and 4). All people are invented.

"Het college bestaat per 13 mei 2026 uit:" dates every listed role from that day, and "- wethouder
X: Sociaal Domein en Zorg;" gives the portfolio after the colon; "wethouder X is per 1 november 2026
wethouder Economie en Werk" keeps both the start and the portfolio.
"""

from __future__ import annotations

from graph.extract import extract
from graph.gazetteer import load_gazetteer

LIST = ("Gemeente Ede\n\nHet college bestaat per 13 mei 2026 uit:\n\n"
        "- burgemeester Anna de Boer: Openbare Orde en Veiligheid;\n"
        "- wethouder Jan Smit: Sociaal Domein en Zorg;\n"
        "- wethouder Eva Kok: Mobiliteit, Sport en Cultuur.\n\nWij wensen hen succes.\n")
SWAP = ("Gemeente Ede\n\nHet college heeft besloten tot een portefeuillewissel:\n\n"
        "- wethouder Jan Smit is per 1 november 2026 wethouder Economie en Werk;\n"
        "- wethouder Eva Kok is per 1 november 2026 wethouder Sociaal Domein en Zorg.\n")


def roles(text: str, date: str) -> list[tuple]:
    found = extract("t", text, gazetteer=load_gazetteer(), date=date)
    return sorted((r.subject.text, r.role, r.portfolio, r.object.text, r.valid_from)
                  for r in found.relations if r.predicate == "hasRole")


def test_a_list_s_lead_dates_every_listed_role_and_the_colon_gives_the_portfolio():
    assert roles(LIST, "2026-05-20") == [
        ("Anna de Boer", "burgemeester", None, "Ede", "2026-05-13"),
        ("Eva Kok", "wethouder", "Mobiliteit, Sport en Cultuur", "Ede", "2026-05-13"),
        ("Jan Smit", "wethouder", "Sociaal Domein en Zorg", "Ede", "2026-05-13")]


def test_a_lead_without_a_start_dates_nothing():
    assert {r[4] for r in roles(LIST.replace(" per 13 mei 2026", ""), "2026-05-20")} == {None}


def test_a_new_portfolio_keeps_its_start_and_its_name():
    assert roles(SWAP, "2026-11-03") == [
        ("Eva Kok", "wethouder", "Sociaal Domein en Zorg", "Ede", "2026-11-01"),
        ("Jan Smit", "wethouder", "Economie en Werk", "Ede", "2026-11-01")]


def test_a_seat_swap_passes_each_seat_on():
    text = ("Gemeente Ede\n\nJan Smit neemt per 1 november 2026 de plaats van Eva Kok in de G40-pijler Economie en Werk "
            "in, en Eva Kok volgt Jan Smit op in de G40-pijler Sociaal.\n")
    found = extract("t", text, gazetteer=load_gazetteer(), date="2026-11-03")
    assert sorted((r.subject.text, r.predicate, r.object.label, r.past, r.valid_from, r.valid_until)
                  for r in found.relations if r.predicate in ("hasRole", "succeeded")) == [
        ("Eva Kok", "hasRole", "Pijler Economie en Werk", True, None, "2026-10-31"),
        ("Eva Kok", "hasRole", "Pijler Sociaal", False, "2026-11-01", None),
        ("Eva Kok", "succeeded", "Jan Smit", False, "2026-11-01", None),
        ("Jan Smit", "hasRole", "Pijler Economie en Werk", False, "2026-11-01", None),
        ("Jan Smit", "hasRole", "Pijler Sociaal", True, None, "2026-10-31"),
        ("Jan Smit", "succeeded", "Eva Kok", False, "2026-11-01", None)]
