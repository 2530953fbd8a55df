"""Units a sentence announces, then names: a list ("De pijler werkt met drie themagroepen:" and one
bullet per themagroep, or "…: Armoede, Jeugd en Zorg"), a count and the units the paragraph (or the
table right after it) names ("De pijler kent drie themagroepen. De themagroep X …"), or a count and
the paragraphs that open with their names ("Huur – …"). Each is part of the unit or organisation the
announcing sentence names, else of the pijler around the list. A list of the bodies the owner has a
seat in ("De G40 is vertegenwoordigd in de volgende overleggen:") makes the owner take part in each.

Called by :func:`graph.extract.parts.find_parts`.

Examples
--------
>>> from graph.extract import extract
>>> from graph.gazetteer import load_gazetteer
>>> ex = extract("d", "De pijler Sociaal kent drie themagroepen: Armoede, Jeugd en Zorg.", gazetteer=load_gazetteer())
>>> [(r.subject.text, r.object.text) for r in ex.relations if r.predicate == "partOf"]
[('Armoede', 'pijler Sociaal'), ('Jeugd', 'pijler Sociaal'), ('Zorg', 'pijler Sociaal')]
"""

from __future__ import annotations

import re

from .context import DocContext
from .model import Mention, Sentence
from .part_clauses import PARENTS
from .listed_units import announcement, lead_in_units_of, one_of_beside

__all__ = ["list_parts", "sibling_parts", "counted_then_named", "counted_then_led"]


def list_parts(ctx: DocContext) -> None:
    """The units of a list that a sentence announces belong to the unit or organisation that
    sentence names: "De pijler gaat werken met drie themagroepen:" followed by one item per
    themagroep, or "De pijler kent drie themagroepen: Armoede, Jeugd en Zorg"; when that sentence
    names no owner, to the pijler around the list (:func:`_enclosing_unit`)."""
    for sentence in ctx.sentences:
        items = [m for m in ctx.in_sentence(sentence) if m.rule == "units.list-item"]
        if not items or sentence.item_start is False and sentence.bullet_list is not None:
            continue
        if sentence.bullet_list is not None:
            first = next(s for s in ctx.sentences if s.bullet_list == sentence.bullet_list)
            intro, items = ctx.previous_sentence(first), items[:1]
        else:  # the names in the announcing sentence itself, or in the one after it
            intro = sentence if _owners(ctx, sentence, items[0].start) else ctx.previous_sentence(sentence)
        owners = _owners(ctx, intro, items[0].start) if intro is not None else []
        if not owners and intro is not None:
            owners = _enclosing_unit(ctx, intro, items[0])
        represented = intro is not None and _SEATED_IN.search(intro.text) is not None
        for item in items if owners else ():
            if represented:  # "De G40 is vertegenwoordigd in de volgende overleggen:": bodies it sits in
                ctx.add(owners[0], "participatesIn", item, sentence, "relations.list-item-seat", 0.75)
            else:
                ctx.add(item, "partOf", owners[0], sentence, "relations.list-item-part", 0.8)


def sibling_parts(ctx: DocContext) -> None:
    """The units named beside the one a sentence counts among its kind belong to the owner named after the
    kind word: "De Themagroep Mobiliteit is een van de vier themagroepen van de Pijler Fysiek, naast Wonen,
    Ruimte en Klimaatadaptatie": each is part of the Pijler Fysiek (with no owner there, of nothing)."""
    siblings = [m for m in ctx.mentions if m.rule == "units.sibling-named"]
    for sentence in {ctx.sentence_at(m.start) for m in siblings}:
        match = one_of_beside().search(sentence.text) if sentence is not None else None
        if match is None:
            continue
        after_kind, before_names = sentence.start + match.end("kind"), sentence.start + match.start("names")
        owners = [m for m in ctx.in_sentence(sentence) if m.type in ("OrganisationalUnit", "Organisation")
                  and after_kind <= m.start < before_names]
        for sibling in (m for m in siblings if owners and sentence.start <= m.start < sentence.end):
            ctx.add(sibling, "partOf", owners[-1], sentence, "relations.sibling-part", 0.75)




def counted_then_named(ctx: DocContext) -> None:
    """"De pijler kent drie themagroepen." and the next sentences of the paragraph (or the first cells of
    the table right after it: "| Themagroep | Trekker |") name exactly three themagroepen: each is part
    of the pijler.

    Examples
    --------
    (see tests/test_extract_round3.py::test_units_counted_then_named_belong_to_the_owner)
    """
    for k, sentence in enumerate(ctx.sentences):
        if sentence.bullet_list is not None or not sentence.text.rstrip().endswith(".") or \
                not any(m.type in PARENTS for m in ctx.in_sentence(sentence)) or \
                not ctx.has_cue(_COUNT_WORD, sentence):
            continue  # an owner is named: "De pijler kent drie themagroepen."
        announced = announcement(sentence.text)
        if announced is None or announced[1] is None or announced[2] is None:
            continue
        kind, count, counted = announced
        owners = _owners(ctx, sentence, sentence.start + counted.start())
        if not owners:
            continue
        named, previous, table = {}, sentence, False
        for j, later in enumerate(ctx.sentences[k + 1:k + 1 + _PARAGRAPH_REACH + _TABLE_REACH]):
            if later.is_heading:
                break
            if "\n\n" in ctx.text[previous.end:later.start]:
                if table or not later.text.startswith("|"):
                    break  # the same paragraph only, or the table right after it ("| Themagroep | Trekker |")
                table = True
            elif not table and j >= _PARAGRAPH_REACH:
                break
            previous = later
            for m in ctx.in_sentence(later):
                if m.type == "OrganisationalUnit" and m.kind == kind and m.rule in _COUNTED_RULES:
                    named.setdefault(m.label, (m, later))
        if len(named) == count:
            for unit, later in named.values():
                ctx.add(unit, "partOf", owners[-1], later, "relations.counted-then-named", 0.7)


def counted_then_led(ctx: DocContext) -> None:
    """"De pijler werkt met drie themagroepen." and the paragraphs after it open with their names and a
    dash ("Armoede en Schulden – …", see :func:`graph.extract.listed_units.lead_in_units_of`): each is part
    of the pijler.

    >>> from graph.extract import extract
    >>> from graph.gazetteer import load_gazetteer
    >>> text = "De pijler Wonen kent twee werkgroepen.\\n\\nHuur – Eva trekt.\\n\\nBouw en Grond – Jan trekt.\\n"
    >>> ex = extract("d", text, gazetteer=load_gazetteer())
    >>> sorted(r.subject.label for r in ex.relations if r.predicate == "partOf" and r.object.label == "Pijler Wonen")
    ['Werkgroep Bouw en Grond', 'Werkgroep Huur']
    """
    led = {m.start: m for m in ctx.mentions if m.rule == "units.lead-in"}
    if not led:
        return
    for k, sentence in enumerate(ctx.sentences):
        if not ctx.has_cue(_COUNT_WORD, sentence) or not any(m.type in PARENTS for m in ctx.in_sentence(sentence)):
            continue
        listed = lead_in_units_of(ctx.text, ctx.sentences, k)
        if listed is None:
            continue
        owners = _owners(ctx, sentence, sentence.start + announcement(sentence.text)[2].start())
        for start, _ in listed[1] if owners else ():
            unit = led.get(start)
            if unit is not None:
                ctx.add(unit, "partOf", owners[-1], ctx.sentence_at(start), "relations.counted-then-led", 0.7)


#: an intro that lists bodies the owner sits in, not its own parts: "De G40 is vertegenwoordigd in de volgende
#: overleggen:", "De pijler neemt deel aan:", "Het netwerk heeft zitting in de volgende gremia:"
_SEATED_IN = re.compile(r"\b(?:vertegenwoordigd\s+(?:[\w-]+\s+){0,3}?in|(?:neemt|nemen|nam|namen)\s+(?:[\w-]+\s+){0,3}?deel\s+aan|"
                        r"(?:heeft|hebben|had|hadden)\s+(?:[\w-]+\s+){0,3}?zitting\s+in|(?:zit|zitten|zat|zaten)\s+"
                        r"(?:[\w-]+\s+){0,3}?in\s+de\s+volgende|participeert\s+in|participeren\s+in|deelgenomen)\b", re.IGNORECASE)
#: how many sentences after a count may name the units counted
_PARAGRAPH_REACH = 8
#: how many rows (with its header and separator) of a table right after the count's paragraph are read
_TABLE_REACH = 12
#: the rules of a unit's name that a count may announce: named in a sentence, or a table row's first cell
_COUNTED_RULES = frozenset({"units.named", "tables.row-name"})
#: a count in words, as prose writes one before a plural kind word ("drie themagroepen"): the cheap test before
#: :func:`graph.extract.listed_units.announcement`
_COUNT_WORD = re.compile(r"\b(?:twee|drie|vier|vijf|zes|zeven|acht|negen|tien)\s", re.IGNORECASE)


def _enclosing_unit(ctx: DocContext, intro: Sentence, item: Mention) -> list[Mention]:
    """The pijler a list of other units belongs to when its intro names no owner ("Via de
    themagroepen werd gewerkt aan:" under "Pijler Klimaat"): the one its section heading names, else
    the one pijler the text names before the list (themagroepen and taskforces sit in a pijler)."""
    heading = ctx.section_entity(intro)
    candidates = [heading] if heading is not None else \
        [m for m in ctx.mentions if m.end <= intro.start and m.rule != "units.list-item"]
    larger = [m for m in candidates if m.type == "OrganisationalUnit" and m.kind == "pijler" != item.kind]
    return larger[-1:] if len({m.name for m in larger}) == 1 else []


def _owners(ctx: DocContext, sentence: Sentence, before: int) -> list[Mention]:
    """The units and organisations ``sentence`` names before offset ``before`` (not list items)."""
    return [m for m in ctx.in_sentence(sentence) if m.type in ("OrganisationalUnit", "Organisation")
            and m.rule != "units.list-item" and m.start < before]
