"""The chapter of a pijler: its themagroepen in the sections under it, headed by their names.

An annual report gives each pijler a chapter and each of the pijler's themagroepen a section under
it, headed by the themagroep's name alone::

    3. Pijler Fysiek
    De Pijler Fysiek kijkt terug op een druk jaar. …

    Wonen
    De themagroep Wonen, getrokken door …

    Mobiliteit en bereikbaarheid
    Trekker van de themagroep Mobiliteit was …

A themagroep named in a section whose heading is (the start of) its own name, under a heading that
names nothing but a pijler, is part of that pijler. The chapter ends at the next heading that names
a unit, programme or organisation. A section headed by anything else ("Resultaten") says nothing.

A memo or report on several pijlers gives each a section of its own and names their themagroepen in
its text, without a heading of their own (:func:`_own_section_parts`)::

    2. Pijler Sociaal
    De voorzitter blijft aan. De themagroep Jeugd zoekt een nieuwe trekker.

    3. Pijler Fysiek
    De themagroep Wonen wordt voortaan getrokken door …

A themagroep named in the section of a pijler is part of that pijler when the sentence names no other
pijler ("… met de themagroep Zorg van de pijler Sociaal") and the document gives it no other parent.

Examples
--------
>>> from graph.gazetteer import load_gazetteer
>>> from graph.extract import extract
>>> text = ("Jaarverslag 2023\\n\\n3. Pijler Fysiek\\n\\nDe pijler vergaderde vier keer.\\n\\n"
...         "Wonen\\nDe themagroep Wonen sprak met BZK.\\n")
>>> ex = extract("d", text, gazetteer=load_gazetteer())
>>> [(r.subject.label, r.object.label) for r in ex.relations if r.rule == "parts.chapter-pijler"]
[('Themagroep Wonen', 'Pijler Fysiek')]
"""

from __future__ import annotations

import bisect
import re

from .context import DocContext
from .model import Mention

__all__ = ["find_chapter_parts"]

#: a chapter's number before its name: "3. ", "2.1 "
_NUMBER = re.compile(r"\s*(?:\d+(?:\.\d+)*\.?\s+)?")
_NAMED = frozenset({"OrganisationalUnit", "Programme", "Organisation", "Ministry"})


def _pijler_heading(ctx: DocContext, named: list[Mention], start: int, end: int) -> Mention | None:
    """The pijler a heading names and nothing else ("3. Pijler Fysiek")."""
    if len(named) != 1 or named[0].kind != "pijler":
        return None
    pijler = named[0]
    if _NUMBER.fullmatch(ctx.text, start, pijler.start) and not ctx.text[pijler.end:end].strip():
        return pijler
    return None


def _names_section(unit: Mention, heading: str) -> bool:
    """Whether a section heading is the themagroep's name, or starts with it, or it with the heading
    ("Wonen" for Themagroep Wonen, "Mobiliteit en bereikbaarheid" for Themagroep Mobiliteit)."""
    name = re.sub(r"^themagroep\s+", "", unit.label, flags=re.IGNORECASE).lower()
    heading = " ".join(heading.lower().split()).rstrip(":")
    return bool(name) and len(heading) > 2 and (heading.startswith(name) or name.startswith(heading))


def _title_pijler(ctx: DocContext) -> Mention | None:
    """The one pijler a document is of: its title names it ("Besluitenlijst pijlervergadering Economie en
    Werk", "Jaarplan 2026 Pijler Sociaal") and the document names no other pijler."""
    if not ctx.sentences or not ctx.sentences[0].is_heading:
        return None  # (a first sentence of running text is no title: "De Pijler Wonen kent drie themagroepen.")
    titled = {m.label: m for m in ctx.in_sentence(ctx.sentences[0]) if m.kind == "pijler"}
    named = {m.label for m in ctx.mentions if m.kind == "pijler"}
    return next(iter(titled.values())) if len(titled) == 1 and named == set(titled) else None


def find_chapter_parts(ctx: DocContext) -> None:
    """Add "themagroep partOf pijler" for the themagroepen of the sections of a pijler's chapter, and of a
    document of one pijler (its minutes, its plan: the whole document is that pijler's section)."""
    whole = _title_pijler(ctx)
    if whole is not None:
        for sentence in ctx.sentences[1:]:
            if not sentence.is_heading:
                _own_section_parts(ctx, sentence, whole)
    pijler = None
    for sentence in ctx.sentences:
        if sentence.is_heading:
            named = [m for m in ctx.in_sentence(sentence) if m.type in _NAMED]
            if named and not all(m.kind == "themagroep" for m in named):
                pijler = _pijler_heading(ctx, named, sentence.start, sentence.end)
            continue  # a section headed by a themagroep's name ("Wonen") stays in the chapter
        if pijler is None or sentence.section_start is None:
            continue
        heading = ctx.sentence_at(sentence.section_start)
        if heading is None or not heading.is_heading:
            continue
        if heading.start <= pijler.start < heading.end:
            _own_section_parts(ctx, sentence, pijler)
            continue
        for unit in ctx.in_sentence(sentence):
            if unit.type == "OrganisationalUnit" and unit.kind == "themagroep" and _names_section(unit, heading.text):
                ctx.add(unit, "partOf", pijler, sentence, "parts.chapter-pijler", 0.65)


#: what makes a themagroep named in a pijler's own section another's: a partner ("samen met de themagroep X")
_WITH_BEFORE = re.compile(r"\b(?:met|en)\s+(?:de\s+)?(?:G40-)?$", re.IGNORECASE)
#: a themagroep coordinated with the one before: "de Themagroep Armoede en de Themagroep Jeugd", "A, B en C"
_COORDINATED = re.compile(r"\s*(?:,|\ben\b)\s*(?:de\s+)?")


#: what may come before a town that opens a sentence as its subject: "Ook (de gemeente) Zwolle …"
_TOWN_OPENS = re.compile(r"\s*(?:(?:Ook|Daarnaast|Verder)\s+)?(?:(?:de\s+)?gemeente\s+)?", re.IGNORECASE)


def _list_opens_section(ctx: DocContext, sentence) -> bool:
    """Whether the bullet list ``sentence`` is an item of comes right under its section's heading, with no
    paragraph between: "Pijler Sociaal Domein" / "• Nadia Bos - pijlersecretaris, ondersteunt de Themagroep
    Jeugd" (a staff list, a list of the pijler's work). A list after a paragraph may begin a section whose
    heading was not told apart."""
    heading = ctx.sentence_at(sentence.section_start) if sentence.section_start is not None else None
    if heading is None or not heading.is_heading:
        return False
    k = bisect.bisect_left(ctx.scope.starts, heading.end)
    return k < len(ctx.sentences) and ctx.sentences[k].bullet_list == sentence.bullet_list


def _own_section_parts(ctx: DocContext, sentence, pijler: Mention) -> None:
    """A themagroep named in the section a pijler's name alone heads ("2. Pijler Sociaal" / "De themagroep
    Jeugd wordt tijdelijk getrokken door …") is one of that pijler's; not when the sentence names another
    pijler or unit it could belong to, nor a themagroep named as a partner ("samen met de themagroep X"), nor in
    a list, nor one a town acts on as the sentence's subject (joins, leaves, chairs).

    >>> from graph.gazetteer import load_gazetteer
    >>> from graph.extract import extract
    >>> text = ("Notitie\\n\\n2. Pijler Sociaal\\nDe themagroep Jeugd wordt getrokken door Eva Smit. "
    ...         "Zij werkt samen met de themagroep Wonen.\\n")
    >>> ex = extract("d", text, gazetteer=load_gazetteer())
    >>> [(r.subject.label, r.object.label) for r in ex.relations if r.rule == "parts.section-pijler"]
    [('Themagroep Jeugd', 'Pijler Sociaal')]
    """
    if sentence.bullet_list is not None and not _list_opens_section(ctx, sentence):
        return  # a list may be a new section whose heading was not told apart ("5. Overzicht vacatures" / "- …")
    named = ctx.in_sentence(sentence)
    if any(m.type == "OrganisationalUnit" and m.kind != "themagroep" and m.label != pijler.label for m in named):
        return
    if named and named[0].type == "Municipality" and _TOWN_OPENS.fullmatch(ctx.text, ctx.content_start(sentence),
                                                                           named[0].start):
        return  # a town's own act ("Nijmegen heeft de themagroep X verlaten"): any pijler's themagroep
    previous = None  # the themagroep just added: one coordinated with it is the pijler's too
    for unit in named:
        if unit.type == "OrganisationalUnit" and unit.kind == "themagroep" \
                and (not _WITH_BEFORE.search(ctx.text, max(sentence.start, unit.start - 12), unit.start)
                     or previous is not None and _COORDINATED.fullmatch(ctx.text, previous.end, unit.start)) \
                and ctx.asserted(sentence, unit.start, unit.end):  # (not "wil een themagroep X opstarten": none yet)
            ctx.add(unit, "partOf", pijler, sentence, "parts.section-pijler", 0.6)
            previous = unit
        else:
            previous = None
