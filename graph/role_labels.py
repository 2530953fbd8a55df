"""Roles as a SKOS concept scheme: the role nodes' scheme and their English labels.

Every role (``g40id:role/voorzitter``, a ``g40:Role`` and ``skos:Concept``) is ``skos:inScheme``
``g40id:role``, a ``skos:ConceptScheme``; where ``data/gazetteer/role_labels_en.csv`` knows the
role, it has an English ``skos:prefLabel`` beside the Dutch one, and ``--lang en`` tables show it.

Examples
--------
>>> english_role("voorzitter"), english_role("wethouder"), english_role("onbekende rol")
('chair', 'alderman', None)
>>> role_label("trekker", "en"), role_label("trekker", "nl"), role_label("onbekende rol", "en")
('lead', 'trekker', 'onbekende rol')
"""

from __future__ import annotations

import csv
from functools import lru_cache

from rdflib import Literal
from rdflib.namespace import RDF, SKOS

from .resources import data_path
from .vocab import ROLE_SCHEME

__all__ = ["english_role", "role_label", "role_statements", "scheme_statements"]


@lru_cache(maxsize=1)
def _english() -> dict[str, str]:
    with open(data_path("gazetteer") / "role_labels_en.csv", encoding="utf-8", newline="") as handle:
        return {row["label"]: row["en"] for row in csv.DictReader(handle)}


def english_role(label: str) -> str | None:
    """The English word for the role ``label`` (as the graph writes it), None when none is known."""
    return _english().get(label)


def role_label(label, lang: str):
    """``label`` as a reader of ``lang`` sees it: in English the English word where one is known."""
    if lang == "en" and isinstance(label, str):
        return english_role(label) or label
    return label


def role_statements(node, label: str) -> list[tuple]:
    """(predicate, object) pairs that put the role ``node`` in the scheme and give it its English label."""
    pairs = [(SKOS.inScheme, ROLE_SCHEME)]
    english = english_role(label)
    if english:
        pairs.append((SKOS.prefLabel, Literal(english, lang="en")))
    return pairs


def scheme_statements() -> list[tuple]:
    """The triples that describe the scheme of roles."""
    return [(ROLE_SCHEME, RDF.type, SKOS.ConceptScheme),
            (ROLE_SCHEME, SKOS.prefLabel, Literal("rollen", lang="nl")),
            (ROLE_SCHEME, SKOS.prefLabel, Literal("roles", lang="en"))]
