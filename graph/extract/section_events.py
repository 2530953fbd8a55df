"""Who speaks at, chairs and organises the event a section's heading names (round 59r).

An announcement gives an event a section of its own, headed by its name ("Symposium ‘Brede welvaart’"), and says in
sentences of their own who organise it and who take the stage:

    Symposium ‘Brede welvaart in de stad’
    Voorafgaand aan de oratie organiseren de stichting en de G40-pijler Economie en Werk een symposium. Sprekers zijn
    A, wethouder van Ede, en B, onderzoeker bij het PBL. Dagvoorzitter is C, secretaris van de stichting.

Read here, of the one event the section's heading names: "Sprekers zijn/waren A en B" (each takes part),
"Dagvoorzitter/Moderator/Gastheer is X" (X takes part: an event holds no roles), and "organiseren A en B (…) een symposium" with the verb
before its subjects and the event's kind word after them (each organised it). A sentence of another section, or one
whose kind word is not the event's ("organiseren A en B een werkbezoek"), states none of these.

Examples
--------
>>> from graph.gazetteer import load_gazetteer
>>> from graph.extract import extract
>>> text = ("Oratie\\n\\nSymposium Wonen in de stad\\n\\nOp 3 maart organiseren de VNG en Platform31 een symposium. "
...         "Sprekers zijn Jan Bos, wethouder van Ede, en Eva Smit. Dagvoorzitter is Kees Kok.")
>>> sorted((r.subject.text, r.predicate, r.role) for r in extract("d", text, gazetteer=load_gazetteer()).relations
...        if r.rule.startswith("events.section"))  # doctest: +NORMALIZE_WHITESPACE
[('Eva Smit', 'participatesIn', None), ('Jan Bos', 'participatesIn', None), ('Kees Kok', 'participatesIn', None),
 ('Platform31', 'organised', None), ('VNG', 'organised', None)]
"""

from __future__ import annotations

import re

from .context import ACTORS, DocContext

__all__ = ["find_section_events"]

#: a sentence that opens with who take the stage: "Sprekers zijn", "Spreker was"
_SPEAKERS = re.compile(r"(?:De\s+)?(?:Sprekers|Spreker|Inleiders|Inleider|Panelleden)\s+(?:zijn|waren|is|was)\s+")
#: a sentence that opens with who leads it: "Dagvoorzitter is X"
_LEADING = re.compile(r"(?:De\s+)?(?P<role>Dagvoorzitter|Moderator|Gespreksleider|Gastheer|Gastvrouw)\s+(?:is|was)\s+")
#: the verb before its subjects: "(Voorafgaand aan de oratie) organiseren A en B"
_ORGANISE = re.compile(r"\b(?:organiseren|organiseert|organiseerden|organiseerde)\s+")


def find_section_events(ctx: DocContext) -> None:
    """Add the speakers, chairs and organisers of the event a section's heading names (see the module)."""
    for sentence in ctx.sentences:
        if sentence.is_heading or not any(w in sentence.text for w in ("prek", "voorzitter", "oderator", "leider",
                                                                      "Gast", "organise", "nleider", "anelleden")):
            continue
        event = _section_event(ctx, sentence)
        if event is None or not ctx.asserted(sentence, sentence.start, sentence.end):
            continue
        mentions = ctx.in_sentence(sentence)
        start = ctx.content_start(sentence)
        speakers = _SPEAKERS.match(ctx.text, start)
        if speakers is not None:
            for person in (m for m in mentions if m.type == "Person" and m.start >= speakers.end()):
                ctx.add(person, "participatesIn", event, sentence, "events.section-speaker", 0.7)
            continue
        leading = _LEADING.match(ctx.text, start)
        if leading is not None:
            person = next((m for m in mentions if m.type == "Person" and m.start >= leading.end()), None)
            if person is not None and person.start - leading.end() < 30:  # (an event holds no roles: takes part)
                ctx.add(person, "participatesIn", event, sentence, "events.section-lead", 0.7)
            continue
        _organisers(ctx, sentence, mentions, event)


def _section_event(ctx: DocContext, sentence):
    """The one event the heading of ``sentence``'s section names, the heading's first words."""
    if sentence.section_start is None:
        return None
    heading = ctx.sentence_at(sentence.section_start)
    if heading is None or not heading.is_heading:
        return None
    events = [m for m in ctx.in_sentence(heading) if m.type == "Event"]
    return events[0] if len(events) == 1 and events[0].start - ctx.content_start(heading) <= 2 else None


def _organisers(ctx: DocContext, sentence, mentions, event) -> None:
    """"organiseren A en B (om 13.00 uur) een symposium": the verb before its subjects, the event's kind after."""
    kind = event.text.split()[0].lower().strip("‘’'\"")
    for verb in _ORGANISE.finditer(ctx.text, sentence.start, sentence.end):
        after = re.search(r"\b(?:een|het|de)\s+" + re.escape(kind) + r"\b", ctx.text[verb.end():sentence.end],
                          re.IGNORECASE)
        if after is None:
            continue
        end = verb.end() + after.start()
        actors = [m for m in mentions if verb.end() <= m.start and m.end <= end and m.type in ACTORS
                  and not re.match(r"-\w", ctx.text[m.end:m.end + 2])]  # "de G40-pijler X": the pijler
        if not actors or actors[0].start - verb.end() > 8:
            continue
        for actor in actors:
            ctx.add(actor, "organised", event, sentence, "events.section-organiser", 0.7)
