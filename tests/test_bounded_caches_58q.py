"""What a long-running ``g40kg serve`` keeps of the requests it answered (round 58q).

The server (and each of its query processes) kept the last 512 query texts ``/sparql`` classified and the
last 256 it planned, whole: a query may be a megabyte long (``serve`` reads bodies up to 1 MB; a comment or
a string literal is no token that the size check counts), so 200 distinct such queries held 386 MB of a
process's memory for as long as it ran (measured: 69 → 455 MB). Texts up to
:data:`graph.rdflib_sparql.CACHED_TEXT_LIMIT` characters are still kept; longer ones are worked out each time.
"""

from __future__ import annotations

import pytest

from graph import query
from graph.rdflib_sparql import CACHED_TEXT_LIMIT
from graph.serve.sparql import ProtocolError, classify


def long_query(number: int) -> str:
    return f"# {number} " + "x" * CACHED_TEXT_LIMIT + "\nSELECT ?s WHERE { ?s ?p ?o } LIMIT 1"


def kept() -> tuple[int, int]:
    return classify.cache_info().currsize, query._planned_form.cache_info().currsize


def test_a_long_query_is_classified_but_not_kept():
    before = kept()
    assert [classify(long_query(n)) for n in range(3)] == ["SELECT"] * 3
    assert classify(long_query(0)) == "SELECT"  # the same text again: the same answer, worked out again
    assert kept() == before


def test_a_short_query_is_still_kept_and_found_again():
    text = "ASK { ?s <urn:g40kg:test-58q> ?o }"
    before = kept()
    hits = classify.cache_info().hits
    assert classify(text) == classify(text) == "ASK"
    assert kept() == (before[0] + 1, before[1] + 1)
    assert classify.cache_info().hits == hits + 1


def test_a_long_query_with_an_error_still_gets_the_parsers_message():
    with pytest.raises(ProtocolError) as error:
        classify(long_query(9).replace("LIMIT 1", "LIMIT"))
    assert error.value.status == 400
    assert "regel 2" in str(error.value) or "line 2" in str(error.value), str(error.value)
