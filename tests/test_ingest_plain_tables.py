"""A plain text's tables are read as Markdown tables (round 49e).

A ``.txt`` writes a table with bars but without the outer ones (``nr | functie | houder``, perhaps with a
rule ``---+---`` under its header and a wrapped cell continued on a line whose first cell is empty) or
with its columns padded by spaces under a header of labels (a form's "Partner      Rol"). Ingest writes
both as ``| … |`` rows, so that :mod:`graph.extract.tables` reads their facts; a form's fields
("Naam:      X"), a signature's two columns and a letter's head are left alone. All people are invented.
"""

from __future__ import annotations

import pytest

from graph.extract import extract
from graph.gazetteer import load_gazetteer
from graph.ingest import read_document
from graph.plain_tables import markdown_tables

BARRED = ("Bijlage\n\nnr | functie                 | houder\n---+-------------------------+----------------\n"
          "1  | accountmanager G40      | Eva Smit (sinds 1 maart,\n   |                         | opvolger van Jan Bos)\n"
          "2  | teammanager Wonen       | Kees Kok\n\nEinde.\n")

PADDED = ("3. PARTNERS\nPartner                  Rol / contactpersoon\nGemeente Ede             kennispartner – Eva Smit,\n"
          "                         adviseur data\nStichting Binnenstad     uitvoering;\nEde                      "
          "coördinator: Kees Kok\nProvincie Gelderland     cofinancier\n\n4. KENNIS\n")


def test_bars_without_the_outer_ones_become_a_markdown_table():
    assert markdown_tables(BARRED).split("\n")[2:6] == [
        "| nr | functie | houder |",
        "|---|---|---|",
        "| 1 | accountmanager G40 | Eva Smit (sinds 1 maart, opvolger van Jan Bos) |",
        "| 2 | teammanager Wonen | Kees Kok |"]


def test_padded_columns_become_a_markdown_table_with_wrapped_cells_joined():
    assert markdown_tables(PADDED).split("\n")[1:6] == [
        "| Partner | Rol / contactpersoon |",
        "|---|---|",
        "| Gemeente Ede | kennispartner – Eva Smit, adviseur data |",
        "| Stichting Binnenstad Ede | uitvoering; coördinator: Kees Kok |",
        "| Provincie Gelderland | cofinancier |"]


@pytest.mark.parametrize("text", [
    "Naam organisatie:      Gemeente Ede\nRol:                   aanvrager\nContactpersoon:        Eva Smit\n",
    "de secretaris,                  de burgemeester,\nEva Smit                        Kees Kok\n",
    "Datum      14 oktober 2025\nBetreft    Voortgang\nKenmerk    2025-0001\n",
    "Bestaanszekerheid      E. Smit      6      SZW\nJeugd                  K. Kok       5      VWS\n"
    "Wonen                  J. Bos       4      BZK\n",
    "Team Wonen | Gemeente Ede\nT 0318 12 34 56 | www.ede.nl\nPostbus 9022 | 6710 HK Ede\n",
    "| a | b |\n|---|---|\n| c | d |\n",
], ids=["form-fields", "signature", "letter-head", "headerless-rows", "signature-bars", "markdown"])
def test_what_is_no_table_is_left_as_it_is(text):
    assert markdown_tables(text) == text


def test_a_txt_file_s_table_gives_the_facts_of_its_rows(tmp_path):
    path = tmp_path / "mandaat.txt"
    path.write_text("Gemeente Ede\n\n" + BARRED, encoding="utf-8")
    document = read_document(path)
    assert "| 2 | teammanager Wonen | Kees Kok |" in document.text
    found = extract(document.id, document.text, gazetteer=load_gazetteer(), date="2025-04-01")
    assert ("Eva Smit", "hasRole", "G40", "accountmanager") in {
        (r.subject.text, r.predicate, r.object.text, r.role) for r in found.relations}
