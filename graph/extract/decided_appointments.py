"""The appointments a decision's article makes in the infinitive: "besluit: … te benoemen tot wethouder van X:".

A Dutch decision (of a council, a college, a board) states what it decides as infinitives after "besluit:", and an
appointment names the office and its body first and the persons after it, one item each::

    besluit:

    Artikel 1
    Met ingang van 15 juni 2022 te benoemen tot wethouder van de gemeente Ede:

    a. mevrouw drs. E.M. (Eva) de Wit
    b. de heer R.J. Kok

Each person that opens an item holds the office in the body the lead names (a municipality's "wethouder", a
committee's "lid"), from the day "met ingang van"/"per" gives. :mod:`graph.extract.appointments` reads the
passive form ("Tot leden worden benoemd:"); a lead that names no body, or an office no role word names, gives
nothing, and so does an item that names no person first ("a. de nota Wonen") (round 58r).

A later article of the same decision designates locoburgemeesters among the wethouders it appointed, one name each
or two in a gapped coordination: "Mevrouw De Wit wordt aangewezen als eerste locoburgemeester en de heer Kok als
tweede locoburgemeester." Each is locoburgemeester of the municipality that appointed them, from the same day; a name
the decision did not appoint, or a designation denied ("wordt niet aangewezen"), gives nothing (round 58u).

Examples
--------
>>> from graph.gazetteer import load_gazetteer
>>> from graph.extract import extract
>>> text = ("besluit:\\n\\nArtikel 1\\nMet ingang van 15 juni 2022 te benoemen tot wethouder van de gemeente Ede:\\n\\n"
...         "a. mevrouw drs. E.M. (Eva) de Wit\\nb. de heer R.J. Kok\\n")
>>> sorted((r.subject.text, r.role, r.object.text, r.valid_from) for r in extract("d", text, gazetteer=load_gazetteer()).relations)
[('E.M. (Eva) de Wit', 'wethouder', 'Ede', '2022-06-15'), ('R.J. Kok', 'wethouder', 'Ede', '2022-06-15')]
>>> text += ("\\nArtikel 2\\nMevrouw De Wit wordt aangewezen als eerste locoburgemeester en de heer Kok als tweede "
...          "locoburgemeester.\\n")
>>> sorted((r.subject.text, r.role, r.object.text, r.valid_from) for r in extract("d", text, gazetteer=load_gazetteer()).relations
...        if r.role == "locoburgemeester")
[('De Wit', 'locoburgemeester', 'Ede', '2022-06-15'), ('Kok', 'locoburgemeester', 'Ede', '2022-06-15')]
"""

from __future__ import annotations

import re

from .context import ACTORS, DocContext
from .roles import role_of

__all__ = ["DECIDED_RULE", "find_decided_appointments"]

DECIDED_RULE = "roles.decided-appointment"

#: the lead: "(Met ingang van D) te benoemen tot <role> van/bij/in (de gemeente) <body>:" at the end of its line
_LEAD = re.compile(r"\bte\s+(?:benoemen|herbenoemen|aan\s+te\s+wijzen)\s+(?:tot|als)\s+(?P<role>[\w-]+(?:\s+[\w-]+)?)\s+"
                   r"(?:van|bij|in)\s+(?:de\s+|het\s+)?(?:gemeente\s+|provincie\s+)?(?P<body>[^:\n]{2,80}?)\s*:[ \t]*$",
                   re.MULTILINE)
#: an item of the list: "a. ", "b) ", "1. ", "- ", "• ", and the title of address before the name
#: a designation as locoburgemeester, the name before it: "X wordt aangewezen als eerste locoburgemeester", the gapped
#: second conjunct "… en de heer Y als tweede locoburgemeester"
_DESIGNATED = re.compile(r"[ \t]+(?:(?:wordt|is)\s+aangewezen\s+)?als\s+(?:(?:eerste|tweede|derde|vierde)\s+)?"
                         r"locoburgemeester\b")
_ITEM = re.compile(r"[ \t]*(?:[a-z][.)]|\d+[.)]|[-•*–])[ \t]+(?:(?:mevrouw|de\s+heer|mevr\.|dhr\.)\s+)?")


def find_decided_appointments(ctx: DocContext) -> None:
    """Add the offices a decision's infinitive appointments give the persons it lists (see the module)."""
    if "te benoemen" not in ctx.text and "aan te wijzen" not in ctx.text:
        return
    appointed = []
    for lead in _LEAD.finditer(ctx.text):
        role = role_of(lead.group("role"))
        body = next((m for m in ctx.in_span(lead.start("body"), lead.end("body"))
                     if m.type in ACTORS | {"OrganisationalUnit", "Programme"}), None)
        sentence = ctx.sentence_at(lead.start())
        if role is None or body is None or sentence is None:
            continue
        period = ctx.period_of(sentence, body, body)
        since = period.valid_from if period is not None else None
        position = lead.end()
        while True:
            line_start = position + 1
            while line_start < len(ctx.text) and ctx.text[line_start] == "\n":
                line_start += 1  # the blank line after the lead
            if line_start >= len(ctx.text):
                break
            line_end = ctx.text.find("\n", line_start)
            line_end = len(ctx.text) if line_end < 0 else line_end
            item = _ITEM.match(ctx.text, line_start, line_end)
            if item is None:
                break
            person = next((m for m in ctx.in_span(item.end(), line_end) if m.type == "Person"), None)
            where = ctx.sentence_at(item.end())
            if person is not None and where is not None and re.fullmatch(r"(?:[a-z]+\.?\s+)*", ctx.text[item.end():person.start]):
                ctx.add(person, "hasRole", body, where, DECIDED_RULE, 0.75, role=role.label, since=since)
                appointed.append((person, body, since))
            position = line_end
    _designated_deputies(ctx, appointed)


def _designated_deputies(ctx: DocContext, appointed: list) -> None:
    """The locoburgemeesters a later article designates among the appointed wethouders (see the module)."""
    if "locoburgemeester" not in ctx.text or not appointed:
        return
    deputy = role_of("locoburgemeester")
    first = min(person.start for person, _body, _since in appointed)
    for sentence in ctx.sentences:
        if sentence.start < first or "aangewezen" not in sentence.text:
            continue
        persons = [m for m in ctx.in_span(sentence.start, sentence.end) if m.type == "Person"]
        for person in persons:
            designated = _DESIGNATED.match(ctx.text, person.end)
            if designated is None or not ctx.asserted(sentence, designated.start(), designated.end()):
                continue
            if not ctx.text[person.end:designated.end()].lstrip().startswith(("wordt", "is")) \
                    and not re.search(r"\baangewezen\s+als\b[^.]*\ben\s+(?:(?:de\s+heer|mevrouw)\s+)?$",
                                      ctx.text[sentence.start:person.start]):
                continue  # "Y als tweede locoburgemeester" only as the second conjunct of a designation
            name = person.label.casefold()
            held = next(((body, since) for other, body, since in appointed
                         if other.label.casefold() == name or other.label.casefold().endswith(" " + name)), None)
            if held is not None and held[0].type == "Municipality":
                ctx.add(person, "hasRole", held[0], sentence, DECIDED_RULE, 0.7, role=deputy.label, since=held[1])
