"""A deal named only inside the name of its body: "Vertegenwoordiging stuurgroep Regio Deal Groene Vallei"
… "De Regio Deal is gesloten met …". Helper of :mod:`.references` (round 46a).

A body named after its programme ("stuurgroep Regio Deal X", "kernteam City Deal Y") names the programme
too; when the text later says "de Regio Deal" and names no deal of its own before, the reference is that
programme, named as in the body's name.

Examples
--------
>>> from graph.extract.model import Mention
>>> unit = Mention(0, 40, "stuurgroep Regio Deal Groene Vallei", "OrganisationalUnit", "units.place-named", 0.9,
...                name="Stuurgroep Regio Deal Groene Vallei", kind="stuurgroep")
>>> deal_in_unit_name("regiodeal", [unit])
'Regio Deal Groene Vallei'
>>> deal_in_unit_name("citydeal", [unit]) is None
True
"""

from __future__ import annotations

from .model import Mention

__all__ = ["deal_in_unit_name", "DEAL_WORDS"]

#: the reference words of deals and how a deal's name spells them
DEAL_WORDS = {"citydeal": "City Deal", "regiodeal": "Regio Deal", "greendeal": "Green Deal"}


def deal_in_unit_name(word: str, earlier: list[Mention]) -> str | None:
    """The name of the deal of kind ``word`` ("regiodeal") that the last body in ``earlier`` named after a
    deal holds ("Stuurgroep Regio Deal X" → "Regio Deal X"), or None; ``earlier`` in text order."""
    label = DEAL_WORDS.get(word)
    if label is None:
        return None
    for mention in reversed(earlier):
        if mention.type != "OrganisationalUnit":
            continue
        name = mention.name or mention.text
        at = name.find(f" {label} ")
        if at > 0 and len(name.split()) - len(name[:at].split()) > 2:
            return name[at + 1:]
    return None
