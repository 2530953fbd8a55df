"""A letter's salutation whose addressee the letter does not name in full is no person of its own.

"Geachte heer Verbeek," addresses a person by surname only. When the letter names that person in
full elsewhere ("Aan: Koen Verbeek, ministerie van …"), the salutation's surname joins that name
(:mod:`graph.resolve`, strategy 4). When it does not, the surname alone says too little to know who
is meant: a node "Verbeek" would be a fragment of someone (suggested for merging by ``twins``) and
another personal data item in the graph. Such a salutation yields no mention. Called by
:func:`graph.extract.persons.find_persons` on the persons it found.

Examples
--------
>>> from .model import Mention
>>> text = "Geachte heer Verbeek,\\n\\nHierbij bevestigen wij onze deelname."
>>> found = [Mention(13, 20, "Verbeek", "Person", "persons.title-surname", 0.75)]
>>> unnamed_salutations(text, found)
[]
>>> text = "Aan: Koen Verbeek\\n\\nGeachte heer Verbeek,\\n"
>>> found = [Mention(5, 17, "Koen Verbeek", "Person", "persons.full-name", 0.9),
...          Mention(32, 39, "Verbeek", "Person", "persons.title-surname", 0.75)]
>>> [m.text for m in unnamed_salutations(text, found)]
['Koen Verbeek', 'Verbeek']
"""

from __future__ import annotations

import logging
import re

from .model import Mention

__all__ = ["unnamed_salutations"]

log = logging.getLogger(__name__)

#: the words that open a letter's salutation before a surname, at the start of a line
_SALUTATION = re.compile(r"(?:^|\n)[ \t]*(?:(?:zeer\s+)?geachte|beste|lieve)\s+(?:heer|mevrouw|mw\.|dhr\.|meneer)\s+$",
                         re.IGNORECASE)


def unnamed_salutations(text: str, mentions: list[Mention]) -> list[Mention]:
    """``mentions`` without the salutations ("Geachte heer X,") whose surname no fuller person
    mention of the text ends in."""
    fuller = [" ".join(m.text.split()).lower() for m in mentions
              if m.type == "Person" and m.rule != "persons.title-surname"]

    def unnamed(m: Mention) -> bool:
        if m.type != "Person" or m.rule != "persons.title-surname":
            return False
        if _SALUTATION.search(text, max(0, m.start - 40), m.start) is None:
            return False
        surname = " ".join(m.text.split()).lower()
        return not any(name != surname and name.endswith(" " + surname) for name in fuller)

    return [m for m in mentions if not unnamed(m)]
