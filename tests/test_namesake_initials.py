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
