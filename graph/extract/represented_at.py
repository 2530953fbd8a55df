"""Who was at an event, as a report says they were represented there: "Bij de Stedendialoog waren naast Ede ook
Tilburg, Breda en Helmond vertegenwoordigd."

A report of a meeting or a bid's track record names the towns and bodies that sent someone, with the event fronted
and the verb at the end::

    Bij de G40 Stedendialoog Wonen in 2024 waren naast Zwolle ook Deventer, Ede en Helmond vertegenwoordigd.
    Op het congres X waren de gemeenten A en B aanwezig.

The sentence opens with "Bij" or "Op" and the event's name (a mention of type Event, right after the preposition
and an article, or after the name of the network it is of: "Bij de G40 Stedendialoog X"), then "was/waren", then the list, then "vertegenwoordigd" or "aanwezig" closing it: each actor of the
list takes part in the event, the one after "naast" too ("naast Zwolle ook …": Zwolle was there as well). A
denied or only possible presence ("waren … niet vertegenwoordigd", "zullen … aanwezig zijn") and a place that is
no event ("Bij de gemeente Ede waren A en B vertegenwoordigd") say nothing. Rule ``participation.vertegenwoordigd``
(round 58s).

Examples
--------
>>> from graph.gazetteer import load_gazetteer
>>> from graph.extract import extract
>>> text = "Bij het Congres Vitale Wijken waren naast Ede ook Breda en Tilburg vertegenwoordigd."
>>> sorted((r.subject.text, r.object.text) for r in extract("d", text, gazetteer=load_gazetteer()).relations
...        if r.rule == "participation.vertegenwoordigd")
[('Breda', 'Congres Vitale Wijken'), ('Ede', 'Congres Vitale Wijken'), ('Tilburg', 'Congres Vitale Wijken')]
"""

from __future__ import annotations

import re

from .consisting_members import listed_actors
from .context import DocContext
from .model import Mention, Sentence

__all__ = ["find_represented_at"]

#: the fronted event: "Bij de", "Op het"
_FRONTED = re.compile(r"(?:Bij|Op|Tijdens)\s+(?:de\s+|het\s+)?")
#: after the event: a time or place phrase ("in 2025", "van 12 maart", "in Utrecht"), then the verb
_VERB = re.compile(r"(?:\s+(?:in|van|op|te)\s+[\w .'-]{1,30}?)?,?\s+(?:was|waren)\s+")
#: before the list: "naast X ook", "behalve X ook", or "ook"
_NAAST = re.compile(r"(?:naast|behalve)\s+(?:de\s+gemeente\s+|de\s+provincie\s+|het\s+ministerie\s+van\s+)?")
_OOK = re.compile(r"\s+ook\s+")
_OPENING = re.compile(r"\s*(?:ook\s+)?(?:(?:de|het)\s+)?(?:(?:gemeenten?|steden|provincies?|organisaties?|ministeries)\s+)?",
                      re.IGNORECASE)
_BETWEEN = re.compile(r"\s*(?:,\s*(?:en\s+)?|\s+en\s+)(?:(?:de|het)\s+)?(?:(?:gemeente|provincie|ministerie\s+van)\s+)?",
                      re.IGNORECASE)
#: the verb's closing participle or adjective
_CLOSING = re.compile(r"\s+(?:vertegenwoordigd|aanwezig)\s*[.;]?\s*$")


def find_represented_at(ctx: DocContext, sentence: Sentence, mentions: list[Mention]) -> None:
    """Add the actors a "Bij <event> waren A, B en C vertegenwoordigd" sentence lists as taking part in the event
    (see the module)."""
    if "vertegenwoordigd" not in sentence.text and "aanwezig" not in sentence.text:
        return
    start = ctx.content_start(sentence)
    fronted = _FRONTED.match(ctx.text, start, sentence.end)
    if fronted is None:
        return
    event = next((m for m in mentions if m.start == fronted.end()), None)
    if event is not None and event.type == "Organisation":  # "Bij de G40 Stedendialoog X": the network's event
        event = next((m for m in mentions if m.start == event.end + 1 and ctx.text[event.end] == " "), None)
    if event is None or event.type != "Event":
        return
    verb = _VERB.match(ctx.text, event.end, sentence.end)
    closing = _CLOSING.search(ctx.text, verb.end() if verb else event.end, sentence.end)
    if verb is None or closing is None or not ctx.asserted(sentence, verb.start(), closing.end()):
        return
    at, listed = verb.end(), []
    naast = _NAAST.match(ctx.text, at, closing.start())
    if naast is not None:
        first = next((m for m in mentions if m.start == naast.end()), None)
        ook = _OOK.match(ctx.text, first.end, closing.start()) if first is not None else None
        if ook is None:
            return
        listed, at = [first], ook.end()
    members = listed_actors(ctx, mentions, at, closing.start(), between_pattern=_BETWEEN, opening=_OPENING,
                            leave_out=frozenset({"Person", "OrganisationalUnit"}))
    if not members or any(m.type not in ("Municipality", "Province", "Ministry", "Organisation") for m in listed):
        return
    for actor in listed + members:
        ctx.add(actor, "participatesIn", event, sentence, "participation.vertegenwoordigd", 0.7)
