"""A case study's project, named by the page's title after its kind (round 59r): "Praktijkvoorbeeld: X | Platform31".

A knowledge institute's or network's case-study page ("praktijkvoorbeeld", "casus", "inspiratievoorbeeld") is titled
by its kind and the project it describes, the site after a bar or dash: "Praktijkvoorbeeld: Energiehubs Westelijke
Mijnstreek | Platform31". The name then names a project (a programme) wherever the text writes it (its heading
"Energiehubs Westelijke Mijnstreek: samen stroom delen …" too), so that the page's fields ("Trekker: Gemeente X",
"Partners: A, B en C", "Contactpersoon: …") are about it (:func:`graph.extract.cards.card_subject`). A title of
another kind ("Nieuws: …", "Agenda: …") names none.

Examples
--------
>>> text = ("Praktijkvoorbeeld: Warmtenet Oost | Kennisbank\\n\\nWarmtenet Oost: samen van het gas af\\n\\n"
...         "Trekker: Gemeente Ede\\n")
>>> [(m.start, m.text, m.type) for m in case_study_projects(text)]
[(19, 'Warmtenet Oost', 'Programme'), (48, 'Warmtenet Oost', 'Programme')]
>>> case_study_projects("Nieuws: Warmtenet Oost | Kennisbank\\n\\nWarmtenet Oost start.\\n")
[]
"""

from __future__ import annotations

import re

from .model import Mention

__all__ = ["case_study_projects", "named_programmes", "CASE_STUDY_RULE"]

CASE_STUDY_RULE = "programmes.case-study"

#: the title: a case study's kind, a colon, the project's name (one to six words, the first capitalised), the site
#: after a bar or dash
_TITLE = re.compile(r"\s*(?:#+\s*)?(?:Praktijkvoorbeeld|Praktijkcasus|Casus|Inspiratievoorbeeld|Voorbeeldproject|"
                    r"Good practice|Best practice)\s*:\s*(?P<name>[A-ZÀ-Ý][\w'’-]*(?:\s+[\w'’-]+){0,5}?)"
                    r"[ \t]*(?:[|–—][^\n]*)?\n", re.IGNORECASE)


def case_study_projects(text: str) -> list[Mention]:
    """Each occurrence of the project a case study's title names; see the module."""
    title = _TITLE.match(text)
    if title is None or len(title.group("name")) < 4:
        return []
    return named_programmes(text, title.group("name"), CASE_STUDY_RULE, kind="project")


def named_programmes(text: str, name: str, rule: str, **fields) -> list[Mention]:
    """A programme mention of each occurrence of ``name`` in ``text``, as a whole name."""
    return [Mention(m.start(), m.end(), m.group(), "Programme", rule, 0.7, name=name, **fields)
            for m in re.finditer(r"(?<![\w-])" + re.escape(name) + r"(?![\w-])", text)]
