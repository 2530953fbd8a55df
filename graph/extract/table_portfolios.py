"""A role's portfolio from a table's "Portefeuille" column.

A college's list of its members gives each row's wethouder a portfolio in a column of its own: "| Wethouder |
Portefeuille | G40-gremium |" over "| Eva Smit | Wonen en Ruimte | lid G40-pijler Fysiek |". The role rules
read the office from the column's title; :func:`with_table_portfolios` then gives each such role
(:data:`graph.extract.role_portfolios.PORTFOLIO_ROLES`) whose evidence is a table's row, and which has no
portfolio yet, the text of that row's "Portefeuille" cell, as :mod:`.role_portfolios` does for "wethouder
Wonen en Ruimte" in a sentence. An empty cell or a dash ("–", "n.v.t.") gives none.

Examples
--------
>>> from graph.gazetteer import load_gazetteer
>>> from graph.extract import extract
>>> text = ("# Portefeuilleverdeling college Ede\\n\\n| Wethouder | Portefeuille |\\n|---|---|\\n"
...         "| Eva Smit | Wonen en Ruimte |\\n| Jan Kok | – |\\n")
>>> sorted((r.subject.text, r.role, r.portfolio) for r in extract("d", text, gazetteer=load_gazetteer()).relations
...        if r.predicate == "hasRole")
[('Eva Smit', 'wethouder', 'Wonen en Ruimte'), ('Jan Kok', 'wethouder', None)]
"""

from __future__ import annotations

import re
from dataclasses import replace

from .model import Relation, Sentence
from .role_portfolios import PORTFOLIO_ROLES
from .table_layout import cells_of, header_name, header_rows

__all__ = ["with_table_portfolios"]

#: a column of each row's portfolio: "| Portefeuille |", "| Portefeuilles |", "| Portefeuille(s) |"
_PORTFOLIO_COLUMN = re.compile(r"portefeuilles?", re.IGNORECASE)
#: a cell that holds a portfolio: a letter first, and not "n.v.t." or "geen"
_NO_PORTFOLIO = re.compile(r"n\.?v\.?t\.?|geen|vacant|vacature|onbekend", re.IGNORECASE)


def with_table_portfolios(text: str, sentences: list[Sentence], relations: list[Relation]) -> list[Relation]:
    """``relations`` with the portfolio of each role held by a table row's person from that row's
    "Portefeuille" cell (see the module docstring)."""
    if "|" not in text or not any(r.predicate == "hasRole" and r.role in PORTFOLIO_ROLES for r in relations):
        return relations
    cell_of = _portfolio_cells(text, sentences)
    if not cell_of:
        return relations
    out = []
    for relation in relations:
        portfolio = cell_of.get(relation.evidence_start)
        if relation.predicate == "hasRole" and relation.role in PORTFOLIO_ROLES and relation.portfolio is None \
                and portfolio is not None and relation.evidence_start <= relation.subject.start < relation.evidence_end \
                and portfolio.lower() not in relation.object.label.lower():
            relation = replace(relation, portfolio=portfolio)
        out.append(relation)
    return out


def _portfolio_cells(text: str, sentences: list[Sentence]) -> dict[int, str]:
    """The portfolio of each table row with a "Portefeuille" cell, by the row's start."""
    found = {}
    for header, rows in header_rows(text, sentences):
        names = [header_name(text[a:b]) for a, b in cells_of(text, header)]
        column = next((k for k, n in enumerate(names) if _PORTFOLIO_COLUMN.fullmatch(n)), None)
        if column is None:
            continue
        for row in rows:
            cells = cells_of(text, row)
            if len(cells) != len(names):
                continue
            cell = " ".join(text[slice(*cells[column])].split()).strip(" .;")
            if cell and cell[0].isalpha() and not _NO_PORTFOLIO.fullmatch(cell):
                found[row.start] = cell
    return found
