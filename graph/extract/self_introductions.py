"""A writer who introduces themselves: "Hoi, Femke Zijlstra hier, senior adviseur volkshuisvesting bij de gemeente
Groningen."

In a chat message, a mail or on the phone a newcomer gives their name with "hier" and then their post::

    Hoi allemaal, Femke Zijlstra hier, senior adviseur volkshuisvesting bij de gemeente Groningen.
    Goedemorgen! Jan de Boer hier, beleidsmedewerker van het ministerie van VRO.

"<naam> hier, <rol> (<vak>) bij/van <organisatie>" gives the person the role at the organisation the apposition
closes with (:func:`graph.extract.role_places.field_then_holder`: the body fits the role, or it is "de gemeente");
"hier" keeps the ordinary apposition rule from seeing the role as the name's. A role with no body after it, or
"hier" that is a place ("Jan de Boer werkt hier, als adviseur bij …"), gives nothing. Rule ``roles.naam-hier``
(round 58s).

Examples
--------
>>> from graph.gazetteer import load_gazetteer
>>> from graph.extract import extract
>>> text = "Hoi, Eva Smit hier, senior adviseur wonen bij de gemeente Zwolle. Fijn om mee te doen!"
>>> [(r.subject.text, r.object.text, r.role) for r in extract("d", text, gazetteer=load_gazetteer()).relations
...  if r.rule == "roles.naam-hier"]
[('Eva Smit', 'Zwolle', 'senior adviseur')]
"""

from __future__ import annotations

import re

from .context import DocContext
from .model import Mention, Sentence
from .role_places import field_then_holder
from .role_words import role_of, role_pattern

__all__ = ["find_self_introductions"]

#: after the name: " hier, " and a seniority before the role word
_HIER = re.compile(r"\s+hier\s*,\s*")


def find_self_introductions(ctx: DocContext, sentence: Sentence, mentions: list[Mention]) -> None:
    """Add the post a "<naam> hier, <rol> bij <organisatie>" introduction names (see the module)."""
    if "hier" not in sentence.text:
        return
    for person in (m for m in mentions if m.type == "Person"):
        hier = _HIER.match(ctx.text, person.end, sentence.end)
        word = role_pattern().match(ctx.text, hier.end(), sentence.end) if hier is not None else None
        role = role_of(word.group()) if word is not None else None
        if role is None:
            continue
        holder = field_then_holder(ctx, sentence, word.end(), role)
        if holder is not None and ctx.asserted(sentence, person.start, holder.end):
            ctx.add(person, "hasRole", holder, sentence, "roles.naam-hier", 0.7, role=role.label)
