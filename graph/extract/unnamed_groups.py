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

__all__ = ["relative_target", "unnamed_group_after"]

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


#: a relative adverb of taking part right after what is taken part in: "de City Deal X, waaraan Helmond deelneemt"
#: (also after an apposition of its kind and owner: "Wijken Vooruit, het programma van BZK waaraan Venlo deelneemt", 52e)
_WHEREIN = re.compile(r"\s*(?:\([^()]{0,60}\)\s*)?,\s*(?:(?:het|de|een)\s+[a-z-]+(?:\s+van\s+(?:het\s+|de\s+)?[\w-]+)?\s+|"
                      # a first relative clause before it: "het Leernetwerk X, dat Platform31 begeleidde en waarin …" (57r)
                      r"(?:dat|die)\s+[^,;:()]{1,80}?\s+en\s+)?"
                      r"(?:waaraan|waarin)\s")


def relative_target(text: str, mentions: list[Mention], cue_start: int) -> Mention | None:
    """What a relative "waaraan"/"waarin" before the cue at ``cue_start`` stands for: the programme, unit or
    event right before it ("Het project bouwt voort op de City Deal X, waaraan Helmond sinds 2022 deelneemt":
    the City Deal, not the project opening the sentence; round 50a), else None.

    >>> from graph.extract.model import Mention
    >>> text = "Het project bouwt voort op de City Deal Zon, waaraan Ede deelneemt"
    >>> project = Mention(0, 11, "Het project", "Programme", "", 1.0)
    >>> deal = Mention(30, 43, "City Deal Zon", "Programme", "", 1.0)
    >>> relative_target(text, [project, deal], text.index("deelneemt")).text
    'City Deal Zon'
    >>> text = "Het project bouwt voort op Zon Op Dak, het programma van EZK waaraan Ede deelneemt"
    >>> roof = Mention(27, 37, "Zon Op Dak", "Programme", "", 1.0)
    >>> relative_target(text, [project, roof], text.index("deelneemt")).text
    'Zon Op Dak'
    """
    for thing in reversed([m for m in mentions if m.end <= cue_start]):
        wherein = _WHEREIN.match(text, thing.end)
        if wherein is not None and wherein.end() <= cue_start:
            return thing if thing.type in ("Programme", "OrganisationalUnit", "Event") else None
    return None
