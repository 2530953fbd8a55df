"""A working group the text names but no rule recognises is what is taken part in, not the programme of
the passage: "De themagroep werkt met VWS aan de Hervormingsagenda Jeugd. Lotte Smeets (Helmond) neemt deel
aan de werkgroep reikwijdte jeugdhulp." makes Helmond no participant in the Hervormingsagenda (walkthrough
24, finding 10): a werkgroep of a programme is a part of it, and the town takes part in the werkgroep only.

Called by :mod:`graph.extract.taking_part` when what the cue takes part in is not in the sentence.

Examples
--------
>>> from graph.gazetteer import load_gazetteer
>>> from graph.extract import extract
>>> text = ("De City Deal Zon loopt sinds 2024. Eva Kok (Ede) neemt deel aan de werkgroep monitoring "
...         "en evaluatie.")
>>> [(r.subject.text, r.object.text) for r in extract("d", text, gazetteer=load_gazetteer()).relations
...  if r.predicate == "participatesIn"]
[]
"""

from __future__ import annotations

import re

from .model import Mention

__all__ = ["unnamed_group_after"]

#: "(deel) aan de werkgroep …", "(mee) aan een expertgroep": a group named by its kind and lower-case words
_GROUP_AFTER = re.compile(r"\s*(?:aan\s+)?(?:de|het|een)\s+(?:[a-z][\w-]*\s+)?(?:[a-z]*-)?"
                          r"(?P<kind>werkgroep|projectgroep|expertgroep|subgroep|kerngroep|klankbordgroep|"
                          r"schrijfgroep|begeleidingsgroep|leerkring|werkplaats|subwerkgroep|taakgroep)\b",
                          re.IGNORECASE)


def unnamed_group_after(text: str, mentions: list[Mention], end: int) -> bool:
    """Whether a working group that no mention covers follows the cue ending at ``end``.

    >>> unnamed_group_after("neemt deel aan de werkgroep reikwijdte jeugdhulp", [], 14)
    True
    >>> unnamed_group_after("neemt deel aan de City Deal Zon", [], 14)
    False
    """
    group = _GROUP_AFTER.match(text, end)
    if group is None:
        return False
    return not any(m.start <= group.start("kind") < m.end for m in mentions)
