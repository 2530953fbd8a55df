"""A body named by its kind, then "Het bestaat uit:" over its members as items (round 59e).

A page introduces a body without a name, by its kind, as the subject of a sentence of its own, and lists its
members under a lead whose subject is a pronoun pointing back to it::

    Een curatorium ziet toe op de leerstoel. Het bestaat uit:
    • drs. Eva Smit, burgemeester van Tiel (voorzitter, namens de VNG);
    • mr. Jan Bos, directeur Wonen bij het ministerie van BZK.

The body ("curatorium") is a unit of the document (:func:`pronoun_bodies`, rule ``units.unnamed``), and each
item's person, the item's first words, holds a seat in it (:func:`find_pronoun_compositions`, rule
``roles.composed-of-pronoun``): the role in brackets at the item's end ("(voorzitter, namens de VNG)") or after
its last comma ("…, secretaris"), else "lid". "namens X" in those brackets is the organisation the member sits
for. The kinds are those of a body of members (:data:`BODY_KINDS`); the lead must be the pronoun, the verb and
"uit:" alone. Not read: a lead whose sentence before opens with something else ("Het programma loopt tot 2026.
Het bestaat uit:" lists parts, not members), a lead with a named body ("De Werkgroep X bestond uit:",
:mod:`graph.extract.composed_of_items`), "Het bestaat uit drie delen".

Examples
--------
>>> from graph.gazetteer import load_gazetteer
>>> from graph.extract import extract
>>> text = ("Een curatorium ziet toe op de leerstoel. Het bestaat uit:\\n\\n"
...         "• drs. Eva Smit, burgemeester van Tiel (voorzitter);\\n\\n• mr. Jan Bos, directeur bij het ministerie van BZK.\\n")
>>> sorted((r.subject.text, r.object.text, r.role) for r in extract("d", text, gazetteer=load_gazetteer()).relations
...        if r.rule == COMPOSED_RULE)
[('Eva Smit', 'curatorium', 'voorzitter'), ('Jan Bos', 'curatorium', 'lid')]
"""

from __future__ import annotations

import re

from .context import DocContext
from .model import Mention, Sentence
from .role_words import role_of

__all__ = ["BODY_KINDS", "COMPOSED_RULE", "pronoun_bodies", "find_pronoun_compositions"]

COMPOSED_RULE = "roles.composed-of-pronoun"

#: the kinds of a body of members that a text names by its kind alone
BODY_KINDS = ("curatorium", "raad van toezicht", "raad van advies", "adviesraad", "adviescommissie", "commissie",
              "jury", "comité", "klankbordgroep", "begeleidingscommissie", "stuurgroep", "werkgroep", "redactieraad",
              "raad van commissarissen", "kerngroep", "panel")

#: the lead: a pronoun pointing back, the verb, "uit:" and nothing else
_LEAD = re.compile(r"(?:Het|Dit|Deze|Zij|Die)\s+(?:bestaat|bestond)\s+uit\s*:\s*")
#: the sentence before: the body by its kind as its subject, at its start ("Een curatorium ziet toe op …")
_OPENING = re.compile(r"(?:Een|De|Het)\s+(?P<kind>" + "|".join(sorted(map(re.escape, BODY_KINDS), key=len, reverse=True))
                      + r")\s+(?=[a-zà-ÿ])")
#: the item's closing role: in brackets at its end, its first word ("(voorzitter, namens de G40);"), or after a comma
_BRACKET_ROLE = re.compile(r"\(\s*(?P<role>[a-zà-ÿ-]+(?:\s+[a-zà-ÿ-]+)?)\s*(?:,\s*(?P<for>namens\s+[^)]*))?\)\s*[;.,]?\s*$")
_COMMA_ROLE = re.compile(r",\s*(?P<role>[a-zà-ÿ-]+)\s*[;.,]?\s*$")
#: academic and courtesy titles before the item's name: "prof. dr. ", "mw. drs. "
_TITLES = re.compile(r"(?:(?:prof|dr|drs|mr|ir|ing|dhr|mevr|mw)\.\s*)*", re.IGNORECASE)


def _leads(sentences: list[Sentence], text: str):
    """(lead, the sentence before it, the opening match of the body's kind) of each lead in ``sentences``."""
    for k in range(1, len(sentences)):
        lead, before = sentences[k], sentences[k - 1]
        if lead.bullet_list is not None or before.bullet_list is not None or before.is_heading:
            continue
        if not _LEAD.fullmatch(text, lead.start, lead.end):
            continue
        opening = _OPENING.match(text, before.start, before.end)
        if opening is not None:
            yield k, opening


def pronoun_bodies(text: str, sentences: list[Sentence], mentions: list[Mention]) -> list[Mention]:
    """The bodies named by their kind before a "Het bestaat uit:" lead, where no mention holds their kind yet.

    >>> from graph.extract.sentences import split_sentences
    >>> text = "Een jury beoordeelt de inzendingen. Zij bestaat uit:\\n\\n- Eva Smit;\\n\\n- Jan Bos.\\n"
    >>> [(m.text, m.type) for m in pronoun_bodies(text, split_sentences(text), [])]
    [('jury', 'OrganisationalUnit')]
    """
    if "bestaat uit" not in text and "bestond uit" not in text:
        return []
    found = []
    for _k, opening in _leads(sentences, text):
        start, end = opening.span("kind")
        if any(m.start < end and start < m.end for m in mentions):
            continue
        kind = opening["kind"].lower()
        found.append(Mention(start, end, opening["kind"], "OrganisationalUnit", "units.unnamed", 0.7,
                             kind=kind if " " not in kind else None))
    return found


def find_pronoun_compositions(ctx: DocContext) -> None:
    """Add each item's member of the body a "Het bestaat uit:" lead points back to (see the module)."""
    if "bestaat uit" not in ctx.text and "bestond uit" not in ctx.text:
        return
    for k, opening in _leads(ctx.sentences, ctx.text):
        body = next((m for m in ctx.in_span(opening.start("kind"), opening.end("kind"))
                     if m.type == "OrganisationalUnit"), None)
        if body is None:
            continue
        past = ctx.text[ctx.sentences[k].start:ctx.sentences[k].end].split()[1] == "bestond"
        listed = None
        for sentence in ctx.sentences[k + 1:]:
            if sentence.bullet_list is None or listed not in (None, sentence.bullet_list):
                break
            listed = sentence.bullet_list
            if not sentence.item_start:
                continue
            persons = [m for m in ctx.in_sentence(sentence) if m.type == "Person"]
            if not persons or persons[0].start != _TITLES.match(ctx.text, ctx.content_start(sentence)).end():
                continue
            _add_member(ctx, sentence, persons[0], body, past)


def _add_member(ctx: DocContext, sentence: Sentence, person: Mention, body: Mention, past: bool) -> None:
    """The seat an item's ``person`` holds in ``body``, and the organisation "namens" which they sit."""
    closing = _BRACKET_ROLE.search(ctx.text, person.end, sentence.end) or _COMMA_ROLE.search(ctx.text, person.end, sentence.end)
    role = role_of(closing["role"]) if closing else None
    ctx.add(person, "hasRole", body, sentence, COMPOSED_RULE, 0.7, role=role.label if role else "lid", past=past,
            stated_at=closing.start("role") if role else None)
    if closing is not None and closing.re is _BRACKET_ROLE and closing["for"]:
        for_whom = [m for m in ctx.in_span(closing.start("for"), closing.end("for"))
                    if m.type in ("Organisation", "Municipality", "Province", "Ministry")]
        if len(for_whom) == 1:
            ctx.add(person, "affiliatedWith", for_whom[0], sentence, COMPOSED_RULE, 0.7, past=past)
