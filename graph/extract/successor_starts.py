"""The successor holds the post from the succession's day (round 56t).

"Programmamanager is Daan Kuiper; hij volgde per 1 mei 2026 Roos Dekker op", "Zij volgde in januari 2025
Henk Bakker op, die tot eind 2024 wethouder Wonen was", "Zijn opvolger, wethouder Eva Kok, is per 1
juli 2025 voorzitter": the succession is dated, and the one succeeded held a post up to it (the rules of
:mod:`graph.extract.succession` end it the day before). The successor's post with the same role word at the
same body, read elsewhere in the document without a time of its own ("Wethouder Sanne Mulder (Wonen) is
blij", a table's "Eva Kok, …, voorzitter pijler Economie en Werk"), starts on the succession's day,
where it took the document's date (not the title before the successor's name in the succession's own sentence:
"Wethouder X wordt aangewezen …, als opvolger van wethouder Y, die per 1 juni is vertrokken"). So does the one
post with the role word the succession names after "op als" ("X volgt per 1 juli 2024 Y op als concerndirecteur")
where the one succeeded has none. A post with a time
of its own, past or ended keeps it; a succession without a date, or one with an end, dates nothing.

>>> from graph.gazetteer import load_gazetteer
>>> from graph.extract import extract
>>> text = ("Wethouder Eva Kok (Ede) opende de dag. Zij volgde in maart 2025 Jan Smit op, die tot februari 2025 "
...         "wethouder van Ede was.")
>>> sorted((r.subject.text, r.valid_from, r.valid_until) for r in extract("d", text, gazetteer=load_gazetteer(),
...        date="2025-09-01").relations if r.predicate == "hasRole")
[('Eva Kok', '2025-03-01', None), ('Jan Smit', None, '2025-01-31')]
"""

from __future__ import annotations

import dataclasses
import re

from .kept_until import same_person
from .model import Relation, Sentence
from .periods import change_date, day_before
from .role_words import role_of

__all__ = ["with_handover_ends", "with_successor_contacts", "with_successor_starts"]

#: the post the succession names: "volgt … op als concerndirecteur", "werd als trekker opgevolgd"
_AS_ROLE = re.compile(r"\bop\s+als\s+([^\W\d_][\w-]*)", re.IGNORECASE)


def with_successor_starts(text: str, sentences: list[Sentence], relations: list[Relation]) -> list[Relation]:
    """``relations`` with the start each dated succession gives the successor's undated posts (see the module docstring)."""
    out = list(relations)
    for succession in relations:
        if succession.predicate != "succeeded" or not succession.valid_from or succession.valid_until \
                or succession.past or succession.subject.type != "Person":
            continue
        start = succession.valid_from
        left = {(r.role, r.object.label) for r in relations
                if r.predicate == "hasRole" and r.role and same_person(r.subject, succession.object)
                and r.valid_until and r.valid_until < start}
        named = None
        if not left:
            sentence = next((s for s in sentences if s.start <= succession.evidence_start < s.end), None)
            found = _AS_ROLE.search(text, succession.evidence_start, sentence.end) if sentence else None
            named = role_of(found.group(1)) if found else None
            if named is None:
                continue
        posts = [k for k, r in enumerate(out) if r.predicate == "hasRole" and r.role
                 and same_person(r.subject, succession.subject) and not (r.valid_from or r.valid_until or r.past)
                 and not _titled(text, r, succession)
                 and ((r.role, r.object.label) in left if left
                      else r.role == named.label or r.role.startswith(named.label + " "))]
        if named is not None and len({(out[k].role, out[k].object.label) for k in posts}) != 1:
            continue  # "op als concerndirecteur": only where the successor holds one such post
        for k in posts:
            out[k] = dataclasses.replace(out[k], valid_from=start,
                                         valid_from_precision=succession.valid_from_precision, appointed=False)
    return out


def with_successor_contacts(relations: list[Relation]) -> list[Relation]:
    """``relations`` where a dated succession of a contact person starts the successor's contact (round 57t).

    "Contactpersoon voor Nijmegen was tot 1 mei 2025 Ellen Stroeve; per 1 mei 2025 is zij opgevolgd door Bram
    Kuijpers": the one succeeded was a contact up to the succession, so the successor's contact, read elsewhere
    without a time of its own (a table's "Bram Kuijpers, beleidsadviseur wonen" in the row of Nijmegen's
    contribution), starts on its day. Only where the successor is the contact of one thing in the document, and the
    one succeeded was a contact that ended before that day.

    >>> from graph.gazetteer import load_gazetteer
    >>> from graph.extract import extract
    >>> text = ("Bijlage bij het Convenant Groene Wijken\\n\\n| Partij | Bijdrage (€) | Vorm | Contactpersoon |\\n|---|---:|---|---|\\n"
    ...         "| Gemeente Tiel | 250.000 | in geld | Bram Kok, beleidsadviseur wonen |\\n\\nContactpersoon voor Tiel was tot "
    ...         "1 mei 2025 Eva Smit; per 1 mei 2025 is zij opgevolgd door Bram Kok.")
    >>> sorted((r.subject.text, r.valid_from, r.valid_until) for r in extract("d", text, gazetteer=load_gazetteer(),
    ...        date="2025-06-23").relations if r.predicate == "contactFor")
    [('Bram Kok', '2025-05-01', None), ('Eva Smit', None, '2025-04-30')]
    """
    out = list(relations)
    for succession in relations:
        if succession.predicate != "succeeded" or not succession.valid_from or succession.past \
                or succession.subject.type != "Person":
            continue
        start = succession.valid_from
        if not any(r.predicate == "contactFor" and same_person(r.subject, succession.object) and r.valid_until
                   and r.valid_until < start for r in relations):
            continue
        contacts = [k for k, r in enumerate(out) if r.predicate == "contactFor" and same_person(r.subject, succession.subject)]
        if len({out[k].object.label for k in contacts}) != 1:
            continue
        for k in contacts:
            if not (out[k].valid_from or out[k].valid_until or out[k].past):
                out[k] = dataclasses.replace(out[k], valid_from=start, valid_from_precision=succession.valid_from_precision,
                                             appointed=False)
    return out


def _titled(text: str, post: Relation, succession: Relation) -> bool:
    """Whether ``post`` is read off the title right before the successor's name in the succession's own sentence:
    "Wethouder X wordt aangewezen als lid van de stuurgroep, als opvolger van wethouder Y, die per 1 juni is
    vertrokken" says who succeeds, not that X became wethouder then."""
    return post.evidence_start == succession.evidence_start and post.role is not None and re.search(
        r"\b" + re.escape(post.role) + r"\s+$", text[post.evidence_start:post.subject.start], re.IGNORECASE) is not None


#: the clause of a passive succession: "in oktober 2021 werd hij opgevolgd door"
_SUCCEEDED_CLAUSE = re.compile(r"[;,]\s+(?P<clause>[^;,]*?\b(?:werd|is|was)\s+(?:hij|zij|ze)\s+(?:[^;,]*?\s)?opgevolgd\b)",
                               re.IGNORECASE)


def with_handover_ends(text: str, sentences: list[Sentence], relations: list[Relation]) -> list[Relation]:
    """``relations`` where a handover dated within the year a "tot <jaar>" names ends the post then (round 56t).

    "Burgemeester X was in functie tot 2021; in oktober 2021 werd hij opgevolgd door Y": "tot 2021" alone ends the
    post on 31 December 2020, but the handover in the same sentence says X held it into 2021, until the day before
    the handover's day. Only the post the sentence ends with a year (precision ``year``, the year before the
    handover's), of the one succeeded.

    >>> from graph.gazetteer import load_gazetteer
    >>> from graph.extract import extract
    >>> text = "Gemeente Epe\\n\\nBurgemeester Ad Kok was in functie tot 2021; in oktober 2021 werd hij opgevolgd door Eva Smit."
    >>> [(r.subject.text, r.valid_until) for r in extract("d", text, gazetteer=load_gazetteer(), date="2024-01-10").relations
    ...  if r.predicate == "hasRole" and r.subject.text == "Ad Kok"]
    [('Ad Kok', '2021-09-30')]
    """
    if "opgevolgd" not in text:
        return relations
    for sentence in sentences:
        handover = _SUCCEEDED_CLAUSE.search(text, sentence.start, sentence.end)
        day = change_date(text, handover.start("clause"), handover.end("clause")) if handover else None
        if day is None:
            continue
        ended = f"{int(day[:4]) - 1}-12-31"
        successions = [r for r in relations if r.predicate == "succeeded" and r.evidence_start == sentence.start]
        relations = [dataclasses.replace(r, valid_until=day_before(day), valid_until_precision=None)
                     if r.predicate == "hasRole" and r.evidence_start == sentence.start and r.valid_until == ended
                     and r.valid_until_precision == "year" and r.subject.start < handover.start()
                     and any(same_person(r.subject, s.object) for s in successions) else r for r in relations]
    return relations
