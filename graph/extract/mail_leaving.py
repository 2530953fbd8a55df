"""A sender who announces leaving: "Per 1 mei 2025 neem ik afscheid van de gemeente Leeuwarden" in a signed
message (an out-of-office reply that hands over the files, heldout33, round 50a).

The ties the message gives its sender — the employer it names, the signature's "Programmamanager City Deal X"
and "Gemeente Leeuwarden", the address's domain — end the day before the one date the leaving sentence gives.
Without that date nothing ends. The new job, when the message names one, is :mod:`graph.extract.mail_moves`'.

Called by :mod:`graph.extract.relations` after the sentence rules.

Examples
--------
>>> from graph.gazetteer import load_gazetteer
>>> from graph.extract import extract
>>> text = ("Van: Eva Kok <e.kok@ede.example>\\nVerzonden: donderdag 17 april 2025 16:42\\nAan: Jan Bos\\n"
...         "Onderwerp: afscheid\\n\\nBeste Jan,\\n\\nPer 1 mei 2025 neem ik afscheid van de gemeente Ede.\\n\\n"
...         "Groet,\\nEva Kok\\nProgrammamanager City Deal Zon\\nGemeente Ede\\n")
>>> sorted((r.object.text, r.predicate, r.valid_until)
...        for r in extract("d", text, gazetteer=load_gazetteer(), date="2025-04-17").relations
...        if r.subject.text == "Eva Kok" and r.predicate == "hasRole")
[('City Deal Zon', 'hasRole', '2025-04-30'), ('Ede', 'hasRole', '2025-04-30')]
"""

from __future__ import annotations

import dataclasses
import re

from .context import DocContext
from .mail import messages
from .periods import change_date, day_before

__all__ = ["find_mail_leaving"]

#: "neem ik afscheid van", "Ik neem (per 1 mei) afscheid van", "verlaat ik (de gemeente)", "vertrek ik bij"
_I_LEAVE = re.compile(r"\b(?:neem\s+ik\s+afscheid\s+van|[Ii]k\s+neem\s+(?:[\w-]+\s+){0,4}?afscheid\s+van|"
                      r"verlaat\s+ik|[Ii]k\s+verlaat|vertrek\s+ik\s+bij|[Ii]k\s+vertrek\s+(?:[\w-]+\s+){0,4}?bij)\s+")
#: retiring ends every tie the sender was given before, in the message or earlier in the thread or chat: "ik ga
#: per 1 januari met pensioen" (round 58t, a chat export's "Kees Bos, adviseur wonen in Ede" months before)
_I_RETIRE = re.compile(r"\b(?:ga\s+ik|[Ii]k\s+ga)\s+(?:[\w-]+\s+){0,5}?met\s+(?:vervroegd\s+)?pensioen\b")
#: what the sender's ties in the message may be with
_TIES = frozenset({"Municipality", "Province", "Ministry", "Organisation", "Programme", "OrganisationalUnit"})


def find_mail_leaving(ctx: DocContext) -> None:
    """End the ties a leaving sender's message gives them (see the module docstring)."""
    if "afscheid" not in ctx.text and "verlaat" not in ctx.text and "vertrek" not in ctx.text \
            and "pensioen" not in ctx.text:
        return
    header_start = 0  # the message's header ("Van: X <x@leeuwarden.nl>") stands before its body
    for message in messages(ctx):
        sender, begin, header_start = message.sender, header_start, message.end
        leave = _I_LEAVE.search(ctx.text, message.start, message.end) if sender is not None else None
        retire = _I_RETIRE.search(ctx.text, message.start, message.end) if sender is not None and leave is None else None
        leave = leave or retire
        sentence = ctx.sentence_at(leave.start()) if leave is not None else None
        if sentence is None or not ctx.asserted(sentence, leave.start(), leave.end()):
            continue
        day = change_date(ctx.text, sentence.start, sentence.end, year=ctx.date)
        if day is None:
            continue
        for index, relation in enumerate(ctx.relations):
            if relation.subject.label == sender.label and relation.object.type in _TIES \
                    and relation.predicate in ("affiliatedWith", "hasRole") and not relation.valid_until \
                    and (message.start <= relation.evidence_start or relation.rule == "persons.email-domain"
                         and begin <= relation.evidence_start or retire is not None) \
                    and relation.evidence_start < message.end \
                    and (relation.valid_from is None or relation.valid_from < day):
                ended = retire is not None and bool(ctx.date) and day_before(day) < ctx.date[:10]
                ctx.relations[index] = dataclasses.replace(relation, valid_until=day_before(day),
                                                           past=relation.past or ended)
