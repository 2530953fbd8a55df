"""A table's bare "Rol" column whose body a note above the table names: "Achter de naam staat de rol in de
themagroep." over "| Naam | Gemeente | Rol | … |" (round 59s).

A poll of a body's members (a Datumprikker's result, an attendance list, a roll call) lists every member
with their part in the body and, in brackets, their office elsewhere: "| Eva Smit | Ede | lid (wethouder
Wonen) | ✓ |". The column is titled "Rol" alone; the body it is about is named by a line right above the
table, "Achter de naam staat de rol in de themagroep", "De kolom Rol geeft de rol binnen de werkgroep": a
role "in/binnen de/het <body>" in one of the two sentences before the table's header, in its section. That
body (a unit the sentence names, or the one unit of the kind it names that the text named before: "de
themagroep", the one themagroep of the mail) is where
the column's roles are held, as when the column says so itself ("| Rol in de commissie |",
:func:`graph.extract.table_bodies.role_column_body`). A note that names no body ("Achter de naam staat de
functie", "de rol in het gesprek" without a unit there) gives nothing, nor does a note further up.

Examples
--------
>>> from graph.gazetteer import load_gazetteer
>>> from graph.extract import extract
>>> text = ("Beste leden van de Themagroep Groene Daken,\\n\\nAchter de naam staat de rol in de themagroep.\\n\\n"
...         "| Naam | Gemeente | Rol |\\n|---|---|---|\\n| Eva Smit | Ede | lid (wethouder Wonen) |\\n")
>>> sorted((r.subject.text, r.object.text, r.role) for r in extract("d", text, gazetteer=load_gazetteer()).relations
...        if r.predicate == "hasRole")
[('Eva Smit', 'Ede', 'wethouder'), ('Eva Smit', 'de themagroep', 'lid')]
"""

from __future__ import annotations

import bisect
import re

from .context import DocContext
from .model import Mention, Sentence
from .table_bodies import _unit_of_kind
from .table_layout import ROLE_COLUMN

__all__ = ["noted_role_body"]

#: a bare role column's title: "Rol", "Rollen", "Functie" (a title that names its body is role_column_body's)
_BARE_ROLE = re.compile(r"rol(?:len)?|functies?", re.IGNORECASE)

#: the note: "(staat) de rol in de themagroep", "rollen binnen het kernteam"
_NOTE = re.compile(r"\brol(?:len)?\s+(?:in|binnen)\s+(?=(?:de|het)\s+(?P<kind>[a-z]{4,})\b)", re.IGNORECASE)


def noted_role_body(ctx: DocContext, header: Sentence, names: list[str]) -> Mention | None:
    """The unit a note in one of the two sentences before ``header`` names as the body of its bare role column
    (see the module docstring); None without such a column, note or unit."""
    if not any(_BARE_ROLE.fullmatch(n) for n in names) or not all(
            _BARE_ROLE.fullmatch(n) or not ROLE_COLUMN.fullmatch(n) for n in names):
        return None
    k = bisect.bisect_left([x.start for x in ctx.sentences], header.start)
    for sentence in ctx.sentences[max(0, k - 2):k][::-1]:
        if sentence.is_heading or "|" in sentence.text or sentence.section_start != header.section_start:
            return None  # a heading between: the note is about another section
        for note in _NOTE.finditer(ctx.text, sentence.start, sentence.end):
            unit = next((m for m in ctx.in_span(note.end(), sentence.end)
                         if m.start == note.end() and m.type == "OrganisationalUnit"), None)
            if unit is None:
                unit = _unit_of_kind(ctx, note.group("kind").lower(), header.start)  # "de themagroep": the one named
            if unit is not None:
                return unit
    return None
