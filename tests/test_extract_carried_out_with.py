""""X voert de Regio Deal Y uit met A, B en de provincie C": X leads the deal it carries out, and X and the
partners listed right after "uit met" take part in it. Without "met", or with "met" before something
that is no actor, only the lead."""

from __future__ import annotations

import pytest


def taking_part(text: str) -> list[tuple[str, str]]:
    from graph.extract import extract
    from graph.gazetteer import load_gazetteer

    return sorted((r.subject.text, r.object.text) for r in extract("d", text, gazetteer=load_gazetteer()).relations
                  if r.predicate == "participatesIn")


def test_the_subject_and_the_partners_after_uit_met_take_part():
    found = taking_part("Ede voert de Regio Deal Zon uit met Wageningen, Renkum en de provincie Gelderland.")
    assert found == [("Ede", "Regio Deal Zon"), ("Gelderland", "Regio Deal Zon"), ("Renkum", "Regio Deal Zon"),
                     ("Wageningen", "Regio Deal Zon")], found


@pytest.mark.parametrize("text", [
    "Ede voert de Regio Deal Zon uit.",
    "Ede voert de Regio Deal Zon uit met veel plezier en inzet van Wageningen.",
], ids=["no-partners", "no-actor-after-met"])
def test_no_partners_without_a_list_right_after_uit_met(text):
    assert taking_part(text) == [], taking_part(text)


def led(text: str) -> list[tuple[str, str]]:
    from graph.extract import extract
    from graph.gazetteer import load_gazetteer

    return sorted((r.subject.text, r.object.text) for r in extract("d", text, gazetteer=load_gazetteer()).relations
                  if r.predicate == "ledBy")


def test_a_programme_that_a_ministry_carries_out_in_a_relative_clause_is_led_by_it():
    found = led("Artikel 1 – programma: het programma Stille Wijken, dat het ministerie van SZW uitvoert samen met de VNG.")
    assert found == [("programma Stille Wijken", "SZW")], found


@pytest.mark.parametrize("text", [
    "Het programma Stille Wijken, dat het ministerie van SZW niet uitvoert, loopt door.",
    "Het programma Stille Wijken, dat het ministerie van SZW financiert, loopt door.",
], ids=["denied", "another-verb"])
def test_no_lead_from_a_denied_relative_clause_or_another_verb(text):
    assert led(text) == [], led(text)
