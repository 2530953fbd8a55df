"""A Handelsregister (KvK) extract: the legal person's officers, read from their blocks of fields.

An extract of the Handelsregister lists the registered legal person and then its officers, one block
of fields per officer, each field a label in a column of its own and its value beside it:

    Rechtspersoon
    Rechtsvorm            Stichting
    Naam                  Stichting Stadslab Noord

    Bestuurders
    Naam                  Gemeente Ede
    Functie               Bestuurder (voorzitter)
    Datum in functie      01-03-2023
    Vertegenwoordigd door Jansen, Pieter Karel

    Historie functionarissen (uit functie)
    Naam                  Bakker, Els
    Titel                 Gevolmachtigde
    Datum in functie      15-06-2021
    Datum uit functie     31-08-2022

The register writes a person surname first ("Jansen, Pieter Karel", a title before it: "ir. Van Dam,
Els"); a body (a municipality) that is a bestuurder acts through the person who represents it
("Vertegenwoordigd door"). So a block says: its holder holds the office its "Functie" or "Titel" names
(the word in brackets where there is one: "Bestuurder (voorzitter)" is the chair) in the legal person
the "Naam" field of the block with the "Rechtsvorm" names, from its "Datum in functie" up to and
including its "Datum uit functie"; a body that is a bestuurder takes part in the legal person in that
time, and its representative holds the office for it and works for it. A block under a heading
"Historie" or "(uit functie)" is over.

The labels are read as labels: a name never runs from a label into its value ("Functie  Bestuurder",
"Titel  Gevolmachtigde" name no one).

Called by :func:`graph.extract.extract`: :func:`register_mentions` before the relations are read,
:func:`find_register_officers` after (rule ``register.officer``).

Examples
--------
>>> from graph.gazetteer import load_gazetteer
>>> from graph.extract import extract
>>> text = ("Rechtspersoon\\nRechtsvorm            Stichting\\nNaam                  Stichting Stadslab Noord\\n\\n"
...         "Bestuurders\\nNaam                  Gemeente Ede\\nFunctie               Bestuurder (voorzitter)\\n"
...         "Datum in functie      01-03-2023\\nVertegenwoordigd door Jansen, Pieter Karel\\n")
>>> sorted((r.subject.label, r.predicate, r.object.label, r.role, r.valid_from)
...        for r in extract("d", text, gazetteer=load_gazetteer(), date="2025-10-01").relations)
... # doctest: +NORMALIZE_WHITESPACE
[('Ede', 'participatesIn', 'Stichting Stadslab Noord', None, '2023-03-01'),
 ('Pieter Karel Jansen', 'affiliatedWith', 'Ede', None, None),
 ('Pieter Karel Jansen', 'hasRole', 'Stichting Stadslab Noord', 'voorzitter', None)]
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from .context import DocContext
from .model import Mention
from .roles import role_of

__all__ = ["register_mentions", "find_register_officers", "officer_blocks"]

RULE = "register.officer"

#: the field labels of a Handelsregister extract
_LABELS = ("Naam", "Functie", "Titel", "Datum in functie", "Datum uit functie", "Vertegenwoordigd door",
           "Bevoegdheid", "Geboortedatum", "Geboorteplaats", "Rechtsvorm", "Statutaire zetel", "Handelsnaam",
           "Volmacht", "RSIN", "KvK-nummer", "Vestigingsnummer", "Bezoekadres", "Postadres",
           "Eerste inschrijving", "Datum akte oprichting", "Datum oprichting", "Activiteiten",
           "Werkzame personen", "Doel", "Adres", "Woonplaats")
#: a field line: its label, then (after a colon or spaces) its value
_FIELD = re.compile(r"[ \t]*(?P<label>" + "|".join(sorted(map(re.escape, _LABELS), key=len, reverse=True))
                    + r")(?:[ \t]*:[ \t]*|[ \t]+)(?P<value>\S[^\n]*?)[ \t]*$")
#: a person as the register writes one: titles, surname (with its particles), a comma, given names
_PERSON = re.compile(r"(?:(?:drs|dr|ir|ing|mr|prof|mevrouw|de heer)\.?[ \t]+)*"
                     r"(?P<surname>(?:(?:[Vv]an|[Dd]e|[Dd]en|[Dd]er|[Tt]er|[Tt]en|[Ii]n|['’]t|[Hh]et)[ \t]+)*"
                     r"[A-Z][\w'’-]+(?:-[A-Z][\w'’-]+)*),[ \t]+"
                     r"(?P<given>[A-Z][\w'’.-]*(?:[ \t]+[A-Z][\w'’.-]*)*)$")
_DATE = re.compile(r"\b(\d{1,2})-(\d{1,2})-(\d{4})\b")
#: a heading over blocks that are over
_PAST_SECTION = re.compile(r"\bhistorie\b|\buit functie\b|\bvoormalige?\b", re.IGNORECASE)
#: the labels whose value is the block's holder or the holder's representative
_HOLDER_LABELS = ("Naam", "Vertegenwoordigd door")


@dataclass
class Block:
    """One block of fields: each label's value as (start, end) offsets; the heading above the block."""

    fields: dict[str, tuple[int, int]] = field(default_factory=dict)
    labels: list[tuple[int, int]] = field(default_factory=list)
    section: str = ""


def officer_blocks(text: str) -> list[Block]:
    """The blocks of fields of ``text`` when it is a register extract (a block with a "Naam", a
    "Functie" or "Titel" and a "Datum in functie"), else none.

    >>> blocks = officer_blocks("Bestuurders\\nNaam    Gemeente Ede\\nFunctie Bestuurder\\nDatum in functie 01-01-2024\\n")
    >>> [(b.section, sorted(b.fields)) for b in blocks]
    [('Bestuurders', ['Datum in functie', 'Functie', 'Naam'])]
    >>> officer_blocks("Naam: Els Bakker\\nFunctie: wethouder\\n")
    []
    """
    blocks: list[Block] = []
    block: Block | None = None
    section = ""
    offset = 0
    for line in text.splitlines(keepends=True):
        start, offset = offset, offset + len(line)
        body = line.rstrip("\r\n")
        found = _FIELD.fullmatch(body)
        if found:
            if block is None:
                block = Block(section=section)
                blocks.append(block)
            block.fields.setdefault(found.group("label"), (start + found.start("value"), start + found.end("value")))
            block.labels.append((start + found.start("label"), start + found.start("value")))
        elif not body.strip():
            block = None
        elif body[:1] in " \t" and block is not None:
            continue  # a value that runs on
        else:
            section, block = body.strip(), None
    if not any(("Functie" in b.fields or "Titel" in b.fields) and "Naam" in b.fields and "Datum in functie" in b.fields
               for b in blocks):
        return []
    return blocks


def _person(text: str, start: int, end: int) -> Mention | None:
    """The person a value names surname first ("ir. Van den Heuvel, Bart"), as "Bart van den Heuvel".

    >>> _person("ir. Van den Heuvel, Bart Antonius", 0, 33).name
    'Bart Antonius van den Heuvel'
    >>> _person("Gemeente Ede", 0, 12) is None
    True
    """
    found = _PERSON.fullmatch(text, start, end)
    if found is None:
        return None
    surname = found.group("surname")
    words = surname.split()
    particles = [w.lower() for w in words[:-1]]
    name = " ".join([found.group("given"), *particles, words[-1]])
    return Mention(found.start("surname"), end, text[found.start("surname"):end], "Person", RULE, 0.8, name=name)


def _registered(text: str, blocks: list[Block]) -> Mention | None:
    """The legal person: the "Naam" of the block that gives its "Rechtsvorm"."""
    block = next((b for b in blocks if "Rechtsvorm" in b.fields and "Naam" in b.fields), None)
    if block is None:
        return None
    start, end = block.fields["Naam"]
    return Mention(start, end, text[start:end], "Organisation", RULE, 0.8)


def register_mentions(text: str, mentions: list[Mention]) -> tuple[list[Mention], list[Mention]]:
    """The legal person and the persons a register extract names, and ``mentions`` without those that
    run into a label ("Functie  Bestuurder") or over a value read here. Nothing when ``text`` is no extract.

    >>> found, kept = register_mentions("Bestuurders\\nNaam             Bakker, Els\\nTitel            Directeur\\n"
    ...                                 "Datum in functie 01-01-2024\\n", [])
    >>> [(m.text, m.name) for m in found], kept
    ([('Bakker, Els', 'Els Bakker')], [])
    """
    blocks = officer_blocks(text)
    if not blocks:
        return [], mentions
    found: list[Mention] = []
    registered = _registered(text, blocks)
    if registered is not None:
        found.append(registered)
    for block in blocks:
        for label in _HOLDER_LABELS:
            if label in block.fields:
                person = _person(text, *block.fields[label])
                if person is not None:
                    found.append(person)
    taken = [(m.start, m.end) for m in found] + [label for b in blocks for label in b.labels]
    kept = [m for m in mentions if not any(m.start < end and start < m.end for start, end in taken)
            or any((m.start, m.end) == (f.start, f.end) and m.type == f.type for f in found)]
    found = [f for f in found if not any((m.start, m.end) == (f.start, f.end) and m.type == f.type for m in kept)]
    return found, kept


def _date(text: str, span: tuple[int, int] | None) -> str | None:
    found = _DATE.search(text, *span) if span else None
    return f"{found.group(3)}-{int(found.group(2)):02d}-{int(found.group(1)):02d}" if found else None


def _office(text: str, block: Block) -> str | None:
    """The office a block's "Functie" or "Titel" names: the word in brackets where there is one."""
    span = block.fields.get("Functie") or block.fields.get("Titel")
    if span is None:
        return None
    value = text[span[0]:span[1]].strip()
    inner = re.search(r"\(([^()]+)\)", value)
    word = (inner.group(1) if inner else value).strip().lower()
    known = role_of(word)
    return known.label if known is not None else word


def find_register_officers(ctx: DocContext) -> None:
    """Add the offices, participations and affiliations a register extract's officer blocks state."""
    blocks = officer_blocks(ctx.text)
    if not blocks:
        return
    registered = next((m for b in blocks if "Rechtsvorm" in b.fields and "Naam" in b.fields
                       for m in ctx.in_span(*b.fields["Naam"]) if m.type == "Organisation"), None)
    if registered is None:
        return
    for block in blocks:
        if "Naam" not in block.fields or "Rechtsvorm" in block.fields:
            continue
        office = _office(ctx.text, block)
        holder = next(iter(ctx.in_span(*block.fields["Naam"])), None)
        sentence = ctx.sentence_at(block.fields["Naam"][0])
        if office is None or holder is None or sentence is None:
            continue
        since = _date(ctx.text, block.fields.get("Datum in functie"))
        until = _date(ctx.text, block.fields.get("Datum uit functie"))
        past = bool(until) or bool(_PAST_SECTION.search(block.section))
        if holder.type == "Person":
            ctx.add(holder, "hasRole", registered, sentence, RULE, 0.8, role=office, past=past, since=since,
                    until=until)
            continue
        ctx.add(holder, "participatesIn", registered, sentence, RULE, 0.8, past=past, since=since, until=until)
        representative = block.fields.get("Vertegenwoordigd door")
        person = next((m for m in ctx.in_span(*representative) if m.type == "Person"), None) if representative else None
        where = ctx.sentence_at(representative[0]) if person is not None else None
        if where is None:
            continue
        ctx.add(person, "hasRole", registered, where, RULE, 0.8, role=office, past=past)
        ctx.add(person, "affiliatedWith", holder, where, RULE, 0.8)
