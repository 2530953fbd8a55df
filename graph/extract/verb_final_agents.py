"""The agents of a passive whose participle closes its clause: "…, die in 2024 door het ministerie van BZK
samen met de VNG is gestart" — BZK set it up with the VNG (heldout34, round 50a). In a Dutch subordinate
clause the verbs come last, so "door X" stands before "samen met Y" with no participle in front of it; X
works with Y, and the main clause's subjects ("Amersfoort en Leeuwarden nemen deel aan de pilot, die …")
are no partners of Y.

Called by :func:`graph.extract.collaboration._passive_agents` when no participle precedes "door".

Examples
--------
>>> from graph.gazetteer import load_gazetteer
>>> from graph.extract import extract
>>> text = ("De raad stelt vast dat Amersfoort en Leeuwarden deelnemen aan de pilot Slim Bouwen, die in 2024 door "
...         "het ministerie van BZK samen met de VNG is gestart.")
>>> sorted((r.subject.text, r.object.text) for r in extract("d", text, gazetteer=load_gazetteer()).relations
...        if r.predicate == "collaboratesWith")
[('BZK', 'VNG')]
"""

from __future__ import annotations

import re

__all__ = ["verb_final_agent_start"]

#: "door (het toenmalige) (ministerie van) " right before the agent
_BY = re.compile(r"\bdoor\s+(?:de\s+|het\s+)?(?:toenmalige\s+|huidige\s+)?(?:gemeente\s+|provincie\s+|ministerie\s+van\s+)?",
                 re.IGNORECASE)
#: what closes the clause after the partners: the auxiliary and the participle of setting up or carrying out
_PARTICIPLE_LAST = re.compile(r"[^,;:.]*?\b(?:is|zijn|werd|werden|wordt|worden)\s+(?:[\w-]+\s+)?"
                              r"(?:gestart|opgezet|opgericht|gelanceerd|geïnitieerd|ontwikkeld|uitgevoerd|"
                              r"georganiseerd|ingericht|begonnen)\b", re.IGNORECASE)
#: a clause boundary between "door" and the cue: the agent must be in the cue's clause
_BOUNDARY = re.compile(r"[,;:]")


def verb_final_agent_start(text: str, begin: int, cue_start: int, cue_end: int, end: int) -> int | None:
    """Where the agent after the last "door" of ``text[begin:cue_start]`` starts, when the clause closes
    with a passive participle after the cue (``text[cue_end:end]``); else None.

    >>> t = "de pilot, die door BZK samen met de VNG is gestart."
    >>> verb_final_agent_start(t, 0, t.index("samen"), t.index("samen") + 10, len(t)) == t.index("BZK")
    True
    >>> t = "de pilot, die door BZK samen met de VNG wordt besproken."
    >>> verb_final_agent_start(t, 0, t.index("samen"), t.index("samen") + 10, len(t)) is None
    True
    """
    by = None
    for by in _BY.finditer(text, begin, cue_start):
        pass
    if by is None or _BOUNDARY.search(text, by.end(), cue_start) or not _PARTICIPLE_LAST.match(text, cue_end, end):
        return None
    return by.end()
