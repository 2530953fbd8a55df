"""The speakers a report names after the event: "Sprekers waren onder anderen wethouder X en directeur Y van Z."

A report of a congress or a day tells first what the event was, then who spoke::

    Op 7 november organiseerde de stichting het Binnenstadcongres 2024 in Den Bosch. Sprekers waren onder anderen
    wethouder Jacqueline Bruins en directeur Ruud Hafkamp van INretail.

A sentence that opens with "Sprekers waren/zijn" (or "De sprekers waren", "Sprekers:"), perhaps "onder anderen" or
"onder meer", names the persons who spoke at the one event the sentence before names: each takes part in it
(``participatesIn``). The sentence before must name exactly one event; an event the same sentence names ("Sprekers
op het congres X waren …") is that one. Speakers to come ("Sprekers zullen zijn …") or not named as persons say
nothing. Rule ``participation.sprekers`` (round 58s).

Examples
--------
>>> from graph.gazetteer import load_gazetteer
>>> from graph.extract import extract
>>> text = ("In mei organiseerde Platform31 het Congres Vitale Wijken. Sprekers waren onder anderen wethouder Eva Kok "
...         "en directeur Jan Bos van Aedes.")
>>> sorted((r.subject.text, r.object.text) for r in extract("d", text, gazetteer=load_gazetteer()).relations
...        if r.rule == "participation.sprekers")
[('Eva Kok', 'Congres Vitale Wijken'), ('Jan Bos', 'Congres Vitale Wijken')]
"""

from __future__ import annotations

import re

from .context import DocContext
from .model import Mention, Sentence

__all__ = ["find_named_speakers"]

#: the sentence's opening: "Sprekers waren (onder anderen)", "De sprekers zijn", "Sprekers:"
_SPEAKERS = re.compile(r"(?:[Dd]e\s+)?[Ss]prekers\s*(?:(?:op|bij|tijdens)\s+(?:de|het)\s+(?P<at>[^,:]{3,80}?)\s+)?"
                       r"(?:waren|zijn|:)\s*(?:onder\s+(?:anderen|andere|meer)\s+)?")


def find_named_speakers(ctx: DocContext, sentence: Sentence, mentions: list[Mention]) -> None:
    """Add the persons a "Sprekers waren …" sentence names as taking part in its event (see the module)."""
    if "prekers" not in sentence.text:
        return
    opening = _SPEAKERS.match(ctx.text, ctx.content_start(sentence), sentence.end)
    if opening is None:
        return
    named = [m for m in mentions if m.type == "Event" and m.end <= opening.end()]
    if not named:
        previous = ctx.previous_sentence(sentence)
        named = [m for m in ctx.in_sentence(previous) if m.type == "Event"] if previous is not None else []
    if len({m.label for m in named}) != 1:
        return
    for person in (m for m in mentions if m.type == "Person" and m.start >= opening.end()):
        ctx.add(person, "participatesIn", named[0], sentence, "participation.sprekers", 0.65)
