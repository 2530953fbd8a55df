""""Het voorstel" and the "Het" after it point back to the proposal named in quotation marks (round 59e).

A letter of support names the bid once by its title ("het voorstel ‘Vakkracht in de Regio’", see
:mod:`graph.extract.proposal_names`) and then speaks of it as "het voorstel", and in the next sentence as "Het"::

    Wij steunen het voorstel ‘Vakkracht in de Regio’ van de MBO Raad.
    Het voorstel wil 40.000 werkenden omscholen. Het is ontwikkeld met VNO-NCW en de FNV.

"het voorstel" (also "dit voorstel", "het projectvoorstel", "de aanvraag") is the proposal the text named last
before it, when the text names one proposal (:func:`proposal_references`, rule ``references.proposal``), and so is
"het consortium" where the proposal's own sentence says a consortium submits it ("het voorstel ‘X’, dat een
consortium onder penvoerderschap van Y indient": the bid's partnership and its bid are one programme); a
sentence-opening "Het" right after a sentence that opens on such a reference is it too, when a participle or one
of a proposal's verbs follows ("Het is ontwikkeld met …", "Het bouwt voort op …", "Het richt zich op …"). An
expletive "Het" is no reference ("Het is belangrijk dat …", "Het gaat om …"), nor a "Het" after a sentence about
something else, nor "het voorstel" in a text that names no proposal or several.

Examples
--------
>>> from graph.extract.proposal_names import proposal_names
>>> from graph.extract.sentences import split_sentences
>>> text = ("Wij steunen het voorstel ‘Slim Wonen Oost’. Het voorstel wil 500 woningen verduurzamen. "
...         "Het is ontwikkeld met de VNG.")
>>> [(m.text, m.label) for m in proposal_references(text, split_sentences(text), proposal_names(text))]
[('Het voorstel', 'Slim Wonen Oost'), ('Het', 'Slim Wonen Oost')]
"""

from __future__ import annotations

import re

from .model import Mention, Sentence
from .proposal_names import PROPOSAL_RULE

__all__ = ["proposal_references", "PROPOSAL_REFERENCE_RULE"]

PROPOSAL_REFERENCE_RULE = "references.proposal"

#: "het voorstel", "dit projectvoorstel", "de aanvraag" (not followed by its title: that is the name itself)
_REFERENCE = re.compile(r"\b(?:[Hh]et|[Dd]it|[Dd]e|[Dd]eze)\s+(?:project|subsidie)?(?:voorstel|aanvraag|propositie)\b(?!\s*[‘'“\"])")
#: the bid's consortium named with it, in the proposal's own sentence: "het voorstel ‘X’, dat een consortium … indient"
_CONSORTIUM_BEHIND = re.compile(r"[^.]*?,?\s+(?:dat|die)\s+(?:een|het)\s+consortium\b[^.]*?\b(?:indient|heeft\s+ingediend|indiende)\b")
#: "het consortium" after that: the bid's partnership, the proposal the gold and the reader take as one programme
_CONSORTIUM = re.compile(r"\b[Hh]et\s+consortium\b(?!\s+van\b)")
#: a sentence-opening "Het" followed by a participle after an auxiliary, or by a verb a proposal is the subject of
_PRONOUN = re.compile(r"Het\s+(?:(?:is|wordt|werd|was)\s+(?:(?:mede|samen|zorgvuldig|gezamenlijk|in\s+\d{4})\s+)?"
                      r"(?:ge|ont|be|ver|her|op|uit|aan|voor|mee|samen|in)[a-zà-ÿ]+[dt]\b"
                      r"|(?:bouwt|richt|sluit|beoogt|omvat|wil|krijgt|loopt|start|brengt|verbindt|zet)\b)")


def _line_end(text: str, at: int) -> int:
    end = text.find("\n", at)
    return len(text) if end < 0 else end


def proposal_references(text: str, sentences: list[Sentence], mentions: list[Mention]) -> list[Mention]:
    """Mentions for "het voorstel" and the "Het" after it, named after the proposal (see the module)."""
    proposals = [m for m in mentions if m.rule == PROPOSAL_RULE]
    if len({m.label for m in proposals}) != 1:
        return []
    first = proposals[0]
    taken = [(m.start, m.end) for m in mentions]
    found: list[Mention] = []
    for match in _REFERENCE.finditer(text, first.end):
        if any(s < match.end() and match.start() < e for s, e in taken):
            continue
        found.append(Mention(match.start(), match.end(), match.group(), "Programme", PROPOSAL_REFERENCE_RULE, 0.7,
                             name=first.label))
    behind = next((m for m in proposals if _CONSORTIUM_BEHIND.match(text, m.end, _line_end(text, m.end))), None)
    if behind is not None:
        for match in _CONSORTIUM.finditer(text, behind.end):  # "…, dat een consortium … indient" … "Het consortium"
            if not any(s < match.end() and match.start() < e for s, e in taken):
                found.append(Mention(match.start(), match.end(), match.group(), "Programme", PROPOSAL_REFERENCE_RULE,
                                     0.65, name=first.label))
    openings = {m.start for m in found}
    for before, sentence in zip(sentences, sentences[1:]):
        if before.start not in openings or before.bullet_list is not None or sentence.start < first.end:
            continue
        pronoun = _PRONOUN.match(text, sentence.start)
        if pronoun is not None:
            found.append(Mention(sentence.start, sentence.start + 3, "Het", "Programme", PROPOSAL_REFERENCE_RULE, 0.65,
                                 name=first.label))
    return sorted(found, key=lambda m: m.start)
