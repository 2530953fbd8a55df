"""An infobox's role field: the holders of a role in the body the infobox is about, each with their period.

A Wikipedia-style article about a network's unit opens with an infobox, a table whose one-cell header
names the unit and whose rows are fields; a role field lists the successive holders::

    | Pijler Groen |
    |---|
    | Voorzitters | Eva Smit (Ede), 2015–2018, Tom Bos (Oss), sinds 2018 |

Each person of a field whose label is a role word of a unit ("Voorzitter(s)", "Trekkers", "Secretaris")
``hasRole`` that role in the infobox's body, in the period written after the person up to the next one
("2015–2018": from 2015 through 2018; "sinds 2018"); a holder whose period ended before a later holder's
is a past one. A person in a bracket is none of them. The evidence is the field's row.

Examples
--------
>>> from graph.gazetteer import load_gazetteer
>>> from graph.extract import extract
>>> text = ("Pijler Groen (G40)\\n\\n| Pijler Groen |\\n|---|\\n| Opgericht | 2015 |\\n"
...         "| Voorzitters | Eva Smit (Ede), 2015–2018, Tom Bos (Oss), sinds 2018 |\\n")
>>> ex = extract("d", text, gazetteer=load_gazetteer())
>>> [(r.subject.text, r.role, r.object.label, r.valid_from, r.valid_until, r.past) for r in ex.relations
...  if r.rule == "roles.infobox-field"]
[('Eva Smit', 'voorzitter', 'Pijler Groen', '2015-01-01', '2018-12-31', True), \
('Tom Bos', 'voorzitter', 'Pijler Groen', '2018-01-01', None, False)]
"""

from __future__ import annotations

from .context import DocContext
from .model import Mention, Sentence
from .periods import find_periods
from .roles import role_of
from .table_layout import cells_of, header_rows

__all__ = ["find_infobox_roles"]

_BODIES = frozenset({"OrganisationalUnit", "Programme", "Organisation"})


def find_infobox_roles(ctx: DocContext) -> None:
    """Add the holders of each role field of an infobox about a body."""
    if "|" not in ctx.text:
        return
    for header, rows in header_rows(ctx.text, ctx.sentences):
        cells = cells_of(ctx.text, header)
        if len(cells) != 1:
            continue
        body = next((m for m in ctx.in_span(*cells[0]) if m.type in _BODIES), None)
        if body is None or ctx.text[cells[0][0]:cells[0][1]].strip() != body.text:
            continue  # the header is the body's name alone
        for row in rows:
            fields = cells_of(ctx.text, row)
            if len(fields) != 2:
                continue
            role = role_of(ctx.text[fields[0][0]:fields[0][1]].strip())
            if role is None or not role.scope.startswith("unit"):
                continue
            _holders(ctx, row, fields[1], body, role.label)


def _holders(ctx: DocContext, row: Sentence, value: tuple[int, int], body: Mention, role: str) -> None:
    persons = [m for m in ctx.in_span(*value) if m.type == "Person" and not _in_bracket(ctx.text, value[0], m.start)]
    periods = []
    for k, person in enumerate(persons):
        end = persons[k + 1].start if k + 1 < len(persons) else value[1]
        found = find_periods(ctx.text, person.end, end)
        periods.append(found[0] if len(found) == 1 else None)
    for k, (person, period) in enumerate(zip(persons, periods)):
        until = period.valid_until if period else None
        later = [p.valid_from for p in periods[k + 1:] if p and p.valid_from]
        past = until is not None and any(start[:4] >= until[:4] for start in later)  # "2015–2018, B, sinds 2018"
        ctx.add(person, "hasRole", body, row, "roles.infobox-field", 0.75, role=role, past=past,
                since=period.valid_from if period else None, until=until,
                precision=period.from_precision if period else None)


def _in_bracket(text: str, start: int, at: int) -> bool:
    """Whether offset ``at`` is inside a bracket opened after ``start``: "Eva Smit, adviseur (vervangt Kees Bos)"
    (also :mod:`.programme_parts`).

    >>> _in_bracket("Eva Smit (vervangt Kees Bos)", 0, 19), _in_bracket("Eva Smit (VNG); Kees Bos", 0, 16)
    (True, False)
    """
    return text.count("(", start, at) > text.count(")", start, at)
