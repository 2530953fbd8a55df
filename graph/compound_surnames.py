"""Compound surnames written two ways, for :mod:`graph.twins` (walkthrough 25, finding 13).

"Ruben Okafor-de Wit" is also written "Ruben Okafor-Dewit" (an e-mail address's spelling) and, from a
header "Okafor-de Wit, Ruben", "Ruben Wit". The first pair is one surname with other hyphens, spaces or
capitals (:func:`compact`); the second names one part of the compound surname (:func:`surname_cores`).

>>> compact("Okafor-de Wit"), compact("okafor-dewit"), compact("van der Berg")
('okafordewit', 'okafordewit', 'vanderberg')
>>> surname_cores("okafor-de wit"), surname_cores("van der berg-jansen"), surname_cores("de vries")
(('okafor', 'wit'), ('berg', 'jansen'), ('vries',))
"""
from __future__ import annotations

import re

__all__ = ["compact", "surname_cores"]

_PARTICLES = frozenset("de der den van het ter ten te la le el al da di du von vd 't".split())


def compact(surname: str) -> str:
    """A surname in lower case without spaces, hyphens and apostrophes."""
    return re.sub(r"[\s'’-]+", "", surname.lower())


def surname_cores(surname: str) -> tuple[str, ...]:
    """The parts of a (compound) surname between hyphens, each without its particles."""
    cores = []
    for part in surname.lower().split("-"):
        words = [w for w in part.split() if w not in _PARTICLES]
        if words:
            cores.append(" ".join(words))
    return tuple(cores)
