"""A rectification withdraws a wrong office from the namesake the wrong statement made (round 51f,
walkthrough 21 finding 5): "stond abusievelijk dat X wethouder is in Zwolle" is read ("is in", not only
"is van"), and the fact goes from the earlier document although the build had split X in Zwolle from
X in Deventer (rule 6). Invented people."""

from __future__ import annotations

import json

from graph.cli import cli
from tests.documents import built_from


def test_a_rectified_office_is_withdrawn_from_the_namesake_it_made(runner, tmp_path):
    kg = built_from(tmp_path, {
        "nieuws-voorzitter": ("2026-11-02", "Nieuws\n\nKarel Wijnbergen, wethouder Wonen van de gemeente Zwolle, is sinds "
                                            "1 september 2025 voorzitter van de pijler Fysiek.\n"),
        "rectificatie": ("2026-11-11", "Rectificatie\n\nIn ons nieuwsbericht van 2 november 2026 stond abusievelijk dat "
                                        "Karel Wijnbergen wethouder is in Zwolle. Dat is onjuist. Karel Wijnbergen is "
                                        "wethouder Wonen van de gemeente Deventer.\n"),
        "verslag": ("2026-11-12", "Verslag themagroep Wonen\n\nAanwezig: Karel Wijnbergen (Deventer), Eva Smit (Breda)\n")})
    result = runner.invoke(cli, ["--graph", str(kg), "export", "--format", "facts"])
    assert result.exit_code == 0, result.output
    offices = {(row["object"], row["document"]) for row in map(json.loads, result.stdout.splitlines())
               if row["subject"] == "Karel Wijnbergen" and row["predicate"] == "hasRole" and row["role"] == "wethouder"}
    assert offices == {("Deventer", "rectificatie")}, offices
