"""Initials of a split name (round 39d, walkthrough 13, item 4): "Drs. J.P. de Vries MPA" agrees with
both namesakes (person/jan-de-vries of Zwolle, person/jan-de-vries-helmond). It joins one only where
it is placed itself or its document names just one of them; else the build announces the ambiguity,
as for any ambiguous initials, instead of choosing the namesake named nearest before it or the first."""

from __future__ import annotations

import json

import pytest

from tests.test_walkthrough38r import ZWOLLE_AND_HELMOND, _build, _facts, _roles
from tests.documents import warning_lines

INITIALS = "Drs. J.P. de Vries MPA is voorzitter van de Themagroep Energie."
AMBIGUOUS = ("'J.P. de Vries' kan Jan de Vries (person/jan-de-vries), Jan de Vries (person/jan-de-vries-helmond) "
             "zijn; niet samengevoegd")


@pytest.mark.parametrize("text, holder, announced", [
    # the document names both namesakes: not the one named nearest before it
    (ZWOLLE_AND_HELMOND + "\n" + INITIALS + "\n", "j-p-de-vries", True),
    # it names one of them: that one
    ("Nieuws | 9 mei 2024\n\nWethouder Jan de Vries uit Helmond sprak.\n\n" + INITIALS + "\n", "jan-de-vries-helmond", False),
    # the initials are placed themselves
    ("Nieuws | 9 mei 2024\n\nDrs. J.P. de Vries MPA, wethouder van Helmond, is voorzitter van de Themagroep Energie.\n",
     "jan-de-vries-helmond", False),
])
def test_initials_of_namesakes_join_one_only_where_their_document_says_which(runner, tmp_path, text, holder, announced):
    result = _build(runner, tmp_path, {"nieuws-2024-03-14.txt": ZWOLLE_AND_HELMOND, "c.txt": text})
    assert result.exit_code == 0, result.output
    roles = _roles(_facts(tmp_path))
    assert (holder, "Themagroep Energie", "voorzitter") in roles, roles
    warnings = warning_lines(json.loads(result.output))
    assert (f"c: {AMBIGUOUS}" in warnings) is announced, warnings


def test_an_ambiguous_mention_warns_with_its_code_from_where_it_is_made():
    """Round 44r (the rest of 44c): the warning carries its code and document, so its record is not read
    back from its (Dutch-only) text; the record is the one the text gives."""
    import pickle

    from graph.build_warnings import from_plain, to_plain
    from graph.resolve import Ambiguity
    from graph.warning_codes import warning_record

    warning = Ambiguity(f"c: {AMBIGUOUS}", "person/j-p-de-vries", ("c", 120, 148))
    assert (warning.code, warning.fields) == ("ambiguous", {"document": "c"})
    assert warning_record(warning) == warning_record(str(warning)) == {
        "code": "ambiguous", "file": None, "document": "c", "documents": ["c"], "message": f"c: {AMBIGUOUS}"}
    again = pickle.loads(pickle.dumps(warning))  # to a worker process and back
    assert (type(again), again.key, again.where, again.code) == (Ambiguity, warning.key, warning.where, "ambiguous")
    assert from_plain(to_plain(warning)).code == "ambiguous"
