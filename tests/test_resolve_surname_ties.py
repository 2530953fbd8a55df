"""Two persons of one surname in one document: a bare surname goes to the one its own facts tie it to, and
an ambiguity is reported once a document (round 45k, walkthrough 20, findings 27 and 4)."""

from __future__ import annotations

from graph.extract import extract
from graph.gazetteer import load_gazetteer
from graph.resolve import resolve


def _resolved(text: str):
    gazetteer = load_gazetteer()
    extraction = extract("v", text, gazetteer=gazetteer, date="2025-11-24")
    resolution = resolve([extraction], gazetteer)
    facts = set()
    for r in extraction.relations:
        s = resolution.mention_keys.get(("v", r.subject.start, r.subject.end))
        o = resolution.mention_keys.get(("v", r.object.start, r.object.end))
        if s and o and r.predicate != "mentions":
            facts.add((resolution.entities[s].label, r.predicate, resolution.entities[o].label))
    return facts, resolution


def test_a_bare_surname_joins_the_namesake_its_bracket_ties_it_to():
    facts, resolution = _resolved(
        "Aanwezig: wethouder Iris Doğan (Deventer), Kees Doğan (BZK).\n\n"
        "Wethouder Doğan en de heer Doğan (BZK) bespreken de woningbouw.")
    assert {f for f in facts if "Doğan" in f[0]} == {("Iris Doğan", "hasRole", "Deventer"),
                                                      ("Kees Doğan", "affiliatedWith", "BZK")}
    assert not resolution.ambiguous


def test_an_ambiguous_surname_is_reported_once_a_document():
    _facts, resolution = _resolved(
        "Aanwezig: Iris Doğan, Kees Doğan.\n\nDoğan opent. Daarna spreekt Doğan over de wijk.")
    assert [str(a) for a in resolution.ambiguous] == ["v: 'Doğan' kan Iris Doğan, Kees Doğan zijn; niet samengevoegd"]
