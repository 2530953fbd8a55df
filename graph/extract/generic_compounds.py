"""A lower-case compound on "-programma" or "-regeling" is a kind of thing, not a named programme.

Dutch writes a programme's or a scheme's name with a capital ("het Warmteprogramma Twente", "de
Regeling Reductie Energiegebruik"); "De City Deal werkt samen met KGG aan het warmteprogramma" and "…
aan de cultuurregeling voor middelgrote steden" (walkthrough 27, finding 6) say what kind of work it
is, and name no programme a reader could look up. So a compound on one of :data:`GENERIC_HEADS` in
lower case is no programme, unless it points back to one the text named before ("het actieprogramma"
after "Actieprogramma Middenhuur", :func:`graph.extract.programme_names._named_before`). A lower-case
compound on another head may name one unique thing of the domain and stays one: "het gemeentefonds",
"het sensorenregister", "de woningbouwimpuls".

>>> generic_compound("warmteprogramma", "programma"), generic_compound("cultuurregeling", "regeling")
(True, True)
>>> generic_compound("gemeentefonds", "fonds"), generic_compound("Warmteprogramma", "programma")
(False, False)
"""

from __future__ import annotations

__all__ = ["GENERIC_HEADS", "generic_compound"]

#: the heads whose lower-case compounds name a kind ("een warmteprogramma", "een cultuurregeling")
GENERIC_HEADS = frozenset({"programma", "regeling"})


def generic_compound(word: str, head: str) -> bool:
    """Whether ``word`` (as written), a compound on ``head``, is a lower-case kind word (see the module)."""
    return head in GENERIC_HEADS and word.islower()
