"""Two people a document says are not the same stay two (round 39d, walkthrough 13, item 2).

"J. de Vries is niet dezelfde persoon als Jan de Vries", "niet te verwarren met", "geen familie
van": resolution joins neither initials nor a bare surname to the person the sentence sets apart,
and ``g40kg twins`` does not propose the pair (``owl:differentFrom`` in the entities graph). Only
when both names are in that sentence.
"""

from __future__ import annotations

import json

import pytest

from graph.cli import cli
from graph.extract import extract
from graph.gazetteer import load_gazetteer
from graph.resolve import resolve
from tests.documents import dated_documents


def persons(*texts) -> list[str]:
    """The labels of the persons the ``texts`` (one document each) resolve to, sorted."""
    gazetteer = load_gazetteer()
    extractions = [extract(f"d{n}", text, gazetteer=gazetteer, date="2024-06-01") for n, text in enumerate(texts)]
    resolution = resolve(extractions, gazetteer)
    return sorted({resolution.entities[key].label for key in resolution.mention_keys.values()
                   if resolution.entities[key].type == "Person"})


@pytest.mark.parametrize("text, apart", [
    ("Jan de Vries opende. Wethouder J. de Vries is niet dezelfde persoon als Jan de Vries.",
     ("J. de Vries", "Jan de Vries")),
    ("Jan de Vries opende. Mevrouw De Vries, niet te verwarren met wethouder Jan de Vries, sprak.",
     ("De Vries", "Jan de Vries")),
    ("Anna Jansen is geen familie van Piet Jansen.", ("Anna Jansen", "Piet Jansen")),
    ("Kees Smit en mevrouw K. Smit zijn niet dezelfde persoon.", ("Kees Smit", "K. Smit")),
    ("Drs. J.P. de Vries MPA is niet dezelfde persoon als Jan de Vries.", ("J.P. de Vries", "Jan de Vries")),
])
def test_the_sentence_names_the_two(text, apart):
    extraction = extract("d", text, gazetteer=load_gazetteer(), date="2024-06-01")
    assert [(text[a:b], text[c:d]) for a, b, c, d in extraction.apart] == [apart], extraction.apart


@pytest.mark.parametrize("text", [
    "Jan de Vries opende. Hij is niet dezelfde persoon als wethouder J. de Vries.",  # a pronoun: one name only
    "Jan de Vries opende. Wethouder J. de Vries sprak. Het is niet dezelfde persoon.",
    "Jan de Vries en wethouder J. de Vries spraken over wonen.",
])
def test_without_both_names_in_the_sentence_nothing(text):
    assert extract("d", text, gazetteer=load_gazetteer(), date="2024-06-01").apart == ()


def test_initials_stay_apart_from_the_full_name_the_document_sets_apart():
    said = "Jan de Vries opende. Wethouder J. de Vries is niet dezelfde persoon als Jan de Vries."
    assert persons(said) == ["J. de Vries", "Jan de Vries"]
    # across documents too: the initials in another document do not join him either
    assert persons(said, "Wethouder J. de Vries sprak over wonen.") == ["J. de Vries", "Jan de Vries"]
    # without the sentence they join, as before
    assert persons("Jan de Vries opende. Wethouder J. de Vries sprak over wonen.") == ["Jan de Vries"]


def test_a_bare_surname_stays_apart_from_the_full_name():
    assert persons("Jan de Vries opende. Mevrouw De Vries is niet te verwarren met Jan de Vries.") == [
        "De Vries", "Jan de Vries"]


def test_twins_does_not_propose_the_pair_the_documents_set_apart(runner, tmp_path):
    from graph.pipeline import build_graph

    docs = dated_documents(tmp_path, {
        "a": ("Jan de Vries, wethouder van Breda, opende. Mevrouw J. de Vries is niet dezelfde persoon als Jan de Vries.",
              "2024-03-01"),
        "b": ("Anna Jansen, wethouder van Tilburg, sprak. A. Jansen, beleidsadviseur bij de VNG, ook.", "2024-04-01")})
    build_graph([docs], tmp_path / "kg")
    result = runner.invoke(cli, ["--graph", str(tmp_path / "kg"), "twins", "--format", "json"])
    assert result.exit_code == 0, result.output
    pairs = {frozenset((row["label"], row["otherLabel"])) for row in json.loads(result.output)["rows"]}
    assert frozenset(("J. de Vries", "Jan de Vries")) not in pairs, pairs
