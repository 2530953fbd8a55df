"""A successor the speaker names with "mij": "Tom de Wit volgt mij (per 1 november) op als projectleider".

A message announcing a move names who takes over: "Per 1 november ga ik aan de slag bij VRO. Tom de Wit volgt mij
op als programmamanager wonen in Deventer." The person before "volgt mij … op" succeeded the one who says it:
the message's sender in a mail or a chat export (:mod:`graph.extract.mail`), else the document's speaker in their
own words (:mod:`graph.extract.document_speaker`). The role after "als" is read by the rules of roles ("X volgt … op
als Y in Z"). A succession still to be decided is none ("Wie mij opvolgt, is nog niet bekend"; "Helmond laat nog
weten wie mij opvolgt": no person before the verb). (Round 57r.)

Examples
--------
>>> from graph.gazetteer import load_gazetteer
>>> from graph.extract import extract
>>> text = ("01-10-2024 09:48 - Eva Smit: Per 1 november ga ik naar Aedes.\\n"
...         "01-10-2024 09:49 - Eva Smit: Tom de Wit volgt mij op als projectleider in Deventer.\\n"
...         "01-10-2024 09:55 - Kees Bos: Gefeliciteerd!\\n")
>>> [(r.subject.text, r.object.text) for r in extract("d", text, gazetteer=load_gazetteer()).relations
...  if r.predicate == "succeeded"]
[('Tom de Wit', 'Eva Smit')]
"""

from __future__ import annotations

import re

from .context import DocContext
from .document_speaker import QUOTED, document_speaker, own_words
from .mail import messages, sender_at
from .passed_on_roles import add_succession
from .roles import role_of, role_pattern

__all__ = ["follows_me"]

#: the verb right after the successor's name: "volgt mij (per 1 november / straks) op", "zal mij opvolgen"
_FOLLOWS_ME = re.compile(r"\s+(?:volgt|volgde|gaat|zal)\s+mij\s+(?:[\w-]+\s+){0,4}?op(?:volgen)?\b")
#: the role named after the verb: "… op als programmamanager wonen in Deventer"
_AS_ROLE = re.compile(r"\s+als\s+")


def follows_me(ctx: DocContext) -> None:
    """Add "X succeeded the speaker" for each "X volgt mij op" (see the module)."""
    if "mij" not in ctx.text:
        return
    chat = bool(messages(ctx))
    speaker = None if chat else document_speaker(ctx)[0]
    for sentence in ctx.sentences:
        if " mij " not in sentence.text or QUOTED.search(sentence.text):
            continue
        for person in (m for m in ctx.in_sentence(sentence) if m.type == "Person"):
            match = _FOLLOWS_ME.match(ctx.text, person.end, sentence.end)
            if match is None or not ctx.asserted(sentence, person.start, match.end()):
                continue
            who = sender_at(ctx, sentence.start) if chat else \
                speaker if speaker is not None and own_words(ctx, sentence, speaker) else None
            if who is not None and who.label != person.label:
                # the role "als" names is the one passed on, not the post the speaker leaves for
                als = _AS_ROLE.match(ctx.text, match.end(), sentence.end)
                word = role_pattern().match(ctx.text, als.end()) if als else None
                role = role_of(word.group(0)) if word else None
                add_succession(ctx, sentence, person, who, 0.7, only_role=role.label if role else None)
