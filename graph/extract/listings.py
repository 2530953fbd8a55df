"""Lines that only list people: attendance and absence lists, contact lines and signatures.

``build --minimal-people`` leaves out the people who appear in such lines only (data minimisation:
the graph needs no person node for everyone who attended a meeting or is named as press contact).
This module finds the lines; :func:`graph.resolve.without_listed_people` decides, over the whole
corpus, who appears nowhere else.

A listing line is

- a line that opens with a list's label: "Aanwezig:", "Aanw.:", "Afwezig (met kennisgeving):",
  "Afgemeld:", "Verhinderd:", "Gasten:", "Te gast:", "Op uitnodiging:", "Toehoorders:",
  "Notulist:", "Verslag:", "Contact:", "Contactpersoon:", "Persvoorlichting:", "Meer informatie:"
  (also in bold, "**Aanwezig:**", or as a bullet);
- a line under a heading that is such a label ("## Aanwezig", "Afwezig met kennisgeving");
- the lines of a signature: after "Met vriendelijke groet(en)", "Hoogachtend" at most six lines
  to the end of the document or the next heading.

Examples
--------
>>> from graph.extract.sentences import split_sentences
>>> text = "Verslag\\n\\nAanwezig: Anna Smit (Breda)\\n\\nAnna Smit is voorzitter.\\n\\nMet vriendelijke groet,\\n\\nKees Mol\\n"
>>> [text[s:e] for s, e in listed_spans(text, split_sentences(text))]
['Aanwezig: Anna Smit (Breda)', 'Kees Mol']
>>> text = "Aanwezig\\n- Anna Smit (Breda)\\n- Piet Kok\\n\\n1. Opening\\nDe voorzitter opent.\\n"
>>> [text[s:e] for s, e in listed_spans(text, split_sentences(text))]
['Anna Smit (Breda)', 'Piet Kok']
"""

from __future__ import annotations

import logging
import re

from .model import Sentence

__all__ = ["listed_spans"]

logger = logging.getLogger(__name__)

_LABELS = (r"aanwezig(?:en)?|aanw\.|afwezig(?:en)?(?:\s+(?:met|zonder)\s+(?:kennisgeving|bericht))?|afw\.|afgemeld|"
           r"afmeldingen|verhinderd|gasten|te\s+gast|op\s+uitnodiging|toehoorders?|notulist|notulen|verslag|"
           r"verslaglegging|contact(?:persoon|personen)?|persvoorlichting|persvoorlichter|perscontact|"
           r"meer\s+informatie|voor\s+meer\s+informatie|informatie")
#: a line that opens with a list's label: "Aanwezig: …", "- **Afwezig:** …"
_LABELLED = re.compile(rf"\s*(?:[-*•]\s+)?(?:\*\*|__)?(?:{_LABELS})\s*(?:\*\*|__)?\s*:", re.IGNORECASE)
#: a heading that is a list's label: "## Aanwezig", "Afwezig met kennisgeving:" (not "Verslag", a title)
_HEADING = re.compile(r"\s*(?:#+\s*)?(?:\*\*|__)?(?:aanwezig(?:en)?|afwezig(?:en)?(?:\s+(?:met|zonder)\s+(?:kennisgeving|"
                      r"bericht))?|afgemeld|afmeldingen|verhinderd|gasten|te\s+gast|op\s+uitnodiging|toehoorders?|"
                      r"contact(?:persoon|personen)?|perscontact)\s*(?:\*\*|__)?\s*:?\s*", re.IGNORECASE)
#: the closing formula before a signature
_CLOSING = re.compile(r"\s*(?:met\s+)?(?:vriendelijke|hartelijke)\s+groet(?:en)?\s*,?\s*|\s*hoogachtend\s*,?\s*",
                      re.IGNORECASE)
#: how many lines of a signature follow its closing formula, at most
_SIGNATURE_LINES = 6


def listed_spans(text: str, sentences: list[Sentence]) -> tuple[tuple[int, int], ...]:
    """(start, end) of every sentence of ``text`` that only lists people (see the module docstring)."""
    spans = []
    signature, under_list = 0, False
    for sentence in sentences:
        line = text[sentence.start:sentence.end]
        if _CLOSING.fullmatch(line):
            signature, under_list = _SIGNATURE_LINES, False
        elif signature:  # a signature's short lines read as headings: "Kees Mol", "wethouder"
            signature -= 1
            spans.append((sentence.start, sentence.end))
        elif _HEADING.fullmatch(line):
            under_list = True
        elif sentence.is_heading or line.lstrip().startswith("#"):
            under_list = False
        elif under_list and (sentence.bullet_list is not None or not line.rstrip().endswith((".", "?", "!"))):
            spans.append((sentence.start, sentence.end))  # a name of the list under "Aanwezig"
        elif _LABELLED.match(line):
            under_list = False
            spans.append((sentence.start, sentence.end))
        else:
            under_list = False
    return tuple(spans)
