"""The role a person's e-mail line gives them: "Femke Boerhof, concerncontroller, f.boerhof@deventer.nl".

A role word alone in apposition between a name and their e-mail address is held at the organisation
the address's domain names (read by ``graph.extract._email_affiliations``); without one the address
only says where the person works (``persons.email-domain``).

Examples
--------
>>> apposition_role(", beleidsadviseur, ").label
'beleidsadviseur'
"""

from __future__ import annotations

import re

from .lexicon import RoleWord
from .role_words import role_of

__all__ = ["apposition_role"]


#: a role in apposition between a name and its e-mail address: ", concerncontroller, ", " (beleidsadviseur) "
_EMAIL_APPOSITION = re.compile(r"\s*[,(]\s*([a-zà-ÿ][\w -]{1,40}?)\s*[,):]\s*(?:e-?mail:?\s*)?", re.IGNORECASE)


def apposition_role(between: str) -> RoleWord | None:
    """The role that alone stands in apposition between a person and their e-mail address, if one the
    lexicon knows whose holder may be an organisation's employee ("any" or the organisation's kind).

    >>> apposition_role(", concerncontroller, ").label
    'concerncontroller'
    >>> apposition_role(", gemeente Deventer, ") is None
    True
    """
    match = _EMAIL_APPOSITION.fullmatch(between)
    role = role_of(match.group(1).strip()) if match else None
    return role if role is not None and role.scope == "any" else None
