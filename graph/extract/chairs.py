"""Chairing said with the verb "voorzitten": who is (or was) voorzitter of what.

- a relative clause after a person: "X (Hoorn), die het netwerk vier jaar heeft voorgezeten" and
  "Hij volgt X op, burgemeester van Gouda, die de pijler sinds 2021 voorzat" (past: "voorzat",
  "heeft voorgezeten"; present: "voorzit"), also after the person's place: "X uit Ede, die de Themagroep
  Wonen voorzit", "wethouder X van Heerlen, die binnen de G40 de Themagroep Y trekt" (then trekker; the
  body after a preposition, "binnen de G40", is where, not what is led);
- the passive after a body: "de commissie, die wordt voorgezeten door (oud-wethouder) X";
- the main clause: "X zit de themagroep Y voor" (past: "zat … voor"), and taking the chair over:
  "X neemt het voorzitterschap van de themagroep Y over".

The body is the mention in the clause ("de pijler" is already a reference to the pijler named
before); "het netwerk" / "ons netwerk" is the city network the document names (the last
organisation before whose name holds "G40" or "netwerk").

Examples
--------
>>> from graph.gazetteer import load_gazetteer
>>> from graph.extract import extract
>>> text = "Burgemeester Eva Smit volgt Jan Bos (Ede) op, die het stedennetwerk G40 sinds 2019 voorzat."
>>> ex = extract("d", text, gazetteer=load_gazetteer())
>>> [(r.subject.text, r.object.text, r.role, r.past) for r in ex.relations if r.rule == "chairs.voorgezeten"]
[('Jan Bos', 'G40', 'voorzitter', True)]
"""

from __future__ import annotations

import re

from .context import DocContext
from .model import Mention, Sentence

__all__ = ["find_chairs"]

_CHAIRED_BODIES = frozenset({"Organisation", "OrganisationalUnit", "Programme", "Event"})
_TREKKER_BODIES = frozenset({"OrganisationalUnit", "Programme"})
#: the relative clause after the person, up to its verb: ", die <body> (…) voorzat / heeft voorgezeten / voorzit"
_RELATIVE = re.compile(r"\s*(?:\([^()\n]{1,40}\)\s*)?(?:(?:uit|van)\s+(?:[A-Z][\w'-]*\s*){1,3})?(?:op\s*)?,\s*"
                       r"(?:[a-z][^,;()\n]{0,60},\s*)?die\s+"
                       r"(?P<clause>[^,;.()\n]{2,80}?)\s+"
                       r"(?P<verb>voorzat|voorzit|(?:heeft|had)\s+voorgezeten|voorgezeten\s+(?:heeft|had)|trekt|trok|"
                       r"(?:heeft|had)\s+getrokken)\b")
#: the verbs of leading a unit as its trekker ("die de Themagroep X trekt"), not as its chair
_TREKKER_VERBS = frozenset({"trekt", "trok"})
#: a preposition before a body in the relative clause: where it happens, not what is chaired ("binnen de G40")
_PLACE_PREPOSITION = re.compile(r"\b(?:binnen|in|bij|van|namens|uit|voor|met)\s+(?:de\s+|het\s+)?$")
#: the passive after a body: ", die (sinds 2023) wordt voorgezeten door (de) ", or the body its subject: "Deze
#: stuurgroep wordt (sinds 2023) voorgezeten door" (not "De stuurgroep van X wordt …": the body is X's, see leadership)
_PASSIVE = re.compile(r"\s*(?:,\s*die\s+(?:[\w-]+\s+){0,3}?|(?:(?!(?:van|en|of|maar)\b)[\w-]+\s+){0,3}?)(?P<verb>wordt|werd|is|was)\s+"
                      r"voorgezeten\s+door\s+")
#: a title with a unit's name between "door" and the chair: "directeur-generaal Volkshuisvesting en Bouwen"
_TITLED_CHAIR = re.compile(r"(?:de\s+)?[a-z][\w-]*\s+(?:[A-Z][\w-]*\s+(?:en\s+)?){1,4}")
#: a co-chair after the chair: ", samen met (wethouder) Y"
_CO_CHAIR = re.compile(r"\s*,?\s+samen\s+met\s+(?:[a-z][\w-]*\s+){0,3}")
#: what may stand between "door" and the chair's name: "(de) (oud-)wethouder", "staatssecretaris"
_BEFORE_CHAIR = re.compile(r"(?:[a-z][\w-]*\s+){0,3}")
#: the main clause, the particle last: "X zit (sinds 2023) de themagroep Y voor", "X zat de pijler voor"
_MAIN = re.compile(r"\s*(?:\([^()\n]{1,40}\)\s*)?(?:(?P<verb>zit|zat)\s+)?(?P<clause>[^,;.()\n]{2,80}?)\s+voor"
                   r"(?=\s*(?:[.,;:]|$)|\s+(?:sinds|vanaf|per|tot|en)\b)")
#: taking over the chair: "X neemt (per 1 mei) het voorzitterschap van de themagroep Y over", "X heeft het
#: voorzitterschap van Y op zich genomen"
_TAKES_CHAIR = re.compile(r"\s*(?:\([^()\n]{1,40}\)\s*)?(?:(?P<verb>neemt|nam|heeft|had)\s+)?(?:(?:per|op|in|vanaf)\s+[\w ]{1,25}?\s+)?"
                          r"het\s+(?P<vice>vice-?)?voorzitterschap\s+(?P<clause>van\s+[^,;.()\n]{2,80}?)\s+"
                          r"(?:over|overgenomen|op\s+zich\s+genomen)\b(?!\s+van\b)")
#: the chair named as a task in someone's hands: "Het voorzitterschap van de pijler Y ligt (sinds 2023) bij / is in
#: handen van (wethouder) X"
_CHAIR_TASK = re.compile(r"\b(?P<vice>vice-?)?voorzitterschap\s+van\s+(?:de\s+|het\s+)?")
_CHAIR_HELD = re.compile(r"\s+(?P<verb>ligt|lag|is|was|blijft|bleef)\s+(?:(?:nu|al|sinds\s+\S+|vanaf\s+\S+)\s+){0,2}"
                         r"(?:in\s+handen\s+van|bij)\s+(?:(?:de|het)\s+)?(?:[a-z][\w-]*\s+){0,2}")
#: the finite verb right before the person in an inverted sentence ("Per 1 mei neemt (wethouder) X …")
_INVERTED_VERB = re.compile(r"\b(zit|zat|neemt|nam|heeft|had)\s+(?:[a-z][\w-]*\s+)?$", re.IGNORECASE)
_VERBS = {"chairs.zit-voor": ("zit", "zat"), "chairs.neemt-voorzitterschap-over": ("neemt", "nam", "heeft", "had")}
_VERB_WORD = re.compile(r"\bvoor(?:zat|zit|gezeten)\b|voorzitterschap\b|\bz[ia]t\b|\btr(?:ekt|ok)\b|\bgetrokken\b")
#: a part of every match of _VERB_WORD ("voorzat", "voorzitterschap" hold "zat", "zit"; "getrokken" holds "trok"):
#: a sentence without any is not scanned
_VERB_PARTS = ("zit", "zat", "voorgezeten", "trekt", "trok")
_DENIED = re.compile(r"\b(?:niet|nooit|geen|nog\s+niet)\b", re.IGNORECASE)
_NETWORK = re.compile(r"\b(?:het|ons)\s+(?:steden)?netwerk\b", re.IGNORECASE)


#: the main clause of having led as trekker: "X (Emmen) heeft de themagroep zes jaar getrokken" (round 60s; "X trekt
#: de themagroep Y" is relations.trekt's)
_MAIN_TREKKER = re.compile(r"\s*(?:\([^()\n]{1,40}\)\s*)?(?:heeft|had)\s+(?P<clause>[^,;.()\n]{2,80}?)\s+getrokken"
                           r"(?=\s*(?:[.,;:]|$)|\s+(?:sinds|vanaf|van|tot|en|samen)\b)")


def _main_trekker(ctx: DocContext, sentence: Sentence, persons: list[Mention]) -> None:
    """Add "X hasRole trekker of Y" where the main clause says X leads the unit or programme Y with the verb
    "trekken" in the perfect: "Johan Elzinga (Emmen) heeft de themagroep zes jaar getrokken, van 2018 tot en met
    2024" (past; round 60s). The unit opens the clause (after "de"/"het"); a negation, a clause not asserted, or
    another object ("heeft de stekker uit de themagroep getrokken") gives nothing.

    >>> from graph.gazetteer import load_gazetteer
    >>> from graph.extract import extract
    >>> ex = extract("d", "De themagroep Wonen bestaat sinds 2018. Eva Smit (Ede) heeft de themagroep vier jaar getrokken.",
    ...              gazetteer=load_gazetteer())
    >>> [(r.subject.text, r.object.text, r.role, r.past) for r in ex.relations if r.rule == "chairs.getrokken"]
    [('Eva Smit', 'de themagroep', 'trekker', True)]
    """
    text = ctx.text
    for person in persons:
        main = _MAIN_TREKKER.match(text, person.end, sentence.end)
        if main is None:
            continue
        span = main.span("clause")
        if _DENIED.search(text, *span) or not ctx.asserted(sentence, person.start, main.end()):
            continue
        bodies = [m for m in ctx.in_span(*span) if m.type != "Person"]
        if bodies and bodies[0].type in _TREKKER_BODIES and re.fullmatch(r"(?:de\s+|het\s+)?", text[span[0]:bodies[0].start]):
            ctx.add(person, "hasRole", bodies[0], sentence, "chairs.getrokken", 0.7, role="trekker", past=True)


def find_chairs(ctx: DocContext, sentence: Sentence, persons: list[Mention]) -> None:
    """Add the hasRole (voorzitter) facts the verb "voorzitten" states in ``sentence``."""
    if not any(word in sentence.text for word in _VERB_PARTS) or not _VERB_WORD.search(sentence.text):
        return
    text = ctx.text
    for person in persons:
        relative = _RELATIVE.match(text, person.end, sentence.end)
        if relative is None or _DENIED.search(relative.group("clause")) \
                or not ctx.asserted(sentence, *relative.span("verb")):
            continue  # "die de pijler niet heeft voorgezeten"
        clause_start, clause_end = relative.span("clause")
        # "die binnen de G40 de Themagroep X trekt": the body the verb takes, not the one of a preposition
        bodies = [m for m in ctx.in_span(clause_start, clause_end) if m.type != "Person"
                  and not _PLACE_PREPOSITION.search(text, clause_start, m.start)]
        verb = relative.group("verb").split()[-1]
        trekker = verb in _TREKKER_VERBS or verb == "getrokken"
        if bodies:
            body = bodies[0] if bodies[0].type in (_TREKKER_BODIES if trekker else _CHAIRED_BODIES) else None
        elif _NETWORK.match(text, clause_start) and not trekker:
            body = _network(ctx, person.start)
        else:
            body = None
        if body is not None:
            past = verb not in ("voorzit", "trekt")
            ctx.add(person, "hasRole", body, sentence, "chairs.voorgezeten", 0.7,
                    role="trekker" if trekker else "voorzitter", past=past)
    for person in persons:
        for pattern, rule in ((_MAIN, "chairs.zit-voor"), (_TAKES_CHAIR, "chairs.neemt-voorzitterschap-over")):
            main = pattern.match(text, person.end, sentence.end)
            verb = main.group("verb") if main is not None else None
            if verb is None and main is not None:  # inverted: "Sinds 2023 zit X de pijler voor"
                before = _INVERTED_VERB.search(text, sentence.start, person.start)
                verb = before.group(1).lower() if before is not None else None
            if main is None or verb not in _VERBS[rule] or _DENIED.search(main.group("clause")) or not ctx.asserted(sentence, person.start, main.end()):
                continue  # "X zit de pijler niet voor", "X wil het voorzitterschap overnemen"
            bodies = [m for m in ctx.in_span(*main.span("clause")) if m.type != "Person"]
            if bodies and bodies[0].type in _CHAIRED_BODIES \
                    and re.fullmatch(r"(?:van\s+)?(?:de\s+|het\s+)?", text[main.start("clause"):bodies[0].start]):
                role = "vicevoorzitter" if "vice" in main.groupdict() and main.group("vice") else "voorzitter"
                ctx.add(person, "hasRole", bodies[0], sentence, rule, 0.7, role=role, past=verb == "zat")
    if "getrokken" in sentence.text:
        _main_trekker(ctx, sentence, persons)
    for task in _CHAIR_TASK.finditer(text, sentence.start, sentence.end):
        body = next((m for m in ctx.in_span(task.end(), sentence.end) if m.start == task.end()), None)
        held = _CHAIR_HELD.match(text, body.end, sentence.end) if body is not None else None
        chair = next((p for p in persons if held and p.start == held.end()), None)
        if chair is not None and body.type in _CHAIRED_BODIES and ctx.asserted(sentence, task.start(), held.end()):
            ctx.add(chair, "hasRole", body, sentence, "chairs.voorzitterschap-bij", 0.7,
                    role="vicevoorzitter" if task.group("vice") else "voorzitter", past=held.group("verb") in ("lag", "was", "bleef"))
    for body in ctx.in_sentence(sentence):
        if body.type not in _CHAIRED_BODIES:
            continue
        passive = _PASSIVE.match(text, body.end, sentence.end)
        if passive is None or _DENIED.search(passive.group(0)) or not ctx.asserted(sentence, *passive.span("verb")):
            continue
        chair = next((p for p in persons if p.start >= passive.end()), None)
        if chair is None or not (_BEFORE_CHAIR.fullmatch(text, passive.end(), chair.start)
                                 or _TITLED_CHAIR.fullmatch(text, passive.end(), chair.start)):
            continue
        co = _CO_CHAIR.match(text, chair.end, sentence.end)
        co_chair = next((p for p in persons if co and p.start == co.end()), None)
        for person in (chair, co_chair) if co_chair is not None else (chair,):
            # "Deze stuurgroep wordt voorgezeten door X, samen met wethouder Y": both chair it
            ctx.add(person, "hasRole", body, sentence, "chairs.voorgezeten-door", 0.7, role="voorzitter",
                    past=passive.group("verb") == "was")  # "werd voorgezeten door": told in the past (periods)


def _network(ctx: DocContext, before: int) -> Mention | None:
    """The city network "het netwerk" refers to: the last organisation named before whose name is one."""
    for m in reversed([m for m in ctx.mentions if m.end <= before]):
        if m.type == "Organisation" and ("G40" in m.label or "netwerk" in m.text.lower()):
            return m
    return None
