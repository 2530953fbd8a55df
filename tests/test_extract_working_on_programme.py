""""Wethouders A (Breda) en B (Ede) werkten met SZW en met Divosa aan de Agenda X": both persons (the towns in
brackets are where they come from, not more subjects) work with each partner and take part in the programme
named right after "aan"; "aan de wijk" is no programme."""

from __future__ import annotations


def facts(text: str) -> list[tuple[str, str, str]]:
    from graph.extract import extract
    from graph.gazetteer import load_gazetteer

    return sorted((r.subject.text, r.predicate, r.object.text)
                  for r in extract("d", text, gazetteer=load_gazetteer()).relations
                  if r.predicate in ("collaboratesWith", "participatesIn"))


def test_two_persons_with_their_towns_in_brackets_work_with_the_partners_on_the_agenda():
    found = facts("Wethouders Bram Kok (Breda) en Anna de Wit (Ede) werkten met het ministerie van SZW en met Divosa "
                  "aan de Agenda Stille Wijken.")
    assert found == [("Anna de Wit", "collaboratesWith", "Divosa"), ("Anna de Wit", "collaboratesWith", "SZW"),
                     ("Anna de Wit", "participatesIn", "Agenda Stille Wijken"),
                     ("Bram Kok", "collaboratesWith", "Divosa"), ("Bram Kok", "collaboratesWith", "SZW"),
                     ("Bram Kok", "participatesIn", "Agenda Stille Wijken")], found


def test_working_on_something_that_is_no_programme_is_no_participation():
    found = facts("Breda werkt met Platform31 en Aedes aan de wijk.")
    assert found == [("Breda", "collaboratesWith", "Aedes"), ("Breda", "collaboratesWith", "Platform31")], found
