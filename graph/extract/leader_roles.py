"""The role of a person a passive "… door X" names as leading a body: what the verb says, not always chair.

"De stuurgroep wordt voorgezeten door X" makes X its chair (whatever role an apposition gives X), "getrokken
door X" its trekker. Other verbs
name other roles (walkthrough 27, finding 3): "De City Deal wordt gecoördineerd door X" makes X its
coördinator, and "Het programma wordt geleid door X" its programme leader (a programme has no chair; a
unit "geleid door" X, a themagroep or a stuurgroep, is chaired by X). A leading role word in an
apposition with no body of its own says which role it is: "geleid door Sabine Kok, programmamanager, die
…" (her role in what she leads); "programmamanager bij het G40-bureau" is her job at the bureau, and the
verb's role stands.

Examples
--------
>>> leader_role("gecoördineerd door ", "Programme", "")
'coördinator'
>>> leader_role("geleid door ", "Programme", ", beleidsadviseur bij het G40-bureau.")
'programmaleider'
>>> leader_role("geleid door ", "OrganisationalUnit", "")
'voorzitter'
>>> leader_role("geleid door ", "OrganisationalUnit", ", programmamanager, die in dienst is van Venlo.")
'programmamanager'
"""

from __future__ import annotations

import re

from .role_words import role_of

__all__ = ["leader_role"]

#: the leading roles an apposition may name (as :mod:`graph.extract.leadership` reads before the name)
LEADING_ROLES = frozenset({"directeur", "programmadirecteur", "programmamanager", "projectleider", "voorzitter",
                           "kwartiermaker", "coördinator", "trekker", "programmaleider"})
#: ", programmamanager," after the name: a role word alone, closed by a comma or the sentence's end
_APPOSITION = re.compile(r"\s*,\s+(?P<role>[a-zà-ÿ][\w-]*)\s*(?:[,;.]|$)")


def leader_role(cue: str, thing_type: str, after: str) -> str:
    """The role of the person named after ``cue`` ("geleid door ") in a body of type ``thing_type``;
    ``after``: the text right after the person's name (see the module)."""
    cue = cue.lower()
    if cue.startswith("getrokken"):
        return "trekker"
    if cue.startswith("voorgezeten") or "voorzitterschap" in cue or cue.startswith("chaired"):
        return "voorzitter"  # whatever the apposition: "voorgezeten door X, directeur, …" chairs it
    apposition = _APPOSITION.match(after)
    said = role_of(apposition.group("role")) if apposition else None
    if said is not None and said.label in LEADING_ROLES:
        return said.label
    if cue.startswith("gecoördineerd"):
        return "coördinator"
    if cue.startswith("geleid") and thing_type == "Programme":
        return "programmaleider"
    return "voorzitter"
