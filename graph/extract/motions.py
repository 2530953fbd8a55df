"""A motie asks; it states no facts in its title or its request (walkthrough 39, finding 1).

A council's (or the Kamer's) motie ends with the fixed formula "en gaat over tot de orde van de dag". Its
considerations ("constaterende dat …", "overwegende dat …") state what the council holds true, but its
title ("Motie: Deventer doet mee in de City Deal Levendige Binnensteden") and its request ("verzoekt het
college: zich in te spannen om Deventer … te laten toetreden", "draagt het college op …", "verzoekt de
regering …") say what the council wants, whether the motie was adopted or rejected. Such a title made
Deventer a participant of the City Deal half a year before it joined, and a rejected motie's "samen met het
ministerie van SZW een pilot op te zetten" a collaboration. In a document with the formula, the facts of a
title line that opens with "Motie" and of the request, from its verb to the formula, are left out; the
entities they name stay, and so does a unit's place its name gives ("de G40-themagroep X").

>>> text = ("# Motie: Ede doet mee in de City Deal X\\n\\nDe raad,\\n\\nconstaterende dat Ede deelneemt aan Y;\\n\\n"
...         "verzoekt het college:\\n- samen met het ministerie van SZW een pilot op te zetten,\\n\\n"
...         "en gaat over tot de orde van de dag.\\n")
>>> [text[a:b] for a, b in request_spans(text)]
['Motie: Ede doet mee in de City Deal X', 'verzoekt het college:\\n- samen met het ministerie van SZW een pilot op te zetten,\\n\\n']
>>> request_spans("Verzoekt het college om een brief. De raad gaat akkoord.")
[]
"""

from __future__ import annotations

import re

from .model import Relation

__all__ = ["request_spans", "without_motion_requests"]

#: the closing formula of every motie
_CLOSING = re.compile(r"\ben\s+gaat\s+over\s+tot\s+de\s+orde\s+van\s+de\s+dag\b", re.IGNORECASE)
#: the request's verb and whom it addresses: "verzoekt het college", "draagt het college op", "roept de regering op"
_REQUEST = re.compile(r"\b(?:verzoekt|verzoeken|draagt|dragen|roept|roepen)\s+(?:het\s+college|de\s+regering|de\s+burgemeester|"
                      r"het\s+presidium|de\s+griffie|de\s+minister|de\s+staatssecretaris)\b", re.IGNORECASE)
#: a title line of the motie: "# Motie: …", "Motie M-2024-47: …", "Motie van het lid X over …"
_TITLE = re.compile(r"^[#*\s]*Motie\b[^\n]*", re.MULTILINE)


def request_spans(text: str) -> list[tuple[int, int]]:
    """The spans of a motie's title lines and its request (see the module); none without the closing formula."""
    closing = _CLOSING.search(text)
    if closing is None:
        return []
    spans = [(m.start() + len(m.group(0)) - len(m.group(0).lstrip("#* \t")), m.end())
             for m in _TITLE.finditer(text, 0, closing.start())]
    request = None
    for request in _REQUEST.finditer(text, 0, closing.start()):
        pass  # the last request before the formula: the dictum
    if request is not None:
        spans.append((request.start(), closing.start()))
    return spans


def without_motion_requests(text: str, relations: list[Relation]) -> list[Relation]:
    """``relations`` without those whose evidence overlaps a motie's title or request (see the module)."""
    if "orde van de dag" not in text:
        return relations
    spans = request_spans(text)
    if not spans:
        return relations
    return [r for r in relations if r.predicate == "partOf"  # a unit's place its name gives: "de G40-themagroep X"
            or not any(r.evidence_start < end and start < r.evidence_end for start, end in spans)]
