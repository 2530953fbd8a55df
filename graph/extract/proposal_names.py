"""A proposal named in quotation marks is the programme it proposes (round 59r): "het voorstel ‘Vakkracht in de Regio’".

A letter of support, a funding decision or a council proposal names the bid by its title in quotation marks after
"voorstel", "projectvoorstel", "aanvraag" or "propositie": "… steunt het voorstel ‘Vakkracht in de Regio’, dat een
consortium onder penvoerderschap van de MBO Raad indient". The title then names a programme wherever the text writes
it, so the parties, pilot towns and penvoerder the text gives are its. A quoted phrase that is no title (lower case:
"het voorstel ‘om de middelen te bundelen’") names none; "programma ‘X’" and "project ‘X’" are read by
:mod:`graph.extract.programmes` already.

Examples
--------
>>> text = "De G40 steunt het voorstel ‘Vakkracht in de Regio’. Vakkracht in de Regio start in 2024."
>>> [(m.start, m.text, m.type) for m in proposal_names(text)]
[(28, 'Vakkracht in de Regio', 'Programme'), (52, 'Vakkracht in de Regio', 'Programme')]
>>> proposal_names("De G40 steunt het voorstel ‘om de middelen te bundelen’.")
[]
"""

from __future__ import annotations

import re

from .case_studies import named_programmes
from .model import Mention

__all__ = ["proposal_names", "PROPOSAL_RULE"]

PROPOSAL_RULE = "programmes.quoted-proposal"

#: "het voorstel ‘X’", "de aanvraag "X"", "ons projectvoorstel 'X'": a title of two to eight words, the first capitalised
_QUOTED = re.compile(r"\b(?:het|dit|ons|uw|hun|de|deze)\s+(?:project)?(?:voorstel|aanvraag|propositie|subsidieaanvraag)"
                     r"\s+[‘'“\"](?P<name>[A-ZÀ-Ý][\w’'-]*(?:\s+[\w’'-]+){1,7}?)[’'”\"]")


def proposal_names(text: str) -> list[Mention]:
    """Each occurrence of a title a proposal is named by in quotation marks; see the module."""
    names = {m.group("name") for m in _QUOTED.finditer(text)}
    found = [m for name in sorted(names) for m in named_programmes(text, name, PROPOSAL_RULE)]
    return sorted(found, key=lambda m: m.start)
