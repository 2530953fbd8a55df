"""A programme's bodies as labels of its startnotitie's governance: "**Stuurgroep** (voorzitter: E. Kok)" over a
list of its members, "**Kernteam**: beleidsadviseurs van de steden, met de VNG als kennispartner",
"**Klankbordgroep**: Neprom heeft deelname toegezegd" (heldout34, round 50a), also as a list's item ("- **Stuurgroep:**
voorzitter is X", round 54d).

A line that opens with a body word (stuurgroep, kernteam, klankbordgroep, projectgroep, werkgroep, kerngroep,
regiegroep) and a bracket or a colon, in a document whose title names a programme or unit, names that one's
body ("Stuurgroep Programma X", as a heading of only the body word does: :mod:`graph.extract.references`).
The body is part of the title's programme or unit; the bracket's "(voorzitter: X)" chairs it; each item of
the list right under the line names a member (its first person; "wethouder Ruimte Ede: X" also makes X a
wethouder of Ede; "namens het IPO: X" also the IPO); after the colon, the organisations the line's own sentence names take part in it ("Neprom
heeft deelname toegezegd"; not what is still to be asked: "worden nog gevraagd").

Examples
--------
>>> from graph.gazetteer import load_gazetteer
>>> from graph.extract import extract
>>> text = ("Startnotitie City Deal Zon\\n\\nStuurgroep (voorzitter: Eva Kok)\\n- wethouder Economie Ede: Jan Smit\\n"
...         "- namens EZK: Piet Bos, directeur\\n\\nKlankbordgroep: Neprom heeft deelname toegezegd.\\n")
>>> sorted((r.subject.text, r.predicate, r.object.text, r.role) for r in extract("d", text, gazetteer=load_gazetteer()).relations
...        if r.rule == "lists.body-label")  # doctest: +NORMALIZE_WHITESPACE
[('EZK', 'participatesIn', 'Stuurgroep', None), ('Eva Kok', 'hasRole', 'Stuurgroep', 'voorzitter'),
 ('Jan Smit', 'hasRole', 'Ede', 'wethouder'),
 ('Jan Smit', 'participatesIn', 'Stuurgroep', None), ('Klankbordgroep', 'partOf', 'City Deal Zon', None),
 ('Neprom', 'participatesIn', 'Klankbordgroep', None), ('Piet Bos', 'participatesIn', 'Stuurgroep', None),
 ('Stuurgroep', 'partOf', 'City Deal Zon', None)]
"""

from __future__ import annotations

import re

from .context import DocContext
from .groups import GROUP_RULE
from .model import Mention, Sentence
from .role_words import COURTESY_TITLE, role_of

__all__ = ["body_labels", "find_body_labels", "BODY_LABEL_RULE"]

BODY_LABEL_RULE = "references.body-label"
#: the body word opening a line, before its bracket or colon
_LABEL = re.compile(r"(?P<word>Stuurgroep|Kernteam|Klankbordgroep|Projectgroep|Werkgroep|Kerngroep|Regiegroep)"
                    r"(?=\s*\(|\s*:)")
_KINDS = {"stuurgroep": "stuurgroep", "kernteam": "kernteam"}
#: what may open the label's line: nothing, or a list's bullet ("- Stuurgroep: voorzitter is X"; round 54d)
_BULLET = re.compile(r"(?:[ \t]*[-*•][ \t]+)?")
#: "(voorzitter: " right after the label
_BRACKET_ROLE = re.compile(r"\s*\(\s*(?P<role>[a-z-]+)\s*:\s*")
#: what is still to come: "worden nog gevraagd", "nog te benaderen", "wordt nog gezocht"
_PENDING = re.compile(r"\bnog\s+(?:te\s+)?(?:gevraagd|benaderd|benaderen|gezocht|zoeken|vragen|aangezocht)\b|\boverweeg",
                      re.IGNORECASE)
#: "- namens (het) IPO: X" opening an item
_ON_BEHALF = re.compile(r"\s*namens\s+(?:de\s+|het\s+)?")
_ACTORS = frozenset({"Organisation", "Municipality", "Ministry", "Province"})


def _title_thing(text: str, sentences: list[Sentence], mentions: list[Mention]) -> Mention | None:
    if not sentences or not sentences[0].is_heading:
        return None
    return next((m for m in mentions if sentences[0].start <= m.start < sentences[0].end
                 and m.type in ("OrganisationalUnit", "Programme")), None)


def body_labels(text: str, sentences: list[Sentence], mentions: list[Mention]) -> list[Mention]:
    """The bodies the labels of a governance section name (see the module docstring)."""
    if "groep" not in text and "team" not in text:
        return []
    title = _title_thing(text, sentences, mentions)
    if title is None:
        return []
    found = []
    for sentence in sentences[1:]:
        start = sentence.start + len(sentence.text) - len(sentence.text.lstrip())
        line = text.rfind("\n", 0, start) + 1
        label = _LABEL.match(text, start) if not sentence.is_heading and line > 0 \
            and _BULLET.fullmatch(text, line, start) else None
        if label is None or any(m.start <= start < m.end for m in mentions):
            continue
        word = label.group("word")
        found.append(Mention(start, label.end(), word, "OrganisationalUnit", BODY_LABEL_RULE, 0.7,
                             name=f"{word} {title.label}", kind=_KINDS.get(word.lower(), "werkgroep")))
    return found


#: between a role line's town and its person: the colon, and a salutation or academic title ("wethouder Economie
#: Venlo: mevrouw K. Jansen", "…: de heer drs. R. Bos"; round 51a)
_PLACE_COLON = re.compile(r"\s*:\s*(?:" + COURTESY_TITLE + r")?(?:(?:mr|drs|dr|ir|ing|prof)\.\s*)*")


def _members(ctx: DocContext, body: Mention, label_sentence: Sentence) -> None:
    """The items of the list right under the label line: each one's first person is a member."""
    k = ctx.position[label_sentence] + 1
    while k < len(ctx.sentences) and ctx.sentences[k].bullet_list is not None:
        item = ctx.sentences[k]
        k += 1
        if not item.item_start or _PENDING.search(item.text):
            continue
        mentions = ctx.in_sentence(item)
        person = next((m for m in mentions if m.type == "Person"), None)
        if person is None:
            continue
        ctx.add(person, "participatesIn", body, item, "lists.body-label", 0.7)
        behalf = _ON_BEHALF.match(ctx.text, ctx.content_start(item), person.start)
        party = next((m for m in mentions if behalf is not None and m.start == behalf.end() and m.type in _ACTORS), None)
        if party is not None:
            ctx.add(party, "participatesIn", body, item, "lists.body-label", 0.7)  # "namens het IPO: X": the IPO sits in it
        place = next((m for m in mentions if m.type == "Municipality" and m.end <= person.start
                      and _PLACE_COLON.fullmatch(ctx.text, m.end, person.start)), None)
        words = ctx.text[ctx.content_start(item):place.start].split() if place is not None else []
        role = role_of(words[0]) if words else None
        if role is not None and role.scope in ("municipality", "any"):
            ctx.add(person, "hasRole", place, item, "lists.body-label", 0.7, role=role.label)  # "wethouder Ruimte Ede: X"


def find_body_labels(ctx: DocContext) -> None:
    """Add the facts of each body a governance label names (see the module docstring)."""
    bodies = [m for m in ctx.mentions if m.rule == BODY_LABEL_RULE]
    title = _title_thing(ctx.text, ctx.sentences, ctx.mentions) if bodies else None
    for body in bodies:
        sentence = ctx.sentence_at(body.start)
        if sentence is None or title is None:
            continue
        ctx.add(body, "partOf", title, sentence, "lists.body-label", 0.7)
        bracket = _BRACKET_ROLE.match(ctx.text, body.end, sentence.end)
        role = role_of(bracket.group("role")) if bracket is not None else None
        chair = next((m for m in ctx.in_sentence(sentence) if bracket is not None and m.start == bracket.end()), None)
        if role is not None and chair is not None and chair.type == "Person":
            ctx.add(chair, "hasRole", body, sentence, "lists.body-label", 0.7, role=role.label)
        if ctx.text[ctx.text.rfind("\n", 0, body.start) + 1:body.start].strip():
            continue  # a list's item ("- Stuurgroep: voorzitter is X, CIO van Y"): its value says who, the items after are its siblings
        colon = re.match(r"\s*:\s*", ctx.text[body.end:sentence.end])
        if colon is not None and not _PENDING.search(sentence.text) and ctx.asserted(sentence, body.end, sentence.end):
            # the ones named, not a count of them ("beleidsadviseurs van de zes deelnemende steden": who advises)
            for actor in [m for m in ctx.in_sentence(sentence) if m.type in _ACTORS and m.rule != GROUP_RULE]:
                ctx.add(actor, "participatesIn", body, sentence, "lists.body-label", 0.7)
        _members(ctx, body, sentence)
