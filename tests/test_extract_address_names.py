"""A display name its e-mail address spells is a person, whatever the given name (round 49e).

"Van: Ysolde Terborg <y.terborg@ede.nl>" names a person although "Ysolde" is no known given name;
the signature that repeats the name is the same person. A name the address does not spell is not
taken. All people are invented.
"""

from __future__ import annotations

import pytest

from graph.extract import extract
from graph.gazetteer import load_gazetteer


def persons(text: str) -> list[str]:
    """The texts of the Person mentions found in ``text``, in order."""
    found = extract("t", text, gazetteer=load_gazetteer(), date="2026-03-01")
    return [m.text for m in found.mentions if m.type == "Person"]


@pytest.mark.parametrize("text, expected", [
    ("Van: Ysolde Terborg <y.terborg@ede.nl>\nAan: Team Wonen\nOnderwerp: Overdracht\n\nBeste collega's,\n\n"
     "Ik vertrek.\n\nGroet,\n\nYsolde Terborg\nProgrammamanager\n", ["Ysolde Terborg", "Ysolde Terborg"]),
    ("Van: Ysolde Terborg <ysolde.terborg@ede.nl>\n", ["Ysolde Terborg"]),
    ("Van: Ysolde van der Brink <y.vanderbrink@ede.nl>\n", ["Ysolde van der Brink"]),
    ("Van: Ysolde Terborg <secretariaat@ede.nl>\n", []),  # the address spells no name
], ids=["with-signature", "full-address", "particles", "not-spelled"])
def test_display_name_spelled_by_its_address(text, expected):
    assert persons(text) == expected


def test_sender_takes_the_role_of_the_signature():
    text = ("Van: Ysolde Terborg <y.terborg@ede.nl>\nAan: Team Wonen\nOnderwerp: Overdracht\n\nBeste collega's,\n\n"
            "Mijn dossiers gaan over.\n\nGroet,\n\nYsolde Terborg\nProgrammamanager City Deal Groene Wijken\n")
    found = extract("t", text, gazetteer=load_gazetteer(), date="2026-03-01")
    assert ("Ysolde Terborg", "hasRole", "City Deal Groene Wijken", "programmamanager") in {
        (r.subject.text, r.predicate, r.object.text, r.role) for r in found.relations}
