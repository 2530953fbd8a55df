"""The signatures under a governing body's closing line, each name with its office after it::

    Gedeputeerde Staten van Drenthe,

    P.J. Kuiper, voorzitter
    M.A. de Groot, secretaris

Each signatory holds that office in the province (or municipality, under "Burgemeester en wethouders van
X,") the closing line names: the Commissaris van de Koning chairs Gedeputeerde Staten, its secretary is the
province's. Not in a unit the letter spoke of before (round 52e: a statenbrief's regiegroep). The order
"de secretaris, Y" is :mod:`graph.extract.firstperson`'s.

A council's decision as the Gemeenteblad publishes it ("De raad van de gemeente X; … besluit: …") is signed by its
griffier and its voorzitter, the offices side by side on one line and the names under them in the same columns::

    Aldus besloten in de openbare vergadering van 15 juni 2022.

    De griffier a.i.,                 De voorzitter,
    mr. L.A. de Bruin                 G.J. Kok, burgemeester

The griffier is the municipality's; the voorzitter of a council is its burgemeester (Gemeentewet, article 9).
Each name is paired with the office above its column; a names line with another number of columns, or a text
with no council's decision, gives nothing (:func:`find_council_signatures`, round 58u).

>>> from graph.gazetteer import load_gazetteer
>>> from graph.extract import extract
>>> text = ("De Stuurgroep Zon vergadert.\\n\\nGedeputeerde Staten van Drenthe,\\n\\n"
...         "P.J. Kuiper, voorzitter\\nM.A. de Groot, secretaris\\n")
>>> sorted((r.subject.text, r.object.text, r.role) for r in extract("d", text, gazetteer=load_gazetteer()).relations)
[('M.A. de Groot', 'Drenthe', 'secretaris'), ('P.J. Kuiper', 'Drenthe', 'voorzitter')]
"""

from __future__ import annotations

import re

from .context import DocContext
from .roles import role_of

__all__ = ["find_body_signatures", "find_council_signatures"]

#: the closing line of a body that signs: "Gedeputeerde Staten van X,", "Burgemeester en wethouders van X,"
_CLOSING = re.compile(r"^[ \t]*(?:(?:Het\s+)?[Cc]ollege\s+van\s+)?(?:Gedeputeerde\s+Staten|[Bb]urgemeester\s+en\s+wethouders)"
                      r"\s+van\s+(?=\S)", re.MULTILINE)
#: a signature line after it: a name, a comma and one office word ("P.J. Kuiper, voorzitter")
_SIGNED = re.compile(r"[ \t]*,[ \t]*(?P<role>[a-zà-ÿ-]+)[ \t]*$", re.MULTILINE)
_PLACES = frozenset({"Province", "Municipality"})


def find_body_signatures(ctx: DocContext) -> None:
    """Each "Name, office" line under a body's closing line holds the office in the body's place."""
    if "Staten van" not in ctx.text and "wethouders van" not in ctx.text:
        return
    for closing in _CLOSING.finditer(ctx.text):
        line_end = ctx.text.find("\n", closing.end())
        line_end = len(ctx.text) if line_end < 0 else line_end
        place = next((m for m in ctx.in_span(closing.end(), line_end) if m.start == closing.end()), None)
        if place is None or place.type not in _PLACES or not ctx.text[place.end:line_end].strip() == ",":
            continue
        signed = []
        for person in (m for m in ctx.in_span(line_end, min(len(ctx.text), line_end + 300)) if m.type == "Person"):
            office = _SIGNED.match(ctx.text, person.end)
            role = role_of(office.group("role")) if office else None
            if role is None or ctx.text.rfind("\n", 0, person.start) < line_end - 1 \
                    or ctx.text[ctx.text.rfind("\n", 0, person.start) + 1:person.start].strip():
                continue  # a name that opens its own line, its office after it
            sentence = ctx.sentence_at(person.start)
            if sentence is None:
                continue
            signed.append(person)
            ctx.add(person, "hasRole", place, sentence, "signatures.body", 0.8, role=role.label)
        ctx.relations[:] = [r for r in ctx.relations if not (r.predicate == "hasRole" and r.rule != "signatures.body"
                                                            and any(r.subject is p for p in signed))]


#: the council that decides: "De raad van de gemeente X;" (the name follows)
_COUNCIL = re.compile(r"^[ \t]*[Dd]e\s+(?:gemeente)?raad\s+van\s+(?:de\s+gemeente\s+)?(?=[A-Z])", re.MULTILINE)
#: the line of offices: one or two columns "De griffier (a.i.)," "De voorzitter," apart by at least two spaces
_OFFICES = re.compile(r"^[ \t]*(?:[Dd]e[ \t]+(?:griffier|voorzitter)(?:[ \t]+a\.i\.)?,[ \t]*)"
                      r"(?:[ \t]{2,}[Dd]e[ \t]+(?:griffier|voorzitter)(?:[ \t]+a\.i\.)?,[ \t]*)?$", re.MULTILINE)
#: a column of a line: text apart from the next by two spaces or more
_COLUMN = re.compile(r"\S+(?:[ ]\S+)*")
#: academic titles before a signer's name: "mr. drs. "
_TITLES = re.compile(r"(?:[a-z]+\.[ \t]*)*")
#: the office a signer adds after the name: "G.J. Kok, burgemeester"
_ADDED = re.compile(r"[ \t]*,[ \t]*(?P<role>[a-z]+)[ \t]*$")


def find_council_signatures(ctx: DocContext) -> None:
    """The griffier and the voorzitter (the burgemeester) who sign a council's decision hold those offices in
    its municipality, the names paired with the offices by column (see the module).

    >>> from graph.gazetteer import load_gazetteer
    >>> from graph.extract import extract
    >>> text = ("De raad van de gemeente Ede;\\n\\nbesluit: de nota vast te stellen.\\n\\n"
    ...         "Aldus besloten in de openbare vergadering van 15 juni 2022.\\n\\n"
    ...         "De griffier a.i.,                 De voorzitter,\\n"
    ...         "mr. L.A. de Bruin                 G.J. Kok, burgemeester\\n")
    >>> sorted((r.subject.text, r.role, r.object.text) for r in extract("d", text, gazetteer=load_gazetteer()).relations)
    [('G.J. Kok', 'burgemeester', 'Ede'), ('L.A. de Bruin', 'griffier', 'Ede')]
    """
    if "raad van" not in ctx.text or ("griffier," not in ctx.text and "voorzitter," not in ctx.text):
        return  # (the offices' line in lower case too: "de griffier,   de voorzitter,", walkthrough 39, finding 9)
    council = next(iter(_COUNCIL.finditer(ctx.text)), None)
    town = next((m for m in ctx.in_span(council.end(), council.end() + 80) if m.start == council.end()), None) \
        if council is not None else None
    if town is None or town.type != "Municipality":
        return
    for offices in _OFFICES.finditer(ctx.text, council.end()):
        names_start = offices.end() + 1
        names_end = ctx.text.find("\n", names_start)
        names_end = len(ctx.text) if names_end < 0 else names_end
        columns = [m for m in _COLUMN.finditer(ctx.text, offices.start(), offices.end())]
        names = [m for m in _COLUMN.finditer(ctx.text, names_start, names_end)]
        if len(names) != len(columns):
            continue  # the names do not line up with the offices
        for office, name in zip(columns, names):
            person = next((m for m in ctx.in_span(name.start(), name.end()) if m.type == "Person"), None)
            sentence = ctx.sentence_at(name.start())
            if person is None or sentence is None or not _TITLES.fullmatch(ctx.text, name.start(), person.start):
                continue  # the column opens with the name, its titles before it at most
            added = _ADDED.match(ctx.text, person.end, name.end())
            word = "burgemeester" if "voorzitter" in office.group() else "griffier"
            if added is not None and role_of(added.group("role")) is not None:
                word = added.group("role")
            ctx.add(person, "hasRole", town, sentence, "signatures.council", 0.75, role=role_of(word).label)
