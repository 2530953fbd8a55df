"""A role at a body named before the role: "X werkt bij de VNG als beleidsadviseur".

Dutch names the employer before the role with "bij … als …" after a verb of working or staying:

=================================================  ==============================================
construction                                       example
=================================================  ==============================================
"X werkt/werkte bij <body> als <rol>"              "Eva Kok werkt bij de VNG als adviseur"
"X blijft/bleef bij <body> als <rol>"              "Ruud blijft bij het bureau als secretaris"
"X is/was (sinds 2020) bij <body> actief als"      "Zij is sinds 2020 bij Divosa actief als …"
"X begint/begon/start bij <body> als <rol>"        "Per 1 mei begint Jan Smit bij BZK als …"
"X is in dienst van/bij <body> als <rol>"          "Per 1 mei is Eva Kok in dienst van Ede als …"
=================================================  ==============================================

The person is the last one named before "bij" in the sentence, or the one a "Hij"/"Zij" opening
stands for. A role with its own "van/bij" complement belongs to that body ("werkt bij de VNG als
secretaris van de pijler Sociaal"): not here. Called per sentence by :func:`graph.extract.roles.find_roles`.

A subordinate clause puts the verb last: "X, die (sinds mei) bij het bureau werkt" — the person
works there (``affiliatedWith``; a unit such as a bureau too).

Examples
--------
>>> from graph.gazetteer import load_gazetteer
>>> from graph.extract import extract
>>> ex = extract("d", "Eva Kok werkt bij de VNG als beleidsadviseur.", gazetteer=load_gazetteer())
>>> [(r.subject.text, r.object.text, r.role) for r in ex.relations if r.rule == "roles.bij-als"]
[('Eva Kok', 'VNG', 'beleidsadviseur')]
"""

from __future__ import annotations

import re

from .context import DocContext
from .model import Mention, Sentence
from .role_holders import _object_after_van
from .role_words import role_of, role_pattern

__all__ = ["role_after_body", "works_at_body", "joined_roles"]

#: a verb of working or staying, then (a few words and) "bij"
_AT_BODY = re.compile(r"(?:\b(?:werkt|werkte|werken|blijft|bleef|blijven|begint|begon|start|startte|is|was)\s+"
                      r"(?:(?!als\b|niet\b|geen\b|nooit\b)[\w-]+\s+){0,4}?bij|\bin\s+dienst\s+(?:van|bij))\s+(?:de\s+|het\s+)?"
                      r"(?:(?:gemeente|provincie)\s+|ministerie\s+van\s+)?", re.IGNORECASE)
#: between the body and the role: "(actief/werkzaam/in dienst) als (de/nieuwe)"
_AS_ROLE = re.compile(r"\s*(?:\([^()]{0,40}\)\s*)?(?:(?:actief|werkzaam|in\s+dienst|aan\s+de\s+slag)\s+)?als\s+"
                      r"(?:de\s+|het\s+)?(?:(?:nieuwe|eerste|tijdelijke|waarnemend|waarnemende)\s+)?")
#: a complement of the role that names another body: "als secretaris van de pijler", "als adviseur bij X"
_OWN_COMPLEMENT = re.compile(r"\s+(?:van|bij|voor)\s+(?:de\s+|het\s+)?[A-Z0-9]")
_BODY_TYPES = frozenset({"Organisation", "Ministry", "Municipality", "Province", "OrganisationalUnit"})


def _person_before(ctx: DocContext, sentence: Sentence, at: int) -> Mention | None:
    persons = [m for m in ctx.in_span(sentence.start, at) if m.type == "Person"]
    return persons[-1] if persons else ctx.pronoun_person(sentence)


def _compound_end(ctx: DocContext, sentence: Sentence, body: Mention) -> Mention:
    """The last mention of a hyphenated compound that opens with ``body`` ("G40-bureau" → "bureau")."""
    here = ctx.in_sentence(sentence)
    while ctx.text[body.end:body.end + 1] == "-":
        joined = next((m for m in here if m.start == body.end + 1 and m.type in _BODY_TYPES), None)
        if joined is None:
            break
        body = joined
    return body


def role_after_body(ctx: DocContext, sentence: Sentence, persons: list[Mention]) -> None:
    """Add "X werkt/blijft bij <body> als <rol>" (see the module docstring)."""
    if " als " not in sentence.text or " bij " not in sentence.text and " dienst " not in sentence.text:
        return
    for cue in ctx.asserted_cues(_AT_BODY, sentence):
        article = cue.end() - len(cue.group().split()[-1]) - 1 if cue.group().split()[-1] in ("de", "het") else cue.end()
        body = next((m for m in ctx.in_sentence(sentence) if m.start in (cue.end(), article)
                     and m.type in _BODY_TYPES), None)  # "het bureau" as a reference holds its article
        if body is None:
            continue
        body = _compound_end(ctx, sentence, body)  # "bij het G40-bureau": the bureau
        as_role = _AS_ROLE.match(ctx.text, body.end)
        found = role_pattern().match(ctx.text, as_role.end()) if as_role else None
        role = role_of(found.group(0)) if found else None
        if role is None or _OWN_COMPLEMENT.match(ctx.text, found.end()):
            continue
        person = _person_before(ctx, sentence, body.start)  # "werkt Eva Kok bij …": the subject after the verb
        if person is not None:
            ctx.add(person, "hasRole", body, sentence, "roles.bij-als", 0.7, role=role.label)


#: a relative clause with the verb last: "die (op detacheringsbasis vanuit Tiel) bij het bureau werkt"
_WHO_WORKS_AT = re.compile(r",\s*die\s+(?:(?!niet\b|geen\b|nooit\b)[^\s,;.]+\s+){0,6}?bij\s+(?:de\s+|het\s+)?", re.IGNORECASE)
_WORKS_LAST = re.compile(r"\s+(?:werkt|werkte|werken|werkten|werkzaam\s+(?:is|was))\b")


def works_at_body(ctx: DocContext, sentence: Sentence, persons: list[Mention]) -> None:
    """Add "X, die … bij <body> werkt": X works at the body (also a unit: "die bij het bureau werkt"; for
    an organisation :mod:`graph.extract.affiliations` reads the same clause with its role, "als …").

    >>> from graph.gazetteer import load_gazetteer
    >>> from graph.extract import extract
    >>> ex = extract("d", "Het werk gaat naar Ivo Bos, die sinds mei bij de Taskforce Wonen werkt.", gazetteer=load_gazetteer())
    >>> [(r.subject.text, r.predicate, r.object.text) for r in ex.relations if r.rule == "roles.die-bij-werkt"]
    [('Ivo Bos', 'affiliatedWith', 'Taskforce Wonen')]
    """
    if not persons or "werk" not in sentence.text or " die " not in sentence.text:
        return
    for cue in ctx.asserted_cues(_WHO_WORKS_AT, sentence):
        tail = cue.group().split()[-1]
        article = cue.end() - len(tail) - 1 if tail in ("de", "het") else cue.end()
        body = next((m for m in ctx.in_sentence(sentence) if m.start in (cue.end(), article)
                     and m.type in _BODY_TYPES), None)
        if body is None:
            continue
        body = _compound_end(ctx, sentence, body)
        before = [p for p in persons if p.end <= cue.start()]
        if before and _WORKS_LAST.match(ctx.text, body.end):
            ctx.add(before[-1], "affiliatedWith", body, sentence, "roles.die-bij-werkt", 0.7)


#: a second role joined to the body of the first: "(beleidsadviseur bij Aedes) en (ook) (lid van …)"
_AND_ROLE = re.compile(r"\s+en\s+(?:(?:ook|daarnaast|tevens)\s+)?")


#: the owner of a body after it: "(het bestuur) van de G32"
_OWNER = re.compile(r"\s+(?:van|bij)\s+(?:de\s+|het\s+)?")


def _after_owner(ctx: DocContext, sentence: Sentence, end: int) -> int:
    """Where the body that ends at ``end`` ends with its owner: "lid van het bestuur van de G32 en
    voorzitter van …" (the second role is joined after "van de G32")."""
    owner = _OWNER.match(ctx.text, end, sentence.end)
    named = [m for m in ctx.in_span(owner.end(), sentence.end) if m.start == owner.end()] if owner else []
    return named[0].end if named else end


def joined_roles(ctx: DocContext, sentence: Sentence) -> None:
    """Add the second of two roles joined by "en" to the person of the first: "Hij was beleidsadviseur
    bij Aedes en lid van de gemeenteraad van Utrecht" (the holder after "van/bij" of the second role).

    >>> from graph.gazetteer import load_gazetteer
    >>> from graph.extract import extract
    >>> ex = extract("d", "Eva Kok is adviseur bij Aedes en lid van de gemeenteraad van Ede.", gazetteer=load_gazetteer())
    >>> sorted((r.object.text, r.role) for r in ex.relations if r.predicate == "hasRole")
    [('Aedes', 'adviseur'), ('Ede', 'raadslid')]
    >>> ex = extract("d", "Eva Kok was lid van het bestuur van de G40 en voorzitter van de Pijler Sociaal Domein.",
    ...              gazetteer=load_gazetteer())
    >>> sorted((r.object.text, r.role) for r in ex.relations if r.predicate == "hasRole")
    [('Pijler Sociaal Domein', 'voorzitter'), ('bestuur', 'lid')]
    """
    if " en " not in sentence.text:
        return
    held = [r for r in ctx.relations if r.predicate == "hasRole" and r.subject.type == "Person"
            and sentence.start <= r.object.start < sentence.end]
    for relation in held:
        joined = _AND_ROLE.match(ctx.text, _after_owner(ctx, sentence, relation.object.end), sentence.end)
        found = role_pattern().match(ctx.text, joined.end()) if joined else None
        role = role_of(found.group(0)) if found else None
        if role is None or any(m.type == "Person" for m in ctx.in_span(joined.end(), found.end())):
            continue
        holder = _object_after_van(ctx, sentence, found.end())
        if holder is not None and holder is not relation.object:
            ctx.add(relation.subject, "hasRole", holder, sentence, "roles.joined-role", 0.65, role=role.label,
                    past=relation.past)
