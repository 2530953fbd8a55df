"""Guests in an attendance list: people who attend a body's meeting but are no members of it.

A rule of the domain: the members of a G40 pijler or themagroep are its cities (and the network's
own people); someone in its minutes' attendance list whose bracket places them at a ministry, a
province or another organisation ("Henk Bos (ministerie van BZK)", "Ria Mol (VNG)"), or who is
marked as a guest ("(gast)", "als gast X", "te gast", "op uitnodiging", "toehoorder", after
"Gasten:" / "Te gast:" / "Op uitnodiging:"), attends but does not take part in the body. Their
affiliation stays (:mod:`graph.extract.person_affiliations`); only the ``participatesIn`` an
attendance rule would give them is left out. An event is no body with members: whoever attends it
takes part in it, guests included. Nor is an attendance list (or a guest list) evidence of a
collaboration between the body and a guest's ministry (round 43g, walkthrough 18 finding 17): only
when the minutes go on to speak of the guest or the ministry ("De voorzitter heet Henk Bos welkom,
die namens BZK aansluit", "BZK licht de regeling toe") does the body work with the ministry
(``collaboratesWith``), with that sentence as the evidence (:func:`guest_discussions`); a ministry's
official who is only listed makes no collaboration.

Examples
--------
>>> from graph.extract.model import Mention
>>> text = "Aanwezig: Anna Smit (Breda), Henk Bos (ministerie van BZK); als gast Piet Kok (Zwolle)"
>>> guest_marked(text, 0, text.index("Piet")), guest_marked(text, 0, text.index("Henk"))
(True, False)
>>> from graph.extract import extract
>>> from graph.gazetteer import load_gazetteer
>>> listed = "Verslag Pijler Sociaal\\n3 juni 2025\\n\\nAanwezig: Anna Smit (Breda), Henk Bos (ministerie van SZW)\\n\\n"
>>> def collaborations(text):
...     found = extract("d", text, gazetteer=load_gazetteer())
...     return [(r.subject.label, r.object.label, text[r.evidence_start:r.evidence_end])
...             for r in found.relations if r.predicate == "collaboratesWith"]
>>> collaborations(listed + "1. Opening\\nDe voorzitter opent de vergadering.\\n")
[]
>>> collaborations(listed + "2. Regeling\\nHenk Bos licht de regeling van SZW toe.\\n")
[('Pijler Sociaal', 'SZW', 'Henk Bos licht de regeling van SZW toe.')]
>>> outside_body(Mention(0, 3, "VNG", "Organisation", "gazetteer.organisation", 1.0, key="VNG"))
True
>>> outside_body(Mention(0, 3, "G40", "Organisation", "gazetteer.organisation", 1.0, key="G40"))
False
"""

from __future__ import annotations

import logging
import re

from .model import Mention
from .welcomes import mere_welcome

__all__ = ["ATTENDANCE_RULES", "guest", "guest_discussions", "guest_marked", "outside_body"]

logger = logging.getLogger(__name__)

#: the rules that read who attended a meeting from its attendance list
ATTENDANCE_RULES = frozenset({"participation.attended", "cards.attendance"})

#: a word that makes someone a guest: "(gast)", "als gast", "te gast", "op uitnodiging", "toehoorder"
_GUEST = re.compile(r"\b(?:gast|gasten|te\s+gast|op\s+uitnodiging|toehoorders?|genodigden?)\b", re.IGNORECASE)
#: a list's label before the names: "Gasten:", "Te gast:", "Op uitnodiging:" (the last label before a name)
_LABEL = re.compile(r"(?:^|[;\n.])\s*([^\s,;:()][^,;:()\n]{0,30}?)\s*:", re.IGNORECASE)


def outside_body(mention: Mention) -> bool:
    """Whether ``mention`` names a body whose people are guests at a G40 body's meeting: a ministry,
    a province or an organisation other than the G40 itself."""
    if mention.type in ("Ministry", "Province"):
        return True
    return mention.type == "Organisation" and not re.match(r"(?:Stedennetwerk\s+)?G40\b", mention.label)


def guest_marked(text: str, start: int, position: int) -> bool:
    """Whether the words before ``position`` (from ``start``, the sentence) mark the name there as a
    guest's: a guest word in its own item ("als gast X") or in the list's last label ("Gasten: …")."""
    item = max(text.rfind(",", start, position), text.rfind(";", start, position), start)
    if _GUEST.search(text, item, position):
        return True
    labels = list(_LABEL.finditer(text, start, position))
    return bool(labels) and _GUEST.search(labels[-1].group(1)) is not None


def guest(ctx, person: Mention, sentence, body: Mention) -> bool:
    """Whether ``person``, in the attendance list ``sentence`` of ``body``'s meeting, is a guest (see
    the module docstring). A bracket's ministry or organisation makes a guest only at a pijler or a
    themagroep, whose members are the cities: a taskforce or a City Deal's stuurgroep has ministries
    and organisations among its members."""
    bracket = ctx.bracket_after(person)
    inside = ctx.in_span(*bracket) if bracket is not None else []
    if bracket is not None and _GUEST.search(ctx.text, *bracket) or guest_marked(ctx.text, sentence.start, person.start):
        return True
    return body.kind in ("pijler", "themagroep") and any(outside_body(m) for m in inside)


def guest_discussions(ctx, person: Mention, listing) -> list[tuple[Mention, object]]:
    """(ministry, sentence) for each ministry the bracket after the guest ``person`` names in the
    attendance list ``listing``, with the first later sentence of the minutes that is no list, no
    heading, and names that ministry or the guest: the evidence that the body works with the ministry.
    A ministry the minutes do not speak of again gives nothing: being listed is no collaboration; nor
    does one whose first later mention is another actor's partner (:func:`_anothers_partner`)."""
    bracket = ctx.bracket_after(person)
    ministries = [m for m in ctx.in_span(*bracket) if m.type == "Ministry"] if bracket is not None else []
    found = []
    for ministry in ministries:
        where = _discussed_after(ctx, listing, person, ministry)
        if where is not None:
            found.append(where)
    return found


#: the words right before a ministry that make it the place of someone's office: "directeur bij BZK",
#: "Anna Smit (BZK)", "Anna Smit van het ministerie van BZK"
_EMPLOYER_BEFORE = re.compile(r"(?:\b(?:bij|van)\s+(?:het\s+)?(?:ministerie\s+van\s+)?|\()$", re.IGNORECASE)


def _someones_employer(text: str, before: list[Mention], ministry: Mention, pronoun: bool = False) -> bool:
    """Whether ``ministry`` is where a person named earlier in its sentence (``before``: the mentions
    before it; or the personal pronoun that opens it, ``pronoun``) works: "Anna Smit is sinds 1 mei directeur
    Wonen bij BZK", "Anna Smit (BZK) licht toe", "Zij is sinds 1 juli accountmanager bij het ministerie van
    BZK" (walkthrough 28, finding 6).

    >>> m = Mention(37, 40, "BZK", "Ministry", "gazetteer.ministry", 1.0)
    >>> p = Mention(0, 9, "Anna Smit", "Person", "persons.name", 1.0)
    >>> _someones_employer("Anna Smit is sinds mei directeur bij BZK.", [p], m)
    True
    >>> _someones_employer("De pijler spreekt met BZK over de regeling.", [], Mention(22, 25, "BZK", "Ministry", "g", 1.0))
    False
    """
    if not pronoun and not any(m.type == "Person" for m in before):
        return False
    start = max(ministry.start - 40, 0)
    return _EMPLOYER_BEFORE.search(text[start:ministry.start]) is not None


#: a personal pronoun that opens a sentence: its subject is a person named before ("Zij is sinds 1 juli …")
_PRONOUN_OPENING = re.compile(r"\s*(?:Zij|Hij|Ze)\s")
#: the actors whose own work with a ministry a sentence may state
_ACTORS = frozenset({"Municipality", "Province", "Organisation"})
#: "(samen) met" right before the ministry: its partner is the sentence's subject
_PARTNER_BEFORE = re.compile(r"\b(?:samen\s+)?met\s+(?:het\s+)?(?:ministerie\s+van\s+)?$", re.IGNORECASE)


def _anothers_partner(text: str, before: list[Mention], ministry: Mention) -> bool:
    """Whether the sentence that names the guest's ministry says another actor works with it (``before``:
    its mentions before the ministry): "De gemeente Tilburg werkt samen met het ministerie van SZW aan een
    proef" says whose partner the ministry is: an actor, and no person, before "(samen) met" the ministry.
    The minutes speak of the ministry, but not of the body's work with it, and the guest's presence says
    no more (being listed is no collaboration).

    >>> text = "De gemeente Tilburg werkt samen met het ministerie van SZW."
    >>> szw = Mention(text.index("SZW"), text.index("SZW") + 3, "SZW", "Ministry", "gazetteer.ministry", 1.0)
    >>> _anothers_partner(text, [Mention(12, 19, "Tilburg", "Municipality", "gazetteer.municipality", 1.0)], szw)
    True
    >>> text = "De pijler stemt in met deelname van de G40 aan de agenda van het ministerie van SZW."
    >>> szw = Mention(text.index("SZW"), text.index("SZW") + 3, "SZW", "Ministry", "gazetteer.ministry", 1.0)
    >>> _anothers_partner(text, [Mention(39, 42, "G40", "Organisation", "gazetteer.organisation", 1.0)], szw)
    False
    """
    return any(m.type in _ACTORS for m in before) and not any(m.type == "Person" for m in before) \
        and _PARTNER_BEFORE.search(text[max(ministry.start - 40, 0):ministry.start]) is not None


def _discussed_after(ctx, listing, person: Mention, ministry: Mention) -> tuple[Mention, object] | None:
    """The ministry as named in, and the first sentence after ``listing`` that names it or ``person``
    (in full, or the surname a later mention repeats), skipping headings and lists."""
    same = ministry.key or ministry.label
    for sentence in ctx.sentences[ctx.position.get(listing, len(ctx.sentences)) + 1:]:
        if sentence.is_heading or ctx.listed(sentence) or mere_welcome(ctx.text, sentence.start, sentence.end):
            continue  # (a welcome is a courtesy: graph.extract.welcomes)
        mentions = ctx.in_sentence(sentence)
        for k, m in enumerate(mentions):
            if m.type == "Ministry" and (m.key or m.label) == same:
                if _someones_employer(ctx.text, mentions[:k], m, _PRONOUN_OPENING.match(ctx.text, sentence.start) is not None):
                    continue  # "X is sinds 1 mei directeur bij BZK": another person's office, not the body's work
                if _anothers_partner(ctx.text, mentions[:k], m):
                    return None  # "De gemeente Tilburg werkt samen met het ministerie": Tilburg's partner (46k)
                return m, sentence
            if m.type == "Person" and (m.label == person.label or person.label.endswith(" " + m.label)):
                return ministry, sentence
    return None
