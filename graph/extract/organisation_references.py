"""An organisation named again by its kind word: "de ondernemersvereniging", "het samenwerkingsverband".

A text names an association, a cooperative or a partnership in full once ("de Ondernemersvereniging
Venlo-Venray", "Het Samenwerkingsverband Rivierensteden werd in 2009 opgericht") and then by the word
its name opens with or ends on: "Voorzitter van de ondernemersvereniging is X", "Voorzitter van het
samenwerkingsverband was Y". Such a reference points at the nearest organisation before it in the
section whose name has that word as its head (a first word that is or ends on it: "Binnenstadscoöperatie
Assen" for "de coöperatie"), as :mod:`graph.extract.references` does for units and programmes. A
municipality or a unit is never meant ("de vereniging" is no "Vereniging van Nederlandse Gemeenten"
under its abbreviation: only the organisation's written name counts).

>>> ovv = Mention(0, 34, "Ondernemersvereniging Venlo-Venray", "Organisation", "", 1.0)
>>> names_kind(ovv, "ondernemersvereniging"), names_kind(ovv, "vereniging"), names_kind(ovv, "stichting")
(True, True, False)
>>> names_kind(Mention(0, 10, "Stichting", "Organisation", "", 1.0), "stichting")
False
"""

from __future__ import annotations

from .model import Mention

__all__ = ["ORGANISATION_KINDS", "names_kind"]

#: the kind words an organisation's name opens with and a later reference repeats
ORGANISATION_KINDS = ("samenwerkingsverband", "ondernemersvereniging", "vereniging", "coöperatie", "stichting")


def names_kind(mention: Mention, word: str) -> bool:
    """Whether ``mention`` is an organisation whose written name has ``word`` as its head word."""
    if mention.type != "Organisation":
        return False
    words = mention.text.split()
    return len(words) > 1 and words[0].lower().endswith(word)
