"""Chairing told by the verb "voorzitten": "X (uit Zwolle) zit de themagroep Wonen voor".

Dutch says who chairs a body with the separable verb as well as with the role word: "Bram Kok zit de
themagroep Wonen voor", "Eva Smit uit Ede zat sinds 2022 de stuurgroep X voor". The person before the verb
(a place "uit X" or a bracket may follow the name) holds the role "voorzitter" in the unit or programme named
right after the verb, and the clause must close with "voor". The past ("zat … voor") is a chair held
before; a denial states nothing (:meth:`DocContext.asserted`).

Examples
--------
>>> from graph.gazetteer import load_gazetteer
>>> from graph.extract import extract
>>> text = "Mijn collega Bram Kok uit Zwolle zit de themagroep Wonen voor; ik heb hem gesproken."
>>> [(r.subject.text, r.object.text, r.role, r.past) for r in extract("d", text, gazetteer=load_gazetteer()).relations
...  if r.rule == "roles.zit-voor"]
[('Bram Kok', 'themagroep Wonen', 'voorzitter', False)]
"""

from __future__ import annotations

import re

from .context import DocContext

__all__ = ["find_chairing_verbs"]

_THINGS = frozenset({"OrganisationalUnit", "Programme"})
#: from the person to the body: a place or bracket after the name, the verb, a time, the article
_TO_BODY = re.compile(r"(?:\s+(?:uit|van)\s+[A-Z][\w'-]*(?:[\s-][A-Z][\w'-]*){0,2}|\s*\([^()]{1,40}\))?"
                      r"\s+(?P<verb>zit|zat)\s+(?:(?:al|nu|sinds\s+[^,;.]{1,20}?)\s+)?(?:de\s+|het\s+)(?:G40[-\s])?")
#: the clause closes with the particle: "… voor", "… voor;", "… voor en …"
_PARTICLE = re.compile(r"\s+voor\b(?!\s+(?:de|het|een)\b)")


def find_chairing_verbs(ctx: DocContext) -> None:
    """Add "person hasRole body (voorzitter)" for each "X zit <body> voor"."""
    if " voor" not in ctx.text or not re.search(r"\bz[ia]t\b", ctx.text):
        return
    for sentence in ctx.sentences:
        if not re.search(r"\bz[ia]t\b", sentence.text):
            continue
        mentions = ctx.in_sentence(sentence)
        for person in (m for m in mentions if m.type == "Person"):
            gap = _TO_BODY.match(ctx.text, person.end, sentence.end)
            body = next((m for m in mentions if gap and m.start == gap.end() and m.type in _THINGS), None)
            if body is None or not _PARTICLE.match(ctx.text, body.end, sentence.end) \
                    or not ctx.asserted(sentence, person.start, body.end):
                continue
            ctx.add(person, "hasRole", body, sentence, "roles.zit-voor", 0.7, role="voorzitter",
                    past=gap.group("verb") == "zat")
