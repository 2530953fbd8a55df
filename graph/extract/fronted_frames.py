"""A fronted phrase that places the subject's work: in a programme, or through one of its units.

- "In het programma X heeft de G40 (samen met …) ervoor gezorgd …", "Binnen de City Deal Y werkt Breda
  aan …": the subject after the verb takes part in the programme;
- "De G40 heeft via de themagroep Z bijeenkomsten georganiseerd": the themagroep (pijler, werkgroep,
  taskforce) the organisation works through is part of it;
- "In de pijler Fysiek blijft X (Lelystad) voorzitter", "Bij Avans is Y lector": the role of the
  inverted subject is held in the body or town the sentence opens with (:func:`fronted_holder`, for
  :mod:`graph.extract.roles`).

A denied clause states nothing.

Examples
--------
>>> from graph.gazetteer import load_gazetteer
>>> from graph.extract import extract
>>> ex = extract("d", "In het programma Sterke Wijken heeft de VNG een handreiking gemaakt.", gazetteer=load_gazetteer())
>>> [(r.subject.text, r.predicate, r.object.label) for r in ex.relations]
[('VNG', 'participatesIn', 'Sterke Wijken')]
"""

from __future__ import annotations

import re

from .context import ACTORS, DocContext
from .model import Mention, Sentence
from .role_words import RoleWord, role_fits, role_of

__all__ = ["find_fronted_frames", "fronted_holder"]

_IN_PROGRAMME = re.compile(r"\s*(?:In|Binnen)\s+(?:(?:het|de)\s+)?(?:(?:programma|project|traject)\s+)?")
#: the finite verb, then the inverted subject's article: " heeft de ", " werken "
_VERB = re.compile(r"\s*,?\s+(?:heeft|hebben|had|hadden|is|zijn|was|waren|werkt|werken|werkte|werkten|"
                   r"doet|doen|deed|deden|neemt|nemen|nam|namen|zet|zetten|zette|draagt|dragen|droeg)\s+"
                   r"(?:(?:ook|nu|inmiddels|al)\s+)?(?:de\s+|het\s+)?")
#: "(X heeft) via de themagroep/pijler/werkgroep/taskforce"
_VIA_UNIT = re.compile(r"\s+(?:(?:heeft|hebben|had|hadden)\s+)?via\s+(?:de\s+|het\s+|haar\s+|zijn\s+)?"
                       r"(?=(?:themagroep|pijler|werkgroep|taskforce)\b)", re.IGNORECASE)


def _in_programme(ctx: DocContext, sentence: Sentence, mentions: list[Mention]) -> None:
    opening = _IN_PROGRAMME.match(ctx.text, ctx.content_start(sentence), sentence.end)
    programme = next((m for m in mentions if opening and m.start <= opening.end() <= m.end and m.start >= opening.start()), None)
    if programme is None or programme.type != "Programme":
        return
    verb = _VERB.match(ctx.text, programme.end, sentence.end)
    actor = next((m for m in mentions if verb and m.start == verb.end() and m.type in ACTORS), None)
    if actor is not None and ctx.asserted(sentence, sentence.start, sentence.end):
        ctx.add(actor, "participatesIn", programme, sentence, "frames.in-programma", 0.65)


#: a fronted place or body: "In (de) ", "Bij (het) ", "Binnen (de) "
_FRONTED_AT = re.compile(r"\s*(?:In|Bij|Binnen|Namens|(?P<voor>Voor))\s+(?:(?:het|de)\s+)?(?:(?:gemeente|provincie)\s+(?=[A-Z]))?")
#: what a fronted "Voor" may name: a body or programme ("Voor de pijler X is Y voorzitter"), not a town or a
#: person ("Voor Ede is X contactpersoon" says whom X is the contact for, not where X holds the role)
_FOR_HOLDERS = frozenset({"OrganisationalUnit", "Programme"})
#: a lower-case title before the inverted subject: "is wethouder X woordvoerder" (round 45x)
_TITLE = re.compile(r"([a-z][a-z-]{3,30})\s+")
#: the finite verb of working between that frame and its inverted subject (a role after "als" follows)
_WORKS_AFTER_FRAME = re.compile(r"\s*,?\s+(?:werkt|werkte|fungeert|fungeerde|is\s+werkzaam|was\s+werkzaam)\s+"
                                r"(?:(?:ook|nu|inmiddels|al|sinds\s+\S+)\s+)?")
#: the finite copula between that frame and its inverted subject: " blijft ", " is sinds 2023 "
_COPULA_AFTER_FRAME = re.compile(r"\s*,?\s+(?:is|was|blijft|bleef|wordt|werd|zijn|waren|blijven|bleven)\s+"
                                 r"(?:(?:ook|nu|inmiddels|al|nog\s+steeds|sinds\s+\S+)\s+)?")


def fronted_holder(ctx: DocContext, sentence: Sentence, subject: Mention, role: RoleWord, *,
                   working: bool = False) -> Mention | None:
    """The body or town ``sentence`` opens with, when its copula's inverted subject is ``subject`` and
    ``role`` fits it: "In de pijler Fysiek blijft X voorzitter" → the pijler; "In Ede is X lid van de
    raad" has its own "van" and is not asked. ``working``: the verb is one of working, for a role after
    "als": "Binnen de VNG werkt X als kwartiermaker" → the VNG (round 41d).

    >>> from graph.gazetteer import load_gazetteer
    >>> from graph.extract import extract
    >>> ex = extract("d", "Bij de Pijler Sociaal is Eva Kok (Ede) secretaris.", gazetteer=load_gazetteer())
    >>> [(r.subject.text, r.object.text, r.role) for r in ex.relations if r.predicate == "hasRole"]
    [('Eva Kok', 'Pijler Sociaal', 'secretaris')]
    >>> ex = extract("d", "Voor de pijler Wonen is Eva Kok (Ede) voorzitter.", gazetteer=load_gazetteer())
    >>> [(r.object.text, r.role) for r in ex.relations if r.predicate == "hasRole"]
    [('pijler Wonen', 'voorzitter')]
    >>> ex = extract("d", "Namens de VNG is wethouder Eva Kok (Ede) woordvoerder.", gazetteer=load_gazetteer())
    >>> sorted((r.object.text, r.role) for r in ex.relations if r.predicate == "hasRole")
    [('Ede', 'wethouder'), ('VNG', 'woordvoerder')]
    """
    opening = _FRONTED_AT.match(ctx.text, ctx.content_start(sentence), subject.start)
    holder = next((m for m in ctx.in_span(opening.end(), subject.start) if m.start == opening.end()), None) \
        if opening is not None else None
    if holder is None or not role_fits(role, holder.type) or (opening.group("voor") and holder.type not in _FOR_HOLDERS):
        return None
    copula = (_WORKS_AFTER_FRAME if working else _COPULA_AFTER_FRAME).match(ctx.text, holder.end, subject.start)
    if copula is None:
        return None
    title = _TITLE.fullmatch(ctx.text, copula.end(), subject.start)  # "Namens de G40 is wethouder X woordvoerder"
    return holder if copula.end() == subject.start or (title and role_of(title.group(1))) else None


def _via_unit(ctx: DocContext, sentence: Sentence, mentions: list[Mention]) -> None:
    for k, owner in enumerate(mentions[:-1]):
        via = _VIA_UNIT.match(ctx.text, owner.end, sentence.end)
        unit = mentions[k + 1]
        if via is None or owner.type != "Organisation" or unit.type != "OrganisationalUnit" or unit.start != via.end():
            continue
        if re.fullmatch(r"(?:(?:De|Het)\s+)?", ctx.text[ctx.content_start(sentence):owner.start]) \
                and ctx.asserted(sentence, sentence.start, sentence.end):
            ctx.add(unit, "partOf", owner, sentence, "frames.via-eenheid", 0.65)


def find_fronted_frames(ctx: DocContext, sentence: Sentence, mentions: list[Mention]) -> None:
    """Add what a fronted "In het programma X" or a "via de themagroep Y" says (see the module's docstring)."""
    if ctx.text[ctx.content_start(sentence):ctx.content_start(sentence) + 7].startswith(("In ", "Binnen ")):
        _in_programme(ctx, sentence, mentions)
    if " via " in sentence.text:
        _via_unit(ctx, sentence, mentions)
