"""A successor "als <role>" takes the role up on the succession's day (round 40t, walkthrough 14 finding 13).

"Y, wethouder Wonen van Deventer, volgt haar op als voorzitter van de Pijler Fysiek" in a news item
gave Y's chair the document's one day, so ``--at`` a later year named no chair. The role a successor
takes over with no date is now the start of a term (``appointed``: the build dates it from the
document's day), and "als <role>" passes on that role only, not the others the predecessor held.
"""

from __future__ import annotations

import json

import pytest

from graph.cli import cli
from tests.documents import dated_documents


def roles(text: str) -> list[tuple]:
    from graph.extract import extract
    from graph.gazetteer import load_gazetteer

    return sorted((r.subject.text, r.object.text, r.role, r.past, r.appointed)
                  for r in extract("d", text, gazetteer=load_gazetteer(), date="2022-04-11").relations
                  if r.predicate == "hasRole")


@pytest.mark.parametrize("text, expected", [
    ("Anna Kroes stopt als voorzitter van de Pijler Fysiek. Bram Wit volgt haar op als voorzitter van de Pijler Fysiek.",
     [("Anna Kroes", "Pijler Fysiek", "voorzitter", True, False), ("Bram Wit", "Pijler Fysiek", "voorzitter", False, True)]),
    # the body named earlier in the document
    ("Kees Smit is voorzitter van de Pijler Sociaal.\n\nKees Smit neemt afscheid. Eva Dekker volgt hem op als voorzitter.",
     [("Eva Dekker", "Pijler Sociaal", "voorzitter", False, True), ("Kees Smit", "Pijler Sociaal", "voorzitter", False, False),
      ("Kees Smit", "Pijler Sociaal", "voorzitter", True, False)]),
    # "als voorzitter" passes on the chair only, not the predecessor's other roles
    ("Kees Smit is voorzitter van de Pijler Sociaal en trekker van de Themagroep Wonen.\n\n"
     "Eva Dekker volgt Kees Smit op als voorzitter.",
     [("Eva Dekker", "Pijler Sociaal", "voorzitter", False, True), ("Kees Smit", "Pijler Sociaal", "voorzitter", False, False),
      ("Kees Smit", "Pijler Sociaal", "voorzitter", True, False), ("Kees Smit", "Themagroep Wonen", "trekker", False, False)]),
    # a date of its own keeps it: the successor's term starts then
    ("Kees Smit is voorzitter van de Pijler Sociaal. Per 1 mei 2022 volgt Eva Dekker hem op als voorzitter.",
     [("Eva Dekker", "Pijler Sociaal", "voorzitter", False, False), ("Kees Smit", "Pijler Sociaal", "voorzitter", False, False)]),
])
def test_the_role_a_successor_takes_over_is_taken_up_then(text, expected):
    assert roles(text) == expected


def test_the_successor_is_chair_at_a_later_day(runner, tmp_path):
    from graph.pipeline import build_graph

    docs = dated_documents(tmp_path, {
        "verslag": ("Verslag Pijler Fysiek\n\nVoorzitter: Anna Kroes (Almere).", "2017-05-18"),
        "nieuws": ("Anna Kroes neemt afscheid als voorzitter van de Pijler Fysiek. Bram Wit, wethouder Wonen van "
                   "Deventer, volgt haar op als voorzitter van de Pijler Fysiek.", "2022-04-11")})
    build_graph([docs], tmp_path / "kg")
    result = runner.invoke(cli, ["--graph", str(tmp_path / "kg"), "ask", "unit-role-timeline", "-p", "unit=Pijler Fysiek",
                                 "--at", "2023", "--format", "json"])
    assert result.exit_code == 0, result.output
    assert [(r["personLabel"], r["start"], r["end"]) for r in json.loads(result.output)["rows"]] == [
        ("Bram Wit", "2022-04-11", None)]
