"""Working together inside a body: "A en B trekken (al sinds 2022) samen op in de themagroep X",
"A werkt samen met B in de pijler Y", "die samen optrekken in het programma Z": each of them takes
part in that body (``participatesIn``), besides working with each other (see
:mod:`graph.extract.collaboration`).

The body must follow the cue right away ("in de X", "in het X"): "werken samen in de regio" or
"trekken samen op in hun lobby" name no body. A clause that denies or plans it states nothing
(see :mod:`graph.extract.polarity`).

Examples
--------
>>> from graph.gazetteer import load_gazetteer
>>> from graph.extract import extract
>>> ex = extract("d", "Breda en Ede trekken samen op in de Themagroep Wonen.", gazetteer=load_gazetteer())
>>> sorted((r.subject.text, r.object.text) for r in ex.relations if r.predicate == "participatesIn")
[('Breda', 'Themagroep Wonen'), ('Ede', 'Themagroep Wonen')]
"""

from __future__ import annotations

import logging
import re

from .context import ACTORS, DocContext
from .model import Mention, Sentence
from .subjects import clause_subjects, coordinated

__all__ = ["find_joint_work"]

log = logging.getLogger(__name__)

#: "trekken (al jaren) samen op in", "samen optrekken in", "werken (al) samen in", "werkt samen met X in"
_TOGETHER_IN = re.compile(r"\b(?:(?:trekken|trekt|trokken|trok)\s+(?:[^\s,;.]+\s+){0,3}?samen\s+op"
                          r"|samen\s+op(?:trekken|trekt|trokken|trok|getrokken)"
                          r"|(?:werken|werkt|werkten|werkte)\s+(?:[^\s,;.]+\s+){0,3}?samen(?:\s+met\s+[^,;.]{1,60}?)?"
                          r"|samen(?:werken|werkt|werkten|werkte|gewerkt))\s+in\s+(?=(?:de|het)\s)", re.IGNORECASE)
_BODIES = frozenset({"OrganisationalUnit", "Programme"})
#: between the cue and the body: the article, and an owner written before a unit ("de G40 Themagroep X")
_ARTICLE = re.compile(r"(?:de|het)\s+(?:G40[\s-]+)?")


def find_joint_work(ctx: DocContext, sentence: Sentence, mentions: list[Mention]) -> None:
    """Add "X participatesIn <body>" for each actor that works together in the body named right after the cue.

    >>> from graph.gazetteer import load_gazetteer
    >>> from graph.extract import extract
    >>> ex = extract("d", "Breda en Ede werken samen in de regio.", gazetteer=load_gazetteer())
    >>> [r for r in ex.relations if r.predicate == "participatesIn"]
    []
    """
    for match in ctx.asserted_cues(_TOGETHER_IN, sentence):
        body = _body_after(ctx, mentions, match.end())
        if body is None:
            continue
        partners = [m for m in mentions if match.start() < m.start and m.end <= match.end() and m.type in ACTORS]
        actors = clause_subjects(ctx, sentence, match.start())  # "… vertelde hoe A en B samen optrekken in …"
        if not actors:
            subject = ctx.subject(sentence, match.start())
            actors = [subject, *coordinated(ctx, subject, match.start())] if subject is not None else []
        if not actors or any(actor.type not in ACTORS for actor in actors):
            continue
        for actor in [*actors, *partners]:
            ctx.add(actor, "participatesIn", body, sentence, "relations.samen-in", 0.7)


def _body_after(ctx: DocContext, mentions: list[Mention], at: int) -> Mention | None:
    """The unit or programme right after "in de/het" ("de G40 Themagroep X": the themagroep)."""
    after = [m for m in mentions if m.start >= at][:2]
    return next((m for m in after if m.type in _BODIES and _ARTICLE.fullmatch(ctx.text, at, m.start)), None)
