""""Neem contact op met het Kabinet van de burgemeester, contactpersoon Anouk Brinkman": the contact person an
apposition names after a body holds the post of its contact person there (``hasRole`` "contactpersoon"; the
affiliation it implies is the role's, :func:`graph.extract._without_redundant` keeps no second fact).

The body is a unit or organisation right before the comma; the person follows "contactpersoon" (or
"contactpersoon:") right away. A contact person named for a programme or an event ("de City Deal,
contactpersoon X") is no member of staff of it: :mod:`graph.extract.contacts` reads those (round 55d).

"Contactpersoon bij Divosa voor het programma is Jolien Smit" names both: the contact for the programme
(``contactFor``) and the body she works at (``affiliatedWith``), :func:`find_contact_at_for`.

Examples
--------
>>> from graph.gazetteer import load_gazetteer
>>> from graph.extract import extract
>>> text = "Neem contact op met de Stichting Sportief Ede, contactpersoon Lotte Groen."
>>> sorted((r.subject.text, r.predicate, r.object.text, r.role) for r in extract("d", text,
...        gazetteer=load_gazetteer()).relations if r.rule == "relations.body-contactpersoon")
[('Lotte Groen', 'hasRole', 'Stichting Sportief Ede', 'contactpersoon')]
"""

from __future__ import annotations

import re

from .context import DocContext
from .model import Mention, Sentence

__all__ = ["find_body_contacts", "find_contact_at_for"]

_BODIES = frozenset({"OrganisationalUnit", "Organisation"})
#: the apposition after the body: ", contactpersoon (is) X"
_CONTACT_AFTER = re.compile(r"\s*,\s*(?:de\s+)?contactpersoon\s*:?\s+", re.IGNORECASE)


def find_body_contacts(ctx: DocContext, sentence: Sentence, mentions: list[Mention]) -> None:
    """Add "<body>, contactpersoon X": X works at the body as its contact person."""
    if "contactpersoon" not in sentence.text:
        return
    for body in (m for m in mentions if m.type in _BODIES):
        cue = _CONTACT_AFTER.match(ctx.text, body.end, sentence.end)
        person = next((m for m in mentions if cue is not None and m.start == cue.end() and m.type == "Person"), None)
        if person is None or sentence.text.rstrip().endswith("?"):
            continue  # (an imperative, "Neem contact op met …", is no hedge: the apposition states who it is)
        ctx.add(person, "hasRole", body, sentence, "relations.body-contactpersoon", 0.7, role="contactpersoon")


#: "Contactpersoon bij <body> voor <thing> is <persoon>" (the body and the thing each a mention right after)
_AT_FOR = re.compile(r"\s*(?:De\s+)?[Cc]ontactpersoon\s+(?:bij|van|namens)\s+(?:de\s+|het\s+)?")
_FOR = re.compile(r"\s+voor\s+(?P<article>(?:de|het|dit|deze)\s+)?")
_IS = re.compile(r"\s+(?:is|was)\s+(?:mevrouw\s+|de\s+heer\s+)?")
_THINGS = frozenset({"Programme", "Event", "OrganisationalUnit"})


def find_contact_at_for(ctx: DocContext, sentence: Sentence, mentions: list[Mention]) -> None:
    """"Contactpersoon bij Divosa voor het programma is X": X is the programme's contact, and works at Divosa.

    >>> from graph.gazetteer import load_gazetteer
    >>> from graph.extract import extract
    >>> text = ("Het Programma Werkend Rijnland is in 2020 gestart door de gemeente Leiden. Contactpersoon bij Divosa "
    ...         "voor het programma is Jolien de Wit.")
    >>> sorted((r.subject.text, r.predicate, r.object.label) for r in extract("d", text, gazetteer=load_gazetteer()
    ...        ).relations if r.rule == "relations.contactpersoon-bij-voor")
    [('Jolien de Wit', 'affiliatedWith', 'Divosa'), ('Jolien de Wit', 'contactFor', 'Programma Werkend Rijnland')]
    """
    if "ontactpersoon" not in sentence.text:
        return
    opening = _AT_FOR.match(ctx.text, ctx.content_start(sentence), sentence.end)
    body = next((m for m in mentions if opening is not None and m.start == opening.end() and m.type in _BODIES
                 | {"Ministry", "Municipality", "Province"}), None)
    cue = _FOR.match(ctx.text, body.end, sentence.end) if body is not None else None
    # the thing's mention may hold its article ("het programma", a reference) or not ("de Themagroep X")
    thing = next((m for m in mentions if cue is not None and m.start in (cue.end(), cue.start("article"))
                  and m.type in _THINGS), None)
    verb = _IS.match(ctx.text, thing.end, sentence.end) if thing is not None else None
    person = next((m for m in mentions if verb is not None and m.start == verb.end() and m.type == "Person"), None)
    if person is None or sentence.text.rstrip().endswith("?"):
        return
    ctx.add(person, "contactFor", thing, sentence, "relations.contactpersoon-bij-voor", 0.75)
    ctx.add(person, "affiliatedWith", body, sentence, "relations.contactpersoon-bij-voor", 0.7)
