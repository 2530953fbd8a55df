"""Whose cue of working together it is, where the subject of the sentence is not: a relative clause right
before the cue ("het netwerk dat samen met het Rijk werkt"), a subject the text names but nothing
recognised ("De GGD werkt samen met …"), and a clause after a label ("Punt 2: Nijmegen en Arnhem hebben
samen met Alliander …", a chat line's "Naam (Gemeente X): …"). Used by :mod:`graph.extract.collaboration`.

>>> from graph.gazetteer import load_gazetteer
>>> from graph.extract import extract
>>> text = "Zwolle is lid van de G40, het netwerk van steden dat samen met het Rijk werkt."
>>> [r for r in extract("d", text, gazetteer=load_gazetteer()).relations if r.predicate == "collaboratesWith"]
[]
"""

from __future__ import annotations

import re

from .context import ACTORS, DocContext
from .model import Mention, Sentence

__all__ = ["relative_right_before", "unknown_name_opening", "subject_after_label"]

#: "dat"/"die" opening a relative clause right before the cue, only adverbs between: "… dat (nauw) samen met"
_RELATIVE_BEFORE = re.compile(r"(?:,\s*|\s)(?:dat|die)\s+(?:(?:al|ook|nauw|nu|graag|intensief|jaren|sinds|"
                              r"lang|veel|vaak|steeds|eveneens|daarbij|daarin|hierin)\s+){0,3}$")
#: the active verb of working that the relative clause ends with: "… dat samen met het Rijk werkt (aan …)"
#: (not a passive: "de monitor, die samen met het Nibud is opgesteld", made with the Nibud by the subject)
_WORKING_VERB = re.compile(r"[^,;.:()]*?\b(?:werkt|werken|werkte|werkten|optrekt|optrekken|optrok|optrokken)\b")
#: a sentence that opens with a name after an article: "De GGD werkt …", "Het Kenniscentrum X …"
_NAMED_OPENING = re.compile(r"\s*(?:De|Het)\s+([A-ZÀ-Ý][\w-]*)")
#: kind nouns a text may capitalise that refer to the body the passage is about: "De Themagroep werkt …"
_KIND_WORDS = frozenset({"themagroep", "pijler", "taskforce", "stuurgroep", "werkgroep", "gemeente", "provincie",
                         "stad", "regio", "minister", "wethouder", "programma", "commissie", "raad", "college"})
#: a label closed by a colon before the clause: "Punt 2 warmtewet: ", "Eva Smit (Gemeente Ede): "
_LABEL_END = ": "


def relative_right_before(ctx: DocContext, sentence: Sentence, cue: int) -> tuple[bool, Mention | None]:
    """Whether the cue at ``cue`` opens a relative clause ("dat"/"die" right before it, adverbs only
    between), and its antecedent: the actor right before the pronoun ("Tilburg, dat samen met Breda …"),
    else None (a noun that names no entity: "het netwerk dat samen met het Rijk werkt").

    >>> from graph.extract.model import Mention, Sentence
    >>> text = "Ede steunt Tilburg, dat nauw samen met Breda werkt."
    >>> ms = [Mention(0, 3, "Ede", "Municipality", "", 1.0), Mention(11, 18, "Tilburg", "Municipality", "", 1.0),
    ...       Mention(38, 43, "Breda", "Municipality", "", 1.0)]
    >>> ctx = DocContext("d", text, [Sentence(0, len(text), text)], ms)
    >>> relative_right_before(ctx, ctx.sentences[0], 29)[1].text
    'Tilburg'
    """
    start = ctx.content_start(sentence)
    relative = _RELATIVE_BEFORE.search(ctx.text, max(start, cue - 40), cue)
    if relative is None or ctx.in_span(relative.end(), cue) or not _WORKING_VERB.match(ctx.text, cue, sentence.end):
        return False, None
    before = [m for m in ctx.in_span(start, relative.start() + 1) if m.end <= relative.start()]
    antecedent = before[-1] if before and before[-1].type in ACTORS and before[-1].end == relative.start() else None
    return True, antecedent


def unknown_name_opening(ctx: DocContext, sentence: Sentence, cue: int) -> bool:
    """Whether ``sentence`` opens, before the cue at ``cue``, with an article and a capitalised name that
    no mention covers ("De GGD werkt nauw samen met …"): the sentence names its subject, so the body the
    passage is about is not it. A capitalised kind noun ("De Themagroep werkt …") refers to that body.

    >>> from graph.extract.model import Sentence
    >>> text = "De GGD werkt samen met Ede."
    >>> unknown_name_opening(DocContext("d", text, [Sentence(0, 26, text)], []), Sentence(0, 26, text), 13)
    True
    """
    opening = _NAMED_OPENING.match(ctx.text, ctx.content_start(sentence), cue)
    if opening is None or opening.group(1).lower() in _KIND_WORDS:
        return False
    return not any(m.start <= opening.start(1) < m.end for m in ctx.in_sentence(sentence))


def subject_after_label(ctx: DocContext, subject: Mention | None, cue: int) -> Mention | None:
    """The first actor after the last label closed by a colon between ``subject`` and the cue at ``cue``,
    when there is one: "Eva Smit (Gemeente Ede): Punt 2: Nijmegen en Arnhem hebben samen met X …" (the
    label's speaker or topic is no subject of the clause after it); else ``subject``.

    >>> from graph.extract.model import Mention, Sentence
    >>> text = "Eva Smit: Zwolle werkt samen met Ede."
    >>> ms = [Mention(0, 8, "Eva Smit", "Person", "", 1.0), Mention(10, 16, "Zwolle", "Municipality", "", 1.0)]
    >>> subject_after_label(DocContext("d", text, [Sentence(0, len(text), text)], ms), ms[0], 23).text
    'Zwolle'
    """
    sentence = ctx.sentence_at(cue)
    if subject is None or subject.end >= cue or sentence is None or subject.start < sentence.start:
        return subject  # a subject from the passage, not the sentence: no label of the sentence's own before it
    colon = ctx.text.rfind(_LABEL_END, subject.end, cue)
    if colon < 0:
        return subject
    after = [m for m in ctx.in_span(colon + 2, cue) if m.type in ACTORS]
    return after[0] if after else subject
