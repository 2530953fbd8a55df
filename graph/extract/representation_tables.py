"""Representation tables: a column of the bodies each row's person sits in for the town.

A municipality's page on its college lists each member with the bodies they represent the town in:
"| Naam | Functie | Portefeuilles | Externe vertegenwoordiging |", with cells such as "G40 pijler
Fysiek; stuurgroep Regio Deal Foodvalley". Other headers of such a column are "Nevenfuncties (uit
hoofde van functie)", "Vertegenwoordiging", "Lidmaatschappen", "Zitting in". The row's person takes
part in each body the cell names (``participatesIn``).

An item whose body follows a role word other than "lid" or "bestuur" ("voorzitter Regio Foodvalley")
or carries a role in brackets ("VNG-commissie X (lid)") states a role: the person ``hasRole`` it in
that body (round 40b); an item that denies or plans ("vanaf 2025", "nog niet") is not read. Items are split at
semicolons, or at commas when the cell has none.

Examples
--------
>>> from graph.gazetteer import load_gazetteer
>>> from graph.extract import extract
>>> text = ("| Naam | Functie | Externe vertegenwoordiging |\\n|---|---|---|\\n"
...         "| Eva Smit | wethouder | G40 pijler Fysiek; voorzitter Platform31 |\\n")
>>> sorted((r.subject.text, r.object.text) for r in extract("d", text, gazetteer=load_gazetteer()).relations
...        if r.rule == "tables.representation")
[('Eva Smit', 'pijler Fysiek')]
"""

from __future__ import annotations

import re

from .context import DocContext
from .model import Mention
from .periods import find_periods
from .role_words import role_of, role_pattern
from .table_layout import HOLDER_COLUMN, cells_of, header_name, header_rows

__all__ = ["find_representation_columns", "row_start"]

#: the column of the bodies a row's person sits in for the town
_REPRESENTATION_COLUMN = re.compile(r"(?:(?:g40|vng|ipo)[- ]?)?(?:externe\s+|bestuurlijke\s+)?(?:vertegenwoordiging(?:en)?|nevenfuncties?|"
                                    r"gremi(?:um|a)|"
                                    r"lidmaatschappen|zitting\s+in|vertegenwoordigt\s+(?:de\s+gemeente\s+)?in|"
                                    # "Vertegenwoordigt Amersfoort in": the town's name in the title (round 51a)
                                    r"vertegenwoordigt\s+(?:de\s+)?(?:gemeente\s+)?[\w'’-]+(?:\s+[\w'’-]+)?\s+in)"
                                    r"(?:\s*\([^()]*\))?(?:\s+uit\s+hoofde\s+van\s+(?:de\s+)?functie)?", re.IGNORECASE)
#: the column of the day each row's seats were taken: "Sinds", "Per", "Vanaf", "Met ingang van", "Ingangsdatum"
_SINCE_COLUMN = re.compile(r"(?:lid\s+|in\s+functie\s+)?sinds|per|vanaf|met\s+ingang\s+van|ingangsdatum|startdatum|"
                           r"datum\s+(?:benoeming|aanwijzing|start)", re.IGNORECASE)
_BODIES = frozenset({"Programme", "OrganisationalUnit", "Organisation", "Event"})
#: what may stand before an item's body: its owner's prefix, a membership of it ("lid (van)", "bestuur")
_BEFORE_BODY = re.compile(r"(?:(?:G40|VNG|IPO)\s+|(?:lid|bestuurslid|lid\s+(?:algemeen\s+|dagelijks\s+)?bestuur|"
                          r"(?:algemeen\s+|dagelijks\s+)?bestuur)\s+(?:van\s+(?:de\s+|het\s+)?)?|de\s+|het\s+)*",
                          re.IGNORECASE)
#: an item that states a role in brackets, or is not (yet) so: "(lid)", "(voorzitter)", "vanaf 2025", "nog niet"
_ROLE_OR_NOT = re.compile(r"\([^()]*\)|\b(?:vanaf|per|nog\s+niet|niet|geen|beoogd|voorgedragen)\b", re.IGNORECASE)


def find_representation_columns(ctx: DocContext) -> None:
    """Add "person participatesIn body" for the bodies of each row's representation cell, from the day
    of the row's "Sinds" cell if the table has one.

    >>> from graph.gazetteer import load_gazetteer
    >>> from graph.extract import extract
    >>> text = ("| Wethouder | Portefeuille | G40-gremium | Sinds |\\n|---|---|---|---|\\n"
    ...         "| Eva Smit | Wonen | lid G40-pijler Fysiek | 1 maart 2025 |\\n")
    >>> [(r.object.text, r.valid_from) for r in extract("d", text, gazetteer=load_gazetteer()).relations
    ...  if r.rule == "tables.representation"]
    [('pijler Fysiek', '2025-03-01')]
    """
    if "|" not in ctx.text:
        return
    for row, person_cell, bodies_cell, since in _representation_rows(ctx):
        persons = [m for m in ctx.in_span(*person_cell) if m.type == "Person"]
        if len(persons) != 1:
            continue
        for body in _represented_bodies(ctx, *bodies_cell):
            ctx.add(persons[0], "participatesIn", body, row, "tables.representation", 0.7, **since)
        for body, role in _held_roles(ctx, *bodies_cell):
            ctx.add(persons[0], "hasRole", body, row, "tables.representation-role", 0.7, role=role, **since)


def _representation_rows(ctx: DocContext):
    """``(row, person cell, bodies cell, since)`` of each full row of each table with a person column and
    a representation column; ``since``: the start the row's "Sinds" cell gives (keywords for
    :meth:`DocContext.add`), else empty."""
    for header, rows in header_rows(ctx.text, ctx.sentences):
        names = [header_name(ctx.text[s:e]) for s, e in cells_of(ctx.text, header)]
        person = next((k for k, n in enumerate(names) if HOLDER_COLUMN.fullmatch(n)), None)
        bodies = next((k for k, n in enumerate(names) if _REPRESENTATION_COLUMN.fullmatch(n)), None)
        since = next((k for k, n in enumerate(names) if _SINCE_COLUMN.fullmatch(n)), None)
        if person is None or bodies is None:
            continue
        for row in rows:
            cells = cells_of(ctx.text, row)
            if len(cells) == len(names):
                yield row, cells[person], cells[bodies], row_start(ctx.text, *cells[since]) if since is not None else {}


def row_start(text: str, start: int, end: int) -> dict[str, str]:
    """The start a "Sinds" cell gives: ``{"since": iso, "precision": …}``, or empty when it holds no one date.

    >>> row_start("| 13 mei 2026 |", 2, 13), row_start("| 2022 |", 2, 6), row_start("| – |", 2, 3)
    ({'since': '2026-05-13'}, {'since': '2022-01-01', 'precision': 'year'}, {})
    """
    periods = find_periods("sinds " + text[start:end].strip())
    if len(periods) != 1 or periods[0].valid_from is None or periods[0].valid_until is not None:
        return {}
    found = {"since": periods[0].valid_from}
    if periods[0].from_precision is not None:
        found["precision"] = periods[0].from_precision
    return found


def _items(text: str, start: int, end: int, names: list[Mention] = ()) -> list[tuple[int, int]]:
    """The items of a cell: split at semicolons, else at commas outside brackets and outside the
    ``names`` recognised in it ("Lid VNG-commissie Zorg, Jeugd en Onderwijs" is one item)."""
    separator = ";" if ";" in text[start:end] else ","
    inside = {k for m in names for k in range(m.start, m.end)}
    spans, depth, begin = [], 0, start
    for k in range(start, end):
        if k in inside:
            continue
        if text[k] == "(":
            depth += 1
        elif text[k] == ")":
            depth = max(0, depth - 1)
        elif text[k] == separator and depth == 0:
            spans.append((begin, k))
            begin = k + 1
    spans.append((begin, end))
    return spans


#: an item that is not (yet) held: "vanaf 2025", "nog niet", "beoogd"
_NOT_HELD = re.compile(r"\b(?:vanaf|per|nog\s+niet|niet|geen|beoogd|voorgedragen|kandidaat)\b", re.IGNORECASE)
#: a role in brackets closing an item: "(lid)", "(lid algemeen bestuur)", "(voorzitter)"
_BRACKET_ROLE = re.compile(r"\(\s*(?P<role>[^()]{2,40}?)\s*\)\s*$")


#: between an item's role word and its body: nothing, "van de", or the body's organ the role is held in
#: ("Voorzitter algemeen bestuur Veiligheidsregio X", "Voorzitter bestuur Stichting Y", "lid raad van
#: toezicht van Z"; round 43b)
_ROLE_TO_BODY = re.compile(r"\s*(?:van\s+(?:de|het)\s+)?(?:(?:(?:algemeen|dagelijks)\s+)?bestuur\s+|"
                           r"raad\s+van\s+(?:toezicht|commissarissen|bestuur)\s+)?(?:van\s+(?:de|het)\s+)?", re.IGNORECASE)


def _held_roles(ctx: DocContext, start: int, end: int) -> list[tuple[Mention, str]]:
    """The role each item of the cell ``start:end`` states with its body (round 40b): a role word before
    it ("voorzitter Regio Foodvalley") or a role in brackets after it ("VNG-commissie X (lid)",
    "Veiligheidsregio Y (lid algemeen bestuur)"); not an item that is not (yet) held.

    >>> from graph.gazetteer import load_gazetteer
    >>> from graph.extract import extract
    >>> text = ("| Naam | Functie | Nevenfuncties |\\n|---|---|---|\\n"
    ...         "| Eva Smit | wethouder | voorzitter Platform31; Divosa (lid algemeen bestuur); VNG (lid, vanaf 2025); "
    ...         "Voorzitter algemeen bestuur Veiligheidsregio IJsselland |\\n")
    >>> sorted((r.object.text, r.role) for r in extract("d", text, gazetteer=load_gazetteer()).relations
    ...        if r.rule == "tables.representation-role")
    [('Divosa', 'lid'), ('Platform31', 'voorzitter'), ('Veiligheidsregio IJsselland', 'voorzitter')]
    """
    found = []
    for a, b in _items(ctx.text, start, end, ctx.in_span(start, end)):
        while a < b and ctx.text[a].isspace():
            a += 1
        bodies = _without_organ(ctx, [m for m in ctx.in_span(a, b) if m.type in _BODIES])
        if not bodies or _NOT_HELD.search(ctx.text, a, b):
            continue
        before = role_pattern().match(ctx.text, a, bodies[0].start)
        bracket = _BRACKET_ROLE.search(ctx.text, bodies[-1].end, b)
        if before is not None and _ROLE_TO_BODY.fullmatch(ctx.text, before.end(), bodies[0].start) \
                and not _ROLE_OR_NOT.search(ctx.text, a, b):
            # "voorzitter Regio Foodvalley", "Voorzitter algemeen bestuur Veiligheidsregio X", "Trekker van de Themagroep Y"
            role = role_of(before.group(0))
        elif bracket is not None and _BEFORE_BODY.fullmatch(ctx.text, a, bodies[0].start):
            word = role_pattern().match(bracket.group("role"))  # "VNG-commissie X (lid)"
            role = role_of(word.group(0)) if word is not None else None
        else:
            continue
        if role is not None and role.label != "lid" or role is not None and bracket is not None:
            found.append((bodies[-1] if bracket is not None else bodies[0], role.label))
    return found


#: a body's supervisory organ, named before the body: "lid Raad van Toezicht Saxion" (the role is at Saxion)
_ORGAN = re.compile(r"raad\s+van\s+(?:toezicht|commissarissen)", re.IGNORECASE)


def _without_organ(ctx: DocContext, bodies: list[Mention]) -> list[Mention]:
    """``bodies`` without a supervisory organ read as a body of its own right before the body it is of: "voorzitter
    Raad van Toezicht X" is a role at X (its role word "voorzitter raad van toezicht"; walkthrough 39, finding 8).

    >>> from graph.gazetteer import load_gazetteer
    >>> from graph.extract import extract
    >>> text = ("| Naam | Functie | Nevenfunctie |\\n|---|---|---|\\n"
    ...         "| Eva Smit | wethouder | lid Raad van Toezicht Saxion |\\n| Jan Mol | wethouder | lid pijler Fysiek Domein G40 |\\n")
    >>> sorted((r.subject.text, r.predicate, r.role, r.object.text) for r in extract(
    ...     "d", text, gazetteer=load_gazetteer()).relations if r.rule.startswith("tables.representation"))
    [('Eva Smit', 'hasRole', 'lid raad van toezicht', 'Saxion'), ('Jan Mol', 'participatesIn', None, 'pijler Fysiek Domein')]
    """
    return [m for k, m in enumerate(bodies) if not (
        _ORGAN.fullmatch(m.text) and k + 1 < len(bodies) and not ctx.text[m.end:bodies[k + 1].start].strip())]


#: the steering body of a programme named after it: "stuurgroep City Deal X", "bestuurlijke kopgroep Woondeal Y"
_STEERING = re.compile(r"(?:bestuurlijke\s+)?(?:stuurgroep|regiegroep|kopgroep|kerngroep)\s", re.IGNORECASE)


def _field_bracket(bracket: str) -> bool:
    """Whether a bracket after an item's body only names the field it is held for ("Regio Amersfoort (economie)"):
    no role word and nothing that denies or plans it (round 51a).

    >>> [_field_bracket(b) for b in ("(economie)", "(lid)", "(vanaf 2025)", "nog niet")]
    [True, False, False, False]
    """
    return bracket.startswith("(") and role_pattern().search(bracket) is None and _NOT_HELD.search(bracket) is None


def _represented_bodies(ctx: DocContext, start: int, end: int) -> list[Mention]:
    """The body each item of the cell ``start:end`` names right at its start (after a membership word)."""
    found = []
    for a, b in _items(ctx.text, start, end, ctx.in_span(start, end)):
        while a < b and ctx.text[a].isspace():
            a += 1
        bodies = [m for m in ctx.in_span(a, b) if m.type in _BODIES]
        if not bodies or any(not _field_bracket(m.group()) for m in _ROLE_OR_NOT.finditer(ctx.text, a, b)) \
                or not _BEFORE_BODY.fullmatch(ctx.text, a, bodies[0].start):
            continue
        if len(_without_organ(ctx, bodies)) < len(bodies):
            continue  # "lid Raad van Toezicht Saxion": a seat in its supervisory board, a role (_held_roles)
        body = bodies[0]
        for after in bodies[1:]:  # "G40 pijler Fysiek": the pijler, not its owner before it
            if after.start < body.end or ctx.text[body.end:after.start].strip(" -") != "":
                break
            if after.type == "Organisation" and body.type == "OrganisationalUnit":
                break  # "lid pijler Fysiek Domein G40": the pijler, not its owner after it (walkthrough 39, finding 8)
            body = after
        governed = next((m for m in bodies if m.type == "Programme" and body.start < m.start and m.end == body.end), None)
        if body.type == "OrganisationalUnit" and governed is not None and _STEERING.match(ctx.text, body.start):
            body = governed  # "Lid stuurgroep City Deal X": a seat in the deal's steering group is a part in the deal (43b)
        found.append(body)
    return found
