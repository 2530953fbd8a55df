"""A decision to leave, told with a te-infinitive: "Helmond heeft besloten per 1 januari 2026 uit de City Deal X te
stappen", "het besluit van het college van Helmond om per 1 januari 2026 uit de City Deal X te treden"
(walkthrough 38, finding 4).

Dutch puts what is decided in an infinitive clause with "te" after "besluiten" or "het besluit": the verb of
leaving comes last ("uit de X te stappen/treden", "de X te verlaten", "niet langer aan de X deel te nemen"),
so neither the main-clause cue of leaving nor the subordinate clause after "dat" reads it. The one town,
province or organisation that decides — the subject right before "besluit(en)/besloot/heeft besloten", or the
body of "het besluit van (het college van) X" — took part in the programme, unit or organisation it leaves,
until the day before the date of leaving (:meth:`graph.extract.context.DocContext.add` reads "per 1 januari
2026" of a clause of leaving as the end). A decision not to leave ("besloten niet uit de X te stappen"), an
intention ("overweegt uit de X te stappen", "is van plan …") and a decision about something else ("besloten
om de X te steunen") are no leaving.

>>> from graph.gazetteer import load_gazetteer
>>> from graph.extract import extract
>>> left = lambda text: [(r.subject.text, r.object.text, r.valid_until) for r in extract("d", text,
...     gazetteer=load_gazetteer(), date="2025-10-13").relations if r.predicate == "participatesIn"]
>>> left("Helmond heeft besloten per 1 januari 2026 uit de City Deal Groene Pleinen te stappen.")
[('Helmond', 'City Deal Groene Pleinen', '2025-12-31')]
>>> left("Helmond heeft besloten niet uit de City Deal Groene Pleinen te stappen.")
[]
>>> left("Helmond overweegt per 1 januari 2026 uit de City Deal Groene Pleinen te stappen.")
[]
"""

from __future__ import annotations

import re

from .context import HOLDERS, DocContext
from .model import Mention, Sentence

__all__ = ["find_decided_leaving"]

#: the decision: "besluit", "besluiten", "besloot", "besloten", "heeft/hebben besloten", "heeft het besluit genomen"
_DECIDES = re.compile(r"\s+(?:(?:heeft|hebben|had|hadden)\s+(?:(?:het|een)\s+besluit\s+genomen|besloten)|"
                      r"besluit|besluiten|besloot|besloten)\b", re.IGNORECASE)
#: "het besluit van (het college van | de gemeente(raad) | de raad van) X": the body that decides
_DECISION_OF = re.compile(r"\bbesluit\s+van\s+(?:(?:het\s+college|de\s+(?:gemeente)?raad|het\s+bestuur|de\s+directie)"
                          r"(?:\s+van\s+B(?:&|\s+en\s+)W)?\s+van\s+)?(?:de\s+(?:gemeente|provincie)\s+)?\Z", re.IGNORECASE)
#: between the decision and the body left: "(,) (om) (per 1 januari 2026)", no denial, no other clause
_TIME = r"(?:(?:per|in|na|op|vanaf|met\s+ingang\s+van)\s+(?:[^\s,;.:]+\s+){1,3}?)?"
_TO_OUT = re.compile(r"\s*,?\s*(?:om\s+)?" + _TIME + r"(?:zich\s+" + _TIME + r"(?:terug\s+)?)?uit\s+(?:(?:de|het)\s+)?\Z",
                     re.IGNORECASE)
_TO_LEAVE = re.compile(r"\s*,?\s*(?:om\s+)?" + _TIME + r"(?:(?:de|het)\s+)?\Z", re.IGNORECASE)
#: the infinitive after the body left: "te stappen", "te treden", "terug te trekken", "te verlaten"
_OUT_INFINITIVE = re.compile(r"\s+" + _TIME + r"(?:te\s+(?:stappen|treden)|terug\s+te\s+trekken)\b", re.IGNORECASE)
_LEAVE_INFINITIVE = re.compile(r"\s+" + _TIME + r"te\s+verlaten\b", re.IGNORECASE)

_LEAVERS = frozenset({"Municipality", "Province", "Organisation"})
_LEFT = HOLDERS | {"Organisation"}


def find_decided_leaving(ctx: DocContext, sentence: Sentence, mentions: list[Mention]) -> None:
    """Add the participation a decision to leave ends (see the module)."""
    text = ctx.text
    if "besl" not in sentence.text.lower():
        return
    for body, left in zip(mentions, mentions[1:]):
        if body.type not in _LEAVERS or left.type not in _LEFT or left.type == "Organisation" and body.type != "Municipality":
            continue
        # what lies between the body and the one it leaves: the decision, then the infinitive clause's start
        decided = _DECIDES.match(text, body.end, left.start)
        start = decided.end() if decided else None
        if decided is None and _DECISION_OF.search(text, max(sentence.start, body.start - 80), body.start):
            start = body.end  # "het besluit van het college van Helmond om per 1 januari 2026 uit de X te treden"
        if start is None:
            continue
        for between, verb in ((_TO_OUT, _OUT_INFINITIVE), (_TO_LEAVE, _LEAVE_INFINITIVE)):
            said = verb.match(text, left.end, sentence.end)
            if said and between.fullmatch(text, start, left.start) \
                    and ctx.asserted(sentence, body.start, said.end()):
                ctx.add(body, "participatesIn", left, sentence, "relations.besloten-te-verlaten", 0.65, past=True)
                break
