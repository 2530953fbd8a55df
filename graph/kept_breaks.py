"""The line breaks of a hard-wrapped plain text that are layout, not wrapping.

A register or almanac saved as ``.txt`` (a Staatsalmanak entry, a city's page of its administration)
is hard-wrapped like a memo, but most of its lines are fields or rules, not wrapped sentences:

    ==============================================
    MINISTERIE VAN VOLKSHUISVESTING (VRO)
    Directoraat-generaal Wonen (DGW)
    ----------------------------------------------
    directeur-generaal: mr. H.J. (Hein) Kwak
    plaatsvervangend directeur-generaal: S. Baart

A break is kept (:func:`kept_breaks`) after a line that is a rule of ``=``, ``-``, ``_``, ``*`` or
``~`` or a heading in capitals, and before such a line; and between two lines of a block of fields
("label: value", a label of at most five words, which may hold a hyphen, a slash or a comma:
"directeur-generaal:", "gemeentesecretaris/algemeen directeur:", "contactpersoon G40, pijler Fysiek:"),
where the next line is a field too. A field whose value runs on ("Aanwezig: Jan (Breda), Piet (Ede),"
/ "Kees (Oss)") is left to the unwrapping.

>>> lines = ["=" * 40, "GEMEENTE ZWOLLE", "-" * 40, "burgemeester: W. Terpstra (sinds 2022)",
...          "  portefeuille: openbare orde en veiligheid", "wethouder: R. (Rutger) Kampinga, eerste",
...          "locoburgemeester en de rest van een zin"]
>>> sorted(kept_breaks(lines))
[0, 1, 2, 3, 4]
"""

from __future__ import annotations

import re

__all__ = ["kept_breaks"]

#: a line of one rule character repeated: a register's or almanac's separator
_RULE = re.compile(r"\s*([=\-_*~])\1{7,}\s*")
#: a field: a label of at most five words (a hyphen, slash or comma inside), a colon, a space and a value
_FIELD = re.compile(r"\s*(?:[-*•]\s+)?[A-Za-zÀ-ÿ][\w/.-]*(?:,?\s+[\w/.-]+){0,4}\s*:\s+\S")


def _capitals(line: str) -> bool:
    """Whether ``line`` is a heading in capitals ("MINISTERIE VAN FINANCIEN (FIN)").

    >>> _capitals("GEMEENTE ZWOLLE"), _capitals("Gemeente Zwolle"), _capitals("G40")
    (True, False, False)
    """
    letters = [c for c in line if c.isalpha()]
    return len(letters) >= 4 and all(c.isupper() for c in letters)


def _apart(line: str) -> bool:
    return bool(_RULE.fullmatch(line)) or _capitals(line)


def kept_breaks(lines: list[str]) -> set[int]:
    """The indexes ``k`` of ``lines`` whose break to line ``k + 1`` is layout; see the module."""
    kept = set()
    for k in range(len(lines) - 1):
        line, following = lines[k], lines[k + 1]
        if not line.strip() or not following.strip():
            continue
        if _apart(line) or _apart(following) or (_FIELD.match(line) and _FIELD.match(following)):
            kept.add(k)
    return kept
