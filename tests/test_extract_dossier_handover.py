"""A leaver's handover list in a mail: who takes over each file (round 49e).

"- City Deal X: … terecht bij Y, die het programmamanagement a.i. overneemt" makes Y the deal's contact and
programmamanager a.i., the writer's successor; "mijn collega Z neemt mijn plaats in het overleg in" makes Z
the writer's successor in the themagroep; "dit dossier ging op 1 maart over naar W" makes W the contact.
Outside a mail, or an item that names no file, states nothing. All people are invented.
"""

from __future__ import annotations

import pytest

from graph.extract import extract
from graph.gazetteer import load_gazetteer

HEADER = "Van: Ysolde Terborg <y.terborg@ede.nl>\nAan: Team Wonen\nOnderwerp: Afscheid\n\nBeste collega's,\n\n"
LEAD = "Mijn dossiers worden als volgt overgedragen:\n\n"


def handover(items: str, header: str = HEADER) -> set[tuple]:
    found = extract("t", header + LEAD + items, gazetteer=load_gazetteer(), date="2025-04-17")
    return {(r.subject.text, r.predicate, r.object.text, r.role, r.past) for r in found.relations
            if r.rule.startswith("handover.")}


@pytest.mark.parametrize("items, expected", [
    ("- City Deal Zon: voor de City Deal kunt u vanaf 22 april terecht bij Eva Smit, die het programmamanagement "
     "a.i. overneemt.\n",
     {("Eva Smit", "contactFor", "City Deal Zon", None, False),
      ("Eva Smit", "hasRole", "City Deal Zon", "programmamanager a.i.", False),
      ("Eva Smit", "succeeded", "Ysolde Terborg", None, False)}),
    ("- Themagroep Wonen (ambtelijk): mijn collega Kees Bos neemt mijn plaats in het ambtelijk overleg in.\n",
     {("Kees Bos", "succeeded", "Ysolde Terborg", None, False),
      ("Kees Bos", "participatesIn", "Themagroep Wonen", None, False),
      ("Ysolde Terborg", "participatesIn", "Themagroep Wonen", None, True)}),
    ("- Regio Deal Noord: dit dossier ging al op 1 maart over naar Jan de Wit van team Economie.\n",
     {("Jan de Wit", "contactFor", "Regio Deal Noord", None, False)}),
    ("- Het voorstel om Breda toe te voegen ligt nog bij de stuurgroep.\n", set()),
], ids=["contact-and-role", "my-place", "passed-on", "no-file"])
def test_handover_items(items, expected):
    assert handover(items) == expected


def test_outside_a_mail_nothing_is_handed_over():
    items = "- City Deal Zon: u kunt terecht bij Eva Smit, die het programmamanagement overneemt.\n"
    assert handover(items, header="Nieuwsbrief\n\n") == set()
