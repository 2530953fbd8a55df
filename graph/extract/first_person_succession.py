"""Successions the speaker states in the first person, and one a note's writer states of its addressee.

- "Ik neem het stokje over van X", "Ik volg X op", "… de heer X. Ik volg hem sinds maart op": the speaker
  succeeded X;
- "Mijn voorganger, X, …": the one who says it (a transcript's speaker, else the document's) succeeded X;
- "…, mijn opvolger als wethouder Mobiliteit, Y": Y succeeded the speaker (and holds that role where the
  speaker held it);
- "dat jij per 1 juni het trekkerschap van de themagroep X van mij overneemt" in a note from Y to Z: Z
  succeeded Y in that role.

Who the speaker is: :mod:`graph.extract.document_speaker`.

Examples
--------
>>> from graph.gazetteer import load_gazetteer
>>> from graph.extract import extract
>>> text = "Column\\n\\nDoor Eva Smit\\n\\nIk neem het stokje over van Piet Bos.\\n"
>>> [(r.subject.text, r.object.text) for r in extract("d", text, gazetteer=load_gazetteer()).relations
...  if r.predicate == "succeeded"]
[('Eva Smit', 'Piet Bos')]
"""

from __future__ import annotations

import bisect
import re

from .context import DocContext
from .document_speaker import QUOTED, own_words
from .mail import messages
from .model import Mention, Sentence
from .passed_on_roles import add_succession
from .periods import change_date, day_before
from .roles import role_of, role_pattern
from .transcripts import turn_speaker

__all__ = ["handover_to_me", "inverted_handover_to_me", "my_predecessor", "my_successor", "you_take_over_from_me"]


_I_FOLLOW_HIM = re.compile(r"Ik\s+(?:volg|volgde)\s+(?:hem|haar)\s+(?:[\w-]+\s+){0,5}?op\s*[.!]?\s*")
#: the speaker takes over from someone: "Ik neem het stokje over van X", "Ik volg X op"
_I_TAKE_OVER = re.compile(r"\s*(?:Ik\s+(?:neem|nam)\s+(?:\w+\s+){0,3}?(?:het\s+stokje|het\s+\w+schap|"
                          r"(?:die|deze|de|zijn|haar)\s+(?:rol|taak|functie|plek))\s+over\s+van|"  # "Ik nam die rol over van X" (41b)
                          r"Ik\s+(?:volg|volgde)(?:\s+(?:per\s+)?\w+\s+\w+)?)\s+$")


def handover_to_me(ctx: DocContext, speaker: Mention) -> None:
    """"Ik neem het stokje over van X", "Ik volg X op": the speaker succeeded X; "… de heer X. Ik volg hem
    sinds maart op": X is the one person the sentence before names."""
    for sentence in ctx.sentences:
        if not sentence.text.startswith("Ik ") or QUOTED.search(sentence.text):
            continue
        persons = [m for m in ctx.in_sentence(sentence) if m.type == "Person"]
        if not persons and _I_FOLLOW_HIM.fullmatch(sentence.text):
            previous = ctx.previous_sentence(sentence)
            named = {m.label: m for m in ctx.in_sentence(previous) if m.type == "Person"} if previous else {}
            if len(named) == 1 and speaker.label not in named and ctx.asserted(sentence, sentence.start, sentence.end):
                add_succession(ctx, sentence, speaker, next(iter(named.values())), 0.7)
            continue
        if not persons or persons[0] is speaker or not _I_TAKE_OVER.fullmatch(ctx.text, sentence.start, persons[0].start):
            continue
        if "volg" in ctx.text[sentence.start:persons[0].start] and not _THEN_OP.match(ctx.text[persons[0].end:sentence.end]):
            continue  # "Ik volg X" without "op": following, not succeeding
        if ctx.asserted(sentence, sentence.start, persons[0].end):
            add_succession(ctx, sentence, speaker, persons[0], 0.7)


#: the verb before "ik", an adverbial of time opening the sentence: "In juli 2022 volgde ik X op", "Per 1 mei volg ik X op"
_FOLLOWED_I = re.compile(r"(?:[^,;:.]{0,60}?\s)?(?:volg|volgde)\s+ik\s+")


def inverted_handover_to_me(ctx: DocContext, sentence: Sentence, speaker: Mention) -> None:
    """"In juli 2022 volgde ik X op als voorzitter van de pijler": the speaker succeeded X (and took that office
    from then on), the verb before "ik" after an adverbial that opens the sentence (round 57s). Not "Ik volg X"
    without "op" (following), nor in a quotation.

    >>> from graph.gazetteer import load_gazetteer
    >>> from graph.extract import extract
    >>> text = "Toespraak\\n\\nIn juli 2022 volgde ik Piet Bos op als voorzitter.\\n\\nEva Smit\\nwethouder van Ede\\n"
    >>> [(r.subject.text, r.object.text) for r in extract("d", text, gazetteer=load_gazetteer()).relations
    ...  if r.predicate == "succeeded"]
    [('Eva Smit', 'Piet Bos')]
    """
    if QUOTED.search(sentence.text):
        return
    persons = [m for m in ctx.in_sentence(sentence) if m.type == "Person"]
    if not persons or persons[0].label == speaker.label \
            or not _FOLLOWED_I.fullmatch(ctx.text, ctx.content_start(sentence), persons[0].start) \
            or not _THEN_OP.match(ctx.text, persons[0].end, sentence.end):
        return
    if ctx.asserted(sentence, sentence.start, persons[0].end):
        add_succession(ctx, sentence, speaker, persons[0], 0.7)


#: the particle after the one succeeded (a bracket or an apposition between): "X op", "X (Ede), … op"
_THEN_OP = re.compile(r"\s*(?:\([^()]{0,60}\)\s*)?(?:,[^,]{0,80},\s*)?op\b")


#: the addressee takes an office over from the writer: "dat jij per 1 juni het trekkerschap van de themagroep X van
#: mij overneemt", "Je neemt het voorzitterschap van mij over"
_YOU_TAKE_FROM_ME = re.compile(r"\b(?:jij|je|u)\s+(?:[^.;:]{0,60}?\s)?(?:het|de)\s+(?P<office>\w+?)schap\b(?P<of>[^.;:]{0,80}?)"
                               r"\s+van\s+mij\s+(?:overneemt|overnam|over\s+(?:neemt|nam))\b", re.IGNORECASE)


def you_take_over_from_me(ctx: DocContext) -> None:
    """"Op de netwerkdag is afgesproken dat jij per 1 juni het trekkerschap van de Themagroep X van mij
    overneemt" in a note from Y to Z: Z succeeded Y; both hold the role the office names in the unit named
    with it (Y no longer)."""
    for message in messages(ctx):
        if message.sender is None or message.addressee is None:
            continue
        k = bisect.bisect_left(ctx.scope.starts, message.start)
        while k < len(ctx.sentences) and ctx.sentences[k].start < message.end:
            sentence = ctx.sentences[k]
            k += 1
            match = _YOU_TAKE_FROM_ME.search(ctx.text, sentence.start, sentence.end) if "mij" in sentence.text else None
            if match is None or QUOTED.search(sentence.text) or not ctx.asserted(sentence, match.start(), match.end()):
                continue
            ctx.add(message.addressee, "succeeded", message.sender, sentence, "firstperson.you-take-over", 0.7)
            role = role_of(match.group("office"))
            units = [m for m in ctx.in_span(match.start("of"), match.end("of")) if m.type in _HELD_UNITS]
            if role is not None and units:
                day = change_date(ctx.text, sentence.start, sentence.end, year=ctx.date)  # "per 1 juni 2022"
                ctx.add(message.addressee, "hasRole", units[0], sentence, "firstperson.you-take-over", 0.7, role=role.label,
                        since=day)
                ctx.add(message.sender, "hasRole", units[0], sentence, "firstperson.you-take-over", 0.65, role=role.label,
                        until=day_before(day) if day else None, stated_at=message.start)


#: the bodies an office taken over is held in
_HELD_UNITS = frozenset({"OrganisationalUnit", "Programme"})


#: the speaker's successor named in apposition: "mijn opvolger (als wethouder Mobiliteit), Y", "mijn opvolger Y"
_MY_SUCCESSOR = re.compile(r"\b[Mm]ijn\s+(?:beoogde\s+|nieuwe\s+)?opvolger(?:\s+als\s+(?P<role>[^,;:()]{2,50}?))?\s*,?\s+$")


def my_successor(ctx: DocContext, speaker: Mention) -> None:
    """"Haarlem wordt vertegenwoordigd door mijn opvolger als wethouder Mobiliteit, Y": Y succeeded the speaker
    and, for a role "als" names that the speaker held, holds it where the speaker held it."""
    for sentence in ctx.sentences:
        if "opvolger" not in sentence.text or QUOTED.search(sentence.text):
            continue
        for person in (m for m in ctx.in_sentence(sentence) if m.type == "Person" and m.label != speaker.label):
            match = _MY_SUCCESSOR.search(ctx.text, max(sentence.start, person.start - 80), person.start)
            if match is None or match.end() != person.start or not ctx.asserted(sentence, match.start(), person.end):
                continue
            ctx.add(person, "succeeded", speaker, sentence, "firstperson.my-successor", 0.7)
            word = role_pattern().match(match.group("role") or "")
            role = role_of(word.group(0)) if word else None
            held = [r for r in ctx.relations if r.predicate == "hasRole" and r.subject.label == speaker.label
                    and role is not None and r.role == role.label]
            for place in {r.object.label: r.object for r in held}.values():
                ctx.add(person, "hasRole", place, sentence, "firstperson.my-successor", 0.65, role=role.label)


#: the writer's or speaker's predecessor named right after: "Mijn voorganger(, wethouder) X", "mijn voorgangster X"
_MY_PREDECESSOR = re.compile(r"\b[Mm]ijn\s+(?:directe\s+)?(?:voorganger|voorgangster)\s*,?\s+(?:(?:de\s+heer|mevrouw|[a-z][\w-]*)\s+)?$")


def my_predecessor(ctx: DocContext, speaker: Mention | None) -> None:
    """"Mijn voorganger, X uit Enschede, is benoemd tot gedeputeerde": the one who says it succeeded X (the
    speaker of the transcript's turn, else the document's speaker, in their own words).

    >>> from graph.gazetteer import load_gazetteer
    >>> from graph.extract import extract
    >>> text = "Sprekers:\\nFV = Femke de Vries, wethouder van Ede\\n\\nFV: Mijn voorganger, Piet Bos, is nu gedeputeerde."
    >>> [(r.subject.text, r.object.text) for r in extract("d", text, gazetteer=load_gazetteer()).relations
    ...  if r.predicate == "succeeded"]
    [('Femke de Vries', 'Piet Bos')]
    """
    for sentence in ctx.sentences:
        if "voorgang" not in sentence.text:
            continue
        for person in (m for m in ctx.in_sentence(sentence) if m.type == "Person"):
            match = _MY_PREDECESSOR.search(ctx.text, max(sentence.start, person.start - 60), person.start)
            if match is None or not ctx.asserted(sentence, match.start(), person.end):
                continue
            who = turn_speaker(ctx, match.start())
            if who is None and speaker is not None and own_words(ctx, sentence, speaker):
                who = speaker
            if who is not None and who.label != person.label:
                add_succession(ctx, sentence, who, person, 0.7)
