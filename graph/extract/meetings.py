"""A meeting held with someone: who held it and with whom take part in it.

Dutch names the meeting as the object of its verb, and the other side after "met"::

    Een delegatie van de G40 heeft een bestuurlijk overleg gevoerd met minister X van VRO.
    De pijler had in maart een gesprek met de staatssecretaris van SZW.

The subject (here the G40: "een delegatie van" speaks for it, see :func:`_delegation_of`) and each party after "met" take part
in the meeting (``participatesIn``); a person named with the ministry she leads ("minister X van
VRO") stands for herself, and the ministry takes part too. That the two sides work together is
read by :mod:`graph.extract.collaboration` ("overleg gevoerd met"). Only an occurrence the text
names as an event counts, and only as the object of the clause: "ingebracht in het bestuurlijk
overleg met BZK" (a preposition before it) says nothing of who met, nor does a denied or planned
clause ("heeft geen overleg gevoerd met", "wil een gesprek met"). The meeting must be the one the
document is about (its title or its opening names it, see :func:`graph.extract.participation.lead_meeting`):
one of many meetings a yearly report tells of is no entity of its own.

Examples
--------
>>> from graph.gazetteer import load_gazetteer
>>> from graph.extract import extract
>>> text = "Breda heeft een bestuurlijk overleg gevoerd met de VNG."
>>> sorted((r.subject.text, r.object.text) for r in extract("d", text, gazetteer=load_gazetteer()).relations
...        if r.predicate == "participatesIn")
[('Breda', 'bestuurlijk overleg'), ('VNG', 'bestuurlijk overleg')]
"""

from __future__ import annotations

import re

from .collaboration import actor_objects
from .context import ACTORS, DocContext
from .model import Mention, Sentence
from .participation import lead_meeting, title_event
from .subjects import subject_or_context, with_coordinated

__all__ = ["find_meetings_held", "find_title_parties"]

#: the meeting words an unnamed event ends with
_MEETING = re.compile(r"(?:overleg|gesprek|werkbezoek|bijeenkomst|ontmoeting)$", re.IGNORECASE)
#: right after the event: "(gevoerd/gehouden/gehad) met "
_HELD_WITH = re.compile(r"\s+(?:(?:gevoerd|gehouden|gehad)\s+)?met\s+")
#: right before the event: its article as an object ("een", "het"), not a preposition ("in het")
_AS_OBJECT = re.compile(r"(?:^|\s)(?:een|het|de|twee|drie)\s+(?:\w+\s+){0,1}$", re.IGNORECASE)
_PREPOSITION_BEFORE = re.compile(r"\b(?:in|aan|voor|tijdens|bij|naar|op|na|over|van|tot|uit)\s+(?:het|de|een)\s+(?:\w+\s+){0,1}$",
                                 re.IGNORECASE)


#: a delegation as the subject, named by whom it speaks for: "Een delegatie van (het Stedennetwerk) "
_DELEGATION = re.compile(r"\b(?:een|de)\s+delegatie\s+(?:van|uit)\s+(?:de\s+|het\s+)?$", re.IGNORECASE)


def _delegation_of(ctx: DocContext, sentence: Sentence, before: int) -> Mention | None:
    """The actor a delegation before offset ``before`` speaks for: "Een delegatie van de G40 heeft …"."""
    for m in ctx.in_span(sentence.start, before):
        if m.type in ACTORS and _DELEGATION.search(ctx.text, max(sentence.start, m.start - 30), m.start):
            return m
    return None


def find_meetings_held(ctx: DocContext, sentence: Sentence, mentions: list[Mention]) -> None:
    """Add who took part in each meeting ``sentence`` says its subject held with someone."""
    for event in mentions:
        if event.type != "Event" or not _MEETING.search(event.label):
            continue
        held = _HELD_WITH.match(ctx.text, event.end, sentence.end)
        if held is None or sentence.is_heading:
            continue
        before = ctx.text[max(sentence.start, event.start - 40):event.start]
        if not _AS_OBJECT.search(before) or _PREPOSITION_BEFORE.search(before):
            continue  # "ingebracht in het bestuurlijk overleg met BZK": who met is not said
        if not ctx.asserted(sentence, event.start, held.end()):
            continue
        frame = title_event(ctx) or lead_meeting(ctx)
        if frame is None or frame.label.lower() != event.label.lower():
            continue  # one of many meetings a yearly report tells of: no entity of its own
        subject = _delegation_of(ctx, sentence, event.start) or subject_or_context(ctx, sentence, event.start)
        if subject is None or not sentence.start <= subject.start < event.start:
            continue  # the holder must be named in the clause
        others = ctx.list_after(held.end(), sentence.end)
        if not others or others[0].start - held.end() > 30:
            continue
        parties = [*with_coordinated(ctx, sentence, subject, event.start)]
        for other in others:
            parties.append(other)
            parties.extend(o for o in actor_objects(ctx, [other]) if o is not other)
        for party in parties:
            if party.type in ACTORS | {"Person"}:
                ctx.add(party, "participatesIn", event, sentence, "meetings.held-with", 0.7)


#: what joins the two parties a meeting's title names: "overleg G40 – ministerie van SZW", "G40 en BZK"
_PARTY_GLUE = re.compile(r"\s*(?:[–—/-]|\ben\b|\bmet\b)\s*(?:(?:de|het)\s+)?"
                         r"(?:(?:minister|ministerie|staatssecretaris)\s+van\s+|(?:gemeente|provincie)\s+)?", re.IGNORECASE)
#: right between the meeting and its first party: nothing but a space, or an article and kind word
_FIRST_PARTY = re.compile(r"\s+(?:(?:de|het)\s+)?(?:(?:minister|ministerie|staatssecretaris)\s+van\s+)?", re.IGNORECASE)


def find_title_parties(ctx: DocContext) -> None:
    """A meeting the document's title names by its two parties ("Verslag bestuurlijk overleg G40 –
    ministerie van SZW", "Agenda Bestuurlijk Overleg G40 – minister van SZW"): the parties work together.
    Whether they took part is for the text to say (a meeting may be called off: see
    :func:`graph.extract.participation.find_event_participants`). A title naming one body ("Notulen
    ambtelijk overleg themagroep X") or three names nothing of the kind.

    >>> from graph.gazetteer import load_gazetteer
    >>> from graph.extract import extract
    >>> text = "Verslag bestuurlijk overleg G40 – ministerie van BZK\\n\\nDe voorzitter opent."
    >>> sorted((r.subject.text, r.predicate, r.object.text) for r in extract("d", text, gazetteer=load_gazetteer()).relations)
    [('G40', 'collaboratesWith', 'BZK')]
    """
    if not ctx.sentences:
        return
    title = ctx.sentences[0]
    named = ctx.in_sentence(title)
    meeting = next((m for m in named if m.type == "Event" and _MEETING.search(m.label)), None)
    if meeting is None:
        return
    after = [m for m in named if m.start >= meeting.end]
    if len(after) != 2 or any(m.type not in ACTORS for m in after) \
            or not _FIRST_PARTY.fullmatch(ctx.text, meeting.end, after[0].start) \
            or not _PARTY_GLUE.fullmatch(ctx.text, after[0].end, after[1].start) \
            or ctx.text[after[1].end:title.end].strip(" )*#"):
        return
    ctx.add(after[0], "collaboratesWith", after[1], title, "meetings.title-parties", 0.7)

