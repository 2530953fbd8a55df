"""Text cells of a terminal table are one line each (round 48i, walkthrough 23 finding 17).

The quote of a role read from an e-mail signature keeps its line breaks ("Anna Westra\\nWethouder
Wonen\\nGemeente Deventer"); the table printed each as a row of its own, rows of nothing but spaces
in the middle of ``g40kg entity``. A list's items still take a line each.
"""

from __future__ import annotations

from graph.cli import cli
from graph.cli.output import render

_MAIL = """Van: Anna Westra <a.westra@deventer.nl>
Aan: secretariaat G40 <secretariaat@g40.example>
Datum: maandag 20 november 2023 16:42
Onderwerp: RE: themagroep Wonen

Beste secretariaat,

Dank voor het bericht. Ik neem graag deel aan de themagroep Wonen van de G40.

Met vriendelijke groet,

Anna Westra
Wethouder Wonen en Ruimtelijke Ontwikkeling
Gemeente Deventer
"""


def test_a_quote_with_line_breaks_is_one_line_of_the_table():
    rows = [{"who": "Anna Westra", "quote": "Anna Westra\nWethouder Wonen\r\n\nGemeente Deventer"},
            {"who": "Bram Kok", "quote": "Bram Kok is voorzitter."}]
    assert render(["who", "quote"], rows, width=200).splitlines() == [
        "who          quote",
        "-----------  " + "-" * len("Anna Westra Wethouder Wonen Gemeente Deventer"),
        "Anna Westra  Anna Westra Wethouder Wonen Gemeente Deventer",
        "Bram Kok     Bram Kok is voorzitter.",
    ]


def test_a_narrow_table_wraps_the_joined_text_and_a_list_keeps_a_line_per_item():
    rows = [{"who": "Anna", "quote": "een\nlange\nregel tekst hier", "documents": ["mail-1", "brief\n2"]}]
    assert render(["who", "quote", "documents"], rows, width=30).splitlines() == [
        "who   quote          documents",
        "----  -------------  ---------",
        "Anna  een lange      mail-1",
        "      regel tekst    brief 2",
        "      hier",
    ]


def test_the_entity_table_has_no_blank_row_after_a_role_from_a_signature(runner, tmp_path):
    from graph.pipeline import build_graph

    docs = tmp_path / "docs"
    docs.mkdir()
    (docs / "mail-2023-11-20-themagroep.txt").write_text(_MAIL, encoding="utf-8")
    build_graph([docs], tmp_path / "kg")
    result = runner.invoke(cli, ["--graph", str(tmp_path / "kg"), "entity", "Anna Westra"])
    assert result.exit_code == 0, result.output
    lines = result.stdout.splitlines()
    table = lines[lines.index(next(line for line in lines if line.startswith("---"))) - 1:]
    signature = [line for line in table if "Wethouder Wonen en Ruimtelijke Ontwikkeling" in line]
    assert len(signature) == 1 and "Anna Westra Wethouder Wonen en Ruimtelijke Ontwikkeling Gemeente Deventer" \
        in signature[0], table
    body = table[:table.index("", 1)] if "" in table[1:] else table
    assert all(line.strip() for line in body), table
