"""A role word before a unit's name is no person: "pijlersecretaris Fysiek Domein".

After a role word, capitalised words read as a surname ("wethouder De Vries", "secretaris Jansen"),
and so a secretary's or a manager's field reads as a person too: "Esra Yıldız - pijlersecretaris
Fysiek Domein", "Thijs Brouwer - programmamanager Smart Cities". When those words are the name of
a unit or programme that the same document names with its kind word ("Pijler Fysiek Domein",
"Themagroep Smart Cities", "Programma Vitale Stadscentra"), they name that unit's field, not a
person: a person is not called what a pijler or a themagroep of the document is called.

Only names read from a role word alone (rule ``persons.cue``) are dropped, with their repeats later in the text
(``persons.name-repeat``), and only names of two words or more without a surname's particle: "voorzitter Remkes" stays a person beside a
"Commissie Remkes", and so does a name with a known given name.

Examples
--------
>>> from graph.extract.model import Mention
>>> unit = Mention(0, 20, "Pijler Fysiek Domein", "OrganisationalUnit", "units.named", 1.0)
>>> field = Mention(40, 53, "Fysiek Domein", "Person", "persons.cue", 0.8)
>>> person = Mention(60, 70, "Jan Domein", "Person", "persons.full-name", 0.9)
>>> [m.text for m in without_unit_names([field, person], [unit])]
['Jan Domein']
"""

from __future__ import annotations

from .model import Mention

__all__ = ["without_unit_names"]

_NAMED = frozenset({"OrganisationalUnit", "Programme"})
#: a name read from a role word, and the repeats of it the text gives later (:mod:`.surname_repeats`)
_READ_FROM_CUE = frozenset({"persons.cue", "persons.name-repeat"})
#: a tail with a surname's particle may be a person's name after all: "Commissie Van der Meer"
_PARTICLES = frozenset({"van", "de", "der", "den", "ter", "ten", "het", "von"})


def _name_tails(names: list[Mention]) -> set[str]:
    """The ends of two words or more of each unit's or programme's name that open with a capital:
    "fysiek domein" of "Pijler Fysiek Domein" (one word, "Domein", may be a surname)."""
    tails = set()
    for m in names:
        if m.type not in _NAMED:
            continue
        words = m.text.split()
        for k in range(1, len(words) - 1):
            tail = [w.lower() for w in words[k:]]
            if words[k][:1].isupper() and not _PARTICLES.intersection(tail):
                tails.add(" ".join(tail))
    return tails


def without_unit_names(persons: list[Mention], names: list[Mention]) -> list[Mention]:
    """``persons`` without the names read from a role word that are the end of a unit's or
    programme's name in ``names``."""
    cued = [m for m in persons if m.rule == "persons.cue"]
    if not cued:
        return persons
    tails = _name_tails(names)
    dropped = {" ".join(m.text.split()).lower() for m in cued} & tails
    # (so are its later repeats: "programmaleider Energieke Wijken" … "van Energieke Wijken", round 57r)
    return [m for m in persons if m.rule not in _READ_FROM_CUE or " ".join(m.text.split()).lower() not in dropped]
