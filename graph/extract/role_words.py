"""The role words of the lexicon as a pattern, and the role a surface form names.

Role words come from ``data/gazetteer/roles.csv`` (see :mod:`graph.extract.lexicon`); used by
:mod:`graph.extract.roles` and every module that ties a role word to a name.

Examples
--------
>>> role_of("wethouders").label
'wethouder'
>>> role_of("pijlersecretarissen").label, role_of("gedeputeerden").label
('pijlersecretaris', 'gedeputeerde')
>>> role_of("Districtsdirecteur").label, role_of("inkoopadviseurs").label, role_of("hoofdzaak")
('districtsdirecteur', 'inkoopadviseur', None)
"""

from __future__ import annotations

import re
from functools import lru_cache

from .lexicon import RoleWord, load_lexicon

__all__ = ["RoleWord", "role_pattern", "role_of", "role_fits", "field_role", "COURTESY_TITLE"]

#: a courtesy title between a role word and the name: "programmamanager mevrouw X", "Directeur is de heer Y"
COURTESY_TITLE = r"(?:de\s+heer|mevrouw|mevr\.|mw\.|dhr\.)\s+"


#: "ad interim" after a role word: "voorzitter a.i.", "directeur ai" (the role, held for the time being)
_AD_INTERIM = re.compile(r"[ \t]+a\.?[ \t]?i\.?(?=[\s,;:)]|$)")


#: the plural endings of a role word: "voorzitters", "trekker's", "secretarissen", "gedeputeerden"
_PLURAL = r"s|'s|(?<=s)sen|(?<=e)n"


#: the heads of a compound role word the lexicon need not list: "districtsdirecteur", "inkoopadviseur",
#: "clustermanager", "netwerkcoördinator", "stafmedewerker", "clusterleider", "bestuurssecretaris",
#: "bestuursvoorzitter" (a word of at least three letters before the head; round 40b), "concerncontroller" (42b)
_COMPOUND_HEADS = ("adviseur", "directeur", "manager", "coördinator", "coordinator", "medewerker", "leider", "secretaris",
                   "voorzitter", "controller")
_COMPOUND = re.compile(r"[a-zà-ÿ]{3,}(?:" + "|".join(_COMPOUND_HEADS) + ")")


@lru_cache(maxsize=1)
def role_pattern() -> re.Pattern:
    words = sorted(load_lexicon().roles, key=len, reverse=True)
    alternation = "|".join(re.escape(w).replace(r"\ ", r"[\s-]?") for w in words)
    return re.compile(rf"(?<!\w)(?:{alternation}|{_COMPOUND.pattern})(?:{_PLURAL})?(?:{_AD_INTERIM.pattern})?(?![\w])",
                      re.IGNORECASE)


def role_of(surface: str) -> RoleWord | None:
    roles = load_lexicon().roles
    low = " ".join(_AD_INTERIM.sub("", surface).lower().split())
    for candidate in (low, low[:-1] if low.endswith(("s", "en")) else None, low[:-2] if low.endswith("'s") else None,
                      low[:-3] if low.endswith("ssen") else None):
        if candidate and candidate in roles:
            return roles[candidate]
        if candidate and candidate.replace(" ", "-") in roles:
            return roles[candidate.replace(" ", "-")]
        if candidate and candidate.replace("-", " ") in roles:
            return roles[candidate.replace("-", " ")]
    for candidate in (low, low[:-1] if low.endswith("s") else None):
        if candidate and _COMPOUND.fullmatch(candidate):
            return RoleWord(candidate, candidate, "any")  # "districtsdirecteur": a compound of a role word
    return None


#: the holders a role of each scope fits ("any": every one of them)
_HOLDERS = {"municipality": {"Municipality"}, "province": {"Province"}, "ministry": {"Ministry"},
            "unit": {"OrganisationalUnit", "Programme", "Organisation"}}
_ANY_HOLDER = frozenset().union(*_HOLDERS.values())


def role_fits(role: RoleWord, holder_type: str) -> bool:
    """Whether ``role`` can be held in a holder of ``holder_type``: a wethouder in a municipality, a
    secretaris in a unit or an organisation, a programmamanager anywhere.

    >>> role_fits(role_of("wethouder"), "Municipality"), role_fits(role_of("wethouder"), "OrganisationalUnit")
    (True, False)
    """
    scope = role.scope.split(":")[0]
    return holder_type in (_ANY_HOLDER if scope == "any" else _HOLDERS.get(scope, ()))


#: a word before a role that says the holder stands in for another: the office is the role after it
_STAND_IN = frozenset({"waarnemend", "waarnemende", "plaatsvervangend", "plaatsvervangende", "interim", "tijdelijk",
                       "tijdelijke"})


def field_role(label: str) -> RoleWord | None:
    """The role a field's label names: the whole label ("Secretaris-generaal"), else its first word with a
    portfolio after it ("Wethouder Wonen", "Directeur-generaal Wonen"), or the role after a word of standing
    in ("Waarnemend burgemeester", "Plaatsvervangend secretaris-generaal": the office held).

    >>> field_role("Wethouder Wonen").label, field_role("Secretaris-generaal").label
    ('wethouder', 'secretaris-generaal')
    >>> field_role("Waarnemend burgemeester").label, field_role("Plaatsvervangend voorzitter").label
    ('burgemeester', 'plaatsvervangend voorzitter')
    >>> field_role("Datum") is None
    True
    """
    whole = role_of(label)  # "Plaatsvervangend voorzitter" is a role word of its own
    words = label.split()
    if whole is None and words[0].lower() in _STAND_IN and len(words) > 1:
        return role_of(" ".join(words[1:])) or role_of(words[1])
    return whole or role_of(words[0])
