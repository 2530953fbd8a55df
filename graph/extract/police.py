"""The police named as a common noun: "Sinds 2024 doet ook de politie mee", "samen met de politie".

Dutch names the national police (Politie, the gazetteer's ``bodies.csv``) with the common noun and its article, "de
politie", far more often than by its name; a town's programme names it among its partners ("de gemeente, de
woningcorporatie en de politie"). "de politie" is that organisation: a mention keyed as the gazetteer's Politie,
labelled as its capitalised name is; so is a regional unit, "de politie-eenheid Limburg" (the police is one
organisation with ten such units). Not a compound or derivation ("de politiek", "de politie-inzet", "de
politieagent") and not the noun without its article ("politie en justitie": the sector, no body). Rule
``organisations.police`` (round 58s).

Examples
--------
>>> [(m.text, m.key) for m in police_mentions("Ook de politie doet mee; de politiek en de politie-inzet niet.")]
[('politie', 'Politie')]
>>> [m.text for m in police_mentions("Ede werkt met de **politie-eenheid Limburg** samen.")]
['politie-eenheid Limburg']
"""

from __future__ import annotations

import re

from .model import Mention

__all__ = ["police_mentions"]

#: "de politie", not glued to more letters or a hyphen; "de politie-eenheid Limburg", a regional unit of it (its
#: name may be set in bold: "de **politie-eenheid Limburg**")
_POLICE = re.compile(r"\b[Dd]e[ \t]+(?:\*\*)?(politie(?:-eenheid[ \t]+[A-Z][\w-]+)?)(?![\w-])")


def police_mentions(text: str) -> list[Mention]:
    """The mentions of the national police that "de politie" makes in ``text`` (see the module)."""
    if "politie" not in text:
        return []
    return [Mention(m.start(1), m.end(1), m.group(1), "Organisation", "organisations.police", 0.85, key="Politie")
            for m in _POLICE.finditer(text)]
