"""A co-funder told as such: "Ook de provincie Limburg is medefinancier."

A programme's partners are listed in one sentence and a body that only pays towards it in the next::

    Daar voert de gemeente sinds 2022 het programma Perspectief Noord uit, samen met Woonstichting Maasveld. Ook de
    provincie Limburg is medefinancier.

"<actor> is/was (mede|co)financier (van <programma>)": the actor takes part in the programme named after "van", else
in the one programme the sentence before names (``participatesIn``; a sponsor of a book or an event is no
programme's). No programme, or several in the sentence before, or a denied or planned clause ("wordt mogelijk
medefinancier") gives nothing. Rule ``relations.medefinancier`` (round 58s).

Examples
--------
>>> from graph.gazetteer import load_gazetteer
>>> from graph.extract import extract
>>> text = "Ede voert het programma Sterk Zuid uit. Ook de provincie Gelderland is medefinancier."
>>> [(r.subject.text, r.object.text) for r in extract("d", text, gazetteer=load_gazetteer()).relations
...  if r.rule == "relations.medefinancier"]
[('Gelderland', 'programma Sterk Zuid')]
"""

from __future__ import annotations

import re

from .context import DocContext
from .model import Mention, Sentence

__all__ = ["find_cofunders"]

#: "is (mede)financier", "was cofinancier", then perhaps "van (de|het) "
_FUNDER = re.compile(r"\s+(?:is|was|zijn|waren)\s+(?:ook\s+)?(?:mede|co-?)?financiers?(?:\s+van\s+(?:de\s+|het\s+)?)?")
_FUNDERS = frozenset({"Municipality", "Province", "Ministry", "Organisation"})


def find_cofunders(ctx: DocContext, sentence: Sentence, mentions: list[Mention]) -> None:
    """Add the actor a "<actor> is medefinancier" sentence names as taking part in its programme (see the module)."""
    if "financier" not in sentence.text:
        return
    for actor in (m for m in mentions if m.type in _FUNDERS):
        funder = _FUNDER.match(ctx.text, actor.end, sentence.end)
        if funder is None or not ctx.asserted(sentence, actor.start, funder.end()):
            continue
        named = [m for m in mentions if m.start == funder.end() and m.type == "Programme"] \
            if funder.group().rstrip().endswith(("van", "de", "het")) else []
        if not named and not re.match(r"\s*[.;]", ctx.text[funder.end():sentence.end]):
            continue  # "is medefinancier van de brochure": something else than a programme the text names
        if not named:
            previous = ctx.previous_sentence(sentence)
            named = [m for m in ctx.in_sentence(previous) if m.type == "Programme"] if previous is not None else []
        if len({m.label for m in named}) == 1:
            ctx.add(actor, "participatesIn", named[0], sentence, "relations.medefinancier", 0.65)
