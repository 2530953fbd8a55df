"""Lists inside a sentence: the actors after a colon, an interview's answer, the towns a programme runs in.

- "De volgende gemeenten ontvangen een bijdrage: A, B en C.", "Aan de pilot doen mee: A en B.": each
  actor after the colon participatesIn the programme the sentence names (else the one of the passage or
  the document);
- "schoven vier steden aan als eerste leden: A, B en C": each participatesIn the unit the sentence names;
- "Welke steden doen mee?" answered by "Naast A zijn dat B en C.": each participatesIn the interview's programme;
- "De Pilot X loopt in A en B en wordt begeleid door C": A, B and C take part in X.

Bullet lists announced as members are :mod:`graph.extract.lists`.

Examples
--------
>>> from graph.gazetteer import load_gazetteer
>>> from graph.extract import extract
>>> ex = extract("d", "De Pilot Groene Daken loopt in Ede en Breda.", gazetteer=load_gazetteer())
>>> sorted((r.subject.text, r.object.text) for r in ex.relations if r.rule == "lists.runs-in")
[('Breda', 'Pilot Groene Daken'), ('Ede', 'Pilot Groene Daken')]
"""

from __future__ import annotations

import re

from .cards import value_list
from .context import ACTORS, DocContext
from .model import Mention

__all__ = ["find_inline_lists", "find_member_lists", "find_answered_lists", "find_runs_in", "main_programme"]


#: a sentence that announces the members of a programme before a colon and lists them after it:
#: "De volgende gemeenten ontvangen een bijdrage: A, B en C." / "Aan de pilot doen mee: A en B."
_INLINE_LEAD = re.compile(
    r"(?:\b(?:de\s+)?volgende\s+(?:\w+\s+)?(?:gemeenten|steden|partijen|organisaties|partners|provincies)\s+"
    r"(?:(?:ontvangen|krijgen)\b[^:.;]{0,40}|doen\s+mee|nemen\s+deel|zijn\s+(?:geselecteerd|toegelaten|aangesloten)"
    r"|sluiten\s+aan|participeren)"
    r"|\b(?:ontvangen|krijgen)\s+(?:de\s+)?volgende\s+(?:\w+\s+)?(?:gemeenten|steden|partijen|organisaties|partners|"
    r"provincies)\b[^:.;]{0,40}"
    r"|\b(?:aan\s+(?:de|het)\s+\w+\s+)?(?:doen|nemen)\s+(?:mee|deel)"
    r")\s*:\s*(?=\S)", re.IGNORECASE)
_NOT_IN = re.compile(r"\b(?:niet|geen|afgewezen|afgevallen|gestopt|uitgetreden)\b", re.IGNORECASE)


def find_inline_lists(ctx: DocContext) -> None:
    """"In deze ronde ontvangen de volgende gemeenten een bijdrage: A, B en C.": each actor of the list
    after the colon participatesIn the programme the sentence names, else the programme the passage
    or the document is about.

    >>> from graph.gazetteer import load_gazetteer
    >>> from graph.extract import extract
    >>> text = "Het Fonds Groene Daken helpt steden.\\nDe volgende gemeenten ontvangen geld: Breda en Delft."
    >>> ex = extract("d", text, gazetteer=load_gazetteer())
    >>> sorted((r.subject.text, r.object.text) for r in ex.relations if r.rule == "lists.inline")
    [('Breda', 'Fonds Groene Daken'), ('Delft', 'Fonds Groene Daken')]
    """
    if ":" not in ctx.text:
        return
    for sentence, colon in _announced(ctx, _INLINE_LEAD):
        named = [m for m in ctx.in_span(sentence.start, colon) if m.type == "Programme"]
        subject = named[0] if named else ctx.context_unit(sentence.start, types=frozenset({"Programme"}))
        if subject is None:
            subject = ctx.title_programme or main_programme(ctx, sentence.start)
        if subject is None or subject.type != "Programme":
            continue
        _members_take_part(ctx, sentence, colon, subject, "lists.inline")


#: members announced before a colon: "schoven vier steden aan als eerste leden: A, B en C", "Nieuwe leden zijn: …"
_MEMBERS_LEAD = re.compile(r"(?:\bals\s+(?:(?:eerste|nieuwe|vaste)\s+)?leden|"
                           r"\b(?:nieuwe|eerste)\s+leden\s+(?:zijn|waren|van\s+(?:de|het)\s+\w+\s+(?:zijn|waren)))"
                           r"\s*:\s*(?=\S)", re.IGNORECASE)


def find_member_lists(ctx: DocContext) -> None:
    """"Bij de eerste bijeenkomst schoven vier steden aan als eerste leden: A, B, C en D.": each
    actor after the colon participatesIn the unit the sentence names before it, else the unit or
    programme of the document's title.

    >>> from graph.gazetteer import load_gazetteer
    >>> from graph.extract import extract
    >>> text = "Themagroep Groen van start\\n\\nBij de start schoven vier steden aan als eerste leden: Breda en Delft."
    >>> ex = extract("d", text, gazetteer=load_gazetteer())
    >>> sorted((r.subject.text, r.object.text) for r in ex.relations if r.rule == "lists.als-leden")
    [('Breda', 'Themagroep Groen'), ('Delft', 'Themagroep Groen')]
    """
    if ":" not in ctx.text or "leden" not in ctx.text:
        return
    first = ctx.sentences[0] if ctx.sentences else None
    title = next((m for m in ctx.in_sentence(first) if m.type in ("OrganisationalUnit", "Programme")), None) \
        if first is not None else None
    for sentence, colon in _announced(ctx, _MEMBERS_LEAD):
        named = [m for m in ctx.in_span(sentence.start, colon) if m.type in ("OrganisationalUnit", "Programme")]
        subject = named[-1] if named else title
        if subject is None:
            continue
        _members_take_part(ctx, sentence, colon, subject, "lists.als-leden")


def _announced(ctx: DocContext, lead: re.Pattern):
    """(sentence, where its list begins) of each sentence that is no heading and announces a list
    with ``lead`` (ending in the colon), unless a negation comes before it."""
    for sentence in ctx.sentences:
        if ":" not in sentence.text or sentence.is_heading:
            continue
        found = lead.search(sentence.text)
        if found is not None and not _NOT_IN.search(sentence.text, 0, found.end()):
            yield sentence, sentence.start + found.end()


def _members_take_part(ctx: DocContext, sentence, colon: int, subject: Mention, rule: str) -> None:
    """Each actor listed right after ``colon`` (within 20 characters) participatesIn ``subject``."""
    members = value_list(ctx, colon, sentence.end, types=ACTORS)
    if not members or members[0].start - colon > 20:
        return
    for m in members:
        if m.type != "OrganisationalUnit" and m.label != subject.label:
            ctx.add(m, "participatesIn", subject, sentence, rule, 0.75)


def main_programme(ctx: DocContext, before: int) -> Mention | None:
    """The programme the text before ``before`` names most often (at least twice, counting "het
    fonds" for the fund named before), the first named of equals."""
    counts: dict[str, list[Mention]] = {}
    for m in ctx.mentions:
        if m.start >= before:
            break
        if m.type == "Programme":
            counts.setdefault(m.label, []).append(m)
    best = max(counts.values(), key=len, default=[])
    return best[0] if len(best) >= 2 else None



#: an interviewer's question that asks who takes part: "Welke steden doen mee?", "Wie nemen er deel?"
_WHO_TAKES_PART = re.compile(r"(?:welke\s+(?:steden|gemeenten|partijen|partners|organisaties)|wie)\s+"
                             r"(?:doen|doet|nemen|neemt|zijn|zitten)\s+(?:er\s+)?(?:allemaal\s+)?"
                             r"(?:mee|deel|aangesloten|bij)\s*\?", re.IGNORECASE)


def find_answered_lists(ctx: DocContext) -> None:
    """An interview's "Welke steden doen mee?" answered by a sentence that names them ("Naast
    Breda zijn dat Delft en Ede."): each actor of the answer's first sentence participatesIn the
    programme the interview is about (named in the passage before, else the one named most).

    >>> from graph.gazetteer import load_gazetteer
    >>> from graph.extract import extract
    >>> text = "Wat doet de City Deal Zon?\\nVeel.\\n\\nWelke steden doen mee?\\nNaast Breda zijn dat Delft en Ede."
    >>> ex = extract("d", text, gazetteer=load_gazetteer())
    >>> sorted(r.subject.text for r in ex.relations if r.rule == "lists.answered")
    ['Breda', 'Delft', 'Ede']
    """
    if "?" not in ctx.text:
        return
    for k, sentence in enumerate(ctx.sentences[:-1]):
        if not _WHO_TAKES_PART.fullmatch(sentence.text.strip()):
            continue
        answer = ctx.sentences[k + 1]
        if answer.text.rstrip().endswith("?") or _NOT_IN.search(answer.text):
            continue
        subject = ctx.context_unit(sentence.start, types=frozenset({"Programme"})) \
            or ctx.title_programme or main_programme(ctx, sentence.start)
        if subject is None or subject.type != "Programme":
            continue
        for m in ctx.in_sentence(answer):
            if m.type in ACTORS and m.type != "OrganisationalUnit" and m.label != subject.label:
                ctx.add(m, "participatesIn", subject, answer, "lists.answered", 0.7)



#: where a programme runs: "De pilot X loopt in A en B", "… liep door in A en B" (round 45j); who guides it:
#: "… en wordt begeleid door C"
_RUNS_IN = re.compile(r"\s+(?:loopt|liep|lopen|liepen|draait|draaide)\s+(?:(?:nu|al|sinds\s+\S+|inmiddels|nog|verder)\s+)?"
                      r"(?:door\s+)?in\s+", re.IGNORECASE)
_GUIDED_BY = re.compile(r"\s*(?:,\s*|\s+en\s+)(?:wordt|werd)\s+begeleid\s+door\s+", re.IGNORECASE)


def find_runs_in(ctx: DocContext) -> None:
    """"De Pilot Groene Daken loopt in Ede en Breda en wordt begeleid door Platform31": the
    municipalities the programme runs in, and who guides it, take part in it.

    >>> from graph.gazetteer import load_gazetteer
    >>> from graph.extract import extract
    >>> ex = extract("d", "De Pilot Groene Daken loopt in Ede en Breda.", gazetteer=load_gazetteer())
    >>> sorted(r.subject.text for r in ex.relations if r.rule == "lists.runs-in")
    ['Breda', 'Ede']
    """
    if " loopt in " not in ctx.text and " lopen in " not in ctx.text and " draait in " not in ctx.text \
            and " liep in " not in ctx.text and " door in " not in ctx.text:
        return
    for sentence in ctx.sentences:
        for programme in [m for m in ctx.in_sentence(sentence) if m.type == "Programme"]:
            runs = _RUNS_IN.match(ctx.text, programme.end, sentence.end)
            if runs is None or not ctx.asserted(sentence, programme.start, runs.end()):
                continue
            places = ctx.list_after(runs.end(), sentence.end, types={"Municipality"})
            for place in places:
                ctx.add(place, "participatesIn", programme, sentence, "lists.runs-in", 0.7)
            guided = _GUIDED_BY.match(ctx.text, places[-1].end, sentence.end) if places else None
            for actor in ctx.list_after(guided.end(), sentence.end, types=ACTORS) if guided else ():
                if actor.type != "OrganisationalUnit":
                    ctx.add(actor, "participatesIn", programme, sentence, "lists.runs-in", 0.7)


#: a lead-in that says who leads each item's unit: "Die worden (de komende periode) getrokken door:",
