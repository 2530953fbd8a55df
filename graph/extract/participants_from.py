"""Who took part in a meeting, as a report of it lists them: "Deelnemers uit Zwolle, Deventer en Helmond, plus VRO."

A short report or a message after a meeting thanks its participants and says where they came from::

    Dank allemaal voor de werksessie vandaag! Deelnemers uit Zwolle, Deventer en Helmond, plus VRO.

The sentence that opens with "Deelnemers uit/van" (or "De deelnemers kwamen uit") lists the bodies that took part,
joined by commas, "en" and "plus": each takes part in the event the sentence names, else the one the sentence before
names, by its name or by its kind word ("de werksessie": the werksessie the text named before). A list that holds
anything but actors ("Deelnemers uit het hele land") or a sentence with no event to point to says nothing. (Round 57r.)

Examples
--------
>>> from graph.gazetteer import load_gazetteer
>>> from graph.extract import extract
>>> text = ("Op 14 november is de werksessie Zonnedaken in Utrecht. Dank allemaal voor de werksessie vandaag! "
...         "Deelnemers uit Breda en Ede, plus BZK.")
>>> sorted((r.subject.text, r.object.text) for r in extract("d", text, gazetteer=load_gazetteer()).relations
...        if r.rule == "participation.deelnemers-uit")
[('BZK', 'werksessie Zonnedaken'), ('Breda', 'werksessie Zonnedaken'), ('Ede', 'werksessie Zonnedaken')]
"""

from __future__ import annotations

import re

from .consisting_members import listed_actors
from .context import DocContext
from .lexicon import load_lexicon

__all__ = ["find_participants_from"]

#: the sentence's opening: "Deelnemers uit", "De deelnemers kwamen uit", "Deelnemers van"
_OPENING = re.compile(r"\s*(?:[Dd]e\s+)?[Dd]eelnemers\s+(?:kwamen\s+|waren\s+er\s+)?(?:uit|van)\s+(?:de\s+|het\s+)?"
                      r"(?:(?:gemeenten?|steden|stad)\s+)?")
_NOTHING = re.compile(r"")
#: between two bodies of the list
_BETWEEN = re.compile(r"\s*(?:,\s*(?:en\s+|plus\s+)?|\s+en\s+|\s+plus\s+)(?:(?:de|het)\s+)?(?:(?:gemeente|provincie|ministerie\s+van)\s+)?",
                      re.IGNORECASE)


def find_participants_from(ctx: DocContext) -> None:
    """Add the bodies a "Deelnemers uit A, B en C" sentence lists as taking part in its event (see the module)."""
    if "eelnemers" not in ctx.text:
        return
    for sentence in ctx.sentences:
        if "eelnemers" not in sentence.text:
            continue
        opening = _OPENING.match(ctx.text, ctx.content_start(sentence), sentence.end)
        if opening is None:
            opening = _OPENING.search(ctx.text, sentence.start, sentence.end)
            if opening is None or not re.search(r":\s*$", ctx.text[sentence.start:opening.start()]):
                continue  # (a chat message's "Eva Smit: Deelnemers uit …" opens after the author's colon)
        listed = listed_actors(ctx, ctx.in_span(opening.end(), sentence.end), opening.end(), sentence.end,
                               between_pattern=_BETWEEN, opening=_NOTHING, leave_out=frozenset({"Person"}))
        event = _event_of(ctx, sentence, opening.start()) if listed else None
        for actor in listed if event is not None else ():
            ctx.add(actor, "participatesIn", event, sentence, "participation.deelnemers-uit", 0.7)


def _event_of(ctx: DocContext, sentence, before: int):
    """The event the sentence names before the list, else the one the sentence before names, by name or kind word."""
    own = [m for m in ctx.in_span(sentence.start, before) if m.type == "Event"]
    if own:
        return own[-1]
    previous = ctx.previous_sentence(sentence)
    if previous is None:
        return None
    named = [m for m in ctx.in_sentence(previous) if m.type == "Event"]
    if named:
        return named[-1]
    kinds = load_lexicon().event_kinds
    words = [w.lower() for w in re.findall(r"\b(?:de|het|deze|die)\s+([a-z][\w-]+)", previous.text)]
    kind = next((w for w in reversed(words) if w in kinds), None)
    if kind is None:
        return None
    earlier = [m for m in ctx.mentions if m.type == "Event" and m.end <= previous.start
               and (kind in m.text.lower() or kind in m.label.lower())]  # "de werksessie Betaalbaar Bouwen"
    return earlier[-1] if earlier else None
