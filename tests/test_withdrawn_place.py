"""A rectification comes before the namesake split (walkthrough 26, finding 7, round 52f).

"stond ten onrechte dat X wethouder van Leiden is. X is wethouder Onderwijs van Zaanstad": the wrong town of
the earlier document no longer makes X two persons (graph.withdrawn_placings), and the wrong office is
withdrawn from the one person. "stond ten onrechte dat Y projectleider Wonen is; zij is senior
projectleider Werk bij …": a claim with no body withdraws Y's earlier role of that word and field, at the
body it was given there. One graph for the module; the people are invented.
"""

from __future__ import annotations

import json

import pytest

from graph.cli import cli
from tests.documents import built_from

DOCUMENTS = {
    "nieuws-oktober": ("2026-10-03", "Nieuws\n\nTeun Brouwersgracht, wethouder Onderwijs van Leiden, opende op 2 oktober "
                                     "2026 een nieuwe school.\n\nIlse Kamphorst is per 1 oktober 2026 benoemd tot "
                                     "projectleider Wonen bij het G40-bureau.\n"),
    "nieuws-november": ("2026-11-04", "Nieuws\n\nRectificatie: in ons vorige bericht stond ten onrechte dat Teun "
                                      "Brouwersgracht wethouder van Leiden is. Teun Brouwersgracht is wethouder Onderwijs "
                                      "van Zaanstad.\n\nIn ons vorige bericht stond ten onrechte dat Ilse Kamphorst "
                                      "projectleider Wonen is; zij is senior projectleider Werk bij het G40-bureau.\n"),
}


@pytest.fixture(scope="module")
def facts(tmp_path_factory):
    from click.testing import CliRunner

    kg = built_from(tmp_path_factory.mktemp("withdrawn-place"), DOCUMENTS)
    result = CliRunner().invoke(cli, ["--graph", str(kg), "export", "--format", "facts"])
    assert result.exit_code == 0, result.output
    return [row for row in map(json.loads, result.stdout.splitlines()) if row["predicate"] == "hasRole"]


def test_a_withdrawn_town_splits_no_one(facts):
    offices = {(row["subject_iri"].rsplit("/", 1)[-1], row["object"], row["document"]) for row in facts
               if row["subject"] == "Teun Brouwersgracht"}
    assert offices == {("teun-brouwersgracht", "Zaanstad", "nieuws-november")}, offices


def test_a_claim_without_a_body_withdraws_the_role_of_its_field(facts):
    roles = sorted((row["role"], row["document"]) for row in facts if row["subject"] == "Ilse Kamphorst")
    assert roles == [("senior projectleider", "nieuws-november")], roles

